-- 0047_kpis_without_jit: the admins' KPI functions run without JIT (issue 19, "The rest": every
-- pane interaction measured; bench_oversight).
--
-- The KPI dashboard loads eight KPIs, one statement each. Debian's PostgreSQL compiles a statement
-- whose estimated cost passes jit_above_cost (100,000), with inlining and optimisation past
-- jit_inline_above_cost and jit_optimize_above_cost (500,000). The sessions and retention KPIs'
-- statements cross those thresholds at a platform's size; their compilation took longer than the
-- rows they read. Nothing else about the functions changes: same signatures, bodies, answers,
-- SECURITY DEFINER, admin check, pinned search_path and grants (ALTER FUNCTION ... SET adds one
-- setting; tst_security reads the search_path entry whatever its place).
--
-- bench_oversight (200,000 verifications, 100,000 sessions, 300,000 bookings, 5,000 workshops;
-- Debug client, 2 cores, load 1-2), each function as shipped before (the server's jit) and with
-- jit off, alternately in the same run, five pairs, median, as an admin login:
--                                     jit on (before)   jit off (0047)
--   kpi_sessions, 12 months           157.6 ms          61.0 ms        0.39x
--   kpi_mechanic_retention, 12 months 753.9 ms          142.5 ms       0.19x
--   kpi_review_turnaround             203.5 ms          200.1 ms       0.98x
--   kpi_review_queue                  178.5 ms          177.5 ms       0.99x
--   kpi_mechanic_tiers                14.6 ms           14.9 ms        1.02x
--   kpi_bookings, 26 weeks            8,294 ms          8,325 ms       1.00x (its cost is elsewhere)
--   kpi_platform_revenue, kpi_matching: under 1.1 ms either way.
-- The others stay within noise of their figures with JIT; they get the same setting so that none
-- of the dashboard's statements pays a compilation once the platform's tables grow past the cost
-- threshold (their statements are aggregates over an admin's chosen period, read once per load).
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

ALTER FUNCTION desk.kpi_review_turnaround(date, date, text) SET jit = off;
ALTER FUNCTION desk.kpi_review_queue(date, date, text) SET jit = off;
ALTER FUNCTION desk.kpi_mechanic_tiers() SET jit = off;
ALTER FUNCTION desk.kpi_sessions(date, date, text) SET jit = off;
ALTER FUNCTION desk.kpi_mechanic_retention(date, date, text) SET jit = off;
ALTER FUNCTION desk.kpi_bookings(date, date, text) SET jit = off;
ALTER FUNCTION desk.kpi_platform_revenue(date, date) SET jit = off;
ALTER FUNCTION desk.kpi_matching(integer) SET jit = off;
