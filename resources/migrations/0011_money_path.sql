-- 0011_money_path: the one way platform events enter the ledger, by the fee rules in effect on the
-- event's date and, for partnership work, by the terms frozen in the signed agreement (issue 12).
--
--   desk.record_session_earnings(session_id)        seeds/workshop-b2b2c-features.md names it: the
--   desk.record_escalation_earnings(escalation_id)  platform's backend calls it when a session ends
--   desk.run_partnership_charges(month)             monthly bay-rental and membership charges
--   desk.void_partnership_charge(kind, id, reason)  finance voids a charge (reversal rows)
--   desk.calculate_revenue_split(...)               preview without posting (same core as the ledger)
--   desk.set_fee_rule(...)                          finance: a new effective-dated fee version
--   desk.workshop_platform_fee(workshop, date)      the fee on a workshop's own sessions
--   desk.partnership_earnings(from, to)             per partnership: jobs, gross, shares, charges
-- desk.post_ledger_event (0005/0007), which took client-computed rows, is dropped: no role posts
-- rows it computed itself any more.
--
-- Where the seeds disagree, the choice made here (and enforced below):
--   * Virtual sessions (chat, video, upgraded from chat) pay the virtual consultation fee, 15 %
--     (compliance-migration-plan.md §8 "for all virtual sessions"), whoever serves them (a
--     workshop's mechanic: the rest goes to the workshop, which is charged the fee); workshop
--     20/80, independent 20/80 and cross-workshop 20/10/70 (workshop-b2b2c) are for physical
--     visits (session_type 'workshop_visit').
--   * A partnership job (bay rental, revenue share, membership) pays the platform fee and shares of
--     the SIGNED AGREEMENT (partnership_agreements.terms, frozen from the program version, whose
--     platform_fee_bp is the workshop's fee in effect on the version's date), not the 15 % of
--     phase3-partnerships-bays-revenue-plan.md "Financial Impact" (a projection): the agreement is
--     what both parties signed. The 15 % 'partnership_job' rule is kept for history, inactive.
--   * A repair quoted under a partnership pays the mechanic the commission of the partnership's
--     labour rate for the repair's service category (partnership_labour_rates.mechanic_commission_bp)
--     when one is set, else the partnership's commission_bp (15 % by default,
--     partnership-system-deferred.md "What We Deferred"); the 'quote_commission' rule is inactive.
--     Other escalations pay the 5 % referral rule.
--   * A workshop visit needs a workshop that allows physical repairs and a mechanic allowed physical
--     work (compliance-migration-plan.md: can_perform_physical_work, not expired) who is the
--     workshop's employee or its partner under a signed agreement in force on the date. The one
--     exception is the independent scenario: a licensed mobile mechanic's own visit (no workshop,
--     service tier 'licensed_mobile'; their licensed business is the workshop).
--   * A workshop's custom fee (workshop-b2b2c-features.md "custom_fee_agreement") is an
--     effective-dated 'workshop' rule of priority 500 for that workshop. organizations.platform_fee_bp
--     stays as the fee in effect today (what older code and the onboarding form read); writing it
--     creates such a rule (from 2020-01-01 for a new workshop, from today for a change).
--   * Bay-rental and membership charges carry no platform fee (no seed sets one).
--
-- Arithmetic (one place, desk.revenue_split_core): the parts' basis points are weights, the gross is
-- shared by largest remainder (floor each part; the cents left go to the largest remainders, ties by
-- the part's order) so the parts add up to the gross exactly: the same allocation as the C++ mirror
-- RevenueSplit::allocate that tests/unit/tst_revenuesplit checks. GST/HST on each platform fee at the
-- rate of the payer's province on the event's date, rounded half up (CONTRIBUTING.md, Money).
--
-- Monthly charges (desk.run_partnership_charges), from the agreement's terms and the mechanic's
-- bay bookings at the workshop that were not cancelled or left as requests (requested / cancelled
-- are not billed; confirmed, checked in, completed and no-show are), grouped by the workshop's local
-- day and month:
--   bay rental   each day: minutes × hourly rate / 60 (half up), capped at the day rate; a day rate
--                alone bills each day used; the month capped at the month rate; a month rate alone
--                bills the month when a bay was used. No booking, no charge.
--   membership   the monthly fee (the month the agreement is in force on any day), plus minutes
--                beyond the included bay-hours × overage rate / 60 (half up).
-- One run per partnership and month (desk.partnership_charge_runs); only ended months are billed.
--
-- SQLSTATEs: 42501 caller may not post / void / edit fees; P0002 no such event, charge, rule or
-- workshop (also for ids the caller may not see); AD002 the event is not completed; AD003 the event
-- breaks a compliance or contract rule (the message names it); 22023 bad argument (date in the past,
-- month not ended, missing reason, no GST/HST rate); 40001 a fee version changed meanwhile.

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Schema
-- ---------------------------------------------------------------------------------------------

ALTER TABLE desk.earnings_ledger
    ADD COLUMN partnership_id bigint REFERENCES desk.partnerships (id),
    ADD COLUMN agreement_id bigint REFERENCES desk.partnership_agreements (id),
    -- where the part's number comes from: a fee rule (rule_id), the signed agreement, the
    -- partnership's commission, what the other parts leave, or a monthly charge
    ADD COLUMN basis text CHECK (basis IN ('rule', 'agreement', 'partnership', 'rest', 'charge'));
CREATE INDEX earnings_ledger_partnership ON desk.earnings_ledger (partnership_id, period)
    WHERE partnership_id IS NOT NULL;

-- The repair's labour category (a partnership's labour rate may set the mechanic's commission).
ALTER TABLE desk.escalations ADD COLUMN service_category text;

ALTER TABLE desk.bay_rental_charges ADD COLUMN period date CHECK (extract(day FROM period) = 1),
                                    ADD COLUMN minutes_used integer CHECK (minutes_used >= 0);
ALTER TABLE desk.membership_fees ADD COLUMN minutes_used integer CHECK (minutes_used >= 0),
                                 ADD COLUMN overage_cents bigint NOT NULL DEFAULT 0 CHECK (overage_cents >= 0);

-- One run per partnership, month and kind; its insert is the lock a concurrent run waits on.
-- Owner-only (RLS forced, no policy, no privilege).
CREATE TABLE desk.partnership_charge_runs (
    partnership_id bigint NOT NULL REFERENCES desk.partnerships (id),
    period         date NOT NULL CHECK (extract(day FROM period) = 1),
    kind           text NOT NULL CHECK (kind IN ('bay_rental', 'membership')),
    charge_id      bigint,
    amount_cents   bigint NOT NULL DEFAULT 0,
    minutes_used   integer NOT NULL DEFAULT 0,
    run_at         timestamptz NOT NULL DEFAULT now(),
    run_by         name NOT NULL DEFAULT session_user,
    PRIMARY KEY (partnership_id, period, kind)
);
ALTER TABLE desk.partnership_charge_runs ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.partnership_charge_runs FORCE ROW LEVEL SECURITY;
REVOKE ALL ON desk.partnership_charge_runs FROM PUBLIC;

-- Fee rules are versioned: a version is never edited once in effect; a change is a new row.
ALTER TABLE desk.platform_fee_rules
    ADD COLUMN replaces_id bigint REFERENCES desk.platform_fee_rules (id),
    ADD COLUMN change_reason text,
    ADD COLUMN created_by name NOT NULL DEFAULT session_user,
    ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();

UPDATE desk.platform_fee_rules SET active = false,
       description = description || ' (inactive since migration 0011: partnership jobs pay the signed agreement''s fee)'
 WHERE applies_to = 'partnership_job' AND workshop_id IS NULL;
UPDATE desk.platform_fee_rules SET active = false,
       description = description || ' (inactive since migration 0011: the partnership''s commission applies)'
 WHERE applies_to = 'quote_commission' AND workshop_id IS NULL;

-- ---------------------------------------------------------------------------------------------
-- Fee rule in effect: the highest priority among active rules of the kind (platform-fee kinds also
-- 'all') effective on the date, for every workshop or this one; ties to the later effective_from,
-- then the lower id. Internal: called by the definer functions below. The helpers of the posting
-- path are PL/pgSQL, not SQL, where they cannot be inlined: their plans are cached (a SQL function
-- that is not inlined is planned at every call: 0.5 ms per posting for posting_json alone).
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION desk.fee_rule_at(p_kind text, p_date date, p_workshop bigint,
                                 OUT rule_id bigint, OUT fee_bp integer, OUT rule_name text, OUT source text,
                                 OUT effective_from date, OUT effective_to date)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    SELECT r.id, r.fee_bp, r.name, r.source, r.effective_from, r.effective_to
      INTO rule_id, fee_bp, rule_name, source, effective_from, effective_to
      FROM desk.platform_fee_rules r
     WHERE (r.applies_to = p_kind
            OR (r.applies_to = 'all' AND p_kind IN ('virtual', 'workshop', 'independent', 'cross_workshop')))
       AND r.active AND r.effective_from <= p_date AND (r.effective_to IS NULL OR p_date < r.effective_to)
       AND (r.workshop_id IS NULL OR r.workshop_id = p_workshop)
     ORDER BY r.priority DESC, r.effective_from DESC, r.id
     LIMIT 1;
END
$$;

CREATE FUNCTION desk.toronto_today() RETURNS date
LANGUAGE sql STABLE AS $$
    SELECT (now() AT TIME ZONE 'America/Toronto')::date
$$;

-- ---------------------------------------------------------------------------------------------
-- The split core. p_parts: the parts other than the rest, as a JSON array of
-- {entry_type, party, workshop_id, mechanic_id, share_bp, rule_id, basis, source}; the rest (entry
-- p_rest_entry to p_rest_party) gets 10000 - their sum as its weight. Returns the parts with their
-- amounts (largest remainder), in order; k is the part's position (1-based, the rest last).
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION desk.revenue_split_core(p_gross bigint, p_parts jsonb, p_rest_entry text, p_rest_party text,
                                        p_rest_workshop bigint, p_rest_mechanic bigint, p_rest_bp integer,
                                        p_rest_basis text, p_rest_source text)
RETURNS TABLE (k integer, entry_type text, party text, workshop_id bigint, mechanic_id bigint, share_bp integer,
               amount_cents bigint, rule_id bigint, basis text, source text)
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN QUERY
    WITH given AS (
        SELECT j.ord::integer AS k, x.*
          FROM jsonb_array_elements(coalesce(p_parts, '[]'::jsonb)) WITH ORDINALITY AS j(elem, ord),
               jsonb_to_record(j.elem) AS x(entry_type text, party text, workshop_id bigint, mechanic_id bigint,
                                            share_bp integer, rule_id bigint, basis text, source text)
         WHERE x.share_bp > 0),
    parts AS (
        SELECT g.k, g.entry_type, g.party, g.workshop_id, g.mechanic_id, g.share_bp, g.share_bp AS weight,
               g.rule_id, g.basis, g.source
          FROM given g
        UNION ALL
        SELECT (SELECT count(*) FROM given)::integer + 1, p_rest_entry, p_rest_party, p_rest_workshop,
               p_rest_mechanic, coalesce(p_rest_bp, 10000 - coalesce((SELECT sum(g.share_bp) FROM given g), 0)::integer),
               10000 - coalesce((SELECT sum(g.share_bp) FROM given g), 0)::integer, NULL::bigint, p_rest_basis,
               p_rest_source),
    raw AS (
        SELECT p.*, (p_gross::numeric * p.weight) AS product,
               (SELECT sum(q.weight) FROM parts q WHERE q.weight > 0)::numeric AS total
          FROM parts p WHERE p.weight > 0),
    floored AS (
        SELECT r.*, floor(r.product / r.total)::bigint AS base, mod(r.product, r.total) AS remainder FROM raw r),
    ranked AS (
        SELECT f.*, row_number() OVER (ORDER BY f.remainder DESC, f.k) AS rank_no,
               p_gross - sum(f.base) OVER () AS leftover
          FROM floored f)
    SELECT r.k, r.entry_type, r.party, r.workshop_id, r.mechanic_id, r.share_bp,
           r.base + CASE WHEN r.rank_no <= r.leftover THEN 1 ELSE 0 END, r.rule_id, r.basis, r.source
      FROM ranked r ORDER BY r.k;
END
$$;

-- The parts of one event (or one preview): scenario, parties, date, agreement terms (partnership
-- jobs) and commission (quote commission). Raises 22023 for an unknown scenario.
CREATE FUNCTION desk.event_split(p_scenario text, p_gross bigint, p_date date, p_workshop bigint,
                                 p_mechanic bigint, p_referring bigint, p_terms jsonb, p_commission_bp integer,
                                 p_commission_source text)
RETURNS TABLE (k integer, entry_type text, party text, workshop_id bigint, mechanic_id bigint, share_bp integer,
               amount_cents bigint, rule_id bigint, basis text, source text)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    f record;
    s record;
    v_parts jsonb := '[]'::jsonb;
    v_rest_entry text := 'mechanic_share';
    v_rest_party text := 'mechanic';
    v_rest_bp integer;
    v_rest_basis text := 'rest';
    v_rest_source text := 'the rest of the gross';
    v_fee_kind text;
    v_fee_to text := 'mechanic';
    v_agreement text;
BEGIN
    CASE p_scenario
        WHEN 'virtual' THEN
            v_fee_kind := 'virtual';
            IF p_workshop IS NOT NULL THEN -- a workshop's mechanic: the workshop is paid (and charged)
                v_fee_to := 'workshop'; v_rest_entry := 'workshop_share'; v_rest_party := 'workshop';
            END IF;
        WHEN 'independent' THEN v_fee_kind := 'independent';
        WHEN 'workshop_mechanic' THEN
            v_fee_kind := 'workshop'; v_fee_to := 'workshop';
            v_rest_entry := 'workshop_share'; v_rest_party := 'workshop';
        WHEN 'cross_workshop' THEN v_fee_kind := 'cross_workshop';
        WHEN 'escalation_referral', 'quote_commission' THEN
            v_rest_entry := 'workshop_share'; v_rest_party := 'workshop';
        WHEN 'bay_rental_job', 'revenue_share_job', 'membership_job' THEN NULL;
        ELSE
            RAISE EXCEPTION 'unknown revenue split scenario %', coalesce(p_scenario, '(none)') USING ERRCODE = '22023';
    END CASE;

    IF v_fee_kind IS NOT NULL THEN
        SELECT * INTO f FROM desk.fee_rule_at(v_fee_kind, p_date, p_workshop);
        v_parts := v_parts || jsonb_build_object(
            'entry_type', 'platform_fee', 'party', 'platform',
            'workshop_id', CASE WHEN v_fee_to = 'workshop' THEN p_workshop END,
            'mechanic_id', CASE WHEN v_fee_to = 'mechanic' THEN p_mechanic END,
            'share_bp', coalesce(f.fee_bp, 0), 'rule_id', f.rule_id, 'basis', 'rule',
            'source', f.rule_name);
    END IF;
    IF p_scenario = 'cross_workshop' THEN
        SELECT * INTO s FROM desk.fee_rule_at('cross_workshop_referral', p_date, p_workshop);
        v_parts := v_parts || jsonb_build_object(
            'entry_type', 'referral_fee', 'party', 'workshop', 'workshop_id', p_referring,
            'share_bp', coalesce(s.fee_bp, 0), 'rule_id', s.rule_id, 'basis', 'rule', 'source', s.rule_name);
    ELSIF p_scenario = 'escalation_referral' THEN
        SELECT * INTO s FROM desk.fee_rule_at('escalation_referral', p_date, p_workshop);
        v_parts := v_parts || jsonb_build_object(
            'entry_type', 'referral_fee', 'party', 'mechanic', 'mechanic_id', p_mechanic,
            'share_bp', coalesce(s.fee_bp, 0), 'rule_id', s.rule_id, 'basis', 'rule', 'source', s.rule_name);
    ELSIF p_scenario = 'quote_commission' THEN
        v_parts := v_parts || jsonb_build_object(
            'entry_type', 'commission', 'party', 'mechanic', 'mechanic_id', p_mechanic,
            'share_bp', coalesce(p_commission_bp, 0), 'basis', 'partnership', 'source', p_commission_source);
    ELSIF p_scenario IN ('bay_rental_job', 'revenue_share_job', 'membership_job') THEN
        IF p_terms IS NULL OR (p_terms->>'platform_fee_bp') IS NULL OR (p_terms->>'mechanic_share_bp') IS NULL THEN
            RAISE EXCEPTION 'a partnership job needs its agreement''s terms' USING ERRCODE = '22023';
        END IF;
        v_agreement := coalesce(p_terms->>'agreement_label', 'the agreement');
        v_parts := v_parts || jsonb_build_object(
            'entry_type', 'platform_fee', 'party', 'platform', 'mechanic_id', p_mechanic,
            'share_bp', (p_terms->>'platform_fee_bp')::integer, 'basis', 'agreement',
            'source', v_agreement || ': platform fee');
        v_parts := v_parts || jsonb_build_object(
            'entry_type', 'workshop_share', 'party', 'workshop', 'workshop_id', p_workshop,
            'share_bp', coalesce((p_terms->>'workshop_share_bp')::integer, 0), 'basis', 'agreement',
            'source', v_agreement || ': workshop share');
        v_rest_bp := (p_terms->>'mechanic_share_bp')::integer;
        v_rest_basis := 'agreement';
        v_rest_source := v_agreement || ': mechanic share';
        IF (p_terms->>'platform_fee_bp')::integer + coalesce((p_terms->>'workshop_share_bp')::integer, 0)
           + v_rest_bp <> 10000 THEN
            RAISE EXCEPTION 'the agreement''s shares do not add up to 100 %%' USING ERRCODE = '22023';
        END IF;
    END IF;

    RETURN QUERY SELECT * FROM desk.revenue_split_core(
        p_gross, v_parts, v_rest_entry, v_rest_party,
        CASE WHEN v_rest_party = 'workshop' THEN p_workshop END,
        CASE WHEN v_rest_party = 'mechanic' THEN p_mechanic END, v_rest_bp, v_rest_basis, v_rest_source);
END
$$;

-- GST/HST rate of a province on a date (NULL when none).
CREATE FUNCTION desk.gst_hst_bp_at(p_province text, p_date date) RETURNS integer
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT g.rate_bp FROM desk.gst_hst_rates g
             WHERE g.province = p_province AND g.effective_from <= p_date
               AND (g.effective_to IS NULL OR p_date < g.effective_to));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Who may post: finance, the platform's backend, the deploying role (seed-demo).
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION desk.require_poster() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT (desk.is_finance() OR desk.is_platform_service() OR desk.caller_is_trusted()) THEN
        RAISE EXCEPTION 'only finance and the platform post earnings' USING ERRCODE = '42501';
    END IF;
END
$$;

-- The posting of an event as JSON (the record_* functions' result).
CREATE FUNCTION desk.posting_json(p_event_type text, p_event_id bigint, p_already boolean) RETURNS jsonb
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT jsonb_build_object(
        'event_type', p_event_type, 'event_id', p_event_id, 'already', p_already,
        'scenario', (SELECT min(l.scenario) FROM desk.earnings_ledger l
                      WHERE l.event_type = p_event_type AND l.event_id = p_event_id AND l.entry_type <> 'reversal'),
        'rows', coalesce((SELECT jsonb_agg(jsonb_build_object(
                    'id', l.id, 'entry_type', l.entry_type, 'party', l.party, 'workshop_id', l.workshop_id,
                    'mechanic_id', l.mechanic_id, 'amount_cents', l.amount_cents, 'share_bp', l.share_bp,
                    'rule_id', l.rule_id, 'basis', l.basis, 'gst_hst_cents', l.gst_hst_cents,
                    'partnership_id', l.partnership_id, 'agreement_id', l.agreement_id) ORDER BY l.id)
                  FROM desk.earnings_ledger l
                 WHERE l.event_type = p_event_type AND l.event_id = p_event_id AND l.entry_type <> 'reversal'),
                '[]'::jsonb)));
END
$$;

-- Writes the parts of an event to the ledger (GST/HST on each platform fee by the payer's province)
-- and returns them as posting_json's "rows". Internal; the caller has taken the ledger_postings row.
CREATE FUNCTION desk.write_event_rows(p_event_type text, p_event_id bigint, p_at timestamptz, p_scenario text,
                                      p_gross bigint, p_workshop bigint, p_mechanic bigint, p_referring bigint,
                                      p_terms jsonb, p_commission_bp integer, p_commission_source text,
                                      p_partnership bigint, p_agreement bigint) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    v_date date := (p_at AT TIME ZONE 'America/Toronto')::date;
    v_workshop_province text;
    v_mechanic_province text;
    v_rows jsonb;
    v_missing text;
BEGIN
    SELECT o.province INTO v_workshop_province FROM desk.organizations o WHERE o.id = p_workshop;
    SELECT coalesce(m.province, mo.province) INTO v_mechanic_province
      FROM desk.mechanics m LEFT JOIN desk.organizations mo ON mo.id = m.workshop_id WHERE m.id = p_mechanic;
    -- One statement (the ledger's notify trigger fires once per statement).
    WITH parts AS (
        SELECT x.*, CASE WHEN x.entry_type <> 'platform_fee' THEN NULL
                         WHEN x.workshop_id IS NOT NULL THEN v_workshop_province
                         ELSE coalesce(v_mechanic_province, v_workshop_province) END AS province
          FROM desk.event_split(p_scenario, p_gross, v_date, p_workshop, p_mechanic, p_referring, p_terms,
                                p_commission_bp, p_commission_source) x),
    taxed AS (
        SELECT p.*, CASE WHEN p.entry_type = 'platform_fee' THEN desk.gst_hst_bp_at(p.province, v_date) END AS tax_bp
          FROM parts p),
    written AS (
        INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, scenario, service_tier, entry_type,
                                          party, workshop_id, mechanic_id, gross_cents, amount_cents, share_bp,
                                          rule_id, gst_hst_cents, gst_hst_bp, tax_province, payout_status,
                                          partnership_id, agreement_id, basis)
        SELECT p_event_type, p_event_id, p_at, desk.ledger_period(p_at), p_scenario,
               CASE WHEN p_scenario = 'virtual' THEN 'virtual' ELSE 'physical' END, t.entry_type, t.party,
               t.workshop_id, t.mechanic_id, p_gross, t.amount_cents, t.share_bp, t.rule_id,
               CASE WHEN t.tax_bp IS NULL THEN 0 ELSE (t.amount_cents * t.tax_bp + 5000) / 10000 END, t.tax_bp,
               t.province, CASE WHEN t.party = 'platform' THEN NULL ELSE 'pending' END, p_partnership, p_agreement,
               t.basis
          FROM taxed t ORDER BY t.k
        RETURNING *)
    SELECT jsonb_agg(jsonb_build_object(
               'id', w.id, 'entry_type', w.entry_type, 'party', w.party, 'workshop_id', w.workshop_id,
               'mechanic_id', w.mechanic_id, 'amount_cents', w.amount_cents, 'share_bp', w.share_bp,
               'rule_id', w.rule_id, 'basis', w.basis, 'gst_hst_cents', w.gst_hst_cents,
               'partnership_id', w.partnership_id, 'agreement_id', w.agreement_id) ORDER BY w.id),
           min(coalesce(w.tax_province, '(no province)')) FILTER (WHERE w.entry_type = 'platform_fee'
                                                                   AND w.gst_hst_bp IS NULL)
      INTO v_rows, v_missing FROM written w;
    IF v_missing IS NOT NULL THEN
        RAISE EXCEPTION 'no GST/HST rate for % on %', v_missing, v_date USING ERRCODE = '22023';
    END IF;
    RETURN coalesce(v_rows, '[]'::jsonb);
END
$$;

-- The agreement a partnership's job on p_date is paid by, checked: the partnership joins this
-- workshop and mechanic, is not pending, its contract covers the date, its agreement is signed by
-- both sides and in force on the date. Raises AD003 naming the rule broken. Internal.
CREATE FUNCTION desk.partnership_terms_on(p_partnership bigint, p_workshop bigint, p_mechanic bigint, p_date date,
                                          OUT agreement_id bigint, OUT terms jsonb, OUT commission_bp integer)
LANGUAGE plpgsql STABLE AS $$
DECLARE
    x record;
BEGIN
    SELECT p.id, p.workshop_id, p.mechanic_id, p.status, p.contract_start_date, p.contract_end_date,
           p.commission_bp, a.id AS agreement, a.terms, a.workshop_accepted_at, a.mechanic_accepted_at,
           a.effective_date, a.end_date, a.status AS agreement_status
      INTO x
      FROM desk.partnerships p JOIN desk.partnership_agreements a ON a.id = p.agreement_id
     WHERE p.id = p_partnership;
    IF NOT FOUND OR x.workshop_id IS DISTINCT FROM p_workshop OR x.mechanic_id IS DISTINCT FROM p_mechanic THEN
        RAISE EXCEPTION 'partnership % is not between this workshop and mechanic', p_partnership
            USING ERRCODE = 'AD003';
    END IF;
    IF x.status = 'pending' THEN
        RAISE EXCEPTION 'partnership % has not started (pending)', p_partnership USING ERRCODE = 'AD003';
    END IF;
    IF x.workshop_accepted_at IS NULL OR x.mechanic_accepted_at IS NULL THEN
        RAISE EXCEPTION 'the agreement of partnership % is not signed by both sides', p_partnership
            USING ERRCODE = 'AD003';
    END IF;
    IF p_date < greatest(x.contract_start_date, x.effective_date)
       OR p_date > least(coalesce(x.contract_end_date, 'infinity'), coalesce(x.end_date, 'infinity')) THEN
        RAISE EXCEPTION 'partnership % was not in force on %', p_partnership, p_date USING ERRCODE = 'AD003';
    END IF;
    agreement_id := x.agreement;
    terms := x.terms || jsonb_build_object('agreement_label', 'Agreement #' || x.agreement);
    commission_bp := x.commission_bp;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Posting
-- ---------------------------------------------------------------------------------------------

-- Takes an event's posting row (the one-posting-per-event key). A caller whose REPEATABLE READ
-- snapshot predates a concurrent posting gets 40001 (retry: the retry returns that posting).
-- Internal.
CREATE FUNCTION desk.take_posting(p_event_type text, p_event_id bigint) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    -- Under REPEATABLE READ a conflicting row committed after the snapshot raises 40001 itself.
    INSERT INTO desk.ledger_postings (event_type, event_id, kind) VALUES (p_event_type, p_event_id, 'posting')
        ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% % was posted meanwhile', replace(p_event_type, '_', ' '), p_event_id USING ERRCODE = '40001';
    END IF;
END
$$;

-- Posts a completed session (idempotent: a second call returns the first posting, "already": true).
CREATE FUNCTION desk.record_session_earnings(p_session_id bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    s desk.sessions%ROWTYPE;
    m record;
    o record;
    v_date date;
    v_scenario text;
    v_terms jsonb;
    v_agreement bigint;
    v_commission integer;
BEGIN
    PERFORM desk.require_poster();
    -- The event row's lock serialises two posters of the same session.
    SELECT * INTO s FROM desk.sessions WHERE id = p_session_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('session', p_session_id);
    END IF;
    IF EXISTS (SELECT 1 FROM desk.ledger_postings p
                WHERE p.event_type = 'session' AND p.event_id = p_session_id AND p.kind = 'posting') THEN
        RETURN desk.posting_json('session', p_session_id, true);
    END IF;
    IF s.status <> 'completed' THEN
        RAISE EXCEPTION 'session % is %, not completed', p_session_id, s.status USING ERRCODE = 'AD002';
    END IF;
    IF s.completed_at > now() THEN
        RAISE EXCEPTION 'session % is not completed yet (completed_at is in the future)', p_session_id
            USING ERRCODE = 'AD002';
    END IF;
    v_date := (s.completed_at AT TIME ZONE 'America/Toronto')::date;
    SELECT mm.id, mm.workshop_id, mm.service_tier, mm.can_perform_physical_work, mm.compliance_status
      INTO m FROM desk.mechanics mm WHERE mm.id = s.mechanic_id;

    IF s.session_type IN ('chat', 'video', 'upgraded_from_chat') THEN
        IF s.partnership_id IS NOT NULL THEN
            RAISE EXCEPTION 'session % is virtual: partnership work is a workshop visit', p_session_id
                USING ERRCODE = 'AD003';
        END IF;
        v_scenario := 'virtual';
    ELSE
        -- A workshop visit: physical work (compliance-migration-plan.md).
        IF NOT m.can_perform_physical_work OR m.compliance_status = 'expired' THEN
            RAISE EXCEPTION 'mechanic % is not allowed physical work (verification incomplete or expired)',
                s.mechanic_id USING ERRCODE = 'AD003';
        END IF;
        IF s.workshop_id IS NULL THEN
            IF m.service_tier <> 'licensed_mobile' OR s.referring_workshop_id IS NOT NULL
               OR s.partnership_id IS NOT NULL THEN
                RAISE EXCEPTION 'a workshop visit needs a workshop (only a licensed mobile mechanic works without one)'
                    USING ERRCODE = 'AD003';
            END IF;
            v_scenario := 'independent';
        ELSE
            SELECT oo.id, oo.allows_physical_repairs INTO o FROM desk.organizations oo WHERE oo.id = s.workshop_id;
            IF NOT o.allows_physical_repairs THEN
                RAISE EXCEPTION 'workshop % does not allow physical repairs', s.workshop_id USING ERRCODE = 'AD003';
            END IF;
            IF s.partnership_id IS NOT NULL THEN
                SELECT t.agreement_id, t.terms, t.commission_bp INTO v_agreement, v_terms, v_commission
                  FROM desk.partnership_terms_on(s.partnership_id, s.workshop_id, s.mechanic_id, v_date) t;
                v_scenario := (v_terms->>'program_type') || '_job';
            ELSIF m.workshop_id IS DISTINCT FROM s.workshop_id THEN
                RAISE EXCEPTION 'mechanic % is neither an employee nor a partner of workshop %', s.mechanic_id,
                    s.workshop_id USING ERRCODE = 'AD003';
            ELSIF s.referring_workshop_id IS NOT NULL THEN
                v_scenario := 'cross_workshop';
            ELSE
                v_scenario := 'workshop_mechanic';
            END IF;
        END IF;
    END IF;

    PERFORM desk.take_posting('session', p_session_id);
    RETURN jsonb_build_object(
        'event_type', 'session', 'event_id', p_session_id, 'already', false, 'scenario', v_scenario,
        'rows', desk.write_event_rows('session', p_session_id, s.completed_at, v_scenario, s.price_cents,
                                      s.workshop_id, s.mechanic_id, s.referring_workshop_id, v_terms, NULL, NULL,
                                      s.partnership_id, v_agreement));
END
$$;

-- Posts a completed escalation (a repair the mechanic referred to the workshop): the 5 % referral
-- rule, or under a partnership the labour rate's / partnership's commission. Idempotent.
CREATE FUNCTION desk.record_escalation_earnings(p_escalation_id bigint) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    e desk.escalations%ROWTYPE;
    v_date date;
    v_scenario text := 'escalation_referral';
    v_terms jsonb;
    v_agreement bigint;
    v_commission integer;
    v_source text;
    v_labour integer;
BEGIN
    PERFORM desk.require_poster();
    SELECT * INTO e FROM desk.escalations WHERE id = p_escalation_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('escalation', p_escalation_id);
    END IF;
    IF EXISTS (SELECT 1 FROM desk.ledger_postings p
                WHERE p.event_type = 'escalation' AND p.event_id = p_escalation_id AND p.kind = 'posting') THEN
        RETURN desk.posting_json('escalation', p_escalation_id, true);
    END IF;
    IF e.completed_at IS NULL OR e.completed_at > now() THEN
        RAISE EXCEPTION 'escalation % is not completed', p_escalation_id USING ERRCODE = 'AD002';
    END IF;
    v_date := (e.completed_at AT TIME ZONE 'America/Toronto')::date;
    IF NOT (SELECT o.allows_physical_repairs FROM desk.organizations o WHERE o.id = e.workshop_id) THEN
        RAISE EXCEPTION 'workshop % does not allow physical repairs', e.workshop_id USING ERRCODE = 'AD003';
    END IF;
    IF e.partnership_id IS NOT NULL THEN
        SELECT t.agreement_id, t.terms, t.commission_bp INTO v_agreement, v_terms, v_commission
          FROM desk.partnership_terms_on(e.partnership_id, e.workshop_id, e.mechanic_id, v_date) t;
        v_scenario := 'quote_commission';
        v_source := 'Partnership #' || e.partnership_id || ': commission';
        IF e.service_category IS NOT NULL THEN
            SELECT r.mechanic_commission_bp INTO v_labour FROM desk.partnership_labour_rates r
             WHERE r.partnership_id = e.partnership_id AND r.service_category = e.service_category
               AND r.valid_from <= v_date AND (r.valid_until IS NULL OR v_date <= r.valid_until)
               AND r.mechanic_commission_bp IS NOT NULL;
            IF v_labour IS NOT NULL THEN
                v_commission := v_labour;
                v_source := 'Partnership #' || e.partnership_id || ': labour rate ' || e.service_category;
            END IF;
        END IF;
    END IF;
    PERFORM desk.take_posting('escalation', p_escalation_id);
    RETURN jsonb_build_object(
        'event_type', 'escalation', 'event_id', p_escalation_id, 'already', false, 'scenario', v_scenario,
        'rows', desk.write_event_rows('escalation', p_escalation_id, e.completed_at, v_scenario,
                                      e.repair_amount_cents, e.workshop_id, e.mechanic_id, NULL, v_terms,
                                      v_commission, v_source, e.partnership_id, v_agreement));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Preview (never posts). By fee rules for a scenario (p_date NULL: today; p_workshop_id NULL: the
-- rules for every workshop), or by agreement-shaped terms. No defaults: the two overloads differ by
-- their number of arguments (tst_idempotency).
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION desk.calculate_revenue_split(p_scenario text, p_gross_cents bigint, p_date date,
                                             p_workshop_id bigint)
RETURNS TABLE (entry_type text, party text, share_bp integer, amount_cents bigint, rule_id bigint, basis text,
               source text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT (desk.is_finance() OR desk.is_platform_service() OR desk.caller_is_trusted()
            OR pg_has_role(session_user, 'adesk_workshop_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'permission denied for function calculate_revenue_split' USING ERRCODE = '42501';
    END IF;
    IF p_workshop_id IS NOT NULL AND NOT (desk.caller_sees_workshop(p_workshop_id) OR desk.is_platform_service()) THEN
        PERFORM desk.raise_not_found('workshop', p_workshop_id);
    END IF;
    IF p_gross_cents IS NULL OR p_gross_cents < 0 THEN
        RAISE EXCEPTION 'a gross amount is zero or more cents' USING ERRCODE = '22023';
    END IF;
    IF p_scenario NOT IN ('virtual', 'workshop_mechanic', 'independent', 'cross_workshop', 'escalation_referral') THEN
        RAISE EXCEPTION 'scenario % is previewed from its terms (the agreement''s or the partnership''s)',
            coalesce(p_scenario, '(none)') USING ERRCODE = '22023';
    END IF;
    RETURN QUERY SELECT x.entry_type, x.party, x.share_bp, x.amount_cents, x.rule_id, x.basis, x.source
                   FROM desk.event_split(p_scenario, p_gross_cents, coalesce(p_date, desk.toronto_today()),
                                         p_workshop_id, NULL, NULL, NULL, NULL, NULL) x;
END
$$;

-- By terms: {program_type, platform_fee_bp, workshop_share_bp, mechanic_share_bp[, agreement_label]}
-- (a program version being edited, or an agreement's frozen terms). Platform admins, who see the
-- partnership panes read-only, may call it too: it reads nothing but the terms given.
CREATE FUNCTION desk.calculate_revenue_split(p_terms jsonb, p_gross_cents bigint)
RETURNS TABLE (entry_type text, party text, share_bp integer, amount_cents bigint, rule_id bigint, basis text,
               source text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT (desk.is_finance() OR desk.is_platform_service() OR desk.caller_is_trusted() OR desk.is_platform_admin()
            OR pg_has_role(session_user, 'adesk_workshop_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'permission denied for function calculate_revenue_split' USING ERRCODE = '42501';
    END IF;
    IF p_gross_cents IS NULL OR p_gross_cents < 0 THEN
        RAISE EXCEPTION 'a gross amount is zero or more cents' USING ERRCODE = '22023';
    END IF;
    IF coalesce(p_terms->>'program_type', '') NOT IN ('bay_rental', 'revenue_share', 'membership') THEN
        RAISE EXCEPTION 'terms need a program type (bay_rental, revenue_share or membership)' USING ERRCODE = '22023';
    END IF;
    RETURN QUERY SELECT x.entry_type, x.party, x.share_bp, x.amount_cents, x.rule_id, x.basis, x.source
                   FROM desk.event_split((p_terms->>'program_type') || '_job', p_gross_cents, desk.toronto_today(),
                                         NULL, NULL, NULL, p_terms, NULL, NULL) x;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Monthly partnership charges
-- ---------------------------------------------------------------------------------------------

-- Bay minutes a partner used in a month, per local day: (day, minutes).
CREATE FUNCTION desk.partner_bay_days(p_workshop bigint, p_mechanic bigint, p_month date, p_from date, p_to date)
RETURNS TABLE (day date, minutes integer)
LANGUAGE sql STABLE AS $$
    SELECT (lower(b.span) AT TIME ZONE o.time_zone)::date,
           sum(ceil(extract(epoch FROM upper(b.span) - lower(b.span)) / 60))::integer
      FROM desk.bay_bookings b JOIN desk.organizations o ON o.id = b.workshop_id
     WHERE b.workshop_id = p_workshop AND b.mechanic_id = p_mechanic
       AND b.status IN ('confirmed', 'checked_in', 'completed', 'no_show')
       AND (lower(b.span) AT TIME ZONE o.time_zone)::date >= p_month
       AND (lower(b.span) AT TIME ZONE o.time_zone)::date < (p_month + interval '1 month')::date
       AND (lower(b.span) AT TIME ZONE o.time_zone)::date BETWEEN p_from AND p_to
     GROUP BY 1
$$;

-- Bills every partnership with a signed bay-rental or membership agreement in force in p_month
-- (an ended month). Returns one row per partnership billed (created false: billed by an earlier run).
CREATE FUNCTION desk.run_partnership_charges(p_month date)
RETURNS TABLE (partnership_id bigint, kind text, charge_id bigint, amount_cents bigint, minutes_used integer,
               created boolean)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    x record;
    v_end date;
    v_from date;
    v_to date;
    v_kind text;
    v_minutes integer;
    v_amount bigint;
    v_overage bigint;
    v_hour bigint;
    v_day bigint;
    v_month bigint;
    v_charge bigint;
    v_at timestamptz;
    v_new integer;
    d record;
BEGIN
    PERFORM desk.require_poster();
    IF p_month IS NULL OR extract(day FROM p_month) <> 1 THEN
        RAISE EXCEPTION 'a charge month is the first day of a month' USING ERRCODE = '22023';
    END IF;
    IF p_month >= date_trunc('month', desk.toronto_today())::date THEN
        RAISE EXCEPTION 'charges are billed once a month has ended (% has not)', to_char(p_month, 'YYYY-MM')
            USING ERRCODE = '22023';
    END IF;
    v_end := (p_month + interval '1 month')::date - 1;
    -- charged at the month's last second, platform time: its ledger period is the month
    v_at := ((p_month + interval '1 month')::timestamp - interval '1 second') AT TIME ZONE 'America/Toronto';
    FOR x IN
        SELECT p.id, p.workshop_id, p.mechanic_id, a.id AS agreement, a.terms,
               greatest(p.contract_start_date, a.effective_date, p_month) AS from_day,
               least(coalesce(p.contract_end_date, 'infinity'), coalesce(a.end_date, 'infinity'), v_end) AS to_day
          FROM desk.partnerships p JOIN desk.partnership_agreements a ON a.id = p.agreement_id
         WHERE p.status <> 'pending' AND a.workshop_accepted_at IS NOT NULL AND a.mechanic_accepted_at IS NOT NULL
           AND a.terms->>'program_type' IN ('bay_rental', 'membership')
           AND greatest(p.contract_start_date, a.effective_date) <= v_end
           AND least(coalesce(p.contract_end_date, 'infinity'), coalesce(a.end_date, 'infinity')) >= p_month
         ORDER BY p.id
    LOOP
        v_kind := x.terms->>'program_type';
        v_from := x.from_day;
        v_to := x.to_day;
        INSERT INTO desk.partnership_charge_runs (partnership_id, period, kind) VALUES (x.id, p_month, v_kind)
            ON CONFLICT DO NOTHING;
        GET DIAGNOSTICS v_new = ROW_COUNT;
        IF v_new = 0 THEN
            RETURN QUERY SELECT r.partnership_id, r.kind, r.charge_id, r.amount_cents, r.minutes_used, false
                           FROM desk.partnership_charge_runs r
                          WHERE r.partnership_id = x.id AND r.period = p_month AND r.kind = v_kind;
            CONTINUE;
        END IF;
        v_minutes := 0;
        v_amount := 0;
        v_overage := 0;
        v_charge := NULL;
        v_hour := (x.terms->>'bay_rate_hour_cents')::bigint;
        v_day := (x.terms->>'bay_rate_day_cents')::bigint;
        v_month := (x.terms->>'bay_rate_month_cents')::bigint;
        FOR d IN SELECT * FROM desk.partner_bay_days(x.workshop_id, x.mechanic_id, p_month, v_from, v_to) LOOP
            v_minutes := v_minutes + d.minutes;
            IF v_kind = 'bay_rental' THEN
                v_amount := v_amount + CASE
                    WHEN v_hour IS NOT NULL THEN least((d.minutes * v_hour + 30) / 60, coalesce(v_day, 'Infinity'::numeric))
                    WHEN v_day IS NOT NULL THEN v_day
                    ELSE 0 END;
            END IF;
        END LOOP;
        IF v_kind = 'bay_rental' THEN
            IF v_minutes > 0 AND v_hour IS NULL AND v_day IS NULL THEN
                v_amount := v_month;
            ELSIF v_month IS NOT NULL THEN
                v_amount := least(v_amount, v_month);
            END IF;
            IF v_amount > 0 THEN
                INSERT INTO desk.bay_rental_charges (partnership_id, mechanic_id, workshop_id, amount_cents, charged_at,
                                                     period, minutes_used)
                VALUES (x.id, x.mechanic_id, x.workshop_id, v_amount, v_at, p_month, v_minutes)
                RETURNING id INTO v_charge;
            END IF;
        ELSE
            v_overage := (greatest(0, v_minutes - 60 * coalesce((x.terms->>'included_bay_hours')::integer, 0))
                          * (x.terms->>'overage_rate_hour_cents')::bigint + 30) / 60;
            v_amount := (x.terms->>'membership_fee_cents')::bigint + v_overage;
            INSERT INTO desk.membership_fees (partnership_id, mechanic_id, workshop_id, period, amount_cents, charged_at,
                                              minutes_used, overage_cents)
            VALUES (x.id, x.mechanic_id, x.workshop_id, p_month, v_amount, v_at, v_minutes, v_overage)
            RETURNING id INTO v_charge;
        END IF;
        IF v_charge IS NOT NULL THEN
            INSERT INTO desk.ledger_postings (event_type, event_id, kind) VALUES (v_kind, v_charge, 'posting');
            INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, scenario, service_tier,
                                              entry_type, party, workshop_id, mechanic_id, gross_cents, amount_cents,
                                              payout_status, partnership_id, agreement_id, basis)
            VALUES (v_kind, v_charge, v_at, p_month, v_kind || CASE WHEN v_kind = 'bay_rental' THEN '_charge' ELSE '_fee' END,
                    'physical', v_kind || CASE WHEN v_kind = 'bay_rental' THEN '_charge' ELSE '_fee' END, 'mechanic',
                    NULL, x.mechanic_id, v_amount, -v_amount, 'pending', x.id, x.agreement, 'charge'),
                   (v_kind, v_charge, v_at, p_month, v_kind || CASE WHEN v_kind = 'bay_rental' THEN '_charge' ELSE '_fee' END,
                    'physical', v_kind || CASE WHEN v_kind = 'bay_rental' THEN '_charge' ELSE '_fee' END, 'workshop',
                    x.workshop_id, NULL, v_amount, v_amount, 'pending', x.id, x.agreement, 'charge');
        END IF;
        UPDATE desk.partnership_charge_runs r SET charge_id = v_charge, amount_cents = v_amount, minutes_used = v_minutes
         WHERE r.partnership_id = x.id AND r.period = p_month AND r.kind = v_kind;
        INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
        VALUES ('partnership_charge', CASE WHEN v_kind = 'bay_rental' THEN 'bay_rental_charges' ELSE 'membership_fees' END,
                v_charge, x.workshop_id,
                jsonb_build_object('partnership_id', x.id, 'month', p_month, 'amount_cents', v_amount,
                                   'minutes_used', v_minutes, 'overage_cents', v_overage));
        RETURN QUERY SELECT x.id, v_kind, v_charge, v_amount, v_minutes, true;
    END LOOP;
END
$$;

-- Reverses a posted event, keeping its partnership, agreement and basis on the reversal rows
-- (replaces 0007's body; same checks: finance, a reason, one reversal per event).
CREATE OR REPLACE FUNCTION desk.reverse_ledger_event(p_event_type text, p_event_id bigint, p_reason text) RETURNS integer
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
                                      rule_id, gst_hst_cents, gst_hst_bp, tax_province, payout_status, reverses_id,
                                      partnership_id, agreement_id, basis)
    SELECT l.event_type, l.event_id, now(), desk.ledger_period(now()), l.scenario, l.service_tier, 'reversal',
           l.party, l.workshop_id, l.mechanic_id, -l.gross_cents, -l.amount_cents, l.share_bp, l.rule_id,
           -l.gst_hst_cents, l.gst_hst_bp, l.tax_province,
           CASE WHEN l.party = 'platform' THEN NULL ELSE 'pending' END, l.id, l.partnership_id, l.agreement_id, l.basis
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

-- Finance voids a monthly charge: reversal rows, never an edit. Idempotent: voiding a voided charge
-- returns 0. Returns the number of reversal rows written.
CREATE FUNCTION desk.void_partnership_charge(p_kind text, p_charge_id bigint, p_reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.require_finance();
    IF p_kind IS NULL OR p_kind NOT IN ('bay_rental', 'membership') THEN
        RAISE EXCEPTION 'a partnership charge is a bay_rental or membership charge' USING ERRCODE = '22023';
    END IF;
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION 'voiding a charge needs a reason' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM desk.ledger_postings p
                    WHERE p.event_type = p_kind AND p.event_id = p_charge_id AND p.kind = 'posting') THEN
        PERFORM desk.raise_not_found('charge', p_charge_id);
    END IF;
    -- The reversal row's insert waits for a concurrent void; a committed one makes this a no-op.
    IF EXISTS (SELECT 1 FROM desk.ledger_postings p
                WHERE p.event_type = p_kind AND p.event_id = p_charge_id AND p.kind = 'reversal') THEN
        RETURN 0;
    END IF;
    RETURN desk.reverse_ledger_event(p_kind, p_charge_id, p_reason);
EXCEPTION WHEN SQLSTATE 'AD001' THEN
    RETURN 0;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Fee rules: effective-dated versions
-- ---------------------------------------------------------------------------------------------

-- A new version of a fee rule from p_effective_from (today or later; the past is never edited): the
-- replaced version p_rule_id ends the day before. p_rule_id NULL starts a workshop's first custom
-- fee (applies_to 'workshop', p_workshop_id set). Audited. Returns the new rule's id.
CREATE FUNCTION desk.set_fee_rule(p_rule_id bigint, p_applies_to text, p_workshop_id bigint, p_fee_bp integer,
                                  p_effective_from date, p_reason text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    old desk.platform_fee_rules%ROWTYPE;
    v_new bigint;
    v_name text;
BEGIN
    PERFORM desk.require_finance();
    IF p_fee_bp IS NULL OR p_fee_bp NOT BETWEEN 0 AND 10000 THEN
        RAISE EXCEPTION 'a fee is between 0 and 100 %%' USING ERRCODE = '22023', COLUMN = 'fee_bp';
    END IF;
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION 'a fee change needs a reason' USING ERRCODE = '22023', COLUMN = 'change_reason';
    END IF;
    IF p_effective_from IS NULL OR p_effective_from < desk.toronto_today() THEN
        RAISE EXCEPTION 'a fee change takes effect today or later: the past is not edited'
            USING ERRCODE = '22023', COLUMN = 'effective_from';
    END IF;
    IF p_rule_id IS NOT NULL THEN
        SELECT * INTO old FROM desk.platform_fee_rules r WHERE r.id = p_rule_id FOR UPDATE;
        IF NOT FOUND THEN
            PERFORM desk.raise_not_found('fee rule', p_rule_id);
        END IF;
        IF (p_applies_to IS NOT NULL AND p_applies_to <> old.applies_to)
           OR p_workshop_id IS DISTINCT FROM old.workshop_id AND p_workshop_id IS NOT NULL THEN
            RAISE EXCEPTION 'a new version keeps the rule''s kind and workshop' USING ERRCODE = '22023';
        END IF;
        IF NOT old.active OR (old.effective_to IS NOT NULL AND old.effective_to <= p_effective_from) THEN
            RAISE EXCEPTION 'fee rule % was replaced meanwhile', p_rule_id USING ERRCODE = '40001';
        END IF;
        IF p_effective_from <= old.effective_from THEN
            RAISE EXCEPTION 'the new version must start after % (when version % starts)', old.effective_from,
                p_rule_id USING ERRCODE = '22023', COLUMN = 'effective_from';
        END IF;
        IF EXISTS (SELECT 1 FROM desk.platform_fee_rules r
                    WHERE r.active AND r.id <> old.id AND r.applies_to = old.applies_to
                      AND r.workshop_id IS NOT DISTINCT FROM old.workshop_id AND r.priority = old.priority
                      AND r.effective_from > old.effective_from) THEN
            RAISE EXCEPTION 'fee rule % already has a later version: change that one', p_rule_id
                USING ERRCODE = '40001';
        END IF;
        UPDATE desk.platform_fee_rules r SET effective_to = p_effective_from WHERE r.id = old.id;
        INSERT INTO desk.platform_fee_rules (name, description, applies_to, fee_bp, priority, active, workshop_id,
                                             effective_from, effective_to, source, version, replaces_id, change_reason)
        VALUES (old.name, old.description, old.applies_to, p_fee_bp, old.priority, true, old.workshop_id,
                p_effective_from, old.effective_to, old.source, old.version + 1, old.id, btrim(p_reason))
        RETURNING id INTO v_new;
    ELSE
        IF p_applies_to IS DISTINCT FROM 'workshop' OR p_workshop_id IS NULL THEN
            RAISE EXCEPTION 'a new fee rule is a workshop''s custom fee; other rules get new versions'
                USING ERRCODE = '22023';
        END IF;
        SELECT o.name INTO v_name FROM desk.organizations o WHERE o.id = p_workshop_id;
        IF NOT FOUND THEN
            PERFORM desk.raise_not_found('workshop', p_workshop_id);
        END IF;
        IF EXISTS (SELECT 1 FROM desk.platform_fee_rules r
                    WHERE r.active AND r.applies_to = 'workshop' AND r.workshop_id = p_workshop_id
                      AND (r.effective_to IS NULL OR r.effective_to > p_effective_from)) THEN
            RAISE EXCEPTION 'workshop % has a custom fee: give the version being replaced', p_workshop_id
                USING ERRCODE = '40001';
        END IF;
        INSERT INTO desk.platform_fee_rules (name, description, applies_to, fee_bp, priority, workshop_id,
                                             effective_from, source, change_reason)
        VALUES ('Custom fee: ' || v_name, 'Custom fee agreement', 'workshop', p_fee_bp, 500, p_workshop_id,
                p_effective_from, 'workshop-b2b2c-features.md custom_fee_agreement', btrim(p_reason))
        RETURNING id INTO v_new;
        old.fee_bp := NULL;
    END IF;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('fee_rule_version', 'platform_fee_rules', v_new, coalesce(old.workshop_id, p_workshop_id),
            jsonb_build_object('replaces', p_rule_id, 'old_fee_bp', old.fee_bp, 'fee_bp', p_fee_bp,
                               'effective_from', p_effective_from, 'reason', btrim(p_reason)));
    -- The workshop's fee in effect today, for the code that reads organizations.platform_fee_bp.
    IF coalesce(old.workshop_id, p_workshop_id) IS NOT NULL AND p_effective_from = desk.toronto_today() THEN
        UPDATE desk.organizations o SET platform_fee_bp = p_fee_bp
         WHERE o.id = coalesce(old.workshop_id, p_workshop_id) AND o.platform_fee_bp <> p_fee_bp;
    END IF;
    RETURN v_new;
END
$$;

CREATE FUNCTION desk.set_fee_rule(p_request_id uuid, p_rule_id bigint, p_applies_to text, p_workshop_id bigint,
                                  p_fee_bp integer, p_effective_from date, p_reason text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'set_fee_rule');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id, to_jsonb(desk.set_fee_rule(p_rule_id, p_applies_to, p_workshop_id,
                                                                                p_fee_bp, p_effective_from, p_reason)));
    END IF;
    RETURN (r #>> '{}')::bigint;
END
$$;

-- organizations.platform_fee_bp written directly (onboarding, older tools): becomes a custom-fee
-- version, from 2020-01-01 for a new workshop, from today for a change.
CREATE FUNCTION desk.organizations_fee_version() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_from date := CASE WHEN TG_OP = 'INSERT' THEN DATE '2020-01-01' ELSE desk.toronto_today() END;
    v_current integer;
    v_new bigint;
BEGIN
    SELECT f.fee_bp INTO v_current FROM desk.fee_rule_at('workshop', v_from, NEW.id) f;
    IF v_current IS NOT DISTINCT FROM NEW.platform_fee_bp THEN
        RETURN NULL;
    END IF;
    UPDATE desk.platform_fee_rules r SET active = false
     WHERE r.applies_to = 'workshop' AND r.workshop_id = NEW.id AND r.active AND r.effective_from >= v_from;
    UPDATE desk.platform_fee_rules r SET effective_to = v_from
     WHERE r.applies_to = 'workshop' AND r.workshop_id = NEW.id AND r.active
       AND (r.effective_to IS NULL OR r.effective_to > v_from);
    INSERT INTO desk.platform_fee_rules (name, description, applies_to, fee_bp, priority, workshop_id,
                                         effective_from, source, change_reason)
    VALUES ('Custom fee: ' || NEW.name, 'Custom fee agreement', 'workshop', NEW.platform_fee_bp, 500, NEW.id,
            v_from, 'workshop-b2b2c-features.md custom_fee_agreement', 'organizations.platform_fee_bp set')
    RETURNING id INTO v_new;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('fee_rule_version', 'platform_fee_rules', v_new, NEW.id,
            jsonb_build_object('old_fee_bp', v_current, 'fee_bp', NEW.platform_fee_bp, 'effective_from', v_from,
                               'reason', 'organizations.platform_fee_bp set'));
    RETURN NULL;
END
$$;
CREATE TRIGGER organizations_fee_version AFTER INSERT OR UPDATE OF platform_fee_bp ON desk.organizations
    FOR EACH ROW EXECUTE FUNCTION desk.organizations_fee_version();

-- Workshops whose fee differs from the 'workshop' rule get their custom fee as a rule.
INSERT INTO desk.platform_fee_rules (name, description, applies_to, fee_bp, priority, workshop_id, effective_from,
                                     source, change_reason)
SELECT 'Custom fee: ' || o.name, 'Custom fee agreement', 'workshop', o.platform_fee_bp, 500, o.id, DATE '2020-01-01',
       'workshop-b2b2c-features.md custom_fee_agreement', 'migration 0011 (organizations.platform_fee_bp)'
  FROM desk.organizations o
 WHERE o.platform_fee_bp IS DISTINCT FROM (SELECT f.fee_bp FROM desk.fee_rule_at('workshop', DATE '2020-01-01', o.id) f);

-- A program version's platform fee is the workshop's fee in effect on the version's date (the
-- agreement freezes it): set here, whatever the client sent; the shares must add up with it.
CREATE FUNCTION desk.program_versions_fee() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_fee integer;
    v_on date;
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.published_at IS NOT NULL THEN
        RETURN NEW; -- a published version is frozen (program_versions_frozen refuses changes)
    END IF;
    v_on := coalesce(NEW.effective_from, desk.toronto_today());
    SELECT f.fee_bp INTO v_fee FROM desk.fee_rule_at('workshop', v_on, NEW.workshop_id) f;
    NEW.platform_fee_bp := coalesce(v_fee, 0);
    IF NEW.platform_fee_bp + NEW.workshop_share_bp + NEW.mechanic_share_bp <> 10000 THEN
        RAISE EXCEPTION 'program_versions_shares_add_up: the platform fee on % is % bp; the workshop (% bp) and mechanic (% bp) shares must add up to 100 %% with it',
            v_on, NEW.platform_fee_bp, NEW.workshop_share_bp, NEW.mechanic_share_bp
            USING ERRCODE = '23514', CONSTRAINT = 'program_versions_shares_add_up';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER program_versions_fee BEFORE INSERT OR UPDATE ON desk.partnership_program_versions
    FOR EACH ROW EXECUTE FUNCTION desk.program_versions_fee();

-- The fee on a workshop's own sessions on a date (today by default): finance for any workshop, an
-- owner for theirs (P0002 for another's, as for a missing one).
CREATE FUNCTION desk.workshop_platform_fee(p_workshop_id bigint, p_date date DEFAULT NULL)
RETURNS TABLE (fee_bp integer, rule_id bigint, rule_name text, effective_from date, effective_to date, source text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT desk.caller_sees_workshop(p_workshop_id) THEN
        PERFORM desk.raise_not_found('workshop', p_workshop_id);
    END IF;
    RETURN QUERY SELECT f.fee_bp, f.rule_id, f.rule_name, f.effective_from, f.effective_to, f.source
                   FROM desk.fee_rule_at('workshop', coalesce(p_date, desk.toronto_today()), p_workshop_id) f;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Earnings per partnership over the ledger months [p_from, p_to): jobs (sessions and escalations
-- under the partnership), their gross and parts, the monthly charges, and the workshop's balance
-- (its shares plus the charges). Finance sees every partnership, an owner their workshops'.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION desk.partnership_earnings(p_from date, p_to date)
RETURNS TABLE (partnership_id bigint, workshop_id bigint, mechanic_id bigint, mechanic_name text, program_name text,
               program_type text, agreement_id bigint, jobs bigint, gross_cents bigint, platform_fee_cents bigint,
               workshop_share_cents bigint, mechanic_share_cents bigint, charges_cents bigint, balance_cents bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT (desk.is_finance() OR desk.caller_is_trusted()
            OR pg_has_role(session_user, 'adesk_workshop_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'permission denied for function partnership_earnings' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY
    WITH mine AS (
        SELECT p.id, p.workshop_id, p.mechanic_id, p.agreement_id, p.program_id
          FROM desk.partnerships p
         WHERE desk.is_finance() OR desk.caller_is_trusted() OR desk.caller_owns_workshop(p.workshop_id)),
    led AS (
        SELECT l.partnership_id AS pid,
               count(DISTINCT (l.event_type, l.event_id)) FILTER (WHERE l.event_type IN ('session', 'escalation')
                                                                  AND l.entry_type <> 'reversal') AS jobs,
               coalesce(sum(l.amount_cents) FILTER (WHERE l.event_type IN ('session', 'escalation')), 0) AS gross,
               coalesce(sum(l.amount_cents) FILTER (WHERE l.party = 'platform'), 0) AS fee,
               coalesce(sum(l.amount_cents) FILTER (WHERE l.party = 'workshop'
                                                      AND l.event_type IN ('session', 'escalation')), 0) AS wshare,
               coalesce(sum(l.amount_cents) FILTER (WHERE l.party = 'mechanic'
                                                      AND l.event_type IN ('session', 'escalation')), 0) AS mshare,
               coalesce(sum(l.amount_cents) FILTER (WHERE l.party = 'workshop'
                                                      AND l.event_type IN ('bay_rental', 'membership')), 0) AS charges
          FROM desk.earnings_ledger l
         WHERE l.partnership_id IN (SELECT id FROM mine) AND l.period >= p_from AND l.period < p_to
         GROUP BY l.partnership_id)
    SELECT m.id, m.workshop_id, m.mechanic_id, mm.display_name, pr.name, pr.program_type, m.agreement_id,
           coalesce(led.jobs, 0)::bigint, coalesce(led.gross, 0)::bigint, coalesce(led.fee, 0)::bigint,
           coalesce(led.wshare, 0)::bigint, coalesce(led.mshare, 0)::bigint, coalesce(led.charges, 0)::bigint,
           (coalesce(led.wshare, 0) + coalesce(led.charges, 0))::bigint
      FROM mine m
      JOIN desk.mechanics mm ON mm.id = m.mechanic_id
      JOIN desk.partnership_programs pr ON pr.id = m.program_id
      LEFT JOIN led ON led.pid = m.id
     ORDER BY pr.name, mm.display_name, m.id;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- The old client-side posting is gone; privileges.
-- ---------------------------------------------------------------------------------------------
DROP FUNCTION desk.post_ledger_event(text, bigint, text, text, jsonb);

REVOKE ALL ON FUNCTION desk.fee_rule_at(text, date, bigint), desk.toronto_today(),
    desk.revenue_split_core(bigint, jsonb, text, text, bigint, bigint, integer, text, text),
    desk.event_split(text, bigint, date, bigint, bigint, bigint, jsonb, integer, text),
    desk.gst_hst_bp_at(text, date), desk.require_poster(), desk.take_posting(text, bigint), desk.posting_json(text, bigint, boolean),
    desk.write_event_rows(text, bigint, timestamptz, text, bigint, bigint, bigint, bigint, jsonb, integer, text,
                          bigint, bigint),
    desk.partnership_terms_on(bigint, bigint, bigint, date), desk.partner_bay_days(bigint, bigint, date, date, date),
    desk.record_session_earnings(bigint), desk.record_escalation_earnings(bigint),
    desk.calculate_revenue_split(text, bigint, date, bigint), desk.calculate_revenue_split(jsonb, bigint),
    desk.run_partnership_charges(date), desk.void_partnership_charge(text, bigint, text),
    desk.set_fee_rule(bigint, text, bigint, integer, date, text),
    desk.set_fee_rule(uuid, bigint, text, bigint, integer, date, text),
    desk.organizations_fee_version(), desk.program_versions_fee(),
    desk.workshop_platform_fee(bigint, date), desk.partnership_earnings(date, date) FROM PUBLIC;

GRANT EXECUTE ON FUNCTION desk.record_session_earnings(bigint), desk.record_escalation_earnings(bigint),
    desk.run_partnership_charges(date), desk.calculate_revenue_split(text, bigint, date, bigint),
    desk.calculate_revenue_split(jsonb, bigint)
    TO adesk_finance, adesk_platform_service;
GRANT EXECUTE ON FUNCTION desk.calculate_revenue_split(text, bigint, date, bigint),
    desk.calculate_revenue_split(jsonb, bigint), desk.workshop_platform_fee(bigint, date),
    desk.partnership_earnings(date, date)
    TO adesk_workshop_owner;
GRANT EXECUTE ON FUNCTION desk.void_partnership_charge(text, bigint, text),
    desk.set_fee_rule(bigint, text, bigint, integer, date, text),
    desk.set_fee_rule(uuid, bigint, text, bigint, integer, date, text), desk.workshop_platform_fee(bigint, date),
    desk.partnership_earnings(date, date)
    TO adesk_finance;
GRANT EXECUTE ON FUNCTION desk.calculate_revenue_split(jsonb, bigint), desk.workshop_platform_fee(bigint, date)
    TO adesk_platform_admin;
