#pragma once

#include "models/tax/t4areturn.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

class QIODevice;

namespace adesk {

/// Where each part of a generated submission sits (1-based line numbers, inclusive), so that a
/// schema error reported on a line can be shown against the slip it comes from.
struct T4AXmlLayout {
    struct Span {
        int index = -1; ///< the slip's place in the return (T4AReturnData::slips), -1 for the summary / T619
        qint64 slipId = 0;
        int firstLine = 0;
        int lastLine = 0;
    };
    QList<Span> slips; ///< in document order
    Span summary;
    Span transmitter;
    int returnFirstLine = 0;
    /// Index of the slip whose element contains @p line, -1 when none.
    int slipAtLine(int line) const;
    bool inSummary(int line) const { return line >= summary.firstLine && line <= summary.lastLine; }
};

/// Writes the CRA XML submission of a T4A return with QXmlStreamWriter:
///
///   Submission / T619 (CRA's 2026 layout, "T619, Electronic Transmittal" 2026V4: sbmt_ref_id,
///   TransmitterAccountNumber with one of bn9 | bn15 | trust | nr4, or TransmitterRepID/RepID,
///   summ_cnt, lang_cd, TransmitterName/l1_nm, TransmitterCountryCode, CNTC) / Return / T4A /
///   T4ASlip… / T4ASummary (schema bundle 1-24-1).
///
/// Box 048 goes to T4A_AMT/fee_or_oth_srvc_amt; other boxes only when used. A missing SIN is
/// written as 000000000 and a missing recipient BN as 000000000RT0000, as the CRA layout asks.
/// Text is escaped by QXmlStreamWriter; characters XML 1.0 forbids are dropped and line breaks
/// become spaces. Values are never truncated: the schema validation catches lengths. slp_cnt
/// counts the slips of the return and the totals add every one of them (a return holds one kind of
/// slip). Every element is on its own line, so that the layout maps lines to slips exactly.
class T4AXmlWriter {
public:
    struct Output {
        QByteArray xml; ///< the document, from write(data) only (empty when written to a device)
        T4AXmlLayout layout;
        qint64 bytes = 0;  ///< the document's size in bytes
        QByteArray sha256; ///< of the document's bytes (raw, 32 bytes)
        QString error;     ///< the device refused a write (disk full...): translated, with its reason
        bool cancelled = false;
        T4ASummaryTotals totals; ///< of the slips written (the Summary's slp_cnt, totals, rpt_tcd)
    };
    /// Hands the writer the return's slips in document order, a page at a time: sets @p page to the
    /// next slips (empty: there are no more), or returns false with a translated @p error (a read
    /// that failed, a slip changed since it was checked), which stops the document (Output::error).
    using SlipFeed = std::function<bool(QList<T4ASlipData> *page, QString *error)>;
    /// A feed that hands @p slips over as one page (a return held in memory).
    static SlipFeed feedOf(const QList<T4ASlipData> &slips);
    /// The document in memory (Output::xml). @p keepGoing (optional) is asked every 1,000 slips with
    /// the number written; false stops.
    static Output write(const T4AReturnData &data, const std::function<bool(int)> &keepGoing = {});
    /// The same document written to @p device as it is made (open for writing; a file keeps the
    /// memory flat in the number of slips, issue 19): Output::xml stays empty, bytes and sha256
    /// describe what was written. A device that refuses a write sets Output::error.
    static Output write(const T4AReturnData &data, QIODevice *device,
                        const std::function<bool(int)> &keepGoing = {});
    /// The same document with the slips @p feed hands over instead of @p header's (not read): the
    /// payer, year, sbmt_ref_id and amendment note come from @p header, slp_cnt, the totals and
    /// the Summary's report type from the slips as they pass. Only a page of slips is in memory at
    /// a time (issue 19: T4A processing flat in the number of payees; T4ABatch reads the pages
    /// from the database).
    static Output write(const T4AReturnData &header, const SlipFeed &feed, QIODevice *device,
                        const std::function<bool(int)> &keepGoing = {});
    /// The CRA postal code form: upper case without the space (M5V3L9).
    static QString craPostalCode(const QString &postalCode);
};

} // namespace adesk
