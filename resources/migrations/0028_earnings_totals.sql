-- 0028_earnings_totals: the ledger's totals kept by the posting path (issue 19, "Finance at scale").
-- The earnings pane's totals (LedgerTotalsModel) summed the ledger rows matching the filter: 1.56 s
-- for one workshop on 10,000,000 rows, as slow as its bare SQL, because a workshop's rows are spread
-- over every month. desk.earnings_totals holds one row per combination of the pane's filter
-- columns (period, party, workshop, mechanic, event type, entry type, payout status, service tier)
-- with the count and the sums, so the totals read a few thousand rows whatever the ledger's size.
--
--   desk.earnings_totals      the rollup; each key once (NULLS NOT DISTINCT: workshop_id, mechanic_id
--       and payout_status are NULL on some ledger rows). A key whose rows all moved to another key
--       (a payout status changed) stays with a count of 0: no indexed column is ever updated, so
--       each posting's update of a row is a HOT update, and readers skip the zero rows.
--   Three statement-level triggers on desk.earnings_ledger (INSERT, UPDATE, DELETE; a trigger with
--       transition tables takes one event) apply each statement's net change in one upsert, keys
--       in a fixed order so two postings lock shared rows in the same order. They run as the ledger
--       writer (the definers' owner): no client role writes the rollup.
--   TRUNCATE of the ledger empties the rollup too.
--   desk.rebuild_earnings_totals() -> bigint   recomputes the rollup from the ledger (the number of
--       rollup rows). Deployer only (no grant): for a ledger bulk-loaded with triggers off
--       (session_replication_role = replica), as tests/bench/bench_statements does.
--
-- Visibility follows the ledger's (0005): finance sees every row, a workshop owner the rows of their
-- workshops (workshop_id is part of the key, so a rollup row is one workshop's or none's), nobody
-- else anything. The totals are exact: a rollup row is the sum of exactly the ledger rows with its
-- key (tests/db/tst_earnings: totalsRollupMatchesTheLedger).
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

CREATE TABLE desk.earnings_totals (
    period        date NOT NULL,
    party         text NOT NULL,
    workshop_id   bigint,
    mechanic_id   bigint,
    event_type    text NOT NULL,
    entry_type    text NOT NULL,
    payout_status text,
    service_tier  text NOT NULL,
    row_count     bigint NOT NULL, -- no CHECK (>= 0): it applies to the proposed row before ON CONFLICT
    gross_cents   bigint NOT NULL,
    amount_cents  bigint NOT NULL,
    gst_hst_cents bigint NOT NULL,
    qst_cents     bigint NOT NULL,
    CONSTRAINT earnings_totals_key UNIQUE NULLS NOT DISTINCT
        (period, party, workshop_id, mechanic_id, event_type, entry_type, payout_status, service_tier)
) WITH (fillfactor = 50); -- room on the page for the next version of a row (HOT updates)
CREATE INDEX earnings_totals_workshop ON desk.earnings_totals (workshop_id, period) WHERE workshop_id IS NOT NULL;
CREATE INDEX earnings_totals_mechanic ON desk.earnings_totals (mechanic_id, period) WHERE mechanic_id IS NOT NULL;

ALTER TABLE desk.earnings_totals ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.earnings_totals FORCE ROW LEVEL SECURITY;
CREATE POLICY earnings_totals_finance ON desk.earnings_totals FOR SELECT USING ((SELECT desk.is_finance()));
CREATE POLICY earnings_totals_owner ON desk.earnings_totals FOR SELECT
    USING (workshop_id IN (SELECT desk.my_workshop_ids()));
REVOKE ALL ON desk.earnings_totals FROM PUBLIC;
GRANT SELECT ON desk.earnings_totals TO adesk_finance, adesk_workshop_owner;

-- Applies a statement's net change: +1 per new row, -1 per old row, summed per key. One function per
-- event, generated from one text: a trigger function only names the transition tables its event has.
DO $do$
DECLARE
    v_body constant text := $body$
BEGIN
    WITH changed AS (%s),
    delta AS (
        SELECT period, party, workshop_id, mechanic_id, event_type, entry_type, payout_status, service_tier,
               sum(sign) AS n, sum(sign * gross_cents) AS gross, sum(sign * amount_cents) AS amount,
               sum(sign * gst_hst_cents) AS gst, sum(sign * qst_cents) AS qst
          FROM changed
         GROUP BY period, party, workshop_id, mechanic_id, event_type, entry_type, payout_status, service_tier
        HAVING sum(sign) <> 0 OR sum(sign * gross_cents) <> 0 OR sum(sign * amount_cents) <> 0
            OR sum(sign * gst_hst_cents) <> 0 OR sum(sign * qst_cents) <> 0
    )
    INSERT INTO desk.earnings_totals AS t (period, party, workshop_id, mechanic_id, event_type, entry_type,
                                           payout_status, service_tier, row_count, gross_cents, amount_cents,
                                           gst_hst_cents, qst_cents)
    SELECT period, party, workshop_id, mechanic_id, event_type, entry_type, payout_status, service_tier,
           n, gross, amount, gst, qst
      FROM delta
     ORDER BY period, party, workshop_id, mechanic_id, event_type, entry_type, payout_status, service_tier
    ON CONFLICT ON CONSTRAINT earnings_totals_key DO UPDATE
       SET row_count = t.row_count + excluded.row_count,
           gross_cents = t.gross_cents + excluded.gross_cents,
           amount_cents = t.amount_cents + excluded.amount_cents,
           gst_hst_cents = t.gst_hst_cents + excluded.gst_hst_cents,
           qst_cents = t.qst_cents + excluded.qst_cents;
    RETURN NULL;
END
$body$;
    v_cols constant text := 'period, party, workshop_id, mechanic_id, event_type, entry_type, payout_status, '
                            'service_tier, gross_cents, amount_cents, gst_hst_cents, qst_cents';
    v_new constant text := pg_catalog.format('SELECT 1 AS sign, %s FROM earnings_totals_new', v_cols);
    v_old constant text := pg_catalog.format('SELECT -1 AS sign, %s FROM earnings_totals_old', v_cols);
BEGIN
    EXECUTE pg_catalog.format('CREATE FUNCTION desk.earnings_totals_on_insert() RETURNS trigger LANGUAGE plpgsql '
                              'SET search_path = pg_catalog, desk, pg_temp AS %L',
                              pg_catalog.format(v_body, v_new));
    EXECUTE pg_catalog.format('CREATE FUNCTION desk.earnings_totals_on_update() RETURNS trigger LANGUAGE plpgsql '
                              'SET search_path = pg_catalog, desk, pg_temp AS %L',
                              pg_catalog.format(v_body, v_new || ' UNION ALL ' || v_old));
    EXECUTE pg_catalog.format('CREATE FUNCTION desk.earnings_totals_on_delete() RETURNS trigger LANGUAGE plpgsql '
                              'SET search_path = pg_catalog, desk, pg_temp AS %L',
                              pg_catalog.format(v_body, v_old));
END
$do$;

CREATE TRIGGER earnings_totals_insert AFTER INSERT ON desk.earnings_ledger
    REFERENCING NEW TABLE AS earnings_totals_new
    FOR EACH STATEMENT EXECUTE FUNCTION desk.earnings_totals_on_insert();
CREATE TRIGGER earnings_totals_update AFTER UPDATE ON desk.earnings_ledger
    REFERENCING OLD TABLE AS earnings_totals_old NEW TABLE AS earnings_totals_new
    FOR EACH STATEMENT EXECUTE FUNCTION desk.earnings_totals_on_update();
CREATE TRIGGER earnings_totals_delete AFTER DELETE ON desk.earnings_ledger
    REFERENCING OLD TABLE AS earnings_totals_old
    FOR EACH STATEMENT EXECUTE FUNCTION desk.earnings_totals_on_delete();

CREATE FUNCTION desk.earnings_totals_on_truncate() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    TRUNCATE desk.earnings_totals;
    RETURN NULL;
END
$$;
CREATE TRIGGER earnings_totals_truncate AFTER TRUNCATE ON desk.earnings_ledger
    FOR EACH STATEMENT EXECUTE FUNCTION desk.earnings_totals_on_truncate();

-- Recomputes the rollup from the ledger; the number of rollup rows.
CREATE FUNCTION desk.rebuild_earnings_totals() RETURNS bigint
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_n bigint;
BEGIN
    LOCK TABLE desk.earnings_ledger IN SHARE MODE; -- no posting in between
    DELETE FROM desk.earnings_totals;
    INSERT INTO desk.earnings_totals (period, party, workshop_id, mechanic_id, event_type, entry_type, payout_status,
                                      service_tier, row_count, gross_cents, amount_cents, gst_hst_cents, qst_cents)
    SELECT period, party, workshop_id, mechanic_id, event_type, entry_type, payout_status, service_tier,
           count(*), sum(gross_cents), sum(amount_cents), sum(gst_hst_cents), sum(qst_cents)
      FROM desk.earnings_ledger
     GROUP BY period, party, workshop_id, mechanic_id, event_type, entry_type, payout_status, service_tier;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    RETURN v_n;
END
$$;
REVOKE ALL ON FUNCTION desk.earnings_totals_on_insert(), desk.earnings_totals_on_update(),
    desk.earnings_totals_on_delete(), desk.earnings_totals_on_truncate(), desk.rebuild_earnings_totals()
    FROM PUBLIC;

SELECT desk.rebuild_earnings_totals();
