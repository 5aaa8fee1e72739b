#pragma once

#include "models/compliance/verification.h"
#include "models/core/codes.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace adesk {

/// A reminder already sent about a verification (desk.verification_reminders).
struct ExpiryReminder {
    int thresholdDays = 0; ///< 60, 30 or 7
    QDateTime sentAt;      ///< UTC
};

/// One row of the expiry board (desk.expiry_board): an approved verification expiring soon and what
/// its expiry will withdraw.
struct ExpiryRow {
    qint64 verificationId = 0;
    verification::EntityType entityType = verification::EntityType::Mechanic;
    qint64 entityId = 0;
    QString entityName;
    QString province; ///< two-letter code, may be empty
    verification::Type type = verification::Type::BusinessLicense;
    QDate expiryDate;
    int daysLeft = 0; ///< negative: expired, not swept yet
    bool withdrawsPhysicalWork = false;
    int bookingsAtRisk = 0;
    int partnershipsAtRisk = 0;
    QList<ExpiryReminder> reminders; ///< widest threshold first
};

/// A transition period (desk.transition_periods).
struct TransitionPeriod {
    qint64 id = 0;
    QString name;
    QDate startsOn;
    QDate tierChoiceDeadline;
    QDate documentsDeadline;
};

/// What a mechanic has not done in a transition (desk.transition_laggards' `missed`).
enum class TransitionMiss : quint8 { TierChoice, Documents };
template <> struct CodeTable<TransitionMiss> {
    static constexpr const char *context = "Expiry";
    static constexpr const char *codes[] = {"tier_choice", "documents"};
    static constexpr const char *labels[] = {QT_TRANSLATE_NOOP("Expiry", "Service tier not chosen"),
                                             QT_TRANSLATE_NOOP("Expiry", "Documents not submitted")};
};

/// A mechanic lagging in a transition (desk.transition_laggards).
struct LaggardRow {
    qint64 mechanicId = 0;
    QString name;
    QString province;
    QString serviceTier; ///< code (ProgramTerms::tierLabel)
    QDateTime tierChosenAt;
    TransitionMiss missed = TransitionMiss::TierChoice;
    QDate deadline;
    int daysOverdue = 0; ///< negative: days left
};

} // namespace adesk
