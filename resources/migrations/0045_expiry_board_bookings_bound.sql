-- 0045_expiry_board_bookings_bound: the admins' expiry board, its bookings at risk through the
-- bookings' start index and without JIT (issue 19, "The rest": bench_oversight, expiry board).
--
-- desk.expiry_board(within_days) (0018, 0035, 0041) keeps its signature, columns, rows, order,
-- SECURITY DEFINER, admin check, pinned search_path and grants. bench_oversight now plants what the
-- board counts for each withdrawing row: 100,000 live bookings over the next 60 days and 200,000
-- completed ones over the 120 days before (a platform's bookings are mostly history), 25,000 active
-- partnerships, and the reminders of a sweep. Two things 0041 paid for there:
--   * The bookings at risk: "starting on or after the day after the expiry, on the booking's
--     workshop's calendar" names the booking's workshop's zone, so no index bound could be taken
--     from it: every booking of the mechanic in a live status was read, history included, and its
--     workshop looked up. No zone is a day ahead of UTC (offsets stay within -12 h and +14 h), so
--     such a booking also starts on or after the UTC midnight of the expiry date itself, and its
--     span with buffer overlaps the time from then on: both are now stated, so the mechanic's
--     indexes (mechanic_id, lower(span)) (0003) and (mechanic_id, span_with_buffer) (live
--     bookings) read only the bookings from then on, and a workshop's (workshop_id, span) likewise.
--     The exact rule still decides (same rows and counts: tst_expiry compares the board with 0018's
--     definition in five zones from Pago Pago to Kiritimati, around every window's edge).
--   * JIT. The planner's cost of the query (a subquery per due row) is far above jit_above_cost,
--     so every call compiled it: 88 ms of JIT in EXPLAIN ANALYZE (400 -> 330-340 ms without, a
--     stopped run's data with future bookings only, psql, median of 7). The function runs with jit
--     off (set before search_path: tst_security reads the pinned path as the last setting).
-- bench_oversight, same runs (Debug client, 2 cores, load average 1-2; 0041's body as plain SQL, the
-- server's jit setting, as its function ran):
--                                          0041            0045            bare count(*)
--   board, 14,540 due rows                 1,369.6 ms      281.9 ms        42.4 ms
--   another run                            1,505.0 ms      292.0 ms        42.7 ms
--   the same, reminders sent (analyzed)    -               287.8 ms        31.1 ms
-- What is left is a subquery per due row for its bookings, partnerships and reminders (about 60,
-- 30 and 40 ms) over the due rows and their five joins (about 84 ms): still over the bare query +
-- 16 ms (issue 19's target).
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
    )
    SELECT d.id, d.entity_type, d.entity_id, d.entity_name, d.province, d.verification_type, d.expiry_date,
           d.days_left, d.withdraws,
           CASE WHEN NOT d.withdraws THEN 0
                WHEN d.entity_type = 'mechanic' THEN
               (SELECT pg_catalog.count(*)::integer FROM desk.bay_bookings b
                  JOIN desk.organizations bo ON bo.id = b.workshop_id
                 WHERE b.mechanic_id = d.entity_id AND b.status IN ('requested', 'confirmed')
                   AND pg_catalog.lower(b.span) >= (d.expiry_date::timestamp AT TIME ZONE 'UTC')
                   AND b.span_with_buffer && pg_catalog.tstzrange(d.expiry_date::timestamp AT TIME ZONE 'UTC', NULL)
                   AND pg_catalog.lower(b.span) >= ((d.expiry_date + 1)::timestamp AT TIME ZONE bo.time_zone))
                ELSE
               (SELECT pg_catalog.count(*)::integer FROM desk.bay_bookings b
                  JOIN desk.organizations bo ON bo.id = b.workshop_id
                 WHERE b.workshop_id = d.entity_id AND b.status IN ('requested', 'confirmed')
                   AND b.span && pg_catalog.tstzrange(d.expiry_date::timestamp AT TIME ZONE 'UTC', NULL)
                   AND pg_catalog.lower(b.span) >= (d.expiry_date::timestamp AT TIME ZONE 'UTC')
                   AND pg_catalog.lower(b.span) >= ((d.expiry_date + 1)::timestamp AT TIME ZONE bo.time_zone))
           END,
           CASE WHEN NOT d.withdraws THEN 0
                WHEN d.entity_type = 'mechanic' THEN
               (SELECT pg_catalog.count(*)::integer FROM desk.partnerships p
                 WHERE p.mechanic_id = d.entity_id AND p.status = 'active'
                   AND (p.contract_end_date IS NULL OR p.contract_end_date > d.expiry_date))
                ELSE
               (SELECT pg_catalog.count(*)::integer FROM desk.partnerships p
                 WHERE p.workshop_id = d.entity_id AND p.status = 'active'
                   AND (p.contract_end_date IS NULL OR p.contract_end_date > d.expiry_date))
           END,
           coalesce((SELECT pg_catalog.jsonb_agg(pg_catalog.jsonb_build_object(
                                'threshold_days', x.threshold_days,
                                'sent_at', extract(epoch FROM x.sent_at)) ORDER BY x.threshold_days DESC)
                       FROM desk.verification_reminders x WHERE x.verification_id = d.id), '[]'::jsonb)
      FROM (
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
        OFFSET 0) d
     ORDER BY d.days_left, d.entity_name, d.id;
END
$$;
