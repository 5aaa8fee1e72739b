#include "views/earnings/partnershipearningspanel.h"

#include "models/common/money.h"
#include "models/earnings/partnershipearningsmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace adesk {

namespace {

/// Draws the totals row in bold.
class TotalsRowDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(PartnershipEarningsModel::TotalRole).toBool())
            option->font.setBold(true);
    }
};

/// Shows long column titles on two lines (broken at the space nearest their middle), so that the
/// figures, not their titles, set the columns' widths and the program's name keeps its room.
class TwoLineHeaders : public QIdentityProxyModel {
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override {
        QVariant v = QIdentityProxyModel::headerData(section, orientation, role);
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return v;
        QString text = v.toString();
        if (text.size() < 12)
            return text;
        const qsizetype middle = text.size() / 2;
        qsizetype best = -1;
        for (qsizetype i = 0; i < text.size(); ++i)
            if (text.at(i) == u' ' && (best < 0 || qAbs(i - middle) < qAbs(best - middle)))
                best = i;
        if (best > 0)
            text[best] = u'\n';
        return text;
    }
};

QString monthLabel(QDate m) {
    const QLocale locale;
    return locale.standaloneMonthName(m.month()) + u' ' + QString::number(m.year());
}

} // namespace

PartnershipEarningsPanel::PartnershipEarningsPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new PartnershipEarningsModel(this))
    , m_sort(new PartnershipEarningsSortModel(this)) {
    setObjectName(QStringLiteral("partnershipEarnings"));
    m_sort->setSourceModel(m_model);
    auto *headers = new TwoLineHeaders(this);
    headers->setSourceModel(m_sort);
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    m_from = new QComboBox(this);
    m_from->setObjectName(QStringLiteral("partnershipFrom"));
    m_to = new QComboBox(this);
    m_to->setObjectName(QStringLiteral("partnershipTo"));
    for (QComboBox *c : {m_from, m_to}) // the months arrive after the first show
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(m_summary, 1);
    layout->addLayout(bar);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("partnershipEarningsTable"));
    m_view->setModel(headers);
    m_view->setItemDelegate(new TotalsRowDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(PartnershipEarningsModel::MechanicColumn, Qt::AscendingOrder);
    // Figures at their width; the program's name takes what is left (elided rather than scrolled).
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(PartnershipEarningsModel::ProgramColumn,
                                                     QHeaderView::Stretch);
    m_view->setColumnHidden(PartnershipEarningsModel::WorkshopColumn, true);
    layout->addWidget(m_view, 1);

    auto *note = new QLabel(tr("By the month of each job. Platform fee and shares follow the partnership's "
                               "signed agreement; charges are the bay rental and membership charges billed "
                               "to the mechanic; the balance is what the workshop earned: its share plus "
                               "the charges."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);

    connect(m_from, &QComboBox::currentIndexChanged, this, &PartnershipEarningsPanel::onRangeEdited);
    connect(m_to, &QComboBox::currentIndexChanged, this, &PartnershipEarningsPanel::onRangeEdited);
}

QDate PartnershipEarningsPanel::from() const {
    return m_from->currentData().toDate();
}

QDate PartnershipEarningsPanel::to() const {
    const QDate last = m_to->currentData().toDate();
    return last.isValid() ? last.addMonths(1) : QDate();
}

void PartnershipEarningsPanel::setMonths(const QList<QDate> &months) {
    const QSignalBlocker b1(m_from);
    const QSignalBlocker b2(m_to);
    const QDate keepFrom = from();
    const QDate keepTo = m_to->currentData().toDate();
    m_from->clear();
    m_to->clear();
    for (const QDate &m : months) {
        m_from->addItem(monthLabel(m), m);
        m_to->addItem(monthLabel(m), m);
    }
    // Default range: the last twelve months, this one included.
    const int fromIndex = m_from->findData(keepFrom);
    const int toIndex = m_to->findData(keepTo);
    m_from->setCurrentIndex(fromIndex >= 0 ? fromIndex : int(std::min<qsizetype>(11, months.size() - 1)));
    m_to->setCurrentIndex(toIndex >= 0 ? toIndex : 0);
}

void PartnershipEarningsPanel::onRangeEdited() {
    // Keep the range the right way round: moving one end past the other moves both.
    if (from().isValid() && m_to->currentData().toDate().isValid() && from() > m_to->currentData().toDate()) {
        const QSignalBlocker block(sender() == m_from ? static_cast<QObject *>(m_to) : m_from);
        if (sender() == m_from)
            m_to->setCurrentIndex(m_from->currentIndex());
        else
            m_from->setCurrentIndex(m_to->currentIndex());
    }
    if (from().isValid() && to().isValid())
        emit rangeChanged(from(), to());
}

void PartnershipEarningsPanel::setWorkshopNames(const QHash<qint64, QString> &names) {
    m_model->setWorkshopNames(names);
}

void PartnershipEarningsPanel::setRows(const QList<PartnershipEarningsRow> &rows) {
    m_model->setRows(rows);
    m_view->setColumnHidden(PartnershipEarningsModel::WorkshopColumn, m_model->workshopCount() <= 1);
    const PartnershipEarningsRow &t = m_model->totals();
    m_summary->setText(rows.isEmpty() ? tr("No partnership jobs or charges in these months.")
                                      : tr("%n partnership(s): balance %1.", nullptr, int(rows.size()))
                                            .arg(Money::fromCents(t.balanceCents).toString(QLocale())));
}

} // namespace adesk
