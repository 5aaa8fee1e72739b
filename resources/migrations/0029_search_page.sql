-- 0029_search_page: the review queue's text search filters, sorts and pages inside (issue 19,
-- "Finance at scale": queue text search).
-- desk.verification_search(pattern) (0002, 0016) returns every match; the queue then applied the
-- status and the other filters, the order and the page limit outside it. A plpgsql set-returning
-- function materializes its whole result first: '%tremblay%' returned 19,912 rows at 1,000,000
-- verifications and spilled them to disk before the 200 the page shows were picked.
--
--   desk.verification_search_page(pattern, status, verification_type, entity_type, province,
--           expiring_within_days, sort, descending, after_submitted, after_expiry, after_name,
--           after_id, limit) -> SETOF desk.compliance_verifications
--       the matches of the LIKE pattern (folded as desk.search_fold folds the text: case and accents)
--       that pass every filter given (NULL: no filter), after the keyset position (the after_*
--       argument of the sort, with after_id; NULL after_id: the first page), in the queue's order
--       (sort 'submitted', 'expiry' (no expiry last) or 'entity', then id; descending reverses both),
--       at most `limit` rows (NULL: all). The filters, order and limit are the queue's
--       (VerificationRepository::pageSql), so the page is the same as filtering the full search.
--       Visibility: platform admins every row, workshop owners their workshops' rows, anyone else
--       none (as verification_search). It is one constant statement run with EXECUTE ... USING, so
--       each call is planned for its values: a NULL filter drops out of the plan and the sort
--       becomes an index order or a top-N sort over the matches.
-- No error of its own: an unknown sort orders by id.
SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

CREATE FUNCTION desk.verification_search_page(p_pattern text, p_status text, p_verification_type text,
                                              p_entity_type text, p_province text, p_expiring_days integer,
                                              p_sort text, p_descending boolean, p_after_submitted timestamptz,
                                              p_after_expiry date, p_after_name text, p_after_id bigint,
                                              p_limit integer)
RETURNS SETOF desk.compliance_verifications
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    RETURN QUERY EXECUTE
        'SELECT v.* FROM desk.compliance_verifications v
          WHERE desk.search_fold(v.search_text) LIKE desk.search_fold($1)
            AND ((SELECT desk.is_platform_admin()) OR v.workshop_id IN (SELECT desk.my_workshop_ids()))
            AND ($2 IS NULL OR v.status = $2)
            AND ($3 IS NULL OR v.verification_type = $3)
            AND ($4 IS NULL OR v.entity_type = $4)
            AND ($5 IS NULL OR v.province = $5)
            AND ($6 IS NULL OR v.expiry_date BETWEEN current_date AND current_date + $6)
            AND ($12 IS NULL OR CASE
                 WHEN $7 = ''submitted'' AND $8 THEN (v.submitted_at, v.id) < ($9, $12)
                 WHEN $7 = ''submitted'' THEN (v.submitted_at, v.id) > ($9, $12)
                 WHEN $7 = ''expiry'' AND $8 THEN (coalesce(v.expiry_date, ''infinity''::date), v.id) < ($10, $12)
                 WHEN $7 = ''expiry'' THEN (coalesce(v.expiry_date, ''infinity''::date), v.id) > ($10, $12)
                 WHEN $7 = ''entity'' AND $8 THEN (v.entity_name, v.id) < ($11, $12)
                 WHEN $7 = ''entity'' THEN (v.entity_name, v.id) > ($11, $12)
                 WHEN $8 THEN v.id < $12
                 ELSE v.id > $12 END)
          ORDER BY CASE WHEN $7 = ''submitted'' AND NOT $8 THEN v.submitted_at END,
                   CASE WHEN $7 = ''submitted'' AND $8 THEN v.submitted_at END DESC,
                   CASE WHEN $7 = ''expiry'' AND NOT $8 THEN coalesce(v.expiry_date, ''infinity''::date) END,
                   CASE WHEN $7 = ''expiry'' AND $8 THEN coalesce(v.expiry_date, ''infinity''::date) END DESC,
                   CASE WHEN $7 = ''entity'' AND NOT $8 THEN v.entity_name END,
                   CASE WHEN $7 = ''entity'' AND $8 THEN v.entity_name END DESC,
                   CASE WHEN NOT $8 THEN v.id END,
                   CASE WHEN $8 THEN v.id END DESC
          LIMIT greatest($13, 0)'
        USING p_pattern, p_status, p_verification_type, p_entity_type, p_province, p_expiring_days,
              p_sort, coalesce(p_descending, false), p_after_submitted, p_after_expiry, p_after_name,
              p_after_id, p_limit;
END
$$;
REVOKE ALL ON FUNCTION desk.verification_search_page(text, text, text, text, text, integer, text, boolean,
                                                     timestamptz, date, text, bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION desk.verification_search_page(text, text, text, text, text, integer, text, boolean,
                                                        timestamptz, date, text, bigint, integer)
    TO adesk_platform_admin, adesk_workshop_owner;
