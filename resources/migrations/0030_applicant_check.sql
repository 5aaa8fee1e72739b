-- 0030_applicant_check: opening a program no longer costs a scan of the workshop's applicants per
-- application (issue 19, "The rest": the partnerships pane).
-- desk.caller_sees_mechanic (0008) ended with `p_mechanic_id IN (SELECT desk.my_applicant_mechanic_ids())`:
-- every mechanic who ever applied to one of the caller's workshops, collected again for each id
-- checked. The program editor's queue checks eligibility for each of its 200 rows
-- (desk.mechanic_ineligibility), so with 10,000 applications the page's SQL took 529 ms
-- (tests/bench/bench_partnerships, program_open_bare_ms). The same question is now asked of the
-- one mechanic, through the index on (workshop_id, mechanic_id): an application of this mechanic to
-- one of the caller's workshops. Same answer for every caller: my_applicant_mechanic_ids is
-- exactly the mechanics of those applications.
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

CREATE OR REPLACE FUNCTION desk.caller_sees_mechanic(p_mechanic_id bigint) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_workshop bigint;
BEGIN
    SELECT m.workshop_id INTO v_workshop FROM desk.mechanics m WHERE m.id = p_mechanic_id;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    RETURN desk.caller_is_trusted() OR (v_workshop IS NOT NULL AND desk.caller_owns_workshop(v_workshop))
        OR desk.is_platform_admin() OR desk.is_finance()
        OR EXISTS (SELECT 1 FROM desk.partnership_applications a
                    WHERE a.mechanic_id = p_mechanic_id AND a.workshop_id IN (SELECT desk.my_workshop_ids()));
END
$$;
