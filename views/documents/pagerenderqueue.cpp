#include "views/documents/pagerenderqueue.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentRun>

namespace adesk {

PageRenderQueue::PageRenderQueue(QObject *parent)
    : QObject(parent) {
    // Poppler serialises access to one document anyway; two threads let an image or a second
    // document proceed while one page is being drawn.
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("adesk-page-render"));
}

PageRenderQueue::~PageRenderQueue() {
    // No signals from a dying object: just tell the running jobs to stop and wait for them.
    m_state->generation.fetch_add(1);
    for (const Pending &job : std::as_const(m_pending))
        job.cancelled->store(true);
    m_pending.clear();
    m_pool.waitForDone();
}

void PageRenderQueue::setRenderer(std::shared_ptr<DocumentRenderer> renderer) {
    abortAll();
    m_cache.clear();
    m_failed.clear();
    m_renderer = std::move(renderer);
}

void PageRenderQueue::setCacheLimit(qint64 bytes) {
    m_cache.setLimitBytes(bytes);
}

void PageRenderQueue::abortAll() {
    m_state->generation.fetch_add(1);
    for (const Pending &job : std::as_const(m_pending))
        job.cancelled->store(true);
    const bool hadJobs = !m_pending.isEmpty();
    m_pending.clear();
    // Jobs still queued in m_pool run, see the new generation and return at once; they are not
    // removed with QThreadPool::clear(), which would leave their futures unfinished.
    if (hadJobs)
        Q_EMIT idle();
}

void PageRenderQueue::retainOnly(const QSet<PageKey> &keep) {
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (keep.contains(it.key())) {
            ++it;
        } else {
            it->cancelled->store(true);
            it = m_pending.erase(it);
        }
    }
}

bool PageRenderQueue::request(const PageKey &key) {
    if (m_cache.contains(key))
        return true;
    if (!m_renderer || m_pending.contains(key) || m_failed.contains(key))
        return false;
    if (key.page < 0 || key.page >= m_renderer->pageCount())
        return false;

    const Pending job{m_state->generation.load(), std::make_shared<std::atomic_bool>(false)};
    m_pending.insert(key, job);

    std::shared_ptr<DocumentRenderer> renderer = m_renderer;
    std::shared_ptr<SharedState> state = m_state;
    QtConcurrent::run(&m_pool, [renderer, state, job, key]() -> QImage {
        const DocumentRenderer::AbortCheck shouldAbort = [state, job] {
            return job.cancelled->load() || state->generation.load() != job.generation;
        };
        if (shouldAbort())
            return {};
        return renderer->renderPage(key.page, key.dpi(), key.rotation, shouldAbort);
    }).then(this, [this, key, job](const QImage &image) { finish(key, job, image); });
    return false;
}

void PageRenderQueue::finish(const PageKey &key, const Pending &job, const QImage &image) {
    const bool aborted = job.cancelled->load() || job.generation != m_state->generation.load();
    auto it = m_pending.find(key);
    if (it != m_pending.end() && it->cancelled == job.cancelled)
        m_pending.erase(it);

    if (aborted) {
        Q_EMIT renderDropped(key, false);
    } else if (image.isNull()) {
        m_failed.insert(key);
        Q_EMIT renderDropped(key, true);
    } else {
        m_cache.insert(key, image);
        Q_EMIT pageRendered(key.page, image, key);
    }
    if (m_pending.isEmpty())
        Q_EMIT idle();
}

} // namespace adesk
