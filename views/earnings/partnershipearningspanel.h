#pragma once

#include "models/earnings/earningstypes.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace adesk {

class PartnershipEarningsModel;
class PartnershipEarningsSortModel;

/// The earnings pane's "Partnerships" tab (owners and finance, issue 12): per partnership over a
/// range of months, the jobs, gross, platform fee and shares by the signed agreement, the bay rental
/// and membership charges and the balance, with a totals row; sortable.
class PartnershipEarningsPanel : public QWidget {
    Q_OBJECT
public:
    explicit PartnershipEarningsPanel(QWidget *parent = nullptr);

    PartnershipEarningsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// The sorted rows the view shows (the totals row last).
    PartnershipEarningsSortModel *sortModel() const { return m_sort; }
    QComboBox *fromCombo() const { return m_from; }
    QComboBox *toCombo() const { return m_to; }
    /// The first day of the first month of the range.
    QDate from() const;
    /// The first day of the month after the range's last (the range is [from, to)).
    QDate to() const;

public slots:
    /// The months to choose from (first days, newest first); keeps the choice when it still exists.
    void setMonths(const QList<QDate> &months);
    void setRows(const QList<adesk::PartnershipEarningsRow> &rows);
    /// Workshop names by id (finance sees several workshops' partnerships).
    void setWorkshopNames(const QHash<qint64, QString> &names);

signals:
    /// The range changed: [from, to) in first days of months.
    void rangeChanged(const QDate &from, const QDate &to);

private:
    void onRangeEdited();

    PartnershipEarningsModel *m_model;
    PartnershipEarningsSortModel *m_sort;
    QComboBox *m_from;
    QComboBox *m_to;
    QLabel *m_summary;
    QTableView *m_view;
};

} // namespace adesk
