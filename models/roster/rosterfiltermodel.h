#pragma once

#include <QSortFilterProxyModel>

namespace adesk {

/// Sorts the roster by any column (RosterModel::SortRole) and filters it by text (name or e-mail)
/// and by readiness.
class RosterFilterModel : public QSortFilterProxyModel {
    Q_OBJECT
public:
    enum class Show { All, PhysicalWork, DocumentsMissing };

    explicit RosterFilterModel(QObject *parent = nullptr);
    void setText(const QString &text);
    void setShow(Show show);
    Show show() const { return m_show; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    Show m_show = Show::All;
};

} // namespace adesk
