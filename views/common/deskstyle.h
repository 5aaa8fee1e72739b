#pragma once

#include <QPixmap>
#include <QProxyStyle>

#include <memory>

class QStyleOptionViewItem;
class QTextLayout;

namespace adesk {

/// The desk's widget style: the platform's own (or the one given), drawn so that the GUI thread
/// never waits on Qt's global thread pool while it paints (issue 19, "Longest GUI-thread stall:
/// under 16 ms (one frame) for every benchmarked interaction").
///
/// Why: Qt 6.4's raster engine hands a fill of 96 spans or more to QThreadPool::globalInstance()
/// in segments and waits for them (qdrawhelper.cpp, QT_THREAD_PARALLEL_FILLS), unless the colour
/// is opaque. A vertical scroll bar is such a fill: Fusion draws its groove, slider and edges with
/// translucent colours and gradients, one span per scanline, so a 700-pixel scroll bar is eleven
/// segments on the pool at every paint. On two cores shared with the database the GUI thread then
/// waits for pool threads to be scheduled (perf: 11 % of the GUI thread's samples in the pool's
/// start and the semaphore while bench_reviewqueue scrolls, and the launch's first-rows stalls of
/// tests/bench/README.md, "What the stall watch counted").
///
/// Lines go there too, whatever the bar's height: Qt 6.4.2's cosmetic stroker writes a line straight
/// into the image only when the painter has a rectangular clip of its own (QCosmeticStroker::setup,
/// FastDraw); otherwise (no clip of the painter's own, or a region) each pixel of the line is a span
/// of its own, so a 900-pixel horizontal bar's edges went to the pool although the bar is 16
/// scanlines tall.
///
/// How: every scroll bar is drawn by the base style in horizontal bands of kBandRows scanlines
/// (one band for a short bar), each into an image of its own (the base style sets clips of its
/// own, so a clip of ours would not bound what it draws) under a clip rectangle of the band's own
/// (so that its lines are written straight in), which is then put in its place: no fill reaches
/// the engine's threshold (two spans per scanline at most: the slider's left and right edges). The
/// pixels are the base style's own: tst_deskstyle compares both drawings pixel for pixel, and
/// checks that a paint does not wait on a pool whose threads are all taken (QtConcurrent's default
/// pool: the demo renders its certificates there).
///
/// The tab widget's frame and the group box's frame went there too (gdb, a breakpoint on
/// QThreadPool::start over one run of bench_partnerships once the scroll bars were banded: 16,322
/// calls, 85 % from QTabWidget's paint, 14 % from QGroupBox's; 170 left after, all from header
/// sections Fusion draws into its own cache). Both span a pane, and a pane's repaint hands them a
/// dirty region of several rectangles: Fusion's opaque fill of the frame's inside is then one span
/// per scanline (the raster engine fills straight in only under a single rectangle), its vertical
/// edges one span per pixel, and the group box's stretched border pixmap one span per scanline. The
/// group box's inside is a translucent fill, one span per scanline whatever the clip. So both are
/// drawn by the base style once per rectangle of that region, under a clip of that rectangle (the
/// opaque fill and the lines are written straight in, the pixmap is scaled straight in), and the
/// group box (or a tab frame under a translucent button colour) once per band of kFrameBandRows
/// scanlines of it: its translucent fill is then 64 spans at most. No image is made (these frames
/// cover the pane; an image would copy it at every paint), and each pixel is drawn once, by the
/// same code as before. Over Fusion, the group box's frame is Fusion's code with its border pixmap
/// loaded once: Fusion loads it from its resources at every call (a file information and a cache
/// lookup, once per band here: 0.3 ms of the partnerships pane's opening, perf).
///
/// Item view cells: Qt 6.4.2's CE_ItemViewItem (qcommonstyle.cpp, which Fusion uses) lays a cell's
/// text out three times at every paint (the cell's rectangles, the elision, the drawing), HarfBuzz
/// shaping each time: a new page of the applications queue spent 27 of its paint's 28 samples in
/// the cells (bench_partnerships, perf). Over Fusion, a cell of one line of text and nothing else
/// is drawn here with that code's steps and one layout (drawTextCell); its pixels are Fusion's
/// (tst_deskstyle, a table of the desk's kinds of cells; bench_style's `table_` lines: 0.66-0.74×
/// Fusion's paint).
///
/// A cell's text is shaped once while it stays in view: Fusion shapes it again for the column's
/// fit (QTableView::resizeColumnsToContents asks each cell's size: CT_ItemViewItem) and at every
/// paint of the cell (a hover, the selection, a scroll back). Here such a text's one line is laid
/// out once, with no width (Qt's own layout for a size), and kept (the last kShapedLines texts,
/// by text and font): the size is its width, and the drawing sets the cell's width and alignment
/// on it (QTextLine::setLineWidth keeps a laid-out last line as it is when it fits). A page of
/// the applications queue was shaped twice at its arrival: once for the fit, once for the paint
/// (bench_partnerships, perf: 12 % and 22 % of the GUI thread's busiest stretch), and each paint
/// shaped it anew (a QTextLayout drops its glyphs at endLayout() unless its cache is on). Sizes and
/// pixels are Fusion's (tst_deskstyle compares both for the same texts); bench_style's `table_`
/// paint went from 0.66-0.68× Fusion's to 0.39-0.42×, and bench_partnerships' longest busy stretch
/// choosing a program in the queue from 18.5-21.1 ms to 13.5-15.2 ms (three pairs alternated).
class DeskStyle : public QProxyStyle {
    Q_OBJECT
public:
    /// Scanlines per band: 2 × 32 = 64 spans, under the raster engine's 96.
    static constexpr int kBandRows = 32;
    /// Scanlines per band of a frame: one translucent span each, 64 under the engine's 96.
    static constexpr int kFrameBandRows = 64;

    /// Over @p base (owned; nullptr: the platform's default style).
    explicit DeskStyle(QStyle *base = nullptr);
    ~DeskStyle() override;

    /// Sets the application's style to a DeskStyle over the style named @p baseName (empty: the
    /// application's style so far, which honours `-style` and QT_STYLE_OVERRIDE). Call after the
    /// QApplication exists.
    static void install(const QString &baseName = {});

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;
    /// CT_ItemViewItem of a cell of one line of text and nothing else: the base style's size, from
    /// the text's kept line (textCellSize); everything else is the base style's.
    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget = nullptr) const override;

    /// A widget's one line of plain text (a label's, a button's, a check box's, a group box's or a
    /// tab's title; QStyle::drawItemText) drawn from the text's kept line, where the base style
    /// (Fusion, Qt 6.4.2's drawItemText and qt_format_text) shapes it at every paint; the same
    /// pixels. Anything else is the base style's: a text with a mnemonic (&), a tab or a line break,
    /// read right to left, or wrapped in more than one line; flags other than alignment, single
    /// line, word wrap and no clip; an underlined, overlined or struck-out font; a painter laying out
    /// right to left.
    void drawItemText(QPainter *painter, const QRect &rect, int flags, const QPalette &palette, bool enabled,
                      const QString &text, QPalette::ColorRole textRole = QPalette::NoRole) const override;

    /// Texts whose one line is kept, by text and font: a page of a pane's table in view (26 rows of
    /// 9 columns at 1400 × 900) several times over.
    static constexpr int kShapedLines = 2048;

    /// How many item view cells this style drew itself (drawTextCell), for tests.
    int textCellsDrawn() const { return m_textCellsDrawn; }
    /// How many texts this style has laid out (and shaped) for its cells and item texts, for tests:
    /// a text still kept is not laid out again.
    int textLinesShaped() const { return m_textLinesShaped; }
    /// How many item texts (drawItemText) this style drew from a kept line, for tests.
    int itemTextsDrawn() const { return m_itemTextsDrawn; }

private:
    /// Draws @p cell as the base style's CE_ItemViewItem would when it is one line of text and
    /// nothing else (no check box, icon or wrapping), laying the text out once; false (nothing
    /// drawn) for any other cell.
    bool drawTextCell(const QStyleOptionViewItem &cell, QPainter *painter, const QWidget *widget) const;
    /// The base style's CT_ItemViewItem size of @p cell into @p size when it is one line of text
    /// and nothing else (left-to-right, no tab); false (size untouched) for any other cell.
    bool textCellSize(const QStyleOptionViewItem &cell, const QWidget *widget, QSize *size) const;
    /// @p text in @p font laid out in one line with no width (a QTextLayout, left to right, manual
    /// wrap), shaped once and kept; nullptr when the text does not fit one line or off the GUI
    /// thread. Valid until the next call.
    QTextLayout *shapedLine(const QString &text, const QFont &font) const;

    /// Fusion's group box frame for @p option (PE_FrameGroupBox): the box's rectangle below its
    /// title, as Qt 6.4.2's Fusion computes it.
    QRect fusionGroupBoxFrame(const QStyleOption *option, const QWidget *widget) const;
    /// Fusion's group box border pixmap (a 9-patch of 6-pixel margins), loaded once (GUI thread).
    const QPixmap &groupBoxPixmap() const;

    /// Whether the base style is Fusion: it draws item view cells with QCommonStyle's code, item
    /// texts with qt_format_text, and the group box frame from a border pixmap (Qt 6.4.2), as the
    /// code here does.
    bool m_fusionBase = false;
    mutable QPixmap m_groupBoxPixmap;
    mutable int m_textCellsDrawn = 0;
    mutable int m_textLinesShaped = 0;
    mutable int m_itemTextsDrawn = 0;
    /// The kept lines (a QCache by text and font; GUI thread only).
    class ShapedLines;
    std::unique_ptr<ShapedLines> m_shapedLines;
};

} // namespace adesk
