#pragma once

#include <QColor>
#include <QString>

/// The fixed palette of everything that is paper: the PDF statements, slips, agreements and day
/// sheets (views/paper/), the demo's certificates (app/demo/) and the pages the document viewer
/// shows. Paper is white whatever the screen's palette, so these colours do not follow QPalette
/// (screen colours do: views/common/semanticcolors.h). CONTRIBUTING.md, Colours.
namespace adesk::printpalette {

inline QColor paper() {
    return QColor(0xff, 0xff, 0xff);
}
inline QColor ink() {
    return QColor(0x00, 0x00, 0x00);
}
/// Labels, footers and small print.
inline QColor inkMuted() {
    return QColor(0x55, 0x55, 0x55);
}
/// Letterheads and headings.
inline QColor heading() {
    return QColor(0x1f, 0x4e, 0x79);
}
/// "Cancelled" / "amended" stamps.
inline QColor alert() {
    return QColor(0xaa, 0x1e, 0x1e);
}
/// Table header bands and emphasised boxes.
inline QColor shade() {
    return QColor(0xe6, 0xec, 0xf2);
}
/// Every other table row.
inline QColor zebra() {
    return QColor(0xf6, 0xf8, 0xfa);
}
/// Thin rules between rows.
inline QColor rule() {
    return QColor(0xcc, 0xcc, 0xcc);
}
/// A handwritten signature.
inline QColor signatureInk() {
    return QColor(0x1a, 0x2a, 0x6c);
}

/// Letterhead colours of the issuers on the demo's certificates.
enum class Accent { Navy, Forest, Maroon, Ochre, Plum };
inline QColor accent(Accent a) {
    switch (a) {
    case Accent::Navy:
        return heading();
    case Accent::Forest:
        return QColor(0x2e, 0x6b, 0x3a);
    case Accent::Maroon:
        return QColor(0x7a, 0x2e, 0x2e);
    case Accent::Ochre:
        return QColor(0x8a, 0x5a, 0x00);
    case Accent::Plum:
        return QColor(0x4a, 0x3b, 0x6b);
    }
    return ink();
}

// Paper on screen (document viewer).
/// The shadow under a page and the edge around it.
inline QColor paperShadow() {
    return QColor(0, 0, 0, 60);
}
inline QColor paperEdge() {
    return QColor(0, 0, 0, 90);
}
/// Search hits on a page: every hit, the current one and its outline.
inline QColor searchHit() {
    return QColor(0xff, 0xe6, 0x00, 100);
}
inline QColor currentSearchHit() {
    return QColor(0xff, 0x8c, 0x00, 110);
}
inline QColor currentSearchHitEdge() {
    return QColor(0xdc, 0x5a, 0x00);
}

/// A colour for an HTML style sheet ("#rrggbb").
inline QString css(const QColor &c) {
    return c.name(QColor::HexRgb);
}

} // namespace adesk::printpalette
