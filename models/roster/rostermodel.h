#pragma once

#include "models/roster/rostertypes.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace adesk {

/// The workshop's mechanics: tier, compliance and what is missing, next booking and bookings ahead,
/// partnership, jobs this month. Times in the workshop's zone. Filled by the controller (setRows).
/// SortRole gives each column's value for sorting (RosterFilterModel).
class RosterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Mechanic,
        Tier,
        Compliance,
        Missing,
        NextBooking,
        BookingsAhead,
        Partnership,
        JobsThisMonth,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        RowVersionRole,
        SortRole,
        SearchRole,       ///< name and e-mail, for the text filter
        PhysicalWorkRole, ///< bool: may do physical work now
        MissingCountRole  ///< int: required verifications still missing
    };

    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<RosterRow> &rows, const QTimeZone &zone);
    const RosterRow *rowAt(int row) const {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    const RosterRow *rowOfId(qint64 mechanicId) const;
    QTimeZone zone() const { return m_zone; }

    /// "Insurance, business licence" (translated), or "nothing" when complete.
    static QString missingText(const QStringList &codes);
    static QString programTypeLabel(const QString &code);

private:
    QList<RosterRow> m_rows;
    QTimeZone m_zone = QTimeZone::utc();
};

} // namespace adesk
