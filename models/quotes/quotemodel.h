#pragma once

#include "models/quotes/quotetypes.h"

#include <QAbstractTableModel>

namespace adesk {

/// Partner quotes waiting for the workshop's approval (migration 0026): created, workshop,
/// mechanic, vehicle, total, the partnership's month against its limit, why it waits.
class QuoteModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Created, Workshop, Mechanic, Vehicle, Total, Month, Why, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OverLimitRole };

    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<QuoteRow> &rows);
    const QuoteRow *rowAt(int row) const {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }

    /// "$1,000.00 of $1,000.00 (this quote $100.00)": the month to date against the limit.
    static QString monthText(const QuoteRow &r);
    /// "Approval required", "Over the monthly limit", or both.
    static QString whyText(const QuoteRow &r);

private:
    QList<QuoteRow> m_rows;
};

} // namespace adesk
