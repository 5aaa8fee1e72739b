// The partnership demo data set (seedPartnershipsDemo, after DemoSeeder) in a fresh database:
// programs of each type and status, applications in every state, agreements with their PDFs
// (sha256 matching, French for Quebec mechanics), partnerships with parts and labour rates; and
// the demo owner sees only their workshop's, through the application queue model (paged, under
// QAbstractItemModelTester) and the programs list model.

#include "app/demo/democluster.h"
#include "app/demo/demoseeder.h"
#include "app/partnerships/partnershipcontroller.h"
#include "models/core/dbexecutor.h"
#include "models/partnerships/agreementlistmodel.h"
#include "models/partnerships/applicationqueuemodel.h"
#include "models/partnerships/programlistmodel.h"
#include "tests/support/testdatabase.h"
#include "views/partnerships/agreementspanel.h"
#include "views/partnerships/applicationspanel.h"
#include "views/partnerships/partnershippane.h"
#include "views/partnerships/partnershipspanel.h"
#include "views/partnerships/programeditor.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlError>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

namespace adesk {
bool seedPartnershipsDemo(QSqlDatabase &db, QString *error);
}

using namespace adesk;

namespace {

/// The first row of @p partnerships that is not terminated, or -1.
int firstLivePartnership(const PartnershipListModel &partnerships) {
    for (int i = 0; i < partnerships.rowCount(); ++i)
        if (partnerships.rowAt(i)->status != PartnershipStatus::Terminated)
            return i;
    return -1;
}

} // namespace

class TstPartnershipsDemo : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTypeStatusAndState();
    void agreementsCarryTheirDocuments();
    void mechanicAcceptancesComeFromThePlatform();
    void ownerModels();
    void ownerPanesShowRealData();
    void editorPaneBuiltAfterTheApplicationsShowsWhatTheyLoaded();
    void panelsComeATurnAfterThePane();
    void approvalWithoutItsDocumentSaysSo();
    void agreementTermsEqualTheLedgersOnEveryJob();

private:
    /// The demo owner of Montréal's identity (what sign-in would return).
    Identity montrealOwner();

    TestDatabase m_db;
};

void TstPartnershipsDemo::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    QSqlDatabase db = m_db.connection();
    const Result<DemoSeeder::Summary> seeded = DemoSeeder::seed(db);
    QVERIFY2(seeded.ok(), qPrintable(seeded.error().serverMessage));
    QVERIFY(m_db.exec(QStringLiteral("BEGIN")));
    QVERIFY(m_db.exec(QStringLiteral("SET LOCAL ROLE adesk_owner")));
    QString error;
    const bool ok = seedPartnershipsDemo(db, &error);
    if (!ok)
        m_db.exec(QStringLiteral("ROLLBACK"));
    QVERIFY2(ok, qPrintable(error));
    QVERIFY(m_db.exec(QStringLiteral("COMMIT")));
}

void TstPartnershipsDemo::everyTypeStatusAndState() {
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(DISTINCT program_type) FROM desk.partnership_programs"))
                 .toInt(),
             3);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(DISTINCT status) FROM desk.partnership_programs")).toInt(),
        4);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(DISTINCT status) FROM desk.partnership_applications"))
                 .toInt(),
             4);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(DISTINCT status) FROM desk.partnerships")).toInt(), 3);
    QVERIFY(m_db.scalar(QStringLiteral(
                            "SELECT count(*) FROM desk.partnership_program_versions WHERE version_no = 2"))
                .toInt() >= 2);
    QVERIFY(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.partnership_parts")).toInt() > 0);
    QVERIFY(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.partnership_labour_rates")).toInt() > 0);
    // Both demo owners have programs.
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(DISTINCT ws.login_role) FROM desk.workshop_staff ws "
                                        "JOIN desk.partnership_programs p "
                                        "ON p.workshop_id = ws.workshop_id WHERE ws.login_role IN "
                                        "('demo_owner_toronto', 'demo_owner_montreal')"))
                 .toInt(),
             2);
    // Active partners may work at their workshop (0004's mechanic_may_work_at).
    QVERIFY(m_db.scalar(QStringLiteral("SELECT bool_and(desk.mechanic_may_work_at(mechanic_id, workshop_id)) "
                                       "FROM desk.partnerships WHERE status = 'active'"))
                .toBool());
}

void TstPartnershipsDemo::agreementsCarryTheirDocuments() {
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.partnership_agreements g JOIN desk.documents d "
                                   "ON d.id = g.document_id WHERE d.sha256 <> sha256(d.content) "
                                   "OR g.document_sha256 <> d.sha256"))
            .toInt(),
        0);
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT count(*) FROM desk.partnership_agreements WHERE document_id IS NULL"))
                 .toInt(),
             0);
    QVERIFY(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.partnership_agreements g JOIN desk.mechanics m "
                                   "ON m.id = g.mechanic_id WHERE m.province = 'QC' AND g.language = 'fr'"))
            .toInt() > 0);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.partnership_agreements g JOIN desk.mechanics m "
                                   "ON m.id = g.mechanic_id WHERE m.province = 'QC' AND g.language <> 'fr'"))
            .toInt(),
        0);
}

void TstPartnershipsDemo::mechanicAcceptancesComeFromThePlatform() {
    // Every mechanic's acceptance was recorded by the demo platform service login, under the
    // mechanic's own name; none was typed in by the seeder as an owner would have.
    const int accepted =
        m_db.scalar(
                QStringLiteral("SELECT count(*) FROM desk.partnership_agreements WHERE mechanic_accepted_at "
                               "IS NOT NULL"))
            .toInt();
    QVERIFY(accepted > 0);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.partnership_agreements g JOIN desk.mechanics m "
                                   "ON m.id = g.mechanic_id WHERE g.mechanic_accepted_at IS NOT NULL AND "
                                   "g.mechanic_accepted_by = m.display_name AND EXISTS (SELECT 1 FROM "
                                   "desk.audit_log l WHERE l.action = 'agreement_accepted' AND l.row_id = "
                                   "g.id AND l.detail ->> 'side' = 'mechanic' AND l.actor = ?)"),
                    {DemoCluster::platformServiceLogin()})
            .toInt(),
        accepted);
    // Both sides accepted: active or (later) suspended; otherwise still pending.
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT count(*) FROM desk.partnerships x JOIN desk.partnership_agreements g "
                             "ON g.id = x.agreement_id WHERE (x.status = 'pending') <> "
                             "(g.mechanic_accepted_at IS NULL)"))
                 .toInt(),
             0);
}

void TstPartnershipsDemo::ownerModels() {
    // demo_owner_toronto's password is "demo".
    DbExecutor exec(m_db.login(QStringLiteral("demo_owner_toronto"), QStringLiteral("demo")), 1);
    const qint64 workshop = m_db.scalar(QStringLiteral("SELECT workshop_id FROM desk.workshop_staff "
                                                       "WHERE login_role = 'demo_owner_toronto' LIMIT 1"))
                                .toLongLong();
    ProgramListModel programs(&exec);
    QAbstractItemModelTester t1(&programs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&programs, &ProgramListModel::loaded);
    programs.setWorkshop(0); // RLS alone: only their workshop's programs come back
    QVERIFY(loaded.wait(10000));
    QVERIFY(programs.rowCount() >= 4);
    qint64 withApplications = 0;
    for (const ProgramRow &r : programs.rows()) {
        QCOMPARE(r.workshopId, workshop);
        if (r.pendingApplications > 0 && !withApplications)
            withApplications = r.id;
    }
    QVERIFY(withApplications > 0);

    ApplicationQueueModel queue(&exec);
    queue.setPageSize(2);
    QAbstractItemModelTester t2(&queue, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy page(&queue, &ApplicationQueueModel::pageLoaded);
    queue.setProgram(withApplications, std::nullopt);
    QVERIFY(page.wait(10000));
    QCOMPARE(queue.rowCount(), 2);
    while (queue.canFetchMore({})) {
        queue.fetchMore({});
        QVERIFY(page.wait(10000));
    }
    const int all =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.partnership_applications WHERE program_id = ?"),
                    {withApplications})
            .toInt();
    QCOMPARE(queue.rowCount(), all);
    for (int i = 1; i < queue.rowCount(); ++i)
        QVERIFY(queue.rowAt(i - 1)->submittedUs <= queue.rowAt(i)->submittedUs);
    bool sawProfile = false;
    for (int i = 0; i < queue.rowCount(); ++i)
        sawProfile = sawProfile || !queue.rowAt(i)->mechanicName.isEmpty();
    QVERIFY(sawProfile); // the owner reads the applicants' profiles (mechanics_applicant policy)
}

// Issue 19: the main window builds the two panes one at a time, in either order. The editor pane
// attached after the applications pane started the controller shows the workshop and opens the
// first program, as when it is attached first.
void TstPartnershipsDemo::editorPaneBuiltAfterTheApplicationsShowsWhatTheyLoaded() {
    DbExecutor exec(m_db.login(QStringLiteral("demo_owner_montreal"), QStringLiteral("demo")), 2);
    PartnershipController controller(&exec, nullptr, montrealOwner());
    ApplicationsPanel apps(controller.programs(), controller.applications());
    controller.attachApplications(&apps);
    apps.resize(1500, 700);
    apps.show();
    QTRY_VERIFY_WITH_TIMEOUT(controller.applications()->rowCount() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(controller.programs()->rowCount() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(controller.partnerships()->rowCount() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(controller.agreements()->rowCount() > 0, 10000);
    QVERIFY(controller.workshopId() > 0);

    PartnershipPane pane(controller.programs(), controller.agreements(), controller.partnerships());
    controller.attachPane(&pane);
    QVERIFY(!pane.isReadOnly());
    pane.resize(1500, 900);
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(pane.editor()->program().id != 0, 10000);
    QCOMPARE(pane.currentProgramId(), pane.editor()->program().id);
    const QString workshop = m_db.scalar(QStringLiteral("SELECT name FROM desk.organizations WHERE id = %1")
                                             .arg(controller.workshopId()))
                                 .toString();
    QVERIFY(!workshop.isEmpty());
    bool named = false;
    for (const QLabel *l : pane.findChildren<QLabel *>())
        named = named || l->text().contains(workshop.toHtmlEscaped());
    QVERIFY2(named, qPrintable(workshop));
    // Its agreements and partnerships tabs select their first rows, and the partnership's
    // catalogue loads, as after a load they had seen.
    QVERIFY(pane.agreementsPanel()->view()->currentIndex().isValid());
    QVERIFY(pane.partnershipsPanel()->view()->currentIndex().isValid());
    const int live = firstLivePartnership(*controller.partnerships());
    QVERIFY(live >= 0);
    pane.partnershipsPanel()->view()->setCurrentIndex(controller.partnerships()->index(live, 0));
    auto *addPart = pane.partnershipsPanel()->findChild<QAbstractButton *>(QStringLiteral("addPartsRow"));
    QVERIFY(addPart);
    QTRY_VERIFY_WITH_TIMEOUT(addPart->isEnabled(), 10000); // the catalogue came from the controller
}

// Issue 19: a pane built while the window is idle builds its Agreements and Partnerships panels on
// a later turn of the event loop (two shorter stretches of the GUI thread); they are wired to the
// controller then, with the Copy action every table has. A pane shown at once has them by its
// first show.
void TstPartnershipsDemo::panelsComeATurnAfterThePane() {
    DbExecutor exec(m_db.login(QStringLiteral("demo_owner_montreal"), QStringLiteral("demo")), 2);
    PartnershipController controller(&exec, nullptr, montrealOwner());
    {
        PartnershipPane pane(controller.programs(), controller.agreements(), controller.partnerships());
        controller.attachPane(&pane);
        QVERIFY(!pane.panelsAreBuilt());
        QCOMPARE(pane.tabs()->count(), 1);
        QTRY_VERIFY(pane.panelsAreBuilt()); // hidden all along: its timer built them
        QVERIFY(!pane.isVisible());
        QCOMPARE(pane.tabs()->count(), 3);
        QCOMPARE(pane.tabs()->widget(1), pane.agreementsPanel());
        QCOMPARE(pane.tabs()->widget(2), pane.partnershipsPanel());
        // (The main window gives the pane's own tables theirs when it builds the pane.)
        const QList<QTableView *> panelTables = pane.agreementsPanel()->findChildren<QTableView *>() +
                                                pane.partnershipsPanel()->findChildren<QTableView *>();
        QVERIFY(panelTables.size() >= 3);
        for (QTableView *t : panelTables)
            QVERIFY2(t->findChild<QAction *>(QStringLiteral("copyRows")), qPrintable(t->objectName()));
        // Shown: the controller loads, and the panels it wired a turn after the pane select their
        // first rows; a partnership chosen gets its catalogue from the controller.
        pane.resize(1500, 900);
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(controller.partnerships()->rowCount() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(controller.agreements()->rowCount() > 0, 10000);
        QTRY_VERIFY(pane.agreementsPanel()->view()->currentIndex().isValid());
        const int live = firstLivePartnership(*controller.partnerships());
        QVERIFY(live >= 0);
        pane.tabs()->setCurrentIndex(2);
        pane.partnershipsPanel()->view()->setCurrentIndex(controller.partnerships()->index(live, 0));
        auto *addPart = pane.partnershipsPanel()->findChild<QAbstractButton *>(QStringLiteral("addPartsRow"));
        QVERIFY(addPart);
        QTRY_VERIFY_WITH_TIMEOUT(addPart->isEnabled(), 10000);
    }
    // Read-only, shown before its timer fires: the panels are there, read-only, by its first show.
    PartnershipPane shown(controller.programs(), controller.agreements(), controller.partnerships());
    shown.setReadOnly(true);
    bool builtWhenShown = false;
    connect(&shown, &PartnershipPane::firstShown, this, [&] { builtWhenShown = shown.panelsAreBuilt(); });
    shown.show();
    QVERIFY(builtWhenShown);
    QCOMPARE(shown.tabs()->count(), 3);
    const int live = firstLivePartnership(*controller.partnerships());
    QVERIFY(live >= 0);
    shown.partnershipsPanel()->view()->setCurrentIndex(controller.partnerships()->index(live, 0));
    auto *parts = shown.partnershipsPanel()->findChild<QTableView *>(QStringLiteral("partsTable"));
    QVERIFY(parts);
    QCOMPARE(parts->editTriggers(), QAbstractItemView::NoEditTriggers);
}

void TstPartnershipsDemo::ownerPanesShowRealData() {
    DbExecutor exec(m_db.login(QStringLiteral("demo_owner_montreal"), QStringLiteral("demo")), 2);
    PartnershipController controller(&exec, nullptr, montrealOwner());
    PartnershipPane pane(controller.programs(), controller.agreements(), controller.partnerships());
    ApplicationsPanel apps(controller.programs(), controller.applications());
    controller.attach(&pane, &apps);
    pane.resize(1500, 900);
    apps.resize(1500, 700);
    pane.show();
    apps.show();
    QTRY_VERIFY_WITH_TIMEOUT(pane.editor()->program().id != 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(controller.applications()->rowCount() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(controller.partnerships()->rowCount() > 0, 10000);
    // The worked example comes from the database once the program is shown.
    QTRY_VERIFY_WITH_TIMEOUT(!pane.editor()->isWorkedExamplePending(), 10000);
    QVERIFY2(pane.editor()->workedExampleError().isEmpty(), qPrintable(pane.editor()->workedExampleError()));
    QVERIFY(pane.editor()->previewHtml().contains(QStringLiteral("500")));
    QVERIFY(!pane.isReadOnly());

    // The agreements panel shows the mechanic's acceptance; it offers no way to record it.
    AgreementsPanel *agreements = pane.agreementsPanel();
    for (const QPushButton *b : agreements->findChildren<QPushButton *>())
        QVERIFY2(!b->text().contains(QStringLiteral("mechanic"), Qt::CaseInsensitive), qPrintable(b->text()));
    QTRY_VERIFY_WITH_TIMEOUT(controller.agreements()->rowCount() > 0, 10000);
    int awaiting = -1;
    for (int i = 0; i < controller.agreements()->rowCount() && awaiting < 0; ++i) {
        if (!controller.agreements()->rowAt(i)->mechanicAcceptedAt.isValid())
            awaiting = i;
    }
    QVERIFY(awaiting >= 0);
    agreements->view()->setCurrentIndex(controller.agreements()->index(awaiting, 0));
    const auto *state = agreements->findChild<QLabel *>(QStringLiteral("mechanicAcceptance"));
    QVERIFY(state);
    QCOMPARE(state->text(),
             AgreementListModel::mechanicAcceptanceText(*controller.agreements()->rowAt(awaiting), true));
    QVERIFY2(state->text().contains(QStringLiteral("platform")), qPrintable(state->text()));

    // One rule in both tabs: an agreement the mechanic has not accepted is awaiting acceptance in the
    // Agreements tab (its stored status is "active" from its approval) as its partnership is in the
    // Partnerships tab; each agreement with its document shows its partnership's state.
    const AgreementListModel *am = controller.agreements();
    const PartnershipListModel *pm = controller.partnerships();
    QCOMPARE(am->rowAt(awaiting)->status, PartnershipStatus::Active);
    int compared = 0, awaitingShown = 0;
    for (int i = 0; i < am->rowCount(); ++i) {
        const AgreementRow *a = am->rowAt(i);
        const QString shown = am->index(i, AgreementListModel::StatusColumn).data().toString();
        const bool accepted = a->workshopAcceptedAt.isValid() && a->mechanicAcceptedAt.isValid();
        if (a->documentId != 0 && !accepted && a->status == PartnershipStatus::Active) {
            QCOMPARE(shown, labelOf(PartnershipStatus::Pending));
            ++awaitingShown;
        }
        for (int j = 0; j < pm->rowCount(); ++j) {
            if (pm->rowAt(j)->agreementId != a->id || a->documentId == 0)
                continue;
            QCOMPARE(shown, pm->index(j, PartnershipListModel::StatusColumn).data().toString());
            ++compared;
        }
    }
    QVERIFY(compared > 0);
    QVERIFY(awaitingShown > 0);
    const QString dir = qEnvironmentVariable("ADESK_GRAB_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(300);
        pane.grab().save(dir + QStringLiteral("/partnerships-programs.png"));
        apps.grab().save(dir + QStringLiteral("/partnerships-applications.png"));
        pane.tabs()->setCurrentIndex(1);
        QTest::qWait(300);
        pane.grab().save(dir + QStringLiteral("/partnerships-agreements.png"));
        pane.tabs()->setCurrentIndex(2);
        QTest::qWait(500);
        pane.grab().save(dir + QStringLiteral("/partnerships-partnerships.png"));
    }
}

Identity TstPartnershipsDemo::montrealOwner() {
    Identity who;
    who.loginRole = QStringLiteral("demo_owner_montreal");
    who.deskRole = QStringLiteral("workshop_owner");
    who.workshopIds = {m_db.scalar(QStringLiteral("SELECT workshop_id FROM desk.workshop_staff "
                                                  "WHERE login_role = 'demo_owner_montreal' LIMIT 1"))
                           .toLongLong()};
    return who;
}

void TstPartnershipsDemo::approvalWithoutItsDocumentSaysSo() {
    // The owner approves an application; the agreement is created but its PDF cannot be stored
    // (storage refuses it): the owner must not be told the agreement is ready.
    const Identity who = montrealOwner();
    const ConnectionSettings login = m_db.login(who.loginRole, QStringLiteral("demo"));
    QSqlDatabase own = TestDatabase::openConnection(login, QStringLiteral("montreal_owner"));
    QVERIFY2(own.isOpen(), qPrintable(own.lastError().text()));
    ApplicationRow pick;
    const QVariantList programs =
        m_db.run(QStringLiteral("SELECT id FROM desk.partnership_programs WHERE workshop_id = ? ORDER BY id"),
                 {who.workshopIds.first()})
            .column();
    for (qsizetype i = 0; i < programs.size() && pick.id == 0; ++i) {
        const Result<QList<ApplicationRow>> pending = PartnershipRepository::fetchApplications(
            own, programs.at(i).toLongLong(), ApplicationStatus::Pending, std::nullopt, 500);
        QVERIFY2(pending.ok(), qPrintable(pending.error().serverMessage));
        for (const ApplicationRow &r : pending.value())
            if (r.ineligibility.isEmpty() && pick.id == 0)
                pick = r;
    }
    QVERIFY2(pick.id > 0, "the demo data holds a pending application that qualifies");

    QVERIFY(m_db.exec(QStringLiteral(
        "CREATE FUNCTION desk.tst_refuse_documents() RETURNS trigger LANGUAGE plpgsql AS "
        "$$BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = '53100'; "
        "END$$")));
    QVERIFY(m_db.exec(QStringLiteral("CREATE TRIGGER tst_refuse_documents BEFORE INSERT ON desk.documents "
                                     "FOR EACH ROW EXECUTE FUNCTION desk.tst_refuse_documents()")));
    const auto allowDocuments = [this] {
        m_db.exec(QStringLiteral("DROP TRIGGER IF EXISTS tst_refuse_documents ON desk.documents"));
        m_db.exec(QStringLiteral("DROP FUNCTION IF EXISTS desk.tst_refuse_documents()"));
    };
    auto restore = qScopeGuard(allowDocuments);

    DbExecutor exec(login, 2);
    PartnershipController controller(&exec, nullptr, who);
    PartnershipPane pane(controller.programs(), controller.agreements(), controller.partnerships());
    ApplicationsPanel apps(controller.programs(), controller.applications());
    controller.attach(&pane, &apps);
    QSignalSpy decided(&controller, &PartnershipController::decisionFinished);
    emit apps.decisionRequested(pick.id, pick.rowVersion, true, QString(), QDate::currentDate(), QDate());
    QVERIFY(decided.wait(20000));
    QCOMPARE(decided.first().at(1).toBool(), true); // the approval itself went through
    const qint64 agreement =
        m_db.scalar(QStringLiteral("SELECT id FROM desk.partnership_agreements WHERE application_id = ?"),
                    {pick.id})
            .toLongLong();
    QVERIFY(agreement > 0);
    QVERIFY(m_db.scalar(QStringLiteral(
                            "SELECT document_id IS NULL FROM desk.partnership_agreements WHERE id = ?"),
                        {agreement})
                .toBool());
    const QString said = apps.findChild<QLabel *>(QStringLiteral("decisionMessage"))->text();
    QVERIFY2(!said.contains(u"ready"), qPrintable(said));
    QVERIFY2(said.contains(u"could not be stored"), qPrintable(said));

    // What the message tells the owner to do works once storage is back.
    allowDocuments();
    QSignalSpy stored(&controller, &PartnershipController::documentStored);
    controller.generateDocument(agreement);
    QVERIFY(stored.wait(20000));
    QCOMPARE(stored.first().at(1).toBool(), true);
    QVERIFY(m_db.scalar(QStringLiteral("SELECT document_id IS NOT NULL FROM desk.partnership_agreements "
                                       "WHERE id = ?"),
                        {agreement})
                .toBool());
}

// Issue 12: for every partnership in the demo, the ledger's platform fee and shares on its jobs are
// the signed agreement's (the demo's ledger is posted by desk.record_session_earnings, not written).
void TstPartnershipsDemo::agreementTermsEqualTheLedgersOnEveryJob() {
    const auto jobs = m_db.run(QStringLiteral(
        "SELECT count(DISTINCT l.event_id), count(DISTINCT l.partnership_id), "
        "       count(*) FILTER (WHERE l.share_bp IS DISTINCT FROM CASE l.entry_type "
        "           WHEN 'platform_fee' THEN (a.terms->>'platform_fee_bp')::int "
        "           WHEN 'workshop_share' THEN (a.terms->>'workshop_share_bp')::int "
        "           WHEN 'mechanic_share' THEN (a.terms->>'mechanic_share_bp')::int END "
        "           OR l.agreement_id IS DISTINCT FROM p.agreement_id OR l.basis <> 'agreement') "
        "  FROM desk.earnings_ledger l JOIN desk.partnerships p ON p.id = l.partnership_id "
        "  JOIN desk.partnership_agreements a ON a.id = p.agreement_id "
        " WHERE l.event_type = 'session' AND l.entry_type <> 'reversal'"));
    ADESK_VERIFY_SQL(jobs);
    QVERIFY2(jobs.rows[0][0].toLongLong() > 0, "the demo has no partnership job in the ledger");
    QVERIFY2(jobs.rows[0][1].toLongLong() > 1, "the demo's partnership jobs are all under one partnership");
    QCOMPARE(jobs.rows[0][2].toLongLong(), 0);
    // Every agreement's platform fee is its workshop's fee on the program version's date.
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.partnership_agreements a JOIN "
                                        "desk.partnership_program_versions v ON v.id = a.program_version_id "
                                        "WHERE (a.terms->>'platform_fee_bp')::int <> (SELECT f.fee_bp FROM "
                                        "desk.workshop_platform_fee(a.workshop_id, v.effective_from) f)"))
                 .toLongLong(),
             0);
}

QTEST_MAIN(TstPartnershipsDemo)
#include "tst_partnershipsdemo.moc"
