// The overrides pane's model (issue 15, migration 0021) over what OverrideRepository reads as an
// admin from a real PostgreSQL, under QAbstractItemModelTester: a pending tier change and a decided
// flagged-document override, "mine" for the requester only, the change and the statuses people read;
// and the history of a re-uploaded requirement through the repository.

#include "models/compliance/overridemodel.h"
#include "models/compliance/overriderepository.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QTest>

using namespace adesk;

class TstOverrideModel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void rowsShowWhatWasAskedAndWho();
    void historyThroughTheRepository();

private:
    QSqlDatabase as(const QString &who) const { return QSqlDatabase::database(u"ovm_"_qs + who, false); }
    qint64 profileOf(const QString &who) {
        return m_db
            .scalar(u"SELECT profile_id FROM desk.staff_logins WHERE login_role = ?"_qs, {m_roles.value(who)})
            .toLongLong();
    }

    TestDatabase m_db;
    QHash<QString, QString> m_roles;
    qint64 m_shop = 0;
    qint64 m_mech = 0;
    qint64 m_tier = 0;
    qint64 m_flag = 0;
    qint64 m_v1 = 0;
    qint64 m_v2 = 0;
};

void TstOverrideModel::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shop = m_db.insertWorkshop(u"Garage Modèle"_qs, u"QC"_qs);
    QVERIFY(m_shop);
    for (const QString &who : {u"admin1"_qs, u"admin2"_qs}) {
        const QString role = m_db.roleName(u"m"_qs + who);
        QVERIFY(m_db.createLogin(role, u"adesk_platform_admin"_qs, u"Admin "_qs + who.right(1)));
        m_roles.insert(who, role);
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), u"ovm_"_qs + who);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }
    m_mech = m_db.insertMechanic(u"Amélie Tier"_qs, m_shop);
    QVERIFY(m_mech);
    auto r = TestDatabase::run(as(u"admin1"_qs),
                               u"SELECT desk.request_override('change_service_tier', ?, "
                               "'{\"service_tier\": \"workshop_affiliated\"}'::jsonb, 'Contract signed')"_qs,
                               {m_mech});
    ADESK_VERIFY_SQL(r);
    m_tier = r.scalar().toLongLong();
    m_v1 = m_db.insertVerification(u"mechanic"_qs, m_mech, u"insurance"_qs);
    QVERIFY(m_v1);
    ADESK_VERIFY_SQL(TestDatabase::run(as(u"admin1"_qs),
                                       u"SELECT desk.flag_verification_edited(?, 'Edited?')"_qs, {m_v1}));
    r = TestDatabase::run(
        as(u"admin1"_qs),
        u"SELECT desk.request_override('approve_flagged_verification', ?, '{}'::jsonb, 'Insurer ok')"_qs,
        {m_v1});
    ADESK_VERIFY_SQL(r);
    m_flag = r.scalar().toLongLong();
    ADESK_VERIFY_SQL(TestDatabase::run(as(u"admin2"_qs),
                                       u"SELECT desk.decide_override(?, false, 'Call again')"_qs, {m_flag}));
    m_v2 = m_db.insertVerification(u"mechanic"_qs, m_mech, u"insurance"_qs);
    QVERIFY(m_v2);
}

void TstOverrideModel::cleanupTestCase() {
    for (const QString &who : m_roles.keys())
        TestDatabase::closeConnection(u"ovm_"_qs + who);
}

void TstOverrideModel::rowsShowWhatWasAskedAndWho() {
    QSqlDatabase db = as(u"admin2"_qs);
    const auto rows = OverrideRepository::overrides(db);
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().serverMessage));
    QCOMPARE(rows->size(), 2);
    QCOMPARE(rows->at(0).id, m_tier); // pending first
    QCOMPARE(rows->at(0).status, OverrideStatus::Pending);
    QCOMPARE(rows->at(0).fromTier, std::optional<MechanicServiceTier>(MechanicServiceTier::VirtualOnly));
    QCOMPARE(rows->at(0).toTier, std::optional<MechanicServiceTier>(MechanicServiceTier::WorkshopAffiliated));
    QCOMPARE(rows->at(0).targetName, u"Amélie Tier"_qs);
    QCOMPARE(rows->at(1).id, m_flag);
    QCOMPARE(rows->at(1).status, OverrideStatus::Rejected);
    QCOMPARE(rows->at(1).decisionNote, u"Call again"_qs);

    OverrideModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(*rows, profileOf(u"admin2"_qs), m_roles.value(u"admin2"_qs));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(OverrideModel::ColumnCount));
    QVERIFY(!model.index(0, 0).data(OverrideModel::MineRole).toBool());
    QVERIFY(model.index(0, 0).data(OverrideModel::PendingRole).toBool());
    QCOMPARE(model.index(0, OverrideModel::Change).data().toString(),
             u"Virtual only → Workshop-affiliated"_qs);
    QCOMPARE(model.index(0, OverrideModel::Kind).data().toString(), u"Change a service tier"_qs);
    QCOMPARE(model.index(0, OverrideModel::RequestedBy).data().toString(), u"Admin 1"_qs);
    QCOMPARE(model.index(1, OverrideModel::StatusColumn).data().toString(), u"Rejected"_qs);
    QCOMPARE(model.index(1, OverrideModel::DecidedBy).data().toString(), u"Admin 2: Call again"_qs);
    QVERIFY(model.index(1, OverrideModel::Change).data().toString().isEmpty());
    // Seen by the requester: theirs.
    model.setRows(*rows, profileOf(u"admin1"_qs), m_roles.value(u"admin1"_qs));
    QVERIFY(model.index(0, 0).data(OverrideModel::MineRole).toBool());
    QCOMPARE(model.index(0, OverrideModel::RequestedBy).data().toString(), u"Admin 1 (you)"_qs);
    model.setRows({}, 0, {});
    QCOMPARE(model.rowCount(), 0);
}

void TstOverrideModel::historyThroughTheRepository() {
    QSqlDatabase db = as(u"admin1"_qs);
    const auto h = OverrideRepository::history(db, m_v2);
    QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().serverMessage));
    QCOMPARE(h->size(), 2);
    QCOMPARE(h->at(0).id, m_v1);
    QCOMPARE(h->at(0).status, u"superseded"_qs);
    QVERIFY(h->at(0).editFlaggedAt.isValid());
    QCOMPARE(h->at(0).editFlagReason, u"Edited?"_qs);
    QCOMPARE(h->at(1).id, m_v2);
    QCOMPARE(h->at(1).status, u"pending"_qs);
    QVERIFY(!h->at(1).policyNumber.isEmpty());
    QCOMPARE(h->at(1).coverageCents, std::optional<qint64>(200000000));
}

QTEST_GUILESS_MAIN(TstOverrideModel)
#include "tst_overridemodel.moc"
