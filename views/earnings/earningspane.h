#pragma once

#include "models/earnings/earningstypes.h"
#include "models/earnings/statementdata.h"
#include "views/common/lazypane.h"

#include <QHash>

class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPrinter;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTabWidget;

namespace adesk {

class FeeRulesPanel;
class LedgerModel;
class LedgerTotalsModel;
class PartnershipEarningsPanel;

/// The earnings pane (finance; owners see their workshop's ledger): the ledger filtered by month,
/// payee, workshop, event type, payout status and tier, with grouped totals that match the rows;
/// drill-down total → events → split; charts (platform revenue by month and tier, a payee's 12
/// months); reconciliation (every difference with its cause; finance posts the completed events
/// missing from the ledger, selected ones or all of the month, with progress and each refusal
/// listed on its event) and payouts; voiding a bay-rental or membership charge (finance, a reason
/// required); CSV export; statements (preview, print, batch with progress and cancel). It shows
/// models and emits intents only — app/EarningsController does the work.
class EarningsPane : public LazyPane {
    Q_OBJECT
public:
    EarningsPane(LedgerModel *ledger, LedgerTotalsModel *totals, bool finance, QWidget *parent = nullptr);

    LedgerFilter filter() const;
    QDate selectedMonth() const; ///< the filter's month, or the latest month when "all"

    QTableView *ledgerView() const { return m_ledgerView; }
    QTableView *totalsView() const { return m_totalsView; }
    QTableView *splitView() const { return m_splitView; }
    QTableView *differencesView() const { return m_diffView; }
    QPushButton *postSelectedButton() const { return m_postSelected; }
    QPushButton *postAllButton() const { return m_postAll; }
    QPushButton *voidChargeButton() const { return m_voidCharge; }
    QPushButton *markPaidButton() const { return m_markPaid; }
    QPushButton *markFailedButton() const { return m_markFailed; }
    QTableView *payoutView() const { return m_payoutView; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The "Fee rules" tab (finance only; null for owners).
    FeeRulesPanel *feeRules() const { return m_feeRules; }
    /// The "Partnerships" tab (earnings per partnership).
    PartnershipEarningsPanel *partnerships() const { return m_partnerships; }
    /// The message line (results and errors of the pane's actions).
    QLabel *messageLabel() const { return m_message; }
    /// The owner's "Platform fee on your sessions" line (hidden until the fees are known).
    QLabel *platformFeeLabel() const { return m_platformFee; }
    QLabel *dataAsOfLabel() const { return m_dataAsOf; }

public slots:
    void setMonths(const QList<QDate> &months);
    void setPayees(const QList<Payee> &payees);
    void setSplit(const QList<LedgerRow> &rows);
    void setPlatformRevenue(const QList<MonthlyRevenue> &months);
    void setPayeeMonths(const QString &payeeName, const QList<QPair<QDate, qint64>> &months);
    void setDifferences(const QList<Difference> &differences);
    void setPayouts(const QList<PayoutRow> &payouts);
    /// Posting missing events: @p done of @p total events posted or refused so far.
    void setPostProgress(int done, int total);
    /// Posting finished: @p summary for the message line; each refused event with why, shown in the
    /// Detail column of its difference until the next posting.
    void setPostFinished(const QString &summary, const QList<QPair<adesk::EventRef, QString>> &refused);
    void setBatchProgress(int done, int total);
    void setBatchFinished(const QString &message);
    void showMessage(const QString &message, bool error = false);
    /// How current the ledger read from a read replica is ("Data as of 14:02:07 (3 s behind)",
    /// ReplicaStatus::describe); empty hides it (reads on the primary are live).
    void setDataAsOf(const QString &text);
    /// The fee rules (finance); selects version @p selectId when not 0.
    void setFeeRules(const QList<adesk::FeeRuleRow> &rules, qint64 selectId = 0);
    /// The fee on each of the owner's workshops' sessions (the line above the tabs).
    void setWorkshopFees(const QList<adesk::WorkshopFee> &fees);
    void setPartnershipEarnings(const QList<adesk::PartnershipEarningsRow> &rows);
    /// Opens a print preview of @p statement (loaded off the GUI thread; does not block).
    void showStatementPreview(const adesk::StatementData &statement, const QString &documentName);

public:
    /// What the print preview paints on its printer (Letter, full page, the printer's resolution):
    /// the PDF's own paint code (tst_statements compares the two page by page).
    static void setUpStatementPrinter(QPrinter &printer, const QString &documentName);
    static void paintStatementPreview(QPrinter *printer, const adesk::StatementData &statement);
    /// The reconciliation's summary line: the differences to resolve, or none, naming the failed
    /// payouts listed whose rows are no longer waiting (never "No differences" alone over them).
    static QString differencesSummary(const QList<adesk::Difference> &differences,
                                      const QList<adesk::PayoutRow> &payouts);

signals:
    void filterChanged(const adesk::LedgerFilter &filter);
    void eventSelected(adesk::EventType eventType, qint64 eventId);
    void payeeChartRequested(const adesk::Payee &payee);
    void reconcileRequested(const QDate &month);
    void schedulePayoutsRequested(const QDate &month);
    void markPaidRequested(qint64 payoutId, int version, const QString &reference);
    void markFailedRequested(qint64 payoutId, int version, const QString &reason);
    /// Post these completed events (sessions, escalations) to the ledger.
    void postEventsRequested(const QList<adesk::EventRef> &events);
    /// Post every completed event of @p month missing from the ledger.
    void postAllMissingRequested(const QDate &month);
    void cancelPostRequested();
    /// Void a bay-rental or membership charge (@p kind EventType::BayRental / Membership).
    void voidChargeRequested(adesk::EventType kind, qint64 chargeId, const QString &reason);
    void exportRequested(const adesk::LedgerFilter &filter, const QString &path);
    void statementPreviewRequested(const QDate &month, const adesk::Payee &payee);
    void statementsBatchRequested(const QDate &month, const QString &directory);
    void cancelBatchRequested();
    void setFeeRuleRequested(const adesk::FeeRuleChange &change);
    /// Earnings per partnership over [from, to) (first days of months).
    void partnershipEarningsRequested(const QDate &from, const QDate &to);

private:
    void updateDiffSummary();
    void emitFilter();
    void onTotalActivated(const QModelIndex &index);
    void onLedgerCurrentChanged(const QModelIndex &index);
    QWidget *buildLedgerTab();
    QWidget *buildChartsTab();
    QWidget *buildReconciliationTab();
    QWidget *buildStatementsTab();
    std::optional<Payee> currentPayee() const;
    void updateVoidCharge();

    LedgerModel *m_ledger;
    LedgerTotalsModel *m_totals;
    bool m_finance;
    QList<Payee> m_payees;
    QList<PayoutRow> m_payoutRows;
    QList<Difference> m_differences;
    bool m_reconciled = false;              ///< the month was reconciled: the summary speaks of it
    QHash<QString, QString> m_postErrors;   ///< "session:12" → why it was refused
    std::optional<EventRef> m_currentEvent; ///< the event of the ledger's current row
    QComboBox *m_month = nullptr;
    QComboBox *m_payee = nullptr;
    QComboBox *m_eventType = nullptr;
    QComboBox *m_entryType = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_tier = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_totalsView = nullptr;
    QTableView *m_ledgerView = nullptr;
    QTableView *m_splitView = nullptr;
    QStandardItemModel *m_splitModel = nullptr;
    QLabel *m_splitTitle = nullptr;
    QChartView *m_revenueChart = nullptr;
    QChartView *m_payeeChart = nullptr;
    QTableView *m_diffView = nullptr;
    QStandardItemModel *m_diffModel = nullptr;
    QLabel *m_diffSummary = nullptr;
    QTableView *m_payoutView = nullptr;
    QStandardItemModel *m_payoutModel = nullptr;
    QPushButton *m_postSelected = nullptr;
    QPushButton *m_postAll = nullptr;
    QProgressBar *m_postProgress = nullptr;
    QPushButton *m_postCancel = nullptr;
    QPushButton *m_voidCharge = nullptr;
    QPushButton *m_markPaid = nullptr; ///< enabled on a scheduled payout (the only kind marked)
    QPushButton *m_markFailed = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_batch = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_platformFee = nullptr;
    QLabel *m_dataAsOf = nullptr; ///< setDataAsOf: the replica's lag, hidden on the primary
    FeeRulesPanel *m_feeRules = nullptr;
    PartnershipEarningsPanel *m_partnerships = nullptr;
};

} // namespace adesk
