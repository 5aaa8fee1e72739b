#include "models/compliance/overridemodel.h"

#include <QLocale>

namespace adesk {

namespace {
QString when(const QDateTime &at) {
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' +
           QLocale().toString(local.time(), QLocale::ShortFormat);
}
} // namespace

int OverrideModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OverrideModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString OverrideModel::changeText(const OverrideRow &r) {
    if (r.kind != OverrideKind::ChangeServiceTier)
        return {};
    return tr("%1 → %2").arg(labelOf(r.fromTier), labelOf(r.toTier));
}

QVariant OverrideModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OverrideRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == MineRole)
        return isMine(r);
    if (role == PendingRole)
        return r.status == OverrideStatus::Pending;
    if (role == Qt::ToolTipRole && index.column() == DecidedBy && !r.decisionNote.isEmpty())
        return r.decisionNote;
    if (role == Qt::ToolTipRole && index.column() == Reason)
        return r.reason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Requested:
        return when(r.requestedAt);
    case Kind:
        return labelOf(r.kind);
    case Target:
        return r.targetName;
    case Change:
        return changeText(r);
    case Reason:
        return r.reason;
    case RequestedBy:
        return isMine(r) ? tr("%1 (you)").arg(r.requestedByName) : r.requestedByName;
    case StatusColumn:
        return labelOf(r.status);
    case DecidedBy:
        if (r.status == OverrideStatus::Pending)
            return QString();
        return r.decisionNote.isEmpty() ? r.decidedByName : tr("%1: %2").arg(r.decidedByName, r.decisionNote);
    }
    return {};
}

QVariant OverrideModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Requested:
        return tr("Requested");
    case Kind:
        return tr("Override");
    case Target:
        return tr("About");
    case Change:
        return tr("Change");
    case Reason:
        return tr("Reason");
    case RequestedBy:
        return tr("Requested by");
    case StatusColumn:
        return tr("Status");
    case DecidedBy:
        return tr("Decided by");
    }
    return {};
}

void OverrideModel::setRows(const QList<OverrideRow> &rows, qint64 myProfileId, const QString &myLogin) {
    beginResetModel();
    m_rows = rows;
    m_profileId = myProfileId;
    m_login = myLogin;
    endResetModel();
}

} // namespace adesk
