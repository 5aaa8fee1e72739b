// Mechanic matching (issue 16, migration 0025) against a real PostgreSQL, as the web platform
// (adesk_platform_service) drives it: the selected mechanic's exclusive window and its fallback,
// the fallbacks taken at creation, hybrid's second wave, the first acceptance winning a real race,
// retries with the same key, concurrent sweeps, expiry, the KPIs on planted requests, the rules
// editor and who sees session_requests, request_offers, matching_rules and customer_favourites.

#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QTest>
#include <QThread>
#include <QUuid>

using namespace adesk;

namespace {
QString newKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
const QString kCustomerPostal = QStringLiteral("M5V 3L9");
} // namespace

class TstMatching : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void selectedWindowThenSmartBroadcast();
    void creationValidates();
    void fallbacksAtCreation();
    void hybridSecondWave();
    void hybridWorkshopUnavailableGoesToWaveTwoAtOnce();
    void firstAcceptanceWinsARace();
    void onlyOfferedMechanicsAnswer();
    void retriesWithTheSameKeyDoNothingTwice();
    void concurrentSweepsDoNotDoubleOffer();
    void expiry();
    void kpisOnPlantedRequests();
    void setMatchingRule();
    void visibility();

private:
    QSqlDatabase as(const QString &who) const { return QSqlDatabase::database(u"mat_"_qs + who, false); }
    TestDatabase::SqlResult run(const QString &who, const QString &sql,
                                const QVariantList &binds = {}) const {
        return TestDatabase::run(as(who), sql, binds);
    }
    qint64 mechanic(const QString &name, const QString &postal, bool available, qint64 workshop = 0,
                    const QString &brands = u"{}"_qs, int ratingBp = 45000) {
        const qint64 id = m_db.insertMechanic(name, workshop);
        if (!id || !m_db.exec(u"UPDATE desk.mechanics SET postal_code = ?, is_available = ?, "
                              "brand_specializations = ?::text[], rating_bp = ? WHERE id = ?"_qs,
                              {postal, available, brands, ratingBp, id}))
            return 0;
        return id;
    }
    /// Makes only @p ids available (every other mechanic of the database offline).
    bool onlyAvailable(const QList<qint64> &ids) {
        QStringList s;
        for (qint64 id : ids)
            s << QString::number(id);
        return m_db.exec(u"UPDATE desk.mechanics SET is_available = (id = ANY (?::bigint[]))"_qs,
                         {u"{"_qs + s.join(u',') + u"}"_qs});
    }
    TestDatabase::SqlResult create(const QString &json, const QString &key = newKey(),
                                   const QString &who = u"service"_qs) {
        return run(who, u"SELECT desk.create_session_request(?::uuid, ?::jsonb)"_qs, {key, json});
    }
    qint64 createOk(const QString &json) {
        const auto r = create(json);
        if (!r.ok)
            qWarning().noquote() << "create" << r.describe();
        return r.ok ? r.scalar().toLongLong() : 0;
    }
    TestDatabase::SqlResult sweep(int secondsAhead, const QString &who = u"service"_qs) {
        return run(who,
                   u"SELECT timed_out, second_waves, offers, expired FROM "
                   "desk.advance_session_requests(clock_timestamp() + make_interval(secs => ?))"_qs,
                   {secondsAhead});
    }
    TestDatabase::SqlResult respond(qint64 request, qint64 mech, bool accept, const QString &key = newKey(),
                                    const QString &who = u"service"_qs) {
        return run(who, u"SELECT desk.respond_to_request(?::uuid, ?, ?, ?)"_qs, {key, request, mech, accept});
    }
    /// "mechanic:wave:response" of every offer of @p request, by wave and notify order.
    QStringList offers(qint64 request) {
        const auto r = m_db.run(u"SELECT mechanic_id, wave, coalesce(response, '-') FROM desk.request_offers "
                                "WHERE request_id = ? ORDER BY wave, notify_order"_qs,
                                {request});
        QStringList out;
        for (const auto &row : r.rows)
            out << u"%1:%2:%3"_qs.arg(row.at(0).toString(), row.at(1).toString(), row.at(2).toString());
        return out;
    }
    QString field(qint64 request, const QString &column) {
        return m_db
            .scalar(u"SELECT %1::text FROM desk.session_requests WHERE id = ?"_qs.arg(column), {request})
            .toString();
    }
    static QString off(qint64 m, int wave, const QString &response = u"-"_qs) {
        return u"%1:%2:%3"_qs.arg(m).arg(wave).arg(response);
    }

    TestDatabase m_db;
    QHash<QString, QString> m_roles;
    qint64 m_shopA = 0;
    qint64 m_shopB = 0;
};

void TstMatching::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shopA = m_db.insertWorkshop(u"Garage Match A"_qs, u"ON"_qs);
    m_shopB = m_db.insertWorkshop(u"Garage Match B"_qs, u"ON"_qs);
    QVERIFY(m_shopA && m_shopB);
    // Both open around the clock (hybrid and workshop_only depend on the hours).
    for (qint64 shop : {m_shopA, m_shopB})
        QVERIFY(m_db.exec(u"INSERT INTO desk.workshop_hours (workshop_id, weekday, opens_at, closes_at) "
                          "SELECT ?, d, '00:00', '23:59:59.999999' FROM generate_series(1, 7) d"_qs,
                          {shop}));
    const QList<std::tuple<QString, QString, QList<qint64>>> logins = {
        {u"service"_qs, u"adesk_platform_service"_qs, {}},
        {u"service2"_qs, u"adesk_platform_service"_qs, {}},
        {u"admin"_qs, u"adesk_platform_admin"_qs, {}},
        {u"ownerA"_qs, u"adesk_workshop_owner"_qs, {m_shopA}},
        {u"ownerB"_qs, u"adesk_workshop_owner"_qs, {m_shopB}},
        {u"finance"_qs, u"adesk_finance"_qs, {}},
    };
    for (const auto &[who, group, shops] : logins) {
        const QString role = m_db.roleName(u"m"_qs + who);
        QVERIFY(m_db.createLogin(role, group, who, shops));
        m_roles.insert(who, role);
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), u"mat_"_qs + who);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }
}

void TstMatching::cleanupTestCase() {
    for (const QString &who : m_roles.keys())
        TestDatabase::closeConnection(u"mat_"_qs + who);
}

void TstMatching::init() {
    // Each test starts with no live request, so the sweep's counts are the test's own.
    QVERIFY(m_db.exec(u"UPDATE desk.session_requests SET status = 'cancelled' WHERE status = 'pending'"_qs));
    QVERIFY(m_db.exec(u"UPDATE desk.matching_rules SET value = 10 WHERE code = 'broadcast_top_n'"_qs));
}

void TstMatching::selectedWindowThenSmartBroadcast() {
    QVERIFY(m_db.exec(u"UPDATE desk.matching_rules SET value = 2 WHERE code = 'broadcast_top_n'"_qs));
    const qint64 sel = mechanic(u"Sam Selected"_qs, u"M5V 1A1"_qs, true, 0, u"{}"_qs, 40000);
    const qint64 a1 = mechanic(u"Ann Same FSA"_qs, u"M5V 2B2"_qs, true, 0, u"{}"_qs, 50000);
    const qint64 a2 = mechanic(u"Ben Nearby"_qs, u"M5T 1C1"_qs, true);
    const qint64 a3 = mechanic(u"Cal Same Area"_qs, u"M5R 1C1"_qs, true, 0, u"{}"_qs, 30000);
    const qint64 far = mechanic(u"Dan Far"_qs, u"M4C 1B1"_qs, true);
    const qint64 off1 = mechanic(u"Eve Offline"_qs, u"M5V 3E3"_qs, false, 0, u"{}"_qs, 50000);
    QVERIFY(sel && a1 && a2 && a3 && far && off1);
    QVERIFY(onlyAvailable({sel, a1, a2, a3, far}));

    const qint64 id = createOk(u"{\"session_type\": \"video\", \"postal_code\": \"%1\", "
                               "\"selected_mechanic_id\": %2}"_qs.arg(kCustomerPostal)
                                   .arg(sel));
    QVERIFY(id);
    QCOMPARE(field(id, u"match_method"_qs), u"selected"_qs);
    QCOMPARE(offers(id), QStringList{off(sel, 0)});
    QCOMPARE(
        m_db.scalar(u"SELECT extract(epoch FROM window_ends_at - offered_at)::int FROM desk.request_offers "
                    "WHERE request_id = ?"_qs,
                    {id})
            .toInt(),
        300);
    QCOMPARE(m_db.scalar(u"SELECT r.window_ends_at = o.window_ends_at FROM desk.session_requests r "
                         "JOIN desk.request_offers o ON o.request_id = r.id WHERE r.id = ?"_qs,
                         {id})
                 .toBool(),
             true);
    QCOMPARE(field(id, u"fallback"_qs), QString());

    // Within the window nothing happens.
    auto early = sweep(60);
    ADESK_VERIFY_SQL(early);
    QCOMPARE(early.rows.first(), (QVariantList{0, 0, 0, 0}));
    QCOMPARE(offers(id), QStringList{off(sel, 0)});

    // At the window's end + 1 s: timed out, the fallback, the top 2 of the others.
    auto late = sweep(301);
    ADESK_VERIFY_SQL(late);
    QCOMPARE(late.rows.first(), (QVariantList{1, 0, 2, 0}));
    QCOMPARE(offers(id), (QStringList{off(sel, 0, u"timed_out"_qs), off(a1, 1), off(a2, 1)}));
    QCOMPARE(field(id, u"fallback"_qs), u"selected_no_response"_qs);
    QVERIFY(!field(id, u"fallback_at"_qs).isEmpty());
    QCOMPARE(field(id, u"status"_qs), u"pending"_qs);
    // The snapshot keeps why: Ann shares the FSA.
    QVERIFY(
        m_db.scalar(u"SELECT 'same_fsa:M5V' = ANY (reasons) AND is_local AND (components->>'fsa')::int = 40 "
                    "FROM desk.request_offers WHERE request_id = ? AND mechanic_id = ?"_qs,
                    {id, a1})
            .toBool());
    // Again: nothing more.
    auto again = sweep(302);
    ADESK_VERIFY_SQL(again);
    QCOMPARE(again.rows.first(), (QVariantList{0, 0, 0, 0}));
    // The timed-out selected mechanic may still take it late.
    auto lateYes = respond(id, sel, true);
    ADESK_VERIFY_SQL(lateYes);
    QCOMPARE(lateYes.scalar().toString(), u"accepted"_qs);
    QCOMPARE(offers(id), (QStringList{off(sel, 0, u"accepted"_qs), off(a1, 1, u"withdrawn"_qs),
                                      off(a2, 1, u"withdrawn"_qs)}));
}

void TstMatching::creationValidates() {
    const qint64 bad = mechanic(u"Rita Rejected"_qs, u"M5V 1A2"_qs, true);
    QVERIFY(bad);
    QVERIFY(m_db.exec(u"UPDATE desk.mechanics SET compliance_status = 'rejected' WHERE id = ?"_qs, {bad}));
    struct Case {
        QString json;
        QString state;
        QString message;
    };
    const QList<Case> cases = {
        {u"{\"session_type\": \"chat\", \"postal_code\": \"XYZ\"}"_qs, u"22023"_qs,
         u"a session request needs a valid postal code"_qs},
        {u"{\"session_type\": \"chat\"}"_qs, u"22023"_qs, u"a session request needs a valid postal code"_qs},
        {u"{\"session_type\": \"phone\", \"postal_code\": \"M5V 3L9\"}"_qs, u"22023"_qs,
         u"unknown session type \"phone\""_qs},
        {u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\", \"routing_type\": \"workshop_only\"}"_qs,
         u"22023"_qs, u"workshop routing needs a preferred workshop"_qs},
        {u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\", \"selected_mechanic_id\": %1}"_qs.arg(
             bad),
         u"22023"_qs, u"the selected mechanic cannot take this request"_qs},
        {u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\", \"preferred_workshop_id\": 987654}"_qs,
         u"P0002"_qs, u"workshop 987654 does not exist"_qs},
    };
    const int before = m_db.scalar(u"SELECT count(*) FROM desk.session_requests"_qs).toInt();
    for (const Case &c : cases) {
        const auto r = create(c.json);
        QVERIFY2(!r.ok, qPrintable(c.json));
        QCOMPARE(r.sqlState(), c.state);
        QCOMPARE(r.error.serverMessage, c.message);
    }
    // Only the platform creates requests.
    for (const QString &who : {u"admin"_qs, u"ownerA"_qs, u"finance"_qs})
        QCOMPARE(create(u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\"}"_qs, newKey(), who)
                     .sqlState(),
                 u"42501"_qs);
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.session_requests"_qs).toInt(), before);
    // The routing type defaults to the preferred workshop's.
    QVERIFY(m_db.exec(u"UPDATE desk.organizations SET default_routing_type = 'workshop_only' WHERE id = ?"_qs,
                      {m_shopB}));
    const qint64 id = createOk(u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\", "
                               "\"preferred_workshop_id\": %1}"_qs.arg(m_shopB));
    QVERIFY(id);
    QCOMPARE(field(id, u"routing_type"_qs), u"workshop_only"_qs);
    QCOMPARE(field(id, u"match_method"_qs), u"smart_broadcast"_qs);
    QVERIFY(m_db.exec(u"UPDATE desk.organizations SET default_routing_type = 'hybrid' WHERE id = ?"_qs,
                      {m_shopB}));
}

void TstMatching::fallbacksAtCreation() {
    const qint64 far = mechanic(u"Fay Ottawa"_qs, u"K1A 0B1"_qs, true);
    const qint64 local = mechanic(u"Lou Local"_qs, u"M5V 4G4"_qs, true);
    const qint64 hondaFar = mechanic(u"Hal Honda"_qs, u"K2P 1L4"_qs, true, 0, u"{Honda}"_qs);
    QVERIFY(far && local && hondaFar);

    // Nobody within 20 km: no_local_mechanic, everyone kept, nearest first.
    QVERIFY(onlyAvailable({far}));
    const qint64 noLocal = createOk(u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\"}"_qs);
    QVERIFY(noLocal);
    QCOMPARE(field(noLocal, u"fallback"_qs), u"no_local_mechanic"_qs);
    QVERIFY(!field(noLocal, u"fallback_at"_qs).isEmpty());
    QCOMPARE(offers(noLocal), QStringList{off(far, 1)});

    // A Honda specialist asked for, the only one is far: no_brand_specialist_local, both offered.
    QVERIFY(onlyAvailable({local, hondaFar}));
    const qint64 noSpec = createOk(u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\", "
                                   "\"vehicle_make\": \"Honda\", \"wants_brand_specialist\": true}"_qs);
    QVERIFY(noSpec);
    QCOMPARE(field(noSpec, u"fallback"_qs), u"no_brand_specialist_local"_qs);
    QStringList got = offers(noSpec);
    got.sort();
    QStringList want{off(local, 1), off(hondaFar, 1)};
    want.sort();
    QCOMPARE(got, want);

    // A local mechanic available and no specialist asked for: no fallback, the far one dropped.
    QVERIFY(onlyAvailable({local, far}));
    const qint64 plain = createOk(u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\"}"_qs);
    QVERIFY(plain);
    QCOMPARE(field(plain, u"fallback"_qs), QString());
    QCOMPARE(offers(plain), QStringList{off(local, 1)});
}

void TstMatching::hybridSecondWave() {
    const qint64 inShop = mechanic(u"Will Workshop"_qs, u"M5V 5G5"_qs, true, m_shopA);
    const qint64 outside = mechanic(u"Olga Outside"_qs, u"M5V 6H6"_qs, true);
    QVERIFY(inShop && outside);
    QVERIFY(onlyAvailable({inShop, outside}));
    const qint64 id =
        createOk(u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\", "
                 "\"preferred_workshop_id\": %1, \"routing_type\": \"hybrid\"}"_qs.arg(m_shopA));
    QVERIFY(id);
    QCOMPARE(field(id, u"fallback"_qs), QString());
    QCOMPARE(offers(id), QStringList{off(inShop, 1)});
    auto early = sweep(120);
    ADESK_VERIFY_SQL(early);
    QCOMPARE(early.rows.first(), (QVariantList{0, 0, 0, 0}));
    auto late = sweep(301);
    ADESK_VERIFY_SQL(late);
    QCOMPARE(late.rows.first(), (QVariantList{0, 1, 1, 0}));
    QCOMPARE(offers(id), (QStringList{off(inShop, 1), off(outside, 2)}));
    // The outside mechanic accepts: served by no workshop (independent), the workshop's offer withdrawn.
    ADESK_VERIFY_SQL(respond(id, outside, true));
    QCOMPARE(field(id, u"workshop_id"_qs), QString());
    QCOMPARE(offers(id), (QStringList{off(inShop, 1, u"withdrawn"_qs), off(outside, 2, u"accepted"_qs)}));
}

void TstMatching::hybridWorkshopUnavailableGoesToWaveTwoAtOnce() {
    const qint64 inShop = mechanic(u"Nina Napping"_qs, u"M5V 7J7"_qs, false, m_shopA);
    const qint64 outside = mechanic(u"Oscar Outside"_qs, u"M5V 8K8"_qs, true);
    QVERIFY(inShop && outside);
    QVERIFY(onlyAvailable({outside}));
    const qint64 id =
        createOk(u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\", "
                 "\"preferred_workshop_id\": %1, \"routing_type\": \"hybrid\"}"_qs.arg(m_shopA));
    QVERIFY(id);
    QCOMPARE(field(id, u"fallback"_qs), u"workshop_unavailable"_qs);
    QCOMPARE(offers(id), QStringList{off(outside, 2)});
    // workshop_only with nobody: recorded, nobody offered.
    const qint64 only =
        createOk(u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\", "
                 "\"preferred_workshop_id\": %1, \"routing_type\": \"workshop_only\"}"_qs.arg(m_shopA));
    QVERIFY(only);
    QCOMPARE(field(only, u"fallback"_qs), u"workshop_unavailable"_qs);
    QCOMPARE(offers(only), QStringList());
    // Served by the accepting workshop mechanic's workshop.
    QVERIFY(onlyAvailable({inShop}));
    const qint64 served =
        createOk(u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\", "
                 "\"preferred_workshop_id\": %1, \"routing_type\": \"hybrid\"}"_qs.arg(m_shopA));
    QVERIFY(served);
    ADESK_VERIFY_SQL(respond(served, inShop, true));
    QCOMPARE(field(served, u"workshop_id"_qs), QString::number(m_shopA));
    QCOMPARE(field(served, u"accepted_mechanic_id"_qs), QString::number(inShop));
}

void TstMatching::firstAcceptanceWinsARace() {
    const qint64 m1 = mechanic(u"Rae Racer"_qs, u"M5V 1R1"_qs, true);
    const qint64 m2 = mechanic(u"Ray Racer"_qs, u"M5V 2R2"_qs, true);
    QVERIFY(m1 && m2);
    QVERIFY(onlyAvailable({m1, m2}));
    const qint64 id = createOk(u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\", "
                               "\"match_method\": \"broadcast\"}"_qs);
    QVERIFY(id);
    QCOMPARE(offers(id).size(), 2);

    ADESK_VERIFY_SQL(run(u"service"_qs, u"BEGIN"_qs));
    const auto first = respond(id, m1, true);
    ADESK_VERIFY_SQL(first);
    // The second acceptance, on another real connection, waits for the first one's lock.
    TestDatabase::SqlResult second;
    const auto settings = m_db.login(m_roles.value(u"service2"_qs));
    QThread *t = QThread::create([&second, settings, id, m2] {
        {
            QSqlDatabase db = TestDatabase::openConnection(settings, u"mat_racer"_qs);
            second = TestDatabase::run(db, u"SELECT desk.respond_to_request(?::uuid, ?, ?, true)"_qs,
                                       {newKey(), id, m2});
        }
        TestDatabase::closeConnection(u"mat_racer"_qs);
    });
    t->start();
    bool waiting = false;
    for (int i = 0; i < 500 && !waiting; ++i) {
        waiting = m_db.scalar(u"SELECT count(*) > 0 FROM pg_stat_activity WHERE usename = ? "
                              "AND wait_event_type = 'Lock'"_qs,
                              {m_roles.value(u"service2"_qs)})
                      .toBool();
        if (!waiting)
            QTest::qWait(20);
    }
    QVERIFY(waiting);
    ADESK_VERIFY_SQL(run(u"service"_qs, u"COMMIT"_qs));
    QVERIFY(t->wait(30000));
    delete t;
    QVERIFY(!second.ok);
    QCOMPARE(second.sqlState(), u"AD001"_qs);
    QCOMPARE(second.error.serverMessage, u"request %1 is already accepted"_qs.arg(id));
    QCOMPARE(field(id, u"accepted_mechanic_id"_qs), QString::number(m1));
    QCOMPARE(offers(id), (QStringList{off(m1, 1, u"accepted"_qs), off(m2, 1, u"withdrawn"_qs)}));
}

void TstMatching::onlyOfferedMechanicsAnswer() {
    const qint64 m1 = mechanic(u"Otto Offered"_qs, u"M5V 1S1"_qs, true);
    const qint64 stranger = mechanic(u"Stan Stranger"_qs, u"M5V 2S2"_qs, false);
    QVERIFY(m1 && stranger);
    QVERIFY(onlyAvailable({m1}));
    const qint64 id = createOk(u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\"}"_qs);
    QVERIFY(id);
    const auto r = respond(id, stranger, true);
    QVERIFY(!r.ok);
    QCOMPARE(r.sqlState(), u"42501"_qs);
    QCOMPARE(r.error.serverMessage, u"mechanic %1 was not offered request %2"_qs.arg(stranger).arg(id));
    QCOMPARE(field(id, u"status"_qs), u"pending"_qs);
    // Declining is final for that mechanic.
    ADESK_VERIFY_SQL(respond(id, m1, false));
    const auto again = respond(id, m1, true);
    QCOMPARE(again.sqlState(), u"AD001"_qs);
    QCOMPARE(offers(id), QStringList{off(m1, 1, u"declined"_qs)});
    // Unknown request: P0002; owners cannot answer.
    QCOMPARE(respond(987654, m1, true).sqlState(), u"P0002"_qs);
    QCOMPARE(respond(id, m1, true, newKey(), u"ownerA"_qs).sqlState(), u"42501"_qs);
}

void TstMatching::retriesWithTheSameKeyDoNothingTwice() {
    const qint64 m1 = mechanic(u"Remy Retry"_qs, u"M5V 1T1"_qs, true);
    const qint64 m2 = mechanic(u"Rosa Retry"_qs, u"M5V 2T2"_qs, true);
    QVERIFY(m1 && m2);
    QVERIFY(onlyAvailable({m1, m2}));
    const QString key = newKey();
    const QString json = u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\"}"_qs;
    const auto r1 = create(json, key);
    ADESK_VERIFY_SQL(r1);
    const qint64 id = r1.scalar().toLongLong();
    const int requests = m_db.scalar(u"SELECT count(*) FROM desk.session_requests"_qs).toInt();
    const int allOffers = m_db.scalar(u"SELECT count(*) FROM desk.request_offers"_qs).toInt();
    const auto r2 = create(json, key);
    ADESK_VERIFY_SQL(r2);
    QCOMPARE(r2.scalar().toLongLong(), id);
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.session_requests"_qs).toInt(), requests);
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.request_offers"_qs).toInt(), allOffers);

    const QString answer = newKey();
    ADESK_VERIFY_SQL(respond(id, m1, true, answer));
    const QString acceptedAt = field(id, u"accepted_at"_qs);
    const auto retry = respond(id, m1, true, answer);
    ADESK_VERIFY_SQL(retry);
    QCOMPARE(retry.scalar().toString(), u"accepted"_qs);
    QCOMPARE(field(id, u"accepted_at"_qs), acceptedAt);
    // A new key is a new answer: refused, the request is taken.
    const auto other = respond(id, m2, true);
    QCOMPARE(other.sqlState(), u"AD001"_qs);
    QCOMPARE(other.error.serverMessage, u"request %1 is already accepted"_qs.arg(id));
}

void TstMatching::concurrentSweepsDoNotDoubleOffer() {
    const qint64 sel = mechanic(u"Sol Sweep"_qs, u"M5V 1Y1"_qs, true);
    const qint64 m1 = mechanic(u"Sue Sweep"_qs, u"M5V 2Y2"_qs, true);
    const qint64 m2 = mechanic(u"Sid Sweep"_qs, u"M5V 3Y3"_qs, true);
    QVERIFY(sel && m1 && m2);
    QVERIFY(onlyAvailable({sel, m1, m2}));
    const qint64 id = createOk(
        u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\", \"selected_mechanic_id\": %1}"_qs.arg(
            sel));
    QVERIFY(id);
    ADESK_VERIFY_SQL(run(u"service"_qs, u"BEGIN"_qs));
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"BEGIN"_qs));
    const auto a = sweep(301, u"service"_qs);
    const auto b = sweep(301, u"admin"_qs); // the row is locked by the first: skipped
    ADESK_VERIFY_SQL(run(u"service"_qs, u"COMMIT"_qs));
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"COMMIT"_qs));
    ADESK_VERIFY_SQL(a);
    ADESK_VERIFY_SQL(b);
    QCOMPARE(a.rows.first(), (QVariantList{1, 0, 2, 0}));
    QCOMPARE(b.rows.first(), (QVariantList{0, 0, 0, 0}));
    const auto c = sweep(302, u"admin"_qs);
    ADESK_VERIFY_SQL(c);
    QCOMPARE(c.rows.first(), (QVariantList{0, 0, 0, 0}));
    QCOMPARE(offers(id).size(), 3);
    QCOMPARE(
        m_db.scalar(u"SELECT count(DISTINCT mechanic_id) FROM desk.request_offers WHERE request_id = ?"_qs,
                    {id})
            .toInt(),
        3);
    // Owners and finance do not sweep.
    QCOMPARE(sweep(1, u"ownerA"_qs).sqlState(), u"42501"_qs);
    QCOMPARE(sweep(1, u"finance"_qs).sqlState(), u"42501"_qs);
}

void TstMatching::expiry() {
    const qint64 m1 = mechanic(u"Xavier Expiry"_qs, u"M5V 1V1"_qs, true);
    QVERIFY(m1);
    QVERIFY(onlyAvailable({m1}));
    const qint64 id = createOk(u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\"}"_qs);
    QVERIFY(id);
    auto before = sweep(1799);
    ADESK_VERIFY_SQL(before);
    QCOMPARE(before.rows.first(), (QVariantList{0, 0, 0, 0}));
    auto after = sweep(1801);
    ADESK_VERIFY_SQL(after);
    QCOMPARE(after.rows.first(), (QVariantList{0, 0, 0, 1}));
    QCOMPARE(field(id, u"status"_qs), u"expired"_qs);
    QCOMPARE(offers(id), QStringList{off(m1, 1, u"timed_out"_qs)});
    const auto late = respond(id, m1, true);
    QCOMPARE(late.sqlState(), u"AD001"_qs);
    QCOMPARE(late.error.serverMessage, u"request %1 is already expired"_qs.arg(id));
}

void TstMatching::kpisOnPlantedRequests() {
    const qint64 m1 = mechanic(u"Kim Kpi"_qs, u"M5V 1W1"_qs, false);
    const qint64 m2 = mechanic(u"Ken Kpi"_qs, u"M5V 2W2"_qs, false);
    QVERIFY(m1 && m2);
    // Four requests two Toronto months ago (day 10, noon).
    const QString base = u"(date_trunc('month', now() AT TIME ZONE 'America/Toronto') - interval '2 months' "
                         "+ interval '9 days 12 hours') AT TIME ZONE 'America/Toronto'"_qs;
    struct Planted {
        QString status;
        QString fallback;
        int acceptSeconds;      // -1: not accepted
        int acceptedOfferOrder; // 1: the first-ranked offer accepted
        int points;
        bool local;
    };
    const QList<Planted> planted = {
        {u"accepted"_qs, {}, 60, 1, 130, true},
        {u"accepted"_qs, u"no_local_mechanic"_qs, 120, 2, 110, false},
        {u"accepted"_qs, {}, 300, 1, 140, true},
        {u"expired"_qs, u"selected_no_response"_qs, -1, 0, 0, false},
    };
    for (const Planted &p : planted) {
        const bool acc = p.acceptSeconds >= 0;
        const qint64 accepted = p.acceptedOfferOrder == 2 ? m2 : m1;
        const QVariant id = m_db.scalar(
            u"INSERT INTO desk.session_requests (request_key, session_type, customer_postal_code, status, "
            "fallback, fallback_at, accepted_mechanic_id, accepted_at, created_at) "
            "VALUES (gen_random_uuid(), 'chat', 'M5V 3L9', ?, ?, CASE WHEN ? THEN %1 END, ?, "
            "CASE WHEN ? THEN %1 + make_interval(secs => ?) END, %1) RETURNING id"_qs.arg(base),
            {p.status, p.fallback.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : p.fallback,
             !p.fallback.isEmpty(), acc ? QVariant(accepted) : QVariant(QMetaType(QMetaType::LongLong)), acc,
             acc ? p.acceptSeconds : 0});
        QVERIFY(id.isValid());
        for (int order = 1; order <= 2; ++order) {
            const qint64 mech = order == 1 ? m1 : m2;
            const bool isAccepted = acc && mech == accepted;
            QVERIFY(m_db.exec(
                u"INSERT INTO desk.request_offers (request_id, mechanic_id, wave, notify_order, "
                u"total_points, "
                "is_local, offered_at, response, responded_at) VALUES (?, ?, 1, ?, ?, ?, %1, ?, CASE WHEN ? "
                "THEN %1 END)"_qs.arg(base),
                {id, mech, order, isAccepted ? p.points : 90, isAccepted ? p.local : false,
                 isAccepted ? u"accepted"_qs : u"timed_out"_qs, true}));
        }
    }
    const auto r = run(u"admin"_qs,
                       u"SELECT month::text, requests, accepted, acceptance_pct::text, "
                       "top_match_pct::text, median_accept_seconds, p90_accept_seconds, fallback_pct::text, "
                       "local_match_pct::text, average_match_score::text FROM desk.kpi_matching(3)"_qs);
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.rows.size(), 3);
    const QVariantList &m = r.rows.first();
    QCOMPARE(
        m.at(0).toString(),
        m_db.scalar(
                u"SELECT (date_trunc('month', now() AT TIME ZONE 'America/Toronto') - interval '2 months')"
                "::date::text"_qs)
            .toString());
    QCOMPARE(m.at(1).toInt(), 4);
    QCOMPARE(m.at(2).toInt(), 3);
    QCOMPARE(m.at(3).toString(), u"75.0"_qs);  // 3 / 4
    QCOMPARE(m.at(4).toString(), u"66.7"_qs);  // 2 of the 3 by the first-ranked offer
    QCOMPARE(m.at(5).toInt(), 120);            // median of 60, 120, 300
    QCOMPARE(m.at(6).toInt(), 264);            // 120 + 0.8 × 180
    QCOMPARE(m.at(7).toString(), u"50.0"_qs);  // 2 / 4 with a fallback
    QCOMPARE(m.at(8).toString(), u"66.7"_qs);  // 2 of 3 local
    QCOMPARE(m.at(9).toString(), u"126.7"_qs); // (130 + 110 + 140) / 3
    // The month after: nothing planted, nothing to divide by.
    QCOMPARE(r.rows.at(1).at(1).toInt(), 0);
    QVERIFY(r.rows.at(1).at(3).isNull());
    // Admins only; a bounded period.
    for (const QString &who : {u"ownerA"_qs, u"finance"_qs, u"service"_qs})
        QCOMPARE(run(who, u"SELECT * FROM desk.kpi_matching(3)"_qs).sqlState(), u"42501"_qs);
    const auto bad = run(u"admin"_qs, u"SELECT * FROM desk.kpi_matching(0)"_qs);
    QCOMPARE(bad.sqlState(), u"22023"_qs);
    QCOMPARE(bad.error.serverMessage, u"a matching KPI period is 1 to 36 months"_qs);
    // Leave no accepted rows in the current month's way: they are two months back.
}

void TstMatching::setMatchingRule() {
    const QString key = newKey();
    const int audits =
        m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE action = 'matching_rule.set'"_qs).toInt();
    auto set = run(u"admin"_qs, u"SELECT desk.set_matching_rule(?::uuid, 'fsa_same_points', 45)"_qs, {key});
    ADESK_VERIFY_SQL(set);
    QCOMPARE(set.scalar().toInt(), 45);
    ADESK_VERIFY_SQL(
        run(u"admin"_qs, u"SELECT desk.set_matching_rule(?::uuid, 'fsa_same_points', 45)"_qs, {key}));
    QCOMPARE(m_db.scalar(u"SELECT value FROM desk.matching_rules WHERE code = 'fsa_same_points'"_qs).toInt(),
             45);
    QCOMPARE(
        m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE action = 'matching_rule.set'"_qs).toInt(),
        audits + 1);
    QCOMPARE(m_db.scalar(u"SELECT detail->>'old' || '>' || (detail->>'new') FROM desk.audit_log "
                         "WHERE action = 'matching_rule.set' ORDER BY id DESC LIMIT 1"_qs)
                 .toString(),
             u"40>45"_qs);
    struct Bound {
        QString code;
        int value;
        QString message;
    };
    const QList<Bound> bounds = {
        {u"fsa_same_points"_qs, 201, u"fsa_same_points must be between 0 and 200 points"_qs},
        {u"fsa_same_points"_qs, -1, u"fsa_same_points must be between 0 and 200 points"_qs},
        {u"local_radius_km"_qs, 0, u"local_radius_km must be between 1 and 2000 km"_qs},
        {u"local_radius_km"_qs, 2001, u"local_radius_km must be between 1 and 2000 km"_qs},
        {u"selected_window_seconds"_qs, 29,
         u"selected_window_seconds must be between 30 and 3600 seconds"_qs},
        {u"request_expiry_seconds"_qs, 3601,
         u"request_expiry_seconds must be between 30 and 3600 seconds"_qs},
        {u"broadcast_top_n"_qs, 0, u"broadcast_top_n must be between 1 and 100 count"_qs},
        {u"broadcast_top_n"_qs, 101, u"broadcast_top_n must be between 1 and 100 count"_qs},
    };
    for (const Bound &b : bounds) {
        const auto r = run(u"admin"_qs, u"SELECT desk.set_matching_rule(?, ?)"_qs, {b.code, b.value});
        QVERIFY2(!r.ok, qPrintable(b.code));
        QCOMPARE(r.sqlState(), u"22023"_qs);
        QCOMPARE(r.error.serverMessage, b.message);
    }
    // The edges are accepted.
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"SELECT desk.set_matching_rule('broadcast_top_n', 100)"_qs));
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"SELECT desk.set_matching_rule('broadcast_top_n', 10)"_qs));
    const auto unknown = run(u"admin"_qs, u"SELECT desk.set_matching_rule('nope', 1)"_qs);
    QCOMPARE(unknown.sqlState(), u"P0002"_qs);
    QCOMPARE(unknown.error.serverMessage, u"matching rule \"nope\" does not exist"_qs);
    for (const QString &who : {u"ownerA"_qs, u"finance"_qs, u"service"_qs}) {
        QCOMPARE(run(who, u"SELECT desk.set_matching_rule('fsa_same_points', 40)"_qs).sqlState(),
                 u"42501"_qs);
        QCOMPARE(run(who, u"SELECT desk.set_matching_rule(gen_random_uuid(), 'fsa_same_points', 40)"_qs)
                     .sqlState(),
                 u"42501"_qs);
    }
    QCOMPARE(m_db.scalar(u"SELECT value FROM desk.matching_rules WHERE code = 'fsa_same_points'"_qs).toInt(),
             45);
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"SELECT desk.set_matching_rule('fsa_same_points', 40)"_qs));
}

void TstMatching::visibility() {
    const qint64 mA = mechanic(u"Vic Visible"_qs, u"M5V 1X1"_qs, true, m_shopA);
    const qint64 mB = mechanic(u"Val Visible"_qs, u"M5V 2X2"_qs, true, m_shopB);
    QVERIFY(mA && mB);
    QVERIFY(onlyAvailable({mA, mB}));
    // forA: preferred A; forB: preferred B; servedA: a broadcast A's mechanic accepted.
    const qint64 forA =
        createOk(u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\", "
                 "\"preferred_workshop_id\": %1, \"routing_type\": \"workshop_only\"}"_qs.arg(m_shopA));
    const qint64 forB =
        createOk(u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\", "
                 "\"preferred_workshop_id\": %1, \"routing_type\": \"workshop_only\"}"_qs.arg(m_shopB));
    const qint64 servedA = createOk(u"{\"session_type\": \"chat\", \"postal_code\": \"M5V 3L9\", "
                                    "\"match_method\": \"broadcast\"}"_qs);
    QVERIFY(forA && forB && servedA);
    ADESK_VERIFY_SQL(respond(servedA, mA, true));
    const QString planted = u"{%1,%2,%3}"_qs.arg(forA).arg(forB).arg(servedA);
    auto ids = [&](const QString &who, const QString &sql) -> QString {
        const auto r = run(who, sql, {planted});
        if (!r.ok)
            return r.sqlState() == u"42501" ? u"DENIED"_qs : r.describe();
        QStringList out;
        for (const QVariant &v : r.column())
            out << v.toString();
        return out.join(u',');
    };
    const QString requests =
        u"SELECT id FROM desk.session_requests WHERE id = ANY (?::bigint[]) ORDER BY id"_qs;
    const QString offerRows =
        u"SELECT DISTINCT request_id FROM desk.request_offers WHERE request_id = ANY (?::bigint[]) ORDER BY 1"_qs;
    const QString all = u"%1,%2,%3"_qs.arg(forA).arg(forB).arg(servedA);
    const QString ofA = u"%1,%2"_qs.arg(forA).arg(servedA);
    const QString ofB = QString::number(forB);
    for (const QString &sql : {requests, offerRows}) {
        QCOMPARE(ids(u"admin"_qs, sql), all);
        QCOMPARE(ids(u"service"_qs, sql), all);
        QCOMPARE(ids(u"ownerA"_qs, sql), ofA);
        QCOMPARE(ids(u"ownerB"_qs, sql), ofB);
        QCOMPARE(ids(u"finance"_qs, sql), u"DENIED"_qs);
    }
    // The live monitor: the same split; never the customer's full postal code.
    const QString live = u"SELECT id FROM desk.live_requests() WHERE id = ANY (?::bigint[]) ORDER BY id"_qs;
    QCOMPARE(ids(u"admin"_qs, live), all);
    QCOMPARE(ids(u"ownerA"_qs, live), ofA);
    QCOMPARE(ids(u"ownerB"_qs, live), ofB);
    QCOMPARE(ids(u"finance"_qs, live), u"DENIED"_qs);
    QCOMPARE(ids(u"service"_qs, live), u"DENIED"_qs);
    const auto fsa = run(u"admin"_qs, u"SELECT fsa FROM desk.live_requests() WHERE id = ?"_qs, {forA});
    ADESK_VERIFY_SQL(fsa);
    QCOMPARE(fsa.scalar().toString(), u"M5V"_qs);
    // Offers of a request another workshop's owner may not see answer like a missing one.
    const auto hidden = run(u"ownerB"_qs, u"SELECT count(*) FROM desk.request_offers_of(?)"_qs, {forA});
    QCOMPARE(hidden.sqlState(), u"P0002"_qs);
    QCOMPARE(hidden.error.serverMessage, u"request %1 does not exist"_qs.arg(forA));
    const auto own = run(u"ownerA"_qs, u"SELECT mechanic_name FROM desk.request_offers_of(?)"_qs, {forA});
    ADESK_VERIFY_SQL(own);
    QCOMPARE(own.scalar().toString(), u"Vic Visible"_qs);
    QCOMPARE(run(u"finance"_qs, u"SELECT count(*) FROM desk.request_offers_of(?)"_qs, {forA}).sqlState(),
             u"42501"_qs);
    // matching_rules: admins, owners and the platform read them; finance does not.
    const QString rules = u"SELECT count(*) FROM desk.matching_rules WHERE code = ANY (?::text[])"_qs;
    auto ruleCount = [&](const QString &who) {
        const auto r = run(who, rules, {u"{broadcast_top_n,request_expiry_seconds}"_qs});
        return r.ok ? r.scalar().toString() : r.sqlState();
    };
    QCOMPARE(ruleCount(u"admin"_qs), u"2"_qs);
    QCOMPARE(ruleCount(u"ownerA"_qs), u"2"_qs);
    QCOMPARE(ruleCount(u"service"_qs), u"2"_qs);
    QCOMPARE(ruleCount(u"finance"_qs), u"42501"_qs);
    // customer_favourites: the platform's alone.
    const qint64 customer =
        m_db.scalar(
                u"INSERT INTO desk.profiles (full_name, role) VALUES ('Cleo Customer', 'customer') RETURNING id"_qs)
            .toLongLong();
    QVERIFY(customer);
    ADESK_VERIFY_SQL(
        run(u"service"_qs,
            u"INSERT INTO desk.customer_favourites (customer_profile_id, mechanic_id) VALUES (?, ?)"_qs,
            {customer, mA}));
    const QString favs = u"SELECT count(*) FROM desk.customer_favourites WHERE customer_profile_id = ?"_qs;
    QCOMPARE(run(u"service"_qs, favs, {customer}).scalar().toInt(), 1);
    for (const QString &who : {u"admin"_qs, u"ownerA"_qs, u"finance"_qs})
        QCOMPARE(run(who, favs, {customer}).sqlState(), u"42501"_qs);
    // Nobody but the functions write the requests and offers.
    for (const QString &who : {u"admin"_qs, u"ownerA"_qs, u"service"_qs}) {
        QCOMPARE(run(who, u"UPDATE desk.session_requests SET status = 'cancelled' WHERE id = ?"_qs, {forA})
                     .sqlState(),
                 u"42501"_qs);
        QCOMPARE(run(who, u"DELETE FROM desk.request_offers WHERE request_id = ?"_qs, {forA}).sqlState(),
                 u"42501"_qs);
    }
}

QTEST_GUILESS_MAIN(TstMatching)
#include "tst_matching.moc"
