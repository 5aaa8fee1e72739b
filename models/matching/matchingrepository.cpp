#include "models/matching/matchingrepository.h"

#include "models/core/sqlquery.h"

namespace adesk {

namespace {
QDateTime fromEpoch(const QVariant &v) {
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble() * 1000.0), Qt::UTC);
}
double orMinus(const QVariant &v) {
    return v.isNull() ? -1.0 : v.toDouble();
}
} // namespace

Result<QList<matching::LiveRequest>> MatchingRepository::liveRequests(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral(
                       "SELECT id, extract(epoch FROM created_at), age_seconds, session_type, "
                       "coalesce(fsa, ''), routing_type, match_method, status, coalesce(current_wave, -1), "
                       "offers, open_offers, extract(epoch FROM window_ends_at), past_window, "
                       "coalesce(fallback, '') FROM desk.live_requests() LIMIT 500"));
    if (!q.exec())
        return q.error();
    QList<matching::LiveRequest> out;
    while (q.next()) {
        matching::LiveRequest r;
        r.id = q.value(0).toLongLong();
        r.createdAt = fromEpoch(q.value(1));
        r.ageSeconds = q.value(2).toInt();
        r.sessionType = q.value(3).toString();
        r.fsa = q.value(4).toString();
        r.routingType = q.value(5).toString();
        r.matchMethod = q.value(6).toString();
        r.status = q.value(7).toString();
        r.wave = q.value(8).toInt();
        r.offers = q.value(9).toInt();
        r.openOffers = q.value(10).toInt();
        r.windowEndsAt = fromEpoch(q.value(11));
        r.pastWindow = q.value(12).toBool();
        r.fallback = q.value(13).toString();
        out.append(r);
    }
    return out;
}

Result<QList<matching::Offer>> MatchingRepository::offers(QSqlDatabase &db, qint64 requestId) {
    SqlQuery q(
        db, QStringLiteral("SELECT mechanic_id, mechanic_name, wave, notify_order, total_points, is_local, "
                           "array_to_string(reasons, '|'), extract(epoch FROM offered_at), "
                           "extract(epoch FROM window_ends_at), coalesce(response, '') "
                           "FROM desk.request_offers_of(?)"));
    q.bind(requestId);
    if (!q.exec())
        return q.error();
    QList<matching::Offer> out;
    while (q.next()) {
        matching::Offer o;
        o.mechanicId = q.value(0).toLongLong();
        o.mechanicName = q.value(1).toString();
        o.wave = q.value(2).toInt();
        o.notifyOrder = q.value(3).toInt();
        o.totalPoints = q.value(4).toInt();
        o.isLocal = q.value(5).toBool();
        o.reasons = q.value(6).toString().split(u'|', Qt::SkipEmptyParts);
        o.offeredAt = fromEpoch(q.value(7));
        o.windowEndsAt = fromEpoch(q.value(8));
        o.response = q.value(9).toString();
        out.append(o);
    }
    return out;
}

Result<QList<matching::Rule>> MatchingRepository::rules(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral("SELECT code, value, unit, note FROM desk.matching_rules ORDER BY code"));
    if (!q.exec())
        return q.error();
    QList<matching::Rule> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

Result<int> MatchingRepository::setRule(QSqlDatabase &db, const RequestKey &key, const QString &code,
                                        int value) {
    SqlQuery q(db, QStringLiteral("SELECT desk.set_matching_rule(?::uuid, ?, ?)"));
    q.bind(key.toString()).bind(code).bind(value);
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toInt();
}

Result<matching::SweepCounts> MatchingRepository::sweep(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral("SELECT timed_out, second_waves, offers, expired "
                                  "FROM desk.advance_session_requests(clock_timestamp())"));
    if (!q.exec())
        return q.error();
    q.next();
    return matching::SweepCounts{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt(),
                                 q.value(3).toInt()};
}

Result<QList<matching::KpiMonth>> MatchingRepository::kpis(QSqlDatabase &db, int months) {
    SqlQuery q(db, QStringLiteral("SELECT month, requests, accepted, acceptance_pct, top_match_pct, "
                                  "median_accept_seconds, p90_accept_seconds, fallback_pct, local_match_pct, "
                                  "average_match_score FROM desk.kpi_matching(?)"));
    q.bind(months);
    if (!q.exec())
        return q.error();
    QList<matching::KpiMonth> out;
    while (q.next()) {
        matching::KpiMonth m;
        m.month = q.value(0).toDate();
        m.requests = q.value(1).toInt();
        m.accepted = q.value(2).toInt();
        m.acceptancePct = orMinus(q.value(3));
        m.topMatchPct = orMinus(q.value(4));
        m.medianAcceptSeconds = q.value(5).isNull() ? -1 : q.value(5).toInt();
        m.p90AcceptSeconds = q.value(6).isNull() ? -1 : q.value(6).toInt();
        m.fallbackPct = orMinus(q.value(7));
        m.localMatchPct = orMinus(q.value(8));
        m.averageScore = orMinus(q.value(9));
        out.append(m);
    }
    return out;
}

} // namespace adesk
