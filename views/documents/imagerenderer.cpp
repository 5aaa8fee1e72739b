#include "views/documents/imagerenderer.h"

#include <QBuffer>
#include <QImageReader>
#include <QTransform>

#include <mutex>

namespace adesk {

DocumentRenderer::OpenResult ImageRenderer::open(const QByteArray &bytes, const QString &, const QString &) {
    m_image = QImage();
    m_kind = Kind::Unknown;
    if (bytes.isEmpty())
        return OpenResult::Empty;
    if (bytes.size() > MaxInputBytes)
        return OpenResult::TooLarge;
    const Kind kind = sniff(bytes);
    if (kind != Kind::Jpeg && kind != Kind::Png)
        return OpenResult::Unsupported;

    // The limit is process-wide in Qt; set it explicitly (once, workers open images concurrently)
    // rather than relying on the default.
    static std::once_flag limitSet;
    std::call_once(limitSet, [] { QImageReader::setAllocationLimit(AllocationLimitMB); });

    QByteArray data = bytes; // QBuffer needs a non-const array; this is a shallow copy
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, kind == Kind::Jpeg ? QByteArrayLiteral("jpeg") : QByteArrayLiteral("png"));
    reader.setAutoTransform(true); // honour the EXIF orientation of phone photos
    const QSize declared = reader.size();
    if (declared.isValid() &&
        qint64(declared.width()) * declared.height() * 4 > qint64(AllocationLimitMB) * 1024 * 1024)
        return OpenResult::TooLarge;

    QImage image;
    if (!reader.read(&image) || image.isNull())
        return OpenResult::Corrupt;

    // CMYK JPEGs arrive already converted by Qt's JPEG plugin on 6.4 (and as Format_CMYK8888 on
    // newer Qt); normalise everything to a premultiplied RGB format that paints fast.
    const QImage::Format target =
        image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    if (image.format() != target)
        image.convertTo(target);
    if (image.isNull())
        return OpenResult::Corrupt;

    m_image = image;
    m_kind = kind;
    return OpenResult::Ok;
}

int ImageRenderer::pageCount() const {
    return m_image.isNull() ? 0 : 1;
}

QSizeF ImageRenderer::pageSizePoints(int page) const {
    if (page != 0 || m_image.isNull())
        return {};
    return QSizeF(m_image.size());
}

QImage ImageRenderer::renderPage(int page, double dpi, int rotation, const AbortCheck &shouldAbort) const {
    if (page != 0 || m_image.isNull() || !(dpi > 0.0))
        return {};
    if (shouldAbort && shouldAbort())
        return {};
    const double scale = dpi / 72.0;
    const QSize target(qMax(1, qRound(m_image.width() * scale)), qMax(1, qRound(m_image.height() * scale)));
    if (qint64(target.width()) * target.height() * 4 > qint64(AllocationLimitMB) * 1024 * 1024)
        return {};
    QImage out = target == m_image.size()
                     ? m_image
                     : m_image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (shouldAbort && shouldAbort())
        return {};
    const int turn = ((rotation % 360) + 360) % 360;
    if (turn == 90 || turn == 180 || turn == 270)
        out = out.transformed(QTransform().rotate(turn));
    if (shouldAbort && shouldAbort())
        return {};
    return out;
}

QList<SearchHit> ImageRenderer::search(const QString &, const AbortCheck &) const {
    return {}; // no text layer in a bitmap
}

QString ImageRenderer::pageText(int) const {
    return {};
}

} // namespace adesk
