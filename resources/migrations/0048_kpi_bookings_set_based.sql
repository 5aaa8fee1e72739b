-- 0048_kpi_bookings_set_based: the bookings-and-utilization KPI in one statement over every workshop
-- (issue 19, "The rest": bench_oversight, desk.kpi_bookings on the admins' KPI dashboard).
--
-- desk.kpi_bookings(p_from, p_to, p_bucket) (0022) keeps its signature, columns, definition,
-- answers, SECURITY DEFINER, admin check, pinned search_path and grants. 0022 computed utilization
-- by calling desk.bay_utilization(workshop, bucket start, bucket end) (0003, 0014) for every
-- workshop with a bay and every bucket: a SQL function with a pinned search_path, which PostgreSQL
-- cannot inline, planned and run once per pair. At bench_oversight's 5,000 workshops that was
-- 130,000 calls for 26 weeks, 8.3 s with no opening hours planted at all; with hours for every
-- workshop (two shifts on weekdays, one on Saturday) a 12-month call had not finished after 26
-- minutes. The same figures now come from one statement:
--   * open minutes: each (shift, bay) pair is valid on the local dates in
--     [effective_from, least(effective_until, out_of_service_from)); the pairs are counted by
--     (zone, weekday, opens, closes, validity), and each such pattern's open span on each date of
--     the period (`spans`: zone x pattern x date, computed once) is multiplied by its count. The
--     span is computed as 0003 does, (date + time) AT TIME ZONE zone, so a day that changes its
--     clocks gets the same minutes;
--   * closures: only the (bay, date, shift) rows a closure overlaps are visited (the closure's local
--     dates), and each such row's open minutes become greatest(open - closed, 0), as in 0003;
--   * booked minutes: each booking of a counted status is met only with its own bay's shifts on the
--     local dates it can overlap: its start's date (and the day before, when it starts before 03:00
--     local: a shift's end moved past midnight by a clock change), up to its end's date (a booking
--     lasts at most 24 hours, 0003). The minutes are summed and rounded down per bay and ISO week
--     inside the bucket, as bay_utilization's rows are;
--   * bookings per bucket: the booking's local date's date_trunc is the bucket's start (the buckets
--     are date_trunc's weeks or months, desk.kpi_buckets);
--   * only the bookings starting within two days of the period are read (a zone is at most 14 hours
--     from UTC, a booking lasts at most 24 hours), not the platform's whole history.
-- The row estimates of these expansions are guesses (a LATERAL list, CTE scans), and with them the
-- planner probed the hours' GiST index or the bookings per (shift, bay, date) row: the function
-- runs with enable_nestloop off (hash and merge joins; the LATERAL expansions stay nested loops,
-- which they must be) and with jit off (0047).
-- tst_kpis compares this function with 0022's body, run as the superuser, on random shifts,
-- closures, out-of-service dates and bookings in six zones (clock changes at 00:00, 02:00 and
-- 02:45, half-hour and 30-minute shifts, none), by week and by month.
-- bench_oversight (5,000 workshops open 50 hours a week, a bay each, 300,000 bookings over 180 days,
-- 1,666 closures; Debug client, 2 cores, load 1-2; 2026-12-05):
--   12 months by month: 1,832.6 ms, against the bare count of the period's bookings by local
--     month 2,513.1 ms (2,894.9 ms without JIT): 0.73x (aggregate target 3x). 0022's function did
--     not finish in 26 minutes (psql, same data).
--   one ISO week: 208.3 ms (152.6 ms in the JIT pairs); 0022's body as plain SQL, same run:
--     cancelled at 120 s. Before the bookings were bounded by the period: 663-1,098 ms.
--   JIT: the statement's cost crosses jit_above_cost; with the server's jit the week took 2,289 ms.
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

CREATE OR REPLACE FUNCTION desk.kpi_bookings(p_from date, p_to date, p_bucket text)
RETURNS TABLE (bucket_start date, bookings bigint, completed bigint, cancelled bigint, no_show bigint,
               workshops bigint, open_minutes bigint, booked_minutes bigint, utilization_bp integer)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET jit = off SET enable_nestloop = off
SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    PERFORM desk.kpi_require_admin();
    RETURN QUERY
    WITH b AS (SELECT k.bucket_start, k.bucket_end FROM desk.kpi_buckets(p_from, p_to, p_bucket) k),
    lim AS (SELECT min(b.bucket_start) AS first_day, max(b.bucket_end) AS end_day FROM b),
    kl AS MATERIALIZED (
        SELECT k.id, k.status, k.workshop_id, k.bay_id, k.span, o.time_zone AS tz, y.out_of_service_from AS oos,
               (lower(k.span) AT TIME ZONE o.time_zone) AS local_start,
               (upper(k.span) AT TIME ZONE o.time_zone)::date AS last_day
          FROM desk.bay_bookings k
          JOIN desk.organizations o ON o.id = k.workshop_id
          JOIN desk.bays y ON y.id = k.bay_id
         CROSS JOIN lim
         WHERE lower(k.span) >= (lim.first_day - 2)::timestamp AT TIME ZONE 'UTC'
           AND lower(k.span) < (lim.end_day + 2)::timestamp AT TIME ZONE 'UTC'),
    bk AS (
        SELECT b.bucket_start, count(x.id) AS n,
               count(x.id) FILTER (WHERE x.status = 'completed') AS done,
               count(x.id) FILTER (WHERE x.status = 'cancelled') AS cancelled,
               count(x.id) FILTER (WHERE x.status = 'no_show') AS no_show,
               count(DISTINCT x.workshop_id) AS workshops
          FROM b
          LEFT JOIN (SELECT k.id, k.status, k.workshop_id,
                            pg_catalog.date_trunc(p_bucket, k.local_start::date::timestamp)::date AS bucket_start
                       FROM kl k) x
                 ON x.bucket_start = b.bucket_start
         GROUP BY b.bucket_start),
    pairs AS (
        SELECT o.time_zone AS tz, h.workshop_id, h.weekday, h.opens_at, h.closes_at, y.id AS bay_id,
               h.effective_from AS valid_from,
               CASE WHEN h.effective_until IS NULL THEN y.out_of_service_from
                    WHEN y.out_of_service_from IS NULL THEN h.effective_until
                    ELSE least(h.effective_until, y.out_of_service_from) END AS valid_until
          FROM desk.workshop_hours h
          JOIN desk.organizations o ON o.id = h.workshop_id
          JOIN desk.bays y ON y.workshop_id = h.workshop_id),
    groups AS (
        SELECT p.tz, p.weekday, p.opens_at, p.closes_at, p.valid_from, p.valid_until, count(*) AS bays
          FROM pairs p GROUP BY p.tz, p.weekday, p.opens_at, p.closes_at, p.valid_from, p.valid_until),
    spans AS (
        SELECT p.tz, p.weekday, p.opens_at, p.closes_at, d.day,
               pg_catalog.date_trunc(p_bucket, d.day::timestamp)::date AS bucket_start, s.open_span,
               extract(epoch FROM upper(s.open_span) - lower(s.open_span))::bigint / 60 AS minutes
          FROM (SELECT DISTINCT g.tz, g.weekday, g.opens_at, g.closes_at FROM groups g) p
          JOIN (SELECT x::date AS day FROM lim, pg_catalog.generate_series(lim.first_day, lim.end_day - 1, interval '1 day') x) d
            ON extract(isodow FROM d.day) = p.weekday
         CROSS JOIN LATERAL (SELECT tstzrange((d.day + p.opens_at) AT TIME ZONE p.tz,
                                              (d.day + p.closes_at) AT TIME ZONE p.tz, '[)') AS open_span) s),
    open_by AS (
        SELECT s.bucket_start, sum(g.bays * greatest(s.minutes, 0)) AS minutes
          FROM groups g
          JOIN spans s ON s.tz = g.tz AND s.weekday = g.weekday AND s.opens_at = g.opens_at AND s.closes_at = g.closes_at
                      AND s.day >= g.valid_from AND (g.valid_until IS NULL OR s.day < g.valid_until)
         GROUP BY s.bucket_start),
    closed AS (
        SELECT s.bucket_start, greatest(s.minutes, 0) AS open_m,
               sum(extract(epoch FROM upper(c.span * s.open_span) - lower(c.span * s.open_span)))::bigint / 60 AS closed_m
          FROM (SELECT c.span, y.id AS bay_id, o.time_zone AS tz, h.weekday, h.opens_at, h.closes_at, cd::date AS day
                  FROM desk.bay_closures c
                  JOIN desk.organizations o ON o.id = c.workshop_id
                  JOIN desk.bays y ON y.workshop_id = c.workshop_id AND (c.bay_id IS NULL OR c.bay_id = y.id)
                 CROSS JOIN LATERAL pg_catalog.generate_series((lower(c.span) AT TIME ZONE o.time_zone)::date - 1,
                                                               (upper(c.span) AT TIME ZONE o.time_zone)::date,
                                                               interval '1 day') cd
                  JOIN desk.workshop_hours h ON h.workshop_id = c.workshop_id AND h.weekday = extract(isodow FROM cd)
                 WHERE h.effective_from <= cd::date AND (h.effective_until IS NULL OR cd::date < h.effective_until)
                   AND (y.out_of_service_from IS NULL OR cd::date < y.out_of_service_from)
                OFFSET 0) c
          JOIN spans s ON s.tz = c.tz AND s.weekday = c.weekday AND s.opens_at = c.opens_at AND s.closes_at = c.closes_at
                      AND s.day = c.day
         WHERE c.span && s.open_span
         GROUP BY s.bucket_start, c.bay_id, s.day, s.open_span, s.minutes),
    closed_by AS (
        SELECT c.bucket_start, sum(greatest(c.open_m - c.closed_m, 0) - c.open_m) AS minutes
          FROM closed c GROUP BY c.bucket_start),
    booked AS (
        SELECT s.bucket_start, k.bay_id, (s.day - (extract(isodow FROM s.day)::int - 1)) AS week_start,
               sum(extract(epoch FROM upper(k.span * s.open_span) - lower(k.span * s.open_span)))::bigint / 60
                   AS minutes
          FROM (SELECT k.bay_id, k.span, x.day, k.tz, h.weekday, h.opens_at, h.closes_at
                  FROM kl k
                 CROSS JOIN LATERAL (VALUES (-1), (0), (1), (2)) AS n(n)
                 CROSS JOIN LATERAL (SELECT k.local_start::date + n.n AS day,
                                            extract(isodow FROM k.local_start::date + n.n)::smallint AS weekday) x
                  JOIN desk.workshop_hours h ON h.workshop_id = k.workshop_id AND h.weekday = x.weekday
                 CROSS JOIN lim
                 WHERE k.status IN ('confirmed', 'checked_in', 'completed')
                   AND (n.n >= 0 OR k.local_start::time < time '03:00')
                   AND x.day <= k.last_day AND x.day >= lim.first_day AND x.day < lim.end_day
                   AND h.effective_from <= x.day AND (h.effective_until IS NULL OR x.day < h.effective_until)
                   AND (k.oos IS NULL OR x.day < k.oos)
                OFFSET 0) k
          JOIN spans s ON s.tz = k.tz AND s.weekday = k.weekday AND s.opens_at = k.opens_at AND s.closes_at = k.closes_at
                      AND s.day = k.day
         WHERE k.span && s.open_span
         GROUP BY s.bucket_start, k.bay_id, s.day - (extract(isodow FROM s.day)::int - 1)),
    booked_by AS (SELECT k.bucket_start, sum(k.minutes) AS minutes FROM booked k GROUP BY k.bucket_start),
    ut AS (
        SELECT b.bucket_start, (coalesce(ob.minutes, 0) + coalesce(cb.minutes, 0))::bigint AS open_m,
               coalesce(kb.minutes, 0)::bigint AS booked_m
          FROM b LEFT JOIN open_by ob ON ob.bucket_start = b.bucket_start
                 LEFT JOIN closed_by cb ON cb.bucket_start = b.bucket_start
                 LEFT JOIN booked_by kb ON kb.bucket_start = b.bucket_start)
    SELECT bk.bucket_start, bk.n, bk.done, bk.cancelled, bk.no_show, bk.workshops, ut.open_m, ut.booked_m,
           CASE WHEN ut.open_m = 0 THEN NULL
                ELSE ((20000 * ut.booked_m + ut.open_m) / (2 * ut.open_m))::integer END
      FROM bk JOIN ut USING (bucket_start)
     ORDER BY bk.bucket_start;
END
$$;
