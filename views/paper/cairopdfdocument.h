#pragma once

#include <QByteArray>
#include <QPaintDevice>
#include <QSizeF>
#include <QString>

#include <memory>

namespace adesk {

class CairoPdfEngine;

/// A PDF document written by cairo's PDF surface (libcairo2), painted with QPainter like a
/// QPdfWriter: a QPaintDevice at 72 dpi (one device unit is one PostScript point, the origin at the
/// page's top left corner, no margins) whose paint engine hands every primitive to cairo.
///
/// Why not QPdfWriter: Qt's PDF engine compresses at a fixed zlib level and builds each font's
/// subset and ToUnicode map (65,536 glyph look-ups per font) again in every document; a batch of
/// monthly statements spent most of its time there (issue 19, tests/bench/README.md,
/// bench_statements). Cairo subsets the glyphs it was given, maps them to the text it was given and
/// is a library Debian keeps (libcairo2).
///
/// What the engine draws: solid pens (width in points; 0 or cosmetic pens one device unit, dashes,
/// caps and joins as Qt's), solid brushes (any other brush is filled with its colour), rectangles,
/// lines, polygons, paths, ellipses (as paths), images and pixmaps, clipping (rectangles, regions,
/// paths; replace and intersect), the painter's opacity and any affine transform. Text: the glyphs
/// Qt laid out, at Qt's positions (QRawFont::fromFont of the item's font: its glyph indexes and
/// unkerned design advances, as the layout of an unhinted, unshaped font), drawn with
/// cairo_show_text_glyphs so the PDF embeds a TrueType subset (FontFile2) with a ToUnicode map of
/// the text. Only fonts whose file PaperFonts provides ("DejaVuPaper", regular and bold) are
/// embedded this way; text in any other font, or with a character the font lacks, is filled as
/// outlines (visible, not extractable). Text is drawn without kerning or shaping: fit for the
/// Latin text (English, French) of the paper documents whose fonts set PreferNoShaping and no
/// kerning, as StatementRenderer's do.
///
/// One document per object, used by one thread at a time; documents on different threads are
/// independent (cairo is thread-safe across surfaces; the font faces are shared and locked by cairo).
class CairoPdfDocument : public QPaintDevice {
public:
    /// @p pageSize in points (default: US Letter, 612 × 792).
    explicit CairoPdfDocument(QSizeF pageSize = QSizeF(612, 792));
    ~CairoPdfDocument() override;
    CairoPdfDocument(const CairoPdfDocument &) = delete;
    CairoPdfDocument &operator=(const CairoPdfDocument &) = delete;

    /// Document information: /Title and /Creator. Before the first page is finished.
    void setTitle(const QString &title);
    void setCreator(const QString &creator);

    /// Ends the current page and starts a new one (also while a QPainter is active on the
    /// document: its state carries over, as on a QPdfWriter). False once finished.
    bool newPage();

    /// Ends the document (any QPainter must have ended) and returns its bytes: a PDF 1.5 file. Empty
    /// when cairo failed (out of memory, a font it could not read). Later calls return the same bytes.
    QByteArray finish();

    QPaintEngine *paintEngine() const override;

protected:
    int metric(PaintDeviceMetric metric) const override;

private:
    friend class CairoPdfEngine;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace adesk
