-- 0046_t4a_payout_trigger_by_payout: the T4A rollup's triggers find a payout's ledger rows, and a
-- ledger row's payout, through one key each, whatever the statistics say (issue 19, "Start-up": the
-- demo's seed; the same holds for payouts marked while the tables' statistics are missing or stale).
--
-- 1. desk.t4a_year_totals_on_payout() (0036) runs after every UPDATE of desk.payouts
--    (mark_payout_paid, mark_payout_failed). Three of its statements select "the paid ledger rows of
--    the payouts that moved" (the rows to lock FOR SHARE; the rows whose figures leave with the old
--    payout and come back with the new one), each by `l.payout_status = 'paid' AND l.payout_id = m.id`.
--    Without statistics on desk.earnings_ledger (a new database: the demo's seed posts 13,000 ledger
--    rows and marks 671 payouts paid before autovacuum first analyzes it) the planner takes both
--    equalities for selective and ANDs two bitmap index scans: earnings_ledger_payout (the payout's
--    20-70 rows) and earnings_ledger_status (every paid row of the ledger). So each payout marked
--    paid read the paid part of the status index three times, more with every payout: 6,660 entries
--    each at the seed's last payouts. The test is now `(l.payout_status = 'paid') IS TRUE`: the same
--    rows (a NULL status is not paid either way), but no index answers a boolean test of an
--    expression, so it filters the payout's own rows from earnings_ledger_payout.
-- 2. Its three siblings on desk.earnings_ledger (INSERT, UPDATE, DELETE) joined each changed fee row
--    to its payout with `LEFT JOIN desk.payouts p ON p.id = x.payout_id`. Their plans are made once
--    per session, at the first call: in the seed that was while desk.payouts held a few rows, so the
--    join stayed a sequential scan of every payout, materialized, for each changed row (mark_payout_
--    paid's ledger UPDATE of 20-70 rows, twice: new and old rows), more with every payout. The
--    payout is now a LATERAL lookup by its key, made only for a row that is paid (the only rows
--    whose paid year reads the payout): an index probe of payouts_pkey per paid row.
-- Each function is otherwise 0036's: it is rewritten from its own definition, and the migration fails
-- unless it finds each text exactly as often as 0036 wrote it. Same figures and locks: tests/db/tst_t4a
-- (among its cases totalsFollowConcurrentPostings and overviewMatchesTheLedgerDefinition, which
-- fail when either rewrite selects other rows: checked with `IS FALSE` and with `LIMIT 0`).
--
-- seed-demo into a fresh database, two pairs, each "before" (0046 undone after the migration) and
-- "after" back to back in one cluster (Debug client, 2 cores, load 1-2; pg_stat_user_functions):
--                                   before               after
--   t4a_year_totals_on_payout       595 / 616 ms         182 / 190 ms     (711 calls)
--   t4a_year_totals_on_update       574 / 596 ms         210 / 222 ms     (711 calls)
--   t4a_year_totals_on_insert       465 / 483 ms         493 / 511 ms     (6,392 calls: a gated
--                                                                          lookup per row, +4 us)
--   mark_payout_paid, in all        1,141 / 1,217 ms     672 / 715 ms     (671 calls)
--   seed-demo, wall                 10.12 / 10.46 s      9.56 / 10.05 s

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- Each rewrite: a function, the text it replaces, how often 0036 wrote it there, what it becomes.
DO $do$
DECLARE
    v_lookup constant text :=
        'LEFT JOIN LATERAL (SELECT q.status, q.paid_at FROM desk.payouts q '
        'WHERE q.id = x.payout_id AND x.payout_status = ''paid'' LIMIT 1) p ON true';
    v record;
    v_def text;
    v_found integer;
BEGIN
    FOR v IN
        SELECT * FROM (VALUES
            ('desk.t4a_year_totals_on_payout()', 'WHERE l.payout_status = ''paid''', 3,
             'WHERE (l.payout_status = ''paid'') IS TRUE'),
            ('desk.t4a_year_totals_on_insert()', 'LEFT JOIN desk.payouts p ON p.id = x.payout_id', 1, v_lookup),
            ('desk.t4a_year_totals_on_update()', 'LEFT JOIN desk.payouts p ON p.id = x.payout_id', 4, v_lookup),
            ('desk.t4a_year_totals_on_delete()', 'LEFT JOIN desk.payouts p ON p.id = x.payout_id', 1, v_lookup)
        ) r (fn, old_text, expected, new_text)
    LOOP
        v_def := pg_catalog.pg_get_functiondef(v.fn::pg_catalog.regprocedure);
        v_found := (pg_catalog.length(v_def) - pg_catalog.length(pg_catalog.replace(v_def, v.old_text, '')))
                   / pg_catalog.length(v.old_text);
        -- A deployment check, never seen by a desk user (so not in ServerErrors' catalogue): the
        -- migrator's session keeps plpgsql.check_asserts at its default, on.
        ASSERT v_found = v.expected,
            pg_catalog.format('%s is not 0036''s: "%s" %s times instead of %s', v.fn, v.old_text, v_found,
                              v.expected);
        -- pg_get_functiondef gives CREATE OR REPLACE FUNCTION with the function's settings: its
        -- owner, its grants (none: revoked from PUBLIC in 0036) and its trigger stay.
        EXECUTE pg_catalog.replace(v_def, v.old_text, v.new_text);
    END LOOP;
END
$do$;
