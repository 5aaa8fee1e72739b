-- 0043_t4a_return_pages: a T4A return read a page at a time (issue 19: T4A processing in memory
-- flat in the number of payees).
--
-- desk.t4a_return_rows(year, statuses) (0006, 0012) returns every current slip of the year at once,
-- with the recipients' SINs and BNs in clear; the desk held all of them while it wrote the XML,
-- validated it and rendered the PDFs (bench_t4a: 55 MiB for 46,846 slips against 12.5 MiB for
-- 5,000). desk.t4a_return_page returns the same rows, columns and order, only the slips whose id is
-- above p_after_slip_id and at most p_limit of them (1 to 10,000; NULL: all), so that T4ABatch
-- keeps one page in memory. Same caller check (finance, or the schema owner), same
-- SECURITY DEFINER with a pinned search_path, no temporary object; every page it returns is
-- audited like a whole return was ('t4a_return_read', with the page's bounds). Errors say nothing
-- about rows: the caller either reads the page or is refused before anything is read.
--
-- Each page is an index range scan (t4a_slips_year_page below) and index probes of the profile
-- (its UNIQUE mechanic_id / workshop_id), the organization and the mechanic: its cost is the
-- page's, not the year's. desk.t4a_return_rows keeps its signature and grants and becomes the
-- whole year as one page (one audit row, as before).
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

CREATE INDEX t4a_slips_year_page ON desk.t4a_slips (tax_year, id) WHERE NOT superseded;

CREATE FUNCTION desk.t4a_return_page(p_year integer, p_statuses text[], p_after_slip_id bigint,
                                     p_limit integer)
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
    IF p_limit IS NOT NULL AND (p_limit < 1 OR p_limit > 10000) THEN
        RAISE EXCEPTION 'a page of a T4A return holds 1 to 10,000 slips' USING ERRCODE = '22023';
    END IF;
    RETURN QUERY
    WITH page AS (
        SELECT s.*
          FROM desk.t4a_slips s
         WHERE s.tax_year = p_year AND NOT s.superseded AND s.status = ANY (p_statuses)
           AND s.id > coalesce(p_after_slip_id, 0)
         ORDER BY s.id
         LIMIT p_limit)
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
      FROM page s
      -- The payee's profile: 0006's CHECKs set exactly the column payee_party names (0031), so each
      -- branch is one probe of that column's UNIQUE index.
      LEFT JOIN LATERAL (SELECT p.* FROM desk.payee_tax_profiles p
                          WHERE s.payee_party = 'mechanic' AND p.mechanic_id = s.payee_id
                         UNION ALL
                         SELECT p.* FROM desk.payee_tax_profiles p
                          WHERE s.payee_party = 'workshop' AND p.workshop_id = s.payee_id) t ON true
      LEFT JOIN desk.organizations o ON s.payee_party = 'workshop' AND o.id = s.payee_id
      LEFT JOIN desk.mechanics m ON s.payee_party = 'mechanic' AND m.id = s.payee_id
      LEFT JOIN desk.organizations mo ON mo.id = m.workshop_id
     ORDER BY s.id;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('t4a_return_read', 't4a_slips', NULL,
            jsonb_build_object('year', p_year, 'slips', v_n, 'statuses', to_jsonb(p_statuses),
                               'after_slip_id', p_after_slip_id, 'limit', p_limit));
END
$$;

CREATE OR REPLACE FUNCTION desk.t4a_return_rows(p_year integer, p_statuses text[] DEFAULT ARRAY['draft', 'final'])
RETURNS TABLE (slip_id bigint, payee_party text, payee_id bigint, report_type char(1), status text,
               box048_cents bigint, box016_cents bigint, box018_cents bigint, box020_cents bigint,
               box022_cents bigint, box024_cents bigint, slip_version integer, profile_id bigint,
               recipient_kind text, surname text, given_name text, initial text, business_name text,
               business_name2 text, sin text, bn text, address_line1 text, address_line2 text, city text,
               province text, postal_code text, language text, problems text[], payee_name text)
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT * FROM desk.t4a_return_page(p_year, p_statuses, NULL, NULL);
$$;

REVOKE ALL ON FUNCTION desk.t4a_return_page(integer, text[], bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.t4a_return_page(integer, text[], bigint, integer) TO adesk_finance;
