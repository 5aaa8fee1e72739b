// The roster (issue 14, migration 0015), against a real PostgreSQL with the LOGIN roles that would run
// each call: invitations (who reads them, never the token, one pending per address, revoked and
// expired tokens refused, redeeming twice), the auto-approval rule (no physical work before
// compliance), unlinking (future bookings listed, then cancelled with the reason), admins' linking,
// the workshop_mechanics view and the notifications of owners' decisions.

#include "tests/support/testdatabase.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace adesk;

class TstRoster : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void ownersInviteOnlyIntoTheirWorkshop();
    void invitationsAreReadByTheirWorkshopOnly();
    void nobodyButThePlatformReadsTheToken();
    void onePendingInvitationPerAddress();
    void revokedAndExpiredTokensAreRefused();
    void redeemLinksOnceAndIsIdempotent();
    void redeemChecksAddressAndOtherWorkshop();
    void autoApprovedMechanicWaitsForCompliance();
    void unlinkListsBookingsThenCancelsThem();
    void adminsLinkAndOwnersCannot();
    void rosterViewShowsTheWorkshopsMechanics();
    void ownerDecisionsNotifyTheMechanic();
    void bookingRacingAnUnlinkWaitsForIt();

private:
    QSqlDatabase as(const QString &who) const { return QSqlDatabase::database(u"roster_"_qs + who, false); }
    TestDatabase::SqlResult run(const QString &who, const QString &sql,
                                const QVariantList &binds = {}) const {
        return TestDatabase::run(as(who), sql, binds);
    }
    QString tokenOf(qint64 invitation) {
        return m_db.scalar(u"SELECT token FROM desk.mechanic_invitations WHERE id = ?"_qs, {invitation})
            .toString();
    }
    qint64 invite(const QString &who, qint64 workshop, const QString &email) {
        const auto r = run(who, u"SELECT desk.invite_mechanic(?, ?, 14)"_qs, {workshop, email});
        if (!r.ok)
            qWarning().noquote() << "invite" << email << r.describe();
        return r.ok ? r.scalar().toLongLong() : 0;
    }
    qint64 mechanicWithEmail(const QString &name, const QString &email, qint64 workshop = 0,
                             const QString &lang = u"en"_qs) {
        const qint64 id = m_db.insertMechanic(name, workshop, lang);
        if (id && !m_db.exec(u"UPDATE desk.mechanics SET email = ? WHERE id = ?"_qs, {email, id}))
            return 0;
        return id;
    }
    qint64 book(const QString &who, qint64 bay, qint64 mechanic, const QString &localStart,
                const QString &status) {
        const auto r = run(who,
                           u"SELECT desk.create_booking(?, ?, ?::timestamp AT TIME ZONE 'America/Toronto', "
                           "?::timestamp AT TIME ZONE 'America/Toronto' + interval '1 hour', 15, ?)"_qs,
                           {bay, mechanic, localStart, localStart, status});
        if (!r.ok)
            qWarning().noquote() << "booking" << localStart << r.describe();
        return r.ok ? r.scalar().toLongLong() : 0;
    }
    qint64 physicalMechanic(const QString &name, qint64 workshop, const QString &lang = u"en"_qs) {
        const qint64 id = m_db.insertMechanic(name, workshop, lang);
        if (id && !m_db.exec(u"UPDATE desk.mechanics SET service_tier = 'workshop_affiliated', "
                             "workshop_verified = true, can_perform_physical_work = true, "
                             "compliance_status = 'approved' WHERE id = ?"_qs,
                             {id}))
            return 0;
        return id;
    }

    TestDatabase m_db;
    QHash<QString, QString> m_roles;
    qint64 m_shopA = 0;
    qint64 m_shopB = 0;
    qint64 m_bayA = 0;
};

void TstRoster::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shopA = m_db.insertWorkshop(u"Garage Alpha"_qs, u"ON"_qs);
    m_shopB = m_db.insertWorkshop(u"Garage Beta"_qs, u"ON"_qs);
    QVERIFY(m_shopA && m_shopB);
    m_bayA = m_db.insertBay(m_shopA, u"A lift 1"_qs);
    QVERIFY(m_bayA);
    for (const qint64 shop : {m_shopA, m_shopB})
        QVERIFY(m_db.exec(u"INSERT INTO desk.workshop_hours (workshop_id, weekday, opens_at, closes_at) "
                          "SELECT ?, d, '07:00', '19:00' FROM generate_series(1, 7) d"_qs,
                          {shop}));
    const QList<std::tuple<QString, QString, QList<qint64>>> logins = {
        {u"ownerA"_qs, u"adesk_workshop_owner"_qs, {m_shopA}},
        {u"ownerB"_qs, u"adesk_workshop_owner"_qs, {m_shopB}},
        {u"admin"_qs, u"adesk_platform_admin"_qs, {}},
        {u"finance"_qs, u"adesk_finance"_qs, {}},
        {u"service"_qs, u"adesk_platform_service"_qs, {}},
    };
    for (const auto &[who, group, shops] : logins) {
        const QString role = m_db.roleName(u"r"_qs + who);
        QVERIFY(m_db.createLogin(role, group, who, shops));
        m_roles.insert(who, role);
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), u"roster_"_qs + who);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }
}

void TstRoster::cleanupTestCase() {
    for (const QString &who : m_roles.keys())
        TestDatabase::closeConnection(u"roster_"_qs + who);
}

void TstRoster::ownersInviteOnlyIntoTheirWorkshop() {
    QVERIFY(invite(u"ownerA"_qs, m_shopA, u"Zoe.Invited@Example.ca"_qs) > 0);
    // Into B's workshop: answered like a workshop that does not exist, and nothing is written.
    const int before = m_db.scalar(u"SELECT count(*) FROM desk.mechanic_invitations"_qs).toInt();
    const auto intoB = run(u"ownerA"_qs, u"SELECT desk.invite_mechanic(?, 'x@example.ca', 14)"_qs, {m_shopB});
    const auto intoNothing =
        run(u"ownerA"_qs, u"SELECT desk.invite_mechanic(987654321, 'x@example.ca', 14)"_qs);
    QVERIFY(!intoB.ok);
    QCOMPARE(intoB.sqlState(), u"P0002"_qs);
    QCOMPARE(intoB.error.serverMessage,
             QString(intoNothing.error.serverMessage).replace(u"987654321"_qs, QString::number(m_shopB)));
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.mechanic_invitations"_qs).toInt(), before);
    // Finance and the platform's service do not invite; bad input is refused.
    QCOMPARE(
        run(u"finance"_qs, u"SELECT desk.invite_mechanic(?, 'y@example.ca', 14)"_qs, {m_shopA}).sqlState(),
        u"42501"_qs);
    QCOMPARE(
        run(u"ownerA"_qs, u"SELECT desk.invite_mechanic(?, 'not an address', 14)"_qs, {m_shopA}).sqlState(),
        u"22023"_qs);
    QCOMPARE(run(u"ownerA"_qs, u"SELECT desk.invite_mechanic(?, 'y@example.ca', 0)"_qs, {m_shopA}).sqlState(),
             u"22023"_qs);
    // Stored lower-case, 14 days, by the owner's profile, audited.
    const auto row = m_db.run(
        u"SELECT i.email, round(extract(epoch FROM i.expires_at - i.created_at) / 86400), "
        "i.invited_by = (SELECT profile_id FROM desk.staff_logins WHERE login_role = ?), "
        "(SELECT count(*) FROM desk.audit_log a WHERE a.table_name = 'mechanic_invitations' AND a.row_id = "
        "i.id "
        "AND a.action = 'invitation.create') FROM desk.mechanic_invitations i WHERE i.email LIKE 'zoe.%'"_qs,
        {m_roles.value(u"ownerA"_qs)});
    ADESK_VERIFY_SQL(row);
    QCOMPARE(row.rows.value(0).value(0).toString(), u"zoe.invited@example.ca"_qs);
    QCOMPARE(row.rows.value(0).value(1).toInt(), 14);
    QVERIFY(row.rows.value(0).value(2).toBool());
    QCOMPARE(row.rows.value(0).value(3).toInt(), 1);
}

void TstRoster::invitationsAreReadByTheirWorkshopOnly() {
    QVERIFY(invite(u"ownerB"_qs, m_shopB, u"bea@example.ca"_qs) > 0);
    QVERIFY(invite(u"ownerA"_qs, m_shopA, u"alf@example.ca"_qs) > 0);
    const QString q = u"SELECT string_agg(email, ',' ORDER BY email) FROM desk.mechanic_invitations "
                      "WHERE email IN ('bea@example.ca', 'alf@example.ca')"_qs;
    QCOMPARE(run(u"ownerA"_qs, q).scalar().toString(), u"alf@example.ca"_qs);
    QCOMPARE(run(u"ownerB"_qs, q).scalar().toString(), u"bea@example.ca"_qs);
    QCOMPARE(run(u"admin"_qs, q).scalar().toString(), u"alf@example.ca,bea@example.ca"_qs);
    QCOMPARE(run(u"service"_qs, q).scalar().toString(), u"alf@example.ca,bea@example.ca"_qs);
    QCOMPARE(run(u"finance"_qs, q).sqlState(), u"42501"_qs);
    // B's owner cannot revoke A's invitation: the same answer as for one that does not exist.
    const qint64 alf =
        m_db.scalar(u"SELECT id FROM desk.mechanic_invitations WHERE email = 'alf@example.ca'"_qs)
            .toLongLong();
    const auto other = run(u"ownerB"_qs, u"SELECT desk.revoke_invitation(?, 1, 'probe')"_qs, {alf});
    const auto none = run(u"ownerB"_qs, u"SELECT desk.revoke_invitation(987654322, 1, 'probe')"_qs);
    QCOMPARE(other.sqlState(), u"P0002"_qs);
    QCOMPARE(other.error.serverMessage,
             QString(none.error.serverMessage).replace(u"987654322"_qs, QString::number(alf)));
    QCOMPARE(m_db.scalar(u"SELECT status FROM desk.mechanic_invitations WHERE id = ?"_qs, {alf}).toString(),
             u"pending"_qs);
}

void TstRoster::nobodyButThePlatformReadsTheToken() {
    const qint64 id = invite(u"ownerA"_qs, m_shopA, u"tok@example.ca"_qs);
    QVERIFY(id);
    const QString token = tokenOf(id);
    QCOMPARE(token.size(), 64); // 2 × 122 random bits
    QVERIFY(QRegularExpression(u"^[0-9a-f]{64}$"_qs).match(token).hasMatch());
    for (const QString &who : {u"ownerA"_qs, u"admin"_qs, u"finance"_qs}) {
        for (const QString &sql :
             {u"SELECT token FROM desk.mechanic_invitations"_qs,
              u"SELECT * FROM desk.mechanic_invitations"_qs,
              u"SELECT count(*) FROM desk.mechanic_invitations WHERE token LIKE 'a%'"_qs}) {
            const auto r = run(who, sql);
            QVERIFY2(!r.ok, qPrintable(who + u" read: "_qs + sql));
            QCOMPARE(r.sqlState(), u"42501"_qs);
        }
    }
    const auto svc = run(u"service"_qs, u"SELECT token FROM desk.mechanic_invitations WHERE id = ?"_qs, {id});
    ADESK_VERIFY_SQL(svc);
    QCOMPARE(svc.scalar().toString(), token);
    // Every other column is the owner's to read.
    const auto cols = run(u"ownerA"_qs,
                          u"SELECT email, status, expires_at > now(), version FROM desk.mechanic_invitations "
                          "WHERE id = ?"_qs,
                          {id});
    ADESK_VERIFY_SQL(cols);
    QCOMPARE(cols.rows.value(0).value(1).toString(), u"pending"_qs);
    // Tokens differ.
    QCOMPARE(
        m_db.scalar(u"SELECT count(DISTINCT token) = count(*) FROM desk.mechanic_invitations"_qs).toBool(),
        true);
}

void TstRoster::onePendingInvitationPerAddress() {
    QVERIFY(invite(u"ownerA"_qs, m_shopA, u"dup@example.ca"_qs));
    const auto again =
        run(u"ownerA"_qs, u"SELECT desk.invite_mechanic(?, 'DUP@Example.CA', 7)"_qs, {m_shopA});
    QCOMPARE(again.sqlState(), u"23505"_qs);
    QVERIFY2(again.error.serverMessage.contains(u"dup@example.ca"_qs), qPrintable(again.describe()));
    // Another workshop may invite the same address.
    QVERIFY(invite(u"ownerB"_qs, m_shopB, u"dup@example.ca"_qs));
    // Once expired, a new invitation replaces it (the expired one is revoked as "expired").
    QVERIFY(m_db.exec(
        u"UPDATE desk.mechanic_invitations SET created_at = now() - interval '20 days', "
        "expires_at = now() - interval '6 days' WHERE email = 'dup@example.ca' AND workshop_id = ?"_qs,
        {m_shopA}));
    QVERIFY(invite(u"ownerA"_qs, m_shopA, u"dup@example.ca"_qs));
    QCOMPARE(
        m_db.scalar(u"SELECT string_agg(status || ':' || coalesce(revoked_reason, ''), ',' ORDER BY id) "
                    "FROM desk.mechanic_invitations WHERE email = 'dup@example.ca' AND workshop_id = ?"_qs,
                    {m_shopA})
            .toString(),
        u"revoked:expired,pending:"_qs);
}

void TstRoster::revokedAndExpiredTokensAreRefused() {
    const qint64 mech = mechanicWithEmail(u"Rory Revoked"_qs, u"rory@example.ca"_qs);
    const qint64 revoked = invite(u"ownerA"_qs, m_shopA, u"rory@example.ca"_qs);
    QVERIFY(mech && revoked);
    // Stale version: conflict; then revoked by the owner, audited.
    QCOMPARE(
        run(u"ownerA"_qs, u"SELECT desk.revoke_invitation(?, 7, 'wrong person')"_qs, {revoked}).sqlState(),
        u"40001"_qs);
    const auto r = run(u"ownerA"_qs, u"SELECT desk.revoke_invitation(?, 1, 'wrong person')"_qs, {revoked});
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.scalar().toInt(), 2);
    QCOMPARE(run(u"ownerA"_qs, u"SELECT desk.revoke_invitation(?, 2, 'again')"_qs, {revoked}).sqlState(),
             u"AD001"_qs);
    QCOMPARE(m_db.scalar(u"SELECT detail ->> 'reason' FROM desk.audit_log WHERE action = 'invitation.revoke' "
                         "AND row_id = ?"_qs,
                         {revoked})
                 .toString(),
             u"wrong person"_qs);
    const auto viaRevoked =
        run(u"service"_qs, u"SELECT desk.redeem_invitation(?, ?)"_qs, {tokenOf(revoked), mech});
    QCOMPARE(viaRevoked.sqlState(), u"AD001"_qs);
    QVERIFY2(viaRevoked.error.serverMessage.contains(u"revoked"_qs), qPrintable(viaRevoked.describe()));

    const qint64 expired = invite(u"ownerA"_qs, m_shopA, u"rory@example.ca"_qs);
    QVERIFY(expired);
    QVERIFY(m_db.exec(u"UPDATE desk.mechanic_invitations SET created_at = now() - interval '15 days', "
                      "expires_at = now() - interval '1 day' WHERE id = ?"_qs,
                      {expired}));
    const auto viaExpired =
        run(u"service"_qs, u"SELECT desk.redeem_invitation(?, ?)"_qs, {tokenOf(expired), mech});
    QCOMPARE(viaExpired.sqlState(), u"AD001"_qs);
    QVERIFY2(viaExpired.error.serverMessage.contains(u"expired"_qs), qPrintable(viaExpired.describe()));
    // A token that does not exist; the mechanic stays independent.
    QCOMPARE(run(u"service"_qs, u"SELECT desk.redeem_invitation('deadbeef', ?)"_qs, {mech}).sqlState(),
             u"P0002"_qs);
    QCOMPARE(m_db.scalar(u"SELECT workshop_id IS NULL FROM desk.mechanics WHERE id = ?"_qs, {mech}).toBool(),
             true);
}

void TstRoster::redeemLinksOnceAndIsIdempotent() {
    const qint64 mech = mechanicWithEmail(u"Ivy Invited"_qs, u"Ivy@Example.ca"_qs);
    const qint64 inv = invite(u"ownerA"_qs, m_shopA, u"ivy@example.ca"_qs);
    QVERIFY(mech && inv);
    const QString token = tokenOf(inv);
    // Only the web platform redeems.
    for (const QString &who : {u"ownerA"_qs, u"admin"_qs, u"finance"_qs})
        QCOMPARE(run(who, u"SELECT desk.redeem_invitation(?, ?)"_qs, {token, mech}).sqlState(), u"42501"_qs);
    const auto first = run(u"service"_qs, u"SELECT desk.redeem_invitation(?, ?)"_qs, {token, mech});
    ADESK_VERIFY_SQL(first);
    QCOMPARE(first.scalar().toLongLong(), m_shopA);
    const auto row =
        m_db.run(u"SELECT m.workshop_id, m.account_type, m.service_tier, m.auto_approved, "
                 "m.invite_accepted_at IS NOT NULL, m.invited_by = i.invited_by, m.version, "
                 "m.can_perform_physical_work, i.status, i.accepted_mechanic_id "
                 "FROM desk.mechanics m, desk.mechanic_invitations i WHERE m.id = ? AND i.id = ?"_qs,
                 {mech, inv});
    ADESK_VERIFY_SQL(row);
    const QVariantList v = row.rows.value(0);
    QCOMPARE(v.value(0).toLongLong(), m_shopA);
    QCOMPARE(v.value(1).toString(), u"workshop"_qs);
    QCOMPARE(v.value(2).toString(), u"workshop_affiliated"_qs);
    QVERIFY(v.value(3).toBool());
    QVERIFY(v.value(4).toBool());
    QVERIFY(v.value(5).toBool());
    QCOMPARE(v.value(7).toBool(), false); // compliance pending: no physical work yet
    QCOMPARE(v.value(8).toString(), u"accepted"_qs);
    QCOMPARE(v.value(9).toLongLong(), mech);
    const int version = v.value(6).toInt();
    const int audits =
        m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE action = 'invitation.redeem'"_qs).toInt();
    // Again by the same mechanic: same answer, nothing changes.
    const auto second = run(u"service"_qs, u"SELECT desk.redeem_invitation(?, ?)"_qs, {token, mech});
    ADESK_VERIFY_SQL(second);
    QCOMPARE(second.scalar().toLongLong(), m_shopA);
    QCOMPARE(m_db.scalar(u"SELECT version FROM desk.mechanics WHERE id = ?"_qs, {mech}).toInt(), version);
    QCOMPARE(
        m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE action = 'invitation.redeem'"_qs).toInt(),
        audits);
    // By someone else: refused (used).
    const qint64 other = mechanicWithEmail(u"Ivy Twin"_qs, u"ivy@example.ca"_qs);
    QCOMPARE(run(u"service"_qs, u"SELECT desk.redeem_invitation(?, ?)"_qs, {token, other}).sqlState(),
             u"AD001"_qs);
    // The mechanic was told, and the owner now sees the mechanic.
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.mechanic_notifications WHERE mechanic_id = ? "
                         "AND notification_type = 'roster_linked'"_qs,
                         {mech})
                 .toInt(),
             1);
    QCOMPARE(
        run(u"ownerA"_qs, u"SELECT count(*) FROM desk.mechanics WHERE id = ?"_qs, {mech}).scalar().toInt(),
        1);
}

void TstRoster::redeemChecksAddressAndOtherWorkshop() {
    const qint64 wrong = mechanicWithEmail(u"Wes Wrong"_qs, u"wes@example.ca"_qs);
    const qint64 inv = invite(u"ownerA"_qs, m_shopA, u"someone.else@example.ca"_qs);
    QVERIFY(wrong && inv);
    const auto mismatch =
        run(u"service"_qs, u"SELECT desk.redeem_invitation(?, ?)"_qs, {tokenOf(inv), wrong});
    QCOMPARE(mismatch.sqlState(), u"23514"_qs);
    QVERIFY2(mismatch.error.serverMessage.contains(u"another e-mail"_qs), qPrintable(mismatch.describe()));
    // A mechanic of workshop B with the invited address: refused, B keeps the mechanic.
    const qint64 bMech = mechanicWithEmail(u"Bo Beta"_qs, u"bo@example.ca"_qs, m_shopB);
    const qint64 invBo = invite(u"ownerA"_qs, m_shopA, u"bo@example.ca"_qs);
    QVERIFY(bMech && invBo);
    const auto elsewhere =
        run(u"service"_qs, u"SELECT desk.redeem_invitation(?, ?)"_qs, {tokenOf(invBo), bMech});
    QCOMPARE(elsewhere.sqlState(), u"23514"_qs);
    QCOMPARE(m_db.scalar(u"SELECT workshop_id FROM desk.mechanics WHERE id = ?"_qs, {bMech}).toLongLong(),
             m_shopB);
    QCOMPARE(m_db.scalar(u"SELECT status FROM desk.mechanic_invitations WHERE id = ?"_qs, {invBo}).toString(),
             u"pending"_qs);
    // Inviting someone already on the roster is refused.
    QCOMPARE(
        run(u"ownerB"_qs, u"SELECT desk.invite_mechanic(?, 'bo@example.ca', 14)"_qs, {m_shopB}).sqlState(),
        u"23505"_qs);
}

void TstRoster::autoApprovedMechanicWaitsForCompliance() {
    const qint64 mech = mechanicWithEmail(u"Pat Pending"_qs, u"pat@example.ca"_qs);
    const qint64 inv = invite(u"ownerA"_qs, m_shopA, u"pat@example.ca"_qs);
    QVERIFY(mech && inv);
    ADESK_VERIFY_SQL(run(u"service"_qs, u"SELECT desk.redeem_invitation(?, ?)"_qs, {tokenOf(inv), mech}));
    // Physical work before compliance: refused by the database, even to its owner role.
    const auto early =
        m_db.run(u"UPDATE desk.mechanics SET workshop_verified = true, can_perform_physical_work = true "
                 "WHERE id = ?"_qs,
                 {mech});
    QCOMPARE(early.sqlState(), u"23514"_qs);
    QVERIFY2(early.error.serverMessage.contains(u"mechanics_auto_approved_needs_compliance"_qs),
             qPrintable(early.describe()));
    // So no booking either.
    const auto booking =
        run(u"ownerA"_qs,
            u"SELECT desk.create_booking(?, ?, '2031-03-11 10:00-04', '2031-03-11 11:00-04', 15, "
            "'confirmed')"_qs,
            {m_bayA, mech});
    QCOMPARE(booking.sqlState(), u"23514"_qs);
    QVERIFY2(booking.error.serverMessage.contains(u"may not do physical work"_qs),
             qPrintable(booking.describe()));
    // The roster says what is missing.
    const QString missing =
        run(u"ownerA"_qs,
            u"SELECT array_to_string(missing_verifications, ',') FROM desk.workshop_mechanics "
            "WHERE mechanic_id = ?"_qs,
            {mech})
            .scalar()
            .toString();
    const QString required =
        m_db.scalar(u"SELECT string_agg(verification_type, ',' ORDER BY verification_type) "
                    "FROM desk.required_verifications WHERE entity_type = 'mechanic' "
                    "AND path = 'workshop_affiliated'"_qs)
            .toString();
    QVERIFY(!required.isEmpty());
    QCOMPARE(missing, required);
    // Every required document approved: 0002's promotion gives physical work.
    const auto types = m_db.run(u"SELECT verification_type FROM desk.required_verifications "
                                "WHERE entity_type = 'mechanic' AND path = 'workshop_affiliated'"_qs);
    ADESK_VERIFY_SQL(types);
    const qint64 adminProfile =
        m_db.scalar(u"SELECT profile_id FROM desk.staff_logins WHERE login_role = ?"_qs,
                    {m_roles.value(u"admin"_qs)})
            .toLongLong();
    for (const QVariant &t : types.column()) {
        const qint64 v = m_db.insertVerification(u"mechanic"_qs, mech, t.toString());
        QVERIFY(v);
        QVERIFY(m_db.exec(u"UPDATE desk.compliance_verifications SET status = 'approved', verified_by = ?, "
                          "verified_at = now() WHERE id = ?"_qs,
                          {adminProfile, v}));
    }
    QVERIFY(m_db.scalar(u"SELECT desk.promote_mechanic_if_complete(?)"_qs, {mech}).toBool());
    QCOMPARE(
        m_db.scalar(u"SELECT can_perform_physical_work AND compliance_status = 'approved' AND auto_approved "
                    "FROM desk.mechanics WHERE id = ?"_qs,
                    {mech})
            .toBool(),
        true);
    QCOMPARE(run(u"ownerA"_qs,
                 u"SELECT cardinality(missing_verifications) FROM desk.workshop_mechanics "
                 "WHERE mechanic_id = ?"_qs,
                 {mech})
                 .scalar()
                 .toInt(),
             0);
    QVERIFY(book(u"ownerA"_qs, m_bayA, mech, u"2031-03-11T10:00"_qs, u"confirmed"_qs));
}

void TstRoster::unlinkListsBookingsThenCancelsThem() {
    const qint64 mech = physicalMechanic(u"Uma Unlinked"_qs, m_shopA, u"fr"_qs);
    QVERIFY(mech);
    const qint64 b1 = book(u"ownerA"_qs, m_bayA, mech, u"2031-04-01T09:00"_qs, u"confirmed"_qs);
    const qint64 b2 = book(u"ownerA"_qs, m_bayA, mech, u"2031-04-02T09:00"_qs, u"requested"_qs);
    QVERIFY(b1 && b2);
    const int version = m_db.scalar(u"SELECT version FROM desk.mechanics WHERE id = ?"_qs, {mech}).toInt();
    // B's owner: like a mechanic that does not exist.
    const auto byB = run(u"ownerB"_qs, u"SELECT desk.unlink_mechanic(?, ?, NULL, NULL)"_qs, {mech, version});
    const auto none = run(u"ownerB"_qs, u"SELECT desk.unlink_mechanic(987654323, 1, NULL, NULL)"_qs);
    QCOMPARE(byB.sqlState(), u"P0002"_qs);
    QCOMPARE(byB.error.serverMessage,
             QString(none.error.serverMessage).replace(u"987654323"_qs, QString::number(mech)));
    // The owner: refused, listing both bookings (all ids in DETAIL).
    const auto listed =
        run(u"ownerA"_qs, u"SELECT desk.unlink_mechanic(?, ?, NULL, NULL)"_qs, {mech, version});
    QCOMPARE(listed.sqlState(), u"23514"_qs);
    QCOMPARE(listed.error.detail, u"bookings=%1,%2"_qs.arg(b1).arg(b2));
    QVERIFY2(listed.error.serverMessage.contains(u"booking %1"_qs.arg(b1)), qPrintable(listed.describe()));
    // Only one of them confirmed: still refused; both but no reason: refused.
    QCOMPARE(run(u"ownerA"_qs, u"SELECT desk.unlink_mechanic(?, ?, ARRAY[?]::bigint[], 'leaving')"_qs,
                 {mech, version, b1})
                 .error.detail,
             u"bookings=%1,%2"_qs.arg(b1).arg(b2));
    QCOMPARE(run(u"ownerA"_qs, u"SELECT desk.unlink_mechanic(?, ?, ARRAY[?, ?]::bigint[], '  ')"_qs,
                 {mech, version, b1, b2})
                 .sqlState(),
             u"22023"_qs);
    const auto done =
        run(u"ownerA"_qs,
            u"SELECT desk.unlink_mechanic(?, ?, ARRAY[?, ?]::bigint[], 'Leaving the shop') ::text"_qs,
            {mech, version, b1, b2});
    ADESK_VERIFY_SQL(done);
    QVERIFY2(done.scalar().toString().contains(u"[%1, %2]"_qs.arg(b1).arg(b2)),
             qPrintable(done.scalar().toString()));
    QCOMPARE(
        m_db.scalar(
                u"SELECT string_agg(status || '/' || status_reason, ',' ORDER BY id) FROM desk.bay_bookings "
                "WHERE id IN (?, ?)"_qs,
                {b1, b2})
            .toString(),
        u"cancelled/Leaving the shop,cancelled/Leaving the shop"_qs);
    const auto m =
        m_db.run(u"SELECT workshop_id IS NULL, account_type, service_tier, can_perform_physical_work, "
                 "auto_approved FROM desk.mechanics WHERE id = ?"_qs,
                 {mech});
    ADESK_VERIFY_SQL(m);
    QCOMPARE(m.rows.value(0), (QVariantList{true, u"independent"_qs, u"virtual_only"_qs, false, false}));
    // The mechanic (French) was told: each booking cancelled with the reason, and the unlinking.
    const auto notes = m_db.run(u"SELECT notification_type, message FROM desk.mechanic_notifications "
                                "WHERE mechanic_id = ? ORDER BY id"_qs,
                                {mech});
    ADESK_VERIFY_SQL(notes);
    QCOMPARE(notes.rows.size(), 3);
    QCOMPARE(notes.rows.value(0).value(0).toString(), u"booking_cancelled"_qs);
    QCOMPARE(notes.rows.value(1).value(0).toString(), u"booking_declined"_qs);
    QCOMPARE(notes.rows.value(2).value(0).toString(), u"roster_unlinked"_qs);
    for (const QVariantList &n : notes.rows)
        QVERIFY2(n.value(1).toString().contains(u"Motif : Leaving the shop"_qs),
                 qPrintable(n.value(1).toString()));
    QVERIFY(notes.rows.value(0).value(1).toString().contains(u"Votre réservation a été annulée"_qs));
    // Audited, with the cancelled bookings; the owner no longer sees the mechanic.
    QCOMPARE(
        m_db.scalar(
                u"SELECT detail -> 'cancelled' = jsonb_build_array(?::bigint, ?::bigint) FROM desk.audit_log "
                "WHERE action = 'mechanic.unlink' AND row_id = ?"_qs,
                {b1, b2, mech})
            .toBool(),
        true);
    QCOMPARE(
        run(u"ownerA"_qs, u"SELECT count(*) FROM desk.mechanics WHERE id = ?"_qs, {mech}).scalar().toInt(),
        0);
}

void TstRoster::adminsLinkAndOwnersCannot() {
    const qint64 mech = mechanicWithEmail(u"Lou Linked"_qs, u"lou@example.ca"_qs);
    QVERIFY(mech);
    QCOMPARE(run(u"ownerA"_qs, u"SELECT desk.link_mechanic(?, ?, 'mine')"_qs, {mech, m_shopA}).sqlState(),
             u"42501"_qs);
    QCOMPARE(run(u"admin"_qs, u"SELECT desk.link_mechanic(?, ?, ' ')"_qs, {mech, m_shopA}).sqlState(),
             u"22023"_qs);
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"SELECT desk.link_mechanic(?, ?, 'moved from the web sign-up')"_qs,
                         {mech, m_shopA}));
    QCOMPARE(m_db.scalar(u"SELECT workshop_id FROM desk.mechanics WHERE id = ?"_qs, {mech}).toLongLong(),
             m_shopA);
    QCOMPARE(m_db.scalar(u"SELECT detail ->> 'reason' FROM desk.audit_log WHERE action = 'mechanic.link' "
                         "AND row_id = ? AND actor = ?"_qs,
                         {mech, m_roles.value(u"admin"_qs)})
                 .toString(),
             u"moved from the web sign-up"_qs);
    // Linked elsewhere: refused; the admin unlinks (no bookings ahead) and links to B.
    QCOMPARE(run(u"admin"_qs, u"SELECT desk.link_mechanic(?, ?, 'move')"_qs, {mech, m_shopB}).sqlState(),
             u"23514"_qs);
    const int version = m_db.scalar(u"SELECT version FROM desk.mechanics WHERE id = ?"_qs, {mech}).toInt();
    ADESK_VERIFY_SQL(
        run(u"admin"_qs, u"SELECT desk.unlink_mechanic(?, ?, NULL, 'move')"_qs, {mech, version}));
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"SELECT desk.link_mechanic(?, ?, 'move')"_qs, {mech, m_shopB}));
    QCOMPARE(m_db.scalar(u"SELECT workshop_id FROM desk.mechanics WHERE id = ?"_qs, {mech}).toLongLong(),
             m_shopB);
}

void TstRoster::rosterViewShowsTheWorkshopsMechanics() {
    const qint64 mech = physicalMechanic(u"Vic View"_qs, m_shopA);
    QVERIFY(mech);
    const qint64 next = book(u"ownerA"_qs, m_bayA, mech, u"2031-05-06T08:00"_qs, u"confirmed"_qs);
    QVERIFY(book(u"ownerA"_qs, m_bayA, mech, u"2031-05-07T08:00"_qs, u"requested"_qs));
    QVERIFY(next);
    // Two completed jobs this local month, one last month.
    const QString monthStart =
        u"(date_trunc('month', now() AT TIME ZONE 'America/Toronto') AT TIME ZONE 'America/Toronto')"_qs;
    for (const QString &at :
         {monthStart + u" + interval '1 hour'"_qs, monthStart + u" + interval '3 hours'"_qs,
          monthStart + u" - interval '2 days'"_qs}) {
        const QString start = m_db.scalar(u"SELECT (%1)::text"_qs.arg(at)).toString();
        QVERIFY(m_db.insertPastBooking(m_bayA, mech, start, 60));
    }
    const auto r = run(u"ownerA"_qs,
                       u"SELECT display_name, service_tier, compliance_status, next_booking_at = "
                       "(SELECT lower(span) FROM desk.bay_bookings WHERE id = ?), bookings_ahead, "
                       "jobs_this_month FROM desk.get_available_workshop_mechanics(?) "
                       "WHERE mechanic_id = ?"_qs,
                       {next, m_shopA, mech});
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.rows.value(0),
             (QVariantList{u"Vic View"_qs, u"workshop_affiliated"_qs, u"approved"_qs, true, 2, 2}));
    // B's owner: none of A's mechanics, through the view or the function.
    QCOMPARE(
        run(u"ownerB"_qs, u"SELECT count(*) FROM desk.workshop_mechanics WHERE workshop_id = ?"_qs, {m_shopA})
            .scalar()
            .toInt(),
        0);
    QCOMPARE(run(u"ownerB"_qs, u"SELECT count(*) FROM desk.get_available_workshop_mechanics(?)"_qs, {m_shopA})
                 .scalar()
                 .toInt(),
             0);
    QVERIFY(run(u"ownerA"_qs, u"SELECT count(*) FROM desk.workshop_mechanics"_qs).scalar().toInt() >= 1);
    QCOMPARE(run(u"finance"_qs, u"SELECT count(*) FROM desk.workshop_mechanics"_qs).sqlState(), u"42501"_qs);
    // A partnership shows with its program type.
    const qint64 partner = physicalMechanic(u"Pia Partner"_qs, m_shopA);
    QVERIFY(m_db.insertPartnership(m_shopA, partner, u"bay_rental"_qs, 0));
    QCOMPARE(run(u"ownerA"_qs,
                 u"SELECT partnership_program_type || '/' || partnership_status FROM "
                 "desk.workshop_mechanics WHERE mechanic_id = ?"_qs,
                 {partner})
                 .scalar()
                 .toString(),
             u"bay_rental/active"_qs);
}

void TstRoster::ownerDecisionsNotifyTheMechanic() {
    const qint64 mech = physicalMechanic(u"Noé Notified"_qs, m_shopA, u"fr"_qs);
    const qint64 eng = physicalMechanic(u"Ned Notified"_qs, m_shopA);
    QVERIFY(mech && eng);
    const qint64 confirmed = book(u"ownerA"_qs, m_bayA, mech, u"2031-06-03T09:00"_qs, u"requested"_qs);
    const qint64 declined = book(u"ownerA"_qs, m_bayA, eng, u"2031-06-03T11:00"_qs, u"requested"_qs);
    QVERIFY(confirmed && declined);
    ADESK_VERIFY_SQL(run(u"ownerA"_qs, u"SELECT desk.set_booking_status(?, 1, 'confirmed')"_qs, {confirmed}));
    ADESK_VERIFY_SQL(run(
        u"ownerA"_qs, u"SELECT desk.set_booking_status(?, 1, 'cancelled', 'Bay 1 is down')"_qs, {declined}));
    const auto fr = m_db.run(u"SELECT notification_type, title, message FROM desk.mechanic_notifications "
                             "WHERE mechanic_id = ? ORDER BY id"_qs,
                             {mech});
    ADESK_VERIFY_SQL(fr);
    QCOMPARE(fr.rows.size(), 1);
    QCOMPARE(fr.rows.value(0).value(0).toString(), u"booking_confirmed"_qs);
    QCOMPARE(fr.rows.value(0).value(1).toString(), u"Réservation confirmée"_qs);
    QVERIFY2(fr.rows.value(0).value(2).toString().contains(u"mar. 3 juin 2031 09 h 00"_qs),
             qPrintable(fr.rows.value(0).value(2).toString()));
    const auto en = m_db.run(u"SELECT notification_type, message FROM desk.mechanic_notifications "
                             "WHERE mechanic_id = ? ORDER BY id"_qs,
                             {eng});
    ADESK_VERIFY_SQL(en);
    QCOMPARE(en.rows.size(), 1);
    QCOMPARE(en.rows.value(0).value(0).toString(), u"booking_declined"_qs);
    QVERIFY2(en.rows.value(0).value(1).toString().contains(u"Reason: Bay 1 is down"_qs),
             qPrintable(en.rows.value(0).value(1).toString()));
    QVERIFY(en.rows.value(0).value(1).toString().contains(u"Tue 03 Jun 2031 11:00"_qs));

    // A partnership application rejected with a reason, and one approved.
    const auto prog =
        run(u"ownerA"_qs,
            u"SELECT program_id FROM desk.save_program(NULL, NULL, ?, '{\"name\": \"Shared bays\", "
            "\"name_fr\": \"Baies partagées\", \"description_fr\": \"Baies\", "
            "\"program_type\": \"revenue_share\", \"workshop_share_bp\": 2400}'::jsonb, NULL)"_qs,
            {m_shopA});
    ADESK_VERIFY_SQL(prog);
    const qint64 program = prog.scalar().toLongLong();
    ADESK_VERIFY_SQL(
        run(u"ownerA"_qs, u"SELECT desk.set_program_status(?, 1, 'publish', NULL)"_qs, {program}));
    const qint64 applicantFr = m_db.insertMechanic(u"Ana Applicante"_qs, 0, u"fr"_qs);
    const qint64 applicantEn = m_db.insertMechanic(u"Abe Applicant"_qs);
    QVERIFY(m_db.exec(u"UPDATE desk.mechanics SET compliance_status = 'approved' WHERE id IN (?, ?)"_qs,
                      {applicantFr, applicantEn}));
    const qint64 rejected =
        m_db.scalar(u"INSERT INTO desk.partnership_applications (program_id, mechanic_id) "
                    "VALUES (?, ?) RETURNING id"_qs,
                    {program, applicantFr})
            .toLongLong();
    const qint64 approved =
        m_db.scalar(u"INSERT INTO desk.partnership_applications (program_id, mechanic_id) "
                    "VALUES (?, ?) RETURNING id"_qs,
                    {program, applicantEn})
            .toLongLong();
    QVERIFY(rejected && approved);
    ADESK_VERIFY_SQL(run(u"ownerA"_qs,
                         u"SELECT desk.decide_application(?, 1, 'reject', 'Pas de place cet hiver')"_qs,
                         {rejected}));
    ADESK_VERIFY_SQL(run(u"ownerA"_qs, u"SELECT desk.decide_application(?, 1, 'approve')"_qs, {approved}));
    QCOMPARE(
        m_db.scalar(
                u"SELECT title || ' | ' || message FROM desk.mechanic_notifications WHERE mechanic_id = ?"_qs,
                {applicantFr})
            .toString(),
        u"Demande de partenariat refusée | Votre demande pour « Baies partagées » chez Garage Alpha a été "
        "refusée. Motif : Pas de place cet hiver"_qs);
    QCOMPARE(
        m_db.scalar(u"SELECT notification_type FROM desk.mechanic_notifications WHERE mechanic_id = ?"_qs,
                    {applicantEn})
            .toString(),
        u"application_approved"_qs);
}

void TstRoster::bookingRacingAnUnlinkWaitsForIt() {
    // The admin unlinks a mechanic (transaction open, the mechanic's row locked) while the owner books
    // them: the booking waits, then is judged on the committed roster and refused.
    const qint64 mech = physicalMechanic(u"Rae Racing"_qs, m_shopA);
    QVERIFY(mech);
    QVERIFY(book(u"ownerA"_qs, m_bayA, mech, u"2031-07-01T09:00"_qs, u"confirmed"_qs));
    const int version = m_db.scalar(u"SELECT version FROM desk.mechanics WHERE id = ?"_qs, {mech}).toInt();
    const qint64 booking =
        m_db.scalar(u"SELECT id FROM desk.bay_bookings WHERE mechanic_id = ?"_qs, {mech}).toLongLong();
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"BEGIN"_qs));
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"SELECT desk.unlink_mechanic(?, ?, ARRAY[?]::bigint[], 'race')"_qs,
                         {mech, version, booking}));
    const ConnectionSettings settings = m_db.login(m_roles.value(u"ownerA"_qs));
    TestDatabase::SqlResult raced;
    const QString pid = u"roster_racer"_qs;
    std::atomic<int> backend{0};
    std::unique_ptr<QThread> thread(QThread::create([&] {
        {
            QSqlDatabase db = TestDatabase::openConnection(settings, pid);
            backend = TestDatabase::run(db, u"SELECT pg_backend_pid()"_qs).scalar().toInt();
            raced = TestDatabase::run(
                db,
                u"SELECT desk.create_booking(?, ?, '2031-07-02 09:00-04', '2031-07-02 10:00-04', "
                "15, 'confirmed')"_qs,
                {m_bayA, mech});
        }
        TestDatabase::closeConnection(pid);
    }));
    thread->start();
    // Wait (bounded) until the booking waits on a lock: then commit the unlinking.
    bool waiting = false;
    for (int i = 0; i < 600 && !waiting; ++i) {
        QThread::msleep(50);
        waiting = backend > 0 &&
                  m_db.scalar(u"SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = ?"_qs,
                              {int(backend)})
                      .toBool();
    }
    QVERIFY2(waiting, "the booking did not wait for the unlinking");
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"COMMIT"_qs));
    QVERIFY(thread->wait(60000));
    QVERIFY2(!raced.ok, "a booking slipped in for a mechanic being unlinked");
    QVERIFY2(raced.sqlState() == u"23514" || raced.sqlState() == u"P0002", qPrintable(raced.describe()));
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.bay_bookings WHERE mechanic_id = ? "
                         "AND status IN ('requested', 'confirmed')"_qs,
                         {mech})
                 .toInt(),
             0);
}

QTEST_GUILESS_MAIN(TstRoster)
#include "tst_roster.moc"
