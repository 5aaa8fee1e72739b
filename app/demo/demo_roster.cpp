// Demo data of the roster (issue 14, migration 0015): a few invitations per workshop (pending, one
// expired, one revoked) and the workshop mechanics marked as having joined through an invitation.
#include "models/core/sqlquery.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace adesk {

namespace {

// Deterministic: addresses from the workshop id, times relative to now. The inviting profile is the
// workshop's owner login when there is one.
const char *const kInvitations = R"SQL(
WITH shops AS (
    SELECT o.id, o.preferred_language AS lang,
           (SELECT sl.profile_id FROM desk.workshop_staff ws JOIN desk.staff_logins sl USING (login_role)
             WHERE ws.workshop_id = o.id AND sl.desk_role = 'workshop_owner' ORDER BY ws.login_role LIMIT 1) AS owner
      FROM desk.organizations o WHERE o.organization_type = 'workshop'
), planned (n, local_part, sent_days_ago, valid_days, status) AS (
    VALUES (1, 'samira.haddad', 2, 14, 'pending'), (2, 'kevin.tremblay', 6, 14, 'pending'),
           (3, 'jon.beaulieu', 20, 14, 'pending'), (4, 'olivia.chen', 9, 7, 'revoked')
)
INSERT INTO desk.mechanic_invitations (workshop_id, email, invited_by, created_at, expires_at, status,
                                       revoked_at, revoked_reason)
SELECT s.id, p.local_part || '.' || s.id || '@example.ca', s.owner,
       now() - make_interval(days => p.sent_days_ago),
       now() - make_interval(days => p.sent_days_ago) + make_interval(days => p.valid_days), p.status,
       CASE WHEN p.status = 'revoked' THEN now() - interval '1 day' END,
       CASE WHEN p.status = 'revoked' THEN CASE WHEN s.lang = 'fr' THEN 'Adresse erronée' ELSE 'Wrong address' END END
  FROM shops s CROSS JOIN planned p
 ORDER BY s.id, p.n
)SQL";

// The workshop accounts joined through an invitation (auto-approved; physical work still follows
// their compliance, which the CHECK enforces).
const char *const kJoined = R"SQL(
UPDATE desk.mechanics m
   SET auto_approved = true, invite_accepted_at = m.created_at + interval '1 day',
       invited_by = (SELECT sl.profile_id FROM desk.workshop_staff ws JOIN desk.staff_logins sl USING (login_role)
                      WHERE ws.workshop_id = m.workshop_id AND sl.desk_role = 'workshop_owner'
                      ORDER BY ws.login_role LIMIT 1)
 WHERE m.account_type = 'workshop' AND (NOT m.can_perform_physical_work OR m.compliance_status = 'approved')
)SQL";

} // namespace

/// Seeds the roster's demo data inside seed-demo's transaction, after workshops and mechanics.
bool seedRosterDemo(QSqlDatabase &db, QString *error);

bool seedRosterDemo(QSqlDatabase &db, QString *error) {
    for (const char *sql : {kInvitations, kJoined}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(sql))) {
            const DbError e = SqlQuery::errorFrom(q.lastError(), db);
            if (error)
                *error = QStringLiteral("roster demo: %1 (%2)").arg(e.serverMessage, e.sqlState);
            return false;
        }
    }
    return true;
}

} // namespace adesk
