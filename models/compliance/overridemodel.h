#pragma once

#include "models/compliance/overridetypes.h"

#include <QAbstractTableModel>

namespace adesk {

/// Override requests (migration 0021) as a table: when, what, on whom, the change, why, who asked,
/// status, who decided and their note. Filled by the controller (setRows); "mine" marks the
/// requests the signed-in admin made (they may not decide them).
class OverrideModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Requested,
        Kind,
        Target,
        Change,
        Reason,
        RequestedBy,
        StatusColumn,
        DecidedBy,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole + 1, MineRole, PendingRole };

    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// @p myProfileId and @p myLogin identify the signed-in admin.
    void setRows(const QList<OverrideRow> &rows, qint64 myProfileId, const QString &myLogin);
    const OverrideRow *rowAt(int row) const {
        return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
    }
    bool isMine(const OverrideRow &r) const {
        return (m_profileId != 0 && r.requestedBy == m_profileId) ||
               (!m_login.isEmpty() && r.requestedLogin == m_login);
    }
    /// "Virtual only → Workshop-affiliated" for a tier change; empty otherwise.
    static QString changeText(const OverrideRow &r);

private:
    QList<OverrideRow> m_rows;
    qint64 m_profileId = 0;
    QString m_login;
};

} // namespace adesk
