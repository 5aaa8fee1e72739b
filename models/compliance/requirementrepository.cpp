#include "models/compliance/requirementrepository.h"

#include "models/core/sqlquery.h"

namespace adesk {

Result<Checklist> RequirementRepository::checklist(QSqlDatabase &db, qint64 verificationId) {
    Checklist out;
    out.verificationId = verificationId;
    SqlQuery q(db,
               QStringLiteral("SELECT verification_type, state, coalesce(verification_id, 0), expiry_date, "
                              "days_left FROM desk.entity_checklist(?) ORDER BY verification_type"));
    q.bind(verificationId);
    if (!q.exec())
        return q.error();
    while (q.next()) {
        ChecklistItem i;
        i.type = verification::typeFromSql(q.value(0).toString());
        i.state = fromCode<ChecklistState>(q.value(1).toString(), ChecklistState::Missing);
        i.verificationId = q.value(2).toLongLong();
        i.expiryDate = q.value(3).toDate();
        if (!q.value(4).isNull())
            i.daysLeft = q.value(4).toInt();
        out.items.append(i);
    }
    SqlQuery e(db, QStringLiteral("SELECT desk.approval_effect(?)::text"));
    e.bind(verificationId);
    if (!e.exec())
        return e.error();
    if (e.next())
        out.effect = ApprovalEffect::fromJson(e.value(0).toString().toUtf8());
    return out;
}

Result<QList<RequirementRule>> RequirementRepository::rules(QSqlDatabase &db, const QDate &on) {
    SqlQuery q(db, QStringLiteral("SELECT id, coalesce(province, ''), entity_type, path, verification_type, "
                                  "effective_from, effective_to FROM desk.requirement_rules_on(?::date)"));
    q.bind(on.isValid() ? QVariant(on) : QVariant(QMetaType::fromType<QDate>()));
    if (!q.exec())
        return q.error();
    QList<RequirementRule> out;
    while (q.next()) {
        RequirementRule r;
        r.id = q.value(0).toLongLong();
        r.province = q.value(1).toString();
        r.entityType = q.value(2).toString();
        r.path = fromCode<RequirementPath>(q.value(3).toString(), RequirementPath::Workshop);
        r.type = verification::typeFromSql(q.value(4).toString());
        r.effectiveFrom = q.value(5).toDate();
        r.effectiveTo = q.value(6).toDate();
        out.append(r);
    }
    return out;
}

Result<QDate> RequirementRepository::editFloor(QSqlDatabase &db) {
    SqlQuery q(db, QStringLiteral("SELECT desk.requirement_edit_floor()"));
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toDate();
}

Result<qint64> RequirementRepository::addRule(QSqlDatabase &db, const RequestKey &key,
                                              const QString &province, RequirementPath path,
                                              verification::Type type, const QDate &from) {
    SqlQuery q(db, QStringLiteral("SELECT desk.add_requirement_rule(?::uuid, ?, ?, ?, ?, ?::date)"));
    q.bind(key.toString())
        .bind(province.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(province))
        .bind(entityTypeOfPath(path))
        .bind(toCode(path))
        .bind(verification::typeToSql(type))
        .bind(from);
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toLongLong();
}

Result<bool> RequirementRepository::endRule(QSqlDatabase &db, const RequestKey &key, qint64 ruleId,
                                            const QDate &to) {
    SqlQuery q(db, QStringLiteral("SELECT desk.end_requirement_rule(?::uuid, ?, ?::date)"));
    q.bind(key.toString()).bind(ruleId).bind(to);
    if (!q.exec())
        return q.error();
    q.next();
    return q.value(0).toBool();
}

} // namespace adesk
