#pragma once

#include "models/bays/bayschedule.h"
#include "models/core/requestkey.h"
#include "models/core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>

namespace adesk {

/// Bays, opening hours, closures and bookings (migration 0003). One access class per table family:
/// static calls on the calling worker thread's connection (inside DbExecutor::run, never on the GUI
/// thread). Every write goes through the SECURITY DEFINER functions desk.create_booking,
/// desk.move_booking and desk.set_booking_status, which check the version and raise 23P01 naming
/// the clashing booking; each write takes the RequestKey of the user intent (models/core/requestkey.h),
/// so that a retry has its effect once and returns the first result.
class BookingRepository {
public:
    /// Workshops the caller may manage (RLS: all for admins, their own for owners), by name.
    static Result<QList<WorkshopRef>> workshops(QSqlDatabase &db);

    /// Bays, hours, mechanics allowed to book, closures overlapping [from, to) of one workshop.
    static Result<WorkshopCalendar> loadCalendar(QSqlDatabase &db, qint64 workshopId, const QDateTime &from,
                                                 const QDateTime &to);

    /// The bookings query of the calendar: spans overlapping [from, to) of one workshop, all
    /// statuses, by start. Public so the benchmark can time the bare query beside the model.
    static QString bookingsSql();
    static QVariantList bookingsBinds(qint64 workshopId, const QDateTime &from, const QDateTime &to);
    static Result<QList<Booking>> fetchBookings(QSqlDatabase &db, qint64 workshopId, const QDateTime &from,
                                                const QDateTime &to);
    /// The given bookings (for live updates); ids no longer visible are absent from the result.
    static Result<QList<Booking>> fetchBookingsById(QSqlDatabase &db, const QList<qint64> &ids);
    /// Bookings of a bay or a mechanic (0: any) in [from, to), for the iCalendar export.
    static Result<QList<Booking>> fetchForExport(QSqlDatabase &db, qint64 workshopId, qint64 bayId,
                                                 qint64 mechanicId, const QDateTime &from,
                                                 const QDateTime &to);
    /// Requested bookings from @p from on (the pending list), by start.
    static Result<QList<Booking>> fetchPending(QSqlDatabase &db, qint64 workshopId, const QDateTime &from);

    /// desk.create_booking; returns the new id.
    static Result<qint64> create(QSqlDatabase &db, const RequestKey &key, const NewBooking &b);
    /// desk.move_booking; returns the new version.
    static Result<int> move(QSqlDatabase &db, const RequestKey &key, qint64 id, int version, qint64 bayId,
                            const QDateTime &start, const QDateTime &end);
    /// desk.set_booking_status; returns the new version.
    static Result<int> setStatus(QSqlDatabase &db, const RequestKey &key, qint64 id, int version,
                                 BookingStatus status, const QString &reason = {});

    /// desk.bay_utilization for local dates [from, to).
    static Result<QList<BayUtilization>> utilization(QSqlDatabase &db, qint64 workshopId, QDate from,
                                                     QDate to);

private:
    static Booking readBooking(const QVariantList &values);
};

} // namespace adesk
