#pragma once

#include "models/core/requestkey.h"
#include "models/core/result.h"
#include "models/earnings/revenuesplit.h"
#include "models/earnings/statementdata.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QVariant>

#include <functional>
#include <optional>

namespace adesk {

/// Filter of the earnings ledger, applied in SQL. Empty / 0 / invalid mean "any".
struct LedgerFilter {
    QDate month;   ///< first day of a month (earnings_ledger.period)
    QString party; ///< platform | workshop | mechanic (the payee kind)
    qint64 mechanicId = 0;
    qint64 workshopId = 0;
    QString eventType;    ///< session | escalation | bay_rental | membership
    QString entryType;    ///< platform_fee | workshop_share | …
    QString payoutStatus; ///< pending | scheduled | paid | failed
    QString serviceTier;  ///< virtual | physical
    bool operator==(const LedgerFilter &) const = default;
};

/// Key of the last row of a page (newest first: event_at DESC, id DESC).
struct LedgerKey {
    qint64 eventAtUs = 0; ///< µs since the Unix epoch
    qint64 id = 0;
};

struct LedgerRow {
    qint64 id = 0;
    qint64 eventAtUs = 0;
    QString eventType;
    qint64 eventId = 0;
    QString scenario;
    QString serviceTier;
    QString entryType;
    QString party;
    qint64 workshopId = 0;
    qint64 mechanicId = 0;
    QString payeeName; ///< the workshop's or mechanic's name, "The Auto Doctor" for the platform
    qint64 grossCents = 0;
    qint64 amountCents = 0;
    qint64 gstHstCents = 0;
    QString payoutStatus;
    QString payoutReference;
};

/// Grouped totals over the filtered ledger (one group per entry type), summing exactly the rows the
/// model pages through.
struct LedgerTotal {
    QString entryType;
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
    QString cause;
    QString eventType;
    qint64 eventId = 0;
    qint64 payoutId = 0;
    qint64 expectedCents = 0;
    qint64 actualCents = 0;
    QString detail;
};

struct PayoutRow {
    qint64 id = 0;
    qint64 batchId = 0;
    QString party;
    qint64 payeeId = 0;
    QString payeeName;
    qint64 amountCents = 0;
    QString status;
    QString reference;
    QString failureReason;
    int version = 0;
};

struct Payee {
    QString party; ///< mechanic | workshop
    qint64 id = 0;
    QString name;
};

/// An event as the platform recorded it, with what the split engine needs about its parties.
struct EarningsEvent {
    QString eventType; ///< session | escalation | bay_rental | membership
    qint64 eventId = 0;
    QString sessionType;
    QString programType;
    qint64 partnershipId = 0;
    int programWorkshopShareBp = 0;
    qint64 grossCents = 0;
    QDate date; ///< in the platform's zone
    qint64 mechanicId = 0;
    qint64 workshopId = 0;
    qint64 referringWorkshopId = 0;
    QString mechanicProvince;
    QString workshopProvince;
    int workshopFeeBp = -1; ///< organizations.platform_fee_bp, -1 without a workshop
};

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
    static Result<int> postEvent(QSqlDatabase &db, const QString &eventType, qint64 eventId);
    /// Every completed event not in the ledger yet (optionally only before @p before).
    static Result<QList<EarningsEvent>> unpostedEvents(QSqlDatabase &db, const QString &eventType = {},
                                                       qint64 eventId = 0);
    static Result<int> postPending(QSqlDatabase &db, bool ownTransaction = true);

    // ----- ledger browsing ------------------------------------------------------------------
    static QString whereClause(const LedgerFilter &filter, QVariantList *binds);
    static QString pageSql(const LedgerFilter &filter, bool hasAfter, QVariantList *binds);
    static Result<QList<LedgerRow>> fetchPage(QSqlDatabase &db, const LedgerFilter &filter,
                                              const std::optional<LedgerKey> &after, int limit);
    static Result<QList<LedgerTotal>> totals(QSqlDatabase &db, const LedgerFilter &filter);
    /// The ledger rows of one event (drill-down to its split).
    static Result<QList<LedgerRow>> eventRows(QSqlDatabase &db, const QString &eventType, qint64 eventId);
    static Result<QList<MonthlyRevenue>> platformRevenue(QSqlDatabase &db, QDate from, QDate to);
    /// A payee's net earnings per month for the 12 months ending with @p lastMonth.
    static Result<QList<QPair<QDate, qint64>>> payeeMonths(QSqlDatabase &db, const QString &party, qint64 id,
                                                           QDate lastMonth);
    static Result<QList<Payee>> payees(QSqlDatabase &db);

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

    // ----- export and statements -------------------------------------------------------------
    /// Writes the filtered ledger to @p path as CSV with libpq COPY … TO STDOUT (streams, any size).
    static Result<qint64> exportCsv(QSqlDatabase &db, const LedgerFilter &filter, const QString &path);
    /// Statements of @p month for every payee with activity, balance or payouts (or only @p only).
    static Result<QList<StatementData>> loadStatements(QSqlDatabase &db, QDate month,
                                                       const std::optional<Payee> &only = std::nullopt);
};

} // namespace adesk

Q_DECLARE_METATYPE(adesk::LedgerFilter)
