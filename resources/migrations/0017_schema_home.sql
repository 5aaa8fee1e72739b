-- 0017: the desk lives in its own schema and leaves the rest of the database alone (issue 18).
--
-- The platform's database is shared: other tools keep their own tables (a Rails or golang-migrate
-- public.schema_migrations, public.users, …) and their logins rely on the database's default
-- search_path. The desk therefore
--   * keeps its applied versions in desk.schema_migrations (created and filled by the migrator,
--     models/core/migrator.cpp; a desk-shaped public.schema_migrations of an older installation is
--     moved there and dropped; another tool's is never touched);
--   * qualifies every name it uses (desk., pg_catalog., public. for the extensions) instead of
--     relying on a search_path, in the app's queries and in the functions below;
--   * undoes the database-wide `ALTER DATABASE … SET search_path = desk, public` of 0001, only
--     when the setting is still exactly the one 0001 wrote (a DBA's own setting is kept). On a
--     database that runs 0001 from now on, the migrator does not send that statement at all.

SET LOCAL search_path = pg_catalog, desk, pg_temp;

DO $do$
BEGIN
    IF EXISTS (SELECT FROM pg_catalog.pg_db_role_setting s
                 JOIN pg_catalog.pg_database d ON d.oid = s.setdatabase
                WHERE d.datname = pg_catalog.current_database() AND s.setrole = 0
                  AND 'search_path=desk, public' = ANY (s.setconfig)) THEN
        EXECUTE pg_catalog.format('ALTER DATABASE %I RESET search_path', pg_catalog.current_database());
    END IF;
END
$do$;
