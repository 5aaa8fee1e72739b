// Issue 11 benchmark: the first page of each reference PDF at 96 dpi, written as a PNG.
//   render_warm_ms      SandboxedRenderer with a warm helper (started ahead, as the viewer's pool
//                       does): open + render page 1 + PNG file   vs `pdftoppm -r 96 -f 1 -l 1 -png`
//   render_cold_extra_ms  the same without a warm helper, minus render_warm_ms (helper start-up)
//   render_command_ms   `autodoctor-desk render FILE --page 1 --dpi 96 --out PNG` (the app process,
//                       its helper, the PNG)                      vs the same pdftoppm run
//   in_process_ms       the old in-process path (PopplerRenderer), for "before" figures
// Target: render_warm within 1.5x of pdftoppm. Medians of --repeat runs (default 5) after a warm-up.
// Usage: build/tests/bench/bench_render [--dir DIR] [--repeat N]   (no database)

#include "views/documents/documentrenderer.h"
#include "views/documents/sandboxedrenderer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace adesk;

namespace {

double medianOf(int n, const std::function<void()> &before, const std::function<void()> &f) {
    std::vector<double> times;
    for (int i = 0; i < n; ++i) {
        before();
        QElapsedTimer t;
        t.start();
        f();
        times.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

bool run(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

int main(int argc, char **argv) {
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QGuiApplication app(argc, argv);
    QString dir = QStringLiteral(ADESK_REFERENCE_DIR);
    int repeat = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == u"--dir")
            dir = args[i + 1];
        else if (args[i] == u"--repeat")
            repeat = std::max(1, args[i + 1].toInt());
    }
    const QStringList pdfs = QDir(dir).entryList({QStringLiteral("*.pdf")}, QDir::Files, QDir::Name);
    if (pdfs.isEmpty()) {
        std::fprintf(stderr, "bench_render: no PDF in %s\n", qPrintable(dir));
        return 1;
    }
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("page.png"));
    std::printf("# %s, helper %s, median of %d\n", qPrintable(dir),
                qPrintable(SandboxedRenderer::helperPath()), repeat);
    // The app's own start-up (no helper: the file does not exist), part of render_command_ms.
    const double appStart = medianOf(
        repeat, [] {},
        [&] {
            QProcess p;
            p.start(QStringLiteral(ADESK_APP_BINARY),
                    {QStringLiteral("render"), out.filePath(QStringLiteral("missing.pdf")),
                     QStringLiteral("--text")});
            p.waitForFinished(60000);
        });
    std::printf("# app start-up (render of a missing file): %.1f ms\n", appStart);
    for (const QString &name : pdfs) {
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return 1;
        const QByteArray bytes = f.readAll();
        const QString password =
            name.contains(QStringLiteral("Password")) ? QStringLiteral("password") : QString();
        if (DocumentRenderer::loadInProcess(bytes, QString(), password).result !=
            DocumentRenderer::OpenResult::Ok) {
            std::printf("# %s: skipped (not a readable PDF)\n", qPrintable(name));
            continue;
        }
        auto sandboxed = [&] {
            const auto loaded = DocumentRenderer::load(bytes, QStringLiteral("application/pdf"), password);
            if (!loaded.renderer || !loaded.renderer->renderPage(0, 96, 0).save(png, "PNG"))
                std::fprintf(stderr, "bench_render: %s failed\n", qPrintable(name));
        };
        auto warm = [] {
            SandboxedRenderer::prewarm();
            QThread::msleep(400); // the pool's helper has loaded its libraries and waits on its socket
        };
        auto cold = [] {
            SandboxedRenderer::setLimits(SandboxedRenderer::limits()); // empties the warm pool
            QThread::msleep(200);
        };
        auto nothing = [] {};
        QStringList popplerArgs{QStringLiteral("-r"),  QStringLiteral("96"), QStringLiteral("-f"),
                                QStringLiteral("1"),   QStringLiteral("-l"), QStringLiteral("1"),
                                QStringLiteral("-png")};
        if (!password.isEmpty())
            popplerArgs << QStringLiteral("-upw") << password;
        popplerArgs << f.fileName() << out.filePath(QStringLiteral("pdftoppm"));
        QStringList commandArgs{
            QStringLiteral("render"), f.fileName(),         QStringLiteral("--page"), QStringLiteral("1"),
            QStringLiteral("--dpi"),  QStringLiteral("96"), QStringLiteral("--out"),  png};
        if (!password.isEmpty())
            commandArgs << QStringLiteral("--password") << password;

        warm();
        sandboxed(); // warm-up: file cache, fonts
        run(QStringLiteral("pdftoppm"), popplerArgs);
        const double pdftoppm =
            medianOf(repeat, nothing, [&] { run(QStringLiteral("pdftoppm"), popplerArgs); });
        const double warmMs = medianOf(repeat, warm, sandboxed);
        const double coldMs = medianOf(repeat, cold, sandboxed);
        const double command =
            medianOf(repeat, nothing, [&] { run(QStringLiteral(ADESK_APP_BINARY), commandArgs); });
        const double inProcess = medianOf(repeat, nothing, [&] {
            const auto loaded =
                DocumentRenderer::loadInProcess(bytes, QStringLiteral("application/pdf"), password);
            if (loaded.renderer)
                loaded.renderer->renderPage(0, 96, 0).save(png, "PNG");
        });
        std::printf("%s render_warm_ms: %.1f ms  # pdftoppm %.1f ms, ratio %.2f\n", qPrintable(name), warmMs,
                    pdftoppm, warmMs / pdftoppm);
        std::printf("%s render_cold_extra_ms: %.1f ms  # cold %.1f ms\n", qPrintable(name), coldMs - warmMs,
                    coldMs);
        std::printf("%s render_command_ms: %.1f ms  # pdftoppm %.1f ms, ratio %.2f\n", qPrintable(name),
                    command, pdftoppm, command / pdftoppm);
        std::printf("%s in_process_ms: %.1f ms  # ratio to pdftoppm %.2f\n", qPrintable(name), inProcess,
                    inProcess / pdftoppm);
        std::fflush(stdout);
    }
    return 0;
}
