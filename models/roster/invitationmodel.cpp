#include "models/roster/invitationmodel.h"

#include <QLocale>

namespace adesk {

namespace {
QString when(const QDateTime &at, const QTimeZone &zone) {
    if (!at.isValid())
        return {};
    const QDateTime local = at.toTimeZone(zone);
    return QLocale().toString(local.date(), QLocale::ShortFormat) + u' ' +
           QLocale().toString(local.time(), QLocale::ShortFormat);
}
} // namespace

int InvitationModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvitationModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString InvitationModel::statusText(const InvitationRow &r) const {
    if (r.isExpired(m_now))
        return tr("Expired");
    if (r.status == InvitationStatus::Revoked && !r.revokedReason.isEmpty())
        return tr("%1: %2").arg(labelOf(r.status),
                                r.revokedReason == u"expired" ? tr("expired") : r.revokedReason);
    return labelOf(r.status);
}

QVariant InvitationModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InvitationRow &r = m_rows.at(index.row());
    if (role == IdRole)
        return r.id;
    if (role == RowVersionRole)
        return r.rowVersion;
    if (role == RevocableRole)
        return r.status == InvitationStatus::Pending;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Email:
        return r.email;
    case Sent:
        return when(r.createdAt, m_zone);
    case Expires:
        return when(r.expiresAt, m_zone);
    case StatusColumn:
        return statusText(r);
    }
    return {};
}

QVariant InvitationModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Email:
        return tr("E-mail");
    case Sent:
        return tr("Sent");
    case Expires:
        return tr("Expires");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void InvitationModel::setRows(const QList<InvitationRow> &rows, const QTimeZone &zone, const QDateTime &now) {
    beginResetModel();
    m_rows = rows;
    m_zone = zone.isValid() ? zone : QTimeZone::utc();
    m_now = now;
    endResetModel();
}

} // namespace adesk
