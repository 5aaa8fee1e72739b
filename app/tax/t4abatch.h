#pragma once

#include "app/batchcommands.h"
#include "models/tax/craschemavalidator.h"
#include "models/tax/t4areturn.h"
#include "models/tax/t4axmlwriter.h"

#include <QFile>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

namespace adesk {

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
class T4ABatch {
public:
    struct Outcome {
        QString directory;
        QString xmlPath;
        QString summaryPath;
        QStringList slipFiles;
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
        bool ok() const { return error.isEmpty() && issues.isEmpty() && !cancelled; }
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
    static QString xmlFileName(const T4AReturnData &data);

    static QFuture<Outcome> start(const T4AReturnData &data, const QString &directory, int threads = 0);
};

} // namespace adesk
