#pragma once

#include "models/compliance/kpitypes.h"

#include <QAbstractTableModel>

namespace adesk {

/// The numbers behind one of the dashboard's charts (issue 15, "Platform KPIs"): one row per bucket
/// (or tier), read-only, formatted with the locale; Qt::UserRole holds the raw value (cents, basis
/// points, hours, counts; null when the figure has no value).
class KpiTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Kind { Turnaround, Queue, Tiers, Sessions, Retention, Bookings, Revenue };

    explicit KpiTableModel(Kind kind, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setReport(const kpi::Report &report);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// A service tier code's label ("Workshop-affiliated").
    static QString tierLabel(const QString &tier);

private:
    QVariant raw(int row, int column) const;
    QString text(int row, int column) const;

    Kind m_kind;
    kpi::Report m_report;
};

} // namespace adesk
