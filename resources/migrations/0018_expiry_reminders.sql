-- 0018: expiry before it bites, and the 90-day transition (issue 15, seed compliance-migration-plan.md).
--
--   * desk.verification_is_required(entity_type, entity_id, verification_type): the one place that
--     says whether a verification type is required of an entity. Today: the type is listed in
--     desk.required_verifications for the entity type (a later migration replaces the body with the
--     province x path matrix; keep the signature).
--   * Reminders at 60, 30 and 7 days before an approved verification expires (workshop-local
--     calendar, desk.local_today): desk.send_expiry_reminders() writes ONE notification row to the
--     mechanic or the workshop, in the recipient's language, for the tightest threshold reached, once
--     per threshold (desk.verification_reminders' key; two sweeps at once insert the same key and the
--     second finds it), and never a wider threshold after a tighter one. `expire-sweep` calls it after
--     desk.expire_sweep().
--   * desk.expiry_board(within_days): for admins, what expires soon and what its expiry will
--     withdraw (physical work, bookings and partnerships at risk), with the reminders already sent.
--   * The transition (seed: "Choose your service tier by [Date + 30 days]", 90-day transition):
--     desk.transition_periods (admins create them through desk.create_transition_period, audited),
--     desk.mechanics.tier_chosen_at (a trigger stamps it when the tier is chosen or changes) and
--     desk.transition_laggards(id): who has not chosen a tier, or chose a physical tier and submitted
--     no document since the transition began, with the deadline and the days overdue.

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Is this verification type required of this entity?
-- ---------------------------------------------------------------------------------------------
CREATE OR REPLACE FUNCTION desk.verification_is_required(p_entity_type text, p_entity_id bigint,
                                                         p_verification_type text) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    -- p_entity_id: the matrix (province x path) will need the entity; today the type decides.
    IF p_entity_id IS NULL THEN
        RETURN false;
    END IF;
    RETURN EXISTS (SELECT 1 FROM desk.required_verifications r
                    WHERE r.entity_type = p_entity_type AND r.verification_type = p_verification_type);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Reminders
-- ---------------------------------------------------------------------------------------------
CREATE TABLE desk.verification_reminders (
    verification_id bigint NOT NULL REFERENCES desk.compliance_verifications (id),
    threshold_days  integer NOT NULL CHECK (threshold_days IN (60, 30, 7)),
    notification_id bigint REFERENCES desk.mechanic_notifications (id),
    expiry_date     date NOT NULL,
    sent_at         timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT verification_reminders_once UNIQUE (verification_id, threshold_days)
);
ALTER TABLE desk.verification_reminders ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.verification_reminders FORCE ROW LEVEL SECURITY;
CREATE POLICY verification_reminders_admin ON desk.verification_reminders FOR SELECT
    USING ((SELECT desk.is_platform_admin()));
GRANT SELECT ON desk.verification_reminders TO adesk_platform_admin;

-- The days before expiry a reminder goes out, tightest first: the threshold reached with p_days_left
-- days to go (NULL: none yet).
CREATE FUNCTION desk.reminder_threshold(p_days_left integer) RETURNS integer
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT CASE WHEN p_days_left IS NULL OR p_days_left < 0 THEN NULL
                WHEN p_days_left <= 7 THEN 7 WHEN p_days_left <= 30 THEN 30 WHEN p_days_left <= 60 THEN 60 END
$$;

-- Sends the reminders due today; returns how many notification rows it wrote. Platform admins and
-- the deploying role (the daily expire-sweep) run it.
CREATE FUNCTION desk.send_expiry_reminders() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r record;
    v_count integer := 0;
    v_threshold integer;
    v_lang text;
    v_doc text;
    v_title text;
    v_msg text;
    v_when text;
    v_notification bigint;
BEGIN
    IF NOT (desk.is_platform_admin() OR pg_catalog.pg_has_role(session_user, 'adesk_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'only platform admins run the expiry sweep' USING ERRCODE = '42501';
    END IF;
    FOR r IN
        SELECT c.id, c.entity_type, c.entity_id, c.mechanic_id, c.workshop_id, c.verification_type,
               c.expiry_date, c.expiry_date - desk.local_today(c.workshop_id) AS days_left
          FROM desk.compliance_verifications c
         WHERE c.status = 'approved' AND c.expiry_date IS NOT NULL
           AND c.expiry_date - desk.local_today(c.workshop_id) BETWEEN 0 AND 60
         ORDER BY c.id
    LOOP
        v_threshold := desk.reminder_threshold(r.days_left);
        -- This threshold or a tighter one went out already: nothing (never wider after tighter).
        CONTINUE WHEN EXISTS (SELECT 1 FROM desk.verification_reminders x
                               WHERE x.verification_id = r.id AND x.threshold_days <= v_threshold);
        -- The key decides who sends: a concurrent sweep's row makes this one wait, then do nothing.
        INSERT INTO desk.verification_reminders (verification_id, threshold_days, expiry_date, sent_at)
        VALUES (r.id, v_threshold, r.expiry_date, pg_catalog.clock_timestamp())
        ON CONFLICT ON CONSTRAINT verification_reminders_once DO NOTHING;
        CONTINUE WHEN NOT FOUND;

        IF r.entity_type = 'mechanic' THEN
            SELECT m.preferred_language INTO v_lang FROM desk.mechanics m WHERE m.id = r.entity_id;
        ELSE
            SELECT o.preferred_language INTO v_lang FROM desk.organizations o WHERE o.id = r.entity_id;
        END IF;
        v_lang := coalesce(v_lang, 'en');
        v_doc := desk.verification_type_label(r.verification_type, v_lang);
        IF v_lang = 'fr' THEN
            v_when := CASE r.days_left WHEN 0 THEN 'aujourd''hui' WHEN 1 THEN 'dans 1 jour'
                                       ELSE pg_catalog.format('dans %s jours', r.days_left) END;
            v_title := 'Document bientôt expiré';
            v_msg := pg_catalog.format('Votre %s expire le %s (%s). Téléversez un document à jour avant cette date '
                                       'pour garder vos accès.',
                                       v_doc, pg_catalog.to_char(r.expiry_date, 'YYYY-MM-DD'), v_when);
        ELSE
            v_when := CASE r.days_left WHEN 0 THEN 'today' WHEN 1 THEN 'in 1 day'
                                       ELSE pg_catalog.format('in %s days', r.days_left) END;
            v_title := 'Document expiring soon';
            v_msg := pg_catalog.format('Your %s expires on %s (%s). Please upload a current one before then '
                                       'to keep your access.',
                                       v_doc, pg_catalog.to_char(r.expiry_date, 'YYYY-MM-DD'), v_when);
        END IF;
        INSERT INTO desk.mechanic_notifications (mechanic_id, workshop_id, verification_id, notification_type,
                                                 title, message, action_url)
        VALUES (r.mechanic_id, CASE WHEN r.entity_type = 'mechanic' THEN NULL ELSE r.entity_id END, r.id,
                'verification_expiring', v_title, v_msg, '/mechanic/compliance')
        RETURNING id INTO v_notification;
        UPDATE desk.verification_reminders x SET notification_id = v_notification
         WHERE x.verification_id = r.id AND x.threshold_days = v_threshold;
        INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
        VALUES ('verification.expiry_reminder', 'compliance_verifications', r.id, r.workshop_id,
                pg_catalog.jsonb_build_object('threshold_days', v_threshold, 'expiry_date', r.expiry_date,
                                              'days_left', r.days_left, 'notification_id', v_notification,
                                              'entity_type', r.entity_type, 'entity_id', r.entity_id,
                                              'language', v_lang));
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- The expiry board (admins)
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION desk.require_platform_admin_for_board() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT desk.is_platform_admin() THEN
        RAISE EXCEPTION 'only platform admins oversee expiry and the transition' USING ERRCODE = '42501';
    END IF;
END
$$;

-- Approved verifications whose expiry date is at most p_within_days (0 to 366) days away, those
-- past it and not swept yet included. withdraws_physical_work: the entity does physical work now
-- (a mechanic allowed to, a workshop allowing physical repairs) and the type is required of it;
-- only then are its requested or confirmed bookings starting after the expiry date (in the
-- booking's workshop zone) and its active partnerships (not ending before) at risk.
CREATE FUNCTION desk.expiry_board(p_within_days integer)
RETURNS TABLE (verification_id bigint, entity_type text, entity_id bigint, entity_name text, province text,
               verification_type text, expiry_date date, days_left integer, withdraws_physical_work boolean,
               bookings_at_risk integer, partnerships_at_risk integer, reminders jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_within integer := least(greatest(coalesce(p_within_days, 60), 0), 366);
BEGIN
    PERFORM desk.require_platform_admin_for_board();
    RETURN QUERY
    WITH due AS (
        SELECT c.id, c.entity_type, c.entity_id, c.entity_name,
               coalesce(c.province::text, m.province::text, o.province::text) AS province,
               c.verification_type, c.expiry_date, c.expiry_date - desk.local_today(c.workshop_id) AS days_left,
               CASE WHEN c.entity_type = 'mechanic' THEN coalesce(m.can_perform_physical_work, false)
                    ELSE coalesce(o.allows_physical_repairs, false) END
               AND desk.verification_is_required(c.entity_type, c.entity_id, c.verification_type) AS withdraws
          FROM desk.compliance_verifications c
          LEFT JOIN desk.mechanics m ON c.entity_type = 'mechanic' AND m.id = c.entity_id
          LEFT JOIN desk.organizations o ON c.entity_type <> 'mechanic' AND o.id = c.entity_id
         WHERE c.status = 'approved' AND c.expiry_date IS NOT NULL
           AND c.expiry_date - desk.local_today(c.workshop_id) <= v_within
    )
    SELECT d.id, d.entity_type, d.entity_id, d.entity_name, d.province, d.verification_type, d.expiry_date,
           d.days_left, d.withdraws,
           CASE WHEN d.withdraws THEN
               (SELECT pg_catalog.count(*)::integer FROM desk.bay_bookings b
                  JOIN desk.organizations bo ON bo.id = b.workshop_id
                 WHERE CASE WHEN d.entity_type = 'mechanic' THEN b.mechanic_id ELSE b.workshop_id END = d.entity_id
                   AND b.status IN ('requested', 'confirmed')
                   AND pg_catalog.lower(b.span) >= ((d.expiry_date + 1)::timestamp AT TIME ZONE bo.time_zone))
           ELSE 0 END,
           CASE WHEN d.withdraws THEN
               (SELECT pg_catalog.count(*)::integer FROM desk.partnerships p
                 WHERE CASE WHEN d.entity_type = 'mechanic' THEN p.mechanic_id ELSE p.workshop_id END = d.entity_id
                   AND p.status = 'active'
                   AND (p.contract_end_date IS NULL OR p.contract_end_date > d.expiry_date))
           ELSE 0 END,
           coalesce((SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
                                'threshold_days', x.threshold_days,
                                'sent_at', extract(epoch FROM x.sent_at)) ORDER BY x.threshold_days DESC)
                       FROM desk.verification_reminders x WHERE x.verification_id = d.id), '[]'::jsonb)
      FROM due d
     ORDER BY d.days_left, d.entity_name, d.id;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- The transition
-- ---------------------------------------------------------------------------------------------
ALTER TABLE desk.mechanics ADD COLUMN tier_chosen_at timestamptz;
-- A physical tier held before this migration was a choice; its date is not known: the account's.
UPDATE desk.mechanics SET tier_chosen_at = created_at WHERE service_tier <> 'virtual_only';

CREATE FUNCTION desk.mechanics_stamp_tier_choice() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.service_tier <> 'virtual_only' AND NEW.tier_chosen_at IS NULL THEN
            NEW.tier_chosen_at := pg_catalog.clock_timestamp();
        END IF;
    ELSIF NEW.service_tier IS DISTINCT FROM OLD.service_tier THEN
        NEW.tier_chosen_at := pg_catalog.clock_timestamp();
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER mechanics_stamp_tier_choice BEFORE INSERT OR UPDATE OF service_tier ON desk.mechanics
    FOR EACH ROW EXECUTE FUNCTION desk.mechanics_stamp_tier_choice();

CREATE TABLE desk.transition_periods (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name                 text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 200),
    starts_on            date NOT NULL,
    tier_choice_deadline date NOT NULL,
    documents_deadline   date NOT NULL,
    created_by           bigint REFERENCES desk.profiles (id),
    created_at           timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT transition_periods_deadlines CHECK (
        tier_choice_deadline >= starts_on AND documents_deadline >= tier_choice_deadline)
);
ALTER TABLE desk.transition_periods ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.transition_periods FORCE ROW LEVEL SECURITY;
CREATE POLICY transition_periods_admin ON desk.transition_periods FOR SELECT
    USING ((SELECT desk.is_platform_admin()));
GRANT SELECT ON desk.transition_periods TO adesk_platform_admin;

-- A new transition period (admins): deadlines default to 30 days (tier) and 90 days (documents)
-- after its start. Audited. Returns its id.
CREATE FUNCTION desk.create_transition_period(p_name text, p_starts_on date, p_tier_choice_deadline date,
                                              p_documents_deadline date) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_id bigint;
    v_tier date := coalesce(p_tier_choice_deadline, p_starts_on + 30);
    v_docs date := coalesce(p_documents_deadline, p_starts_on + 90);
BEGIN
    PERFORM desk.require_platform_admin_for_board();
    IF nullif(btrim(p_name), '') IS NULL OR length(btrim(p_name)) > 200 THEN
        RAISE EXCEPTION 'a transition period needs a name (at most 200 characters)'
            USING ERRCODE = '22023', COLUMN = 'name';
    END IF;
    IF p_starts_on IS NULL OR v_tier < p_starts_on OR v_docs < v_tier THEN
        RAISE EXCEPTION 'a transition starts, then the tier is chosen, then documents are due'
            USING ERRCODE = '23514', CONSTRAINT = 'transition_periods_deadlines';
    END IF;
    INSERT INTO desk.transition_periods (name, starts_on, tier_choice_deadline, documents_deadline, created_by)
    VALUES (btrim(p_name), p_starts_on, v_tier, v_docs, desk.caller_profile_id())
    RETURNING id INTO v_id;
    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('transition.create', 'transition_periods', v_id,
            pg_catalog.jsonb_build_object('name', btrim(p_name), 'starts_on', p_starts_on,
                                          'tier_choice_deadline', v_tier, 'documents_deadline', v_docs));
    RETURN v_id;
END
$$;

CREATE FUNCTION desk.create_transition_period(p_request_id uuid, p_name text, p_starts_on date,
                                              p_tier_choice_deadline date, p_documents_deadline date)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'create_transition_period');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id, pg_catalog.to_jsonb(desk.create_transition_period(
                 p_name, p_starts_on, p_tier_choice_deadline, p_documents_deadline)));
    END IF;
    RETURN (r #>> '{}')::bigint;
END
$$;

-- Mechanics lagging in transition p_transition_id: missed = 'tier_choice' (no tier chosen yet;
-- deadline tier_choice_deadline) or 'documents' (chose workshop_affiliated or licensed_mobile and
-- submitted no verification since the transition began; deadline documents_deadline). days_overdue
-- is today (the mechanic's workshop-local calendar) minus the deadline: negative = days left.
CREATE FUNCTION desk.transition_laggards(p_transition_id bigint)
RETURNS TABLE (mechanic_id bigint, display_name text, province text, service_tier text,
               tier_chosen_at timestamptz, missed text, deadline date, days_overdue integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    t desk.transition_periods%ROWTYPE;
BEGIN
    PERFORM desk.require_platform_admin_for_board();
    SELECT * INTO t FROM desk.transition_periods x WHERE x.id = p_transition_id;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('transition period', p_transition_id);
    END IF;
    RETURN QUERY
    SELECT m.id, m.display_name, m.province::text, m.service_tier, m.tier_chosen_at,
           CASE WHEN m.tier_chosen_at IS NULL THEN 'tier_choice' ELSE 'documents' END,
           CASE WHEN m.tier_chosen_at IS NULL THEN t.tier_choice_deadline ELSE t.documents_deadline END,
           desk.local_today(m.workshop_id)
             - CASE WHEN m.tier_chosen_at IS NULL THEN t.tier_choice_deadline ELSE t.documents_deadline END
      FROM desk.mechanics m
     WHERE m.tier_chosen_at IS NULL
        OR (m.service_tier IN ('workshop_affiliated', 'licensed_mobile')
            AND NOT EXISTS (SELECT 1 FROM desk.compliance_verifications v
                             WHERE v.entity_type = 'mechanic' AND v.entity_id = m.id
                               AND v.submitted_at >= (t.starts_on::timestamp AT TIME ZONE 'America/Toronto')))
     ORDER BY 8 DESC, m.display_name, m.id;
END
$$;

REVOKE ALL ON FUNCTION desk.verification_is_required(text, bigint, text), desk.reminder_threshold(integer),
                       desk.send_expiry_reminders(), desk.require_platform_admin_for_board(),
                       desk.expiry_board(integer), desk.mechanics_stamp_tier_choice(),
                       desk.create_transition_period(text, date, date, date),
                       desk.create_transition_period(uuid, text, date, date, date),
                       desk.transition_laggards(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.verification_is_required(text, bigint, text), desk.send_expiry_reminders(),
                          desk.expiry_board(integer), desk.create_transition_period(text, date, date, date),
                          desk.create_transition_period(uuid, text, date, date, date),
                          desk.transition_laggards(bigint)
    TO adesk_platform_admin;
