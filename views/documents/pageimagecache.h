#pragma once

#include "views/documents/pagekey.h"

#include <QCache>
#include <QImage>

namespace adesk {

/// Least-recently-used cache of rendered pages, bounded by the bytes of the images it holds: a
/// QCache whose cost is an image's bytes (width × height × 4, a 32-bit page).
/// Not thread-safe: PageRenderQueue uses it on the GUI thread only.
class PageImageCache {
public:
    static constexpr qint64 DefaultLimitBytes = qint64(128) * 1024 * 1024;

    explicit PageImageCache(qint64 limitBytes = DefaultLimitBytes);

    static qint64 costOf(const QImage &image) { return qint64(image.width()) * image.height() * 4; }

    void setLimitBytes(qint64 limitBytes) { m_cache.setMaxCost(qMax<qint64>(0, limitBytes)); }
    qint64 limitBytes() const { return m_cache.maxCost(); }
    qint64 totalBytes() const { return m_cache.totalCost(); }
    int count() const { return int(m_cache.count()); }

    /// Stores image under key; an image larger than the whole limit is not kept.
    void insert(const PageKey &key, const QImage &image);
    /// The image for key (marking it most recently used), or a null image.
    QImage find(const PageKey &key);
    bool contains(const PageKey &key) const { return m_cache.contains(key); }
    /// Any cached rendering of page at rotation, preferring the highest resolution; for drawing a
    /// scaled stand-in while the exact resolution renders (the one returned counts as used).
    QImage findAny(int page, int rotation) const;
    void clear() { m_cache.clear(); }

private:
    QCache<PageKey, QImage> m_cache;
};

} // namespace adesk
