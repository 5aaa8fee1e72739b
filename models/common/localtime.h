#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QTime>
#include <QTimeZone>

namespace adesk {

/// Wall-clock times of a workshop's IANA zone turned into instants, without Qt's silent guessing
/// (QDateTime moves a time in a spring-forward gap and picks one side of a fall-back overlap).
///
/// resolve(date, time, zone):
///  - Unique:      one instant.
///  - Nonexistent: the clock jumped over it (spring forward, e.g. 02:30 on the second Sunday of March
///                 in America/Toronto); no candidates: the caller refuses it with explanation().
///  - Ambiguous:   the clock showed it twice (fall back, e.g. 01:30 on the first Sunday of November);
///                 two candidates, earlier first (daylight time, then standard time): the caller asks.
class LocalTime {
public:
    enum class Kind { Unique, Nonexistent, Ambiguous };

    struct Resolution {
        Kind kind = Kind::Nonexistent;
        QList<QDateTime> candidates; ///< UTC instants, earlier first
        bool isUnique() const { return kind == Kind::Unique; }
        QDateTime first() const { return candidates.isEmpty() ? QDateTime() : candidates.first(); }
    };

    static Resolution resolve(QDate date, QTime time, const QTimeZone &zone);

    /// Translated sentence for a refused or ambiguous time, naming the zone and the offsets.
    static QString explanation(const Resolution &r, QDate date, QTime time, const QTimeZone &zone);
    /// A short label of a candidate for the "which one?" question: "01:30 EDT (UTC−04:00)".
    static QString candidateLabel(const QDateTime &utc, const QTimeZone &zone);

    /// The instant the local day @p date starts in @p zone (the first existing wall-clock time at or
    /// after 00:00). The day ends where the next one starts (23 or 25 hours on transition days).
    static QDateTime startOfDay(QDate date, const QTimeZone &zone);
    /// The local date of instant @p utc in @p zone.
    static QDate localDate(const QDateTime &utc, const QTimeZone &zone);
    /// Minutes since local midnight (wall clock) of @p utc in @p zone.
    static int localMinutes(const QDateTime &utc, const QTimeZone &zone);
    /// Monday of @p date's ISO week.
    static QDate weekStart(QDate date) { return date.addDays(1 - date.dayOfWeek()); }
    /// @p time in the locale's short format without seconds ("14:30", "2:30 p.m.").
    static QString shortTime(const QLocale &locale, QTime time);
    /// "America/Toronto (EDT)" for headers: the IANA id and the abbreviation in force at @p at.
    static QString zoneLabel(const QTimeZone &zone, const QDateTime &at);
};

} // namespace adesk
