#pragma once

#include "models/core/requestkey.h"
#include "models/core/result.h"
#include "models/tax/t4areturn.h"
#include "models/tax/taxtypes.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace adesk {

/// The tax family (migration 0006): payee tax profiles, the payer, T4A slips, submissions. Static
/// calls on the calling worker thread's connection. Every write goes through a database function
/// that checks the caller is finance and validates the data, and (except savePayer, a single
/// versioned upsert) takes the RequestKey of the user intent (models/core/requestkey.h) so that a retry
/// has its effect once and returns the first result.
class TaxRepository {
public:
    /// Years with paid payouts or slips, newest first (always includes last year).
    static Result<QList<int>> years(QSqlDatabase &db);
    /// The pane's rows for tax @p year: desk.t4a_overview_rows (migration 0049, the body of
    /// desk.t4a_overview as a view), in desk.t4a_overview's order with the names compared by code
    /// point (sortInOverviewOrder). The sort runs here, on the calling worker thread, not on the
    /// database server (bench_t4a, t4a_overview: 50,000 payees). Amounts in cents.
    static Result<QList<T4AOverviewRow>> overview(QSqlDatabase &db, int year);
    /// The rows of @p sql, a statement with desk.t4a_overview's 23 columns in its order and one
    /// bind, @p year, read as overview() reads them (unsorted). overview() and bench_t4a's same-run
    /// anchor (the function, as the pane read it before 0049) use it.
    static Result<QList<T4AOverviewRow>> overviewRows(QSqlDatabase &db, const QString &sql, int year);
    /// Sorts @p rows as desk.t4a_overview orders them: slips due first, then payee name (code
    /// points, as PostgreSQL's "C" collation; a null name last), party code, payee id.
    static void sortInOverviewOrder(QList<T4AOverviewRow> &rows);
    /// The bare aggregation (desk.t4a_year_payees) count, for checks and benchmarks.
    static Result<qint64> slipsDueCount(QSqlDatabase &db, int year);

    static Result<TaxProfile> profile(QSqlDatabase &db, Party party, qint64 payeeId);
    /// Creates or updates; returns the new version (40001 when @p p.version is stale).
    static Result<int> saveProfile(QSqlDatabase &db, const RequestKey &key, const TaxProfile &p);
    /// The clear SIN and BN (audited by the database), as {sin, bn}.
    static Result<QStringList> reveal(QSqlDatabase &db, qint64 profileId, const QString &reason);

    static Result<T4APayer> payer(QSqlDatabase &db);
    static Status savePayer(QSqlDatabase &db, const T4APayer &payer);

    static Result<int> generateSlips(QSqlDatabase &db, const RequestKey &key, int year);
    static Result<int> finalizeSlips(QSqlDatabase &db, const RequestKey &key, int year,
                                     const QList<qint64> &slipIds = {});
    /// Current slips of @p year with @p statuses, SIN/BN in clear (audited), and the payer.
    static Result<T4AReturnData> returnData(QSqlDatabase &db, int year,
                                            const QList<SlipStatus> &statuses = {SlipStatus::Draft,
                                                                                 SlipStatus::Final});
    /// One page of the same slips (desk.t4a_return_page, 0043; issue 19: a return read a page at a
    /// time keeps T4A processing flat in the number of payees): the slips whose id is above
    /// @p afterSlipId, in ascending id, at most @p limit (1 to 10,000; 0: all of them). Fewer than
    /// @p limit: the last page. Finance only (42501); each page read is audited.
    static Result<QList<T4ASlipData>> returnPage(QSqlDatabase &db, int year, qint64 afterSlipId, int limit,
                                                 const QList<SlipStatus> &statuses = {SlipStatus::Draft,
                                                                                      SlipStatus::Final});
    static Result<qint64> recordFiling(QSqlDatabase &db, const RequestKey &key, int year,
                                       const QString &submissionRef, const QList<qint64> &slipIds,
                                       const QByteArray &xmlSha256);
    /// Amends (or cancels) a filed slip; returns the new draft slip's id.
    static Result<qint64> amendSlip(QSqlDatabase &db, const RequestKey &key, qint64 slipId, int version,
                                    bool cancel, qint64 box048Cents = -1, const QString &note = {});
};

} // namespace adesk
