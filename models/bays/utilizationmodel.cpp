#include "models/bays/utilizationmodel.h"

#include "models/common/money.h"

#include <QLocale>

namespace adesk {

int UtilizationModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_bays.size());
}

int UtilizationModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : weekCount() + 1;
}

QVariant UtilizationModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QList<Cell> &row = m_cells.at(index.row());
    if (index.column() == revenueColumn()) {
        qint64 revenue = 0;
        for (const Cell &c : row)
            revenue += c.revenue;
        if (role == Qt::DisplayRole)
            return Money::fromCents(revenue).toString(QLocale());
        if (role == RevenueCentsRole)
            return revenue;
        return {};
    }
    const Cell &c = row.at(index.column());
    const double percent = c.open > 0 ? 100.0 * double(c.booked) / double(c.open) : 0.0;
    switch (role) {
    case Qt::DisplayRole: // numeric: QVBarModelMapper reads the display role
    case Qt::EditRole:
        return qRound(percent * 10.0) / 10.0;
    case RatioRole:
        return percent / 100.0;
    case BookedMinutesRole:
        return c.booked;
    case OpenMinutesRole:
        return c.open;
    case RevenueCentsRole:
        return c.revenue;
    case Qt::ToolTipRole:
        return tr("%1 h booked of %2 h open")
            .arg(QLocale().toString(c.booked / 60.0, 'f', 1))
            .arg(QLocale().toString(c.open / 60.0, 'f', 1));
    }
    return {};
}

QVariant UtilizationModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical)
        return section >= 0 && section < m_bays.size() ? QVariant(m_bays.at(section).second) : QVariant();
    if (section == revenueColumn())
        return tr("Revenue");
    if (section >= 0 && section < m_weeks.size())
        return tr("Week of %1").arg(QLocale().toString(m_weeks.at(section), QStringLiteral("d MMM")));
    return {};
}

void UtilizationModel::setRows(const QList<BayUtilization> &rows) {
    beginResetModel();
    m_weeks.clear();
    m_bays.clear();
    m_cells.clear();
    for (const BayUtilization &u : rows) {
        if (!m_weeks.contains(u.weekStart))
            m_weeks.append(u.weekStart);
        bool known = false;
        for (const auto &b : std::as_const(m_bays))
            known = known || b.first == u.bayId;
        if (!known)
            m_bays.append({u.bayId, u.bayName});
    }
    std::sort(m_weeks.begin(), m_weeks.end());
    m_cells.resize(m_bays.size());
    for (auto &row : m_cells)
        row.resize(m_weeks.size());
    for (const BayUtilization &u : rows) {
        int r = 0;
        while (m_bays.at(r).first != u.bayId)
            ++r;
        Cell &c = m_cells[r][m_weeks.indexOf(u.weekStart)];
        c.booked += u.bookedMinutes;
        c.open += u.openMinutes;
        c.revenue += u.revenueCents;
    }
    endResetModel();
}

qint64 UtilizationModel::totalRevenueCents() const {
    qint64 t = 0;
    for (const auto &row : m_cells)
        for (const Cell &c : row)
            t += c.revenue;
    return t;
}

qint64 UtilizationModel::totalBookedMinutes() const {
    qint64 t = 0;
    for (const auto &row : m_cells)
        for (const Cell &c : row)
            t += c.booked;
    return t;
}

qint64 UtilizationModel::totalOpenMinutes() const {
    qint64 t = 0;
    for (const auto &row : m_cells)
        for (const Cell &c : row)
            t += c.open;
    return t;
}

} // namespace adesk
