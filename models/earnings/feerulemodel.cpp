#include "models/earnings/feerulemodel.h"

#include "models/common/basispoints.h"
#include "models/common/localtime.h"

#include <QLocale>

namespace adesk {

FeeRuleModel::FeeRuleModel(QObject *parent)
    : QAbstractTableModel(parent) {}

QDate FeeRuleModel::platformToday() {
    return LocalTime::localDate(QDateTime::currentDateTimeUtc(), QTimeZone("America/Toronto"));
}

QString FeeRuleModel::percent(int bp) {
    return BasisPoints(bp).toString(QLocale());
}

void FeeRuleModel::setRows(const QList<FeeRuleRow> &rows) {
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int FeeRuleModel::indexOfId(qint64 id) const {
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

const FeeRuleRow *FeeRuleModel::openCustomFee(qint64 workshopId) const {
    const FeeRuleRow *best = nullptr;
    for (const FeeRuleRow &r : m_rows)
        if (r.isCustomFee() && r.workshopId == workshopId && r.active && r.isOpen() &&
            (!best || r.effectiveFrom > best->effectiveFrom))
            best = &r;
    return best;
}

int FeeRuleModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FeeRuleModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FeeRuleModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const FeeRuleRow &r = m_rows[index.row()];
    const QLocale locale;
    const QDate lastDay = r.effectiveTo.isValid() ? r.effectiveTo.addDays(-1) : QDate();
    switch (role) {
    case IdRole:
        return r.id;
    case SortRole:
        switch (index.column()) {
        case FeeColumn:
            return r.feeBp;
        case PriorityColumn:
            return r.priority;
        case FromColumn:
            return r.effectiveFrom;
        case UntilColumn:
            // Open-ended versions sort after every dated one.
            return lastDay.isValid() ? lastDay : QDate(9999, 12, 31);
        case ActiveColumn:
            return r.active;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        return int((index.column() == FeeColumn || index.column() == PriorityColumn ? Qt::AlignRight
                                                                                    : Qt::AlignLeft) |
                   Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case NameColumn:
            return r.description.isEmpty() ? QVariant() : QVariant(r.description);
        case FromColumn:
            return r.changeReason.isEmpty() ? QVariant()
                                            : QVariant(tr("Version %1, written by %2: %3")
                                                           .arg(r.version)
                                                           .arg(r.createdBy, r.changeReason));
        case UntilColumn:
            return lastDay.isValid() ? tr("Last day in effect; the next version starts on %1.")
                                           .arg(locale.toString(r.effectiveTo, QLocale::ShortFormat))
                                     : tr("In effect until a new version replaces it.");
        case SourceColumn:
            return r.source.isEmpty() ? QVariant() : QVariant(r.source);
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return r.name;
    case KindColumn:
        return r.kind ? labelOf(*r.kind) : tr("Other");
    case WorkshopColumn:
        return r.workshopId ? r.workshopName : tr("All workshops");
    case FeeColumn:
        return percent(r.feeBp);
    case PriorityColumn:
        return locale.toString(r.priority);
    case FromColumn:
        return locale.toString(r.effectiveFrom, QLocale::ShortFormat);
    case UntilColumn:
        return lastDay.isValid() ? locale.toString(lastDay, QLocale::ShortFormat) : QString();
    case ActiveColumn:
        return r.active ? tr("Yes") : tr("No");
    case SourceColumn:
        return r.source;
    default:
        return {};
    }
}

QVariant FeeRuleModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Rule");
    case KindColumn:
        return tr("Applies to");
    case WorkshopColumn:
        return tr("Workshop");
    case FeeColumn:
        return tr("Fee");
    case PriorityColumn:
        return tr("Priority");
    case FromColumn:
        return tr("Effective from");
    case UntilColumn:
        return tr("Effective until");
    case ActiveColumn:
        return tr("Active");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

// ----- filter ---------------------------------------------------------------------------------

FeeRuleFilterModel::FeeRuleFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_today(FeeRuleModel::platformToday()) {
    setSortRole(FeeRuleModel::SortRole);
    setSortLocaleAware(true);
}

void FeeRuleFilterModel::setIncludeHistory(bool history) {
    m_history = history;
    invalidateFilter();
}

void FeeRuleFilterModel::setKind(std::optional<FeeKind> kind) {
    m_kind = kind;
    invalidateFilter();
}

void FeeRuleFilterModel::setSearch(const QString &text) {
    m_search = text.trimmed();
    invalidateFilter();
}

void FeeRuleFilterModel::setToday(QDate today) {
    m_today = today;
    invalidateFilter();
}

bool FeeRuleFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    auto *model = qobject_cast<FeeRuleModel *>(sourceModel());
    if (!model || sourceParent.isValid())
        return true;
    const FeeRuleRow *r = model->rowAt(sourceRow);
    if (!r)
        return false;
    if (!m_history && !r->isCurrentOn(m_today))
        return false;
    if (m_kind && r->kind != m_kind)
        return false;
    if (!m_search.isEmpty() && !r->name.contains(m_search, Qt::CaseInsensitive) &&
        !r->workshopName.contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace adesk
