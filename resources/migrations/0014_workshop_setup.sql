-- 0014_workshop_setup: owners set up their workshop from the desk (bays, split-shift opening hours
-- with effective dates, closures), and the booking rules the database was missing (issue 14).
--
-- Business rules: shared/seeds/phase3-partnerships-bays-revenue-plan.md (bays, buffer time between
-- bookings, conflict detection), shared/seeds/compliance-migration-plan.md (physical work only at a
-- licensed, insured workshop, by a verified mechanic), shared/seeds/workshop-b2b2c-features.md.
--
-- 1. Bays: capabilities (lift, alignment_rack, diagnostics, tire_changer, ev_charging, paint_booth),
--    a minimum buffer (bays.buffer_minutes: a booking's buffer is raised to it) and an out-of-service
--    date (bays.out_of_service_from, workshop-local: no booking on or after it). Edited only through
--    desk.save_bay and desk.set_bay_out_of_service, with the bay's version (40001 when it moved).
--    Bookings ahead that a change would strand are refused, listed (23514, DETAIL 'bookings=…'),
--    unless the caller names every one of them with a reason: then they are cancelled with it.
-- 2. Opening hours: desk.workshop_hours holds one row per shift (split shifts), each valid over
--    local dates [effective_from, effective_until). Shifts of one weekday never overlap over
--    overlapping dates (exclusion constraint). A booking lies within one shift of its local day.
--    desk.set_opening_hours replaces a weekday's shifts from a date (today or later) until the
--    weekday's next scheduled change, checked against organizations.hours_version.
-- 3. Closures: desk.add_closure / desk.remove_closure (bay_closures.version). Direct INSERT, UPDATE
--    and DELETE on bays, workshop_hours and bay_closures are revoked from the app roles: every edit
--    goes through a function that checks tenancy, the version and the bookings in the way.
-- 4. Bookings:
--      * a mechanic is never in two live bookings at once, in any bay of any workshop, buffer
--        included (exclusion constraint bay_bookings_mechanic_no_overlap, 23P01; the message names
--        the other booking only when the caller may see it);
--      * a workshop hosts physical work only on a local date when it allows physical repairs, its
--        business licence and zoning are verified, the licence has not expired and liability
--        insurance is on file and unexpired (23514 bay_bookings_workshop_eligible;
--        desk.workshop_physical_work_problems says why, for the calendar's banner);
--      * a partner's contract is checked on the booking's local date, not today's
--        (desk.mechanic_may_work_on); a booking's partnership_id must be a partnership between its
--        mechanic and its workshop, active on the booking's date (trigger, every write).
--
-- SQLSTATEs: 40001 version moved; 23514 rules (constraints bay_bookings_workshop_eligible,
-- bookings_partnership_mismatch, bookings_partnership_contract, bay_bookings_bay_active,
-- bays_out_of_service_over_bookings, workshop_hours_over_bookings, bay_closures_over_bookings);
-- 23P01 clashes; 22023 bad arguments; 23505 duplicate bay name; P0002 ids the caller may not see.

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Bays
-- ---------------------------------------------------------------------------------------------

ALTER TABLE desk.bays
    ADD COLUMN capabilities text[] NOT NULL DEFAULT '{}',
    ADD COLUMN buffer_minutes integer NOT NULL DEFAULT 0,
    ADD COLUMN out_of_service_from date,
    ADD CONSTRAINT bays_capabilities CHECK (
        capabilities <@ ARRAY['lift', 'alignment_rack', 'diagnostics', 'tire_changer', 'ev_charging',
                              'paint_booth']::text[]
        AND array_position(capabilities, NULL) IS NULL),
    ADD CONSTRAINT bays_buffer_minutes CHECK (buffer_minutes BETWEEN 0 AND 240);
COMMENT ON COLUMN desk.bays.buffer_minutes IS
    'minimum buffer after each booking of the bay, in minutes; a booking''s own buffer is raised to it';
COMMENT ON COLUMN desk.bays.out_of_service_from IS
    'workshop-local date from which the bay takes no booking; NULL: in service';

-- What the bay types said so far, as capabilities; bays already out of service, from today.
UPDATE desk.bays b SET capabilities = CASE b.bay_type WHEN 'lift' THEN '{lift}'::text[]
                                                       WHEN 'alignment_rack' THEN '{alignment_rack}'::text[]
                                                       WHEN 'diagnostic' THEN '{diagnostics}'::text[]
                                                       WHEN 'tire' THEN '{tire_changer}'::text[]
                                                       WHEN 'paint' THEN '{paint_booth}'::text[]
                                                       ELSE '{}'::text[] END,
                       out_of_service_from = CASE WHEN b.active THEN NULL ELSE current_date END;

-- ---------------------------------------------------------------------------------------------
-- Opening hours: one row per shift, with effective dates
-- ---------------------------------------------------------------------------------------------

ALTER TABLE desk.organizations ADD COLUMN hours_version integer NOT NULL DEFAULT 1;
COMMENT ON COLUMN desk.organizations.hours_version IS
    'version of the workshop''s opening hours as a whole (desk.set_opening_hours checks it)';

ALTER TABLE desk.workshop_hours DROP CONSTRAINT workshop_hours_pkey;
ALTER TABLE desk.workshop_hours
    ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ADD COLUMN effective_from date NOT NULL DEFAULT '-infinity',
    ADD COLUMN effective_until date,
    ADD CONSTRAINT workshop_hours_effective CHECK (effective_until IS NULL OR effective_from < effective_until),
    ADD CONSTRAINT workshop_hours_no_overlap EXCLUDE USING gist (
        workshop_id WITH =, weekday WITH =, daterange(effective_from, effective_until, '[)') WITH &&,
        tsrange(date '2000-01-01' + opens_at, date '2000-01-01' + closes_at, '[)') WITH &&);
COMMENT ON COLUMN desk.workshop_hours.effective_from IS 'first workshop-local date the shift applies';
COMMENT ON COLUMN desk.workshop_hours.effective_until IS 'first local date it no longer applies; NULL: open-ended';

-- The single-row-per-weekday rules of 0008 are replaced by desk.set_opening_hours.
DROP TRIGGER workshop_hours_check ON desk.workshop_hours;
DROP FUNCTION desk.workshop_hours_check();

-- The shifts of a workshop on a local date, by opening time. Not granted: the functions below use it.
CREATE FUNCTION desk.shifts_on(p_workshop_id bigint, p_day date) RETURNS SETOF desk.workshop_hours
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT h.* FROM desk.workshop_hours h
     WHERE h.workshop_id = p_workshop_id AND h.weekday = extract(isodow FROM p_day)
       AND h.effective_from <= p_day AND (h.effective_until IS NULL OR p_day < h.effective_until)
     ORDER BY h.opens_at
$$;

-- The same for the calendar and other clients: SECURITY INVOKER, row-level security applies.
CREATE FUNCTION desk.opening_hours_on(p_workshop_id bigint, p_day date)
RETURNS TABLE (opens_at time, closes_at time)
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT h.opens_at, h.closes_at FROM desk.workshop_hours h
     WHERE h.workshop_id = p_workshop_id AND h.weekday = extract(isodow FROM p_day)
       AND h.effective_from <= p_day AND (h.effective_until IS NULL OR p_day < h.effective_until)
     ORDER BY h.opens_at
$$;

-- "08:00–12:00, 13:00–17:00" (NULL when closed).
CREATE FUNCTION desk.describe_shifts(p_workshop_id bigint, p_day date) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT pg_catalog.string_agg(pg_catalog.to_char(s.opens_at, 'HH24:MI') || '–'
                                 || pg_catalog.to_char(s.closes_at, 'HH24:MI'), ', ' ORDER BY s.opens_at)
      FROM desk.shifts_on(p_workshop_id, p_day) s
$$;

CREATE FUNCTION desk.workshop_today(p_workshop_id bigint) RETURNS date
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT (now() AT TIME ZONE o.time_zone)::date FROM desk.organizations o WHERE o.id = p_workshop_id
$$;

-- ---------------------------------------------------------------------------------------------
-- Who may host and do physical work, on a date
-- ---------------------------------------------------------------------------------------------

-- Why a workshop may not host physical work on local date p_day (empty: it may). Codes, for the
-- desk to translate: physical_repairs_not_allowed, business_license_unverified,
-- business_license_expired, zoning_unverified, insurance_missing, insurance_expired. Seed
-- compliance-migration-plan.md: physical work only at licensed, zoned and insured workshops.
CREATE FUNCTION desk.workshop_problems(p_workshop_id bigint, p_day date) RETURNS text[]
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT ARRAY(SELECT x.code FROM (VALUES
               (1, 'physical_repairs_not_allowed', NOT o.allows_physical_repairs),
               (2, 'business_license_unverified', NOT o.business_license_verified),
               (3, 'business_license_expired', o.business_license_expiry < p_day),
               (4, 'zoning_unverified', NOT o.zoning_compliance_verified),
               (5, 'insurance_missing', o.liability_insurance_expiry IS NULL),
               (6, 'insurance_expired', o.liability_insurance_expiry < p_day)) AS x(n, code, applies)
                 WHERE x.applies ORDER BY x.n)
      FROM desk.organizations o WHERE o.id = p_workshop_id
$$;

CREATE FUNCTION desk.workshop_physical_work_problems(p_workshop_id bigint, p_day date) RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT desk.caller_sees_workshop(p_workshop_id)
       OR NOT EXISTS (SELECT 1 FROM desk.organizations o WHERE o.id = p_workshop_id) THEN
        PERFORM desk.raise_not_found('workshop', p_workshop_id);
    END IF;
    RETURN desk.workshop_problems(p_workshop_id, coalesce(p_day, desk.workshop_today(p_workshop_id)));
END
$$;

-- The problems in words, for error messages.
CREATE FUNCTION desk.describe_workshop_problems(p_workshop_id bigint, p_codes text[]) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT pg_catalog.string_agg(CASE c.code
               WHEN 'physical_repairs_not_allowed' THEN 'it does not allow physical repairs'
               WHEN 'business_license_unverified' THEN 'its business licence is not verified'
               WHEN 'business_license_expired' THEN 'its business licence expired on ' || o.business_license_expiry
               WHEN 'zoning_unverified' THEN 'its zoning compliance is not verified'
               WHEN 'insurance_missing' THEN 'no liability insurance is on file'
               WHEN 'insurance_expired' THEN 'its liability insurance expired on ' || o.liability_insurance_expiry
               ELSE c.code END, '; ' ORDER BY c.n)
      FROM unnest(p_codes) WITH ORDINALITY AS c(code, n), desk.organizations o
     WHERE o.id = p_workshop_id
$$;

-- May the mechanic do physical work at the workshop on local date p_day? 0003's rule (verified and
-- affiliated with the workshop) or a partnership active on that date (0004), at a workshop that
-- allows physical repairs. False for ids the caller may not see, as for missing ones (0008).
CREATE FUNCTION desk.mechanic_may_work_on(p_mechanic_id bigint, p_workshop_id bigint, p_day date)
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
                      AND x.contract_start_date <= p_day
                      AND (x.contract_end_date IS NULL OR x.contract_end_date >= p_day)
                      AND m.compliance_status = 'approved' AND o.allows_physical_repairs);
END
$$;

-- Today's answer (the server's date, as 0008 and the contract dates 0004 writes).
CREATE OR REPLACE FUNCTION desk.mechanic_may_work_at(p_mechanic_id bigint, p_workshop_id bigint)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    RETURN desk.mechanic_may_work_on(p_mechanic_id, p_workshop_id, current_date);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- One mechanic, one place at a time
-- ---------------------------------------------------------------------------------------------

DO $$
DECLARE
    v_pairs text;
BEGIN
    SELECT pg_catalog.string_agg(pg_catalog.format('%s/%s', a.id, b.id), ', ') INTO v_pairs
      FROM desk.bay_bookings a JOIN desk.bay_bookings b
        ON b.mechanic_id = a.mechanic_id AND b.id > a.id AND b.span_with_buffer && a.span_with_buffer
     WHERE desk.booking_is_live(a.status) AND desk.booking_is_live(b.status);
    IF v_pairs IS NOT NULL THEN
        RAISE EXCEPTION 'live bookings of one mechanic overlap (booking pairs %): move or cancel one of each pair, then migrate again',
            v_pairs USING ERRCODE = '23P01';
    END IF;
END
$$;

ALTER TABLE desk.bay_bookings ADD CONSTRAINT bay_bookings_mechanic_no_overlap
    EXCLUDE USING gist (mechanic_id WITH =, span_with_buffer WITH &&)
    WHERE (status IN ('requested', 'confirmed', 'checked_in', 'completed'));

-- The first live booking of p_mechanic_id whose buffered span overlaps p_span (+ p_buffer).
CREATE FUNCTION desk.find_mechanic_clash(p_mechanic_id bigint, p_span tstzrange, p_buffer integer, p_self bigint)
RETURNS bigint
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT b.id FROM desk.bay_bookings b
     WHERE b.mechanic_id = p_mechanic_id AND desk.booking_is_live(b.status)
       AND b.span_with_buffer && tstzrange(lower(p_span), desk.add_minutes(upper(p_span), p_buffer), '[)')
       AND b.id IS DISTINCT FROM p_self
     ORDER BY lower(b.span) LIMIT 1
$$;

-- Names the other booking only when the caller manages its workshop (describe_booking answers NULL
-- otherwise): a partner's booking at another workshop is "elsewhere", without time or place.
CREATE FUNCTION desk.raise_mechanic_clash(p_clash bigint, p_mechanic_name text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_text text := desk.describe_booking(p_clash);
BEGIN
    IF v_text IS NULL THEN
        RAISE EXCEPTION '% is already booked elsewhere at that time', coalesce(nullif(p_mechanic_name, ''), 'the mechanic')
            USING ERRCODE = '23P01', CONSTRAINT = 'bay_bookings_mechanic_no_overlap';
    END IF;
    RAISE EXCEPTION '% is already booked at that time: %', coalesce(nullif(p_mechanic_name, ''), 'the mechanic'), v_text
        USING ERRCODE = '23P01', CONSTRAINT = 'bay_bookings_mechanic_no_overlap',
              DETAIL = pg_catalog.format('clashing_booking=%s', p_clash);
END
$$;

-- After an exclusion violation (a concurrent writer won the race): the readable message for the
-- constraint that fired, never PostgreSQL's own (its DETAIL shows the other row's key and span).
CREATE FUNCTION desk.raise_booking_exclusion(p_constraint text, p_booking desk.bay_bookings) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_clash bigint;
BEGIN
    IF p_constraint = 'bay_bookings_mechanic_no_overlap' THEN
        v_clash := desk.find_mechanic_clash(p_booking.mechanic_id, p_booking.span, p_booking.buffer_minutes,
                                            p_booking.id);
        PERFORM desk.raise_mechanic_clash(v_clash,
            (SELECT m.display_name FROM desk.mechanics m WHERE m.id = p_booking.mechanic_id));
    END IF;
    v_clash := desk.find_clash(p_booking.bay_id, p_booking.span, p_booking.buffer_minutes, p_booking.id);
    IF v_clash IS NOT NULL THEN
        PERFORM desk.raise_clash(v_clash);
    END IF;
    RAISE EXCEPTION 'the bay is already taken at that time' USING ERRCODE = '23P01',
        CONSTRAINT = 'bay_bookings_no_overlap';
END
$$;

-- ---------------------------------------------------------------------------------------------
-- The booking trigger (0003's, with the rules above)
-- ---------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION desk.bay_bookings_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_zone text;
    v_bay desk.bays%ROWTYPE;
    v_local_start timestamp;
    v_local_end timestamp;
    v_day date;
    v_closure desk.bay_closures%ROWTYPE;
    v_clash bigint;
    v_span_changed boolean;
    v_problems text[];
    v_shifts text;
    x desk.partnerships%ROWTYPE;
BEGIN
    SELECT * INTO v_bay FROM desk.bays b WHERE b.id = NEW.bay_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'bay % does not exist', NEW.bay_id USING ERRCODE = 'P0002';
    END IF;
    NEW.workshop_id := v_bay.workshop_id;
    IF TG_OP = 'INSERT' OR NEW.bay_id <> OLD.bay_id THEN
        NEW.buffer_minutes := greatest(NEW.buffer_minutes, v_bay.buffer_minutes);
    END IF;
    v_span_changed := TG_OP = 'INSERT' OR NEW.span IS DISTINCT FROM OLD.span OR NEW.bay_id <> OLD.bay_id
                      OR NEW.buffer_minutes <> OLD.buffer_minutes OR NEW.mechanic_id <> OLD.mechanic_id
                      OR NEW.partnership_id IS DISTINCT FROM OLD.partnership_id
                      OR (desk.booking_is_live(NEW.status) AND NOT desk.booking_is_live(OLD.status));
    IF TG_OP = 'INSERT' OR NEW.mechanic_id <> OLD.mechanic_id THEN
        SELECT m.display_name INTO NEW.mechanic_name FROM desk.mechanics m WHERE m.id = NEW.mechanic_id;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        NEW.updated_at := pg_catalog.clock_timestamp();
    END IF;

    -- A partnership named by a booking is one between its mechanic and its workshop, whatever
    -- the booking's status.
    IF NEW.partnership_id IS NOT NULL THEN
        SELECT * INTO x FROM desk.partnerships p WHERE p.id = NEW.partnership_id;
        IF NOT FOUND OR x.mechanic_id <> NEW.mechanic_id OR x.workshop_id <> NEW.workshop_id THEN
            RAISE EXCEPTION 'partnership % is not between this mechanic and this workshop', NEW.partnership_id
                USING ERRCODE = '23514', CONSTRAINT = 'bookings_partnership_mismatch';
        END IF;
    END IF;
    IF NOT desk.booking_is_live(NEW.status) OR NOT v_span_changed THEN
        RETURN NEW;
    END IF;

    SELECT o.time_zone INTO v_zone FROM desk.organizations o WHERE o.id = NEW.workshop_id;
    v_local_start := lower(NEW.span) AT TIME ZONE v_zone;
    v_local_end := upper(NEW.span) AT TIME ZONE v_zone;
    v_day := v_local_start::date;

    IF NOT v_bay.active OR v_bay.out_of_service_from <= v_day THEN
        RAISE EXCEPTION 'bay "%" is out of service%', v_bay.name,
            CASE WHEN v_bay.out_of_service_from IS NOT NULL THEN ' from ' || v_bay.out_of_service_from ELSE '' END
            USING ERRCODE = '23514', CONSTRAINT = 'bay_bookings_bay_active';
    END IF;
    -- Eligibility on the booking's date: the web platform's rule. Checked when the mechanic, the
    -- bay or the time changes (a past booking stays valid when a licence lapses later).
    IF NOT desk.mechanic_may_work_on(NEW.mechanic_id, NEW.workshop_id, v_day) THEN
        RAISE EXCEPTION '% may not do physical work at this workshop on % (not verified, not affiliated or not an active partner)',
            coalesce(nullif(NEW.mechanic_name, ''), 'mechanic ' || NEW.mechanic_id), v_day
            USING ERRCODE = '23514', CONSTRAINT = 'bay_bookings_mechanic_eligible';
    END IF;
    v_problems := desk.workshop_problems(NEW.workshop_id, v_day);
    IF pg_catalog.cardinality(v_problems) > 0 THEN
        RAISE EXCEPTION 'the workshop cannot host physical work on %: %', v_day,
            desk.describe_workshop_problems(NEW.workshop_id, v_problems)
            USING ERRCODE = '23514', CONSTRAINT = 'bay_bookings_workshop_eligible',
                  DETAIL = 'problems=' || pg_catalog.array_to_string(v_problems, ',');
    END IF;
    IF NEW.partnership_id IS NOT NULL
       AND NOT (x.status = 'active' AND x.contract_start_date <= v_day
                AND (x.contract_end_date IS NULL OR x.contract_end_date >= v_day)) THEN
        RAISE EXCEPTION 'partnership % does not cover % (it is %, contract % to %)', NEW.partnership_id, v_day,
            x.status, x.contract_start_date, coalesce(x.contract_end_date::text, 'open-ended')
            USING ERRCODE = '23514', CONSTRAINT = 'bookings_partnership_contract';
    END IF;

    -- Opening hours, in the workshop's zone: the booking lies within one shift of its day.
    IF NOT EXISTS (SELECT 1 FROM desk.shifts_on(NEW.workshop_id, v_day) s
                    WHERE v_local_start::time >= s.opens_at AND v_local_end <= v_day + s.closes_at) THEN
        v_shifts := desk.describe_shifts(NEW.workshop_id, v_day);
        IF v_shifts IS NULL THEN
            RAISE EXCEPTION 'the workshop is closed on % (%)', pg_catalog.btrim(pg_catalog.to_char(v_local_start, 'Day')),
                v_zone USING ERRCODE = '23514', CONSTRAINT = 'bay_bookings_opening_hours';
        END IF;
        RAISE EXCEPTION 'outside opening hours: % % (%), asked for %–%',
            pg_catalog.btrim(pg_catalog.to_char(v_local_start, 'Day')), v_shifts, v_zone,
            pg_catalog.to_char(v_local_start, 'HH24:MI'), pg_catalog.to_char(v_local_end, 'HH24:MI')
            USING ERRCODE = '23514', CONSTRAINT = 'bay_bookings_opening_hours';
    END IF;

    SELECT * INTO v_closure FROM desk.bay_closures c
     WHERE c.workshop_id = NEW.workshop_id AND (c.bay_id IS NULL OR c.bay_id = NEW.bay_id)
       AND c.span && NEW.span
     ORDER BY lower(c.span) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION '% is closed % – % (%)%',
            CASE WHEN v_closure.bay_id IS NULL THEN 'the workshop' ELSE pg_catalog.format('bay "%s"', v_bay.name) END,
            pg_catalog.to_char(lower(v_closure.span) AT TIME ZONE v_zone, 'Dy DD Mon HH24:MI'),
            pg_catalog.to_char(upper(v_closure.span) AT TIME ZONE v_zone, 'Dy DD Mon HH24:MI'), v_closure.kind,
            CASE WHEN v_closure.reason <> '' THEN ': ' || v_closure.reason ELSE '' END
            USING ERRCODE = '23514', CONSTRAINT = 'bay_bookings_closure';
    END IF;

    -- Readable clash messages. Not the guarantee: a concurrent writer's uncommitted row is not
    -- visible here; the exclusion constraints catch that case.
    v_clash := desk.find_clash(NEW.bay_id, NEW.span, NEW.buffer_minutes, NEW.id);
    IF v_clash IS NOT NULL THEN
        PERFORM desk.raise_clash(v_clash);
    END IF;
    v_clash := desk.find_mechanic_clash(NEW.mechanic_id, NEW.span, NEW.buffer_minutes, NEW.id);
    IF v_clash IS NOT NULL THEN
        PERFORM desk.raise_mechanic_clash(v_clash, NEW.mechanic_name);
    END IF;
    RETURN NEW;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- The booking functions of 0003 (renamed *_unchecked by 0008): the mechanic's row is locked after
-- the bay's, so writers of one mechanic queue and the loser gets the readable clash; an exclusion
-- violation is answered with the readable message of the constraint that fired.
-- ---------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION desk.create_booking_unchecked(p_bay_id bigint, p_mechanic_id bigint, p_start timestamptz,
                                                         p_end timestamptz, p_buffer_minutes integer DEFAULT 15,
                                                         p_status text DEFAULT 'confirmed', p_notes text DEFAULT '',
                                                         p_partnership_id bigint DEFAULT NULL,
                                                         p_job_id bigint DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_workshop bigint;
    v_id bigint;
    v_constraint text;
    v_row desk.bay_bookings%ROWTYPE;
BEGIN
    SELECT b.workshop_id INTO v_workshop FROM desk.bays b WHERE b.id = p_bay_id FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'bay % does not exist', p_bay_id USING ERRCODE = 'P0002';
    END IF;
    PERFORM desk.require_workshop_access(v_workshop);
    PERFORM 1 FROM desk.mechanics m WHERE m.id = p_mechanic_id FOR NO KEY UPDATE;
    IF p_status NOT IN ('requested', 'confirmed') THEN
        RAISE EXCEPTION 'a new booking is requested or confirmed, not %', p_status USING ERRCODE = '22023';
    END IF;
    IF p_end <= p_start THEN
        RAISE EXCEPTION 'a booking ends after it starts' USING ERRCODE = '23514',
            CONSTRAINT = 'bay_bookings_span_shape';
    END IF;
    BEGIN
        INSERT INTO desk.bay_bookings (workshop_id, bay_id, mechanic_id, span, buffer_minutes, status, notes,
                                       partnership_id, job_id)
        VALUES (v_workshop, p_bay_id, p_mechanic_id, tstzrange(p_start, p_end, '[)'), p_buffer_minutes, p_status,
                coalesce(p_notes, ''), p_partnership_id, p_job_id)
        RETURNING id INTO v_id;
    EXCEPTION WHEN exclusion_violation THEN
        GET STACKED DIAGNOSTICS v_constraint = CONSTRAINT_NAME;
        v_row.bay_id := p_bay_id;
        v_row.mechanic_id := p_mechanic_id;
        v_row.span := tstzrange(p_start, p_end, '[)');
        v_row.buffer_minutes := greatest(p_buffer_minutes,
                                         (SELECT b.buffer_minutes FROM desk.bays b WHERE b.id = p_bay_id));
        PERFORM desk.raise_booking_exclusion(v_constraint, v_row);
    END;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('booking.create', 'bay_bookings', v_id, v_workshop,
            jsonb_build_object('bay_id', p_bay_id, 'mechanic_id', p_mechanic_id, 'start', p_start, 'end', p_end,
                               'status', p_status));
    RETURN v_id;
END
$$;

CREATE OR REPLACE FUNCTION desk.move_booking_unchecked(p_id bigint, p_version integer, p_bay_id bigint,
                                                       p_start timestamptz, p_end timestamptz) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    b desk.bay_bookings%ROWTYPE;
    v_workshop bigint;
    v_version integer;
    v_constraint text;
    v_row desk.bay_bookings%ROWTYPE;
BEGIN
    b := desk.lock_booking(p_id, p_version);
    PERFORM 1 FROM desk.bays x WHERE x.id IN (b.bay_id, p_bay_id) ORDER BY x.id FOR NO KEY UPDATE;
    PERFORM 1 FROM desk.mechanics m WHERE m.id = b.mechanic_id FOR NO KEY UPDATE;
    IF b.status NOT IN ('requested', 'confirmed', 'checked_in') THEN
        RAISE EXCEPTION 'a % booking cannot be moved', replace(b.status, '_', ' ') USING ERRCODE = 'AD001';
    END IF;
    SELECT x.workshop_id INTO v_workshop FROM desk.bays x WHERE x.id = p_bay_id;
    IF v_workshop IS DISTINCT FROM b.workshop_id THEN
        RAISE EXCEPTION 'bay % is not a bay of this workshop', p_bay_id USING ERRCODE = '23514';
    END IF;
    IF p_end <= p_start THEN
        RAISE EXCEPTION 'a booking ends after it starts' USING ERRCODE = '23514';
    END IF;
    BEGIN
        UPDATE desk.bay_bookings k SET bay_id = p_bay_id, span = tstzrange(p_start, p_end, '[)'),
               version = k.version + 1
         WHERE k.id = p_id RETURNING k.version INTO v_version;
    EXCEPTION WHEN exclusion_violation THEN
        GET STACKED DIAGNOSTICS v_constraint = CONSTRAINT_NAME;
        v_row := b;
        v_row.bay_id := p_bay_id;
        v_row.span := tstzrange(p_start, p_end, '[)');
        PERFORM desk.raise_booking_exclusion(v_constraint, v_row);
    END;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('booking.move', 'bay_bookings', p_id, b.workshop_id,
            jsonb_build_object('from_bay', b.bay_id, 'from', b.span, 'to_bay', p_bay_id,
                               'to', tstzrange(p_start, p_end, '[)')));
    RETURN v_version;
END
$$;

CREATE OR REPLACE FUNCTION desk.set_booking_status_unchecked(p_id bigint, p_version integer, p_status text,
                                                             p_reason text DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    b desk.bay_bookings%ROWTYPE;
    v_version integer;
    v_constraint text;
BEGIN
    b := desk.lock_booking(p_id, p_version);
    PERFORM 1 FROM desk.bays x WHERE x.id = b.bay_id FOR NO KEY UPDATE;
    PERFORM 1 FROM desk.mechanics m WHERE m.id = b.mechanic_id FOR NO KEY UPDATE;
    IF NOT EXISTS (SELECT 1 FROM desk.booking_transitions t WHERE t.from_status = b.status AND t.to_status = p_status) THEN
        RAISE EXCEPTION 'a % booking cannot become %', replace(b.status, '_', ' '), replace(p_status, '_', ' ')
            USING ERRCODE = 'AD001';
    END IF;
    BEGIN
        UPDATE desk.bay_bookings k SET status = p_status, status_reason = p_reason, version = k.version + 1
         WHERE k.id = p_id RETURNING k.version INTO v_version;
    EXCEPTION WHEN exclusion_violation THEN
        GET STACKED DIAGNOSTICS v_constraint = CONSTRAINT_NAME;
        PERFORM desk.raise_booking_exclusion(v_constraint, b);
    END;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('booking.status', 'bay_bookings', p_id, b.workshop_id,
            jsonb_build_object('from_status', b.status, 'to_status', p_status, 'reason', p_reason));
    RETURN v_version;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Setting up bays
-- ---------------------------------------------------------------------------------------------

-- Live bookings not ended yet on the bay that end after local date p_from begins, by start.
CREATE FUNCTION desk.bay_bookings_from(p_bay_id bigint, p_from date) RETURNS bigint[]
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT coalesce(pg_catalog.array_agg(b.id ORDER BY lower(b.span), b.id), '{}')
      FROM desk.bay_bookings b JOIN desk.organizations o ON o.id = b.workshop_id
     WHERE b.bay_id = p_bay_id AND desk.booking_is_ahead(b.status, b.span)
       AND upper(b.span) > (p_from::timestamp AT TIME ZONE o.time_zone)
$$;

-- Creates (p_id NULL: in p_workshop_id) or edits a bay. Returns {"id": …, "version": …}.
CREATE FUNCTION desk.save_bay(p_id bigint, p_version integer, p_workshop_id bigint, p_name text, p_bay_type text,
                              p_capabilities text[], p_buffer_minutes integer, p_hourly_rate_cents bigint,
                              p_sort_order integer) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_bay desk.bays%ROWTYPE;
    v_name text := pg_catalog.btrim(p_name);
    v_caps text[];
    v_bad text;
BEGIN
    IF p_id IS NULL THEN
        IF NOT desk.caller_manages_workshop(p_workshop_id)
           OR NOT EXISTS (SELECT 1 FROM desk.organizations o WHERE o.id = p_workshop_id) THEN
            PERFORM desk.raise_not_found('workshop', p_workshop_id);
        END IF;
    ELSE
        SELECT * INTO v_bay FROM desk.bays b WHERE b.id = p_id;
        IF NOT FOUND OR NOT desk.caller_manages_workshop(v_bay.workshop_id) THEN
            PERFORM desk.raise_not_found('bay', p_id);
        END IF;
        IF p_workshop_id IS DISTINCT FROM v_bay.workshop_id AND p_workshop_id IS NOT NULL THEN
            RAISE EXCEPTION 'a bay stays in its workshop' USING ERRCODE = '23514', CONSTRAINT = 'bays_workshop';
        END IF;
    END IF;
    IF v_name IS NULL OR length(v_name) NOT BETWEEN 1 AND 80 THEN
        RAISE EXCEPTION 'a bay''s name has 1 to 80 characters' USING ERRCODE = '22023', COLUMN = 'name';
    END IF;
    IF p_bay_type IS NULL OR p_bay_type NOT IN ('lift', 'alignment_rack', 'diagnostic', 'general', 'paint', 'tire') THEN
        RAISE EXCEPTION 'unknown bay type "%"', p_bay_type USING ERRCODE = '22023', COLUMN = 'bay_type';
    END IF;
    SELECT ARRAY(SELECT DISTINCT c FROM unnest(coalesce(p_capabilities, '{}')) c ORDER BY c) INTO v_caps;
    SELECT c INTO v_bad FROM unnest(v_caps) c
     WHERE c IS NULL OR c NOT IN ('lift', 'alignment_rack', 'diagnostics', 'tire_changer', 'ev_charging', 'paint_booth')
     LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'unknown capability "%"', coalesce(v_bad, 'NULL') USING ERRCODE = '22023', COLUMN = 'capabilities';
    END IF;
    IF p_buffer_minutes IS NULL OR p_buffer_minutes NOT BETWEEN 0 AND 240 THEN
        RAISE EXCEPTION 'a bay''s buffer is 0 to 240 minutes' USING ERRCODE = '22023', COLUMN = 'buffer_minutes';
    END IF;
    IF p_hourly_rate_cents IS NULL OR p_hourly_rate_cents NOT BETWEEN 0 AND 100000000 THEN
        RAISE EXCEPTION 'an hourly rate is $0.00 to $1,000,000.00' USING ERRCODE = '22023',
            COLUMN = 'hourly_rate_cents';
    END IF;
    IF EXISTS (SELECT 1 FROM desk.bays b WHERE b.workshop_id = coalesce(v_bay.workshop_id, p_workshop_id)
                  AND lower(b.name) = lower(v_name) AND b.id IS DISTINCT FROM p_id) THEN
        RAISE EXCEPTION 'this workshop already has a bay named "%"', v_name USING ERRCODE = '23505',
            CONSTRAINT = 'bays_workshop_id_name_key';
    END IF;
    IF p_id IS NULL THEN
        INSERT INTO desk.bays (workshop_id, name, bay_type, capabilities, buffer_minutes, hourly_rate_cents, sort_order)
        VALUES (p_workshop_id, v_name, p_bay_type, v_caps, p_buffer_minutes, p_hourly_rate_cents,
                coalesce(p_sort_order, (SELECT coalesce(max(b.sort_order), 0) + 1 FROM desk.bays b
                                         WHERE b.workshop_id = p_workshop_id)))
        RETURNING * INTO v_bay;
        INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
        VALUES ('bay.create', 'bays', v_bay.id, v_bay.workshop_id, to_jsonb(v_bay));
    ELSE
        PERFORM 1 FROM desk.bays b WHERE b.id = p_id FOR NO KEY UPDATE;
        SELECT * INTO v_bay FROM desk.bays b WHERE b.id = p_id;
        IF v_bay.version IS DISTINCT FROM p_version THEN
            RAISE EXCEPTION 'bay "%" was changed by someone else (version % is now %)', v_bay.name, p_version,
                v_bay.version USING ERRCODE = '40001', HINT = 'reload';
        END IF;
        UPDATE desk.bays b SET name = v_name, bay_type = p_bay_type, capabilities = v_caps,
                               buffer_minutes = p_buffer_minutes, hourly_rate_cents = p_hourly_rate_cents,
                               sort_order = coalesce(p_sort_order, b.sort_order), version = b.version + 1
         WHERE b.id = p_id RETURNING * INTO v_bay;
        INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
        VALUES ('bay.update', 'bays', v_bay.id, v_bay.workshop_id, to_jsonb(v_bay));
    END IF;
    RETURN jsonb_build_object('id', v_bay.id, 'version', v_bay.version);
END
$$;

-- Takes a bay out of service from local date p_from (today or later), or back into service (NULL).
-- Bookings on the bay that end after p_from begins are refused, listed, unless p_cancel_booking_ids
-- names them all and p_reason says why (then cancelled). Returns {"version": …, "cancelled": […]}.
CREATE FUNCTION desk.set_bay_out_of_service(p_bay_id bigint, p_version integer, p_from date,
                                            p_cancel_booking_ids bigint[], p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_bay desk.bays%ROWTYPE;
    v_today date;
    v_ids bigint[] := '{}';
BEGIN
    SELECT * INTO v_bay FROM desk.bays b WHERE b.id = p_bay_id;
    IF NOT FOUND OR NOT desk.caller_manages_workshop(v_bay.workshop_id) THEN
        PERFORM desk.raise_not_found('bay', p_bay_id);
    END IF;
    PERFORM 1 FROM desk.bays b WHERE b.id = p_bay_id FOR NO KEY UPDATE;
    SELECT * INTO v_bay FROM desk.bays b WHERE b.id = p_bay_id;
    IF v_bay.version IS DISTINCT FROM p_version THEN
        RAISE EXCEPTION 'bay "%" was changed by someone else (version % is now %)', v_bay.name, p_version,
            v_bay.version USING ERRCODE = '40001', HINT = 'reload';
    END IF;
    v_today := desk.workshop_today(v_bay.workshop_id);
    IF p_from < v_today THEN
        RAISE EXCEPTION 'a bay goes out of service today (%) or later, not on %', v_today, p_from
            USING ERRCODE = '23514', CONSTRAINT = 'bays_out_of_service_from';
    END IF;
    IF p_from IS NOT NULL THEN
        v_ids := desk.cancel_confirmed_bookings(desk.bay_bookings_from(p_bay_id, p_from), p_cancel_booking_ids,
                                                p_reason,
                                                pg_catalog.format('taking bay "%s" out of service from %s', v_bay.name, p_from),
                                                'bays_out_of_service_over_bookings', 'bay_out_of_service');
    END IF;
    UPDATE desk.bays b SET out_of_service_from = p_from, active = (p_from IS NULL OR p_from > v_today),
                           version = b.version + 1
     WHERE b.id = p_bay_id RETURNING * INTO v_bay;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('bay.out_of_service', 'bays', p_bay_id, v_bay.workshop_id,
            jsonb_build_object('from', p_from, 'cancelled_bookings', to_jsonb(v_ids), 'reason', p_reason));
    RETURN jsonb_build_object('version', v_bay.version, 'cancelled', to_jsonb(v_ids));
END
$$;

-- 0008's switch, now also recording the date: out of service from today, or back in service.
CREATE OR REPLACE FUNCTION desk.set_bay_in_service(p_bay_id bigint, p_in_service boolean,
                                                   p_cancel_booking_ids bigint[] DEFAULT NULL,
                                                   p_reason text DEFAULT NULL)
RETURNS bigint[]
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_bay desk.bays%ROWTYPE;
BEGIN
    SELECT * INTO v_bay FROM desk.bays b WHERE b.id = p_bay_id;
    IF NOT FOUND OR NOT desk.caller_manages_workshop(v_bay.workshop_id) THEN
        PERFORM desk.raise_not_found('bay', p_bay_id);
    END IF;
    IF p_in_service IS NULL THEN
        RAISE EXCEPTION 'say whether the bay is in service' USING ERRCODE = '22023', COLUMN = 'active';
    END IF;
    RETURN ARRAY(SELECT jsonb_array_elements_text(
        desk.set_bay_out_of_service(p_bay_id, v_bay.version,
                                    CASE WHEN p_in_service THEN NULL ELSE desk.workshop_today(v_bay.workshop_id) END,
                                    p_cancel_booking_ids, p_reason) -> 'cancelled'))::bigint[];
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Setting up opening hours
-- ---------------------------------------------------------------------------------------------

-- From local date p_effective_from (today or later; NULL: today) until the weekday's next scheduled
-- change, p_weekday's shifts are p_shifts: [{"opens": "08:00", "closes": "12:00"}, …] ([]: closed).
-- Bookings ahead the new shifts leave out are refused, listed, unless p_cancel_booking_ids names them
-- all and p_reason says why (then cancelled). Returns {"hours_version": …, "cancelled": […]}.
CREATE FUNCTION desk.set_opening_hours(p_workshop_id bigint, p_hours_version integer, p_weekday integer,
                                       p_effective_from date, p_shifts jsonb, p_cancel_booking_ids bigint[],
                                       p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_org desk.organizations%ROWTYPE;
    v_from date;
    v_next date;
    v_opens time[] := '{}';
    v_closes time[] := '{}';
    v_item jsonb;
    v_ids bigint[];
    v_text text;
    v_version integer;
    i integer;
BEGIN
    IF NOT desk.caller_manages_workshop(p_workshop_id)
       OR NOT EXISTS (SELECT 1 FROM desk.organizations o WHERE o.id = p_workshop_id) THEN
        PERFORM desk.raise_not_found('workshop', p_workshop_id);
    END IF;
    IF p_weekday IS NULL OR p_weekday NOT BETWEEN 1 AND 7 THEN
        RAISE EXCEPTION 'a weekday is 1 (Monday) to 7 (Sunday)' USING ERRCODE = '22023', COLUMN = 'weekday';
    END IF;
    IF p_shifts IS NULL OR jsonb_typeof(p_shifts) <> 'array' THEN
        RAISE EXCEPTION 'the shifts are a JSON array of {"opens": "HH:MM", "closes": "HH:MM"}' USING ERRCODE = '22023';
    END IF;
    BEGIN
        FOR v_item IN SELECT e FROM jsonb_array_elements(p_shifts) e ORDER BY (e ->> 'opens')::time LOOP
            v_opens := v_opens || (v_item ->> 'opens')::time;
            v_closes := v_closes || (v_item ->> 'closes')::time;
        END LOOP;
    EXCEPTION WHEN invalid_datetime_format OR datetime_field_overflow OR invalid_text_representation THEN
        RAISE EXCEPTION 'a shift''s times are written HH:MM' USING ERRCODE = '22023';
    END;
    FOR i IN 1 .. pg_catalog.cardinality(v_opens) LOOP
        IF v_opens[i] IS NULL OR v_closes[i] IS NULL OR v_opens[i] >= v_closes[i] THEN
            RAISE EXCEPTION 'a shift opens before it closes (%–%)', coalesce(v_opens[i]::text, '?'),
                coalesce(v_closes[i]::text, '?') USING ERRCODE = '23514', CONSTRAINT = 'workshop_hours_order';
        END IF;
        IF i > 1 AND v_opens[i] < v_closes[i - 1] THEN
            RAISE EXCEPTION 'shifts overlap (%–% and %–%)', pg_catalog.to_char(v_opens[i - 1], 'HH24:MI'),
                pg_catalog.to_char(v_closes[i - 1], 'HH24:MI'), pg_catalog.to_char(v_opens[i], 'HH24:MI'),
                pg_catalog.to_char(v_closes[i], 'HH24:MI')
                USING ERRCODE = '23514', CONSTRAINT = 'workshop_hours_no_overlap';
        END IF;
    END LOOP;

    -- Booking writers lock the bay first: with every bay locked, no booking slips in meanwhile.
    PERFORM 1 FROM desk.bays b WHERE b.workshop_id = p_workshop_id ORDER BY b.id FOR NO KEY UPDATE;
    SELECT * INTO v_org FROM desk.organizations o WHERE o.id = p_workshop_id FOR NO KEY UPDATE;
    IF v_org.hours_version IS DISTINCT FROM p_hours_version THEN
        RAISE EXCEPTION 'the opening hours were changed by someone else (version % is now %)', p_hours_version,
            v_org.hours_version USING ERRCODE = '40001', HINT = 'reload';
    END IF;
    v_from := coalesce(p_effective_from, desk.workshop_today(p_workshop_id));
    IF v_from < desk.workshop_today(p_workshop_id) THEN
        RAISE EXCEPTION 'new opening hours take effect today (%) or later, not on %',
            desk.workshop_today(p_workshop_id), v_from USING ERRCODE = '23514', CONSTRAINT = 'workshop_hours_effective';
    END IF;
    SELECT min(h.effective_from) INTO v_next FROM desk.workshop_hours h
     WHERE h.workshop_id = p_workshop_id AND h.weekday = p_weekday AND h.effective_from > v_from;

    SELECT coalesce(pg_catalog.array_agg(b.id ORDER BY lower(b.span), b.id), '{}') INTO v_ids
      FROM desk.bay_bookings b
     CROSS JOIN LATERAL (SELECT lower(b.span) AT TIME ZONE v_org.time_zone AS ls,
                                upper(b.span) AT TIME ZONE v_org.time_zone AS le) l
     WHERE b.workshop_id = p_workshop_id AND desk.booking_is_ahead(b.status, b.span)
       AND l.ls::date >= v_from AND (v_next IS NULL OR l.ls::date < v_next)
       AND extract(isodow FROM l.ls) = p_weekday
       AND NOT EXISTS (SELECT 1 FROM unnest(v_opens, v_closes) AS s(opens, closes)
                        WHERE l.ls::time >= s.opens AND l.le <= l.ls::date + s.closes);
    v_text := CASE WHEN pg_catalog.cardinality(v_opens) = 0
                   THEN pg_catalog.format('closing on %ss from %s', desk.weekday_name(p_weekday), v_from)
                   ELSE pg_catalog.format('opening %ss %s from %s', desk.weekday_name(p_weekday),
                            (SELECT pg_catalog.string_agg(pg_catalog.to_char(s.o, 'HH24:MI') || '–'
                                                          || pg_catalog.to_char(s.c, 'HH24:MI'), ', ')
                               FROM unnest(v_opens, v_closes) AS s(o, c)), v_from) END;
    v_ids := desk.cancel_confirmed_bookings(v_ids, p_cancel_booking_ids, p_reason, v_text,
                                            'workshop_hours_over_bookings', 'workshop_hours');

    UPDATE desk.workshop_hours h SET effective_until = v_from
     WHERE h.workshop_id = p_workshop_id AND h.weekday = p_weekday AND h.effective_from < v_from
       AND (h.effective_until IS NULL OR h.effective_until > v_from);
    DELETE FROM desk.workshop_hours h
     WHERE h.workshop_id = p_workshop_id AND h.weekday = p_weekday AND h.effective_from >= v_from
       AND (v_next IS NULL OR h.effective_from < v_next);
    INSERT INTO desk.workshop_hours (workshop_id, weekday, opens_at, closes_at, effective_from, effective_until)
    SELECT p_workshop_id, p_weekday, s.o, s.c, v_from, v_next FROM unnest(v_opens, v_closes) AS s(o, c);
    UPDATE desk.organizations o SET hours_version = o.hours_version + 1 WHERE o.id = p_workshop_id
    RETURNING o.hours_version INTO v_version;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('workshop_hours.set', 'workshop_hours', NULL, p_workshop_id,
            jsonb_build_object('weekday', p_weekday, 'effective_from', v_from, 'until', v_next, 'shifts', p_shifts,
                               'cancelled_bookings', to_jsonb(v_ids), 'reason', p_reason));
    RETURN jsonb_build_object('hours_version', v_version, 'cancelled', to_jsonb(v_ids));
END
$$;

-- 0008's one-shift form: from today, one shift (or closed), at the current hours version.
CREATE OR REPLACE FUNCTION desk.set_workshop_hours(p_workshop_id bigint, p_weekday integer, p_opens_at time,
                                                   p_closes_at time, p_cancel_booking_ids bigint[] DEFAULT NULL,
                                                   p_reason text DEFAULT NULL) RETURNS bigint[]
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT desk.caller_manages_workshop(p_workshop_id)
       OR NOT EXISTS (SELECT 1 FROM desk.organizations o WHERE o.id = p_workshop_id) THEN
        PERFORM desk.raise_not_found('workshop', p_workshop_id);
    END IF;
    IF (p_opens_at IS NULL) <> (p_closes_at IS NULL) THEN
        RAISE EXCEPTION 'give both the opening and the closing time, or neither to close the day'
            USING ERRCODE = '22023';
    END IF;
    RETURN ARRAY(SELECT jsonb_array_elements_text(
        desk.set_opening_hours(p_workshop_id,
                               (SELECT o.hours_version FROM desk.organizations o WHERE o.id = p_workshop_id),
                               p_weekday, NULL,
                               CASE WHEN p_opens_at IS NULL THEN '[]'::jsonb
                                    ELSE jsonb_build_array(jsonb_build_object('opens', p_opens_at, 'closes', p_closes_at))
                               END,
                               p_cancel_booking_ids, p_reason) -> 'cancelled'))::bigint[];
END
$$;

DROP FUNCTION desk.bookings_outside_hours(bigint, integer, time, time);

-- ---------------------------------------------------------------------------------------------
-- Closures
-- ---------------------------------------------------------------------------------------------

ALTER TABLE desk.bay_closures ADD COLUMN version integer NOT NULL DEFAULT 1;

-- Closes one bay (p_bay_id) or the whole workshop (NULL) over [p_start, p_end). Bookings ahead in
-- that span are refused, listed, unless p_cancel_booking_ids names them all and p_cancel_reason says
-- why (then cancelled). Returns {"id": …, "cancelled": […]}.
CREATE FUNCTION desk.add_closure(p_workshop_id bigint, p_bay_id bigint, p_kind text, p_start timestamptz,
                                 p_end timestamptz, p_reason text, p_cancel_booking_ids bigint[],
                                 p_cancel_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_ids bigint[];
    v_id bigint;
    v_span tstzrange;
    v_bay_name text;
BEGIN
    IF NOT desk.caller_manages_workshop(p_workshop_id)
       OR NOT EXISTS (SELECT 1 FROM desk.organizations o WHERE o.id = p_workshop_id) THEN
        PERFORM desk.raise_not_found('workshop', p_workshop_id);
    END IF;
    IF p_bay_id IS NOT NULL THEN
        SELECT b.name INTO v_bay_name FROM desk.bays b WHERE b.id = p_bay_id AND b.workshop_id = p_workshop_id;
        IF NOT FOUND THEN
            PERFORM desk.raise_not_found('bay', p_bay_id);
        END IF;
    END IF;
    IF p_kind IS NULL OR p_kind NOT IN ('holiday', 'maintenance', 'other') THEN
        RAISE EXCEPTION 'a closure is a holiday, maintenance or other, not %', coalesce(p_kind, 'NULL')
            USING ERRCODE = '22023', COLUMN = 'kind';
    END IF;
    IF p_start IS NULL OR p_end IS NULL OR p_end <= p_start THEN
        RAISE EXCEPTION 'a closure ends after it starts' USING ERRCODE = '23514', CONSTRAINT = 'bay_closures_span';
    END IF;
    IF p_end <= now() THEN
        RAISE EXCEPTION 'a closure that has already ended closes nothing' USING ERRCODE = '23514',
            CONSTRAINT = 'bay_closures_span';
    END IF;
    IF length(coalesce(p_reason, '')) > 500 THEN
        RAISE EXCEPTION 'a closure''s reason has at most 500 characters' USING ERRCODE = '22023', COLUMN = 'reason';
    END IF;
    v_span := tstzrange(p_start, p_end, '[)');
    PERFORM 1 FROM desk.bays b WHERE b.workshop_id = p_workshop_id AND (p_bay_id IS NULL OR b.id = p_bay_id)
     ORDER BY b.id FOR NO KEY UPDATE;
    SELECT coalesce(pg_catalog.array_agg(b.id ORDER BY lower(b.span), b.id), '{}') INTO v_ids
      FROM desk.bay_bookings b
     WHERE b.workshop_id = p_workshop_id AND (p_bay_id IS NULL OR b.bay_id = p_bay_id)
       AND desk.booking_is_ahead(b.status, b.span) AND b.span && v_span;
    v_ids := desk.cancel_confirmed_bookings(v_ids, p_cancel_booking_ids, p_cancel_reason,
        pg_catalog.format('closing %s %s – %s', coalesce(pg_catalog.format('bay "%s"', v_bay_name), 'the workshop'),
                          desk.local_instant(p_start, p_workshop_id), desk.local_instant(p_end, p_workshop_id)),
        'bay_closures_over_bookings', 'closure');
    INSERT INTO desk.bay_closures (workshop_id, bay_id, kind, span, reason)
    VALUES (p_workshop_id, p_bay_id, p_kind, v_span, coalesce(pg_catalog.btrim(p_reason), ''))
    RETURNING id INTO v_id;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('closure.add', 'bay_closures', v_id, p_workshop_id,
            jsonb_build_object('bay_id', p_bay_id, 'kind', p_kind, 'span', v_span, 'reason', p_reason,
                               'cancelled_bookings', to_jsonb(v_ids), 'cancel_reason', p_cancel_reason));
    RETURN jsonb_build_object('id', v_id, 'cancelled', to_jsonb(v_ids));
END
$$;

CREATE FUNCTION desk.remove_closure(p_id bigint, p_version integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    c desk.bay_closures%ROWTYPE;
BEGIN
    SELECT * INTO c FROM desk.bay_closures x WHERE x.id = p_id;
    IF NOT FOUND OR NOT desk.caller_manages_workshop(c.workshop_id) THEN
        PERFORM desk.raise_not_found('closure', p_id);
    END IF;
    SELECT * INTO c FROM desk.bay_closures x WHERE x.id = p_id FOR UPDATE;
    IF c.version IS DISTINCT FROM p_version THEN
        RAISE EXCEPTION 'closure % was changed by someone else (version % is now %)', p_id, p_version, c.version
            USING ERRCODE = '40001', HINT = 'reload';
    END IF;
    DELETE FROM desk.bay_closures x WHERE x.id = p_id;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('closure.remove', 'bay_closures', p_id, c.workshop_id, to_jsonb(c));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Utilization (0003's, over shifts with effective dates and out-of-service dates)
-- ---------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION desk.bay_utilization(p_workshop_id bigint, p_from date, p_to date)
RETURNS TABLE (bay_id bigint, bay_name text, week_start date, open_minutes bigint, booked_minutes bigint,
               revenue_cents bigint)
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    WITH o AS (SELECT time_zone AS tz FROM desk.organizations WHERE id = p_workshop_id),
    days AS (
        SELECT d::date AS day,
               tstzrange((d::date + h.opens_at) AT TIME ZONE o.tz, (d::date + h.closes_at) AT TIME ZONE o.tz, '[)')
                   AS open_span
          FROM o, generate_series(p_from, p_to - 1, interval '1 day') d
          JOIN desk.workshop_hours h ON h.workshop_id = p_workshop_id
                                    AND h.weekday = extract(isodow FROM d)
                                    AND h.effective_from <= d::date
                                    AND (h.effective_until IS NULL OR d::date < h.effective_until)),
    bay_days AS (
        SELECT b.id AS bay_id, b.name AS bay_name, b.hourly_rate_cents, b.sort_order, d.day,
               (d.day - (extract(isodow FROM d.day)::int - 1)) AS week_start, d.open_span,
               extract(epoch FROM upper(d.open_span) - lower(d.open_span))::bigint / 60
               - coalesce((SELECT sum(extract(epoch FROM upper(c.span * d.open_span) - lower(c.span * d.open_span)))
                                  ::bigint / 60
                             FROM desk.bay_closures c
                            WHERE c.workshop_id = p_workshop_id AND (c.bay_id IS NULL OR c.bay_id = b.id)
                              AND c.span && d.open_span), 0) AS open_minutes
          FROM desk.bays b CROSS JOIN days d
         WHERE b.workshop_id = p_workshop_id
           AND (b.out_of_service_from IS NULL OR d.day < b.out_of_service_from)),
    booked AS (
        SELECT bd.bay_id, bd.week_start,
               sum(extract(epoch FROM upper(k.span * bd.open_span) - lower(k.span * bd.open_span)))::bigint / 60
                   AS minutes
          FROM bay_days bd
          JOIN desk.bay_bookings k ON k.bay_id = bd.bay_id AND k.span && bd.open_span
                                   AND k.status IN ('confirmed', 'checked_in', 'completed')
         GROUP BY bd.bay_id, bd.week_start)
    SELECT bd.bay_id, bd.bay_name, bd.week_start, sum(greatest(bd.open_minutes, 0))::bigint,
           coalesce(max(bk.minutes), 0)::bigint,
           ((coalesce(max(bk.minutes), 0) * max(bd.hourly_rate_cents) + 30) / 60)::bigint
      FROM bay_days bd LEFT JOIN booked bk ON bk.bay_id = bd.bay_id AND bk.week_start = bd.week_start
     GROUP BY bd.bay_id, bd.bay_name, bd.sort_order, bd.week_start
     ORDER BY bd.week_start, bd.sort_order, bd.bay_id
$$;

-- ---------------------------------------------------------------------------------------------
-- Keyed overloads (0010's pattern): one effect per user intent
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.save_bay(p_request_id uuid, p_id bigint, p_version integer, p_workshop_id bigint, p_name text,
                              p_bay_type text, p_capabilities text[], p_buffer_minutes integer,
                              p_hourly_rate_cents bigint, p_sort_order integer) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'save_bay');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 desk.save_bay(p_id, p_version, p_workshop_id, p_name, p_bay_type, p_capabilities, p_buffer_minutes,
                               p_hourly_rate_cents, p_sort_order));
    END IF;
    RETURN r;
END
$$;

CREATE FUNCTION desk.set_bay_out_of_service(p_request_id uuid, p_bay_id bigint, p_version integer, p_from date,
                                            p_cancel_booking_ids bigint[], p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'set_bay_out_of_service');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 desk.set_bay_out_of_service(p_bay_id, p_version, p_from, p_cancel_booking_ids, p_reason));
    END IF;
    RETURN r;
END
$$;

CREATE FUNCTION desk.set_opening_hours(p_request_id uuid, p_workshop_id bigint, p_hours_version integer,
                                       p_weekday integer, p_effective_from date, p_shifts jsonb,
                                       p_cancel_booking_ids bigint[], p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'set_opening_hours');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 desk.set_opening_hours(p_workshop_id, p_hours_version, p_weekday, p_effective_from, p_shifts,
                                        p_cancel_booking_ids, p_reason));
    END IF;
    RETURN r;
END
$$;

CREATE FUNCTION desk.add_closure(p_request_id uuid, p_workshop_id bigint, p_bay_id bigint, p_kind text,
                                 p_start timestamptz, p_end timestamptz, p_reason text, p_cancel_booking_ids bigint[],
                                 p_cancel_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'add_closure');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 desk.add_closure(p_workshop_id, p_bay_id, p_kind, p_start, p_end, p_reason, p_cancel_booking_ids,
                                  p_cancel_reason));
    END IF;
    RETURN r;
END
$$;

CREATE FUNCTION desk.remove_closure(p_request_id uuid, p_id bigint, p_version integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF desk.write_request_begin(p_request_id, 'remove_closure') IS NULL THEN
        PERFORM desk.remove_closure(p_id, p_version);
        PERFORM desk.write_request_finish(p_request_id, NULL);
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Privileges
-- ---------------------------------------------------------------------------------------------

REVOKE INSERT, UPDATE, DELETE ON desk.bays, desk.workshop_hours, desk.bay_closures
    FROM adesk_platform_admin, adesk_workshop_owner;

REVOKE ALL ON FUNCTION desk.shifts_on(bigint, date), desk.describe_shifts(bigint, date),
    desk.workshop_today(bigint), desk.workshop_problems(bigint, date),
    desk.describe_workshop_problems(bigint, text[]), desk.mechanic_may_work_on(bigint, bigint, date),
    desk.find_mechanic_clash(bigint, tstzrange, integer, bigint), desk.raise_mechanic_clash(bigint, text),
    desk.raise_booking_exclusion(text, desk.bay_bookings), desk.bay_bookings_from(bigint, date),
    desk.opening_hours_on(bigint, date), desk.workshop_physical_work_problems(bigint, date),
    desk.save_bay(bigint, integer, bigint, text, text, text[], integer, bigint, integer),
    desk.save_bay(uuid, bigint, integer, bigint, text, text, text[], integer, bigint, integer),
    desk.set_bay_out_of_service(bigint, integer, date, bigint[], text),
    desk.set_bay_out_of_service(uuid, bigint, integer, date, bigint[], text),
    desk.set_opening_hours(bigint, integer, integer, date, jsonb, bigint[], text),
    desk.set_opening_hours(uuid, bigint, integer, integer, date, jsonb, bigint[], text),
    desk.add_closure(bigint, bigint, text, timestamptz, timestamptz, text, bigint[], text),
    desk.add_closure(uuid, bigint, bigint, text, timestamptz, timestamptz, text, bigint[], text),
    desk.remove_closure(bigint, integer), desk.remove_closure(uuid, bigint, integer)
    FROM PUBLIC;

GRANT EXECUTE ON FUNCTION desk.opening_hours_on(bigint, date)
    TO adesk_platform_admin, adesk_workshop_owner, adesk_finance;
GRANT EXECUTE ON FUNCTION desk.workshop_physical_work_problems(bigint, date)
    TO adesk_platform_admin, adesk_workshop_owner, adesk_finance;
GRANT EXECUTE ON FUNCTION
    desk.save_bay(bigint, integer, bigint, text, text, text[], integer, bigint, integer),
    desk.save_bay(uuid, bigint, integer, bigint, text, text, text[], integer, bigint, integer),
    desk.set_bay_out_of_service(bigint, integer, date, bigint[], text),
    desk.set_bay_out_of_service(uuid, bigint, integer, date, bigint[], text),
    desk.set_opening_hours(bigint, integer, integer, date, jsonb, bigint[], text),
    desk.set_opening_hours(uuid, bigint, integer, integer, date, jsonb, bigint[], text),
    desk.add_closure(bigint, bigint, text, timestamptz, timestamptz, text, bigint[], text),
    desk.add_closure(uuid, bigint, bigint, text, timestamptz, timestamptz, text, bigint[], text),
    desk.remove_closure(bigint, integer), desk.remove_closure(uuid, bigint, integer)
    TO adesk_platform_admin, adesk_workshop_owner;
