#include "models/roster/rosterrepository.h"

#include "models/core/sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace adesk {

namespace {
QDateTime fromEpoch(const QVariant &v) {
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble() * 1000.0), Qt::UTC);
}

QString idArray(const QList<qint64> &ids) {
    QStringList parts;
    for (const qint64 id : ids)
        parts << QString::number(id);
    return u'{' + parts.join(u',') + u'}';
}
} // namespace

Result<QList<RosterRow>> RosterRepository::roster(QSqlDatabase &db, qint64 workshopId) {
    SqlQuery q(db, QStringLiteral(
                       "SELECT mechanic_id, workshop_id, display_name, coalesce(email, ''), service_tier, "
                       "compliance_status, can_perform_physical_work, auto_approved, "
                       "array_to_string(missing_verifications, ','), extract(epoch FROM next_booking_at), "
                       "bookings_ahead, coalesce(partnership_id, 0), coalesce(partnership_program_type, ''), "
                       "coalesce(partnership_status, ''), jobs_this_month, version "
                       "FROM desk.get_available_workshop_mechanics(?)"));
    q.bind(workshopId);
    if (!q.exec())
        return q.error();
    QList<RosterRow> out;
    while (q.next()) {
        RosterRow r;
        r.mechanicId = q.value(0).toLongLong();
        r.workshopId = q.value(1).toLongLong();
        r.name = q.value(2).toString();
        r.email = q.value(3).toString();
        r.serviceTier = q.value(4).toString();
        r.compliance = verification::statusFromSql(q.value(5).toString());
        r.physicalWork = q.value(6).toBool();
        r.autoApproved = q.value(7).toBool();
        r.missing = q.value(8).toString().split(u',', Qt::SkipEmptyParts);
        r.nextBookingAt = fromEpoch(q.value(9));
        r.bookingsAhead = q.value(10).toInt();
        r.partnershipId = q.value(11).toLongLong();
        r.programType = q.value(12).toString();
        r.partnershipStatus = fromCode<PartnershipStatus>(q.value(13).toString());
        r.jobsThisMonth = q.value(14).toInt();
        r.rowVersion = q.value(15).toInt();
        out.append(r);
    }
    return out;
}

Result<QList<InvitationRow>> RosterRepository::invitations(QSqlDatabase &db, qint64 workshopId) {
    // Named columns: the token is not the owner's to read (column privileges).
    SqlQuery q(db, QStringLiteral(
                       "SELECT id, email, extract(epoch FROM created_at), extract(epoch FROM expires_at), "
                       "status, extract(epoch FROM accepted_at), extract(epoch FROM revoked_at), "
                       "coalesce(revoked_reason, ''), version FROM desk.mechanic_invitations "
                       "WHERE workshop_id = ? ORDER BY status = 'pending' DESC, created_at DESC, id DESC "
                       "LIMIT 500"));
    q.bind(workshopId);
    if (!q.exec())
        return q.error();
    QList<InvitationRow> out;
    while (q.next()) {
        InvitationRow r;
        r.id = q.value(0).toLongLong();
        r.email = q.value(1).toString();
        r.createdAt = fromEpoch(q.value(2));
        r.expiresAt = fromEpoch(q.value(3));
        r.status = fromCode<InvitationStatus>(q.value(4).toString(), InvitationStatus::Pending);
        r.acceptedAt = fromEpoch(q.value(5));
        r.revokedAt = fromEpoch(q.value(6));
        r.revokedReason = q.value(7).toString();
        r.rowVersion = q.value(8).toInt();
        out.append(r);
    }
    return out;
}

Result<QList<BookingAhead>> RosterRepository::bookingsAhead(QSqlDatabase &db, qint64 mechanicId,
                                                            qint64 workshopId) {
    SqlQuery q(db, QStringLiteral(
                       "SELECT b.id, extract(epoch FROM lower(b.span)), extract(epoch FROM upper(b.span)), "
                       "y.name, b.status FROM desk.bay_bookings b JOIN desk.bays y ON y.id = b.bay_id "
                       "WHERE b.mechanic_id = ? AND b.workshop_id = ? "
                       "AND b.status IN ('requested', 'confirmed', 'checked_in') AND upper(b.span) > now() "
                       "ORDER BY lower(b.span), b.id"));
    q.bind(mechanicId).bind(workshopId);
    if (!q.exec())
        return q.error();
    QList<BookingAhead> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), fromEpoch(q.value(1)), fromEpoch(q.value(2)),
                    q.value(3).toString(), q.value(4).toString()});
    return out;
}

Result<QList<LinkCandidate>> RosterRepository::linkCandidates(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral("SELECT id, display_name, coalesce(email, '') FROM desk.mechanics "
                                  "WHERE workshop_id IS NULL ORDER BY display_name, id LIMIT 500"));
    if (!q.exec())
        return q.error();
    QList<LinkCandidate> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    return out;
}

Result<qint64> RosterRepository::invite(QSqlDatabase &db, const RequestKey &key, qint64 workshopId,
                                        const QString &email, int validDays) {
    SqlQuery q(db, QStringLiteral("SELECT desk.invite_mechanic(?::uuid, ?, ?, ?)"));
    q.bind(key.toString()).bind(workshopId).bind(email).bind(validDays);
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<int> RosterRepository::revoke(QSqlDatabase &db, const RequestKey &key, qint64 invitationId,
                                     int rowVersion, const QString &reason) {
    SqlQuery q(db, QStringLiteral("SELECT desk.revoke_invitation(?::uuid, ?, ?, ?)"));
    q.bind(key.toString()).bind(invitationId).bind(rowVersion).bind(reason);
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toInt();
}

Result<UnlinkResult> RosterRepository::unlink(QSqlDatabase &db, const RequestKey &key, qint64 mechanicId,
                                              int rowVersion, const QList<qint64> &cancelBookingIds,
                                              const QString &reason) {
    SqlQuery q(db, QStringLiteral("SELECT desk.unlink_mechanic(?::uuid, ?, ?, ?::bigint[], ?)::text"));
    q.bind(key.toString())
        .bind(mechanicId)
        .bind(rowVersion)
        .bind(cancelBookingIds.isEmpty() ? QVariant() : QVariant(idArray(cancelBookingIds)))
        .bind(reason);
    if (!q.exec())
        return q.error();
    q.next();
    const QJsonObject o = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    UnlinkResult r;
    r.rowVersion = o.value(u"version").toInt();
    for (const QJsonValue &v : o.value(u"cancelled").toArray())
        r.cancelled << v.toInteger();
    return r;
}

Result<int> RosterRepository::link(QSqlDatabase &db, const RequestKey &key, qint64 mechanicId,
                                   qint64 workshopId, const QString &reason) {
    SqlQuery q(db, QStringLiteral("SELECT desk.link_mechanic(?::uuid, ?, ?, ?)"));
    q.bind(key.toString()).bind(mechanicId).bind(workshopId).bind(reason);
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toInt();
}

QList<qint64> RosterRepository::bookingsInTheWay(const DbError &error) {
    QList<qint64> out;
    if (!error.detail.startsWith(u"bookings="))
        return out;
    for (const QString &s : error.detail.mid(9).split(u',', Qt::SkipEmptyParts))
        out << s.toLongLong();
    return out;
}

} // namespace adesk
