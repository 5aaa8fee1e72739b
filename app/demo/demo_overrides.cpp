// Demo data of re-uploads and overrides (issue 15, migration 0021): a mechanic's insurance
// certificate uploaded again with a new policy number and expiry (the approved one stays in force
// until the new one is decided); a document flagged "potentially edited" with an override request by
// the second demo admin (Étienne Dubois) waiting for another admin; and a tier change Amira Patel
// asked for, approved by Étienne Dubois. Audit rows as the functions would write them.
#include "models/core/sqlquery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace adesk {

namespace {

// The re-upload: the newest approved mechanic insurance gets a successor, with a new policy number
// and expiry a year later, submitted two days ago (same document file; the web platform would store
// the new upload). The triggers keep the approved one until the new one is approved.
const char *const kReupload = R"SQL(
INSERT INTO desk.compliance_verifications
    (entity_type, entity_id, mechanic_id, workshop_id, verification_type, document_id, document_name,
     entity_name, province, license_number, policy_number, coverage_amount_cents, expiry_date, submitted_at)
SELECT v.entity_type, v.entity_id, v.mechanic_id, v.workshop_id, v.verification_type, v.document_id,
       'renewed-' || coalesce(v.document_name, 'certificate-of-insurance.pdf'), v.entity_name, v.province,
       v.license_number, coalesce(v.policy_number, 'POL') || '-R2', coverage_amount_cents + 100000000,
       coalesce(v.expiry_date, current_date) + interval '1 year', now() - interval '2 days'
  FROM desk.compliance_verifications v
 WHERE v.entity_type = 'mechanic' AND v.verification_type = 'insurance' AND v.status = 'approved'
   AND v.document_id IS NOT NULL
 ORDER BY v.verified_at DESC NULLS LAST, v.id DESC
 LIMIT 1
)SQL";

// The flagged document: the oldest pending business licence (else any pending verification),
// flagged by Amira Patel; Étienne Dubois asks for the override.
const char *const kFlag = R"SQL(
WITH target AS (
    SELECT v.id FROM desk.compliance_verifications v
     WHERE v.status = 'pending' AND v.edit_flagged_at IS NULL
     ORDER BY v.verification_type = 'business_license' DESC, v.submitted_at, v.id LIMIT 1
), amira AS (SELECT profile_id FROM desk.staff_logins WHERE login_role = 'demo_admin'),
   etienne AS (SELECT profile_id FROM desk.staff_logins WHERE login_role = 'demo_admin2'),
flagged AS (
    UPDATE desk.compliance_verifications c
       SET edit_flagged_at = now() - interval '1 day', edit_flagged_by = (SELECT profile_id FROM amira),
           edit_flag_reason = 'The licence number uses another font than the rest of the page',
           version = c.version + 1
     WHERE c.id = (SELECT id FROM target)
    RETURNING c.id, c.workshop_id
), req AS (
    INSERT INTO desk.override_requests (kind, target_id, payload, reason, requested_by, requested_login, requested_at)
    SELECT 'approve_flagged_verification', f.id, '{}'::jsonb,
           'Called the city registry: the licence number is genuine and current.',
           (SELECT profile_id FROM etienne), 'demo_admin2', now() - interval '3 hours'
      FROM flagged f
    RETURNING id, target_id
)
INSERT INTO desk.audit_log (at, actor, action, table_name, row_id, workshop_id, detail)
SELECT now() - interval '1 day', 'demo_admin', 'verification.flag_edited', 'compliance_verifications', f.id,
       f.workshop_id, jsonb_build_object('reason', 'The licence number uses another font than the rest of the page')
  FROM flagged f
UNION ALL
SELECT now() - interval '3 hours', 'demo_admin2', 'override.request', 'override_requests', r.id, f.workshop_id,
       jsonb_build_object('kind', 'approve_flagged_verification', 'target_id', r.target_id)
  FROM req r JOIN flagged f ON f.id = r.target_id
)SQL";

// The decided tier change: a virtual-only mechanic made workshop-affiliated (licensed mobile without a
// workshop).
const char *const kTier = R"SQL(
WITH target AS (
    SELECT m.id, m.workshop_id,
           CASE WHEN m.workshop_id IS NULL THEN 'licensed_mobile' ELSE 'workshop_affiliated' END AS tier
      FROM desk.mechanics m
     WHERE m.service_tier = 'virtual_only' AND NOT m.can_perform_physical_work
     ORDER BY m.workshop_id IS NULL, m.id LIMIT 1
), amira AS (SELECT profile_id FROM desk.staff_logins WHERE login_role = 'demo_admin'),
   etienne AS (SELECT profile_id FROM desk.staff_logins WHERE login_role = 'demo_admin2'),
req AS (
    INSERT INTO desk.override_requests (kind, target_id, payload, reason, requested_by, requested_login, requested_at,
                                        status, decided_by, decided_login, decided_at, decision_note, version)
    SELECT 'change_service_tier', t.id,
           jsonb_build_object('service_tier', t.tier, 'from_service_tier', 'virtual_only'),
           CASE WHEN t.tier = 'licensed_mobile'
                THEN 'Provincial mobile-repair licence checked with the registry; documents follow.'
                ELSE 'Employed by the workshop since last month (contract on file); documents follow.' END,
           (SELECT profile_id FROM amira), 'demo_admin', now() - interval '6 days', 'approved',
           (SELECT profile_id FROM etienne), 'demo_admin2', now() - interval '5 days',
           'Contrat vérifié auprès de l''atelier.', 2
      FROM target t
    RETURNING id, target_id
), moved AS (
    UPDATE desk.mechanics m SET service_tier = (SELECT tier FROM target), version = m.version + 1
     WHERE m.id = (SELECT id FROM target)
    RETURNING m.id, m.workshop_id, m.service_tier
)
INSERT INTO desk.audit_log (at, actor, action, table_name, row_id, workshop_id, detail)
SELECT now() - interval '6 days', 'demo_admin', 'override.request', 'override_requests', r.id, m.workshop_id,
       jsonb_build_object('kind', 'change_service_tier', 'target_id', r.target_id)
  FROM req r JOIN moved m ON m.id = r.target_id
UNION ALL
SELECT now() - interval '5 days', 'demo_admin2', 'override.approve', 'override_requests', r.id, m.workshop_id,
       jsonb_build_object('kind', 'change_service_tier', 'target_id', r.target_id)
  FROM req r JOIN moved m ON m.id = r.target_id
UNION ALL
SELECT now() - interval '5 days', 'demo_admin2', 'mechanic.service_tier_override', 'mechanics', m.id, m.workshop_id,
       jsonb_build_object('from_service_tier', 'virtual_only', 'to_service_tier', m.service_tier,
                          'override_id', r.id)
  FROM req r JOIN moved m ON m.id = r.target_id
)SQL";

} // namespace

/// Seeds the re-uploads' and overrides' demo data inside seed-demo's transaction, after the
/// verifications and the staff logins.
bool seedOverridesDemo(QSqlDatabase &db, QString *error);

bool seedOverridesDemo(QSqlDatabase &db, QString *error) {
    for (const char *sql : {kReupload, kFlag, kTier}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(sql))) {
            const DbError e = SqlQuery::errorFrom(q.lastError(), db);
            if (error)
                *error = QStringLiteral("overrides demo: %1 (%2)").arg(e.serverMessage, e.sqlState);
            return false;
        }
    }
    return true;
}

} // namespace adesk
