#include "app/tax/t4abatch.h"

#include "app/shell/reportsprofile.h"
#include "models/core/dbexecutor.h"
#include "models/core/replicastatus.h"
#include "models/tax/payeraccount.h"
#include "models/tax/sin.h"
#include "models/tax/t4arules.h"
#include "models/tax/taxrepository.h"
#include "views/paper/t4arenderer.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QMutex>
#include <QPromise>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>
#include <numeric>

namespace adesk {

QString T4AIssue::describe() const {
    if (slipIndex < 0)
        return QCoreApplication::translate("adesk::T4ABatch", "%1, line %2: %3")
            .arg(payee)
            .arg(line)
            .arg(message);
    return QCoreApplication::translate("adesk::T4ABatch", "slip %1 (%2 %3), line %4: %5")
        .arg(slipId)
        .arg(payeeKey, payee)
        .arg(line)
        .arg(message);
}

T4ABatch::Filing T4ABatch::prepareFiling(const T4AReturnData &all) {
    Filing f;
    const T4APayer &payer = all.payer;
    if (!PayerAccount::isValid(payer.payerAccount))
        f.payerProblem = QCoreApplication::translate(
                             "adesk::T4ABatch", "the payer's account number %1 is not valid (9 digits with "
                                                "their check digit, RP, 4 digits)")
                             .arg(payer.payerAccount);
    else if (!PayerAccount::isValidTransmitter(payer.transmitterKind, payer.transmitterNumber))
        f.payerProblem =
            QCoreApplication::translate("adesk::T4ABatch", "the transmitter number %1 is not a valid %2")
                .arg(payer.transmitterNumber, payer.transmitterKind);

    // A SIN on two current slips of the year: neither is filed.
    QHash<QString, int> sinCount;
    for (const T4ASlipData &s : all.slips)
        if (s.status != SlipStatus::Filed && !s.sin.isEmpty())
            ++sinCount[Sin::normalized(s.sin)];

    QList<T4ASlipData> byType[3];
    for (const T4ASlipData &s : all.slips) {
        if (s.status == SlipStatus::Filed)
            continue;
        QStringList reasons;
        if (s.status == SlipStatus::Draft)
            reasons << QCoreApplication::translate("adesk::T4ABatch", "draft slip (finalize it first)");
        QStringList codes = s.problems;
        for (const QString &c : s.fileProblems())
            if (!codes.contains(c))
                codes << c;
        if (!s.sin.isEmpty() && sinCount.value(Sin::normalized(s.sin)) > 1 &&
            !codes.contains(QStringLiteral("duplicate_sin")))
            codes << QStringLiteral("duplicate_sin");
        for (const QString &c : codes)
            reasons << T4ARules::problemLabel(c);
        if (!reasons.isEmpty()) {
            T4AIssue i;
            i.slipId = s.slipId;
            i.payeeKey = s.key();
            i.payee = s.recipientDisplay();
            i.message = reasons.join(QStringLiteral("; "));
            f.leftOut << i;
            continue;
        }
        byType[s.reportType == ReportType::Original ? 0 : s.reportType == ReportType::Amended ? 1 : 2] << s;
    }
    for (int t = 0; t < 3; ++t) {
        if (byType[t].isEmpty())
            continue;
        T4AReturnData r = all;
        r.slips = byType[t];
        r.submissionRef = T4AReturnData::newSubmissionRef();
        if (t > 0 && r.amendmentNote.isEmpty())
            r.amendmentNote =
                t == 1 ? QStringLiteral("Amended T4A slips") : QStringLiteral("Cancelled T4A slips");
        f.returns << r;
    }
    return f;
}

T4AReturnData T4ABatch::selectForFiling(const T4AReturnData &all) {
    const Filing f = prepareFiling(all);
    if (!f.returns.isEmpty())
        return f.returns.first();
    T4AReturnData out = all;
    out.slips.clear();
    return out;
}

QList<T4AIssue> T4ABatch::attribute(const T4AReturnData &data, const T4AXmlLayout &layout,
                                    const QList<SchemaIssue> &issues) {
    QList<T4AIssue> out;
    out.reserve(issues.size());
    for (const SchemaIssue &i : issues) {
        T4AIssue t;
        t.line = i.line;
        t.message = i.message;
        t.slipIndex = layout.slipAtLine(i.line);
        if (t.slipIndex >= 0) {
            const T4ASlipData &s = data.slips[t.slipIndex];
            t.slipId = s.slipId;
            t.payeeKey = s.key();
            t.payee = s.recipientDisplay();
        } else if (layout.inSummary(i.line)) {
            t.payee = QCoreApplication::translate("adesk::T4ABatch", "T4A Summary");
        } else if (i.line >= layout.transmitter.firstLine && i.line <= layout.transmitter.lastLine) {
            t.payee = QCoreApplication::translate("adesk::T4ABatch", "T619 transmittal");
        } else {
            t.payee = QCoreApplication::translate("adesk::T4ABatch", "Return");
        }
        out << t;
    }
    return out;
}

QString T4ABatch::xmlFileName(const T4AReturnData &data) {
    return QStringLiteral("%1_T4A_%2_%3.xml")
        .arg(data.taxYear)
        .arg(data.summaryReportType() == ReportType::Amended ? QStringLiteral("amended")
                                                             : QStringLiteral("original"),
             data.submissionRef);
}

namespace {
/// What check() and checkFile() report of a return's document and its validation.
void describe(T4ABatch::Outcome &out, const T4AReturnData &data, const T4AXmlWriter::Output &w,
              const CraSchemaValidator::Result &v) {
    if (!v.fatal.isEmpty())
        out.error = v.fatal;
    out.issues = T4ABatch::attribute(data, w.layout, v.issues);
    out.submissionRef = data.submissionRef;
    out.reportType = data.summaryReportType();
    out.totalBox048Cents = data.totalBox048Cents();
    for (const T4ASlipData &s : data.slips) {
        out.slipIds << s.slipId;
        for (const QString &p : s.problems) {
            T4AIssue warn;
            warn.slipId = s.slipId;
            warn.payeeKey = s.key();
            warn.payee = s.recipientDisplay();
            warn.message = T4ARules::problemLabel(p);
            out.warnings << warn;
        }
    }
    out.xmlSha256 = w.sha256;
}
} // namespace

T4ABatch::Outcome T4ABatch::check(const T4AReturnData &data, QByteArray *xml) {
    Outcome out;
    QElapsedTimer t;
    t.start();
    T4AXmlWriter::Output w = T4AXmlWriter::write(data);
    out.generateMs = t.restart();
    const CraSchemaValidator::Result v = CraSchemaValidator::validateSubmission(w.xml);
    out.validateMs = t.elapsed();
    describe(out, data, w, v);
    if (xml)
        *xml = std::move(w.xml);
    return out;
}

T4ABatch::Outcome T4ABatch::checkFile(const T4AReturnData &data, QFile *file) {
    Outcome out;
    QElapsedTimer t;
    t.start();
    const T4AXmlWriter::Output w = T4AXmlWriter::write(data, file);
    if (!w.error.isEmpty() || !file->flush()) {
        out.error = !w.error.isEmpty() ? w.error
                                       : QCoreApplication::translate("adesk::T4ABatch", "Cannot write %1: %2")
                                             .arg(file->fileName(), file->errorString());
        return out;
    }
    out.generateMs = t.restart();
    const CraSchemaValidator::Result v = CraSchemaValidator::validateSubmissionFile(file->fileName());
    out.validateMs = t.elapsed();
    describe(out, data, w, v);
    return out;
}

namespace {
bool writeFile(const QString &path, const QByteArray &bytes, QString *error) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error =
            QCoreApplication::translate("adesk::T4ABatch", "Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

/// @p from's bytes to @p path (whole or not at all), 1 MiB at a time.
bool copyFile(QFile *from, const QString &path, QString *error) {
    QSaveFile f(path);
    bool ok = from->seek(0) && f.open(QIODevice::WriteOnly);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    while (ok) {
        const qint64 n = from->read(chunk.data(), chunk.size());
        if (n <= 0) {
            ok = n == 0;
            break;
        }
        ok = f.write(chunk.constData(), n) == n;
    }
    if (!ok || !f.commit()) {
        *error = QCoreApplication::translate("adesk::T4ABatch", "Cannot write %1: %2")
                     .arg(path, f.error() != QFileDevice::NoError ? f.errorString() : from->errorString());
        return false;
    }
    return true;
}
} // namespace

QFuture<T4ABatch::Outcome> T4ABatch::start(const T4AReturnData &data, const QString &directory, int threads) {
    return QtConcurrent::run([data, directory, threads](QPromise<Outcome> &promise) {
        const int n = int(data.slips.size());
        promise.setProgressRange(0, n + 3);
        // The XML goes to a private scratch file as it is written and is validated from there, so
        // that neither the document nor the parser's copy of it is in memory (issue 19); it is
        // copied into the directory with the slips once everything else is written.
        QTemporaryFile scratch(QDir(QDir::tempPath()).filePath(QStringLiteral("adesk-t4a-XXXXXX.xml")));
        if (!scratch.open()) {
            Outcome out;
            out.error = QCoreApplication::translate("adesk::T4ABatch", "Cannot write %1: %2")
                            .arg(scratch.fileTemplate(), scratch.errorString());
            promise.addResult(out);
            return;
        }
        Outcome out = checkFile(data, &scratch);
        out.directory = directory;
        promise.setProgressValue(1);
        if (!out.error.isEmpty() || !out.issues.isEmpty() || promise.isCanceled()) {
            out.cancelled = promise.isCanceled();
            promise.addResult(out);
            return;
        }
        if (!QDir().mkpath(directory)) {
            out.error = QCoreApplication::translate("adesk::T4ABatch", "Cannot create %1").arg(directory);
            promise.addResult(out);
            return;
        }
        QElapsedTimer timer;
        timer.start();
        QThreadPool pool;
        pool.setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
        std::atomic<int> done{0};
        std::atomic<bool> failed{false};
        QString firstError;
        QMutex lock;
        QList<int> indexes(n);
        std::iota(indexes.begin(), indexes.end(), 0);
        QFuture<void> each = QtConcurrent::map(&pool, indexes, [&](int i) {
            if (promise.isCanceled() || failed)
                return;
            const T4ASlipData &s = data.slips[i];
            const QByteArray pdf = T4ARenderer::renderSlip(s, data.payer, data.taxYear);
            QString error;
            if (!writeFile(QDir(directory).filePath(T4ARenderer::slipFileName(s, data.taxYear)), pdf,
                           &error)) {
                QMutexLocker l(&lock);
                if (firstError.isEmpty())
                    firstError = error;
                failed = true;
                return;
            }
            promise.setProgressValue(1 + ++done);
        });
        while (!each.isFinished()) {
            if (promise.isCanceled())
                each.cancel();
            QThread::msleep(10);
        }
        each.waitForFinished();
        if (failed) {
            out.error = firstError;
        } else if (promise.isCanceled()) {
            out.cancelled = true;
        } else {
            for (const T4ASlipData &s : data.slips)
                out.slipFiles << QDir(directory).filePath(T4ARenderer::slipFileName(s, data.taxYear));
            QString error;
            out.summaryPath = QDir(directory).filePath(T4ARenderer::summaryFileName(data.taxYear));
            if (!writeFile(out.summaryPath, T4ARenderer::renderSummary(data), &error))
                out.error = error;
            promise.setProgressValue(n + 2);
            out.xmlPath = QDir(directory).filePath(xmlFileName(data));
            if (out.error.isEmpty() && !copyFile(&scratch, out.xmlPath, &error))
                out.error = error;
        }
        out.renderMs = timer.elapsed();
        promise.setProgressValue(n + 3);
        promise.addResult(out);
    });
}

// `autodoctor-desk t4a --year YYYY --out DIR [--force]`
//
// Files what can be filed: the year's FINAL slips that pass every check, one return per kind of
// slip (originals, amended, cancelled; several returns go to DIR/original, DIR/amended,
// DIR/cancelled). Slips left out are listed with their reason on stderr. Exit status: 0 when every
// current slip is in a return, 1 when a slip that is due was left out (the others are written) or
// on an error, 2 on a usage error or a tax year that is not over without --force.
int runT4A(const BatchContext &ctx) {
    QTextStream err(stderr);
    QTextStream out(stdout);
    int year = 0;
    QString dir;
    bool force = false;
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString a = ctx.args[i];
        if (a == u"--year" && i + 1 < ctx.args.size())
            year = ctx.args[++i].toInt();
        else if (a == u"--out" && i + 1 < ctx.args.size())
            dir = ctx.args[++i];
        else if (a == u"--force")
            force = true;
        else if (a != u"t4a") {
            err << QCoreApplication::translate("adesk::T4ABatch", "t4a: unknown argument '%1'").arg(a)
                << Qt::endl;
            return 2;
        }
    }
    if (year < 2000 || year > 2099 || dir.isEmpty()) {
        err << QCoreApplication::translate("adesk::T4ABatch", "Usage: t4a --year YYYY --out DIR [--force]")
            << Qt::endl;
        return 2;
    }
    if (year >= QDate::currentDate().year()) {
        err << QCoreApplication::translate(
                   "adesk::T4ABatch", "t4a: warning: tax year %1 is not over; its slips may still change")
                   .arg(year)
            << Qt::endl;
        if (!force) {
            err << QCoreApplication::translate("adesk::T4ABatch",
                                               "t4a: nothing written; add --force to file %1 anyway")
                       .arg(year)
                << Qt::endl;
            return 2;
        }
    }
    DbExecutor exec(ctx.connection.forBatch(QStringLiteral("t4a")), 1);
    const RequestKey key = RequestKey::create();
    auto loaded = exec.run<T4AReturnData>([year, key](QSqlDatabase &db) -> Result<T4AReturnData> {
                          Result<int> drafts = TaxRepository::generateSlips(db, key, year);
                          if (!drafts)
                              return drafts.error();
                          return TaxRepository::returnData(db, year);
                      })
                      .result();
    if (!loaded.ok()) {
        err << "t4a: " << loaded.error().userMessage() << Qt::endl;
        return 1;
    }
    if (!loaded.value().payer.isSet()) {
        err << QCoreApplication::translate("adesk::T4ABatch",
                                           "t4a: the payer profile (desk.t4a_payer) is not set")
            << Qt::endl;
        return 1;
    }
    const T4ABatch::Filing filing = T4ABatch::prepareFiling(loaded.value());
    if (!filing.payerProblem.isEmpty()) {
        err << "t4a: " << filing.payerProblem << Qt::endl;
        return 1;
    }
    for (const T4AIssue &i : filing.leftOut)
        err << QCoreApplication::translate("adesk::T4ABatch", "t4a: left out: slip %1 (%2 %3): %4")
                   .arg(i.slipId)
                   .arg(i.payeeKey, i.payee, i.message)
            << Qt::endl;
    if (filing.returns.isEmpty())
        out << QCoreApplication::translate("adesk::T4ABatch", "t4a: no T4A slip to file for %1").arg(year)
            << Qt::endl;
    int status = filing.leftOut.isEmpty() ? 0 : 1;
    for (const T4AReturnData &data : filing.returns) {
        QString target = dir;
        if (filing.returns.size() > 1) {
            const ReportType kind = data.slips.first().reportType;
            target = QDir(dir).filePath(kind == ReportType::Original  ? QStringLiteral("original")
                                        : kind == ReportType::Amended ? QStringLiteral("amended")
                                                                      : QStringLiteral("cancelled"));
        }
        QFuture<T4ABatch::Outcome> f = T4ABatch::start(data, target);
        f.waitForFinished();
        const T4ABatch::Outcome o = f.result();
        if (!o.issues.isEmpty()) {
            err << QCoreApplication::translate("adesk::T4ABatch",
                                               "t4a: the return does not validate against the CRA "
                                               "schema (%n error(s)); nothing was written:",
                                               nullptr, int(o.issues.size()))
                << Qt::endl;
            for (const T4AIssue &i : o.issues)
                err << "  " << i.describe() << Qt::endl;
            status = 1;
            continue;
        }
        if (!o.error.isEmpty()) {
            err << "t4a: " << o.error << Qt::endl;
            status = 1;
            continue;
        }
        out << QCoreApplication::translate("adesk::T4ABatch",
                                           "t4a: %n slip(s) for %1, report type %2, submission %3, box 048 "
                                           "total %4; XML %5 (generated in %6 ms, validated in %7 ms), "
                                           "summary %8",
                                           nullptr, int(o.slipFiles.size()))
                   .arg(year)
                   .arg(toCode(data.slips.first().reportType), o.submissionRef,
                        T4ARules::craAmount(o.totalBox048Cents), o.xmlPath)
                   .arg(o.generateMs)
                   .arg(o.validateMs)
                   .arg(o.summaryPath)
            << Qt::endl;
    }
    if (!filing.leftOut.isEmpty())
        err << QCoreApplication::translate("adesk::T4ABatch",
                                           "t4a: %n slip(s) left out; correct them and run t4a again",
                                           nullptr, int(filing.leftOut.size()))
            << Qt::endl;
    return status;
}

int runT4AOverview(const BatchContext &ctx) {
    QTextStream err(stderr);
    QTextStream out(stdout);
    int year = 0;
    QString reports;
    bool withReports = false;
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString a = ctx.args[i];
        if (a == u"--year" && i + 1 < ctx.args.size())
            year = ctx.args[++i].toInt();
        else if (a == u"--reports" && i + 1 < ctx.args.size()) {
            reports = ctx.args[++i];
            withReports = true;
        } else if (a != u"t4a-overview") {
            err << QCoreApplication::translate("adesk::T4ABatch", "t4a-overview: unknown argument '%1'")
                       .arg(a)
                << Qt::endl;
            return 2;
        }
    }
    if (year < 2000 || year > 2099) {
        err << QCoreApplication::translate("adesk::T4ABatch",
                                           "Usage: t4a-overview --year YYYY [--reports CONNINFO|PROFILE]")
            << Qt::endl;
        return 2;
    }
    ConnectionSettings settings = ctx.connection.forBatch(QStringLiteral("t4a-overview"));
    if (withReports) {
        QString bad;
        settings = reportsprofile::forBatch(reports, ctx.connection, QStringLiteral("t4a-overview"), &bad);
        if (!bad.isEmpty()) {
            err << QCoreApplication::translate("adesk::T4ABatch", "t4a-overview: invalid --reports: %1")
                       .arg(bad)
                << Qt::endl;
            return 2;
        }
    }
    DbExecutor exec(settings, 1);
    QString asOf;
    auto loaded = exec.run<QList<T4AOverviewRow>>(
                          [year, withReports, &asOf](QSqlDatabase &db) -> Result<QList<T4AOverviewRow>> {
                              if (withReports) {
                                  const Result<ReplicaStatus> status = ReplicaStatus::read(db);
                                  if (!status.ok())
                                      return status.error();
                                  asOf = status->describe();
                              }
                              return TaxRepository::overview(db, year);
                          })
                      .result();
    if (!loaded.ok()) {
        err << "t4a-overview: " << loaded.error().userMessage() << Qt::endl;
        return 1;
    }
    if (!asOf.isEmpty())
        err << "t4a-overview: " << asOf << Qt::endl;
    const auto quoted = [](QString v) {
        if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n')) {
            v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            v = u'"' + v + u'"';
        }
        return v;
    };
    // Machine-readable: amounts in cents, one line per payee in the overview's order.
    out << "payee,name,box048_cents,statement_cents,unpaid_cents,prior_paid_cents,slip_due,slip_id,"
           "slip_box048_cents,problems"
        << Qt::endl;
    qint64 total = 0;
    int due = 0;
    for (const T4AOverviewRow &r : loaded.value()) {
        out << r.key() << u',' << quoted(r.payeeName) << u',' << r.feesCents << u',' << r.statementCents
            << u',' << r.unpaidCents << u',' << r.priorPaidCents << u',' << (r.slipDue ? "yes" : "no") << u','
            << r.slipId << u',' << (r.slipId ? r.slipBox048Cents : 0) << u',' << quoted(r.problems.join(u' '))
            << Qt::endl;
        if (r.slipDue) {
            total += r.feesCents;
            ++due;
        }
    }
    err << QCoreApplication::translate(
               "adesk::T4ABatch", "t4a-overview: %n payee(s) for %1, %2 with a slip due, box 048 total %3",
               nullptr, int(loaded.value().size()))
               .arg(year)
               .arg(due)
               .arg(T4ARules::craAmount(total))
        << Qt::endl;
    return 0;
}

} // namespace adesk
