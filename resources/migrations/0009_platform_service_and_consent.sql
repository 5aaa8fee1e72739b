-- 0009_platform_service_and_consent: the web platform's service role, and a mechanic's acceptance of
-- an agreement that only the mechanic's side can record (issue 9, "forged consent").
--
-- Before: desk.record_agreement_acceptance(agreement, version, side, accepted_by, accepted_at) let a
-- workshop owner record the MECHANIC's acceptance by typing any name, at any (back)date, and the
-- partnership became active. DESIGN.md "Security model": the web platform's backend is the only
-- writer of what happens on the web side (completed sessions, a mechanic's acceptance of an
-- agreement, uploads); the desk shows these and never types them on someone's behalf.
--
-- Now:
--   adesk_platform_service   NOLOGIN group of the web platform's backend logins. Like the other
--                            groups, a login counts only when it is also mapped in desk.staff_logins
--                            (desk_role 'platform_service'), keyed on session_user. It reads the
--                            agreements (to show them to the mechanic) and records the mechanic's
--                            acceptance; nothing else (no SIN/BN, no verification decisions, no
--                            direct writes).
--   desk.record_agreement_acceptance(agreement, version, side)
--                            no name and no time argument: the instant is the server's now(), the
--                            name comes from the database (the signed-in owner's profile for the
--                            workshop side, the mechanic's name for the mechanic side).
--                            'workshop': an owner of the agreement's workshop (the desk).
--                            'mechanic': a platform service login only; an owner is refused (42501).
--                            An agreement the caller may not see answers exactly like a missing one
--                            (P0002 "agreement N does not exist").
--
-- The role is created by `autodoctor-desk bootstrap-roles` (run once by a superuser); when missing,
-- this migration creates it if the deploying role may create roles, and otherwise says what to run.

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'adesk_platform_service') THEN
        IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles
                        WHERE rolname = current_user AND (rolsuper OR rolcreaterole)) THEN
            RAISE EXCEPTION 'role adesk_platform_service does not exist and % may not create roles',
                current_user
                USING ERRCODE = '42501',
                      HINT = 'run `autodoctor-desk bootstrap-roles --deployer ' || current_user
                             || '` once as a superuser';
        END IF;
        CREATE ROLE adesk_platform_service NOLOGIN;
    END IF;
END
$$;

GRANT SELECT ON public.schema_migrations TO adesk_platform_service;

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = desk, public;

GRANT USAGE ON SCHEMA desk TO adesk_platform_service;

-- A service login is a mapped login like a person's: its profile names the service.
ALTER TABLE desk.profiles DROP CONSTRAINT profiles_role_check;
ALTER TABLE desk.profiles ADD CONSTRAINT profiles_role_check
    CHECK (role IN ('customer', 'mechanic', 'workshop_owner', 'platform_admin', 'finance', 'platform_service'));
ALTER TABLE desk.staff_logins DROP CONSTRAINT staff_logins_desk_role_check;
ALTER TABLE desk.staff_logins ADD CONSTRAINT staff_logins_desk_role_check
    CHECK (desk_role IN ('platform_admin', 'finance', 'workshop_owner', 'platform_service'));

-- True for a login of the web platform's backend: member of the group AND mapped as such.
CREATE FUNCTION desk.is_platform_service() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT pg_catalog.pg_has_role(session_user, 'adesk_platform_service', 'MEMBER')
       AND EXISTS (SELECT 1 FROM desk.staff_logins sl
                    WHERE sl.login_role = session_user AND sl.desk_role = 'platform_service')
$$;

-- The service reads the agreements it shows to mechanics (every workshop's: it acts for any mechanic).
CREATE POLICY agreements_platform_service ON desk.partnership_agreements FOR SELECT TO adesk_platform_service
    USING ((SELECT desk.is_platform_service()));
GRANT SELECT ON desk.partnership_agreements TO adesk_platform_service;

-- Every earlier signature of the function goes (0004's took a typed name and a caller-supplied time).
DO $$
DECLARE
    f regprocedure;
BEGIN
    FOR f IN SELECT p.oid::regprocedure FROM pg_catalog.pg_proc p
               JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
              WHERE n.nspname = 'desk' AND p.proname = 'record_agreement_acceptance'
    LOOP
        EXECUTE pg_catalog.format('DROP FUNCTION %s', f);
    END LOOP;
END
$$;

-- Records one side's acceptance at the server's time, by that side itself. Accepting a side that
-- has already accepted changes nothing and returns the current version (a retried call answers like
-- the first). When both sides have accepted, the pending partnership becomes active. Returns the
-- agreement's version.
CREATE FUNCTION desk.record_agreement_acceptance(p_agreement_id bigint, p_version integer, p_side text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_service boolean := desk.is_platform_service();
    v_workshop bigint;
    v_owner boolean := false;
    v_by text;
    g desk.partnership_agreements%ROWTYPE;
BEGIN
    -- Visibility first: the service sees every agreement, an owner their workshops'. Anything else
    -- answers exactly like an agreement that does not exist.
    SELECT x.workshop_id INTO v_workshop FROM desk.partnership_agreements x WHERE x.id = p_agreement_id;
    IF v_workshop IS NOT NULL THEN
        v_owner := EXISTS (SELECT 1 FROM desk.my_workshop_ids() w WHERE w = v_workshop);
    END IF;
    IF v_workshop IS NULL OR NOT (v_service OR v_owner) THEN
        RAISE EXCEPTION 'agreement % does not exist', p_agreement_id USING ERRCODE = 'P0002';
    END IF;
    IF p_side IS NULL OR p_side NOT IN ('workshop', 'mechanic') THEN
        RAISE EXCEPTION 'unknown side "%"', p_side USING ERRCODE = '22023';
    END IF;
    IF p_side = 'mechanic' AND NOT v_service THEN
        RAISE EXCEPTION 'the mechanic accepts the agreement on the platform; the desk cannot record it'
            USING ERRCODE = '42501';
    END IF;
    IF p_side = 'workshop' AND NOT v_owner THEN
        RAISE EXCEPTION 'only an owner of the workshop accepts the agreement for the workshop'
            USING ERRCODE = '42501';
    END IF;

    SELECT * INTO g FROM desk.partnership_agreements x WHERE x.id = p_agreement_id FOR UPDATE;
    IF (p_side = 'workshop' AND g.workshop_accepted_at IS NOT NULL)
       OR (p_side = 'mechanic' AND g.mechanic_accepted_at IS NOT NULL) THEN
        RETURN g.version;
    END IF;
    IF g.version <> p_version THEN
        RAISE EXCEPTION 'agreement % was changed by someone else', p_agreement_id
            USING ERRCODE = '40001', HINT = 'reload';
    END IF;
    IF g.document_id IS NULL THEN
        RAISE EXCEPTION 'the agreement document has not been generated yet' USING ERRCODE = '23514',
            CONSTRAINT = 'agreements_acceptance_needs_document';
    END IF;
    IF g.status <> 'active' THEN
        RAISE EXCEPTION 'the agreement is %', g.status USING ERRCODE = '23514', CONSTRAINT = 'agreements_status';
    END IF;

    IF p_side = 'workshop' THEN
        SELECT p.full_name INTO v_by FROM desk.profiles p WHERE p.id = desk.caller_profile_id();
        UPDATE desk.partnership_agreements x
           SET workshop_accepted_by = v_by, workshop_accepted_at = pg_catalog.now(), version = x.version + 1
         WHERE x.id = g.id RETURNING * INTO g;
    ELSE
        SELECT m.display_name INTO v_by FROM desk.mechanics m WHERE m.id = g.mechanic_id;
        UPDATE desk.partnership_agreements x
           SET mechanic_accepted_by = v_by, mechanic_accepted_at = pg_catalog.now(), version = x.version + 1
         WHERE x.id = g.id RETURNING * INTO g;
    END IF;
    IF g.workshop_accepted_at IS NOT NULL AND g.mechanic_accepted_at IS NOT NULL THEN
        UPDATE desk.partnerships x
           SET status = 'active', version = x.version + 1, updated_at = pg_catalog.clock_timestamp()
         WHERE x.agreement_id = g.id AND x.status = 'pending';
    END IF;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('agreement_accepted', 'partnership_agreements', g.id, g.workshop_id,
            pg_catalog.jsonb_build_object('side', p_side, 'by', v_by));
    RETURN g.version;
END
$$;

REVOKE ALL ON FUNCTION desk.is_platform_service(),
                       desk.record_agreement_acceptance(bigint, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.is_platform_service() TO adesk_platform_service;
-- The caller functions every group may run (0001): the other policies of the tables the service
-- reads call them, and they answer "nobody" / "none" for a service login.
GRANT EXECUTE ON FUNCTION desk.caller_profile_id(), desk.is_platform_admin(), desk.is_finance(),
                          desk.my_workshop_ids(), desk.whoami()
    TO adesk_platform_service;
GRANT EXECUTE ON FUNCTION desk.record_agreement_acceptance(bigint, integer, text)
    TO adesk_workshop_owner, adesk_platform_service;
