#pragma once

#include "models/earnings/earningstypes.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace adesk {

/// The fee rules editor's table (issue 12): every version of every platform fee rule, filled by the
/// controller with desk.platform_fee_rules rows (loaded off the GUI thread). Display strings only.
class FeeRuleModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        WorkshopColumn,
        FeeColumn,
        PriorityColumn,
        FromColumn,
        UntilColumn, ///< the last day in effect (effective_to − 1 day), empty when open-ended
        ActiveColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the rule version's id
        SortRole                   ///< the raw value a column sorts by (bp, date, priority, …)
    };

    explicit FeeRuleModel(QObject *parent = nullptr);

    void setRows(const QList<FeeRuleRow> &rows);
    const QList<FeeRuleRow> &rows() const { return m_rows; }
    const FeeRuleRow *rowAt(int row) const {
        return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
    }
    int indexOfId(qint64 id) const;
    /// The open custom-fee version of @p workshopId (the one a new custom fee replaces), or null.
    const FeeRuleRow *openCustomFee(qint64 workshopId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Today's calendar date on the platform's clock (America/Toronto), as the database counts it.
    static QDate platformToday();
    /// "15 %" / "15,5 %" (locale-aware).
    static QString percent(int bp);

private:
    QList<FeeRuleRow> m_rows;
};

/// Filters the fee rules: current versions only (in effect or scheduled) or the whole history, one
/// kind or all, and a text search on the rule's or workshop's name; sorts by raw values.
class FeeRuleFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit FeeRuleFilterModel(QObject *parent = nullptr);
    void setIncludeHistory(bool history);
    void setKind(std::optional<FeeKind> kind);
    void setSearch(const QString &text);
    /// The date "current" is judged on (default: FeeRuleModel::platformToday()).
    void setToday(QDate today);
    bool includeHistory() const { return m_history; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_history = false;
    std::optional<FeeKind> m_kind;
    QString m_search;
    QDate m_today;
};

} // namespace adesk
