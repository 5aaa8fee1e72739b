#include "app/routing/routingcontroller.h"

#include "app/shell/panejob.h"
#include "app/shell/session.h"
#include "models/bays/bookingrepository.h"
#include "models/core/dbexecutor.h"
#include "models/routing/candidatemodel.h"
#include "models/routing/directorymodel.h"
#include "models/routing/routingrepository.h"
#include "views/routing/routingpane.h"

namespace adesk {

RoutingController::RoutingController(DbExecutor *executor, const Identity &who, QObject *parent)
    : QObject(parent)
    , m_executor(executor)
    , m_who(who)
    , m_candidates(new CandidateModel(this))
    , m_directory(new DirectoryModel(this))
    , m_analytics(new AnalyticsModel(this)) {}

void RoutingController::attach(RoutingPane *pane) {
    m_pane = pane;
    pane->setAdmin(m_who.isAdmin());
    connect(pane, &RoutingPane::firstShown, this, &RoutingController::start);
    connect(pane, &RoutingPane::previewRequested, this, &RoutingController::preview);
    connect(pane, &RoutingPane::whyMatchedRequested, this, &RoutingController::whyMatched);
    connect(pane, &RoutingPane::routingSaveRequested, this, &RoutingController::saveRouting);
    connect(pane, &RoutingPane::analyticsRequested, this, &RoutingController::loadAnalytics);
}

RoutingPane *RoutingController::createPane(Session *session, QWidget *parent) {
    auto *controller = new RoutingController(session->executor(), session->identity());
    auto *pane =
        new RoutingPane(controller->candidates(), controller->directory(), controller->analytics(), parent);
    controller->setParent(pane);
    controller->attach(pane);
    return pane;
}

void RoutingController::start() {
    if (m_started || !m_executor)
        return;
    m_started = true;
    runForPane<QList<WorkshopRef>>(
        m_inflight, m_executor, this, m_pane,
        [](QSqlDatabase &db) { return BookingRepository::workshops(db); },
        [this](const QList<WorkshopRef> &workshops) {
            QList<WorkshopRef> list;
            for (const WorkshopRef &w : workshops) {
                if (!m_who.isOwner() || m_who.workshopIds.contains(w.id))
                    list.append(w);
            }
            m_pane->setWorkshops(list);
            loadDirectory();
            runForPane<QHash<qint64, QString>>(
                m_inflight, m_executor, this, m_pane,
                [](QSqlDatabase &db) { return RoutingRepository::workshopPostalCodes(db); },
                [this](const QHash<qint64, QString> &codes) {
                    m_pane->setPostalCodes(codes);
                    m_pane->requestPreview();
                });
        });
}

void RoutingController::loadDirectory() {
    runForPane<QList<DirectoryRow>>(
        m_inflight, m_executor, this, m_pane,
        [](QSqlDatabase &db) { return RoutingRepository::directory(db); },
        [this](const QList<DirectoryRow> &rows) {
            m_directory->setRows(rows);
            for (const DirectoryRow &row : rows)
                m_pane->setWorkshopRouting(row.workshopId, row.routingType);
            const bool first = m_analytics->rowCount() == 0;
            if (first && !rows.isEmpty())
                m_pane->selectInDirectory(m_who.isOwner() && !m_who.workshopIds.isEmpty()
                                              ? m_who.workshopIds.first()
                                              : rows.first().workshopId);
            emit directoryLoaded();
        });
}

void RoutingController::preview(const RoutingQuery &query) {
    runForPane<QList<RoutingCandidate>>(
        m_inflight, m_executor, this, m_pane,
        [query](QSqlDatabase &db) { return RoutingRepository::preview(db, query); },
        [this](const QList<RoutingCandidate> &rows) {
            m_candidates->setRows(rows);
            m_pane->showRanking(0);
            emit rankingShown();
        });
}

void RoutingController::whyMatched(qint64 requestId) {
    runForPane<QList<RoutingCandidate>>(
        m_inflight, m_executor, this, m_pane,
        [requestId](QSqlDatabase &db) { return RoutingRepository::whyMatched(db, requestId); },
        [this, requestId](const QList<RoutingCandidate> &rows) {
            m_candidates->setRows(rows);
            m_pane->showRanking(requestId);
            emit rankingShown();
        });
}

void RoutingController::saveRouting(qint64 workshopId, const QString &routingType) {
    const RequestKey key = RequestKey::create();
    runForPane<QString>(
        m_inflight, m_executor, this, m_pane,
        [=](QSqlDatabase &db) {
            return RoutingRepository::setWorkshopRouting(db, key, workshopId, routingType);
        },
        [this, workshopId](const QString &saved) {
            m_pane->setWorkshopRouting(workshopId, saved);
            m_pane->showMessage(tr("Default routing saved: %1.").arg(CandidateModel::routingTypeText(saved)),
                                false);
            loadDirectory();
        });
}

void RoutingController::loadAnalytics(qint64 workshopId) {
    runForPane<QList<AnalyticsMonth>>(
        m_inflight, m_executor, this, m_pane,
        [workshopId](QSqlDatabase &db) { return RoutingRepository::analytics(db, workshopId, 12); },
        [this](const QList<AnalyticsMonth> &rows) {
            m_analytics->setRows(rows);
            emit analyticsLoaded();
        });
}

} // namespace adesk
