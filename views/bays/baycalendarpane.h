#pragma once

#include "models/bays/bayschedule.h"
#include "views/bays/timegridwidget.h"
#include "views/common/lazypane.h"

#include <QDate>

class QComboBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QUndoCommand;
class QToolButton;
class QUndoStack;

namespace adesk {

class BookingModel;
class MonthOverviewWidget;
class PendingBookingModel;
class UtilizationModel;
class UtilizationView;

/// The bay booking calendar of a workshop owner (or an admin, with a workshop chooser): day and
/// week time grids with a lane per bay or per mechanic, a month overview, the pending requests with
/// their count, status actions with undo, .ics export, the day sheet's print preview and the
/// utilization chart. Shows models and emits intents; the controller (app/baycontroller) runs them.
class BayCalendarPane : public LazyPane {
    Q_OBJECT
public:
    enum class ViewMode { Day, Week, Month };

    explicit BayCalendarPane(QWidget *parent = nullptr);

    void setModels(BookingModel *bookings, PendingBookingModel *pending, UtilizationModel *utilization);
    qint64 currentWorkshop() const;

    ViewMode viewMode() const { return m_mode; }
    QDate anchorDate() const { return m_anchor; }
    /// First local date and number of days the current view shows (month: its 6 × 7 grid).
    QDate firstVisibleDate() const;
    int visibleDays() const;
    /// The visible range as UTC instants, the day boundaries being the workshop's.
    QDateTime rangeStart() const;
    QDateTime rangeEnd() const;
    /// Period of the utilization chart: local dates [from, to).
    QDate utilizationFrom() const;
    QDate utilizationTo() const;

    TimeGridWidget *grid() const { return m_grid; }
    MonthOverviewWidget *monthView() const { return m_month; }
    QUndoStack *undoStack() const { return m_undo; }
    /// Mechanic for bookings created by dragging on a bay lane (or bay, on a mechanic lane).
    qint64 bookForId() const;
    qint64 currentBooking() const { return m_current; }
    QString lastMessage() const { return m_lastMessage; }

public slots:
    void setWorkshops(const QList<adesk::WorkshopRef> &workshops, qint64 current);
    void setViewMode(adesk::BayCalendarPane::ViewMode mode);
    void setAnchorDate(QDate date);
    void showMessage(const QString &text, bool isError);
    void selectBooking(qint64 id);
    /// The database took the drag of booking @p id: the grid keeps its new place.
    void acceptChange(qint64 id);
    /// The database refused the drag of booking @p id: the grid snaps it back.
    void rejectChange(qint64 id, const QString &message);
    /// Records a change that worked on the undo stack (the stack takes @p command).
    void pushUndo(QUndoCommand *command);
    /// Why the workshop may not host physical work today (translated reasons; empty: hides the banner).
    void setPhysicalWorkProblems(const QStringList &reasons);

signals:
    void workshopChanged(qint64 workshopId);
    /// The visible range moved: reload the bookings.
    void rangeChanged();
    void createRequested(const adesk::NewBooking &booking);
    void moveRequested(qint64 bookingId, int version, qint64 bayId, const QDateTime &start,
                       const QDateTime &end);
    void statusRequested(qint64 bookingId, int version, adesk::BookingStatus status, const QString &reason);
    void exportRequested(const QString &path, qint64 bayId, qint64 mechanicId, const QDateTime &from,
                         const QDateTime &to);
    void utilizationRequested(QDate from, QDate to);
    /// A booking was picked in the pending list: re-read it (it may have changed since the list loaded).
    void bookingInspected(qint64 bookingId);
    /// The toolbar's "Set up workshop…" or the grid's menu on a lane header or an empty slot.
    void setupRequested(adesk::TimeGridWidget::SetupAction action, qint64 bayId, const QDateTime &localStart,
                        int weekday);

private:
    void step(int direction);
    void updateTitle();
    void updateBookFor();
    void updateActions();
    void requestStatus(BookingStatus status, const QString &reason = {});
    /// The newest copy of booking @p id the pane has (calendar or pending list, higher version).
    const Booking *freshest(qint64 id) const;
    void exportIcs();
    void printDaySheet();

    BookingModel *m_bookings = nullptr;
    PendingBookingModel *m_pendingModel = nullptr;
    UtilizationModel *m_utilization = nullptr;
    ViewMode m_mode = ViewMode::Week;
    QDate m_anchor;
    qint64 m_current = 0;
    QString m_lastMessage;

    QComboBox *m_workshop;
    QLabel *m_title;
    QLabel *m_zone;
    QToolButton *m_dayButton;
    QToolButton *m_weekButton;
    QToolButton *m_monthButton;
    QComboBox *m_lanes;
    QComboBox *m_bookFor;
    QLabel *m_bookForLabel;
    QLabel *m_banner;
    QLabel *m_problems;
    QTabWidget *m_tabs;
    QStackedWidget *m_stack;
    TimeGridWidget *m_grid;
    MonthOverviewWidget *m_month;
    QLabel *m_pendingTitle;
    QTableView *m_pendingView;
    QLabel *m_selectionLabel;
    QPushButton *m_confirm;
    QPushButton *m_decline;
    QPushButton *m_checkIn;
    QPushButton *m_complete;
    QPushButton *m_cancel;
    QPushButton *m_noShow;
    UtilizationView *m_utilizationView;
    QUndoStack *m_undo;
};

} // namespace adesk
