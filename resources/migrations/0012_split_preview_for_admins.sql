-- 0012_split_preview_for_admins: platform admins see the partnership panes read-only (issue 4), and
-- what those panes show of a split now comes from the database (issue 12): the program card's
-- worked example (desk.workshop_platform_fee on the version's date, then desk.calculate_revenue_split
-- of the terms) and the agreement PDF's split (desk.calculate_revenue_split of the frozen terms). 0011
-- lets finance, the platform's backend and owners call them; admins get the same two previews.
-- Neither reads anything an admin may not see: the split of terms the caller passes, and the fee of
-- a workshop (desk.caller_sees_workshop already admits admins; P0002 otherwise, as before).

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- 0011's body, with platform admins among the callers.
CREATE OR REPLACE FUNCTION desk.calculate_revenue_split(p_terms jsonb, p_gross_cents bigint)
RETURNS TABLE (entry_type text, party text, share_bp integer, amount_cents bigint, rule_id bigint, basis text,
               source text)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT (desk.is_finance() OR desk.is_platform_service() OR desk.caller_is_trusted() OR desk.is_platform_admin()
            OR pg_has_role(session_user, 'adesk_workshop_owner', 'MEMBER')) THEN
        RAISE EXCEPTION 'permission denied for function calculate_revenue_split' USING ERRCODE = '42501';
    END IF;
    IF p_gross_cents IS NULL OR p_gross_cents < 0 THEN
        RAISE EXCEPTION 'a gross amount is zero or more cents' USING ERRCODE = '22023';
    END IF;
    IF coalesce(p_terms->>'program_type', '') NOT IN ('bay_rental', 'revenue_share', 'membership') THEN
        RAISE EXCEPTION 'terms need a program type (bay_rental, revenue_share or membership)' USING ERRCODE = '22023';
    END IF;
    RETURN QUERY SELECT x.entry_type, x.party, x.share_bp, x.amount_cents, x.rule_id, x.basis, x.source
                   FROM desk.event_split((p_terms->>'program_type') || '_job', p_gross_cents, desk.toronto_today(),
                                         NULL, NULL, NULL, p_terms, NULL, NULL) x;
END
$$;

GRANT EXECUTE ON FUNCTION desk.calculate_revenue_split(jsonb, bigint), desk.workshop_platform_fee(bigint, date)
    TO adesk_platform_admin;
