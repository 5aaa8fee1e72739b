#pragma once

#include "views/documents/documentrenderer.h"
#include "views/documents/pageimagecache.h"
#include "views/documents/pagekey.h"

#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace adesk {

/// Renders pages off the GUI thread and hands the images back on it.
///
/// Each request runs DocumentRenderer::renderPage() on a private thread pool; the continuation
/// (QFuture::then with this as context) stores the image in an LRU cache bounded by bytes and
/// emits pageRendered(). Every request carries the queue's generation: abortAll() (new document,
/// zoom change) starts a new generation and the renderer's shouldAbort callback stops the older
/// jobs, whose results are dropped. retainOnly() aborts the pending jobs no longer wanted
/// (pages scrolled away).
class PageRenderQueue : public QObject {
    Q_OBJECT

public:
    explicit PageRenderQueue(QObject *parent = nullptr);
    ~PageRenderQueue() override;

    /// Switches to another document (or none): aborts all jobs and empties the cache.
    void setRenderer(std::shared_ptr<DocumentRenderer> renderer);
    std::shared_ptr<DocumentRenderer> renderer() const { return m_renderer; }

    void setCacheLimit(qint64 bytes);
    qint64 cacheLimit() const { return m_cache.limitBytes(); }
    qint64 cacheBytes() const { return m_cache.totalBytes(); }
    int cachedCount() const { return m_cache.count(); }

    /// Queues a render of key unless it is cached, pending or failed before. Returns true when the
    /// image is already in the cache.
    bool request(const PageKey &key);
    bool request(int page, double dpi, int rotation) { return request(PageKey::make(page, dpi, rotation)); }
    /// Cached image for key (marks it recently used); null while not rendered.
    QImage cached(const PageKey &key) { return m_cache.find(key); }
    /// Any cached rendering of the page at that rotation, to scale while the right one renders.
    QImage cachedAny(int page, int rotation) const { return m_cache.findAny(page, rotation); }
    bool isPending(const PageKey &key) const { return m_pending.contains(key); }
    bool hasFailed(const PageKey &key) const { return m_failed.contains(key); }
    int pendingCount() const { return int(m_pending.size()); }
    quint64 generation() const { return m_state->generation.load(); }

    /// Starts a new generation: every outstanding job is asked to abort and its result dropped.
    void abortAll();
    /// Aborts the pending jobs whose key is not in keep.
    void retainOnly(const QSet<PageKey> &keep);

Q_SIGNALS:
    void pageRendered(int page, const QImage &image, const adesk::PageKey &key);
    /// A job ended without an image: aborted (superseded) or the page failed to render.
    void renderDropped(const adesk::PageKey &key, bool failed);
    /// No job is pending any more.
    void idle();

private:
    struct SharedState {
        std::atomic<quint64> generation{0};
    };
    struct Pending {
        quint64 generation = 0;
        std::shared_ptr<std::atomic_bool> cancelled;
    };

    void finish(const PageKey &key, const Pending &job, const QImage &image);

    std::shared_ptr<DocumentRenderer> m_renderer;
    std::shared_ptr<SharedState> m_state = std::make_shared<SharedState>();
    QHash<PageKey, Pending> m_pending;
    QSet<PageKey> m_failed;
    PageImageCache m_cache;
    QThreadPool m_pool;
};

} // namespace adesk
