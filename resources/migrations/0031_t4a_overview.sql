-- 0031_t4a_overview: the T4A pane's query, set-based (issue 19, "Finance at scale").
--
-- desk.t4a_overview(year) (0006, 0012) keeps its signature, columns, rows and order, SECURITY
-- INVOKER (the caller's RLS and column privileges apply), its pinned search_path and its grants;
-- how it gets there changes. tests/bench/bench_t4a at 50,000 payees (one per mechanic, each with a
-- profile; Debug build, 2 cores shared with other work; best of 3, two runs each), beside the bare
-- aggregation SQL timed in the same run:
--                               before (0012)                      after (0031)
--   overview, no slips yet      2,432-2,494 ms (bare 443 ms)       1,023-1,055 ms (bare 350-353 ms)
--   overview, 46,846 drafts     cancelled at the pane's 30 s       1,008-1,035 ms
--                               statement limit (179 s in psql)
-- Issue 19's target, the bare aggregation + 16 ms, is not met: the aggregation the overview holds
-- (desk.t4a_year_payees over every payee, jit off) takes 665 ms, 1.9x the bare SQL, and the joins,
-- the sort by name and reading 50,000 rows add 360-390 ms (170-200 ms of it in the server).
--
-- Where the time went (EXPLAIN ANALYZE of the 0012 body):
--   * JIT. The planner's cost for desk.t4a_fee_rows is about 10 million (0007's reversal check,
--     `OR NOT EXISTS (...)` in the view, is costed as a scan of the ledger per row), far above
--     jit_above_cost, so each call compiled about 140 expressions with inlining and optimisation:
--     1.0-1.3 s of the 2.75 s a call took. The function sets jit off.
--   * A generic plan. A LANGUAGE sql function that is not inlined (it has SET clauses) plans its
--     body with p_year as a parameter, so desk.t4a_year_payees' year bounds
--     (make_date(p_year, 1, 1)::timestamp AT TIME ZONE 'America/Toronto', in every FILTER) were
--     computed again for each of the 400,000 ledger rows: about 0.3 s. The body is one constant
--     statement run with EXECUTE ... USING (as 0016's desk.verification_search), planned for the
--     year it is given, where the bounds are constants.
--   * The profile join `(party = 'workshop' AND t.workshop_id = id) OR (party = 'mechanic' AND
--     t.mechanic_id = id)`: an OR can be neither hashed nor merged, so a nested loop ran two index
--     probes (BitmapOr) and the count below for each payee, about 0.5 s. 0006's CHECKs set exactly
--     the column payee_party names and leave the other NULL, so the condition is
--     `t.payee_party = party AND coalesce(t.mechanic_id, t.workshop_id) = id`, as
--     generate_t4a_slips, finalize_t4a_slips and t4a_return_rows join: one equi-join. No index on
--     that pair: the hash or merge join needs none, and with a unique one the planner ran
--     generate_t4a_slips' first drafts of a year as a nested loop over the slips it is inserting
--     (1.6 s -> 17 s).
--   * slip_history: a count(*) per payee over the year's superseded slips, which no index served
--     (t4a_slips_current holds the others), so a scan of desk.t4a_slips per payee: nothing while a
--     year has no slips, 179 s once its 46,846 drafts exist. It is one grouped LEFT JOIN now, over
--     a partial index of the superseded slips.

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- The amendment history of a payee's slips of a year (slip_history).
CREATE INDEX t4a_slips_superseded ON desk.t4a_slips (tax_year, payee_party, payee_id) WHERE superseded;

-- Rows, columns and order as in 0012. SECURITY INVOKER as before; plpgsql for EXECUTE ... USING
-- (a plan for the year's values on each call); jit off (above).
CREATE OR REPLACE FUNCTION desk.t4a_overview(p_year integer)
RETURNS TABLE (payee_party text, payee_id bigint, payee_name text, fees_cents bigint, statement_cents bigint,
               unpaid_cents bigint, prior_paid_cents bigint, slip_due boolean, profile_id bigint,
               profile_version integer, recipient_kind text, sin_masked text, bn_masked text, province text,
               postal_code text, language text, problems text[], slip_id bigint, slip_status text,
               slip_report_type text, slip_box048_cents bigint, slip_version integer, slip_history integer)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp SET jit = off AS $f$
BEGIN
    RETURN QUERY EXECUTE $q$
    SELECT y.payee_party, y.payee_id, coalesce(o.name, m.display_name), y.fees_cents, y.statement_cents,
           y.unpaid_cents, y.prior_paid_cents, y.slip_due, t.id, t.version, t.recipient_kind, t.sin_masked,
           t.bn_masked, t.province::text, t.postal_code,
           coalesce(t.language, CASE WHEN coalesce(o.province, m.province) = 'QC' THEN 'fr'
                                     ELSE coalesce(o.preferred_language, m.preferred_language, 'en') END),
           desk.tax_problems(t.id, t.recipient_kind, t.sin_masked, t.sin_valid, t.bn_masked, t.bn_valid,
                             t.address_line1, t.city, t.province, t.postal_code, t.surname, t.business_name,
                             coalesce(t.sin_shared, false)),
           s.id, s.status, s.report_type::text, s.box048_cents, s.version, coalesce(h.slips, 0)
      FROM desk.t4a_year_payees($1) y
      LEFT JOIN desk.organizations o ON y.payee_party = 'workshop' AND o.id = y.payee_id
      LEFT JOIN desk.mechanics m ON y.payee_party = 'mechanic' AND m.id = y.payee_id
      LEFT JOIN desk.payee_tax_profiles t ON t.payee_party = y.payee_party
                                         AND coalesce(t.mechanic_id, t.workshop_id) = y.payee_id
      LEFT JOIN desk.t4a_slips s ON s.tax_year = $1 AND NOT s.superseded AND s.payee_party = y.payee_party
                                AND s.payee_id = y.payee_id
      LEFT JOIN (SELECT hs.payee_party, hs.payee_id, count(*)::integer AS slips
                   FROM desk.t4a_slips hs
                  WHERE hs.tax_year = $1 AND hs.superseded
                  GROUP BY hs.payee_party, hs.payee_id) h ON h.payee_party = y.payee_party
                                                          AND h.payee_id = y.payee_id
     ORDER BY y.slip_due DESC, coalesce(o.name, m.display_name), y.payee_party, y.payee_id
    $q$ USING p_year;
END
$f$;
