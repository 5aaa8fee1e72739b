-- 0051_ledger_by_month: the earnings ledger partitioned by month (issue 19, "More than one server":
-- "the earnings ledger partitioned by month (declarative partitioning)").
--
-- desk.earnings_ledger becomes a table partitioned by RANGE (period), one partition per month of the
-- platform's calendar (period is the month, desk.ledger_period). Same columns, in the same order,
-- same CHECKs, foreign keys, indexes, row security, grants and statement triggers (the live
-- updates, the totals rollup of 0028, the T4A rollup of 0036/0046), so every function, view and
-- query keeps working unchanged; the rows and their ids are copied as they are.
--
-- What partitioning changes (PostgreSQL wants the partition key in every unique key):
--   primary key     (id, period) in place of (id). id is still unique: it comes only from the
--                   identity (GENERATED ALWAYS), and no role but the owner may write the table.
--   one posting     earnings_ledger_one_posting is (event_type, event_id, entry_type, party, period):
--                   the parts of one posting share the event's instant, so its month (one INSERT in
--                   desk.write_event_rows), and desk.ledger_postings's key already allows one posting
--                   per event.
--   reversals       a reversal row names its original by (reverses_id, reverses_period), a foreign
--                   key to (id, period): a reversal is posted in the month it is made (0007), often
--                   not its original's. UNIQUE (reverses_id, period): desk.ledger_postings allows
--                   one reversal per event, and its rows are one INSERT, so one month.
-- Partitions: earnings_ledger_YYYY_MM for each month from the oldest row's (or 24 months back) to 12
-- months ahead, earnings_ledger_before for anything older and earnings_ledger_after for anything
-- later, so a posting never fails for want of a partition. desk.ensure_ledger_partitions(through)
-- adds the months up to `through`; `autodoctor-desk migrate` calls it after its migrations with 12
-- months ahead, so a deployment that migrates at least once a year keeps every row in its month.
-- Partitions have no grants: app roles read the ledger only through desk.earnings_ledger and its
-- row security (tst_ledgerpartitions runs the direct reads as finance and as an owner).
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- The old table keeps its rows until they are copied; its unique indexes and identity sequence give
-- their names to the new table's.
ALTER TABLE desk.earnings_ledger RENAME TO earnings_ledger_unpartitioned;
ALTER SEQUENCE desk.earnings_ledger_id_seq RENAME TO earnings_ledger_unpartitioned_id_seq;
ALTER TABLE desk.earnings_ledger_unpartitioned
    DROP CONSTRAINT earnings_ledger_reverses_id_fkey,
    DROP CONSTRAINT earnings_ledger_reverses_id_key,
    DROP CONSTRAINT earnings_ledger_pkey;
DROP INDEX desk.earnings_ledger_event, desk.earnings_ledger_event_at, desk.earnings_ledger_mechanic,
    desk.earnings_ledger_one_posting, desk.earnings_ledger_partnership, desk.earnings_ledger_payout,
    desk.earnings_ledger_period, desk.earnings_ledger_status, desk.earnings_ledger_workshop;

CREATE TABLE desk.earnings_ledger (
    id               bigint GENERATED ALWAYS AS IDENTITY,
    event_type       text NOT NULL,
    event_id         bigint NOT NULL,
    event_at         timestamptz NOT NULL,
    period           date NOT NULL, -- month, platform zone (desk.ledger_period): the partition key
    scenario         text NOT NULL,
    service_tier     text NOT NULL,
    entry_type       text NOT NULL,
    party            text NOT NULL,
    workshop_id      bigint,
    mechanic_id      bigint,
    gross_cents      bigint NOT NULL,
    amount_cents     bigint NOT NULL,
    share_bp         integer,
    rule_id          bigint,
    gst_hst_cents    bigint NOT NULL DEFAULT 0,
    gst_hst_bp       integer,
    tax_province     char(2),
    payout_status    text,
    payout_id        bigint,
    payout_reference text,
    posted_at        timestamptz NOT NULL DEFAULT now(),
    reverses_id      bigint,
    partnership_id   bigint,
    agreement_id     bigint,
    basis            text,
    qst_cents        bigint NOT NULL DEFAULT 0,
    qst_ppm          integer,
    reverses_period  date, -- the month of the row reversed (its partition)
    CONSTRAINT earnings_ledger_event_type_check
        CHECK (event_type IN ('session', 'escalation', 'bay_rental', 'membership')),
    CONSTRAINT earnings_ledger_period_check CHECK (extract(day FROM period) = 1),
    CONSTRAINT earnings_ledger_service_tier_check CHECK (service_tier IN ('virtual', 'physical')),
    CONSTRAINT earnings_ledger_entry_type_check CHECK (entry_type IN ('platform_fee', 'workshop_share',
        'mechanic_share', 'referral_fee', 'bay_rental_charge', 'membership_fee', 'commission', 'reversal')),
    CONSTRAINT earnings_ledger_party_check CHECK (party IN ('platform', 'workshop', 'mechanic')),
    CONSTRAINT earnings_ledger_payout_status_check
        CHECK (payout_status IN ('pending', 'scheduled', 'paid', 'failed')),
    CONSTRAINT earnings_ledger_basis_check CHECK (basis IN ('rule', 'agreement', 'partnership', 'rest', 'charge')),
    CONSTRAINT earnings_ledger_qst_ppm_check CHECK (qst_ppm BETWEEN 0 AND 1000000),
    CONSTRAINT earnings_ledger_check CHECK ((party = 'platform') = (payout_status IS NULL)),
    CONSTRAINT earnings_ledger_check1 CHECK (party <> 'workshop' OR workshop_id IS NOT NULL),
    CONSTRAINT earnings_ledger_check2 CHECK (party <> 'mechanic' OR mechanic_id IS NOT NULL),
    CONSTRAINT earnings_ledger_check4
        CHECK (payout_status NOT IN ('scheduled', 'paid', 'failed') OR payout_id IS NOT NULL),
    CONSTRAINT earnings_ledger_gst_on_fees CHECK (gst_hst_cents = 0 OR entry_type IN ('platform_fee', 'reversal')),
    CONSTRAINT earnings_ledger_qst_on_fees CHECK (qst_cents = 0 OR entry_type IN ('platform_fee', 'reversal')),
    CONSTRAINT earnings_ledger_reversal CHECK ((entry_type = 'reversal') = (reverses_id IS NOT NULL)),
    CONSTRAINT earnings_ledger_reverses_period CHECK ((reverses_id IS NULL) = (reverses_period IS NULL)),
    CONSTRAINT earnings_ledger_workshop_id_fkey FOREIGN KEY (workshop_id) REFERENCES desk.organizations (id),
    CONSTRAINT earnings_ledger_mechanic_id_fkey FOREIGN KEY (mechanic_id) REFERENCES desk.mechanics (id),
    CONSTRAINT earnings_ledger_rule_id_fkey FOREIGN KEY (rule_id) REFERENCES desk.platform_fee_rules (id),
    CONSTRAINT earnings_ledger_payout_id_fkey FOREIGN KEY (payout_id) REFERENCES desk.payouts (id),
    CONSTRAINT earnings_ledger_partnership_id_fkey FOREIGN KEY (partnership_id) REFERENCES desk.partnerships (id),
    CONSTRAINT earnings_ledger_agreement_id_fkey
        FOREIGN KEY (agreement_id) REFERENCES desk.partnership_agreements (id)
) PARTITION BY RANGE (period);

-- The months up to p_through (a month's first day or any day in it) get their partition; the rows of
-- the new months have nowhere else to go but earnings_ledger_after, so the new months are added only
-- while it is empty (else a warning, and nothing changes: the rows stay readable and in place).
-- Returns the number of partitions added. Owner only (the migrations and `autodoctor-desk migrate`);
-- it takes an ACCESS EXCLUSIVE lock on the ledger for the moment it detaches and attaches
-- earnings_ledger_after, so it runs at migration time, not on the posting path.
CREATE FUNCTION desk.ensure_ledger_partitions(p_through date) RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_through constant date := date_trunc('month', p_through)::date;
    v_next date; -- the first month without a partition of its own
    v_n integer := 0;
BEGIN
    SELECT max(to_date(substr(c.relname, 17), 'YYYY_MM')) + interval '1 month'
      INTO v_next
      FROM pg_catalog.pg_inherits i JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
     WHERE i.inhparent = 'desk.earnings_ledger'::regclass AND c.relname ~ '^earnings_ledger_\d{4}_\d{2}$';
    -- A deployment check, never seen by a desk user (so not in ServerErrors' catalogue, as 0046).
    ASSERT v_next IS NOT NULL, 'desk.earnings_ledger has no monthly partition to extend';
    IF v_next > v_through THEN
        RETURN 0;
    END IF;
    IF EXISTS (SELECT 1 FROM desk.earnings_ledger_after) THEN
        RAISE WARNING 'desk.earnings_ledger_after holds rows from % on: no month added after %',
            (SELECT min(period) FROM desk.earnings_ledger_after), v_next - 1
            USING HINT = 'run `autodoctor-desk migrate` at least once a year to keep each month in its partition';
        RETURN 0;
    END IF;
    ALTER TABLE desk.earnings_ledger DETACH PARTITION desk.earnings_ledger_after;
    WHILE v_next <= v_through LOOP
        EXECUTE pg_catalog.format('CREATE TABLE desk.%I PARTITION OF desk.earnings_ledger FOR VALUES FROM (%L) TO (%L)',
                                  'earnings_ledger_' || to_char(v_next, 'YYYY_MM'), v_next,
                                  (v_next + interval '1 month')::date);
        v_next := (v_next + interval '1 month')::date;
        v_n := v_n + 1;
    END LOOP;
    EXECUTE pg_catalog.format('ALTER TABLE desk.earnings_ledger ATTACH PARTITION desk.earnings_ledger_after '
                              'FOR VALUES FROM (%L) TO (MAXVALUE)', v_next);
    RETURN v_n;
END
$$;
REVOKE ALL ON FUNCTION desk.ensure_ledger_partitions(date) FROM PUBLIC;

-- The partitions: the first month (the oldest row's, or 24 months back), everything before it, and
-- everything after it until ensure_ledger_partitions adds the months up to 12 ahead.
DO $$
DECLARE
    v_first constant date := least((SELECT min(period) FROM desk.earnings_ledger_unpartitioned),
                                   (date_trunc('month', now() AT TIME ZONE 'America/Toronto') - interval '24 months')::date);
BEGIN
    EXECUTE pg_catalog.format('CREATE TABLE desk.earnings_ledger_before PARTITION OF desk.earnings_ledger '
                              'FOR VALUES FROM (MINVALUE) TO (%L)', v_first);
    EXECUTE pg_catalog.format('CREATE TABLE desk.%I PARTITION OF desk.earnings_ledger FOR VALUES FROM (%L) TO (%L)',
                              'earnings_ledger_' || to_char(v_first, 'YYYY_MM'), v_first,
                              (v_first + interval '1 month')::date);
    EXECUTE pg_catalog.format('CREATE TABLE desk.earnings_ledger_after PARTITION OF desk.earnings_ledger '
                              'FOR VALUES FROM (%L) TO (MAXVALUE)', (v_first + interval '1 month')::date);
END
$$;
-- ... and 12 months ahead.
SELECT desk.ensure_ledger_partitions((now() AT TIME ZONE 'America/Toronto' + interval '12 months')::date);

-- The rows, ids kept; then the identity continues after them.
INSERT INTO desk.earnings_ledger
OVERRIDING SYSTEM VALUE
SELECT l.id, l.event_type, l.event_id, l.event_at, l.period, l.scenario, l.service_tier, l.entry_type, l.party,
       l.workshop_id, l.mechanic_id, l.gross_cents, l.amount_cents, l.share_bp, l.rule_id, l.gst_hst_cents,
       l.gst_hst_bp, l.tax_province, l.payout_status, l.payout_id, l.payout_reference, l.posted_at,
       l.reverses_id, l.partnership_id, l.agreement_id, l.basis, l.qst_cents, l.qst_ppm, o.period
  FROM desk.earnings_ledger_unpartitioned l
  LEFT JOIN desk.earnings_ledger_unpartitioned o ON o.id = l.reverses_id;
SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence('desk.earnings_ledger', 'id'),
                         coalesce((SELECT max(id) FROM desk.earnings_ledger), 0) + 1, false);

-- Keys and indexes (as 0005, 0007 and 0011 made them, with the month where a unique key needs it).
ALTER TABLE desk.earnings_ledger
    ADD CONSTRAINT earnings_ledger_pkey PRIMARY KEY (id, period),
    ADD CONSTRAINT earnings_ledger_reverses_id_key UNIQUE (reverses_id, period),
    ADD CONSTRAINT earnings_ledger_reverses_id_fkey FOREIGN KEY (reverses_id, reverses_period)
        REFERENCES desk.earnings_ledger (id, period);
CREATE INDEX earnings_ledger_event_at ON desk.earnings_ledger (event_at, id);
CREATE INDEX earnings_ledger_period ON desk.earnings_ledger (period, event_at, id);
CREATE INDEX earnings_ledger_workshop ON desk.earnings_ledger (workshop_id, event_at, id);
CREATE INDEX earnings_ledger_mechanic ON desk.earnings_ledger (mechanic_id, event_at, id);
CREATE INDEX earnings_ledger_event ON desk.earnings_ledger (event_type, event_id);
CREATE INDEX earnings_ledger_status ON desk.earnings_ledger (payout_status, event_at, id)
    WHERE payout_status IS NOT NULL;
CREATE INDEX earnings_ledger_payout ON desk.earnings_ledger (payout_id) WHERE payout_id IS NOT NULL;
CREATE UNIQUE INDEX earnings_ledger_one_posting ON desk.earnings_ledger (event_type, event_id, entry_type, party, period)
    WHERE entry_type <> 'reversal';
CREATE INDEX earnings_ledger_partnership ON desk.earnings_ledger (partnership_id, period)
    WHERE partnership_id IS NOT NULL;

-- Row security and grants (0005). Partitions get none: read through the parent only.
ALTER TABLE desk.earnings_ledger ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.earnings_ledger FORCE ROW LEVEL SECURITY;
CREATE POLICY earnings_ledger_finance ON desk.earnings_ledger FOR SELECT USING ((SELECT desk.is_finance()));
CREATE POLICY earnings_ledger_owner ON desk.earnings_ledger FOR SELECT
    USING (workshop_id IN (SELECT desk.my_workshop_ids()));
REVOKE ALL ON desk.earnings_ledger FROM PUBLIC;
GRANT SELECT ON desk.earnings_ledger TO adesk_finance, adesk_workshop_owner;

-- Statement triggers (0005, 0028, 0036; their functions as 0046 left them), created after the copy:
-- the rollups already count the copied rows.
CREATE TRIGGER earnings_ledger_notify_insert AFTER INSERT ON desk.earnings_ledger
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_new_rows('desk_earnings');
CREATE TRIGGER earnings_ledger_notify_update AFTER UPDATE ON desk.earnings_ledger
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_new_rows('desk_earnings');
CREATE TRIGGER earnings_totals_insert AFTER INSERT ON desk.earnings_ledger
    REFERENCING NEW TABLE AS earnings_totals_new FOR EACH STATEMENT EXECUTE FUNCTION desk.earnings_totals_on_insert();
CREATE TRIGGER earnings_totals_update AFTER UPDATE ON desk.earnings_ledger
    REFERENCING OLD TABLE AS earnings_totals_old NEW TABLE AS earnings_totals_new
    FOR EACH STATEMENT EXECUTE FUNCTION desk.earnings_totals_on_update();
CREATE TRIGGER earnings_totals_delete AFTER DELETE ON desk.earnings_ledger
    REFERENCING OLD TABLE AS earnings_totals_old FOR EACH STATEMENT EXECUTE FUNCTION desk.earnings_totals_on_delete();
CREATE TRIGGER earnings_totals_truncate AFTER TRUNCATE ON desk.earnings_ledger
    FOR EACH STATEMENT EXECUTE FUNCTION desk.earnings_totals_on_truncate();
CREATE TRIGGER earnings_t4a_year_totals_insert AFTER INSERT ON desk.earnings_ledger
    REFERENCING NEW TABLE AS t4a_totals_new FOR EACH STATEMENT EXECUTE FUNCTION desk.t4a_year_totals_on_insert();
CREATE TRIGGER earnings_t4a_year_totals_update AFTER UPDATE ON desk.earnings_ledger
    REFERENCING OLD TABLE AS t4a_totals_old NEW TABLE AS t4a_totals_new
    FOR EACH STATEMENT EXECUTE FUNCTION desk.t4a_year_totals_on_update();
CREATE TRIGGER earnings_t4a_year_totals_delete AFTER DELETE ON desk.earnings_ledger
    REFERENCING OLD TABLE AS t4a_totals_old FOR EACH STATEMENT EXECUTE FUNCTION desk.t4a_year_totals_on_delete();
CREATE TRIGGER earnings_t4a_year_totals_truncate AFTER TRUNCATE ON desk.earnings_ledger
    FOR EACH STATEMENT EXECUTE FUNCTION desk.t4a_year_totals_on_truncate();

-- The T4A fee rows (0007) on the new table: a reversal finds its original in the original's month.
CREATE OR REPLACE VIEW desk.t4a_fee_rows WITH (security_invoker = true) AS
SELECT l.id AS ledger_id, l.party AS payee_party, coalesce(l.workshop_id, l.mechanic_id) AS payee_id,
       l.amount_cents, l.period AS earned_period,
       CASE WHEN l.payout_status = 'paid' AND p.status = 'paid' THEN p.paid_at END AS paid_at
  FROM desk.earnings_ledger l
  LEFT JOIN desk.payouts p ON p.id = l.payout_id
 WHERE l.party IN ('workshop', 'mechanic')
   AND l.entry_type NOT IN ('bay_rental_charge', 'membership_fee')
   AND (l.entry_type <> 'reversal'
        OR NOT EXISTS (SELECT 1 FROM desk.earnings_ledger o
                        WHERE o.id = l.reverses_id AND o.period = l.reverses_period
                          AND o.entry_type IN ('bay_rental_charge', 'membership_fee')));

DROP TABLE desk.earnings_ledger_unpartitioned;

-- Reverses a posted event (0011, 0013), each reversal row naming its original by id and month.
CREATE OR REPLACE FUNCTION desk.reverse_ledger_event(p_event_type text, p_event_id bigint, p_reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_n integer;
BEGIN
    PERFORM desk.require_finance();
    IF coalesce(btrim(p_reason), '') = '' THEN
        RAISE EXCEPTION 'a reversal needs a reason' USING ERRCODE = '22023';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM desk.ledger_postings p WHERE p.event_type = p_event_type
                                                          AND p.event_id = p_event_id AND p.kind = 'posting') THEN
        RAISE EXCEPTION '% % is not in the ledger', p_event_type, p_event_id USING ERRCODE = 'P0002';
    END IF;
    INSERT INTO desk.ledger_postings (event_type, event_id, kind, reason)
    VALUES (p_event_type, p_event_id, 'reversal', btrim(p_reason))
        ON CONFLICT DO NOTHING;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% % is already reversed', p_event_type, p_event_id USING ERRCODE = 'AD001';
    END IF;
    INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, scenario, service_tier, entry_type,
                                      party, workshop_id, mechanic_id, gross_cents, amount_cents, share_bp,
                                      rule_id, gst_hst_cents, gst_hst_bp, qst_cents, qst_ppm, tax_province,
                                      payout_status, reverses_id, reverses_period, partnership_id, agreement_id, basis)
    SELECT l.event_type, l.event_id, now(), desk.ledger_period(now()), l.scenario, l.service_tier, 'reversal',
           l.party, l.workshop_id, l.mechanic_id, -l.gross_cents, -l.amount_cents, l.share_bp, l.rule_id,
           -l.gst_hst_cents, l.gst_hst_bp, -l.qst_cents, l.qst_ppm, l.tax_province,
           CASE WHEN l.party = 'platform' THEN NULL ELSE 'pending' END, l.id, l.period, l.partnership_id,
           l.agreement_id, l.basis
      FROM desk.earnings_ledger l
     WHERE l.event_type = p_event_type AND l.event_id = p_event_id AND l.entry_type <> 'reversal'
     ORDER BY l.id;
    GET DIAGNOSTICS v_n = ROW_COUNT;
    INSERT INTO desk.audit_log (action, table_name, row_id, detail)
    VALUES ('ledger_event_reversed', 'earnings_ledger', p_event_id,
            jsonb_build_object('event_type', p_event_type, 'rows', v_n, 'reason', btrim(p_reason)));
    RETURN v_n;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- The T4A rollup's triggers (0036, 0046) on a ledger of many months
-- ---------------------------------------------------------------------------------------------
-- Measured on the demo's seed (one transaction, no statistics on the new partitions yet), after the
-- table above alone: marking one payout paid took 1.0-1.9 s, the seed over 300 s. The UPDATE trigger
-- looked for the reversals of rows whose type changed (never, when a payout is marked) with
-- `reverses_id IN (subquery)`, which without statistics became a sequential scan of every partition
-- running the subquery for each row. And each statement set up, used or not, a scan of every month's
-- partition for each place the triggers look a row up in the ledger by id: whether the row a reversal
-- reverses is a monthly charge (a bay rental or membership fee, whose reversal is no T4A fee row
-- either), and which reversals an UPDATE's changed rows have. Both lookups are now functions, called
-- only when there is something to look up, on the original's own partition:
-- desk.ledger_row_is_charge(id, period) and desk.ledger_reversals_of(ids). Before an UPDATE or a
-- DELETE, the row reversed is the statement's old row when it has one, as the trigger's "ledger
-- before" union said.

-- Whether ledger row (p_id, p_period) is a monthly charge. Runs as its caller, under the ledger's row
-- security, as the subquery it replaces did. Owner only: the triggers run as the owner, inside its
-- definer functions.
CREATE FUNCTION desk.ledger_row_is_charge(p_id bigint, p_period date) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    RETURN EXISTS (SELECT 1 FROM desk.earnings_ledger o
                    WHERE o.id = p_id AND o.period = p_period
                      AND o.entry_type IN ('bay_rental_charge', 'membership_fee'));
END
$$;
REVOKE ALL ON FUNCTION desk.ledger_row_is_charge(bigint, date) FROM PUBLIC;

-- The reversal rows of ledger rows p_ids (none read when p_ids is empty). As its caller; owner only.
CREATE FUNCTION desk.ledger_reversals_of(p_ids bigint[]) RETURNS SETOF desk.earnings_ledger
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF coalesce(cardinality(p_ids), 0) = 0 THEN
        RETURN;
    END IF;
    RETURN QUERY SELECT r.* FROM desk.earnings_ledger r WHERE r.reverses_id = ANY (p_ids);
END
$$;
REVOKE ALL ON FUNCTION desk.ledger_reversals_of(bigint[]) FROM PUBLIC;

-- Each rewrite (as 0046 did): a function, the text it replaces, how often it is there, what it becomes.
DO $do$
DECLARE
    v_charges constant text := 'o.entry_type IN (''bay_rental_charge'', ''membership_fee'')))';
    v_indent constant text := pg_catalog.chr(10) || pg_catalog.repeat(' ', 32); -- 0036's line break
    v_is_charge constant text :=
        'OR NOT EXISTS (SELECT 1 FROM desk.earnings_ledger o' || v_indent || 'WHERE o.id = x.reverses_id AND '
        || v_charges;
    v_was_charge constant text :=
        'OR NOT EXISTS (SELECT 1 FROM (SELECT b.id, b.entry_type FROM t4a_totals_old b UNION ALL SELECT l.id, '
        'l.entry_type FROM desk.earnings_ledger l WHERE l.id NOT IN (SELECT id FROM t4a_totals_old)) o'
        || v_indent || 'WHERE o.id = x.reverses_id AND ' || v_charges;
    v_changed constant text :=
        'SELECT n.id FROM t4a_totals_new n JOIN t4a_totals_old b ON b.id = n.id WHERE '
        '(n.entry_type IN (''bay_rental_charge'', ''membership_fee'')) <> (b.entry_type IN '
        '(''bay_rental_charge'', ''membership_fee''))';
    v record;
    v_def text;
    v_found integer;
BEGIN
    FOR v IN
        SELECT * FROM (VALUES
            ('desk.t4a_year_totals_on_insert()', v_is_charge, 1,
             'OR NOT desk.ledger_row_is_charge(x.reverses_id, x.reverses_period))'),
            ('desk.t4a_year_totals_on_update()', v_is_charge, 2,
             'OR NOT desk.ledger_row_is_charge(x.reverses_id, x.reverses_period))'),
            ('desk.t4a_year_totals_on_payout()', v_is_charge, 2,
             'OR NOT desk.ledger_row_is_charge(x.reverses_id, x.reverses_period))'),
            ('desk.t4a_year_totals_on_update()', v_was_charge, 2,
             'OR NOT coalesce((SELECT b.entry_type IN (''bay_rental_charge'', ''membership_fee'') '
             'FROM t4a_totals_old b WHERE b.id = x.reverses_id), '
             'desk.ledger_row_is_charge(x.reverses_id, x.reverses_period)))'),
            ('desk.t4a_year_totals_on_delete()', v_was_charge, 1,
             'OR NOT coalesce((SELECT b.entry_type IN (''bay_rental_charge'', ''membership_fee'') '
             'FROM t4a_totals_old b WHERE b.id = x.reverses_id), '
             'desk.ledger_row_is_charge(x.reverses_id, x.reverses_period)))'),
            ('desk.t4a_year_totals_on_update()',
             'desk.earnings_ledger r WHERE r.reverses_id IN (' || v_changed || ') AND r.id NOT IN', 2,
             'desk.ledger_reversals_of(ARRAY(' || v_changed || ')) r WHERE r.id NOT IN')
        ) r (fn, old_text, expected, new_text)
    LOOP
        v_def := pg_catalog.pg_get_functiondef(v.fn::pg_catalog.regprocedure);
        v_found := (pg_catalog.length(v_def) - pg_catalog.length(pg_catalog.replace(v_def, v.old_text, '')))
                   / pg_catalog.length(v.old_text);
        -- A deployment check, never seen by a desk user (0046 says why it is an ASSERT).
        ASSERT v_found = v.expected,
            pg_catalog.format('%s is not 0046''s: "%s" %s times instead of %s', v.fn, v.old_text, v_found,
                              v.expected);
        EXECUTE pg_catalog.replace(v_def, v.old_text, v.new_text);
    END LOOP;
END
$do$;

-- Statistics for the planner now, not when autovacuum first visits each month.
ANALYZE desk.earnings_ledger;
