#include "views/bays/utilizationview.h"

#include "models/bays/utilizationmodel.h"
#include "models/common/money.h"
#include "views/common/semanticcolors.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBarModelMapper>
#include <QVBoxLayout>
#include <QValueAxis>

namespace adesk {

UtilizationView::UtilizationView(QWidget *parent)
    : QWidget(parent) {
    auto *layout = new QVBoxLayout(this);
    m_period = new QLabel(this);
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chartView = new QChartView(new QChart(), this);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_table = new QTableView(this);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chartView);
    split->addWidget(m_table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(m_period);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);
}

void UtilizationView::setPeriodLabel(const QString &text) {
    m_period->setText(text);
}

void UtilizationView::setModel(UtilizationModel *model) {
    m_model = model;
    m_table->setModel(model);
    connect(model, &QAbstractItemModel::modelReset, this, &UtilizationView::rebuild);
    rebuild();
}

void UtilizationView::rebuild() {
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(tr("Booked hours over open hours, per bay and week"));
    if (!m_model || m_model->rowCount() == 0) {
        m_summary->setText(tr("No bays or opening hours in this period."));
        SemanticColors::of(this).style(chart);
        return;
    }
    auto *series = new QBarSeries();
    auto *mapper = new QVBarModelMapper(series);
    mapper->setFirstBarSetColumn(0);
    mapper->setLastBarSetColumn(m_model->weekCount() - 1);
    mapper->setFirstRow(0);
    mapper->setRowCount(m_model->rowCount());
    mapper->setSeries(series);
    mapper->setModel(m_model);
    chart->addSeries(series);
    QStringList bays;
    for (int r = 0; r < m_model->rowCount(); ++r)
        bays << m_model->headerData(r, Qt::Vertical).toString();
    auto *x = new QBarCategoryAxis();
    x->append(bays);
    auto *y = new QValueAxis();
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d %"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    SemanticColors::of(this).style(chart);
    const qint64 open = m_model->totalOpenMinutes();
    const qint64 booked = m_model->totalBookedMinutes();
    m_summary->setText(tr("Booked %1 h of %2 h open (%3 %). Bay rental revenue for the period: %4")
                           .arg(QLocale().toString(booked / 60.0, 'f', 1))
                           .arg(QLocale().toString(open / 60.0, 'f', 1))
                           .arg(open > 0 ? qRound(100.0 * double(booked) / double(open)) : 0)
                           .arg(Money::fromCents(m_model->totalRevenueCents()).toString(QLocale())));
}

} // namespace adesk
