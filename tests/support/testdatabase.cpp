#include "tests/support/testdatabase.h"

#include "tests/support/ci.h"

#include "models/core/migrator.h"
#include "models/core/sqlquery.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtDebug>

// The migrations are embedded in adesk_models (a static library): referencing the resource's init
// function makes sure the linker keeps it.
static void adeskInitTestResources() {
    Q_INIT_RESOURCE(resources);
}

namespace adesk {

namespace {

QString env(const char *name) {
    return qEnvironmentVariable(name);
}

/// A libpq conninfo value in single quotes.
QString conninfoValue(const QString &v) {
    QString s = v;
    s.replace(u'\\', QStringLiteral("\\\\"));
    s.replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + s + u'\'';
}

/// An SQL string literal (standard_conforming_strings is on in every supported server).
QString sqlLiteral(const QString &v) {
    QString s = v;
    s.replace(u'\'', QStringLiteral("''"));
    return u'\'' + s + u'\'';
}

QString sqlIdentifier(const QString &v) {
    QString s = v;
    s.replace(u'"', QStringLiteral("\"\""));
    return u'"' + s + u'"';
}

const QStringList kGroupRoles = {QStringLiteral("adesk_platform_admin"), QStringLiteral("adesk_finance"),
                                 QStringLiteral("adesk_workshop_owner"),
                                 QStringLiteral("adesk_platform_service")};

} // namespace

QVariantList TestDatabase::SqlResult::column() const {
    QVariantList out;
    for (const QVariantList &row : rows)
        out << (row.isEmpty() ? QVariant() : row.first());
    return out;
}

QString TestDatabase::SqlResult::describe() const {
    if (ok)
        return QStringLiteral("ok (%1 rows)").arg(rows.size());
    QString s = error.sqlState + u' ' + error.serverMessage;
    if (!error.detail.isEmpty())
        s += QStringLiteral(" (") + error.detail + u')';
    return s;
}

TestDatabase::TestDatabase(Migrate migrate, const QString &suffix)
    : m_migrate(migrate) {
    adeskInitTestResources();

    QString binary =
        QCoreApplication::instance() ? QCoreApplication::applicationName().toLower() : QStringLiteral("test");
    static const QRegularExpression notIdent(QStringLiteral("[^a-z0-9_]"));
    binary.replace(notIdent, QStringLiteral("_"));
    if (binary.isEmpty())
        binary = QStringLiteral("test");
    m_tag = binary.left(28) + u'_' + QString::number(QCoreApplication::applicationPid());
    if (!suffix.isEmpty())
        m_tag += u'_' + suffix.left(12).toLower().replace(notIdent, QStringLiteral("_"));
    m_dbName = QStringLiteral("adesk_test_") + m_tag;
    const quintptr self = reinterpret_cast<quintptr>(this);
    m_adminConnection = QStringLiteral("adesk_testdb_%1_super").arg(self, 0, 16);
    m_maintenanceConnection = QStringLiteral("adesk_testdb_%1_maint").arg(self, 0, 16);
    QByteArray random(12, Qt::Uninitialized);
    for (char &c : random)
        c = char(QRandomGenerator::system()->bounded(256));
    m_loginPassword = QStringLiteral("pw-") + QString::fromLatin1(random.toHex());
}

TestDatabase::~TestDatabase() {
    if (QSqlDatabase::contains(m_adminConnection)) {
        QSqlDatabase::database(m_adminConnection, false).close();
        QSqlDatabase::removeDatabase(m_adminConnection);
    }
    if (QSqlDatabase::contains(m_maintenanceConnection)) {
        {
            QSqlDatabase maint = QSqlDatabase::database(m_maintenanceConnection, false);
            if (maint.isOpen()) {
                if (m_status != Status::NotStarted) {
                    const SqlResult r = run(maint, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                                       .arg(sqlIdentifier(m_dbName)));
                    if (!r.ok)
                        qWarning().noquote() << "TestDatabase: could not drop" << m_dbName << r.describe();
                }
                for (const QString &role : std::as_const(m_createdRoles)) {
                    const SqlResult r =
                        run(maint, QStringLiteral("DROP ROLE IF EXISTS %1").arg(sqlIdentifier(role)));
                    if (!r.ok)
                        qWarning().noquote() << "TestDatabase: could not drop role" << role << r.describe();
                }
            }
            maint.close();
        }
        QSqlDatabase::removeDatabase(m_maintenanceConnection);
    }
}

bool TestDatabase::requiredByCi() {
    return ::adesk::requiredByCi();
}

QString TestDatabase::envHost() const {
    const QString host = env("PGHOST");
    return host.isEmpty() || host.startsWith(u'/') ? QStringLiteral("localhost") : host;
}

ConnectionSettings TestDatabase::superuser() const {
    ConnectionSettings s;
    QStringList parts;
    if (!env("PGHOST").isEmpty())
        parts << QStringLiteral("host=") + conninfoValue(env("PGHOST"));
    if (!env("PGPORT").isEmpty())
        parts << QStringLiteral("port=") + conninfoValue(env("PGPORT"));
    if (!env("PGUSER").isEmpty())
        parts << QStringLiteral("user=") + conninfoValue(env("PGUSER"));
    parts << QStringLiteral("dbname=") + conninfoValue(m_dbName);
    s.conninfo = parts.join(u' ');
    s.password = env("PGPASSWORD");
    s.applicationName = QStringLiteral("adesk-test-superuser");
    // The fixture's own work (migrations, arranged data, tests that hold locks on purpose) keeps the
    // server's defaults; tst_sessionhygiene checks the application's limits.
    s.timeouts = ConnectionSettings::Timeouts::none();
    return s;
}

ConnectionSettings TestDatabase::login(const QString &role, const QString &password) const {
    ConnectionSettings s;
    QStringList parts;
    parts << QStringLiteral("host=") + conninfoValue(envHost());
    if (!env("PGPORT").isEmpty())
        parts << QStringLiteral("port=") + conninfoValue(env("PGPORT"));
    parts << QStringLiteral("user=") + conninfoValue(role)
          << QStringLiteral("dbname=") + conninfoValue(m_dbName);
    s.conninfo = parts.join(u' ');
    s.password = password;
    s.applicationName = QStringLiteral("adesk-test-") + role;
    // The fixture's own work (migrations, arranged data, tests that hold locks on purpose) keeps the
    // server's defaults; tst_sessionhygiene checks the application's limits.
    s.timeouts = ConnectionSettings::Timeouts::none();
    return s;
}

QString TestDatabase::roleName(const QString &base) const {
    static const QRegularExpression notIdent(QStringLiteral("[^a-z0-9_]"));
    QString b = base.toLower();
    b.replace(notIdent, QStringLiteral("_"));
    QString name = b + u'_' + m_tag;
    if (name.toUtf8().size() > 63)
        name = b.left(63 - m_tag.size() - 1) + u'_' + m_tag;
    return name;
}

QSqlDatabase TestDatabase::openConnection(const ConnectionSettings &settings, const QString &connectionName) {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    // The test's own synchronous connection: it may run SQL on the test's main thread. The code
    // under test (executors, listeners) uses connections of its own, which stay under the assertion.
    SqlQuery::allowOnGuiThread(connectionName);
    const QString error = settings.applyTo(db);
    if (!error.isEmpty()) {
        qWarning().noquote() << "TestDatabase: bad connection settings" << settings.redacted() << error;
        return db;
    }
    db.open();
    return db;
}

void TestDatabase::closeConnection(const QString &connectionName) {
    if (!QSqlDatabase::contains(connectionName))
        return;
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
}

bool TestDatabase::connectMaintenance(QString *error) {
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *error = QStringLiteral("the Qt PostgreSQL driver (QPSQL) is not installed");
        return false;
    }
    m_maintenanceDb = env("PGDATABASE").isEmpty() ? QStringLiteral("postgres") : env("PGDATABASE");
    ConnectionSettings s = superuser();
    s.conninfo.replace(QStringLiteral("dbname=") + conninfoValue(m_dbName),
                       QStringLiteral("dbname=") + conninfoValue(m_maintenanceDb));
    if (!s.conninfo.contains(u"connect_timeout"))
        s.conninfo += QStringLiteral(" connect_timeout=5");
    QSqlDatabase maint = openConnection(s, m_maintenanceConnection);
    if (!maint.isOpen()) {
        *error = QStringLiteral("cannot connect to %1: %2").arg(s.redacted(), maint.lastError().text());
        return false;
    }
    return true;
}

TestDatabase::Status TestDatabase::start() {
    if (m_status == Status::Ready)
        return m_status;
    static const char *const vars[] = {"PGHOST", "PGPORT", "PGUSER", "PGDATABASE", "PGSERVICE", "PGPASSWORD"};
    bool anyPgVar = false;
    for (const char *v : vars)
        anyPgVar = anyPgVar || !env(v).isEmpty();
    if (!anyPgVar) {
        m_status = Status::Unavailable;
        m_error = QStringLiteral("no PG* environment variables are set");
        return m_status;
    }
    QString error;
    if (!connectMaintenance(&error)) {
        m_status =
            QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")) ? Status::Unavailable : Status::Failed;
        m_error = error;
        return m_status;
    }
    QSqlDatabase maint = QSqlDatabase::database(m_maintenanceConnection, false);
    m_status = Status::Failed; // from here on the destructor cleans up
    run(maint, QStringLiteral("SET client_min_messages = warning"));
    SqlResult r =
        run(maint, QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(sqlIdentifier(m_dbName)));
    if (r.ok)
        r = run(maint, QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'")
                           .arg(sqlIdentifier(m_dbName)));
    if (!r.ok) {
        m_error = QStringLiteral("cannot create database %1: %2").arg(m_dbName, r.describe());
        return m_status;
    }
    QSqlDatabase db = openConnection(superuser(), m_adminConnection);
    if (!db.isOpen()) {
        m_error = QStringLiteral("cannot connect to %1: %2").arg(m_dbName, db.lastError().text());
        return m_status;
    }
    if (m_migrate == Migrate::Yes) {
        if (Migrator::available().isEmpty()) {
            m_error = QStringLiteral("no migrations embedded under :/migrations");
            return m_status;
        }
        const Result<QStringList> applied = migrate();
        if (!applied.ok()) {
            m_error =
                QStringLiteral("migrations failed: %1 %2 %3")
                    .arg(applied.error().sqlState, applied.error().serverMessage, applied.error().detail);
            return m_status;
        }
        // The test's own SQL (not the app's, which qualifies every name) may name desk's tables
        // without the schema: this session only. The database's default search_path is untouched.
        r = run(db, QStringLiteral("SET search_path = desk, public"));
        if (!r.ok) {
            m_error = r.describe();
            return m_status;
        }
    }
    m_status = Status::Ready;
    m_error.clear();
    return m_status;
}

Result<QStringList> TestDatabase::migrate(int upTo) {
    // Roles are cluster-wide and the migrator's advisory lock is per database: serialise the
    // migrations of test binaries running in parallel (ctest -j) with a lock on the maintenance
    // database, which they all share.
    QSqlDatabase maint = QSqlDatabase::database(m_maintenanceConnection, false);
    const SqlResult lock = run(maint, QStringLiteral("SELECT pg_advisory_lock(7346252)"));
    if (!lock.ok)
        return lock.error;
    QSqlDatabase db = connection();
    Result<QStringList> applied = Migrator::migrate(db, upTo);
    run(maint, QStringLiteral("SELECT pg_advisory_unlock(7346252)"));
    return applied;
}

QSqlDatabase TestDatabase::connection() const {
    return QSqlDatabase::database(m_adminConnection, false);
}

TestDatabase::SqlResult TestDatabase::run(const QSqlDatabase &db, const QString &sql,
                                          const QVariantList &binds) {
    SqlResult r;
    QSqlQuery q(db);
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        if (ok) {
            for (const QVariant &b : binds)
                q.addBindValue(b);
            ok = q.exec();
        }
    }
    if (!ok) {
        r.error = SqlQuery::errorFrom(q.lastError(), db);
        if (r.error.sqlState.isEmpty() && !q.lastError().nativeErrorCode().isEmpty())
            r.error.sqlState = q.lastError().nativeErrorCode();
        return r;
    }
    r.ok = true;
    r.rowsAffected = q.numRowsAffected();
    if (q.isSelect()) {
        const int columns = q.record().count();
        while (q.next()) {
            QVariantList row;
            row.reserve(columns);
            for (int i = 0; i < columns; ++i)
                row << q.value(i);
            r.rows << row;
        }
    }
    return r;
}

TestDatabase::SqlResult TestDatabase::run(const QString &sql, const QVariantList &binds) {
    return run(connection(), sql, binds);
}

void TestDatabase::warn(const SqlResult &r, const QString &sql) const {
    qWarning().noquote() << "TestDatabase: SQL failed:" << r.describe() << "\n  " << sql;
}

QVariant TestDatabase::scalar(const QString &sql, const QVariantList &binds) {
    const SqlResult r = run(sql, binds);
    if (!r.ok) {
        warn(r, sql);
        return {};
    }
    return r.scalar();
}

bool TestDatabase::exec(const QString &sql, const QVariantList &binds) {
    const SqlResult r = run(sql, binds);
    if (!r.ok)
        warn(r, sql);
    return r.ok;
}

bool TestDatabase::createLogin(const QString &role, const QString &groupRole, const QString &fullName,
                               const QList<qint64> &workshopIds, const QString &preferredLanguage) {
    if (!isReady()) {
        qWarning() << "TestDatabase::createLogin before start()";
        return false;
    }
    if (!kGroupRoles.contains(groupRole)) {
        qWarning().noquote() << "TestDatabase::createLogin: unknown group role" << groupRole;
        return false;
    }
    const QString deskRole = groupRole.mid(QStringLiteral("adesk_").size());
    const QString ident = sqlIdentifier(role);

    // Cluster-wide part: the LOGIN role, a member of exactly one group.
    const QString createRole =
        QStringLiteral(
            "DO $adesk$ BEGIN "
            "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = %1) THEN "
            "EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', %1, %2); "
            "ELSE EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD %L', %1, %2); "
            "END IF; END $adesk$")
            .arg(sqlLiteral(role), sqlLiteral(m_loginPassword));
    if (!exec(createRole))
        return false;
    if (!m_createdRoles.contains(role))
        m_createdRoles << role;
    for (const QString &g : kGroupRoles) {
        if (g != groupRole &&
            scalar(QStringLiteral("SELECT pg_has_role(?::name, ?::name, 'MEMBER')"), {role, g}).toBool() &&
            !exec(QStringLiteral("REVOKE %1 FROM %2").arg(g, ident)))
            return false;
    }
    if (!exec(QStringLiteral("GRANT %1 TO %2").arg(groupRole, ident)))
        return false;

    // This database: profile, staff_logins, workshop_staff.
    const QVariant existing =
        scalar(QStringLiteral("SELECT profile_id FROM desk.staff_logins WHERE login_role = ?::name"), {role});
    if (existing.isValid() && !existing.isNull()) {
        if (!exec(
                QStringLiteral(
                    "UPDATE desk.profiles SET full_name = ?, role = ?, preferred_language = ? WHERE id = ?"),
                {fullName, deskRole, preferredLanguage, existing}) ||
            !exec(QStringLiteral("UPDATE desk.staff_logins SET desk_role = ? WHERE login_role = ?::name"),
                  {deskRole, role}))
            return false;
    } else {
        const QVariant profile =
            scalar(QStringLiteral("INSERT INTO desk.profiles (full_name, email, role, preferred_language) "
                                  "VALUES (?, ?, ?, ?) RETURNING id"),
                   {fullName, role + QStringLiteral("@autodoctor.test"), deskRole, preferredLanguage});
        if (!profile.isValid())
            return false;
        if (!exec(QStringLiteral("INSERT INTO desk.staff_logins (login_role, profile_id, desk_role) VALUES "
                                 "(?::name, ?, ?)"),
                  {role, profile, deskRole}))
            return false;
    }
    if (!exec(QStringLiteral("DELETE FROM desk.workshop_staff WHERE login_role = ?::name"), {role}))
        return false;
    for (qint64 workshop : workshopIds) {
        if (!exec(QStringLiteral(
                      "INSERT INTO desk.workshop_staff (login_role, workshop_id) VALUES (?::name, ?)"),
                  {role, workshop}))
            return false;
    }
    return true;
}

bool TestDatabase::createPlainLogin(const QString &role) {
    if (m_status == Status::NotStarted) {
        qWarning() << "TestDatabase::createPlainLogin before start()";
        return false;
    }
    const QString createRole =
        QStringLiteral("DO $adesk$ BEGIN "
                       "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = %1) THEN "
                       "EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', %1, %2); END IF; "
                       "EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS "
                       "NOREPLICATION PASSWORD %L', %1, %2); END $adesk$")
            .arg(sqlLiteral(role), sqlLiteral(m_loginPassword));
    if (!exec(createRole))
        return false;
    if (!m_createdRoles.contains(role))
        m_createdRoles << role;
    return true;
}

bool TestDatabase::lockCluster() {
    return run(QSqlDatabase::database(m_maintenanceConnection, false),
               QStringLiteral("SELECT pg_advisory_lock(7346252)"))
        .ok;
}

void TestDatabase::unlockCluster() {
    run(QSqlDatabase::database(m_maintenanceConnection, false),
        QStringLiteral("SELECT pg_advisory_unlock(7346252)"));
}

TestDatabase::Place TestDatabase::placeIn(const QString &province) {
    static const QHash<QString, Place> places = {
        {QStringLiteral("ON"),
         {QStringLiteral("Toronto"), QStringLiteral("M5V 2T6"), QStringLiteral("America/Toronto")}},
        {QStringLiteral("QC"),
         {QStringLiteral("Montréal"), QStringLiteral("H2X 1Y4"), QStringLiteral("America/Toronto")}},
        {QStringLiteral("BC"),
         {QStringLiteral("Vancouver"), QStringLiteral("V6B 1A1"), QStringLiteral("America/Vancouver")}},
        {QStringLiteral("AB"),
         {QStringLiteral("Calgary"), QStringLiteral("T2P 1J9"), QStringLiteral("America/Edmonton")}},
        {QStringLiteral("MB"),
         {QStringLiteral("Winnipeg"), QStringLiteral("R3C 1A1"), QStringLiteral("America/Winnipeg")}},
        {QStringLiteral("SK"),
         {QStringLiteral("Regina"), QStringLiteral("S4P 3Y2"), QStringLiteral("America/Regina")}},
        {QStringLiteral("NS"),
         {QStringLiteral("Halifax"), QStringLiteral("B3H 1A1"), QStringLiteral("America/Halifax")}},
        {QStringLiteral("NB"),
         {QStringLiteral("Moncton"), QStringLiteral("E1C 1A1"), QStringLiteral("America/Moncton")}},
        {QStringLiteral("NL"),
         {QStringLiteral("St. John's"), QStringLiteral("A1C 5M2"), QStringLiteral("America/St_Johns")}},
        {QStringLiteral("PE"),
         {QStringLiteral("Charlottetown"), QStringLiteral("C1A 1A1"), QStringLiteral("America/Halifax")}},
        {QStringLiteral("YT"),
         {QStringLiteral("Whitehorse"), QStringLiteral("Y1A 1A1"), QStringLiteral("America/Whitehorse")}},
        {QStringLiteral("NT"),
         {QStringLiteral("Yellowknife"), QStringLiteral("X1A 1A1"), QStringLiteral("America/Edmonton")}},
        {QStringLiteral("NU"),
         {QStringLiteral("Iqaluit"), QStringLiteral("X0A 0H0"), QStringLiteral("America/Iqaluit")}},
    };
    return places.value(province, places.value(QStringLiteral("ON")));
}

qint64 TestDatabase::insertWorkshop(const QString &name, const QString &province,
                                    const QString &preferredLanguage) {
    const Place p = placeIn(province);
    const QVariant id = scalar(
        QStringLiteral(
            "INSERT INTO desk.organizations (name, email, phone, address_line, city, province, postal_code, "
            "time_zone, preferred_language, business_license_number, business_license_expiry, "
            "business_license_verified, zoning_compliance_verified, liability_insurance_amount_cents, "
            "liability_insurance_expiry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'BL-TEST-1', "
            "'2099-12-31', true, true, 200000000, '2099-12-31') RETURNING id"),
        {name, QStringLiteral("shop@autodoctor.test"), QStringLiteral("+1 416 555 0100"),
         QStringLiteral("100 Main Street"), p.city, province, p.postalCode, p.timeZone, preferredLanguage});
    return id.isValid() ? id.toLongLong() : 0;
}

qint64 TestDatabase::insertMechanic(const QString &displayName, qint64 workshopId,
                                    const QString &preferredLanguage) {
    const QVariant profile =
        scalar(QStringLiteral("INSERT INTO desk.profiles (full_name, role, preferred_language) "
                              "VALUES (?, 'mechanic', ?) RETURNING id"),
               {displayName, preferredLanguage});
    if (!profile.isValid())
        return 0;
    QString province = QStringLiteral("ON");
    if (workshopId > 0) {
        const QVariant pv =
            scalar(QStringLiteral("SELECT province FROM desk.organizations WHERE id = ?"), {workshopId});
        if (!pv.isValid() || pv.isNull())
            return 0;
        province = pv.toString();
    }
    const Place p = placeIn(province);
    const QVariant id = scalar(
        QStringLiteral(
            "INSERT INTO desk.mechanics (profile_id, display_name, email, workshop_id, account_type, "
            "years_experience, city, province, postal_code, preferred_language) "
            "VALUES (?, ?, ?, ?, ?, 8, ?, ?, ?, ?) RETURNING id"),
        {profile, displayName, QStringLiteral("mechanic%1@autodoctor.test").arg(profile.toLongLong()),
         nullable(workshopId), workshopId > 0 ? QStringLiteral("workshop") : QStringLiteral("independent"),
         p.city, province, p.postalCode, preferredLanguage});
    return id.isValid() ? id.toLongLong() : 0;
}

qint64 TestDatabase::insertDocument(qint64 workshopId, qint64 mechanicId, const QString &fileName) {
    const QByteArray content = QByteArrayLiteral("%PDF-1.4\n% adesk test document ") +
                               QByteArray::number(++m_documentSerial) + ' ' + fileName.toUtf8() +
                               QByteArrayLiteral("\n%%EOF\n");
    const QByteArray sha = QCryptographicHash::hash(content, QCryptographicHash::Sha256);
    const QVariant id = scalar(
        QStringLiteral(
            "INSERT INTO desk.documents (workshop_id, mechanic_id, file_name, mime_type, size_bytes, sha256, "
            "content) VALUES (?, ?, ?, 'application/pdf', ?, decode(?, 'hex'), decode(?, 'hex')) RETURNING "
            "id"),
        {nullable(workshopId), nullable(mechanicId), fileName, qint64(content.size()),
         QString::fromLatin1(sha.toHex()), QString::fromLatin1(content.toHex())});
    return id.isValid() ? id.toLongLong() : 0;
}

bool TestDatabase::connectAs(const QString &connectionName, const QString &groupRole, const QString &fullName,
                             const QList<qint64> &workshopIds) {
    const QString role = roleName(connectionName);
    return createLogin(role, groupRole, fullName, workshopIds) &&
           openConnection(login(role), connectionName).isOpen();
}

QHash<QString, QString> TestDatabase::createRoleLogins(const QString &prefix, qint64 workshopId) {
    const QList<std::pair<QString, QString>> groups = {
        {QStringLiteral("admin"), QStringLiteral("adesk_platform_admin")},
        {QStringLiteral("owner"), QStringLiteral("adesk_workshop_owner")},
        {QStringLiteral("finance"), QStringLiteral("adesk_finance")}};
    QHash<QString, QString> roles;
    QString display = prefix;
    display.remove(u'_');
    if (!display.isEmpty())
        display[0] = display[0].toUpper();
    for (const auto &[who, group] : groups) {
        const QString role = roleName(prefix + who);
        if (!createLogin(role, group, display + u' ' + who, {workshopId}))
            return {};
        roles.insert(who, role);
    }
    return roles;
}

qint64 TestDatabase::insertPhysicalMechanic(const QString &displayName, qint64 workshopId,
                                            const QString &serviceTier) {
    const qint64 id = insertMechanic(displayName, workshopId);
    if (!id ||
        !exec(QStringLiteral("UPDATE desk.mechanics SET workshop_verified = true, service_tier = ?, "
                             "can_perform_physical_work = true, compliance_status = 'approved' WHERE id = ?"),
              {serviceTier, id}))
        return 0;
    return id;
}

qint64 TestDatabase::insertPartnership(qint64 workshopId, qint64 mechanicId, const QString &programType,
                                       int workshopShareBp, bool signedByBoth) {
    const bool rental = programType == u"bay_rental", membership = programType == u"membership";
    const QVariant noCents(QMetaType::fromType<qlonglong>());
    const qint64 program =
        scalar(
            QStringLiteral("INSERT INTO desk.partnership_programs (workshop_id, name, program_type, status, "
                           "published_at) VALUES (?, ?, ?, 'published', now()) RETURNING id"),
            {workshopId, QStringLiteral("Program %1 %2").arg(programType).arg(mechanicId), programType})
            .toLongLong();
    const qint64 version =
        scalar(QStringLiteral(
                   "INSERT INTO desk.partnership_program_versions (program_id, workshop_id, version_no, "
                   "program_type, "
                   "effective_from, bay_rate_hour_cents, bay_rate_day_cents, bay_rate_month_cents, "
                   "platform_fee_bp, "
                   "workshop_share_bp, mechanic_share_bp, membership_fee_cents, included_bay_hours, "
                   "overage_rate_hour_cents, published_at) SELECT ?, ?, 1, ?, '2025-01-01', ?, ?, ?, "
                   "f.fee_bp, ?, "
                   "10000 - f.fee_bp - ?, ?, ?, ?, now() FROM desk.workshop_platform_fee(?, '2025-01-01') f "
                   "RETURNING id"),
               {program, workshopId, programType, rental ? QVariant(2500) : noCents,
                rental ? QVariant(15000) : noCents, rental ? QVariant(200000) : noCents, workshopShareBp,
                workshopShareBp, membership ? QVariant(29900) : noCents,
                membership ? QVariant(10) : QVariant(QMetaType::fromType<int>()),
                membership ? QVariant(2000) : noCents, workshopId})
            .toLongLong();
    const qint64 application =
        scalar(QStringLiteral("INSERT INTO desk.partnership_applications (program_id, program_version_id, "
                              "workshop_id, mechanic_id) VALUES (?, ?, ?, ?) RETURNING id"),
               {program, version, workshopId, mechanicId})
            .toLongLong();
    const qint64 document = insertDocument(
        workshopId, mechanicId, QStringLiteral("agreement-%1-%2.pdf").arg(program).arg(mechanicId));
    if (!program || !version || !application || !document)
        return 0;
    const qint64 agreement =
        scalar(QStringLiteral(
                   "INSERT INTO desk.partnership_agreements (workshop_id, program_id, program_version_id, "
                   "application_id, mechanic_id, language, terms, document_id, document_sha256, "
                   "workshop_accepted_by, "
                   "workshop_accepted_at, mechanic_accepted_by, mechanic_accepted_at, effective_date) "
                   "SELECT ?, ?, ?, ?, ?, 'en', desk.agreement_terms(?, ?), d.id, d.sha256, 'owner', now(), "
                   "CASE WHEN ? THEN 'mechanic' END, CASE WHEN ? THEN now() END, '2025-01-01' "
                   "FROM desk.documents d WHERE d.id = ? RETURNING id"),
               {workshopId, program, version, application, mechanicId, version, mechanicId, signedByBoth,
                signedByBoth, document})
            .toLongLong();
    if (!agreement)
        return 0;
    return scalar(QStringLiteral(
                      "INSERT INTO desk.partnerships (workshop_id, program_id, program_version_id, "
                      "mechanic_id, agreement_id, status, contract_start_date) VALUES (?, ?, ?, ?, ?, ?, "
                      "'2025-01-01') RETURNING id"),
                  {workshopId, program, version, mechanicId, agreement,
                   signedByBoth ? QStringLiteral("active") : QStringLiteral("pending")})
        .toLongLong();
}

qint64 TestDatabase::insertBay(qint64 workshopId, const QString &name) {
    return scalar(QStringLiteral("INSERT INTO desk.bays (workshop_id, name, bay_type, hourly_rate_cents) "
                                 "VALUES (?, ?, 'lift', 4500) RETURNING id"),
                  {workshopId, name})
        .toLongLong();
}

qint64 TestDatabase::insertPastBooking(qint64 bayId, qint64 mechanicId, const QString &startSql, int minutes,
                                       const QString &status) {
    if (!exec(QStringLiteral("BEGIN")))
        return 0;
    qint64 id = 0;
    if (exec(QStringLiteral("ALTER TABLE desk.bay_bookings DISABLE TRIGGER bay_bookings_check")))
        id = scalar(
                 QStringLiteral(
                     "INSERT INTO desk.bay_bookings (workshop_id, bay_id, mechanic_id, mechanic_name, span, "
                     "status) SELECT b.workshop_id, b.id, m.id, m.display_name, "
                     "tstzrange(?::timestamptz, ?::timestamptz + make_interval(mins => ?), '[)'), ? "
                     "FROM desk.bays b, desk.mechanics m WHERE b.id = ? AND m.id = ? RETURNING id"),
                 {startSql, startSql, minutes, status, bayId, mechanicId})
                 .toLongLong();
    if (!id || !exec(QStringLiteral("ALTER TABLE desk.bay_bookings ENABLE TRIGGER bay_bookings_check")) ||
        !exec(QStringLiteral("COMMIT"))) {
        exec(QStringLiteral("ROLLBACK"));
        return 0;
    }
    return id;
}

TestDatabase::VerificationData TestDatabase::completeData(const QString &verificationType) {
    VerificationData d;
    const QDate nextYear = QDate::currentDate().addYears(1);
    if (verificationType == u"business_license") {
        d.licenseNumber =
            QStringLiteral("BL-2024-%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
        d.expiryDate = nextYear;
    } else if (verificationType == u"insurance") {
        d.policyNumber = QStringLiteral("POL-%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
        d.coverageAmountCents = 200000000; // $2,000,000 liability
        d.expiryDate = nextYear;
    } else if (verificationType == u"certification") {
        d.licenseNumber = QStringLiteral("RS-%1").arg(QRandomGenerator::global()->bounded(100000, 999999));
    }
    return d;
}

qint64 TestDatabase::insertVerification(const QString &entityType, qint64 entityId,
                                        const QString &verificationType, const VerificationData &data) {
    qint64 workshopId = 0;
    qint64 mechanicId = 0;
    if (entityType == u"mechanic") {
        mechanicId = entityId;
        workshopId =
            scalar(QStringLiteral("SELECT coalesce(workshop_id, 0) FROM desk.mechanics WHERE id = ?"),
                   {entityId})
                .toLongLong();
    } else {
        workshopId = entityId;
    }
    qint64 documentId = 0;
    const QString fileName = verificationType + QStringLiteral("_%1_%2.pdf").arg(entityType).arg(entityId);
    if (data.withDocument) {
        documentId = insertDocument(workshopId, mechanicId, fileName);
        if (documentId == 0)
            return 0;
    }
    const QVariant id = scalar(
        QStringLiteral("INSERT INTO desk.compliance_verifications (entity_type, entity_id, "
                       "verification_type, document_id, "
                       "document_name, license_number, policy_number, coverage_amount_cents, expiry_date) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::date) RETURNING id"),
        {entityType, entityId, verificationType, nullable(documentId),
         data.withDocument ? QVariant(fileName) : QVariant(QMetaType::fromType<QString>()),
         nullableText(data.licenseNumber), nullableText(data.policyNumber),
         data.coverageAmountCents >= 0 ? QVariant(data.coverageAmountCents)
                                       : QVariant(QMetaType::fromType<qlonglong>()),
         data.expiryDate.isValid() ? QVariant(data.expiryDate.toString(Qt::ISODate))
                                   : QVariant(QMetaType::fromType<QString>())});
    return id.isValid() ? id.toLongLong() : 0;
}

} // namespace adesk
