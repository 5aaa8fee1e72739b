#pragma once

#include "models/core/pgcsv.h"
#include "models/partnerships/partnershiptypes.h"

#include <QCoreApplication>
#include <QStringList>

namespace adesk {

/// CSV import of a partnership's parts catalog and labour rates. A header row names the columns
/// (any order, case-insensitive): parts need part_number, part_name, wholesale, retail and may have
/// category, lead_time_days, valid_from, valid_until; labour rates need service_category,
/// rate_per_hour and may have mechanic_rate, mechanic_commission_percent, valid_from, valid_until.
/// Amounts are typed as people type them ("89.95", "1 234,56 $"); dates are ISO (YYYY-MM-DD).
/// Fields may be quoted ("…", "" for a quote). Every bad line is reported with its number.
class PartsCsv {
    Q_DECLARE_TR_FUNCTIONS(adesk::PartsCsv)
public:
    template <typename Row> struct Parsed {
        QList<Row> rows;
        QStringList errors;
    };
    /// From a file read by PgCsv::readFile (COPY): errors name the file's lines.
    static Parsed<PartRow> parseParts(const CsvRecords &records);
    static Parsed<LabourRateRow> parseLabourRates(const CsvRecords &records);
    /// From a few lines of text in memory (a pasted snippet, a cell): split by splitLine, one record
    /// per line. Files go through PgCsv::readFile and the overloads above.
    static Parsed<PartRow> parseParts(const QString &text);
    static Parsed<LabourRateRow> parseLabourRates(const QString &text);
    /// One CSV line split into fields (RFC 4180 quoting, ',' or ';' separator).
    static QStringList splitLine(const QString &line, QChar separator);

    struct Table; // the header's columns and the records, with their lines

private:
    static Parsed<PartRow> parts(const Table &t);
    static Parsed<LabourRateRow> labourRates(const Table &t);
};

} // namespace adesk
