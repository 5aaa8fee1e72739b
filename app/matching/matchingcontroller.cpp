#include "app/matching/matchingcontroller.h"

#include "app/shell/panejob.h"
#include "app/shell/session.h"
#include "models/core/dbexecutor.h"
#include "models/matching/matchingmodels.h"
#include "models/matching/matchingrepository.h"
#include "views/compliance/kpidashboardpane.h"
#include "views/matching/matchingkpiview.h"
#include "views/matching/matchingpane.h"

#include <QTabWidget>

#include <QTimer>

namespace adesk {

namespace {
/// Keeps the KPI tab's loads tied to the tab's life.
struct InFlightHolder : QObject {
    using QObject::QObject;
    InFlight inflight;
};
} // namespace

MatchingController::MatchingController(DbExecutor *executor, const Identity &who, MatchingPane *pane,
                                       LiveRequestsModel *live, OffersModel *offers,
                                       MatchingRulesModel *rules, QObject *parent)
    : QObject(parent)
    , m_executor(executor)
    , m_pane(pane)
    , m_live(live)
    , m_offers(offers)
    , m_rules(rules)
    , m_timer(new QTimer(this)) {
    Q_UNUSED(who)
    m_timer->setInterval(10 * 1000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (m_pane && m_pane->isVisible())
            reloadLive();
    });
    connect(pane, &MatchingPane::firstShown, this, [this] {
        reloadLive();
        reloadRules();
        m_timer->start();
    });
    connect(pane, &MatchingPane::refreshRequested, this, [this] {
        reloadLive();
        reloadRules();
    });
    connect(pane, &MatchingPane::requestSelected, this, &MatchingController::loadOffers);
    connect(pane, &MatchingPane::saveRuleRequested, this, &MatchingController::saveRule);
}

MatchingPane *MatchingController::createPane(Session *session, QWidget *parent) {
    const Identity &who = session->identity();
    auto *live = new LiveRequestsModel;
    auto *offers = new OffersModel;
    auto *rules = new MatchingRulesModel;
    auto *pane = new MatchingPane(live, offers, rules, who.isAdmin(), parent);
    live->setParent(pane);
    offers->setParent(pane);
    rules->setParent(pane);
    new MatchingController(session->executor(), who, pane, live, offers, rules, pane);
    return pane;
}

void MatchingController::addKpiTab(Session *session, KpiDashboardPane *dashboard) {
    auto *view = new MatchingKpiView;
    dashboard->tabs()->addTab(view, QObject::tr("Matching"));
    QPointer<DbExecutor> executor = session->executor();
    auto *inflight = new InFlightHolder(view);
    QObject::connect(view, &MatchingKpiView::loadRequested, view, [view, executor, inflight] {
        if (!executor)
            return;
        inflight->inflight
            .add(executor->run<QList<matching::KpiMonth>>(
                [](QSqlDatabase &db) { return MatchingRepository::kpis(db, MatchingKpiView::kMonths); }))
            .then(view, [view](const Result<QList<matching::KpiMonth>> &r) {
                if (!r) {
                    view->showError(r.error().userMessage());
                    return;
                }
                view->setMonths(*r);
            });
    });
}

void MatchingController::reloadLive() {
    if (!m_executor || !m_pane)
        return;
    const int generation = ++m_liveGeneration;
    m_inflight
        .add(m_executor->run<QList<matching::LiveRequest>>(
            [](QSqlDatabase &db) { return MatchingRepository::liveRequests(db); }))
        .then(this, [this, generation](const Result<QList<matching::LiveRequest>> &r) {
            if (!m_pane || generation != m_liveGeneration)
                return;
            if (!r) {
                m_pane->showMessage(r.error().userMessage(), true);
                return;
            }
            m_live->setRows(*r);
            if (m_pane->selectedRequest())
                loadOffers(m_pane->selectedRequest());
            emit liveLoaded();
        });
}

void MatchingController::loadOffers(qint64 requestId) {
    if (!m_executor || !m_pane)
        return;
    const int generation = ++m_offersGeneration;
    m_inflight
        .add(m_executor->run<QList<matching::Offer>>(
            [requestId](QSqlDatabase &db) { return MatchingRepository::offers(db, requestId); }))
        .then(this, [this, generation, requestId](const Result<QList<matching::Offer>> &r) {
            if (!m_pane || generation != m_offersGeneration)
                return;
            if (!r) {
                m_pane->showMessage(r.error().userMessage(), true);
                return;
            }
            m_pane->showOffersOf(requestId);
            m_offers->setRows(*r);
        });
}

void MatchingController::reloadRules() {
    if (!m_executor || !m_pane)
        return;
    // Unsaved edits survive a refresh of the live requests: the rules reload only when none is pending.
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        if (m_rules->isEdited(row))
            return;
    }
    runForPane<QList<matching::Rule>>(
        m_inflight, m_executor, this, m_pane, [](QSqlDatabase &db) { return MatchingRepository::rules(db); },
        [this](const QList<matching::Rule> &rules) {
            m_rules->setRules(rules);
            emit rulesLoaded();
        });
}

void MatchingController::saveRule(int row, const QString &code, int value) {
    if (!m_executor || !m_pane)
        return;
    const RequestKey key = RequestKey::create();
    runForPane<int>(
        m_inflight, m_executor, this, m_pane,
        [key, code, value](QSqlDatabase &db) { return MatchingRepository::setRule(db, key, code, value); },
        [this, row](int saved) { m_pane->ruleSaved(row, saved); });
}

} // namespace adesk
