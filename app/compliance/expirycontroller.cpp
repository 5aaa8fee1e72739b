#include "app/compliance/expirycontroller.h"

#include "app/shell/session.h"
#include "models/compliance/expiryboardmodel.h"
#include "models/compliance/expiryrepository.h"
#include "models/compliance/laggardmodel.h"
#include "models/core/dbexecutor.h"
#include "models/core/notificationlistener.h"
#include "views/compliance/expirypane.h"

namespace adesk {

namespace {
/// The board loads the widest window; the pane filters 7 / 30 / 60 days locally.
constexpr int kBoardDays = 60;
} // namespace

ExpiryController::ExpiryController(DbExecutor *executor, NotificationListener *listener, QObject *parent)
    : QObject(parent)
    , m_executor(executor)
    , m_board(new ExpiryBoardModel(this))
    , m_laggards(new LaggardModel(this)) {
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(500);
    connect(&m_refresh, &QTimer::timeout, this, &ExpiryController::reload);
    if (listener) {
        connect(listener, &NotificationListener::notified, this,
                [this](const QString &channel, const QString &) {
                    if (m_started && (channel == u"desk_verifications" || channel == u"desk_mechanics" ||
                                      channel == u"desk_bookings" || channel == u"desk_partnerships"))
                        m_refresh.start();
                });
        connect(listener, &NotificationListener::listening, this, [this] {
            if (m_started)
                reload();
        });
    }
}

void ExpiryController::attach(ExpiryPane *pane) {
    m_pane = pane;
    connect(pane, &ExpiryPane::firstShown, this, &ExpiryController::start);
    connect(pane, &ExpiryPane::refreshRequested, this, &ExpiryController::reload);
    connect(pane, &ExpiryPane::transitionChanged, this, &ExpiryController::loadLaggards);
    connect(pane, &ExpiryPane::createTransitionRequested, this, &ExpiryController::createTransition);
}

ExpiryPane *ExpiryController::createPane(Session *session, QWidget *parent) {
    auto *controller = new ExpiryController(session->executor(), session->listener());
    auto *pane = new ExpiryPane(controller->board(), controller->laggards(), parent);
    controller->setParent(pane);
    controller->attach(pane);
    return pane;
}

void ExpiryController::start() {
    if (m_started || !m_executor)
        return;
    m_started = true;
    reload();
    loadTransitions(0);
}

void ExpiryController::reload() {
    if (!m_executor || !m_pane)
        return;
    m_inflight
        .add(m_executor->run<QList<ExpiryRow>>(
            [](QSqlDatabase &db) { return ExpiryRepository::board(db, kBoardDays); }))
        .then(this, [this](const Result<QList<ExpiryRow>> &r) {
            if (!m_pane)
                return;
            if (!r) {
                m_pane->showMessage(r.error().userMessage(), true);
                return;
            }
            m_board->setRows(*r);
            emit reloaded();
        });
    if (m_pane->currentTransition() > 0)
        loadLaggards(m_pane->currentTransition());
}

void ExpiryController::loadTransitions(qint64 select) {
    m_inflight
        .add(m_executor->run<QList<TransitionPeriod>>(
            [](QSqlDatabase &db) { return ExpiryRepository::transitions(db); }))
        .then(this, [this, select](const Result<QList<TransitionPeriod>> &r) {
            if (!m_pane)
                return;
            if (!r) {
                m_pane->showMessage(r.error().userMessage(), true);
                return;
            }
            m_pane->setTransitions(*r, select);
        });
}

void ExpiryController::loadLaggards(qint64 transitionId) {
    if (!m_executor)
        return;
    if (transitionId <= 0) {
        m_laggards->setRows({});
        return;
    }
    m_inflight
        .add(m_executor->run<QList<LaggardRow>>(
            [transitionId](QSqlDatabase &db) { return ExpiryRepository::laggards(db, transitionId); }))
        .then(this, [this, transitionId](const Result<QList<LaggardRow>> &r) {
            if (!m_pane || m_pane->currentTransition() != transitionId)
                return;
            if (!r) {
                m_pane->showMessage(r.error().userMessage(), true);
                return;
            }
            m_laggards->setRows(*r);
            emit laggardsLoaded();
        });
}

void ExpiryController::createTransition(const QString &name, const QDate &startsOn,
                                        const QDate &tierChoiceDeadline, const QDate &documentsDeadline) {
    if (!m_executor)
        return;
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<qint64>([=](QSqlDatabase &db) {
            return ExpiryRepository::createTransition(db, key, name, startsOn, tierChoiceDeadline,
                                                      documentsDeadline);
        }))
        .then(this, [this](const Result<qint64> &r) {
            if (!m_pane)
                return;
            m_pane->showMessage(r ? tr("Transition period created.") : r.error().userMessage(), !r);
            if (r)
                loadTransitions(*r);
        });
}

} // namespace adesk
