#pragma once

#include "models/routing/routingtypes.h"

#include <QAbstractTableModel>

namespace adesk {

/// The workshop directory (desk.get_workshop_directory): name, city, province, routing type,
/// mechanics, available now, average rating, sessions completed, average response time. Sortable
/// through a QSortFilterProxyModel (SortRole holds raw numbers).
class DirectoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Name,
        City,
        Province,
        Routing,
        Mechanics,
        AvailableNow,
        Rating,
        Sessions,
        Response,
        ColumnCount
    };
    enum Role { WorkshopIdRole = Qt::UserRole + 1, SortRole };

    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<DirectoryRow> &rows);
    const QList<DirectoryRow> &rows() const { return m_rows; }

private:
    QList<DirectoryRow> m_rows;
};

/// One workshop's session analytics per month (desk.workshop_session_analytics).
class AnalyticsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Month, Requests, Accepted, Elsewhere, Sessions, MedianAccept, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<AnalyticsMonth> &rows);
    const QList<AnalyticsMonth> &rows() const { return m_rows; }

    /// A duration in seconds as "45 s", "3 min 20 s".
    static QString durationText(int seconds);

private:
    QList<AnalyticsMonth> m_rows;
};

} // namespace adesk
