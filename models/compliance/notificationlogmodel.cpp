#include "models/compliance/notificationlogmodel.h"

#include "models/compliance/verification.h"

#include <QLocale>

namespace adesk {

NotificationLogModel::NotificationLogModel(DbExecutor *executor, QObject *parent)
    : KeysetPagedModel(executor, parent) {}

int NotificationLogModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int NotificationLogModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString NotificationLogModel::typeLabel(const QString &type) {
    if (type == u"bulk_notice")
        return tr("Bulk notice");
    if (type == u"verification_approved")
        return tr("Document approved");
    if (type == u"verification_rejected")
        return tr("Document rejected");
    if (type == u"verification_info_requested")
        return tr("Information requested");
    if (type == u"verification_expired")
        return tr("Document expired");
    if (type.startsWith(u"booking_"))
        return tr("Booking");
    if (type.startsWith(u"application_"))
        return tr("Partnership application");
    QString words = type; // a type without a label of its own still reads as words
    words.replace(u'_', u' ');
    if (!words.isEmpty())
        words[0] = words.at(0).toUpper();
    return words;
}

QVariant NotificationLogModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const NotificationEntry &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case MessageRole:
    case Qt::ToolTipRole: {
        QString text = r.title + QStringLiteral("\n\n") + r.message;
        if (!r.actionUrl.isEmpty())
            text += QStringLiteral("\n\n") + tr("Link: %1").arg(r.actionUrl);
        return text;
    }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Sent:
            return QLocale().toString(r.createdAt.toLocalTime(), QLocale::ShortFormat);
        case Recipient:
            return r.toWorkshop ? tr("%1 (workshop)").arg(r.recipientName) : r.recipientName;
        case Type:
            return typeLabel(r.type);
        case Title:
            return r.title;
        case About:
            return r.verificationId > 0 ? tr("%1: %2").arg(verification::typeLabel(
                                                               verification::typeFromSql(r.verificationType)),
                                                           r.verificationEntity)
                                        : QString();
        case ReadColumn:
            return r.read ? tr("Read") : tr("Unread");
        }
        return {};
    }
    return {};
}

QVariant NotificationLogModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Sent:
        return tr("Sent");
    case Recipient:
        return tr("Recipient");
    case Type:
        return tr("Type");
    case Title:
        return tr("Title");
    case About:
        return tr("About");
    case ReadColumn:
        return tr("Read");
    }
    return {};
}

void NotificationLogModel::requestNextPage() {
    std::optional<NewestFirstKey> after;
    if (!m_rows.isEmpty())
        after = NewestFirstKey{m_rows.last().createdUs, m_rows.last().id};
    const NotificationFilter filter = m_filter;
    const int limit = pageSize();
    loadPage<NotificationEntry>(
        [=](QSqlDatabase &db) { return OversightRepository::notificationPage(db, filter, after, limit); },
        limit, Load::NextPage,
        [this](const QList<NotificationEntry> &rows) {
            if (!rows.isEmpty()) {
                beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size()) - 1);
                m_rows.append(rows);
                endInsertRows();
            }
        });
}

void NotificationLogModel::setFilter(const NotificationFilter &filter) {
    beginResetModel();
    m_rows.clear();
    m_filter = filter;
    m_started = true;
    restart(false);
    endResetModel();
    fetchMore({});
}

const NotificationEntry *NotificationLogModel::rowAt(int row) const {
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace adesk
