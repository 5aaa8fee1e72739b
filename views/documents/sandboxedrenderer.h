#pragma once

#include "views/documents/documentrenderer.h"

#include <QMutex>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace adesk {

/// Limits of the helper processes that read uploads (see app/renderhelper/renderhelpermain.cpp for
/// what the helper applies itself before reading input, and the README).
struct SandboxLimits {
    int memoryMB = 1024;  ///< RLIMIT_AS of the helper
    int cpuSeconds = 10;  ///< RLIMIT_CPU per request (open, one page, one search)
    int wallSeconds = 30; ///< the app kills a helper that has not answered a request after this
};

/// DocumentRenderer whose document lives in a helper process (autodoctor-desk-render), one helper
/// per open document, so that a hostile upload (a Flate bomb, a file that crashes Poppler) costs
/// that process only: the app keeps running, and so does the note the admin was typing.
///
/// Design (issue 11): the helper is started with posix_spawn on an AF_UNIX socketpair that is its
/// stdin and stdout (renderprotocol.h); calls come from worker threads and are serialised by a
/// mutex; waiting for a reply is a poll() loop that consults the AbortCheck every 5 ms. Abort
/// means kill: the app sends a cancel byte, gives the helper kGraceMs to answer (Poppler's own abort
/// callback usually stops a page at once), then SIGKILLs it and returns; the next call starts a
/// fresh helper and reopens the kept bytes. A helper that dies (a signal, SIGXCPU, out of memory),
/// exceeds SandboxLimits::wallSeconds or cannot start gives a null image / empty result and sets
/// lastFailure(); during open() it gives OpenResult::Unsafe. A small pool keeps one helper started
/// ahead of need (prewarm()), so the first page does not wait for the helper's start-up; killed
/// helpers are reaped by a detached thread, never by the caller, and never on the GUI thread.
class SandboxedRenderer final : public DocumentRenderer {
public:
    SandboxedRenderer();
    ~SandboxedRenderer() override;

    /// Opens through a fresh helper; see DocumentRenderer::load().
    static LoadResult load(const QByteArray &bytes, const QString &mimeType, const QString &password = {},
                           const AbortCheck &shouldAbort = {});

    /// Limits of helpers started from now on (the warm pool is emptied). Process-wide.
    static void setLimits(const SandboxLimits &limits);
    static SandboxLimits limits();
    /// How many helpers the pool keeps started ahead (1 by default; 0 for a one-shot command, which
    /// would only waste a start-up). Empties the pool.
    static void setWarmHelpers(int count);
    /// Starts the warm pool's helper now (cheap; nothing waits for it).
    static void prewarm();
    /// The helper program: $ADESK_RENDER_HELPER, else autodoctor-desk-render beside the running
    /// executable, else the installed libexec one, else the build tree's.
    static QString helperPath();

    OpenResult open(const QByteArray &bytes, const QString &mimeType, const QString &password = {}) override;
    OpenResult open(const QByteArray &bytes, const QString &mimeType, const QString &password,
                    const AbortCheck &shouldAbort);
    int pageCount() const override;
    QSizeF pageSizePoints(int page) const override;
    QImage renderPage(int page, double dpi, int rotation, const AbortCheck &shouldAbort = {}) const override;
    QList<SearchHit> search(const QString &text, const AbortCheck &shouldAbort = {}) const override;
    QString pageText(int page) const override;
    Kind kind() const override { return m_kind; }
    FailureInfo lastFailure() const override;

    /// The process id of the helper serving this document now, 0 when none runs (tests kill it).
    qint64 helperPid() const;

    struct Helper;

private:
    /// Sends request and waits for the reply. nullopt when aborted or the helper failed (then
    /// m_failure says why). Caller holds m_mutex.
    std::optional<QByteArray> call(const QByteArray &request, const AbortCheck &shouldAbort) const;
    /// Takes a helper from the pool and opens m_bytes in it; on Ok it becomes m_helper. nullopt when
    /// aborted or the helper failed (m_failure says why). Caller holds m_mutex.
    std::optional<OpenResult> startHelper(const AbortCheck &shouldAbort, Kind *kind,
                                          std::vector<QSizeF> *sizes) const;
    bool lock(const AbortCheck &shouldAbort) const;
    /// Ends m_helper: SIGKILL (kill) or EOF, reaped on a detached thread.
    void dropHelper(bool kill) const;
    void setFailure(const FailureInfo &failure) const;
    void setHelperPid(qint64 pid) const;

    mutable QMutex m_mutex;
    mutable std::unique_ptr<Helper> m_helper;
    mutable QMutex m_failureMutex; ///< guards m_failure and m_pid, read from any thread
    mutable FailureInfo m_failure;
    mutable qint64 m_pid = 0;
    SandboxLimits m_limits;
    QByteArray m_bytes; ///< kept to reopen in a fresh helper after an abort killed the last one
    QString m_mimeType;
    QString m_password;
    Kind m_kind = Kind::Unknown;
    std::vector<QSizeF> m_pageSizes;
};

} // namespace adesk
