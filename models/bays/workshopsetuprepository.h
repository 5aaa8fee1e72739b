#pragma once

#include "models/bays/workshopsetup.h"
#include "models/core/requestkey.h"
#include "models/core/result.h"

#include <QSqlDatabase>

namespace adesk {

/// Bays, opening hours and closures as the workshop setup dialog edits them (migration 0014). Static
/// calls on the calling worker's connection. Every write is a uuid-keyed SECURITY DEFINER function
/// taking the row's version (bays.version, organizations.hours_version, bay_closures.version):
/// 40001 when it moved, 23514 with the database's reason for a rule, and 23514 with DETAIL
/// `bookings=1,2,3` when live bookings are in the way (workshopsetup::bookingsInTheWay); calling
/// again with those ids and a reason cancels them in the same transaction.
class WorkshopSetupRepository {
public:
    static Result<WorkshopSetup> load(QSqlDatabase &db, qint64 workshopId);

    /// desk.save_bay (bay.id 0: a new bay); returns its id and version.
    static Result<SetupWriteResult> saveBay(QSqlDatabase &db, const RequestKey &key, qint64 workshopId,
                                            const BaySetup &bay);
    /// desk.set_bay_out_of_service (@p from null: back in service); returns the new version.
    static Result<SetupWriteResult> setBayOutOfService(QSqlDatabase &db, const RequestKey &key, qint64 bayId,
                                                       int version, QDate from,
                                                       const QList<qint64> &cancelBookingIds = {},
                                                       const QString &reason = {});
    /// desk.set_opening_hours; returns the new hours version.
    static Result<SetupWriteResult> setOpeningHours(QSqlDatabase &db, const RequestKey &key,
                                                    qint64 workshopId, int hoursVersion, int weekday,
                                                    QDate effectiveFrom, const QList<Shift> &shifts,
                                                    const QList<qint64> &cancelBookingIds = {},
                                                    const QString &reason = {});
    /// desk.add_closure (@p closure.bayId 0: the whole workshop); returns its id.
    static Result<SetupWriteResult> addClosure(QSqlDatabase &db, const RequestKey &key, qint64 workshopId,
                                               const ClosureSetup &closure,
                                               const QList<qint64> &cancelBookingIds = {},
                                               const QString &cancelReason = {});
    /// desk.remove_closure.
    static Result<SetupWriteResult> removeClosure(QSqlDatabase &db, const RequestKey &key, qint64 id,
                                                  int version);

    /// desk.workshop_physical_work_problems on local date @p day (null: the workshop's today); empty: none.
    static Result<QStringList> physicalWorkProblems(QSqlDatabase &db, qint64 workshopId, QDate day);
};

} // namespace adesk
