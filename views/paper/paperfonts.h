#pragma once

#include <QByteArray>
#include <QFont>
#include <QString>

namespace adesk {

/// The fonts the PDF documents are set in, prepared for Qt's PDF engine.
///
/// QPdfWriter embeds a subset of each font in every document it writes, and builds it from the
/// glyph outlines FreeType loads at the em size (2048 ppem) with the font's TrueType hinting on:
/// the prep program and each glyph's instructions run again for every glyph of every document.
/// Hinting means nothing in a scalable PDF (the PDF's glyphs are the outlines at em size, where
/// hinting moves no point by more than a font unit). So the statements use DejaVu Sans without
/// its hinting: the system's DejaVuSans.ttf and DejaVuSans-Bold.ttf (fonts-dejavu-core) with the
/// fpgm/prep/cvt/hdmx/LTSH/VDMX tables and the glyphs' instructions removed, registered once as
/// the application font family "DejaVuPaper" (same outlines, metrics, cmap and PostScript names:
/// the PDF still names its fonts DejaVuSans and DejaVuSans-Bold).
/// Thread-safe.
class PaperFonts {
public:
    /// "DejaVuPaper" once registered; "DejaVu Sans" (hinted, slower) when the files cannot be read.
    static QString sansFamily();
    /// The documents' sans font: sansFamily() at @p pt points (in the paint device's points:
    /// 1/72 in on a 72 dpi QPdfWriter), bold when @p bold, with no hinting asked for (the text is
    /// laid out with unhinted metrics, as a scalable PDF shows it). Renderers add their own
    /// settings (shaping, kerning, letter spacing) to it.
    static QFont sans(qreal pt, bool bold = false);
    /// The file registered as "DejaVuPaper" regular or (@p bold) bold: the bytes the fonts of
    /// sansFamily() are made from (CairoPdfDocument embeds them). Empty when sansFamily() is not
    /// "DejaVuPaper".
    static QByteArray sansData(bool bold);

    /// @p font (a TrueType file, 'true' or 0x00010000) without its hinting (see above); when
    /// @p renameFrom and @p renameTo are set (same length), every occurrence of the former in the
    /// name table (UTF-16BE and 8-bit records) becomes the latter. Empty when @p font is not a
    /// TrueType font this can read (a collection, CFF outlines, a truncated file).
    static QByteArray withoutHinting(const QByteArray &font, const QByteArray &renameFrom = {},
                                     const QByteArray &renameTo = {});
};

} // namespace adesk
