#pragma once

#include "models/compliance/verification.h"
#include "models/core/connectionsettings.h"
#include "models/core/dbexecutor.h"
#include "models/core/migrator.h"
#include "models/core/notificationlistener.h"

#include <QObject>

#include <memory>

namespace adesk {

/// One signed-in person's connection to the platform database: the worker-thread executor, the
/// LISTEN thread and who they are (desk.whoami). Owned by the main window.
class Session : public QObject {
    Q_OBJECT
public:
    /// Channels the desk listens on (triggers NOTIFY them with a row id, or "*").
    static QStringList channels() {
        return {QStringLiteral("desk_verifications"), QStringLiteral("desk_mechanics"),
                QStringLiteral("desk_earnings"),      QStringLiteral("desk_bookings"),
                QStringLiteral("desk_partnerships"),  QStringLiteral("desk_tax"),
                QStringLiteral("desk_roster"),        QStringLiteral("desk_overrides")}; // 0021
    }

    explicit Session(const ConnectionSettings &settings, QObject *parent = nullptr);
    ~Session() override;

    /// Connects on a worker, checks the database's schema version against the migrations this binary
    /// embeds (an older or newer schema, or no desk schema at all, is refused with schemaMessage())
    /// and asks who we are. The future resolves on a worker thread. Runs even while the work is
    /// held (holdWork()), before the held jobs.
    QFuture<Result<Identity>> signIn();
    /// A window shown before the sign-in (issue 19, the warm demo launch): the panes' jobs stay
    /// queued, unconnected, until releaseWork(); destroying the session first fails them as
    /// cancelled. See DbExecutor::hold().
    void holdWork() { m_executor->hold(); }
    void releaseWork() { m_executor->release(); }
    /// signIn()'s work on an open connection.
    static Result<Identity> signInOn(QSqlDatabase &db);
    /// The translated sentence for a schema that is not the one this binary needs.
    static QString schemaMessage(const Migrator::SchemaCheck &check);
    /// signIn() refused the database's schema version: the error's serverMessage is schemaMessage().
    static bool isSchemaMismatch(const DbError &error);
    void setIdentity(const Identity &who) { m_identity = who; }
    const Identity &identity() const { return m_identity; }
    const ConnectionSettings &settings() const { return m_settings; }
    DbExecutor *executor() const { return m_executor.get(); }
    /// Where finance's heavy reads go (issue 19): the ledger and its totals, the earnings charts,
    /// statements (preview and batch), the T4A overview and the KPIs. The reports connection when
    /// setReports() was called, else executor(). Never for a write: every write stays on executor().
    DbExecutor *reportsExecutor() const { return m_reports ? m_reports.get() : m_executor.get(); }
    /// True when reportsExecutor() is a connection of its own (a read replica, usually).
    bool hasReports() const { return m_reports != nullptr; }
    /// Opens (lazily, on its workers) the reports connection: @p settings made read-only
    /// (readOnlySettings in models/core/replicastatus.h), signed in as this session's login
    /// (Identity::loginRole, replacing the string's user=) with this session's password when @p settings has
    /// none: a physical replica has the primary's roles and passwords. Call after setIdentity().
    void setReports(const ConnectionSettings &settings);
    NotificationListener *listener() const { return m_listener.get(); }
    void startListening();

private:
    ConnectionSettings m_settings;
    std::unique_ptr<DbExecutor> m_executor;
    std::unique_ptr<DbExecutor> m_reports; ///< setReports(); null: reports read from m_executor
    std::unique_ptr<NotificationListener> m_listener;
    Identity m_identity;
};

} // namespace adesk
