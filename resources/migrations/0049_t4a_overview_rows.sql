-- 0049_t4a_overview_rows: the T4A pane reads its rows from a view, unsorted (issue 19, "Finance at
-- scale": the overview within 16 ms of the bare aggregation).
--
-- desk.t4a_overview(year) (0006, 0012, 0031, 0036) is a plpgsql function: RETURN QUERY writes its
-- 50,000 rows (bench_t4a's year) into a tuplestore that the caller then reads, and it sorts them
-- by payee name on the database server. Measured on bench_t4a's data with the rows sent to psql
-- (RelWithDebInfo client, 2 cores, four runs each): the function 314-338 ms, its body without the
-- ORDER BY 193-275 ms, sorting 50,000 of its rows alone 64-75 ms. The server sorted for a pane
-- whose model sorts by payee in 4.5 ms (T4AModel::sort, bench_t4a t4a_pane_sort_payee).
--
-- desk.t4a_overview_rows is the function's body as a view with the tax year as a column: a query
-- with `WHERE tax_year = Y` is planned as the function's (the year reaches every join through the
-- equivalence of the tax_year columns, the superseded slips' count included), without the
-- tuplestore and without the sort. SECURITY INVOKER (security_invoker = true), as the function
-- was: the caller's row-level security and column privileges apply (finance: no sin, no bn). The
-- pane (TaxRepository::overview) reads it and puts the rows in the overview's order itself, on the
-- worker thread (models/tax/taxrepository.h). bench_t4a, two runs, RelWithDebInfo: the pane's read
-- 305.7 and 397.0 ms against the function's 359.6 and 496.3 ms in the same runs (the bare
-- aggregation, its anchor: 357.8 and 379.0 ms).
--
-- desk.t4a_overview(year) keeps its signature, columns, rows, order, settings and grants, now read
-- from the view (tst_t4a compares it with 0012's definition, and the pane's rows with it): the
-- statements check, t4a-overview and the replica test still call it.
--
-- The view runs with the session's jit and work_mem (the function pinned jit = off and 64 MB for
-- its sort). Without the sort the hash joins fit the default 4 MB at 50,000 payees, and the
-- statement's estimated cost (14,300 at 50,000 payees) stays under jit_above_cost (100,000) up to
-- about 350,000 payees.

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

CREATE VIEW desk.t4a_overview_rows WITH (security_invoker = true) AS
    SELECT y.tax_year, y.payee_party, y.payee_id, coalesce(o.name, m.display_name) AS payee_name,
           y.fees_cents, y.statement_cents, y.unpaid_cents, y.prior_paid_cents,
           y.fees_cents > 50000 AS slip_due, t.id AS profile_id, t.version AS profile_version,
           t.recipient_kind, t.sin_masked, t.bn_masked, t.province::text AS province, t.postal_code,
           coalesce(t.language, CASE WHEN coalesce(o.province, m.province) = 'QC' THEN 'fr'
                                     ELSE coalesce(o.preferred_language, m.preferred_language, 'en') END)
               AS language,
           desk.tax_problems(t.id, t.recipient_kind, t.sin_masked, t.sin_valid, t.bn_masked, t.bn_valid,
                             t.address_line1, t.city, t.province, t.postal_code, t.surname, t.business_name,
                             coalesce(t.sin_shared, false)) AS problems,
           s.id AS slip_id, s.status AS slip_status, s.report_type::text AS slip_report_type,
           s.box048_cents AS slip_box048_cents, s.version AS slip_version,
           coalesce(h.slips, 0) AS slip_history
      FROM desk.t4a_year_totals y
      LEFT JOIN desk.organizations o ON y.payee_party = 'workshop' AND o.id = y.payee_id
      LEFT JOIN desk.mechanics m ON y.payee_party = 'mechanic' AND m.id = y.payee_id
      LEFT JOIN desk.payee_tax_profiles t ON t.payee_party = y.payee_party
                                         AND coalesce(t.mechanic_id, t.workshop_id) = y.payee_id
      LEFT JOIN desk.t4a_slips s ON s.tax_year = y.tax_year AND NOT s.superseded
                                AND s.payee_party = y.payee_party AND s.payee_id = y.payee_id
      LEFT JOIN (SELECT hs.tax_year, hs.payee_party, hs.payee_id, count(*)::integer AS slips
                   FROM desk.t4a_slips hs
                  WHERE hs.superseded
                  GROUP BY hs.tax_year, hs.payee_party, hs.payee_id) h
             ON h.tax_year = y.tax_year AND h.payee_party = y.payee_party AND h.payee_id = y.payee_id
     WHERE y.row_count > 0; -- desk.t4a_year_payees' rows (0036)

REVOKE ALL ON desk.t4a_overview_rows FROM PUBLIC;
GRANT SELECT ON desk.t4a_overview_rows TO adesk_finance;

CREATE OR REPLACE FUNCTION desk.t4a_overview(p_year integer)
RETURNS TABLE (payee_party text, payee_id bigint, payee_name text, fees_cents bigint, statement_cents bigint,
               unpaid_cents bigint, prior_paid_cents bigint, slip_due boolean, profile_id bigint,
               profile_version integer, recipient_kind text, sin_masked text, bn_masked text, province text,
               postal_code text, language text, problems text[], slip_id bigint, slip_status text,
               slip_report_type text, slip_box048_cents bigint, slip_version integer, slip_history integer)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp SET jit = off SET work_mem = '64MB'
AS $f$
BEGIN
    RETURN QUERY EXECUTE $q$
    SELECT v.payee_party, v.payee_id, v.payee_name, v.fees_cents, v.statement_cents, v.unpaid_cents,
           v.prior_paid_cents, v.slip_due, v.profile_id, v.profile_version, v.recipient_kind, v.sin_masked,
           v.bn_masked, v.province, v.postal_code, v.language, v.problems, v.slip_id, v.slip_status,
           v.slip_report_type, v.slip_box048_cents, v.slip_version, v.slip_history
      FROM desk.t4a_overview_rows v
     WHERE v.tax_year = $1
     ORDER BY v.slip_due DESC, v.payee_name, v.payee_party, v.payee_id
    $q$ USING p_year;
END
$f$;
