#pragma once

#include "models/compliance/expirytypes.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace adesk {

/// The expiry board (desk.expiry_board): what expires soon, by entity and province, with what its
/// expiry withdraws and the reminders already sent. Filled by the controller (setRows). SortRole
/// gives each column's value for sorting (ExpiryFilterModel).
class ExpiryBoardModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Entity,
        EntityType,
        Province,
        Document,
        ExpiryDate,
        DaysLeft,
        Withdraws,
        BookingsAtRisk,
        PartnershipsAtRisk,
        Reminders,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SortRole,
        EntityTypeRole, ///< int(verification::EntityType)
        ProvinceRole,   ///< two-letter code
        DaysLeftRole    ///< int
    };

    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<ExpiryRow> &rows);
    const ExpiryRow *rowAt(int row) const {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    /// The provinces present, sorted (for the filter).
    QStringList provinces() const;

    /// "In 5 days", "Today", "2 days ago" (translated).
    static QString daysLeftText(int daysLeft);
    /// "60 d (2025-01-02), 30 d (…)" or "none" (translated; dates in the locale's short format).
    static QString remindersText(const QList<ExpiryReminder> &reminders);
    /// What the expiry withdraws, in words (translated).
    static QString withdrawsText(const ExpiryRow &row);

private:
    QList<ExpiryRow> m_rows;
};

/// Sorts the board by any column and keeps the rows within N days, of one entity type and one
/// province (empty: all).
class ExpiryFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit ExpiryFilterModel(QObject *parent = nullptr);
    void setWithinDays(int days);
    int withinDays() const { return m_within; }
    /// -1: every entity type; else int(verification::EntityType).
    void setEntityType(int entityType);
    void setProvince(const QString &province);
    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    /// The number columns and the entity straight from the rows (a reload re-sorts every row of the
    /// board on the GUI thread: no QVariant per comparison); the same order as through SortRole.
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int m_within = 60;
    int m_entityType = -1;
    QString m_province;
    const ExpiryBoardModel *m_board = nullptr; ///< the source, when it is the board (rows read directly)
};

} // namespace adesk
