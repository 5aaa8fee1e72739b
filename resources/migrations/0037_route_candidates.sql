-- 0037_route_candidates: routing one request reads the mechanics it can return, not every one
-- (issue 19, bench_routing: "route one request, 50,000 mechanics").
--
-- desk.route_candidates (0023) keeps its signature, columns, rows, order, SECURITY INVOKER, internal
-- status (no grant: the checked wrappers of 0024 and 0025 call it after checking their caller) and
-- every expression of its scoring, reasons, waves and fallbacks; how it gets there changes. The 0023
-- body called desk.score_mechanics, which scores, ranks and builds the reasons of every eligible
-- mechanic of the platform (50,000 rows sorted twice, spilled to disk), joined them back to
-- desk.mechanics, and only then dropped the ones a local request does not keep (in the bench, 6,333
-- of 50,000 kept). (Its plan's cost, 85,000, stayed under jit_above_cost: JIT was not the cost here;
-- jit is off for the function anyway, as 0031 and 0035 do.)
--
-- Now (plpgsql, jit off, search_path pinned; still SECURITY INVOKER and without a grant; being
-- plpgsql with SET clauses, it is no longer inlined into its callers' statements):
--   * When the request prefers local mechanics, has an FSA, and at least one eligible, notifiable
--     mechanic is local (a look-up through the new index mechanics_match_fsa_prefix), the rows
--     0023 would return are all among: the workshop's own mechanics and partners (in_workshop), the
--     mechanics sharing the FSA prefix of the widest local distance rule (1, 2 or 3 characters: the
--     distance rules are data, matching_rules distance_*_km against local_radius_km), the brand's
--     specialists when a specialist is wanted, and the selected or favourite mechanic. Every flag
--     0023 computes (workshop_unavailable, no_local_mechanic, no_brand_specialist_local) looks only
--     at in_workshop or local rows, so it is the same over that set. workshop_only routing keeps
--     only in_workshop rows: the same set serves it whatever prefer_local says. Those rows are
--     read through the indexes (workshop, id, FSA prefix; the brand's specialists by the new GIN
--     index mechanics_brand_keys) and scored exactly as 0023 scores them. Otherwise (no FSA, not
--     local, nobody local: every eligible mechanic is returned) every eligible mechanic is read, as
--     before, but scored once, without the join back to desk.mechanics.
--   * The notification order is 0023's (wave, then the rank: total, rating, average response time,
--     id); the rank over fewer rows orders them the same. The reasons are built only for the rows
--     returned, the rules are read once and used as values (not carried on every row), and the
--     rows leave in the window's order.
--   * Static SQL, not EXECUTE ... USING: the plan cache keeps custom plans while the call's values
--     change the plan (the narrowing's OR arms fold away) and may reuse a generic one at demo size.
--     With EXECUTE, planning every call made a demo-size call in a loop slower than 0023's.
-- tst_routing compares this function with 0023's body (tests/support/route0023.h) over a grid of
-- 350 requests under seven rule sets.
--
-- Figures (tests/bench/bench_routing, Debug build, 2 shared cores, load average 5; the anchor is the
-- bare ranking of the same rows in the same run; tests/bench/README.md):
--   50,000 mechanics: 87.5 ms against the anchor's 81.2 ms (1.08x); 0023's body in the same run
--     961.7 ms (11.85x). Before (2026-12-03): 794 ms against 69.2 ms (11.5x).
--   50 mechanics (about demo size; seed-demo plants 40): 1.63 ms against the anchor's 2.11 ms;
--     0023's body 4.55 ms. In a plpgsql loop as the demo's offers call it: 1.6-1.8 ms a call
--     against 0023's 2.3-2.6 ms; the demo's whole offers loop (539 requests, score_mechanics
--     included) 3.0-5.6 s against 9.1-10.4 s, the same offers.
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- The FSA prefixes a local request looks for: the first letter, the first two characters, the FSA.
CREATE INDEX mechanics_match_fsa_prefix ON desk.mechanics (left(match_fsa, 1), left(match_fsa, 2), match_fsa);
-- The specialists of a make (brand_keys: folded, 0023).
CREATE INDEX mechanics_brand_keys ON desk.mechanics USING gin (brand_keys);

CREATE OR REPLACE FUNCTION desk.route_candidates(p_workshop_id bigint, p_routing_type text, p_match_method text,
                                                 p_session_type text, p_postal text, p_brand text,
                                                 p_wants_specialist boolean, p_keywords text[], p_customer bigint,
                                                 p_selected_mechanic bigint, p_favourite_mechanic bigint,
                                                 p_prefer_local boolean, p_at timestamptz)
RETURNS TABLE (mechanic_id bigint, notify_order integer, wave integer, notified boolean, in_workshop boolean,
               total_points integer, fsa_points integer, distance_km integer, is_local boolean,
               available_points integer, brand_points integer, keyword_points integer, rating_points integer,
               experience_points integer, favourite_points integer, reasons text[], fallback text)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp SET jit = off AS $f$
DECLARE
    v jsonb := desk.matching_rule_values();
    v_cf text := desk.fsa_of(p_postal);
    v_brand_key text := lower(btrim(p_brand));
    v_radius integer := (v ->> 'local_radius_km')::int;
    v_same_km integer := (v ->> 'distance_same_fsa_km')::int;
    v_region_km integer := (v ->> 'distance_region_km')::int;
    v_province_km integer := (v ->> 'distance_province_km')::int;
    -- 0023's "closed" (NULL when the routing type is): a workshop mechanic is not notifiable then.
    v_closed boolean := p_workshop_id IS NOT NULL AND p_routing_type IN ('workshop_only', 'hybrid')
                        AND NOT desk.workshop_open_at(p_workshop_id, p_at);
    v_partners bigint[];
    -- Mechanics sharing the FSA's first v_level characters include every local one (0: none is local;
    -- the unknown distance is not local either, else nothing is narrowed).
    v_level integer := 0;
    v_narrowable boolean := coalesce((v ->> 'distance_unknown_km')::int > v_radius, false);
    v_narrow boolean := false;
    v_spec boolean := coalesce(p_wants_specialist, false) AND coalesce(v_brand_key <> '', false)
                      AND coalesce((v ->> 'brand_specialist_points')::int > 0, false);
BEGIN
    v_partners := ARRAY(
        SELECT p.mechanic_id FROM desk.partnerships p
         WHERE p.workshop_id = p_workshop_id AND p.status = 'active'
           AND (p_at AT TIME ZONE 'America/Toronto')::date
               BETWEEN p.contract_start_date AND coalesce(p.contract_end_date, 'infinity'));
    IF v_narrowable AND v_cf IS NOT NULL THEN
        v_level := CASE WHEN v_province_km <= v_radius THEN 1 WHEN v_region_km <= v_radius THEN 2
                        WHEN v_same_km <= v_radius THEN 3 ELSE 0 END;
    END IF;
    IF v_narrowable AND p_routing_type = 'workshop_only' THEN
        v_narrow := true;
    ELSIF v_narrowable AND coalesce(p_prefer_local, false) AND v_level > 0 THEN
        -- Is one eligible mechanic local and notifiable (0023's no_local_mechanic is false)?
        v_narrow := EXISTS (
            SELECT 1 FROM desk.mechanics m
             WHERE m.compliance_status NOT IN ('rejected', 'expired')
               AND (p_session_type IS DISTINCT FROM 'workshop_visit' OR m.can_perform_physical_work)
               AND left(m.match_fsa, 1) = left(v_cf, 1)
               AND (v_level < 2 OR left(m.match_fsa, 2) = left(v_cf, 2))
               AND (v_level < 3 OR m.match_fsa = v_cf)
               AND CASE WHEN m.match_fsa = v_cf THEN v_same_km
                        WHEN left(m.match_fsa, 2) = left(v_cf, 2) THEN v_region_km
                        ELSE v_province_km END <= v_radius
               AND m.is_available
               AND NOT (p_workshop_id IS NOT NULL
                        AND (m.workshop_id IS NOT DISTINCT FROM p_workshop_id OR m.id = ANY (v_partners))
                        AND v_closed));
    END IF;

    RETURN QUERY
    WITH base AS MATERIALIZED (
        SELECT m.id, m.rating_bp, m.average_response_seconds, m.match_fsa AS mf, m.is_available,
               coalesce(lower(btrim(p_brand)) <> '' AND lower(btrim(p_brand)) = ANY (m.brand_keys), false) AS brand,
               CASE WHEN m.keyword_keys && desk.fold_keys(p_keywords)
                    THEN ARRAY(SELECT x FROM unnest(desk.fold_keys(p_keywords)) x WHERE x = ANY (m.keyword_keys) ORDER BY x)
                    ELSE '{}' END AS matched,
               least(m.years_experience, (v->>'experience_max_years')::int) AS years,
               p_customer IS NOT NULL AND EXISTS (SELECT 1 FROM desk.customer_favourites f
                                           WHERE f.customer_profile_id = p_customer AND f.mechanic_id = m.id) AS fav,
               p_workshop_id IS NOT NULL AND (m.workshop_id IS NOT DISTINCT FROM p_workshop_id OR m.id = ANY (v_partners)) AS inw
          FROM desk.mechanics m
         WHERE m.compliance_status NOT IN ('rejected', 'expired')
           AND (p_session_type IS DISTINCT FROM 'workshop_visit' OR m.can_perform_physical_work)
           -- The mechanics read: every eligible one, or (v_narrow) only those that can be returned or flag.
           AND (NOT v_narrow
                OR (p_workshop_id IS NOT NULL AND m.workshop_id = p_workshop_id)
                OR m.id = ANY (v_partners)
                OR m.id = ANY (ARRAY[p_selected_mechanic, p_favourite_mechanic])
                OR (v_level = 1 AND left(m.match_fsa, 1) = left(v_cf, 1))
                OR (v_level = 2 AND left(m.match_fsa, 1) = left(v_cf, 1) AND left(m.match_fsa, 2) = left(v_cf, 2))
                OR (v_level = 3 AND left(m.match_fsa, 1) = left(v_cf, 1) AND left(m.match_fsa, 2) = left(v_cf, 2)
                    AND m.match_fsa = v_cf)
                OR (v_spec AND m.brand_keys @> ARRAY[v_brand_key]))),
    scored AS (
        SELECT b.*,
               CASE WHEN v_cf IS NULL OR b.mf IS NULL THEN 0
                    WHEN v_cf = b.mf THEN (v->>'fsa_same_points')::int
                    WHEN left(v_cf, 2) = left(b.mf, 2) THEN (v->>'fsa_region_points')::int
                    WHEN left(v_cf, 1) = left(b.mf, 1) THEN (v->>'fsa_province_points')::int
                    ELSE 0 END AS pt_fsa,
               CASE WHEN v_cf IS NULL OR b.mf IS NULL THEN (v->>'distance_unknown_km')::int
                    WHEN v_cf = b.mf THEN (v->>'distance_same_fsa_km')::int
                    WHEN left(v_cf, 2) = left(b.mf, 2) THEN (v->>'distance_region_km')::int
                    WHEN left(v_cf, 1) = left(b.mf, 1) THEN (v->>'distance_province_km')::int
                    ELSE (v->>'distance_unknown_km')::int END AS km,
               CASE WHEN b.is_available THEN (v->>'available_points')::int ELSE 0 END AS pt_avail,
               CASE WHEN b.brand THEN (v->>'brand_specialist_points')::int ELSE 0 END AS pt_brand,
               least(cardinality(b.matched) * (v->>'keyword_points')::int, (v->>'keyword_max_points')::int)
                   AS pt_kw,
               (coalesce(b.rating_bp, 0) * (v->>'rating_points_per_star')::int / 10000) AS pt_rating,
               b.years * (v->>'experience_points_per_year')::int AS pt_exp,
               CASE WHEN b.fav THEN (v->>'favourite_points')::int ELSE 0 END AS pt_fav
          FROM base b),
    s AS MATERIALIZED (
        SELECT sc.*, sc.pt_fsa + sc.pt_avail + sc.pt_brand + sc.pt_kw + sc.pt_rating + sc.pt_exp + sc.pt_fav AS total,
               sc.km <= (v->>'local_radius_km')::int AS loc,
               sc.is_available AND NOT (sc.inw AND v_closed) AS notifiable
          FROM scored sc),
    flags AS (
        SELECT p_routing_type IN ('workshop_only', 'hybrid')
                   AND NOT EXISTS (SELECT 1 FROM s WHERE s.inw AND s.notifiable) AS workshop_unavailable,
               coalesce(p_prefer_local, false) AND v_cf IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM s WHERE s.loc AND s.notifiable) AS no_local,
               coalesce(p_wants_specialist, false) AND p_brand IS NOT NULL
                   AND NOT EXISTS (SELECT 1 FROM s WHERE s.pt_brand > 0 AND s.loc AND s.notifiable)
                   AS no_specialist_local),
    kept AS (
        SELECT s.*,
               CASE WHEN p_match_method IN ('selected', 'priority_broadcast') AND s.id IN (p_selected_mechanic, p_favourite_mechanic) THEN 0
                    WHEN p_routing_type = 'hybrid' AND NOT s.inw THEN 2
                    ELSE 1 END AS w
          FROM s CROSS JOIN flags f
         WHERE (p_routing_type IS DISTINCT FROM 'workshop_only' OR s.inw)
           AND (NOT coalesce(p_prefer_local, false) OR f.no_local OR v_cf IS NULL OR s.loc
                OR (coalesce(p_wants_specialist, false) AND s.pt_brand > 0) OR s.inw
                OR s.id IN (p_selected_mechanic, p_favourite_mechanic))),
    ordered AS (
        SELECT k.*,
               row_number() OVER (ORDER BY k.w, k.total DESC, k.rating_bp DESC NULLS LAST,
                                           k.average_response_seconds, k.id)::int AS pos,
               row_number() OVER (PARTITION BY k.w, k.notifiable
                                  ORDER BY k.total DESC, k.rating_bp DESC NULLS LAST,
                                           k.average_response_seconds, k.id)::int AS in_wave
          FROM kept k)
    SELECT o.id, o.pos, o.w,
           o.w = 0 OR (o.notifiable AND (p_match_method = 'broadcast' OR o.in_wave <= (v->>'broadcast_top_n')::int)),
           o.inw, o.total, o.pt_fsa, o.km, o.loc, o.pt_avail, o.pt_brand, o.pt_kw, o.pt_rating, o.pt_exp, o.pt_fav,
           array_remove(ARRAY[
               CASE WHEN o.pt_fav > 0 THEN 'favourite' END,
               CASE WHEN v_cf IS NOT NULL AND v_cf = o.mf THEN 'same_fsa:' || o.mf
                    WHEN o.pt_fsa > 0 AND left(v_cf, 2) = left(o.mf, 2) THEN 'nearby:' || o.km
                    WHEN o.pt_fsa > 0 THEN 'same_province:' || left(o.mf, 1) END,
               CASE WHEN o.pt_brand > 0 THEN 'brand_specialist:' || btrim(p_brand) END,
               CASE WHEN o.pt_avail > 0 THEN 'available' END,
               CASE WHEN o.rating_bp IS NOT NULL THEN 'rating:' || (o.rating_bp / 1000) END,
               CASE WHEN o.years > 0 THEN 'experience:' || o.years END]
               || CASE WHEN o.matched = '{}' THEN '{}'::text[]
                       ELSE ARRAY(SELECT 'keyword:' || k FROM unnest(o.matched) k) END, NULL),
           CASE WHEN f.workshop_unavailable THEN 'workshop_unavailable'
                WHEN f.no_local THEN 'no_local_mechanic'
                WHEN f.no_specialist_local THEN 'no_brand_specialist_local' END
      FROM ordered o CROSS JOIN flags f
     ORDER BY o.w, o.total DESC, o.rating_bp DESC NULLS LAST, o.average_response_seconds, o.id;  -- o.pos
END
$f$;
