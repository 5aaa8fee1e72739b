#pragma once

// An arithmetic MIRROR of the database's split, kept for unit tests (tests/unit/tst_revenuesplit):
// largest-remainder allocation, rule selection and GST/HST rounding checked over random inputs. It
// posts nothing. The split that posts is the database's desk.revenue_split_core (migration 0011):
// desk.record_session_earnings / record_escalation_earnings and the charge run write the ledger,
// and desk.calculate_revenue_split previews the same numbers (the program editor's worked example,
// the agreement PDF); EarningsRepository::recordEarnings only names the event. Partnership jobs
// follow the signed agreement's frozen terms there, which this mirror does not model.
//
// Where each rule comes from (the numbers are rows of desk.platform_fee_rules / desk.gst_hst_rates,
// never constants here; RevenueSplit::seedRules() mirrors the migration's rows for unit tests):
//   Scenario::Virtual           platform `virtual` 15 %, mechanic the rest
//                               seeds/compliance-migration-plan.md §8 "Virtual Consultation Fee"
//                               (priority 100)
//   Scenario::WorkshopMechanic  platform `workshop` 20 % (or the workshop's custom fee
//                               organizations.platform_fee_bp at priority 500), workshop 80 %
//                               seeds/workshop-b2b2c-features.md "Revenue Split Scenarios" 1 and
//                               "platform_fee_percentage (default: 20%) / custom_fee_agreement"
//   Scenario::Independent       platform `independent` 20 %, mechanic 80 %
//                               seeds/workshop-b2b2c-features.md "Revenue Split Scenarios" 2
//   Scenario::CrossWorkshop     platform `cross_workshop` 20 %, referring workshop
//                               `cross_workshop_referral` 10 %, mechanic 70 %
//                               seeds/workshop-b2b2c-features.md "Revenue Split Scenarios" 3
//   Scenario::EscalationReferral mechanic `escalation_referral` 5 % of the repair, workshop the rest
//                               ($60 on $1,200) seeds/partnership-system-deferred.md "Current
//                               Revenue Split"
//   Scenario::QuoteCommission   mechanic `quote_commission` 15 % ($180 on $1,200), workshop the rest
//                               seeds/partnership-system-deferred.md "What We Deferred"
//   Scenario::BayRentalJob      platform `partnership_job` 15 %, mechanic keeps the rest
//                               seeds/phase3-partnerships-bays-revenue-plan.md "Revenue Split
//                               Scenarios" (bay rental: mechanic keeps 100 %) and "Financial Impact"
//                               ($500 job × 15 % fee)
//   Scenario::RevenueShareJob,  platform `partnership_job` 15 %, workshop the program's share of the
//   Scenario::MembershipJob     gross, mechanic the rest (phase3 "Revenue share: workshop gets %,
//                               mechanic gets %"; "Physical: $400 labor × 75 %" = 15 / 10 / 75)
//   Scenario::BayRentalCharge,  a fixed fee the mechanic pays the workshop (phase3 "Bay rental:
//   Scenario::MembershipFee     mechanic pays fixed fee"; "Membership: monthly fee + revenue share"):
//                               mechanic −fee, workshop +fee, platform fee `bay_rental` /
//                               `membership` if such a rule exists (none is seeded → none).
// GST/HST: on each platform fee, at the rate of the province of the party the fee is charged to, on
// the event's date (CONTRIBUTING.md, "Money, tax and Canadian rules"; table desk.gst_hst_rates), rounded
// half up to the cent.
//
// Allocation: largest remainder. Each part gets floor(total × weight / Σweights); the cents left
// over go one each to the parts with the largest remainders, ties broken by the part's key (not its
// position), so the parts always add up to the total and the result does not depend on input order.

#include "models/common/basispoints.h"
#include "models/common/money.h"
#include "models/earnings/earningstypes.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace adesk {

/// One effective-dated fee rule (a row of desk.platform_fee_rules).
struct FeeRule {
    qint64 id = 0;
    QString name;
    QString appliesTo; ///< virtual | workshop | independent | cross_workshop | cross_workshop_referral |
                       ///< escalation_referral | quote_commission | partnership_job | bay_rental |
                       ///< membership | all
    BasisPoints fee;
    int priority = 0;
    bool active = true;
    qint64 workshopId = 0; ///< 0: every workshop
    QDate effectiveFrom;   ///< inclusive; invalid = always
    QDate effectiveTo;     ///< exclusive; invalid = open
    bool appliesOn(QDate date) const {
        return active && (!effectiveFrom.isValid() || date >= effectiveFrom) &&
               (!effectiveTo.isValid() || date < effectiveTo);
    }
};

/// One effective-dated GST/HST rate (a row of desk.gst_hst_rates).
struct TaxRate {
    QString province;
    QString taxName; ///< GST | HST
    BasisPoints rate;
    QDate effectiveFrom;
    QDate effectiveTo; ///< exclusive; invalid = open
};

class RevenueSplit {
public:
    enum class Scenario {
        Virtual,
        WorkshopMechanic,
        Independent,
        CrossWorkshop,
        EscalationReferral,
        QuoteCommission,
        BayRentalJob,
        RevenueShareJob,
        MembershipJob,
        BayRentalCharge,
        MembershipFee
    };
    using Party = adesk::Party;     ///< toCode(): earnings_ledger.party
    using Entry = adesk::EntryType; ///< toCode(): earnings_ledger.entry_type

    /// A part of an allocation: a stable key (tie-break) and a non-negative weight.
    struct Share {
        QString key;
        qint64 weight = 0;
    };

    /// Largest-remainder allocation of @p total (may be negative) over @p shares. The result has one
    /// amount per share, in the same order, summing to @p total exactly; each is within one cent of
    /// its exact share. Keys must be distinct. All weights zero → everything to nothing: empty list.
    static QList<qint64> allocate(qint64 total, const QList<Share> &shares);

    /// What the split engine needs to know about an event.
    struct Event {
        Scenario scenario = Scenario::Virtual;
        Money gross;
        QDate date; ///< the event's date in the platform's zone (rules and tax rates)
        qint64 mechanicId = 0;
        qint64 workshopId = 0;          ///< serving workshop (or the workshop charging rent/membership)
        qint64 referringWorkshopId = 0; ///< cross-workshop
        QString mechanicProvince;       ///< for GST/HST on a fee charged to the mechanic
        QString workshopProvince;       ///< for GST/HST on a fee charged to the workshop
        std::optional<BasisPoints> workshopCustomFee; ///< organizations.platform_fee_bp
        BasisPoints programWorkshopShare;             ///< revenue share / membership: workshop's % of gross
    };

    struct Line {
        Entry entry = Entry::PlatformFee;
        Party party = Party::Platform;
        qint64 workshopId = 0; ///< payee workshop, or (platform fee) the workshop it is charged to
        qint64 mechanicId = 0; ///< payee mechanic, or (platform fee) the mechanic it is charged to
        Money amount;
        int shareBp = -1; ///< the rule's percentage, -1 when none (the rest, a fixed charge)
        qint64 ruleId = 0;
        QString ruleName;
        Money gstHst;      ///< platform fee only
        int gstHstBp = -1; ///< platform fee only
        QString taxProvince;
    };

    struct Split {
        QList<Line> lines;
        QString error; ///< empty when ok
        bool ok() const { return error.isEmpty(); }
        Money total() const;
        Money platformFee() const;
        Money gstHst() const;
        /// The amount of the first line of @p entry (0 when none).
        Money amountOf(Entry entry) const;
    };

    /// Priority of a workshop's custom fee (organizations.platform_fee_bp) among `workshop` rules.
    static constexpr int kCustomFeePriority = 500;

    RevenueSplit() = default;
    RevenueSplit(QList<FeeRule> rules, QList<TaxRate> rates)
        : m_rules(std::move(rules))
        , m_rates(std::move(rates)) {}

    const QList<FeeRule> &rules() const { return m_rules; }
    const QList<TaxRate> &rates() const { return m_rates; }

    /// The rule of kind @p appliesTo (or `all`, for platform-fee kinds) effective on @p date for
    /// @p workshopId: highest priority, then the later effective_from, then the lower id.
    std::optional<FeeRule> resolve(const QString &appliesTo, QDate date, qint64 workshopId = 0,
                                   std::optional<BasisPoints> customFee = std::nullopt) const;
    std::optional<TaxRate> taxRate(const QString &province, QDate date) const;

    Split split(const Event &event) const;

    static QString scenarioName(Scenario s); ///< database spelling (earnings_ledger.scenario)
    static std::optional<Scenario> scenarioFromName(const QString &name);
    static EventType eventTypeOf(Scenario s);
    static bool isVirtual(Scenario s) { return s == Scenario::Virtual; }

    /// The migration's seeded rules and rates (0005_earnings.sql), for tests and offline use.
    static QList<FeeRule> seedRules();
    static QList<TaxRate> seedRates();

private:
    QList<FeeRule> m_rules;
    QList<TaxRate> m_rates;
};

} // namespace adesk
