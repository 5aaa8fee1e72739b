#include "views/compliance/kpidashboardpane.h"

#include "models/common/money.h"
#include "views/common/paneactions.h"
#include "views/common/semanticcolors.h"
#include "views/common/tablecopy.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <optional>

namespace adesk {

namespace {

const QString kPeriodKey = QStringLiteral("kpis/periodMonths");

enum class Axis { Count, Hours, Percent, Money };

struct Set {
    QString name;
    QList<double> values;
};

/// A value axis in the interface's number format ("12 306", "48 h", "80 %", "25 000 $"): the chart
/// localizes the printf format's number with its locale.
void setUpAxis(QChart *chart, QValueAxis *axis, Axis kind) {
    const QLocale locale;
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale);
    QString format = QStringLiteral("%.0f");
    if (kind == Axis::Money) {
        format = locale.toCurrencyString(7.0, QStringLiteral("$"), 0);
        format.replace(QLatin1Char('7'), QStringLiteral("%.0f"));
    } else if (kind == Axis::Hours) {
        format = QStringLiteral("%.0f h");
    } else if (kind == Axis::Percent) {
        format = QStringLiteral("%.0f %%");
    }
    axis->setLabelFormat(format);
}

/// Bars by category (stacked or side by side), with the target as a dashed line across them.
void fillChart(QWidget *pane, QChart *chart, const QString &title, const QStringList &categories,
               const QList<Set> &sets, bool stacked, Axis kind, std::optional<double> target,
               const QString &targetName) {
    chart->removeAllSeries();
    for (QAbstractAxis *a : chart->axes())
        chart->removeAxis(a);
    QAbstractBarSeries *series = stacked ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
                                         : static_cast<QAbstractBarSeries *>(new QBarSeries);
    double max = 0;
    QList<double> totals(categories.size(), 0.0);
    for (const Set &s : sets) {
        auto *bars = new QBarSet(s.name);
        for (qsizetype i = 0; i < s.values.size(); ++i) {
            *bars << s.values.at(i);
            if (i < totals.size())
                totals[i] += s.values.at(i);
            max = std::max(max, s.values.at(i));
        }
        series->append(bars);
    }
    if (stacked)
        for (const double t : totals)
            max = std::max(max, t);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    x->setTruncateLabels(false);
    auto *y = new QValueAxis;
    if (target)
        max = std::max(max, *target);
    y->setRange(0, max <= 0 ? 1.0 : max * 1.15);
    setUpAxis(chart, y, kind);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    const SemanticColors colors = SemanticColors::of(pane);
    if (target && !categories.isEmpty()) {
        auto *line = new QLineSeries;
        line->setName(targetName);
        line->append(-0.5, *target);
        line->append(double(categories.size()) - 0.5, *target);
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
    }
    chart->setTitle(title);
    colors.style(chart);
    // After style(): the theme resets pens. The target in the error colour, dashed.
    for (QAbstractSeries *s : chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(s)) {
            QPen pen(colors.text(SemanticColors::Role::Error));
            pen.setWidth(2);
            pen.setStyle(Qt::DashLine);
            line->setPen(pen);
        }
}

QStringList monthLabels(const QList<QDate> &months) {
    QStringList out;
    const QLocale locale;
    for (const QDate &m : months)
        out << locale.toString(m, QStringLiteral("MMM yy"));
    return out;
}

} // namespace

KpiDashboardPane::KpiDashboardPane(QWidget *parent)
    : LazyPane(parent) {
    auto *v = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Period:")));
    m_period = new QComboBox;
    m_period->setObjectName(QStringLiteral("kpiPeriod"));
    m_period->addItem(tr("Last 3 months"), 3);
    m_period->addItem(tr("Last 6 months"), 6);
    m_period->addItem(tr("Last 12 months"), 12);
    const int remembered = QSettings().value(kPeriodKey, 6).toInt();
    m_period->setCurrentIndex(std::max(0, m_period->findData(remembered)));
    top->addWidget(m_period);
    m_refresh = new QPushButton(tr("Refresh"));
    m_refresh->setObjectName(QStringLiteral("kpiRefresh"));
    top->addWidget(m_refresh);
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("kpiProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    top->addWidget(m_progress);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    top->addWidget(m_message, 1);
    m_numbers = new QPushButton(tr("Numbers"));
    m_numbers->setObjectName(QStringLiteral("kpiNumbers"));
    m_numbers->setCheckable(true);
    m_numbers->setToolTip(tr("Show the numbers behind the chart"));
    highlightWhenChecked(m_numbers);
    top->addWidget(m_numbers);
    m_copy = new QPushButton(tr("Copy"));
    m_copy->setObjectName(QStringLiteral("kpiCopy"));
    m_copy->setToolTip(tr("Copy the numbers of this tab (tab-separated)"));
    top->addWidget(m_copy);
    v->addLayout(top);

    auto *cards = new QGridLayout;
    for (int i = 0; i < 6; ++i) {
        auto *frame = new QFrame;
        frame->setFrameShape(QFrame::StyledPanel);
        auto *c = new QVBoxLayout(frame);
        c->setContentsMargins(8, 4, 8, 4);
        c->setSpacing(1);
        auto *title = new QLabel;
        title->setWordWrap(true);
        auto *value = new QLabel;
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.5);
        f.setBold(true);
        value->setFont(f);
        value->setObjectName(QStringLiteral("kpiCardValue%1").arg(i));
        auto *target = new QLabel;
        target->setWordWrap(true);
        auto *state = new QLabel;
        state->setObjectName(QStringLiteral("kpiCardState%1").arg(i));
        c->addWidget(title);
        c->addWidget(value);
        c->addWidget(target);
        c->addWidget(state);
        m_cardTitle << title;
        m_cardValue << value;
        m_cardTarget << target;
        m_cardState << state;
        cards->addWidget(frame, 0, i);
        cards->setColumnStretch(i, 1);
    }
    v->addLayout(cards);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("kpiTabs"));
    addTab(tr("Turnaround"), KpiTableModel::Kind::Turnaround, QStringLiteral("kpiTurnaround"));
    addTab(tr("Queue"), KpiTableModel::Kind::Queue, QStringLiteral("kpiQueue"));
    addTab(tr("Submissions"), KpiTableModel::Kind::Queue, QStringLiteral("kpiSubmissions"));
    addTab(tr("Service tiers"), KpiTableModel::Kind::Tiers, QStringLiteral("kpiTiers"));
    addTab(tr("Sessions"), KpiTableModel::Kind::Sessions, QStringLiteral("kpiSessions"));
    addTab(tr("Retention"), KpiTableModel::Kind::Retention, QStringLiteral("kpiRetention"));
    addTab(tr("Bookings"), KpiTableModel::Kind::Bookings, QStringLiteral("kpiBookings"));
    addTab(tr("Revenue"), KpiTableModel::Kind::Revenue, QStringLiteral("kpiRevenue"));
    v->addWidget(m_tabs, 1);

    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(kPeriodKey, periodMonths());
        emit periodChanged(periodMonths());
    });
    connect(m_refresh, &QPushButton::clicked, this, &KpiDashboardPane::refreshRequested);
    connect(m_numbers, &QPushButton::toggled, this, &KpiDashboardPane::showNumbers);
    connect(m_copy, &QPushButton::clicked, this, &KpiDashboardPane::copyCurrent);
    // Each tab's chart and table are built when the tab is first shown (issue 19: eight charts
    // built with the pane held the GUI thread 7-12 ms while the panes were built idle).
    connect(this, &LazyPane::firstShown, this, [this] { buildTab(m_tabs->currentIndex()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, &KpiDashboardPane::buildTab);
    rebuildCards();
    // The pane's commands in the menu bar (issue 17's convention): F5 reloads the figures.
    m_refresh->setShortcut(QKeySequence::Refresh);
    PaneActions::buttons(this, {m_refresh, m_numbers, m_copy});
}

int KpiDashboardPane::periodMonths() const {
    return m_period->currentData().toInt();
}

void KpiDashboardPane::addTab(const QString &title, KpiTableModel::Kind kind, const QString &objectName) {
    Tab t;
    t.model = new KpiTableModel(kind, this);
    t.stack = new QStackedWidget;
    t.stack->setObjectName(objectName);
    m_tabs->addTab(t.stack, title);
    m_tabList.append(t);
    m_models.append(t.model);
}

void KpiDashboardPane::buildTab(int index) {
    if (!wasShown() || index < 0 || index >= m_tabList.size() || m_tabList.at(index).chart)
        return;
    Tab &t = m_tabList[index];
    const QString objectName = t.stack->objectName();
    t.chart = new QChartView(new QChart);
    t.chart->setObjectName(objectName + QStringLiteral("Chart"));
    t.chart->setRenderHint(QPainter::Antialiasing);
    t.chart->setMinimumHeight(200);
    t.table = new QTableView;
    t.table->setObjectName(objectName + QStringLiteral("Table"));
    t.table->setModel(t.model);
    t.table->setSelectionBehavior(QAbstractItemView::SelectRows);
    t.table->setAlternatingRowColors(true);
    t.table->verticalHeader()->hide();
    t.table->horizontalHeader()->setStretchLastSection(true);
    t.table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    TableCopy::install(t.table);
    t.stack->addWidget(t.chart);
    t.stack->addWidget(t.table);
    t.stack->setCurrentIndex(m_numbers->isChecked() ? 1 : 0);
    if (m_loaded) {
        t.table->resizeColumnsToContents();
        drawChart(index);
    }
}

void KpiDashboardPane::setBusy(bool busy) {
    m_progress->setVisible(busy);
    m_refresh->setEnabled(!busy);
    m_period->setEnabled(!busy);
    if (busy)
        showMessage(tr("Loading the figures…"), false);
}

void KpiDashboardPane::showMessage(const QString &text, bool error) {
    m_message->setStyleSheet(SemanticColors::of(this).textStyle(error ? SemanticColors::Role::Error
                                                                      : SemanticColors::Role::Muted));
    m_message->setText(text);
}

void KpiDashboardPane::setReport(const kpi::Report &report, const QDate &today) {
    m_report = report;
    m_today = today;
    m_loaded = true;
    for (const Tab &t : std::as_const(m_tabList))
        t.model->setReport(report);
    for (const Tab &t : std::as_const(m_tabList))
        if (t.table)
            t.table->resizeColumnsToContents();
    const QLocale locale;
    showMessage(tr("%1 to %2, as of %3")
                    .arg(locale.toString(report.from, QStringLiteral("MMMM yyyy")),
                         locale.toString(report.to.addDays(-1), QStringLiteral("MMMM yyyy")),
                         locale.toString(today, QLocale::ShortFormat)),
                false);
    rebuildCards();
    rebuildCharts();
}

void KpiDashboardPane::showNumbers(bool numbers) {
    for (const Tab &t : std::as_const(m_tabList))
        if (t.table)
            t.stack->setCurrentIndex(numbers ? 1 : 0);
}

void KpiDashboardPane::copyCurrent() {
    const int i = m_tabs->currentIndex();
    if (i < 0 || i >= m_tabList.size())
        return;
    buildTab(i);
    QTableView *table = m_tabList.at(i).table;
    if (!table)
        return;
    table->selectAll();
    QApplication::clipboard()->setText(TableCopy::selectedText(table));
    showMessage(tr("Copied the numbers of \"%1\".").arg(m_tabs->tabText(i)), false);
}

void KpiDashboardPane::changeEvent(QEvent *event) {
    LazyPane::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        rebuildCards();
        if (m_loaded)
            rebuildCharts();
    }
}

void KpiDashboardPane::rebuildCards() {
    using F = kpi::Headline::Figure;
    const QLocale locale;
    const SemanticColors colors = SemanticColors::of(this);
    const QList<kpi::Headline> heads = m_loaded ? kpi::headlines(m_report, m_today) : QList<kpi::Headline>();
    const QList<F> order{F::Turnaround, F::Affiliated, F::VirtualSessions,
                         F::Retention,  F::Revenue,    F::Submissions};
    for (int i = 0; i < order.size() && i < m_cardTitle.size(); ++i) {
        const F figure = order.at(i);
        QString title, target;
        switch (figure) {
        case F::Turnaround:
            title = tr("Median time to decision");
            target = tr("Target: under 48 h");
            break;
        case F::Affiliated:
            title = tr("Workshop-affiliated mechanics");
            target = tr("Target: more than %1").arg(locale.toString(kpi::kAffiliatedTarget));
            break;
        case F::VirtualSessions:
            title = tr("Virtual sessions");
            target = tr("Target: more than %1 a month").arg(locale.toString(kpi::kVirtualSessionsTarget));
            break;
        case F::Retention:
            title = tr("Mechanic retention");
            target = tr("Target: %1 % or more").arg(locale.toString(kpi::kRetentionTargetBp / 100));
            break;
        case F::Revenue:
            title = tr("Platform revenue");
            target =
                tr("Target: %1 a month").arg(Money::fromCents(kpi::kRevenueTargetCents).toString(locale));
            break;
        case F::Submissions:
            title = tr("Verifications submitted");
            target = tr("Target: more than %1").arg(locale.toString(kpi::kSubmissionsTarget));
            break;
        }
        QString value = QStringLiteral("—");
        QString state = m_loaded ? tr("No data yet") : QString();
        SemanticColors::Role role = SemanticColors::Role::Muted;
        for (const kpi::Headline &h : heads) {
            if (h.figure != figure)
                continue;
            if (h.month.isValid())
                title += QStringLiteral(" (%1)").arg(locale.toString(h.month, QStringLiteral("MMM yyyy")));
            else if (figure == F::Affiliated)
                title += QStringLiteral(" (%1)").arg(tr("now"));
            else
                title += QStringLiteral(" (%1)").arg(tr("period"));
            if (!h.known)
                break;
            switch (figure) {
            case F::Turnaround:
                value = tr("%1 h").arg(locale.toString(h.value, 'f', 1));
                break;
            case F::Retention:
                value = QStringLiteral("%1 %").arg(locale.toString(h.value / 100.0, 'f', 1));
                break;
            case F::Revenue:
                value = Money::fromCents(qint64(h.value)).toString(locale);
                break;
            default:
                value = locale.toString(qint64(h.value));
            }
            state = h.met ? tr("Target met") : tr("Target not met");
            role = h.met ? SemanticColors::Role::Ok : SemanticColors::Role::Warning;
        }
        m_cardTitle.at(i)->setText(title);
        m_cardValue.at(i)->setText(value);
        m_cardTarget.at(i)->setText(target);
        m_cardTarget.at(i)->setStyleSheet(colors.textStyle(SemanticColors::Role::Muted));
        m_cardState.at(i)->setText(state);
        m_cardState.at(i)->setStyleSheet(colors.textStyle(role));
    }
}

void KpiDashboardPane::rebuildCharts() {
    for (int i = 0; i < m_tabList.size(); ++i)
        if (m_tabList.at(i).chart)
            drawChart(i);
}

void KpiDashboardPane::drawChart(int index) {
    const kpi::Report &r = m_report;
    const QLocale locale;
    QChart *chart = m_tabList.at(index).chart->chart();
    switch (index) {
    case 0: { // Turnaround: median and 90th percentile against the 48-hour line.
        QList<QDate> months;
        Set median{tr("Median"), {}}, p90{tr("90th percentile"), {}};
        for (const kpi::Turnaround &t : r.turnaround) {
            months << t.bucket;
            median.values << t.medianHours.value_or(0);
            p90.values << t.p90Hours.value_or(0);
        }
        fillChart(this, chart, tr("Time from submission to decision (hours)"), monthLabels(months),
                  {median, p90}, false, Axis::Hours, kpi::kTurnaroundTargetHours, tr("Target: 48 h"));
        break;
    }
    case 1:
    case 2: { // Queue and submissions, by week.
        QStringList weeks;
        Set pending{tr("Pending at the end of the week"), {}}, submitted{tr("Submitted"), {}},
            decided{tr("Decided"), {}};
        for (const kpi::QueuePoint &p : r.queue) {
            weeks << locale.toString(p.bucket, QStringLiteral("d MMM"));
            pending.values << double(p.pendingAtEnd);
            submitted.values << double(p.submitted);
            decided.values << double(p.decided);
        }
        if (index == 1)
            fillChart(this, chart, tr("Review queue size, by week"), weeks, {pending}, false, Axis::Count,
                      std::nullopt, QString());
        else
            fillChart(this, chart, tr("Verifications submitted and decided, by week"), weeks,
                      {submitted, decided}, false, Axis::Count, std::nullopt, QString());
        break;
    }
    case 3: { // Service tiers now.
        QStringList tiers;
        Set mechanics{tr("Mechanics"), {}};
        for (const kpi::TierCount &t : r.tiers) {
            tiers << KpiTableModel::tierLabel(t.tier);
            mechanics.values << double(t.mechanics);
        }
        fillChart(this, chart, tr("Mechanics by service tier, now"), tiers, {mechanics}, false, Axis::Count,
                  double(kpi::kAffiliatedTarget), tr("Target: 100 workshop-affiliated"));
        break;
    }
    case 4: { // Sessions.
        QList<QDate> months;
        Set virt{tr("Virtual sessions"), {}}, visits{tr("Workshop visits"), {}};
        for (const kpi::Sessions &s : r.sessions) {
            months << s.bucket;
            virt.values << double(s.virtualSessions);
            visits.values << double(s.workshopVisits);
        }
        fillChart(this, chart, tr("Completed sessions by month"), monthLabels(months), {virt, visits}, true,
                  Axis::Count, double(kpi::kVirtualSessionsTarget), tr("Target: 500 virtual sessions"));
        break;
    }
    case 5: { // Retention.
        QList<QDate> months;
        Set retention{tr("Retention"), {}};
        for (const kpi::Retention &x : r.retention) {
            months << x.bucket;
            retention.values << x.retentionBp.value_or(0) / 100.0;
        }
        fillChart(this, chart, tr("Mechanics active the month before and again this month (%)"),
                  monthLabels(months), {retention}, false, Axis::Percent, kpi::kRetentionTargetBp / 100.0,
                  tr("Target: 80 %"));
        break;
    }
    case 6: { // Bookings.
        QList<QDate> months;
        Set completed{tr("Completed"), {}}, other{tr("Other bookings"), {}};
        for (const kpi::Bookings &b : r.bookings) {
            months << b.bucket;
            completed.values << double(b.completed);
            other.values << double(b.bookings - b.completed);
        }
        fillChart(this, chart, tr("Bay bookings across workshops (utilization: Numbers)"),
                  monthLabels(months), {completed, other}, true, Axis::Count, std::nullopt, QString());
        break;
    }
    case 7: { // Revenue by tier, in dollars for the axis (display only: cents everywhere else).
        QList<QDate> months;
        Set virt{tr("Virtual"), {}}, phys{tr("Physical"), {}};
        for (const kpi::Revenue &x : r.revenue) {
            months << x.month;
            virt.values << double(x.virtualCents) / 100.0;
            phys.values << double(x.physicalCents) / 100.0;
        }
        fillChart(this, chart, tr("Platform revenue by service tier"), monthLabels(months), {virt, phys},
                  true, Axis::Money, double(kpi::kRevenueTargetCents) / 100.0,
                  tr("Target: %1 a month").arg(Money::fromCents(kpi::kRevenueTargetCents).toString(locale)));
        break;
    }
    default:
        break;
    }
}

} // namespace adesk
