-- 0039_kpi_review_queue: the review-queue KPI in one pass over the verifications (issue 19,
-- bench_oversight: 2,205 ms against its bare aggregation's 153 ms at 200,000 verifications).
--
-- desk.kpi_review_queue(p_from, p_to, p_bucket) (0022) keeps its signature, definition, answers and
-- grants. Its 0022 body counted, for each bucket, the verifications waiting at the bucket's end with
-- a scan of the whole table (53 scans for a year by week, the closing instant computed per row and
-- per bucket). The same counts come from one pass:
--   * submitted and decided in bucket b: the bucket whose start is the last one at or before
--     submitted_at / verified_at (width_bucket over the buckets' starts: the buckets are contiguous),
--     before the last bucket's end;
--   * waiting at the end of bucket b, cut_b = least(ends_at, now()) as in 0022:
--       #{submitted_at < cut_b AND (closed_at IS NULL OR closed_at >= cut_b)}
--     = #{submitted_at < cut_b} - #{closed_at IS NOT NULL AND greatest(submitted_at, closed_at) < cut_b}.
--     A row counts in every bucket whose cut is after its instant: with k = width_bucket(instant,
--     cuts) (the number of cuts at or before it; the cuts never decrease), buckets k + 1 onwards. So
--     each row adds 1 at bucket k + 1 and a running sum over the buckets gives the counts.
-- closed_at is 0022's: verified_at, else for an expired verification the end of its expiry date in
-- the platform's zone (America/Toronto), else its updated_at. tst_kpis compares this body with
-- 0022's over random verifications and periods.
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

CREATE OR REPLACE FUNCTION desk.kpi_review_queue(p_from date, p_to date, p_bucket text)
RETURNS TABLE (bucket_start date, submitted bigint, decided bigint, pending_at_end bigint)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_starts timestamptz[];
    v_cuts timestamptz[];
    v_end timestamptz;
BEGIN
    PERFORM desk.kpi_require_admin();
    SELECT array_agg(b.starts_at ORDER BY b.bucket_start),
           array_agg(least(b.ends_at, now()) ORDER BY b.bucket_start),
           max(b.ends_at)
      INTO v_starts, v_cuts, v_end
      FROM desk.kpi_buckets(p_from, p_to, p_bucket) b;
    RETURN QUERY
    WITH v AS MATERIALIZED (
        SELECT c.submitted_at, c.verified_at,
               coalesce(c.verified_at,
                        CASE WHEN c.status = 'expired'
                             THEN coalesce((c.expiry_date + 1)::timestamp AT TIME ZONE 'America/Toronto',
                                           c.updated_at) END) AS closed_at
          FROM desk.compliance_verifications c),
    events AS (
        SELECT width_bucket(v.submitted_at, v_starts) AS i, 1 AS n_sub, 0 AS n_dec, 0 AS n_delta
          FROM v WHERE v.submitted_at < v_end
        UNION ALL
        SELECT width_bucket(v.verified_at, v_starts), 0, 1, 0
          FROM v WHERE v.verified_at < v_end
        UNION ALL
        SELECT width_bucket(v.submitted_at, v_cuts) + 1, 0, 0, 1
          FROM v
        UNION ALL
        SELECT width_bucket(greatest(v.submitted_at, v.closed_at), v_cuts) + 1, 0, 0, -1
          FROM v WHERE v.closed_at IS NOT NULL),
    per_bucket AS (
        SELECT e.i, sum(e.n_sub)::bigint AS n_sub, sum(e.n_dec)::bigint AS n_dec,
               sum(e.n_delta)::bigint AS n_delta
          FROM events e
         GROUP BY e.i)
    SELECT b.bucket_start, coalesce(p.n_sub, 0), coalesce(p.n_dec, 0),
           (sum(coalesce(p.n_delta, 0)) OVER (ORDER BY b.ord))::bigint
      FROM desk.kpi_buckets(p_from, p_to, p_bucket) WITH ORDINALITY AS b(bucket_start, bucket_end,
                                                                          starts_at, ends_at, ord)
      LEFT JOIN per_bucket p ON p.i = b.ord
     ORDER BY b.bucket_start;
END
$$;
