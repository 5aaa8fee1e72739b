#pragma once

#include "models/roster/rostertypes.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace adesk {

/// The workshop's invitations: address, sent, expires, status (pending, expired, accepted, revoked
/// with the reason). Filled by the controller (setRows); "now" decides which pending ones expired.
class InvitationModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Email, Sent, Expires, StatusColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, RowVersionRole, RevocableRole };

    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRows(const QList<InvitationRow> &rows, const QTimeZone &zone, const QDateTime &now);
    const InvitationRow *rowAt(int row) const {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    /// The status people read: "Pending", "Expired", "Accepted", "Revoked: reason".
    QString statusText(const InvitationRow &r) const;

private:
    QList<InvitationRow> m_rows;
    QTimeZone m_zone = QTimeZone::utc();
    QDateTime m_now;
};

} // namespace adesk
