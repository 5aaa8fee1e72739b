-- 0003_bays: service bays, weekly opening hours, closures and bay bookings (issue 3).
--
-- Business rules: shared/seeds/phase3-partnerships-bays-revenue-plan.md (bay booking system,
-- conflict detection, buffer time between bookings, workshop confirmation, overrides) and
-- shared/seeds/compliance-migration-plan.md (physical work only by verified, workshop-affiliated
-- mechanics at licensed workshops).
--
-- Time: a booking's span is a UTC tstzrange with '[)' bounds; opening hours are wall-clock times in
-- the workshop's IANA zone (organizations.time_zone) and are checked in that zone.
--
-- The database is the guarantee:
--   * EXCLUDE USING gist (bay_id WITH =, span_with_buffer WITH &&) over live bookings: two live
--     bookings of one bay never overlap, the buffer after each included (23P01).
--   * BEFORE trigger: outside opening hours or inside a closure (23514), mechanic not allowed to do
--     physical work at that workshop (23514, through desk.mechanic_may_work_at, which migration
--     0004 replaces to also accept active partners), a clash found before the insert (23P01 with
--     the clashing booking's time and mechanic; the constraint catches concurrent writers).
--   * State changes go through SECURITY DEFINER functions with a version check (40001).
--
-- SQLSTATEs raised here (mapped to plain language by models/store/dberror.cpp):
--   23P01 exclusion_violation    clashes with another live booking (message names it)
--   23514 check_violation        opening hours, closure, eligibility, bad span
--   40001 serialization_failure  the booking's version moved: someone else changed it first
--   42501 insufficient_privilege not the caller's workshop
--   P0002 no_data_found          no such booking / bay (or not visible)
--   AD001 (custom)               the booking's status does not allow this change
--
-- partnership_id and job_id have NO foreign keys yet: desk.partnerships (migration 0004) and the
-- platform's jobs table come later; the migration that adds them adds the constraints.

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = desk, public;

-- ---------------------------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------------------------

CREATE TABLE desk.bays (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workshop_id       bigint NOT NULL REFERENCES desk.organizations (id) ON DELETE CASCADE,
    name              text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    bay_type          text NOT NULL DEFAULT 'lift'
                      CHECK (bay_type IN ('lift', 'alignment_rack', 'diagnostic', 'general', 'paint', 'tire')),
    active            boolean NOT NULL DEFAULT true,
    hourly_rate_cents bigint NOT NULL DEFAULT 0 CHECK (hourly_rate_cents BETWEEN 0 AND 100000000),
    sort_order        integer NOT NULL DEFAULT 0,
    created_at        timestamptz NOT NULL DEFAULT now(),
    version           integer NOT NULL DEFAULT 1,
    UNIQUE (workshop_id, name),
    UNIQUE (workshop_id, id)
);

-- Weekly opening hours, wall clock in the workshop's zone. weekday: ISO 1 = Monday … 7 = Sunday.
-- A weekday without a row is closed.
CREATE TABLE desk.workshop_hours (
    workshop_id bigint NOT NULL REFERENCES desk.organizations (id) ON DELETE CASCADE,
    weekday     smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens_at    time NOT NULL,
    closes_at   time NOT NULL,
    PRIMARY KEY (workshop_id, weekday),
    CONSTRAINT workshop_hours_order CHECK (opens_at < closes_at)
);

-- Holidays (bay_id NULL: the whole workshop) and maintenance blocks on one bay.
CREATE TABLE desk.bay_closures (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workshop_id bigint NOT NULL REFERENCES desk.organizations (id) ON DELETE CASCADE,
    bay_id      bigint,
    kind        text NOT NULL DEFAULT 'holiday' CHECK (kind IN ('holiday', 'maintenance', 'other')),
    span        tstzrange NOT NULL,
    reason      text NOT NULL DEFAULT '' CHECK (length(reason) <= 500),
    created_at  timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (workshop_id, bay_id) REFERENCES desk.bays (workshop_id, id) ON DELETE CASCADE,
    CONSTRAINT bay_closures_span CHECK (NOT isempty(span) AND NOT lower_inf(span) AND NOT upper_inf(span))
);
CREATE INDEX bay_closures_span ON desk.bay_closures USING gist (workshop_id, span);

-- Minutes added to an instant. IMMUTABLE (unlike timestamptz + interval in general) because a
-- whole number of minutes never depends on the session's time zone; needed by the generated column.
CREATE FUNCTION desk.add_minutes(p_at timestamptz, p_minutes integer) RETURNS timestamptz
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
    SELECT p_at + make_interval(mins => p_minutes)
$$;

CREATE TABLE desk.bay_bookings (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Tenant key (filled from the bay): RLS and distribution by workshop.
    workshop_id      bigint NOT NULL,
    bay_id           bigint NOT NULL,
    mechanic_id      bigint NOT NULL REFERENCES desk.mechanics (id),
    -- Denormalised at write time so an owner sees a partner mechanic's name without reading the
    -- mechanics table across tenants.
    mechanic_name    text NOT NULL DEFAULT '',
    partnership_id   bigint, -- no FK yet: desk.partnerships arrives with migration 0004
    job_id           bigint, -- no FK yet: the platform's jobs table is not in the desk schema
    span             tstzrange NOT NULL,
    buffer_minutes   integer NOT NULL DEFAULT 15 CHECK (buffer_minutes BETWEEN 0 AND 240),
    span_with_buffer tstzrange GENERATED ALWAYS AS (
                         tstzrange(lower(span), desk.add_minutes(upper(span), buffer_minutes), '[)')) STORED,
    status           text NOT NULL DEFAULT 'requested'
                     CHECK (status IN ('requested', 'confirmed', 'checked_in', 'completed', 'cancelled', 'no_show')),
    status_reason    text,
    notes            text NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
    created_by       name NOT NULL DEFAULT session_user,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          integer NOT NULL DEFAULT 1,
    FOREIGN KEY (workshop_id, bay_id) REFERENCES desk.bays (workshop_id, id),
    CONSTRAINT bay_bookings_span_shape CHECK (
        NOT isempty(span) AND NOT lower_inf(span) AND NOT upper_inf(span)
        AND lower_inc(span) AND NOT upper_inc(span)
        AND upper(span) - lower(span) <= interval '24 hours'),
    -- Live bookings (everything but cancelled and no-show) never overlap on one bay, buffer included.
    CONSTRAINT bay_bookings_no_overlap EXCLUDE USING gist (bay_id WITH =, span_with_buffer WITH &&)
        WHERE (status IN ('requested', 'confirmed', 'checked_in', 'completed'))
);
COMMENT ON COLUMN desk.bay_bookings.partnership_id IS
    'desk.partnerships(id); foreign key added by the partnerships migration (0004)';
COMMENT ON COLUMN desk.bay_bookings.job_id IS 'platform job id; no foreign key (table outside the desk schema)';
-- The calendar's range query: one workshop, spans overlapping the visible week.
CREATE INDEX bay_bookings_workshop_span ON desk.bay_bookings USING gist (workshop_id, span);
CREATE INDEX bay_bookings_mechanic ON desk.bay_bookings (mechanic_id, lower(span));
CREATE INDEX bay_bookings_requested ON desk.bay_bookings (workshop_id, lower(span)) WHERE status = 'requested';

CREATE FUNCTION desk.booking_is_live(p_status text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT p_status IN ('requested', 'confirmed', 'checked_in', 'completed')
$$;

-- ---------------------------------------------------------------------------------------------
-- Rules
-- ---------------------------------------------------------------------------------------------

-- May this mechanic do physical work at this workshop? Physical-work permission (verified,
-- workshop_affiliated or licensed_mobile) and affiliated with that workshop, which must allow
-- physical repairs. Migration 0004 (partnerships) replaces it to also accept active partners:
-- call this function, never inline the rule.
CREATE FUNCTION desk.mechanic_may_work_at(p_mechanic_id bigint, p_workshop_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
    SELECT EXISTS (
        SELECT 1 FROM desk.mechanics m JOIN desk.organizations o ON o.id = p_workshop_id
         WHERE m.id = p_mechanic_id
           AND m.can_perform_physical_work
           AND m.compliance_status <> 'expired'
           AND o.allows_physical_repairs
           AND m.workshop_id = p_workshop_id)
$$;

-- "booking 42 on Lift 1, Tue 14 Jan 2025 09:00–10:30 America/Toronto (James Wilson, confirmed)" in the
-- workshop's zone. Not granted to app roles (it reads across tenants): called by the functions below.
CREATE FUNCTION desk.describe_booking(p_id bigint) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
    SELECT format('booking %s on %s, %s–%s %s (%s, %s)', b.id, bay.name,
                  to_char(lower(b.span) AT TIME ZONE o.time_zone, 'Dy DD Mon YYYY HH24:MI'),
                  to_char(upper(b.span) AT TIME ZONE o.time_zone, 'HH24:MI'),
                  o.time_zone, b.mechanic_name, b.status)
           || CASE WHEN b.buffer_minutes > 0 THEN format(' + %s min buffer', b.buffer_minutes) ELSE '' END
      FROM desk.bay_bookings b JOIN desk.bays bay ON bay.id = b.bay_id
      JOIN desk.organizations o ON o.id = b.workshop_id
     WHERE b.id = p_id
$$;

-- The first live booking on p_bay_id whose buffered span overlaps p_span (+ p_buffer), p_self excluded.
CREATE FUNCTION desk.find_clash(p_bay_id bigint, p_span tstzrange, p_buffer integer, p_self bigint)
RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
    SELECT b.id FROM desk.bay_bookings b
     WHERE b.bay_id = p_bay_id AND desk.booking_is_live(b.status)
       AND b.span_with_buffer && tstzrange(lower(p_span), desk.add_minutes(upper(p_span), p_buffer), '[)')
       AND b.id IS DISTINCT FROM p_self
     ORDER BY lower(b.span) LIMIT 1
$$;

CREATE FUNCTION desk.raise_clash(p_clash bigint) RETURNS void
LANGUAGE plpgsql SET search_path = desk, pg_temp AS $$
BEGIN
    RAISE EXCEPTION 'the bay is already taken by %', coalesce(desk.describe_booking(p_clash), 'another booking')
        USING ERRCODE = '23P01', CONSTRAINT = 'bay_bookings_no_overlap',
              DETAIL = format('clashing_booking=%s', p_clash);
END
$$;

CREATE FUNCTION desk.bay_bookings_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    v_zone text;
    v_bay desk.bays;
    v_local_start timestamp;
    v_local_end timestamp;
    v_hours desk.workshop_hours;
    v_closure desk.bay_closures;
    v_clash bigint;
    v_span_changed boolean;
BEGIN
    SELECT * INTO v_bay FROM desk.bays WHERE id = NEW.bay_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'bay % does not exist', NEW.bay_id USING ERRCODE = 'P0002';
    END IF;
    NEW.workshop_id := v_bay.workshop_id;
    v_span_changed := TG_OP = 'INSERT' OR NEW.span IS DISTINCT FROM OLD.span OR NEW.bay_id <> OLD.bay_id
                      OR NEW.buffer_minutes <> OLD.buffer_minutes
                      OR (desk.booking_is_live(NEW.status) AND NOT desk.booking_is_live(OLD.status));
    IF TG_OP = 'INSERT' OR NEW.mechanic_id <> OLD.mechanic_id THEN
        SELECT display_name INTO NEW.mechanic_name FROM desk.mechanics WHERE id = NEW.mechanic_id;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        NEW.updated_at := clock_timestamp();
    END IF;
    IF NOT desk.booking_is_live(NEW.status) OR NOT v_span_changed THEN
        RETURN NEW;
    END IF;

    IF NOT v_bay.active THEN
        RAISE EXCEPTION 'bay "%" is not in service', v_bay.name USING ERRCODE = '23514',
            CONSTRAINT = 'bay_bookings_bay_active';
    END IF;
    -- Eligibility: the same rule as the web platform's booking endpoint. Checked when the mechanic,
    -- the bay or the time changes (a past booking stays valid when a licence lapses later).
    IF NOT desk.mechanic_may_work_at(NEW.mechanic_id, NEW.workshop_id) THEN
        RAISE EXCEPTION '% may not do physical work at this workshop (not verified, not affiliated or not an active partner)',
            coalesce(nullif(NEW.mechanic_name, ''), 'mechanic ' || NEW.mechanic_id)
            USING ERRCODE = '23514', CONSTRAINT = 'bay_bookings_mechanic_eligible';
    END IF;

    -- Opening hours, in the workshop's zone: the booking lies within one day's hours.
    SELECT time_zone INTO v_zone FROM desk.organizations WHERE id = NEW.workshop_id;
    v_local_start := lower(NEW.span) AT TIME ZONE v_zone;
    v_local_end := upper(NEW.span) AT TIME ZONE v_zone;
    SELECT * INTO v_hours FROM desk.workshop_hours
     WHERE workshop_id = NEW.workshop_id AND weekday = extract(isodow FROM v_local_start);
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the workshop is closed on % (%)', trim(to_char(v_local_start, 'Day')), v_zone
            USING ERRCODE = '23514', CONSTRAINT = 'bay_bookings_opening_hours';
    END IF;
    IF v_local_start::time < v_hours.opens_at
       OR v_local_end > v_local_start::date + v_hours.closes_at THEN
        RAISE EXCEPTION 'outside opening hours: % %–% (%), asked for %–%',
            trim(to_char(v_local_start, 'Day')), to_char(v_hours.opens_at, 'HH24:MI'),
            to_char(v_hours.closes_at, 'HH24:MI'), v_zone, to_char(v_local_start, 'HH24:MI'),
            to_char(v_local_end, 'HH24:MI')
            USING ERRCODE = '23514', CONSTRAINT = 'bay_bookings_opening_hours';
    END IF;

    SELECT * INTO v_closure FROM desk.bay_closures c
     WHERE c.workshop_id = NEW.workshop_id AND (c.bay_id IS NULL OR c.bay_id = NEW.bay_id)
       AND c.span && NEW.span
     ORDER BY lower(c.span) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION '% is closed % – % (%)%',
            CASE WHEN v_closure.bay_id IS NULL THEN 'the workshop' ELSE format('bay "%s"', v_bay.name) END,
            to_char(lower(v_closure.span) AT TIME ZONE v_zone, 'Dy DD Mon HH24:MI'),
            to_char(upper(v_closure.span) AT TIME ZONE v_zone, 'Dy DD Mon HH24:MI'), v_closure.kind,
            CASE WHEN v_closure.reason <> '' THEN ': ' || v_closure.reason ELSE '' END
            USING ERRCODE = '23514', CONSTRAINT = 'bay_bookings_closure';
    END IF;

    -- A readable clash message. Not the guarantee: a concurrent writer's uncommitted row is not
    -- visible here; the exclusion constraint catches that case.
    v_clash := desk.find_clash(NEW.bay_id, NEW.span, NEW.buffer_minutes, NEW.id);
    IF v_clash IS NOT NULL THEN
        PERFORM desk.raise_clash(v_clash);
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER bay_bookings_check BEFORE INSERT OR UPDATE ON desk.bay_bookings
    FOR EACH ROW EXECUTE FUNCTION desk.bay_bookings_check();

-- A closure may not be laid over live bookings: move or cancel them first.
CREATE FUNCTION desk.bay_closures_check() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    v_id bigint;
    v_count bigint;
BEGIN
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
CREATE TRIGGER bay_closures_check BEFORE INSERT OR UPDATE ON desk.bay_closures
    FOR EACH ROW EXECUTE FUNCTION desk.bay_closures_check();

-- Live updates on channel desk_bookings: the booking id, or '*' for bulk and for changes of bays,
-- hours and closures (the calendar reloads its frame).
CREATE TRIGGER bay_bookings_notify_insert AFTER INSERT ON desk.bay_bookings
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION desk.notify_new_rows('desk_bookings');
CREATE TRIGGER bay_bookings_notify_update AFTER UPDATE ON desk.bay_bookings
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION desk.notify_new_rows('desk_bookings');
CREATE TRIGGER bay_bookings_notify_delete AFTER DELETE ON desk.bay_bookings
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION desk.notify_old_rows('desk_bookings');

CREATE FUNCTION desk.notify_all() RETURNS trigger
LANGUAGE plpgsql SET search_path = desk, pg_temp AS $$
BEGIN
    PERFORM pg_notify(TG_ARGV[0], '*');
    RETURN NULL;
END
$$;
CREATE TRIGGER bays_notify AFTER INSERT OR UPDATE OR DELETE ON desk.bays
    FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_all('desk_bookings');
CREATE TRIGGER workshop_hours_notify AFTER INSERT OR UPDATE OR DELETE ON desk.workshop_hours
    FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_all('desk_bookings');
CREATE TRIGGER bay_closures_notify AFTER INSERT OR UPDATE OR DELETE ON desk.bay_closures
    FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_all('desk_bookings');

-- ---------------------------------------------------------------------------------------------
-- Booking functions (the only way app roles write bookings)
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.require_workshop_access(p_workshop_id bigint) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = desk, pg_temp AS $$
BEGIN
    IF NOT (desk.is_platform_admin() OR p_workshop_id IN (SELECT desk.my_workshop_ids())) THEN
        RAISE EXCEPTION 'only this workshop''s owners and platform admins manage its bookings'
            USING ERRCODE = '42501';
    END IF;
END
$$;

-- Books p_bay_id for p_mechanic_id over [p_start, p_end) plus p_buffer_minutes. Owners may create
-- a booking as 'requested' or directly 'confirmed' (an override on behalf of the mechanic).
-- Returns the new booking id. A clash raises 23P01 naming the clashing booking, also when a
-- concurrent transaction won the race (the exclusion constraint fires; the message is rebuilt).
CREATE FUNCTION desk.create_booking(p_bay_id bigint, p_mechanic_id bigint, p_start timestamptz,
                                    p_end timestamptz, p_buffer_minutes integer DEFAULT 15,
                                    p_status text DEFAULT 'confirmed', p_notes text DEFAULT '',
                                    p_partnership_id bigint DEFAULT NULL, p_job_id bigint DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    v_workshop bigint;
    v_id bigint;
    v_clash bigint;
BEGIN
    -- Writers of one bay queue on its row: the loser of a race then sees the winner and gets the
    -- readable clash (and concurrent inserts into the exclusion index cannot deadlock).
    SELECT workshop_id INTO v_workshop FROM desk.bays WHERE id = p_bay_id FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'bay % does not exist', p_bay_id USING ERRCODE = 'P0002';
    END IF;
    PERFORM desk.require_workshop_access(v_workshop);
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
        -- The winner has committed by now (the constraint waited for it): name it.
        v_clash := desk.find_clash(p_bay_id, tstzrange(p_start, p_end, '[)'), p_buffer_minutes, NULL);
        IF v_clash IS NULL THEN
            RAISE;
        END IF;
        PERFORM desk.raise_clash(v_clash);
    END;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('booking.create', 'bay_bookings', v_id, v_workshop,
            jsonb_build_object('bay_id', p_bay_id, 'mechanic_id', p_mechanic_id, 'start', p_start, 'end', p_end,
                               'status', p_status));
    RETURN v_id;
END
$$;

CREATE FUNCTION desk.lock_booking(p_id bigint, p_version integer) RETURNS desk.bay_bookings
LANGUAGE plpgsql SET search_path = desk, pg_temp AS $$
DECLARE
    b desk.bay_bookings;
BEGIN
    SELECT * INTO b FROM desk.bay_bookings WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'booking % does not exist', p_id USING ERRCODE = 'P0002';
    END IF;
    PERFORM desk.require_workshop_access(b.workshop_id);
    IF b.version <> p_version THEN
        RAISE EXCEPTION 'booking % was changed by someone else (version % is now %)', p_id, p_version, b.version
            USING ERRCODE = '40001', HINT = 'reload';
    END IF;
    RETURN b;
END
$$;

-- Moves and/or resizes a booking (another bay of the same workshop allowed). Returns the new version.
CREATE FUNCTION desk.move_booking(p_id bigint, p_version integer, p_bay_id bigint, p_start timestamptz,
                                  p_end timestamptz) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    b desk.bay_bookings;
    v_workshop bigint;
    v_clash bigint;
    v_version integer;
BEGIN
    b := desk.lock_booking(p_id, p_version);
    PERFORM 1 FROM desk.bays WHERE id IN (b.bay_id, p_bay_id) ORDER BY id FOR NO KEY UPDATE;
    IF b.status NOT IN ('requested', 'confirmed', 'checked_in') THEN
        RAISE EXCEPTION 'a % booking cannot be moved', replace(b.status, '_', ' ') USING ERRCODE = 'AD001';
    END IF;
    SELECT workshop_id INTO v_workshop FROM desk.bays WHERE id = p_bay_id;
    IF v_workshop IS DISTINCT FROM b.workshop_id THEN
        RAISE EXCEPTION 'bay % is not a bay of this workshop', p_bay_id USING ERRCODE = '23514';
    END IF;
    IF p_end <= p_start THEN
        RAISE EXCEPTION 'a booking ends after it starts' USING ERRCODE = '23514';
    END IF;
    BEGIN
        UPDATE desk.bay_bookings SET bay_id = p_bay_id, span = tstzrange(p_start, p_end, '[)'),
               version = version + 1
         WHERE id = p_id RETURNING version INTO v_version;
    EXCEPTION WHEN exclusion_violation THEN
        v_clash := desk.find_clash(p_bay_id, tstzrange(p_start, p_end, '[)'), b.buffer_minutes, p_id);
        IF v_clash IS NULL THEN
            RAISE;
        END IF;
        PERFORM desk.raise_clash(v_clash);
    END;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('booking.move', 'bay_bookings', p_id, b.workshop_id,
            jsonb_build_object('from_bay', b.bay_id, 'from', b.span, 'to_bay', p_bay_id,
                               'to', tstzrange(p_start, p_end, '[)')));
    RETURN v_version;
END
$$;

-- Allowed status changes, including the reverse of each (undo). Data, shared with the client's
-- enabling of actions (BookingStatus in models/domain/bayschedule.h mirrors it).
CREATE TABLE desk.booking_transitions (
    from_status text NOT NULL,
    to_status   text NOT NULL,
    PRIMARY KEY (from_status, to_status)
);
INSERT INTO desk.booking_transitions VALUES
    ('requested', 'confirmed'), ('requested', 'cancelled'),
    ('confirmed', 'checked_in'), ('confirmed', 'cancelled'), ('confirmed', 'no_show'), ('confirmed', 'requested'),
    ('checked_in', 'completed'), ('checked_in', 'confirmed'), ('checked_in', 'cancelled'),
    ('completed', 'checked_in'),
    ('cancelled', 'requested'), ('cancelled', 'confirmed'),
    ('no_show', 'confirmed');

-- Confirm, decline (cancelled with reason), check in, complete, cancel, no-show, and their undo.
-- Returns the new version. Restoring a cancelled booking re-enters the overlap rule (23P01).
CREATE FUNCTION desk.set_booking_status(p_id bigint, p_version integer, p_status text,
                                        p_reason text DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    b desk.bay_bookings;
    v_version integer;
    v_clash bigint;
BEGIN
    b := desk.lock_booking(p_id, p_version);
    PERFORM 1 FROM desk.bays WHERE id = b.bay_id FOR NO KEY UPDATE;
    IF NOT EXISTS (SELECT 1 FROM desk.booking_transitions WHERE from_status = b.status AND to_status = p_status) THEN
        RAISE EXCEPTION 'a % booking cannot become %', replace(b.status, '_', ' '), replace(p_status, '_', ' ')
            USING ERRCODE = 'AD001';
    END IF;
    BEGIN
        UPDATE desk.bay_bookings SET status = p_status, status_reason = p_reason, version = version + 1
         WHERE id = p_id RETURNING version INTO v_version;
    EXCEPTION WHEN exclusion_violation THEN
        v_clash := desk.find_clash(b.bay_id, b.span, b.buffer_minutes, p_id);
        IF v_clash IS NULL THEN
            RAISE;
        END IF;
        PERFORM desk.raise_clash(v_clash);
    END;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('booking.status', 'bay_bookings', p_id, b.workshop_id,
            jsonb_build_object('from_status', b.status, 'to_status', p_status, 'reason', p_reason));
    RETURN v_version;
END
$$;

-- Utilization per bay and ISO week (weeks starting on the workshop's local Monday) for local dates
-- [p_from, p_to): open minutes (weekly hours minus closures), booked minutes (confirmed, checked in,
-- completed) and bay rental revenue (booked minutes × hourly rate, rounded to the cent).
-- SECURITY INVOKER: row-level security applies.
CREATE FUNCTION desk.bay_utilization(p_workshop_id bigint, p_from date, p_to date)
RETURNS TABLE (bay_id bigint, bay_name text, week_start date, open_minutes bigint, booked_minutes bigint,
               revenue_cents bigint)
LANGUAGE sql STABLE SET search_path = desk, pg_temp AS $$
    WITH o AS (SELECT time_zone AS tz FROM desk.organizations WHERE id = p_workshop_id),
    days AS (
        SELECT d::date AS day,
               tstzrange((d::date + h.opens_at) AT TIME ZONE o.tz, (d::date + h.closes_at) AT TIME ZONE o.tz, '[)')
                   AS open_span
          FROM o, generate_series(p_from, p_to - 1, interval '1 day') d
          JOIN desk.workshop_hours h ON h.workshop_id = p_workshop_id
                                    AND h.weekday = extract(isodow FROM d)),
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
         WHERE b.workshop_id = p_workshop_id AND b.active),
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
-- Row-level security and privileges
-- ---------------------------------------------------------------------------------------------

ALTER TABLE desk.bays ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.bays FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.workshop_hours ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.workshop_hours FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.bay_closures ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.bay_closures FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.bay_bookings ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.bay_bookings FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.booking_transitions ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.booking_transitions FORCE ROW LEVEL SECURITY;

-- Admins see and change all; an owner only their workshop's. Bookings are written only through the
-- functions above (no INSERT/UPDATE/DELETE privilege), so their policies are read policies.
CREATE POLICY bays_admin ON desk.bays USING (desk.is_platform_admin()) WITH CHECK (desk.is_platform_admin());
CREATE POLICY bays_owner ON desk.bays USING (workshop_id IN (SELECT desk.my_workshop_ids()))
    WITH CHECK (workshop_id IN (SELECT desk.my_workshop_ids()));
CREATE POLICY workshop_hours_admin ON desk.workshop_hours USING (desk.is_platform_admin())
    WITH CHECK (desk.is_platform_admin());
CREATE POLICY workshop_hours_owner ON desk.workshop_hours USING (workshop_id IN (SELECT desk.my_workshop_ids()))
    WITH CHECK (workshop_id IN (SELECT desk.my_workshop_ids()));
CREATE POLICY bay_closures_admin ON desk.bay_closures USING (desk.is_platform_admin())
    WITH CHECK (desk.is_platform_admin());
CREATE POLICY bay_closures_owner ON desk.bay_closures USING (workshop_id IN (SELECT desk.my_workshop_ids()))
    WITH CHECK (workshop_id IN (SELECT desk.my_workshop_ids()));
CREATE POLICY bay_bookings_admin ON desk.bay_bookings FOR SELECT USING (desk.is_platform_admin());
CREATE POLICY bay_bookings_owner ON desk.bay_bookings FOR SELECT
    USING (workshop_id IN (SELECT desk.my_workshop_ids()));
CREATE POLICY booking_transitions_read ON desk.booking_transitions FOR SELECT USING (true);

GRANT SELECT, INSERT, UPDATE, DELETE ON desk.bays, desk.workshop_hours, desk.bay_closures
    TO adesk_platform_admin, adesk_workshop_owner;
GRANT SELECT ON desk.bay_bookings, desk.booking_transitions TO adesk_platform_admin, adesk_workshop_owner;
-- The identity columns' defaults need no sequence privilege (GENERATED ALWAYS), but UPDATE of
-- version / workshop_id by owners is not meant: bays carry their own version for the client.

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA desk FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.postal_code_provinces(text), desk.is_valid_postal_code(text),
                          desk.postal_code_matches_province(text, text), desk.is_valid_time_zone(text),
                          desk.caller_profile_id(), desk.is_platform_admin(), desk.is_finance(),
                          desk.my_workshop_ids(), desk.whoami(), desk.verification_type_label(text, text),
                          desk.add_minutes(timestamptz, integer), desk.booking_is_live(text)
    TO adesk_platform_admin, adesk_finance, adesk_workshop_owner;
GRANT EXECUTE ON FUNCTION desk.require_platform_admin(), desk.claim_verification(bigint, integer),
                          desk.claim_next_verification(integer), desk.release_verification(bigint),
                          desk.decide_verification(bigint, integer, text, text, text, jsonb),
                          desk.approve_verification(bigint, integer, text, jsonb),
                          desk.reject_verification(bigint, integer, text, text, jsonb),
                          desk.request_verification_info(bigint, integer, text), desk.expire_sweep()
    TO adesk_platform_admin;
GRANT EXECUTE ON FUNCTION desk.mechanic_may_work_at(bigint, bigint),
                          desk.create_booking(bigint, bigint, timestamptz, timestamptz, integer, text, text,
                                              bigint, bigint),
                          desk.move_booking(bigint, integer, bigint, timestamptz, timestamptz),
                          desk.set_booking_status(bigint, integer, text, text),
                          desk.bay_utilization(bigint, date, date)
    TO adesk_platform_admin, adesk_workshop_owner;
