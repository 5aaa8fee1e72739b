// Benchmark of the compliance review queue (VerificationQueueModel in a ReviewPane) against a
// real PostgreSQL holding 1,000,000 verifications (seeded with COPY).
//
// Every figure is printed as one `name: value unit` line with the anchor it is compared to, the
// bare SQL of the same page timed with libpq as the same login in the same run, right beside it.
// Targets (issue 15): first rows and every filter/sort change within 3x the bare query and under
// 150 ms; client memory growth under 50 MB; no GUI event-loop stall over 50 ms. Issue 19's, judged
// beside them: each of those within 16 ms of its bare query (`*_over_bare`), and no stall over one
// frame (16 ms) in any interaction (`longest_gui_latency_interactions`: the longest an event posted to
// the GUI thread waited; the timer's gaps, `longest_gui_stall_interactions_ms`, printed beside it;
// the process's first pane, built and opened, is the launch's, timed by bench_launch). Opening the
// pane is two phases, as the app opens a tab: the pane built and added to the window's pages, then
// made the current page with its filter set. `pass`/`fail` lines are printed against them, but the
// program exits 0 whatever the figures (non-zero only when it could not run).
//
// Run (see README.md):
//   pg_virtualenv -t -o shared_buffers=256MB build-bench/tests/bench/bench_reviewqueue [--rows N]

#include "models/compliance/verificationqueuemodel.h"
#include "models/compliance/verificationrepository.h"
#include "models/core/dbexecutor.h"
#include "tests/bench/stallmonitor.h"
#include "tests/support/testdatabase.h"
#include "views/common/deskstyle.h"
#include "views/compliance/reviewpane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QWidget>

#include <libpq-fe.h>
#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <random>
#include <vector>

using namespace adesk;
using adesk::bench::StallMonitor;

namespace {

// ----- output ---------------------------------------------------------------------------------

void line(const QString &name, double value, const char *unit) {
    std::printf("%s: %.1f %s\n", qPrintable(name), value, unit);
    std::fflush(stdout);
}

void note(const QString &text) {
    std::printf("# %s\n", qPrintable(text));
    std::fflush(stdout);
}

double median(std::vector<double> v) {
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QString spread(const std::vector<double> &v) {
    QStringList s;
    for (double d : v)
        s << QString::number(d, 'f', 1);
    return s.join(u' ');
}

/// Resident set size of this process in bytes (VmRSS of /proc/self/status).
qint64 rssBytes() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &l : f.readAll().split('\n')) {
        if (l.startsWith("VmRSS:"))
            return l.mid(6).trimmed().split(' ').first().toLongLong() * 1024;
    }
    return -1;
}

constexpr double kMb = 1024.0 * 1024.0;

/// Runs the event loop until @p pred holds (false after @p timeoutMs).
bool spinUntil(const std::function<bool()> &pred, int timeoutMs) {
    QElapsedTimer t;
    t.start();
    while (!pred()) {
        if (t.elapsed() > timeoutMs)
            return false;
        // The stall monitor's 5 ms timer (or a posted continuation) wakes this up.
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

// ----- libpq ----------------------------------------------------------------------------------

QString conninfoValue(const QString &v) {
    QString s = v;
    s.replace(u'\\', QStringLiteral("\\\\"));
    s.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + s + u'\'';
}

PGconn *connectLibpq(const ConnectionSettings &s) {
    QString ci = s.conninfo;
    if (!s.password.isEmpty())
        ci += QStringLiteral(" password=") + conninfoValue(s.password);
    ci += QStringLiteral(" application_name=adesk-bench-bare");
    PGconn *c = PQconnectdb(ci.toUtf8().constData());
    if (PQstatus(c) != CONNECTION_OK) {
        std::fprintf(stderr, "libpq connection failed: %s\n", PQerrorMessage(c));
        PQfinish(c);
        return nullptr;
    }
    return c;
}

/// Runs @p sql and reads the whole result into the client; returns the wall time in ms (-1 on error).
double timeBare(PGconn *c, const QString &sql, int *rows = nullptr) {
    const QByteArray q = sql.toUtf8();
    QElapsedTimer t;
    t.start();
    PGresult *r = PQexec(c, q.constData());
    const double ms = t.nsecsElapsed() / 1e6;
    const bool ok = PQresultStatus(r) == PGRES_TUPLES_OK || PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok)
        std::fprintf(stderr, "bare query failed: %s\n%s\n", PQresultErrorMessage(r), q.constData());
    if (rows)
        *rows = PQntuples(r);
    PQclear(r);
    return ok ? ms : -1;
}

QStringList explain(PGconn *c, const QString &sql) {
    QStringList out;
    const QByteArray q = (QStringLiteral("EXPLAIN (ANALYZE, BUFFERS) ") + sql).toUtf8();
    PGresult *r = PQexec(c, q.constData());
    if (PQresultStatus(r) == PGRES_TUPLES_OK) {
        for (int i = 0; i < PQntuples(r); ++i)
            out << QString::fromUtf8(PQgetvalue(r, i, 0));
    } else {
        out << QString::fromUtf8(PQresultErrorMessage(r));
    }
    PQclear(r);
    return out;
}

// ----- seeding --------------------------------------------------------------------------------

struct Entity {
    bool workshop;
    qint64 id;
};

struct Seeded {
    qint64 pending = 0;
    QString licenceNeedle; ///< licence number of one pending row (for a selective text search)
    QString nameNeedle;    ///< a mechanic's family name (a common text search)
};

/// COPYs @p rows verifications spread over @p entities into desk.compliance_verifications.
bool copyVerifications(PGconn *c, const std::vector<Entity> &entities, qint64 rows, qint64 reviewerProfile,
                       const QString &claimer, Seeded *seeded) {
    // The seeded rows repeat requirements (tens of thousands of rows per entity and document type):
    // the supersession trigger (0021) would supersede each one's predecessors one row at a time, a
    // scan of the requirement's rows per row inserted (hours at a million). The queue's paging is
    // measured on the rows as seeded: the trigger is off for the COPY only.
    PGresult *r =
        PQexec(c, "ALTER TABLE desk.compliance_verifications DISABLE TRIGGER verifications_supersede_insert");
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
        std::fprintf(stderr, "cannot disable the supersession trigger: %s\n", PQresultErrorMessage(r));
        PQclear(r);
        return false;
    }
    PQclear(r);
    r = PQexec(c, "COPY desk.compliance_verifications (entity_type, entity_id, verification_type, "
                  "license_number, policy_number, coverage_amount_cents, expiry_date, status, "
                  "rejection_reason_code, verified_by, verified_at, submitted_at, info_requested_at, "
                  "claimed_by, claim_expires_at) FROM STDIN");
    if (PQresultStatus(r) != PGRES_COPY_IN) {
        std::fprintf(stderr, "COPY failed to start: %s\n", PQresultErrorMessage(r));
        PQclear(r);
        return false;
    }
    PQclear(r);

    std::mt19937_64 rng(20240601);
    std::uniform_real_distribution<double> u01(0.0, 1.0);
    const QStringList mechanicTypes = {QStringLiteral("business_license"), QStringLiteral("insurance"),
                                       QStringLiteral("employment"), QStringLiteral("certification")};
    const QStringList workshopTypes = {QStringLiteral("business_license"), QStringLiteral("insurance"),
                                       QStringLiteral("zoning"), QStringLiteral("ownership")};
    const QStringList reasons = {QStringLiteral("expired"),
                                 QStringLiteral("name_mismatch"),
                                 QStringLiteral("poor_quality"),
                                 QStringLiteral("wrong_document"),
                                 QStringLiteral("insufficient_coverage"),
                                 QStringLiteral("other")};
    std::vector<size_t> mechanics, workshops;
    for (size_t i = 0; i < entities.size(); ++i)
        (entities[i].workshop ? workshops : mechanics).push_back(i);

    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 twoYearsMs = 730LL * 86400 * 1000;
    const QByteArray nul("\\N");
    auto ts = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
    };
    const QByteArray claimExpires = ts(nowMs + 6LL * 3600 * 1000);
    const QByteArray reviewer = QByteArray::number(reviewerProfile);
    const QByteArray claimerBytes = claimer.toUtf8();

    QByteArray buf;
    buf.reserve(4 << 20);
    for (qint64 i = 0; i < rows; ++i) {
        const bool onWorkshop = !workshops.empty() && (mechanics.empty() || u01(rng) < 0.2);
        const std::vector<size_t> &pool = onWorkshop ? workshops : mechanics;
        const Entity &e = entities[pool[size_t(rng() % pool.size())]];
        const QString &type = (onWorkshop ? workshopTypes : mechanicTypes).at(int(rng() % 4));
        const double s = u01(rng);
        const char *status = s < 0.20 ? "pending" : s < 0.80 ? "approved" : s < 0.92 ? "rejected" : "expired";
        const bool pending = s < 0.20;
        const qint64 submitted = nowMs - qint64(u01(rng) * double(twoYearsMs));

        QByteArray licence = nul, policy = nul, coverage = nul, expiry = nul;
        if (type == u"business_license" || type == u"certification") {
            licence = (type == u"certification" ? "RS-"
                       : onWorkshop             ? "ML-"
                                                : "BL-") +
                      QByteArray::number(qint64(1000000 + rng() % 9000000));
            if (pending && seeded->licenceNeedle.isEmpty() && i > rows / 2)
                seeded->licenceNeedle = QString::fromLatin1(licence);
        }
        if (type == u"insurance") {
            policy = "POL-" + QByteArray::number(qint64(10000000 + rng() % 90000000));
            coverage = onWorkshop ? "500000000" : "200000000";
        }
        if (type == u"business_license" || type == u"insurance" || type == u"certification") {
            const qint64 days = 365 + qint64(rng() % 366);
            expiry = QDateTime::fromMSecsSinceEpoch(submitted + days * 86400 * 1000, Qt::UTC)
                         .date()
                         .toString(Qt::ISODate)
                         .toLatin1();
        }
        QByteArray reason = nul, verifiedBy = nul, verifiedAt = nul, infoAt = nul, claimedBy = nul,
                   claimUntil = nul;
        if (!pending) {
            verifiedBy = reviewer;
            verifiedAt = ts(submitted + qint64(1 + rng() % 72) * 3600 * 1000);
            if (status[0] == 'r')
                reason = reasons.at(int(rng() % reasons.size())).toLatin1();
        } else {
            ++seeded->pending;
            const double p = u01(rng);
            if (p < 0.05)
                infoAt = ts(submitted + 3600 * 1000);
            else if (p < 0.055) {
                claimedBy = claimerBytes;
                claimUntil = claimExpires;
            }
        }
        buf += onWorkshop ? "workshop\t" : "mechanic\t";
        buf += QByteArray::number(e.id) + '\t' + type.toLatin1() + '\t' + licence + '\t' + policy + '\t' +
               coverage + '\t' + expiry + '\t' + status + '\t' + reason + '\t' + verifiedBy + '\t' +
               verifiedAt + '\t' + ts(submitted) + '\t' + infoAt + '\t' + claimedBy + '\t' + claimUntil +
               '\n';
        if (buf.size() > (4 << 20) - 1024 || i == rows - 1) {
            if (PQputCopyData(c, buf.constData(), int(buf.size())) != 1) {
                std::fprintf(stderr, "COPY data failed: %s\n", PQerrorMessage(c));
                return false;
            }
            buf.clear();
        }
    }
    if (PQputCopyEnd(c, nullptr) != 1) {
        std::fprintf(stderr, "COPY end failed: %s\n", PQerrorMessage(c));
        return false;
    }
    bool ok = true;
    while ((r = PQgetResult(c)) != nullptr) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            std::fprintf(stderr, "COPY failed: %s\n", PQresultErrorMessage(r));
            ok = false;
        }
        PQclear(r);
    }
    r = PQexec(c, "ALTER TABLE desk.compliance_verifications ENABLE TRIGGER verifications_supersede_insert");
    ok = PQresultStatus(r) == PGRES_COMMAND_OK && ok;
    PQclear(r);
    return ok;
}

// ----- the benchmark --------------------------------------------------------------------------

constexpr double kMaxMs = 150.0;
constexpr double kMaxRatio = 3.0;
constexpr double kMaxGrowthMb = 50.0;
constexpr double kMaxStallMs = 50.0;
/// Issue 19's targets, judged beside issue 15's: every interaction within 16 ms of its bare query,
/// and no GUI-thread stall over one frame (16 ms) in any interaction.
constexpr double kOverBareMs = 16.0;
constexpr double kFrameMs = 16.0;
/// The stall phase of the process's first pane: fonts, styles and image plugins loaded for the
/// first time. In the app that happens once, during the launch, before the main window's first
/// paint (its review pane is built with the window): bench_launch times it, not this benchmark.
const QString kFirstPanePhase = QStringLiteral("open_pane_first_in_process");
const QString kFirstBuildPhase = QStringLiteral("build_pane_first_in_process");

struct Check {
    QString name;
    bool pass;
    QString detail;
};

class Bench {
public:
    Bench(DbExecutor *exec, PGconn *bare, int repeat, bool explainPlans, StallMonitor *stall)
        : m_exec(exec)
        , m_bare(bare)
        , m_repeat(repeat)
        , m_explain(explainPlans)
        , m_stall(stall) {
        // The app shows the pane inside its main window, whose backing store exists from the
        // window's first paint: a window of that size, shown (empty) once, hosts every pane here.
        // (A pane shown as a window of its own pays for a new 1400x900 backing store, page faults
        // included, on every opening, which the app does not: before 2026-12-04 evening the
        // figures below included it.)
        m_window.resize(1400, 900);
        // The main window's tabs are a QStackedWidget's pages: opening a pane makes it the current
        // page (as bench_partnerships does).
        m_pages = new QStackedWidget(&m_window);
        m_pages->setGeometry(0, 0, 1400, 900);
        m_pages->addWidget(new QWidget);
        m_window.show();
        (void)QTest::qWaitForWindowExposed(&m_window);
    }

    QList<Check> checks;

    /// Opening the pane as the app opens a tab: the model and ReviewPane built and added to the main
    /// window's pages first (the app does it while building its window), then, on a later turn of
    /// the event loop, the pane made the current page and its filter set (pending) → first rows
    /// shown. Each part is a phase of the stall watch of its own, both judged.
    void openPane(const QueueFilter &pending) {
        std::vector<double> gui, withBuild, bare, construct;
        for (int i = 0; i <= m_repeat; ++i) {
            // The very first pane of the process also loads fonts and styles: its own phase names.
            m_stall->start(i == 0 ? kFirstBuildPhase : QStringLiteral("build_pane"));
            QElapsedTimer t;
            t.start();
            auto *model = new VerificationQueueModel(m_exec);
            auto *pane = new ReviewPane;
            bool first = false;
            QObject::connect(model, &VerificationQueueModel::pageLoaded, pane,
                             [&first](int, bool firstPage) { first = first || firstPage; });
            pane->setModel(model);
            m_pages->addWidget(pane);
            const double constructMs = t.nsecsElapsed() / 1e6;
            QCoreApplication::processEvents(); // the rest of the build's turn (its posted events)
            m_stall->stop();
            m_stall->start(i == 0 ? kFirstPanePhase : QStringLiteral("open_pane"));
            QElapsedTimer shown;
            shown.start();
            m_pages->setCurrentWidget(pane);
            model->setFilter(pending);
            const bool ok = spinUntil([&] { return first && pane->table()->model()->rowCount() > 0; }, 60000);
            QCoreApplication::processEvents();
            const double ms = shown.nsecsElapsed() / 1e6;
            if (!ok)
                note(QStringLiteral("open_pane: no rows within 60 s"));
            if (i > 0) { // the first round warms the caches and the executor's connections
                gui.push_back(ms);
                withBuild.push_back(constructMs + ms);
                construct.push_back(constructMs);
            } else {
                line(QStringLiteral("queue_first_rows_first_in_process_ms"), ms, "ms");
            }
            m_pages->setCurrentIndex(0);
            delete pane;
            delete model;
            QCoreApplication::processEvents();
            m_stall->stop();
            const double b = bareMs(pending, QueueSort::Submitted, false);
            if (i > 0)
                bare.push_back(b);
        }
        report(QStringLiteral("queue_first_rows"), gui, bare);
        line(QStringLiteral("queue_first_rows_pane_construct_ms"), median(construct), "ms");
        // Before 2026-12-08 queue_first_rows counted the build too, in the same turn as the show.
        line(QStringLiteral("queue_first_rows_with_build_ms"), median(withBuild), "ms");
        // The same page through the executor and QPSQL (no model, no view): where the overhead is.
        std::vector<double> repo;
        for (int i = 0; i <= m_repeat; ++i) {
            QObject ctx;
            bool done = false;
            QElapsedTimer t;
            t.start();
            m_exec
                ->run<QList<QueueRowData>>([pending](QSqlDatabase &db) {
                    return VerificationRepository::fetchPage(db, pending, QueueSort::Submitted, false,
                                                             std::nullopt, 200);
                })
                .then(&ctx, [&done](const Result<QList<QueueRowData>> &) { done = true; });
            spinUntil([&done] { return done; }, 60000);
            if (i > 0)
                repo.push_back(t.nsecsElapsed() / 1e6);
        }
        line(QStringLiteral("queue_first_rows_repository_ms"), median(repo), "ms");
        if (m_explain)
            explainPage(QStringLiteral("queue_first_rows"), pending, QueueSort::Submitted, false);
    }

    void openForChanges(const QueueFilter &pending) {
        m_model = std::make_unique<VerificationQueueModel>(m_exec);
        m_pane = std::make_unique<ReviewPane>();
        m_pages->addWidget(m_pane.get());
        m_pages->setCurrentWidget(m_pane.get());
        QObject::connect(m_model.get(), &VerificationQueueModel::pageLoaded, m_pane.get(),
                         [this](int, bool firstPage) { m_first = m_first || firstPage; });
        m_stall->start(QStringLiteral("setup"));
        m_first = false;
        m_pane->setModel(m_model.get());
        m_model->setFilter(pending);
        waitFirstRows(QStringLiteral("setup"));
        m_stall->stop();
    }

    /// A filter change from @p base to @p changed, timed to the first rows shown.
    void filterChange(const QString &name, const QueueFilter &base, const QueueFilter &changed) {
        std::vector<double> gui, bare;
        for (int i = 0; i <= m_repeat; ++i) {
            m_stall->start(name);
            m_first = false;
            m_model->setFilter(base);
            waitFirstRows(name);
            QElapsedTimer t;
            t.start();
            m_first = false;
            m_model->setFilter(changed);
            waitFirstRows(name);
            const double ms = t.nsecsElapsed() / 1e6;
            m_stall->stop();
            const double b = bareMs(changed, m_model->sortOrder(), m_model->isDescending());
            if (i > 0) {
                gui.push_back(ms);
                bare.push_back(b);
            }
        }
        note(QStringLiteral("%1: %2 rows on the first page").arg(name).arg(m_model->rowCount()));
        report(name, gui, bare);
        if (m_explain)
            explainPage(name, changed, m_model->sortOrder(), m_model->isDescending());
        // Back to the base filter for what follows.
        m_stall->start(QStringLiteral("setup"));
        m_first = false;
        m_model->setFilter(base);
        waitFirstRows(QStringLiteral("setup"));
        m_stall->stop();
    }

    /// A click on a column header (the view calls model->sort), timed to the first rows shown.
    void sortChange(const QString &name, int column, Qt::SortOrder order) {
        std::vector<double> gui, bare;
        const QueueSort sort = QueueSort(VerificationQueueModel::sortForColumn(column));
        const bool desc = order == Qt::DescendingOrder;
        for (int i = 0; i <= m_repeat; ++i) {
            m_stall->start(name);
            m_first = false;
            m_pane->table()->sortByColumn(VerificationQueueModel::Submitted, Qt::AscendingOrder);
            if (m_model->isLoading()) // it was in another order: wait for the reload
                waitFirstRows(name);
            QElapsedTimer t;
            t.start();
            m_first = false;
            m_pane->table()->sortByColumn(column, order);
            waitFirstRows(name);
            const double ms = t.nsecsElapsed() / 1e6;
            m_stall->stop();
            const double b = bareMs(m_model->filter(), sort, desc);
            if (i > 0) {
                gui.push_back(ms);
                bare.push_back(b);
            }
        }
        report(name, gui, bare);
        if (m_explain)
            explainPage(name, m_model->filter(), sort, desc);
        // Back to the default order for what follows.
        m_stall->start(QStringLiteral("setup"));
        m_first = false;
        m_pane->table()->sortByColumn(VerificationQueueModel::Submitted, Qt::AscendingOrder);
        if (m_model->isLoading())
            waitFirstRows(QStringLiteral("setup"));
        m_stall->stop();
    }

    /// Scrolls to the end of @p filter's rows through the view (its fetchMore drives the paging).
    void scrollToEnd(const QString &name, const QueueFilter &filter) {
        m_stall->start(QStringLiteral("setup"));
        m_first = false;
        m_model->setFilter(filter);
        waitFirstRows(QStringLiteral("setup"));
        m_stall->stop();
        malloc_trim(0); // what the previous rows freed goes back to the system first: honest baseline
        const qint64 rss0 = rssBytes();
        const qint64 model0 = m_model->memoryBytes();
        m_stall->start(name);
        QElapsedTimer t;
        t.start();
        QTableView *table = m_pane->table();
        QElapsedTimer lastProgress;
        lastProgress.start();
        int lastRows = m_model->rowCount();
        bool timedOut = false;
        while (!(m_model->atEnd() && !m_model->isLoading())) {
            table->scrollToBottom();
            QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
            if (m_model->rowCount() != lastRows) {
                lastRows = m_model->rowCount();
                lastProgress.restart();
            } else if (lastProgress.elapsed() > 30000) {
                timedOut = true;
                break;
            }
        }
        table->scrollToBottom();
        QCoreApplication::processEvents();
        const double secs = t.nsecsElapsed() / 1e9;
        m_stall->stop();
        const qint64 rss1 = rssBytes();
        if (timedOut)
            note(QStringLiteral("%1: no progress for 30 s, stopped at %2 rows")
                     .arg(name)
                     .arg(m_model->rowCount()));
        const double growth = double(rss1 - rss0) / kMb;
        line(name + QStringLiteral("_rows"), m_model->rowCount(), "rows");
        line(name + QStringLiteral("_s"), secs, "s");
        line(name + QStringLiteral("_pages_per_s"), m_model->rowCount() / double(m_model->pageSize()) / secs,
             "pages/s");
        line(name + QStringLiteral("_rss_growth_mb"), growth, "MB");
        line(name + QStringLiteral("_model_memory_mb"), double(m_model->memoryBytes() - model0) / kMb, "MB");
        line(name + QStringLiteral("_bytes_per_row"), double(rss1 - rss0) / std::max(1, m_model->rowCount()),
             "B");
        checks << Check{name + QStringLiteral("_rss_growth"), growth < kMaxGrowthMb,
                        QStringLiteral("%1 MB (target < %2 MB)").arg(growth, 0, 'f', 1).arg(kMaxGrowthMb)};
    }

    void close() {
        m_pane.reset();
        m_model.reset();
        QCoreApplication::processEvents();
    }

private:
    void waitFirstRows(const QString &what) {
        if (!spinUntil([this] { return m_first && m_pane->table()->model()->rowCount() > 0; }, 60000))
            note(QStringLiteral("%1: no rows within 60 s").arg(what));
        QCoreApplication::processEvents(); // let the table lay out and paint them
    }

    double bareMs(const QueueFilter &f, QueueSort sort, bool desc) {
        const QString sql = VerificationRepository::literalPageSql(f, sort, desc, std::nullopt,
                                                                   m_model ? m_model->pageSize() : 200);
        return timeBare(m_bare, sql);
    }

    void explainPage(const QString &name, const QueueFilter &f, QueueSort sort, bool desc) {
        const QString sql = VerificationRepository::literalPageSql(f, sort, desc, std::nullopt, 200);
        note(QStringLiteral("%1 bare SQL: %2").arg(name, sql));
        for (const QString &l : explain(m_bare, sql))
            note(QStringLiteral("  ") + l);
    }

    void report(const QString &name, const std::vector<double> &gui, const std::vector<double> &bare) {
        const double g = median(gui);
        const double b = median(bare);
        line(name + QStringLiteral("_ms"), g, "ms");
        line(name + QStringLiteral("_bare_sql_ms"), b, "ms");
        line(name + QStringLiteral("_ratio"), b > 0 ? g / b : 0, "x");
        note(QStringLiteral("%1 runs (ms): gui [%2] bare [%3]").arg(name, spread(gui), spread(bare)));
        const bool pass = g < kMaxMs && g <= kMaxRatio * b;
        checks << Check{name, pass,
                        QStringLiteral("%1 ms vs bare %2 ms = %3x (target <= %4x and < %5 ms)")
                            .arg(g, 0, 'f', 1)
                            .arg(b, 0, 'f', 1)
                            .arg(b > 0 ? g / b : 0, 0, 'f', 1)
                            .arg(kMaxRatio)
                            .arg(kMaxMs)};
        checks << Check{
            name + QStringLiteral("_over_bare"), g <= b + kOverBareMs,
            QStringLiteral("%1 ms vs bare %2 ms = +%3 ms (issue 19: within %4 ms of the bare query)")
                .arg(g, 0, 'f', 1)
                .arg(b, 0, 'f', 1)
                .arg(g - b, 0, 'f', 1)
                .arg(kOverBareMs)};
    }

    DbExecutor *m_exec;
    PGconn *m_bare;
    int m_repeat;
    bool m_explain;
    StallMonitor *m_stall;
    QWidget m_window;                  ///< hosts the panes (declared before them: destroyed after them)
    QStackedWidget *m_pages = nullptr; ///< the window's pages, one per pane (owned by m_window)
    std::unique_ptr<VerificationQueueModel> m_model;
    std::unique_ptr<ReviewPane> m_pane;
    bool m_first = false;
};

} // namespace

int main(int argc, char **argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // The app's style (DeskStyle over the platform's), unless ADESK_BENCH_PLAIN_STYLE is set: Qt's
    // own, the anchor of DeskStyle's figures.
    if (qEnvironmentVariableIsEmpty("ADESK_BENCH_PLAIN_STYLE"))
        adesk::DeskStyle::install();
    QCoreApplication::setApplicationName(QStringLiteral("bench_reviewqueue"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Benchmark of the compliance review queue"));
    parser.addHelpOption();
    QCommandLineOption rowsOpt(QStringLiteral("rows"),
                               QStringLiteral("Verifications to seed (default 1000000)."),
                               QStringLiteral("N"), QStringLiteral("1000000"));
    QCommandLineOption repeatOpt(QStringLiteral("repeat"),
                                 QStringLiteral("Timed runs per figure (default 5)."), QStringLiteral("N"),
                                 QStringLiteral("5"));
    QCommandLineOption explainOpt(QStringLiteral("explain"),
                                  QStringLiteral("Print EXPLAIN (ANALYZE, BUFFERS) of every bare query."));
    QCommandLineOption noScrollOpt(QStringLiteral("no-scroll"),
                                   QStringLiteral("Skip the scrolling/memory part."));
    QCommandLineOption extraSqlOpt(
        QStringLiteral("extra-sql"),
        QStringLiteral("Run this SQL file as superuser after seeding (to try a candidate "
                       "migration against the same data)."),
        QStringLiteral("FILE"));
    QCommandLineOption explainSqlOpt(
        QStringLiteral("explain-sql"),
        QStringLiteral(
            "EXPLAIN ANALYZE each statement of this file (';' at a line's end ends one) as the admin "
            "login, with {name} and {licence} replaced by the text searches' LIKE patterns."),
        QStringLiteral("FILE"));
    parser.addOptions({rowsOpt, repeatOpt, explainOpt, noScrollOpt, extraSqlOpt, explainSqlOpt});
    parser.process(app);
    const qint64 rows = parser.value(rowsOpt).toLongLong();
    const int repeat = std::max(1, parser.value(repeatOpt).toInt());
    if (rows < 1000) {
        std::fprintf(stderr, "--rows must be at least 1000\n");
        return 2;
    }

    // ----- database and data -----
    TestDatabase db;
    if (db.start() != TestDatabase::Status::Ready) {
        std::fprintf(stderr, "no test database (run under pg_virtualenv): %s\n",
                     qPrintable(db.errorString()));
        return 1;
    }
    note(QStringLiteral("database %1, server %2")
             .arg(db.databaseName(), db.scalar(QStringLiteral("SHOW server_version")).toString()));
    note(
        QStringLiteral("shared_buffers %1").arg(db.scalar(QStringLiteral("SHOW shared_buffers")).toString()));

    const QList<QPair<QString, QString>> shops = {
        {QStringLiteral("Garage Laval Mécanique"), QStringLiteral("QC")},
        {QStringLiteral("Atelier Rive-Sud"), QStringLiteral("QC")},
        {QStringLiteral("Toronto Auto Care"), QStringLiteral("ON")},
        {QStringLiteral("Ottawa Valley Motors"), QStringLiteral("ON")},
        {QStringLiteral("Hamilton Brake & Tire"), QStringLiteral("ON")},
        {QStringLiteral("Coastal Auto Repair"), QStringLiteral("BC")},
        {QStringLiteral("Fraser Valley Garage"), QStringLiteral("BC")},
        {QStringLiteral("Calgary Diesel Works"), QStringLiteral("AB")},
        {QStringLiteral("Prairie Auto Winnipeg"), QStringLiteral("MB")},
        {QStringLiteral("Halifax Harbour Auto"), QStringLiteral("NS")}};
    const QStringList first = {QStringLiteral("Jean"), QStringLiteral("Priya"),  QStringLiteral("Marc"),
                               QStringLiteral("Amir"), QStringLiteral("Chloé"),  QStringLiteral("Daniel"),
                               QStringLiteral("Mei"),  QStringLiteral("Olivier")};
    const QStringList last = {
        QStringLiteral("Tremblay"),  QStringLiteral("Singh"),    QStringLiteral("Gagnon"),
        QStringLiteral("Nguyen"),    QStringLiteral("Roy"),      QStringLiteral("MacDonald"),
        QStringLiteral("Côté"),      QStringLiteral("Wilson"),   QStringLiteral("Bouchard"),
        QStringLiteral("Chen"),      QStringLiteral("Lavoie"),   QStringLiteral("Martin"),
        QStringLiteral("Fortin"),    QStringLiteral("Patel"),    QStringLiteral("Campbell"),
        QStringLiteral("Gauthier"),  QStringLiteral("Kowalski"), QStringLiteral("Morin"),
        QStringLiteral("Brown"),     QStringLiteral("Leblanc"),  QStringLiteral("Ahmed"),
        QStringLiteral("Pelletier"), QStringLiteral("Taylor"),   QStringLiteral("Bélanger"),
        QStringLiteral("Anderson"),  QStringLiteral("Girard"),   QStringLiteral("Hébert"),
        QStringLiteral("Thompson"),  QStringLiteral("Ouellet"),  QStringLiteral("Dubois"),
        QStringLiteral("Lee"),       QStringLiteral("Poirier"),  QStringLiteral("Scott"),
        QStringLiteral("Bergeron"),  QStringLiteral("Murphy"),   QStringLiteral("Caron"),
        QStringLiteral("Fraser"),    QStringLiteral("Lapointe"), QStringLiteral("Stewart"),
        QStringLiteral("Desjardins")};
    std::vector<Entity> entities;
    QList<qint64> shopIds;
    for (const auto &s : shops) {
        const QString fr = s.second == u"QC" ? QStringLiteral("fr") : QStringLiteral("en");
        const qint64 id = db.insertWorkshop(s.first, s.second, fr);
        if (!id)
            return 1;
        shopIds << id;
        entities.push_back({true, id});
    }
    for (int i = 0; i < 40; ++i) {
        // 30 workshop mechanics (3 per workshop), 10 independent ones.
        const qint64 shop = i < 30 ? shopIds.at(i % 10) : 0;
        const qint64 id = db.insertMechanic(first.at(i % first.size()) + u' ' + last.at(i), shop);
        if (!id)
            return 1;
        entities.push_back({false, id});
    }
    const QString admin = db.roleName(QStringLiteral("bench_admin"));
    if (!db.createLogin(admin, QStringLiteral("adesk_platform_admin"), QStringLiteral("Bench Admin")))
        return 1;
    const qint64 reviewer =
        db.scalar(QStringLiteral("SELECT profile_id FROM desk.staff_logins WHERE login_role = ?"), {admin})
            .toLongLong();

    Seeded seeded;
    seeded.nameNeedle = QStringLiteral("tremblay");
    {
        PGconn *su = connectLibpq(db.superuser());
        if (!su)
            return 1;
        QElapsedTimer t;
        t.start();
        if (!copyVerifications(su, entities, rows, reviewer, admin, &seeded)) {
            PQfinish(su);
            return 1;
        }
        line(QStringLiteral("seed_copy_s"), t.nsecsElapsed() / 1e9, "s");
        if (parser.isSet(extraSqlOpt)) {
            QFile f(parser.value(extraSqlOpt));
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
                PQfinish(su);
                return 1;
            }
            // One transaction, like the migrator (PQexec runs a multi-statement string as one).
            PGresult *x = PQexec(su, ("BEGIN;\n" + f.readAll() + "\n;COMMIT;").constData());
            const bool ok = PQresultStatus(x) == PGRES_COMMAND_OK || PQresultStatus(x) == PGRES_TUPLES_OK;
            if (!ok)
                std::fprintf(stderr, "%s failed: %s\n", qPrintable(f.fileName()), PQresultErrorMessage(x));
            PQclear(x);
            if (!ok) {
                PQfinish(su);
                return 1;
            }
            note(QStringLiteral("applied %1").arg(f.fileName()));
        }
        t.restart();
        PGresult *r = PQexec(su, "VACUUM (ANALYZE) desk.compliance_verifications");
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            std::fprintf(stderr, "VACUUM ANALYZE failed: %s\n", PQresultErrorMessage(r));
        PQclear(r);
        line(QStringLiteral("seed_vacuum_analyze_s"), t.nsecsElapsed() / 1e9, "s");
        PQfinish(su);
    }
    line(QStringLiteral("seed_rows"), double(rows), "rows");
    line(QStringLiteral("seed_pending_rows"), double(seeded.pending), "rows");
    note(QStringLiteral("table %1, indexes %2")
             .arg(db.scalar(QStringLiteral(
                                "SELECT pg_size_pretty(pg_table_size('desk.compliance_verifications'))"))
                      .toString(),
                  db.scalar(QStringLiteral(
                                "SELECT pg_size_pretty(pg_indexes_size('desk.compliance_verifications'))"))
                      .toString()));

    // ----- the login under test -----
    const ConnectionSettings login = db.login(admin);
    PGconn *bare = connectLibpq(login);
    if (!bare)
        return 1;
    DbExecutor exec(login);

    QueueFilter pending;
    pending.status = QStringLiteral("pending");
    QueueFilter qcInsurance = pending;
    qcInsurance.province = QStringLiteral("QC");
    qcInsurance.verificationType = QStringLiteral("insurance");
    QueueFilter textName = pending;
    textName.text = seeded.nameNeedle;
    QueueFilter textLicence = pending;
    textLicence.text = seeded.licenceNeedle;
    note(QStringLiteral("text searches: name \"%1\", licence \"%2\"").arg(textName.text, textLicence.text));

    if (parser.isSet(explainSqlOpt)) {
        QFile f(parser.value(explainSqlOpt));
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
            return 1;
        }
        auto like = [](const QString &t) {
            return QStringLiteral("'%") + t.toLower() + QStringLiteral("%'");
        };
        QString all = QString::fromUtf8(f.readAll());
        all.replace(QStringLiteral("{name}"), like(textName.text))
            .replace(QStringLiteral("{licence}"), like(textLicence.text));
        QString stmt;
        for (const QString &l : all.split(u'\n')) {
            if (l.trimmed().startsWith(QStringLiteral("--")))
                continue;
            stmt += l + u'\n';
            if (!l.trimmed().endsWith(u';'))
                continue;
            stmt = stmt.trimmed();
            stmt.chop(1);
            note(QStringLiteral("explain-sql: %1").arg(QString(stmt).replace(u'\n', u' ')));
            for (int i = 0; i < 2; ++i) // warm, then time
                timeBare(bare, stmt);
            std::vector<double> runs;
            for (int i = 0; i < repeat; ++i)
                runs.push_back(timeBare(bare, stmt));
            line(QStringLiteral("explain_sql_ms"), median(runs), "ms");
            for (const QString &p : explain(bare, stmt))
                note(QStringLiteral("  ") + p);
            stmt.clear();
        }
    }

    StallMonitor stall;
    Bench bench(&exec, bare, repeat, parser.isSet(explainOpt), &stall);
    bench.openPane(pending);
    bench.openForChanges(pending);
    bench.filterChange(QStringLiteral("filter_province_type"), pending, qcInsurance);
    bench.filterChange(QStringLiteral("filter_text_name"), pending, textName);
    bench.filterChange(QStringLiteral("filter_text_licence"), pending, textLicence);
    bench.sortChange(QStringLiteral("sort_expiry_desc"), VerificationQueueModel::Expiry, Qt::DescendingOrder);
    bench.sortChange(QStringLiteral("sort_entity_asc"), VerificationQueueModel::Entity, Qt::AscendingOrder);
    if (!parser.isSet(noScrollOpt)) {
        bench.scrollToEnd(QStringLiteral("scroll_pending"), pending);
        bench.scrollToEnd(QStringLiteral("scroll_all"), QueueFilter{});
    }
    bench.close();

    // The text search before migration 0029 (every match of desk.verification_search, then the
    // status, order and limit outside it) beside the page function, both bare, same login.
    for (const auto &[name, f] : {std::pair{QStringLiteral("text_name"), textName},
                                  std::pair{QStringLiteral("text_licence"), textLicence}}) {
        const QString pattern = QStringLiteral("'%") + f.text.toLower() + QStringLiteral("%'");
        const QString before =
            QStringLiteral("SELECT v.id, v.entity_name FROM desk.verification_search(%1) v WHERE v.status = "
                           "'pending' ORDER BY v.submitted_at, v.id LIMIT 200")
                .arg(pattern);
        const QString now =
            VerificationRepository::literalPageSql(f, QueueSort::Submitted, false, std::nullopt, 200);
        int matches = 0;
        timeBare(bare, QStringLiteral("SELECT id FROM desk.verification_search(%1)").arg(pattern), &matches);
        std::vector<double> b, n;
        timeBare(bare, before);
        timeBare(bare, now);
        for (int i = 0; i < repeat; ++i) {
            b.push_back(timeBare(bare, before));
            n.push_back(timeBare(bare, now));
        }
        line(name + QStringLiteral("_matches"), matches, "rows");
        line(name + QStringLiteral("_before_0029_ms"), median(b), "ms");
        line(name + QStringLiteral("_page_function_ms"), median(n), "ms");
        line(name + QStringLiteral("_speedup"), median(n) > 0 ? median(b) / median(n) : 0, "x");
        bench.checks << Check{name + QStringLiteral("_page_function"), median(n) <= median(b) + 1.0,
                              QStringLiteral("%1 ms vs %2 ms before 0029 (%3 matches; target: no slower, "
                                             "within 1 ms)")
                                  .arg(median(n), 0, 'f', 1)
                                  .arg(median(b), 0, 'f', 1)
                                  .arg(matches)};
    }

    line(QStringLiteral("longest_gui_stall_ms"), stall.maxGapMs(), "ms");
    line(QStringLiteral("longest_gui_stall_cpu_ms"), stall.maxGapCpuMs(), "ms");
    line(QStringLiteral("longest_gui_stall_wait_ms"), stall.maxGapWaitMs(), "ms");
    line(QStringLiteral("longest_gui_busy_ms"), stall.maxBusyMs(), "ms");
    line(QStringLiteral("gui_gaps_over_20ms"), stall.gapsOver(0), "gaps");
    line(QStringLiteral("gui_gaps_over_50ms"), stall.gapsOver(1), "gaps");
    note(QStringLiteral("longest busy stretch during %1; load average %2").arg(stall.maxBusyPhase(), [] {
        QFile f(QStringLiteral("/proc/loadavg"));
        return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).trimmed() : QString();
    }()));
    for (const QString &p : stall.phases())
        note(QStringLiteral(
                 "longest stall during %1: %2 ms (CPU %3, waiting for a core %4); input latency %5 ms")
                 .arg(p)
                 .arg(stall.phaseMax(p), 0, 'f', 1)
                 .arg(stall.phaseMaxCpu(p), 0, 'f', 1)
                 .arg(stall.phaseMaxWait(p), 0, 'f', 1)
                 .arg(stall.phaseMaxLatency(p), 0, 'f', 1));
    for (const QString &p : stall.phases())
        note(QStringLiteral("longest busy stretch during %1: %2 ms of the GUI thread's CPU between two ticks "
                            "(CLOCK_MONOTONIC %3 to %4 s, for perf script --time)")
                 .arg(p)
                 .arg(stall.phaseMaxBusy(p), 0, 'f', 1)
                 .arg(stall.phaseMaxBusyFromS(p), 0, 'f', 6)
                 .arg(stall.phaseMaxBusyToS(p), 0, 'f', 6));
    bench.checks << Check{QStringLiteral("longest_gui_stall"), stall.maxGapMs() <= kMaxStallMs,
                          QStringLiteral("%1 ms during %2 (target <= %3 ms)")
                              .arg(stall.maxGapMs(), 0, 'f', 1)
                              .arg(stall.maxPhase())
                              .arg(kMaxStallMs)};
    // Issue 19: one frame in every interaction; the process's first pane is the launch's (above).
    // Judged on the input latency (the longest a posted event waited for the GUI thread); the
    // timer's gaps are printed beside it, with the CPU and the wait for a core within them.
    double interactionStall = 0, interactionLatency = 0;
    QString interactionPhase, latencyPhase;
    for (const QString &p : stall.phases()) {
        if (p == kFirstPanePhase || p == kFirstBuildPhase)
            continue;
        if (stall.phaseMax(p) > interactionStall) {
            interactionStall = stall.phaseMax(p);
            interactionPhase = p;
        }
        if (stall.phaseMaxLatency(p) > interactionLatency) {
            interactionLatency = stall.phaseMaxLatency(p);
            latencyPhase = p;
        }
    }
    // The process's first pane, built and opened (two phases): the launch's.
    const double firstPaneStall = std::max(stall.phaseMax(kFirstBuildPhase), stall.phaseMax(kFirstPanePhase));
    const double firstPaneLatency =
        std::max(stall.phaseMaxLatency(kFirstBuildPhase), stall.phaseMaxLatency(kFirstPanePhase));
    line(QStringLiteral("longest_gui_stall_interactions_ms"), interactionStall, "ms");
    note(QStringLiteral("longest gap between timer ticks in an interaction: %1 ms during %2, of which CPU %3 "
                        "and waiting for a core %4 (the rest: the timer's own 5 ms and the thread asleep, "
                        "its timer late)")
             .arg(interactionStall, 0, 'f', 1)
             .arg(interactionPhase)
             .arg(stall.phaseMaxCpu(interactionPhase), 0, 'f', 1)
             .arg(stall.phaseMaxWait(interactionPhase), 0, 'f', 1));
    line(QStringLiteral("longest_gui_stall_first_pane_in_process_ms"), firstPaneStall, "ms");
    line(QStringLiteral("longest_gui_latency_interactions_ms"), interactionLatency, "ms");
    line(QStringLiteral("longest_gui_latency_first_pane_in_process_ms"), firstPaneLatency, "ms");
    bench.checks << Check{
        QStringLiteral("longest_gui_latency_interactions"), interactionLatency <= kFrameMs,
        QStringLiteral("%1 ms during %2, the longest a posted event waited for the GUI thread (issue 19: "
                       "one frame, %3 ms, in every interaction; the process's first pane, %4 ms, is the "
                       "launch's: bench_launch)")
            .arg(interactionLatency, 0, 'f', 1)
            .arg(latencyPhase)
            .arg(kFrameMs)
            .arg(firstPaneLatency, 0, 'f', 1)};
    int failed = 0;
    for (const Check &c : bench.checks) {
        std::printf("%s: %s %s\n", c.pass ? "pass" : "fail", qPrintable(c.name), qPrintable(c.detail));
        failed += c.pass ? 0 : 1;
    }
    std::printf("targets: %lld met, %d missed\n", static_cast<long long>(bench.checks.size() - failed),
                failed);
    std::fflush(stdout);
    PQfinish(bare);
    return 0;
}
