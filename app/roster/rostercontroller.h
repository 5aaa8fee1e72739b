#pragma once

#include "models/bays/bayschedule.h"
#include "models/compliance/verification.h"
#include "models/core/inflight.h"
#include "models/roster/rostertypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace adesk {

class DbExecutor;
class InvitationModel;
class NotificationListener;
class RosterModel;
class RosterPane;
class Session;

/// Turns the roster pane's intents into RosterRepository calls on the executor's workers and keeps
/// its models current (desk_roster and desk_bookings notifications, reload after a reconnect).
/// Owners manage their workshop's roster; admins choose any workshop and may also link mechanics.
class RosterController : public QObject {
    Q_OBJECT
public:
    RosterController(DbExecutor *executor, NotificationListener *listener, const Identity &who,
                     QObject *parent = nullptr);
    /// Connects @p pane's intents; results go back through its public slots.
    void attach(RosterPane *pane);

    /// The pane with its models and a controller it owns.
    static RosterPane *createPane(Session *session, QWidget *parent);

    RosterModel *roster() const { return m_roster; }
    InvitationModel *invitations() const { return m_invitations; }

public slots:
    void start();
    void reload();
    void invite(qint64 workshopId, const QString &email, int validDays);
    void revoke(qint64 invitationId, int rowVersion, const QString &reason);
    void prepareUnlink(qint64 mechanicId);
    void unlink(qint64 mechanicId, int rowVersion, const QList<qint64> &cancelBookingIds,
                const QString &reason);
    void prepareLink();
    void link(qint64 mechanicId, qint64 workshopId, const QString &reason);

signals:
    void reloaded();

private:
    QPointer<DbExecutor> m_executor;
    Identity m_who;
    QPointer<RosterPane> m_pane;
    RosterModel *m_roster;
    InvitationModel *m_invitations;
    QHash<qint64, QString> m_zones; ///< workshop -> IANA zone
    bool m_started = false;
    QTimer m_refresh;
    InFlight m_inflight;
};

} // namespace adesk
