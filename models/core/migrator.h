#pragma once

#include "models/core/result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <limits>

namespace adesk {

/// Applies the numbered SQL migrations embedded under :/migrations (resources/migrations/NNNN_name.sql)
/// in order, each in its own transaction, and records them in desk.schema_migrations (version, name,
/// sha256 of the file, applied_at), in the app's own schema, so that a database shared with the web
/// platform may hold another tool's public.schema_migrations (Rails, golang-migrate) untouched. A
/// migration already applied whose file changed is an error: released migrations are never edited, a
/// new one is added instead. Concurrent runs are serialised with an advisory lock.
///
/// Bootstrap: schema desk is created by 0001, so the table is created (owned by adesk_owner, readable
/// by every desk group role) in the transaction of the first migration, after its SQL. Databases
/// migrated before 0017 kept the versions in public.schema_migrations: when that table has the desk's
/// shape and only the desk's migrations, its rows move to desk.schema_migrations and it is dropped;
/// any other public.schema_migrations is never touched. Released migrations 0001 and 0009 name
/// public.schema_migrations (RLS, grants) and 0001 set the database-wide search_path: on a database
/// that has not run them yet, the migrator points those statements at a temporary table and skips the
/// ALTER DATABASE (the file and its checksum are unchanged); 0017 resets the search_path that older
/// installations set.
///
/// Runs as the deploying role: the owner of the database and a member of adesk_owner. It needs no
/// superuser and no CREATEROLE once bootstrapRoles() has run (0001 only creates roles that are
/// missing, and grants adesk_owner to the deploying role only when it is not a member yet).
class Migrator {
public:
    struct Migration {
        int version = 0;
        QString name;
        QString resourcePath;
    };

    /// Migrations available in the binary, sorted by version.
    static QList<Migration> available();

    /// Applies what is missing, up to version @p upTo (every embedded migration by default; a lower
    /// bound builds the database an older release left, for upgrade tests). Returns the names
    /// applied (empty when up to date). Then, once 0051 is applied, gives the earnings ledger its
    /// monthly partitions up to 12 months ahead (desk.ensure_ledger_partitions), so a deployment that
    /// migrates at least once a year keeps every new month in a partition of its own.
    static Result<QStringList> migrate(QSqlDatabase &db, int upTo = std::numeric_limits<int>::max());

    /// Highest applied version, 0 on an empty database (or one without the desk's bookkeeping). Reads
    /// desk.schema_migrations, or a desk-shaped public.schema_migrations of a database not migrated
    /// since 0017.
    static Result<int> currentVersion(QSqlDatabase &db);

    /// Newest migration embedded in this binary.
    static int latestVersion();

    /// Where a database keeps the desk's applied versions.
    enum class Bookkeeping {
        None,   ///< neither table: nothing of the desk applied (or not a desk database)
        Desk,   ///< desk.schema_migrations
        Legacy, ///< public.schema_migrations with the desk's shape and migrations (before 0017)
    };
    struct Applied {
        int version = 0;
        QString name;
        QString sha256;
        QString appliedAt; ///< ISO 8601, UTC
    };
    struct AppliedSet {
        Bookkeeping where = Bookkeeping::None;
        QList<Applied> rows; ///< sorted by version
    };
    /// The applied versions, read-only (any desk login can read them).
    static Result<AppliedSet> applied(QSqlDatabase &db);

    /// One line of `migrate --status`.
    struct StatusLine {
        enum class State { Applied, ChecksumMismatch, Pending, NotInThisBinary };
        int version = 0;
        QString name;
        State state = State::Pending;
        QString appliedAt;
    };
    /// Every embedded migration with its state, then versions applied that this binary does not know.
    /// Changes nothing.
    static Result<QList<StatusLine>> status(QSqlDatabase &db);

    /// The schema version check at sign-in.
    struct SchemaCheck {
        enum class State { Current, Older, Newer, NotDesk };
        State state = State::NotDesk;
        int database = 0; ///< highest applied version
        int app = 0;      ///< latestVersion()
    };
    static Result<SchemaCheck> checkSchema(QSqlDatabase &db);

    /// The roles every migration relies on: adesk_owner (NOLOGIN BYPASSRLS, owns schema desk) and
    /// the NOLOGIN group roles of the logins.
    static QStringList ownerAndGroupRoles();

    /// One-time setup by a SUPERUSER (`autodoctor-desk bootstrap-roles --deployer ROLE`), the only
    /// step that needs one, because adesk_owner is BYPASSRLS: creates the missing roles of
    /// ownerAndGroupRoles() and makes @p deployingRole (an existing role, not an application login)
    /// a member of adesk_owner. Idempotent. Returns what it did, one line each, and a note when the
    /// deploying role does not own the connected database (migrate needs it to).
    static Result<QStringList> bootstrapRoles(QSqlDatabase &db, const QString &deployingRole);
};

} // namespace adesk
