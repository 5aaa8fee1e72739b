#include "views/documents/sandboxedrenderer.h"

#include "views/documents/renderprotocol.h"

#include <QColorSpace>
#include <QCoreApplication>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <mutex>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

namespace adesk {

namespace rp = renderprotocol;
using Clock = std::chrono::steady_clock;

struct SandboxedRenderer::Helper {
    pid_t pid = 0;
    int fd = -1;
    QByteArray tmpDir;
    SandboxLimits limits;
    bool reaped = false;
    /// The app's peak resident size when it spawned the helper (kB). posix_spawn runs the child on
    /// the app's memory until exec (CLONE_VM), and exec folds that memory's peak into the child's
    /// ru_maxrss: only a peak above this one is the helper's own.
    long spawnerMaxRssKB = 0;
};

namespace {

/// How long a helper that was sent a cancel byte may take to answer before it is killed.
constexpr int kGraceMs = 20;
/// How often a caller waiting for a reply consults its AbortCheck.
constexpr int kPollMs = 5;
/// Helpers kept started ahead of need (setWarmHelpers()).
std::atomic<int> g_warmHelpers{1};

using Helper = SandboxedRenderer::Helper;

std::mutex g_limitsMutex;
SandboxLimits g_limits;

SandboxLimits currentLimits() {
    std::lock_guard<std::mutex> lock(g_limitsMutex);
    return g_limits;
}

bool sameLimits(const SandboxLimits &a, const SandboxLimits &b) {
    return a.memoryMB == b.memoryMB && a.cpuSeconds == b.cpuSeconds && a.wallSeconds == b.wallSeconds;
}

void removeTmpDir(const QByteArray &dir) {
    if (!dir.isEmpty())
        QDir(QFile::decodeName(dir)).removeRecursively();
}

/// SIGKILLs a helper that was not reaped yet and reaps it on a detached thread: the caller (maybe
/// the GUI thread) never waits for a process to exit.
void discard(std::unique_ptr<Helper> helper) {
    if (!helper)
        return;
    if (helper->fd >= 0)
        ::close(helper->fd);
    // Now, not after the reaping: a detached thread may not outlive a command that exits. The helper
    // cannot write into it anyway (RLIMIT_FSIZE 0), and a SIGKILLed one runs no more code.
    if (!helper->reaped)
        ::kill(helper->pid, SIGKILL);
    removeTmpDir(helper->tmpDir);
    if (helper->reaped)
        return;
    const pid_t pid = helper->pid;
    std::thread([pid] {
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
    }).detach();
}

std::unique_ptr<Helper> spawnHelper(const SandboxLimits &limits) {
    const QByteArray path = QFile::encodeName(SandboxedRenderer::helperPath());
    if (path.isEmpty())
        return nullptr;
    QByteArray tmpl = QFile::encodeName(QDir::tempPath()) + "/adesk-render-XXXXXX";
    if (!::mkdtemp(tmpl.data()))
        return nullptr;
    int sv[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0) {
        removeTmpDir(tmpl);
        return nullptr;
    }

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, sv[1], 0);
    posix_spawn_file_actions_adddup2(&actions, sv[1], 1);
    if (qEnvironmentVariableIsEmpty("ADESK_RENDER_HELPER_STDERR"))
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    sigset_t none;
    sigemptyset(&none);
    sigset_t all;
    sigfillset(&all);
    posix_spawnattr_setsigmask(&attr, &none);
    posix_spawnattr_setsigdefault(&attr, &all);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF);

    const QByteArray memory = QByteArray::number(limits.memoryMB);
    const QByteArray cpu = QByteArray::number(limits.cpuSeconds);
    char *argv[] = {const_cast<char *>(path.constData()),   const_cast<char *>("--memory-mb"),
                    const_cast<char *>(memory.constData()), const_cast<char *>("--cpu-seconds"),
                    const_cast<char *>(cpu.constData()),    nullptr};
    // The environment minus TMPDIR, plus the helper's private one.
    QList<QByteArray> env;
    for (char **e = environ; e && *e; ++e) {
        if (std::strncmp(*e, "TMPDIR=", 7) != 0)
            env.append(QByteArray(*e));
    }
    env.append("TMPDIR=" + tmpl);
    std::vector<char *> envp;
    for (QByteArray &e : env)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    rusage self{};
    ::getrusage(RUSAGE_SELF, &self);
    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, path.constData(), &actions, &attr, argv, envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(sv[1]);
    if (rc != 0) {
        ::close(sv[0]);
        removeTmpDir(tmpl);
        return nullptr;
    }
    auto helper = std::make_unique<Helper>();
    helper->pid = pid;
    helper->fd = sv[0];
    helper->tmpDir = tmpl;
    helper->limits = limits;
    helper->spawnerMaxRssKB = self.ru_maxrss;
    return helper;
}

bool stillRunning(Helper &helper) {
    int status = 0;
    if (::waitpid(helper.pid, &status, WNOHANG) == 0)
        return true;
    helper.reaped = true;
    return false;
}

/// The warm pool: helpers started ahead of need, with the limits in force when they started.
struct Pool {
    std::mutex mutex;
    std::vector<std::unique_ptr<Helper>> warm;

    ~Pool() {
        for (std::unique_ptr<Helper> &h : warm) {
            ::close(h->fd); // EOF: the helper exits
            ::kill(h->pid, SIGKILL);
            removeTmpDir(h->tmpDir);
        }
    }

    void refill(const SandboxLimits &limits) {
        while (warm.size() < size_t(std::max(0, g_warmHelpers.load()))) {
            std::unique_ptr<Helper> h = spawnHelper(limits);
            if (!h)
                return;
            warm.push_back(std::move(h));
        }
    }

    std::unique_ptr<Helper> take(const SandboxLimits &limits) {
        std::unique_ptr<Helper> out;
        {
            std::lock_guard<std::mutex> lock(mutex);
            while (!warm.empty() && !out) {
                std::unique_ptr<Helper> h = std::move(warm.front());
                warm.erase(warm.begin());
                if (sameLimits(h->limits, limits) && stillRunning(*h))
                    out = std::move(h);
                else
                    discard(std::move(h));
            }
        }
        if (!out)
            out = spawnHelper(limits);
        std::lock_guard<std::mutex> lock(mutex);
        refill(limits);
        return out;
    }

    void drain() {
        std::lock_guard<std::mutex> lock(mutex);
        for (std::unique_ptr<Helper> &h : warm)
            discard(std::move(h));
        warm.clear();
    }
};

Pool &pool() {
    static Pool p;
    return p;
}

/// Waits for a helper whose socket closed and says why it ended.
DocumentRenderer::FailureInfo classifyDeath(Helper &helper) {
    using Failure = DocumentRenderer::Failure;
    int status = 0;
    rusage usage{};
    pid_t got = 0;
    for (int i = 0; i < 400 && got == 0; ++i) { // 2 s for a helper that closed its socket to exit
        got = ::wait4(helper.pid, &status, WNOHANG, &usage);
        if (got == 0)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (got == 0) {
        ::kill(helper.pid, SIGKILL);
        while ((got = ::wait4(helper.pid, &status, 0, &usage)) < 0 && errno == EINTR) {
        }
    }
    helper.reaped = got > 0;
    const SandboxLimits &limits = helper.limits;
    if (WIFEXITED(status)) {
        if (WEXITSTATUS(status) == rp::ExitOutOfMemory)
            return {Failure::OutOfMemory, limits.memoryMB};
        if (WEXITSTATUS(status) == rp::ExitNoSandbox)
            return {Failure::Unavailable, 0};
        return {Failure::Crashed, 0};
    }
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        const double cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec);
        if (sig == SIGXCPU || (sig == SIGKILL && cpu >= double(limits.cpuSeconds) * 100))
            return {Failure::OutOfTime, limits.cpuSeconds};
        // Poppler's allocator aborts when an allocation fails; a helper near its address-space
        // limit that aborts or faults ran out of memory rather than into a bug. Its peak counts
        // only when above the app's own (see Helper::spawnerMaxRssKB): a helper that crashes at
        // once reports the app's peak, not its own. The app's peak is taken now as well as at
        // spawn time: the app keeps running (other threads, AddressSanitizer's shadow) between the
        // spawn and the helper's exec, and the helper's figure includes the app's pages up to its
        // exec, never more than the app's peak so far.
        struct rusage self {};
        ::getrusage(RUSAGE_SELF, &self);
        const double rssMB = double(usage.ru_maxrss) / 1024.0;
        const bool ownPeak = usage.ru_maxrss > std::max<long>(helper.spawnerMaxRssKB, self.ru_maxrss);
        if ((sig == SIGABRT || sig == SIGSEGV || sig == SIGBUS) && ownPeak && rssMB > 0.5 * limits.memoryMB)
            return {Failure::OutOfMemory, limits.memoryMB};
    }
    return {Failure::Crashed, 0};
}

enum class End { Reply, Cancelled, Aborted, Failed };
struct Exchange {
    End end = End::Failed;
    QByteArray reply;
    DocumentRenderer::FailureInfo failure;
};

/// One request and its reply. Aborted: the caller must kill the helper (it did not answer the
/// cancel in time); Failed: the helper is dead (reaped) or timed out (to be killed).
Exchange exchange(Helper &helper, const QByteArray &request,
                  const DocumentRenderer::AbortCheck &shouldAbort) {
    Exchange out;
    if (!rp::writeFrame(helper.fd, request)) {
        out.failure = classifyDeath(helper);
        return out;
    }
    const Clock::time_point deadline = Clock::now() + std::chrono::seconds(helper.limits.wallSeconds);
    std::optional<Clock::time_point> cancelledAt;
    char header[5];
    qsizetype headerFilled = 0;
    QByteArray payload; // sized once the header is in; read into directly
    qsizetype filled = 0;
    while (true) {
        if (!cancelledAt && shouldAbort && shouldAbort()) {
            const char cancel = rp::CancelByte;
            ::send(helper.fd, &cancel, 1, MSG_NOSIGNAL | MSG_DONTWAIT);
            cancelledAt = Clock::now();
        }
        const Clock::time_point now = Clock::now();
        if (cancelledAt && now - *cancelledAt > std::chrono::milliseconds(kGraceMs)) {
            out.end = End::Aborted;
            return out;
        }
        if (now > deadline) {
            out.failure = {DocumentRenderer::Failure::OutOfTime, helper.limits.cpuSeconds};
            return out;
        }
        pollfd pfd{helper.fd, POLLIN, 0};
        const int ready = ::poll(&pfd, 1, kPollMs);
        if (ready < 0 && errno != EINTR) {
            out.failure = {DocumentRenderer::Failure::Crashed, 0};
            return out;
        }
        if (ready <= 0)
            continue;
        const bool inHeader = headerFilled < 5;
        char *target = inHeader ? header + headerFilled : payload.data() + filled;
        const size_t want = inHeader ? size_t(5 - headerFilled) : size_t(payload.size() - filled);
        const ssize_t n = want == 0 ? 0 : ::read(helper.fd, target, want);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0 && want > 0) {
            out.failure = classifyDeath(helper);
            return out;
        }
        if (inHeader) {
            headerFilled += n;
            if (headerFilled < 5)
                continue;
            const auto *h = reinterpret_cast<const unsigned char *>(header);
            const quint32 length =
                quint32(h[1]) | quint32(h[2]) << 8 | quint32(h[3]) << 16 | quint32(h[4]) << 24;
            if (h[0] != quint8(rp::FrameMagic) || length > rp::MaxPayloadBytes) {
                out.failure = {DocumentRenderer::Failure::Crashed, 0};
                return out;
            }
            payload.resize(qsizetype(length));
        } else {
            filled += n;
        }
        if (headerFilled == 5 && filled == payload.size()) {
            out.reply = std::move(payload);
            out.end = cancelledAt ? End::Cancelled : End::Reply;
            return out;
        }
    }
}

QByteArray request(rp::Op op, const std::function<void(QDataStream &)> &fields) {
    QByteArray payload;
    QDataStream out(&payload, QIODevice::WriteOnly);
    out.setVersion(rp::StreamVersion);
    out << quint8(op);
    fields(out);
    return payload;
}

struct Opened {
    DocumentRenderer::OpenResult result = DocumentRenderer::OpenResult::Corrupt;
    DocumentRenderer::Kind kind = DocumentRenderer::Kind::Unknown;
    QList<QSizeF> sizes;
};

std::optional<Opened> parseOpened(const QByteArray &reply) {
    QDataStream in(reply);
    in.setVersion(rp::StreamVersion);
    qint32 result = 0;
    qint32 kind = 0;
    Opened out;
    in >> result >> kind >> out.sizes;
    if (in.status() != QDataStream::Ok || result < 0 ||
        result > qint32(DocumentRenderer::OpenResult::Unsafe) || kind < 0 ||
        kind > qint32(DocumentRenderer::Kind::Png))
        return std::nullopt;
    out.result = DocumentRenderer::OpenResult(result);
    out.kind = DocumentRenderer::Kind(kind);
    if (out.result == DocumentRenderer::OpenResult::Ok && out.sizes.isEmpty())
        return std::nullopt;
    return out;
}

} // namespace

SandboxedRenderer::SandboxedRenderer() = default;

SandboxedRenderer::~SandboxedRenderer() {
    QMutexLocker locker(&m_mutex);
    dropHelper(true);
}

void SandboxedRenderer::setLimits(const SandboxLimits &limits) {
    {
        std::lock_guard<std::mutex> lock(g_limitsMutex);
        g_limits = limits;
    }
    pool().drain();
}

void SandboxedRenderer::setWarmHelpers(int count) {
    g_warmHelpers.store(std::max(0, count));
    pool().drain();
}

SandboxLimits SandboxedRenderer::limits() {
    return currentLimits();
}

void SandboxedRenderer::prewarm() {
    const SandboxLimits limits = currentLimits();
    Pool &p = pool();
    std::lock_guard<std::mutex> lock(p.mutex);
    p.refill(limits);
}

QString SandboxedRenderer::helperPath() {
    const QString name = QStringLiteral("autodoctor-desk-render");
    auto usable = [](const QString &path) {
        const QFileInfo info(path);
        return info.isFile() && info.isExecutable();
    };
    if (const QString env = qEnvironmentVariable("ADESK_RENDER_HELPER"); !env.isEmpty())
        return usable(env) ? env : QString();
    if (QCoreApplication::instance()) {
        const QString dir = QCoreApplication::applicationDirPath();
        const QString beside = dir + QLatin1Char('/') + name;
        if (usable(beside))
            return beside;
#ifdef ADESK_RENDER_HELPER_FROM_BIN
        // Installed: bin/ and libexec/ under whatever prefix the package used.
        if (const QString installed =
                QDir::cleanPath(dir + QLatin1Char('/') + QStringLiteral(ADESK_RENDER_HELPER_FROM_BIN));
            usable(installed))
            return installed;
#endif
    }
#ifdef ADESK_RENDER_HELPER_INSTALLED
    if (const QString installed = QStringLiteral(ADESK_RENDER_HELPER_INSTALLED); usable(installed))
        return installed;
#endif
#ifdef ADESK_RENDER_HELPER_BUILD
    if (const QString built = QStringLiteral(ADESK_RENDER_HELPER_BUILD); usable(built))
        return built;
#endif
    return {};
}

DocumentRenderer::LoadResult SandboxedRenderer::load(const QByteArray &bytes, const QString &mimeType,
                                                     const QString &password, const AbortCheck &shouldAbort) {
    LoadResult out;
    auto renderer = std::make_shared<SandboxedRenderer>();
    out.result = renderer->open(bytes, mimeType, password, shouldAbort);
    if (out.result == OpenResult::Ok)
        out.renderer = std::move(renderer);
    else
        out.failure = renderer->lastFailure();
    return out;
}

void SandboxedRenderer::dropHelper(bool kill) const {
    if (!m_helper)
        return;
    if (!kill && !m_helper->reaped) {
        ::close(m_helper->fd); // EOF: the helper exits by itself
        m_helper->fd = -1;
    }
    discard(std::move(m_helper));
}

bool SandboxedRenderer::lock(const AbortCheck &shouldAbort) const {
    while (!m_mutex.tryLock(kPollMs)) {
        if (shouldAbort && shouldAbort())
            return false;
    }
    return true;
}

DocumentRenderer::FailureInfo SandboxedRenderer::lastFailure() const {
    QMutexLocker locker(&m_failureMutex);
    return m_failure;
}

qint64 SandboxedRenderer::helperPid() const {
    QMutexLocker locker(&m_failureMutex);
    return m_pid;
}

DocumentRenderer::OpenResult SandboxedRenderer::open(const QByteArray &bytes, const QString &mimeType,
                                                     const QString &password) {
    return open(bytes, mimeType, password, {});
}

DocumentRenderer::OpenResult SandboxedRenderer::open(const QByteArray &bytes, const QString &mimeType,
                                                     const QString &password, const AbortCheck &shouldAbort) {
    QMutexLocker locker(&m_mutex);
    dropHelper(true);
    setHelperPid(0);
    m_pageSizes.clear();
    m_kind = Kind::Unknown;
    m_bytes.clear();
    {
        QMutexLocker failureLocker(&m_failureMutex);
        m_failure = {};
    }
    const OpenResult pre = precheck(bytes, mimeType);
    if (pre != OpenResult::Ok)
        return pre;
    m_bytes = bytes;
    m_mimeType = mimeType;
    m_password = password;
    m_limits = currentLimits();
    const std::optional<OpenResult> opened = startHelper(shouldAbort, &m_kind, &m_pageSizes);
    if (!opened || *opened != OpenResult::Ok) {
        m_bytes.clear();
        m_password.clear();
    }
    return opened.value_or(OpenResult::Unsafe);
}

std::optional<DocumentRenderer::OpenResult>
SandboxedRenderer::startHelper(const AbortCheck &shouldAbort, Kind *kind, std::vector<QSizeF> *sizes) const {
    std::unique_ptr<Helper> helper = pool().take(m_limits);
    if (!helper) {
        setFailure({Failure::Unavailable, 0});
        return std::nullopt;
    }
    const qint64 pid = helper->pid;
    setHelperPid(pid);
    const Exchange e = exchange(
        *helper,
        request(rp::Op::Open, [this](QDataStream &out) { out << m_bytes << m_mimeType << m_password; }),
        shouldAbort);
    if (e.end == End::Aborted || e.end == End::Failed) {
        if (e.end == End::Failed)
            setFailure(e.failure);
        discard(std::move(helper));
        setHelperPid(0);
        return std::nullopt;
    }
    const std::optional<Opened> opened = parseOpened(e.reply);
    if (!opened) {
        setFailure({Failure::Crashed, 0});
        discard(std::move(helper));
        setHelperPid(0);
        return std::nullopt;
    }
    if (opened->result != OpenResult::Ok) {
        discard(std::move(helper));
        setHelperPid(0);
        return opened->result;
    }
    if (kind)
        *kind = opened->kind;
    if (sizes)
        sizes->assign(opened->sizes.cbegin(), opened->sizes.cend());
    m_helper = std::move(helper);
    return OpenResult::Ok;
}

void SandboxedRenderer::setFailure(const FailureInfo &failure) const {
    QMutexLocker locker(&m_failureMutex);
    m_failure = failure;
}

void SandboxedRenderer::setHelperPid(qint64 pid) const {
    QMutexLocker locker(&m_failureMutex);
    m_pid = pid;
}

std::optional<QByteArray> SandboxedRenderer::call(const QByteArray &payload,
                                                  const AbortCheck &shouldAbort) const {
    if (!m_helper) {
        if (m_bytes.isEmpty())
            return std::nullopt;
        const std::optional<OpenResult> reopened = startHelper(shouldAbort, nullptr, nullptr);
        if (!reopened || *reopened != OpenResult::Ok) {
            if (reopened)
                setFailure({Failure::Crashed, 0}); // it opened before: the helper is not telling the truth
            return std::nullopt;
        }
    }
    const Exchange e = exchange(*m_helper, payload, shouldAbort);
    switch (e.end) {
    case End::Reply:
        return e.reply;
    case End::Cancelled:
        return std::nullopt; // answered in time: the helper stays
    case End::Aborted:
        break;
    case End::Failed:
        setFailure(e.failure);
        break;
    }
    dropHelper(true);
    setHelperPid(0);
    return std::nullopt;
}

int SandboxedRenderer::pageCount() const {
    return int(m_pageSizes.size());
}

QSizeF SandboxedRenderer::pageSizePoints(int page) const {
    if (page < 0 || page >= pageCount())
        return {};
    return m_pageSizes[size_t(page)];
}

QImage SandboxedRenderer::renderPage(int page, double dpi, int rotation,
                                     const AbortCheck &shouldAbort) const {
    if (page < 0 || page >= pageCount() || !(dpi > 0.0) || dpi > 2400.0)
        return {};
    if (shouldAbort && shouldAbort())
        return {};
    if (!lock(shouldAbort))
        return {};
    std::unique_lock<QMutex> locker(m_mutex, std::adopt_lock);
    const std::optional<QByteArray> reply = call(
        request(rp::Op::Render, [&](QDataStream &out) { out << qint32(page) << dpi << qint32(rotation); }),
        shouldAbort);
    locker.unlock();
    if (!reply)
        return {};
    QDataStream in(*reply);
    in.setVersion(rp::StreamVersion);
    quint8 status = 0;
    in >> status;
    if (rp::Status(status) == rp::Status::TooLarge)
        setFailure({Failure::OutOfMemory, m_limits.memoryMB});
    if (rp::Status(status) != rp::Status::Ok)
        return {};
    qint32 width = 0;
    qint32 height = 0;
    qint32 format = 0;
    qint64 bytesPerLine = 0;
    quint32 length = 0;
    in >> width >> height >> format >> bytesPerLine >> length;
    const qint64 offset = in.device() ? in.device()->pos() : -1;
    if (in.status() != QDataStream::Ok || offset < 0 || qint64(length) > reply->size() - offset ||
        in.skipRawData(int(length)) != int(length))
        return {};
    QByteArray icc;
    qint32 dpmX = 0;
    qint32 dpmY = 0;
    in >> icc >> dpmX >> dpmY;
    if (in.status() != QDataStream::Ok || width <= 0 || height <= 0 ||
        format <= int(QImage::Format_Invalid) || format >= int(QImage::NImageFormats) || bytesPerLine <= 0 ||
        bytesPerLine * height > qint64(length) || format == int(QImage::Format_Mono) ||
        format == int(QImage::Format_MonoLSB) ||
        format == int(QImage::Format_Indexed8)) // no colour table travels: the backends never make these
        return {};
    // One copy, from the received frame into the image's own scan lines.
    QImage image(width, height, QImage::Format(format));
    if (image.isNull() || image.bytesPerLine() > bytesPerLine)
        return {};
    const char *bits = reply->constData() + offset;
    if (image.bytesPerLine() == bytesPerLine) {
        std::memcpy(image.bits(), bits, size_t(bytesPerLine) * size_t(height));
    } else {
        for (int y = 0; y < height; ++y)
            std::memcpy(image.scanLine(y), bits + qint64(y) * bytesPerLine, size_t(image.bytesPerLine()));
    }
    if (!icc.isEmpty())
        image.setColorSpace(QColorSpace::fromIccProfile(icc));
    if (dpmX > 0 && dpmY > 0) {
        image.setDotsPerMeterX(dpmX);
        image.setDotsPerMeterY(dpmY);
    }
    if (shouldAbort && shouldAbort())
        return {};
    return image;
}

QList<SearchHit> SandboxedRenderer::search(const QString &text, const AbortCheck &shouldAbort) const {
    if (text.simplified().isEmpty() || pageCount() == 0)
        return {};
    if (!lock(shouldAbort))
        return {};
    std::unique_lock<QMutex> locker(m_mutex, std::adopt_lock);
    const std::optional<QByteArray> reply =
        call(request(rp::Op::Search, [&](QDataStream &out) { out << text; }), shouldAbort);
    locker.unlock();
    if (!reply)
        return {};
    QDataStream in(*reply);
    in.setVersion(rp::StreamVersion);
    quint8 status = 0;
    QList<SearchHit> hits;
    in >> status >> hits;
    if (in.status() != QDataStream::Ok || rp::Status(status) != rp::Status::Ok)
        return {};
    if (shouldAbort && shouldAbort())
        return {};
    return hits;
}

QString SandboxedRenderer::pageText(int page) const {
    if (page < 0 || page >= pageCount())
        return {};
    QMutexLocker locker(&m_mutex);
    const std::optional<QByteArray> reply =
        call(request(rp::Op::PageText, [&](QDataStream &out) { out << qint32(page); }), {});
    if (!reply)
        return {};
    QDataStream in(*reply);
    in.setVersion(rp::StreamVersion);
    QString text;
    in >> text;
    return in.status() == QDataStream::Ok ? text : QString();
}

} // namespace adesk
