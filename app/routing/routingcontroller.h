#pragma once

#include "models/compliance/verification.h"
#include "models/core/inflight.h"
#include "models/routing/routingtypes.h"

#include <QObject>
#include <QPointer>

namespace adesk {

class AnalyticsModel;
class CandidateModel;
class DbExecutor;
class DirectoryModel;
class RoutingPane;
class Session;

/// Turns the routing pane's intents into RoutingRepository calls on the executor's workers (never
/// SQL on the GUI thread) and fills its models. Owners preview and configure their workshops;
/// admins preview any workshop, read every workshop's routing, and look up past requests.
class RoutingController : public QObject {
    Q_OBJECT
public:
    RoutingController(DbExecutor *executor, const Identity &who, QObject *parent = nullptr);
    void attach(RoutingPane *pane);
    static RoutingPane *createPane(Session *session, QWidget *parent);

    CandidateModel *candidates() const { return m_candidates; }
    DirectoryModel *directory() const { return m_directory; }
    AnalyticsModel *analytics() const { return m_analytics; }

public slots:
    void start();
    void loadDirectory();
    void preview(const adesk::RoutingQuery &query);
    void whyMatched(qint64 requestId);
    void saveRouting(qint64 workshopId, const QString &routingType);
    void loadAnalytics(qint64 workshopId);

signals:
    void rankingShown();
    void directoryLoaded();
    void analyticsLoaded();

private:
    QPointer<DbExecutor> m_executor;
    Identity m_who;
    QPointer<RoutingPane> m_pane;
    CandidateModel *m_candidates;
    DirectoryModel *m_directory;
    AnalyticsModel *m_analytics;
    bool m_started = false;
    InFlight m_inflight;
};

} // namespace adesk
