// End-to-end test of the demo data set: `migrate` + `seed-demo` (the batch command functions the
// command line calls) into fresh databases of the pg_virtualenv cluster, then checks of what a
// person would see: every state present, valid Canadian data, intact documents, generated PDFs
// that Poppler reads, demo logins, determinism, and `--scale`.

#include "app/batchcommands.h"
#include "app/demo/certificaterenderer.h"
#include "app/demo/democluster.h"
#include "app/demo/demofeatures.h"
#include "app/demo/demoseeder.h"
#include "app/shell/connectiondialog.h"
#include "app/shell/mainwindow.h"
#include "app/shell/session.h"
#include "app/shell/signin.h"
#include "models/core/dbexecutor.h"
#include "tests/support/ci.h"
#include "tests/support/desksession.h"
#include "views/documents/documentrenderer.h"

#include <poppler-qt6.h>

#include <QActionGroup>
#include <QComboBox>
#include <QCryptographicHash>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

#include <unistd.h>

using namespace adesk;

namespace {

/// One throwaway database in the PG* cluster, dropped at the end.
class ScratchDatabase {
public:
    explicit ScratchDatabase(const QString &name)
        : m_name(name) {}
    ~ScratchDatabase() {
        if (m_created)
            maintenance(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }
    bool create(QString *error) {
        maintenance(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        m_created = maintenance(QStringLiteral("CREATE DATABASE %1").arg(m_name), error);
        return m_created;
    }
    QString conninfo() const { return QStringLiteral("dbname=%1").arg(m_name); }
    QString name() const { return m_name; }

    /// A superuser QPSQL connection to this database, in the test thread.
    QSqlDatabase open() {
        const QString cname = QStringLiteral("tst_demo_") + m_name;
        if (QSqlDatabase::contains(cname))
            return QSqlDatabase::database(cname);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), cname);
        applyPgEnvironment(db);
        db.setDatabaseName(m_name);
        db.open();
        return db;
    }
    void close() {
        const QString cname = QStringLiteral("tst_demo_") + m_name;
        if (QSqlDatabase::contains(cname)) {
            QSqlDatabase::database(cname).close();
            QSqlDatabase::removeDatabase(cname);
        }
    }

    static bool maintenance(const QString &sql, QString *error = nullptr) {
        bool ok = false;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tst_demo_maint"));
            applyPgEnvironment(db);
            db.setDatabaseName(QStringLiteral("postgres"));
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(sql);
                if (!ok && error)
                    *error = q.lastError().text();
            } else if (error) {
                *error = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tst_demo_maint"));
        return ok;
    }

private:
    QString m_name;
    bool m_created = false;
};

QList<QVariantList> rows(QSqlDatabase db, const QString &sql) {
    QList<QVariantList> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        QVariantList r;
        for (int i = 0; i < q.record().count(); ++i)
            r << q.value(i);
        out << r;
    }
    return out;
}

QVariant scalar(QSqlDatabase db, const QString &sql) {
    const auto r = rows(db, sql);
    return r.isEmpty() ? QVariant() : r.first().value(0);
}

// Columns compared between two seeded databases: everything but the instants (relative to now()).
const QString kVerificationSignature = QStringLiteral(
    "SELECT v.id, v.entity_type, v.entity_id, v.mechanic_id, v.workshop_id, v.verification_type, "
    "v.document_id, "
    "v.document_name, v.entity_name, v.province, v.license_number, v.policy_number, v.coverage_amount_cents, "
    "v.expiry_date - current_date, v.status, v.rejection_reason_code, v.rejection_note, v.info_request_note, "
    "v.notes, v.verified_by, "
    "d.sha256, d.size_bytes, d.file_name "
    "FROM desk.compliance_verifications v LEFT JOIN desk.documents d ON d.id = v.document_id ORDER BY v.id");

} // namespace

class TestDemo : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyStateIsPresent();
    void canadianDataIsValid();
    void mechanicsAreConsistent();
    void documentsAreIntact();
    void generatedPdfsReadBack();
    void demoLoginsExist();
    void seedIsDeterministic();
    void ledgerComesFromThePostingPath();
    void refusesASecondSeed();
    void scaleAddsExactlyTheRows();
    void moneyFormatting();
    void signInAsChoices();
    void signInAsMenu();
    void historyPanesWaitForTheHistory();
    void signInAsDialog();
    void asOptionNeedsDemoAndAKnownRole();

private:
    /// A session signed in as the demo login @p login on the first database (the caller owns it);
    /// null, with a warning, when the sign-in fails.
    Session *signedIn(const QString &login) {
        ConnectionSettings settings;
        settings.conninfo =
            QStringLiteral("host=localhost port=%1 dbname=%2 user=%3 password=demo")
                .arg(qEnvironmentVariable("PGPORT", QStringLiteral("5432")), m_first->name(), login);
        settings.allowInsecureTransport = true;
        auto *session = new Session(settings);
        const Result<Identity> who = signInWaiting(session);
        if (!who.ok()) {
            qWarning("%s", qPrintable(who.error().userMessage()));
            delete session;
            return nullptr;
        }
        session->setIdentity(who.value());
        return session;
    }

    std::unique_ptr<ScratchDatabase> m_first;
    std::unique_ptr<ScratchDatabase> m_second;
    QSqlDatabase m_db;
};

void TestDemo::initTestCase() {
    const QString tag = QStringLiteral("adesk_test_demo_%1").arg(::getpid());
    m_first = std::make_unique<ScratchDatabase>(tag + QStringLiteral("_a"));
    m_second = std::make_unique<ScratchDatabase>(tag + QStringLiteral("_b"));
    QString error;
    if (!m_first->create(&error)) {
        if (requiredByCi())
            QFAIL(qPrintable(QStringLiteral("no PostgreSQL test cluster: ") + error));
        QSKIP(qPrintable(QStringLiteral("no PostgreSQL test cluster (run under pg_virtualenv): ") + error));
    }
    QVERIFY2(m_second->create(&error), qPrintable(error));

    // The first takes its certificates from a prerender (the desktop's first launch renders them
    // while its cluster is made); the second renders its own, after a prerender for another day
    // that it must not take. seedIsDeterministic compares their documents' bytes.
    DemoSeeder::prerender(QDate::currentDate(), QDateTime::currentDateTimeUtc());
    QCOMPARE(runMigrateLocked(m_first->conninfo()), 0);
    QCOMPARE(runBatch(runSeedDemo, m_first->conninfo()), 0); // how fast: tests/bench/bench_demo
    DemoSeeder::prerender(QDate::currentDate().addDays(-1), QDateTime::currentDateTimeUtc().addDays(-1));

    // The second as the desktop demo's first launch loads it (issue 19): the core part, then the
    // history in a transaction of its own. seedIsDeterministic compares it with the first.
    QCOMPARE(runMigrateLocked(m_second->conninfo()), 0);
    BatchContext ctx;
    ctx.connection.conninfo = m_second->conninfo();
    QCOMPARE(runSeedDemoWithProgress(ctx, {}, DemoSeeder::Part::History), 1); // no core part yet
    QCOMPARE(runSeedDemoWithProgress(ctx, {}, DemoSeeder::Part::Core), 0);
    {
        QSqlDatabase core = m_second->open();
        QVERIFY(core.isOpen());
        QVERIFY(
            scalar(core, QStringLiteral("SELECT count(*) FROM desk.compliance_verifications")).toLongLong() >=
            200);
        QVERIFY(scalar(core, QStringLiteral("SELECT count(*) FROM desk.bays")).toLongLong() > 0);
        QVERIFY(scalar(core, QStringLiteral("SELECT count(*) FROM desk.partnerships")).toLongLong() > 0);
        // Every document's bytes are in with the core: the review queue's viewer reads them.
        QCOMPARE(scalar(core, QStringLiteral("SELECT count(*) FROM desk.documents WHERE size_bytes = 0 OR "
                                             "content IS NULL"))
                     .toLongLong(),
                 0);
        for (const char *history : {"desk.sessions", "desk.earnings_ledger", "desk.payouts",
                                    "desk.session_requests", "desk.t4a_slips"})
            QVERIFY2(scalar(core, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(history)))
                             .toLongLong() == 0,
                     history);
        DbExecutor exec(ctx.connection.forBatch(QStringLiteral("tst_demo")), 1);
        const Result<bool> seeded =
            exec.run<bool>([](QSqlDatabase &db) { return DemoSeeder::isSeeded(db); }).result();
        const Result<bool> history =
            exec.run<bool>([](QSqlDatabase &db) { return DemoSeeder::isHistorySeeded(db); }).result();
        QVERIFY(seeded.ok() && seeded.value());
        QVERIFY(history.ok() && !history.value());
    }
    QCOMPARE(runSeedDemoWithProgress(ctx, {}, DemoSeeder::Part::History), 0);
    QCOMPARE(runSeedDemoWithProgress(ctx, {}, DemoSeeder::Part::History), 0); // in already: nothing
    {
        DbExecutor exec(ctx.connection.forBatch(QStringLiteral("tst_demo")), 1);
        const Result<bool> history =
            exec.run<bool>([](QSqlDatabase &db) { return DemoSeeder::isHistorySeeded(db); }).result();
        QVERIFY(history.ok() && history.value());
    }

    m_db = m_first->open();
    QVERIFY2(m_db.isOpen(), qPrintable(m_db.lastError().text()));
}

void TestDemo::cleanupTestCase() {
    m_db = QSqlDatabase();
    if (m_first)
        m_first->close();
    if (m_second)
        m_second->close();
    m_first.reset();
    m_second.reset();
}

void TestDemo::everyStateIsPresent() {
    const auto counts =
        rows(m_db, QStringLiteral("SELECT status, count(*) FROM desk.compliance_verifications "
                                  "GROUP BY status ORDER BY status"));
    QHash<QString, qint64> byStatus;
    qint64 total = 0;
    for (const auto &r : counts) {
        byStatus.insert(r[0].toString(), r[1].toLongLong());
        total += r[1].toLongLong();
    }
    qInfo() << "verifications by status:" << byStatus << "total" << total;
    for (const char *s : {"pending", "approved", "rejected", "expired"})
        QVERIFY2(byStatus.value(QString::fromLatin1(s)) > 0, s);
    QVERIFY(total >= 200 && total <= 400);

    // Pending items spread over the last 10 days: some past the 48-hour target, some not.
    QVERIFY(scalar(m_db, QStringLiteral(
                             "SELECT count(*) FROM desk.compliance_verifications WHERE status = 'pending' "
                             "AND submitted_at < now() - interval '48 hours'"))
                .toLongLong() > 0);
    QVERIFY(scalar(m_db, QStringLiteral(
                             "SELECT count(*) FROM desk.compliance_verifications WHERE status = 'pending' "
                             "AND submitted_at >= now() - interval '48 hours'"))
                .toLongLong() > 0);
    QCOMPARE(scalar(m_db,
                    QStringLiteral("SELECT count(*) FROM desk.compliance_verifications "
                                   "WHERE submitted_at > now() OR submitted_at < now() - interval '3 years'"))
                 .toLongLong(),
             0);
    // Approved items expiring within 30 days (the expiry watch).
    QVERIFY(scalar(m_db, QStringLiteral(
                             "SELECT count(*) FROM desk.compliance_verifications WHERE status = 'approved' "
                             "AND expiry_date BETWEEN current_date AND current_date + 30"))
                .toLongLong() >= 3);
    // Rejections have a reason; every reason used is a known one.
    QCOMPARE(scalar(m_db, QStringLiteral(
                              "SELECT count(*) FROM desk.compliance_verifications WHERE status = 'rejected' "
                              "AND rejection_reason_code IS NULL"))
                 .toLongLong(),
             0);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(DISTINCT rejection_reason_code) FROM "
                                        "desk.compliance_verifications"))
                .toLongLong() >= 4);
    // The expiry sweep has nothing to do on a fresh demo (no approved or pending item is past due).
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM desk.compliance_verifications WHERE status IN "
                                         "('approved', 'pending') AND expiry_date < current_date"))
                 .toLongLong(),
             0);
    // Decided rows have their audit trail and notification.
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM desk.audit_log")).toLongLong() > 0);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM desk.mechanic_notifications")).toLongLong() >
            0);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM desk.compliance_verifications "
                                        "WHERE info_requested_at IS NOT NULL"))
                .toLongLong() > 0);
}

void TestDemo::canadianDataIsValid() {
    const auto orgs =
        rows(m_db, QStringLiteral("SELECT name, province, postal_code, time_zone, preferred_language "
                                  "FROM desk.organizations ORDER BY id"));
    QVERIFY(orgs.size() >= 10);
    const QHash<QChar, QString> provinceOf{
        {u'M', QStringLiteral("ON")}, {u'K', QStringLiteral("ON")}, {u'L', QStringLiteral("ON")},
        {u'N', QStringLiteral("ON")}, {u'P', QStringLiteral("ON")}, {u'H', QStringLiteral("QC")},
        {u'G', QStringLiteral("QC")}, {u'J', QStringLiteral("QC")}, {u'V', QStringLiteral("BC")},
        {u'T', QStringLiteral("AB")}, {u'B', QStringLiteral("NS")}};
    const QRegularExpression format(
        QStringLiteral("^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z] [0-9][ABCEGHJ-NPRSTV-Z][0-9]$"));
    QSet<QString> provinces;
    for (const auto &o : orgs) {
        const QString postal = o[2].toString();
        QVERIFY2(format.match(postal).hasMatch(), qPrintable(postal));
        QCOMPARE(provinceOf.value(postal.front()), o[1].toString());
        provinces.insert(o[1].toString());
        if (o[1].toString() == u"QC")
            QCOMPARE(o[4].toString(), QStringLiteral("fr"));
        const QString zone = o[3].toString();
        QVERIFY2(zone == u"America/Toronto" || zone == u"America/Vancouver" || zone == u"America/Edmonton" ||
                     zone == u"America/Halifax",
                 qPrintable(zone));
    }
    QCOMPARE(provinces, (QSet<QString>{QStringLiteral("ON"), QStringLiteral("QC"), QStringLiteral("BC"),
                                       QStringLiteral("AB"), QStringLiteral("NS")}));
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM desk.organizations "
                                    "WHERE NOT desk.postal_code_matches_province(postal_code, province)"))
            .toLongLong(),
        0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM desk.mechanics WHERE postal_code IS NOT NULL "
                                         "AND NOT desk.postal_code_matches_province(postal_code, province)"))
                 .toLongLong(),
             0);
}

void TestDemo::mechanicsAreConsistent() {
    const auto tiers =
        rows(m_db, QStringLiteral("SELECT service_tier, count(*) FROM desk.mechanics GROUP BY 1"));
    QCOMPARE(tiers.size(), 3);
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(*) FROM desk.mechanics")).toLongLong() >= 35);
    for (const char *s : {"pending", "approved", "rejected", "expired"})
        QVERIFY2(
            scalar(m_db, QStringLiteral("SELECT count(*) FROM desk.mechanics WHERE compliance_status = '%1'")
                             .arg(QString::fromLatin1(s)))
                    .toLongLong() > 0,
            s);
    // Physical work exactly when every required verification is approved and unexpired and the
    // mechanic has a workshop or mobile company: the rule desk.promote_mechanic_if_complete applies.
    const auto wrong = rows(
        m_db, QStringLiteral(
                  "SELECT m.display_name FROM desk.mechanics m WHERE m.can_perform_physical_work <> ("
                  "  m.workshop_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM desk.required_verifications r "
                  "    WHERE r.entity_type = 'mechanic' AND r.path = desk.mechanic_path(m.service_tier, "
                  "m.workshop_id) "
                  "      AND (r.province IS NULL OR r.province = m.province) AND NOT EXISTS (SELECT 1 FROM "
                  "desk.compliance_verifications v "
                  "      WHERE v.entity_type = 'mechanic' AND v.entity_id = m.id AND v.verification_type = "
                  "r.verification_type "
                  "        AND v.status = 'approved' AND (v.expiry_date IS NULL OR v.expiry_date >= "
                  "current_date))))"));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.isEmpty() ? QString() : wrong.first().first().toString()));
    QVERIFY(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM desk.mechanics WHERE can_perform_physical_work"))
            .toLongLong() > 0);
}

void TestDemo::documentsAreIntact() {
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVERIFY(q.exec(
        QStringLiteral("SELECT id, sha256, content, size_bytes, mime_type, file_name FROM desk.documents")));
    int n = 0;
    QSet<QString> mimes;
    while (q.next()) {
        const QByteArray content = q.value(2).toByteArray();
        QCOMPARE(QCryptographicHash::hash(content, QCryptographicHash::Sha256), q.value(1).toByteArray());
        QCOMPARE(qint64(content.size()), q.value(3).toLongLong());
        QVERIFY(!q.value(5).toString().isEmpty());
        mimes.insert(q.value(4).toString());
        ++n;
    }
    QVERIFY(n >= 200);
    QVERIFY(mimes.contains(QStringLiteral("application/pdf")));
    QVERIFY(mimes.contains(QStringLiteral("image/jpeg")));
    QVERIFY(mimes.contains(QStringLiteral("image/png")));
    // Every verification points at its document.
    QCOMPARE(scalar(m_db, QStringLiteral(
                              "SELECT count(*) FROM desk.compliance_verifications WHERE document_id IS NULL"))
                 .toLongLong(),
             0);
    // The deliberately broken uploads are there, and the viewer reports them as damaged.
    const auto broken =
        rows(m_db, QStringLiteral("SELECT file_name, content FROM desk.documents WHERE file_name IN "
                                  "('insurance-certificate.pdf', 'upload-interrupted.pdf')"));
    QCOMPARE(broken.size(), 2);
    for (const auto &b : broken) {
        const DocumentRenderer::LoadResult loaded =
            DocumentRenderer::load(b[1].toByteArray(), QStringLiteral("application/pdf"));
        QVERIFY2(loaded.result == DocumentRenderer::OpenResult::Corrupt,
                 qPrintable(b[0].toString() + QStringLiteral(": ") +
                            QString::fromLatin1(DocumentRenderer::resultName(loaded.result))));
    }
    // The encrypted reference file needs its password.
    const QByteArray locked =
        scalar(m_db, QStringLiteral("SELECT content FROM desk.documents WHERE file_name = "
                                    "'secured-certificate.pdf'"))
            .toByteArray();
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(locked);
    QVERIFY(doc);
    QVERIFY(doc->isLocked());
}

void TestDemo::generatedPdfsReadBack() {
    // Generated certificates of insurance and business licences carry their numbers and expiry.
    const auto certs = rows(
        m_db, QStringLiteral(
                  "SELECT v.verification_type, coalesce(v.policy_number, v.license_number), v.expiry_date, "
                  "d.content, "
                  "       v.entity_name, v.province "
                  "  FROM desk.compliance_verifications v JOIN desk.documents d ON d.id = v.document_id "
                  " WHERE v.verification_type IN ('insurance', 'business_license') AND d.file_name NOT LIKE "
                  "'scan%' "
                  "   AND d.mime_type = 'application/pdf' AND v.rejection_reason_code IS NULL "
                  "   AND d.file_name IN (SELECT file_name FROM desk.documents WHERE file_name LIKE "
                  "'certificate-of-insurance-%' "
                  "       OR file_name LIKE 'certificat-assurance-%' OR file_name LIKE 'business-licence-%' "
                  "       OR file_name LIKE 'permis-exploitation-%') ORDER BY v.id"));
    QVERIFY(certs.size() >= 50);
    int french = 0;
    for (int i = 0; i < certs.size(); i += 7) { // a sample: Poppler text extraction takes a moment
        const auto &c = certs[i];
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(c[3].toByteArray());
        QVERIFY(doc);
        QVERIFY(!doc->isLocked());
        QCOMPARE(doc->numPages(), 1);
        std::unique_ptr<Poppler::Page> page = doc->page(0);
        QVERIFY(page);
        const QString text = page->text(QRectF());
        QVERIFY2(text.contains(c[1].toString()),
                 qPrintable(c[1].toString() + QStringLiteral(" not in\n") + text));
        QVERIFY2(text.contains(c[2].toDate().toString(Qt::ISODate)), qPrintable(text));
        QVERIFY2(text.contains(c[4].toString()),
                 qPrintable(c[4].toString() + QStringLiteral(" not in\n") + text));
        if (c[5].toString() == u"QC") {
            ++french;
            QVERIFY2(text.contains(QStringLiteral("Date d’expiration")), qPrintable(text));
        } else {
            QVERIFY2(text.contains(QStringLiteral("Expiry date")), qPrintable(text));
        }
    }
    QVERIFY(french > 0);

    // Insurance certificates show the coverage as money.
    const auto ins =
        rows(m_db,
             QStringLiteral(
                 "SELECT v.coverage_amount_cents, d.content, v.province FROM desk.compliance_verifications v "
                 "JOIN desk.documents d ON d.id = v.document_id WHERE v.verification_type = 'insurance' "
                 "AND d.file_name LIKE 'certificate-of-insurance-%' AND v.status = 'approved' ORDER BY v.id "
                 "LIMIT 1"));
    QCOMPARE(ins.size(), 1);
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(ins[0][1].toByteArray());
    const QString text = doc->page(0)->text(QRectF());
    QVERIFY2(text.contains(CertificateRenderer::formatMoney(ins[0][0].toLongLong(), QStringLiteral("en"))),
             qPrintable(text));
}

void TestDemo::demoLoginsExist() {
    const QHash<QString, QString> expected{
        {QStringLiteral("demo_admin"), QStringLiteral("adesk_platform_admin")},
        {QStringLiteral("demo_admin2"), QStringLiteral("adesk_platform_admin")},
        {QStringLiteral("demo_finance"), QStringLiteral("adesk_finance")},
        {QStringLiteral("demo_owner_toronto"), QStringLiteral("adesk_workshop_owner")},
        {QStringLiteral("demo_owner_montreal"), QStringLiteral("adesk_workshop_owner")},
        {QStringLiteral("demo_platform"), QStringLiteral("adesk_platform_service")}};
    const QStringList logins = DemoSeeder::loginRoles();
    QCOMPARE(logins.size(), expected.size());
    for (const QString &l : logins)
        QVERIFY2(expected.contains(l), qPrintable(l));
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto r =
            rows(m_db, QStringLiteral(
                           "SELECT r.rolcanlogin, r.rolsuper, r.rolbypassrls, "
                           "       pg_has_role(r.oid, '%2', 'MEMBER'), "
                           "       (SELECT desk_role FROM desk.staff_logins WHERE login_role = r.rolname) "
                           "  FROM pg_roles r WHERE r.rolname = '%1'")
                           .arg(it.key(), it.value()));
        QCOMPARE(r.size(), 1);
        QVERIFY2(r[0][0].toBool(), qPrintable(it.key()));
        QVERIFY(!r[0][1].toBool());
        QVERIFY(!r[0][2].toBool());
        QVERIFY2(r[0][3].toBool(), qPrintable(it.key()));
        QCOMPARE(QStringLiteral("adesk_") + r[0][4].toString(), it.value());
    }
    // Owners manage their own workshop.
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT o.city FROM desk.workshop_staff w JOIN desk.organizations o "
                                         "ON o.id = w.workshop_id WHERE w.login_role = 'demo_owner_toronto'"))
                 .toString(),
             QStringLiteral("Toronto"));
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT o.city FROM desk.workshop_staff w JOIN desk.organizations o "
                                    "ON o.id = w.workshop_id WHERE w.login_role = 'demo_owner_montreal'"))
            .toString(),
        QStringLiteral("Montréal"));
    // What each demo login sees through row-level security (password "demo" over TCP).
    auto countAs = [&](const QString &login, const QString &sql) {
        qint64 n = -1;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tst_demo_login"));
            db.setHostName(QStringLiteral("localhost"));
            if (qEnvironmentVariableIsSet("PGPORT"))
                db.setPort(qEnvironmentVariableIntValue("PGPORT"));
            db.setDatabaseName(m_first->name());
            db.setUserName(login);
            db.setPassword(QStringLiteral("demo"));
            if (db.open())
                n = scalar(db, sql).toLongLong();
            else
                qWarning("%s: %s", qPrintable(login), qPrintable(db.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tst_demo_login"));
        return n;
    };
    const qint64 all =
        scalar(m_db, QStringLiteral("SELECT count(*) FROM desk.compliance_verifications")).toLongLong();
    QCOMPARE(countAs(QStringLiteral("demo_admin"),
                     QStringLiteral("SELECT count(*) FROM desk.compliance_verifications")),
             all);
    QCOMPARE(countAs(QStringLiteral("demo_owner_toronto"),
                     QStringLiteral("SELECT count(DISTINCT workshop_id) FROM desk.compliance_verifications")),
             qint64(1));
    QCOMPARE(
        countAs(QStringLiteral("demo_finance"), QStringLiteral("SELECT count(*) FROM desk.organizations")),
        scalar(m_db, QStringLiteral("SELECT count(*) FROM desk.organizations")).toLongLong());
}

void TestDemo::seedIsDeterministic() {
    QSqlDatabase other = m_second->open();
    QVERIFY(other.isOpen());
    const auto a = rows(m_db, kVerificationSignature);
    const auto b = rows(other, kVerificationSignature);
    QVERIFY(a.size() >= 200);
    QCOMPARE(a.size(), b.size());
    for (int i = 0; i < a.size(); ++i)
        QCOMPARE(a[i], b[i]);
    const QString orgs = QStringLiteral("SELECT * FROM desk.organizations ORDER BY id");
    const QString mechs =
        QStringLiteral("SELECT id, display_name, service_tier, workshop_id, compliance_status, "
                       "workshop_verified, can_perform_physical_work, insurance_policy_number "
                       "FROM desk.mechanics ORDER BY id");
    auto withoutInstants = [](QList<QVariantList> rs) {
        for (auto &r : rs)
            for (auto &v : r)
                if (v.metaType() == QMetaType::fromType<QDateTime>())
                    v = QVariant();
        return rs;
    };
    QVERIFY(rows(m_db, orgs).size() >= 10);
    QCOMPARE(withoutInstants(rows(m_db, orgs)), withoutInstants(rows(other, orgs)));
    QVERIFY(rows(m_db, mechs).size() >= 35);
    QCOMPARE(rows(m_db, mechs), rows(other, mechs));
    // The ledger the posting path produced from the demo's events, to the cent and in the same order.
    const QString ledger = QStringLiteral(
        "SELECT id, event_type, event_id, event_at, scenario, entry_type, party, workshop_id, mechanic_id, "
        "gross_cents, amount_cents, gst_hst_cents, share_bp, rule_id, partnership_id, agreement_id, basis, "
        "payout_status, payout_reference FROM desk.earnings_ledger ORDER BY id");
    const auto la = rows(m_db, ledger);
    QVERIFY(la.size() > 10000);
    QCOMPARE(la, rows(other, ledger));
}

// Issue 12: the demo ledger is produced only by the posting path (record_*_earnings for every
// completed event, run_partnership_charges for every ended month), so it holds every scenario,
// nothing is missing, every charge comes from a charge run, and partnership jobs pay the fee of
// their signed agreement.
void TestDemo::ledgerComesFromThePostingPath() {
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM desk.sessions s WHERE s.status = 'completed' "
                                    "AND NOT EXISTS (SELECT 1 FROM desk.ledger_postings p WHERE "
                                    "p.event_type = 'session' AND p.event_id = s.id AND p.kind = 'posting')"))
            .toLongLong(),
        0);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM desk.escalations e WHERE NOT EXISTS (SELECT 1 "
                                         "FROM desk.ledger_postings p WHERE p.event_type = 'escalation' "
                                         "AND p.event_id = e.id AND p.kind = 'posting')"))
                 .toLongLong(),
             0);
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM generate_series(date_trunc('month', current_date) "
                                    "- interval '23 months', date_trunc('month', current_date), "
                                    "interval '1 month') g, desk.earnings_differences(g::date) d "
                                    "WHERE d.cause = 'missing_ledger'"))
            .toLongLong(),
        0);
    // Charges only from charge runs (the seeder writes none), both kinds present.
    for (const char *kind : {"bay_rental", "membership"}) {
        const QString table = QString::fromLatin1(kind) == u"bay_rental"
                                  ? QStringLiteral("desk.bay_rental_charges")
                                  : QStringLiteral("desk.membership_fees");
        QVERIFY2(scalar(m_db, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toLongLong() > 0, kind);
        QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM %1 c WHERE NOT EXISTS (SELECT 1 FROM "
                                             "desk.partnership_charge_runs r WHERE r.kind = '%2' AND "
                                             "r.charge_id = c.id)")
                                  .arg(table, QString::fromLatin1(kind)))
                     .toLongLong(),
                 0);
    }
    QStringList scenarios;
    for (const QVariantList &r :
         rows(m_db, QStringLiteral("SELECT DISTINCT scenario FROM desk.earnings_ledger "
                                   "ORDER BY 1")))
        scenarios << r.first().toString();
    for (const char *s : {"virtual", "workshop_mechanic", "independent", "cross_workshop",
                          "escalation_referral", "quote_commission", "bay_rental_job", "revenue_share_job",
                          "membership_job", "bay_rental_charge", "membership_fee"})
        QVERIFY2(scenarios.contains(QString::fromLatin1(s)), s);
    QCOMPARE(scalar(m_db, QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE basis IS NULL"))
                 .toLongLong(),
             0);
    // For every partnership: the agreement's fee equals the ledger's fee on its jobs, and its jobs
    // carry the partnership and its agreement.
    QVERIFY(scalar(m_db, QStringLiteral("SELECT count(DISTINCT partnership_id) FROM desk.earnings_ledger "
                                        "WHERE event_type = 'session' AND partnership_id IS NOT NULL"))
                .toLongLong() >= 3);
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM desk.earnings_ledger l JOIN desk.partnerships p "
                                    "ON p.id = l.partnership_id JOIN desk.partnership_agreements a ON "
                                    "a.id = p.agreement_id WHERE l.event_type = 'session' AND "
                                    "l.entry_type = 'platform_fee' AND (l.agreement_id IS DISTINCT FROM a.id "
                                    "OR l.share_bp <> (a.terms->>'platform_fee_bp')::integer)"))
            .toLongLong(),
        0);
    QCOMPARE(
        scalar(m_db, QStringLiteral("SELECT count(*) FROM desk.sessions s JOIN desk.earnings_ledger l ON "
                                    "l.event_type = 'session' AND l.event_id = s.id WHERE "
                                    "l.partnership_id IS DISTINCT FROM s.partnership_id"))
            .toLongLong(),
        0);
}

void TestDemo::refusesASecondSeed() {
    QCOMPARE(runBatch(runSeedDemo, m_second->conninfo()), 1);
    QCOMPARE(runBatch(runSeedDemo, m_second->conninfo(), {QStringLiteral("--bogus")}), 2);
}

void TestDemo::scaleAddsExactlyTheRows() {
    QSqlDatabase other = m_second->open();
    const qint64 before =
        scalar(other, QStringLiteral("SELECT count(*) FROM desk.compliance_verifications")).toLongLong();
    QCOMPARE(runBatch(runSeedDemo, m_second->conninfo(), {QStringLiteral("--scale"), QStringLiteral("1000")}),
             0);
    const qint64 after =
        scalar(other, QStringLiteral("SELECT count(*) FROM desk.compliance_verifications")).toLongLong();
    QCOMPARE(after - before, qint64(1000));
    const auto statuses =
        rows(other, QStringLiteral("SELECT status, count(*) FROM desk.compliance_verifications "
                                   "WHERE id > %1 GROUP BY 1")
                        .arg(before));
    // Every status a review sees; where the random rows repeat a requirement, the later submission
    // supersedes the pending earlier one (0021), so "superseded" may show too, and nothing else.
    QSet<QString> seen;
    for (const auto &row : statuses)
        seen.insert(row.value(0).toString());
    const QSet<QString> decided = {QStringLiteral("pending"), QStringLiteral("approved"),
                                   QStringLiteral("rejected"), QStringLiteral("expired")};
    QVERIFY2(seen.contains(decided), qPrintable(QStringList(seen.values()).join(u',')));
    QVERIFY2((seen - decided - QSet<QString>{QStringLiteral("superseded")}).isEmpty(),
             qPrintable(QStringList(seen.values()).join(u',')));
    QCOMPARE(
        scalar(other, QStringLiteral("SELECT count(*) FROM desk.compliance_verifications WHERE status IN "
                                     "('approved', 'pending') AND expiry_date < current_date"))
            .toLongLong(),
        0);
    // A database without the demo set is refused.
    QCOMPARE(runBatch(runSeedDemo, QStringLiteral("dbname=postgres"), {QStringLiteral("--scale=10")}), 1);
}

void TestDemo::moneyFormatting() {
    QCOMPARE(CertificateRenderer::formatMoney(200000000, QStringLiteral("en")),
             QStringLiteral("$2,000,000.00"));
    const QString fr = CertificateRenderer::formatMoney(123456, QStringLiteral("fr"));
    QVERIFY2(fr.startsWith(QStringLiteral("1")) && fr.endsWith(QStringLiteral(",56\u00a0$")), qPrintable(fr));
    QCOMPARE(CertificateRenderer::formatMoney(5, QStringLiteral("en")), QStringLiteral("$0.05"));
}

void TestDemo::signInAsChoices() {
    // --as and the "Sign in as" menus: each choice is a demo login of the role it names.
    const QStringList logins = DemoSeeder::loginRoles();
    const QStringList roles = {QStringLiteral("platform_admin"), QStringLiteral("platform_admin"),
                               QStringLiteral("finance"), QStringLiteral("workshop_owner"),
                               QStringLiteral("workshop_owner")};
    QSqlDatabase db = m_first->open();
    const QStringList choices = DemoCluster::signInChoices();
    QCOMPARE(choices.size(), roles.size());
    QSet<QString> distinct;
    for (int i = 0; i < choices.size(); ++i) {
        const QString login = DemoCluster::loginForChoice(choices.at(i));
        QVERIFY2(logins.contains(login), qPrintable(choices.at(i)));
        QCOMPARE(scalar(db, QStringLiteral("SELECT desk_role FROM desk.staff_logins WHERE login_role = '%1'")
                                .arg(login))
                     .toString(),
                 roles.at(i));
        QCOMPARE(MainWindow::demoLogins().at(i).first, login);
        distinct << login;
    }
    QCOMPARE(distinct.size(), choices.size());
    QCOMPARE(DemoCluster::loginForChoice(QStringLiteral("Finance")), DemoCluster::financeLogin());
    QCOMPARE(DemoCluster::loginForChoice(QStringLiteral("demo_owner_montreal")),
             DemoCluster::secondOwnerLogin());
    QVERIFY(DemoCluster::loginForChoice(QStringLiteral("postgres")).isEmpty());
    QVERIFY(DemoCluster::loginForChoice(QStringLiteral("demo_platform")).isEmpty());
}

void TestDemo::signInAsMenu() {
    // Signed in as finance on the seeded demo: File > Sign in as lists every choice, finance
    // checked; choosing the admin asks for the admin's sign-in, choosing finance again does nothing.
    Session *session = signedIn(QStringLiteral("demo_finance"));
    QVERIFY(session);
    MainWindow window(session);
    window.addDemoSignIn(MainWindow::demoLogins());
    auto *menu = window.findChild<QMenu *>(QStringLiteral("signInAs"));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), DemoCluster::signInChoices().size());
    const QMenu *file = window.menuBar()->actions().first()->menu();
    QVERIFY(file && file->actions().contains(menu->menuAction()));
    QSignalSpy asked(&window, &MainWindow::signInAsRequested);
    QAction *admin = nullptr;
    for (QAction *a : menu->actions()) {
        QCOMPARE(a->isChecked(), a->data().toString() == DemoCluster::financeLogin());
        if (a->data().toString() == DemoCluster::financeLogin())
            a->trigger();
        if (a->data().toString() == DemoCluster::adminLogin())
            admin = a;
    }
    QCOMPARE(asked.size(), 0);
    QVERIFY(admin);
    admin->trigger();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first().toString(), DemoCluster::adminLogin());
}

void TestDemo::historyPanesWaitForTheHistory() {
    // The desktop demo's first launch (issue 19): while the history loads, the panes that show it
    // wait with a notice and a progress bar; nothing builds them, not even asking for them; the
    // others are built as ever. Released, every pane is built, the shown one at once.
    Session *session = signedIn(QStringLiteral("demo_owner_toronto"));
    QVERIFY(session);
    const QStringList history = demoHistoryPanes();
    MainWindow window(session, nullptr, history);
    QTabWidget *tabs = window.panes();
    int held = 0;
    int free = 0;
    int earnings = -1;
    for (int i = 0; i < tabs->count(); ++i) {
        const QString name = tabs->widget(i)->objectName();
        if (name == u"earnings")
            earnings = i;
        QCOMPARE(window.isPaneHeld(i), history.contains(name));
        held += window.isPaneHeld(i) ? 1 : 0;
        free += window.isPaneHeld(i) || i == 0 ? 0 : 1; // tab 0: the review pane, never a placeholder
    }
    QVERIFY2(held >= 4 && free >= 2, qPrintable(QStringLiteral("%1 held, %2 not").arg(held).arg(free)));
    QVERIFY(earnings > 0);
    // Asked for, shown, or built idle: a held pane stays its placeholder with its notice.
    QWidget *placeholder = window.pane(earnings);
    QVERIFY(placeholder);
    QVERIFY(placeholder->findChild<QWidget *>(QStringLiteral("heldNotice")));
    tabs->setCurrentIndex(earnings);
    window.buildAllPanes();
    for (int i = 0; i < tabs->count(); ++i)
        QCOMPARE(window.isPaneBuilt(i), !window.isPaneHeld(i));
    window.showHoldProgress(QStringLiteral("earnings"), 40);
    const auto bars = placeholder->findChildren<QProgressBar *>();
    QVERIFY(!bars.isEmpty());
    QCOMPARE(bars.first()->value(), 40);

    window.releasePanes();
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY(!window.isPaneHeld(i));
    // The shown tab's pane is built at once, in its placeholder's place.
    QVERIFY(tabs->currentWidget() != placeholder);
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("earnings"));
    QVERIFY(!tabs->currentWidget()->findChild<QWidget *>(QStringLiteral("heldNotice")));
    window.buildAllPanes();
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY(window.isPaneBuilt(i));
}

void TestDemo::signInAsDialog() {
    // Signed out of the demo as the admin: the sign-in dialog offers the demo's logins, the admin
    // preselected; choosing finance and signing in, with nothing typed, signs in as finance.
    const QString cluster = QStringLiteral("host=localhost port=%1 dbname=%2 user=demo_admin password=demo")
                                .arg(qEnvironmentVariable("PGPORT", QStringLiteral("5432")), m_first->name());
    ConnectionDialog dialog;
    dialog.setDemoLogins(MainWindow::demoLogins(), cluster, DemoCluster::adminLogin());
    auto *as = dialog.findChild<QComboBox *>(QStringLiteral("demoSignInAs"));
    QVERIFY(as);
    QCOMPARE(as->currentData().toString(), DemoCluster::adminLogin());
    const int finance = as->findText(MainWindow::demoLogins().at(2).second);
    QVERIFY(finance >= 0);
    as->setCurrentIndex(finance);
    ConnectionSettings settings = dialog.settings();
    settings.allowInsecureTransport = true;
    auto *session = new Session(settings);
    const Result<Identity> who = signInWaiting(session);
    QVERIFY2(who.ok(), qPrintable(who.ok() ? QString() : who.error().userMessage()));
    QCOMPARE(who.value().loginRole, DemoCluster::financeLogin());
    QVERIFY(who.value().isFinance());
    delete session;
}

void TestDemo::asOptionNeedsDemoAndAKnownRole() {
    // --as without --demo, or with an unknown role: refused before anything starts, saying the choices.
    for (const QStringList &args :
         {QStringList{QStringLiteral("--as"), QStringLiteral("finance")},
          QStringList{QStringLiteral("--demo"), QStringLiteral("--as"), QStringLiteral("postgres")}}) {
        QProcess p;
        p.start(QStringLiteral(ADESK_EXECUTABLE), args);
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("owner-montreal")), qPrintable(err));
    }
}

QTEST_MAIN(TestDemo)
#include "tst_demo.moc"
