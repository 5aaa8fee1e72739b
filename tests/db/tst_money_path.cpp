// The money path (issue 12): each seed scenario posted through desk.record_session_earnings /
// record_escalation_earnings from a completed event, by the fee rule in effect or the signed
// agreement's terms; posting twice gives one posting; a non-completed or non-compliant event is
// refused and leaves no row; the preview (desk.calculate_revenue_split) equals the ledger; fee rules
// get effective-dated versions only from today on, audited; owners cannot post.
//
// Amounts are checked against RevenueSplit::allocate (the C++ mirror of the database's largest-
// remainder allocation), not against numbers copied from the SQL.

#include "models/earnings/revenuesplit.h"
#include "tests/support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace adesk;

namespace {
const QVariant kNullId(QMetaType::fromType<qlonglong>());
QVariant idOrNull(qint64 id) {
    return id ? QVariant(id) : kNullId;
}
} // namespace

class TstMoneyPath : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void virtualChatAndVideoPayTheVirtualFee();
    void workshopIndependentAndCrossWorkshop();
    void customWorkshopFeeIsARule();
    void escalationReferralAndQuoteCommission();
    void partnershipJobsPayTheAgreement();
    void revenueShareJob400Gives300();
    void postingTwiceGivesOnePosting();
    void nonCompletedOrNonCompliantEventsAreRefused();
    void onlyFinanceAndThePlatformPost();
    void feeRuleVersionsStartTodayOrLater();
    void ownerSeesOwnFeeOnly();
    void reversalIsItsOwnEntryType();

private:
    QSqlDatabase conn(const QString &who) { return QSqlDatabase::database(who, false); }
    qint64 session(const QString &type, qint64 cents, qint64 mechanic, qint64 workshop = 0,
                   qint64 referring = 0, qint64 partnership = 0,
                   const QString &status = QStringLiteral("completed"));
    TestDatabase::SqlResult record(const QString &who, const QString &kind, qint64 id) {
        return TestDatabase::run(conn(who),
                                 QStringLiteral("SELECT desk.record_%1_earnings(?)::text").arg(kind), {id});
    }
    /// Posts as finance and returns the posting's JSON.
    QJsonObject post(const QString &kind, qint64 id);
    /// (entry_type/party → amount) of an event's ledger rows.
    QHash<QString, qint64> amounts(const QString &eventType, qint64 id);
    qint64 ledgerRows(const QString &eventType, qint64 id) {
        return m_db
            .scalar(QStringLiteral(
                        "SELECT count(*) FROM desk.earnings_ledger WHERE event_type = ? AND event_id = ?"),
                    {eventType, id})
            .toLongLong();
    }
    int ruleBp(const QString &kind) {
        return m_db
            .scalar(
                QStringLiteral("SELECT fee_bp FROM desk.platform_fee_rules WHERE applies_to = ? AND active "
                               "AND workshop_id IS NULL ORDER BY priority DESC LIMIT 1"),
                {kind})
            .toInt();
    }
    /// Largest remainder of @p gross over @p weights (keys in order), as RevenueSplit::allocate.
    static QList<qint64> split(qint64 gross, const QList<qint64> &weights) {
        QList<RevenueSplit::Share> shares;
        for (qsizetype i = 0; i < weights.size(); ++i)
            shares.append({QString::number(i + 1), weights[i]});
        return RevenueSplit::allocate(gross, shares);
    }

    TestDatabase m_db;
    qint64 m_a = 0, m_b = 0, m_r = 0;
    qint64 m_mechA = 0, m_mechB = 0, m_mobile = 0, m_virtual = 0, m_partnerRent = 0, m_partnerShare = 0,
           m_partnerMember = 0, m_unsignedPartner = 0;
    qint64 m_rent = 0, m_share = 0, m_member = 0, m_unsigned = 0;
};

qint64 TstMoneyPath::session(const QString &type, qint64 cents, qint64 mechanic, qint64 workshop,
                             qint64 referring, qint64 partnership, const QString &status) {
    QString program;
    if (partnership)
        program =
            m_db.scalar(QStringLiteral("SELECT v.program_type FROM desk.partnerships p JOIN "
                                       "desk.partnership_program_versions v ON v.id = p.program_version_id "
                                       "WHERE p.id = ?"),
                        {partnership})
                .toString();
    return m_db
        .scalar(QStringLiteral(
                    "INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, workshop_id, "
                    "referring_workshop_id, partnership_id, program_type, status, completed_at) VALUES "
                    "(?, ?, ?, ?, ?, ?, ?, ?, '2025-06-10 12:00 America/Toronto') RETURNING id"),
                {type, cents, mechanic, idOrNull(workshop), idOrNull(referring), idOrNull(partnership),
                 program.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(program), status})
        .toLongLong();
}

QJsonObject TstMoneyPath::post(const QString &kind, qint64 id) {
    const auto r = record(QStringLiteral("finance"), kind, id);
    if (!r.ok) {
        qWarning("%s", qPrintable(r.describe()));
        return {};
    }
    return QJsonDocument::fromJson(r.scalar().toString().toUtf8()).object();
}

QHash<QString, qint64> TstMoneyPath::amounts(const QString &eventType, qint64 id) {
    QHash<QString, qint64> out;
    const auto r =
        m_db.run(QStringLiteral("SELECT entry_type || '/' || party, amount_cents FROM desk.earnings_ledger "
                                "WHERE event_type = ? AND event_id = ? AND entry_type <> 'reversal'"),
                 {eventType, id});
    for (const QVariantList &row : r.rows)
        out.insert(row[0].toString(), row[1].toLongLong());
    return out;
}

void TstMoneyPath::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_a = m_db.insertWorkshop(QStringLiteral("Atelier A"), QStringLiteral("ON"));
    m_b = m_db.insertWorkshop(QStringLiteral("Garage B"), QStringLiteral("QC"), QStringLiteral("fr"));
    m_r = m_db.insertWorkshop(QStringLiteral("Referring R"), QStringLiteral("ON"));
    m_mechA =
        m_db.insertPhysicalMechanic(QStringLiteral("Mechanic A"), m_a, QStringLiteral("workshop_affiliated"));
    m_mechB = m_db.insertPhysicalMechanic(QStringLiteral("Mécanicien B"), m_b,
                                          QStringLiteral("workshop_affiliated"));
    m_mobile = m_db.insertPhysicalMechanic(QStringLiteral("Mobile"), 0, QStringLiteral("licensed_mobile"));
    m_virtual = m_db.insertMechanic(QStringLiteral("Virtual Only"));
    m_partnerRent =
        m_db.insertPhysicalMechanic(QStringLiteral("Renter"), 0, QStringLiteral("licensed_mobile"));
    m_partnerShare =
        m_db.insertPhysicalMechanic(QStringLiteral("Sharer"), 0, QStringLiteral("licensed_mobile"));
    m_partnerMember =
        m_db.insertPhysicalMechanic(QStringLiteral("Member"), 0, QStringLiteral("licensed_mobile"));
    m_unsignedPartner =
        m_db.insertPhysicalMechanic(QStringLiteral("Unsigned"), 0, QStringLiteral("licensed_mobile"));
    QVERIFY(m_a && m_b && m_r && m_mechA && m_mechB && m_mobile && m_virtual && m_partnerRent &&
            m_partnerShare && m_partnerMember && m_unsignedPartner);
    m_rent = m_db.insertPartnership(m_a, m_partnerRent, QStringLiteral("bay_rental"), 0);
    m_share = m_db.insertPartnership(m_a, m_partnerShare, QStringLiteral("revenue_share"), 500);
    m_member = m_db.insertPartnership(m_a, m_partnerMember, QStringLiteral("membership"), 1000);
    m_unsigned = m_db.insertPartnership(m_a, m_unsignedPartner, QStringLiteral("revenue_share"), 500, false);
    QVERIFY(m_rent && m_share && m_member && m_unsigned);

    QVERIFY(
        m_db.connectAs(QStringLiteral("finance"), QStringLiteral("adesk_finance"), QStringLiteral("Fin")));
    QVERIFY(m_db.connectAs(QStringLiteral("service"), QStringLiteral("adesk_platform_service"),
                           QStringLiteral("Platform backend")));
    QVERIFY(m_db.connectAs(QStringLiteral("owner"), QStringLiteral("adesk_workshop_owner"),
                           QStringLiteral("Owner A"), {m_a}));
}

void TstMoneyPath::cleanupTestCase() {
    for (const char *who : {"finance", "service", "owner"})
        TestDatabase::closeConnection(QString::fromLatin1(who));
}

// compliance-migration-plan.md §8: 15 % for all virtual sessions, chat and video, whoever serves them.
void TstMoneyPath::virtualChatAndVideoPayTheVirtualFee() {
    const int bp = ruleBp(QStringLiteral("virtual"));
    QCOMPARE(bp, 1500);
    const qint64 chat = session(QStringLiteral("chat"), 3000, m_virtual);
    const QJsonObject p = post(QStringLiteral("session"), chat);
    QCOMPARE(p.value(u"scenario").toString(), QStringLiteral("virtual"));
    QCOMPARE(p.value(u"already").toBool(), false);
    QList<qint64> parts = split(3000, {bp, 10000 - bp});
    auto got = amounts(QStringLiteral("session"), chat);
    QCOMPARE(got.value(QStringLiteral("platform_fee/platform")), parts[0]);
    QCOMPARE(got.value(QStringLiteral("mechanic_share/mechanic")), parts[1]);
    // GST/HST on the fee: the mechanic's province (ON, 13 %), half up.
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT gst_hst_cents FROM desk.earnings_ledger WHERE event_type = 'session' "
                             "AND event_id = ? AND entry_type = 'platform_fee'"),
                         {chat})
                 .toLongLong(),
             (parts[0] * 1300 + 5000) / 10000);

    // A workshop's mechanic on video: still 15 %, the rest to the workshop that employs them.
    const qint64 video = session(QStringLiteral("video"), 4999, m_mechA, m_a);
    QCOMPARE(post(QStringLiteral("session"), video).value(u"scenario").toString(), QStringLiteral("virtual"));
    parts = split(4999, {bp, 10000 - bp});
    got = amounts(QStringLiteral("session"), video);
    QCOMPARE(got.value(QStringLiteral("platform_fee/platform")), parts[0]);
    QCOMPARE(got.value(QStringLiteral("workshop_share/workshop")), parts[1]);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT sum(amount_cents) FROM desk.earnings_ledger WHERE event_type = "
                                   "'session' AND event_id = ?"),
                    {video})
            .toLongLong(),
        4999);
}

// workshop-b2b2c-features.md "Revenue Split Scenarios": 20/80, 20/80, 20/10/70.
void TstMoneyPath::workshopIndependentAndCrossWorkshop() {
    const qint64 visit = session(QStringLiteral("workshop_visit"), 10000, m_mechA, m_a);
    QCOMPARE(post(QStringLiteral("session"), visit).value(u"scenario").toString(),
             QStringLiteral("workshop_mechanic"));
    auto got = amounts(QStringLiteral("session"), visit);
    QCOMPARE(got.value(QStringLiteral("platform_fee/platform")), 2000);
    QCOMPARE(got.value(QStringLiteral("workshop_share/workshop")), 8000);

    const qint64 mobile = session(QStringLiteral("workshop_visit"), 8001, m_mobile);
    QCOMPARE(post(QStringLiteral("session"), mobile).value(u"scenario").toString(),
             QStringLiteral("independent"));
    const QList<qint64> ind = split(8001, {2000, 8000});
    got = amounts(QStringLiteral("session"), mobile);
    QCOMPARE(got.value(QStringLiteral("platform_fee/platform")), ind[0]);
    QCOMPARE(got.value(QStringLiteral("mechanic_share/mechanic")), ind[1]);

    const qint64 cross = session(QStringLiteral("workshop_visit"), 10000, m_mechA, m_a, m_r);
    QCOMPARE(post(QStringLiteral("session"), cross).value(u"scenario").toString(),
             QStringLiteral("cross_workshop"));
    got = amounts(QStringLiteral("session"), cross);
    QCOMPARE(got.value(QStringLiteral("platform_fee/platform")), 2000);
    QCOMPARE(got.value(QStringLiteral("referral_fee/workshop")), 1000);
    QCOMPARE(got.value(QStringLiteral("mechanic_share/mechanic")), 7000);
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT workshop_id FROM desk.earnings_ledger WHERE event_type = 'session' "
                             "AND event_id = ? AND entry_type = 'referral_fee'"),
                         {cross})
                 .toLongLong(),
             m_r);
    // Every posted row names its basis; rule-based parts name their rule.
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE basis IS NULL OR "
                                        "(basis = 'rule' AND rule_id IS NULL)"))
                 .toLongLong(),
             0);
}

// A workshop's custom fee (organizations.platform_fee_bp) becomes a dated rule that wins for its
// sessions only.
void TstMoneyPath::customWorkshopFeeIsARule() {
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.organizations SET platform_fee_bp = 1000 WHERE id = ?"),
                      {m_b}));
    const qint64 ruleId =
        m_db.scalar(QStringLiteral("SELECT id FROM desk.platform_fee_rules WHERE workshop_id = ? AND active"),
                    {m_b})
            .toLongLong();
    QVERIFY(ruleId);
    // Effective from today: a session today pays 10 %, June 2025's still 20 %.
    const qint64 old = session(QStringLiteral("workshop_visit"), 10001, m_mechB, m_b);
    post(QStringLiteral("session"), old);
    QCOMPARE(amounts(QStringLiteral("session"), old).value(QStringLiteral("platform_fee/platform")),
             split(10001, {2000, 8000})[0]);
    const qint64 today = session(QStringLiteral("workshop_visit"), 10001, m_mechB, m_b);
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.sessions SET completed_at = now() WHERE id = ?"), {today}));
    post(QStringLiteral("session"), today);
    QCOMPARE(amounts(QStringLiteral("session"), today).value(QStringLiteral("platform_fee/platform")),
             split(10001, {1000, 9000})[0]);
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT rule_id FROM desk.earnings_ledger WHERE event_type = 'session' AND "
                             "event_id = ? AND entry_type = 'platform_fee'"),
                         {today})
                 .toLongLong(),
             ruleId);
    // QC mechanic: GST/HST of Quebec (5 % GST), charged to the workshop.
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT tax_province || gst_hst_bp FROM desk.earnings_ledger WHERE "
                                   "event_type = 'session' AND event_id = ? AND entry_type = 'platform_fee'"),
                    {today})
            .toString(),
        QStringLiteral("QC500"));
}

// partnership-system-deferred.md: 5 % referral ($60 on $1,200); under a partnership the owner's
// commission, or the labour rate's mechanic commission for the repair's category.
void TstMoneyPath::escalationReferralAndQuoteCommission() {
    const auto escalation = [&](qint64 partnership, const QString &category) {
        return m_db
            .scalar(QStringLiteral(
                        "INSERT INTO desk.escalations (mechanic_id, workshop_id, partnership_id, "
                        "repair_amount_cents, completed_at, service_category) VALUES (?, ?, ?, 120000, "
                        "'2025-06-12 10:00 America/Toronto', ?) RETURNING id"),
                    {partnership ? m_partnerShare : m_mobile, m_a, idOrNull(partnership),
                     category.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(category)})
            .toLongLong();
    };
    const qint64 referral = escalation(0, {});
    QCOMPARE(post(QStringLiteral("escalation"), referral).value(u"scenario").toString(),
             QStringLiteral("escalation_referral"));
    auto got = amounts(QStringLiteral("escalation"), referral);
    QCOMPARE(got.value(QStringLiteral("referral_fee/mechanic")), 6000);
    QCOMPARE(got.value(QStringLiteral("workshop_share/workshop")), 114000);

    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.partnerships SET commission_bp = 1200 WHERE id = ?"),
                      {m_share}));
    const qint64 quoted = escalation(m_share, {});
    QCOMPARE(post(QStringLiteral("escalation"), quoted).value(u"scenario").toString(),
             QStringLiteral("quote_commission"));
    QCOMPARE(amounts(QStringLiteral("escalation"), quoted).value(QStringLiteral("commission/mechanic")),
             14400);

    QVERIFY(
        m_db.exec(QStringLiteral("INSERT INTO desk.partnership_labour_rates (partnership_id, workshop_id, "
                                 "service_category, rate_per_hour_cents, mechanic_commission_bp, valid_from) "
                                 "VALUES (?, ?, 'brakes', 12000, 2500, '2025-01-01')"),
                  {m_share, m_a}));
    const qint64 brakes = escalation(m_share, QStringLiteral("brakes"));
    post(QStringLiteral("escalation"), brakes);
    QCOMPARE(amounts(QStringLiteral("escalation"), brakes).value(QStringLiteral("commission/mechanic")),
             30000);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT partnership_id FROM desk.earnings_ledger WHERE event_type = "
                                        "'escalation' AND event_id = ? LIMIT 1"),
                         {brakes})
                 .toLongLong(),
             m_share);
}

// Partnership jobs pay the signed agreement's platform fee and shares (the workshop's 20 %, frozen
// into the program version), not the 15 % projection; the preview from the agreement's terms gives
// the same parts as the ledger.
void TstMoneyPath::partnershipJobsPayTheAgreement() {
    for (const auto &[partnership, mechanic, gross] :
         {std::tuple{m_rent, m_partnerRent, qint64(50000)},
          std::tuple{m_member, m_partnerMember, qint64(33333)}}) {
        const auto terms = m_db.run(
            QStringLiteral(
                "SELECT a.id, (a.terms->>'platform_fee_bp')::int, (a.terms->>'workshop_share_bp')::int, "
                "(a.terms->>'mechanic_share_bp')::int, a.terms::text FROM desk.partnerships p JOIN "
                "desk.partnership_agreements a ON a.id = p.agreement_id WHERE p.id = ?"),
            {partnership});
        ADESK_VERIFY_SQL(terms);
        const qint64 agreement = terms.rows[0][0].toLongLong();
        const int feeBp = terms.rows[0][1].toInt(), workshopBp = terms.rows[0][2].toInt(),
                  mechanicBp = terms.rows[0][3].toInt();
        QCOMPARE(feeBp, 2000); // the workshop's fee on the version's date
        const qint64 job = session(QStringLiteral("workshop_visit"), gross, mechanic, m_a, 0, partnership);
        const QJsonObject p = post(QStringLiteral("session"), job);
        QVERIFY(p.value(u"scenario").toString().endsWith(u"_job"));
        const QList<qint64> parts = split(gross, {feeBp, workshopBp, mechanicBp});
        const auto got = amounts(QStringLiteral("session"), job);
        QCOMPARE(got.value(QStringLiteral("platform_fee/platform")), parts[0]);
        QCOMPARE(got.value(QStringLiteral("workshop_share/workshop")), parts[1]);
        QCOMPARE(got.value(QStringLiteral("mechanic_share/mechanic")), parts[2]);
        QCOMPARE(m_db.scalar(QStringLiteral(
                                 "SELECT count(*) FROM desk.earnings_ledger WHERE event_type = 'session' "
                                 "AND event_id = ? AND agreement_id = ? AND partnership_id = ? AND "
                                 "basis = 'agreement'"),
                             {job, agreement, partnership})
                     .toLongLong(),
                 ledgerRows(QStringLiteral("session"), job));
        // The preview from the agreement's terms, as the agreement PDF and the program editor ask.
        const auto preview =
            TestDatabase::run(conn(QStringLiteral("owner")),
                              QStringLiteral("SELECT entry_type || '/' || party, amount_cents FROM "
                                             "desk.calculate_revenue_split(?::jsonb, ?)"),
                              {terms.rows[0][4], gross});
        ADESK_VERIFY_SQL(preview);
        QHash<QString, qint64> previewed;
        for (const QVariantList &row : preview.rows)
            previewed.insert(row[0].toString(), row[1].toLongLong());
        QCOMPARE(previewed, got);
    }
}

// phase3 "Physical: $400 labor × 75 %": the mechanic gets $300 under a 75 % revenue share.
void TstMoneyPath::revenueShareJob400Gives300() {
    const qint64 job = session(QStringLiteral("workshop_visit"), 40000, m_partnerShare, m_a, 0, m_share);
    QCOMPARE(post(QStringLiteral("session"), job).value(u"scenario").toString(),
             QStringLiteral("revenue_share_job"));
    const auto got = amounts(QStringLiteral("session"), job);
    QCOMPARE(got.value(QStringLiteral("mechanic_share/mechanic")), 30000);
    QCOMPARE(got.value(QStringLiteral("platform_fee/platform")), 8000);
    QCOMPARE(got.value(QStringLiteral("workshop_share/workshop")), 2000);
}

void TstMoneyPath::postingTwiceGivesOnePosting() {
    const qint64 s = session(QStringLiteral("video"), 2500, m_virtual);
    const QJsonObject first = post(QStringLiteral("session"), s);
    const QJsonObject again = post(QStringLiteral("session"), s);
    QCOMPARE(first.value(u"already").toBool(), false);
    QCOMPARE(again.value(u"already").toBool(), true);
    QCOMPARE(again.value(u"rows").toArray(), first.value(u"rows").toArray());
    QCOMPARE(ledgerRows(QStringLiteral("session"), s), 2);
    // From the platform's backend too (its retry after a lost reply).
    const auto r = record(QStringLiteral("service"), QStringLiteral("session"), s);
    ADESK_VERIFY_SQL(r);
    QCOMPARE(ledgerRows(QStringLiteral("session"), s), 2);

    // A poster whose REPEATABLE READ snapshot predates a concurrent posting: 40001, and its retry
    // returns that posting.
    const qint64 t = session(QStringLiteral("chat"), 1999, m_virtual);
    QSqlDatabase late = conn(QStringLiteral("service"));
    ADESK_VERIFY_SQL(TestDatabase::run(late, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ")));
    ADESK_VERIFY_SQL(TestDatabase::run(late, QStringLiteral("SELECT 1")));
    QVERIFY(!post(QStringLiteral("session"), t).isEmpty());
    const auto stale = record(QStringLiteral("service"), QStringLiteral("session"), t);
    TestDatabase::run(late, QStringLiteral("ROLLBACK"));
    QCOMPARE(stale.sqlState(), QStringLiteral("40001"));
    const auto retried = record(QStringLiteral("service"), QStringLiteral("session"), t);
    ADESK_VERIFY_SQL(retried);
    QVERIFY(retried.scalar().toString().contains(QStringLiteral("\"already\": true")));
    QCOMPARE(ledgerRows(QStringLiteral("session"), t), 2);

    // A session whose completion lies in the future is not completed yet.
    const qint64 future = session(QStringLiteral("video"), 2500, m_virtual);
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE desk.sessions SET completed_at = now() + interval '1 day' WHERE id = ?"),
        {future}));
    QCOMPARE(record(QStringLiteral("finance"), QStringLiteral("session"), future).sqlState(),
             QStringLiteral("AD002"));
    QCOMPARE(ledgerRows(QStringLiteral("session"), future), 0);
}

void TstMoneyPath::nonCompletedOrNonCompliantEventsAreRefused() {
    struct Case {
        const char *what;
        qint64 id;
        const char *state;
    };
    const QList<Case> cases = {
        {"cancelled session",
         session(QStringLiteral("video"), 2500, m_virtual, 0, 0, 0, QStringLiteral("cancelled")), "AD002"},
        {"refunded session",
         session(QStringLiteral("workshop_visit"), 2500, m_mechA, m_a, 0, 0, QStringLiteral("refunded")),
         "AD002"},
        {"visit by a virtual-only mechanic", session(QStringLiteral("workshop_visit"), 9000, m_virtual, m_a),
         "AD003"},
        {"visit without a workshop by a workshop's mechanic",
         session(QStringLiteral("workshop_visit"), 9000, m_mechA), "AD003"},
        {"visit at a workshop that is not the mechanic's",
         session(QStringLiteral("workshop_visit"), 9000, m_mechB, m_a), "AD003"},
        {"partnership job under an unsigned agreement",
         session(QStringLiteral("workshop_visit"), 9000, m_unsignedPartner, m_a, 0, m_unsigned), "AD003"},
        {"partnership job of another mechanic",
         session(QStringLiteral("workshop_visit"), 9000, m_partnerRent, m_a, 0, m_share), "AD003"},
    };
    for (const Case &c : cases) {
        QVERIFY2(c.id, c.what);
        const auto r = record(QStringLiteral("finance"), QStringLiteral("session"), c.id);
        QVERIFY2(!r.ok, c.what);
        QVERIFY2(r.sqlState() == QLatin1String(c.state),
                 qPrintable(QString::fromLatin1(c.what) + QStringLiteral(": ") + r.describe()));
        QCOMPARE(ledgerRows(QStringLiteral("session"), c.id), 0);
    }
    // A mechanic whose verification expired may not be billed for physical work.
    const qint64 s = session(QStringLiteral("workshop_visit"), 9000, m_mechA, m_a);
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.mechanics SET compliance_status = 'expired' WHERE id = ?"),
                      {m_mechA}));
    const auto expired = record(QStringLiteral("finance"), QStringLiteral("session"), s);
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.mechanics SET compliance_status = 'approved' WHERE id = ?"),
                      {m_mechA}));
    QCOMPARE(expired.sqlState(), QStringLiteral("AD003"));
    // Unknown ids: P0002, like ids the caller may not see.
    QCOMPARE(record(QStringLiteral("finance"), QStringLiteral("session"), 99999999).sqlState(),
             QStringLiteral("P0002"));
    QCOMPARE(record(QStringLiteral("finance"), QStringLiteral("escalation"), 99999999).sqlState(),
             QStringLiteral("P0002"));
}

void TstMoneyPath::onlyFinanceAndThePlatformPost() {
    const qint64 s = session(QStringLiteral("chat"), 2500, m_virtual);
    const auto owner = record(QStringLiteral("owner"), QStringLiteral("session"), s);
    QCOMPARE(owner.sqlState(), QStringLiteral("42501"));
    QCOMPARE(ledgerRows(QStringLiteral("session"), s), 0);
    const auto service = record(QStringLiteral("service"), QStringLiteral("session"), s);
    ADESK_VERIFY_SQL(service);
    QCOMPARE(ledgerRows(QStringLiteral("session"), s), 2);
    // The old entry point that took client-computed rows is gone.
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = 'post_ledger_event'"))
                 .toInt(),
             0);
}

void TstMoneyPath::feeRuleVersionsStartTodayOrLater() {
    const qint64 virtualRule =
        m_db.scalar(QStringLiteral(
                        "SELECT id FROM desk.platform_fee_rules WHERE applies_to = 'virtual' AND active "
                        "AND workshop_id IS NULL"))
            .toLongLong();
    const QDate today = m_db.scalar(QStringLiteral("SELECT desk.toronto_today()")).toDate();
    const auto setRule = [&](const QString &who, qint64 rule, int bp, QDate from, const QString &reason) {
        return TestDatabase::run(
            conn(who), QStringLiteral("SELECT desk.set_fee_rule(gen_random_uuid(), ?, NULL, NULL, ?, ?, ?)"),
            {rule, bp, from, reason});
    };
    QCOMPARE(setRule(QStringLiteral("finance"), virtualRule, 1200, today.addDays(-1), QStringLiteral("late"))
                 .sqlState(),
             QStringLiteral("22023"));
    QCOMPARE(setRule(QStringLiteral("finance"), virtualRule, 1200, today.addDays(1), QString()).sqlState(),
             QStringLiteral("22023"));
    QCOMPARE(setRule(QStringLiteral("owner"), virtualRule, 100, today.addDays(1), QStringLiteral("mine"))
                 .sqlState(),
             QStringLiteral("42501"));
    const auto made =
        setRule(QStringLiteral("finance"), virtualRule, 1200, today.addDays(1), QStringLiteral("promo"));
    ADESK_VERIFY_SQL(made);
    const qint64 newRule = made.scalar().toLongLong();
    // The old version ends where the new one starts; its past is untouched.
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT effective_to FROM desk.platform_fee_rules WHERE id = ?"),
                         {virtualRule})
                 .toDate(),
             today.addDays(1));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT fee_bp FROM desk.platform_fee_rules WHERE id = ?"), {virtualRule})
            .toInt(),
        1500);
    const auto preview = [&](QDate on) {
        return TestDatabase::run(
                   conn(QStringLiteral("finance")),
                   QStringLiteral(
                       "SELECT share_bp FROM desk.calculate_revenue_split('virtual', 10000, ?, NULL) "
                       "WHERE entry_type = 'platform_fee'"),
                   {on})
            .scalar()
            .toInt();
    };
    QCOMPARE(preview(today), 1500);
    QCOMPARE(preview(today.addDays(1)), 1200);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT detail->>'reason' FROM desk.audit_log WHERE action = "
                                        "'fee_rule_version' AND row_id = ?"),
                         {newRule})
                 .toString(),
             QStringLiteral("promo"));
    // Replacing the old version again is a conflict (it already has a later version).
    QCOMPARE(setRule(QStringLiteral("finance"), virtualRule, 1300, today.addDays(2), QStringLiteral("again"))
                 .sqlState(),
             QStringLiteral("40001"));
}

void TstMoneyPath::ownerSeesOwnFeeOnly() {
    const auto own =
        TestDatabase::run(conn(QStringLiteral("owner")),
                          QStringLiteral("SELECT fee_bp FROM desk.workshop_platform_fee(?)"), {m_a});
    ADESK_VERIFY_SQL(own);
    QCOMPARE(own.scalar().toInt(), 2000);
    QCOMPARE(TestDatabase::run(conn(QStringLiteral("owner")),
                               QStringLiteral("SELECT fee_bp FROM desk.workshop_platform_fee(?)"), {m_b})
                 .sqlState(),
             QStringLiteral("P0002"));
    const auto rows =
        TestDatabase::run(conn(QStringLiteral("owner")),
                          QStringLiteral("SELECT DISTINCT workshop_id FROM "
                                         "desk.partnership_earnings('2025-01-01', '2026-01-01')"));
    ADESK_VERIFY_SQL(rows);
    QCOMPARE(rows.rows.size(), 1);
    QCOMPARE(rows.scalar().toLongLong(), m_a);
}

// A refunded session: desk.reverse_ledger_event (finance, with a reason, once) writes one reversal
// row per posted row; the event stays posted (a new record_* call returns the first posting);
// payouts, box 048 and reconciliation net the reversal against the posting.
void TstMoneyPath::reversalIsItsOwnEntryType() {
    const qint64 refunded = m_db.insertMechanic(QStringLiteral("Refunded Customer's Mechanic"));
    QVERIFY(refunded);
    const qint64 s = session(QStringLiteral("video"), 10000, refunded);
    QVERIFY(!post(QStringLiteral("session"), s).isEmpty());
    QSqlDatabase fin = conn(QStringLiteral("finance"));
    const QString reverse = QStringLiteral("SELECT desk.reverse_ledger_event('session', ?, ?)");
    QCOMPARE(
        TestDatabase::run(conn(QStringLiteral("owner")), reverse, {s, QStringLiteral("refund")}).sqlState(),
        QStringLiteral("42501"));
    QCOMPARE(TestDatabase::run(fin, reverse, {s, QStringLiteral(" ")}).sqlState(), QStringLiteral("22023"));
    const qint64 never = session(QStringLiteral("video"), 10000, refunded);
    QCOMPARE(TestDatabase::run(fin, reverse, {never, QStringLiteral("refund")}).sqlState(),
             QStringLiteral("P0002"));
    const auto reversed = TestDatabase::run(fin, reverse, {s, QStringLiteral("customer refunded")});
    ADESK_VERIFY_SQL(reversed);
    QCOMPARE(reversed.scalar().toInt(), 2);
    QCOMPARE(
        m_db.scalar(
                QStringLiteral(
                    "SELECT count(*) FROM desk.earnings_ledger o JOIN desk.earnings_ledger r ON "
                    "r.reverses_id "
                    "= o.id WHERE o.event_type = 'session' AND o.event_id = ? AND r.entry_type = 'reversal' "
                    "AND r.party = o.party AND r.mechanic_id IS NOT DISTINCT FROM o.mechanic_id AND "
                    "r.amount_cents = -o.amount_cents AND r.gst_hst_cents = -o.gst_hst_cents AND r.basis = "
                    "o.basis"),
                {s})
            .toInt(),
        2);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT sum(amount_cents) FROM desk.earnings_ledger WHERE event_type = "
                                   "'session' AND event_id = ?"),
                    {s})
            .toLongLong(),
        0);
    QCOMPARE(TestDatabase::run(fin, reverse, {s, QStringLiteral("again")}).sqlState(),
             QStringLiteral("AD001"));
    QCOMPARE(post(QStringLiteral("session"), s).value(u"already").toBool(), true);
    QCOMPARE(ledgerRows(QStringLiteral("session"), s), 4);

    const QDate thisMonth =
        m_db.scalar(QStringLiteral("SELECT date_trunc('month', desk.toronto_today())::date")).toDate();
    ADESK_VERIFY_SQL(TestDatabase::run(
        fin, QStringLiteral("SELECT desk.schedule_payouts(gen_random_uuid(), ?, NULL)"), {thisMonth}));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.payouts WHERE mechanic_id = ?"), {refunded})
            .toLongLong(),
        0);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT coalesce(sum(amount_cents), 0) FROM desk.t4a_fee_rows WHERE "
                                        "payee_party = 'mechanic' AND payee_id = ?"),
                         {refunded})
                 .toLongLong(),
             0);
    const auto differences = m_db.run(
        QStringLiteral(
            "SELECT count(*) FROM (SELECT * FROM desk.earnings_differences(?::date) UNION ALL SELECT * FROM "
            "desk.earnings_differences('2025-06-01')) d WHERE d.event_type = 'session' AND d.event_id = ? "
            "AND d.cause <> 'payout_mismatch'"),
        {thisMonth, s});
    ADESK_VERIFY_SQL(differences);
    QCOMPARE(differences.scalar().toInt(), 0);
}

QTEST_GUILESS_MAIN(TstMoneyPath)
#include "tst_money_path.moc"
