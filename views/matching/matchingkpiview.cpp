#include "views/matching/matchingkpiview.h"

#include "views/common/semanticcolors.h"

#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QVBoxLayout>

#include <QValueAxis>
#include <utility>

namespace adesk {

MatchingKpiView::MatchingKpiView(QWidget *parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("matchingKpis"));
    auto *v = new QVBoxLayout(this);
    auto *cards = new QGridLayout;
    const QStringList titles = {tr("Accepted by the top match"), tr("Requests that fell back"),
                                tr("Average match score"), tr("Time to accept (median, 90th percentile)")};
    for (int i = 0; i < titles.size(); ++i) {
        auto *frame = new QFrame;
        frame->setFrameShape(QFrame::StyledPanel);
        auto *fv = new QVBoxLayout(frame);
        auto *title = new QLabel(titles.at(i));
        title->setWordWrap(true);
        auto *value = new QLabel(QStringLiteral("–"));
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
        f.setBold(true);
        value->setFont(f);
        auto *target = new QLabel;
        target->setWordWrap(true);
        auto *state = new QLabel;
        fv->addWidget(title);
        fv->addWidget(value);
        fv->addWidget(target);
        fv->addWidget(state);
        cards->addWidget(frame, 0, i);
        m_value << value;
        m_target << target;
        m_state << state;
    }
    v->addLayout(cards);
    m_chart = new QChartView;
    m_chart->setObjectName(QStringLiteral("matchingKpiChart"));
    m_chart->setRenderHint(QPainter::Antialiasing);
    v->addWidget(m_chart, 1);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    v->addWidget(m_message);
}

void MatchingKpiView::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    if (!m_requested) {
        m_requested = true;
        emit loadRequested();
    }
}

void MatchingKpiView::setCard(int i, const QString &value, const QString &target, int state) {
    const SemanticColors colors = SemanticColors::of(this);
    m_value.at(i)->setText(value);
    m_target.at(i)->setText(target);
    m_target.at(i)->setStyleSheet(colors.textStyle(SemanticColors::Role::Muted));
    m_state.at(i)->setText(state < 0 ? tr("No data yet") : state ? tr("Target met") : tr("Target not met"));
    m_state.at(i)->setStyleSheet(colors.textStyle(state < 0   ? SemanticColors::Role::Muted
                                                  : state > 0 ? SemanticColors::Role::Ok
                                                              : SemanticColors::Role::Warning));
}

void MatchingKpiView::showError(const QString &text) {
    m_message->setStyleSheet(SemanticColors::of(this).textStyle(SemanticColors::Role::Error));
    m_message->setText(text);
}

void MatchingKpiView::setMonths(const QList<matching::KpiMonth> &months) {
    const QLocale locale;
    // Each month's figure weighted by its acceptances; a month without the figure (negative: nothing
    // to divide by, e.g. no offer recorded) weighs nothing rather than pulling the average below zero.
    int requests = 0, accepted = 0, topWeight = 0, scoreWeight = 0;
    double top = 0, fallback = 0, score = 0;
    for (const matching::KpiMonth &m : months) {
        requests += m.requests;
        accepted += m.accepted;
        if (m.accepted > 0 && m.topMatchPct >= 0) {
            top += m.topMatchPct * m.accepted;
            topWeight += m.accepted;
        }
        if (m.accepted > 0 && m.averageScore >= 0) {
            score += m.averageScore * m.accepted;
            scoreWeight += m.accepted;
        }
        if (m.requests > 0 && m.fallbackPct >= 0)
            fallback += m.fallbackPct * m.requests;
    }
    auto pct = [&](double v) { return locale.toString(v, 'f', 1) + QStringLiteral(" %"); };
    const QString topTarget = tr("Target: %1 or more").arg(pct(matching::kTopMatchTargetPct));
    if (topWeight > 0)
        setCard(0, pct(top / topWeight), topTarget, top / topWeight >= matching::kTopMatchTargetPct ? 1 : 0);
    else
        setCard(0, QStringLiteral("–"), topTarget, -1);
    const QString scoreTarget =
        tr("Target: %1 or more").arg(locale.toString(matching::kAverageScoreTarget, 'f', 0));
    if (scoreWeight > 0)
        setCard(2, locale.toString(score / scoreWeight, 'f', 1), scoreTarget,
                score / scoreWeight >= matching::kAverageScoreTarget ? 1 : 0);
    else
        setCard(2, QStringLiteral("–"), scoreTarget, -1);
    if (requests > 0)
        setCard(1, pct(fallback / requests), tr("Target: under %1").arg(pct(matching::kFallbackTargetPct)),
                fallback / requests < matching::kFallbackTargetPct ? 1 : 0);
    else
        setCard(1, QStringLiteral("–"), tr("Target: under %1").arg(pct(matching::kFallbackTargetPct)), -1);
    // The latest month with an acceptance: its median and 90th percentile (no target in the plan).
    QString times = QStringLiteral("–");
    for (auto it = months.crbegin(); it != months.crend(); ++it) {
        if (it->medianAcceptSeconds >= 0) {
            times = tr("%1 s, %2 s").arg(it->medianAcceptSeconds).arg(it->p90AcceptSeconds);
            break;
        }
    }
    m_value.at(3)->setText(times);
    m_target.at(3)->setText(
        tr("%n request(s), %1 accepted, over %2 months", nullptr, requests).arg(accepted).arg(months.size()));
    m_target.at(3)->setStyleSheet(SemanticColors::of(this).textStyle(SemanticColors::Role::Muted));
    m_state.at(3)->clear();

    // The chart: the two rates per month, with the targets named in the legend.
    auto *chart = new QChart;
    chart->setTitle(tr("Accepted by the top match and fallback rate, by month"));
    const SemanticColors colors = SemanticColors::of(this);
    chart->setBackgroundBrush(palette().base());
    chart->setTitleBrush(palette().text());
    chart->legend()->setLabelColor(palette().text().color());
    auto *topLine = new QLineSeries;
    topLine->setName(tr("Accepted by the top match (target %1)").arg(pct(matching::kTopMatchTargetPct)));
    auto *fbLine = new QLineSeries;
    fbLine->setName(tr("Fell back (target under %1)").arg(pct(matching::kFallbackTargetPct)));
    for (auto [line, index] : {std::pair{topLine, 0}, std::pair{fbLine, 1}}) {
        QPen pen(colors.series(index));
        pen.setWidth(3);
        line->setPen(pen);
        line->setPointsVisible(true);
    }
    auto *axisX = new QCategoryAxis;
    axisX->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    for (int i = 0; i < months.size(); ++i) {
        const matching::KpiMonth &m = months.at(i);
        if (m.topMatchPct >= 0)
            topLine->append(i, m.topMatchPct);
        if (m.fallbackPct >= 0)
            fbLine->append(i, m.fallbackPct);
        axisX->append(locale.toString(m.month, QStringLiteral("MMM yyyy")), i);
    }
    axisX->setRange(0, qMax(1, int(months.size()) - 1));
    axisX->setLabelsColor(palette().text().color());
    auto *axisY = new QValueAxis;
    axisY->setRange(0, 100);
    axisY->setLabelFormat(QStringLiteral("%.0f %%"));
    axisY->setLabelsColor(palette().text().color());
    axisX->setGridLineColor(palette().mid().color());
    axisY->setGridLineColor(palette().mid().color());
    chart->addSeries(topLine);
    chart->addSeries(fbLine);
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    for (QLineSeries *s : {topLine, fbLine}) {
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    }
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    m_message->clear();
}

} // namespace adesk
