// Demo data of the expiry board and the transition (issue 15, migration 0018): approved documents
// expiring in about 5, 20 and 50 days (the reminders due before today already sent), and a
// transition period that began 100 days ago with a few mechanics still lagging.
#include "models/core/sqlquery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace adesk {

namespace {

// Three mechanics allowed physical work and one workshop: an approved document each, its expiry
// moved close (Toronto calendar; every demo workshop is in a Canadian zone within a day of it).
const char *const kDates = R"SQL(
WITH picks AS (
    (SELECT v.id, d.days, d.n
       FROM (VALUES (1, 5), (2, 20), (3, 50)) AS d (n, days)
       JOIN LATERAL (SELECT c.id FROM desk.compliance_verifications c
                       JOIN desk.mechanics m ON m.id = c.entity_id
                      WHERE c.entity_type = 'mechanic' AND c.status = 'approved' AND c.expiry_date IS NOT NULL
                        AND m.can_perform_physical_work AND c.verification_type = 'insurance'
                      ORDER BY c.id OFFSET d.n - 1 LIMIT 1) v ON true)
    UNION ALL
    (SELECT c.id, 25, 4 FROM desk.compliance_verifications c
      WHERE c.entity_type = 'workshop' AND c.status = 'approved' AND c.verification_type = 'insurance'
        AND c.expiry_date IS NOT NULL ORDER BY c.id LIMIT 1)
)
UPDATE desk.compliance_verifications c SET expiry_date = (now() AT TIME ZONE 'America/Toronto')::date + p.days
  FROM picks p WHERE c.id = p.id
)SQL";

// The reminders of the thresholds passed before today, as the daily sweep would have sent them.
const char *const kReminders = R"SQL(
WITH due AS (
    SELECT c.id, c.entity_type, c.entity_id, c.mechanic_id, c.expiry_date, t.threshold,
           (c.expiry_date - t.threshold)::timestamp AT TIME ZONE 'America/Toronto' + interval '6 hours' AS sent_at
      FROM desk.compliance_verifications c
     CROSS JOIN (VALUES (60), (30), (7)) AS t (threshold)
     WHERE c.status = 'approved' AND c.expiry_date IS NOT NULL
       AND c.expiry_date - (now() AT TIME ZONE 'America/Toronto')::date BETWEEN 0 AND 60
       AND c.expiry_date - t.threshold < (now() AT TIME ZONE 'America/Toronto')::date
), sent AS (
    INSERT INTO desk.mechanic_notifications (mechanic_id, workshop_id, verification_id, notification_type, title,
                                             message, action_url, read, created_at)
    SELECT d.mechanic_id, CASE WHEN d.entity_type = 'mechanic' THEN NULL ELSE d.entity_id END, d.id,
           'verification_expiring', 'Document expiring soon',
           format('Your %s expires on %s (in %s days). Please upload a current one before then to keep your access.',
                  desk.verification_type_label(c.verification_type, 'en'), d.expiry_date, d.threshold),
           '/mechanic/compliance', true, d.sent_at
      FROM due d JOIN desk.compliance_verifications c ON c.id = d.id
    RETURNING id, verification_id, created_at
)
INSERT INTO desk.verification_reminders (verification_id, threshold_days, notification_id, expiry_date, sent_at)
SELECT d.id, d.threshold, s.id, d.expiry_date, d.sent_at
  FROM due d JOIN sent s ON s.verification_id = d.id AND s.created_at = d.sent_at
)SQL";

// The transition began 100 days ago. Every mechanic chose a tier in its first weeks except three;
// the physical-tier mechanics submitted documents except two.
const char *const kTransition = R"SQL(
INSERT INTO desk.transition_periods (name, starts_on, tier_choice_deadline, documents_deadline, created_by)
SELECT 'Service tier transition', t.d, t.d + 30, t.d + 90,
       (SELECT sl.profile_id FROM desk.staff_logins sl WHERE sl.desk_role = 'platform_admin' ORDER BY 1 LIMIT 1)
  FROM (SELECT (now() AT TIME ZONE 'America/Toronto')::date - 100 AS d) t
)SQL";
const char *const kChoices = R"SQL(
UPDATE desk.mechanics m
   SET tier_chosen_at = ((now() AT TIME ZONE 'America/Toronto')::date - 100 + 2 + (m.id % 25)::integer)::timestamp
                        AT TIME ZONE 'America/Toronto'
 WHERE m.id NOT IN (SELECT x.id FROM desk.mechanics x WHERE x.service_tier = 'virtual_only' ORDER BY x.id LIMIT 3)
)SQL";
const char *const kDocuments = R"SQL(
UPDATE desk.compliance_verifications c
   SET submitted_at = greatest(c.submitted_at, ((now() AT TIME ZONE 'America/Toronto')::date - 100 + 20)::timestamp
                                                AT TIME ZONE 'America/Toronto')
 WHERE c.entity_type = 'mechanic' AND c.status <> 'pending'
   AND c.entity_id NOT IN (SELECT m.id FROM desk.mechanics m WHERE m.service_tier <> 'virtual_only'
                            ORDER BY m.id DESC LIMIT 2)
   AND (c.verified_at IS NULL OR c.verified_at > ((now() AT TIME ZONE 'America/Toronto')::date - 100 + 20)::timestamp
                                                 AT TIME ZONE 'America/Toronto')
)SQL";

} // namespace

/// Seeds the expiry board's and the transition's demo data inside seed-demo's transaction.
bool seedExpiryDemo(QSqlDatabase &db, QString *error);

bool seedExpiryDemo(QSqlDatabase &db, QString *error) {
    for (const char *sql : {kDates, kReminders, kTransition, kChoices, kDocuments}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(sql))) {
            const DbError e = SqlQuery::errorFrom(q.lastError(), db);
            if (error)
                *error = QStringLiteral("expiry demo: %1 (%2)").arg(e.serverMessage, e.sqlState);
            return false;
        }
    }
    return true;
}

} // namespace adesk
