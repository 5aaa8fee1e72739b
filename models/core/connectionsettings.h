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
struct ConnectionSettings {
    QString conninfo;
    QString password; ///< in memory only, from the keychain or a prompt; may be empty
    QString applicationName = QStringLiteral("autodoctor-desk");
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

    /// Validates the string with libpq without connecting; empty when fine.
    static QString validate(const QString &conninfo);

    /// A display form with any password removed, for titles and logs.
    QString redacted() const;
};

} // namespace adesk
