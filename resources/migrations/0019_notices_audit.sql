-- 0019_notices_audit: what the platform sends and records (issue 15; seed compliance-migration-plan.md,
-- "Notify existing mechanics … Workshop Affiliation Now Available").
--
--   desk.notification_log (view, security_invoker, admins only): every notification row with its
--       recipient (mechanic or workshop, and the name), the verification it is about (type, entity).
--   desk.audit_log: admins read every row (0001); finance now reads the SIN / BN reveals only
--       (action 'tax_number_revealed', written by desk.reveal_tax_number), by policy
--       audit_log_finance and a SELECT grant. Owners still read nothing.
--   desk.bulk_notices: one row per bulk notice sent (who, when, audience, both languages' texts,
--       recipient count); admins read it; written only by desk.send_bulk_notice.
--   desk.bulk_notice_audience(p_audience jsonb) → integer                    admins
--   desk.send_bulk_notice(p_audience, p_title_en, p_title_fr, p_message_en, p_message_fr,
--       p_action_url) → jsonb {"id": n, "recipients": n}, and its uuid-keyed overload      admins
--
-- An audience is {"kind": k, "province": "QC"} (province optional: every province when absent), k one of
--   all_mechanics | virtual_only | workshop_affiliated | licensed_mobile   mechanics (by service tier)
--   workshops                                                            workshops (their owners read
--                                                                        the workshop's notifications)
-- A notice is written as one desk.mechanic_notifications row per recipient (notification_type
-- 'bulk_notice') in the recipient's preferred_language; both languages' title and message are
-- required. One audit_log row ('bulk_notice_sent') per notice.

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- Keyset paging of the two viewers, newest first.
CREATE INDEX audit_log_at ON desk.audit_log (at, id);
CREATE INDEX audit_log_actor_at ON desk.audit_log (actor, at, id);
CREATE INDEX audit_log_action_at ON desk.audit_log (action, at, id);
CREATE INDEX notifications_created ON desk.mechanic_notifications (created_at, id);

-- ---------------------------------------------------------------------------------------------
-- Audit log: finance reads the reveals of tax numbers
-- ---------------------------------------------------------------------------------------------

CREATE POLICY audit_log_finance ON desk.audit_log FOR SELECT
    USING (action = 'tax_number_revealed' AND (SELECT desk.is_finance()));
GRANT SELECT ON desk.audit_log TO adesk_finance;

-- ---------------------------------------------------------------------------------------------
-- Notifications viewer
-- ---------------------------------------------------------------------------------------------

CREATE VIEW desk.notification_log WITH (security_invoker = true) AS
SELECT n.id, n.created_at,
       CASE WHEN n.mechanic_id IS NOT NULL THEN 'mechanic' ELSE 'workshop' END AS recipient_kind,
       coalesce(n.mechanic_id, n.workshop_id) AS recipient_id,
       coalesce(m.display_name, o.name) AS recipient_name,
       n.notification_type, n.title, n.message, n.action_url, n.read,
       n.verification_id, v.verification_type, v.entity_type AS verification_entity_type,
       v.entity_name AS verification_entity_name
  FROM desk.mechanic_notifications n
  LEFT JOIN desk.mechanics m ON m.id = n.mechanic_id
  LEFT JOIN desk.organizations o ON n.mechanic_id IS NULL AND o.id = n.workshop_id
  LEFT JOIN desk.compliance_verifications v ON v.id = n.verification_id;
REVOKE ALL ON desk.notification_log FROM PUBLIC;
GRANT SELECT ON desk.notification_log TO adesk_platform_admin;

-- ---------------------------------------------------------------------------------------------
-- Bulk notices
-- ---------------------------------------------------------------------------------------------

CREATE TABLE desk.bulk_notices (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sent_by     name NOT NULL DEFAULT session_user,
    sent_at     timestamptz NOT NULL DEFAULT now(),
    audience    jsonb NOT NULL,
    title_en    text NOT NULL CHECK (length(btrim(title_en)) BETWEEN 1 AND 200),
    title_fr    text NOT NULL CHECK (length(btrim(title_fr)) BETWEEN 1 AND 200),
    message_en  text NOT NULL CHECK (length(btrim(message_en)) BETWEEN 1 AND 4000),
    message_fr  text NOT NULL CHECK (length(btrim(message_fr)) BETWEEN 1 AND 4000),
    action_url  text,
    recipients  integer NOT NULL CHECK (recipients >= 0)
);
CREATE INDEX bulk_notices_sent ON desk.bulk_notices (sent_at, id);
ALTER TABLE desk.bulk_notices ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.bulk_notices FORCE ROW LEVEL SECURITY;
REVOKE ALL ON desk.bulk_notices FROM PUBLIC;
CREATE POLICY bulk_notices_admin ON desk.bulk_notices FOR SELECT USING ((SELECT desk.is_platform_admin()));
GRANT SELECT ON desk.bulk_notices TO adesk_platform_admin;

-- The recipients of an audience: (mechanic id, NULL) or (NULL, workshop id) with their language.
-- Internal (no grant): callers check the caller is an admin first.
CREATE FUNCTION desk.bulk_notice_recipients(p_audience jsonb)
RETURNS TABLE (mechanic_id bigint, workshop_id bigint, language text)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_kind text := p_audience ->> 'kind';
    v_province text := nullif(btrim(coalesce(p_audience ->> 'province', '')), '');
BEGIN
    IF v_kind IS NULL OR v_kind NOT IN ('all_mechanics', 'virtual_only', 'workshop_affiliated',
                                         'licensed_mobile', 'workshops') THEN
        RAISE EXCEPTION 'unknown audience "%"', coalesce(v_kind, '') USING ERRCODE = '22023';
    END IF;
    IF v_province IS NOT NULL AND v_province NOT IN ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON',
                                                     'PE', 'QC', 'SK', 'YT') THEN
        RAISE EXCEPTION 'unknown province "%"', v_province USING ERRCODE = '22023';
    END IF;
    IF v_kind = 'workshops' THEN
        RETURN QUERY
        SELECT NULL::bigint, o.id, o.preferred_language
          FROM desk.organizations o
         WHERE v_province IS NULL OR o.province = v_province
         ORDER BY o.id;
    ELSE
        RETURN QUERY
        SELECT m.id, NULL::bigint, m.preferred_language
          FROM desk.mechanics m
         WHERE (v_kind = 'all_mechanics' OR m.service_tier = v_kind)
           AND (v_province IS NULL OR m.province = v_province)
         ORDER BY m.id;
    END IF;
END
$$;

CREATE FUNCTION desk.bulk_notice_audience(p_audience jsonb) RETURNS integer
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT desk.is_platform_admin() THEN
        RAISE EXCEPTION 'only platform admins send bulk notices' USING ERRCODE = '42501';
    END IF;
    RETURN (SELECT count(*)::integer FROM desk.bulk_notice_recipients(p_audience));
END
$$;

CREATE FUNCTION desk.send_bulk_notice(p_audience jsonb, p_title_en text, p_title_fr text, p_message_en text,
                                      p_message_fr text, p_action_url text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_id bigint;
    v_n integer;
    v_url text := nullif(btrim(coalesce(p_action_url, '')), '');
BEGIN
    IF NOT desk.is_platform_admin() THEN
        RAISE EXCEPTION 'only platform admins send bulk notices' USING ERRCODE = '42501';
    END IF;
    IF coalesce(btrim(p_title_en), '') = '' OR coalesce(btrim(p_title_fr), '') = ''
       OR coalesce(btrim(p_message_en), '') = '' OR coalesce(btrim(p_message_fr), '') = '' THEN
        RAISE EXCEPTION 'a notice needs its title and message in English and in French' USING ERRCODE = '22023';
    END IF;
    IF v_url IS NOT NULL AND v_url !~ '^/[A-Za-z0-9/_.~-]*$' THEN
        RAISE EXCEPTION 'the link must be a path of the platform, such as /mechanic/compliance'
            USING ERRCODE = '22023';
    END IF;
    INSERT INTO desk.bulk_notices (audience, title_en, title_fr, message_en, message_fr, action_url, recipients)
    VALUES (p_audience, btrim(p_title_en), btrim(p_title_fr), btrim(p_message_en), btrim(p_message_fr), v_url, 0)
    RETURNING id INTO v_id;
    INSERT INTO desk.mechanic_notifications (mechanic_id, workshop_id, notification_type, title, message, action_url)
    SELECT r.mechanic_id, r.workshop_id, 'bulk_notice',
           CASE WHEN r.language = 'fr' THEN btrim(p_title_fr) ELSE btrim(p_title_en) END,
           CASE WHEN r.language = 'fr' THEN btrim(p_message_fr) ELSE btrim(p_message_en) END, v_url
      FROM desk.bulk_notice_recipients(p_audience) r;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    UPDATE desk.bulk_notices b SET recipients = v_n WHERE b.id = v_id;
    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('bulk_notice_sent', 'bulk_notices', v_id,
            jsonb_build_object('audience', p_audience, 'recipients', v_n, 'title_en', btrim(p_title_en)));
    RETURN jsonb_build_object('id', v_id, 'recipients', v_n);
END
$$;

CREATE FUNCTION desk.send_bulk_notice(p_request_id uuid, p_audience jsonb, p_title_en text, p_title_fr text,
                                      p_message_en text, p_message_fr text, p_action_url text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'send_bulk_notice');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 desk.send_bulk_notice(p_audience, p_title_en, p_title_fr, p_message_en, p_message_fr, p_action_url));
    END IF;
    RETURN r;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Privileges
-- ---------------------------------------------------------------------------------------------

REVOKE ALL ON FUNCTION desk.bulk_notice_recipients(jsonb), desk.bulk_notice_audience(jsonb),
    desk.send_bulk_notice(jsonb, text, text, text, text, text),
    desk.send_bulk_notice(uuid, jsonb, text, text, text, text, text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.bulk_notice_audience(jsonb),
    desk.send_bulk_notice(jsonb, text, text, text, text, text),
    desk.send_bulk_notice(uuid, jsonb, text, text, text, text, text)
    TO adesk_platform_admin;
