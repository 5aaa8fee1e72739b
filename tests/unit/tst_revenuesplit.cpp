// The split engine (models/earnings/revenuesplit.h): every seed scenario with the seeds' numbers,
// effective-dated rules with priority, GST/HST by province and date, and a property test of the
// largest-remainder allocation.

#include "models/earnings/revenuesplit.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace adesk;
using S = RevenueSplit::Scenario;
using E = RevenueSplit::Entry;

namespace {

RevenueSplit seedEngine() {
    return RevenueSplit(RevenueSplit::seedRules(), RevenueSplit::seedRates());
}

RevenueSplit::Event makeEvent(S scenario, qint64 cents, QDate date = QDate(2025, 6, 15)) {
    RevenueSplit::Event e;
    e.scenario = scenario;
    e.gross = Money::fromCents(cents);
    e.date = date;
    e.mechanicId = 11;
    e.workshopId = 21;
    e.referringWorkshopId = 22;
    e.mechanicProvince = QStringLiteral("ON");
    e.workshopProvince = QStringLiteral("ON");
    return e;
}

qint64 amount(const RevenueSplit::Split &s, E entry) {
    return s.amountOf(entry).cents();
}

} // namespace

class TstRevenueSplit : public QObject {
    Q_OBJECT

private slots:
    void virtualConsultationFee15Percent();
    void workshopMechanic20_80();
    void workshopCustomFeeOverridesGenericRule();
    void independent20_80();
    void crossWorkshop20_10_70();
    void escalationReferral5PercentOf1200Is60();
    void quoteCommission15PercentOf1200Is180();
    void bayRentalChargeAndJob();
    void revenueShareAndMembership();
    void gstHstByProvinceAndDate_data();
    void gstHstByProvinceAndDate();
    void effectiveDatesAndPriorities();
    void workshopScopedRuleAppliesToThatWorkshopOnly();
    void inactiveRulesAreIgnored();
    void oddCentsGoByLargestRemainder();
    void errors();
    void propertyPartsSumExactlyWithinACentIndependentOfOrder();
};

void TstRevenueSplit::virtualConsultationFee15Percent() {
    // phase3 "Financial Impact": $25 session × 15 % = $3.75; mechanic 85 % = $21.25.
    const auto s = seedEngine().split(makeEvent(S::Virtual, 2500));
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.lines.size(), 2);
    QCOMPARE(amount(s, E::PlatformFee), 375);
    QCOMPARE(amount(s, E::MechanicShare), 2125);
    QCOMPARE(s.lines[0].shareBp, 1500);
    QCOMPARE(s.lines[0].mechanicId, 11); // the fee is charged to the mechanic
    QCOMPARE(s.lines[0].ruleName, QStringLiteral("Virtual Consultation Fee"));
    QCOMPARE(s.total().cents(), 2500);
}

void TstRevenueSplit::workshopMechanic20_80() {
    // workshop-b2b2c "Complete Flow Example": $100 → platform $20, workshop $80.
    const auto s = seedEngine().split(makeEvent(S::WorkshopMechanic, 10000));
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(amount(s, E::PlatformFee), 2000);
    QCOMPARE(amount(s, E::WorkshopShare), 8000);
    QCOMPARE(amount(s, E::MechanicShare), 0);
    QCOMPARE(s.lines[0].workshopId, 21); // the fee is charged to the workshop
    QCOMPARE(s.gstHst().cents(), 260);   // 13 % ON HST on $20
}

void TstRevenueSplit::workshopCustomFeeOverridesGenericRule() {
    auto e = makeEvent(S::WorkshopMechanic, 10000);
    e.workshopCustomFee = BasisPoints(1800); // Queen West Garage's agreement in the demo
    const auto s = seedEngine().split(e);
    QCOMPARE(amount(s, E::PlatformFee), 1800);
    QCOMPARE(amount(s, E::WorkshopShare), 8200);
    QCOMPARE(s.lines[0].ruleId, 0);
    // A finance rule above the custom priority wins again.
    QList<FeeRule> rules = RevenueSplit::seedRules();
    FeeRule promo = rules[1];
    promo.id = 99;
    promo.fee = BasisPoints(1000);
    promo.priority = RevenueSplit::kCustomFeePriority + 1;
    rules << promo;
    const auto p = RevenueSplit(rules, RevenueSplit::seedRates()).split(e);
    QCOMPARE(amount(p, E::PlatformFee), 1000);
    QCOMPARE(p.lines[0].ruleId, 99);
}

void TstRevenueSplit::independent20_80() {
    const auto s = seedEngine().split(makeEvent(S::Independent, 10000));
    QCOMPARE(amount(s, E::PlatformFee), 2000);
    QCOMPARE(amount(s, E::MechanicShare), 8000);
}

void TstRevenueSplit::crossWorkshop20_10_70() {
    const auto s = seedEngine().split(makeEvent(S::CrossWorkshop, 10000));
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(amount(s, E::PlatformFee), 2000);
    QCOMPARE(amount(s, E::ReferralFee), 1000);
    QCOMPARE(amount(s, E::MechanicShare), 7000);
    const auto referral =
        std::find_if(s.lines.begin(), s.lines.end(), [](auto &l) { return l.entry == E::ReferralFee; });
    QCOMPARE(referral->workshopId, 22); // the referring workshop
    QCOMPARE(referral->party, RevenueSplit::Party::Workshop);
}

void TstRevenueSplit::escalationReferral5PercentOf1200Is60() {
    const auto s = seedEngine().split(makeEvent(S::EscalationReferral, 120000));
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(amount(s, E::ReferralFee), 6000);
    QCOMPARE(amount(s, E::WorkshopShare), 114000);
    QCOMPARE(s.platformFee().cents(), 0);
}

void TstRevenueSplit::quoteCommission15PercentOf1200Is180() {
    const auto s = seedEngine().split(makeEvent(S::QuoteCommission, 120000));
    QCOMPARE(amount(s, E::Commission), 18000);
    QCOMPARE(amount(s, E::WorkshopShare), 102000);
}

void TstRevenueSplit::bayRentalChargeAndJob() {
    // Mechanic pays the fixed fee; no platform fee rule on rentals is seeded.
    const auto c = seedEngine().split(makeEvent(S::BayRentalCharge, 15000));
    QVERIFY2(c.ok(), qPrintable(c.error));
    QCOMPARE(c.lines.size(), 2);
    QCOMPARE(c.lines[0].party, RevenueSplit::Party::Mechanic);
    QCOMPARE(c.lines[0].amount.cents(), -15000);
    QCOMPARE(c.lines[1].party, RevenueSplit::Party::Workshop);
    QCOMPARE(c.lines[1].amount.cents(), 15000);
    QCOMPARE(c.total().cents(), 0);
    // The job: platform 15 % ($500 → $75), mechanic keeps the rest.
    const auto j = seedEngine().split(makeEvent(S::BayRentalJob, 50000));
    QCOMPARE(amount(j, E::PlatformFee), 7500);
    QCOMPARE(amount(j, E::MechanicShare), 42500);
    QCOMPARE(amount(j, E::WorkshopShare), 0);
    // A rental platform-fee rule, when finance adds one, is charged to the workshop.
    QList<FeeRule> rules = RevenueSplit::seedRules();
    FeeRule r;
    r.id = 50;
    r.appliesTo = QStringLiteral("bay_rental");
    r.fee = BasisPoints(1000);
    rules << r;
    const auto f = RevenueSplit(rules, RevenueSplit::seedRates()).split(makeEvent(S::BayRentalCharge, 15000));
    QCOMPARE(f.platformFee().cents(), 1500);
    QCOMPARE(f.lines.last().amount.cents(), 13500);
    QCOMPARE(f.total().cents(), 0);
}

void TstRevenueSplit::revenueShareAndMembership() {
    // phase3 "Physical: $400 labor × 75 %": platform 15, workshop 10, mechanic 75.
    auto e = makeEvent(S::RevenueShareJob, 40000);
    e.programWorkshopShare = BasisPoints(1000);
    const auto s = seedEngine().split(e);
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(amount(s, E::PlatformFee), 6000);
    QCOMPARE(amount(s, E::WorkshopShare), 4000);
    QCOMPARE(amount(s, E::MechanicShare), 30000);
    e.scenario = S::MembershipJob;
    e.programWorkshopShare = BasisPoints(500);
    const auto m = seedEngine().split(e);
    QCOMPARE(amount(m, E::WorkshopShare), 2000);
    QCOMPARE(amount(m, E::MechanicShare), 32000);
    const auto fee = seedEngine().split(makeEvent(S::MembershipFee, 29900));
    QCOMPARE(fee.lines[0].entry, E::MembershipFee);
    QCOMPARE(fee.lines[0].amount.cents(), -29900);
    QCOMPARE(fee.lines[1].amount.cents(), 29900);
    e.programWorkshopShare = BasisPoints(9000); // 15 % + 90 % > 100 %
    QVERIFY(!seedEngine().split(e).ok());
}

void TstRevenueSplit::gstHstByProvinceAndDate_data() {
    QTest::addColumn<QString>("province");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("rateBp");
    QTest::addColumn<qint64>("gstOn2000");
    QTest::newRow("NS before 2025-04-01") << "NS" << QDate(2025, 3, 31) << 1500 << qint64(300);
    QTest::newRow("NS from 2025-04-01") << "NS" << QDate(2025, 4, 1) << 1400 << qint64(280);
    QTest::newRow("ON") << "ON" << QDate(2025, 6, 1) << 1300 << qint64(260);
    QTest::newRow("NB") << "NB" << QDate(2025, 6, 1) << 1500 << qint64(300);
    QTest::newRow("NL") << "NL" << QDate(2025, 6, 1) << 1500 << qint64(300);
    QTest::newRow("PE") << "PE" << QDate(2025, 6, 1) << 1500 << qint64(300);
    QTest::newRow("QC GST only") << "QC" << QDate(2025, 6, 1) << 500 << qint64(100);
    QTest::newRow("AB") << "AB" << QDate(2025, 6, 1) << 500 << qint64(100);
    QTest::newRow("BC") << "BC" << QDate(2025, 6, 1) << 500 << qint64(100);
}

void TstRevenueSplit::gstHstByProvinceAndDate() {
    QFETCH(QString, province);
    QFETCH(QDate, date);
    QFETCH(int, rateBp);
    QFETCH(qint64, gstOn2000);
    auto e = makeEvent(S::Independent, 10000, date);
    e.mechanicProvince = province;
    const auto s = seedEngine().split(e);
    QVERIFY2(s.ok(), qPrintable(s.error));
    QCOMPARE(s.lines[0].gstHstBp, rateBp);
    QCOMPARE(s.lines[0].taxProvince, province);
    QCOMPARE(s.gstHst().cents(), gstOn2000);
    // Rounded half up: 13 % of $3.75 = 48.75 ¢ → 49 ¢.
    QCOMPARE(BasisPoints(1300).of(Money::fromCents(375)).cents(), 49);
}

void TstRevenueSplit::effectiveDatesAndPriorities() {
    QList<FeeRule> rules = RevenueSplit::seedRules();
    // A promotion: 10 % on virtual sessions during July 2025, priority 200.
    FeeRule promo;
    promo.id = 40;
    promo.name = QStringLiteral("Summer promo");
    promo.appliesTo = QStringLiteral("virtual");
    promo.fee = BasisPoints(1000);
    promo.priority = 200;
    promo.effectiveFrom = QDate(2025, 7, 1);
    promo.effectiveTo = QDate(2025, 8, 1);
    // A new generic rate from 2026, same priority as the seed's: the later effective_from wins.
    FeeRule raise = rules[0];
    raise.id = 41;
    raise.fee = BasisPoints(1700);
    raise.effectiveFrom = QDate(2026, 1, 1);
    // An 'all' rule of low priority never beats a specific one of higher priority.
    FeeRule all;
    all.id = 42;
    all.appliesTo = QStringLiteral("all");
    all.fee = BasisPoints(3000);
    all.priority = 10;
    rules << promo << raise << all;
    const RevenueSplit engine(rules, RevenueSplit::seedRates());
    QCOMPARE(engine.resolve(QStringLiteral("virtual"), QDate(2025, 6, 30))->fee.bp(), 1500);
    QCOMPARE(engine.resolve(QStringLiteral("virtual"), QDate(2025, 7, 1))->fee.bp(), 1000);
    QCOMPARE(engine.resolve(QStringLiteral("virtual"), QDate(2025, 7, 31))->fee.bp(), 1000);
    QCOMPARE(engine.resolve(QStringLiteral("virtual"), QDate(2025, 8, 1))->fee.bp(), 1500); // exclusive end
    QCOMPARE(engine.resolve(QStringLiteral("virtual"), QDate(2026, 1, 1))->id, 41);
    QCOMPARE(engine.split(makeEvent(S::Virtual, 2500, QDate(2025, 7, 15))).amountOf(E::PlatformFee).cents(),
             250);
    // 'all' is used where nothing specific exists.
    QCOMPARE(engine.resolve(QStringLiteral("bay_rental"), QDate(2025, 7, 1))->id, 42);
    // Same priority, same date: the lower id.
    FeeRule twin = rules[1];
    twin.id = 1000;
    twin.fee = BasisPoints(2500);
    rules << twin;
    QCOMPARE(RevenueSplit(rules, {}).resolve(QStringLiteral("workshop"), QDate(2025, 1, 1))->id, 2);
    // Before any rule takes effect there is no fee.
    QVERIFY(
        !RevenueSplit(RevenueSplit::seedRules(), {}).resolve(QStringLiteral("virtual"), QDate(2019, 12, 31)));
}

void TstRevenueSplit::workshopScopedRuleAppliesToThatWorkshopOnly() {
    QList<FeeRule> rules = RevenueSplit::seedRules();
    FeeRule scoped;
    scoped.id = 60;
    scoped.appliesTo = QStringLiteral("cross_workshop_referral");
    scoped.fee = BasisPoints(1200);
    scoped.priority = 60;
    scoped.workshopId = 21;
    rules << scoped;
    const RevenueSplit engine(rules, RevenueSplit::seedRates());
    QCOMPARE(engine.resolve(QStringLiteral("cross_workshop_referral"), QDate(2025, 1, 1), 21)->fee.bp(),
             1200);
    QCOMPARE(engine.resolve(QStringLiteral("cross_workshop_referral"), QDate(2025, 1, 1), 23)->fee.bp(),
             1000);
}

void TstRevenueSplit::inactiveRulesAreIgnored() {
    QList<FeeRule> rules = RevenueSplit::seedRules();
    rules[0].active = false;
    const auto s = RevenueSplit(rules, RevenueSplit::seedRates()).split(makeEvent(S::Virtual, 2500));
    QCOMPARE(s.platformFee().cents(), 0);
    QCOMPARE(s.amountOf(E::MechanicShare).cents(), 2500);
}

void TstRevenueSplit::oddCentsGoByLargestRemainder() {
    // $0.01 over 20/10/70: exact shares 0.2 / 0.1 / 0.7 → the mechanic gets the cent.
    QCOMPARE(RevenueSplit::allocate(1, {{"a", 2000}, {"b", 1000}, {"c", 7000}}), (QList<qint64>{0, 0, 1}));
    // Equal remainders: the key decides, whatever the order.
    QCOMPARE(RevenueSplit::allocate(1, {{"x", 1}, {"y", 1}}), (QList<qint64>{1, 0}));
    QCOMPARE(RevenueSplit::allocate(1, {{"y", 1}, {"x", 1}}), (QList<qint64>{0, 1}));
    QCOMPARE(RevenueSplit::allocate(100, {{"a", 1}, {"b", 1}, {"c", 1}}), (QList<qint64>{34, 33, 33}));
    QCOMPARE(RevenueSplit::allocate(-100, {{"a", 1}, {"b", 1}, {"c", 1}}), (QList<qint64>{-34, -33, -33}));
    // $25.01 at 15 %: 375.15 → 375, 2125.85 → 2126.
    const auto s = seedEngine().split(makeEvent(S::Virtual, 2501));
    QCOMPARE(s.amountOf(E::PlatformFee).cents(), 375);
    QCOMPARE(s.amountOf(E::MechanicShare).cents(), 2126);
    QVERIFY(RevenueSplit::allocate(100, {{"a", 0}}).isEmpty());
}

void TstRevenueSplit::errors() {
    auto e = makeEvent(S::Virtual, -1);
    QVERIFY(!seedEngine().split(e).ok());
    e = makeEvent(S::CrossWorkshop, 100);
    e.referringWorkshopId = 0;
    QVERIFY(!seedEngine().split(e).ok());
    e = makeEvent(S::Virtual, 100);
    e.mechanicProvince.clear();
    e.workshopProvince.clear();
    QVERIFY(!seedEngine().split(e).ok()); // nobody to charge GST/HST for
    // No GST/HST rate for NS before 2010-07-01 in the table: the split refuses rather than guess.
    FeeRule always = RevenueSplit::seedRules()[0];
    always.effectiveFrom = QDate();
    e = makeEvent(S::Virtual, 100, QDate(2005, 1, 1));
    e.mechanicProvince = QStringLiteral("NS");
    const auto s = RevenueSplit({always}, RevenueSplit::seedRates()).split(e);
    QVERIFY(!s.ok());
    QVERIFY(s.lines.isEmpty());
}

void TstRevenueSplit::propertyPartsSumExactlyWithinACentIndependentOfOrder() {
    QRandomGenerator rng(20250401);
    for (int iter = 0; iter < 100000; ++iter) {
        const qint64 total = qint64(rng.bounded(2000000001u)) - 1000000000; // ±$10M
        const int n = 1 + int(rng.bounded(6u));
        QList<RevenueSplit::Share> shares;
        __int128 sum = 0;
        for (int i = 0; i < n; ++i) {
            const qint64 w = iter % 7 == 0 ? qint64(rng.bounded(3u)) : qint64(rng.bounded(100000000u));
            shares << RevenueSplit::Share{QStringLiteral("k%1").arg(i), w};
            sum += w;
        }
        if (sum == 0)
            shares[0].weight = 1, sum = 1;
        const QList<qint64> parts = RevenueSplit::allocate(total, shares);
        QCOMPARE(parts.size(), shares.size());
        __int128 got = 0;
        for (int i = 0; i < n; ++i) {
            got += parts[i];
            // |part − total·w/W| < 1 cent  ⇔  |part·W − total·w| < W
            const __int128 diff =
                static_cast<__int128>(parts[i]) * sum - static_cast<__int128>(total) * shares[i].weight;
            if (!(diff < sum && -diff < sum))
                QFAIL(qPrintable(QStringLiteral("part %1 of %2 is more than a cent off").arg(i).arg(total)));
        }
        if (got != total)
            QFAIL(qPrintable(QStringLiteral("parts of %1 do not add up").arg(total)));
        // Shuffled input: every key gets the same amount.
        QList<int> perm(n);
        std::iota(perm.begin(), perm.end(), 0);
        std::shuffle(perm.begin(), perm.end(), rng);
        QList<RevenueSplit::Share> shuffled;
        for (int i : perm)
            shuffled << shares[i];
        const QList<qint64> again = RevenueSplit::allocate(total, shuffled);
        for (int j = 0; j < n; ++j)
            if (again[j] != parts[perm[j]])
                QFAIL(qPrintable(QStringLiteral("order changed the split of %1").arg(total)));
    }
}

QTEST_APPLESS_MAIN(TstRevenueSplit)
#include "tst_revenuesplit.moc"
