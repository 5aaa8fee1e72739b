// The earnings ledger partitioned by month (migration 0051, issue 19 "More than one server"), against
// a real PostgreSQL: a ledger an older release left (0050: postings, a reversal) migrated row for row
// with its rollups; every row in its month's partition; postings and reversals after the migration,
// old and new months, a reversal naming its original in another month; `migrate` keeping a year of
// months ahead, and refusing to add months over rows already beyond them; the partitions closed to
// finance and workshop owners (read through the ledger and its row security only); a month filter of
// the earnings pane reading that month's partition alone, and its pages going month by month; a
// statement read from one snapshot while a posting commits; a payout batch paying what 0013 did.

#include "models/earnings/earningsrepository.h"
#include "tests/support/postings.h"
#include "tests/support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

using namespace adesk;

namespace {

/// Every "Relation Name" of an EXPLAIN (FORMAT JSON) plan.
void relationsOf(const QJsonValue &node, QStringList *out) {
    if (node.isArray()) {
        for (const QJsonValue &v : node.toArray())
            relationsOf(v, out);
        return;
    }
    const QJsonObject o = node.toObject();
    if (o.contains(QLatin1String("Relation Name")))
        *out << o.value(QLatin1String("Relation Name")).toString();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it->isArray() || it->isObject())
            relationsOf(*it, out);
}

} // namespace

class TstLedgerPartitions : public QObject {
    Q_OBJECT

    TestDatabase m_db{TestDatabase::Migrate::No};
    qint64 m_ws = 0, m_other = 0, m_mechWs = 0, m_mechOther = 0, m_ind = 0;
    qint64 m_march = 0, m_june = 0, m_juneOther = 0, m_lateJanuary = 0;
    QString m_ledgerBefore, m_totalsBefore, m_t4aBefore;
    qint64 m_maxIdBefore = 0;

    QSqlDatabase conn(const QString &who) { return QSqlDatabase::database(who, false); }

    /// A completed session: at @p workshop by its mechanic, or a video call (workshop 0).
    qint64 session(qint64 mechanic, qint64 workshop, const QString &completedAt) {
        return m_db
            .scalar(QStringLiteral("INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, "
                                   "workshop_id, status, completed_at) VALUES (?, ?, ?, ?, 'completed', "
                                   "?::timestamptz) RETURNING id"),
                    {workshop ? QStringLiteral("workshop_visit") : QStringLiteral("video"),
                     workshop ? 10000 : 2500, mechanic,
                     workshop ? QVariant(workshop) : QVariant(QMetaType(QMetaType::LongLong)), completedAt})
            .toLongLong();
    }
    /// The rows of @p sql, one line each, fields joined by '|'.
    QString image(const QString &sql) {
        const TestDatabase::SqlResult r = m_db.run(sql);
        if (!r.ok)
            return r.describe();
        QStringList lines;
        for (const QVariantList &row : r.rows) {
            QStringList fields;
            for (const QVariant &v : row)
                fields << (v.isNull() ? QStringLiteral("NULL") : v.toString());
            lines << fields.join(u'|');
        }
        return lines.join(u'\n');
    }
    QString ledgerImage() {
        return image(QStringLiteral(
            "SELECT id, event_type, event_id, event_at, period, scenario, service_tier, entry_type, party, "
            "workshop_id, mechanic_id, gross_cents, amount_cents, share_bp, rule_id, gst_hst_cents, "
            "gst_hst_bp, "
            "tax_province, payout_status, payout_id, payout_reference, posted_at, reverses_id, "
            "partnership_id, "
            "agreement_id, basis, qst_cents, qst_ppm FROM desk.earnings_ledger ORDER BY id"));
    }
    QString totalsImage() {
        return image(QStringLiteral("SELECT * FROM desk.earnings_totals ORDER BY period, party, workshop_id, "
                                    "mechanic_id, event_type, entry_type, payout_status, service_tier"));
    }
    QString t4aImage() {
        return image(QStringLiteral("SELECT * FROM desk.t4a_year_totals ORDER BY 1, 2, 3"));
    }
    /// The partition holding @p eventType @p eventId's rows of @p entryType ("" when none, several
    /// names joined when they are split).
    QString partitionOf(const QString &eventType, qint64 eventId, const QString &entryType) {
        return m_db
            .scalar(QStringLiteral("SELECT string_agg(DISTINCT tableoid::regclass::text, ',') "
                                   "FROM desk.earnings_ledger WHERE event_type = ? AND event_id = ? "
                                   "AND entry_type = ?"),
                    {eventType, eventId, entryType})
            .toString();
    }
    /// desk.earnings_ledger_YYYY_MM of the month @p monthsAhead from now in the platform's zone.
    QString monthPartition(int monthsAhead) {
        return m_db
            .scalar(QStringLiteral("SELECT 'desk.earnings_ledger_' || to_char(now() AT TIME ZONE "
                                   "'America/Toronto' + make_interval(months => ?), 'YYYY_MM')"),
                    {monthsAhead})
            .toString();
    }
    bool exists(const QString &relation) {
        return !m_db.scalar(QStringLiteral("SELECT to_regclass(?)::text"), {relation}).isNull();
    }
    int partitionCount() {
        return m_db
            .scalar(QStringLiteral(
                "SELECT count(*) FROM pg_inherits WHERE inhparent = 'desk.earnings_ledger'::regclass"))
            .toInt();
    }
    QString afterBound() {
        return m_db
            .scalar(QStringLiteral("SELECT pg_get_expr(relpartbound, oid) FROM pg_class "
                                   "WHERE oid = 'desk.earnings_ledger_after'::regclass"))
            .toString();
    }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void migrationKeepsEveryRow();
    void rowsAreInTheirMonthsPartition();
    void postingsAndReversalsAfterTheMigration();
    void migrateKeepsAYearAhead();
    void monthsAreAddedOnlyWhileNothingIsBeyondThem();
    void partitionsAreClosedToAppRoles();
    void aMonthFilterReadsThatMonthAlone();
    void pagesGoMonthByMonth();
    void aStatementIsReadFromOneSnapshot();
    void aPayoutBatchPaysWhat0013Did();
    void aPayoutIsMarkedInItsMonths();
};

void TstLedgerPartitions::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    // The database the release before 0051 left.
    const Result<QStringList> old = m_db.migrate(50);
    QVERIFY2(old.ok(), qPrintable(old.error().serverMessage));
    QVERIFY(!old->contains(QStringLiteral("0051_ledger_by_month")));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT relkind::text FROM pg_class WHERE oid = "
                                        "'desk.earnings_ledger'::regclass"))
                 .toString(),
             QStringLiteral("r"));

    m_ws = m_db.insertWorkshop(QStringLiteral("Atelier Mensuel"), QStringLiteral("ON"));
    m_other =
        m_db.insertWorkshop(QStringLiteral("Garage Voisin"), QStringLiteral("QC"), QStringLiteral("fr"));
    m_mechWs = m_db.insertPhysicalMechanic(QStringLiteral("Mechanic Monthly"), m_ws,
                                           QStringLiteral("workshop_affiliated"));
    m_mechOther = m_db.insertPhysicalMechanic(QStringLiteral("Mécanicien Voisin"), m_other,
                                              QStringLiteral("workshop_affiliated"));
    m_ind = m_db.insertMechanic(QStringLiteral("Independent Monthly"));
    QVERIFY(m_ws && m_other && m_mechWs && m_mechOther && m_ind);
    const QString fin = m_db.roleName(QStringLiteral("fin"));
    const QString own = m_db.roleName(QStringLiteral("own"));
    QVERIFY(m_db.createLogin(fin, QStringLiteral("adesk_finance"), QStringLiteral("Fin")));
    QVERIFY(m_db.createLogin(own, QStringLiteral("adesk_workshop_owner"), QStringLiteral("Owner"), {m_ws}));
    QVERIFY(TestDatabase::openConnection(m_db.login(fin), QStringLiteral("finance")).isOpen());
    QVERIFY(TestDatabase::openConnection(m_db.login(own), QStringLiteral("owner")).isOpen());

    m_march = session(m_mechWs, m_ws, QStringLiteral("2025-03-14 10:00 America/Toronto"));
    m_june = session(m_ind, 0, QStringLiteral("2025-06-10 12:00 America/Toronto"));
    m_juneOther = session(m_mechOther, m_other, QStringLiteral("2025-06-11 09:00 America/Toronto"));
    // January in Toronto, February in UTC: the platform's month (desk.ledger_period) decides.
    m_lateJanuary = session(m_mechWs, m_ws, QStringLiteral("2026-01-31 23:30 America/Toronto"));
    QVERIFY(m_march && m_june && m_juneOther && m_lateJanuary);
    const QString refused = testing::postAll(m_db, conn(QStringLiteral("finance")));
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    // March refunded today: its reversal rows are in this month, their originals in March 2025.
    ADESK_VERIFY_SQL(TestDatabase::run(
        conn(QStringLiteral("finance")),
        QStringLiteral("SELECT desk.reverse_ledger_event('session', ?, 'refund')"), {m_march}));

    m_ledgerBefore = ledgerImage();
    m_totalsBefore = totalsImage();
    m_t4aBefore = t4aImage();
    m_maxIdBefore = m_db.scalar(QStringLiteral("SELECT max(id) FROM desk.earnings_ledger")).toLongLong();
    QVERIFY(m_maxIdBefore > 0);

    const Result<QStringList> applied = m_db.migrate();
    QVERIFY2(applied.ok(), qPrintable(applied.error().serverMessage));
    QVERIFY2(applied->contains(QStringLiteral("0051_ledger_by_month")), qPrintable(applied->join(u' ')));
}

void TstLedgerPartitions::cleanupTestCase() {
    TestDatabase::closeConnection(QStringLiteral("finance"));
    TestDatabase::closeConnection(QStringLiteral("owner"));
}

void TstLedgerPartitions::migrationKeepsEveryRow() {
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT relkind::text FROM pg_class WHERE oid = "
                                        "'desk.earnings_ledger'::regclass"))
                 .toString(),
             QStringLiteral("p"));
    QVERIFY(!exists(QStringLiteral("desk.earnings_ledger_unpartitioned")));
    // Every row, every field, the same ids; the rollups the triggers kept, untouched.
    QCOMPARE(ledgerImage(), m_ledgerBefore);
    QCOMPARE(totalsImage(), m_totalsBefore);
    QCOMPARE(t4aImage(), m_t4aBefore);
    // The reversal rows name their originals' month.
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE entry_type = "
                                   "'reversal' AND reverses_period = '2025-03-01'"))
            .toInt(),
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE event_type = 'session' "
                                   "AND event_id = ? AND entry_type <> 'reversal'"),
                    {m_march})
            .toInt());
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger r WHERE r.entry_type = "
                                        "'reversal' AND NOT EXISTS (SELECT 1 FROM desk.earnings_ledger o "
                                        "WHERE o.id = r.reverses_id AND o.period = r.reverses_period)"))
                 .toInt(),
             0);
}

void TstLedgerPartitions::rowsAreInTheirMonthsPartition() {
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger l WHERE "
                                        "l.tableoid::regclass::text <> 'desk.earnings_ledger_' || "
                                        "to_char(l.period, 'YYYY_MM')"))
                 .toInt(),
             0);
    QCOMPARE(partitionOf(QStringLiteral("session"), m_march, QStringLiteral("platform_fee")),
             QStringLiteral("desk.earnings_ledger_2025_03"));
    QCOMPARE(partitionOf(QStringLiteral("session"), m_lateJanuary, QStringLiteral("platform_fee")),
             QStringLiteral("desk.earnings_ledger_2026_01"));
    QCOMPARE(partitionOf(QStringLiteral("session"), m_march, QStringLiteral("reversal")), monthPartition(0));
}

void TstLedgerPartitions::postingsAndReversalsAfterTheMigration() {
    QSqlDatabase fin = conn(QStringLiteral("finance"));
    const qint64 september = session(m_mechWs, m_ws, QStringLiteral("2025-09-05 15:00 America/Toronto"));
    // Older than every month of its own: into earnings_ledger_before, posted all the same.
    const qint64 old = session(m_ind, 0, QStringLiteral("2016-02-10 12:00 America/Toronto"));
    QVERIFY(september && old);
    int rows = 0;
    const QString refused = testing::postAll(m_db, fin, &rows);
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    // September: the platform fee and the workshop's share; 2016, before any fee rule: the mechanic's
    // share alone.
    QCOMPARE(rows, 3);
    QCOMPARE(partitionOf(QStringLiteral("session"), september, QStringLiteral("workshop_share")),
             QStringLiteral("desk.earnings_ledger_2025_09"));
    QCOMPARE(partitionOf(QStringLiteral("session"), old, QStringLiteral("mechanic_share")),
             QStringLiteral("desk.earnings_ledger_before"));
    // The identity goes on after the copied rows.
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT min(id) FROM desk.earnings_ledger WHERE event_type = "
                                        "'session' AND event_id IN (?, ?)"),
                         {september, old})
                 .toLongLong(),
             m_maxIdBefore + 1);

    // Reversals made today, of June 2025 and of 2016: in this month, naming their originals' months.
    for (const qint64 event : {m_june, old})
        ADESK_VERIFY_SQL(TestDatabase::run(
            fin, QStringLiteral("SELECT desk.reverse_ledger_event('session', ?, 'refund')"), {event}));
    QCOMPARE(partitionOf(QStringLiteral("session"), m_june, QStringLiteral("reversal")), monthPartition(0));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT string_agg(DISTINCT reverses_period::text, ',') FROM "
                                   "desk.earnings_ledger WHERE event_id = ? AND entry_type = 'reversal'"),
                    {m_june})
            .toString(),
        QStringLiteral("2025-06-01"));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT string_agg(DISTINCT reverses_period::text, ',') FROM "
                                   "desk.earnings_ledger WHERE event_id = ? AND entry_type = 'reversal'"),
                    {old})
            .toString(),
        QStringLiteral("2016-02-01"));
    // Once only, as before.
    const TestDatabase::SqlResult again = TestDatabase::run(
        fin, QStringLiteral("SELECT desk.reverse_ledger_event('session', ?, 'refund')"), {m_june});
    QVERIFY(!again.ok);
    QCOMPARE(again.sqlState(), QStringLiteral("AD001"));
    // A reversal row cannot name a row that is not there (the foreign key holds across months).
    const TestDatabase::SqlResult orphan = m_db.run(
        QStringLiteral(
            "INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, scenario, "
            "service_tier, "
            "entry_type, party, workshop_id, mechanic_id, gross_cents, amount_cents, payout_status, "
            "reverses_id, "
            "reverses_period) "
            "SELECT event_type, event_id, now(), desk.ledger_period(now()), scenario, service_tier, "
            "'reversal', "
            "party, workshop_id, mechanic_id, -gross_cents, -amount_cents, 'pending', id, '2016-03-01' "
            "FROM desk.earnings_ledger WHERE event_type = 'session' AND event_id = ? AND party = 'workshop' "
            "AND entry_type <> 'reversal'"),
        {m_juneOther});
    QVERIFY(!orphan.ok);
    QCOMPARE(orphan.sqlState(), QStringLiteral("23503"));

    // The rollups the statement triggers keep still add up to the ledger, month by month.
    QCOMPARE(image(QStringLiteral("SELECT period, count(*), sum(amount_cents), sum(gst_hst_cents) FROM "
                                  "desk.earnings_ledger GROUP BY 1 ORDER BY 1")),
             image(QStringLiteral("SELECT period, sum(row_count), sum(amount_cents), sum(gst_hst_cents) FROM "
                                  "desk.earnings_totals GROUP BY 1 HAVING sum(row_count) <> 0 ORDER BY 1")));
}

void TstLedgerPartitions::migrateKeepsAYearAhead() {
    // This month and the next twelve each have a partition; later months go to earnings_ledger_after.
    for (int ahead = 0; ahead <= 12; ++ahead)
        QVERIFY2(exists(monthPartition(ahead)), qPrintable(monthPartition(ahead)));
    QVERIFY(!exists(monthPartition(13)));
    const QString after = afterBound();
    QVERIFY2(after.contains(monthPartition(13).right(7).replace(u'_', u'-') + QStringLiteral("-01")),
             qPrintable(after));
    // Migrating again applies nothing and adds no month.
    const int before = partitionCount();
    const Result<QStringList> again = m_db.migrate();
    QVERIFY2(again.ok(), qPrintable(again.error().serverMessage));
    QVERIFY(again->isEmpty());
    QCOMPARE(partitionCount(), before);
    // Migrating puts back the twelfth month ahead when it is missing (as it adds a new one each month).
    ADESK_VERIFY_SQL(m_db.run(
        QStringLiteral("ALTER TABLE desk.earnings_ledger DETACH PARTITION %1").arg(monthPartition(12))));
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral("DROP TABLE %1").arg(monthPartition(12))));
    QVERIFY(!exists(monthPartition(12)));
    const Result<QStringList> later = m_db.migrate();
    QVERIFY2(later.ok(), qPrintable(later.error().serverMessage));
    QVERIFY(later->isEmpty());
    QVERIFY(exists(monthPartition(12)));
    QCOMPARE(partitionCount(), before);
    QCOMPARE(afterBound(), after);
    // Three months later, migrate would add three months: the same call with today + 15 months.
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral("BEGIN")));
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral("SET LOCAL ROLE adesk_owner")));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT desk.ensure_ledger_partitions((now() AT TIME ZONE "
                                        "'America/Toronto' + interval '15 months')::date)"))
                 .toInt(),
             3);
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral("COMMIT")));
    QCOMPARE(partitionCount(), before + 3);
    QVERIFY(exists(monthPartition(15)));
    QVERIFY(!exists(monthPartition(16)));
}

void TstLedgerPartitions::monthsAreAddedOnlyWhileNothingIsBeyondThem() {
    const QString after = afterBound();
    const int partitions = partitionCount();
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral("BEGIN")));
    const auto rollback = qScopeGuard([this] { m_db.exec(QStringLiteral("ROLLBACK")); });
    // A row dated past every month (as if nobody had migrated for years).
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral("INSERT INTO desk.earnings_ledger (event_type, event_id, "
                                             "event_at, period, scenario, service_tier, "
                                             "entry_type, party, mechanic_id, gross_cents, amount_cents) "
                                             "VALUES ('session', 987654, '2099-01-05 12:00+00', "
                                             "'2099-01-01', 'virtual', 'virtual', 'platform_fee', "
                                             "'platform', ?, 1000, 150)"),
                              {m_ind}));
    QCOMPARE(partitionOf(QStringLiteral("session"), 987654, QStringLiteral("platform_fee")),
             QStringLiteral("desk.earnings_ledger_after"));
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral("SET LOCAL ROLE adesk_owner")));
    // Nothing added (a warning says why), the row still where it was and readable.
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT desk.ensure_ledger_partitions('2100-06-01')")).toInt(), 0);
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral("RESET ROLE")));
    QCOMPARE(partitionCount(), partitions);
    QCOMPARE(afterBound(), after);
    QCOMPARE(partitionOf(QStringLiteral("session"), 987654, QStringLiteral("platform_fee")),
             QStringLiteral("desk.earnings_ledger_after"));
}

void TstLedgerPartitions::partitionsAreClosedToAppRoles() {
    QVERIFY(!partitionOf(QStringLiteral("session"), m_juneOther, QStringLiteral("workshop_share")).isEmpty());
    for (const char *who : {"finance", "owner"}) {
        QSqlDatabase db = conn(QString::fromLatin1(who));
        for (const char *partition :
             {"earnings_ledger_2025_06", "earnings_ledger_before", "earnings_ledger_after"}) {
            const TestDatabase::SqlResult r = TestDatabase::run(
                db, QStringLiteral("SELECT count(*) FROM desk.%1").arg(QLatin1String(partition)));
            QVERIFY2(
                !r.ok,
                qPrintable(QStringLiteral("%1 read %2").arg(QLatin1String(who), QLatin1String(partition))));
            QCOMPARE(r.sqlState(), QStringLiteral("42501"));
        }
        const TestDatabase::SqlResult write = TestDatabase::run(
            db, QStringLiteral("DELETE FROM desk.earnings_ledger_2025_06 WHERE event_id = ?"), {m_juneOther});
        QCOMPARE(write.sqlState(), QStringLiteral("42501"));
        const TestDatabase::SqlResult extend =
            TestDatabase::run(db, QStringLiteral("SELECT desk.ensure_ledger_partitions('2100-01-01')"));
        QVERIFY(!extend.ok);
        QCOMPARE(extend.sqlState(), QStringLiteral("42501"));
    }
    QVERIFY(!partitionOf(QStringLiteral("session"), m_juneOther, QStringLiteral("workshop_share")).isEmpty());
    // Through the ledger, the owner sees their workshop's rows of every month, and no other's.
    QSqlDatabase owner = conn(QStringLiteral("owner"));
    QVERIFY(
        TestDatabase::run(owner, QStringLiteral("SELECT count(DISTINCT period) FROM desk.earnings_ledger"))
            .scalar()
            .toInt() >= 3);
    QCOMPARE(TestDatabase::run(owner,
                               QStringLiteral("SELECT count(*) FROM desk.earnings_ledger "
                                              "WHERE workshop_id IS DISTINCT FROM ?"),
                               {m_ws})
                 .scalar()
                 .toInt(),
             0);
}

void TstLedgerPartitions::aMonthFilterReadsThatMonthAlone() {
    // The pane's month filter, and the pane with no filter: each page query names one month
    // (EarningsRepository::fetchPage), here June 2025, and reads that month's partition alone.
    LedgerFilter june;
    june.month = QDate(2025, 6, 1);
    for (const LedgerFilter &filter : {june, LedgerFilter{}}) {
        QVariantList binds;
        QString sql = EarningsRepository::pageSql(filter, false, &binds);
        binds << QDate(2025, 6, 1) << 200;
        // EXPLAIN cannot be prepared: the values go in as literals (a date and a number).
        QString explain = QStringLiteral("EXPLAIN (FORMAT JSON) ") + sql;
        for (const QVariant &v : binds) {
            const qsizetype at = explain.indexOf(u'?');
            QVERIFY(at >= 0);
            explain.replace(at, 1,
                            v.typeId() == QMetaType::QDate ? u'\'' + v.toDate().toString(Qt::ISODate) + u'\''
                                                           : v.toString());
        }
        QVERIFY(!explain.contains(u'?'));
        const TestDatabase::SqlResult plan = TestDatabase::run(conn(QStringLiteral("finance")), explain);
        ADESK_VERIFY_SQL(plan);
        QStringList relations;
        relationsOf(QJsonDocument::fromJson(plan.scalar().toString().toUtf8()).array(), &relations);
        relations.removeDuplicates();
        QVERIFY2(relations.contains(QStringLiteral("earnings_ledger_2025_06")),
                 qPrintable(relations.join(u' ')));
        for (const QString &r : relations)
            QVERIFY2(!r.startsWith(QLatin1String("earnings_ledger_")) || r == u"earnings_ledger_2025_06",
                     qPrintable(relations.join(u' ')));
        // The page shows June's rows.
        const TestDatabase::SqlResult rows = TestDatabase::run(conn(QStringLiteral("finance")), sql, binds);
        ADESK_VERIFY_SQL(rows);
        QVERIFY(rows.rows.size() >= 4);
    }
}

void TstLedgerPartitions::pagesGoMonthByMonth() {
    // Paging the pane two rows at a time, as finance and as the owner of one workshop, with several
    // filters, gives every visible row once, in LedgerKey's order (period, event_at, id, newest
    // first), across months with no rows between them and the rows older than every month
    // (earnings_ledger_before: the 2016 session of postingsAndReversalsAfterTheMigration).
    LedgerFilter workshop;
    workshop.workshopId = m_ws;
    LedgerFilter mechanics;
    mechanics.party = Party::Mechanic;
    LedgerFilter june;
    june.month = QDate(2025, 6, 1);
    LedgerFilter nobody;
    nobody.workshopId = m_ws + m_other + 1000;
    int multiMonth = 0;
    for (const char *who : {"finance", "owner"}) {
        QSqlDatabase db = conn(QLatin1String(who));
        for (const LedgerFilter &filter : {LedgerFilter{}, workshop, mechanics, june, nobody}) {
            QVariantList binds;
            const QString where = EarningsRepository::whereClause(filter, &binds);
            const TestDatabase::SqlResult reference =
                TestDatabase::run(db,
                                  QStringLiteral("SELECT l.id, l.period FROM desk.earnings_ledger l WHERE %1 "
                                                 "ORDER BY l.period DESC, l.event_at DESC, l.id DESC")
                                      .arg(where),
                                  binds);
            ADESK_VERIFY_SQL(reference);
            QList<qint64> expected;
            QSet<QDate> months;
            for (const QVariantList &row : reference.rows) {
                expected << row.at(0).toLongLong();
                months.insert(row.at(1).toDate());
            }
            if (months.size() >= 3)
                ++multiMonth;
            QList<qint64> paged;
            std::optional<LedgerKey> after;
            for (int guard = 0; guard < 500; ++guard) {
                const Result<QList<LedgerRow>> page = EarningsRepository::fetchPage(db, filter, after, 2);
                QVERIFY2(page.ok(), qPrintable(page.error().serverMessage));
                for (const LedgerRow &r : *page)
                    paged << r.id;
                if (page->size() < 2)
                    break;
                after = LedgerKey{page->last().period, page->last().eventAtUs, page->last().id};
            }
            QCOMPARE(paged, expected);
            // One query for more rows than there are: the same rows.
            const Result<QList<LedgerRow>> all =
                EarningsRepository::fetchPage(db, filter, std::nullopt, 10000);
            QVERIFY(all.ok());
            QCOMPARE(all->size(), expected.size());
        }
    }
    // The paging crossed months: finance's and the owner's unfiltered ledgers span three or more.
    QVERIFY2(multiMonth >= 2, qPrintable(QString::number(multiMonth)));
}

void TstLedgerPartitions::aStatementIsReadFromOneSnapshot() {
    // A June 2025 session of the workshop, posted and committed while its June statement is being
    // read: after the month's events were read, before the balances (the statement's second query,
    // which says what each event was, is held up by a lock on desk.bay_rental_charges, a table the
    // first query does not read and a session's posting does not touch). From one snapshot, the
    // statement has neither the event nor its amount in the year-to-date sums.
    const Payee workshop{Party::Workshop, m_ws, {}};
    const QDate june(2025, 6, 1);
    QSqlDatabase fin = conn(QStringLiteral("finance"));
    const Result<QList<StatementData>> before = EarningsRepository::loadStatements(fin, june, workshop);
    QVERIFY2(before.ok() && before->size() == 1,
             qPrintable(before.ok() ? QString() : before.error().serverMessage));
    const qint64 late = session(m_mechWs, m_ws, QStringLiteral("2025-06-25 10:00 America/Toronto"));
    QVERIFY(late);

    QSqlDatabase locker = TestDatabase::openConnection(m_db.superuser(), QStringLiteral("locker"));
    QVERIFY(locker.isOpen());
    ADESK_VERIFY_SQL(TestDatabase::run(locker, QStringLiteral("BEGIN")));
    ADESK_VERIFY_SQL(TestDatabase::run(
        locker, QStringLiteral("LOCK TABLE desk.bay_rental_charges IN ACCESS EXCLUSIVE MODE")));
    Result<QList<StatementData>> during = DbError::other(QStringLiteral("not run"));
    const ConnectionSettings finLogin = m_db.login(m_db.roleName(QStringLiteral("fin")));
    std::unique_ptr<QThread> reader(QThread::create([&during, finLogin, june, workshop] {
        {
            QSqlDatabase db = TestDatabase::openConnection(finLogin, QStringLiteral("statement-reader"));
            during = EarningsRepository::loadStatements(db, june, workshop);
        }
        TestDatabase::closeConnection(QStringLiteral("statement-reader"));
    }));
    reader->start();
    // The reader waits for the lock (pg_stat_activity), then the session is posted and committed.
    QTRY_VERIFY_WITH_TIMEOUT(m_db.scalar(QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                                                        "usename = ? AND wait_event_type = 'Lock'"),
                                         {m_db.roleName(QStringLiteral("fin"))})
                                     .toInt() == 1,
                             120000);
    const QString refused = testing::postAll(m_db, fin);
    ADESK_VERIFY_SQL(TestDatabase::run(locker, QStringLiteral("ROLLBACK")));
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    QVERIFY(reader->wait(120000));
    TestDatabase::closeConnection(QStringLiteral("locker"));

    const Result<QList<StatementData>> after = EarningsRepository::loadStatements(fin, june, workshop);
    QVERIFY2(during.ok(), qPrintable(during.error().serverMessage));
    QVERIFY(after.ok());
    QCOMPARE(during->size(), 1);
    QCOMPARE(after->size(), 1);
    const auto hasLate = [late](const StatementData &s) {
        return std::any_of(s.events.begin(), s.events.end(),
                           [late](const StatementData::Event &e) { return e.eventId == late; });
    };
    // The posting is in the statement read after it, events and sums alike.
    QVERIFY(hasLate(after->first()));
    QVERIFY(after->first().yearToDate.gross > before->first().yearToDate.gross);
    // The statement read across it has neither.
    QVERIFY(!hasLate(during->first()));
    QCOMPARE(during->first().events.size(), before->first().events.size());
    QCOMPARE(during->first().yearToDate.gross.cents(), before->first().yearToDate.gross.cents());
    QCOMPARE(during->first().yearToDate.share.cents(), before->first().yearToDate.share.cents());
}

void TstLedgerPartitions::aPayoutBatchPaysWhat0013Did() {
    // 0052 looks each due row's platform rows up in its own month and bounds the due rows by the
    // batch's month. This month's batch must pay what 0013's definition says is due: every pending
    // row before the month's end, net of the taxes on the platform fee of the same event part. The
    // due rows here span several months (March 2025 and its reversal made this month, June 2025,
    // January 2026, 2016 in earnings_ledger_before).
    const QDate month =
        m_db.scalar(QStringLiteral("SELECT date_trunc('month', now() AT TIME ZONE 'America/Toronto')::date"))
            .toDate();
    QVERIFY(month.isValid());
    const QString due0013 = QStringLiteral(
        "WITH due AS (SELECT l.period, l.party AS payee_party, "
        "  CASE l.party WHEN 'workshop' THEN l.workshop_id ELSE l.mechanic_id END AS payee_id, "
        "  l.amount_cents - coalesce((SELECT sum(f.gst_hst_cents + f.qst_cents) FROM desk.earnings_ledger f "
        "    WHERE f.event_type = l.event_type AND f.event_id = l.event_id AND f.party = 'platform' "
        "      AND (f.entry_type = 'reversal') = (l.entry_type = 'reversal') "
        "      AND ((l.party = 'workshop' AND f.workshop_id = l.workshop_id) "
        "        OR (l.party = 'mechanic' AND f.mechanic_id = l.mechanic_id AND f.workshop_id IS NULL))), 0) "
        "AS net "
        "  FROM desk.earnings_ledger l WHERE l.party <> 'platform' AND l.payout_status IN ('pending', "
        "'failed') "
        "   AND l.event_at < (?::date + interval '1 month')::timestamp AT TIME ZONE 'America/Toronto') ");
    const TestDatabase::SqlResult months =
        m_db.run(due0013 + QStringLiteral("SELECT count(DISTINCT period) FROM due"), {month});
    ADESK_VERIFY_SQL(months);
    QVERIFY2(months.scalar().toInt() >= 3, qPrintable(months.scalar().toString()));
    const QString expected =
        image(QStringLiteral("%1SELECT payee_party, payee_id, sum(net) FROM due GROUP BY 1, 2 "
                             "HAVING sum(net) > 0 ORDER BY 1, 2")
                  .arg(due0013)
                  .replace(QStringLiteral("?::date"),
                           u'\'' + month.toString(Qt::ISODate) + QStringLiteral("'::date")));
    QVERIFY2(expected.count(u'\n') >= 1, qPrintable(expected)); // two payees or more

    const TestDatabase::SqlResult batch =
        TestDatabase::run(conn(QStringLiteral("finance")),
                          QStringLiteral("SELECT desk.schedule_payouts(?::date, 'by month')"), {month});
    ADESK_VERIFY_SQL(batch);
    const qint64 batchId = batch.scalar().toLongLong();
    QVERIFY(batchId > 0);
    QCOMPARE(image(QStringLiteral("SELECT party, coalesce(workshop_id, mechanic_id), amount_cents "
                                  "FROM desk.payouts WHERE batch_id = %1 ORDER BY 1, 2")
                       .arg(batchId)),
             expected);
    // Each payout's rows add up to it, and nothing due to a paid payee stays pending.
    QCOMPARE(
        image(
            QStringLiteral(
                "SELECT p.id FROM desk.payouts p WHERE p.batch_id = %1 AND p.amount_cents <> "
                "(SELECT sum(l.amount_cents) - coalesce(sum((SELECT sum(f.gst_hst_cents + f.qst_cents) "
                "   FROM desk.earnings_ledger f WHERE f.event_type = l.event_type AND f.event_id = "
                "l.event_id "
                "    AND f.party = 'platform' AND (f.entry_type = 'reversal') = (l.entry_type = 'reversal') "
                "    AND ((l.party = 'workshop' AND f.workshop_id = l.workshop_id) OR (l.party = 'mechanic' "
                "    AND f.mechanic_id = l.mechanic_id AND f.workshop_id IS NULL)))), 0) "
                " FROM desk.earnings_ledger l WHERE l.payout_id = p.id)")
                .arg(batchId)),
        QString());
    // The function runs without JIT (its plan spans every month: JIT compiled ~1,000 expressions).
    QVERIFY(m_db.scalar(QStringLiteral("SELECT 'jit=off' = ANY (proconfig) FROM pg_proc WHERE oid = "
                                       "'desk.schedule_payouts(date, text)'::regprocedure"))
                .toBool());
}

void TstLedgerPartitions::aPayoutIsMarkedInItsMonths() {
    // 0053: a payout records the months of its ledger rows, and marking it paid or failed reads
    // those months alone. The batch of aPayoutBatchPaysWhat0013Did paid rows of several months.
    const QString monthsOff = QStringLiteral(
        "SELECT p.id FROM desk.payouts p CROSS JOIN LATERAL (SELECT min(l.period) AS lo, max(l.period) AS hi "
        "FROM desk.earnings_ledger l WHERE l.payout_id = p.id) r "
        "WHERE (p.first_period, p.last_period) IS DISTINCT FROM (r.lo, r.hi) ORDER BY 1");
    QCOMPARE(image(monthsOff), QString());
    const TestDatabase::SqlResult spanning = m_db.run(QStringLiteral(
        "SELECT id, version FROM desk.payouts WHERE status = 'scheduled' AND first_period < last_period "
        "ORDER BY id LIMIT 1"));
    ADESK_VERIFY_SQL(spanning);
    QVERIFY2(!spanning.rows.isEmpty(), "no scheduled payout spans two months");
    const qint64 paid = spanning.rows.at(0).at(0).toLongLong();
    const QString rowsOf = QStringLiteral("SELECT period, payout_status, payout_reference FROM "
                                          "desk.earnings_ledger WHERE payout_id = %1 ORDER BY id");
    const QString before = image(rowsOf.arg(paid));
    ADESK_VERIFY_SQL(TestDatabase::run(conn(QStringLiteral("finance")),
                                       QStringLiteral("SELECT desk.mark_payout_paid(?, ?, 'EFT-0053')"),
                                       {paid, spanning.rows.at(0).at(1)}));
    // Every row of every month it paid follows it.
    QString expected = before;
    expected.replace(QStringLiteral("|scheduled|NULL"), QStringLiteral("|paid|EFT-0053"));
    QVERIFY(expected != before);
    QCOMPARE(image(rowsOf.arg(paid)), expected);
    // The T4A rollup followed the rows of every month too: it equals its rebuild from the ledger.
    const QString rollup = t4aImage();
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral("SELECT desk.rebuild_t4a_year_totals()")));
    QCOMPARE(t4aImage(), rollup);
    // The payout's own trigger moves its paid rows of every month: the payment dated a year earlier
    // (by the owner) moves each row's paid year.
    ADESK_VERIFY_SQL(
        m_db.run(QStringLiteral("UPDATE desk.payouts SET paid_at = paid_at - interval '1 year' WHERE id = ?"),
                 {paid}));
    const QString moved = t4aImage();
    QVERIFY(moved != rollup);
    ADESK_VERIFY_SQL(m_db.run(QStringLiteral("SELECT desk.rebuild_t4a_year_totals()")));
    QCOMPARE(t4aImage(), moved);

    const TestDatabase::SqlResult other = m_db.run(QStringLiteral(
        "SELECT id, version FROM desk.payouts WHERE status = 'scheduled' ORDER BY id LIMIT 1"));
    ADESK_VERIFY_SQL(other);
    QVERIFY(!other.rows.isEmpty());
    const qint64 failed = other.rows.at(0).at(0).toLongLong();
    ADESK_VERIFY_SQL(
        TestDatabase::run(conn(QStringLiteral("finance")),
                          QStringLiteral("SELECT desk.mark_payout_failed(?, ?, 'account closed')"),
                          {failed, other.rows.at(0).at(1)}));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FILTER (WHERE payout_status <> 'failed') || '/' || "
                                        "count(*) FROM desk.earnings_ledger WHERE payout_id = ?"),
                         {failed})
                 .toString(),
             QStringLiteral("0/") + m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger "
                                                               "WHERE payout_id = ?"),
                                                {failed})
                                        .toString());
    QVERIFY(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE payout_id = ?"), {failed})
            .toInt() > 0);

    // Rows linked by hand (the owner) to a payout without months give it theirs, each month widening it.
    const qint64 byHand =
        m_db.scalar(QStringLiteral(
                        "INSERT INTO desk.payouts (batch_id, party, workshop_id, mechanic_id, amount_cents) "
                        "SELECT batch_id, party, workshop_id, mechanic_id, 0 FROM desk.payouts WHERE id = ? "
                        "RETURNING id"),
                    {paid})
            .toLongLong();
    QVERIFY(byHand > 0);
    const TestDatabase::SqlResult months = m_db.run(
        QStringLiteral("SELECT min(period), max(period) FROM desk.earnings_ledger WHERE payout_id = ?"),
        {paid});
    ADESK_VERIFY_SQL(months);
    const QDate first = months.rows.at(0).at(0).toDate();
    const QDate last = months.rows.at(0).at(1).toDate();
    QVERIFY(first < last);
    const QString range =
        QStringLiteral("SELECT coalesce(first_period::text, 'NULL') || ' ' || "
                       "coalesce(last_period::text, 'NULL') FROM desk.payouts WHERE id = ?");
    QCOMPARE(m_db.scalar(range, {byHand}).toString(), QStringLiteral("NULL NULL"));
    const QString link =
        QStringLiteral("UPDATE desk.earnings_ledger SET payout_id = ?, payout_status = 'scheduled', "
                       "payout_reference = NULL WHERE payout_id = ? AND period = ?");
    ADESK_VERIFY_SQL(m_db.run(link, {byHand, paid, last}));
    QCOMPARE(m_db.scalar(range, {byHand}).toString(),
             last.toString(Qt::ISODate) + u' ' + last.toString(Qt::ISODate));
    ADESK_VERIFY_SQL(m_db.run(link, {byHand, paid, first}));
    QCOMPARE(m_db.scalar(range, {byHand}).toString(),
             first.toString(Qt::ISODate) + u' ' + last.toString(Qt::ISODate));
    // The paid payout keeps its months (wider than its rows now: harmless), and marking the other
    // pays both months.
    QCOMPARE(m_db.scalar(range, {paid}).toString(),
             first.toString(Qt::ISODate) + u' ' + last.toString(Qt::ISODate));
    ADESK_VERIFY_SQL(TestDatabase::run(conn(QStringLiteral("finance")),
                                       QStringLiteral("SELECT desk.mark_payout_paid(?, 1, 'EFT-HAND')"),
                                       {byHand}));
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT string_agg(DISTINCT payout_status || ' ' || payout_reference, ',') "
                             "FROM desk.earnings_ledger WHERE payout_id = ?"),
                         {byHand})
                 .toString(),
             QStringLiteral("paid EFT-HAND"));
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT count(DISTINCT period) FROM desk.earnings_ledger WHERE payout_id = ?"),
                         {byHand})
                 .toInt(),
             2);
}

QTEST_GUILESS_MAIN(TstLedgerPartitions)
#include "tst_ledgerpartitions.moc"
