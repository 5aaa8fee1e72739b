#include "models/roster/rosterfiltermodel.h"

#include "models/roster/rostermodel.h"

namespace adesk {

RosterFilterModel::RosterFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent) {
    setSortRole(RosterModel::SortRole);
    setSortLocaleAware(true);
}

void RosterFilterModel::setText(const QString &text) {
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void RosterFilterModel::setShow(Show show) {
    m_show = show;
    invalidateRowsFilter();
}

bool RosterFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const {
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_text.isEmpty() &&
        !i.data(RosterModel::SearchRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    switch (m_show) {
    case Show::All:
        return true;
    case Show::PhysicalWork:
        return i.data(RosterModel::PhysicalWorkRole).toBool();
    case Show::DocumentsMissing:
        return i.data(RosterModel::MissingCountRole).toInt() > 0;
    }
    return true;
}

} // namespace adesk
