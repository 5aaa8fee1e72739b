#include "app/compliance/overridescontroller.h"

#include "app/shell/session.h"
#include "models/compliance/overridemodel.h"
#include "models/compliance/overriderepository.h"
#include "models/core/dbexecutor.h"
#include "models/core/notificationlistener.h"
#include "views/compliance/overridespane.h"

namespace adesk {

OverridesController::OverridesController(DbExecutor *executor, NotificationListener *listener,
                                         const Identity &who, QObject *parent)
    : QObject(parent)
    , m_executor(executor)
    , m_who(who)
    , m_pending(new OverrideModel(this))
    , m_decided(new OverrideModel(this)) {
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(300);
    connect(&m_refresh, &QTimer::timeout, this, &OverridesController::reload);
    if (listener) {
        connect(listener, &NotificationListener::notified, this,
                [this](const QString &channel, const QString &) {
                    if (m_started && (channel == u"desk_overrides" || channel == u"desk_mechanics"))
                        m_refresh.start();
                });
        connect(listener, &NotificationListener::listening, this, [this] {
            if (m_started)
                reload();
        });
    }
}

void OverridesController::attach(OverridesPane *pane) {
    m_pane = pane;
    connect(pane, &OverridesPane::firstShown, this, &OverridesController::start);
    connect(pane, &OverridesPane::decideRequested, this, &OverridesController::decide);
    connect(pane, &OverridesPane::tierChangeRequested, this, &OverridesController::prepareTierChange);
    connect(pane, &OverridesPane::tierChangeConfirmed, this, &OverridesController::requestTierChange);
}

OverridesPane *OverridesController::createPane(Session *session, QWidget *parent) {
    auto *controller = new OverridesController(session->executor(), session->listener(), session->identity());
    auto *pane = new OverridesPane(controller->pending(), controller->decided(), parent);
    controller->setParent(pane);
    controller->attach(pane);
    return pane;
}

void OverridesController::start() {
    if (m_started || !m_executor)
        return;
    m_started = true;
    reload();
}

void OverridesController::reload() {
    if (!m_executor || !m_pane)
        return;
    m_inflight
        .add(m_executor->run<QList<OverrideRow>>(
            [](QSqlDatabase &db) { return OverrideRepository::overrides(db); }))
        .then(this, [this](const Result<QList<OverrideRow>> &r) {
            if (!m_pane)
                return;
            if (!r) {
                m_pane->showMessage(r.error().userMessage(), true);
                return;
            }
            QList<OverrideRow> pending;
            QList<OverrideRow> decided;
            for (const OverrideRow &o : r.value())
                (o.status == OverrideStatus::Pending ? pending : decided).append(o);
            m_pending->setRows(pending, m_who.profileId, m_who.loginRole);
            m_decided->setRows(decided, m_who.profileId, m_who.loginRole);
            emit reloaded();
        });
}

void OverridesController::decide(qint64 overrideId, bool approve, const QString &note) {
    if (!m_executor)
        return;
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<OverrideStatus>(
            [=](QSqlDatabase &db) { return OverrideRepository::decide(db, key, overrideId, approve, note); }))
        .then(this, [this](const Result<OverrideStatus> &r) {
            if (!m_pane)
                return;
            if (!r)
                m_pane->showMessage(r.error().userMessage(), true);
            else
                m_pane->showMessage(r.value() == OverrideStatus::Approved ? tr("Override approved.")
                                                                          : tr("Override rejected."),
                                    false);
            reload();
        });
}

void OverridesController::prepareTierChange() {
    if (!m_executor)
        return;
    m_inflight
        .add(m_executor->run<QList<TierCandidate>>(
            [](QSqlDatabase &db) { return OverrideRepository::tierCandidates(db); }))
        .then(this, [this](const Result<QList<TierCandidate>> &r) {
            if (!m_pane)
                return;
            if (!r) {
                m_pane->showMessage(r.error().userMessage(), true);
                return;
            }
            m_pane->askTierChange(r.value());
        });
}

void OverridesController::requestTierChange(qint64 mechanicId, MechanicServiceTier tier,
                                            const QString &reason) {
    if (!m_executor)
        return;
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<qint64>([=](QSqlDatabase &db) {
            return OverrideRepository::requestTierChange(db, key, mechanicId, tier, reason);
        }))
        .then(this, [this](const Result<qint64> &r) {
            if (!m_pane)
                return;
            if (!r)
                m_pane->showMessage(r.error().userMessage(), true);
            else
                m_pane->showMessage(tr("Tier change requested: another admin must approve it."), false);
            reload();
        });
}

} // namespace adesk
