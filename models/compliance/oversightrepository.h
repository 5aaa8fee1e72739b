#pragma once

#include "models/compliance/oversighttypes.h"
#include "models/core/requestkey.h"
#include "models/core/result.h"

#include <QSqlDatabase>

#include <optional>

namespace adesk {

/// Keyset position in a newest-first list: (microseconds since the epoch, id) of the last row shown.
struct NewestFirstKey {
    qint64 us = 0;
    qint64 id = 0;
};

/// What the platform sends and records (migration 0019_notices_audit). Reads go through row-level
/// security (admins read everything; finance reads only the reveals of tax numbers in the audit log;
/// the notifications view is granted to admins only); bulk notices are sent by the uuid-keyed
/// desk.send_bulk_notice.
class OversightRepository {
public:
    /// Audit rows matching @p filter, newest first, after @p after, at most @p limit.
    static Result<QList<AuditEntry>> auditPage(QSqlDatabase &db, const AuditFilter &filter,
                                               const std::optional<NewestFirstKey> &after, int limit);
    /// Writes every audit row matching @p filter (newest first) to @p path as CSV, streamed. Returns
    /// the number of rows.
    static Result<qint64> exportAudit(QSqlDatabase &db, const AuditFilter &filter, const QString &path);
    /// The distinct actions of the audit log the caller may read, sorted.
    static Result<QStringList> auditActions(QSqlDatabase &db);

    /// Notifications matching @p filter, newest first (desk.notification_log).
    static Result<QList<NotificationEntry>> notificationPage(QSqlDatabase &db,
                                                             const NotificationFilter &filter,
                                                             const std::optional<NewestFirstKey> &after,
                                                             int limit);

    /// desk.bulk_notice_audience: how many recipients @p audience has now.
    static Result<int> audienceCount(QSqlDatabase &db, const Audience &audience);
    /// desk.send_bulk_notice (keyed): the notice's id and its number of recipients.
    static Result<BulkNoticeSent> sendBulkNotice(QSqlDatabase &db, const RequestKey &key,
                                                 const BulkNoticeDraft &draft);
};

} // namespace adesk
