#pragma once

#include "models/compliance/verification.h"
#include "models/core/requestkey.h"
#include "models/core/result.h"

#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace adesk {

/// One access class per table family (Mixxx): every call takes the calling worker thread's
/// connection and returns a Result. Call them inside DbExecutor::run, never on the GUI thread.
class VerificationRepository {
public:
    static constexpr qint32 kNoExpiry = 2147483647;

    /// The SQL and bind values of one queue page: exposed so the benchmark can time the bare query.
    /// Without free text the page reads desk.compliance_verifications under row-level security; with
    /// it, desk.verification_search_page (migration 0029) applies the pattern, the filters, the
    /// order, the keyset position and the limit inside (the trigram index is usable only there), so
    /// the cost follows the page, not the number of matches.
    static QString pageSql(const QueueFilter &filter, QueueSort sort, bool descending, bool hasAfter);
    static QVariantList pageBinds(const QueueFilter &filter, QueueSort sort, bool descending,
                                  const std::optional<QueueKey> &after, int limit);
    /// The same query as literal SQL text (binds inlined) for timing it bare in psql/libpq.
    static QString literalPageSql(const QueueFilter &filter, QueueSort sort, bool descending,
                                  const std::optional<QueueKey> &after, int limit);

    /// Up to @p limit rows after @p after in the given order.
    static Result<QList<QueueRowData>> fetchPage(QSqlDatabase &db, const QueueFilter &filter, QueueSort sort,
                                                 bool descending, const std::optional<QueueKey> &after,
                                                 int limit);
    /// The given rows if they still match @p filter (for live updates).
    static Result<QList<QueueRowData>> fetchRows(QSqlDatabase &db, const QueueFilter &filter,
                                                 const QList<qint64> &ids);
    static Result<VerificationDetail> loadDetail(QSqlDatabase &db, qint64 id);
    /// The document's bytes, checked against its stored sha256. Bytes held in object storage
    /// (storage_url) are not fetched here: the caller uses DocumentFetcher.
    static Result<DocumentBytes> loadDocument(QSqlDatabase &db, qint64 documentId);

    struct Claim {
        QString claimedBy;
        QDateTime expiresAt;
        int version = 0;
    };
    // Writes take the RequestKey of the user intent (models/core/requestkey.h): a retry with the same key
    // has the effect once and returns the first result.

    /// desk.claim_verification: claims or renews a lease. Error kind Claimed names the holder.
    static Result<Claim> claim(QSqlDatabase &db, const RequestKey &key, qint64 id, int leaseSeconds);
    static Status release(QSqlDatabase &db, const RequestKey &key, qint64 id);

    enum class Decision { Approve, Reject, RequestInfo };
    /// desk.decide_verification in one transaction; returns the new version.
    static Result<int> decide(QSqlDatabase &db, const RequestKey &key, qint64 id, int version,
                              Decision decision, const QString &reasonCode, const QString &note,
                              const std::optional<VerificationFields> &fields);
    static Result<int> expireSweep(QSqlDatabase &db);
    static Result<QList<RejectionReason>> rejectionReasons(QSqlDatabase &db, const QString &language);
    static Result<Identity> whoami(QSqlDatabase &db);
};

} // namespace adesk
