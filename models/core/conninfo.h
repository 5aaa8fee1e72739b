#pragma once

#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace adesk::conninfo {

/// One option libpq found in a connection string or URI.
struct Option {
    QString keyword;
    QString value;
    bool secret = false; ///< libpq marks it as a password field (dispchar "*"): password, sslpassword
};

/// libpq's own parse (PQconninfoParse) of a key=value string or a postgresql:// URI: the options it
/// sets explicitly, in libpq's keyword order. No defaults, no environment, no service expansion.
/// On a malformed string returns nothing and sets @p error to libpq's message.
QList<Option> parse(const QString &conninfo, QString *error);

/// A key=value connection string holding @p options (values single-quoted, \ and ' escaped).
QString compose(const QList<Option> &options);

/// A connection string without its secrets, for the settings file.
struct Stripped {
    QString conninfo;    ///< the input when it held no secret, else the other options as key=value
    QString password;    ///< the password it held (password=… or postgresql://user:password@…)
    QStringList dropped; ///< other secret keywords removed and not kept anywhere (sslpassword)
    QString error;       ///< libpq's message when the string is malformed (then conninfo is empty)
    bool changed() const { return !password.isEmpty() || !dropped.isEmpty(); }
};
Stripped stripSecrets(const QString &conninfo);

/// A service definition read the way libpq 15 reads it: PGSERVICEFILE (or ~/.pg_service.conf when
/// unset), then PGSYSCONFDIR/pg_service.conf (or libpq's compiled-in directory); the first file
/// holding the group wins; lines `keyword=value`, no spaces around `=`.
struct ServiceDefinition {
    QHash<QString, QString> options;
    QString file;  ///< where the group was found
    QString error; ///< as libpq would report it (service not found, syntax error…)
};
ServiceDefinition lookupService(const QString &name, const QProcessEnvironment &env);

/// Where a connection goes and how it is protected, resolved as libpq resolves each option: the
/// connection string, then the service (service= or PGSERVICE), then the PG* variable.
struct Transport {
    struct Endpoint {
        QString target; ///< the host, socket directory or address as written
        bool local = false;
    };
    QString error;             ///< malformed string or unknown service: nothing else is meaningful
    QList<Endpoint> endpoints; ///< one per entry of the host/hostaddr lists (the default socket if none)
    QString sslmode;           ///< effective sslmode; empty means libpq's default (prefer)
    QString sslmodeOrigin; ///< who set it: "the connection string", "service NAME", "the PGSSLMODE variable"
    QString password;      ///< from the string, the service or PGPASSWORD (not ~/.pgpass)
    /// The server options (-c name=value …) the user gives, as libpq picks them: the string's
    /// options, else the service's, else PGOPTIONS (libpq takes one of them whole, never a merge).
    QString options;

    /// Network endpoints that are neither a Unix socket nor a loopback address.
    QStringList remoteTargets() const;
    bool remote() const { return !remoteTargets().isEmpty(); }
    /// A remote endpoint and no sslmode anywhere: the app adds sslmode=verify-full.
    bool addsVerifyFull() const { return error.isEmpty() && remote() && sslmode.isEmpty(); }
    /// A remote endpoint with an sslmode that may send everything in clear (disable) or silently
    /// fall back to it (allow, prefer): only after the user confirms.
    bool insecure() const;
    /// A remote endpoint with an sslmode that encrypts without checking the server's name.
    bool unverified() const;
};
Transport assess(const QString &conninfo,
                 const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

/// True for a Unix-socket directory (absolute path, or @abstract), "localhost", and loopback
/// addresses (127.0.0.0/8, ::1, ::ffff:127.x.x.x). An empty host means libpq's default socket.
bool isLocalHost(const QString &host);

/// True when a server's listen_addresses lets no other machine connect over TCP: empty (Unix
/// sockets only) or only localhost / loopback addresses. '*', 0.0.0.0, ::, any other name or
/// address count as reachable.
bool listensOnlyLocally(const QString &listenAddresses);

/// The password of the demo logins created by seed-demo. Accepted only by local servers.
inline QString demoPassword() {
    return QStringLiteral("demo");
}

} // namespace adesk::conninfo
