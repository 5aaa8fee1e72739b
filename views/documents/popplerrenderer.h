#pragma once

#include "views/documents/documentrenderer.h"

#include <QMutex>

#include <memory>
#include <vector>

namespace Poppler {
class Document;
}

namespace adesk {

/// PDF backend on Poppler-Qt6. One Poppler::Document is not thread-safe, so every access to it goes
/// through m_mutex; page count and page sizes are read once at open() so the GUI thread never waits
/// for a render in progress to ask for them.
class PopplerRenderer final : public DocumentRenderer {
public:
    PopplerRenderer();
    ~PopplerRenderer() override;

    OpenResult open(const QByteArray &bytes, const QString &mimeType, const QString &password = {}) override;
    int pageCount() const override;
    QSizeF pageSizePoints(int page) const override;
    QImage renderPage(int page, double dpi, int rotation, const AbortCheck &shouldAbort = {}) const override;
    QList<SearchHit> search(const QString &text, const AbortCheck &shouldAbort = {}) const override;
    QString pageText(int page) const override;
    Kind kind() const override { return Kind::Pdf; }

private:
    /// Locks m_mutex, giving up (false) as soon as shouldAbort() says so.
    bool lock(const AbortCheck &shouldAbort) const;

    mutable QMutex m_mutex;
    std::unique_ptr<Poppler::Document> m_document;
    std::vector<QSizeF> m_pageSizes;
};

} // namespace adesk
