#pragma once

#include "models/core/codes.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace adesk {

/// What an override request asks a second admin to allow (migration 0021).
enum class OverrideKind : quint8 { ApproveFlaggedVerification, ChangeServiceTier };
template <> struct CodeTable<OverrideKind> {
    static constexpr const char *context = "Override";
    static constexpr const char *codes[] = {"approve_flagged_verification", "change_service_tier"};
    static constexpr const char *labels[] = {QT_TRANSLATE_NOOP("Override", "Approve a flagged document"),
                                             QT_TRANSLATE_NOOP("Override", "Change a service tier")};
};

enum class OverrideStatus : quint8 { Pending, Approved, Rejected };
template <> struct CodeTable<OverrideStatus> {
    static constexpr const char *context = "Override";
    static constexpr const char *codes[] = {"pending", "approved", "rejected"};
    static constexpr const char *labels[] = {QT_TRANSLATE_NOOP("Override", "Waiting for a second admin"),
                                             QT_TRANSLATE_NOOP("Override", "Approved"),
                                             QT_TRANSLATE_NOOP("Override", "Rejected")};
};

/// A mechanic's service tier (desk.mechanics.service_tier).
enum class MechanicServiceTier : quint8 { VirtualOnly, WorkshopAffiliated, LicensedMobile };
template <> struct CodeTable<MechanicServiceTier> {
    static constexpr const char *context = "Override";
    static constexpr const char *codes[] = {"virtual_only", "workshop_affiliated", "licensed_mobile"};
    static constexpr const char *labels[] = {QT_TRANSLATE_NOOP("Override", "Virtual only"),
                                             QT_TRANSLATE_NOOP("Override", "Workshop-affiliated"),
                                             QT_TRANSLATE_NOOP("Override", "Licensed mobile")};
};

/// One row of desk.override_requests with the names people read.
struct OverrideRow {
    qint64 id = 0;
    OverrideKind kind = OverrideKind::ApproveFlaggedVerification;
    qint64 targetId = 0;
    QString targetName;                          ///< the mechanic, or the verification's entity and document
    std::optional<MechanicServiceTier> fromTier; ///< tier changes only
    std::optional<MechanicServiceTier> toTier;   ///< tier changes only
    QString reason;
    QString requestedByName;
    QString requestedLogin;
    qint64 requestedBy = 0; ///< profile
    QDateTime requestedAt;
    OverrideStatus status = OverrideStatus::Pending;
    QString decidedByName;
    QDateTime decidedAt;
    QString decisionNote;
};

/// A mechanic offered by "Request tier change…".
struct TierCandidate {
    qint64 id = 0;
    QString name;
    MechanicServiceTier tier = MechanicServiceTier::VirtualOnly;
    bool hasWorkshop = false;
};

/// One submission of a requirement (desk.verification_history), oldest first.
struct HistoryEntry {
    qint64 id = 0;
    QString status; ///< SQL spelling (verification::statusFromSql)
    qint64 documentId = 0;
    QString documentName;
    QString licenseNumber;
    QString policyNumber;
    std::optional<qint64> coverageCents;
    QDate expiryDate;
    QDateTime submittedAt;
    QDateTime verifiedAt;
    QString decidedBy;
    QDateTime editFlaggedAt;
    QString editFlagReason;
};

} // namespace adesk
