#include "app/roster/rostercontroller.h"

#include "app/shell/session.h"
#include "models/bays/bookingrepository.h"
#include "models/core/dbexecutor.h"
#include "models/core/notificationlistener.h"
#include "models/roster/invitationmodel.h"
#include "models/roster/rostermodel.h"
#include "models/roster/rosterrepository.h"
#include "views/roster/rosterpane.h"

#include <QTimeZone>

namespace adesk {

namespace {
struct Loaded {
    QList<RosterRow> roster;
    QList<InvitationRow> invitations;
    QDateTime now;
};
struct UnlinkPlan {
    QList<BookingAhead> bookings;
};
} // namespace

RosterController::RosterController(DbExecutor *executor, NotificationListener *listener, const Identity &who,
                                   QObject *parent)
    : QObject(parent)
    , m_executor(executor)
    , m_who(who)
    , m_roster(new RosterModel(this))
    , m_invitations(new InvitationModel(this)) {
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(300);
    connect(&m_refresh, &QTimer::timeout, this, &RosterController::reload);
    if (listener) {
        connect(listener, &NotificationListener::notified, this,
                [this](const QString &channel, const QString &) {
                    if (m_started && (channel == u"desk_roster" || channel == u"desk_bookings" ||
                                      channel == u"desk_mechanics" || channel == u"desk_partnerships"))
                        m_refresh.start();
                });
        connect(listener, &NotificationListener::listening, this, [this] {
            if (m_started)
                reload();
        });
    }
}

void RosterController::attach(RosterPane *pane) {
    m_pane = pane;
    pane->setAdmin(m_who.isAdmin());
    connect(pane, &RosterPane::firstShown, this, &RosterController::start);
    connect(pane, &RosterPane::workshopChanged, this, &RosterController::reload);
    connect(pane, &RosterPane::inviteRequested, this, &RosterController::invite);
    connect(pane, &RosterPane::revokeRequested, this, &RosterController::revoke);
    connect(pane, &RosterPane::unlinkRequested, this, &RosterController::prepareUnlink);
    connect(pane, &RosterPane::unlinkConfirmed, this, &RosterController::unlink);
    connect(pane, &RosterPane::linkRequested, this, &RosterController::prepareLink);
    connect(pane, &RosterPane::linkConfirmed, this, &RosterController::link);
}

RosterPane *RosterController::createPane(Session *session, QWidget *parent) {
    auto *controller = new RosterController(session->executor(), session->listener(), session->identity());
    auto *pane = new RosterPane(controller->roster(), controller->invitations(), parent);
    controller->setParent(pane);
    controller->attach(pane);
    return pane;
}

void RosterController::start() {
    if (m_started || !m_executor)
        return;
    m_started = true;
    m_inflight
        .add(m_executor->run<QList<WorkshopRef>>(
            [](QSqlDatabase &db) { return BookingRepository::workshops(db); }))
        .then(this, [this](const Result<QList<WorkshopRef>> &r) {
            if (!m_pane)
                return;
            if (!r) {
                m_pane->showMessage(r.error().userMessage(), true);
                return;
            }
            QList<WorkshopRef> list;
            for (const WorkshopRef &w : r.value()) {
                if (!m_who.isOwner() || m_who.workshopIds.isEmpty() || m_who.workshopIds.contains(w.id))
                    list.append(w);
                m_zones.insert(w.id, w.timeZone);
            }
            if (list.isEmpty()) {
                m_pane->showMessage(tr("No workshop to show: your login manages none."), true);
                return;
            }
            m_pane->setWorkshops(list, list.first().id);
            reload();
        });
}

void RosterController::reload() {
    if (!m_executor || !m_pane)
        return;
    const qint64 workshop = m_pane->currentWorkshop();
    if (workshop <= 0)
        return;
    m_inflight
        .add(m_executor->run<Loaded>([workshop](QSqlDatabase &db) -> Result<Loaded> {
            Loaded l;
            const auto roster = RosterRepository::roster(db, workshop);
            if (!roster)
                return roster.error();
            const auto invitations = RosterRepository::invitations(db, workshop);
            if (!invitations)
                return invitations.error();
            l.roster = *roster;
            l.invitations = *invitations;
            l.now = QDateTime::currentDateTimeUtc();
            return l;
        }))
        .then(this, [this, workshop](const Result<Loaded> &r) {
            if (!m_pane || m_pane->currentWorkshop() != workshop)
                return;
            if (!r) {
                m_pane->showMessage(r.error().userMessage(), true);
                return;
            }
            const QTimeZone zone(m_zones.value(workshop).toUtf8());
            m_roster->setRows(r->roster, zone);
            m_invitations->setRows(r->invitations, zone, r->now);
            emit reloaded();
        });
}

void RosterController::invite(qint64 workshopId, const QString &email, int validDays) {
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<qint64>([=](QSqlDatabase &db) {
            return RosterRepository::invite(db, key, workshopId, email, validDays);
        }))
        .then(this, [this, email](const Result<qint64> &r) {
            if (!m_pane)
                return;
            m_pane->showMessage(r ? tr("Invitation to %1 recorded: the platform e-mails the link.").arg(email)
                                  : r.error().userMessage(),
                                !r);
            reload();
        });
}

void RosterController::revoke(qint64 invitationId, int rowVersion, const QString &reason) {
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<int>([=](QSqlDatabase &db) {
            return RosterRepository::revoke(db, key, invitationId, rowVersion, reason);
        }))
        .then(this, [this](const Result<int> &r) {
            if (!m_pane)
                return;
            m_pane->showMessage(
                r ? tr("Invitation revoked: its link no longer works.") : r.error().userMessage(), !r);
            reload();
        });
}

void RosterController::prepareUnlink(qint64 mechanicId) {
    const RosterRow *row = m_roster->rowOfId(mechanicId);
    if (!row || !m_pane)
        return;
    const qint64 workshop = row->workshopId;
    const int version = row->rowVersion;
    const QString name = row->name;
    m_inflight
        .add(m_executor->run<QList<BookingAhead>>(
            [=](QSqlDatabase &db) { return RosterRepository::bookingsAhead(db, mechanicId, workshop); }))
        .then(this, [this, mechanicId, version, name](const Result<QList<BookingAhead>> &r) {
            if (!m_pane)
                return;
            if (!r) {
                m_pane->showMessage(r.error().userMessage(), true);
                return;
            }
            m_pane->askUnlink(mechanicId, version, name, *r);
        });
}

void RosterController::unlink(qint64 mechanicId, int rowVersion, const QList<qint64> &cancelBookingIds,
                              const QString &reason) {
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<UnlinkResult>([=](QSqlDatabase &db) {
            return RosterRepository::unlink(db, key, mechanicId, rowVersion, cancelBookingIds, reason);
        }))
        .then(this, [this](const Result<UnlinkResult> &r) {
            if (!m_pane)
                return;
            if (!r) {
                // A booking made meanwhile: the list changed; the owner asks again with the new list.
                if (!RosterRepository::bookingsInTheWay(r.error()).isEmpty())
                    m_pane->showMessage(
                        tr("New bookings were made in the meantime: unlink again to see them. %1")
                            .arg(r.error().serverText()),
                        true);
                else
                    m_pane->showMessage(r.error().userMessage(), true);
            } else {
                m_pane->showMessage(r->cancelled.isEmpty() ? tr("Mechanic unlinked.")
                                                           : tr("Mechanic unlinked; %n booking(s) cancelled.",
                                                                nullptr, int(r->cancelled.size())),
                                    false);
            }
            reload();
        });
}

void RosterController::prepareLink() {
    if (!m_who.isAdmin())
        return;
    m_inflight
        .add(m_executor->run<QList<LinkCandidate>>(
            [](QSqlDatabase &db) { return RosterRepository::linkCandidates(db); }))
        .then(this, [this](const Result<QList<LinkCandidate>> &r) {
            if (!m_pane)
                return;
            if (!r)
                m_pane->showMessage(r.error().userMessage(), true);
            else
                m_pane->askLink(*r);
        });
}

void RosterController::link(qint64 mechanicId, qint64 workshopId, const QString &reason) {
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<int>([=](QSqlDatabase &db) {
            return RosterRepository::link(db, key, mechanicId, workshopId, reason);
        }))
        .then(this, [this](const Result<int> &r) {
            if (!m_pane)
                return;
            m_pane->showMessage(r ? tr("Mechanic linked to the workshop.") : r.error().userMessage(), !r);
            reload();
        });
}

} // namespace adesk
