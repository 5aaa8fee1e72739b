#pragma once

#include "models/core/conninfo.h"

#include <QProcessEnvironment>
#include <QString>

class QSqlDatabase;

namespace adesk {

/// How to reach PostgreSQL: a libpq connection string ("host=db.example.ca dbname=autodoctor
/// sslmode=verify-full"), a URI ("postgresql://user@host/db?sslmode=verify-full") or a service name
/// ("service=autodoctor" from pg_service.conf). Empty means libpq's defaults (PG* variables,
/// ~/.pgpass). The password is never stored here: it comes from the OS keychain or .pgpass.
///
/// Transport rule (applyTo): when any host is reached over the network (not a Unix socket, not
/// localhost/127.0.0.0/8/::1, host= and hostaddr= lists, URIs, services and PG* variables all
/// resolved as libpq resolves them), sslmode defaults to verify-full; disable, allow and prefer
/// are refused unless allowInsecureTransport is set (the user confirmed, or
/// --allow-insecure-transport). The demo password is refused for such hosts.
///
/// Session hygiene (issue 18): every connection names its role in pg_stat_activity
/// (fallback_application_name "autodoctor-desk/worker", "/listen", "/<batch command>": PGAPPNAME, or
/// application_name in the string or the service, wins) and carries time limits, sent as server
/// options at connect time (`options='-c statement_timeout=… …'`). The user's own options (the
/// string's, else the service's, else PGOPTIONS) follow ours in the same startup packet, so a
/// setting they give wins.
struct ConnectionSettings {
    /// Server-side limits of a connection's session, in milliseconds; 0 sends nothing (the
    /// server's or the role's setting applies).
    struct Timeouts {
        int statementMs = 0;         ///< statement_timeout: a statement running longer is cancelled (57014)
        int lockMs = 0;              ///< lock_timeout: waiting longer for a lock fails (55P03)
        int idleInTransactionMs = 0; ///< idle_in_transaction_session_timeout: the server ends the session
        /// The panes' work: a screen waits 30 s at most, a lock 5 s; a transaction left open by a
        /// stuck client is ended after a minute.
        static Timeouts interactive() { return {30000, 5000, 60000}; }
        /// Batch commands (statements, t4a, seed-demo, migrate…) run long reports: no statement
        /// limit; a lock may be waited on for a minute (a migration's DDL must not queue for long
        /// in front of everyone's reads); an idle transaction is ended after ten minutes.
        static Timeouts batch() { return {0, 60000, 600000}; }
        static Timeouts none() { return {}; }
        /// The -c switches for libpq's options keyword ("" when nothing is set).
        QString serverOptions() const;
    };

    QString conninfo;
    QString password; ///< in memory only, from the keychain or a prompt; may be empty
    /// Sent as fallback_application_name: PGAPPNAME, or application_name in the string or service, wins.
    QString applicationName = QStringLiteral("autodoctor-desk");
    Timeouts timeouts = Timeouts::interactive();
    /// The user accepted sslmode=disable/allow/prefer to a remote host for this session.
    bool allowInsecureTransport = false;

    /// Splits the conninfo with libpq's own parser (PQconninfoParse) and configures @p db (a QPSQL
    /// connection), adding sslmode=verify-full for a remote host without an sslmode. Returns an
    /// empty string on success, or why not (problem()).
    QString applyTo(QSqlDatabase &db) const;

    /// Where the connection goes and how it is protected (see conninfo::assess).
    conninfo::Transport
    transport(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) const;

    /// Why applyTo would refuse these settings (empty when it would not): a malformed string, an
    /// unknown service, a value holding ';', an insecure sslmode to a remote host without
    /// allowInsecureTransport, or the demo password sent to a remote host.
    QString problem(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment()) const;

    /// A copy for one connection role: application name "autodoctor-desk/@p role" (worker, listen).
    ConnectionSettings forRole(const QString &role) const;
    /// A copy for batch command @p command: its application name and Timeouts::batch().
    ConnectionSettings forBatch(const QString &command) const;

    /// Validates the string with libpq without connecting; empty when fine.
    static QString validate(const QString &conninfo);

    /// A display form with any password removed, for titles and logs.
    QString redacted() const;
};

} // namespace adesk
