-- 0015_roster: the workshop's roster (issue 14, "The roster"; seed workshop-b2b2c-features.md,
-- priorities 1 and 5): mechanics invited by e-mail and linked to a workshop, unlinked by its owner,
-- linked by admins, the seeds' desk.workshop_mechanics view, and notifications of the owner's
-- decisions on bookings and partnership applications.
--
--   mechanics.invited_by / invite_accepted_at / auto_approved   who invited the mechanic, when the
--       invitation was redeemed, and whether the account was approved by the workshop link (below)
--   desk.mechanic_invitations   one row per invitation: workshop, e-mail, a random token (244 random bits,
--       hex) that only the web platform's backend (adesk_platform_service) reads, to put it in the
--       e-mail; owners and admins read every other column. Expiry (default 14 days) and status
--       pending | accepted | revoked; an invitation is "expired" when still pending past expires_at.
--       At most one pending invitation per workshop and e-mail (case-insensitive); inviting an address
--       again after its invitation expired revokes the expired one ("expired") and makes a new one.
--   desk.invite_mechanic(p_workshop_id, p_email, p_valid_days) → id           owners, admins
--   desk.revoke_invitation(p_id, p_version, p_reason) → version              owners, admins
--   desk.redeem_invitation(p_token, p_mechanic_id) → workshop id             web platform only
--   desk.unlink_mechanic(p_mechanic_id, p_version, p_cancel_booking_ids, p_reason) → jsonb
--       {"version": n, "cancelled": [ids]}                                    owners, admins
--   desk.link_mechanic(p_mechanic_id, p_workshop_id, p_reason) → version     admins
--   plus the uuid-keyed overloads of the four desk writes (0010's pattern).
--   desk.workshop_mechanics (view, security_invoker: row-level security applies) and
--   desk.get_available_workshop_mechanics(p_workshop_id): one row per mechanic of a workshop with
--       tier, compliance status, the required verifications still missing, next booking, live
--       bookings ahead, partnership (program type, status), completed bookings this local month.
--
-- Auto-approval (seed priority 5 against the compliance plan), decided here: a mechanic who joins
-- through a workshop's invitation (or whom an admin links) is approved as an account at once
-- (auto_approved = true: no admin review of the application), but physical work still waits for
-- compliance: such a mechanic may not perform physical work (can_perform_physical_work, hence bay
-- bookings through desk.mechanic_may_work_at) until compliance_status = 'approved', i.e. until every
-- required verification is approved and unexpired (0002's promotion, tried again at linking). CHECK
-- mechanics_auto_approved_needs_compliance. Unlinking ends the auto-approval (auto_approved false,
-- independent, virtual only, no physical work).
--
-- Unlinking with live bookings ahead at the workshop (requested, confirmed, checked in, not yet
-- ended) is refused listing them (23514 mechanics_unlink_over_bookings, DETAIL "bookings=1,2,3", as
-- 0008's hours and bays) unless p_cancel_booking_ids names every one of them and p_reason says why:
-- then they are cancelled with that reason by 0008's desk.cancel_confirmed_bookings, in the same
-- transaction. A booking written meanwhile for that mechanic waits for the unlinking and is then
-- judged on the committed roster (trigger bay_bookings_a_lock_mechanic).
--
-- Notifications (desk.mechanic_notifications, in the mechanic's preferred language, like 0002's
-- compliance decisions): a booking confirmed, declined (requested → cancelled), cancelled or marked
-- no-show, with the reason the owner typed; a partnership application approved or rejected, with the
-- reason; the mechanic linked to or unlinked from a workshop. Written by triggers on
-- desk.bay_bookings and desk.partnership_applications (whatever function changed the row).
--
-- SQLSTATEs: P0002 an id the caller may not see (as a missing one), or an unknown token; 42501 not
-- the platform's backend (redeem) or not an admin (link); 40001 version moved; AD001 the invitation
-- is not pending (revoked, accepted, expired); 23505 a pending invitation to that address exists;
-- 23514 invitation_email_mismatch, mechanic_linked_elsewhere, mechanics_unlink_over_bookings,
-- mechanics_not_on_roster, mechanics_auto_approved_needs_compliance; 22023 bad argument.

SET LOCAL ROLE adesk_owner;
SET LOCAL search_path = pg_catalog, desk, pg_temp;

-- ---------------------------------------------------------------------------------------------
-- Mechanics: who invited them, and the auto-approval rule
-- ---------------------------------------------------------------------------------------------

ALTER TABLE desk.mechanics
    ADD COLUMN invited_by bigint REFERENCES desk.profiles (id),
    ADD COLUMN invite_accepted_at timestamptz,
    ADD COLUMN auto_approved boolean NOT NULL DEFAULT false,
    ADD CONSTRAINT mechanics_auto_approved_needs_compliance CHECK (
        NOT (auto_approved AND can_perform_physical_work) OR compliance_status = 'approved');

-- ---------------------------------------------------------------------------------------------
-- Invitations
-- ---------------------------------------------------------------------------------------------

CREATE TABLE desk.mechanic_invitations (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workshop_id          bigint NOT NULL REFERENCES desk.organizations (id) ON DELETE CASCADE,
    email                text NOT NULL CHECK (length(email) <= 254 AND email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    -- 2 × 122 random bits of gen_random_uuid (a CSPRNG), 64 hex digits.
    token                text NOT NULL UNIQUE DEFAULT pg_catalog.replace(
                             pg_catalog.gen_random_uuid()::text || pg_catalog.gen_random_uuid()::text, '-', ''),
    invited_by           bigint REFERENCES desk.profiles (id),
    created_at           timestamptz NOT NULL DEFAULT now(),
    expires_at           timestamptz NOT NULL DEFAULT now() + interval '14 days',
    status               text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'revoked')),
    accepted_at          timestamptz,
    accepted_mechanic_id bigint REFERENCES desk.mechanics (id),
    revoked_at           timestamptz,
    revoked_reason       text CHECK (length(revoked_reason) <= 500),
    version              integer NOT NULL DEFAULT 1,
    CONSTRAINT invitations_token_length CHECK (length(token) >= 32),
    CONSTRAINT invitations_expiry_after_creation CHECK (expires_at > created_at),
    CONSTRAINT invitations_accepted_has_mechanic CHECK (
        (status = 'accepted') = (accepted_mechanic_id IS NOT NULL AND accepted_at IS NOT NULL)),
    CONSTRAINT invitations_revoked_has_time CHECK ((status = 'revoked') = (revoked_at IS NOT NULL))
);
CREATE UNIQUE INDEX invitations_one_pending ON desk.mechanic_invitations (workshop_id, lower(email))
    WHERE status = 'pending';
CREATE INDEX invitations_workshop ON desk.mechanic_invitations (workshop_id, status, created_at, id);

ALTER TABLE desk.mechanic_invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE desk.mechanic_invitations FORCE ROW LEVEL SECURITY;
CREATE POLICY invitations_admin ON desk.mechanic_invitations FOR SELECT TO adesk_platform_admin
    USING ((SELECT desk.is_platform_admin()));
CREATE POLICY invitations_owner ON desk.mechanic_invitations FOR SELECT TO adesk_workshop_owner
    USING (workshop_id IN (SELECT desk.my_workshop_ids()));
CREATE POLICY invitations_platform_service ON desk.mechanic_invitations FOR SELECT TO adesk_platform_service
    USING ((SELECT desk.is_platform_service()));
REVOKE ALL ON desk.mechanic_invitations FROM PUBLIC;
-- Owners and admins: every column but the token.
GRANT SELECT (id, workshop_id, email, invited_by, created_at, expires_at, status, accepted_at,
              accepted_mechanic_id, revoked_at, revoked_reason, version)
    ON desk.mechanic_invitations TO adesk_platform_admin, adesk_workshop_owner;
-- The web platform puts the token in the e-mail it sends.
GRANT SELECT ON desk.mechanic_invitations TO adesk_platform_service;

CREATE TRIGGER invitations_notify AFTER INSERT OR UPDATE OR DELETE ON desk.mechanic_invitations
    FOR EACH STATEMENT EXECUTE FUNCTION desk.notify_all('desk_roster');

-- ---------------------------------------------------------------------------------------------
-- Notifications to a mechanic (0002's notify_entity for decisions of owners)
-- ---------------------------------------------------------------------------------------------

-- One row for mechanic p_mechanic_id: title and message in the mechanic's language (en or fr).
CREATE FUNCTION desk.notify_mechanic(p_mechanic_id bigint, p_type text, p_title_en text, p_title_fr text,
                                     p_message_en text, p_message_fr text, p_action_url text)
RETURNS void
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_fr boolean;
BEGIN
    SELECT m.preferred_language = 'fr' INTO v_fr FROM desk.mechanics m WHERE m.id = p_mechanic_id;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    INSERT INTO desk.mechanic_notifications (mechanic_id, notification_type, title, message, action_url)
    VALUES (p_mechanic_id, p_type, CASE WHEN v_fr THEN p_title_fr ELSE p_title_en END,
            CASE WHEN v_fr THEN p_message_fr ELSE p_message_en END, p_action_url);
END
$$;

-- "Tue 04 Mar 2031 10:00" in the workshop's zone, with French day and month names for 'fr'.
CREATE FUNCTION desk.local_when(p_at timestamptz, p_zone text, p_lang text) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT CASE WHEN p_lang = 'fr' THEN
               (ARRAY['lun.', 'mar.', 'mer.', 'jeu.', 'ven.', 'sam.', 'dim.'])[extract(isodow FROM p_at AT TIME ZONE p_zone)::integer]
               || ' ' || extract(day FROM p_at AT TIME ZONE p_zone)::integer || ' '
               || (ARRAY['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juill.', 'août', 'sept.', 'oct.',
                         'nov.', 'déc.'])[extract(month FROM p_at AT TIME ZONE p_zone)::integer]
               || ' ' || pg_catalog.to_char(p_at AT TIME ZONE p_zone, 'YYYY HH24" h "MI')
           ELSE pg_catalog.to_char(p_at AT TIME ZONE p_zone, 'Dy DD Mon YYYY HH24:MI') END
$$;

-- An owner's decision on a booking: confirmed (from requested, or a cancellation undone), declined
-- (a request cancelled), cancelled, no-show.
CREATE FUNCTION desk.bay_bookings_notify_mechanic() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_kind text;
    v_zone text;
    v_shop text;
    v_bay text;
    v_en text;
    v_fr text;
    v_reason text := nullif(btrim(NEW.status_reason), '');
BEGIN
    v_kind := CASE
        WHEN NEW.status = 'confirmed' AND OLD.status IN ('requested', 'cancelled') THEN 'confirmed'
        WHEN NEW.status = 'cancelled' AND OLD.status = 'requested' THEN 'declined'
        WHEN NEW.status = 'cancelled' THEN 'cancelled'
        WHEN NEW.status = 'no_show' THEN 'no_show' END;
    IF v_kind IS NULL THEN
        RETURN NULL;
    END IF;
    SELECT o.time_zone, o.name INTO v_zone, v_shop FROM desk.organizations o WHERE o.id = NEW.workshop_id;
    SELECT b.name INTO v_bay FROM desk.bays b WHERE b.id = NEW.bay_id;
    v_en := pg_catalog.format('%s, bay "%s", %s', v_shop, v_bay, desk.local_when(lower(NEW.span), v_zone, 'en'));
    v_fr := pg_catalog.format('%s, baie « %s », %s', v_shop, v_bay, desk.local_when(lower(NEW.span), v_zone, 'fr'));
    PERFORM desk.notify_mechanic(NEW.mechanic_id, 'booking_' || v_kind,
        CASE v_kind WHEN 'confirmed' THEN 'Booking confirmed' WHEN 'declined' THEN 'Booking request declined'
                    WHEN 'cancelled' THEN 'Booking cancelled' ELSE 'Marked as no-show' END,
        CASE v_kind WHEN 'confirmed' THEN 'Réservation confirmée' WHEN 'declined' THEN 'Demande de réservation refusée'
                    WHEN 'cancelled' THEN 'Réservation annulée' ELSE 'Absence constatée' END,
        CASE v_kind WHEN 'confirmed' THEN 'Your booking is confirmed: ' || v_en || '.'
                    WHEN 'declined' THEN 'Your booking request was declined: ' || v_en || '.'
                    WHEN 'cancelled' THEN 'Your booking was cancelled: ' || v_en || '.'
                    ELSE 'You were marked as a no-show: ' || v_en || '.' END
            || coalesce(' Reason: ' || v_reason, ''),
        CASE v_kind WHEN 'confirmed' THEN 'Votre réservation est confirmée : ' || v_fr || '.'
                    WHEN 'declined' THEN 'Votre demande de réservation a été refusée : ' || v_fr || '.'
                    WHEN 'cancelled' THEN 'Votre réservation a été annulée : ' || v_fr || '.'
                    ELSE 'Vous avez été noté absent : ' || v_fr || '.' END
            || coalesce(' Motif : ' || v_reason, ''),
        '/mechanic/bookings/' || NEW.id);
    RETURN NULL;
END
$$;
CREATE TRIGGER bay_bookings_notify_mechanic AFTER UPDATE OF status ON desk.bay_bookings
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION desk.bay_bookings_notify_mechanic();

-- An owner's decision on a partnership application.
CREATE FUNCTION desk.applications_notify_mechanic() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_program text;
    v_program_fr text;
    v_shop text;
    v_reason text := nullif(btrim(NEW.reason), '');
BEGIN
    IF OLD.status <> 'pending' OR NEW.status NOT IN ('approved', 'rejected') THEN
        RETURN NULL;
    END IF;
    SELECT p.name, coalesce(nullif(p.name_fr, ''), p.name), o.name INTO v_program, v_program_fr, v_shop
      FROM desk.partnership_programs p JOIN desk.organizations o ON o.id = p.workshop_id
     WHERE p.id = NEW.program_id;
    PERFORM desk.notify_mechanic(NEW.mechanic_id, 'application_' || NEW.status,
        CASE NEW.status WHEN 'approved' THEN 'Partnership application approved'
                        ELSE 'Partnership application rejected' END,
        CASE NEW.status WHEN 'approved' THEN 'Demande de partenariat acceptée'
                        ELSE 'Demande de partenariat refusée' END,
        pg_catalog.format('Your application to "%s" at %s was %s.', v_program, v_shop,
                          CASE NEW.status WHEN 'approved' THEN 'approved: your agreement is ready to sign'
                                          ELSE 'rejected' END)
            || coalesce(' Reason: ' || v_reason, ''),
        pg_catalog.format('Votre demande pour « %s » chez %s a été %s.', v_program_fr, v_shop,
                          CASE NEW.status WHEN 'approved' THEN 'acceptée : votre entente est prête à signer'
                                          ELSE 'refusée' END)
            || coalesce(' Motif : ' || v_reason, ''),
        '/mechanic/partnerships');
    RETURN NULL;
END
$$;
CREATE TRIGGER applications_notify_mechanic AFTER UPDATE OF status ON desk.partnership_applications
    FOR EACH ROW WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION desk.applications_notify_mechanic();

-- A booking written for a mechanic waits for an unlinking (or linking) of that mechanic in progress
-- (unlink_mechanic holds the mechanic's row FOR UPDATE), then the booking rules read the committed
-- roster: a booking is never slipped in for a mechanic being unlinked on a stale read. Fires before
-- 0008's bay_bookings_caller_check and 0003's bay_bookings_check (triggers fire in name order).
CREATE FUNCTION desk.bay_bookings_lock_mechanic() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
BEGIN
    IF NEW.status IN ('requested', 'confirmed', 'checked_in')
       AND (TG_OP = 'INSERT' OR NEW.mechanic_id <> OLD.mechanic_id OR NEW.status <> OLD.status
            OR NEW.span IS DISTINCT FROM OLD.span OR NEW.bay_id <> OLD.bay_id) THEN
        PERFORM 1 FROM desk.mechanics m WHERE m.id = NEW.mechanic_id FOR SHARE;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER bay_bookings_a_lock_mechanic BEFORE INSERT OR UPDATE ON desk.bay_bookings
    FOR EACH ROW EXECUTE FUNCTION desk.bay_bookings_lock_mechanic();

-- ---------------------------------------------------------------------------------------------
-- Invitations: invite, revoke, redeem
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.invite_mechanic(p_workshop_id bigint, p_email text, p_valid_days integer DEFAULT 14)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_email text := lower(btrim(p_email));
    v_id bigint;
    v_expired bigint;
BEGIN
    IF NOT desk.caller_manages_workshop(p_workshop_id)
       OR NOT EXISTS (SELECT 1 FROM desk.organizations o WHERE o.id = p_workshop_id) THEN
        PERFORM desk.raise_not_found('workshop', p_workshop_id);
    END IF;
    IF v_email IS NULL OR v_email !~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' OR length(v_email) > 254 THEN
        RAISE EXCEPTION '"%" is not an e-mail address', coalesce(p_email, '') USING ERRCODE = '22023', COLUMN = 'email';
    END IF;
    IF p_valid_days IS NULL OR p_valid_days NOT BETWEEN 1 AND 90 THEN
        RAISE EXCEPTION 'an invitation is valid 1 to 90 days' USING ERRCODE = '22023', COLUMN = 'expires_at';
    END IF;
    IF EXISTS (SELECT 1 FROM desk.mechanics m WHERE m.workshop_id = p_workshop_id AND lower(btrim(m.email)) = v_email) THEN
        RAISE EXCEPTION '% is already on this workshop''s roster', v_email
            USING ERRCODE = '23505', CONSTRAINT = 'invitations_already_on_roster';
    END IF;
    -- An expired invitation to the same address gives way to the new one.
    UPDATE desk.mechanic_invitations i
       SET status = 'revoked', revoked_at = pg_catalog.clock_timestamp(), revoked_reason = 'expired',
           version = i.version + 1
     WHERE i.workshop_id = p_workshop_id AND lower(i.email) = v_email AND i.status = 'pending'
       AND i.expires_at <= pg_catalog.clock_timestamp()
    RETURNING i.id INTO v_expired;
    BEGIN
        INSERT INTO desk.mechanic_invitations (workshop_id, email, invited_by, created_at, expires_at)
        VALUES (p_workshop_id, v_email, desk.caller_profile_id(), pg_catalog.clock_timestamp(),
                pg_catalog.clock_timestamp() + pg_catalog.make_interval(days => p_valid_days))
        RETURNING id INTO v_id;
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION '% already has a pending invitation to this workshop', v_email
            USING ERRCODE = '23505', CONSTRAINT = 'invitations_one_pending';
    END;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('invitation.create', 'mechanic_invitations', v_id, p_workshop_id,
            jsonb_build_object('email', v_email, 'valid_days', p_valid_days, 'replaced_expired', v_expired));
    RETURN v_id;
END
$$;

CREATE FUNCTION desk.revoke_invitation(p_id bigint, p_version integer, p_reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    i desk.mechanic_invitations%ROWTYPE;
BEGIN
    SELECT * INTO i FROM desk.mechanic_invitations x WHERE x.id = p_id;
    IF NOT FOUND OR NOT desk.caller_manages_workshop(i.workshop_id) THEN
        PERFORM desk.raise_not_found('invitation', p_id);
    END IF;
    SELECT * INTO i FROM desk.mechanic_invitations x WHERE x.id = p_id FOR UPDATE;
    IF i.version <> p_version THEN
        RAISE EXCEPTION 'invitation % was changed by someone else', p_id USING ERRCODE = '40001', HINT = 'reload';
    END IF;
    IF i.status <> 'pending' THEN
        RAISE EXCEPTION 'invitation % is already %', p_id, i.status USING ERRCODE = 'AD001';
    END IF;
    UPDATE desk.mechanic_invitations x
       SET status = 'revoked', revoked_at = pg_catalog.clock_timestamp(),
           revoked_reason = nullif(btrim(p_reason), ''), version = x.version + 1
     WHERE x.id = p_id;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('invitation.revoke', 'mechanic_invitations', p_id, i.workshop_id,
            jsonb_build_object('email', i.email, 'reason', nullif(btrim(p_reason), ''),
                               'was_expired', i.expires_at <= pg_catalog.clock_timestamp()));
    RETURN i.version + 1;
END
$$;

-- Links the mechanic to the workshop as one of its own (redeem, link): workshop account,
-- workshop_affiliated (a licensed mobile mechanic keeps that tier), auto-approved; physical work
-- only if compliance is already complete (0002's promotion decides).
CREATE FUNCTION desk.link_mechanic_row(p_mechanic_id bigint, p_workshop_id bigint, p_invited_by bigint)
RETURNS integer
LANGUAGE plpgsql SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_version integer;
    v_shop text;
BEGIN
    UPDATE desk.mechanics m
       SET workshop_id = p_workshop_id, account_type = 'workshop',
           service_tier = CASE WHEN m.service_tier = 'licensed_mobile' THEN 'licensed_mobile'
                               ELSE 'workshop_affiliated' END,
           can_perform_physical_work = m.can_perform_physical_work AND m.compliance_status = 'approved'
                                       AND m.workshop_id IS NOT DISTINCT FROM p_workshop_id,
           invited_by = p_invited_by, invite_accepted_at = pg_catalog.clock_timestamp(), auto_approved = true,
           version = m.version + 1
     WHERE m.id = p_mechanic_id;
    PERFORM desk.promote_mechanic_if_complete(p_mechanic_id);
    SELECT m.version INTO v_version FROM desk.mechanics m WHERE m.id = p_mechanic_id;
    SELECT o.name INTO v_shop FROM desk.organizations o WHERE o.id = p_workshop_id;
    PERFORM desk.notify_mechanic(p_mechanic_id, 'roster_linked', 'Welcome to ' || v_shop,
        'Bienvenue chez ' || v_shop,
        pg_catalog.format('You are now a mechanic of %s. Physical work at the workshop starts once your '
                          'compliance documents are approved.', v_shop),
        pg_catalog.format('Vous faites maintenant partie de l''équipe de %s. Le travail en atelier commence '
                          'dès que vos documents de conformité sont approuvés.', v_shop),
        '/mechanic/compliance');
    RETURN v_version;
END
$$;

-- The web platform's backend, when a signed-in mechanic follows the link in the e-mail. Redeeming
-- again by the same mechanic returns the same answer and changes nothing.
CREATE FUNCTION desk.redeem_invitation(p_token text, p_mechanic_id bigint) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    i desk.mechanic_invitations%ROWTYPE;
    m desk.mechanics%ROWTYPE;
BEGIN
    IF NOT (desk.is_platform_service() OR desk.caller_is_trusted()) THEN
        RAISE EXCEPTION 'only the web platform redeems invitations' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO i FROM desk.mechanic_invitations x WHERE x.token = p_token FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'invitation does not exist' USING ERRCODE = 'P0002';
    END IF;
    SELECT * INTO m FROM desk.mechanics x WHERE x.id = p_mechanic_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('mechanic', p_mechanic_id);
    END IF;
    IF i.status = 'accepted' AND i.accepted_mechanic_id = p_mechanic_id THEN
        RETURN i.workshop_id;
    END IF;
    IF i.status <> 'pending' THEN
        RAISE EXCEPTION 'this invitation was %', CASE i.status WHEN 'accepted' THEN 'already used' ELSE 'revoked' END
            USING ERRCODE = 'AD001';
    END IF;
    IF i.expires_at <= pg_catalog.clock_timestamp() THEN
        RAISE EXCEPTION 'this invitation expired on %', desk.local_instant(i.expires_at, i.workshop_id)
            USING ERRCODE = 'AD001';
    END IF;
    IF m.email IS NULL OR lower(btrim(m.email)) <> lower(i.email) THEN
        RAISE EXCEPTION 'this invitation was sent to another e-mail address'
            USING ERRCODE = '23514', CONSTRAINT = 'invitation_email_mismatch';
    END IF;
    IF m.workshop_id IS NOT NULL AND m.workshop_id <> i.workshop_id THEN
        RAISE EXCEPTION 'the mechanic belongs to another workshop: leave it first'
            USING ERRCODE = '23514', CONSTRAINT = 'mechanic_linked_elsewhere';
    END IF;
    PERFORM desk.link_mechanic_row(p_mechanic_id, i.workshop_id, i.invited_by);
    UPDATE desk.mechanic_invitations x
       SET status = 'accepted', accepted_at = pg_catalog.clock_timestamp(), accepted_mechanic_id = p_mechanic_id,
           version = x.version + 1
     WHERE x.id = i.id;
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('invitation.redeem', 'mechanic_invitations', i.id, i.workshop_id,
            jsonb_build_object('mechanic_id', p_mechanic_id, 'email', i.email));
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('mechanic.link', 'mechanics', p_mechanic_id, i.workshop_id,
            jsonb_build_object('invitation_id', i.id, 'auto_approved', true));
    RETURN i.workshop_id;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Link (admins) and unlink (owners, admins)
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.link_mechanic(p_mechanic_id bigint, p_workshop_id bigint, p_reason text) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    m desk.mechanics%ROWTYPE;
    v_version integer;
BEGIN
    IF NOT (desk.is_platform_admin() OR desk.caller_is_trusted()) THEN
        RAISE EXCEPTION 'only platform admins link mechanics to workshops' USING ERRCODE = '42501';
    END IF;
    SELECT * INTO m FROM desk.mechanics x WHERE x.id = p_mechanic_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM desk.raise_not_found('mechanic', p_mechanic_id);
    END IF;
    IF NOT EXISTS (SELECT 1 FROM desk.organizations o WHERE o.id = p_workshop_id) THEN
        PERFORM desk.raise_not_found('workshop', p_workshop_id);
    END IF;
    IF nullif(btrim(p_reason), '') IS NULL THEN
        RAISE EXCEPTION 'say why the mechanic is linked' USING ERRCODE = '22023', COLUMN = 'reason';
    END IF;
    IF m.workshop_id IS NOT NULL AND m.workshop_id <> p_workshop_id THEN
        RAISE EXCEPTION '% belongs to another workshop: unlink first', m.display_name
            USING ERRCODE = '23514', CONSTRAINT = 'mechanic_linked_elsewhere';
    END IF;
    IF m.workshop_id = p_workshop_id THEN
        RAISE EXCEPTION '% is already on this workshop''s roster', m.display_name
            USING ERRCODE = 'AD001';
    END IF;
    v_version := desk.link_mechanic_row(p_mechanic_id, p_workshop_id, desk.caller_profile_id());
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('mechanic.link', 'mechanics', p_mechanic_id, p_workshop_id,
            jsonb_build_object('reason', btrim(p_reason), 'auto_approved', true));
    RETURN v_version;
END
$$;

CREATE FUNCTION desk.unlink_mechanic(p_mechanic_id bigint, p_version integer, p_cancel_booking_ids bigint[],
                                     p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    m desk.mechanics%ROWTYPE;
    v_ahead bigint[];
    v_cancelled bigint[];
    v_shop text;
BEGIN
    IF NOT desk.caller_sees_mechanic(p_mechanic_id) THEN
        PERFORM desk.raise_not_found('mechanic', p_mechanic_id);
    END IF;
    SELECT * INTO m FROM desk.mechanics x WHERE x.id = p_mechanic_id;
    IF m.workshop_id IS NULL OR NOT desk.caller_manages_workshop(m.workshop_id) THEN
        RAISE EXCEPTION '% is not on the roster of a workshop you manage', m.display_name
            USING ERRCODE = '23514', CONSTRAINT = 'mechanics_not_on_roster';
    END IF;
    -- The row lock waits for bookings being written for this mechanic (their foreign key locks it).
    SELECT * INTO m FROM desk.mechanics x WHERE x.id = p_mechanic_id FOR UPDATE;
    IF m.version <> p_version THEN
        RAISE EXCEPTION 'mechanic % was changed by someone else', p_mechanic_id USING ERRCODE = '40001', HINT = 'reload';
    END IF;
    SELECT coalesce(pg_catalog.array_agg(b.id ORDER BY lower(b.span), b.id), '{}') INTO v_ahead
      FROM desk.bay_bookings b
     WHERE b.mechanic_id = p_mechanic_id AND b.workshop_id = m.workshop_id
       AND b.span && tstzrange(now(), NULL) AND desk.booking_is_ahead(b.status, b.span);
    v_cancelled := desk.cancel_confirmed_bookings(v_ahead, p_cancel_booking_ids, p_reason,
                       pg_catalog.format('unlinking %s', m.display_name), 'mechanics_unlink_over_bookings',
                       'unlink_mechanic');
    UPDATE desk.mechanics x
       SET workshop_id = NULL, account_type = 'independent',
           service_tier = CASE WHEN x.service_tier = 'licensed_mobile' THEN 'licensed_mobile' ELSE 'virtual_only' END,
           can_perform_physical_work = false, workshop_verified = false, auto_approved = false,
           version = x.version + 1
     WHERE x.id = p_mechanic_id;
    SELECT o.name INTO v_shop FROM desk.organizations o WHERE o.id = m.workshop_id;
    PERFORM desk.notify_mechanic(p_mechanic_id, 'roster_unlinked', 'Removed from ' || v_shop,
        'Retiré de l''équipe de ' || v_shop,
        pg_catalog.format('%s removed you from its roster.', v_shop)
            || coalesce(' Reason: ' || nullif(btrim(p_reason), ''), ''),
        pg_catalog.format('%s vous a retiré de son équipe.', v_shop)
            || coalesce(' Motif : ' || nullif(btrim(p_reason), ''), ''),
        '/mechanic/profile');
    INSERT INTO desk.audit_log (action, table_name, row_id, workshop_id, detail)
    VALUES ('mechanic.unlink', 'mechanics', p_mechanic_id, m.workshop_id,
            jsonb_build_object('reason', nullif(btrim(p_reason), ''), 'cancelled', to_jsonb(v_cancelled),
                               'invited_by', m.invited_by, 'was_auto_approved', m.auto_approved));
    RETURN jsonb_build_object('version', m.version + 1, 'cancelled', to_jsonb(v_cancelled));
END
$$;

-- ---------------------------------------------------------------------------------------------
-- The roster view (seed: workshop_mechanics, get_available_workshop_mechanics)
-- ---------------------------------------------------------------------------------------------

-- The required verifications (entity_type 'mechanic') without an approved, unexpired row, for a
-- mechanic the caller may see (NULL otherwise, as for a missing one). Definer: the verifications a
-- mechanic submitted before joining the workshop are not the owner's to read, only their outcome.
CREATE FUNCTION desk.mechanic_missing_verifications(p_mechanic_id bigint) RETURNS text[]
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    v_out text[];
BEGIN
    IF NOT desk.caller_sees_mechanic(p_mechanic_id) THEN
        RETURN NULL;
    END IF;
    SELECT coalesce(pg_catalog.array_agg(r.verification_type ORDER BY r.verification_type), '{}') INTO v_out
      FROM desk.required_verifications r, desk.mechanics m
     WHERE m.id = p_mechanic_id AND r.entity_type = 'mechanic'
       AND NOT EXISTS (SELECT 1 FROM desk.compliance_verifications v
                        WHERE v.entity_type = 'mechanic' AND v.entity_id = p_mechanic_id
                          AND v.verification_type = r.verification_type AND v.status = 'approved'
                          AND (v.expiry_date IS NULL
                               OR v.expiry_date >= desk.local_today(coalesce(m.workshop_id, v.workshop_id))));
    RETURN v_out;
END
$$;

CREATE VIEW desk.workshop_mechanics WITH (security_invoker = true) AS
SELECT m.id AS mechanic_id, m.workshop_id, m.display_name, m.email, m.account_type, m.service_tier,
       m.compliance_status, m.can_perform_physical_work, m.auto_approved, m.invited_by, m.invite_accepted_at,
       desk.mechanic_missing_verifications(m.id) AS missing_verifications,
       nb.next_booking_at, coalesce(nb.bookings_ahead, 0) AS bookings_ahead,
       px.partnership_id, px.program_type AS partnership_program_type, px.status AS partnership_status,
       coalesce(j.jobs, 0) AS jobs_this_month, m.version
  FROM desk.mechanics m
  JOIN desk.organizations o ON o.id = m.workshop_id
  LEFT JOIN LATERAL (
      SELECT min(lower(b.span)) AS next_booking_at, count(*)::integer AS bookings_ahead
        FROM desk.bay_bookings b
       WHERE b.mechanic_id = m.id AND b.workshop_id = m.workshop_id
         AND b.status IN ('requested', 'confirmed', 'checked_in') AND upper(b.span) > now()) nb ON true
  LEFT JOIN LATERAL (
      SELECT x.id AS partnership_id, p.program_type, x.status
        FROM desk.partnerships x JOIN desk.partnership_programs p ON p.id = x.program_id
       WHERE x.mechanic_id = m.id AND x.workshop_id = m.workshop_id
       ORDER BY (x.status IN ('pending', 'active', 'suspended')) DESC, x.id DESC
       LIMIT 1) px ON true
  LEFT JOIN LATERAL (
      SELECT count(*)::integer AS jobs
        FROM desk.bay_bookings b
       WHERE b.mechanic_id = m.id AND b.workshop_id = m.workshop_id AND b.status = 'completed'
         AND lower(b.span) >= (date_trunc('month', now() AT TIME ZONE o.time_zone) AT TIME ZONE o.time_zone)
         AND lower(b.span) < ((date_trunc('month', now() AT TIME ZONE o.time_zone) + interval '1 month')
                              AT TIME ZONE o.time_zone)) j ON true;
REVOKE ALL ON desk.workshop_mechanics FROM PUBLIC;
GRANT SELECT ON desk.workshop_mechanics TO adesk_platform_admin, adesk_workshop_owner;

CREATE FUNCTION desk.get_available_workshop_mechanics(p_workshop_id bigint)
RETURNS SETOF desk.workshop_mechanics
LANGUAGE sql STABLE SET search_path = pg_catalog, desk, pg_temp AS $$
    SELECT * FROM desk.workshop_mechanics w WHERE w.workshop_id = p_workshop_id
     ORDER BY w.display_name, w.mechanic_id
$$;

-- ---------------------------------------------------------------------------------------------
-- Keyed overloads (0010)
-- ---------------------------------------------------------------------------------------------

CREATE FUNCTION desk.invite_mechanic(p_request_id uuid, p_workshop_id bigint, p_email text, p_valid_days integer)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'invite_mechanic');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id, to_jsonb(desk.invite_mechanic(p_workshop_id, p_email, p_valid_days)));
    END IF;
    RETURN (r #>> '{}')::bigint;
END
$$;

CREATE FUNCTION desk.revoke_invitation(p_request_id uuid, p_id bigint, p_version integer, p_reason text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'revoke_invitation');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id, to_jsonb(desk.revoke_invitation(p_id, p_version, p_reason)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

CREATE FUNCTION desk.unlink_mechanic(p_request_id uuid, p_mechanic_id bigint, p_version integer,
                                     p_cancel_booking_ids bigint[], p_reason text) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'unlink_mechanic');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id,
                 desk.unlink_mechanic(p_mechanic_id, p_version, p_cancel_booking_ids, p_reason));
    END IF;
    RETURN r;
END
$$;

CREATE FUNCTION desk.link_mechanic(p_request_id uuid, p_mechanic_id bigint, p_workshop_id bigint, p_reason text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, desk, pg_temp AS $$
DECLARE
    r jsonb := desk.write_request_begin(p_request_id, 'link_mechanic');
BEGIN
    IF r IS NULL THEN
        r := desk.write_request_finish(p_request_id, to_jsonb(desk.link_mechanic(p_mechanic_id, p_workshop_id, p_reason)));
    END IF;
    RETURN (r #>> '{}')::integer;
END
$$;

-- ---------------------------------------------------------------------------------------------
-- Privileges
-- ---------------------------------------------------------------------------------------------

REVOKE ALL ON FUNCTION desk.notify_mechanic(bigint, text, text, text, text, text, text),
    desk.local_when(timestamptz, text, text), desk.bay_bookings_notify_mechanic(),
    desk.applications_notify_mechanic(), desk.bay_bookings_lock_mechanic(), desk.invite_mechanic(bigint, text, integer),
    desk.revoke_invitation(bigint, integer, text), desk.link_mechanic_row(bigint, bigint, bigint),
    desk.redeem_invitation(text, bigint), desk.link_mechanic(bigint, bigint, text),
    desk.unlink_mechanic(bigint, integer, bigint[], text), desk.mechanic_missing_verifications(bigint),
    desk.get_available_workshop_mechanics(bigint),
    desk.invite_mechanic(uuid, bigint, text, integer), desk.revoke_invitation(uuid, bigint, integer, text),
    desk.unlink_mechanic(uuid, bigint, integer, bigint[], text), desk.link_mechanic(uuid, bigint, bigint, text)
    FROM PUBLIC;

GRANT EXECUTE ON FUNCTION desk.invite_mechanic(bigint, text, integer), desk.revoke_invitation(bigint, integer, text),
    desk.unlink_mechanic(bigint, integer, bigint[], text), desk.mechanic_missing_verifications(bigint),
    desk.get_available_workshop_mechanics(bigint),
    desk.invite_mechanic(uuid, bigint, text, integer), desk.revoke_invitation(uuid, bigint, integer, text),
    desk.unlink_mechanic(uuid, bigint, integer, bigint[], text)
    TO adesk_platform_admin, adesk_workshop_owner;
GRANT EXECUTE ON FUNCTION desk.link_mechanic(bigint, bigint, text), desk.link_mechanic(uuid, bigint, bigint, text)
    TO adesk_platform_admin;
GRANT EXECUTE ON FUNCTION desk.redeem_invitation(text, bigint) TO adesk_platform_service;
