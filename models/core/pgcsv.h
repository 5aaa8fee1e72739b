#pragma once

#include "models/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace adesk {

/// A CSV file read by PostgreSQL's COPY: the header's fields and the records after it, each with the
/// line of the file it starts on (counted as COPY counts them in its errors: a quoted line break
/// starts a new line).
struct CsvRecords {
    QStringList header;
    QList<QStringList> rows;
    QList<qint64> lines; ///< lines[i]: the line of the file rows[i] starts on
    QString encoding;    ///< what the file was read as: "UTF8" or "WIN1252"
};

/// CSV through PostgreSQL (CONTRIBUTING.md, "Bulk loads and CSV exports use COPY through libpq"),
/// instead of hand-written parsing and quoting.
class PgCsv {
    Q_DECLARE_TR_FUNCTIONS(adesk::PgCsv)
public:
    /// Runs @p sql (positional `?` placeholders, as SqlQuery) with @p binds as real parameters
    /// (libpq's extended protocol: no value is ever spliced into the text) and writes its rows to
    /// @p path as RFC 4180 CSV with a header, quoting as COPY … (FORMAT csv) does: a field is quoted
    /// when it holds a comma, a quote, CR or LF, or is an empty string (NULL is an empty unquoted
    /// field). Rows stream one at a time (libpq single-row mode). Returns the number of data rows.
    ///
    /// Why not COPY (query) TO STDOUT: COPY takes no parameters, so its query would have to carry the
    /// values as text.
    static Result<qint64> exportQuery(QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                      const QString &path);

    /// Reads the CSV file at @p path with `COPY … FROM STDIN (FORMAT csv)` into a temporary table of
    /// the caller's own session (created and dropped in one transaction; no SECURITY DEFINER code
    /// reads it) and returns its records. The file is streamed (no size limit). Encoding: UTF-8
    /// (with or without a byte-order mark), otherwise Windows-1252 (Latin-1 as Windows writes it).
    /// The separator is ',' or ';' (whichever the header row has more of). A malformed record fails
    /// the whole read with "Line N: …" (N: the line of the file where COPY stopped) and reads nothing.
    static Result<CsvRecords> readFile(QSqlDatabase &db, const QString &path);

    /// Where the `?` placeholders of @p sql are, outside quoted literals and identifiers, turned into
    /// libpq's `$1`, `$2`, …
    static QString numberPlaceholders(const QString &sql);
};

} // namespace adesk
