#pragma once

#include <QColor>
#include <QString>

/// The fixed palette of everything that is paper: the PDF statements, slips, agreements and day
/// sheets (views/paper/), the demo's certificates (app/demo/) and the pages the document viewer
/// shows. Paper is white whatever the screen's palette, so these colours do not follow QPalette
/// (screen colours do: views/common/semanticcolors.h). CONTRIBUTING.md, Colours.
namespace adesk::printpalette {

// clang-format off
inline constexpr QColor paper       {0xff, 0xff, 0xff};
inline constexpr QColor ink         {0x00, 0x00, 0x00};
inline constexpr QColor inkMuted    {0x55, 0x55, 0x55}; ///< labels, footers, small print
inline constexpr QColor heading     {0x1f, 0x4e, 0x79}; ///< letterheads and headings
inline constexpr QColor alert       {0xaa, 0x1e, 0x1e}; ///< "cancelled" / "amended" stamps
inline constexpr QColor shade       {0xe6, 0xec, 0xf2}; ///< table header bands, emphasised boxes
inline constexpr QColor zebra       {0xf6, 0xf8, 0xfa}; ///< every other table row
inline constexpr QColor rule        {0xcc, 0xcc, 0xcc}; ///< thin rules between rows
inline constexpr QColor signatureInk{0x1a, 0x2a, 0x6c}; ///< a handwritten signature

// Paper on screen (document viewer): the shadow under a page, the edge around it, search hits
// (every hit, the current one and its outline).
inline constexpr QColor paperShadow         {0x00, 0x00, 0x00, 60};
inline constexpr QColor paperEdge           {0x00, 0x00, 0x00, 90};
inline constexpr QColor searchHit           {0xff, 0xe6, 0x00, 100};
inline constexpr QColor currentSearchHit    {0xff, 0x8c, 0x00, 110};
inline constexpr QColor currentSearchHitEdge{0xdc, 0x5a, 0x00};
// clang-format on

/// Letterhead colours of the issuers on the demo's certificates.
enum class Accent { Navy, Forest, Maroon, Ochre, Plum };
inline QColor accent(Accent a) {
    constexpr QColor accents[] = {
        heading, {0x2e, 0x6b, 0x3a}, {0x7a, 0x2e, 0x2e}, {0x8a, 0x5a, 0x00}, {0x4a, 0x3b, 0x6b}};
    return accents[int(a)];
}

/// A colour for an HTML style sheet ("#rrggbb").
inline QString css(const QColor &c) {
    return c.name(QColor::HexRgb);
}

} // namespace adesk::printpalette
