#include "models/bays/workshopsetuprepository.h"

#include "models/core/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace adesk {

namespace {

QVariant nullOf(QMetaType type) {
    return QVariant(type);
}

QVariant dateOrNull(QDate d) {
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : nullOf(QMetaType::fromType<QString>());
}

QVariant textOrNull(const QString &s) {
    return s.isEmpty() ? nullOf(QMetaType::fromType<QString>()) : QVariant(s);
}

/// `{1,2,3}` as a bigint[] literal, or NULL for none.
QVariant idArray(const QList<qint64> &ids) {
    if (ids.isEmpty())
        return nullOf(QMetaType::fromType<QString>());
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return u'{' + parts.join(u',') + u'}';
}

QDate dateOf(const QVariant &v) {
    const QString s = v.toString();
    return s.isEmpty() ? QDate() : QDate::fromString(s, Qt::ISODate);
}

QTime timeOf(const QVariant &v) {
    return QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
}

SetupWriteResult readResult(const QVariant &json, const char *versionKey) {
    const QJsonObject o = QJsonDocument::fromJson(json.toString().toUtf8()).object();
    SetupWriteResult r;
    r.id = o.value(QStringLiteral("id")).toInteger();
    r.version = int(o.value(QLatin1String(versionKey)).toInteger());
    for (const QJsonValue &v : o.value(QStringLiteral("cancelled")).toArray())
        r.cancelled.append(v.toInteger());
    return r;
}

Result<SetupWriteResult> runWrite(SqlQuery &q, const char *versionKey) {
    if (!q.exec())
        return q.error();
    q.next();
    return readResult(q.value(0), versionKey);
}

} // namespace

Result<WorkshopSetup> WorkshopSetupRepository::load(QSqlDatabase &db, qint64 workshopId) {
    WorkshopSetup s;
    s.workshopId = workshopId;
    {
        SqlQuery q(db, QStringLiteral("SELECT name, time_zone, hours_version, "
                                      "((now() AT TIME ZONE time_zone)::date)::text "
                                      "FROM desk.organizations WHERE id = ?"));
        q.bind(workshopId);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return DbError::fromSqlState(QStringLiteral("P0002"),
                                         QStringLiteral("workshop %1 does not exist").arg(workshopId));
        s.workshopName = q.value(0).toString();
        s.zone = QTimeZone(q.value(1).toString().toUtf8());
        s.hoursVersion = q.value(2).toInt();
        s.today = dateOf(q.value(3));
    }
    {
        SqlQuery q(db,
                   QStringLiteral("SELECT id, version, name, bay_type, coalesce(capabilities, '{}')::text, "
                                  "buffer_minutes, hourly_rate_cents, sort_order, active, "
                                  "coalesce(out_of_service_from::text, '') "
                                  "FROM desk.bays WHERE workshop_id = ? ORDER BY sort_order, name, id"));
        q.bind(workshopId);
        if (!q.exec())
            return q.error();
        while (q.next()) {
            BaySetup b;
            b.id = q.value(0).toLongLong();
            b.version = q.value(1).toInt();
            b.name = q.value(2).toString();
            b.type = fromCode(q.value(3).toString(), BayType::General);
            b.capabilities = workshopsetup::capabilitiesFromLiteral(q.value(4).toString());
            b.bufferMinutes = q.value(5).toInt();
            b.hourlyRateCents = q.value(6).toLongLong();
            b.sortOrder = q.value(7).toInt();
            b.active = q.value(8).toBool();
            b.outOfServiceFrom = dateOf(q.value(9));
            s.bays.append(b);
        }
    }
    {
        // Current and scheduled rows; those that ended before today are history.
        SqlQuery q(db, QStringLiteral(
                           "SELECT id, weekday, to_char(opens_at, 'HH24:MI'), to_char(closes_at, 'HH24:MI'), "
                           "CASE WHEN isfinite(effective_from) THEN effective_from::text ELSE '' END, "
                           "coalesce(effective_until::text, '') FROM desk.workshop_hours "
                           "WHERE workshop_id = ? AND (effective_until IS NULL OR effective_until > ?::date) "
                           "ORDER BY weekday, effective_from, opens_at, id"));
        q.bind(workshopId).bind(s.today.toString(Qt::ISODate));
        if (!q.exec())
            return q.error();
        while (q.next()) {
            HoursRow h;
            h.id = q.value(0).toLongLong();
            h.weekday = q.value(1).toInt();
            h.shift = {timeOf(q.value(2)), timeOf(q.value(3))};
            h.effectiveFrom = dateOf(q.value(4));
            h.effectiveUntil = dateOf(q.value(5));
            s.hours.append(h);
        }
    }
    {
        SqlQuery q(db,
                   QStringLiteral("SELECT id, version, coalesce(bay_id, 0), kind, "
                                  "extract(epoch FROM lower(span))::bigint, "
                                  "extract(epoch FROM upper(span))::bigint, reason FROM desk.bay_closures "
                                  "WHERE workshop_id = ? AND upper(span) > now() ORDER BY lower(span), id"));
        q.bind(workshopId);
        if (!q.exec())
            return q.error();
        while (q.next()) {
            ClosureSetup c;
            c.id = q.value(0).toLongLong();
            c.version = q.value(1).toInt();
            c.bayId = q.value(2).toLongLong();
            c.kind = fromCode(q.value(3).toString(), ClosureKind::Other);
            c.start = QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong(), QTimeZone::utc());
            c.end = QDateTime::fromSecsSinceEpoch(q.value(5).toLongLong(), QTimeZone::utc());
            c.reason = q.value(6).toString();
            s.closures.append(c);
        }
    }
    return s;
}

Result<SetupWriteResult> WorkshopSetupRepository::saveBay(QSqlDatabase &db, const RequestKey &key,
                                                          qint64 workshopId, const BaySetup &bay) {
    SqlQuery q(db, QStringLiteral("SELECT desk.save_bay(?::uuid, ?::bigint, ?::integer, ?::bigint, ?::text, "
                                  "?::text, ?::text[], ?::integer, ?::bigint, ?::integer)::text"));
    q.bind(key.toString())
        .bind(bay.id ? QVariant(bay.id) : nullOf(QMetaType::fromType<qint64>()))
        .bind(bay.id ? QVariant(bay.version) : nullOf(QMetaType::fromType<int>()))
        .bind(workshopId)
        .bind(bay.name)
        .bind(toCode(bay.type))
        .bind(workshopsetup::capabilitiesLiteral(bay.capabilities))
        .bind(bay.bufferMinutes)
        .bind(bay.hourlyRateCents)
        .bind(bay.sortOrder);
    return runWrite(q, "version");
}

Result<SetupWriteResult> WorkshopSetupRepository::setBayOutOfService(QSqlDatabase &db, const RequestKey &key,
                                                                     qint64 bayId, int version, QDate from,
                                                                     const QList<qint64> &cancelBookingIds,
                                                                     const QString &reason) {
    SqlQuery q(db, QStringLiteral("SELECT desk.set_bay_out_of_service(?::uuid, ?::bigint, ?::integer, "
                                  "?::date, ?::bigint[], ?::text)::text"));
    q.bind(key.toString())
        .bind(bayId)
        .bind(version)
        .bind(dateOrNull(from))
        .bind(idArray(cancelBookingIds))
        .bind(textOrNull(reason));
    Result<SetupWriteResult> r = runWrite(q, "version");
    if (r)
        r.value().id = bayId;
    return r;
}

Result<SetupWriteResult> WorkshopSetupRepository::setOpeningHours(QSqlDatabase &db, const RequestKey &key,
                                                                  qint64 workshopId, int hoursVersion,
                                                                  int weekday, QDate effectiveFrom,
                                                                  const QList<Shift> &shifts,
                                                                  const QList<qint64> &cancelBookingIds,
                                                                  const QString &reason) {
    SqlQuery q(db, QStringLiteral("SELECT desk.set_opening_hours(?::uuid, ?::bigint, ?::integer, ?::integer, "
                                  "?::date, ?::jsonb, ?::bigint[], ?::text)::text"));
    q.bind(key.toString())
        .bind(workshopId)
        .bind(hoursVersion)
        .bind(weekday)
        .bind(effectiveFrom.toString(Qt::ISODate))
        .bind(QString::fromUtf8(workshopsetup::shiftsJson(shifts)))
        .bind(idArray(cancelBookingIds))
        .bind(textOrNull(reason));
    Result<SetupWriteResult> r = runWrite(q, "hours_version");
    if (r)
        r.value().id = workshopId;
    return r;
}

Result<SetupWriteResult> WorkshopSetupRepository::addClosure(QSqlDatabase &db, const RequestKey &key,
                                                             qint64 workshopId, const ClosureSetup &c,
                                                             const QList<qint64> &cancelBookingIds,
                                                             const QString &cancelReason) {
    SqlQuery q(db, QStringLiteral("SELECT desk.add_closure(?::uuid, ?::bigint, ?::bigint, ?::text, "
                                  "to_timestamp(?), to_timestamp(?), ?::text, ?::bigint[], ?::text)::text"));
    q.bind(key.toString())
        .bind(workshopId)
        .bind(c.bayId ? QVariant(c.bayId) : nullOf(QMetaType::fromType<qint64>()))
        .bind(toCode(c.kind))
        .bind(double(c.start.toSecsSinceEpoch()))
        .bind(double(c.end.toSecsSinceEpoch()))
        .bind(c.reason)
        .bind(idArray(cancelBookingIds))
        .bind(textOrNull(cancelReason));
    return runWrite(q, "version");
}

Result<SetupWriteResult> WorkshopSetupRepository::removeClosure(QSqlDatabase &db, const RequestKey &key,
                                                                qint64 id, int version) {
    SqlQuery q(db, QStringLiteral("SELECT desk.remove_closure(?::uuid, ?::bigint, ?::integer)"));
    q.bind(key.toString()).bind(id).bind(version);
    if (!q.exec())
        return q.error();
    SetupWriteResult r;
    r.id = id;
    return r;
}

Result<QStringList> WorkshopSetupRepository::physicalWorkProblems(QSqlDatabase &db, qint64 workshopId,
                                                                  QDate day) {
    // No day: the workshop's local today.
    SqlQuery q(db, QStringLiteral("SELECT p FROM unnest(desk.workshop_physical_work_problems(?::bigint, "
                                  "coalesce(?::date, (SELECT (now() AT TIME ZONE o.time_zone)::date "
                                  "FROM desk.organizations o WHERE o.id = ?)))) AS p"));
    q.bind(workshopId).bind(dateOrNull(day)).bind(workshopId);
    if (!q.exec())
        return q.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace adesk
