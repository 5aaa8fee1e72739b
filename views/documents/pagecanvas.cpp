#include "views/documents/pagecanvas.h"

#include "views/common/semanticcolors.h"
#include "views/paper/printpalette.h"

#include "views/documents/pagekey.h"
#include "views/documents/pagerenderqueue.h"

#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QSet>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace adesk {

namespace {

/// Maps a rectangle in page points to the page turned clockwise by rotation. size is the unturned
/// page size in points.
QRectF rotateRect(const QRectF &r, const QSizeF &size, int rotation) {
    switch (rotation) {
    case 90:
        return QRectF(size.height() - r.bottom(), r.left(), r.height(), r.width());
    case 180:
        return QRectF(size.width() - r.right(), size.height() - r.bottom(), r.width(), r.height());
    case 270:
        return QRectF(r.top(), size.width() - r.right(), r.height(), r.width());
    default:
        return r;
    }
}

} // namespace

PageCanvas::PageCanvas(PageRenderQueue *queue, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_queue(queue) {
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    // The viewport paints its Base role; pages sit on a neutral desk like in any PDF reader.
    viewport()->setAutoFillBackground(true);
    const SemanticColors colors = SemanticColors::of(this);
    QPalette pal = viewport()->palette();
    pal.setColor(QPalette::Base, colors.desk());
    pal.setColor(QPalette::Text, colors.textOnDesk());
    viewport()->setPalette(pal);
    verticalScrollBar()->setSingleStep(20);
    horizontalScrollBar()->setSingleStep(20);

    m_requestTimer.setSingleShot(true);
    m_requestTimer.setInterval(0);
    connect(&m_requestTimer, &QTimer::timeout, this, &PageCanvas::requestVisible);
    connect(m_queue, &PageRenderQueue::pageRendered, this,
            [this](int page, const QImage &, const PageKey &) { onPageRendered(page); });
    connect(m_queue, &PageRenderQueue::renderDropped, this, [this](const PageKey &key, bool failed) {
        if (failed)
            onPageRendered(key.page);
    });
}

void PageCanvas::setPageSizes(const QList<QSizeF> &pointSizes) {
    m_pointSizes = pointSizes;
    m_hits.clear();
    m_currentHit = -1;
    m_currentPage = -1;
    relayout();
    verticalScrollBar()->setValue(0);
    horizontalScrollBar()->setValue(0);
    updateCurrentPage();
    scheduleRequests();
    viewport()->update();
}

void PageCanvas::setPlaceholderText(const QString &text) {
    m_placeholder = text;
    viewport()->update();
}

double PageCanvas::pixelsPerPoint() const {
    return m_zoom * logicalDpiX() / 72.0;
}

QSizeF PageCanvas::rotatedPointSize(int page) const {
    const QSizeF s = m_pointSizes.value(page);
    return (m_rotation == 90 || m_rotation == 270) ? s.transposed() : s;
}

void PageCanvas::setZoom(double zoom) {
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // Keep the point under the top of the viewport where it is.
    const int page = m_currentPage;
    double fraction = 0.0;
    if (page >= 0) {
        const QRect r = pageRect(page);
        fraction = r.height() > 0 ? double(verticalScrollBar()->value() - r.top()) / r.height() : 0.0;
    }
    m_zoom = zoom;
    relayout();
    if (page >= 0) {
        const QRect r = pageRect(page);
        verticalScrollBar()->setValue(r.top() + qRound(fraction * r.height()));
    }
    updateCurrentPage();
    scheduleRequests();
    viewport()->update();
}

void PageCanvas::setRotation(int rotation) {
    rotation = ((rotation % 360) + 360) % 360;
    if (rotation == m_rotation)
        return;
    const int page = m_currentPage;
    m_rotation = rotation;
    relayout();
    if (page >= 0)
        scrollToPage(page);
    scheduleRequests();
    viewport()->update();
}

double PageCanvas::fitWidthZoom() const {
    double widest = 0.0;
    for (int i = 0; i < m_pointSizes.size(); ++i)
        widest = std::max(widest, rotatedPointSize(i).width());
    if (widest <= 0.0)
        return 1.0;
    // Leave room for the vertical scroll bar so that fitting does not make it appear and re-fit.
    const int available = viewport()->width() - 2 * PageMargin -
                          (verticalScrollBar()->isVisible() ? 0 : verticalScrollBar()->sizeHint().width());
    return std::clamp(available / (widest * logicalDpiX() / 72.0), MinZoom, MaxZoom);
}

double PageCanvas::fitPageZoom() const {
    const int page = std::max(0, m_currentPage);
    const QSizeF s = rotatedPointSize(page);
    if (s.isEmpty())
        return 1.0;
    const double perPoint = logicalDpiX() / 72.0;
    const double byWidth = (viewport()->width() - 2 * PageMargin) / (s.width() * perPoint);
    const double byHeight = (viewport()->height() - 2 * PageMargin) / (s.height() * perPoint);
    return std::clamp(std::min(byWidth, byHeight), MinZoom, MaxZoom);
}

void PageCanvas::relayout() {
    m_rects.clear();
    m_rects.reserve(m_pointSizes.size());
    const double ppp = pixelsPerPoint();
    int widest = 0;
    for (int i = 0; i < m_pointSizes.size(); ++i)
        widest = std::max(widest, qRound(rotatedPointSize(i).width() * ppp));
    int y = PageMargin;
    for (int i = 0; i < m_pointSizes.size(); ++i) {
        const QSizeF s = rotatedPointSize(i);
        const QSize px(std::max(1, qRound(s.width() * ppp)), std::max(1, qRound(s.height() * ppp)));
        const int x = PageMargin + (widest - px.width()) / 2;
        m_rects.append(QRect(QPoint(x, y), px));
        y += px.height() + PageMargin;
    }
    m_contentSize = m_pointSizes.isEmpty() ? QSize() : QSize(widest + 2 * PageMargin, y);
    updateScrollBars();
}

void PageCanvas::updateScrollBars() {
    const QSize vp = viewport()->size();
    verticalScrollBar()->setPageStep(vp.height());
    horizontalScrollBar()->setPageStep(vp.width());
    verticalScrollBar()->setRange(0, std::max(0, m_contentSize.height() - vp.height()));
    horizontalScrollBar()->setRange(0, std::max(0, m_contentSize.width() - vp.width()));
}

QPoint PageCanvas::contentOffset() const {
    // Centre narrow content horizontally; otherwise follow the scroll bars.
    const int extraX = std::max(0, (viewport()->width() - m_contentSize.width()) / 2);
    return QPoint(extraX - horizontalScrollBar()->value(), -verticalScrollBar()->value());
}

QRect PageCanvas::pageRect(int page) const {
    return m_rects.value(page);
}

double PageCanvas::renderDpi(int page) const {
    double dpi = m_zoom * logicalDpiX() * devicePixelRatioF();
    // Keep one page well inside the cache so that it is never rendered and dropped in a loop; above
    // that, the painter scales a smaller rendering up.
    const QSizeF s = m_pointSizes.value(page);
    const double maxBytes = double(m_queue->cacheLimit()) / 4.0;
    if (!s.isEmpty()) {
        const double bytesAtDpi = (s.width() * dpi / 72.0) * (s.height() * dpi / 72.0) * 4.0;
        if (bytesAtDpi > maxBytes)
            dpi *= std::sqrt(maxBytes / bytesAtDpi);
    }
    return std::round(dpi * 100.0) / 100.0;
}

QRectF PageCanvas::hitRect(int page, const QRectF &rectPoints) const {
    if (page < 0 || page >= m_rects.size() || rectPoints.isNull())
        return {};
    const QRectF turned = rotateRect(rectPoints, m_pointSizes.value(page), m_rotation);
    const double ppp = pixelsPerPoint();
    const QRect r = m_rects[page];
    return QRectF(r.left() + turned.left() * ppp, r.top() + turned.top() * ppp, turned.width() * ppp,
                  turned.height() * ppp);
}

QPair<int, int> PageCanvas::visibleRange() const {
    if (m_rects.isEmpty())
        return {0, -1};
    const int top = verticalScrollBar()->value();
    const int bottom = top + viewport()->height();
    auto first = std::lower_bound(m_rects.cbegin(), m_rects.cend(), top,
                                  [](const QRect &r, int y) { return r.bottom() + PageMargin < y; });
    auto last = std::upper_bound(m_rects.cbegin(), m_rects.cend(), bottom,
                                 [](int y, const QRect &r) { return y < r.top(); });
    const int a = int(first - m_rects.cbegin());
    const int b = int(last - m_rects.cbegin()) - 1;
    return {std::min(a, int(m_rects.size()) - 1), std::max(a, b)};
}

void PageCanvas::paintEvent(QPaintEvent *event) {
    QPainter p(viewport());
    if (m_rects.isEmpty()) {
        if (!m_placeholder.isEmpty()) {
            p.setPen(viewport()->palette().color(QPalette::Text));
            p.drawText(viewport()->rect(), Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
        }
        return;
    }
    const QPoint offset = contentOffset();
    const auto [first, last] = visibleRange();
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (int i = first; i <= last; ++i) {
        const QRect r = m_rects[i].translated(offset);
        if (!r.intersects(event->rect().adjusted(-4, -4, 4, 4)))
            continue;
        // Shadow and paper.
        p.fillRect(r.translated(2, 2), printpalette::paperShadow);
        p.fillRect(r, printpalette::paper);

        const PageKey key = PageKey::make(i, renderDpi(i), m_rotation);
        QImage image = m_queue->cached(key);
        if (image.isNull())
            image = m_queue->cachedAny(i, m_rotation); // scaled stand-in while the right one renders
        if (!image.isNull()) {
            p.drawImage(r, image);
        } else {
            p.setPen(printpalette::inkMuted);
            const QString text = m_queue->hasFailed(key) ? tr("This page could not be displayed.")
                                                         : tr("Rendering page %1…").arg(i + 1);
            p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap, text);
        }
        p.setPen(printpalette::paperEdge);
        p.drawRect(r.adjusted(0, 0, -1, -1));
    }

    // Search hits: all of them in yellow, the current one in orange with an outline.
    p.setRenderHint(QPainter::Antialiasing, true);
    for (int h = 0; h < m_hits.size(); ++h) {
        const SearchHit &hit = m_hits[h];
        if (hit.page < first || hit.page > last)
            continue;
        const bool current = h == m_currentHit;
        const QColor fill = current ? printpalette::currentSearchHit : printpalette::searchHit;
        for (const QRectF &part : {hit.rectPoints, hit.continuationPoints}) {
            const QRectF r = hitRect(hit.page, part);
            if (r.isNull())
                continue;
            const QRectF box = r.translated(offset).adjusted(-1, -1, 1, 1);
            p.fillRect(box, fill);
            if (current) {
                p.setPen(QPen(printpalette::currentSearchHitEdge, 1.5));
                p.drawRect(box);
            }
        }
    }
}

void PageCanvas::resizeEvent(QResizeEvent *event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    Q_EMIT viewportResized();
    updateCurrentPage();
    scheduleRequests();
}

void PageCanvas::scrollContentsBy(int, int) {
    updateCurrentPage();
    scheduleRequests();
    viewport()->update();
}

void PageCanvas::wheelEvent(QWheelEvent *event) {
    if (event->modifiers() & Qt::ControlModifier) {
        const int delta = event->angleDelta().y();
        if (delta != 0)
            Q_EMIT zoomStepRequested(delta > 0 ? 1 : -1);
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PageCanvas::scrollToPage(int page) {
    if (page < 0 || page >= m_rects.size())
        return;
    verticalScrollBar()->setValue(m_rects[page].top() - PageMargin);
    updateCurrentPage();
    viewport()->update();
}

void PageCanvas::setHighlights(const QList<SearchHit> &hits, int current) {
    m_hits = hits;
    m_currentHit = current;
    viewport()->update();
}

void PageCanvas::ensureHitVisible(const SearchHit &hit) {
    const QRectF r = hitRect(hit.page, hit.rectPoints);
    if (r.isNull())
        return;
    const int marginY = viewport()->height() / 4;
    const int top = verticalScrollBar()->value();
    if (r.top() < top + PageMargin || r.bottom() > top + viewport()->height() - PageMargin)
        verticalScrollBar()->setValue(qRound(r.top()) - marginY);
    const int extraX = std::max(0, (viewport()->width() - m_contentSize.width()) / 2);
    const int left = horizontalScrollBar()->value();
    if (r.left() + extraX < left || r.right() + extraX > left + viewport()->width())
        horizontalScrollBar()->setValue(qRound(r.left()) - viewport()->width() / 4);
    updateCurrentPage();
    viewport()->update();
}

void PageCanvas::scheduleRequests() {
    if (!m_requestTimer.isActive())
        m_requestTimer.start();
}

void PageCanvas::requestVisible() {
    if (m_rects.isEmpty())
        return;
    const auto [first, last] = visibleRange();
    const int from = std::max(0, first - 1);
    const int to = std::min(int(m_rects.size()) - 1, last + 1);
    QSet<PageKey> wanted;
    for (int i = from; i <= to; ++i)
        wanted.insert(PageKey::make(i, renderDpi(i), m_rotation));
    m_queue->retainOnly(wanted);
    // Visible pages first, then the neighbours.
    for (int i = first; i <= last; ++i)
        m_queue->request(i, renderDpi(i), m_rotation);
    if (from < first)
        m_queue->request(from, renderDpi(from), m_rotation);
    if (to > last)
        m_queue->request(to, renderDpi(to), m_rotation);
}

void PageCanvas::updateCurrentPage() {
    int best = -1;
    if (!m_rects.isEmpty()) {
        const int top = verticalScrollBar()->value();
        const int bottom = top + viewport()->height();
        const auto [first, last] = visibleRange();
        int bestVisible = -1;
        for (int i = first; i <= last; ++i) {
            const int visible = std::min(bottom, m_rects[i].bottom()) - std::max(top, m_rects[i].top());
            if (visible > bestVisible) {
                bestVisible = visible;
                best = i;
            }
        }
    }
    if (best != m_currentPage) {
        m_currentPage = best;
        Q_EMIT currentPageChanged(best);
    }
}

void PageCanvas::onPageRendered(int page) {
    if (page < 0 || page >= m_rects.size())
        return;
    viewport()->update(m_rects[page].translated(contentOffset()).adjusted(-4, -4, 4, 4));
}

} // namespace adesk
