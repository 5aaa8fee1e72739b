-- 0038_time_zone_names: a workshop's time zone is checked against a list, not a scan of the time
-- zone database (issue 19, "Start-up": seed-demo's 12 organizations spent 1.2 s in this check).
--
-- desk.is_valid_time_zone(zone) (0001) keeps its signature, answers and grants. Its 0001 body read
-- pg_catalog.pg_timezone_names, which opens and parses every file of the server's time zone
-- database on each call (about 600 files; 100 ms a call on a loaded 2-core machine), and it runs
-- in the trigger organizations_check_zone for every insert of an organization and every change of
-- its zone. The body is now generated here with the names pg_timezone_names lists when this
-- migration runs, as one constant array; a name not in it (a zone added to tzdata later, or a
-- wrong name) is still looked up in pg_timezone_names, so the function accepts exactly the names
-- that view lists today, as before. Zones are never removed from tzdata (they become links), so
-- the constant cannot accept a name the server no longer knows.
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

DO $migration$
BEGIN
    EXECUTE pg_catalog.format($create$
CREATE OR REPLACE FUNCTION desk.is_valid_time_zone(p_zone text) RETURNS boolean
LANGUAGE plpgsql STABLE PARALLEL SAFE SET search_path = pg_catalog, pg_temp AS $body$
BEGIN
    IF p_zone = ANY (%L::text[]) THEN
        RETURN true;
    END IF;
    RETURN EXISTS (SELECT 1 FROM pg_catalog.pg_timezone_names WHERE name = p_zone);
END
$body$$create$,
        (SELECT pg_catalog.array_agg(name ORDER BY name) FROM pg_catalog.pg_timezone_names));
END
$migration$;
