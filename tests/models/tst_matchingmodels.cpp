// The matching pane's models (issue 16, migration 0025) fed by MatchingRepository from a real
// PostgreSQL, under QAbstractItemModelTester: the live requests (codes in words, "waiting past its
// window"), a request's offers (reasons as short sentences) and the rules with unsaved edits checked
// against their unit's bounds.

#include "models/matching/matchingmodels.h"
#include "models/matching/matchingrepository.h"
#include "tests/support/testdatabase.h"

#include <QAbstractItemModelTester>
#include <QSqlError>
#include <QTest>
#include <QTranslator>
#include <QUuid>

using namespace adesk;

class TstMatchingModels : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void liveRequestsAndOffers();
    void rulesEditing();

private:
    QSqlDatabase as(const QString &who) const { return QSqlDatabase::database(u"mm_"_qs + who, false); }
    TestDatabase m_db;
    QTranslator m_english; // what the app installs for English: the plural forms
    qint64 m_request = 0;
    qint64 m_selected = 0;
};

void TstMatchingModels::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    QVERIFY(m_english.load(u":/i18n/autodoctor-desk_en.qm"_qs));
    QCoreApplication::installTranslator(&m_english);
    for (const auto &[who, group] : {std::pair{u"admin"_qs, u"adesk_platform_admin"_qs},
                                     std::pair{u"service"_qs, u"adesk_platform_service"_qs}}) {
        const QString role = m_db.roleName(u"mm"_qs + who);
        QVERIFY(m_db.createLogin(role, group, who, {}));
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), u"mm_"_qs + who);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }
    m_selected = m_db.insertMechanic(u"Sam Selected"_qs);
    const qint64 other = m_db.insertMechanic(u"Honda Hana"_qs);
    QVERIFY(m_selected && other);
    QVERIFY(m_db.exec(
        u"UPDATE desk.mechanics SET postal_code = 'M5V 1A1', is_available = true, rating_bp = 48000, "
        "brand_specializations = '{Honda}' WHERE id IN (?, ?)"_qs,
        {m_selected, other}));
    const auto r = TestDatabase::run(
        as(u"service"_qs), u"SELECT desk.create_session_request(?::uuid, ?::jsonb)"_qs,
        {QUuid::createUuid().toString(QUuid::WithoutBraces),
         u"{\"session_type\": \"video\", \"postal_code\": \"M5V 3L9\", \"vehicle_make\": \"Honda\", "
         "\"selected_mechanic_id\": %1}"_qs.arg(m_selected)});
    ADESK_VERIFY_SQL(r);
    m_request = r.scalar().toLongLong();
    // Its window is over (planted): the monitor says so in words.
    QVERIFY(m_db.exec(u"UPDATE desk.request_offers SET offered_at = offered_at - interval '10 minutes', "
                      "window_ends_at = window_ends_at - interval '10 minutes' WHERE request_id = ?"_qs,
                      {m_request}));
    QVERIFY(m_db.exec(u"UPDATE desk.session_requests SET created_at = created_at - interval '10 minutes', "
                      "window_ends_at = window_ends_at - interval '10 minutes' WHERE id = ?"_qs,
                      {m_request}));
}

void TstMatchingModels::cleanupTestCase() {
    TestDatabase::closeConnection(u"mm_admin"_qs);
    TestDatabase::closeConnection(u"mm_service"_qs);
}

void TstMatchingModels::liveRequestsAndOffers() {
    QSqlDatabase db = as(u"admin"_qs);
    LiveRequestsModel live;
    QAbstractItemModelTester liveTester(&live, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto rows = MatchingRepository::liveRequests(db);
    QVERIFY2(rows.ok(), qPrintable(rows.ok() ? QString() : rows.error().serverText()));
    live.setRows(*rows);
    const int row = live.rowOf(m_request);
    QVERIFY(row >= 0);
    auto cell = [&](int column) { return live.data(live.index(row, column)).toString(); };
    QCOMPARE(cell(LiveRequestsModel::Id), QString::number(m_request));
    QCOMPARE(cell(LiveRequestsModel::Fsa), u"M5V"_qs);
    QCOMPARE(cell(LiveRequestsModel::SessionType), u"Video"_qs);
    QCOMPARE(cell(LiveRequestsModel::Method), u"Chosen mechanic"_qs);
    QCOMPARE(cell(LiveRequestsModel::Wave), u"0"_qs);
    QCOMPARE(cell(LiveRequestsModel::Status), u"Waiting past its window"_qs);
    QCOMPARE(cell(LiveRequestsModel::Fallback), u"None"_qs);
    QVERIFY(live.data(live.index(row, 0), LiveRequestsModel::PastWindowRole).toBool());
    QVERIFY(cell(LiveRequestsModel::Age).startsWith(u"10 min"_qs));
    QCOMPARE(LiveRequestsModel::ageText(3725), u"1 h 02 min"_qs);

    OffersModel offers;
    QAbstractItemModelTester offersTester(&offers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto o = MatchingRepository::offers(db, m_request);
    QVERIFY2(o.ok(), qPrintable(o.ok() ? QString() : o.error().serverText()));
    offers.setRows(*o);
    QCOMPARE(offers.rowCount(), 1);
    QCOMPARE(offers.data(offers.index(0, OffersModel::Mechanic)).toString(), u"Sam Selected"_qs);
    QCOMPARE(offers.data(offers.index(0, OffersModel::Wave)).toString(), u"0 (exclusive)"_qs);
    const QString why = offers.data(offers.index(0, OffersModel::Reasons)).toString();
    QVERIFY2(why.contains(u"Same area (M5V)"_qs) && why.contains(u"Honda specialist"_qs) &&
                 why.contains(u"Rated 4.8"_qs) && why.contains(u"Available now"_qs),
             qPrintable(why));
    QCOMPARE(offers.data(offers.index(0, OffersModel::Response)).toString(), u"No answer yet"_qs);

    // The sweep moves it on: the fallback in words.
    const auto swept = MatchingRepository::sweep(db);
    QVERIFY(swept.ok());
    QCOMPARE(swept->timedOut, 1);
    live.setRows(*MatchingRepository::liveRequests(db));
    QCOMPARE(live.data(live.index(live.rowOf(m_request), LiveRequestsModel::Fallback)).toString(),
             u"Chosen mechanic did not answer"_qs);
    QCOMPARE(live.data(live.index(live.rowOf(m_request), LiveRequestsModel::Wave)).toString(), u"1"_qs);
    // The KPIs answer for admins.
    const auto k = MatchingRepository::kpis(db, 3);
    QVERIFY(k.ok());
    QCOMPARE(k->size(), 3);
    QCOMPARE(k->last().requests, 1);
}

void TstMatchingModels::rulesEditing() {
    QSqlDatabase db = as(u"admin"_qs);
    MatchingRulesModel rules;
    QAbstractItemModelTester tester(&rules, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto loaded = MatchingRepository::rules(db);
    QVERIFY(loaded.ok());
    rules.setRules(*loaded);
    int row = -1;
    for (int i = 0; i < rules.rowCount(); ++i) {
        if (rules.at(i).code == u"broadcast_top_n")
            row = i;
    }
    QVERIFY(row >= 0);
    const QModelIndex value = rules.index(row, MatchingRulesModel::Value);
    // Read-only until made editable (owners).
    QVERIFY(!(rules.flags(value) & Qt::ItemIsEditable));
    QVERIFY(!rules.setData(value, 5));
    rules.setEditable(true);
    QVERIFY(rules.flags(value) & Qt::ItemIsEditable);
    QVERIFY(!rules.setData(value, 101)); // count: 1–100
    QCOMPARE(rules.problem(row, 0), u"Between 1 and 100 mechanics."_qs);
    QVERIFY(!rules.isEdited(row));
    QVERIFY(rules.setData(value, 5));
    QVERIFY(rules.isEdited(row));
    QCOMPARE(rules.data(value).toString(), u"5 mechanics (unsaved)"_qs);
    rules.revert(row);
    QVERIFY(!rules.isEdited(row));
    QCOMPARE(rules.data(value).toString(), u"10 mechanics"_qs);
    QVERIFY(rules.setData(value, 7));
    const auto saved =
        MatchingRepository::setRule(db, RequestKey::create(), rules.at(row).code, rules.editedValue(row));
    QVERIFY(saved.ok());
    rules.markSaved(row, *saved);
    QVERIFY(!rules.isEdited(row));
    QCOMPARE(rules.data(value).toString(), u"7 mechanics"_qs);
    // One of a unit is singular ("1 points" was shown for the experience rule).
    QVERIFY(rules.setData(value, 1));
    QCOMPARE(rules.data(value).toString(), u"1 mechanic (unsaved)"_qs);
    rules.revert(row);
    QCOMPARE(m_db.scalar(u"SELECT value FROM desk.matching_rules WHERE code = 'broadcast_top_n'"_qs).toInt(),
             7);
}

QTEST_GUILESS_MAIN(TstMatchingModels)
#include "tst_matchingmodels.moc"
