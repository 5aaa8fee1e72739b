#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace adesk {

// What the platform sends and records (issue 15, migration 0019_notices_audit): the audit log, the
// notifications sent, and bulk notices. Plain values, no SQL.

/// Filters of the audit log viewer; an empty or zero field does not filter.
struct AuditFilter {
    QString actor;     ///< login role, substring, case-insensitive
    QString action;    ///< exact action code (e.g. "verification_approved")
    QString tableName; ///< exact table name of the entity
    qint64 rowId = 0;  ///< entity row id (with tableName)
    qint64 workshopId = 0;
    QDate from; ///< first day included (the session's time zone)
    QDate to;   ///< last day included
    friend bool operator==(const AuditFilter &, const AuditFilter &) = default;
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    qint64 atUs = 0; ///< keyset key: microseconds since the epoch
    QString actor;
    QString action;
    QString tableName;
    qint64 rowId = 0; ///< 0: none
    qint64 workshopId = 0;
    QString workshopName;
    QString detail; ///< the JSON object, compact
};

/// Filters of the notifications viewer.
struct NotificationFilter {
    QString recipient; ///< recipient's name, substring, case-insensitive
    QString type;      ///< exact notification_type
    QDate from;
    QDate to;
    friend bool operator==(const NotificationFilter &, const NotificationFilter &) = default;
};

struct NotificationEntry {
    qint64 id = 0;
    QDateTime createdAt;
    qint64 createdUs = 0;
    bool toWorkshop = false; ///< recipient is a workshop (its owners), else a mechanic
    qint64 recipientId = 0;
    QString recipientName;
    QString type;
    QString title;
    QString message;
    QString actionUrl;
    bool read = false;
    qint64 verificationId = 0;
    QString verificationType;   ///< code, empty when not about a verification
    QString verificationEntity; ///< the verified entity's name
};

/// Who receives a bulk notice (desk.bulk_notice_recipients).
enum class AudienceKind { AllMechanics, VirtualOnly, WorkshopAffiliated, LicensedMobile, Workshops };

struct Audience {
    AudienceKind kind = AudienceKind::VirtualOnly;
    QString province; ///< two letters, empty: every province
    /// {"kind": "…", "province": "…"} as the SQL functions read it.
    QString toJson() const;
    static QString kindCode(AudienceKind kind);
    static QString kindLabel(AudienceKind kind);
};

struct BulkNoticeDraft {
    Audience audience;
    QString titleEn;
    QString titleFr;
    QString messageEn;
    QString messageFr;
    QString actionUrl;
    /// The compliance plan's announcement to mechanics ("Workshop Affiliation Now Available"), with
    /// its French translation, for the virtual-only mechanics.
    static BulkNoticeDraft workshopAffiliationTemplate();
};

struct BulkNoticeSent {
    qint64 id = 0;
    int recipients = 0;
};

} // namespace adesk
