#pragma once

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace adesk {

/// Status of a bay booking (desk.bay_bookings.status). Live statuses occupy the bay.
enum class BookingStatus : quint8 { Requested, Confirmed, CheckedIn, Completed, Cancelled, NoShow };

namespace bookingstatus {
QString toSql(BookingStatus s);
BookingStatus fromSql(const QString &s);
/// Translated label ("Requested", "Checked in", …).
QString label(BookingStatus s);
/// Occupies the bay (the exclusion constraint covers it): requested, confirmed, checked in, completed.
bool isLive(BookingStatus s);
/// Mirrors desk.booking_transitions (migration 0003): what the calendar offers for a booking.
bool canChange(BookingStatus from, BookingStatus to);
bool canMove(BookingStatus s);
} // namespace bookingstatus

/// A service bay of a workshop.
struct Bay {
    qint64 id = 0;
    qint64 workshopId = 0;
    QString name;
    QString type; ///< lift | alignment_rack | diagnostic | general | paint | tire
    bool active = true;
    qint64 hourlyRateCents = 0;
    int sortOrder = 0;
};

/// One shift of one ISO weekday (1 = Monday), wall clock in the workshop's zone, over the local
/// dates [effectiveFrom, effectiveUntil) (null: unbounded). A day may have several (split shifts).
struct OpeningHours {
    int weekday = 1;
    QTime opens;
    QTime closes;
    QDate effectiveFrom;
    QDate effectiveUntil;
    bool appliesOn(QDate day) const {
        return day.dayOfWeek() == weekday && (!effectiveFrom.isValid() || day >= effectiveFrom) &&
               (!effectiveUntil.isValid() || day < effectiveUntil);
    }
};

/// A holiday (bayId 0: the whole workshop) or a maintenance block on one bay. UTC instants.
struct Closure {
    qint64 id = 0;
    qint64 bayId = 0;
    QString kind; ///< holiday | maintenance | other
    QDateTime start;
    QDateTime end;
    QString reason;
};

/// A mechanic who may book the workshop's bays (desk.mechanic_may_work_at).
struct BookingMechanic {
    qint64 id = 0;
    QString name;
};

/// One booking as the calendar shows it. start/end are UTC; [start, end) plus bufferMinutes after.
struct Booking {
    qint64 id = 0;
    qint64 workshopId = 0;
    qint64 bayId = 0;
    qint64 mechanicId = 0;
    QString mechanicName;
    qint64 partnershipId = 0; ///< 0: none
    qint64 jobId = 0;         ///< 0: none
    QDateTime start;
    QDateTime end;
    int bufferMinutes = 0;
    BookingStatus status = BookingStatus::Requested;
    QString statusReason;
    QString notes;
    int version = 0;

    QDateTime bufferedEnd() const { return end.addSecs(qint64(bufferMinutes) * 60); }
    bool overlaps(const QDateTime &from, const QDateTime &to) const { return start < to && from < end; }
};

/// Everything about a workshop the calendar needs besides its bookings.
struct WorkshopCalendar {
    qint64 workshopId = 0;
    QString workshopName;
    QTimeZone zone;
    QList<Bay> bays;
    QList<OpeningHours> hours;
    QList<Closure> closures; ///< of the loaded range
    QList<BookingMechanic> mechanics;

    /// The shifts of local date @p day, by opening time (empty: closed that day).
    QList<OpeningHours> shiftsOn(QDate day) const;
    const Bay *bay(qint64 id) const;
    /// Earliest opening and latest closing over the week (08:00–18:00 when no hours are set).
    QTime earliestOpening() const;
    QTime latestClosing() const;
};

/// A workshop the signed-in person may manage (combo box of admins and multi-workshop owners).
struct WorkshopRef {
    qint64 id = 0;
    QString name;
    QString timeZone;
};

/// Utilization of one bay in one ISO week (desk.bay_utilization).
struct BayUtilization {
    qint64 bayId = 0;
    QString bayName;
    QDate weekStart;
    qint64 openMinutes = 0;
    qint64 bookedMinutes = 0;
    qint64 revenueCents = 0;
    double ratio() const { return openMinutes > 0 ? double(bookedMinutes) / double(openMinutes) : 0.0; }
};

/// A booking to create.
struct NewBooking {
    qint64 bayId = 0;
    qint64 mechanicId = 0;
    QDateTime start;
    QDateTime end;
    int bufferMinutes = 15;
    BookingStatus status = BookingStatus::Confirmed;
    QString notes;
};

} // namespace adesk

Q_DECLARE_METATYPE(adesk::Booking)
Q_DECLARE_METATYPE(adesk::WorkshopCalendar)
