-- 0026_quotes: escalation leads, partner types and partner quotes (issue 16, "Escalations and partner
-- quotes"; shared/seeds/partnership-system-deferred.md and phase3-partnerships-bays-revenue-plan.md).
--
--   desk.escalation_leads     a virtual session the referring mechanic escalated to a repair at a
--                             workshop (5 % referral, as the ledger already pays). Status new ->
--                             contacted -> quoted -> won, or lost (with a reason) from any open state.
--   desk.partner_types        the deferred plan's partner types with the mechanic's share as data:
--                             workshop 15 %, supplier 20 %, network 10 %. Only workshop partnerships
--                             are offered at first: partnerships.partner_type is 'workshop' by default
--                             and a CHECK (partnerships_workshop_type_only) refuses the others until a
--                             later migration offers them (partner_types.offered says which are).
--   desk.repair_quotes        a partnered mechanic's quote (made on the web, created here by the
--                             platform's backend) from the partnership's catalog and labour rates.
--   desk.repair_quote_lines   part lines (quantity x the part's retail price valid on the quote date)
--                             and labour lines (minutes x the service category's hourly rate valid on
--                             that date / 60, half up); the price is copied into the line. A trigger
--                             refuses a line whose catalog row is not the partnership's, not valid on
--                             the quote's date or priced otherwise (23514 quote_lines_catalog_price).
--
-- The monthly limit (partnerships.max_quote_amount_cents): the month is the PLATFORM's month
-- (America/Toronto, as desk.ledger_period and the partnership charges), taken from the quote's
-- creation instant. The month's quoted total of a partnership is the sum of its quotes of that month
-- that the workshop did not reject (pending ones included: they hold their share of the limit until
-- decided). A new quote goes to 'pending_partner_approval' when quote_approval_required, or when the
-- month's total before it plus its own total is OVER the limit (exactly at the limit is allowed);
-- else it is 'sent' to the customer. desk.create_partner_quote locks the partnership's row first
-- (FOR NO KEY UPDATE), so two quotes racing for the last of the limit are serialised: the second
-- reads the first and waits for approval.
--
-- Quote statuses: pending_partner_approval -> sent (workshop approves) | rejected_by_partner (with a
-- reason); sent -> accepted (customer) | declined | expired. An accepted quote's job, once completed,
-- becomes a desk.escalations row (partnership_id set, repair amount = the quote's total, service
-- category from its labour lines) posted through desk.record_escalation_earnings (0011), which pays
-- the labour rate's mechanic commission or else the partnership's commission_bp.
--
-- Functions (each with its uuid-keyed overload, 0010: f(p_request_id uuid, ...)):
--   desk.create_escalation_lead([key,] session, workshop, vehicle, concern) -> id        platform service
--   desk.set_lead_status([key,] lead, status 'contacted'|'lost', reason) -> status       workshop owners
--   desk.create_partner_quote([key,] partnership, lead, lines jsonb) -> jsonb            platform service
--   desk.decide_partner_quote([key,] quote, approve, reason) -> status                   workshop owners
--   desk.accept_partner_quote([key,] quote) -> status                                    platform service
--   desk.complete_quote_job([key,] quote, completed_at) -> jsonb (escalation + posting)  platform service
--   desk.partnership_quoted_in_month(partnership, month) -> cents                      (invoker: RLS)
-- Admins read leads and quotes of every workshop (no write); finance sees nothing new; owners see
-- and work their workshops' rows; an id of another workshop is answered like a missing one.
--
-- SQLSTATEs: 42501 the caller's role may not do this; P0002 unknown (or invisible) id; AD001 not in a
-- state that allows it; AD003 a partnership rule refuses it (inactive, no quotes, contract not in
-- force, lead of another partnership); 23514 a catalog price outside its validity / not in the
-- catalog; 22023 bad input (no lines, bad quantity, missing reason); 23505 a lead for that session.

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Partner types
-- ---------------------------------------------------------------------------------------------

CREATE TABLE desk.partner_types (
    code               text PRIMARY KEY CHECK (code IN ('workshop', 'supplier', 'network')),
    mechanic_share_bp  integer NOT NULL CHECK (mechanic_share_bp BETWEEN 0 AND 10000),
    offered            boolean NOT NULL DEFAULT false,
    description        text NOT NULL,
    source             text NOT NULL
);
INSERT INTO desk.partner_types (code, mechanic_share_bp, offered, description, source) VALUES
    ('workshop', 1500, true, 'Mechanic refers repairs to a workshop, which prices the quotes: 15 % to the mechanic',
     'partnership-system-deferred.md Partnership Types 1'),
    ('supplier', 2000, false, 'Mechanic quotes parts and labour at a supplier''s pricing: 20 % to the mechanic',
     'partnership-system-deferred.md Partnership Types 2'),
    ('network', 1000, false, 'Mechanic works within a network''s approved pricing: 10 % to the mechanic',
     'partnership-system-deferred.md Partnership Types 3');
ALTER TABLE desk.partner_types ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.partner_types FORCE ROW LEVEL SECURITY;
CREATE POLICY partner_types_read ON desk.partner_types FOR SELECT USING (true);
REVOKE ALL ON desk.partner_types FROM PUBLIC;
GRANT SELECT ON desk.partner_types TO adesk_platform_admin, adesk_finance, adesk_workshop_owner, adesk_platform_service;

-- Only workshop partnerships are offered at first (issue 16): supplier and network are data, refused
-- here until a later migration drops this CHECK.
ALTER TABLE desk.partnerships
    ADD COLUMN partner_type text NOT NULL DEFAULT 'workshop' REFERENCES desk.partner_types (code),
    ADD CONSTRAINT partnerships_workshop_type_only CHECK (partner_type = 'workshop');

-- ---------------------------------------------------------------------------------------------
-- Escalation leads
-- ---------------------------------------------------------------------------------------------

CREATE TABLE desk.escalation_leads (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    session_id    bigint NOT NULL REFERENCES desk.sessions (id),
    mechanic_id   bigint NOT NULL REFERENCES desk.mechanics (id),   -- the referring mechanic
    workshop_id   bigint NOT NULL REFERENCES desk.organizations (id),
    vehicle       text NOT NULL CHECK (length(btrim(vehicle)) BETWEEN 1 AND 200),
    concern       text NOT NULL CHECK (length(btrim(concern)) BETWEEN 1 AND 2000),
    status        text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'quoted', 'won', 'lost')),
    lost_reason   text CHECK (lost_reason IS NULL OR length(btrim(lost_reason)) BETWEEN 1 AND 2000),
    created_at    timestamptz NOT NULL DEFAULT now(),
    contacted_at  timestamptz,
    contacted_by  bigint REFERENCES desk.profiles (id),
    closed_at     timestamptz,
    closed_by     bigint REFERENCES desk.profiles (id),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       integer NOT NULL DEFAULT 1,
    CONSTRAINT escalation_leads_one_per_session UNIQUE (session_id),
    CONSTRAINT escalation_leads_lost_reason CHECK ((status = 'lost') = (lost_reason IS NOT NULL))
);
CREATE INDEX escalation_leads_queue ON desk.escalation_leads (workshop_id, status, created_at, id);
ALTER TABLE desk.escalation_leads ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.escalation_leads FORCE ROW LEVEL SECURITY;
CREATE POLICY escalation_leads_admin ON desk.escalation_leads FOR SELECT USING ((SELECT desk.is_platform_admin()));
CREATE POLICY escalation_leads_owner ON desk.escalation_leads FOR SELECT
    USING (workshop_id IN (SELECT desk.my_workshop_ids()));
CREATE POLICY escalation_leads_service ON desk.escalation_leads FOR SELECT TO adesk_platform_service
    USING ((SELECT desk.is_platform_service()));
REVOKE ALL ON desk.escalation_leads FROM PUBLIC;
GRANT SELECT ON desk.escalation_leads TO adesk_platform_admin, adesk_workshop_owner, adesk_platform_service;
CREATE TRIGGER escalation_leads_notify_insert AFTER INSERT ON desk.escalation_leads
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_new_rows('desk_quotes');
CREATE TRIGGER escalation_leads_notify_update AFTER UPDATE ON desk.escalation_leads
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_new_rows('desk_quotes');

-- ---------------------------------------------------------------------------------------------
-- Quotes
-- ---------------------------------------------------------------------------------------------

CREATE TABLE desk.repair_quotes (
    id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partnership_id            bigint NOT NULL REFERENCES desk.partnerships (id),
    workshop_id               bigint NOT NULL REFERENCES desk.organizations (id),
    mechanic_id               bigint NOT NULL REFERENCES desk.mechanics (id),
    lead_id                   bigint NOT NULL REFERENCES desk.escalation_leads (id),
    quote_date                date NOT NULL,   -- platform (Toronto) date: prices and month
    quote_month               date NOT NULL CHECK (extract(day FROM quote_month) = 1),
    total_cents               bigint NOT NULL CHECK (total_cents > 0),
    month_before_cents        bigint NOT NULL CHECK (month_before_cents >= 0),  -- the month's total before it
    limit_cents               bigint NOT NULL CHECK (limit_cents > 0),          -- the limit it was checked against
    approval_required         boolean NOT NULL,
    over_limit                boolean NOT NULL,
    status                    text NOT NULL CHECK (status IN ('pending_partner_approval', 'sent', 'accepted',
                                                              'declined', 'rejected_by_partner', 'expired')),
    created_at                timestamptz NOT NULL DEFAULT now(),
    decided_by                bigint REFERENCES desk.profiles (id),
    decided_login             name,
    decided_at                timestamptz,
    decision_reason           text,
    sent_at                   timestamptz,
    accepted_at               timestamptz,
    escalation_id             bigint UNIQUE REFERENCES desk.escalations (id),
    version                   integer NOT NULL DEFAULT 1,
    CONSTRAINT repair_quotes_month CHECK (quote_month = date_trunc('month', quote_date)::date),
    CONSTRAINT repair_quotes_over_limit CHECK (over_limit = (month_before_cents + total_cents > limit_cents)),
    CONSTRAINT repair_quotes_needs_approval CHECK (
        (approval_required OR over_limit) OR status <> 'pending_partner_approval'),
    CONSTRAINT repair_quotes_decided CHECK ((decided_by IS NULL) = (decided_at IS NULL)
                                            AND (decided_by IS NULL) = (decided_login IS NULL)),
    CONSTRAINT repair_quotes_rejection_reason CHECK (
        status <> 'rejected_by_partner' OR (decided_by IS NOT NULL AND length(btrim(decision_reason)) > 0)),
    CONSTRAINT repair_quotes_job CHECK (escalation_id IS NULL OR status = 'accepted')
);
CREATE INDEX repair_quotes_month ON desk.repair_quotes (partnership_id, quote_month);
CREATE INDEX repair_quotes_queue ON desk.repair_quotes (workshop_id, status, created_at, id);

CREATE TABLE desk.repair_quote_lines (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    quote_id          bigint NOT NULL REFERENCES desk.repair_quotes (id) ON DELETE CASCADE,
    workshop_id       bigint NOT NULL REFERENCES desk.organizations (id),
    line_no           integer NOT NULL CHECK (line_no BETWEEN 1 AND 100),
    kind              text NOT NULL CHECK (kind IN ('part', 'labour')),
    part_id           bigint REFERENCES desk.partnership_parts (id),
    labour_rate_id    bigint REFERENCES desk.partnership_labour_rates (id),
    description       text NOT NULL,
    service_category  text,
    quantity          integer CHECK (quantity BETWEEN 1 AND 1000),
    minutes           integer CHECK (minutes BETWEEN 1 AND 100000),
    unit_price_cents  bigint NOT NULL CHECK (unit_price_cents >= 0),   -- retail price, or rate per hour
    amount_cents      bigint NOT NULL CHECK (amount_cents >= 0),
    UNIQUE (quote_id, line_no),
    CONSTRAINT quote_lines_shape CHECK (
        (kind = 'part' AND part_id IS NOT NULL AND quantity IS NOT NULL AND labour_rate_id IS NULL
         AND minutes IS NULL AND amount_cents = quantity * unit_price_cents)
        OR (kind = 'labour' AND labour_rate_id IS NOT NULL AND minutes IS NOT NULL AND part_id IS NULL
            AND quantity IS NULL AND service_category IS NOT NULL
            AND amount_cents = (unit_price_cents * minutes + 30) / 60))
);
CREATE INDEX repair_quote_lines_quote ON desk.repair_quote_lines (quote_id, line_no);

-- A line's catalog row belongs to the quote's partnership, is valid on the quote's date and has the
-- price the line copied (and the line's workshop is the quote's). Whoever writes the line.
CREATE FUNCTION desk.quote_lines_check_price() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    q desk.repair_quotes%ROWTYPE;
    v_ok boolean;
BEGIN
    SELECT * INTO q FROM desk.repair_quotes r WHERE r.id = NEW.quote_id;
    IF NEW.workshop_id IS DISTINCT FROM q.workshop_id THEN
        RAISE EXCEPTION 'a quote line belongs to its quote''s workshop' USING ERRCODE = '23514',
            CONSTRAINT = 'quote_lines_catalog_price';
    END IF;
    IF NEW.kind = 'part' THEN
        SELECT p.partnership_id = q.partnership_id AND p.retail_cents = NEW.unit_price_cents
               AND q.quote_date >= p.valid_from AND (p.valid_until IS NULL OR q.quote_date <= p.valid_until)
          INTO v_ok FROM desk.partnership_parts p WHERE p.id = NEW.part_id;
    ELSE
        SELECT r.partnership_id = q.partnership_id AND r.rate_per_hour_cents = NEW.unit_price_cents
               AND r.service_category = NEW.service_category
               AND q.quote_date >= r.valid_from AND (r.valid_until IS NULL OR q.quote_date <= r.valid_until)
          INTO v_ok FROM desk.partnership_labour_rates r WHERE r.id = NEW.labour_rate_id;
    END IF;
    IF NOT coalesce(v_ok, false) THEN
        RAISE EXCEPTION 'line % is not priced from the partnership''s catalog valid on %', NEW.line_no, q.quote_date
            USING ERRCODE = '23514', CONSTRAINT = 'quote_lines_catalog_price';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER repair_quote_lines_price BEFORE INSERT OR UPDATE ON desk.repair_quote_lines
    FOR EACH ROW EXECUTE FUNCTION desk.quote_lines_check_price();

ALTER TABLE desk.repair_quotes ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.repair_quotes FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.repair_quote_lines ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.repair_quote_lines FORCE ROW LEVEL SECURITY;
CREATE POLICY repair_quotes_admin ON desk.repair_quotes FOR SELECT USING ((SELECT desk.is_platform_admin()));
CREATE POLICY repair_quotes_owner ON desk.repair_quotes FOR SELECT USING (workshop_id IN (SELECT desk.my_workshop_ids()));
CREATE POLICY repair_quotes_service ON desk.repair_quotes FOR SELECT TO adesk_platform_service
    USING ((SELECT desk.is_platform_service()));
CREATE POLICY repair_quote_lines_admin ON desk.repair_quote_lines FOR SELECT USING ((SELECT desk.is_platform_admin()));
CREATE POLICY repair_quote_lines_owner ON desk.repair_quote_lines FOR SELECT
    USING (workshop_id IN (SELECT desk.my_workshop_ids()));
CREATE POLICY repair_quote_lines_service ON desk.repair_quote_lines FOR SELECT TO adesk_platform_service
    USING ((SELECT desk.is_platform_service()));
REVOKE ALL ON desk.repair_quotes, desk.repair_quote_lines FROM PUBLIC;
GRANT SELECT ON desk.repair_quotes, desk.repair_quote_lines
    TO adesk_platform_admin, adesk_workshop_owner, adesk_platform_service;
CREATE TRIGGER repair_quotes_notify_insert AFTER INSERT ON desk.repair_quotes
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_new_rows('desk_quotes');
CREATE TRIGGER repair_quotes_notify_update AFTER UPDATE ON desk.repair_quotes
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_new_rows('desk_quotes');

-- The month's quoted total of a partnership (the rule above, in one place). Invoker: a reader sees
-- the totals of the quotes row security lets them see (an owner: their workshop's).
CREATE FUNCTION desk.partnership_quoted_in_month(p_partnership_id bigint, p_month date) RETURNS bigint
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT coalesce(sum(q.total_cents), 0)::bigint FROM desk.repair_quotes q
     WHERE q.partnership_id = p_partnership_id AND q.quote_month = date_trunc('month', p_month)::date
       AND q.status <> 'rejected_by_partner'
$$;

-- ---------------------------------------------------------------------------------------------
-- Leads: the platform creates, owners work them
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.create_escalation_lead(p_session_id bigint, p_workshop_id bigint,
                                            p_vehicle text, p_concern text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    s desk.sessions%ROWTYPE;
    v_id bigint;
BEGIN
    IF NOT desk.is_platform_service() THEN
        RAISE EXCEPTION 'only the platform creates escalation leads' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO s FROM desk.sessions x WHERE x.id = p_session_id;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('session', p_session_id);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM desk.organizations o WHERE o.id = p_workshop_id) THEN
        PERFORM desk.raise_not_found('workshop', p_workshop_id);
    END IF;
    IF s.session_type NOT IN ('chat', 'video', 'upgraded_from_chat') THEN
        RAISE EXCEPTION 'only a virtual session is escalated to a repair' USING ERRCODE = '22023';
    END IF;
    BEGIN
        INSERT INTO desk.escalation_leads (session_id, mechanic_id, workshop_id, vehicle, concern)
        VALUES (s.id, s.mechanic_id, p_workshop_id, btrim(coalesce(p_vehicle, '')), btrim(coalesce(p_concern, '')))
        RETURNING id INTO v_id;
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'session % was already escalated', p_session_id
            USING ERRCODE = '23505', CONSTRAINT = 'escalation_leads_one_per_session';
    END;
    RETURN v_id;
END
$$;

CREATE FUNCTION desk.set_lead_status(p_lead_id bigint, p_status text, p_reason text)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    l desk.escalation_leads%ROWTYPE;
BEGIN
    IF NOT pg_catalog.pg_has_role(session_user, 'adesk_workshop_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'only the workshop''s owners work its leads' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO l FROM desk.escalation_leads x WHERE x.id = p_lead_id FOR UPDATE;
    IF NOT FOUND OR NOT desk.caller_owns_workshop(l.workshop_id) THEN
        PERFORM desk.raise_not_found('lead', p_lead_id);
    END IF;
    IF p_status = 'contacted' THEN
        IF l.status <> 'new' THEN
            RAISE EXCEPTION 'lead % is already %', p_lead_id, l.status USING ERRCODE = 'AD001';
        END IF;
        UPDATE desk.escalation_leads x
           SET status = 'contacted', contacted_at = pg_catalog.clock_timestamp(),
               contacted_by = desk.caller_profile_id(), updated_at = pg_catalog.clock_timestamp(),
               version = x.version + 1
         WHERE x.id = l.id;
    ELSIF p_status = 'lost' THEN
        IF l.status IN ('won', 'lost') THEN
            RAISE EXCEPTION 'lead % is already %', p_lead_id, l.status USING ERRCODE = 'AD001';
        END IF;
        IF nullif(btrim(p_reason), '') IS NULL THEN
            RAISE EXCEPTION 'say why the lead is lost' USING ERRCODE = '22023', COLUMN = 'lost_reason';
        END IF;
        UPDATE desk.escalation_leads x
           SET status = 'lost', lost_reason = btrim(p_reason), closed_at = pg_catalog.clock_timestamp(),
               closed_by = desk.caller_profile_id(), updated_at = pg_catalog.clock_timestamp(),
               version = x.version + 1
         WHERE x.id = l.id;
    ELSE
        RAISE EXCEPTION 'a lead is marked contacted or lost' USING ERRCODE = '22023';
    END IF;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('lead.' || p_status, 'escalation_leads', l.id, l.workshop_id,
            pg_catalog.jsonb_build_object('from_status', l.status, 'reason', nullif(btrim(p_reason), '')));
    RETURN p_status;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Quotes
-- ---------------------------------------------------------------------------------------------

-- p_lines: [{"kind": "part", "part_id": … | "part_number": "…", "quantity": n},
--           {"kind": "labour", "labour_rate_id": … | "service_category": "…", "minutes": n}]
-- Returns {"quote_id", "status", "total_cents", "month_before_cents", "limit_cents"}.
CREATE FUNCTION desk.create_partner_quote(p_partnership_id bigint, p_lead_id bigint,
                                          p_lines jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    p desk.partnerships%ROWTYPE;
    l desk.escalation_leads%ROWTYPE;
    v_date date := desk.toronto_today();
    v_month date := date_trunc('month', desk.toronto_today())::date;
    v_before bigint;
    v_total bigint := 0;
    v_quote bigint;
    v_line jsonb;
    v_no integer := 0;
    v_kind text;
    v_part desk.partnership_parts%ROWTYPE;
    v_rate desk.partnership_labour_rates%ROWTYPE;
    v_qty integer;
    v_minutes integer;
    v_over boolean;
    v_status text;
    v_resolved jsonb := '[]'::jsonb;
BEGIN
    IF NOT desk.is_platform_service() THEN
        RAISE EXCEPTION 'only the platform creates quotes for a partnered mechanic' USING ERRCODE = '42501';
    END IF;
    -- The partnership's row first: quotes of one partnership are serialised (the monthly limit).
    SELECT * INTO p FROM desk.partnerships x WHERE x.id = p_partnership_id FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('partnership', p_partnership_id);
    END IF;
    SELECT * INTO l FROM desk.escalation_leads x WHERE x.id = p_lead_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('lead', p_lead_id);
    END IF;
    IF p.status <> 'active' THEN
        RAISE EXCEPTION 'partnership % is not active', p.id USING ERRCODE = 'AD003';
    END IF;
    IF NOT p.can_create_quotes THEN
        RAISE EXCEPTION 'partnership % does not allow quotes', p.id USING ERRCODE = 'AD003';
    END IF;
    -- Signed by both sides and in force today (raises AD003 naming the rule).
    PERFORM desk.partnership_terms_on(p.id, p.workshop_id, p.mechanic_id, v_date);
    IF l.workshop_id <> p.workshop_id OR l.mechanic_id <> p.mechanic_id THEN
        RAISE EXCEPTION 'lead % is not a lead of partnership %', l.id, p.id USING ERRCODE = 'AD003';
    END IF;
    IF l.status IN ('won', 'lost') THEN
        RAISE EXCEPTION 'lead % is already %', l.id, l.status USING ERRCODE = 'AD001';
    END IF;
    IF p_lines IS NULL OR pg_catalog.jsonb_typeof(p_lines) <> 'array' OR pg_catalog.jsonb_array_length(p_lines) = 0
       OR pg_catalog.jsonb_array_length(p_lines) > 100 THEN
        RAISE EXCEPTION 'a quote has 1 to 100 lines' USING ERRCODE = '22023';
    END IF;

    -- Resolve every line at the quote date's catalog price first, then write the quote and its lines.
    FOR v_line IN SELECT e FROM pg_catalog.jsonb_array_elements(p_lines) e LOOP
        v_no := v_no + 1;
        v_kind := v_line ->> 'kind';
        IF v_kind = 'part' THEN
            v_qty := (v_line ->> 'quantity')::integer;
            IF v_qty IS NULL OR v_qty < 1 OR v_qty > 1000 THEN
                RAISE EXCEPTION 'line %: a quantity from 1 to 1000', v_no USING ERRCODE = '22023';
            END IF;
            v_part := NULL;
            IF v_line ? 'part_id' THEN
                SELECT * INTO v_part FROM desk.partnership_parts x
                 WHERE x.id = (v_line ->> 'part_id')::bigint AND x.partnership_id = p.id;
            ELSE
                SELECT * INTO v_part FROM desk.partnership_parts x
                 WHERE x.partnership_id = p.id AND x.part_number = v_line ->> 'part_number'
                   AND x.valid_from <= v_date AND (x.valid_until IS NULL OR v_date <= x.valid_until);
            END IF;
            IF v_part.id IS NULL THEN
                RAISE EXCEPTION 'line %: the part is not in the partnership''s catalog on %', v_no, v_date
                    USING ERRCODE = '23514', CONSTRAINT = 'quote_lines_catalog_price';
            END IF;
            v_resolved := v_resolved || pg_catalog.jsonb_build_object(
                'line_no', v_no, 'kind', 'part', 'part_id', v_part.id,
                'description', v_part.part_number || ' ' || v_part.part_name, 'quantity', v_qty,
                'unit_price_cents', v_part.retail_cents, 'amount_cents', v_qty * v_part.retail_cents);
            v_total := v_total + v_qty * v_part.retail_cents;
        ELSIF v_kind = 'labour' THEN
            v_minutes := (v_line ->> 'minutes')::integer;
            IF v_minutes IS NULL OR v_minutes < 1 OR v_minutes > 100000 THEN
                RAISE EXCEPTION 'line %: labour of 1 minute or more', v_no USING ERRCODE = '22023';
            END IF;
            v_rate := NULL;
            IF v_line ? 'labour_rate_id' THEN
                SELECT * INTO v_rate FROM desk.partnership_labour_rates x
                 WHERE x.id = (v_line ->> 'labour_rate_id')::bigint AND x.partnership_id = p.id;
            ELSE
                SELECT * INTO v_rate FROM desk.partnership_labour_rates x
                 WHERE x.partnership_id = p.id AND x.service_category = v_line ->> 'service_category'
                   AND x.valid_from <= v_date AND (x.valid_until IS NULL OR v_date <= x.valid_until);
            END IF;
            IF v_rate.id IS NULL THEN
                RAISE EXCEPTION 'line %: the labour rate is not in the partnership''s catalog on %', v_no, v_date
                    USING ERRCODE = '23514', CONSTRAINT = 'quote_lines_catalog_price';
            END IF;
            v_resolved := v_resolved || pg_catalog.jsonb_build_object(
                'line_no', v_no, 'kind', 'labour', 'labour_rate_id', v_rate.id,
                'description', 'Labour: ' || v_rate.service_category, 'service_category', v_rate.service_category,
                'minutes', v_minutes, 'unit_price_cents', v_rate.rate_per_hour_cents,
                'amount_cents', (v_rate.rate_per_hour_cents * v_minutes + 30) / 60);
            v_total := v_total + (v_rate.rate_per_hour_cents * v_minutes + 30) / 60;
        ELSE
            RAISE EXCEPTION 'line %: a line is a part or labour', v_no USING ERRCODE = '22023';
        END IF;
    END LOOP;
    IF v_total <= 0 THEN
        RAISE EXCEPTION 'a quote totals more than zero' USING ERRCODE = '22023';
    END IF;

    v_before := desk.partnership_quoted_in_month(p.id, v_month);
    v_over := v_before + v_total > p.max_quote_amount_cents;
    v_status := CASE WHEN p.quote_approval_required OR v_over THEN 'pending_partner_approval' ELSE 'sent' END;
    INSERT INTO desk.repair_quotes (partnership_id, workshop_id, mechanic_id, lead_id, quote_date, quote_month,
                                    total_cents, month_before_cents, limit_cents, approval_required, over_limit,
                                    status, sent_at)
    VALUES (p.id, p.workshop_id, p.mechanic_id, l.id, v_date, v_month, v_total, v_before, p.max_quote_amount_cents,
            p.quote_approval_required, v_over, v_status,
            CASE WHEN v_status = 'sent' THEN pg_catalog.clock_timestamp() END)
    RETURNING id INTO v_quote;
    INSERT INTO desk.repair_quote_lines (quote_id, workshop_id, line_no, kind, part_id, labour_rate_id, description,
                                         service_category, quantity, minutes, unit_price_cents, amount_cents)
    SELECT v_quote, p.workshop_id, x.line_no, x.kind, x.part_id, x.labour_rate_id, x.description,
           x.service_category, x.quantity, x.minutes, x.unit_price_cents, x.amount_cents
      FROM pg_catalog.jsonb_to_recordset(v_resolved)
           AS x (line_no integer, kind text, part_id bigint, labour_rate_id bigint, description text,
                 service_category text, quantity integer, minutes integer, unit_price_cents bigint,
                 amount_cents bigint);
    UPDATE desk.escalation_leads x SET status = 'quoted', updated_at = pg_catalog.clock_timestamp(),
                                       version = x.version + 1
     WHERE x.id = l.id AND x.status IN ('new', 'contacted');
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('quote.create', 'repair_quotes', v_quote, p.workshop_id,
            pg_catalog.jsonb_build_object('partnership_id', p.id, 'lead_id', l.id, 'total_cents', v_total,
                                          'month_before_cents', v_before, 'limit_cents', p.max_quote_amount_cents,
                                          'status', v_status));
    RETURN (pg_catalog.jsonb_build_object(
        'quote_id', v_quote, 'status', v_status, 'total_cents', v_total, 'month_before_cents', v_before,
        'limit_cents', p.max_quote_amount_cents));
END
$$;

CREATE FUNCTION desk.decide_partner_quote(p_quote_id bigint, p_approve boolean, p_reason text)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    q desk.repair_quotes%ROWTYPE;
BEGIN
    IF NOT pg_catalog.pg_has_role(session_user, 'adesk_workshop_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'only the workshop''s owners decide its quotes' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO q FROM desk.repair_quotes x WHERE x.id = p_quote_id FOR UPDATE;
    IF NOT FOUND OR NOT desk.caller_owns_workshop(q.workshop_id) THEN
        PERFORM desk.raise_not_found('quote', p_quote_id);
    END IF;
    IF q.status <> 'pending_partner_approval' THEN
        RAISE EXCEPTION 'quote % is already %', p_quote_id, q.status USING ERRCODE = 'AD001';
    END IF;
    IF p_approve IS NULL THEN
        RAISE EXCEPTION 'say whether the quote is approved' USING ERRCODE = '22023';
    END IF;
    IF NOT p_approve AND nullif(btrim(p_reason), '') IS NULL THEN
        RAISE EXCEPTION 'say why the quote is rejected' USING ERRCODE = '22023', COLUMN = 'decision_reason';
    END IF;
    UPDATE desk.repair_quotes x
       SET status = CASE WHEN p_approve THEN 'sent' ELSE 'rejected_by_partner' END,
           decided_by = desk.caller_profile_id(), decided_login = session_user,
           decided_at = pg_catalog.clock_timestamp(), decision_reason = nullif(btrim(p_reason), ''),
           sent_at = CASE WHEN p_approve THEN pg_catalog.clock_timestamp() END, version = x.version + 1
     WHERE x.id = q.id
    RETURNING * INTO q;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES (CASE WHEN p_approve THEN 'quote.approve' ELSE 'quote.reject' END, 'repair_quotes', q.id, q.workshop_id,
            pg_catalog.jsonb_build_object('partnership_id', q.partnership_id, 'total_cents', q.total_cents,
                                          'month_before_cents', q.month_before_cents, 'limit_cents', q.limit_cents,
                                          'over_limit', q.over_limit, 'reason', q.decision_reason));
    RETURN q.status;
END
$$;

CREATE FUNCTION desk.accept_partner_quote(p_quote_id bigint) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    q desk.repair_quotes%ROWTYPE;
BEGIN
    IF NOT desk.is_platform_service() THEN
        RAISE EXCEPTION 'only the platform records a customer''s acceptance' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO q FROM desk.repair_quotes x WHERE x.id = p_quote_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('quote', p_quote_id);
    END IF;
    IF q.status <> 'sent' THEN
        RAISE EXCEPTION 'quote % is %, not sent to the customer', p_quote_id, q.status USING ERRCODE = 'AD001';
    END IF;
    UPDATE desk.repair_quotes x SET status = 'accepted', accepted_at = pg_catalog.clock_timestamp(),
                                    version = x.version + 1
     WHERE x.id = q.id;
    UPDATE desk.escalation_leads x SET status = 'won', closed_at = pg_catalog.clock_timestamp(),
                                       updated_at = pg_catalog.clock_timestamp(), version = x.version + 1
     WHERE x.id = q.lead_id AND x.status <> 'won';
    RETURN 'accepted';
END
$$;

-- The accepted quote's job is done: its escalation row, posted by the ledger's path (0011).
CREATE FUNCTION desk.complete_quote_job(p_quote_id bigint, p_completed_at timestamptz)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    q desk.repair_quotes%ROWTYPE;
    v_session bigint;
    v_category text;
    v_escalation bigint;
BEGIN
    IF NOT desk.is_platform_service() THEN
        RAISE EXCEPTION 'only the platform records a completed job' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO q FROM desk.repair_quotes x WHERE x.id = p_quote_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('quote', p_quote_id);
    END IF;
    IF q.status <> 'accepted' OR q.escalation_id IS NOT NULL THEN
        RAISE EXCEPTION 'quote % is not an accepted quote waiting for its job', p_quote_id USING ERRCODE = 'AD001';
    END IF;
    IF p_completed_at IS NULL OR p_completed_at > now() OR p_completed_at < q.accepted_at THEN
        RAISE EXCEPTION 'a job completes after its quote is accepted and not in the future' USING ERRCODE = '22023';
    END IF;
    SELECT l.session_id INTO v_session FROM desk.escalation_leads l WHERE l.id = q.lead_id;
    -- The repair's service category: that of its largest labour line (first line on a tie).
    SELECT x.service_category INTO v_category FROM desk.repair_quote_lines x
     WHERE x.quote_id = q.id AND x.kind = 'labour' ORDER BY x.amount_cents DESC, x.line_no LIMIT 1;
    INSERT INTO desk.escalations (session_id, mechanic_id, workshop_id, partnership_id, repair_amount_cents,
                                  completed_at, service_category)
    VALUES (v_session, q.mechanic_id, q.workshop_id, q.partnership_id, q.total_cents, p_completed_at, v_category)
    RETURNING id INTO v_escalation;
    UPDATE desk.repair_quotes x SET escalation_id = v_escalation, version = x.version + 1 WHERE x.id = q.id;
    RETURN (pg_catalog.jsonb_build_object(
        'escalation_id', v_escalation, 'posting', desk.record_escalation_earnings(v_escalation)));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Keyed overloads (0010): a retry with the same key returns the first result and does nothing.
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.create_escalation_lead(p_request_id uuid, p_session_id bigint, p_workshop_id bigint,
                                            p_vehicle text, p_concern text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'create_escalation_lead');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id, pg_catalog.to_jsonb(
                 desk.create_escalation_lead(p_session_id, p_workshop_id, p_vehicle, p_concern)));
    END IF;
    RETURN (r #>> '{}')::bigint;
END
$$;

CREATE FUNCTION desk.set_lead_status(p_request_id uuid, p_lead_id bigint, p_status text, p_reason text)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'set_lead_status');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 pg_catalog.to_jsonb(desk.set_lead_status(p_lead_id, p_status, p_reason)));
    END IF;
    RETURN r #>> '{}';
END
$$;

CREATE FUNCTION desk.create_partner_quote(p_request_id uuid, p_partnership_id bigint, p_lead_id bigint,
                                          p_lines jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'create_partner_quote');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 desk.create_partner_quote(p_partnership_id, p_lead_id, p_lines));
    END IF;
    RETURN r;
END
$$;

CREATE FUNCTION desk.decide_partner_quote(p_request_id uuid, p_quote_id bigint, p_approve boolean, p_reason text)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'decide_partner_quote');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 pg_catalog.to_jsonb(desk.decide_partner_quote(p_quote_id, p_approve, p_reason)));
    END IF;
    RETURN r #>> '{}';
END
$$;

CREATE FUNCTION desk.accept_partner_quote(p_request_id uuid, p_quote_id bigint) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'accept_partner_quote');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id, pg_catalog.to_jsonb(desk.accept_partner_quote(p_quote_id)));
    END IF;
    RETURN r #>> '{}';
END
$$;

CREATE FUNCTION desk.complete_quote_job(p_request_id uuid, p_quote_id bigint, p_completed_at timestamptz)
RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'complete_quote_job');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id, desk.complete_quote_job(p_quote_id, p_completed_at));
    END IF;
    RETURN r;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Privileges
-- ---------------------------------------------------------------------------------------------

REVOKE ALL ON FUNCTION desk.quote_lines_check_price(), desk.partnership_quoted_in_month(bigint, date),
    desk.create_escalation_lead(bigint, bigint, text, text), desk.set_lead_status(bigint, text, text),
    desk.create_partner_quote(bigint, bigint, jsonb), desk.decide_partner_quote(bigint, boolean, text),
    desk.accept_partner_quote(bigint), desk.complete_quote_job(bigint, timestamptz),
    desk.create_escalation_lead(uuid, bigint, bigint, text, text), desk.set_lead_status(uuid, bigint, text, text),
    desk.create_partner_quote(uuid, bigint, bigint, jsonb), desk.decide_partner_quote(uuid, bigint, boolean, text),
    desk.accept_partner_quote(uuid, bigint), desk.complete_quote_job(uuid, bigint, timestamptz)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.partnership_quoted_in_month(bigint, date)
    TO adesk_platform_admin, adesk_workshop_owner, adesk_platform_service;
GRANT EXECUTE ON FUNCTION desk.set_lead_status(bigint, text, text), desk.decide_partner_quote(bigint, boolean, text),
    desk.set_lead_status(uuid, bigint, text, text), desk.decide_partner_quote(uuid, bigint, boolean, text)
    TO adesk_workshop_owner;
GRANT EXECUTE ON FUNCTION desk.create_escalation_lead(bigint, bigint, text, text),
    desk.create_partner_quote(bigint, bigint, jsonb), desk.accept_partner_quote(bigint),
    desk.complete_quote_job(bigint, timestamptz),
    desk.create_escalation_lead(uuid, bigint, bigint, text, text),
    desk.create_partner_quote(uuid, bigint, bigint, jsonb), desk.accept_partner_quote(uuid, bigint),
    desk.complete_quote_job(uuid, bigint, timestamptz)
    TO adesk_platform_service;
