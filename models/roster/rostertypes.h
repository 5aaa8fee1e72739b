#pragma once

#include "models/compliance/verification.h"
#include "models/core/codes.h"
#include "models/partnerships/partnershiptypes.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace adesk {

// The roster vocabulary (migration 0015): the workshop's own mechanics and the invitations it sent.

/// An invitation's stored status (mechanic_invitations.status). "Expired" is not stored: a pending
/// invitation past its expiry (InvitationRow::isExpired).
enum class InvitationStatus : quint8 { Pending, Accepted, Revoked };
template <> struct CodeTable<InvitationStatus> {
    static constexpr const char *context = "Roster";
    static constexpr const char *codes[] = {"pending", "accepted", "revoked"};
    static constexpr const char *labels[] = {QT_TRANSLATE_NOOP("Roster", "Pending"),
                                             QT_TRANSLATE_NOOP("Roster", "Accepted"),
                                             QT_TRANSLATE_NOOP("Roster", "Revoked")};
};

/// One mechanic of the workshop (desk.get_available_workshop_mechanics).
struct RosterRow {
    qint64 mechanicId = 0;
    qint64 workshopId = 0;
    QString name;
    QString email;
    QString serviceTier; ///< code (ProgramTerms::tierLabel shows it)
    verification::Status compliance = verification::Status::Pending;
    bool physicalWork = false;
    bool autoApproved = false;
    QStringList missing;     ///< verification type codes still missing
    QDateTime nextBookingAt; ///< UTC; null when none
    int bookingsAhead = 0;
    qint64 partnershipId = 0;
    QString programType; ///< code, empty when no partnership
    std::optional<PartnershipStatus> partnershipStatus;
    int jobsThisMonth = 0;
    int rowVersion = 0;
};

/// An invitation, as owners and admins read it (never its token).
struct InvitationRow {
    qint64 id = 0;
    QString email;
    QDateTime createdAt;
    QDateTime expiresAt;
    InvitationStatus status = InvitationStatus::Pending;
    QDateTime acceptedAt;
    QDateTime revokedAt;
    QString revokedReason;
    int rowVersion = 0;
    bool isExpired(const QDateTime &now) const {
        return status == InvitationStatus::Pending && expiresAt <= now;
    }
};

/// A live booking ahead of a mechanic at the workshop (what unlinking would cancel).
struct BookingAhead {
    qint64 id = 0;
    QDateTime start; ///< UTC
    QDateTime end;
    QString bayName;
    QString status; ///< requested | confirmed | checked_in
};

/// A mechanic an admin may link (no workshop yet).
struct LinkCandidate {
    qint64 id = 0;
    QString name;
    QString email;
};

struct UnlinkResult {
    int rowVersion = 0;
    QList<qint64> cancelled;
};

} // namespace adesk
