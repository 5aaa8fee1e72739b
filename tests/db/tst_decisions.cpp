// Compliance decisions through the SQL functions, called by a real platform-admin login: the
// optimistic version check, input rules, claims, one audit row and one notification per decision,
// the promotion rule, workshop fields, the expiry sweep and the live-update NOTIFY.

#include "tests/support/testdatabase.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlError>
#include <QTest>

using namespace adesk;

class TstDecisions : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void staleVersionIsRefused();
    void rejectionNeedsAReason();
    void approvalNeedsTheDocumentsFields();
    void fieldsCanBeCorrectedWhenApproving();
    void alreadyDecidedIsRefused();
    void anotherAdminsLiveClaimIsRespected();
    void eachDecisionWritesOneAuditAndOneNotification_data();
    void eachDecisionWritesOneAuditAndOneNotification();
    void approvingTheLastRequiredVerificationPromotes();
    void independentMechanicIsCompliantButNotPhysical();
    void rejectionMovesPendingMechanicToRejected();
    void workshopVerificationsUpdateTheOrganization();
    void expirySweepWithdrawsPhysicalWork();
    void decisionNotifiesListeners();

private:
    TestDatabase::SqlResult asAdmin(const QString &sql, const QVariantList &binds = {}) const {
        return TestDatabase::run(QSqlDatabase::database(m_adminConn, false), sql, binds);
    }
    TestDatabase::SqlResult asOtherAdmin(const QString &sql, const QVariantList &binds = {}) const {
        return TestDatabase::run(QSqlDatabase::database(m_otherAdminConn, false), sql, binds);
    }
    int version(qint64 id) {
        return m_db
            .scalar(QStringLiteral("SELECT version FROM desk.compliance_verifications WHERE id = ?"), {id})
            .toInt();
    }
    QString status(qint64 id) {
        return m_db
            .scalar(QStringLiteral("SELECT status FROM desk.compliance_verifications WHERE id = ?"), {id})
            .toString();
    }
    int auditRows(qint64 id) {
        return m_db
            .scalar(QStringLiteral(
                        "SELECT count(*) FROM desk.audit_log WHERE table_name = 'compliance_verifications' "
                        "AND row_id = ?"),
                    {id})
            .toInt();
    }
    int notificationRows(qint64 id) {
        return m_db
            .scalar(
                QStringLiteral("SELECT count(*) FROM desk.mechanic_notifications WHERE verification_id = ?"),
                {id})
            .toInt();
    }
    /// Mechanic state as "workshop_verified/can_perform_physical_work/compliance_status/service_tier".
    QString mechanicState(qint64 mechanic) {
        return m_db
            .scalar(
                QStringLiteral("SELECT workshop_verified || '/' || can_perform_physical_work || '/' || "
                               "compliance_status || '/' || service_tier FROM desk.mechanics WHERE id = ?"),
                {mechanic})
            .toString();
    }
    qint64 newMechanicVerification(const QString &type, const QString &language = QStringLiteral("en"));
    TestDatabase::SqlResult approve(qint64 id, int version, const QString &fields = QStringLiteral("{}")) {
        return asAdmin(
            QStringLiteral("SELECT desk.approve_verification(?::bigint, ?::integer, NULL, ?::jsonb)"),
            {id, version, fields});
    }

    TestDatabase m_db;
    QString m_adminRole;
    QString m_otherAdminRole;
    QString m_adminConn = QStringLiteral("tst_decisions_admin");
    QString m_otherAdminConn = QStringLiteral("tst_decisions_admin2");
    qint64 m_workshop = 0;   ///< Ontario, English
    qint64 m_workshopQc = 0; ///< Quebec, French
    qint64 m_workshopBc = 0; ///< British Columbia (America/Vancouver)
    int m_mechanicSerial = 0;
};

void TstDecisions::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_workshop = m_db.insertWorkshop(QStringLiteral("Garage Toronto"), QStringLiteral("ON"));
    m_workshopQc =
        m_db.insertWorkshop(QStringLiteral("Garage Montréal"), QStringLiteral("QC"), QStringLiteral("fr"));
    m_workshopBc = m_db.insertWorkshop(QStringLiteral("Garage Vancouver"), QStringLiteral("BC"));
    QVERIFY(m_workshop > 0 && m_workshopQc > 0 && m_workshopBc > 0);

    m_adminRole = m_db.roleName(QStringLiteral("admin"));
    m_otherAdminRole = m_db.roleName(QStringLiteral("admin2"));
    QVERIFY(
        m_db.createLogin(m_adminRole, QStringLiteral("adesk_platform_admin"), QStringLiteral("Ada Admin")));
    QVERIFY(m_db.createLogin(m_otherAdminRole, QStringLiteral("adesk_platform_admin"),
                             QStringLiteral("Bea Admin")));
    QSqlDatabase a = TestDatabase::openConnection(m_db.login(m_adminRole), m_adminConn);
    QVERIFY2(a.isOpen(), qPrintable(a.lastError().text()));
    QSqlDatabase b = TestDatabase::openConnection(m_db.login(m_otherAdminRole), m_otherAdminConn);
    QVERIFY2(b.isOpen(), qPrintable(b.lastError().text()));
    const TestDatabase::SqlResult me =
        asAdmin(QStringLiteral("SELECT login_role::text, desk_role FROM desk.whoami()"));
    ADESK_VERIFY_SQL(me);
    QCOMPARE(me.rows.value(0).value(0).toString(), m_adminRole);
    QCOMPARE(me.rows.value(0).value(1).toString(), QStringLiteral("platform_admin"));
}

void TstDecisions::cleanupTestCase() {
    TestDatabase::closeConnection(m_adminConn);
    TestDatabase::closeConnection(m_otherAdminConn);
}

qint64 TstDecisions::newMechanicVerification(const QString &type, const QString &language) {
    const qint64 workshop = language == u"fr" ? m_workshopQc : m_workshop;
    const qint64 mechanic =
        m_db.insertMechanic(QStringLiteral("Mécanicien %1").arg(++m_mechanicSerial), workshop, language);
    if (!mechanic)
        return 0;
    return m_db.insertVerification(QStringLiteral("mechanic"), mechanic, type);
}

void TstDecisions::staleVersionIsRefused() {
    const qint64 id = newMechanicVerification(QStringLiteral("insurance"));
    QVERIFY(id > 0);
    QCOMPARE(version(id), 1);

    TestDatabase::SqlResult r = approve(id, 0);
    QVERIFY(!r.ok);
    QCOMPARE(r.sqlState(), QStringLiteral("40001"));
    QCOMPARE(status(id), QStringLiteral("pending"));
    QCOMPARE(version(id), 1);
    QCOMPARE(auditRows(id), 0);
    QCOMPARE(notificationRows(id), 0);

    // Someone else asked for information first (version 1 -> 2); our approval of version 1 is stale.
    r = asOtherAdmin(
        QStringLiteral("SELECT desk.request_verification_info(?::bigint, 1, 'Please send page 2')"), {id});
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.scalar().toInt(), 2);
    r = asAdmin(QStringLiteral("SELECT desk.reject_verification(?::bigint, 1, 'poor_quality')"), {id});
    QVERIFY(!r.ok);
    QCOMPARE(r.sqlState(), QStringLiteral("40001"));
    QCOMPARE(status(id), QStringLiteral("pending"));
    QCOMPARE(version(id), 2);
    QCOMPARE(auditRows(id), 1);
    QCOMPARE(notificationRows(id), 1);
    // With the current version it goes through.
    r = approve(id, 2);
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.scalar().toInt(), 3);
    QCOMPARE(status(id), QStringLiteral("approved"));
}

void TstDecisions::rejectionNeedsAReason() {
    const qint64 id = newMechanicVerification(QStringLiteral("employment"));
    QVERIFY(id > 0);
    const struct {
        const char *what;
        QVariant reason;
        QVariant note;
    } bad[] = {
        {"no reason", QVariant(QMetaType::fromType<QString>()), QVariant(QMetaType::fromType<QString>())},
        {"unknown reason", QStringLiteral("looks_fishy"), QStringLiteral("hmm")},
        {"other without note", QStringLiteral("other"), QVariant(QMetaType::fromType<QString>())},
        {"other with blank note", QStringLiteral("other"), QStringLiteral("   ")},
    };
    for (const auto &b : bad) {
        const TestDatabase::SqlResult r =
            asAdmin(QStringLiteral("SELECT desk.reject_verification(?::bigint, 1, ?::text, ?::text)"),
                    {id, b.reason, b.note});
        QVERIFY2(!r.ok, b.what);
        QVERIFY2(r.sqlState() == u"22023",
                 qPrintable(QString::fromLatin1(b.what) + QStringLiteral(": ") + r.describe()));
    }
    QCOMPARE(status(id), QStringLiteral("pending"));
    QCOMPARE(version(id), 1);
    QCOMPARE(auditRows(id), 0);
    QCOMPARE(notificationRows(id), 0);

    const TestDatabase::SqlResult ok =
        asAdmin(QStringLiteral("SELECT desk.reject_verification(?::bigint, 1, 'other', ?::text)"),
                {id, QStringLiteral("Signed by someone else")});
    ADESK_VERIFY_SQL(ok);
    const TestDatabase::SqlResult row =
        m_db.run(QStringLiteral("SELECT status, rejection_reason_code, rejection_note, verified_by "
                                "FROM desk.compliance_verifications WHERE id = ?"),
                 {id});
    ADESK_VERIFY_SQL(row);
    QCOMPARE(row.rows.value(0).value(0).toString(), QStringLiteral("rejected"));
    QCOMPARE(row.rows.value(0).value(1).toString(), QStringLiteral("other"));
    QCOMPARE(row.rows.value(0).value(2).toString(), QStringLiteral("Signed by someone else"));
    QCOMPARE(
        row.rows.value(0).value(3).toLongLong(),
        m_db.scalar(QStringLiteral("SELECT profile_id FROM desk.staff_logins WHERE login_role = ?::name"),
                    {m_adminRole})
            .toLongLong());
}

void TstDecisions::approvalNeedsTheDocumentsFields() {
    const qint64 mechanic = m_db.insertMechanic(QStringLiteral("Field Tester"), m_workshop);
    QVERIFY(mechanic > 0);
    const QDate nextYear = QDate::currentDate().addYears(1);
    struct Case {
        const char *what;
        QString type;
        TestDatabase::VerificationData data;
        QString mentions;
    };
    TestDatabase::VerificationData noPolicy = TestDatabase::completeData(QStringLiteral("insurance"));
    noPolicy.policyNumber.clear();
    TestDatabase::VerificationData noInsuranceExpiry =
        TestDatabase::completeData(QStringLiteral("insurance"));
    noInsuranceExpiry.expiryDate = QDate();
    TestDatabase::VerificationData noLicence = TestDatabase::completeData(QStringLiteral("business_license"));
    noLicence.licenseNumber.clear();
    TestDatabase::VerificationData noLicenceExpiry =
        TestDatabase::completeData(QStringLiteral("business_license"));
    noLicenceExpiry.expiryDate = QDate();
    TestDatabase::VerificationData expired = TestDatabase::completeData(QStringLiteral("insurance"));
    expired.expiryDate = QDate::currentDate().addDays(-3);
    const Case cases[] = {
        {"insurance without policy number", QStringLiteral("insurance"), noPolicy,
         QStringLiteral("policy number")},
        {"insurance without expiry", QStringLiteral("insurance"), noInsuranceExpiry,
         QStringLiteral("expiry date")},
        {"licence without number", QStringLiteral("business_license"), noLicence,
         QStringLiteral("licence number")},
        {"licence without expiry", QStringLiteral("business_license"), noLicenceExpiry,
         QStringLiteral("expiry date")},
        {"expired insurance", QStringLiteral("insurance"), expired, QStringLiteral("expired")},
    };
    Q_UNUSED(nextYear);
    for (const Case &c : cases) {
        const qint64 id = m_db.insertVerification(QStringLiteral("mechanic"), mechanic, c.type, c.data);
        QVERIFY(id > 0);
        const TestDatabase::SqlResult r = approve(id, 1);
        QVERIFY2(!r.ok, c.what);
        QVERIFY2(r.sqlState() == u"22023",
                 qPrintable(QString::fromLatin1(c.what) + QStringLiteral(": ") + r.describe()));
        QVERIFY2(r.error.serverMessage.contains(c.mentions), qPrintable(r.describe()));
        QCOMPARE(status(id), QStringLiteral("pending"));
        QCOMPARE(version(id), 1);
        QCOMPARE(auditRows(id), 0);
        QCOMPARE(notificationRows(id), 0);
        // Leave nothing pending-and-dated behind for the expiry sweep test.
        ADESK_VERIFY_SQL(
            asAdmin(QStringLiteral("SELECT desk.reject_verification(?::bigint, 1, 'wrong_document')"), {id}));
    }
    QCOMPARE(mechanicState(mechanic), QStringLiteral("false/false/rejected/virtual_only"));
}

void TstDecisions::fieldsCanBeCorrectedWhenApproving() {
    TestDatabase::VerificationData data = TestDatabase::completeData(QStringLiteral("insurance"));
    data.policyNumber.clear();
    const qint64 mechanic = m_db.insertMechanic(QStringLiteral("Corrected Fields"), m_workshop);
    const qint64 id =
        m_db.insertVerification(QStringLiteral("mechanic"), mechanic, QStringLiteral("insurance"), data);
    QVERIFY(id > 0);
    const QString expiry = QDate::currentDate().addMonths(8).toString(Qt::ISODate);
    const TestDatabase::SqlResult r = approve(
        id, 1, QStringLiteral("{\"policy_number\": \" INT-445566 \", \"expiry_date\": \"%1\"}").arg(expiry));
    ADESK_VERIFY_SQL(r);
    const TestDatabase::SqlResult row =
        m_db.run(QStringLiteral("SELECT status, policy_number, expiry_date::text FROM "
                                "desk.compliance_verifications WHERE id = ?"),
                 {id});
    QCOMPARE(row.rows.value(0).value(0).toString(), QStringLiteral("approved"));
    QCOMPARE(row.rows.value(0).value(1).toString(), QStringLiteral("INT-445566"));
    QCOMPARE(row.rows.value(0).value(2).toString(), expiry);
}

void TstDecisions::alreadyDecidedIsRefused() {
    const qint64 id = newMechanicVerification(QStringLiteral("employment"));
    ADESK_VERIFY_SQL(approve(id, 1));
    QCOMPARE(version(id), 2);
    for (const QString &sql :
         {QStringLiteral("SELECT desk.approve_verification(?::bigint, 2)"),
          QStringLiteral("SELECT desk.reject_verification(?::bigint, 2, 'poor_quality')"),
          QStringLiteral("SELECT desk.request_verification_info(?::bigint, 2, 'again?')")}) {
        const TestDatabase::SqlResult r = asAdmin(sql, {id});
        QVERIFY2(!r.ok, qPrintable(sql));
        QCOMPARE(r.sqlState(), QStringLiteral("AD001"));
    }
    QCOMPARE(status(id), QStringLiteral("approved"));
    QCOMPARE(version(id), 2);
    QCOMPARE(auditRows(id), 1);
    QCOMPARE(notificationRows(id), 1);
}

void TstDecisions::anotherAdminsLiveClaimIsRespected() {
    const qint64 id = newMechanicVerification(QStringLiteral("employment"));
    const TestDatabase::SqlResult claim =
        asOtherAdmin(QStringLiteral("SELECT claimed_by::text FROM desk.claim_verification(?::bigint)"), {id});
    ADESK_VERIFY_SQL(claim);
    QCOMPARE(claim.scalar().toString(), m_otherAdminRole);
    QCOMPARE(version(id), 1); // a claim is not an edit

    const TestDatabase::SqlResult r = approve(id, 1);
    QVERIFY(!r.ok);
    QCOMPARE(r.sqlState(), QStringLiteral("55P03"));
    QVERIFY2(r.error.serverMessage.contains(m_otherAdminRole), qPrintable(r.describe()));
    QCOMPARE(status(id), QStringLiteral("pending"));
    QCOMPARE(auditRows(id), 0);
    QCOMPARE(notificationRows(id), 0);

    // The holder decides; the claim is cleared with the decision.
    ADESK_VERIFY_SQL(asOtherAdmin(QStringLiteral("SELECT desk.approve_verification(?::bigint, 1)"), {id}));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT claimed_by IS NULL AND claim_expires_at IS NULL FROM "
                                        "desk.compliance_verifications "
                                        "WHERE id = ?"),
                         {id})
                 .toBool(),
             true);
}

void TstDecisions::eachDecisionWritesOneAuditAndOneNotification_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("toStatus");
    QTest::addColumn<QString>("notificationType");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("messageContains");

    const QString approve = QStringLiteral("SELECT desk.approve_verification(?::bigint, 1, 'Looks good')");
    const QString reject =
        QStringLiteral("SELECT desk.reject_verification(?::bigint, 1, 'poor_quality', 'Blurry scan')");
    const QString info =
        QStringLiteral("SELECT desk.request_verification_info(?::bigint, 1, 'Send the back page')");
    QTest::newRow("approve en") << "en" << approve << "verification.approve"
                                << "approved"
                                << "verification_approved"
                                << "Document approved"
                                << "Your insurance certificate was approved.";
    QTest::newRow("approve fr") << "fr" << approve << "verification.approve"
                                << "approved"
                                << "verification_approved" << QStringLiteral("Document approuvé")
                                << QStringLiteral("Votre assurance a été approuvé.");
    QTest::newRow("reject en") << "en" << reject << "verification.reject"
                               << "rejected"
                               << "verification_rejected"
                               << "Document rejected"
                               << "Poor quality or unreadable — Blurry scan";
    QTest::newRow("reject fr") << "fr" << reject << "verification.reject"
                               << "rejected"
                               << "verification_rejected" << QStringLiteral("Document refusé")
                               << QStringLiteral("Mauvaise qualité ou illisible — Blurry scan");
    QTest::newRow("request info en") << "en" << info << "verification.request_info"
                                     << "pending"
                                     << "verification_info_requested"
                                     << "More information requested"
                                     << "About your insurance certificate: Send the back page";
    QTest::newRow("request info fr") << "fr" << info << "verification.request_info"
                                     << "pending"
                                     << "verification_info_requested"
                                     << QStringLiteral("Renseignements supplémentaires demandés")
                                     << QStringLiteral("Au sujet de votre assurance : Send the back page");
}

void TstDecisions::eachDecisionWritesOneAuditAndOneNotification() {
    QFETCH(QString, language);
    QFETCH(QString, call);
    QFETCH(QString, action);
    QFETCH(QString, toStatus);
    QFETCH(QString, notificationType);
    QFETCH(QString, title);
    QFETCH(QString, messageContains);

    const qint64 id = newMechanicVerification(QStringLiteral("insurance"), language);
    QVERIFY(id > 0);
    const int auditBefore = m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log")).toInt();
    const int notificationsBefore =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.mechanic_notifications")).toInt();

    const TestDatabase::SqlResult r = asAdmin(call, {id});
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.scalar().toInt(), 2); // the new version

    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log")).toInt(), auditBefore + 1);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.mechanic_notifications")).toInt(),
             notificationsBefore + 1);
    QCOMPARE(auditRows(id), 1);
    QCOMPARE(notificationRows(id), 1);
    QCOMPARE(status(id), toStatus);

    const TestDatabase::SqlResult audit =
        m_db.run(QStringLiteral(
                     "SELECT action, actor::text, workshop_id, detail->>'from_status', detail->>'to_status' "
                     "FROM desk.audit_log WHERE row_id = ? AND table_name = 'compliance_verifications'"),
                 {id});
    ADESK_VERIFY_SQL(audit);
    QCOMPARE(audit.rows.value(0).value(0).toString(), action);
    QCOMPARE(audit.rows.value(0).value(1).toString(), m_adminRole);
    QCOMPARE(audit.rows.value(0).value(2).toLongLong(), language == u"fr" ? m_workshopQc : m_workshop);
    QCOMPARE(audit.rows.value(0).value(3).toString(), QStringLiteral("pending"));
    QCOMPARE(audit.rows.value(0).value(4).toString(), toStatus);

    const TestDatabase::SqlResult n =
        m_db.run(QStringLiteral(
                     "SELECT n.notification_type, n.title, n.message, n.mechanic_id = v.mechanic_id, n.read "
                     "FROM desk.mechanic_notifications n JOIN desk.compliance_verifications v ON v.id = "
                     "n.verification_id "
                     "WHERE n.verification_id = ?"),
                 {id});
    ADESK_VERIFY_SQL(n);
    QCOMPARE(n.rows.value(0).value(0).toString(), notificationType);
    QCOMPARE(n.rows.value(0).value(1).toString(), title);
    QVERIFY2(n.rows.value(0).value(2).toString().contains(messageContains),
             qPrintable(n.rows.value(0).value(2).toString()));
    QVERIFY(n.rows.value(0).value(3).toBool());
    QVERIFY(!n.rows.value(0).value(4).toBool());
}

void TstDecisions::approvingTheLastRequiredVerificationPromotes() {
    const TestDatabase::SqlResult required =
        m_db.run(QStringLiteral("SELECT verification_type FROM desk.required_verifications WHERE entity_type "
                                "= 'mechanic' AND path = 'workshop_affiliated' ORDER BY 1"));
    ADESK_VERIFY_SQL(required);
    QStringList types;
    for (const QVariant &v : required.column())
        types << v.toString();
    QCOMPARE(types, (QStringList{QStringLiteral("business_license"), QStringLiteral("employment"),
                                 QStringLiteral("insurance")}));

    const qint64 mechanic = m_db.insertMechanic(QStringLiteral("Promoted Pat"), m_workshop);
    QVERIFY(mechanic > 0);
    QList<qint64> ids;
    for (const QString &t : types)
        ids << m_db.insertVerification(QStringLiteral("mechanic"), mechanic, t);
    QVERIFY(!ids.contains(0));
    // A certification is not required: approving it changes nothing.
    const qint64 extra =
        m_db.insertVerification(QStringLiteral("mechanic"), mechanic, QStringLiteral("certification"));
    ADESK_VERIFY_SQL(approve(extra, 1));
    const QString pending = QStringLiteral("false/false/pending/virtual_only");
    QCOMPARE(mechanicState(mechanic), pending);

    // Two of three: not promoted.
    for (int i = 0; i < ids.size() - 1; ++i) {
        ADESK_VERIFY_SQL(approve(ids.at(i), 1));
        QCOMPARE(mechanicState(mechanic), pending);
        QCOMPARE(
            m_db.scalar(QStringLiteral("SELECT detail->>'promoted' FROM desk.audit_log WHERE row_id = ?"),
                        {ids.at(i)})
                .toString(),
            QStringLiteral("false"));
    }
    // The last one promotes, within the same call.
    const int mechanicVersion =
        m_db.scalar(QStringLiteral("SELECT version FROM desk.mechanics WHERE id = ?"), {mechanic}).toInt();
    ADESK_VERIFY_SQL(approve(ids.last(), 1));
    QCOMPARE(mechanicState(mechanic), QStringLiteral("true/true/approved/workshop_affiliated"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT detail->>'promoted' FROM desk.audit_log WHERE row_id = ?"),
                         {ids.last()})
                 .toString(),
             QStringLiteral("true"));
    QVERIFY(
        m_db.scalar(QStringLiteral("SELECT version FROM desk.mechanics WHERE id = ?"), {mechanic}).toInt() >
        mechanicVersion);
    // The approved documents' numbers are copied onto the mechanic.
    const TestDatabase::SqlResult m =
        m_db.run(QStringLiteral("SELECT m.business_license_number = bl.license_number, "
                                "m.insurance_policy_number = ins.policy_number, "
                                "       m.insurance_expiry_date = ins.expiry_date "
                                "FROM desk.mechanics m "
                                "JOIN desk.compliance_verifications bl ON bl.mechanic_id = m.id AND "
                                "bl.verification_type = 'business_license' "
                                "JOIN desk.compliance_verifications ins ON ins.mechanic_id = m.id AND "
                                "ins.verification_type = 'insurance' "
                                "WHERE m.id = ?"),
                 {mechanic});
    ADESK_VERIFY_SQL(m);
    QCOMPARE(m.rows.size(), 1);
    QVERIFY(m.rows.at(0).at(0).toBool());
    QVERIFY(m.rows.at(0).at(1).toBool());
    QVERIFY(m.rows.at(0).at(2).toBool());
}

void TstDecisions::independentMechanicIsCompliantButNotPhysical() {
    const qint64 mechanic = m_db.insertMechanic(QStringLiteral("Indy Independent"));
    QVERIFY(mechanic > 0);
    // The independent path's set (0020): certification and insurance.
    for (const QString &t : {QStringLiteral("certification"), QStringLiteral("insurance")}) {
        const qint64 id = m_db.insertVerification(QStringLiteral("mechanic"), mechanic, t);
        ADESK_VERIFY_SQL(approve(id, 1));
    }
    QCOMPARE(mechanicState(mechanic), QStringLiteral("false/false/approved/virtual_only"));
}

void TstDecisions::rejectionMovesPendingMechanicToRejected() {
    const qint64 mechanic = m_db.insertMechanic(QStringLiteral("Rejected Ray"), m_workshop);
    const qint64 id =
        m_db.insertVerification(QStringLiteral("mechanic"), mechanic, QStringLiteral("business_license"));
    QCOMPARE(mechanicState(mechanic), QStringLiteral("false/false/pending/virtual_only"));
    ADESK_VERIFY_SQL(
        asAdmin(QStringLiteral("SELECT desk.reject_verification(?::bigint, 1, 'name_mismatch')"), {id}));
    QCOMPARE(mechanicState(mechanic), QStringLiteral("false/false/rejected/virtual_only"));
    QCOMPARE(status(id), QStringLiteral("rejected"));
}

void TstDecisions::workshopVerificationsUpdateTheOrganization() {
    const qint64 shop = m_db.insertWorkshop(QStringLiteral("Garage Halifax"), QStringLiteral("NS"));
    QVERIFY(shop > 0);
    // A workshop that has not been verified yet: nothing on file.
    ADESK_VERIFY_SQL(m_db.run(
        QStringLiteral(
            "UPDATE desk.organizations SET business_license_number = NULL, business_license_expiry = NULL, "
            "business_license_verified = false, zoning_compliance_verified = false, "
            "liability_insurance_amount_cents = NULL, liability_insurance_expiry = NULL WHERE id = ?"),
        {shop}));
    const TestDatabase::VerificationData licence =
        TestDatabase::completeData(QStringLiteral("business_license"));
    const TestDatabase::VerificationData insurance = TestDatabase::completeData(QStringLiteral("insurance"));
    const qint64 licenceId = m_db.insertVerification(QStringLiteral("workshop"), shop,
                                                     QStringLiteral("business_license"), licence);
    const qint64 insuranceId =
        m_db.insertVerification(QStringLiteral("workshop"), shop, QStringLiteral("insurance"), insurance);
    const qint64 zoningId =
        m_db.insertVerification(QStringLiteral("workshop"), shop, QStringLiteral("zoning"));
    QVERIFY(licenceId && insuranceId && zoningId);
    auto orgState = [&] {
        return m_db
            .scalar(
                QStringLiteral(
                    "SELECT concat_ws('/', business_license_verified, coalesce(business_license_number, "
                    "'-'), "
                    "coalesce(business_license_expiry::text, '-'), zoning_compliance_verified, "
                    "coalesce(liability_insurance_amount_cents::text, '-'), "
                    "coalesce(liability_insurance_expiry::text, '-')) FROM desk.organizations WHERE id = ?"),
                {shop})
            .toString();
    };
    QCOMPARE(orgState(), QStringLiteral("f/-/-/f/-/-"));
    const int orgVersion =
        m_db.scalar(QStringLiteral("SELECT version FROM desk.organizations WHERE id = ?"), {shop}).toInt();

    ADESK_VERIFY_SQL(approve(licenceId, 1));
    QCOMPARE(
        orgState(),
        QStringLiteral("t/%1/%2/f/-/-").arg(licence.licenseNumber, licence.expiryDate.toString(Qt::ISODate)));
    ADESK_VERIFY_SQL(approve(zoningId, 1));
    ADESK_VERIFY_SQL(approve(insuranceId, 1));
    QCOMPARE(orgState(), QStringLiteral("t/%1/%2/t/%3/%4")
                             .arg(licence.licenseNumber, licence.expiryDate.toString(Qt::ISODate))
                             .arg(insurance.coverageAmountCents)
                             .arg(insurance.expiryDate.toString(Qt::ISODate)));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT version FROM desk.organizations WHERE id = ?"), {shop}).toInt(),
        orgVersion + 3);
    // The workshop's notifications go to the workshop.
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.mechanic_notifications WHERE workshop_id = ? "
                                   "AND mechanic_id IS NULL AND notification_type = 'verification_approved'"),
                    {shop})
            .toInt(),
        3);
}

void TstDecisions::expirySweepWithdrawsPhysicalWork() {
    // Clear anything an earlier test left to expire, so the count below is exact.
    const TestDatabase::SqlResult first = asAdmin(QStringLiteral("SELECT desk.expire_sweep()"));
    ADESK_VERIFY_SQL(first);

    // A Vancouver workshop mechanic, fully approved and promoted.
    const qint64 mechanic =
        m_db.insertMechanic(QStringLiteral("Expiring Eve"), m_workshopBc, QStringLiteral("fr"));
    QHash<QString, qint64> ids;
    for (const QString &t :
         {QStringLiteral("business_license"), QStringLiteral("insurance"), QStringLiteral("employment")}) {
        ids[t] = m_db.insertVerification(QStringLiteral("mechanic"), mechanic, t);
        ADESK_VERIFY_SQL(approve(ids[t], 1));
    }
    QCOMPARE(mechanicState(mechanic), QStringLiteral("true/true/approved/workshop_affiliated"));
    // A colleague's document that expires today (Vancouver calendar) is still valid today.
    const qint64 colleague = m_db.insertMechanic(QStringLiteral("Valid Today"), m_workshopBc);
    const qint64 today =
        m_db.insertVerification(QStringLiteral("mechanic"), colleague, QStringLiteral("insurance"));
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.compliance_verifications SET expiry_date = "
                                     "(now() AT TIME ZONE 'America/Vancouver')::date WHERE id = ?"),
                      {today}));

    // Two of Eve's approved documents expired yesterday, in the workshop's zone.
    for (const QString &t : {QStringLiteral("business_license"), QStringLiteral("insurance")})
        QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.compliance_verifications SET expiry_date = "
                                         "(now() AT TIME ZONE 'America/Vancouver')::date - 1 WHERE id = ?"),
                          {ids[t]}));
    const int auditBefore = m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log")).toInt();
    const int notificationsBefore =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.mechanic_notifications")).toInt();

    const TestDatabase::SqlResult sweep = asAdmin(QStringLiteral("SELECT desk.expire_sweep()"));
    ADESK_VERIFY_SQL(sweep);
    QCOMPARE(sweep.scalar().toInt(), 2);

    for (const QString &t : {QStringLiteral("business_license"), QStringLiteral("insurance")}) {
        QCOMPARE(status(ids[t]), QStringLiteral("expired"));
        QCOMPARE(version(ids[t]), 3);
        QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log WHERE row_id = ? AND action "
                                            "= 'verification.expire'"),
                             {ids[t]})
                     .toInt(),
                 1);
        const TestDatabase::SqlResult n = m_db.run(
            QStringLiteral("SELECT title FROM desk.mechanic_notifications "
                           "WHERE verification_id = ? AND notification_type = 'verification_expired'"),
            {ids[t]});
        ADESK_VERIFY_SQL(n);
        QCOMPARE(n.rows.size(), 1);
        QCOMPARE(n.scalar().toString(), QStringLiteral("Document expiré"));
    }
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log")).toInt(), auditBefore + 2);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.mechanic_notifications")).toInt(),
             notificationsBefore + 2);
    QCOMPARE(status(ids[QStringLiteral("employment")]), QStringLiteral("approved"));
    QCOMPARE(status(today), QStringLiteral("pending"));
    QCOMPARE(mechanicState(mechanic), QStringLiteral("false/false/expired/workshop_affiliated"));

    // Nothing left to expire: a second sweep is a no-op.
    const TestDatabase::SqlResult again = asAdmin(QStringLiteral("SELECT desk.expire_sweep()"));
    ADESK_VERIFY_SQL(again);
    QCOMPARE(again.scalar().toInt(), 0);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log")).toInt(), auditBefore + 2);
}

void TstDecisions::decisionNotifiesListeners() {
    const QString name = QStringLiteral("tst_decisions_listener");
    {
        QSqlDatabase listener = TestDatabase::openConnection(m_db.login(m_otherAdminRole), name);
        QVERIFY2(listener.isOpen(), qPrintable(listener.lastError().text()));
        QVERIFY(listener.driver()->hasFeature(QSqlDriver::EventNotifications));
        QSignalSpy spy(listener.driver(), &QSqlDriver::notification);
        QVERIFY(listener.driver()->subscribeToNotification(QStringLiteral("desk_verifications")));

        const qint64 id = newMechanicVerification(QStringLiteral("employment"));
        QVERIFY(id > 0);
        // Let the insert's notification arrive, then listen for the decision's.
        auto waitFor = [&](const QString &payload) {
            for (int round = 0; round < 50; ++round) {
                for (const QList<QVariant> &args : std::as_const(spy)) {
                    if (args.value(0).toString() == u"desk_verifications" &&
                        args.value(2).toString() == payload)
                        return true;
                }
                spy.wait(100);
            }
            return false;
        };
        QVERIFY2(waitFor(QString::number(id)), "the insert was not notified");
        spy.clear();
        ADESK_VERIFY_SQL(approve(id, 1));
        QVERIFY2(waitFor(QString::number(id)), "the decision was not notified on desk_verifications");
        listener.driver()->unsubscribeFromNotification(QStringLiteral("desk_verifications"));
    }
    TestDatabase::closeConnection(name);
}

QTEST_GUILESS_MAIN(TstDecisions)
#include "tst_decisions.moc"
