#pragma once

#include "models/matching/matchingtypes.h"

#include <QList>
#include <QWidget>

class QChartView;
class QLabel;

namespace adesk {

/// The matching plan's KPIs ("Success Metrics") as one tab of the admins' dashboard: cards for
/// the period (accepted by the top match vs 85 %, fallback rate vs < 5 %, average match score of
/// the accepting mechanics vs 120, median time to accept), each met or not in words, and a line
/// chart of the top-match and fallback rates per month. Emits loadRequested() when first shown;
/// the controller answers with setMonths().
class MatchingKpiView : public QWidget {
    Q_OBJECT
public:
    explicit MatchingKpiView(QWidget *parent = nullptr);

    /// The months asked for (6).
    static constexpr int kMonths = 6;

public slots:
    void setMonths(const QList<adesk::matching::KpiMonth> &months);
    void showError(const QString &text);

signals:
    void loadRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setCard(int i, const QString &value, const QString &target,
                 int state); // state: 1 met, 0 not, -1 none

    QList<QLabel *> m_value, m_target, m_state;
    QChartView *m_chart;
    QLabel *m_message;
    bool m_requested = false;
};

} // namespace adesk
