#include "views/bays/monthoverviewwidget.h"

#include "models/common/localtime.h"
#include "views/bays/bookingcolors.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

namespace adesk {

namespace {
constexpr int kHeader = 24;
}

MonthOverviewWidget::MonthOverviewWidget(QWidget *parent)
    : QWidget(parent) {
    m_month = QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    setMinimumSize(420, 320);
}

void MonthOverviewWidget::setModel(BookingModel *model) {
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, qOverload<>(&QWidget::update));
        connect(model, &BookingModel::bookingsChanged, this, qOverload<>(&QWidget::update));
    }
    update();
}

void MonthOverviewWidget::setMonth(QDate anyDayOfMonth) {
    m_month = QDate(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    update();
}

void MonthOverviewWidget::setPendingCounts(const QHash<QDate, int> &counts) {
    m_pending = counts;
    update();
}

QRect MonthOverviewWidget::cellRect(int index) const {
    const int w = width() / 7;
    const int h = (height() - kHeader) / 6;
    return QRect((index % 7) * w, kHeader + (index / 7) * h, w, h);
}

void MonthOverviewWidget::paintEvent(QPaintEvent *) {
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QLocale locale;
    for (int d = 1; d <= 7; ++d)
        p.drawText(QRect((d - 1) * (width() / 7), 0, width() / 7, kHeader), Qt::AlignCenter,
                   locale.dayName(d, QLocale::ShortFormat));
    QHash<QDate, int> count;
    QHash<QDate, qint64> minutes;
    QSet<QDate> closedDays;
    const WorkshopCalendar empty;
    const WorkshopCalendar &cal = m_model ? m_model->calendar() : empty;
    if (m_model) {
        for (const Booking &b : m_model->bookings()) {
            if (!bookingstatus::isLive(b.status))
                continue;
            const QDate d = LocalTime::localDate(b.start, cal.zone);
            ++count[d];
            minutes[d] += b.start.secsTo(b.end) / 60;
        }
        for (const Closure &c : cal.closures) {
            if (c.bayId != 0)
                continue;
            for (QDate d = LocalTime::localDate(c.start, cal.zone);
                 d <= LocalTime::localDate(c.end.addSecs(-1), cal.zone); d = d.addDays(1))
                closedDays.insert(d);
        }
    }
    const QDate today = LocalTime::localDate(QDateTime::currentDateTimeUtc(),
                                             cal.zone.isValid() ? cal.zone : QTimeZone::utc());
    const QDate first = firstShown();
    for (int i = 0; i < 42; ++i) {
        const QDate d = first.addDays(i);
        const QRect r = cellRect(i).adjusted(1, 1, -1, -1);
        const bool inMonth = d.month() == m_month.month();
        if (cal.shiftsOn(d).isEmpty() && !cal.hours.isEmpty())
            p.fillRect(r, bookingcolors::closed(pal));
        if (closedDays.contains(d))
            p.fillRect(r, QBrush(bookingcolors::closure(pal), Qt::BDiagPattern));
        p.setPen(d == today ? QPen(bookingcolors::nowLine(pal), 2) : QPen(pal.color(QPalette::Mid)));
        p.drawRect(r);
        QFont f = font();
        f.setBold(d == today);
        p.setFont(f);
        p.setPen(inMonth ? pal.color(QPalette::Text) : pal.color(QPalette::PlaceholderText));
        p.drawText(r.adjusted(4, 2, -4, -2), Qt::AlignTop | Qt::AlignLeft, QString::number(d.day()));
        p.setFont(font());
        QStringList lines;
        if (count.value(d) > 0)
            lines << tr("%n booking(s)", nullptr, count.value(d))
                  << tr("%1 h booked").arg(QLocale().toString(minutes.value(d) / 60.0, 'f', 1));
        if (m_pending.value(d) > 0)
            lines << tr("%n to confirm", nullptr, m_pending.value(d));
        if (closedDays.contains(d))
            lines << tr("Closed");
        p.drawText(r.adjusted(4, 18, -4, -2), Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap,
                   lines.join(u'\n'));
    }
}

void MonthOverviewWidget::mouseReleaseEvent(QMouseEvent *event) {
    for (int i = 0; i < 42; ++i) {
        if (cellRect(i).contains(event->position().toPoint())) {
            emit dayActivated(firstShown().addDays(i));
            return;
        }
    }
}

} // namespace adesk
