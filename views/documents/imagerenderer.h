#pragma once

#include "views/documents/documentrenderer.h"

namespace adesk {

/// Single-page backend for JPEG and PNG uploads, decoded with QImageReader under an explicit
/// allocation limit. One image pixel counts as one point, so 72 dpi renders the image 1:1.
/// CMYK JPEGs are converted to RGB. The decoded QImage is never modified after open(), so reads
/// from several threads need no lock.
class ImageRenderer final : public DocumentRenderer {
public:
    /// QImageReader's allocation limit (MB) and the largest decoded image accepted.
    static constexpr int AllocationLimitMB = 256;

    ImageRenderer() = default;

    OpenResult open(const QByteArray &bytes, const QString &mimeType, const QString &password = {}) override;
    int pageCount() const override;
    QSizeF pageSizePoints(int page) const override;
    QImage renderPage(int page, double dpi, int rotation, const AbortCheck &shouldAbort = {}) const override;
    QList<SearchHit> search(const QString &text, const AbortCheck &shouldAbort = {}) const override;
    QString pageText(int page) const override;
    Kind kind() const override { return m_kind; }

private:
    QImage m_image;
    Kind m_kind = Kind::Unknown;
};

} // namespace adesk
