#include "app/shell/featurepanes.h"

#include "app/bays/baycontroller.h"
#include "app/compliance/overridescontroller.h"
#include "app/earnings/earningscontroller.h"
#include "app/partnerships/partnershipcontroller.h"
#include "app/roster/rostercontroller.h"
#include "app/shell/session.h"
#include "app/tax/taxcontroller.h"
#include "views/bays/baycalendarpane.h"
#include "views/compliance/overridespane.h"
#include "views/partnerships/applicationspanel.h"
#include "views/partnerships/partnershippane.h"
#include "views/roster/rosterpane.h"

namespace adesk {

QList<FeaturePane> createFeaturePanes(Session *session, QWidget *parent) {
    QList<FeaturePane> panes;
    const Identity &who = session->identity();
    Q_UNUSED(parent)
    Q_UNUSED(who)
    // Features add their panes below, one block each, e.g.
    //   if (who.isOwner() || who.isAdmin())
    //       panes.append({QStringLiteral("bay-calendar"), QObject::tr("Bays"), new BayCalendarPane(...)});
    // Earnings (issue 5): finance sees every payee; an owner sees their workshop's earnings (RLS).
    if (who.isFinance() || who.isOwner())
        panes.append({QStringLiteral("earnings"), QObject::tr("Earnings"),
                      EarningsController::createPane(session, parent)});
    // Bay booking calendar (issue 3): owners see their workshop's bays; admins choose any workshop.
    if (who.isOwner() || who.isAdmin()) {
        auto *bays = new BayCalendarPane(parent);
        new BayController(session->executor(), session->listener(), who, bays, bays);
        panes.append({QStringLiteral("bay-calendar"), QObject::tr("Bays"), bays});
    }
    // Partnership programs (issue 4): owners edit their workshop's programs, review applications and
    // issue agreements; admins see every workshop's, read-only.
    if (who.isOwner() || who.isAdmin()) {
        const PartnershipController::Panes p = PartnershipController::create(session, parent);
        panes.append({QStringLiteral("partnerships"), QObject::tr("Partnerships"), p.editor});
        panes.append(
            {QStringLiteral("partnership-applications"), QObject::tr("Applications"), p.applications});
    }
    // The roster (issue 14): owners invite, revoke and unlink their workshop's mechanics; admins choose
    // the workshop and also link mechanics.
    if (who.isOwner() || who.isAdmin())
        panes.append(
            {QStringLiteral("roster"), QObject::tr("Roster"), RosterController::createPane(session, parent)});
    // Overrides with a second admin (issue 15): flagged documents and tier changes, admins only.
    if (who.isAdmin())
        panes.append({QStringLiteral("overrides"), QObject::tr("Overrides"),
                      OverridesController::createPane(session, parent)});
    // T4A slips, summary and the CRA XML return (issue 6): finance only (the database refuses others).
    if (who.isFinance())
        panes.append({QStringLiteral("t4a"), QObject::tr("T4A"), TaxController::createPane(session, parent)});
    return panes;
}

} // namespace adesk
