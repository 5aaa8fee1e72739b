#include "models/compliance/expiryboardmodel.h"

#include <QLocale>

#include <algorithm>

namespace adesk {

int ExpiryBoardModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ExpiryBoardModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString ExpiryBoardModel::daysLeftText(int daysLeft) {
    if (daysLeft == 0)
        return tr("Today");
    if (daysLeft < 0)
        return tr("%n day(s) ago", nullptr, -daysLeft);
    return tr("In %n day(s)", nullptr, daysLeft);
}

QString ExpiryBoardModel::remindersText(const QList<ExpiryReminder> &reminders) {
    if (reminders.isEmpty())
        return tr("none");
    QStringList parts;
    for (const ExpiryReminder &r : reminders)
        parts << tr("%1 d (%2)")
                     .arg(r.thresholdDays)
                     .arg(QLocale().toString(r.sentAt.toLocalTime().date(), QLocale::ShortFormat));
    return parts.join(tr(", "));
}

QString ExpiryBoardModel::withdrawsText(const ExpiryRow &row) {
    if (!row.withdrawsPhysicalWork)
        return tr("nothing");
    return row.entityType == verification::EntityType::Mechanic ? tr("Physical work")
                                                                : tr("Physical repairs at the workshop");
}

QVariant ExpiryBoardModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExpiryRow &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.verificationId;
    case EntityTypeRole:
        return int(r.entityType);
    case ProvinceRole:
        return r.province;
    case DaysLeftRole:
        return r.daysLeft;
    case Qt::TextAlignmentRole:
        if (index.column() == DaysLeft || index.column() == BookingsAtRisk ||
            index.column() == PartnershipsAtRisk)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == BookingsAtRisk)
            return tr("Requested or confirmed bookings starting after the expiry date");
        if (index.column() == PartnershipsAtRisk)
            return tr("Active partnerships running past the expiry date");
        if (index.column() == Reminders)
            return tr("Reminders sent at 60, 30 and 7 days before expiry (date sent)");
        return {};
    case SortRole:
        switch (index.column()) {
        case Entity:
            return r.entityName;
        case EntityType:
            return verification::entityTypeLabel(r.entityType);
        case Province:
            return r.province;
        case Document:
            return verification::typeLabel(r.type);
        case ExpiryDate:
        case DaysLeft:
            return r.daysLeft;
        case Withdraws:
            return int(r.withdrawsPhysicalWork);
        case BookingsAtRisk:
            return r.bookingsAtRisk;
        case PartnershipsAtRisk:
            return r.partnershipsAtRisk;
        case Reminders:
            return int(r.reminders.size());
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Entity:
        return r.entityName;
    case EntityType:
        return verification::entityTypeLabel(r.entityType);
    case Province:
        return r.province;
    case Document:
        return verification::typeLabel(r.type);
    case ExpiryDate:
        return QLocale().toString(r.expiryDate, QLocale::ShortFormat);
    case DaysLeft:
        return daysLeftText(r.daysLeft);
    case Withdraws:
        return withdrawsText(r);
    case BookingsAtRisk:
        return r.bookingsAtRisk;
    case PartnershipsAtRisk:
        return r.partnershipsAtRisk;
    case Reminders:
        return remindersText(r.reminders);
    }
    return {};
}

QVariant ExpiryBoardModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Entity:
        return tr("Entity");
    case EntityType:
        return tr("Type");
    case Province:
        return tr("Prov.");
    case Document:
        return tr("Document");
    case ExpiryDate:
        return tr("Expires");
    case DaysLeft:
        return tr("Days left");
    case Withdraws:
        return tr("Withdraws");
    case BookingsAtRisk:
        return tr("Bookings");
    case PartnershipsAtRisk:
        return tr("Partnerships");
    case Reminders:
        return tr("Reminders sent");
    }
    return {};
}

void ExpiryBoardModel::setRows(const QList<ExpiryRow> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QStringList ExpiryBoardModel::provinces() const {
    QStringList out;
    for (const ExpiryRow &r : m_rows)
        if (!r.province.isEmpty() && !out.contains(r.province))
            out << r.province;
    std::sort(out.begin(), out.end());
    return out;
}

ExpiryFilterModel::ExpiryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(ExpiryBoardModel::SortRole);
    setSortLocaleAware(true);
}

void ExpiryFilterModel::setWithinDays(int days) {
    m_within = days;
    invalidateRowsFilter();
}

void ExpiryFilterModel::setEntityType(int entityType) {
    m_entityType = entityType;
    invalidateRowsFilter();
}

void ExpiryFilterModel::setProvince(const QString &province) {
    m_province = province;
    invalidateRowsFilter();
}

void ExpiryFilterModel::setSourceModel(QAbstractItemModel *model) {
    m_board = qobject_cast<const ExpiryBoardModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool ExpiryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const ExpiryRow *r = m_board && !sourceParent.isValid() ? m_board->rowAt(sourceRow) : nullptr;
    if (!r)
        return false;
    if (r->daysLeft > m_within)
        return false;
    if (m_entityType >= 0 && int(r->entityType) != m_entityType)
        return false;
    if (!m_province.isEmpty() && r->province != m_province)
        return false;
    return true;
}

bool ExpiryFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const {
    const ExpiryRow *a = m_board ? m_board->rowAt(left.row()) : nullptr;
    const ExpiryRow *b = m_board ? m_board->rowAt(right.row()) : nullptr;
    if (a && b && left.column() == right.column()) {
        switch (left.column()) {
        case ExpiryBoardModel::Entity:
            return isSortLocaleAware()
                       ? a->entityName.localeAwareCompare(b->entityName) < 0
                       : QString::compare(a->entityName, b->entityName, sortCaseSensitivity()) < 0;
        case ExpiryBoardModel::ExpiryDate:
        case ExpiryBoardModel::DaysLeft:
            return a->daysLeft < b->daysLeft;
        case ExpiryBoardModel::Withdraws:
            return int(a->withdrawsPhysicalWork) < int(b->withdrawsPhysicalWork);
        case ExpiryBoardModel::BookingsAtRisk:
            return a->bookingsAtRisk < b->bookingsAtRisk;
        case ExpiryBoardModel::PartnershipsAtRisk:
            return a->partnershipsAtRisk < b->partnershipsAtRisk;
        case ExpiryBoardModel::Reminders:
            return a->reminders.size() < b->reminders.size();
        default:
            break;
        }
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace adesk
