#include "app/shell/session.h"

#include "models/compliance/verificationrepository.h"

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
    m_executor.reset();
}

QFuture<Result<Identity>> Session::signIn() {
    return m_executor->run<Identity>([](QSqlDatabase &db) { return VerificationRepository::whoami(db); });
}

void Session::startListening() {
    m_listener->start();
}

} // namespace adesk
