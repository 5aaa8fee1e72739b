#pragma once

#include "models/compliance/oversightrepository.h"
#include "models/core/keysetpagedmodel.h"

namespace adesk {

/// Notifications the platform sent (desk.notification_log, admins), newest first, paged by key
/// (created_at, id) on a DbExecutor worker (fetchMore).
class NotificationLogModel : public KeysetPagedModel {
    Q_OBJECT
public:
    enum Column { Sent, Recipient, Type, Title, About, ReadColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 notification id
        MessageRole                ///< QString: title, message and link, for the detail
    };

    explicit NotificationLogModel(DbExecutor *executor, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFilter(const NotificationFilter &filter);
    void reload() { setFilter(m_filter); }
    const NotificationFilter &filter() const { return m_filter; }
    const NotificationEntry *rowAt(int row) const;

    /// The notification type in words ("Document approved", "Bulk notice"), else the code.
    static QString typeLabel(const QString &type);

private:
    bool hasSource() const override { return m_started; }
    void requestNextPage() override;

    QList<NotificationEntry> m_rows;
    NotificationFilter m_filter;
    bool m_started = false;
};

} // namespace adesk
