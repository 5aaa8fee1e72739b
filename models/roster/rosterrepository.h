#pragma once

#include "models/core/requestkey.h"
#include "models/core/result.h"
#include "models/roster/rostertypes.h"

#include <QSqlDatabase>

namespace adesk {

/// Access to the roster (migration 0015). Reads go through row-level security (the view is
/// security_invoker); writes through the uuid-keyed SECURITY DEFINER functions.
class RosterRepository {
public:
    /// The mechanics of @p workshopId (desk.get_available_workshop_mechanics), by name.
    static Result<QList<RosterRow>> roster(QSqlDatabase &db, qint64 workshopId);
    /// The workshop's invitations, pending first, newest first (at most 500).
    static Result<QList<InvitationRow>> invitations(QSqlDatabase &db, qint64 workshopId);
    /// The mechanic's live bookings ahead at the workshop, in start order.
    static Result<QList<BookingAhead>> bookingsAhead(QSqlDatabase &db, qint64 mechanicId, qint64 workshopId);
    /// Mechanics without a workshop (admins link them), by name (at most 500).
    static Result<QList<LinkCandidate>> linkCandidates(QSqlDatabase &db);

    /// desk.invite_mechanic: the new invitation's id.
    static Result<qint64> invite(QSqlDatabase &db, const RequestKey &key, qint64 workshopId,
                                 const QString &email, int validDays);
    /// desk.revoke_invitation: the new row version.
    static Result<int> revoke(QSqlDatabase &db, const RequestKey &key, qint64 invitationId, int rowVersion,
                              const QString &reason);
    /// desk.unlink_mechanic. @p cancelBookingIds must name every booking ahead (else 23514 with
    /// DETAIL "bookings=…"), with @p reason.
    static Result<UnlinkResult> unlink(QSqlDatabase &db, const RequestKey &key, qint64 mechanicId,
                                       int rowVersion, const QList<qint64> &cancelBookingIds,
                                       const QString &reason);
    /// desk.link_mechanic (admins): the mechanic's new row version.
    static Result<int> link(QSqlDatabase &db, const RequestKey &key, qint64 mechanicId, qint64 workshopId,
                            const QString &reason);

    /// The booking ids of a "bookings in the way" refusal (DETAIL "bookings=1,2,3"); empty otherwise.
    static QList<qint64> bookingsInTheWay(const DbError &error);
};

} // namespace adesk
