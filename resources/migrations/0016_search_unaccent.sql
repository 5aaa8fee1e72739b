-- 0016: accent- and case-insensitive search of the review queue (issue 17).
--
-- "chloe" finds "Chloé", "TREMBLAY" finds "Tremblay", "beta" finds "Bêta": Quebec names are typed
-- without their accents. desk.search_fold(text) lower-cases and strips the accents (the unaccent
-- extension, trusted since PostgreSQL 13, shipped with the server's contrib modules); it is
-- IMMUTABLE (unaccent is STABLE only because its dictionary could change; the wrapper names the
-- dictionary explicitly) so a trigram index can be built on it. The index on the folded text replaces
-- 0001's index on the lower-cased text, and desk.verification_search folds both sides, so the
-- search still uses an index (tests/models/tst_verificationqueuemodel: searchFoldsAccents).

SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- As the deploying role, next to 0001's pg_trgm (public).
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;

SET LOCAL ROLE adesk_owner;

-- Built with the schema unaccent lives in (public unless an administrator installed it elsewhere).
DO $do$
DECLARE
    v_schema name;
BEGIN
    SELECT n.nspname INTO STRICT v_schema
      FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
     WHERE e.extname = 'unaccent';
    EXECUTE pg_catalog.format(
        $f$CREATE FUNCTION desk.search_fold(p_text text) RETURNS text
           LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
           AS $b$ SELECT pg_catalog.lower(%1$I.unaccent(%2$L::regdictionary, p_text)) $b$$f$,
        v_schema, pg_catalog.quote_ident(v_schema) || '.unaccent');
END
$do$;
REVOKE ALL ON FUNCTION desk.search_fold(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.search_fold(text)
    TO adesk_platform_admin, adesk_finance, adesk_workshop_owner;

DROP INDEX desk.verifications_search;
CREATE INDEX verifications_search_folded ON desk.compliance_verifications
    USING gin (desk.search_fold(search_text) public.gin_trgm_ops);

-- Same signature, grants kept. p_pattern is a LIKE pattern; it is folded like the text.
CREATE OR REPLACE FUNCTION desk.verification_search(p_pattern text) RETURNS SETOF desk.compliance_verifications
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    RETURN QUERY EXECUTE
        'SELECT v.* FROM desk.compliance_verifications v
          WHERE desk.search_fold(v.search_text) LIKE desk.search_fold($1)
            AND ((SELECT desk.is_platform_admin()) OR v.workshop_id IN (SELECT desk.my_workshop_ids()))'
        USING p_pattern;
END
$$;
