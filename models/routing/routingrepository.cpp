#include "models/routing/routingrepository.h"

#include "models/core/sqlquery.h"

namespace adesk {

namespace {
const QString kCandidateColumns = QStringLiteral(
    "mechanic_id, notify_order, wave, notified, in_workshop, total_points, fsa_points, distance_km, "
    "is_local, "
    "available_points, brand_points, keyword_points, rating_points, experience_points, favourite_points, "
    "array_to_string(reasons, ' '), coalesce(fallback, ''), display_name, service_tier, "
    "coalesce(workshop_name, ''), "
    "coalesce(rating_bp, -1), average_response_seconds, routing_type, match_method, accepted");

QString textArray(const QStringList &items) {
    QStringList quoted;
    for (QString s : items) {
        s.replace(u'\\', u"\\\\"_qs).replace(u'"', u"\\\""_qs);
        quoted << u'"' + s + u'"';
    }
    return u'{' + quoted.join(u',') + u'}';
}

QList<RoutingCandidate> candidates(SqlQuery &q) {
    QList<RoutingCandidate> out;
    while (q.next()) {
        RoutingCandidate c;
        c.mechanicId = q.value(0).toLongLong();
        c.notifyOrder = q.value(1).toInt();
        c.wave = q.value(2).toInt();
        c.notified = q.value(3).toBool();
        c.inWorkshop = q.value(4).toBool();
        c.totalPoints = q.value(5).toInt();
        c.fsaPoints = q.value(6).toInt();
        c.distanceKm = q.value(7).toInt();
        c.isLocal = q.value(8).toBool();
        c.availablePoints = q.value(9).toInt();
        c.brandPoints = q.value(10).toInt();
        c.keywordPoints = q.value(11).toInt();
        c.ratingPoints = q.value(12).toInt();
        c.experiencePoints = q.value(13).toInt();
        c.favouritePoints = q.value(14).toInt();
        c.reasons = q.value(15).toString().split(u' ', Qt::SkipEmptyParts);
        c.fallback = q.value(16).toString();
        c.name = q.value(17).toString();
        c.serviceTier = q.value(18).toString();
        c.workshopName = q.value(19).toString();
        c.ratingBp = q.value(20).toInt();
        c.averageResponseSeconds = q.value(21).toInt();
        c.routingType = q.value(22).toString();
        c.matchMethod = q.value(23).toString();
        c.accepted = q.value(24).toBool();
        out.append(c);
    }
    return out;
}
} // namespace

Result<QList<RoutingCandidate>> RoutingRepository::preview(QSqlDatabase &db, const RoutingQuery &query) {
    SqlQuery q(db,
               u"SELECT %1 FROM desk.get_mechanics_for_routing(nullif(?::bigint, 0), nullif(?::text, ''), "
               "?::text, NULL::text, nullif(?::text, ''), ?::timestamptz, nullif(?::text, ''), ?::boolean, "
               "?::text[], ?::boolean, ?::text)"_qs.arg(kCandidateColumns));
    q.bind(query.workshopId)
        .bind(query.routingType)
        .bind(query.sessionType)
        .bind(query.postalCode)
        .bind(query.at.isValid() ? QVariant(query.at.toUTC().toString(Qt::ISODate)) : QVariant())
        .bind(query.brand)
        .bind(query.wantsSpecialist)
        .bind(textArray(query.keywords))
        .bind(query.preferLocal)
        .bind(query.matchMethod);
    if (!q.exec())
        return q.error();
    return candidates(q);
}

Result<QList<RoutingCandidate>> RoutingRepository::whyMatched(QSqlDatabase &db, qint64 requestId) {
    SqlQuery q(db, u"SELECT %1 FROM desk.why_matched(?)"_qs.arg(kCandidateColumns));
    q.bind(requestId);
    if (!q.exec())
        return q.error();
    return candidates(q);
}

Result<QString> RoutingRepository::setWorkshopRouting(QSqlDatabase &db, const RequestKey &key,
                                                      qint64 workshopId, const QString &routingType) {
    SqlQuery q(db, QStringLiteral("SELECT desk.set_workshop_routing(?::uuid, ?, ?)"));
    q.bind(key.toString()).bind(workshopId).bind(routingType);
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toString();
}

Result<QHash<qint64, QString>> RoutingRepository::workshopPostalCodes(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral("SELECT id, postal_code FROM desk.organizations ORDER BY id"));
    if (!q.exec())
        return q.error();
    QHash<qint64, QString> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    return out;
}

Result<QList<DirectoryRow>> RoutingRepository::directory(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral(
                       "SELECT workshop_id, name, city, province, routing_type, mechanics, "
                       "available_mechanics, coalesce(average_rating_bp, -1), sessions_completed, "
                       "coalesce(average_response_seconds, -1) FROM desk.get_workshop_directory(500, 0)"));
    if (!q.exec())
        return q.error();
    QList<DirectoryRow> out;
    while (q.next()) {
        DirectoryRow r;
        r.workshopId = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.city = q.value(2).toString();
        r.province = q.value(3).toString();
        r.routingType = q.value(4).toString();
        r.mechanics = q.value(5).toInt();
        r.availableMechanics = q.value(6).toInt();
        r.averageRatingBp = q.value(7).toInt();
        r.sessionsCompleted = q.value(8).toLongLong();
        r.averageResponseSeconds = q.value(9).toInt();
        out.append(r);
    }
    return out;
}

Result<QList<AnalyticsMonth>> RoutingRepository::analytics(QSqlDatabase &db, qint64 workshopId, int months) {
    SqlQuery q(db, QStringLiteral("SELECT month, requests, accepted_by_workshop, served_elsewhere, "
                                  "sessions_completed, coalesce(median_accept_seconds, -1) "
                                  "FROM desk.workshop_session_analytics(?, ?)"));
    q.bind(workshopId).bind(months);
    if (!q.exec())
        return q.error();
    QList<AnalyticsMonth> out;
    while (q.next()) {
        AnalyticsMonth m;
        m.month = q.value(0).toDate();
        m.requests = q.value(1).toInt();
        m.acceptedByWorkshop = q.value(2).toInt();
        m.servedElsewhere = q.value(3).toInt();
        m.sessionsCompleted = q.value(4).toInt();
        m.medianAcceptSeconds = q.value(5).toInt();
        out.append(m);
    }
    return out;
}

} // namespace adesk
