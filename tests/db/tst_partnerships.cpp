// Partnership programs at the database (migration 0004), as real LOGIN roles: shares that add up
// after the platform fee, prices, version freezing and new versions from a date, eligibility and
// compliance checked on approval, maximum partners, agreements and acceptance, parts and labour
// rates, RLS between two workshops, concurrent edits of one program (40001), bay bookings' FK and
// desk.mechanic_may_work_at admitting active partners.

#include "models/partnerships/partnershiprepository.h"
#include "tests/support/testdatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QTest>
#include <QtConcurrent>

using namespace adesk;

class TstPartnerships : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void sharesMustAddUpAfterThePlatformFee();
    void typeSpecificTerms();
    void publishFreezesTheVersion();
    void newVersionFromADateKeepsPastUses();
    void approvalChecksEligibilityAndCompliance();
    void approvalProducesAgreementAndPartnership();
    void maximumPartners();
    void rejectionNeedsAReason();
    void partsAndLabourRates();
    void rlsBetweenTwoWorkshops();
    void quebecProgramNeedsItsFrenchTexts();
    void concurrentEditsOfOneProgram();
    void bookingsReferencePartnerships();

private:
    QSqlDatabase conn(const QString &who) const { return QSqlDatabase::database(m_conn.value(who), false); }
    ProgramTerms revenueShare(const QString &name, int workshopBp = 2400) const;
    qint64 createPublished(const QString &who, qint64 workshop, const ProgramTerms &t);
    qint64 apply(qint64 programId, qint64 mechanicId);
    int appVersion(qint64 applicationId) {
        return m_db
            .scalar(u"SELECT version FROM desk.partnership_applications WHERE id = ?"_qs, {applicationId})
            .toInt();
    }

    TestDatabase m_db;
    QHash<QString, QString> m_conn;
    qint64 m_workshopA = 0;
    qint64 m_workshopB = 0;
    qint64 m_good = 0;    ///< approved, 4.8 stars, 12 years, Red Seal
    qint64 m_weak = 0;    ///< approved, 3.9 stars, 2 years
    qint64 m_pending = 0; ///< compliance pending, otherwise strong
    qint64 m_quebec = 0;  ///< approved, French, Quebec
    qint64 m_good2 = 0;   ///< like m_good, no Red Seal
};

void TstPartnerships::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_workshopA = m_db.insertWorkshop(u"Garage Alpha"_qs, u"ON"_qs);
    m_workshopB = m_db.insertWorkshop(u"Garage Beta"_qs, u"QC"_qs, u"fr"_qs);
    QVERIFY(m_workshopA > 0 && m_workshopB > 0);
    QVERIFY(m_db.exec(u"UPDATE desk.organizations SET platform_fee_bp = 2000"_qs));

    m_good = m_db.insertMechanic(u"Alice Good"_qs);
    m_weak = m_db.insertMechanic(u"Bob Weak"_qs);
    m_pending = m_db.insertMechanic(u"Carl Pending"_qs);
    m_quebec = m_db.insertMechanic(u"Denise Québec"_qs, 0, u"fr"_qs);
    m_good2 = m_db.insertMechanic(u"Evan Good"_qs);
    QVERIFY(m_good && m_weak && m_pending && m_quebec && m_good2);
    QVERIFY(m_db.exec(u"UPDATE desk.mechanics SET compliance_status = 'approved', rating_bp = 48000, "
                      "years_experience = 12, red_seal_certified = true WHERE id IN (?, ?)"_qs,
                      {m_good, m_quebec}));
    QVERIFY(
        m_db.exec(u"UPDATE desk.mechanics SET province = 'QC', city = 'Montréal', postal_code = 'H2J 2L3' "
                  "WHERE id = ?"_qs,
                  {m_quebec}));
    QVERIFY(m_db.exec(u"UPDATE desk.mechanics SET compliance_status = 'approved', rating_bp = 39000, "
                      "years_experience = 2 WHERE id = ?"_qs,
                      {m_weak}));
    QVERIFY(m_db.exec(u"UPDATE desk.mechanics SET compliance_status = 'pending', rating_bp = 49000, "
                      "years_experience = 20, red_seal_certified = true WHERE id = ?"_qs,
                      {m_pending}));
    QVERIFY(m_db.exec(u"UPDATE desk.mechanics SET compliance_status = 'approved', rating_bp = 47000, "
                      "years_experience = 9 WHERE id = ?"_qs,
                      {m_good2}));

    const QList<std::tuple<QString, QString, QList<qint64>>> logins = {
        {u"ownera"_qs, u"adesk_workshop_owner"_qs, {m_workshopA}},
        {u"ownerb"_qs, u"adesk_workshop_owner"_qs, {m_workshopB}},
        {u"ownera2"_qs, u"adesk_workshop_owner"_qs, {m_workshopA}},
        {u"admin"_qs, u"adesk_platform_admin"_qs, {}},
        {u"platform"_qs, u"adesk_platform_service"_qs, {}},
    };
    for (const auto &[who, group, shops] : logins) {
        const QString role = m_db.roleName(who);
        QVERIFY(m_db.createLogin(role, group, who, shops));
        const QString name = u"p4_"_qs + who;
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), name);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        m_conn.insert(who, name);
    }
}

void TstPartnerships::cleanupTestCase() {
    for (const QString &name : m_conn)
        TestDatabase::closeConnection(name);
}

ProgramTerms TstPartnerships::revenueShare(const QString &name, int workshopBp) const {
    ProgramTerms t;
    t.name = name;
    t.type = ProgramTerms::Type::RevenueShare;
    t.platformFeeBp = 2000;
    t.workshopShareBp = workshopBp;
    t.mechanicShareBp = 8000 - workshopBp;
    t.minRatingBp = 45000;
    t.minYearsExperience = 5;
    t.termsHtml = u"<p>Bring your own tools.</p>"_qs;
    return t;
}

qint64 TstPartnerships::createPublished(const QString &who, qint64 workshop, const ProgramTerms &t) {
    QSqlDatabase db = conn(who);
    const auto saved = PartnershipRepository::saveProgram(db, RequestKey::create(), 0, 0, workshop, t);
    if (!saved) {
        qWarning() << saved.error().serverMessage;
        return 0;
    }
    const auto v = PartnershipRepository::setProgramStatus(db, RequestKey::create(), saved->id,
                                                           saved->rowVersion, ProgramAction::Publish);
    if (!v) {
        qWarning() << v.error().serverMessage;
        return 0;
    }
    return saved->id;
}

qint64 TstPartnerships::apply(qint64 programId, qint64 mechanicId) {
    return m_db
        .scalar(u"INSERT INTO desk.partnership_applications (program_id, mechanic_id, message) "
                "VALUES (?, ?, 'I would like to join') RETURNING id"_qs,
                {programId, mechanicId})
        .toLongLong();
}

void TstPartnerships::sharesMustAddUpAfterThePlatformFee() {
    QSqlDatabase db = conn(u"ownera"_qs);
    ProgramTerms t = revenueShare(u"Bad split"_qs);
    t.mechanicShareBp = 7000; // 2000 + 2400 + 7000 = 11400
    QVERIFY(!t.isValid());
    auto r = PartnershipRepository::saveProgram(db, RequestKey::create(), 0, 0, m_workshopA, t);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().sqlState, u"23514"_qs);
    QVERIFY2(r.error().serverMessage.contains(u"shares_add_up"_qs), qPrintable(r.error().serverMessage));

    // The workshop's own fee counts: with a 15 % fee, 2400 + 5600 no longer fits.
    QVERIFY(
        m_db.exec(u"UPDATE desk.organizations SET platform_fee_bp = 1500 WHERE id = ?"_qs, {m_workshopA}));
    r = PartnershipRepository::saveProgram(db, RequestKey::create(), 0, 0, m_workshopA,
                                           revenueShare(u"Old fee"_qs));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().sqlState, u"23514"_qs);
    ProgramTerms fifteen = revenueShare(u"Fifteen"_qs);
    fifteen.platformFeeBp = 1500;
    fifteen.mechanicShareBp = 6100;
    QVERIFY(fifteen.isValid());
    r = PartnershipRepository::saveProgram(db, RequestKey::create(), 0, 0, m_workshopA, fifteen);
    QVERIFY2(r.ok(), qPrintable(r.error().serverMessage));
    QVERIFY(
        m_db.exec(u"UPDATE desk.organizations SET platform_fee_bp = 2000 WHERE id = ?"_qs, {m_workshopA}));

    // The worked example, from the database: the workshop's fee today, then the split of $500 by
    // desk.calculate_revenue_split: 20 % / 24 % / 56 %, parts adding up to the cent.
    const auto w = PartnershipRepository::programExample(db, m_workshopA, {}, revenueShare(u"x"_qs), 50000);
    QVERIFY2(w.ok(), qPrintable(w.error().serverMessage));
    QCOMPARE(w->fee.feeBp, 2000);
    QCOMPARE(w->split.cents(Party::Platform), 10000);
    QCOMPARE(w->split.cents(Party::Workshop), 12000);
    QCOMPARE(w->split.cents(Party::Mechanic), 28000);
    const auto w2 =
        PartnershipRepository::programExample(db, m_workshopA, {}, revenueShare(u"odd"_qs, 3333), 50001);
    QVERIFY(w2.ok());
    QCOMPARE(w2->split.cents(Party::Platform) + w2->split.cents(Party::Workshop) +
                 w2->split.cents(Party::Mechanic),
             50001);
    // Shares that do not fit the workshop's fee: the fee, and no split.
    ProgramTerms off = revenueShare(u"off"_qs);
    off.mechanicShareBp = 7000;
    const auto w3 = PartnershipRepository::programExample(db, m_workshopA, {}, off, 50000);
    QVERIFY(w3.ok());
    QCOMPARE(w3->fee.feeBp, 2000);
    QVERIFY(w3->split.isEmpty());
    // Another workshop's fee is answered as for one that does not exist.
    const auto other = PartnershipRepository::workshopFee(db, m_workshopB);
    QCOMPARE(other.error().sqlState, u"P0002"_qs);
}

void TstPartnerships::typeSpecificTerms() {
    QSqlDatabase db = conn(u"ownera"_qs);
    ProgramTerms bay;
    bay.name = u"Bay without a price"_qs;
    bay.type = ProgramTerms::Type::BayRental;
    bay.workshopShareBp = 0;
    bay.mechanicShareBp = 8000;
    QVERIFY(!bay.isValid());
    auto r = PartnershipRepository::saveProgram(db, RequestKey::create(), 0, 0, m_workshopA, bay);
    QCOMPARE(r.error().sqlState, u"23514"_qs);
    QVERIFY(r.error().serverMessage.contains(u"bay_rental_price"_qs));
    bay.bayRateHourCents = 4500;
    QVERIFY(bay.isValid());
    r = PartnershipRepository::saveProgram(db, RequestKey::create(), 0, 0, m_workshopA, bay);
    QVERIFY2(r.ok(), qPrintable(r.error().serverMessage));
    // A bay rental gives the workshop no share of the job.
    bay.workshopShareBp = 1000;
    bay.mechanicShareBp = 7000;
    r = PartnershipRepository::saveProgram(db, RequestKey::create(), 0, 0, m_workshopA, bay);
    QCOMPARE(r.error().sqlState, u"23514"_qs);

    ProgramTerms member;
    member.name = u"Membership"_qs;
    member.type = ProgramTerms::Type::Membership;
    member.workshopShareBp = 1000;
    member.mechanicShareBp = 7000;
    member.membershipFeeCents = 39900;
    member.includedBayHours = 20;
    member.overageRateHourCents = 0; // missing
    QVERIFY(!member.isValid());
    r = PartnershipRepository::saveProgram(db, RequestKey::create(), 0, 0, m_workshopA, member);
    QCOMPARE(r.error().sqlState, u"23514"_qs);
    member.overageRateHourCents = 3500;
    r = PartnershipRepository::saveProgram(db, RequestKey::create(), 0, 0, m_workshopA, member);
    QVERIFY2(r.ok(), qPrintable(r.error().serverMessage));
    // Negative price: refused by CHECK.
    member.membershipFeeCents = -1;
    r = PartnershipRepository::saveProgram(db, RequestKey::create(), r->id, r->rowVersion, m_workshopA,
                                           member);
    QCOMPARE(r.error().sqlState, u"23514"_qs);
}

void TstPartnerships::publishFreezesTheVersion() {
    const qint64 id = createPublished(u"ownera"_qs, m_workshopA, revenueShare(u"Frozen"_qs));
    QVERIFY(id > 0);
    // Nobody — not even the superuser — changes a published version in place.
    const auto r = m_db.run(u"UPDATE desk.partnership_program_versions SET workshop_share_bp = 3000, "
                            "mechanic_share_bp = 5000 WHERE program_id = ?"_qs,
                            {id});
    QVERIFY(!r.ok);
    QCOMPARE(r.sqlState(), u"23514"_qs);
    QVERIFY(r.error.serverMessage.contains(u"published"_qs));
    const auto d = m_db.run(u"DELETE FROM desk.partnership_program_versions WHERE program_id = ?"_qs, {id});
    QVERIFY(!d.ok);
    // Saving a published program without a date is refused; with a past date too.
    QSqlDatabase db = conn(u"ownera"_qs);
    const int rowVersion =
        m_db.scalar(u"SELECT version FROM desk.partnership_programs WHERE id = ?"_qs, {id}).toInt();
    auto s = PartnershipRepository::saveProgram(db, RequestKey::create(), id, rowVersion, m_workshopA,
                                                revenueShare(u"Frozen"_qs, 3000));
    QCOMPARE(s.error().sqlState, u"22023"_qs);
    s = PartnershipRepository::saveProgram(db, RequestKey::create(), id, rowVersion, m_workshopA,
                                           revenueShare(u"Frozen"_qs, 3000),
                                           QDate::currentDate().addDays(-1));
    QCOMPARE(s.error().sqlState, u"22023"_qs);
    // Status changes: a published program cannot be published again; closed is final.
    auto st = PartnershipRepository::setProgramStatus(db, RequestKey::create(), id, rowVersion,
                                                      ProgramAction::Publish);
    QCOMPARE(st.error().sqlState, u"23514"_qs);
}

void TstPartnerships::newVersionFromADateKeepsPastUses() {
    QSqlDatabase db = conn(u"ownera"_qs);
    const qint64 id = createPublished(u"ownera"_qs, m_workshopA, revenueShare(u"Versioned"_qs, 2400));
    QVERIFY(id > 0);
    const qint64 before = apply(id, m_good);
    QVERIFY(before > 0);
    const int rowVersion =
        m_db.scalar(u"SELECT version FROM desk.partnership_programs WHERE id = ?"_qs, {id}).toInt();
    const QDate from = QDate::currentDate().addDays(14);
    auto s = PartnershipRepository::saveProgram(db, RequestKey::create(), id, rowVersion, m_workshopA,
                                                revenueShare(u"Versioned"_qs, 3000), from);
    QVERIFY2(s.ok(), qPrintable(s.error().serverMessage));
    QCOMPARE(s->versionNo, 2);
    const auto detail = PartnershipRepository::loadProgram(db, id);
    QVERIFY(detail.ok());
    QCOMPARE(detail->versions.size(), 2);
    QCOMPARE(detail->versions.at(1).effectiveFrom, from);
    QCOMPARE(detail->terms.workshopShareBp, 3000);
    // Today's version is still 1; the application made today keeps version 1.
    QCOMPARE(m_db.scalar(u"SELECT v.version_no FROM desk.partnership_program_versions v "
                         "WHERE v.id = desk.program_version_at(?, current_date)"_qs,
                         {id})
                 .toInt(),
             1);
    QCOMPARE(m_db.scalar(u"SELECT v.version_no FROM desk.partnership_program_versions v "
                         "WHERE v.id = desk.program_version_at(?, ?)"_qs,
                         {id, from})
                 .toInt(),
             2);
    const auto agreement = PartnershipRepository::decideApplication(db, RequestKey::create(), before,
                                                                    appVersion(before), true, {});
    QVERIFY2(agreement.ok(), qPrintable(agreement.error().serverMessage));
    const auto g = PartnershipRepository::loadAgreement(db, *agreement);
    QVERIFY(g.ok());
    QCOMPARE(g->terms.value(u"version_no").toInt(), 1);
    QCOMPARE(g->terms.value(u"workshop_share_bp").toInt(), 2400);
    // The agreement's frozen terms cannot be rewritten.
    const auto w =
        m_db.run(u"UPDATE desk.partnership_agreements SET terms = '{}' WHERE id = ?"_qs, {*agreement});
    QVERIFY(!w.ok);
    QCOMPARE(w.sqlState(), u"23514"_qs);
    // A version cannot start before the latest one.
    s = PartnershipRepository::saveProgram(db, RequestKey::create(), id, s->rowVersion, m_workshopA,
                                           revenueShare(u"Versioned"_qs, 2000), from.addDays(-1));
    QCOMPARE(s.error().sqlState, u"22023"_qs);
}

void TstPartnerships::approvalChecksEligibilityAndCompliance() {
    QSqlDatabase db = conn(u"ownera"_qs);
    ProgramTerms t = revenueShare(u"Strict"_qs);
    t.requiredCertifications = {u"red_seal"_qs};
    t.eligibleServiceTiers = {u"virtual_only"_qs, u"licensed_mobile"_qs};
    const qint64 id = createPublished(u"ownera"_qs, m_workshopA, t);
    QVERIFY(id > 0);

    const qint64 weak = apply(id, m_weak);
    auto r =
        PartnershipRepository::decideApplication(db, RequestKey::create(), weak, appVersion(weak), true, {});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().sqlState, u"23514"_qs);
    QVERIFY(r.error().detail.contains(u"rating"_qs));
    QVERIFY(r.error().detail.contains(u"experience"_qs));
    QVERIFY(r.error().detail.contains(u"cert:red_seal"_qs));

    const qint64 pending = apply(id, m_pending);
    r = PartnershipRepository::decideApplication(db, RequestKey::create(), pending, appVersion(pending), true,
                                                 {});
    QCOMPARE(r.error().sqlState, u"23514"_qs);
    QVERIFY2(r.error().detail == u"missing=compliance"_qs, qPrintable(r.error().detail));

    const qint64 noSeal = apply(id, m_good2);
    r = PartnershipRepository::decideApplication(db, RequestKey::create(), noSeal, appVersion(noSeal), true,
                                                 {});
    QCOMPARE(r.error().detail, u"missing=cert:red_seal"_qs);

    // The queue shows why, computed by the same function.
    const auto rows =
        PartnershipRepository::fetchApplications(db, id, ApplicationStatus::Pending, std::nullopt, 50);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 3);
    for (const ApplicationRow &a : *rows)
        QVERIFY2(!a.ineligibility.isEmpty(), qPrintable(a.mechanicName));
    // Nothing changed: they are all still pending and no agreement exists.
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.partnership_agreements WHERE program_id = ?"_qs, {id})
                 .toInt(),
             0);

    // A mechanic whose tier is not eligible.
    QVERIFY(
        m_db.exec(u"UPDATE desk.mechanics SET compliance_status = 'approved' WHERE id = ?"_qs, {m_pending}));
    QVERIFY(m_db.run(u"SELECT desk.mechanic_ineligibility(?, desk.program_version_at(?, current_date))"_qs,
                     {m_pending, id})
                .scalar()
                .toString() == u"{}"_qs);
    QVERIFY(
        m_db.exec(u"UPDATE desk.mechanics SET compliance_status = 'pending' WHERE id = ?"_qs, {m_pending}));
}

void TstPartnerships::approvalProducesAgreementAndPartnership() {
    QSqlDatabase db = conn(u"ownera"_qs);
    const qint64 id = createPublished(u"ownera"_qs, m_workshopA, revenueShare(u"Happy path"_qs));
    const qint64 app = apply(id, m_quebec);
    QCOMPARE(m_db.scalar(u"SELECT desk.mechanic_may_work_at(?, ?)"_qs, {m_quebec, m_workshopA}).toBool(),
             false);
    const auto agreement = PartnershipRepository::decideApplication(
        db, RequestKey::create(), app, appVersion(app), true, u"Welcome"_qs, QDate::currentDate(),
        QDate::currentDate().addYears(1));
    QVERIFY2(agreement.ok(), qPrintable(agreement.error().serverMessage));
    auto g = PartnershipRepository::loadAgreement(db, *agreement);
    QVERIFY(g.ok());
    QCOMPARE(g->language, u"fr"_qs); // Quebec mechanic: French first
    QCOMPARE(g->status, PartnershipStatus::Active);
    QCOMPARE(g->terms.value(u"mechanic").toObject().value(u"name").toString(), u"Denise Québec"_qs);
    QCOMPARE(g->terms.value(u"workshop").toObject().value(u"name").toString(), u"Garage Alpha"_qs);
    QCOMPARE(
        m_db.scalar(u"SELECT status FROM desk.partnership_applications WHERE id = ?"_qs, {app}).toString(),
        u"approved"_qs);
    QCOMPARE(m_db.scalar(u"SELECT status FROM desk.partnerships WHERE agreement_id = ?"_qs, {*agreement})
                 .toString(),
             u"pending"_qs);
    // Deciding twice: already decided.
    auto again = PartnershipRepository::decideApplication(db, RequestKey::create(), app, appVersion(app),
                                                          false, u"no"_qs);
    QCOMPARE(again.error().sqlState, u"AD001"_qs);

    // Acceptance needs the document first.
    auto acc = PartnershipRepository::recordAcceptance(db, *agreement, g->rowVersion, Party::Workshop);
    QCOMPARE(acc.error().sqlState, u"23514"_qs);
    const QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n% test agreement\n%%EOF\n");
    const auto doc = PartnershipRepository::attachAgreementDocument(db, RequestKey::create(), *agreement,
                                                                    u"agreement.pdf"_qs, pdf);
    QVERIFY2(doc.ok(), qPrintable(doc.error().serverMessage));
    QCOMPARE(
        m_db.scalar(u"SELECT encode(sha256, 'hex') FROM desk.documents WHERE id = ?"_qs, {*doc}).toString(),
        QString::fromLatin1(QCryptographicHash::hash(pdf, QCryptographicHash::Sha256).toHex()));
    const auto back = PartnershipRepository::agreementPdf(db, *agreement);
    QVERIFY(back.ok());
    QCOMPARE(*back, pdf);
    g = PartnershipRepository::loadAgreement(db, *agreement);
    acc = PartnershipRepository::recordAcceptance(db, *agreement, g->rowVersion, Party::Workshop);
    QVERIFY2(acc.ok(), qPrintable(acc.error().serverMessage));
    QCOMPARE(m_db.scalar(u"SELECT status FROM desk.partnerships WHERE agreement_id = ?"_qs, {*agreement})
                 .toString(),
             u"pending"_qs);
    // The mechanic accepts on the web platform: its service login records it (tst_consent covers
    // who may not).
    QSqlDatabase platform = conn(u"platform"_qs);
    acc = PartnershipRepository::recordAcceptance(platform, *agreement, *acc, Party::Mechanic);
    QVERIFY2(acc.ok(), qPrintable(acc.error().serverMessage));
    QCOMPARE(m_db.scalar(u"SELECT mechanic_accepted_by FROM desk.partnership_agreements WHERE id = ?"_qs,
                         {*agreement})
                 .toString(),
             u"Denise Québec"_qs);
    QCOMPARE(m_db.scalar(u"SELECT status FROM desk.partnerships WHERE agreement_id = ?"_qs, {*agreement})
                 .toString(),
             u"active"_qs);
    // An active partner may now work at the workshop (0004 replaced 0003's function).
    QCOMPARE(m_db.scalar(u"SELECT desk.mechanic_may_work_at(?, ?)"_qs, {m_quebec, m_workshopA}).toBool(),
             true);
    QCOMPARE(m_db.scalar(u"SELECT desk.mechanic_may_work_at(?, ?)"_qs, {m_quebec, m_workshopB}).toBool(),
             false);

    // Suspend needs a reason; suspended partners may not work; terminate ends the agreement.
    const qint64 pid =
        m_db.scalar(u"SELECT id FROM desk.partnerships WHERE agreement_id = ?"_qs, {*agreement}).toLongLong();
    int pv = m_db.scalar(u"SELECT version FROM desk.partnerships WHERE id = ?"_qs, {pid}).toInt();
    auto ps = PartnershipRepository::setPartnershipStatus(db, RequestKey::create(), pid, pv,
                                                          PartnershipAction::Suspend, {});
    QCOMPARE(ps.error().sqlState, u"22023"_qs);
    ps = PartnershipRepository::setPartnershipStatus(db, RequestKey::create(), pid, pv,
                                                     PartnershipAction::Suspend, u"late payments"_qs);
    QVERIFY(ps.ok());
    QCOMPARE(m_db.scalar(u"SELECT desk.mechanic_may_work_at(?, ?)"_qs, {m_quebec, m_workshopA}).toBool(),
             false);
    QCOMPARE(m_db.scalar(u"SELECT status FROM desk.partnership_agreements WHERE id = ?"_qs, {*agreement})
                 .toString(),
             u"suspended"_qs);
    ps = PartnershipRepository::setPartnershipStatus(db, RequestKey::create(), pid, *ps,
                                                     PartnershipAction::Terminate, u"ended"_qs);
    QVERIFY(ps.ok());
    QCOMPARE(
        m_db.scalar(u"SELECT status || ' ' || (end_date = current_date) FROM desk.partnership_agreements "
                    "WHERE id = ?"_qs,
                    {*agreement})
            .toString(),
        u"terminated true"_qs);
    ps = PartnershipRepository::setPartnershipStatus(db, RequestKey::create(), pid, *ps,
                                                     PartnershipAction::Reinstate, {});
    QCOMPARE(ps.error().sqlState, u"23514"_qs);
}

void TstPartnerships::maximumPartners() {
    QSqlDatabase db = conn(u"ownera"_qs);
    ProgramTerms t = revenueShare(u"One seat"_qs);
    t.maxPartners = 1;
    const qint64 id = createPublished(u"ownera"_qs, m_workshopA, t);
    const qint64 a1 = apply(id, m_good);
    const qint64 a2 = apply(id, m_good2);
    auto r = PartnershipRepository::decideApplication(db, RequestKey::create(), a1, appVersion(a1), true, {});
    QVERIFY2(r.ok(), qPrintable(r.error().serverMessage));
    r = PartnershipRepository::decideApplication(db, RequestKey::create(), a2, appVersion(a2), true, {});
    QCOMPARE(r.error().sqlState, u"23514"_qs);
    QVERIFY(r.error().serverMessage.contains(u"maximum"_qs));
    const auto list = PartnershipRepository::listPrograms(db, m_workshopA);
    QVERIFY(list.ok());
    bool found = false;
    for (const ProgramRow &p : *list) {
        if (p.id == id) {
            found = true;
            QCOMPARE(p.activePartners, 1);
            QCOMPARE(p.maxPartners, 1);
            QCOMPARE(p.pendingApplications, 1);
        }
    }
    QVERIFY(found);
    // Paused programs take no new partners; closing rejects what is pending.
    const int rv =
        m_db.scalar(u"SELECT version FROM desk.partnership_programs WHERE id = ?"_qs, {id}).toInt();
    auto s = PartnershipRepository::setProgramStatus(db, RequestKey::create(), id, rv, ProgramAction::Close);
    QVERIFY2(s.ok(), qPrintable(s.error().serverMessage));
    QCOMPARE(
        m_db.scalar(u"SELECT status FROM desk.partnership_applications WHERE id = ?"_qs, {a2}).toString(),
        u"rejected"_qs);
    const auto late =
        m_db.run(u"INSERT INTO desk.partnership_applications (program_id, mechanic_id) VALUES (?, ?)"_qs,
                 {id, m_weak});
    QCOMPARE(late.sqlState(), u"23514"_qs);
}

void TstPartnerships::rejectionNeedsAReason() {
    QSqlDatabase db = conn(u"ownera"_qs);
    const qint64 id = createPublished(u"ownera"_qs, m_workshopA, revenueShare(u"Reasons"_qs));
    const qint64 a = apply(id, m_weak);
    auto r =
        PartnershipRepository::decideApplication(db, RequestKey::create(), a, appVersion(a), false, u"  "_qs);
    QCOMPARE(r.error().sqlState, u"22023"_qs);
    r = PartnershipRepository::decideApplication(db, RequestKey::create(), a, appVersion(a) + 1, false,
                                                 u"Not enough experience"_qs);
    QCOMPARE(r.error().sqlState, u"40001"_qs);
    r = PartnershipRepository::decideApplication(db, RequestKey::create(), a, appVersion(a), false,
                                                 u"Not enough experience"_qs);
    QVERIFY(r.ok());
    QCOMPARE(m_db.scalar(u"SELECT reason FROM desk.partnership_applications WHERE id = ?"_qs, {a}).toString(),
             u"Not enough experience"_qs);
}

void TstPartnerships::partsAndLabourRates() {
    QSqlDatabase db = conn(u"ownera"_qs);
    const qint64 id = createPublished(u"ownera"_qs, m_workshopA, revenueShare(u"Catalog"_qs));
    const qint64 a = apply(id, m_good);
    const auto agreement =
        PartnershipRepository::decideApplication(db, RequestKey::create(), a, appVersion(a), true, {});
    QVERIFY(agreement.ok());
    const qint64 pid =
        m_db.scalar(u"SELECT id FROM desk.partnerships WHERE agreement_id = ?"_qs, {*agreement}).toLongLong();

    QList<PartRow> parts = {
        {0, u"BP-100"_qs, u"Brake pads, front"_qs, u"brakes"_qs, 4200, 8900, 2, QDate::currentDate(), {}},
        {0, u"OF-7"_qs, u"Oil filter"_qs, u"engine"_qs, 600, 1500, 0, QDate::currentDate(), {}},
    };
    auto s = PartnershipRepository::saveParts(db, RequestKey::create(), pid, parts);
    QVERIFY2(s.ok(), qPrintable(s.error().serverMessage));
    auto listed = PartnershipRepository::listParts(db, pid);
    QCOMPARE(listed->size(), 2);
    // Retail below wholesale: refused, nothing changes.
    QList<PartRow> bad = *listed;
    bad[0].retailCents = 100;
    s = PartnershipRepository::saveParts(db, RequestKey::create(), pid, bad);
    QCOMPARE(s.error().sqlState, u"23514"_qs);
    // Two prices of one part valid on the same day: refused (EXCLUDE).
    QList<PartRow> overlap = *listed;
    overlap.append({0,
                    u"BP-100"_qs,
                    u"Brake pads, front"_qs,
                    u"brakes"_qs,
                    4300,
                    9100,
                    2,
                    QDate::currentDate().addDays(10),
                    {}});
    s = PartnershipRepository::saveParts(db, RequestKey::create(), pid, overlap);
    QCOMPARE(s.error().sqlState, u"23P01"_qs);
    QCOMPARE(PartnershipRepository::listParts(db, pid)->size(), 2);
    // Removing a row deletes it.
    QList<PartRow> one = {listed->at(0)};
    QVERIFY(PartnershipRepository::saveParts(db, RequestKey::create(), pid, one).ok());
    QCOMPARE(PartnershipRepository::listParts(db, pid)->size(), 1);

    QList<LabourRateRow> rates = {{0, u"brakes"_qs, 12500, 0, 1500, QDate::currentDate(), {}},
                                  {0, u"diagnostics"_qs, 9500, 0, -1, QDate::currentDate(), {}}};
    QVERIFY(PartnershipRepository::saveLabourRates(db, RequestKey::create(), pid, rates).ok());
    QCOMPARE(PartnershipRepository::listLabourRates(db, pid)->size(), 2);

    // The other workshop's owner can neither read nor write them (their partnership is "not found"
    // to them, as a missing one); nobody writes the table directly.
    QSqlDatabase other = conn(u"ownerb"_qs);
    QCOMPARE(PartnershipRepository::listParts(other, pid)->size(), 0);
    s = PartnershipRepository::saveParts(other, RequestKey::create(), pid, parts);
    QCOMPARE(s.error().sqlState, u"P0002"_qs);
    const auto direct = TestDatabase::run(db, u"DELETE FROM desk.partnership_parts"_qs);
    QCOMPARE(direct.sqlState(), u"42501"_qs);
}

void TstPartnerships::quebecProgramNeedsItsFrenchTexts() {
    // As the Quebec workshop's owner: a draft may lack French, an offered program may not.
    QSqlDatabase db = conn(u"ownerb"_qs);
    ProgramTerms t = revenueShare(u"Brakes"_qs);
    const auto draft = PartnershipRepository::saveProgram(db, RequestKey::create(), 0, 0, m_workshopB, t);
    QVERIFY2(draft.ok(), qPrintable(draft.error().serverMessage));
    auto publish = [&](qint64 id, int rowVersion) {
        return PartnershipRepository::setProgramStatus(db, RequestKey::create(), id, rowVersion,
                                                       ProgramAction::Publish);
    };
    const auto refused = publish(draft->id, draft->rowVersion);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().sqlState, u"23514"_qs);
    QVERIFY(refused.error().serverMessage.contains(u"French"_qs));
    QCOMPARE(
        m_db.scalar(u"SELECT status FROM desk.partnership_programs WHERE id = ?"_qs, {draft->id}).toString(),
        u"draft"_qs); // the whole call rolled back

    // A French name without French terms is not enough.
    t.nameFr = u"Freins"_qs;
    const auto named = PartnershipRepository::saveProgram(db, RequestKey::create(), draft->id,
                                                          draft->rowVersion, m_workshopB, t);
    QVERIFY(named.ok());
    QCOMPARE(publish(named->id, named->rowVersion).error().sqlState, u"23514"_qs);

    t.descriptionFr = u"Clients de l'atelier."_qs;
    t.termsHtmlFr = u"<p>Apportez vos outils.</p>"_qs;
    const auto complete = PartnershipRepository::saveProgram(db, RequestKey::create(), named->id,
                                                             named->rowVersion, m_workshopB, t);
    QVERIFY(complete.ok());
    const auto published = publish(complete->id, complete->rowVersion);
    QVERIFY2(published.ok(), qPrintable(published.error().serverMessage));
    const auto loaded = PartnershipRepository::loadProgram(db, complete->id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->terms.nameFr, u"Freins"_qs);
    QCOMPARE(loaded->terms.descriptionFr, u"Clients de l'atelier."_qs);
    QCOMPARE(loaded->terms.termsHtmlFr, u"<p>Apportez vos outils.</p>"_qs);
    QCOMPARE(loaded->workshopProvince, u"QC"_qs);
    // The agreement freezes the French texts with the rest.
    const QJsonObject frozen =
        QJsonDocument::fromJson(m_db.scalar(u"SELECT desk.agreement_terms(v.id, ?)::text FROM "
                                            "desk.partnership_program_versions v WHERE v.program_id = ?"_qs,
                                            {m_quebec, complete->id})
                                    .toString()
                                    .toUtf8())
            .object();
    QCOMPARE(frozen.value(u"program_name_fr").toString(), u"Freins"_qs);
    QCOMPARE(frozen.value(u"terms_html_fr").toString(), u"<p>Apportez vos outils.</p>"_qs);

    // A new version of the published program cannot drop its French terms.
    t.termsHtmlFr.clear();
    const auto dropped = PartnershipRepository::saveProgram(
        db, RequestKey::create(), complete->id, *published, m_workshopB, t, QDate::currentDate().addDays(3));
    QVERIFY(!dropped.ok());
    QCOMPARE(dropped.error().sqlState, u"23514"_qs);
    // Nor can a direct write get around the functions: the owner has no table privilege.
    QCOMPARE(TestDatabase::run(db, u"UPDATE desk.partnership_programs SET name_fr = '' WHERE id = ?"_qs,
                               {complete->id})
                 .sqlState(),
             u"42501"_qs);
}

void TstPartnerships::rlsBetweenTwoWorkshops() {
    const qint64 idA = createPublished(u"ownera"_qs, m_workshopA, revenueShare(u"Alpha only"_qs));
    ProgramTerms beta = revenueShare(u"Beta only"_qs);
    beta.nameFr = u"Bêta seulement"_qs; // a Quebec workshop's program is offered with its French texts
    beta.termsHtmlFr = u"<p>Conditions de Bêta.</p>"_qs;
    const qint64 idB = createPublished(u"ownerb"_qs, m_workshopB, beta);
    QVERIFY(idA > 0 && idB > 0);
    const qint64 appA = apply(idA, m_good);
    const qint64 appB = apply(idB, m_weak);

    for (const QString &table :
         {u"partnership_programs"_qs, u"partnership_program_versions"_qs, u"partnership_applications"_qs,
          u"partnership_agreements"_qs, u"partnerships"_qs}) {
        const int leakB =
            TestDatabase::run(
                conn(u"ownerb"_qs),
                u"SELECT count(*) FROM desk.%1 WHERE workshop_id <> %2"_qs.arg(table).arg(m_workshopB))
                .scalar()
                .toInt();
        QVERIFY2(leakB == 0, qPrintable(table));
        const int leakA =
            TestDatabase::run(
                conn(u"ownera"_qs),
                u"SELECT count(*) FROM desk.%1 WHERE workshop_id <> %2"_qs.arg(table).arg(m_workshopA))
                .scalar()
                .toInt();
        QVERIFY2(leakA == 0, qPrintable(table));
        const int all = m_db.scalar(u"SELECT count(*) FROM desk.%1"_qs.arg(table)).toInt();
        const int admin = TestDatabase::run(conn(u"admin"_qs), u"SELECT count(*) FROM desk.%1"_qs.arg(table))
                              .scalar()
                              .toInt();
        QCOMPARE(admin, all);
    }
    QSqlDatabase dbB = conn(u"ownerb"_qs);
    QSqlDatabase dbAdmin = conn(u"admin"_qs);
    const auto listB = PartnershipRepository::listPrograms(dbB, 0);
    QVERIFY(listB.ok());
    for (const ProgramRow &p : *listB)
        QCOMPARE(p.workshopId, m_workshopB);

    // B cannot change A's program or decide A's applications, even knowing the ids: to B they do not
    // exist (P0002, as a missing id; tst_tenancy compares the answers for every definer function).
    const int rv =
        m_db.scalar(u"SELECT version FROM desk.partnership_programs WHERE id = ?"_qs, {idA}).toInt();
    auto s =
        PartnershipRepository::setProgramStatus(dbB, RequestKey::create(), idA, rv, ProgramAction::Pause);
    QCOMPARE(s.error().sqlState, u"P0002"_qs);
    auto save = PartnershipRepository::saveProgram(dbB, RequestKey::create(), 0, 0, m_workshopA,
                                                   revenueShare(u"Sneaky"_qs));
    QCOMPARE(save.error().sqlState, u"P0002"_qs);
    auto d = PartnershipRepository::decideApplication(dbB, RequestKey::create(), appA, appVersion(appA),
                                                      false, u"x"_qs);
    QCOMPARE(d.error().sqlState, u"P0002"_qs);
    // Admins read but do not decide.
    d = PartnershipRepository::decideApplication(dbAdmin, RequestKey::create(), appB, appVersion(appB), false,
                                                 u"x"_qs);
    QVERIFY(!d.ok());
    // An owner sees the profile of a mechanic who applied to them, not of others.
    QCOMPARE(TestDatabase::run(conn(u"ownerb"_qs), u"SELECT count(*) FROM desk.mechanics WHERE id = ?"_qs,
                               {m_weak})
                 .scalar()
                 .toInt(),
             1);
    QCOMPARE(TestDatabase::run(conn(u"ownerb"_qs), u"SELECT count(*) FROM desk.mechanics WHERE id = ?"_qs,
                               {m_pending})
                 .scalar()
                 .toInt(),
             0);
    // Direct writes are refused.
    const auto w =
        TestDatabase::run(conn(u"ownera"_qs), u"UPDATE desk.partnership_programs SET name = 'x'"_qs);
    QCOMPARE(w.sqlState(), u"42501"_qs);
}

void TstPartnerships::concurrentEditsOfOneProgram() {
    const qint64 id = createPublished(u"ownera"_qs, m_workshopA, revenueShare(u"Contended"_qs));
    QVERIFY(id > 0);
    const int seen =
        m_db.scalar(u"SELECT version FROM desk.partnership_programs WHERE id = ?"_qs, {id}).toInt();
    const QDate from = QDate::currentDate().addDays(7);

    // Owner A (first connection) saves inside an open transaction, holding the row.
    QSqlDatabase first = conn(u"ownera"_qs);
    QVERIFY(TestDatabase::run(first, u"BEGIN"_qs).ok);
    auto mine = PartnershipRepository::saveProgram(first, RequestKey::create(), id, seen, m_workshopA,
                                                   revenueShare(u"Contended"_qs, 3000), from);
    QVERIFY2(mine.ok(), qPrintable(mine.error().serverMessage));

    // A second owner of the same workshop saves the version they saw, from another thread: it waits.
    const ConnectionSettings second = m_db.login(m_db.roleName(u"ownera2"_qs));
    QFuture<QString> theirs = QtConcurrent::run([second, id, seen, from, this]() {
        QSqlDatabase db = TestDatabase::openConnection(second, u"p4_race"_qs);
        QString state;
        {
            auto r = PartnershipRepository::saveProgram(db, RequestKey::create(), id, seen, m_workshopA,
                                                        revenueShare(u"Contended"_qs, 2000), from);
            state = r.ok() ? u"ok"_qs : r.error().sqlState;
        }
        db = QSqlDatabase();
        TestDatabase::closeConnection(u"p4_race"_qs);
        return state;
    });
    QTest::qWait(300);
    QVERIFY(!theirs.isFinished());
    QVERIFY(TestDatabase::run(first, u"COMMIT"_qs).ok);
    theirs.waitForFinished();
    QCOMPARE(theirs.result(), u"40001"_qs);
    QCOMPARE(
        m_db.scalar(u"SELECT workshop_share_bp FROM desk.partnership_program_versions WHERE program_id = ? "
                    "ORDER BY version_no DESC LIMIT 1"_qs,
                    {id})
            .toInt(),
        3000);
    QCOMPARE(DbError::kindForSqlState(u"40001"_qs), DbError::Kind::Conflict);
}

void TstPartnerships::bookingsReferencePartnerships() {
    // Migration 0003 (bays) is part of every build: its table must be there.
    QVERIFY(m_db.scalar(u"SELECT to_regclass('desk.bay_bookings') IS NOT NULL"_qs).toBool());
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM pg_constraint WHERE conname = 'bookings_partnership_fk' "
                         "AND conrelid = 'desk.bay_bookings'::regclass "
                         "AND confrelid = 'desk.partnerships'::regclass"_qs)
                 .toInt(),
             1);
    QVERIFY(
        m_db.scalar(u"SELECT to_regprocedure('desk.mechanic_may_work_at_0003(bigint,bigint)') IS NOT NULL"_qs)
            .toBool());
}

QTEST_GUILESS_MAIN(TstPartnerships)
#include "tst_partnerships.moc"
