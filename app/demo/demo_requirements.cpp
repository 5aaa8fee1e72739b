// Demo data of the requirements matrix (issue 15, migration 0020): an Ontario workshop whose
// environmental compliance is approved and whose MVIS licence waits for review (approving it
// completes the workshop's requirements), and a rule that starts next month (shown under "Every
// rule" in the Requirements pane). The demo's independent mechanics already show the independent set
// (certification and insurance) in their checklists.
#include "models/core/sqlquery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace adesk {

namespace {

// The first Ontario workshop (by id): environmental compliance approved a month ago, its MVIS licence
// submitted this morning with its number.
const char *const kOntarioWorkshop = R"SQL(
DO $$
DECLARE
    s record;
    x record;
    v_doc bigint;
    v_reviewer bigint := (SELECT sl.profile_id FROM desk.staff_logins sl WHERE sl.desk_role = 'platform_admin'
                           ORDER BY sl.login_role LIMIT 1);
BEGIN
    SELECT o.id, o.name, o.province INTO s FROM desk.organizations o
     WHERE o.organization_type = 'workshop' AND o.province = 'ON' ORDER BY o.id LIMIT 1;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    FOR x IN SELECT * FROM (VALUES ('environmental_compliance', NULL, 'approved', interval '32 days', 'zoning'),
                                   ('mvis_license', 'MVIS-40017', 'pending', interval '5 hours', 'business_license'))
                           AS t (vtype, licence, status, age, like_type) LOOP
        -- The file: a copy of the workshop's own uploaded licence (MVIS) or zoning confirmation.
        INSERT INTO desk.documents (workshop_id, file_name, mime_type, size_bytes, sha256, content, uploaded_at)
        SELECT s.id, x.vtype || '.pdf', d0.mime_type, d0.size_bytes, d0.sha256, d0.content, now() - x.age
          FROM desk.compliance_verifications v0 JOIN desk.documents d0 ON d0.id = v0.document_id
         WHERE v0.entity_type = 'workshop' AND v0.entity_id = s.id AND d0.content IS NOT NULL
         ORDER BY (v0.verification_type = x.like_type) DESC, v0.id
         LIMIT 1
        RETURNING id INTO v_doc;
        IF v_doc IS NULL THEN
            CONTINUE;
        END IF;
        INSERT INTO desk.compliance_verifications (entity_type, entity_id, workshop_id, verification_type,
                                                   entity_name, province, license_number, status, verified_by,
                                                   verified_at, submitted_at, updated_at, document_id, document_name)
        VALUES ('workshop', s.id, s.id, x.vtype, s.name, s.province, x.licence, x.status,
                CASE WHEN x.status = 'approved' THEN v_reviewer END,
                CASE WHEN x.status = 'approved' THEN now() - interval '30 days' END,
                now() - x.age, now() - x.age, v_doc, x.vtype || '.pdf');
    END LOOP;
END
$$
)SQL";

const char *const kOntarioWorkshopFields = R"SQL(
UPDATE desk.organizations o SET environmental_compliance_verified = true, version = o.version + 1
 WHERE o.id = (SELECT v.entity_id FROM desk.compliance_verifications v
                WHERE v.verification_type = 'environmental_compliance' AND v.status = 'approved'
                ORDER BY v.id LIMIT 1)
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
    for (const char *sql : {kOntarioWorkshop, kOntarioWorkshopFields, kFutureRule}) {
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
