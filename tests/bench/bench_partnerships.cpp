// Benchmark of the partnership pane (issue 4) against a real PostgreSQL: one workshop with 200
// programs and 10,000 applications (seeded with COPY), as the workshop owner's own login.
//
// Figures, each with its anchor measured in the same run (`name: value unit` lines):
//   pane_open_ms              the pane shown (its controller starts on the first show) until the
//                             programs list is filled; the app builds the pane with its window
//   pane_build_ms             building the controller, PartnershipPane and ApplicationsPanel (part
//                             of the launch, no target of its own here; before 2026-12-04 it was
//                             counted in pane_open_ms); the pane's Agreements and Partnerships
//                             panels are built on a later turn of the event loop, as in the app,
//                             before the pane is shown, and not timed
//   pane_open_bare_ms         the same programs query, bare, through libpq
//   program_open_ms           select a program in the pane: editor filled (detail + versions)
//   program_open_bare_ms      the same two queries, bare, through libpq
//   applications_open_ms      choose a program in the Applications pane: the first page of its
//                             applications (200 rows, eligibility per row) in the queue
//   applications_open_bare_ms the same query, bare, through libpq
//                             (before 2026-12-07 evening, program_open did both with both panes in
//                             view; the app shows them on two tabs, and only the tab in view paints)
//   agreements_per_s          approve + render the PDF + store it with its sha256, end to end
//   agreements_render_per_s   the PDF alone; agreements_sql_per_s: approval alone (anchor)
//   gui_longest_busy_ms       the longest stretch the GUI thread spent busy (its CPU time between two
//                             ticks of a 5 ms timer, tests/bench/stallmonitor.h) while the pane opens
//                             (from show() until its follow-up loads are in) and while a program
//                             opens in either pane;
//                             the pane's construction is left out: the app builds it with the window;
//                             the pane is shown inside a window shown before (as a tab of the main
//                             window is), not as a window of its own, and since 2026-12-07 late night
//                             as the app shows a tab: made the current page of a QStackedWidget
//                             (before: its geometry set, then shown); a `#` line gives the stretch's
//                             CLOCK_MONOTONIC times, for `perf record -k CLOCK_MONOTONIC` and
//                             `perf script --time`; the process's first opening of the pane is a
//                             phase of its own, `pane_open_first_in_process`, printed and left out
//                             (as bench_reviewqueue's first pane): it loads the glyphs of the
//                             process's fonts (FreeType's FT_Load_Glyph, 16-18 % of its stretch,
//                             2026-12-07), which in the app the launch's first pane does
//                             (bench_launch's figures)
// Targets: open times under 100 ms and within 3x the bare SQL; issue 19: within 16 ms of the bare
// SQL, and no GUI stretch over 16 ms (one frame) (pass/fail lines; exits 0 anyway).
//
// Run: pg_virtualenv -t build-partnerships/tests/bench/bench_partnerships

#include "app/partnerships/partnershipcontroller.h"
#include "models/core/dbexecutor.h"
#include "models/partnerships/applicationqueuemodel.h"
#include "models/partnerships/partnershiprepository.h"
#include "models/partnerships/programlistmodel.h"
#include "tests/bench/stallmonitor.h"
#include "tests/support/testdatabase.h"
#include "views/common/deskstyle.h"
#include "views/paper/agreementrenderer.h"
#include "views/partnerships/applicationspanel.h"
#include "views/partnerships/partnershippane.h"
#include "views/partnerships/programeditor.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

#include <libpq-fe.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace adesk;

namespace {

void line(const QString &name, double value, const char *unit) {
    std::printf("%s: %.1f %s\n", qPrintable(name), value, unit);
    std::fflush(stdout);
}

void verdict(const QString &name, double value, double bare, double limitMs) {
    const bool ok = value < limitMs && value <= 3.0 * std::max(bare, 1.0);
    std::printf("%s %s: %.1f ms vs bare %.1f ms (%.1fx; target < %.0f ms and <= 3x bare)\n",
                ok ? "pass" : "fail", qPrintable(name), value, bare, value / std::max(bare, 0.001), limitMs);
    std::fflush(stdout);
    // Issue 19: within 16 ms of the bare query.
    const bool close = value <= bare + 16.0;
    std::printf("%s %s (issue 19): %.1f ms vs bare %.1f ms (+%.1f ms; target <= bare + 16 ms)\n",
                close ? "pass" : "fail", qPrintable(name), value, bare, value - bare);
    std::fflush(stdout);
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

PGconn *connect(const ConnectionSettings &s) {
    QString ci = s.conninfo;
    if (!s.password.isEmpty())
        ci += QStringLiteral(" password='%1'").arg(s.password);
    PGconn *c = PQconnectdb(ci.toUtf8().constData());
    if (PQstatus(c) != CONNECTION_OK) {
        std::fprintf(stderr, "libpq: %s\n", PQerrorMessage(c));
        PQfinish(c);
        return nullptr;
    }
    return c;
}

double bare(PGconn *c, const QString &sql) {
    QElapsedTimer t;
    t.start();
    PGresult *r = PQexec(c, sql.toUtf8().constData());
    const double ms = t.nsecsElapsed() / 1e6;
    if (PQresultStatus(r) != PGRES_TUPLES_OK) {
        std::fprintf(stderr, "bare query failed: %s\n%s\n", PQresultErrorMessage(r), qPrintable(sql));
        PQclear(r);
        return -1;
    }
    PQclear(r);
    return ms;
}

QString inline1(QString sql, const QStringList &values) {
    for (const QString &v : values) {
        const qsizetype at = sql.indexOf(u'?');
        if (at < 0)
            break;
        sql.replace(at, 1, v);
    }
    return sql;
}

bool copyApplications(PGconn *c, qint64 workshop, const QList<qint64> &programs,
                      const QList<qint64> &versions, qint64 firstMechanic, int mechanics, qint64 reviewer) {
    PGresult *r =
        PQexec(c, "COPY desk.partnership_applications (program_id, program_version_id, workshop_id, "
                  "mechanic_id, message, status, reason, reviewed_by, reviewed_at, submitted_at) FROM STDIN");
    if (PQresultStatus(r) != PGRES_COPY_IN) {
        std::fprintf(stderr, "COPY: %s\n", PQresultErrorMessage(r));
        PQclear(r);
        return false;
    }
    PQclear(r);
    QByteArray buf;
    int n = 0;
    for (int p = 0; p < programs.size(); ++p) {
        const int count = p == 0 ? 2040 : 40; // one large queue; 2,040 + 199 x 40 = 10,000
        for (int k = 0; k < count; ++k, ++n) {
            const qint64 mech = firstMechanic + (p * 37 + k) % mechanics;
            const int bucket = (n * 7) % 20;
            const char *status = bucket < 12   ? "pending"
                                 : bucket < 16 ? "approved"
                                 : bucket < 19 ? "rejected"
                                               : "withdrawn";
            const bool decided = bucket >= 12 && bucket < 19;
            buf += QStringLiteral(
                       "%1\t%2\t%3\t%4\tI would like to join your program (%5).\t%6\t%7\t%8\t%9\t%10\n")
                       .arg(programs.at(p))
                       .arg(versions.at(p))
                       .arg(workshop)
                       .arg(mech)
                       .arg(n)
                       .arg(QString::fromLatin1(status))
                       .arg(bucket >= 16 && bucket < 19 ? QStringLiteral("Not enough experience")
                                                        : QStringLiteral("\\N"))
                       .arg(decided ? QString::number(reviewer) : QStringLiteral("\\N"))
                       .arg(decided ? QStringLiteral("2026-01-02 10:00:00+00") : QStringLiteral("\\N"))
                       .arg(QDateTime(QDate(2025, 6, 1), QTime(8, 0), Qt::UTC)
                                .addSecs(qint64(n) * 613)
                                .toString(Qt::ISODate))
                       .toUtf8();
        }
    }
    if (PQputCopyData(c, buf.constData(), int(buf.size())) != 1 || PQputCopyEnd(c, nullptr) != 1)
        return false;
    bool ok = true;
    while ((r = PQgetResult(c)) != nullptr) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            std::fprintf(stderr, "COPY: %s\n", PQresultErrorMessage(r));
            ok = false;
        }
        PQclear(r);
    }
    std::printf("# seeded %d applications over %lld programs with COPY\n", n,
                static_cast<long long>(programs.size()));
    return ok;
}

} // namespace

int main(int argc, char **argv) {
    // Without a display as the other benchmarks: offscreen unless a platform is asked for.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The app's style (DeskStyle over the platform's), unless ADESK_BENCH_PLAIN_STYLE is set: Qt's
    // own, the anchor of DeskStyle's figures.
    if (qEnvironmentVariableIsEmpty("ADESK_BENCH_PLAIN_STYLE"))
        adesk::DeskStyle::install();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    TestDatabase db;
    if (db.start() != TestDatabase::Status::Ready) {
        std::fprintf(stderr, "no test database (run under pg_virtualenv -t): %s\n",
                     qPrintable(db.errorString()));
        return 2;
    }
    const qint64 workshop = db.insertWorkshop(QStringLiteral("Bench Garage"));
    const QString owner = db.roleName(QStringLiteral("bench_owner"));
    if (!workshop || !db.createLogin(owner, QStringLiteral("adesk_workshop_owner"),
                                     QStringLiteral("Bench Owner"), {workshop}))
        return 2;
    const qint64 reviewer =
        db.scalar(QStringLiteral("SELECT profile_id FROM desk.staff_logins WHERE login_role = ?"), {owner})
            .toLongLong();
    // 2,100 mechanics (more than the largest queue), most approved and rated.
    db.exec(QStringLiteral("INSERT INTO desk.profiles (full_name, role) SELECT 'Mechanic ' || g, 'mechanic' "
                           "FROM generate_series(1, 2100) g"));
    db.exec(
        QStringLiteral("INSERT INTO desk.mechanics (profile_id, display_name, compliance_status, rating_bp, "
                       "years_experience, city, province, red_seal_certified) "
                       "SELECT p.id, p.full_name, CASE WHEN p.id % 9 = 0 THEN 'pending' ELSE 'approved' END, "
                       "35000 + (p.id * 37) % 15000, p.id % 25, 'Toronto', 'ON', p.id % 3 = 0 "
                       "FROM desk.profiles p WHERE p.role = 'mechanic'"));
    const qint64 firstMechanic = db.scalar(QStringLiteral("SELECT min(id) FROM desk.mechanics")).toLongLong();
    // 200 published programs of the three types, one version each.
    db.exec(
        QStringLiteral(
            "INSERT INTO desk.partnership_programs (workshop_id, name, description, program_type, status, "
            "max_partners, published_at) SELECT ?, 'Program ' || lpad(g::text, 3, '0'), 'Bench program', "
            "(ARRAY['bay_rental','revenue_share','membership'])[1 + g % 3], 'published', NULL, now() "
            "FROM generate_series(1, 200) g"),
        {workshop});
    db.exec(QStringLiteral(
        "INSERT INTO desk.partnership_program_versions (program_id, workshop_id, version_no, program_type, "
        "effective_from, "
        "terms_html, bay_rate_hour_cents, platform_fee_bp, workshop_share_bp, mechanic_share_bp, "
        "membership_fee_cents, "
        "included_bay_hours, overage_rate_hour_cents, min_rating_bp, min_years_experience, published_at) "
        "SELECT p.id, p.workshop_id, 1, p.program_type, current_date - 30, '<p>Terms</p>', "
        "CASE WHEN p.program_type = 'bay_rental' THEN 4500 END, 2000, "
        "CASE WHEN p.program_type = 'bay_rental' THEN 0 ELSE 2000 END, "
        "CASE WHEN p.program_type = 'bay_rental' THEN 8000 ELSE 6000 END, "
        "CASE WHEN p.program_type = 'membership' THEN 49900 END, CASE WHEN p.program_type = 'membership' "
        "THEN 40 END, "
        "CASE WHEN p.program_type = 'membership' THEN 3500 END, 40000, 3, now() FROM "
        "desk.partnership_programs p"));
    QList<qint64> programs;
    QList<qint64> versions;
    {
        const auto r = db.run(
            QStringLiteral("SELECT p.id, v.id FROM desk.partnership_programs p JOIN "
                           "desk.partnership_program_versions v ON v.program_id = p.id ORDER BY p.name"));
        for (const QVariantList &row : r.rows) {
            programs << row.at(0).toLongLong();
            versions << row.at(1).toLongLong();
        }
    }
    PGconn *super = connect(db.superuser());
    if (!super || programs.size() != 200 ||
        !copyApplications(super, workshop, programs, versions, firstMechanic, 2100, reviewer))
        return 2;
    PQfinish(super);
    db.exec(QStringLiteral("ANALYZE"));

    const ConnectionSettings login = db.login(owner);
    PGconn *c = connect(login);
    if (!c)
        return 2;
    DbExecutor executor(login, 2);
    Identity who;
    who.loginRole = owner;
    who.deskRole = QStringLiteral("workshop_owner");
    who.workshopIds = {workshop};
    // Warm both paths (connections, plans, catalog caches).
    executor
        .run<QList<ProgramRow>>(
            [workshop](QSqlDatabase &d) { return PartnershipRepository::listPrograms(d, workshop); })
        .waitForFinished();
    executor
        .run<QList<ProgramRow>>(
            [workshop](QSqlDatabase &d) { return PartnershipRepository::listPrograms(d, workshop); })
        .waitForFinished();
    const QString programsBare =
        inline1(PartnershipRepository::programsSql(true), {QString::number(workshop)});
    bare(c, programsBare);

    // ---- open the pane -------------------------------------------------------------------------
    adesk::bench::StallMonitor stall;
    // The process's first opening of the pane: the process's first glyphs loaded too (above).
    const QString firstInProcess = QStringLiteral("pane_open_first_in_process");
    std::vector<double> open, openBare, build;
    // The app shows a pane inside its main window, whose backing store exists from the window's first
    // paint: a window of that size hosts each pane here. (A pane shown as a window of its own pays
    // for a new 1400x900 backing store, page faults included, on every opening, which a tab does
    // not: 7-36 ms of the GUI thread's longest stretch before 2026-12-04 evening.)
    QWidget window;
    window.resize(1400, 900);
    // The main window's tabs are a QStackedWidget's pages: opening a pane makes it the current page.
    auto *pages = new QStackedWidget(&window);
    pages->setGeometry(0, 0, 1400, 900);
    pages->addWidget(new QWidget);
    window.show();
    (void)QTest::qWaitForWindowExposed(&window);
    QTest::qWait(50);
    for (int i = 0; i < 15; ++i) {
        QElapsedTimer t;
        t.start();
        PartnershipController controller(&executor, nullptr, who);
        PartnershipPane pane(controller.programs(), controller.agreements(), controller.partnerships());
        QSignalSpy panelsBuilt(&pane, &PartnershipPane::panelsBuilt);
        ApplicationsPanel apps(controller.programs(), controller.applications());
        controller.attach(&pane, &apps);
        QSignalSpy loaded(controller.programs(), &ProgramListModel::loaded);
        build.push_back(t.nsecsElapsed() / 1e6);
        // The app builds every pane while its window is idle (app/shell/featurepanes.cpp), and the
        // pane its Agreements and Partnerships panels on a later turn of the event loop: both are
        // done long before the user opens the tab, so they are here too (before 2026-12-07 late, the
        // pane was shown before its panels' turn came, and they were built within its show).
        if (!adesk::bench::spinUntil([&] { return !panelsBuilt.isEmpty(); }, 5000)) {
            std::fprintf(stderr, "the pane's panels were not built\n");
            return 1;
        }
        // The controller starts on the pane's first show: opening the pane is from show() on.
        t.start();
        const QString phase = i == 0 ? firstInProcess : QStringLiteral("pane_open");
        stall.start(phase);
        pages->addWidget(&pane);
        pages->setCurrentWidget(&pane);
        if (!loaded.wait(5000) || controller.programs()->rowCount() != 200) {
            std::fprintf(stderr, "pane did not load (%d rows)\n", controller.programs()->rowCount());
            return 1;
        }
        open.push_back(t.nsecsElapsed() / 1e6);
        stall.stop(); // the bare query blocks this thread on purpose
        openBare.push_back(bare(c, programsBare));
        stall.start(phase);
        // Let the follow-up loads (first program's detail, its queue, agreements, partnerships)
        // finish: Qt 6.4 asserts when a continuation's context dies while its job runs.
        (void)adesk::bench::spinUntil(
            [&] {
                return pane.editor()->program().id != 0 && !controller.applications()->isLoading() &&
                       controller.applications()->programId() != 0 && !controller.programs()->isLoading();
            },
            5000);
        adesk::bench::spin(100);
        stall.stop();
    }
    line(QStringLiteral("pane_open_ms"), median(open), "ms");
    line(QStringLiteral("pane_open_bare_ms"), median(openBare), "ms");
    line(QStringLiteral("pane_build_ms"), median(build), "ms");
    verdict(QStringLiteral("pane_open"), median(open), median(openBare), 100);

    // ---- open a program in the pane; choose a program in the Applications pane ------------------
    // The app has them on two tabs of its main window (Partnerships, Applications): opening a program
    // in the first fills the editor, choosing one in the second fills the queue, and only the tab in
    // view paints. Both panes are children of the host window here, one shown at a time. (Before
    // 2026-12-07 evening, one phase did both with both panes shown as windows of their own, so each
    // opening also painted the other pane: the applications table's cells were 26 of the 58 samples
    // of that phase's longest stretch, which the app does not do.)
    {
        PartnershipController controller(&executor, nullptr, who);
        PartnershipPane pane(controller.programs(), controller.agreements(), controller.partnerships());
        ApplicationsPanel apps(controller.programs(), controller.applications());
        controller.attach(&pane, &apps);
        QSignalSpy loaded(controller.programs(), &ProgramListModel::loaded);
        for (QWidget *tab : {static_cast<QWidget *>(&pane), static_cast<QWidget *>(&apps)}) {
            tab->hide();
            tab->setParent(&window);
            tab->setGeometry(0, 0, 1400, 900);
        }
        pane.show();
        loaded.wait(5000);
        adesk::bench::spin(300);
        const QString detailSql =
            inline1(QStringLiteral("SELECT p.*, v.* FROM desk.partnership_programs p JOIN desk.organizations "
                                   "o ON o.id = p.workshop_id "
                                   "LEFT JOIN LATERAL (SELECT * FROM desk.partnership_program_versions x "
                                   "WHERE x.program_id = p.id "
                                   "ORDER BY x.version_no DESC LIMIT 1) v ON true WHERE p.id = ?"),
                    {QString::number(programs.first())});
        const QString versionsSql =
            QStringLiteral("SELECT id, version_no, effective_from, published_at IS NOT NULL FROM "
                           "desk.partnership_program_versions WHERE program_id = %1 ORDER BY version_no")
                .arg(programs.first());
        const QString appsSql = inline1(PartnershipRepository::applicationsSql(false, false),
                                        {QString::number(programs.first()), QStringLiteral("200")});
        auto report = [](const char *name, const std::vector<double> &app,
                         const std::vector<double> &bareMs) {
            QStringList runs;
            for (std::size_t k = 0; k < app.size(); ++k)
                runs << QStringLiteral("%1/%2").arg(app[k], 0, 'f', 1).arg(bareMs[k], 0, 'f', 1);
            std::printf("# %s runs (ms, app/bare, in order): %s\n", name, qPrintable(runs.join(u' ')));
            line(QString::fromLatin1(name) + u"_ms"_qs, median(app), "ms");
            line(QString::fromLatin1(name) + u"_bare_ms"_qs, median(bareMs), "ms");
            verdict(QString::fromLatin1(name), median(app), median(bareMs), 100);
        };

        // A program opened in the Partnerships pane: its detail and versions in the editor. The pane
        // opened the big program: another first, so that every measured opening is a change.
        pane.selectProgram(programs.at(1));
        (void)adesk::bench::spinUntil([&] { return pane.editor()->program().id == programs.at(1); }, 5000);
        adesk::bench::spin(50);
        std::vector<double> prog, progBare;
        for (int i = 0; i < 15; ++i) {
            // Alternate between the big program and another so every opening is a real change.
            const qint64 target = i % 2 == 0 ? programs.first() : programs.at(1 + i);
            QElapsedTimer t;
            t.start();
            stall.start(QStringLiteral("program_open"));
            pane.selectProgram(target);
            (void)adesk::bench::spinUntil([&] { return pane.editor()->program().id == target; }, 5000);
            const double ms = t.nsecsElapsed() / 1e6;
            adesk::bench::spin(50); // what the program's arrival does on this thread, after it is counted
            stall.stop();
            if (i % 2 == 0) {
                prog.push_back(ms);
                progBare.push_back(bare(c, detailSql) + bare(c, versionsSql));
            }
        }
        report("program_open", prog, progBare);

        // A program chosen in the Applications pane: the first page of its queue (200 rows of the big
        // program, eligibility per row), through the controller as the pane's program list does.
        pane.hide();
        apps.show();
        {
            QSignalSpy page(controller.applications(), &ApplicationQueueModel::pageLoaded);
            controller.chooseProgram(programs.at(1), std::nullopt); // as above: not the big program
            (void)adesk::bench::spinUntil([&] { return !page.isEmpty(); }, 5000);
        }
        adesk::bench::spin(300);
        std::vector<double> queue, queueBare;
        for (int i = 0; i < 15; ++i) {
            const qint64 target = i % 2 == 0 ? programs.first() : programs.at(1 + i);
            QSignalSpy page(controller.applications(), &ApplicationQueueModel::pageLoaded);
            QElapsedTimer t;
            t.start();
            stall.start(QStringLiteral("applications_open"));
            controller.chooseProgram(target, std::nullopt);
            (void)adesk::bench::spinUntil([&] { return !page.isEmpty(); }, 5000);
            const double ms = t.nsecsElapsed() / 1e6;
            adesk::bench::spin(50); // what the page's arrival does on this thread, after it is counted
            stall.stop();
            if (i % 2 == 0) {
                if (controller.applications()->rowCount() != 200) {
                    std::fprintf(stderr, "queue has %d rows\n", controller.applications()->rowCount());
                    return 1;
                }
                queue.push_back(ms);
                queueBare.push_back(bare(c, appsSql));
            }
        }
        report("applications_open", queue, queueBare);
        apps.hide();
    }
    for (const QString &phase : stall.phases())
        std::printf("# longest gap between timer ticks in %s: %.1f ms (wall clock, load included; CPU %.1f, "
                    "waiting for a core %.1f)\n",
                    qPrintable(phase), stall.phaseMax(phase), stall.phaseMaxCpu(phase),
                    stall.phaseMaxWait(phase));
    for (const QString &phase : stall.phases())
        std::printf("# longest busy stretch in %s: %.1f ms of the GUI thread's CPU between two ticks "
                    "(CLOCK_MONOTONIC %.6f to %.6f s)\n",
                    qPrintable(phase), stall.phaseMaxBusy(phase), stall.phaseMaxBusyFromS(phase),
                    stall.phaseMaxBusyToS(phase));
    for (const QString &phase : stall.phases())
        std::printf(
            "# longest input latency in %s: %.1f ms (an event posted to the GUI thread every 5 ms, the "
            "longest it waited)\n",
            qPrintable(phase), stall.phaseMaxLatency(phase));
    // Issue 19: one frame in every interaction; the process's first opening is the launch's.
    QString busiest;
    for (const QString &phase : stall.phases())
        if (phase != firstInProcess &&
            (busiest.isEmpty() || stall.phaseMaxBusy(phase) > stall.phaseMaxBusy(busiest)))
            busiest = phase;
    std::printf("# longest busy stretch: CLOCK_MONOTONIC %.6f to %.6f s (perf script --time)\n",
                stall.phaseMaxBusyFromS(busiest), stall.phaseMaxBusyToS(busiest));
    line(QStringLiteral("gui_longest_busy_ms"), stall.phaseMaxBusy(busiest), "ms");
    line(QStringLiteral("gui_longest_busy_first_in_process_ms"), stall.phaseMaxBusy(firstInProcess), "ms");
    std::printf("%s gui_longest_busy (issue 19): %.1f ms in %s (target < 16 ms, one frame; the process's "
                "first opening of the pane, %.1f ms, is the launch's: bench_launch)\n",
                stall.phaseMaxBusy(busiest) < 16 ? "pass" : "fail", stall.phaseMaxBusy(busiest),
                qPrintable(busiest), stall.phaseMaxBusy(firstInProcess));

    // ---- agreements per second -------------------------------------------------------------------
    {
        const auto pending = db.run(
            QStringLiteral(
                "SELECT a.id, a.version FROM desk.partnership_applications a WHERE a.status = 'pending' "
                "AND cardinality(desk.mechanic_ineligibility(a.mechanic_id, a.program_version_id)) = 0 "
                "ORDER BY a.program_id <> ?, a.id LIMIT 120"),
            {programs.first()});
        QList<QPair<qint64, int>> ids;
        for (const QVariantList &r : pending.rows)
            ids.append({r.at(0).toLongLong(), r.at(1).toInt()});
        if (ids.size() < 120) {
            std::fprintf(stderr, "only %lld eligible pending applications\n",
                         static_cast<long long>(ids.size()));
            return 1;
        }
        QSqlDatabase own = TestDatabase::openConnection(login, QStringLiteral("bench_agreements"));
        // Anchor: the approval alone (SQL, agreement row, partnership row).
        QElapsedTimer t;
        t.start();
        QList<qint64> agreementsSql;
        for (int i = 0; i < 40; ++i) {
            const auto r = PartnershipRepository::decideApplication(
                own, RequestKey::create(), ids.at(i).first, ids.at(i).second, true, {});
            if (!r) {
                std::fprintf(stderr, "approve: %s\n", qPrintable(r.error().serverMessage));
                return 1;
            }
            agreementsSql << *r;
        }
        const double sqlRate = 40 / (t.nsecsElapsed() / 1e9);
        // The PDF alone.
        const auto row = PartnershipRepository::loadAgreement(own, agreementsSql.first());
        const auto example =
            PartnershipRepository::agreementExample(own, *row, PartnershipRepository::kExampleGrossCents);
        if (!example) {
            std::fprintf(stderr, "example: %s\n", qPrintable(example.error().serverMessage));
            return 1;
        }
        t.restart();
        for (int i = 0; i < 40; ++i)
            AgreementRenderer::render(*row, *example);
        const double renderRate = 40 / (t.nsecsElapsed() / 1e9);
        // End to end: approve, load, its worked example, render, store with sha256 (what the
        // controller does per approval).
        t.restart();
        for (int i = 40; i < 120; ++i) {
            const auto g = PartnershipRepository::decideApplication(
                own, RequestKey::create(), ids.at(i).first, ids.at(i).second, true, {});
            const auto a =
                g ? PartnershipRepository::loadAgreement(own, *g) : Result<AgreementRow>(g.error());
            const auto ex = a ? PartnershipRepository::agreementExample(
                                    own, *a, PartnershipRepository::kExampleGrossCents)
                              : Result<SplitExample>(a.error());
            const QByteArray pdf = ex ? AgreementRenderer::render(*a, *ex) : QByteArray();
            const auto doc = a ? PartnershipRepository::attachAgreementDocument(
                                     own, RequestKey::create(), *g, AgreementRenderer::fileName(*a), pdf)
                               : Result<qint64>(a.error());
            if (!doc) {
                std::fprintf(stderr, "agreement: %s\n", qPrintable(doc.error().serverMessage));
                return 1;
            }
        }
        const double fullRate = 80 / (t.nsecsElapsed() / 1e9);
        line(QStringLiteral("agreements_per_s"), fullRate, "agreements/s");
        line(QStringLiteral("agreements_render_per_s"), renderRate, "agreements/s");
        line(QStringLiteral("agreements_sql_per_s"), sqlRate, "approvals/s");
        std::printf("# agreement PDF size: %lld bytes\n",
                    static_cast<long long>(AgreementRenderer::render(*row, *example).size()));
        own = QSqlDatabase();
        TestDatabase::closeConnection(QStringLiteral("bench_agreements"));
    }
    PQfinish(c);
    return 0;
}
