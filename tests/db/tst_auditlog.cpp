// The audit log viewer (issue 15, migration 0019_notices_audit) against a real PostgreSQL: the
// repository's filters (actor, action, entity, workshop, dates) return the planted rows, keyset paging
// returns each row once, the CSV export is read back, finance reads only the reveals of tax numbers
// (made through desk.reveal_tax_number), owners read nothing.

#include "models/compliance/oversightrepository.h"
#include "models/core/pgcsv.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QTemporaryDir>
#include <QTest>

using namespace adesk;

Q_DECLARE_METATYPE(adesk::AuditFilter)

class TstAuditLog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void filtersReturnThePlantedRows_data();
    void filtersReturnThePlantedRows();
    void pagingReturnsEveryRowOnce();
    void exportWritesTheFilteredRows();
    void financeSeesOnlyReveals();
    void ownersSeeNothing();

private:
    QSqlDatabase as(const QString &who) const { return QSqlDatabase::database(u"audit_"_qs + who, false); }
    QList<qint64> ids(const QString &who, const AuditFilter &f) {
        QSqlDatabase db = as(who);
        const auto r = OversightRepository::auditPage(db, f, std::nullopt, 1000);
        if (!r.ok()) {
            qWarning().noquote() << r.error().userMessage();
            return {-1};
        }
        QList<qint64> out;
        for (const AuditEntry &e : r.value())
            out << e.id;
        return out;
    }
    qint64 plant(const QString &at, const QString &actor, const QString &action, const QString &table,
                 qint64 row, qint64 workshop, const QString &detail = u"{}"_qs) {
        return m_db
            .scalar(
                u"INSERT INTO desk.audit_log (at, actor, action, table_name, row_id, workshop_id, detail) "
                "VALUES (?::timestamptz, ?, ?, ?, ?, ?, ?::jsonb) RETURNING id"_qs,
                {at, actor, action, table, row, workshop > 0 ? QVariant(workshop) : QVariant(), detail})
            .toLongLong();
    }

    TestDatabase m_db;
    QStringList m_who;
    qint64 m_shop = 0;
    qint64 m_approveA = 0, m_rejectB = 0, m_approveC = 0, m_reveal = 0, m_other = 0;
};

void TstAuditLog::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shop = m_db.insertWorkshop(u"Garage Alpha"_qs, u"ON"_qs);
    QVERIFY(m_shop);
    const QList<std::tuple<QString, QString, QList<qint64>>> logins = {
        {u"admin"_qs, u"adesk_platform_admin"_qs, {}},
        {u"finance"_qs, u"adesk_finance"_qs, {}},
        {u"owner"_qs, u"adesk_workshop_owner"_qs, {m_shop}},
    };
    for (const auto &[who, group, shops] : logins) {
        const QString role = m_db.roleName(u"a"_qs + who);
        QVERIFY(m_db.createLogin(role, group, who, shops));
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), u"audit_"_qs + who);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        m_who << who;
    }
    // Planted rows, the session's zone being whatever the cluster says: dates are mid-day UTC.
    m_approveA =
        plant(u"2026-03-02 12:00Z"_qs, u"ada_admin"_qs, u"verification.approve"_qs,
              u"compliance_verifications"_qs, 11, m_shop, u"{\"note\": \"looks fine, \\\"ok\\\"\"}"_qs);
    m_rejectB = plant(u"2026-03-05 12:00Z"_qs, u"bob_admin"_qs, u"verification.reject"_qs,
                      u"compliance_verifications"_qs, 12, m_shop, u"{\"reason_code\": \"illegible\"}"_qs);
    m_approveC = plant(u"2026-03-09 12:00Z"_qs, u"ada_admin"_qs, u"verification.approve"_qs,
                       u"compliance_verifications"_qs, 12, 0);
    m_other = plant(u"2026-03-09 13:00Z"_qs, u"fern_finance"_qs, u"payout_paid"_qs, u"payouts"_qs, 5, 0);
    QVERIFY(m_approveA && m_rejectB && m_approveC && m_other);
    // A real reveal by finance, through the function that audits it.
    const qint64 mechanic = m_db.insertMechanic(u"Sam Sin"_qs);
    QVERIFY(mechanic);
    const QVariant profile = m_db.scalar(
        u"INSERT INTO desk.payee_tax_profiles (payee_party, mechanic_id, recipient_kind, surname, "
        u"given_name, sin, "
        "address_line1, city, province, postal_code) VALUES ('mechanic', ?, 'individual', 'Sin', 'Sam', "
        "'046454286', '1 Main St', 'Toronto', 'ON', 'M5V 2T6') RETURNING id"_qs,
        {mechanic});
    QVERIFY(profile.isValid());
    const auto reveal = TestDatabase::run(
        as(u"finance"_qs), u"SELECT sin FROM desk.reveal_tax_number(?, 'T4A check')"_qs, {profile});
    ADESK_VERIFY_SQL(reveal);
    m_reveal = m_db.scalar(u"SELECT max(id) FROM desk.audit_log WHERE action = 'tax_number_revealed'"_qs)
                   .toLongLong();
    QVERIFY(m_reveal > 0);
}

void TstAuditLog::cleanupTestCase() {
    for (const QString &who : m_who)
        TestDatabase::closeConnection(u"audit_"_qs + who);
}

void TstAuditLog::filtersReturnThePlantedRows_data() {
    QTest::addColumn<AuditFilter>("filter");
    QTest::addColumn<QString>("expected"); // names of planted rows, newest first
    AuditFilter f;
    f.actor = u"ADA"_qs;
    QTest::newRow("actor, any case") << f << u"C A"_qs;
    f = {};
    f.action = u"verification.approve"_qs;
    QTest::newRow("action") << f << u"C A"_qs;
    f = {};
    f.tableName = u"compliance_verifications"_qs;
    f.rowId = 12;
    QTest::newRow("entity") << f << u"C B"_qs;
    f = {};
    f.workshopId = 1; // replaced by the planted workshop
    QTest::newRow("workshop") << f << u"B A"_qs;
    f = {};
    f.from = QDate(2026, 3, 3);
    f.to = QDate(2026, 3, 5);
    QTest::newRow("dates") << f << u"B"_qs;
    f = {};
    f.actor = u"ada"_qs;
    f.from = QDate(2026, 3, 9);
    QTest::newRow("actor and from") << f << u"C"_qs;
}

void TstAuditLog::filtersReturnThePlantedRows() {
    QFETCH(AuditFilter, filter);
    QFETCH(QString, expected);
    if (filter.workshopId)
        filter.workshopId = m_shop;
    const QHash<QString, qint64> byName = {
        {u"A"_qs, m_approveA}, {u"B"_qs, m_rejectB}, {u"C"_qs, m_approveC}};
    QList<qint64> want;
    for (const QString &n : expected.split(u' '))
        want << byName.value(n);
    QList<qint64> got = ids(u"admin"_qs, filter);
    got.removeAll(m_reveal); // the reveal is dated today
    QCOMPARE(got, want);
}

void TstAuditLog::pagingReturnsEveryRowOnce() {
    QSqlDatabase db = as(u"admin"_qs);
    QList<qint64> paged;
    std::optional<NewestFirstKey> after;
    for (int guard = 0; guard < 100; ++guard) {
        const auto page = OversightRepository::auditPage(db, {}, after, 2);
        QVERIFY(page.ok());
        for (const AuditEntry &e : page.value())
            paged << e.id;
        if (page->size() < 2)
            break;
        after = NewestFirstKey{page->last().atUs, page->last().id};
    }
    QCOMPARE(paged, ids(u"admin"_qs, {}));
    QCOMPARE(paged.size(), m_db.scalar(u"SELECT count(*) FROM desk.audit_log"_qs).toInt());
}

void TstAuditLog::exportWritesTheFilteredRows() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"audit.csv"_qs);
    AuditFilter f;
    f.tableName = u"compliance_verifications"_qs;
    QSqlDatabase db = as(u"admin"_qs);
    const Result<qint64> n = OversightRepository::exportAudit(db, f, path);
    QVERIFY2(n.ok(), n.ok() ? "" : qPrintable(n.error().userMessage()));
    QCOMPARE(n.value(), 3);
    const Result<CsvRecords> csv = PgCsv::readFile(db, path);
    QVERIFY2(csv.ok(), csv.ok() ? "" : qPrintable(csv.error().userMessage()));
    QCOMPARE(csv->header, (QStringList{u"id"_qs, u"at_utc"_qs, u"actor"_qs, u"action"_qs, u"table_name"_qs,
                                       u"row_id"_qs, u"workshop_id"_qs, u"detail"_qs}));
    QCOMPARE(csv->rows.size(), 3);
    QCOMPARE(csv->rows.at(0).at(0), QString::number(m_approveC));
    QCOMPARE(csv->rows.at(2).at(0), QString::number(m_approveA));
    QCOMPARE(csv->rows.at(2).at(1), u"2026-03-02T12:00:00Z"_qs);
    QCOMPARE(csv->rows.at(2).at(2), u"ada_admin"_qs);
    QCOMPARE(csv->rows.at(2).at(5), u"11"_qs);
    QCOMPARE(csv->rows.at(2).at(6), QString::number(m_shop));
    // The detail survives quoting (commas and quotes inside).
    QCOMPARE(csv->rows.at(2).at(7), u"{\"note\": \"looks fine, \\\"ok\\\"\"}"_qs);
    QCOMPARE(csv->rows.at(0).at(6), QString()); // NULL workshop

    // Finance's export holds only what finance reads.
    QSqlDatabase fin = as(u"finance"_qs);
    const Result<qint64> nf = OversightRepository::exportAudit(fin, {}, dir.filePath(u"fin.csv"_qs));
    QVERIFY(nf.ok());
    QCOMPARE(nf.value(), 1);
}

void TstAuditLog::financeSeesOnlyReveals() {
    QCOMPARE(ids(u"finance"_qs, {}), QList<qint64>{m_reveal});
    AuditFilter f;
    f.action = u"payout_paid"_qs;
    QCOMPARE(ids(u"finance"_qs, f), QList<qint64>{});
    const auto direct = TestDatabase::run(as(u"finance"_qs),
                                          u"SELECT count(*) FROM desk.audit_log WHERE id = ?"_qs, {m_other});
    ADESK_VERIFY_SQL(direct);
    QCOMPARE(direct.scalar().toInt(), 0);
    // The reveal says who and why, never the number.
    const auto detail =
        TestDatabase::run(as(u"finance"_qs), u"SELECT actor::text, detail ->> 'reason', "
                                             "detail::text LIKE '%046454286%' FROM desk.audit_log"_qs);
    ADESK_VERIFY_SQL(detail);
    QCOMPARE(detail.rows.size(), 1);
    QCOMPARE(detail.rows.at(0).at(0).toString(), m_db.roleName(u"afinance"_qs));
    QCOMPARE(detail.rows.at(0).at(1).toString(), u"T4A check"_qs);
    QVERIFY(!detail.rows.at(0).at(2).toBool());
    // Admins see the reveal too.
    QVERIFY(ids(u"admin"_qs, {}).contains(m_reveal));
}

void TstAuditLog::ownersSeeNothing() {
    const auto r = TestDatabase::run(as(u"owner"_qs), u"SELECT count(*) FROM desk.audit_log"_qs);
    QVERIFY(!r.ok);
    QCOMPARE(r.sqlState(), u"42501"_qs);
    QSqlDatabase db = as(u"owner"_qs);
    QVERIFY(!OversightRepository::auditPage(db, {}, std::nullopt, 10).ok());
}

QTEST_GUILESS_MAIN(TstAuditLog)
#include "tst_auditlog.moc"
