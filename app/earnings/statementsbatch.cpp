#include "app/earnings/statementsbatch.h"

#include "app/shell/reportsprofile.h"
#include "models/core/backgroundpool.h"
#include "models/core/dbexecutor.h"
#include "models/core/replicastatus.h"
#include "models/earnings/earningsrepository.h"
#include "views/paper/statementrenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPromise>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent>

#include <atomic>

namespace adesk {

QString StatementsBatch::fileName(const StatementData &s) {
    QString slug = s.payeeName.normalized(QString::NormalizationForm_KD).toLower();
    slug.remove(QRegularExpression(QStringLiteral("[^a-z0-9 -]")));
    slug = slug.simplified().replace(u' ', u'-').left(60);
    return s.month.toString(QStringLiteral("yyyy-MM")) + u'_' + s.key() + u'_' + slug +
           QStringLiteral(".pdf");
}

QString StatementsBatch::combinedFileName(const QDate &month) {
    return month.toString(QStringLiteral("yyyy-MM")) + QStringLiteral("_all-statements.pdf");
}

namespace {

bool writeFile(const QString &path, const QByteArray &bytes, QString *error) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = QCoreApplication::translate("adesk::StatementsBatch", "Cannot write %1: %2")
                     .arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

QFuture<StatementsBatch::Outcome> StatementsBatch::start(const QList<StatementData> &statements,
                                                         const QString &directory, int threads) {
    return QtConcurrent::run(backgroundPool(), [statements, directory, threads](QPromise<Outcome> &promise) {
        Outcome out;
        const int n = int(statements.size());
        promise.setProgressRange(0, n + 1);
        if (!QDir().mkpath(directory)) {
            out.error =
                QCoreApplication::translate("adesk::StatementsBatch", "Cannot create %1").arg(directory);
            promise.addResult(out);
            return;
        }
        QThreadPool pool;
        pool.setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
        std::atomic<int> done{0};
        std::atomic<bool> failed{false};
        QString firstError;
        QMutex errorLock;
        // The combined PDF renders on one pool thread while the per-payee ones share the others.
        QFuture<QByteArray> combined = QtConcurrent::run(&pool, [&] {
            return StatementRenderer::renderCombined(statements, {},
                                                     [&](int) { return !promise.isCanceled() && !failed; });
        });
        QList<int> indexes(n);
        std::iota(indexes.begin(), indexes.end(), 0);
        QFuture<void> each = QtConcurrent::map(&pool, indexes, [&](int i) {
            if (promise.isCanceled() || failed)
                return;
            const QByteArray pdf = StatementRenderer::render(statements[i]);
            QString error;
            if (!writeFile(QDir(directory).filePath(fileName(statements[i])), pdf, &error)) {
                QMutexLocker lock(&errorLock);
                if (firstError.isEmpty())
                    firstError = error;
                failed = true;
                return;
            }
            promise.setProgressValue(++done);
        });
        while (!each.isFinished()) {
            if (promise.isCanceled())
                each.cancel();
            QThread::msleep(20);
        }
        each.waitForFinished();
        combined.waitForFinished();
        out.written = done;
        for (const StatementData &s : statements)
            out.files << QDir(directory).filePath(fileName(s));
        out.files = out.files.mid(0, out.written == n ? n : out.written);
        if (failed) {
            out.error = firstError;
        } else if (promise.isCanceled()) {
            out.cancelled = true;
        } else if (n > 0) {
            const QString path = QDir(directory).filePath(combinedFileName(statements.first().month));
            QString error;
            if (writeFile(path, combined.result(), &error))
                out.combined = path;
            else
                out.error = error;
        }
        promise.setProgressValue(n + 1);
        promise.addResult(out);
    });
}

// `autodoctor-desk statements --month YYYY-MM --out DIR`
int runStatements(const BatchContext &ctx) {
    QTextStream err(stderr);
    QTextStream out(stdout);
    QDate month;
    QString dir;
    QString reports;
    bool withReports = false;
    for (int i = 0; i < ctx.args.size(); ++i) {
        const QString a = ctx.args[i];
        if (a == u"--month" && i + 1 < ctx.args.size())
            month = QDate::fromString(ctx.args[++i] + QStringLiteral("-01"), Qt::ISODate);
        else if (a == u"--out" && i + 1 < ctx.args.size())
            dir = ctx.args[++i];
        else if (a == u"--reports" && i + 1 < ctx.args.size()) {
            reports = ctx.args[++i];
            withReports = true;
        } else if (a != u"statements") {
            err << QCoreApplication::translate("adesk::StatementsBatch", "statements: unknown argument '%1'")
                       .arg(a)
                << Qt::endl;
            return 2;
        }
    }
    if (!month.isValid() || dir.isEmpty()) {
        err << QCoreApplication::translate("adesk::StatementsBatch",
                                           "Usage: statements --month YYYY-MM --out DIR")
            << Qt::endl;
        return 2;
    }
    // --reports: the statements are read on the reports connection (a read replica), read-only;
    // the batch writes nothing to the database.
    ConnectionSettings settings = ctx.connection.forBatch(QStringLiteral("statements"));
    if (withReports) {
        QString bad;
        settings = reportsprofile::forBatch(reports, ctx.connection, QStringLiteral("statements"), &bad);
        if (!bad.isEmpty()) {
            err << QCoreApplication::translate("adesk::StatementsBatch", "statements: invalid --reports: %1")
                       .arg(bad)
                << Qt::endl;
            return 2;
        }
    }
    QElapsedTimer timer;
    timer.start();
    DbExecutor exec(settings, 1);
    QString asOf;
    auto loaded = exec.run<QList<StatementData>>(
                          [month, withReports, &asOf](QSqlDatabase &db) -> Result<QList<StatementData>> {
                              if (withReports) {
                                  const Result<ReplicaStatus> status = ReplicaStatus::read(db);
                                  if (!status.ok())
                                      return status.error();
                                  asOf = status->describe();
                              }
                              return EarningsRepository::loadStatements(db, month);
                          })
                      .result();
    if (!loaded.ok()) {
        err << "statements: " << loaded.error().userMessage() << Qt::endl;
        return 1;
    }
    if (!asOf.isEmpty())
        err << "statements: " << asOf << Qt::endl;
    const qint64 loadMs = timer.elapsed();
    QFuture<StatementsBatch::Outcome> f = StatementsBatch::start(loaded.value(), dir);
    f.waitForFinished();
    const StatementsBatch::Outcome o = f.result();
    if (!o.error.isEmpty()) {
        err << "statements: " << o.error << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate(
               "adesk::StatementsBatch",
               "statements: %n statement(s) for %1 in %2 (loaded in %3 ms, %4 ms in all), combined: %5",
               nullptr, int(o.written))
               .arg(month.toString(QStringLiteral("yyyy-MM")), dir)
               .arg(loadMs)
               .arg(timer.elapsed())
               .arg(o.combined.isEmpty() ? QStringLiteral("-") : o.combined)
        << Qt::endl;
    return 0;
}

} // namespace adesk
