#pragma once

#include <QProxyStyle>

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
class DeskStyle : public QProxyStyle {
    Q_OBJECT
public:
    /// Scanlines per band: 2 × 32 = 64 spans, under the raster engine's 96.
    static constexpr int kBandRows = 32;

    /// Over @p base (owned; nullptr: the platform's default style).
    explicit DeskStyle(QStyle *base = nullptr);

    /// Sets the application's style to a DeskStyle over the style named @p baseName (empty: the
    /// application's style so far, which honours `-style` and QT_STYLE_OVERRIDE). Call after the
    /// QApplication exists.
    static void install(const QString &baseName = {});

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                            const QWidget *widget = nullptr) const override;
};

} // namespace adesk
