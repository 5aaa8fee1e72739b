#pragma once

#include "models/compliance/requirementtypes.h"
#include "models/core/requestkey.h"
#include "models/core/result.h"

#include <QSqlDatabase>

namespace adesk {

/// Access to the requirements matrix and the entity's checklist (migration 0020). The matrix is read
/// by every desk role; the checklist, the approval effect and the edits are admins' (SECURITY
/// DEFINER functions; the edits take an idempotency key).
class RequirementRepository {
public:
    /// The checklist of verification @p verificationId's entity and what approving it changes.
    static Result<Checklist> checklist(QSqlDatabase &db, qint64 verificationId);
    /// The rules in effect on @p on (every rule, past and future, when @p on is null).
    static Result<QList<RequirementRule>> rules(QSqlDatabase &db, const QDate &on);
    /// The first date an edit may take effect (today in the easternmost Canadian zone).
    static Result<QDate> editFloor(QSqlDatabase &db);
    /// desk.add_requirement_rule: the new rule's id. @p province empty = every province.
    static Result<qint64> addRule(QSqlDatabase &db, const RequestKey &key, const QString &province,
                                  RequirementPath path, verification::Type type, const QDate &from);
    /// desk.end_requirement_rule: true when ended from @p to, false when withdrawn (not begun yet).
    static Result<bool> endRule(QSqlDatabase &db, const RequestKey &key, qint64 ruleId, const QDate &to);
};

} // namespace adesk
