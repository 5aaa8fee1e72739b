#include "views/bays/timegridwidget.h"

#include "models/bays/bookingmodel.h"
#include "views/bays/bookingcolors.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolTip>

#include <cmath>

namespace adesk {

namespace {
constexpr int kDayRow = 20;
constexpr int kLaneRow = 20;
constexpr int kEdge = 5;

/// One booking of the grid for assistive technology: a list item named after its bay, times,
/// mechanic and status, at its place on the screen.
class BookingAccessible : public QAccessibleInterface {
public:
    BookingAccessible(TimeGridWidget *grid, qint64 id)
        : m_grid(grid)
        , m_id(id) {}
    bool isValid() const override { return m_grid && m_grid->visibleBookings().contains(m_id); }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_grid ? m_grid->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override { return QAccessible::queryAccessibleInterface(m_grid); }
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    QString text(QAccessible::Text t) const override {
        if (!m_grid)
            return {};
        return t == QAccessible::Name ? m_grid->accessibleBookingName(m_id) : QString();
    }
    void setText(QAccessible::Text, const QString &) override {}
    QRect rect() const override {
        if (!m_grid)
            return {};
        const QRect r = m_grid->bookingRect(m_id);
        return QRect(m_grid->mapToGlobal(r.topLeft()), r.size());
    }
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override {
        QAccessible::State s;
        s.focusable = true;
        s.selectable = true;
        s.selected = m_grid && m_grid->selectedBooking() == m_id;
        s.focused = s.selected && m_grid->hasFocus();
        return s;
    }
    qint64 id() const { return m_id; }

private:
    QPointer<TimeGridWidget> m_grid;
    qint64 m_id;
};

/// The grid: a list whose children are the bookings drawn (TimeGridWidget::visibleBookings).
class TimeGridAccessible : public QAccessibleWidget {
public:
    explicit TimeGridAccessible(TimeGridWidget *grid)
        : QAccessibleWidget(grid, QAccessible::List) {}
    ~TimeGridAccessible() override {
        for (const QAccessible::Id id : std::as_const(m_children))
            QAccessible::deleteAccessibleInterface(id);
    }
    TimeGridWidget *grid() const { return static_cast<TimeGridWidget *>(widget()); }
    int childCount() const override { return int(grid()->visibleBookings().size()); }
    QAccessibleInterface *child(int index) const override {
        const QList<qint64> ids = grid()->visibleBookings();
        if (index < 0 || index >= ids.size())
            return nullptr;
        const qint64 id = ids.at(index);
        auto it = m_children.constFind(id);
        if (it == m_children.cend())
            it = m_children.insert(
                id, QAccessible::registerAccessibleInterface(new BookingAccessible(grid(), id)));
        return QAccessible::accessibleInterface(*it);
    }
    int indexOfChild(const QAccessibleInterface *child) const override {
        const auto *b = dynamic_cast<const BookingAccessible *>(child);
        return b ? int(grid()->visibleBookings().indexOf(b->id())) : -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override {
        const QPoint p = grid()->mapFromGlobal(QPoint(x, y));
        const QList<qint64> ids = grid()->visibleBookings();
        for (int i = int(ids.size()) - 1; i >= 0; --i)
            if (grid()->bookingRect(ids.at(i)).contains(p))
                return child(i);
        return nullptr;
    }
    QString text(QAccessible::Text t) const override {
        if (t == QAccessible::Name && widget()->accessibleName().isEmpty())
            return TimeGridWidget::tr("Bookings");
        return QAccessibleWidget::text(t);
    }

private:
    mutable QHash<qint64, QAccessible::Id> m_children;
};

QAccessibleInterface *timeGridFactory(const QString &className, QObject *object) {
    if (className == QLatin1String("adesk::TimeGridWidget") && object && object->isWidgetType())
        return new TimeGridAccessible(static_cast<TimeGridWidget *>(object));
    return nullptr;
}
} // namespace

void TimeGridWidget::installAccessibility() {
    static const bool installed = [] {
        QAccessible::installFactory(timeGridFactory);
        return true;
    }();
    Q_UNUSED(installed);
}

TimeGridWidget::TimeGridWidget(QWidget *parent)
    : QWidget(parent) {
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    installAccessibility();
    setMinimumSize(480, 360);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_firstDay = QDate::currentDate();
    auto *tick = new QTimer(this);
    tick->setInterval(60 * 1000);
    connect(tick, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    tick->start();
}

void TimeGridWidget::setModel(BookingModel *model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        auto refresh = [this] {
            updateLanes();
            update();
        };
        connect(model, &QAbstractItemModel::modelReset, this, refresh);
        connect(model, &QAbstractItemModel::rowsInserted, this, refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, refresh);
        connect(model, &QAbstractItemModel::dataChanged, this, qOverload<>(&QWidget::update));
    }
    updateLanes();
    update();
}

void TimeGridWidget::setRange(QDate firstDay, int days) {
    m_firstDay = firstDay;
    m_days = std::clamp(days, 1, 31);
    update();
}

void TimeGridWidget::setLaneMode(LaneMode mode) {
    m_laneMode = mode;
    updateLanes();
    update();
}

void TimeGridWidget::setShowCancelled(bool show) {
    m_showCancelled = show;
    update();
}

void TimeGridWidget::setNow(const QDateTime &utc) {
    m_now = utc;
    update();
}

void TimeGridWidget::updateLanes() {
    m_lanes.clear();
    m_laneNames.clear();
    m_laneIndex.clear();
    if (!m_model)
        return;
    const WorkshopCalendar &c = m_model->calendar();
    if (m_laneMode == LaneMode::Bays) {
        for (const Bay &b : c.bays) {
            if (!b.active)
                continue;
            m_laneIndex.insert(b.id, int(m_lanes.size()));
            m_lanes.append(b.id);
            m_laneNames.append(b.name);
        }
    } else {
        for (const BookingMechanic &m : c.mechanics) {
            m_laneIndex.insert(m.id, int(m_lanes.size()));
            m_lanes.append(m.id);
            m_laneNames.append(m.name);
        }
    }
}

QList<qint64> TimeGridWidget::laneIds() const {
    return m_lanes;
}

QString TimeGridWidget::laneName(int lane) const {
    return m_laneNames.value(lane);
}

TimeGridWidget::Geometry TimeGridWidget::geometry() const {
    Geometry g;
    g.headerHeight = kDayRow + kLaneRow;
    g.axisWidth =
        std::max(56, fontMetrics().horizontalAdvance(LocalTime::shortTime(QLocale(), QTime(10, 0))) + 12);
    QTime open(8, 0);
    QTime close(18, 0);
    if (m_model) {
        open = m_model->calendar().earliestOpening();
        close = m_model->calendar().latestClosing();
    }
    g.startMinute = std::max(0, (open.hour() - 1) * 60);
    g.endMinute = std::min(24 * 60, (close.hour() + (close.minute() > 0 ? 2 : 1)) * 60);
    g.lanes = std::max<int>(1, int(m_lanes.size()));
    g.columnWidth = double(std::max(1, width() - g.axisWidth)) / double(m_days * g.lanes);
    g.pxPerMinute =
        double(std::max(1, height() - g.headerHeight)) / double(std::max(60, g.endMinute - g.startMinute));
    return g;
}

int TimeGridWidget::laneOf(const Booking &b) const {
    return m_laneIndex.value(m_laneMode == LaneMode::Bays ? b.bayId : b.mechanicId, -1);
}

void TimeGridWidget::updateFrame() const {
    const QTimeZone zone =
        m_model && m_model->calendar().zone.isValid() ? m_model->calendar().zone : QTimeZone::utc();
    if (m_frameFirst == m_firstDay && m_frameStarts.size() == m_days + 2 && m_frameZone == zone.id())
        return;
    m_frameFirst = m_firstDay;
    m_frameZone = zone.id();
    m_frameStarts.clear();
    for (int d = 0; d <= m_days + 1; ++d)
        m_frameStarts.append(LocalTime::startOfDay(m_firstDay.addDays(d), zone).toSecsSinceEpoch());
}

bool TimeGridWidget::localPosition(const QDateTime &utc, int *day, int *minute) const {
    // Day starts of the visible frame (the workshop's days): a binary search and a subtraction
    // instead of a time-zone conversion per booking; days of a DST change convert exactly.
    updateFrame();
    const qint64 t = utc.toSecsSinceEpoch();
    const auto it = std::upper_bound(m_frameStarts.cbegin(), m_frameStarts.cend(), t);
    if (it == m_frameStarts.cbegin() || it == m_frameStarts.cend()) {
        if (!m_model)
            return false;
        const QDateTime local = utc.toTimeZone(m_model->calendar().zone);
        *day = int(m_firstDay.daysTo(local.date()));
        *minute = local.time().hour() * 60 + local.time().minute();
        return true;
    }
    const int d = int(it - m_frameStarts.cbegin()) - 1;
    const qint64 dayStart = m_frameStarts.at(d);
    if (*it - dayStart != 86400 && m_model) {
        const QDateTime local = utc.toTimeZone(m_model->calendar().zone);
        *day = int(m_firstDay.daysTo(local.date()));
        *minute = local.time().hour() * 60 + local.time().minute();
        return true;
    }
    *day = d;
    *minute = int((t - dayStart) / 60);
    return true;
}

QRectF TimeGridWidget::rectFor(const Geometry &g, qint64 laneKey, const QDateTime &start,
                               const QDateTime &end) const {
    const int lane = m_laneIndex.value(laneKey, -1);
    if (lane < 0 || !m_model)
        return {};
    int day = 0;
    int startMin = 0;
    if (!localPosition(start, &day, &startMin) || day < 0 || day >= m_days)
        return {};
    int endDay = 0;
    int endMin = 0;
    localPosition(end, &endDay, &endMin);
    endMin = std::max(endMin + (endDay - day) * 24 * 60, startMin + 5);
    const double x = g.axisWidth + (day * g.lanes + lane) * g.columnWidth;
    const double y0 = g.headerHeight + (std::max(startMin, g.startMinute) - g.startMinute) * g.pxPerMinute;
    const double y1 = g.headerHeight + (std::min(endMin, g.endMinute) - g.startMinute) * g.pxPerMinute;
    if (y1 <= y0)
        return {};
    return QRectF(x + 1, y0, std::max(1.0, g.columnWidth - 2), y1 - y0);
}

QRect TimeGridWidget::bookingRect(qint64 id) const {
    if (!m_model)
        return {};
    const Booking *b = m_model->booking(id);
    if (!b)
        return {};
    const Geometry g = geometry();
    if (auto it = m_pending.constFind(id); it != m_pending.cend()) {
        const qint64 key = m_laneMode == LaneMode::Bays ? it->bayId : b->mechanicId;
        return rectFor(g, key, it->start, it->end).toRect();
    }
    return rectFor(g, m_laneMode == LaneMode::Bays ? b->bayId : b->mechanicId, b->start, b->end).toRect();
}

QPoint TimeGridWidget::pointAt(int day, int lane, QTime time) const {
    const Geometry g = geometry();
    const int minute = time.hour() * 60 + time.minute();
    return QPoint(int(g.axisWidth + (day * g.lanes + lane + 0.5) * g.columnWidth),
                  int(std::ceil(g.headerHeight + (minute - g.startMinute) * g.pxPerMinute)) + 1);
}

bool TimeGridWidget::hitCell(const QPoint &p, int *day, int *lane, int *minute) const {
    const Geometry g = geometry();
    if (p.x() < g.axisWidth || p.y() < g.headerHeight || m_lanes.isEmpty())
        return false;
    const int column = int((p.x() - g.axisWidth) / g.columnWidth);
    if (column < 0 || column >= m_days * g.lanes)
        return false;
    *day = column / g.lanes;
    *lane = column % g.lanes;
    *minute =
        std::clamp(int(g.startMinute + (p.y() - g.headerHeight) / g.pxPerMinute), g.startMinute, g.endMinute);
    return true;
}

qint64 TimeGridWidget::bookingAt(const QPoint &p, bool *onBottomEdge) const {
    if (!m_model)
        return 0;
    const QList<Booking> &rows = m_model->bookings();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        if (!m_showCancelled && !bookingstatus::isLive(it->status))
            continue;
        const QRect r = bookingRect(it->id);
        if (r.contains(p)) {
            if (onBottomEdge)
                *onBottomEdge = p.y() >= r.bottom() - kEdge && bookingstatus::canMove(it->status);
            return it->id;
        }
    }
    return 0;
}

int TimeGridWidget::snapped(int minute) const {
    return int(std::lround(double(minute) / m_snap)) * m_snap;
}

QDateTime TimeGridWidget::resolve(int day, int minute) {
    if (!m_model)
        return {};
    const QDate date = m_firstDay.addDays(day + minute / (24 * 60));
    const QTime time = QTime(0, 0).addSecs((minute % (24 * 60)) * 60);
    const QTimeZone &zone = m_model->calendar().zone;
    const LocalTime::Resolution r = LocalTime::resolve(date, time, zone);
    const QString why = LocalTime::explanation(r, date, time, zone);
    switch (r.kind) {
    case LocalTime::Kind::Unique:
        return r.first();
    case LocalTime::Kind::Nonexistent:
        emit message(why, true);
        return {};
    case LocalTime::Kind::Ambiguous: {
        const int choice = m_resolver ? m_resolver(r, why) : -1;
        if (choice < 0 || choice >= r.candidates.size()) {
            emit message(why, true);
            return {};
        }
        return r.candidates.at(choice);
    }
    }
    return {};
}

void TimeGridWidget::selectBooking(qint64 id) {
    if (m_selected == id)
        return;
    m_selected = id;
    update();
    emit selectionChanged(id);
    if (QAccessible::isActive()) {
        if (const int index = int(visibleBookings().indexOf(id)); index >= 0) {
            QAccessibleEvent focus(this, QAccessible::Focus);
            focus.setChild(index);
            QAccessible::updateAccessibility(&focus);
        }
    }
}

QString TimeGridWidget::fittedLaneName(const QString &name, const QFontMetrics &fm, int width) {
    // "Bay 3 — Alignment" → "Bay 3" → "3"; "Nadia Haddad" → "Nadia H." → "Nadia"; elided last.
    QStringList candidates{name};
    const QString first = name.section(QStringLiteral(" — "), 0, 0).trimmed();
    candidates << first;
    const QStringList words = first.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 1) {
        const QString last = words.last();
        bool numeric = false;
        last.toInt(&numeric);
        if (numeric || last.size() <= 2) {
            candidates << last;
        } else {
            candidates << words.first() + u' ' + last.left(1) + u'.' << words.first();
        }
    }
    for (const QString &c : std::as_const(candidates))
        if (fm.horizontalAdvance(c) <= width)
            return c;
    return fm.elidedText(candidates.last(), Qt::ElideRight, width);
}

QList<qint64> TimeGridWidget::visibleBookings() const {
    QList<qint64> out;
    if (!m_model)
        return out;
    struct Key {
        int day, lane, minute;
        qint64 id;
    };
    QList<Key> keys;
    for (const Booking &b : m_model->bookings()) {
        if (!m_showCancelled && !bookingstatus::isLive(b.status))
            continue;
        const int lane = laneOf(b);
        int day = 0, minute = 0;
        if (lane < 0 || !localPosition(b.start, &day, &minute) || day < 0 || day >= m_days ||
            bookingRect(b.id).isEmpty())
            continue;
        keys.append({day, lane, minute, b.id});
    }
    std::sort(keys.begin(), keys.end(), [](const Key &a, const Key &b) {
        return std::tie(a.day, a.lane, a.minute, a.id) < std::tie(b.day, b.lane, b.minute, b.id);
    });
    for (const Key &k : keys)
        out.append(k.id);
    return out;
}

QString TimeGridWidget::accessibleBookingName(qint64 id) const {
    const Booking *b = m_model ? m_model->booking(id) : nullptr;
    if (!b)
        return {};
    const QTimeZone &zone = m_model->calendar().zone;
    const QLocale locale;
    const Bay *bay = m_model->calendar().bay(b->bayId);
    const QDateTime start = b->start.toTimeZone(zone);
    const QString times = LocalTime::shortTime(locale, start.time()) + QStringLiteral("–") +
                          LocalTime::shortTime(locale, b->end.toTimeZone(zone).time());
    const QString bayName = bay ? bay->name : QString();
    // Several days shown: the day as well, so that no two bookings sound the same.
    if (m_days > 1)
        return tr("%1, %2, %3, %4, %5")
            .arg(bayName, locale.toString(start.date(), QStringLiteral("ddd d MMM")), times, b->mechanicName,
                 bookingstatus::label(b->status));
    return tr("%1, %2, %3, %4").arg(bayName, times, b->mechanicName, bookingstatus::label(b->status));
}

qint64 TimeGridWidget::neighbour(qint64 from, int key) const {
    const QList<qint64> ids = visibleBookings();
    if (ids.isEmpty())
        return 0;
    const int at = int(ids.indexOf(from));
    if (at < 0)
        return ids.first();
    const Booking *cur = m_model->booking(from);
    int curDay = 0, curMinute = 0;
    localPosition(cur->start, &curDay, &curMinute);
    const int curColumn = curDay * int(std::max<qsizetype>(1, m_lanes.size())) + laneOf(*cur);
    auto columnOf = [&](const Booking &b, int *minute) {
        int day = 0;
        localPosition(b.start, &day, minute);
        return day * int(std::max<qsizetype>(1, m_lanes.size())) + laneOf(b);
    };
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        // Reading order is by column, then start: the neighbour in the list, if in the same column.
        const int next = at + (key == Qt::Key_Down ? 1 : -1);
        if (next < 0 || next >= ids.size())
            return 0;
        int minute = 0;
        return columnOf(*m_model->booking(ids.at(next)), &minute) == curColumn ? ids.at(next) : 0;
    }
    // Left/Right: the nearest column on that side that has bookings, the closest start in it.
    const int step = key == Qt::Key_Right ? 1 : -1;
    int bestColumn = -1;
    qint64 best = 0;
    int bestDistance = 0;
    for (const qint64 id : ids) {
        int minute = 0;
        const int column = columnOf(*m_model->booking(id), &minute);
        if ((column - curColumn) * step <= 0)
            continue;
        const int distance = std::abs(minute - curMinute);
        if (bestColumn < 0 || (column - bestColumn) * step < 0 ||
            (column == bestColumn && distance < bestDistance)) {
            bestColumn = column;
            best = id;
            bestDistance = distance;
        }
    }
    return best;
}

void TimeGridWidget::keyboardMove(int key) {
    const Booking *b = m_model ? m_model->booking(m_selected) : nullptr;
    if (!b || m_pending.contains(b->id) || m_drag != Drag::None)
        return;
    if (!bookingstatus::canMove(b->status)) {
        emit message(tr("This booking can no longer be moved."), true);
        return;
    }
    const QTimeZone &zone = m_model->calendar().zone;
    qint64 bayId = b->bayId;
    QDateTime start = b->start;
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        if (m_laneMode != LaneMode::Bays) {
            emit message(tr("Show the bays to move a booking to another bay."), true);
            return;
        }
        const int lane = int(m_lanes.indexOf(b->bayId)) + (key == Qt::Key_Right ? 1 : -1);
        if (lane < 0 || lane >= m_lanes.size())
            return;
        bayId = m_lanes.at(lane);
    } else {
        // A slot earlier or later, on the local wall clock (refused in a gap, asked in an overlap).
        const QDateTime local = b->start.toTimeZone(zone);
        const int minute =
            local.time().hour() * 60 + local.time().minute() + (key == Qt::Key_Down ? m_snap : -m_snap);
        const int day = int(m_firstDay.daysTo(local.date()));
        if (minute < 0 || minute >= 24 * 60)
            return;
        start = resolve(day, snapped(minute));
        if (!start.isValid())
            return;
    }
    const QDateTime end = start.addSecs(b->start.secsTo(b->end));
    if (bayId == b->bayId && start == b->start)
        return;
    m_pending.insert(b->id, Span{bayId, start, end});
    update();
    emit moveRequested(b->id, b->version, bayId, start, end);
}

void TimeGridWidget::acceptChange(qint64 id) {
    m_pending.remove(id);
    update();
}

void TimeGridWidget::rejectChange(qint64 id, const QString &reason) {
    m_pending.remove(id);
    m_flash = bookingRect(id).adjusted(-2, -2, 2, 2);
    update();
    QTimer::singleShot(1200, this, [this] {
        m_flash = {};
        update();
    });
    emit message(reason, true);
}

void TimeGridWidget::paintEvent(QPaintEvent *) {
    QPainter p(this);
    const Geometry g = geometry();
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const WorkshopCalendar empty;
    const WorkshopCalendar &cal = m_model ? m_model->calendar() : empty;
    const QTimeZone zone = cal.zone.isValid() ? cal.zone : QTimeZone::utc();
    const QLocale locale;
    const int gridBottom = int(g.headerHeight + (g.endMinute - g.startMinute) * g.pxPerMinute);
    const double dayWidth = g.columnWidth * g.lanes;
    auto yOf = [&](int minute) { return g.headerHeight + (minute - g.startMinute) * g.pxPerMinute; };

    // Closed hours per day, then closures (per lane for a bay's maintenance in bay mode).
    const QColor closed = bookingcolors::closed(pal);
    for (int d = 0; d < m_days; ++d) {
        const QDate date = m_firstDay.addDays(d);
        const double x = g.axisWidth + d * dayWidth;
        // Closed outside the day's shifts: before the first, between split shifts, after the last.
        int openFrom = g.startMinute;
        for (const OpeningHours &h : cal.shiftsOn(date)) {
            const int o = h.opens.hour() * 60 + h.opens.minute();
            const int c = h.closes.hour() * 60 + h.closes.minute();
            if (o > openFrom)
                p.fillRect(QRectF(x, yOf(openFrom), dayWidth, yOf(o) - yOf(openFrom)), closed);
            openFrom = std::max(openFrom, c);
        }
        if (openFrom < g.endMinute)
            p.fillRect(QRectF(x, yOf(openFrom), dayWidth, gridBottom - yOf(openFrom)), closed);
    }
    const QBrush closureBrush(bookingcolors::closure(pal), Qt::BDiagPattern);
    for (const Closure &c : cal.closures) {
        for (int d = 0; d < m_days; ++d) {
            const QDate date = m_firstDay.addDays(d);
            const QDateTime dayStart = LocalTime::startOfDay(date, zone);
            const QDateTime dayEnd = LocalTime::startOfDay(date.addDays(1), zone);
            if (!(c.start < dayEnd && dayStart < c.end))
                continue;
            const int from = c.start <= dayStart ? 0 : LocalTime::localMinutes(c.start, zone);
            const int to = c.end >= dayEnd ? 24 * 60 : LocalTime::localMinutes(c.end, zone);
            const double y0 = yOf(std::max(from, g.startMinute));
            const double y1 = yOf(std::min(to, g.endMinute));
            if (y1 <= y0)
                continue;
            if (c.bayId == 0 || m_laneMode == LaneMode::Mechanics) {
                if (c.bayId != 0)
                    continue;
                const QRectF r(g.axisWidth + d * dayWidth, y0, dayWidth, y1 - y0);
                p.fillRect(r, closureBrush);
                if (r.height() > 30 && r.width() > 60) {
                    p.setPen(pal.color(QPalette::Text));
                    p.drawText(r.adjusted(4, 4, -4, -4), Qt::AlignTop | Qt::AlignHCenter | Qt::TextWordWrap,
                               c.reason.isEmpty() ? tr("Closed") : c.reason);
                }
            } else if (int lane = m_laneIndex.value(c.bayId, -1); lane >= 0) {
                p.fillRect(
                    QRectF(g.axisWidth + (d * g.lanes + lane) * g.columnWidth, y0, g.columnWidth, y1 - y0),
                    closureBrush);
            }
        }
    }

    // Hour lines and the time axis.
    p.setPen(pal.color(QPalette::Mid));
    const QFontMetrics fm = fontMetrics();
    for (int m = (g.startMinute / 60) * 60; m <= g.endMinute; m += 60) {
        const int y = int(yOf(m));
        p.setPen(pal.color(QPalette::Mid));
        p.drawLine(g.axisWidth, y, width(), y);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRect(0, y - fm.height() / 2, g.axisWidth - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, LocalTime::shortTime(locale, QTime(m / 60 % 24, 0)));
    }
    // Lane and day separators.
    for (int col = 0; col <= m_days * g.lanes; ++col) {
        const bool dayLine = col % g.lanes == 0;
        if (!dayLine && g.columnWidth < 6)
            continue;
        p.setPen(dayLine ? pal.color(QPalette::Dark) : pal.color(QPalette::Midlight));
        const int x = int(g.axisWidth + col * g.columnWidth);
        p.drawLine(x, dayLine ? 0 : kDayRow, x, gridBottom);
    }

    // Bookings.
    QFont small = font();
    small.setPointSizeF(std::max(6.5, small.pointSizeF() - 1.5));
    p.setFont(small);
    const QFontMetrics sfm(small);
    const QColor bufferColor = bookingcolors::buffer(pal);
    if (m_model) {
        for (const Booking &b : m_model->bookings()) {
            if (!m_showCancelled && !bookingstatus::isLive(b.status))
                continue;
            const auto pend = m_pending.isEmpty() ? m_pending.cend() : m_pending.constFind(b.id);
            const bool pending = pend != m_pending.cend();
            const qint64 key =
                m_laneMode == LaneMode::Bays ? (pending ? pend->bayId : b.bayId) : b.mechanicId;
            const QRectF r = rectFor(g, key, pending ? pend->start : b.start, pending ? pend->end : b.end);
            if (r.isEmpty())
                continue;
            // Buffer after the booking.
            if (b.bufferMinutes > 0) {
                const double bottom =
                    std::min<double>(r.bottom() + b.bufferMinutes * g.pxPerMinute, gridBottom);
                if (bottom > r.bottom())
                    p.fillRect(QRectF(r.left(), r.bottom(), r.width(), bottom - r.bottom()), bufferColor);
            }
            const QColor fill = bookingcolors::fill(pal, b.status);
            p.fillRect(r, pending ? fill.lighter(130) : fill);
            if (b.id == m_selected || pending) {
                p.setPen(QPen(pal.color(QPalette::Highlight), 2, pending ? Qt::DashLine : Qt::SolidLine));
                p.drawRect(r.adjusted(1, 1, -1, -1));
            }
            if (r.width() > 24 && r.height() > sfm.height()) {
                p.setPen(bookingcolors::text(pal, b.status));
                const QString who = m_laneMode == LaneMode::Bays
                                        ? b.mechanicName
                                        : (cal.bay(b.bayId) ? cal.bay(b.bayId)->name : QString());
                const QString label =
                    r.height() > 2 * sfm.height()
                        ? who + u'\n' + LocalTime::shortTime(locale, b.start.toTimeZone(zone).time())
                        : who;
                p.drawText(r.adjusted(3, 1, -2, -1), Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap, label);
            }
        }
    }

    // Drag-to-create ghost.
    if (m_drag == Drag::Create && m_dragMoved) {
        const int a = std::min(m_dragStartMinute, m_dragCurrentMinute);
        const int e = std::max(m_dragStartMinute, m_dragCurrentMinute);
        const QRectF r(g.axisWidth + (m_dragDay * g.lanes + m_dragLane) * g.columnWidth + 1, yOf(a),
                       g.columnWidth - 2, std::max(2.0, (e - a) * g.pxPerMinute));
        p.fillRect(r, bookingcolors::ghost(pal));
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DashLine));
        p.drawRect(r);
    }
    if (!m_flash.isNull()) {
        p.setPen(QPen(bookingcolors::nowLine(pal), 3));
        p.drawRect(m_flash);
    }

    // Now line.
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    const QDateTime localNow = now.toTimeZone(zone);
    const int nowDay = int(m_firstDay.daysTo(localNow.date()));
    const int nowMinute = localNow.time().hour() * 60 + localNow.time().minute();
    if (nowDay >= 0 && nowDay < m_days && nowMinute >= g.startMinute && nowMinute <= g.endMinute) {
        const double y = yOf(nowMinute);
        p.setPen(QPen(bookingcolors::nowLine(pal), 2));
        p.drawLine(QPointF(g.axisWidth + nowDay * dayWidth, y),
                   QPointF(g.axisWidth + (nowDay + 1) * dayWidth, y));
        p.setBrush(bookingcolors::nowLine(pal));
        p.drawEllipse(QPointF(g.axisWidth + nowDay * dayWidth, y), 3, 3);
        p.setBrush(Qt::NoBrush);
    }

    // Header: the zone in the corner, days, lanes.
    p.setFont(font());
    p.fillRect(QRect(0, 0, width(), g.headerHeight), pal.window());
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(2, 0, g.axisWidth - 4, g.headerHeight), Qt::AlignCenter | Qt::TextWordWrap,
               QString::fromUtf8(zone.id()).section(u'/', -1).replace(u'_', u' ') + u'\n' +
                   zone.abbreviation(now));
    for (int d = 0; d < m_days; ++d) {
        const QDate date = m_firstDay.addDays(d);
        const QRect dr(int(g.axisWidth + d * dayWidth), 0, int(dayWidth), kDayRow);
        QFont f = font();
        f.setBold(date == localNow.date());
        p.setFont(f);
        p.drawText(dr, Qt::AlignCenter,
                   QStringLiteral("%1 %2").arg(locale.dayName(date.dayOfWeek(), QLocale::ShortFormat),
                                               locale.toString(date, QStringLiteral("d MMM"))));
        p.setFont(small);
        if (g.columnWidth >= 28) {
            for (int l = 0; l < g.lanes && l < m_laneNames.size(); ++l) {
                const QRect lr(int(g.axisWidth + (d * g.lanes + l) * g.columnWidth), kDayRow,
                               int(g.columnWidth), kLaneRow);
                p.drawText(lr.adjusted(2, 0, -2, 0), Qt::AlignCenter,
                           fittedLaneName(m_laneNames.at(l), sfm, lr.width() - 4));
            }
        } else if (d == 0 && !m_lanes.isEmpty()) {
            p.drawText(QRect(g.axisWidth, kDayRow, width() - g.axisWidth, kLaneRow), Qt::AlignCenter,
                       tr("%n lane(s) per day", nullptr, int(m_lanes.size())));
        }
    }
    p.setPen(pal.color(QPalette::Dark));
    p.drawLine(0, g.headerHeight, width(), g.headerHeight);
    if (m_lanes.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(g.axisWidth, g.headerHeight, 0, 0), Qt::AlignCenter,
                   m_laneMode == LaneMode::Bays ? tr("No bays in service")
                                                : tr("No mechanics may book this workshop"));
    }
}

void TimeGridWidget::mousePressEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position().toPoint();
    m_dragMoved = false;
    bool edge = false;
    const qint64 id = bookingAt(m_pressPos, &edge);
    int day = 0;
    int lane = 0;
    int minute = 0;
    if (!hitCell(m_pressPos, &day, &lane, &minute))
        return;
    if (id) {
        selectBooking(id);
        const Booking *b = m_model->booking(id);
        if (!b || !bookingstatus::canMove(b->status) || m_pending.contains(id))
            return;
        m_drag = edge ? Drag::Resize : Drag::Move;
        m_dragId = id;
        m_dragDay = day;
        m_dragLane = lane;
        m_grabOffset = minute - LocalTime::localMinutes(b->start, m_model->calendar().zone);
        return;
    }
    selectBooking(0);
    m_drag = Drag::Create;
    m_dragDay = day;
    m_dragLane = lane;
    m_dragStartMinute = snapped(minute);
    m_dragCurrentMinute = m_dragStartMinute;
}

void TimeGridWidget::mouseMoveEvent(QMouseEvent *event) {
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None) {
        bool edge = false;
        const qint64 id = bookingAt(pos, &edge);
        setCursor(id ? (edge ? Qt::SizeVerCursor : Qt::OpenHandCursor) : Qt::CrossCursor);
        return;
    }
    if ((pos - m_pressPos).manhattanLength() < 3 && !m_dragMoved)
        return;
    m_dragMoved = true;
    int day = 0;
    int lane = 0;
    int minute = 0;
    if (!hitCell(pos, &day, &lane, &minute))
        return;
    const Geometry g = geometry();
    if (m_drag == Drag::Create) {
        m_dragCurrentMinute = snapped(minute);
        update();
        return;
    }
    const Booking *b = m_model ? m_model->booking(m_dragId) : nullptr;
    if (!b)
        return;
    const QTimeZone &zone = m_model->calendar().zone;
    const qint64 duration = b->start.secsTo(b->end);
    Span s{b->bayId, b->start, b->end};
    if (m_drag == Drag::Move) {
        // In mechanic lanes the lane stays the mechanic's; only the day and time change.
        if (m_laneMode == LaneMode::Bays)
            s.bayId = m_lanes.value(lane, b->bayId);
        const int startMinute = std::clamp(snapped(minute - m_grabOffset), g.startMinute, g.endMinute);
        const QDate date = m_firstDay.addDays(day);
        // Wall clock → instant for the preview (QDateTime picks a side; the release resolves strictly).
        s.start = QDateTime(date, QTime(0, 0).addSecs(startMinute * 60), zone).toUTC();
        s.end = s.start.addSecs(duration);
    } else {
        const int startMinute = LocalTime::localMinutes(b->start, zone);
        const int endMinute = std::max(startMinute + m_snap, snapped(minute));
        const QDate date = LocalTime::localDate(b->start, zone);
        s.end = QDateTime(date, QTime(0, 0).addSecs(std::min(endMinute, 24 * 60 - 1) * 60), zone).toUTC();
    }
    m_dragDay = day;
    m_dragLane = lane;
    m_pending.insert(m_dragId, s);
    update();
}

void TimeGridWidget::mouseReleaseEvent(QMouseEvent *event) {
    if (event->button() != Qt::LeftButton || m_drag == Drag::None)
        return QWidget::mouseReleaseEvent(event);
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (!m_dragMoved) {
        m_pending.remove(m_dragId);
        update();
        return;
    }
    if (drag == Drag::Create) {
        int a = std::min(m_dragStartMinute, m_dragCurrentMinute);
        int e = std::max(m_dragStartMinute, m_dragCurrentMinute);
        if (e - a < m_snap)
            e = a + m_snap;
        update();
        const QDateTime start = resolve(m_dragDay, a);
        const QDateTime end = start.isValid() ? resolve(m_dragDay, e) : QDateTime();
        if (start.isValid() && end.isValid() && m_dragLane < m_lanes.size())
            emit createRequested(m_lanes.at(m_dragLane), start, end);
        return;
    }
    const Booking *b = m_model ? m_model->booking(m_dragId) : nullptr;
    auto it = m_pending.find(m_dragId);
    if (!b || it == m_pending.end())
        return;
    const QTimeZone &zone = m_model->calendar().zone;
    // Re-resolve the wall-clock start/end strictly (refuse a gap, ask in an overlap).
    const QDateTime ls = it->start.toTimeZone(zone);
    const QDateTime le = it->end.toTimeZone(zone);
    const int dayS = int(m_firstDay.daysTo(ls.date()));
    const QDateTime start =
        drag == Drag::Resize ? b->start : resolve(dayS, ls.time().hour() * 60 + ls.time().minute());
    const QDateTime end = !start.isValid()     ? QDateTime()
                          : drag == Drag::Move ? start.addSecs(b->start.secsTo(b->end))
                                               : resolve(int(m_firstDay.daysTo(le.date())),
                                                         le.time().hour() * 60 + le.time().minute());
    if (!start.isValid() || !end.isValid()) {
        m_pending.remove(m_dragId);
        update();
        return;
    }
    if (it->bayId == b->bayId && start == b->start && end == b->end) {
        m_pending.remove(m_dragId);
        update();
        return;
    }
    it->start = start;
    it->end = end;
    update();
    emit moveRequested(b->id, b->version, it->bayId, start, end);
}

void TimeGridWidget::mouseDoubleClickEvent(QMouseEvent *event) {
    int day = 0;
    int lane = 0;
    int minute = 0;
    if (!bookingAt(event->position().toPoint(), nullptr) &&
        hitCell(event->position().toPoint(), &day, &lane, &minute))
        emit dayActivated(m_firstDay.addDays(day));
}

void TimeGridWidget::setupMenu(QContextMenuEvent *event) {
    const Geometry g = geometry();
    const QPoint p = event->pos();
    if (p.x() < g.axisWidth || m_lanes.isEmpty())
        return;
    const int column = int((p.x() - g.axisWidth) / g.columnWidth);
    if (column < 0 || column >= m_days * g.lanes)
        return;
    const int day = column / g.lanes;
    const int lane = column % g.lanes;
    const QDate date = m_firstDay.addDays(day);
    const qint64 bayId = m_laneMode == LaneMode::Bays ? m_lanes.value(lane) : 0;
    QDateTime localStart;
    if (p.y() >= g.headerHeight) {
        const int minute = snapped(std::clamp(int(g.startMinute + (p.y() - g.headerHeight) / g.pxPerMinute),
                                              g.startMinute, g.endMinute));
        localStart = QDateTime(date, QTime(minute / 60 % 24, minute % 60));
    } else {
        localStart = QDateTime(date, QTime(8, 0));
    }
    const int weekday = date.dayOfWeek();
    QMenu menu(this);
    auto add = [&](const QString &text, SetupAction action) {
        menu.addAction(text, this, [this, action, bayId, localStart, weekday] {
            emit setupRequested(action, bayId, localStart, weekday);
        });
    };
    if (bayId) {
        add(tr("Edit bay…"), SetupAction::EditBay);
        add(tr("Take bay out of service…"), SetupAction::TakeBayOutOfService);
    }
    add(tr("Add closure here…"), SetupAction::AddClosure);
    add(tr("Opening hours…"), SetupAction::OpeningHours);
    menu.exec(event->globalPos());
}

QDateTime TimeGridWidget::now() const {
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

bool TimeGridWidget::offersStatus(const Booking &b, BookingStatus to, const QDateTime &nowUtc) {
    if (!bookingstatus::canChange(b.status, to))
        return false;
    const bool forward =
        to == BookingStatus::CheckedIn || to == BookingStatus::Completed || to == BookingStatus::NoShow;
    // Undoing a completion (completed → checked in) is allowed at any time, like in the database.
    if (forward && b.status != BookingStatus::Completed && nowUtc < b.start)
        return false;
    return true;
}

void TimeGridWidget::contextMenuEvent(QContextMenuEvent *event) {
    const qint64 id = bookingAt(event->pos(), nullptr);
    const Booking *b = id && m_model ? m_model->booking(id) : nullptr;
    if (!b) {
        setupMenu(event);
        return;
    }
    selectBooking(id);
    showBookingMenu(id, event->globalPos());
}

void TimeGridWidget::showBookingMenu(qint64 id, const QPoint &globalPos) {
    const Booking *b = m_model ? m_model->booking(id) : nullptr;
    if (!b)
        return;
    QMenu menu(this);
    const QList<QPair<BookingStatus, QString>> actions = {{BookingStatus::Confirmed, tr("Confirm")},
                                                          {BookingStatus::CheckedIn, tr("Check in")},
                                                          {BookingStatus::Completed, tr("Complete")},
                                                          {BookingStatus::NoShow, tr("Mark no-show")},
                                                          {BookingStatus::Cancelled, tr("Cancel booking")}};
    for (const auto &[status, text] : actions) {
        if (!offersStatus(*b, status, now()))
            continue;
        const BookingStatus s = status;
        const int version = b->version;
        menu.addAction(text, this, [this, id, version, s] { emit statusChangeRequested(id, version, s); });
    }
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

bool TimeGridWidget::event(QEvent *event) {
    if (event->type() == QEvent::ToolTip && m_model) {
        auto *help = static_cast<QHelpEvent *>(event);
        // A lane header: its whole name (the header shows a shorter one when narrow).
        const Geometry g = geometry();
        if (help->pos().y() >= kDayRow && help->pos().y() < g.headerHeight &&
            help->pos().x() >= g.axisWidth && !m_lanes.isEmpty()) {
            const int column = int((help->pos().x() - g.axisWidth) / g.columnWidth);
            if (column >= 0 && column < m_days * g.lanes) {
                QToolTip::showText(help->globalPos(), laneName(column % g.lanes), this);
                return true;
            }
        }
        const qint64 id = bookingAt(help->pos(), nullptr);
        if (const Booking *b = id ? m_model->booking(id) : nullptr) {
            const QTimeZone &zone = m_model->calendar().zone;
            const QLocale locale;
            const Bay *bay = m_model->calendar().bay(b->bayId);
            QString text =
                tr("<b>%1</b> — %2<br>%3–%4 (%5)<br>%6, buffer %7 min")
                    .arg(b->mechanicName.toHtmlEscaped(), bay ? bay->name.toHtmlEscaped() : QString(),
                         locale.toString(b->start.toTimeZone(zone).date(), QLocale::ShortFormat) + u' ' +
                             LocalTime::shortTime(locale, b->start.toTimeZone(zone).time()),
                         LocalTime::shortTime(locale, b->end.toTimeZone(zone).time()),
                         QString::fromUtf8(zone.id()), bookingstatus::label(b->status))
                    .arg(b->bufferMinutes);
            if (!b->notes.isEmpty())
                text += QStringLiteral("<br>") + b->notes.toHtmlEscaped();
            QToolTip::showText(help->globalPos(), text, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimeGridWidget::keyPressEvent(QKeyEvent *event) {
    if (event->key() == Qt::Key_Escape && m_drag != Drag::None) {
        m_pending.remove(m_dragId);
        m_drag = Drag::None;
        update();
        return;
    }
    const int key = event->key();
    const bool arrow =
        key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_Left || key == Qt::Key_Right;
    if (arrow && event->modifiers() == Qt::ControlModifier) {
        keyboardMove(key);
        return;
    }
    if (arrow && event->modifiers() == Qt::NoModifier) {
        if (const qint64 next = neighbour(m_selected, key))
            selectBooking(next);
        return;
    }
    if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_model) {
        if (!m_model->booking(m_selected)) {
            if (const QList<qint64> ids = visibleBookings(); !ids.isEmpty())
                selectBooking(ids.first());
            return;
        }
        emit bookingActivated(m_selected);
        const QRect r = bookingRect(m_selected);
        showBookingMenu(m_selected, mapToGlobal(r.isEmpty() ? QPoint() : r.center()));
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace adesk
