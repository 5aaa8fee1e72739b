-- 0008_tenancy_and_rules: tenancy first in every SECURITY DEFINER function an owner can reach, the
-- owner's business rules on bookings, hours, bays and programs, and a cap on an admin's live claims
-- (issue 9, "Cross-tenant reads through definer functions and error messages" and the owner and admin
-- items of "Consent and business rules a hostile client can break").
--
-- 1. One rule for ids. A definer function first checks that the caller may see every id it is given
--    (the same rows the table's SELECT policies show that login), and answers an id it may not see
--    exactly like an id that does not exist: same SQLSTATE, same message, no detail. Boolean
--    questions (mechanic_may_work_at, has_active_partnership) answer false; functions that act on a
--    row raise P0002 "<kind> <id> does not exist". Before, another tenant's id got 42501 (or a full
--    answer) while a missing id got P0002, so ids could be probed and partners, bookings and
--    eligibility read across workshops. Owner-executable definer functions, from pg_proc (prosecdef)
--    over 0001-0006, and what this migration does with each:
--      no id argument (nothing to check): caller_profile_id, is_platform_admin, is_finance,
--        my_workshop_ids, whoami, my_applicant_mechanic_ids, verification_search
--      replaced (same signature, visibility checked first): mechanic_may_work_at,
--        mechanic_may_work_at_0003, has_active_partnership, mechanic_ineligibility
--      wrapped (same signature): the 0003/0004 function is renamed <name>_unchecked (no app role may
--        call it) and <name> checks every id, then calls it: create_booking, move_booking,
--        set_booking_status, save_program, set_program_status, decide_application,
--        attach_agreement_document, record_agreement_acceptance, update_partnership,
--        set_partnership_status, replace_partnership_parts, replace_partnership_labour_rates.
--        Wrapping also keeps another tenant's rows unlocked: the 0003/0004 bodies lock the row
--        (FOR UPDATE) before their access check, a side channel on another workshop's writes.
--      trigger functions reachable through an owner's direct DML (GRANTs of 0003 on bays,
--        workshop_hours, bay_closures): bay_closures_check checks the closure's workshop before it
--        reads a booking (a closure laid on another workshop's bookings used to name them, their
--        bay, times and mechanic, before row-level security refused the insert), and so do the new
--        bays_check and workshop_hours_check; a row aimed at another workshop gets row-level
--        security's own error, as one aimed at a workshop that does not exist. describe_booking
--        describes only bookings the caller may see; bay_bookings_caller_check stops a booking write
--        on another workshop's bay before 0003's bay_bookings_check reads anything.
--    Admin- and finance-only definer functions take ids of rows those roles see in full (admins:
--    verifications, bays, bookings; finance: payouts, profiles, slips): unchanged.
--
-- 2. Owner rules, enforced here whatever the client sends:
--      * a booking is never created, nor moved, into the past (create_booking, move_booking; a
--        started booking may keep its start and change its end or bay);
--      * a booking is not checked in, completed or marked no-show before its start
--        (set_booking_status);
--      * opening hours are not cut under live bookings (requested, confirmed, checked in, not yet
--        ended) and a bay with live bookings ahead is not taken out of service: the direct UPDATE /
--        DELETE is refused (23514) naming the bookings (message) with all their ids (DETAIL
--        "bookings=1,2,3"). desk.set_workshop_hours / desk.set_bay_in_service do the change when
--        the caller confirms the listed bookings (p_cancel_booking_ids must contain every affected
--        booking, p_reason says why): those bookings are cancelled with the reason, in the same
--        transaction. Both take the bay locks the booking functions take, so a booking created
--        meanwhile is seen and refused, never silently left outside the hours.
--      * a program's max_partners is never set below its current partners (pending, active or
--        suspended, as decide_application counts them) (trigger on partnership_programs).
--
-- 3. Claims: an admin holds at most desk.desk_settings 'max_live_claims_per_admin' live claims (5):
--    claim_verification / claim_next_verification refuse a new claim beyond it (23514,
--    claims_per_admin); renewing a claim one holds is not a new claim, lapsed leases do not count.
--    One admin's claims are serialised on their staff_logins row (a row lock no app role can take).
--    The lease itself stays bounded to 10 s .. 2 h by both functions (0002).
--
-- Every function written here: SET search_path = pg_catalog, desk, pg_temp (built-in functions and
-- operators resolve in pg_catalog first), desk objects schema-qualified, no temporary objects, no
-- dynamic SQL. The renamed 0003/0004 bodies get the same search_path.
--
-- SQLSTATEs added: 23514 bay_bookings_not_in_past, bay_bookings_not_started,
-- workshop_hours_over_bookings, bays_out_of_service_over_bookings, programs_max_partners_below_current,
-- claims_per_admin, bookings_partnership_mismatch; P0002 for every id the caller may not see.

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = desk, public;

-- ---------------------------------------------------------------------------------------------
-- Settings (data, owner-only writes)
-- ---------------------------------------------------------------------------------------------

CREATE TABLE desk.desk_settings (
    name        text PRIMARY KEY CHECK (name ~ '^[a-z_]+$'),
    int_value   integer NOT NULL,
    description text NOT NULL
);
INSERT INTO desk.desk_settings (name, int_value, description) VALUES
    ('max_live_claims_per_admin', 5,
     'Live claims (unexpired leases on pending verifications) one platform admin may hold at once');
ALTER TABLE desk.desk_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.desk_settings FORCE ROW LEVEL SECURITY;
CREATE POLICY desk_settings_read ON desk.desk_settings FOR SELECT USING (true);
GRANT SELECT ON desk.desk_settings TO adesk_platform_admin, adesk_finance, adesk_workshop_owner;

-- ---------------------------------------------------------------------------------------------
-- Who may see what (mirrors the SELECT policies; called from definer functions, where row-level
-- security does not apply). Not granted to app roles.
-- ---------------------------------------------------------------------------------------------

-- The deploying role and the superuser (migrations, seed-demo, maintenance) see everything. No app
-- login is a member of adesk_owner (tst_security asserts it).
CREATE FUNCTION desk.caller_is_trusted() RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT pg_catalog.pg_has_role(session_user, 'adesk_owner', 'MEMBER')
$$;

-- PL/pgSQL (cached plans) and ordered so that the common cases, the deploying role (seed-demo: every
-- mechanic against every workshop) and an owner's own workshop, are one catalog or indexed lookup: these run inside every booking write, several times (desk.my_workshop_ids(), a SQL
-- function, is planned at every call: 7 calls made a contended booking 5x slower).
--
-- Is p_workshop_id one of the caller's workshops? desk.my_workshop_ids()'s rule (0001), for one id.
CREATE FUNCTION desk.caller_owns_workshop(p_workshop_id bigint) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM desk.workshop_staff ws JOIN desk.staff_logins sl USING (login_role)
                    WHERE ws.login_role = session_user AND ws.workshop_id = p_workshop_id
                      AND sl.desk_role = 'workshop_owner')
       AND pg_catalog.pg_has_role(session_user, 'adesk_workshop_owner', 'MEMBER');
END
$$;

--
-- A workshop and its tenant rows (programs, applications, agreements, partnerships): admins and
-- finance read across workshops, an owner their own.
CREATE FUNCTION desk.caller_sees_workshop(p_workshop_id bigint) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF p_workshop_id IS NULL THEN
        RETURN false;
    END IF;
    RETURN desk.caller_is_trusted() OR desk.caller_owns_workshop(p_workshop_id)
        OR desk.is_platform_admin() OR desk.is_finance();
END
$$;

-- Bays, hours, closures and bookings are managed by admins and the workshop's owners (no finance).
CREATE FUNCTION desk.caller_manages_workshop(p_workshop_id bigint) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF p_workshop_id IS NULL THEN
        RETURN false;
    END IF;
    RETURN desk.caller_is_trusted() OR desk.caller_owns_workshop(p_workshop_id) OR desk.is_platform_admin();
END
$$;

-- A mechanic: admins and finance see all; an owner their workshop's mechanics and those who applied
-- to their programs (policies mechanics_staff, mechanics_owner, mechanics_applicant).
CREATE FUNCTION desk.caller_sees_mechanic(p_mechanic_id bigint) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_workshop bigint;
BEGIN
    SELECT m.workshop_id INTO v_workshop FROM desk.mechanics m WHERE m.id = p_mechanic_id;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    RETURN desk.caller_is_trusted() OR (v_workshop IS NOT NULL AND desk.caller_owns_workshop(v_workshop))
        OR desk.is_platform_admin() OR desk.is_finance()
        OR p_mechanic_id IN (SELECT desk.my_applicant_mechanic_ids());
END
$$;

-- The error an id the caller may not see gets: the same as for an id that does not exist.
CREATE FUNCTION desk.raise_not_found(p_kind text, p_id bigint) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '% % does not exist', p_kind, p_id USING ERRCODE = 'P0002';
END
$$;

-- The error PostgreSQL gives when a new row fails a WITH CHECK policy; raised by the triggers below
-- before they read anything, so that a row aimed at another workshop learns nothing more.
CREATE FUNCTION desk.raise_row_security(p_table text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'new row violates row-level security policy for table "%"', p_table
        USING ERRCODE = '42501';
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Eligibility questions (0003, 0004): false for ids the caller may not see, as for missing ones.
-- ---------------------------------------------------------------------------------------------

-- The rules themselves (0003: verified and affiliated; 0004: an active partner) after one visibility
-- check. PL/pgSQL (plans cached per session): 0003's trigger asks for every booking written, and
-- seed-demo for every mechanic against every workshop.
CREATE OR REPLACE FUNCTION desk.mechanic_may_work_at_0003(p_mechanic_id bigint, p_workshop_id bigint)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT (desk.caller_sees_mechanic(p_mechanic_id) AND desk.caller_sees_workshop(p_workshop_id)) THEN
        RETURN false;
    END IF;
    RETURN EXISTS (
        SELECT 1 FROM desk.mechanics m JOIN desk.organizations o ON o.id = p_workshop_id
         WHERE m.id = p_mechanic_id
           AND m.can_perform_physical_work
           AND m.compliance_status <> 'expired'
           AND o.allows_physical_repairs
           AND m.workshop_id = p_workshop_id);
END
$$;

CREATE OR REPLACE FUNCTION desk.has_active_partnership(p_mechanic_id bigint, p_workshop_id bigint)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT (desk.caller_sees_mechanic(p_mechanic_id) AND desk.caller_sees_workshop(p_workshop_id)) THEN
        RETURN false;
    END IF;
    RETURN EXISTS (SELECT 1 FROM desk.partnerships x
                     JOIN desk.mechanics m ON m.id = x.mechanic_id
                     JOIN desk.organizations o ON o.id = x.workshop_id
                    WHERE x.mechanic_id = p_mechanic_id AND x.workshop_id = p_workshop_id AND x.status = 'active'
                      AND x.contract_start_date <= current_date
                      AND (x.contract_end_date IS NULL OR x.contract_end_date >= current_date)
                      AND m.compliance_status = 'approved' AND o.allows_physical_repairs);
END
$$;

-- The function every caller uses (0003's trigger among them): 0003's rule or an active partnership.
CREATE OR REPLACE FUNCTION desk.mechanic_may_work_at(p_mechanic_id bigint, p_workshop_id bigint)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT (desk.caller_sees_mechanic(p_mechanic_id) AND desk.caller_sees_workshop(p_workshop_id)) THEN
        RETURN false;
    END IF;
    RETURN EXISTS (
        SELECT 1 FROM desk.mechanics m JOIN desk.organizations o ON o.id = p_workshop_id
         WHERE m.id = p_mechanic_id
           AND m.can_perform_physical_work
           AND m.compliance_status <> 'expired'
           AND o.allows_physical_repairs
           AND m.workshop_id = p_workshop_id)
        OR EXISTS (SELECT 1 FROM desk.partnerships x
                     JOIN desk.mechanics m ON m.id = x.mechanic_id
                     JOIN desk.organizations o ON o.id = x.workshop_id
                    WHERE x.mechanic_id = p_mechanic_id AND x.workshop_id = p_workshop_id AND x.status = 'active'
                      AND x.contract_start_date <= current_date
                      AND (x.contract_end_date IS NULL OR x.contract_end_date >= current_date)
                      AND m.compliance_status = 'approved' AND o.allows_physical_repairs);
END
$$;

CREATE OR REPLACE FUNCTION desk.mechanic_ineligibility(p_mechanic_id bigint, p_program_version_id bigint)
RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    m desk.mechanics%ROWTYPE;
    v desk.partnership_program_versions%ROWTYPE;
    v_out text[] := '{}';
    v_cert text;
    v_vtype text;
BEGIN
    -- Both ids first: one answer for a missing row and for one of another workshop.
    IF NOT desk.caller_sees_mechanic(p_mechanic_id)
       OR NOT EXISTS (SELECT 1 FROM desk.partnership_program_versions x
                       WHERE x.id = p_program_version_id AND desk.caller_sees_workshop(x.workshop_id)) THEN
        RAISE EXCEPTION 'no such mechanic or program version' USING ERRCODE = 'P0002';
    END IF;
    SELECT * INTO m FROM desk.mechanics WHERE id = p_mechanic_id;
    SELECT * INTO v FROM desk.partnership_program_versions WHERE id = p_program_version_id;
    IF m.compliance_status <> 'approved' THEN
        v_out := v_out || 'compliance'::text;
    END IF;
    IF v.min_rating_bp IS NOT NULL AND coalesce(m.rating_bp, -1) < v.min_rating_bp THEN
        v_out := v_out || 'rating'::text;
    END IF;
    IF m.years_experience < v.min_years_experience THEN
        v_out := v_out || 'experience'::text;
    END IF;
    IF pg_catalog.cardinality(v.eligible_service_tiers) > 0 AND NOT m.service_tier = ANY (v.eligible_service_tiers) THEN
        v_out := v_out || 'tier'::text;
    END IF;
    FOREACH v_cert IN ARRAY v.required_certifications LOOP
        IF v_cert = 'red_seal' THEN
            IF NOT m.red_seal_certified THEN
                v_out := v_out || ('cert:' || v_cert);
            END IF;
        ELSE
            v_vtype := CASE v_cert WHEN 'provincial_certificate' THEN 'certification' ELSE v_cert END;
            IF NOT EXISTS (SELECT 1 FROM desk.compliance_verifications c
                            WHERE c.entity_type = 'mechanic' AND c.entity_id = p_mechanic_id
                              AND c.verification_type = v_vtype AND c.status = 'approved'
                              AND (c.expiry_date IS NULL OR c.expiry_date >= current_date)) THEN
                v_out := v_out || ('cert:' || v_cert);
            END IF;
        END IF;
    END LOOP;
    RETURN v_out;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Bookings: descriptions name only visible bookings; closures check their workshop first.
-- ---------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION desk.describe_booking(p_id bigint) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT pg_catalog.format('booking %s on %s, %s–%s %s (%s, %s)', b.id, bay.name,
                  pg_catalog.to_char(lower(b.span) AT TIME ZONE o.time_zone, 'Dy DD Mon YYYY HH24:MI'),
                  pg_catalog.to_char(upper(b.span) AT TIME ZONE o.time_zone, 'HH24:MI'),
                  o.time_zone, b.mechanic_name, b.status)
           || CASE WHEN b.buffer_minutes > 0 THEN pg_catalog.format(' + %s min buffer', b.buffer_minutes) ELSE '' END
      FROM desk.bay_bookings b JOIN desk.bays bay ON bay.id = b.bay_id
      JOIN desk.organizations o ON o.id = b.workshop_id
     WHERE b.id = p_id AND desk.caller_manages_workshop(b.workshop_id)
$$;

-- "booking 1 …; booking 2 …; and 30 more" for the first p_limit of p_ids (in their order).
CREATE FUNCTION desk.describe_bookings(p_ids bigint[], p_limit integer) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT pg_catalog.string_agg(coalesce(desk.describe_booking(x.id), 'booking ' || x.id), '; ' ORDER BY x.n)
           || CASE WHEN pg_catalog.cardinality(p_ids) > p_limit
                   THEN pg_catalog.format('; and %s more', pg_catalog.cardinality(p_ids) - p_limit) ELSE '' END
      FROM unnest(p_ids) WITH ORDINALITY AS x(id, n)
     WHERE x.n <= p_limit
$$;

-- 0003's booking trigger reads the bay's closures, hours and bookings and names clashes; it fires
-- after this one (triggers fire in name order), which stops a write on a bay the caller does not
-- manage first, with the answer for a bay that does not exist. (App roles write bookings only through
-- the functions, which check first too; this holds for any function added later.)
CREATE FUNCTION desk.bay_bookings_caller_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_workshop bigint;
BEGIN
    SELECT b.workshop_id INTO v_workshop FROM desk.bays b WHERE b.id = NEW.bay_id;
    IF NOT FOUND OR NOT desk.caller_manages_workshop(v_workshop)
       OR (TG_OP = 'UPDATE' AND NOT desk.caller_manages_workshop(OLD.workshop_id)) THEN
        PERFORM desk.raise_not_found('bay', NEW.bay_id);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER bay_bookings_caller_check BEFORE INSERT OR UPDATE ON desk.bay_bookings
    FOR EACH ROW EXECUTE FUNCTION desk.bay_bookings_caller_check();

-- A closure may not be laid over live bookings (0003), and a closure of another workshop is refused
-- before any of that workshop's bookings is read.
CREATE OR REPLACE FUNCTION desk.bay_closures_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_id bigint;
    v_count bigint;
BEGIN
    IF NOT desk.caller_manages_workshop(NEW.workshop_id) THEN
        PERFORM desk.raise_row_security('bay_closures');
    END IF;
    SELECT min(b.id), count(*) INTO v_id, v_count FROM desk.bay_bookings b
     WHERE b.workshop_id = NEW.workshop_id AND (NEW.bay_id IS NULL OR b.bay_id = NEW.bay_id)
       AND desk.booking_is_live(b.status) AND b.status <> 'completed' AND b.span && NEW.span;
    IF v_count > 0 THEN
        RAISE EXCEPTION 'the closure covers % live booking(s), first %: move or cancel them first',
            v_count, desk.describe_booking(v_id)
            USING ERRCODE = '23P01', CONSTRAINT = 'bay_closures_over_bookings';
    END IF;
    RETURN NEW;
END
$$;

-- Live bookings that have not ended yet: what a change of hours or service must not strand.
CREATE FUNCTION desk.booking_is_ahead(p_status text, p_span tstzrange) RETURNS boolean
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT p_status IN ('requested', 'confirmed', 'checked_in') AND upper(p_span) > now()
$$;

-- Bookings ahead on a workshop's local weekday p_weekday that would lie outside [p_opens, p_closes]
-- (NULL: the day closes, all of them), in start order.
CREATE FUNCTION desk.bookings_outside_hours(p_workshop_id bigint, p_weekday integer, p_opens time,
                                            p_closes time) RETURNS bigint[]
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT coalesce(pg_catalog.array_agg(b.id ORDER BY lower(b.span), b.id), '{}')
      FROM desk.bay_bookings b JOIN desk.organizations o ON o.id = b.workshop_id
     WHERE b.workshop_id = p_workshop_id AND b.span && tstzrange(now(), NULL)
       AND desk.booking_is_ahead(b.status, b.span)
       AND extract(isodow FROM lower(b.span) AT TIME ZONE o.time_zone) = p_weekday
       AND (p_opens IS NULL OR p_closes IS NULL
            OR (lower(b.span) AT TIME ZONE o.time_zone)::time < p_opens
            OR upper(b.span) AT TIME ZONE o.time_zone > (lower(b.span) AT TIME ZONE o.time_zone)::date + p_closes)
$$;

CREATE FUNCTION desk.bay_bookings_ahead(p_bay_id bigint) RETURNS bigint[]
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT coalesce(pg_catalog.array_agg(b.id ORDER BY lower(b.span), b.id), '{}')
      FROM desk.bay_bookings b
     WHERE b.bay_id = p_bay_id AND b.span && tstzrange(now(), NULL) AND desk.booking_is_ahead(b.status, b.span)
$$;

CREATE FUNCTION desk.raise_bookings_in_the_way(p_change text, p_ids bigint[], p_constraint text, p_hint text)
RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    RAISE EXCEPTION '% would leave % live booking(s) stranded: %', p_change, pg_catalog.cardinality(p_ids),
        desk.describe_bookings(p_ids, 5)
        USING ERRCODE = '23514', CONSTRAINT = p_constraint,
              DETAIL = 'bookings=' || pg_catalog.array_to_string(p_ids, ','), HINT = p_hint;
END
$$;

-- Cancels p_affected when the caller confirmed every one of them (p_confirmed) with a reason;
-- otherwise refuses, listing them. Returns the cancelled ids.
CREATE FUNCTION desk.cancel_confirmed_bookings(p_affected bigint[], p_confirmed bigint[], p_reason text,
                                               p_change text, p_constraint text, p_action text)
RETURNS bigint[]
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    b record;
BEGIN
    IF pg_catalog.cardinality(p_affected) = 0 THEN
        RETURN '{}';
    END IF;
    IF p_confirmed IS NULL OR NOT (p_affected <@ p_confirmed) THEN
        PERFORM desk.raise_bookings_in_the_way(p_change, p_affected, p_constraint,
            'move or cancel them, or confirm their cancellation (all the booking ids and a reason)');
    END IF;
    IF nullif(btrim(p_reason), '') IS NULL THEN
        RAISE EXCEPTION 'say why the bookings are cancelled' USING ERRCODE = '22023', COLUMN = 'status_reason';
    END IF;
    FOR b IN
        UPDATE desk.bay_bookings k SET status = 'cancelled', status_reason = btrim(p_reason), version = k.version + 1
         WHERE k.id = ANY (p_affected) AND desk.booking_is_ahead(k.status, k.span)
        RETURNING k.id, k.workshop_id
    LOOP
        INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
        VALUES ('booking.status', 'bay_bookings', b.id, b.workshop_id,
                jsonb_build_object('to_status', 'cancelled', 'reason', btrim(p_reason), 'because', p_action));
    END LOOP;
    RETURN p_affected;
END
$$;

CREATE FUNCTION desk.weekday_name(p_weekday integer) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT (ARRAY['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'])[p_weekday]
$$;

-- Opening hours are not cut under live bookings. Rows reach this trigger through the caller's USING
-- policy (their own workshop); a row moved to another workshop is refused as row-level security
-- would refuse it, before anything is read. The workshop's bays are locked as the booking functions
-- lock them, so a booking written meanwhile is seen here.
CREATE FUNCTION desk.workshop_hours_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_opens time;
    v_closes time;
    v_ids bigint[];
BEGIN
    IF TG_OP = 'UPDATE' THEN
        IF NOT desk.caller_manages_workshop(NEW.workshop_id) THEN
            PERFORM desk.raise_row_security('workshop_hours');
        END IF;
        IF NEW.workshop_id = OLD.workshop_id AND NEW.weekday = OLD.weekday THEN
            v_opens := NEW.opens_at;
            v_closes := NEW.closes_at;
        END IF;
    END IF;
    IF NOT desk.caller_manages_workshop(OLD.workshop_id) THEN
        PERFORM desk.raise_row_security('workshop_hours');
    END IF;
    PERFORM 1 FROM desk.bays b WHERE b.workshop_id = OLD.workshop_id ORDER BY b.id FOR NO KEY UPDATE;
    v_ids := desk.bookings_outside_hours(OLD.workshop_id, OLD.weekday, v_opens, v_closes);
    IF pg_catalog.cardinality(v_ids) > 0 THEN
        PERFORM desk.raise_bookings_in_the_way(
            CASE WHEN v_opens IS NULL THEN 'closing on ' || desk.weekday_name(OLD.weekday)
                 ELSE pg_catalog.format('opening %s %s–%s', desk.weekday_name(OLD.weekday),
                                        pg_catalog.to_char(v_opens, 'HH24:MI'), pg_catalog.to_char(v_closes, 'HH24:MI'))
            END,
            v_ids, 'workshop_hours_over_bookings',
            'move or cancel them first, or change the hours with desk.set_workshop_hours, which cancels the bookings you confirm');
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER workshop_hours_check BEFORE UPDATE OR DELETE ON desk.workshop_hours
    FOR EACH ROW EXECUTE FUNCTION desk.workshop_hours_check();

-- A bay with live bookings ahead is not taken out of service (the UPDATE holds the bay's row lock,
-- which every booking write takes too).
CREATE FUNCTION desk.bays_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_ids bigint[];
BEGIN
    IF NOT desk.caller_manages_workshop(NEW.workshop_id) OR NOT desk.caller_manages_workshop(OLD.workshop_id) THEN
        PERFORM desk.raise_row_security('bays');
    END IF;
    IF OLD.active AND NOT NEW.active THEN
        v_ids := desk.bay_bookings_ahead(OLD.id);
        IF pg_catalog.cardinality(v_ids) > 0 THEN
            PERFORM desk.raise_bookings_in_the_way(pg_catalog.format('taking bay "%s" out of service', OLD.name),
                v_ids, 'bays_out_of_service_over_bookings',
                'move or cancel them first, or use desk.set_bay_in_service, which cancels the bookings you confirm');
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER bays_check BEFORE UPDATE OF active, workshop_id ON desk.bays
    FOR EACH ROW EXECUTE FUNCTION desk.bays_check();

-- Sets (p_opens_at/p_closes_at) or closes (both NULL) one weekday's hours. Bookings ahead that the
-- new hours leave out are refused, listed, unless p_cancel_booking_ids names every one of them and
-- p_reason says why: then they are cancelled with that reason. Returns the cancelled booking ids.
CREATE FUNCTION desk.set_workshop_hours(p_workshop_id bigint, p_weekday integer, p_opens_at time,
                                        p_closes_at time, p_cancel_booking_ids bigint[] DEFAULT NULL,
                                        p_reason text DEFAULT NULL) RETURNS bigint[]
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_ids bigint[];
BEGIN
    IF NOT desk.caller_manages_workshop(p_workshop_id)
       OR NOT EXISTS (SELECT 1 FROM desk.organizations o WHERE o.id = p_workshop_id) THEN
        PERFORM desk.raise_not_found('workshop', p_workshop_id);
    END IF;
    IF p_weekday IS NULL OR p_weekday NOT BETWEEN 1 AND 7 THEN
        RAISE EXCEPTION 'a weekday is 1 (Monday) to 7 (Sunday)' USING ERRCODE = '22023', COLUMN = 'weekday';
    END IF;
    IF (p_opens_at IS NULL) <> (p_closes_at IS NULL) THEN
        RAISE EXCEPTION 'give both the opening and the closing time, or neither to close the day'
            USING ERRCODE = '22023';
    END IF;
    IF p_opens_at >= p_closes_at THEN
        RAISE EXCEPTION 'a workshop opens before it closes' USING ERRCODE = '23514',
            CONSTRAINT = 'workshop_hours_order';
    END IF;
    v_ids := desk.cancel_confirmed_bookings(
        desk.bookings_outside_hours(p_workshop_id, p_weekday, p_opens_at, p_closes_at), p_cancel_booking_ids,
        p_reason,
        CASE WHEN p_opens_at IS NULL THEN 'closing on ' || desk.weekday_name(p_weekday)
             ELSE pg_catalog.format('opening %s %s–%s', desk.weekday_name(p_weekday),
                                    pg_catalog.to_char(p_opens_at, 'HH24:MI'), pg_catalog.to_char(p_closes_at, 'HH24:MI'))
        END,
        'workshop_hours_over_bookings', 'workshop_hours');
    IF p_opens_at IS NULL THEN
        DELETE FROM desk.workshop_hours h WHERE h.workshop_id = p_workshop_id AND h.weekday = p_weekday;
    ELSE
        INSERT INTO desk.workshop_hours AS h (workshop_id, weekday, opens_at, closes_at)
        VALUES (p_workshop_id, p_weekday, p_opens_at, p_closes_at)
        ON CONFLICT (workshop_id, weekday) DO UPDATE SET opens_at = EXCLUDED.opens_at, closes_at = EXCLUDED.closes_at;
    END IF;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('workshop_hours.set', 'workshop_hours', NULL, p_workshop_id,
            jsonb_build_object('weekday', p_weekday, 'opens_at', p_opens_at, 'closes_at', p_closes_at,
                               'cancelled_bookings', to_jsonb(v_ids), 'reason', p_reason));
    RETURN v_ids;
END
$$;

-- Puts a bay back in service (true) or takes it out (false). Bookings ahead on the bay are refused,
-- listed, unless p_cancel_booking_ids names every one of them and p_reason says why: then they are
-- cancelled with that reason. Returns the cancelled booking ids.
CREATE FUNCTION desk.set_bay_in_service(p_bay_id bigint, p_in_service boolean,
                                        p_cancel_booking_ids bigint[] DEFAULT NULL, p_reason text DEFAULT NULL)
RETURNS bigint[]
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_bay desk.bays%ROWTYPE;
    v_ids bigint[] := '{}';
BEGIN
    SELECT * INTO v_bay FROM desk.bays b WHERE b.id = p_bay_id;
    IF NOT FOUND OR NOT desk.caller_manages_workshop(v_bay.workshop_id) THEN
        PERFORM desk.raise_not_found('bay', p_bay_id);
    END IF;
    IF p_in_service IS NULL THEN
        RAISE EXCEPTION 'say whether the bay is in service' USING ERRCODE = '22023', COLUMN = 'active';
    END IF;
    IF NOT p_in_service THEN
        v_ids := desk.cancel_confirmed_bookings(desk.bay_bookings_ahead(p_bay_id), p_cancel_booking_ids, p_reason,
                                                pg_catalog.format('taking bay "%s" out of service', v_bay.name),
                                                'bays_out_of_service_over_bookings', 'bay_out_of_service');
    END IF;
    UPDATE desk.bays b SET active = p_in_service, version = b.version + 1 WHERE b.id = p_bay_id;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('bay.in_service', 'bays', p_bay_id, v_bay.workshop_id,
            jsonb_build_object('active', p_in_service, 'cancelled_bookings', to_jsonb(v_ids), 'reason', p_reason));
    RETURN v_ids;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Booking functions: every id checked first, then the time rules, then 0003's function.
-- ---------------------------------------------------------------------------------------------

ALTER FUNCTION desk.create_booking(bigint, bigint, timestamptz, timestamptz, integer, text, text, bigint, bigint)
    RENAME TO create_booking_unchecked;
ALTER FUNCTION desk.move_booking(bigint, integer, bigint, timestamptz, timestamptz)
    RENAME TO move_booking_unchecked;
ALTER FUNCTION desk.set_booking_status(bigint, integer, text, text) RENAME TO set_booking_status_unchecked;

-- "Tue 14 Jan 2031 09:00 America/Toronto" in the bay's workshop's zone.
CREATE FUNCTION desk.local_instant(p_at timestamptz, p_workshop_id bigint) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT pg_catalog.to_char(p_at AT TIME ZONE o.time_zone, 'Dy DD Mon YYYY HH24:MI') || ' ' || o.time_zone
      FROM desk.organizations o WHERE o.id = p_workshop_id
$$;

CREATE FUNCTION desk.create_booking(p_bay_id bigint, p_mechanic_id bigint, p_start timestamptz,
                                    p_end timestamptz, p_buffer_minutes integer DEFAULT 15,
                                    p_status text DEFAULT 'confirmed', p_notes text DEFAULT '',
                                    p_partnership_id bigint DEFAULT NULL, p_job_id bigint DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_workshop bigint;
    x desk.partnerships%ROWTYPE;
BEGIN
    SELECT b.workshop_id INTO v_workshop FROM desk.bays b WHERE b.id = p_bay_id;
    IF NOT FOUND OR NOT desk.caller_manages_workshop(v_workshop) THEN
        PERFORM desk.raise_not_found('bay', p_bay_id);
    END IF;
    IF NOT desk.caller_sees_mechanic(p_mechanic_id) THEN
        PERFORM desk.raise_not_found('mechanic', p_mechanic_id);
    END IF;
    IF p_partnership_id IS NOT NULL THEN
        SELECT * INTO x FROM desk.partnerships p WHERE p.id = p_partnership_id;
        IF NOT FOUND OR NOT desk.caller_sees_workshop(x.workshop_id) THEN
            PERFORM desk.raise_not_found('partnership', p_partnership_id);
        END IF;
        IF x.workshop_id <> v_workshop OR x.mechanic_id <> p_mechanic_id THEN
            RAISE EXCEPTION 'partnership % is not between this mechanic and this workshop', p_partnership_id
                USING ERRCODE = '23514', CONSTRAINT = 'bookings_partnership_mismatch';
        END IF;
    END IF;
    IF p_start < pg_catalog.clock_timestamp() THEN
        RAISE EXCEPTION 'a booking cannot start in the past (%)', desk.local_instant(p_start, v_workshop)
            USING ERRCODE = '23514', CONSTRAINT = 'bay_bookings_not_in_past';
    END IF;
    RETURN desk.create_booking_unchecked(p_bay_id, p_mechanic_id, p_start, p_end, p_buffer_minutes, p_status,
                                         p_notes, p_partnership_id, p_job_id);
END
$$;

-- A started booking may keep its start (a longer or shorter stay, another bay); nothing is moved to
-- start in the past, nor to end in the past.
CREATE FUNCTION desk.move_booking(p_id bigint, p_version integer, p_bay_id bigint, p_start timestamptz,
                                  p_end timestamptz) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    b desk.bay_bookings%ROWTYPE;
    v_workshop bigint;
BEGIN
    SELECT * INTO b FROM desk.bay_bookings k WHERE k.id = p_id;
    IF NOT FOUND OR NOT desk.caller_manages_workshop(b.workshop_id) THEN
        PERFORM desk.raise_not_found('booking', p_id);
    END IF;
    SELECT x.workshop_id INTO v_workshop FROM desk.bays x WHERE x.id = p_bay_id;
    IF NOT FOUND OR NOT desk.caller_manages_workshop(v_workshop) THEN
        PERFORM desk.raise_not_found('bay', p_bay_id);
    END IF;
    IF (p_start < pg_catalog.clock_timestamp() AND p_start IS DISTINCT FROM lower(b.span))
       OR p_end <= pg_catalog.clock_timestamp() THEN
        RAISE EXCEPTION 'a booking cannot be moved into the past (%)', desk.local_instant(p_start, b.workshop_id)
            USING ERRCODE = '23514', CONSTRAINT = 'bay_bookings_not_in_past';
    END IF;
    RETURN desk.move_booking_unchecked(p_id, p_version, p_bay_id, p_start, p_end);
END
$$;

-- Checked in, completed and no-show only once the booking has started (the undo of a check-in or a
-- completion, and cancellations, any time).
CREATE FUNCTION desk.set_booking_status(p_id bigint, p_version integer, p_status text,
                                        p_reason text DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    b desk.bay_bookings%ROWTYPE;
BEGIN
    SELECT * INTO b FROM desk.bay_bookings k WHERE k.id = p_id;
    IF NOT FOUND OR NOT desk.caller_manages_workshop(b.workshop_id) THEN
        PERFORM desk.raise_not_found('booking', p_id);
    END IF;
    -- The version and the transition are 0003's to refuse (40001, AD001), with its messages.
    IF b.version = p_version AND p_status IN ('checked_in', 'completed', 'no_show')
       AND EXISTS (SELECT 1 FROM desk.booking_transitions t WHERE t.from_status = b.status AND t.to_status = p_status)
       AND pg_catalog.clock_timestamp() < lower(b.span) THEN
        RAISE EXCEPTION 'booking % starts %: it cannot be % before then', p_id,
            desk.local_instant(lower(b.span), b.workshop_id),
            CASE p_status WHEN 'checked_in' THEN 'checked in' WHEN 'completed' THEN 'completed'
                          ELSE 'marked no-show' END
            USING ERRCODE = '23514', CONSTRAINT = 'bay_bookings_not_started';
    END IF;
    RETURN desk.set_booking_status_unchecked(p_id, p_version, p_status, p_reason);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Partnership functions (0004): every id checked first, then 0004's function.
-- ---------------------------------------------------------------------------------------------

ALTER FUNCTION desk.save_program(bigint, integer, bigint, jsonb, date) RENAME TO save_program_unchecked;
ALTER FUNCTION desk.set_program_status(bigint, integer, text, date) RENAME TO set_program_status_unchecked;
ALTER FUNCTION desk.decide_application(bigint, integer, text, text, date, date)
    RENAME TO decide_application_unchecked;
ALTER FUNCTION desk.attach_agreement_document(bigint, text, bytea) RENAME TO attach_agreement_document_unchecked;
ALTER FUNCTION desk.record_agreement_acceptance(bigint, integer, text, text, timestamptz)
    RENAME TO record_agreement_acceptance_unchecked;
ALTER FUNCTION desk.update_partnership(bigint, integer, boolean, boolean, bigint, integer, text, date, boolean)
    RENAME TO update_partnership_unchecked;
ALTER FUNCTION desk.set_partnership_status(bigint, integer, text, text) RENAME TO set_partnership_status_unchecked;
ALTER FUNCTION desk.replace_partnership_parts(bigint, jsonb) RENAME TO replace_partnership_parts_unchecked;
ALTER FUNCTION desk.replace_partnership_labour_rates(bigint, jsonb) RENAME TO replace_partnership_labour_rates_unchecked;

-- P0002 unless the caller sees the row's workshop (row of p_table with id p_id).
CREATE FUNCTION desk.require_visible_program(p_id bigint) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM desk.partnership_programs x WHERE x.id = p_id AND desk.caller_sees_workshop(x.workshop_id)) THEN
        PERFORM desk.raise_not_found('program', p_id);
    END IF;
END
$$;
CREATE FUNCTION desk.require_visible_agreement(p_id bigint) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM desk.partnership_agreements x WHERE x.id = p_id AND desk.caller_sees_workshop(x.workshop_id)) THEN
        PERFORM desk.raise_not_found('agreement', p_id);
    END IF;
END
$$;
CREATE FUNCTION desk.require_visible_partnership(p_id bigint) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM desk.partnerships x WHERE x.id = p_id AND desk.caller_sees_workshop(x.workshop_id)) THEN
        PERFORM desk.raise_not_found('partnership', p_id);
    END IF;
END
$$;

CREATE FUNCTION desk.save_program(p_id bigint, p_version integer, p_workshop_id bigint, p_data jsonb,
                                  p_effective_from date DEFAULT NULL,
                                  OUT program_id bigint, OUT row_version integer, OUT version_no integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF p_id IS NOT NULL THEN
        PERFORM desk.require_visible_program(p_id);
    END IF;
    IF (p_id IS NULL OR p_workshop_id IS NOT NULL)
       AND (NOT desk.caller_sees_workshop(p_workshop_id)
            OR NOT EXISTS (SELECT 1 FROM desk.organizations o WHERE o.id = p_workshop_id)) THEN
        PERFORM desk.raise_not_found('workshop', p_workshop_id);
    END IF;
    SELECT * INTO program_id, row_version, version_no
      FROM desk.save_program_unchecked(p_id, p_version, p_workshop_id, p_data, p_effective_from);
END
$$;

CREATE FUNCTION desk.set_program_status(p_id bigint, p_version integer, p_action text,
                                        p_effective_from date DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.require_visible_program(p_id);
    RETURN desk.set_program_status_unchecked(p_id, p_version, p_action, p_effective_from);
END
$$;

CREATE FUNCTION desk.decide_application(p_id bigint, p_version integer, p_decision text, p_reason text DEFAULT NULL,
                                        p_effective_date date DEFAULT NULL, p_end_date date DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM desk.partnership_applications x
                    WHERE x.id = p_id AND desk.caller_sees_workshop(x.workshop_id)) THEN
        PERFORM desk.raise_not_found('application', p_id);
    END IF;
    RETURN desk.decide_application_unchecked(p_id, p_version, p_decision, p_reason, p_effective_date, p_end_date);
END
$$;

CREATE FUNCTION desk.attach_agreement_document(p_agreement_id bigint, p_file_name text, p_pdf bytea) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.require_visible_agreement(p_agreement_id);
    RETURN desk.attach_agreement_document_unchecked(p_agreement_id, p_file_name, p_pdf);
END
$$;

CREATE FUNCTION desk.record_agreement_acceptance(p_agreement_id bigint, p_version integer, p_side text,
                                                 p_accepted_by text, p_accepted_at timestamptz DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.require_visible_agreement(p_agreement_id);
    RETURN desk.record_agreement_acceptance_unchecked(p_agreement_id, p_version, p_side, p_accepted_by, p_accepted_at);
END
$$;

CREATE FUNCTION desk.update_partnership(p_id bigint, p_version integer, p_can_create_quotes boolean,
                                        p_quote_approval_required boolean, p_max_quote_amount_cents bigint,
                                        p_commission_bp integer, p_payment_terms text,
                                        p_contract_end_date date DEFAULT NULL, p_auto_renew boolean DEFAULT false)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.require_visible_partnership(p_id);
    RETURN desk.update_partnership_unchecked(p_id, p_version, p_can_create_quotes, p_quote_approval_required,
                                             p_max_quote_amount_cents, p_commission_bp, p_payment_terms,
                                             p_contract_end_date, p_auto_renew);
END
$$;

CREATE FUNCTION desk.set_partnership_status(p_id bigint, p_version integer, p_action text, p_reason text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.require_visible_partnership(p_id);
    RETURN desk.set_partnership_status_unchecked(p_id, p_version, p_action, p_reason);
END
$$;

-- Part and labour-rate ids inside p_rows are matched within the partnership by 0004 ("not in this
-- catalog", P0002, the same for a missing row and another workshop's).
CREATE FUNCTION desk.replace_partnership_parts(p_partnership_id bigint, p_rows jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.require_visible_partnership(p_partnership_id);
    RETURN desk.replace_partnership_parts_unchecked(p_partnership_id, p_rows);
END
$$;

CREATE FUNCTION desk.replace_partnership_labour_rates(p_partnership_id bigint, p_rows jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.require_visible_partnership(p_partnership_id);
    RETURN desk.replace_partnership_labour_rates_unchecked(p_partnership_id, p_rows);
END
$$;

-- max_partners never drops below the places taken. save_program and decide_application both lock
-- the program row first, so the count here cannot race an approval.
CREATE FUNCTION desk.programs_max_partners_check() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_taken integer;
BEGIN
    IF NEW.max_partners IS NOT NULL AND NEW.max_partners IS DISTINCT FROM OLD.max_partners THEN
        SELECT count(*) INTO v_taken FROM desk.partnerships x
         WHERE x.program_id = NEW.id AND x.status IN ('pending', 'active', 'suspended');
        IF v_taken > NEW.max_partners THEN
            RAISE EXCEPTION 'program "%" has % partners (pending, active or suspended): its maximum cannot be %',
                NEW.name, v_taken, NEW.max_partners
                USING ERRCODE = '23514', CONSTRAINT = 'programs_max_partners_below_current',
                      HINT = 'end partnerships first, or set a maximum of at least the current partners';
        END IF;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER programs_max_partners_check BEFORE UPDATE OF max_partners ON desk.partnership_programs
    FOR EACH ROW EXECUTE FUNCTION desk.programs_max_partners_check();

-- ---------------------------------------------------------------------------------------------
-- Claims (0002) with a per-admin cap on live claims.
-- ---------------------------------------------------------------------------------------------

-- Serialises one admin's claims (their staff_logins row: app roles cannot lock it) and refuses when
-- they would hold more live claims than desk_settings allows.
CREATE FUNCTION desk.check_claim_cap() RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_cap integer;
    v_live integer;
BEGIN
    SELECT s.int_value INTO v_cap FROM desk.desk_settings s WHERE s.name = 'max_live_claims_per_admin';
    SELECT count(*) INTO v_live FROM desk.compliance_verifications c
     WHERE c.claimed_by = session_user AND c.status = 'pending' AND c.claim_expires_at > pg_catalog.clock_timestamp();
    IF v_live > coalesce(v_cap, 5) THEN
        RAISE EXCEPTION 'you already hold % live claims, the most one admin may hold: decide or release one first',
            coalesce(v_cap, 5)
            USING ERRCODE = '23514', CONSTRAINT = 'claims_per_admin',
                  DETAIL = pg_catalog.format('live_claims=%s max=%s', v_live - 1, coalesce(v_cap, 5));
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION desk.claim_verification(p_id bigint, p_lease_seconds integer DEFAULT 900,
                                                   OUT claimed_by name, OUT claim_expires_at timestamptz,
                                                   OUT version integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_holder name;
    v_until timestamptz;
    v_status text;
BEGIN
    PERFORM desk.require_platform_admin();
    IF p_lease_seconds IS NULL OR p_lease_seconds NOT BETWEEN 10 AND 7200 THEN
        RAISE EXCEPTION 'lease must be between 10 s and 2 h' USING ERRCODE = '22023';
    END IF;
    PERFORM 1 FROM desk.staff_logins s WHERE s.login_role = session_user FOR NO KEY UPDATE;
    UPDATE desk.compliance_verifications v
       SET claimed_by = session_user,
           claim_expires_at = pg_catalog.clock_timestamp() + make_interval(secs => p_lease_seconds)
     WHERE v.id = p_id AND v.status = 'pending'
       AND (v.claimed_by IS NULL OR v.claimed_by = session_user OR v.claim_expires_at <= pg_catalog.clock_timestamp())
    RETURNING v.claimed_by, v.claim_expires_at, v.version INTO claimed_by, claim_expires_at, version;
    IF FOUND THEN
        -- A renewal counts once, as before it; a new claim beyond the cap rolls back with the error.
        PERFORM desk.check_claim_cap();
        RETURN;
    END IF;
    SELECT v.claimed_by, v.claim_expires_at, v.status, v.version INTO v_holder, v_until, v_status, version
      FROM desk.compliance_verifications v WHERE v.id = p_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'verification % does not exist', p_id USING ERRCODE = 'P0002';
    END IF;
    IF v_status <> 'pending' THEN
        RETURN; -- nothing to claim
    END IF;
    RAISE EXCEPTION 'verification % is being reviewed by %', p_id, v_holder
        USING ERRCODE = '55P03', DETAIL = pg_catalog.format('claimed_by=%s until=%s', v_holder, v_until);
END
$$;

CREATE OR REPLACE FUNCTION desk.claim_next_verification(p_lease_seconds integer DEFAULT 900) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    PERFORM desk.require_platform_admin();
    IF p_lease_seconds IS NULL OR p_lease_seconds NOT BETWEEN 10 AND 7200 THEN
        RAISE EXCEPTION 'lease must be between 10 s and 2 h' USING ERRCODE = '22023';
    END IF;
    PERFORM 1 FROM desk.staff_logins s WHERE s.login_role = session_user FOR NO KEY UPDATE;
    UPDATE desk.compliance_verifications v
       SET claimed_by = session_user,
           claim_expires_at = pg_catalog.clock_timestamp() + make_interval(secs => p_lease_seconds)
     WHERE v.id = (SELECT c.id FROM desk.compliance_verifications c
                    WHERE c.status = 'pending'
                      AND (c.claimed_by IS NULL OR c.claim_expires_at <= pg_catalog.clock_timestamp())
                    ORDER BY c.status, c.submitted_at, c.id
                    LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING v.id INTO v_id;
    IF v_id IS NOT NULL THEN
        PERFORM desk.check_claim_cap();
    END IF;
    RETURN v_id;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Privileges: the renamed 0003/0004 bodies and the helpers are the owner's alone.
-- ---------------------------------------------------------------------------------------------

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA desk FROM PUBLIC;
REVOKE ALL ON FUNCTION
    desk.create_booking_unchecked(bigint, bigint, timestamptz, timestamptz, integer, text, text, bigint, bigint),
    desk.move_booking_unchecked(bigint, integer, bigint, timestamptz, timestamptz),
    desk.set_booking_status_unchecked(bigint, integer, text, text),
    desk.save_program_unchecked(bigint, integer, bigint, jsonb, date),
    desk.set_program_status_unchecked(bigint, integer, text, date),
    desk.decide_application_unchecked(bigint, integer, text, text, date, date),
    desk.attach_agreement_document_unchecked(bigint, text, bytea),
    desk.record_agreement_acceptance_unchecked(bigint, integer, text, text, timestamptz),
    desk.update_partnership_unchecked(bigint, integer, boolean, boolean, bigint, integer, text, date, boolean),
    desk.set_partnership_status_unchecked(bigint, integer, text, text),
    desk.replace_partnership_parts_unchecked(bigint, jsonb),
    desk.replace_partnership_labour_rates_unchecked(bigint, jsonb)
    FROM adesk_platform_admin, adesk_finance, adesk_workshop_owner;
ALTER FUNCTION desk.create_booking_unchecked(bigint, bigint, timestamptz, timestamptz, integer, text, text, bigint, bigint)
    SET search_path = pg_catalog, desk, pg_temp;
ALTER FUNCTION desk.move_booking_unchecked(bigint, integer, bigint, timestamptz, timestamptz)
    SET search_path = pg_catalog, desk, pg_temp;
ALTER FUNCTION desk.set_booking_status_unchecked(bigint, integer, text, text) SET search_path = pg_catalog, desk, pg_temp;
ALTER FUNCTION desk.save_program_unchecked(bigint, integer, bigint, jsonb, date) SET search_path = pg_catalog, desk, pg_temp;
ALTER FUNCTION desk.set_program_status_unchecked(bigint, integer, text, date) SET search_path = pg_catalog, desk, pg_temp;
ALTER FUNCTION desk.decide_application_unchecked(bigint, integer, text, text, date, date)
    SET search_path = pg_catalog, desk, pg_temp;
ALTER FUNCTION desk.attach_agreement_document_unchecked(bigint, text, bytea) SET search_path = pg_catalog, desk, pg_temp;
ALTER FUNCTION desk.record_agreement_acceptance_unchecked(bigint, integer, text, text, timestamptz)
    SET search_path = pg_catalog, desk, pg_temp;
ALTER FUNCTION desk.update_partnership_unchecked(bigint, integer, boolean, boolean, bigint, integer, text, date, boolean)
    SET search_path = pg_catalog, desk, pg_temp;
ALTER FUNCTION desk.set_partnership_status_unchecked(bigint, integer, text, text) SET search_path = pg_catalog, desk, pg_temp;
ALTER FUNCTION desk.replace_partnership_parts_unchecked(bigint, jsonb) SET search_path = pg_catalog, desk, pg_temp;
ALTER FUNCTION desk.replace_partnership_labour_rates_unchecked(bigint, jsonb) SET search_path = pg_catalog, desk, pg_temp;

GRANT EXECUTE ON FUNCTION
    desk.create_booking(bigint, bigint, timestamptz, timestamptz, integer, text, text, bigint, bigint),
    desk.move_booking(bigint, integer, bigint, timestamptz, timestamptz),
    desk.set_booking_status(bigint, integer, text, text),
    desk.set_workshop_hours(bigint, integer, time, time, bigint[], text),
    desk.set_bay_in_service(bigint, boolean, bigint[], text)
    TO adesk_platform_admin, adesk_workshop_owner;
GRANT EXECUTE ON FUNCTION
    desk.save_program(bigint, integer, bigint, jsonb, date),
    desk.set_program_status(bigint, integer, text, date),
    desk.decide_application(bigint, integer, text, text, date, date),
    desk.attach_agreement_document(bigint, text, bytea),
    desk.record_agreement_acceptance(bigint, integer, text, text, timestamptz),
    desk.update_partnership(bigint, integer, boolean, boolean, bigint, integer, text, date, boolean),
    desk.set_partnership_status(bigint, integer, text, text),
    desk.replace_partnership_parts(bigint, jsonb),
    desk.replace_partnership_labour_rates(bigint, jsonb)
    TO adesk_workshop_owner;
