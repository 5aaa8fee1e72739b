-- 0050_expiry_board_set_based: the admins' expiry board counts what each due row puts at risk in
-- three joins over the due rows, not in three subqueries per row (issue 19, "The rest":
-- bench_oversight, expiry board).
--
-- desk.expiry_board(within_days) (0018, 0035, 0041, 0045) keeps its signature, columns, rows, order,
-- SECURITY DEFINER, admin check, jit off, pinned search_path and grants, and 0045's rules for what is
-- at risk. What 0045 still paid per due row (about 14,300 of them in bench_oversight, every one
-- withdrawing physical work), measured with the same data kept (a stopped bench_oversight, plain SQL
-- by the superuser, jit off, five runs each in one session; two speeds of this machine alternate):
--   0045's body                                        262-266 ms (another session: 404-413)
--   without its bookings subquery                      148-160 ms
--   without its reminders subquery (no reminder sent)  209-211 ms
--   without its partnerships subquery                  250-256 ms
--   without any of the three                           76-84 ms
-- Each subquery ran once per due row, and each run set up its own scan and aggregate, even to find
-- nothing (the reminders: 50-60 ms over an empty table). Here the due rows are computed once (d,
-- materialized) and each count is one join of them with the bookings, the partnerships and the
-- reminders, grouped by the due row; the bookings' join finds each mechanic's bookings through
-- the (mechanic_id, lower(span)) index, as 0045 bounded them. A count is split by entity kind: a
-- join on a CASE of the mechanic's and the workshop's keys can use neither key's index (34 s in a
-- first version). Same data, same session: 0045's body 262-267 ms, this one 141-143 ms; the same
-- rows in the same order (md5 of the output). tst_expiry compares the board with 0018's definition
-- in five zones around every window's edge.
-- bench_oversight, same runs (Debug client, 2 cores, load 0.5-1.5; 0045's body as plain SQL, jit off
-- as its function ran):
--                                          0045            0050            bare count(*)
--   board, 14,320 due rows                 306.5 ms        165.9 ms        41.0 ms
--   another run                            288.2 ms        174.5 ms        40.1 ms
--   the same, reminders sent (analyzed)    452.2 ms        288.4 ms        54.6 ms
-- Still over the bare count(*) + 16 ms: building the due rows with their joins and requirement
-- check (about 80 ms), finding about 14,400 bookings through their index (about 40 ms), and, once
-- reminders are sent, building their JSON.
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

CREATE OR REPLACE FUNCTION desk.expiry_board(p_within_days integer)
RETURNS TABLE (verification_id bigint, entity_type text, entity_id bigint, entity_name text, province text,
               verification_type text, expiry_date date, days_left integer, withdraws_physical_work boolean,
               bookings_at_risk integer, partnerships_at_risk integer, reminders jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET jit = off SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_within integer := least(greatest(coalesce(p_within_days, 60), 0), 366);
    v_utc date := (pg_catalog.now() AT TIME ZONE 'UTC')::date;
BEGIN
    PERFORM desk.require_platform_admin_for_board();
    RETURN QUERY
    WITH rules AS (
        -- desk.verification_is_required (0020): the rules in effect on each date an entity's own
        -- calendar can be on today; a rule without a province applies in every province ('*').
        SELECT r.entity_type, r.path, r.verification_type, coalesce(r.province::text, '*') AS province, g.day
          FROM desk.requirement_rules r
         CROSS JOIN (VALUES (v_utc - 1), (v_utc), (v_utc + 1)) g(day)
         WHERE r.effective_from <= g.day AND (r.effective_to IS NULL OR g.day < r.effective_to)
    ),
    -- The due rows, each with whether its expiry withdraws physical work: computed once, read by
    -- the three counts below and by the result.
    d AS MATERIALIZED (
        SELECT e.id, e.entity_type, e.entity_id, e.entity_name, e.province, e.verification_type,
               e.expiry_date, e.days_left,
               e.physical AND ((e.entity_type, e.ctx_path, e.verification_type, '*', e.ctx_today)
                                   IN (SELECT * FROM rules)
                               OR (e.entity_type, e.ctx_path, e.verification_type, e.ctx_province, e.ctx_today)
                                   IN (SELECT * FROM rules)) AS withdraws
          FROM (
            SELECT c.id, c.entity_type, c.entity_id, c.entity_name,
                   coalesce(c.province::text, m.province::text, o.province::text) AS province,
                   c.verification_type, c.expiry_date,
                   c.expiry_date - (pg_catalog.now() AT TIME ZONE coalesce(w.time_zone, 'America/Toronto'))::date
                       AS days_left,
                   CASE WHEN c.entity_type = 'mechanic' THEN coalesce(m.can_perform_physical_work, false)
                        ELSE coalesce(o.allows_physical_repairs, false) END AS physical,
                   -- desk.entity_requirement_context (0020): the entity's path, province and today.
                   CASE WHEN c.entity_type = 'mechanic' THEN desk.mechanic_path(m.service_tier, m.workshop_id)
                        ELSE c.entity_type END AS ctx_path,
                   -- '' matches no rule: a rule names a province or none ('*').
                   coalesce(CASE WHEN c.entity_type = 'mechanic' THEN coalesce(m.province, mw.province)::text
                                 ELSE o.province::text END, '') AS ctx_province,
                   (pg_catalog.now() AT TIME ZONE coalesce(CASE WHEN c.entity_type = 'mechanic' THEN mw.time_zone
                                                                ELSE o.time_zone END, 'America/Toronto'))::date
                       AS ctx_today
              FROM desk.compliance_verifications c
              LEFT JOIN desk.organizations w ON w.id = c.workshop_id
              LEFT JOIN desk.mechanics m ON c.entity_type = 'mechanic' AND m.id = c.entity_id
              LEFT JOIN desk.organizations mw ON mw.id = m.workshop_id
              LEFT JOIN desk.organizations o ON c.entity_type IN ('workshop', 'mobile_service') AND o.id = c.entity_id
             -- The index verifications_expiry (0001) bounds the candidates: a zone's date is at most
             -- a day past the UTC date, so expiry - local today <= n implies expiry <= UTC date + 1 + n.
             WHERE c.status = 'approved' AND c.expiry_date IS NOT NULL
               AND coalesce(c.expiry_date, 'infinity'::date) <= v_utc + 1 + v_within
               AND c.expiry_date - (pg_catalog.now() AT TIME ZONE coalesce(w.time_zone, 'America/Toronto'))::date
                   <= v_within
            OFFSET 0) e
    ),
    -- The bookings at risk of each withdrawing row, one join per entity kind (0045's rule and
    -- bounds: the mechanic's (mechanic_id, lower(span)) index, a workshop's (workshop_id, span)).
    bk AS (
        SELECT d.id, pg_catalog.count(*)::integer AS n
          FROM d
          JOIN desk.bay_bookings b ON b.mechanic_id = d.entity_id
          JOIN desk.organizations bo ON bo.id = b.workshop_id
         WHERE d.withdraws AND d.entity_type = 'mechanic' AND b.status IN ('requested', 'confirmed')
           AND pg_catalog.lower(b.span) >= (d.expiry_date::timestamp AT TIME ZONE 'UTC')
           AND pg_catalog.lower(b.span) >= ((d.expiry_date + 1)::timestamp AT TIME ZONE bo.time_zone)
         GROUP BY d.id
        UNION ALL
        SELECT d.id, pg_catalog.count(*)::integer
          FROM d
          JOIN desk.bay_bookings b ON b.workshop_id = d.entity_id
          JOIN desk.organizations bo ON bo.id = b.workshop_id
         WHERE d.withdraws AND d.entity_type <> 'mechanic' AND b.status IN ('requested', 'confirmed')
           AND b.span && pg_catalog.tstzrange(d.expiry_date::timestamp AT TIME ZONE 'UTC', NULL)
           AND pg_catalog.lower(b.span) >= (d.expiry_date::timestamp AT TIME ZONE 'UTC')
           AND pg_catalog.lower(b.span) >= ((d.expiry_date + 1)::timestamp AT TIME ZONE bo.time_zone)
         GROUP BY d.id
    ),
    -- The active partnerships that outlive the expiry, likewise by the mechanic's or the workshop's
    -- own index (a join on a CASE of the two keys could use neither).
    pt AS (
        SELECT d.id, pg_catalog.count(*)::integer AS n
          FROM d
          JOIN desk.partnerships p ON p.mechanic_id = d.entity_id
         WHERE d.withdraws AND d.entity_type = 'mechanic' AND p.status = 'active'
           AND (p.contract_end_date IS NULL OR p.contract_end_date > d.expiry_date)
         GROUP BY d.id
        UNION ALL
        SELECT d.id, pg_catalog.count(*)::integer
          FROM d
          JOIN desk.partnerships p ON p.workshop_id = d.entity_id
         WHERE d.withdraws AND d.entity_type <> 'mechanic' AND p.status = 'active'
           AND (p.contract_end_date IS NULL OR p.contract_end_date > d.expiry_date)
         GROUP BY d.id
    ),
    -- The reminders already sent for each due row, newest threshold first.
    rm AS (
        SELECT x.verification_id AS id,
               pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
                   'threshold_days', x.threshold_days,
                   'sent_at', extract(epoch FROM x.sent_at)) ORDER BY x.threshold_days DESC) AS sent
          FROM d
          JOIN desk.verification_reminders x ON x.verification_id = d.id
         GROUP BY x.verification_id
    )
    SELECT d.id, d.entity_type, d.entity_id, d.entity_name, d.province, d.verification_type, d.expiry_date,
           d.days_left, d.withdraws, coalesce(bk.n, 0), coalesce(pt.n, 0), coalesce(rm.sent, '[]'::jsonb)
      FROM d
      LEFT JOIN bk ON bk.id = d.id
      LEFT JOIN pt ON pt.id = d.id
      LEFT JOIN rm ON rm.id = d.id
     ORDER BY d.days_left, d.entity_name, d.id;
END
$$;
