// Demo data of what the platform sends and records (issue 15, migration 0019): the compliance plan's
// "Workshop Affiliation Now Available" sent three weeks ago to the virtual-only mechanics (the notice,
// one notification per recipient in their language, its audit row), and two reveals of tax numbers by
// finance, so finance's audit log is not empty. The decisions' audit rows come from the seeder.
#include "models/compliance/oversighttypes.h"
#include "models/core/sqlquery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace adesk {

namespace {

const char *const kBulkNotice = R"SQL(
WITH t AS (
    SELECT CAST(:title_en AS text) AS title_en, CAST(:title_fr AS text) AS title_fr,
           CAST(:message_en AS text) AS message_en, CAST(:message_fr AS text) AS message_fr,
           CAST(:url AS text) AS url
), admin AS (
    SELECT login_role FROM desk.staff_logins WHERE desk_role = 'platform_admin' ORDER BY login_role LIMIT 1
), notice AS (
    INSERT INTO desk.bulk_notices (sent_by, sent_at, audience, title_en, title_fr, message_en, message_fr,
                                   action_url, recipients)
    SELECT a.login_role, date_trunc('minute', now() - interval '21 days 3 hours'), jsonb_build_object('kind', 'virtual_only'),
           t.title_en, t.title_fr, t.message_en, t.message_fr, t.url,
           (SELECT count(*) FROM desk.mechanics WHERE service_tier = 'virtual_only')
      FROM admin a CROSS JOIN t
    RETURNING id, sent_by, sent_at, recipients
), sent AS (
    INSERT INTO desk.mechanic_notifications (mechanic_id, notification_type, title, message, action_url, read,
                                             created_at)
    SELECT m.id, 'bulk_notice', CASE WHEN m.preferred_language = 'fr' THEN t.title_fr ELSE t.title_en END,
           CASE WHEN m.preferred_language = 'fr' THEN t.message_fr ELSE t.message_en END, t.url, m.id % 3 = 0,
           n.sent_at
      FROM desk.mechanics m CROSS JOIN notice n CROSS JOIN t WHERE m.service_tier = 'virtual_only'
    RETURNING id
)
INSERT INTO desk.audit_log (at, actor, action, table_name, row_id, detail)
SELECT n.sent_at, n.sent_by, 'bulk_notice_sent', 'bulk_notices', n.id,
       jsonb_build_object('audience', jsonb_build_object('kind', 'virtual_only'), 'recipients', n.recipients,
                          'title_en', t.title_en)
  FROM notice n CROSS JOIN t
)SQL";

// What desk.reveal_tax_number writes, by the demo's finance login, for two payees with a SIN.
const char *const kReveals = R"SQL(
WITH fin AS (
    SELECT login_role FROM desk.staff_logins WHERE desk_role = 'finance' ORDER BY login_role LIMIT 1
), payees AS (
    SELECT t.id, row_number() OVER (ORDER BY t.id) AS n FROM desk.payee_tax_profiles t WHERE t.sin IS NOT NULL
)
INSERT INTO desk.audit_log (at, actor, action, table_name, row_id, detail)
SELECT date_trunc('minute', now() - make_interval(days => 6 - 4 * (CAST(p.n AS integer) - 1), hours => 2)), f.login_role,
       'tax_number_revealed', 'payee_tax_profiles', p.id,
       jsonb_build_object('reason', CASE p.n WHEN 1 THEN 'T4A address check with the payee'
                                             ELSE 'CRA enquiry about box 048' END,
                          'sin', true, 'bn', false)
  FROM payees p CROSS JOIN fin f WHERE p.n <= 2 ORDER BY p.n
)SQL";

bool exec(QSqlDatabase &db, const QString &sql, const QVariantMap &binds, QString *error) {
    QSqlQuery q(db);
    if (!q.prepare(sql)) {
        if (error)
            *error = QStringLiteral("notices demo: %1").arg(q.lastError().text());
        return false;
    }
    for (auto it = binds.begin(); it != binds.end(); ++it)
        q.bindValue(u':' + it.key(), it.value());
    if (!q.exec()) {
        const DbError e = SqlQuery::errorFrom(q.lastError(), db);
        if (error)
            *error = QStringLiteral("notices demo: %1 (%2)").arg(e.serverMessage, e.sqlState);
        return false;
    }
    return true;
}

} // namespace

/// Seeds the notices' demo data inside seed-demo's transaction, after the T4A data (tax profiles).
bool seedNoticesDemo(QSqlDatabase &db, QString *error);

bool seedNoticesDemo(QSqlDatabase &db, QString *error) {
    const BulkNoticeDraft d = BulkNoticeDraft::workshopAffiliationTemplate();
    const QVariantMap texts = {{QStringLiteral("title_en"), d.titleEn},
                               {QStringLiteral("title_fr"), d.titleFr},
                               {QStringLiteral("message_en"), d.messageEn},
                               {QStringLiteral("message_fr"), d.messageFr},
                               {QStringLiteral("url"), d.actionUrl}};
    return exec(db, QString::fromUtf8(kBulkNotice), texts, error) &&
           exec(db, QString::fromUtf8(kReveals), {}, error);
}

} // namespace adesk
