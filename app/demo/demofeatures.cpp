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
    // Partnerships before bays: active partners may book bays at the partner workshop.
    return {
        {QStringLiteral("partnerships"), &seedPartnershipsDemo, false, true}, // agreement PDFs
        {QStringLiteral("bays"), &seedBaysDemo},
        {QStringLiteral("earnings"), &seedEarningsDemo},
        {QStringLiteral("T4A"), &seedTaxDemo},
        {QStringLiteral("roster"), &seedRosterDemo},
        {QStringLiteral("notices"), &seedNoticesDemo},
        {QStringLiteral("expiry"), &seedExpiryDemo},
        {QStringLiteral("requirements"), &seedRequirementsDemo, true}, // copies a workshop's document
        {QStringLiteral("overrides"), &seedOverridesDemo},
        {QStringLiteral("quotes"), &seedQuotesDemo},
        {QStringLiteral("routing"), &seedRoutingDemo},
        {QStringLiteral("matching"), &seedMatchingDemo},
    };
}

} // namespace adesk
