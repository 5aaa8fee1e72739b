#pragma once

#include "models/core/inflight.h"

#include <QObject>
#include <QPointer>

namespace adesk {

class DbExecutor;
class KpiDashboardPane;
class Session;

/// Loads the platform KPIs (KpiRepository::report, migration 0022) for the dashboard's period on the
/// executor's workers, when the pane is first shown, when the period changes and on Refresh. A newer
/// load supersedes an older one (its answer is dropped).
class KpiController : public QObject {
    Q_OBJECT
public:
    KpiController(DbExecutor *executor, KpiDashboardPane *pane, QObject *parent = nullptr);

    static KpiDashboardPane *createPane(Session *session, QWidget *parent);

public slots:
    void reload();

signals:
    void loaded();

private:
    QPointer<DbExecutor> m_executor;
    QPointer<KpiDashboardPane> m_pane;
    int m_generation = 0;
    InFlight m_inflight;
};

} // namespace adesk
