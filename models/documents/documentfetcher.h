#pragma once

#include "models/core/result.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace adesk {

/// Fetches a document kept in object storage (desk.documents.storage_url) over HTTP(S)
/// (CONTRIBUTING.md, "Documents and time"): a transfer timeout, redirects only to HTTPS or the same origin, a size
/// limit, a disk cache under the user's cache directory, and the sha256 of the bytes checked
/// against the database's before anything is shown. Lives on (and is called from) the GUI thread;
/// QNetworkAccessManager is asynchronous, so nothing blocks.
class DocumentFetcher : public QObject {
    Q_OBJECT
public:
    /// @p cacheDirectory empty = no disk cache. @p maxBytes: larger bodies are refused.
    explicit DocumentFetcher(const QString &cacheDirectory = {}, qint64 maxBytes = 64 * 1024 * 1024,
                             QObject *parent = nullptr);

    /// The bytes at @p url if their sha256 equals @p expectedSha256 (32 raw bytes). Errors (kind
    /// Other) say what went wrong in plain words: unreachable, HTTP status, too large, timeout,
    /// checksum mismatch.
    QFuture<Result<QByteArray>> fetch(const QUrl &url, const QByteArray &expectedSha256);

    void setTimeout(int ms) { m_timeoutMs = ms; }

private:
    QNetworkAccessManager *m_nam;
    qint64 m_maxBytes;
    int m_timeoutMs = 20000;
};

} // namespace adesk
