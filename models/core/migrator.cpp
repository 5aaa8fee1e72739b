#include "models/core/migrator.h"

#include "models/core/sqlquery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <libpq-fe.h>

#include <vector>

namespace adesk {

namespace {

DbError execScript(PGconn *conn, const QByteArray &sql) {
    PGresult *res = PQexec(conn, sql.constData());
    const ExecStatusType st = PQresultStatus(res);
    DbError error;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_EMPTY_QUERY) {
        const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
        const char *primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
        const char *detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL);
        const char *context = PQresultErrorField(res, PG_DIAG_CONTEXT);
        QString message = QString::fromUtf8(primary ? primary : PQerrorMessage(conn));
        if (context)
            message += QStringLiteral(" (") + QString::fromUtf8(context) + u')';
        if (PQstatus(conn) == CONNECTION_BAD)
            error = DbError::connectionLost(message);
        else
            error = DbError::fromSqlState(QString::fromLatin1(state ? state : "XX000"), message,
                                          QString::fromUtf8(detail ? detail : ""));
    }
    PQclear(res);
    return error;
}

/// Runs one parameterised query (text parameters) and returns its rows of text values, or the error.
Result<QList<QStringList>> queryText(PGconn *conn, const char *sql, const QStringList &params = {}) {
    QList<QByteArray> utf8;
    std::vector<const char *> values;
    for (const QString &p : params)
        utf8 << p.toUtf8();
    for (const QByteArray &b : utf8)
        values.push_back(b.constData());
    PGresult *res = PQexecParams(conn, sql, int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    if (PQresultStatus(res) != PGRES_TUPLES_OK && PQresultStatus(res) != PGRES_COMMAND_OK) {
        const char *state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
        const char *primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
        DbError e = PQstatus(conn) == CONNECTION_BAD
                        ? DbError::connectionLost(QString::fromUtf8(PQerrorMessage(conn)))
                        : DbError::fromSqlState(QString::fromLatin1(state ? state : "XX000"),
                                                QString::fromUtf8(primary ? primary : PQerrorMessage(conn)));
        PQclear(res);
        return e;
    }
    QList<QStringList> rows;
    for (int r = 0; r < PQntuples(res); ++r) {
        QStringList row;
        for (int c = 0; c < PQnfields(res); ++c)
            row << QString::fromUtf8(PQgetvalue(res, r, c));
        rows << row;
    }
    PQclear(res);
    return rows;
}

QByteArray quoteIdent(const QString &name) {
    QString q = name;
    q.replace(u'"', QStringLiteral("\"\""));
    return (u'"' + q + u'"').toUtf8();
}

} // namespace

QStringList Migrator::ownerAndGroupRoles() {
    return {QStringLiteral("adesk_owner"), QStringLiteral("adesk_platform_admin"),
            QStringLiteral("adesk_finance"), QStringLiteral("adesk_workshop_owner"),
            QStringLiteral("adesk_platform_service")};
}

Result<QStringList> Migrator::bootstrapRoles(QSqlDatabase &db, const QString &deployingRole) {
    PGconn *conn = nativeHandle(db);
    if (!conn)
        return DbError::other(QStringLiteral("bootstrap-roles needs a PostgreSQL (QPSQL) connection"));
    const QStringList roles = ownerAndGroupRoles();

    auto me = queryText(conn, "SELECT current_user::text, rolsuper::text FROM pg_catalog.pg_roles "
                              "WHERE rolname = current_user");
    if (!me.ok())
        return me.error();
    if (me->isEmpty() || me->first().value(1) != u"true")
        return DbError::fromSqlState(
            QStringLiteral("42501"),
            QStringLiteral("bootstrap-roles must run as a superuser (it creates adesk_owner with BYPASSRLS); "
                           "%1 is not one. Afterwards migrate runs as the deploying role.")
                .arg(me->isEmpty() ? QString() : me->first().value(0)));
    if (deployingRole.trimmed().isEmpty())
        return DbError::fromSqlState(QStringLiteral("22023"), QStringLiteral("name the deploying role"));
    if (roles.contains(deployingRole))
        return DbError::fromSqlState(QStringLiteral("22023"),
                                     QStringLiteral("%1 is one of the application's own roles; the deploying "
                                                    "role is a separate login")
                                         .arg(deployingRole));
    auto deployer =
        queryText(conn, "SELECT rolname::text FROM pg_catalog.pg_roles WHERE rolname = $1", {deployingRole});
    if (!deployer.ok())
        return deployer.error();
    if (deployer->isEmpty())
        return DbError::fromSqlState(QStringLiteral("42704"),
                                     QStringLiteral("role %1 does not exist: create it first (CREATE ROLE %2 "
                                                    "LOGIN), without SUPERUSER or CREATEROLE")
                                         .arg(deployingRole, QString::fromUtf8(quoteIdent(deployingRole))));

    QStringList done;
    if (DbError e = execScript(conn, "BEGIN; SET LOCAL client_min_messages = warning"); e.isError())
        return e;
    auto fail = [&](const DbError &e) {
        execScript(conn, "ROLLBACK");
        return e;
    };
    for (const QString &role : roles) {
        auto exists =
            queryText(conn, "SELECT count(*)::text FROM pg_catalog.pg_roles WHERE rolname = $1", {role});
        if (!exists.ok())
            return fail(exists.error());
        const QByteArray attributes =
            role == u"adesk_owner" ? QByteArrayLiteral(" NOLOGIN BYPASSRLS") : QByteArrayLiteral(" NOLOGIN");
        if (exists->value(0).value(0) == u"0") {
            if (DbError e = execScript(conn, "CREATE ROLE " + quoteIdent(role) + attributes); e.isError())
                return fail(e);
            done << QStringLiteral("created role %1 (%2)")
                        .arg(role, QString::fromLatin1(attributes.trimmed()));
        } else if (DbError e = execScript(conn, "ALTER ROLE " + quoteIdent(role) + attributes); e.isError()) {
            return fail(e);
        }
    }
    // An application login as the deploying role would make that login a member of adesk_owner.
    auto member =
        queryText(conn,
                  "SELECT string_agg(g, ', ' ORDER BY g) FROM unnest($1::text[]) AS g "
                  "WHERE g <> 'adesk_owner' AND pg_catalog.pg_has_role($2::name, g::name, 'MEMBER')",
                  {u'{' + roles.join(u',') + u'}', deployingRole});
    if (!member.ok())
        return fail(member.error());
    if (!member->value(0).value(0).isEmpty())
        return fail(DbError::fromSqlState(QStringLiteral("22023"),
                                          QStringLiteral("%1 is an application login (member of %2); the "
                                                         "deploying role is a separate login")
                                              .arg(deployingRole, member->value(0).value(0))));
    auto owner = queryText(conn, "SELECT pg_catalog.pg_has_role($1::name, 'adesk_owner', 'MEMBER')::text",
                           {deployingRole});
    if (!owner.ok())
        return fail(owner.error());
    if (owner->value(0).value(0) != u"true") {
        if (DbError e = execScript(conn, "GRANT adesk_owner TO " + quoteIdent(deployingRole)); e.isError())
            return fail(e);
        done << QStringLiteral("granted adesk_owner to %1").arg(deployingRole);
    }
    if (DbError e = execScript(conn, "COMMIT"); e.isError())
        return fail(e);
    if (done.isEmpty())
        done << QStringLiteral("roles already in place; %1 is a member of adesk_owner").arg(deployingRole);

    auto database =
        queryText(conn, "SELECT current_database()::text, pg_catalog.pg_get_userbyid(datdba)::text "
                        "FROM pg_catalog.pg_database WHERE datname = current_database()");
    if (database.ok() && !database->isEmpty() && database->first().value(1) != deployingRole)
        done << QStringLiteral("note: database %1 is owned by %2; migrate runs as the database's owner: "
                               "ALTER DATABASE %3 OWNER TO %4")
                    .arg(database->first().value(0), database->first().value(1),
                         QString::fromUtf8(quoteIdent(database->first().value(0))),
                         QString::fromUtf8(quoteIdent(deployingRole)));
    return done;
}

QList<Migrator::Migration> Migrator::available() {
    QList<Migration> out;
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    const QStringList files =
        QDir(QStringLiteral(":/migrations")).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        const auto m = re.match(f);
        if (m.hasMatch())
            out.append({m.captured(1).toInt(), m.captured(2), QStringLiteral(":/migrations/") + f});
    }
    std::sort(out.begin(), out.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return out;
}

Result<int> Migrator::currentVersion(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral("SELECT coalesce(max(version), 0) FROM public.schema_migrations"));
    if (!q.exec()) {
        if (q.error().sqlState == u"42P01") // table does not exist yet
            return 0;
        return q.error();
    }
    q.next();
    return q.value(0).toInt();
}

Result<QStringList> Migrator::migrate(QSqlDatabase &db) {
    SqlQuery::assertNotOnGuiThread(db, "Migrator");
    PGconn *conn = nativeHandle(db);
    if (!conn)
        return DbError::other(QStringLiteral("migrations need a PostgreSQL (QPSQL) connection"));

    DbError e = execScript(conn, "SET client_min_messages = warning;"
                                 "CREATE TABLE IF NOT EXISTS public.schema_migrations ("
                                 " version integer PRIMARY KEY, name text NOT NULL, sha256 text NOT NULL,"
                                 " applied_at timestamptz NOT NULL DEFAULT now())");
    if (e.isError())
        return e;

    QStringList applied;
    for (const Migration &m : available()) {
        QFile f(m.resourcePath);
        if (!f.open(QIODevice::ReadOnly))
            return DbError::other(QStringLiteral("cannot read %1").arg(m.resourcePath));
        const QByteArray sql = f.readAll();
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(sql, QCryptographicHash::Sha256).toHex());

        if ((e = execScript(conn, "BEGIN; SELECT pg_advisory_xact_lock(7346251)")).isError())
            return e;
        SqlQuery check(db, QStringLiteral("SELECT sha256 FROM public.schema_migrations WHERE version = ?"));
        check.bind(m.version);
        if (!check.exec()) {
            execScript(conn, "ROLLBACK");
            return check.error();
        }
        if (check.next()) {
            const QString have = check.value(0).toString();
            execScript(conn, "ROLLBACK");
            if (have != sha)
                return DbError::other(QStringLiteral("migration %1_%2 was changed after it was applied "
                                                     "(released migrations are never edited; add a new one)")
                                          .arg(m.version, 4, 10, QLatin1Char('0'))
                                          .arg(m.name));
            continue;
        }
        if ((e = execScript(conn, sql)).isError()) {
            execScript(conn, "ROLLBACK");
            e.serverMessage = QStringLiteral("migration %1_%2: %3")
                                  .arg(m.version, 4, 10, QLatin1Char('0'))
                                  .arg(m.name, e.serverMessage);
            return e;
        }
        const QByteArray record = "RESET ROLE; RESET search_path; INSERT INTO public.schema_migrations "
                                  "(version, name, sha256) VALUES (" +
                                  QByteArray::number(m.version) + ", '" + m.name.toUtf8() + "', '" +
                                  sha.toLatin1() + "'); COMMIT";
        if ((e = execScript(conn, record)).isError()) {
            execScript(conn, "ROLLBACK");
            return e;
        }
        applied << QStringLiteral("%1_%2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name);
    }
    return applied;
}

} // namespace adesk
