#pragma once

#include "models/core/requestkey.h"
#include "models/core/result.h"
#include "models/earnings/earningstypes.h"
#include "models/earnings/revenuesplit.h"
#include "models/earnings/statementdata.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace adesk {

/// The earnings family: events, the ledger, payouts, reconciliation and statements. Static calls on
/// the calling worker thread's connection (Mixxx's one access class per table family).
class EarningsRepository {
public:
    /// The rules and rates of the database, as a split engine.
    static Result<RevenueSplit> loadEngine(QSqlDatabase &db);

    /// Which scenario an event is (see revenuesplit.h): program type, then referring workshop, then
    /// serving workshop, then virtual session types; independent otherwise.
    static RevenueSplit::Scenario classify(const EarningsEvent &event);
    static RevenueSplit::Event toSplitEvent(const EarningsEvent &event);

    /// THE ledger writer: computes each event's split with @p engine and posts its rows through
    /// desk.post_ledger_event (which re-checks that they add up), all in one transaction unless
    /// @p ownTransaction is false (the caller's transaction, e.g. seed-demo's). Returns rows posted.
    static Result<int> postEvents(QSqlDatabase &db, const RevenueSplit &engine,
                                  const QList<EarningsEvent> &events, bool ownTransaction = true);
    /// One event (loads the engine and the event).
    static Result<int> postEvent(QSqlDatabase &db, EventType eventType, qint64 eventId);
    /// Every completed event not in the ledger yet (or only @p eventType @p eventId).
    static Result<QList<EarningsEvent>>
    unpostedEvents(QSqlDatabase &db, std::optional<EventType> eventType = std::nullopt, qint64 eventId = 0);
    static Result<int> postPending(QSqlDatabase &db, bool ownTransaction = true);

    // ----- ledger browsing ------------------------------------------------------------------
    static QString whereClause(const LedgerFilter &filter, QVariantList *binds);
    static QString pageSql(const LedgerFilter &filter, bool hasAfter, QVariantList *binds);
    static Result<QList<LedgerRow>> fetchPage(QSqlDatabase &db, const LedgerFilter &filter,
                                              const std::optional<LedgerKey> &after, int limit);
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
    /// Earnings per partnership over the months [@p from, @p to) (first days of months), through
    /// desk.partnership_earnings (an owner sees their workshops' partnerships).
    static Result<QList<PartnershipEarningsRow>> partnershipEarnings(QSqlDatabase &db, QDate from, QDate to);

    // ----- export and statements -------------------------------------------------------------
    /// Writes the filtered ledger to @p path as CSV with libpq COPY … TO STDOUT (streams, any size).
    static Result<qint64> exportCsv(QSqlDatabase &db, const LedgerFilter &filter, const QString &path);
    /// Statements of @p month for every payee with activity, balance or payouts (or only @p only).
    static Result<QList<StatementData>> loadStatements(QSqlDatabase &db, QDate month,
                                                       const std::optional<Payee> &only = std::nullopt);
};

} // namespace adesk
