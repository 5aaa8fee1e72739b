// Smart routing (issue 16, migration 0024) against a real PostgreSQL, as the LOGIN roles that call it:
// planted mechanics and postal codes with ranks worked out by hand (every FSA rule: same FSA 40 / 3 km,
// first two characters 25 / 15 km, first letter 10 / 50 km, nothing 0 / 999 km; local within 20 km),
// brand specialist and keyword points, favourites (a stored request, desk.why_matched), each routing
// type (workshop_only, hybrid's two waves, broadcast, a smart broadcast cut to the top 2), each
// fallback, the owners' routing setting (keyed: once changed, once audited), the directory and the
// per-month analytics, and who may call what (another workshop's id answers as a missing one;
// finance is refused everything).

#include "tests/support/route0023.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QTest>

using namespace adesk;

namespace {

struct Row {
    QString name;
    int order = 0;
    int wave = 0;
    bool notified = false;
    bool inWorkshop = false;
    int total = 0;
    int fsa = 0;
    int km = 0;
    bool local = false;
    int brand = 0;
    int keyword = 0;
    int favourite = 0;
    QString reasons;
    QString fallback;
    bool accepted = false;
};

const QString kColumns = QStringLiteral(
    "display_name, notify_order, wave, notified, in_workshop, total_points, fsa_points, distance_km, "
    "is_local, "
    "brand_points, keyword_points, favourite_points, array_to_string(reasons, ','), coalesce(fallback, ''), "
    "accepted");

QList<Row> rowsOf(const TestDatabase::SqlResult &r) {
    QList<Row> out;
    for (const QVariantList &v : r.rows) {
        Row x;
        x.name = v[0].toString();
        x.order = v[1].toInt();
        x.wave = v[2].toInt();
        x.notified = v[3].toBool();
        x.inWorkshop = v[4].toBool();
        x.total = v[5].toInt();
        x.fsa = v[6].toInt();
        x.km = v[7].toInt();
        x.local = v[8].toBool();
        x.brand = v[9].toInt();
        x.keyword = v[10].toInt();
        x.favourite = v[11].toInt();
        x.reasons = v[12].toString();
        x.fallback = v[13].toString();
        x.accepted = v[14].toBool();
        out << x;
    }
    return out;
}

QString joined(const QVariantList &row) {
    QStringList cells;
    for (const QVariant &v : row)
        cells << (v.isNull() ? u"NULL"_qs : v.toString());
    return cells.join(u'|');
}

QStringList names(const QList<Row> &rows) {
    QStringList out;
    for (const Row &r : rows)
        out << r.name;
    return out;
}

const Row &find(const QList<Row> &rows, const QString &name) {
    static const Row none;
    for (const Row &r : rows) {
        if (r.name == name)
            return r;
    }
    return none;
}

// Tuesday 4 March 2031, 10:00 and 03:00 in Toronto: workshop A is open 07:00–19:00.
const QString kOpen = QStringLiteral("2031-03-04 10:00-05");
const QString kClosed = QStringLiteral("2031-03-04 03:00-05");
const QString kCustomer = QStringLiteral("M5V 3L9");

} // namespace

class TstRouting : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void everyFsaRuleAndDistance();
    void brandAndKeywordPoints();
    void workshopOnlyKeepsTheWorkshops();
    void hybridHasTwoWaves();
    void broadcastAndTheWorkshopDefault();
    void smartBroadcastNotifiesTheTopN();
    void workshopUnavailableFallback();
    void preferLocalAndNoLocalFallbacks();
    void whyMatchedAStoredRequest();
    void badArgumentsAreExplained();
    void anotherWorkshopAnswersAsAMissingOne();
    void financeIsRefusedEverything();
    void directory();
    void analyticsPerMonth();
    void routingSettingIsKeyedAndAudited();
    void routeMatchesItsDefinitionUnderEveryRuleSet(); // last: it plants more mechanics

private:
    QSqlDatabase as(const QString &who) const { return QSqlDatabase::database(u"rt_"_qs + who, false); }
    TestDatabase::SqlResult run(const QString &who, const QString &sql,
                                const QVariantList &binds = {}) const {
        return TestDatabase::run(as(who), sql, binds);
    }
    qint64 plant(const QString &name, qint64 workshop, const QString &postal, bool available, int ratingBp,
                 int years, const QString &brands, const QString &keywords);
    TestDatabase::SqlResult preview(const QString &who, const QVariant &workshop, const QVariant &routing,
                                    const QString &at = kOpen, const QString &postal = kCustomer,
                                    const QString &brand = QString(), bool specialist = false,
                                    const QString &keywords = u"{}"_qs, bool preferLocal = false,
                                    const QString &method = u"broadcast"_qs,
                                    const QString &category = QString()) const;
    qint64 request(const QString &created, const QString &status, qint64 accepted, qint64 servedBy,
                   int seconds, qint64 preferred, const QString &extra = QString());

    TestDatabase m_db;
    QHash<QString, QString> m_roles;
    qint64 m_shopA = 0, m_shopB = 0;
    qint64 m_alma = 0, m_bert = 0, m_cleo = 0, m_dan = 0, m_eve = 0, m_finn = 0;
};

qint64 TstRouting::plant(const QString &name, qint64 workshop, const QString &postal, bool available,
                         int ratingBp, int years, const QString &brands, const QString &keywords) {
    const qint64 id = m_db.insertMechanic(name, workshop);
    if (!id)
        return 0;
    const bool ok =
        m_db.exec(u"UPDATE desk.mechanics SET postal_code = ?, province = 'ON', is_available = ?, "
                  "rating_bp = nullif(?, 0), years_experience = ?, brand_specializations = ?::text[], "
                  "service_keywords = ?::text[], compliance_status = 'approved' WHERE id = ?"_qs,
                  {postal, available, ratingBp, years, brands, keywords, id});
    return ok ? id : 0;
}

TestDatabase::SqlResult TstRouting::preview(const QString &who, const QVariant &workshop,
                                            const QVariant &routing, const QString &at, const QString &postal,
                                            const QString &brand, bool specialist, const QString &keywords,
                                            bool preferLocal, const QString &method,
                                            const QString &category) const {
    return run(
        who,
        u"SELECT %1 FROM desk.get_mechanics_for_routing(?::bigint, ?::text, 'video', ?::text, ?::text, "
        "?::timestamptz, ?::text, ?::boolean, ?::text[], ?::boolean, ?::text)"_qs.arg(kColumns),
        {workshop, routing, category.isEmpty() ? QVariant() : category, postal, at,
         brand.isEmpty() ? QVariant() : brand, specialist, keywords, preferLocal, method});
}

qint64 TstRouting::request(const QString &created, const QString &status, qint64 accepted, qint64 servedBy,
                           int seconds, qint64 preferred, const QString &extra) {
    // created: an SQL expression of the request's instant.
    return m_db
        .scalar(
            u"INSERT INTO desk.session_requests (request_key, session_type, customer_postal_code, "
            "prefer_local, preferred_workshop_id, routing_type, status, accepted_mechanic_id, accepted_at, "
            "workshop_id, created_at) VALUES (gen_random_uuid(), 'video', 'M5V 3L9', false, ?, 'hybrid', ?, "
            "nullif(?, 0), CASE WHEN ? > 0 THEN (%1) + make_interval(secs => ?) END, nullif(?, 0), (%1)) "
            "RETURNING id"_qs.arg(created) +
                extra,
            {preferred, status, accepted, accepted, seconds, servedBy})
        .toLongLong();
}

void TstRouting::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shopA = m_db.insertWorkshop(u"Garage Alpha"_qs, u"ON"_qs);
    m_shopB = m_db.insertWorkshop(u"Garage Beta"_qs, u"ON"_qs);
    QVERIFY(m_shopA && m_shopB);
    QVERIFY(m_db.exec(u"UPDATE desk.organizations SET time_zone = 'America/Toronto', default_routing_type = "
                      "'hybrid'"_qs));
    QVERIFY(m_db.exec(u"INSERT INTO desk.workshop_hours (workshop_id, weekday, opens_at, closes_at) "
                      "SELECT w, d, '07:00', '19:00' FROM generate_series(1, 7) d, unnest(?::bigint[]) w"_qs,
                      {u"{%1,%2}"_qs.arg(m_shopA).arg(m_shopB)}));
    // Customer at M5V 3L9. Scores (no brand, no keyword asked; available 30, rating 4 per star
    // rounded down, 1 per year):
    //   Alma (A) M5V: same FSA 40 + available 30                         = 70
    //   Eve       M5V: 40 + rating 4.7 → 18 + 8 years                      = 66 (not available)
    //   Bert (B)  M5A: first two characters 25 + available 30             = 55
    //   Finn (A)  M5V: 40                                                  = 40 (not available; before Cleo:
    //             the tie goes to the faster average response, 120 s against 180 s)
    //   Cleo      M4B: first letter 10 + available 30                      = 40
    //   Dan       K1A: nothing 0 + available 30                            = 30
    m_alma = plant(u"Alma"_qs, m_shopA, u"M5V 1A1"_qs, true, 0, 0, u"{}"_qs, u"{}"_qs);
    m_bert = plant(u"Bert"_qs, m_shopB, u"M5A 1A1"_qs, true, 0, 0, u"{}"_qs, u"{}"_qs);
    m_cleo = plant(u"Cleo"_qs, 0, u"M4B 1A1"_qs, true, 0, 0, u"{}"_qs, u"{}"_qs);
    m_dan = plant(u"Dan"_qs, 0, u"K1A 0B1"_qs, true, 0, 0, u"{Toyota}"_qs, u"{}"_qs);
    m_eve = plant(u"Eve"_qs, 0, u"M5V 2B2"_qs, false, 47000, 8, u"{BMW}"_qs, u"{brakes,Suspension}"_qs);
    m_finn = plant(u"Finn"_qs, m_shopA, u"M5V 3A3"_qs, false, 0, 0, u"{}"_qs, u"{}"_qs);
    QVERIFY(m_alma && m_bert && m_cleo && m_dan && m_eve && m_finn);
    QVERIFY(
        m_db.exec(u"UPDATE desk.mechanics SET average_response_seconds = CASE id WHEN ? THEN 60 ELSE 120 END "
                  "WHERE workshop_id = ?"_qs,
                  {m_alma, m_shopA}));

    const QList<std::tuple<QString, QString, QList<qint64>>> logins = {
        {u"admin"_qs, u"adesk_platform_admin"_qs, {}},
        {u"finance"_qs, u"adesk_finance"_qs, {}},
        {u"service"_qs, u"adesk_platform_service"_qs, {}},
        {u"ownerA"_qs, u"adesk_workshop_owner"_qs, {m_shopA}},
        {u"ownerB"_qs, u"adesk_workshop_owner"_qs, {m_shopB}},
    };
    for (const auto &[who, group, shops] : logins) {
        const QString role = m_db.roleName(u"rt"_qs + who);
        QVERIFY(m_db.createLogin(role, group, who, shops));
        m_roles.insert(who, role);
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), u"rt_"_qs + who);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }
}

void TstRouting::cleanupTestCase() {
    for (const QString &who : m_roles.keys())
        TestDatabase::closeConnection(u"rt_"_qs + who);
}

void TstRouting::everyFsaRuleAndDistance() {
    const auto r = preview(u"admin"_qs, QVariant(), u"broadcast"_qs);
    ADESK_VERIFY_SQL(r);
    const QList<Row> rows = rowsOf(r);
    QCOMPARE(names(rows),
             (QStringList{u"Alma"_qs, u"Eve"_qs, u"Bert"_qs, u"Finn"_qs, u"Cleo"_qs, u"Dan"_qs}));
    const QList<std::tuple<QString, int, int, int, bool, bool, QString>> expected = {
        {u"Alma"_qs, 70, 40, 3, true, true, u"same_fsa:M5V,available"_qs},
        {u"Eve"_qs, 66, 40, 3, true, false, u"same_fsa:M5V,rating:47,experience:8"_qs},
        {u"Bert"_qs, 55, 25, 15, true, true, u"nearby:15,available"_qs},
        {u"Cleo"_qs, 40, 10, 50, false, true, u"same_province:M,available"_qs},
        {u"Finn"_qs, 40, 40, 3, true, false, u"same_fsa:M5V"_qs},
        {u"Dan"_qs, 30, 0, 999, false, true, u"available"_qs},
    };
    for (const auto &[name, total, fsa, km, local, notified, reasons] : expected) {
        const Row &x = find(rows, name);
        QCOMPARE(x.total, total);
        QCOMPARE(x.fsa, fsa);
        QCOMPARE(x.km, km);
        QCOMPARE(x.local, local);
        QCOMPARE(x.notified, notified); // broadcast: every available mechanic
        QCOMPARE(x.reasons, reasons);
        QCOMPARE(x.wave, 1);
        QCOMPARE(x.fallback, QString());
    }
    // The order is the notification order 1..6.
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(rows[i].order, i + 1);
}

void TstRouting::brandAndKeywordPoints() {
    // BMW and "Brakes" (case-insensitive) plus the service category "suspension" as a keyword: Eve
    // gains 30 + 2 × 10 = 50 → 116, first.
    const auto r = preview(u"service"_qs, QVariant(), u"broadcast"_qs, kOpen, kCustomer, u"BMW"_qs, false,
                           u"{Brakes}"_qs, false, u"broadcast"_qs, u"suspension"_qs);
    ADESK_VERIFY_SQL(r);
    const QList<Row> rows = rowsOf(r);
    QCOMPARE(rows.first().name, u"Eve"_qs);
    QCOMPARE(rows.first().total, 116);
    QCOMPARE(rows.first().brand, 30);
    QCOMPARE(rows.first().keyword, 20);
    QCOMPARE(
        rows.first().reasons,
        u"same_fsa:M5V,brand_specialist:BMW,rating:47,experience:8,keyword:brakes,keyword:suspension"_qs);
    QCOMPARE(find(rows, u"Alma"_qs).brand, 0);
    QCOMPARE(find(rows, u"Alma"_qs).keyword, 0);
}

void TstRouting::workshopOnlyKeepsTheWorkshops() {
    const auto r = preview(u"ownerA"_qs, m_shopA, u"workshop_only"_qs, kOpen, kCustomer, QString(), false,
                           u"{}"_qs, false, u"smart_broadcast"_qs);
    ADESK_VERIFY_SQL(r);
    const QList<Row> rows = rowsOf(r);
    QCOMPARE(names(rows), (QStringList{u"Alma"_qs, u"Finn"_qs}));
    QVERIFY(rows[0].notified && rows[0].inWorkshop);
    QVERIFY(!rows[1].notified && rows[1].inWorkshop); // not available
    QCOMPARE(rows[0].fallback, QString());
}

void TstRouting::hybridHasTwoWaves() {
    const auto r = preview(u"ownerA"_qs, m_shopA, u"hybrid"_qs, kOpen, kCustomer, QString(), false, u"{}"_qs,
                           false, u"smart_broadcast"_qs);
    ADESK_VERIFY_SQL(r);
    const QList<Row> rows = rowsOf(r);
    QCOMPARE(names(rows),
             (QStringList{u"Alma"_qs, u"Finn"_qs, u"Eve"_qs, u"Bert"_qs, u"Cleo"_qs, u"Dan"_qs}));
    QCOMPARE(rows[0].wave, 1);
    QCOMPARE(rows[1].wave, 1);
    for (int i = 2; i < rows.size(); ++i) {
        QCOMPARE(rows[i].wave, 2);
        QVERIFY(!rows[i].inWorkshop);
    }
    QVERIFY(find(rows, u"Bert"_qs).notified);
    QVERIFY(!find(rows, u"Eve"_qs).notified);
}

void TstRouting::broadcastAndTheWorkshopDefault() {
    auto r = preview(u"admin"_qs, m_shopA, u"broadcast"_qs);
    ADESK_VERIFY_SQL(r);
    QList<Row> rows = rowsOf(r);
    QCOMPARE(names(rows),
             (QStringList{u"Alma"_qs, u"Eve"_qs, u"Bert"_qs, u"Finn"_qs, u"Cleo"_qs, u"Dan"_qs}));
    for (const Row &x : rows)
        QCOMPARE(x.wave, 1);
    QVERIFY(find(rows, u"Finn"_qs).inWorkshop);
    QVERIFY(!find(rows, u"Bert"_qs).inWorkshop);
    // NULL routing type: the workshop's default (hybrid).
    r = run(u"ownerA"_qs,
            u"SELECT DISTINCT routing_type FROM desk.get_mechanics_for_routing(?, NULL, 'chat', NULL, NULL, "
            u"NULL, "
            "NULL, false, NULL, false, NULL)"_qs,
            {m_shopA});
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.column(), QVariantList{u"hybrid"_qs});
}

void TstRouting::smartBroadcastNotifiesTheTopN() {
    QVERIFY(m_db.exec(u"UPDATE desk.matching_rules SET value = 2 WHERE code = 'broadcast_top_n'"_qs));
    const auto r = preview(u"admin"_qs, QVariant(), u"broadcast"_qs, kOpen, kCustomer, QString(), false,
                           u"{}"_qs, false, u"smart_broadcast"_qs);
    QVERIFY(m_db.exec(u"UPDATE desk.matching_rules SET value = 10 WHERE code = 'broadcast_top_n'"_qs));
    ADESK_VERIFY_SQL(r);
    const QList<Row> rows = rowsOf(r);
    // Available, by rank: Alma, Bert, Cleo, Dan; the top 2 are notified.
    QStringList notified;
    for (const Row &x : rows) {
        if (x.notified)
            notified << x.name;
    }
    QCOMPARE(notified, (QStringList{u"Alma"_qs, u"Bert"_qs}));
    QCOMPARE(rows.size(), 6);
}

void TstRouting::workshopUnavailableFallback() {
    auto r = preview(u"ownerA"_qs, m_shopA, u"hybrid"_qs, kClosed, kCustomer, QString(), false, u"{}"_qs,
                     false, u"smart_broadcast"_qs);
    ADESK_VERIFY_SQL(r);
    QList<Row> rows = rowsOf(r);
    QCOMPARE(rows.first().fallback, u"workshop_unavailable"_qs);
    QVERIFY(!find(rows, u"Alma"_qs).notified); // the workshop is closed at 03:00
    QVERIFY(find(rows, u"Bert"_qs).notified);  // the second wave goes at once
    r = preview(u"ownerA"_qs, m_shopA, u"workshop_only"_qs, kClosed, kCustomer, QString(), false, u"{}"_qs,
                false, u"smart_broadcast"_qs);
    ADESK_VERIFY_SQL(r);
    rows = rowsOf(r);
    QCOMPARE(names(rows), (QStringList{u"Alma"_qs, u"Finn"_qs}));
    for (const Row &x : rows) {
        QVERIFY(!x.notified);
        QCOMPARE(x.fallback, u"workshop_unavailable"_qs);
    }
}

void TstRouting::preferLocalAndNoLocalFallbacks() {
    // Local mechanics exist: the non-local ones (Cleo 50 km, Dan 999 km) are dropped.
    auto r =
        preview(u"admin"_qs, QVariant(), u"broadcast"_qs, kOpen, kCustomer, QString(), false, u"{}"_qs, true);
    ADESK_VERIFY_SQL(r);
    QList<Row> rows = rowsOf(r);
    QCOMPARE(names(rows), (QStringList{u"Alma"_qs, u"Eve"_qs, u"Bert"_qs, u"Finn"_qs}));
    QCOMPARE(rows.first().fallback, QString());
    // Vancouver: nobody is local; everyone is kept.
    r = preview(u"admin"_qs, QVariant(), u"broadcast"_qs, kOpen, u"V6B 1A1"_qs, QString(), false, u"{}"_qs,
                true);
    ADESK_VERIFY_SQL(r);
    rows = rowsOf(r);
    QCOMPARE(rows.size(), 6);
    QCOMPARE(rows.first().fallback, u"no_local_mechanic"_qs);
    // A Toyota specialist asked for: Dan is one, 999 km away; kept, with the fallback.
    r = preview(u"admin"_qs, QVariant(), u"broadcast"_qs, kOpen, kCustomer, u"Toyota"_qs, true, u"{}"_qs,
                true);
    ADESK_VERIFY_SQL(r);
    rows = rowsOf(r);
    QCOMPARE(names(rows), (QStringList{u"Alma"_qs, u"Eve"_qs, u"Dan"_qs, u"Bert"_qs, u"Finn"_qs}));
    QCOMPARE(find(rows, u"Dan"_qs).brand, 30);
    QCOMPARE(rows.first().fallback, u"no_brand_specialist_local"_qs);
}

void TstRouting::whyMatchedAStoredRequest() {
    // A customer whose favourite is Bert; priority broadcast for workshop A; Bert accepted.
    const qint64 customer =
        m_db.scalar(
                u"INSERT INTO desk.profiles (full_name, role) VALUES ('Customer', 'customer') RETURNING id"_qs)
            .toLongLong();
    QVERIFY(customer);
    QVERIFY(
        m_db.exec(u"INSERT INTO desk.customer_favourites (customer_profile_id, mechanic_id) VALUES (?, ?)"_qs,
                  {customer, m_bert}));
    const qint64 id =
        request(u"'2031-03-04 10:00-05'::timestamptz"_qs, u"accepted"_qs, m_bert, m_shopB, 90, m_shopA);
    QVERIFY(id);
    QVERIFY(m_db.exec(u"UPDATE desk.session_requests SET customer_profile_id = ?, match_method = "
                      "'priority_broadcast', favourite_mechanic_id = ? WHERE id = ?"_qs,
                      {customer, m_bert, id}));
    for (const QString &who : {u"admin"_qs, u"service"_qs, u"ownerA"_qs, u"ownerB"_qs}) {
        const auto r = run(who, u"SELECT %1 FROM desk.why_matched(?)"_qs.arg(kColumns), {id});
        ADESK_VERIFY_SQL(r);
        const QList<Row> rows = rowsOf(r);
        QCOMPARE(names(rows),
                 (QStringList{u"Bert"_qs, u"Alma"_qs, u"Finn"_qs, u"Eve"_qs, u"Cleo"_qs, u"Dan"_qs}));
        QCOMPARE(rows[0].wave, 0);
        QVERIFY(rows[0].notified);
        QVERIFY(rows[0].accepted);
        QCOMPARE(rows[0].favourite, 50);
        QCOMPARE(rows[0].total, 105);
        QVERIFY(rows[0].reasons.startsWith(u"favourite,"_qs));
        QVERIFY(!rows[1].accepted);
        QCOMPARE(rows[1].wave, 1);
        QCOMPARE(rows[3].wave, 2);
    }
    // A request of workshop B alone: owner A is answered as for a missing request.
    const qint64 other = request(u"'2031-03-04 10:00-05'::timestamptz"_qs, u"pending"_qs, 0, 0, 0, m_shopB);
    QVERIFY(other);
    const auto hidden = run(u"ownerA"_qs, u"SELECT * FROM desk.why_matched(?)"_qs, {other});
    const auto missing = run(u"ownerA"_qs, u"SELECT * FROM desk.why_matched(?)"_qs, {other + 100000});
    QVERIFY(!hidden.ok && !missing.ok);
    QCOMPARE(hidden.sqlState(), u"P0002"_qs);
    QCOMPARE(hidden.sqlState(), missing.sqlState());
    QString a = hidden.error.serverMessage, b = missing.error.serverMessage;
    QCOMPARE(a.replace(QString::number(other), u"<id>"_qs),
             b.replace(QString::number(other + 100000), u"<id>"_qs));
    QVERIFY(m_db.exec(u"DELETE FROM desk.session_requests"_qs));
}

void TstRouting::badArgumentsAreExplained() {
    auto r = preview(u"admin"_qs, QVariant(), u"broadcast"_qs, kOpen, u"D1A 1A1"_qs);
    QVERIFY(!r.ok);
    QCOMPARE(r.sqlState(), u"22023"_qs);
    QVERIFY2(r.error.serverMessage.contains(u"invalid postal code"_qs), qPrintable(r.describe()));
    // Written without the space, lower case: accepted.
    ADESK_VERIFY_SQL(preview(u"admin"_qs, QVariant(), u"broadcast"_qs, kOpen, u"m5v3l9"_qs));
    r = preview(u"admin"_qs, m_shopA, u"everyone"_qs);
    QCOMPARE(r.sqlState(), u"22023"_qs);
    QVERIFY2(r.error.serverMessage.contains(u"unknown routing type"_qs), qPrintable(r.describe()));
    r = preview(u"admin"_qs, QVariant(), u"hybrid"_qs);
    QCOMPARE(r.sqlState(), u"22023"_qs);
    r = preview(u"admin"_qs, m_shopA, u"hybrid"_qs, kOpen, kCustomer, QString(), false, u"{}"_qs, false,
                u"selected"_qs);
    QCOMPARE(r.sqlState(), u"22023"_qs);
    r = preview(u"ownerA"_qs, QVariant(), u"broadcast"_qs);
    QCOMPARE(r.sqlState(), u"22023"_qs);
    QVERIFY2(r.error.serverMessage.contains(u"choose one of your workshops"_qs), qPrintable(r.describe()));
}

void TstRouting::anotherWorkshopAnswersAsAMissingOne() {
    const qint64 missingId = m_shopB + 1000;
    const QStringList calls = {
        u"SELECT count(*) FROM desk.get_mechanics_for_routing(?, 'hybrid', 'video', NULL, NULL, NULL, NULL, "
        "false, NULL, false, NULL)"_qs,
        u"SELECT count(*) FROM desk.workshop_session_analytics(?, 3)"_qs,
        u"SELECT desk.set_workshop_routing(?, 'broadcast')"_qs,
        u"SELECT desk.set_workshop_routing(gen_random_uuid(), ?, 'broadcast')"_qs,
    };
    for (const QString &sql : calls) {
        const auto other = run(u"ownerA"_qs, sql, {m_shopB});
        const auto missing = run(u"ownerA"_qs, sql, {missingId});
        QVERIFY2(!other.ok && !missing.ok, qPrintable(sql));
        QCOMPARE(other.sqlState(), u"P0002"_qs);
        QCOMPARE(other.sqlState(), missing.sqlState());
        QString a = other.error.serverMessage, b = missing.error.serverMessage;
        QCOMPARE(a.replace(QString::number(m_shopB), u"<id>"_qs),
                 b.replace(QString::number(missingId), u"<id>"_qs));
        QCOMPARE(other.error.detail, missing.error.detail);
    }
    // Owner A's own workshop works.
    ADESK_VERIFY_SQL(
        run(u"ownerA"_qs, u"SELECT count(*) FROM desk.workshop_session_analytics(?, 3)"_qs, {m_shopA}));
}

void TstRouting::financeIsRefusedEverything() {
    const QStringList calls = {
        u"SELECT * FROM desk.get_mechanics_for_routing(NULL, 'broadcast', 'video', NULL, NULL, NULL, NULL, "
        u"false, "
        "NULL, false, NULL)"_qs,
        u"SELECT * FROM desk.why_matched(1)"_qs,
        u"SELECT desk.set_workshop_routing(%1, 'broadcast')"_qs.arg(m_shopA),
        u"SELECT desk.set_workshop_routing(gen_random_uuid(), %1, 'broadcast')"_qs.arg(m_shopA),
        u"SELECT * FROM desk.get_workshop_directory(10, 0)"_qs,
        u"SELECT * FROM desk.workshop_session_analytics(%1, 3)"_qs.arg(m_shopA),
    };
    for (const QString &sql : calls) {
        const auto r = run(u"finance"_qs, sql);
        QVERIFY2(!r.ok, qPrintable(sql));
        QCOMPARE(r.sqlState(), u"42501"_qs);
    }
    // Admins may not change a workshop's routing (they read it in the directory).
    const auto r = run(u"admin"_qs, u"SELECT desk.set_workshop_routing(?, 'broadcast')"_qs, {m_shopA});
    QCOMPARE(r.sqlState(), u"42501"_qs);
}

void TstRouting::directory() {
    // Two completed sessions and a cancelled one at A.
    for (const QString &status : {u"completed"_qs, u"completed"_qs, u"cancelled"_qs})
        QVERIFY(m_db.exec(
            u"INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, workshop_id, status, "
            "completed_at) VALUES ('video', 5000, ?, ?, ?, date_trunc('month', now() AT TIME ZONE "
            "'America/Toronto') - interval '1 month' + interval '14 days 12 hours')"_qs,
            {m_alma, m_shopA, status}));
    for (const QString &who : {u"admin"_qs, u"ownerB"_qs, u"service"_qs}) {
        const auto r = run(
            who, u"SELECT name, city IS NOT NULL, province, routing_type, mechanics, available_mechanics, "
                 "average_rating_bp, sessions_completed, average_response_seconds "
                 "FROM desk.get_workshop_directory(50, 0)"_qs);
        ADESK_VERIFY_SQL(r);
        QCOMPARE(r.rows.size(), 2);
        // Alpha: Alma (available, 60 s) and Finn (120 s): 2 mechanics, 1 available, no rating, 90 s.
        QCOMPARE(joined(r.rows[0]), u"Garage Alpha|true|ON|hybrid|2|1|NULL|2|90"_qs);
        QCOMPARE(r.rows[1][0], QVariant(u"Garage Beta"_qs));
        QCOMPARE(r.rows[1][4].toInt(), 1);
        QCOMPARE(r.rows[1][7].toInt(), 0);
    }
    const auto paged = run(u"admin"_qs, u"SELECT name FROM desk.get_workshop_directory(1, 1)"_qs);
    ADESK_VERIFY_SQL(paged);
    QCOMPARE(paged.column(), QVariantList{u"Garage Beta"_qs});
    QCOMPARE(run(u"admin"_qs, u"SELECT * FROM desk.get_workshop_directory(0, 0)"_qs).sqlState(), u"22023"_qs);
}

void TstRouting::analyticsPerMonth() {
    // Last month (Toronto): accepted by Alma (A's own) in 60 s, by Bert (served by B) in 180 s, one
    // expired; the month before: accepted by Alma in 30 s. Sessions: the two completed of directory().
    const QString lastMonth =
        u"(date_trunc('month', now() AT TIME ZONE 'America/Toronto') - interval '1 month' "
        "+ interval '10 days 09:00') AT TIME ZONE 'America/Toronto'"_qs;
    const QString twoAgo =
        u"(date_trunc('month', now() AT TIME ZONE 'America/Toronto') - interval '2 months' "
        "+ interval '3 days 09:00') AT TIME ZONE 'America/Toronto'"_qs;
    QVERIFY(request(lastMonth, u"accepted"_qs, m_alma, m_shopA, 60, m_shopA));
    QVERIFY(request(lastMonth, u"accepted"_qs, m_bert, m_shopB, 180, m_shopA));
    QVERIFY(request(lastMonth, u"expired"_qs, 0, 0, 0, m_shopA));
    QVERIFY(request(twoAgo, u"accepted"_qs, m_alma, m_shopA, 30, m_shopA));
    QVERIFY(request(lastMonth, u"accepted"_qs, m_bert, m_shopB, 10, m_shopB)); // B's: not A's
    for (const QString &who : {u"admin"_qs, u"ownerA"_qs}) {
        const auto r =
            run(who,
                u"SELECT month = (date_trunc('month', now() AT TIME ZONE 'America/Toronto') "
                "- make_interval(months => 2 - (row_number() OVER (ORDER BY month))::int + 1))::date, "
                "requests, accepted_by_workshop, served_elsewhere, sessions_completed, "
                "median_accept_seconds FROM desk.workshop_session_analytics(?, 3)"_qs,
                {m_shopA});
        ADESK_VERIFY_SQL(r);
        QCOMPARE(r.rows.size(), 3);
        QCOMPARE(joined(r.rows[0]), u"true|1|1|0|0|30"_qs);
        QCOMPARE(joined(r.rows[1]), u"true|3|1|1|2|120"_qs);
        QCOMPARE(joined(r.rows[2]), u"true|0|0|0|0|NULL"_qs);
    }
    QCOMPARE(
        run(u"admin"_qs, u"SELECT * FROM desk.workshop_session_analytics(?, 0)"_qs, {m_shopA}).sqlState(),
        u"22023"_qs);
}

void TstRouting::routingSettingIsKeyedAndAudited() {
    const QString key = u"6c1c9d34-51a8-4c7e-9a57-0b0b3f2b7a11"_qs;
    for (int i = 0; i < 2; ++i) {
        const auto r = run(u"ownerA"_qs, u"SELECT desk.set_workshop_routing(?::uuid, ?, 'workshop_only')"_qs,
                           {key, m_shopA});
        ADESK_VERIFY_SQL(r);
        QCOMPARE(r.scalar().toString(), u"workshop_only"_qs);
    }
    QCOMPARE(m_db.scalar(u"SELECT default_routing_type FROM desk.organizations WHERE id = ?"_qs, {m_shopA}),
             QVariant(u"workshop_only"_qs));
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE action = 'workshop.routing_type' "
                         "AND row_id = ? AND detail = '{\"from\": \"hybrid\", \"to\": \"workshop_only\"}'"_qs,
                         {m_shopA})
                 .toInt(),
             1);
    // Setting the same type again changes nothing and audits nothing.
    ADESK_VERIFY_SQL(
        run(u"ownerA"_qs, u"SELECT desk.set_workshop_routing(?, 'workshop_only')"_qs, {m_shopA}));
    QCOMPARE(
        m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE action = 'workshop.routing_type'"_qs).toInt(),
        1);
    const auto bad = run(u"ownerA"_qs, u"SELECT desk.set_workshop_routing(?, 'sometimes')"_qs, {m_shopA});
    QCOMPARE(bad.sqlState(), u"22023"_qs);
}

// desk.route_candidates (0037, set-based) against 0023's body, created here as pg_temp.route_0023:
// the same rows, columns and order for every request of a grid (each routing type, with and without
// a workshop, closed or open; postal codes in the same FSA, elsewhere in the province, in another,
// none, too short; a make with and without a specialist wanted, folded differently; each match
// method with its selected or favourite mechanic; each session type; a customer with favourites or
// none; keywords or none; prefer local or not) under rule sets that move the local radius across
// every distance (nobody local, the FSA only, the first two characters, the province, everyone),
// make the distances non-monotonic, cut the smart broadcast to one, zero the brand points, and tie
// every score. The mechanics: every FSA level and none, available or not, ratings tied or missing,
// brands and keywords folded differently, pending, rejected and expired ones, physical-work ones,
// employees of either workshop, an active partner and a pending one.
void TstRouting::routeMatchesItsDefinitionUnderEveryRuleSet() {
    const QString reference = QString::fromUtf8(testsupport::kRoute0023Sql);
    ADESK_VERIFY_SQL(m_db.run(reference));

    const qint64 shopC = m_db.insertWorkshop(u"Garage Gamma"_qs, u"ON"_qs);
    QVERIFY(shopC);
    QVERIFY(m_db.exec(u"INSERT INTO desk.workshop_hours (workshop_id, weekday, opens_at, closes_at) "
                      "SELECT ?, d, '07:00', '19:00' FROM generate_series(1, 7) d"_qs,
                      {shopC}));
    const QStringList postals = {u"M5V 1A1"_qs, u"M5V 9Z9"_qs, u"M5A 2B2"_qs, u"M4B 1A1"_qs,
                                 u"K1A 0B1"_qs, u"L4C 3C3"_qs, QString()};
    const QStringList brands = {u"{BMW}"_qs, u"{\" Bmw \",Toyota}"_qs, u"{}"_qs, u"{toyota,\"\"}"_qs};
    const QStringList keywords = {u"{brakes}"_qs, u"{Engine,\" brakes\"}"_qs, u"{}"_qs};
    QList<qint64> planted;
    for (int i = 0; i < 42; ++i) {
        const qint64 shop = i % 6 == 0 ? m_shopA : i % 6 == 1 ? m_shopB : i % 6 == 2 ? shopC : 0;
        const qint64 id =
            plant(u"Grid "_qs + QString::number(i), shop,
                  postals.at(i % postals.size()).isEmpty() ? u"M5V 1A1"_qs : postals.at(i % postals.size()),
                  i % 3 != 0, i % 4 == 0 ? 0 : 40000 + (i % 3) * 1000, (i % 7) * 3,
                  brands.at(i % brands.size()), keywords.at(i % keywords.size()));
        QVERIFY(id);
        planted << id;
        QVERIFY(m_db.exec(
            u"UPDATE desk.mechanics SET average_response_seconds = 60 + (? % 2) * 60, "
            "postal_code = CASE WHEN ? THEN NULL ELSE postal_code END, "
            "compliance_status = CASE WHEN ? % 9 = 4 THEN 'pending' WHEN ? % 11 = 5 THEN 'rejected' "
            "WHEN ? % 13 = 6 THEN 'expired' ELSE compliance_status END WHERE id = ?"_qs,
            {i, postals.at(i % postals.size()).isEmpty(), i, i, i, id}));
    }
    // Physical work (workshop visits): two of workshop A's, one of Gamma's, one mobile in Ottawa.
    for (const auto &[name, shop, tier, postal] :
         {std::tuple{u"Grid physical A1"_qs, m_shopA, u"workshop_affiliated"_qs, u"M5V 2C2"_qs},
          std::tuple{u"Grid physical A2"_qs, m_shopA, u"workshop_affiliated"_qs, u"K1A 1B1"_qs},
          std::tuple{u"Grid physical C"_qs, shopC, u"workshop_affiliated"_qs, u"M5A 3C3"_qs},
          std::tuple{u"Grid mobile"_qs, shopC, u"licensed_mobile"_qs, u"K1A 2C2"_qs}}) {
        const qint64 id = m_db.insertPhysicalMechanic(name, shop, tier);
        QVERIFY(id);
        QVERIFY(m_db.exec(u"UPDATE desk.mechanics SET postal_code = ?, province = 'ON', is_available = true, "
                          "rating_bp = 45000, brand_specializations = '{BMW}' WHERE id = ?"_qs,
                          {postal, id}));
        planted << id;
    }
    // Partners of workshop A far away: one active (in workshop), one pending (not).
    QVERIFY(m_db.insertPartnership(m_shopA, planted.at(4), u"bay_rental"_qs, 0) > 0);
    QVERIFY(m_db.insertPartnership(m_shopA, planted.at(11), u"bay_rental"_qs, 0, false) > 0);
    const qint64 customer =
        m_db.scalar(
                u"INSERT INTO desk.profiles (full_name, role) VALUES ('Grid customer', 'customer') RETURNING id"_qs)
            .toLongLong();
    QVERIFY(customer);
    const qint64 selected = planted.at(20);  // no postal code, Gamma's
    const qint64 favourite = planted.at(10); // K1A
    QVERIFY(m_db.exec(u"INSERT INTO desk.customer_favourites (customer_profile_id, mechanic_id) "
                      "VALUES (?, ?), (?, ?)"_qs,
                      {customer, favourite, customer, planted.at(3)}));

    const auto saved = m_db.run(u"SELECT code, value FROM desk.matching_rules"_qs);
    ADESK_VERIFY_SQL(saved);
    const QStringList ruleSets = {
        QString(),
        u"local_radius_km = 15"_qs,
        u"local_radius_km = 50"_qs,
        u"local_radius_km = 999"_qs,
        u"distance_same_fsa_km = 30, broadcast_top_n = 1"_qs,
        u"brand_specialist_points = 0, local_radius_km = 2"_qs,
        u"fsa_same_points = 0, fsa_region_points = 0, fsa_province_points = 0, available_points = 0, "
        "rating_points_per_star = 0, experience_points_per_year = 0, keyword_points = 0"_qs,
    };
    const QString compare = uR"SQL(
        WITH grid AS (
            SELECT row_number() OVER () AS n, w.ws, w.rt, p.pc, b.br, b.spec, l.pl
              FROM (VALUES (%1::bigint, 'workshop_only'), (%1, 'hybrid'), (%1, 'broadcast'), (%2, 'hybrid'),
                           (%2, 'workshop_only'), (%3, 'hybrid'), (NULL, 'broadcast')) w (ws, rt),
                   (VALUES ('M5V 3L9'), ('K1A 1A1'), (NULL), ('X0A 1A1'), ('M4')) p (pc),
                   (VALUES ('BMW', true), ('BMW', false), (NULL, false), (' bmw ', true), ('Honda', true)) b (br, spec),
                   (VALUES (true), (false)) l (pl)),
        calls AS (
            SELECT g.*, (ARRAY['smart_broadcast', 'broadcast', 'selected', 'priority_broadcast'])[1 + n % 4] AS mm,
                   (ARRAY['chat', 'workshop_visit', 'video'])[1 + n % 3] AS st,
                   (ARRAY['2031-03-04 10:00-05', '2031-03-04 03:00-05'])[1 + (n / 4) % 2]::timestamptz AS at,
                   CASE WHEN n % 5 < 3 THEN %4::bigint END AS cust,
                   (ARRAY['{brakes}', '{Brakes,engine," "}', '{}'])[1 + n % 3]::text[] AS kws
              FROM grid g),
        results AS (
            SELECT c.n, c.mm,
                   (SELECT string_agg(x::text, E'\n' ORDER BY x.notify_order)
                      FROM desk.route_candidates(c.ws, c.rt, c.mm, c.st, c.pc, c.br, c.spec, c.kws, c.cust,
                                                 CASE WHEN c.mm = 'selected' THEN %5::bigint END,
                                                 CASE WHEN c.mm = 'priority_broadcast' THEN %6::bigint END,
                                                 c.pl, c.at) x) AS got,
                   (SELECT string_agg(y::text, E'\n' ORDER BY y.notify_order)
                      FROM pg_temp.route_0023(c.ws, c.rt, c.mm, c.st, c.pc, c.br, c.spec, c.kws, c.cust,
                                              CASE WHEN c.mm = 'selected' THEN %5::bigint END,
                                              CASE WHEN c.mm = 'priority_broadcast' THEN %6::bigint END,
                                              c.pl, c.at) y) AS want
              FROM calls c)
        SELECT count(*) FILTER (WHERE got IS DISTINCT FROM want),
               min(n) FILTER (WHERE got IS DISTINCT FROM want),
               count(*) FILTER (WHERE want LIKE '%,workshop_unavailable)%'),
               count(*) FILTER (WHERE want LIKE '%,no_local_mechanic)%'),
               count(*) FILTER (WHERE want LIKE '%,no_brand_specialist_local)%'),
               count(*) FILTER (WHERE want ~ '\(\d+,\d+,0,'),
               count(*) FILTER (WHERE want IS NULL),
               sum(coalesce(array_length(string_to_array(want, E'\n'), 1), 0)),
               count(*)
          FROM results)SQL"_qs.arg(m_shopA)
                                .arg(m_shopB)
                                .arg(shopC)
                                .arg(customer)
                                .arg(selected)
                                .arg(favourite);
    // The grid is one large statement: compiling it (jit) would cost more than running it.
    QVERIFY(m_db.exec(u"SET jit = off"_qs));
    QList<int> coverage(5, 0);
    QSet<int> rowCounts;
    for (const QString &rules : ruleSets) {
        QVERIFY(
            m_db.exec(u"UPDATE desk.matching_rules r SET value = s.value FROM (VALUES %1) s (code, value) "
                      "WHERE r.code = s.code"_qs.arg([&] {
                          QStringList v;
                          for (const QVariantList &row : saved.rows)
                              v << u"('%1', %2)"_qs.arg(row[0].toString()).arg(row[1].toInt());
                          return v.join(u", "_qs);
                      }())));
        if (!rules.isEmpty())
            QVERIFY(
                m_db.exec(u"UPDATE desk.matching_rules SET value = CASE code %1 ELSE value END"_qs.arg([&] {
                    QStringList cases;
                    for (const QString &assignment : rules.split(u", "_qs)) {
                        const QStringList kv = assignment.split(u" = "_qs);
                        cases << u"WHEN '%1' THEN %2"_qs.arg(kv[0], kv[1]);
                    }
                    return cases.join(u' ');
                }())));
        const auto r = m_db.run(compare);
        ADESK_VERIFY_SQL(r);
        const QVariantList v = r.rows.value(0);
        QCOMPARE(v.size(), 9);
        const int calls = v[8].toInt();
        QCOMPARE(calls, 350);
        if (v[0].toInt() != 0) {
            // Show the first call that differs, both ways.
            QFAIL(qPrintable(u"rules {%1}: %2 of %3 calls differ from 0023, the first: grid row %4"_qs.arg(
                rules, v[0].toString(), QString::number(calls), v[1].toString())));
        }
        for (int i = 0; i < 4; ++i)
            coverage[i] += v[2 + i].toInt();
        coverage[4] += v[6].toInt();
        rowCounts.insert(v[7].toInt());
    }
    QVERIFY(m_db.exec(u"UPDATE desk.matching_rules r SET value = s.value FROM (VALUES %1) s (code, value) "
                      "WHERE r.code = s.code"_qs.arg([&] {
                          QStringList v;
                          for (const QVariantList &row : saved.rows)
                              v << u"('%1', %2)"_qs.arg(row[0].toString()).arg(row[1].toInt());
                          return v.join(u", "_qs);
                      }())));
    QVERIFY(m_db.exec(u"RESET jit"_qs));
    // The grid reaches every fallback, the wave-0 mechanic and empty answers, and the rule sets
    // change what is returned (else the comparison proves less than it says).
    QVERIFY2(coverage[0] > 0, "no call fell back to workshop_unavailable");
    QVERIFY2(coverage[1] > 0, "no call fell back to no_local_mechanic");
    QVERIFY2(coverage[2] > 0, "no call fell back to no_brand_specialist_local");
    QVERIFY2(coverage[3] > 0, "no call had a wave-0 mechanic");
    QVERIFY2(coverage[4] > 0, "no call returned nobody");
    QVERIFY2(rowCounts.size() >= 4, "the rule sets return the same number of rows");
}

QTEST_GUILESS_MAIN(TstRouting)
#include "tst_routing.moc"
