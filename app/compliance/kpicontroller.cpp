#include "app/compliance/kpicontroller.h"

#include "app/shell/session.h"
#include "models/compliance/kpirepository.h"
#include "models/core/dbexecutor.h"
#include "views/compliance/kpidashboardpane.h"

namespace adesk {

KpiController::KpiController(DbExecutor *executor, KpiDashboardPane *pane, QObject *parent)
    : QObject(parent)
    , m_executor(executor)
    , m_pane(pane) {
    connect(pane, &KpiDashboardPane::firstShown, this, &KpiController::reload);
    connect(pane, &KpiDashboardPane::periodChanged, this, &KpiController::reload);
    connect(pane, &KpiDashboardPane::refreshRequested, this, &KpiController::reload);
}

KpiDashboardPane *KpiController::createPane(Session *session, QWidget *parent) {
    auto *pane = new KpiDashboardPane(parent);
    new KpiController(session->reportsExecutor(), pane, pane); // heavy reads (issue 19)
    return pane;
}

void KpiController::reload() {
    if (!m_executor || !m_pane)
        return;
    const QDate today = QDate::currentDate();
    const auto [from, to] = kpi::lastMonths(today, m_pane->periodMonths());
    const int generation = ++m_generation;
    m_pane->setBusy(true);
    m_inflight
        .add(m_executor->run<kpi::Report>(
            [from, to](QSqlDatabase &db) { return KpiRepository::report(db, from, to); }))
        .then(this, [this, generation, today](const Result<kpi::Report> &r) {
            if (!m_pane || generation != m_generation)
                return;
            m_pane->setBusy(false);
            if (!r) {
                m_pane->showMessage(r.error().userMessage(), true);
                return;
            }
            m_pane->setReport(*r, today);
            emit loaded();
        });
}

} // namespace adesk
