// Demo data of escalation leads and partner quotes (issue 16, migration 0026): for each active
// partnership that may quote (demo_partnerships.cpp), five virtual sessions its mechanic escalated to
// the workshop (new, contacted, lost with a reason, and two quoted) and two quotes priced from the
// partnership's catalog on today's date: a brake job, sent or waiting when approval is required, and
// a larger engine job that goes over the month's limit or waits for approval. Rows are written as
// desk.create_partner_quote would write them (its limit rule, prices copied from the catalog; the
// line trigger checks them).
#include "models/core/sqlquery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace adesk {

namespace {

const char *const kQuotes = R"SQL(
DO $demo$
DECLARE
    p record;
    v_session bigint;
    v_lead bigint;
    v_leads bigint[];
    v_quote bigint;
    v_before bigint;
    v_total bigint;
    v_over boolean;
    v_status text;
    v_part record;
    v_rate record;
    v_spec record;
    v_i integer;
    v_n integer := 0;
    v_month date := date_trunc('month', desk.toronto_today())::date;
    v_cars text[] := ARRAY['2017 Honda Civic', '2019 Toyota RAV4', '2014 Ford F-150', '2020 Hyundai Kona',
                           '2016 Mazda 3'];
    v_concerns text[] := ARRAY['Grinding noise when braking, pedal vibrates',
                               'Check engine light, rough idle when cold',
                               'Squeal from the front wheels at low speed',
                               'Misfire under load, code P0302',
                               'Vibration at highway speed'];
BEGIN
    FOR p IN SELECT x.* FROM desk.partnerships x
              WHERE x.status = 'active' AND x.can_create_quotes AND x.max_quote_amount_cents IS NOT NULL
              ORDER BY x.workshop_id, x.id LIMIT 4 LOOP
        v_n := v_n + 1;
        v_leads := '{}';
        FOR v_i IN 1..5 LOOP
            INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, completed_at)
            VALUES (CASE WHEN v_i % 2 = 0 THEN 'chat' ELSE 'video' END, 4500, p.mechanic_id,
                    -- Anchored to today's midnight (Toronto), not to now(): two seeds of the same day
                    -- post the same ledger (tst_demo seedIsDeterministic).
                    (desk.toronto_today()::timestamp AT TIME ZONE 'America/Toronto')
                        - make_interval(days => 6 - v_i, hours => v_n))
            RETURNING id INTO v_session;
            -- A completed session enters the ledger by the posting path, as the platform posts it.
            PERFORM desk.record_session_earnings(v_session);
            INSERT INTO desk.escalation_leads (session_id, mechanic_id, workshop_id, vehicle, concern, status,
                                               lost_reason, created_at, contacted_at, closed_at, updated_at)
            VALUES (v_session, p.mechanic_id, p.workshop_id, v_cars[1 + (v_i + v_n) % 5], v_concerns[v_i],
                    CASE v_i WHEN 1 THEN 'quoted' WHEN 2 THEN 'quoted' WHEN 3 THEN 'lost' WHEN 4 THEN 'contacted'
                             ELSE 'new' END,
                    CASE WHEN v_i = 3 THEN 'Customer chose a dealership under warranty' END,
                    now() - make_interval(days => 6 - v_i, hours => v_n - 1),
                    CASE WHEN v_i IN (3, 4) THEN now() - make_interval(days => 5 - v_i) END,
                    CASE WHEN v_i = 3 THEN now() - make_interval(days => 1) END, now())
            RETURNING id INTO v_lead;
            v_leads := v_leads || v_lead;
        END LOOP;
        -- Two quotes: a brake job, then an engine job.
        FOR v_spec IN SELECT * FROM (VALUES (1, 'brakes', 2, 90), (2, 'engine', 6, 900)) s (k, category, qty, minutes)
        LOOP
            SELECT x.* INTO v_part FROM desk.partnership_parts x
             WHERE x.partnership_id = p.id AND x.valid_from <= desk.toronto_today()
               AND (x.valid_until IS NULL OR desk.toronto_today() <= x.valid_until)
             ORDER BY x.part_category = v_spec.category DESC, x.retail_cents DESC, x.id LIMIT 1;
            SELECT x.* INTO v_rate FROM desk.partnership_labour_rates x
             WHERE x.partnership_id = p.id AND x.valid_from <= desk.toronto_today()
               AND (x.valid_until IS NULL OR desk.toronto_today() <= x.valid_until)
             ORDER BY x.service_category = v_spec.category DESC, x.id LIMIT 1;
            CONTINUE WHEN v_part.id IS NULL OR v_rate.id IS NULL;
            v_total := v_spec.qty * v_part.retail_cents + (v_rate.rate_per_hour_cents * v_spec.minutes + 30) / 60;
            v_before := desk.partnership_quoted_in_month(p.id, v_month);
            v_over := v_before + v_total > p.max_quote_amount_cents;
            v_status := CASE WHEN p.quote_approval_required OR v_over THEN 'pending_partner_approval' ELSE 'sent' END;
            INSERT INTO desk.repair_quotes (partnership_id, workshop_id, mechanic_id, lead_id, quote_date, quote_month,
                                            total_cents, month_before_cents, limit_cents, approval_required,
                                            over_limit, status, created_at, sent_at)
            VALUES (p.id, p.workshop_id, p.mechanic_id, v_leads[v_spec.k], desk.toronto_today(), v_month, v_total,
                    v_before, p.max_quote_amount_cents, p.quote_approval_required, v_over, v_status,
                    now() - make_interval(hours => 3 - v_spec.k), CASE WHEN v_status = 'sent' THEN now() END)
            RETURNING id INTO v_quote;
            INSERT INTO desk.repair_quote_lines (quote_id, workshop_id, line_no, kind, part_id, labour_rate_id,
                                                 description, service_category, quantity, minutes,
                                                 unit_price_cents, amount_cents)
            VALUES (v_quote, p.workshop_id, 1, 'part', v_part.id, NULL, v_part.part_number || ' ' || v_part.part_name,
                    NULL, v_spec.qty, NULL, v_part.retail_cents, v_spec.qty * v_part.retail_cents),
                   (v_quote, p.workshop_id, 2, 'labour', NULL, v_rate.id, 'Labour: ' || v_rate.service_category,
                    v_rate.service_category, NULL, v_spec.minutes, v_rate.rate_per_hour_cents,
                    (v_rate.rate_per_hour_cents * v_spec.minutes + 30) / 60);
            INSERT INTO desk.audit_log (at, actor, action, table_name, row_id, workshop_id, detail)
            VALUES (now() - make_interval(hours => 3 - v_spec.k), 'demo_platform', 'quote.create', 'repair_quotes',
                    v_quote, p.workshop_id,
                    jsonb_build_object('partnership_id', p.id, 'total_cents', v_total, 'month_before_cents', v_before,
                                       'limit_cents', p.max_quote_amount_cents, 'status', v_status));
        END LOOP;
    END LOOP;
END
$demo$
)SQL";

} // namespace

/// Seeds the leads' and quotes' demo data inside seed-demo's transaction, after the partnerships.
bool seedQuotesDemo(QSqlDatabase &db, QString *error);

bool seedQuotesDemo(QSqlDatabase &db, QString *error) {
    QSqlQuery q(db);
    if (!q.exec(QString::fromUtf8(kQuotes))) {
        const DbError e = SqlQuery::errorFrom(q.lastError(), db);
        if (error)
            *error = QStringLiteral("quotes demo: %1 (%2)").arg(e.serverMessage, e.sqlState);
        return false;
    }
    return true;
}

} // namespace adesk
