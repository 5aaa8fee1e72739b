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

-- Whether profile p_id's SIN is also on another profile. Finance (or the owner) only: anyone else
-- gets false, and the answer never says which other profile.
CREATE FUNCTION desk.tax_profile_sin_shared(p_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT (desk.is_finance() OR pg_has_role(session_user, 'adesk_owner', 'MEMBER'))
       AND EXISTS (SELECT 1 FROM desk.payee_tax_profiles a
                     JOIN desk.payee_tax_profiles b ON b.sin = a.sin AND b.id <> a.id
                    WHERE a.id = p_id AND a.sin IS NOT NULL)
$$;

-- The problems of 0006 plus duplicate_sin (the same SIN on another payee's profile). STABLE (it
-- reads other profiles through desk.tax_profile_sin_shared, a SECURITY DEFINER function) and
-- PARALLEL RESTRICTED (run by the leader of a parallel plan).
CREATE OR REPLACE FUNCTION desk.tax_problems(p_id bigint, p_kind text, p_sin_masked text, p_sin_valid boolean,
                                             p_bn_masked text, p_bn_valid boolean, p_address_line1 text, p_city text,
                                             p_province text, p_postal_code text, p_surname text, p_business_name text)
RETURNS text[]
LANGUAGE sql STABLE PARALLEL RESTRICTED AS $$
    SELECT CASE WHEN p_id IS NULL THEN ARRAY['no_profile'] ELSE array_remove(ARRAY[
        CASE WHEN (p_kind = 'individual' AND p_sin_masked IS NULL)
               OR (p_kind = 'business' AND p_bn_masked IS NULL) THEN 'missing_tin' END,
        CASE WHEN p_sin_masked IS NOT NULL AND NOT p_sin_valid THEN 'invalid_sin' END,
        CASE WHEN p_sin_masked IS NOT NULL AND p_sin_valid AND desk.tax_profile_sin_shared(p_id)
             THEN 'duplicate_sin' END,
        CASE WHEN p_bn_masked IS NOT NULL AND NOT p_bn_valid THEN 'invalid_bn' END,
        CASE WHEN p_address_line1 IS NULL OR p_city IS NULL OR p_province IS NULL OR p_postal_code IS NULL
             THEN 'missing_address' END,
        CASE WHEN p_postal_code IS NOT NULL AND p_province IS NOT NULL
              AND NOT desk.postal_code_matches_province(p_postal_code, p_province) THEN 'postal_province' END,
        CASE WHEN (p_kind = 'individual' AND p_surname IS NULL)
               OR (p_kind = 'business' AND p_business_name IS NULL) THEN 'missing_name' END
    ]::text[], NULL) END
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

REVOKE ALL ON FUNCTION desk.luhn_ok(text), desk.bn9_is_valid(text), desk.tax_profile_sin_shared(bigint),
    desk.payee_tax_profiles_unique_sin() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.luhn_ok(text), desk.bn9_is_valid(text)
    TO adesk_finance, adesk_platform_admin, adesk_workshop_owner;
GRANT EXECUTE ON FUNCTION desk.tax_profile_sin_shared(bigint) TO adesk_finance;
