-- 0041_expiry_board_one_pass: the admins' expiry board without per-row function calls (issue 19,
-- "The rest": bench_oversight measured 0035's board at 361-393 ms against its bare query's 33-43 ms
-- at 200,000 verifications, 14,500 of them due within 60 days).
--
-- desk.expiry_board(within_days) (0018, 0035) keeps its signature, columns, rows, order, SECURITY
-- DEFINER, admin check, pinned search_path and grants. What 0035 still paid for every due row:
--   * desk.mechanic_path(tier, workshop) (0020): a SQL function with its own search_path, which the
--     planner cannot inline, so every row went through a function call and a GUC save and
--     restore. Its SET clause goes (below): its body names nothing but its parameters and
--     literals, so the planner now inlines it here and in desk.entity_requirement_context.
--   * The requirement check, a correlated EXISTS over desk.requirement_rules, evaluated three times
--     per row (the planner inlined the CTE that computed it into its three uses). Here the rules in
--     effect on the three dates a zone can be on (the UTC date, a day before, a day after: offsets
--     stay within -12 h and +14 h) are one small set, and each row's key (entity type, path, type,
--     province or '*' for a rule of every province, the entity's local date) is looked up in it
--     with a hashed IN, computed once per row.
--   * Two materialized CTEs (the candidates and the due rows) written to a tuplestore and read
--     back. The joins now run in one subquery, kept from being flattened (OFFSET 0) so that the
--     requirement check is computed once per row and not once per use.
-- The bookings and partnerships at risk and the reminders stay per-row subqueries through the
-- mechanic's or workshop's own index (0003, 0004, 0018): they are asked only of withdrawing rows,
-- and an index probe does not depend on how many bookings the platform holds. tst_expiry compares
-- the board with 0018's definition in five zones, around every window's edge, with rules of one
-- province and rules starting and ending around today.
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- Inlinable (0007's rule for SQL helpers without a SET clause): the body resolves only built-in
-- operators on its own parameters, which pg_catalog answers first whatever the caller's path.
ALTER FUNCTION desk.mechanic_path(text, bigint) RESET ALL;

CREATE OR REPLACE FUNCTION desk.expiry_board(p_within_days integer)
RETURNS TABLE (verification_id bigint, entity_type text, entity_id bigint, entity_name text, province text,
               verification_type text, expiry_date date, days_left integer, withdraws_physical_work boolean,
               bookings_at_risk integer, partnerships_at_risk integer, reminders jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
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
                   AND pg_catalog.lower(b.span) >= ((d.expiry_date + 1)::timestamp AT TIME ZONE bo.time_zone))
                ELSE
               (SELECT pg_catalog.count(*)::integer FROM desk.bay_bookings b
                  JOIN desk.organizations bo ON bo.id = b.workshop_id
                 WHERE b.workshop_id = d.entity_id AND b.status IN ('requested', 'confirmed')
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
