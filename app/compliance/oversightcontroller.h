#pragma once

#include "models/compliance/oversighttypes.h"
#include "models/compliance/verification.h"
#include "models/core/dbexecutor.h"
#include "models/core/inflight.h"

#include <QObject>
#include <QPointer>

namespace adesk {

class AuditLogModel;
class AuditLogPane;
class NotificationLogModel;
class NotificationsPane;
class Session;

/// What the platform sends and records (issue 15): drives the audit log pane (admins and finance;
/// row-level security decides what each reads) and the notifications pane (admins: what was sent,
/// and bulk notices). Loads and writes go through OversightRepository on the executor's workers.
class OversightController : public QObject {
    Q_OBJECT
public:
    OversightController(DbExecutor *executor, const Identity &who, QObject *parent = nullptr);

    /// The "Audit log" pane with its model and a controller it owns.
    static AuditLogPane *createAuditPane(Session *session, QWidget *parent);
    /// The "Notifications" pane (tabs Sent | Bulk notice) with its model and a controller it owns.
    static NotificationsPane *createNotificationsPane(Session *session, QWidget *parent);

    void attach(AuditLogPane *pane);
    void attach(NotificationsPane *pane);
    AuditLogModel *auditModel();
    NotificationLogModel *notificationModel();

public slots:
    void startAudit();
    void exportAudit(const adesk::AuditFilter &filter, const QString &path);
    void cancelExport();
    void startNotifications();
    void countAudience(const adesk::Audience &audience);
    void prepareSend(const adesk::BulkNoticeDraft &draft);
    void send(const adesk::BulkNoticeDraft &draft);

signals:
    void exportFinished(bool ok);
    void noticeSent(int recipients);

private:
    QPointer<DbExecutor> m_executor;
    Identity m_who;
    QPointer<AuditLogPane> m_auditPane;
    QPointer<NotificationsPane> m_notificationsPane;
    AuditLogModel *m_audit = nullptr;
    NotificationLogModel *m_notifications = nullptr;
    DbJobGroup m_export; ///< the running CSV export, cancelled on the server by cancelExport()
    InFlight m_inflight;
};

} // namespace adesk
