#pragma once

#include "models/bays/bayschedule.h"

#include <QByteArray>
#include <QString>

namespace adesk {

/// Bay bookings as iCalendar (RFC 5545) through libical: one VEVENT per booking with a stable UID
/// (booking-<id>@desk.theautodoctor.ca), SEQUENCE = version, DTSTART/DTEND in the workshop's zone
/// (TZID = its IANA name, e.g. America/Toronto, with the VTIMEZONE from libical's zone database; UTC
/// and X-WR-TIMEZONE only for a zone libical does not know), STATUS TENTATIVE for
/// requests, CONFIRMED, or CANCELLED (cancelled and no-show bookings are exported cancelled so a
/// subscribed calendar drops them).
class IcsExport {
public:
    static QByteArray toIcs(const WorkshopCalendar &calendar, const QList<Booking> &bookings);
    static bool writeFile(const QString &path, const WorkshopCalendar &calendar,
                          const QList<Booking> &bookings, QString *error);
    static QString uidFor(qint64 bookingId);
};

/// runExportIcs (batchcommands.h): `autodoctor-desk export-ics --workshop ID --out FILE [--bay ID |
/// --mechanic ID] [--from DATE]
/// [--to DATE]` (dates are the workshop's local dates; default 30 days back to 180 days ahead).

} // namespace adesk
