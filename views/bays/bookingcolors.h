#pragma once

#include "models/bays/bayschedule.h"
#include "views/common/semanticcolors.h"

#include <QColor>
#include <QPalette>

namespace adesk::bookingcolors {

/// Colours of the calendar (views only; models carry no colours), from the palette's semantic
/// colours (views/common/semanticcolors.h).
inline SemanticColors::Hue hue(BookingStatus s) {
    switch (s) {
    case BookingStatus::Requested:
        return SemanticColors::Hue::Amber; // waiting for the owner
    case BookingStatus::Confirmed:
        return SemanticColors::Hue::Blue;
    case BookingStatus::CheckedIn:
        return SemanticColors::Hue::Green;
    case BookingStatus::Completed:
        return SemanticColors::Hue::Slate;
    case BookingStatus::Cancelled:
        return SemanticColors::Hue::Grey;
    case BookingStatus::NoShow:
        return SemanticColors::Hue::Red;
    }
    return SemanticColors::Hue::Grey;
}
inline QColor fill(const QPalette &p, BookingStatus s) {
    return SemanticColors(p).fill(hue(s));
}
inline QColor text(const QPalette &p, BookingStatus s) {
    return SemanticColors(p).textOnFill(hue(s));
}
inline QColor closed(const QPalette &p) {
    return p.color(QPalette::Window).darker(112);
}
/// Hatching over a closure, and the line through "now", and a refused drop.
inline QColor closure(const QPalette &p) {
    return SemanticColors(p).text(SemanticColors::Role::Error);
}
inline QColor buffer(const QPalette &p) {
    QColor c = p.color(QPalette::Text);
    c.setAlpha(60);
    return c;
}
inline QColor ghost(const QPalette &p) {
    QColor c = p.color(QPalette::Highlight);
    c.setAlpha(80);
    return c;
}
inline QColor nowLine(const QPalette &p) {
    return SemanticColors(p).text(SemanticColors::Role::Error);
}

} // namespace adesk::bookingcolors
