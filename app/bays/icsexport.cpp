#include "app/bays/icsexport.h"

#include "app/batchcommands.h"
#include "models/bays/bookingrepository.h"
#include "models/common/localtime.h"
#include "models/core/dbexecutor.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

#include <libical/ical.h>

namespace adesk {

namespace {

icaltimetype utcTime(const QDateTime &t) {
    return icaltime_from_timet_with_zone(time_t(t.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

/// The workshop's zone from libical's zone database (built from the system's tzdata), or null
/// when libical does not know it (then times are written in UTC).
icaltimezone *workshopZone(const WorkshopCalendar &calendar) {
    const QByteArray id = calendar.zone.id();
    return id.isEmpty() ? nullptr : icaltimezone_get_builtin_timezone(id.constData());
}

/// DTSTART / DTEND in the workshop's zone: the local time as libical's zone says, with
/// TZID=<IANA name> (the VTIMEZONE's TZID); UTC without a zone.
icalproperty *zonedTime(icalproperty *(*make)(icaltimetype), const QDateTime &t, icaltimezone *zone,
                        const QByteArray &tzid) {
    if (!zone)
        return make(utcTime(t));
    icaltimetype local = icaltime_from_timet_with_zone(time_t(t.toSecsSinceEpoch()), 0, zone);
    local.zone = nullptr; // written as a local time; the TZID parameter names its zone
    icalproperty *p = make(local);
    icalproperty_add_parameter(p, icalparameter_new_tzid(tzid.constData()));
    return p;
}

/// The zone's VTIMEZONE (every observance libical has for it) with its TZID set to the plain IANA
/// name instead of libical's "/freeassociation.sourceforge.net/" prefixed one, so that TZID reads
/// "America/Toronto" (no global icaltimezone_set_tzid_prefix).
icalcomponent *vtimezone(icaltimezone *zone, const QByteArray &tzid) {
    icalcomponent *c = icalcomponent_new_clone(icaltimezone_get_component(zone));
    if (icalproperty *p = icalcomponent_get_first_property(c, ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(p, tzid.constData());
    return c;
}

} // namespace

QString IcsExport::uidFor(qint64 bookingId) {
    return QStringLiteral("booking-%1@desk.theautodoctor.ca").arg(bookingId);
}

QByteArray IcsExport::toIcs(const WorkshopCalendar &calendar, const QList<Booking> &bookings) {
    icalcomponent *cal = icalcomponent_new(ICAL_VCALENDAR_COMPONENT);
    icalcomponent_add_property(cal, icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal, icalproperty_new_prodid("-//The Auto Doctor//Auto Doctor Desk//EN"));
    icalcomponent_add_property(cal, icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(cal, icalproperty_new_method(ICAL_METHOD_PUBLISH));
    const QByteArray calName = QCoreApplication::translate("IcsExport", "%1 — bays", "calendar name")
                                   .arg(calendar.workshopName)
                                   .toUtf8();
    icalproperty *name = icalproperty_new_x(calName.constData());
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(cal, name);
    const QByteArray zoneId = calendar.zone.id();
    icaltimezone *zone = workshopZone(calendar);
    if (zone) {
        icalcomponent_add_component(cal, vtimezone(zone, zoneId));
    } else {
        icalproperty *zoneName = icalproperty_new_x(zoneId.constData());
        icalproperty_set_x_name(zoneName, "X-WR-TIMEZONE");
        icalcomponent_add_property(cal, zoneName);
    }

    const icaltimetype stamp = utcTime(QDateTime::currentDateTimeUtc());
    for (const Booking &b : bookings) {
        icalcomponent *ev = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        icalcomponent_add_property(ev, icalproperty_new_uid(uidFor(b.id).toUtf8().constData()));
        icalcomponent_add_property(ev, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(ev, zonedTime(icalproperty_new_dtstart, b.start, zone, zoneId));
        icalcomponent_add_property(ev, zonedTime(icalproperty_new_dtend, b.end, zone, zoneId));
        icalcomponent_add_property(ev, icalproperty_new_sequence(std::max(0, b.version - 1)));
        const Bay *bay = calendar.bay(b.bayId);
        const QString bayName = bay ? bay->name : QString::number(b.bayId);
        const QByteArray summary = QStringLiteral("%1 — %2").arg(bayName, b.mechanicName).toUtf8();
        icalcomponent_add_property(ev, icalproperty_new_summary(summary.constData()));
        const QByteArray location = QStringLiteral("%1, %2").arg(calendar.workshopName, bayName).toUtf8();
        icalcomponent_add_property(ev, icalproperty_new_location(location.constData()));
        QStringList desc{
            QCoreApplication::translate("IcsExport", "Status: %1").arg(bookingstatus::label(b.status))};
        if (b.bufferMinutes > 0)
            desc << QCoreApplication::translate("IcsExport", "Buffer after: %1 min").arg(b.bufferMinutes);
        if (!b.notes.isEmpty())
            desc << b.notes;
        if (!b.statusReason.isEmpty())
            desc << b.statusReason;
        const QByteArray description = desc.join(u'\n').toUtf8();
        icalcomponent_add_property(ev, icalproperty_new_description(description.constData()));
        icalproperty_status st = ICAL_STATUS_CONFIRMED;
        if (b.status == BookingStatus::Requested)
            st = ICAL_STATUS_TENTATIVE;
        else if (!bookingstatus::isLive(b.status))
            st = ICAL_STATUS_CANCELLED;
        icalcomponent_add_property(ev, icalproperty_new_status(st));
        const QByteArray category =
            QCoreApplication::translate("IcsExport", "Bay booking", "calendar category").toUtf8();
        icalcomponent_add_property(ev, icalproperty_new_categories(category.constData()));
        icalcomponent_add_component(cal, ev);
    }
    char *text = icalcomponent_as_ical_string_r(cal);
    QByteArray out(text);
    icalmemory_free_buffer(text);
    icalcomponent_free(cal);
    return out;
}

bool IcsExport::writeFile(const QString &path, const WorkshopCalendar &calendar,
                          const QList<Booking> &bookings, QString *error) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(toIcs(calendar, bookings)) < 0 || !f.commit()) {
        if (error)
            *error =
                QCoreApplication::translate("IcsExport", "Could not write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

int runExportIcs(const BatchContext &ctx) {
    QTextStream err(stderr);
    QTextStream out(stdout);
    qint64 workshop = 0;
    qint64 bay = 0;
    qint64 mechanic = 0;
    QString path;
    QDate from;
    QDate to;
    const QStringList &a = ctx.args;
    for (int i = 0; i < a.size(); ++i) {
        const QString opt = a.at(i);
        const QString value = i + 1 < a.size() ? a.at(i + 1) : QString();
        bool ok = true;
        if (opt == u"--workshop")
            workshop = value.toLongLong(&ok);
        else if (opt == u"--bay")
            bay = value.toLongLong(&ok);
        else if (opt == u"--mechanic")
            mechanic = value.toLongLong(&ok);
        else if (opt == u"--out")
            path = value;
        else if (opt == u"--from")
            ok = (from = QDate::fromString(value, Qt::ISODate)).isValid();
        else if (opt == u"--to")
            ok = (to = QDate::fromString(value, Qt::ISODate)).isValid();
        else {
            err << QCoreApplication::translate("IcsExport", "export-ics: unknown argument '%1'").arg(opt)
                << Qt::endl;
            return 2;
        }
        if (!ok || value.isEmpty()) {
            err << QCoreApplication::translate("IcsExport", "export-ics: %1 needs a valid value").arg(opt)
                << Qt::endl;
            return 2;
        }
        ++i;
    }
    if (workshop <= 0 || path.isEmpty() || (bay > 0 && mechanic > 0)) {
        err << QCoreApplication::translate("IcsExport", "Usage: export-ics --workshop ID --out FILE [--bay "
                                                        "ID | --mechanic ID] [--from YYYY-MM-DD] "
                                                        "[--to YYYY-MM-DD]")
            << Qt::endl;
        return 2;
    }
    DbExecutor exec(ctx.connection.forBatch(QStringLiteral("export-ics")), 1);
    struct Export {
        WorkshopCalendar calendar;
        QList<Booking> bookings;
    };
    auto r = exec.run<Export>([=](QSqlDatabase &db) -> Result<Export> {
                     // The zone first: the dates are the workshop's.
                     auto probe = BookingRepository::loadCalendar(
                         db, workshop, QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc());
                     if (!probe)
                         return probe.error();
                     const QTimeZone zone = probe->zone;
                     const QDate today = LocalTime::localDate(QDateTime::currentDateTimeUtc(), zone);
                     const QDateTime start =
                         LocalTime::startOfDay(from.isValid() ? from : today.addDays(-30), zone);
                     const QDateTime end =
                         LocalTime::startOfDay(to.isValid() ? to.addDays(1) : today.addDays(181), zone);
                     auto cal = BookingRepository::loadCalendar(db, workshop, start, end);
                     if (!cal)
                         return cal.error();
                     auto rows = BookingRepository::fetchForExport(db, workshop, bay, mechanic, start, end);
                     if (!rows)
                         return rows.error();
                     return Export{cal.value(), rows.value()};
                 })
                 .result();
    if (!r) {
        err << QCoreApplication::translate("IcsExport", "export-ics: %1").arg(r.error().userMessage())
            << Qt::endl;
        return 1;
    }
    QString error;
    if (!IcsExport::writeFile(path, r->calendar, r->bookings, &error)) {
        err << QCoreApplication::translate("IcsExport", "export-ics: %1").arg(error) << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("IcsExport", "export-ics: wrote %n booking(s) of %1 to %2", nullptr,
                                       int(r->bookings.size()))
               .arg(r->calendar.workshopName, path)
        << Qt::endl;
    return 0;
}

} // namespace adesk
