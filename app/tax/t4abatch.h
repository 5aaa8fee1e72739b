#pragma once

#include "app/batchcommands.h"
#include "models/core/connectionsettings.h"
#include "models/core/result.h"
#include "models/tax/craschemavalidator.h"
#include "models/tax/t4areturn.h"
#include "models/tax/t4axmlwriter.h"

#include <QFile>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

template <typename T> class QPromise;

namespace adesk {

/// Reads a year's current slips in ascending slip id, a page at a time (issue 19: T4A processing
/// in memory flat in the number of payees): the slips whose id is above @p afterSlipId, at most
/// @p limit of them; fewer than @p limit is the last page. TaxRepository::returnPage on the calling
/// thread's connection, or T4ABatch::pagesOf() over slips in memory.
using T4ASlipPages = std::function<Result<QList<T4ASlipData>>(qint64 afterSlipId, int limit)>;

/// A problem of a generated return, attributed to the slip it comes from.
struct T4AIssue {
    int slipIndex = -1; ///< index into the return's slips, -1 for the summary / transmitter
    qint64 slipId = 0;
    QString payeeKey; ///< "M12"
    QString payee;    ///< recipient as on the slip, or "T4A Summary"
    int line = 0;
    QString message;
    QString describe() const;
};

/// Generates a T4A return's files: the XML submission (validated against the CRA schema's Return
/// part BEFORE anything is saved; every error attributed to its slip by the writer's line layout),
/// then one PDF per recipient slip (in the recipient's language) and the T4A Summary PDF. Runs on
/// QtConcurrent with progress and cancel (QPromise). Until it is validated, the XML is in a
/// scratch file of the temporary directory (QTemporaryFile: readable by its owner only, removed
/// when the batch ends, also when it fails), not in memory.
///
/// Filing from the database (plan(), file(), startFiling(); issue 19) never holds the year's slips:
/// it reads them a page at a time (kPageSize) three times, to check them, to write the XML and to
/// render the PDFs. What it keeps per slip is a few numbers, not the slip: while planning its id,
/// digest, amount and SIN as an integer (about 60 bytes with the SIN count); in the plan its id and
/// digest (16 bytes); while writing the XML its line span (24 bytes) and its id for the filing
/// record (8 bytes). A slip that changed between the check and a later pass (an amendment, a
/// profile edited meanwhile) stops the batch with a clear error instead of filing what was not
/// checked.
class T4ABatch {
public:
    /// Slips per page read from the database (about 1 MB of slips in memory).
    static constexpr int kPageSize = 1000;

    struct Outcome {
        QString directory;
        QString xmlPath;
        QString summaryPath;
        int slipFilesWritten = 0; ///< recipient slip PDFs written into directory
        QList<T4AIssue> issues;   ///< schema errors (nothing written when not empty)
        QList<T4AIssue> warnings; ///< profile problems of slips (files written)
        QString error;
        bool cancelled = false;
        QByteArray xmlSha256;
        QString submissionRef;
        ReportType reportType = ReportType::Original; ///< of the summary (original or amended)
        QList<qint64> slipIds;
        qint64 totalBox048Cents = 0;
        qint64 generateMs = 0, validateMs = 0, renderMs = 0;
        /// startFiling only: the current slips not filed, with the reason (FilingPlan::leftOut), and
        /// whether there was no return to file at all (nothing written, not an error).
        QList<T4AIssue> leftOut;
        bool nothingToFile = false;
        bool ok() const { return error.isEmpty() && issues.isEmpty() && !cancelled; }
    };

    /// One return of a filing, without its slips (issue 19): they are read again, a page at a time,
    /// when its XML is written and when its PDFs are rendered, and each must still be what was
    /// checked (digest()).
    struct ReturnPlan {
        T4AReturnData header;                   ///< taxYear, payer, submissionRef, amendmentNote; no slips
        ReportType kind = ReportType::Original; ///< of every slip of the return
        QList<qint64> slipIds;                  ///< ascending
        QList<size_t> digests;                  ///< digest() of each slip as checked, in slipIds' order
        qint64 totalBox048Cents = 0;
        int slipCount() const { return int(slipIds.size()); }
    };
    /// prepareFiling's decisions, with the returns as plans.
    struct FilingPlan {
        QList<ReturnPlan> returns; ///< originals, amended, cancelled (Filing::returns' order)
        QList<T4AIssue> leftOut;
        QString payerProblem;
        QString error; ///< a page could not be read (translated); returns and leftOut are then empty
        bool cancelled = false;
    };

    /// What can be filed from a year's current slips (TaxRepository::returnData: drafts and finals).
    struct Filing {
        /// The returns, each of one kind of slip, in this order: originals (report type O), amended
        /// slips (A), cancelled slips (C; the Summary of an amended return). CRA's amendment rules
        /// (RC4157 "Amending, cancelling, adding or replacing slips"; T4A XML specifications): an
        /// original return holds only originals, an amended return never an original; keeping A and
        /// C apart makes each Summary's slp_cnt and totals describe exactly the slips it holds.
        /// Each return has its own sbmt_ref_id.
        QList<T4AReturnData> returns;
        /// Current slips that are not filed, with the reason: a draft (finalise it first), a problem
        /// the database flags (T4ASlipData::problems) or the file's own checks find
        /// (T4ASlipData::fileProblems), or a SIN that another slip of the year also carries.
        QList<T4AIssue> leftOut;
        /// The payer / transmitter cannot file at all (account number, transmitter number).
        QString payerProblem;
    };
    static Filing prepareFiling(const T4AReturnData &all);
    /// The same decisions over slips read a page at a time (@p pages, @p pageSize per page):
    /// payer, year and amendment note from @p header (its slips are not read). A SIN is compared
    /// with the others of the year by its 9 digits (a set of integers, not of the slips).
    /// @p keepGoing (optional) is asked after each page with the slips read so far; false stops
    /// (FilingPlan::cancelled).
    static FilingPlan plan(const T4AReturnData &header, const T4ASlipPages &pages, int pageSize = kPageSize,
                           const std::function<bool(int)> &keepGoing = {});
    /// Pages over @p slips (sorted by slip id first), as TaxRepository::returnPage would read them.
    static T4ASlipPages pagesOf(QList<T4ASlipData> slips);
    /// A digest of everything the return takes from @p slip (every field, its problems included).
    static size_t digest(const T4ASlipData &slip);
    /// The first return of prepareFiling (what the T4A pane files next), empty slips when none.
    static T4AReturnData selectForFiling(const T4AReturnData &all);
    /// Maps schema issues to slips through the writer's layout.
    static QList<T4AIssue> attribute(const T4AReturnData &data, const T4AXmlLayout &layout,
                                     const QList<SchemaIssue> &issues);
    /// XML generation + validation only, in memory (no files), the document in @p xml.
    static Outcome check(const T4AReturnData &data, QByteArray *xml = nullptr);
    /// What the batch does first: the same document written to @p file (open for writing, empty)
    /// as it is made and validated from the file, so that memory stays flat in the number of slips
    /// (issue 19). A write that fails (disk full) is Outcome::error.
    static Outcome checkFile(const T4AReturnData &data, QFile *file);
    /// The same for a planned return, its slips read from @p pages a page at a time.
    static Outcome checkFile(const ReturnPlan &plan, const T4ASlipPages &pages, QFile *file,
                             int pageSize = kPageSize);
    static QString xmlFileName(const T4AReturnData &data);
    static QString xmlFileName(int taxYear, ReportType summaryType, const QString &submissionRef);

    static QFuture<Outcome> start(const T4AReturnData &data, const QString &directory, int threads = 0);
    /// start()'s work for a planned return, on the calling thread (which @p pages reads on): the XML
    /// checked through a scratch file, then the PDFs of each page on @p threads threads (0: every
    /// core). @p promise (optional) gets the progress (0 to slips + 3) and is asked for cancel.
    static Outcome file(const ReturnPlan &plan, const T4ASlipPages &pages, const QString &directory,
                        int threads = 0, QPromise<Outcome> *promise = nullptr, int pageSize = kPageSize);
    /// The T4A pane's "Generate": plans @p year's filing and files its first return (originals,
    /// then amended, then cancelled slips; T4ABatch::Filing), reading the slips page by page on a
    /// connection of its own made from @p settings (finance's: the pages are audited reads of clear
    /// SINs). Outcome::leftOut lists what is not filed; Outcome::nothingToFile when no return is.
    /// A payer that is not set or cannot file is Outcome::error.
    static QFuture<Outcome> startFiling(const ConnectionSettings &settings, int year,
                                        const QString &directory, int threads = 0);
};

} // namespace adesk
