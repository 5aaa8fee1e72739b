#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace adesk {

/// The platform's KPIs (migration 0022, issue 15 "Platform KPIs"): aggregates only, one row per
/// bucket (calendar month or ISO week in the platform's zone) or per tier. No payee, no name.
namespace kpi {

/// Targets of the seeds: compliance-migration-plan.md "Success Criteria" and
/// phase3-partnerships-bays-revenue-plan.md ("<48 hour approval time", "$25K+ platform revenue/month").
inline constexpr double kTurnaroundTargetHours = 48.0;   ///< decided within 48 h
inline constexpr qint64 kAffiliatedTarget = 100;         ///< more than 100 workshop-affiliated mechanics
inline constexpr qint64 kVirtualSessionsTarget = 500;    ///< more than 500 virtual sessions a month
inline constexpr int kRetentionTargetBp = 8000;          ///< at least 80 % of last month's mechanics
inline constexpr qint64 kRevenueTargetCents = 2'500'000; ///< $25K a month, both tiers
inline constexpr qint64 kSubmissionsTarget = 50;         ///< more than 50 verifications submitted

enum class Bucket { Week, Month };

struct Turnaround {
    QDate bucket;
    qint64 decisions = 0;
    std::optional<double> medianHours;
    std::optional<double> p90Hours;
    qint64 withinTarget = 0;
    std::optional<int> withinTargetBp;
};

struct QueuePoint {
    QDate bucket;
    qint64 submitted = 0;
    qint64 decided = 0;
    qint64 pendingAtEnd = 0;
};

struct TierCount {
    QString tier; ///< virtual_only, workshop_affiliated, licensed_mobile
    qint64 mechanics = 0;
    qint64 physicalWork = 0;
    qint64 complianceApproved = 0;
};

struct Sessions {
    QDate bucket;
    qint64 virtualSessions = 0;
    qint64 workshopVisits = 0;
    qint64 activeMechanics = 0;
};

struct Retention {
    QDate bucket;
    qint64 previousActive = 0;
    qint64 retained = 0;
    std::optional<int> retentionBp;
};

struct Bookings {
    QDate bucket;
    qint64 bookings = 0;
    qint64 completed = 0;
    qint64 cancelled = 0;
    qint64 noShow = 0;
    qint64 workshops = 0;
    qint64 openMinutes = 0;
    qint64 bookedMinutes = 0;
    std::optional<int> utilizationBp;
};

struct Revenue {
    QDate month;
    qint64 virtualCents = 0;
    qint64 physicalCents = 0;
    qint64 events = 0;
    qint64 totalCents() const { return virtualCents + physicalCents; }
};

/// Everything the dashboard shows for one period.
struct Report {
    QDate from;                   ///< first day of the period (inclusive)
    QDate to;                     ///< day after the period
    QList<Turnaround> turnaround; ///< by month
    QList<QueuePoint> queue;      ///< by week
    QList<TierCount> tiers;       ///< now
    QList<Sessions> sessions;     ///< by month
    QList<Retention> retention;   ///< by month
    QList<Bookings> bookings;     ///< by month
    QList<Revenue> revenue;       ///< by month
};

/// The period of the last @p months calendar months, the current one (holding @p today) included:
/// [first day of the first month, first day of the month after today's).
QPair<QDate, QDate> lastMonths(const QDate &today, int months);

/// One headline: a figure against its target.
struct Headline {
    enum class Figure { Turnaround, Affiliated, VirtualSessions, Retention, Revenue, Submissions };
    Figure figure;
    QDate month;        ///< the month it is about (invalid: now, or the whole period)
    double value = 0;   ///< hours, a count, basis points or cents
    bool known = false; ///< false: no data for the figure (no decision, nobody active before)
    bool met = false;
};

/// The headlines of @p report: turnaround (median of the last complete month, met when under
/// 48 h), workshop-affiliated mechanics now (> 100), virtual sessions (> 500), retention (>= 80 %)
/// and platform revenue (>= $25K) of the last complete month before @p today, verifications
/// submitted over the period (> 50).
QList<Headline> headlines(const Report &report, const QDate &today);

} // namespace kpi
} // namespace adesk
