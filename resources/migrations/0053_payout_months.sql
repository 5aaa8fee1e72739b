-- 0053_payout_months: a payout knows the months of its ledger rows, so marking it paid or failed
-- reads those months alone (issue 19, "More than one server": the ledger partitioned by month, no
-- slower).
--
-- desk.mark_payout_paid and desk.mark_payout_failed (0005) update a payout's ledger rows by
-- `payout_id = p_payout`, and the T4A rollup's payout trigger (0036, 0046, 0051) reads them three
-- times the same way. On the ledger by month (0051) each of those statements probed
-- earnings_ledger_payout in every monthly partition (39 in the demo, 50 in the 10M-row benchmark),
-- though a payout's rows sit in the few months its batch paid.
--
--   desk.payouts.first_period, last_period   the first and the last month (desk.ledger_period, the
--                                           first day of the month) of the payout's ledger rows;
--                                           NULL while it has none. Never narrower than its rows:
--       - desk.schedule_payouts (0052) records them from the due rows it pays;
--       - desk.payout_months_cover(), before each ledger row gets or keeps a payout (INSERT, or an
--         UPDATE of payout_id or period), widens the payout's months to the row's own when it is
--         outside them (only then: a lookup by key otherwise, no UPDATE of desk.payouts);
--       - the payouts of before this migration get them from their rows below.
--     Wider than its rows is harmless (a row moved to another payout): a month more is read.
--   mark_payout_paid / mark_payout_failed   `AND period BETWEEN first_period AND last_period`
--                                           (a payout without months, -infinity to infinity);
--   t4a_year_totals_on_payout()             the same bound, over the payouts whose status or paid
--                                           date changed, old months and new.
-- The bounds are plpgsql variables: pruned when the statement starts, whatever plan is cached.
-- session_replication_role = replica skips the trigger, as it skips every trigger and foreign key:
-- a superuser's bulk load (bench_statements) that links rows to a payout gives it no months (NULL),
-- which reads every month.
-- tst_ledgerpartitions: a payout of three months is marked paid, its rows all follow, its payment
-- moved a year back moves the rollup to its rebuild; another is marked failed; rows linked by hand
-- give a payout their months.
--
-- seed-demo into fresh databases (39 partitions), this migration undone after it ran ("before") and
-- as it is, alternated, two pairs, pg_stat_user_functions (times include the functions' triggers):
--                                    before               after
--   mark_payout_paid (671 calls)     1,702 / 1,379 ms     1,110 / 902 ms
--   t4a_year_totals_on_payout (711)    875 / 717 ms         328 / 260 ms
--   mark_payout_failed (17)             75 / 61 ms           32 / 24 ms
--   schedule_payouts (23)            1,179 / 947 ms       1,219 / 976 ms   (payout_months_cover:
--                                                                           6,786 calls, 51-64 ms)
--   seed-demo, wall                   15.3 / 13.2 s        13.5 / 12.5 s
-- Without plan_cache_mode (below), beside a build: mark_payout_paid 2,894 ms against 1,159 ms before.
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

ALTER TABLE desk.payouts
    ADD COLUMN first_period date,
    ADD COLUMN last_period date,
    ADD CONSTRAINT payouts_months CHECK ((first_period IS NULL) = (last_period IS NULL)
                                         AND first_period <= last_period);

UPDATE desk.payouts p
   SET first_period = r.first_period, last_period = r.last_period
  FROM (SELECT l.payout_id, min(l.period) AS first_period, max(l.period) AS last_period
          FROM desk.earnings_ledger l
         WHERE l.payout_id IS NOT NULL
         GROUP BY l.payout_id) r
 WHERE p.id = r.payout_id;

-- Widens payout NEW.payout_id's months to NEW.period (a BEFORE trigger on the ledger; owner only:
-- it runs as the definer functions that write the ledger, or as the owner).
CREATE FUNCTION desk.payout_months_cover() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM desk.payouts p
                    WHERE p.id = NEW.payout_id AND NEW.period BETWEEN p.first_period AND p.last_period) THEN
        UPDATE desk.payouts p
           SET first_period = least(p.first_period, NEW.period), last_period = greatest(p.last_period, NEW.period)
         WHERE p.id = NEW.payout_id;
    END IF;
    RETURN NEW;
END
$$;
REVOKE ALL ON FUNCTION desk.payout_months_cover() FROM PUBLIC;
CREATE TRIGGER earnings_ledger_payout_months BEFORE INSERT OR UPDATE OF payout_id, period ON desk.earnings_ledger
    FOR EACH ROW WHEN (NEW.payout_id IS NOT NULL) EXECUTE FUNCTION desk.payout_months_cover();

-- Each rewrite (as 0046 and 0051 did): a function, the text it replaces, how often it is there, what
-- it becomes.
DO $do$
DECLARE
    v_nl constant text := pg_catalog.chr(10);
    v_changed constant text :=
        'FROM t4a_payouts_new n JOIN t4a_payouts_old o ON o.id = n.id '
        'WHERE n.status IS DISTINCT FROM o.status OR n.paid_at IS DISTINCT FROM o.paid_at';
    v_lock constant text :=
        'PERFORM 1 FROM desk.earnings_ledger l WHERE (l.payout_status = ''paid'') IS TRUE AND l.payout_id IN '
        '(SELECT n.id ' || v_changed || ')';
    v_moved constant text :=
        'JOIN t4a_payouts_moved m ON m.id = l.payout_id WHERE (l.payout_status = ''paid'') IS TRUE';
    v_select constant text :=
        'SELECT status, version INTO v_status, v_version FROM desk.payouts WHERE id = p_payout FOR UPDATE;';
    v_months constant text :=
        'SELECT status, version, coalesce(first_period, ''-infinity''), coalesce(last_period, ''infinity'') '
        'INTO v_status, v_version, v_first, v_last FROM desk.payouts WHERE id = p_payout FOR UPDATE;';
    v_declare constant text := '    v_version integer;' || v_nl;
    v record;
    v_def text;
    v_found integer;
BEGIN
    FOR v IN
        SELECT * FROM (VALUES
            ('desk.mark_payout_paid(bigint, integer, text)', v_declare, 1,
             v_declare || '    v_first date;' || v_nl || '    v_last date;' || v_nl),
            ('desk.mark_payout_paid(bigint, integer, text)', v_select, 1, v_months),
            ('desk.mark_payout_paid(bigint, integer, text)', 'WHERE payout_id = p_payout;', 1,
             'WHERE payout_id = p_payout AND period BETWEEN v_first AND v_last;'),
            ('desk.mark_payout_failed(bigint, integer, text)', v_declare, 1,
             v_declare || '    v_first date;' || v_nl || '    v_last date;' || v_nl),
            ('desk.mark_payout_failed(bigint, integer, text)', v_select, 1, v_months),
            ('desk.mark_payout_failed(bigint, integer, text)', 'WHERE payout_id = p_payout;', 1,
             'WHERE payout_id = p_payout AND period BETWEEN v_first AND v_last;'),
            ('desk.t4a_year_totals_on_payout()', v_nl || 'BEGIN' || v_nl || '    ' || v_lock, 1,
             v_nl || 'DECLARE' || v_nl || '    v_first date;' || v_nl || '    v_last date;' || v_nl || 'BEGIN'
             || v_nl || '    SELECT min(least(coalesce(n.first_period, ''-infinity''), '
             'coalesce(o.first_period, ''-infinity''))), '
             'max(greatest(coalesce(n.last_period, ''infinity''), coalesce(o.last_period, ''infinity''))) '
             'INTO v_first, v_last ' || v_changed || ';' || v_nl || '    '
             || pg_catalog.replace(v_lock, 'IS TRUE AND', 'IS TRUE AND l.period BETWEEN v_first AND v_last AND')),
            ('desk.t4a_year_totals_on_payout()', v_moved, 2, v_moved || ' AND l.period BETWEEN v_first AND v_last'),
            -- 0052's batch records its payouts' months from the rows it pays.
            ('desk.schedule_payouts(date, text)',
             'INSERT INTO desk.payouts (batch_id, party, workshop_id, mechanic_id, amount_cents)', 1,
             'INSERT INTO desk.payouts (batch_id, party, workshop_id, mechanic_id, amount_cents, first_period, '
             'last_period)'),
            ('desk.schedule_payouts(date, text)', 'sum(d.net)' || v_nl, 1,
             'sum(d.net), min(d.ledger_period), max(d.ledger_period)' || v_nl)
        ) r (fn, old_text, expected, new_text)
    LOOP
        v_def := pg_catalog.pg_get_functiondef(v.fn::pg_catalog.regprocedure);
        v_found := (pg_catalog.length(v_def) - pg_catalog.length(pg_catalog.replace(v_def, v.old_text, '')))
                   / pg_catalog.length(v.old_text);
        -- A deployment check, never seen by a desk user (0046 says why it is an ASSERT).
        ASSERT v_found = v.expected,
            pg_catalog.format('%s is not as 0052 left it: "%s" %s times instead of %s', v.fn, v.old_text,
                              v_found, v.expected);
        EXECUTE pg_catalog.replace(v_def, v.old_text, v.new_text);
    END LOOP;
END
$do$;

-- One plan for every call. A bound that prunes partitions makes each custom plan cheaper than the
-- generic one, so PostgreSQL's plan cache would never settle on the generic plan and would plan each
-- statement over every month again at each call; the generic plan prunes when it starts.
ALTER FUNCTION desk.mark_payout_paid(bigint, integer, text) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION desk.mark_payout_failed(bigint, integer, text) SET plan_cache_mode = force_generic_plan;
ALTER FUNCTION desk.t4a_year_totals_on_payout() SET plan_cache_mode = force_generic_plan;
