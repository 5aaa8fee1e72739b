-- 0052_payouts_by_month: scheduling a payout batch on the ledger by month (issue 19, "More than one
-- server": the ledger partitioned by month, no slower).
--
-- desk.schedule_payouts(period, note) (0005, 0007, 0013) keeps its signature, result, checks, lock,
-- rows, audit and grants. On the partitioned ledger (0051) its plan covers every monthly partition for
-- each due row (the platform rows whose taxes are netted from it) and again for the UPDATE, and its
-- estimated cost crosses jit_above_cost: PostgreSQL JIT-compiled about a thousand expressions at
-- each call (auto_explain: "JIT: Functions: 998"). Measured on the demo's ledger (39 partitions, 360
-- due rows; the three versions alternated in one session, five calls each, each rolled back), on a
-- quiet machine (load 0.3) and beside a CI build:
--                                                        quiet           beside a build
--   0013's body                                          169-861 ms      740-8,094 ms
--   0013's body with jit off                             54-110 ms       63-215 ms
--   this one (jit off, each row's own month)             26-33 ms        30-79 ms
-- Here:
--   - jit is off for the function, as for the expiry board (0045, 0050) and the KPIs (0047);
--   - a due row's platform rows are looked up in its own month (f.period = l.period). All of an
--     event's posted rows share one event_at and so one period (write_event_rows, one INSERT), and
--     all of its reversal rows one now() (reverse_ledger_event), so the rows netted are the same;
--     run-time pruning reads one partition per due row;
--   - the due rows are also bounded by the batch's month (l.period <= p_period: on every posted row
--     the same as event_at < the month's end), which leaves the later months out of the plan;
--   - the UPDATE finds each due row by its primary key, (id, period).
-- tst_ledgerpartitions compares a batch with 0013's definition of what is due.
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

CREATE OR REPLACE FUNCTION desk.schedule_payouts(p_period date, p_note text DEFAULT NULL) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET jit = off SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_batch bigint;
    v_end timestamptz;
BEGIN
    PERFORM desk.require_finance();
    IF p_period IS NULL OR extract(day FROM p_period) <> 1 THEN
        RAISE EXCEPTION 'a payout period is the first day of a month' USING ERRCODE = '22023';
    END IF;
    INSERT INTO desk.work_locks (kind, key) VALUES ('payouts', 0) ON CONFLICT DO NOTHING;
    PERFORM 1 FROM desk.work_locks w WHERE w.kind = 'payouts' AND w.key = 0 FOR UPDATE;
    v_end := (p_period + interval '1 month')::timestamp AT TIME ZONE 'America/Toronto';
    INSERT INTO desk.payout_batches (period, note) VALUES (p_period, p_note) RETURNING id INTO v_batch;

    WITH due AS (
        SELECT l.id AS ledger_id, l.period AS ledger_period, l.party AS payee_party,
               CASE l.party WHEN 'workshop' THEN l.workshop_id ELSE l.mechanic_id END AS payee_id,
               l.amount_cents
               - coalesce((SELECT sum(f.gst_hst_cents + f.qst_cents) FROM desk.earnings_ledger f
                            WHERE f.event_type = l.event_type AND f.event_id = l.event_id AND f.party = 'platform'
                              AND (f.entry_type = 'reversal') = (l.entry_type = 'reversal') AND f.period = l.period
                              AND ((l.party = 'workshop' AND f.workshop_id = l.workshop_id)
                                OR (l.party = 'mechanic' AND f.mechanic_id = l.mechanic_id AND f.workshop_id IS NULL))),
                          0) AS net
          FROM desk.earnings_ledger l
         WHERE l.party <> 'platform' AND l.payout_status IN ('pending', 'failed') AND l.event_at < v_end
           AND l.period <= p_period),
    paid AS (
        INSERT INTO desk.payouts (batch_id, party, workshop_id, mechanic_id, amount_cents)
        SELECT v_batch, d.payee_party, CASE WHEN d.payee_party = 'workshop' THEN d.payee_id END,
               CASE WHEN d.payee_party = 'mechanic' THEN d.payee_id END, sum(d.net)
          FROM due d GROUP BY d.payee_party, d.payee_id HAVING sum(d.net) > 0
        RETURNING id, party, coalesce(workshop_id, mechanic_id) AS payee_id)
    UPDATE desk.earnings_ledger l
       SET payout_status = 'scheduled', payout_id = p.id, payout_reference = NULL
      FROM due d JOIN paid p ON p.party = d.payee_party AND p.payee_id = d.payee_id
     WHERE l.id = d.ledger_id AND l.period = d.ledger_period;

    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('schedule_payouts', 'payout_batches', v_batch, jsonb_build_object('period', p_period));
    RETURN v_batch;
END
$$;
