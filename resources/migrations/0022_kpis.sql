-- 0022_kpis: the platform's KPIs for admins (issue 15, "Platform KPIs"): the success criteria of
-- shared/seeds/compliance-migration-plan.md ("Success Criteria", "Metrics to Track") and of
-- shared/seeds/phase3-partnerships-bays-revenue-plan.md (approval in under 48 hours, $25K+ platform
-- revenue a month), each computed here, in one SECURITY DEFINER function per figure.
--
-- Who: platform admins only (EXECUTE granted to adesk_platform_admin alone, and each function checks
-- desk.is_platform_admin() first: owners and finance get 42501 whatever the arguments, before any
-- row is read). What: aggregates only, one row per bucket (or tier); no function returns a payee, a
-- mechanic, a workshop or a document id, a name, or anybody's earnings.
--
-- Periods: [p_from, p_to) as calendar dates in the platform's zone (America/Toronto, the ledger's
-- month); the buckets are the whole calendar weeks (ISO, Monday first) or months that meet the
-- period: the first starts at date_trunc(p_bucket, p_from), the last is the one holding p_to - 1.
-- Bookings and utilization use each workshop's own local dates (its bays' days). A period runs at
-- most 3 years (1 100 days). 22023 for a bad bucket or period.
--
--   desk.kpi_review_turnaround(p_from, p_to, p_bucket)    target: decided within 48 hours
--   desk.kpi_review_queue(p_from, p_to, p_bucket)         queue size at each bucket's end, submissions
--   desk.kpi_mechanic_tiers()                             now; target > 100 workshop-affiliated
--   desk.kpi_sessions(p_from, p_to, p_bucket)             target > 500 virtual sessions a month
--   desk.kpi_mechanic_retention(p_from, p_to, p_bucket)   target 80 %
--   desk.kpi_bookings(p_from, p_to, p_bucket)             bookings and bay utilization, all workshops
--   desk.kpi_platform_revenue(p_from, p_to)               target $25K a month (2 500 000 cents)

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- The buckets of a period (internal: no app role executes it; the callers checked the caller).
-- starts_at / ends_at are the bucket's bounds as instants in the platform's zone.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION desk.kpi_buckets(p_from date, p_to date, p_bucket text)
RETURNS TABLE (bucket_start date, bucket_end date, starts_at timestamptz, ends_at timestamptz)
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF p_bucket IS NULL OR p_bucket NOT IN ('week', 'month') THEN
        RAISE EXCEPTION 'a KPI bucket is a week or a month' USING ERRCODE = '22023';
    END IF;
    IF p_from IS NULL OR p_to IS NULL OR p_to <= p_from OR p_to - p_from > 1100 THEN
        RAISE EXCEPTION 'a KPI period ends after it starts and spans at most 3 years' USING ERRCODE = '22023';
    END IF;
    RETURN QUERY
    SELECT b.s::date, (b.s + ('1 ' || p_bucket)::interval)::date,
           b.s AT TIME ZONE 'America/Toronto',
           (b.s + ('1 ' || p_bucket)::interval) AT TIME ZONE 'America/Toronto'
      FROM pg_catalog.generate_series(pg_catalog.date_trunc(p_bucket, p_from::timestamp),
                                      (p_to - 1)::timestamp, ('1 ' || p_bucket)::interval) AS b(s)
     ORDER BY 1;
END
$$;

CREATE FUNCTION desk.kpi_require_admin() RETURNS void
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NOT desk.is_platform_admin() THEN
        RAISE EXCEPTION 'only platform admins read the platform KPIs' USING ERRCODE = '42501';
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Review turnaround. Definition: a decision is a verification with verified_at (approved or
-- rejected by an admin; an approval that later expired keeps its decision), counted in the bucket
-- holding verified_at; its turnaround is verified_at - submitted_at in hours (a request for more
-- information does not stop the clock). median_hours and p90_hours are percentile_cont(0.5) and
-- percentile_cont(0.9) of the bucket's turnarounds (interpolated, rounded to 0.01 h; NULL without
-- decisions); within_target counts turnarounds of at most 48 hours, within_target_bp is its share
-- of the decisions in basis points (rounded half up). Target (phase-3 plan, "Target: <48 hour
-- approval time"): every decision within 48 hours.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION desk.kpi_review_turnaround(p_from date, p_to date, p_bucket text)
RETURNS TABLE (bucket_start date, decisions bigint, median_hours numeric, p90_hours numeric,
               within_target bigint, within_target_bp integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.kpi_require_admin();
    RETURN QUERY
    SELECT b.bucket_start, count(d.hours),
           round(percentile_cont(0.5) WITHIN GROUP (ORDER BY d.hours)::numeric, 2),
           round(percentile_cont(0.9) WITHIN GROUP (ORDER BY d.hours)::numeric, 2),
           count(d.hours) FILTER (WHERE d.hours <= 48),
           CASE WHEN count(d.hours) = 0 THEN NULL
                ELSE ((20000 * count(d.hours) FILTER (WHERE d.hours <= 48) + count(d.hours))
                      / (2 * count(d.hours)))::integer END
      FROM desk.kpi_buckets(p_from, p_to, p_bucket) b
      LEFT JOIN LATERAL (
          SELECT extract(epoch FROM c.verified_at - c.submitted_at)::double precision / 3600 AS hours
            FROM desk.compliance_verifications c
           WHERE c.verified_at >= b.starts_at AND c.verified_at < b.ends_at) d ON true
     GROUP BY b.bucket_start
     ORDER BY b.bucket_start;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Review queue. Definitions: submitted counts verifications with submitted_at in the bucket;
-- decided counts those with verified_at in the bucket; pending_at_end counts the verifications
-- waiting at the bucket's end (or now, for a bucket not over yet): submitted before it and not
-- closed by then, where a verification closes at its decision (verified_at) or, expired by the
-- sweep without a decision, at the end of its expiry date (platform zone). Target (compliance plan
-- week 4): more than 50 workshop verifications submitted; the plan's "daily check of the queue".
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION desk.kpi_review_queue(p_from date, p_to date, p_bucket text)
RETURNS TABLE (bucket_start date, submitted bigint, decided bigint, pending_at_end bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.kpi_require_admin();
    RETURN QUERY
    WITH v AS (
        SELECT c.submitted_at,
               coalesce(c.verified_at,
                        CASE WHEN c.status = 'expired'
                             THEN coalesce((c.expiry_date + 1)::timestamp AT TIME ZONE 'America/Toronto',
                                           c.updated_at) END) AS closed_at
          FROM desk.compliance_verifications c)
    SELECT b.bucket_start,
           (SELECT count(*) FROM desk.compliance_verifications c
             WHERE c.submitted_at >= b.starts_at AND c.submitted_at < b.ends_at),
           (SELECT count(*) FROM desk.compliance_verifications c
             WHERE c.verified_at >= b.starts_at AND c.verified_at < b.ends_at),
           (SELECT count(*) FROM v
             WHERE v.submitted_at < least(b.ends_at, now())
               AND (v.closed_at IS NULL OR v.closed_at >= least(b.ends_at, now())))
      FROM desk.kpi_buckets(p_from, p_to, p_bucket) b
     ORDER BY b.bucket_start;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Service tiers now. Definition: mechanics by desk.mechanics.service_tier today (every tier listed,
-- 0 when empty), with those allowed physical work and those whose compliance is approved. Target
-- (compliance plan, months 2-3): more than 100 workshop-affiliated mechanics.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION desk.kpi_mechanic_tiers()
RETURNS TABLE (service_tier text, mechanics bigint, physical_work bigint, compliance_approved bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.kpi_require_admin();
    RETURN QUERY
    SELECT t.tier, count(m.id), count(m.id) FILTER (WHERE m.can_perform_physical_work),
           count(m.id) FILTER (WHERE m.compliance_status = 'approved')
      FROM (VALUES (1, 'virtual_only'), (2, 'workshop_affiliated'), (3, 'licensed_mobile')) AS t(ord, tier)
      LEFT JOIN desk.mechanics m ON m.service_tier = t.tier
     GROUP BY t.ord, t.tier
     ORDER BY t.ord;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Sessions. Definitions: virtual_sessions counts completed sessions (status 'completed') of type
-- chat, video or upgraded_from_chat with completed_at in the bucket; workshop_visits the completed
-- 'workshop_visit' sessions; active_mechanics the distinct mechanics with a completed session of
-- either kind. Target (compliance plan, months 2-3): more than 500 virtual consultations a month.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION desk.kpi_sessions(p_from date, p_to date, p_bucket text)
RETURNS TABLE (bucket_start date, virtual_sessions bigint, workshop_visits bigint, active_mechanics bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.kpi_require_admin();
    RETURN QUERY
    SELECT b.bucket_start,
           count(s.id) FILTER (WHERE s.session_type <> 'workshop_visit'),
           count(s.id) FILTER (WHERE s.session_type = 'workshop_visit'),
           count(DISTINCT s.mechanic_id)
      FROM desk.kpi_buckets(p_from, p_to, p_bucket) b
      LEFT JOIN desk.sessions s ON s.status = 'completed' AND s.completed_at >= b.starts_at
                               AND s.completed_at < b.ends_at
     GROUP BY b.bucket_start
     ORDER BY b.bucket_start;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Mechanic retention. Definition: of the mechanics with at least one completed session (any type)
-- in the previous bucket (the calendar week or month just before, even when it starts before
-- p_from), previous_active, the share that had at least one completed session in this bucket,
-- retained; retention_bp = retained / previous_active in basis points, rounded half up (NULL when
-- nobody was active before). Target (compliance plan, week 4): more than 80 % (8 000 bp).
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION desk.kpi_mechanic_retention(p_from date, p_to date, p_bucket text)
RETURNS TABLE (bucket_start date, previous_active bigint, retained bigint, retention_bp integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.kpi_require_admin();
    RETURN QUERY
    WITH b AS (
        SELECT k.bucket_start, k.starts_at, k.ends_at,
               (k.bucket_start - ('1 ' || p_bucket)::interval)::timestamp AT TIME ZONE 'America/Toronto'
                   AS prev_starts_at
          FROM desk.kpi_buckets(p_from, p_to, p_bucket) k),
    counts AS (
        SELECT b.bucket_start,
               (SELECT count(DISTINCT s.mechanic_id) FROM desk.sessions s
                 WHERE s.status = 'completed' AND s.completed_at >= b.prev_starts_at
                   AND s.completed_at < b.starts_at) AS prev_n,
               (SELECT count(DISTINCT s.mechanic_id) FROM desk.sessions s
                 WHERE s.status = 'completed' AND s.completed_at >= b.prev_starts_at
                   AND s.completed_at < b.starts_at
                   AND EXISTS (SELECT 1 FROM desk.sessions t
                                WHERE t.mechanic_id = s.mechanic_id AND t.status = 'completed'
                                  AND t.completed_at >= b.starts_at AND t.completed_at < b.ends_at)) AS kept
          FROM b)
    SELECT c.bucket_start, c.prev_n, c.kept,
           CASE WHEN c.prev_n = 0 THEN NULL ELSE ((20000 * c.kept + c.prev_n) / (2 * c.prev_n))::integer END
      FROM counts c
     ORDER BY c.bucket_start;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Bookings and utilization across workshops. Definitions: bookings counts bay bookings whose start
-- falls in the bucket on the workshop's local calendar (every status), with completed, cancelled
-- and no_show among them; workshops the distinct workshops with a booking; open_minutes and
-- booked_minutes are the sums over every workshop of desk.bay_utilization (0014: opening hours
-- minus closures, per bay in service; confirmed, checked-in and completed bookings inside them) for
-- the bucket's local days, and utilization_bp = booked / open in basis points (rounded half up;
-- NULL when nothing was open). No per-workshop row. The seeds set no numeric target.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION desk.kpi_bookings(p_from date, p_to date, p_bucket text)
RETURNS TABLE (bucket_start date, bookings bigint, completed bigint, cancelled bigint, no_show bigint,
               workshops bigint, open_minutes bigint, booked_minutes bigint, utilization_bp integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.kpi_require_admin();
    RETURN QUERY
    WITH b AS (SELECT k.bucket_start, k.bucket_end FROM desk.kpi_buckets(p_from, p_to, p_bucket) k),
    bk AS (
        SELECT b.bucket_start, count(x.id) AS n,
               count(x.id) FILTER (WHERE x.status = 'completed') AS done,
               count(x.id) FILTER (WHERE x.status = 'cancelled') AS cancelled,
               count(x.id) FILTER (WHERE x.status = 'no_show') AS no_show,
               count(DISTINCT x.workshop_id) AS workshops
          FROM b
          LEFT JOIN (SELECT k.id, k.status, k.workshop_id,
                            (lower(k.span) AT TIME ZONE o.time_zone)::date AS day
                       FROM desk.bay_bookings k JOIN desk.organizations o ON o.id = k.workshop_id) x
                 ON x.day >= b.bucket_start AND x.day < b.bucket_end
         GROUP BY b.bucket_start),
    ut AS (
        SELECT b.bucket_start, coalesce(sum(u.open_minutes), 0)::bigint AS open_m,
               coalesce(sum(u.booked_minutes), 0)::bigint AS booked_m
          FROM b
          LEFT JOIN LATERAL (
              SELECT z.open_minutes, z.booked_minutes
                FROM desk.organizations o
               CROSS JOIN LATERAL desk.bay_utilization(o.id, b.bucket_start, b.bucket_end) z
               WHERE EXISTS (SELECT 1 FROM desk.bays y WHERE y.workshop_id = o.id)) u ON true
         GROUP BY b.bucket_start)
    SELECT bk.bucket_start, bk.n, bk.done, bk.cancelled, bk.no_show, bk.workshops, ut.open_m, ut.booked_m,
           CASE WHEN ut.open_m = 0 THEN NULL
                ELSE ((20000 * ut.booked_m + ut.open_m) / (2 * ut.open_m))::integer END
      FROM bk JOIN ut USING (bucket_start)
     ORDER BY bk.bucket_start;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Platform revenue by service tier. Definition: the platform's side of the earnings ledger, the
-- rows with party 'platform' (its fees; reversal rows of platform fees count negatively), summed
-- by the ledger's month (period, platform zone) and the ledger's service tier ('virtual' or
-- 'physical', recorded at posting), in cents, GST/HST and QST excluded (they are collected, not
-- earned); events counts the distinct events behind them. Months of the period with no row are
-- listed with 0 for both tiers. Nobody's share is read. Target (phase-3 plan, "$25K+ platform
-- revenue/month"): 2 500 000 cents a month, both tiers together.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION desk.kpi_platform_revenue(p_from date, p_to date)
RETURNS TABLE (month date, service_tier text, fee_cents bigint, events bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.kpi_require_admin();
    RETURN QUERY
    SELECT b.bucket_start, t.tier, coalesce(sum(l.amount_cents), 0)::bigint,
           count(DISTINCT (l.event_type, l.event_id)) FILTER (WHERE l.id IS NOT NULL)
      FROM desk.kpi_buckets(p_from, p_to, 'month') b
     CROSS JOIN (VALUES (1, 'virtual'), (2, 'physical')) AS t(ord, tier)
      LEFT JOIN desk.earnings_ledger l ON l.party = 'platform' AND l.period = b.bucket_start
                                      AND l.service_tier = t.tier
     GROUP BY b.bucket_start, t.ord, t.tier
     ORDER BY b.bucket_start, t.ord;
END
$$;

REVOKE ALL ON FUNCTION desk.kpi_buckets(date, date, text), desk.kpi_require_admin() FROM PUBLIC;
REVOKE ALL ON FUNCTION desk.kpi_review_turnaround(date, date, text), desk.kpi_review_queue(date, date, text),
    desk.kpi_mechanic_tiers(), desk.kpi_sessions(date, date, text), desk.kpi_mechanic_retention(date, date, text),
    desk.kpi_bookings(date, date, text), desk.kpi_platform_revenue(date, date)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.kpi_review_turnaround(date, date, text), desk.kpi_review_queue(date, date, text),
    desk.kpi_mechanic_tiers(), desk.kpi_sessions(date, date, text), desk.kpi_mechanic_retention(date, date, text),
    desk.kpi_bookings(date, date, text), desk.kpi_platform_revenue(date, date)
    TO adesk_platform_admin;
