#pragma once

#include "views/documents/pagekey.h"

#include <QHash>
#include <QImage>

#include <list>

namespace adesk {

/// Least-recently-used cache of rendered pages, bounded by the bytes of the images it holds.
/// Not thread-safe: PageRenderQueue uses it on the GUI thread only.
class PageImageCache {
public:
    static constexpr qint64 DefaultLimitBytes = qint64(128) * 1024 * 1024;

    explicit PageImageCache(qint64 limitBytes = DefaultLimitBytes);

    void setLimitBytes(qint64 limitBytes);
    qint64 limitBytes() const { return m_limit; }
    qint64 totalBytes() const { return m_total; }
    int count() const { return int(m_entries.size()); }

    /// Stores image under key; an image larger than the whole limit is not kept.
    void insert(const PageKey &key, const QImage &image);
    /// The image for key (marking it most recently used), or a null image.
    QImage find(const PageKey &key);
    bool contains(const PageKey &key) const { return m_entries.contains(key); }
    /// Any cached rendering of page at rotation, preferring the highest resolution; for drawing a
    /// scaled stand-in while the exact resolution renders.
    QImage findAny(int page, int rotation) const;
    void clear();

private:
    struct Entry {
        QImage image;
        qint64 bytes = 0;
        std::list<PageKey>::iterator position;
    };

    void evict();

    qint64 m_limit;
    qint64 m_total = 0;
    QHash<PageKey, Entry> m_entries;
    std::list<PageKey> m_order; ///< front = most recently used
};

} // namespace adesk
