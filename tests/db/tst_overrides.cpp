// Overrides with a second admin (issue 15, migration 0021), run as two real admin logins (plus an
// owner and finance): a document flagged "potentially
// edited" is approved only after another admin approved an override; a mechanic's service tier
// changes by hand only when another admin approves, in the same transaction; the requester can
// never decide (the function refuses by login and by profile; one profile has one login, so the
// table's CHECK on profiles is exercised directly); retries with the same
// request key do the work once; owners and finance are refused; desk.override_requests is read by
// admins only.

#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QTest>
#include <QUuid>

using namespace adesk;

namespace {
QString newKey() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}
} // namespace

class TstOverrides : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void flaggedApprovalNeedsAnApprovedOverride();
    void flaggingIsAudited();
    void requesterCannotDecide();
    void tierChangeIsExecutedOnApproval();
    void tierChangeRespectsTheMechanicsChecks();
    void rejectedOverrideChangesNothing();
    void retriesWithTheSameKeyAreIdempotent();
    void ownersAndFinanceAreRefused();
    void unknownIdsRevealNothing();

private:
    QSqlDatabase as(const QString &who) const { return QSqlDatabase::database(u"ovr_"_qs + who, false); }
    TestDatabase::SqlResult run(const QString &who, const QString &sql,
                                const QVariantList &binds = {}) const {
        return TestDatabase::run(as(who), sql, binds);
    }
    int versionOf(qint64 id) {
        return m_db.scalar(u"SELECT version FROM desk.compliance_verifications WHERE id = ?"_qs, {id})
            .toInt();
    }
    QString statusOf(qint64 id) {
        return m_db.scalar(u"SELECT status FROM desk.compliance_verifications WHERE id = ?"_qs, {id})
            .toString();
    }
    qint64 flagged(const QString &name) {
        const qint64 mech = m_db.insertMechanic(name, m_shop);
        const qint64 id = mech ? m_db.insertVerification(u"mechanic"_qs, mech, u"insurance"_qs) : 0;
        if (!id)
            return 0;
        const auto r = run(u"admin1"_qs, u"SELECT desk.flag_verification_edited(?::uuid, ?, ?)"_qs,
                           {newKey(), id, u"Fonts differ in the policy number"_qs});
        if (!r.ok)
            qWarning().noquote() << "flag" << r.describe();
        return r.ok ? id : 0;
    }
    qint64 request(const QString &who, const QString &kind, qint64 target, const QString &payload,
                   const QString &reason = u"Checked with the insurer by phone"_qs) {
        const auto r = run(who, u"SELECT desk.request_override(?::uuid, ?, ?, ?::jsonb, ?)"_qs,
                           {newKey(), kind, target, payload, reason});
        if (!r.ok)
            qWarning().noquote() << "request" << r.describe();
        return r.ok ? r.scalar().toLongLong() : 0;
    }
    TestDatabase::SqlResult decide(const QString &who, qint64 id, bool approve, const QString &note = {}) {
        return run(who, u"SELECT desk.decide_override(?::uuid, ?, ?, ?)"_qs,
                   {newKey(), id, approve, note.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : note});
    }
    int audits(const QString &action, const QString &table, qint64 row) {
        return m_db
            .scalar(
                u"SELECT count(*) FROM desk.audit_log WHERE action = ? AND table_name = ? AND row_id = ?"_qs,
                {action, table, row})
            .toInt();
    }

    TestDatabase m_db;
    QHash<QString, QString> m_roles;
    qint64 m_shop = 0;
};

void TstOverrides::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shop = m_db.insertWorkshop(u"Garage Override"_qs, u"QC"_qs);
    QVERIFY(m_shop);
    const QList<std::tuple<QString, QString, QList<qint64>>> logins = {
        {u"admin1"_qs, u"adesk_platform_admin"_qs, {}},
        {u"admin2"_qs, u"adesk_platform_admin"_qs, {}},
        {u"owner"_qs, u"adesk_workshop_owner"_qs, {m_shop}},
        {u"finance"_qs, u"adesk_finance"_qs, {}},
    };
    for (const auto &[who, group, shops] : logins) {
        const QString role = m_db.roleName(u"o"_qs + who);
        QVERIFY(m_db.createLogin(role, group, who, shops));
        m_roles.insert(who, role);
    }
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(it.value()), u"ovr_"_qs + it.key());
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }
}

void TstOverrides::cleanupTestCase() {
    for (const QString &who : m_roles.keys())
        TestDatabase::closeConnection(u"ovr_"_qs + who);
}

void TstOverrides::flaggedApprovalNeedsAnApprovedOverride() {
    const qint64 id = flagged(u"Fanny Flag"_qs);
    QVERIFY(id);
    // Refused for everyone while no override is approved, the requester's colleague included.
    for (const QString &who : {u"admin1"_qs, u"admin2"_qs}) {
        const auto r = run(who, u"SELECT desk.approve_verification(?, ?)"_qs, {id, versionOf(id)});
        QVERIFY2(!r.ok, qPrintable(who));
        QCOMPARE(r.sqlState(), u"AD003"_qs);
        QVERIFY(r.error.serverMessage.contains(u"second admin"_qs));
    }
    QCOMPARE(statusOf(id), u"pending"_qs);
    // Rejecting needs no override.
    const qint64 override = request(u"admin1"_qs, u"approve_flagged_verification"_qs, id, u"{}"_qs);
    QVERIFY(override);
    // A pending override is not enough.
    QVERIFY(!run(u"admin1"_qs, u"SELECT desk.approve_verification(?, ?)"_qs, {id, versionOf(id)}).ok);
    const auto approved = decide(u"admin2"_qs, override, true, u"Insurer confirmed"_qs);
    ADESK_VERIFY_SQL(approved);
    QCOMPARE(approved.scalar().toString(), u"approved"_qs);
    // The document itself is not approved by the override: the first admin approves it now.
    QCOMPARE(statusOf(id), u"pending"_qs);
    ADESK_VERIFY_SQL(run(u"admin1"_qs, u"SELECT desk.approve_verification(?, ?)"_qs, {id, versionOf(id)}));
    QCOMPARE(statusOf(id), u"approved"_qs);
    QCOMPARE(audits(u"override.request"_qs, u"override_requests"_qs, override), 1);
    QCOMPARE(audits(u"override.approve"_qs, u"override_requests"_qs, override), 1);
    const auto row = m_db.run(u"SELECT status, decided_login, requested_login, decided_at IS NOT NULL "
                              "FROM desk.override_requests WHERE id = ?"_qs,
                              {override});
    ADESK_VERIFY_SQL(row);
    QCOMPARE(row.rows.first().at(0).toString(), u"approved"_qs);
    QCOMPARE(row.rows.first().at(1).toString(), m_roles.value(u"admin2"_qs));
    QCOMPARE(row.rows.first().at(2).toString(), m_roles.value(u"admin1"_qs));
    QVERIFY(row.rows.first().at(3).toBool());
}

void TstOverrides::flaggingIsAudited() {
    const qint64 id = flagged(u"Gaston Audit"_qs);
    QVERIFY(id);
    const auto row =
        m_db.run(u"SELECT edit_flagged_at IS NOT NULL, edit_flag_reason, p.full_name "
                 "FROM desk.compliance_verifications v JOIN desk.profiles p ON p.id = v.edit_flagged_by "
                 "WHERE v.id = ?"_qs,
                 {id});
    ADESK_VERIFY_SQL(row);
    QCOMPARE(row.rows.size(), 1);
    QVERIFY(row.rows.first().at(0).toBool());
    QCOMPARE(row.rows.first().at(1).toString(), u"Fonts differ in the policy number"_qs);
    QCOMPARE(row.rows.first().at(2).toString(), u"admin1"_qs);
    QCOMPARE(audits(u"verification.flag_edited"_qs, u"compliance_verifications"_qs, id), 1);
    // A reason is required; a decided document cannot be flagged.
    const auto noReason = run(u"admin2"_qs, u"SELECT desk.flag_verification_edited(?, '  ')"_qs, {id});
    QVERIFY(!noReason.ok);
    QCOMPARE(noReason.sqlState(), u"22023"_qs);
    ADESK_VERIFY_SQL(run(u"admin2"_qs, u"SELECT desk.reject_verification(?, ?, 'wrong_document')"_qs,
                         {id, versionOf(id)}));
    const auto decided = run(u"admin2"_qs, u"SELECT desk.flag_verification_edited(?, 'again')"_qs, {id});
    QVERIFY(!decided.ok);
    QCOMPARE(decided.sqlState(), u"AD001"_qs);
}

void TstOverrides::requesterCannotDecide() {
    const qint64 id = flagged(u"Hugo Himself"_qs);
    QVERIFY(id);
    const qint64 override = request(u"admin1"_qs, u"approve_flagged_verification"_qs, id, u"{}"_qs);
    QVERIFY(override);
    {
        const auto r = decide(u"admin1"_qs, override, true);
        QVERIFY(!r.ok);
        QCOMPARE(r.sqlState(), u"42501"_qs);
        QCOMPARE(r.error.serverMessage,
                 u"an override must be decided by another admin than the one who asked for it"_qs);
    }
    QCOMPARE(m_db.scalar(u"SELECT status FROM desk.override_requests WHERE id = ?"_qs, {override}).toString(),
             u"pending"_qs);
    // The table refuses it too, whoever writes.
    const auto byCheck =
        m_db.run(u"UPDATE desk.override_requests SET status = 'approved', decided_by = requested_by, "
                 "decided_login = 'someone_else', decided_at = now() WHERE id = ?"_qs,
                 {override});
    QVERIFY(!byCheck.ok);
    QCOMPARE(byCheck.sqlState(), u"23514"_qs);
    // A second pending request for the same document is refused.
    const auto twice = run(u"admin2"_qs,
                           u"SELECT desk.request_override(?::uuid, 'approve_flagged_verification', ?, "
                           "'{}'::jsonb, 'again')"_qs,
                           {newKey(), id});
    QVERIFY(!twice.ok);
    QCOMPARE(twice.sqlState(), u"23505"_qs);
}

void TstOverrides::tierChangeIsExecutedOnApproval() {
    const qint64 mech = m_db.insertMechanic(u"Irène Tier"_qs, m_shop);
    QVERIFY(mech);
    QCOMPARE(m_db.scalar(u"SELECT service_tier FROM desk.mechanics WHERE id = ?"_qs, {mech}).toString(),
             u"virtual_only"_qs);
    const qint64 override = request(u"admin1"_qs, u"change_service_tier"_qs, mech,
                                    u"{\"service_tier\": \"workshop_affiliated\"}"_qs);
    QVERIFY(override);
    QCOMPARE(m_db.scalar(u"SELECT service_tier FROM desk.mechanics WHERE id = ?"_qs, {mech}).toString(),
             u"virtual_only"_qs);
    QCOMPARE(
        m_db.scalar(u"SELECT payload ->> 'from_service_tier' FROM desk.override_requests WHERE id = ?"_qs,
                    {override})
            .toString(),
        u"virtual_only"_qs);
    ADESK_VERIFY_SQL(decide(u"admin2"_qs, override, true));
    QCOMPARE(m_db.scalar(u"SELECT service_tier FROM desk.mechanics WHERE id = ?"_qs, {mech}).toString(),
             u"workshop_affiliated"_qs);
    QCOMPARE(audits(u"mechanic.service_tier_override"_qs, u"mechanics"_qs, mech), 1);

    // Back to virtual only for a mechanic doing physical work: the work is withdrawn with it.
    const qint64 physical =
        m_db.insertPhysicalMechanic(u"Jules Physique"_qs, m_shop, u"workshop_affiliated"_qs);
    QVERIFY(physical);
    const qint64 down = request(u"admin2"_qs, u"change_service_tier"_qs, physical,
                                u"{\"service_tier\": \"virtual_only\"}"_qs);
    QVERIFY(down);
    ADESK_VERIFY_SQL(decide(u"admin1"_qs, down, true, u"Asked by the mechanic"_qs));
    const auto m = m_db.run(
        u"SELECT service_tier, can_perform_physical_work FROM desk.mechanics WHERE id = ?"_qs, {physical});
    QCOMPARE(m.rows.first().at(0).toString(), u"virtual_only"_qs);
    QVERIFY(!m.rows.first().at(1).toBool());
}

void TstOverrides::tierChangeRespectsTheMechanicsChecks() {
    // No workshop: refused at the request already.
    const qint64 loner = m_db.insertMechanic(u"Karl Seul"_qs);
    QVERIFY(loner);
    const auto early = run(u"admin1"_qs,
                           u"SELECT desk.request_override(?::uuid, 'change_service_tier', ?, "
                           "'{\"service_tier\": \"workshop_affiliated\"}'::jsonb, 'why not')"_qs,
                           {newKey(), loner});
    QVERIFY(!early.ok);
    QCOMPARE(early.sqlState(), u"23514"_qs);
    QCOMPARE(early.error.serverMessage, u"a mechanic without a workshop cannot be workshop-affiliated"_qs);
    // The workshop goes away between the request and the decision: refused then, the request stays pending.
    const qint64 mech = m_db.insertMechanic(u"Léa Partie"_qs, m_shop);
    const qint64 override = request(u"admin1"_qs, u"change_service_tier"_qs, mech,
                                    u"{\"service_tier\": \"workshop_affiliated\"}"_qs);
    QVERIFY(override);
    QVERIFY(m_db.exec(
        u"UPDATE desk.mechanics SET workshop_id = NULL, account_type = 'independent' WHERE id = ?"_qs,
        {mech}));
    const auto late = decide(u"admin2"_qs, override, true);
    QVERIFY(!late.ok);
    QCOMPARE(late.sqlState(), u"23514"_qs);
    QCOMPARE(m_db.scalar(u"SELECT status FROM desk.override_requests WHERE id = ?"_qs, {override}).toString(),
             u"pending"_qs);
    QCOMPARE(m_db.scalar(u"SELECT service_tier FROM desk.mechanics WHERE id = ?"_qs, {mech}).toString(),
             u"virtual_only"_qs);
    // An unknown tier never reaches the table.
    const auto bogus = run(u"admin1"_qs,
                           u"SELECT desk.request_override(?::uuid, 'change_service_tier', ?, "
                           "'{\"service_tier\": \"astronaut\"}'::jsonb, 'why not')"_qs,
                           {newKey(), mech});
    QVERIFY(!bogus.ok);
    QCOMPARE(bogus.sqlState(), u"22023"_qs);
}

void TstOverrides::rejectedOverrideChangesNothing() {
    const qint64 mech = m_db.insertMechanic(u"Marc Refus"_qs, m_shop);
    const qint64 override =
        request(u"admin1"_qs, u"change_service_tier"_qs, mech, u"{\"service_tier\": \"licensed_mobile\"}"_qs);
    QVERIFY(override);
    const auto noNote = decide(u"admin2"_qs, override, false);
    QVERIFY(!noNote.ok);
    QCOMPARE(noNote.sqlState(), u"22023"_qs);
    const auto rejected = decide(u"admin2"_qs, override, false, u"No mobile licence on file"_qs);
    ADESK_VERIFY_SQL(rejected);
    QCOMPARE(rejected.scalar().toString(), u"rejected"_qs);
    QCOMPARE(m_db.scalar(u"SELECT service_tier FROM desk.mechanics WHERE id = ?"_qs, {mech}).toString(),
             u"virtual_only"_qs);
    QCOMPARE(audits(u"override.reject"_qs, u"override_requests"_qs, override), 1);
    // Decided once: a second decision is refused.
    const auto again = decide(u"admin2"_qs, override, true);
    QVERIFY(!again.ok);
    QCOMPARE(again.sqlState(), u"AD001"_qs);
}

void TstOverrides::retriesWithTheSameKeyAreIdempotent() {
    const qint64 mech = m_db.insertMechanic(u"Nadia Retry"_qs, m_shop);
    const QString key = newKey();
    const QString sql = u"SELECT desk.request_override(?::uuid, 'change_service_tier', ?, "
                        "'{\"service_tier\": \"workshop_affiliated\"}'::jsonb, 'retry')"_qs;
    const auto first = run(u"admin1"_qs, sql, {key, mech});
    const auto second = run(u"admin1"_qs, sql, {key, mech});
    ADESK_VERIFY_SQL(first);
    ADESK_VERIFY_SQL(second);
    QCOMPARE(second.scalar().toLongLong(), first.scalar().toLongLong());
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.override_requests WHERE target_id = ? "
                         "AND kind = 'change_service_tier'"_qs,
                         {mech})
                 .toInt(),
             1);
    const qint64 override = first.scalar().toLongLong();
    const QString decideKey = newKey();
    const QString decideSql = u"SELECT desk.decide_override(?::uuid, ?, true, NULL)"_qs;
    const auto d1 = run(u"admin2"_qs, decideSql, {decideKey, override});
    const auto d2 = run(u"admin2"_qs, decideSql, {decideKey, override});
    ADESK_VERIFY_SQL(d1);
    ADESK_VERIFY_SQL(d2);
    QCOMPARE(d2.scalar().toString(), u"approved"_qs);
    QCOMPARE(audits(u"override.approve"_qs, u"override_requests"_qs, override), 1);
    QCOMPARE(audits(u"mechanic.service_tier_override"_qs, u"mechanics"_qs, mech), 1);
    // The same key from another login is unknown to it.
    const auto stolen = run(u"admin1"_qs, decideSql, {decideKey, override});
    QVERIFY(!stolen.ok);
    QCOMPARE(stolen.sqlState(), u"P0002"_qs);

    const qint64 v = m_db.insertVerification(u"mechanic"_qs, mech, u"insurance"_qs);
    const QString flagKey = newKey();
    const QString flagSql = u"SELECT desk.flag_verification_edited(?::uuid, ?, 'retry')"_qs;
    const auto f1 = run(u"admin1"_qs, flagSql, {flagKey, v});
    const auto f2 = run(u"admin1"_qs, flagSql, {flagKey, v});
    ADESK_VERIFY_SQL(f1);
    ADESK_VERIFY_SQL(f2);
    QCOMPARE(f2.scalar().toInt(), f1.scalar().toInt());
    QCOMPARE(audits(u"verification.flag_edited"_qs, u"compliance_verifications"_qs, v), 1);
}

void TstOverrides::ownersAndFinanceAreRefused() {
    const qint64 id = flagged(u"Odile Owner"_qs);
    QVERIFY(id);
    const qint64 override = request(u"admin1"_qs, u"approve_flagged_verification"_qs, id, u"{}"_qs);
    QVERIFY(override);
    const qint64 mech = m_db.insertMechanic(u"Pierre Tier"_qs, m_shop);
    for (const QString &who : {u"owner"_qs, u"finance"_qs}) {
        const QList<std::pair<QString, QVariantList>> calls = {
            {u"SELECT desk.flag_verification_edited(?::uuid, ?, 'x')"_qs, {newKey(), id}},
            {u"SELECT desk.flag_verification_edited(?, 'x')"_qs, {id}},
            {u"SELECT desk.request_override(?::uuid, 'change_service_tier', ?, "
             "'{\"service_tier\": \"workshop_affiliated\"}'::jsonb, 'x')"_qs,
             {newKey(), mech}},
            {u"SELECT desk.request_override('change_service_tier', ?, "
             "'{\"service_tier\": \"workshop_affiliated\"}'::jsonb, 'x')"_qs,
             {mech}},
            {u"SELECT desk.decide_override(?::uuid, ?, true, NULL)"_qs, {newKey(), override}},
            {u"SELECT desk.decide_override(?, true, NULL)"_qs, {override}},
            {u"SELECT count(*) FROM desk.override_requests"_qs, {}},
        };
        for (const auto &[sql, binds] : calls) {
            const auto r = run(who, sql, binds);
            QVERIFY2(!r.ok, qPrintable(who + u": "_qs + sql));
            QCOMPARE(r.sqlState(), u"42501"_qs);
        }
    }
    QCOMPARE(m_db.scalar(u"SELECT status FROM desk.override_requests WHERE id = ?"_qs, {override}).toString(),
             u"pending"_qs);
    // Admins read the table.
    const auto seen =
        run(u"admin2"_qs, u"SELECT count(*) FROM desk.override_requests WHERE id = ?"_qs, {override});
    ADESK_VERIFY_SQL(seen);
    QCOMPARE(seen.scalar().toInt(), 1);
}

void TstOverrides::unknownIdsRevealNothing() {
    const auto d = decide(u"admin2"_qs, 987654321, true);
    QVERIFY(!d.ok);
    QCOMPARE(d.sqlState(), u"P0002"_qs);
    QCOMPARE(d.error.serverMessage, u"override 987654321 does not exist"_qs);
    const auto f =
        run(u"admin2"_qs, u"SELECT desk.flag_verification_edited(?::uuid, 987654321, 'x')"_qs, {newKey()});
    QVERIFY(!f.ok);
    QCOMPARE(f.sqlState(), u"P0002"_qs);
    QCOMPARE(f.error.serverMessage, u"verification 987654321 does not exist"_qs);
    const auto r = run(u"admin2"_qs,
                       u"SELECT desk.request_override(?::uuid, 'change_service_tier', 987654321, "
                       "'{\"service_tier\": \"workshop_affiliated\"}'::jsonb, 'x')"_qs,
                       {newKey()});
    QVERIFY(!r.ok);
    QCOMPARE(r.sqlState(), u"P0002"_qs);
    QCOMPARE(r.error.serverMessage, u"mechanic 987654321 does not exist"_qs);
}

QTEST_GUILESS_MAIN(TstOverrides)
#include "tst_overrides.moc"
