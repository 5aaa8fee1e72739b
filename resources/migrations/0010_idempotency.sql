-- 0010_idempotency: one effect per user intent, even when the reply is lost (issue 9, "Retries that
-- duplicate work").
--
-- The desk's database worker re-runs a job once after a connection loss. When the statement had
-- committed and only the reply was lost, the re-run used to do the work a second time (two programs)
-- or fail against its own first run (a booking "clashing" with itself, a decision "changed by someone
-- else"). Now every write the desk sends carries a request id: a uuid the client generates once per
-- user intent and sends again, unchanged, with every retry of that intent.
--
-- For each write function desk.f(args) the desk calls there is an overload desk.f(p_request_id uuid,
-- args) (SECURITY DEFINER, same EXECUTE grants as desk.f) that:
--   * records the id in desk.write_requests (primary key: a concurrent duplicate waits for the first
--     call's transaction, then sees its outcome);
--   * if the id was already used by the same login for the same function, returns the stored result
--     of that first call without doing anything;
--   * if it was used by another login or for another function, raises exactly what an unknown id
--     raises elsewhere (P0002 "request … does not exist"): nothing about the other call is revealed;
--   * otherwise calls desk.f(args) and stores its result with the id, in the same transaction (an
--     error rolls both back, so a failed call leaves no id and may be retried).
-- The keyed overloads take no DEFAULT arguments: an overload that could be called with as many
-- arguments as the original would make untyped calls (the desk's prepared statements) ambiguous.
-- The plain functions stay (tests, the demo seeder and other clients use them); the desk's
-- repositories call only the keyed ones. desk.record_agreement_acceptance has no keyed overload
-- here (its consent rules are being reworked); desk.post_ledger_event neither: postings run in one
-- transaction per batch and the batch re-reads what is still unposted when it is retried.
--
-- desk.write_requests is owner-only: no privilege for any app role, RLS forced with no policy. Rows
-- older than 30 days are removed by the same login's later writes (a retry comes within seconds).

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = desk, public;

CREATE TABLE desk.write_requests (
    request_id uuid PRIMARY KEY,
    login_role name NOT NULL DEFAULT session_user,
    function_name text NOT NULL,
    result jsonb,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX write_requests_login_age ON desk.write_requests (login_role, created_at);
ALTER TABLE desk.write_requests ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.write_requests FORCE ROW LEVEL SECURITY;
REVOKE ALL ON desk.write_requests FROM PUBLIC;

-- Starts a keyed call. Returns NULL when the call is new (the id is now taken by this login and
-- function), or the stored result of the first call with this id (JSON 'null' for a void function).
CREATE FUNCTION desk.write_request_begin(p_request_id uuid, p_function text) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r desk.write_requests%ROWTYPE;
    v_new integer;
BEGIN
    IF p_request_id IS NULL THEN
        RAISE EXCEPTION 'a request id is required' USING ERRCODE = '22004';
    END IF;
    INSERT INTO desk.write_requests (request_id, login_role, function_name)
    VALUES (p_request_id, session_user, p_function)
    ON CONFLICT (request_id) DO NOTHING;
    GET DIAGNOSTICS v_new = ROW_COUNT;
    IF v_new = 1 THEN
        DELETE FROM desk.write_requests w
         WHERE w.login_role = session_user AND w.created_at < now() - interval '30 days';
        RETURN NULL;
    END IF;
    -- The first call committed (ON CONFLICT waited for it): its row is visible to this statement.
    SELECT * INTO r FROM desk.write_requests w WHERE w.request_id = p_request_id;
    IF NOT FOUND OR r.login_role <> session_user OR r.function_name <> p_function OR r.result IS NULL THEN
        RAISE EXCEPTION 'request % does not exist', p_request_id USING ERRCODE = 'P0002';
    END IF;
    RETURN r.result;
END
$$;

-- Stores the result of a new keyed call and returns it (SQL NULL is stored as JSON 'null').
CREATE FUNCTION desk.write_request_finish(p_request_id uuid, p_result jsonb) RETURNS jsonb
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    UPDATE desk.write_requests w SET result = coalesce(p_result, 'null'::jsonb)
     WHERE w.request_id = p_request_id AND w.login_role = session_user;
    RETURN coalesce(p_result, 'null'::jsonb);
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Compliance review (0002)
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.claim_verification(p_request_id uuid, p_id bigint, p_lease_seconds integer,
                                        OUT claimed_by name, OUT claim_expires_at timestamptz,
                                        OUT version integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'claim_verification');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 (SELECT to_jsonb(c) FROM desk.claim_verification(p_id, p_lease_seconds) c));
    END IF;
    claimed_by := r ->> 'claimed_by';
    claim_expires_at := (r ->> 'claim_expires_at')::timestamptz;
    version := (r ->> 'version')::integer;
END
$$;

CREATE FUNCTION desk.claim_next_verification(p_request_id uuid, p_lease_seconds integer) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'claim_next_verification');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id, to_jsonb(desk.claim_next_verification(p_lease_seconds)));
    END IF;
    RETURN (r #>> '{}')::bigint;
END
$$;

CREATE FUNCTION desk.release_verification(p_request_id uuid, p_id bigint) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF desk.write_request_begin(p_request_id, 'release_verification') IS NULL THEN
        PERFORM desk.release_verification(p_id);
        PERFORM desk.write_request_finish(p_request_id, NULL);
    END IF;
END
$$;

CREATE FUNCTION desk.decide_verification(p_request_id uuid, p_id bigint, p_version integer, p_decision text,
                                         p_reason_code text, p_note text, p_fields jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'decide_verification');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.decide_verification(p_id, p_version, p_decision, p_reason_code, p_note, p_fields)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

CREATE FUNCTION desk.approve_verification(p_request_id uuid, p_id bigint, p_version integer, p_note text,
                                          p_fields jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'approve_verification');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.approve_verification(p_id, p_version, p_note, p_fields)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

CREATE FUNCTION desk.reject_verification(p_request_id uuid, p_id bigint, p_version integer, p_reason_code text,
                                         p_note text, p_fields jsonb) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'reject_verification');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.reject_verification(p_id, p_version, p_reason_code, p_note, p_fields)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

CREATE FUNCTION desk.request_verification_info(p_request_id uuid, p_id bigint, p_version integer, p_note text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'request_verification_info');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.request_verification_info(p_id, p_version, p_note)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Bay bookings (0003)
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.create_booking(p_request_id uuid, p_bay_id bigint, p_mechanic_id bigint,
                                    p_start timestamptz, p_end timestamptz, p_buffer_minutes integer,
                                    p_status text, p_notes text, p_partnership_id bigint, p_job_id bigint)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'create_booking');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.create_booking(p_bay_id, p_mechanic_id, p_start, p_end, p_buffer_minutes,
                                              p_status, p_notes, p_partnership_id, p_job_id)));
    END IF;
    RETURN (r #>> '{}')::bigint;
END
$$;

CREATE FUNCTION desk.move_booking(p_request_id uuid, p_id bigint, p_version integer, p_bay_id bigint,
                                  p_start timestamptz, p_end timestamptz) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'move_booking');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.move_booking(p_id, p_version, p_bay_id, p_start, p_end)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

CREATE FUNCTION desk.set_booking_status(p_request_id uuid, p_id bigint, p_version integer, p_status text,
                                        p_reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'set_booking_status');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.set_booking_status(p_id, p_version, p_status, p_reason)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Partnership programs, applications, agreements, partnerships (0004)
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.save_program(p_request_id uuid, p_id bigint, p_version integer, p_workshop_id bigint,
                                  p_data jsonb, p_effective_from date,
                                  OUT program_id bigint, OUT row_version integer, OUT version_no integer)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'save_program');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 (SELECT to_jsonb(s) FROM desk.save_program(p_id, p_version, p_workshop_id, p_data,
                                                            p_effective_from) s));
    END IF;
    program_id := (r ->> 'program_id')::bigint;
    row_version := (r ->> 'row_version')::integer;
    version_no := (r ->> 'version_no')::integer;
END
$$;

CREATE FUNCTION desk.set_program_status(p_request_id uuid, p_id bigint, p_version integer, p_action text,
                                        p_effective_from date) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'set_program_status');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.set_program_status(p_id, p_version, p_action, p_effective_from)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

CREATE FUNCTION desk.decide_application(p_request_id uuid, p_id bigint, p_version integer, p_decision text,
                                        p_reason text, p_effective_date date, p_end_date date) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'decide_application');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.decide_application(p_id, p_version, p_decision, p_reason, p_effective_date,
                                                  p_end_date)));
    END IF;
    RETURN (r #>> '{}')::bigint;
END
$$;

CREATE FUNCTION desk.attach_agreement_document(p_request_id uuid, p_agreement_id bigint, p_file_name text,
                                               p_pdf bytea) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'attach_agreement_document');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.attach_agreement_document(p_agreement_id, p_file_name, p_pdf)));
    END IF;
    RETURN (r #>> '{}')::bigint;
END
$$;

CREATE FUNCTION desk.update_partnership(p_request_id uuid, p_id bigint, p_version integer,
                                        p_can_create_quotes boolean, p_quote_approval_required boolean,
                                        p_max_quote_amount_cents bigint, p_commission_bp integer,
                                        p_payment_terms text, p_contract_end_date date, p_auto_renew boolean)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'update_partnership');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.update_partnership(p_id, p_version, p_can_create_quotes, p_quote_approval_required,
                                                  p_max_quote_amount_cents, p_commission_bp, p_payment_terms,
                                                  p_contract_end_date, p_auto_renew)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

CREATE FUNCTION desk.set_partnership_status(p_request_id uuid, p_id bigint, p_version integer, p_action text,
                                            p_reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'set_partnership_status');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.set_partnership_status(p_id, p_version, p_action, p_reason)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

CREATE FUNCTION desk.replace_partnership_parts(p_request_id uuid, p_partnership_id bigint, p_rows jsonb)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'replace_partnership_parts');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.replace_partnership_parts(p_partnership_id, p_rows)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

CREATE FUNCTION desk.replace_partnership_labour_rates(p_request_id uuid, p_partnership_id bigint, p_rows jsonb)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'replace_partnership_labour_rates');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.replace_partnership_labour_rates(p_partnership_id, p_rows)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Payouts (0005)
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.schedule_payouts(p_request_id uuid, p_period date, p_note text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'schedule_payouts');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id, to_jsonb(desk.schedule_payouts(p_period, p_note)));
    END IF;
    RETURN (r #>> '{}')::bigint;
END
$$;

CREATE FUNCTION desk.mark_payout_paid(p_request_id uuid, p_payout bigint, p_version integer, p_reference text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'mark_payout_paid');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.mark_payout_paid(p_payout, p_version, p_reference)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

CREATE FUNCTION desk.mark_payout_failed(p_request_id uuid, p_payout bigint, p_version integer, p_reason text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'mark_payout_failed');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.mark_payout_failed(p_payout, p_version, p_reason)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- T4A (0006)
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.save_tax_profile(p_request_id uuid, p_party text, p_payee_id bigint, p_version integer,
                                      p_kind text, p_surname text, p_given_name text, p_initial text,
                                      p_business_name text, p_business_name2 text, p_sin text, p_bn text,
                                      p_address_line1 text, p_address_line2 text, p_city text,
                                      p_province text, p_postal_code text, p_language text,
                                      p_electronic_consent boolean)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'save_tax_profile');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.save_tax_profile(p_party, p_payee_id, p_version, p_kind, p_surname, p_given_name,
                                                p_initial, p_business_name, p_business_name2, p_sin, p_bn,
                                                p_address_line1, p_address_line2, p_city, p_province,
                                                p_postal_code, p_language, p_electronic_consent)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

CREATE FUNCTION desk.generate_t4a_slips(p_request_id uuid, p_year integer) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'generate_t4a_slips');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id, to_jsonb(desk.generate_t4a_slips(p_year)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

CREATE FUNCTION desk.finalize_t4a_slips(p_request_id uuid, p_year integer, p_slips bigint[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'finalize_t4a_slips');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id, to_jsonb(desk.finalize_t4a_slips(p_year, p_slips)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

CREATE FUNCTION desk.record_t4a_filing(p_request_id uuid, p_year integer, p_sbmt_ref_id text, p_slips bigint[],
                                       p_xml_sha256 bytea) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'record_t4a_filing');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.record_t4a_filing(p_year, p_sbmt_ref_id, p_slips, p_xml_sha256)));
    END IF;
    RETURN (r #>> '{}')::bigint;
END
$$;

CREATE FUNCTION desk.amend_t4a_slip(p_request_id uuid, p_slip bigint, p_version integer, p_cancel boolean,
                                    p_box048_cents bigint, p_note text) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'amend_t4a_slip');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 to_jsonb(desk.amend_t4a_slip(p_slip, p_version, p_cancel, p_box048_cents, p_note)));
    END IF;
    RETURN (r #>> '{}')::bigint;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Function privileges: each keyed overload to exactly the roles of its plain function; the two
-- helpers to nobody (they run inside the overloads, as the owner).
-- ---------------------------------------------------------------------------------------------

REVOKE ALL ON FUNCTION desk.write_request_begin(uuid, text), desk.write_request_finish(uuid, jsonb),
    desk.claim_verification(uuid, bigint, integer), desk.claim_next_verification(uuid, integer),
    desk.release_verification(uuid, bigint),
    desk.decide_verification(uuid, bigint, integer, text, text, text, jsonb),
    desk.approve_verification(uuid, bigint, integer, text, jsonb),
    desk.reject_verification(uuid, bigint, integer, text, text, jsonb),
    desk.request_verification_info(uuid, bigint, integer, text),
    desk.create_booking(uuid, bigint, bigint, timestamptz, timestamptz, integer, text, text, bigint, bigint),
    desk.move_booking(uuid, bigint, integer, bigint, timestamptz, timestamptz),
    desk.set_booking_status(uuid, bigint, integer, text, text),
    desk.save_program(uuid, bigint, integer, bigint, jsonb, date),
    desk.set_program_status(uuid, bigint, integer, text, date),
    desk.decide_application(uuid, bigint, integer, text, text, date, date),
    desk.attach_agreement_document(uuid, bigint, text, bytea),
    desk.update_partnership(uuid, bigint, integer, boolean, boolean, bigint, integer, text, date, boolean),
    desk.set_partnership_status(uuid, bigint, integer, text, text),
    desk.replace_partnership_parts(uuid, bigint, jsonb), desk.replace_partnership_labour_rates(uuid, bigint, jsonb),
    desk.schedule_payouts(uuid, date, text), desk.mark_payout_paid(uuid, bigint, integer, text),
    desk.mark_payout_failed(uuid, bigint, integer, text),
    desk.save_tax_profile(uuid, text, bigint, integer, text, text, text, text, text, text, text, text, text,
                          text, text, text, text, text, boolean),
    desk.generate_t4a_slips(uuid, integer), desk.finalize_t4a_slips(uuid, integer, bigint[]),
    desk.record_t4a_filing(uuid, integer, text, bigint[], bytea),
    desk.amend_t4a_slip(uuid, bigint, integer, boolean, bigint, text)
    FROM PUBLIC;

GRANT EXECUTE ON FUNCTION desk.claim_verification(uuid, bigint, integer), desk.claim_next_verification(uuid, integer),
    desk.release_verification(uuid, bigint),
    desk.decide_verification(uuid, bigint, integer, text, text, text, jsonb),
    desk.approve_verification(uuid, bigint, integer, text, jsonb),
    desk.reject_verification(uuid, bigint, integer, text, text, jsonb),
    desk.request_verification_info(uuid, bigint, integer, text)
    TO adesk_platform_admin;
GRANT EXECUTE ON FUNCTION
    desk.create_booking(uuid, bigint, bigint, timestamptz, timestamptz, integer, text, text, bigint, bigint),
    desk.move_booking(uuid, bigint, integer, bigint, timestamptz, timestamptz),
    desk.set_booking_status(uuid, bigint, integer, text, text)
    TO adesk_platform_admin, adesk_workshop_owner;
GRANT EXECUTE ON FUNCTION desk.save_program(uuid, bigint, integer, bigint, jsonb, date),
    desk.set_program_status(uuid, bigint, integer, text, date),
    desk.decide_application(uuid, bigint, integer, text, text, date, date),
    desk.attach_agreement_document(uuid, bigint, text, bytea),
    desk.update_partnership(uuid, bigint, integer, boolean, boolean, bigint, integer, text, date, boolean),
    desk.set_partnership_status(uuid, bigint, integer, text, text),
    desk.replace_partnership_parts(uuid, bigint, jsonb), desk.replace_partnership_labour_rates(uuid, bigint, jsonb)
    TO adesk_workshop_owner;
GRANT EXECUTE ON FUNCTION desk.schedule_payouts(uuid, date, text), desk.mark_payout_paid(uuid, bigint, integer, text),
    desk.mark_payout_failed(uuid, bigint, integer, text),
    desk.save_tax_profile(uuid, text, bigint, integer, text, text, text, text, text, text, text, text, text,
                          text, text, text, text, text, boolean),
    desk.generate_t4a_slips(uuid, integer), desk.finalize_t4a_slips(uuid, integer, bigint[]),
    desk.record_t4a_filing(uuid, integer, text, bigint[], bytea),
    desk.amend_t4a_slip(uuid, bigint, integer, boolean, bigint, text)
    TO adesk_finance;
