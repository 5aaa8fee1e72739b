// The audit log and notifications models (issue 15, migration 0019) over a real PostgreSQL, under
// QAbstractItemModelTester: key paging returns every row once, newest first, and a new filter starts
// again from the first page; finance's audit log model holds only the reveals of tax numbers.

#include "models/compliance/auditlogmodel.h"
#include "models/compliance/notificationlogmodel.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

using namespace adesk;

class TstOversightModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void auditPagesEveryRowOnce();
    void auditFilterRestarts();
    void financeReadsOnlyReveals();
    void notificationsPageEveryRowOnce();

private:
    template <typename Model> void fetchAll(Model &model) {
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        while (model.canFetchMore({})) {
            model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        }
    }

    TestDatabase m_db;
    std::unique_ptr<DbExecutor> m_admin;
    std::unique_ptr<DbExecutor> m_finance;
    qint64 m_mechanic = 0;
};

void TstOversightModels::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_mechanic = m_db.insertMechanic(u"Nora Notified"_qs);
    QVERIFY(m_mechanic);
    // 230 audit rows, some at the same instant (the key's id breaks ties), 5 of them reveals.
    QVERIFY(m_db.exec(
        u"INSERT INTO desk.audit_log (at, actor, action, table_name, row_id, detail) "
        "SELECT '2026-01-01 12:00Z'::timestamptz + (g / 3) * interval '1 minute', 'someone', "
        "CASE WHEN g % 46 = 0 THEN 'tax_number_revealed' ELSE 'verification.approve' END, "
        "'compliance_verifications', g, jsonb_build_object('n', g) FROM generate_series(1, 230) g"_qs));
    QVERIFY(m_db.exec(
        u"INSERT INTO desk.mechanic_notifications (mechanic_id, notification_type, title, message, "
        "created_at) SELECT ?, 'bulk_notice', 'Title ' || g, 'Message ' || g, "
        "'2026-02-01 12:00Z'::timestamptz + (g / 4) * interval '1 hour' FROM generate_series(1, 150) g"_qs,
        {m_mechanic}));
    const QString admin = m_db.roleName(u"oadm"_qs), finance = m_db.roleName(u"ofin"_qs);
    QVERIFY(m_db.createLogin(admin, u"adesk_platform_admin"_qs, u"Admin"_qs));
    QVERIFY(m_db.createLogin(finance, u"adesk_finance"_qs, u"Finance"_qs));
    m_admin = std::make_unique<DbExecutor>(m_db.login(admin), 1);
    m_finance = std::make_unique<DbExecutor>(m_db.login(finance), 1);
}

void TstOversightModels::auditPagesEveryRowOnce() {
    AuditLogModel model(m_admin.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(true);
    model.setPageSize(37);
    model.setFilter({});
    fetchAll(model);
    QCOMPARE(model.rowCount(), 230);
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r) {
        ids.insert(model.data(model.index(r, 0), AuditLogModel::IdRole).toLongLong());
        if (r > 0) {
            const AuditEntry *a = model.rowAt(r - 1), *b = model.rowAt(r);
            QVERIFY(a->atUs > b->atUs || (a->atUs == b->atUs && a->id > b->id)); // newest first
        }
    }
    QCOMPARE(ids.size(), 230);
    QCOMPARE(model.data(model.index(0, AuditLogModel::Action)).toString(), u"Tax number revealed"_qs);
    QCOMPARE(model.data(model.index(1, AuditLogModel::Action)).toString(), u"Verification approved"_qs);
    QCOMPARE(model.data(model.index(1, AuditLogModel::Entity)).toString(), u"Verification #229"_qs);
    QVERIFY(
        model.data(model.index(0, 0), AuditLogModel::DetailJsonRole).toString().contains(u"\"n\": 230"_qs));
}

void TstOversightModels::auditFilterRestarts() {
    AuditLogModel model(m_admin.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPageSize(20);
    model.setFilter({});
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
    QCOMPARE(model.rowCount(), 20);
    AuditFilter f;
    f.action = u"tax_number_revealed"_qs;
    model.setFilter(f);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 5);
}

void TstOversightModels::financeReadsOnlyReveals() {
    AuditLogModel model(m_finance.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(true);
    model.setFilter({});
    fetchAll(model);
    QCOMPARE(model.rowCount(), 5);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.rowAt(r)->action, u"tax_number_revealed"_qs);
}

void TstOversightModels::notificationsPageEveryRowOnce() {
    NotificationLogModel model(m_admin.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tester.setUseFetchMore(true);
    model.setPageSize(41);
    model.setFilter({});
    fetchAll(model);
    QCOMPARE(model.rowCount(), 150);
    QSet<qint64> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.data(model.index(r, 0), NotificationLogModel::IdRole).toLongLong());
    QCOMPARE(ids.size(), 150);
    QCOMPARE(model.data(model.index(0, NotificationLogModel::Recipient)).toString(), u"Nora Notified"_qs);
    QCOMPARE(model.data(model.index(0, NotificationLogModel::Title)).toString(), u"Title 150"_qs);
    QCOMPARE(model.data(model.index(0, NotificationLogModel::Type)).toString(), u"Bulk notice"_qs);
    NotificationFilter f;
    f.recipient = u"nobody"_qs;
    model.setFilter(f);
    fetchAll(model);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TstOversightModels)
#include "tst_oversightmodels.moc"
