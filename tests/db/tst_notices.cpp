// Bulk notices and the notifications viewer (issue 15, migration 0019_notices_audit), against a real
// PostgreSQL with the LOGIN roles that would call them: audience counts on planted mechanics and
// workshops, sending (one notification per recipient in the recipient's language, one bulk_notices
// row, one audit row), the same request key sent twice writes once, both languages required, owners
// and finance refused, and the notification_log view (admins only).

#include "models/compliance/oversightrepository.h"
#include "tests/support/testdatabase.h"

#include <QSqlError>
#include <QTest>
#include <QUuid>

using namespace adesk;

class TstNotices : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void audienceCounts_data();
    void audienceCounts();
    void unknownAudienceIsRefused();
    void onlyAdminsCountOrSend();
    void bothLanguagesAreRequired();
    void sendWritesEachRecipientInTheirLanguage();
    void sameRequestKeySendsOnce();
    void notificationLogIsForAdmins();

private:
    QSqlDatabase as(const QString &who) const { return QSqlDatabase::database(u"notices_"_qs + who, false); }
    TestDatabase::SqlResult run(const QString &who, const QString &sql,
                                const QVariantList &binds = {}) const {
        return TestDatabase::run(as(who), sql, binds);
    }
    int count(const QString &sql, const QVariantList &binds = {}) { return m_db.scalar(sql, binds).toInt(); }

    TestDatabase m_db;
    QStringList m_who;
    qint64 m_shopOn = 0, m_shopQc = 0;
    qint64 m_virtualOn = 0, m_virtualQc = 0, m_affiliated = 0, m_mobile = 0;
};

void TstNotices::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shopOn = m_db.insertWorkshop(u"Garage Alpha"_qs, u"ON"_qs);
    m_shopQc = m_db.insertWorkshop(u"Garage Bêta"_qs, u"QC"_qs, u"fr"_qs);
    QVERIFY(m_shopOn && m_shopQc);
    m_virtualOn = m_db.insertMechanic(u"Vera Virtual"_qs);
    m_virtualQc = m_db.insertMechanic(u"Valérie Virtuelle"_qs, m_shopQc, u"fr"_qs); // QC, virtual only
    m_affiliated = m_db.insertPhysicalMechanic(u"Alan Affiliated"_qs, m_shopOn, u"workshop_affiliated"_qs);
    m_mobile = m_db.insertPhysicalMechanic(u"Mo Mobile"_qs, 0, u"licensed_mobile"_qs);
    QVERIFY(m_virtualOn && m_virtualQc && m_affiliated && m_mobile);
    const QList<std::tuple<QString, QString, QList<qint64>>> logins = {
        {u"admin"_qs, u"adesk_platform_admin"_qs, {}},
        {u"finance"_qs, u"adesk_finance"_qs, {}},
        {u"owner"_qs, u"adesk_workshop_owner"_qs, {m_shopOn}},
    };
    for (const auto &[who, group, shops] : logins) {
        const QString role = m_db.roleName(u"n"_qs + who);
        QVERIFY(m_db.createLogin(role, group, who, shops));
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(role), u"notices_"_qs + who);
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        m_who << who;
    }
}

void TstNotices::cleanupTestCase() {
    for (const QString &who : m_who)
        TestDatabase::closeConnection(u"notices_"_qs + who);
}

void TstNotices::audienceCounts_data() {
    QTest::addColumn<QString>("audience");
    QTest::addColumn<int>("expected");
    QTest::newRow("all mechanics") << u"{\"kind\": \"all_mechanics\"}"_qs << 4;
    QTest::newRow("virtual only") << u"{\"kind\": \"virtual_only\"}"_qs << 2;
    QTest::newRow("affiliated") << u"{\"kind\": \"workshop_affiliated\"}"_qs << 1;
    QTest::newRow("licensed mobile") << u"{\"kind\": \"licensed_mobile\"}"_qs << 1;
    QTest::newRow("mechanics in QC") << u"{\"kind\": \"all_mechanics\", \"province\": \"QC\"}"_qs << 1;
    QTest::newRow("mechanics in ON") << u"{\"kind\": \"all_mechanics\", \"province\": \"ON\"}"_qs << 3;
    QTest::newRow("mechanics in BC") << u"{\"kind\": \"all_mechanics\", \"province\": \"BC\"}"_qs << 0;
    QTest::newRow("workshops") << u"{\"kind\": \"workshops\"}"_qs << 2;
    QTest::newRow("workshops in QC") << u"{\"kind\": \"workshops\", \"province\": \"QC\"}"_qs << 1;
}

void TstNotices::audienceCounts() {
    QFETCH(QString, audience);
    QFETCH(int, expected);
    const auto r = run(u"admin"_qs, u"SELECT desk.bulk_notice_audience(?::jsonb)"_qs, {audience});
    ADESK_VERIFY_SQL(r);
    QCOMPARE(r.scalar().toInt(), expected);
    // The repository builds the same JSON from its value type.
    Audience a;
    a.kind = AudienceKind::VirtualOnly;
    a.province = u"QC"_qs;
    QSqlDatabase db = as(u"admin"_qs);
    const Result<int> viaRepo = OversightRepository::audienceCount(db, a);
    QVERIFY(viaRepo.ok());
    QCOMPARE(viaRepo.value(), 1);
}

void TstNotices::unknownAudienceIsRefused() {
    for (const QString &bad :
         {u"{\"kind\": \"customers\"}"_qs, u"{}"_qs, u"{\"kind\": \"workshops\", \"province\": \"XX\"}"_qs}) {
        const auto r = run(u"admin"_qs, u"SELECT desk.bulk_notice_audience(?::jsonb)"_qs, {bad});
        QVERIFY(!r.ok);
        QCOMPARE(r.sqlState(), u"22023"_qs);
    }
}

void TstNotices::onlyAdminsCountOrSend() {
    const int before = count(u"SELECT count(*) FROM desk.mechanic_notifications"_qs);
    for (const QString &who : {u"owner"_qs, u"finance"_qs}) {
        const auto c = run(who, u"SELECT desk.bulk_notice_audience('{\"kind\": \"all_mechanics\"}')"_qs);
        QVERIFY(!c.ok);
        QCOMPARE(c.sqlState(), u"42501"_qs);
        const auto s =
            run(who,
                u"SELECT desk.send_bulk_notice(?::uuid, '{\"kind\": \"all_mechanics\"}', 'T', 'T', "
                "'M', 'M', NULL)"_qs,
                {QUuid::createUuid().toString(QUuid::WithoutBraces)});
        QVERIFY(!s.ok);
        QCOMPARE(s.sqlState(), u"42501"_qs);
        const auto read = run(who, u"SELECT count(*) FROM desk.bulk_notices"_qs);
        QVERIFY(!read.ok);
        QCOMPARE(read.sqlState(), u"42501"_qs);
    }
    QCOMPARE(count(u"SELECT count(*) FROM desk.mechanic_notifications"_qs), before);
    QCOMPARE(count(u"SELECT count(*) FROM desk.bulk_notices"_qs), 0);
}

void TstNotices::bothLanguagesAreRequired() {
    const int before = count(u"SELECT count(*) FROM desk.mechanic_notifications"_qs);
    for (const QVariantList &texts : {QVariantList{u"Title"_qs, u""_qs, u"Message"_qs, u"Message FR"_qs},
                                      QVariantList{u"Title"_qs, u"Titre"_qs, u"Message"_qs, u"   "_qs},
                                      QVariantList{u"Title"_qs, u"Titre"_qs, u"Message"_qs, QVariant()}}) {
        QVariantList binds{QUuid::createUuid().toString(QUuid::WithoutBraces)};
        binds << texts;
        const auto r = run(
            u"admin"_qs,
            u"SELECT desk.send_bulk_notice(?::uuid, '{\"kind\": \"all_mechanics\"}', ?, ?, ?, ?, NULL)"_qs,
            binds);
        QVERIFY(!r.ok);
        QCOMPARE(r.sqlState(), u"22023"_qs);
        QVERIFY(r.error.serverMessage.contains(u"in English and in French"_qs));
    }
    QCOMPARE(count(u"SELECT count(*) FROM desk.mechanic_notifications"_qs), before);
    QCOMPARE(count(u"SELECT count(*) FROM desk.bulk_notices"_qs), 0);
}

void TstNotices::sendWritesEachRecipientInTheirLanguage() {
    const int auditBefore = count(u"SELECT count(*) FROM desk.audit_log"_qs);
    BulkNoticeDraft d = BulkNoticeDraft::workshopAffiliationTemplate();
    QVERIFY(d.audience.kind == AudienceKind::VirtualOnly);
    QSqlDatabase db = as(u"admin"_qs);
    const Result<BulkNoticeSent> sent = OversightRepository::sendBulkNotice(db, RequestKey::create(), d);
    QVERIFY2(sent.ok(), sent.ok() ? "" : qPrintable(sent.error().userMessage()));
    QCOMPARE(sent->recipients, 2);
    QVERIFY(sent->id > 0);

    const auto rows =
        m_db.run(u"SELECT mechanic_id, workshop_id IS NULL, title, message, action_url, notification_type "
                 "FROM desk.mechanic_notifications WHERE notification_type = 'bulk_notice' "
                 "ORDER BY mechanic_id"_qs);
    ADESK_VERIFY_SQL(rows);
    QCOMPARE(rows.rows.size(), 2);
    QCOMPARE(rows.rows.at(0).at(0).toLongLong(), m_virtualOn);
    QCOMPARE(rows.rows.at(0).at(2).toString(), u"Workshop Affiliation Now Available"_qs);
    QCOMPARE(rows.rows.at(0).at(3).toString(), d.messageEn);
    QCOMPARE(rows.rows.at(1).at(0).toLongLong(), m_virtualQc);
    QCOMPARE(rows.rows.at(1).at(2).toString(), d.titleFr);
    QCOMPARE(rows.rows.at(1).at(3).toString(), d.messageFr);
    for (const QVariantList &row : rows.rows) {
        QVERIFY(row.at(1).toBool());
        QCOMPARE(row.at(4).toString(), u"/mechanic/upgrade-to-workshop"_qs);
    }

    // The notice itself, and one audit row naming it.
    const auto notice =
        m_db.run(u"SELECT sent_by::text, recipients, audience ->> 'kind', title_fr FROM desk.bulk_notices "
                 "WHERE id = ?"_qs,
                 {sent->id});
    ADESK_VERIFY_SQL(notice);
    QCOMPARE(notice.rows.size(), 1);
    QCOMPARE(notice.rows.at(0).at(0).toString(), m_db.roleName(u"nadmin"_qs));
    QCOMPARE(notice.rows.at(0).at(1).toInt(), 2);
    QCOMPARE(notice.rows.at(0).at(2).toString(), u"virtual_only"_qs);
    QCOMPARE(notice.rows.at(0).at(3).toString(), d.titleFr);
    QCOMPARE(count(u"SELECT count(*) FROM desk.audit_log"_qs), auditBefore + 1);
    const auto audit =
        m_db.run(u"SELECT action, table_name, row_id, (detail ->> 'recipients')::int, actor::text "
                 "FROM desk.audit_log ORDER BY id DESC LIMIT 1"_qs);
    ADESK_VERIFY_SQL(audit);
    QCOMPARE(audit.rows.at(0).at(0).toString(), u"bulk_notice_sent"_qs);
    QCOMPARE(audit.rows.at(0).at(1).toString(), u"bulk_notices"_qs);
    QCOMPARE(audit.rows.at(0).at(2).toLongLong(), sent->id);
    QCOMPARE(audit.rows.at(0).at(3).toInt(), 2);
    QCOMPARE(audit.rows.at(0).at(4).toString(), m_db.roleName(u"nadmin"_qs));

    // Workshops get theirs in their language too.
    Audience shops{AudienceKind::Workshops, {}};
    d.audience = shops;
    const Result<BulkNoticeSent> toShops = OversightRepository::sendBulkNotice(db, RequestKey::create(), d);
    QVERIFY(toShops.ok());
    QCOMPARE(toShops->recipients, 2);
    QCOMPARE(m_db.scalar(u"SELECT title FROM desk.mechanic_notifications WHERE workshop_id = ? AND "
                         u"mechanic_id IS NULL "
                         "AND notification_type = 'bulk_notice'"_qs,
                         {m_shopQc})
                 .toString(),
             d.titleFr);
    QCOMPARE(m_db.scalar(u"SELECT title FROM desk.mechanic_notifications WHERE workshop_id = ? AND "
                         u"mechanic_id IS NULL "
                         "AND notification_type = 'bulk_notice'"_qs,
                         {m_shopOn})
                 .toString(),
             d.titleEn);
}

void TstNotices::sameRequestKeySendsOnce() {
    const BulkNoticeDraft d = BulkNoticeDraft::workshopAffiliationTemplate();
    const RequestKey key = RequestKey::create();
    QSqlDatabase db = as(u"admin"_qs);
    const int notesBefore = count(u"SELECT count(*) FROM desk.mechanic_notifications"_qs);
    const int noticesBefore = count(u"SELECT count(*) FROM desk.bulk_notices"_qs);
    const int auditBefore = count(u"SELECT count(*) FROM desk.audit_log"_qs);
    const Result<BulkNoticeSent> first = OversightRepository::sendBulkNotice(db, key, d);
    const Result<BulkNoticeSent> retry = OversightRepository::sendBulkNotice(db, key, d);
    QVERIFY(first.ok() && retry.ok());
    QCOMPARE(retry->id, first->id);
    QCOMPARE(retry->recipients, first->recipients);
    QCOMPARE(count(u"SELECT count(*) FROM desk.mechanic_notifications"_qs), notesBefore + 2);
    QCOMPARE(count(u"SELECT count(*) FROM desk.bulk_notices"_qs), noticesBefore + 1);
    QCOMPARE(count(u"SELECT count(*) FROM desk.audit_log"_qs), auditBefore + 1);
}

void TstNotices::notificationLogIsForAdmins() {
    // A decision's notification names its verification.
    const qint64 v = m_db.insertVerification(u"mechanic"_qs, m_virtualOn, u"insurance"_qs);
    QVERIFY(v);
    QVERIFY(m_db.exec(
        u"INSERT INTO desk.mechanic_notifications (mechanic_id, verification_id, notification_type, "
        "title, message) VALUES (?, ?, 'verification_approved', 'Document approved', 'ok')"_qs,
        {m_virtualOn, v}));
    NotificationFilter f;
    f.recipient = u"vera"_qs;
    QSqlDatabase db = as(u"admin"_qs);
    const auto page = OversightRepository::notificationPage(db, f, std::nullopt, 50);
    QVERIFY2(page.ok(), page.ok() ? "" : qPrintable(page.error().userMessage()));
    QVERIFY(page->size() >= 3); // two bulk notices, the decision
    for (const NotificationEntry &e : page.value()) {
        QCOMPARE(e.recipientName, u"Vera Virtual"_qs);
        QVERIFY(!e.toWorkshop);
    }
    QCOMPARE(page->first().type, u"verification_approved"_qs); // newest first
    QCOMPARE(page->first().verificationType, u"insurance"_qs);
    QCOMPARE(page->first().verificationId, v);

    // Keyset paging: one row at a time gives the same rows in the same order.
    QList<qint64> paged;
    std::optional<NewestFirstKey> after;
    for (;;) {
        const auto one = OversightRepository::notificationPage(db, f, after, 1);
        QVERIFY(one.ok());
        if (one->isEmpty())
            break;
        paged << one->first().id;
        after = NewestFirstKey{one->first().createdUs, one->first().id};
    }
    QList<qint64> all;
    for (const NotificationEntry &e : page.value())
        all << e.id;
    QCOMPARE(paged, all);

    // Type and workshops.
    f = {};
    f.type = u"bulk_notice"_qs;
    f.recipient = u"bêta"_qs;
    const auto shop = OversightRepository::notificationPage(db, f, std::nullopt, 50);
    QVERIFY(shop.ok());
    QVERIFY(!shop->isEmpty());
    QVERIFY(shop->first().toWorkshop);
    QCOMPARE(shop->first().recipientId, m_shopQc);

    for (const QString &who : {u"owner"_qs, u"finance"_qs}) {
        const auto r = run(who, u"SELECT count(*) FROM desk.notification_log"_qs);
        QVERIFY(!r.ok);
        QCOMPARE(r.sqlState(), u"42501"_qs);
    }
}

QTEST_GUILESS_MAIN(TstNotices)
#include "tst_notices.moc"
