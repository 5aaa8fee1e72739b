#include "models/documents/documentfetcher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QPromise>

#include <memory>

namespace adesk {

namespace {
DbError fetchError(const QString &text) {
    return DbError::other(text);
}
} // namespace

DocumentFetcher::DocumentFetcher(const QString &cacheDirectory, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_maxBytes(maxBytes) {
    if (!cacheDirectory.isEmpty()) {
        auto *cache = new QNetworkDiskCache(this);
        cache->setCacheDirectory(cacheDirectory);
        cache->setMaximumCacheSize(256 * 1024 * 1024);
        m_nam->setCache(cache);
    }
    m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

QFuture<Result<QByteArray>> DocumentFetcher::fetch(const QUrl &url, const QByteArray &expectedSha256) {
    auto promise = std::make_shared<QPromise<Result<QByteArray>>>();
    promise->start();
    QFuture<Result<QByteArray>> future = promise->future();
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")) {
        promise->addResult(
            fetchError(QCoreApplication::translate("DocumentFetcher", "The document's address is not an "
                                                                      "http(s) address: %1")
                           .arg(url.toDisplayString())));
        promise->finish();
        return future;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    QNetworkReply *reply = m_nam->get(request);
    const qint64 maxBytes = m_maxBytes;
    auto tooLarge = std::make_shared<bool>(false);
    connect(reply, &QNetworkReply::downloadProgress, reply,
            [reply, maxBytes, tooLarge](qint64 received, qint64 total) {
                if (received > maxBytes || total > maxBytes) {
                    *tooLarge = true;
                    reply->abort();
                }
            });
    connect(reply, &QNetworkReply::finished, this, [reply, promise, expectedSha256, maxBytes, tooLarge] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (*tooLarge) {
            promise->addResult(
                fetchError(QCoreApplication::translate(
                               "DocumentFetcher", "The document is larger than %1 MB and was not downloaded.")
                               .arg(maxBytes / (1024 * 1024))));
        } else if (reply->error() == QNetworkReply::TimeoutError ||
                   reply->error() == QNetworkReply::OperationCanceledError) {
            promise->addResult(fetchError(QCoreApplication::translate("DocumentFetcher",
                                                                      "The document storage did not answer "
                                                                      "in time.")));
        } else if (reply->error() != QNetworkReply::NoError) {
            promise->addResult(fetchError(
                status > 0 ? QCoreApplication::translate("DocumentFetcher", "The document storage "
                                                                            "answered HTTP %1.")
                                 .arg(status)
                           : QCoreApplication::translate("DocumentFetcher", "The document storage "
                                                                            "could not be reached: %1")
                                 .arg(reply->errorString())));
        } else {
            const QByteArray body = reply->readAll();
            if (QCryptographicHash::hash(body, QCryptographicHash::Sha256) != expectedSha256)
                promise->addResult(fetchError(QCoreApplication::translate("DocumentFetcher",
                                                                          "The downloaded file does not "
                                                                          "match its recorded SHA-256; it is "
                                                                          "not shown.")));
            else
                promise->addResult(body);
        }
        promise->finish();
    });
    return future;
}

} // namespace adesk
