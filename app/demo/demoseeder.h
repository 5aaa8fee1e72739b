#pragma once

#include "models/core/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace adesk {

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

    /// Refuses (DbError Invalid) when the database already holds organizations or mechanics.
    static Result<Summary> seed(QSqlDatabase &db, const Progress &progress = {});

    /// `--scale N`: adds exactly @p rows verifications (and a proportional number of extra
    /// mechanics to spread them over) with COPY. Needs the demo data set. Returns rows added.
    static Result<qint64> addScale(QSqlDatabase &db, qint64 rows, const Progress &progress = {});

    /// True when seed() already ran in this database (the demo admin's staff login exists).
    static Result<bool> isSeeded(QSqlDatabase &db);

    /// Login roles seed() creates; all have the password "demo".
    static QStringList loginRoles();

    /// Why seed() refuses to create the demo logins on a server whose listen_addresses is
    /// @p listenAddresses (read from the server): their password is public, so only a server that
    /// no other machine can reach qualifies (empty, or localhost/loopback addresses only: the
    /// embedded demo cluster listens on a private Unix socket only). Empty when allowed.
    static QString demoLoginsRefusal(const QString &listenAddresses);
};

struct BatchContext;

/// `seed-demo` (runSeedDemo) whose progress lines, printed on stdout, also go to @p progress (the
/// demo's progress window), called on a database worker thread.
int runSeedDemoWithProgress(const BatchContext &ctx, const std::function<void(const QString &)> &progress);

} // namespace adesk
