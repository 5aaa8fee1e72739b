#pragma once

#include "models/core/inflight.h"
#include "models/earnings/statementdata.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

class QWidget;

namespace adesk {

class EarningsPane;
class LedgerModel;
class LedgerTotalsModel;
class Session;
struct Payee;

/// Turns the earnings pane's intents into EarningsRepository calls on the session's executor
/// (never on the GUI thread), feeds the results back to the pane, follows NOTIFY desk_earnings,
/// previews/prints a statement and runs the month's statements batch (StatementsBatch).
class EarningsController : public QObject {
    Q_OBJECT
public:
    EarningsController(Session *session, EarningsPane *pane, LedgerModel *ledger, LedgerTotalsModel *totals,
                       QObject *parent = nullptr);

    /// Loads months, payees, charts and the first page (called when the pane is first shown).
    void start();

    /// Builds the pane, its models and its controller (owned by the pane) for @p session.
    static QWidget *createPane(Session *session, QWidget *parent);

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void applyFilter(const struct LedgerFilter &filter);
    void loadCharts();
    void reconcile(const QDate &month);
    void preview(const QDate &month, const Payee &payee);
    void runBatch(const QDate &month, const QString &directory);
    void report(const QString &what, const QString &message);

    QPointer<Session> m_session;
    EarningsPane *m_pane;
    LedgerModel *m_ledger;
    LedgerTotalsModel *m_totals;
    bool m_started = false;
    QFuture<void> m_batch;
    InFlight m_inflight; ///< jobs whose continuations are bound to this controller
};

} // namespace adesk
