#pragma once

#include "models/core/requestkey.h"
#include "models/core/result.h"
#include "models/routing/routingtypes.h"

#include <QHash>
#include <QSqlDatabase>

namespace adesk {

/// Smart routing (migration 0024): every call goes through a SECURITY DEFINER function that checks
/// the caller (owners: their workshops only).
class RoutingRepository {
public:
    /// desk.get_mechanics_for_routing: the ranked candidates of a sample request.
    static Result<QList<RoutingCandidate>> preview(QSqlDatabase &db, const RoutingQuery &query);
    /// desk.why_matched: the ranking of stored request @p requestId.
    static Result<QList<RoutingCandidate>> whyMatched(QSqlDatabase &db, qint64 requestId);
    /// desk.set_workshop_routing (keyed): the routing type now in force.
    static Result<QString> setWorkshopRouting(QSqlDatabase &db, const RequestKey &key, qint64 workshopId,
                                              const QString &routingType);
    /// The postal code of every workshop the caller may read (RLS): the preview's starting point.
    static Result<QHash<qint64, QString>> workshopPostalCodes(QSqlDatabase &db);
    /// desk.get_workshop_directory, by name (at most 500 workshops).
    static Result<QList<DirectoryRow>> directory(QSqlDatabase &db);
    /// desk.workshop_session_analytics: the last @p months months, oldest first.
    static Result<QList<AnalyticsMonth>> analytics(QSqlDatabase &db, qint64 workshopId, int months);
};

} // namespace adesk
