#pragma once

#include "models/common/money.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace adesk {

/// Vocabulary of the compliance review (seed compliance-migration-plan.md). The enum values are
/// stored compactly in the queue model; the SQL text values are the database's.
namespace verification {

enum class Status : quint8 { Pending, Approved, Rejected, Expired, Superseded };
enum class Type : quint8 {
    BusinessLicense,
    Insurance,
    Zoning,
    Certification,
    Employment,
    Ownership,
    EnvironmentalCompliance, ///< a workshop's environmental compliance (0020)
    MvisLicense,             ///< Ontario's Motor Vehicle Inspection Station licence (0020)
};
/// Every type, in the enum's order (filters, column widths, the requirements pane).
const QList<Type> &allTypes();
enum class EntityType : quint8 { Mechanic, Workshop, MobileService };

Status statusFromSql(const QString &s);
QString statusToSql(Status s);
QString statusLabel(Status s); ///< translated

Type typeFromSql(const QString &s);
QString typeToSql(Type t);
QString typeLabel(Type t); ///< translated

EntityType entityTypeFromSql(const QString &s);
QString entityTypeToSql(EntityType e);
QString entityTypeLabel(EntityType e); ///< translated

/// Canadian provinces and territories, two-letter codes, in a stable order (index = stored byte).
const QStringList &provinceCodes();
QString provinceName(const QString &code); ///< translated

/// Target review time: items older than this are overdue (seed: "review within 2-3 business days",
/// desk target 48 h).
constexpr qint64 kReviewTargetSecs = 48 * 3600;

} // namespace verification

/// Everything the review pane shows about one verification (loaded when it is opened).
struct VerificationDetail {
    qint64 id = 0;
    int version = 0;
    verification::EntityType entityType = verification::EntityType::Mechanic;
    qint64 entityId = 0;
    QString entityName;
    QString province;
    verification::Type type = verification::Type::BusinessLicense;
    verification::Status status = verification::Status::Pending;
    QString licenseNumber;
    QString policyNumber;
    std::optional<Money> coverageAmount;
    QDate expiryDate; ///< null when the document has none
    QString rejectionReasonCode;
    QString rejectionNote;
    QDateTime infoRequestedAt;
    QString infoRequestNote;
    QString verifiedByName;
    QDateTime verifiedAt;
    QDateTime submittedAt;
    QString claimedBy;
    QDateTime claimExpiresAt;
    // Document metadata (bytes are fetched separately).
    qint64 documentId = 0; ///< 0 when no document is attached
    QString fileName;
    QString mimeType;
    qint64 sizeBytes = 0;
    QByteArray sha256; ///< 32 raw bytes
    QDateTime uploadedAt;
    QString storageUrl; ///< set when the bytes live in object storage instead of the row
    // Entity context
    QString serviceTier;
    QString complianceStatus;
    bool canPerformPhysicalWork = false;
};

/// The fields an admin may correct before deciding (sent as p_fields to desk.decide_verification).
struct VerificationFields {
    QString licenseNumber;
    QString policyNumber;
    std::optional<Money> coverageAmount;
    QDate expiryDate;
};

/// A document's bytes with its integrity verdict.
struct DocumentBytes {
    qint64 documentId = 0;
    QByteArray bytes;
    QString mimeType;
    QString fileName;
    bool sha256Matches = false;
};

struct RejectionReason {
    QString code;
    QString label; ///< in the UI language
};

/// The signed-in person (desk.whoami()).
struct Identity {
    QString loginRole;
    QString deskRole; ///< platform_admin | finance | workshop_owner
    qint64 profileId = 0;
    QString fullName;
    QString preferredLanguage;
    QList<qint64> workshopIds;
    bool isAdmin() const { return deskRole == u"platform_admin"; }
    bool isFinance() const { return deskRole == u"finance"; }
    bool isOwner() const { return deskRole == u"workshop_owner"; }
    bool operator==(const Identity &) const = default;
};

// ----- the review queue ----------------------------------------------------------------------

/// Filter of the review queue, applied in SQL. Empty strings mean "any".
struct QueueFilter {
    QString status;              ///< pending | approved | rejected | expired
    QString verificationType;    ///< business_license | insurance | …
    QString entityType;          ///< mechanic | workshop | mobile_service
    QString province;            ///< two-letter code
    int expiringWithinDays = -1; ///< ≥ 0: expiry date between today and today + N (server's date)
    QString text;                ///< substring of entity name, licence or policy number (case-insensitive)
    bool operator==(const QueueFilter &) const = default;
};

/// Sort orders the queue offers; each has an index (migration 0001) so keyset paging stays fast.
enum class QueueSort { Submitted, Expiry, EntityName };

/// The key of the last row of a page: rows after it come next. Shapes: submittedUs is microseconds
/// since the Unix epoch (UTC, exact, as timestamptz stores it); expiryDays is days since 1970-01-01
/// (INT32_MAX for "no expiry date", sorting last); entityName is the raw name.
struct QueueKey {
    qint64 id = 0;
    qint64 submittedUs = 0;
    qint32 expiryDays = 0;
    QString entityName;
};

/// One queue row as fetched (strings not yet interned).
struct QueueRowData {
    qint64 id = 0;
    qint64 submittedUs = 0;
    qint32 expiryDays = 0;
    QString entityName;
    quint8 entityType = 0;
    quint8 type = 0;
    quint8 status = 0;
    quint8 province = 0xff; ///< index into verification::provinceCodes(), 0xff = none
    QString claimedBy;      ///< empty when nobody holds a live lease
    quint32 claimExpiresSecs = 0;
    bool infoRequested = false;
};

} // namespace adesk

Q_DECLARE_METATYPE(adesk::VerificationDetail)
Q_DECLARE_METATYPE(adesk::QueueFilter)
