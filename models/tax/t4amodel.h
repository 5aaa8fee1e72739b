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

    void setRows(int year, const QList<T4AOverviewRow> &rows);
    const QList<T4AOverviewRow> &rows() const { return m_rows; }
    int year() const { return m_year; }
    int indexOfKey(const QString &key) const;
    const T4AOverviewRow *rowAt(int row) const {
        return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
    }

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
    int m_year = 0;
    QList<T4AOverviewRow> m_rows;
};

/// Filters the T4A table: all payees, slips due only, rows with any problem, or one problem code;
/// plus a text search on the payee's name.
class T4AFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Mode { All, SlipDue, AnyProblem, Problem, Difference };
    explicit T4AFilterModel(QObject *parent = nullptr);
    void setMode(Mode mode, const QString &problemCode = {});
    void setSearch(const QString &text);
    void setSourceModel(QAbstractItemModel *model) override;
    Mode mode() const { return m_mode; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    Mode m_mode = Mode::All;
    QString m_problem;
    QString m_search;
    const T4AModel *m_t4a = nullptr; ///< the source, when it is a T4AModel (rows read directly)
};

} // namespace adesk
