#include "views/paper/daysheetrenderer.h"

#include "models/common/localtime.h"
#include "views/paper/printpalette.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace adesk {

int DaySheetRenderer::render(QPagedPaintDevice *device, const Input &input) {
    QList<Bay> bays;
    for (const Bay &b : input.calendar.bays) {
        if (input.bayIds.isEmpty() ? b.active : input.bayIds.contains(b.id))
            bays.append(b);
    }
    QPainter painter(device);
    const QRectF page(0, 0, device->width(), device->height());
    int pages = 0;
    for (const Bay &bay : std::as_const(bays)) {
        if (pages > 0)
            device->newPage();
        renderBay(painter, page, input, bay);
        ++pages;
    }
    if (pages == 0) {
        painter.drawText(page, Qt::AlignCenter,
                         QCoreApplication::translate("DaySheetRenderer", "No bays to print."));
        pages = 1;
    }
    return pages;
}

void DaySheetRenderer::renderBay(QPainter &p, const QRectF &page, const Input &input, const Bay &bay) {
    const QLocale locale;
    const QTimeZone &zone = input.calendar.zone;
    const double unit = page.width() / 100.0; // layout in percent of the page width
    const QRectF area = page.adjusted(6 * unit, 6 * unit, -6 * unit, -6 * unit);
    QFont title = p.font();
    title.setPixelSize(int(3.2 * unit));
    title.setBold(true);
    QFont body = p.font();
    body.setPixelSize(int(1.9 * unit));
    body.setBold(false);
    QFont head = body;
    head.setBold(true);

    double y = area.top();
    p.setFont(title);
    p.setPen(printpalette::ink);
    const double titleH = 4.5 * unit;
    p.drawText(QRectF(area.left(), y, area.width(), titleH), Qt::AlignLeft | Qt::AlignVCenter,
               QCoreApplication::translate("DaySheetRenderer", "Day sheet — %1").arg(bay.name));
    y += titleH;
    p.setFont(body);
    const double lineH = 3.0 * unit;
    const QDateTime dayStart = LocalTime::startOfDay(input.date, zone);
    p.drawText(QRectF(area.left(), y, area.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("%1 · %2 · %3")
                   .arg(input.calendar.workshopName, locale.toString(input.date, QLocale::LongFormat),
                        LocalTime::zoneLabel(zone, dayStart)));
    y += lineH;
    QStringList shifts;
    for (const OpeningHours &h : input.calendar.shiftsOn(input.date))
        shifts << QCoreApplication::translate("DaySheetRenderer", "Open %1–%2")
                      .arg(LocalTime::shortTime(locale, h.opens), LocalTime::shortTime(locale, h.closes));
    p.drawText(QRectF(area.left(), y, area.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
               shifts.isEmpty() ? QCoreApplication::translate("DaySheetRenderer", "Closed")
                                : shifts.join(QStringLiteral(", ")));
    y += lineH * 1.5;

    // Columns: time | mechanic | status | buffer | notes | in/out.
    const double widths[] = {16, 22, 13, 9, 26, 14};
    const QStringList headers = {QCoreApplication::translate("DaySheetRenderer", "Time"),
                                 QCoreApplication::translate("DaySheetRenderer", "Mechanic"),
                                 QCoreApplication::translate("DaySheetRenderer", "Status"),
                                 QCoreApplication::translate("DaySheetRenderer", "Buffer"),
                                 QCoreApplication::translate("DaySheetRenderer", "Notes"),
                                 QCoreApplication::translate("DaySheetRenderer", "In / out")};
    auto row = [&](const QStringList &cells, bool bold, double height) {
        p.setFont(bold ? head : body);
        double x = area.left();
        for (int i = 0; i < cells.size(); ++i) {
            const QRectF cell(x, y, widths[i] * area.width() / 100.0, height);
            p.drawRect(cell);
            p.drawText(cell.adjusted(unit * 0.6, 0, -unit * 0.6, 0),
                       Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, cells.at(i));
            x += cell.width();
        }
        y += height;
    };
    row(headers, true, lineH * 1.2);
    const QDateTime dayEnd = LocalTime::startOfDay(input.date.addDays(1), zone);
    int printed = 0;
    for (const Booking &b : input.bookings) {
        if (b.bayId != bay.id || !b.overlaps(dayStart, dayEnd) || !bookingstatus::isLive(b.status))
            continue;
        if (y + lineH * 2 > area.bottom())
            break;
        row({QStringLiteral("%1–%2").arg(LocalTime::shortTime(locale, b.start.toTimeZone(zone).time()),
                                         LocalTime::shortTime(locale, b.end.toTimeZone(zone).time())),
             b.mechanicName, bookingstatus::label(b.status),
             b.bufferMinutes > 0
                 ? QCoreApplication::translate("DaySheetRenderer", "%1 min").arg(b.bufferMinutes)
                 : QStringLiteral("—"),
             b.notes, QString()},
            false, lineH * 1.8);
        ++printed;
    }
    if (printed == 0) {
        p.setFont(body);
        p.drawText(QRectF(area.left(), y + lineH, area.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
                   QCoreApplication::translate("DaySheetRenderer", "No bookings on this bay today."));
    }
    p.setFont(body);
    p.drawText(QRectF(area.left(), area.bottom() - lineH, area.width(), lineH),
               Qt::AlignRight | Qt::AlignVCenter,
               QCoreApplication::translate("DaySheetRenderer", "Printed by Auto Doctor Desk · %1")
                   .arg(locale.toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
}

} // namespace adesk
