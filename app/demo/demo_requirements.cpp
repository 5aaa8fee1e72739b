// Demo data of the requirements matrix (issue 15, migration 0020): an Ontario workshop whose
// environmental compliance is approved and whose MVIS licence waits for review (approving it
// completes the workshop's requirements), an independent mechanic with approved insurance and a
// certification waiting (approving it completes the independent set: compliant, partnerships open),
// and a rule that starts next month (shown under "Every rule" in the Requirements pane).
#include "models/core/sqlquery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace adesk {

namespace {

// The first Ontario workshop (by id): environmental compliance approved a month ago, its MVIS licence
// submitted this morning with its number.
const char *const kOntarioWorkshop = R"SQL(
WITH shop AS (
    SELECT o.id, o.name, o.province FROM desk.organizations o
     WHERE o.organization_type = 'workshop' AND o.province = 'ON' ORDER BY o.id LIMIT 1
), reviewer AS (
    SELECT sl.profile_id FROM desk.staff_logins sl WHERE sl.desk_role = 'platform_admin'
     ORDER BY sl.login_role LIMIT 1
)
INSERT INTO desk.compliance_verifications (entity_type, entity_id, workshop_id, verification_type, entity_name,
                                           province, license_number, status, verified_by, verified_at,
                                           submitted_at, updated_at)
SELECT 'workshop', s.id, s.id, x.vtype, s.name, s.province, x.licence, x.status,
       CASE WHEN x.status = 'approved' THEN (SELECT profile_id FROM reviewer) END,
       CASE WHEN x.status = 'approved' THEN now() - interval '30 days' END,
       now() - x.age, now() - x.age
  FROM shop s
 CROSS JOIN (VALUES ('environmental_compliance', NULL, 'approved', interval '32 days'),
                    ('mvis_license', 'MVIS-' || 40000 + 17, 'pending', interval '5 hours'))
            AS x (vtype, licence, status, age)
)SQL";

const char *const kOntarioWorkshopFields = R"SQL(
UPDATE desk.organizations o SET environmental_compliance_verified = true, version = o.version + 1
 WHERE o.id = (SELECT v.entity_id FROM desk.compliance_verifications v
                WHERE v.verification_type = 'environmental_compliance' AND v.status = 'approved'
                ORDER BY v.id LIMIT 1)
)SQL";

// An independent mechanic (no workshop, virtual only, not yet approved): insurance approved, a
// certification waiting.
const char *const kIndependent = R"SQL(
WITH mech AS (
    SELECT m.id, m.display_name, m.province FROM desk.mechanics m
     WHERE m.workshop_id IS NULL AND m.service_tier = 'virtual_only' AND m.compliance_status <> 'approved'
     ORDER BY m.id LIMIT 1
), reviewer AS (
    SELECT sl.profile_id FROM desk.staff_logins sl WHERE sl.desk_role = 'platform_admin'
     ORDER BY sl.login_role LIMIT 1
)
INSERT INTO desk.compliance_verifications (entity_type, entity_id, mechanic_id, verification_type, entity_name,
                                           province, license_number, policy_number, coverage_amount_cents,
                                           expiry_date, status, verified_by, verified_at, submitted_at, updated_at)
SELECT 'mechanic', m.id, m.id, x.vtype, m.display_name, m.province, x.licence, x.policy, x.coverage,
       x.expiry, x.status,
       CASE WHEN x.status = 'approved' THEN (SELECT profile_id FROM reviewer) END,
       CASE WHEN x.status = 'approved' THEN now() - interval '2 days' END,
       now() - x.age, now() - x.age
  FROM mech m
 CROSS JOIN (VALUES ('insurance', NULL, 'PL-' || 5550000 + 123, 200000000::bigint,
                     (now() + interval '11 months')::date, 'approved', interval '3 days'),
                    ('certification', 'RS-' || 310000 + 42, NULL, NULL::bigint, NULL::date, 'pending',
                     interval '7 hours'))
            AS x (vtype, licence, policy, coverage, expiry, status, age)
 WHERE NOT EXISTS (SELECT 1 FROM desk.compliance_verifications v
                    WHERE v.entity_type = 'mechanic' AND v.entity_id = m.id AND v.verification_type = x.vtype
                      AND v.status IN ('approved', 'pending'))
)SQL";

// A rule that starts next month: British Columbia's mobile services will need zoning compliance.
const char *const kFutureRule = R"SQL(
INSERT INTO desk.requirement_rules (province, entity_type, path, verification_type, effective_from, created_by)
SELECT 'BC', 'mobile_service', 'mobile_service', 'zoning',
       (date_trunc('month', now() AT TIME ZONE 'America/Vancouver') + interval '1 month')::date,
       (SELECT sl.profile_id FROM desk.staff_logins sl WHERE sl.desk_role = 'platform_admin'
         ORDER BY sl.login_role LIMIT 1)
)SQL";

} // namespace

/// Seeds the requirements' demo data inside seed-demo's transaction, after verifications.
bool seedRequirementsDemo(QSqlDatabase &db, QString *error);

bool seedRequirementsDemo(QSqlDatabase &db, QString *error) {
    for (const char *sql : {kOntarioWorkshop, kOntarioWorkshopFields, kIndependent, kFutureRule}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(sql))) {
            const DbError e = SqlQuery::errorFrom(q.lastError(), db);
            if (error)
                *error = QStringLiteral("requirements demo: %1 (%2)").arg(e.serverMessage, e.sqlState);
            return false;
        }
    }
    return true;
}

} // namespace adesk
