#pragma once

#include "models/core/dbexecutor.h"
#include "models/core/inflight.h"
#include "models/earnings/earningsrepository.h"
#include "models/earnings/earningstypes.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace adesk {

class DbExecutor;

/// Totals of the filtered ledger grouped by entry type, plus a grand-total row. Computed by the
/// same WHERE clause as LedgerModel's pages, so they add up to exactly the rows it pages through.
class LedgerTotalsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Entry, Rows, Amount, GstHst, ColumnCount };
    enum Role {
        EntryTypeRole = Qt::UserRole + 1, ///< int(EntryType), invalid on the grand-total row
        CentsRole
    };

    explicit LedgerTotalsModel(DbExecutor *executor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const LedgerFilter &filter);
    void setTotals(const QList<LedgerTotal> &totals);
    const QList<LedgerTotal> &totals() const { return m_totals; }
    qint64 grandRows() const;
    qint64 grandAmount() const;

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    QPointer<DbExecutor> m_executor;
    QList<LedgerTotal> m_totals;
    quint64 m_generation = 0;
    DbJobGroup m_loads;  ///< the loads a newer one (or the model's end) cancels on the server
    InFlight m_inflight; ///< jobs whose continuations are bound to this model
};

} // namespace adesk
