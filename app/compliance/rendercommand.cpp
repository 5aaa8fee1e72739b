// `autodoctor-desk render FILE [--page N] [--dpi D] (--out PNG | --text) [--password P]
//  [--memory-mb N] [--cpu-seconds N]`: one page of an upload through the same sandboxed reader as
// the compliance viewer (SandboxedRenderer, issue 11). Support uses it on a file an admin could not
// open; the render benchmark times it. Exit 0 when the page was written (or its text printed), 1
// when the document could not be read (the viewer's message on stderr), 2 on a usage error.
#include "app/batchcommands.h"

#include "views/documents/documentrenderer.h"
#include "views/documents/documentview.h"
#include "views/documents/sandboxedrenderer.h"

#include <QFile>
#include <QImage>
#include <QTextStream>

#include <algorithm>

namespace adesk {

int runRender(const BatchContext &ctx) {
    QString file;
    QString out;
    QString password;
    bool text = false;
    int page = 1;
    double dpi = 96.0;
    SandboxLimits limits = SandboxedRenderer::limits();
    const QStringList &a = ctx.args;
    for (int i = 0; i < a.size(); ++i) {
        const bool hasValue = i + 1 < a.size();
        bool ok = true;
        if (a[i] == u"--page" && hasValue)
            page = a[++i].toInt(&ok);
        else if (a[i] == u"--dpi" && hasValue)
            dpi = a[++i].toDouble(&ok);
        else if (a[i] == u"--out" && hasValue)
            out = a[++i];
        else if (a[i] == u"--password" && hasValue)
            password = a[++i];
        else if (a[i] == u"--memory-mb" && hasValue)
            limits.memoryMB = a[++i].toInt(&ok);
        else if (a[i] == u"--cpu-seconds" && hasValue)
            limits.cpuSeconds = a[++i].toInt(&ok);
        else if (a[i] == u"--text")
            text = true;
        else if (!a[i].startsWith(u'-') && file.isEmpty())
            file = a[i];
        else
            ok = false;
        if (!ok) {
            batchErr() << "render: unexpected argument '" << a[i] << "'" << Qt::endl;
            return 2;
        }
    }
    if (file.isEmpty() || (out.isEmpty() && !text) || page < 1 || !(dpi > 0.0) || dpi > 2400.0 ||
        limits.memoryMB <= 0 || limits.cpuSeconds <= 0) {
        batchErr() << "render: usage: render FILE [--page N] [--dpi D] (--out PNG | --text) [--password P] "
                      "[--memory-mb N] [--cpu-seconds N]"
                   << Qt::endl;
        return 2;
    }
    limits.wallSeconds = std::max(limits.wallSeconds, limits.cpuSeconds * 3);
    SandboxedRenderer::setLimits(limits);
    SandboxedRenderer::setWarmHelpers(0); // one document: a spare helper would only cost a start-up

    QFile in(file);
    if (!in.open(QIODevice::ReadOnly) || in.size() > DocumentRenderer::MaxInputBytes) {
        batchErr() << "render: "
                   << DocumentView::messageFor(in.isOpen() ? DocumentRenderer::OpenResult::TooLarge
                                                           : DocumentRenderer::OpenResult::Missing)
                   << Qt::endl;
        return 1;
    }
    const DocumentRenderer::LoadResult loaded = DocumentRenderer::load(in.readAll(), QString(), password);
    if (loaded.result != DocumentRenderer::OpenResult::Ok) {
        batchErr() << "render: "
                   << (loaded.result == DocumentRenderer::OpenResult::Unsafe
                           ? DocumentView::unsafeMessage(loaded.failure)
                           : DocumentView::messageFor(loaded.result))
                   << Qt::endl;
        return 1;
    }
    if (page > loaded.renderer->pageCount()) {
        batchErr() << "render: the document has " << loaded.renderer->pageCount() << " page(s)" << Qt::endl;
        return 2;
    }
    auto failed = [&loaded] {
        batchErr() << "render: " << DocumentView::unsafeMessage(loaded.renderer->lastFailure()) << Qt::endl;
        return 1;
    };
    if (text) {
        const QString pageText = loaded.renderer->pageText(page - 1);
        if (loaded.renderer->lastFailure().failure != DocumentRenderer::Failure::None)
            return failed();
        batchOut() << pageText << Qt::endl;
    }
    if (!out.isEmpty()) {
        const QImage image = loaded.renderer->renderPage(page - 1, dpi, 0);
        if (image.isNull())
            return failed();
        if (!image.save(out, "PNG")) {
            batchErr() << "render: cannot write " << out << Qt::endl;
            return 1;
        }
    }
    return 0;
}

} // namespace adesk
