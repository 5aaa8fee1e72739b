#pragma once

#include "models/compliance/verification.h"
#include "models/core/keysetpagedmodel.h"

#include <QHash>
#include <QSet>
#include <QTimer>

#include <deque>

namespace adesk {

/// The compliance review queue: a table over desk.compliance_verifications, filtered and sorted in
/// SQL and paged by key (never OFFSET) on a DbExecutor worker thread (Qt's fetchMore pattern).
///
/// Rows are held compactly (40 bytes each, strings interned) so that scrolling a million rows stays
/// within tens of MB. Live updates: feed NOTIFY payloads to applyNotification(); changed rows are
/// re-read with the current filter and updated, inserted at their sorted place or removed in place,
/// so the view's selection is kept. A "*" payload or reconnect() reloads what was loaded.
class VerificationQueueModel : public KeysetPagedModel {
    Q_OBJECT
public:
    enum Column { Submitted, Age, Entity, Type, Province, Expiry, StatusColumn, ClaimedBy, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 verification id
        StatusRole,                ///< verification::Status as int
        OverdueRole,               ///< bool: pending longer than the 48-hour review target
        ClaimedByRole,             ///< QString login holding a live lease, empty when free
        EntityTypeRole,            ///< verification::EntityType as int
        SortKeyRole,               ///< raw value used for sorting (µs, days, name)
        ExpiryStateRole            ///< int: 0 fine or none, 1 expires within 30 days, 2 expired
        // Colours are the view's business (models link no QtGui): see views/compliance/queuedelegate.
    };

    explicit VerificationQueueModel(DbExecutor *executor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    /// Sorts in SQL. Submitted/Age, Expiry and Entity are sortable; other columns are ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Sets the filter and (re)loads from the first page. Nothing loads before the first call.
    void setFilter(const QueueFilter &filter);
    const QueueFilter &filter() const { return m_filter; }
    QueueSort sortOrder() const { return m_sort; }
    bool isDescending() const { return m_descending; }

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const;
    /// Approximate bytes held by the rows and the string pool.
    qint64 memoryBytes() const;

    /// Re-reads the given verification ids (a NOTIFY payload) or everything loaded ("*").
    void applyNotification(const QString &payload);
    /// Reloads everything loaded so far (after a reconnect: notifications may have been lost).
    void refresh();
    /// Whether setFilter() was called, i.e. the model has started loading.
    bool isActive() const { return m_active; }

    /// The column's sort, or -1 if the column is not sortable.
    static int sortForColumn(int column);
    /// Every text the status column can show, in the interface language (to size the column).
    static QStringList statusTexts();
    static QString infoRequestedText();

    // pageLoaded(): a page arrived; refreshed(): a full refresh finished (after
    // applyNotification("*") or refresh()) — see KeysetPagedModel.

private:
    struct Row {
        qint64 id;
        qint64 submittedUs;
        qint32 expiryDays;
        quint32 entityName;
        quint32 claimExpiresSecs;
        quint16 claimedBy;
        quint8 entityType;
        quint8 type;
        quint8 status;
        quint8 province;
        bool infoRequested;
    };

    Row pack(const QueueRowData &d);
    QueueKey keyOf(const Row &r) const;
    bool lessThan(const Row &a, const Row &b) const; ///< in the current order
    int insertPosition(const Row &r) const;
    /// Empties the model and loads the first page of the current filter and order.
    void reload();
    void clearRows();
    void flushPendingIds();
    void requestNextPage() override;

    std::deque<Row> m_rows;
    QStringList m_names;
    QHash<QString, quint32> m_nameIndex;
    QStringList m_logins{QString()};
    QHash<QString, quint16> m_loginIndex;
    QueueFilter m_filter;
    QueueSort m_sort = QueueSort::Submitted;
    bool m_descending = false;
    bool m_active = false; ///< setFilter() was called: the model loads
    QSet<qint64> m_pendingIds;
    QTimer m_coalesce;
    QTimer m_tick;
};

} // namespace adesk
