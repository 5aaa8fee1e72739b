#pragma once

#include "models/core/inflight.h"
#include "models/core/result.h"
#include "models/earnings/earningstypes.h"
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

/// Turns the earnings pane's intents into EarningsRepository calls on the session's executor
/// (never on the GUI thread), feeds the results back to the pane, follows NOTIFY desk_earnings,
/// previews/prints a statement and runs the month's statements batch (StatementsBatch). The pane's
/// intents are connected to the named slots below; results go back through the pane's public slots.
class EarningsController : public QObject {
    Q_OBJECT
public:
    EarningsController(Session *session, EarningsPane *pane, LedgerModel *ledger, LedgerTotalsModel *totals,
                       QObject *parent = nullptr);

    /// Builds the pane, its models and its controller (owned by the pane) for @p session.
    static QWidget *createPane(Session *session, QWidget *parent);

public slots:
    /// Loads months, payees, charts and the first page (called when the pane is first shown).
    void start();
    // The pane's intents.
    void applyFilter(const adesk::LedgerFilter &filter);
    void showSplit(adesk::EventType eventType, qint64 eventId);
    void loadPayeeChart(const adesk::Payee &payee);
    /// The month's differences (with their causes) and payouts.
    void reconcile(const QDate &month);
    void schedulePayouts(const QDate &month);
    void markPaid(qint64 payoutId, int version, const QString &reference);
    void markFailed(qint64 payoutId, int version, const QString &reason);
    /// Posts @p events through the database's split (EarningsRepository::recordEach, a few events per
    /// job), with progress; a refused event is listed with why and the others go on.
    void postEvents(const QList<adesk::EventRef> &events);
    /// Posts every completed event of @p month missing from the ledger.
    void postAllMissing(const QDate &month);
    /// Stops posting after the job in flight.
    void cancelPost();
    /// Voids a bay-rental or membership charge with @p reason (reversal rows).
    void voidCharge(adesk::EventType kind, qint64 chargeId, const QString &reason);
    void exportCsv(const adesk::LedgerFilter &filter, const QString &path);
    /// Loads @p payee's statement of @p month and hands it to the pane, which previews it.
    void preview(const QDate &month, const adesk::Payee &payee);
    void runBatch(const QDate &month, const QString &directory);
    void cancelBatch();
    /// Every fee rule version (finance), then selects @p selectId when not 0.
    void loadFeeRules(qint64 selectId = 0);
    /// Writes a new fee version (desk.set_fee_rule) with a request key made for this intent.
    void setFeeRule(const adesk::FeeRuleChange &change);
    /// The fee on the owner's workshops' sessions (desk.workshop_platform_fee).
    void loadWorkshopFees();
    void loadPartnershipEarnings(const QDate &from, const QDate &to);

private:
    /// With a reports connection (Session::hasReports): reads how current it is and shows it in the
    /// pane ("data as of"); a standby that has not replayed everything it received yet gets the
    /// ledger and totals read again 2 s later, until it has (so a change notified by the primary
    /// and not yet replayed still shows up).
    void refreshDataAsOf();
    void loadCharts();
    void report(const QString &what, const QString &message);
    /// Reports a failed payout write, or reconciles the selected month again.
    void afterPayoutWrite(const Result<int> &r);
    /// Posts the next chunk of m_post.queue, or finishes.
    void postNext();
    void finishPosting();
    /// A refused fee change in plain words (who may change fees, what the database refused).
    static QString feeError(const DbError &error);

    QPointer<Session> m_session;
    EarningsPane *m_pane;
    LedgerModel *m_ledger;
    LedgerTotalsModel *m_totals;
    bool m_started = false;
    bool m_catchUpPending = false;       ///< refreshDataAsOf scheduled a re-read
    quint64 m_partnershipGeneration = 0; ///< drops a range's result when a later one was asked for
    QFuture<void> m_batch;
    struct PostRun {
        bool running = false;
        bool cancelled = false;
        QList<EventRef> queue;
        int total = 0;
        int done = 0;
        int posted = 0;
        int already = 0;
        QList<QPair<EventRef, QString>> refused;
    } m_post;
    InFlight m_inflight; ///< jobs whose continuations are bound to this controller
};

} // namespace adesk
