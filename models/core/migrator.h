#pragma once

#include "models/core/result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace adesk {

/// Applies the numbered SQL migrations embedded under :/migrations (resources/migrations/NNNN_name.sql)
/// in order, each in its own transaction, and records them in public.schema_migrations (version,
/// name, sha256 of the file, applied_at). A migration already applied whose file changed is an
/// error: released migrations are never edited, a new one is added instead. Concurrent runs are
/// serialised with an advisory lock. Must run as a role that may create roles and owns the database.
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
};

} // namespace adesk
