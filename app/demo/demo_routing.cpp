// Demo data of smart routing (issue 16, migration 0024): what matching reads about the demo's
// mechanics (availability now, makes they specialise in, service keywords, average response time),
// each workshop's default routing type, and six months of session requests for the first workshops
// with their outcomes: accepted by the workshop's own mechanics, served elsewhere after the
// workshop's fallback, a selected mechanic who did not answer in the window, and expired ones. The
// postal codes and ratings are the seeder's; the opening hours are the bays demo's.
#include "models/core/sqlquery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace adesk {

namespace {

const char *const kMechanics = R"SQL(
UPDATE desk.mechanics m
   SET is_available = m.compliance_status = 'approved' AND m.id % 3 <> 0,
       brand_specializations = CASE m.id % 6 WHEN 0 THEN '{BMW,Mini}'::text[] WHEN 1 THEN '{Toyota,Lexus}'
                                              WHEN 2 THEN '{Honda}' WHEN 3 THEN '{Ford}'
                                              WHEN 4 THEN '{Volkswagen,Audi}' ELSE '{}' END,
       service_keywords = CASE m.id % 5 WHEN 0 THEN '{brakes,suspension}'::text[]
                                         WHEN 1 THEN '{engine,diagnostics}' WHEN 2 THEN '{electrical,battery}'
                                         WHEN 3 THEN '{tires,alignment,brakes}' ELSE '{transmission}' END,
       average_response_seconds = 45 + (m.id * 37) % 420
)SQL";

const char *const kWorkshops = R"SQL(
UPDATE desk.organizations o
   SET default_routing_type = CASE o.id % 3 WHEN 0 THEN 'workshop_only' WHEN 1 THEN 'hybrid' ELSE 'broadcast' END
 WHERE o.organization_type = 'workshop'
)SQL";

// 50 requests per workshop over the last 150 days: 7 in 10 accepted by
// the workshop's own mechanics, 2 in 10 served elsewhere (the workshop closed or busy: hybrid's
// second wave), 1 in 10 expired; every 9th asked for a selected mechanic who did not answer.
const char *const kRequests = R"SQL(
WITH w AS (
    SELECT o.id, o.postal_code, row_number() OVER (ORDER BY o.id) AS n
      FROM desk.organizations o WHERE o.organization_type = 'workshop'),
g AS (
    SELECT w.id AS workshop, w.postal_code, w.n, k,
           (date_trunc('day', now()) - make_interval(days => k * 3 + w.n::int) + make_interval(hours => 9 + k % 8))
               AS created,
           (SELECT m.id FROM desk.mechanics m WHERE m.workshop_id = w.id ORDER BY m.id LIMIT 1) AS own,
           (SELECT m.id FROM desk.mechanics m WHERE m.workshop_id IS DISTINCT FROM w.id
             ORDER BY m.id OFFSET k % 3 LIMIT 1) AS other
      FROM w CROSS JOIN generate_series(0, 49) k),
o AS (
    SELECT g.*,
           CASE WHEN k % 10 = 0 THEN NULL WHEN k % 10 IN (1, 2) OR k % 9 = 4 THEN g.other ELSE g.own END AS accepted,
           k % 9 = 4 AND g.own IS NOT NULL AS selected
      FROM g)
INSERT INTO desk.session_requests
    (request_key, session_type, service_category, vehicle_make, wants_brand_specialist, keywords,
     customer_postal_code, prefer_local, preferred_workshop_id, routing_type, match_method, selected_mechanic_id,
     status, window_ends_at, fallback, fallback_at, accepted_mechanic_id, accepted_at, workshop_id, created_at)
SELECT gen_random_uuid(), CASE WHEN k % 4 = 0 THEN 'chat' ELSE 'video' END,
       (ARRAY['brakes', 'engine', 'electrical', 'tires', 'transmission'])[k % 5 + 1],
       (ARRAY['Toyota', 'Honda', 'Ford', 'BMW', 'Hyundai', 'Volkswagen'])[k % 6 + 1], k % 7 = 0,
       CASE WHEN k % 2 = 0 THEN '{brakes}'::text[] ELSE '{}' END,
       o.postal_code, true, o.workshop, 'hybrid',
       CASE WHEN o.selected THEN 'selected' ELSE 'smart_broadcast' END,
       CASE WHEN o.selected THEN o.own END,
       CASE WHEN o.accepted IS NULL THEN 'expired' ELSE 'accepted' END,
       CASE WHEN o.selected THEN o.created + interval '5 minutes' END,
       CASE WHEN o.selected THEN 'selected_no_response'
            WHEN o.accepted IS DISTINCT FROM o.own AND o.accepted IS NOT NULL THEN 'workshop_unavailable' END,
       CASE WHEN o.selected THEN o.created + interval '5 minutes'
            WHEN o.accepted IS DISTINCT FROM o.own AND o.accepted IS NOT NULL THEN o.created END,
       o.accepted,
       CASE WHEN o.accepted IS NOT NULL
            THEN o.created + make_interval(secs => 25 + (k * 47) % 280 + CASE WHEN o.selected THEN 300 ELSE 0 END) END,
       (SELECT m.workshop_id FROM desk.mechanics m WHERE m.id = o.accepted),
       o.created
  FROM o
)SQL";

// The offers of those requests, as the platform writes them (desk.offer_broadcast at the request's
// creation, or at its fallback for the second wave), so the matching KPIs read them like any other:
// the selected mechanic's wave-0 offer that timed out, the broadcast waves, the accepting mechanic
// (added after the notified ones when routing would not have notified them: a mechanic who answered
// from the app), the others withdrawn once it was taken, or timed out when the request expired.
const char *const kOffers = R"SQL(
DO $$
DECLARE
    r desk.session_requests;
    v_expiry integer := (SELECT value FROM desk.matching_rules WHERE code = 'request_expiry_seconds');
BEGIN
    FOR r IN SELECT s.* FROM desk.session_requests s
              WHERE NOT EXISTS (SELECT 1 FROM desk.request_offers o WHERE o.request_id = s.id)
              ORDER BY s.id LOOP
        INSERT INTO desk.request_offers (request_id, mechanic_id, wave, notify_order, total_points, is_local,
                                         components, reasons, offered_at, window_ends_at)
        SELECT r.id, sc.mechanic_id, 0, 1, sc.total_points, sc.is_local,
               jsonb_build_object('fsa', sc.fsa_points, 'distance_km', sc.distance_km,
                                  'available', sc.available_points, 'brand', sc.brand_points,
                                  'keywords', sc.keyword_points, 'rating', sc.rating_points,
                                  'experience', sc.experience_points, 'favourite', sc.favourite_points,
                                  'in_workshop', m.workshop_id IS NOT DISTINCT FROM r.preferred_workshop_id),
               sc.reasons, r.created_at, r.window_ends_at
          FROM desk.score_mechanics(r.customer_postal_code, r.vehicle_make, r.keywords, NULL, r.session_type) sc
          JOIN desk.mechanics m ON m.id = sc.mechanic_id
         WHERE sc.mechanic_id = r.selected_mechanic_id;
        PERFORM desk.offer_broadcast(r, coalesce(r.fallback_at, r.created_at));
        IF r.accepted_mechanic_id IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM desk.request_offers o
                            WHERE o.request_id = r.id AND o.mechanic_id = r.accepted_mechanic_id) THEN
            INSERT INTO desk.request_offers (request_id, mechanic_id, wave, notify_order, total_points, is_local,
                                             components, reasons, offered_at)
            SELECT r.id, sc.mechanic_id, CASE WHEN r.fallback IS NOT NULL AND r.routing_type = 'hybrid' THEN 2 ELSE 1 END,
                   (SELECT coalesce(max(o.notify_order), 0) + 1 FROM desk.request_offers o WHERE o.request_id = r.id),
                   sc.total_points, sc.is_local,
                   jsonb_build_object('fsa', sc.fsa_points, 'distance_km', sc.distance_km,
                                      'available', sc.available_points, 'brand', sc.brand_points,
                                      'keywords', sc.keyword_points, 'rating', sc.rating_points,
                                      'experience', sc.experience_points, 'favourite', sc.favourite_points,
                                      'in_workshop', m.workshop_id IS NOT DISTINCT FROM r.preferred_workshop_id),
                   sc.reasons, coalesce(r.fallback_at, r.created_at)
              FROM desk.score_mechanics(r.customer_postal_code, r.vehicle_make, r.keywords, NULL, r.session_type) sc
              JOIN desk.mechanics m ON m.id = sc.mechanic_id
             WHERE sc.mechanic_id = r.accepted_mechanic_id;
        END IF;
        UPDATE desk.request_offers o
           SET response = CASE WHEN o.mechanic_id = r.accepted_mechanic_id THEN 'accepted'
                               WHEN o.wave = 0 THEN 'timed_out'
                               WHEN r.status = 'accepted' THEN 'withdrawn' ELSE 'timed_out' END,
               responded_at = CASE WHEN o.mechanic_id = r.accepted_mechanic_id OR (o.wave > 0 AND r.status = 'accepted')
                                   THEN r.accepted_at
                                   WHEN o.wave = 0 THEN o.window_ends_at
                                   ELSE r.created_at + make_interval(secs => v_expiry) END
         WHERE o.request_id = r.id AND o.response IS NULL;
    END LOOP;
END
$$
)SQL";

} // namespace

bool seedRoutingDemo(QSqlDatabase &db, QString *error);

bool seedRoutingDemo(QSqlDatabase &db, QString *error) {
    for (const char *sql : {kMechanics, kWorkshops, kRequests, kOffers}) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(sql))) {
            const DbError e = SqlQuery::errorFrom(q.lastError(), db);
            if (error)
                *error = QStringLiteral("routing demo: %1 (%2)").arg(e.serverMessage, e.sqlState);
            return false;
        }
    }
    return true;
}

} // namespace adesk
