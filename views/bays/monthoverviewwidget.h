#pragma once

#include "models/bays/bookingmodel.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

namespace adesk {

/// Month overview: a custom-painted 6 × 7 grid of the workshop's local days with the number of
/// bookings, booked hours and pending requests; closed days and closures shaded. A click opens
/// the day (dayActivated).
class MonthOverviewWidget : public QWidget {
    Q_OBJECT
public:
    explicit MonthOverviewWidget(QWidget *parent = nullptr);
    void setModel(BookingModel *model);
    void setMonth(QDate anyDayOfMonth);
    QDate month() const { return m_month; }
    /// First date drawn (Monday on or before the 1st).
    QDate firstShown() const { return m_month.addDays(1 - m_month.dayOfWeek()); }
    void setPendingCounts(const QHash<QDate, int> &counts);

signals:
    void dayActivated(QDate day);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QRect cellRect(int index) const;
    QPointer<BookingModel> m_model;
    QDate m_month;
    QHash<QDate, int> m_pending;
};

} // namespace adesk
