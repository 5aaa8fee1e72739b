// The expiry board's and the transition's item models over what ExpiryRepository reads as a platform
// admin from a real PostgreSQL (migration 0018), under QAbstractItemModelTester: the board's rows
// (what expiry withdraws, reminders sent), its 7/30/60-day, entity-type and province filters and
// its sort; the transition periods and laggards (missed deadline, days overdue or left).

#include "models/compliance/expiryboardmodel.h"
#include "models/compliance/expiryrepository.h"
#include "models/compliance/laggardmodel.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QTest>

using namespace adesk;

class TstExpiryModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void boardFiltersAndSorts();
    void laggardsOfATransition();

private:
    QSqlDatabase admin() const { return QSqlDatabase::database(u"expirymodels_admin"_qs, false); }
    qint64 approved(const QString &entityType, qint64 entityId, const QString &type, int days) {
        TestDatabase::VerificationData d = TestDatabase::completeData(type);
        d.expiryDate = m_today.addDays(days);
        const qint64 id = m_db.insertVerification(entityType, entityId, type, d);
        if (id &&
            !m_db.exec(u"UPDATE desk.compliance_verifications SET status = 'approved', verified_at = now(), "
                       "verified_by = (SELECT profile_id FROM desk.staff_logins LIMIT 1) WHERE id = ?"_qs,
                       {id}))
            return 0;
        return id;
    }

    TestDatabase m_db;
    QDate m_today;
    qint64 m_shopOn = 0;
    qint64 m_shopQc = 0;
    qint64 m_phys = 0;
    qint64 m_virt = 0;
};

void TstExpiryModels::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    const QString role = m_db.roleName(u"emadmin"_qs);
    QVERIFY(m_db.createLogin(role, u"adesk_platform_admin"_qs, u"Admin"_qs));
    QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), u"expirymodels_admin"_qs);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    m_today = m_db.scalar(u"SELECT desk.local_today(NULL)::text"_qs).toDate();
    m_shopOn = m_db.insertWorkshop(u"Garage Ontario"_qs, u"ON"_qs);
    m_shopQc = m_db.insertWorkshop(u"Garage Québec"_qs, u"QC"_qs, u"fr"_qs);
    m_phys = m_db.insertPhysicalMechanic(u"Pia Physical"_qs, m_shopOn, u"workshop_affiliated"_qs);
    m_virt = m_db.insertMechanic(u"Vic Virtual"_qs, m_shopQc, u"fr"_qs);
    QVERIFY(m_shopOn && m_shopQc && m_phys && m_virt);
    QVERIFY(approved(u"mechanic"_qs, m_phys, u"insurance"_qs, 5));
    QVERIFY(approved(u"mechanic"_qs, m_virt, u"business_license"_qs, 25));
    QVERIFY(approved(u"workshop"_qs, m_shopQc, u"insurance"_qs, 50));
    QVERIFY(approved(u"workshop"_qs, m_shopOn, u"zoning"_qs, 200)); // outside every window
}

void TstExpiryModels::cleanupTestCase() {
    TestDatabase::closeConnection(u"expirymodels_admin"_qs);
}

void TstExpiryModels::boardFiltersAndSorts() {
    QSqlDatabase db = admin();
    QCOMPARE(ExpiryRepository::sendReminders(db).value(), 3);
    const auto rows = ExpiryRepository::board(db, 60);
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().serverMessage));
    QCOMPARE(rows->size(), 3);

    ExpiryBoardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ExpiryFilterModel filter;
    filter.setSourceModel(&model);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(*rows);
    QCOMPARE(model.columnCount(), int(ExpiryBoardModel::ColumnCount));
    QCOMPARE(model.provinces(), (QStringList{u"ON"_qs, u"QC"_qs}));

    const ExpiryRow *first = model.rowAt(0);
    QVERIFY(first);
    QCOMPARE(first->entityId, m_phys);
    QCOMPARE(first->daysLeft, 5);
    QVERIFY(first->withdrawsPhysicalWork);
    QCOMPARE(first->reminders.size(), 1);
    QCOMPARE(first->reminders.first().thresholdDays, 7);
    QVERIFY(first->reminders.first().sentAt.isValid());
    QCOMPARE(model.index(0, ExpiryBoardModel::Entity).data().toString(), u"Pia Physical"_qs);
    QCOMPARE(model.index(0, ExpiryBoardModel::Withdraws).data().toString(), u"Physical work"_qs);
    QCOMPARE(model.index(0, ExpiryBoardModel::DaysLeft).data().toString(), u"In 5 day(s)"_qs);
    QVERIFY(model.index(0, ExpiryBoardModel::Reminders).data().toString().startsWith(u"7 d ("_qs));
    QCOMPARE(model.index(1, ExpiryBoardModel::Withdraws).data().toString(), u"nothing"_qs);

    QCOMPARE(filter.rowCount(), 3);
    filter.setWithinDays(30);
    QCOMPARE(filter.rowCount(), 2);
    filter.setWithinDays(7);
    QCOMPARE(filter.rowCount(), 1);
    filter.setWithinDays(60);
    filter.setEntityType(int(verification::EntityType::Workshop));
    QCOMPARE(filter.rowCount(), 1);
    QCOMPARE(filter.index(0, ExpiryBoardModel::Entity).data().toString(), u"Garage Québec"_qs);
    filter.setEntityType(-1);
    filter.setProvince(u"QC"_qs);
    QCOMPARE(filter.rowCount(), 2);
    filter.setProvince(QString());
    filter.sort(ExpiryBoardModel::DaysLeft, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, ExpiryBoardModel::DaysLeft).data(ExpiryBoardModel::DaysLeftRole).toInt(), 50);
    filter.sort(ExpiryBoardModel::Entity, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, ExpiryBoardModel::Entity).data().toString(), u"Garage Québec"_qs);
    // The filter sorts from the rows (no QVariant per comparison): every column, both ways, in the
    // order of a plain proxy sorting through SortRole as the filter did before.
    QSortFilterProxyModel plain;
    plain.setSourceModel(&model);
    plain.setSortRole(ExpiryBoardModel::SortRole);
    plain.setSortLocaleAware(true);
    const auto ids = [](const QAbstractItemModel &m) {
        QList<qint64> out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, 0).data(ExpiryBoardModel::IdRole).toLongLong();
        return out;
    };
    for (int column = 0; column < ExpiryBoardModel::ColumnCount; ++column)
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            filter.sort(column, order);
            plain.sort(column, order);
            QCOMPARE(ids(filter), ids(plain));
        }
    filter.sort(ExpiryBoardModel::DaysLeft, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, ExpiryBoardModel::DaysLeft).data(ExpiryBoardModel::DaysLeftRole).toInt(), 5);
    model.setRows({});
    QCOMPARE(filter.rowCount(), 0);
}

void TstExpiryModels::laggardsOfATransition() {
    QSqlDatabase db = admin();
    const auto id = ExpiryRepository::createTransition(db, RequestKey::create(), u"Tier transition"_qs,
                                                       m_today.addDays(-40), QDate(), QDate());
    QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().serverMessage));
    const auto periods = ExpiryRepository::transitions(db);
    QVERIFY(periods.ok());
    QCOMPARE(periods->size(), 1);
    QCOMPARE(periods->first().id, *id);
    QCOMPARE(periods->first().tierChoiceDeadline, m_today.addDays(-10));
    QCOMPARE(periods->first().documentsDeadline, m_today.addDays(50));

    const qint64 noDocs = m_db.insertPhysicalMechanic(u"Nora NoDocs"_qs, m_shopOn, u"licensed_mobile"_qs);
    QVERIFY(noDocs);
    const auto rows = ExpiryRepository::laggards(db, *id);
    QVERIFY(rows.ok());
    LaggardModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.setSortRole(LaggardModel::SortRole);
    QAbstractItemModelTester sortedTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(*rows);
    QCOMPARE(model.rowCount(), 2);
    // Vic never chose a tier (10 days late); Nora chose a physical tier and has submitted nothing
    // (50 days left); Pia chose one and submitted a document today: not listed.
    QHash<qint64, const LaggardRow *> byId;
    for (int r = 0; r < model.rowCount(); ++r)
        byId.insert(model.rowAt(r)->mechanicId, model.rowAt(r));
    QVERIFY(byId.contains(m_virt));
    QCOMPARE(byId.value(m_virt)->missed, TransitionMiss::TierChoice);
    QCOMPARE(byId.value(m_virt)->daysOverdue, 10);
    QVERIFY(byId.contains(noDocs));
    QCOMPARE(byId.value(noDocs)->missed, TransitionMiss::Documents);
    QCOMPARE(byId.value(noDocs)->daysOverdue, -50);
    QCOMPARE(byId.value(noDocs)->serviceTier, u"licensed_mobile"_qs);
    QVERIFY(byId.value(noDocs)->tierChosenAt.isValid());
    QCOMPARE(LaggardModel::overdueText(10), u"10 day(s) overdue"_qs);
    QCOMPARE(LaggardModel::overdueText(-3), u"3 day(s) left"_qs);
    sorted.sort(LaggardModel::Overdue, Qt::DescendingOrder);
    QCOMPARE(sorted.index(0, LaggardModel::Mechanic).data().toString(), u"Vic Virtual"_qs);
    QCOMPARE(sorted.index(0, LaggardModel::Tier).data().toString(), u"not chosen"_qs);
    QCOMPARE(sorted.index(0, LaggardModel::Missed).data().toString(), u"Service tier not chosen"_qs);
    model.setRows({});
    QCOMPARE(sorted.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TstExpiryModels)
#include "tst_expirymodels.moc"
