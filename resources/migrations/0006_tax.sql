-- 0006_tax: T4A slips, the T4A Summary and the CRA XML return (issue 6).
--
-- Depends on 0001 (roles, helpers, postal code functions, audit_log) and 0005 (the earnings ledger
-- and payouts). Every coupling to the ledger sits in ONE place, the view desk.t4a_payments below;
-- if the ledger changes, only that view changes.
--
-- Rules and their CRA sources (see also models/domain/taxrules.h):
--   * Box 048 "Fees for services": amounts paid in the calendar year to a person or business for
--     services; GST/HST is excluded.            CRA RC4157 "Deducting income tax on pension and other
--                                               income, and filing the T4A slip and Summary", box 048.
--   * A T4A is due when the year's fees for services paid to a payee exceed $500.   RC4157 "Box 048".
--   * SIN: 9 digits, last digit a Luhn (mod 10) check digit. CRA T4A XML spec / Service Canada.
--   * BN (recipient business number): 9 digits + 2-letter program id + 4-digit reference
--     (bnType in the CRA schema: \d{9}\p{L}{2}\d{4}).
--   * Payer account number: 9 digits + RP + 4 digits (CRA "Payroll program account number").
--   * Names: surname 20, given name 12, initial 1, business name 2 × 30, address lines 30, city 28
--     (CRA schema 1-24-1: NameType, Line2Type, CanadaAddressType).
--   * Report type: O original, A amended, C cancelled (slipDataType); summary O or A (otherDataType).
--
-- Security (DESIGN.md "Security model"): every table here is finance-only under FORCE RLS and has no
-- privileges for other roles. Even finance cannot SELECT the sin / bn columns (column privileges):
-- the pane shows the generated masked columns, and the clear value comes only from
-- desk.reveal_tax_number (SECURITY DEFINER, writes an audit_log row) or from desk.t4a_return_rows
-- (the data of an XML return, audited as one row per call). Writes go through
-- desk.save_tax_profile, which validates SIN (Luhn), BN, postal code / province and the CRA name
-- lengths. Profiles collected by the platform's onboarding arrive as typed (the table itself only
-- checks formats that cannot be stored otherwise), so the pane flags their problems; a slip with a
-- problem cannot be finalised (desk.finalize_t4a_slips).
--
-- SQLSTATEs: 42501 not finance; P0002 no such profile/slip; 40001 changed by someone else (version);
-- AD001 wrong state (slip not draft/final/filed as needed); 23514 invalid data (constraint named).

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = desk, public;

-- ---------------------------------------------------------------------------------------------
-- Canadian tax identifiers as immutable functions
-- ---------------------------------------------------------------------------------------------

-- SIN: 9 digits whose Luhn (mod 10) sum is a multiple of 10 (046 454 286 is valid).
CREATE FUNCTION desk.sin_is_valid(p_sin text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT p_sin ~ '^[0-9]{9}$' AND p_sin <> '000000000' AND (
        SELECT sum(CASE WHEN i % 2 = 0
                        THEN (d * 2) / 10 + (d * 2) % 10
                        ELSE d END) % 10 = 0
          FROM (SELECT i, substr(p_sin, i, 1)::int AS d FROM generate_series(1, 9) AS i) x)
$$;

-- Recipient BN: 9-digit root, 2-letter program identifier, 4-digit reference number.
CREATE FUNCTION desk.bn_is_valid(p_bn text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT p_bn ~ '^[0-9]{9}[A-Z]{2}[0-9]{4}$' AND left(p_bn, 9) <> '000000000'
$$;

-- Payer account number for a T4A return: 9 digits + RP + 4 digits.
CREATE FUNCTION desk.payer_account_is_valid(p_account text) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT p_account ~ '^[0-9]{9}RP[0-9]{4}$'
$$;

-- Amount in the CRA XML format: decimal dollars with two decimals, no separators (1234.56).
CREATE FUNCTION desk.cra_amount(p_cents bigint) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN p_cents < 0 THEN '-' ELSE '' END || (abs(p_cents) / 100)::text || '.'
           || lpad((abs(p_cents) % 100)::text, 2, '0')
$$;

-- Masked display of a SIN or BN: only the last three characters.
CREATE FUNCTION desk.mask_tax_number(p_value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN p_value IS NULL THEN NULL
                WHEN length(p_value) = 9 THEN '*** *** ' || right(p_value, 3)
                ELSE '********* ' || right(p_value, 3) END
$$;

-- ---------------------------------------------------------------------------------------------
-- Payer (the platform) and payee tax profiles
-- ---------------------------------------------------------------------------------------------

CREATE TABLE desk.t4a_payer (
    id                   integer PRIMARY KEY DEFAULT 1 CHECK (id = 1), -- one payer: the platform
    name_line1           text NOT NULL CHECK (length(name_line1) BETWEEN 1 AND 30),
    name_line2           text CHECK (length(name_line2) BETWEEN 1 AND 30),
    address_line1        text NOT NULL CHECK (length(address_line1) BETWEEN 1 AND 30),
    address_line2        text CHECK (length(address_line2) BETWEEN 1 AND 30),
    city                 text NOT NULL CHECK (length(city) BETWEEN 1 AND 28),
    province             char(2) NOT NULL,
    postal_code          text NOT NULL,
    payer_account        text NOT NULL CONSTRAINT t4a_payer_account_format CHECK (desk.payer_account_is_valid(payer_account)),
    contact_name         text NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 22),
    contact_area_code    text NOT NULL CHECK (contact_area_code ~ '^[0-9]{3}$'),
    contact_phone        text NOT NULL CHECK (contact_phone ~ '^[0-9]{3}-[0-9]{4}$'),
    contact_extension    text CHECK (contact_extension ~ '^[0-9]{1,5}$'),
    contact_email        text NOT NULL CHECK (contact_email ~ '^[^@\s]+@[^@\s]+$' AND length(contact_email) <= 60),
    -- 2025 T619: TransmitterAccountNumber (bn9 | bn15 | trust | nr4) or TransmitterRepID.
    transmitter_kind     text NOT NULL CHECK (transmitter_kind IN ('bn9', 'bn15', 'trust', 'nr4', 'repid')),
    transmitter_number   text NOT NULL,
    language             char(1) NOT NULL DEFAULT 'E' CHECK (language IN ('E', 'F')),
    version              integer NOT NULL DEFAULT 1,
    CONSTRAINT t4a_payer_postal_code_province CHECK (desk.postal_code_matches_province(postal_code, province)),
    CONSTRAINT t4a_payer_transmitter_format CHECK (CASE transmitter_kind
        WHEN 'bn9' THEN transmitter_number ~ '^[0-9]{9}$'
        WHEN 'bn15' THEN transmitter_number ~ '^[0-9]{9}[A-Z]{2}[0-9]{4}$'
        WHEN 'trust' THEN transmitter_number ~ '^T[0-9]{8}$'
        WHEN 'nr4' THEN transmitter_number ~ '^NR[0-9]{7}$'
        ELSE transmitter_number ~ '^[A-Z0-9]{7}$' END)
);

CREATE TABLE desk.payee_tax_profiles (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    payee_party        text NOT NULL CHECK (payee_party IN ('mechanic', 'workshop')),
    mechanic_id        bigint UNIQUE REFERENCES desk.mechanics (id),
    workshop_id        bigint UNIQUE REFERENCES desk.organizations (id),
    recipient_kind     text NOT NULL CHECK (recipient_kind IN ('individual', 'business')),
    surname            text CHECK (length(surname) BETWEEN 1 AND 20),
    given_name         text CHECK (length(given_name) BETWEEN 1 AND 12),
    initial            text CHECK (initial ~ '^[[:alpha:]]$'),
    business_name      text CHECK (length(business_name) BETWEEN 1 AND 30),
    business_name2     text CHECK (length(business_name2) BETWEEN 1 AND 30),
    -- Stored as typed by onboarding (format only); validity is flagged and checked by the functions.
    sin                text CHECK (sin ~ '^[0-9]{9}$'),
    bn                 text CHECK (bn ~ '^[0-9A-Z]{9,15}$'),
    address_line1      text CHECK (length(address_line1) BETWEEN 1 AND 30),
    address_line2      text CHECK (length(address_line2) BETWEEN 1 AND 30),
    city               text CHECK (length(city) BETWEEN 1 AND 28),
    province           char(2) CHECK (province IN ('AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON',
                                                   'PE', 'QC', 'SK', 'YT')),
    postal_code        text,
    language           text NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'fr')),
    electronic_consent boolean NOT NULL DEFAULT false,
    consent_at         timestamptz,
    -- What finance may see without revealing (column privileges keep sin / bn themselves hidden).
    sin_masked         text GENERATED ALWAYS AS (desk.mask_tax_number(sin)) STORED,
    bn_masked          text GENERATED ALWAYS AS (desk.mask_tax_number(bn)) STORED,
    sin_valid          boolean GENERATED ALWAYS AS (sin IS NOT NULL AND desk.sin_is_valid(sin)) STORED,
    bn_valid           boolean GENERATED ALWAYS AS (bn IS NOT NULL AND desk.bn_is_valid(bn)) STORED,
    updated_at         timestamptz NOT NULL DEFAULT now(),
    updated_by         name NOT NULL DEFAULT session_user,
    version            integer NOT NULL DEFAULT 1,
    CHECK ((payee_party = 'mechanic') = (mechanic_id IS NOT NULL AND workshop_id IS NULL)),
    CHECK ((payee_party = 'workshop') = (workshop_id IS NOT NULL AND mechanic_id IS NULL)),
    CHECK (NOT electronic_consent OR consent_at IS NOT NULL)
);

-- ---------------------------------------------------------------------------------------------
-- Slips and submissions
-- ---------------------------------------------------------------------------------------------

CREATE TABLE desk.t4a_submissions (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tax_year      integer NOT NULL CHECK (tax_year BETWEEN 2000 AND 2099),
    sbmt_ref_id   text NOT NULL CHECK (length(sbmt_ref_id) BETWEEN 1 AND 8),
    report_type   char(1) NOT NULL CHECK (report_type IN ('O', 'A')),
    slip_count    integer NOT NULL CHECK (slip_count >= 0),
    box048_cents  bigint NOT NULL CHECK (box048_cents >= 0),
    xml_sha256    bytea CHECK (octet_length(xml_sha256) = 32),
    filed_at      timestamptz NOT NULL DEFAULT now(),
    filed_by      name NOT NULL DEFAULT session_user,
    UNIQUE (tax_year, sbmt_ref_id)
);

CREATE TABLE desk.t4a_slips (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tax_year        integer NOT NULL CHECK (tax_year BETWEEN 2000 AND 2099),
    payee_party     text NOT NULL CHECK (payee_party IN ('mechanic', 'workshop')),
    payee_id        bigint NOT NULL, -- mechanics.id or organizations.id (checked by trigger-free FK pair below)
    mechanic_id     bigint REFERENCES desk.mechanics (id),
    workshop_id     bigint REFERENCES desk.organizations (id),
    profile_id      bigint REFERENCES desk.payee_tax_profiles (id),
    report_type     char(1) NOT NULL DEFAULT 'O' CHECK (report_type IN ('O', 'A', 'C')),
    status          text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final', 'filed')),
    -- Box 048 fees for services (GST/HST excluded). The other boxes stay NULL (empty) unless used.
    box048_cents    bigint NOT NULL CHECK (box048_cents >= 0),
    box016_cents    bigint CHECK (box016_cents >= 0),  -- pension or superannuation
    box018_cents    bigint CHECK (box018_cents >= 0),  -- lump-sum payments
    box020_cents    bigint CHECK (box020_cents >= 0),  -- self-employed commissions
    box022_cents    bigint CHECK (box022_cents >= 0),  -- income tax deducted
    box024_cents    bigint CHECK (box024_cents >= 0),  -- annuities
    amends_slip_id  bigint REFERENCES desk.t4a_slips (id),
    superseded      boolean NOT NULL DEFAULT false,    -- replaced by an amended / cancelled slip
    submission_id   bigint REFERENCES desk.t4a_submissions (id),
    note            text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    created_by      name NOT NULL DEFAULT session_user,
    finalized_at    timestamptz,
    filed_at        timestamptz,
    version         integer NOT NULL DEFAULT 1,
    CHECK ((payee_party = 'mechanic') = (mechanic_id IS NOT NULL AND workshop_id IS NULL AND mechanic_id = payee_id)),
    CHECK ((payee_party = 'workshop') = (workshop_id IS NOT NULL AND mechanic_id IS NULL AND workshop_id = payee_id)),
    CHECK (report_type = 'O' OR amends_slip_id IS NOT NULL),
    CHECK (status <> 'filed' OR (submission_id IS NOT NULL AND filed_at IS NOT NULL)),
    CHECK (status = 'draft' OR finalized_at IS NOT NULL)
);
-- One current slip per year and payee; superseded ones are the amendment history.
CREATE UNIQUE INDEX t4a_slips_current ON desk.t4a_slips (tax_year, payee_party, payee_id) WHERE NOT superseded;
CREATE INDEX t4a_slips_amends ON desk.t4a_slips (amends_slip_id) WHERE amends_slip_id IS NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- THE coupling to the earnings ledger (0005): desk.t4a_fee_rows, one row per payee fee row (paid or not),
-- and desk.t4a_payments, the paid ones. Columns:
--   payee_party / payee_id   the party of the row and its workshop_id or mechanic_id
--   paid_at                  payouts.paid_at of the payout that paid the row, NULL while unpaid (cash basis: T4A
--                            reports what was PAID in the calendar year)
--   amount_cents             the payee's share (workshop_share, mechanic_share, referral_fee,
--                            commission). GST/HST never sits on payee rows (it is on platform_fee
--                            rows), so the amount excludes GST/HST as box 048 requires. Bay rental and
--                            membership charges move money between payees and are not fees for
--                            services paid by the platform: excluded.
--   earned_period            the ledger month (what the monthly statements sum)
-- security_invoker: the caller's RLS on the ledger applies (finance sees everything).
-- ---------------------------------------------------------------------------------------------
CREATE VIEW desk.t4a_fee_rows WITH (security_invoker = true) AS
SELECT l.id AS ledger_id, l.party AS payee_party, coalesce(l.workshop_id, l.mechanic_id) AS payee_id,
       l.amount_cents, l.period AS earned_period,
       CASE WHEN l.payout_status = 'paid' AND p.status = 'paid' THEN p.paid_at END AS paid_at
  FROM desk.earnings_ledger l
  LEFT JOIN desk.payouts p ON p.id = l.payout_id
 WHERE l.party IN ('workshop', 'mechanic')
   AND l.entry_type NOT IN ('bay_rental_charge', 'membership_fee');

-- The payments themselves (box 048 material): the fee rows that were paid.
CREATE VIEW desk.t4a_payments WITH (security_invoker = true) AS
SELECT ledger_id, payee_party, payee_id, paid_at, amount_cents, earned_period
  FROM desk.t4a_fee_rows WHERE paid_at IS NOT NULL;

-- Year boundaries in the platform's zone (payouts are dated on Toronto time like the statements).
CREATE FUNCTION desk.tax_year_start(p_year integer) RETURNS timestamptz
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT make_date(p_year, 1, 1)::timestamp AT TIME ZONE 'America/Toronto'
$$;

-- The year's payees with fees for services, the slip due, and the check against the statements.
--   fees_cents            box 048: share rows paid in the year
--   statement_cents       the sum of the payee's monthly statements' shares for the year's months
--   unpaid_cents          earned in the year but not paid by 31 December (pending, scheduled,
--                         failed, or paid in a later year)
--   prior_paid_cents      earned in an earlier year, paid in this one
--   statement_cents - fees_cents = unpaid_cents - prior_paid_cents (the explained difference)
--   slip_due              fees_cents > 50000 ($500)
CREATE FUNCTION desk.t4a_year_payees(p_year integer)
RETURNS TABLE (payee_party text, payee_id bigint, fees_cents bigint, statement_cents bigint,
               unpaid_cents bigint, prior_paid_cents bigint, slip_due boolean)
LANGUAGE sql STABLE AS $$
    -- One pass over the fee rows earned or paid in the year (inlinable: no SET, names qualified).
    SELECT r.payee_party, r.payee_id, r.fees, r.stmt, r.unpaid, r.prior, r.fees > 50000
      FROM (SELECT f.payee_party, f.payee_id,
                   coalesce(sum(f.amount_cents) FILTER (WHERE f.paid_at >= desk.tax_year_start(p_year)
                                                          AND f.paid_at < desk.tax_year_start(p_year + 1)), 0)::bigint AS fees,
                   coalesce(sum(f.amount_cents) FILTER (WHERE f.earned_period >= make_date(p_year, 1, 1)
                                                          AND f.earned_period < make_date(p_year + 1, 1, 1)), 0)::bigint AS stmt,
                   coalesce(sum(f.amount_cents) FILTER (WHERE f.earned_period >= make_date(p_year, 1, 1)
                                                          AND f.earned_period < make_date(p_year + 1, 1, 1)
                                                          AND (f.paid_at IS NULL
                                                               OR f.paid_at >= desk.tax_year_start(p_year + 1))), 0)::bigint
                       AS unpaid,
                   coalesce(sum(f.amount_cents) FILTER (WHERE f.earned_period < make_date(p_year, 1, 1)
                                                          AND f.paid_at >= desk.tax_year_start(p_year)
                                                          AND f.paid_at < desk.tax_year_start(p_year + 1)), 0)::bigint
                       AS prior
              FROM desk.t4a_fee_rows f
             WHERE (f.earned_period >= make_date(p_year, 1, 1) AND f.earned_period < make_date(p_year + 1, 1, 1))
                OR (f.paid_at >= desk.tax_year_start(p_year) AND f.paid_at < desk.tax_year_start(p_year + 1))
             GROUP BY 1, 2) r
$$;

-- Problems of a profile that stop a slip from being filed (array of codes), from the columns
-- finance may read (the masked / validity columns, never sin or bn themselves):
--   no_profile, missing_tin (no SIN for an individual / no BN for a business), invalid_sin,
--   invalid_bn, missing_address, postal_province (postal code invalid or not in the province),
--   missing_name.
CREATE FUNCTION desk.tax_problems(p_id bigint, p_kind text, p_sin_masked text, p_sin_valid boolean,
                                  p_bn_masked text, p_bn_valid boolean, p_address_line1 text, p_city text,
                                  p_province text, p_postal_code text, p_surname text, p_business_name text)
RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE WHEN p_id IS NULL THEN ARRAY['no_profile'] ELSE array_remove(ARRAY[
        CASE WHEN (p_kind = 'individual' AND p_sin_masked IS NULL)
               OR (p_kind = 'business' AND p_bn_masked IS NULL) THEN 'missing_tin' END,
        CASE WHEN p_sin_masked IS NOT NULL AND NOT p_sin_valid THEN 'invalid_sin' END,
        CASE WHEN p_bn_masked IS NOT NULL AND NOT p_bn_valid THEN 'invalid_bn' END,
        CASE WHEN p_address_line1 IS NULL OR p_city IS NULL OR p_province IS NULL OR p_postal_code IS NULL
             THEN 'missing_address' END,
        CASE WHEN p_postal_code IS NOT NULL AND p_province IS NOT NULL
              AND NOT desk.postal_code_matches_province(p_postal_code, p_province) THEN 'postal_province' END,
        CASE WHEN (p_kind = 'individual' AND p_surname IS NULL)
               OR (p_kind = 'business' AND p_business_name IS NULL) THEN 'missing_name' END
    ]::text[], NULL) END
$$;

-- The T4A pane's rows for a year: every payee with fees paid or earned in the year, the check
-- against the statements, the masked tax numbers, the problems and the current slip.
-- SECURITY INVOKER: RLS and column privileges of the caller apply (finance).
CREATE FUNCTION desk.t4a_overview(p_year integer)
RETURNS TABLE (payee_party text, payee_id bigint, payee_name text, fees_cents bigint, statement_cents bigint,
               unpaid_cents bigint, prior_paid_cents bigint, slip_due boolean, profile_id bigint,
               profile_version integer, recipient_kind text, sin_masked text, bn_masked text, province text,
               postal_code text, language text, problems text[], slip_id bigint, slip_status text,
               slip_report_type text, slip_box048_cents bigint, slip_version integer, slip_history integer)
LANGUAGE sql STABLE SET search_path = desk, pg_temp AS $$
    SELECT y.payee_party, y.payee_id, coalesce(o.name, m.display_name), y.fees_cents, y.statement_cents,
           y.unpaid_cents, y.prior_paid_cents, y.slip_due, t.id, t.version, t.recipient_kind, t.sin_masked,
           t.bn_masked, t.province::text, t.postal_code,
           coalesce(t.language, CASE WHEN coalesce(o.province, m.province) = 'QC' THEN 'fr'
                                     ELSE coalesce(o.preferred_language, m.preferred_language, 'en') END),
           desk.tax_problems(t.id, t.recipient_kind, t.sin_masked, t.sin_valid, t.bn_masked, t.bn_valid,
                             t.address_line1, t.city, t.province, t.postal_code, t.surname, t.business_name),
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

-- ---------------------------------------------------------------------------------------------
-- Functions (finance only)
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.require_tax_finance() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = desk, pg_temp AS $$
BEGIN
    IF NOT (desk.is_finance() OR pg_has_role(session_user, 'adesk_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'only finance prepares T4A slips' USING ERRCODE = '42501';
    END IF;
END
$$;

-- Creates or updates a payee's tax profile, validating everything the CRA layout needs.
-- p_version 0 creates; otherwise it must match. Returns the new version. NULL p_sin / p_bn keep the
-- stored value (the pane does not know it unless revealed); '' clears it.
CREATE FUNCTION desk.save_tax_profile(p_party text, p_payee_id bigint, p_version integer, p_kind text,
                                      p_surname text, p_given_name text, p_initial text,
                                      p_business_name text, p_business_name2 text, p_sin text, p_bn text,
                                      p_address_line1 text, p_address_line2 text, p_city text,
                                      p_province text, p_postal_code text, p_language text,
                                      p_electronic_consent boolean)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    v_id bigint;
    v_version integer;
    v_consent boolean;
    v_sin text := nullif(regexp_replace(p_sin, '[\s-]', '', 'g'), '');
    v_bn text := nullif(upper(regexp_replace(p_bn, '[\s-]', '', 'g')), '');
    v_postal text := upper(trim(p_postal_code));
BEGIN
    PERFORM desk.require_tax_finance();
    IF p_sin IS NOT NULL AND v_sin IS NOT NULL AND NOT desk.sin_is_valid(v_sin) THEN
        RAISE EXCEPTION 'the SIN is not valid (9 digits with a check digit)'
            USING ERRCODE = '23514', CONSTRAINT = 'payee_tax_profiles_sin_valid', COLUMN = 'sin';
    END IF;
    IF p_bn IS NOT NULL AND v_bn IS NOT NULL AND NOT desk.bn_is_valid(v_bn) THEN
        RAISE EXCEPTION 'the business number is not valid (9 digits, 2 letters, 4 digits)'
            USING ERRCODE = '23514', CONSTRAINT = 'payee_tax_profiles_bn_valid', COLUMN = 'bn';
    END IF;
    IF v_postal IS NOT NULL AND v_postal <> '' AND NOT desk.postal_code_matches_province(v_postal, p_province) THEN
        RAISE EXCEPTION 'the postal code % is not one of %', v_postal, p_province
            USING ERRCODE = '23514', CONSTRAINT = 'payee_tax_profiles_postal_code_province', COLUMN = 'postal_code';
    END IF;
    IF p_kind = 'individual' AND coalesce(trim(p_surname), '') = '' THEN
        RAISE EXCEPTION 'an individual needs a surname'
            USING ERRCODE = '23514', CONSTRAINT = 'payee_tax_profiles_name', COLUMN = 'surname';
    END IF;
    IF p_kind = 'business' AND coalesce(trim(p_business_name), '') = '' THEN
        RAISE EXCEPTION 'a business needs its name'
            USING ERRCODE = '23514', CONSTRAINT = 'payee_tax_profiles_name', COLUMN = 'business_name';
    END IF;

    SELECT id, version, electronic_consent INTO v_id, v_version, v_consent FROM desk.payee_tax_profiles
     WHERE (p_party = 'mechanic' AND mechanic_id = p_payee_id) OR (p_party = 'workshop' AND workshop_id = p_payee_id)
       FOR UPDATE;
    IF v_id IS NULL THEN
        IF coalesce(p_version, 0) <> 0 THEN
            RAISE EXCEPTION 'the tax profile was removed by someone else' USING ERRCODE = '40001';
        END IF;
        INSERT INTO desk.payee_tax_profiles (payee_party, mechanic_id, workshop_id, recipient_kind, surname,
                                             given_name, initial, business_name, business_name2, sin, bn,
                                             address_line1, address_line2, city, province, postal_code, language,
                                             electronic_consent, consent_at)
        VALUES (p_party, CASE WHEN p_party = 'mechanic' THEN p_payee_id END,
                CASE WHEN p_party = 'workshop' THEN p_payee_id END, p_kind, nullif(trim(p_surname), ''),
                nullif(trim(p_given_name), ''), nullif(trim(p_initial), ''), nullif(trim(p_business_name), ''),
                nullif(trim(p_business_name2), ''), v_sin, v_bn, nullif(trim(p_address_line1), ''),
                nullif(trim(p_address_line2), ''), nullif(trim(p_city), ''), nullif(p_province, ''),
                nullif(v_postal, ''), coalesce(p_language, 'en'), coalesce(p_electronic_consent, false),
                CASE WHEN p_electronic_consent THEN now() END)
        RETURNING id INTO v_id;
        v_version := 1;
    ELSE
        IF v_version <> p_version THEN
            RAISE EXCEPTION 'the tax profile was changed by someone else' USING ERRCODE = '40001';
        END IF;
        UPDATE desk.payee_tax_profiles
           SET recipient_kind = p_kind, surname = nullif(trim(p_surname), ''),
               given_name = nullif(trim(p_given_name), ''), initial = nullif(trim(p_initial), ''),
               business_name = nullif(trim(p_business_name), ''), business_name2 = nullif(trim(p_business_name2), ''),
               sin = CASE WHEN p_sin IS NULL THEN sin ELSE v_sin END,
               bn = CASE WHEN p_bn IS NULL THEN bn ELSE v_bn END,
               address_line1 = nullif(trim(p_address_line1), ''), address_line2 = nullif(trim(p_address_line2), ''),
               city = nullif(trim(p_city), ''), province = nullif(p_province, ''), postal_code = nullif(v_postal, ''),
               language = coalesce(p_language, 'en'), electronic_consent = coalesce(p_electronic_consent, false),
               consent_at = CASE WHEN NOT coalesce(p_electronic_consent, false) THEN NULL
                                 WHEN v_consent THEN consent_at ELSE now() END,
               updated_at = now(), updated_by = session_user, version = version + 1
         WHERE id = v_id;
        v_version := v_version + 1;
    END IF;
    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('tax_profile_saved', 'payee_tax_profiles', v_id,
            jsonb_build_object('sin_changed', p_sin IS NOT NULL, 'bn_changed', p_bn IS NOT NULL));
    RETURN v_version;
END
$$;

-- The clear SIN and BN of a profile, for finance, audited (who, when, why).
CREATE FUNCTION desk.reveal_tax_number(p_profile bigint, p_reason text DEFAULT NULL,
                                       OUT sin text, OUT bn text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
BEGIN
    IF NOT desk.is_finance() THEN
        RAISE EXCEPTION 'only finance may see a SIN or BN' USING ERRCODE = '42501';
    END IF;
    SELECT t.sin, t.bn INTO sin, bn FROM desk.payee_tax_profiles t WHERE t.id = p_profile;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'tax profile % does not exist', p_profile USING ERRCODE = 'P0002';
    END IF;
    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('tax_number_revealed', 'payee_tax_profiles', p_profile,
            jsonb_build_object('reason', p_reason, 'sin', sin IS NOT NULL, 'bn', bn IS NOT NULL));
END
$$;

-- Creates / refreshes the draft slips of a year from desk.t4a_year_payees: one per payee whose fees
-- exceed $500. Drafts are recomputed; final and filed slips are left alone (amend them instead);
-- drafts of payees no longer due are removed. Returns the number of draft slips.
CREATE FUNCTION desk.generate_t4a_slips(p_year integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    v_n integer;
BEGIN
    PERFORM desk.require_tax_finance();
    PERFORM pg_advisory_xact_lock(hashtext('t4a_slips'), p_year);
    CREATE TEMP TABLE IF NOT EXISTS pg_temp.adesk_t4a_due (payee_party text, payee_id bigint, fees bigint)
        ON COMMIT DROP;
    TRUNCATE pg_temp.adesk_t4a_due;
    INSERT INTO pg_temp.adesk_t4a_due
    SELECT y.payee_party, y.payee_id, y.fees_cents FROM desk.t4a_year_payees(p_year) y WHERE y.slip_due;

    DELETE FROM desk.t4a_slips s
     WHERE s.tax_year = p_year AND s.status = 'draft' AND s.report_type = 'O' AND NOT s.superseded
       AND NOT EXISTS (SELECT 1 FROM pg_temp.adesk_t4a_due d WHERE d.payee_party = s.payee_party
                                                            AND d.payee_id = s.payee_id);
    UPDATE desk.t4a_slips s
       SET box048_cents = d.fees, version = s.version + 1,
           profile_id = (SELECT t.id FROM desk.payee_tax_profiles t
                          WHERE coalesce(t.mechanic_id, t.workshop_id) = d.payee_id AND t.payee_party = d.payee_party)
      FROM pg_temp.adesk_t4a_due d
     WHERE s.tax_year = p_year AND s.status = 'draft' AND s.report_type = 'O' AND NOT s.superseded
       AND d.payee_party = s.payee_party AND d.payee_id = s.payee_id AND s.box048_cents <> d.fees;
    INSERT INTO desk.t4a_slips (tax_year, payee_party, payee_id, mechanic_id, workshop_id, profile_id, box048_cents)
    SELECT p_year, d.payee_party, d.payee_id, CASE WHEN d.payee_party = 'mechanic' THEN d.payee_id END,
           CASE WHEN d.payee_party = 'workshop' THEN d.payee_id END, t.id, d.fees
      FROM pg_temp.adesk_t4a_due d
      LEFT JOIN desk.payee_tax_profiles t ON t.payee_party = d.payee_party
                                        AND coalesce(t.mechanic_id, t.workshop_id) = d.payee_id
     WHERE NOT EXISTS (SELECT 1 FROM desk.t4a_slips s WHERE s.tax_year = p_year AND NOT s.superseded
                                                       AND s.payee_party = d.payee_party AND s.payee_id = d.payee_id);
    SELECT count(*) INTO v_n FROM desk.t4a_slips WHERE tax_year = p_year AND status = 'draft' AND NOT superseded;
    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('t4a_slips_generated', 't4a_slips', NULL, jsonb_build_object('year', p_year, 'drafts', v_n));
    RETURN v_n;
END
$$;

-- Draft slips of a year (or only p_slips) become final once their payee's profile has no problem.
-- Raises 23514 naming the first payees with problems. Returns the number finalised.
CREATE FUNCTION desk.finalize_t4a_slips(p_year integer, p_slips bigint[] DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    v_bad text;
    v_n integer;
BEGIN
    PERFORM desk.require_tax_finance();
    SELECT string_agg(s.payee_party || ' ' || s.payee_id || ': ' || array_to_string(desk.tax_problems(t.id, t.recipient_kind, t.sin_masked, t.sin_valid, t.bn_masked, t.bn_valid,
                  t.address_line1, t.city, t.province, t.postal_code, t.surname, t.business_name), ', '),
                      '; ' ORDER BY s.id)
      INTO v_bad
      FROM (SELECT * FROM desk.t4a_slips WHERE tax_year = p_year AND status = 'draft' AND NOT superseded
              AND (p_slips IS NULL OR id = ANY (p_slips)) ORDER BY id) s
      LEFT JOIN desk.payee_tax_profiles t ON t.payee_party = s.payee_party
                                         AND coalesce(t.mechanic_id, t.workshop_id) = s.payee_id
     WHERE cardinality(desk.tax_problems(t.id, t.recipient_kind, t.sin_masked, t.sin_valid, t.bn_masked, t.bn_valid,
                  t.address_line1, t.city, t.province, t.postal_code, t.surname, t.business_name)) > 0;
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

-- Records that the final slips p_slips were filed in one return (its T619 sbmt_ref_id and the XML's
-- sha256). The return's report type is A when any slip amends or cancels. Returns the submission id.
CREATE FUNCTION desk.record_t4a_filing(p_year integer, p_sbmt_ref_id text, p_slips bigint[], p_xml_sha256 bytea)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    v_id bigint;
    v_count integer;
    v_total bigint;
    v_amended boolean;
BEGIN
    PERFORM desk.require_tax_finance();
    SELECT count(*), coalesce(sum(box048_cents) FILTER (WHERE report_type <> 'C'), 0), bool_or(report_type <> 'O')
      INTO v_count, v_total, v_amended
      FROM desk.t4a_slips WHERE id = ANY (p_slips) AND tax_year = p_year AND status = 'final' AND NOT superseded;
    IF v_count <> cardinality(p_slips) OR v_count = 0 THEN
        RAISE EXCEPTION 'only final, current slips of % can be filed', p_year USING ERRCODE = 'AD001';
    END IF;
    INSERT INTO desk.t4a_submissions (tax_year, sbmt_ref_id, report_type, slip_count, box048_cents, xml_sha256)
    VALUES (p_year, p_sbmt_ref_id, CASE WHEN v_amended THEN 'A' ELSE 'O' END, v_count, v_total, p_xml_sha256)
    RETURNING id INTO v_id;
    UPDATE desk.t4a_slips SET status = 'filed', filed_at = now(), submission_id = v_id, version = version + 1
     WHERE id = ANY (p_slips);
    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('t4a_filed', 't4a_submissions', v_id, jsonb_build_object('year', p_year, 'slips', v_count));
    RETURN v_id;
END
$$;

-- Amends (p_cancel false) or cancels (true) a filed slip: the filed slip is superseded and a new
-- draft slip of report type A (box 048 = p_box048_cents, or the year's fees when NULL) or C (the
-- filed amounts, as CRA asks for a cancelled slip) takes its place. Returns the new slip's id.
CREATE FUNCTION desk.amend_t4a_slip(p_slip bigint, p_version integer, p_cancel boolean,
                                    p_box048_cents bigint DEFAULT NULL, p_note text DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    s desk.t4a_slips;
    v_amount bigint;
    v_id bigint;
BEGIN
    PERFORM desk.require_tax_finance();
    SELECT * INTO s FROM desk.t4a_slips WHERE id = p_slip FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'slip % does not exist', p_slip USING ERRCODE = 'P0002';
    END IF;
    IF s.version <> p_version THEN
        RAISE EXCEPTION 'slip % was changed by someone else', p_slip USING ERRCODE = '40001';
    END IF;
    IF s.status <> 'filed' OR s.superseded THEN
        RAISE EXCEPTION 'only a filed, current slip can be amended or cancelled' USING ERRCODE = 'AD001';
    END IF;
    IF p_cancel THEN
        v_amount := s.box048_cents;
    ELSE
        v_amount := coalesce(p_box048_cents,
                             (SELECT y.fees_cents FROM desk.t4a_year_payees(s.tax_year) y
                               WHERE y.payee_party = s.payee_party AND y.payee_id = s.payee_id), 0);
    END IF;
    UPDATE desk.t4a_slips SET superseded = true, version = version + 1 WHERE id = p_slip;
    INSERT INTO desk.t4a_slips (tax_year, payee_party, payee_id, mechanic_id, workshop_id, profile_id, report_type,
                                box048_cents, box016_cents, box018_cents, box020_cents, box022_cents, box024_cents,
                                amends_slip_id, note)
    VALUES (s.tax_year, s.payee_party, s.payee_id, s.mechanic_id, s.workshop_id, s.profile_id,
            CASE WHEN p_cancel THEN 'C' ELSE 'A' END, v_amount, s.box016_cents, s.box018_cents, s.box020_cents,
            s.box022_cents, s.box024_cents, p_slip, p_note)
    RETURNING id INTO v_id;
    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES (CASE WHEN p_cancel THEN 't4a_slip_cancelled' ELSE 't4a_slip_amended' END, 't4a_slips', v_id,
            jsonb_build_object('amends', p_slip, 'box048_cents', v_amount));
    RETURN v_id;
END
$$;

-- Everything an XML return / slip PDF needs for the current slips of a year with the given statuses,
-- SIN and BN in clear. SECURITY DEFINER (finance cannot SELECT sin / bn) and audited: one audit_log
-- row per call with the number of slips.
CREATE FUNCTION desk.t4a_return_rows(p_year integer, p_statuses text[] DEFAULT ARRAY['draft', 'final'])
RETURNS TABLE (slip_id bigint, payee_party text, payee_id bigint, report_type char(1), status text,
               box048_cents bigint, box016_cents bigint, box018_cents bigint, box020_cents bigint,
               box022_cents bigint, box024_cents bigint, slip_version integer, profile_id bigint,
               recipient_kind text, surname text, given_name text, initial text, business_name text,
               business_name2 text, sin text, bn text, address_line1 text, address_line2 text, city text,
               province text, postal_code text, language text, problems text[], payee_name text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
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
                             t.address_line1, t.city, t.province, t.postal_code, t.surname, t.business_name),
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

-- Live updates for the T4A pane.
CREATE TRIGGER t4a_slips_notify_insert AFTER INSERT ON desk.t4a_slips
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_new_rows('desk_tax');
CREATE TRIGGER t4a_slips_notify_update AFTER UPDATE ON desk.t4a_slips
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_new_rows('desk_tax');
CREATE TRIGGER payee_tax_profiles_notify_insert AFTER INSERT ON desk.payee_tax_profiles
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_new_rows('desk_tax');
CREATE TRIGGER payee_tax_profiles_notify_update AFTER UPDATE ON desk.payee_tax_profiles
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_new_rows('desk_tax');

-- ---------------------------------------------------------------------------------------------
-- Row-level security and privileges: finance only.
-- ---------------------------------------------------------------------------------------------

ALTER TABLE desk.t4a_payer ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.t4a_payer FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.payee_tax_profiles ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.payee_tax_profiles FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.t4a_submissions ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.t4a_submissions FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.t4a_slips ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.t4a_slips FORCE ROW LEVEL SECURITY;

CREATE POLICY t4a_payer_finance ON desk.t4a_payer FOR ALL
    USING ((SELECT desk.is_finance())) WITH CHECK ((SELECT desk.is_finance()));
CREATE POLICY payee_tax_profiles_finance ON desk.payee_tax_profiles FOR SELECT USING ((SELECT desk.is_finance()));
CREATE POLICY t4a_submissions_finance ON desk.t4a_submissions FOR SELECT USING ((SELECT desk.is_finance()));
CREATE POLICY t4a_slips_finance ON desk.t4a_slips FOR SELECT USING ((SELECT desk.is_finance()));

-- Column privileges: every profile column but sin and bn.
GRANT SELECT (id, payee_party, mechanic_id, workshop_id, recipient_kind, surname, given_name, initial,
              business_name, business_name2, address_line1, address_line2, city, province, postal_code, language,
              electronic_consent, consent_at, sin_masked, bn_masked, sin_valid, bn_valid, updated_at, updated_by,
              version)
    ON desk.payee_tax_profiles TO adesk_finance;
GRANT SELECT, INSERT, UPDATE ON desk.t4a_payer TO adesk_finance;
GRANT SELECT ON desk.t4a_slips, desk.t4a_submissions, desk.t4a_payments, desk.t4a_fee_rows TO adesk_finance;

REVOKE ALL ON FUNCTION desk.sin_is_valid(text), desk.bn_is_valid(text), desk.payer_account_is_valid(text),
    desk.cra_amount(bigint), desk.mask_tax_number(text), desk.tax_year_start(integer),
    desk.t4a_year_payees(integer), desk.tax_problems(bigint, text, text, boolean, text, boolean, text, text, text, text, text, text), desk.t4a_overview(integer), desk.require_tax_finance(),
    desk.save_tax_profile(text, bigint, integer, text, text, text, text, text, text, text, text, text, text, text,
                          text, text, text, boolean),
    desk.reveal_tax_number(bigint, text), desk.generate_t4a_slips(integer), desk.finalize_t4a_slips(integer, bigint[]),
    desk.record_t4a_filing(integer, text, bigint[], bytea), desk.amend_t4a_slip(bigint, integer, boolean, bigint, text),
    desk.t4a_return_rows(integer, text[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.sin_is_valid(text), desk.bn_is_valid(text), desk.payer_account_is_valid(text),
    desk.cra_amount(bigint), desk.mask_tax_number(text)
    TO adesk_finance, adesk_platform_admin, adesk_workshop_owner;
GRANT EXECUTE ON FUNCTION desk.tax_year_start(integer), desk.t4a_year_payees(integer),
    desk.tax_problems(bigint, text, text, boolean, text, boolean, text, text, text, text, text, text), desk.t4a_overview(integer), desk.require_tax_finance(),
    desk.save_tax_profile(text, bigint, integer, text, text, text, text, text, text, text, text, text, text, text,
                          text, text, text, boolean),
    desk.reveal_tax_number(bigint, text), desk.generate_t4a_slips(integer), desk.finalize_t4a_slips(integer, bigint[]),
    desk.record_t4a_filing(integer, text, bigint[], bytea), desk.amend_t4a_slip(bigint, integer, boolean, bigint, text),
    desk.t4a_return_rows(integer, text[])
    TO adesk_finance;
