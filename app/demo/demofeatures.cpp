#include "app/demo/demofeatures.h"

namespace adesk {

bool seedBaysDemo(QSqlDatabase &db, QString *error);         // demo_bays.cpp
bool seedPartnershipsDemo(QSqlDatabase &db, QString *error); // demo_partnerships.cpp
bool seedEarningsDemo(QSqlDatabase &db, QString *error);     // demo_earnings.cpp
bool seedTaxDemo(QSqlDatabase &db, QString *error);          // demo_tax.cpp
bool seedRosterDemo(QSqlDatabase &db, QString *error);       // demo_roster.cpp
bool seedNoticesDemo(QSqlDatabase &db, QString *error);      // demo_notices.cpp
bool seedExpiryDemo(QSqlDatabase &db, QString *error);       // demo_expiry.cpp
bool seedRequirementsDemo(QSqlDatabase &db, QString *error); // demo_requirements.cpp
bool seedOverridesDemo(QSqlDatabase &db, QString *error);    // demo_overrides.cpp
bool seedQuotesDemo(QSqlDatabase &db, QString *error);       // demo_quotes.cpp
bool seedRoutingDemo(QSqlDatabase &db, QString *error);      // demo_routing.cpp
bool seedMatchingDemo(QSqlDatabase &db, QString *error);     // demo_matching.cpp

QList<FeatureDemoSeed> featureDemoSeeds() {
    // Partnerships before bays: active partners may book bays at the partner workshop. The core
    // part ends with the bays; the rest is the history (demofeatures.h), in the same order as ever.
    return {
        {QStringLiteral("partnerships"), &seedPartnershipsDemo, false, true}, // agreement PDFs
        {QStringLiteral("bays"), &seedBaysDemo},
        {QStringLiteral("earnings"), &seedEarningsDemo, false, false, true},
        {QStringLiteral("T4A"), &seedTaxDemo, false, false, true},
        {QStringLiteral("roster"), &seedRosterDemo, false, false, true},
        {QStringLiteral("notices"), &seedNoticesDemo, false, false, true},
        {QStringLiteral("expiry"), &seedExpiryDemo, false, false, true},
        {QStringLiteral("requirements"), &seedRequirementsDemo, true, false, true}, // copies a document
        {QStringLiteral("overrides"), &seedOverridesDemo, false, false, true},
        {QStringLiteral("quotes"), &seedQuotesDemo, false, false, true},
        {QStringLiteral("routing"), &seedRoutingDemo, false, false, true},
        {QStringLiteral("matching"), &seedMatchingDemo, false, false, true},
    };
}

QStringList demoHistoryPanes() {
    // Every pane but the review queue, the bays and the partnership programs (the core part: the
    // compliance data set, the partnerships demo and the bays demo) reads rows of the history part.
    return {QStringLiteral("expiry"),        QStringLiteral("requirements"), QStringLiteral("overrides"),
            QStringLiteral("notifications"), QStringLiteral("audit-log"),    QStringLiteral("kpi-dashboard"),
            QStringLiteral("matching"),      QStringLiteral("earnings"),     QStringLiteral("quotes"),
            QStringLiteral("roster"),        QStringLiteral("routing"),      QStringLiteral("t4a")};
}

} // namespace adesk
