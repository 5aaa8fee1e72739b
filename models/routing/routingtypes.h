#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace adesk {

/// A sample request for the routing preview (desk.get_mechanics_for_routing, migration 0024).
struct RoutingQuery {
    qint64 workshopId = 0; ///< 0: none (admins, broadcast only)
    QString routingType;   ///< workshop_only | hybrid | broadcast; empty: the workshop's default
    QString matchMethod = QStringLiteral("smart_broadcast"); ///< smart_broadcast | broadcast
    QString sessionType = QStringLiteral("video");           ///< chat | video | workshop_visit
    QString postalCode;                                      ///< empty: none
    QDateTime at;                                            ///< invalid: now
    QString brand;
    bool wantsSpecialist = false;
    QStringList keywords;
    bool preferLocal = true;
};

/// One ranked mechanic of a preview or of a stored request (desk.why_matched).
struct RoutingCandidate {
    qint64 mechanicId = 0;
    int notifyOrder = 0;
    int wave = 1; ///< 0 exclusive window, 1 first wave, 2 hybrid's second wave
    bool notified = false;
    bool inWorkshop = false;
    int totalPoints = 0;
    int fsaPoints = 0;
    int distanceKm = 0;
    bool isLocal = false;
    int availablePoints = 0;
    int brandPoints = 0;
    int keywordPoints = 0;
    int ratingPoints = 0;
    int experiencePoints = 0;
    int favouritePoints = 0;
    QStringList reasons; ///< codes: same_fsa:M5V, nearby:15, brand_specialist:BMW, …
    QString fallback;    ///< empty, workshop_unavailable, no_local_mechanic, …
    QString name;
    QString serviceTier;
    QString workshopName;
    int ratingBp = -1; ///< -1: no rating
    int averageResponseSeconds = 0;
    QString routingType;
    QString matchMethod;
    bool accepted = false;
};

/// A workshop of the directory (desk.get_workshop_directory).
struct DirectoryRow {
    qint64 workshopId = 0;
    QString name;
    QString city;
    QString province;
    QString routingType;
    int mechanics = 0;
    int availableMechanics = 0;
    int averageRatingBp = -1; ///< -1: none rated
    qint64 sessionsCompleted = 0;
    int averageResponseSeconds = -1; ///< -1: no mechanic
};

/// One month of desk.workshop_session_analytics.
struct AnalyticsMonth {
    QDate month;
    int requests = 0;
    int acceptedByWorkshop = 0;
    int servedElsewhere = 0;
    int sessionsCompleted = 0;
    int medianAcceptSeconds = -1; ///< -1: nothing accepted
};

} // namespace adesk
