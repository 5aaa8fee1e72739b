#pragma once

#include "models/compliance/overridetypes.h"
#include "models/core/requestkey.h"
#include "models/core/result.h"

#include <QSqlDatabase>

namespace adesk {

/// Overrides with a second admin and the history of a requirement (migration 0021). Reads go
/// through row-level security (admins only); writes through the uuid-keyed SECURITY DEFINER
/// functions.
class OverrideRepository {
public:
    /// Every override request, pending first, then the newest decided (at most 500).
    static Result<QList<OverrideRow>> overrides(QSqlDatabase &db);
    /// Mechanics whose tier an admin may ask to change, by name (at most 1000).
    static Result<QList<TierCandidate>> tierCandidates(QSqlDatabase &db);
    /// desk.verification_history(@p verificationId): every submission of that requirement.
    static Result<QList<HistoryEntry>> history(QSqlDatabase &db, qint64 verificationId);
    /// Whether an approved override lets the flagged verification @p verificationId be approved.
    static Result<bool> hasApprovedOverride(QSqlDatabase &db, qint64 verificationId);

    /// desk.flag_verification_edited: the verification's new row version.
    static Result<int> flagEdited(QSqlDatabase &db, const RequestKey &key, qint64 verificationId,
                                  const QString &reason);
    /// desk.request_override for a flagged verification: the request's id.
    static Result<qint64> requestFlaggedApproval(QSqlDatabase &db, const RequestKey &key,
                                                 qint64 verificationId, const QString &reason);
    /// desk.request_override for a tier change: the request's id.
    static Result<qint64> requestTierChange(QSqlDatabase &db, const RequestKey &key, qint64 mechanicId,
                                            MechanicServiceTier tier, const QString &reason);
    /// desk.decide_override: the request's new status.
    static Result<OverrideStatus> decide(QSqlDatabase &db, const RequestKey &key, qint64 overrideId,
                                         bool approve, const QString &note);
};

} // namespace adesk
