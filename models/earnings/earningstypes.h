#pragma once

#include "models/common/localizedname.h"
#include "models/common/party.h"
#include "models/core/codes.h"
#include "models/core/dberror.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace adesk {

// The earnings vocabulary (migration 0005). Each enum mirrors a CHECK list of the schema; the
// repository converts at its edge (toCode / fromCode, models/core/codes.h) and screens show
// labelOf(). Who a row is for is a Party (models/common/party.h).

/// What happened on the platform (earnings_ledger.event_type).
enum class EventType : quint8 { Session, Escalation, BayRental, Membership };
template <> struct CodeTable<EventType> {
    static constexpr const char *context = "Earnings";
    static constexpr const char *codes[] = {"session", "escalation", "bay_rental", "membership"};
    static constexpr const char *labels[] = {
        QT_TRANSLATE_NOOP("Earnings", "Session"), QT_TRANSLATE_NOOP("Earnings", "Escalated repair"),
        QT_TRANSLATE_NOOP("Earnings", "Bay rental"), QT_TRANSLATE_NOOP("Earnings", "Membership")};
};

/// What a ledger row is (earnings_ledger.entry_type); RevenueSplit::Entry.
enum class EntryType : quint8 {
    PlatformFee,
    WorkshopShare,
    MechanicShare,
    ReferralFee,
    BayRentalCharge,
    MembershipFee,
    Commission,
    Reversal ///< cancels an earlier row (desk.reverse_ledger_event, migration 0007)
};
template <> struct CodeTable<EntryType> {
    static constexpr const char *context = "Earnings";
    static constexpr const char *codes[] = {"platform_fee", "workshop_share",    "mechanic_share",
                                            "referral_fee", "bay_rental_charge", "membership_fee",
                                            "commission",   "reversal"};
    static constexpr const char *labels[] = {
        QT_TRANSLATE_NOOP("Earnings", "Platform fee"),   QT_TRANSLATE_NOOP("Earnings", "Workshop share"),
        QT_TRANSLATE_NOOP("Earnings", "Mechanic share"), QT_TRANSLATE_NOOP("Earnings", "Referral fee"),
        QT_TRANSLATE_NOOP("Earnings", "Bay rental"),     QT_TRANSLATE_NOOP("Earnings", "Membership fee"),
        QT_TRANSLATE_NOOP("Earnings", "Commission"),     QT_TRANSLATE_NOOP("Earnings", "Reversal")};
};

/// Where a ledger row's money stands (earnings_ledger.payout_status, payouts.status: a payout is
/// scheduled, then paid or failed).
enum class PayoutStatus : quint8 { Pending, Scheduled, Paid, Failed };
template <> struct CodeTable<PayoutStatus> {
    static constexpr const char *context = "Earnings";
    static constexpr const char *codes[] = {"pending", "scheduled", "paid", "failed"};
    static constexpr const char *labels[] = {
        QT_TRANSLATE_NOOP("Earnings", "Pending"), QT_TRANSLATE_NOOP("Earnings", "Scheduled"),
        QT_TRANSLATE_NOOP("Earnings", "Paid"), QT_TRANSLATE_NOOP("Earnings", "Failed")};
};

/// Virtual or physical work (earnings_ledger.service_tier).
enum class LedgerTier : quint8 { Virtual, Physical };
template <> struct CodeTable<LedgerTier> {
    static constexpr const char *context = "Earnings";
    static constexpr const char *codes[] = {"virtual", "physical"};
    static constexpr const char *labels[] = {QT_TRANSLATE_NOOP("Earnings", "Virtual"),
                                             QT_TRANSLATE_NOOP("Earnings", "Physical")};
};

/// Why reconciliation flags something (desk.earnings_differences).
enum class DifferenceCause : quint8 {
    MissingLedger,       ///< a completed event of the month has no ledger rows
    SplitMismatch,       ///< a split event's parts do not add up to its gross
    ChargeUnbalanced,    ///< a charge's rows do not move the amount from the mechanic to the workshop
    GrossMismatch,       ///< the ledger's gross differs from the event's amount (changed after posting)
    PayoutMismatch,      ///< a payout's amount differs from the net of the ledger rows it pays
    PayoutFailed,        ///< a failed payout whose rows are still waiting to be paid again
    PaidWithoutReference ///< a paid ledger row without the processor's reference
};
template <> struct CodeTable<DifferenceCause> {
    static constexpr const char *context = "Earnings";
    static constexpr const char *codes[] = {"missing_ledger",        "split_mismatch",  "charge_unbalanced",
                                            "gross_mismatch",        "payout_mismatch", "payout_failed",
                                            "paid_without_reference"};
    static constexpr const char *labels[] = {
        QT_TRANSLATE_NOOP("Earnings", "Completed event missing from the ledger"),
        QT_TRANSLATE_NOOP("Earnings", "Parts do not add up to the gross"),
        QT_TRANSLATE_NOOP("Earnings", "Charge rows do not balance"),
        QT_TRANSLATE_NOOP("Earnings", "Event changed after it was posted"),
        QT_TRANSLATE_NOOP("Earnings", "Payout differs from its ledger rows"),
        QT_TRANSLATE_NOOP("Earnings", "Failed payout to pay again"),
        QT_TRANSLATE_NOOP("Earnings", "Paid without a payout reference")};
};

/// Where a ledger row's number (or a previewed part's) comes from (earnings_ledger.basis and the
/// basis column of desk.calculate_revenue_split, migration 0011): a fee rule (rule_id), the signed
/// agreement's frozen terms (agreement_id), the partnership's commission (partnership_id), what the
/// other parts leave, or a monthly bay-rental / membership charge.
enum class SplitBasis : quint8 { Rule, Agreement, Partnership, Rest, Charge };
template <> struct CodeTable<SplitBasis> {
    static constexpr const char *context = "Earnings";
    static constexpr const char *codes[] = {"rule", "agreement", "partnership", "rest", "charge"};
    static constexpr const char *labels[] = {
        QT_TRANSLATE_NOOP("Earnings", "Fee rule"), QT_TRANSLATE_NOOP("Earnings", "Agreement"),
        QT_TRANSLATE_NOOP("Earnings", "Partnership commission"), QT_TRANSLATE_NOOP("Earnings", "Remainder"),
        QT_TRANSLATE_NOOP("Earnings", "Monthly charge")};
};

/// One part of a job's gross as desk.calculate_revenue_split returns it (a preview: nothing is
/// posted), with where its number comes from.
struct SplitLine {
    EntryType entryType = EntryType::PlatformFee;
    Party party = Party::Platform;
    int shareBp = 0;
    qint64 amountCents = 0;
    qint64 ruleId = 0; ///< the fee rule, for basis Rule
    std::optional<SplitBasis> basis;
    QString source; ///< the database's English note (rule name, "Agreement #12: platform fee", …)
    bool operator==(const SplitLine &) const = default;
};

/// A worked example computed by the database: the parts of a job of grossCents, in the split
/// core's order (they add up to the gross, to the cent). Empty when there is none.
struct SplitExample {
    qint64 grossCents = 0;
    QList<SplitLine> lines;

    bool isEmpty() const { return lines.isEmpty(); }
    /// The first part paid to @p party (nullptr when none).
    const SplitLine *line(Party party) const {
        for (const SplitLine &l : lines)
            if (l.party == party)
                return &l;
        return nullptr;
    }
    qint64 cents(Party party) const {
        qint64 sum = 0;
        for (const SplitLine &l : lines)
            if (l.party == party)
                sum += l.amountCents;
        return sum;
    }
    int shareBp(Party party) const {
        int sum = 0;
        for (const SplitLine &l : lines)
            if (l.party == party)
                sum += l.shareBp;
        return sum;
    }
    bool operator==(const SplitExample &) const = default;
};

/// Where a ledger row's number comes from, as a person reads it: "Rule: Workshop session platform
/// fee", "Agreement #12", "Partnership #4 commission", "Remainder", "Monthly charge".
struct LedgerSource {
    std::optional<SplitBasis> basis; ///< none for rows posted before migration 0011
    qint64 ruleId = 0;
    QString ruleName;   ///< the fee rule's name (joined by the repository)
    QString ruleNameFr; ///< its French name (platform_fee_rules.name_fr), for French statements
    qint64 agreementId = 0;
    qint64 partnershipId = 0;
    bool operator==(const LedgerSource &) const = default;
};

/// What a platform fee rule applies to (platform_fee_rules.applies_to, migration 0005). A workshop's
/// custom fee is a Workshop rule with a workshop id.
enum class FeeKind : quint8 {
    Virtual,
    Workshop,
    Independent,
    CrossWorkshop,
    CrossWorkshopReferral,
    EscalationReferral,
    QuoteCommission,
    PartnershipJob,
    BayRental,
    Membership,
    All
};
template <> struct CodeTable<FeeKind> {
    static constexpr const char *context = "Earnings";
    static constexpr const char *codes[] = {"virtual",
                                            "workshop",
                                            "independent",
                                            "cross_workshop",
                                            "cross_workshop_referral",
                                            "escalation_referral",
                                            "quote_commission",
                                            "partnership_job",
                                            "bay_rental",
                                            "membership",
                                            "all"};
    static constexpr const char *labels[] = {QT_TRANSLATE_NOOP("Earnings", "Virtual consultation"),
                                             QT_TRANSLATE_NOOP("Earnings", "Workshop session"),
                                             QT_TRANSLATE_NOOP("Earnings", "Independent mechanic"),
                                             QT_TRANSLATE_NOOP("Earnings", "Cross-workshop session"),
                                             QT_TRANSLATE_NOOP("Earnings", "Cross-workshop referral"),
                                             QT_TRANSLATE_NOOP("Earnings", "Escalation referral"),
                                             QT_TRANSLATE_NOOP("Earnings", "Partnership quote commission"),
                                             QT_TRANSLATE_NOOP("Earnings", "Partnership job"),
                                             QT_TRANSLATE_NOOP("Earnings", "Bay rental charge"),
                                             QT_TRANSLATE_NOOP("Earnings", "Membership fee"),
                                             QT_TRANSLATE_NOOP("Earnings", "All kinds")};
};

/// Filter of the earnings ledger, applied in SQL. Empty / 0 / invalid mean "any".
struct LedgerFilter {
    QDate month;                ///< first day of a month (earnings_ledger.period)
    std::optional<Party> party; ///< the payee kind
    qint64 mechanicId = 0;
    qint64 workshopId = 0;
    std::optional<EventType> eventType;
    std::optional<EntryType> entryType;
    std::optional<PayoutStatus> payoutStatus;
    std::optional<LedgerTier> serviceTier;
    bool operator==(const LedgerFilter &) const = default;
};

/// Key of the last row of a page. The pane lists newest first, month by month: period DESC,
/// event_at DESC, id DESC. Every posting path sets period = desk.ledger_period(event_at) (0005,
/// 0013), so this is event_at order on real rows; the month leads so that a page reads one monthly
/// partition at a time (migration 0051, EarningsRepository::fetchPage).
struct LedgerKey {
    QDate period;         ///< earnings_ledger.period of the row (first day of a month)
    qint64 eventAtUs = 0; ///< µs since the Unix epoch
    qint64 id = 0;
};

struct LedgerRow {
    qint64 id = 0;
    qint64 eventAtUs = 0; ///< µs since the Unix epoch
    QDate period;         ///< earnings_ledger.period: the month the row counts in (first day)
    EventType eventType = EventType::Session;
    qint64 eventId = 0;
    QString scenario; ///< earnings_ledger.scenario (RevenueSplit::scenarioName)
    LedgerTier serviceTier = LedgerTier::Virtual;
    EntryType entryType = EntryType::PlatformFee;
    Party party = Party::Platform;
    qint64 workshopId = 0;
    qint64 mechanicId = 0;
    QString payeeName; ///< the workshop's or mechanic's name, "The Auto Doctor" for the platform
    qint64 grossCents = 0;
    qint64 amountCents = 0;
    qint64 gstHstCents = 0;
    std::optional<PayoutStatus> payoutStatus; ///< none for the platform's rows
    QString payoutReference;
    LedgerSource source; ///< where the amount comes from (rule, agreement, …)
};

/// Grouped totals over the filtered ledger (one group per entry type), summing exactly the rows the
/// model pages through.
struct LedgerTotal {
    EntryType entryType = EntryType::PlatformFee;
    qint64 rows = 0;
    qint64 amountCents = 0;
    qint64 gstHstCents = 0;
};

struct MonthlyRevenue {
    QDate month;
    qint64 virtualCents = 0;  ///< platform fees on virtual sessions
    qint64 physicalCents = 0; ///< platform fees on everything physical
};

struct Difference {
    DifferenceCause cause = DifferenceCause::MissingLedger;
    std::optional<EventType> eventType; ///< none for a payout's difference
    qint64 eventId = 0;
    qint64 payoutId = 0;
    qint64 expectedCents = 0;
    qint64 actualCents = 0;
    QString detail; ///< the server's English note; for a failed payout, the reason finance typed
};

struct PayoutRow {
    qint64 id = 0;
    qint64 batchId = 0;
    Party party = Party::Mechanic;
    qint64 payeeId = 0;
    QString payeeName;
    qint64 amountCents = 0;
    PayoutStatus status = PayoutStatus::Scheduled;
    QString reference;
    QString failureReason;
    int version = 0;
};

struct Payee {
    Party party = Party::Mechanic; ///< a mechanic or a workshop
    qint64 id = 0;
    QString name;
    QString key() const { return payeeKey(party, id); }
};

/// One version of a platform fee rule (desk.platform_fee_rules). Dates are America/Toronto calendar
/// dates; effectiveTo is exclusive (invalid: open-ended).
struct FeeRuleRow {
    qint64 id = 0;
    QString name;
    QString description;
    std::optional<FeeKind> kind; ///< none for a code this build does not know
    qint64 workshopId = 0;       ///< 0: every workshop
    QString workshopName;
    int feeBp = 0;
    int priority = 0;
    bool active = true;
    QDate effectiveFrom;
    QDate effectiveTo;
    QString source; ///< the seed file and section the number comes from
    int version = 0;
    qint64 replacesId = 0; ///< the version this one replaced (0: the first)
    QString changeReason;  ///< why finance wrote this version (audited)
    QString createdBy;     ///< the login that wrote it

    /// Not ended on @p today: in effect now or scheduled (the "current" filter).
    bool isCurrentOn(QDate today) const { return !effectiveTo.isValid() || effectiveTo > today; }
    /// The open version (no end date): the one a new version replaces.
    bool isOpen() const { return !effectiveTo.isValid(); }
    bool isCustomFee() const { return workshopId != 0 && kind == FeeKind::Workshop; }
};

/// A new version of a fee rule, or a workshop's custom fee (desk.set_fee_rule).
struct FeeRuleChange {
    qint64 replacesRuleId = 0; ///< the version it replaces (0: a workshop's first custom fee)
    FeeKind kind = FeeKind::Workshop;
    qint64 workshopId = 0; ///< 0: every workshop
    int feeBp = 0;
    QDate effectiveFrom;
    QString reason;
};

/// The fee on a workshop's own sessions (desk.workshop_platform_fee).
struct WorkshopFee {
    qint64 workshopId = 0;
    QString workshopName;
    int feeBp = 0;
    qint64 ruleId = 0;
    QString ruleName; ///< platform_fee_rules.name
    QDate effectiveFrom;
    QDate effectiveTo;
    QString source;
    QString
        ruleNameFr; ///< platform_fee_rules.name_fr ('' when the rule has none or the caller may not read it)
};

/// One partnership's earnings over a range of months (desk.partnership_earnings).
struct PartnershipEarningsRow {
    qint64 partnershipId = 0;
    qint64 workshopId = 0;
    qint64 mechanicId = 0;
    QString mechanicName;
    QString programName;
    QString programNameFr; ///< empty when the program has no French name
    QString shownProgramName() const { return localizedName(programName, programNameFr); }
    QString programType; ///< bay_rental | revenue_share | membership (ProgramTerms::typeFromSql)
    qint64 agreementId = 0;
    qint64 jobs = 0;
    qint64 grossCents = 0;
    qint64 platformFeeCents = 0;
    qint64 workshopShareCents = 0;
    qint64 mechanicShareCents = 0;
    qint64 chargesCents = 0;
    qint64 balanceCents = 0;
};

/// An event that posts to the ledger (a session or an escalation), or a charge (bay rental,
/// membership: the charge id).
struct EventRef {
    EventType eventType = EventType::Session;
    qint64 eventId = 0;
    bool operator==(const EventRef &) const = default;
};

/// One ledger row of a posting, as desk.record_session_earnings / record_escalation_earnings
/// return it.
struct PostingLine {
    EntryType entryType = EntryType::PlatformFee;
    Party party = Party::Platform;
    qint64 workshopId = 0;
    qint64 mechanicId = 0;
    qint64 amountCents = 0;
    int shareBp = -1;  ///< -1 when the row has no percentage (a remainder)
    qint64 ruleId = 0; ///< the fee rule, for basis "rule"
    QString basis;     ///< rule | agreement | rest | charge
    qint64 gstHstCents = 0;
};

/// The posting of one event: the rows the database wrote (or had written before: already).
struct Posting {
    EventType eventType = EventType::Session;
    qint64 eventId = 0;
    QString scenario;
    bool already = false; ///< the event was posted before; these are the first posting's rows
    QList<PostingLine> rows;
};

/// The outcome of posting one event of a batch ("Post all missing"): the posting or why not.
struct PostOutcome {
    EventRef event;
    std::optional<Posting> posting;
    DbError error;
    bool ok() const { return posting.has_value(); }
};

/// One row of desk.run_partnership_charges: a partnership's bay-rental or membership charge of
/// the month (kind is EventType::BayRental or EventType::Membership).
struct PartnershipCharge {
    qint64 partnershipId = 0;
    EventType kind = EventType::BayRental;
    qint64 chargeId = 0;
    qint64 amountCents = 0;
    int minutesUsed = 0;
    bool created = false; ///< billed by this run (false: billed by an earlier run)
    QString mechanicName; ///< the partner mechanic, the workshop and the program, for display
    QString workshopName;
    QString programName;
};

} // namespace adesk

Q_DECLARE_METATYPE(adesk::LedgerFilter)
Q_DECLARE_METATYPE(adesk::FeeRuleChange)
