// Re-uploads (issue 15, migration 0021), against a real PostgreSQL with the LOGIN roles that would
// run each call: a new submission for the same requirement supersedes an older pending one at once
// (its claim released), an older approved one only when the new one is approved (the mechanic keeps
// physical work meanwhile), the history of a requirement, and the queue's claim never offering a
// superseded row.

#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QTest>

using namespace adesk;

class TstSupersession : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void pendingIsSupersededAtInsert();
    void approvedIsSupersededWhenTheNewOneIsApproved();
    void rejectedReuploadLeavesTheApprovedOneInForce();
    void historyListsEverySubmissionOldestFirst();
    void historyIsForAdminsOnly();
    void claimNextSkipsSuperseded();
    void supersededCannotBeDecided();

private:
    QSqlDatabase as(const QString &who) const { return QSqlDatabase::database(u"sup_"_qs + who, false); }
    TestDatabase::SqlResult run(const QString &who, const QString &sql,
                                const QVariantList &binds = {}) const {
        return TestDatabase::run(as(who), sql, binds);
    }
    QString statusOf(qint64 id) {
        return m_db.scalar(u"SELECT status FROM desk.compliance_verifications WHERE id = ?"_qs, {id})
            .toString();
    }
    int versionOf(qint64 id) {
        return m_db.scalar(u"SELECT version FROM desk.compliance_verifications WHERE id = ?"_qs, {id})
            .toInt();
    }
    qint64 insurance(qint64 mechanic, const QString &policy, const QDate &expiry) {
        TestDatabase::VerificationData d = TestDatabase::completeData(u"insurance"_qs);
        d.policyNumber = policy;
        d.expiryDate = expiry;
        return m_db.insertVerification(u"mechanic"_qs, mechanic, u"insurance"_qs, d);
    }
    bool approve(qint64 id) {
        const auto r = run(u"admin"_qs, u"SELECT desk.approve_verification(?, ?)"_qs, {id, versionOf(id)});
        if (!r.ok)
            qWarning().noquote() << "approve" << id << r.describe();
        return r.ok;
    }

    TestDatabase m_db;
    QHash<QString, QString> m_roles;
    qint64 m_shop = 0;
};

void TstSupersession::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shop = m_db.insertWorkshop(u"Garage Supersede"_qs, u"ON"_qs);
    QVERIFY(m_shop);
    m_roles = m_db.createRoleLogins(u"sup"_qs, m_shop);
    QVERIFY(!m_roles.isEmpty());
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(it.value()), u"sup_"_qs + it.key());
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }
}

void TstSupersession::cleanupTestCase() {
    for (const QString &who : m_roles.keys())
        TestDatabase::closeConnection(u"sup_"_qs + who);
}

void TstSupersession::pendingIsSupersededAtInsert() {
    const qint64 mech = m_db.insertMechanic(u"Paul Pending"_qs, m_shop);
    QVERIFY(mech);
    const qint64 first = insurance(mech, u"POL-100"_qs, QDate::currentDate().addMonths(6));
    QVERIFY(first);
    // An admin is reading it when the mechanic uploads a new one.
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"SELECT * FROM desk.claim_verification(?, 600)"_qs, {first}));
    const int versionBefore = versionOf(first);
    const qint64 second = insurance(mech, u"POL-200"_qs, QDate::currentDate().addYears(1));
    QVERIFY(second);

    const auto row =
        m_db.run(u"SELECT status, superseded_by, claimed_by IS NULL, claim_expires_at IS NULL, version "
                 "FROM desk.compliance_verifications WHERE id = ?"_qs,
                 {first});
    ADESK_VERIFY_SQL(row);
    QCOMPARE(row.rows.first().at(0).toString(), u"superseded"_qs);
    QCOMPARE(row.rows.first().at(1).toLongLong(), second);
    QVERIFY2(row.rows.first().at(2).toBool() && row.rows.first().at(3).toBool(), "the claim is released");
    QCOMPARE(row.rows.first().at(4).toInt(), versionBefore + 1);
    QCOMPARE(statusOf(second), u"pending"_qs);
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE action = 'verification.supersede' "
                         "AND row_id = ? AND (detail ->> 'superseded_by')::bigint = ? "
                         "AND detail ->> 'from_status' = 'pending'"_qs,
                         {first, second})
                 .toInt(),
             1);
    // The admin's decision on the old one is refused: it changed under them.
    const auto stale = run(u"admin"_qs, u"SELECT desk.approve_verification(?, ?)"_qs, {first, versionBefore});
    QVERIFY(!stale.ok);
    QCOMPARE(stale.sqlState(), u"40001"_qs);
    // Another requirement of the same mechanic is untouched.
    const qint64 licence = m_db.insertVerification(u"mechanic"_qs, mech, u"business_license"_qs);
    QVERIFY(licence);
    QCOMPARE(statusOf(second), u"pending"_qs);
    QCOMPARE(statusOf(licence), u"pending"_qs);
}

void TstSupersession::approvedIsSupersededWhenTheNewOneIsApproved() {
    const qint64 mech = m_db.insertPhysicalMechanic(u"Anne Approved"_qs, m_shop, u"workshop_affiliated"_qs);
    QVERIFY(mech);
    const qint64 first = insurance(mech, u"POL-300"_qs, QDate::currentDate().addMonths(2));
    QVERIFY(first);
    QVERIFY(approve(first));
    const qint64 second = insurance(mech, u"POL-301"_qs, QDate::currentDate().addYears(1));
    QVERIFY(second);

    // While the new one waits, the approved one stays in force and the mechanic keeps physical work.
    QCOMPARE(statusOf(first), u"approved"_qs);
    QVERIFY(m_db.scalar(u"SELECT superseded_by IS NULL FROM desk.compliance_verifications WHERE id = ?"_qs,
                        {first})
                .toBool());
    QVERIFY(m_db.scalar(u"SELECT can_perform_physical_work FROM desk.mechanics WHERE id = ?"_qs, {mech})
                .toBool());
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE action = 'verification.supersede' "
                         "AND row_id = ?"_qs,
                         {first})
                 .toInt(),
             0);

    QVERIFY(approve(second));
    QCOMPARE(statusOf(first), u"superseded"_qs);
    QCOMPARE(m_db.scalar(u"SELECT superseded_by FROM desk.compliance_verifications WHERE id = ?"_qs, {first})
                 .toLongLong(),
             second);
    QCOMPARE(statusOf(second), u"approved"_qs);
    QVERIFY(m_db.scalar(u"SELECT can_perform_physical_work FROM desk.mechanics WHERE id = ?"_qs, {mech})
                .toBool());
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE action = 'verification.supersede' "
                         "AND row_id = ? AND detail ->> 'from_status' = 'approved'"_qs,
                         {first})
                 .toInt(),
             1);
    // Exactly one approved insurance remains for the mechanic.
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.compliance_verifications WHERE entity_type = 'mechanic' "
                         "AND entity_id = ? AND verification_type = 'insurance' AND status = 'approved'"_qs,
                         {mech})
                 .toInt(),
             1);
}

void TstSupersession::rejectedReuploadLeavesTheApprovedOneInForce() {
    const qint64 mech = m_db.insertPhysicalMechanic(u"Rita Rejected"_qs, m_shop, u"workshop_affiliated"_qs);
    QVERIFY(mech);
    const qint64 first = insurance(mech, u"POL-400"_qs, QDate::currentDate().addMonths(3));
    QVERIFY(first && approve(first));
    const qint64 second = insurance(mech, u"POL-401"_qs, QDate::currentDate().addYears(1));
    QVERIFY(second);
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"SELECT desk.reject_verification(?, ?, 'poor_quality')"_qs,
                         {second, versionOf(second)}));
    QCOMPARE(statusOf(second), u"rejected"_qs);
    QCOMPARE(statusOf(first), u"approved"_qs);
    QVERIFY(m_db.scalar(u"SELECT can_perform_physical_work FROM desk.mechanics WHERE id = ?"_qs, {mech})
                .toBool());
}

void TstSupersession::historyListsEverySubmissionOldestFirst() {
    const qint64 mech = m_db.insertMechanic(u"Henri Historique"_qs, m_shop);
    QVERIFY(mech);
    const QDate e1 = QDate::currentDate().addMonths(4);
    const QDate e2 = QDate::currentDate().addYears(1);
    const qint64 first = insurance(mech, u"POL-500"_qs, e1);
    QVERIFY(first && approve(first));
    const qint64 second = insurance(mech, u"POL-501"_qs, e2);
    QVERIFY(second);
    // Another mechanic's insurance never shows.
    const qint64 other = m_db.insertMechanic(u"Olivier Autre"_qs, m_shop);
    QVERIFY(other && insurance(other, u"POL-999"_qs, e2));

    const auto h = run(
        u"admin"_qs,
        u"SELECT id, status, policy_number, expiry_date, coverage_amount_cents, document_name, "
        "submitted_at IS NOT NULL, verified_at IS NOT NULL, decided_by FROM desk.verification_history(?)"_qs,
        {second});
    ADESK_VERIFY_SQL(h);
    QCOMPARE(h.rows.size(), 2);
    QCOMPARE(h.rows.at(0).at(0).toLongLong(), first);
    QCOMPARE(h.rows.at(0).at(1).toString(), u"approved"_qs);
    QCOMPARE(h.rows.at(0).at(2).toString(), u"POL-500"_qs);
    QCOMPARE(h.rows.at(0).at(3).toDate(), e1);
    QCOMPARE(h.rows.at(0).at(4).toLongLong(), 200000000LL);
    QVERIFY(!h.rows.at(0).at(5).toString().isEmpty());
    QVERIFY(h.rows.at(0).at(6).toBool() && h.rows.at(0).at(7).toBool());
    QCOMPARE(h.rows.at(0).at(8).toString(), u"Sup admin"_qs);
    QCOMPARE(h.rows.at(1).at(0).toLongLong(), second);
    QCOMPARE(h.rows.at(1).at(1).toString(), u"pending"_qs);
    QCOMPARE(h.rows.at(1).at(2).toString(), u"POL-501"_qs);
    QCOMPARE(h.rows.at(1).at(3).toDate(), e2);
    QVERIFY(!h.rows.at(1).at(7).toBool());
    // Asked from the older one: the same history.
    const auto fromFirst = run(u"admin"_qs, u"SELECT id FROM desk.verification_history(?)"_qs, {first});
    ADESK_VERIFY_SQL(fromFirst);
    QCOMPARE(fromFirst.column(), (QVariantList{first, second}));
}

void TstSupersession::historyIsForAdminsOnly() {
    const qint64 mech = m_db.insertMechanic(u"Sophie Secret"_qs, m_shop);
    const qint64 id = insurance(mech, u"POL-600"_qs, QDate::currentDate().addYears(1));
    QVERIFY(id);
    for (const QString &who : {u"owner"_qs, u"finance"_qs}) {
        const auto r = run(who, u"SELECT * FROM desk.verification_history(?)"_qs, {id});
        QVERIFY2(!r.ok, qPrintable(who));
        QCOMPARE(r.sqlState(), u"42501"_qs);
    }
    // An unknown id: P0002, nothing else.
    const auto missing = run(u"admin"_qs, u"SELECT * FROM desk.verification_history(987654321)"_qs);
    QVERIFY(!missing.ok);
    QCOMPARE(missing.sqlState(), u"P0002"_qs);
    QCOMPARE(missing.error.serverMessage, u"verification 987654321 does not exist"_qs);
}

void TstSupersession::claimNextSkipsSuperseded() {
    const qint64 mech = m_db.insertMechanic(u"Claude Claim"_qs, m_shop);
    QVERIFY(mech);
    const qint64 first = insurance(mech, u"POL-700"_qs, QDate::currentDate().addYears(1));
    const qint64 second = insurance(mech, u"POL-701"_qs, QDate::currentDate().addYears(1));
    QVERIFY(first && second);
    QCOMPARE(statusOf(first), u"superseded"_qs);
    // Both older than anything else in the queue: a superseded row offered would come first.
    QVERIFY(m_db.exec(u"UPDATE desk.compliance_verifications SET submitted_at = '2001-01-01' WHERE id = ?"_qs,
                      {first}));
    QVERIFY(m_db.exec(u"UPDATE desk.compliance_verifications SET submitted_at = '2001-01-02' WHERE id = ?"_qs,
                      {second}));
    const auto next = run(u"admin"_qs, u"SELECT desk.claim_next_verification(600)"_qs);
    ADESK_VERIFY_SQL(next);
    QCOMPARE(next.scalar().toLongLong(), second);
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"SELECT desk.release_verification(?)"_qs, {second}));
    // Claiming the superseded one by id: nothing to claim.
    const auto direct =
        run(u"admin"_qs, u"SELECT claimed_by FROM desk.claim_verification(?, 600)"_qs, {first});
    ADESK_VERIFY_SQL(direct);
    QVERIFY(direct.scalar().isNull());
}

void TstSupersession::supersededCannotBeDecided() {
    const qint64 mech = m_db.insertMechanic(u"Denis Decided"_qs, m_shop);
    const qint64 first = insurance(mech, u"POL-800"_qs, QDate::currentDate().addYears(1));
    const qint64 second = insurance(mech, u"POL-801"_qs, QDate::currentDate().addYears(1));
    QVERIFY(first && second);
    const auto r = run(u"admin"_qs, u"SELECT desk.approve_verification(?, ?)"_qs, {first, versionOf(first)});
    QVERIFY(!r.ok);
    QCOMPARE(r.sqlState(), u"AD001"_qs);
    QCOMPARE(r.error.serverMessage, u"verification %1 is already superseded"_qs.arg(first));
}

QTEST_GUILESS_MAIN(TstSupersession)
#include "tst_supersession.moc"
