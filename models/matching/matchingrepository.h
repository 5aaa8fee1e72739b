#pragma once

#include "models/core/requestkey.h"
#include "models/core/result.h"
#include "models/matching/matchingtypes.h"

#include <QSqlDatabase>

namespace adesk {

/// Mechanic matching (migration 0025) as the desk reads and configures it. Every call goes through
/// the SECURITY DEFINER functions, which check the caller (admins; owners for their workshop's
/// live requests; the rules editor for admins only).
class MatchingRepository {
public:
    /// desk.live_requests(): pending requests first, then the last 24 hours' decided ones.
    static Result<QList<matching::LiveRequest>> liveRequests(QSqlDatabase &db);
    /// desk.request_offers_of(p_request_id): by wave, then notification order.
    static Result<QList<matching::Offer>> offers(QSqlDatabase &db, qint64 requestId);
    /// desk.matching_rules, by code.
    static Result<QList<matching::Rule>> rules(QSqlDatabase &db);
    /// desk.set_matching_rule (keyed): the stored value.
    static Result<int> setRule(QSqlDatabase &db, const RequestKey &key, const QString &code, int value);
    /// desk.advance_session_requests(now()): the sweep.
    static Result<matching::SweepCounts> sweep(QSqlDatabase &db);
    /// desk.kpi_matching(p_months): oldest month first.
    static Result<QList<matching::KpiMonth>> kpis(QSqlDatabase &db, int months);
};

} // namespace adesk
