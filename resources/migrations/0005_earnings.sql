-- 0005_earnings: sessions and jobs as the platform records them, escalations, bay rental charges and
-- membership fees (events); platform fee rules and the GST/HST rate table (data, effective-dated);
-- the earnings ledger (one row per party per event), payout batches and payouts; reconciliation.
--
-- Depends on 0001 + 0002 only. Bookings (0003) and partnership programs (0004) are referenced by id
-- WITHOUT foreign keys (booking_id bigint, partnership_id bigint) so that this migration applies with
-- or without them; the program's terms a split needs (program type, workshop share) are copied onto
-- the event when the platform records it.
--
-- Business rules (numbers live in rows, not code; the split itself is computed by the app's one
-- split engine, models/domain/revenuesplit.h, and posted through desk.post_ledger_event, which
-- re-checks that the parts add up to the gross):
--   seeds/compliance-migration-plan.md §8  "Virtual Consultation Fee": 15 %, priority 100
--   seeds/workshop-b2b2c-features.md       "Revenue Split Scenarios": workshop mechanic 20/80,
--                                          independent 20/80, cross-workshop 20/10/70;
--                                          organizations.platform_fee_bp = custom fee agreement
--   seeds/partnership-system-deferred.md   "Current Revenue Split": escalation referral 5 %
--                                          ($60 on $1,200); "What We Deferred": quote commission 15 %
--   seeds/phase3-partnerships-bays-revenue-plan.md "Financial Impact": 15 % platform fee on
--                                          partnership jobs; "Revenue Split Scenarios": bay rental
--                                          (fixed fee, mechanic keeps the job), revenue share,
--                                          membership (monthly fee + share)
--   DESIGN.md "Money, tax and Canadian rules": GST/HST on platform fees by the payee's province
--                                          and date (NS 15 % before 2025-04-01, 14 % from)
--
-- Ledger identity (checked by desk.earnings_differences):
--   split events (session, escalation): sum(amount_cents) over the event's rows = gross_cents
--   charge events (bay_rental, membership): sum(amount_cents) = 0 and the payee's row = gross_cents
-- GST/HST is charged on platform_fee rows on top of the fee (gst_hst_cents), to the party named on
-- the row (workshop_id or mechanic_id): a payee's payable = sum(own rows) - GST/HST on fees charged
-- to them.
--
-- SQLSTATEs: 42501 not finance; P0002 no such payout/event; 40001 payout changed (version);
-- AD001 wrong state (payout not scheduled, event already posted); 22023 rows do not add up.

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = desk, public;

-- ---------------------------------------------------------------------------------------------
-- Reference data: GST/HST rates and platform fee rules
-- ---------------------------------------------------------------------------------------------

CREATE TABLE desk.gst_hst_rates (
    province       char(2) NOT NULL CHECK (province IN ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON',
                                                        'PE', 'QC', 'SK', 'YT')),
    tax_name       text NOT NULL CHECK (tax_name IN ('GST', 'HST')),
    rate_bp        integer NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    effective_from date NOT NULL,
    effective_to   date, -- exclusive; NULL = open
    PRIMARY KEY (province, effective_from),
    CHECK (effective_to IS NULL OR effective_to > effective_from),
    EXCLUDE USING gist (province WITH =, daterange(effective_from, effective_to) WITH &&)
);

-- DESIGN.md: NS 15 % before 2025-04-01 and 14 % from; ON 13 % HST; NB, NL, PE 15 % HST; the other
-- provinces and territories 5 % GST (QST is not charged by the platform).
INSERT INTO desk.gst_hst_rates (province, tax_name, rate_bp, effective_from, effective_to) VALUES
    ('NS', 'HST', 1500, '2010-07-01', '2025-04-01'),
    ('NS', 'HST', 1400, '2025-04-01', NULL),
    ('ON', 'HST', 1300, '2010-07-01', NULL),
    ('NB', 'HST', 1500, '2016-07-01', NULL),
    ('NL', 'HST', 1500, '2016-07-01', NULL),
    ('PE', 'HST', 1500, '2016-10-01', NULL),
    ('AB', 'GST', 500, '2008-01-01', NULL), ('BC', 'GST', 500, '2008-01-01', NULL),
    ('MB', 'GST', 500, '2008-01-01', NULL), ('QC', 'GST', 500, '2008-01-01', NULL),
    ('SK', 'GST', 500, '2008-01-01', NULL), ('NT', 'GST', 500, '2008-01-01', NULL),
    ('NU', 'GST', 500, '2008-01-01', NULL), ('YT', 'GST', 500, '2008-01-01', NULL);

-- Rule kinds (applies_to) the split engine asks for, and which share the percentage is:
--   virtual                  platform fee on a virtual session (chat, video, upgraded from chat)
--   workshop                 platform fee on a workshop mechanic's session (workshop keeps the rest);
--                            the workshop's organizations.platform_fee_bp overrides it at priority 500
--   independent              platform fee on an independent mechanic's physical job
--   cross_workshop           platform fee on a session referred by another workshop
--   cross_workshop_referral  the referring workshop's share of that session
--   escalation_referral      the mechanic's referral fee on an escalated repair
--   quote_commission         the mechanic's commission on a repair quoted under a partnership
--   partnership_job          platform fee on a job under a bay rental / revenue share / membership
--   bay_rental, membership   platform fee on a bay rental charge / membership fee (none seeded: 0)
--   all                      any of the platform-fee kinds above
-- The highest priority among active rules effective on the event's date wins; ties go to the later
-- effective_from, then the lower id. A rule with workshop_id applies to that workshop's events only.
CREATE TABLE desk.platform_fee_rules (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    description    text,
    applies_to     text NOT NULL CHECK (applies_to IN ('virtual', 'workshop', 'independent', 'cross_workshop',
                                        'cross_workshop_referral', 'escalation_referral', 'quote_commission',
                                        'partnership_job', 'bay_rental', 'membership', 'all')),
    fee_bp         integer NOT NULL CHECK (fee_bp BETWEEN 0 AND 10000),
    priority       integer NOT NULL DEFAULT 0,
    active         boolean NOT NULL DEFAULT true,
    workshop_id    bigint REFERENCES desk.organizations (id),
    effective_from date NOT NULL DEFAULT '2020-01-01',
    effective_to   date, -- exclusive
    source         text, -- seed file and section the number comes from
    version        integer NOT NULL DEFAULT 1,
    CHECK (effective_to IS NULL OR effective_to > effective_from)
);
CREATE INDEX platform_fee_rules_kind ON desk.platform_fee_rules (applies_to, effective_from);

INSERT INTO desk.platform_fee_rules (name, description, applies_to, fee_bp, priority, source) VALUES
    ('Virtual Consultation Fee', 'Flat 15% fee for all virtual consultation sessions (chat/video)',
     'virtual', 1500, 100, 'compliance-migration-plan.md §8 (seed applies_to ''all'', narrowed to chat/video)'),
    ('Workshop session platform fee', 'Platform 20%, workshop 80% (workshop pays mechanic)',
     'workshop', 2000, 50, 'workshop-b2b2c-features.md Revenue Split Scenarios 1'),
    ('Independent mechanic platform fee', 'Platform 20%, mechanic 80%',
     'independent', 2000, 50, 'workshop-b2b2c-features.md Revenue Split Scenarios 2'),
    ('Cross-workshop platform fee', 'Platform 20% of a session referred by another workshop',
     'cross_workshop', 2000, 50, 'workshop-b2b2c-features.md Revenue Split Scenarios 3'),
    ('Cross-workshop referral', 'Referring workshop 10%',
     'cross_workshop_referral', 1000, 50, 'workshop-b2b2c-features.md Revenue Split Scenarios 3'),
    ('Escalation referral fee', 'Mechanic earns 5% of the repair ($60 on $1,200)',
     'escalation_referral', 500, 50, 'partnership-system-deferred.md Current Revenue Split'),
    ('Partnership quote commission', 'Mechanic earns 15% of a repair quoted under a partnership',
     'quote_commission', 1500, 50, 'partnership-system-deferred.md What We Deferred'),
    ('Partnership job platform fee', 'Platform 15% of a job under a partnership program',
     'partnership_job', 1500, 50, 'phase3-partnerships-bays-revenue-plan.md Financial Impact');

-- ---------------------------------------------------------------------------------------------
-- Events as the platform records them
-- ---------------------------------------------------------------------------------------------

CREATE TABLE desk.sessions (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_type            text NOT NULL CHECK (session_type IN ('chat', 'video', 'upgraded_from_chat',
                                                                  'workshop_visit')),
    price_cents             bigint NOT NULL CHECK (price_cents >= 0),
    mechanic_id             bigint NOT NULL REFERENCES desk.mechanics (id),
    workshop_id             bigint REFERENCES desk.organizations (id),       -- served by
    referring_workshop_id   bigint REFERENCES desk.organizations (id),       -- cross-workshop routing
    partnership_id          bigint,  -- 0004's partnership (no FK: may not exist)
    booking_id              bigint,  -- 0003's bay booking (no FK: may not exist)
    program_type            text CHECK (program_type IN ('bay_rental', 'revenue_share', 'membership')),
    program_workshop_share_bp integer CHECK (program_workshop_share_bp BETWEEN 0 AND 10000),
    status                  text NOT NULL DEFAULT 'completed' CHECK (status IN ('completed', 'cancelled',
                                                                               'refunded')),
    completed_at            timestamptz NOT NULL,
    CHECK ((program_type IS NULL) = (partnership_id IS NULL)),
    CHECK (program_type IS NULL OR workshop_id IS NOT NULL),
    CHECK (referring_workshop_id IS NULL OR referring_workshop_id IS DISTINCT FROM workshop_id)
);
CREATE INDEX sessions_completed ON desk.sessions (completed_at, id);
CREATE INDEX sessions_workshop ON desk.sessions (workshop_id, completed_at);
CREATE INDEX sessions_referring ON desk.sessions (referring_workshop_id) WHERE referring_workshop_id IS NOT NULL;
CREATE INDEX sessions_mechanic ON desk.sessions (mechanic_id, completed_at);

CREATE TABLE desk.escalations (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id          bigint REFERENCES desk.sessions (id),
    mechanic_id         bigint NOT NULL REFERENCES desk.mechanics (id),   -- referring mechanic
    workshop_id         bigint NOT NULL REFERENCES desk.organizations (id),
    partnership_id      bigint,  -- set when quoted under a partnership (commission instead of referral)
    repair_amount_cents bigint NOT NULL CHECK (repair_amount_cents >= 0),
    completed_at        timestamptz NOT NULL
);
CREATE INDEX escalations_completed ON desk.escalations (completed_at, id);
CREATE INDEX escalations_workshop ON desk.escalations (workshop_id, completed_at);

CREATE TABLE desk.bay_rental_charges (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    booking_id     bigint,  -- 0003 bay booking, no FK
    partnership_id bigint,  -- 0004 program agreement, no FK
    mechanic_id    bigint NOT NULL REFERENCES desk.mechanics (id),
    workshop_id    bigint NOT NULL REFERENCES desk.organizations (id),
    amount_cents   bigint NOT NULL CHECK (amount_cents >= 0),
    charged_at     timestamptz NOT NULL
);
CREATE INDEX bay_rental_charges_charged ON desk.bay_rental_charges (charged_at, id);
CREATE INDEX bay_rental_charges_workshop ON desk.bay_rental_charges (workshop_id, charged_at);

CREATE TABLE desk.membership_fees (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partnership_id bigint,  -- 0004 program agreement, no FK
    mechanic_id    bigint NOT NULL REFERENCES desk.mechanics (id),
    workshop_id    bigint NOT NULL REFERENCES desk.organizations (id),
    period         date NOT NULL CHECK (extract(day FROM period) = 1),
    amount_cents   bigint NOT NULL CHECK (amount_cents >= 0),
    charged_at     timestamptz NOT NULL,
    UNIQUE (partnership_id, mechanic_id, period)
);
CREATE INDEX membership_fees_charged ON desk.membership_fees (charged_at, id);
CREATE INDEX membership_fees_workshop ON desk.membership_fees (workshop_id, charged_at);

-- ---------------------------------------------------------------------------------------------
-- Payouts and the ledger
-- ---------------------------------------------------------------------------------------------

CREATE TABLE desk.payout_batches (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    period     date NOT NULL CHECK (extract(day FROM period) = 1), -- month paid out (rows up to its end)
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by name NOT NULL DEFAULT session_user,
    note       text
);

CREATE TABLE desk.payouts (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id       bigint NOT NULL REFERENCES desk.payout_batches (id),
    party          text NOT NULL CHECK (party IN ('workshop', 'mechanic')),
    workshop_id    bigint REFERENCES desk.organizations (id),
    mechanic_id    bigint REFERENCES desk.mechanics (id),
    amount_cents   bigint NOT NULL,
    status         text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'paid', 'failed')),
    reference      text,
    failure_reason text,
    paid_at        timestamptz,
    version        integer NOT NULL DEFAULT 1,
    CHECK ((party = 'workshop') = (workshop_id IS NOT NULL AND mechanic_id IS NULL)),
    CHECK ((party = 'mechanic') = (mechanic_id IS NOT NULL AND workshop_id IS NULL)),
    CHECK (status <> 'paid' OR (reference IS NOT NULL AND paid_at IS NOT NULL)),
    CHECK (status <> 'failed' OR failure_reason IS NOT NULL)
);
CREATE INDEX payouts_batch ON desk.payouts (batch_id);
CREATE INDEX payouts_workshop ON desk.payouts (workshop_id);
CREATE INDEX payouts_mechanic ON desk.payouts (mechanic_id);

-- One row per party per event. party 'platform' rows carry the fee and the GST/HST on it, and name
-- the party the fee is charged to (workshop_id or mechanic_id); they are never paid out.
CREATE TABLE desk.earnings_ledger (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_type       text NOT NULL CHECK (event_type IN ('session', 'escalation', 'bay_rental', 'membership')),
    event_id         bigint NOT NULL,
    event_at         timestamptz NOT NULL,
    period           date NOT NULL CHECK (extract(day FROM period) = 1), -- month, platform zone
    scenario         text NOT NULL,
    service_tier     text NOT NULL CHECK (service_tier IN ('virtual', 'physical')),
    entry_type       text NOT NULL CHECK (entry_type IN ('platform_fee', 'workshop_share', 'mechanic_share',
                                                         'referral_fee', 'bay_rental_charge', 'membership_fee',
                                                         'commission')),
    party            text NOT NULL CHECK (party IN ('platform', 'workshop', 'mechanic')),
    workshop_id      bigint REFERENCES desk.organizations (id),
    mechanic_id      bigint REFERENCES desk.mechanics (id),
    gross_cents      bigint NOT NULL,
    amount_cents     bigint NOT NULL,
    share_bp         integer,           -- the rule's percentage for this part, when it has one
    rule_id          bigint REFERENCES desk.platform_fee_rules (id),
    gst_hst_cents    bigint NOT NULL DEFAULT 0,
    gst_hst_bp       integer,
    tax_province     char(2),
    payout_status    text CHECK (payout_status IN ('pending', 'scheduled', 'paid', 'failed')),
    payout_id        bigint REFERENCES desk.payouts (id),
    payout_reference text,
    posted_at        timestamptz NOT NULL DEFAULT now(),
    CHECK ((party = 'platform') = (payout_status IS NULL)),
    CHECK (party <> 'workshop' OR workshop_id IS NOT NULL),
    CHECK (party <> 'mechanic' OR mechanic_id IS NOT NULL),
    CHECK (gst_hst_cents = 0 OR entry_type = 'platform_fee'),
    CHECK (payout_status NOT IN ('scheduled', 'paid', 'failed') OR payout_id IS NOT NULL)
);
-- One index per order/filter the pane offers (keyset paging by (event_at, id)).
CREATE INDEX earnings_ledger_event_at ON desk.earnings_ledger (event_at, id);
CREATE INDEX earnings_ledger_period ON desk.earnings_ledger (period, event_at, id);
CREATE INDEX earnings_ledger_workshop ON desk.earnings_ledger (workshop_id, event_at, id);
CREATE INDEX earnings_ledger_mechanic ON desk.earnings_ledger (mechanic_id, event_at, id);
CREATE INDEX earnings_ledger_event ON desk.earnings_ledger (event_type, event_id);
CREATE INDEX earnings_ledger_status ON desk.earnings_ledger (payout_status, event_at, id)
    WHERE payout_status IS NOT NULL;
CREATE INDEX earnings_ledger_payout ON desk.earnings_ledger (payout_id) WHERE payout_id IS NOT NULL;

-- Month of an instant in the platform's zone (Halifax..Vancouver share a platform close on Toronto time).
CREATE FUNCTION desk.ledger_period(p_at timestamptz) RETURNS date
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT date_trunc('month', p_at AT TIME ZONE 'America/Toronto')::date
$$;

-- Live updates for the earnings pane.
CREATE TRIGGER earnings_ledger_notify_insert AFTER INSERT ON desk.earnings_ledger
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_new_rows('desk_earnings');
CREATE TRIGGER earnings_ledger_notify_update AFTER UPDATE ON desk.earnings_ledger
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_new_rows('desk_earnings');

-- ---------------------------------------------------------------------------------------------
-- Functions (finance only). Every write goes through them.
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.require_finance() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = desk, pg_temp AS $$
BEGIN
    -- The deploying role (members of adesk_owner: migrations, seed-demo) may too; no app role is one.
    IF NOT (desk.is_finance() OR pg_has_role(session_user, 'adesk_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'only finance manages earnings and payouts' USING ERRCODE = '42501';
    END IF;
END
$$;

-- Posts the ledger rows the split engine computed for one event. p_rows is a JSON array of objects
-- {entry_type, party, workshop_id, mechanic_id, amount_cents, share_bp, rule_id, gst_hst_cents,
-- gst_hst_bp, tax_province}. Checks the event exists and is not posted yet, and the ledger identity
-- (the parts add up to the event's gross). Returns the number of rows.
CREATE FUNCTION desk.post_ledger_event(p_event_type text, p_event_id bigint, p_scenario text,
                                       p_service_tier text, p_rows jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    v_at timestamptz;
    v_gross bigint;
    v_sum bigint;
    v_payee bigint;
    v_n integer;
BEGIN
    -- current_user is adesk_owner inside this function: the demo seeder's session is a member of it.
    IF NOT (desk.is_finance() OR pg_has_role(session_user, 'adesk_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'only finance posts earnings' USING ERRCODE = '42501';
    END IF;
    CASE p_event_type
        WHEN 'session' THEN
            SELECT completed_at, price_cents INTO v_at, v_gross FROM desk.sessions
             WHERE id = p_event_id AND status = 'completed';
        WHEN 'escalation' THEN
            SELECT completed_at, repair_amount_cents INTO v_at, v_gross FROM desk.escalations WHERE id = p_event_id;
        WHEN 'bay_rental' THEN
            SELECT charged_at, amount_cents INTO v_at, v_gross FROM desk.bay_rental_charges WHERE id = p_event_id;
        WHEN 'membership' THEN
            SELECT charged_at, amount_cents INTO v_at, v_gross FROM desk.membership_fees WHERE id = p_event_id;
        ELSE
            RAISE EXCEPTION 'unknown event type %', p_event_type USING ERRCODE = '22023';
    END CASE;
    IF v_at IS NULL THEN
        RAISE EXCEPTION '% % does not exist or is not completed', p_event_type, p_event_id USING ERRCODE = 'P0002';
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext(p_event_type), p_event_id::integer);
    IF EXISTS (SELECT 1 FROM desk.earnings_ledger WHERE event_type = p_event_type AND event_id = p_event_id) THEN
        RAISE EXCEPTION '% % is already in the ledger', p_event_type, p_event_id USING ERRCODE = 'AD001';
    END IF;
    SELECT coalesce(sum((r->>'amount_cents')::bigint), 0), count(*),
           coalesce(sum((r->>'amount_cents')::bigint) FILTER (WHERE (r->>'amount_cents')::bigint > 0), 0)
      INTO v_sum, v_n, v_payee
      FROM jsonb_array_elements(p_rows) r;
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
    SELECT p_event_type, p_event_id, v_at, desk.ledger_period(v_at), p_scenario, p_service_tier,
           r->>'entry_type', r->>'party', (r->>'workshop_id')::bigint, (r->>'mechanic_id')::bigint, v_gross,
           (r->>'amount_cents')::bigint, (r->>'share_bp')::integer, (r->>'rule_id')::bigint,
           coalesce((r->>'gst_hst_cents')::bigint, 0), (r->>'gst_hst_bp')::integer, r->>'tax_province',
           CASE WHEN r->>'party' = 'platform' THEN NULL ELSE 'pending' END
      FROM jsonb_array_elements(p_rows) r;
    RETURN v_n;
END
$$;

-- What a payee is owed from one ledger row: their amount, minus the GST/HST on a fee charged to them.
CREATE FUNCTION desk.ledger_net_cents(p_party text, p_amount bigint, p_gst bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN p_party = 'platform' THEN -p_gst ELSE p_amount END
$$;

-- Creates a batch with one payout per payee owed money for rows up to the end of p_period
-- (pending rows, and failed ones again). Platform-fee rows' GST/HST is charged to the payee named on
-- them. Payees whose net is not positive are carried over. Returns the batch id.
CREATE FUNCTION desk.schedule_payouts(p_period date, p_note text DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    v_batch bigint;
    v_end timestamptz;
BEGIN
    PERFORM desk.require_finance();
    IF p_period IS NULL OR extract(day FROM p_period) <> 1 THEN
        RAISE EXCEPTION 'a payout period is the first day of a month' USING ERRCODE = '22023';
    END IF;
    v_end := (p_period + interval '1 month')::timestamp AT TIME ZONE 'America/Toronto';
    INSERT INTO desk.payout_batches (period, note) VALUES (p_period, p_note) RETURNING id INTO v_batch;

    CREATE TEMP TABLE IF NOT EXISTS pg_temp.adesk_due (ledger_id bigint, payee_party text, payee_id bigint,
                                                       net bigint) ON COMMIT DROP;
    TRUNCATE pg_temp.adesk_due;
    -- Rows owed: payee rows pending/failed; the GST/HST of platform rows charged to that payee goes
    -- with the payee's rows of the same event.
    INSERT INTO pg_temp.adesk_due
    SELECT l.id, l.party, CASE l.party WHEN 'workshop' THEN l.workshop_id ELSE l.mechanic_id END,
           l.amount_cents
           - coalesce((SELECT sum(f.gst_hst_cents) FROM desk.earnings_ledger f
                        WHERE f.event_type = l.event_type AND f.event_id = l.event_id AND f.party = 'platform'
                          AND ((l.party = 'workshop' AND f.workshop_id = l.workshop_id)
                            OR (l.party = 'mechanic' AND f.mechanic_id = l.mechanic_id AND f.workshop_id IS NULL))), 0)
      FROM desk.earnings_ledger l
     WHERE l.party <> 'platform' AND l.payout_status IN ('pending', 'failed') AND l.event_at < v_end;

    INSERT INTO desk.payouts (batch_id, party, workshop_id, mechanic_id, amount_cents)
    SELECT v_batch, payee_party, CASE WHEN payee_party = 'workshop' THEN payee_id END,
           CASE WHEN payee_party = 'mechanic' THEN payee_id END, sum(net)
      FROM pg_temp.adesk_due GROUP BY payee_party, payee_id HAVING sum(net) > 0;

    UPDATE desk.earnings_ledger l
       SET payout_status = 'scheduled', payout_id = p.id, payout_reference = NULL
      FROM pg_temp.adesk_due d JOIN desk.payouts p
           ON p.batch_id = v_batch AND p.party = d.payee_party
          AND coalesce(p.workshop_id, p.mechanic_id) = d.payee_id
     WHERE l.id = d.ledger_id;

    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('schedule_payouts', 'payout_batches', v_batch, jsonb_build_object('period', p_period));
    RETURN v_batch;
END
$$;

-- Marks a scheduled payout paid (its ledger rows too) with the processor's reference.
CREATE FUNCTION desk.mark_payout_paid(p_payout bigint, p_version integer, p_reference text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    v_status text;
    v_version integer;
BEGIN
    PERFORM desk.require_finance();
    IF coalesce(trim(p_reference), '') = '' THEN
        RAISE EXCEPTION 'a paid payout needs its reference' USING ERRCODE = '22023', COLUMN = 'reference';
    END IF;
    SELECT status, version INTO v_status, v_version FROM desk.payouts WHERE id = p_payout FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'payout % does not exist', p_payout USING ERRCODE = 'P0002';
    END IF;
    IF v_version <> p_version THEN
        RAISE EXCEPTION 'payout % was changed by someone else', p_payout USING ERRCODE = '40001';
    END IF;
    IF v_status <> 'scheduled' THEN
        RAISE EXCEPTION 'payout % is %, not scheduled', p_payout, v_status USING ERRCODE = 'AD001';
    END IF;
    UPDATE desk.payouts SET status = 'paid', reference = p_reference, paid_at = now(), version = version + 1
     WHERE id = p_payout;
    UPDATE desk.earnings_ledger SET payout_status = 'paid', payout_reference = p_reference WHERE payout_id = p_payout;
    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('payout_paid', 'payouts', p_payout, jsonb_build_object('reference', p_reference));
    RETURN p_version + 1;
END
$$;

-- Marks a scheduled payout failed; its rows become 'failed' and go into the next batch.
CREATE FUNCTION desk.mark_payout_failed(p_payout bigint, p_version integer, p_reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    v_status text;
    v_version integer;
BEGIN
    PERFORM desk.require_finance();
    IF coalesce(trim(p_reason), '') = '' THEN
        RAISE EXCEPTION 'a failed payout needs a reason' USING ERRCODE = '22023', COLUMN = 'failure_reason';
    END IF;
    SELECT status, version INTO v_status, v_version FROM desk.payouts WHERE id = p_payout FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'payout % does not exist', p_payout USING ERRCODE = 'P0002';
    END IF;
    IF v_version <> p_version THEN
        RAISE EXCEPTION 'payout % was changed by someone else', p_payout USING ERRCODE = '40001';
    END IF;
    IF v_status <> 'scheduled' THEN
        RAISE EXCEPTION 'payout % is %, not scheduled', p_payout, v_status USING ERRCODE = 'AD001';
    END IF;
    UPDATE desk.payouts SET status = 'failed', failure_reason = p_reason, version = version + 1 WHERE id = p_payout;
    UPDATE desk.earnings_ledger SET payout_status = 'failed' WHERE payout_id = p_payout;
    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('payout_failed', 'payouts', p_payout, jsonb_build_object('reason', p_reason));
    RETURN p_version + 1;
END
$$;

-- Every difference of a month, with its cause (SECURITY INVOKER: callers see what RLS shows them).
--   missing_ledger      a completed event of the month has no ledger rows
--   split_mismatch      a split event's parts do not add up to its gross
--   charge_unbalanced   a charge's rows do not move the amount from the mechanic to the workshop
--   gross_mismatch      the ledger's gross differs from the event's amount (event changed after posting)
--   payout_mismatch     a payout's amount differs from the net of the ledger rows it pays
--   payout_failed       a failed payout whose rows are still waiting to be paid again
--   paid_without_reference  a paid ledger row without the processor's reference
CREATE FUNCTION desk.earnings_differences(p_period date)
RETURNS TABLE (cause text, event_type text, event_id bigint, payout_id bigint, expected_cents bigint,
               actual_cents bigint, detail text)
LANGUAGE sql STABLE SET search_path = desk, pg_temp AS $$
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
          FROM desk.earnings_ledger l WHERE l.period = p_period GROUP BY 1, 2)
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
-- Row-level security and privileges. Finance sees everything; an owner sees their workshop's
-- events, ledger rows and payouts; admins see nothing here.
-- ---------------------------------------------------------------------------------------------

ALTER TABLE desk.gst_hst_rates ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.gst_hst_rates FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.platform_fee_rules ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.platform_fee_rules FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.sessions FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.escalations ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.escalations FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.bay_rental_charges ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.bay_rental_charges FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.membership_fees ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.membership_fees FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.payout_batches ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.payout_batches FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.payouts ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.payouts FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.earnings_ledger ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.earnings_ledger FORCE ROW LEVEL SECURITY;

-- (SELECT desk.is_finance()) is evaluated once per query (an InitPlan), not once per row: totals over
-- millions of ledger rows depend on it.
CREATE POLICY gst_hst_rates_read ON desk.gst_hst_rates FOR SELECT USING (true);
CREATE POLICY fee_rules_finance ON desk.platform_fee_rules FOR SELECT USING ((SELECT desk.is_finance()));
CREATE POLICY fee_rules_owner ON desk.platform_fee_rules FOR SELECT
    USING (workshop_id IS NULL OR workshop_id IN (SELECT desk.my_workshop_ids()));

CREATE POLICY sessions_finance ON desk.sessions FOR SELECT USING ((SELECT desk.is_finance()));
CREATE POLICY sessions_owner ON desk.sessions FOR SELECT
    USING (workshop_id IN (SELECT desk.my_workshop_ids()) OR referring_workshop_id IN (SELECT desk.my_workshop_ids()));
CREATE POLICY escalations_finance ON desk.escalations FOR SELECT USING ((SELECT desk.is_finance()));
CREATE POLICY escalations_owner ON desk.escalations FOR SELECT USING (workshop_id IN (SELECT desk.my_workshop_ids()));
CREATE POLICY bay_rental_charges_finance ON desk.bay_rental_charges FOR SELECT USING ((SELECT desk.is_finance()));
CREATE POLICY bay_rental_charges_owner ON desk.bay_rental_charges FOR SELECT
    USING (workshop_id IN (SELECT desk.my_workshop_ids()));
CREATE POLICY membership_fees_finance ON desk.membership_fees FOR SELECT USING ((SELECT desk.is_finance()));
CREATE POLICY membership_fees_owner ON desk.membership_fees FOR SELECT
    USING (workshop_id IN (SELECT desk.my_workshop_ids()));

CREATE POLICY payout_batches_finance ON desk.payout_batches FOR SELECT USING ((SELECT desk.is_finance()));
CREATE POLICY payouts_finance ON desk.payouts FOR SELECT USING ((SELECT desk.is_finance()));
CREATE POLICY payouts_owner ON desk.payouts FOR SELECT USING (workshop_id IN (SELECT desk.my_workshop_ids()));
CREATE POLICY earnings_ledger_finance ON desk.earnings_ledger FOR SELECT USING ((SELECT desk.is_finance()));
CREATE POLICY earnings_ledger_owner ON desk.earnings_ledger FOR SELECT
    USING (workshop_id IN (SELECT desk.my_workshop_ids()));

GRANT SELECT ON desk.gst_hst_rates, desk.platform_fee_rules, desk.sessions, desk.escalations,
                desk.bay_rental_charges, desk.membership_fees, desk.payouts, desk.earnings_ledger
    TO adesk_finance, adesk_workshop_owner;
GRANT SELECT ON desk.payout_batches TO adesk_finance;

REVOKE ALL ON FUNCTION desk.require_finance(), desk.ledger_period(timestamptz),
    desk.post_ledger_event(text, bigint, text, text, jsonb), desk.ledger_net_cents(text, bigint, bigint),
    desk.schedule_payouts(date, text), desk.mark_payout_paid(bigint, integer, text),
    desk.mark_payout_failed(bigint, integer, text), desk.earnings_differences(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.ledger_period(timestamptz), desk.ledger_net_cents(text, bigint, bigint),
    desk.earnings_differences(date) TO adesk_finance, adesk_workshop_owner;
GRANT EXECUTE ON FUNCTION desk.post_ledger_event(text, bigint, text, text, jsonb), desk.schedule_payouts(date, text),
    desk.mark_payout_paid(bigint, integer, text), desk.mark_payout_failed(bigint, integer, text)
    TO adesk_finance;
