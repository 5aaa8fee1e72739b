#pragma once

#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QTableView;

namespace adesk {

class UtilizationModel;

/// Utilization of the bays: a QtCharts bar chart (booked hours over open hours, percent, per bay
/// and week) fed from UtilizationModel through QVBarModelMapper, the table beside it, and the bay
/// rental revenue of the period.
class UtilizationView : public QWidget {
    Q_OBJECT
public:
    explicit UtilizationView(QWidget *parent = nullptr);
    void setModel(UtilizationModel *model);
    void setPeriodLabel(const QString &text);
    QChartView *chartView() const { return m_chartView; }

private:
    void rebuild();

    UtilizationModel *m_model = nullptr;
    QChartView *m_chartView;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_period;
};

} // namespace adesk
