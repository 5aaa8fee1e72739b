#include "models/compliance/verificationrepository.h"

#include "models/core/sqlquery.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace adesk {

namespace {

const QString kRowColumns = QStringLiteral(
    "v.id, (extract(epoch FROM v.submitted_at) * 1000000)::bigint, "
    "coalesce(v.expiry_date - date '1970-01-01', 2147483647), v.entity_name, v.entity_type, "
    "v.verification_type, v.province, v.status, "
    "CASE WHEN v.claim_expires_at > now() THEN v.claimed_by END, "
    "CASE WHEN v.claim_expires_at > now() THEN extract(epoch FROM v.claim_expires_at)::bigint END, "
    "v.info_requested_at IS NOT NULL");

bool hasText(const QueueFilter &f) {
    return !f.text.trimmed().isEmpty();
}

QString filterClause(const QueueFilter &f) {
    QStringList where;
    if (!f.status.isEmpty())
        where << QStringLiteral("v.status = ?");
    if (!f.verificationType.isEmpty())
        where << QStringLiteral("v.verification_type = ?");
    if (!f.entityType.isEmpty())
        where << QStringLiteral("v.entity_type = ?");
    if (!f.province.isEmpty())
        where << QStringLiteral("v.province = ?");
    if (f.expiringWithinDays >= 0)
        where << QStringLiteral("v.expiry_date BETWEEN current_date AND current_date + ?::integer");
    // Free text: here only for fetchRows (a few given ids, found by the id index); a page with free
    // text comes from desk.verification_search_page (see pageSql).
    if (hasText(f))
        where << QStringLiteral("desk.search_fold(v.search_text) LIKE desk.search_fold(?)");
    return where.join(QStringLiteral(" AND "));
}

QString sortCode(QueueSort sort) {
    switch (sort) {
    case QueueSort::Submitted:
        return QStringLiteral("submitted");
    case QueueSort::Expiry:
        return QStringLiteral("expiry");
    case QueueSort::EntityName:
        return QStringLiteral("entity");
    }
    return {};
}

/// desk.verification_search_page (0029): pattern, the five filters, sort, direction, the three
/// typed keyset values (one of them used), the keyset id, the limit.
const QString kSearchPage =
    QStringLiteral("desk.verification_search_page(?, ?, ?, ?, ?, ?::integer, ?, ?::boolean, "
                   "(timestamptz 'epoch' + ?::bigint * interval '1 microsecond'), ?::date, ?::text, "
                   "?::bigint, ?::integer) v");

QString likePattern(const QString &text) {
    QString t = text.trimmed().toLower();
    t.replace(u'\\', QStringLiteral("\\\\"));
    t.replace(u'%', QStringLiteral("\\%"));
    t.replace(u'_', QStringLiteral("\\_"));
    return u'%' + t + u'%';
}

QVariantList filterBinds(const QueueFilter &f) {
    QVariantList b;
    if (!f.status.isEmpty())
        b << f.status;
    if (!f.verificationType.isEmpty())
        b << f.verificationType;
    if (!f.entityType.isEmpty())
        b << f.entityType;
    if (!f.province.isEmpty())
        b << f.province;
    if (f.expiringWithinDays >= 0)
        b << f.expiringWithinDays;
    if (hasText(f))
        b << likePattern(f.text);
    return b;
}

QString sortExpr(QueueSort sort) {
    switch (sort) {
    case QueueSort::Submitted:
        return QStringLiteral("v.submitted_at");
    case QueueSort::Expiry:
        return QStringLiteral("coalesce(v.expiry_date, 'infinity'::date)");
    case QueueSort::EntityName:
        return QStringLiteral("v.entity_name");
    }
    return {};
}

QString keyParam(QueueSort sort) {
    switch (sort) {
    case QueueSort::Submitted:
        return QStringLiteral("(timestamptz 'epoch' + ?::bigint * interval '1 microsecond')");
    case QueueSort::Expiry:
        return QStringLiteral("?::date");
    case QueueSort::EntityName:
        return QStringLiteral("?::text");
    }
    return {};
}

QVariant keyValue(QueueSort sort, const QueueKey &k) {
    switch (sort) {
    case QueueSort::Submitted:
        return k.submittedUs;
    case QueueSort::Expiry:
        return k.expiryDays == VerificationRepository::kNoExpiry
                   ? QStringLiteral("infinity")
                   : QDate(1970, 1, 1).addDays(k.expiryDays).toString(Qt::ISODate);
    case QueueSort::EntityName:
        return k.entityName;
    }
    return {};
}

quint8 provinceIndex(const QString &code) {
    const qsizetype i = verification::provinceCodes().indexOf(code);
    return i < 0 ? 0xff : quint8(i);
}

QueueRowData readRow(SqlQuery &q) {
    QueueRowData r;
    r.id = q.value(0).toLongLong();
    r.submittedUs = q.value(1).toLongLong();
    r.expiryDays = q.value(2).toInt();
    r.entityName = q.value(3).toString();
    r.entityType = quint8(verification::entityTypeFromSql(q.value(4).toString()));
    r.type = quint8(verification::typeFromSql(q.value(5).toString()));
    r.province = provinceIndex(q.value(6).toString());
    r.status = quint8(verification::statusFromSql(q.value(7).toString()));
    r.claimedBy = q.value(8).toString();
    r.claimExpiresSecs = quint32(q.value(9).toLongLong());
    r.infoRequested = q.value(10).toBool();
    return r;
}

QString sqlLiteral(const QVariant &v) {
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
        return v.toString();
    QString s = v.toString();
    s.replace(u'\'', QStringLiteral("''"));
    return u'\'' + s + u'\'';
}

} // namespace

QString VerificationRepository::pageSql(const QueueFilter &filter, QueueSort sort, bool descending,
                                        bool hasAfter) {
    const QString expr = sortExpr(sort);
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    if (hasText(filter)) // filtered, ordered, paged and limited inside; ordered again here (≤ limit rows)
        return QStringLiteral("SELECT %1 FROM %2 ORDER BY %3%4, v.id%4")
            .arg(kRowColumns, kSearchPage, expr, dir);
    QString where = filterClause(filter);
    if (hasAfter) {
        const QString cmp =
            QStringLiteral("(%1, v.id) %2 (%3, ?::bigint)")
                .arg(expr, descending ? QStringLiteral("<") : QStringLiteral(">"), keyParam(sort));
        where = where.isEmpty() ? cmp : where + QStringLiteral(" AND ") + cmp;
    }
    return QStringLiteral("SELECT %1 FROM desk.compliance_verifications v%2 ORDER BY %3%4, v.id%4 LIMIT ?")
        .arg(kRowColumns, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where, expr, dir);
}

QVariantList VerificationRepository::pageBinds(const QueueFilter &filter, QueueSort sort, bool descending,
                                               const std::optional<QueueKey> &after, int limit) {
    if (hasText(filter)) {
        const QVariant noText{QMetaType::fromType<QString>()};
        const QVariant noInt{QMetaType::fromType<qint64>()};
        auto orNull = [&](const QString &s) { return s.isEmpty() ? noText : QVariant(s); };
        QVariantList b{likePattern(filter.text),
                       orNull(filter.status),
                       orNull(filter.verificationType),
                       orNull(filter.entityType),
                       orNull(filter.province),
                       filter.expiringWithinDays >= 0 ? QVariant(filter.expiringWithinDays) : noInt,
                       sortCode(sort),
                       descending};
        const bool at = after.has_value();
        b << (at && sort == QueueSort::Submitted ? QVariant(after->submittedUs) : noInt);
        b << (at && sort == QueueSort::Expiry ? keyValue(sort, *after) : noText);
        b << (at && sort == QueueSort::EntityName ? QVariant(after->entityName) : noText);
        b << (at ? QVariant(after->id) : noInt);
        b << limit;
        return b;
    }
    QVariantList b = filterBinds(filter);
    if (after) {
        b << keyValue(sort, *after);
        b << after->id;
    }
    b << limit;
    return b;
}

QString VerificationRepository::literalPageSql(const QueueFilter &filter, QueueSort sort, bool descending,
                                               const std::optional<QueueKey> &after, int limit) {
    QString sql = pageSql(filter, sort, descending, after.has_value());
    const QVariantList binds = pageBinds(filter, sort, descending, after, limit);
    QString out;
    int bi = 0;
    for (QChar c : sql) {
        if (c == u'?' && bi < binds.size())
            out += sqlLiteral(binds.at(bi++));
        else
            out += c;
    }
    return out;
}

Result<QList<QueueRowData>> VerificationRepository::fetchPage(QSqlDatabase &db, const QueueFilter &filter,
                                                              QueueSort sort, bool descending,
                                                              const std::optional<QueueKey> &after,
                                                              int limit) {
    SqlQuery q(db, pageSql(filter, sort, descending, after.has_value()));
    for (const QVariant &v : pageBinds(filter, sort, descending, after, limit))
        q.bind(v);
    if (!q.exec())
        return q.error();
    QList<QueueRowData> rows;
    rows.reserve(limit);
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

Result<QList<QueueRowData>> VerificationRepository::fetchRows(QSqlDatabase &db, const QueueFilter &filter,
                                                              const QList<qint64> &ids) {
    QStringList idText;
    for (qint64 id : ids)
        idText << QString::number(id);
    QString where = filterClause(filter);
    where = QStringLiteral("v.id = ANY (?::bigint[])") +
            (where.isEmpty() ? QString() : QStringLiteral(" AND ") + where);
    SqlQuery q(
        db,
        QStringLiteral("SELECT %1 FROM desk.compliance_verifications v WHERE %2").arg(kRowColumns, where));
    QVariantList binds = filterBinds(filter);
    binds.prepend(QString(u'{' + idText.join(u',') + u'}'));
    for (const QVariant &v : binds)
        q.bind(v);
    if (!q.exec())
        return q.error();
    QList<QueueRowData> rows;
    while (q.next())
        rows.append(readRow(q));
    return rows;
}

Result<VerificationDetail> VerificationRepository::loadDetail(QSqlDatabase &db, qint64 id) {
    SqlQuery q(
        db, QStringLiteral(
                "SELECT v.id, v.version, v.entity_type, v.entity_id, v.entity_name, v.province, "
                "v.verification_type, v.status, v.license_number, v.policy_number, v.coverage_amount_cents, "
                "v.expiry_date, v.rejection_reason_code, v.rejection_note, v.info_requested_at, "
                "v.info_request_note, p.full_name, v.verified_at, v.submitted_at, "
                "CASE WHEN v.claim_expires_at > now() THEN v.claimed_by END, "
                "CASE WHEN v.claim_expires_at > now() THEN v.claim_expires_at END, "
                "d.id, d.file_name, d.mime_type, d.size_bytes, d.sha256, d.uploaded_at, d.storage_url, "
                "m.service_tier, m.compliance_status, coalesce(m.can_perform_physical_work, false) "
                "FROM desk.compliance_verifications v "
                "LEFT JOIN desk.documents d ON d.id = v.document_id "
                "LEFT JOIN desk.profiles p ON p.id = v.verified_by "
                "LEFT JOIN desk.mechanics m ON m.id = v.mechanic_id "
                "WHERE v.id = ?"));
    q.bind(id);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return DbError::fromSqlState(QStringLiteral("P0002"),
                                     QStringLiteral("verification %1 not found").arg(id));
    VerificationDetail d;
    int c = 0;
    d.id = q.value(c++).toLongLong();
    d.version = q.value(c++).toInt();
    d.entityType = verification::entityTypeFromSql(q.value(c++).toString());
    d.entityId = q.value(c++).toLongLong();
    d.entityName = q.value(c++).toString();
    d.province = q.value(c++).toString();
    d.type = verification::typeFromSql(q.value(c++).toString());
    d.status = verification::statusFromSql(q.value(c++).toString());
    d.licenseNumber = q.value(c++).toString();
    d.policyNumber = q.value(c++).toString();
    const QVariant cov = q.value(c++);
    if (!cov.isNull())
        d.coverageAmount = Money::fromCents(cov.toLongLong());
    d.expiryDate = q.value(c++).toDate();
    d.rejectionReasonCode = q.value(c++).toString();
    d.rejectionNote = q.value(c++).toString();
    d.infoRequestedAt = q.value(c++).toDateTime();
    d.infoRequestNote = q.value(c++).toString();
    d.verifiedByName = q.value(c++).toString();
    d.verifiedAt = q.value(c++).toDateTime();
    d.submittedAt = q.value(c++).toDateTime();
    d.claimedBy = q.value(c++).toString();
    d.claimExpiresAt = q.value(c++).toDateTime();
    d.documentId = q.value(c++).toLongLong();
    d.fileName = q.value(c++).toString();
    d.mimeType = q.value(c++).toString();
    d.sizeBytes = q.value(c++).toLongLong();
    d.sha256 = q.value(c++).toByteArray();
    d.uploadedAt = q.value(c++).toDateTime();
    d.storageUrl = q.value(c++).toString();
    d.serviceTier = q.value(c++).toString();
    d.complianceStatus = q.value(c++).toString();
    d.canPerformPhysicalWork = q.value(c++).toBool();
    return d;
}

Result<DocumentBytes> VerificationRepository::loadDocument(QSqlDatabase &db, qint64 documentId) {
    SqlQuery q(
        db, QStringLiteral("SELECT content, sha256, mime_type, file_name FROM desk.documents WHERE id = ?"));
    q.bind(documentId);
    if (!q.exec())
        return q.error();
    if (!q.next())
        return DbError::fromSqlState(QStringLiteral("P0002"),
                                     QStringLiteral("document %1 not found").arg(documentId));
    DocumentBytes d;
    d.documentId = documentId;
    d.bytes = q.value(0).toByteArray();
    d.mimeType = q.value(2).toString();
    d.fileName = q.value(3).toString();
    d.sha256Matches =
        QCryptographicHash::hash(d.bytes, QCryptographicHash::Sha256) == q.value(1).toByteArray();
    return d;
}

Result<VerificationRepository::Claim> VerificationRepository::claim(QSqlDatabase &db, const RequestKey &key,
                                                                    qint64 id, int leaseSeconds) {
    SqlQuery q(db, QStringLiteral("SELECT claimed_by, claim_expires_at, version "
                                  "FROM desk.claim_verification(?::uuid, ?, ?)"));
    q.bind(key.toString()).bind(id).bind(leaseSeconds);
    if (!q.exec())
        return q.error();
    q.next();
    return Claim{q.value(0).toString(), q.value(1).toDateTime(), q.value(2).toInt()};
}

Status VerificationRepository::release(QSqlDatabase &db, const RequestKey &key, qint64 id) {
    SqlQuery q(db, QStringLiteral("SELECT desk.release_verification(?::uuid, ?)"));
    q.bind(key.toString()).bind(id);
    if (!q.exec())
        return q.error();
    return Done{};
}

Result<int> VerificationRepository::decide(QSqlDatabase &db, const RequestKey &key, qint64 id, int version,
                                           Decision decision, const QString &reasonCode, const QString &note,
                                           const std::optional<VerificationFields> &fields) {
    QJsonObject f;
    if (fields) {
        f.insert(QStringLiteral("license_number"), fields->licenseNumber);
        f.insert(QStringLiteral("policy_number"), fields->policyNumber);
        f.insert(QStringLiteral("coverage_amount_cents"),
                 // As an exact decimal string: JSON numbers are doubles (the SQL reads ->> as text).
                 fields->coverageAmount ? QJsonValue(QString::number(fields->coverageAmount->cents()))
                                        : QJsonValue());
        f.insert(QStringLiteral("expiry_date"), fields->expiryDate.isValid()
                                                    ? QJsonValue(fields->expiryDate.toString(Qt::ISODate))
                                                    : QJsonValue());
    }
    const QString d = decision == Decision::Approve  ? QStringLiteral("approve")
                      : decision == Decision::Reject ? QStringLiteral("reject")
                                                     : QStringLiteral("request_info");
    SqlQuery q(db, QStringLiteral("SELECT desk.decide_verification(?::uuid, ?, ?, ?, ?, ?, ?::jsonb)"));
    q.bind(key.toString()).bind(id).bind(version).bind(d);
    q.bind(reasonCode.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(reasonCode));
    q.bind(note.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(note));
    q.bind(QString::fromUtf8(QJsonDocument(f).toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toInt();
}

Result<int> VerificationRepository::expireSweep(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral("SELECT desk.expire_sweep()"));
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toInt();
}

Result<QList<RejectionReason>> VerificationRepository::rejectionReasons(QSqlDatabase &db,
                                                                        const QString &language) {
    SqlQuery q(db, QStringLiteral("SELECT code, CASE WHEN ? = 'fr' THEN label_fr ELSE label_en END "
                                  "FROM desk.rejection_reasons ORDER BY sort_order"));
    q.bind(language);
    if (!q.exec())
        return q.error();
    QList<RejectionReason> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    return out;
}

Result<Identity> VerificationRepository::whoami(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral("SELECT login_role, desk_role, profile_id, full_name, preferred_language, "
                                  "array_to_string(workshop_ids, ',') FROM desk.whoami()"));
    if (!q.exec())
        return q.error();
    Identity who;
    if (!q.next() || q.value(0).isNull()) {
        return DbError::fromSqlState(QStringLiteral("42501"),
                                     QStringLiteral("this login is not registered as Auto Doctor staff"));
    }
    who.loginRole = q.value(0).toString();
    who.deskRole = q.value(1).toString();
    who.profileId = q.value(2).toLongLong();
    who.fullName = q.value(3).toString();
    who.preferredLanguage = q.value(4).toString();
    for (const QString &s : q.value(5).toString().split(u',', Qt::SkipEmptyParts))
        who.workshopIds << s.toLongLong();
    return who;
}

} // namespace adesk
