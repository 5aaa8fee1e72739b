#include "app/shell/session.h"

#include "models/compliance/verificationrepository.h"
#include "models/core/migrator.h"
#include "models/core/replicastatus.h"

#include <QCoreApplication>

namespace adesk {

Session::Session(const ConnectionSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    // Each connection says what it is in pg_stat_activity (PGAPPNAME or the service may rename it).
    , m_executor(std::make_unique<DbExecutor>(settings.forRole(QStringLiteral("worker")), 2))
    , m_listener(
          std::make_unique<NotificationListener>(settings.forRole(QStringLiteral("listen")), channels())) {}

Session::~Session() {
    m_listener.reset();
    m_reports.reset();
    m_executor.reset();
}

namespace {
const QString kSchemaMismatch = QStringLiteral("schema-version");
} // namespace

QString Session::schemaMessage(const Migrator::SchemaCheck &check) {
    switch (check.state) {
    case Migrator::SchemaCheck::State::Current:
        return {};
    case Migrator::SchemaCheck::State::Older:
        return QCoreApplication::translate(
                   "Session", "The database is at schema version %1; this Auto Doctor Desk needs "
                              "%2. Ask your administrator to run “autodoctor-desk migrate”.")
            .arg(check.database)
            .arg(check.app);
    case Migrator::SchemaCheck::State::Newer:
        return QCoreApplication::translate(
                   "Session", "The database was upgraded for a newer Auto Doctor Desk (schema %1; "
                              "this one knows %2). Install the newer version.")
            .arg(check.database)
            .arg(check.app);
    case Migrator::SchemaCheck::State::NotDesk:
        break;
    }
    return QCoreApplication::translate("Session",
                                       "This database is not an Auto Doctor Desk database (it has no desk "
                                       "schema). Check the database named in the connection, or ask your "
                                       "administrator to run “autodoctor-desk migrate”.");
}

bool Session::isSchemaMismatch(const DbError &error) {
    return error.kind == DbError::Kind::Other && error.sqlState.isEmpty() && error.detail == kSchemaMismatch;
}

Result<Identity> Session::signInOn(QSqlDatabase &db) {
    // The schema this binary was built for, before anything else: an older or newer database would
    // otherwise fail later on a missing or changed function.
    const Result<Migrator::SchemaCheck> check = Migrator::checkSchema(db);
    if (!check.ok())
        return check.error();
    if (check->state != Migrator::SchemaCheck::State::Current) {
        DbError e = DbError::other(schemaMessage(check.value()));
        e.detail = kSchemaMismatch;
        return e;
    }
    return VerificationRepository::whoami(db);
}

QFuture<Result<Identity>> Session::signIn() {
    return m_executor->runFirst<Identity>([](QSqlDatabase &db) { return signInOn(db); });
}

void Session::setReports(const ConnectionSettings &settings) {
    ConnectionSettings base = settings;
    base.timeouts = m_settings.timeouts;
    if (base.password.isEmpty())
        base.password = m_settings.password;
    // A malformed string keeps its problem: the executor refuses it and every report says why.
    QString error;
    m_reports = std::make_unique<DbExecutor>(readOnlySettings(base, m_identity.loginRole, &error), 2);
}

void Session::startListening() {
    m_listener->start();
}

} // namespace adesk
