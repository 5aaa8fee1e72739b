#include "models/compliance/overriderepository.h"

#include "models/compliance/verification.h"
#include "models/core/sqlquery.h"

#include <QCoreApplication>

namespace adesk {

namespace {
QDateTime fromEpoch(const QVariant &v) {
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(qint64(v.toDouble() * 1000.0), Qt::UTC);
}
std::optional<MechanicServiceTier> tierOf(const QVariant &v) {
    return v.isNull() ? std::nullopt : fromCode<MechanicServiceTier>(v.toString());
}
} // namespace

Result<QList<OverrideRow>> OverrideRepository::overrides(QSqlDatabase &db) {
    SqlQuery q(
        db, QStringLiteral(
                "SELECT o.id, o.kind, o.target_id, "
                "  CASE WHEN o.kind = 'change_service_tier' THEN m.display_name "
                "       ELSE v.entity_name END, v.verification_type, "
                "  o.payload ->> 'from_service_tier', o.payload ->> 'service_tier', o.reason, "
                "  coalesce(rp.full_name, o.requested_login::text), o.requested_login::text, o.requested_by, "
                "  extract(epoch FROM o.requested_at), o.status, "
                "  coalesce(dp.full_name, o.decided_login::text, ''), extract(epoch FROM o.decided_at), "
                "  coalesce(o.decision_note, '') "
                "FROM desk.override_requests o "
                "LEFT JOIN desk.mechanics m ON o.kind = 'change_service_tier' AND m.id = o.target_id "
                "LEFT JOIN desk.compliance_verifications v "
                "  ON o.kind = 'approve_flagged_verification' AND v.id = o.target_id "
                "LEFT JOIN desk.profiles rp ON rp.id = o.requested_by "
                "LEFT JOIN desk.profiles dp ON dp.id = o.decided_by "
                "ORDER BY o.status = 'pending' DESC, coalesce(o.decided_at, o.requested_at) DESC, o.id DESC "
                "LIMIT 500"));
    if (!q.exec())
        return q.error();
    QList<OverrideRow> out;
    while (q.next()) {
        OverrideRow r;
        r.id = q.value(0).toLongLong();
        r.kind = fromCode<OverrideKind>(q.value(1).toString(), OverrideKind::ApproveFlaggedVerification);
        r.targetId = q.value(2).toLongLong();
        r.targetName = q.value(3).toString();
        if (!q.value(4).isNull())
            r.targetName =
                QCoreApplication::translate("Override", "%1 — %2")
                    .arg(r.targetName,
                         verification::typeLabel(verification::typeFromSql(q.value(4).toString())));
        r.fromTier = tierOf(q.value(5));
        r.toTier = tierOf(q.value(6));
        r.reason = q.value(7).toString();
        r.requestedByName = q.value(8).toString();
        r.requestedLogin = q.value(9).toString();
        r.requestedBy = q.value(10).toLongLong();
        r.requestedAt = fromEpoch(q.value(11));
        r.status = fromCode<OverrideStatus>(q.value(12).toString(), OverrideStatus::Pending);
        r.decidedByName = q.value(13).toString();
        r.decidedAt = fromEpoch(q.value(14));
        r.decisionNote = q.value(15).toString();
        out.append(r);
    }
    return out;
}

Result<QList<TierCandidate>> OverrideRepository::tierCandidates(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral("SELECT id, display_name, service_tier, workshop_id IS NOT NULL "
                                  "FROM desk.mechanics ORDER BY display_name, id LIMIT 1000"));
    if (!q.exec())
        return q.error();
    QList<TierCandidate> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(),
                    fromCode<MechanicServiceTier>(q.value(2).toString(), MechanicServiceTier::VirtualOnly),
                    q.value(3).toBool()});
    return out;
}

Result<QList<HistoryEntry>> OverrideRepository::history(QSqlDatabase &db, qint64 verificationId) {
    SqlQuery q(
        db,
        QStringLiteral(
            "SELECT id, status, coalesce(document_id, 0), coalesce(document_name, ''), "
            "coalesce(license_number, ''), coalesce(policy_number, ''), coverage_amount_cents, "
            "expiry_date, extract(epoch FROM submitted_at), extract(epoch FROM verified_at), "
            "coalesce(decided_by, ''), extract(epoch FROM edit_flagged_at), coalesce(edit_flag_reason, '') "
            "FROM desk.verification_history(?)"));
    q.bind(verificationId);
    if (!q.exec())
        return q.error();
    QList<HistoryEntry> out;
    while (q.next()) {
        HistoryEntry e;
        e.id = q.value(0).toLongLong();
        e.status = q.value(1).toString();
        e.documentId = q.value(2).toLongLong();
        e.documentName = q.value(3).toString();
        e.licenseNumber = q.value(4).toString();
        e.policyNumber = q.value(5).toString();
        if (!q.value(6).isNull())
            e.coverageCents = q.value(6).toLongLong();
        e.expiryDate = q.value(7).toDate();
        e.submittedAt = fromEpoch(q.value(8));
        e.verifiedAt = fromEpoch(q.value(9));
        e.decidedBy = q.value(10).toString();
        e.editFlaggedAt = fromEpoch(q.value(11));
        e.editFlagReason = q.value(12).toString();
        out.append(e);
    }
    return out;
}

Result<bool> OverrideRepository::hasApprovedOverride(QSqlDatabase &db, qint64 verificationId) {
    SqlQuery q(db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM desk.override_requests "
                                  "WHERE kind = 'approve_flagged_verification' AND target_id = ? "
                                  "AND status = 'approved')"));
    q.bind(verificationId);
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toBool();
}

Result<int> OverrideRepository::flagEdited(QSqlDatabase &db, const RequestKey &key, qint64 verificationId,
                                           const QString &reason) {
    SqlQuery q(db, QStringLiteral("SELECT desk.flag_verification_edited(?::uuid, ?, ?)"));
    q.bind(key.toString()).bind(verificationId).bind(reason);
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toInt();
}

Result<qint64> OverrideRepository::requestFlaggedApproval(QSqlDatabase &db, const RequestKey &key,
                                                          qint64 verificationId, const QString &reason) {
    SqlQuery q(db, QStringLiteral("SELECT desk.request_override(?::uuid, ?, ?, '{}'::jsonb, ?)"));
    q.bind(key.toString())
        .bind(toCode(OverrideKind::ApproveFlaggedVerification))
        .bind(verificationId)
        .bind(reason);
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<qint64> OverrideRepository::requestTierChange(QSqlDatabase &db, const RequestKey &key,
                                                     qint64 mechanicId, MechanicServiceTier tier,
                                                     const QString &reason) {
    SqlQuery q(db, QStringLiteral("SELECT desk.request_override(?::uuid, ?, ?, "
                                  "jsonb_build_object('service_tier', ?::text), ?)"));
    q.bind(key.toString())
        .bind(toCode(OverrideKind::ChangeServiceTier))
        .bind(mechanicId)
        .bind(toCode(tier))
        .bind(reason);
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<OverrideStatus> OverrideRepository::decide(QSqlDatabase &db, const RequestKey &key, qint64 overrideId,
                                                  bool approve, const QString &note) {
    SqlQuery q(db, QStringLiteral("SELECT desk.decide_override(?::uuid, ?, ?, ?)"));
    q.bind(key.toString())
        .bind(overrideId)
        .bind(approve)
        .bind(note.trimmed().isEmpty() ? QVariant() : QVariant(note));
    if (!q.exec())
        return q.error();
    q.next();
    return fromCode<OverrideStatus>(q.value(0).toString(), OverrideStatus::Pending);
}

} // namespace adesk
