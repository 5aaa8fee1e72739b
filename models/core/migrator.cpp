#include "models/core/migrator.h"

#include "models/core/sqlquery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
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

namespace {

const char *const kDeskTable = "desk.schema_migrations";

/// Creates desk.schema_migrations when missing (as adesk_owner, inside the caller's transaction) and
/// lets every existing desk group role read it: the version check at sign-in.
const QByteArray kEnsureDeskTable = QByteArrayLiteral(
    "SET LOCAL ROLE adesk_owner; "
    "DO $adesk$ DECLARE r text; BEGIN "
    "IF pg_catalog.to_regclass('desk.schema_migrations') IS NULL THEN "
    "  CREATE TABLE desk.schema_migrations (version integer PRIMARY KEY, name text NOT NULL, "
    "    sha256 text NOT NULL, applied_at timestamptz NOT NULL DEFAULT pg_catalog.now()); "
    "  ALTER TABLE desk.schema_migrations ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY; "
    "  CREATE POLICY schema_migrations_read ON desk.schema_migrations FOR SELECT USING (true); "
    "  COMMENT ON TABLE desk.schema_migrations IS 'Auto Doctor Desk migrations applied (autodoctor-desk "
    "migrate): version, file name, sha256 of the file. Written by the migrator as adesk_owner; read by "
    "every desk login at sign-in'; "
    "END IF; "
    "FOR r IN SELECT rolname FROM pg_catalog.pg_roles WHERE rolname IN ('adesk_platform_admin', "
    "'adesk_finance', 'adesk_workshop_owner', 'adesk_platform_service') LOOP "
    "  EXECUTE pg_catalog.format('GRANT SELECT ON desk.schema_migrations TO %I', r); "
    "END LOOP; "
    "END $adesk$; "
    "RESET ROLE");

/// Which tables exist: desk.schema_migrations, and a public.schema_migrations with the columns of
/// the desk's old bookkeeping.
struct Tables {
    bool desk = false;
    bool publicTable = false;
    bool publicHasDeskShape = false;
};

Result<Tables> findTables(PGconn *conn) {
    auto r = queryText(
        conn, "SELECT (pg_catalog.to_regclass('desk.schema_migrations') IS NOT NULL)::text, "
              "(pg_catalog.to_regclass('public.schema_migrations') IS NOT NULL)::text, "
              "((SELECT count(*) FROM pg_catalog.pg_attribute a WHERE a.attrelid = "
              "pg_catalog.to_regclass('public.schema_migrations') AND NOT a.attisdropped AND a.attnum > 0 "
              "AND (a.attname, a.atttypid) IN (('version', 'integer'::regtype), ('name', 'text'::regtype), "
              "('sha256', 'text'::regtype), ('applied_at', 'timestamptz'::regtype))) = 4)::text");
    if (!r.ok())
        return r.error();
    Tables t;
    t.desk = r->value(0).value(0) == u"true";
    t.publicTable = r->value(0).value(1) == u"true";
    t.publicHasDeskShape = r->value(0).value(2) == u"true";
    return t;
}

Result<QList<Migrator::Applied>> readRows(PGconn *conn, const char *table) {
    const QByteArray sql = QByteArrayLiteral("SELECT version::text, name, sha256, "
                                             "pg_catalog.to_char(applied_at AT TIME ZONE 'UTC', "
                                             "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM ") +
                           table + " t ORDER BY t.version";
    auto r = queryText(conn, sql.constData());
    if (!r.ok())
        return r.error();
    QList<Migrator::Applied> out;
    for (const QStringList &row : r.value())
        out.append({row.value(0).toInt(), row.value(1), row.value(2), row.value(3)});
    return out;
}

/// A desk-shaped public.schema_migrations is the desk's own when every row names one of the desk's
/// migrations and 0001_foundation is among them. Anything else belongs to another tool.
bool rowsAreOurs(const QList<Migrator::Applied> &rows) {
    QHash<int, QString> names;
    for (const Migrator::Migration &m : Migrator::available())
        names.insert(m.version, m.name);
    bool foundation = false;
    for (const Migrator::Applied &a : rows) {
        if (names.value(a.version) != a.name)
            return false;
        foundation = foundation || (a.version == 1 && a.name == u"foundation");
    }
    return foundation;
}

Result<Migrator::AppliedSet> readApplied(PGconn *conn) {
    auto tables = findTables(conn);
    if (!tables.ok())
        return tables.error();
    Migrator::AppliedSet set;
    if (tables->desk) {
        auto rows = readRows(conn, kDeskTable);
        if (!rows.ok())
            return rows.error();
        set.where = Migrator::Bookkeeping::Desk;
        set.rows = rows.value();
        return set;
    }
    if (tables->publicHasDeskShape) {
        auto rows = readRows(conn, "public.schema_migrations");
        if (!rows.ok())
            return rows.error();
        if (rowsAreOurs(rows.value())) {
            set.where = Migrator::Bookkeeping::Legacy;
            set.rows = rows.value();
        }
    }
    return set;
}

/// Statements of released migrations that must not run as written on a database that has not run
/// them yet: the old bookkeeping table in public (0001, 0009) and the database-wide search_path
/// (0001). The file and its checksum stay as released; only what is sent changes.
QByteArray withoutDatabaseWideEffects(const Migrator::Migration &m, QByteArray sql, bool *needsScratch) {
    *needsScratch = false;
    if (m.version >= 17)
        return sql;
    if (m.version == 1)
        sql.replace("EXECUTE format('ALTER DATABASE %I SET search_path = desk, public', current_database());",
                    "NULL; -- (not run: the desk qualifies its names, migration 0017)");
    if (sql.contains("public.schema_migrations")) {
        sql.replace("public.schema_migrations", "pg_temp.adesk_released_schema_migrations");
        *needsScratch = true;
    }
    return sql;
}

/// Moves the rows of the desk's old public.schema_migrations to desk.schema_migrations and drops it,
/// in the caller's transaction. Returns true when it did.
Result<bool> adoptLegacyBookkeeping(PGconn *conn) {
    auto set = readApplied(conn);
    if (!set.ok())
        return set.error();
    if (set->where != Migrator::Bookkeeping::Legacy)
        return false;
    if (DbError e = execScript(conn, kEnsureDeskTable); e.isError())
        return e;
    if (DbError e =
            execScript(conn, "SET LOCAL ROLE adesk_owner; "
                             "CREATE TEMP TABLE adesk_legacy_rows (version integer, name text, "
                             "sha256 text, applied_at timestamptz) ON COMMIT DROP; RESET ROLE; "
                             "INSERT INTO pg_temp.adesk_legacy_rows SELECT version, name, sha256, "
                             "applied_at FROM public.schema_migrations; "
                             "SET LOCAL ROLE adesk_owner; "
                             "INSERT INTO desk.schema_migrations (version, name, sha256, applied_at) "
                             "SELECT version, name, sha256, applied_at FROM pg_temp.adesk_legacy_rows; "
                             "RESET ROLE; DROP TABLE public.schema_migrations");
        e.isError())
        return e;
    return true;
}

} // namespace

Result<Migrator::AppliedSet> Migrator::applied(QSqlDatabase &db) {
    PGconn *conn = nativeHandle(db);
    if (!conn)
        return DbError::other(QStringLiteral("the schema version needs a PostgreSQL (QPSQL) connection"));
    return readApplied(conn);
}

Result<int> Migrator::currentVersion(QSqlDatabase &db) {
    auto set = applied(db);
    if (!set.ok())
        return set.error();
    return set->rows.isEmpty() ? 0 : set->rows.last().version;
}

int Migrator::latestVersion() {
    const QList<Migration> all = available();
    return all.isEmpty() ? 0 : all.last().version;
}

Result<QList<Migrator::StatusLine>> Migrator::status(QSqlDatabase &db) {
    auto set = applied(db);
    if (!set.ok())
        return set.error();
    QHash<int, Applied> byVersion;
    for (const Applied &a : set->rows)
        byVersion.insert(a.version, a);
    QList<StatusLine> out;
    for (const Migration &m : available()) {
        StatusLine line;
        line.version = m.version;
        line.name = m.name;
        const auto it = byVersion.constFind(m.version);
        if (it == byVersion.constEnd()) {
            line.state = StatusLine::State::Pending;
        } else {
            QFile f(m.resourcePath);
            if (!f.open(QIODevice::ReadOnly))
                return DbError::other(QStringLiteral("cannot read %1").arg(m.resourcePath));
            const QString sha = QString::fromLatin1(
                QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
            line.state = sha == it->sha256 && m.name == it->name ? StatusLine::State::Applied
                                                                 : StatusLine::State::ChecksumMismatch;
            line.appliedAt = it->appliedAt;
            byVersion.erase(it);
        }
        out << line;
    }
    QList<Applied> unknown = byVersion.values();
    std::sort(unknown.begin(), unknown.end(),
              [](const Applied &a, const Applied &b) { return a.version < b.version; });
    for (const Applied &a : unknown)
        out.append({a.version, a.name, StatusLine::State::NotInThisBinary, a.appliedAt});
    return out;
}

Result<Migrator::SchemaCheck> Migrator::checkSchema(QSqlDatabase &db) {
    auto set = applied(db);
    if (!set.ok())
        return set.error();
    SchemaCheck check;
    check.app = latestVersion();
    check.database = set->rows.isEmpty() ? 0 : set->rows.last().version;
    if (set->where == Bookkeeping::None || set->rows.isEmpty())
        check.state = SchemaCheck::State::NotDesk;
    else if (check.database < check.app)
        check.state = SchemaCheck::State::Older;
    else if (check.database > check.app)
        check.state = SchemaCheck::State::Newer;
    else
        check.state = SchemaCheck::State::Current;
    return check;
}

Result<QStringList> Migrator::migrate(QSqlDatabase &db, int upTo) {
    SqlQuery::assertNotOnGuiThread(db, "Migrator");
    PGconn *conn = nativeHandle(db);
    if (!conn)
        return DbError::other(QStringLiteral("migrations need a PostgreSQL (QPSQL) connection"));

    DbError e = execScript(conn, "SET client_min_messages = warning");
    if (e.isError())
        return e;

    // A database migrated before 0017: its versions move into the desk's schema first.
    if ((e = execScript(conn, "BEGIN; SELECT pg_catalog.pg_advisory_xact_lock(7346251)")).isError())
        return e;
    auto adopted = adoptLegacyBookkeeping(conn);
    if (!adopted.ok()) {
        execScript(conn, "ROLLBACK");
        return adopted.error();
    }
    if ((e = execScript(conn, "COMMIT")).isError()) {
        execScript(conn, "ROLLBACK");
        return e;
    }

    QStringList applied;
    for (const Migration &m : available()) {
        if (m.version > upTo)
            break;
        QFile f(m.resourcePath);
        if (!f.open(QIODevice::ReadOnly))
            return DbError::other(QStringLiteral("cannot read %1").arg(m.resourcePath));
        const QByteArray file = f.readAll();
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(file, QCryptographicHash::Sha256).toHex());

        if ((e = execScript(conn, "BEGIN; SELECT pg_catalog.pg_advisory_xact_lock(7346251)")).isError())
            return e;
        auto tables = findTables(conn);
        if (!tables.ok()) {
            execScript(conn, "ROLLBACK");
            return tables.error();
        }
        if (tables->desk) {
            auto have = queryText(conn, "SELECT sha256 FROM desk.schema_migrations WHERE version = $1",
                                  {QString::number(m.version)});
            if (!have.ok()) {
                execScript(conn, "ROLLBACK");
                return have.error();
            }
            if (!have->isEmpty()) {
                execScript(conn, "ROLLBACK");
                if (have->first().value(0) != sha)
                    return DbError::other(
                        QStringLiteral("migration %1_%2 was changed after it was applied "
                                       "(released migrations are never edited; add a new one)")
                            .arg(m.version, 4, 10, QLatin1Char('0'))
                            .arg(m.name));
                continue;
            }
        }
        bool needsScratch = false;
        const QByteArray sql = withoutDatabaseWideEffects(m, file, &needsScratch);
        if (needsScratch &&
            (e = execScript(conn, "CREATE TEMP TABLE IF NOT EXISTS adesk_released_schema_migrations (version "
                                  "integer PRIMARY KEY, name text NOT NULL, sha256 text NOT NULL, applied_at "
                                  "timestamptz NOT NULL DEFAULT pg_catalog.now()) ON COMMIT DROP"))
                .isError()) {
            execScript(conn, "ROLLBACK");
            return e;
        }
        if ((e = execScript(conn, sql)).isError()) {
            execScript(conn, "ROLLBACK");
            e.serverMessage = QStringLiteral("migration %1_%2: %3")
                                  .arg(m.version, 4, 10, QLatin1Char('0'))
                                  .arg(m.name, e.serverMessage);
            return e;
        }
        const QByteArray record = "RESET ROLE; RESET search_path; " + kEnsureDeskTable +
                                  "; SET LOCAL ROLE adesk_owner; INSERT INTO desk.schema_migrations "
                                  "(version, name, sha256) VALUES (" +
                                  QByteArray::number(m.version) + ", '" + m.name.toUtf8() + "', '" +
                                  sha.toLatin1() + "'); RESET ROLE; COMMIT";
        if ((e = execScript(conn, record)).isError()) {
            execScript(conn, "ROLLBACK");
            return e;
        }
        applied << QStringLiteral("%1_%2").arg(m.version, 4, 10, QLatin1Char('0')).arg(m.name);
    }
    // The ledger's months (0051): a year ahead of today, in the platform's zone (desk.ledger_period).
    if ((e = execScript(conn,
                        "BEGIN; DO $adesk$ BEGIN "
                        "IF pg_catalog.to_regprocedure('desk.ensure_ledger_partitions(date)') IS NOT NULL "
                        "THEN SET LOCAL ROLE adesk_owner; PERFORM "
                        "desk.ensure_ledger_partitions((pg_catalog.now() AT TIME ZONE "
                        "'America/Toronto' + interval '12 months')::date); "
                        "END IF; END $adesk$; COMMIT"))
            .isError()) {
        execScript(conn, "ROLLBACK");
        return e;
    }
    return applied;
}

} // namespace adesk
