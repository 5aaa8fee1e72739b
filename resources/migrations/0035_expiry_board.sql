-- 0035_expiry_board: the admins' expiry board, set-based (issue 19, "The rest").
--
-- desk.expiry_board(within_days) (0018) keeps its signature, columns, rows, order, SECURITY
-- DEFINER, admin check, pinned search_path and grants; how it gets there changes. The 0018 body
-- called desk.local_today(workshop_id) twice for every approved verification (a lookup of the
-- workshop's zone each time, and no index could serve `expiry_date - local_today(...) <= n`) and
-- desk.verification_is_required for every due row (the entity's context and the requirement
-- matrix once per verification, not once per entity). Figures (tests/bench/bench_oversight) are in
-- tests/bench/README.md.
--
-- Now:
--   * The candidates come from the index verifications_status_expiry (0001) by a bound every
--     row's local date respects: a zone's date is never more than one day past the UTC date (UTC
--     offsets are at most +14 h), so `expiry - local_today <= n` implies
--     `expiry <= utc_date + 1 + n`. The exact test, in the row's own zone, then filters them.
--   * Each row's today is its workshop's zone, joined (desk.local_today's lookup, inlined).
--   * Whether the type is required is one join to the requirement rules (0020's matrix), the
--     entity's path, province and calendar joined in, instead of two definer calls per row.
--   * The bookings and partnerships at risk are counted through the mechanic's or the workshop's
--     own index (0003, 0004): 0018's `CASE ... END = entity_id` matched neither and scanned.
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

CREATE OR REPLACE FUNCTION desk.expiry_board(p_within_days integer)
RETURNS TABLE (verification_id bigint, entity_type text, entity_id bigint, entity_name text, province text,
               verification_type text, expiry_date date, days_left integer, withdraws_physical_work boolean,
               bookings_at_risk integer, partnerships_at_risk integer, reminders jsonb)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_within integer := least(greatest(coalesce(p_within_days, 60), 0), 366);
    v_bound date := (pg_catalog.now() AT TIME ZONE 'UTC')::date + 1 + v_within;
BEGIN
    PERFORM desk.require_platform_admin_for_board();
    RETURN QUERY
    WITH cand AS MATERIALIZED (
        SELECT c.id, c.entity_type, c.entity_id, c.entity_name, c.province, c.workshop_id,
               c.verification_type, c.expiry_date
          FROM desk.compliance_verifications c
         WHERE c.status = 'approved' AND c.expiry_date IS NOT NULL
           AND coalesce(c.expiry_date, 'infinity'::date) <= v_bound
    ),
    due AS MATERIALIZED (
        SELECT c.id, c.entity_type, c.entity_id, c.entity_name,
               coalesce(c.province::text, m.province::text, o.province::text) AS province,
               c.verification_type, c.expiry_date, c.expiry_date - (pg_catalog.now() AT TIME ZONE coalesce(w.time_zone, 'America/Toronto'))::date
                   AS days_left,
               CASE WHEN c.entity_type = 'mechanic' THEN coalesce(m.can_perform_physical_work, false)
                    ELSE coalesce(o.allows_physical_repairs, false) END AS physical,
               -- desk.entity_requirement_context (0020), joined: path, province, calendar.
               CASE WHEN c.entity_type = 'mechanic' THEN desk.mechanic_path(m.service_tier, m.workshop_id)
                    ELSE c.entity_type END AS ctx_path,
               CASE WHEN c.entity_type = 'mechanic' THEN coalesce(m.province, mw.province)::text
                    ELSE o.province::text END AS ctx_province,
               (pg_catalog.now() AT TIME ZONE coalesce(CASE WHEN c.entity_type = 'mechanic' THEN mw.time_zone
                                                            ELSE o.time_zone END, 'America/Toronto'))::date
                   AS ctx_today
          FROM cand c
          LEFT JOIN desk.organizations w ON w.id = c.workshop_id
          LEFT JOIN desk.mechanics m ON c.entity_type = 'mechanic' AND m.id = c.entity_id
          LEFT JOIN desk.organizations mw ON mw.id = m.workshop_id
          LEFT JOIN desk.organizations o ON c.entity_type IN ('workshop', 'mobile_service') AND o.id = c.entity_id
         WHERE c.expiry_date - (pg_catalog.now() AT TIME ZONE coalesce(w.time_zone, 'America/Toronto'))::date
               <= v_within
    ),
    flagged AS (
        -- desk.verification_is_required (0020): a rule of the entity's path and province in effect
        -- on its today names the type. Only asked of an entity doing physical work.
        SELECT d.*, d.physical AND EXISTS (
                   SELECT 1 FROM desk.requirement_rules r
                    WHERE r.entity_type = d.entity_type AND r.path = d.ctx_path
                      AND r.verification_type = d.verification_type
                      AND (r.province IS NULL OR r.province = d.ctx_province)
                      AND r.effective_from <= d.ctx_today
                      AND (r.effective_to IS NULL OR d.ctx_today < r.effective_to)) AS withdraws
          FROM due d
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
      FROM flagged d
     ORDER BY d.days_left, d.entity_name, d.id;
END
$$;
