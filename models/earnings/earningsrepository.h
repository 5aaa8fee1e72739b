#pragma once

#include "models/core/requestkey.h"
#include "models/core/result.h"
#include "models/earnings/earningstypes.h"
#include "models/earnings/statementdata.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>
#include <optional>

namespace adesk {

/// The earnings family: events, the ledger, payouts, reconciliation and statements. Static calls on
/// the calling worker thread's connection (Mixxx's one access class per table family).
class EarningsRepository {
public:
    // ----- posting (the database splits; the client asks) ---------------------------------------
    // Every event enters the ledger through the database's split core (migration 0011): the fee
    // rule in effect on the event's date, or the signed agreement's frozen terms for partnership
    // work. The client never computes the rows it posts (RevenueSplit is a unit-tested mirror only).

    /// Posts one completed session or escalation (desk.record_session_earnings /
    /// record_escalation_earnings). Idempotent: a second call returns the first posting with
    /// already = true. Errors: 42501 not finance, P0002 no such event, AD002 not completed, AD003
    /// fails compliance or has no signed agreement (DbError::userMessage says so in plain words).
    static Result<Posting> recordEarnings(QSqlDatabase &db, EventType eventType, qint64 eventId);
    /// Posts each of @p events with recordEarnings, one call (one transaction) per event, and goes on
    /// past a refused one: one outcome per event, in order. @p progress (optional) is called after
    /// each event with the number done; returning false stops (the rest are left out).
    static QList<PostOutcome> recordEach(QSqlDatabase &db, const QList<EventRef> &events,
                                         const std::function<bool(int done)> &progress = {});
    /// The completed sessions and escalations of @p month with no ledger rows (reconciliation's
    /// "missing ledger" cause): sessions, then escalations, by id.
    static Result<QList<EventRef>> missingEvents(QSqlDatabase &db, QDate month);

    /// Bills every active partnership for @p month (any day of it: the first is sent) through
    /// desk.run_partnership_charges: bay rental from its bookings, membership from its frozen terms.
    /// Idempotent per partnership and month (a second run returns the charges with created = false).
    static Result<QList<PartnershipCharge>> runPartnershipCharges(QSqlDatabase &db, QDate month);
    /// Voids a bay-rental (@p kind EventType::BayRental) or membership (EventType::Membership)
    /// charge: the database posts reversal rows, never edits. @p reason is required. Returns the
    /// number of reversal rows (0 when it was voided before).
    static Result<int> voidPartnershipCharge(QSqlDatabase &db, EventType kind, qint64 chargeId,
                                             const QString &reason);

    // ----- ledger browsing ------------------------------------------------------------------
    static QString whereClause(const LedgerFilter &filter, QVariantList *binds);
    /// The SQL of one month's part of a page: the rows matching @p filter (its month aside) in one
    /// month, newest first (event_at DESC, id DESC). @p binds receives the filter's values; the
    /// caller then binds the month (a QDate, first day), the key's µs and id when @p hasAfter, and
    /// the row limit.
    static QString pageSql(const LedgerFilter &filter, bool hasAfter, QVariantList *binds);
    /// The SQL of the latest month before a bound (a date bound last, or 'infinity') in which
    /// @p filter (its month aside) has rows, read from the totals rollup (0028): one date, NULL when
    /// there is none.
    static QString latestMonthSql(const LedgerFilter &filter, QVariantList *binds);
    /// Up to @p limit rows matching @p filter after @p after (none: from the newest), in LedgerKey's
    /// order: month by month, newest first. Each month is its own query (pageSql), so each reads
    /// one monthly partition of the ledger (0051); the next month with rows comes from the rollup
    /// (latestMonthSql). Without a transaction around it, a row posted meanwhile in a month not
    /// yet read shows; one in a month already read shows on the next refresh.
    static Result<QList<LedgerRow>> fetchPage(QSqlDatabase &db, const LedgerFilter &filter,
                                              const std::optional<LedgerKey> &after, int limit);
    /// The SQL of totals() for a whereClause() text: read from desk.earnings_totals, the rollup the
    /// ledger's triggers keep (migration 0028), so its cost does not grow with the ledger.
    static QString totalsSql(const QString &where);
    /// Count, amount and GST/HST (cents) of the rows matching @p filter, per entry type: the same
    /// numbers as summing the ledger rows LedgerModel pages through, under the same visibility.
    static Result<QList<LedgerTotal>> totals(QSqlDatabase &db, const LedgerFilter &filter);
    /// The ledger rows of one event (drill-down to its split).
    static Result<QList<LedgerRow>> eventRows(QSqlDatabase &db, EventType eventType, qint64 eventId);
    static Result<QList<MonthlyRevenue>> platformRevenue(QSqlDatabase &db, QDate from, QDate to);
    /// A payee's net earnings per month for the 12 months ending with @p lastMonth.
    static Result<QList<QPair<QDate, qint64>>> payeeMonths(QSqlDatabase &db, Party party, qint64 id,
                                                           QDate lastMonth);
    static Result<QList<Payee>> payees(QSqlDatabase &db);
    /// The first days of the current month and the 23 before it (the server's date), newest first.
    static Result<QList<QDate>> recentMonths(QSqlDatabase &db);

    // ----- reconciliation and payouts --------------------------------------------------------
    static Result<QList<Difference>> differences(QSqlDatabase &db, QDate month);
    static Result<QList<PayoutRow>> payouts(QSqlDatabase &db, QDate month);
    // Writes take the RequestKey of the user intent (models/core/requestkey.h): a retry with the same key
    // has the effect once and returns the first result.
    static Result<qint64> schedulePayouts(QSqlDatabase &db, const RequestKey &key, QDate month,
                                          const QString &note = {});
    static Result<int> markPayoutPaid(QSqlDatabase &db, const RequestKey &key, qint64 payoutId, int version,
                                      const QString &reference);
    static Result<int> markPayoutFailed(QSqlDatabase &db, const RequestKey &key, qint64 payoutId, int version,
                                        const QString &reason);

    // ----- fee rules and per-partnership earnings (issue 12) ------------------------------------
    /// Every version of every fee rule the caller may read (finance: all; an owner: the general ones
    /// and their workshops' custom fees), newest first within a kind.
    static Result<QList<FeeRuleRow>> feeRules(QSqlDatabase &db);
    /// Writes a new effective-dated version through desk.set_fee_rule (finance only; the server
    /// refuses a date before today, audits the change and ends the replaced version the day before).
    /// Returns the new rule's id.
    static Result<qint64> setFeeRule(QSqlDatabase &db, const RequestKey &key, const FeeRuleChange &change);
    /// The fee on the sessions of each workshop the caller sees (an owner: their own), on @p date
    /// (invalid: today), through desk.workshop_platform_fee; only @p workshopIds when not empty.
    static Result<QList<WorkshopFee>> workshopFees(QSqlDatabase &db, const QList<qint64> &workshopIds = {},
                                                   QDate date = {});
    /// The SELECT-list expression and join that give a desk.workshop_platform_fee row `f` its rule's
    /// French name (platform_fee_rules.name_fr), for a caller granted SELECT on the rules (finance,
    /// owners); for one who is not (admins) the expression is '' and there is no join, so the query
    /// does not fail on the table's privilege. An error when the privilege cannot be read.
    struct FeeRuleNameFr {
        QString column; ///< "coalesce(fr.name_fr, '')" or "''"
        QString join;   ///< " LEFT JOIN desk.platform_fee_rules fr ON fr.id = f.rule_id" or ""
    };
    static Result<FeeRuleNameFr> feeRuleNameFr(QSqlDatabase &db);
    /// Earnings per partnership over the months [@p from, @p to) (first days of months), through
    /// desk.partnership_earnings (an owner sees their workshops' partnerships).
    static Result<QList<PartnershipEarningsRow>> partnershipEarnings(QSqlDatabase &db, QDate from, QDate to);

    // ----- export and statements -------------------------------------------------------------
    /// Writes the filtered ledger to @p path as CSV with libpq COPY … TO STDOUT (streams, any size).
    static Result<qint64> exportCsv(QSqlDatabase &db, const LedgerFilter &filter, const QString &path);
    /// Statements of @p month for every payee with activity, balance or payouts (or only @p only).
    /// Reads in a REPEATABLE READ, READ ONLY transaction of its own (one snapshot for the events,
    /// the balances and the payouts), so @p db must not be inside a transaction.
    static Result<QList<StatementData>> loadStatements(QSqlDatabase &db, QDate month,
                                                       const std::optional<Payee> &only = std::nullopt);
};

} // namespace adesk
