#pragma once

#include "views/documents/searchhit.h"

#include <QAbstractScrollArea>
#include <QList>
#include <QSizeF>
#include <QTimer>

namespace adesk {

class PageRenderQueue;
struct PageKey;

/// The continuous vertical strip of pages inside DocumentView. Paints the pages straight onto the
/// viewport from PageRenderQueue's cache (never a widget per page), draws placeholders while a
/// page renders, and asks the queue for the visible pages plus one on either side only.
class PageCanvas : public QAbstractScrollArea {
    Q_OBJECT

public:
    static constexpr double MinZoom = 0.1;
    static constexpr double MaxZoom = 4.0;
    static constexpr int PageMargin = 12;

    explicit PageCanvas(PageRenderQueue *queue, QWidget *parent = nullptr);

    /// Page sizes in points (page rotation applied); empty for no document.
    void setPageSizes(const QList<QSizeF> &pointSizes);
    int pageCount() const { return int(m_pointSizes.size()); }
    /// Text drawn in the middle when there are no pages ("Opening…"); empty for none.
    void setPlaceholderText(const QString &text);

    /// 1.0 shows a page at its physical size on a screen of the widget's logical dpi.
    void setZoom(double zoom);
    double zoom() const { return m_zoom; }
    /// Clockwise user rotation: 0, 90, 180 or 270.
    void setRotation(int rotation);
    int rotation() const { return m_rotation; }
    double fitWidthZoom() const;
    double fitPageZoom() const;

    int currentPage() const { return m_currentPage; }
    void scrollToPage(int page);
    void setHighlights(const QList<SearchHit> &hits, int current);
    void ensureHitVisible(const SearchHit &hit);

    /// Where page is laid out, in content coordinates (before scrolling), in device-independent pixels.
    QRect pageRect(int page) const;
    /// Resolution the page is rendered at for the current zoom (and device pixel ratio).
    double renderDpi(int page) const;
    /// Hit rectangle in content coordinates for the current zoom and rotation.
    QRectF hitRect(int page, const QRectF &rectPoints) const;

Q_SIGNALS:
    void currentPageChanged(int page);
    /// Ctrl + wheel: +1 zoom in, -1 zoom out.
    void zoomStepRequested(int step);
    void viewportResized();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    double pixelsPerPoint() const;
    QSizeF rotatedPointSize(int page) const;
    void relayout();
    void updateScrollBars();
    QPoint contentOffset() const;
    QPair<int, int> visibleRange() const;
    void scheduleRequests();
    void requestVisible();
    void updateCurrentPage();
    void onPageRendered(int page);

    PageRenderQueue *m_queue;
    QList<QSizeF> m_pointSizes;
    QList<QRect> m_rects;
    QSize m_contentSize;
    double m_zoom = 1.0;
    int m_rotation = 0;
    int m_currentPage = -1;
    QList<SearchHit> m_hits;
    int m_currentHit = -1;
    QString m_placeholder;
    QTimer m_requestTimer;
};

} // namespace adesk
