#include "views/common/semanticcolors.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAbstractButton>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QLegend>
#include <QWidget>

#include <cmath>

namespace adesk {

namespace {

// The one table of screen colours.
using Role = SemanticColors::Role;
using Hue = SemanticColors::Hue;
// Per role, in the order of SemanticColors::Role: text on a light palette, text on a dark palette
// (both still pushed to 4.5:1 against the actual palette by SemanticColors::readable()) and the hue
// of its fills. Muted's text is derived from the palette's own text.
struct RoleColors {
    QRgb light;
    QRgb dark;
    Hue hue;
};
// clang-format off
constexpr RoleColors kRoles[] = {
    {0x1d7a3a, 0x7fd095, Hue::Green},  // Ok
    {0x1f5fae, 0x94bdf2, Hue::Blue},   // Info
    {0x8a5a00, 0xf0c35a, Hue::Amber},  // Warning
    {0xb54300, 0xffae70, Hue::Orange}, // Overdue
    {0xb3261e, 0xff9a8f, Hue::Red},    // Error
    {0, 0, Hue::Grey},                 // Muted
};
// The fixed hues, in the order of SemanticColors::Hue (Grey is derived from the palette).
constexpr QRgb kHues[] = {0x2f6db5 /*blue*/, 0x1e7a45 /*green*/, 0xf2c14e /*amber*/, 0xe07b24 /*orange*/,
                          0xc0392b /*red*/,  0x5d6b7a /*slate*/, 0x6b4c9a /*purple*/, 0x137a82 /*teal*/};
// clang-format on
static_assert(std::size(kRoles) == std::size_t(Role::Muted) + 1);
static_assert(std::size(kHues) == std::size_t(Hue::Grey));

/// Light and dark text candidates on fills.
const QColor kOnFillLight(0xff, 0xff, 0xff);
const QColor kOnFillDark(0x1a, 0x1a, 0x1a);

double channel(double c) {
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c) {
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

/// @p a blended with @p b: 0 = a, 1 = b.
QColor mix(const QColor &a, const QColor &b, double amount) {
    const QColor x = a.toRgb(), y = b.toRgb();
    return QColor::fromRgbF(float(x.redF() + (y.redF() - x.redF()) * amount),
                            float(x.greenF() + (y.greenF() - x.greenF()) * amount),
                            float(x.blueF() + (y.blueF() - x.blueF()) * amount));
}

QString hex(const QColor &c) {
    return c.name(QColor::HexRgb);
}

} // namespace

SemanticColors::SemanticColors(const QPalette &palette)
    : m_palette(palette)
    , m_dark(luminance(palette.color(QPalette::Text)) > luminance(palette.color(QPalette::Base))) {}

SemanticColors SemanticColors::of(const QWidget *widget) {
    return SemanticColors(widget ? widget->palette() : QApplication::palette());
}

double SemanticColors::contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor SemanticColors::readable(const QColor &preferred, std::initializer_list<QColor> backgrounds,
                                double minimum) {
    double mean = 0;
    for (const QColor &b : backgrounds)
        mean += luminance(b) / double(backgrounds.size());
    // Towards whichever end of the scale the backgrounds are far from.
    const QColor towards = (1.05 / (mean + 0.05)) > ((mean + 0.05) / 0.05) ? Qt::white : Qt::black;
    auto worst = [&](const QColor &c) {
        double w = 21;
        for (const QColor &b : backgrounds)
            w = std::min(w, contrast(c, b));
        return w;
    };
    QColor c = preferred.toRgb();
    for (int step = 1; step <= 20 && worst(c) < minimum; ++step)
        c = mix(preferred, towards, step / 20.0);
    return c;
}

SemanticColors::Hue SemanticColors::hueOf(Role role) {
    return kRoles[int(role)].hue;
}

QColor SemanticColors::text(Role role) const {
    const QColor base = m_palette.color(QPalette::Base);
    QColor preferred;
    if (role == Role::Muted) {
        preferred = mix(m_palette.color(QPalette::Text), base, 0.4);
    } else {
        preferred = QColor(m_dark ? kRoles[int(role)].dark : kRoles[int(role)].light);
    }
    return readable(preferred, {base, m_palette.color(QPalette::Window)});
}

QColor SemanticColors::background(Role role) const {
    const QColor base = m_palette.color(QPalette::Base);
    const QColor tint = mix(base, fill(role), m_dark ? 0.3 : 0.13);
    // The tint must not cost the palette's own text its contrast: give some of it back if it does.
    QColor c = tint;
    for (int step = 1; step <= 10 && contrast(c, m_palette.color(QPalette::Text)) < kMinimumContrast; ++step)
        c = mix(tint, base, step / 10.0);
    return c;
}

QColor SemanticColors::textOn(Role role) const {
    return readable(text(role), {background(role)});
}

QColor SemanticColors::fill(Hue hue) const {
    if (hue == Hue::Grey)
        return mix(m_palette.color(QPalette::Window), m_palette.color(QPalette::WindowText), 0.25);
    return QColor(kHues[int(hue)]);
}

QColor SemanticColors::textOnFill(Hue hue) const {
    const QColor f = fill(hue);
    return contrast(kOnFillLight, f) >= contrast(kOnFillDark, f) ? kOnFillLight : kOnFillDark;
}

QColor SemanticColors::series(int index) const {
    static constexpr Hue order[] = {Hue::Blue, Hue::Orange, Hue::Green, Hue::Purple,
                                    Hue::Teal, Hue::Red,    Hue::Amber, Hue::Slate};
    const int n = int(std::size(order));
    return readable(fill(order[((index % n) + n) % n]), {m_palette.color(QPalette::Base)},
                    kMinimumGraphicContrast);
}

QColor SemanticColors::desk() const {
    // A shade darker than the window, dark enough for textOnDesk() to be read on it.
    const QColor window = m_palette.color(QPalette::Window);
    double amount = m_dark ? 0.35 : 0.38;
    QColor d = mix(window, Qt::black, amount);
    while (amount < 1 && std::max(contrast(kOnFillLight, d), contrast(kOnFillDark, d)) < kMinimumContrast)
        d = mix(window, Qt::black, amount += 0.04);
    return d;
}

QColor SemanticColors::textOnDesk() const {
    const QColor d = desk();
    return contrast(kOnFillLight, d) >= contrast(kOnFillDark, d) ? kOnFillLight : kOnFillDark;
}

QString SemanticColors::textStyle(Role role) const {
    return QStringLiteral("color: %1;").arg(hex(text(role)));
}

QString SemanticColors::bannerStyle(Role role) const {
    return QStringLiteral("background: %1; color: %2;").arg(hex(background(role)), hex(textOn(role)));
}

QString SemanticColors::html(Role role, const QString &html) const {
    return QStringLiteral("<span style='color:%1'>%2</span>").arg(hex(text(role)), html);
}

void SemanticColors::colorText(QWidget *widget, Role role) const {
    const QColor c = text(role);
    if (widget->testAttribute(Qt::WA_SetPalette) && widget->palette().color(QPalette::WindowText) == c &&
        widget->palette().color(QPalette::Text) == c)
        return; // a label refreshed at every keystroke: no palette change, no repaint
    QPalette p; // nothing set: the rest follows the parent's palette
    p.setColor(QPalette::WindowText, c);
    p.setColor(QPalette::Text, c);
    widget->setPalette(p);
}

void SemanticColors::uncolorText(QWidget *widget) {
    if (widget->testAttribute(Qt::WA_SetPalette))
        widget->setPalette(QPalette());
}

void SemanticColors::style(QChart *chart) const {
    chart->setTheme(m_dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(m_palette.base());
    chart->setTitleBrush(m_palette.text());
    chart->legend()->setLabelColor(m_palette.color(QPalette::Text));
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(m_palette.color(QPalette::Text));
        axis->setTitleBrush(m_palette.text());
        axis->setGridLineColor(m_palette.color(QPalette::Mid));
        axis->setLinePenColor(m_palette.color(QPalette::Mid));
    }
    int index = 0;
    for (QAbstractSeries *s : chart->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(s)) {
            for (QBarSet *set : bars->barSets()) {
                const QColor c = series(index++);
                set->setColor(c);
                set->setBorderColor(c);
                set->setLabelColor(m_palette.color(QPalette::Text));
            }
        }
    }
}

QPalette SemanticColors::darkPalette() {
    QPalette p;
    const QColor window(0x35, 0x35, 0x35), base(0x2a, 0x2a, 0x2a), text(0xee, 0xee, 0xee);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x25));
    p.setColor(QPalette::Dark, QColor(0x20, 0x20, 0x20));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Link, QColor(0x2a, 0x82, 0xda));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

namespace {

/// Watches a button's parent for palette changes and the button for toggles (highlightWhenChecked).
class CheckedHighlight : public QObject {
public:
    explicit CheckedHighlight(QAbstractButton *button)
        : QObject(button)
        , m_button(button) {
        if (QWidget *parent = button->parentWidget())
            parent->installEventFilter(this);
        connect(button, &QAbstractButton::toggled, this, &CheckedHighlight::apply);
        apply();
    }

    void apply() {
        const QWidget *parent = m_button->parentWidget();
        QPalette palette = parent ? parent->palette() : QApplication::palette();
        if (m_button->isChecked()) {
            for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
                palette.setColor(group, QPalette::Button, palette.color(group, QPalette::Highlight));
                palette.setColor(group, QPalette::ButtonText,
                                 palette.color(group, QPalette::HighlightedText));
            }
        }
        m_button->setPalette(palette);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::PaletteChange && watched == m_button->parentWidget())
            apply();
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractButton *m_button;
};

} // namespace

void highlightWhenChecked(QAbstractButton *button) {
    if (button && !button->findChild<CheckedHighlight *>(QString(), Qt::FindDirectChildrenOnly))
        new CheckedHighlight(button);
}

} // namespace adesk
