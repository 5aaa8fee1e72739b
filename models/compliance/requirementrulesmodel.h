#pragma once

#include "models/compliance/requirementtypes.h"

#include <QAbstractTableModel>

#include <optional>

namespace adesk {

/// The requirements matrix as a table: province (or every province), who (entity and path), the
/// document, effective from, until. Filled by the controller (setRules); filtered here by province
/// (a rule for every province shows under each) and path.
class RequirementRulesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Province, Path, Document, From, Until, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, EndableRole };

    using QAbstractTableModel::QAbstractTableModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Every rule loaded, and the first date an edit may take effect (rules already ended before it
    /// cannot be ended again).
    void setRules(const QList<RequirementRule> &rules, const QDate &editFloor);
    /// Shows only rules applying in @p province (empty: all) and to @p path (none: all).
    void setFilter(const QString &province, std::optional<RequirementPath> path);
    const RequirementRule *ruleAt(int row) const {
        return row >= 0 && row < m_shown.size() ? &m_all.at(m_shown.at(row)) : nullptr;
    }

private:
    void refilter();

    QList<RequirementRule> m_all;
    QList<int> m_shown; ///< indexes into m_all
    QDate m_floor;
    QString m_province;
    std::optional<RequirementPath> m_path;
};

} // namespace adesk
