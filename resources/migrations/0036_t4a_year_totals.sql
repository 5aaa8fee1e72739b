-- 0036_t4a_year_totals: the T4A year's figures per payee kept by the posting path (issue 19,
-- "Finance at scale", T4A pane), as 0028 keeps the earnings totals.
--
-- desk.t4a_year_payees(year) (0006) summed desk.t4a_fee_rows (the ledger's payee fee rows joined to
-- their payouts) for every payee on each call: 665 ms at 50,000 payees (400,000 ledger rows), most
-- of desk.t4a_overview's 1,023-1,055 ms (0031). desk.t4a_year_totals holds, per tax year and payee,
-- the four figures t4a_year_payees reports and the number of fee rows earned or paid in that year;
-- t4a_year_payees now reads that year's rows (one per payee, an index range) and t4a_overview (0031's
-- body, unchanged) with it. Same columns, rows and figures: tests/db/tst_t4a
-- (overviewMatchesTheLedgerDefinition: the 0006 aggregation over the ledger and the 0031 overview,
-- inlined, against the new one; totalsFollowConcurrentPostings: the rollup against the ledger after
-- concurrent postings, reversals and payouts).
--
--   desk.t4a_year_totals      one row per (tax_year, payee_party, payee_id). A fee row (the rows of
--       desk.t4a_fee_rows: party workshop or mechanic, not a bay rental or membership charge, not the
--       reversal of one; payee_id = coalesce(workshop_id, mechanic_id)) earned in year E (its period)
--       and paid in year P (its payout's paid_at on Toronto time, when the row and the payout are
--       both 'paid'; NULL while not) adds its amount to
--         year E: statement_cents; unpaid_cents when P is NULL or later than E; fees_cents when P = E
--         year P (when P is not E): fees_cents; prior_paid_cents when E is earlier than P
--       and counts once in row_count of each of those years. A payee is in a year's list while its
--       row_count is above 0 (0006: a fee row earned or paid in the year); rows at 0 stay (HOT
--       updates, as 0028) and readers skip them. Years of infinite dates are clamped to the integer
--       range (never a year anybody asks for; -infinity is still "earlier" for prior_paid_cents).
--   Statement-level triggers on desk.earnings_ledger (INSERT, UPDATE, DELETE, TRUNCATE) and on
--       desk.payouts (UPDATE: a payout turning paid, failed, or its paid_at moving) apply the net
--       change in one upsert, keys in a fixed order (tax_year, payee_party, payee_id) so two
--       postings lock shared rows in the same order. A fee row's figures depend on its payout and,
--       for a reversal, on the entry type of the row it reverses; each trigger holds the other side
--       at its current state (an UPDATE of the ledger also re-counts the reversals of the rows it
--       changed). Across transactions: a payout's writers lock it FOR UPDATE before changing it
--       (mark_payout_paid / mark_payout_failed), which waits for the FOR KEY SHARE lock of the
--       foreign key that any ledger row written against the payout holds, and the other way round,
--       so the later trigger sees the earlier change; a payout's change also locks its paid ledger
--       rows FOR SHARE. Postings and reversals insert unpaid rows, which depend on no payout. (A
--       first version also locked the payouts of a ledger write's paid rows FOR SHARE: upgrading the
--       foreign key's lock deadlocked with mark_payout_paid's FOR UPDATE, tst_t4a's race.) The
--       triggers run as the writer (the definers' owner): no client role writes the rollup.
--       Lock order: mark_payout_paid's first statement (the payout) locks rows of this rollup only,
--       its second (the ledger rows) this rollup's and 0028's earnings_totals; the ledger's
--       triggers here are named earnings_t4a_… so that they fire before 0028's earnings_totals_…
--       (triggers of one event fire in name order) and every statement locks this rollup's rows
--       first (t4a_year_totals_… after them deadlocked two payouts of one payee, tst_t4a's race).
--   desk.rebuild_t4a_year_totals() -> bigint   recomputes the rollup from the ledger (the number of
--       rollup rows). Deployer only (no grant): for a ledger loaded with triggers off
--       (session_replication_role = replica), as tests/bench/bench_statements does.
--
-- Visibility: finance only, as the functions reading it (granted to adesk_finance only); the ledger's
-- finance policy sees every row, and so does this one.
--
-- tests/bench/bench_t4a at 50,000 payees (610,000 ledger rows; Debug build, 2 cores shared with
-- other builds and benchmarks, load average 4-6), each beside the bare aggregation of the same run
-- (tests/bench/README.md, "bench_t4a"):
--                               before (0031)                        after (0036)
--   t4a_year_payees, due rows   1.9x the bare SQL                    0.18-0.44x
--   overview, no slips yet      1,697.9 ms (bare 743.9 ms; the       647.0 ms (same run); runs 1-4:
--                               0006 aggregation put back in the     647-1,518 ms against bare
--                               same run; another: 2,160.2 ms        744-1,515 ms, 0.87-1.17x; 999.3 ms
--                               against bare 612.5 ms)               against 612.5 ms (1.63x)
--   overview, 46,846 drafts     (0031: 1,008-1,035 ms, bare 350 ms)  658-1,946 ms, 0.88-1.91x
-- Seven runs: the overview 1.8-2.6x faster than 0031 in the same run (runs 4-7), within the bare
-- aggregation + 16 ms (issue 19's target) in 5 of 14 measures, 0.87-1.91x it: the aggregation is
-- gone (the rollup's rows of a year: 11-19 ms in EXPLAIN ANALYZE), what is left is joining the
-- 50,000 rows to profiles, names and slips, their problems, the sort by name (an external merge of
-- 8 MB at the default work_mem: the function gets 64 MB) and reading them in the client.

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

CREATE TABLE desk.t4a_year_totals (
    tax_year         integer NOT NULL,
    payee_party      text NOT NULL,
    payee_id         bigint NOT NULL,
    row_count        bigint NOT NULL, -- fee rows earned or paid in the year; no CHECK (as 0028)
    fees_cents       bigint NOT NULL,
    statement_cents  bigint NOT NULL,
    unpaid_cents     bigint NOT NULL,
    prior_paid_cents bigint NOT NULL,
    CONSTRAINT t4a_year_totals_key PRIMARY KEY (tax_year, payee_party, payee_id)
) WITH (fillfactor = 50);

ALTER TABLE desk.t4a_year_totals ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.t4a_year_totals FORCE ROW LEVEL SECURITY;
CREATE POLICY t4a_year_totals_finance ON desk.t4a_year_totals FOR SELECT USING ((SELECT desk.is_finance()));
REVOKE ALL ON desk.t4a_year_totals FROM PUBLIC;
GRANT SELECT ON desk.t4a_year_totals TO adesk_finance;

-- The trigger functions, generated from one text: %1$s is the fee rows' change as
-- (sign, payee_party, payee_id, amount_cents, earned_year, paid_year), %2$s what runs before it (locks).
DO $do$
DECLARE
    v_body constant text := $body$
BEGIN
    %2$s
    WITH changed AS (%1$s),
    parts AS (
        SELECT c.payee_party, c.payee_id, y.tax_year, c.sign, c.sign * y.fees AS fees, c.sign * y.stmt AS stmt,
               c.sign * y.unpaid AS unpaid, c.sign * y.prior AS prior
          FROM changed c
         CROSS JOIN LATERAL (VALUES
                (c.earned_year, CASE WHEN c.paid_year = c.earned_year THEN c.amount_cents ELSE 0 END,
                 c.amount_cents,
                 CASE WHEN c.paid_year IS NULL OR c.paid_year > c.earned_year THEN c.amount_cents ELSE 0 END, 0::bigint),
                (CASE WHEN c.paid_year <> c.earned_year THEN c.paid_year END, c.amount_cents, 0::bigint, 0::bigint,
                 CASE WHEN c.earned_year < c.paid_year THEN c.amount_cents ELSE 0 END)
              ) y (tax_year, fees, stmt, unpaid, prior)
         WHERE y.tax_year IS NOT NULL
    ),
    delta AS (
        SELECT tax_year, payee_party, payee_id, sum(sign) AS n, sum(fees) AS fees, sum(stmt) AS stmt,
               sum(unpaid) AS unpaid, sum(prior) AS prior
          FROM parts
         GROUP BY tax_year, payee_party, payee_id
        HAVING sum(sign) <> 0 OR sum(fees) <> 0 OR sum(stmt) <> 0 OR sum(unpaid) <> 0 OR sum(prior) <> 0
    )
    INSERT INTO desk.t4a_year_totals AS t (tax_year, payee_party, payee_id, row_count, fees_cents, statement_cents,
                                           unpaid_cents, prior_paid_cents)
    SELECT tax_year, payee_party, payee_id, n, fees, stmt, unpaid, prior
      FROM delta
     ORDER BY tax_year, payee_party, payee_id
    ON CONFLICT ON CONSTRAINT t4a_year_totals_key DO UPDATE
       SET row_count = t.row_count + excluded.row_count,
           fees_cents = t.fees_cents + excluded.fees_cents,
           statement_cents = t.statement_cents + excluded.statement_cents,
           unpaid_cents = t.unpaid_cents + excluded.unpaid_cents,
           prior_paid_cents = t.prior_paid_cents + excluded.prior_paid_cents;
    RETURN NULL;
END
$body$;
    -- A ledger-shaped set %1$s (alias x) as fee rows with sign %2$s: its payout from %3$s (alias p:
    -- id, status, paid_at), the entry type of the row a reversal reverses from %4$s (alias o: id,
    -- entry_type).
    v_rows constant text := $rows$
        SELECT %2$s AS sign, x.party AS payee_party, coalesce(x.workshop_id, x.mechanic_id) AS payee_id,
               x.amount_cents,
               CASE WHEN isfinite(x.period) THEN extract(year FROM x.period)::integer
                    WHEN x.period < '2000-01-01' THEN -2147483648 ELSE 2147483647 END AS earned_year,
               CASE WHEN x.payout_status = 'paid' AND p.status = 'paid' THEN
                   CASE WHEN isfinite(p.paid_at) THEN extract(year FROM p.paid_at AT TIME ZONE 'America/Toronto')::integer
                        WHEN p.paid_at < '2000-01-01 00:00+00' THEN -2147483648 ELSE 2147483647 END END AS paid_year
          FROM %1$s x
          LEFT JOIN %3$s p ON p.id = x.payout_id
         WHERE x.party IN ('workshop', 'mechanic')
           AND x.entry_type NOT IN ('bay_rental_charge', 'membership_fee')
           AND (x.entry_type <> 'reversal'
                OR NOT EXISTS (SELECT 1 FROM %4$s o
                                WHERE o.id = x.reverses_id AND o.entry_type IN ('bay_rental_charge', 'membership_fee')))
$rows$;
    -- The ledger as it was before an UPDATE / DELETE statement: its old rows in place of the current ones.
    v_ledger_before constant text :=
        '(SELECT b.id, b.entry_type FROM t4a_totals_old b UNION ALL '
        'SELECT l.id, l.entry_type FROM desk.earnings_ledger l WHERE l.id NOT IN (SELECT id FROM t4a_totals_old))';
    -- The unchanged reversals of the rows an UPDATE turned into a charge or out of one (whether a
    -- reversal is a fee row follows the type of the row it reverses).
    v_reversals constant text :=
        '(SELECT r.* FROM desk.earnings_ledger r WHERE r.reverses_id IN ('
        'SELECT n.id FROM t4a_totals_new n JOIN t4a_totals_old b ON b.id = n.id '
        'WHERE (n.entry_type IN (''bay_rental_charge'', ''membership_fee'')) '
        '<> (b.entry_type IN (''bay_rental_charge'', ''membership_fee''))) '
        'AND r.id NOT IN (SELECT id FROM t4a_totals_new))';
    v_new text;
    v_old text;
BEGIN
    -- INSERT: the new rows (their originals are in the ledger, their payouts current).
    v_new := pg_catalog.format(v_rows, 't4a_totals_new', '1', 'desk.payouts', 'desk.earnings_ledger');
    EXECUTE pg_catalog.format('CREATE FUNCTION desk.t4a_year_totals_on_insert() RETURNS trigger LANGUAGE plpgsql '
                              'SET search_path = pg_catalog, desk, pg_temp AS %L',
                              pg_catalog.format(v_body, v_new, ''));
    -- UPDATE: the new rows and the reversals of them now, less the old rows and those reversals before.
    v_new := v_new || ' UNION ALL '
             || pg_catalog.format(v_rows, v_reversals, '1', 'desk.payouts', 'desk.earnings_ledger');
    v_old := pg_catalog.format(v_rows, 't4a_totals_old', '-1', 'desk.payouts', v_ledger_before)
             || ' UNION ALL ' || pg_catalog.format(v_rows, v_reversals, '-1', 'desk.payouts', v_ledger_before);
    EXECUTE pg_catalog.format('CREATE FUNCTION desk.t4a_year_totals_on_update() RETURNS trigger LANGUAGE plpgsql '
                              'SET search_path = pg_catalog, desk, pg_temp AS %L',
                              pg_catalog.format(v_body, v_new || ' UNION ALL ' || v_old, ''));
    -- DELETE: less the old rows (an original goes with or after its reversal: the foreign key).
    v_old := pg_catalog.format(v_rows, 't4a_totals_old', '-1', 'desk.payouts', v_ledger_before);
    EXECUTE pg_catalog.format('CREATE FUNCTION desk.t4a_year_totals_on_delete() RETURNS trigger LANGUAGE plpgsql '
                              'SET search_path = pg_catalog, desk, pg_temp AS %L',
                              pg_catalog.format(v_body, v_old, ''));
    -- A payout's UPDATE: its paid ledger rows with the new payout, less them with the old one.
    v_new := pg_catalog.format(v_rows, '(SELECT l.* FROM desk.earnings_ledger l JOIN t4a_payouts_moved m '
                                       'ON m.id = l.payout_id WHERE l.payout_status = ''paid'')',
                               '1', 't4a_payouts_new', 'desk.earnings_ledger');
    v_old := pg_catalog.format(v_rows, '(SELECT l.* FROM desk.earnings_ledger l JOIN t4a_payouts_moved m '
                                       'ON m.id = l.payout_id WHERE l.payout_status = ''paid'')',
                               '-1', 't4a_payouts_old', 'desk.earnings_ledger');
    EXECUTE pg_catalog.format(
        'CREATE FUNCTION desk.t4a_year_totals_on_payout() RETURNS trigger LANGUAGE plpgsql '
        'SET search_path = pg_catalog, desk, pg_temp AS %L',
        pg_catalog.format(
            replace(v_body, 'WITH changed AS',
                    'WITH t4a_payouts_moved AS (SELECT n.id FROM t4a_payouts_new n JOIN t4a_payouts_old o ON o.id = n.id '
                    'WHERE (n.status = ''paid'') IS DISTINCT FROM (o.status = ''paid'') '
                    'OR (n.status = ''paid'' AND n.paid_at IS DISTINCT FROM o.paid_at)), changed AS'),
            v_new || ' UNION ALL ' || v_old,
            'PERFORM 1 FROM desk.earnings_ledger l WHERE l.payout_status = ''paid'' AND l.payout_id IN '
            '(SELECT n.id FROM t4a_payouts_new n JOIN t4a_payouts_old o ON o.id = n.id '
            'WHERE n.status IS DISTINCT FROM o.status OR n.paid_at IS DISTINCT FROM o.paid_at) '
            'ORDER BY l.id FOR SHARE OF l;'));
END
$do$;

CREATE TRIGGER earnings_t4a_year_totals_insert AFTER INSERT ON desk.earnings_ledger
    REFERENCING NEW TABLE AS t4a_totals_new
    FOR EACH STATEMENT EXECUTE FUNCTION desk.t4a_year_totals_on_insert();
CREATE TRIGGER earnings_t4a_year_totals_update AFTER UPDATE ON desk.earnings_ledger
    REFERENCING OLD TABLE AS t4a_totals_old NEW TABLE AS t4a_totals_new
    FOR EACH STATEMENT EXECUTE FUNCTION desk.t4a_year_totals_on_update();
CREATE TRIGGER earnings_t4a_year_totals_delete AFTER DELETE ON desk.earnings_ledger
    REFERENCING OLD TABLE AS t4a_totals_old
    FOR EACH STATEMENT EXECUTE FUNCTION desk.t4a_year_totals_on_delete();
CREATE TRIGGER t4a_year_totals_payout AFTER UPDATE ON desk.payouts
    REFERENCING OLD TABLE AS t4a_payouts_old NEW TABLE AS t4a_payouts_new
    FOR EACH STATEMENT EXECUTE FUNCTION desk.t4a_year_totals_on_payout();

CREATE FUNCTION desk.t4a_year_totals_on_truncate() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    TRUNCATE desk.t4a_year_totals;
    RETURN NULL;
END
$$;
CREATE TRIGGER earnings_t4a_year_totals_truncate AFTER TRUNCATE ON desk.earnings_ledger
    FOR EACH STATEMENT EXECUTE FUNCTION desk.t4a_year_totals_on_truncate();

-- Recomputes the rollup from the ledger (0006's rules, the year bounds as above); the number of rows.
CREATE FUNCTION desk.rebuild_t4a_year_totals() RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_n bigint;
BEGIN
    LOCK TABLE desk.earnings_ledger, desk.payouts IN SHARE MODE; -- no posting or payout in between
    DELETE FROM desk.t4a_year_totals;
    WITH fee AS (
        SELECT x.party AS payee_party, coalesce(x.workshop_id, x.mechanic_id) AS payee_id, x.amount_cents,
               CASE WHEN isfinite(x.period) THEN extract(year FROM x.period)::integer
                    WHEN x.period < '2000-01-01' THEN -2147483648 ELSE 2147483647 END AS earned_year,
               CASE WHEN x.payout_status = 'paid' AND p.status = 'paid' THEN
                   CASE WHEN isfinite(p.paid_at) THEN extract(year FROM p.paid_at AT TIME ZONE 'America/Toronto')::integer
                        WHEN p.paid_at < '2000-01-01 00:00+00' THEN -2147483648 ELSE 2147483647 END END AS paid_year
          FROM desk.earnings_ledger x
          LEFT JOIN desk.payouts p ON p.id = x.payout_id
         WHERE x.party IN ('workshop', 'mechanic')
           AND x.entry_type NOT IN ('bay_rental_charge', 'membership_fee')
           AND (x.entry_type <> 'reversal'
                OR NOT EXISTS (SELECT 1 FROM desk.earnings_ledger o
                                WHERE o.id = x.reverses_id AND o.entry_type IN ('bay_rental_charge', 'membership_fee')))
    )
    INSERT INTO desk.t4a_year_totals (tax_year, payee_party, payee_id, row_count, fees_cents, statement_cents,
                                      unpaid_cents, prior_paid_cents)
    SELECT y.tax_year, f.payee_party, f.payee_id, count(*), sum(y.fees), sum(y.stmt), sum(y.unpaid), sum(y.prior)
      FROM fee f
     CROSS JOIN LATERAL (VALUES
            (f.earned_year, CASE WHEN f.paid_year = f.earned_year THEN f.amount_cents ELSE 0 END, f.amount_cents,
             CASE WHEN f.paid_year IS NULL OR f.paid_year > f.earned_year THEN f.amount_cents ELSE 0 END, 0::bigint),
            (CASE WHEN f.paid_year <> f.earned_year THEN f.paid_year END, f.amount_cents, 0::bigint, 0::bigint,
             CASE WHEN f.earned_year < f.paid_year THEN f.amount_cents ELSE 0 END)
          ) y (tax_year, fees, stmt, unpaid, prior)
     WHERE y.tax_year IS NOT NULL
     GROUP BY y.tax_year, f.payee_party, f.payee_id;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;
REVOKE ALL ON FUNCTION desk.t4a_year_totals_on_insert(), desk.t4a_year_totals_on_update(),
    desk.t4a_year_totals_on_delete(), desk.t4a_year_totals_on_payout(), desk.t4a_year_totals_on_truncate(),
    desk.rebuild_t4a_year_totals()
    FROM PUBLIC;

SELECT desk.rebuild_t4a_year_totals();

-- The year's payees from the rollup: 0006's columns and figures (inlinable: no SET, names qualified).
CREATE OR REPLACE FUNCTION desk.t4a_year_payees(p_year integer)
RETURNS TABLE (payee_party text, payee_id bigint, fees_cents bigint, statement_cents bigint,
               unpaid_cents bigint, prior_paid_cents bigint, slip_due boolean)
LANGUAGE sql STABLE AS $$
    SELECT t.payee_party, t.payee_id, t.fees_cents, t.statement_cents, t.unpaid_cents, t.prior_paid_cents,
           t.fees_cents > 50000
      FROM desk.t4a_year_totals t
     WHERE t.tax_year = p_year AND t.row_count > 0
$$;

-- The overview's sort of every payee by name spilled to disk at the default work_mem (4 MB: an
-- external merge of 8 MB at 50,000 payees); its function gets room for it in memory.
ALTER FUNCTION desk.t4a_overview(integer) SET work_mem = '64MB';
