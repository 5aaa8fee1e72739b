-- 0007_definer_hardening: SECURITY DEFINER functions that a caller cannot subvert, locks no other
-- login can take, and a ledger posting that is checked against its event (issue 9).
--
-- 1. No definer function touches an object the caller can create. desk.schedule_payouts (0005) and
--    desk.generate_t4a_slips (0006) wrote to pg_temp tables created "IF NOT EXISTS": a finance login
--    created the table first with its own trigger, which then ran as adesk_owner (read every SIN,
--    granted itself privileges, dropped FORCE RLS). Both are rewritten with CTEs / arrays. Every
--    SECURITY DEFINER function, every trigger function and every function that already set a
--    search_path gets `search_path = pg_catalog, desk, pg_temp` (pg_catalog explicitly first, pg_temp
--    last: the temporary schema is searched for relations and types only, and only after desk).
--    Audit of the other definer functions (0001-0006): every relation and type is desk-qualified,
--    no temp objects; the one EXECUTE (desk.verification_search) runs a constant query with the
--    caller's pattern as a USING parameter; functions and operators are resolved through the pinned
--    path (pg_temp is never searched for functions or operators). Trigger functions fired by a
--    definer's writes run as the owner too: pinned as well; the transition tables they read
--    (new_rows / old_rows) are resolved before any schema. The non-definer SQL helpers without a
--    SET clause (postal codes, SIN/BN checks, ledger_period, t4a_year_payees ...) keep it so they stay
--    inlinable: inside a definer function they run under the definer's pinned path, and their bodies
--    qualify every desk name. tests/db/tst_definer_plants.cpp plants the objects and checks.
-- 2. Locks: pg_advisory_xact_lock(hashtext(...), ...) in generate_t4a_slips and post_ledger_event
--    could be taken by any login (advisory locks need no privilege) to block finance. Now:
--      desk.work_locks      (kind, key) rows locked FOR UPDATE by the owner (generate_t4a_slips per
--                           year, schedule_payouts per period);
--      desk.ledger_postings one row per event and kind (posting | reversal), its primary key is the
--                           "one posting per event" constraint and its insert is the lock (a second
--                           poster of the same event waits for the first, then is refused).
--    Both are owner-only: RLS forced, no policy, no privilege for any app role.
-- 3. desk.post_ledger_event (same signature) checks every part against the event: the scenario the
--    event's columns give (as EarningsRepository::classify), the parties (the session's mechanic,
--    serving / referring workshop; the escalation's mechanic and workshop; the charge's mechanic and
--    workshop), the program (workshop share = the session's program_workshop_share_bp), the rule and
--    percentage of every rule-based part (the same rule RevenueSplit::resolve picks), amounts within a
--    cent of that percentage of the gross, no negative part but the mechanic's charge (= -gross), the
--    GST/HST on the platform fee (province of the party charged, rate of the event's date, rounded
--    half up). A second posting of an event is refused (AD001; 40001 when the caller's REPEATABLE READ
--    snapshot predates the first posting).
--    desk.reverse_ledger_event(event_type, event_id, reason) posts the reversal: one 'reversal' row
--    per posted row (same party, negated amount, GST/HST and gross, reverses_id = the row), dated when
--    it is posted; one reversal per event. schedule_payouts, earnings_differences and
--    desk.t4a_fee_rows account for reversal rows.
--
-- SQLSTATEs: 42501 not finance; P0002 no such event / not posted; AD001 already posted / reversed;
-- 22023 parts that do not match the event (the message names the part); 40001 concurrent posting.

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Owner-only lock rows and postings
-- ---------------------------------------------------------------------------------------------

CREATE TABLE desk.work_locks (
    kind text NOT NULL,
    key  bigint NOT NULL,
    PRIMARY KEY (kind, key)
);
ALTER TABLE desk.work_locks ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.work_locks FORCE ROW LEVEL SECURITY;
REVOKE ALL ON desk.work_locks FROM PUBLIC;

CREATE TABLE desk.ledger_postings (
    event_type text NOT NULL CHECK (event_type IN ('session', 'escalation', 'bay_rental', 'membership')),
    event_id   bigint NOT NULL,
    kind       text NOT NULL CHECK (kind IN ('posting', 'reversal')),
    posted_at  timestamptz NOT NULL DEFAULT now(),
    posted_by  name NOT NULL DEFAULT session_user,
    reason     text,
    PRIMARY KEY (event_type, event_id, kind),
    CHECK (kind = 'posting' OR reason IS NOT NULL)
);
ALTER TABLE desk.ledger_postings ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.ledger_postings FORCE ROW LEVEL SECURITY;
REVOKE ALL ON desk.ledger_postings FROM PUBLIC;

-- Events already in the ledger were posted once.
INSERT INTO desk.ledger_postings (event_type, event_id, kind, posted_at, posted_by)
SELECT event_type, event_id, 'posting', min(posted_at), current_user
  FROM desk.earnings_ledger GROUP BY event_type, event_id;

-- ---------------------------------------------------------------------------------------------
-- The ledger: reversal rows, at most one row per part of a posting
-- ---------------------------------------------------------------------------------------------

ALTER TABLE desk.earnings_ledger
    ADD COLUMN reverses_id bigint UNIQUE REFERENCES desk.earnings_ledger (id),
    DROP CONSTRAINT earnings_ledger_entry_type_check,
    DROP CONSTRAINT earnings_ledger_check3,
    ADD CONSTRAINT earnings_ledger_entry_type_check CHECK (entry_type IN ('platform_fee', 'workshop_share',
        'mechanic_share', 'referral_fee', 'bay_rental_charge', 'membership_fee', 'commission', 'reversal')),
    ADD CONSTRAINT earnings_ledger_gst_on_fees CHECK (gst_hst_cents = 0 OR entry_type IN ('platform_fee', 'reversal')),
    ADD CONSTRAINT earnings_ledger_reversal CHECK ((entry_type = 'reversal') = (reverses_id IS NOT NULL));
-- One posting per event: each part (entry type, party) once.
CREATE UNIQUE INDEX earnings_ledger_one_posting ON desk.earnings_ledger (event_type, event_id, entry_type, party)
    WHERE entry_type <> 'reversal';

-- ---------------------------------------------------------------------------------------------
-- Fee rules as the split engine picks them (RevenueSplit::resolve): the highest priority among the
-- active rules of the kind (platform-fee kinds also 'all') effective on the date, for every workshop
-- or this one; ties to the later effective_from, then the lower id. The workshop's custom fee
-- (organizations.platform_fee_bp) wins for kind 'workshop' over rules of priority below 500.
-- rule_id NULL with fee_bp set: the custom fee; both NULL: no rule.
-- Internal (no app role may execute it) and called only by desk.post_ledger_event, under its pinned
-- search_path; no SET clause of its own (a SET costs a GUC save / restore on every posting), every
-- name qualified.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION desk.fee_rule_for(p_kind text, p_date date, p_workshop bigint, p_custom_bp integer,
                                  OUT rule_id bigint, OUT fee_bp integer)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    v_priority integer;
BEGIN
    SELECT r.id, r.fee_bp, r.priority INTO rule_id, fee_bp, v_priority
      FROM desk.platform_fee_rules r
     WHERE (r.applies_to = p_kind
            OR (r.applies_to = 'all' AND p_kind IN ('virtual', 'workshop', 'independent', 'cross_workshop',
                                                    'partnership_job', 'bay_rental', 'membership')))
       AND r.active AND r.effective_from <= p_date AND (r.effective_to IS NULL OR p_date < r.effective_to)
       AND (r.workshop_id IS NULL OR r.workshop_id = p_workshop)
     ORDER BY r.priority DESC, r.effective_from DESC, r.id
     LIMIT 1;
    IF p_custom_bp IS NOT NULL AND p_kind = 'workshop' AND (v_priority IS NULL OR v_priority < 500) THEN
        rule_id := NULL;
        fee_bp := p_custom_bp;
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Posting
-- ---------------------------------------------------------------------------------------------

-- Posts the ledger rows the split engine computed for one event. p_rows is a JSON array of objects
-- {entry_type, party, workshop_id, mechanic_id, amount_cents, share_bp, rule_id, gst_hst_cents,
-- gst_hst_bp, tax_province}. Checks (see the header) that they are the parts of this event and add
-- up; refuses a second posting. Returns the number of rows.
CREATE OR REPLACE FUNCTION desk.post_ledger_event(p_event_type text, p_event_id bigint, p_scenario text,
                                                  p_service_tier text, p_rows jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_at timestamptz;
    v_gross bigint;
    v_mechanic bigint;
    v_workshop bigint;
    v_referring bigint;
    v_partnership bigint;
    v_program text;
    v_program_bp integer;
    v_session_type text;
    v_date date;
    v_scenario text;
    v_tier text;
    v_fee_kind text;
    v_fee_to text;
    v_fee_rule bigint;
    v_fee_bp integer;
    v_share_kind text;
    v_share_entry text;
    v_share_party text;
    v_share_rule bigint;
    v_share_bp integer;
    v_custom_bp integer;
    v_mechanic_province text;
    v_workshop_province text;
    v_tax_province text;
    v_tax_bp integer;
    v_rest_entry text;
    v_rest_party text;
    -- the expected parts, index k: entry type, party, workshop_id, mechanic_id, share_bp, rule_id,
    -- exact amount (NULL: by share or the rest), required
    e_entry text[] := '{}';
    e_party text[] := '{}';
    e_wid bigint[] := '{}';
    e_mid bigint[] := '{}';
    e_bp integer[] := '{}';
    e_rule bigint[] := '{}';
    e_exact bigint[] := '{}';
    e_required boolean[] := '{}';
    v_seen boolean[];
    k integer;
    r record;
    v_sum bigint := 0;
    v_payee bigint := 0;
    v_n integer := 0;
    v_who text;
BEGIN
    -- current_user is adesk_owner inside this function: the demo seeder's session is a member of it.
    IF NOT (desk.is_finance() OR pg_has_role(session_user, 'adesk_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'only finance posts earnings' USING ERRCODE = '42501';
    END IF;
    CASE p_event_type
        WHEN 'session' THEN
            SELECT s.completed_at, s.price_cents, s.mechanic_id, s.workshop_id, s.referring_workshop_id,
                   s.partnership_id, s.program_type, s.program_workshop_share_bp, s.session_type
              INTO v_at, v_gross, v_mechanic, v_workshop, v_referring, v_partnership, v_program, v_program_bp,
                   v_session_type
              FROM desk.sessions s WHERE s.id = p_event_id AND s.status = 'completed';
        WHEN 'escalation' THEN
            SELECT e.completed_at, e.repair_amount_cents, e.mechanic_id, e.workshop_id, e.partnership_id
              INTO v_at, v_gross, v_mechanic, v_workshop, v_partnership
              FROM desk.escalations e WHERE e.id = p_event_id;
        WHEN 'bay_rental' THEN
            SELECT b.charged_at, b.amount_cents, b.mechanic_id, b.workshop_id, b.partnership_id
              INTO v_at, v_gross, v_mechanic, v_workshop, v_partnership
              FROM desk.bay_rental_charges b WHERE b.id = p_event_id;
        WHEN 'membership' THEN
            SELECT f.charged_at, f.amount_cents, f.mechanic_id, f.workshop_id, f.partnership_id
              INTO v_at, v_gross, v_mechanic, v_workshop, v_partnership
              FROM desk.membership_fees f WHERE f.id = p_event_id;
        ELSE
            RAISE EXCEPTION 'unknown event type %', p_event_type USING ERRCODE = '22023';
    END CASE;
    IF v_at IS NULL THEN
        RAISE EXCEPTION '% % does not exist or is not completed', p_event_type, p_event_id USING ERRCODE = 'P0002';
    END IF;
    IF jsonb_typeof(p_rows) IS DISTINCT FROM 'array' THEN
        RAISE EXCEPTION 'the parts of an event are a JSON array' USING ERRCODE = '22023';
    END IF;

    -- One posting per event. The insert waits for a concurrent posting of the same event (a lock no
    -- other login can take: desk.ledger_postings is the owner's), then finds its row.
    INSERT INTO desk.ledger_postings (event_type, event_id, kind) VALUES (p_event_type, p_event_id, 'posting')
        ON CONFLICT DO NOTHING;
    IF NOT FOUND OR EXISTS (SELECT 1 FROM desk.earnings_ledger l
                             WHERE l.event_type = p_event_type AND l.event_id = p_event_id) THEN
        RAISE EXCEPTION '% % is already in the ledger', p_event_type, p_event_id USING ERRCODE = 'AD001';
    END IF;

    -- The scenario and tier the event's columns give (EarningsRepository::classify).
    v_date := (v_at AT TIME ZONE 'America/Toronto')::date;
    v_scenario := CASE
        WHEN p_event_type = 'escalation' THEN
            CASE WHEN v_partnership IS NOT NULL THEN 'quote_commission' ELSE 'escalation_referral' END
        WHEN p_event_type = 'bay_rental' THEN 'bay_rental_charge'
        WHEN p_event_type = 'membership' THEN 'membership_fee'
        WHEN v_program = 'bay_rental' THEN 'bay_rental_job'
        WHEN v_program = 'revenue_share' THEN 'revenue_share_job'
        WHEN v_program = 'membership' THEN 'membership_job'
        WHEN v_referring IS NOT NULL THEN 'cross_workshop'
        WHEN v_workshop IS NOT NULL THEN 'workshop_mechanic'
        WHEN v_session_type IN ('chat', 'video', 'upgraded_from_chat') THEN 'virtual'
        ELSE 'independent' END;
    v_tier := CASE WHEN v_scenario = 'virtual' THEN 'virtual' ELSE 'physical' END;
    IF p_scenario IS DISTINCT FROM v_scenario OR p_service_tier IS DISTINCT FROM v_tier THEN
        RAISE EXCEPTION '% % is a % event (%), not % (%)', replace(p_event_type, '_', ' '), p_event_id,
            replace(v_scenario, '_', ' '), v_tier, replace(p_scenario, '_', ' '), p_service_tier USING ERRCODE = '22023';
    END IF;

    -- Its parts: the platform fee (kind, charged to), a rule-based share, the rest.
    CASE v_scenario
        WHEN 'virtual' THEN v_fee_kind := 'virtual'; v_fee_to := 'mechanic';
        WHEN 'independent' THEN v_fee_kind := 'independent'; v_fee_to := 'mechanic';
        WHEN 'bay_rental_job' THEN v_fee_kind := 'partnership_job'; v_fee_to := 'mechanic';
        WHEN 'revenue_share_job', 'membership_job' THEN v_fee_kind := 'partnership_job'; v_fee_to := 'mechanic';
        WHEN 'workshop_mechanic' THEN v_fee_kind := 'workshop'; v_fee_to := 'workshop';
        WHEN 'cross_workshop' THEN
            v_fee_kind := 'cross_workshop'; v_fee_to := 'mechanic';
            v_share_kind := 'cross_workshop_referral'; v_share_entry := 'referral_fee'; v_share_party := 'workshop';
        WHEN 'escalation_referral' THEN
            v_share_kind := 'escalation_referral'; v_share_entry := 'referral_fee'; v_share_party := 'mechanic';
        WHEN 'quote_commission' THEN
            v_share_kind := 'quote_commission'; v_share_entry := 'commission'; v_share_party := 'mechanic';
        WHEN 'bay_rental_charge' THEN v_fee_kind := 'bay_rental'; v_fee_to := 'workshop';
        WHEN 'membership_fee' THEN v_fee_kind := 'membership'; v_fee_to := 'workshop';
    END CASE;
    IF v_mechanic IS NULL OR (v_scenario NOT IN ('virtual', 'independent', 'bay_rental_job', 'cross_workshop')
                              AND v_workshop IS NULL) THEN
        RAISE EXCEPTION '% % lacks its mechanic or workshop', p_event_type, p_event_id USING ERRCODE = '22023';
    END IF;

    SELECT o.platform_fee_bp, o.province, coalesce(m.province, mo.province)
      INTO v_custom_bp, v_workshop_province, v_mechanic_province
      FROM desk.mechanics m
      LEFT JOIN desk.organizations mo ON mo.id = m.workshop_id
      LEFT JOIN desk.organizations o ON o.id = v_workshop
     WHERE m.id = v_mechanic;

    IF v_fee_kind IS NOT NULL THEN
        SELECT f.rule_id, f.fee_bp INTO v_fee_rule, v_fee_bp
          FROM desk.fee_rule_for(v_fee_kind, v_date, v_workshop, v_custom_bp) f;
        IF coalesce(v_fee_bp, 0) > 0 THEN
            v_tax_province := CASE WHEN v_fee_to = 'workshop' THEN v_workshop_province
                                   ELSE coalesce(v_mechanic_province, v_workshop_province) END;
            SELECT g.rate_bp INTO v_tax_bp FROM desk.gst_hst_rates g
             WHERE g.province = v_tax_province AND g.effective_from <= v_date
               AND (g.effective_to IS NULL OR v_date < g.effective_to);
            e_entry := array_append(e_entry, 'platform_fee');
            e_party := array_append(e_party, 'platform');
            e_wid := array_append(e_wid, CASE WHEN v_fee_to = 'workshop' THEN v_workshop END);
            e_mid := array_append(e_mid, CASE WHEN v_fee_to = 'mechanic' THEN v_mechanic END);
            e_bp := array_append(e_bp, v_fee_bp);
            e_rule := array_append(e_rule, v_fee_rule);
            e_exact := array_append(e_exact, NULL::bigint);
            e_required := array_append(e_required, true);
        END IF;
    END IF;
    IF v_share_kind IS NOT NULL THEN
        SELECT f.rule_id, f.fee_bp INTO v_share_rule, v_share_bp
          FROM desk.fee_rule_for(v_share_kind, v_date, v_workshop, NULL) f;
        IF coalesce(v_share_bp, 0) > 0 THEN
            e_entry := array_append(e_entry, v_share_entry);
            e_party := array_append(e_party, v_share_party);
            e_wid := array_append(e_wid, CASE WHEN v_share_party = 'workshop' THEN v_referring END);
            e_mid := array_append(e_mid, CASE WHEN v_share_party = 'mechanic' THEN v_mechanic END);
            e_bp := array_append(e_bp, v_share_bp);
            e_rule := array_append(e_rule, v_share_rule);
            e_exact := array_append(e_exact, NULL::bigint);
            e_required := array_append(e_required, true);
        END IF;
    END IF;
    IF v_scenario IN ('revenue_share_job', 'membership_job') AND coalesce(v_program_bp, 0) > 0 THEN
        -- the program's workshop share (no rule: the session carries the program's terms)
        e_entry := array_append(e_entry, 'workshop_share');
        e_party := array_append(e_party, 'workshop');
        e_wid := array_append(e_wid, v_workshop);
        e_mid := array_append(e_mid, NULL::bigint);
        e_bp := array_append(e_bp, v_program_bp);
        e_rule := array_append(e_rule, NULL::bigint);
        e_exact := array_append(e_exact, NULL::bigint);
        e_required := array_append(e_required, true);
    END IF;
    IF v_scenario IN ('bay_rental_charge', 'membership_fee') THEN
        -- the mechanic pays the whole charge
        e_entry := array_append(e_entry, v_scenario);
        e_party := array_append(e_party, 'mechanic');
        e_wid := array_append(e_wid, NULL::bigint);
        e_mid := array_append(e_mid, v_mechanic);
        e_bp := array_append(e_bp, NULL::integer);
        e_rule := array_append(e_rule, NULL::bigint);
        e_exact := array_append(e_exact, -v_gross);
        e_required := array_append(e_required, true);
    END IF;
    -- The rest (what the identity leaves): mechanic share, or the workshop's share / charge.
    v_rest_entry := CASE WHEN v_scenario IN ('workshop_mechanic', 'escalation_referral', 'quote_commission')
                         THEN 'workshop_share'
                         WHEN v_scenario IN ('bay_rental_charge', 'membership_fee') THEN v_scenario
                         ELSE 'mechanic_share' END;
    v_rest_party := CASE WHEN v_rest_entry = 'mechanic_share' THEN 'mechanic' ELSE 'workshop' END;
    e_entry := array_append(e_entry, v_rest_entry);
    e_party := array_append(e_party, v_rest_party);
    e_wid := array_append(e_wid, CASE WHEN v_rest_party = 'workshop' THEN v_workshop END);
    e_mid := array_append(e_mid, CASE WHEN v_rest_party = 'mechanic' THEN v_mechanic END);
    e_bp := array_append(e_bp, NULL::integer);
    e_rule := array_append(e_rule, NULL::bigint);
    e_exact := array_append(e_exact, NULL::bigint);
    e_required := array_append(e_required, false);
    v_seen := array_fill(false, ARRAY[cardinality(e_entry)]);

    -- Every given row is one of these parts, once, to the event's party, with its amount.
    FOR r IN
        SELECT x.*
          FROM jsonb_array_elements(p_rows) WITH ORDINALITY AS j(elem, ord),
               jsonb_to_record(j.elem) AS x(entry_type text, party text, workshop_id bigint, mechanic_id bigint,
                                            amount_cents bigint, share_bp integer, rule_id bigint,
                                            gst_hst_cents bigint, gst_hst_bp integer, tax_province text)
         ORDER BY j.ord
    LOOP
        k := NULL;
        FOR i IN 1 .. cardinality(e_entry) LOOP
            IF e_entry[i] = r.entry_type AND e_party[i] = r.party THEN
                k := i;
            END IF;
        END LOOP;
        IF k IS NULL AND r.entry_type = 'reversal' THEN
            RAISE EXCEPTION 'a reversal is not part of a posting' USING ERRCODE = '22023',
                HINT = 'a reversal is posted by desk.reverse_ledger_event';
        END IF;
        IF k IS NULL THEN
            RAISE EXCEPTION 'a % event has no % part for the %', replace(v_scenario, '_', ' '),
                replace(coalesce(r.entry_type, '(none)'), '_', ' '), coalesce(r.party, '(nobody)')
                USING ERRCODE = '22023';
        END IF;
        IF v_seen[k] THEN
            RAISE EXCEPTION 'the % part for the % appears twice', replace(r.entry_type, '_', ' '), r.party
                USING ERRCODE = '22023';
        END IF;
        v_seen[k] := true;
        v_who := CASE WHEN e_wid[k] IS NOT NULL THEN 'workshop ' || e_wid[k] ELSE 'mechanic ' || e_mid[k] END;
        IF r.workshop_id IS DISTINCT FROM e_wid[k] OR r.mechanic_id IS DISTINCT FROM e_mid[k] THEN
            RAISE EXCEPTION 'the % part of % % belongs to the event''s %, not to another party',
                replace(r.entry_type, '_', ' '), replace(p_event_type, '_', ' '), p_event_id, v_who
                USING ERRCODE = '22023';
        END IF;
        IF r.amount_cents IS NULL THEN
            RAISE EXCEPTION 'the % part has no amount', replace(r.entry_type, '_', ' ') USING ERRCODE = '22023';
        END IF;
        IF e_exact[k] IS NOT NULL AND r.amount_cents <> e_exact[k] THEN
            RAISE EXCEPTION 'the % part of the % is % cents, not %', replace(r.entry_type, '_', ' '), r.party, e_exact[k],
                r.amount_cents USING ERRCODE = '22023';
        END IF;
        IF e_exact[k] IS NULL AND r.amount_cents < 0 THEN
            RAISE EXCEPTION 'a % cannot be negative (% cents)', replace(r.entry_type, '_', ' '), r.amount_cents
                USING ERRCODE = '22023';
        END IF;
        IF r.share_bp IS DISTINCT FROM e_bp[k] OR r.rule_id IS DISTINCT FROM e_rule[k] THEN
            RAISE EXCEPTION 'the % part is % bp (rule %) on this event, not % bp (rule %)', replace(r.entry_type, '_', ' '),
                coalesce(e_bp[k]::text, 'no'), coalesce(e_rule[k]::text, 'none'),
                coalesce(r.share_bp::text, 'no'), coalesce(r.rule_id::text, 'none') USING ERRCODE = '22023';
        END IF;
        IF e_bp[k] IS NOT NULL AND abs(r.amount_cents * 10000 - v_gross * e_bp[k]) >= 10000 THEN
            RAISE EXCEPTION 'the % part must be % bp of % cents, not % cents', replace(r.entry_type, '_', ' '), e_bp[k], v_gross,
                r.amount_cents USING ERRCODE = '22023';
        END IF;
        IF r.entry_type = 'platform_fee' THEN
            IF v_tax_bp IS NULL THEN
                RAISE EXCEPTION 'no GST/HST rate for % on %', coalesce(v_tax_province, '(no province)'), v_date
                    USING ERRCODE = '22023';
            END IF;
            IF r.tax_province IS DISTINCT FROM v_tax_province OR r.gst_hst_bp IS DISTINCT FROM v_tax_bp
               OR r.gst_hst_cents IS DISTINCT FROM (r.amount_cents * v_tax_bp + 5000) / 10000 THEN
                RAISE EXCEPTION 'GST/HST on the platform fee is % cents (% bp, %)',
                    (r.amount_cents * v_tax_bp + 5000) / 10000, v_tax_bp, v_tax_province USING ERRCODE = '22023';
            END IF;
        ELSIF coalesce(r.gst_hst_cents, 0) <> 0 OR r.gst_hst_bp IS NOT NULL OR r.tax_province IS NOT NULL THEN
            RAISE EXCEPTION 'GST/HST is charged on the platform fee only' USING ERRCODE = '22023';
        END IF;
        v_sum := v_sum + r.amount_cents;
        IF r.amount_cents > 0 THEN
            v_payee := v_payee + r.amount_cents;
        END IF;
        v_n := v_n + 1;
    END LOOP;
    FOR i IN 1 .. cardinality(e_entry) LOOP
        IF e_required[i] AND NOT v_seen[i] THEN
            RAISE EXCEPTION 'the % part for the % is missing', replace(e_entry[i], '_', ' '), e_party[i]
                USING ERRCODE = '22023';
        END IF;
    END LOOP;

    -- The ledger identity.
    IF p_event_type IN ('session', 'escalation') AND v_sum <> v_gross THEN
        RAISE EXCEPTION 'the parts (% cents) do not add up to the gross (% cents)', v_sum, v_gross
            USING ERRCODE = '22023';
    END IF;
    IF p_event_type IN ('bay_rental', 'membership') AND (v_sum <> 0 OR v_payee <> v_gross) THEN
        RAISE EXCEPTION 'a charge must move % cents from the mechanic to the workshop', v_gross
            USING ERRCODE = '22023';
    END IF;

    INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, scenario, service_tier, entry_type,
                                      party, workshop_id, mechanic_id, gross_cents, amount_cents, share_bp,
                                      rule_id, gst_hst_cents, gst_hst_bp, tax_province, payout_status)
    SELECT p_event_type, p_event_id, v_at, desk.ledger_period(v_at), v_scenario, v_tier, x.entry_type, x.party,
           x.workshop_id, x.mechanic_id, v_gross, x.amount_cents, x.share_bp, x.rule_id,
           coalesce(x.gst_hst_cents, 0), x.gst_hst_bp, x.tax_province,
           CASE WHEN x.party = 'platform' THEN NULL ELSE 'pending' END
      FROM jsonb_array_elements(p_rows) WITH ORDINALITY AS j(elem, ord),
           jsonb_to_record(j.elem) AS x(entry_type text, party text, workshop_id bigint, mechanic_id bigint,
                                        amount_cents bigint, share_bp integer, rule_id bigint,
                                        gst_hst_cents bigint, gst_hst_bp integer, tax_province text)
     ORDER BY j.ord;
    RETURN v_n;
END
$$;

-- Reverses the posting of an event: one 'reversal' row per posted row, same party, negated amount,
-- GST/HST and gross, dated now (the month it is booked in), pending payout for payees (netted into
-- the next payout). One reversal per event. Returns the number of rows.
CREATE FUNCTION desk.reverse_ledger_event(p_event_type text, p_event_id bigint, p_reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_n integer;
BEGIN
    PERFORM desk.require_finance();
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION 'a reversal needs a reason' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM desk.ledger_postings p WHERE p.event_type = p_event_type
                                                          AND p.event_id = p_event_id AND p.kind = 'posting') THEN
        RAISE EXCEPTION '% % is not in the ledger', p_event_type, p_event_id USING ERRCODE = 'P0002';
    END IF;
    INSERT INTO desk.ledger_postings (event_type, event_id, kind, reason)
    VALUES (p_event_type, p_event_id, 'reversal', btrim(p_reason))
        ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% % is already reversed', p_event_type, p_event_id USING ERRCODE = 'AD001';
    END IF;
    INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, scenario, service_tier, entry_type,
                                      party, workshop_id, mechanic_id, gross_cents, amount_cents, share_bp,
                                      rule_id, gst_hst_cents, gst_hst_bp, tax_province, payout_status, reverses_id)
    SELECT l.event_type, l.event_id, now(), desk.ledger_period(now()), l.scenario, l.service_tier, 'reversal',
           l.party, l.workshop_id, l.mechanic_id, -l.gross_cents, -l.amount_cents, l.share_bp, l.rule_id,
           -l.gst_hst_cents, l.gst_hst_bp, l.tax_province,
           CASE WHEN l.party = 'platform' THEN NULL ELSE 'pending' END, l.id
      FROM desk.earnings_ledger l
     WHERE l.event_type = p_event_type AND l.event_id = p_event_id AND l.entry_type <> 'reversal'
     ORDER BY l.id;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('ledger_event_reversed', 'earnings_ledger', p_event_id,
            jsonb_build_object('event_type', p_event_type, 'rows', v_n, 'reason', btrim(p_reason)));
    RETURN v_n;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Payouts without a temporary table
-- ---------------------------------------------------------------------------------------------

-- Creates a batch with one payout per payee owed money for rows up to the end of p_period
-- (pending rows, and failed ones again). Platform-fee rows' GST/HST is charged to the payee named on
-- them (a reversal's with the payee's reversal rows). Payees whose net is not positive are carried
-- over. Returns the batch id. Two batches never take the same rows (a per-period lock row).
CREATE OR REPLACE FUNCTION desk.schedule_payouts(p_period date, p_note text DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_batch bigint;
    v_end timestamptz;
BEGIN
    PERFORM desk.require_finance();
    IF p_period IS NULL OR extract(day FROM p_period) <> 1 THEN
        RAISE EXCEPTION 'a payout period is the first day of a month' USING ERRCODE = '22023';
    END IF;
    INSERT INTO desk.work_locks (kind, key) VALUES ('payouts', 0) ON CONFLICT DO NOTHING;
    PERFORM 1 FROM desk.work_locks w WHERE w.kind = 'payouts' AND w.key = 0 FOR UPDATE;
    v_end := (p_period + interval '1 month')::timestamp AT TIME ZONE 'America/Toronto';
    INSERT INTO desk.payout_batches (period, note) VALUES (p_period, p_note) RETURNING id INTO v_batch;

    WITH due AS (
        SELECT l.id AS ledger_id, l.party AS payee_party,
               CASE l.party WHEN 'workshop' THEN l.workshop_id ELSE l.mechanic_id END AS payee_id,
               l.amount_cents
               - coalesce((SELECT sum(f.gst_hst_cents) FROM desk.earnings_ledger f
                            WHERE f.event_type = l.event_type AND f.event_id = l.event_id AND f.party = 'platform'
                              AND (f.entry_type = 'reversal') = (l.entry_type = 'reversal')
                              AND ((l.party = 'workshop' AND f.workshop_id = l.workshop_id)
                                OR (l.party = 'mechanic' AND f.mechanic_id = l.mechanic_id AND f.workshop_id IS NULL))),
                          0) AS net
          FROM desk.earnings_ledger l
         WHERE l.party <> 'platform' AND l.payout_status IN ('pending', 'failed') AND l.event_at < v_end),
    paid AS (
        INSERT INTO desk.payouts (batch_id, party, workshop_id, mechanic_id, amount_cents)
        SELECT v_batch, d.payee_party, CASE WHEN d.payee_party = 'workshop' THEN d.payee_id END,
               CASE WHEN d.payee_party = 'mechanic' THEN d.payee_id END, sum(d.net)
          FROM due d GROUP BY d.payee_party, d.payee_id HAVING sum(d.net) > 0
        RETURNING id, party, coalesce(workshop_id, mechanic_id) AS payee_id)
    UPDATE desk.earnings_ledger l
       SET payout_status = 'scheduled', payout_id = p.id, payout_reference = NULL
      FROM due d JOIN paid p ON p.party = d.payee_party AND p.payee_id = d.payee_id
     WHERE l.id = d.ledger_id;

    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('schedule_payouts', 'payout_batches', v_batch, jsonb_build_object('period', p_period));
    RETURN v_batch;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- T4A drafts without a temporary table or an advisory lock
-- ---------------------------------------------------------------------------------------------

-- Creates / refreshes the draft slips of a year from desk.t4a_year_payees: one per payee whose fees
-- exceed $500. Drafts are recomputed; final and filed slips are left alone (amend them instead);
-- drafts of payees no longer due are removed. Returns the number of draft slips.
CREATE OR REPLACE FUNCTION desk.generate_t4a_slips(p_year integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_n integer;
    v_party text[];
    v_id bigint[];
    v_fees bigint[];
BEGIN
    PERFORM desk.require_tax_finance();
    INSERT INTO desk.work_locks (kind, key) VALUES ('t4a_slips', p_year) ON CONFLICT DO NOTHING;
    PERFORM 1 FROM desk.work_locks w WHERE w.kind = 't4a_slips' AND w.key = p_year FOR UPDATE;

    SELECT coalesce(array_agg(y.payee_party ORDER BY y.payee_party, y.payee_id), '{}'),
           coalesce(array_agg(y.payee_id ORDER BY y.payee_party, y.payee_id), '{}'),
           coalesce(array_agg(y.fees_cents ORDER BY y.payee_party, y.payee_id), '{}')
      INTO v_party, v_id, v_fees
      FROM desk.t4a_year_payees(p_year) y WHERE y.slip_due;

    DELETE FROM desk.t4a_slips s
     WHERE s.tax_year = p_year AND s.status = 'draft' AND s.report_type = 'O' AND NOT s.superseded
       AND NOT EXISTS (SELECT 1 FROM unnest(v_party, v_id) AS d(payee_party, payee_id)
                        WHERE d.payee_party = s.payee_party AND d.payee_id = s.payee_id);
    UPDATE desk.t4a_slips s
       SET box048_cents = d.fees, version = s.version + 1,
           profile_id = (SELECT t.id FROM desk.payee_tax_profiles t
                          WHERE coalesce(t.mechanic_id, t.workshop_id) = d.payee_id AND t.payee_party = d.payee_party)
      FROM unnest(v_party, v_id, v_fees) AS d(payee_party, payee_id, fees)
     WHERE s.tax_year = p_year AND s.status = 'draft' AND s.report_type = 'O' AND NOT s.superseded
       AND d.payee_party = s.payee_party AND d.payee_id = s.payee_id AND s.box048_cents <> d.fees;
    INSERT INTO desk.t4a_slips (tax_year, payee_party, payee_id, mechanic_id, workshop_id, profile_id, box048_cents)
    SELECT p_year, d.payee_party, d.payee_id, CASE WHEN d.payee_party = 'mechanic' THEN d.payee_id END,
           CASE WHEN d.payee_party = 'workshop' THEN d.payee_id END, t.id, d.fees
      FROM unnest(v_party, v_id, v_fees) AS d(payee_party, payee_id, fees)
      LEFT JOIN desk.payee_tax_profiles t ON t.payee_party = d.payee_party
                                        AND coalesce(t.mechanic_id, t.workshop_id) = d.payee_id
     WHERE NOT EXISTS (SELECT 1 FROM desk.t4a_slips s WHERE s.tax_year = p_year AND NOT s.superseded
                                                       AND s.payee_party = d.payee_party AND s.payee_id = d.payee_id);
    SELECT count(*) INTO v_n FROM desk.t4a_slips WHERE tax_year = p_year AND status = 'draft' AND NOT superseded;
    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('t4a_slips_generated', 't4a_slips', NULL, jsonb_build_object('year', p_year, 'drafts', v_n));
    RETURN v_n;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Reversal rows in the reconciliation and in box 048
-- ---------------------------------------------------------------------------------------------

-- As 0005, with reversal rows left out of the per-event identities (they mirror their posted rows)
-- and a reversal's GST/HST paired with the payee's reversal rows.
CREATE OR REPLACE FUNCTION desk.earnings_differences(p_period date)
RETURNS TABLE (cause text, event_type text, event_id bigint, payout_id bigint, expected_cents bigint,
               actual_cents bigint, detail text)
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    WITH ev AS (
        SELECT 'session'::text AS t, s.id, s.price_cents AS gross, s.completed_at AS at FROM desk.sessions s
         WHERE s.status = 'completed' AND desk.ledger_period(s.completed_at) = p_period
        UNION ALL
        SELECT 'escalation', e.id, e.repair_amount_cents, e.completed_at FROM desk.escalations e
         WHERE desk.ledger_period(e.completed_at) = p_period
        UNION ALL
        SELECT 'bay_rental', b.id, b.amount_cents, b.charged_at FROM desk.bay_rental_charges b
         WHERE desk.ledger_period(b.charged_at) = p_period
        UNION ALL
        SELECT 'membership', m.id, m.amount_cents, m.charged_at FROM desk.membership_fees m
         WHERE desk.ledger_period(m.charged_at) = p_period),
    led AS (
        SELECT l.event_type AS t, l.event_id AS id, sum(l.amount_cents) AS total, max(l.gross_cents) AS gross,
               sum(l.amount_cents) FILTER (WHERE l.amount_cents > 0) AS credited
          FROM desk.earnings_ledger l WHERE l.period = p_period AND l.entry_type <> 'reversal' GROUP BY 1, 2)
    SELECT 'missing_ledger', ev.t, ev.id, NULL::bigint, ev.gross, 0::bigint, 'no ledger rows'
      FROM ev LEFT JOIN led ON led.t = ev.t AND led.id = ev.id WHERE led.id IS NULL
    UNION ALL
    SELECT 'split_mismatch', led.t, led.id, NULL, led.gross, led.total, 'parts do not add up to the gross'
      FROM led WHERE led.t IN ('session', 'escalation') AND led.total <> led.gross
    UNION ALL
    SELECT 'charge_unbalanced', led.t, led.id, NULL, 0, led.total, 'charge rows do not balance'
      FROM led WHERE led.t IN ('bay_rental', 'membership')
                 AND (led.total <> 0 OR coalesce(led.credited, 0) <> led.gross)
    UNION ALL
    SELECT 'gross_mismatch', ev.t, ev.id, NULL, ev.gross, led.gross, 'the event changed after it was posted'
      FROM ev JOIN led ON led.t = ev.t AND led.id = ev.id WHERE led.gross <> ev.gross
    UNION ALL
    SELECT 'payout_mismatch', NULL, NULL, p.id, p.amount_cents, x.net, 'payout amount differs from its rows'
      FROM desk.payouts p JOIN desk.payout_batches b ON b.id = p.batch_id
      JOIN LATERAL (
          SELECT coalesce(sum(l.amount_cents), 0)
                 - coalesce((SELECT sum(f.gst_hst_cents) FROM desk.earnings_ledger f
                              JOIN desk.earnings_ledger o ON o.payout_id = p.id AND o.event_type = f.event_type
                                                         AND o.event_id = f.event_id
                                                         AND (o.entry_type = 'reversal') = (f.entry_type = 'reversal')
                             WHERE f.party = 'platform'
                               AND ((p.party = 'workshop' AND f.workshop_id = p.workshop_id AND o.party = 'workshop')
                                 OR (p.party = 'mechanic' AND f.mechanic_id = p.mechanic_id
                                     AND f.workshop_id IS NULL AND o.party = 'mechanic'))), 0) AS net
            FROM desk.earnings_ledger l WHERE l.payout_id = p.id) x ON true
     WHERE b.period = p_period AND p.status <> 'failed' AND x.net <> p.amount_cents
    UNION ALL
    SELECT 'payout_failed', NULL, NULL, p.id, p.amount_cents, 0, p.failure_reason
      FROM desk.payouts p JOIN desk.payout_batches b ON b.id = p.batch_id
     WHERE b.period = p_period AND p.status = 'failed'
       AND EXISTS (SELECT 1 FROM desk.earnings_ledger l WHERE l.payout_id = p.id AND l.payout_status = 'failed')
    UNION ALL
    SELECT 'paid_without_reference', l.event_type, l.event_id, l.payout_id, NULL, l.amount_cents,
           'paid row without a payout reference'
      FROM desk.earnings_ledger l
     WHERE l.period = p_period AND l.payout_status = 'paid' AND coalesce(l.payout_reference, '') = ''
    ORDER BY 1, 2, 3, 4
$$;

-- Box 048 material: a reversal of a share row reduces the fees; a reversal of a charge row is no fee
-- either (the coupling to the ledger stays in this one view).
CREATE OR REPLACE VIEW desk.t4a_fee_rows WITH (security_invoker = true) AS
SELECT l.id AS ledger_id, l.party AS payee_party, coalesce(l.workshop_id, l.mechanic_id) AS payee_id,
       l.amount_cents, l.period AS earned_period,
       CASE WHEN l.payout_status = 'paid' AND p.status = 'paid' THEN p.paid_at END AS paid_at
  FROM desk.earnings_ledger l
  LEFT JOIN desk.payouts p ON p.id = l.payout_id
 WHERE l.party IN ('workshop', 'mechanic')
   AND l.entry_type NOT IN ('bay_rental_charge', 'membership_fee')
   AND (l.entry_type <> 'reversal'
        OR NOT EXISTS (SELECT 1 FROM desk.earnings_ledger o
                        WHERE o.id = l.reverses_id AND o.entry_type IN ('bay_rental_charge', 'membership_fee')));

-- ---------------------------------------------------------------------------------------------
-- Privileges, and every definer / trigger / path-setting function pinned to one search_path
-- ---------------------------------------------------------------------------------------------

REVOKE ALL ON FUNCTION desk.fee_rule_for(text, date, bigint, integer),
    desk.reverse_ledger_event(text, bigint, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.reverse_ledger_event(text, bigint, text) TO adesk_finance;

DO $$
DECLARE
    f record;
BEGIN
    FOR f IN SELECT n.nspname, p.proname, pg_catalog.pg_get_function_identity_arguments(p.oid) AS args
               FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = 'desk' AND p.prokind = 'f'
                AND (p.prosecdef OR p.prorettype = 'pg_catalog.trigger'::pg_catalog.regtype OR p.proconfig IS NOT NULL)
    LOOP
        EXECUTE pg_catalog.format('ALTER FUNCTION %I.%I(%s) SET search_path = pg_catalog, desk, pg_temp',
                                  f.nspname, f.proname, f.args);
    END LOOP;
END
$$;
