// Benchmark of the admin's oversight queries (issue 15) on a platform-sized data set: V
// verifications over a year (default 200,000) for V/4 mechanics and V/40 workshops, 100,000
// sessions. Every figure is printed beside its anchor, the bare SQL of the same answer (no
// security, no rules: what the rows cost) measured as the same admin login in the same run:
//   checklist_ms        desk.entity_checklist(id) for a mechanic's verification (median of 30)
//   checklist_bare_ms   anchor: that entity's verification rows, bare
//   board_ms            desk.expiry_board(60)
//   board_bare_ms       anchor: approved verifications expiring within 60 days, bare
//   board_0035_ms       the board with 0035's body (read from its migration), before 0041, same run
//   board_0041_ms       the board with 0041's body (read from its migration), before 0045, same run
//   board_0045_ms       the board with 0045's body (read from its migration, jit off as its function
//                       ran), before 0050, same run
//   board_with_reminders_ms  the board again after the reminder sweep (every due row has reminders),
//                       beside the same bare query and 0045's body (board_with_reminders_0045_ms)
//   board_pane_ms       the board's rows arriving in the admin's expiry pane (GUI thread): the model
//                       reset behind the pane's filter (sorted by days left), its summary, its
//                       column widths and the paint, in a 1366x768 window shown before (a tab)
//   board_pane_bare_ms  anchor: the same rows into a bare QTableView over the model, same window
//   board_pane_widths_1000_ms  the pane with its column widths fitted to 1,000 rows (Qt's default,
//                       the pane's before 2026-12-05), same run
//   turnaround_ms       desk.kpi_review_turnaround over 12 months by month
//   turnaround_bare_ms  anchor: the same percentiles by month in bare SQL
//   queue_ms            desk.kpi_review_queue over 12 months by week
//   queue_bare_ms       anchor: submitted and decided per week, bare
//   queue_0022_ms       the same KPI with 0022's body (a scan per bucket), before 0039, same run
//   KPI_jit_off_ms / KPI_jit_on_ms  each dashboard KPI with jit off in the function (0047) and
//                       with the server's jit (the function's setting reset), alternately
//   bookings_kpi_ms     desk.kpi_bookings over 12 months by month (0048; opening hours planted)
//   bookings_kpi_bare_ms  anchor: the period's bookings counted by local month, bare: the faster of
//                       bookings_kpi_bare_jit_on_ms and bookings_kpi_bare_jit_off_ms
//   bookings_kpi_week_ms, bookings_kpi_0022_week_ms  one ISO week, 0048 and 0022's body
//   turnaround_0022_ms  the turnaround KPI with 0022's body (a scan per bucket), before 0040
//   reminders_ms        desk.send_expiry_reminders() first run (writes the notification rows);
//   reminders_again_ms  the second run of the same day (sends nothing: once per threshold)
//   reminders_bare_ms   anchor: the bare selection of what is due
// Each interactive figure (checklist, board) prints pass/fail against "within 16 ms of its
// anchor", each aggregate (KPIs) against "within 3x its anchor". The program exits 0 whatever
// the figures; non-zero only when it could not run.
// Usage: pg_virtualenv -t build/tests/bench/bench_oversight [--verifications N]

#include "models/compliance/expiryboardmodel.h"
#include "models/compliance/expiryrepository.h"
#include "models/compliance/laggardmodel.h"
#include "tests/support/testdatabase.h"
#include "views/common/deskstyle.h"
#include "views/compliance/expirypane.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace adesk;

namespace {

void line(const char *name, double value, const char *unit) {
    std::printf("%s: %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

void verdict(const char *name, bool pass, const QString &why) {
    std::printf("%s: %s (%s)\n", name, pass ? "pass" : "fail", qPrintable(why));
    std::fflush(stdout);
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? -1 : v[v.size() / 2];
}

/// Milliseconds of one statement on @p db (-1 on error, printed).
double timedMs(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {}) {
    QElapsedTimer t;
    t.start();
    const auto r = TestDatabase::run(db, sql, binds);
    const double ms = t.nsecsElapsed() / 1e6;
    if (!r.ok) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(sql), qPrintable(r.describe()));
        return -1;
    }
    return ms;
}

/// The board as the pane asks for it (60 days), counted; and its anchor, the bare selection of the
/// approved verifications expiring within those 60 days (also the reminders' anchor).
const QString kBoard = QStringLiteral("SELECT count(*) FROM desk.expiry_board(60)");
const QString kDueBare = QStringLiteral("SELECT count(*) FROM desk.compliance_verifications v "
                                        "WHERE v.status = 'approved' AND v.expiry_date < current_date + 60");

/// Median of @p runs timings (after one warm-up run).
double medianMs(const QSqlDatabase &db, const QString &sql, int runs = 5) {
    timedMs(db, sql);
    std::vector<double> v;
    for (int i = 0; i < runs; ++i)
        v.push_back(timedMs(db, sql));
    return median(v);
}

} // namespace

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The app's style (DeskStyle over the platform's), unless ADESK_BENCH_PLAIN_STYLE is set: Qt's
    // own, the anchor of DeskStyle's figures.
    if (qEnvironmentVariableIsEmpty("ADESK_BENCH_PLAIN_STYLE"))
        adesk::DeskStyle::install();
    qint64 verifications = 200000;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i)
        if (args[i] == u"--verifications")
            verifications = args[i + 1].toLongLong();
    TestDatabase db;
    if (db.start() != TestDatabase::Status::Ready) {
        std::fprintf(stderr, "no test database (run under pg_virtualenv): %s\n",
                     qPrintable(db.errorString()));
        return 1;
    }
    const qint64 mechanics = std::max<qint64>(verifications / 4, 10);
    const qint64 workshops = std::max<qint64>(verifications / 40, 2);
    const QStringList setup = {
        QStringLiteral("SELECT setseed(0.15)"),
        QStringLiteral("SET session_replication_role = replica"),
        QStringLiteral(
            "INSERT INTO desk.organizations (name, address_line, city, province, postal_code, time_zone) "
            "SELECT 'Garage ' || g, '1 rue', 'Montréal', 'QC', 'H2X 1Y4', 'America/Toronto' "
            "  FROM generate_series(1, %1) g")
            .arg(workshops),
        QStringLiteral("INSERT INTO desk.profiles (full_name, role) "
                       "SELECT 'Mechanic ' || g, 'mechanic' FROM generate_series(1, %1) g")
            .arg(mechanics),
        QStringLiteral(
            "INSERT INTO desk.mechanics (profile_id, display_name, workshop_id, service_tier, "
            "  workshop_verified, can_perform_physical_work, compliance_status, province, postal_code) "
            "SELECT p.id, p.full_name, o.id, 'workshop_affiliated', true, true, 'approved', 'QC', 'H2X 1Y4' "
            "  FROM desk.profiles p "
            "  JOIN desk.organizations o ON o.id = (SELECT min(id) FROM desk.organizations) + p.id % %1 "
            " WHERE p.role = 'mechanic'")
            .arg(workshops),
        // A year of submissions; decided ones with a turnaround of 1 to 120 hours; approvals expire
        // over the next year (some within 60 days: the board's and the reminders' rows).
        QStringLiteral(
            "INSERT INTO desk.compliance_verifications (entity_type, entity_id, mechanic_id, workshop_id, "
            "  verification_type, entity_name, province, license_number, policy_number, expiry_date, status, "
            "  rejection_reason_code, verified_by, verified_at, submitted_at) "
            "SELECT 'mechanic', m.id, m.id, m.workshop_id, "
            "       (ARRAY['business_license','insurance','employment','certification'])[1 + (g / %2) % 4], "
            "       m.display_name, 'QC', 'L-' || g, 'P-' || g, "
            "       CASE WHEN (g / %2) % 4 IN (0, 1) THEN current_date + (g % 365) END, "
            "       s.status, CASE WHEN s.status = 'rejected' THEN 'poor_quality' END, "
            "       CASE WHEN s.status <> 'pending' THEN (SELECT min(id) FROM desk.profiles) END, "
            "       CASE WHEN s.status <> 'pending' THEN t.at + make_interval(hours => 1 + g % 120) END, "
            "t.at "
            "  FROM generate_series(1, %1) g "
            "  JOIN desk.mechanics m ON m.id = (SELECT min(id) FROM desk.mechanics) + g % %2 "
            "  CROSS JOIN LATERAL (SELECT now() - make_interval(mins => (g::bigint * 525600 / %1)::int) AS "
            "at) t "
            "  CROSS JOIN LATERAL (SELECT CASE WHEN g % 50 = 0 THEN 'pending' WHEN g % 9 = 0 THEN 'rejected' "
            "                              ELSE 'approved' END AS status) s")
            .arg(verifications)
            .arg(mechanics),
        QStringLiteral("INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, completed_at) "
                       "SELECT CASE g % 3 WHEN 0 THEN 'chat' ELSE 'video' END, 1500 + g % 2000, "
                       "       (SELECT min(id) FROM desk.mechanics) + g % %1, "
                       "       now() - make_interval(mins => g % 525600) "
                       "  FROM generate_series(1, 100000) g")
            .arg(mechanics),
        // What the board counts for each withdrawing row: one bay per workshop with 20 live bookings
        // over the next 60 days (100,000 at 200,000 verifications) and 40 completed ones over the 120
        // days before (200,000), and an active partnership for every second mechanic, a third of
        // them open-ended (their programs and agreements left out: the board reads neither, and
        // foreign keys are off while planting).
        QStringLiteral(
            "INSERT INTO desk.bays (workshop_id, name) SELECT id, 'Lift 1' FROM desk.organizations"),
        QStringLiteral(
            "INSERT INTO desk.bay_bookings (workshop_id, bay_id, mechanic_id, span, status) "
            "SELECT b.workshop_id, b.id, (SELECT min(id) FROM desk.mechanics) + (b.id * 20 + k) % %1, "
            "       tstzrange(date_trunc('hour', now()) + make_interval(hours => (72 * k + b.id % 48)::int), "
            "                 date_trunc('hour', now()) + make_interval(hours => (72 * k + b.id % 48 + "
            "2)::int)), "
            "       CASE WHEN k % 2 = 0 THEN 'confirmed' ELSE 'requested' END "
            "  FROM desk.bays b CROSS JOIN generate_series(0, 19) k")
            .arg(mechanics),
        // (the completed ones: a platform's bookings are mostly history; a mechanic's four are
        // days apart)
        QStringLiteral(
            "INSERT INTO desk.bay_bookings (workshop_id, bay_id, mechanic_id, span, status) "
            "SELECT b.workshop_id, b.id, (SELECT min(id) FROM desk.mechanics) + "
            "       ((b.id - (SELECT min(id) FROM desk.bays)) * 40 + k - 1) / 4 % %1, "
            "       tstzrange(date_trunc('hour', now()) - make_interval(hours => (72 * k + b.id % 48 + "
            "24)::int), "
            "                 date_trunc('hour', now()) - make_interval(hours => (72 * k + b.id % 48 + "
            "22)::int)), "
            "       'completed' "
            "  FROM desk.bays b CROSS JOIN generate_series(1, 40) k")
            .arg(mechanics),
        QStringLiteral(
            "INSERT INTO desk.partnerships (workshop_id, program_id, program_version_id, mechanic_id, "
            "  agreement_id, status, contract_start_date, contract_end_date) "
            "SELECT m.workshop_id, m.workshop_id, m.workshop_id, m.id, m.id, 'active', "
            "       current_date - 30, CASE WHEN m.id % 3 <> 0 THEN current_date + (m.id % 400)::int END "
            "  FROM desk.mechanics m WHERE m.id % 2 = 0"),
        // Opening hours for every workshop (weekdays 08:00-12:00 and 13:00-18:00, Saturdays
        // 09:00-14:00) and a maintenance closure on every third bay: what the bookings KPI's
        // utilization reads.
        QStringLiteral(
            "INSERT INTO desk.workshop_hours (workshop_id, weekday, opens_at, closes_at) "
            "SELECT o.id, d, s.opens_at, s.closes_at FROM desk.organizations o "
            "CROSS JOIN (VALUES (1, 5, time '08:00', time '12:00'), (1, 5, time '13:00', time '18:00'), "
            "                   (6, 6, time '09:00', time '14:00')) AS s(first_day, last_day, opens_at, "
            "closes_at) "
            "CROSS JOIN LATERAL generate_series(s.first_day, s.last_day) d"),
        QStringLiteral(
            "INSERT INTO desk.bay_closures (workshop_id, bay_id, kind, span) "
            "SELECT b.workshop_id, CASE WHEN b.id % 2 = 0 THEN b.id END, 'maintenance', "
            "       tstzrange(date_trunc('day', now()) - make_interval(days => (b.id % 200)::int) + "
            "                 interval '14 hours', "
            "                 date_trunc('day', now()) - make_interval(days => (b.id % 200)::int) + "
            "                 interval '16 hours 30 seconds') "
            "  FROM desk.bays b WHERE b.id % 3 = 0"),
        QStringLiteral("SET session_replication_role = DEFAULT"),
        QStringLiteral("VACUUM (ANALYZE)"),
    };
    for (const QString &sql : setup) {
        const auto r = db.run(sql);
        if (!r.ok) {
            std::fprintf(stderr, "setup: %s\n%s\n", qPrintable(sql), qPrintable(r.describe()));
            return 1;
        }
    }
    std::printf("# %lld verifications, %lld mechanics, %lld workshops, 100000 sessions\n",
                static_cast<long long>(verifications), static_cast<long long>(mechanics),
                static_cast<long long>(workshops));
    if (!db.connectAs(QStringLiteral("bench_admin"), QStringLiteral("adesk_platform_admin"),
                      QStringLiteral("Bench Admin"))) {
        std::fprintf(stderr, "could not sign in as an admin\n");
        return 1;
    }
    const QSqlDatabase admin = QSqlDatabase::database(QStringLiteral("bench_admin"));
    bool ran = true;
    const auto report = [&](const char *name, double ms, const char *bareName, double bareMs,
                            bool interactive) {
        ran = ran && ms >= 0 && bareMs >= 0;
        line(name, ms, "ms");
        line(bareName, bareMs, "ms");
        const QByteArray ratio = QByteArray(name).replace("_ms", "_ratio");
        line(ratio.constData(), bareMs > 0 ? ms / bareMs : 0, "x");
        const QByteArray target = QByteArray(name).replace("_ms", "_target");
        if (interactive)
            verdict(target.constData(), ms <= bareMs + 16,
                    QStringLiteral("%1 ms against %2 ms + 16 ms").arg(ms, 0, 'f', 1).arg(bareMs, 0, 'f', 1));
        else
            verdict(target.constData(), ms <= 3 * bareMs,
                    QStringLiteral("%1 ms against 3 x %2 ms").arg(ms, 0, 'f', 1).arg(bareMs, 0, 'f', 1));
    };

    // The checklist of 30 mechanics' verifications, one call each, beside their rows bare.
    const QVariantList ids =
        db.run(QStringLiteral("SELECT id FROM desk.compliance_verifications WHERE status = 'pending' "
                              "ORDER BY id LIMIT 30"))
            .column();
    std::vector<double> checklist, checklistBare;
    for (const QVariant &id : ids) {
        checklist.push_back(timedMs(
            admin, QStringLiteral("SELECT count(*) FROM desk.entity_checklist(%1)").arg(id.toLongLong())));
        checklistBare.push_back(timedMs(
            admin, QStringLiteral(
                       "SELECT count(*) FROM desk.compliance_verifications o, "
                       "desk.compliance_verifications v WHERE v.id = %1 AND o.entity_type = v.entity_type "
                       "AND o.entity_id = v.entity_id")
                       .arg(id.toLongLong())));
    }
    report("checklist_ms", median(checklist), "checklist_bare_ms", median(checklistBare), true);

    report("board_ms", medianMs(admin, kBoard), "board_bare_ms", medianMs(admin, kDueBare), true);

    {
        QSqlQuery q(admin);
        if (q.exec(QStringLiteral(
                "SELECT count(*), count(*) FILTER (WHERE withdraws_physical_work), "
                "sum(bookings_at_risk), sum(partnerships_at_risk) FROM desk.expiry_board(60)")) &&
            q.next())
            std::printf(
                "# board: %lld rows, %lld withdrawing physical work, %lld bookings and %lld partnerships "
                "at risk\n",
                q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(),
                q.value(3).toLongLong());
    }

    // The same run's "before": 0035's, 0041's and 0045's bodies of desk.expiry_board, taken from
    // their migration files and run as plain SQL by the superuser (their variables bound to the same
    // window; the jit setting their function ran with: the server's until 0045, off since), rows
    // fetched.
    const auto boardBefore = [&](const char *name, const QString &migration, bool jitOff = false) {
        QFile file(u":/migrations/"_qs + migration);
        QString body = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        const qsizetype from = body.indexOf(QStringLiteral("RETURN QUERY"));
        const qsizetype to = body.indexOf(QStringLiteral("\nEND\n$$"), from);
        if (from < 0 || to < from) {
            std::fprintf(stderr, "cannot find %s's body of desk.expiry_board\n", qPrintable(migration));
            ran = false;
            return;
        }
        body = body.mid(from + 12, to - from - 12).trimmed();
        body.chop(1); // its ';'
        body.replace(QStringLiteral("v_within"), QStringLiteral("60"))
            .replace(QStringLiteral("v_bound"), QStringLiteral("((now() AT TIME ZONE 'UTC')::date + 61)"))
            .replace(QStringLiteral("v_utc"), QStringLiteral("((now() AT TIME ZONE 'UTC')::date)"));
        if (jitOff)
            db.run(QStringLiteral("SET jit = off"));
        line(name, medianMs(db.connection(), body), "ms");
        if (jitOff)
            db.run(QStringLiteral("RESET jit"));
    };
    boardBefore("board_0035_ms", u"0035_expiry_board.sql"_qs);
    boardBefore("board_0041_ms", u"0041_expiry_board_one_pass.sql"_qs);
    boardBefore("board_0045_ms", u"0045_expiry_board_bookings_bound.sql"_qs, true);

    // The board's rows arriving in the pane, on the GUI thread (median of 7 reloads of the same rows).
    {
        QSqlDatabase adminDb = admin;
        const auto rows = ExpiryRepository::board(adminDb, 60);
        if (!rows.ok()) {
            std::fprintf(stderr, "board: %s\n", qPrintable(rows.error().userMessage()));
            ran = false;
        } else {
            const auto reloadMs = [&](ExpiryBoardModel &model, QWidget &window) {
                window.resize(1366, 768);
                window.show();
                QCoreApplication::processEvents();
                std::vector<double> ms;
                for (int i = 0; i < 8; ++i) {
                    QElapsedTimer t;
                    t.start();
                    model.setRows(*rows);
                    QCoreApplication::processEvents(); // the paint
                    if (i > 0)
                        ms.push_back(t.nsecsElapsed() / 1e6);
                }
                window.hide();
                return median(ms);
            };
            ExpiryBoardModel board;
            LaggardModel laggards;
            QWidget paneWindow;
            auto *pane = new ExpiryPane(&board, &laggards, &paneWindow);
            (new QVBoxLayout(&paneWindow))->addWidget(pane);
            const double paneMs = reloadMs(board, paneWindow);
            if (const QString dir = qEnvironmentVariable("ADESK_GRAB_DIR"); !dir.isEmpty()) {
                paneWindow.show(); // what the rows look like: ADESK_GRAB_DIR=/tmp/x to look at it
                QCoreApplication::processEvents();
                paneWindow.grab().save(dir + QStringLiteral("/expiry_board.png"));
                paneWindow.hide();
            }
            // The widths as fitted before 2026-12-05 (Qt's default: 1,000 rows), same run.
            auto *boardView = pane->findChild<QTableView *>(QStringLiteral("expiryBoardView"));
            double widths1000Ms = -1;
            if (boardView) {
                boardView->horizontalHeader()->setResizeContentsPrecision(1000);
                widths1000Ms = reloadMs(board, paneWindow);
                boardView->horizontalHeader()->setResizeContentsPrecision(0);
            }
            ExpiryBoardModel bareBoard;
            QWidget bareWindow;
            auto *bareView = new QTableView(&bareWindow);
            bareView->setModel(&bareBoard);
            (new QVBoxLayout(&bareWindow))->addWidget(bareView);
            const double bareMs = reloadMs(bareBoard, bareWindow);
            std::printf("# board_pane: %lld rows\n", static_cast<long long>(rows->size()));
            report("board_pane_ms", paneMs, "board_pane_bare_ms", bareMs, true);
            line("board_pane_widths_1000_ms", widths1000Ms, "ms");
        }
    }

    report("turnaround_ms",
           medianMs(admin, QStringLiteral("SELECT count(*) FROM desk.kpi_review_turnaround("
                                          "(current_date - 365), current_date + 1, 'month')")),
           "turnaround_bare_ms",
           medianMs(admin,
                    QStringLiteral("SELECT date_trunc('month', verified_at), count(*), "
                                   "percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY verified_at - "
                                   "submitted_at) FROM desk.compliance_verifications WHERE verified_at >= "
                                   "current_date - 365 GROUP BY 1")),
           false);

    report("queue_ms",
           medianMs(admin, QStringLiteral("SELECT count(*) FROM desk.kpi_review_queue("
                                          "(current_date - 365), current_date + 1, 'week')")),
           "queue_bare_ms",
           medianMs(admin,
                    QStringLiteral("SELECT w, count(*) FILTER (WHERE k = 's'), count(*) FILTER (WHERE k = "
                                   "'d') FROM (SELECT date_trunc('week', submitted_at) w, 's' k FROM "
                                   "desk.compliance_verifications UNION ALL SELECT date_trunc('week', "
                                   "verified_at), 'd' FROM desk.compliance_verifications WHERE verified_at "
                                   "IS NOT NULL) x GROUP BY 1")),
           false);

    // The same run's "before": 0022's body of desk.kpi_review_queue (a scan per bucket), as plain SQL
    // run by the superuser (desk.kpi_buckets is internal), replaced by 0039's one pass. Its rows are
    // fetched: under a count(*) the planner would drop the per-bucket subqueries.
    line("queue_0022_ms",
         medianMs(
             db.connection(),
             QStringLiteral(
                 "WITH v AS (SELECT c.submitted_at, coalesce(c.verified_at, CASE "
                 "WHEN c.status = 'expired' THEN coalesce((c.expiry_date + 1)::timestamp AT TIME ZONE "
                 "'America/Toronto', c.updated_at) END) AS closed_at FROM desk.compliance_verifications c) "
                 "SELECT b.bucket_start, (SELECT count(*) FROM desk.compliance_verifications c WHERE "
                 "c.submitted_at >= b.starts_at AND c.submitted_at < b.ends_at), (SELECT count(*) FROM "
                 "desk.compliance_verifications c WHERE c.verified_at >= b.starts_at AND c.verified_at < "
                 "b.ends_at), (SELECT count(*) FROM v WHERE v.submitted_at < least(b.ends_at, now()) AND "
                 "(v.closed_at IS NULL OR v.closed_at >= least(b.ends_at, now()))) FROM "
                 "desk.kpi_buckets(current_date - 365, current_date + 1, 'week') b")),
         "ms");

    line(
        "turnaround_0022_ms",
        medianMs(
            db.connection(),
            QStringLiteral(
                "SELECT b.bucket_start, count(d.hours), round(percentile_cont(0.5) WITHIN GROUP (ORDER BY "
                "d.hours)::numeric, 2), round(percentile_cont(0.9) WITHIN GROUP (ORDER BY d.hours)::numeric, "
                "2), count(d.hours) FILTER (WHERE d.hours <= 48) FROM desk.kpi_buckets(current_date - 365, "
                "current_date + 1, 'month') b LEFT JOIN LATERAL (SELECT extract(epoch FROM c.verified_at - "
                "c.submitted_at)::double precision / 3600 AS hours FROM desk.compliance_verifications c "
                "WHERE c.verified_at >= b.starts_at AND c.verified_at < b.ends_at) d ON true GROUP BY "
                "b.bucket_start")),
        "ms");

    // Each KPI the admins' dashboard loads, as shipped (0047: jit off in the function) and with the
    // server's jit setting (the function's `jit` reset by the superuser), alternately, five pairs
    // after one warm-up each, as the admin login in the same run; then the shipped setting again.
    const struct {
        const char *name;
        const char *signature;
        const char *call;
    } kpis[] = {
        {"kpi_review_turnaround", "(date, date, text)", "(current_date - 365, current_date + 1, 'month')"},
        {"kpi_review_queue", "(date, date, text)", "(current_date - 365, current_date + 1, 'week')"},
        {"kpi_mechanic_tiers", "()", "()"},
        {"kpi_sessions", "(date, date, text)", "(current_date - 365, current_date + 1, 'month')"},
        {"kpi_mechanic_retention", "(date, date, text)", "(current_date - 365, current_date + 1, 'month')"},
        {"kpi_bookings", "(date, date, text)", "(current_date - 7, current_date - 6, 'week')"},
        {"kpi_platform_revenue", "(date, date)", "(current_date - 365, current_date + 1)"},
        {"kpi_matching", "(integer)", "(12)"},
    };
    for (const auto &k : kpis) {
        const QString fn = QStringLiteral("desk.%1%2").arg(QLatin1String(k.name), QLatin1String(k.signature));
        const bool shippedOff =
            db.scalar(QStringLiteral("SELECT coalesce('jit=off' = ANY (proconfig), false) FROM pg_proc "
                                     "WHERE oid = '%1'::regprocedure")
                          .arg(fn))
                .toBool();
        const QString call = QStringLiteral("SELECT count(*) FROM desk.%1%2")
                                 .arg(QLatin1String(k.name), QLatin1String(k.call));
        const auto setJit = [&](bool off) {
            return db
                .run(off ? QStringLiteral("ALTER FUNCTION %1 SET jit = off").arg(fn)
                         : QStringLiteral("ALTER FUNCTION %1 RESET jit").arg(fn))
                .ok;
        };
        std::vector<double> off, on;
        for (int i = 0; i <= 5; ++i) {
            setJit(true);
            const double a = timedMs(admin, call);
            setJit(false);
            const double b = timedMs(admin, call);
            if (i > 0) {
                off.push_back(a);
                on.push_back(b);
            }
        }
        setJit(shippedOff);
        const QByteArray offName = QByteArray(k.name) + "_jit_off_ms";
        const QByteArray onName = QByteArray(k.name) + "_jit_on_ms";
        line(offName.constData(), median(off), "ms");
        line(onName.constData(), median(on), "ms");
        const QByteArray ratio = QByteArray(k.name) + "_jit_off_ratio";
        line(ratio.constData(), median(on) > 0 ? median(off) / median(on) : 0, "x");
        std::printf("# %s: shipped with jit %s\n", k.name, shippedOff ? "off" : "on (the server's)");
        ran = ran && median(off) >= 0 && median(on) >= 0;
    }

    // The bookings KPI as the dashboard asks for it (12 months by month, 0048), beside the bare count
    // of the period's bookings by local month (the rows it reads; aggregate target: 3x), and for one
    // ISO week, beside 0022's body for the same week (desk.bay_utilization per workshop), taken from
    // its migration and run once as plain SQL by the superuser, cancelled after two minutes (the 12
    // months did not finish in 26 minutes).
    {
        const QString year = QStringLiteral(
            "SELECT count(*) FROM desk.kpi_bookings(current_date - 365, current_date + 1, 'month')");
        const QString bare =
            QStringLiteral("SELECT date_trunc('month', lower(k.span) AT TIME ZONE o.time_zone), count(*), "
                           "count(*) FILTER (WHERE k.status = 'completed'), count(DISTINCT k.workshop_id) "
                           "FROM desk.bay_bookings k JOIN desk.organizations o ON o.id = k.workshop_id "
                           "WHERE lower(k.span) >= current_date - 365 GROUP BY 1");
        // The bare SQL both with the server's jit and without (the function runs without): the
        // anchor is the faster of the two.
        const double bareJit = medianMs(admin, bare, 3);
        TestDatabase::run(admin, QStringLiteral("SET jit = off"));
        const double bareNoJit = medianMs(admin, bare, 3);
        TestDatabase::run(admin, QStringLiteral("RESET jit"));
        line("bookings_kpi_bare_jit_on_ms", bareJit, "ms");
        line("bookings_kpi_bare_jit_off_ms", bareNoJit, "ms");
        report("bookings_kpi_ms", medianMs(admin, year, 3), "bookings_kpi_bare_ms",
               std::min(bareJit, bareNoJit), false);
        line("bookings_kpi_week_ms",
             medianMs(
                 admin,
                 QStringLiteral("SELECT count(*) FROM desk.kpi_bookings(current_date - 7, current_date - 6, "
                                "'week')"),
                 3),
             "ms");
        QFile file(u":/migrations/0022_kpis.sql"_qs);
        QString body = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        const qsizetype fn = body.indexOf(QStringLiteral("CREATE FUNCTION desk.kpi_bookings("));
        const qsizetype from = body.indexOf(QStringLiteral("RETURN QUERY"), fn);
        const qsizetype to = body.indexOf(QStringLiteral("\nEND\n$$"), from);
        if (fn < 0 || from < 0 || to < from) {
            std::fprintf(stderr, "cannot find 0022's body of desk.kpi_bookings\n");
            ran = false;
        } else {
            body = body.mid(from + 12, to - from - 12).trimmed();
            body.chop(1); // its ';'
            body.replace(QStringLiteral("p_from"), QStringLiteral("(current_date - 7)"))
                .replace(QStringLiteral("p_to"), QStringLiteral("(current_date - 6)"))
                .replace(QStringLiteral("p_bucket"), QStringLiteral("'week'"));
            // At most two minutes: past that it is cancelled and printed as such.
            db.run(QStringLiteral("SET statement_timeout = '120s'"));
            QElapsedTimer t;
            t.start();
            const auto r = db.run(body);
            const double ms = t.nsecsElapsed() / 1e6;
            db.run(QStringLiteral("RESET statement_timeout"));
            if (r.ok)
                line("bookings_kpi_0022_week_ms", ms, "ms");
            else if (r.sqlState() == u"57014")
                std::printf("bookings_kpi_0022_week_ms: > %.0f ms (cancelled at the statement timeout)\n",
                            ms);
            else
                std::fprintf(stderr, "0022's body of desk.kpi_bookings: %s\n", qPrintable(r.describe()));
        }
    }

    const double remindersBare = medianMs(admin, kDueBare);
    const double reminders = timedMs(admin, QStringLiteral("SELECT desk.send_expiry_reminders()"));
    const qint64 sent =
        db.scalar(QStringLiteral("SELECT count(*) FROM desk.verification_reminders")).toLongLong();
    const double remindersAgain = timedMs(admin, QStringLiteral("SELECT desk.send_expiry_reminders()"));
    const qint64 sentAgain =
        db.scalar(QStringLiteral("SELECT count(*) FROM desk.verification_reminders")).toLongLong();
    std::printf("# reminders: %lld after the first run, %lld after the second\n",
                static_cast<long long>(sent), static_cast<long long>(sentAgain));
    line("reminders_sent", double(sent), "reminders");
    line("reminders_ms", reminders, "ms");
    line("reminders_again_ms", remindersAgain, "ms");
    line("reminders_bare_ms", remindersBare, "ms");
    line("reminders_ratio", remindersBare > 0 ? reminders / remindersBare : 0, "x");
    // The board again, now that every due row has its reminders (the sweep's), once the reminders'
    // statistics are in (as autovacuum's analyze would have them: the never-analyzed table's
    // default estimate made every row's lookup a bitmap scan, 245 ms more for the board).
    db.run(QStringLiteral("ANALYZE desk.verification_reminders"));
    report("board_with_reminders_ms", medianMs(admin, kBoard), "board_with_reminders_bare_ms",
           medianMs(admin, kDueBare), true);
    boardBefore("board_with_reminders_0045_ms", u"0045_expiry_board_bookings_bound.sql"_qs, true);
    ran = ran && reminders >= 0 && remindersAgain >= 0;
    return ran ? 0 : 1;
}
