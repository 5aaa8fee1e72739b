#pragma once

#include "models/bays/bayschedule.h"

#include <QColor>
#include <QPalette>

namespace adesk::bookingcolors {

/// Colours of the calendar (views only; models carry no colours).
inline QColor fill(BookingStatus s) {
    switch (s) {
    case BookingStatus::Requested:
        return QColor(0xf6, 0xc3, 0x44); // amber: waiting for the owner
    case BookingStatus::Confirmed:
        return QColor(0x3b, 0x7d, 0xd8);
    case BookingStatus::CheckedIn:
        return QColor(0x2e, 0x9e, 0x5b);
    case BookingStatus::Completed:
        return QColor(0x8a, 0x99, 0xa8);
    case BookingStatus::Cancelled:
        return QColor(0xe0, 0xe0, 0xe0);
    case BookingStatus::NoShow:
        return QColor(0xd9, 0x6c, 0x6c);
    }
    return Qt::gray;
}
inline QColor text(BookingStatus s) {
    return s == BookingStatus::Requested || s == BookingStatus::Cancelled ? QColor(0x20, 0x20, 0x20)
                                                                          : Qt::white;
}
inline QColor closed(const QPalette &p) {
    QColor c = p.color(QPalette::Window).darker(112);
    return c;
}
inline QColor closure(const QPalette &) {
    return QColor(0x9a, 0x5b, 0x5b);
}
inline QColor buffer(const QPalette &) {
    return QColor(0x80, 0x80, 0x80, 70);
}
inline QColor ghost(const QPalette &p) {
    QColor c = p.color(QPalette::Highlight);
    c.setAlpha(80);
    return c;
}
inline QColor nowLine() {
    return QColor(0xd0, 0x21, 0x21);
}

} // namespace adesk::bookingcolors
