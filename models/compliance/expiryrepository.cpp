#include "models/compliance/expiryrepository.h"

#include "models/core/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace adesk {

namespace {
QDateTime fromEpoch(const QVariant &v) {
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble() * 1000.0), Qt::UTC);
}
QVariant dateOrNull(const QDate &d) {
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}
} // namespace

Result<QList<ExpiryRow>> ExpiryRepository::board(QSqlDatabase &db, int withinDays) {
    SqlQuery q(db, QStringLiteral("SELECT verification_id, entity_type, entity_id, entity_name, "
                                  "coalesce(province, ''), verification_type, expiry_date::text, days_left, "
                                  "withdraws_physical_work, bookings_at_risk, partnerships_at_risk, "
                                  "reminders::text FROM desk.expiry_board(?)"));
    q.bind(withinDays);
    if (!q.exec())
        return q.error();
    QList<ExpiryRow> out;
    while (q.next()) {
        ExpiryRow r;
        r.verificationId = q.value(0).toLongLong();
        r.entityType = verification::entityTypeFromSql(q.value(1).toString());
        r.entityId = q.value(2).toLongLong();
        r.entityName = q.value(3).toString();
        r.province = q.value(4).toString();
        r.type = verification::typeFromSql(q.value(5).toString());
        r.expiryDate = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        r.daysLeft = q.value(7).toInt();
        r.withdrawsPhysicalWork = q.value(8).toBool();
        r.bookingsAtRisk = q.value(9).toInt();
        r.partnershipsAtRisk = q.value(10).toInt();
        for (const QJsonValue &v : QJsonDocument::fromJson(q.value(11).toString().toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            r.reminders.append(
                {o.value(u"threshold_days").toInt(), fromEpoch(o.value(u"sent_at").toDouble())});
        }
        out.append(r);
    }
    return out;
}

Result<int> ExpiryRepository::sendReminders(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral("SELECT desk.send_expiry_reminders()"));
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toInt();
}

Result<QList<TransitionPeriod>> ExpiryRepository::transitions(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral("SELECT id, name, starts_on::text, tier_choice_deadline::text, "
                                  "documents_deadline::text FROM desk.transition_periods "
                                  "ORDER BY starts_on DESC, id DESC LIMIT 200"));
    if (!q.exec())
        return q.error();
    QList<TransitionPeriod> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(),
                    QDate::fromString(q.value(2).toString(), Qt::ISODate),
                    QDate::fromString(q.value(3).toString(), Qt::ISODate),
                    QDate::fromString(q.value(4).toString(), Qt::ISODate)});
    return out;
}

Result<qint64> ExpiryRepository::createTransition(QSqlDatabase &db, const RequestKey &key,
                                                  const QString &name, const QDate &startsOn,
                                                  const QDate &tierChoiceDeadline,
                                                  const QDate &documentsDeadline) {
    SqlQuery q(db,
               QStringLiteral("SELECT desk.create_transition_period(?::uuid, ?, ?::date, ?::date, ?::date)"));
    q.bind(key.toString())
        .bind(name)
        .bind(dateOrNull(startsOn))
        .bind(dateOrNull(tierChoiceDeadline))
        .bind(dateOrNull(documentsDeadline));
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<QList<LaggardRow>> ExpiryRepository::laggards(QSqlDatabase &db, qint64 transitionId) {
    SqlQuery q(db, QStringLiteral("SELECT mechanic_id, display_name, coalesce(province, ''), service_tier, "
                                  "extract(epoch FROM tier_chosen_at), missed, deadline::text, days_overdue "
                                  "FROM desk.transition_laggards(?)"));
    q.bind(transitionId);
    if (!q.exec())
        return q.error();
    QList<LaggardRow> out;
    while (q.next()) {
        LaggardRow r;
        r.mechanicId = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.province = q.value(2).toString();
        r.serviceTier = q.value(3).toString();
        r.tierChosenAt = fromEpoch(q.value(4));
        r.missed = fromCode<TransitionMiss>(q.value(5).toString(), TransitionMiss::TierChoice);
        r.deadline = QDate::fromString(q.value(6).toString(), Qt::ISODate);
        r.daysOverdue = q.value(7).toInt();
        out.append(r);
    }
    return out;
}

} // namespace adesk
