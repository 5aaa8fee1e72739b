#pragma once

#include "models/core/result.h"

#include "models/core/connectionsettings.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace adesk {

/// How current the data of a reports connection is (issue 19, "data as of"). Read on the connection
/// itself: `pg_is_in_recovery()` says whether the server is a standby; on a standby,
/// `pg_last_xact_replay_timestamp()` is the commit time, on the primary, of the last transaction
/// replayed, and the lag is the server's now() minus that time, in whole seconds. A standby whose
/// replay has reached everything it received (`pg_last_wal_replay_lsn() = pg_last_wal_receive_lsn()`)
/// is caught up: the lag then only says how long the primary has been idle.
struct ReplicaStatus {
    bool inRecovery = false; ///< the server is a standby (hot standby: read-only)
    QDateTime replayedAt;    ///< UTC; invalid on a primary or before the first replayed commit
    qint64 lagSeconds = 0;   ///< now() - replayedAt, never negative; 0 when replayedAt is invalid
    bool caughtUp = false;   ///< everything received has been replayed

    /// One query on @p db; any role may run it (the functions are granted to PUBLIC).
    static Result<ReplicaStatus> read(QSqlDatabase &db);

    /// What a pane shows: empty on a primary (the data is live); on a standby "Data as of HH:MM:SS
    /// (N s behind)" in the user's local time (QLocale's time format with seconds), translated;
    /// "Data as of HH:MM:SS (replica up to date)" when caught up; "Replica: no transaction replayed
    /// yet" before the first replayed commit.
    QString describe() const;
};

/// The reports connection's settings (issue 19): @p settings made read-only, named
/// "autodoctor-desk/reports" (or @p role) in pg_stat_activity. The string becomes a key=value string
/// whose server options are the user's own (the string's, else the service's, else PGOPTIONS, as
/// libpq picks them) followed by `-c default_transaction_read_only=on`: sent last, no option of the
/// user's turns it off at connect time. Every write through such a connection fails with SQLSTATE
/// 25006 (read_only_sql_transaction), on a primary as on a standby. A guard, not a permission: the
/// database's privileges and RLS still decide what the login may read. When @p user is not empty it
/// replaces the string's user= (the reports connection signs in as the person signed in on the
/// primary). On a malformed string, *error says why (libpq's message) and the settings are returned
/// unchanged.
ConnectionSettings readOnlySettings(const ConnectionSettings &settings, const QString &user, QString *error,
                                    const QString &role = QStringLiteral("reports"));

} // namespace adesk
