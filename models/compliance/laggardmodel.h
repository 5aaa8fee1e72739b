#pragma once

#include "models/compliance/expirytypes.h"

#include <QAbstractTableModel>

namespace adesk {

/// The mechanics lagging in a transition (desk.transition_laggards): what they missed, the deadline
/// and how late they are. Filled by the controller (setRows). SortRole gives each column's value.
class LaggardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Mechanic, Province, Tier, Missed, Deadline, Overdue, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, SortRole, OverdueRole };

    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<LaggardRow> &rows);
    const LaggardRow *rowAt(int row) const {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    /// "3 days overdue", "5 days left", "Due today" (translated).
    static QString overdueText(int daysOverdue);

private:
    QList<LaggardRow> m_rows;
};

} // namespace adesk
