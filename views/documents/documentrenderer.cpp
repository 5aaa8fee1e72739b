#include "views/documents/documentrenderer.h"

#include "views/documents/imagerenderer.h"
#include "views/documents/popplerrenderer.h"
#include "views/documents/sandboxedrenderer.h"

namespace adesk {

DocumentRenderer::~DocumentRenderer() = default;

DocumentRenderer::Kind DocumentRenderer::sniff(const QByteArray &bytes) {
    static const QByteArray pngMagic("\x89PNG\r\n\x1a\n", 8);
    if (bytes.startsWith(pngMagic))
        return Kind::Png;
    if (bytes.size() >= 3 && quint8(bytes[0]) == 0xFF && quint8(bytes[1]) == 0xD8 && quint8(bytes[2]) == 0xFF)
        return Kind::Jpeg;
    // The PDF spec lets readers accept the header anywhere in the first 1024 bytes.
    const qsizetype header = bytes.left(1024).indexOf("%PDF-");
    if (header >= 0)
        return Kind::Pdf;
    return Kind::Unknown;
}

namespace {

/// True when the declared MIME type is generic or agrees with the sniffed kind.
bool mimeAgrees(const QString &declared, DocumentRenderer::Kind kind) {
    const QString mime = declared.trimmed().toLower().section(QLatin1Char(';'), 0, 0).trimmed();
    if (mime.isEmpty() || mime == QLatin1String("application/octet-stream") ||
        mime == QLatin1String("binary/octet-stream") || mime == QLatin1String("application/unknown"))
        return true;
    switch (kind) {
    case DocumentRenderer::Kind::Pdf:
        return mime == QLatin1String("application/pdf") || mime == QLatin1String("application/x-pdf");
    case DocumentRenderer::Kind::Jpeg:
        return mime == QLatin1String("image/jpeg") || mime == QLatin1String("image/jpg") ||
               mime == QLatin1String("image/pjpeg");
    case DocumentRenderer::Kind::Png:
        return mime == QLatin1String("image/png") || mime == QLatin1String("image/x-png");
    case DocumentRenderer::Kind::Unknown:
        break;
    }
    return false;
}

} // namespace

std::unique_ptr<DocumentRenderer> DocumentRenderer::create(const QString &mimeType, const QByteArray &bytes) {
    const Kind kind = sniff(bytes);
    if (kind == Kind::Unknown || !mimeAgrees(mimeType, kind))
        return nullptr;
    if (kind == Kind::Pdf)
        return std::make_unique<PopplerRenderer>();
    return std::make_unique<ImageRenderer>();
}

DocumentRenderer::OpenResult DocumentRenderer::precheck(const QByteArray &bytes, const QString &mimeType) {
    if (bytes.isEmpty())
        return OpenResult::Empty;
    if (bytes.size() > MaxInputBytes)
        return OpenResult::TooLarge;
    const Kind kind = sniff(bytes);
    if (kind == Kind::Unknown || !mimeAgrees(mimeType, kind))
        return OpenResult::Unsupported;
    return OpenResult::Ok;
}

DocumentRenderer::LoadResult DocumentRenderer::load(const QByteArray &bytes, const QString &mimeType,
                                                    const QString &password, const AbortCheck &shouldAbort) {
    return SandboxedRenderer::load(bytes, mimeType, password, shouldAbort);
}

DocumentRenderer::LoadResult DocumentRenderer::loadInProcess(const QByteArray &bytes, const QString &mimeType,
                                                             const QString &password) {
    LoadResult out;
    out.result = precheck(bytes, mimeType);
    if (out.result != OpenResult::Ok)
        return out;
    std::unique_ptr<DocumentRenderer> renderer = create(mimeType, bytes);
    if (!renderer) {
        out.result = OpenResult::Unsupported;
        return out;
    }
    out.result = renderer->open(bytes, mimeType, password);
    if (out.result == OpenResult::Ok)
        out.renderer = std::move(renderer);
    return out;
}

const char *DocumentRenderer::resultName(OpenResult result) {
    switch (result) {
    case OpenResult::Ok:
        return "Ok";
    case OpenResult::NeedsPassword:
        return "NeedsPassword";
    case OpenResult::WrongPassword:
        return "WrongPassword";
    case OpenResult::Corrupt:
        return "Corrupt";
    case OpenResult::Empty:
        return "Empty";
    case OpenResult::Unsupported:
        return "Unsupported";
    case OpenResult::TooLarge:
        return "TooLarge";
    case OpenResult::Missing:
        return "Missing";
    case OpenResult::Unsafe:
        return "Unsafe";
    }
    return "?";
}

} // namespace adesk
