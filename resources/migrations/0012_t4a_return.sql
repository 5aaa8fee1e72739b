-- 0012_t4a_return: the checks a T4A return needs before the CRA sees it (issue 13).
--
-- Rules and their sources (the C++ mirror is models/tax/sin.h, businessnumber.h, t4arules.h):
--   * BN: the 9-digit root ends with a check digit computed like the SIN's (Luhn, mod 10). CRA
--     "Business number (BN)": 9 digits, the last a check digit; a program account adds two letters
--     and four digits (123456782 RT0001). 000000000 is CRA's "not provided" value, not a BN.
--   * SIN: 9 digits with a Luhn check digit; numbers starting with 8 are business numbers, never an
--     individual's SIN (Service Canada: the first digit says where/how the SIN was issued, 8 is not
--     used for SINs). CRA's own examples use 046 454 286, which stays valid.
--   * The same SIN on two payees' profiles: no writer may store a SIN another profile holds (23505);
--     pairs stored earlier are a problem (duplicate_sin) that stops both slips.
--   * Postal codes starting with X: the forward sortation area decides the territory (Canada Post):
--     X0A, X0B, X0C are Nunavut; X0E, X0G, X1A the Northwest Territories. An X code of another FSA
--     belongs to neither.
--   * T619 (CRA "T619, Electronic Transmittal", 2026V4): sbmt_ref_id is 8 letters or digits (no
--     space, hyphen or other character), unique per transmitter; TransmitterAccountNumber is bn9 (9
--     digits), bn15 (15 characters: BN + program + reference), trust (1 letter + 8 digits) or nr4
--     (3 letters + 6 digits); TransmitterRepID holds a RepID of 7 letters or digits.
--
-- The stored generated columns sin_valid / bn_valid of desk.payee_tax_profiles are recomputed by
-- touching every row once (a generated column follows its expression on UPDATE).

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- Luhn (mod 10) sum of a string of digits is a multiple of 10.
CREATE FUNCTION desk.luhn_ok(p_digits text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT p_digits ~ '^[0-9]+$' AND (
        SELECT sum(CASE WHEN (length(p_digits) - i) % 2 = 1
                        THEN (d * 2) / 10 + (d * 2) % 10
                        ELSE d END) % 10 = 0
          FROM (SELECT i, substr(p_digits, i, 1)::int AS d FROM generate_series(1, length(p_digits)) AS i) x)
$$;

CREATE OR REPLACE FUNCTION desk.sin_is_valid(p_sin text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT p_sin ~ '^[0-9]{9}$' AND p_sin <> '000000000' AND left(p_sin, 1) <> '8' AND desk.luhn_ok(p_sin)
$$;

CREATE FUNCTION desk.bn9_is_valid(p_bn9 text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT p_bn9 ~ '^[0-9]{9}$' AND p_bn9 <> '000000000' AND desk.luhn_ok(p_bn9)
$$;

CREATE OR REPLACE FUNCTION desk.bn_is_valid(p_bn text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT p_bn ~ '^[0-9]{9}[A-Z]{2}[0-9]{4}$' AND desk.bn9_is_valid(left(p_bn, 9))
$$;

CREATE OR REPLACE FUNCTION desk.payer_account_is_valid(p_account text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT p_account ~ '^[0-9]{9}RP[0-9]{4}$' AND desk.bn9_is_valid(left(p_account, 9))
$$;

CREATE OR REPLACE FUNCTION desk.postal_code_provinces(p_postal text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE upper(left(p_postal, 1))
        WHEN 'A' THEN ARRAY['NL'] WHEN 'B' THEN ARRAY['NS'] WHEN 'C' THEN ARRAY['PE']
        WHEN 'E' THEN ARRAY['NB'] WHEN 'G' THEN ARRAY['QC'] WHEN 'H' THEN ARRAY['QC']
        WHEN 'J' THEN ARRAY['QC'] WHEN 'K' THEN ARRAY['ON'] WHEN 'L' THEN ARRAY['ON']
        WHEN 'M' THEN ARRAY['ON'] WHEN 'N' THEN ARRAY['ON'] WHEN 'P' THEN ARRAY['ON']
        WHEN 'R' THEN ARRAY['MB'] WHEN 'S' THEN ARRAY['SK'] WHEN 'T' THEN ARRAY['AB']
        WHEN 'V' THEN ARRAY['BC'] WHEN 'Y' THEN ARRAY['YT']
        WHEN 'X' THEN CASE WHEN upper(left(p_postal, 3)) IN ('X0A', 'X0B', 'X0C') THEN ARRAY['NU']
                           WHEN upper(left(p_postal, 3)) IN ('X0E', 'X0G', 'X1A') THEN ARRAY['NT']
                           ELSE ARRAY[]::text[] END
        ELSE ARRAY[]::text[] END
$$;

-- Recompute sin_valid / bn_valid under the new rules.
UPDATE desk.payee_tax_profiles SET sin = sin, bn = bn;
CREATE INDEX payee_tax_profiles_sin ON desk.payee_tax_profiles (sin) WHERE sin IS NOT NULL;

-- Whether a profile's SIN is also on another profile: a stored flag finance may read (the SIN itself
-- stays hidden), kept by statement triggers after every write of profiles, so the pane reads it
-- with the row instead of a lookup per payee.
ALTER TABLE desk.payee_tax_profiles ADD COLUMN sin_shared boolean NOT NULL DEFAULT false;
UPDATE desk.payee_tax_profiles p SET sin_shared = true
 WHERE p.sin IS NOT NULL AND EXISTS (SELECT 1 FROM desk.payee_tax_profiles q WHERE q.sin = p.sin AND q.id <> p.id);
GRANT SELECT (sin_shared) ON desk.payee_tax_profiles TO adesk_finance;

-- The profiles whose flag may change after a statement: those holding a SIN it wrote or removed,
-- and the rows it wrote.
CREATE FUNCTION desk.payee_tax_profiles_mark_shared() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF pg_trigger_depth() > 1 THEN
        RETURN NULL; -- the flag update below, firing this trigger again
    END IF;
    IF TG_OP = 'INSERT' THEN
        UPDATE desk.payee_tax_profiles p
           SET sin_shared = true
         WHERE p.sin IN (SELECT n.sin FROM new_rows n WHERE n.sin IS NOT NULL)
           AND NOT p.sin_shared
           AND EXISTS (SELECT 1 FROM desk.payee_tax_profiles q WHERE q.sin = p.sin AND q.id <> p.id);
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE desk.payee_tax_profiles p
           SET sin_shared = NOT p.sin_shared
         WHERE (p.sin IN (SELECT n.sin FROM new_rows n WHERE n.sin IS NOT NULL
                          UNION SELECT o.sin FROM old_rows o WHERE o.sin IS NOT NULL)
                OR p.id IN (SELECT n.id FROM new_rows n))
           AND p.sin_shared IS DISTINCT FROM
               (p.sin IS NOT NULL AND
                EXISTS (SELECT 1 FROM desk.payee_tax_profiles q WHERE q.sin = p.sin AND q.id <> p.id));
    ELSE
        UPDATE desk.payee_tax_profiles p
           SET sin_shared = false
         WHERE p.sin IN (SELECT o.sin FROM old_rows o WHERE o.sin IS NOT NULL)
           AND p.sin_shared
           AND NOT EXISTS (SELECT 1 FROM desk.payee_tax_profiles q WHERE q.sin = p.sin AND q.id <> p.id);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER payee_tax_profiles_shared_insert AFTER INSERT ON desk.payee_tax_profiles
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION desk.payee_tax_profiles_mark_shared();
CREATE TRIGGER payee_tax_profiles_shared_update AFTER UPDATE ON desk.payee_tax_profiles
    REFERENCING NEW TABLE AS new_rows OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION desk.payee_tax_profiles_mark_shared();
CREATE TRIGGER payee_tax_profiles_shared_delete AFTER DELETE ON desk.payee_tax_profiles
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION desk.payee_tax_profiles_mark_shared();

-- The problems of 0006 plus duplicate_sin, from the flag (a 13th argument).
CREATE FUNCTION desk.tax_problems(p_id bigint, p_kind text, p_sin_masked text, p_sin_valid boolean,
                                  p_bn_masked text, p_bn_valid boolean, p_address_line1 text, p_city text,
                                  p_province text, p_postal_code text, p_surname text, p_business_name text,
                                  p_sin_shared boolean)
RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN p_id IS NULL THEN ARRAY['no_profile'] ELSE array_remove(ARRAY[
        CASE WHEN (p_kind = 'individual' AND p_sin_masked IS NULL)
               OR (p_kind = 'business' AND p_bn_masked IS NULL) THEN 'missing_tin' END,
        CASE WHEN p_sin_masked IS NOT NULL AND NOT p_sin_valid THEN 'invalid_sin' END,
        CASE WHEN p_sin_masked IS NOT NULL AND p_sin_valid AND p_sin_shared THEN 'duplicate_sin' END,
        CASE WHEN p_bn_masked IS NOT NULL AND NOT p_bn_valid THEN 'invalid_bn' END,
        CASE WHEN p_address_line1 IS NULL OR p_city IS NULL OR p_province IS NULL OR p_postal_code IS NULL
             THEN 'missing_address' END,
        CASE WHEN p_postal_code IS NOT NULL AND p_province IS NOT NULL
              AND NOT desk.postal_code_matches_province(p_postal_code, p_province) THEN 'postal_province' END,
        CASE WHEN (p_kind = 'individual' AND p_surname IS NULL)
               OR (p_kind = 'business' AND p_business_name IS NULL) THEN 'missing_name' END
    ]::text[], NULL) END
$$;

-- The 12-argument form of 0006 answers as the 13-argument one, reading the flag by id (STABLE and
-- PARALLEL RESTRICTED: it reads the table). The callers of 0006 below pass the column instead.
CREATE OR REPLACE FUNCTION desk.tax_problems(p_id bigint, p_kind text, p_sin_masked text, p_sin_valid boolean,
                                             p_bn_masked text, p_bn_valid boolean, p_address_line1 text, p_city text,
                                             p_province text, p_postal_code text, p_surname text, p_business_name text)
RETURNS text[]
LANGUAGE sql STABLE PARALLEL RESTRICTED AS $$
    SELECT desk.tax_problems(p_id, p_kind, p_sin_masked, p_sin_valid, p_bn_masked, p_bn_valid, p_address_line1,
                             p_city, p_province, p_postal_code, p_surname, p_business_name,
                             coalesce((SELECT t.sin_shared FROM desk.payee_tax_profiles t WHERE t.id = p_id), false))
$$;

-- The callers of 0006 pass the flag (bodies as in 0006 but for the 13th argument).
CREATE OR REPLACE FUNCTION desk.t4a_overview(p_year integer)
RETURNS TABLE (payee_party text, payee_id bigint, payee_name text, fees_cents bigint, statement_cents bigint,
               unpaid_cents bigint, prior_paid_cents bigint, slip_due boolean, profile_id bigint,
               profile_version integer, recipient_kind text, sin_masked text, bn_masked text, province text,
               postal_code text, language text, problems text[], slip_id bigint, slip_status text,
               slip_report_type text, slip_box048_cents bigint, slip_version integer, slip_history integer)
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT y.payee_party, y.payee_id, coalesce(o.name, m.display_name), y.fees_cents, y.statement_cents,
           y.unpaid_cents, y.prior_paid_cents, y.slip_due, t.id, t.version, t.recipient_kind, t.sin_masked,
           t.bn_masked, t.province::text, t.postal_code,
           coalesce(t.language, CASE WHEN coalesce(o.province, m.province) = 'QC' THEN 'fr'
                                     ELSE coalesce(o.preferred_language, m.preferred_language, 'en') END),
           desk.tax_problems(t.id, t.recipient_kind, t.sin_masked, t.sin_valid, t.bn_masked, t.bn_valid,
                             t.address_line1, t.city, t.province, t.postal_code, t.surname, t.business_name,
                             coalesce(t.sin_shared, false)),
           s.id, s.status, s.report_type::text, s.box048_cents, s.version,
           (SELECT count(*)::integer FROM desk.t4a_slips h WHERE h.tax_year = p_year AND h.superseded
                                                           AND h.payee_party = y.payee_party AND h.payee_id = y.payee_id)
      FROM desk.t4a_year_payees(p_year) y
      LEFT JOIN desk.organizations o ON y.payee_party = 'workshop' AND o.id = y.payee_id
      LEFT JOIN desk.mechanics m ON y.payee_party = 'mechanic' AND m.id = y.payee_id
      LEFT JOIN desk.payee_tax_profiles t ON (y.payee_party = 'workshop' AND t.workshop_id = y.payee_id)
                                         OR (y.payee_party = 'mechanic' AND t.mechanic_id = y.payee_id)
      LEFT JOIN desk.t4a_slips s ON s.tax_year = p_year AND NOT s.superseded AND s.payee_party = y.payee_party
                                AND s.payee_id = y.payee_id
     ORDER BY y.slip_due DESC, coalesce(o.name, m.display_name), y.payee_party, y.payee_id
$$;


CREATE OR REPLACE FUNCTION desk.t4a_return_rows(p_year integer, p_statuses text[] DEFAULT ARRAY['draft', 'final'])
RETURNS TABLE (slip_id bigint, payee_party text, payee_id bigint, report_type char(1), status text,
               box048_cents bigint, box016_cents bigint, box018_cents bigint, box020_cents bigint,
               box022_cents bigint, box024_cents bigint, slip_version integer, profile_id bigint,
               recipient_kind text, surname text, given_name text, initial text, business_name text,
               business_name2 text, sin text, bn text, address_line1 text, address_line2 text, city text,
               province text, postal_code text, language text, problems text[], payee_name text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_n integer;
BEGIN
    IF NOT desk.is_finance() AND NOT pg_has_role(session_user, 'adesk_owner', 'MEMBER') THEN
        RAISE EXCEPTION 'only finance may read T4A returns' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY
    SELECT s.id, s.payee_party, s.payee_id, s.report_type, s.status, s.box048_cents, s.box016_cents,
           s.box018_cents, s.box020_cents, s.box022_cents, s.box024_cents, s.version, t.id, t.recipient_kind,
           t.surname, t.given_name, t.initial, t.business_name, t.business_name2, t.sin, t.bn, t.address_line1,
           t.address_line2, t.city, t.province::text, t.postal_code,
           coalesce(t.language, CASE WHEN coalesce(o.province, m.province, mo.province) = 'QC' THEN 'fr'
                                     ELSE coalesce(o.preferred_language, m.preferred_language, 'en') END),
           desk.tax_problems(t.id, t.recipient_kind, t.sin_masked, t.sin_valid, t.bn_masked, t.bn_valid,
                             t.address_line1, t.city, t.province, t.postal_code, t.surname, t.business_name,
                             coalesce(t.sin_shared, false)),
           coalesce(o.name, m.display_name)
      FROM desk.t4a_slips s
      LEFT JOIN desk.payee_tax_profiles t ON t.payee_party = s.payee_party
                                         AND coalesce(t.mechanic_id, t.workshop_id) = s.payee_id
      LEFT JOIN desk.organizations o ON s.payee_party = 'workshop' AND o.id = s.payee_id
      LEFT JOIN desk.mechanics m ON s.payee_party = 'mechanic' AND m.id = s.payee_id
      LEFT JOIN desk.organizations mo ON mo.id = m.workshop_id
     WHERE s.tax_year = p_year AND NOT s.superseded AND s.status = ANY (p_statuses)
     ORDER BY s.id;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('t4a_return_read', 't4a_slips', NULL, jsonb_build_object('year', p_year, 'slips', v_n,
                                                                     'statuses', to_jsonb(p_statuses)));
END
$$;


CREATE OR REPLACE FUNCTION desk.finalize_t4a_slips(p_year integer, p_slips bigint[] DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_bad text;
    v_n integer;
BEGIN
    PERFORM desk.require_tax_finance();
    SELECT string_agg(s.payee_party || ' ' || s.payee_id || ': ' || array_to_string(desk.tax_problems(t.id, t.recipient_kind, t.sin_masked, t.sin_valid, t.bn_masked, t.bn_valid,
                  t.address_line1, t.city, t.province, t.postal_code, t.surname, t.business_name,
                             coalesce(t.sin_shared, false)), ', '),
                      '; ' ORDER BY s.id)
      INTO v_bad
      FROM (SELECT * FROM desk.t4a_slips WHERE tax_year = p_year AND status = 'draft' AND NOT superseded
              AND (p_slips IS NULL OR id = ANY (p_slips)) ORDER BY id) s
      LEFT JOIN desk.payee_tax_profiles t ON t.payee_party = s.payee_party
                                         AND coalesce(t.mechanic_id, t.workshop_id) = s.payee_id
     WHERE cardinality(desk.tax_problems(t.id, t.recipient_kind, t.sin_masked, t.sin_valid, t.bn_masked, t.bn_valid,
                  t.address_line1, t.city, t.province, t.postal_code, t.surname, t.business_name,
                             coalesce(t.sin_shared, false))) > 0;
    IF v_bad IS NOT NULL THEN
        RAISE EXCEPTION 'slips with problems cannot be finalised: %', left(v_bad, 500)
            USING ERRCODE = '23514', CONSTRAINT = 't4a_slips_profile_complete';
    END IF;
    UPDATE desk.t4a_slips s
       SET status = 'final', finalized_at = now(), version = version + 1,
           profile_id = (SELECT t.id FROM desk.payee_tax_profiles t
                          WHERE coalesce(t.mechanic_id, t.workshop_id) = s.payee_id AND t.payee_party = s.payee_party)
     WHERE tax_year = p_year AND status = 'draft' AND NOT superseded AND (p_slips IS NULL OR id = ANY (p_slips));
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;


-- Every writer of profiles (desk.save_tax_profile, the platform's onboarding): a SIN that another
-- profile holds is refused (23505). Duplicates stored before this migration stay, flagged by
-- tax_problems (duplicate_sin), and cannot be finalised until one of them is corrected.
CREATE FUNCTION desk.payee_tax_profiles_unique_sin() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NEW.sin IS NOT NULL AND NEW.sin IS DISTINCT FROM OLD.sin AND
       EXISTS (SELECT 1 FROM desk.payee_tax_profiles p WHERE p.sin = NEW.sin AND p.id <> NEW.id) THEN
        RAISE EXCEPTION 'this SIN is already on another payee''s tax profile'
            USING ERRCODE = '23505', CONSTRAINT = 'payee_tax_profiles_sin_unique', COLUMN = 'sin';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER payee_tax_profiles_unique_sin_insert BEFORE INSERT ON desk.payee_tax_profiles
    FOR EACH ROW EXECUTE FUNCTION desk.payee_tax_profiles_unique_sin();
CREATE TRIGGER payee_tax_profiles_unique_sin_update BEFORE UPDATE OF sin ON desk.payee_tax_profiles
    FOR EACH ROW EXECUTE FUNCTION desk.payee_tax_profiles_unique_sin();

-- T619 identifiers: the 2025/2026 layout's formats (new rows; a payer row written under 0006's
-- rules is checked again by the app before a return is written).
ALTER TABLE desk.t4a_payer DROP CONSTRAINT t4a_payer_transmitter_format;
ALTER TABLE desk.t4a_payer ADD CONSTRAINT t4a_payer_transmitter_format CHECK (CASE transmitter_kind
        WHEN 'bn9' THEN desk.bn9_is_valid(transmitter_number)
        WHEN 'bn15' THEN transmitter_number ~ '^[0-9]{9}[A-Z]{2}[0-9]{4}$'
                         AND desk.bn9_is_valid(left(transmitter_number, 9))
        WHEN 'trust' THEN transmitter_number ~ '^[A-Z][0-9]{8}$'
        WHEN 'nr4' THEN transmitter_number ~ '^[A-Z]{3}[0-9]{6}$'
        ELSE transmitter_number ~ '^[A-Z0-9]{7}$' END) NOT VALID;

-- sbmt_ref_id: letters and digits only, unique across the transmitter's filings.
ALTER TABLE desk.t4a_submissions ADD CONSTRAINT t4a_submissions_sbmt_ref_id_format
    CHECK (sbmt_ref_id ~ '^[A-Za-z0-9]{1,8}$') NOT VALID;
CREATE UNIQUE INDEX t4a_submissions_sbmt_ref_id ON desk.t4a_submissions (upper(sbmt_ref_id));

REVOKE ALL ON FUNCTION desk.luhn_ok(text), desk.bn9_is_valid(text), desk.payee_tax_profiles_unique_sin(),
    desk.payee_tax_profiles_mark_shared(),
    desk.tax_problems(bigint, text, text, boolean, text, boolean, text, text, text, text, text, text, boolean)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.luhn_ok(text), desk.bn9_is_valid(text)
    TO adesk_finance, adesk_platform_admin, adesk_workshop_owner;
GRANT EXECUTE ON FUNCTION
    desk.tax_problems(bigint, text, text, boolean, text, boolean, text, text, text, text, text, text, boolean)
    TO adesk_finance;
