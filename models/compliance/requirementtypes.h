#pragma once

#include "models/compliance/verification.h"
#include "models/core/codes.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace adesk {

// Requirements as a matrix (issue 15, migration 0020): who needs which documents, and the checklist
// of one entity beside the document under review.

/// The path a requirement rule applies to (requirement_rules.path): a mechanic's three paths, or a
/// workshop / mobile service (their entity type).
enum class RequirementPath : quint8 {
    Independent,
    WorkshopAffiliated,
    LicensedMobile,
    Workshop,
    MobileService
};
template <> struct CodeTable<RequirementPath> {
    static constexpr const char *context = "Requirements";
    static constexpr const char *codes[] = {"independent", "workshop_affiliated", "licensed_mobile",
                                            "workshop", "mobile_service"};
    static constexpr const char *labels[] = {
        QT_TRANSLATE_NOOP("Requirements", "Independent mechanic"),
        QT_TRANSLATE_NOOP("Requirements", "Workshop-affiliated mechanic"),
        QT_TRANSLATE_NOOP("Requirements", "Licensed mobile mechanic"),
        QT_TRANSLATE_NOOP("Requirements", "Workshop"), QT_TRANSLATE_NOOP("Requirements", "Mobile service")};
};
/// The entity type a path belongs to ('mechanic', 'workshop', 'mobile_service').
QString entityTypeOfPath(RequirementPath path);

/// The state of one required item (desk.entity_checklist.state).
enum class ChecklistState : quint8 { Approved, Expiring, Pending, Rejected, Expired, Missing };
template <> struct CodeTable<ChecklistState> {
    static constexpr const char *context = "Requirements";
    static constexpr const char *codes[] = {"approved", "expiring", "pending",
                                            "rejected", "expired",  "missing"};
    static constexpr const char *labels[] = {
        QT_TRANSLATE_NOOP("Requirements", "Approved"), QT_TRANSLATE_NOOP("Requirements", "Expiring"),
        QT_TRANSLATE_NOOP("Requirements", "Pending"),  QT_TRANSLATE_NOOP("Requirements", "Rejected"),
        QT_TRANSLATE_NOOP("Requirements", "Expired"),  QT_TRANSLATE_NOOP("Requirements", "Missing")};
};

/// One required item of an entity and its state.
struct ChecklistItem {
    verification::Type type = verification::Type::BusinessLicense;
    ChecklistState state = ChecklistState::Missing;
    qint64 verificationId = 0; ///< the verification behind the state; 0 when missing
    QDate expiryDate;          ///< null when none
    std::optional<int> daysLeft;
};

/// What approving a verification changes (desk.approval_effect), as the server's code and arguments.
struct ApprovalEffect {
    QString code; ///< completes | still_missing | renews | not_required | decided (empty: unknown)
    QString entityType;
    std::optional<RequirementPath> tier; ///< with completes
    int count = 0;                       ///< with still_missing
    QStringList types;                   ///< with still_missing: the other items missing (type codes)
    QString status;                      ///< with decided
    /// Reads the server's JSON object.
    static ApprovalEffect fromJson(const QByteArray &json);
};
/// The sentence shown under the checklist ("Approving completes the requirements: …"); translated.
QString approvalEffectSentence(const ApprovalEffect &effect);
/// The state's words with its days left ("Expiring in 12 days"); translated.
QString checklistStateText(const ChecklistItem &item);

/// The checklist of the entity of one verification, and the effect of approving that verification.
struct Checklist {
    qint64 verificationId = 0;
    QList<ChecklistItem> items;
    ApprovalEffect effect;
};

/// One row of the matrix (desk.requirement_rules).
struct RequirementRule {
    qint64 id = 0;
    QString province; ///< empty = every province
    QString entityType;
    RequirementPath path = RequirementPath::Workshop;
    verification::Type type = verification::Type::BusinessLicense;
    QDate effectiveFrom;
    QDate effectiveTo; ///< null = open; exclusive
};

} // namespace adesk
