#pragma once

#include "models/core/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace adesk {

/// Applies the numbered SQL migrations embedded under :/migrations (resources/migrations/NNNN_name.sql)
/// in order, each in its own transaction, and records them in public.schema_migrations (version,
/// name, sha256 of the file, applied_at). A migration already applied whose file changed is an
/// error: released migrations are never edited, a new one is added instead. Concurrent runs are
/// serialised with an advisory lock.
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

    /// Applies what is missing. Returns the names applied (empty when up to date).
    static Result<QStringList> migrate(QSqlDatabase &db);

    /// Highest applied version, 0 on an empty database.
    static Result<int> currentVersion(QSqlDatabase &db);

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
