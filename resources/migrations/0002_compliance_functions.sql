-- 0002_compliance_functions: the review work queue (claims with a lease), decisions, promotion,
-- expiry sweep, live-update notifications.
--
-- SQLSTATEs raised here (mapped to plain language by the client, models/store/dberror.cpp):
--   42501 insufficient_privilege   caller is not a platform admin
--   P0002 no_data_found            no such verification (or not visible)
--   40001 serialization_failure    the row's version moved: another admin changed it first
--   55P03 lock_not_available       another admin holds a live claim on it
--   AD001 (custom)                 the verification is no longer pending
--   22023 invalid_parameter_value  missing reason code / note / required field for the decision

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = desk, public;

-- Fill the denormalised queue columns from the entity at submission.
CREATE FUNCTION desk.verifications_fill() RETURNS trigger
LANGUAGE plpgsql SET search_path = desk, pg_temp AS $$
DECLARE
    v_name text;
    v_province char(2);
    v_workshop bigint;
BEGIN
    IF NEW.entity_type = 'mechanic' THEN
        SELECT m.display_name, coalesce(m.province, o.province), m.workshop_id
          INTO v_name, v_province, v_workshop
          FROM desk.mechanics m LEFT JOIN desk.organizations o ON o.id = m.workshop_id
         WHERE m.id = NEW.entity_id;
        NEW.mechanic_id := coalesce(NEW.mechanic_id, NEW.entity_id);
    ELSE
        SELECT o.name, o.province, o.id INTO v_name, v_province, v_workshop
          FROM desk.organizations o WHERE o.id = NEW.entity_id;
    END IF;
    IF v_name IS NULL THEN
        RAISE EXCEPTION 'no % with id %', NEW.entity_type, NEW.entity_id USING ERRCODE = '23503';
    END IF;
    NEW.entity_name := coalesce(NEW.entity_name, v_name);
    NEW.province := coalesce(NEW.province, v_province);
    NEW.workshop_id := coalesce(NEW.workshop_id, v_workshop);
    RETURN NEW;
END
$$;
CREATE TRIGGER verifications_fill BEFORE INSERT ON desk.compliance_verifications
    FOR EACH ROW EXECUTE FUNCTION desk.verifications_fill();

-- Live updates: NOTIFY desk_verifications with the row id; a bulk change (over 100 rows, e.g. COPY
-- or a sweep) sends a single '*' meaning "refresh fully".
CREATE FUNCTION desk.notify_new_rows() RETURNS trigger
LANGUAGE plpgsql SET search_path = desk, pg_temp AS $$
DECLARE
    v_count bigint;
BEGIN
    SELECT count(*) INTO v_count FROM (SELECT 1 FROM new_rows LIMIT 101) s;
    IF v_count > 100 THEN
        PERFORM pg_notify(TG_ARGV[0], '*');
    ELSE
        PERFORM pg_notify(TG_ARGV[0], id::text) FROM new_rows;
    END IF;
    RETURN NULL;
END
$$;
CREATE FUNCTION desk.notify_old_rows() RETURNS trigger
LANGUAGE plpgsql SET search_path = desk, pg_temp AS $$
DECLARE
    v_count bigint;
BEGIN
    SELECT count(*) INTO v_count FROM (SELECT 1 FROM old_rows LIMIT 101) s;
    IF v_count > 100 THEN
        PERFORM pg_notify(TG_ARGV[0], '*');
    ELSE
        PERFORM pg_notify(TG_ARGV[0], id::text) FROM old_rows;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER verifications_notify_insert AFTER INSERT ON desk.compliance_verifications
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION desk.notify_new_rows('desk_verifications');
CREATE TRIGGER verifications_notify_update AFTER UPDATE ON desk.compliance_verifications
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION desk.notify_new_rows('desk_verifications');
CREATE TRIGGER verifications_notify_delete AFTER DELETE ON desk.compliance_verifications
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT
    EXECUTE FUNCTION desk.notify_old_rows('desk_verifications');
CREATE TRIGGER mechanics_notify_update AFTER UPDATE ON desk.mechanics
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT
    EXECUTE FUNCTION desk.notify_new_rows('desk_mechanics');

-- Today's date in the workshop's own zone (Toronto for entities without a workshop). Expiry is a
-- calendar date: it must not move with the client's TimeZone setting.
CREATE FUNCTION desk.local_today(p_workshop_id bigint) RETURNS date
LANGUAGE sql STABLE SET search_path = desk, pg_temp AS $$
    SELECT (now() AT TIME ZONE coalesce((SELECT time_zone FROM desk.organizations WHERE id = p_workshop_id),
                                        'America/Toronto'))::date
$$;

CREATE FUNCTION desk.require_platform_admin() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = desk, pg_temp AS $$
BEGIN
    IF NOT desk.is_platform_admin() THEN
        RAISE EXCEPTION 'only platform admins review compliance documents' USING ERRCODE = '42501';
    END IF;
END
$$;

-- Free-text search of the queue. LIKE is not leakproof, so under row-level security PostgreSQL
-- will not use the trigram index (verifications_search) and scans every visible row (measured:
-- 2.5 s on 1M rows). This SECURITY DEFINER function (owner bypasses RLS) uses the index and
-- applies the same visibility rule as the SELECT policies itself. p_pattern is a LIKE pattern on
-- the lower-cased entity name, licence and policy number.
CREATE FUNCTION desk.verification_search(p_pattern text) RETURNS SETOF desk.compliance_verifications
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
BEGIN
    RETURN QUERY EXECUTE
        'SELECT v.* FROM desk.compliance_verifications v WHERE v.search_text LIKE $1
            AND ((SELECT desk.is_platform_admin()) OR v.workshop_id IN (SELECT desk.my_workshop_ids()))'
        USING p_pattern;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Claims: an admin holds a verification for p_lease_seconds while reading it; nobody else can
-- decide it meanwhile. No transaction stays open while the document is read.
-- ---------------------------------------------------------------------------------------------

-- Claims (or renews) one pending verification. Raises 55P03 when another admin holds a live lease.
-- A decided or expired item is not claimed (there is nothing to decide): the OUT values are NULL.
CREATE FUNCTION desk.claim_verification(p_id bigint, p_lease_seconds integer DEFAULT 900,
                                        OUT claimed_by name, OUT claim_expires_at timestamptz,
                                        OUT version integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    v_holder name;
    v_until timestamptz;
    v_status text;
BEGIN
    PERFORM desk.require_platform_admin();
    IF p_lease_seconds IS NULL OR p_lease_seconds NOT BETWEEN 10 AND 7200 THEN
        RAISE EXCEPTION 'lease must be between 10 s and 2 h' USING ERRCODE = '22023';
    END IF;
    UPDATE desk.compliance_verifications v
       SET claimed_by = session_user,
           claim_expires_at = clock_timestamp() + make_interval(secs => p_lease_seconds)
     WHERE v.id = p_id AND v.status = 'pending'
       AND (v.claimed_by IS NULL OR v.claimed_by = session_user OR v.claim_expires_at <= clock_timestamp())
    RETURNING v.claimed_by, v.claim_expires_at, v.version INTO claimed_by, claim_expires_at, version;
    IF NOT FOUND THEN
        SELECT v.claimed_by, v.claim_expires_at, v.status, v.version INTO v_holder, v_until, v_status, version
          FROM desk.compliance_verifications v WHERE v.id = p_id;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'verification % does not exist', p_id USING ERRCODE = 'P0002';
        END IF;
        IF v_status <> 'pending' THEN
            RETURN; -- nothing to claim
        END IF;
        RAISE EXCEPTION 'verification % is being reviewed by %', p_id, v_holder
            USING ERRCODE = '55P03', DETAIL = format('claimed_by=%s until=%s', v_holder, v_until);
    END IF;
END
$$;

-- Claims the oldest pending verification nobody holds (or whose lease lapsed). NULL when none.
-- Concurrent callers never get the same row (FOR UPDATE SKIP LOCKED).
CREATE FUNCTION desk.claim_next_verification(p_lease_seconds integer DEFAULT 900) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    v_id bigint;
BEGIN
    PERFORM desk.require_platform_admin();
    IF p_lease_seconds IS NULL OR p_lease_seconds NOT BETWEEN 10 AND 7200 THEN
        RAISE EXCEPTION 'lease must be between 10 s and 2 h' USING ERRCODE = '22023';
    END IF;
    UPDATE desk.compliance_verifications v
       SET claimed_by = session_user,
           claim_expires_at = clock_timestamp() + make_interval(secs => p_lease_seconds)
     WHERE v.id = (SELECT c.id FROM desk.compliance_verifications c
                    WHERE c.status = 'pending'
                      AND (c.claimed_by IS NULL OR c.claim_expires_at <= clock_timestamp())
                    ORDER BY c.status, c.submitted_at, c.id
                    LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING v.id INTO v_id;
    RETURN v_id;
END
$$;

CREATE FUNCTION desk.release_verification(p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
BEGIN
    PERFORM desk.require_platform_admin();
    UPDATE desk.compliance_verifications v SET claimed_by = NULL, claim_expires_at = NULL
     WHERE v.id = p_id AND v.claimed_by = session_user;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Decisions
-- ---------------------------------------------------------------------------------------------

-- Promotion rule (seed compliance-migration-plan.md, admin verification endpoint): when every
-- required verification of a mechanic is approved and unexpired, the mechanic becomes
-- workshop_verified, may perform physical work, compliance_status = approved, tier
-- workshop_affiliated (licensed_mobile keeps its tier). Returns true when it promoted.
CREATE FUNCTION desk.promote_mechanic_if_complete(p_mechanic_id bigint) RETURNS boolean
LANGUAGE plpgsql SET search_path = desk, pg_temp AS $$
DECLARE
    v_missing integer;
    v_mech desk.mechanics%ROWTYPE;
BEGIN
    SELECT * INTO v_mech FROM desk.mechanics WHERE id = p_mechanic_id FOR UPDATE;
    SELECT count(*) INTO v_missing
      FROM desk.required_verifications r
     WHERE r.entity_type = 'mechanic'
       AND NOT EXISTS (SELECT 1 FROM desk.compliance_verifications v
                        WHERE v.entity_type = 'mechanic' AND v.entity_id = p_mechanic_id
                          AND v.verification_type = r.verification_type AND v.status = 'approved'
                          AND (v.expiry_date IS NULL OR v.expiry_date >= desk.local_today(v.workshop_id)));
    IF v_missing > 0 THEN
        RETURN false;
    END IF;
    IF v_mech.workshop_id IS NULL AND v_mech.service_tier <> 'licensed_mobile' THEN
        -- Documents are fine but there is no workshop to affiliate with: compliant, virtual only.
        UPDATE desk.mechanics SET compliance_status = 'approved', version = version + 1
         WHERE id = p_mechanic_id;
        RETURN false;
    END IF;
    UPDATE desk.mechanics m
       SET workshop_verified = true,
           can_perform_physical_work = true,
           compliance_status = 'approved',
           service_tier = CASE WHEN m.service_tier = 'licensed_mobile' THEN 'licensed_mobile'
                               ELSE 'workshop_affiliated' END,
           business_license_number = coalesce(
               (SELECT v.license_number FROM desk.compliance_verifications v
                 WHERE v.entity_type = 'mechanic' AND v.entity_id = m.id AND v.status = 'approved'
                   AND v.verification_type = 'business_license' ORDER BY v.verified_at DESC LIMIT 1),
               m.business_license_number),
           insurance_policy_number = coalesce(
               (SELECT v.policy_number FROM desk.compliance_verifications v
                 WHERE v.entity_type = 'mechanic' AND v.entity_id = m.id AND v.status = 'approved'
                   AND v.verification_type = 'insurance' ORDER BY v.verified_at DESC LIMIT 1),
               m.insurance_policy_number),
           insurance_expiry_date = coalesce(
               (SELECT v.expiry_date FROM desk.compliance_verifications v
                 WHERE v.entity_type = 'mechanic' AND v.entity_id = m.id AND v.status = 'approved'
                   AND v.verification_type = 'insurance' ORDER BY v.verified_at DESC LIMIT 1),
               m.insurance_expiry_date),
           version = m.version + 1
     WHERE m.id = p_mechanic_id;
    RETURN true;
END
$$;

-- Applies an approved workshop verification to the workshop's compliance fields.
CREATE FUNCTION desk.apply_workshop_verification(p_v desk.compliance_verifications) RETURNS void
LANGUAGE plpgsql SET search_path = desk, pg_temp AS $$
BEGIN
    IF p_v.verification_type = 'business_license' THEN
        UPDATE desk.organizations SET business_license_verified = true,
               business_license_number = coalesce(p_v.license_number, business_license_number),
               business_license_expiry = coalesce(p_v.expiry_date, business_license_expiry),
               version = version + 1
         WHERE id = p_v.entity_id;
    ELSIF p_v.verification_type = 'zoning' THEN
        UPDATE desk.organizations SET zoning_compliance_verified = true, version = version + 1
         WHERE id = p_v.entity_id;
    ELSIF p_v.verification_type = 'insurance' THEN
        UPDATE desk.organizations
           SET liability_insurance_amount_cents = coalesce(p_v.coverage_amount_cents, liability_insurance_amount_cents),
               liability_insurance_expiry = coalesce(p_v.expiry_date, liability_insurance_expiry),
               version = version + 1
         WHERE id = p_v.entity_id;
    END IF;
END
$$;

CREATE FUNCTION desk.verification_type_label(p_type text, p_lang text) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN p_lang = 'fr' THEN
        CASE p_type WHEN 'business_license' THEN 'permis d''exploitation' WHEN 'insurance' THEN 'assurance'
                    WHEN 'zoning' THEN 'conformité du zonage' WHEN 'certification' THEN 'certification'
                    WHEN 'employment' THEN 'preuve d''emploi' WHEN 'ownership' THEN 'preuve de propriété'
                    ELSE p_type END
    ELSE
        CASE p_type WHEN 'business_license' THEN 'business licence' WHEN 'insurance' THEN 'insurance certificate'
                    WHEN 'zoning' THEN 'zoning compliance' WHEN 'certification' THEN 'certification'
                    WHEN 'employment' THEN 'proof of employment' WHEN 'ownership' THEN 'proof of ownership'
                    ELSE p_type END
    END
$$;

-- Writes the one notification row for a decision, in the recipient's language.
CREATE FUNCTION desk.notify_entity(p_v desk.compliance_verifications, p_kind text, p_extra text)
RETURNS void
LANGUAGE plpgsql SET search_path = desk, pg_temp AS $$
DECLARE
    v_lang text;
    v_doc text;
    v_title text;
    v_msg text;
BEGIN
    IF p_v.entity_type = 'mechanic' THEN
        SELECT preferred_language INTO v_lang FROM desk.mechanics WHERE id = p_v.entity_id;
    ELSE
        SELECT preferred_language INTO v_lang FROM desk.organizations WHERE id = p_v.entity_id;
    END IF;
    v_lang := coalesce(v_lang, 'en');
    v_doc := desk.verification_type_label(p_v.verification_type, v_lang);
    IF v_lang = 'fr' THEN
        v_title := CASE p_kind WHEN 'approved' THEN 'Document approuvé'
                               WHEN 'rejected' THEN 'Document refusé'
                               WHEN 'info_requested' THEN 'Renseignements supplémentaires demandés'
                               WHEN 'expired' THEN 'Document expiré' END;
        v_msg := CASE p_kind WHEN 'approved' THEN format('Votre %s a été approuvé.', v_doc)
                             WHEN 'rejected' THEN format('Votre %s a été refusé : %s', v_doc, p_extra)
                             WHEN 'info_requested' THEN format('Au sujet de votre %s : %s', v_doc, p_extra)
                             WHEN 'expired' THEN format('Votre %s est expiré. Téléversez un document à jour.', v_doc) END;
    ELSE
        v_title := CASE p_kind WHEN 'approved' THEN 'Document approved'
                               WHEN 'rejected' THEN 'Document rejected'
                               WHEN 'info_requested' THEN 'More information requested'
                               WHEN 'expired' THEN 'Document expired' END;
        v_msg := CASE p_kind WHEN 'approved' THEN format('Your %s was approved.', v_doc)
                             WHEN 'rejected' THEN format('Your %s was rejected: %s', v_doc, p_extra)
                             WHEN 'info_requested' THEN format('About your %s: %s', v_doc, p_extra)
                             WHEN 'expired' THEN format('Your %s has expired. Please upload a current one.', v_doc) END;
    END IF;
    INSERT INTO desk.mechanic_notifications (mechanic_id, workshop_id, verification_id, notification_type,
                                             title, message, action_url)
    VALUES (p_v.mechanic_id, CASE WHEN p_v.entity_type = 'mechanic' THEN NULL ELSE p_v.entity_id END,
            p_v.id, 'verification_' || p_kind, v_title, v_msg, '/mechanic/compliance');
END
$$;

-- Decides one verification in one transaction: 'approve', 'reject' (p_reason_code required) or
-- 'request_info' (p_note required; stays pending). p_version must equal the row's version.
-- p_fields may correct the document's fields before deciding: any of the keys license_number,
-- policy_number, coverage_amount_cents, expiry_date (ISO date); a present key with JSON null clears.
-- Returns the new version. Writes exactly one audit_log row and one notification row.
CREATE FUNCTION desk.decide_verification(p_id bigint, p_version integer, p_decision text,
                                         p_reason_code text DEFAULT NULL, p_note text DEFAULT NULL,
                                         p_fields jsonb DEFAULT '{}'::jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    v desk.compliance_verifications%ROWTYPE;
    v_old desk.compliance_verifications%ROWTYPE;
    v_promoted boolean := false;
    v_reason_label text;
    v_lang text;
BEGIN
    PERFORM desk.require_platform_admin();
    IF p_decision NOT IN ('approve', 'reject', 'request_info') THEN
        RAISE EXCEPTION 'unknown decision "%"', p_decision USING ERRCODE = '22023';
    END IF;
    SELECT * INTO v FROM desk.compliance_verifications WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'verification % does not exist', p_id USING ERRCODE = 'P0002';
    END IF;
    v_old := v;
    IF v.version <> p_version THEN
        RAISE EXCEPTION 'verification % was changed by someone else (version % is now %)', p_id, p_version, v.version
            USING ERRCODE = '40001', HINT = 'reload';
    END IF;
    IF v.claimed_by IS NOT NULL AND v.claimed_by <> session_user AND v.claim_expires_at > clock_timestamp() THEN
        RAISE EXCEPTION 'verification % is being reviewed by %', p_id, v.claimed_by
            USING ERRCODE = '55P03', DETAIL = format('claimed_by=%s until=%s', v.claimed_by, v.claim_expires_at);
    END IF;
    IF v.status <> 'pending' THEN
        RAISE EXCEPTION 'verification % is already %', p_id, v.status USING ERRCODE = 'AD001';
    END IF;

    IF p_fields ? 'license_number' THEN v.license_number := nullif(trim(p_fields ->> 'license_number'), ''); END IF;
    IF p_fields ? 'policy_number' THEN v.policy_number := nullif(trim(p_fields ->> 'policy_number'), ''); END IF;
    IF p_fields ? 'coverage_amount_cents' THEN v.coverage_amount_cents := (p_fields ->> 'coverage_amount_cents')::bigint; END IF;
    IF p_fields ? 'expiry_date' THEN v.expiry_date := (p_fields ->> 'expiry_date')::date; END IF;

    IF p_decision = 'approve' THEN
        IF v.verification_type IN ('insurance', 'business_license') AND v.expiry_date IS NULL THEN
            RAISE EXCEPTION 'an expiry date is required to approve a %', v.verification_type
                USING ERRCODE = '22023', COLUMN = 'expiry_date';
        END IF;
        IF v.expiry_date IS NOT NULL AND v.expiry_date < desk.local_today(v.workshop_id) THEN
            RAISE EXCEPTION 'the document expired on %', v.expiry_date USING ERRCODE = '22023', COLUMN = 'expiry_date';
        END IF;
        IF v.verification_type = 'insurance' AND v.policy_number IS NULL THEN
            RAISE EXCEPTION 'a policy number is required to approve insurance'
                USING ERRCODE = '22023', COLUMN = 'policy_number';
        END IF;
        IF v.verification_type = 'business_license' AND v.license_number IS NULL THEN
            RAISE EXCEPTION 'a licence number is required to approve a business licence'
                USING ERRCODE = '22023', COLUMN = 'license_number';
        END IF;
        v.status := 'approved';
        v.rejection_reason_code := NULL;
        v.rejection_note := NULL;
        v.notes := coalesce(nullif(trim(p_note), ''), v.notes);
    ELSIF p_decision = 'reject' THEN
        IF p_reason_code IS NULL OR NOT EXISTS (SELECT 1 FROM desk.rejection_reasons WHERE code = p_reason_code) THEN
            RAISE EXCEPTION 'a rejection needs a reason code' USING ERRCODE = '22023', COLUMN = 'rejection_reason_code';
        END IF;
        IF p_reason_code = 'other' AND nullif(trim(p_note), '') IS NULL THEN
            RAISE EXCEPTION 'a rejection for "other" needs a note' USING ERRCODE = '22023', COLUMN = 'rejection_note';
        END IF;
        v.status := 'rejected';
        v.rejection_reason_code := p_reason_code;
        v.rejection_note := nullif(trim(p_note), '');
    ELSE
        IF nullif(trim(p_note), '') IS NULL THEN
            RAISE EXCEPTION 'say what information is needed' USING ERRCODE = '22023', COLUMN = 'info_request_note';
        END IF;
        v.info_requested_at := clock_timestamp();
        v.info_request_note := trim(p_note);
    END IF;

    IF p_decision IN ('approve', 'reject') THEN
        v.verified_by := desk.caller_profile_id();
        v.verified_at := clock_timestamp();
    END IF;

    UPDATE desk.compliance_verifications c
       SET status = v.status, license_number = v.license_number, policy_number = v.policy_number,
           coverage_amount_cents = v.coverage_amount_cents, expiry_date = v.expiry_date,
           rejection_reason_code = v.rejection_reason_code, rejection_note = v.rejection_note,
           info_requested_at = v.info_requested_at, info_request_note = v.info_request_note,
           notes = v.notes, verified_by = v.verified_by, verified_at = v.verified_at,
           claimed_by = NULL, claim_expires_at = NULL, version = c.version + 1, updated_at = clock_timestamp()
     WHERE c.id = p_id
    RETURNING * INTO v;

    IF p_decision = 'approve' THEN
        IF v.entity_type = 'mechanic' THEN
            v_promoted := desk.promote_mechanic_if_complete(v.entity_id);
        ELSE
            PERFORM desk.apply_workshop_verification(v);
        END IF;
    ELSIF p_decision = 'reject' AND v.entity_type = 'mechanic' THEN
        UPDATE desk.mechanics SET compliance_status = 'rejected', version = version + 1
         WHERE id = v.entity_id AND compliance_status = 'pending';
    END IF;

    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('verification.' || p_decision, 'compliance_verifications', v.id, v.workshop_id,
            jsonb_build_object('from_status', v_old.status, 'to_status', v.status,
                               'version', v.version, 'reason_code', p_reason_code, 'note', p_note,
                               'fields', p_fields, 'promoted', v_promoted,
                               'entity_type', v.entity_type, 'entity_id', v.entity_id));

    IF v.entity_type = 'mechanic' THEN
        SELECT preferred_language INTO v_lang FROM desk.mechanics WHERE id = v.entity_id;
    ELSE
        SELECT preferred_language INTO v_lang FROM desk.organizations WHERE id = v.entity_id;
    END IF;
    SELECT CASE WHEN v_lang = 'fr' THEN label_fr ELSE label_en END INTO v_reason_label
      FROM desk.rejection_reasons WHERE code = p_reason_code;
    PERFORM desk.notify_entity(v,
        CASE p_decision WHEN 'approve' THEN 'approved' WHEN 'reject' THEN 'rejected' ELSE 'info_requested' END,
        CASE p_decision WHEN 'reject' THEN concat_ws(' — ', v_reason_label, nullif(trim(p_note), ''))
                        ELSE p_note END);
    RETURN v.version;
END
$$;

CREATE FUNCTION desk.approve_verification(p_id bigint, p_version integer, p_note text DEFAULT NULL,
                                          p_fields jsonb DEFAULT '{}'::jsonb) RETURNS integer
LANGUAGE sql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
    SELECT desk.decide_verification(p_id, p_version, 'approve', NULL, p_note, p_fields)
$$;
CREATE FUNCTION desk.reject_verification(p_id bigint, p_version integer, p_reason_code text,
                                         p_note text DEFAULT NULL, p_fields jsonb DEFAULT '{}'::jsonb)
RETURNS integer
LANGUAGE sql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
    SELECT desk.decide_verification(p_id, p_version, 'reject', p_reason_code, p_note, p_fields)
$$;
CREATE FUNCTION desk.request_verification_info(p_id bigint, p_version integer, p_note text)
RETURNS integer
LANGUAGE sql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
    SELECT desk.decide_verification(p_id, p_version, 'request_info', NULL, p_note, '{}'::jsonb)
$$;

-- ---------------------------------------------------------------------------------------------
-- Expiry sweep: verifications past their expiry date (in the entity's workshop-local calendar)
-- become expired; the physical-work permission they supported is withdrawn. Returns the count.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION desk.expire_sweep() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    v desk.compliance_verifications%ROWTYPE;
    v_count integer := 0;
    v_withdrawn boolean;
BEGIN
    IF NOT (desk.is_platform_admin() OR pg_has_role(session_user, 'adesk_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'only platform admins run the expiry sweep' USING ERRCODE = '42501';
    END IF;
    FOR v IN
        SELECT c.* FROM desk.compliance_verifications c
          LEFT JOIN desk.organizations o ON o.id = c.workshop_id
         WHERE c.status IN ('approved', 'pending') AND c.expiry_date IS NOT NULL
           AND c.expiry_date < desk.local_today(o.id)
         ORDER BY c.id
           FOR UPDATE OF c
    LOOP
        UPDATE desk.compliance_verifications c
           SET status = 'expired', claimed_by = NULL, claim_expires_at = NULL,
               version = c.version + 1, updated_at = clock_timestamp()
         WHERE c.id = v.id;
        v_withdrawn := false;
        IF v.status = 'approved' AND v.entity_type = 'mechanic'
           AND EXISTS (SELECT 1 FROM desk.required_verifications r
                        WHERE r.entity_type = 'mechanic' AND r.verification_type = v.verification_type) THEN
            UPDATE desk.mechanics
               SET can_perform_physical_work = false, workshop_verified = false,
                   compliance_status = 'expired', version = version + 1
             WHERE id = v.entity_id AND (can_perform_physical_work OR compliance_status = 'approved');
            v_withdrawn := FOUND;
        ELSIF v.status = 'approved' AND v.entity_type <> 'mechanic' THEN
            UPDATE desk.organizations
               SET business_license_verified = CASE WHEN v.verification_type = 'business_license'
                                                    THEN false ELSE business_license_verified END,
                   zoning_compliance_verified = CASE WHEN v.verification_type = 'zoning'
                                                     THEN false ELSE zoning_compliance_verified END,
                   version = version + 1
             WHERE id = v.entity_id;
        END IF;
        INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
        VALUES ('verification.expire', 'compliance_verifications', v.id, v.workshop_id,
                jsonb_build_object('from_status', v.status, 'to_status', 'expired',
                                   'expiry_date', v.expiry_date, 'withdrew_physical_work', v_withdrawn,
                                   'entity_type', v.entity_type, 'entity_id', v.entity_id));
        v.status := 'expired';
        PERFORM desk.notify_entity(v, 'expired', NULL);
        v_count := v_count + 1;
    END LOOP;
    RETURN v_count;
END
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA desk FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.postal_code_provinces(text), desk.is_valid_postal_code(text),
                          desk.postal_code_matches_province(text, text), desk.is_valid_time_zone(text),
                          desk.caller_profile_id(), desk.is_platform_admin(), desk.is_finance(),
                          desk.my_workshop_ids(), desk.whoami(), desk.verification_type_label(text, text),
                          desk.local_today(bigint)
    TO adesk_platform_admin, adesk_finance, adesk_workshop_owner;
GRANT EXECUTE ON FUNCTION desk.verification_search(text) TO adesk_platform_admin, adesk_workshop_owner;
GRANT EXECUTE ON FUNCTION desk.require_platform_admin(), desk.claim_verification(bigint, integer),
                          desk.claim_next_verification(integer), desk.release_verification(bigint),
                          desk.decide_verification(bigint, integer, text, text, text, jsonb),
                          desk.approve_verification(bigint, integer, text, jsonb),
                          desk.reject_verification(bigint, integer, text, text, jsonb),
                          desk.request_verification_info(bigint, integer, text), desk.expire_sweep()
    TO adesk_platform_admin;
