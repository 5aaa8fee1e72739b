#pragma once

#include "models/bays/bayschedule.h"
#include "models/roster/rostertypes.h"
#include "views/common/lazypane.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace adesk {

class InvitationModel;
class RosterFilterModel;
class RosterModel;

/// The workshop's roster (issue 14): its mechanics with tier, compliance and what is missing, next
/// booking, partnership and this month's jobs, sortable and filtered; the invitations it sent.
/// Owners invite by e-mail, revoke pending invitations and unlink a mechanic (future bookings listed
/// first, a reason asked); admins choose the workshop and also link a mechanic. Emits intents only;
/// RosterController does the work and answers through the public slots.
class RosterPane : public LazyPane {
    Q_OBJECT
public:
    RosterPane(RosterModel *roster, InvitationModel *invitations, QWidget *parent = nullptr);

    void setAdmin(bool admin);
    qint64 currentWorkshop() const;
    QTableView *rosterView() const { return m_rosterView; }
    QTableView *invitationsView() const { return m_invitationsView; }
    RosterFilterModel *filter() const { return m_filter; }
    /// The mechanic selected in the roster (0: none).
    qint64 currentMechanic() const;

public slots:
    void setWorkshops(const QList<adesk::WorkshopRef> &workshops, qint64 current);
    void showMessage(const QString &text, bool error);
    /// Asks the owner to confirm unlinking @p mechanicId, listing @p bookings (they are cancelled
    /// with the reason given); emits unlinkConfirmed.
    void askUnlink(qint64 mechanicId, int rowVersion, const QString &name,
                   const QList<adesk::BookingAhead> &bookings);
    /// Asks an admin which of @p candidates to link to the current workshop, and why; emits linkConfirmed.
    void askLink(const QList<adesk::LinkCandidate> &candidates);

signals:
    void workshopChanged(qint64 workshopId);
    void inviteRequested(qint64 workshopId, const QString &email, int validDays);
    void revokeRequested(qint64 invitationId, int rowVersion, const QString &reason);
    /// The owner wants to unlink @p mechanicId: the controller loads the bookings ahead, then askUnlink.
    void unlinkRequested(qint64 mechanicId);
    void unlinkConfirmed(qint64 mechanicId, int rowVersion, const QList<qint64> &cancelBookingIds,
                         const QString &reason);
    void linkRequested();
    void linkConfirmed(qint64 mechanicId, qint64 workshopId, const QString &reason);

private:
    void askInvite();
    void askRevoke();
    void updateButtons();

    RosterModel *m_roster;
    InvitationModel *m_invitations;
    RosterFilterModel *m_filter;
    QComboBox *m_workshop;
    QLabel *m_workshopName;
    QLineEdit *m_search;
    QComboBox *m_show;
    QTableView *m_rosterView;
    QTableView *m_invitationsView;
    QPushButton *m_invite;
    QPushButton *m_unlink;
    QPushButton *m_link;
    QPushButton *m_revoke;
    QLabel *m_message;
    bool m_admin = false;
};

} // namespace adesk
