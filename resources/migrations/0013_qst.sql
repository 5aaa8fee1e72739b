-- 0013_qst: Quebec sales tax on platform fees, the platform's sales-tax registrations, and French
-- program texts (issue 13).
--
--   desk.qst_rates                    effective-dated QST rate (QC 9.975 % since 2013-01-01)
--   desk.sales_tax_registrations      effective-dated registration numbers of the platform
--                                     (GST/HST 794512368 RT0001, QST 1234567890 TQ0001), printed on
--                                     statements
--   earnings_ledger.qst_cents / qst_ppm  QST on a platform fee charged to a Quebec payee, beside
--                                     gst_hst_cents; a payee's net = share + charges - GST/HST - QST
--   partnership_programs.name_fr / description_fr, partnership_program_versions.terms_html_fr
--                                     the program's French texts, frozen into agreements; a Quebec
--                                     workshop's program is not published (or saved while published
--                                     or paused) without its French name and terms
--
-- QST's rate, 9.975 %, is not a whole number of basis points: it is held in parts per million
-- (99 750 ppm). The tax is computed like GST/HST (0011, desk.write_event_rows): on the platform fee,
-- by the payee's province on the event's date (America/Toronto), rounded half up:
-- (fee × ppm + 500 000) / 1 000 000. Reversals copy it negated.
--
-- Functions replaced (bodies copied from 0011 / 0007 / 0004 / 0008, changed only for QST or the
-- French texts): write_event_rows, posting_json, reverse_ledger_event, schedule_payouts(date, text),
-- earnings_differences, agreement_terms, program_version_from_json, save_program_unchecked,
-- save_program(bigint, …), set_program_status(bigint, …). Signatures and grants are unchanged.
--
-- SQLSTATEs added: 23514 programs_french_required (a Quebec workshop's published program without its
-- French name or terms).

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Reference data
-- ---------------------------------------------------------------------------------------------

CREATE TABLE desk.qst_rates (
    province       char(2) NOT NULL CHECK (province = 'QC'),
    tax_name       text NOT NULL DEFAULT 'QST' CHECK (tax_name = 'QST'),
    rate_ppm       integer NOT NULL CHECK (rate_ppm BETWEEN 0 AND 1000000), -- 99750 = 9.975 %
    effective_from date NOT NULL,
    effective_to   date, -- exclusive; NULL = open
    PRIMARY KEY (province, effective_from),
    CHECK (effective_to IS NULL OR effective_to > effective_from),
    EXCLUDE USING gist (province WITH =, daterange(effective_from, effective_to) WITH &&)
);
-- Revenu Québec: 9.975 % since 2013-01-01 (QST harmonisation; the platform registered then).
INSERT INTO desk.qst_rates (province, rate_ppm, effective_from) VALUES ('QC', 99750, '2013-01-01');

CREATE TABLE desk.sales_tax_registrations (
    tax            text NOT NULL CHECK (tax IN ('GST/HST', 'QST')),
    number         text NOT NULL,
    effective_from date NOT NULL,
    effective_to   date, -- exclusive; NULL = open
    PRIMARY KEY (tax, effective_from),
    CHECK (effective_to IS NULL OR effective_to > effective_from),
    -- GST/HST: the business number, RT and the account; QST: ten digits, TQ and the file number.
    CHECK ((tax = 'GST/HST' AND number ~ '^[0-9]{9} RT[0-9]{4}$')
           OR (tax = 'QST' AND number ~ '^[0-9]{10} TQ[0-9]{4}$')),
    EXCLUDE USING gist (tax WITH =, daterange(effective_from, effective_to) WITH &&)
);
INSERT INTO desk.sales_tax_registrations (tax, number, effective_from) VALUES
    ('GST/HST', '794512368 RT0001', '2008-01-01'),
    ('QST', '1234567890 TQ0001', '2013-01-01');

ALTER TABLE desk.qst_rates ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.qst_rates FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.sales_tax_registrations ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.sales_tax_registrations FORCE ROW LEVEL SECURITY;
CREATE POLICY qst_rates_read ON desk.qst_rates FOR SELECT USING (true);
CREATE POLICY sales_tax_registrations_read ON desk.sales_tax_registrations FOR SELECT USING (true);
REVOKE ALL ON desk.qst_rates, desk.sales_tax_registrations FROM PUBLIC;
GRANT SELECT ON desk.qst_rates, desk.sales_tax_registrations TO adesk_finance, adesk_workshop_owner;

-- ---------------------------------------------------------------------------------------------
-- Ledger: QST beside GST/HST
-- ---------------------------------------------------------------------------------------------

ALTER TABLE desk.earnings_ledger
    ADD COLUMN qst_cents bigint NOT NULL DEFAULT 0,
    ADD COLUMN qst_ppm integer CHECK (qst_ppm BETWEEN 0 AND 1000000),
    ADD CONSTRAINT earnings_ledger_qst_on_fees CHECK (qst_cents = 0 OR entry_type IN ('platform_fee', 'reversal'));

-- QST rate of a province on a date in ppm (NULL when the province has none).
CREATE FUNCTION desk.qst_ppm_at(p_province text, p_date date) RETURNS integer
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT q.rate_ppm FROM desk.qst_rates q
             WHERE q.province = p_province AND q.effective_from <= p_date
               AND (q.effective_to IS NULL OR p_date < q.effective_to));
END
$$;
REVOKE ALL ON FUNCTION desk.qst_ppm_at(text, date) FROM PUBLIC;

-- The posting of an event as JSON (0011, plus qst_cents).
CREATE OR REPLACE FUNCTION desk.posting_json(p_event_type text, p_event_id bigint, p_already boolean) RETURNS jsonb
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
                    'qst_cents', l.qst_cents,
                    'partnership_id', l.partnership_id, 'agreement_id', l.agreement_id) ORDER BY l.id)
                  FROM desk.earnings_ledger l
                 WHERE l.event_type = p_event_type AND l.event_id = p_event_id AND l.entry_type <> 'reversal'),
                '[]'::jsonb)));
END
$$;

-- Writes the parts of an event to the ledger (0011): GST/HST and, for a Quebec payer, QST on each
-- platform fee by the payer's province on the event's date, both rounded half up.
CREATE OR REPLACE FUNCTION desk.write_event_rows(p_event_type text, p_event_id bigint, p_at timestamptz,
                                                 p_scenario text, p_gross bigint, p_workshop bigint,
                                                 p_mechanic bigint, p_referring bigint, p_terms jsonb,
                                                 p_commission_bp integer, p_commission_source text,
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
        SELECT p.*, CASE WHEN p.entry_type = 'platform_fee' THEN desk.gst_hst_bp_at(p.province, v_date) END AS tax_bp,
               CASE WHEN p.entry_type = 'platform_fee' THEN desk.qst_ppm_at(p.province, v_date) END AS qst_ppm
          FROM parts p),
    written AS (
        INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, scenario, service_tier, entry_type,
                                          party, workshop_id, mechanic_id, gross_cents, amount_cents, share_bp,
                                          rule_id, gst_hst_cents, gst_hst_bp, qst_cents, qst_ppm, tax_province,
                                          payout_status, partnership_id, agreement_id, basis)
        SELECT p_event_type, p_event_id, p_at, desk.ledger_period(p_at), p_scenario,
               CASE WHEN p_scenario = 'virtual' THEN 'virtual' ELSE 'physical' END, t.entry_type, t.party,
               t.workshop_id, t.mechanic_id, p_gross, t.amount_cents, t.share_bp, t.rule_id,
               CASE WHEN t.tax_bp IS NULL THEN 0 ELSE (t.amount_cents * t.tax_bp + 5000) / 10000 END, t.tax_bp,
               CASE WHEN t.qst_ppm IS NULL THEN 0 ELSE (t.amount_cents * t.qst_ppm + 500000) / 1000000 END,
               t.qst_ppm,
               t.province, CASE WHEN t.party = 'platform' THEN NULL ELSE 'pending' END, p_partnership, p_agreement,
               t.basis
          FROM taxed t ORDER BY t.k
        RETURNING *)
    SELECT jsonb_agg(jsonb_build_object(
               'id', w.id, 'entry_type', w.entry_type, 'party', w.party, 'workshop_id', w.workshop_id,
               'mechanic_id', w.mechanic_id, 'amount_cents', w.amount_cents, 'share_bp', w.share_bp,
               'rule_id', w.rule_id, 'basis', w.basis, 'gst_hst_cents', w.gst_hst_cents,
               'qst_cents', w.qst_cents,
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

-- Reverses a posted event (0011), QST copied negated like GST/HST.
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
                                      rule_id, gst_hst_cents, gst_hst_bp, qst_cents, qst_ppm, tax_province,
                                      payout_status, reverses_id, partnership_id, agreement_id, basis)
    SELECT l.event_type, l.event_id, now(), desk.ledger_period(now()), l.scenario, l.service_tier, 'reversal',
           l.party, l.workshop_id, l.mechanic_id, -l.gross_cents, -l.amount_cents, l.share_bp, l.rule_id,
           -l.gst_hst_cents, l.gst_hst_bp, -l.qst_cents, l.qst_ppm, l.tax_province,
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

-- Payout batches (0007): a payee's payout deducts the GST/HST and the QST on the fees charged to them.
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
               - coalesce((SELECT sum(f.gst_hst_cents + f.qst_cents) FROM desk.earnings_ledger f
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

-- Reconciliation (0007): a payout's expected amount deducts GST/HST and QST alike.
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
                 - coalesce((SELECT sum(f.gst_hst_cents + f.qst_cents) FROM desk.earnings_ledger f
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

-- ---------------------------------------------------------------------------------------------
-- Programs: French name, description and terms
-- ---------------------------------------------------------------------------------------------

ALTER TABLE desk.partnership_programs
    ADD COLUMN name_fr text NOT NULL DEFAULT '' CHECK (length(name_fr) <= 120),
    ADD COLUMN description_fr text NOT NULL DEFAULT '' CHECK (length(description_fr) <= 4000);
ALTER TABLE desk.partnership_program_versions
    ADD COLUMN terms_html_fr text NOT NULL DEFAULT '' CHECK (length(terms_html_fr) <= 200000);

-- The version's terms (0004) plus the program's French texts, frozen into an agreement.
CREATE OR REPLACE FUNCTION desk.agreement_terms(p_version_id bigint, p_mechanic_id bigint) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT jsonb_build_object(
        'program_id', p.id, 'program_name', p.name, 'program_description', p.description,
        'program_name_fr', p.name_fr, 'program_description_fr', p.description_fr,
        'program_type', v.program_type, 'version_no', v.version_no, 'version_effective_from', v.effective_from,
        'terms_html', v.terms_html, 'terms_html_fr', v.terms_html_fr,
        'bay_rate_hour_cents', v.bay_rate_hour_cents, 'bay_rate_day_cents', v.bay_rate_day_cents,
        'bay_rate_month_cents', v.bay_rate_month_cents, 'platform_fee_bp', v.platform_fee_bp,
        'workshop_share_bp', v.workshop_share_bp, 'mechanic_share_bp', v.mechanic_share_bp,
        'membership_fee_cents', v.membership_fee_cents, 'included_bay_hours', v.included_bay_hours,
        'overage_rate_hour_cents', v.overage_rate_hour_cents,
        'workshop', jsonb_build_object('id', o.id, 'name', o.name, 'address', o.address_line, 'city', o.city,
                                       'province', o.province, 'postal_code', o.postal_code, 'email', o.email,
                                       'phone', o.phone, 'language', o.preferred_language),
        'mechanic', jsonb_build_object('id', m.id, 'name', m.display_name, 'email', m.email, 'city', m.city,
                                       'province', m.province, 'postal_code', m.postal_code,
                                       'language', m.preferred_language, 'service_tier', m.service_tier))
      FROM desk.partnership_program_versions v
      JOIN desk.partnership_programs p ON p.id = v.program_id
      JOIN desk.organizations o ON o.id = p.workshop_id
      CROSS JOIN desk.mechanics m
     WHERE v.id = p_version_id AND m.id = p_mechanic_id
$$;

-- Writes the term columns of a version row from p_data (0004, plus terms_html_fr).
CREATE OR REPLACE FUNCTION desk.program_version_from_json(p_v desk.partnership_program_versions, p_data jsonb)
RETURNS desk.partnership_program_versions
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    p_v.terms_html := coalesce(p_data ->> 'terms_html', '');
    p_v.terms_html_fr := coalesce(p_data ->> 'terms_html_fr', '');
    p_v.bay_rate_hour_cents := (p_data ->> 'bay_rate_hour_cents')::bigint;
    p_v.bay_rate_day_cents := (p_data ->> 'bay_rate_day_cents')::bigint;
    p_v.bay_rate_month_cents := (p_data ->> 'bay_rate_month_cents')::bigint;
    p_v.workshop_share_bp := coalesce((p_data ->> 'workshop_share_bp')::integer, 0);
    p_v.mechanic_share_bp := coalesce((p_data ->> 'mechanic_share_bp')::integer,
                                      10000 - p_v.platform_fee_bp - p_v.workshop_share_bp);
    p_v.membership_fee_cents := (p_data ->> 'membership_fee_cents')::bigint;
    p_v.included_bay_hours := (p_data ->> 'included_bay_hours')::integer;
    p_v.overage_rate_hour_cents := (p_data ->> 'overage_rate_hour_cents')::bigint;
    p_v.min_rating_bp := (p_data ->> 'min_rating_bp')::integer;
    p_v.min_years_experience := coalesce((p_data ->> 'min_years_experience')::integer, 0);
    p_v.required_certifications := coalesce(ARRAY(SELECT jsonb_array_elements_text(p_data -> 'required_certifications')),
                                            '{}');
    p_v.eligible_service_tiers := coalesce(ARRAY(SELECT jsonb_array_elements_text(p_data -> 'eligible_service_tiers')),
                                           '{}');
    RETURN p_v;
END
$$;

-- 0004's save_program (renamed save_program_unchecked by 0008), writing the French texts too
-- (p_data keys name_fr, description_fr, terms_html_fr).
CREATE OR REPLACE FUNCTION desk.save_program_unchecked(p_id bigint, p_version integer, p_workshop_id bigint,
                                                       p_data jsonb, p_effective_from date DEFAULT NULL,
                                                       OUT program_id bigint, OUT row_version integer,
                                                       OUT version_no integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    p desk.partnership_programs%ROWTYPE;
    v desk.partnership_program_versions%ROWTYPE;
    v_latest desk.partnership_program_versions%ROWTYPE;
    v_fee integer;
BEGIN
    IF p_id IS NULL THEN
        PERFORM desk.require_workshop_owner(p_workshop_id);
        INSERT INTO desk.partnership_programs (workshop_id, name, description, program_type, max_partners,
                                               name_fr, description_fr)
        VALUES (p_workshop_id, btrim(p_data ->> 'name'), coalesce(p_data ->> 'description', ''),
                p_data ->> 'program_type', (p_data ->> 'max_partners')::integer,
                coalesce(btrim(p_data ->> 'name_fr'), ''), coalesce(p_data ->> 'description_fr', ''))
        RETURNING * INTO p;
    ELSE
        SELECT * INTO p FROM desk.partnership_programs x WHERE x.id = p_id FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'program % does not exist', p_id USING ERRCODE = 'P0002';
        END IF;
        PERFORM desk.require_workshop_owner(p.workshop_id);
        IF p.version <> p_version THEN
            RAISE EXCEPTION 'program "%" was changed by someone else (version % is now %)', p.name, p_version, p.version
                USING ERRCODE = '40001', HINT = 'reload';
        END IF;
        IF p.status = 'closed' THEN
            RAISE EXCEPTION 'program "%" is closed and can no longer change', p.name USING ERRCODE = '23514',
                CONSTRAINT = 'programs_closed';
        END IF;
        IF p.status <> 'draft' AND (p_data ->> 'program_type') IS DISTINCT FROM p.program_type THEN
            RAISE EXCEPTION 'the type of a published program cannot change; create a new program'
                USING ERRCODE = '23514', CONSTRAINT = 'programs_type_fixed';
        END IF;
        UPDATE desk.partnership_programs x
           SET name = btrim(p_data ->> 'name'), description = coalesce(p_data ->> 'description', ''),
               name_fr = coalesce(btrim(p_data ->> 'name_fr'), ''),
               description_fr = coalesce(p_data ->> 'description_fr', ''),
               program_type = p_data ->> 'program_type', max_partners = (p_data ->> 'max_partners')::integer,
               version = x.version + 1, updated_at = clock_timestamp()
         WHERE x.id = p.id RETURNING * INTO p;
    END IF;

    SELECT o.platform_fee_bp INTO v_fee FROM desk.organizations o WHERE o.id = p.workshop_id;
    SELECT * INTO v_latest FROM desk.partnership_program_versions x
     WHERE x.program_id = p.id ORDER BY x.version_no DESC LIMIT 1;

    IF v_latest.id IS NULL OR (p.status = 'draft' AND v_latest.published_at IS NULL) THEN
        -- Draft: the one unpublished version, edited in place.
        v := coalesce(v_latest, ROW(NULL, p.id, p.workshop_id, 1, p.program_type, NULL, '', NULL, NULL, NULL,
                       v_fee, 0, 0, NULL, NULL, NULL, NULL, 0, '{}', '{}', NULL, NULL, now(), '')::desk.partnership_program_versions);
        v.program_type := p.program_type;
        v.platform_fee_bp := v_fee;
        v.effective_from := p_effective_from;
        v := desk.program_version_from_json(v, p_data);
        IF v.id IS NULL THEN
            INSERT INTO desk.partnership_program_versions (program_id, workshop_id, version_no, program_type,
                    effective_from, terms_html, terms_html_fr, bay_rate_hour_cents, bay_rate_day_cents,
                    bay_rate_month_cents, platform_fee_bp, workshop_share_bp, mechanic_share_bp, membership_fee_cents,
                    included_bay_hours, overage_rate_hour_cents, min_rating_bp, min_years_experience,
                    required_certifications, eligible_service_tiers, created_by)
            VALUES (p.id, p.workshop_id, 1, v.program_type, v.effective_from, v.terms_html, v.terms_html_fr,
                    v.bay_rate_hour_cents, v.bay_rate_day_cents, v.bay_rate_month_cents, v.platform_fee_bp,
                    v.workshop_share_bp, v.mechanic_share_bp, v.membership_fee_cents, v.included_bay_hours,
                    v.overage_rate_hour_cents, v.min_rating_bp, v.min_years_experience, v.required_certifications,
                    v.eligible_service_tiers, desk.caller_profile_id())
            RETURNING * INTO v;
        ELSE
            UPDATE desk.partnership_program_versions x
               SET program_type = v.program_type, effective_from = v.effective_from, terms_html = v.terms_html,
                   terms_html_fr = v.terms_html_fr,
                   bay_rate_hour_cents = v.bay_rate_hour_cents, bay_rate_day_cents = v.bay_rate_day_cents,
                   bay_rate_month_cents = v.bay_rate_month_cents, platform_fee_bp = v.platform_fee_bp,
                   workshop_share_bp = v.workshop_share_bp, mechanic_share_bp = v.mechanic_share_bp,
                   membership_fee_cents = v.membership_fee_cents, included_bay_hours = v.included_bay_hours,
                   overage_rate_hour_cents = v.overage_rate_hour_cents, min_rating_bp = v.min_rating_bp,
                   min_years_experience = v.min_years_experience,
                   required_certifications = v.required_certifications,
                   eligible_service_tiers = v.eligible_service_tiers
             WHERE x.id = v.id RETURNING * INTO v;
        END IF;
    ELSE
        -- Published or paused: a new version from a date; the previous ones stay as they were.
        IF p_effective_from IS NULL THEN
            RAISE EXCEPTION 'say from which date the new version applies' USING ERRCODE = '22023',
                COLUMN = 'effective_from';
        END IF;
        IF p_effective_from < current_date THEN
            RAISE EXCEPTION 'a new version cannot start in the past (%)', p_effective_from USING ERRCODE = '22023',
                COLUMN = 'effective_from';
        END IF;
        IF p_effective_from < v_latest.effective_from THEN
            RAISE EXCEPTION 'a new version cannot start before version % (%)', v_latest.version_no,
                v_latest.effective_from USING ERRCODE = '22023', COLUMN = 'effective_from';
        END IF;
        v := v_latest;
        v.id := NULL;
        v.version_no := v_latest.version_no + 1;
        v.platform_fee_bp := v_fee;
        v := desk.program_version_from_json(v, p_data);
        INSERT INTO desk.partnership_program_versions (program_id, workshop_id, version_no, program_type,
                effective_from, terms_html, terms_html_fr, bay_rate_hour_cents, bay_rate_day_cents,
                bay_rate_month_cents, platform_fee_bp, workshop_share_bp, mechanic_share_bp, membership_fee_cents,
                included_bay_hours, overage_rate_hour_cents, min_rating_bp, min_years_experience,
                required_certifications, eligible_service_tiers, published_at, created_by)
        VALUES (p.id, p.workshop_id, v.version_no, p.program_type, p_effective_from, v.terms_html, v.terms_html_fr,
                v.bay_rate_hour_cents, v.bay_rate_day_cents, v.bay_rate_month_cents, v.platform_fee_bp,
                v.workshop_share_bp, v.mechanic_share_bp, v.membership_fee_cents, v.included_bay_hours,
                v.overage_rate_hour_cents, v.min_rating_bp, v.min_years_experience, v.required_certifications,
                v.eligible_service_tiers, clock_timestamp(), desk.caller_profile_id())
        RETURNING * INTO v;
    END IF;

    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES (CASE WHEN p_id IS NULL THEN 'program_created' ELSE 'program_saved' END, 'partnership_programs', p.id,
            p.workshop_id, jsonb_build_object('version_no', v.version_no, 'effective_from', v.effective_from));
    program_id := p.id;
    row_version := p.version;
    version_no := v.version_no;
END
$$;

-- A Quebec workshop's program offered to mechanics (published or paused) carries its French name and
-- the French terms of its latest version (DESIGN.md: every document exists in French; the agreement
-- is French for Quebec mechanics). Raises 23514 programs_french_required. Internal.
CREATE FUNCTION desk.require_program_french(p_program_id bigint) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    x record;
BEGIN
    SELECT p.name, p.name_fr, p.status, o.province,
           (SELECT v.terms_html_fr FROM desk.partnership_program_versions v
             WHERE v.program_id = p.id ORDER BY v.version_no DESC LIMIT 1) AS terms_fr
      INTO x
      FROM desk.partnership_programs p JOIN desk.organizations o ON o.id = p.workshop_id
     WHERE p.id = p_program_id;
    IF FOUND AND x.province = 'QC' AND x.status IN ('published', 'paused')
       AND (btrim(x.name_fr) = '' OR btrim(coalesce(x.terms_fr, '')) = '') THEN
        RAISE EXCEPTION 'program "%" of a Quebec workshop needs its French name and French terms before it is offered',
            x.name USING ERRCODE = '23514', CONSTRAINT = 'programs_french_required';
    END IF;
END
$$;
REVOKE ALL ON FUNCTION desk.require_program_french(bigint) FROM PUBLIC;

-- 0008's checked save_program, plus the French rule.
CREATE OR REPLACE FUNCTION desk.save_program(p_id bigint, p_version integer, p_workshop_id bigint, p_data jsonb,
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
    PERFORM desk.require_program_french(program_id);
END
$$;

-- 0008's checked set_program_status, plus the French rule (publishing or resuming).
CREATE OR REPLACE FUNCTION desk.set_program_status(p_id bigint, p_version integer, p_action text,
                                                   p_effective_from date DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_row_version integer;
BEGIN
    PERFORM desk.require_visible_program(p_id);
    v_row_version := desk.set_program_status_unchecked(p_id, p_version, p_action, p_effective_from);
    PERFORM desk.require_program_french(p_id);
    RETURN v_row_version;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Fee rules' French names (French statements say which rule a fee comes from)
-- ---------------------------------------------------------------------------------------------

-- Derived from what the rule applies to (a workshop's custom fee keeps the workshop's name), so every
-- version set_fee_rule writes has one.
ALTER TABLE desk.platform_fee_rules ADD COLUMN name_fr text GENERATED ALWAYS AS (
    CASE applies_to
        WHEN 'virtual' THEN 'Frais de consultation virtuelle'
        WHEN 'workshop' THEN CASE WHEN workshop_id IS NULL THEN 'Frais de plateforme des séances en atelier'
                                  ELSE 'Frais personnalisés : ' || regexp_replace(name, '^Custom fee: ', '') END
        WHEN 'independent' THEN 'Frais de plateforme du mécanicien indépendant'
        WHEN 'cross_workshop' THEN 'Frais de plateforme entre ateliers'
        WHEN 'cross_workshop_referral' THEN 'Recommandation entre ateliers'
        WHEN 'escalation_referral' THEN 'Prime de recommandation d''une réparation'
        WHEN 'quote_commission' THEN 'Commission sur une soumission en partenariat'
        WHEN 'partnership_job' THEN 'Frais de plateforme des travaux en partenariat'
        ELSE name
    END) STORED;
