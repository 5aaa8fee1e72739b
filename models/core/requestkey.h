#pragma once

#include <QString>
#include <QUuid>

namespace adesk {

/// The idempotency key of one user intent (issue 9, "Retries that duplicate work"; migration
/// 0010_idempotency). Every repository call that changes data takes one and sends it to the keyed
/// overload of its SQL function (desk.f(p_request_id uuid, …)); the server runs the write once per
/// key and answers a repeated key with the first call's result.
///
/// Create the key where the intent is made (the user's click, a batch command), BEFORE handing the
/// job to DbExecutor, and capture it in the job: DbExecutor's retry after a lost connection then
/// re-sends the same key, and so does any later re-submission of the same intent (a decision kept
/// while the server is down). A job that makes several writes needs one key per write.
class RequestKey {
public:
    /// A new random (version 4) key: one per user intent.
    static RequestKey create() { return RequestKey(QUuid::createUuid()); }

    /// The key as PostgreSQL's uuid input reads it (no braces).
    QString toString() const { return m_uuid.toString(QUuid::WithoutBraces); }
    const QUuid &uuid() const { return m_uuid; }

    friend bool operator==(const RequestKey &a, const RequestKey &b) { return a.m_uuid == b.m_uuid; }
    friend bool operator!=(const RequestKey &a, const RequestKey &b) { return !(a == b); }

private:
    explicit RequestKey(const QUuid &uuid)
        : m_uuid(uuid) {}
    QUuid m_uuid;
};

} // namespace adesk
