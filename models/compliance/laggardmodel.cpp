#include "models/compliance/laggardmodel.h"

#include "models/partnerships/programterms.h"

#include <QLocale>

namespace adesk {

int LaggardModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LaggardModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString LaggardModel::overdueText(int daysOverdue) {
    if (daysOverdue == 0)
        return tr("Due today");
    if (daysOverdue < 0)
        return tr("%n day(s) left", nullptr, -daysOverdue);
    return tr("%n day(s) overdue", nullptr, daysOverdue);
}

QVariant LaggardModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LaggardRow &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.mechanicId;
    case OverdueRole:
        return r.daysOverdue;
    case Qt::TextAlignmentRole:
        return index.column() == Overdue ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case SortRole:
        switch (index.column()) {
        case Mechanic:
            return r.name;
        case Province:
            return r.province;
        case Tier:
            return ProgramTerms::tierLabel(r.serviceTier);
        case Missed:
            return labelOf(r.missed);
        case Deadline:
            return r.deadline;
        case Overdue:
            return r.daysOverdue;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Tier && r.tierChosenAt.isValid())
            return tr("Chosen on %1")
                .arg(QLocale().toString(r.tierChosenAt.toLocalTime().date(), QLocale::ShortFormat));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Mechanic:
        return r.name;
    case Province:
        return r.province;
    case Tier:
        return r.tierChosenAt.isValid() ? ProgramTerms::tierLabel(r.serviceTier) : tr("not chosen");
    case Missed:
        return labelOf(r.missed);
    case Deadline:
        return QLocale().toString(r.deadline, QLocale::ShortFormat);
    case Overdue:
        return overdueText(r.daysOverdue);
    }
    return {};
}

QVariant LaggardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Mechanic:
        return tr("Mechanic");
    case Province:
        return tr("Prov.");
    case Tier:
        return tr("Tier");
    case Missed:
        return tr("Missing");
    case Deadline:
        return tr("Deadline");
    case Overdue:
        return tr("Overdue");
    }
    return {};
}

void LaggardModel::setRows(const QList<LaggardRow> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

} // namespace adesk
