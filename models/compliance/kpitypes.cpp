#include "models/compliance/kpitypes.h"

namespace adesk::kpi {

QPair<QDate, QDate> lastMonths(const QDate &today, int months) {
    const QDate first(today.year(), today.month(), 1);
    return {first.addMonths(-(std::max(months, 1) - 1)), first.addMonths(1)};
}

QList<Headline> headlines(const Report &report, const QDate &today) {
    const QDate lastComplete = QDate(today.year(), today.month(), 1).addMonths(-1);
    QList<Headline> out;

    Headline turnaround{Headline::Figure::Turnaround, lastComplete};
    for (const Turnaround &t : report.turnaround)
        if (t.bucket == lastComplete && t.medianHours) {
            turnaround.known = true;
            turnaround.value = *t.medianHours;
            turnaround.met = *t.medianHours < kTurnaroundTargetHours;
        }
    out.append(turnaround);

    Headline affiliated{Headline::Figure::Affiliated, QDate()};
    for (const TierCount &t : report.tiers)
        if (t.tier == u"workshop_affiliated") {
            affiliated.known = true;
            affiliated.value = double(t.mechanics);
            affiliated.met = t.mechanics > kAffiliatedTarget;
        }
    out.append(affiliated);

    Headline sessions{Headline::Figure::VirtualSessions, lastComplete};
    for (const Sessions &s : report.sessions)
        if (s.bucket == lastComplete) {
            sessions.known = true;
            sessions.value = double(s.virtualSessions);
            sessions.met = s.virtualSessions > kVirtualSessionsTarget;
        }
    out.append(sessions);

    Headline retention{Headline::Figure::Retention, lastComplete};
    for (const Retention &r : report.retention)
        if (r.bucket == lastComplete && r.retentionBp) {
            retention.known = true;
            retention.value = *r.retentionBp;
            retention.met = *r.retentionBp >= kRetentionTargetBp;
        }
    out.append(retention);

    Headline revenue{Headline::Figure::Revenue, lastComplete};
    for (const Revenue &r : report.revenue)
        if (r.month == lastComplete) {
            revenue.known = true;
            revenue.value = double(r.totalCents());
            revenue.met = r.totalCents() >= kRevenueTargetCents;
        }
    out.append(revenue);

    Headline submissions{Headline::Figure::Submissions, QDate()};
    qint64 submitted = 0;
    for (const QueuePoint &p : report.queue)
        submitted += p.submitted;
    submissions.known = true;
    submissions.value = double(submitted);
    submissions.met = submitted > kSubmissionsTarget;
    out.append(submissions);
    return out;
}

} // namespace adesk::kpi
