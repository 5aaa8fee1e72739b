// T4A against a real PostgreSQL: box 048 aggregation from a planted ledger (cash basis, GST/HST and
// charges excluded, the $500 threshold), the check against the statements, slips whose totals equal
// the payees' fees, finance-only access to SIN/BN under RLS and column privileges, the audited
// reveal, validation in the database, finalise / file / amend / cancel, and the pane's overview (0031)
// against its 0012 definition.

#include "models/tax/t4arules.h"
#include "models/tax/taxrepository.h"
#include "tests/support/testdatabase.h"

#include <QTest>
#include <QThread>

#include <latch>
#include <memory>
#include <vector>

using namespace adesk;

class TstT4A : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aggregationAndThreshold();
    void checkAgainstStatements();
    void slipsMatchTheFees();
    void sinAndBnAreFinanceOnly();
    void revealIsAudited();
    void databaseValidatesProfiles();
    void finalizeFileAmendCancel();
    void repositoryReadsTheReturn();
    void duplicateSinStoredEarlierIsFlagged();
    void overviewMatchesThe0012Definition();
    void overviewMatchesTheLedgerDefinition();
    void totalsFollowConcurrentPostings();

private:
    QSqlDatabase conn(const QString &who) { return QSqlDatabase::database(who, false); }
    TestDatabase::SqlResult as(const QString &who, const QString &sql, const QVariantList &binds = {}) {
        return TestDatabase::run(conn(who), sql, binds);
    }
    /// One paid (or unpaid when paidAt is empty) payee ledger row, with its payout.
    void plant(const QString &party, qint64 id, const QString &entry, qint64 cents, const QString &eventAt,
               const QString &paidAt, qint64 gstOnFeeCents = 0);

    /// Rows of the 0031 overview over the 0006 aggregation of the ledger, and of that aggregation
    /// alone, against desk.t4a_overview / desk.t4a_year_payees (now read from desk.t4a_year_totals,
    /// 0036) for each of @p years; empty when every row matches, else the first difference.
    QString differencesFromTheLedger(const QList<int> &years);

    TestDatabase m_db;
    qint64 m_w = 0, m_w2 = 0, m_a = 0, m_b = 0, m_c = 0;
    qint64 m_event = 0;
};

void TstT4A::plant(const QString &party, qint64 id, const QString &entry, qint64 cents,
                   const QString &eventAt, const QString &paidAt, qint64 gstOnFeeCents) {
    const bool mech = party == u"mechanic";
    const QVariant wid = mech ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(id);
    const QVariant mid = mech ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
    ++m_event;
    QVariant payout(QMetaType(QMetaType::LongLong));
    if (!paidAt.isEmpty()) {
        const qint64 batch = m_db.scalar(QStringLiteral("INSERT INTO desk.payout_batches (period) VALUES "
                                                        "(desk.ledger_period(?::timestamptz)) RETURNING id"),
                                         {paidAt})
                                 .toLongLong();
        payout = m_db.scalar(
            QStringLiteral("INSERT INTO desk.payouts (batch_id, party, workshop_id, mechanic_id, "
                           "amount_cents, status, reference, paid_at) VALUES (?, ?, ?, ?, ?, 'paid', "
                           "'REF', ?::timestamptz) RETURNING id"),
            {batch, party, wid, mid, cents - gstOnFeeCents, paidAt});
    }
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, "
                                     "period, scenario, service_tier, "
                                     "entry_type, party, workshop_id, mechanic_id, gross_cents, "
                                     "amount_cents, payout_status, payout_id) "
                                     "VALUES ('session', ?, ?::timestamptz, "
                                     "desk.ledger_period(?::timestamptz), 'planted', 'virtual', ?, ?, "
                                     "?, ?, ?, ?, ?, ?)"),
                      {m_event, eventAt, eventAt, entry, party, wid, mid, cents, cents,
                       paidAt.isEmpty() ? QStringLiteral("pending") : QStringLiteral("paid"), payout}));
    if (gstOnFeeCents > 0) // the platform's fee row charged to the payee, with GST/HST on it
        QVERIFY(m_db.exec(
            QStringLiteral(
                "INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, scenario, "
                "service_tier, entry_type, party, workshop_id, mechanic_id, gross_cents, amount_cents, "
                "gst_hst_cents, gst_hst_bp, tax_province) VALUES ('session', ?, ?::timestamptz, "
                "desk.ledger_period(?::timestamptz), 'planted', 'virtual', 'platform_fee', 'platform', ?, ?, "
                "?, ?, ?, 1300, 'ON')"),
            {m_event, eventAt, eventAt, wid, mid, cents, cents / 5, gstOnFeeCents}));
}

void TstT4A::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_w = m_db.insertWorkshop(QStringLiteral("Garage Lavoie"), QStringLiteral("QC"), QStringLiteral("fr"));
    m_w2 = m_db.insertWorkshop(QStringLiteral("Other Garage"), QStringLiteral("ON"));
    m_a = m_db.insertMechanic(QStringLiteral("Alice Exact"));
    m_b = m_db.insertMechanic(QStringLiteral("Bob Over"));
    m_c = m_db.insertMechanic(QStringLiteral("Carol Crosses"));
    QVERIFY(m_w && m_w2 && m_a && m_b && m_c);

    // A: $300 + $200 paid in 2025 = exactly $500 (not due), with $39 + $26 GST/HST on the fees charged to
    // her.
    plant(QStringLiteral("mechanic"), m_a, QStringLiteral("mechanic_share"), 30000,
          QStringLiteral("2025-03-10 12:00-05"), QStringLiteral("2025-04-05 12:00-04"), 3900);
    plant(QStringLiteral("mechanic"), m_a, QStringLiteral("mechanic_share"), 20000,
          QStringLiteral("2025-05-10 12:00-04"), QStringLiteral("2025-06-05 12:00-04"), 2600);
    // B: $500.01 (due); a bay rental charge he paid (-$100) is not a fee.
    plant(QStringLiteral("mechanic"), m_b, QStringLiteral("mechanic_share"), 50001,
          QStringLiteral("2025-02-10 12:00-05"), QStringLiteral("2025-03-05 12:00-05"));
    plant(QStringLiteral("mechanic"), m_b, QStringLiteral("bay_rental_charge"), -10000,
          QStringLiteral("2025-02-11 12:00-05"), QStringLiteral("2025-03-05 12:00-05"));
    // C: earned Dec 2024 paid Jan 2025 ($600), earned and paid 2025 ($100), earned Dec 2025 paid Jan 2026
    // ($400).
    plant(QStringLiteral("mechanic"), m_c, QStringLiteral("mechanic_share"), 60000,
          QStringLiteral("2024-12-20 12:00-05"), QStringLiteral("2025-01-05 12:00-05"));
    plant(QStringLiteral("mechanic"), m_c, QStringLiteral("referral_fee"), 10000,
          QStringLiteral("2025-07-20 12:00-04"), QStringLiteral("2025-08-05 12:00-04"));
    plant(QStringLiteral("mechanic"), m_c, QStringLiteral("mechanic_share"), 40000,
          QStringLiteral("2025-12-20 12:00-05"), QStringLiteral("2026-01-05 12:00-05"));
    // Paid at 23:30 on 31 Dec 2025 Toronto time = 2026 in UTC: still 2025.
    plant(QStringLiteral("workshop"), m_w, QStringLiteral("workshop_share"), 123456,
          QStringLiteral("2025-11-20 12:00-05"), QStringLiteral("2025-12-31 23:30-05"));
    plant(QStringLiteral("workshop"), m_w, QStringLiteral("referral_fee"), 1000,
          QStringLiteral("2025-11-21 12:00-05"),
          QString()); // earned, never paid
    // W2: only a pending amount.
    plant(QStringLiteral("workshop"), m_w2, QStringLiteral("workshop_share"), 90000,
          QStringLiteral("2025-10-01 12:00-04"), QString());

    QVERIFY(m_db.createLogin(m_db.roleName(QStringLiteral("fin")), QStringLiteral("adesk_finance"),
                             QStringLiteral("Fin")));
    QVERIFY(m_db.createLogin(m_db.roleName(QStringLiteral("own")), QStringLiteral("adesk_workshop_owner"),
                             QStringLiteral("Owner"), {m_w}));
    QVERIFY(m_db.createLogin(m_db.roleName(QStringLiteral("adm")), QStringLiteral("adesk_platform_admin"),
                             QStringLiteral("Admin")));
    for (const QString &who : {QStringLiteral("fin"), QStringLiteral("own"), QStringLiteral("adm")})
        QVERIFY2(TestDatabase::openConnection(m_db.login(m_db.roleName(who)), who).isOpen(), qPrintable(who));

    QVERIFY(m_db.exec(QStringLiteral(
        "INSERT INTO desk.t4a_payer (name_line1, address_line1, city, province, postal_code, payer_account, "
        "contact_name, "
        "contact_area_code, contact_phone, contact_email, transmitter_kind, transmitter_number) VALUES "
        "('The Auto Doctor Inc.', '100 King St W', 'Toronto', 'ON', 'M5X 1C9', '794512368RP0001', 'Finance "
        "Desk', '416', "
        "'555-0142', 'payouts@theautodoctor.ca', 'bn15', '794512368RP0001')")));
}

void TstT4A::cleanupTestCase() {
    for (const QString &who : {QStringLiteral("fin"), QStringLiteral("own"), QStringLiteral("adm")})
        TestDatabase::closeConnection(who);
}

void TstT4A::aggregationAndThreshold() {
    const auto r =
        as(QStringLiteral("fin"), QStringLiteral("SELECT payee_party || payee_id, fees_cents, slip_due FROM "
                                                 "desk.t4a_year_payees(2025) ORDER BY 1"));
    ADESK_VERIFY_SQL(r);
    QHash<QString, QPair<qint64, bool>> got;
    for (const QVariantList &row : r.rows)
        got.insert(row[0].toString(), {row[1].toLongLong(), row[2].toBool()});
    const QString a = QStringLiteral("mechanic%1").arg(m_a), b = QStringLiteral("mechanic%1").arg(m_b),
                  c = QStringLiteral("mechanic%1").arg(m_c), w = QStringLiteral("workshop%1").arg(m_w),
                  w2 = QStringLiteral("workshop%1").arg(m_w2);
    QCOMPARE(got.value(a).first, qint64(50000)); // GST/HST on the fees excluded
    QVERIFY(!got.value(a).second);               // exactly $500 is not "more than $500"
    QCOMPARE(got.value(b).first, qint64(50001)); // the bay rental charge is not a fee for services
    QVERIFY(got.value(b).second);
    QCOMPARE(got.value(c).first, qint64(70000)); // cash basis: paid in 2025
    QVERIFY(got.value(c).second);
    QCOMPARE(got.value(w).first, qint64(123456)); // 31 Dec 23:30 Toronto is 2025
    QCOMPARE(got.value(w2).first, qint64(0));     // nothing paid
    QVERIFY(!got.value(w2).second);
    // 2026 has C's January payment only.
    QCOMPARE(
        as(QStringLiteral("fin"), QStringLiteral("SELECT sum(fees_cents) FROM desk.t4a_year_payees(2026)"))
            .scalar()
            .toLongLong(),
        qint64(40000));
    QCOMPARE(as(QStringLiteral("fin"),
                QStringLiteral("SELECT desk.cra_amount(fees_cents) FROM desk.t4a_year_payees(2025) "
                               "WHERE payee_party = 'workshop' AND payee_id = ?"),
                {m_w})
                 .scalar()
                 .toString(),
             QStringLiteral("1234.56"));
}

void TstT4A::checkAgainstStatements() {
    const auto r = as(QStringLiteral("fin"),
                      QStringLiteral("SELECT statement_cents, fees_cents, unpaid_cents, prior_paid_cents "
                                     "FROM desk.t4a_year_payees(2025) "
                                     "WHERE payee_party = 'mechanic' AND payee_id = ?"),
                      {m_c});
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.rows.size(), 1);
    const qint64 statement = r.rows[0][0].toLongLong(), fees = r.rows[0][1].toLongLong(),
                 unpaid = r.rows[0][2].toLongLong(), prior = r.rows[0][3].toLongLong();
    QCOMPARE(statement, qint64(50000)); // earned in 2025: $100 + $400
    QCOMPARE(unpaid, qint64(40000));
    QCOMPARE(prior, qint64(60000));
    QCOMPARE(statement - fees, unpaid - prior); // the difference is explained
    // The statement side equals what the monthly statements sum (shares by ledger month, charges excluded).
    const qint64 ledger =
        m_db.scalar(QStringLiteral("SELECT sum(amount_cents) FROM desk.earnings_ledger WHERE mechanic_id = ? "
                                   "AND party = 'mechanic' "
                                   "AND period >= '2025-01-01' AND period < '2026-01-01' AND entry_type NOT "
                                   "IN ('bay_rental_charge', 'membership_fee')"),
                    {m_c})
            .toLongLong();
    QCOMPARE(statement, ledger);
    // Every row of the year: difference = unpaid - prior.
    QCOMPARE(as(QStringLiteral("fin"),
                QStringLiteral("SELECT count(*) FROM desk.t4a_year_payees(2025) "
                               "WHERE statement_cents - fees_cents <> unpaid_cents - prior_paid_cents"))
                 .scalar()
                 .toInt(),
             0);
}

void TstT4A::slipsMatchTheFees() {
    const auto gen = as(QStringLiteral("fin"), QStringLiteral("SELECT desk.generate_t4a_slips(2025)"));
    ADESK_VERIFY_SQL(gen);
    QCOMPARE(gen.scalar().toInt(), 3); // B, C, W
    QCOMPARE(as(QStringLiteral("fin"),
                QStringLiteral("SELECT count(*) FROM desk.t4a_slips WHERE tax_year = 2025 "
                               "AND payee_party = 'mechanic' AND payee_id = ?"),
                {m_a})
                 .scalar()
                 .toInt(),
             0);
    const qint64 slips =
        as(QStringLiteral("fin"),
           QStringLiteral(
               "SELECT sum(box048_cents) FROM desk.t4a_slips WHERE tax_year = 2025 AND NOT superseded"))
            .scalar()
            .toLongLong();
    const qint64 due =
        as(QStringLiteral("fin"),
           QStringLiteral("SELECT sum(fees_cents) FROM desk.t4a_year_payees(2025) WHERE slip_due"))
            .scalar()
            .toLongLong();
    QCOMPARE(slips, due);
    QCOMPARE(slips, qint64(50001 + 70000 + 123456));
    // Other boxes stay empty.
    QCOMPARE(
        as(QStringLiteral("fin"),
           QStringLiteral(
               "SELECT count(*) FROM desk.t4a_slips WHERE coalesce(box016_cents, box018_cents, box020_cents, "
               "box022_cents, box024_cents) IS NOT NULL"))
            .scalar()
            .toInt(),
        0);
    // Re-running is idempotent.
    QCOMPARE(
        as(QStringLiteral("fin"), QStringLiteral("SELECT desk.generate_t4a_slips(2025)")).scalar().toInt(),
        3);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.t4a_slips WHERE tax_year = 2025")).toInt(),
             3);
    // Owners and admins cannot.
    QCOMPARE(as(QStringLiteral("own"), QStringLiteral("SELECT desk.generate_t4a_slips(2025)")).sqlState(),
             QStringLiteral("42501"));
}

void TstT4A::sinAndBnAreFinanceOnly() {
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO desk.payee_tax_profiles (payee_party, mechanic_id, "
                                     "recipient_kind, surname, given_name, sin, "
                                     "address_line1, city, province, postal_code) VALUES ('mechanic', ?, "
                                     "'individual', 'Over', 'Bob', '046454286', "
                                     "'1 Main St', 'Toronto', 'ON', 'M5V 3L9')"),
                      {m_b}));
    // Finance: the masked column, never the clear one.
    QCOMPARE(as(QStringLiteral("fin"),
                QStringLiteral("SELECT sin_masked FROM desk.payee_tax_profiles WHERE mechanic_id = ?"), {m_b})
                 .scalar()
                 .toString(),
             QStringLiteral("*** *** 286"));
    QCOMPARE(as(QStringLiteral("fin"), QStringLiteral("SELECT sin FROM desk.payee_tax_profiles")).sqlState(),
             QStringLiteral("42501"));
    QCOMPARE(as(QStringLiteral("fin"), QStringLiteral("SELECT bn FROM desk.payee_tax_profiles")).sqlState(),
             QStringLiteral("42501"));
    QCOMPARE(as(QStringLiteral("fin"), QStringLiteral("SELECT * FROM desk.payee_tax_profiles")).sqlState(),
             QStringLiteral("42501"));
    // Finance writes only through the validating function.
    QCOMPARE(as(QStringLiteral("fin"), QStringLiteral("UPDATE desk.payee_tax_profiles SET sin = '130692544'"))
                 .sqlState(),
             QStringLiteral("42501"));
    // Owners and admins: nothing at all, not even the masked value, slips or the reveal.
    for (const QString &who : {QStringLiteral("own"), QStringLiteral("adm")}) {
        QCOMPARE(as(who, QStringLiteral("SELECT sin_masked FROM desk.payee_tax_profiles")).sqlState(),
                 QStringLiteral("42501"));
        QCOMPARE(as(who, QStringLiteral("SELECT count(*) FROM desk.t4a_slips")).sqlState(),
                 QStringLiteral("42501"));
        QCOMPARE(as(who, QStringLiteral("SELECT * FROM desk.reveal_tax_number(1, 'x')")).sqlState(),
                 QStringLiteral("42501"));
        QCOMPARE(as(who, QStringLiteral("SELECT * FROM desk.t4a_return_rows(2025)")).sqlState(),
                 QStringLiteral("42501"));
        QCOMPARE(as(who, QStringLiteral("SELECT count(*) FROM desk.t4a_overview_rows")).sqlState(),
                 QStringLiteral("42501"));
    }
    // The pane's view (0049) runs as its caller (security_invoker): the masked SINs it shows the
    // owner of the tables are not shown to a finance role that RLS gives no rows.
    QVERIFY(m_db.scalar(QStringLiteral("SELECT count(sin_masked) FROM desk.t4a_overview_rows")).toInt() > 0);
    // RLS: a finance role without its staff_logins mapping sees no rows even with the privileges.
    const QString orphan = m_db.roleName(QStringLiteral("orphan"));
    QVERIFY(m_db.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE adesk_finance")
                          .arg(orphan, m_db.loginPassword())));
    {
        QSqlDatabase o = TestDatabase::openConnection(m_db.login(orphan), QStringLiteral("orphan"));
        QVERIFY(o.isOpen());
        QCOMPARE(TestDatabase::run(o, QStringLiteral("SELECT count(*) FROM desk.t4a_slips")).scalar().toInt(),
                 0);
        QCOMPARE(TestDatabase::run(o, QStringLiteral("SELECT count(sin_masked) FROM desk.payee_tax_profiles"))
                     .scalar()
                     .toInt(),
                 0);
        QCOMPARE(
            TestDatabase::run(o, QStringLiteral("SELECT * FROM desk.reveal_tax_number(1, 'x')")).sqlState(),
            QStringLiteral("42501"));
        const auto viewed =
            TestDatabase::run(o, QStringLiteral("SELECT count(sin_masked) FROM desk.t4a_overview_rows"));
        QVERIFY2(viewed.ok, qPrintable(viewed.describe()));
        QCOMPARE(viewed.scalar().toInt(), 0);
    }
    TestDatabase::closeConnection(QStringLiteral("orphan"));
    QVERIFY(m_db.exec(QStringLiteral("DROP ROLE %1").arg(orphan)));
}

void TstT4A::revealIsAudited() {
    const qint64 profile =
        m_db.scalar(QStringLiteral("SELECT id FROM desk.payee_tax_profiles WHERE mechanic_id = ?"), {m_b})
            .toLongLong();
    const int before =
        m_db.scalar(
                QStringLiteral("SELECT count(*) FROM desk.audit_log WHERE action = 'tax_number_revealed'"))
            .toInt();
    const auto r =
        as(QStringLiteral("fin"),
           QStringLiteral("SELECT sin, bn FROM desk.reveal_tax_number(?, 'slip check')"), {profile});
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.scalar().toString(), QStringLiteral("046454286"));
    const auto audit = m_db.run(QStringLiteral("SELECT actor::text, row_id, detail->>'reason' FROM "
                                               "desk.audit_log WHERE action = 'tax_number_revealed' "
                                               "ORDER BY id DESC LIMIT 1"));
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT count(*) FROM desk.audit_log WHERE action = 'tax_number_revealed'"))
                 .toInt(),
             before + 1);
    QCOMPARE(audit.rows[0][0].toString(), m_db.roleName(QStringLiteral("fin")));
    QCOMPARE(audit.rows[0][1].toLongLong(), profile);
    QCOMPARE(audit.rows[0][2].toString(), QStringLiteral("slip check"));
    // Finance cannot erase the trace.
    QVERIFY(!as(QStringLiteral("fin"), QStringLiteral("DELETE FROM desk.audit_log")).ok);
    // Reading a return's SINs is audited too.
    const int reads =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log WHERE action = 't4a_return_read'"))
            .toInt();
    ADESK_VERIFY_SQL(
        as(QStringLiteral("fin"), QStringLiteral("SELECT count(*) FROM desk.t4a_return_rows(2025)")));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.audit_log WHERE action = 't4a_return_read'"))
            .toInt(),
        reads + 1);
}

void TstT4A::databaseValidatesProfiles() {
    const QString save = QStringLiteral(
        "SELECT desk.save_tax_profile('mechanic', ?, ?, 'individual', ?, 'Carol', NULL, NULL, NULL, ?, NULL, "
        "'2 Rue Principale', NULL, 'Montréal', 'QC', ?, 'fr', true)");
    // Bad check digit, bad postal/province, name too long: refused with 23514.
    auto bad =
        as(QStringLiteral("fin"), save,
           {m_c, 0, QStringLiteral("Crosses"), QStringLiteral("046454287"), QStringLiteral("H2X 1Y4")});
    QCOMPARE(bad.sqlState(), QStringLiteral("23514"));
    QVERIFY2(bad.error.serverMessage.contains(QStringLiteral("SIN")), qPrintable(bad.describe()));
    QCOMPARE(as(QStringLiteral("fin"), save,
                {m_c, 0, QStringLiteral("Crosses"), QStringLiteral("130693286"), QStringLiteral("M5V 3L9")})
                 .sqlState(),
             QStringLiteral("23514"));
    QCOMPARE(as(QStringLiteral("fin"), save,
                {m_c, 0, QStringLiteral("Crosses-Tremblay-Desrochers"), QStringLiteral("130693286"),
                 QStringLiteral("H2X 1Y4")})
                 .sqlState(),
             QStringLiteral("23514"));
    // A number of the business series (8xx xxx xxx) is not a SIN, even with a good check digit.
    QCOMPARE(as(QStringLiteral("fin"), save,
                {m_c, 0, QStringLiteral("Crosses"), QStringLiteral("800000002"), QStringLiteral("H2X 1Y4")})
                 .sqlState(),
             QStringLiteral("23514"));
    // The SIN of another payee (B's): refused, 23505.
    auto shared =
        as(QStringLiteral("fin"), save,
           {m_c, 0, QStringLiteral("Crosses"), QStringLiteral("046454286"), QStringLiteral("H2X 1Y4")});
    QCOMPARE(shared.sqlState(), QStringLiteral("23505"));
    QVERIFY2(shared.error.serverMessage.contains(QStringLiteral("another payee")),
             qPrintable(shared.describe()));
    auto ok =
        as(QStringLiteral("fin"), save,
           {m_c, 0, QStringLiteral("Crosses"), QStringLiteral("130 693 286"), QStringLiteral("h2x 1y4")});
    ADESK_VERIFY_SQL(ok);
    QCOMPARE(ok.scalar().toInt(), 1);
    // Stale version: 40001.
    QCOMPARE(as(QStringLiteral("fin"), save,
                {m_c, 0, QStringLiteral("Crosses"), QString(), QStringLiteral("H2X 1Y4")})
                 .sqlState(),
             QStringLiteral("40001"));
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT postal_code || sin FROM desk.payee_tax_profiles WHERE mechanic_id = ?"),
                         {m_c})
                 .toString(),
             QStringLiteral("H2X 1Y4130693286"));
    // The SQL Luhn function agrees with the table of the unit test.
    QVERIFY(m_db.scalar(QStringLiteral("SELECT desk.sin_is_valid('130692544')")).toBool());
    QVERIFY(!m_db.scalar(QStringLiteral("SELECT desk.sin_is_valid('130692545')")).toBool());
    QVERIFY(!m_db.scalar(QStringLiteral("SELECT desk.sin_is_valid('000000000')")).toBool());
    QVERIFY(m_db.scalar(QStringLiteral("SELECT desk.bn_is_valid('123456782RT0001')")).toBool());
    QVERIFY(!m_db.scalar(QStringLiteral("SELECT desk.bn_is_valid('123456789')")).toBool());
    QVERIFY(
        !m_db.scalar(QStringLiteral("SELECT desk.bn_is_valid('123456789RT0001')")).toBool()); // check digit
    QVERIFY(!m_db.scalar(QStringLiteral("SELECT desk.sin_is_valid('800000002')")).toBool());  // 8: a BN
    QVERIFY(m_db.scalar(QStringLiteral("SELECT desk.payer_account_is_valid('794512368RP0001')")).toBool());
    QVERIFY(!m_db.scalar(QStringLiteral("SELECT desk.payer_account_is_valid('794512367RP0001')")).toBool());
    // X postal codes: the FSA decides the territory.
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT desk.postal_code_matches_province('X0A 0H0', 'NU')")).toBool(),
        true);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT desk.postal_code_matches_province('X0A 0H0', 'NT')")).toBool(),
        false);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT desk.postal_code_matches_province('X1A 2L9', 'NT')")).toBool(),
        true);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT desk.postal_code_matches_province('X1A 2L9', 'NU')")).toBool(),
        false);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT desk.postal_code_matches_province('X2B 1A1', 'NT')")).toBool(),
        false);
    // A transmitter number of the 2025 T619 formats; an old-style nr4 is refused.
    QCOMPARE(m_db.run(QStringLiteral("UPDATE desk.t4a_payer SET transmitter_kind = 'nr4', "
                                     "transmitter_number = 'NR1234567'"))
                 .sqlState(),
             QStringLiteral("23514"));
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral("UPDATE desk.t4a_payer SET transmitter_kind = 'nr4', "
                                             "transmitter_number = 'NRA123456'")));
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral("UPDATE desk.t4a_payer SET transmitter_kind = 'bn15', "
                                             "transmitter_number = '794512368RP0001'")));
    // The payer account CHECK.
    QCOMPARE(
        m_db.run(QStringLiteral("UPDATE desk.t4a_payer SET payer_account = '794512368RT0001'")).sqlState(),
        QStringLiteral("23514"));
}

void TstT4A::finalizeFileAmendCancel() {
    // W has no profile yet: finalising everything is refused, naming the payee.
    auto refused = as(QStringLiteral("fin"), QStringLiteral("SELECT desk.finalize_t4a_slips(2025)"));
    QCOMPARE(refused.sqlState(), QStringLiteral("23514"));
    QVERIFY2(refused.error.serverMessage.contains(QStringLiteral("workshop %1").arg(m_w)),
             qPrintable(refused.describe()));
    ADESK_VERIFY_SQL(
        as(QStringLiteral("fin"),
           QStringLiteral(
               "SELECT desk.save_tax_profile('workshop', ?, 0, 'business', NULL, NULL, NULL, 'Garage "
               "Lavoie', NULL, NULL, "
               "'123456782RT0001', '5 Rue du Garage', NULL, 'Montréal', 'QC', 'H2X 1Y4', 'fr', false)"),
           {m_w}));
    auto fin = as(QStringLiteral("fin"), QStringLiteral("SELECT desk.finalize_t4a_slips(2025)"));
    ADESK_VERIFY_SQL(fin);
    QCOMPARE(fin.scalar().toInt(), 3);
    // Each final slip names its payee's own profile, mechanic or workshop (0044 looks it up by the
    // column payee_party names).
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.t4a_slips s JOIN desk.payee_tax_profiles t "
                                   "ON t.id = s.profile_id AND t.payee_party = s.payee_party "
                                   "AND coalesce(t.mechanic_id, t.workshop_id) = s.payee_id "
                                   "WHERE s.tax_year = 2025 AND s.status = 'final' AND NOT s.superseded"))
            .toInt(),
        3);
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(DISTINCT payee_party) FROM desk.t4a_slips "
                                   "WHERE tax_year = 2025 AND status = 'final' AND profile_id IS NOT NULL"))
            .toInt(),
        2);
    const QVariantList ids =
        as(QStringLiteral("fin"),
           QStringLiteral(
               "SELECT id FROM desk.t4a_slips WHERE tax_year = 2025 AND NOT superseded ORDER BY id"))
            .column();
    QStringList idText;
    for (const QVariant &v : ids)
        idText << v.toString();
    const QString array = u'{' + idText.join(u',') + u'}';
    auto filed =
        as(QStringLiteral("fin"),
           QStringLiteral("SELECT desk.record_t4a_filing(2025, 'T4A25001', ?::bigint[], NULL)"), {array});
    ADESK_VERIFY_SQL(filed);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT slip_count || '/' || box048_cents || '/' || report_type FROM "
                                        "desk.t4a_submissions WHERE id = ?"),
                         {filed.scalar()})
                 .toString(),
             QStringLiteral("3/243457/O"));
    // Filing twice is refused (only final slips can be filed).
    QCOMPARE(as(QStringLiteral("fin"),
                QStringLiteral("SELECT desk.record_t4a_filing(2025, 'T4A25002', ?::bigint[], NULL)"), {array})
                 .sqlState(),
             QStringLiteral("AD001"));

    // Amend B's slip to a new amount; cancel C's.
    const qint64 slipB =
        m_db.scalar(QStringLiteral(
                        "SELECT id FROM desk.t4a_slips WHERE payee_id = ? AND payee_party = 'mechanic'"),
                    {m_b})
            .toLongLong();
    const int versionB =
        m_db.scalar(QStringLiteral("SELECT version FROM desk.t4a_slips WHERE id = ?"), {slipB}).toInt();
    QCOMPARE(as(QStringLiteral("fin"), QStringLiteral("SELECT desk.amend_t4a_slip(?, ?, false, 60000)"),
                {slipB, versionB - 1})
                 .sqlState(),
             QStringLiteral("40001"));
    auto amended = as(QStringLiteral("fin"),
                      QStringLiteral("SELECT desk.amend_t4a_slip(?, ?, false, 60000, 'late invoice')"),
                      {slipB, versionB});
    ADESK_VERIFY_SQL(amended);
    const qint64 slipC =
        m_db.scalar(QStringLiteral(
                        "SELECT id FROM desk.t4a_slips WHERE payee_id = ? AND payee_party = 'mechanic' "
                        "AND NOT superseded"),
                    {m_c})
            .toLongLong();
    const int versionC =
        m_db.scalar(QStringLiteral("SELECT version FROM desk.t4a_slips WHERE id = ?"), {slipC}).toInt();
    auto cancelled = as(QStringLiteral("fin"), QStringLiteral("SELECT desk.amend_t4a_slip(?, ?, true)"),
                        {slipC, versionC});
    ADESK_VERIFY_SQL(cancelled);
    const auto history = m_db.run(QStringLiteral("SELECT report_type, status, box048_cents, amends_slip_id, "
                                                 "superseded FROM desk.t4a_slips WHERE id IN (?, ?, ?, ?) "
                                                 "ORDER BY id"),
                                  {slipB, slipC, amended.scalar(), cancelled.scalar()});
    QCOMPARE(history.rows.size(), 4);
    QCOMPARE(history.rows[2][0].toString(), QStringLiteral("A"));
    QCOMPARE(history.rows[2][2].toLongLong(), qint64(60000));
    QCOMPARE(history.rows[2][3].toLongLong(), slipB);
    QCOMPARE(history.rows[3][0].toString(), QStringLiteral("C"));
    QCOMPARE(history.rows[3][2].toLongLong(), qint64(70000)); // a cancelled slip repeats the filed amounts
    QVERIFY(history.rows[0][4].toBool() && history.rows[1][4].toBool());
    // An amended slip cannot be amended before it is filed.
    QCOMPARE(as(QStringLiteral("fin"), QStringLiteral("SELECT desk.amend_t4a_slip(?, 1, true)"),
                {amended.scalar()})
                 .sqlState(),
             QStringLiteral("AD001"));
    // The amended return: finalise and file the two; the submission is of type A.
    ADESK_VERIFY_SQL(as(QStringLiteral("fin"), QStringLiteral("SELECT desk.finalize_t4a_slips(2025)")));
    auto filedA =
        as(QStringLiteral("fin"),
           QStringLiteral("SELECT desk.record_t4a_filing(2025, 'T4A25A01', ARRAY[?, ?]::bigint[], NULL)"),
           {amended.scalar(), cancelled.scalar()});
    ADESK_VERIFY_SQL(filedA);
    QCOMPARE(
        m_db.scalar(QStringLiteral(
                        "SELECT report_type || slip_count || '/' || box048_cents FROM desk.t4a_submissions "
                        "WHERE id = ?"),
                    {filedA.scalar()})
            .toString(),
        QStringLiteral("A2/60000")); // the cancelled slip does not count in the totals
    // generate_t4a_slips leaves filed and amended slips alone.
    ADESK_VERIFY_SQL(as(QStringLiteral("fin"), QStringLiteral("SELECT desk.generate_t4a_slips(2025)")));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.t4a_slips WHERE tax_year = 2025")).toInt(),
             5);
}

void TstT4A::repositoryReadsTheReturn() {
    QSqlDatabase db = conn(QStringLiteral("fin"));
    const auto overview = TaxRepository::overview(db, 2025);
    QVERIFY2(overview.ok(), qPrintable(overview.error().userMessage()));
    int due = 0;
    for (const T4AOverviewRow &r : overview.value()) {
        due += r.slipDue ? 1 : 0;
        QCOMPARE(r.differenceCents() == r.unpaidCents - r.priorPaidCents, true);
        if (r.payeeParty == Party::Mechanic && r.payeeId == m_a)
            QCOMPARE(r.problems, QStringList{QStringLiteral("no_profile")});
        if (r.payeeParty == Party::Mechanic && r.payeeId == m_b) {
            QCOMPARE(r.sinMasked, QStringLiteral("*** *** 286"));
            QCOMPARE(r.slipReportType, ReportType::Amended);
            QCOMPARE(r.slipHistory, 1);
        }
    }
    QCOMPARE(due, 3);
    const auto data = TaxRepository::returnData(db, 2025, {SlipStatus::Filed});
    QVERIFY2(data.ok(), qPrintable(data.error().userMessage()));
    QCOMPARE(data->payer.payerAccount, QStringLiteral("794512368RP0001"));
    QCOMPARE(data->slips.size(), 3); // the current slips: W (O), B (A), C (C)
    for (const T4ASlipData &s : data->slips) {
        if (s.payeeParty == Party::Workshop) {
            QCOMPARE(s.bn, QStringLiteral("123456782RT0001"));
            QCOMPARE(s.language, QStringLiteral("fr"));
            QCOMPARE(T4ARules::craAmount(s.box048Cents), QStringLiteral("1234.56"));
        }
    }
    // The profile as finance sees it: masked, never the clear SIN.
    const auto profile = TaxRepository::profile(db, Party::Mechanic, m_c);
    QVERIFY(profile.ok());
    QCOMPARE(profile->sinMasked, QStringLiteral("*** *** 286"));
    QVERIFY(profile->sin.isEmpty());
    QVERIFY(profile->sinValid);
    QCOMPARE(profile->province, QStringLiteral("QC"));
}

// Two profiles that already share a SIN (written before migration 0012 refused it): both are
// flagged duplicate_sin in the pane (sin_shared, kept by the statement triggers), only finance reads
// the flag, and correcting one SIN clears both.
void TstT4A::duplicateSinStoredEarlierIsFlagged() {
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral(
        "ALTER TABLE desk.payee_tax_profiles DISABLE TRIGGER payee_tax_profiles_unique_sin_update")));
    ADESK_VERIFY_SQL(m_db.run(
        QStringLiteral("UPDATE desk.payee_tax_profiles SET sin = '046454286' WHERE mechanic_id = ?"), {m_c}));
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral(
        "ALTER TABLE desk.payee_tax_profiles ENABLE TRIGGER payee_tax_profiles_unique_sin_update")));
    QSqlDatabase db = conn(QStringLiteral("fin"));
    const auto overview = TaxRepository::overview(db, 2025);
    QVERIFY(overview.ok());
    int flagged = 0;
    for (const T4AOverviewRow &r : overview.value())
        if (r.problems.contains(QStringLiteral("duplicate_sin"))) {
            ++flagged;
            QVERIFY(r.payeeId == m_b || r.payeeId == m_c);
        }
    QCOMPARE(flagged, 2);
    // Writing the same SIN again through any writer is refused.
    QCOMPARE(m_db.run(QStringLiteral("UPDATE desk.payee_tax_profiles SET sin = '046454286' "
                                     "WHERE payee_party = 'mechanic' AND mechanic_id = ?"),
                      {m_a})
                 .sqlState(),
             QString()); // A has no profile: nothing to update
    QCOMPARE(m_db.run(QStringLiteral("INSERT INTO desk.payee_tax_profiles (payee_party, mechanic_id, "
                                     "recipient_kind, surname, sin) VALUES ('mechanic', ?, 'individual', "
                                     "'Anne', '046454286')"),
                      {m_a})
                 .sqlState(),
             QStringLiteral("23505"));
    // The flag is finance's to read (the SIN itself stays hidden from everyone).
    QCOMPARE(as(QStringLiteral("fin"),
                QStringLiteral("SELECT count(*) FROM desk.payee_tax_profiles WHERE sin_shared"))
                 .scalar()
                 .toInt(),
             2);
    QCOMPARE(as(QStringLiteral("own"), QStringLiteral("SELECT sin_shared FROM desk.payee_tax_profiles"))
                 .sqlState(),
             QStringLiteral("42501"));
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral(
        "ALTER TABLE desk.payee_tax_profiles DISABLE TRIGGER payee_tax_profiles_unique_sin_update")));
    ADESK_VERIFY_SQL(m_db.run(
        QStringLiteral("UPDATE desk.payee_tax_profiles SET sin = '130693286' WHERE mechanic_id = ?"), {m_c}));
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral(
        "ALTER TABLE desk.payee_tax_profiles ENABLE TRIGGER payee_tax_profiles_unique_sin_update")));
    const auto after = TaxRepository::overview(db, 2025);
    QVERIFY(after.ok());
    for (const T4AOverviewRow &r : after.value())
        QVERIFY(!r.problems.contains(QStringLiteral("duplicate_sin")));
}

// Migration 0031 rewrote desk.t4a_overview (set-based joins, one plan per year); its rows, columns
// and order must be those of the 0012 definition, whose body is kept here as a plain query. The data
// holds what a wrong join would get wrong: payees without a profile (A, W2) and superseded slips (B,
// C) from the tests above, and, planted here, a workshop and a mechanic with the same id, each with
// its profile and slip, only the workshop's superseded.
void TstT4A::overviewMatchesThe0012Definition() {
    // A workshop and a mechanic whose ids are the same number.
    const qint64 sameId =
        m_db.scalar(QStringLiteral("SELECT greatest((SELECT max(id) FROM desk.organizations), "
                                   "(SELECT max(id) FROM desk.mechanics)) + 1"))
            .toLongLong();
    for (const QString &table : {QStringLiteral("desk.organizations"), QStringLiteral("desk.mechanics")})
        QVERIFY(m_db.exec(
            QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), ?, false)").arg(table),
            {sameId}));
    const qint64 w3 = m_db.insertWorkshop(QStringLiteral("Same Number Garage"));
    const qint64 m4 = m_db.insertMechanic(QStringLiteral("Sam Number"));
    QCOMPARE(w3, sameId);
    QCOMPARE(m4, sameId);
    plant(QStringLiteral("workshop"), w3, QStringLiteral("workshop_share"), 80000,
          QStringLiteral("2025-04-10 12:00-04"), QStringLiteral("2025-05-05 12:00-04"));
    plant(QStringLiteral("mechanic"), m4, QStringLiteral("mechanic_share"), 90000,
          QStringLiteral("2025-04-11 12:00-04"), QStringLiteral("2025-05-05 12:00-04"));
    const QString save = QStringLiteral(
        "SELECT desk.save_tax_profile(?, ?, 0, ?, ?, ?, NULL, ?, NULL, ?, ?, ?, NULL, 'Toronto', 'ON', "
        "'M5V 3L9', 'en', false)");
    const QVariant none(QMetaType(QMetaType::QString));
    ADESK_VERIFY_SQL(as(QStringLiteral("fin"), save,
                        {QStringLiteral("workshop"), w3, QStringLiteral("business"), none, none,
                         QStringLiteral("Same Number Garage"), none, QStringLiteral("794512368RT0001"),
                         QStringLiteral("7 Same St")}));
    ADESK_VERIFY_SQL(
        as(QStringLiteral("fin"), save,
           {QStringLiteral("mechanic"), m4, QStringLiteral("individual"), QStringLiteral("Number"),
            QStringLiteral("Sam"), none, QStringLiteral("130692544"), none, QStringLiteral("8 Same St")}));
    // Draft slips for both; the workshop's is finalised, filed and amended (one superseded slip).
    ADESK_VERIFY_SQL(as(QStringLiteral("fin"), QStringLiteral("SELECT desk.generate_t4a_slips(2025)")));
    const qint64 slipW3 =
        m_db.scalar(QStringLiteral("SELECT id FROM desk.t4a_slips WHERE tax_year = 2025 AND NOT superseded "
                                   "AND payee_party = 'workshop' AND payee_id = ?"),
                    {w3})
            .toLongLong();
    QVERIFY(slipW3 > 0);
    ADESK_VERIFY_SQL(as(QStringLiteral("fin"),
                        QStringLiteral("SELECT desk.finalize_t4a_slips(2025, ARRAY[?]::bigint[])"),
                        {slipW3}));
    ADESK_VERIFY_SQL(
        as(QStringLiteral("fin"),
           QStringLiteral("SELECT desk.record_t4a_filing(2025, 'T4A25B01', ARRAY[?]::bigint[], NULL)"),
           {slipW3}));
    const int versionW3 =
        m_db.scalar(QStringLiteral("SELECT version FROM desk.t4a_slips WHERE id = ?"), {slipW3}).toInt();
    ADESK_VERIFY_SQL(as(QStringLiteral("fin"),
                        QStringLiteral("SELECT desk.amend_t4a_slip(?, ?, false, 85000)"),
                        {slipW3, versionW3}));

    // 0012's body, p_year bound three times.
    const QString definition0012 = QStringLiteral(
        "SELECT y.payee_party, y.payee_id, coalesce(o.name, m.display_name), y.fees_cents, "
        "       y.statement_cents, y.unpaid_cents, y.prior_paid_cents, y.slip_due, t.id, t.version, "
        "       t.recipient_kind, t.sin_masked, t.bn_masked, t.province::text, t.postal_code, "
        "       coalesce(t.language, CASE WHEN coalesce(o.province, m.province) = 'QC' THEN 'fr' "
        "                ELSE coalesce(o.preferred_language, m.preferred_language, 'en') END), "
        "       desk.tax_problems(t.id, t.recipient_kind, t.sin_masked, t.sin_valid, t.bn_masked, "
        "                         t.bn_valid, t.address_line1, t.city, t.province, t.postal_code, "
        "                         t.surname, t.business_name, coalesce(t.sin_shared, false)), "
        "       s.id, s.status, s.report_type::text, s.box048_cents, s.version, "
        "       (SELECT count(*)::integer FROM desk.t4a_slips h WHERE h.tax_year = ? AND h.superseded "
        "           AND h.payee_party = y.payee_party AND h.payee_id = y.payee_id) "
        "  FROM desk.t4a_year_payees(?) y "
        "  LEFT JOIN desk.organizations o ON y.payee_party = 'workshop' AND o.id = y.payee_id "
        "  LEFT JOIN desk.mechanics m ON y.payee_party = 'mechanic' AND m.id = y.payee_id "
        "  LEFT JOIN desk.payee_tax_profiles t "
        "         ON (y.payee_party = 'workshop' AND t.workshop_id = y.payee_id) "
        "         OR (y.payee_party = 'mechanic' AND t.mechanic_id = y.payee_id) "
        "  LEFT JOIN desk.t4a_slips s ON s.tax_year = ? AND NOT s.superseded "
        "         AND s.payee_party = y.payee_party AND s.payee_id = y.payee_id "
        " ORDER BY y.slip_due DESC, coalesce(o.name, m.display_name), y.payee_party, y.payee_id");
    const auto text = [](const TestDatabase::SqlResult &r) {
        QStringList rows;
        for (const QVariantList &row : r.rows) {
            QStringList values;
            for (const QVariant &v : row)
                values << (v.isNull() ? QStringLiteral("NULL") : v.toString());
            rows << values.join(u'|');
        }
        return rows;
    };
    for (const int year : {2025, 2026, 2024}) {
        const auto expected = as(QStringLiteral("fin"), definition0012, {year, year, year});
        ADESK_VERIFY_SQL(expected);
        const auto got =
            as(QStringLiteral("fin"), QStringLiteral("SELECT * FROM desk.t4a_overview(?)"), {year});
        ADESK_VERIFY_SQL(got);
        QVERIFY(!got.rows.isEmpty());
        QCOMPARE(int(got.rows.first().size()), 23);
        QCOMPARE(text(got), text(expected));

        // The pane's read (0049: the view, sorted by TaxRepository) has the function's rows in the
        // function's order, names compared by code point.
        const auto ordered =
            as(QStringLiteral("fin"),
               QStringLiteral("SELECT payee_party, payee_id, payee_name, fees_cents, "
                              "statement_cents, unpaid_cents, prior_paid_cents, slip_due, "
                              "profile_id, sin_masked, bn_masked, array_to_string(problems, "
                              "','), slip_id, slip_box048_cents, slip_history "
                              "FROM desk.t4a_overview(?) ORDER BY slip_due DESC, "
                              "payee_name COLLATE \"C\", payee_party COLLATE \"C\", payee_id"),
               {year});
        ADESK_VERIFY_SQL(ordered);
        QSqlDatabase fin = conn(QStringLiteral("fin"));
        const auto pane = TaxRepository::overview(fin, year);
        QVERIFY2(pane.ok(), qPrintable(pane.error().userMessage()));
        QStringList paneRows;
        for (const T4AOverviewRow &r : pane.value())
            paneRows << QStringList{toCode(r.payeeParty),
                                    QString::number(r.payeeId),
                                    r.payeeName,
                                    QString::number(r.feesCents),
                                    QString::number(r.statementCents),
                                    QString::number(r.unpaidCents),
                                    QString::number(r.priorPaidCents),
                                    r.slipDue ? QStringLiteral("true") : QStringLiteral("false"),
                                    r.profileId ? QString::number(r.profileId) : QStringLiteral("NULL"),
                                    r.sinMasked.isNull() ? QStringLiteral("NULL") : r.sinMasked,
                                    r.bnMasked.isNull() ? QStringLiteral("NULL") : r.bnMasked,
                                    r.problems.join(u','),
                                    r.slipId ? QString::number(r.slipId) : QStringLiteral("NULL"),
                                    r.slipBox048Cents < 0 ? QStringLiteral("NULL")
                                                          : QString::number(r.slipBox048Cents),
                                    QString::number(r.slipHistory)}
                            .join(u'|');
        QCOMPARE(paneRows, text(ordered));
    }

    // The cases are in the data (the comparison above is not vacuous).
    const auto rows = as(QStringLiteral("fin"),
                         QStringLiteral("SELECT payee_party, payee_id, profile_id, slip_id, slip_history, "
                                        "problems = ARRAY['no_profile'] FROM desk.t4a_overview(2025)"));
    ADESK_VERIFY_SQL(rows);
    QHash<QString, QVariantList> byPayee;
    int withoutProfile = 0;
    for (const QVariantList &row : rows.rows) {
        byPayee.insert(row[0].toString() + row[1].toString(), row);
        withoutProfile += row[5].toBool() ? 1 : 0;
    }
    QCOMPARE(int(byPayee.size()), int(rows.rows.size())); // one row per payee
    QVERIFY(withoutProfile >= 2);                         // A and W2
    const QVariantList ws = byPayee.value(QStringLiteral("workshop%1").arg(sameId));
    const QVariantList mech = byPayee.value(QStringLiteral("mechanic%1").arg(sameId));
    QVERIFY(!ws.isEmpty() && !mech.isEmpty());
    QVERIFY(!ws[2].isNull() && !mech[2].isNull() && ws[2] != mech[2]); // each its own profile
    QVERIFY(!ws[3].isNull() && !mech[3].isNull() && ws[3] != mech[3]); // and its own current slip
    QCOMPARE(ws[4].toInt(), 1);
    QCOMPARE(mech[4].toInt(), 0);
    QCOMPARE(byPayee.value(QStringLiteral("mechanic%1").arg(m_b)).value(4).toInt(), 1);
    QCOMPARE(byPayee.value(QStringLiteral("mechanic%1").arg(m_c)).value(4).toInt(), 1);
}

namespace {

// 0006's desk.t4a_year_payees body over 0007's desk.t4a_fee_rows (the ledger and its payouts), for
// one year (an integer literal: no bind to repeat).
QString yearPayees0006(int year) {
    return QStringLiteral(
               "(SELECT r.payee_party, r.payee_id, r.fees AS fees_cents, r.stmt AS statement_cents, "
               "        r.unpaid AS unpaid_cents, r.prior AS prior_paid_cents, r.fees > 50000 AS slip_due "
               "   FROM (SELECT f.payee_party, f.payee_id, "
               "                coalesce(sum(f.amount_cents) FILTER (WHERE f.paid_at >= "
               "desk.tax_year_start(%1) "
               "                    AND f.paid_at < desk.tax_year_start(%1 + 1)), 0)::bigint AS fees, "
               "                coalesce(sum(f.amount_cents) FILTER (WHERE f.earned_period >= make_date(%1, "
               "1, 1) "
               "                    AND f.earned_period < make_date(%1 + 1, 1, 1)), 0)::bigint AS stmt, "
               "                coalesce(sum(f.amount_cents) FILTER (WHERE f.earned_period >= make_date(%1, "
               "1, 1) "
               "                    AND f.earned_period < make_date(%1 + 1, 1, 1) "
               "                    AND (f.paid_at IS NULL OR f.paid_at >= desk.tax_year_start(%1 + 1))), "
               "                    0)::bigint AS unpaid, "
               "                coalesce(sum(f.amount_cents) FILTER (WHERE f.earned_period < make_date(%1, "
               "1, 1) "
               "                    AND f.paid_at >= desk.tax_year_start(%1) "
               "                    AND f.paid_at < desk.tax_year_start(%1 + 1)), 0)::bigint AS prior "
               "           FROM (SELECT l.id AS ledger_id, l.party AS payee_party, "
               "                        coalesce(l.workshop_id, l.mechanic_id) AS payee_id, l.amount_cents, "
               "                        l.period AS earned_period, "
               "                        CASE WHEN l.payout_status = 'paid' AND p.status = 'paid' "
               "                             THEN p.paid_at END AS paid_at "
               "                   FROM desk.earnings_ledger l "
               "                   LEFT JOIN desk.payouts p ON p.id = l.payout_id "
               "                  WHERE l.party IN ('workshop', 'mechanic') "
               "                    AND l.entry_type NOT IN ('bay_rental_charge', 'membership_fee') "
               "                    AND (l.entry_type <> 'reversal' "
               "                         OR NOT EXISTS (SELECT 1 FROM desk.earnings_ledger o "
               "                                         WHERE o.id = l.reverses_id "
               "                                           AND o.entry_type IN ('bay_rental_charge', "
               "                                                                'membership_fee')))) f "
               "          WHERE (f.earned_period >= make_date(%1, 1, 1) "
               "                 AND f.earned_period < make_date(%1 + 1, 1, 1)) "
               "             OR (f.paid_at >= desk.tax_year_start(%1) AND f.paid_at < desk.tax_year_start(%1 "
               "+ 1)) "
               "          GROUP BY 1, 2) r)")
        .arg(year);
}

// 0031's desk.t4a_overview body over the aggregation above.
QString overview0031(int year) {
    return QStringLiteral(
               "SELECT y.payee_party, y.payee_id, coalesce(o.name, m.display_name), y.fees_cents, "
               "       y.statement_cents, y.unpaid_cents, y.prior_paid_cents, y.slip_due, t.id, t.version, "
               "       t.recipient_kind, t.sin_masked, t.bn_masked, t.province::text, t.postal_code, "
               "       coalesce(t.language, CASE WHEN coalesce(o.province, m.province) = 'QC' THEN 'fr' "
               "                ELSE coalesce(o.preferred_language, m.preferred_language, 'en') END), "
               "       desk.tax_problems(t.id, t.recipient_kind, t.sin_masked, t.sin_valid, t.bn_masked, "
               "                         t.bn_valid, t.address_line1, t.city, t.province, t.postal_code, "
               "                         t.surname, t.business_name, coalesce(t.sin_shared, false)), "
               "       s.id, s.status, s.report_type::text, s.box048_cents, s.version, coalesce(h.slips, 0) "
               "  FROM %2 y "
               "  LEFT JOIN desk.organizations o ON y.payee_party = 'workshop' AND o.id = y.payee_id "
               "  LEFT JOIN desk.mechanics m ON y.payee_party = 'mechanic' AND m.id = y.payee_id "
               "  LEFT JOIN desk.payee_tax_profiles t ON t.payee_party = y.payee_party "
               "         AND coalesce(t.mechanic_id, t.workshop_id) = y.payee_id "
               "  LEFT JOIN desk.t4a_slips s ON s.tax_year = %1 AND NOT s.superseded "
               "         AND s.payee_party = y.payee_party AND s.payee_id = y.payee_id "
               "  LEFT JOIN (SELECT hs.payee_party, hs.payee_id, count(*)::integer AS slips "
               "               FROM desk.t4a_slips hs WHERE hs.tax_year = %1 AND hs.superseded "
               "              GROUP BY hs.payee_party, hs.payee_id) h "
               "         ON h.payee_party = y.payee_party AND h.payee_id = y.payee_id "
               " ORDER BY y.slip_due DESC, coalesce(o.name, m.display_name), y.payee_party, y.payee_id")
        .arg(year)
        .arg(yearPayees0006(year));
}

QStringList rowTexts(const TestDatabase::SqlResult &r) {
    QStringList rows;
    for (const QVariantList &row : r.rows) {
        QStringList values;
        for (const QVariant &v : row)
            values << (v.isNull() ? QStringLiteral("NULL") : v.toString());
        rows << values.join(u'|');
    }
    return rows;
}

} // namespace

QString TstT4A::differencesFromTheLedger(const QList<int> &years) {
    for (const int year : years) {
        const auto expected = as(QStringLiteral("fin"), overview0031(year));
        const auto got =
            as(QStringLiteral("fin"), QStringLiteral("SELECT * FROM desk.t4a_overview(?)"), {year});
        if (!expected.ok || !got.ok)
            return expected.describe() + u' ' + got.describe();
        const QStringList e = rowTexts(expected), g = rowTexts(got);
        if (e != g) {
            for (qsizetype i = 0; i < std::max(e.size(), g.size()); ++i)
                if (e.value(i) != g.value(i))
                    return QStringLiteral("overview %1, row %2: expected %3, got %4")
                        .arg(year)
                        .arg(i)
                        .arg(e.value(i, QStringLiteral("(none)")), g.value(i, QStringLiteral("(none)")));
        }
        // The aggregation alone, in one order (0006 had none).
        const auto expectedPayees =
            as(QStringLiteral("fin"),
               QStringLiteral("SELECT * FROM %1 x ORDER BY 1, 2").arg(yearPayees0006(year)));
        const auto gotPayees =
            as(QStringLiteral("fin"), QStringLiteral("SELECT * FROM desk.t4a_year_payees(?) ORDER BY 1, 2"),
               {year});
        if (!expectedPayees.ok || !gotPayees.ok)
            return expectedPayees.describe() + u' ' + gotPayees.describe();
        if (rowTexts(expectedPayees) != rowTexts(gotPayees))
            return QStringLiteral("t4a_year_payees(%1): expected %2, got %3")
                .arg(year)
                .arg(rowTexts(expectedPayees).join(u';'), rowTexts(gotPayees).join(u';'));
    }
    return {};
}

// Migration 0036 reads the year's figures from desk.t4a_year_totals, kept by the triggers of the
// ledger and of the payouts; desk.t4a_overview's rows, columns and order must be those of the 0031
// body over the 0006 aggregation of the ledger. The data (with the tests above: payees without a
// profile, superseded slips, a workshop and a mechanic with the same id) adds payouts on each side
// of New Year in Toronto (31 Dec 23:30 Toronto is 1 Jan in UTC), reversals of a fee and of a charge,
// failed and scheduled payouts, and the writes the triggers must follow: a payout paid, moved over
// New Year and failed, a ledger row moved to another month and deleted, a reversed row turned into
// a charge.
void TstT4A::overviewMatchesTheLedgerDefinition() {
    const qint64 d = m_db.insertMechanic(QStringLiteral("Dana Boundary"));
    const qint64 w4 = m_db.insertWorkshop(QStringLiteral("Boundary Garage"), QStringLiteral("ON"));
    QVERIFY(d && w4);
    // D: paid 31 Dec 2024 23:30 Toronto (2025 in UTC), paid 1 Jan 2026 00:30 Toronto, earned 31 Dec
    // 2025 23:30 Toronto (January in UTC) and paid in January.
    plant(QStringLiteral("mechanic"), d, QStringLiteral("mechanic_share"), 70000,
          QStringLiteral("2024-12-10 12:00-05"), QStringLiteral("2024-12-31 23:30-05"));
    plant(QStringLiteral("mechanic"), d, QStringLiteral("mechanic_share"), 30000,
          QStringLiteral("2025-12-10 12:00-05"), QStringLiteral("2026-01-01 00:30-05"));
    plant(QStringLiteral("mechanic"), d, QStringLiteral("referral_fee"), 45000,
          QStringLiteral("2025-12-31 23:30-05"), QStringLiteral("2026-01-20 12:00-05"));
    // W4: a share and a bay rental charge, each reversed; a failed and a scheduled payout.
    plant(QStringLiteral("workshop"), w4, QStringLiteral("workshop_share"), 66000,
          QStringLiteral("2025-06-10 12:00-04"), QStringLiteral("2025-07-05 12:00-04"));
    const qint64 shareEvent = m_event;
    plant(QStringLiteral("workshop"), w4, QStringLiteral("bay_rental_charge"), -5000,
          QStringLiteral("2025-06-11 12:00-04"), QString());
    const qint64 chargeEvent = m_event;
    plant(QStringLiteral("workshop"), w4, QStringLiteral("workshop_share"), 52000,
          QStringLiteral("2025-08-10 12:00-04"), QStringLiteral("2025-09-05 12:00-04"));
    const qint64 failedRow =
        m_db.scalar(QStringLiteral("SELECT max(id) FROM desk.earnings_ledger WHERE workshop_id = ?"), {w4})
            .toLongLong();
    plant(QStringLiteral("workshop"), w4, QStringLiteral("workshop_share"), 51000,
          QStringLiteral("2025-10-10 12:00-04"), QStringLiteral("2025-11-05 12:00-05"));
    const qint64 scheduledRow =
        m_db.scalar(QStringLiteral("SELECT max(id) FROM desk.earnings_ledger WHERE workshop_id = ?"), {w4})
            .toLongLong();
    for (const qint64 event : {shareEvent, chargeEvent})
        QVERIFY(m_db.exec(QStringLiteral("INSERT INTO desk.ledger_postings (event_type, event_id, kind) "
                                         "VALUES ('session', ?, 'posting') ON CONFLICT DO NOTHING"),
                          {event}));
    for (const qint64 event : {shareEvent, chargeEvent})
        ADESK_VERIFY_SQL(as(QStringLiteral("fin"),
                            QStringLiteral("SELECT desk.reverse_ledger_event('session', ?, 'refund')"),
                            {event}));
    // The failed payout through finance's path; the scheduled one set back by hand.
    const qint64 failedPayout =
        m_db.scalar(QStringLiteral("SELECT payout_id FROM desk.earnings_ledger WHERE id = ?"), {failedRow})
            .toLongLong();
    QVERIFY(
        m_db.exec(QStringLiteral("UPDATE desk.payouts SET status = 'scheduled', paid_at = NULL, reference = "
                                 "NULL WHERE id = ?"),
                  {failedPayout}));
    QVERIFY(
        m_db.exec(QStringLiteral("UPDATE desk.earnings_ledger SET payout_status = 'scheduled' WHERE id = ?"),
                  {failedRow}));
    ADESK_VERIFY_SQL(
        as(QStringLiteral("fin"),
           QStringLiteral("SELECT desk.mark_payout_failed(gen_random_uuid(), id, version, 'bounced') "
                          "FROM desk.payouts WHERE id = ?"),
           {failedPayout}));
    QVERIFY(
        m_db.exec(QStringLiteral("UPDATE desk.payouts SET status = 'scheduled', paid_at = NULL, reference = "
                                 "NULL WHERE id = (SELECT payout_id FROM desk.earnings_ledger WHERE id = ?)"),
                  {scheduledRow}));
    QVERIFY(
        m_db.exec(QStringLiteral("UPDATE desk.earnings_ledger SET payout_status = 'scheduled' WHERE id = ?"),
                  {scheduledRow}));
    QCOMPARE(differencesFromTheLedger({2024, 2025, 2026}), QString());

    // The scheduled payout paid through finance's path, then moved to 1 Jan 2026 00:30 Toronto and
    // back to 31 Dec 2025 23:30; D's first payout failed after the fact (by hand).
    ADESK_VERIFY_SQL(
        as(QStringLiteral("fin"),
           QStringLiteral("SELECT desk.mark_payout_paid(gen_random_uuid(), id, version, 'R2') "
                          "FROM desk.payouts WHERE id = (SELECT payout_id FROM desk.earnings_ledger "
                          "WHERE id = ?)"),
           {scheduledRow}));
    QCOMPARE(differencesFromTheLedger({2025, 2026}), QString());
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.payouts SET paid_at = '2026-01-01 00:30-05' "
                                     "WHERE id = (SELECT payout_id FROM desk.earnings_ledger WHERE id = ?)"),
                      {scheduledRow}));
    QCOMPARE(differencesFromTheLedger({2025, 2026}), QString());
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.payouts SET paid_at = '2025-12-31 23:30-05' "
                                     "WHERE id = (SELECT payout_id FROM desk.earnings_ledger WHERE id = ?)"),
                      {scheduledRow}));
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.payouts SET status = 'failed', failure_reason = 'late' "
                                     "WHERE id = (SELECT min(payout_id) FROM desk.earnings_ledger "
                                     "WHERE mechanic_id = ? AND party = 'mechanic')"),
                      {d}));
    QCOMPARE(differencesFromTheLedger({2024, 2025, 2026}), QString());
    // Ledger rows moved, turned into a charge (its reversal stops being a fee row), deleted.
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE desk.earnings_ledger SET period = '2024-12-01' "
                       "WHERE mechanic_id = ? AND party = 'mechanic' AND entry_type = 'referral_fee'"),
        {d}));
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.earnings_ledger SET entry_type = 'bay_rental_charge' "
                                     "WHERE event_id = ? AND entry_type = 'workshop_share'"),
                      {shareEvent}));
    QCOMPARE(differencesFromTheLedger({2024, 2025, 2026}), QString());
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE desk.earnings_ledger SET entry_type = 'workshop_share' "
                       "WHERE event_id = ? AND entry_type = 'bay_rental_charge' AND party = 'workshop' "
                       "AND reverses_id IS NULL"),
        {shareEvent}));
    QVERIFY(m_db.exec(
        QStringLiteral("DELETE FROM desk.earnings_ledger WHERE reverses_id IN (SELECT id FROM "
                       "desk.earnings_ledger WHERE event_id = ? AND entry_type = 'bay_rental_charge')"),
        {chargeEvent}));
    QCOMPARE(differencesFromTheLedger({2023, 2024, 2025, 2026, 2027}), QString());

    // The cases are in the data: D is in 2024 (paid 31 Dec 23:30), 2025 and 2026; W4's reversed share
    // is out of its fees, its failed and its scheduled-then-paid payouts are where they belong.
    const auto dYears =
        as(QStringLiteral("fin"),
           QStringLiteral("SELECT string_agg(y::text || ':' || fees_cents, ',' ORDER BY y) FROM "
                          "generate_series(2024, 2026) y, desk.t4a_year_payees(y) p "
                          "WHERE p.payee_party = 'mechanic' AND p.payee_id = ?"),
           {d});
    ADESK_VERIFY_SQL(dYears);
    QCOMPARE(dYears.scalar().toString(), QStringLiteral("2024:0,2025:0,2026:75000"));
    const auto w4Row =
        as(QStringLiteral("fin"),
           QStringLiteral("SELECT fees_cents, statement_cents, unpaid_cents FROM "
                          "desk.t4a_year_payees(2025) WHERE payee_party = 'workshop' AND payee_id = ?"),
           {w4});
    ADESK_VERIFY_SQL(w4Row);
    QCOMPARE(w4Row.rows.size(), 1);
    // Fees: 66,000 and 51,000 (paid 31 Dec 23:30); the share's reversal is posted (earned) today.
    QCOMPARE(w4Row.rows[0][0].toLongLong(), qint64(66000 + 51000));
}

// Postings, reversals and payouts from several connections at once, on the same payees and years
// (rows of the rollup written by every connection), and ledger rows written paid against a payout
// another connection is marking paid: the rollup then equals the ledger's aggregation.
void TstT4A::totalsFollowConcurrentPostings() {
    constexpr int kWriters = 4, kRounds = 12;
    QList<qint64> payees;
    for (int i = 0; i < 3; ++i)
        payees << m_db.insertMechanic(QStringLiteral("Racer %1").arg(i));
    // Each writer's payouts (scheduled, one ledger row each), marked paid or failed during the race.
    std::vector<QList<qint64>> payouts(kWriters);
    const qint64 batch =
        m_db.scalar(
                QStringLiteral("INSERT INTO desk.payout_batches (period) VALUES ('2025-12-01') RETURNING id"))
            .toLongLong();
    for (int k = 0; k < kWriters; ++k)
        for (int r = 0; r < kRounds; ++r) {
            const qint64 payee = payees[(k + r) % payees.size()];
            const qint64 payout =
                m_db.scalar(QStringLiteral(
                                "INSERT INTO desk.payouts (batch_id, party, mechanic_id, amount_cents) "
                                "VALUES (?, 'mechanic', ?, 1000) RETURNING id"),
                            {batch, payee})
                    .toLongLong();
            QVERIFY(payout > 0);
            payouts[size_t(k)] << payout;
            QVERIFY(m_db.exec(
                QStringLiteral("INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, "
                               "scenario, service_tier, entry_type, party, mechanic_id, gross_cents, "
                               "amount_cents, payout_status, payout_id) VALUES ('session', ?, "
                               "'2025-12-15 12:00-05', '2025-12-01', 'race', 'virtual', 'mechanic_share', "
                               "'mechanic', ?, 1000, 1000, 'scheduled', ?)"),
                {900000 + k * 1000 + r, payee, payout}));
        }
    std::vector<QStringList> errors(kWriters);
    std::latch connected(kWriters + 1);
    std::vector<std::unique_ptr<QThread>> threads;
    const ConnectionSettings super = m_db.superuser();
    const ConnectionSettings fin = m_db.login(m_db.roleName(QStringLiteral("fin")));
    for (int k = 0; k < kWriters; ++k) {
        QStringList *out = &errors[size_t(k)];
        const QList<qint64> mine = payouts[size_t(k)], theirs = payouts[size_t((k + 1) % kWriters)];
        threads.emplace_back(QThread::create([=, &connected] {
            const QString su = QStringLiteral("tst_t4a_race_su_%1").arg(k),
                          fi = QStringLiteral("tst_t4a_race_fin_%1").arg(k);
            {
                QSqlDatabase s = TestDatabase::openConnection(super, su);
                QSqlDatabase f = TestDatabase::openConnection(fin, fi);
                connected.count_down();
                connected.wait();
                const auto must = [&](const TestDatabase::SqlResult &r) {
                    if (!r.ok)
                        *out << r.describe();
                };
                for (int r = 0; r < kRounds; ++r) {
                    const qint64 payee = payees[(k + r) % payees.size()];
                    const qint64 event = 800000 + k * 1000 + r;
                    // A posting (earned in December 2025 or January 2026), then its reversal.
                    must(TestDatabase::run(
                        s,
                        QStringLiteral(
                            "WITH p AS (INSERT INTO desk.ledger_postings (event_type, event_id, kind) "
                            "VALUES ('session', ?, 'posting')) "
                            "INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, "
                            "scenario, service_tier, entry_type, party, mechanic_id, gross_cents, "
                            "amount_cents, payout_status) VALUES ('session', ?, now(), ?::date, 'race', "
                            "'virtual', 'mechanic_share', 'mechanic', ?, 2000, 2000 + ?, 'pending')"),
                        {event, event, r % 2 ? QStringLiteral("2026-01-01") : QStringLiteral("2025-12-01"),
                         payee, r}));
                    if (r % 3 != 2)
                        must(TestDatabase::run(
                            f, QStringLiteral("SELECT desk.reverse_ledger_event('session', ?, 'race')"),
                            {event}));
                    // One of this writer's payouts paid (or failed), in Toronto's last minutes of 2025.
                    must(TestDatabase::run(
                        f,
                        r % 4 == 3
                            ? QStringLiteral("SELECT desk.mark_payout_failed(gen_random_uuid(), id, version, "
                                             "'race') FROM desk.payouts WHERE id = ?")
                            : QStringLiteral("SELECT desk.mark_payout_paid(gen_random_uuid(), id, version, "
                                             "'race') FROM desk.payouts WHERE id = ?"),
                        {mine[r]}));
                    // A row written paid against a payout the next writer is marking paid meanwhile.
                    must(TestDatabase::run(
                        s,
                        QStringLiteral(
                            "INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, "
                            "scenario, service_tier, entry_type, party, mechanic_id, gross_cents, "
                            "amount_cents, payout_status, payout_id) SELECT 'session', ?, now(), "
                            "'2025-11-01', 'race', 'virtual', 'referral_fee', 'mechanic', mechanic_id, "
                            "300, 300, 'paid', id FROM desk.payouts WHERE id = ?"),
                        {event, theirs[r]}));
                }
            }
            TestDatabase::closeConnection(su);
            TestDatabase::closeConnection(fi);
        }));
        threads.back()->start();
    }
    connected.count_down();
    for (auto &t : threads)
        QVERIFY(t->wait(QDeadlineTimer(600000)));
    QStringList all;
    for (const QStringList &e : errors)
        all << e;
    QVERIFY2(all.isEmpty(), qPrintable(all.mid(0, 5).join(u'\n')));
    // Paid at now(): the year the run is in, on Toronto time; the race's rows are in 2025 and 2026.
    const int thisYear =
        m_db.scalar(QStringLiteral("SELECT extract(year FROM desk.toronto_today())::int")).toInt();
    QCOMPARE(differencesFromTheLedger({2025, 2026, thisYear}), QString());
    // Every year of the rollup against the aggregation (no stale rows elsewhere).
    const auto years = m_db.run(QStringLiteral(
        "SELECT DISTINCT tax_year FROM desk.t4a_year_totals WHERE row_count <> 0 OR fees_cents <> 0 "
        "OR statement_cents <> 0 OR unpaid_cents <> 0 OR prior_paid_cents <> 0 ORDER BY 1"));
    ADESK_VERIFY_SQL(years);
    QList<int> rollupYears;
    for (const QVariantList &row : years.rows)
        rollupYears << row[0].toInt();
    QCOMPARE(differencesFromTheLedger(rollupYears), QString());
    // The race wrote what it should have: rows of each kind.
    QVERIFY(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE scenario = 'race' "
                                       "AND entry_type = 'reversal'"))
                .toInt() > kWriters * kRounds / 2);
    QVERIFY(m_db.scalar(QStringLiteral(
                            "SELECT count(*) FROM desk.payouts WHERE batch_id = ? AND status = 'paid'"),
                        {batch})
                .toInt() > kWriters * kRounds / 2);
    // The rebuild gives the same rollup; clients cannot write it.
    const auto before =
        m_db.run(QStringLiteral("SELECT * FROM desk.t4a_year_totals WHERE row_count <> 0 ORDER BY 1, 2, 3"));
    QVERIFY(m_db.exec(QStringLiteral("SELECT desk.rebuild_t4a_year_totals()")));
    const auto after =
        m_db.run(QStringLiteral("SELECT * FROM desk.t4a_year_totals WHERE row_count <> 0 ORDER BY 1, 2, 3"));
    QCOMPARE(rowTexts(after), rowTexts(before));
    QCOMPARE(as(QStringLiteral("fin"), QStringLiteral("UPDATE desk.t4a_year_totals SET fees_cents = 0"))
                 .sqlState(),
             QStringLiteral("42501"));
    QCOMPARE(as(QStringLiteral("fin"), QStringLiteral("SELECT desk.rebuild_t4a_year_totals()")).sqlState(),
             QStringLiteral("42501"));
    QCOMPARE(
        as(QStringLiteral("own"), QStringLiteral("SELECT count(*) FROM desk.t4a_year_totals")).sqlState(),
        QStringLiteral("42501"));
}

QTEST_GUILESS_MAIN(TstT4A)
#include "tst_t4a.moc"
