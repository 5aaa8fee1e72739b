// Requirements as a matrix of data (issue 15, migration 0020), against a real PostgreSQL with the
// LOGIN roles that would run each call: promotion following each path and province (an Ontario
// workshop needs its MVIS licence, another province's does not; an independent completing the
// independent set qualifies for partnership programs), effective dates (a rule starting tomorrow does
// not count today), the entity's checklist states, the approval effect codes, the new types' approval
// rules, the sweep's withdrawal, and who may edit the matrix (admins only, audited, never the past).

#include "tests/support/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTest>

using namespace adesk;

class TstRequirements : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void workshopAffiliatedMechanicNeedsEmployment();
    void independentCompletesTheIndependentSetAndQualifiesForPartnerships();
    void licensedMobileNeedsItsOwnSet();
    void ontarioWorkshopNeedsMvisOtherProvincesDoNot();
    void mvisNeedsALicenceNumberAndSetsTheWorkshopFields();
    void ruleStartingTomorrowDoesNotCountToday();
    void endingAndWithdrawingRules();
    void nonAdminsCannotEditRules();
    void checklistStates();
    void approvalEffectCodes();
    void checklistIsForAdminsOnly();
    void sweepWithdrawsOnlyWhatThePathRequires();

private:
    QSqlDatabase as(const QString &who) const { return QSqlDatabase::database(u"req_"_qs + who, false); }
    TestDatabase::SqlResult run(const QString &who, const QString &sql,
                                const QVariantList &binds = {}) const {
        return TestDatabase::run(as(who), sql, binds);
    }
    TestDatabase::SqlResult approve(qint64 id, const QString &fields = u"{}"_qs) {
        const int version =
            m_db.scalar(u"SELECT version FROM desk.compliance_verifications WHERE id = ?"_qs, {id}).toInt();
        return run(u"admin"_qs, u"SELECT desk.approve_verification(?::bigint, ?::integer, NULL, ?::jsonb)"_qs,
                   {id, version, fields});
    }
    /// Inserts and approves verifications of @p types for a mechanic; false on any failure.
    bool approveAll(qint64 mechanic, const QStringList &types) {
        for (const QString &t : types) {
            const qint64 id = m_db.insertVerification(u"mechanic"_qs, mechanic, t);
            const auto r = approve(id);
            if (!id || !r.ok) {
                qWarning().noquote() << t << r.describe();
                return false;
            }
        }
        return true;
    }
    QString mechanicState(qint64 mechanic) {
        return m_db
            .scalar(u"SELECT can_perform_physical_work || '/' || compliance_status || '/' || service_tier "
                    "FROM desk.mechanics WHERE id = ?"_qs,
                    {mechanic})
            .toString();
    }
    /// The checklist as "type=state" joined by spaces.
    QString checklist(qint64 verification) {
        const auto r =
            run(u"admin"_qs,
                u"SELECT string_agg(verification_type || '=' || state, ' ' ORDER BY verification_type) "
                "FROM desk.entity_checklist(?)"_qs,
                {verification});
        if (!r.ok)
            qWarning().noquote() << r.describe();
        return r.scalar().toString();
    }
    QJsonObject effect(qint64 verification) {
        const auto r = run(u"admin"_qs, u"SELECT desk.approval_effect(?)::text"_qs, {verification});
        if (!r.ok)
            qWarning().noquote() << r.describe();
        return QJsonDocument::fromJson(r.scalar().toString().toUtf8()).object();
    }
    bool required(const QString &entity, qint64 id, const QString &type) {
        return run(u"admin"_qs, u"SELECT desk.verification_is_required(?, ?, ?)"_qs, {entity, id, type})
            .scalar()
            .toBool();
    }
    TestDatabase::VerificationData licenceOnly(const QString &number) {
        TestDatabase::VerificationData d;
        d.licenseNumber = number;
        return d;
    }

    TestDatabase m_db;
    QHash<QString, QString> m_roles;
    qint64 m_shopOn = 0;
    qint64 m_shopBc = 0;
};

void TstRequirements::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shopOn = m_db.insertWorkshop(u"Garage Ontario"_qs, u"ON"_qs);
    m_shopBc = m_db.insertWorkshop(u"Garage Pacific"_qs, u"BC"_qs);
    QVERIFY(m_shopOn && m_shopBc);
    const QList<std::tuple<QString, QString, QList<qint64>>> logins = {
        {u"owner"_qs, u"adesk_workshop_owner"_qs, {m_shopOn}},
        {u"admin"_qs, u"adesk_platform_admin"_qs, {}},
        {u"finance"_qs, u"adesk_finance"_qs, {}},
    };
    for (const auto &[who, group, shops] : logins) {
        const QString role = m_db.roleName(u"q"_qs + who);
        QVERIFY(m_db.createLogin(role, group, who, shops));
        m_roles.insert(who, role);
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), u"req_"_qs + who);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }
}

void TstRequirements::cleanupTestCase() {
    for (const QString &who : m_roles.keys())
        TestDatabase::closeConnection(u"req_"_qs + who);
}

void TstRequirements::workshopAffiliatedMechanicNeedsEmployment() {
    const qint64 m = m_db.insertMechanic(u"Wendy Workshop"_qs, m_shopOn);
    QVERIFY(m);
    QVERIFY(approveAll(m, {u"business_license"_qs, u"insurance"_qs}));
    QCOMPARE(mechanicState(m), u"false/pending/virtual_only"_qs);
    // The independent set (certification) does not count on this path.
    QVERIFY(approveAll(m, {u"certification"_qs}));
    QCOMPARE(mechanicState(m), u"false/pending/virtual_only"_qs);
    QCOMPARE(
        run(u"admin"_qs, u"SELECT desk.mechanic_missing_verifications(?)::text"_qs, {m}).scalar().toString(),
        u"{employment}"_qs);
    QVERIFY(approveAll(m, {u"employment"_qs}));
    QCOMPARE(mechanicState(m), u"true/approved/workshop_affiliated"_qs);
}

void TstRequirements::independentCompletesTheIndependentSetAndQualifiesForPartnerships() {
    const qint64 indy = m_db.insertMechanic(u"Ines Independent"_qs);
    QVERIFY(indy);
    // A published program of the Ontario workshop (made through another mechanic's partnership).
    const qint64 other = m_db.insertPhysicalMechanic(u"Pat Partner"_qs, m_shopOn, u"workshop_affiliated"_qs);
    QVERIFY(m_db.insertPartnership(m_shopOn, other, u"revenue_share"_qs, 2000) > 0);
    const qint64 version =
        m_db.scalar(u"SELECT max(v.id) FROM desk.partnership_program_versions v "
                    "JOIN desk.partnership_programs p ON p.id = v.program_id WHERE p.workshop_id = ?"_qs,
                    {m_shopOn})
            .toLongLong();
    QVERIFY(version > 0);
    const QString sql = u"SELECT desk.mechanic_ineligibility(?, ?)::text"_qs;
    QVERIFY(run(u"admin"_qs, sql, {indy, version}).scalar().toString().contains(u"compliance"_qs));

    // Employment proof, which an independent cannot have, is not asked: certification and insurance.
    QVERIFY(approveAll(indy, {u"insurance"_qs}));
    QCOMPARE(mechanicState(indy), u"false/pending/virtual_only"_qs);
    QVERIFY(approveAll(indy, {u"certification"_qs}));
    QCOMPARE(mechanicState(indy), u"false/approved/virtual_only"_qs);
    const QString after = run(u"admin"_qs, sql, {indy, version}).scalar().toString();
    QVERIFY2(!after.contains(u"compliance"_qs), qPrintable(after));
    QCOMPARE(run(u"admin"_qs, u"SELECT desk.mechanic_missing_verifications(?)::text"_qs, {indy})
                 .scalar()
                 .toString(),
             u"{}"_qs);
}

void TstRequirements::licensedMobileNeedsItsOwnSet() {
    // A licensed mobile mechanic (no workshop): the company's licence, insurance and employment with
    // it; promoted with physical work, keeping the tier.
    const qint64 m = m_db.insertMechanic(u"Mo Mobile"_qs);
    QVERIFY(m);
    QVERIFY(m_db.exec(u"UPDATE desk.mechanics SET service_tier = 'licensed_mobile' WHERE id = ?"_qs, {m}));
    QVERIFY(approveAll(m, {u"business_license"_qs, u"insurance"_qs}));
    QCOMPARE(mechanicState(m), u"false/pending/licensed_mobile"_qs);
    QVERIFY(required(u"mechanic"_qs, m, u"employment"_qs));
    QVERIFY(!required(u"mechanic"_qs, m, u"certification"_qs));
    QVERIFY(approveAll(m, {u"employment"_qs}));
    QCOMPARE(mechanicState(m), u"true/approved/licensed_mobile"_qs);
}

void TstRequirements::ontarioWorkshopNeedsMvisOtherProvincesDoNot() {
    QVERIFY(required(u"workshop"_qs, m_shopOn, u"mvis_license"_qs));
    QVERIFY(!required(u"workshop"_qs, m_shopBc, u"mvis_license"_qs));
    QVERIFY(required(u"workshop"_qs, m_shopBc, u"environmental_compliance"_qs));
    const qint64 on = m_db.insertVerification(u"workshop"_qs, m_shopOn, u"zoning"_qs);
    const qint64 bc = m_db.insertVerification(u"workshop"_qs, m_shopBc, u"zoning"_qs);
    QVERIFY(on && bc);
    QCOMPARE(checklist(on), u"business_license=missing environmental_compliance=missing insurance=missing "
                            "mvis_license=missing zoning=pending"_qs);
    QCOMPARE(checklist(bc), u"business_license=missing environmental_compliance=missing insurance=missing "
                            "zoning=pending"_qs);
}

void TstRequirements::mvisNeedsALicenceNumberAndSetsTheWorkshopFields() {
    const qint64 shop = m_db.insertWorkshop(u"Garage MVIS"_qs, u"ON"_qs);
    const qint64 bare = m_db.insertVerification(u"workshop"_qs, shop, u"mvis_license"_qs, licenceOnly({}));
    QVERIFY(bare);
    const auto refused = approve(bare);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.sqlState(), u"22023"_qs);
    ADESK_VERIFY_SQL(approve(bare, u"{\"license_number\": \"MVIS-4471\"}"_qs));
    QCOMPARE(
        m_db.scalar(u"SELECT mvis_license_number FROM desk.organizations WHERE id = ?"_qs, {shop}).toString(),
        u"MVIS-4471"_qs);
    const qint64 env =
        m_db.insertVerification(u"workshop"_qs, shop, u"environmental_compliance"_qs, licenceOnly({}));
    QVERIFY(!m_db.scalar(u"SELECT environmental_compliance_verified FROM desk.organizations WHERE id = ?"_qs,
                         {shop})
                 .toBool());
    ADESK_VERIFY_SQL(approve(env));
    QVERIFY(m_db.scalar(u"SELECT environmental_compliance_verified FROM desk.organizations WHERE id = ?"_qs,
                        {shop})
                .toBool());
    // The labels of the new types, both languages.
    QCOMPARE(
        m_db.scalar(u"SELECT desk.verification_type_label('environmental_compliance', 'fr')"_qs).toString(),
        u"conformité environnementale"_qs);
    QVERIFY(m_db.scalar(u"SELECT desk.verification_type_label('mvis_license', 'en')"_qs)
                .toString()
                .contains(u"MVIS"));
}

void TstRequirements::ruleStartingTomorrowDoesNotCountToday() {
    const qint64 indy = m_db.insertMechanic(u"Tom Tomorrow"_qs);
    QVERIFY(indy);
    const int audits =
        m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE table_name = 'requirement_rules'"_qs).toInt();
    const auto add =
        run(u"admin"_qs, u"SELECT desk.add_requirement_rule(NULL, 'mechanic', 'independent', 'ownership', "
                         "desk.local_today(NULL) + 1)"_qs);
    ADESK_VERIFY_SQL(add);
    const qint64 rule = add.scalar().toLongLong();
    QVERIFY(rule > 0);
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE table_name = 'requirement_rules' "
                         "AND action = 'requirement.add' AND row_id = ?"_qs,
                         {rule})
                 .toInt(),
             1);
    QCOMPARE(m_db.scalar(u"SELECT created_by IS NOT NULL FROM desk.requirement_rules WHERE id = ?"_qs, {rule})
                 .toBool(),
             true);
    // Tomorrow's rule does not count today: the independent set completes without it.
    QVERIFY(!required(u"mechanic"_qs, indy, u"ownership"_qs));
    QVERIFY(approveAll(indy, {u"certification"_qs, u"insurance"_qs}));
    QCOMPARE(mechanicState(indy), u"false/approved/virtual_only"_qs);
    // The past is never edited: a rule from yesterday is refused.
    const auto past = run(u"admin"_qs, u"SELECT desk.add_requirement_rule(NULL, 'mechanic', 'independent', "
                                       "'zoning', desk.local_today(NULL) - 1)"_qs);
    QVERIFY(!past.ok);
    QCOMPARE(past.sqlState(), u"22023"_qs);
    // The same item again while tomorrow's is open: refused as a duplicate.
    const auto twice = run(u"admin"_qs, u"SELECT desk.add_requirement_rule(NULL, 'mechanic', 'independent', "
                                        "'ownership', desk.local_today(NULL) + 5)"_qs);
    QVERIFY(!twice.ok);
    QCOMPARE(twice.sqlState(), u"23505"_qs);
    // A bad path for the entity: refused.
    const auto bad = run(u"admin"_qs, u"SELECT desk.add_requirement_rule(NULL, 'workshop', 'independent', "
                                      "'ownership', desk.local_today(NULL) + 1)"_qs);
    QCOMPARE(bad.sqlState(), u"22023"_qs);
    // When the day comes (moved here by hand), it counts.
    QVERIFY(m_db.exec(
        u"UPDATE desk.requirement_rules SET effective_from = desk.local_today(NULL) WHERE id = ?"_qs,
        {rule}));
    QVERIFY(required(u"mechanic"_qs, indy, u"ownership"_qs));
    QCOMPARE(run(u"admin"_qs, u"SELECT desk.mechanic_missing_verifications(?)::text"_qs, {indy})
                 .scalar()
                 .toString(),
             u"{ownership}"_qs);
    QCOMPARE(
        m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE table_name = 'requirement_rules'"_qs).toInt(),
        audits + 1);
    QVERIFY(m_db.exec(u"DELETE FROM desk.requirement_rules WHERE id = ?"_qs, {rule}));
}

void TstRequirements::endingAndWithdrawingRules() {
    const qint64 rule =
        run(u"admin"_qs, u"SELECT desk.add_requirement_rule('QC', 'workshop', 'workshop', 'ownership', "
                         "desk.local_today(NULL) + 10)"_qs)
            .scalar()
            .toLongLong();
    QVERIFY(rule > 0);
    // Ended before it begins: withdrawn.
    const auto w =
        run(u"admin"_qs, u"SELECT desk.end_requirement_rule(?, desk.local_today(NULL) + 3)"_qs, {rule});
    ADESK_VERIFY_SQL(w);
    QCOMPARE(w.scalar().toBool(), false);
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.requirement_rules WHERE id = ?"_qs, {rule}).toInt(), 0);
    QCOMPARE(
        m_db.scalar(
                u"SELECT action FROM desk.audit_log WHERE table_name = 'requirement_rules' AND row_id = ? "
                "ORDER BY id DESC LIMIT 1"_qs,
                {rule})
            .toString(),
        u"requirement.withdraw"_qs);
    // A rule in effect (the Ontario MVIS rule) ends from a date: still required today, not after.
    const qint64 mvis = m_db.scalar(u"SELECT id FROM desk.requirement_rules WHERE province = 'ON' "
                                    "AND verification_type = 'mvis_license'"_qs)
                            .toLongLong();
    QVERIFY(mvis > 0);
    const auto yesterday =
        run(u"admin"_qs, u"SELECT desk.end_requirement_rule(?, desk.local_today(NULL) - 1)"_qs, {mvis});
    QCOMPARE(yesterday.sqlState(), u"22023"_qs);
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"SELECT desk.end_requirement_rule(?, '2999-01-01')"_qs, {mvis}));
    QCOMPARE(m_db.scalar(u"SELECT effective_to FROM desk.requirement_rules WHERE id = ?"_qs, {mvis}).toDate(),
             QDate(2999, 1, 1));
    QVERIFY(required(u"workshop"_qs, m_shopOn, u"mvis_license"_qs));
    QCOMPARE(run(u"admin"_qs, u"SELECT count(*) FROM desk.requirement_rules_on('3000-01-01') WHERE id = ?"_qs,
                 {mvis})
                 .scalar()
                 .toInt(),
             0);
    QCOMPARE(
        m_db.scalar(
                u"SELECT action FROM desk.audit_log WHERE table_name = 'requirement_rules' AND row_id = ? "
                "ORDER BY id DESC LIMIT 1"_qs,
                {mvis})
            .toString(),
        u"requirement.end"_qs);
    QVERIFY(m_db.exec(u"UPDATE desk.requirement_rules SET effective_to = NULL WHERE id = ?"_qs, {mvis}));
    const auto missing = run(u"admin"_qs, u"SELECT desk.end_requirement_rule(987654, '2999-01-01')"_qs);
    QCOMPARE(missing.sqlState(), u"P0002"_qs);
}

void TstRequirements::nonAdminsCannotEditRules() {
    const int rules = m_db.scalar(u"SELECT count(*) FROM desk.requirement_rules"_qs).toInt();
    const int audits = m_db.scalar(u"SELECT count(*) FROM desk.audit_log"_qs).toInt();
    for (const QString &who : {u"owner"_qs, u"finance"_qs}) {
        const auto add =
            run(who, u"SELECT desk.add_requirement_rule(NULL, 'workshop', 'workshop', 'ownership', "
                     "'2999-01-01')"_qs);
        QVERIFY2(!add.ok, qPrintable(who));
        QCOMPARE(add.sqlState(), u"42501"_qs);
        const auto end = run(who, u"SELECT desk.end_requirement_rule(1, '2999-01-01')"_qs);
        QCOMPARE(end.sqlState(), u"42501"_qs);
        const auto direct =
            run(who, u"INSERT INTO desk.requirement_rules (entity_type, path, verification_type, "
                     "effective_from) VALUES ('workshop', 'workshop', 'ownership', '2999-01-01')"_qs);
        QCOMPARE(direct.sqlState(), u"42501"_qs);
        const auto upd = run(who, u"UPDATE desk.requirement_rules SET effective_to = '2999-01-01'"_qs);
        QCOMPARE(upd.sqlState(), u"42501"_qs);
        // They read the matrix.
        QVERIFY(
            run(who, u"SELECT count(*) FROM desk.requirement_rules_on(current_date)"_qs).scalar().toInt() >
            0);
    }
    const auto adminDirect = run(u"admin"_qs, u"DELETE FROM desk.requirement_rules"_qs);
    QCOMPARE(adminDirect.sqlState(), u"42501"_qs);
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.requirement_rules"_qs).toInt(), rules);
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.audit_log"_qs).toInt(), audits);
}

void TstRequirements::checklistStates() {
    const qint64 m = m_db.insertMechanic(u"Cleo Checklist"_qs, m_shopBc);
    QVERIFY(m);
    // Business licence approved, expiring in 30 days; insurance pending; employment rejected.
    TestDatabase::VerificationData soon = TestDatabase::completeData(u"business_license"_qs);
    soon.expiryDate = m_db.scalar(u"SELECT desk.local_today(?) + 30"_qs, {m_shopBc}).toDate();
    const qint64 bl = m_db.insertVerification(u"mechanic"_qs, m, u"business_license"_qs, soon);
    ADESK_VERIFY_SQL(approve(bl));
    const qint64 ins = m_db.insertVerification(u"mechanic"_qs, m, u"insurance"_qs);
    const qint64 emp = m_db.insertVerification(u"mechanic"_qs, m, u"employment"_qs);
    const int v =
        m_db.scalar(u"SELECT version FROM desk.compliance_verifications WHERE id = ?"_qs, {emp}).toInt();
    ADESK_VERIFY_SQL(
        run(u"admin"_qs, u"SELECT desk.reject_verification(?, ?, 'wrong_document')"_qs, {emp, v}));
    QCOMPARE(checklist(ins), u"business_license=expiring employment=rejected insurance=pending"_qs);
    const auto row = run(u"admin"_qs,
                         u"SELECT verification_id, days_left FROM desk.entity_checklist(?) "
                         "WHERE verification_type = 'business_license'"_qs,
                         {ins});
    ADESK_VERIFY_SQL(row);
    QCOMPARE(row.rows.value(0).value(0).toLongLong(), bl);
    QCOMPARE(row.rows.value(0).value(1).toInt(), 30);
    // The licence expires (past its date): expired; a new one approved for a year: approved.
    QVERIFY(m_db.exec(u"UPDATE desk.compliance_verifications SET status = 'expired', "
                      "expiry_date = desk.local_today(?) - 1 WHERE id = ?"_qs,
                      {m_shopBc, bl}));
    QCOMPARE(checklist(ins), u"business_license=expired employment=rejected insurance=pending"_qs);
    ADESK_VERIFY_SQL(approve(m_db.insertVerification(u"mechanic"_qs, m, u"business_license"_qs)));
    QCOMPARE(checklist(ins), u"business_license=approved employment=rejected insurance=pending"_qs);
    // A mechanic with a single document: the others are missing, without a verification behind them.
    const qint64 lone = m_db.insertMechanic(u"Lou Lonely"_qs, m_shopBc);
    const qint64 only = m_db.insertVerification(u"mechanic"_qs, lone, u"employment"_qs);
    QCOMPARE(checklist(only), u"business_license=missing employment=pending insurance=missing"_qs);
    QCOMPARE(run(u"admin"_qs,
                 u"SELECT count(*) FROM desk.entity_checklist(?) WHERE state = 'missing' "
                 "AND verification_id IS NULL"_qs,
                 {only})
                 .scalar()
                 .toInt(),
             2);
}

void TstRequirements::approvalEffectCodes() {
    const qint64 m = m_db.insertMechanic(u"Eve Effect"_qs, m_shopOn);
    const qint64 bl = m_db.insertVerification(u"mechanic"_qs, m, u"business_license"_qs);
    QCOMPARE(effect(bl).value(u"code"_qs).toString(), u"still_missing"_qs);
    QCOMPARE(effect(bl).value(u"count"_qs).toInt(), 2);
    ADESK_VERIFY_SQL(approve(bl));
    QCOMPARE(effect(bl).value(u"code"_qs).toString(), u"decided"_qs);
    QCOMPARE(effect(bl).value(u"status"_qs).toString(), u"approved"_qs);
    ADESK_VERIFY_SQL(approve(m_db.insertVerification(u"mechanic"_qs, m, u"insurance"_qs)));
    const qint64 emp = m_db.insertVerification(u"mechanic"_qs, m, u"employment"_qs);
    const QJsonObject completes = effect(emp);
    QCOMPARE(completes.value(u"code"_qs).toString(), u"completes"_qs);
    QCOMPARE(completes.value(u"tier"_qs).toString(), u"workshop_affiliated"_qs);
    QCOMPARE(completes.value(u"entity_type"_qs).toString(), u"mechanic"_qs);
    // What it said happens.
    ADESK_VERIFY_SQL(approve(emp));
    QCOMPARE(mechanicState(m), u"true/approved/workshop_affiliated"_qs);
    // A second insurance while one is valid: renews.
    QCOMPARE(effect(m_db.insertVerification(u"mechanic"_qs, m, u"insurance"_qs)).value(u"code"_qs).toString(),
             u"renews"_qs);
    // A document the path does not require.
    QCOMPARE(effect(m_db.insertVerification(u"mechanic"_qs, m, u"ownership"_qs)).value(u"code"_qs).toString(),
             u"not_required"_qs);
    // An independent's last item completes the independent path.
    const qint64 indy = m_db.insertMechanic(u"Ian Indy"_qs);
    QVERIFY(approveAll(indy, {u"insurance"_qs}));
    const QJsonObject indyEffect = effect(m_db.insertVerification(u"mechanic"_qs, indy, u"certification"_qs));
    QCOMPARE(indyEffect.value(u"code"_qs).toString(), u"completes"_qs);
    QCOMPARE(indyEffect.value(u"tier"_qs).toString(), u"independent"_qs);
}

void TstRequirements::checklistIsForAdminsOnly() {
    const qint64 m = m_db.insertMechanic(u"Olive Owned"_qs, m_shopOn);
    const qint64 id = m_db.insertVerification(u"mechanic"_qs, m, u"insurance"_qs);
    for (const QString &who : {u"owner"_qs, u"finance"_qs}) {
        QCOMPARE(run(who, u"SELECT count(*) FROM desk.entity_checklist(?)"_qs, {id}).sqlState(), u"42501"_qs);
        QCOMPARE(run(who, u"SELECT desk.approval_effect(?)"_qs, {id}).sqlState(), u"42501"_qs);
    }
    // A missing verification: one answer, naming nothing.
    const auto missing = run(u"admin"_qs, u"SELECT count(*) FROM desk.entity_checklist(987654)"_qs);
    QCOMPARE(missing.sqlState(), u"P0002"_qs);
    QVERIFY(!missing.error.serverMessage.contains(u"987654"_qs));
}

void TstRequirements::sweepWithdrawsOnlyWhatThePathRequires() {
    // An approved independent whose (not required) business licence expires stays approved; when
    // their insurance (required) expires, the approval is withdrawn.
    const qint64 indy = m_db.insertMechanic(u"Sam Sweep"_qs);
    QVERIFY(approveAll(indy, {u"certification"_qs, u"insurance"_qs, u"business_license"_qs}));
    QCOMPARE(mechanicState(indy), u"false/approved/virtual_only"_qs);
    QVERIFY(m_db.exec(
        u"UPDATE desk.compliance_verifications SET expiry_date = desk.local_today(NULL) - 1 "
        "WHERE entity_type = 'mechanic' AND entity_id = ? AND verification_type = 'business_license'"_qs,
        {indy}));
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"SELECT desk.expire_sweep()"_qs));
    QCOMPARE(mechanicState(indy), u"false/approved/virtual_only"_qs);
    QVERIFY(
        m_db.exec(u"UPDATE desk.compliance_verifications SET expiry_date = desk.local_today(NULL) - 1 "
                  "WHERE entity_type = 'mechanic' AND entity_id = ? AND verification_type = 'insurance'"_qs,
                  {indy}));
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"SELECT desk.expire_sweep()"_qs));
    QCOMPARE(mechanicState(indy), u"false/expired/virtual_only"_qs);
}

QTEST_GUILESS_MAIN(TstRequirements)
#include "tst_requirements.moc"
