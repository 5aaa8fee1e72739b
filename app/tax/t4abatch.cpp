#include "app/tax/t4abatch.h"

#include "app/shell/reportsprofile.h"
#include "models/core/backgroundpool.h"
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
#include <QSet>
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

namespace {

QString payerProblemOf(const T4APayer &payer) {
    if (!PayerAccount::isValid(payer.payerAccount))
        return QCoreApplication::translate("adesk::T4ABatch",
                                           "the payer's account number %1 is not valid (9 digits with "
                                           "their check digit, RP, 4 digits)")
            .arg(payer.payerAccount);
    if (!PayerAccount::isValidTransmitter(payer.transmitterKind, payer.transmitterNumber))
        return QCoreApplication::translate("adesk::T4ABatch", "the transmitter number %1 is not a valid %2")
            .arg(payer.transmitterNumber, payer.transmitterKind);
    return {};
}

/// A SIN as a number to count with (0: none): its 9 digits once normalized, or, for a value that
/// is not 9 digits (left out as invalid anyway), a hash of it kept apart from every 9-digit value.
quint64 sinKey(const QString &sin) {
    if (sin.isEmpty())
        return 0;
    const QString n = Sin::normalized(sin);
    bool ok = false;
    const quint64 digits = n.size() == 9 ? n.toULongLong(&ok) : 0;
    return ok ? digits + 1 : (quint64(qHash(n, 0)) | (quint64(1) << 63));
}

/// Why @p s is not filed (empty: it can be): a draft, the database's problems, the file's checks,
/// a SIN another current slip of the year carries (@p sharedSin).
QStringList leftOutReasons(const T4ASlipData &s, bool sharedSin) {
    QStringList reasons;
    if (s.status == SlipStatus::Draft)
        reasons << QCoreApplication::translate("adesk::T4ABatch", "draft slip (finalize it first)");
    QStringList codes = s.problems;
    for (const QString &c : s.fileProblems())
        if (!codes.contains(c))
            codes << c;
    if (sharedSin && !codes.contains(QStringLiteral("duplicate_sin")))
        codes << QStringLiteral("duplicate_sin");
    for (const QString &c : codes)
        reasons << T4ARules::problemLabel(c);
    return reasons;
}

T4AIssue slipIssue(const T4ASlipData &s, const QString &message) {
    T4AIssue i;
    i.slipId = s.slipId;
    i.payeeKey = s.key();
    i.payee = s.recipientDisplay();
    i.message = message;
    return i;
}

int kindIndex(ReportType t) {
    return t == ReportType::Original ? 0 : t == ReportType::Amended ? 1 : 2;
}

/// Every slip @p pages holds, a page at a time, to @p each (false stops); false with @p error when
/// a page cannot be read.
bool forEachPage(const T4ASlipPages &pages, int pageSize, qint64 after,
                 const std::function<bool(const QList<T4ASlipData> &)> &each, QString *error) {
    for (;;) {
        const Result<QList<T4ASlipData>> page = pages(after, pageSize);
        if (!page.ok()) {
            *error = page.error().userMessage();
            return false;
        }
        if (!page->isEmpty()) {
            after = page->last().slipId;
            if (!each(page.value()))
                return true;
        }
        if (page->size() < pageSize)
            return true;
    }
}

/// The slips of a planned return, read again a page at a time: only the planned ones, each still
/// as it was checked. A fresh one for every pass over the return.
class PlannedSlips {
public:
    PlannedSlips(const T4ABatch::ReturnPlan &plan, const T4ASlipPages &pages, int pageSize)
        : m_plan(plan)
        , m_pages(pages)
        , m_pageSize(pageSize)
        , m_after(plan.slipIds.isEmpty() ? 0 : plan.slipIds.first() - 1) {}

    bool next(QList<T4ASlipData> *page, QString *error) {
        page->clear();
        while (page->isEmpty() && m_found < m_plan.slipCount()) {
            if (m_exhausted) {
                *error = QCoreApplication::translate("adesk::T4ABatch",
                                                     "slip %1 is no longer a current slip of %2: it changed "
                                                     "while the return was generated; generate it again")
                             .arg(m_plan.slipIds[m_found])
                             .arg(m_plan.header.taxYear);
                return false;
            }
            const Result<QList<T4ASlipData>> rows = m_pages(m_after, m_pageSize);
            if (!rows.ok()) {
                *error = rows.error().userMessage();
                return false;
            }
            m_exhausted = rows->size() < m_pageSize;
            for (const T4ASlipData &s : rows.value()) {
                m_after = s.slipId;
                if (m_found >= m_plan.slipCount() || s.slipId < m_plan.slipIds[m_found])
                    continue; // a slip of another return, or left out
                if (s.slipId > m_plan.slipIds[m_found] || T4ABatch::digest(s) != m_plan.digests[m_found]) {
                    const qint64 id = m_plan.slipIds[m_found];
                    *error = QCoreApplication::translate("adesk::T4ABatch",
                                                         "slip %1 changed while the return was generated "
                                                         "(amended, filed or its tax profile edited); "
                                                         "generate the return again")
                                 .arg(id);
                    return false;
                }
                ++m_found;
                *page << s;
            }
        }
        return true;
    }

private:
    const T4ABatch::ReturnPlan &m_plan;
    const T4ASlipPages &m_pages;
    int m_pageSize;
    qint64 m_after;
    int m_found = 0;
    bool m_exhausted = false;
};

/// A fresh pass over a return's slips for the writer and the renderer.
using SlipPasses = std::function<T4AXmlWriter::SlipFeed()>;

SlipPasses passesOf(const T4AReturnData &data) {
    return [&data] { return T4AXmlWriter::feedOf(data.slips); };
}

/// What a page can hold (desk.t4a_return_page: 1 to 10,000 slips).
int pageSizeOf(int pageSize) {
    return std::clamp(pageSize, 1, 10000);
}

SlipPasses passesOf(const T4ABatch::ReturnPlan &plan, const T4ASlipPages &pages, int pageSize) {
    pageSize = pageSizeOf(pageSize);
    return [&plan, &pages, pageSize] {
        auto slips = std::make_shared<PlannedSlips>(plan, pages, pageSize);
        return T4AXmlWriter::SlipFeed(
            [slips](QList<T4ASlipData> *page, QString *error) { return slips->next(page, error); });
    };
}

/// T4ABatch::attribute's work, with the slip at an index of the return given by @p slipAt.
QList<T4AIssue> attributeIssues(const T4AXmlLayout &layout, const QList<SchemaIssue> &issues,
                                const std::function<const T4ASlipData *(int)> &slipAt) {
    QList<T4AIssue> out;
    out.reserve(issues.size());
    for (const SchemaIssue &i : issues) {
        T4AIssue t;
        t.line = i.line;
        t.message = i.message;
        t.slipIndex = layout.slipAtLine(i.line);
        if (t.slipIndex >= 0) {
            if (const T4ASlipData *s = slipAt(t.slipIndex)) {
                t.slipId = s->slipId;
                t.payeeKey = s->key();
                t.payee = s->recipientDisplay();
            }
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

/// @p year's current slips read through @p exec (a job per page, waited for on the calling thread).
T4ASlipPages pagesThrough(DbExecutor &exec, int year) {
    return [&exec, year](qint64 after, int limit) {
        return exec
            .run<QList<T4ASlipData>>([year, after, limit](QSqlDatabase &db) {
                return TaxRepository::returnPage(db, year, after, limit);
            })
            .result();
    };
}

/// A slip that goes into the return: its id (for the filing record) and its profile's problems.
void noteSlip(T4ABatch::Outcome &out, const T4ASlipData &s) {
    out.slipIds << s.slipId;
    for (const QString &p : s.problems)
        out.warnings << slipIssue(s, T4ARules::problemLabel(p));
}

} // namespace

size_t T4ABatch::digest(const T4ASlipData &s) {
    size_t h = qHashMulti(0, s.slipId, int(s.payeeParty), s.payeeId, s.payeeName, int(s.reportType),
                          int(s.status), s.version, s.box048Cents, s.box016Cents, s.box018Cents,
                          s.box020Cents, s.box022Cents, s.box024Cents, s.profileId, int(s.recipientKind));
    h = qHashMulti(h, s.surname, s.givenName, s.initial, s.businessName, s.businessName2, s.sin, s.bn,
                   s.addressLine1, s.addressLine2, s.city, s.province, s.postalCode, s.language);
    return qHashRange(s.problems.cbegin(), s.problems.cend(), h);
}

T4ASlipPages T4ABatch::pagesOf(QList<T4ASlipData> slips) {
    std::stable_sort(slips.begin(), slips.end(),
                     [](const T4ASlipData &a, const T4ASlipData &b) { return a.slipId < b.slipId; });
    return [slips = std::move(slips)](qint64 after, int limit) -> Result<QList<T4ASlipData>> {
        auto it = std::upper_bound(slips.cbegin(), slips.cend(), after,
                                   [](qint64 id, const T4ASlipData &s) { return id < s.slipId; });
        QList<T4ASlipData> page;
        for (; it != slips.cend() && (limit <= 0 || page.size() < limit); ++it)
            page << *it;
        return page;
    };
}

T4ABatch::FilingPlan T4ABatch::plan(const T4AReturnData &header, const T4ASlipPages &pages, int pageSize,
                                    const std::function<bool(int)> &keepGoing) {
    FilingPlan f;
    f.payerProblem = payerProblemOf(header.payer);
    pageSize = pageSizeOf(pageSize);
    // What is kept per slip while the year is read: the slips that can be filed as ids, digests and
    // amounts, the SINs as numbers to count, the left-out slips as their issue.
    struct Candidate {
        qint64 slipId;
        size_t digest;
        quint64 sin;
        qint64 box048Cents;
        int kind;
    };
    QList<Candidate> candidates;
    QHash<quint64, int> sinCount;
    QHash<qint64, quint64> leftOutSin; // left-out slip → its SIN, to add the duplicate's reason
    int read = 0;
    QString error;
    const bool readAll = forEachPage(
        pages, pageSize, 0,
        [&](const QList<T4ASlipData> &page) {
            for (const T4ASlipData &s : page) {
                if (s.status == SlipStatus::Filed)
                    continue;
                const quint64 sin = sinKey(s.sin);
                if (sin)
                    ++sinCount[sin];
                const QStringList reasons = leftOutReasons(s, false);
                if (!reasons.isEmpty()) {
                    f.leftOut << slipIssue(s, reasons.join(QStringLiteral("; ")));
                    if (sin)
                        leftOutSin.insert(s.slipId, sin);
                    continue;
                }
                candidates << Candidate{s.slipId, digest(s), sin, s.box048Cents, kindIndex(s.reportType)};
            }
            read += int(page.size());
            if (keepGoing && !keepGoing(read)) {
                f.cancelled = true;
                return false;
            }
            return true;
        },
        &error);
    if (!readAll || f.cancelled) {
        f.error = error;
        f.leftOut.clear();
        return f;
    }
    // A SIN on two current slips of the year: neither is filed. The left-out slips get the reason
    // added; the others are read again (rare: the database flags a shared SIN itself) for their issue.
    const auto shared = [&sinCount](quint64 sin) { return sin && sinCount.value(sin) > 1; };
    QSet<qint64> sharedCandidates;
    for (const Candidate &c : std::as_const(candidates))
        if (shared(c.sin))
            sharedCandidates.insert(c.slipId);
    for (T4AIssue &i : f.leftOut) {
        const quint64 sin = leftOutSin.value(i.slipId);
        const QString label = T4ARules::problemLabel(QStringLiteral("duplicate_sin"));
        if (shared(sin) && !i.message.split(QStringLiteral("; ")).contains(label))
            i.message += QStringLiteral("; ") + label;
    }
    if (!sharedCandidates.isEmpty()) {
        if (!forEachPage(
                pages, pageSize, 0,
                [&](const QList<T4ASlipData> &page) {
                    for (const T4ASlipData &s : page)
                        if (sharedCandidates.contains(s.slipId))
                            f.leftOut << slipIssue(s, leftOutReasons(s, true).join(QStringLiteral("; ")));
                    return true;
                },
                &error)) {
            f.error = error;
            f.leftOut.clear();
            return f;
        }
        std::stable_sort(f.leftOut.begin(), f.leftOut.end(),
                         [](const T4AIssue &a, const T4AIssue &b) { return a.slipId < b.slipId; });
    }
    for (int t = 0; t < 3; ++t) {
        ReturnPlan r;
        r.header.taxYear = header.taxYear;
        r.header.payer = header.payer;
        r.header.amendmentNote = header.amendmentNote;
        r.kind = t == 0 ? ReportType::Original : t == 1 ? ReportType::Amended : ReportType::Cancelled;
        for (const Candidate &c : std::as_const(candidates)) {
            if (c.kind != t || sharedCandidates.contains(c.slipId))
                continue;
            r.slipIds << c.slipId;
            r.digests << c.digest;
            r.totalBox048Cents += std::max<qint64>(0, c.box048Cents);
        }
        if (r.slipIds.isEmpty())
            continue;
        r.header.submissionRef = T4AReturnData::newSubmissionRef();
        if (t > 0 && r.header.amendmentNote.isEmpty())
            r.header.amendmentNote =
                t == 1 ? QStringLiteral("Amended T4A slips") : QStringLiteral("Cancelled T4A slips");
        f.returns << r;
    }
    return f;
}

T4ABatch::Filing T4ABatch::prepareFiling(const T4AReturnData &all) {
    const FilingPlan p = plan(all, pagesOf(all.slips));
    Filing f;
    f.leftOut = p.leftOut;
    f.payerProblem = p.payerProblem;
    QHash<qint64, const T4ASlipData *> byId;
    for (const T4ASlipData &s : all.slips)
        byId.insert(s.slipId, &s);
    for (const ReturnPlan &r : p.returns) {
        T4AReturnData d = all;
        d.slips.clear();
        d.submissionRef = r.header.submissionRef;
        d.amendmentNote = r.header.amendmentNote;
        for (qint64 id : r.slipIds)
            d.slips << *byId.value(id);
        f.returns << d;
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
    return attributeIssues(layout, issues, [&data](int i) { return &data.slips[i]; });
}

QString T4ABatch::xmlFileName(const T4AReturnData &data) {
    return xmlFileName(data.taxYear, data.summaryReportType(), data.submissionRef);
}

QString T4ABatch::xmlFileName(int taxYear, ReportType summaryType, const QString &submissionRef) {
    return QStringLiteral("%1_T4A_%2_%3.xml")
        .arg(taxYear)
        .arg(summaryType == ReportType::Amended ? QStringLiteral("amended") : QStringLiteral("original"),
             submissionRef);
}

T4ABatch::Outcome T4ABatch::check(const T4AReturnData &data, QByteArray *xml) {
    Outcome out;
    QElapsedTimer t;
    t.start();
    T4AXmlWriter::Output w = T4AXmlWriter::write(data);
    out.generateMs = t.restart();
    const CraSchemaValidator::Result v = CraSchemaValidator::validateSubmission(w.xml);
    out.validateMs = t.elapsed();
    if (!v.fatal.isEmpty())
        out.error = v.fatal;
    out.issues = attribute(data, w.layout, v.issues);
    out.submissionRef = data.submissionRef;
    out.reportType = w.totals.reportType;
    out.totalBox048Cents = w.totals.box048Cents;
    for (const T4ASlipData &s : data.slips)
        noteSlip(out, s);
    out.xmlSha256 = w.sha256;
    if (xml)
        *xml = std::move(w.xml);
    return out;
}

namespace {

/// checkFile's work over any slips: the document written to @p file as the slips pass (their ids
/// and warnings noted on the way) and validated from the file; the issues' slips are labelled
/// from one more pass when there are any. @p totals: what the Summary states.
T4ABatch::Outcome checkSlips(const T4AReturnData &header, const SlipPasses &passes, QFile *file,
                             T4ASummaryTotals *totals) {
    T4ABatch::Outcome out;
    QElapsedTimer t;
    t.start();
    const T4AXmlWriter::SlipFeed feed = passes();
    const T4AXmlWriter::Output w = T4AXmlWriter::write(
        header,
        [&feed, &out](QList<T4ASlipData> *page, QString *error) {
            if (!feed(page, error))
                return false;
            for (const T4ASlipData &s : std::as_const(*page))
                noteSlip(out, s);
            return true;
        },
        file);
    if (!w.error.isEmpty() || !file->flush()) {
        T4ABatch::Outcome failed;
        failed.error = !w.error.isEmpty()
                           ? w.error
                           : QCoreApplication::translate("adesk::T4ABatch", "Cannot write %1: %2")
                                 .arg(file->fileName(), file->errorString());
        return failed;
    }
    out.generateMs = t.restart();
    const CraSchemaValidator::Result v = CraSchemaValidator::validateSubmissionFile(file->fileName());
    out.validateMs = t.elapsed();
    if (!v.fatal.isEmpty())
        out.error = v.fatal;
    // The slips the issues fall on, read again (a return that does not validate is rare and its
    // issues few: the validator stops at CraSchemaValidator's limit).
    QHash<int, T4ASlipData> named;
    for (const SchemaIssue &i : v.issues)
        if (const int at = w.layout.slipAtLine(i.line); at >= 0)
            named.insert(at, T4ASlipData());
    if (!named.isEmpty()) {
        const T4AXmlWriter::SlipFeed again = passes();
        QList<T4ASlipData> page;
        QString error;
        int index = 0;
        while (again(&page, &error) && !page.isEmpty())
            for (const T4ASlipData &s : std::as_const(page)) {
                if (auto it = named.find(index); it != named.end())
                    *it = s;
                ++index;
            }
    }
    out.issues = attributeIssues(w.layout, v.issues, [&named, &w](int i) -> const T4ASlipData * {
        auto it = named.constFind(i);
        if (it == named.cend() || it->slipId != w.layout.slips.value(i).slipId)
            return nullptr;
        return &*it;
    });
    for (T4AIssue &i : out.issues)
        if (i.slipIndex >= 0 && i.slipId == 0)
            i.slipId = w.layout.slips.value(i.slipIndex).slipId;
    out.submissionRef = header.submissionRef;
    out.reportType = w.totals.reportType;
    out.totalBox048Cents = w.totals.box048Cents;
    out.xmlSha256 = w.sha256;
    *totals = w.totals;
    return out;
}

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

/// The batch over any slips (@p count of them): the XML through a private scratch file, validated;
/// then each pass's page of slips rendered on @p threads threads; the Summary; the XML copied into
/// @p directory last.
T4ABatch::Outcome runBatch(const T4AReturnData &header, int count, const SlipPasses &passes,
                           const QString &directory, int threads, QPromise<T4ABatch::Outcome> *promise) {
    const auto cancelled = [promise] { return promise && promise->isCanceled(); };
    const auto progress = [promise](int value) {
        if (promise)
            promise->setProgressValue(value);
    };
    if (promise)
        promise->setProgressRange(0, count + 3);
    // The XML goes to a private scratch file as it is written and is validated from there, so
    // that neither the document nor the parser's copy of it is in memory (issue 19); it is
    // copied into the directory with the slips once everything else is written.
    QTemporaryFile scratch(QDir(QDir::tempPath()).filePath(QStringLiteral("adesk-t4a-XXXXXX.xml")));
    if (!scratch.open()) {
        T4ABatch::Outcome out;
        out.error = QCoreApplication::translate("adesk::T4ABatch", "Cannot write %1: %2")
                        .arg(scratch.fileTemplate(), scratch.errorString());
        return out;
    }
    T4ASummaryTotals totals;
    T4ABatch::Outcome out = checkSlips(header, passes, &scratch, &totals);
    out.directory = directory;
    progress(1);
    if (!out.error.isEmpty() || !out.issues.isEmpty() || cancelled()) {
        out.cancelled = cancelled();
        return out;
    }
    if (!QDir().mkpath(directory)) {
        out.error = QCoreApplication::translate("adesk::T4ABatch", "Cannot create %1").arg(directory);
        return out;
    }
    QElapsedTimer timer;
    timer.start();
    QThreadPool pool;
    pool.setMaxThreadCount(threads > 0 ? threads : std::max(1, QThread::idealThreadCount()));
    std::atomic<int> done{0};
    std::atomic<bool> failed{false};
    QString firstError;
    QMutex lock;
    const T4AXmlWriter::SlipFeed feed = passes();
    QList<T4ASlipData> page;
    while (!failed && !cancelled()) {
        QString readError;
        if (!feed(&page, &readError)) {
            firstError = readError;
            failed = true;
            break;
        }
        if (page.isEmpty())
            break;
        QList<int> indexes(page.size());
        std::iota(indexes.begin(), indexes.end(), 0);
        QFuture<void> each = QtConcurrent::map(&pool, indexes, [&](int i) {
            if (cancelled() || failed)
                return;
            const T4ASlipData &s = page[i];
            const QByteArray pdf = T4ARenderer::renderSlip(s, header.payer, header.taxYear);
            QString error;
            if (!writeFile(QDir(directory).filePath(T4ARenderer::slipFileName(s, header.taxYear)), pdf,
                           &error)) {
                QMutexLocker l(&lock);
                if (firstError.isEmpty())
                    firstError = error;
                failed = true;
                return;
            }
            progress(1 + ++done);
        });
        while (!each.isFinished()) {
            if (cancelled())
                each.cancel();
            QThread::msleep(10);
        }
        each.waitForFinished();
    }
    if (failed) {
        out.error = firstError;
    } else if (cancelled()) {
        out.cancelled = true;
    } else if (done.load() != int(out.slipIds.size())) {
        out.error = QCoreApplication::translate("adesk::T4ABatch",
                                                "%1 slip PDFs for the %2 slips of the XML: the slips "
                                                "changed while the return was generated; generate it again")
                        .arg(done.load())
                        .arg(out.slipIds.size());
    } else {
        out.slipFilesWritten = done;
        QString error;
        out.summaryPath = QDir(directory).filePath(T4ARenderer::summaryFileName(header.taxYear));
        if (!writeFile(out.summaryPath, T4ARenderer::renderSummary(header, totals), &error))
            out.error = error;
        progress(count + 2);
        out.xmlPath = QDir(directory).filePath(
            T4ABatch::xmlFileName(header.taxYear, totals.reportType, header.submissionRef));
        if (out.error.isEmpty() && !copyFile(&scratch, out.xmlPath, &error))
            out.error = error;
    }
    out.renderMs = timer.elapsed();
    progress(count + 3);
    return out;
}

} // namespace

T4ABatch::Outcome T4ABatch::checkFile(const T4AReturnData &data, QFile *file) {
    T4ASummaryTotals totals;
    return checkSlips(data, passesOf(data), file, &totals);
}

T4ABatch::Outcome T4ABatch::checkFile(const ReturnPlan &plan, const T4ASlipPages &pages, QFile *file,
                                      int pageSize) {
    T4ASummaryTotals totals;
    return checkSlips(plan.header, passesOf(plan, pages, pageSize), file, &totals);
}

QFuture<T4ABatch::Outcome> T4ABatch::start(const T4AReturnData &data, const QString &directory, int threads) {
    return QtConcurrent::run(backgroundPool(), [data, directory, threads](QPromise<Outcome> &promise) {
        promise.addResult(
            runBatch(data, int(data.slips.size()), passesOf(data), directory, threads, &promise));
    });
}

T4ABatch::Outcome T4ABatch::file(const ReturnPlan &plan, const T4ASlipPages &pages, const QString &directory,
                                 int threads, QPromise<Outcome> *promise, int pageSize) {
    return runBatch(plan.header, plan.slipCount(), passesOf(plan, pages, pageSize), directory, threads,
                    promise);
}

QFuture<T4ABatch::Outcome> T4ABatch::startFiling(const ConnectionSettings &settings, int year,
                                                 const QString &directory, int threads) {
    return QtConcurrent::run(
        backgroundPool(), [settings, year, directory, threads](QPromise<Outcome> &promise) {
            Outcome out;
            out.directory = directory;
            // A connection of the batch's own, made and ended on this thread: the session's executors
            // stay free for the panes while the year is read three times.
            DbExecutor exec(settings, 1);
            const Result<T4APayer> payer =
                exec.run<T4APayer>([](QSqlDatabase &db) { return TaxRepository::payer(db); }).result();
            if (!payer.ok()) {
                out.error = payer.error().userMessage();
                promise.addResult(out);
                return;
            }
            if (!payer->isSet()) {
                out.error = QCoreApplication::translate(
                    "adesk::T4ABatch", "The payer profile (account number, contact) is not set.");
                promise.addResult(out);
                return;
            }
            const T4ASlipPages pages = pagesThrough(exec, year);
            T4AReturnData header;
            header.taxYear = year;
            header.payer = payer.value();
            const FilingPlan filing =
                plan(header, pages, kPageSize, [&promise](int) { return !promise.isCanceled(); });
            out.leftOut = filing.leftOut;
            if (filing.cancelled) {
                out.cancelled = true;
            } else if (!filing.error.isEmpty()) {
                out.error = filing.error;
            } else if (!filing.payerProblem.isEmpty()) {
                out.error = filing.payerProblem;
            } else if (filing.returns.isEmpty()) {
                out.nothingToFile = true;
            } else {
                // One return at a time: originals first, then amended, then cancelled slips.
                out = file(filing.returns.first(), pages, directory, threads, &promise);
                out.leftOut = filing.leftOut;
            }
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
    auto loaded = exec.run<T4APayer>([year, key](QSqlDatabase &db) -> Result<T4APayer> {
                          Result<int> drafts = TaxRepository::generateSlips(db, key, year);
                          if (!drafts)
                              return drafts.error();
                          return TaxRepository::payer(db);
                      })
                      .result();
    if (!loaded.ok()) {
        err << "t4a: " << loaded.error().userMessage() << Qt::endl;
        return 1;
    }
    if (!loaded.value().isSet()) {
        err << QCoreApplication::translate("adesk::T4ABatch",
                                           "t4a: the payer profile (desk.t4a_payer) is not set")
            << Qt::endl;
        return 1;
    }
    // The slips a page at a time (issue 19: memory flat in the number of payees).
    const T4ASlipPages pages = pagesThrough(exec, year);
    T4AReturnData header;
    header.taxYear = year;
    header.payer = loaded.value();
    const T4ABatch::FilingPlan filing = T4ABatch::plan(header, pages);
    if (!filing.error.isEmpty()) {
        err << "t4a: " << filing.error << Qt::endl;
        return 1;
    }
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
    for (const T4ABatch::ReturnPlan &plan : filing.returns) {
        QString target = dir;
        if (filing.returns.size() > 1) {
            target = QDir(dir).filePath(plan.kind == ReportType::Original  ? QStringLiteral("original")
                                        : plan.kind == ReportType::Amended ? QStringLiteral("amended")
                                                                           : QStringLiteral("cancelled"));
        }
        const T4ABatch::Outcome o = T4ABatch::file(plan, pages, target);
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
                                           nullptr, o.slipFilesWritten)
                   .arg(year)
                   .arg(toCode(plan.kind), o.submissionRef, T4ARules::craAmount(o.totalBox048Cents),
                        o.xmlPath)
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
