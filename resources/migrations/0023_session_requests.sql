-- 0023_session_requests: the data a customer's request is routed and matched on, and the matching
-- plan's scoring with its numbers as data (issue 16; seeds workshop-b2b2c-features.md "Smart Session
-- Routing" and mechanic-matching-plan.md "Enhance Matching Algorithm").
--
-- Two seeds name routing_type differently: the B2B2C plan's workshop policy (workshop_only | hybrid |
-- broadcast) and the matching plan's way of choosing mechanics (broadcast | smart_broadcast |
-- priority_broadcast | selected | workshop_only). They answer two questions, so they are two columns:
--   routing_type  which mechanics may be notified: only the preferred workshop's (workshop_only), the
--                 workshop's first and then the others (hybrid), or every eligible one (broadcast);
--   match_method  how they are chosen among those: the customer's selected mechanic with an
--                 exclusive window (selected), the customer's favourite first (priority_broadcast),
--                 the top N by score (smart_broadcast), or all (broadcast).
-- A workshop's default routing type is organizations.default_routing_type (the owner sets it).
--
-- desk.matching_rules holds every number of the matching plan (points, kilometres, seconds, counts);
-- desk.score_mechanics() is the plan's scoring over those rules, one row per eligible mechanic with
-- each component and the reasons the plan shows the customer, as codes ("same_fsa:M5V") that the
-- desk and the web page translate. It is internal: public functions built on it check the caller.
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- The matching plan's numbers, as data
-- ---------------------------------------------------------------------------------------------
CREATE TABLE desk.matching_rules (
    code       text PRIMARY KEY CHECK (code ~ '^[a-z_]+$'),
    value      integer NOT NULL CHECK (value >= 0),
    unit       text NOT NULL CHECK (unit IN ('points', 'km', 'seconds', 'count', 'years')),
    note       text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

-- Seed mechanic-matching-plan.md: FSA 40 / 25 / 10, distances 3 / 15 / 50 km (999 unknown), local
-- within 20 km, the selected mechanic's exclusive window of 5 minutes, a smart broadcast to the top
-- 10. The plan names but does not number the other components ("availability, keywords, rating,
-- experience, favourites"); these values are the desk's, chosen so that a well-matched mechanic
-- scores 120 or more (the plan's KPI "average match score of selected mechanics: 120+").
INSERT INTO desk.matching_rules (code, value, unit, note) VALUES
    ('fsa_same_points',            40,  'points',  'same FSA (first three characters of the postal code)'),
    ('fsa_region_points',          25,  'points',  'same first two characters of the FSA'),
    ('fsa_province_points',        10,  'points',  'same first letter (province or region) of the postal code'),
    ('distance_same_fsa_km',       3,   'km',      'approximate distance within one FSA'),
    ('distance_region_km',         15,  'km',      'approximate distance within the first two characters'),
    ('distance_province_km',       50,  'km',      'approximate distance within the first letter'),
    ('distance_unknown_km',        999, 'km',      'distance when the postal codes share nothing or one is missing'),
    ('local_radius_km',            20,  'km',      'a mechanic within this distance is a local match'),
    ('available_points',           30,  'points',  'mechanic online and available now'),
    ('brand_specialist_points',    30,  'points',  'specialises in the vehicle''s make'),
    ('keyword_points',             10,  'points',  'per service keyword of the concern the mechanic lists'),
    ('keyword_max_points',         30,  'points',  'cap on the keyword points'),
    ('rating_points_per_star',     4,   'points',  'per star of the mechanic''s rating (5 stars: 20)'),
    ('experience_points_per_year', 1,   'points',  'per year of experience'),
    ('experience_max_years',       15,  'years',   'years of experience counted at most'),
    ('favourite_points',           50,  'points',  'the customer''s favourite mechanic'),
    ('selected_window_seconds',    300, 'seconds', 'exclusive window of the selected or favourite mechanic before the fallback'),
    ('broadcast_top_n',            10,  'count',   'mechanics notified by a smart broadcast');

ALTER TABLE desk.matching_rules ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.matching_rules FORCE ROW LEVEL SECURITY;
REVOKE ALL ON desk.matching_rules FROM PUBLIC;
-- One policy per role: only the platform service may execute desk.is_platform_service() (0009).
CREATE POLICY matching_rules_read ON desk.matching_rules FOR SELECT TO adesk_platform_admin, adesk_workshop_owner
    USING ((SELECT desk.is_platform_admin()) OR pg_has_role(session_user, 'adesk_workshop_owner', 'MEMBER'));
CREATE POLICY matching_rules_service ON desk.matching_rules FOR SELECT TO adesk_platform_service
    USING ((SELECT desk.is_platform_service()));
GRANT SELECT ON desk.matching_rules TO adesk_platform_admin, adesk_platform_service, adesk_workshop_owner;

-- ---------------------------------------------------------------------------------------------
-- What matching reads about a mechanic, a workshop and a customer
-- ---------------------------------------------------------------------------------------------
-- The forward sortation area of a postal code ("M5V 3L9" -> "M5V"), upper case; NULL when none.
CREATE FUNCTION desk.fsa_of(p_postal text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN p_postal IS NULL OR length(btrim(p_postal)) < 3 THEN NULL
                ELSE upper(left(btrim(p_postal), 3)) END
$$;

-- Lower-cased, trimmed, without empties: what matching compares (stored, so scoring a request
-- reads them instead of folding every mechanic's arrays again).
CREATE FUNCTION desk.fold_keys(p_keys text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT lower(btrim(k))) FILTER (WHERE btrim(k) <> ''), '{}') FROM unnest(p_keys) k
$$;

ALTER TABLE desk.mechanics
    ADD COLUMN is_available           boolean NOT NULL DEFAULT false,
    ADD COLUMN brand_specializations  text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN service_keywords       text[]  NOT NULL DEFAULT '{}',
    ADD COLUMN average_response_seconds integer NOT NULL DEFAULT 180
        CHECK (average_response_seconds BETWEEN 1 AND 86400);
ALTER TABLE desk.mechanics
    ADD COLUMN match_fsa    text   GENERATED ALWAYS AS (desk.fsa_of(postal_code)) STORED,
    ADD COLUMN brand_keys   text[] GENERATED ALWAYS AS (desk.fold_keys(brand_specializations)) STORED,
    ADD COLUMN keyword_keys text[] GENERATED ALWAYS AS (desk.fold_keys(service_keywords)) STORED;

ALTER TABLE desk.organizations
    ADD COLUMN default_routing_type text NOT NULL DEFAULT 'hybrid'
        CHECK (default_routing_type IN ('workshop_only', 'hybrid', 'broadcast'));

-- A customer's favourite mechanics (the matching plan's "Favorites priority").
CREATE TABLE desk.customer_favourites (
    customer_profile_id bigint NOT NULL REFERENCES desk.profiles (id),
    mechanic_id         bigint NOT NULL REFERENCES desk.mechanics (id),
    created_at          timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (customer_profile_id, mechanic_id)
);
CREATE INDEX customer_favourites_mechanic ON desk.customer_favourites (mechanic_id);
ALTER TABLE desk.customer_favourites ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.customer_favourites FORCE ROW LEVEL SECURITY;
REVOKE ALL ON desk.customer_favourites FROM PUBLIC;
CREATE POLICY customer_favourites_service ON desk.customer_favourites TO adesk_platform_service
    USING ((SELECT desk.is_platform_service())) WITH CHECK ((SELECT desk.is_platform_service()));
GRANT SELECT, INSERT, DELETE ON desk.customer_favourites TO adesk_platform_service;

-- ---------------------------------------------------------------------------------------------
-- Session requests
-- ---------------------------------------------------------------------------------------------
CREATE TABLE desk.session_requests (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_key           uuid NOT NULL UNIQUE,          -- the platform's retry key
    customer_profile_id   bigint REFERENCES desk.profiles (id),
    session_type          text NOT NULL CHECK (session_type IN ('chat', 'video', 'workshop_visit')),
    service_category      text CHECK (length(btrim(service_category)) BETWEEN 1 AND 64),
    vehicle_make          text CHECK (length(btrim(vehicle_make)) BETWEEN 1 AND 64),
    wants_brand_specialist boolean NOT NULL DEFAULT false,
    concern               text CHECK (length(concern) <= 2000),
    keywords              text[] NOT NULL DEFAULT '{}',  -- service keywords taken from the concern
    customer_postal_code  text CHECK (customer_postal_code IS NULL OR desk.is_valid_postal_code(customer_postal_code)),
    prefer_local          boolean NOT NULL DEFAULT true,
    preferred_workshop_id bigint REFERENCES desk.organizations (id),
    routing_type          text NOT NULL DEFAULT 'broadcast'
                          CHECK (routing_type IN ('workshop_only', 'hybrid', 'broadcast')),
    match_method          text NOT NULL DEFAULT 'smart_broadcast'
                          CHECK (match_method IN ('selected', 'priority_broadcast', 'smart_broadcast', 'broadcast')),
    selected_mechanic_id  bigint REFERENCES desk.mechanics (id),  -- chosen by the customer from the preview
    favourite_mechanic_id bigint REFERENCES desk.mechanics (id),  -- priority_broadcast's favourite
    status                text NOT NULL DEFAULT 'pending'
                          CHECK (status IN ('pending', 'accepted', 'expired', 'cancelled')),
    window_ends_at        timestamptz,  -- end of the selected / favourite mechanic's exclusive window
    fallback              text CHECK (fallback IN ('selected_no_response', 'no_local_mechanic',
                                                   'no_brand_specialist_local', 'workshop_unavailable')),
    fallback_at           timestamptz,
    accepted_mechanic_id  bigint REFERENCES desk.mechanics (id),
    accepted_at           timestamptz,
    workshop_id           bigint REFERENCES desk.organizations (id),  -- served by: the accepting mechanic's workshop
    session_id            bigint REFERENCES desk.sessions (id),
    created_at            timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT session_requests_selected CHECK ((match_method = 'selected') = (selected_mechanic_id IS NOT NULL)),
    CONSTRAINT session_requests_favourite CHECK (
        (match_method = 'priority_broadcast') = (favourite_mechanic_id IS NOT NULL)),
    CONSTRAINT session_requests_workshop_routing CHECK (
        routing_type = 'broadcast' OR preferred_workshop_id IS NOT NULL),
    CONSTRAINT session_requests_accepted CHECK (
        (status = 'accepted') = (accepted_mechanic_id IS NOT NULL AND accepted_at IS NOT NULL)),
    CONSTRAINT session_requests_fallback CHECK ((fallback IS NULL) = (fallback_at IS NULL)),
    CONSTRAINT session_requests_window CHECK (
        window_ends_at IS NULL OR match_method IN ('selected', 'priority_broadcast'))
);
CREATE INDEX session_requests_pending ON desk.session_requests (created_at) WHERE status = 'pending';
CREATE INDEX session_requests_created ON desk.session_requests (created_at, id);
CREATE INDEX session_requests_preferred ON desk.session_requests (preferred_workshop_id, created_at)
    WHERE preferred_workshop_id IS NOT NULL;
CREATE INDEX session_requests_workshop ON desk.session_requests (workshop_id, created_at)
    WHERE workshop_id IS NOT NULL;
CREATE INDEX session_requests_selected ON desk.session_requests (selected_mechanic_id)
    WHERE selected_mechanic_id IS NOT NULL;

-- Admins see every request; an owner the requests for or served by their workshops; the platform
-- service writes them through its functions (and reads them).
ALTER TABLE desk.session_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.session_requests FORCE ROW LEVEL SECURITY;
REVOKE ALL ON desk.session_requests FROM PUBLIC;
CREATE POLICY session_requests_admin ON desk.session_requests FOR SELECT TO adesk_platform_admin
    USING ((SELECT desk.is_platform_admin()));
CREATE POLICY session_requests_service ON desk.session_requests FOR SELECT TO adesk_platform_service
    USING ((SELECT desk.is_platform_service()));
CREATE POLICY session_requests_owner ON desk.session_requests FOR SELECT TO adesk_workshop_owner
    USING (preferred_workshop_id IN (SELECT desk.my_workshop_ids())
           OR workshop_id IN (SELECT desk.my_workshop_ids()));
GRANT SELECT ON desk.session_requests TO adesk_platform_admin, adesk_workshop_owner, adesk_platform_service;

-- ---------------------------------------------------------------------------------------------
-- Scoring
-- ---------------------------------------------------------------------------------------------


-- Every rule as one jsonb object {code: value}, read once per scoring.
CREATE FUNCTION desk.matching_rule_values() RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT coalesce(jsonb_object_agg(code, value), '{}') FROM desk.matching_rules
$$;

-- The matching plan's score of every eligible mechanic for a request. Internal (no grant): the
-- public functions built on it check their caller. Eligible: compliance neither rejected nor
-- expired, and for a workshop visit allowed physical work. p_keywords and the mechanic's
-- service_keywords / brand_specializations compare case-insensitively. Components in points
-- (desk.matching_rules); distance_km is the plan's approximation from the FSAs; reasons are codes
-- with an argument after a colon: same_fsa:<FSA>, nearby:<km>, same_province:<letter>,
-- brand_specialist:<make>, keyword:<keyword> (one each), rating:<stars x10>, experience:<years>,
-- favourite, available. Order: total, then rating, then average response time, then id.
CREATE FUNCTION desk.score_mechanics(p_postal text, p_brand text, p_keywords text[], p_customer bigint,
                                     p_session_type text)
RETURNS TABLE (mechanic_id bigint, total_points integer, fsa_points integer, distance_km integer,
               is_local boolean, available_points integer, brand_points integer, keyword_points integer,
               rating_points integer, experience_points integer, favourite_points integer, reasons text[],
               rank integer)
LANGUAGE sql STABLE AS $$
    -- The rules, read once (MATERIALIZED: inlined, the lookup would run for every mechanic).
    WITH r AS MATERIALIZED (
        SELECT (v->>'fsa_same_points')::int AS fsa_same_points,
               (v->>'fsa_region_points')::int AS fsa_region_points,
               (v->>'fsa_province_points')::int AS fsa_province_points,
               (v->>'distance_same_fsa_km')::int AS distance_same_fsa_km,
               (v->>'distance_region_km')::int AS distance_region_km,
               (v->>'distance_province_km')::int AS distance_province_km,
               (v->>'distance_unknown_km')::int AS distance_unknown_km,
               (v->>'local_radius_km')::int AS local_radius_km,
               (v->>'available_points')::int AS available_points,
               (v->>'brand_specialist_points')::int AS brand_specialist_points,
               (v->>'keyword_points')::int AS keyword_points,
               (v->>'keyword_max_points')::int AS keyword_max_points,
               (v->>'rating_points_per_star')::int AS rating_points_per_star,
               (v->>'experience_points_per_year')::int AS experience_points_per_year,
               (v->>'experience_max_years')::int AS experience_max_years,
               (v->>'favourite_points')::int AS favourite_points
          FROM (SELECT desk.matching_rule_values() AS v) x),
    kw AS MATERIALIZED (SELECT desk.fold_keys(p_keywords) AS k,
                               lower(btrim(p_brand)) AS brand_key, desk.fsa_of(p_postal) AS cf),
    -- MATERIALIZED: each row's matched keywords computed once, not once per use.
    base AS MATERIALIZED (
        SELECT m.id, m.rating_bp, m.average_response_seconds,
               kw.cf, m.match_fsa AS mf,
               m.is_available,
               coalesce(kw.brand_key <> '' AND kw.brand_key = ANY (m.brand_keys), false) AS brand,
               CASE WHEN m.keyword_keys && kw.k
                    THEN ARRAY(SELECT x FROM unnest(kw.k) x WHERE x = ANY (m.keyword_keys) ORDER BY x)
                    ELSE '{}' END AS matched,
               least(m.years_experience, r.experience_max_years) AS years,
               p_customer IS NOT NULL AND EXISTS (SELECT 1 FROM desk.customer_favourites f
                                                   WHERE f.customer_profile_id = p_customer AND f.mechanic_id = m.id) AS fav,
               r.*
          FROM desk.mechanics m CROSS JOIN r CROSS JOIN kw
         WHERE m.compliance_status NOT IN ('rejected', 'expired')
           AND (p_session_type IS DISTINCT FROM 'workshop_visit' OR m.can_perform_physical_work)),
    scored AS (
        SELECT b.*,
               CASE WHEN b.cf IS NULL OR b.mf IS NULL THEN 0
                    WHEN b.cf = b.mf THEN b.fsa_same_points
                    WHEN left(b.cf, 2) = left(b.mf, 2) THEN b.fsa_region_points
                    WHEN left(b.cf, 1) = left(b.mf, 1) THEN b.fsa_province_points
                    ELSE 0 END AS pt_fsa,
               CASE WHEN b.cf IS NULL OR b.mf IS NULL THEN b.distance_unknown_km
                    WHEN b.cf = b.mf THEN b.distance_same_fsa_km
                    WHEN left(b.cf, 2) = left(b.mf, 2) THEN b.distance_region_km
                    WHEN left(b.cf, 1) = left(b.mf, 1) THEN b.distance_province_km
                    ELSE b.distance_unknown_km END AS km,
               CASE WHEN b.is_available THEN b.available_points ELSE 0 END AS pt_avail,
               CASE WHEN b.brand THEN b.brand_specialist_points ELSE 0 END AS pt_brand,
               least(cardinality(b.matched) * b.keyword_points, b.keyword_max_points) AS pt_kw,
               (coalesce(b.rating_bp, 0) * b.rating_points_per_star / 10000) AS pt_rating,
               b.years * b.experience_points_per_year AS pt_exp,
               CASE WHEN b.fav THEN b.favourite_points ELSE 0 END AS pt_fav
          FROM base b)
    SELECT s.id, s.pt_fsa + s.pt_avail + s.pt_brand + s.pt_kw + s.pt_rating + s.pt_exp + s.pt_fav,
           s.pt_fsa, s.km, s.km <= s.local_radius_km, s.pt_avail, s.pt_brand, s.pt_kw, s.pt_rating,
           s.pt_exp, s.pt_fav,
           array_remove(ARRAY[
               CASE WHEN s.pt_fav > 0 THEN 'favourite' END,
               CASE WHEN s.cf IS NOT NULL AND s.cf = s.mf THEN 'same_fsa:' || s.mf
                    WHEN s.pt_fsa > 0 AND left(s.cf, 2) = left(s.mf, 2) THEN 'nearby:' || s.km
                    WHEN s.pt_fsa > 0 THEN 'same_province:' || left(s.mf, 1) END,
               CASE WHEN s.pt_brand > 0 THEN 'brand_specialist:' || btrim(p_brand) END,
               CASE WHEN s.pt_avail > 0 THEN 'available' END,
               CASE WHEN s.rating_bp IS NOT NULL THEN 'rating:' || (s.rating_bp / 1000) END,
               CASE WHEN s.years > 0 THEN 'experience:' || s.years END]
               || CASE WHEN s.matched = '{}' THEN '{}'::text[]
                       ELSE ARRAY(SELECT 'keyword:' || k FROM unnest(s.matched) k) END, NULL),
           (row_number() OVER (ORDER BY s.pt_fsa + s.pt_avail + s.pt_brand + s.pt_kw + s.pt_rating + s.pt_exp + s.pt_fav DESC,
                                        s.rating_bp DESC NULLS LAST, s.average_response_seconds, s.id))::int
      FROM scored s
     ORDER BY 13
$$;

-- ---------------------------------------------------------------------------------------------
-- Routing: which mechanics a request notifies, in which order, and why
-- ---------------------------------------------------------------------------------------------

-- Is the workshop open at p_at: its weekly hours (wall clock in its zone) and no whole-workshop
-- closure (bay_id NULL) covering the instant.
CREATE FUNCTION desk.workshop_open_at(p_workshop_id bigint, p_at timestamptz) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT EXISTS (
        SELECT 1 FROM desk.organizations o JOIN desk.workshop_hours h ON h.workshop_id = o.id
         WHERE o.id = p_workshop_id
           AND h.weekday = extract(isodow FROM p_at AT TIME ZONE o.time_zone)
           AND (p_at AT TIME ZONE o.time_zone)::time >= h.opens_at
           AND (p_at AT TIME ZONE o.time_zone)::time < h.closes_at)
       AND NOT EXISTS (SELECT 1 FROM desk.bay_closures c
                        WHERE c.workshop_id = p_workshop_id AND c.bay_id IS NULL AND c.span @> p_at)
$$;

-- The routed, ordered candidates of a request. Internal (no grant): desk.get_mechanics_for_routing
-- (the preview) and the request functions call it after checking their caller. One row per ranked
-- mechanic, in notification order (notify_order 1 first):
--   in_workshop   employee of p_workshop_id (mechanics.workshop_id) or in an active partnership with
--                 it in force on p_at (Toronto date);
--   wave          0: the selected or favourite mechanic alone, for matching_rules
--                    selected_window_seconds (the plan's exclusive 5-minute window);
--                 1: the first broadcast (hybrid: the workshop's mechanics; otherwise everyone);
--                 2: hybrid's second wave (the other mechanics, after the workshop's);
--   notified      available now (mechanics.is_available; a workshop mechanic not while the workshop is
--                 closed at p_at, for workshop_only and hybrid) and, for a smart broadcast, among the first
--                 broadcast_top_n of its wave; a broadcast notifies every available one; the
--                 wave-0 mechanic is always notified (that is the window);
--   fallback      the same on every row: selected_no_response is taken later, by the request's
--                 window; here: workshop_unavailable (workshop_only or hybrid and the workshop is
--                 closed at p_at or none of its mechanics is available: hybrid goes to wave 2 at once,
--                 workshop_only notifies nobody), no_local_mechanic (prefer_local with a postal code
--                 and nobody within local_radius_km: every distance is kept, nearest first),
--                 no_brand_specialist_local (a specialist was asked for and none is local: the
--                 specialists further away are kept next to the local mechanics).
-- With prefer_local and local mechanics present, non-local mechanics are dropped except the
-- workshop's own (the customer chose it) and brand specialists when a specialist was asked for. routing_type workshop_only keeps only in_workshop.
CREATE FUNCTION desk.route_candidates(p_workshop_id bigint, p_routing_type text, p_match_method text,
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
$$;

REVOKE ALL ON FUNCTION desk.fsa_of(text), desk.fold_keys(text[]), desk.matching_rule_values(),
                       desk.score_mechanics(text, text, text[], bigint, text),
                       desk.workshop_open_at(bigint, timestamptz),
                       desk.route_candidates(bigint, text, text, text, text, text, boolean, text[], bigint, bigint,
                                             bigint, boolean, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.fsa_of(text) TO adesk_platform_admin, adesk_workshop_owner, adesk_platform_service;
