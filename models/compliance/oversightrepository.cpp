#include "models/compliance/oversightrepository.h"

#include "models/core/pgcsv.h"
#include "models/core/sqlquery.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace adesk {

namespace {

QDateTime fromUs(qint64 us) {
    return QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC);
}

const char *const kAfter = "(timestamptz 'epoch' + ?::bigint * interval '1 microsecond', ?::bigint)";

/// The WHERE clause of the audit filter over desk.audit_log a, with its binds.
QString auditWhere(const AuditFilter &f, QVariantList *binds) {
    QStringList w{QStringLiteral("true")};
    if (!f.actor.trimmed().isEmpty()) {
        w << QStringLiteral("strpos(lower(a.actor::text), lower(?)) > 0");
        *binds << f.actor.trimmed();
    }
    if (!f.action.isEmpty()) {
        w << QStringLiteral("a.action = ?");
        *binds << f.action;
    }
    if (!f.tableName.isEmpty()) {
        w << QStringLiteral("a.table_name = ?");
        *binds << f.tableName;
    }
    if (f.rowId > 0) {
        w << QStringLiteral("a.row_id = ?::bigint");
        *binds << f.rowId;
    }
    if (f.workshopId > 0) {
        w << QStringLiteral("a.workshop_id = ?::bigint");
        *binds << f.workshopId;
    }
    if (f.from.isValid()) {
        w << QStringLiteral("a.at >= ?::date::timestamptz");
        *binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        w << QStringLiteral("a.at < (?::date + 1)::timestamptz");
        *binds << f.to.toString(Qt::ISODate);
    }
    return w.join(QStringLiteral(" AND "));
}

} // namespace

QString Audience::kindCode(AudienceKind kind) {
    switch (kind) {
    case AudienceKind::AllMechanics:
        return QStringLiteral("all_mechanics");
    case AudienceKind::VirtualOnly:
        return QStringLiteral("virtual_only");
    case AudienceKind::WorkshopAffiliated:
        return QStringLiteral("workshop_affiliated");
    case AudienceKind::LicensedMobile:
        return QStringLiteral("licensed_mobile");
    case AudienceKind::Workshops:
        return QStringLiteral("workshops");
    }
    return {};
}

QString Audience::kindLabel(AudienceKind kind) {
    switch (kind) {
    case AudienceKind::AllMechanics:
        return QCoreApplication::translate("Audience", "All mechanics");
    case AudienceKind::VirtualOnly:
        return QCoreApplication::translate("Audience", "Virtual-only mechanics");
    case AudienceKind::WorkshopAffiliated:
        return QCoreApplication::translate("Audience", "Workshop-affiliated mechanics");
    case AudienceKind::LicensedMobile:
        return QCoreApplication::translate("Audience", "Licensed mobile mechanics");
    case AudienceKind::Workshops:
        return QCoreApplication::translate("Audience", "Workshops (their owners)");
    }
    return {};
}

QString Audience::toJson() const {
    QJsonObject o{{QStringLiteral("kind"), kindCode(kind)}};
    if (!province.isEmpty())
        o.insert(QStringLiteral("province"), province);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

BulkNoticeDraft BulkNoticeDraft::workshopAffiliationTemplate() {
    // Seed compliance-migration-plan.md, "Notify existing mechanics"; the French is ours.
    BulkNoticeDraft d;
    d.audience = {AudienceKind::VirtualOnly, {}};
    d.titleEn = QStringLiteral("Workshop Affiliation Now Available");
    d.messageEn =
        QStringLiteral("Increase your earnings by affiliating with a workshop to offer physical repair "
                       "services. Click to learn more and submit your workshop details.");
    d.titleFr = QStringLiteral("L’affiliation à un atelier est maintenant offerte");
    d.messageFr =
        QStringLiteral("Augmentez vos revenus en vous affiliant à un atelier pour offrir des services de "
                       "réparation sur place. Cliquez pour en savoir plus et soumettre les "
                       "renseignements de votre atelier.");
    d.actionUrl = QStringLiteral("/mechanic/upgrade-to-workshop");
    return d;
}

Result<QList<AuditEntry>> OversightRepository::auditPage(QSqlDatabase &db, const AuditFilter &filter,
                                                         const std::optional<NewestFirstKey> &after,
                                                         int limit) {
    QVariantList binds;
    QString where = auditWhere(filter, &binds);
    if (after) {
        where += QStringLiteral(" AND (a.at, a.id) < ") + QLatin1String(kAfter);
        binds << after->us << after->id;
    }
    // The workshop's name through organizations' row-level security (admins and finance read all).
    SqlQuery q(db,
               QStringLiteral("SELECT a.id, (extract(epoch FROM a.at) * 1000000)::bigint, a.actor::text, "
                              "a.action, a.table_name, coalesce(a.row_id, 0), coalesce(a.workshop_id, 0), "
                              "coalesce(o.name, ''), a.detail::text FROM desk.audit_log a "
                              "LEFT JOIN desk.organizations o ON o.id = a.workshop_id "
                              "WHERE %1 ORDER BY a.at DESC, a.id DESC LIMIT ?")
                   .arg(where));
    for (const QVariant &b : binds)
        q.bind(b);
    q.bind(limit);
    if (!q.exec())
        return q.error();
    QList<AuditEntry> out;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.atUs = q.value(1).toLongLong();
        e.at = fromUs(e.atUs);
        e.actor = q.value(2).toString();
        e.action = q.value(3).toString();
        e.tableName = q.value(4).toString();
        e.rowId = q.value(5).toLongLong();
        e.workshopId = q.value(6).toLongLong();
        e.workshopName = q.value(7).toString();
        e.detail = q.value(8).toString();
        out.append(e);
    }
    return out;
}

Result<qint64> OversightRepository::exportAudit(QSqlDatabase &db, const AuditFilter &filter,
                                                const QString &path) {
    // The filter's values are bound parameters (PgCsv::exportQuery says why this is not COPY).
    QVariantList binds;
    const QString where = auditWhere(filter, &binds);
    return PgCsv::exportQuery(
        db,
        QStringLiteral(
            "SELECT a.id, to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS at_utc, "
            "a.actor, a.action, a.table_name, a.row_id, a.workshop_id, a.detail::text AS detail "
            "FROM desk.audit_log a WHERE %1 ORDER BY a.at DESC, a.id DESC")
            .arg(where),
        binds, path);
}

Result<QStringList> OversightRepository::auditActions(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral("SELECT DISTINCT action FROM desk.audit_log ORDER BY 1"));
    if (!q.exec())
        return q.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QList<NotificationEntry>>
OversightRepository::notificationPage(QSqlDatabase &db, const NotificationFilter &f,
                                      const std::optional<NewestFirstKey> &after, int limit) {
    QStringList w{QStringLiteral("true")};
    QVariantList binds;
    if (!f.recipient.trimmed().isEmpty()) {
        w << QStringLiteral("strpos(lower(n.recipient_name), lower(?)) > 0");
        binds << f.recipient.trimmed();
    }
    if (!f.type.isEmpty()) {
        w << QStringLiteral("n.notification_type = ?");
        binds << f.type;
    }
    if (f.from.isValid()) {
        w << QStringLiteral("n.created_at >= ?::date::timestamptz");
        binds << f.from.toString(Qt::ISODate);
    }
    if (f.to.isValid()) {
        w << QStringLiteral("n.created_at < (?::date + 1)::timestamptz");
        binds << f.to.toString(Qt::ISODate);
    }
    if (after) {
        w << QStringLiteral("(n.created_at, n.id) < ") + QLatin1String(kAfter);
        binds << after->us << after->id;
    }
    SqlQuery q(
        db, QStringLiteral("SELECT n.id, (extract(epoch FROM n.created_at) * 1000000)::bigint, "
                           "n.recipient_kind = 'workshop', n.recipient_id, coalesce(n.recipient_name, ''), "
                           "n.notification_type, n.title, n.message, coalesce(n.action_url, ''), n.read, "
                           "coalesce(n.verification_id, 0), coalesce(n.verification_type, ''), "
                           "coalesce(n.verification_entity_name, '') FROM desk.notification_log n "
                           "WHERE %1 ORDER BY n.created_at DESC, n.id DESC LIMIT ?")
                .arg(w.join(QStringLiteral(" AND "))));
    for (const QVariant &b : binds)
        q.bind(b);
    q.bind(limit);
    if (!q.exec())
        return q.error();
    QList<NotificationEntry> out;
    while (q.next()) {
        NotificationEntry e;
        e.id = q.value(0).toLongLong();
        e.createdUs = q.value(1).toLongLong();
        e.createdAt = fromUs(e.createdUs);
        e.toWorkshop = q.value(2).toBool();
        e.recipientId = q.value(3).toLongLong();
        e.recipientName = q.value(4).toString();
        e.type = q.value(5).toString();
        e.title = q.value(6).toString();
        e.message = q.value(7).toString();
        e.actionUrl = q.value(8).toString();
        e.read = q.value(9).toBool();
        e.verificationId = q.value(10).toLongLong();
        e.verificationType = q.value(11).toString();
        e.verificationEntity = q.value(12).toString();
        out.append(e);
    }
    return out;
}

Result<int> OversightRepository::audienceCount(QSqlDatabase &db, const Audience &audience) {
    SqlQuery q(db, QStringLiteral("SELECT desk.bulk_notice_audience(?::jsonb)"));
    q.bind(audience.toJson());
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toInt();
}

Result<BulkNoticeSent> OversightRepository::sendBulkNotice(QSqlDatabase &db, const RequestKey &key,
                                                           const BulkNoticeDraft &d) {
    SqlQuery q(db, QStringLiteral("SELECT r ->> 'id', r ->> 'recipients' FROM desk.send_bulk_notice("
                                  "?::uuid, ?::jsonb, ?, ?, ?, ?, ?) r"));
    q.bind(key.toString())
        .bind(d.audience.toJson())
        .bind(d.titleEn)
        .bind(d.titleFr)
        .bind(d.messageEn)
        .bind(d.messageFr)
        .bind(d.actionUrl.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(d.actionUrl));
    if (!q.exec())
        return q.error();
    q.next();
    return BulkNoticeSent{q.value(0).toLongLong(), q.value(1).toInt()};
}

} // namespace adesk
