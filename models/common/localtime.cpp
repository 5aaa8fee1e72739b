#include "models/common/localtime.h"

#include <QCoreApplication>

#include <algorithm>

namespace adesk {

namespace {
QString offsetText(int seconds) {
    const QChar sign = seconds < 0 ? QChar(0x2212) : u'+';
    seconds = std::abs(seconds);
    return QStringLiteral("UTC%1%2:%3")
        .arg(sign)
        .arg(seconds / 3600, 2, 10, QChar(u'0'))
        .arg((seconds % 3600) / 60, 2, 10, QChar(u'0'));
}
} // namespace

LocalTime::Resolution LocalTime::resolve(QDate date, QTime time, const QTimeZone &zone) {
    Resolution r;
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return r;
    // The wall-clock reading as if it were UTC; a real instant is naive - offset for an offset the
    // zone actually uses at that instant. Offsets in force within ±36 h cover every transition.
    const qint64 naive = QDateTime(date, time, Qt::UTC).toSecsSinceEpoch();
    QList<int> offsets;
    for (qint64 probe : {naive - 36 * 3600, naive, naive + 36 * 3600}) {
        const int o = zone.offsetFromUtc(QDateTime::fromSecsSinceEpoch(probe, Qt::UTC));
        if (!offsets.contains(o))
            offsets.append(o);
    }
    for (int o : std::as_const(offsets)) {
        const QDateTime candidate = QDateTime::fromSecsSinceEpoch(naive - o, Qt::UTC);
        if (zone.offsetFromUtc(candidate) == o && !r.candidates.contains(candidate))
            r.candidates.append(candidate);
    }
    std::sort(r.candidates.begin(), r.candidates.end());
    r.kind = r.candidates.isEmpty()     ? Kind::Nonexistent
             : r.candidates.size() == 1 ? Kind::Unique
                                        : Kind::Ambiguous;
    return r;
}

QString LocalTime::candidateLabel(const QDateTime &utc, const QTimeZone &zone) {
    const QDateTime local = utc.toTimeZone(zone);
    return QStringLiteral("%1 %2 (%3)")
        .arg(local.time().toString(QStringLiteral("HH:mm")), zone.abbreviation(utc),
             offsetText(zone.offsetFromUtc(utc)));
}

QString LocalTime::explanation(const Resolution &r, QDate date, QTime time, const QTimeZone &zone) {
    const QString when =
        QStringLiteral("%1 %2").arg(date.toString(Qt::ISODate), time.toString(QStringLiteral("HH:mm")));
    const QString id = QString::fromUtf8(zone.id());
    switch (r.kind) {
    case Kind::Unique:
        return {};
    case Kind::Nonexistent:
        return QCoreApplication::translate(
                   "LocalTime", "%1 does not exist in %2: the clocks jump forward an hour that night "
                                "(daylight saving time starts). Choose a time before or after the jump.")
            .arg(when, id);
    case Kind::Ambiguous:
        return QCoreApplication::translate("LocalTime",
                                           "%1 happens twice in %2: the clocks fall back an hour that night "
                                           "(daylight saving time ends). Choose %3 or %4.")
            .arg(when, id, candidateLabel(r.candidates.value(0), zone),
                 candidateLabel(r.candidates.value(1), zone));
    }
    return {};
}

QDateTime LocalTime::startOfDay(QDate date, const QTimeZone &zone) {
    // Midnight may fall in a gap in a few zones: take the first existing minute after it.
    for (int m = 0; m < 24 * 60; m += 15) {
        const Resolution r = resolve(date, QTime(0, 0).addSecs(m * 60), zone);
        if (!r.candidates.isEmpty())
            return r.candidates.first();
    }
    return QDateTime(date, QTime(0, 0), zone).toUTC();
}

QDate LocalTime::localDate(const QDateTime &utc, const QTimeZone &zone) {
    return utc.toTimeZone(zone).date();
}

int LocalTime::localMinutes(const QDateTime &utc, const QTimeZone &zone) {
    const QTime t = utc.toTimeZone(zone).time();
    return t.hour() * 60 + t.minute();
}

QString LocalTime::shortTime(const QLocale &locale, QTime time) {
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss"));
    format.remove(QStringLiteral(".ss"));
    return locale.toString(time, format);
}

QString LocalTime::zoneLabel(const QTimeZone &zone, const QDateTime &at) {
    return QStringLiteral("%1 (%2)").arg(QString::fromUtf8(zone.id()), zone.abbreviation(at));
}

} // namespace adesk
