#include "app/compliance/oversightcontroller.h"

#include "app/shell/session.h"
#include "models/bays/bookingrepository.h"
#include "models/compliance/auditlogmodel.h"
#include "models/compliance/notificationlogmodel.h"
#include "models/compliance/oversightrepository.h"
#include "views/compliance/auditlogpane.h"
#include "views/compliance/notificationspane.h"

#include <QFile>

namespace adesk {

OversightController::OversightController(DbExecutor *executor, const Identity &who, QObject *parent)
    : QObject(parent)
    , m_executor(executor)
    , m_who(who) {}

AuditLogModel *OversightController::auditModel() {
    if (!m_audit)
        m_audit = new AuditLogModel(m_executor, this);
    return m_audit;
}

NotificationLogModel *OversightController::notificationModel() {
    if (!m_notifications)
        m_notifications = new NotificationLogModel(m_executor, this);
    return m_notifications;
}

AuditLogPane *OversightController::createAuditPane(Session *session, QWidget *parent) {
    auto *controller = new OversightController(session->executor(), session->identity());
    auto *pane = new AuditLogPane(controller->auditModel(), parent);
    controller->setParent(pane);
    controller->attach(pane);
    return pane;
}

NotificationsPane *OversightController::createNotificationsPane(Session *session, QWidget *parent) {
    auto *controller = new OversightController(session->executor(), session->identity());
    auto *pane = new NotificationsPane(controller->notificationModel(), parent);
    controller->setParent(pane);
    controller->attach(pane);
    return pane;
}

void OversightController::attach(AuditLogPane *pane) {
    m_auditPane = pane;
    pane->setWorkshopFilterVisible(m_who.isAdmin());
    connect(pane, &AuditLogPane::firstShown, this, &OversightController::startAudit);
    connect(pane, &AuditLogPane::filterChanged, auditModel(), &AuditLogModel::setFilter);
    connect(pane, &AuditLogPane::exportRequested, this, &OversightController::exportAudit);
    connect(pane, &AuditLogPane::exportCancelRequested, this, &OversightController::cancelExport);
}

void OversightController::attach(NotificationsPane *pane) {
    m_notificationsPane = pane;
    connect(pane, &NotificationsPane::firstShown, this, &OversightController::startNotifications);
    connect(pane, &NotificationsPane::filterChanged, notificationModel(), &NotificationLogModel::setFilter);
    connect(pane, &NotificationsPane::audienceChanged, this, &OversightController::countAudience);
    connect(pane, &NotificationsPane::sendRequested, this, &OversightController::prepareSend);
    connect(pane, &NotificationsPane::sendConfirmed, this, &OversightController::send);
}

void OversightController::startAudit() {
    if (!m_executor || !m_auditPane)
        return;
    auditModel()->setFilter(m_auditPane->currentFilter());
    m_inflight
        .add(m_executor->run<QStringList>(
            [](QSqlDatabase &db) { return OversightRepository::auditActions(db); }))
        .then(this, [this](const Result<QStringList> &r) {
            if (m_auditPane && r.ok())
                m_auditPane->setActions(r.value());
        });
    if (m_who.isAdmin())
        m_inflight
            .add(m_executor->run<QList<WorkshopRef>>(
                [](QSqlDatabase &db) { return BookingRepository::workshops(db); }))
            .then(this, [this](const Result<QList<WorkshopRef>> &r) {
                if (m_auditPane && r.ok())
                    m_auditPane->setWorkshops(r.value());
            });
}

void OversightController::exportAudit(const AuditFilter &filter, const QString &path) {
    if (!m_executor)
        return;
    if (m_auditPane)
        m_auditPane->setExporting(true);
    // Streamed row by row into the file (PgCsv::exportQuery); Cancel sends PQcancel to the server.
    m_inflight
        .add(m_executor->run<qint64>(
            [filter, path](QSqlDatabase &db) { return OversightRepository::exportAudit(db, filter, path); },
            m_export))
        .then(this, [this, path](const Result<qint64> &r) {
            if (m_auditPane)
                m_auditPane->setExporting(false);
            if (!r.ok()) {
                QFile::remove(path); // a cancelled or failed export leaves no partial file
                if (m_auditPane)
                    m_auditPane->showMessage(r.error().kind == DbError::Kind::Cancelled
                                                 ? tr("Export cancelled.")
                                                 : r.error().userMessage(),
                                             r.error().kind != DbError::Kind::Cancelled);
                emit exportFinished(false);
                return;
            }
            if (m_auditPane)
                m_auditPane->showMessage(tr("%n row(s) exported to %1.", nullptr, int(r.value())).arg(path),
                                         false);
            emit exportFinished(true);
        });
}

void OversightController::cancelExport() {
    m_export.cancelAll();
}

void OversightController::startNotifications() {
    if (!m_notificationsPane)
        return;
    notificationModel()->setFilter(m_notificationsPane->currentFilter());
    countAudience(m_notificationsPane->draft().audience);
}

void OversightController::countAudience(const Audience &audience) {
    if (!m_executor)
        return;
    m_inflight
        .add(m_executor->run<int>(
            [audience](QSqlDatabase &db) { return OversightRepository::audienceCount(db, audience); }))
        .then(this, [this, audience](const Result<int> &r) {
            if (!m_notificationsPane)
                return;
            if (!r.ok()) {
                m_notificationsPane->setAudienceCount(audience, -1);
                m_notificationsPane->showMessage(r.error().userMessage(), true);
                return;
            }
            m_notificationsPane->setAudienceCount(audience, r.value());
        });
}

void OversightController::prepareSend(const BulkNoticeDraft &draft) {
    if (!m_executor)
        return;
    // A fresh count for the confirmation: the audience may have changed since it was shown.
    m_inflight
        .add(m_executor->run<int>(
            [draft](QSqlDatabase &db) { return OversightRepository::audienceCount(db, draft.audience); }))
        .then(this, [this, draft](const Result<int> &r) {
            if (!m_notificationsPane)
                return;
            if (!r.ok())
                return m_notificationsPane->showMessage(r.error().userMessage(), true);
            m_notificationsPane->confirmSend(draft, r.value());
        });
}

void OversightController::send(const BulkNoticeDraft &draft) {
    if (!m_executor)
        return;
    const RequestKey key = RequestKey::create(); // one per confirmed send; the executor's retry reuses it
    m_inflight
        .add(m_executor->run<BulkNoticeSent>(
            [key, draft](QSqlDatabase &db) { return OversightRepository::sendBulkNotice(db, key, draft); }))
        .then(this, [this](const Result<BulkNoticeSent> &r) {
            if (!r.ok()) {
                if (m_notificationsPane)
                    m_notificationsPane->showMessage(r.error().userMessage(), true);
                return;
            }
            if (m_notificationsPane)
                m_notificationsPane->noticeSent(r->recipients);
            notificationModel()->reload();
            emit noticeSent(r->recipients);
        });
}

} // namespace adesk
