// Consent to a partnership agreement (issue 9, "forged consent"), as real LOGIN roles: the
// mechanic's acceptance comes only from the web platform's service login (adesk_platform_service),
// at the server's time; a workshop owner can neither type it (with any name, at any date) nor
// backdate their own; an agreement of another workshop answers like a missing one; and the service
// login can do nothing outside its purpose (no SIN, no verification decisions, no owner functions,
// no direct writes, no escalation).

#include "models/partnerships/partnershiprepository.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QTest>

using namespace adesk;

class TstConsent : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void ownerCannotRecordTheMechanicsAcceptance();
    void noBackdating();
    void serviceRecordsTheMechanicsAcceptanceAtServerTime();
    void eitherOrderActivates();
    void anotherWorkshopsAgreementIsNotFound();
    void serviceCannotActOutsideItsPurpose();
    void serviceGroupWithoutMappingIsNotEnough();

private:
    QSqlDatabase conn(const QString &who) const { return QSqlDatabase::database(m_conn.value(who), false); }
    /// A fresh approved mechanic, approved into m_program by owner A, with its agreement document
    /// attached: returns the agreement id (0 on failure, with a warning).
    qint64 newAgreement(const QString &mechanicName);
    int agreementVersion(qint64 id) {
        return m_db.scalar(u"SELECT version FROM desk.partnership_agreements WHERE id = ?"_qs, {id}).toInt();
    }
    /// "<mechanic_accepted_by>|<mechanic_accepted_at is set>|<partnership status>" as superuser.
    QString consentState(qint64 agreementId) {
        return m_db
            .scalar(u"SELECT coalesce(g.mechanic_accepted_by, '-') || '|' || (g.mechanic_accepted_at IS NOT "
                    "NULL) || '|' || x.status FROM desk.partnership_agreements g JOIN desk.partnerships x "
                    "ON x.agreement_id = g.id WHERE g.id = ?"_qs,
                    {agreementId})
            .toString();
    }

    TestDatabase m_db;
    QHash<QString, QString> m_conn; ///< who -> connection name
    QHash<QString, QString> m_role; ///< who -> login role
    bool m_serviceReady = false;    ///< the platform service login exists (needs migration 0009)
    qint64 m_workshopA = 0;
    qint64 m_workshopB = 0;
    qint64 m_program = 0;
    qint64 m_pendingVerification = 0;
    int m_mechanicSerial = 0;
};

void TstConsent::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_workshopA = m_db.insertWorkshop(u"Garage Alpha"_qs, u"ON"_qs);
    m_workshopB = m_db.insertWorkshop(u"Garage Beta"_qs, u"QC"_qs, u"fr"_qs);
    QVERIFY(m_workshopA > 0 && m_workshopB > 0);

    const QList<std::tuple<QString, QString, QString, QList<qint64>>> logins = {
        {u"ownera"_qs, u"adesk_workshop_owner"_qs, u"Olivia Owner"_qs, {m_workshopA}},
        {u"ownerb"_qs, u"adesk_workshop_owner"_qs, u"Olivier Propriétaire"_qs, {m_workshopB}},
        {u"admin"_qs, u"adesk_platform_admin"_qs, u"Ada Admin"_qs, {}},
        {u"finance"_qs, u"adesk_finance"_qs, u"Fern Finance"_qs, {}},
        {u"platform"_qs, u"adesk_platform_service"_qs, u"The Auto Doctor web platform"_qs, {}},
    };
    for (const auto &[who, group, name, shops] : logins) {
        const QString role = m_db.roleName(who);
        const bool created = m_db.createLogin(role, group, name, shops);
        if (who == u"platform") {
            // Before migration 0009 neither the group nor the mapping exists: the tests that need
            // the service fail on their own, the owner's attacks still run.
            m_serviceReady = created;
            if (!created)
                continue;
        } else {
            QVERIFY(created);
        }
        const QString connection = u"consent_"_qs + who;
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), connection);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        m_conn.insert(who, connection);
        m_role.insert(who, role);
    }

    // One published revenue-share program of workshop A, open to anyone approved.
    ProgramTerms t;
    t.name = u"Brakes and suspension"_qs;
    t.type = ProgramTerms::Type::RevenueShare;
    t.platformFeeBp = 2000;
    t.workshopShareBp = 2500;
    t.mechanicShareBp = 5500;
    t.termsHtml = u"<p>Parts at cost.</p>"_qs;
    QVERIFY(m_db.exec(u"UPDATE desk.organizations SET platform_fee_bp = 2000"_qs));
    QSqlDatabase owner = conn(u"ownera"_qs);
    const auto saved = PartnershipRepository::saveProgram(owner, RequestKey::create(), 0, 0, m_workshopA, t);
    QVERIFY2(saved.ok(), qPrintable(saved.error().serverMessage));
    const auto published = PartnershipRepository::setProgramStatus(owner, RequestKey::create(), saved->id,
                                                                   saved->rowVersion, ProgramAction::Publish);
    QVERIFY2(published.ok(), qPrintable(published.error().serverMessage));
    m_program = saved->id;

    // A pending verification the service must not be able to decide.
    const qint64 someone = m_db.insertMechanic(u"Vera Verification"_qs, m_workshopA);
    m_pendingVerification = m_db.insertVerification(u"mechanic"_qs, someone, u"insurance"_qs);
    QVERIFY(m_pendingVerification > 0);
    // A tax profile with a SIN the service must not be able to read.
    QVERIFY(m_db.exec(u"INSERT INTO desk.payee_tax_profiles (payee_party, mechanic_id, recipient_kind, "
                      "surname, given_name, sin) VALUES ('mechanic', ?, 'individual', 'Verification', "
                      "'Vera', '046454286')"_qs,
                      {someone}));
}

void TstConsent::cleanupTestCase() {
    for (const QString &name : std::as_const(m_conn))
        TestDatabase::closeConnection(name);
}

qint64 TstConsent::newAgreement(const QString &mechanicName) {
    const qint64 mechanic = m_db.insertMechanic(mechanicName + u' ' + QString::number(++m_mechanicSerial));
    if (!mechanic ||
        !m_db.exec(u"UPDATE desk.mechanics SET compliance_status = 'approved' WHERE id = ?"_qs, {mechanic}))
        return 0;
    const QVariant application = m_db.scalar(u"INSERT INTO desk.partnership_applications (program_id, "
                                             "mechanic_id, message) VALUES (?, ?, 'Hello') RETURNING id"_qs,
                                             {m_program, mechanic});
    if (!application.isValid())
        return 0;
    QSqlDatabase owner = conn(u"ownera"_qs);
    const int version =
        m_db.scalar(u"SELECT version FROM desk.partnership_applications WHERE id = ?"_qs, {application})
            .toInt();
    const auto agreement = PartnershipRepository::decideApplication(
        owner, RequestKey::create(), application.toLongLong(), version, true, {});
    if (!agreement) {
        qWarning() << "approve:" << agreement.error().serverMessage;
        return 0;
    }
    const auto doc = PartnershipRepository::attachAgreementDocument(
        owner, RequestKey::create(), *agreement, u"agreement.pdf"_qs,
        QByteArrayLiteral("%PDF-1.4\n% consent test\n%%EOF\n"));
    if (!doc) {
        qWarning() << "attach:" << doc.error().serverMessage;
        return 0;
    }
    return *agreement;
}

void TstConsent::ownerCannotRecordTheMechanicsAcceptance() {
    const qint64 agreement = newAgreement(u"Fiona Forged"_qs);
    QVERIFY(agreement > 0);
    QSqlDatabase owner = conn(u"ownera"_qs);
    QCOMPARE(consentState(agreement), u"-|false|pending"_qs);

    // The attack of the issue: the owner types the mechanic's name, backdated, through 0004's form.
    const TestDatabase::SqlResult typed = TestDatabase::run(
        owner,
        u"SELECT desk.record_agreement_acceptance(?, ?, 'mechanic', 'Fiona Forged', '2020-01-01 09:00+00')"_qs,
        {agreement, agreementVersion(agreement)});
    QVERIFY2(!typed.ok, "the owner recorded the mechanic's acceptance with a typed name and date");
    QCOMPARE(consentState(agreement), u"-|false|pending"_qs);

    // The current form: the mechanic's side is refused to an owner, plainly.
    const TestDatabase::SqlResult side =
        TestDatabase::run(owner, u"SELECT desk.record_agreement_acceptance(?, ?, 'mechanic')"_qs,
                          {agreement, agreementVersion(agreement)});
    QVERIFY2(!side.ok, "the owner recorded the mechanic's acceptance");
    QCOMPARE(side.sqlState(), u"42501"_qs);
    QVERIFY2(side.error.serverMessage.contains(u"platform"_qs), qPrintable(side.describe()));

    // Even after the workshop accepted, the partnership stays pending until the mechanic does.
    const TestDatabase::SqlResult mine =
        TestDatabase::run(owner, u"SELECT desk.record_agreement_acceptance(?, ?, 'workshop')"_qs,
                          {agreement, agreementVersion(agreement)});
    ADESK_VERIFY_SQL(mine);
    const TestDatabase::SqlResult again =
        TestDatabase::run(owner, u"SELECT desk.record_agreement_acceptance(?, ?, 'mechanic')"_qs,
                          {agreement, agreementVersion(agreement)});
    QVERIFY(!again.ok);
    QCOMPARE(again.sqlState(), u"42501"_qs);
    QCOMPARE(consentState(agreement), u"-|false|pending"_qs);
    QCOMPARE(m_db.scalar(u"SELECT desk.mechanic_may_work_at(mechanic_id, workshop_id) FROM "
                         "desk.partnership_agreements WHERE id = ?"_qs,
                         {agreement})
                 .toBool(),
             false);

    // Nor directly, nor as admin or finance.
    const TestDatabase::SqlResult direct =
        TestDatabase::run(owner,
                          u"UPDATE desk.partnership_agreements SET mechanic_accepted_by = 'x', "
                          "mechanic_accepted_at = now() WHERE id = ?"_qs,
                          {agreement});
    QVERIFY(!direct.ok);
    QCOMPARE(direct.sqlState(), u"42501"_qs);
    for (const QString &who : {u"admin"_qs, u"finance"_qs}) {
        const TestDatabase::SqlResult r =
            TestDatabase::run(conn(who), u"SELECT desk.record_agreement_acceptance(?, ?, 'mechanic')"_qs,
                              {agreement, agreementVersion(agreement)});
        QVERIFY2(!r.ok, qPrintable(who));
        QCOMPARE(r.sqlState(), u"42501"_qs);
    }
    QCOMPARE(consentState(agreement), u"-|false|pending"_qs);
}

void TstConsent::noBackdating() {
    const qint64 agreement = newAgreement(u"Bruno Backdate"_qs);
    QVERIFY(agreement > 0);
    QSqlDatabase owner = conn(u"ownera"_qs);

    // No time argument exists, for either side.
    const TestDatabase::SqlResult backdated = TestDatabase::run(
        owner, u"SELECT desk.record_agreement_acceptance(?, ?, 'workshop', 'Olivia Owner', '2020-01-01')"_qs,
        {agreement, agreementVersion(agreement)});
    QVERIFY2(!backdated.ok, "a caller-supplied acceptance time was accepted");
    QVERIFY(
        m_db.scalar(u"SELECT workshop_accepted_at IS NULL FROM desk.partnership_agreements WHERE id = ?"_qs,
                    {agreement})
            .toBool());
    const TestDatabase::SqlResult fromClient = TestDatabase::run(
        owner,
        u"SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = "
        "'desk' AND p.proname = 'record_agreement_acceptance' AND ('timestamptz'::regtype = ANY "
        "(p.proargtypes::regtype[]) OR 'timestamp'::regtype = ANY (p.proargtypes::regtype[]))"_qs);
    ADESK_VERIFY_SQL(fromClient);
    QCOMPARE(fromClient.rows.size(), 0);

    // The owner's own side: recorded at the server's time, under the owner's own name.
    const QDateTime before = m_db.scalar(u"SELECT now()"_qs).toDateTime();
    const TestDatabase::SqlResult mine =
        TestDatabase::run(owner, u"SELECT desk.record_agreement_acceptance(?, ?, 'workshop')"_qs,
                          {agreement, agreementVersion(agreement)});
    ADESK_VERIFY_SQL(mine);
    const QDateTime after = m_db.scalar(u"SELECT now()"_qs).toDateTime();
    const TestDatabase::SqlResult row =
        m_db.run(u"SELECT workshop_accepted_by, workshop_accepted_at FROM desk.partnership_agreements "
                 "WHERE id = ?"_qs,
                 {agreement});
    ADESK_VERIFY_SQL(row);
    QCOMPARE(row.rows.value(0).value(0).toString(), u"Olivia Owner"_qs);
    const QDateTime at = row.rows.value(0).value(1).toDateTime();
    QVERIFY2(at >= before && at <= after, qPrintable(at.toString(Qt::ISODateWithMs)));
}

void TstConsent::serviceRecordsTheMechanicsAcceptanceAtServerTime() {
    QVERIFY2(m_serviceReady, "no platform service login (group adesk_platform_service / mapping missing)");
    const qint64 agreement = newAgreement(u"Sam Service"_qs);
    QVERIFY(agreement > 0);
    const QString mechanicName =
        m_db.scalar(u"SELECT m.display_name FROM desk.partnership_agreements g JOIN desk.mechanics m "
                    "ON m.id = g.mechanic_id WHERE g.id = ?"_qs,
                    {agreement})
            .toString();
    ADESK_VERIFY_SQL(TestDatabase::run(conn(u"ownera"_qs),
                                       u"SELECT desk.record_agreement_acceptance(?, ?, 'workshop')"_qs,
                                       {agreement, agreementVersion(agreement)}));
    QCOMPARE(consentState(agreement), u"-|false|pending"_qs);

    // The service reads the agreement it shows to the mechanic, and records the acceptance.
    QSqlDatabase platform = conn(u"platform"_qs);
    const TestDatabase::SqlResult seen = TestDatabase::run(
        platform, u"SELECT version FROM desk.partnership_agreements WHERE id = ?"_qs, {agreement});
    ADESK_VERIFY_SQL(seen);
    QCOMPARE(seen.rows.size(), 1);
    const QDateTime before = m_db.scalar(u"SELECT now()"_qs).toDateTime();
    const TestDatabase::SqlResult accepted =
        TestDatabase::run(platform, u"SELECT desk.record_agreement_acceptance(?, ?, 'mechanic')"_qs,
                          {agreement, seen.scalar()});
    ADESK_VERIFY_SQL(accepted);
    const QDateTime after = m_db.scalar(u"SELECT now()"_qs).toDateTime();
    QCOMPARE(consentState(agreement), mechanicName + u"|true|active"_qs);
    const QDateTime at =
        m_db.scalar(u"SELECT mechanic_accepted_at FROM desk.partnership_agreements WHERE id = ?"_qs,
                    {agreement})
            .toDateTime();
    QVERIFY2(at >= before && at <= after, qPrintable(at.toString(Qt::ISODateWithMs)));
    QCOMPARE(m_db.scalar(u"SELECT desk.mechanic_may_work_at(mechanic_id, workshop_id) FROM "
                         "desk.partnership_agreements WHERE id = ?"_qs,
                         {agreement})
                 .toBool(),
             true);
    // Audited under the service's login.
    QCOMPARE(m_db.scalar(u"SELECT actor::text FROM desk.audit_log WHERE action = 'agreement_accepted' AND "
                         "row_id = ? AND detail ->> 'side' = 'mechanic'"_qs,
                         {agreement})
                 .toString(),
             m_role.value(u"platform"_qs));

    // A retry of the same call (the reply was lost) answers like the first and changes nothing.
    const TestDatabase::SqlResult retry =
        TestDatabase::run(platform, u"SELECT desk.record_agreement_acceptance(?, ?, 'mechanic')"_qs,
                          {agreement, seen.scalar()});
    ADESK_VERIFY_SQL(retry);
    QCOMPARE(retry.scalar().toInt(), accepted.scalar().toInt());
    QCOMPARE(m_db.scalar(u"SELECT mechanic_accepted_at FROM desk.partnership_agreements WHERE id = ?"_qs,
                         {agreement})
                 .toDateTime(),
             at);
}

void TstConsent::eitherOrderActivates() {
    QVERIFY2(m_serviceReady, "no platform service login");
    const qint64 agreement = newAgreement(u"Olga Order"_qs);
    QVERIFY(agreement > 0);
    ADESK_VERIFY_SQL(TestDatabase::run(conn(u"platform"_qs),
                                       u"SELECT desk.record_agreement_acceptance(?, ?, 'mechanic')"_qs,
                                       {agreement, agreementVersion(agreement)}));
    QVERIFY(consentState(agreement).endsWith(u"|true|pending"_qs));
    ADESK_VERIFY_SQL(TestDatabase::run(conn(u"ownera"_qs),
                                       u"SELECT desk.record_agreement_acceptance(?, ?, 'workshop')"_qs,
                                       {agreement, agreementVersion(agreement)}));
    QVERIFY(consentState(agreement).endsWith(u"|true|active"_qs));
}

void TstConsent::anotherWorkshopsAgreementIsNotFound() {
    const qint64 agreement = newAgreement(u"Nora Notfound"_qs);
    QVERIFY(agreement > 0);
    const qint64 missing =
        m_db.scalar(u"SELECT max(id) + 1000 FROM desk.partnership_agreements"_qs).toLongLong();
    for (const QString &side : {u"workshop"_qs, u"mechanic"_qs}) {
        const TestDatabase::SqlResult other =
            TestDatabase::run(conn(u"ownerb"_qs), u"SELECT desk.record_agreement_acceptance(?, ?, ?)"_qs,
                              {agreement, agreementVersion(agreement), side});
        const TestDatabase::SqlResult none = TestDatabase::run(
            conn(u"ownerb"_qs), u"SELECT desk.record_agreement_acceptance(?, ?, ?)"_qs, {missing, 1, side});
        QVERIFY(!other.ok && !none.ok);
        QCOMPARE(none.sqlState(), u"P0002"_qs);
        QCOMPARE(other.sqlState(), none.sqlState());
        QCOMPARE(QString(other.error.serverMessage).replace(QString::number(agreement), u"N"_qs),
                 QString(none.error.serverMessage).replace(QString::number(missing), u"N"_qs));
    }
    QVERIFY(m_db.scalar(u"SELECT workshop_accepted_at IS NULL AND mechanic_accepted_at IS NULL FROM "
                        "desk.partnership_agreements WHERE id = ?"_qs,
                        {agreement})
                .toBool());
}

void TstConsent::serviceCannotActOutsideItsPurpose() {
    QVERIFY2(m_serviceReady, "no platform service login");
    QSqlDatabase platform = conn(u"platform"_qs);
    const qint64 agreement = newAgreement(u"Pia Purpose"_qs);
    QVERIFY(agreement > 0);
    const qint64 partnership =
        m_db.scalar(u"SELECT id FROM desk.partnerships WHERE agreement_id = ?"_qs, {agreement}).toLongLong();
    const qint64 taxProfile = m_db.scalar(u"SELECT min(id) FROM desk.payee_tax_profiles"_qs).toLongLong();
    QVERIFY(partnership > 0 && taxProfile > 0);

    const QStringList refused = {
        // SIN / BN, tax and earnings
        u"SELECT sin FROM desk.payee_tax_profiles"_qs,
        u"SELECT count(*) FROM desk.payee_tax_profiles"_qs,
        u"SELECT * FROM desk.reveal_tax_number(%1, 'curious')"_qs.arg(taxProfile),
        u"SELECT count(*) FROM desk.t4a_return_rows(2025)"_qs,
        u"SELECT count(*) FROM desk.earnings_ledger"_qs,
        // people, documents and the compliance review
        u"SELECT count(*) FROM desk.profiles"_qs,
        u"SELECT count(*) FROM desk.mechanics"_qs,
        u"SELECT count(*) FROM desk.documents"_qs,
        u"SELECT count(*) FROM desk.compliance_verifications"_qs,
        u"SELECT count(*) FROM desk.audit_log"_qs,
        u"SELECT desk.approve_verification(%1, 1)"_qs.arg(m_pendingVerification),
        u"SELECT desk.reject_verification(%1, 1, 'poor_quality')"_qs.arg(m_pendingVerification),
        u"SELECT * FROM desk.claim_verification(%1)"_qs.arg(m_pendingVerification),
        u"SELECT desk.claim_next_verification()"_qs,
        // the owner's side and the owner's functions
        u"SELECT desk.record_agreement_acceptance(%1, %2, 'workshop')"_qs.arg(agreement).arg(
            agreementVersion(agreement)),
        u"SELECT desk.set_partnership_status(%1, 1, 'terminate', 'x')"_qs.arg(partnership),
        u"SELECT count(*) FROM desk.partnerships"_qs,
        // direct writes and escalation
        u"UPDATE desk.partnership_agreements SET mechanic_accepted_by = 'x', mechanic_accepted_at = "
        "'2020-01-01' WHERE id = %1"_qs.arg(agreement),
        u"UPDATE desk.partnerships SET status = 'active' WHERE id = %1"_qs.arg(partnership),
        u"SET ROLE adesk_owner"_qs,
        u"SET ROLE adesk_workshop_owner"_qs,
        u"SET ROLE adesk_finance"_qs,
    };
    for (const QString &sql : refused) {
        const TestDatabase::SqlResult r = TestDatabase::run(platform, sql);
        QVERIFY2(!r.ok, qPrintable(u"the platform service could run: "_qs + sql));
        QVERIFY2(r.sqlState() == u"42501"_qs, qPrintable(sql + u" -> "_qs + r.describe()));
    }
    QCOMPARE(m_db.scalar(u"SELECT status || '/' || version || '/' || coalesce(claimed_by::text, '-') FROM "
                         "desk.compliance_verifications WHERE id = ?"_qs,
                         {m_pendingVerification})
                 .toString(),
             u"pending/1/-"_qs);
    QVERIFY(m_db.scalar(u"SELECT workshop_accepted_at IS NULL AND mechanic_accepted_at IS NULL FROM "
                        "desk.partnership_agreements WHERE id = ?"_qs,
                        {agreement})
                .toBool());
    QCOMPARE(m_db.scalar(u"SELECT status FROM desk.partnerships WHERE id = ?"_qs, {partnership}).toString(),
             u"pending"_qs);

    // The group holds no special power and owns nothing.
    const TestDatabase::SqlResult attrs = m_db.run(
        u"SELECT rolcanlogin OR rolsuper OR rolbypassrls OR rolcreaterole OR rolcreatedb OR rolreplication, "
        "pg_has_role(oid, 'adesk_owner', 'MEMBER') FROM pg_roles WHERE rolname = 'adesk_platform_service'"_qs);
    ADESK_VERIFY_SQL(attrs);
    QCOMPARE(attrs.rows.size(), 1);
    QCOMPARE(attrs.rows.value(0).value(0).toBool(), false);
    QCOMPARE(attrs.rows.value(0).value(1).toBool(), false);
}

void TstConsent::serviceGroupWithoutMappingIsNotEnough() {
    QVERIFY2(m_serviceReady, "no platform service login");
    // A login in the service group whose mapping says workshop owner (of no workshop): the group
    // grant lets it call the function, the mapping check inside refuses like a missing agreement.
    const QString role = m_db.roleName(u"rogueplatform"_qs);
    QVERIFY(m_db.createLogin(role, u"adesk_platform_service"_qs, u"Rogue Platform"_qs));
    QVERIFY(m_db.exec(
        u"UPDATE desk.staff_logins SET desk_role = 'workshop_owner' WHERE login_role = ?::name"_qs, {role}));
    const qint64 agreement = newAgreement(u"Rita Rogue"_qs);
    QVERIFY(agreement > 0);
    const QString name = u"consent_rogue"_qs;
    {
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), name);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        const TestDatabase::SqlResult r =
            TestDatabase::run(db, u"SELECT desk.record_agreement_acceptance(?, ?, 'mechanic')"_qs,
                              {agreement, agreementVersion(agreement)});
        QVERIFY(!r.ok);
        QCOMPARE(r.sqlState(), u"P0002"_qs);
        const TestDatabase::SqlResult seen =
            TestDatabase::run(db, u"SELECT count(*) FROM desk.partnership_agreements"_qs);
        ADESK_VERIFY_SQL(seen);
        QCOMPARE(seen.scalar().toInt(), 0);
    }
    TestDatabase::closeConnection(name);
    QCOMPARE(consentState(agreement), u"-|false|pending"_qs);
}

QTEST_GUILESS_MAIN(TstConsent)
#include "tst_consent.moc"
