// The enum classes that mirror database codes (models/core/codes.h): every value has one code and a
// translated label (never the code itself), codes round-trip, and each table holds exactly the codes
// the schema allows (its CHECK constraint, or the function that takes the code), so a code the
// database starts to store cannot be silently read as another value.

#include "models/bays/workshopsetup.h"
#include "models/common/party.h"
#include "models/compliance/overridetypes.h"
#include "models/compliance/requirementtypes.h"
#include "models/earnings/earningstypes.h"
#include "models/partnerships/partnershiptypes.h"
#include "models/quotes/quotetypes.h"
#include "models/roster/rostertypes.h"
#include "models/tax/taxtypes.h"
#include "tests/support/testdatabase.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace adesk;

namespace {

template <typename E> QSet<QString> codesOf() {
    QSet<QString> out;
    for (E e : allValues<E>())
        out.insert(toCode(e));
    return out;
}

/// The codes of E's values in declaration order, space separated.
template <typename E> QString spellings() {
    QStringList out;
    for (E e : allValues<E>())
        out << toCode(e);
    return out.join(u' ');
}

template <typename E> QString vocabularyProblems() {
    QStringList problems;
    QSet<QString> seen;
    for (E e : allValues<E>()) {
        const QString code = toCode(e);
        if (code.isEmpty() || seen.contains(code))
            problems << QStringLiteral("empty or repeated code \"%1\"").arg(code);
        seen.insert(code);
        if (fromCode<E>(code) != e)
            problems << QStringLiteral("\"%1\" does not read back as its value").arg(code);
        const QString label = labelOf(e);
        if (label.isEmpty() || label == code)
            problems << QStringLiteral("\"%1\" has no label").arg(code);
    }
    if (fromCode<E>(u"no_such_code"))
        problems << QStringLiteral("an unknown code was read as a value");
    return problems.join(u'\n');
}

} // namespace

class TstCodes : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { ADESK_START_TEST_DATABASE(m_db); }

    void everyValueHasACodeAndALabel() {
        QCOMPARE(vocabularyProblems<Party>(), QString());
        QCOMPARE(vocabularyProblems<ProgramAction>(), QString());
        QCOMPARE(vocabularyProblems<ApplicationStatus>(), QString());
        QCOMPARE(vocabularyProblems<PartnershipStatus>(), QString());
        QCOMPARE(vocabularyProblems<PartnershipAction>(), QString());
        QCOMPARE(vocabularyProblems<PaymentTerm>(), QString());
        QCOMPARE(vocabularyProblems<EventType>(), QString());
        QCOMPARE(vocabularyProblems<EntryType>(), QString());
        QCOMPARE(vocabularyProblems<PayoutStatus>(), QString());
        QCOMPARE(vocabularyProblems<LedgerTier>(), QString());
        QCOMPARE(vocabularyProblems<DifferenceCause>(), QString());
        QCOMPARE(vocabularyProblems<SplitBasis>(), QString());
        QCOMPARE(vocabularyProblems<FeeKind>(), QString());
        QCOMPARE(vocabularyProblems<RecipientKind>(), QString());
        QCOMPARE(vocabularyProblems<SlipStatus>(), QString());
        QCOMPARE(vocabularyProblems<ReportType>(), QString());
        QCOMPARE(vocabularyProblems<InvitationStatus>(), QString());
        QCOMPARE(vocabularyProblems<RequirementPath>(), QString());
        QCOMPARE(vocabularyProblems<ChecklistState>(), QString());
        QCOMPARE(vocabularyProblems<BayType>(), QString());
        QCOMPARE(vocabularyProblems<BayCapability>(), QString());
        QCOMPARE(vocabularyProblems<ClosureKind>(), QString());
        QCOMPARE(vocabularyProblems<PhysicalWorkProblem>(), QString());
        QCOMPARE(vocabularyProblems<LeadStatus>(), QString());
        QCOMPARE(vocabularyProblems<QuoteStatus>(), QString());
        QCOMPARE(vocabularyProblems<PartnerType>(), QString());
    }

    void valuesHaveTheirDatabaseSpelling() {
        // Written out here, not taken from the tables: a value reading another value's code would
        // pass every other check.
        QCOMPARE(spellings<Party>(), u"platform workshop mechanic"_qs);
        QCOMPARE(spellings<ProgramAction>(), u"publish pause resume close"_qs);
        QCOMPARE(spellings<ApplicationStatus>(), u"pending approved rejected withdrawn"_qs);
        QCOMPARE(spellings<PartnershipStatus>(), u"pending active suspended terminated"_qs);
        QCOMPARE(spellings<PartnershipAction>(), u"suspend reinstate terminate"_qs);
        QCOMPARE(spellings<PaymentTerm>(), u"net_30 net_60 immediate"_qs);
        QCOMPARE(spellings<EventType>(), u"session escalation bay_rental membership"_qs);
        QCOMPARE(spellings<EntryType>(), u"platform_fee workshop_share mechanic_share referral_fee "
                                         u"bay_rental_charge membership_fee commission reversal"_qs);
        QCOMPARE(spellings<PayoutStatus>(), u"pending scheduled paid failed"_qs);
        QCOMPARE(spellings<LedgerTier>(), u"virtual physical"_qs);
        QCOMPARE(spellings<DifferenceCause>(),
                 u"missing_ledger split_mismatch charge_unbalanced gross_mismatch "
                 u"payout_mismatch payout_failed paid_without_reference"_qs);
        QCOMPARE(spellings<SplitBasis>(), u"rule agreement partnership rest charge"_qs);
        QCOMPARE(spellings<FeeKind>(), u"virtual workshop independent cross_workshop cross_workshop_referral "
                                       u"escalation_referral quote_commission partnership_job bay_rental "
                                       u"membership all"_qs);
        QCOMPARE(spellings<RecipientKind>(), u"individual business"_qs);
        QCOMPARE(spellings<SlipStatus>(), u"draft final filed"_qs);
        QCOMPARE(spellings<ReportType>(), u"O A C"_qs);
        QCOMPARE(spellings<InvitationStatus>(), u"pending accepted revoked"_qs);
        QCOMPARE(spellings<BayType>(), u"lift alignment_rack diagnostic general paint tire"_qs);
        QCOMPARE(spellings<BayCapability>(),
                 u"lift alignment_rack diagnostics tire_changer ev_charging paint_booth"_qs);
        QCOMPARE(spellings<ClosureKind>(), u"holiday maintenance other"_qs);
        QCOMPARE(spellings<PhysicalWorkProblem>(),
                 u"physical_repairs_not_allowed business_license_unverified business_license_expired "
                 u"zoning_unverified insurance_missing insurance_expired"_qs);
        QCOMPARE(spellings<LeadStatus>(), u"new contacted quoted won lost"_qs);
        QCOMPARE(spellings<QuoteStatus>(),
                 u"pending_partner_approval sent accepted declined rejected_by_partner expired"_qs);
        QCOMPARE(spellings<PartnerType>(), u"workshop supplier network"_qs);
        QCOMPARE(toCode(PayoutStatus::Paid), u"paid"_qs);
        QCOMPARE(toCode(Party::Workshop), u"workshop"_qs);
        QCOMPARE(labelOf(DifferenceCause::PayoutFailed), u"Failed payout to pay again"_qs);
    }

    void commonCategoriesHaveLabels() {
        QCOMPARE(categoryLabel(QStringLiteral("brakes")), QStringLiteral("Brakes"));
        QCOMPARE(categoryFromLabel(QStringLiteral("Brakes")), QStringLiteral("brakes"));
        QCOMPARE(categoryLabel(QStringLiteral("Timing belts")), QStringLiteral("Timing belts"));
        QCOMPARE(categoryFromLabel(QStringLiteral("Timing belts")), QStringLiteral("Timing belts"));
    }

    void tablesMatchTheSchema_data() {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QStringList>("codes");
        QTest::addColumn<bool>("subset"); ///< the column takes only some of the enum's values
        auto row = [](const char *table, const char *column, const QSet<QString> &codes,
                      bool subset = false) {
            QTest::newRow(
                qPrintable(QStringLiteral("%1.%2").arg(QLatin1StringView(table), QLatin1StringView(column))))
                << QString::fromLatin1(table) << QString::fromLatin1(column) << QStringList(codes.values())
                << subset;
        };
        row("partnership_applications", "status", codesOf<ApplicationStatus>());
        row("partnerships", "status", codesOf<PartnershipStatus>());
        row("partnership_agreements", "status", codesOf<PartnershipStatus>(), true);
        row("partnerships", "payment_terms", codesOf<PaymentTerm>());
        row("earnings_ledger", "party", codesOf<Party>());
        row("earnings_ledger", "event_type", codesOf<EventType>());
        row("earnings_ledger", "entry_type", codesOf<EntryType>());
        row("earnings_ledger", "payout_status", codesOf<PayoutStatus>());
        row("earnings_ledger", "service_tier", codesOf<LedgerTier>());
        row("earnings_ledger", "basis", codesOf<SplitBasis>());
        row("platform_fee_rules", "applies_to", codesOf<FeeKind>());
        row("payouts", "status", codesOf<PayoutStatus>(), true);
        row("payouts", "party", codesOf<Party>(), true);
        row("payee_tax_profiles", "payee_party", codesOf<Party>(), true);
        row("payee_tax_profiles", "recipient_kind", codesOf<RecipientKind>());
        row("t4a_slips", "status", codesOf<SlipStatus>());
        row("t4a_slips", "report_type", codesOf<ReportType>());
        row("mechanic_invitations", "status", codesOf<InvitationStatus>());
        row("bays", "bay_type", codesOf<BayType>());
        row("bays", "capabilities", codesOf<BayCapability>());
        row("bay_closures", "kind", codesOf<ClosureKind>());
        QSet<QString> types; // verification::Type (typeToSql), issue 15's two types included
        for (verification::Type t : verification::allTypes())
            types.insert(verification::typeToSql(t));
        row("compliance_verifications", "verification_type", types);
        row("requirement_rules", "verification_type", types);
        row("override_requests", "kind", codesOf<OverrideKind>());
        row("override_requests", "status", codesOf<OverrideStatus>());
        row("mechanics", "service_tier", codesOf<MechanicServiceTier>());
        row("escalation_leads", "status", codesOf<LeadStatus>());
        row("repair_quotes", "status", codesOf<QuoteStatus>());
        row("partner_types", "code", codesOf<PartnerType>());
    }

    void tablesMatchTheSchema() {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QStringList, codes);
        QFETCH(bool, subset);
        // The CHECK constraint on the column alone: "CHECK ((col = ANY (ARRAY['a'::text, …])))".
        const TestDatabase::SqlResult r = m_db.run(
            QStringLiteral("SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c "
                           "JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey) "
                           "WHERE c.conrelid = ('desk.' || ?)::regclass AND c.contype = 'c' "
                           "AND a.attname = ? AND cardinality(c.conkey) = 1"),
            {table, column});
        QVERIFY2(r.ok, qPrintable(r.describe()));
        QCOMPARE(r.rows.size(), 1);
        const QString def = r.rows.first().first().toString();
        QSet<QString> allowed;
        static const QRegularExpression literal(QStringLiteral("'([^']*)'"));
        for (auto it = literal.globalMatch(def); it.hasNext();)
            allowed.insert(it.next().captured(1));
        QVERIFY2(!allowed.isEmpty(), qPrintable(def));
        const QSet<QString> ours(codes.cbegin(), codes.cend());
        if (subset)
            QVERIFY2(ours.contains(allowed), qPrintable(def));
        else
            QCOMPARE(ours, allowed);
    }

    void functionsTakeTheActions_data() {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QStringList>("codes");
        QTest::newRow("set_program_status")
            << QStringLiteral("set_program_status") << QStringList(codesOf<ProgramAction>().values());
        QTest::newRow("set_partnership_status")
            << QStringLiteral("set_partnership_status") << QStringList(codesOf<PartnershipAction>().values());
        QTest::newRow("earnings_differences")
            << QStringLiteral("earnings_differences") << QStringList(codesOf<DifferenceCause>().values());
        QTest::newRow("workshop_problems")
            << QStringLiteral("workshop_problems") << QStringList(codesOf<PhysicalWorkProblem>().values());
    }

    void functionsTakeTheActions() {
        QFETCH(QString, function);
        QFETCH(QStringList, codes);
        const QString source =
            m_db.scalar(QStringLiteral("SELECT string_agg(prosrc, ' ') FROM pg_proc p "
                                       "JOIN pg_namespace n ON n.oid = p.pronamespace "
                                       "WHERE n.nspname = 'desk' AND p.proname IN (?, ? || '_unchecked')"),
                        {function, function})
                .toString();
        QVERIFY(!source.isEmpty());
        for (const QString &code : codes)
            QVERIFY2(source.contains(u'\'' + code + u'\''), qPrintable(code));
    }

private:
    TestDatabase m_db;
};

QTEST_MAIN(TstCodes)
#include "tst_codes.moc"
