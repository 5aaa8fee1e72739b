#include "models/quotes/leadmodel.h"

#include <QLocale>

namespace adesk {

namespace {
QString when(const QDateTime &at) {
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' +
           QLocale().toString(local.time(), QLocale::ShortFormat);
}
} // namespace

int LeadModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeadModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeadModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeadRow &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case StatusRole:
        return toCode(r.status);
    case OpenRole:
        return r.status != LeadStatus::Won && r.status != LeadStatus::Lost;
    case SortRole:
        switch (index.column()) {
        case Received:
            return r.createdAt;
        case StatusColumn:
            return int(r.status);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::ToolTipRole:
        if (index.column() == Concern)
            return r.concern;
        if (index.column() == StatusColumn && !r.lostReason.isEmpty())
            return r.lostReason;
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case Received:
            return when(r.createdAt);
        case Workshop:
            return r.workshopName;
        case Mechanic:
            return r.mechanicName;
        case Vehicle:
            return r.vehicle;
        case Concern:
            return r.concern;
        case StatusColumn:
            return r.lostReason.isEmpty() ? labelOf(r.status)
                                          : tr("%1: %2").arg(labelOf(r.status), r.lostReason);
        }
        return {};
    default:
        return {};
    }
}

QVariant LeadModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Received:
        return tr("Received");
    case Workshop:
        return tr("Workshop");
    case Mechanic:
        return tr("Referred by");
    case Vehicle:
        return tr("Vehicle");
    case Concern:
        return tr("Concern");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void LeadModel::setRows(const QList<LeadRow> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace adesk
