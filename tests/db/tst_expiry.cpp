// Expiry before it bites and the 90-day transition (issue 15, migration 0018), against a real
// PostgreSQL with the LOGIN roles that would run each call: reminders at 60/30/7 days sent once per
// threshold (twice in a row, and two sweeps at once), never a wider one after a tighter one, in the
// recipient's language; the expiry board's answers on planted data (what expiry withdraws, bookings
// and partnerships at risk, reminders sent); who may call what; the transition's laggards.

#include "tests/support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <atomic>
#include <memory>

using namespace adesk;

class TstExpiry : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void remindersGoOutOncePerThresholdInTheirLanguage();
    void neverAWiderReminderAfterATighterOne();
    void twoSweepsAtOnceSendOnce();
    void aReminderWrittenMeanwhileWins();
    void boardSaysWhatExpiryWithdraws();
    void boardMatchesItsDefinitionInEveryZone();
    void onlyAdminsOversee();
    void tierChoiceIsStamped();
    void transitionLaggards();

private:
    QSqlDatabase as(const QString &who) const { return QSqlDatabase::database(u"expiry_"_qs + who, false); }
    TestDatabase::SqlResult run(const QString &who, const QString &sql,
                                const QVariantList &binds = {}) const {
        return TestDatabase::run(as(who), sql, binds);
    }
    QDate today() { return m_db.scalar(u"SELECT desk.local_today(NULL)::text"_qs).toDate(); }
    /// An approved verification of @p type expiring @p days from today (superuser, no side effects).
    qint64 approved(const QString &entityType, qint64 entityId, const QString &type, int days) {
        TestDatabase::VerificationData d = TestDatabase::completeData(type);
        d.expiryDate = today().addDays(days);
        const qint64 id = m_db.insertVerification(entityType, entityId, type, d);
        if (id &&
            !m_db.exec(u"UPDATE desk.compliance_verifications SET status = 'approved', verified_at = now(), "
                       "verified_by = (SELECT profile_id FROM desk.staff_logins WHERE login_role = ?) "
                       "WHERE id = ?"_qs,
                       {m_roles.value(u"admin"_qs), id}))
            return 0;
        return id;
    }
    void setExpiry(qint64 verification, int days) {
        QVERIFY(m_db.exec(
            u"UPDATE desk.compliance_verifications SET expiry_date = desk.local_today(NULL) + ?::integer "
            "WHERE id = ?"_qs,
            {days, verification}));
    }
    QString thresholds(qint64 verification) {
        return m_db
            .scalar(
                u"SELECT coalesce(string_agg(threshold_days::text, ',' ORDER BY threshold_days DESC), '') "
                "FROM desk.verification_reminders WHERE verification_id = ?"_qs,
                {verification})
            .toString();
    }
    int sweep() {
        const auto r = run(u"admin"_qs, u"SELECT desk.send_expiry_reminders()"_qs);
        if (!r.ok)
            qWarning().noquote() << r.describe();
        return r.ok ? r.scalar().toInt() : -1;
    }
    /// Expires every approved verification not planted by the test at hand (earlier tests' rows).
    void retire(const QList<qint64> &keep = {}) {
        QStringList ids{u"0"_qs};
        for (const qint64 k : keep)
            ids << QString::number(k);
        QVERIFY(m_db.exec(
            u"UPDATE desk.compliance_verifications SET status = 'expired' WHERE status = 'approved' "
            "AND id NOT IN ("_qs +
            ids.join(u',') + u")"_qs));
    }

    TestDatabase m_db;
    QHash<QString, QString> m_roles;
    qint64 m_shop = 0;
    qint64 m_shopFr = 0;
    qint64 m_bay = 0;
};

void TstExpiry::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shop = m_db.insertWorkshop(u"Garage Nord"_qs, u"ON"_qs);
    m_shopFr = m_db.insertWorkshop(u"Garage du Plateau"_qs, u"QC"_qs, u"fr"_qs);
    QVERIFY(m_shop && m_shopFr);
    m_bay = m_db.insertBay(m_shop, u"Lift 1"_qs);
    QVERIFY(m_bay);
    const QList<std::tuple<QString, QString, QList<qint64>>> logins = {
        {u"admin"_qs, u"adesk_platform_admin"_qs, {}},
        {u"admin2"_qs, u"adesk_platform_admin"_qs, {}},
        {u"owner"_qs, u"adesk_workshop_owner"_qs, {m_shop}},
        {u"finance"_qs, u"adesk_finance"_qs, {}},
    };
    for (const auto &[who, group, shops] : logins) {
        const QString role = m_db.roleName(u"x"_qs + who);
        QVERIFY(m_db.createLogin(role, group, who, shops));
        m_roles.insert(who, role);
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), u"expiry_"_qs + who);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    }
}

void TstExpiry::cleanupTestCase() {
    for (const QString &who : m_roles.keys())
        TestDatabase::closeConnection(u"expiry_"_qs + who);
}

void TstExpiry::remindersGoOutOncePerThresholdInTheirLanguage() {
    retire();
    const qint64 fr = m_db.insertMechanic(u"Élise Gagnon"_qs, m_shopFr, u"fr"_qs);
    const qint64 en = m_db.insertMechanic(u"Evan Brooks"_qs, m_shop, u"en"_qs);
    QVERIFY(fr && en);
    const qint64 v50 = approved(u"mechanic"_qs, fr, u"insurance"_qs, 50);
    const qint64 v25 = approved(u"mechanic"_qs, en, u"business_license"_qs, 25);
    const qint64 v5 = approved(u"workshop"_qs, m_shopFr, u"insurance"_qs, 5);
    const qint64 v90 = approved(u"mechanic"_qs, en, u"insurance"_qs, 90); // not due yet
    QVERIFY(v50 && v25 && v5 && v90);

    QCOMPARE(sweep(), 3);
    QCOMPARE(sweep(), 0); // the second run of the day sends nothing
    QCOMPARE(thresholds(v50), u"60"_qs);
    QCOMPARE(thresholds(v25), u"30"_qs); // the tightest reached only: no 60 sent late
    QCOMPARE(thresholds(v5), u"7"_qs);
    QCOMPARE(thresholds(v90), QString());

    // One notification each, linked from its reminder, to the mechanic or the workshop, in its language.
    const auto rows = m_db.run(
        u"SELECT x.verification_id, n.mechanic_id, n.workshop_id, n.title, n.message, n.notification_type "
        "FROM desk.verification_reminders x JOIN desk.mechanic_notifications n ON n.id = x.notification_id "
        "WHERE x.verification_id IN (?, ?, ?) ORDER BY x.verification_id"_qs,
        {v50, v25, v5});
    ADESK_VERIFY_SQL(rows);
    QCOMPARE(rows.rows.size(), 3);
    const QString d50 = today().addDays(50).toString(Qt::ISODate);
    const QString d25 = today().addDays(25).toString(Qt::ISODate);
    const QString d5 = today().addDays(5).toString(Qt::ISODate);
    const QVariantList r50 = rows.rows.at(0), r25 = rows.rows.at(1), r5 = rows.rows.at(2);
    QCOMPARE(r50.at(1).toLongLong(), fr);
    QVERIFY(r50.at(2).isNull());
    QCOMPARE(r50.at(3).toString(), u"Document bientôt expiré"_qs);
    QCOMPARE(r50.at(4).toString(),
             u"Votre assurance expire le "_qs + d50 +
                 u" (dans 50 jours). Téléversez un document à jour avant cette date pour "
                 "garder vos accès."_qs);
    QCOMPARE(r50.at(5).toString(), u"verification_expiring"_qs);
    QCOMPARE(r25.at(1).toLongLong(), en);
    QCOMPARE(r25.at(3).toString(), u"Document expiring soon"_qs);
    QCOMPARE(r25.at(4).toString(), u"Your business licence expires on "_qs + d25 +
                                       u" (in 25 days). Please upload a current one before then to keep your "
                                       "access."_qs);
    QCOMPARE(r5.at(2).toLongLong(), m_shopFr); // the workshop (French) is told
    QVERIFY(r5.at(4).toString().startsWith(u"Votre assurance expire le "_qs + d5 + u" (dans 5 jours)"_qs));
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.mechanic_notifications WHERE notification_type = "
                         "'verification_expiring' AND verification_id IN (?, ?, ?, ?)"_qs,
                         {v50, v25, v5, v90})
                 .toInt(),
             3);
    // Audited: one row per reminder, by the admin who ran the sweep.
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.audit_log WHERE action = 'verification.expiry_reminder' "
                         "AND row_id IN (?, ?, ?) AND actor = ?"_qs,
                         {v50, v25, v5, m_roles.value(u"admin"_qs)})
                 .toInt(),
             3);

    // Days pass: at 25 days left the 60-day one is followed by the 30-day one; then nothing more.
    setExpiry(v50, 25);
    QCOMPARE(sweep(), 1);
    QCOMPARE(thresholds(v50), u"60,30"_qs);
    QCOMPARE(sweep(), 0);
    // An expired (swept) or pending document gets no reminder.
    QVERIFY(m_db.exec(u"UPDATE desk.compliance_verifications SET status = 'expired' WHERE id = ?"_qs, {v25}));
    setExpiry(v25, 3);
    QCOMPARE(sweep(), 0);
}

void TstExpiry::neverAWiderReminderAfterATighterOne() {
    retire();
    const qint64 m = m_db.insertMechanic(u"Nadia Roy"_qs, m_shop);
    const qint64 v = approved(u"mechanic"_qs, m, u"insurance"_qs, 45);
    QVERIFY(v);
    QCOMPARE(sweep(), 1);
    QCOMPARE(thresholds(v), u"60"_qs);
    setExpiry(v, 6); // straight to the tightest: 30 is skipped
    QCOMPARE(sweep(), 1);
    QCOMPARE(thresholds(v), u"60,7"_qs);
    setExpiry(v, 20); // the date moved out again: 30 is wider than 7 and is not sent
    QCOMPARE(sweep(), 0);
    setExpiry(v, 55);
    QCOMPARE(sweep(), 0);
    QCOMPARE(thresholds(v), u"60,7"_qs);
    // The table itself refuses another threshold and a second row per threshold.
    QVERIFY(
        !m_db.run(u"INSERT INTO desk.verification_reminders (verification_id, threshold_days, expiry_date) "
                  "VALUES (?, 14, current_date)"_qs,
                  {v})
             .ok);
    QCOMPARE(
        m_db.run(u"INSERT INTO desk.verification_reminders (verification_id, threshold_days, expiry_date) "
                 "VALUES (?, 7, current_date)"_qs,
                 {v})
            .sqlState(),
        u"23505"_qs);
}

void TstExpiry::twoSweepsAtOnceSendOnce() {
    retire();
    const qint64 m = m_db.insertMechanic(u"Omar Haddad"_qs, m_shop);
    const qint64 v1 = approved(u"mechanic"_qs, m, u"insurance"_qs, 10);
    const qint64 v2 = approved(u"mechanic"_qs, m, u"business_license"_qs, 40);
    QVERIFY(v1 && v2);
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"BEGIN"_qs));
    QCOMPARE(run(u"admin"_qs, u"SELECT desk.send_expiry_reminders()"_qs).scalar().toInt(), 2);
    // A second admin's sweep meanwhile waits for the first's reminders, then sends nothing.
    TestDatabase::SqlResult raced;
    const ConnectionSettings settings = m_db.login(m_roles.value(u"admin2"_qs));
    const QString name = u"expiry_racer"_qs;
    std::atomic<int> backend{0};
    std::unique_ptr<QThread> thread(QThread::create([&] {
        {
            QSqlDatabase db = TestDatabase::openConnection(settings, name);
            backend = TestDatabase::run(db, u"SELECT pg_backend_pid()"_qs).scalar().toInt();
            raced = TestDatabase::run(db, u"SELECT desk.send_expiry_reminders()"_qs);
        }
        TestDatabase::closeConnection(name);
    }));
    thread->start();
    bool waiting = false;
    for (int i = 0; i < 600 && !waiting; ++i) {
        QThread::msleep(50);
        waiting = backend > 0 &&
                  m_db.scalar(u"SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = ?"_qs,
                              {int(backend)})
                      .toBool();
    }
    QVERIFY2(waiting, "the second sweep did not wait for the first");
    ADESK_VERIFY_SQL(run(u"admin"_qs, u"COMMIT"_qs));
    QVERIFY(thread->wait(60000));
    ADESK_VERIFY_SQL(raced);
    QCOMPARE(raced.scalar().toInt(), 0);
    QCOMPARE(thresholds(v1), u"30"_qs);
    QCOMPARE(thresholds(v2), u"60"_qs);
    QCOMPARE(m_db.scalar(u"SELECT count(*) FROM desk.mechanic_notifications WHERE notification_type = "
                         "'verification_expiring' AND verification_id IN (?, ?)"_qs,
                         {v1, v2})
                 .toInt(),
             2);
}

// 0042 writes the notification, then the reminder naming it; a reminder row written in between by
// anything but a sweep (here a trigger the test plants on the notifications) wins: the
// notification is taken back and the sweep does not count it.
void TstExpiry::aReminderWrittenMeanwhileWins() {
    retire();
    const qint64 m = m_db.insertMechanic(u"Lena Fortin"_qs, m_shop);
    const qint64 v = approved(u"mechanic"_qs, m, u"insurance"_qs, 20);
    const qint64 w = approved(u"mechanic"_qs, m, u"business_license"_qs, 45);
    QVERIFY(m && v && w);
    const auto unplant = qScopeGuard([this] {
        m_db.exec(u"DROP TRIGGER IF EXISTS meanwhile ON desk.mechanic_notifications"_qs);
        m_db.exec(u"DROP FUNCTION IF EXISTS desk.tst_meanwhile()"_qs);
    });
    QVERIFY(m_db.exec(
        u"CREATE FUNCTION desk.tst_meanwhile() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.verification_id = %1 THEN INSERT INTO desk.verification_reminders (verification_id, "
        "threshold_days, expiry_date) VALUES (NEW.verification_id, 30, current_date + 20); END IF; "
        "RETURN NEW; END $$"_qs.arg(v)));
    QVERIFY(m_db.exec(u"CREATE TRIGGER meanwhile AFTER INSERT ON desk.mechanic_notifications FOR EACH ROW "
                      "EXECUTE FUNCTION desk.tst_meanwhile()"_qs));
    QCOMPARE(sweep(), 1);
    QCOMPARE(thresholds(v), u"30"_qs);
    QCOMPARE(thresholds(w), u"60"_qs);
    const auto notified = m_db.run(
        u"SELECT count(*) FILTER (WHERE verification_id = ?), count(*) FILTER (WHERE verification_id = ?) "
        "FROM desk.mechanic_notifications WHERE notification_type = 'verification_expiring'"_qs,
        {v, w});
    ADESK_VERIFY_SQL(notified);
    QCOMPARE(notified.rows.at(0).at(0).toInt(), 0);
    QCOMPARE(notified.rows.at(0).at(1).toInt(), 1);
    // The one sent names its notification.
    QVERIFY(m_db.scalar(u"SELECT notification_id IS NOT NULL FROM desk.verification_reminders "
                        "WHERE verification_id = ?"_qs,
                        {w})
                .toBool());
}

void TstExpiry::boardSaysWhatExpiryWithdraws() {
    retire();
    const qint64 partnerShop = m_db.insertWorkshop(u"Garage Sud"_qs, u"ON"_qs);
    const qint64 phys = m_db.insertPhysicalMechanic(u"Paul Lavoie"_qs, m_shop, u"workshop_affiliated"_qs);
    const qint64 virt = m_db.insertMechanic(u"Vera Singh"_qs, m_shop);
    QVERIFY(partnerShop && phys && virt);
    QVERIFY(m_db.insertPartnership(partnerShop, phys, u"bay_rental"_qs, 0) > 0);          // active
    QVERIFY(m_db.insertPartnership(partnerShop, phys, u"revenue_share"_qs, 2000, false)); // pending
    const qint64 insurance = approved(u"mechanic"_qs, phys, u"insurance"_qs, 20);
    const qint64 cert = approved(u"mechanic"_qs, phys, u"certification"_qs, 10); // not required
    const qint64 virtIns = approved(u"mechanic"_qs, virt, u"insurance"_qs, 15);  // no physical work to lose
    const qint64 shopIns = approved(u"workshop"_qs, m_shop, u"insurance"_qs, 28);
    const qint64 far = approved(u"mechanic"_qs, phys, u"business_license"_qs, 45);
    const qint64 late = approved(u"mechanic"_qs, virt, u"business_license"_qs, -2); // expired, not swept
    QVERIFY(insurance && cert && virtIns && shopIns && far && late);
    // Bookings: after the insurance's expiry (confirmed, requested), before it, and cancelled.
    const QDate expiry = today().addDays(20);
    auto at = [](const QDate &d) { return d.toString(Qt::ISODate) + u" 10:00 America/Toronto"_qs; };
    QVERIFY(m_db.insertPastBooking(m_bay, phys, at(expiry.addDays(3)), 60, u"confirmed"_qs));
    QVERIFY(m_db.insertPastBooking(m_bay, phys, at(expiry.addDays(10)), 60, u"requested"_qs));
    QVERIFY(m_db.insertPastBooking(m_bay, phys, at(expiry), 60, u"confirmed"_qs)); // the last valid day
    QVERIFY(m_db.insertPastBooking(m_bay, phys, at(expiry.addDays(4)), 60, u"cancelled"_qs));
    QVERIFY(m_db.insertPastBooking(m_bay, virt, at(expiry.addDays(5)), 60, u"confirmed"_qs));
    QVERIFY(
        m_db.exec(u"UPDATE desk.organizations SET allows_physical_repairs = true WHERE id = ?"_qs, {m_shop}));
    ADESK_VERIFY_SQL(m_db.run(u"INSERT INTO desk.verification_reminders (verification_id, threshold_days, "
                              "expiry_date, sent_at) VALUES (?, 60, current_date + 20, '2031-01-02 12:00Z'), "
                              "(?, 30, current_date + 20, '2031-02-01 12:00Z')"_qs,
                              {insurance, insurance}));

    const auto board =
        run(u"admin"_qs, u"SELECT verification_id, entity_type, entity_name, province, verification_type, "
                         "days_left, withdraws_physical_work, bookings_at_risk, partnerships_at_risk, "
                         "reminders::text FROM desk.expiry_board(30)"_qs);
    ADESK_VERIFY_SQL(board);
    QHash<qint64, QVariantList> byId;
    QList<qint64> order;
    for (const QVariantList &r : board.rows) {
        byId.insert(r.at(0).toLongLong(), r);
        order << r.at(0).toLongLong();
    }
    QCOMPARE(order,
             (QList<qint64>{late, cert, virtIns, insurance, shopIns})); // soonest first; 45 days out not in
    const QVariantList ins = byId.value(insurance);
    QCOMPARE(ins.at(1).toString(), u"mechanic"_qs);
    QCOMPARE(ins.at(2).toString(), u"Paul Lavoie"_qs);
    QCOMPARE(ins.at(3).toString(), u"ON"_qs);
    QCOMPARE(ins.at(5).toInt(), 20);
    QVERIFY(ins.at(6).toBool());
    QCOMPARE(ins.at(7).toInt(), 2); // confirmed + requested after the expiry date
    QCOMPARE(ins.at(8).toInt(), 1); // the active partnership, not the pending one
    const QJsonArray sent = QJsonDocument::fromJson(ins.at(9).toString().toUtf8()).array();
    QCOMPARE(sent.size(), 2);
    QCOMPARE(sent.at(0).toObject().value(u"threshold_days").toInt(), 60);
    QCOMPARE(qint64(sent.at(0).toObject().value(u"sent_at").toDouble()),
             QDateTime(QDate(2031, 1, 2), QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(sent.at(1).toObject().value(u"threshold_days").toInt(), 30);
    QCOMPARE(qint64(sent.at(1).toObject().value(u"sent_at").toDouble()),
             QDateTime(QDate(2031, 2, 1), QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
    const QVariantList c = byId.value(cert);
    QVERIFY(!c.at(6).toBool());
    QCOMPARE(c.at(7).toInt(), 0);
    QCOMPARE(c.at(8).toInt(), 0);
    QCOMPARE(c.at(9).toString(), u"[]"_qs);
    QVERIFY(!byId.value(virtIns).at(6).toBool()); // a virtual-only mechanic loses no physical work
    QCOMPARE(byId.value(virtIns).at(7).toInt(), 0);
    const QVariantList shop = byId.value(shopIns);
    QCOMPARE(shop.at(1).toString(), u"workshop"_qs);
    QVERIFY(shop.at(6).toBool());
    QCOMPARE(shop.at(7).toInt(), 1); // the requested one on day 30; the others are before day 29
    QCOMPARE(shop.at(8).toInt(), 0); // Garage Nord has no partners
    QCOMPARE(byId.value(late).at(5).toInt(), -2);
    // A 7-day window keeps only what expires within a week (and what is overdue).
    const auto week = run(u"admin"_qs, u"SELECT count(*) FROM desk.expiry_board(7)"_qs);
    QCOMPARE(week.scalar().toInt(), 1);
}

// 0035 computes the board set-based, with an index bound on the expiry date; the rows must be the
// ones 0018's definition gives (local today per row, the required types per row), in every zone a
// workshop can have (a day ahead of UTC, a day behind) and at the window's edge.
void TstExpiry::boardMatchesItsDefinitionInEveryZone() {
    retire();
    const QStringList zones = {u"America/Vancouver"_qs, u"America/St_Johns"_qs, u"Pacific/Kiritimati"_qs,
                               u"Pacific/Pago_Pago"_qs, u"America/Toronto"_qs};
    const QStringList types = {u"insurance"_qs, u"business_license"_qs, u"certification"_qs,
                               u"employment"_qs};
    int n = 0;
    // One entity per verification: a newer approval of the same type supersedes the older one (0021).
    for (const QString &zone : zones) {
        const auto shopIn = [&](const QString &name) {
            const qint64 shop = m_db.insertWorkshop(name, u"BC"_qs);
            return shop && m_db.exec(u"UPDATE desk.organizations SET time_zone = ?, "
                                     "allows_physical_repairs = (id % 2 = 0) WHERE id = ?"_qs,
                                     {zone, shop})
                       ? shop
                       : 0;
        };
        const qint64 shop = shopIn(u"Zone "_qs + zone);
        const qint64 bay = m_db.insertBay(shop, u"Lift"_qs);
        QVERIFY(shop && bay);
        // Days around every window's edge, in the entity's own calendar and a day off it.
        for (const int days : {-3, -1, 0, 1, 2, 6, 7, 8, 29, 30, 31, 59, 60, 61, 62, 365, 366, 367}) {
            const QString name = zone + u" "_qs + QString::number(n);
            const QString type = types.at(n++ % types.size());
            const bool physical = n % 3 != 0;
            const qint64 mechanic = physical
                                        ? m_db.insertPhysicalMechanic(name, shop, u"workshop_affiliated"_qs)
                                        : m_db.insertMechanic(name, shop);
            QVERIFY(mechanic);
            if (physical) {
                QVERIFY(m_db.insertPartnership(shop, mechanic, u"bay_rental"_qs, 0) > 0);
                QVERIFY(m_db.insertPastBooking(bay, mechanic,
                                               today().addDays(days + 1).toString(Qt::ISODate) + u" "_qs +
                                                   QString::number(n % 20 + 2) + u":00 "_qs + zone,
                                               30, u"confirmed"_qs));
            }
            QVERIFY(approved(u"mechanic"_qs, mechanic, type, days));
            if (n % 4 == 0)
                QVERIFY(approved(u"workshop"_qs, shopIn(u"Shop "_qs + name), u"insurance"_qs, days));
        }
        // The zone's own workshop, whose bay carries the bookings above and which is a party to the
        // partnerships: its insurance expires within the windows, part of its bookings after it
        // (0050 counts a workshop's through its own join).
        QVERIFY(m_db.exec(u"UPDATE desk.organizations SET allows_physical_repairs = true WHERE id = ?"_qs,
                          {shop}));
        QVERIFY(approved(u"workshop"_qs, shop, u"insurance"_qs, 30));
    }
    const QList<int> indie = {0, 7, 30, 60, 61};
    for (const int days : indie) {
        const qint64 independent = m_db.insertMechanic(u"Indie "_qs + QString::number(days));
        QVERIFY(independent);
        QVERIFY(approved(u"mechanic"_qs, independent, u"certification"_qs, days));
    }

    // Rules around today (0041 looks each row's rules up by its local date among the UTC date and
    // the days either side): certification required of BC's affiliated mechanics from the UTC
    // date on (a zone behind UTC may still be on the day before), of every province's until the
    // day after it (ending in a zone ahead of UTC), and of Québec's (no entity here) throughout.
    const auto dropRules = qScopeGuard([this] {
        m_db.exec(u"DELETE FROM desk.requirement_rules WHERE verification_type = 'certification' "
                  "AND path = 'workshop_affiliated'"_qs);
    });
    QVERIFY(m_db.exec(u"INSERT INTO desk.requirement_rules (province, entity_type, path, verification_type, "
                      "effective_from, effective_to) "
                      "SELECT p, 'mechanic', 'workshop_affiliated', 'certification', d + f, d + t "
                      "FROM (SELECT (now() AT TIME ZONE 'UTC')::date AS d) u, "
                      "(VALUES ('BC', 0, NULL::integer), (NULL, -30, 1), ('QC', -30, NULL)) r(p, f, t)"_qs));

    // 0018's body, as the superuser (no RLS), the reference.
    const QString reference = uR"(
        WITH due AS (
            SELECT c.id, c.entity_type, c.entity_id, c.entity_name,
                   coalesce(c.province::text, m.province::text, o.province::text) AS province,
                   c.verification_type, c.expiry_date, c.expiry_date - desk.local_today(c.workshop_id) AS days_left,
                   CASE WHEN c.entity_type = 'mechanic' THEN coalesce(m.can_perform_physical_work, false)
                        ELSE coalesce(o.allows_physical_repairs, false) END
                   AND desk.verification_is_required(c.entity_type, c.entity_id, c.verification_type) AS withdraws
              FROM desk.compliance_verifications c
              LEFT JOIN desk.mechanics m ON c.entity_type = 'mechanic' AND m.id = c.entity_id
              LEFT JOIN desk.organizations o ON c.entity_type <> 'mechanic' AND o.id = c.entity_id
             WHERE c.status = 'approved' AND c.expiry_date IS NOT NULL
               AND c.expiry_date - desk.local_today(c.workshop_id) <= $1)
        SELECT string_agg(concat_ws('|', d.id, d.entity_type, d.entity_id, d.entity_name, d.province,
               d.verification_type, d.expiry_date, d.days_left, d.withdraws,
               CASE WHEN d.withdraws THEN
                   (SELECT count(*) FROM desk.bay_bookings b JOIN desk.organizations bo ON bo.id = b.workshop_id
                     WHERE CASE WHEN d.entity_type = 'mechanic' THEN b.mechanic_id ELSE b.workshop_id END = d.entity_id
                       AND b.status IN ('requested', 'confirmed')
                       AND lower(b.span) >= ((d.expiry_date + 1)::timestamp AT TIME ZONE bo.time_zone))
               ELSE 0 END,
               CASE WHEN d.withdraws THEN
                   (SELECT count(*) FROM desk.partnerships p
                     WHERE CASE WHEN d.entity_type = 'mechanic' THEN p.mechanic_id ELSE p.workshop_id END = d.entity_id
                       AND p.status = 'active' AND (p.contract_end_date IS NULL OR p.contract_end_date > d.expiry_date))
               ELSE 0 END), E'\n' ORDER BY d.days_left, d.entity_name, d.id)
          FROM due d)"_qs;
    const QString board =
        u"SELECT string_agg(concat_ws('|', verification_id, entity_type, entity_id, entity_name, province, "
        "verification_type, expiry_date, days_left, withdraws_physical_work, bookings_at_risk, "
        "partnerships_at_risk), E'\\n' ORDER BY ordinality) FROM desk.expiry_board(?) WITH ORDINALITY"_qs;
    int withdrawing = 0;
    for (const int window : {0, 1, 7, 30, 60, 366}) {
        const auto want = m_db.run(QString(reference).replace(u"$1"_qs, QString::number(window)));
        ADESK_VERIFY_SQL(want);
        const QString expected = want.scalar().toString();
        const auto got = run(u"admin"_qs, board, {window});
        ADESK_VERIFY_SQL(got);
        QVERIFY2(!expected.isEmpty(), qPrintable(u"no row due within "_qs + QString::number(window)));
        QCOMPARE(got.scalar().toString(), expected);
        withdrawing = int(expected.count(u"|t|"_qs)); // concat_ws writes booleans as t and f
    }
    QVERIFY2(withdrawing > 0,
             "no due row withdraws physical work: the comparison proves less than it should");
    // A workshop's counts were compared too: some zone's workshop puts part of its bookings, not
    // all, and its partnerships at risk.
    const auto shops =
        run(u"admin"_qs, u"SELECT count(*) FROM desk.expiry_board(60) b WHERE b.entity_type = 'workshop' "
                         "AND b.partnerships_at_risk > 0 AND b.bookings_at_risk > 0 AND b.bookings_at_risk < "
                         "(SELECT count(*) FROM desk.bay_bookings k WHERE k.workshop_id = b.entity_id)"_qs);
    ADESK_VERIFY_SQL(shops);
    QVERIFY2(shops.scalar().toInt() > 0, "no workshop's bookings and partnerships were counted");

    // 0042's sweep picks its candidates the same way: it reminds exactly what 0018's selection
    // (0 to 60 days left in the workshop's own calendar) names, at the threshold of its days left.
    const auto due =
        m_db.run(u"SELECT count(*), string_agg(c.id || ':' || desk.reminder_threshold(c.expiry_date - "
                 "desk.local_today(c.workshop_id)), ',' ORDER BY c.id) FROM desk.compliance_verifications c "
                 "WHERE c.status = 'approved' AND c.expiry_date IS NOT NULL "
                 "AND c.expiry_date - desk.local_today(c.workshop_id) BETWEEN 0 AND 60"_qs);
    ADESK_VERIFY_SQL(due);
    QVERIFY(due.rows.at(0).at(0).toInt() > 0);
    QCOMPARE(sweep(), due.rows.at(0).at(0).toInt());
    const auto sent = m_db.run(
        u"SELECT string_agg(x.verification_id || ':' || x.threshold_days, ',' ORDER BY x.verification_id) "
        "FROM desk.verification_reminders x JOIN desk.compliance_verifications c ON c.id = x.verification_id "
        "WHERE c.status = 'approved'"_qs);
    ADESK_VERIFY_SQL(sent);
    QCOMPARE(sent.scalar().toString(), due.rows.at(0).at(1).toString());

    // The board reports each due row's reminders as sent, highest threshold first; and none for
    // a row without any.
    const auto reminders =
        run(u"admin"_qs,
            u"SELECT count(*) FILTER (WHERE b.reminders IS DISTINCT FROM coalesce((SELECT "
            u"jsonb_agg(jsonb_build_object("
            "'threshold_days', x.threshold_days, 'sent_at', extract(epoch FROM x.sent_at)) "
            "ORDER BY x.threshold_days DESC) FROM desk.verification_reminders x "
            "WHERE x.verification_id = b.verification_id), '[]'::jsonb)), "
            "count(*) FILTER (WHERE jsonb_array_length(b.reminders) > 0), "
            "count(*) FILTER (WHERE jsonb_array_length(b.reminders) = 0) FROM desk.expiry_board(366) b"_qs);
    ADESK_VERIFY_SQL(reminders);
    QCOMPARE(reminders.rows.at(0).at(0).toInt(), 0);
    QVERIFY(reminders.rows.at(0).at(1).toInt() > 0);
    QVERIFY(reminders.rows.at(0).at(2).toInt() > 0);
}

void TstExpiry::onlyAdminsOversee() {
    const QStringList calls = {
        u"SELECT count(*) FROM desk.expiry_board(60)"_qs,
        u"SELECT desk.send_expiry_reminders()"_qs,
        u"SELECT count(*) FROM desk.transition_laggards(1)"_qs,
        u"SELECT desk.create_transition_period('x', current_date, NULL, NULL)"_qs,
        u"SELECT desk.create_transition_period(gen_random_uuid(), 'x', current_date, NULL, NULL)"_qs,
        u"SELECT count(*) FROM desk.verification_reminders"_qs,
        u"SELECT count(*) FROM desk.transition_periods"_qs,
    };
    for (const QString &who : {u"owner"_qs, u"finance"_qs}) {
        for (const QString &sql : calls) {
            const auto r = run(who, sql);
            QVERIFY2(!r.ok, qPrintable(who + u" could run "_qs + sql));
            QCOMPARE(r.sqlState(), u"42501"_qs);
        }
    }
    // Nobody but the functions writes the new tables.
    for (const QString &sql :
         {u"INSERT INTO desk.transition_periods (name, starts_on, tier_choice_deadline, documents_deadline) "
          "VALUES ('x', current_date, current_date, current_date)"_qs,
          u"DELETE FROM desk.verification_reminders"_qs,
          u"UPDATE desk.mechanics SET tier_chosen_at = now()"_qs}) {
        const auto r = run(u"admin"_qs, sql);
        QVERIFY2(!r.ok, qPrintable(sql));
        QCOMPARE(r.sqlState(), u"42501"_qs);
    }
}

void TstExpiry::tierChoiceIsStamped() {
    const qint64 m = m_db.insertMechanic(u"Tess Martin"_qs, m_shop);
    QVERIFY(m);
    QVERIFY(m_db.scalar(u"SELECT tier_chosen_at IS NULL FROM desk.mechanics WHERE id = ?"_qs, {m}).toBool());
    QVERIFY(m_db.exec(u"UPDATE desk.mechanics SET years_experience = 3 WHERE id = ?"_qs, {m}));
    QVERIFY(m_db.scalar(u"SELECT tier_chosen_at IS NULL FROM desk.mechanics WHERE id = ?"_qs, {m}).toBool());
    QVERIFY(
        m_db.exec(u"UPDATE desk.mechanics SET service_tier = 'workshop_affiliated' WHERE id = ?"_qs, {m}));
    QVERIFY(
        m_db.scalar(
                u"SELECT tier_chosen_at > now() - interval '1 minute' FROM desk.mechanics WHERE id = ?"_qs,
                {m})
            .toBool());
}

void TstExpiry::transitionLaggards() {
    const QDate start = today().addDays(-100);
    const auto created = run(u"admin"_qs,
                             u"SELECT desk.create_transition_period('  Tier transition ', ?::date, "
                             "NULL, NULL)"_qs,
                             {start.toString(Qt::ISODate)});
    ADESK_VERIFY_SQL(created);
    const qint64 t = created.scalar().toLongLong();
    const auto row = m_db.run(u"SELECT name, tier_choice_deadline::text, documents_deadline::text, "
                              "created_by = (SELECT profile_id FROM desk.staff_logins WHERE login_role = ?), "
                              "(SELECT count(*) FROM desk.audit_log a WHERE a.action = 'transition.create' "
                              "AND a.row_id = p.id) FROM desk.transition_periods p WHERE id = ?"_qs,
                              {m_roles.value(u"admin"_qs), t});
    ADESK_VERIFY_SQL(row);
    QCOMPARE(row.rows.value(0).value(0).toString(), u"Tier transition"_qs);
    QCOMPARE(row.rows.value(0).value(1).toDate(), start.addDays(30));
    QCOMPARE(row.rows.value(0).value(2).toDate(), start.addDays(90));
    QVERIFY(row.rows.value(0).value(3).toBool());
    QCOMPARE(row.rows.value(0).value(4).toInt(), 1);
    QCOMPARE(run(u"admin"_qs, u"SELECT desk.create_transition_period(' ', current_date, NULL, NULL)"_qs)
                 .sqlState(),
             u"22023"_qs);
    QCOMPARE(run(u"admin"_qs,
                 u"SELECT desk.create_transition_period('x', current_date, current_date - 1, NULL)"_qs)
                 .sqlState(),
             u"23514"_qs);

    const qint64 silent = m_db.insertMechanic(u"Aaron Silent"_qs, m_shop); // never chose
    const qint64 chose = m_db.insertMechanic(u"Bella Virtual"_qs, m_shop); // chose virtual
    const qint64 noDocs = m_db.insertPhysicalMechanic(u"Carl NoDocs"_qs, m_shop, u"workshop_affiliated"_qs);
    const qint64 docs = m_db.insertPhysicalMechanic(u"Dana Docs"_qs, m_shop, u"workshop_affiliated"_qs);
    const qint64 oldDocs = m_db.insertPhysicalMechanic(u"Emil OldDocs"_qs, m_shop, u"workshop_affiliated"_qs);
    QVERIFY(silent && chose && noDocs && docs && oldDocs);
    QVERIFY(m_db.exec(
        u"UPDATE desk.mechanics SET tier_chosen_at = now() - interval '80 days' WHERE id = ?"_qs, {chose}));
    QVERIFY(m_db.insertVerification(u"mechanic"_qs, docs, u"insurance"_qs));
    const qint64 old = m_db.insertVerification(u"mechanic"_qs, oldDocs, u"insurance"_qs);
    QVERIFY(old);
    QVERIFY(m_db.exec(u"UPDATE desk.compliance_verifications SET submitted_at = now() - interval '120 days' "
                      "WHERE id = ?"_qs,
                      {old}));

    auto laggards = [&](qint64 transition) {
        QHash<qint64, QString> out;
        const auto r = run(u"admin"_qs,
                           u"SELECT mechanic_id, missed, deadline::text, days_overdue "
                           "FROM desk.transition_laggards(?)"_qs,
                           {transition});
        if (!r.ok)
            qWarning().noquote() << r.describe();
        for (const QVariantList &x : r.rows)
            out.insert(x.at(0).toLongLong(),
                       x.at(1).toString() + u' ' + x.at(2).toString() + u' ' + x.at(3).toString());
        return out;
    };
    const QHash<qint64, QString> lag = laggards(t);
    QCOMPARE(lag.value(silent), u"tier_choice "_qs + start.addDays(30).toString(Qt::ISODate) + u" 70"_qs);
    QCOMPARE(lag.value(noDocs), u"documents "_qs + start.addDays(90).toString(Qt::ISODate) + u" 10"_qs);
    QCOMPARE(lag.value(oldDocs), u"documents "_qs + start.addDays(90).toString(Qt::ISODate) + u" 10"_qs);
    QVERIFY(!lag.contains(chose));
    QVERIFY(!lag.contains(docs));

    // A transition that starts in 10 days: negative = days left.
    const qint64 future =
        run(u"admin"_qs, u"SELECT desk.create_transition_period('Next', desk.local_today(NULL) + 10, NULL, "
                         "NULL)"_qs)
            .scalar()
            .toLongLong();
    QVERIFY(future);
    QCOMPARE(laggards(future).value(silent).section(u' ', 2), u"-40"_qs);
    // An unknown period is answered as not found.
    const auto missing = run(u"admin"_qs, u"SELECT count(*) FROM desk.transition_laggards(987654321)"_qs);
    QCOMPARE(missing.sqlState(), u"P0002"_qs);
    QCOMPARE(missing.error.serverMessage, u"transition period 987654321 does not exist"_qs);
}

QTEST_GUILESS_MAIN(TstExpiry)
#include "tst_expiry.moc"
