// The partnership demo data set (seedPartnershipsDemo, after DemoSeeder) in a fresh database:
// programs of each type and status, applications in every state, agreements with their PDFs
// (sha256 matching, French for Quebec mechanics), partnerships with parts and labour rates; and
// the demo owner sees only their workshop's, through the application queue model (paged, under
// QAbstractItemModelTester) and the programs list model.

#include "app/demo/demoseeder.h"
#include "app/partnerships/partnershipcontroller.h"
#include "models/core/dbexecutor.h"
#include "models/partnerships/agreementlistmodel.h"
#include "models/partnerships/applicationqueuemodel.h"
#include "models/partnerships/programlistmodel.h"
#include "tests/support/testdatabase.h"
#include "views/partnerships/applicationspanel.h"
#include "views/partnerships/partnershippane.h"
#include "views/partnerships/programeditor.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QTabWidget>
#include <QTest>

namespace adesk {
bool seedPartnershipsDemo(QSqlDatabase &db, QString *error);
}

using namespace adesk;

class TstPartnershipsDemo : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTypeStatusAndState();
    void agreementsCarryTheirDocuments();
    void ownerModels();
    void ownerPanesShowRealData();

private:
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

void TstPartnershipsDemo::ownerPanesShowRealData() {
    DbExecutor exec(m_db.login(QStringLiteral("demo_owner_montreal"), QStringLiteral("demo")), 2);
    Identity who;
    who.loginRole = QStringLiteral("demo_owner_montreal");
    who.deskRole = QStringLiteral("workshop_owner");
    who.workshopIds = {m_db.scalar(QStringLiteral("SELECT workshop_id FROM desk.workshop_staff "
                                                  "WHERE login_role = 'demo_owner_montreal' LIMIT 1"))
                           .toLongLong()};
    PartnershipController controller(&exec, nullptr, who);
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
    QVERIFY(pane.editor()->previewHtml().contains(QStringLiteral("500")));
    QVERIFY(!pane.isReadOnly());
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
    // Let the follow-up loads finish before the controller goes (Qt 6.4 continuations).
    QTest::qWait(500);
}

QTEST_MAIN(TstPartnershipsDemo)
#include "tst_partnershipsdemo.moc"
