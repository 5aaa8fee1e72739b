-- 0025_matching: the life of a session request (issue 16, "Mechanic matching"; seed
-- mechanic-matching-plan.md "Fallback Handling", "Phase 3: Session Request Integration", "Success
-- Metrics"), on 0023's desk.session_requests and desk.route_candidates.
--
-- The web platform (role adesk_platform_service) drives a request:
--   desk.create_session_request(p_request_key, p_request jsonb) → id
--       validates, inserts the request and offers it: the selected (or favourite) mechanic alone
--       for matching_rules selected_window_seconds (wave 0), otherwise the notified mechanics of
--       wave 1 (smart broadcast: the top broadcast_top_n; broadcast: every available one); hybrid
--       routing whose workshop cannot take it goes to wave 2 at once. The fallback route_candidates
--       reports (workshop_unavailable, no_local_mechanic, no_brand_specialist_local) is recorded at
--       creation for the broadcast methods; for selected / priority_broadcast the customer got the
--       mechanic they chose, and the fallback is the one the window takes (selected_no_response).
--       A retry with the same key returns the same id and writes nothing.
--   desk.respond_to_request(p_request_key, p_request_id, p_mechanic_id, p_accept) → 'accepted' | 'declined'
--       only an offered mechanic answers; the first acceptance wins (the request row is locked;
--       the second gets AD001 "request % is already accepted"); the accepted request is served by
--       the mechanic's workshop (or the preferred workshop when the mechanic is its partner);
--       the other open offers are withdrawn. Keyed by p_request_key (0010's write_requests).
--   desk.advance_session_requests(p_now) → timed_out, second_waves, offers, expired   (the sweep,
--       `autodoctor-desk match-sweep`; admins and the platform): per pending request, in order:
--         1. a wave-0 offer past its window without an answer: timed_out, fallback
--            selected_no_response, the smart broadcast (wave 1; hybrid without wave 1: wave 2);
--         2. hybrid: wave 1 offered a window ago (selected_window_seconds) without acceptance: wave 2;
--         3. nothing of the above and older than request_expiry_seconds: expired (open offers timed_out).
--       Pending rows are taken FOR UPDATE SKIP LOCKED and offers are unique per (request,
--       mechanic): two sweeps at once never offer twice.
-- Every offer is kept in desk.request_offers with its score, components and reasons, so a past
-- request's matching stays explainable.
--
-- The desk:
--   desk.live_requests()              admins every pending or recent request, owners their workshop's
--   desk.request_offers_of(p_request_id)   the offers of one request the caller may see
--   desk.kpi_matching(p_months)       admins: the plan's success metrics per Toronto month
--   desk.set_matching_rule([p_request_id,] p_code, p_value)   admins, audited, bounds by unit
--
-- SQLSTATEs: 42501 wrong caller; P0002 unknown id or rule; AD001 already accepted / answered / closed;
-- 22023 bad argument.
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

INSERT INTO desk.matching_rules (code, value, unit, note) VALUES
    ('request_expiry_seconds', 1800, 'seconds', 'a request nobody accepted expires this long after its creation');

-- ---------------------------------------------------------------------------------------------
-- Offers
-- ---------------------------------------------------------------------------------------------
CREATE TABLE desk.request_offers (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id     bigint NOT NULL REFERENCES desk.session_requests (id),
    mechanic_id    bigint NOT NULL REFERENCES desk.mechanics (id),
    wave           smallint NOT NULL CHECK (wave BETWEEN 0 AND 2),
    notify_order   integer NOT NULL CHECK (notify_order >= 1),
    total_points   integer NOT NULL,
    is_local       boolean NOT NULL,
    components     jsonb NOT NULL DEFAULT '{}'::jsonb,
    reasons        text[] NOT NULL DEFAULT '{}',
    offered_at     timestamptz NOT NULL,
    window_ends_at timestamptz,
    response       text CHECK (response IN ('accepted', 'declined', 'timed_out', 'withdrawn')),
    responded_at   timestamptz,
    CONSTRAINT request_offers_once UNIQUE (request_id, mechanic_id),
    CONSTRAINT request_offers_window CHECK ((wave = 0) = (window_ends_at IS NOT NULL)),
    CONSTRAINT request_offers_response CHECK ((response IS NULL) = (responded_at IS NULL))
);
CREATE INDEX request_offers_mechanic ON desk.request_offers (mechanic_id);
CREATE UNIQUE INDEX request_offers_one_acceptance ON desk.request_offers (request_id) WHERE response = 'accepted';

ALTER TABLE desk.request_offers ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.request_offers FORCE ROW LEVEL SECURITY;
REVOKE ALL ON desk.request_offers FROM PUBLIC;
CREATE POLICY request_offers_admin ON desk.request_offers FOR SELECT TO adesk_platform_admin
    USING ((SELECT desk.is_platform_admin()));
CREATE POLICY request_offers_service ON desk.request_offers FOR SELECT TO adesk_platform_service
    USING ((SELECT desk.is_platform_service()));
-- An owner sees the offers of the requests they see (session_requests' own policy applies inside).
CREATE POLICY request_offers_owner ON desk.request_offers FOR SELECT TO adesk_workshop_owner
    USING (request_id IN (SELECT r.id FROM desk.session_requests r
                           WHERE r.preferred_workshop_id IN (SELECT desk.my_workshop_ids())
                              OR r.workshop_id IN (SELECT desk.my_workshop_ids())));
GRANT SELECT ON desk.request_offers TO adesk_platform_admin, adesk_workshop_owner, adesk_platform_service;

-- ---------------------------------------------------------------------------------------------
-- Internal: offering a wave
-- ---------------------------------------------------------------------------------------------

-- Offers wave p_wave of request p_req at p_now: the mechanics route_candidates notifies in it (as
-- a broadcast: every available one), minus those already offered, in notification order, the first
-- broadcast_top_n unless the request is a plain broadcast. Returns the number of offers written.
CREATE FUNCTION desk.offer_wave(p_req desk.session_requests, p_wave integer, p_now timestamptz) RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_limit integer;
    v_count integer;
BEGIN
    SELECT CASE WHEN p_req.match_method = 'broadcast' THEN NULL ELSE mr.value END INTO v_limit
      FROM desk.matching_rules mr WHERE mr.code = 'broadcast_top_n';
    INSERT INTO desk.request_offers (request_id, mechanic_id, wave, notify_order, total_points, is_local,
                                     components, reasons, offered_at)
    SELECT p_req.id, c.mechanic_id, p_wave, c.notify_order, c.total_points, c.is_local,
           pg_catalog.jsonb_build_object('fsa', c.fsa_points, 'distance_km', c.distance_km,
                                         'available', c.available_points, 'brand', c.brand_points,
                                         'keywords', c.keyword_points, 'rating', c.rating_points,
                                         'experience', c.experience_points, 'favourite', c.favourite_points,
                                         'in_workshop', c.in_workshop),
           c.reasons, p_now
      FROM desk.route_candidates(p_req.preferred_workshop_id, p_req.routing_type, 'broadcast',
                                 p_req.session_type, p_req.customer_postal_code, p_req.vehicle_make,
                                 p_req.wants_brand_specialist, p_req.keywords, p_req.customer_profile_id,
                                 NULL, NULL, p_req.prefer_local, p_now) c
     WHERE c.wave = p_wave AND c.notified
       AND NOT EXISTS (SELECT 1 FROM desk.request_offers o
                        WHERE o.request_id = p_req.id AND o.mechanic_id = c.mechanic_id)
     ORDER BY c.notify_order
     LIMIT v_limit
    ON CONFLICT (request_id, mechanic_id) DO NOTHING;
    GET DIAGNOSTICS v_count = ROW_COUNT;
    RETURN v_count;
END
$$;

-- The first broadcast of a request: wave 1, and for hybrid routing wave 2 at once when wave 1
-- notified nobody (the workshop is closed or none of its mechanics is available).
CREATE FUNCTION desk.offer_broadcast(p_req desk.session_requests, p_now timestamptz) RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_count integer := desk.offer_wave(p_req, 1, p_now);
BEGIN
    IF p_req.routing_type = 'hybrid'
       AND NOT EXISTS (SELECT 1 FROM desk.request_offers o WHERE o.request_id = p_req.id AND o.wave = 1) THEN
        v_count := v_count + desk.offer_wave(p_req, 2, p_now);
    END IF;
    RETURN v_count;
END
$$;

CREATE FUNCTION desk.require_platform_service() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT desk.is_platform_service() THEN
        RAISE EXCEPTION 'only the web platform creates and answers session requests' USING ERRCODE = '42501';
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Creating a request
-- ---------------------------------------------------------------------------------------------

-- p_request: {"customer_profile_id", "session_type" (chat | video | workshop_visit), "postal_code"
-- (required), "service_category", "vehicle_make", "wants_brand_specialist", "concern", "keywords"
-- [array], "prefer_local" (default true), "preferred_workshop_id", "routing_type" (default the
-- preferred workshop's default_routing_type, else broadcast), "match_method" (default selected when
-- "selected_mechanic_id" is given, priority_broadcast when "favourite_mechanic_id" is, else
-- smart_broadcast), "selected_mechanic_id", "favourite_mechanic_id"}.
-- The work of desk.create_session_request without the caller check (internal: the demo seeder,
-- which runs as the schema owner, creates its requests through it).
CREATE FUNCTION desk.session_request_create(p_request_key uuid, p_request jsonb) RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_id bigint;
    v_req desk.session_requests%ROWTYPE;
    v_now timestamptz := pg_catalog.clock_timestamp();
    v_postal text := pg_catalog.upper(pg_catalog.btrim(p_request ->> 'postal_code'));
    v_session text := p_request ->> 'session_type';
    v_workshop bigint := (p_request ->> 'preferred_workshop_id')::bigint;
    v_selected bigint := (p_request ->> 'selected_mechanic_id')::bigint;
    v_favourite bigint := (p_request ->> 'favourite_mechanic_id')::bigint;
    v_customer bigint := (p_request ->> 'customer_profile_id')::bigint;
    v_routing text := p_request ->> 'routing_type';
    v_method text := p_request ->> 'match_method';
    v_keywords text[];
    v_first record;
    v_found boolean;
    v_fallback text;
    v_window integer;
BEGIN
    IF p_request_key IS NULL THEN
        RAISE EXCEPTION 'a request id is required' USING ERRCODE = '22004';
    END IF;
    SELECT r.id INTO v_id FROM desk.session_requests r WHERE r.request_key = p_request_key;
    IF FOUND THEN
        RETURN v_id;
    END IF;
    IF v_postal IS NULL OR NOT desk.is_valid_postal_code(v_postal) THEN
        RAISE EXCEPTION 'a session request needs a valid postal code' USING ERRCODE = '22023', COLUMN = 'customer_postal_code';
    END IF;
    IF v_session IS NULL OR v_session NOT IN ('chat', 'video', 'workshop_visit') THEN
        RAISE EXCEPTION 'unknown session type "%"', coalesce(v_session, '') USING ERRCODE = '22023', COLUMN = 'session_type';
    END IF;
    IF v_customer IS NOT NULL AND NOT EXISTS (SELECT 1 FROM desk.profiles p WHERE p.id = v_customer) THEN
        PERFORM desk.raise_not_found('customer', v_customer);
    END IF;
    IF v_workshop IS NOT NULL THEN
        SELECT coalesce(v_routing, o.default_routing_type) INTO v_routing
          FROM desk.organizations o WHERE o.id = v_workshop;
        IF NOT FOUND THEN
            PERFORM desk.raise_not_found('workshop', v_workshop);
        END IF;
    END IF;
    v_routing := coalesce(v_routing, 'broadcast');
    IF v_routing NOT IN ('workshop_only', 'hybrid', 'broadcast') THEN
        RAISE EXCEPTION 'unknown routing type "%"', v_routing USING ERRCODE = '22023', COLUMN = 'routing_type';
    END IF;
    IF v_routing <> 'broadcast' AND v_workshop IS NULL THEN
        RAISE EXCEPTION 'workshop routing needs a preferred workshop' USING ERRCODE = '22023', COLUMN = 'preferred_workshop_id';
    END IF;
    v_method := coalesce(v_method, CASE WHEN v_selected IS NOT NULL THEN 'selected'
                                        WHEN v_favourite IS NOT NULL THEN 'priority_broadcast'
                                        ELSE 'smart_broadcast' END);
    IF v_method NOT IN ('selected', 'priority_broadcast', 'smart_broadcast', 'broadcast')
       OR (v_method = 'selected') <> (v_selected IS NOT NULL)
       OR (v_method = 'priority_broadcast') <> (v_favourite IS NOT NULL) THEN
        RAISE EXCEPTION 'unknown match method "%"', v_method USING ERRCODE = '22023', COLUMN = 'match_method';
    END IF;
    IF pg_catalog.jsonb_typeof(p_request -> 'keywords') = 'array' THEN
        v_keywords := ARRAY(SELECT pg_catalog.jsonb_array_elements_text(p_request -> 'keywords'));
    END IF;

    -- The routing of the request as the customer asked for it (wave 0 for the selected or favourite).
    SELECT c.mechanic_id, c.fallback, c.wave INTO v_first
      FROM desk.route_candidates(v_workshop, v_routing, v_method, v_session, v_postal,
                                 nullif(pg_catalog.btrim(p_request ->> 'vehicle_make'), ''),
                                 coalesce((p_request ->> 'wants_brand_specialist')::boolean, false),
                                 coalesce(v_keywords, '{}'), v_customer, v_selected, v_favourite,
                                 coalesce((p_request ->> 'prefer_local')::boolean, true), v_now) c
     ORDER BY c.notify_order LIMIT 1;
    v_found := FOUND;
    IF v_method IN ('selected', 'priority_broadcast')
       AND (NOT v_found OR v_first.wave <> 0 OR v_first.mechanic_id <> coalesce(v_selected, v_favourite)) THEN
        RAISE EXCEPTION 'the selected mechanic cannot take this request' USING ERRCODE = '22023',
            COLUMN = 'selected_mechanic_id';
    END IF;
    IF v_found AND v_method IN ('smart_broadcast', 'broadcast') THEN
        v_fallback := v_first.fallback;
    END IF;
    SELECT mr.value INTO v_window FROM desk.matching_rules mr WHERE mr.code = 'selected_window_seconds';

    INSERT INTO desk.session_requests (request_key, customer_profile_id, session_type, service_category,
                                       vehicle_make, wants_brand_specialist, concern, keywords,
                                       customer_postal_code, prefer_local, preferred_workshop_id, routing_type,
                                       match_method, selected_mechanic_id, favourite_mechanic_id, window_ends_at,
                                       fallback, fallback_at, created_at)
    VALUES (p_request_key, v_customer, v_session, nullif(pg_catalog.btrim(p_request ->> 'service_category'), ''),
            nullif(pg_catalog.btrim(p_request ->> 'vehicle_make'), ''),
            coalesce((p_request ->> 'wants_brand_specialist')::boolean, false), p_request ->> 'concern',
            coalesce(v_keywords, '{}'), v_postal, coalesce((p_request ->> 'prefer_local')::boolean, true),
            v_workshop, v_routing, v_method, v_selected, v_favourite,
            CASE WHEN v_method IN ('selected', 'priority_broadcast')
                 THEN v_now + pg_catalog.make_interval(secs => v_window) END,
            v_fallback, CASE WHEN v_fallback IS NOT NULL THEN v_now END, v_now)
    ON CONFLICT (request_key) DO NOTHING
    RETURNING * INTO v_req;
    IF v_req.id IS NULL THEN
        -- A concurrent retry with the same key committed first.
        SELECT r.id INTO v_id FROM desk.session_requests r WHERE r.request_key = p_request_key;
        RETURN v_id;
    END IF;

    IF v_method IN ('selected', 'priority_broadcast') THEN
        INSERT INTO desk.request_offers (request_id, mechanic_id, wave, notify_order, total_points, is_local,
                                         components, reasons, offered_at, window_ends_at)
        SELECT v_req.id, c.mechanic_id, 0, c.notify_order, c.total_points, c.is_local,
               pg_catalog.jsonb_build_object('fsa', c.fsa_points, 'distance_km', c.distance_km,
                                             'available', c.available_points, 'brand', c.brand_points,
                                             'keywords', c.keyword_points, 'rating', c.rating_points,
                                             'experience', c.experience_points, 'favourite', c.favourite_points,
                                             'in_workshop', c.in_workshop),
               c.reasons, v_now, v_req.window_ends_at
          FROM desk.route_candidates(v_workshop, v_routing, v_method, v_session, v_postal, v_req.vehicle_make,
                                     v_req.wants_brand_specialist, v_req.keywords, v_customer, v_selected,
                                     v_favourite, v_req.prefer_local, v_now) c
         WHERE c.wave = 0;
    ELSE
        PERFORM desk.offer_broadcast(v_req, v_now);
    END IF;
    RETURN v_req.id;
END
$$;

CREATE FUNCTION desk.create_session_request(p_request_key uuid, p_request jsonb) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.require_platform_service();
    RETURN desk.session_request_create(p_request_key, p_request);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Answering
-- ---------------------------------------------------------------------------------------------

-- The work of desk.respond_to_request without the caller check (internal, like session_request_create).
CREATE FUNCTION desk.session_request_respond(p_request_key uuid, p_request_id bigint, p_mechanic_id bigint,
                                             p_accept boolean) RETURNS text
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb;
    v_req desk.session_requests%ROWTYPE;
    v_offer desk.request_offers%ROWTYPE;
    v_now timestamptz;
    v_workshop bigint;
BEGIN
    r := desk.write_request_begin(p_request_key, 'respond_to_request');
    IF r IS NOT NULL THEN
        RETURN r #>> '{}';
    END IF;
    IF p_accept IS NULL THEN
        RAISE EXCEPTION 'say whether the mechanic accepts' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO v_req FROM desk.session_requests s WHERE s.id = p_request_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('request', p_request_id);
    END IF;
    SELECT * INTO v_offer FROM desk.request_offers o
     WHERE o.request_id = p_request_id AND o.mechanic_id = p_mechanic_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'mechanic % was not offered request %', p_mechanic_id, p_request_id USING ERRCODE = '42501';
    END IF;
    IF v_req.status = 'accepted' THEN
        RAISE EXCEPTION 'request % is already accepted', p_request_id USING ERRCODE = 'AD001';
    END IF;
    IF v_req.status <> 'pending' THEN
        RAISE EXCEPTION 'request % is already %', p_request_id, v_req.status USING ERRCODE = 'AD001';
    END IF;
    -- A late answer of a timed-out selected mechanic still serves the customer; a decline is final.
    IF v_offer.response IS NOT NULL AND v_offer.response <> 'timed_out' THEN
        RAISE EXCEPTION 'mechanic % already answered request %', p_mechanic_id, p_request_id USING ERRCODE = 'AD001';
    END IF;
    v_now := pg_catalog.clock_timestamp();
    IF NOT p_accept THEN
        UPDATE desk.request_offers o SET response = 'declined', responded_at = v_now WHERE o.id = v_offer.id;
        RETURN (desk.write_request_finish(p_request_key, '"declined"'::jsonb)) #>> '{}';
    END IF;
    -- Served by the mechanic's workshop, or the preferred one when the mechanic is its partner.
    SELECT coalesce(m.workshop_id,
                    CASE WHEN (v_offer.components ->> 'in_workshop')::boolean THEN v_req.preferred_workshop_id END)
      INTO v_workshop FROM desk.mechanics m WHERE m.id = p_mechanic_id;
    UPDATE desk.request_offers o SET response = 'accepted', responded_at = v_now WHERE o.id = v_offer.id;
    UPDATE desk.request_offers o SET response = 'withdrawn', responded_at = v_now
     WHERE o.request_id = p_request_id AND o.id <> v_offer.id AND o.response IS NULL;
    UPDATE desk.session_requests s
       SET status = 'accepted', accepted_mechanic_id = p_mechanic_id, accepted_at = v_now, workshop_id = v_workshop
     WHERE s.id = p_request_id;
    RETURN (desk.write_request_finish(p_request_key, '"accepted"'::jsonb)) #>> '{}';
END
$$;

CREATE FUNCTION desk.respond_to_request(p_request_key uuid, p_request_id bigint, p_mechanic_id bigint,
                                        p_accept boolean) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.require_platform_service();
    RETURN desk.session_request_respond(p_request_key, p_request_id, p_mechanic_id, p_accept);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- The sweep
-- ---------------------------------------------------------------------------------------------

-- The work of desk.advance_session_requests without the caller check (internal).
CREATE FUNCTION desk.session_requests_advance(p_now timestamptz, OUT timed_out integer, OUT second_waves integer,
                                              OUT offers integer, OUT expired integer)
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_req desk.session_requests%ROWTYPE;
    v_window interval;
    v_expiry interval;
    v_done boolean;
    v_n integer;
BEGIN
    IF p_now IS NULL THEN
        RAISE EXCEPTION 'the sweep needs a time' USING ERRCODE = '22023';
    END IF;
    timed_out := 0; second_waves := 0; offers := 0; expired := 0;
    SELECT pg_catalog.make_interval(secs => mr.value) INTO v_window
      FROM desk.matching_rules mr WHERE mr.code = 'selected_window_seconds';
    SELECT pg_catalog.make_interval(secs => mr.value) INTO v_expiry
      FROM desk.matching_rules mr WHERE mr.code = 'request_expiry_seconds';
    FOR v_req IN
        SELECT * FROM desk.session_requests s WHERE s.status = 'pending' AND s.created_at <= p_now
         ORDER BY s.id FOR UPDATE SKIP LOCKED
    LOOP
        v_done := false;
        -- 1. The selected / favourite mechanic's window passed without an answer.
        UPDATE desk.request_offers o SET response = 'timed_out', responded_at = p_now
         WHERE o.request_id = v_req.id AND o.wave = 0 AND o.response IS NULL AND o.window_ends_at <= p_now;
        GET DIAGNOSTICS v_n = ROW_COUNT;
        IF v_n > 0 THEN
            timed_out := timed_out + v_n;
            UPDATE desk.session_requests s SET fallback = 'selected_no_response', fallback_at = p_now
             WHERE s.id = v_req.id
            RETURNING * INTO v_req;
            offers := offers + desk.offer_broadcast(v_req, p_now);
            v_done := true;
        END IF;
        -- 2. Hybrid: the workshop's wave had its window.
        IF NOT v_done AND v_req.routing_type = 'hybrid'
           AND NOT EXISTS (SELECT 1 FROM desk.request_offers o WHERE o.request_id = v_req.id AND o.wave = 2)
           AND (SELECT min(o.offered_at) FROM desk.request_offers o
                 WHERE o.request_id = v_req.id AND o.wave = 1) + v_window <= p_now THEN
            v_n := desk.offer_wave(v_req, 2, p_now);
            IF v_n > 0 THEN
                second_waves := second_waves + 1;
                offers := offers + v_n;
                v_done := true;
            END IF;
        END IF;
        -- 3. Nobody left to offer, and too old.
        IF NOT v_done AND v_req.created_at + v_expiry <= p_now
           AND NOT EXISTS (SELECT 1 FROM desk.request_offers o
                            WHERE o.request_id = v_req.id AND o.wave = 0 AND o.response IS NULL) THEN
            UPDATE desk.request_offers o SET response = 'timed_out', responded_at = p_now
             WHERE o.request_id = v_req.id AND o.response IS NULL;
            UPDATE desk.session_requests s SET status = 'expired' WHERE s.id = v_req.id;
            expired := expired + 1;
        END IF;
    END LOOP;
END
$$;

CREATE FUNCTION desk.advance_session_requests(p_now timestamptz, OUT timed_out integer, OUT second_waves integer,
                                              OUT offers integer, OUT expired integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT (desk.is_platform_admin() OR desk.is_platform_service()) THEN
        RAISE EXCEPTION 'only platform admins and the web platform run the matching sweep' USING ERRCODE = '42501';
    END IF;
    SELECT a.timed_out, a.second_waves, a.offers, a.expired INTO timed_out, second_waves, offers, expired
      FROM desk.session_requests_advance(p_now) a;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- The desk: live requests and their offers
-- ---------------------------------------------------------------------------------------------

-- Pending requests, and those decided in the last 24 hours, newest first among each. Owners: the
-- requests for or served by their workshops. The customer appears only as the FSA.
CREATE FUNCTION desk.live_requests()
RETURNS TABLE (id bigint, created_at timestamptz, age_seconds integer, session_type text, fsa text,
               routing_type text, match_method text, status text, current_wave integer, offers integer,
               open_offers integer, window_ends_at timestamptz, past_window boolean, fallback text,
               fallback_at timestamptz, accepted_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_admin boolean := desk.is_platform_admin();
    v_window interval;
BEGIN
    IF NOT v_admin AND NOT pg_catalog.pg_has_role(session_user, 'adesk_workshop_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'only platform admins and workshop owners see the live requests' USING ERRCODE = '42501';
    END IF;
    SELECT pg_catalog.make_interval(secs => mr.value) INTO v_window
      FROM desk.matching_rules mr WHERE mr.code = 'selected_window_seconds';
    RETURN QUERY
    WITH mine AS (SELECT desk.my_workshop_ids() AS w),
    req AS (
        SELECT s.* FROM desk.session_requests s
         WHERE (s.status = 'pending' OR s.created_at > pg_catalog.now() - interval '24 hours')
           AND (v_admin OR s.preferred_workshop_id IN (SELECT w FROM mine) OR s.workshop_id IN (SELECT w FROM mine))),
    o AS (
        SELECT ro.request_id, max(ro.wave)::integer AS wave, count(*)::integer AS n,
               (count(*) FILTER (WHERE ro.response IS NULL))::integer AS open_n,
               max(ro.window_ends_at) FILTER (WHERE ro.wave = 0) AS w0_end,
               min(ro.offered_at) FILTER (WHERE ro.wave = 1) AS w1_at,
               bool_or(ro.wave = 2) AS has_w2
          FROM desk.request_offers ro WHERE ro.request_id IN (SELECT req.id FROM req)
         GROUP BY ro.request_id),
    x AS (
        SELECT req.*, o.wave AS cur_wave, coalesce(o.n, 0) AS n, coalesce(o.open_n, 0) AS open_n,
               CASE WHEN o.wave = 0 THEN o.w0_end
                    WHEN o.wave = 1 AND req.routing_type = 'hybrid' THEN o.w1_at + v_window END AS w_end
          FROM req LEFT JOIN o ON o.request_id = req.id)
    SELECT x.id, x.created_at, (extract(epoch FROM pg_catalog.now() - x.created_at))::integer, x.session_type,
           desk.fsa_of(x.customer_postal_code), x.routing_type, x.match_method, x.status, x.cur_wave, x.n, x.open_n,
           x.w_end, x.status = 'pending' AND x.w_end IS NOT NULL AND x.w_end < pg_catalog.now(), x.fallback,
           x.fallback_at, x.accepted_at
      FROM x
     ORDER BY x.status <> 'pending', x.created_at DESC, x.id DESC;
END
$$;

-- The offers of one request: who was notified, why, and what they answered.
CREATE FUNCTION desk.request_offers_of(p_request_id bigint)
RETURNS TABLE (mechanic_id bigint, mechanic_name text, wave integer, notify_order integer, total_points integer,
               is_local boolean, components jsonb, reasons text[], offered_at timestamptz,
               window_ends_at timestamptz, response text, responded_at timestamptz)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM desk.session_requests s
                    WHERE s.id = p_request_id
                      AND (desk.is_platform_admin()
                           OR s.preferred_workshop_id IN (SELECT desk.my_workshop_ids())
                           OR s.workshop_id IN (SELECT desk.my_workshop_ids()))) THEN
        PERFORM desk.raise_not_found('request', p_request_id);
    END IF;
    RETURN QUERY
    SELECT o.mechanic_id, m.display_name, o.wave::integer, o.notify_order, o.total_points, o.is_local,
           o.components, o.reasons, o.offered_at, o.window_ends_at, o.response, o.responded_at
      FROM desk.request_offers o JOIN desk.mechanics m ON m.id = o.mechanic_id
     WHERE o.request_id = p_request_id
     ORDER BY o.wave, o.notify_order;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- KPIs (the plan's "Success Metrics", "Matching Quality")
-- ---------------------------------------------------------------------------------------------

-- One row per Toronto calendar month, the last p_months (1..36) up to the current one, by the
-- request's creation:
--   requests, accepted              requests created, of which accepted
--   acceptance_pct                  accepted / requests
--   top_match_pct                   accepted by the first-ranked offer (the lowest wave, then notify
--                                   order, of the request's offers) / accepted  (target 85 %+)
--   median_accept_seconds, p90_accept_seconds   creation → acceptance
--   fallback_pct                    requests with a fallback / requests        (target < 5 %)
--   local_match_pct                 accepted by a local mechanic (its offer's is_local) / accepted
--   average_match_score             average total points of the accepting offers (target 120+)
-- Percentages with one decimal; NULL when the month has nothing to divide by.
CREATE FUNCTION desk.kpi_matching(p_months integer)
RETURNS TABLE (month date, requests integer, accepted integer, acceptance_pct numeric, top_match_pct numeric,
               median_accept_seconds integer, p90_accept_seconds integer, fallback_pct numeric,
               local_match_pct numeric, average_match_score numeric)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.kpi_require_admin();
    IF p_months IS NULL OR p_months NOT BETWEEN 1 AND 36 THEN
        RAISE EXCEPTION 'a matching KPI period is 1 to 36 months' USING ERRCODE = '22023';
    END IF;
    RETURN QUERY
    WITH months AS (
        SELECT m::date AS m_start, m AT TIME ZONE 'America/Toronto' AS s_at,
               (m + interval '1 month') AT TIME ZONE 'America/Toronto' AS e_at
          FROM pg_catalog.generate_series(
                   pg_catalog.date_trunc('month', pg_catalog.now() AT TIME ZONE 'America/Toronto')
                       - pg_catalog.make_interval(months => p_months - 1),
                   pg_catalog.date_trunc('month', pg_catalog.now() AT TIME ZONE 'America/Toronto'),
                   interval '1 month') m),
    req AS (
        SELECT mo.m_start, s.id, s.status = 'accepted' AS acc, s.fallback IS NOT NULL AS fb,
               extract(epoch FROM s.accepted_at - s.created_at)::double precision AS secs,
               a.total_points, a.is_local,
               a.id = (SELECT f.id FROM desk.request_offers f WHERE f.request_id = s.id
                        ORDER BY f.wave, f.notify_order, f.id LIMIT 1) AS top
          FROM months mo
          JOIN desk.session_requests s ON s.created_at >= mo.s_at AND s.created_at < mo.e_at
          LEFT JOIN desk.request_offers a ON a.request_id = s.id AND a.response = 'accepted')
    SELECT mo.m_start, count(r.id)::integer, (count(r.id) FILTER (WHERE r.acc))::integer,
           round(100.0 * count(r.id) FILTER (WHERE r.acc) / nullif(count(r.id), 0), 1),
           round(100.0 * count(r.id) FILTER (WHERE r.acc AND r.top) / nullif(count(r.id) FILTER (WHERE r.acc), 0), 1),
           (percentile_cont(0.5) WITHIN GROUP (ORDER BY r.secs) FILTER (WHERE r.acc))::integer,
           (percentile_cont(0.9) WITHIN GROUP (ORDER BY r.secs) FILTER (WHERE r.acc))::integer,
           round(100.0 * count(r.id) FILTER (WHERE r.fb) / nullif(count(r.id), 0), 1),
           round(100.0 * count(r.id) FILTER (WHERE r.acc AND r.is_local)
                 / nullif(count(r.id) FILTER (WHERE r.acc), 0), 1),
           round(avg(r.total_points) FILTER (WHERE r.acc), 1)
      FROM months mo LEFT JOIN req r ON r.m_start = mo.m_start
     GROUP BY mo.m_start
     ORDER BY mo.m_start;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- The rules editor
-- ---------------------------------------------------------------------------------------------

-- Bounds by unit: points 0–200, km 1–2000, seconds 30–3600, count 1–100, years 0–50. Audited as
-- 'matching_rule.set' with the old and the new value. Returns the new value.
CREATE FUNCTION desk.set_matching_rule(p_code text, p_value integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v desk.matching_rules%ROWTYPE;
    v_min integer;
    v_max integer;
BEGIN
    IF NOT desk.is_platform_admin() THEN
        RAISE EXCEPTION 'only platform admins change the matching rules' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO v FROM desk.matching_rules mr WHERE mr.code = p_code FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'matching rule "%" does not exist', coalesce(p_code, '') USING ERRCODE = 'P0002';
    END IF;
    SELECT b.lo, b.hi INTO v_min, v_max
      FROM (VALUES ('points', 0, 200), ('km', 1, 2000), ('seconds', 30, 3600), ('count', 1, 100),
                   ('years', 0, 50)) b(unit, lo, hi)
     WHERE b.unit = v.unit;
    IF p_value IS NULL OR p_value < v_min OR p_value > v_max THEN
        RAISE EXCEPTION '% must be between % and % %', p_code, v_min, v_max, v.unit
            USING ERRCODE = '22023', COLUMN = 'value';
    END IF;
    UPDATE desk.matching_rules mr SET value = p_value, updated_at = pg_catalog.clock_timestamp()
     WHERE mr.code = p_code;
    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('matching_rule.set', 'matching_rules', NULL,
            pg_catalog.jsonb_build_object('code', p_code, 'old', v.value, 'new', p_value, 'unit', v.unit));
    RETURN p_value;
END
$$;

CREATE FUNCTION desk.set_matching_rule(p_request_id uuid, p_code text, p_value integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'set_matching_rule');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id, pg_catalog.to_jsonb(desk.set_matching_rule(p_code, p_value)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Privileges
-- ---------------------------------------------------------------------------------------------

REVOKE ALL ON FUNCTION desk.offer_wave(desk.session_requests, integer, timestamptz),
    desk.offer_broadcast(desk.session_requests, timestamptz), desk.require_platform_service(),
    desk.session_request_create(uuid, jsonb), desk.session_request_respond(uuid, bigint, bigint, boolean),
    desk.session_requests_advance(timestamptz),
    desk.create_session_request(uuid, jsonb), desk.respond_to_request(uuid, bigint, bigint, boolean),
    desk.advance_session_requests(timestamptz), desk.live_requests(), desk.request_offers_of(bigint),
    desk.kpi_matching(integer), desk.set_matching_rule(text, integer), desk.set_matching_rule(uuid, text, integer)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.create_session_request(uuid, jsonb),
    desk.respond_to_request(uuid, bigint, bigint, boolean) TO adesk_platform_service;
GRANT EXECUTE ON FUNCTION desk.advance_session_requests(timestamptz) TO adesk_platform_admin, adesk_platform_service;
GRANT EXECUTE ON FUNCTION desk.live_requests(), desk.request_offers_of(bigint)
    TO adesk_platform_admin, adesk_workshop_owner;
GRANT EXECUTE ON FUNCTION desk.kpi_matching(integer), desk.set_matching_rule(text, integer),
    desk.set_matching_rule(uuid, text, integer) TO adesk_platform_admin;
