-- 0020_requirements_matrix: requirements as a matrix of data, and the entity's checklist
-- (issue 15, "Requirements and the entity's checklist").
--
--   desk.requirement_rules   one row per (province or every province) × entity type × path ×
--       verification type, in effect over [effective_from, effective_to) (local dates; NULL = open).
--       Paths: a mechanic is 'independent' (no workshop: virtual sessions and partnership programs),
--       'workshop_affiliated' (linked to a workshop) or 'licensed_mobile' (its tier); a workshop or a
--       mobile service's path is its entity type. Read by every desk role; written only through
--       desk.add_requirement_rule / desk.end_requirement_rule (admins, audited, today or later: the
--       past is never edited; "today" is the easternmost Canadian date, St. John's, so no zone's
--       past moves).
--   desk.required_verifications   now a view: the rules in effect today (America/Toronto), with
--       their path and province (the 0001 table is dropped; its readers are replaced below).
--   desk.mechanic_path(tier, workshop)            the mechanic's path
--   desk.entity_required_types(entity, id)         the types required of an entity today (its
--       path, province, workshop-local calendar)
--   desk.verification_is_required(entity, id, type)   (0018's signature, now following the matrix)
--   desk.entity_checklist(p_verification_id)       admins: every required item of that
--       verification's entity with its state and the verification behind it
--   desk.approval_effect(p_verification_id) → jsonb   admins: what approving it changes, as a code
--       and arguments ({"code":"completes","tier":"workshop_affiliated"}, {"code":"still_missing",
--       "count":2}, {"code":"renews"}, {"code":"not_required"}, {"code":"decided"}); the sentence
--       is the client's (tr()).
--   New verification types 'environmental_compliance' and 'mvis_license' (Ontario's Motor Vehicle
--   Inspection Station licence): approving them sets organizations.environmental_compliance_verified
--   / mvis_license_number; an MVIS licence needs its licence number to be approved.
--   Promotion, the roster's missing list and the expiry sweep's withdrawal follow the matrix: an
--   independent mechanic completing the independent set becomes compliance 'approved' (so
--   desk.mechanic_ineligibility's compliance check passes for partnership programs) without physical
--   work (no workshop).
--
-- SQLSTATEs: 42501 not an admin; P0002 no such verification / rule; 22023 a bad argument or a date
-- in the past; 23505 a rule for that item already in effect over those dates.
--
-- desk.expire_sweep is replaced at the end of this file so that its withdrawal asks
-- desk.verification_is_required (0018 left the sweep as it was and sends reminders separately).

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- New verification types
-- ---------------------------------------------------------------------------------------------

ALTER TABLE desk.compliance_verifications DROP CONSTRAINT compliance_verifications_verification_type_check;
ALTER TABLE desk.compliance_verifications ADD CONSTRAINT compliance_verifications_verification_type_check
    CHECK (verification_type IN ('business_license', 'insurance', 'zoning', 'certification', 'employment',
                                 'ownership', 'environmental_compliance', 'mvis_license'));

-- ---------------------------------------------------------------------------------------------
-- The matrix
-- ---------------------------------------------------------------------------------------------

CREATE TABLE desk.requirement_rules (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    province          char(2) CHECK (province IN ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE',
                                                  'QC', 'SK', 'YT')), -- NULL = every province
    entity_type       text NOT NULL CHECK (entity_type IN ('mechanic', 'workshop', 'mobile_service')),
    path              text NOT NULL,
    verification_type text NOT NULL CHECK (verification_type IN ('business_license', 'insurance', 'zoning',
                                               'certification', 'employment', 'ownership',
                                               'environmental_compliance', 'mvis_license')),
    effective_from    date NOT NULL,
    effective_to      date, -- exclusive; NULL = open
    created_by        bigint REFERENCES desk.profiles (id),
    created_at        timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT requirement_rules_path CHECK (
        (entity_type = 'mechanic' AND path IN ('independent', 'workshop_affiliated', 'licensed_mobile'))
        OR (entity_type <> 'mechanic' AND path = entity_type)),
    CONSTRAINT requirement_rules_dates CHECK (effective_to IS NULL OR effective_to > effective_from),
    CONSTRAINT requirement_rules_no_overlap EXCLUDE USING gist (
        (coalesce(province, '*')::text) WITH =, entity_type WITH =, path WITH =, verification_type WITH =,
        daterange(effective_from, effective_to) WITH &&)
);
CREATE INDEX requirement_rules_lookup ON desk.requirement_rules (entity_type, path, verification_type);

-- Seed rules, in effect since the compliance migration (2025-01-01, before any demo or test data).
INSERT INTO desk.requirement_rules (province, entity_type, path, verification_type, effective_from) VALUES
    -- compliance-migration-plan.md, "workshop verification submission" (mechanic/workshop-verification
    -- route): business licence, insurance certificate and proof of employment (0001's set).
    (NULL, 'mechanic', 'workshop_affiliated', 'business_license', '2025-01-01'),
    (NULL, 'mechanic', 'workshop_affiliated', 'insurance', '2025-01-01'),
    (NULL, 'mechanic', 'workshop_affiliated', 'employment', '2025-01-01'),
    -- phase3-partnerships-bays-revenue-plan.md, Week 8 Day 3 (virtual-only onboarding: "Certification
    -- upload and verification") and partnership-system-deferred.md ("Insurance requirements" of a
    -- partnered mechanic): an independent has no employer, so certification and insurance.
    (NULL, 'mechanic', 'independent', 'certification', '2025-01-01'),
    (NULL, 'mechanic', 'independent', 'insurance', '2025-01-01'),
    -- phase3 plan, Phase 7 "Licensed Mobile Services" ("properly licensed mobile companies",
    -- "municipal license verification") and compliance-migration-plan.md ("properly licensed company
    -- only"): the company's licence, insurance, and proof of employment with that company (0001's set).
    (NULL, 'mechanic', 'licensed_mobile', 'business_license', '2025-01-01'),
    (NULL, 'mechanic', 'licensed_mobile', 'insurance', '2025-01-01'),
    (NULL, 'mechanic', 'licensed_mobile', 'employment', '2025-01-01'),
    -- compliance-migration-plan.md, organizations' compliance fields: business licence, zoning,
    -- liability insurance, environmental compliance ("proper environmental compliance"), and
    -- mvis_license_number: Ontario's Motor Vehicle Inspection Station licence, Ontario only.
    (NULL, 'workshop', 'workshop', 'business_license', '2025-01-01'),
    (NULL, 'workshop', 'workshop', 'insurance', '2025-01-01'),
    (NULL, 'workshop', 'workshop', 'zoning', '2025-01-01'),
    (NULL, 'workshop', 'workshop', 'environmental_compliance', '2025-01-01'),
    ('ON', 'workshop', 'workshop', 'mvis_license', '2025-01-01'),
    -- 0001's set for mobile services (compliance-migration-plan.md, "Licensed Mobile Service (Future)").
    (NULL, 'mobile_service', 'mobile_service', 'business_license', '2025-01-01'),
    (NULL, 'mobile_service', 'mobile_service', 'insurance', '2025-01-01');

ALTER TABLE desk.requirement_rules ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.requirement_rules FORCE ROW LEVEL SECURITY;
CREATE POLICY requirement_rules_read ON desk.requirement_rules FOR SELECT USING (true);
REVOKE ALL ON desk.requirement_rules FROM PUBLIC;
GRANT SELECT ON desk.requirement_rules TO adesk_platform_admin, adesk_finance, adesk_workshop_owner;

-- The 0001 table becomes a view over the rules in effect today (Toronto's date).
DROP TABLE desk.required_verifications;
CREATE VIEW desk.required_verifications WITH (security_invoker = true) AS
SELECT r.entity_type, r.path, r.province, r.verification_type
  FROM desk.requirement_rules r
 WHERE r.effective_from <= desk.local_today(NULL)
   AND (r.effective_to IS NULL OR desk.local_today(NULL) < r.effective_to);
REVOKE ALL ON desk.required_verifications FROM PUBLIC;
GRANT SELECT ON desk.required_verifications TO adesk_platform_admin, adesk_finance, adesk_workshop_owner;

-- ---------------------------------------------------------------------------------------------
-- Paths and required sets
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.mechanic_path(p_service_tier text, p_workshop_id bigint) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT CASE WHEN p_service_tier = 'licensed_mobile' THEN 'licensed_mobile'
                WHEN p_workshop_id IS NOT NULL THEN 'workshop_affiliated'
                ELSE 'independent' END
$$;

-- The types required of a path in a province on a date.
CREATE FUNCTION desk.required_types_on(p_entity_type text, p_path text, p_province text, p_on date)
RETURNS text[]
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT coalesce(pg_catalog.array_agg(DISTINCT r.verification_type ORDER BY r.verification_type), '{}')
      FROM desk.requirement_rules r
     WHERE r.entity_type = p_entity_type AND r.path = p_path
       AND (r.province IS NULL OR r.province = p_province)
       AND r.effective_from <= p_on AND (r.effective_to IS NULL OR p_on < r.effective_to)
$$;

-- An entity's path, province and the workshop whose calendar is its "today". No row for a missing
-- entity. Definer: callers ask about entities through functions that checked their right first.
CREATE FUNCTION desk.entity_requirement_context(p_entity_type text, p_entity_id bigint,
                                                OUT path text, OUT province text, OUT workshop_id bigint)
RETURNS SETOF record
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT desk.mechanic_path(m.service_tier, m.workshop_id), coalesce(m.province, o.province)::text,
           m.workshop_id
      FROM desk.mechanics m LEFT JOIN desk.organizations o ON o.id = m.workshop_id
     WHERE p_entity_type = 'mechanic' AND m.id = p_entity_id
    UNION ALL
    SELECT p_entity_type, o.province::text, o.id
      FROM desk.organizations o
     WHERE p_entity_type IN ('workshop', 'mobile_service') AND o.id = p_entity_id
$$;

-- The types required of an entity today, in its workshop-local calendar ('{}' for a missing one).
CREATE FUNCTION desk.entity_required_types(p_entity_type text, p_entity_id bigint) RETURNS text[]
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT coalesce((SELECT desk.required_types_on(p_entity_type, c.path, c.province, desk.local_today(c.workshop_id))
                       FROM desk.entity_requirement_context(p_entity_type, p_entity_id) c), '{}')
$$;

-- Whether a verification type is required of an entity today (0018's signature; the matrix).
CREATE OR REPLACE FUNCTION desk.verification_is_required(p_entity_type text, p_entity_id bigint,
                                                         p_verification_type text) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT p_verification_type = ANY (desk.entity_required_types(p_entity_type, p_entity_id))
$$;

-- An approved, unexpired verification of that type for the entity (in the given local calendar).
CREATE FUNCTION desk.has_valid_verification(p_entity_type text, p_entity_id bigint, p_type text, p_today date)
RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM desk.compliance_verifications v
                    WHERE v.entity_type = p_entity_type AND v.entity_id = p_entity_id
                      AND v.verification_type = p_type AND v.status = 'approved'
                      AND (v.expiry_date IS NULL OR v.expiry_date >= p_today))
$$;

-- ---------------------------------------------------------------------------------------------
-- Promotion and the roster's missing list follow the matrix
-- ---------------------------------------------------------------------------------------------

-- 0002's rule, with the required set of the mechanic's path: when every required verification is
-- approved and unexpired the mechanic is compliance 'approved'; with a workshop (or licensed mobile)
-- also workshop_verified with physical work. An independent completing the independent set is
-- approved without physical work (no workshop): partnership programs are then open to them
-- (desk.mechanic_ineligibility checks compliance_status). A path without rules promotes no one.
CREATE OR REPLACE FUNCTION desk.promote_mechanic_if_complete(p_mechanic_id bigint) RETURNS boolean
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_mech desk.mechanics%ROWTYPE;
    v_required text[];
    v_today date;
    v_type text;
BEGIN
    SELECT * INTO v_mech FROM desk.mechanics WHERE id = p_mechanic_id FOR UPDATE;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    v_required := desk.entity_required_types('mechanic', p_mechanic_id);
    v_today := desk.local_today(v_mech.workshop_id);
    IF pg_catalog.cardinality(v_required) = 0 THEN
        RETURN false;
    END IF;
    FOREACH v_type IN ARRAY v_required LOOP
        IF NOT desk.has_valid_verification('mechanic', p_mechanic_id, v_type, v_today) THEN
            RETURN false;
        END IF;
    END LOOP;
    IF v_mech.workshop_id IS NULL AND v_mech.service_tier <> 'licensed_mobile' THEN
        -- The independent set is complete: compliant, virtual sessions and partnership programs.
        UPDATE desk.mechanics SET compliance_status = 'approved', version = version + 1
         WHERE id = p_mechanic_id AND compliance_status <> 'approved';
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

-- 0015's list, with the mechanic's path and province.
CREATE OR REPLACE FUNCTION desk.mechanic_missing_verifications(p_mechanic_id bigint) RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_out text[] := '{}';
    v_type text;
    v_today date;
BEGIN
    IF NOT desk.caller_sees_mechanic(p_mechanic_id) THEN
        RETURN NULL;
    END IF;
    v_today := desk.local_today((SELECT m.workshop_id FROM desk.mechanics m WHERE m.id = p_mechanic_id));
    FOREACH v_type IN ARRAY desk.entity_required_types('mechanic', p_mechanic_id) LOOP
        IF NOT desk.has_valid_verification('mechanic', p_mechanic_id, v_type, v_today) THEN
            v_out := v_out || v_type;
        END IF;
    END LOOP;
    RETURN v_out;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Workshop fields of the new types, and the MVIS approval rule
-- ---------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION desk.apply_workshop_verification(p_v desk.compliance_verifications) RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
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
    ELSIF p_v.verification_type = 'environmental_compliance' THEN
        UPDATE desk.organizations SET environmental_compliance_verified = true, version = version + 1
         WHERE id = p_v.entity_id;
    ELSIF p_v.verification_type = 'mvis_license' THEN
        UPDATE desk.organizations SET mvis_license_number = p_v.license_number, version = version + 1
         WHERE id = p_v.entity_id;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION desk.verification_type_label(p_type text, p_lang text) RETURNS text
LANGUAGE sql IMMUTABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT CASE WHEN p_lang = 'fr' THEN
        CASE p_type WHEN 'business_license' THEN 'permis d''exploitation' WHEN 'insurance' THEN 'assurance'
                    WHEN 'zoning' THEN 'conformité du zonage' WHEN 'certification' THEN 'certification'
                    WHEN 'employment' THEN 'preuve d''emploi' WHEN 'ownership' THEN 'preuve de propriété'
                    WHEN 'environmental_compliance' THEN 'conformité environnementale'
                    WHEN 'mvis_license' THEN 'permis de station d''inspection des véhicules automobiles (MVIS)'
                    ELSE p_type END
    ELSE
        CASE p_type WHEN 'business_license' THEN 'business licence' WHEN 'insurance' THEN 'insurance certificate'
                    WHEN 'zoning' THEN 'zoning compliance' WHEN 'certification' THEN 'certification'
                    WHEN 'employment' THEN 'proof of employment' WHEN 'ownership' THEN 'proof of ownership'
                    WHEN 'environmental_compliance' THEN 'environmental compliance'
                    WHEN 'mvis_license' THEN 'Motor Vehicle Inspection Station (MVIS) licence'
                    ELSE p_type END
    END
$$;

-- 0002's decision, with one more approval rule: an MVIS licence needs its licence number.
CREATE OR REPLACE FUNCTION desk.decide_verification(p_id bigint, p_version integer, p_decision text,
                                         p_reason_code text DEFAULT NULL, p_note text DEFAULT NULL,
                                         p_fields jsonb DEFAULT '{}'::jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
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
        IF v.verification_type = 'mvis_license' AND v.license_number IS NULL THEN
            RAISE EXCEPTION 'a licence number is required to approve an MVIS licence'
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

-- ---------------------------------------------------------------------------------------------
-- The entity's checklist, beside the document under review
-- ---------------------------------------------------------------------------------------------

-- Every required item of the entity of verification p_verification_id, with its state:
-- approved (unexpired, more than 60 days left), expiring (approved, 0–60 days left), pending,
-- rejected, expired, missing; the verification behind the state (NULL when missing) and its
-- expiry. The best row of each type wins: a valid approval, else a pending one, else the latest
-- rejection, else an expired one. Admins only; one answer for a missing verification.
CREATE FUNCTION desk.entity_checklist(p_verification_id bigint)
RETURNS TABLE (verification_type text, state text, verification_id bigint, expiry_date date, days_left integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v desk.compliance_verifications%ROWTYPE;
    v_today date;
BEGIN
    PERFORM desk.require_platform_admin();
    SELECT * INTO v FROM desk.compliance_verifications c WHERE c.id = p_verification_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such verification' USING ERRCODE = 'P0002';
    END IF;
    v_today := desk.local_today((SELECT x.workshop_id FROM desk.entity_requirement_context(v.entity_type, v.entity_id) x));
    RETURN QUERY
    SELECT t.vt,
           CASE WHEN b.id IS NULL THEN 'missing'
                WHEN b.status = 'approved' AND (b.expiry_date IS NULL OR b.expiry_date - v_today > 60) THEN 'approved'
                WHEN b.status = 'approved' AND b.expiry_date >= v_today THEN 'expiring'
                WHEN b.status IN ('approved', 'expired') THEN 'expired'
                ELSE b.status END,
           b.id, b.expiry_date,
           CASE WHEN b.expiry_date IS NOT NULL THEN b.expiry_date - v_today END
      FROM pg_catalog.unnest(desk.entity_required_types(v.entity_type, v.entity_id)) AS t(vt)
      LEFT JOIN LATERAL (
          SELECT c.id, c.status, c.expiry_date
            FROM desk.compliance_verifications c
           WHERE c.entity_type = v.entity_type AND c.entity_id = v.entity_id AND c.verification_type = t.vt
             AND c.status IN ('approved', 'pending', 'rejected', 'expired')
           ORDER BY CASE WHEN c.status = 'approved' AND (c.expiry_date IS NULL OR c.expiry_date >= v_today) THEN 0
                         WHEN c.status = 'pending' THEN 1
                         WHEN c.status = 'rejected' THEN 2
                         ELSE 3 END,
                    c.submitted_at DESC, c.id DESC
           LIMIT 1) b ON true
     ORDER BY t.vt;
END
$$;

-- What approving verification p_verification_id changes, as a code and its arguments (the client
-- words it): {"code":"decided","status":s} it is not pending; {"code":"not_required"} its type is
-- not required of the entity's path; {"code":"renews"} a valid approval of that type exists;
-- {"code":"completes","entity_type":e,"tier":t} nothing else is missing (t: the mechanic's path,
-- or the entity type); {"code":"still_missing","count":n,"types":[…]} n other items are missing.
CREATE FUNCTION desk.approval_effect(p_verification_id bigint) RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v desk.compliance_verifications%ROWTYPE;
    c record;
    v_today date;
    v_missing text[] := '{}';
    v_type text;
BEGIN
    PERFORM desk.require_platform_admin();
    SELECT * INTO v FROM desk.compliance_verifications x WHERE x.id = p_verification_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such verification' USING ERRCODE = 'P0002';
    END IF;
    IF v.status <> 'pending' THEN
        RETURN jsonb_build_object('code', 'decided', 'status', v.status);
    END IF;
    SELECT * INTO c FROM desk.entity_requirement_context(v.entity_type, v.entity_id);
    v_today := desk.local_today(c.workshop_id);
    IF NOT desk.verification_is_required(v.entity_type, v.entity_id, v.verification_type) THEN
        RETURN jsonb_build_object('code', 'not_required');
    END IF;
    IF desk.has_valid_verification(v.entity_type, v.entity_id, v.verification_type, v_today) THEN
        RETURN jsonb_build_object('code', 'renews');
    END IF;
    FOREACH v_type IN ARRAY desk.entity_required_types(v.entity_type, v.entity_id) LOOP
        IF v_type <> v.verification_type
           AND NOT desk.has_valid_verification(v.entity_type, v.entity_id, v_type, v_today) THEN
            v_missing := v_missing || v_type;
        END IF;
    END LOOP;
    IF pg_catalog.cardinality(v_missing) = 0 THEN
        RETURN jsonb_build_object('code', 'completes', 'entity_type', v.entity_type, 'tier', c.path);
    END IF;
    RETURN jsonb_build_object('code', 'still_missing', 'count', pg_catalog.cardinality(v_missing),
                              'types', to_jsonb(v_missing));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Editing the matrix (admins, audited; today or later)
-- ---------------------------------------------------------------------------------------------

-- The first date an edit may take effect: today in the easternmost Canadian zone, so that no
-- province's past (or today already under way elsewhere) is rewritten.
CREATE FUNCTION desk.requirement_edit_floor() RETURNS date
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT (now() AT TIME ZONE 'America/St_Johns')::date
$$;

-- Adds a rule from p_effective_from (open-ended). Returns its id.
CREATE FUNCTION desk.add_requirement_rule(p_province text, p_entity_type text, p_path text,
                                          p_verification_type text, p_effective_from date) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_id bigint;
    v_province text := nullif(upper(trim(p_province)), '');
BEGIN
    IF NOT desk.is_platform_admin() THEN
        RAISE EXCEPTION 'only platform admins edit the requirements' USING ERRCODE = '42501';
    END IF;
    IF p_effective_from IS NULL OR p_effective_from < desk.requirement_edit_floor() THEN
        RAISE EXCEPTION 'a requirement takes effect today or later, never in the past' USING ERRCODE = '22023';
    END IF;
    IF EXISTS (SELECT 1 FROM desk.requirement_rules r
                WHERE coalesce(r.province, '*') = coalesce(v_province, '*') AND r.entity_type = p_entity_type
                  AND r.path = p_path AND r.verification_type = p_verification_type
                  AND (r.effective_to IS NULL OR r.effective_to > p_effective_from)) THEN
        RAISE EXCEPTION 'this requirement is already in effect on or after that date' USING ERRCODE = '23505';
    END IF;
    BEGIN
        INSERT INTO desk.requirement_rules (province, entity_type, path, verification_type, effective_from, created_by)
        VALUES (v_province, p_entity_type, p_path, p_verification_type, p_effective_from, desk.caller_profile_id())
        RETURNING id INTO v_id;
    EXCEPTION WHEN check_violation THEN
        RAISE EXCEPTION 'not a valid requirement (province, entity, path or document type)' USING ERRCODE = '22023';
    END;
    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('requirement.add', 'requirement_rules', v_id,
            jsonb_build_object('province', v_province, 'entity_type', p_entity_type, 'path', p_path,
                               'verification_type', p_verification_type, 'effective_from', p_effective_from));
    RETURN v_id;
END
$$;

-- Ends rule p_id from p_effective_to (exclusive: the rule no longer applies on that date). A rule
-- that has not begun yet and is ended on or before its start is withdrawn (deleted). Returns true
-- when the rule was ended, false when it was withdrawn.
CREATE FUNCTION desk.end_requirement_rule(p_id bigint, p_effective_to date) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r desk.requirement_rules%ROWTYPE;
BEGIN
    IF NOT desk.is_platform_admin() THEN
        RAISE EXCEPTION 'only platform admins edit the requirements' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO r FROM desk.requirement_rules WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no such requirement' USING ERRCODE = 'P0002';
    END IF;
    IF p_effective_to IS NULL OR p_effective_to < desk.requirement_edit_floor()
       OR (r.effective_to IS NOT NULL AND r.effective_to < desk.requirement_edit_floor()) THEN
        RAISE EXCEPTION 'a requirement takes effect today or later, never in the past' USING ERRCODE = '22023';
    END IF;
    IF r.effective_to IS NOT NULL AND p_effective_to > r.effective_to THEN
        RAISE EXCEPTION 'this requirement already ends on %', r.effective_to USING ERRCODE = '22023';
    END IF;
    IF p_effective_to <= r.effective_from THEN
        DELETE FROM desk.requirement_rules WHERE id = p_id;
    ELSE
        UPDATE desk.requirement_rules SET effective_to = p_effective_to WHERE id = p_id;
    END IF;
    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES (CASE WHEN p_effective_to <= r.effective_from THEN 'requirement.withdraw' ELSE 'requirement.end' END,
            'requirement_rules', p_id,
            jsonb_build_object('province', r.province, 'entity_type', r.entity_type, 'path', r.path,
                               'verification_type', r.verification_type, 'effective_from', r.effective_from,
                               'previous_effective_to', r.effective_to, 'effective_to', p_effective_to));
    RETURN p_effective_to > r.effective_from;
END
$$;

-- The uuid-keyed overloads (0010's pattern): a retried call returns the first result.
CREATE FUNCTION desk.add_requirement_rule(p_request_id uuid, p_province text, p_entity_type text, p_path text,
                                          p_verification_type text, p_effective_from date) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'add_requirement_rule');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id, to_jsonb(desk.add_requirement_rule(
                 p_province, p_entity_type, p_path, p_verification_type, p_effective_from)));
    END IF;
    RETURN (r #>> '{}')::bigint;
END
$$;

CREATE FUNCTION desk.end_requirement_rule(p_request_id uuid, p_id bigint, p_effective_to date) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'end_requirement_rule');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id, to_jsonb(desk.end_requirement_rule(p_id, p_effective_to)));
    END IF;
    RETURN (r #>> '{}')::boolean;
END
$$;

-- The rules in effect on a date (the Requirements pane); readable by every desk role.
CREATE FUNCTION desk.requirement_rules_on(p_on date)
RETURNS TABLE (id bigint, province text, entity_type text, path text, verification_type text,
               effective_from date, effective_to date)
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT r.id, r.province::text, r.entity_type, r.path, r.verification_type, r.effective_from, r.effective_to
      FROM desk.requirement_rules r
     WHERE p_on IS NULL OR (r.effective_from <= p_on AND (r.effective_to IS NULL OR p_on < r.effective_to))
     ORDER BY r.entity_type, r.path, r.province NULLS FIRST, r.verification_type, r.effective_from
$$;

-- ---------------------------------------------------------------------------------------------
-- The expiry sweep's withdrawal follows the matrix
-- ---------------------------------------------------------------------------------------------

CREATE OR REPLACE FUNCTION desk.expire_sweep() RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
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
           AND desk.verification_is_required('mechanic', v.entity_id, v.verification_type) THEN
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
                   environmental_compliance_verified = CASE WHEN v.verification_type = 'environmental_compliance'
                                                            THEN false ELSE environmental_compliance_verified END,
                   mvis_license_number = CASE WHEN v.verification_type = 'mvis_license'
                                              THEN NULL ELSE mvis_license_number END,
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

-- ---------------------------------------------------------------------------------------------
-- Privileges
-- ---------------------------------------------------------------------------------------------

REVOKE ALL ON FUNCTION desk.mechanic_path(text, bigint), desk.required_types_on(text, text, text, date),
    desk.entity_requirement_context(text, bigint), desk.entity_required_types(text, bigint),
    desk.verification_is_required(text, bigint, text), desk.has_valid_verification(text, bigint, text, date),
    desk.entity_checklist(bigint), desk.approval_effect(bigint), desk.requirement_edit_floor(),
    desk.add_requirement_rule(text, text, text, text, date), desk.end_requirement_rule(bigint, date),
    desk.add_requirement_rule(uuid, text, text, text, text, date), desk.end_requirement_rule(uuid, bigint, date),
    desk.requirement_rules_on(date)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.mechanic_path(text, bigint), desk.requirement_rules_on(date),
    desk.requirement_edit_floor()
    TO adesk_platform_admin, adesk_finance, adesk_workshop_owner;
GRANT EXECUTE ON FUNCTION desk.entity_checklist(bigint), desk.approval_effect(bigint),
    desk.verification_is_required(text, bigint, text),
    desk.add_requirement_rule(text, text, text, text, date), desk.end_requirement_rule(bigint, date),
    desk.add_requirement_rule(uuid, text, text, text, text, date), desk.end_requirement_rule(uuid, bigint, date)
    TO adesk_platform_admin;
