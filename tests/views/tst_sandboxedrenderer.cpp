// The sandboxed document reader (issue 11): uploads opened in autodoctor-desk-render, the same
// pixels, text and hits as the in-process backends, hostile files (truncated, garbage, empty,
// page-tree cycle, Flate bomb, a PNG claiming 100000×100000) costing the helper only, the helper
// killed mid-render and mid-search, the viewer's banner, and the helper's limits read back from
// /proc. No timing assertion: the limits are set low so that the bomb exceeds them.
#include "views/documents/documentrenderer.h"
#include "views/documents/documentview.h"
#include "views/documents/renderprotocol.h"
#include "views/documents/sandboxedrenderer.h"

#include "tests/support/deflatedzeros.h"
#include "tests/support/documentfixtures.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFuture>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <cerrno>

#include <signal.h>
#include <sys/resource.h>

using namespace adesk;
using OpenResult = DocumentRenderer::OpenResult;
using Failure = DocumentRenderer::Failure;

using test::fixture;

namespace {

const QString Pdf = QStringLiteral("application/pdf");

/// A PDF from its objects (numbered from 1; object 1 is the catalog), with a correct xref table.
QByteArray makePdf(const QList<QByteArray> &objects) {
    QByteArray out("%PDF-1.4\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(out.size());
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray stream(const QByteArray &dict, const QByteArray &data) {
    return "<< " + dict + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data +
           "\nendstream";
}

/// Two pages: the first's content stream is a Flate bomb, the second says "after the bomb".
QByteArray flateBomb(int megabytes) {
    return makePdf({
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R 5 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        stream("/Filter /FlateDecode", test::deflatedZeros(megabytes)),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 6 0 R "
        "/Resources << /Font << /F1 7 0 R >> >> >>",
        stream("", "BT /F1 24 Tf 72 700 Td (after the bomb) Tj ET"),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    });
}

QByteArray pageTreeCycle() {
    return makePdf({
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>",
    });
}

QByteArray bigEndian(quint32 v) {
    QByteArray out;
    for (int shift : {24, 16, 8, 0})
        out += char((v >> shift) & 0xff);
    return out;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data) {
    const QByteArray body = type + data;
    return bigEndian(quint32(data.size())) + body +
           bigEndian(quint32(crc32(0, reinterpret_cast<const Bytef *>(body.constData()), uInt(body.size()))));
}

/// A PNG whose header claims width × height RGBA pixels, with one short IDAT chunk: its real data
/// would not fill one row.
QByteArray hugePng(quint32 width, quint32 height) {
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png += pngChunk("IHDR", bigEndian(width) + bigEndian(height) + QByteArray("\x08\x06\x00\x00\x00", 5));
    png += pngChunk("IDAT", qCompress(QByteArray(64, '\0')).mid(4));
    png += pngChunk("IEND", {});
    return png;
}

QByteArray procFile(qint64 pid, const char *name) {
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// CPU ticks (utime + stime) the process used, -1 when it is gone.
qint64 cpuTicks(qint64 pid) {
    const QByteArray stat = procFile(pid, "stat");
    if (stat.isEmpty())
        return -1;
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    return fields.size() > 12 ? fields[11].toLongLong() + fields[12].toLongLong() : -1;
}

bool processGone(qint64 pid) {
    return ::kill(pid_t(pid), 0) != 0;
}

SandboxedRenderer *sandboxed(const DocumentRenderer::LoadResult &loaded) {
    return dynamic_cast<SandboxedRenderer *>(loaded.renderer.get());
}

} // namespace

class TestSandboxedRenderer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void helperIsConfined();
    void sameAsInProcess_data();
    void sameAsInProcess();
    void passwordFlow();
    void hostileInput_data();
    void hostileInput();
    void flateBombCostsTheHelperOnly();
    void memoryLimit();
    void abortKillsTheHelper();
    void killedMidRender();
    void killedMidSearch();
    void missingHelper();
    void viewerShowsTheFailure();
    void renderCommand();
    void renderCommandRefusesHostileFile();

private:
    SandboxLimits m_defaults;
};

void TestSandboxedRenderer::initTestCase() {
    m_defaults = SandboxedRenderer::limits();
    QVERIFY2(!SandboxedRenderer::helperPath().isEmpty(), "autodoctor-desk-render not found");
}

void TestSandboxedRenderer::init() {
    SandboxedRenderer::setLimits(m_defaults);
}

void TestSandboxedRenderer::helperIsConfined() {
    SandboxedRenderer::setLimits({300, 7, 60});
    auto loaded = DocumentRenderer::load(fixture(QStringLiteral("t4a-15e.pdf")), Pdf);
    QCOMPARE(loaded.result, OpenResult::Ok);
    const qint64 pid = sandboxed(loaded)->helperPid();
    QVERIFY(pid > 0);
    QVERIFY(pid != QCoreApplication::applicationPid());
    const QByteArray limits = procFile(pid, "limits");
    QVERIFY2(limits.contains(QByteArray::number(300LL * 1024 * 1024)), limits.constData());
    QVERIFY(QRegularExpression(QStringLiteral("Max file size\\s+0\\s+0"))
                .match(QString::fromLatin1(limits))
                .hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("Max core file size\\s+0\\s+0"))
                .match(QString::fromLatin1(limits))
                .hasMatch());
    QVERIFY(QRegularExpression(QStringLiteral("Max open files\\s+64\\s+64"))
                .match(QString::fromLatin1(limits))
                .hasMatch());
    // Nicer than us (renderprotocol::HelperNiceIncrement), so our GUI thread gets a core first.
    errno = 0;
    const int ourNice = ::getpriority(PRIO_PROCESS, 0);
    QCOMPARE(errno, 0);
    const int helperNice = ::getpriority(PRIO_PROCESS, id_t(pid));
    QCOMPARE(errno, 0);
    QCOMPARE(helperNice, std::min(19, ourNice + adesk::renderprotocol::HelperNiceIncrement));
    // stdin/stdout (the socket), stderr (/dev/null) and the helper's own (an eventfd of Qt's): no
    // file or socket of ours leaked.
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QString &fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries)) {
        const QString target = QFileInfo(fds.filePath(fd)).symLinkTarget();
        if (fd.toInt() > 2)
            QVERIFY2(target.contains(QStringLiteral("anon_inode")),
                     qPrintable(fd + QStringLiteral(" → ") + target));
    }
    // Its own TMPDIR, empty.
    const QByteArray environ = procFile(pid, "environ");
    const qsizetype at = environ.indexOf("TMPDIR=");
    QVERIFY(at >= 0);
    const QString tmp = QString::fromLocal8Bit(environ.mid(at + 7).split('\0').first());
    QVERIFY(tmp.contains(QStringLiteral("adesk-render-")));
    QVERIFY(QDir(tmp).exists());
    // A network namespace of its own where the kernel allows one (see the README).
    const QString ours = QFileInfo(QStringLiteral("/proc/self/ns/net")).symLinkTarget();
    const QString theirs = QFileInfo(QStringLiteral("/proc/%1/ns/net").arg(pid)).symLinkTarget();
    QProcess unshare;
    unshare.start(QStringLiteral("unshare"), {QStringLiteral("-Urn"), QStringLiteral("true")});
    const bool kernelAllows = unshare.waitForFinished() && unshare.exitCode() == 0;
    if (kernelAllows)
        QVERIFY(ours != theirs);
    else
        qInfo("unprivileged namespaces refused here: the helper shares the network namespace");
    // Closing the document ends the helper and removes its TMPDIR at once.
    loaded.renderer.reset();
    QVERIFY(!QDir(tmp).exists());
    QTRY_VERIFY(processGone(pid));
}

void TestSandboxedRenderer::sameAsInProcess_data() {
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("needle");
    QTest::newRow("t4a") << "t4a-15e.pdf"
                         << "social insurance number";
    QTest::newRow("across lines") << "searchAcrossLines.pdf"
                                  << "garantizan que se está";
    QTest::newRow("rotated") << "orientation.pdf"
                             << "page";
    QTest::newRow("scanned") << "jpeg.pdf"
                             << "a";
    QTest::newRow("double page") << "doublepage.pdf"
                                 << "the";
    QTest::newRow("png") << "kroller.png"
                         << "x";
    QTest::newRow("cmyk jpeg") << "out-cmyk-cmyk.jpg"
                               << "x";
}

void TestSandboxedRenderer::sameAsInProcess() {
    QFETCH(QString, file);
    QFETCH(QString, needle);
    const QByteArray bytes = fixture(file);
    const auto local = DocumentRenderer::loadInProcess(bytes, QString());
    const auto remote = DocumentRenderer::load(bytes, QString());
    QCOMPARE(remote.result, OpenResult::Ok);
    QCOMPARE(local.result, OpenResult::Ok);
    QVERIFY(sandboxed(remote));
    QCOMPARE(remote.renderer->kind(), local.renderer->kind());
    QCOMPARE(remote.renderer->pageCount(), local.renderer->pageCount());
    for (int page = 0; page < local.renderer->pageCount(); ++page) {
        QCOMPARE(remote.renderer->pageSizePoints(page), local.renderer->pageSizePoints(page));
        QCOMPARE(remote.renderer->pageText(page), local.renderer->pageText(page));
    }
    for (int rotation : {0, 90}) {
        const QImage a = remote.renderer->renderPage(0, 50, rotation);
        const QImage b = local.renderer->renderPage(0, 50, rotation);
        QVERIFY(!a.isNull());
        QCOMPARE(a.format(), b.format());
        QCOMPARE(a, b);
    }
    QCOMPARE(remote.renderer->search(needle), local.renderer->search(needle));
    QCOMPARE(remote.renderer->lastFailure().failure, Failure::None);
}

void TestSandboxedRenderer::passwordFlow() {
    const QByteArray bytes = fixture(QStringLiteral("PasswordEncrypted.pdf"));
    QCOMPARE(DocumentRenderer::load(bytes, Pdf).result, OpenResult::NeedsPassword);
    QCOMPARE(DocumentRenderer::load(bytes, Pdf, QStringLiteral("letmein")).result, OpenResult::WrongPassword);
    const auto loaded = DocumentRenderer::load(bytes, Pdf, QStringLiteral("password"));
    QCOMPARE(loaded.result, OpenResult::Ok);
    QVERIFY(!loaded.renderer->renderPage(0, 36, 0).isNull());
}

void TestSandboxedRenderer::hostileInput_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mime");
    QTest::addColumn<OpenResult>("expected");
    const QByteArray good = fixture(QStringLiteral("t4a-15e.pdf"));
    QTest::newRow("truncated") << good.left(good.size() / 3) << Pdf << OpenResult::Corrupt;
    QByteArray garbage("%PDF-1.7\n");
    quint32 x = 12345;
    while (garbage.size() < 200000) {
        x = x * 1103515245u + 12345u;
        garbage += char(x >> 24);
    }
    QTest::newRow("garbage after a header") << garbage << Pdf << OpenResult::Corrupt;
    QTest::newRow("empty") << QByteArray() << Pdf << OpenResult::Empty;
    QTest::newRow("page tree cycle") << pageTreeCycle() << Pdf << OpenResult::Corrupt;
    QTest::newRow("png claiming 100000x100000")
        << hugePng(100000, 100000) << QStringLiteral("image/png") << OpenResult::TooLarge;
    QTest::newRow("truncated png") << hugePng(64, 64) << QStringLiteral("image/png") << OpenResult::Corrupt;
}

void TestSandboxedRenderer::hostileInput() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, mime);
    QFETCH(OpenResult, expected);
    const auto loaded = DocumentRenderer::load(bytes, mime);
    QCOMPARE(loaded.result, expected);
    QVERIFY(!loaded.renderer);
    // The next normal document opens and renders.
    const auto next =
        DocumentRenderer::load(fixture(QStringLiteral("kroller.png")), QStringLiteral("image/png"));
    QCOMPARE(next.result, OpenResult::Ok);
    QVERIFY(!next.renderer->renderPage(0, 72, 0).isNull());
}

void TestSandboxedRenderer::flateBombCostsTheHelperOnly() {
    // 1 s of CPU per request; the bomb's first page needs several (768 MB of content).
    SandboxedRenderer::setLimits({512, 1, 60});
    const auto loaded = DocumentRenderer::load(flateBomb(768), Pdf);
    QCOMPARE(loaded.result, OpenResult::Ok); // the page tree is fine: the cost is in the content
    QCOMPARE(loaded.renderer->pageCount(), 2);
    const qint64 pid = sandboxed(loaded)->helperPid();
    QVERIFY(loaded.renderer->renderPage(0, 72, 0).isNull());
    const DocumentRenderer::FailureInfo failure = loaded.renderer->lastFailure();
    QCOMPARE(failure.failure, Failure::OutOfTime);
    QCOMPARE(failure.limit, 1);
    QCOMPARE(
        DocumentView::unsafeMessage(failure),
        QStringLiteral("This document could not be displayed safely: it needs more than 1 s to display."));
    QTRY_VERIFY(processGone(pid));
    // The bomb's healthy second page renders in a fresh helper, with text.
    QVERIFY(!loaded.renderer->renderPage(1, 72, 0).isNull());
    QVERIFY(loaded.renderer->pageText(1).contains(QStringLiteral("after the bomb")));
    QVERIFY(sandboxed(loaded)->helperPid() != pid);
    // And the next normal document renders.
    const auto next = DocumentRenderer::load(fixture(QStringLiteral("t4a-15e.pdf")), Pdf);
    QCOMPARE(next.result, OpenResult::Ok);
    QVERIFY(!next.renderer->renderPage(0, 96, 0).isNull());
}

void TestSandboxedRenderer::memoryLimit() {
    // A Letter page at 2000 dpi is a 17000 × 22000 bitmap (1.5 GB): over a 256 MB address space.
    SandboxedRenderer::setLimits({256, 20, 60});
    const auto loaded = DocumentRenderer::load(fixture(QStringLiteral("t4a-15e.pdf")), Pdf);
    QCOMPARE(loaded.result, OpenResult::Ok);
    QVERIFY(loaded.renderer->renderPage(0, 2000, 0).isNull());
    const DocumentRenderer::FailureInfo failure = loaded.renderer->lastFailure();
    QCOMPARE(failure.failure, Failure::OutOfMemory);
    QCOMPARE(failure.limit, 256);
    QCOMPARE(
        DocumentView::unsafeMessage(failure),
        QStringLiteral("This document could not be displayed safely: it needs more than 256 MB of memory."));
    QVERIFY(!loaded.renderer->renderPage(0, 72, 0).isNull());
}

void TestSandboxedRenderer::abortKillsTheHelper() {
    SandboxedRenderer::setLimits({512, 60, 120});
    const auto loaded = DocumentRenderer::load(flateBomb(2048), Pdf);
    QCOMPARE(loaded.result, OpenResult::Ok);
    const qint64 pid = sandboxed(loaded)->helperPid();
    // Abort once the helper has burnt CPU on the page: a render really in progress.
    const qint64 before = cpuTicks(pid);
    const QImage image =
        loaded.renderer->renderPage(0, 72, 0, [pid, before] { return cpuTicks(pid) > before + 20; });
    QVERIFY(image.isNull());
    QCOMPARE(loaded.renderer->lastFailure().failure, Failure::None); // an abort is not a failure
    QTRY_VERIFY(processGone(pid));
    QVERIFY(!loaded.renderer->renderPage(1, 72, 0).isNull());
}

void TestSandboxedRenderer::killedMidRender() {
    SandboxedRenderer::setLimits({512, 60, 120});
    const auto loaded = DocumentRenderer::load(flateBomb(2048), Pdf);
    QCOMPARE(loaded.result, OpenResult::Ok);
    const qint64 pid = sandboxed(loaded)->helperPid();
    const qint64 before = cpuTicks(pid);
    std::shared_ptr<DocumentRenderer> renderer = loaded.renderer;
    QFuture<QImage> render = QtConcurrent::run([renderer] { return renderer->renderPage(0, 72, 0); });
    QTRY_VERIFY(cpuTicks(pid) > before + 20); // rendering
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    render.waitForFinished();
    QVERIFY(render.result().isNull());
    const DocumentRenderer::FailureInfo failure = renderer->lastFailure();
    QCOMPARE(failure.failure, Failure::Crashed);
    QCOMPARE(
        DocumentView::unsafeMessage(failure),
        QStringLiteral("This document could not be displayed safely: the document reader stopped on it."));
    QVERIFY(!renderer->renderPage(1, 72, 0).isNull());
}

void TestSandboxedRenderer::killedMidSearch() {
    SandboxedRenderer::setLimits({512, 60, 120});
    const auto loaded = DocumentRenderer::load(flateBomb(2048), Pdf);
    QCOMPARE(loaded.result, OpenResult::Ok);
    const qint64 pid = sandboxed(loaded)->helperPid();
    const qint64 before = cpuTicks(pid);
    std::shared_ptr<DocumentRenderer> renderer = loaded.renderer;
    QFuture<QList<SearchHit>> search =
        QtConcurrent::run([renderer] { return renderer->search(QStringLiteral("after")); });
    QTRY_VERIFY(cpuTicks(pid) > before + 20); // extracting the bomb's text
    QCOMPARE(::kill(pid_t(pid), SIGKILL), 0);
    search.waitForFinished();
    QVERIFY(search.result().isEmpty());
    QCOMPARE(renderer->lastFailure().failure, Failure::Crashed);
    QVERIFY(renderer->pageText(1).contains(QStringLiteral("after the bomb")));
}

void TestSandboxedRenderer::missingHelper() {
    qputenv("ADESK_RENDER_HELPER", "/nonexistent/autodoctor-desk-render");
    SandboxedRenderer::setLimits(m_defaults); // empties the warm pool
    const auto loaded = DocumentRenderer::load(fixture(QStringLiteral("t4a-15e.pdf")), Pdf);
    qunsetenv("ADESK_RENDER_HELPER");
    QCOMPARE(loaded.result, OpenResult::Unsafe);
    QCOMPARE(loaded.failure.failure, Failure::Unavailable);
    QVERIFY(DocumentView::unsafeMessage(loaded.failure).contains(QStringLiteral("autodoctor-desk-render")));
}

void TestSandboxedRenderer::viewerShowsTheFailure() {
    SandboxedRenderer::setLimits({512, 1, 60});
    DocumentView view;
    view.resize(900, 700);
    view.show();
    QSignalSpy opened(&view, &DocumentView::opened);
    view.setDocument(flateBomb(768), Pdf, QStringLiteral("bomb.pdf"));
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().value<OpenResult>(), OpenResult::Ok);
    QTRY_COMPARE_WITH_TIMEOUT(
        view.bannerText(),
        QStringLiteral("This document could not be displayed safely: it needs more than 1 s to display."),
        30000);

    // An open that fails in the helper: the banner, no document.
    qputenv("ADESK_RENDER_HELPER", "/nonexistent/autodoctor-desk-render");
    SandboxedRenderer::setLimits(m_defaults);
    view.setDocument(fixture(QStringLiteral("t4a-15e.pdf")), Pdf, QStringLiteral("t4a.pdf"));
    QTRY_COMPARE(opened.size(), 2);
    qunsetenv("ADESK_RENDER_HELPER");
    QCOMPARE(view.openResult(), OpenResult::Unsafe);
    QVERIFY(!view.hasDocument());
    QVERIFY(view.bannerText().startsWith(QStringLiteral("This document could not be displayed safely")));

    // The next document opens normally.
    SandboxedRenderer::setLimits(m_defaults);
    view.setDocument(fixture(QStringLiteral("t4a-15e.pdf")), Pdf, QStringLiteral("t4a.pdf"));
    QTRY_COMPARE(opened.size(), 3);
    QCOMPARE(view.openResult(), OpenResult::Ok);
    QVERIFY(view.bannerText().isEmpty());
}

void TestSandboxedRenderer::renderCommand() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString png = dir.filePath(QStringLiteral("page.png"));
    QProcess p;
    p.start(QStringLiteral(ADESK_APP_BINARY),
            {QStringLiteral("render"), QStringLiteral(ADESK_TEST_DATA "/documents/t4a-15e.pdf"),
             QStringLiteral("--page"), QStringLiteral("1"), QStringLiteral("--dpi"), QStringLiteral("50"),
             QStringLiteral("--out"), png});
    QVERIFY(p.waitForFinished(60000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    const QImage image(png);
    const auto local = DocumentRenderer::loadInProcess(fixture(QStringLiteral("t4a-15e.pdf")), Pdf);
    const QImage expected = local.renderer->renderPage(0, 50, 0);
    QCOMPARE(image.size(), expected.size());
    QCOMPARE(image.convertToFormat(QImage::Format_ARGB32), expected.convertToFormat(QImage::Format_ARGB32));

    p.start(QStringLiteral(ADESK_APP_BINARY),
            {QStringLiteral("render"), QStringLiteral(ADESK_TEST_DATA "/documents/t4a-15e.pdf"),
             QStringLiteral("--page"), QStringLiteral("1"), QStringLiteral("--text")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("Social insurance number")));

    p.start(QStringLiteral(ADESK_APP_BINARY),
            {QStringLiteral("render"), QStringLiteral(ADESK_TEST_DATA "/documents/PasswordEncrypted.pdf"),
             QStringLiteral("--text"), QStringLiteral("--password"), QStringLiteral("password")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
}

void TestSandboxedRenderer::renderCommandRefusesHostileFile() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString bomb = dir.filePath(QStringLiteral("bomb.pdf"));
    {
        QFile f(bomb);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(flateBomb(768));
    }
    QProcess p;
    p.start(QStringLiteral(ADESK_APP_BINARY),
            {QStringLiteral("render"), bomb, QStringLiteral("--out"), dir.filePath(QStringLiteral("x.png")),
             QStringLiteral("--cpu-seconds"), QStringLiteral("1")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
    QCOMPARE(QString::fromUtf8(p.readAllStandardError()).trimmed(),
             QStringLiteral(
                 "render: This document could not be displayed safely: it needs more than 1 s to display."));

    p.start(QStringLiteral(ADESK_APP_BINARY),
            {QStringLiteral("render"), QStringLiteral(ADESK_TEST_DATA "/documents/truncated.pdf"),
             QStringLiteral("--text")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("damaged")));
}

QTEST_MAIN(TestSandboxedRenderer)
#include "tst_sandboxedrenderer.moc"
