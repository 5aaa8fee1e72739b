#include "views/documents/popplerrenderer.h"

#include <poppler-qt6.h>

#include <QLoggingCategory>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <mutex>

Q_LOGGING_CATEGORY(lcPoppler, "adesk.documents.poppler", QtWarningMsg)

namespace adesk {

namespace {

void routePopplerMessage(const QString &message, const QVariant &) {
    // Malformed uploads make Poppler chatty; keep it out of stderr unless asked for.
    qCDebug(lcPoppler).noquote() << message;
}

Poppler::Page::Rotation toPopplerRotation(int rotation) {
    switch (((rotation % 360) + 360) % 360) {
    case 90:
        return Poppler::Page::Rotate90;
    case 180:
        return Poppler::Page::Rotate180;
    case 270:
        return Poppler::Page::Rotate270;
    default:
        return Poppler::Page::Rotate0;
    }
}

/// Poppler's callbacks are plain function pointers with a QVariant closure: the closure carries the
/// address of the caller's AbortCheck, which outlives the renderToImage() call.
bool abortTrampoline(const QVariant &closure) {
    const auto *check = reinterpret_cast<const DocumentRenderer::AbortCheck *>(closure.value<quintptr>());
    return check && *check && (*check)();
}

bool sameRect(const QRectF &a, const QRectF &b) {
    constexpr double eps = 0.01;
    return std::abs(a.left() - b.left()) < eps && std::abs(a.top() - b.top()) < eps &&
           std::abs(a.right() - b.right()) < eps && std::abs(a.bottom() - b.bottom()) < eps;
}

bool containsRect(const QList<QRectF> &list, const QRectF &r) {
    return std::any_of(list.cbegin(), list.cend(), [&r](const QRectF &x) { return sameRect(x, r); });
}

} // namespace

PopplerRenderer::PopplerRenderer() {
    static std::once_flag once;
    std::call_once(once, [] { Poppler::setDebugErrorFunction(&routePopplerMessage, QVariant()); });
}

PopplerRenderer::~PopplerRenderer() {
    QMutexLocker locker(&m_mutex);
    m_document.reset();
}

DocumentRenderer::OpenResult PopplerRenderer::open(const QByteArray &bytes, const QString &,
                                                   const QString &password) {
    QMutexLocker locker(&m_mutex);
    m_document.reset();
    m_pageSizes.clear();
    if (bytes.isEmpty())
        return OpenResult::Empty;
    if (bytes.size() > MaxInputBytes)
        return OpenResult::TooLarge;

    // Poppler takes Latin-1 passwords for the classic handlers and UTF-8 for AES-256 (PDF 2.0).
    const QByteArray latin1 = password.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(bytes, latin1, latin1);
    if (!doc)
        return OpenResult::Corrupt;
    if (doc->isLocked()) {
        if (password.isEmpty())
            return OpenResult::NeedsPassword;
        doc->unlock(latin1, latin1);
        if (doc->isLocked() && utf8 != latin1)
            doc->unlock(utf8, utf8);
        if (doc->isLocked())
            return OpenResult::WrongPassword;
    }
    const int pages = doc->numPages();
    if (pages <= 0)
        return OpenResult::Corrupt;

    std::vector<QSizeF> sizes;
    sizes.reserve(size_t(pages));
    for (int i = 0; i < pages; ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        const QSizeF size = page ? page->pageSizeF() : QSizeF();
        if (!size.isValid() || size.isEmpty())
            return OpenResult::Corrupt;
        sizes.push_back(size);
    }

    doc->setRenderHint(Poppler::Document::Antialiasing, true);
    doc->setRenderHint(Poppler::Document::TextAntialiasing, true);
    doc->setRenderHint(Poppler::Document::TextHinting, true);
    m_document = std::move(doc);
    m_pageSizes = std::move(sizes);
    return OpenResult::Ok;
}

int PopplerRenderer::pageCount() const {
    return int(m_pageSizes.size());
}

QSizeF PopplerRenderer::pageSizePoints(int page) const {
    if (page < 0 || page >= pageCount())
        return {};
    return m_pageSizes[size_t(page)];
}

bool PopplerRenderer::lock(const AbortCheck &shouldAbort) const {
    while (!m_mutex.tryLock(20)) {
        if (shouldAbort && shouldAbort())
            return false;
    }
    return true;
}

QImage PopplerRenderer::renderPage(int page, double dpi, int rotation, const AbortCheck &shouldAbort) const {
    if (page < 0 || page >= pageCount() || !(dpi > 0.0) || dpi > 2400.0)
        return {};
    if (shouldAbort && shouldAbort())
        return {};
    if (!lock(shouldAbort))
        return {};
    std::unique_lock<QMutex> locker(m_mutex, std::adopt_lock);
    if (!m_document)
        return {};
    std::unique_ptr<Poppler::Page> p = m_document->page(page);
    if (!p)
        return {};
    QImage image =
        p->renderToImage(dpi, dpi, -1, -1, -1, -1, toPopplerRotation(rotation), nullptr, nullptr,
                         &abortTrampoline, QVariant::fromValue(reinterpret_cast<quintptr>(&shouldAbort)));
    if (shouldAbort && shouldAbort())
        return {}; // a partly drawn page must not reach the cache
    return image;
}

QList<SearchHit> PopplerRenderer::search(const QString &text, const AbortCheck &shouldAbort) const {
    QList<SearchHit> hits;
    const QString needle = text.simplified();
    if (needle.isEmpty())
        return hits;
    for (int i = 0; i < pageCount(); ++i) {
        if (!lock(shouldAbort))
            return {};
        std::unique_lock<QMutex> locker(m_mutex, std::adopt_lock);
        if (!m_document)
            return {};
        std::unique_ptr<Poppler::Page> page = m_document->page(i);
        if (!page)
            continue;
        const QList<QRectF> plain = page->search(needle, Poppler::Page::IgnoreCase);
        const QList<QRectF> across =
            page->search(needle, Poppler::Page::IgnoreCase | Poppler::Page::AcrossLines);
        locker.unlock();

        // With AcrossLines Poppler reports a match that wraps onto the next line as two rectangles,
        // one after the other; matches on one line are also found by the plain search.
        for (qsizetype k = 0; k < across.size(); ++k) {
            SearchHit hit{i, across[k], QRectF()};
            if (!containsRect(plain, across[k]) && k + 1 < across.size() &&
                !containsRect(plain, across[k + 1]))
                hit.continuationPoints = across[++k];
            hits.append(hit);
        }
        if (across.isEmpty()) {
            for (const QRectF &r : plain)
                hits.append(SearchHit{i, r, QRectF()});
        }
        if (shouldAbort && shouldAbort())
            return {};
    }
    return hits;
}

QString PopplerRenderer::pageText(int page) const {
    if (page < 0 || page >= pageCount())
        return {};
    QMutexLocker locker(&m_mutex);
    if (!m_document)
        return {};
    std::unique_ptr<Poppler::Page> p = m_document->page(page);
    return p ? p->text(QRectF()) : QString();
}

} // namespace adesk
