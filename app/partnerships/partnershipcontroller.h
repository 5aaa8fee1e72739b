#pragma once

#include "models/compliance/verification.h"
#include "models/core/inflight.h"
#include "models/partnerships/partnershiprepository.h"

#include <QObject>
#include <QPointer>

namespace adesk {

class AgreementListModel;
class ApplicationQueueModel;
class ApplicationsPanel;
class DbExecutor;
class NotificationListener;
class PartnershipListModel;
class PartnershipPane;
class ProgramListModel;
class Session;

/// Turns the partnership panes' intents into PartnershipRepository calls on the executor's worker
/// threads, and keeps their models current (desk_partnerships notifications, reload after a
/// reconnect). Approving an application produces the agreement in the database; the controller
/// then renders its PDF (in the agreement's language) on a worker and stores it with its sha256.
/// Owners edit; admins get everything read-only.
class PartnershipController : public QObject {
    Q_OBJECT
public:
    PartnershipController(DbExecutor *executor, NotificationListener *listener, const Identity &who,
                          QObject *parent = nullptr);

    /// Builds the models and both panes (program editor pane, applications queue pane) wired to a
    /// new controller owned by the editor pane. Loading starts when either pane is first shown.
    struct Panes {
        PartnershipPane *editor = nullptr;
        ApplicationsPanel *applications = nullptr;
        PartnershipController *controller = nullptr;
    };
    static Panes create(Session *session, QWidget *parent);

    void attach(PartnershipPane *pane, ApplicationsPanel *applications);
    /// Loads the workshop and the lists (idempotent).
    void start();

    ProgramListModel *programs() const { return m_programs; }
    ApplicationQueueModel *applications() const { return m_applications; }
    AgreementListModel *agreements() const { return m_agreements; }
    PartnershipListModel *partnerships() const { return m_partnerships; }
    qint64 workshopId() const { return m_workshopId; }

    /// Renders and stores the PDF of @p agreementId (done automatically after an approval).
    void generateDocument(qint64 agreementId);

signals:
    void statusMessage(const QString &text);
    void programSaved(qint64 programId);
    void decisionFinished(qint64 applicationId, bool ok);
    void documentStored(qint64 agreementId, bool ok);
    void listsReloaded();

private:
    void reloadLists();
    void openProgram(qint64 id);
    void newProgram();
    void report(const QString &text, bool error);
    void onNotification(const QString &channel, const QString &payload);

    QPointer<DbExecutor> m_executor;
    Identity m_who;
    bool m_readOnly = false;
    qint64 m_workshopId = 0;
    QString m_workshopName;
    int m_platformFeeBp = 2000;
    bool m_started = false;
    qint64 m_openProgram = 0;
    ProgramListModel *m_programs;
    ApplicationQueueModel *m_applications;
    AgreementListModel *m_agreements;
    PartnershipListModel *m_partnerships;
    QPointer<PartnershipPane> m_pane;
    QPointer<ApplicationsPanel> m_appsPanel;
    InFlight m_inflight; ///< jobs whose continuations are bound to this controller
};

} // namespace adesk
