#pragma once

#include "models/bays/bayschedule.h"

#include <QDate>

class QPagedPaintDevice;
class QPainter;

namespace adesk {

/// The day sheet of a workshop's bays: one page per bay with the day's bookings in the workshop's
/// zone (time, mechanic, status, buffer, notes, a check-in/out column to sign on paper). QtGui only:
/// paints on any QPagedPaintDevice (QPrinter for the print preview, QPdfWriter for files).
class DaySheetRenderer {
public:
    struct Input {
        WorkshopCalendar calendar;
        QList<Booking> bookings; ///< any; those of @ref date on each bay are printed
        QDate date;
        QList<qint64> bayIds; ///< bays to print, in order (empty: every active bay)
    };

    /// Paints every page on @p device (newPage() between bays). Returns the page count.
    static int render(QPagedPaintDevice *device, const Input &input);
    /// Paints the page of one bay in @p page (device coordinates).
    static void renderBay(QPainter &painter, const QRectF &page, const Input &input, const Bay &bay);
};

} // namespace adesk
