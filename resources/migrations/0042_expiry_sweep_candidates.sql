-- 0042_expiry_sweep_candidates: the daily expiry-reminder sweep in time linear in what it sends
-- (issue 19; bench_oversight at 200,000 verifications: a first sweep sending 14,540 reminders took
-- 20.6-32.8 s, a second one the same day, sending nothing, 5.9-8.1 s).
--
-- desk.send_expiry_reminders() (0018) keeps its signature, SECURITY DEFINER, caller check, pinned
-- search_path, grants, what it sends and writes (reminder, notification in the entity's language,
-- audit row) and its order (by verification id). What changes:
--   * The candidates: 0018 called desk.local_today(workshop) twice for every approved verification
--     with an expiry date (a SQL function with its own search_path, which the planner cannot
--     inline), over the whole table on every run. Here they come from the index
--     verifications_expiry between bounds every zone respects, with each row's zone joined and the
--     exact window (0 to 60 days in the workshop's own calendar) applied to them, as 0035 does for
--     the board.
--   * What went out already (this threshold or a tighter one) is left out by one anti-join in that
--     selection. 0018 looked it up in the loop, once per candidate, with a plan made when the
--     reminders table was small and kept for the session: a scan of the whole table per candidate
--     once it had grown (the 8 s of a sweep that sends nothing).
--   * The reminder row is written with its notification's id, instead of an update of it found by
--     a lookup planned the same way; the foreign key to the notification is checked at commit.
--   * Two sweeps no longer interleave: a second one waits for the first on a desk.work_locks row
--     (0007) and selects after it. The reminder's unique key still decides who sends, as in 0018.
-- tst_expiry compares what a sweep sends with 0018's selection in five zones around the window's
-- edges; its other cases (once per threshold, never wider after tighter, two sweeps at once, the
-- language) run against this body.
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- Inlinable, as 0041 does for desk.mechanic_path: the selection below calls it per candidate.
ALTER FUNCTION desk.reminder_threshold(integer) RESET ALL;

CREATE OR REPLACE FUNCTION desk.send_expiry_reminders() RETURNS integer
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
    v_utc date := (pg_catalog.now() AT TIME ZONE 'UTC')::date;
BEGIN
    IF NOT (desk.is_platform_admin() OR pg_catalog.pg_has_role(session_user, 'adesk_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'only platform admins run the expiry sweep' USING ERRCODE = '42501';
    END IF;
    -- One sweep at a time (desk.work_locks, 0007: owner-only, unlike an advisory lock): a second
    -- sweep waits here for the first to end, and its selection below, made after, sees what the
    -- first sent.
    INSERT INTO desk.work_locks (kind, key) VALUES ('expiry_reminders', 0) ON CONFLICT DO NOTHING;
    PERFORM 1 FROM desk.work_locks w WHERE w.kind = 'expiry_reminders' AND w.key = 0 FOR UPDATE;
    FOR r IN
        SELECT d.* FROM (
            SELECT c.id, c.entity_type, c.entity_id, c.mechanic_id, c.workshop_id, c.verification_type,
                   c.expiry_date,
                   c.expiry_date - (pg_catalog.now() AT TIME ZONE coalesce(w.time_zone, 'America/Toronto'))::date
                       AS days_left
              FROM desk.compliance_verifications c
              LEFT JOIN desk.organizations w ON w.id = c.workshop_id
             -- The index verifications_expiry (0001): a zone's date is within a day of the UTC
             -- date, so 0 <= expiry - local today <= 60 implies UTC date - 1 <= expiry <= UTC date + 61.
             WHERE c.status = 'approved' AND c.expiry_date IS NOT NULL
               AND coalesce(c.expiry_date, 'infinity'::date) BETWEEN v_utc - 1 AND v_utc + 61) d
         WHERE d.days_left BETWEEN 0 AND 60
           -- This threshold or a tighter one went out already: nothing (never wider after tighter).
           -- One anti-join instead of a lookup per row.
           AND NOT EXISTS (SELECT 1 FROM desk.verification_reminders x
                            WHERE x.verification_id = d.id
                              AND x.threshold_days <= desk.reminder_threshold(d.days_left))
         ORDER BY d.id
    LOOP
        v_threshold := desk.reminder_threshold(r.days_left);
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
        -- The reminder's key still decides who sends: a row written meanwhile (by anything but a
        -- sweep, which waits above) wins, and this notification is taken back before anyone sees it.
        INSERT INTO desk.verification_reminders (verification_id, threshold_days, notification_id, expiry_date,
                                                 sent_at)
        VALUES (r.id, v_threshold, v_notification, r.expiry_date, pg_catalog.clock_timestamp())
        ON CONFLICT ON CONSTRAINT verification_reminders_once DO NOTHING;
        IF NOT FOUND THEN
            DELETE FROM desk.mechanic_notifications n WHERE n.id = v_notification;
            CONTINUE;
        END IF;
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

-- A reminder names its notification from the start (above), checked when the sweep commits: the
-- check's plan is then made against the notifications as they are, not as they were when the
-- session first wrote one (an empty table's plan is a scan of the whole table per reminder).
ALTER TABLE desk.verification_reminders
    ALTER CONSTRAINT verification_reminders_notification_id_fkey DEFERRABLE INITIALLY DEFERRED;
