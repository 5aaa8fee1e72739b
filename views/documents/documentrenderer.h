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
    };

    enum class Kind { Unknown, Pdf, Jpeg, Png };

    struct LoadResult {
        OpenResult result = OpenResult::Empty;
        std::shared_ptr<DocumentRenderer> renderer; ///< set only when result is Ok
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

    /// Detects the format from the magic bytes, ignoring any declared MIME type.
    static Kind sniff(const QByteArray &bytes);
    /// Creates the renderer for bytes, chosen by their magic bytes. Returns nullptr when the format is
    /// unknown or contradicts a specific declared mimeType (a PNG uploaded as application/pdf).
    static std::unique_ptr<DocumentRenderer> create(const QString &mimeType, const QByteArray &bytes);
    /// create() + open() in one call, suitable for QtConcurrent::run(). Maps empty input to Empty,
    /// oversized input to TooLarge and unknown formats to Unsupported.
    static LoadResult load(const QByteArray &bytes, const QString &mimeType, const QString &password = {});
    /// A stable, untranslated name for logs and test output.
    static const char *resultName(OpenResult result);

protected:
    DocumentRenderer() = default;
    Q_DISABLE_COPY_MOVE(DocumentRenderer)
};

} // namespace adesk
