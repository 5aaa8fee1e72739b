#include "models/quotes/quotemodel.h"

#include "models/common/money.h"

#include <QLocale>

namespace adesk {

namespace {
QString money(qint64 cents) {
    return Money::fromCents(cents).toString();
}
} // namespace

int QuoteModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QuoteModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString QuoteModel::monthText(const QuoteRow &r) {
    return tr("%1 of %2").arg(money(r.monthNowCents), money(r.limitCents));
}

QString QuoteModel::whyText(const QuoteRow &r) {
    if (r.approvalRequired && r.overLimit)
        return tr("Approval required, over the monthly limit");
    if (r.overLimit)
        return tr("Over the monthly limit");
    return tr("Approval required");
}

QVariant QuoteModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QuoteRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == OverLimitRole)
        return r.overLimit;
    if (role == Qt::TextAlignmentRole && (index.column() == Total || index.column() == Month))
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Created:
        return QLocale().toString(r.quoteDate, QLocale::ShortFormat);
    case Workshop:
        return r.workshopName;
    case Mechanic:
        return r.mechanicName;
    case Vehicle:
        return r.vehicle;
    case Total:
        return money(r.totalCents);
    case Month:
        return monthText(r);
    case Why:
        return whyText(r);
    }
    return {};
}

QVariant QuoteModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Created:
        return tr("Quoted");
    case Workshop:
        return tr("Workshop");
    case Mechanic:
        return tr("Mechanic");
    case Vehicle:
        return tr("Vehicle");
    case Total:
        return tr("Total");
    case Month:
        return tr("Month to date / limit");
    case Why:
        return tr("Waiting because");
    }
    return {};
}

void QuoteModel::setRows(const QList<QuoteRow> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace adesk
