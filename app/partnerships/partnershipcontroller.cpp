#include "app/partnerships/partnershipcontroller.h"

#include "app/shell/session.h"
#include "models/core/dbexecutor.h"
#include "models/core/notificationlistener.h"
#include "models/core/pgcsv.h"
#include "models/partnerships/agreementlistmodel.h"
#include "models/partnerships/applicationqueuemodel.h"
#include "models/partnerships/partnershiprepository.h"
#include "models/partnerships/programlistmodel.h"
#include "views/paper/agreementrenderer.h"
#include "views/partnerships/agreementspanel.h"
#include "views/partnerships/applicationspanel.h"
#include "views/partnerships/partnershippane.h"
#include "views/partnerships/partnershipspanel.h"
#include "views/partnerships/programeditor.h"

#include <poppler-qt6.h>

namespace adesk {

namespace {

struct Catalog {
    QList<PartRow> parts;
    QList<LabourRateRow> rates;
};

struct Preview {
    QString title;
    QList<QImage> pages;
};

/// An application decision; an approval's agreement stands even when its PDF could not be stored.
struct Decided {
    qint64 agreementId = 0; ///< 0 for a rejection
    DbError documentError;  ///< why the agreement's PDF was not stored (the owner can generate it)
};

/// Renders the agreement and stores it (one worker job): the server computes the sha256. @p key is
/// the request key of storing it (created before the job, so a retried job stores it once).
Result<qint64> renderAndStore(QSqlDatabase &db, const RequestKey &key, qint64 agreementId) {
    const Result<AgreementRow> a = PartnershipRepository::loadAgreement(db, agreementId);
    if (!a)
        return a.error();
    if (a->documentId > 0)
        return a->documentId;
    // The split the agreement states is the database's, of its frozen terms.
    const Result<SplitExample> example =
        PartnershipRepository::agreementExample(db, *a, PartnershipRepository::kExampleGrossCents);
    if (!example)
        return example.error();
    const QByteArray pdf = AgreementRenderer::render(*a, *example);
    return PartnershipRepository::attachAgreementDocument(db, key, agreementId,
                                                          AgreementRenderer::fileName(*a), pdf);
}

} // namespace

PartnershipController::PartnershipController(DbExecutor *executor, NotificationListener *listener,
                                             const Identity &who, QObject *parent)
    : QObject(parent)
    , m_executor(executor)
    , m_who(who)
    , m_readOnly(!who.isOwner())
    , m_programs(new ProgramListModel(executor, this))
    , m_applications(new ApplicationQueueModel(executor, this))
    , m_agreements(new AgreementListModel(this))
    , m_partnerships(new PartnershipListModel(this)) {
    if (listener) {
        connect(listener, &NotificationListener::notified, this, &PartnershipController::onNotification);
        connect(listener, &NotificationListener::listening, this, [this] {
            if (m_started) {
                reloadLists();
                m_applications->setProgram(m_applications->programId(), m_applications->statusFilter());
            }
        });
    }
    connect(m_programs, &ProgramListModel::loaded, this, [this] {
        // The applications pane starts on the first program with pending applications.
        if (m_applications->programId() == 0 && !m_programs->rows().isEmpty()) {
            qint64 pick = m_programs->rows().first().id;
            for (const ProgramRow &r : m_programs->rows())
                if (r.pendingApplications > 0) {
                    pick = r.id;
                    break;
                }
            m_applications->setProgram(pick, ApplicationStatus::Pending);
        }
        if (m_appsPanel)
            m_appsPanel->showProgram(m_applications->programId());
    });
}

PartnershipController *PartnershipController::Panes::controller() {
    if (!m_controller)
        m_controller =
            new PartnershipController(m_session->executor(), m_session->listener(), m_session->identity());
    return m_controller;
}

PartnershipPane *PartnershipController::Panes::editor(QWidget *parent) {
    if (!m_editor) {
        PartnershipController *c = controller();
        m_editor = new PartnershipPane(c->programs(), c->agreements(), c->partnerships(), parent);
        if (!c->parent())
            c->setParent(m_editor);
        c->attachPane(m_editor);
    }
    return m_editor;
}

ApplicationsPanel *PartnershipController::Panes::applications(QWidget *parent) {
    if (!m_applications) {
        PartnershipController *c = controller();
        m_applications = new ApplicationsPanel(c->programs(), c->applications(), parent);
        if (!c->parent())
            c->setParent(m_applications);
        c->attachApplications(m_applications);
    }
    return m_applications;
}

void PartnershipController::attach(PartnershipPane *pane, ApplicationsPanel *apps) {
    attachPane(pane);
    attachApplications(apps);
}

void PartnershipController::attachApplications(ApplicationsPanel *apps) {
    m_appsPanel = apps;
    apps->setReadOnly(m_readOnly);
    connect(apps, &ApplicationsPanel::firstShown, this, &PartnershipController::start);
    connect(apps, &ApplicationsPanel::programChosen, this, &PartnershipController::chooseProgram);
    connect(apps, &ApplicationsPanel::decisionRequested, this, &PartnershipController::decideApplication);
    if (m_applications->programId() != 0)
        apps->showProgram(m_applications->programId());
}

void PartnershipController::attachPane(PartnershipPane *pane) {
    m_pane = pane;
    m_editor = pane->editor();
    pane->setReadOnly(m_readOnly);
    connect(pane, &PartnershipPane::firstShown, this, &PartnershipController::start);
    connect(pane, &PartnershipPane::programSelected, this, &PartnershipController::openProgram);
    connect(pane, &PartnershipPane::newProgramRequested, this, &PartnershipController::newProgram);
    connect(m_editor, &ProgramEditor::saveRequested, this, &PartnershipController::saveProgram);
    connect(m_editor, &ProgramEditor::statusRequested, this, &PartnershipController::setProgramStatus);
    connect(m_editor, &ProgramEditor::workedExampleRequested, this, &PartnershipController::workOutExample);
    // The pane builds its Agreements and Partnerships panels a turn later (issue 19): wired then.
    if (pane->panelsAreBuilt())
        attachPanels(pane);
    else
        connect(pane, &PartnershipPane::panelsBuilt, this, [this, pane] { attachPanels(pane); });
    if (m_started) { // the applications pane was shown first: what it loaded shows here too
        pane->setWorkshopName(m_workshopName);
        if (!m_programs->rows().isEmpty())
            pane->selectProgram(m_programs->rows().first().id);
    }
}

void PartnershipController::attachPanels(PartnershipPane *pane) {
    m_agreementsPanel = pane->agreementsPanel();
    m_partnershipsPanel = pane->partnershipsPanel();
    connect(m_agreementsPanel, &AgreementsPanel::generateRequested, this,
            &PartnershipController::generateDocument);
    connect(m_agreementsPanel, &AgreementsPanel::previewRequested, this,
            &PartnershipController::previewAgreement);
    connect(m_agreementsPanel, &AgreementsPanel::workshopAcceptanceRequested, this,
            &PartnershipController::acceptForWorkshop);
    connect(m_partnershipsPanel, &PartnershipsPanel::partnershipSelected, this,
            &PartnershipController::loadCatalog);
    connect(m_partnershipsPanel, &PartnershipsPanel::updateRequested, this,
            &PartnershipController::updatePartnership);
    connect(m_partnershipsPanel, &PartnershipsPanel::statusRequested, this,
            &PartnershipController::setPartnershipStatus);
    connect(m_partnershipsPanel, &PartnershipsPanel::partsSaveRequested, this,
            &PartnershipController::saveParts);
    connect(m_partnershipsPanel, &PartnershipsPanel::labourSaveRequested, this,
            &PartnershipController::saveLabourRates);
    connect(m_partnershipsPanel, &PartnershipsPanel::csvImportRequested, this,
            &PartnershipController::readCatalogCsv);
    // Built after the controller's first load (the pane was built idle, or after the applications
    // pane started the controller): select what is loaded, as a reload would.
    m_agreementsPanel->selectAfterLoad();
    m_partnershipsPanel->selectAfterLoad();
}

void PartnershipController::saveProgram(qint64 id, int rowVersion, const ProgramTerms &terms,
                                        const QDate &from) {
    if (m_readOnly || !m_editor)
        return;
    m_editor->setBusy(true);
    const qint64 workshop = id > 0 ? m_openProgramWorkshop : m_workshopId;
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<PartnershipRepository::Saved>([=](QSqlDatabase &db) {
            return PartnershipRepository::saveProgram(db, key, id, rowVersion, workshop, terms, from);
        }))
        .then(this, [this, id](const Result<PartnershipRepository::Saved> &r) {
            if (m_editor)
                m_editor->setBusy(false);
            if (!r) {
                report(r.error().userMessage(), true);
                if (r.error().kind == DbError::Kind::Conflict && id > 0)
                    openProgram(id); // reload what the other person saved
                return;
            }
            report(r->versionNo > 1 && id > 0 ? tr("Saved as version %1.").arg(r->versionNo) : tr("Saved."),
                   false);
            m_openProgram = 0;
            openProgram(r->id);
            m_programs->reload();
            connect(
                m_programs, &ProgramListModel::loaded, this,
                [this, pid = r->id] {
                    if (m_pane)
                        m_pane->selectProgram(pid);
                },
                Qt::SingleShotConnection);
            emit programSaved(r->id);
        });
}

void PartnershipController::workOutExample(quint64 request, qint64 workshopId, const QDate &on,
                                           const ProgramTerms &terms) {
    if (!m_executor || !m_editor)
        return;
    if (workshopId <= 0) {
        m_editor->showWorkedExampleError(request, tr("no workshop is chosen"));
        return;
    }
    m_inflight
        .add(m_executor->run<ProgramExample>([=](QSqlDatabase &db) {
            return PartnershipRepository::programExample(db, workshopId, on, terms,
                                                         PartnershipRepository::kExampleGrossCents);
        }))
        .then(this, [this, request](const Result<ProgramExample> &r) {
            if (!m_editor)
                return;
            if (r)
                m_editor->showWorkedExample(request, *r);
            else
                m_editor->showWorkedExampleError(request, r.error().userMessage());
        });
}

void PartnershipController::setProgramStatus(qint64 id, int rowVersion, ProgramAction action,
                                             const QDate &from) {
    if (m_readOnly || id <= 0 || !m_editor)
        return;
    m_editor->setBusy(true);
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<int>([=](QSqlDatabase &db) {
            return PartnershipRepository::setProgramStatus(db, key, id, rowVersion, action, from);
        }))
        .then(this, [this, id](const Result<int> &r) {
            if (m_editor)
                m_editor->setBusy(false);
            if (!r)
                report(r.error().userMessage(), true);
            else
                report(tr("Program updated."), false);
            m_openProgram = 0;
            openProgram(id);
            m_programs->reload();
        });
}

void PartnershipController::chooseProgram(qint64 id, std::optional<ApplicationStatus> status) {
    m_applications->setProgram(id, status);
}

void PartnershipController::decideApplication(qint64 id, int version, bool approve, const QString &reason,
                                              const QDate &from, const QDate &to) {
    if (m_readOnly || !m_appsPanel)
        return;
    m_appsPanel->setBusy(true);
    // Two writes in one job: one key each.
    const RequestKey decisionKey = RequestKey::create();
    const RequestKey documentKey = RequestKey::create();
    m_inflight
        .add(m_executor->run<Decided>([=](QSqlDatabase &db) -> Result<Decided> {
            const Result<qint64> agreement = PartnershipRepository::decideApplication(
                db, decisionKey, id, version, approve, reason, from, to);
            if (!agreement)
                return agreement.error();
            Decided d{*agreement, {}};
            if (d.agreementId == 0)
                return d;
            // Approval produced the agreement: its PDF follows right away.
            const Result<qint64> doc = renderAndStore(db, documentKey, d.agreementId);
            if (!doc)
                d.documentError = doc.error();
            return d;
        }))
        .then(this, [this, id, approve](const Result<Decided> &r) {
            if (m_appsPanel) {
                m_appsPanel->setBusy(false);
                if (!r) {
                    m_appsPanel->showMessage(r.error().userMessage(), true);
                } else if (!approve) {
                    m_appsPanel->showMessage(tr("Rejected."), false);
                } else if (r->documentError.isError()) {
                    // The agreement stands; only its PDF is missing: never say it is ready.
                    m_appsPanel->showMessage(
                        tr("Approved, but the agreement document could not be stored (%1). Generate it "
                           "from the Agreements tab.")
                            .arg(r->documentError.userMessage()),
                        true);
                } else {
                    m_appsPanel->showMessage(tr("Approved: the agreement is ready in the Agreements tab."),
                                             false);
                }
            }
            m_applications->applyNotification(QStringLiteral("application:%1").arg(id));
            reloadLists();
            emit decisionFinished(id, r.ok());
        });
}

void PartnershipController::previewAgreement(qint64 id, const QString &language) {
    m_inflight
        .add(m_executor->run<Preview>([id, language](QSqlDatabase &db) -> Result<Preview> {
            const Result<AgreementRow> a = PartnershipRepository::loadAgreement(db, id);
            if (!a)
                return a.error();
            const Result<SplitExample> example =
                PartnershipRepository::agreementExample(db, *a, PartnershipRepository::kExampleGrossCents);
            if (!example)
                return example.error();
            const QByteArray pdf = AgreementRenderer::render(*a, *example, language);
            Preview p;
            p.title = AgreementRenderer::fileName(*a, language);
            std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
            if (!doc)
                return DbError::other(QStringLiteral("the agreement could not be rendered"));
            for (int i = 0; i < doc->numPages(); ++i)
                if (std::unique_ptr<Poppler::Page> page = doc->page(i))
                    p.pages << page->renderToImage(150, 150);
            return p;
        }))
        .then(this, [this](const Result<Preview> &r) {
            if (!r) {
                report(r.error().userMessage(), true);
                return;
            }
            if (m_pane)
                m_pane->showPrintPreview(r->title, r->pages);
        });
}

void PartnershipController::acceptForWorkshop(qint64 id, int version) {
    if (m_readOnly)
        return;
    m_inflight
        .add(m_executor->run<int>([=](QSqlDatabase &db) {
            return PartnershipRepository::recordAcceptance(db, id, version, Party::Workshop);
        }))
        .then(this, [this](const Result<int> &r) {
            if (m_agreementsPanel) {
                if (!r)
                    m_agreementsPanel->showMessage(r.error().userMessage(), true);
                else
                    m_agreementsPanel->showMessage(tr("Acceptance recorded."), false);
            }
            reloadLists();
        });
}

void PartnershipController::loadCatalog(qint64 id) {
    m_inflight
        .add(m_executor->run<Catalog>([id](QSqlDatabase &db) -> Result<Catalog> {
            const auto parts = PartnershipRepository::listParts(db, id);
            if (!parts)
                return parts.error();
            const auto rates = PartnershipRepository::listLabourRates(db, id);
            if (!rates)
                return rates.error();
            return Catalog{*parts, *rates};
        }))
        .then(this, [this, id](const Result<Catalog> &r) {
            if (r && m_partnershipsPanel)
                m_partnershipsPanel->setCatalog(id, r->parts, r->rates);
        });
}

void PartnershipController::afterPartnershipWrite(const Status &s, const QString &done) {
    if (m_partnershipsPanel) {
        if (!s)
            m_partnershipsPanel->showMessage(s.error().userMessage(), true);
        else
            m_partnershipsPanel->showMessage(done, false);
    }
    reloadLists();
}

void PartnershipController::updatePartnership(const PartnershipRow &row) {
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<Done>([row, key](QSqlDatabase &db) -> Status {
            const auto r = PartnershipRepository::updatePartnership(db, key, row);
            if (!r)
                return r.error();
            return Done{};
        }))
        .then(this, [this](const Status &s) { afterPartnershipWrite(s, tr("Partnership terms saved.")); });
}

void PartnershipController::setPartnershipStatus(qint64 id, int version, PartnershipAction action,
                                                 const QString &reason) {
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<Done>([=](QSqlDatabase &db) -> Status {
            const auto r = PartnershipRepository::setPartnershipStatus(db, key, id, version, action, reason);
            if (!r)
                return r.error();
            return Done{};
        }))
        .then(this, [this](const Status &s) { afterPartnershipWrite(s, tr("Partnership updated.")); });
}

void PartnershipController::saveParts(qint64 id, const QList<PartRow> &rows) {
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<Done>(
            [=](QSqlDatabase &db) { return PartnershipRepository::saveParts(db, key, id, rows); }))
        .then(this, [this](const Status &s) { afterPartnershipWrite(s, tr("Parts catalog saved.")); });
}

void PartnershipController::saveLabourRates(qint64 id, const QList<LabourRateRow> &rows) {
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<Done>(
            [=](QSqlDatabase &db) { return PartnershipRepository::saveLabourRates(db, key, id, rows); }))
        .then(this, [this](const Status &s) { afterPartnershipWrite(s, tr("Labour rates saved.")); });
}

void PartnershipController::readCatalogCsv(bool parts, const QString &path) {
    if (!m_partnershipsPanel)
        return;
    m_inflight.add(m_executor->run<CsvRecords>([=](QSqlDatabase &db) { return PgCsv::readFile(db, path); }))
        .then(this, [this, parts](const Result<CsvRecords> &r) {
            if (!m_partnershipsPanel)
                return;
            if (r.ok())
                m_partnershipsPanel->csvRead(parts, r.value(), QString());
            else
                m_partnershipsPanel->csvRead(parts, {}, r.error().serverMessage);
        });
}

void PartnershipController::start() {
    if (m_started || !m_executor)
        return;
    m_started = true;
    const qint64 wanted = m_who.isOwner() && !m_who.workshopIds.isEmpty() ? m_who.workshopIds.first() : 0;
    // The programs list is what the pane shows first: it starts now, beside the workshop's details,
    // rather than after them (one round trip less before the first rows; RLS shows an owner only
    // their own workshop's programs whatever the id).
    if (wanted > 0)
        m_programs->setWorkshop(wanted);
    m_inflight
        .add(m_executor->run<ProgramWorkshop>([wanted](QSqlDatabase &db) -> Result<ProgramWorkshop> {
            if (wanted <= 0)
                return ProgramWorkshop{};
            return PartnershipRepository::workshop(db, wanted);
        }))
        .then(this, [this, wanted](const Result<ProgramWorkshop> &r) {
            if (r) {
                m_workshopId = r->id;
                m_workshopName = r->name;
                m_platformFeeBp = r->platformFeeBp;
                m_workshopProvince = r->province;
            }
            if (m_pane)
                m_pane->setWorkshopName(m_workshopName);
            if (m_programs->workshopId() != m_workshopId || wanted <= 0)
                m_programs->setWorkshop(m_workshopId);
            reloadLists();
        });
}

void PartnershipController::reloadLists() {
    const qint64 workshop = m_workshopId;
    // The panels keep their selection across the reload (modelReset).
    m_inflight
        .add(m_executor->run<QList<AgreementRow>>(
            [workshop](QSqlDatabase &db) { return PartnershipRepository::listAgreements(db, workshop); }))
        .then(this, [this](const Result<QList<AgreementRow>> &r) {
            if (r)
                m_agreements->setRows(*r);
        });
    m_inflight
        .add(m_executor->run<QList<PartnershipRow>>(
            [workshop](QSqlDatabase &db) { return PartnershipRepository::listPartnerships(db, workshop); }))
        .then(this, [this](const Result<QList<PartnershipRow>> &r) {
            if (!r)
                return;
            m_partnerships->setRows(*r);
            emit listsReloaded();
        });
}

void PartnershipController::openProgram(qint64 id) {
    if (id <= 0 || id == m_openProgram)
        return;
    m_openProgram = id;
    m_inflight
        .add(m_executor->run<ProgramDetail>(
            [id](QSqlDatabase &db) { return PartnershipRepository::loadProgram(db, id); }))
        .then(this, [this, id](const Result<ProgramDetail> &r) {
            if (id != m_openProgram || !m_editor)
                return;
            if (!r) {
                report(r.error().userMessage(), true);
                return;
            }
            m_openProgramWorkshop = r->workshopId;
            m_editor->setProgram(*r);
        });
}

void PartnershipController::newProgram() {
    if (m_readOnly || !m_pane)
        return;
    m_openProgram = 0;
    ProgramDetail d;
    d.workshopId = m_workshopId;
    d.workshopName = m_workshopName;
    d.workshopProvince = m_workshopProvince;
    d.terms.platformFeeBp = m_platformFeeBp;
    d.terms.workshopShareBp = (10000 - m_platformFeeBp) * 3 / 10;
    d.terms.mechanicShareBp = 10000 - m_platformFeeBp - d.terms.workshopShareBp;
    m_pane->showNewProgram(d);
}

void PartnershipController::generateDocument(qint64 agreementId) {
    if (m_readOnly)
        return;
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<qint64>(
            [agreementId, key](QSqlDatabase &db) { return renderAndStore(db, key, agreementId); }))
        .then(this, [this, agreementId](const Result<qint64> &r) {
            if (m_agreementsPanel) {
                if (!r)
                    m_agreementsPanel->showMessage(r.error().userMessage(), true);
                else
                    m_agreementsPanel->showMessage(tr("Agreement document generated."), false);
            }
            reloadLists();
            emit documentStored(agreementId, r.ok());
        });
}

void PartnershipController::report(const QString &text, bool error) {
    if (m_pane)
        m_pane->showStatus(text, error);
    emit statusMessage(text);
}

void PartnershipController::onNotification(const QString &channel, const QString &payload) {
    if (channel != u"desk_partnerships" || !m_started)
        return;
    m_programs->applyNotification(payload);
    m_applications->applyNotification(payload);
    const QString kind = payload.section(u':', 0, 0);
    if (kind == u"agreement" || kind == u"partnership" || kind == u"part" || kind == u"labour_rate")
        reloadLists();
}

} // namespace adesk
