#pragma once

#include "models/common/localizedname.h"
#include "models/compliance/verification.h"
#include "models/core/codes.h"
#include "models/earnings/earningstypes.h"
#include "models/partnerships/programterms.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace adesk {

// The partnership vocabulary (migration 0004). Each enum mirrors a CHECK list of the schema; the
// repository converts at its edge (toCode / fromCode, models/core/codes.h) and screens show
// labelOf().

/// What the owner does to a program (desk.set_program_status).
enum class ProgramAction : quint8 { Publish, Pause, Resume, Close };
template <> struct CodeTable<ProgramAction> {
    static constexpr const char *context = "Partnerships";
    static constexpr const char *codes[] = {"publish", "pause", "resume", "close"};
    static constexpr const char *labels[] = {
        QT_TRANSLATE_NOOP("Partnerships", "Publish"), QT_TRANSLATE_NOOP("Partnerships", "Pause"),
        QT_TRANSLATE_NOOP("Partnerships", "Resume"), QT_TRANSLATE_NOOP("Partnerships", "Close")};
};

/// A mechanic's application to a program (partnership_applications.status).
enum class ApplicationStatus : quint8 { Pending, Approved, Rejected, Withdrawn };
template <> struct CodeTable<ApplicationStatus> {
    static constexpr const char *context = "Partnerships";
    static constexpr const char *codes[] = {"pending", "approved", "rejected", "withdrawn"};
    static constexpr const char *labels[] = {
        QT_TRANSLATE_NOOP("Partnerships", "Pending"), QT_TRANSLATE_NOOP("Partnerships", "Approved"),
        QT_TRANSLATE_NOOP("Partnerships", "Rejected"), QT_TRANSLATE_NOOP("Partnerships", "Withdrawn")};
};

/// A partnership (partnerships.status) and its agreement (partnership_agreements.status, which is
/// active, suspended or terminated with it).
enum class PartnershipStatus : quint8 { Pending, Active, Suspended, Terminated };
template <> struct CodeTable<PartnershipStatus> {
    static constexpr const char *context = "Partnerships";
    static constexpr const char *codes[] = {"pending", "active", "suspended", "terminated"};
    static constexpr const char *labels[] = {
        QT_TRANSLATE_NOOP("Partnerships", "Awaiting acceptance"), QT_TRANSLATE_NOOP("Partnerships", "Active"),
        QT_TRANSLATE_NOOP("Partnerships", "Suspended"), QT_TRANSLATE_NOOP("Partnerships", "Terminated")};
};

/// The state a partnership and its agreement show, one rule for both (the Agreements and the
/// Partnerships tabs): nothing is in force until both sides accepted the agreement, whatever the
/// stored status (an agreement is stored "active" from its approval; its partnership "pending"
/// until the mechanic accepts). Suspended and terminated show as stored.
constexpr PartnershipStatus shownPartnershipStatus(PartnershipStatus stored, bool bothAccepted) {
    if (stored == PartnershipStatus::Active || stored == PartnershipStatus::Pending)
        return bothAccepted ? PartnershipStatus::Active : PartnershipStatus::Pending;
    return stored;
}

/// What the owner does to a partnership (desk.set_partnership_status).
enum class PartnershipAction : quint8 { Suspend, Reinstate, Terminate };
template <> struct CodeTable<PartnershipAction> {
    static constexpr const char *context = "Partnerships";
    static constexpr const char *codes[] = {"suspend", "reinstate", "terminate"};
    static constexpr const char *labels[] = {QT_TRANSLATE_NOOP("Partnerships", "Suspend"),
                                             QT_TRANSLATE_NOOP("Partnerships", "Reinstate"),
                                             QT_TRANSLATE_NOOP("Partnerships", "Terminate")};
};

/// When the workshop pays the mechanic (partnerships.payment_terms).
enum class PaymentTerm : quint8 { Net30, Net60, Immediate };
template <> struct CodeTable<PaymentTerm> {
    static constexpr const char *context = "Partnerships";
    static constexpr const char *codes[] = {"net_30", "net_60", "immediate"};
    static constexpr const char *labels[] = {QT_TRANSLATE_NOOP("Partnerships", "Net 30"),
                                             QT_TRANSLATE_NOOP("Partnerships", "Net 60"),
                                             QT_TRANSLATE_NOOP("Partnerships", "Immediate")};
};

/// Part and service categories are free text (partnership_parts.part_category,
/// partnership_labour_rates.service_category); the common ones are stored as codes ("brakes",
/// "engine", …) and shown with a label. Text that is not a known code is shown as typed.
QString categoryLabel(const QString &category);
/// The code of a category label (in English or French), or @p text itself.
QString categoryFromLabel(const QString &text);

/// One row of the programs list: status, current version and partner counts.
struct ProgramRow {
    qint64 id = 0;
    qint64 workshopId = 0;
    QString workshopName;
    QString name;
    QString nameFr; ///< empty when the program has no French name
    /// The name in the interface's language (localizedName).
    QString shownName() const { return localizedName(name, nameFr); }
    ProgramTerms::Type type = ProgramTerms::Type::RevenueShare;
    ProgramTerms::Status status = ProgramTerms::Status::Draft;
    int rowVersion = 0;
    int versionNo = 0;      ///< latest version number
    QDate effectiveFrom;    ///< of the version in effect today (or the latest)
    int activePartners = 0; ///< pending + active + suspended partnerships
    int maxPartners = 0;    ///< 0 = no limit
    int pendingApplications = 0;
};

/// One version of a program's terms (history list).
struct ProgramVersionInfo {
    qint64 id = 0;
    int versionNo = 0;
    QDate effectiveFrom;
    bool published = false;
};

/// A program opened in the editor: the latest version's terms.
struct ProgramDetail {
    qint64 id = 0;
    qint64 workshopId = 0;
    QString workshopName;
    QString workshopProvince; ///< a Quebec workshop's editor puts the French texts first
    ProgramTerms::Status status = ProgramTerms::Status::Draft;
    int rowVersion = 0;
    int versionNo = 0;
    ProgramTerms terms;
    QList<ProgramVersionInfo> versions;
};

/// One application in a program's queue, with the mechanic's profile.
struct ApplicationRow {
    qint64 id = 0;
    qint64 programId = 0;
    int versionNo = 0;
    qint64 mechanicId = 0;
    QString mechanicName;
    QString city;
    QString province;
    int ratingBp = -1; ///< -1: not rated yet
    int yearsExperience = 0;
    QString serviceTier;
    verification::Status complianceStatus = verification::Status::Pending;
    bool redSeal = false;
    QString language;
    QString message;
    ApplicationStatus status = ApplicationStatus::Pending;
    QDateTime submittedAt;
    QString reason;
    int rowVersion = 0;
    QStringList ineligibility; ///< desk.mechanic_ineligibility codes; empty = qualifies
    qint64 submittedUs = 0;    ///< paging key
};

struct AgreementRow {
    qint64 id = 0;
    qint64 programId = 0;
    QString programName;
    QString programNameFr; ///< empty when the program has no French name
    QString shownProgramName() const { return localizedName(programName, programNameFr); }
    qint64 mechanicId = 0;
    QString mechanicName;
    QString language; ///< en | fr
    PartnershipStatus status = PartnershipStatus::Active;
    QDate effectiveDate;
    QDate endDate;
    QString workshopAcceptedBy;
    QDateTime workshopAcceptedAt;
    QString mechanicAcceptedBy;
    QDateTime mechanicAcceptedAt;
    qint64 documentId = 0;
    QByteArray documentSha256;
    int rowVersion = 0;
    QJsonObject terms; ///< frozen at approval (desk.agreement_terms)
    QDateTime createdAt;
    /// What the screens show (shownPartnershipStatus); status stays the stored one.
    PartnershipStatus shownStatus() const {
        return shownPartnershipStatus(status, workshopAcceptedAt.isValid() && mechanicAcceptedAt.isValid());
    }
};

struct PartnershipRow {
    qint64 id = 0;
    qint64 programId = 0;
    QString programName;
    QString programNameFr; ///< empty when the program has no French name
    QString shownProgramName() const { return localizedName(programName, programNameFr); }
    qint64 mechanicId = 0;
    QString mechanicName;
    PartnershipStatus status = PartnershipStatus::Pending;
    qint64 agreementId = 0;
    bool agreementAccepted = false; ///< both sides accepted the agreement
    bool canCreateQuotes = false;
    bool quoteApprovalRequired = true;
    qint64 maxQuoteAmountCents = 0; ///< 0 = none
    int commissionBp = 0;
    PaymentTerm paymentTerms = PaymentTerm::Net30;
    QDate contractStart;
    QDate contractEnd;
    bool autoRenew = false;
    int rowVersion = 0;
    int parts = 0;
    int labourRates = 0;
    /// What the screens show (shownPartnershipStatus); status stays the stored one.
    PartnershipStatus shownStatus() const { return shownPartnershipStatus(status, agreementAccepted); }
};

struct PartRow {
    qint64 id = 0; ///< 0: new
    QString partNumber;
    QString partName;
    QString category;
    qint64 wholesaleCents = 0;
    qint64 retailCents = 0;
    int leadTimeDays = 0;
    QDate validFrom;
    QDate validUntil;
    bool operator==(const PartRow &) const = default;
};

struct LabourRateRow {
    qint64 id = 0; ///< 0: new
    QString serviceCategory;
    qint64 ratePerHourCents = 0;
    qint64 mechanicRateCents = 0;  ///< 0 = none
    int mechanicCommissionBp = -1; ///< -1 = none
    QDate validFrom;
    QDate validUntil;
    bool operator==(const LabourRateRow &) const = default;
};

/// The workshop whose programs an owner edits, with the platform fee new programs start from.
struct ProgramWorkshop {
    qint64 id = 0;
    QString name;
    int platformFeeBp = 2000;
    QString province;
};

/// The worked example of a program's terms, from the database: the workshop's fee on the version's
/// date (what a version written for that date freezes: the database sets it on save,
/// program_versions_fee) and desk.calculate_revenue_split of those terms with that fee (split empty
/// when the shares do not add up with the fee: the editor says so).
struct ProgramExample {
    QDate on;        ///< the version's date (the platform's today for a draft)
    WorkshopFee fee; ///< desk.workshop_platform_fee on that date (feeBp 0 when no rule applies)
    SplitExample split;
};

/// Paging key of an application queue: (submitted_at, id).
struct ApplicationKey {
    qint64 submittedUs = 0;
    qint64 id = 0;
};

} // namespace adesk
