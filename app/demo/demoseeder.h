#pragma once

#include "models/core/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace adesk {

struct FeatureDemoSeed;

/// Loads the demo data set (`autodoctor-desk seed-demo`): a deterministic, realistic Canadian set
/// of workshops, mechanics, compliance verifications in every state with their documents
/// (generated certificate PDFs and a few scanned/corrupt uploads), and the demo login roles.
///
/// Dates are relative to the server's current_date (so the demo always has items expiring within
/// 30 days and pending items past the 48-hour target); everything else, ids included on a fresh
/// database, is the same on every run. Runs in one transaction as adesk_owner (SET LOCAL ROLE),
/// so it works for a superuser and for the deploying role that ran the migrations. Call it on a
/// database worker thread (DbExecutor); rendering the PDFs needs a QGuiApplication (fonts). The PDFs
/// render on the global thread pool while the rows are written; their documents rows hold empty
/// bytes until the rendering is done, then get them (one COPY, one UPDATE) before the first feature
/// that reads them (FeatureDemoSeed::readsDocumentContent) and in any case before the commit.
class DemoSeeder {
public:
    using Progress = std::function<void(const QString &line)>;

    struct Summary {
        int organizations = 0;
        int mechanics = 0;
        int verifications = 0;
        int documents = 0;
    };

    /// Which features seed() loads (demofeatures.h): All in one transaction (`seed-demo`), or the
    /// desktop demo's first launch in two: Core (the compliance data set with its documents, the
    /// logins, and the features before the first history feature), which its window shows at
    /// once, then History (two years of sessions, ledger, payouts, T4A slips, routing and the
    /// oversight demos) in a transaction of its own while the window is in use. Core then History
    /// runs the same statements in the same order as All: the same rows, ids included.
    enum class Part { All, Core, History };

    /// Refuses (DbError Invalid) when the database already holds organizations or mechanics; with
    /// Part::History, when the core part is not loaded. Part::History when the history is already
    /// loaded: nothing to do (a Summary of zeros).
    static Result<Summary> seed(QSqlDatabase &db, const Progress &progress = {}, Part part = Part::All);

    /// `--scale N`: adds exactly @p rows verifications (and a proportional number of extra
    /// mechanics to spread them over) with COPY. Needs the demo data set. Returns rows added.
    static Result<qint64> addScale(QSqlDatabase &db, qint64 rows, const Progress &progress = {});

    /// Starts rendering the compliance data set's certificates for @p today and @p now (the
    /// client's clock) on the global thread pool, before there is a database: the desktop demo's
    /// first launch calls it before it creates its cluster, whose unpacking or initdb and migrations
    /// leave a core idle. seed() stops it when it reaches the certificates, takes each one made so
    /// far whose data is the same as one of its own plan (CertificateRenderer::render is
    /// deterministic), and renders the others on every core (those not reached yet, or a server
    /// whose date differs). Once per process; needs a QGuiApplication (fonts).
    static void prerender(const QDate &today, const QDateTime &now);
    /// Stops what prerender() is rendering and drops what it made, unless seed() took it: before
    /// the application object goes (the renderer needs its fonts).
    static void discardPrerendered();

    /// True when seed() already ran in this database (the demo admin's staff login exists).
    static Result<bool> isSeeded(QSqlDatabase &db);

    /// True when the history part is loaded too (the demo's sessions exist: the first history
    /// feature writes them, in the history's one transaction).
    static Result<bool> isHistorySeeded(QSqlDatabase &db);

    /// Login roles seed() creates; all have the password "demo".
    static QStringList loginRoles();

    /// Why seed() refuses to create the demo logins on a server whose listen_addresses is
    /// @p listenAddresses (read from the server): their password is public, so only a server that
    /// no other machine can reach qualifies (empty, or localhost/loopback addresses only: the
    /// embedded demo cluster listens on a private Unix socket only). Empty when allowed.
    static QString demoLoginsRefusal(const QString &listenAddresses);

private:
    /// seed()'s Part::History: the history features in a transaction of their own.
    static Result<Summary> seedHistory(QSqlDatabase &db, const Progress &say);
    /// Runs one feature's demo seed and says how long it took; the error names the feature.
    static DbError seedFeature(QSqlDatabase &db, const FeatureDemoSeed &feature, const Progress &say);
};

struct BatchContext;

/// `seed-demo` (runSeedDemo) whose progress lines, printed on stdout, also go to @p progress (the
/// demo's progress window), called on a database worker thread. @p part: DemoSeeder::Part.
int runSeedDemoWithProgress(const BatchContext &ctx, const std::function<void(const QString &)> &progress,
                            DemoSeeder::Part part = DemoSeeder::Part::All);

} // namespace adesk
