#pragma once

#include "models/common/party.h"
#include "models/compliance/verification.h"
#include "models/core/inflight.h"
#include "models/core/result.h"
#include "models/partnerships/partnershiprepository.h"
#include "models/partnerships/partnershiptypes.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace adesk {

class AgreementListModel;
class AgreementsPanel;
class ApplicationQueueModel;
class ApplicationsPanel;
class DbExecutor;
class NotificationListener;
class PartnershipListModel;
class PartnershipPane;
class PartnershipsPanel;
class ProgramEditor;
class ProgramListModel;
class Session;

/// Turns the partnership panes' intents into PartnershipRepository calls on the executor's worker
/// threads, and keeps their models current (desk_partnerships notifications, reload after a
/// reconnect). Approving an application produces the agreement in the database; the controller
/// then renders its PDF (in the agreement's language) on a worker and stores it with its sha256.
/// Owners edit; admins get everything read-only. The panes' intents are connected to the named
/// slots below; results go back through the panes' public slots.
class PartnershipController : public QObject {
    Q_OBJECT
public:
    PartnershipController(DbExecutor *executor, NotificationListener *listener, const Identity &who,
                          QObject *parent = nullptr);

    /// The two panes one controller drives (program editor pane, applications queue pane), built
    /// one at a time in either order: the first built makes the controller (owned by that pane),
    /// the second is wired to it. Each is a separate build so that building the panes idle takes
    /// one short turn of the event loop each (issue 19: GUI stalls under 16 ms). Loading starts
    /// when either pane is first shown.
    class Panes {
    public:
        explicit Panes(Session *session)
            : m_session(session) {}
        PartnershipPane *editor(QWidget *parent);
        ApplicationsPanel *applications(QWidget *parent);

    private:
        /// Made by the first pane built, which owns it.
        PartnershipController *controller();
        Session *m_session;
        QPointer<PartnershipController> m_controller;
        QPointer<PartnershipPane> m_editor;
        QPointer<ApplicationsPanel> m_applications;
    };

    /// Wires both panes (attachPane and attachApplications).
    void attach(PartnershipPane *pane, ApplicationsPanel *applications);
    void attachPane(PartnershipPane *pane);
    void attachApplications(ApplicationsPanel *applications);
    /// Wires @p pane's Agreements and Partnerships panels (once the pane has built them).
    void attachPanels(PartnershipPane *pane);

    ProgramListModel *programs() const { return m_programs; }
    ApplicationQueueModel *applications() const { return m_applications; }
    AgreementListModel *agreements() const { return m_agreements; }
    PartnershipListModel *partnerships() const { return m_partnerships; }
    qint64 workshopId() const { return m_workshopId; }

public slots:
    /// Loads the workshop and the lists (idempotent).
    void start();
    // The panes' intents (attach() connects them).
    void openProgram(qint64 id);
    void newProgram();
    void saveProgram(qint64 id, int rowVersion, const adesk::ProgramTerms &terms, const QDate &from);
    void setProgramStatus(qint64 id, int rowVersion, adesk::ProgramAction action, const QDate &from);
    /// The editor's worked example of unsaved @p terms: the workshop's fee on @p on and the
    /// database's split of a $500 job (PartnershipRepository::programExample), back through
    /// ProgramEditor::showWorkedExample.
    void workOutExample(quint64 request, qint64 workshopId, const QDate &on,
                        const adesk::ProgramTerms &terms);
    void chooseProgram(qint64 id, std::optional<adesk::ApplicationStatus> status);
    void decideApplication(qint64 id, int version, bool approve, const QString &reason, const QDate &from,
                           const QDate &to);
    /// Renders and stores the PDF of @p agreementId (done automatically after an approval).
    void generateDocument(qint64 agreementId);
    void previewAgreement(qint64 agreementId, const QString &language);
    /// The owner accepts the agreement for the workshop (the mechanic's acceptance comes from the web
    /// platform's service login: desk.record_agreement_acceptance).
    void acceptForWorkshop(qint64 agreementId, int version);
    void loadCatalog(qint64 partnershipId);
    void updatePartnership(const adesk::PartnershipRow &row);
    void setPartnershipStatus(qint64 id, int version, adesk::PartnershipAction action, const QString &reason);
    void saveParts(qint64 partnershipId, const QList<adesk::PartRow> &rows);
    void saveLabourRates(qint64 partnershipId, const QList<adesk::LabourRateRow> &rows);
    /// Reads a catalogue CSV file with COPY (PgCsv) on a worker and hands it to the panel.
    void readCatalogCsv(bool parts, const QString &path);

signals:
    void statusMessage(const QString &text);
    void programSaved(qint64 programId);
    void decisionFinished(qint64 applicationId, bool ok);
    void documentStored(qint64 agreementId, bool ok);
    void listsReloaded();

private:
    void reloadLists();
    void report(const QString &text, bool error);
    /// Reports a partnership write on the partnerships panel and reloads the lists.
    void afterPartnershipWrite(const Status &s, const QString &done);
    void onNotification(const QString &channel, const QString &payload);

    QPointer<DbExecutor> m_executor;
    Identity m_who;
    bool m_readOnly = false;
    qint64 m_workshopId = 0;
    QString m_workshopName;
    QString m_workshopProvince;
    int m_platformFeeBp = 2000;
    bool m_started = false;
    qint64 m_openProgram = 0;
    qint64 m_openProgramWorkshop = 0; ///< workshop of the program shown in the editor
    ProgramListModel *m_programs;
    ApplicationQueueModel *m_applications;
    AgreementListModel *m_agreements;
    PartnershipListModel *m_partnerships;
    QPointer<PartnershipPane> m_pane;
    QPointer<ProgramEditor> m_editor;
    QPointer<AgreementsPanel> m_agreementsPanel;
    QPointer<PartnershipsPanel> m_partnershipsPanel;
    QPointer<ApplicationsPanel> m_appsPanel;
    InFlight m_inflight; ///< jobs whose continuations are bound to this controller
};

} // namespace adesk
