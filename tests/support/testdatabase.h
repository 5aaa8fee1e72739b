#pragma once

#include "models/core/connectionsettings.h"
#include "models/core/dberror.h"
#include "models/core/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <limits>

namespace adesk {

/// A fresh PostgreSQL database for one test binary, built from the migrations exactly as the app
/// builds it (Migrator::migrate as the cluster's superuser).
///
/// The cluster comes from the PG* variables (Debian's pg_virtualenv sets PGHOST, PGPORT, PGUSER,
/// PGPASSWORD, PGDATABASE). The database is named adesk_test_<binary>_<pid> and dropped by the
/// destructor, together with the LOGIN roles created through createLogin(). Roles are cluster-wide:
/// give them names from roleName() so that binaries running one after another (or in parallel) in
/// the same cluster never share a login.
///
/// Typical use, in the test class:
/// @code
///   TestDatabase m_db;
///   void initTestCase() { ADESK_START_TEST_DATABASE(m_db); ... }
/// @endcode
/// Under CI=true a missing cluster fails the test (QFAIL); elsewhere it skips with a message. A
/// migration that fails always fails the test.
///
/// Connections opened through the fixture (its own and openConnection()'s) may run SQL on the
/// test's main thread (SqlQuery::allowOnGuiThread); any other connection on that thread trips
/// SqlQuery's debug assertion, as in the app. The helpers below run synchronously
/// on a private superuser connection, which bypasses row-level security: use it to arrange data and
/// to compute expectations, and login() connections for what is under test.
class TestDatabase {
public:
    enum class Migrate { Yes, No };
    enum class Status { NotStarted, Ready, Unavailable, Failed };

    /// Outcome of one statement: the rows (each a list of column values) or the server's error.
    struct SqlResult {
        bool ok = false;
        DbError error;
        QList<QVariantList> rows;
        int rowsAffected = -1;

        QVariant scalar() const {
            return rows.isEmpty() || rows.first().isEmpty() ? QVariant() : rows.first().first();
        }
        QString sqlState() const { return error.sqlState; }
        /// First column of every row.
        QVariantList column() const;
        /// "SQLSTATE message (detail)" for failure messages.
        QString describe() const;
    };

    /// @p suffix names a second (third, …) database of the same test binary: "adesk_test_BINARY_PID_SUFFIX".
    explicit TestDatabase(Migrate migrate = Migrate::Yes, const QString &suffix = {});
    ~TestDatabase();
    TestDatabase(const TestDatabase &) = delete;
    TestDatabase &operator=(const TestDatabase &) = delete;

    /// Creates the database (dropping a stale one of the same name) and, unless Migrate::No, applies
    /// the migrations. Returns the status; errorString() says why when it is not Ready.
    Status start();
    Status status() const { return m_status; }
    bool isReady() const { return m_status == Status::Ready; }
    QString errorString() const { return m_error; }
    /// True when CI=true (or 1/yes): a missing database must fail, never skip.
    static bool requiredByCi();

    /// Migrator::migrate on this database as superuser, serialised with other test binaries of the
    /// same cluster (start() calls it unless Migrate::No); up to version @p upTo when given (an older
    /// release's database, for upgrade tests).
    Result<QStringList> migrate(int upTo = std::numeric_limits<int>::max());

    QString databaseName() const { return m_dbName; }
    /// Connection settings of the cluster's superuser (PGUSER/PGPASSWORD) for this database.
    ConnectionSettings superuser() const;
    /// A LOGIN role's settings for this database: host from PGHOST (localhost when unset or a socket
    /// directory, so password authentication over TCP is used), port from PGPORT.
    ConnectionSettings login(const QString &role, const QString &password) const;
    /// Same, with the password createLogin() gave the role.
    ConnectionSettings login(const QString &role) const { return login(role, loginPassword()); }
    /// The password createLogin() gives every role of this fixture.
    QString loginPassword() const { return m_loginPassword; }

    /// A cluster-unique role name for @p base: "<base>_<binary>_<pid>" (lower case, at most 63 bytes).
    QString roleName(const QString &base) const;

    /// Creates (or updates: idempotent) LOGIN role @p role with loginPassword(), member of
    /// @p groupRole (adesk_platform_admin | adesk_finance | adesk_workshop_owner |
    /// adesk_platform_service), with a profile,
    /// its desk.staff_logins row and a desk.workshop_staff row per workshop. The role is dropped by
    /// the destructor.
    bool createLogin(const QString &role, const QString &groupRole, const QString &fullName,
                     const QList<qint64> &workshopIds = {},
                     const QString &preferredLanguage = QStringLiteral("en"));

    /// One login per desk role, all staff of @p workshopId: "admin" (adesk_platform_admin), "owner"
    /// (adesk_workshop_owner) and "finance" (adesk_finance), named roleName(@p prefix + who), full
    /// name "<Prefix> <who>". Returns who → role name; empty when a login could not be created.
    QHash<QString, QString> createRoleLogins(const QString &prefix, qint64 workshopId);

    /// createLogin(roleName(@p connectionName), @p groupRole, @p fullName, @p workshopIds), then
    /// openConnection() as that login under @p connectionName. False on either failure.
    bool connectAs(const QString &connectionName, const QString &groupRole, const QString &fullName,
                   const QList<qint64> &workshopIds = {});

    /// Creates (or resets) a LOGIN role with loginPassword() and no attribute at all (no superuser,
    /// CREATEROLE, CREATEDB, BYPASSRLS), member of nothing, mapped to nothing: e.g. a deploying
    /// role. Dropped by the destructor (after the database).
    bool createPlainLogin(const QString &role);

    /// Serialises work on cluster-wide objects (roles) with the other test binaries of the cluster:
    /// the lock migrate() takes. Always pair with unlockCluster().
    bool lockCluster();
    void unlockCluster();

    /// Opens a new QPSQL connection named @p connectionName in the calling thread (the connection
    /// belongs to that thread). Check isOpen()/lastError(). Close with closeConnection() in the same
    /// thread.
    static QSqlDatabase openConnection(const ConnectionSettings &settings, const QString &connectionName);
    static void closeConnection(const QString &connectionName);

    /// Runs ONE statement on @p db, synchronously. Without binds it is sent as is; with binds it is
    /// prepared and the values bound positionally to '?' placeholders. Do not send several
    /// statements in one string: QPSQL reads only the first result and an error raised by a later
    /// statement is lost (use BEGIN / … / ROLLBACK as separate calls).
    static SqlResult run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
    /// The same on the fixture's private superuser connection.
    SqlResult run(const QString &sql, const QVariantList &binds = {});
    /// First value of the first row (superuser), invalid QVariant on error (with a warning).
    QVariant scalar(const QString &sql, const QVariantList &binds = {});
    /// Runs @p sql as superuser; false on error (with a warning).
    bool exec(const QString &sql, const QVariantList &binds = {});
    /// The fixture's superuser connection (test thread only).
    QSqlDatabase connection() const;

    // ----- data with valid Canadian details (superuser, bypasses RLS) -------------------------

    /// Inserts a workshop in @p province (city, postal code with a matching FSA, IANA zone of that
    /// province) that may host physical work: business licence and zoning verified, licence and $2,000,000
    /// liability insurance valid to 2099-12-31 (migration 0014's workshop eligibility). Returns its id, 0 on
    /// error.
    qint64 insertWorkshop(const QString &name, const QString &province = QStringLiteral("ON"),
                          const QString &preferredLanguage = QStringLiteral("en"));
    /// Inserts a mechanic profile + mechanics row; with @p workshopId != 0 it is a workshop account
    /// of that workshop (same province). Returns the mechanic id, 0 on error.
    qint64 insertMechanic(const QString &displayName, qint64 workshopId = 0,
                          const QString &preferredLanguage = QStringLiteral("en"));
    /// Inserts a small inline PDF-like document for a workshop and/or mechanic. Returns its id.
    qint64 insertDocument(qint64 workshopId, qint64 mechanicId, const QString &fileName);

    /// insertMechanic(), then verified for physical work: workshop_verified, @p serviceTier
    /// ('workshop_affiliated' | 'licensed_mobile'), can_perform_physical_work, compliance approved.
    qint64 insertPhysicalMechanic(const QString &displayName, qint64 workshopId, const QString &serviceTier);
    /// A partnership of @p mechanicId with @p workshopId under a new published program (@p programType
    /// 'bay_rental' | 'revenue_share' | 'membership', version 1 effective 2025-01-01, workshop share
    /// @p workshopShareBp; bay rates $25/h, $150/day, $2,000/month; membership $299/month with 10
    /// bay-hours included and $20/h beyond); the platform fee is the workshop's on 2025-01-01, the
    /// mechanic share the rest. Its agreement is signed by both sides and
    /// the partnership active from 2025-01-01 when @p signedByBoth, else signed by the workshop only
    /// and the partnership pending. Returns the partnership id, 0 on error.
    qint64 insertPartnership(qint64 workshopId, qint64 mechanicId, const QString &programType,
                             int workshopShareBp, bool signedByBoth = true);
    /// A lift bay of @p workshopId. Returns its id, 0 on error.
    qint64 insertBay(qint64 workshopId, const QString &name);
    /// A booking of @p mechanicId on @p bayId starting at @p startSql (a timestamptz literal such as
    /// "2025-06-10 09:00 America/Toronto") for @p minutes, imported as history (the booking rules'
    /// trigger off for the insert, as demo_bays.cpp imports past bookings). Returns its id, 0 on error.
    qint64 insertPastBooking(qint64 bayId, qint64 mechanicId, const QString &startSql, int minutes,
                             const QString &status = QStringLiteral("completed"));

    /// Fields of a submitted verification.
    struct VerificationData {
        QString licenseNumber;
        QString policyNumber;
        qint64 coverageAmountCents = -1; ///< -1: NULL
        QDate expiryDate;                ///< invalid: NULL
        bool withDocument = true;        ///< insert a document and link it
    };
    /// Data with which a verification of @p verificationType can be approved (numbers, expiry a
    /// year ahead where the type needs one).
    static VerificationData completeData(const QString &verificationType);

    /// Inserts a pending verification of @p entityType ('mechanic' | 'workshop') @p entityId.
    /// Returns its id, 0 on error.
    qint64 insertVerification(const QString &entityType, qint64 entityId, const QString &verificationType,
                              const VerificationData &data);
    qint64 insertVerification(const QString &entityType, qint64 entityId, const QString &verificationType) {
        return insertVerification(entityType, entityId, verificationType, completeData(verificationType));
    }

    /// Postal code, city and IANA zone used for @p province.
    struct Place {
        QString city;
        QString postalCode;
        QString timeZone;
    };
    static Place placeIn(const QString &province);

private:
    QString envHost() const;
    bool connectMaintenance(QString *error);
    void warn(const SqlResult &r, const QString &sql) const;

    Migrate m_migrate;
    Status m_status = Status::NotStarted;
    QString m_error;
    QString m_tag; ///< sanitised binary name + pid
    QString m_dbName;
    QString m_maintenanceDb;
    QString m_adminConnection;
    QString m_maintenanceConnection;
    QString m_loginPassword;
    QStringList m_createdRoles;
    int m_documentSerial = 0;
};

} // namespace adesk

/// Starts @p fixture in a test function (initTestCase): QFAIL when it fails (and, under CI=true,
/// when no cluster is reachable), QSKIP outside CI when there is no cluster.
#define ADESK_START_TEST_DATABASE(fixture)                                                                   \
    do {                                                                                                     \
        const adesk::TestDatabase::Status adeskStatus_ = (fixture).start();                                  \
        if (adeskStatus_ == adesk::TestDatabase::Status::Unavailable &&                                      \
            !adesk::TestDatabase::requiredByCi())                                                            \
            QSKIP(qPrintable(QStringLiteral("no PostgreSQL test cluster (run under pg_virtualenv): ") +      \
                             (fixture).errorString()));                                                      \
        if (adeskStatus_ != adesk::TestDatabase::Status::Ready)                                              \
            QFAIL(qPrintable(QStringLiteral("test database: ") + (fixture).errorString()));                  \
    } while (false)

/// QVERIFY2 for a TestDatabase::SqlResult.
#define ADESK_VERIFY_SQL(result)                                                                             \
    do {                                                                                                     \
        const adesk::TestDatabase::SqlResult &adeskR_ = (result);                                            \
        QVERIFY2(adeskR_.ok, qPrintable(adeskR_.describe()));                                                \
    } while (false)
