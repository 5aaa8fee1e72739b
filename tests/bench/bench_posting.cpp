// Benchmark of the money path (issue 12): posting completed sessions through
// desk.record_session_earnings and billing a month through desk.run_partnership_charges, each beside
// its anchor measured in the same run on the same rows:
//   posting_events, posting_ms, posting_rate        N sessions (virtual, workshop, independent,
//                                                   cross-workshop, partnership jobs) posted one call
//                                                   per event, as the platform's backend does
//   posting_bare_insert_ms                          anchor: one INSERT … SELECT writing the same
//                                                   number of ledger rows with fixed arithmetic (what
//                                                   the rows cost without rules, checks or audit)
//   posting_ratio                                   posting / anchor
//   charges_partnerships, charges_bookings, charges_ms   one month billed for P partnerships
//   charges_bare_aggregate_ms                       anchor: the bare per-day minutes aggregate
//   charges_ratio
// Usage: pg_virtualenv -t build/tests/bench/bench_posting [--sessions N] [--partnerships P]
//            [--without-rollup] [--commit-each] [--profile] [--upto N]

#include "tests/support/testdatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <limits>

using namespace adesk;

namespace {

void line(const char *name, double value, const char *unit) {
    std::printf("%s: %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

bool must(TestDatabase &db, const QString &sql, const QVariantList &binds = {}) {
    const auto r = db.run(sql, binds);
    if (!r.ok)
        std::fprintf(stderr, "%s\n", qPrintable(r.describe()));
    return r.ok;
}

double timedMs(TestDatabase &db, const QString &sql, const QVariantList &binds = {}) {
    QElapsedTimer t;
    t.start();
    if (!must(db, sql, binds))
        return -1;
    return t.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    qint64 sessions = 20000, partnerships = 200;
    int upTo = std::numeric_limits<int>::max();
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--sessions")
            sessions = args[i + 1].toLongLong();
        if (args[i] == u"--partnerships")
            partnerships = args[i + 1].toLongLong();
        // --upto N: the schema an older release left (--upto 50: the ledger before it was
        // partitioned by month), to measure a migration's cost on the posting path against it.
        if (args[i] == u"--upto")
            upTo = args[i + 1].toInt();
    }
    TestDatabase db(TestDatabase::Migrate::No);
    if (db.start() != TestDatabase::Status::Ready) {
        std::fprintf(stderr, "no test database (run under pg_virtualenv): %s\n",
                     qPrintable(db.errorString()));
        return 1;
    }
    if (const Result<QStringList> migrated = db.migrate(upTo); !migrated.ok()) {
        std::fprintf(stderr, "migrate: %s\n", qPrintable(migrated.error().serverMessage));
        return 1;
    }
    std::printf("# schema: migrations up to %s\n",
                upTo == std::numeric_limits<int>::max() ? "the latest" : qPrintable(QString::number(upTo)));
    // Workshops, their mechanics, independent partners with signed agreements.
    const qint64 a = db.insertWorkshop(QStringLiteral("Atelier A"), QStringLiteral("ON"));
    const qint64 r = db.insertWorkshop(QStringLiteral("Referring R"), QStringLiteral("QC"));
    const qint64 employee =
        db.insertPhysicalMechanic(QStringLiteral("Employee"), a, QStringLiteral("workshop_affiliated"));
    const qint64 mobile =
        db.insertPhysicalMechanic(QStringLiteral("Mobile"), 0, QStringLiteral("licensed_mobile"));
    if (!a || !r || !employee || !mobile)
        return 1;
    QList<qint64> partners, partnerMechanics;
    const QStringList types = {QStringLiteral("bay_rental"), QStringLiteral("revenue_share"),
                               QStringLiteral("membership")};
    for (qint64 i = 0; i < partnerships; ++i) {
        const qint64 m = db.insertPhysicalMechanic(QStringLiteral("Partner %1").arg(i), 0,
                                                   QStringLiteral("licensed_mobile"));
        const QString type = types[int(i % 3)];
        const qint64 p = db.insertPartnership(a, m, type, type == u"bay_rental" ? 0 : 1000);
        if (!m || !p)
            return 1;
        partners << p;
        partnerMechanics << m;
    }
    std::printf("# %lld partnerships set up\n", static_cast<long long>(partnerships));

    // N completed sessions of last month, scenarios in turn.
    const QString lastMonth = QStringLiteral("date_trunc('month', now()) - interval '1 month'");
    const auto idArray = [](const QList<qint64> &ids) {
        QStringList s;
        for (qint64 id : ids)
            s << QString::number(id);
        return QStringLiteral("{%1}").arg(s.join(u','));
    };
    if (!must(db, QStringLiteral("SELECT setseed(0.42)")) ||
        !must(db,
              QStringLiteral(
                  "INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, workshop_id, "
                  "referring_workshop_id, partnership_id, program_type, completed_at) "
                  "SELECT CASE g % 5 WHEN 0 THEN 'video' ELSE 'workshop_visit' END, 2000 + (random() * "
                  "80000)::int, "
                  "       CASE g % 5 WHEN 0 THEN ?::bigint WHEN 1 THEN ?::bigint WHEN 2 THEN ?::bigint "
                  "                  WHEN 3 THEN ?::bigint ELSE pm.m END, "
                  "       CASE g % 5 WHEN 0 THEN NULL WHEN 2 THEN NULL ELSE ?::bigint END, "
                  "       CASE g % 5 WHEN 3 THEN ?::bigint END, CASE g % 5 WHEN 4 THEN pm.p END, "
                  "       CASE g % 5 WHEN 4 THEN v.program_type END, "
                  "       %1 + (g % 27) * interval '1 day' + interval '10 hours' "
                  "  FROM generate_series(1, ?::bigint) g "
                  "  JOIN LATERAL (SELECT x.p, x.m FROM unnest(?::bigint[], ?::bigint[]) WITH ORDINALITY "
                  "x(p, m, k) "
                  "                 WHERE x.k = 1 + (g / 5) % ?::bigint) pm ON true "
                  "  JOIN desk.partnerships pp ON pp.id = pm.p "
                  "  JOIN desk.partnership_program_versions v ON v.id = pp.program_version_id")
                  .arg(lastMonth),
              {mobile, employee, mobile, employee, a, r, sessions, idArray(partners),
               idArray(partnerMechanics), partnerships}))
        return 1;
    must(db, QStringLiteral("VACUUM (ANALYZE) desk.sessions"));

    // Anchor first (then removed): the same number of rows, fixed arithmetic, no rules or checks.
    const double bareMs = timedMs(
        db, QStringLiteral(
                "INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, scenario, "
                "service_tier, "
                "entry_type, party, mechanic_id, gross_cents, amount_cents, payout_status) "
                "SELECT 'session', s.id, s.completed_at, desk.ledger_period(s.completed_at), 'bench', "
                "'physical', "
                "       e.entry, e.party, s.mechanic_id, s.price_cents, "
                "       CASE e.entry WHEN 'platform_fee' THEN s.price_cents / 5 ELSE s.price_cents - "
                "s.price_cents / 5 "
                "END, CASE e.party WHEN 'platform' THEN NULL ELSE 'pending' END "
                "  FROM desk.sessions s CROSS JOIN (VALUES ('platform_fee', 'platform'), ('mechanic_share', "
                "'mechanic')) e(entry, party)"));
    const qint64 bareRows =
        db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger")).toLongLong();
    must(db, QStringLiteral("DELETE FROM desk.earnings_ledger"));
    must(db, QStringLiteral("VACUUM (ANALYZE) desk.earnings_ledger"));

    // --without-rollup: the ledger's totals triggers (migration 0028) off, to measure their cost
    // against a run with them (each run beside its own anchor).
    const bool withoutRollup = args.contains(QStringLiteral("--without-rollup"));
    if (withoutRollup)
        for (const char *t : {"insert", "update", "delete"})
            must(db, QStringLiteral("ALTER TABLE desk.earnings_ledger DISABLE TRIGGER earnings_totals_%1")
                         .arg(QLatin1String(t)));
    // --without-t4a-totals: the T4A year totals triggers (migration 0036) off, the same way.
    const bool withoutT4a = args.contains(QStringLiteral("--without-t4a-totals"));
    if (withoutT4a)
        for (const char *t : {"insert", "update", "delete"})
            must(db, QStringLiteral(
                         "ALTER TABLE desk.earnings_ledger DISABLE TRIGGER earnings_t4a_year_totals_%1")
                         .arg(QLatin1String(t)));
    // --commit-each: one transaction per posting, as the platform posts (one call per completed
    // job); by default all of them in one statement (one transaction), as a catch-up batch would.
    const bool commitEach = args.contains(QStringLiteral("--commit-each"));
    std::printf("# T4A year totals triggers: %s\n", withoutT4a ? "off" : "on");
    std::printf("# totals rollup triggers: %s; %s\n", withoutRollup ? "off" : "on",
                commitEach ? "one transaction per posting" : "one transaction for all postings");
    const double postMs = timedMs(
        db, commitEach
                ? QStringLiteral(
                      "DO $$ DECLARE s record; BEGIN FOR s IN SELECT id FROM desk.sessions ORDER BY id "
                      "LOOP PERFORM desk.record_session_earnings(s.id); COMMIT; END LOOP; END $$")
                : QStringLiteral("SELECT count(desk.record_session_earnings(s.id)) FROM desk.sessions s"));
    const qint64 rows = db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger")).toLongLong();
    if (args.contains(QStringLiteral("--profile"))) { // needs the cluster's track_functions = all
        const auto top = db.run(QStringLiteral("SELECT funcname, calls, round(self_time::numeric, 1), "
                                               "round(total_time::numeric, 1) FROM pg_stat_user_functions "
                                               "ORDER BY self_time DESC LIMIT 12"));
        for (const QVariantList &row : top.rows)
            std::printf("# %s calls %s self %s ms total %s ms\n", qPrintable(row[0].toString()),
                        qPrintable(row[1].toString()), qPrintable(row[2].toString()),
                        qPrintable(row[3].toString()));
    }
    std::printf("# ledger rows: posted %lld, anchor %lld\n", static_cast<long long>(rows),
                static_cast<long long>(bareRows));
    line("posting_events", double(sessions), "sessions");
    line("posting_ms", postMs, "ms");
    line("posting_rate", postMs > 0 ? sessions * 1000.0 / postMs : 0, "events/s");
    line("posting_bare_insert_ms", bareMs, "ms");
    line("posting_ratio", bareMs > 0 ? postMs / bareMs : 0, "x");

    // A month of bookings for every partner (one bay each, a booking most days), then the run.
    if (!must(db, QStringLiteral("SET session_replication_role = replica")) ||
        !must(db,
              QStringLiteral("INSERT INTO desk.bays (workshop_id, name) SELECT ?, 'Bay ' || p.id FROM "
                             "desk.partnerships p"),
              {a}) ||
        !must(
            db,
            QStringLiteral(
                "INSERT INTO desk.bay_bookings (workshop_id, bay_id, mechanic_id, span, buffer_minutes, "
                "status) "
                "SELECT ?, b.id, p.mechanic_id, tstzrange(x.t, x.t + make_interval(mins => 30 + (random() * "
                "480)::int)), 0, 'completed' "
                "  FROM desk.partnerships p JOIN desk.bays b ON b.workshop_id = p.workshop_id "
                "   AND b.name = 'Bay ' || p.id CROSS JOIN generate_series(0, 26) d "
                "  CROSS JOIN LATERAL (SELECT ((%1)::date + d)::timestamp AT TIME ZONE 'America/Toronto' "
                "                             + interval '7 hours' AS t) x "
                " WHERE random() < 0.8")
                .arg(lastMonth),
            {a}) ||
        !must(db, QStringLiteral("SET session_replication_role = DEFAULT")))
        return 1;
    must(db, QStringLiteral("VACUUM (ANALYZE) desk.bay_bookings"));
    const qint64 bookings = db.scalar(QStringLiteral("SELECT count(*) FROM desk.bay_bookings")).toLongLong();
    const double aggregateMs = timedMs(
        db,
        QStringLiteral("SELECT p.id, (lower(b.span) AT TIME ZONE 'America/Toronto')::date, "
                       "sum(extract(epoch FROM upper(b.span) - lower(b.span)) / 60) FROM desk.partnerships p "
                       "JOIN desk.bay_bookings b ON b.workshop_id = p.workshop_id AND b.mechanic_id = "
                       "p.mechanic_id WHERE b.status = 'completed' GROUP BY 1, 2"));
    const double chargesMs = timedMs(
        db, QStringLiteral("SELECT count(*) FROM desk.run_partnership_charges((%1)::date)").arg(lastMonth));
    line("charges_partnerships", double(partnerships), "partnerships");
    line("charges_bookings", double(bookings), "bookings");
    line("charges_ms", chargesMs, "ms");
    line("charges_bare_aggregate_ms", aggregateMs, "ms");
    line("charges_ratio", aggregateMs > 0 ? chargesMs / aggregateMs : 0, "x");
    return postMs < 0 || chargesMs < 0 ? 1 : 0;
}
