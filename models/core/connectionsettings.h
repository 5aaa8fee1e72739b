#pragma once

#include <QString>

class QSqlDatabase;

namespace adesk {

/// How to reach PostgreSQL: a libpq connection string ("host=db.example.ca dbname=autodoctor
/// sslmode=verify-full"), a URI ("postgresql://user@host/db?sslmode=verify-full") or a service name
/// ("service=autodoctor" from pg_service.conf). Empty means libpq's defaults (PG* variables,
/// ~/.pgpass). The password is never stored here: it comes from the OS keychain or .pgpass.
struct ConnectionSettings {
    QString conninfo;
    QString password; ///< in memory only, from the keychain or a prompt; may be empty
    QString applicationName = QStringLiteral("autodoctor-desk");

    /// Splits the conninfo with libpq's own parser (PQconninfoParse) and configures @p db (a QPSQL
    /// connection). Returns an empty string on success, or libpq's message for a malformed string.
    QString applyTo(QSqlDatabase &db) const;

    /// Validates the string with libpq without connecting; empty when fine.
    static QString validate(const QString &conninfo);

    /// A display form with any password removed, for titles and logs.
    QString redacted() const;
};

} // namespace adesk
