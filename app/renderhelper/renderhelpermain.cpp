// autodoctor-desk-render: the sandboxed document reader (issue 11).
//
// The app (SandboxedRenderer) starts one of these per open document, with an AF_UNIX socket as its
// stdin and stdout, and talks the protocol of views/documents/renderprotocol.h. Before reading a
// single byte of input the helper confines itself:
//   - every inherited file descriptor above 2 is closed (database sockets, the app's files);
//   - it ends on EOF of its socket (the app closed the document or died), also mid-page;
//   - setrlimit: RLIMIT_AS (--memory-mb), RLIMIT_CPU (--cpu-seconds per request, re-armed before each
//     request; SIGXCPU ends it), RLIMIT_FSIZE 0 (it writes no file; SIGXFSZ ignored so a write just
//     fails), RLIMIT_CORE 0, RLIMIT_NOFILE 64;
//   - TMPDIR is the private, empty directory the app made for it (removed by the app afterwards);
//   - unshare(CLONE_NEWUSER | CLONE_NEWNET) where the kernel allows unprivileged user namespaces:
//     no network interface but a down loopback; when the kernel refuses, CLONE_NEWNET alone (works
//     with CAP_SYS_ADMIN), otherwise it runs with the network of the app (stated in the README);
//   - PR_SET_NO_NEW_PRIVS: no set-uid/file-capability gain through exec;
//   - nice(renderprotocol::HelperNiceIncrement): below the app's CPU priority.
// No seccomp filter: libseccomp is not a dependency of the project (see the README).
// A failed allocation exits with renderprotocol::ExitOutOfMemory so the app can say "needs more than
// N MB"; Poppler's own out-of-memory abort() and any crash show up as a signal.

#include "views/documents/documentrenderer.h"
#include "views/documents/renderprotocol.h"

#include <QColorSpace>
#include <QGuiApplication>
#include <QIODevice>
#include <QImage>
#include <QImageReader>
#include <QSizeF>

#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <new>
#include <vector>

#include <malloc.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace adesk;
namespace rp = adesk::renderprotocol;

namespace {

constexpr int InFd = 0;
constexpr int OutFd = 1;

[[noreturn]] void outOfMemory() {
    _exit(rp::ExitOutOfMemory);
}

bool setLimit(int resource, rlim_t soft, rlim_t hard) {
    const rlimit limit{soft, hard};
    return ::setrlimit(resource, &limit) == 0;
}

rlim_t cpuSecondsUsed() {
    rusage usage{};
    ::getrusage(RUSAGE_SELF, &usage);
    return rlim_t(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec + 1);
}

long argValue(int argc, char **argv, const char *name, long fallback) {
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0)
            return std::strtol(argv[i + 1], nullptr, 10);
    }
    return fallback;
}

/// True once the app sent CancelByte while the current request runs.
bool g_cancelled = false;

bool cancelRequested() {
    if (g_cancelled)
        return true;
    // Poppler asks after nearly every operator: look at the socket every 5 ms only (a poll() per
    // call cost more than the page).
    static std::chrono::steady_clock::time_point lastLook;
    const auto now = std::chrono::steady_clock::now();
    if (now - lastLook < std::chrono::milliseconds(5))
        return false;
    lastLook = now;
    pollfd pfd{InFd, POLLIN, 0};
    if (::poll(&pfd, 1, 0) <= 0)
        return false;
    char byte = 0;
    const ssize_t n = ::read(InFd, &byte, 1);
    if (n <= 0)
        _exit(0); // the app is gone
    if (byte != rp::CancelByte)
        _exit(2); // the app never sends a frame before our reply: protocol error
    g_cancelled = true;
    return true;
}

/// Pays Poppler's and fontconfig's one-time set-up (font configuration, the standard fonts) and
/// loads the image plugins while the helper waits in the app's warm pool, not on the first page.
void warmUp() {
    static const char pdf[] =
        "%PDF-1.4\n"
        "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
        "4 0 obj << /Length 34 >> stream\nBT /F1 12 Tf 4 30 Td (Warm) Tj ET\nendstream endobj\n"
        "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
        "trailer << /Root 1 0 R >>\n%%EOF\n";
    const DocumentRenderer::LoadResult loaded =
        DocumentRenderer::loadInProcess(QByteArray(pdf, sizeof pdf - 1), QStringLiteral("application/pdf"));
    if (loaded.renderer) {
        loaded.renderer->renderPage(0, 72, 0);
        loaded.renderer->pageText(0);
    }
    QImageReader::supportedImageFormats();
    // Fault in 16 MB of heap (a Letter page at 96 dpi needs ~7 MB: Poppler's bitmap and the
    // image) that stays with the process (M_TRIM_THRESHOLD): the first page pays no page faults.
    std::vector<char> heap(16 * 1024 * 1024, 1);
    heap.clear();
}

QByteArray reply(const std::function<void(QDataStream &)> &write) {
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(rp::StreamVersion);
    write(out);
    return payload;
}

} // namespace

int main(int argc, char **argv) {
    // 1. Nothing inherited but stdin, stdout and stderr.
    ::close_range(3, ~0U, 0);

    const long memoryMB = argValue(argc, argv, "--memory-mb", 1024);
    const long cpuSeconds = argValue(argc, argv, "--cpu-seconds", 10);

    // 2. Dying with the app: EOF on the socket, also noticed while a page renders (the cancel check).
    // Not PR_SET_PDEATHSIG: it fires when the app's *thread* that started the helper ends (a pool
    // thread expiring), which would kill warm helpers.

    // 3. Resource limits. The CPU hard limit caps the helper's whole life; the soft limit is
    // re-armed per request below.
    ::signal(SIGXFSZ, SIG_IGN);
    const rlim_t memory = rlim_t(memoryMB) * 1024 * 1024;
#if defined(__SANITIZE_ADDRESS__)
    // AddressSanitizer has reserved terabytes of shadow memory already: an address-space limit
    // would fail every later allocation. ADESK_ASAN builds run the helper without it.
    const bool memoryLimited = true;
    Q_UNUSED(memory);
#else
    const bool memoryLimited = setLimit(RLIMIT_AS, memory, memory);
#endif
    const bool limited = setLimit(RLIMIT_CORE, 0, 0) && setLimit(RLIMIT_FSIZE, 0, 0) &&
                         setLimit(RLIMIT_NOFILE, 64, 64) && memoryLimited &&
                         setLimit(RLIMIT_CPU, rlim_t(cpuSeconds) + 1, rlim_t(cpuSeconds) * 100 + 1);
    if (!limited || memoryMB <= 0 || cpuSeconds <= 0)
        return rp::ExitNoSandbox;

    // 4. No network: a new network namespace (inside a new user namespace when unprivileged).
    if (::unshare(CLONE_NEWUSER | CLONE_NEWNET) != 0)
        ::unshare(CLONE_NEWNET);
    if (::prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        return rp::ExitNoSandbox;

    // 5. Below the app's CPU priority: the desk's GUI thread first when both want a core. Raising
    // one's own niceness needs no privilege; -1 with errno set is the only failure.
    errno = 0;
    if (::nice(rp::HelperNiceIncrement) == -1 && errno != 0)
        return rp::ExitNoSandbox;

    std::set_new_handler(&outOfMemory);
    // Page images are megabytes each: keep them on the heap and reuse it, instead of a fresh
    // mmap (and its page faults) per page, which cost more than rendering in a virtual machine.
    ::mallopt(M_MMAP_THRESHOLD, 256 * 1024 * 1024);
    ::mallopt(M_TRIM_THRESHOLD, 512 * 1024 * 1024);

    // A QGuiApplication (on the windowless "minimal" platform): it installs QtGui's SIMD pixel
    // routines, without which Poppler's page images convert 20-50 times slower; QImageReader finds
    // its JPEG plugin through it.
    qputenv("QT_QPA_PLATFORM", "minimal");
    QGuiApplication app(argc, argv);
    warmUp();

    std::shared_ptr<DocumentRenderer> renderer;
    while (true) {
        const std::optional<QByteArray> frame = rp::readFrame(InFd);
        if (!frame)
            return 0; // EOF: the app closed the document
        g_cancelled = false;
        setLimit(RLIMIT_CPU, cpuSecondsUsed() + rlim_t(cpuSeconds), rlim_t(cpuSeconds) * 100 + 1);

        QDataStream in(*frame);
        in.setVersion(rp::StreamVersion);
        quint8 op = 0;
        in >> op;
        const DocumentRenderer::AbortCheck abort = &cancelRequested;
        QByteArray payload;
        switch (rp::Op(op)) {
        case rp::Op::Open: {
            QByteArray bytes;
            QString mime;
            QString password;
            in >> bytes >> mime >> password;
            DocumentRenderer::LoadResult loaded = DocumentRenderer::loadInProcess(bytes, mime, password);
            bytes.clear();
            QList<QSizeF> sizes;
            qint32 kind = 0;
            if (loaded.renderer) {
                for (int i = 0; i < loaded.renderer->pageCount(); ++i)
                    sizes.append(loaded.renderer->pageSizePoints(i));
                kind = qint32(loaded.renderer->kind());
            }
            renderer = std::move(loaded.renderer);
            payload = reply([&](QDataStream &out) { out << qint32(loaded.result) << kind << sizes; });
            break;
        }
        case rp::Op::Render: {
            qint32 page = 0;
            double dpi = 0;
            qint32 rotation = 0;
            in >> page >> dpi >> rotation;
            QImage image = renderer ? renderer->renderPage(page, dpi, rotation, abort) : QImage();
            rp::Status status =
                g_cancelled ? rp::Status::Aborted : (image.isNull() ? rp::Status::Failed : rp::Status::Ok);
            // Poppler answers a bitmap it could not allocate (RLIMIT_AS) with a 1×1 image: a page
            // image that is not the page's size at dpi is a page that needs more memory.
            if (status == rp::Status::Ok && renderer->kind() == DocumentRenderer::Kind::Pdf) {
                QSizeF points = renderer->pageSizePoints(page);
                if (((rotation % 360) + 360) % 180 == 90)
                    points.transpose();
                const QSizeF expected = points * dpi / 72.0;
                if (std::abs(image.width() - expected.width()) > 2 ||
                    std::abs(image.height() - expected.height()) > 2) {
                    status = rp::Status::TooLarge;
                    image = QImage();
                }
            }
            if (status != rp::Status::Ok) {
                payload = reply([&](QDataStream &out) { out << quint8(status); });
                break;
            }
            // The scan lines go out straight from the image, framed as a QByteArray would be.
            const QByteArray head = reply([&](QDataStream &out) {
                out << quint8(status) << qint32(image.width()) << qint32(image.height())
                    << qint32(image.format()) << qint64(image.bytesPerLine()) << quint32(image.sizeInBytes());
            });
            const QByteArray tail = reply([&](QDataStream &out) {
                out << image.colorSpace().iccProfile() << qint32(image.dotsPerMeterX())
                    << qint32(image.dotsPerMeterY());
            });
            if (!rp::writeFrame(OutFd, head, reinterpret_cast<const char *>(image.constBits()),
                                size_t(image.sizeInBytes()), tail))
                return 0;
            continue;
        }
        case rp::Op::PageText: {
            qint32 page = 0;
            in >> page;
            const QString text = renderer ? renderer->pageText(page) : QString();
            payload = reply([&](QDataStream &out) { out << text; });
            break;
        }
        case rp::Op::Search: {
            QString text;
            in >> text;
            const QList<SearchHit> hits = renderer ? renderer->search(text, abort) : QList<SearchHit>();
            const rp::Status status = g_cancelled ? rp::Status::Aborted : rp::Status::Ok;
            payload = reply([&](QDataStream &out) { out << quint8(status) << hits; });
            break;
        }
        default:
            return 2;
        }
        if (!rp::writeFrame(OutFd, payload))
            return 0;
    }
}
