// The review work queue under contention: eight admins on eight connections race for claims with
// desk.claim_next_verification() (FOR UPDATE SKIP LOCKED); leases, lapsed leases, release, and
// decisions against another admin's lease.

#include "tests/support/testdatabase.h"

#include <QSet>
#include <QSqlError>
#include <QTest>
#include <QThread>

#include <atomic>
#include <latch>
#include <memory>
#include <mutex>

using namespace adesk;

namespace {
constexpr int kAdmins = 8;
constexpr int kClaims = 1000;
constexpr int kPending = 1100;
} // namespace

class TstClaims : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void racingClaimsNeverHandOutTheSameItemTwice();
    void lapsedLeaseGoesToTheNextClaimer();
    void claimHeldByAnotherAdminIsRefused();
    void leaseLengthIsBounded();
    void claimNextLeaseLengthIsBounded();
    void lapsedLeaseIsReclaimable();
    void releaseFreesTheItem();
    void decidingAgainstAnotherAdminsLeaseIsRefused();
    void unknownItem();

private:
    TestDatabase::SqlResult as(int admin, const QString &sql, const QVariantList &binds = {}) const {
        return TestDatabase::run(QSqlDatabase::database(connName(admin), false), sql, binds);
    }
    static QString connName(int admin) { return QStringLiteral("tst_claims_main_%1").arg(admin); }
    qint64 newPending();
    QString holder(qint64 id) {
        return m_db
            .scalar(
                QStringLiteral(
                    "SELECT coalesce(claimed_by::text, '-') FROM desk.compliance_verifications WHERE id = ?"),
                {id})
            .toString();
    }

    TestDatabase m_db;
    QStringList m_admins;
    qint64 m_workshop = 0;
};

void TstClaims::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    // These tests race eight admins for a thousand claims (125 each): lift the per-admin cap on live
    // claims (0008, a row of desk.desk_settings; tst_tenancy tests the cap itself).
    if (m_db.scalar(QStringLiteral("SELECT to_regclass('desk.desk_settings') IS NOT NULL")).toBool())
        QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.desk_settings SET int_value = %1 "
                                         "WHERE name = 'max_live_claims_per_admin'")
                              .arg(kClaims)));
    m_workshop = m_db.insertWorkshop(QStringLiteral("Garage Queue"), QStringLiteral("AB"));
    QVERIFY(m_workshop > 0);
    for (int i = 0; i < kAdmins; ++i) {
        const QString role = m_db.roleName(QStringLiteral("admin%1").arg(i));
        QVERIFY(m_db.createLogin(role, QStringLiteral("adesk_platform_admin"),
                                 QStringLiteral("Admin %1").arg(i)));
        m_admins << role;
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), connName(i));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }
    // A backlog bigger than the number of claims, submitted over time: one pending document per
    // workshop, as the platform holds them (a second submission for the same requirement supersedes
    // the first: 0021).
    QVERIFY(
        m_db.exec(QStringLiteral("WITH shops AS ("
                                 "  INSERT INTO desk.organizations (name, address_line, city, province, "
                                 "    postal_code, time_zone) "
                                 "  SELECT 'Garage Queue ' || g, o.address_line, o.city, o.province, "
                                 "         o.postal_code, o.time_zone "
                                 "    FROM desk.organizations o, generate_series(1, %2) g WHERE o.id = %1 "
                                 "  RETURNING id) "
                                 "INSERT INTO desk.compliance_verifications (entity_type, entity_id, "
                                 "verification_type, submitted_at) "
                                 "SELECT 'workshop', s.id, 'zoning', now() - make_interval(secs => %2 - s.n) "
                                 "  FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM shops) s")
                      .arg(m_workshop)
                      .arg(kPending)));
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT count(*) FROM desk.compliance_verifications WHERE status = 'pending' "
                             "AND claimed_by IS NULL"))
                 .toInt(),
             kPending);
}

void TstClaims::cleanupTestCase() {
    for (int i = 0; i < kAdmins; ++i)
        TestDatabase::closeConnection(connName(i));
}

qint64 TstClaims::newPending() {
    // A workshop of its own: another pending zoning document of the same workshop would supersede it.
    const qint64 shop = m_db.insertWorkshop(QStringLiteral("Garage Pending"), QStringLiteral("AB"));
    return shop ? m_db.insertVerification(QStringLiteral("workshop"), shop, QStringLiteral("zoning")) : 0;
}

void TstClaims::racingClaimsNeverHandOutTheSameItemTwice() {
    struct Outcome {
        QList<qint64> ids;
        int nulls = 0;
        QStringList errors;
    };
    std::vector<Outcome> outcomes(kAdmins);
    std::latch connected(kAdmins);
    std::latch go(1);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < kAdmins; ++i) {
        const ConnectionSettings settings = m_db.login(m_admins.at(i));
        Outcome *out = &outcomes[size_t(i)];
        threads.emplace_back(QThread::create([settings, out, i, &connected, &go] {
            const QString name = QStringLiteral("tst_claims_racer_%1").arg(i);
            {
                QSqlDatabase db = TestDatabase::openConnection(settings, name);
                connected.count_down();
                go.wait();
                if (!db.isOpen()) {
                    out->errors << db.lastError().text();
                } else {
                    for (int n = 0; n < kClaims / kAdmins; ++n) {
                        const TestDatabase::SqlResult r =
                            TestDatabase::run(db, QStringLiteral("SELECT desk.claim_next_verification(600)"));
                        if (!r.ok)
                            out->errors << r.describe();
                        else if (r.scalar().isNull())
                            ++out->nulls;
                        else
                            out->ids << r.scalar().toLongLong();
                    }
                }
            }
            TestDatabase::closeConnection(name);
        }));
        threads.back()->start();
    }
    connected.wait();
    go.count_down();
    for (auto &t : threads)
        QVERIFY(t->wait(60000));

    QSet<qint64> unique;
    QHash<qint64, int> claimer;
    int total = 0;
    int nulls = 0;
    for (int i = 0; i < kAdmins; ++i) {
        const Outcome &o = outcomes[size_t(i)];
        QVERIFY2(o.errors.isEmpty(), qPrintable(o.errors.join(u'\n')));
        nulls += o.nulls;
        total += o.nulls + int(o.ids.size());
        for (qint64 id : o.ids) {
            QVERIFY2(!unique.contains(id),
                     qPrintable(QStringLiteral("verification %1 claimed twice").arg(id)));
            unique.insert(id);
            claimer[id] = i;
        }
    }
    QCOMPARE(total, kClaims);
    // The backlog exceeds the claims: nobody was starved while work remained.
    QCOMPARE(nulls, 0);
    QCOMPARE(int(unique.size()), kClaims);

    // The database agrees: each claimed row is held by the admin whose call returned it, and the
    // claimed rows are the oldest submissions.
    const TestDatabase::SqlResult held = m_db.run(
        QStringLiteral("SELECT id, claimed_by::text, claim_expires_at > now() + interval '500 seconds' "
                       "FROM desk.compliance_verifications WHERE claimed_by IS NOT NULL ORDER BY id"));
    ADESK_VERIFY_SQL(held);
    QCOMPARE(int(held.rows.size()), kClaims);
    for (const QVariantList &row : held.rows) {
        const qint64 id = row.at(0).toLongLong();
        QVERIFY2(claimer.contains(id),
                 qPrintable(QStringLiteral("row %1 is claimed but no call returned it").arg(id)));
        QCOMPARE(row.at(1).toString(), m_admins.at(claimer.value(id)));
        QVERIFY(row.at(2).toBool());
    }
    const TestDatabase::SqlResult oldest =
        m_db.run(QStringLiteral("SELECT count(*) FROM (SELECT id, claimed_by FROM "
                                "desk.compliance_verifications WHERE status = 'pending' "
                                "ORDER BY submitted_at, id LIMIT %1) s WHERE claimed_by IS NULL")
                     .arg(kClaims));
    ADESK_VERIFY_SQL(oldest);
    QCOMPARE(oldest.scalar().toInt(), 0);
    // Claiming is not an edit.
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.compliance_verifications WHERE version <> 1"))
            .toInt(),
        0);
}

void TstClaims::lapsedLeaseGoesToTheNextClaimer() {
    // The oldest claimed item's lease lapses: it is the next one handed out, before newer work.
    const qint64 oldest =
        m_db.scalar(
                QStringLiteral("SELECT id FROM desk.compliance_verifications WHERE claimed_by IS NOT NULL "
                               "ORDER BY submitted_at, id LIMIT 1"))
            .toLongLong();
    QVERIFY(oldest > 0);
    const QString previous = holder(oldest);
    const int next = (int(m_admins.indexOf(previous)) + 1) % kAdmins;
    QVERIFY(m_db.exec(
        QStringLiteral(
            "UPDATE desk.compliance_verifications SET claim_expires_at = now() - interval '1 second' "
            "WHERE id = ?"),
        {oldest}));
    const TestDatabase::SqlResult r = as(next, QStringLiteral("SELECT desk.claim_next_verification(60)"));
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.scalar().toLongLong(), oldest);
    QCOMPARE(holder(oldest), m_admins.at(next));
}

void TstClaims::claimHeldByAnotherAdminIsRefused() {
    const qint64 id = newPending();
    QVERIFY(id > 0);
    const TestDatabase::SqlResult mine = as(
        0, QStringLiteral("SELECT claimed_by::text, version FROM desk.claim_verification(?::bigint)"), {id});
    ADESK_VERIFY_SQL(mine);
    QCOMPARE(mine.rows.value(0).value(0).toString(), m_admins.at(0));
    QCOMPARE(mine.rows.value(0).value(1).toInt(), 1);
    // Renewing one's own claim is fine.
    ADESK_VERIFY_SQL(as(0, QStringLiteral("SELECT * FROM desk.claim_verification(?::bigint, 1200)"), {id}));

    const TestDatabase::SqlResult theirs =
        as(1, QStringLiteral("SELECT * FROM desk.claim_verification(?::bigint)"), {id});
    QVERIFY(!theirs.ok);
    QCOMPARE(theirs.sqlState(), QStringLiteral("55P03"));
    QCOMPARE(theirs.error.kind, DbError::Kind::Claimed);
    QVERIFY2(theirs.error.serverMessage.contains(m_admins.at(0)), qPrintable(theirs.describe()));
    QVERIFY2(theirs.error.detail.contains(QStringLiteral("claimed_by=") + m_admins.at(0)),
             qPrintable(theirs.describe()));
    QCOMPARE(holder(id), m_admins.at(0));
}

void TstClaims::leaseLengthIsBounded() {
    const qint64 id = newPending();
    for (int seconds : {0, 5, 7201}) {
        const TestDatabase::SqlResult r = as(
            2, QStringLiteral("SELECT * FROM desk.claim_verification(?::bigint, ?::integer)"), {id, seconds});
        QVERIFY2(!r.ok, qPrintable(QString::number(seconds)));
        QCOMPARE(r.sqlState(), QStringLiteral("22023"));
    }
    QCOMPARE(holder(id), QStringLiteral("-"));
}

void TstClaims::claimNextLeaseLengthIsBounded() {
    // claim_verification() accepts 10 s .. 2 h; claim_next_verification() should hold the same line,
    // or an admin can hoard the queue with a years-long lease (or take an already-lapsed one).
    const int before =
        m_db.scalar(QStringLiteral(
                        "SELECT count(*) FROM desk.compliance_verifications WHERE claimed_by IS NOT NULL"))
            .toInt();
    const TestDatabase::SqlResult r = as(2, QStringLiteral("SELECT desk.claim_next_verification(315360000)"));
    const int after =
        m_db.scalar(QStringLiteral(
                        "SELECT count(*) FROM desk.compliance_verifications WHERE claimed_by IS NOT NULL"))
            .toInt();
    if (r.ok) // undo, so later tests see the queue as it was
        ADESK_VERIFY_SQL(as(2, QStringLiteral("SELECT desk.release_verification(?::bigint)"), {r.scalar()}));
    QCOMPARE(r.sqlState(), QStringLiteral("22023"));
    QCOMPARE(after, before);
}

void TstClaims::lapsedLeaseIsReclaimable() {
    const qint64 id = newPending();
    ADESK_VERIFY_SQL(as(2, QStringLiteral("SELECT * FROM desk.claim_verification(?::bigint, 10)"), {id}));
    QCOMPARE(holder(id), m_admins.at(2));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT claim_expires_at BETWEEN now() + interval '5 seconds' AND "
                                        "now() + interval '11 seconds' "
                                        "FROM desk.compliance_verifications WHERE id = ?"),
                         {id})
                 .toBool(),
             true);
    TestDatabase::SqlResult r =
        as(3, QStringLiteral("SELECT * FROM desk.claim_verification(?::bigint)"), {id});
    QCOMPARE(r.sqlState(), QStringLiteral("55P03"));

    // The lease lapses (instead of sleeping ten seconds, move it into the past).
    QVERIFY(m_db.exec(
        QStringLiteral(
            "UPDATE desk.compliance_verifications SET claim_expires_at = now() - interval '1 second' "
            "WHERE id = ?"),
        {id}));
    r = as(3, QStringLiteral("SELECT claimed_by::text FROM desk.claim_verification(?::bigint)"), {id});
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.scalar().toString(), m_admins.at(3));
    QCOMPARE(holder(id), m_admins.at(3));
    // The previous holder lost it.
    r = as(2, QStringLiteral("SELECT desk.approve_verification(?::bigint, 1)"), {id});
    QCOMPARE(r.sqlState(), QStringLiteral("55P03"));
}

void TstClaims::releaseFreesTheItem() {
    const qint64 id = newPending();
    ADESK_VERIFY_SQL(as(4, QStringLiteral("SELECT * FROM desk.claim_verification(?::bigint)"), {id}));
    // Someone else's release does nothing.
    ADESK_VERIFY_SQL(as(5, QStringLiteral("SELECT desk.release_verification(?::bigint)"), {id}));
    QCOMPARE(holder(id), m_admins.at(4));
    QCOMPARE(as(5, QStringLiteral("SELECT * FROM desk.claim_verification(?::bigint)"), {id}).sqlState(),
             QStringLiteral("55P03"));
    // The holder's release frees it for the next admin.
    ADESK_VERIFY_SQL(as(4, QStringLiteral("SELECT desk.release_verification(?::bigint)"), {id}));
    QCOMPARE(holder(id), QStringLiteral("-"));
    QVERIFY(
        m_db.scalar(QStringLiteral(
                        "SELECT claim_expires_at IS NULL FROM desk.compliance_verifications WHERE id = ?"),
                    {id})
            .toBool());
    const TestDatabase::SqlResult r =
        as(5, QStringLiteral("SELECT claimed_by::text FROM desk.claim_verification(?::bigint)"), {id});
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.scalar().toString(), m_admins.at(5));
}

void TstClaims::decidingAgainstAnotherAdminsLeaseIsRefused() {
    const qint64 id = newPending();
    ADESK_VERIFY_SQL(as(6, QStringLiteral("SELECT * FROM desk.claim_verification(?::bigint)"), {id}));
    const int auditBefore = m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log")).toInt();
    for (const QString &sql :
         {QStringLiteral("SELECT desk.approve_verification(?::bigint, 1)"),
          QStringLiteral("SELECT desk.reject_verification(?::bigint, 1, 'poor_quality')"),
          QStringLiteral("SELECT desk.request_verification_info(?::bigint, 1, 'scan it again')")}) {
        const TestDatabase::SqlResult r = as(7, sql, {id});
        QVERIFY2(!r.ok, qPrintable(sql));
        QCOMPARE(r.sqlState(), QStringLiteral("55P03"));
        QVERIFY2(r.error.serverMessage.contains(m_admins.at(6)), qPrintable(r.describe()));
    }
    QCOMPARE(
        m_db.scalar(QStringLiteral(
                        "SELECT status || '/' || version FROM desk.compliance_verifications WHERE id = ?"),
                    {id})
            .toString(),
        QStringLiteral("pending/1"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log")).toInt(), auditBefore);
    // The lease holder may decide; the lease ends with the decision.
    const TestDatabase::SqlResult ok =
        as(6, QStringLiteral("SELECT desk.approve_verification(?::bigint, 1)"), {id});
    ADESK_VERIFY_SQL(ok);
    QCOMPARE(ok.scalar().toInt(), 2);
    QCOMPARE(holder(id), QStringLiteral("-"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log")).toInt(), auditBefore + 1);
}

void TstClaims::unknownItem() {
    const TestDatabase::SqlResult r =
        as(0, QStringLiteral("SELECT * FROM desk.claim_verification(987654321)"));
    QVERIFY(!r.ok);
    QCOMPARE(r.sqlState(), QStringLiteral("P0002"));
    const TestDatabase::SqlResult d = as(0, QStringLiteral("SELECT desk.approve_verification(987654321, 1)"));
    QVERIFY(!d.ok);
    QCOMPARE(d.sqlState(), QStringLiteral("P0002"));
}

QTEST_GUILESS_MAIN(TstClaims)
#include "tst_claims.moc"
