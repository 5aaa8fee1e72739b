#include "views/common/deskstyle.h"

#include <QApplication>
#include <QCache>
#include <QFont>
#include <QGroupBox>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmap>
#include <QStyleFactory>
#include <QStyleOption>
#include <QTextLayout>
#include <QThread>
#include <QtMath>
#include <qdrawutil.h>

#include <algorithm>
#include <limits>

namespace adesk {

namespace {

/// Whether @p painter paints into a raster image, with at most a translation between its
/// coordinates and the device's (@p transform: the world's, or the whole one to the device).
bool rasterTranslated(const QPainter *painter, const QTransform &transform) {
    const QPaintEngine *engine = painter ? painter->paintEngine() : nullptr;
    return engine && engine->type() == QPaintEngine::Raster && transform.type() <= QTransform::TxTranslate;
}

/// A line width that bounds nothing: Qt's own for a text's size (QFIXED_MAX, qfixed_p.h), with
/// which QTextLine aligns nothing.
constexpr int kUnboundedLineWidth = std::numeric_limits<int>::max() / 256;

/// Lays @p layout out in lines of @p lineWidth pixels, one under the other from y = 0, as Qt
/// 6.4.2's viewItemTextLayout (qcommonstyle.cpp) does for a text's size.
void layOutLines(QTextLayout &layout, int lineWidth) {
    layout.beginLayout();
    for (qreal height = 0;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(lineWidth);
        line.setPosition(QPointF(0, height));
        height += line.height();
    }
    layout.endLayout();
}

/// Whether @p text is drawn by the base style in more than one line, or holds a separator of
/// QFontMetrics::elidedText's variants (U+009C), or a tab (its stops depend on the line's place).
bool notOneLine(const QString &text) {
    for (const QChar c : text)
        if (c == QChar::LineSeparator || c == u'\n' || c == QChar(0x9c) || c == u'\t')
            return true;
    return false;
}

/// A text in a font: what a kept line is shaped from.
struct TextKey {
    QString text;
    QFont font;
    friend bool operator==(const TextKey &a, const TextKey &b) {
        return a.text == b.text && a.font == b.font;
    }
    friend size_t qHash(const TextKey &key, size_t seed = 0) { return qHashMulti(seed, key.text, key.font); }
};

} // namespace

class DeskStyle::ShapedLines {
public:
    QCache<TextKey, QTextLayout> lines{DeskStyle::kShapedLines};
};

DeskStyle::DeskStyle(QStyle *base)
    : QProxyStyle(base)
    , m_fusionBase(baseStyle()->name().compare(u"fusion", Qt::CaseInsensitive) == 0)
    , m_shapedLines(std::make_unique<ShapedLines>()) {}

DeskStyle::~DeskStyle() = default;

void DeskStyle::install(const QString &baseName) {
    // The application's style so far honours -style and QT_STYLE_OVERRIDE; a QProxyStyle's own
    // default (the desktop's) would not.
    const QString name = baseName.isEmpty() ? QApplication::style()->name() : baseName;
    QApplication::setStyle(new DeskStyle(QStyleFactory::create(name)));
}

void DeskStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                   QPainter *painter, const QWidget *widget) const {
    const QRect rect = option->rect;
    // The bands are drawn at the device's pixel ratio: only the world transform matters.
    if (control != CC_ScrollBar ||
        !rasterTranslated(painter, painter ? painter->transform() : QTransform())) {
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
    if (area.isEmpty())
        return;
    // One image for every band (the last one may use only its top rows).
    QImage band(QSize(rect.width(), std::min(kBandRows, area.height())) * ratio,
                QImage::Format_ARGB32_Premultiplied);
    band.setDevicePixelRatio(ratio);
    for (int y = area.top(); y <= area.bottom(); y += kBandRows) {
        const int rows = std::min(kBandRows, area.bottom() - y + 1);
        band.fill(Qt::transparent);
        {
            QPainter p(&band);
            p.setRenderHints(painter->renderHints());
            p.setFont(painter->font());
            p.translate(-rect.left(), -y);
            p.setClipRect(QRect(rect.left(), y, rect.width(), rows));
            QProxyStyle::drawComplexControl(control, option, &p, widget);
        }
        painter->drawImage(QPointF(rect.left(), y), band,
                           QRectF(QPointF(), QSizeF(QSize(rect.width(), rows) * ratio)));
    }
}

void DeskStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                            const QWidget *widget) const {
    if (element == CE_ItemViewItem && m_fusionBase && painter) {
        if (const auto *cell = qstyleoption_cast<const QStyleOptionViewItem *>(option);
            cell && drawTextCell(*cell, painter, widget))
            return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

QTextLayout *DeskStyle::shapedLine(const QString &text, const QFont &font) const {
    // Styles are used on the GUI thread; anywhere else the base style lays its texts out itself.
    if (!QCoreApplication::instance() || QThread::currentThread() != QCoreApplication::instance()->thread())
        return nullptr;
    TextKey key{text, font};
    if (QTextLayout *kept = m_shapedLines->lines.object(key))
        return kept;
    auto line = std::make_unique<QTextLayout>(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::ManualWrap);
    option.setTextDirection(Qt::LeftToRight);
    line->setTextOption(option);
    // Its glyphs kept past endLayout() (else dropped, and shaped again at the drawing).
    line->setCacheEnabled(true);
    layOutLines(*line, kUnboundedLineWidth);
    ++m_textLinesShaped;
    if (line->lineCount() != 1)
        return nullptr;
    QTextLayout *kept = line.release();
    m_shapedLines->lines.insert(std::move(key), kept);
    return kept;
}

bool DeskStyle::textCellSize(const QStyleOptionViewItem &cell, const QWidget *widget, QSize *size) const {
    // QCommonStyle's CT_ItemViewItem for a cell with text and neither check box nor decoration
    // (Qt 6.4.2, qcommonstyle.cpp: sizeFromContents, viewItemLayout and viewItemSize): the text's
    // size, laid out with no width (or the cell's, less the margins, when it wraps), its width
    // rounded up and a text margin on each side; the layout's direction is the text's own (so it is
    // left to right here: a text read right to left is the base style's).
    if (!(cell.features & QStyleOptionViewItem::HasDisplay) ||
        (cell.features & (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration)) ||
        cell.text.isEmpty() ||
        (cell.decorationPosition != QStyleOptionViewItem::Left &&
         cell.decorationPosition != QStyleOptionViewItem::Right) ||
        notOneLine(cell.text) || cell.text.isRightToLeft())
        return false;
    const QTextLayout *kept = shapedLine(cell.text, cell.font);
    if (!kept)
        return false;
    const QTextLine line = kept->lineAt(0);
    const int textMargin = proxy()->pixelMetric(PM_FocusFrameHMargin, &cell, widget) + 1;
    if ((cell.features & QStyleOptionViewItem::WrapText) && cell.rect.isValid() &&
        line.naturalTextWidth() > cell.rect.width() - 2 * textMargin)
        return false; // the base style wraps it
    *size = QSize(qCeil(line.naturalTextWidth()) + 2 * textMargin, qCeil(line.height()));
    return true;
}

QSize DeskStyle::sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                                  const QWidget *widget) const {
    QSize text;
    if (type == CT_ItemViewItem && m_fusionBase)
        if (const auto *cell = qstyleoption_cast<const QStyleOptionViewItem *>(option);
            cell && textCellSize(*cell, widget, &text))
            return text;
    return QProxyStyle::sizeFromContents(type, option, size, widget);
}

bool DeskStyle::drawTextCell(const QStyleOptionViewItem &cell, QPainter *p, const QWidget *widget) const {
    // What QCommonStyle's CE_ItemViewItem does with a cell of one line of text and nothing else
    // (Qt 6.4.2, qcommonstyle.cpp: drawControl, viewItemLayout, calculateElidedText and
    // viewItemDrawText), with that line shaped once and kept. Anything else is the base style's.
    if (cell.features & (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDecoration) ||
        !cell.icon.isNull() || cell.text.isEmpty() || !cell.showDecorationSelected ||
        (cell.state & State_Editing) || cell.direction != Qt::LeftToRight ||
        (cell.decorationPosition != QStyleOptionViewItem::Left &&
         cell.decorationPosition != QStyleOptionViewItem::Right) ||
        cell.rect.isEmpty() || notOneLine(cell.text))
        return false;
    // With neither check box nor decoration, the text's rectangle (and the focus rectangle) is the
    // cell's (viewItemLayout with showDecorationSelected); the text is inset by the focus frame's
    // margin on both sides.
    const int textMargin = proxy()->pixelMetric(PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect textRect = cell.rect.adjusted(textMargin, 0, -textMargin, 0);
    // calculateElidedText lays the text out in the text's rectangle (in lines, up to the cell's
    // height when centred vertically): one line of text that fits is that line; one that does not
    // is elided, or wrapped (then it is the base style's).
    QTextLayout *kept = shapedLine(cell.text, cell.font);
    if (!kept)
        return false;
    const qreal naturalWidth = kept->lineAt(0).naturalTextWidth();
    const qreal lineHeight = kept->lineAt(0).height();
    const bool elided = naturalWidth > textRect.width();
    if (elided && (cell.features & QStyleOptionViewItem::WrapText))
        return false;
    // Where calculateElidedText starts painting: the line's box (the text's rectangle as wide, or the
    // line) aligned in the text's rectangle.
    const QRect layoutRect = QStyle::alignedRect(
        Qt::LayoutDirectionAuto, cell.displayAlignment,
        QSizeF(std::max<qreal>(textRect.width(), naturalWidth), lineHeight).toSize(), textRect);
    if (lineHeight + layoutRect.top() <= textRect.top())
        return false; // the line lies above the cell's top: the base style draws nothing of it
    const QPointF position(textRect.x(), layoutRect.top());
    QTextLayout *shown = kept;
    if (elided) {
        // The elided text, laid out on its own as the base style lays it out (and kept as well).
        shown = shapedLine(
            QFontMetrics(cell.font).elidedText(cell.text, cell.textElideMode, textRect.width()), cell.font);
        if (!shown)
            return false;
    }
    // Placed in the cell as viewItemDrawText's layout places it: the cell's alignment in a line as
    // wide as the text's rectangle (a laid-out last line that fits is kept as it is).
    QTextOption placed = shown->textOption();
    placed.setAlignment(QStyle::visualAlignment(cell.direction, cell.displayAlignment));
    shown->setTextOption(placed);
    shown->lineAt(0).setLineWidth(textRect.width());

    p->save();
    // The base style clips to the cell, within any clip already set.
    p->setClipRect(cell.rect, p->hasClipping() ? Qt::IntersectClip : Qt::ReplaceClip);
    proxy()->drawPrimitive(PE_PanelItemViewItem, &cell, p, widget);
    QPalette::ColorGroup cg = (cell.state & State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (cg == QPalette::Normal && !(cell.state & State_Active))
        cg = QPalette::Inactive;
    p->setPen(
        cell.palette.color(cg, (cell.state & State_Selected) ? QPalette::HighlightedText : QPalette::Text));
    shown->draw(p, position);
    if (cell.state & State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(cell);
        focus.rect = cell.rect;
        focus.state |= State_KeyboardFocusChange | State_Item;
        const QPalette::ColorGroup fg = (cell.state & State_Enabled) ? QPalette::Normal : QPalette::Disabled;
        focus.backgroundColor =
            cell.palette.color(fg, (cell.state & State_Selected) ? QPalette::Highlight : QPalette::Window);
        proxy()->drawPrimitive(PE_FrameFocusRect, &focus, p, widget);
    }
    p->restore();
    ++m_textCellsDrawn;
    return true;
}

void DeskStyle::drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette,
                             bool enabled, const QString &text, QPalette::ColorRole textRole) const {
    // QFusionStyle::drawItemText sets the pen and calls QPainter::drawText(rect, flags, text), whose
    // qt_format_text (Qt 6.4.2, qpainter.cpp) lays the text out, shaping it, at every call. For one
    // line of plain text that is: the line at (0, 0) laid out with no width, left aligned, in the
    // painter's direction; then placed by the flags' alignment in the rectangle (its box, as wide as
    // the line's natural width and as high as its ascent and descent) and clipped to the rectangle
    // when the box goes out of it. The same, from the kept line. (Wrapped, a text that fits the
    // rectangle's width is the same line.)
    constexpr int kPlain = Qt::AlignHorizontal_Mask | Qt::AlignVertical_Mask | Qt::TextSingleLine |
                           Qt::TextDontClip | Qt::TextShowMnemonic | Qt::TextHideMnemonic |
                           Qt::TextExpandTabs | Qt::TextForceLeftToRight | Qt::TextWordWrap;
    const QFont font = painter ? painter->font() : QFont();
    QTextLayout *kept = nullptr;
    if (m_fusionBase && painter && !text.isEmpty() && !(flags & ~kPlain) && !(flags & Qt::AlignJustify) &&
        ((flags & Qt::TextForceLeftToRight) || painter->layoutDirection() != Qt::RightToLeft) &&
        !font.underline() && !font.overline() && !font.strikeOut() && !text.contains(u'&') &&
        !text.contains(u'\r') && !notOneLine(text) && !text.isRightToLeft())
        kept = shapedLine(text, font);
    // A wrapped text is laid out in the rectangle's width: one that fits it with room to spare (a
    // line breaks when its width, with the last glyph's overhang, passes the line's) is that line.
    if (kept && (flags & Qt::TextWordWrap) &&
        kept->lineAt(0).naturalTextWidth() + QFontMetricsF(font).height() > rect.width())
        kept = nullptr;
    if (!kept) {
        QProxyStyle::drawItemText(painter, rect, flags, palette, enabled, text, textRole);
        return;
    }
    const QPen savedPen = painter->pen();
    if (textRole != QPalette::NoRole)
        painter->setPen(QPen(palette.brush(textRole), savedPen.widthF()));
    if (painter->pen().style() != Qt::NoPen) { // as QPainter::drawText
        const QTextLine line = kept->lineAt(0);
        // qt_format_text's height: the line's, unrounded (QTextLine::height() rounds it up).
        const qreal height = line.ascent() + line.descent();
        const qreal width = line.naturalTextWidth();
        const QRectF r(rect);
        qreal yoff = 0;
        if (flags & Qt::AlignBottom)
            yoff = r.height() - height;
        else if (flags & Qt::AlignVCenter)
            yoff = (r.height() - height) / 2;
        qreal boxX = 0;
        if (flags & Qt::AlignRight)
            boxX = r.width() - width;
        else if (flags & Qt::AlignHCenter)
            boxX = (r.width() - width) / 2;
        const bool clip =
            !(flags & Qt::TextDontClip) && !r.contains(QRectF(r.x() + boxX, r.y() + yoff, width, height));
        if (clip) {
            painter->save();
            painter->setClipRect(r, Qt::IntersectClip);
        }
        // Left aligned: the alignment is the offset's alone ("do not do alignment twice"). The line
        // is placed by its advance (a left-to-right line has no leading space to add).
        QTextOption option = kept->textOption();
        option.setAlignment(Qt::AlignLeft);
        kept->setTextOption(option);
        const qreal advance = line.horizontalAdvance();
        qreal xoff = 0;
        if (flags & Qt::AlignRight)
            xoff = r.width() - advance;
        else if (flags & Qt::AlignHCenter)
            xoff = (r.width() - advance) / 2;
        line.draw(painter, QPointF(r.x() + xoff, r.y() + yoff));
        if (clip)
            painter->restore();
        ++m_itemTextsDrawn;
    }
    painter->setPen(savedPen);
}

void DeskStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                              const QWidget *widget) const {
    // The region is mapped between the device's pixels and the painter's: a translation only (at a
    // pixel ratio other than 1 the base style draws as it would).
    if ((element != PE_FrameTabWidget && element != PE_FrameGroupBox) ||
        !rasterTranslated(painter, painter ? painter->deviceTransform() : QTransform())) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    const QRegion system = painter->paintEngine()->systemClip();
    // What will be painted, in the painter's coordinates: the frame, within the region being
    // repainted (the engine's system clip, in the device's coordinates) and the painter's own clip.
    QRegion region(option->rect);
    if (!system.isEmpty())
        region &= painter->deviceTransform().inverted().map(system);
    if (painter->hasClipping())
        region &= painter->clipRegion();
    // Each rectangle lies within one of the system clip's, so that the engine's clip (the system
    // clip and ours) is that one rectangle. Cut into bands where a fill is translucent (the group
    // box's inside; the tab frame's only under a translucent button colour, Fusion's fill): one span
    // a scanline even under one rectangle. Not otherwise: a line is walked whole at every call, its
    // pixels outside the clip skipped one by one (QCosmeticStroker clips to the device, not to the
    // clip, so that it draws the same pixels whatever the clip), so that bands of the tab frame's
    // 900-pixel edges cost more than the bands saved.
    const bool translucent =
        element == PE_FrameGroupBox || option->palette.color(QPalette::Button).alpha() < 255;
    const int bandRows = translucent ? kFrameBandRows : std::numeric_limits<int>::max();
    // Fusion's group box frame, its border pixmap loaded once (Fusion loads it at every call).
    const bool fusionGroupBox = element == PE_FrameGroupBox && m_fusionBase;
    const QRect groupBoxFrame = fusionGroupBox ? fusionGroupBoxFrame(option, widget) : QRect();
    for (const QRect &piece : region) {
        for (int y = piece.top(), rows = 0; y <= piece.bottom(); y += rows) {
            rows = std::min(bandRows, piece.bottom() - y + 1);
            painter->save();
            painter->setClipRect(QRect(piece.left(), y, piece.width(), rows), Qt::ReplaceClip);
            if (fusionGroupBox)
                qDrawBorderPixmap(painter, groupBoxFrame, QMargins(6, 6, 6, 6), groupBoxPixmap());
            else
                QProxyStyle::drawPrimitive(element, option, painter, widget);
            painter->restore();
        }
    }
}

QRect DeskStyle::fusionGroupBoxFrame(const QStyleOption *option, const QWidget *widget) const {
    // qfusionstyle.cpp (Qt 6.4.2), PE_FrameGroupBox: below the title (or the check box), a small
    // margin only for a group box with neither.
    constexpr int groupBoxTopMargin = 3;
    const auto *box = qobject_cast<const QGroupBox *>(widget);
    const int topMargin =
        box && !box->isCheckable() && box->title().isEmpty()
            ? groupBoxTopMargin
            : qMax(baseStyle()->pixelMetric(PM_ExclusiveIndicatorHeight), option->fontMetrics.height()) +
                  groupBoxTopMargin;
    return option->rect.adjusted(0, topMargin, 0, 0);
}

const QPixmap &DeskStyle::groupBoxPixmap() const {
    if (m_groupBoxPixmap.isNull())
        m_groupBoxPixmap.load(
            QStringLiteral(":/qt-project.org/styles/commonstyle/images/fusion_groupbox.png"));
    return m_groupBoxPixmap;
}

} // namespace adesk
