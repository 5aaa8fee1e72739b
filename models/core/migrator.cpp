#include "models/core/migrator.h"

#include "models/core/sqlquery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <libpq-fe.h>

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

} // namespace

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
