// The routing pane's item models (issue 16, migration 0024) over what RoutingRepository reads as a
// workshop owner from a real PostgreSQL, under QAbstractItemModelTester: the ranked candidates of a
// preview (waves and "notified" in words, reasons as sentences, the fallback's banner sentence), the
// keyed routing setting, the directory and the per-month analytics.

#include "models/core/requestkey.h"
#include "models/routing/candidatemodel.h"
#include "models/routing/directorymodel.h"
#include "models/routing/routingrepository.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QTest>
#include <QTimeZone>

using namespace adesk;

class TstRoutingModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void candidatesInWords();
    void reasonSentences();
    void routingSettingThroughTheRepository();
    void directoryAndAnalytics();

private:
    QSqlDatabase owner() const { return QSqlDatabase::database(u"routingmodels_owner"_qs, false); }

    TestDatabase m_db;
    qint64 m_shop = 0;
    qint64 m_own = 0;
    qint64 m_other = 0;
};

void TstRoutingModels::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shop = m_db.insertWorkshop(u"Garage Routing"_qs, u"ON"_qs);
    QVERIFY(m_shop);
    QVERIFY(
        m_db.exec(u"UPDATE desk.organizations SET time_zone = 'America/Toronto' WHERE id = ?"_qs, {m_shop}));
    QVERIFY(m_db.exec(u"INSERT INTO desk.workshop_hours (workshop_id, weekday, opens_at, closes_at) "
                      "SELECT ?, d, '07:00', '19:00' FROM generate_series(1, 7) d"_qs,
                      {m_shop}));
    m_own = m_db.insertMechanic(u"Ana Own"_qs, m_shop);
    m_other = m_db.insertMechanic(u"Bo Other"_qs);
    QVERIFY(m_own && m_other);
    QVERIFY(
        m_db.exec(u"UPDATE desk.mechanics SET postal_code = 'M5V 1A1', province = 'ON', is_available = true, "
                  "rating_bp = 47000, years_experience = 8, brand_specializations = '{BMW}', "
                  "service_keywords = '{brakes}' WHERE id = ?"_qs,
                  {m_own}));
    QVERIFY(
        m_db.exec(u"UPDATE desk.mechanics SET postal_code = 'M5A 1A1', province = 'ON', is_available = true, "
                  "rating_bp = NULL, years_experience = 0 WHERE id = ?"_qs,
                  {m_other}));
    const QString role = m_db.roleName(u"rmowner"_qs);
    QVERIFY(m_db.createLogin(role, u"adesk_workshop_owner"_qs, u"Owner"_qs, {m_shop}));
    QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), u"routingmodels_owner"_qs);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
}

void TstRoutingModels::cleanupTestCase() {
    TestDatabase::closeConnection(u"routingmodels_owner"_qs);
}

void TstRoutingModels::candidatesInWords() {
    RoutingQuery q;
    q.workshopId = m_shop;
    q.routingType = u"hybrid"_qs;
    q.postalCode = u"m5v3l9"_qs;
    q.at = QDateTime(QDate(2031, 3, 4), QTime(10, 0), QTimeZone("America/Toronto"));
    q.brand = u"BMW"_qs;
    q.keywords = {u"Brakes"_qs};
    q.preferLocal = true;
    QSqlDatabase db = owner();
    const auto r = RoutingRepository::preview(db, q);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().serverMessage));
    CandidateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(*r);
    QCOMPARE(model.rowCount(), 2);
    const auto cell = [&](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(cell(0, CandidateModel::Name), u"Ana Own"_qs);
    QCOMPARE(cell(0, CandidateModel::Wave), u"First wave"_qs);
    QCOMPARE(cell(1, CandidateModel::Wave), u"Second wave"_qs);
    QCOMPARE(cell(0, CandidateModel::Notified), u"Yes"_qs);
    QCOMPARE(cell(0, CandidateModel::Workshop), u"Garage Routing"_qs);
    QCOMPARE(cell(1, CandidateModel::Workshop), u"Independent"_qs);
    // 40 + 30 available + 30 BMW + 10 brakes + 18 rating + 8 years.
    QCOMPARE(cell(0, CandidateModel::Total), u"136"_qs);
    QCOMPARE(cell(0, CandidateModel::Distance), u"3 km"_qs);
    QCOMPARE(cell(1, CandidateModel::Local), u"Local"_qs);
    QCOMPARE(
        cell(0, CandidateModel::Reasons),
        u"Same neighbourhood (M5V) · BMW specialist · Available now · Rated 4.7 · 8 years of experience · "
        "Knows: brakes"_qs);
    QCOMPARE(cell(1, CandidateModel::Reasons), u"Nearby area (15 km) · Available now"_qs);
    QCOMPARE(model.fallback(), QString());
    QCOMPARE(model.index(0, 0).data(CandidateModel::MechanicIdRole).toLongLong(), m_own);
    model.setRows({});
    QCOMPARE(model.rowCount(), 0);
}

void TstRoutingModels::reasonSentences() {
    QCOMPARE(CandidateModel::reasonText(u"same_province:M"_qs), u"Same region (M)"_qs);
    QCOMPARE(CandidateModel::reasonText(u"favourite"_qs), u"Customer's favourite"_qs);
    QCOMPARE(CandidateModel::reasonText(u"experience:1"_qs), u"1 year of experience"_qs);
    QCOMPARE(CandidateModel::waveText(0), u"Exclusive window"_qs);
    QCOMPARE(CandidateModel::fallbackText(u"no_local_mechanic"_qs),
             u"No local mechanic is available: mechanics further away are offered."_qs);
    QCOMPARE(CandidateModel::fallbackText(QString()), QString());
}

void TstRoutingModels::routingSettingThroughTheRepository() {
    QSqlDatabase db = owner();
    const RequestKey key = RequestKey::create();
    for (int i = 0; i < 2; ++i) {
        const auto r = RoutingRepository::setWorkshopRouting(db, key, m_shop, u"broadcast"_qs);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().serverMessage));
        QCOMPARE(*r, u"broadcast"_qs);
    }
    QCOMPARE(
        m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE action = 'workshop.routing_type'"_qs).toInt(),
        1);
    const auto bad = RoutingRepository::setWorkshopRouting(db, RequestKey::create(), m_shop, u"never"_qs);
    QVERIFY(!bad);
    QCOMPARE(bad.error().sqlState, u"22023"_qs);
}

void TstRoutingModels::directoryAndAnalytics() {
    QSqlDatabase db = owner();
    const auto dir = RoutingRepository::directory(db);
    QVERIFY2(dir, qPrintable(dir ? QString() : dir.error().serverMessage));
    DirectoryModel directory;
    QAbstractItemModelTester t1(&directory, QAbstractItemModelTester::FailureReportingMode::QtTest);
    directory.setRows(*dir);
    QCOMPARE(directory.rowCount(), 1);
    QCOMPARE(directory.index(0, DirectoryModel::Name).data().toString(), u"Garage Routing"_qs);
    QCOMPARE(directory.index(0, DirectoryModel::Mechanics).data().toInt(), 1);
    QCOMPARE(directory.index(0, DirectoryModel::Rating).data().toString(), u"4.7"_qs);
    QCOMPARE(directory.index(0, DirectoryModel::Rating).data(DirectoryModel::SortRole).toInt(), 47000);
    QCOMPARE(directory.index(0, DirectoryModel::Response).data().toString(), u"3 min"_qs);

    QVERIFY(
        m_db.exec(u"INSERT INTO desk.session_requests (request_key, session_type, preferred_workshop_id, "
                  "routing_type, status, accepted_mechanic_id, accepted_at, workshop_id, created_at) VALUES "
                  "(gen_random_uuid(), 'video', ?, 'hybrid', 'accepted', ?, now() - interval '1 minute' + "
                  "interval '95 seconds', ?, now() - interval '1 minute')"_qs,
                  {m_shop, m_own, m_shop}));
    const auto months = RoutingRepository::analytics(db, m_shop, 3);
    QVERIFY2(months, qPrintable(months ? QString() : months.error().serverMessage));
    AnalyticsModel analytics;
    QAbstractItemModelTester t2(&analytics, QAbstractItemModelTester::FailureReportingMode::QtTest);
    analytics.setRows(*months);
    QCOMPARE(analytics.rowCount(), 3);
    QCOMPARE(analytics.index(2, AnalyticsModel::Requests).data().toInt(), 1);
    QCOMPARE(analytics.index(2, AnalyticsModel::Accepted).data().toInt(), 1);
    QCOMPARE(analytics.index(2, AnalyticsModel::MedianAccept).data().toString(), u"1 min 35 s"_qs);
    QCOMPARE(analytics.index(0, AnalyticsModel::MedianAccept).data().toString(), QString());
}

QTEST_GUILESS_MAIN(TstRoutingModels)
#include "tst_routingmodels.moc"
