#pragma once

#include "models/bays/bayschedule.h"

#include <QAbstractTableModel>

namespace adesk {

/// Utilization of a workshop's bays: one row per bay, one column per ISO week (booked hours over
/// open hours, in percent), then the bay's rental revenue for the period. Feeds the QtCharts bar
/// chart through QVBarModelMapper (week columns as bar sets, bays as categories).
class UtilizationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { RatioRole = Qt::UserRole + 1, BookedMinutesRole, OpenMinutesRole, RevenueCentsRole };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<BayUtilization> &rows);
    int weekCount() const { return int(m_weeks.size()); }
    /// Column of the revenue (after the week columns).
    int revenueColumn() const { return weekCount(); }
    qint64 totalRevenueCents() const;
    qint64 totalBookedMinutes() const;
    qint64 totalOpenMinutes() const;

private:
    struct Cell {
        qint64 booked = 0;
        qint64 open = 0;
        qint64 revenue = 0;
    };
    QList<QDate> m_weeks;
    QList<QPair<qint64, QString>> m_bays;
    QList<QList<Cell>> m_cells; ///< [bay][week]
};

} // namespace adesk
