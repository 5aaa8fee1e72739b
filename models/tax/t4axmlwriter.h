#pragma once

#include "models/tax/t4areturn.h"

#include <QByteArray>
#include <QList>

#include <functional>

namespace adesk {

/// Where each part of a generated submission sits (1-based line numbers, inclusive), so that a
/// schema error reported on a line can be shown against the slip it comes from.
struct T4AXmlLayout {
    struct Span {
        int index = -1; ///< index into T4AReturnData::slips, -1 for the summary / T619
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

/// Writes the CRA XML submission of a T4A return:
///
///   Submission / T619 (CRA's 2025 layout: sbmt_ref_id, TransmitterAccountNumber with bn9 | bn15 |
///   trust | nr4, or TransmitterRepID, summ_cnt, lang_cd, TRNMTR_NM, CNTC; no trnmtr_nbr,
///   TRNMTR_ADDR or rpt_tcd) / Return / T4A / T4ASlip… / T4ASummary (schema 1-24-1).
///
/// Box 048 goes to T4A_AMT/fee_or_oth_srvc_amt; other boxes only when used. A missing SIN is
/// written as 000000000 and a missing recipient BN as 000000000RT0000, as the CRA layout asks.
/// Values are written as given (escaped), never truncated: the schema validation catches lengths.
/// slp_cnt counts every T4ASlip of the return; the totals add the slips that are not cancelled.
/// One element per line, so that the layout maps lines to slips exactly.
class T4AXmlWriter {
public:
    struct Output {
        QByteArray xml;
        T4AXmlLayout layout;
        bool cancelled = false;
    };
    /// @p keepGoing (optional) is asked every 1,000 slips with the number written; false stops.
    static Output write(const T4AReturnData &data, const std::function<bool(int)> &keepGoing = {});
    /// The CRA postal code form: upper case without the space (M5V3L9).
    static QString craPostalCode(const QString &postalCode);
};

} // namespace adesk
