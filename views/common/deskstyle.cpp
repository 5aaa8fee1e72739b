#include "views/common/deskstyle.h"

#include <QApplication>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

#include <algorithm>

namespace adesk {

DeskStyle::DeskStyle(QStyle *base)
    : QProxyStyle(base) {}

void DeskStyle::install(const QString &baseName) {
    // The application's style so far honours -style and QT_STYLE_OVERRIDE; a QProxyStyle's own
    // default (the desktop's) would not.
    const QString name = baseName.isEmpty() ? QApplication::style()->name() : baseName;
    QApplication::setStyle(new DeskStyle(QStyleFactory::create(name)));
}

void DeskStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                   QPainter *painter, const QWidget *widget) const {
    const QPaintEngine *engine = painter ? painter->paintEngine() : nullptr;
    const QRect rect = option->rect;
    if (control != CC_ScrollBar || !engine || engine->type() != QPaintEngine::Raster ||
        painter->transform().type() > QTransform::TxTranslate) {
        QProxyStyle::drawComplexControl(control, option, painter, widget);
        return;
    }
    // Each band drawn by the base style into an image of its own, whose edges bound what the style
    // draws (it sets clips of its own, so a clip of ours would not hold), then put in its place. The
    // band's clip rectangle is for the lines: with one, the raster engine writes them straight in.
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    QRect area = rect;
    if (painter->hasClipping())
        area &= painter->clipBoundingRect().toAlignedRect();
    for (int y = area.top(); y <= area.bottom(); y += kBandRows) {
        const int rows = std::min(kBandRows, area.bottom() - y + 1);
        QImage band(QSize(rect.width(), rows) * ratio, QImage::Format_ARGB32_Premultiplied);
        band.setDevicePixelRatio(ratio);
        band.fill(Qt::transparent);
        {
            QPainter p(&band);
            p.setRenderHints(painter->renderHints());
            p.setFont(painter->font());
            p.translate(-rect.left(), -y);
            p.setClipRect(QRect(rect.left(), y, rect.width(), rows));
            QProxyStyle::drawComplexControl(control, option, &p, widget);
        }
        painter->drawImage(QPoint(rect.left(), y), band);
    }
}

} // namespace adesk
