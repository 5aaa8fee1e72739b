// desk.route_candidates as migration 0023 defined it (0037 replaced it with a set-based body),
// created as pg_temp.route_0023 with the same parameters and columns: the reference tst_routing
// compares 0037 with, and the "before" bench_routing times in the same run. It calls
// desk.score_mechanics and desk.workshop_open_at, which 0037 leaves as they are.
#pragma once

namespace adesk::testsupport {

inline constexpr char kRoute0023Sql[] =
    R"SQL(CREATE FUNCTION pg_temp.route_0023(p_workshop_id bigint, p_routing_type text, p_match_method text,
                                      p_session_type text, p_postal text, p_brand text,
                                      p_wants_specialist boolean, p_keywords text[], p_customer bigint,
                                      p_selected_mechanic bigint, p_favourite_mechanic bigint,
                                      p_prefer_local boolean, p_at timestamptz)
RETURNS TABLE (mechanic_id bigint, notify_order integer, wave integer, notified boolean, in_workshop boolean,
               total_points integer, fsa_points integer, distance_km integer, is_local boolean,
               available_points integer, brand_points integer, keyword_points integer, rating_points integer,
               experience_points integer, favourite_points integer, reasons text[], fallback text)
LANGUAGE sql STABLE AS $$
    WITH r AS MATERIALIZED (SELECT (desk.matching_rule_values()->>'broadcast_top_n')::int AS top_n),
    closed AS MATERIALIZED (SELECT p_workshop_id IS NOT NULL AND p_routing_type IN ('workshop_only', 'hybrid')
                      AND NOT desk.workshop_open_at(p_workshop_id, p_at) AS c),
    partners AS MATERIALIZED (
        SELECT p.mechanic_id FROM desk.partnerships p
         WHERE p.workshop_id = p_workshop_id AND p.status = 'active'
           AND (p_at AT TIME ZONE 'America/Toronto')::date
               BETWEEN p.contract_start_date AND coalesce(p.contract_end_date, 'infinity')),
    s0 AS (
        SELECT sc.*, m.is_available,
               p_workshop_id IS NOT NULL AND (m.workshop_id IS NOT DISTINCT FROM p_workshop_id
                                              OR m.id IN (SELECT mechanic_id FROM partners)) AS inw
          FROM desk.score_mechanics(p_postal, p_brand, p_keywords, p_customer, p_session_type) sc
          JOIN desk.mechanics m ON m.id = sc.mechanic_id),
    -- notifiable: available now, and not a workshop mechanic of a workshop closed at p_at.
    s AS (SELECT s0.*, s0.is_available AND NOT (s0.inw AND cl.c) AS notifiable FROM s0 CROSS JOIN closed cl),
    flags AS (
        SELECT p_routing_type IN ('workshop_only', 'hybrid')
                   AND NOT EXISTS (SELECT 1 FROM s WHERE s.inw AND s.notifiable) AS workshop_unavailable,
               coalesce(p_prefer_local, false) AND desk.fsa_of(p_postal) IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM s WHERE s.is_local AND s.notifiable) AS no_local,
               coalesce(p_wants_specialist, false) AND p_brand IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM s WHERE s.brand_points > 0 AND s.is_local AND s.notifiable)
                   AS no_specialist_local),
    kept AS (
        SELECT s.*,
               CASE WHEN p_match_method IN ('selected', 'priority_broadcast')
                         AND s.mechanic_id IN (p_selected_mechanic, p_favourite_mechanic) THEN 0
                    WHEN p_routing_type = 'hybrid' AND NOT s.inw THEN 2
                    ELSE 1 END AS w
          FROM s CROSS JOIN flags f
         WHERE (p_routing_type IS DISTINCT FROM 'workshop_only' OR s.inw)
           AND (NOT coalesce(p_prefer_local, false) OR f.no_local OR desk.fsa_of(p_postal) IS NULL OR s.is_local
                OR (coalesce(p_wants_specialist, false) AND s.brand_points > 0) OR s.inw
                OR s.mechanic_id IN (p_selected_mechanic, p_favourite_mechanic))),
    ordered AS (
        SELECT k.*,
               row_number() OVER (ORDER BY k.w, k.rank)::int AS pos,
               row_number() OVER (PARTITION BY k.w, k.notifiable ORDER BY k.rank)::int AS in_wave
          FROM kept k)
    SELECT o.mechanic_id, o.pos, o.w,
           o.w = 0 OR (o.notifiable
                       AND (p_match_method = 'broadcast' OR o.in_wave <= r.top_n)),
           o.inw, o.total_points, o.fsa_points, o.distance_km, o.is_local, o.available_points, o.brand_points,
           o.keyword_points, o.rating_points, o.experience_points, o.favourite_points, o.reasons,
           CASE WHEN f.workshop_unavailable THEN 'workshop_unavailable'
                WHEN f.no_local THEN 'no_local_mechanic'
                WHEN f.no_specialist_local THEN 'no_brand_specialist_local' END
      FROM ordered o CROSS JOIN flags f CROSS JOIN r
     ORDER BY o.pos
$$;)SQL";

} // namespace adesk::testsupport
