#pragma once

#include "models/core/inflight.h"
#include "models/earnings/earningsrepository.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

namespace adesk {

class DbExecutor;

/// The earnings ledger: one row per party per event, filtered in SQL and paged by key
/// ((event_at, id) descending, never OFFSET) on a DbExecutor worker (Qt's fetchMore pattern).
/// A NOTIFY on desk_earnings (applyNotification) or reconnect reloads what was loaded.
class LedgerModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Date,
        EventType,
        Event,
        Entry,
        Payee,
        Gross,
        Amount,
        GstHst,
        PayoutStatus,
        Reference,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 ledger row id
        EventTypeRole,             ///< QString
        EventIdRole,               ///< qint64
        CentsRole,                 ///< qint64 raw cents of a money column
        PayoutStatusRole,          ///< QString (the delegate colours failed rows)
        PartyRole                  ///< QString platform | workshop | mechanic
    };

    explicit LedgerModel(DbExecutor *executor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    void setFilter(const LedgerFilter &filter);
    const LedgerFilter &filter() const { return m_filter; }
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    const LedgerRow &rowAt(int row) const { return m_rows.at(row); }
    bool isLoading() const { return m_fetching; }
    bool atEnd() const { return m_atEnd; }

    void applyNotification(const QString &payload);
    void refresh();

    static QString entryLabel(const QString &entryType);
    static QString eventTypeLabel(const QString &eventType);
    static QString payoutStatusLabel(const QString &status);

signals:
    void pageLoaded(int rows, bool firstPage);
    void loadFailed(const QString &message);

private:
    void load(int rows, bool reset);

    QPointer<DbExecutor> m_executor;
    QList<LedgerRow> m_rows;
    LedgerFilter m_filter;
    int m_pageSize = 200;
    bool m_fetching = false;
    bool m_atEnd = true;
    quint64 m_generation = 0;
    QTimer m_coalesce;
    InFlight m_inflight; ///< jobs whose continuations are bound to this model
};

} // namespace adesk
