#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace adesk::matching {

/// One row of desk.live_requests() (migration 0025): a pending or recent session request, the
/// customer only as the FSA of their postal code.
struct LiveRequest {
    qint64 id = 0;
    QDateTime createdAt;
    int ageSeconds = 0;
    QString sessionType; ///< chat | video | workshop_visit
    QString fsa;
    QString routingType; ///< workshop_only | hybrid | broadcast
    QString matchMethod; ///< selected | priority_broadcast | smart_broadcast | broadcast
    QString status;      ///< pending | accepted | expired | cancelled
    int wave = -1;       ///< highest wave offered; -1 when nobody was offered
    int offers = 0;
    int openOffers = 0;
    QDateTime windowEndsAt;
    bool pastWindow = false;
    QString fallback; ///< empty, or selected_no_response | no_local_mechanic | …
};

/// One row of desk.request_offers_of(): who was offered a request, why, and the answer.
struct Offer {
    qint64 mechanicId = 0;
    QString mechanicName;
    int wave = 0;
    int notifyOrder = 0;
    int totalPoints = 0;
    bool isLocal = false;
    QStringList reasons; ///< codes such as "same_fsa:M5V", "brand_specialist:Honda"
    QDateTime offeredAt;
    QDateTime windowEndsAt;
    QString response; ///< empty (waiting), accepted | declined | timed_out | withdrawn
};

/// One row of desk.matching_rules.
struct Rule {
    QString code;
    int value = 0;
    QString unit; ///< points | km | seconds | count | years
    QString note;
};

/// What one run of desk.advance_session_requests did.
struct SweepCounts {
    int timedOut = 0;
    int secondWaves = 0;
    int offers = 0;
    int expired = 0;
};

/// One Toronto month of desk.kpi_matching(); a negative figure means "nothing to divide by".
struct KpiMonth {
    QDate month;
    int requests = 0;
    int accepted = 0;
    double acceptancePct = -1;
    double topMatchPct = -1;
    int medianAcceptSeconds = -1;
    int p90AcceptSeconds = -1;
    double fallbackPct = -1;
    double localMatchPct = -1;
    double averageScore = -1;
};

/// The plan's targets ("Success Metrics").
constexpr double kTopMatchTargetPct = 85.0;
constexpr double kFallbackTargetPct = 5.0;
constexpr double kAverageScoreTarget = 120.0;

/// Bounds of a rule's value by unit, as desk.set_matching_rule checks them.
struct Bounds {
    int min = 0;
    int max = 0;
};
Bounds boundsOf(const QString &unit);

/// Words for the codes (never shown raw).
QString sessionTypeText(const QString &code);
QString routingText(const QString &code);
QString methodText(const QString &code);
QString statusText(const QString &code);
QString fallbackText(const QString &code);
QString responseText(const QString &code);
/// The plural unit, for ranges ("0 to 200 points").
QString unitText(const QString &unit);
/// A rule's value with its unit in the grammatical number @p value asks for ("1 point",
/// "300 seconds"), the number in the interface's locale.
QString valueText(const QString &unit, int value);
/// A matching rule's name (@p note false) or description (@p note true) in the interface's
/// language; empty for a code this version does not know.
QString ruleText(const QString &code, bool note);
/// A reason code ("same_fsa:M5V") as a short sentence.
QString reasonText(const QString &reason);

} // namespace adesk::matching
