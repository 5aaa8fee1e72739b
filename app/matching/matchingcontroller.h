#pragma once

#include "models/compliance/verification.h"
#include "models/core/inflight.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace adesk {

class DbExecutor;
class KpiDashboardPane;
class MatchingKpiView;
class LiveRequestsModel;
class MatchingPane;
class MatchingRulesModel;
class OffersModel;
class Session;

/// Drives the Matching pane (migration 0025): loads the live requests when the pane is first shown,
/// every 10 seconds while it is visible and on F5; the selected request's offers; the rules, and
/// saves an admin's rule edit (keyed). Everything runs on the executor's workers.
class MatchingController : public QObject {
    Q_OBJECT
public:
    MatchingController(DbExecutor *executor, const Identity &who, MatchingPane *pane, LiveRequestsModel *live,
                       OffersModel *offers, MatchingRulesModel *rules, QObject *parent = nullptr);

    static MatchingPane *createPane(Session *session, QWidget *parent);
    /// Adds the "Matching" tab (the plan's KPIs, desk.kpi_matching) to the admins' dashboard; it
    /// loads the last MatchingKpiView::kMonths months when first shown.
    static void addKpiTab(Session *session, KpiDashboardPane *dashboard);

public slots:
    void reloadLive();
    void loadOffers(qint64 requestId);
    void reloadRules();
    void saveRule(int row, const QString &code, int value);

signals:
    void liveLoaded();
    void rulesLoaded();

private:
    QPointer<DbExecutor> m_executor;
    QPointer<MatchingPane> m_pane;
    LiveRequestsModel *m_live;
    OffersModel *m_offers;
    MatchingRulesModel *m_rules;
    QTimer *m_timer;
    int m_liveGeneration = 0;
    int m_offersGeneration = 0;
    InFlight m_inflight;
};

} // namespace adesk
