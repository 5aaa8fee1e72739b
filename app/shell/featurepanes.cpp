#include "app/shell/featurepanes.h"

#include "app/bays/baycontroller.h"
#include "app/compliance/expirycontroller.h"
#include "app/compliance/kpicontroller.h"
#include "app/compliance/overridescontroller.h"
#include "app/compliance/oversightcontroller.h"
#include "app/compliance/requirementscontroller.h"
#include "app/earnings/earningscontroller.h"
#include "app/matching/matchingcontroller.h"
#include "app/partnerships/partnershipcontroller.h"
#include "app/quotes/quotescontroller.h"
#include "app/roster/rostercontroller.h"
#include "app/routing/routingcontroller.h"
#include "app/shell/session.h"
#include "app/tax/taxcontroller.h"
#include "views/bays/baycalendarpane.h"
#include "views/compliance/auditlogpane.h"
#include "views/compliance/expirypane.h"
#include "views/compliance/kpidashboardpane.h"
#include "views/compliance/notificationspane.h"
#include "views/compliance/overridespane.h"
#include "views/compliance/requirementspane.h"
#include "views/matching/matchingpane.h"
#include "views/partnerships/applicationspanel.h"
#include "views/partnerships/partnershippane.h"
#include "views/quotes/quotespane.h"
#include "views/roster/rosterpane.h"
#include "views/routing/routingpane.h"

#include <memory>

namespace adesk {

namespace {
/// The factory of a pane a controller builds with its createPane(session, parent).
template <typename Create> std::function<QWidget *(QWidget *)> paneOf(Session *session, Create create) {
    return [session, create](QWidget *parent) -> QWidget * { return create(session, parent); };
}
} // namespace

QList<FeaturePane> createFeaturePanes(Session *session) {
    QList<FeaturePane> panes;
    const Identity &who = session->identity();
    // Features add their panes below, one block each, e.g.
    //   if (who.isOwner() || who.isAdmin())
    //       panes.append({QStringLiteral("roster"), QObject::tr("Roster"),
    //                     paneOf(session, &RosterController::createPane)});
    // Compliance oversight (issue 15), after the review pane: what expires, what is required, what
    // needs a second admin, what the platform sent and recorded, and the platform's KPIs.
    // Expiry board and the 90-day transition (issue 15): admins only (the database refuses others).
    if (who.isAdmin())
        panes.append({QStringLiteral("expiry"), QObject::tr("Expiry"),
                      paneOf(session, &ExpiryController::createPane)});
    // Requirements (issue 15): the matrix of required documents by province and path; admins edit it.
    if (who.isAdmin())
        panes.append({QStringLiteral("requirements"), QObject::tr("Requirements"),
                      paneOf(session, &RequirementsController::createPane)});
    // Overrides with a second admin (issue 15): flagged documents and tier changes, admins only.
    if (who.isAdmin())
        panes.append({QStringLiteral("overrides"), QObject::tr("Overrides"),
                      paneOf(session, &OverridesController::createPane)});
    // What the platform sends and records (issue 15): notifications sent and bulk notices (admins).
    if (who.isAdmin())
        panes.append({QStringLiteral("notifications"), QObject::tr("Notifications"),
                      paneOf(session, &OversightController::createNotificationsPane)});
    // The audit log (issue 15): admins read every row here; finance (after its own panes, below).
    if (who.isAdmin())
        panes.append({QStringLiteral("audit-log"), QObject::tr("Audit log"),
                      paneOf(session, &OversightController::createAuditPane)});
    // Platform KPIs (issue 15, migration 0022): the plan's success criteria against their targets,
    // aggregates only; admins only (the database refuses everybody else). Mechanic matching's KPIs
    // (issue 16) are its tab "Matching".
    if (who.isAdmin())
        panes.append({QStringLiteral("kpi-dashboard"), QObject::tr("Dashboard"),
                      [session](QWidget *parent) -> QWidget * {
                          KpiDashboardPane *dashboard = KpiController::createPane(session, parent);
                          MatchingController::addKpiTab(session, dashboard);
                          return dashboard;
                      }});
    // Mechanic matching (issue 16, migration 0025): live requests and their offers, the matching
    // rules; admins see every request and edit the rules, owners their workshop's requests, read-only.
    if (who.isAdmin() || who.isOwner())
        panes.append({QStringLiteral("matching"), QObject::tr("Matching"),
                      paneOf(session, &MatchingController::createPane)});
    // Earnings (issue 5): finance sees every payee; an owner sees their workshop's earnings (RLS).
    if (who.isFinance() || who.isOwner())
        panes.append({QStringLiteral("earnings"), QObject::tr("Earnings"),
                      paneOf(session, &EarningsController::createPane)});
    // Bay booking calendar (issue 3): owners see their workshop's bays; admins choose any workshop.
    if (who.isOwner() || who.isAdmin())
        panes.append(
            {QStringLiteral("bay-calendar"), QObject::tr("Bays"), [session](QWidget *parent) -> QWidget * {
                 auto *bays = new BayCalendarPane(parent);
                 new BayController(session->executor(), session->listener(), session->identity(), bays, bays);
                 return bays;
             }});
    // Partnership programs (issue 4): owners edit their workshop's programs, review applications and
    // issue agreements; admins see every workshop's, read-only. One controller drives both panes,
    // made with whichever is built first; each pane is built on its own (issue 19: the idle build
    // takes one short turn per pane).
    if (who.isOwner() || who.isAdmin()) {
        auto shared = std::make_shared<PartnershipController::Panes>(session);
        panes.append({QStringLiteral("partnerships"), QObject::tr("Partnerships"),
                      [shared](QWidget *parent) -> QWidget * { return shared->editor(parent); }});
        panes.append({QStringLiteral("partnership-applications"), QObject::tr("Applications"),
                      [shared](QWidget *parent) -> QWidget * { return shared->applications(parent); }});
    }
    // Leads and quotes (issue 16, migration 0026): owners work their escalation leads and approve partner
    // quotes; admins see every workshop's, read-only; finance nothing.
    if (who.isOwner() || who.isAdmin())
        panes.append({QStringLiteral("quotes"), QObject::tr("Leads and quotes"),
                      paneOf(session, &QuotesController::createPane)});
    // The roster (issue 14): owners invite, revoke and unlink their workshop's mechanics; admins choose
    // the workshop and also link mechanics.
    if (who.isOwner() || who.isAdmin())
        panes.append({QStringLiteral("roster"), QObject::tr("Roster"),
                      paneOf(session, &RosterController::createPane)});
    // Smart routing (issue 16, migration 0024): the routing preview and "why matched", the owners'
    // default routing type (admins read every workshop's), the directory and per-month analytics.
    if (who.isOwner() || who.isAdmin())
        panes.append({QStringLiteral("routing"), QObject::tr("Routing"),
                      paneOf(session, &RoutingController::createPane)});
    // T4A slips, summary and the CRA XML return (issue 6): finance only (the database refuses others).
    if (who.isFinance())
        panes.append(
            {QStringLiteral("t4a"), QObject::tr("T4A"), paneOf(session, &TaxController::createPane)});
    // The audit log for finance: the reveals of tax numbers only (RLS, migration 0019).
    if (who.isFinance())
        panes.append({QStringLiteral("audit-log"), QObject::tr("Audit log"),
                      paneOf(session, &OversightController::createAuditPane)});
    return panes;
}

} // namespace adesk
