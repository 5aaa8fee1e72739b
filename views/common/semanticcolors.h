#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QAbstractButton;

class QChart;
class QWidget;

namespace adesk {

/// Colours that carry a meaning on screen (CONTRIBUTING.md, Colours): ok, warning, error, overdue …,
/// plus the fills of categories (booking states, status chips, chart series). Every colour is
/// derived from a palette: the palette's lightness picks the light or dark variant, and text colours
/// are then pushed away from the palette's Base and Window until they reach the WCAG contrast ratio
/// of 4.5:1, so a dark palette stays readable. Views never write a colour literal: they ask here
/// (screen) or in views/paper/printpalette.h (paper).
class SemanticColors {
public:
    enum class Role {
        Ok,      ///< done, valid, saved, matches
        Info,    ///< neutral notice, pending
        Warning, ///< needs attention soon (expiring, a difference that is explained)
        Overdue, ///< past its deadline
        Error,   ///< failed, invalid, rejected, refused
        Muted,   ///< secondary text (who holds a claim, a subtitle)
    };
    /// Saturated fills for categories. Grey follows the palette; the others are the same on light
    /// and dark palettes (they sit on their own background) and carry text in textOnFill().
    enum class Hue { Blue, Green, Amber, Orange, Red, Slate, Purple, Teal, Grey };

    static constexpr double kMinimumContrast = 4.5;        ///< WCAG 2 AA for body text
    static constexpr double kMinimumGraphicContrast = 3.0; ///< WCAG 2 AA for shapes (chart bars)

    explicit SemanticColors(const QPalette &palette);
    /// The colours for @p widget's palette (the application's when @p widget is null).
    static SemanticColors of(const QWidget *widget);
    /// A dark palette as dark desktop themes set it (Breeze Dark's and Fusion-dark recipes are
    /// alike): what `screenshot --dark` and tst_palettecontrast run under.
    static QPalette darkPalette();

    bool isDark() const { return m_dark; }
    const QPalette &palette() const { return m_palette; }

    /// Text in @p role, readable on the palette's Base and Window.
    QColor text(Role role) const;
    /// A tinted background for a message or banner in @p role; the palette's own text and
    /// textOn(@p role) are readable on it.
    QColor background(Role role) const;
    QColor textOn(Role role) const;

    QColor fill(Hue hue) const;
    QColor fill(Role role) const { return fill(hueOf(role)); }
    QColor textOnFill(Hue hue) const;
    QColor textOnFill(Role role) const { return textOnFill(hueOf(role)); }
    static Hue hueOf(Role role);
    /// Colour of the @p index-th chart series (cycles), standing out from the palette's Base.
    QColor series(int index) const;

    /// The backdrop behind pages in the document viewer and the text drawn on it.
    QColor desk() const;
    QColor textOnDesk() const;

    /// Style sheet fragments: "color: #rrggbb;" and "background: #…; color: #…;".
    QString textStyle(Role role) const;
    QString bannerStyle(Role role) const;
    /// @p html wrapped in a span coloured for @p role (for rich-text labels and previews).
    QString html(Role role, const QString &html) const;
    /// Gives @p widget's text (WindowText, Text) the colour of @p role in its own palette, the rest
    /// inherited: a plain-text label in a role's colour (a rich-text one is laid out by a
    /// QTextDocument at every size query and paint). uncolorText() takes it back.
    void colorText(QWidget *widget, Role role) const;
    static void uncolorText(QWidget *widget);

    /// Colours a chart for the palette: background, title, legend, axes and every bar set.
    void style(QChart *chart) const;

    /// WCAG 2 contrast ratio of two opaque colours (1 … 21).
    static double contrast(const QColor &a, const QColor &b);
    /// @p preferred, moved towards black or white until it has @p minimum contrast against each
    /// of @p backgrounds (as far as that is possible).
    static QColor readable(const QColor &preferred, std::initializer_list<QColor> backgrounds,
                           double minimum = kMinimumContrast);

private:
    QPalette m_palette;
    bool m_dark;
};

/// Makes a checkable @p button (a segment of a Day/Week/Month switch) show its checked state in the
/// palette's highlight colours, as a selected item is shown: some styles (Fusion with a dark palette)
/// draw a checked tool button barely darker than the others. Follows the button's toggles and the
/// palette of its parent (a theme switch).
void highlightWhenChecked(QAbstractButton *button);

} // namespace adesk
