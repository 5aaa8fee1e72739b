-- 0021_supersede_override: re-uploads supersede, and overrides need a second admin (issue 15,
-- "Re-uploads" and "Overrides"; seed compliance-migration-plan.md).
--
-- Supersession
--   compliance_verifications.status gains 'superseded'; superseded_by names the newer submission.
--   A new verification for the same (entity_type, entity_id, verification_type) supersedes the older
--   ones, by triggers (whatever inserted or decided the row):
--     * at its insertion, older PENDING rows become superseded at once (their claims released): there
--       is nothing left to decide on them;
--     * an older APPROVED row stays approved while the new one waits (the entity keeps its rights,
--       physical work included), and becomes superseded when the new one is approved. A rejected new
--       one leaves the approved one in force. Rejected and expired rows stay as they are (history).
--   Each supersession writes an audit_log row 'verification.supersede'. The queue and
--   desk.claim_next_verification offer pending rows only, so a superseded row is never offered.
--   desk.verification_history(p_id) → every submission of that requirement for that entity, oldest
--   first (admins; an unknown id and an id of another kind answer the same P0002).
--
-- Overrides with a second admin
--   compliance_verifications.edit_flagged_at / edit_flagged_by / edit_flag_reason: an admin flags a
--   pending document "potentially edited" with desk.flag_verification_edited(p_id, p_reason). A
--   trigger refuses to make a flagged row 'approved' (AD003) unless an APPROVED override request
--   'approve_flagged_verification' for it exists. Chosen: approving the override does not approve the
--   document; it lets an admin (the requester, typically) approve it through the usual decision, with
--   its checks (expiry, policy number) and its promotion.
--   desk.override_requests: kind 'approve_flagged_verification' (target: the verification) or
--   'change_service_tier' (target: the mechanic; payload {"service_tier": …}), reason, requested_by
--   (profile and login), status pending → approved | rejected, decided_by (profile and login),
--   decided_at, decision_note. CHECKs: the decider is neither the requester's profile nor login.
--   At most one pending request per kind and target.
--   desk.request_override(p_kind, p_target_id, p_payload, p_reason) → id              admins
--   desk.decide_override(p_override_id, p_approve, p_note) → status                   admins, not the requester
--   Approving a tier change executes it in the same transaction: the mechanic's service_tier becomes
--   the payload's; going to virtual_only also withdraws physical work (the mechanics CHECK
--   mechanics_physical_work_requires_verification); workshop_affiliated needs a workshop (CHECK
--   mechanics_affiliated_needs_workshop): refused with 23514 and a plain sentence. Every step is
--   audited ('verification.flag_edited', 'override.request', 'override.approve', 'override.reject',
--   'mechanic.service_tier_override').
--   Owners and finance have no EXECUTE on these functions (42501); desk.override_requests is readable
--   by admins only; an id the caller may not see answers as a missing one (P0002).
--   Plus the uuid-keyed overloads of the three writes (0010's pattern).
--
-- SQLSTATEs: P0002 unknown id; 42501 not an admin, or deciding one's own request; AD001 not pending
-- any more; AD003 flagged without an approved override; 23505 a pending request exists; 23514 the
-- tier change breaks a mechanics CHECK; 22023 bad argument.

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Columns
-- ---------------------------------------------------------------------------------------------

ALTER TABLE desk.compliance_verifications DROP CONSTRAINT compliance_verifications_status_check;
ALTER TABLE desk.compliance_verifications ADD CONSTRAINT compliance_verifications_status_check
    CHECK (status IN ('pending', 'approved', 'rejected', 'expired', 'superseded'));
ALTER TABLE desk.compliance_verifications
    ADD COLUMN superseded_by bigint REFERENCES desk.compliance_verifications (id),
    ADD COLUMN edit_flagged_at timestamptz,
    ADD COLUMN edit_flagged_by bigint REFERENCES desk.profiles (id),
    ADD COLUMN edit_flag_reason text,
    ADD CONSTRAINT verifications_superseded_has_successor CHECK ((status = 'superseded') = (superseded_by IS NOT NULL)),
    ADD CONSTRAINT verifications_flag_complete CHECK (
        (edit_flagged_at IS NULL) = (edit_flag_reason IS NULL) AND (edit_flagged_at IS NULL) = (edit_flagged_by IS NULL));
CREATE INDEX verifications_superseded_by ON desk.compliance_verifications (superseded_by);

-- ---------------------------------------------------------------------------------------------
-- Supersession triggers
-- ---------------------------------------------------------------------------------------------

-- Marks the older rows of NEW's requirement with status p_from superseded by NEW, audited.
CREATE FUNCTION desk.supersede_older(p_new desk.compliance_verifications, p_from text) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    FOR v_id IN
        UPDATE desk.compliance_verifications c
           SET status = 'superseded', superseded_by = p_new.id, claimed_by = NULL, claim_expires_at = NULL,
               version = c.version + 1, updated_at = pg_catalog.clock_timestamp()
         WHERE c.entity_type = p_new.entity_type AND c.entity_id = p_new.entity_id
           AND c.verification_type = p_new.verification_type AND c.id < p_new.id AND c.status = p_from
        RETURNING c.id
    LOOP
        INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
        VALUES ('verification.supersede', 'compliance_verifications', v_id, p_new.workshop_id,
                pg_catalog.jsonb_build_object('from_status', p_from, 'to_status', 'superseded',
                                              'superseded_by', p_new.id, 'entity_type', p_new.entity_type,
                                              'entity_id', p_new.entity_id,
                                              'verification_type', p_new.verification_type));
    END LOOP;
END
$$;

CREATE FUNCTION desk.verifications_supersede_pending() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.supersede_older(NEW, 'pending');
    RETURN NULL;
END
$$;

CREATE FUNCTION desk.verifications_supersede_approved() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.supersede_older(NEW, 'approved');
    RETURN NULL;
END
$$;

CREATE TRIGGER verifications_supersede_insert AFTER INSERT ON desk.compliance_verifications
    FOR EACH ROW EXECUTE FUNCTION desk.verifications_supersede_pending();
CREATE TRIGGER verifications_supersede_approve AFTER UPDATE OF status ON desk.compliance_verifications
    FOR EACH ROW WHEN (NEW.status = 'approved' AND OLD.status <> 'approved')
    EXECUTE FUNCTION desk.verifications_supersede_approved();

-- ---------------------------------------------------------------------------------------------
-- History
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.verification_history(p_id bigint)
RETURNS TABLE (id bigint, status text, document_id bigint, document_name text, license_number text,
               policy_number text, coverage_amount_cents bigint, expiry_date date, submitted_at timestamptz,
               verified_at timestamptz, decided_by text, superseded_by bigint, edit_flagged_at timestamptz,
               edit_flag_reason text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v desk.compliance_verifications%ROWTYPE;
BEGIN
    IF NOT desk.is_platform_admin() THEN
        PERFORM desk.raise_not_found('verification', p_id);
    END IF;
    SELECT * INTO v FROM desk.compliance_verifications c WHERE c.id = p_id;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('verification', p_id);
    END IF;
    RETURN QUERY
        SELECT c.id, c.status, c.document_id, coalesce(c.document_name, d.file_name), c.license_number,
               c.policy_number, c.coverage_amount_cents, c.expiry_date, c.submitted_at, c.verified_at,
               p.full_name, c.superseded_by, c.edit_flagged_at, c.edit_flag_reason
          FROM desk.compliance_verifications c
          LEFT JOIN desk.documents d ON d.id = c.document_id
          LEFT JOIN desk.profiles p ON p.id = c.verified_by
         WHERE c.entity_type = v.entity_type AND c.entity_id = v.entity_id
           AND c.verification_type = v.verification_type
         ORDER BY c.submitted_at, c.id;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Overrides
-- ---------------------------------------------------------------------------------------------

CREATE TABLE desk.override_requests (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind            text NOT NULL CHECK (kind IN ('approve_flagged_verification', 'change_service_tier')),
    target_id       bigint NOT NULL,
    payload         jsonb NOT NULL DEFAULT '{}'::jsonb,
    reason          text NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 2000),
    requested_by    bigint NOT NULL REFERENCES desk.profiles (id),
    requested_login name NOT NULL DEFAULT session_user,
    requested_at    timestamptz NOT NULL DEFAULT now(),
    status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
    decided_by      bigint REFERENCES desk.profiles (id),
    decided_login   name,
    decided_at      timestamptz,
    decision_note   text,
    version         integer NOT NULL DEFAULT 1,
    CONSTRAINT override_requests_second_admin CHECK (decided_by <> requested_by AND decided_login <> requested_login),
    CONSTRAINT override_requests_decided CHECK (
        (status = 'pending') = (decided_by IS NULL) AND (decided_by IS NULL) = (decided_at IS NULL)
        AND (decided_by IS NULL) = (decided_login IS NULL)),
    CONSTRAINT override_requests_tier_payload CHECK (
        kind <> 'change_service_tier'
        OR payload ->> 'service_tier' IN ('virtual_only', 'workshop_affiliated', 'licensed_mobile'))
);
CREATE UNIQUE INDEX override_requests_one_pending ON desk.override_requests (kind, target_id) WHERE status = 'pending';
CREATE INDEX override_requests_requested ON desk.override_requests (requested_at, id);
ALTER TABLE desk.override_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.override_requests FORCE ROW LEVEL SECURITY;
CREATE POLICY override_requests_admin ON desk.override_requests FOR SELECT USING ((SELECT desk.is_platform_admin()));
REVOKE ALL ON desk.override_requests FROM PUBLIC;
GRANT SELECT ON desk.override_requests TO adesk_platform_admin;

CREATE TRIGGER override_requests_notify_insert AFTER INSERT ON desk.override_requests
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_new_rows('desk_overrides');
CREATE TRIGGER override_requests_notify_update AFTER UPDATE ON desk.override_requests
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_new_rows('desk_overrides');

-- A flagged verification is approved only after a second admin approved an override for it.
CREATE FUNCTION desk.verifications_flag_guard() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM desk.override_requests o
                    WHERE o.kind = 'approve_flagged_verification' AND o.target_id = NEW.id
                      AND o.status = 'approved') THEN
        RAISE EXCEPTION 'verification % is flagged as potentially edited: a second admin must approve an override first',
            NEW.id USING ERRCODE = 'AD003';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER verifications_flag_guard BEFORE UPDATE OF status ON desk.compliance_verifications
    FOR EACH ROW WHEN (NEW.status = 'approved' AND OLD.status <> 'approved' AND NEW.edit_flagged_at IS NOT NULL)
    EXECUTE FUNCTION desk.verifications_flag_guard();

CREATE FUNCTION desk.flag_verification_edited(p_id bigint, p_reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v desk.compliance_verifications%ROWTYPE;
BEGIN
    IF NOT desk.is_platform_admin() THEN
        RAISE EXCEPTION 'only platform admins review compliance documents' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO v FROM desk.compliance_verifications c WHERE c.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('verification', p_id);
    END IF;
    IF nullif(btrim(p_reason), '') IS NULL OR length(p_reason) > 2000 THEN
        RAISE EXCEPTION 'say why the document may have been edited' USING ERRCODE = '22023', COLUMN = 'edit_flag_reason';
    END IF;
    IF v.status <> 'pending' THEN
        RAISE EXCEPTION 'verification % is already %', p_id, v.status USING ERRCODE = 'AD001';
    END IF;
    UPDATE desk.compliance_verifications c
       SET edit_flagged_at = pg_catalog.clock_timestamp(), edit_flagged_by = desk.caller_profile_id(),
           edit_flag_reason = btrim(p_reason), version = c.version + 1, updated_at = pg_catalog.clock_timestamp()
     WHERE c.id = p_id
    RETURNING * INTO v;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('verification.flag_edited', 'compliance_verifications', v.id, v.workshop_id,
            pg_catalog.jsonb_build_object('reason', btrim(p_reason), 'version', v.version,
                                          'entity_type', v.entity_type, 'entity_id', v.entity_id));
    RETURN v.version;
END
$$;

-- Checks that p_tier can be set on p_mechanic (locked by the caller); raises 23514 otherwise.
CREATE FUNCTION desk.check_tier_change(p_mechanic desk.mechanics, p_tier text) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF p_tier IS NULL OR p_tier NOT IN ('virtual_only', 'workshop_affiliated', 'licensed_mobile') THEN
        RAISE EXCEPTION 'unknown service tier "%"', coalesce(p_tier, '') USING ERRCODE = '22023', COLUMN = 'service_tier';
    END IF;
    IF p_mechanic.service_tier = p_tier THEN
        RAISE EXCEPTION 'the mechanic already has that service tier' USING ERRCODE = '22023', COLUMN = 'service_tier';
    END IF;
    IF p_tier = 'workshop_affiliated' AND p_mechanic.workshop_id IS NULL THEN
        RAISE EXCEPTION 'a mechanic without a workshop cannot be workshop-affiliated'
            USING ERRCODE = '23514', CONSTRAINT = 'mechanics_affiliated_needs_workshop';
    END IF;
END
$$;

CREATE FUNCTION desk.request_override(p_kind text, p_target_id bigint, p_payload jsonb, p_reason text)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v desk.compliance_verifications%ROWTYPE;
    m desk.mechanics%ROWTYPE;
    v_payload jsonb := coalesce(p_payload, '{}'::jsonb);
    v_id bigint;
    v_workshop bigint;
BEGIN
    IF NOT desk.is_platform_admin() THEN
        RAISE EXCEPTION 'only platform admins request overrides' USING ERRCODE = '42501';
    END IF;
    IF p_kind = 'approve_flagged_verification' THEN
        SELECT * INTO v FROM desk.compliance_verifications c WHERE c.id = p_target_id FOR UPDATE;
        IF NOT FOUND THEN
            PERFORM desk.raise_not_found('verification', p_target_id);
        END IF;
        IF v.status <> 'pending' THEN
            RAISE EXCEPTION 'verification % is already %', p_target_id, v.status USING ERRCODE = 'AD001';
        END IF;
        IF v.edit_flagged_at IS NULL THEN
            RAISE EXCEPTION 'verification % is not flagged: approve it as usual', p_target_id USING ERRCODE = '22023';
        END IF;
        v_payload := '{}'::jsonb;
        v_workshop := v.workshop_id;
    ELSIF p_kind = 'change_service_tier' THEN
        SELECT * INTO m FROM desk.mechanics x WHERE x.id = p_target_id FOR UPDATE;
        IF NOT FOUND THEN
            PERFORM desk.raise_not_found('mechanic', p_target_id);
        END IF;
        PERFORM desk.check_tier_change(m, v_payload ->> 'service_tier');
        v_payload := pg_catalog.jsonb_build_object('service_tier', v_payload ->> 'service_tier',
                                                   'from_service_tier', m.service_tier);
        v_workshop := m.workshop_id;
    ELSE
        RAISE EXCEPTION 'unknown override kind "%"', coalesce(p_kind, '') USING ERRCODE = '22023';
    END IF;
    IF nullif(btrim(p_reason), '') IS NULL OR length(p_reason) > 2000 THEN
        RAISE EXCEPTION 'an override needs a reason' USING ERRCODE = '22023', COLUMN = 'reason';
    END IF;
    BEGIN
        INSERT INTO desk.override_requests (kind, target_id, payload, reason, requested_by, requested_login, requested_at)
        VALUES (p_kind, p_target_id, v_payload, btrim(p_reason), desk.caller_profile_id(), session_user,
                pg_catalog.clock_timestamp())
        RETURNING id INTO v_id;
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'an override request for this is already waiting for a second admin'
            USING ERRCODE = '23505', CONSTRAINT = 'override_requests_one_pending';
    END;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('override.request', 'override_requests', v_id, v_workshop,
            pg_catalog.jsonb_build_object('kind', p_kind, 'target_id', p_target_id, 'payload', v_payload,
                                          'reason', btrim(p_reason)));
    RETURN v_id;
END
$$;

CREATE FUNCTION desk.decide_override(p_override_id bigint, p_approve boolean, p_note text) RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    o desk.override_requests%ROWTYPE;
    v desk.compliance_verifications%ROWTYPE;
    m desk.mechanics%ROWTYPE;
    v_tier text;
    v_workshop bigint;
BEGIN
    IF NOT desk.is_platform_admin() THEN
        RAISE EXCEPTION 'only platform admins decide overrides' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO o FROM desk.override_requests r WHERE r.id = p_override_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('override', p_override_id);
    END IF;
    IF o.requested_login = session_user OR o.requested_by = desk.caller_profile_id() THEN
        RAISE EXCEPTION 'an override must be decided by another admin than the one who asked for it'
            USING ERRCODE = '42501';
    END IF;
    IF o.status <> 'pending' THEN
        RAISE EXCEPTION 'override % is already %', p_override_id, o.status USING ERRCODE = 'AD001';
    END IF;
    IF p_approve IS NULL THEN
        RAISE EXCEPTION 'say whether the override is approved' USING ERRCODE = '22023';
    END IF;
    IF NOT p_approve AND nullif(btrim(p_note), '') IS NULL THEN
        RAISE EXCEPTION 'say why the override is rejected' USING ERRCODE = '22023', COLUMN = 'decision_note';
    END IF;

    IF o.kind = 'approve_flagged_verification' THEN
        SELECT * INTO v FROM desk.compliance_verifications c WHERE c.id = o.target_id FOR UPDATE;
        v_workshop := v.workshop_id;
        IF p_approve AND v.status <> 'pending' THEN
            RAISE EXCEPTION 'verification % is already %', o.target_id, v.status USING ERRCODE = 'AD001';
        END IF;
    ELSE
        SELECT * INTO m FROM desk.mechanics x WHERE x.id = o.target_id FOR UPDATE;
        v_workshop := m.workshop_id;
        IF p_approve THEN
            v_tier := o.payload ->> 'service_tier';
            PERFORM desk.check_tier_change(m, v_tier);
            BEGIN
                UPDATE desk.mechanics x
                   SET service_tier = v_tier,
                       can_perform_physical_work = CASE WHEN v_tier = 'virtual_only' THEN false
                                                        ELSE x.can_perform_physical_work END,
                       version = x.version + 1
                 WHERE x.id = o.target_id;
            EXCEPTION WHEN check_violation THEN
                RAISE EXCEPTION 'the mechanic cannot have the service tier "%" now', v_tier
                    USING ERRCODE = '23514', CONSTRAINT = 'override_requests_tier_change';
            END;
            INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
            VALUES ('mechanic.service_tier_override', 'mechanics', m.id, m.workshop_id,
                    pg_catalog.jsonb_build_object('from_service_tier', m.service_tier, 'to_service_tier', v_tier,
                                                  'override_id', o.id,
                                                  'withdrew_physical_work',
                                                  v_tier = 'virtual_only' AND m.can_perform_physical_work));
        END IF;
    END IF;

    UPDATE desk.override_requests r
       SET status = CASE WHEN p_approve THEN 'approved' ELSE 'rejected' END,
           decided_by = desk.caller_profile_id(), decided_login = session_user,
           decided_at = pg_catalog.clock_timestamp(), decision_note = nullif(btrim(p_note), ''),
           version = r.version + 1
     WHERE r.id = o.id
    RETURNING * INTO o;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES (CASE WHEN p_approve THEN 'override.approve' ELSE 'override.reject' END, 'override_requests', o.id,
            v_workshop,
            pg_catalog.jsonb_build_object('kind', o.kind, 'target_id', o.target_id, 'payload', o.payload,
                                          'note', o.decision_note, 'requested_login', o.requested_login));
    RETURN o.status;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Keyed overloads (0010)
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.flag_verification_edited(p_request_id uuid, p_id bigint, p_reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'flag_verification_edited');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id, pg_catalog.to_jsonb(desk.flag_verification_edited(p_id, p_reason)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

CREATE FUNCTION desk.request_override(p_request_id uuid, p_kind text, p_target_id bigint, p_payload jsonb,
                                      p_reason text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'request_override');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 pg_catalog.to_jsonb(desk.request_override(p_kind, p_target_id, p_payload, p_reason)));
    END IF;
    RETURN (r #>> '{}')::bigint;
END
$$;

CREATE FUNCTION desk.decide_override(p_request_id uuid, p_override_id bigint, p_approve boolean, p_note text)
RETURNS text
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'decide_override');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 pg_catalog.to_jsonb(desk.decide_override(p_override_id, p_approve, p_note)));
    END IF;
    RETURN r #>> '{}';
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Privileges
-- ---------------------------------------------------------------------------------------------

REVOKE ALL ON FUNCTION desk.supersede_older(desk.compliance_verifications, text),
    desk.verifications_supersede_pending(), desk.verifications_supersede_approved(),
    desk.verifications_flag_guard(), desk.check_tier_change(desk.mechanics, text),
    desk.verification_history(bigint), desk.flag_verification_edited(bigint, text),
    desk.request_override(text, bigint, jsonb, text), desk.decide_override(bigint, boolean, text),
    desk.flag_verification_edited(uuid, bigint, text), desk.request_override(uuid, text, bigint, jsonb, text),
    desk.decide_override(uuid, bigint, boolean, text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.verification_history(bigint), desk.flag_verification_edited(bigint, text),
    desk.request_override(text, bigint, jsonb, text), desk.decide_override(bigint, boolean, text),
    desk.flag_verification_edited(uuid, bigint, text), desk.request_override(uuid, text, bigint, jsonb, text),
    desk.decide_override(uuid, bigint, boolean, text)
    TO adesk_platform_admin;
