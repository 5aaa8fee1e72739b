#include "featurepanes.h"

#include "session.h"

namespace adesk {

QList<FeaturePane> createFeaturePanes(Session *session, QWidget *parent)
{
    QList<FeaturePane> panes;
    const Identity &who = session->identity();
    Q_UNUSED(parent)
    Q_UNUSED(who)
    // Features add their panes below, one block each, e.g.
    //   if (who.isOwner() || who.isAdmin())
    //       panes.append({QStringLiteral("bay-calendar"), QObject::tr("Bays"), new BayCalendarPane(...)});
    return panes;
}

} // namespace adesk
