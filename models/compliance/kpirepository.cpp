#include "models/compliance/kpirepository.h"

#include "models/core/sqlquery.h"

namespace adesk {

namespace {

QString bucketSql(kpi::Bucket b) {
    return b == kpi::Bucket::Week ? QStringLiteral("week") : QStringLiteral("month");
}

std::optional<double> optDouble(const QVariant &v) {
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

std::optional<int> optInt(const QVariant &v) {
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

/// Runs `SELECT <columns> FROM desk.<function>(from, to, bucket)` and hands each row to @p read.
template <typename T, typename Read>
Result<QList<T>> periodQuery(QSqlDatabase &db, const QString &sql, const QDate &from, const QDate &to,
                             const std::optional<kpi::Bucket> &bucket, Read read) {
    SqlQuery q(db, sql);
    q.bind(from).bind(to);
    if (bucket)
        q.bind(bucketSql(*bucket));
    if (!q.exec())
        return q.error();
    QList<T> out;
    while (q.next())
        out.append(read(q));
    return out;
}

} // namespace

Result<QList<kpi::Turnaround>> KpiRepository::turnaround(QSqlDatabase &db, const QDate &from, const QDate &to,
                                                         kpi::Bucket bucket) {
    return periodQuery<kpi::Turnaround>(
        db,
        QStringLiteral(
            "SELECT bucket_start, decisions, median_hours::float8, p90_hours::float8, within_target, "
            "within_target_bp FROM desk.kpi_review_turnaround(?::date, ?::date, ?)"),
        from, to, bucket, [](SqlQuery &q) {
            kpi::Turnaround t;
            t.bucket = q.value(0).toDate();
            t.decisions = q.value(1).toLongLong();
            t.medianHours = optDouble(q.value(2));
            t.p90Hours = optDouble(q.value(3));
            t.withinTarget = q.value(4).toLongLong();
            t.withinTargetBp = optInt(q.value(5));
            return t;
        });
}

Result<QList<kpi::QueuePoint>> KpiRepository::queue(QSqlDatabase &db, const QDate &from, const QDate &to,
                                                    kpi::Bucket bucket) {
    return periodQuery<kpi::QueuePoint>(
        db,
        QStringLiteral("SELECT bucket_start, submitted, decided, pending_at_end "
                       "FROM desk.kpi_review_queue(?::date, ?::date, ?)"),
        from, to, bucket, [](SqlQuery &q) {
            kpi::QueuePoint p;
            p.bucket = q.value(0).toDate();
            p.submitted = q.value(1).toLongLong();
            p.decided = q.value(2).toLongLong();
            p.pendingAtEnd = q.value(3).toLongLong();
            return p;
        });
}

Result<QList<kpi::TierCount>> KpiRepository::tiers(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral("SELECT service_tier, mechanics, physical_work, compliance_approved "
                                  "FROM desk.kpi_mechanic_tiers()"));
    if (!q.exec())
        return q.error();
    QList<kpi::TierCount> out;
    while (q.next()) {
        kpi::TierCount t;
        t.tier = q.value(0).toString();
        t.mechanics = q.value(1).toLongLong();
        t.physicalWork = q.value(2).toLongLong();
        t.complianceApproved = q.value(3).toLongLong();
        out.append(t);
    }
    return out;
}

Result<QList<kpi::Sessions>> KpiRepository::sessions(QSqlDatabase &db, const QDate &from, const QDate &to,
                                                     kpi::Bucket bucket) {
    return periodQuery<kpi::Sessions>(
        db,
        QStringLiteral("SELECT bucket_start, virtual_sessions, workshop_visits, active_mechanics "
                       "FROM desk.kpi_sessions(?::date, ?::date, ?)"),
        from, to, bucket, [](SqlQuery &q) {
            kpi::Sessions s;
            s.bucket = q.value(0).toDate();
            s.virtualSessions = q.value(1).toLongLong();
            s.workshopVisits = q.value(2).toLongLong();
            s.activeMechanics = q.value(3).toLongLong();
            return s;
        });
}

Result<QList<kpi::Retention>> KpiRepository::retention(QSqlDatabase &db, const QDate &from, const QDate &to,
                                                       kpi::Bucket bucket) {
    return periodQuery<kpi::Retention>(
        db,
        QStringLiteral("SELECT bucket_start, previous_active, retained, retention_bp "
                       "FROM desk.kpi_mechanic_retention(?::date, ?::date, ?)"),
        from, to, bucket, [](SqlQuery &q) {
            kpi::Retention r;
            r.bucket = q.value(0).toDate();
            r.previousActive = q.value(1).toLongLong();
            r.retained = q.value(2).toLongLong();
            r.retentionBp = optInt(q.value(3));
            return r;
        });
}

Result<QList<kpi::Bookings>> KpiRepository::bookings(QSqlDatabase &db, const QDate &from, const QDate &to,
                                                     kpi::Bucket bucket) {
    return periodQuery<kpi::Bookings>(
        db,
        QStringLiteral(
            "SELECT bucket_start, bookings, completed, cancelled, no_show, workshops, open_minutes, "
            "booked_minutes, utilization_bp FROM desk.kpi_bookings(?::date, ?::date, ?)"),
        from, to, bucket, [](SqlQuery &q) {
            kpi::Bookings b;
            b.bucket = q.value(0).toDate();
            b.bookings = q.value(1).toLongLong();
            b.completed = q.value(2).toLongLong();
            b.cancelled = q.value(3).toLongLong();
            b.noShow = q.value(4).toLongLong();
            b.workshops = q.value(5).toLongLong();
            b.openMinutes = q.value(6).toLongLong();
            b.bookedMinutes = q.value(7).toLongLong();
            b.utilizationBp = optInt(q.value(8));
            return b;
        });
}

Result<QList<kpi::Revenue>> KpiRepository::revenue(QSqlDatabase &db, const QDate &from, const QDate &to) {
    const auto rows = periodQuery<std::tuple<QDate, QString, qint64, qint64>>(
        db,
        QStringLiteral("SELECT month, service_tier, fee_cents, events "
                       "FROM desk.kpi_platform_revenue(?::date, ?::date)"),
        from, to, std::nullopt, [](SqlQuery &q) {
            return std::make_tuple(q.value(0).toDate(), q.value(1).toString(), q.value(2).toLongLong(),
                                   q.value(3).toLongLong());
        });
    if (!rows)
        return rows.error();
    QList<kpi::Revenue> out;
    for (const auto &[month, tier, cents, events] : *rows) {
        if (out.isEmpty() || out.last().month != month)
            out.append(kpi::Revenue{month, 0, 0, 0});
        if (tier == u"virtual")
            out.last().virtualCents += cents;
        else
            out.last().physicalCents += cents;
        out.last().events += events;
    }
    return out;
}

Result<kpi::Report> KpiRepository::report(QSqlDatabase &db, const QDate &from, const QDate &to) {
    kpi::Report r;
    r.from = from;
    r.to = to;
    const auto turnaround = KpiRepository::turnaround(db, from, to, kpi::Bucket::Month);
    if (!turnaround)
        return turnaround.error();
    r.turnaround = *turnaround;
    const auto queue = KpiRepository::queue(db, from, to, kpi::Bucket::Week);
    if (!queue)
        return queue.error();
    r.queue = *queue;
    const auto tiers = KpiRepository::tiers(db);
    if (!tiers)
        return tiers.error();
    r.tiers = *tiers;
    const auto sessions = KpiRepository::sessions(db, from, to, kpi::Bucket::Month);
    if (!sessions)
        return sessions.error();
    r.sessions = *sessions;
    const auto retention = KpiRepository::retention(db, from, to, kpi::Bucket::Month);
    if (!retention)
        return retention.error();
    r.retention = *retention;
    const auto bookings = KpiRepository::bookings(db, from, to, kpi::Bucket::Month);
    if (!bookings)
        return bookings.error();
    r.bookings = *bookings;
    const auto revenue = KpiRepository::revenue(db, from, to);
    if (!revenue)
        return revenue.error();
    r.revenue = *revenue;
    return r;
}

} // namespace adesk
