#pragma once

#include "models/earnings/earningstypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>

namespace adesk {

/// Earnings per partnership over a range of months (issue 12, "Owners see earnings per
/// partnership"): one row per partnership from desk.partnership_earnings, then a totals row. Filled
/// by the controller; amounts formatted with Money, raw cents under CentsRole.
class PartnershipEarningsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        MechanicColumn,
        WorkshopColumn, ///< the workshop's name (shown when the rows span several workshops)
        ProgramColumn,
        TypeColumn,
        AgreementColumn,
        JobsColumn,
        GrossColumn,
        PlatformFeeColumn,
        WorkshopShareColumn,
        MechanicShareColumn,
        ChargesColumn,
        BalanceColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< raw value (cents, count, id, text)
        TotalRole,                   ///< true on the totals row
        PartnershipIdRole
    };

    explicit PartnershipEarningsModel(QObject *parent = nullptr);

    void setRows(const QList<PartnershipEarningsRow> &rows);
    const QList<PartnershipEarningsRow> &rows() const { return m_rows; }
    /// The sum of every row (the totals row's figures).
    const PartnershipEarningsRow &totals() const { return m_totals; }
    /// Names of the workshops by id (the rows carry ids only).
    void setWorkshopNames(const QHash<qint64, QString> &names);
    /// How many workshops the rows belong to.
    int workshopCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static bool isMoneyColumn(int column) { return column >= GrossColumn && column <= BalanceColumn; }

private:
    QList<PartnershipEarningsRow> m_rows;
    PartnershipEarningsRow m_totals;
    QHash<qint64, QString> m_workshopNames;
};

/// Sorts the partnership earnings by any column and keeps the totals row last in either order.
class PartnershipEarningsSortModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PartnershipEarningsSortModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace adesk
