#include "models/core/pgcsv.h"

#include "models/core/sqlquery.h"

#include <QDateTime>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

#include <libpq-fe.h>

#include <vector>

namespace adesk {

namespace {

constexpr qint64 kChunk = 1 << 20; // what is read from the file and handed to COPY at a time
constexpr int kMaxColumns = 200;
const QByteArray kBom("\xEF\xBB\xBF");

DbError resultError(const PGresult *res, PGconn *conn) {
    if (!res)
        return DbError::other(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
    return DbError::fromSqlState(QString::fromLatin1(PQresultErrorField(res, PG_DIAG_SQLSTATE)),
                                 QString::fromUtf8(PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY)),
                                 QString::fromUtf8(PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL)));
}

/// The text form PostgreSQL reads for a bound value (what SqlQuery's QPSQL binds would send).
QByteArray paramText(const QVariant &v, bool *isNull) {
    *isNull = v.isNull();
    if (*isNull)
        return {};
    switch (v.metaType().id()) {
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate).toUtf8();
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::Bool:
        return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    default:
        return v.toString().toUtf8();
    }
}

/// One CSV field, quoted as COPY … (FORMAT csv) quotes it.
void appendField(QByteArray &out, const char *data, int len, bool isNull) {
    if (isNull)
        return;
    const QByteArrayView v(data, len);
    bool quote = v.isEmpty();
    for (char c : v)
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    if (!quote) {
        out.append(v);
        return;
    }
    out.append('"');
    for (char c : v) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void appendHeader(QByteArray &out, const PGresult *res) {
    for (int c = 0; c < PQnfields(res); ++c) {
        if (c)
            out.append(',');
        const char *name = PQfname(res, c);
        appendField(out, name, int(qstrlen(name)), false);
    }
    out.append('\n');
}

/// Discards what is left of a command's results (after an error), so the connection is usable.
void drain(PGconn *conn) {
    while (PGresult *r = PQgetResult(conn))
        PQclear(r);
}

bool exec(PGconn *conn, const QByteArray &sql, DbError *error) {
    PGresult *r = PQexec(conn, sql.constData());
    const ExecStatusType st = PQresultStatus(r);
    const bool ok = st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK;
    if (!ok && error)
        *error = resultError(r, conn);
    PQclear(r);
    return ok;
}

} // namespace

QString PgCsv::numberPlaceholders(const QString &sql) {
    QString out;
    out.reserve(sql.size() + 16);
    int n = 0;
    QChar quote;
    for (QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'?') {
            out += u'$' + QString::number(++n);
            continue;
        }
        out += c;
    }
    return out;
}

Result<qint64> PgCsv::exportQuery(QSqlDatabase &db, const QString &sql, const QVariantList &binds,
                                  const QString &path) {
    SqlQuery::assertNotOnGuiThread(db, "PgCsv::exportQuery");
    PGconn *conn = nativeHandle(db);
    if (!conn)
        return DbError::other(tr("CSV export needs a PostgreSQL connection."));
    std::vector<QByteArray> texts;
    std::vector<const char *> values;
    texts.reserve(size_t(binds.size()));
    for (const QVariant &v : binds) {
        bool isNull = false;
        texts.push_back(paramText(v, &isNull));
        values.push_back(isNull ? nullptr : texts.back().constData());
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return DbError::other(tr("Cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray text = numberPlaceholders(sql).toUtf8();
    if (!PQsendQueryParams(conn, text.constData(), int(values.size()), nullptr, values.data(), nullptr,
                           nullptr, 0))
        return DbError::other(QString::fromUtf8(PQerrorMessage(conn)).trimmed());
    PQsetSingleRowMode(conn);
    qint64 rows = 0;
    bool header = false;
    bool writeOk = true;
    DbError error;
    QByteArray line;
    while (PGresult *res = PQgetResult(conn)) {
        const ExecStatusType st = PQresultStatus(res);
        if (st == PGRES_SINGLE_TUPLE || st == PGRES_TUPLES_OK) {
            line.clear();
            if (!header) {
                appendHeader(line, res);
                header = true;
            }
            for (int r = 0; r < PQntuples(res); ++r, ++rows) {
                for (int c = 0; c < PQnfields(res); ++c) {
                    if (c)
                        line.append(',');
                    appendField(line, PQgetvalue(res, r, c), PQgetlength(res, r, c), PQgetisnull(res, r, c));
                }
                line.append('\n');
            }
            writeOk = writeOk && file.write(line) == line.size();
        } else if (!error.isError()) {
            error = resultError(res, conn);
        }
        PQclear(res);
    }
    if (error.isError())
        return error;
    if (!writeOk || !file.flush())
        return DbError::other(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return rows;
}

Result<CsvRecords> PgCsv::readFile(QSqlDatabase &db, const QString &path) {
    SqlQuery::assertNotOnGuiThread(db, "PgCsv::readFile");
    PGconn *conn = nativeHandle(db);
    if (!conn)
        return DbError::other(tr("CSV import needs a PostgreSQL connection."));
    if (PQtransactionStatus(conn) != PQTRANS_IDLE)
        return DbError::other(QStringLiteral("PgCsv::readFile: the connection is inside a transaction"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DbError::other(tr("Cannot read %1: %2").arg(path, file.errorString()));

    // Pass 1: the encoding (is the whole file valid UTF-8?) and the header record's separator and
    // number of fields (quote-aware: a header field may hold the separator or a line break).
    const bool bom = file.peek(3) == kBom;
    QStringDecoder utf8(QStringDecoder::Utf8);
    bool inQuote = false;
    bool headerDone = false;
    bool anyData = false;
    int commas = 0;
    int semicolons = 0;
    qint64 line = 1;
    bool atRecordStart = true;
    QList<qint64> startLines; // the line each record starts on (as COPY counts lines)
    if (bom)
        file.read(3);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty())
            break;
        const QString decoded = utf8.decode(chunk); // (decoding is lazy: it runs here)
        Q_UNUSED(decoded);
        for (const char c : chunk) {
            if (atRecordStart) {
                startLines << line;
                atRecordStart = false;
            }
            if (c == '"') {
                inQuote = !inQuote;
            } else if (c == '\n') {
                ++line;
                if (!inQuote) {
                    atRecordStart = true;
                    headerDone = true;
                }
            } else if (!headerDone && !inQuote && c == ',') {
                ++commas;
            } else if (!headerDone && !inQuote && c == ';') {
                ++semicolons;
            }
            if (c != '\r' && c != '\n')
                anyData = true;
        }
    }
    if (!anyData)
        return DbError::fromSqlState(QStringLiteral("22P04"), tr("The file is empty."));
    const QString encoding = utf8.hasError() ? QStringLiteral("WIN1252") : QStringLiteral("UTF8");
    const char separator = semicolons > commas ? ';' : ',';
    const int columns = (separator == ';' ? semicolons : commas) + 1;
    if (columns > kMaxColumns)
        return DbError::fromSqlState(
            QStringLiteral("22P04"),
            tr("The header row has %1 columns; at most %2 are read.").arg(columns).arg(kMaxColumns));

    // Pass 2: COPY into the session's own temporary table, dropped at the end of the transaction.
    QStringList names;
    QStringList defs;
    for (int c = 1; c <= columns; ++c) {
        names << QStringLiteral("c%1").arg(c);
        defs << QStringLiteral("c%1 text").arg(c);
    }
    DbError error;
    if (!exec(conn, "BEGIN", &error))
        return error;
    auto fail = [&](const DbError &e) {
        exec(conn, "ROLLBACK", nullptr);
        return e;
    };
    if (!exec(conn,
              QStringLiteral("CREATE TEMP TABLE pg_temp.adesk_csv_staging (record bigint GENERATED ALWAYS AS "
                             "IDENTITY, %1) ON COMMIT DROP")
                  .arg(defs.join(QStringLiteral(", ")))
                  .toUtf8(),
              &error))
        return fail(error);
    const QByteArray copy = QStringLiteral("COPY pg_temp.adesk_csv_staging (%1) FROM STDIN WITH (FORMAT csv, "
                                           "DELIMITER '%2', ENCODING '%3')")
                                .arg(names.join(QStringLiteral(", ")), QChar::fromLatin1(separator), encoding)
                                .toUtf8();
    PGresult *res = PQexec(conn, copy.constData());
    if (PQresultStatus(res) != PGRES_COPY_IN) {
        error = resultError(res, conn);
        PQclear(res);
        return fail(error);
    }
    PQclear(res);
    file.seek(bom ? 3 : 0);
    bool sent = true;
    while (sent && !file.atEnd()) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty())
            break;
        sent = PQputCopyData(conn, chunk.constData(), int(chunk.size())) == 1;
    }
    const QString readError = file.error() != QFileDevice::NoError ? file.errorString() : QString();
    PQputCopyEnd(conn, readError.isEmpty() ? nullptr : readError.toUtf8().constData());
    while ((res = PQgetResult(conn)) != nullptr) {
        if (PQresultStatus(res) != PGRES_COMMAND_OK && !error.isError()) {
            error = resultError(res, conn);
            // COPY says where it stopped in its context: "COPY adesk_csv_staging, line 12, column c3: …".
            static const QRegularExpression lineRe(QStringLiteral("\\bline (\\d+)"));
            const QRegularExpressionMatch m =
                lineRe.match(QString::fromUtf8(PQresultErrorField(res, PG_DIAG_CONTEXT)));
            if (m.hasMatch()) {
                qint64 at = m.captured(1).toLongLong();
                // A quote left open runs to the end of the file, where COPY notices it: name the
                // line where that record starts.
                if (inQuote && !startLines.isEmpty() && at >= startLines.last())
                    at = startLines.last();
                error.serverMessage = tr("Line %1: %2").arg(at).arg(error.serverMessage);
            }
        }
        PQclear(res);
    }
    if (!readError.isEmpty() && !error.isError())
        error = DbError::other(tr("Cannot read %1: %2").arg(path, readError));
    if (error.isError())
        return fail(error);

    res = PQexec(conn, QStringLiteral("SELECT record, %1 FROM pg_temp.adesk_csv_staging ORDER BY record")
                           .arg(names.join(QStringLiteral(", ")))
                           .toUtf8()
                           .constData());
    if (PQresultStatus(res) != PGRES_TUPLES_OK) {
        error = resultError(res, conn);
        PQclear(res);
        return fail(error);
    }
    CsvRecords out;
    out.encoding = encoding;
    const int n = PQntuples(res);
    out.rows.reserve(qMax(0, n - 1));
    out.lines.reserve(qMax(0, n - 1));
    // Where each record starts, when COPY read as many records as the scan saw (it did, unless a
    // quote was malformed in a way COPY still accepted); otherwise the record's number.
    const bool linesKnown = startLines.size() == n;
    for (int r = 0; r < n; ++r) {
        QStringList fields;
        fields.reserve(columns);
        for (int c = 1; c <= columns; ++c)
            fields << QString::fromUtf8(PQgetvalue(res, r, c), PQgetlength(res, r, c));
        if (r == 0) {
            out.header = fields;
        } else {
            out.rows << fields;
            out.lines << (linesKnown ? startLines.at(r) : QByteArray(PQgetvalue(res, r, 0)).toLongLong());
        }
    }
    PQclear(res);
    if (!exec(conn, "COMMIT", &error))
        return fail(error);
    drain(conn);
    return out;
}

} // namespace adesk
