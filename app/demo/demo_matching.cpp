// Demo data of mechanic matching (issue 16, migration 0025): the mechanics' postal codes,
// availability, makes and service keywords; six months of session requests created and answered
// through the functions behind desk.create_session_request / respond_to_request /
// advance_session_requests (the seeder runs as the schema owner, not as the platform), some taken
// at once by the best match, some after a fallback, a few expired; then moved back in time so the
// KPIs show a trend; and three requests still live (one inside its exclusive window, one waiting
// past it, one hybrid waiting for the workshop).
#include "models/core/sqlquery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace adesk {

namespace {

const char *const kMechanics = R"SQL(
WITH m AS (SELECT id, row_number() OVER (ORDER BY id) AS n, province FROM desk.mechanics)
UPDATE desk.mechanics x
   SET is_available = m.n % 4 <> 0,
       brand_specializations = CASE m.n % 5 WHEN 0 THEN '{Honda,Toyota}'::text[] WHEN 1 THEN '{Ford}'::text[]
                                            WHEN 2 THEN '{BMW,Audi}'::text[] WHEN 3 THEN '{Hyundai}'::text[]
                                            ELSE '{}'::text[] END,
       service_keywords = CASE m.n % 4 WHEN 0 THEN '{brakes,battery}'::text[]
                                       WHEN 1 THEN '{diagnostics,"check engine"}'::text[]
                                       WHEN 2 THEN '{transmission}'::text[]
                                       ELSE '{oil,tires,brakes}'::text[] END,
       average_response_seconds = 60 + (m.n * 37) % 300,
       rating_bp = coalesce(x.rating_bp, 40000 + (m.n * 1300) % 10000),
       postal_code = CASE WHEN x.province = 'ON'
                          THEN (ARRAY['M5V 2T6','M4C 1K9','M6J 1H9','M5R 1B4','L5B 3C2','K1S 3Y3'])[1 + m.n % 6]
                          ELSE x.postal_code END
  FROM m WHERE m.id = x.id AND (x.province = 'ON' OR x.postal_code IS NOT NULL)
)SQL";

// What the requests need to know (as settings the DO blocks read): the best-rated eligible available
// mechanics (the customers' choices) and the Ontario workshops.
const char *const kChoices = R"SQL(
SELECT set_config('adesk.demo_selected',
                  (SELECT coalesce(array_agg(id)::text, '{}') FROM (
                       SELECT id FROM desk.mechanics
                        WHERE is_available AND compliance_status NOT IN ('rejected', 'expired')
                        ORDER BY rating_bp DESC NULLS LAST, id LIMIT 6) m), true),
       set_config('adesk.demo_shops',
                  (SELECT coalesce(array_agg(id ORDER BY id)::text, '{}') FROM desk.organizations
                    WHERE province = 'ON'), true)
)SQL";

// 36 decided requests (numbered 1..36, decided at once or after the sweep).
const char *const kDecided = R"SQL(
DO $$
DECLARE
    i integer;
    v_id bigint;
    v_mech bigint;
    v_req jsonb;
    v_postal text;
    v_shop bigint;
    v_sel bigint;
    v_sels bigint[] := current_setting('adesk.demo_selected')::bigint[];
    v_shops bigint[] := current_setting('adesk.demo_shops')::bigint[];
BEGIN
    FOR i IN 1..36 LOOP
        v_postal := (ARRAY['M5V 3L9','M4C 5B2','M6J 2A1','K1S 5B6','M5R 2E3','L5B 1M5'])[1 + i % 6];
        v_shop := v_shops[1 + i % greatest(cardinality(v_shops), 1)];
        v_req := jsonb_build_object('session_type', (ARRAY['video','chat','workshop_visit','video'])[1 + i % 4],
                                    'postal_code', v_postal,
                                    'vehicle_make', (ARRAY['Honda','Ford','BMW','Toyota','Kia'])[1 + i % 5],
                                    'wants_brand_specialist', i % 7 = 0,
                                    'keywords', jsonb_build_array((ARRAY['brakes','battery','diagnostics','oil'])[1 + i % 4]));
        IF i % 3 = 0 AND cardinality(v_sels) > 0 THEN
            v_sel := v_sels[1 + i % cardinality(v_sels)];
            v_req := v_req || jsonb_build_object('selected_mechanic_id', v_sel, 'session_type', 'video');
        ELSIF i % 5 = 0 AND v_shop IS NOT NULL THEN
            v_req := v_req || jsonb_build_object('preferred_workshop_id', v_shop, 'routing_type', 'hybrid');
        END IF;
        v_id := desk.session_request_create(gen_random_uuid(), v_req);
        -- Most are taken by the best-ranked offer; every 4th waits for the sweep; every 11th expires.
        IF i % 4 <> 0 AND i % 11 <> 0 THEN
            SELECT o.mechanic_id INTO v_mech FROM desk.request_offers o
             WHERE o.request_id = v_id ORDER BY o.wave, o.notify_order
             OFFSET CASE WHEN i % 6 = 1 THEN 1 ELSE 0 END LIMIT 1;
            IF v_mech IS NOT NULL THEN
                PERFORM desk.session_request_respond(gen_random_uuid(), v_id, v_mech, true);
            END IF;
        END IF;
    END LOOP;
    -- The selected mechanics who did not answer: the sweep falls back to the best matches.
    PERFORM desk.session_requests_advance(clock_timestamp() + interval '301 seconds');
    FOR v_id, v_mech IN
        SELECT DISTINCT ON (r.id) r.id, o.mechanic_id FROM desk.session_requests r
          JOIN desk.request_offers o ON o.request_id = r.id AND o.response IS NULL
         WHERE r.status = 'pending' AND r.id % 11 <> 0
         ORDER BY r.id, o.wave, o.notify_order
    LOOP
        PERFORM desk.session_request_respond(gen_random_uuid(), v_id, v_mech, true);
    END LOOP;
    PERFORM desk.session_requests_advance(clock_timestamp() + interval '2 hours');
    PERFORM desk.session_requests_advance(clock_timestamp() + interval '3 hours');
    PERFORM desk.session_requests_advance(clock_timestamp() + interval '4 hours');
END
$$
)SQL";

// Back in time, spread over the last six months (superuser: history, not a platform action).
const char *const kBackdate = R"SQL(
WITH s AS (
    SELECT id, make_interval(days => (row_number() OVER (ORDER BY id))::int * 5, hours => (id % 9)::int) AS back
      FROM desk.session_requests
     WHERE created_at >= now() - interval '1 hour' -- this demo's own, not the routing demo's history
), r AS (
    UPDATE desk.session_requests x
       SET created_at = x.created_at - s.back, window_ends_at = x.window_ends_at - s.back,
           fallback_at = x.fallback_at - s.back,
           accepted_at = x.accepted_at - s.back + make_interval(secs => (x.id % 7) * 40)
      FROM s WHERE s.id = x.id
    RETURNING x.id
)
UPDATE desk.request_offers o
   SET offered_at = o.offered_at - s.back, window_ends_at = o.window_ends_at - s.back,
       responded_at = o.responded_at - s.back + CASE WHEN o.response = 'accepted'
                                                     THEN make_interval(secs => (o.request_id % 7) * 40)
                                                     ELSE interval '0' END
  FROM s WHERE s.id = o.request_id
)SQL";

// Three live requests.
const char *const kLive = R"SQL(
DO $$
DECLARE
    v_sel bigint := (current_setting('adesk.demo_selected')::bigint[])[1];
    v_shop bigint := (current_setting('adesk.demo_shops')::bigint[])[1];
BEGIN
    PERFORM desk.session_request_create(gen_random_uuid(),
        jsonb_build_object('session_type', 'video', 'postal_code', 'M5V 3L9', 'vehicle_make', 'Honda',
                           'keywords', jsonb_build_array('brakes'), 'selected_mechanic_id', v_sel));
    PERFORM desk.session_request_create(gen_random_uuid(),
        jsonb_build_object('session_type', 'chat', 'postal_code', 'M4C 5B2', 'vehicle_make', 'Ford',
                           'keywords', jsonb_build_array('battery'), 'selected_mechanic_id', v_sel));
    IF v_shop IS NOT NULL THEN
        PERFORM desk.session_request_create(gen_random_uuid(),
            jsonb_build_object('session_type', 'workshop_visit', 'postal_code', 'M6J 2A1', 'vehicle_make', 'Toyota',
                               'preferred_workshop_id', v_shop, 'routing_type', 'hybrid'));
    END IF;
END
$$
)SQL";

// The second live request has waited 8 minutes: its window is over and nobody swept yet.
const char *const kPastWindow = R"SQL(
WITH r AS (
    SELECT id FROM desk.session_requests WHERE status = 'pending' AND customer_postal_code = 'M4C 5B2'
     ORDER BY id DESC LIMIT 1
), u AS (
    UPDATE desk.session_requests s SET created_at = created_at - interval '8 minutes',
           window_ends_at = window_ends_at - interval '8 minutes'
      FROM r WHERE s.id = r.id RETURNING s.id
)
UPDATE desk.request_offers o SET offered_at = offered_at - interval '8 minutes',
       window_ends_at = window_ends_at - interval '8 minutes'
  FROM u WHERE o.request_id = u.id
)SQL";

bool exec(QSqlDatabase &db, const char *sql, QString *error) {
    QSqlQuery q(db);
    if (q.exec(QString::fromUtf8(sql)))
        return true;
    const DbError e = SqlQuery::errorFrom(q.lastError(), db);
    if (error)
        *error = QStringLiteral("matching demo: %1 (%2)").arg(e.serverMessage, e.sqlState);
    return false;
}

} // namespace

/// Seeds the matching demo inside seed-demo's transaction (as the schema owner), after the
/// mechanics, workshops and partnerships, through the functions the platform's calls run
/// (desk.session_request_create, session_request_respond, session_requests_advance: the public
/// functions minus their caller check).
bool seedMatchingDemo(QSqlDatabase &db, QString *error);

bool seedMatchingDemo(QSqlDatabase &db, QString *error) {
    return exec(db, kMechanics, error) && exec(db, kChoices, error) && exec(db, kDecided, error) &&
           exec(db, kBackdate, error) && exec(db, kLive, error) && exec(db, kPastWindow, error);
}

} // namespace adesk
