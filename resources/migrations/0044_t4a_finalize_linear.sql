-- 0044_t4a_finalize_linear: finalizing a year's T4A slips in time linear in the slips (issue 19,
-- "Finance at scale").
--
-- desk.finalize_t4a_slips(year, slips) (0012) keeps its signature, SECURITY DEFINER, caller check,
-- pinned search_path, grants, refusal of slips with problems (23514, t4a_slips_profile_complete)
-- and what it writes. What changes: the UPDATE looked up each slip's profile with a correlated
-- subquery on `coalesce(t.mechanic_id, t.workshop_id) = s.payee_id`, which no index serves, so
-- every slip scanned the whole profile table: 46,846 slips over 50,000 profiles took about two
-- minutes (bench_t4a). The lookup is now a probe of the UNIQUE index of the column payee_party
-- names (0006's CHECKs set exactly that one; 0031, 0043 join the same way).
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

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
                          WHERE s.payee_party = 'mechanic' AND t.mechanic_id = s.payee_id
                         UNION ALL
                         SELECT t.id FROM desk.payee_tax_profiles t
                          WHERE s.payee_party = 'workshop' AND t.workshop_id = s.payee_id)
     WHERE tax_year = p_year AND status = 'draft' AND NOT superseded AND (p_slips IS NULL OR id = ANY (p_slips));
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;
