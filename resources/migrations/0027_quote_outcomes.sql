-- 0027_quote_outcomes: the rest of a sent quote's life (issue 16, "Escalations and partner quotes").
-- 0026 admitted the statuses 'declined' and 'expired' but nothing wrote them: a quote the customer
-- turned down, or never answered, stayed 'sent' for ever and could still be accepted a year later at
-- last year's prices.
--
--   desk.desk_settings 'quote_validity_days' (30): a sent quote is valid this many days from the day
--       it was sent, in the platform's zone (America/Toronto, as the quote's date and month). The
--       seeds give no figure; 30 days is ours, and an admin changes it as any desk setting.
--   repair_quotes.closed_at / close_reason: when and why the customer declined, or when it expired.
--   desk.quote_valid_until(quote) -> date       the last day a sent quote can be accepted
--   desk.decline_partner_quote([key,] quote, reason) -> 'declined'        platform service
--       the customer turned the quote down on the web; the lead stays 'quoted' (the workshop may
--       quote again or mark it lost). Only a sent quote; audited as 'quote.decline'.
--   desk.accept_partner_quote(quote) now refuses a quote past its last valid day (AD001), even before
--       the sweep has marked it.
--   desk.expire_partner_quotes(p_now) -> integer      the daily expire-sweep (admins, the platform, or
--       the deployer's scheduled job as desk.expire_sweep)
--       marks every sent quote past its last valid day 'expired', audited as 'quote.expire'. A
--       second run finds nothing to do.
-- A declined or expired quote still counts in its month's quoted total (0026: only the workshop's
-- rejection frees its share of the limit): the limit is on what was quoted, not on what was won.
--
-- SQLSTATEs: 42501 wrong caller; P0002 unknown id; AD001 not sent (or past its validity).
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

INSERT INTO desk.desk_settings (name, int_value, description) VALUES
    ('quote_validity_days', 30,
     'Days a repair quote sent to the customer stays valid, from the day it was sent (America/Toronto)');

ALTER TABLE desk.repair_quotes
    ADD COLUMN closed_at timestamptz,
    ADD COLUMN close_reason text,
    ADD CONSTRAINT repair_quotes_closed CHECK ((status IN ('declined', 'expired')) = (closed_at IS NOT NULL)),
    ADD CONSTRAINT repair_quotes_close_reason CHECK (close_reason IS NULL OR status = 'declined');
CREATE INDEX repair_quotes_sent ON desk.repair_quotes (sent_at) WHERE status = 'sent';

-- The last day (Toronto) a sent quote can be accepted; NULL for a quote never sent.
CREATE FUNCTION desk.quote_valid_until(p_sent_at timestamptz) RETURNS date
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT (p_sent_at AT TIME ZONE 'America/Toronto')::date
           + (SELECT s.int_value FROM desk.desk_settings s WHERE s.name = 'quote_validity_days')
$$;

CREATE FUNCTION desk.decline_partner_quote(p_quote_id bigint, p_reason text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    q desk.repair_quotes%ROWTYPE;
BEGIN
    IF NOT desk.is_platform_service() THEN
        RAISE EXCEPTION 'only the platform records a customer''s answer to a quote' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO q FROM desk.repair_quotes x WHERE x.id = p_quote_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('quote', p_quote_id);
    END IF;
    IF q.status <> 'sent' THEN
        RAISE EXCEPTION 'quote % is %, not sent to the customer', p_quote_id, q.status USING ERRCODE = 'AD001';
    END IF;
    UPDATE desk.repair_quotes x
       SET status = 'declined', closed_at = pg_catalog.clock_timestamp(),
           close_reason = nullif(btrim(p_reason), ''), version = x.version + 1
     WHERE x.id = q.id;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('quote.decline', 'repair_quotes', q.id, q.workshop_id,
            pg_catalog.jsonb_build_object('partnership_id', q.partnership_id, 'total_cents', q.total_cents,
                                          'reason', nullif(btrim(p_reason), '')));
    RETURN 'declined';
END
$$;

CREATE OR REPLACE FUNCTION desk.accept_partner_quote(p_quote_id bigint) RETURNS text
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
    IF (pg_catalog.clock_timestamp() AT TIME ZONE 'America/Toronto')::date > desk.quote_valid_until(q.sent_at) THEN
        RAISE EXCEPTION 'quote % was valid until %', p_quote_id, desk.quote_valid_until(q.sent_at)
            USING ERRCODE = 'AD001';
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

CREATE FUNCTION desk.expire_partner_quotes(p_now timestamptz) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_count integer;
BEGIN
    -- As desk.expire_sweep (0020): admins, the platform, or the deployer's scheduled job (schema owner).
    IF NOT (desk.is_platform_admin() OR desk.is_platform_service()
            OR pg_catalog.pg_has_role(session_user, 'adesk_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'only admins and the platform run the quote expiry' USING ERRCODE = '42501';
    END IF;
    IF p_now IS NULL THEN
        RAISE EXCEPTION 'the sweep needs a time' USING ERRCODE = '22023';
    END IF;
    WITH gone AS (
        UPDATE desk.repair_quotes x
           SET status = 'expired', closed_at = p_now, version = x.version + 1
         WHERE x.status = 'sent' AND (p_now AT TIME ZONE 'America/Toronto')::date > desk.quote_valid_until(x.sent_at)
        RETURNING x.id, x.workshop_id, x.partnership_id, x.sent_at
    ), logged AS (
        INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
        SELECT 'quote.expire', 'repair_quotes', g.id, g.workshop_id,
               pg_catalog.jsonb_build_object('partnership_id', g.partnership_id,
                                             'valid_until', desk.quote_valid_until(g.sent_at))
          FROM gone g
        RETURNING 1
    )
    SELECT count(*) INTO v_count FROM logged;
    RETURN v_count;
END
$$;

CREATE FUNCTION desk.decline_partner_quote(p_request_id uuid, p_quote_id bigint, p_reason text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'decline_partner_quote');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                                       pg_catalog.to_jsonb(desk.decline_partner_quote(p_quote_id, p_reason)));
    END IF;
    RETURN r #>> '{}';
END
$$;

REVOKE ALL ON FUNCTION desk.quote_valid_until(timestamptz), desk.decline_partner_quote(bigint, text),
    desk.decline_partner_quote(uuid, bigint, text), desk.expire_partner_quotes(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.quote_valid_until(timestamptz)
    TO adesk_platform_admin, adesk_workshop_owner, adesk_platform_service;
GRANT EXECUTE ON FUNCTION desk.decline_partner_quote(bigint, text), desk.decline_partner_quote(uuid, bigint, text)
    TO adesk_platform_service;
GRANT EXECUTE ON FUNCTION desk.expire_partner_quotes(timestamptz) TO adesk_platform_admin, adesk_platform_service;
