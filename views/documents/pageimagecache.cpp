#include "views/documents/pageimagecache.h"

namespace adesk {

PageImageCache::PageImageCache(qint64 limitBytes)
    : m_cache(qMax<qint64>(0, limitBytes)) {}

void PageImageCache::insert(const PageKey &key, const QImage &image) {
    if (image.isNull()) {
        m_cache.remove(key);
        return;
    }
    // QCache drops (and deletes) an object costlier than the whole budget, and any older one it
    // replaces under the same key.
    const qint64 cost = costOf(image);
    if (cost > m_cache.maxCost())
        m_cache.remove(key);
    else
        m_cache.insert(key, new QImage(image), cost);
}

QImage PageImageCache::find(const PageKey &key) {
    const QImage *image = m_cache.object(key);
    return image ? *image : QImage();
}

QImage PageImageCache::findAny(int page, int rotation) const {
    std::optional<PageKey> best;
    const QList<PageKey> keys = m_cache.keys();
    for (const PageKey &k : keys)
        if (k.page == page && k.rotation == rotation && (!best || k.centiDpi > best->centiDpi))
            best = k;
    const QImage *image = best ? m_cache.object(*best) : nullptr;
    return image ? *image : QImage();
}

} // namespace adesk
