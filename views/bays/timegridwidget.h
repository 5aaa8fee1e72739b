#pragma once

#include "models/bays/bayschedule.h"
#include "models/bays/bookingmodel.h"
#include "models/common/localtime.h"

#include <QFontMetrics>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace adesk {

/// The calendar's custom-painted time grid (KOrganizer's agenda idea, not a table): columns are
/// days × lanes (one lane per bay, or per mechanic), rows are the workshop's wall-clock time.
/// Closed hours and closures are shaded, a now line is drawn, and the corner names the zone.
///
/// It never writes: dragging on an empty lane emits createRequested, dragging a booking emits
/// moveRequested (its body: move, also to another bay; its bottom edge: resize). The booking is
/// drawn at the asked place until the controller calls acceptChange (the model then has it) or
/// rejectChange (it snaps back and the reason is shown). Times snap to snapMinutes. A wall-clock
/// time that does not exist (spring forward) is refused; an ambiguous one (fall back) goes to the
/// ambiguity resolver (the pane asks the user).
class TimeGridWidget : public QWidget {
    Q_OBJECT
public:
    enum class LaneMode { Bays, Mechanics };
    /// What the menu on a bay lane's header or an empty slot offers (the workshop setup dialog).
    enum class SetupAction { Open, EditBay, TakeBayOutOfService, AddClosure, OpeningHours };
    /// Returns the index of the chosen candidate, or -1 to cancel.
    using AmbiguityResolver = std::function<int(const LocalTime::Resolution &, const QString &explanation)>;

    explicit TimeGridWidget(QWidget *parent = nullptr);

    void setModel(BookingModel *model);
    BookingModel *model() const { return m_model; }
    void setRange(QDate firstDay, int days);
    QDate firstDay() const { return m_firstDay; }
    int dayCount() const { return m_days; }
    void setLaneMode(LaneMode mode);
    LaneMode laneMode() const { return m_laneMode; }
    void setSnapMinutes(int minutes) { m_snap = std::max(1, minutes); }
    void setShowCancelled(bool show);
    /// Fixed "now" for tests and screenshots; invalid: the clock.
    void setNow(const QDateTime &utc);
    /// The fixed "now" if set, else the clock (UTC).
    QDateTime now() const;
    /// Whether the calendar offers @p to for @p b now: the transition exists and check-in,
    /// completion and no-show wait until the booking has started (the database refuses them
    /// before, migration 0008's set_booking_status).
    static bool offersStatus(const Booking &b, BookingStatus to, const QDateTime &nowUtc);
    void setAmbiguityResolver(AmbiguityResolver resolver) { m_resolver = std::move(resolver); }

    /// Lanes as shown: bay ids or mechanic ids.
    QList<qint64> laneIds() const;
    /// Where a booking is drawn (empty when not visible).
    QRect bookingRect(qint64 id) const;
    /// The point of lane @p lane on day @p day at local wall-clock @p time.
    QPoint pointAt(int day, int lane, QTime time) const;
    qint64 selectedBooking() const { return m_selected; }
    void selectBooking(qint64 id);
    /// The bookings drawn, in reading order (day, lane, start): what the arrow keys walk through and
    /// what the accessibility interface lists as children.
    QList<qint64> visibleBookings() const;
    /// What a screen reader says for booking @p id: "Lift 1, 9:00–10:00, James Wilson, Confirmed", with
    /// the day after the bay when several days are shown ("Lift 1, Tue 8 Jan, 9:00–10:00, …").
    QString accessibleBookingName(qint64 id) const;
    /// A lane's name as its header shows it in @p width pixels: whole, else shorter ("Bay 3 — Alignment"
    /// → "Bay 3" → "3", "Nadia Haddad" → "Nadia H." → "Nadia"), elided only when nothing fits.
    static QString fittedLaneName(const QString &name, const QFontMetrics &fm, int width);
    /// Installs the accessibility factory of the grid (once per application; the widget does it).
    static void installAccessibility();
    bool hasPendingChange(qint64 id) const { return m_pending.contains(id); }

public slots:
    /// The controller accepted the change: the model shows it now.
    void acceptChange(qint64 id);
    /// The database refused it: snap back and show @p reason.
    void rejectChange(qint64 id, const QString &reason);

signals:
    /// Drag on an empty lane: laneId is a bay (LaneMode::Bays) or a mechanic.
    void createRequested(qint64 laneId, const QDateTime &startUtc, const QDateTime &endUtc);
    void moveRequested(qint64 bookingId, int version, qint64 bayId, const QDateTime &startUtc,
                       const QDateTime &endUtc);
    void statusChangeRequested(qint64 bookingId, int version, adesk::BookingStatus status);
    /// The menu on a lane header or an empty slot: bay @p bayId (0 in mechanic lanes), the slot's
    /// local wall-clock start (invalid on a header) and its ISO weekday.
    void setupRequested(adesk::TimeGridWidget::SetupAction action, qint64 bayId, const QDateTime &localStart,
                        int weekday);
    void selectionChanged(qint64 bookingId);
    /// Enter on the selected booking (its menu of status changes opens as well).
    void bookingActivated(qint64 bookingId);
    void dayActivated(QDate day);
    /// An input refused here (nonexistent local time, outside the grid) or a snap-back reason.
    void message(const QString &text, bool isError);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Span {
        qint64 bayId;
        QDateTime start;
        QDateTime end;
    };
    enum class Drag { None, Create, Move, Resize };

    struct Geometry {
        int axisWidth = 56;
        int headerHeight = 40;
        int startMinute = 0;
        int endMinute = 0;
        double columnWidth = 1;
        double pxPerMinute = 1;
        int lanes = 1;
    };
    Geometry geometry() const;
    int laneOf(const Booking &b) const;
    void updateFrame() const;
    bool localPosition(const QDateTime &utc, int *day, int *minute) const;
    QRectF rectFor(const Geometry &g, qint64 laneKey, const QDateTime &start, const QDateTime &end) const;
    bool hitCell(const QPoint &p, int *day, int *lane, int *minute) const;
    void setupMenu(QContextMenuEvent *event);
    qint64 bookingAt(const QPoint &p, bool *onBottomEdge) const;
    /// Local wall-clock minute of @p day → instant, asking or refusing as needed. Invalid: refused.
    QDateTime resolve(int day, int minute);
    int snapped(int minute) const;
    void updateLanes();
    QString laneName(int lane) const;
    /// The arrow keys: the next booking in @p direction (Qt::Key_Up/Down within its column,
    /// Left/Right to the nearest in time in the next column); 0 when there is none.
    qint64 neighbour(qint64 from, int key) const;
    /// Ctrl+arrows: the selected booking a slot earlier or later, or in the next bay lane, asked
    /// through moveRequested as a drag would.
    void keyboardMove(int key);
    void showBookingMenu(qint64 id, const QPoint &globalPos);

    QPointer<BookingModel> m_model;
    QDate m_firstDay;
    int m_days = 7;
    LaneMode m_laneMode = LaneMode::Bays;
    int m_snap = 15;
    bool m_showCancelled = false;
    QDateTime m_now;
    AmbiguityResolver m_resolver;
    QList<qint64> m_lanes;
    QList<QString> m_laneNames;
    QHash<qint64, int> m_laneIndex;
    QHash<qint64, Span> m_pending;
    qint64 m_selected = 0;

    Drag m_drag = Drag::None;
    qint64 m_dragId = 0;
    int m_dragDay = 0;
    int m_dragLane = 0;
    int m_dragStartMinute = 0;
    int m_dragCurrentMinute = 0;
    int m_grabOffset = 0;
    QPoint m_pressPos;
    bool m_dragMoved = false;
    QRect m_flash;
    mutable QDate m_frameFirst;
    mutable QByteArray m_frameZone;
    mutable QList<qint64> m_frameStarts; ///< UTC seconds of the start of each visible day (+2)
};

} // namespace adesk
