#include "models/bays/bayschedule.h"

#include <algorithm>

#include <QCoreApplication>

namespace adesk {

namespace bookingstatus {

QString toSql(BookingStatus s) {
    switch (s) {
    case BookingStatus::Requested:
        return QStringLiteral("requested");
    case BookingStatus::Confirmed:
        return QStringLiteral("confirmed");
    case BookingStatus::CheckedIn:
        return QStringLiteral("checked_in");
    case BookingStatus::Completed:
        return QStringLiteral("completed");
    case BookingStatus::Cancelled:
        return QStringLiteral("cancelled");
    case BookingStatus::NoShow:
        return QStringLiteral("no_show");
    }
    return {};
}

BookingStatus fromSql(const QString &s) {
    if (s == u"confirmed")
        return BookingStatus::Confirmed;
    if (s == u"checked_in")
        return BookingStatus::CheckedIn;
    if (s == u"completed")
        return BookingStatus::Completed;
    if (s == u"cancelled")
        return BookingStatus::Cancelled;
    if (s == u"no_show")
        return BookingStatus::NoShow;
    return BookingStatus::Requested;
}

QString label(BookingStatus s) {
    switch (s) {
    case BookingStatus::Requested:
        return QCoreApplication::translate("BookingStatus", "Requested");
    case BookingStatus::Confirmed:
        return QCoreApplication::translate("BookingStatus", "Confirmed");
    case BookingStatus::CheckedIn:
        return QCoreApplication::translate("BookingStatus", "Checked in");
    case BookingStatus::Completed:
        return QCoreApplication::translate("BookingStatus", "Completed");
    case BookingStatus::Cancelled:
        return QCoreApplication::translate("BookingStatus", "Cancelled");
    case BookingStatus::NoShow:
        return QCoreApplication::translate("BookingStatus", "No-show");
    }
    return {};
}

bool isLive(BookingStatus s) {
    return s != BookingStatus::Cancelled && s != BookingStatus::NoShow;
}

bool canChange(BookingStatus from, BookingStatus to) {
    using S = BookingStatus;
    switch (from) {
    case S::Requested:
        return to == S::Confirmed || to == S::Cancelled;
    case S::Confirmed:
        return to == S::CheckedIn || to == S::Cancelled || to == S::NoShow || to == S::Requested;
    case S::CheckedIn:
        return to == S::Completed || to == S::Confirmed || to == S::Cancelled;
    case S::Completed:
        return to == S::CheckedIn;
    case S::Cancelled:
        return to == S::Requested || to == S::Confirmed;
    case S::NoShow:
        return to == S::Confirmed;
    }
    return false;
}

bool canMove(BookingStatus s) {
    return s == BookingStatus::Requested || s == BookingStatus::Confirmed || s == BookingStatus::CheckedIn;
}

} // namespace bookingstatus

QList<OpeningHours> WorkshopCalendar::shiftsOn(QDate day) const {
    QList<OpeningHours> out;
    for (const OpeningHours &h : hours) {
        if (h.appliesOn(day))
            out.append(h);
    }
    std::sort(out.begin(), out.end(),
              [](const OpeningHours &a, const OpeningHours &b) { return a.opens < b.opens; });
    return out;
}

const Bay *WorkshopCalendar::bay(qint64 id) const {
    for (const Bay &b : bays) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

QTime WorkshopCalendar::earliestOpening() const {
    QTime t;
    for (const OpeningHours &h : hours)
        t = !t.isValid() || h.opens < t ? h.opens : t;
    return t.isValid() ? t : QTime(8, 0);
}

QTime WorkshopCalendar::latestClosing() const {
    QTime t;
    for (const OpeningHours &h : hours)
        t = !t.isValid() || h.closes > t ? h.closes : t;
    return t.isValid() ? t : QTime(18, 0);
}

} // namespace adesk
