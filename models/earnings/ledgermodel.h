#pragma once

#include "models/core/inflight.h"
#include "models/core/keysetpagedmodel.h"
#include "models/earnings/earningsrepository.h"
#include "models/earnings/earningstypes.h"

#include <QTimer>

namespace adesk {

/// The earnings ledger: one row per party per event, filtered in SQL and paged by key
/// ((event_at, id) descending, never OFFSET) on a DbExecutor worker (Qt's fetchMore pattern).
/// A NOTIFY on desk_earnings (applyNotification) or reconnect reloads what was loaded. The Source
/// column says where each amount comes from: the fee rule, the signed agreement, the partnership's
/// commission, the remainder of the gross, or a monthly charge.
class LedgerModel : public KeysetPagedModel {
    Q_OBJECT
public:
    enum Column {
        Date,
        EventType,
        Event,
        Entry,
        Source,
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
        EventTypeRole,             ///< int(EventType)
        EventIdRole,               ///< qint64
        CentsRole,                 ///< qint64 raw cents of a money column
        PayoutStatusRole, ///< int(PayoutStatus), invalid when none (the delegate colours failed rows)
        PartyRole         ///< int(Party)
    };

    explicit LedgerModel(DbExecutor *executor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const LedgerFilter &filter);
    const LedgerFilter &filter() const { return m_filter; }
    const LedgerRow &rowAt(int row) const { return m_rows.at(row); }
    /// "Rule: Workshop session platform fee", "Agreement #12", "Partnership #4 commission",
    /// "Remainder", "Monthly charge"; empty for a row posted before sources were recorded.
    static QString sourceText(const LedgerSource &source);

    void applyNotification(const QString &payload);
    void refresh();

private:
    void requestNextPage() override;

    QList<LedgerRow> m_rows;
    LedgerFilter m_filter;
    QTimer m_coalesce;
    InFlight m_inflight; ///< jobs whose continuations are bound to this model
};

} // namespace adesk
