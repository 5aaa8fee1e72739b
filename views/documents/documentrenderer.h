#pragma once

#include "views/documents/searchhit.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSizeF>
#include <QString>

#include <functional>
#include <memory>

namespace adesk {

/// Render backend for one uploaded document (PDF or image). QtGui only: no widgets, so it can run
/// in a worker thread now and in a separate, resource-limited process later. Uploads are untrusted
/// input: every failure is reported as an OpenResult or a null image, never by crashing.
///
/// load() opens uploads in a helper process (SandboxedRenderer); the in-process backends
/// (PopplerRenderer, ImageRenderer) run inside that helper (autodoctor-desk-render).
///
/// Thread-safety: after open() returned Ok, every const-style call may be made from any thread;
/// implementations serialise access to their backend internally. open() itself must not race with
/// other calls on the same object.
class DocumentRenderer {
public:
    enum class OpenResult {
        Ok,
        NeedsPassword,
        WrongPassword,
        Corrupt,
        Empty,
        Unsupported,
        TooLarge,
        Missing, ///< used by the viewer only: the bytes could not be fetched at all
        Unsafe,  ///< the sandboxed reader died (limits, crash) or could not start: see FailureInfo
    };

    /// Why the sandboxed reader (SandboxedRenderer) gave up on a document or a page.
    enum class Failure {
        None,
        OutOfMemory, ///< the reader needed more than FailureInfo::limit MB of address space
        OutOfTime,   ///< the reader needed more than FailureInfo::limit seconds
        Crashed,     ///< the reader stopped on its own (a crash in Poppler, a bad reply)
        Unavailable, ///< the reader program is missing or could not be started
    };
    struct FailureInfo {
        Failure failure = Failure::None;
        int limit = 0; ///< MB for OutOfMemory, seconds for OutOfTime

        friend bool operator==(const FailureInfo &, const FailureInfo &) = default;
    };

    enum class Kind { Unknown, Pdf, Jpeg, Png };

    struct LoadResult {
        OpenResult result = OpenResult::Empty;
        std::shared_ptr<DocumentRenderer> renderer; ///< set only when result is Ok
        FailureInfo failure;                        ///< set when result is Unsafe
    };

    using AbortCheck = std::function<bool()>;

    /// Inputs above this size are refused with TooLarge before any parsing.
    static constexpr qsizetype MaxInputBytes = qsizetype(256) * 1024 * 1024;

    virtual ~DocumentRenderer();

    virtual OpenResult open(const QByteArray &bytes, const QString &mimeType,
                            const QString &password = {}) = 0;
    virtual int pageCount() const = 0;
    /// Page size in points, page rotation (/Rotate) already applied. Invalid size for a bad index.
    virtual QSizeF pageSizePoints(int page) const = 0;
    /// Renders a page at dpi, turned clockwise by rotation (0, 90, 180 or 270) on top of the page's
    /// own rotation. Returns a null image on failure or when shouldAbort() returned true.
    virtual QImage renderPage(int page, double dpi, int rotation,
                              const AbortCheck &shouldAbort = {}) const = 0;
    /// Case-insensitive search over all pages (across line breaks where the backend allows it).
    virtual QList<SearchHit> search(const QString &text, const AbortCheck &shouldAbort = {}) const = 0;
    virtual QString pageText(int page) const = 0;
    virtual Kind kind() const = 0;
    /// The last failure of an out-of-process renderer (a page or a search that died with its
    /// process); None for the in-process backends.
    virtual FailureInfo lastFailure() const { return {}; }

    /// Detects the format from the magic bytes, ignoring any declared MIME type.
    static Kind sniff(const QByteArray &bytes);
    /// Creates the renderer for bytes, chosen by their magic bytes. Returns nullptr when the format is
    /// unknown or contradicts a specific declared mimeType (a PNG uploaded as application/pdf).
    static std::unique_ptr<DocumentRenderer> create(const QString &mimeType, const QByteArray &bytes);
    /// Opens bytes in a sandboxed helper process (SandboxedRenderer): what the viewer and the
    /// `render` command use. Suitable for QtConcurrent::run(); shouldAbort() kills the helper and
    /// returns Unsafe at once. Maps empty input to Empty, oversized input to TooLarge and unknown
    /// formats to Unsupported without starting a helper.
    static LoadResult load(const QByteArray &bytes, const QString &mimeType, const QString &password = {},
                           const AbortCheck &shouldAbort = {});
    /// create() + open() in this process: the helper's own path, and the backends' tests.
    static LoadResult loadInProcess(const QByteArray &bytes, const QString &mimeType,
                                    const QString &password = {});
    /// The checks load() makes before any parsing (Empty, TooLarge, Unsupported), or Ok.
    static OpenResult precheck(const QByteArray &bytes, const QString &mimeType);
    /// A stable, untranslated name for logs and test output.
    static const char *resultName(OpenResult result);

protected:
    DocumentRenderer() = default;
    Q_DISABLE_COPY_MOVE(DocumentRenderer)
};

} // namespace adesk
