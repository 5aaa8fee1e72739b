#pragma once

#include <QProxyStyle>

class QStyleOptionViewItem;

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
/// same code as before.
///
/// Item view cells: Qt 6.4.2's CE_ItemViewItem (qcommonstyle.cpp, which Fusion uses) lays a cell's
/// text out three times at every paint (the cell's rectangles, the elision, the drawing), HarfBuzz
/// shaping each time: a new page of the applications queue spent 27 of its paint's 28 samples in
/// the cells (bench_partnerships, perf). Over Fusion, a cell of one line of text and nothing else
/// is drawn here with that code's steps and one layout (drawTextCell); its pixels are Fusion's
/// (tst_deskstyle, a table of the desk's kinds of cells; bench_style's `table_` lines: 0.66-0.74×
/// Fusion's paint).
class DeskStyle : public QProxyStyle {
    Q_OBJECT
public:
    /// Scanlines per band: 2 × 32 = 64 spans, under the raster engine's 96.
    static constexpr int kBandRows = 32;
    /// Scanlines per band of a frame: one translucent span each, 64 under the engine's 96.
    static constexpr int kFrameBandRows = 64;

    /// Over @p base (owned; nullptr: the platform's default style).
    explicit DeskStyle(QStyle *base = nullptr);

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

    /// How many item view cells this style drew itself (drawTextCell), for tests.
    int textCellsDrawn() const { return m_textCellsDrawn; }

private:
    /// Draws @p cell as the base style's CE_ItemViewItem would when it is one line of text and
    /// nothing else (no check box, icon or wrapping), laying the text out once; false (nothing
    /// drawn) for any other cell.
    bool drawTextCell(const QStyleOptionViewItem &cell, QPainter *painter, const QWidget *widget) const;

    /// Whether the base style draws item view cells with QCommonStyle's code (Fusion does).
    bool m_commonItemViewItems = false;
    mutable int m_textCellsDrawn = 0;
};

} // namespace adesk
