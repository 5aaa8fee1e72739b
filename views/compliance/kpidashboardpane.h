#pragma once

#include "models/compliance/kpitablemodel.h"
#include "views/common/lazypane.h"

#include <QList>

class QChartView;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace adesk {

/// The platform's KPIs for admins (issue 15, "Platform KPIs"; "Tableau de bord"): a period (the
/// last 3, 6 or 12 months, remembered), headline cards (each figure against the seeds' target, met
/// or not in words and colour), and one tab per figure with its chart and, at the flip of "Numbers",
/// the table behind it (Copy). Emits intents; KpiController loads off the GUI thread and answers
/// through the public slots.
class KpiDashboardPane : public LazyPane {
    Q_OBJECT
public:
    explicit KpiDashboardPane(QWidget *parent = nullptr);

    /// The chosen period in months (3, 6 or 12).
    int periodMonths() const;
    QList<KpiTableModel *> models() const { return m_models; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error);
    /// Shows @p report (headline months relative to @p today).
    void setReport(const adesk::kpi::Report &report, const QDate &today);

signals:
    void periodChanged(int months);
    void refreshRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    /// One figure's tab: its model from the start; its chart and table (null until then) built
    /// when the tab is first shown (buildTab).
    struct Tab {
        KpiTableModel *model = nullptr;
        QChartView *chart = nullptr;
        QTableView *table = nullptr;
        QStackedWidget *stack = nullptr;
    };
    void addTab(const QString &title, KpiTableModel::Kind kind, const QString &objectName);
    /// Builds tab @p index's chart and table if the pane has been shown (wasShown) and they are not
    /// built yet, drawn from the report already loaded.
    void buildTab(int index);
    void showNumbers(bool numbers);
    void copyCurrent();
    /// Redraws every built chart (drawChart).
    void rebuildCharts();
    void drawChart(int index);
    void rebuildCards();

    QComboBox *m_period;
    QPushButton *m_refresh;
    QPushButton *m_numbers;
    QPushButton *m_copy;
    QProgressBar *m_progress;
    QLabel *m_message;
    QList<QLabel *> m_cardTitle, m_cardValue, m_cardTarget, m_cardState;
    QTabWidget *m_tabs;
    QList<Tab> m_tabList;
    QList<KpiTableModel *> m_models;
    kpi::Report m_report;
    QDate m_today;
    bool m_loaded = false;
};

} // namespace adesk
