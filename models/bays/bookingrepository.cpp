#include "models/bays/bookingrepository.h"

#include "models/core/sqlquery.h"

#include <QCoreApplication>

#include <libpq-fe.h>

#include <charconv>

namespace adesk {

namespace {

const QString kBookingColumns = QStringLiteral(
    "b.id, b.workshop_id, b.bay_id, b.mechanic_id, b.mechanic_name, coalesce(b.partnership_id, 0), "
    "coalesce(b.job_id, 0), extract(epoch FROM lower(b.span))::bigint, extract(epoch FROM "
    "upper(b.span))::bigint, "
    "b.buffer_minutes, b.status, coalesce(b.status_reason, ''), b.notes, b.version");
constexpr int kBookingColumnCount = 14;

QVariant epoch(const QDateTime &t) {
    return double(t.toSecsSinceEpoch());
}

QDateTime fromEpoch(const QVariant &v) {
    return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

Result<QList<Booking>> readAll(SqlQuery &q, Booking (*read)(const QVariantList &)) {
    if (!q.exec())
        return q.error();
    QList<Booking> out;
    QVariantList row;
    row.resize(kBookingColumnCount);
    while (q.next()) {
        for (int i = 0; i < kBookingColumnCount; ++i)
            row[i] = q.value(i);
        out.append(read(row));
    }
    return out;
}

} // namespace

Booking BookingRepository::readBooking(const QVariantList &v) {
    Booking b;
    b.id = v[0].toLongLong();
    b.workshopId = v[1].toLongLong();
    b.bayId = v[2].toLongLong();
    b.mechanicId = v[3].toLongLong();
    b.mechanicName = v[4].toString();
    b.partnershipId = v[5].toLongLong();
    b.jobId = v[6].toLongLong();
    b.start = fromEpoch(v[7]);
    b.end = fromEpoch(v[8]);
    b.bufferMinutes = v[9].toInt();
    b.status = bookingstatus::fromSql(v[10].toString());
    b.statusReason = v[11].toString();
    b.notes = v[12].toString();
    b.version = v[13].toInt();
    return b;
}

Result<QList<WorkshopRef>> BookingRepository::workshops(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral("SELECT id, name, time_zone FROM desk.organizations "
                                  "WHERE organization_type = 'workshop' ORDER BY name, id"));
    if (!q.exec())
        return q.error();
    QList<WorkshopRef> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<WorkshopCalendar> BookingRepository::loadCalendar(QSqlDatabase &db, qint64 workshopId,
                                                         const QDateTime &from, const QDateTime &to) {
    WorkshopCalendar c;
    c.workshopId = workshopId;
    {
        SqlQuery q(db, QStringLiteral("SELECT name, time_zone FROM desk.organizations WHERE id = ?"));
        q.bind(workshopId);
        if (!q.exec())
            return q.error();
        if (!q.next())
            return DbError::fromSqlState(QStringLiteral("P0002"),
                                         QStringLiteral("workshop %1 does not exist").arg(workshopId));
        c.workshopName = q.value(0).toString();
        c.zone = QTimeZone(q.value(1).toString().toUtf8());
    }
    {
        SqlQuery q(db, QStringLiteral(
                           "SELECT id, workshop_id, name, bay_type, active, hourly_rate_cents, sort_order "
                           "FROM desk.bays WHERE workshop_id = ? ORDER BY sort_order, name, id"));
        q.bind(workshopId);
        if (!q.exec())
            return q.error();
        while (q.next())
            c.bays.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toBool(), q.value(5).toLongLong(),
                           q.value(6).toInt()});
    }
    {
        // The shifts in effect on the range's local dates (several a day: split shifts; migration 0014).
        SqlQuery q(db,
                   QStringLiteral(
                       "SELECT h.weekday, to_char(h.opens_at, 'HH24:MI'), to_char(h.closes_at, 'HH24:MI'), "
                       "CASE WHEN isfinite(h.effective_from) THEN h.effective_from::text ELSE '' END, "
                       "coalesce(h.effective_until::text, '') "
                       "FROM desk.workshop_hours h JOIN desk.organizations o ON o.id = h.workshop_id "
                       "WHERE h.workshop_id = ? "
                       "AND h.effective_from <= (to_timestamp(?) AT TIME ZONE o.time_zone)::date "
                       "AND (h.effective_until IS NULL "
                       "     OR h.effective_until > (to_timestamp(?) AT TIME ZONE o.time_zone)::date) "
                       "ORDER BY h.weekday, h.effective_from, h.opens_at"));
        q.bind(workshopId).bind(epoch(to)).bind(epoch(from));
        if (!q.exec())
            return q.error();
        while (q.next()) {
            OpeningHours h;
            h.weekday = q.value(0).toInt();
            h.opens = QTime::fromString(q.value(1).toString(), QStringLiteral("HH:mm"));
            h.closes = QTime::fromString(q.value(2).toString(), QStringLiteral("HH:mm"));
            if (!q.value(3).toString().isEmpty())
                h.effectiveFrom = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            if (!q.value(4).toString().isEmpty())
                h.effectiveUntil = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            c.hours.append(h);
        }
    }
    {
        SqlQuery q(db,
                   QStringLiteral(
                       "SELECT id, coalesce(bay_id, 0), kind, extract(epoch FROM lower(span))::bigint, "
                       "extract(epoch FROM upper(span))::bigint, reason FROM desk.bay_closures "
                       "WHERE workshop_id = ? AND span && tstzrange(to_timestamp(?), to_timestamp(?), '[)') "
                       "ORDER BY lower(span), id"));
        q.bind(workshopId).bind(epoch(from)).bind(epoch(to));
        if (!q.exec())
            return q.error();
        while (q.next())
            c.closures.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                               fromEpoch(q.value(3)), fromEpoch(q.value(4)), q.value(5).toString()});
    }
    {
        // Mechanics allowed to book (the same rule the database applies). BookingModel adds anybody
        // who has a booking in the range (a partner whose agreement ended keeps their lane).
        SqlQuery q(db, QStringLiteral("SELECT m.id, m.display_name FROM desk.mechanics m "
                                      "WHERE desk.mechanic_may_work_at(m.id, ?) ORDER BY 2, 1"));
        q.bind(workshopId);
        if (!q.exec())
            return q.error();
        while (q.next())
            c.mechanics.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    return c;
}

QString BookingRepository::bookingsSql() {
    return QStringLiteral("SELECT ") + kBookingColumns +
           QStringLiteral(" FROM desk.bay_bookings b WHERE b.workshop_id = ? "
                          "AND b.span && tstzrange(to_timestamp(?), to_timestamp(?), '[)') "
                          "ORDER BY lower(b.span), b.id");
}

QVariantList BookingRepository::bookingsBinds(qint64 workshopId, const QDateTime &from, const QDateTime &to) {
    return {workshopId, epoch(from), epoch(to)};
}

namespace {

qint64 toInt(const PGresult *r, int row, int col) {
    const char *v = PQgetvalue(r, row, col);
    qint64 out = 0;
    std::from_chars(v, v + PQgetlength(r, row, col), out);
    return out;
}

QString toText(const PGresult *r, int row, int col) {
    return QString::fromUtf8(PQgetvalue(r, row, col), PQgetlength(r, row, col));
}

DbError errorOf(PGconn *conn, const PGresult *r) {
    if (PQstatus(conn) == CONNECTION_BAD)
        return DbError::connectionLost(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
    const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
    const char *primary = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY);
    const char *detail = PQresultErrorField(r, PG_DIAG_MESSAGE_DETAIL);
    if (!state)
        return DbError::other(QString::fromUtf8(PQresultErrorMessage(r)).trimmed());
    return DbError::fromSqlState(QString::fromLatin1(state), QString::fromUtf8(primary ? primary : ""),
                                 QString::fromUtf8(detail ? detail : ""));
}

} // namespace

Result<QList<Booking>> BookingRepository::fetchBookings(QSqlDatabase &db, qint64 workshopId,
                                                        const QDateTime &from, const QDateTime &to) {
    // The calendar's hot path (thousands of rows a week for a big workshop): read it straight from
    // libpq on the driver's handle, text format, parsed without QVariant round trips.
    if (PGconn *conn = nativeHandle(db)) {
        SqlQuery::assertNotOnGuiThread(db, "BookingRepository");
        QByteArray sql;
        int n = 0;
        for (QChar ch : bookingsSql()) {
            if (ch == u'?')
                sql += '$' + QByteArray::number(++n);
            else
                sql += ch.toLatin1();
        }
        const QByteArray p1 = QByteArray::number(workshopId);
        const QByteArray p2 = QByteArray::number(from.toSecsSinceEpoch());
        const QByteArray p3 = QByteArray::number(to.toSecsSinceEpoch());
        const char *params[] = {p1.constData(), p2.constData(), p3.constData()};
        PGresult *r = PQexecParams(conn, sql.constData(), 3, nullptr, params, nullptr, nullptr, 0);
        if (PQresultStatus(r) != PGRES_TUPLES_OK) {
            const DbError e = errorOf(conn, r);
            PQclear(r);
            return e;
        }
        const int rows = PQntuples(r);
        QList<Booking> out;
        out.reserve(rows);
        for (int i = 0; i < rows; ++i) {
            Booking b;
            b.id = toInt(r, i, 0);
            b.workshopId = toInt(r, i, 1);
            b.bayId = toInt(r, i, 2);
            b.mechanicId = toInt(r, i, 3);
            b.mechanicName = toText(r, i, 4);
            b.partnershipId = toInt(r, i, 5);
            b.jobId = toInt(r, i, 6);
            b.start = QDateTime::fromSecsSinceEpoch(toInt(r, i, 7), Qt::UTC);
            b.end = QDateTime::fromSecsSinceEpoch(toInt(r, i, 8), Qt::UTC);
            b.bufferMinutes = int(toInt(r, i, 9));
            b.status =
                bookingstatus::fromSql(QString::fromLatin1(PQgetvalue(r, i, 10), PQgetlength(r, i, 10)));
            if (PQgetlength(r, i, 11) > 0)
                b.statusReason = toText(r, i, 11);
            if (PQgetlength(r, i, 12) > 0)
                b.notes = toText(r, i, 12);
            b.version = int(toInt(r, i, 13));
            out.append(std::move(b));
        }
        PQclear(r);
        return out;
    }
    SqlQuery q(db, bookingsSql());
    for (const QVariant &v : bookingsBinds(workshopId, from, to))
        q.bind(v);
    return readAll(q, &readBooking);
}

Result<QList<Booking>> BookingRepository::fetchBookingsById(QSqlDatabase &db, const QList<qint64> &ids) {
    if (ids.isEmpty())
        return QList<Booking>();
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    SqlQuery q(db,
               QStringLiteral("SELECT ") + kBookingColumns +
                   QStringLiteral(" FROM desk.bay_bookings b WHERE b.id = ANY (?::bigint[]) ORDER BY b.id"));
    q.bind(QStringLiteral("{%1}").arg(parts.join(u',')));
    return readAll(q, &readBooking);
}

Result<QList<Booking>> BookingRepository::fetchForExport(QSqlDatabase &db, qint64 workshopId, qint64 bayId,
                                                         qint64 mechanicId, const QDateTime &from,
                                                         const QDateTime &to) {
    SqlQuery q(
        db, QStringLiteral("SELECT ") + kBookingColumns +
                QStringLiteral(" FROM desk.bay_bookings b WHERE b.workshop_id = ? "
                               "AND (?::bigint = 0 OR b.bay_id = ?) AND (?::bigint = 0 OR b.mechanic_id = ?) "
                               "AND b.span && tstzrange(to_timestamp(?), to_timestamp(?), '[)') "
                               "ORDER BY lower(b.span), b.id"));
    q.bind(workshopId)
        .bind(bayId)
        .bind(bayId)
        .bind(mechanicId)
        .bind(mechanicId)
        .bind(epoch(from))
        .bind(epoch(to));
    return readAll(q, &readBooking);
}

Result<QList<Booking>> BookingRepository::fetchPending(QSqlDatabase &db, qint64 workshopId,
                                                       const QDateTime &from) {
    SqlQuery q(
        db, QStringLiteral("SELECT ") + kBookingColumns +
                QStringLiteral(" FROM desk.bay_bookings b WHERE b.workshop_id = ? AND b.status = 'requested' "
                               "AND lower(b.span) >= to_timestamp(?) ORDER BY lower(b.span), b.id"));
    q.bind(workshopId).bind(epoch(from));
    return readAll(q, &readBooking);
}

Result<qint64> BookingRepository::create(QSqlDatabase &db, const RequestKey &key, const NewBooking &b) {
    SqlQuery q(db,
               QStringLiteral("SELECT desk.create_booking(?::uuid, ?, ?, to_timestamp(?), to_timestamp(?), "
                              "?, ?, ?, NULL::bigint, NULL::bigint)"));
    q.bind(key.toString())
        .bind(b.bayId)
        .bind(b.mechanicId)
        .bind(epoch(b.start))
        .bind(epoch(b.end))
        .bind(b.bufferMinutes)
        .bind(bookingstatus::toSql(b.status))
        .bind(b.notes);
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<int> BookingRepository::move(QSqlDatabase &db, const RequestKey &key, qint64 id, int version,
                                    qint64 bayId, const QDateTime &start, const QDateTime &end) {
    SqlQuery q(
        db, QStringLiteral("SELECT desk.move_booking(?::uuid, ?, ?, ?, to_timestamp(?), to_timestamp(?))"));
    q.bind(key.toString()).bind(id).bind(version).bind(bayId).bind(epoch(start)).bind(epoch(end));
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toInt();
}

Result<int> BookingRepository::setStatus(QSqlDatabase &db, const RequestKey &key, qint64 id, int version,
                                         BookingStatus status, const QString &reason) {
    SqlQuery q(db, QStringLiteral("SELECT desk.set_booking_status(?::uuid, ?, ?, ?, ?)"));
    q.bind(key.toString())
        .bind(id)
        .bind(version)
        .bind(bookingstatus::toSql(status))
        .bind(reason.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reason));
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toInt();
}

Result<QList<BayUtilization>> BookingRepository::utilization(QSqlDatabase &db, qint64 workshopId, QDate from,
                                                             QDate to) {
    SqlQuery q(
        db, QStringLiteral("SELECT bay_id, bay_name, week_start, open_minutes, booked_minutes, revenue_cents "
                           "FROM desk.bay_utilization(?, ?::date, ?::date)"));
    q.bind(workshopId).bind(from.toString(Qt::ISODate)).bind(to.toString(Qt::ISODate));
    if (!q.exec())
        return q.error();
    QList<BayUtilization> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toDate(),
                    q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong()});
    return out;
}

} // namespace adesk
