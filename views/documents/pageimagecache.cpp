#include "views/documents/pageimagecache.h"

namespace adesk {

PageImageCache::PageImageCache(qint64 limitBytes)
    : m_limit(qMax<qint64>(0, limitBytes)) {}

void PageImageCache::setLimitBytes(qint64 limitBytes) {
    m_limit = qMax<qint64>(0, limitBytes);
    evict();
}

void PageImageCache::insert(const PageKey &key, const QImage &image) {
    auto it = m_entries.find(key);
    if (it != m_entries.end()) {
        m_total -= it->bytes;
        m_order.erase(it->position);
        m_entries.erase(it);
    }
    const qint64 bytes = image.sizeInBytes();
    if (image.isNull() || bytes > m_limit)
        return;
    m_order.push_front(key);
    m_entries.insert(key, Entry{image, bytes, m_order.begin()});
    m_total += bytes;
    evict();
}

QImage PageImageCache::find(const PageKey &key) {
    auto it = m_entries.find(key);
    if (it == m_entries.end())
        return {};
    m_order.splice(m_order.begin(), m_order, it->position);
    it->position = m_order.begin();
    return it->image;
}

QImage PageImageCache::findAny(int page, int rotation) const {
    QImage best;
    int bestDpi = -1;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (it.key().page == page && it.key().rotation == rotation && it.key().centiDpi > bestDpi) {
            best = it->image;
            bestDpi = it.key().centiDpi;
        }
    }
    return best;
}

void PageImageCache::clear() {
    m_entries.clear();
    m_order.clear();
    m_total = 0;
}

void PageImageCache::evict() {
    while (m_total > m_limit && !m_order.empty()) {
        const PageKey victim = m_order.back();
        m_order.pop_back();
        auto it = m_entries.find(victim);
        if (it != m_entries.end()) {
            m_total -= it->bytes;
            m_entries.erase(it);
        }
    }
}

} // namespace adesk
