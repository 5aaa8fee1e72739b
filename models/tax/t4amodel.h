#pragma once

#include "models/tax/taxtypes.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace adesk {

/// The T4A pane's table for one tax year: every payee with fees, whether a slip is due, the slip,
/// the check against the monthly statements and the profile's problems. Filled by the controller
/// with desk.t4a_overview rows (loaded off the GUI thread); display strings only — colours live in
/// the view's delegate.
class T4AModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        PayeeColumn,
        KindColumn,
        FeesColumn, ///< box 048 (paid in the year)
        DueColumn,
        SlipAmountColumn,
        StatementsColumn,
        DifferenceColumn,
        TaxNumberColumn, ///< masked SIN / BN
        ProblemsColumn,
        SlipStatusColumn,
        ColumnCount
    };
    enum Role {
        RowRole = Qt::UserRole + 1, ///< the T4AOverviewRow
        ProblemsRole,               ///< QStringList of problem codes
        CentsRole,                  ///< the raw amount of an amount column
        ExplanationRole,            ///< plain-language explanation of the difference
        KeyRole                     ///< "M12" / "W3"
    };

    explicit T4AModel(QObject *parent = nullptr);

    /// Replaces the rows (desk.t4a_overview's order: slips due first, then by name), kept in the
    /// order of the last sort() if there was one.
    void setRows(int year, const QList<T4AOverviewRow> &rows);
    /// Every row in the overview's order, whatever the sort (for totals).
    const QList<T4AOverviewRow> &rows() const { return m_rows; }
    int year() const { return m_year; }
    /// The model row of the payee "M12" / "W3", or -1.
    int indexOfKey(const QString &key) const;
    /// The row at model row @p row (in the current sort), or nullptr.
    const T4AOverviewRow *rowAt(int row) const {
        return row >= 0 && row < m_rows.size() ? &m_rows[m_order.isEmpty() ? row : m_order[row]] : nullptr;
    }

    /// Whether sort() orders @p column from the rows themselves (payee and the amount columns).
    static bool sortsFromRows(int column);
    /// Sorts the payee column or an amount column (sortsFromRows), or restores the overview's order
    /// (@p column -1); any other column restores the overview's order too. The order of a
    /// QSortFilterProxyModel with its defaults (display text compared case-sensitively, not
    /// locale-aware; amounts by T4AModel::CentsRole) over the rows in the overview's order: a stable
    /// sort, ties in the overview's order, both ways (tst_t4axml::sortMatchesAPlainProxy). One
    /// layout change; persistent indexes (selection, current row) follow their rows. Sorting the
    /// rows themselves takes a header click on 50,000 payees from 48-66 ms through the proxy's
    /// index()/lessThan() per comparison to a few ms (bench_t4a, t4a_pane_sort_*).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Totals of the rows with a slip due: count, box 048 cents.
    int slipsDue() const;
    qint64 totalDueCents() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Plain-language explanation of the statements vs box 048 difference of @p r.
    static QString explain(const T4AOverviewRow &r, int year);

private:
    void applySort(); ///< m_order from m_sortColumn / m_sortOrder

    int m_year = 0;
    QList<T4AOverviewRow> m_rows; ///< the overview's order
    QList<int> m_order;           ///< model row -> index in m_rows; empty: the overview's order
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

/// Filters the T4A table: all payees, slips due only, rows with any problem, or one problem code;
/// plus a text search on the payee's name. Over a T4AModel with the proxy's default sort settings,
/// sort() of the payee or an amount column sorts the source (T4AModel::sort) and the proxy keeps
/// its order; the other columns sort in the proxy, over the overview's order.
class T4AFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Mode { All, SlipDue, AnyProblem, Problem, Difference };
    explicit T4AFilterModel(QObject *parent = nullptr);
    void setMode(Mode mode, const QString &problemCode = {});
    void setSearch(const QString &text);
    void setSourceModel(QAbstractItemModel *model) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Mode mode() const { return m_mode; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Mode m_mode = Mode::All;
    QString m_problem;
    QString m_search;
    T4AModel *m_t4a = nullptr; ///< the source, when it is a T4AModel (rows read and sorted directly)
};

} // namespace adesk
