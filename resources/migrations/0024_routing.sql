-- 0024_routing: smart routing as the desk sees it (issue 16, "Smart routing"; seeds
-- workshop-b2b2c-features.md "Priority 2: Smart Session Routing" and mechanic-matching-plan.md).
--
-- Public, checked wrappers of 0023's internal desk.route_candidates (which mechanics a request would
-- notify, in which order, and why), the owners' routing setting, the seeds' workshop directory and the
-- per-workshop session analytics:
--   desk.get_mechanics_for_routing(workshop, routing type (NULL: the workshop's default), session type,
--       service category, postal code, instant, brand, wants specialist, keywords, prefer local,
--       match method) → the ranked candidates with the mechanic's name, tier, workshop, rating and
--       average response time. Admins and the platform service: any workshop (or none, for a
--       broadcast); owners: one of their workshops (another workshop's id answers exactly as a missing
--       one). The preview compares smart_broadcast and broadcast: selected and priority_broadcast need
--       the customer's mechanic, which only a stored request has (desk.why_matched). The service
--       category counts as one more service keyword.
--   desk.why_matched(request id) → the same ranking for a stored desk.session_requests row, with its
--       own parameters at its created_at (opening hours then); mechanics' availability, ratings and
--       keywords are today's (the desk keeps no history of them). fallback is the one the request
--       took when it has one (selected_no_response included), else the computed one; accepted marks
--       the mechanic who accepted. Admins and the platform service any request; owners the requests
--       for or served by their workshops (as session_requests' RLS).
--   desk.set_workshop_routing(workshop, routing type) → the routing type, and its uuid-keyed overload:
--       the workshop's owners only (admins see every workshop's, in the directory, but may not change
--       it: 42501); audited 'workshop.routing_type' when it changes. organizations.version is not
--       bumped: the routing type is not part of the workshop setup form's optimistic concurrency.
--   desk.get_workshop_directory(limit, offset) → workshops with city, province, routing type,
--       mechanics (eligible employees: compliance neither rejected nor expired), available mechanics,
--       average rating, completed sessions and average response time. Public directory data only (no
--       earnings, no personal data). The seed's offset is kept: the list is the platform's workshops
--       (hundreds at most, limit 1..500), ordered by name and id.
--   desk.workshop_session_analytics(workshop, months) → per month of the workshop's zone, the last
--       p_months (1..36, the current one included): requests for the workshop (preferred_workshop_id),
--       accepted by its own mechanics (served by it: workshop_id), served elsewhere (accepted, served
--       by another workshop or an independent: hybrid's fallback), sessions it completed
--       (desk.sessions), median seconds to accept. A checked function rather than a view: a view with
--       RLS would show an owner only the requests RLS lets them read and could not answer another
--       workshop's id exactly as a missing one; months are the workshop's, and zero months are rows.
--       Admins any workshop, owners their own.
--
-- SQLSTATEs: P0002 unknown (or not the caller's) workshop or request; 42501 not allowed; 22023 bad
-- argument (postal code, routing type, match method, session type, keywords, months, limit).

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Internal checks (no grant)
-- ---------------------------------------------------------------------------------------------

-- The workshop p_workshop_id if the caller may see its routing: admins and the platform service any
-- workshop, owners their own; anything else answers as a missing workshop.
CREATE FUNCTION desk.routing_workshop(p_workshop_id bigint) RETURNS desk.organizations
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    o desk.organizations%ROWTYPE;
BEGIN
    IF p_workshop_id IS NULL THEN
        RAISE EXCEPTION 'choose one of your workshops' USING ERRCODE = '22023', COLUMN = 'workshop_id';
    END IF;
    IF NOT (desk.is_platform_admin() OR desk.is_platform_service()
            OR p_workshop_id IN (SELECT desk.my_workshop_ids())) THEN
        PERFORM desk.raise_not_found('workshop', p_workshop_id);
    END IF;
    SELECT * INTO o FROM desk.organizations w WHERE w.id = p_workshop_id;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('workshop', p_workshop_id);
    END IF;
    RETURN o;
END
$$;

-- A postal code as "A1A 1A1" (upper case, the space added), NULL for NULL or blank; 22023 otherwise.
CREATE FUNCTION desk.routing_postal(p_postal text) RETURNS text
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v text := upper(regexp_replace(coalesce(p_postal, ''), '\s', '', 'g'));
BEGIN
    IF v = '' THEN
        RETURN NULL;
    END IF;
    v := left(v, 3) || ' ' || substr(v, 4);
    IF NOT desk.is_valid_postal_code(v) THEN
        RAISE EXCEPTION 'invalid postal code "%": a Canadian postal code looks like A1A 1A1', p_postal
            USING ERRCODE = '22023', COLUMN = 'postal_code';
    END IF;
    RETURN v;
END
$$;

CREATE FUNCTION desk.routing_check_type(p_routing_type text) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF p_routing_type IS NULL OR p_routing_type NOT IN ('workshop_only', 'hybrid', 'broadcast') THEN
        RAISE EXCEPTION 'unknown routing type "%": workshop_only, hybrid or broadcast', coalesce(p_routing_type, '')
            USING ERRCODE = '22023', COLUMN = 'routing_type';
    END IF;
END
$$;

-- The rows both the preview and why_matched return.
CREATE TYPE desk.routing_candidate AS (
    mechanic_id bigint, notify_order integer, wave integer, notified boolean, in_workshop boolean,
    total_points integer, fsa_points integer, distance_km integer, is_local boolean, available_points integer,
    brand_points integer, keyword_points integer, rating_points integer, experience_points integer,
    favourite_points integer, reasons text[], fallback text, display_name text, service_tier text,
    workshop_id bigint, workshop_name text, rating_bp integer, average_response_seconds integer,
    routing_type text, match_method text, accepted boolean);
REVOKE ALL ON TYPE desk.routing_candidate FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------
-- The routing preview
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.get_mechanics_for_routing(p_workshop_id bigint, p_routing_type text, p_session_type text,
                                               p_service_category text, p_postal text, p_at timestamptz,
                                               p_brand text, p_wants_specialist boolean, p_keywords text[],
                                               p_prefer_local boolean, p_match_method text)
RETURNS SETOF desk.routing_candidate
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    o desk.organizations%ROWTYPE;
    v_type text := p_routing_type;
    v_method text := coalesce(p_match_method, 'smart_broadcast');
    v_postal text;
    v_keywords text[];
BEGIN
    IF NOT (desk.is_platform_admin() OR desk.is_platform_service()) THEN
        -- Owners name one of their workshops; anything else answers as a missing workshop.
        o := desk.routing_workshop(p_workshop_id);
    ELSIF p_workshop_id IS NOT NULL THEN
        o := desk.routing_workshop(p_workshop_id);
    END IF;
    IF v_type IS NULL THEN
        v_type := coalesce(o.default_routing_type, 'broadcast');
    END IF;
    PERFORM desk.routing_check_type(v_type);
    IF v_type <> 'broadcast' AND p_workshop_id IS NULL THEN
        RAISE EXCEPTION 'routing type "%" needs a workshop', v_type USING ERRCODE = '22023', COLUMN = 'routing_type';
    END IF;
    IF v_method NOT IN ('smart_broadcast', 'broadcast') THEN
        RAISE EXCEPTION 'the preview shows smart_broadcast or broadcast, not "%": selected and priority_broadcast need a stored request', v_method
            USING ERRCODE = '22023', COLUMN = 'match_method';
    END IF;
    IF coalesce(p_session_type, '') NOT IN ('chat', 'video', 'workshop_visit') THEN
        RAISE EXCEPTION 'unknown session type "%": chat, video or workshop_visit', coalesce(p_session_type, '')
            USING ERRCODE = '22023', COLUMN = 'session_type';
    END IF;
    v_postal := desk.routing_postal(p_postal);
    v_keywords := coalesce(p_keywords, '{}');
    IF nullif(btrim(p_service_category), '') IS NOT NULL THEN
        v_keywords := v_keywords || btrim(p_service_category);
    END IF;
    IF cardinality(v_keywords) > 20 OR EXISTS (SELECT 1 FROM unnest(v_keywords) k WHERE length(k) > 64)
       OR length(p_brand) > 64 THEN
        RAISE EXCEPTION 'at most 20 service keywords and a make of at most 64 characters'
            USING ERRCODE = '22023', COLUMN = 'keywords';
    END IF;
    RETURN QUERY
        SELECT c.mechanic_id, c.notify_order, c.wave, c.notified, c.in_workshop, c.total_points, c.fsa_points,
               c.distance_km, c.is_local, c.available_points, c.brand_points, c.keyword_points, c.rating_points,
               c.experience_points, c.favourite_points, c.reasons, c.fallback, m.display_name, m.service_tier,
               m.workshop_id, w.name, m.rating_bp, m.average_response_seconds, v_type, v_method, false
          FROM desk.route_candidates(p_workshop_id, v_type, v_method, p_session_type, v_postal,
                                     nullif(btrim(p_brand), ''), coalesce(p_wants_specialist, false), v_keywords,
                                     NULL, NULL, NULL, coalesce(p_prefer_local, true),
                                     coalesce(p_at, pg_catalog.now())) c
          JOIN desk.mechanics m ON m.id = c.mechanic_id
          LEFT JOIN desk.organizations w ON w.id = m.workshop_id
         ORDER BY c.notify_order;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Why matched: a stored request's ranking
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.why_matched(p_request_id bigint) RETURNS SETOF desk.routing_candidate
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r desk.session_requests%ROWTYPE;
BEGIN
    SELECT * INTO r FROM desk.session_requests s WHERE s.id = p_request_id;
    IF NOT FOUND OR NOT (desk.is_platform_admin() OR desk.is_platform_service()
                         OR coalesce(r.preferred_workshop_id IN (SELECT desk.my_workshop_ids()), false)
                         OR coalesce(r.workshop_id IN (SELECT desk.my_workshop_ids()), false)) THEN
        PERFORM desk.raise_not_found('session request', p_request_id);
    END IF;
    RETURN QUERY
        SELECT c.mechanic_id, c.notify_order, c.wave, c.notified, c.in_workshop, c.total_points, c.fsa_points,
               c.distance_km, c.is_local, c.available_points, c.brand_points, c.keyword_points, c.rating_points,
               c.experience_points, c.favourite_points, c.reasons, coalesce(r.fallback, c.fallback),
               m.display_name, m.service_tier, m.workshop_id, w.name, m.rating_bp, m.average_response_seconds,
               r.routing_type, r.match_method, c.mechanic_id IS NOT DISTINCT FROM r.accepted_mechanic_id
          FROM desk.route_candidates(r.preferred_workshop_id, r.routing_type, r.match_method, r.session_type,
                                     r.customer_postal_code, r.vehicle_make, r.wants_brand_specialist,
                                     r.keywords || CASE WHEN r.service_category IS NULL THEN '{}'::text[]
                                                        ELSE ARRAY[r.service_category] END,
                                     r.customer_profile_id, r.selected_mechanic_id, r.favourite_mechanic_id,
                                     r.prefer_local, r.created_at) c
          JOIN desk.mechanics m ON m.id = c.mechanic_id
          LEFT JOIN desk.organizations w ON w.id = m.workshop_id
         ORDER BY c.notify_order;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- The owners' routing setting
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.set_workshop_routing(p_workshop_id bigint, p_routing_type text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_old text;
BEGIN
    IF NOT pg_catalog.pg_has_role(session_user, 'adesk_workshop_owner', 'MEMBER')
       OR desk.is_platform_admin() OR desk.is_platform_service() THEN
        RAISE EXCEPTION 'only the workshop''s owners set its routing type' USING ERRCODE = '42501';
    END IF;
    IF p_workshop_id IS NULL OR p_workshop_id NOT IN (SELECT desk.my_workshop_ids()) THEN
        PERFORM desk.raise_not_found('workshop', p_workshop_id);
    END IF;
    SELECT o.default_routing_type INTO v_old FROM desk.organizations o WHERE o.id = p_workshop_id FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('workshop', p_workshop_id);
    END IF;
    PERFORM desk.routing_check_type(p_routing_type);
    IF v_old <> p_routing_type THEN
        UPDATE desk.organizations o SET default_routing_type = p_routing_type WHERE o.id = p_workshop_id;
        INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
        VALUES ('workshop.routing_type', 'organizations', p_workshop_id, p_workshop_id,
                pg_catalog.jsonb_build_object('from', v_old, 'to', p_routing_type));
    END IF;
    RETURN p_routing_type;
END
$$;

CREATE FUNCTION desk.set_workshop_routing(p_request_id uuid, p_workshop_id bigint, p_routing_type text)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'set_workshop_routing');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 pg_catalog.to_jsonb(desk.set_workshop_routing(p_workshop_id, p_routing_type)));
    END IF;
    RETURN r #>> '{}';
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Directory and analytics
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.get_workshop_directory(p_limit integer, p_offset integer)
RETURNS TABLE (workshop_id bigint, name text, city text, province text, routing_type text,
               mechanics integer, available_mechanics integer, average_rating_bp integer,
               sessions_completed bigint, average_response_seconds integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
#variable_conflict use_column
BEGIN
    IF NOT (desk.is_platform_admin() OR desk.is_platform_service()
            OR pg_catalog.pg_has_role(session_user, 'adesk_workshop_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'only admins, workshop owners and the platform read the workshop directory'
            USING ERRCODE = '42501';
    END IF;
    IF coalesce(p_limit, 0) NOT BETWEEN 1 AND 500 OR coalesce(p_offset, 0) < 0 THEN
        RAISE EXCEPTION 'the directory is read 1 to 500 workshops at a time' USING ERRCODE = '22023';
    END IF;
    RETURN QUERY
        SELECT o.id, o.name, o.city, o.province::text, o.default_routing_type,
               coalesce(m.n, 0)::int, coalesce(m.available, 0)::int, m.rating::int,
               coalesce((SELECT count(*) FROM desk.sessions s
                          WHERE s.workshop_id = o.id AND s.status = 'completed'), 0),
               m.response::int
          FROM desk.organizations o
          LEFT JOIN LATERAL (
              SELECT count(*) AS n, count(*) FILTER (WHERE x.is_available) AS available,
                     round(avg(x.rating_bp)) AS rating, round(avg(x.average_response_seconds)) AS response
                FROM desk.mechanics x
               WHERE x.workshop_id = o.id AND x.compliance_status NOT IN ('rejected', 'expired')) m ON true
         WHERE o.organization_type = 'workshop'
         ORDER BY o.name, o.id
         LIMIT p_limit OFFSET coalesce(p_offset, 0);
END
$$;

CREATE FUNCTION desk.workshop_session_analytics(p_workshop_id bigint, p_months integer)
RETURNS TABLE (month date, requests integer, accepted_by_workshop integer, served_elsewhere integer,
               sessions_completed integer, median_accept_seconds integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
#variable_conflict use_column
DECLARE
    o desk.organizations%ROWTYPE;
    v_first date;
BEGIN
    IF NOT desk.is_platform_admin() AND (p_workshop_id IS NULL
                                         OR p_workshop_id NOT IN (SELECT desk.my_workshop_ids())) THEN
        PERFORM desk.raise_not_found('workshop', p_workshop_id);
    END IF;
    SELECT * INTO o FROM desk.organizations w WHERE w.id = p_workshop_id;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('workshop', p_workshop_id);
    END IF;
    IF coalesce(p_months, 0) NOT BETWEEN 1 AND 36 THEN
        RAISE EXCEPTION 'analytics cover 1 to 36 months' USING ERRCODE = '22023';
    END IF;
    v_first := (date_trunc('month', pg_catalog.now() AT TIME ZONE o.time_zone)
                - make_interval(months => p_months - 1))::date;
    RETURN QUERY
        WITH months AS (
            SELECT g::date AS m FROM generate_series(v_first::timestamp,
                                                     date_trunc('month', pg_catalog.now() AT TIME ZONE o.time_zone),
                                                     interval '1 month') g),
        req AS (
            SELECT date_trunc('month', s.created_at AT TIME ZONE o.time_zone)::date AS m, s.status, s.workshop_id,
                   extract(epoch FROM s.accepted_at - s.created_at) AS secs
              FROM desk.session_requests s
             WHERE s.preferred_workshop_id = p_workshop_id
               AND s.created_at >= v_first::timestamp AT TIME ZONE o.time_zone),
        ses AS (
            SELECT date_trunc('month', s.completed_at AT TIME ZONE o.time_zone)::date AS m, count(*) AS n
              FROM desk.sessions s
             WHERE s.workshop_id = p_workshop_id AND s.status = 'completed'
               AND s.completed_at >= v_first::timestamp AT TIME ZONE o.time_zone
             GROUP BY 1)
        SELECT mo.m,
               (SELECT count(*) FROM req WHERE req.m = mo.m)::int,
               (SELECT count(*) FROM req WHERE req.m = mo.m AND req.status = 'accepted'
                                          AND req.workshop_id IS NOT DISTINCT FROM p_workshop_id)::int,
               (SELECT count(*) FROM req WHERE req.m = mo.m AND req.status = 'accepted'
                                          AND req.workshop_id IS DISTINCT FROM p_workshop_id)::int,
               coalesce((SELECT ses.n FROM ses WHERE ses.m = mo.m), 0)::int,
               (SELECT round(percentile_cont(0.5) WITHIN GROUP (ORDER BY req.secs))::int
                  FROM req WHERE req.m = mo.m AND req.status = 'accepted')
          FROM months mo
         ORDER BY mo.m;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Privileges
-- ---------------------------------------------------------------------------------------------

REVOKE ALL ON FUNCTION desk.routing_workshop(bigint), desk.routing_postal(text), desk.routing_check_type(text),
    desk.get_mechanics_for_routing(bigint, text, text, text, text, timestamptz, text, boolean, text[], boolean, text),
    desk.why_matched(bigint), desk.set_workshop_routing(bigint, text), desk.set_workshop_routing(uuid, bigint, text),
    desk.get_workshop_directory(integer, integer), desk.workshop_session_analytics(bigint, integer)
    FROM PUBLIC;
GRANT USAGE ON TYPE desk.routing_candidate TO adesk_platform_admin, adesk_workshop_owner, adesk_platform_service;
GRANT EXECUTE ON FUNCTION
    desk.get_mechanics_for_routing(bigint, text, text, text, text, timestamptz, text, boolean, text[], boolean, text),
    desk.why_matched(bigint), desk.get_workshop_directory(integer, integer)
    TO adesk_platform_admin, adesk_workshop_owner, adesk_platform_service;
GRANT EXECUTE ON FUNCTION desk.set_workshop_routing(bigint, text), desk.set_workshop_routing(uuid, bigint, text)
    TO adesk_workshop_owner;
GRANT EXECUTE ON FUNCTION desk.workshop_session_analytics(bigint, integer)
    TO adesk_platform_admin, adesk_workshop_owner;
