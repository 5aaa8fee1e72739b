#include "models/compliance/requirementrulesmodel.h"

#include <QLocale>

namespace adesk {

int RequirementRulesModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_shown.size());
}

int RequirementRulesModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequirementRulesModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequirementRule &r = m_all.at(m_shown.at(index.row()));
    if (role == IdRole)
        return r.id;
    if (role == EndableRole)
        return !r.effectiveTo.isValid() || (m_floor.isValid() && r.effectiveTo > m_floor);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Province:
        return r.province.isEmpty() ? tr("Every province") : r.province;
    case Path:
        return labelOf(r.path);
    case Document:
        return verification::typeLabel(r.type);
    case From:
        return QLocale().toString(r.effectiveFrom, QLocale::ShortFormat);
    case Until:
        return r.effectiveTo.isValid() ? QLocale().toString(r.effectiveTo, QLocale::ShortFormat) : tr("Open");
    }
    return {};
}

QVariant RequirementRulesModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Province:
        return tr("Province");
    case Path:
        return tr("Who");
    case Document:
        return tr("Document");
    case From:
        return tr("From");
    case Until:
        return tr("Until (excl.)");
    }
    return {};
}

void RequirementRulesModel::setRules(const QList<RequirementRule> &rules, const QDate &editFloor) {
    beginResetModel();
    m_all = rules;
    m_floor = editFloor;
    refilter();
    endResetModel();
}

void RequirementRulesModel::setFilter(const QString &province, std::optional<RequirementPath> path) {
    beginResetModel();
    m_province = province;
    m_path = path;
    refilter();
    endResetModel();
}

void RequirementRulesModel::refilter() {
    m_shown.clear();
    for (int i = 0; i < m_all.size(); ++i) {
        const RequirementRule &r = m_all.at(i);
        if (!m_province.isEmpty() && !r.province.isEmpty() && r.province != m_province)
            continue;
        if (m_path && r.path != *m_path)
            continue;
        m_shown.append(i);
    }
}

} // namespace adesk
