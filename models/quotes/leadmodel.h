#pragma once

#include "models/quotes/quotetypes.h"

#include <QAbstractTableModel>

namespace adesk {

/// Escalation leads (migration 0026) as a table: received, workshop, referring mechanic, vehicle,
/// concern, status. SortRole gives each column's sort key; StatusRole the status code (for a filter).
class LeadModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Received, Workshop, Mechanic, Vehicle, Concern, StatusColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusRole, SortRole, OpenRole };

    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<LeadRow> &rows);
    const LeadRow *rowAt(int row) const {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }

private:
    QList<LeadRow> m_rows;
};

} // namespace adesk
