// A write whose reply is lost after it committed (issue 9, "Retries that duplicate work"), through
// the real repositories and DbExecutor: the executor's test-only fault injection closes the
// connection after the job succeeded and reports ConnectionLost once, so the job is re-run on a fresh
// connection exactly as after a real drop. Each write must have its effect once and report the first
// result: one program, the booking itself (not a clash with it), "information requested" (not a
// change by another admin).

#include "models/bays/bookingrepository.h"
#include "models/compliance/verificationrepository.h"
#include "models/core/dbexecutor.h"
#include "models/partnerships/partnershiprepository.h"
#include "tests/support/testdatabase.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace adesk;

class TstLostReply : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void saveProgramCreatesOneProgram();
    void createBookingReturnsItsBooking();
    void requestInformationReportsSuccess();

private:
    /// Arms the lost reply for the next successful job of @p exec and returns a spy on its
    /// reconnected() signal, which proves the retry path ran.
    static std::unique_ptr<QSignalSpy> loseNextReply(DbExecutor &exec) {
        auto spy = std::make_unique<QSignalSpy>(&exec, &DbExecutor::reconnected);
        exec.simulateLostReplies(1);
        return spy;
    }

    TestDatabase m_db;
    std::unique_ptr<DbExecutor> m_owner;
    std::unique_ptr<DbExecutor> m_admin;
    qint64 m_workshop = 0;
    qint64 m_bay = 0;
    qint64 m_mechanic = 0;
};

void TstLostReply::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_workshop = m_db.insertWorkshop(QStringLiteral("Retry Garage"));
    m_mechanic = m_db.insertMechanic(QStringLiteral("Rita Retry"), m_workshop);
    QVERIFY(m_workshop && m_mechanic);
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.mechanics SET service_tier = 'workshop_affiliated', "
                                     "workshop_verified = true, can_perform_physical_work = true, "
                                     "compliance_status = 'approved' WHERE id = ?"),
                      {m_mechanic}));
    m_bay = m_db.scalar(QStringLiteral("INSERT INTO desk.bays (workshop_id, name, hourly_rate_cents) "
                                       "VALUES (?, 'Lift 1', 6000) RETURNING id"),
                        {m_workshop})
                .toLongLong();
    QVERIFY(m_bay);
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO desk.workshop_hours SELECT ?, d, '07:00', '19:00' "
                                     "FROM generate_series(1, 7) d"),
                      {m_workshop}));
    const QString owner = m_db.roleName(QStringLiteral("owner"));
    const QString admin = m_db.roleName(QStringLiteral("admin"));
    QVERIFY(m_db.createLogin(owner, QStringLiteral("adesk_workshop_owner"), QStringLiteral("Owner"),
                             {m_workshop}));
    QVERIFY(m_db.createLogin(admin, QStringLiteral("adesk_platform_admin"), QStringLiteral("Admin")));
    m_owner = std::make_unique<DbExecutor>(m_db.login(owner), 1);
    m_admin = std::make_unique<DbExecutor>(m_db.login(admin), 1);
}

void TstLostReply::saveProgramCreatesOneProgram() {
    ProgramTerms t;
    t.name = QStringLiteral("Lost reply program");
    t.type = ProgramTerms::Type::RevenueShare;
    t.platformFeeBp = 2000;
    t.workshopShareBp = 2400;
    t.mechanicShareBp = 5600;
    t.termsHtml = QStringLiteral("<p>Bring your own tools.</p>");
    const qint64 workshop = m_workshop;
    const RequestKey key = RequestKey::create(); // one user intent, before the job (and its retry)
    const auto lost = loseNextReply(*m_owner);
    const auto r = m_owner
                       ->run<PartnershipRepository::Saved>([=](QSqlDatabase &db) {
                           return PartnershipRepository::saveProgram(db, key, 0, 0, workshop, t);
                       })
                       .result();
    QCOMPARE(lost->count(), 1);
    QVERIFY2(r.ok(), qPrintable(r.error().serverMessage));
    const auto ids = m_db.run(QStringLiteral("SELECT id FROM desk.partnership_programs WHERE workshop_id = ? "
                                             "AND name = ?"),
                              {m_workshop, t.name})
                         .column();
    QCOMPARE(ids.size(), 1);
    QCOMPARE(r->id, ids.first().toLongLong());
    QCOMPARE(r->versionNo, 1);
}

void TstLostReply::createBookingReturnsItsBooking() {
    const QTimeZone zone("America/Toronto");
    NewBooking b;
    b.bayId = m_bay;
    b.mechanicId = m_mechanic;
    b.start = QDateTime(QDate::currentDate().addDays(3), QTime(10, 0), zone);
    b.end = b.start.addSecs(2 * 3600);
    b.notes = QStringLiteral("lost reply");
    const RequestKey key = RequestKey::create();
    const auto lost = loseNextReply(*m_owner);
    const auto r =
        m_owner->run<qint64>([b, key](QSqlDatabase &db) { return BookingRepository::create(db, key, b); })
            .result();
    QCOMPARE(lost->count(), 1);
    QVERIFY2(r.ok(), qPrintable(r.error().serverMessage));
    const auto ids =
        m_db.run(QStringLiteral("SELECT id FROM desk.bay_bookings WHERE bay_id = ?"), {m_bay}).column();
    QCOMPARE(ids.size(), 1);
    QCOMPARE(r.value(), ids.first().toLongLong());
}

void TstLostReply::requestInformationReportsSuccess() {
    const qint64 v =
        m_db.insertVerification(QStringLiteral("mechanic"), m_mechanic, QStringLiteral("insurance"));
    QVERIFY(v);
    const int version =
        m_db.scalar(QStringLiteral("SELECT version FROM desk.compliance_verifications WHERE id = ?"), {v})
            .toInt();
    const RequestKey key = RequestKey::create();
    const auto lost = loseNextReply(*m_admin);
    const auto r = m_admin
                       ->run<int>([=](QSqlDatabase &db) {
                           return VerificationRepository::decide(
                               db, key, v, version, VerificationRepository::Decision::RequestInfo, {},
                               QStringLiteral("A clearer scan, please"), std::nullopt);
                       })
                       .result();
    QCOMPARE(lost->count(), 1);
    QVERIFY2(r.ok(), qPrintable(r.error().serverMessage));
    QCOMPARE(r.value(), version + 1);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log WHERE table_name = "
                                        "'compliance_verifications' AND row_id = ? "
                                        "AND action = 'verification.request_info'"),
                         {v})
                 .toInt(),
             1);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT version FROM desk.compliance_verifications WHERE id = ?"), {v})
            .toInt(),
        version + 1);
}

QTEST_GUILESS_MAIN(TstLostReply)
#include "tst_lostreply.moc"
