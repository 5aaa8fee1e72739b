-- 0004_partnerships: partnership programs (bay rental, revenue share, membership) with effective-dated
-- versions, applications, agreements, partnerships with their parts catalog and labour rates.
--
-- Business rules: shared/seeds/phase3-partnerships-bays-revenue-plan.md (program types, applications,
-- approval workflow, agreement generation, signing) and shared/seeds/partnership-system-deferred.md
-- (quote permissions, commission, payment terms, contract dates, parts catalog, labour rates).
--
-- Model:
--   partnership_programs           one per program: name, description, type, status, max partners,
--                                  `version` for optimistic concurrency.
--   partnership_program_versions   the terms. A draft program has one unpublished version edited in
--                                  place; once published a version is frozen (trigger) and a change
--                                  makes version n+1 effective from a date. Applications, agreements
--                                  and partnerships point at the version they used.
--   partnership_applications       a mechanic applies to a program (version in effect that day).
--   partnership_agreements         the accepted version's terms frozen as jsonb, the generated PDF (a
--                                  desk.documents row + its sha256), acceptance by each side.
--   partnerships                   the working relationship (deferred partnership system): quotes,
--                                  commission, payment terms, contract dates; parts and labour rates.
--
-- Splits: shares are basis points of the job's gross. For every version
--   platform_fee_bp + workshop_share_bp + mechanic_share_bp = 10000
-- i.e. workshop and mechanic shares add up to 100 % of what remains after the platform fee
-- (platform_fee_bp is the workshop's fee, copied into the version when it is written).
--
-- SQLSTATEs raised here (plain language in models/store/dberror.cpp):
--   42501 not the owner of this workshop     P0002 no such program/application/agreement
--   40001 the row's version moved            AD001 the application was already decided
--   23514 a rule refused it (eligibility, compliance, max partners, frozen version, status change)
--   22023 bad input (missing reason, bad date, unknown status)

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = desk, public;

-- ---------------------------------------------------------------------------------------------
-- Tables
-- ---------------------------------------------------------------------------------------------

CREATE TABLE desk.partnership_programs (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workshop_id   bigint NOT NULL REFERENCES desk.organizations (id),
    name          text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 120),
    description   text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
    program_type  text NOT NULL CHECK (program_type IN ('bay_rental', 'revenue_share', 'membership')),
    status        text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'paused', 'closed')),
    max_partners  integer CHECK (max_partners IS NULL OR max_partners BETWEEN 1 AND 10000),
    published_at  timestamptz,
    closed_at     timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    version       integer NOT NULL DEFAULT 1
);
CREATE INDEX partnership_programs_workshop ON desk.partnership_programs (workshop_id, status, name, id);

CREATE TABLE desk.partnership_program_versions (
    id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    program_id                bigint NOT NULL REFERENCES desk.partnership_programs (id) ON DELETE CASCADE,
    workshop_id               bigint NOT NULL REFERENCES desk.organizations (id),
    version_no                integer NOT NULL CHECK (version_no >= 1),
    program_type              text NOT NULL CHECK (program_type IN ('bay_rental', 'revenue_share', 'membership')),
    effective_from            date,
    terms_html                text NOT NULL DEFAULT '' CHECK (length(terms_html) <= 200000),
    -- bay rental: at least one price, each positive
    bay_rate_hour_cents       bigint CHECK (bay_rate_hour_cents > 0),
    bay_rate_day_cents        bigint CHECK (bay_rate_day_cents > 0),
    bay_rate_month_cents      bigint CHECK (bay_rate_month_cents > 0),
    -- split of a job's gross (basis points)
    platform_fee_bp           integer NOT NULL CHECK (platform_fee_bp BETWEEN 0 AND 10000),
    workshop_share_bp         integer NOT NULL DEFAULT 0 CHECK (workshop_share_bp BETWEEN 0 AND 10000),
    mechanic_share_bp         integer NOT NULL CHECK (mechanic_share_bp BETWEEN 0 AND 10000),
    -- membership
    membership_fee_cents      bigint CHECK (membership_fee_cents > 0),
    included_bay_hours        integer CHECK (included_bay_hours BETWEEN 0 AND 744),
    overage_rate_hour_cents   bigint CHECK (overage_rate_hour_cents > 0),
    -- eligibility
    min_rating_bp             integer CHECK (min_rating_bp BETWEEN 0 AND 50000),
    min_years_experience      integer NOT NULL DEFAULT 0 CHECK (min_years_experience BETWEEN 0 AND 70),
    required_certifications   text[] NOT NULL DEFAULT '{}' CHECK (required_certifications <@
                                  ARRAY['red_seal', 'provincial_certificate', 'business_license', 'insurance']),
    eligible_service_tiers    text[] NOT NULL DEFAULT '{}' CHECK (eligible_service_tiers <@
                                  ARRAY['virtual_only', 'workshop_affiliated', 'licensed_mobile']),
    published_at              timestamptz,
    created_by                bigint REFERENCES desk.profiles (id),
    created_at                timestamptz NOT NULL DEFAULT now(),
    UNIQUE (program_id, version_no),
    CONSTRAINT program_versions_shares_add_up
        CHECK (platform_fee_bp + workshop_share_bp + mechanic_share_bp = 10000),
    CONSTRAINT program_versions_bay_rental_price CHECK (
        program_type <> 'bay_rental'
        OR (workshop_share_bp = 0
            AND coalesce(bay_rate_hour_cents, bay_rate_day_cents, bay_rate_month_cents) IS NOT NULL)),
    CONSTRAINT program_versions_membership_terms CHECK (
        program_type <> 'membership'
        OR (membership_fee_cents IS NOT NULL AND included_bay_hours IS NOT NULL
            AND overage_rate_hour_cents IS NOT NULL)),
    CONSTRAINT program_versions_published_dated CHECK (published_at IS NULL OR effective_from IS NOT NULL)
);
CREATE INDEX program_versions_effective ON desk.partnership_program_versions (program_id, effective_from, version_no);

CREATE TABLE desk.partnership_applications (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    program_id         bigint NOT NULL REFERENCES desk.partnership_programs (id),
    program_version_id bigint NOT NULL REFERENCES desk.partnership_program_versions (id),
    workshop_id        bigint NOT NULL REFERENCES desk.organizations (id),
    mechanic_id        bigint NOT NULL REFERENCES desk.mechanics (id),
    message            text NOT NULL DEFAULT '' CHECK (length(message) <= 4000),
    status             text NOT NULL DEFAULT 'pending'
                       CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
    reviewed_by        bigint REFERENCES desk.profiles (id),
    reviewed_at        timestamptz,
    reason             text,
    submitted_at       timestamptz NOT NULL DEFAULT now(),
    version            integer NOT NULL DEFAULT 1,
    CONSTRAINT applications_rejection_has_reason CHECK (status <> 'rejected' OR length(btrim(reason)) > 0),
    CONSTRAINT applications_decided_has_reviewer CHECK (
        status NOT IN ('approved', 'rejected') OR (reviewed_by IS NOT NULL AND reviewed_at IS NOT NULL))
);
-- One open application per mechanic and program.
CREATE UNIQUE INDEX applications_one_pending ON desk.partnership_applications (program_id, mechanic_id)
    WHERE status = 'pending';
CREATE INDEX applications_queue ON desk.partnership_applications (program_id, submitted_at, id);
CREATE INDEX applications_program_status ON desk.partnership_applications (program_id, status);
CREATE INDEX applications_workshop ON desk.partnership_applications (workshop_id, mechanic_id);

CREATE TABLE desk.partnership_agreements (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workshop_id           bigint NOT NULL REFERENCES desk.organizations (id),
    program_id            bigint NOT NULL REFERENCES desk.partnership_programs (id),
    program_version_id    bigint NOT NULL REFERENCES desk.partnership_program_versions (id),
    application_id        bigint NOT NULL UNIQUE REFERENCES desk.partnership_applications (id),
    mechanic_id           bigint NOT NULL REFERENCES desk.mechanics (id),
    language              text NOT NULL CHECK (language IN ('en', 'fr')),
    terms                 jsonb NOT NULL,
    document_id           bigint REFERENCES desk.documents (id),
    document_sha256       bytea CHECK (octet_length(document_sha256) = 32),
    workshop_accepted_by  text,
    workshop_accepted_at  timestamptz,
    mechanic_accepted_by  text,
    mechanic_accepted_at  timestamptz,
    effective_date        date NOT NULL,
    end_date              date,
    status                text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'terminated')),
    created_at            timestamptz NOT NULL DEFAULT now(),
    version               integer NOT NULL DEFAULT 1,
    CONSTRAINT agreements_dates CHECK (end_date IS NULL OR end_date >= effective_date),
    CONSTRAINT agreements_document_pair CHECK ((document_id IS NULL) = (document_sha256 IS NULL)),
    CONSTRAINT agreements_workshop_acceptance CHECK ((workshop_accepted_by IS NULL) = (workshop_accepted_at IS NULL)),
    CONSTRAINT agreements_mechanic_acceptance CHECK ((mechanic_accepted_by IS NULL) = (mechanic_accepted_at IS NULL)),
    CONSTRAINT agreements_acceptance_needs_document CHECK (
        (workshop_accepted_at IS NULL AND mechanic_accepted_at IS NULL) OR document_id IS NOT NULL)
);
CREATE INDEX agreements_workshop ON desk.partnership_agreements (workshop_id, created_at, id);

CREATE TABLE desk.partnerships (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workshop_id              bigint NOT NULL REFERENCES desk.organizations (id),
    program_id               bigint NOT NULL REFERENCES desk.partnership_programs (id),
    program_version_id       bigint NOT NULL REFERENCES desk.partnership_program_versions (id),
    mechanic_id              bigint NOT NULL REFERENCES desk.mechanics (id),
    agreement_id             bigint NOT NULL UNIQUE REFERENCES desk.partnership_agreements (id),
    status                   text NOT NULL DEFAULT 'pending'
                             CHECK (status IN ('pending', 'active', 'suspended', 'terminated')),
    can_create_quotes        boolean NOT NULL DEFAULT false,
    quote_approval_required  boolean NOT NULL DEFAULT true,
    max_quote_amount_cents   bigint CHECK (max_quote_amount_cents > 0),
    commission_bp            integer NOT NULL DEFAULT 1500 CHECK (commission_bp BETWEEN 0 AND 10000),
    payment_terms            text NOT NULL DEFAULT 'net_30' CHECK (payment_terms IN ('net_30', 'net_60', 'immediate')),
    contract_start_date      date NOT NULL,
    contract_end_date        date,
    auto_renew               boolean NOT NULL DEFAULT false,
    approved_by              bigint REFERENCES desk.profiles (id),
    approved_at              timestamptz,
    status_reason            text,
    created_at               timestamptz NOT NULL DEFAULT now(),
    updated_at               timestamptz NOT NULL DEFAULT now(),
    version                  integer NOT NULL DEFAULT 1,
    CONSTRAINT partnerships_contract_dates CHECK (contract_end_date IS NULL OR contract_end_date >= contract_start_date),
    CONSTRAINT partnerships_quotes_limit CHECK (NOT can_create_quotes OR max_quote_amount_cents IS NOT NULL)
);
CREATE UNIQUE INDEX partnerships_one_live ON desk.partnerships (program_id, mechanic_id)
    WHERE status IN ('pending', 'active', 'suspended');
CREATE INDEX partnerships_workshop ON desk.partnerships (workshop_id, status, id);
CREATE INDEX partnerships_mechanic ON desk.partnerships (mechanic_id, status);

CREATE TABLE desk.partnership_parts (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partnership_id   bigint NOT NULL REFERENCES desk.partnerships (id) ON DELETE CASCADE,
    workshop_id      bigint NOT NULL REFERENCES desk.organizations (id),
    part_number      text NOT NULL CHECK (length(btrim(part_number)) BETWEEN 1 AND 64),
    part_name        text NOT NULL CHECK (length(btrim(part_name)) BETWEEN 1 AND 200),
    part_category    text NOT NULL DEFAULT '',
    wholesale_cents  bigint NOT NULL CHECK (wholesale_cents >= 0),
    retail_cents     bigint NOT NULL CHECK (retail_cents >= 0),
    lead_time_days   integer NOT NULL DEFAULT 0 CHECK (lead_time_days BETWEEN 0 AND 365),
    valid_from       date NOT NULL DEFAULT current_date,
    valid_until      date,
    version          integer NOT NULL DEFAULT 1,
    CONSTRAINT parts_retail_covers_wholesale CHECK (retail_cents >= wholesale_cents),
    CONSTRAINT parts_validity CHECK (valid_until IS NULL OR valid_until >= valid_from),
    CONSTRAINT parts_no_overlap EXCLUDE USING gist (
        partnership_id WITH =, part_number WITH =,
        daterange(valid_from, valid_until, '[]') WITH &&)
);

CREATE TABLE desk.partnership_labour_rates (
    id                     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    partnership_id         bigint NOT NULL REFERENCES desk.partnerships (id) ON DELETE CASCADE,
    workshop_id            bigint NOT NULL REFERENCES desk.organizations (id),
    service_category       text NOT NULL CHECK (length(btrim(service_category)) BETWEEN 1 AND 64),
    rate_per_hour_cents    bigint NOT NULL CHECK (rate_per_hour_cents > 0),
    mechanic_rate_cents    bigint CHECK (mechanic_rate_cents > 0),
    mechanic_commission_bp integer CHECK (mechanic_commission_bp BETWEEN 0 AND 10000),
    valid_from             date NOT NULL DEFAULT current_date,
    valid_until            date,
    version                integer NOT NULL DEFAULT 1,
    CONSTRAINT labour_rates_validity CHECK (valid_until IS NULL OR valid_until >= valid_from),
    CONSTRAINT labour_rates_no_overlap EXCLUDE USING gist (
        partnership_id WITH =, service_category WITH =,
        daterange(valid_from, valid_until, '[]') WITH &&)
);

-- ---------------------------------------------------------------------------------------------
-- Helpers
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.require_workshop_owner(p_workshop_id bigint) RETURNS void
LANGUAGE plpgsql STABLE SET search_path = desk, pg_temp AS $$
BEGIN
    IF p_workshop_id IS NULL OR NOT EXISTS (SELECT 1 FROM desk.my_workshop_ids() w WHERE w = p_workshop_id) THEN
        RAISE EXCEPTION 'only the owner of this workshop may change its partnership programs'
            USING ERRCODE = '42501';
    END IF;
END
$$;

-- Mechanics who applied to one of the caller's programs (an owner reviews their profile).
CREATE FUNCTION desk.my_applicant_mechanic_ids() RETURNS SETOF bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
    SELECT DISTINCT a.mechanic_id FROM desk.partnership_applications a
     WHERE a.workshop_id IN (SELECT desk.my_workshop_ids())
$$;

-- Bump version/updated_at on every direct update of the editable tables.
CREATE FUNCTION desk.bump_row_version() RETURNS trigger
LANGUAGE plpgsql SET search_path = desk, pg_temp AS $$
BEGIN
    NEW.version := OLD.version + 1;
    RETURN NEW;
END
$$;

-- Fills workshop_id of parts and labour rates from the partnership (the client cannot choose it).
CREATE FUNCTION desk.partnership_child_fill() RETURNS trigger
LANGUAGE plpgsql SET search_path = desk, pg_temp AS $$
BEGIN
    SELECT p.workshop_id INTO NEW.workshop_id FROM desk.partnerships p WHERE p.id = NEW.partnership_id;
    RETURN NEW;
END
$$;
CREATE TRIGGER partnership_parts_fill BEFORE INSERT OR UPDATE OF partnership_id ON desk.partnership_parts
    FOR EACH ROW EXECUTE FUNCTION desk.partnership_child_fill();
CREATE TRIGGER partnership_labour_rates_fill BEFORE INSERT OR UPDATE OF partnership_id
    ON desk.partnership_labour_rates FOR EACH ROW EXECUTE FUNCTION desk.partnership_child_fill();
CREATE TRIGGER partnership_parts_version BEFORE UPDATE ON desk.partnership_parts
    FOR EACH ROW EXECUTE FUNCTION desk.bump_row_version();
CREATE TRIGGER partnership_labour_rates_version BEFORE UPDATE ON desk.partnership_labour_rates
    FOR EACH ROW EXECUTE FUNCTION desk.bump_row_version();

-- Version freezing: a published version never changes and is never deleted (past bookings,
-- statements and agreements keep the terms they used). Publishing (published_at NULL -> set) is the
-- last change allowed.
CREATE FUNCTION desk.program_versions_frozen() RETURNS trigger
LANGUAGE plpgsql SET search_path = desk, pg_temp AS $$
BEGIN
    IF OLD.published_at IS NOT NULL THEN
        RAISE EXCEPTION 'version % of this program is published and can no longer change; save a new version from a date',
            OLD.version_no USING ERRCODE = '23514', CONSTRAINT = 'program_versions_frozen';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    IF NEW.program_id <> OLD.program_id OR NEW.version_no <> OLD.version_no THEN
        RAISE EXCEPTION 'a version cannot move to another program' USING ERRCODE = '23514',
            CONSTRAINT = 'program_versions_frozen';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER program_versions_frozen BEFORE UPDATE OR DELETE ON desk.partnership_program_versions
    FOR EACH ROW EXECUTE FUNCTION desk.program_versions_frozen();

-- Agreements: the frozen terms and the version never change; the PDF is attached once.
CREATE FUNCTION desk.agreements_frozen() RETURNS trigger
LANGUAGE plpgsql SET search_path = desk, pg_temp AS $$
BEGIN
    IF NEW.terms IS DISTINCT FROM OLD.terms OR NEW.program_version_id <> OLD.program_version_id
       OR NEW.mechanic_id <> OLD.mechanic_id OR NEW.workshop_id <> OLD.workshop_id
       OR (OLD.document_id IS NOT NULL AND NEW.document_id IS DISTINCT FROM OLD.document_id) THEN
        RAISE EXCEPTION 'an agreement''s terms and document are frozen' USING ERRCODE = '23514',
            CONSTRAINT = 'agreements_frozen';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER agreements_frozen BEFORE UPDATE ON desk.partnership_agreements
    FOR EACH ROW EXECUTE FUNCTION desk.agreements_frozen();

-- The version of a program in effect on a date (NULL when none).
CREATE FUNCTION desk.program_version_at(p_program_id bigint, p_date date) RETURNS bigint
LANGUAGE sql STABLE SET search_path = desk, pg_temp AS $$
    SELECT v.id FROM desk.partnership_program_versions v
     WHERE v.program_id = p_program_id AND v.published_at IS NOT NULL AND v.effective_from <= p_date
     ORDER BY v.effective_from DESC, v.version_no DESC LIMIT 1
$$;

-- Applications: filled from the program; only published programs accept them.
CREATE FUNCTION desk.applications_fill() RETURNS trigger
LANGUAGE plpgsql SET search_path = desk, pg_temp AS $$
DECLARE
    v_prog desk.partnership_programs%ROWTYPE;
BEGIN
    SELECT * INTO v_prog FROM desk.partnership_programs WHERE id = NEW.program_id;
    IF v_prog.status <> 'published' THEN
        RAISE EXCEPTION 'program "%" is % and does not accept applications', v_prog.name, v_prog.status
            USING ERRCODE = '23514', CONSTRAINT = 'applications_program_published';
    END IF;
    NEW.workshop_id := v_prog.workshop_id;
    -- The version in effect on the day of the application; before the first version's date, the
    -- first version.
    NEW.program_version_id := coalesce(NEW.program_version_id,
                                       desk.program_version_at(NEW.program_id, (NEW.submitted_at)::date),
                                       (SELECT v.id FROM desk.partnership_program_versions v
                                         WHERE v.program_id = NEW.program_id AND v.published_at IS NOT NULL
                                         ORDER BY v.version_no LIMIT 1));
    IF NOT EXISTS (SELECT 1 FROM desk.partnership_program_versions v
                    WHERE v.id = NEW.program_version_id AND v.program_id = NEW.program_id
                      AND v.published_at IS NOT NULL) THEN
        RAISE EXCEPTION 'the application must name a published version of program %', NEW.program_id
            USING ERRCODE = '23514', CONSTRAINT = 'applications_program_published';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER applications_fill BEFORE INSERT ON desk.partnership_applications
    FOR EACH ROW EXECUTE FUNCTION desk.applications_fill();

-- Why a mechanic does not qualify for a program version: codes, empty when eligible.
--   compliance        compliance_status is not approved
--   rating            rating below the minimum (or no rating)
--   experience        fewer years than required
--   tier              service tier not among the eligible ones
--   cert:<code>       a required certification is missing (red_seal, provincial_certificate,
--                     business_license, insurance: an approved, unexpired verification)
CREATE FUNCTION desk.mechanic_ineligibility(p_mechanic_id bigint, p_program_version_id bigint) RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    m desk.mechanics%ROWTYPE;
    v desk.partnership_program_versions%ROWTYPE;
    v_out text[] := '{}';
    v_cert text;
    v_vtype text;
BEGIN
    SELECT * INTO m FROM desk.mechanics WHERE id = p_mechanic_id;
    SELECT * INTO v FROM desk.partnership_program_versions WHERE id = p_program_version_id;
    IF m.id IS NULL OR v.id IS NULL THEN
        RAISE EXCEPTION 'no such mechanic or program version' USING ERRCODE = 'P0002';
    END IF;
    IF m.compliance_status <> 'approved' THEN
        v_out := v_out || 'compliance'::text;
    END IF;
    IF v.min_rating_bp IS NOT NULL AND coalesce(m.rating_bp, -1) < v.min_rating_bp THEN
        v_out := v_out || 'rating'::text;
    END IF;
    IF m.years_experience < v.min_years_experience THEN
        v_out := v_out || 'experience'::text;
    END IF;
    IF cardinality(v.eligible_service_tiers) > 0 AND NOT m.service_tier = ANY (v.eligible_service_tiers) THEN
        v_out := v_out || 'tier'::text;
    END IF;
    FOREACH v_cert IN ARRAY v.required_certifications LOOP
        IF v_cert = 'red_seal' THEN
            IF NOT m.red_seal_certified THEN
                v_out := v_out || ('cert:' || v_cert);
            END IF;
        ELSE
            v_vtype := CASE v_cert WHEN 'provincial_certificate' THEN 'certification' ELSE v_cert END;
            IF NOT EXISTS (SELECT 1 FROM desk.compliance_verifications c
                            WHERE c.entity_type = 'mechanic' AND c.entity_id = p_mechanic_id
                              AND c.verification_type = v_vtype AND c.status = 'approved'
                              AND (c.expiry_date IS NULL OR c.expiry_date >= current_date)) THEN
                v_out := v_out || ('cert:' || v_cert);
            END IF;
        END IF;
    END LOOP;
    RETURN v_out;
END
$$;

-- Live updates on one channel; payload "<kind>:<id>" (kind program | application | agreement |
-- partnership | part | labour_rate) or "<kind>:*" for a bulk change.
CREATE FUNCTION desk.notify_partnership_rows() RETURNS trigger
LANGUAGE plpgsql SET search_path = desk, pg_temp AS $$
DECLARE
    v_count bigint;
BEGIN
    IF TG_OP = 'DELETE' THEN
        SELECT count(*) INTO v_count FROM (SELECT 1 FROM old_rows LIMIT 101) s;
        IF v_count > 100 THEN
            PERFORM pg_notify('desk_partnerships', TG_ARGV[0] || ':*');
        ELSE
            PERFORM pg_notify('desk_partnerships', TG_ARGV[0] || ':' || id) FROM old_rows;
        END IF;
    ELSE
        SELECT count(*) INTO v_count FROM (SELECT 1 FROM new_rows LIMIT 101) s;
        IF v_count > 100 THEN
            PERFORM pg_notify('desk_partnerships', TG_ARGV[0] || ':*');
        ELSE
            PERFORM pg_notify('desk_partnerships', TG_ARGV[0] || ':' || id) FROM new_rows;
        END IF;
    END IF;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES ('partnership_programs', 'program'), ('partnership_applications', 'application'),
                                   ('partnership_agreements', 'agreement'), ('partnerships', 'partnership'),
                                   ('partnership_parts', 'part'), ('partnership_labour_rates', 'labour_rate')) x(tbl, kind)
    LOOP
        EXECUTE format('CREATE TRIGGER %1$s_notify_insert AFTER INSERT ON desk.%1$I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_partnership_rows(%2$L)', t.tbl, t.kind);
        EXECUTE format('CREATE TRIGGER %1$s_notify_update AFTER UPDATE ON desk.%1$I REFERENCING NEW TABLE AS new_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_partnership_rows(%2$L)', t.tbl, t.kind);
        EXECUTE format('CREATE TRIGGER %1$s_notify_delete AFTER DELETE ON desk.%1$I REFERENCING OLD TABLE AS old_rows '
                       'FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_partnership_rows(%2$L)', t.tbl, t.kind);
    END LOOP;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Programs: save, publish/pause/close, new version from a date
-- ---------------------------------------------------------------------------------------------

-- Writes the term columns of a version row from p_data (keys as the column names).
CREATE FUNCTION desk.program_version_from_json(p_v desk.partnership_program_versions, p_data jsonb)
RETURNS desk.partnership_program_versions
LANGUAGE plpgsql IMMUTABLE SET search_path = desk, pg_temp AS $$
BEGIN
    p_v.terms_html := coalesce(p_data ->> 'terms_html', '');
    p_v.bay_rate_hour_cents := (p_data ->> 'bay_rate_hour_cents')::bigint;
    p_v.bay_rate_day_cents := (p_data ->> 'bay_rate_day_cents')::bigint;
    p_v.bay_rate_month_cents := (p_data ->> 'bay_rate_month_cents')::bigint;
    p_v.workshop_share_bp := coalesce((p_data ->> 'workshop_share_bp')::integer, 0);
    p_v.mechanic_share_bp := coalesce((p_data ->> 'mechanic_share_bp')::integer,
                                      10000 - p_v.platform_fee_bp - p_v.workshop_share_bp);
    p_v.membership_fee_cents := (p_data ->> 'membership_fee_cents')::bigint;
    p_v.included_bay_hours := (p_data ->> 'included_bay_hours')::integer;
    p_v.overage_rate_hour_cents := (p_data ->> 'overage_rate_hour_cents')::bigint;
    p_v.min_rating_bp := (p_data ->> 'min_rating_bp')::integer;
    p_v.min_years_experience := coalesce((p_data ->> 'min_years_experience')::integer, 0);
    p_v.required_certifications := coalesce(ARRAY(SELECT jsonb_array_elements_text(p_data -> 'required_certifications')),
                                            '{}');
    p_v.eligible_service_tiers := coalesce(ARRAY(SELECT jsonb_array_elements_text(p_data -> 'eligible_service_tiers')),
                                           '{}');
    RETURN p_v;
END
$$;

-- Creates (p_id NULL) or saves a program. p_data: name, description, program_type, max_partners and
-- the version's term keys (see program_version_from_json). A draft is edited in place; a published
-- or paused program gets a new published version effective from p_effective_from (today or later,
-- not before the latest version's date). Closed programs do not change.
-- Returns the program id, its new row version and the version number now written.
CREATE FUNCTION desk.save_program(p_id bigint, p_version integer, p_workshop_id bigint, p_data jsonb,
                                  p_effective_from date DEFAULT NULL,
                                  OUT program_id bigint, OUT row_version integer, OUT version_no integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    p desk.partnership_programs%ROWTYPE;
    v desk.partnership_program_versions%ROWTYPE;
    v_latest desk.partnership_program_versions%ROWTYPE;
    v_fee integer;
BEGIN
    IF p_id IS NULL THEN
        PERFORM desk.require_workshop_owner(p_workshop_id);
        INSERT INTO desk.partnership_programs (workshop_id, name, description, program_type, max_partners)
        VALUES (p_workshop_id, btrim(p_data ->> 'name'), coalesce(p_data ->> 'description', ''),
                p_data ->> 'program_type', (p_data ->> 'max_partners')::integer)
        RETURNING * INTO p;
    ELSE
        SELECT * INTO p FROM desk.partnership_programs WHERE id = p_id FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'program % does not exist', p_id USING ERRCODE = 'P0002';
        END IF;
        PERFORM desk.require_workshop_owner(p.workshop_id);
        IF p.version <> p_version THEN
            RAISE EXCEPTION 'program "%" was changed by someone else (version % is now %)', p.name, p_version, p.version
                USING ERRCODE = '40001', HINT = 'reload';
        END IF;
        IF p.status = 'closed' THEN
            RAISE EXCEPTION 'program "%" is closed and can no longer change', p.name USING ERRCODE = '23514',
                CONSTRAINT = 'programs_closed';
        END IF;
        IF p.status <> 'draft' AND (p_data ->> 'program_type') IS DISTINCT FROM p.program_type THEN
            RAISE EXCEPTION 'the type of a published program cannot change; create a new program'
                USING ERRCODE = '23514', CONSTRAINT = 'programs_type_fixed';
        END IF;
        UPDATE desk.partnership_programs
           SET name = btrim(p_data ->> 'name'), description = coalesce(p_data ->> 'description', ''),
               program_type = p_data ->> 'program_type', max_partners = (p_data ->> 'max_partners')::integer,
               version = version + 1, updated_at = clock_timestamp()
         WHERE id = p.id RETURNING * INTO p;
    END IF;

    SELECT o.platform_fee_bp INTO v_fee FROM desk.organizations o WHERE o.id = p.workshop_id;
    SELECT * INTO v_latest FROM desk.partnership_program_versions x
     WHERE x.program_id = p.id ORDER BY x.version_no DESC LIMIT 1;

    IF v_latest.id IS NULL OR (p.status = 'draft' AND v_latest.published_at IS NULL) THEN
        -- Draft: the one unpublished version, edited in place.
        v := coalesce(v_latest, ROW(NULL, p.id, p.workshop_id, 1, p.program_type, NULL, '', NULL, NULL, NULL,
                       v_fee, 0, 0, NULL, NULL, NULL, NULL, 0, '{}', '{}', NULL, NULL, now())::desk.partnership_program_versions);
        v.program_type := p.program_type;
        v.platform_fee_bp := v_fee;
        v.effective_from := p_effective_from;
        v := desk.program_version_from_json(v, p_data);
        IF v.id IS NULL THEN
            INSERT INTO desk.partnership_program_versions (program_id, workshop_id, version_no, program_type,
                    effective_from, terms_html, bay_rate_hour_cents, bay_rate_day_cents, bay_rate_month_cents,
                    platform_fee_bp, workshop_share_bp, mechanic_share_bp, membership_fee_cents, included_bay_hours,
                    overage_rate_hour_cents, min_rating_bp, min_years_experience, required_certifications,
                    eligible_service_tiers, created_by)
            VALUES (p.id, p.workshop_id, 1, v.program_type, v.effective_from, v.terms_html, v.bay_rate_hour_cents,
                    v.bay_rate_day_cents, v.bay_rate_month_cents, v.platform_fee_bp, v.workshop_share_bp,
                    v.mechanic_share_bp, v.membership_fee_cents, v.included_bay_hours, v.overage_rate_hour_cents,
                    v.min_rating_bp, v.min_years_experience, v.required_certifications, v.eligible_service_tiers,
                    desk.caller_profile_id())
            RETURNING * INTO v;
        ELSE
            UPDATE desk.partnership_program_versions x
               SET program_type = v.program_type, effective_from = v.effective_from, terms_html = v.terms_html,
                   bay_rate_hour_cents = v.bay_rate_hour_cents, bay_rate_day_cents = v.bay_rate_day_cents,
                   bay_rate_month_cents = v.bay_rate_month_cents, platform_fee_bp = v.platform_fee_bp,
                   workshop_share_bp = v.workshop_share_bp, mechanic_share_bp = v.mechanic_share_bp,
                   membership_fee_cents = v.membership_fee_cents, included_bay_hours = v.included_bay_hours,
                   overage_rate_hour_cents = v.overage_rate_hour_cents, min_rating_bp = v.min_rating_bp,
                   min_years_experience = v.min_years_experience,
                   required_certifications = v.required_certifications,
                   eligible_service_tiers = v.eligible_service_tiers
             WHERE x.id = v.id RETURNING * INTO v;
        END IF;
    ELSE
        -- Published or paused: a new version from a date; the previous ones stay as they were.
        IF p_effective_from IS NULL THEN
            RAISE EXCEPTION 'say from which date the new version applies' USING ERRCODE = '22023',
                COLUMN = 'effective_from';
        END IF;
        IF p_effective_from < current_date THEN
            RAISE EXCEPTION 'a new version cannot start in the past (%)', p_effective_from USING ERRCODE = '22023',
                COLUMN = 'effective_from';
        END IF;
        IF p_effective_from < v_latest.effective_from THEN
            RAISE EXCEPTION 'a new version cannot start before version % (%)', v_latest.version_no,
                v_latest.effective_from USING ERRCODE = '22023', COLUMN = 'effective_from';
        END IF;
        v := v_latest;
        v.id := NULL;
        v.version_no := v_latest.version_no + 1;
        v.platform_fee_bp := v_fee;
        v := desk.program_version_from_json(v, p_data);
        INSERT INTO desk.partnership_program_versions (program_id, workshop_id, version_no, program_type,
                effective_from, terms_html, bay_rate_hour_cents, bay_rate_day_cents, bay_rate_month_cents,
                platform_fee_bp, workshop_share_bp, mechanic_share_bp, membership_fee_cents, included_bay_hours,
                overage_rate_hour_cents, min_rating_bp, min_years_experience, required_certifications,
                eligible_service_tiers, published_at, created_by)
        VALUES (p.id, p.workshop_id, v.version_no, p.program_type, p_effective_from, v.terms_html,
                v.bay_rate_hour_cents, v.bay_rate_day_cents, v.bay_rate_month_cents, v.platform_fee_bp,
                v.workshop_share_bp, v.mechanic_share_bp, v.membership_fee_cents, v.included_bay_hours,
                v.overage_rate_hour_cents, v.min_rating_bp, v.min_years_experience, v.required_certifications,
                v.eligible_service_tiers, clock_timestamp(), desk.caller_profile_id())
        RETURNING * INTO v;
    END IF;

    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES (CASE WHEN p_id IS NULL THEN 'program_created' ELSE 'program_saved' END, 'partnership_programs', p.id,
            p.workshop_id, jsonb_build_object('version_no', v.version_no, 'effective_from', v.effective_from));
    program_id := p.id;
    row_version := p.version;
    version_no := v.version_no;
END
$$;

-- publish | pause | resume | close. Publishing a draft freezes its version from p_effective_from
-- (default today). Returns the program's new row version.
CREATE FUNCTION desk.set_program_status(p_id bigint, p_version integer, p_action text,
                                        p_effective_from date DEFAULT NULL) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    p desk.partnership_programs%ROWTYPE;
    v_new text;
BEGIN
    SELECT * INTO p FROM desk.partnership_programs WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'program % does not exist', p_id USING ERRCODE = 'P0002';
    END IF;
    PERFORM desk.require_workshop_owner(p.workshop_id);
    IF p.version <> p_version THEN
        RAISE EXCEPTION 'program "%" was changed by someone else (version % is now %)', p.name, p_version, p.version
            USING ERRCODE = '40001', HINT = 'reload';
    END IF;
    v_new := CASE
        WHEN p_action = 'publish' AND p.status = 'draft' THEN 'published'
        WHEN p_action = 'pause' AND p.status = 'published' THEN 'paused'
        WHEN p_action IN ('resume', 'publish') AND p.status = 'paused' THEN 'published'
        WHEN p_action = 'close' AND p.status <> 'closed' THEN 'closed'
    END;
    IF p_action NOT IN ('publish', 'pause', 'resume', 'close') THEN
        RAISE EXCEPTION 'unknown action "%"', p_action USING ERRCODE = '22023';
    END IF;
    IF v_new IS NULL THEN
        RAISE EXCEPTION 'a % program cannot be %', p.status,
            CASE p_action WHEN 'publish' THEN 'published' WHEN 'pause' THEN 'paused' WHEN 'resume' THEN 'resumed'
                          ELSE 'closed' END
            USING ERRCODE = '23514', CONSTRAINT = 'programs_status_change';
    END IF;
    IF p_action = 'publish' AND p.status = 'draft' THEN
        IF coalesce(p_effective_from, current_date) < current_date THEN
            RAISE EXCEPTION 'a program cannot be published from a past date' USING ERRCODE = '22023',
                COLUMN = 'effective_from';
        END IF;
        UPDATE desk.partnership_program_versions x
           SET effective_from = coalesce(p_effective_from, x.effective_from, current_date),
               published_at = clock_timestamp()
         WHERE x.program_id = p.id AND x.published_at IS NULL;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'program "%" has no terms to publish', p.name USING ERRCODE = '23514',
                CONSTRAINT = 'programs_status_change';
        END IF;
    END IF;
    -- Closing ends open applications: nobody can join a closed program.
    IF v_new = 'closed' THEN
        UPDATE desk.partnership_applications a
           SET status = 'rejected', reason = 'program closed', reviewed_by = desk.caller_profile_id(),
               reviewed_at = clock_timestamp(), version = a.version + 1
         WHERE a.program_id = p.id AND a.status = 'pending';
    END IF;
    UPDATE desk.partnership_programs
       SET status = v_new, version = version + 1, updated_at = clock_timestamp(),
           published_at = CASE WHEN v_new = 'published' THEN coalesce(published_at, clock_timestamp()) ELSE published_at END,
           closed_at = CASE WHEN v_new = 'closed' THEN clock_timestamp() END
     WHERE id = p.id RETURNING * INTO p;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('program_' || p_action, 'partnership_programs', p.id, p.workshop_id, jsonb_build_object('status', v_new));
    RETURN p.version;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Applications: approve (eligibility, compliance, max partners; produces the agreement and the
-- pending partnership) or reject with a reason.
-- ---------------------------------------------------------------------------------------------

-- The version's terms plus both parties, frozen into an agreement.
CREATE FUNCTION desk.agreement_terms(p_version_id bigint, p_mechanic_id bigint) RETURNS jsonb
LANGUAGE sql STABLE SET search_path = desk, pg_temp AS $$
    SELECT jsonb_build_object(
        'program_id', p.id, 'program_name', p.name, 'program_description', p.description,
        'program_type', v.program_type, 'version_no', v.version_no, 'version_effective_from', v.effective_from,
        'terms_html', v.terms_html,
        'bay_rate_hour_cents', v.bay_rate_hour_cents, 'bay_rate_day_cents', v.bay_rate_day_cents,
        'bay_rate_month_cents', v.bay_rate_month_cents, 'platform_fee_bp', v.platform_fee_bp,
        'workshop_share_bp', v.workshop_share_bp, 'mechanic_share_bp', v.mechanic_share_bp,
        'membership_fee_cents', v.membership_fee_cents, 'included_bay_hours', v.included_bay_hours,
        'overage_rate_hour_cents', v.overage_rate_hour_cents,
        'workshop', jsonb_build_object('id', o.id, 'name', o.name, 'address', o.address_line, 'city', o.city,
                                       'province', o.province, 'postal_code', o.postal_code, 'email', o.email,
                                       'phone', o.phone, 'language', o.preferred_language),
        'mechanic', jsonb_build_object('id', m.id, 'name', m.display_name, 'email', m.email, 'city', m.city,
                                       'province', m.province, 'postal_code', m.postal_code,
                                       'language', m.preferred_language, 'service_tier', m.service_tier))
      FROM desk.partnership_program_versions v
      JOIN desk.partnership_programs p ON p.id = v.program_id
      JOIN desk.organizations o ON o.id = p.workshop_id
      CROSS JOIN desk.mechanics m
     WHERE v.id = p_version_id AND m.id = p_mechanic_id
$$;

-- Decides a pending application: 'approve' or 'reject' (p_reason required). Approval re-checks, in
-- this transaction, that the program is published, the mechanic qualifies for the application's
-- version (desk.mechanic_ineligibility: compliance, rating, experience, tier, certifications) and
-- the program has room (max_partners counts pending, active and suspended partnerships; the
-- program row is locked so two approvals cannot both take the last place). It then writes the
-- agreement (terms frozen, language: French for a Quebec or French-speaking mechanic) and the
-- pending partnership. Returns the agreement id (NULL for a rejection).
CREATE FUNCTION desk.decide_application(p_id bigint, p_version integer, p_decision text, p_reason text DEFAULT NULL,
                                        p_effective_date date DEFAULT NULL, p_end_date date DEFAULT NULL)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    a desk.partnership_applications%ROWTYPE;
    p desk.partnership_programs%ROWTYPE;
    m desk.mechanics%ROWTYPE;
    v_missing text[];
    v_taken integer;
    v_agreement bigint;
    v_lang text;
    v_start date := coalesce(p_effective_date, current_date);
BEGIN
    IF p_decision NOT IN ('approve', 'reject') THEN
        RAISE EXCEPTION 'unknown decision "%"', p_decision USING ERRCODE = '22023';
    END IF;
    SELECT * INTO a FROM desk.partnership_applications WHERE id = p_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'application % does not exist', p_id USING ERRCODE = 'P0002';
    END IF;
    PERFORM desk.require_workshop_owner(a.workshop_id);
    -- Program first, then the application: the same order for every approval of this program.
    SELECT * INTO p FROM desk.partnership_programs WHERE id = a.program_id FOR UPDATE;
    SELECT * INTO a FROM desk.partnership_applications WHERE id = p_id FOR UPDATE;
    IF a.version <> p_version THEN
        RAISE EXCEPTION 'application % was changed by someone else', p_id USING ERRCODE = '40001', HINT = 'reload';
    END IF;
    IF a.status <> 'pending' THEN
        RAISE EXCEPTION 'application % is already %', p_id, a.status USING ERRCODE = 'AD001';
    END IF;

    IF p_decision = 'reject' THEN
        IF nullif(btrim(p_reason), '') IS NULL THEN
            RAISE EXCEPTION 'a rejection needs a reason' USING ERRCODE = '22023', COLUMN = 'reason';
        END IF;
        UPDATE desk.partnership_applications
           SET status = 'rejected', reason = btrim(p_reason), reviewed_by = desk.caller_profile_id(),
               reviewed_at = clock_timestamp(), version = version + 1
         WHERE id = p_id;
        INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
        VALUES ('application_rejected', 'partnership_applications', p_id, a.workshop_id,
                jsonb_build_object('reason', btrim(p_reason)));
        RETURN NULL;
    END IF;

    IF p.status <> 'published' THEN
        RAISE EXCEPTION 'program "%" is %: it takes no new partners', p.name, p.status
            USING ERRCODE = '23514', CONSTRAINT = 'applications_program_published';
    END IF;
    IF p_end_date IS NOT NULL AND p_end_date < v_start THEN
        RAISE EXCEPTION 'the agreement cannot end before it starts' USING ERRCODE = '22023', COLUMN = 'end_date';
    END IF;
    SELECT * INTO m FROM desk.mechanics WHERE id = a.mechanic_id;
    v_missing := desk.mechanic_ineligibility(a.mechanic_id, a.program_version_id);
    IF cardinality(v_missing) > 0 THEN
        RAISE EXCEPTION '% does not qualify for "%": %', m.display_name, p.name, array_to_string(v_missing, ', ')
            USING ERRCODE = '23514', CONSTRAINT = 'applications_eligibility',
                  DETAIL = 'missing=' || array_to_string(v_missing, ',');
    END IF;
    IF p.max_partners IS NOT NULL THEN
        SELECT count(*) INTO v_taken FROM desk.partnerships x
         WHERE x.program_id = p.id AND x.status IN ('pending', 'active', 'suspended');
        IF v_taken >= p.max_partners THEN
            RAISE EXCEPTION 'program "%" already has its maximum of % partners', p.name, p.max_partners
                USING ERRCODE = '23514', CONSTRAINT = 'programs_max_partners';
        END IF;
    END IF;

    v_lang := CASE WHEN m.province = 'QC' OR m.preferred_language = 'fr' THEN 'fr' ELSE 'en' END;
    UPDATE desk.partnership_applications
       SET status = 'approved', reason = nullif(btrim(p_reason), ''), reviewed_by = desk.caller_profile_id(),
           reviewed_at = clock_timestamp(), version = version + 1
     WHERE id = p_id;
    INSERT INTO desk.partnership_agreements (workshop_id, program_id, program_version_id, application_id,
                                             mechanic_id, language, terms, effective_date, end_date)
    VALUES (a.workshop_id, p.id, a.program_version_id, a.id, a.mechanic_id, v_lang,
            desk.agreement_terms(a.program_version_id, a.mechanic_id), v_start, p_end_date)
    RETURNING id INTO v_agreement;
    INSERT INTO desk.partnerships (workshop_id, program_id, program_version_id, mechanic_id, agreement_id,
                                   contract_start_date, contract_end_date, approved_by, approved_at)
    VALUES (a.workshop_id, p.id, a.program_version_id, a.mechanic_id, v_agreement, v_start, p_end_date,
            desk.caller_profile_id(), clock_timestamp());
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('application_approved', 'partnership_applications', p_id, a.workshop_id,
            jsonb_build_object('agreement_id', v_agreement));
    RETURN v_agreement;
END
$$;

-- Stores the generated agreement PDF as a document (sha256 computed here) and links it. Once.
CREATE FUNCTION desk.attach_agreement_document(p_agreement_id bigint, p_file_name text, p_pdf bytea) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    g desk.partnership_agreements%ROWTYPE;
    v_doc bigint;
BEGIN
    SELECT * INTO g FROM desk.partnership_agreements WHERE id = p_agreement_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'agreement % does not exist', p_agreement_id USING ERRCODE = 'P0002';
    END IF;
    PERFORM desk.require_workshop_owner(g.workshop_id);
    IF g.document_id IS NOT NULL THEN
        RETURN g.document_id;
    END IF;
    IF p_pdf IS NULL OR octet_length(p_pdf) < 5 OR substring(p_pdf FROM 1 FOR 5) <> '\x255044462d'::bytea THEN
        RAISE EXCEPTION 'the agreement document must be a PDF' USING ERRCODE = '22023';
    END IF;
    INSERT INTO desk.documents (workshop_id, mechanic_id, file_name, mime_type, size_bytes, sha256, content)
    VALUES (g.workshop_id, g.mechanic_id, p_file_name, 'application/pdf', octet_length(p_pdf), sha256(p_pdf), p_pdf)
    RETURNING id INTO v_doc;
    UPDATE desk.partnership_agreements SET document_id = v_doc, document_sha256 = sha256(p_pdf), version = version + 1
     WHERE id = g.id;
    RETURN v_doc;
END
$$;

-- Records one side's acceptance ('workshop' or 'mechanic') with who accepted. When both sides have
-- accepted the pending partnership becomes active. Returns the agreement's new version.
CREATE FUNCTION desk.record_agreement_acceptance(p_agreement_id bigint, p_version integer, p_side text,
                                                 p_accepted_by text, p_accepted_at timestamptz DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    g desk.partnership_agreements%ROWTYPE;
BEGIN
    SELECT * INTO g FROM desk.partnership_agreements WHERE id = p_agreement_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'agreement % does not exist', p_agreement_id USING ERRCODE = 'P0002';
    END IF;
    PERFORM desk.require_workshop_owner(g.workshop_id);
    IF g.version <> p_version THEN
        RAISE EXCEPTION 'agreement % was changed by someone else', p_agreement_id USING ERRCODE = '40001';
    END IF;
    IF p_side NOT IN ('workshop', 'mechanic') THEN
        RAISE EXCEPTION 'unknown side "%"', p_side USING ERRCODE = '22023';
    END IF;
    IF nullif(btrim(p_accepted_by), '') IS NULL THEN
        RAISE EXCEPTION 'say who accepted' USING ERRCODE = '22023', COLUMN = 'accepted_by';
    END IF;
    IF g.document_id IS NULL THEN
        RAISE EXCEPTION 'the agreement document has not been generated yet' USING ERRCODE = '23514',
            CONSTRAINT = 'agreements_acceptance_needs_document';
    END IF;
    IF g.status <> 'active' THEN
        RAISE EXCEPTION 'the agreement is %', g.status USING ERRCODE = '23514', CONSTRAINT = 'agreements_status';
    END IF;
    IF p_side = 'workshop' THEN
        UPDATE desk.partnership_agreements
           SET workshop_accepted_by = btrim(p_accepted_by),
               workshop_accepted_at = coalesce(p_accepted_at, clock_timestamp()), version = version + 1
         WHERE id = g.id RETURNING * INTO g;
    ELSE
        UPDATE desk.partnership_agreements
           SET mechanic_accepted_by = btrim(p_accepted_by),
               mechanic_accepted_at = coalesce(p_accepted_at, clock_timestamp()), version = version + 1
         WHERE id = g.id RETURNING * INTO g;
    END IF;
    IF g.workshop_accepted_at IS NOT NULL AND g.mechanic_accepted_at IS NOT NULL THEN
        UPDATE desk.partnerships SET status = 'active', version = version + 1, updated_at = clock_timestamp()
         WHERE agreement_id = g.id AND status = 'pending';
    END IF;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('agreement_accepted', 'partnership_agreements', g.id, g.workshop_id,
            jsonb_build_object('side', p_side, 'by', btrim(p_accepted_by)));
    RETURN g.version;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Partnerships: permissions, commission, payment terms; suspend, reinstate, terminate.
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.update_partnership(p_id bigint, p_version integer, p_can_create_quotes boolean,
                                        p_quote_approval_required boolean, p_max_quote_amount_cents bigint,
                                        p_commission_bp integer, p_payment_terms text,
                                        p_contract_end_date date DEFAULT NULL, p_auto_renew boolean DEFAULT false)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    x desk.partnerships%ROWTYPE;
BEGIN
    SELECT * INTO x FROM desk.partnerships WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'partnership % does not exist', p_id USING ERRCODE = 'P0002';
    END IF;
    PERFORM desk.require_workshop_owner(x.workshop_id);
    IF x.version <> p_version THEN
        RAISE EXCEPTION 'partnership % was changed by someone else', p_id USING ERRCODE = '40001';
    END IF;
    IF x.status = 'terminated' THEN
        RAISE EXCEPTION 'a terminated partnership cannot change' USING ERRCODE = '23514',
            CONSTRAINT = 'partnerships_terminated';
    END IF;
    UPDATE desk.partnerships
       SET can_create_quotes = p_can_create_quotes, quote_approval_required = p_quote_approval_required,
           max_quote_amount_cents = p_max_quote_amount_cents, commission_bp = p_commission_bp,
           payment_terms = p_payment_terms, contract_end_date = p_contract_end_date, auto_renew = p_auto_renew,
           version = version + 1, updated_at = clock_timestamp()
     WHERE id = p_id RETURNING * INTO x;
    RETURN x.version;
END
$$;

-- 'suspend' (active -> suspended), 'reinstate' (suspended -> active), 'terminate' (any live ->
-- terminated, contract ends today). The agreement follows. A reason is required for suspend and
-- terminate.
CREATE FUNCTION desk.set_partnership_status(p_id bigint, p_version integer, p_action text, p_reason text DEFAULT NULL)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    x desk.partnerships%ROWTYPE;
    v_new text;
BEGIN
    SELECT * INTO x FROM desk.partnerships WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'partnership % does not exist', p_id USING ERRCODE = 'P0002';
    END IF;
    PERFORM desk.require_workshop_owner(x.workshop_id);
    IF x.version <> p_version THEN
        RAISE EXCEPTION 'partnership % was changed by someone else', p_id USING ERRCODE = '40001';
    END IF;
    IF p_action NOT IN ('suspend', 'reinstate', 'terminate') THEN
        RAISE EXCEPTION 'unknown action "%"', p_action USING ERRCODE = '22023';
    END IF;
    IF p_action IN ('suspend', 'terminate') AND nullif(btrim(p_reason), '') IS NULL THEN
        RAISE EXCEPTION 'say why' USING ERRCODE = '22023', COLUMN = 'reason';
    END IF;
    v_new := CASE
        WHEN p_action = 'suspend' AND x.status = 'active' THEN 'suspended'
        WHEN p_action = 'reinstate' AND x.status = 'suspended' THEN 'active'
        WHEN p_action = 'terminate' AND x.status <> 'terminated' THEN 'terminated'
    END;
    IF v_new IS NULL THEN
        RAISE EXCEPTION 'a % partnership cannot be %', x.status,
            CASE p_action WHEN 'suspend' THEN 'suspended' WHEN 'reinstate' THEN 'reinstated' ELSE 'terminated' END
            USING ERRCODE = '23514', CONSTRAINT = 'partnerships_status_change';
    END IF;
    UPDATE desk.partnerships
       SET status = v_new, status_reason = nullif(btrim(p_reason), ''), version = version + 1,
           updated_at = clock_timestamp(),
           contract_end_date = CASE WHEN v_new = 'terminated'
                                    THEN greatest(contract_start_date, least(coalesce(contract_end_date, current_date), current_date))
                                    ELSE contract_end_date END
     WHERE id = p_id RETURNING * INTO x;
    UPDATE desk.partnership_agreements g
       SET status = CASE v_new WHEN 'suspended' THEN 'suspended' WHEN 'terminated' THEN 'terminated' ELSE 'active' END,
           end_date = CASE WHEN v_new = 'terminated' THEN x.contract_end_date ELSE g.end_date END,
           version = g.version + 1
     WHERE g.id = x.agreement_id;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('partnership_' || p_action, 'partnerships', p_id, x.workshop_id,
            jsonb_build_object('reason', nullif(btrim(p_reason), '')));
    RETURN x.version;
END
$$;

-- Parts catalog and labour rates of one partnership, saved as a whole (the editor's table or a CSV
-- import): p_rows is a JSON array of objects with the column names; an object with "id" updates
-- that row, one without inserts, rows of the partnership not named are deleted. One transaction:
-- an overlapping validity (EXCLUDE), a retail price below wholesale (CHECK) refuses the whole save.
CREATE FUNCTION desk.replace_partnership_parts(p_partnership_id bigint, p_rows jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    x desk.partnerships%ROWTYPE;
    r record;
    v_n integer := 0;
BEGIN
    SELECT * INTO x FROM desk.partnerships WHERE id = p_partnership_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'partnership % does not exist', p_partnership_id USING ERRCODE = 'P0002';
    END IF;
    PERFORM desk.require_workshop_owner(x.workshop_id);
    DELETE FROM desk.partnership_parts c
     WHERE c.partnership_id = x.id
       AND c.id NOT IN (SELECT (e ->> 'id')::bigint FROM jsonb_array_elements(p_rows) e WHERE e ? 'id');
    FOR r IN SELECT * FROM jsonb_to_recordset(p_rows) AS t(id bigint, part_number text, part_name text,
                 part_category text, wholesale_cents bigint, retail_cents bigint, lead_time_days integer,
                 valid_from date, valid_until date)
    LOOP
        IF r.id IS NULL THEN
            INSERT INTO desk.partnership_parts (partnership_id, part_number, part_name, part_category, wholesale_cents,
                                                retail_cents, lead_time_days, valid_from, valid_until)
            VALUES (x.id, btrim(r.part_number), btrim(r.part_name), coalesce(btrim(r.part_category), ''),
                    r.wholesale_cents, r.retail_cents, coalesce(r.lead_time_days, 0),
                    coalesce(r.valid_from, current_date), r.valid_until);
        ELSE
            UPDATE desk.partnership_parts c
               SET part_number = btrim(r.part_number), part_name = btrim(r.part_name),
                   part_category = coalesce(btrim(r.part_category), ''), wholesale_cents = r.wholesale_cents,
                   retail_cents = r.retail_cents, lead_time_days = coalesce(r.lead_time_days, 0),
                   valid_from = coalesce(r.valid_from, c.valid_from), valid_until = r.valid_until
             WHERE c.id = r.id AND c.partnership_id = x.id;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'part % is not in this catalog', r.id USING ERRCODE = 'P0002';
            END IF;
        END IF;
        v_n := v_n + 1;
    END LOOP;
    RETURN v_n;
END
$$;

CREATE FUNCTION desk.replace_partnership_labour_rates(p_partnership_id bigint, p_rows jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = desk, pg_temp AS $$
DECLARE
    x desk.partnerships%ROWTYPE;
    r record;
    v_n integer := 0;
BEGIN
    SELECT * INTO x FROM desk.partnerships WHERE id = p_partnership_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'partnership % does not exist', p_partnership_id USING ERRCODE = 'P0002';
    END IF;
    PERFORM desk.require_workshop_owner(x.workshop_id);
    DELETE FROM desk.partnership_labour_rates c
     WHERE c.partnership_id = x.id
       AND c.id NOT IN (SELECT (e ->> 'id')::bigint FROM jsonb_array_elements(p_rows) e WHERE e ? 'id');
    FOR r IN SELECT * FROM jsonb_to_recordset(p_rows) AS t(id bigint, service_category text,
                 rate_per_hour_cents bigint, mechanic_rate_cents bigint, mechanic_commission_bp integer,
                 valid_from date, valid_until date)
    LOOP
        IF r.id IS NULL THEN
            INSERT INTO desk.partnership_labour_rates (partnership_id, service_category, rate_per_hour_cents,
                                                       mechanic_rate_cents, mechanic_commission_bp, valid_from, valid_until)
            VALUES (x.id, btrim(r.service_category), r.rate_per_hour_cents, r.mechanic_rate_cents,
                    r.mechanic_commission_bp, coalesce(r.valid_from, current_date), r.valid_until);
        ELSE
            UPDATE desk.partnership_labour_rates c
               SET service_category = btrim(r.service_category), rate_per_hour_cents = r.rate_per_hour_cents,
                   mechanic_rate_cents = r.mechanic_rate_cents, mechanic_commission_bp = r.mechanic_commission_bp,
                   valid_from = coalesce(r.valid_from, c.valid_from), valid_until = r.valid_until
             WHERE c.id = r.id AND c.partnership_id = x.id;
            IF NOT FOUND THEN
                RAISE EXCEPTION 'labour rate % is not in this partnership', r.id USING ERRCODE = 'P0002';
            END IF;
        END IF;
        v_n := v_n + 1;
    END LOOP;
    RETURN v_n;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Row-level security and privileges
-- ---------------------------------------------------------------------------------------------

ALTER TABLE desk.partnership_programs ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.partnership_programs FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.partnership_program_versions ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.partnership_program_versions FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.partnership_applications ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.partnership_applications FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.partnership_agreements ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.partnership_agreements FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.partnerships ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.partnerships FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.partnership_parts ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.partnership_parts FORCE ROW LEVEL SECURITY;
ALTER TABLE desk.partnership_labour_rates ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.partnership_labour_rates FORCE ROW LEVEL SECURITY;

-- Admins read everything; finance reads programs, versions and partnerships (earnings); an owner
-- sees only their workshop's rows.
CREATE POLICY programs_staff ON desk.partnership_programs FOR SELECT USING (desk.is_platform_admin() OR desk.is_finance());
CREATE POLICY programs_owner ON desk.partnership_programs FOR SELECT USING (workshop_id IN (SELECT desk.my_workshop_ids()));
CREATE POLICY program_versions_staff ON desk.partnership_program_versions FOR SELECT
    USING (desk.is_platform_admin() OR desk.is_finance());
CREATE POLICY program_versions_owner ON desk.partnership_program_versions FOR SELECT
    USING (workshop_id IN (SELECT desk.my_workshop_ids()));
CREATE POLICY applications_admin ON desk.partnership_applications FOR SELECT USING (desk.is_platform_admin());
CREATE POLICY applications_owner ON desk.partnership_applications FOR SELECT
    USING (workshop_id IN (SELECT desk.my_workshop_ids()));
CREATE POLICY agreements_admin ON desk.partnership_agreements FOR SELECT USING (desk.is_platform_admin());
CREATE POLICY agreements_owner ON desk.partnership_agreements FOR SELECT
    USING (workshop_id IN (SELECT desk.my_workshop_ids()));
CREATE POLICY partnerships_staff ON desk.partnerships FOR SELECT USING (desk.is_platform_admin() OR desk.is_finance());
CREATE POLICY partnerships_owner ON desk.partnerships FOR SELECT USING (workshop_id IN (SELECT desk.my_workshop_ids()));

CREATE POLICY parts_admin ON desk.partnership_parts FOR SELECT USING (desk.is_platform_admin());
CREATE POLICY parts_owner ON desk.partnership_parts FOR SELECT USING (workshop_id IN (SELECT desk.my_workshop_ids()));
CREATE POLICY labour_rates_admin ON desk.partnership_labour_rates FOR SELECT USING (desk.is_platform_admin());
CREATE POLICY labour_rates_owner ON desk.partnership_labour_rates FOR SELECT
    USING (workshop_id IN (SELECT desk.my_workshop_ids()));

-- An owner reviews the profile of the mechanics who applied to their programs.
CREATE POLICY mechanics_applicant ON desk.mechanics FOR SELECT
    USING (id IN (SELECT desk.my_applicant_mechanic_ids()));

GRANT SELECT ON desk.partnership_programs, desk.partnership_program_versions, desk.partnerships
    TO adesk_platform_admin, adesk_finance, adesk_workshop_owner;
GRANT SELECT ON desk.partnership_applications, desk.partnership_agreements, desk.partnership_parts,
                desk.partnership_labour_rates
    TO adesk_platform_admin, adesk_workshop_owner;

-- ---------------------------------------------------------------------------------------------
-- Bays (0003): a booking's partnership, and who may work at a workshop.
-- ---------------------------------------------------------------------------------------------

-- 0003 names the table desk.bay_bookings; desk.bookings is accepted too. Guarded: the FK is added
-- only when the table and its partnership_id column exist.
DO $$
DECLARE
    v_tbl regclass;
BEGIN
    v_tbl := coalesce(to_regclass('desk.bay_bookings'), to_regclass('desk.bookings'));
    IF v_tbl IS NOT NULL
       AND EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = v_tbl AND attname = 'partnership_id'
                                                AND NOT attisdropped)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = v_tbl
                                                     AND conname = 'bookings_partnership_fk') THEN
        EXECUTE format('ALTER TABLE %s ADD CONSTRAINT bookings_partnership_fk '
                       'FOREIGN KEY (partnership_id) REFERENCES desk.partnerships (id)', v_tbl);
        EXECUTE format('CREATE INDEX IF NOT EXISTS bookings_partnership ON %s (partnership_id)', v_tbl);
    END IF;
END
$$;

-- True when the mechanic may work at the workshop as its partner: an active partnership whose
-- contract covers today, the mechanic's compliance approved, the workshop allowing physical repairs.
CREATE FUNCTION desk.has_active_partnership(p_mechanic_id bigint, p_workshop_id bigint) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM desk.partnerships x
                     JOIN desk.mechanics m ON m.id = x.mechanic_id
                     JOIN desk.organizations o ON o.id = x.workshop_id
                    WHERE x.mechanic_id = p_mechanic_id AND x.workshop_id = p_workshop_id AND x.status = 'active'
                      AND x.contract_start_date <= current_date
                      AND (x.contract_end_date IS NULL OR x.contract_end_date >= current_date)
                      AND m.compliance_status = 'approved' AND o.allows_physical_repairs)
$$;

-- desk.mechanic_may_work_at (0003) also admits partners: its 0003 definition is kept, renamed to
-- desk.mechanic_may_work_at_0003 (copied from the catalog so 0003's exact rule is preserved), and
-- the function every caller uses becomes "0003's rule OR an active partnership".
DO $$
DECLARE
    v_def text;
BEGIN
    IF to_regprocedure('desk.mechanic_may_work_at(bigint,bigint)') IS NOT NULL THEN
        v_def := pg_get_functiondef('desk.mechanic_may_work_at(bigint,bigint)'::regprocedure);
        v_def := regexp_replace(v_def, 'FUNCTION desk\.mechanic_may_work_at\(', 'FUNCTION desk.mechanic_may_work_at_0003(');
        EXECUTE v_def;
        EXECUTE $f$
            CREATE OR REPLACE FUNCTION desk.mechanic_may_work_at(p_mechanic_id bigint, p_workshop_id bigint)
            RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $b$
                SELECT coalesce(desk.mechanic_may_work_at_0003(p_mechanic_id, p_workshop_id), false)
                    OR desk.has_active_partnership(p_mechanic_id, p_workshop_id)
            $b$ $f$;
    ELSE
        EXECUTE $f$
            CREATE FUNCTION desk.mechanic_may_work_at(p_mechanic_id bigint, p_workshop_id bigint)
            RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER SET search_path = desk, pg_temp AS $b$
                SELECT EXISTS (SELECT 1 FROM desk.mechanics m WHERE m.id = p_mechanic_id
                                  AND m.workshop_id = p_workshop_id AND m.compliance_status = 'approved')
                    OR desk.has_active_partnership(p_mechanic_id, p_workshop_id)
            $b$ $f$;
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Function privileges
-- ---------------------------------------------------------------------------------------------

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA desk FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.save_program(bigint, integer, bigint, jsonb, date),
                          desk.set_program_status(bigint, integer, text, date),
                          desk.decide_application(bigint, integer, text, text, date, date),
                          desk.attach_agreement_document(bigint, text, bytea),
                          desk.record_agreement_acceptance(bigint, integer, text, text, timestamptz),
                          desk.update_partnership(bigint, integer, boolean, boolean, bigint, integer, text, date, boolean),
                          desk.set_partnership_status(bigint, integer, text, text),
                          desk.replace_partnership_parts(bigint, jsonb),
                          desk.replace_partnership_labour_rates(bigint, jsonb)
    TO adesk_workshop_owner;
GRANT EXECUTE ON FUNCTION desk.mechanic_ineligibility(bigint, bigint), desk.program_version_at(bigint, date),
                          desk.my_applicant_mechanic_ids(), desk.has_active_partnership(bigint, bigint),
                          desk.mechanic_may_work_at(bigint, bigint)
    TO adesk_platform_admin, adesk_finance, adesk_workshop_owner;
DO $$
BEGIN
    IF to_regprocedure('desk.mechanic_may_work_at_0003(bigint,bigint)') IS NOT NULL THEN
        GRANT EXECUTE ON FUNCTION desk.mechanic_may_work_at_0003(bigint, bigint)
            TO adesk_platform_admin, adesk_finance, adesk_workshop_owner;
    END IF;
END
$$;
