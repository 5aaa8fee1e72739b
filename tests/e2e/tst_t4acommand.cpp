// `autodoctor-desk t4a --year YYYY --out DIR [--force]` against a real PostgreSQL, through the
// executable: only the final slips that pass every check go into the return; the draft and the slip
// with an invalid SIN are listed by name with their reason and the command exits 1; the XML written
// is the whole submission and xmllint validates it against the schema the app embeds; a year that is
// not over needs --force; a cancelled slip is filed later in a return of its own (report type A,
// slip C) whose slp_cnt and total are those of that slip.

#include "app/tax/t4abatch.h"
#include "app/tax/taxcontroller.h"
#include "models/tax/craschemavalidator.h"
#include "models/tax/taxrepository.h"
#include "tests/support/desksession.h"
#include "tests/support/testdatabase.h"
#include "views/tax/t4apane.h"

#include <QAbstractItemView>
#include <QDir>
#include <QDirIterator>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#ifndef ADESK_EXECUTABLE
#error "ADESK_EXECUTABLE must be defined (path of autodoctor-desk)"
#endif

using namespace adesk;

namespace {

QString element(const QByteArray &xml, const QString &name) {
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == name)
            return r.readElementText();
    return {};
}

QStringList xmlFiles(const QString &dir) {
    QStringList out;
    QDirIterator it(dir, {QStringLiteral("*.xml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next();
    out.sort();
    return out;
}

} // namespace

class TstT4ACommand : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void filesOnlyCleanFinalSlipsAndNamesTheRest();
    void paneFilesFromPagesOfTheYear();
    void generateInThePane();
    void yearNotOverNeedsForce();
    void cancelledSlipGoesInAReturnOfItsOwn();

private:
    struct Run {
        int code = -1;
        QString out;
        QString err;
    };
    Run t4a(const QStringList &args) {
        const ConnectionSettings login = m_db.login(m_fin);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), login.password);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ADESK_EXECUTABLE),
                QStringList{QStringLiteral("--db"), login.conninfo, QStringLiteral("t4a")} + args);
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    /// A fee of @p cents earned and paid in 2025 to mechanic @p id.
    void paidFee(qint64 id, qint64 cents) {
        const qint64 batch = m_db.scalar(QStringLiteral("INSERT INTO desk.payout_batches (period) VALUES "
                                                        "('2025-05-01') RETURNING id"))
                                 .toLongLong();
        const qint64 payout =
            m_db.scalar(
                    QStringLiteral("INSERT INTO desk.payouts (batch_id, party, mechanic_id, amount_cents, "
                                   "status, reference, paid_at) VALUES (?, 'mechanic', ?, ?, 'paid', "
                                   "'REF', '2025-06-05 12:00-04') RETURNING id"),
                    {batch, id, cents})
                .toLongLong();
        QVERIFY(m_db.exec(
            QStringLiteral(
                "INSERT INTO desk.earnings_ledger (event_type, event_id, event_at, period, scenario, "
                "service_tier, entry_type, party, mechanic_id, gross_cents, amount_cents, "
                "payout_status, payout_id) VALUES ('session', ?, '2025-05-10 12:00-04', "
                "'2025-05-01', 'planted', 'virtual', 'mechanic_share', 'mechanic', ?, ?, ?, "
                "'paid', ?)"),
            {++m_event, id, cents, cents, payout}));
    }
    void profile(qint64 id, const QString &surname, const QString &sin) {
        QVERIFY(m_db.exec(QStringLiteral("INSERT INTO desk.payee_tax_profiles (payee_party, mechanic_id, "
                                         "recipient_kind, surname, given_name, sin, address_line1, city, "
                                         "province, postal_code) VALUES ('mechanic', ?, 'individual', ?, "
                                         "'Sam', ?, '12 Garage Rd', 'Toronto', 'ON', 'M5V 3L9')"),
                          {id, surname, sin}));
    }
    qint64 slipOf(qint64 mechanic) {
        return m_db
            .scalar(QStringLiteral("SELECT id FROM desk.t4a_slips WHERE tax_year = 2025 AND mechanic_id = ? "
                                   "AND NOT superseded"),
                    {mechanic})
            .toLongLong();
    }

    TestDatabase m_db;
    QString m_fin;
    qint64 m_event = 0;
    qint64 m_clean = 0, m_badSin = 0, m_draft = 0;
};

void TstT4ACommand::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_clean = m_db.insertMechanic(QStringLiteral("Sam Clean"));
    m_badSin = m_db.insertMechanic(QStringLiteral("Sam Typo"));
    m_draft = m_db.insertMechanic(QStringLiteral("Sam Later"));
    QVERIFY(m_clean && m_badSin && m_draft);
    paidFee(m_clean, 120000);
    paidFee(m_badSin, 80000);
    paidFee(m_draft, 90000);
    profile(m_clean, QStringLiteral("Clean"), QStringLiteral("046454286"));
    profile(m_badSin, QStringLiteral("Typo"), QStringLiteral("046454287")); // check digit off by one
    profile(m_draft, QStringLiteral("Later"), QStringLiteral("130692544"));
    QVERIFY(m_db.exec(QStringLiteral(
        "INSERT INTO desk.t4a_payer (name_line1, address_line1, city, province, postal_code, payer_account, "
        "contact_name, contact_area_code, contact_phone, contact_email, transmitter_kind, "
        "transmitter_number) "
        "VALUES ('The Auto Doctor Inc.', '100 King St W', 'Toronto', 'ON', 'M5X 1C9', '794512368RP0001', "
        "'Finance Desk', '416', '555-0142', 'payouts@theautodoctor.ca', 'bn15', '794512368RP0001')")));
    m_fin = m_db.roleName(QStringLiteral("fin"));
    QVERIFY(m_db.createLogin(m_fin, QStringLiteral("adesk_finance"), QStringLiteral("Fin")));
    // Drafts for the three; finance finalises the clean one only.
    QVERIFY(m_db.exec(QStringLiteral("SELECT desk.generate_t4a_slips(2025)")));
    QVERIFY(m_db.exec(QStringLiteral("SELECT desk.finalize_t4a_slips(2025, ARRAY[?]::bigint[])"),
                      {slipOf(m_clean)}));
}

void TstT4ACommand::filesOnlyCleanFinalSlipsAndNamesTheRest() {
    QTemporaryDir dir;
    const Run r =
        t4a({QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"), dir.path()});
    QVERIFY2(r.code == 1, qPrintable(r.out + r.err)); // due slips were left out
    QVERIFY2(r.out.contains(QStringLiteral("1 slip for 2025, report type O")), qPrintable(r.out));
    QVERIFY2(r.err.contains(
                 QStringLiteral("left out: slip %1 (M%2 Typo, Sam)").arg(slipOf(m_badSin)).arg(m_badSin)) &&
                 r.err.contains(QStringLiteral("Invalid SIN")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(
                 QStringLiteral("left out: slip %1 (M%2 Later, Sam)").arg(slipOf(m_draft)).arg(m_draft)) &&
                 r.err.contains(QStringLiteral("draft")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("2 slips left out")));
    const QStringList files = xmlFiles(dir.path());
    QCOMPARE(files.size(), 1);
    QFile f(files.first());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray xml = f.readAll();
    QCOMPARE(xml.count("<T4ASlip>"), 1);
    QVERIFY(xml.contains("<sin>046454286</sin>"));
    QVERIFY(!xml.contains("046454287"));
    QCOMPARE(element(xml, QStringLiteral("slp_cnt")), QStringLiteral("1"));
    QCOMPARE(element(xml, QStringLiteral("rpt_tot_fee_srvc_amt")), QStringLiteral("1200.00"));
    QVERIFY(QRegularExpression(QStringLiteral("^[A-Z0-9]{8}$"))
                .match(element(xml, QStringLiteral("sbmt_ref_id")))
                .hasMatch());
    QVERIFY(CraSchemaValidator::validateSubmission(xml).ok);
    if (!QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty()) {
        const QString xsd = CraSchemaValidator::extractBundle(dir.filePath(QStringLiteral("xsd")));
        QProcess lint;
        lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--nonet"),
                                               QStringLiteral("--schema"), xsd, files.first()});
        QVERIFY(lint.waitForFinished(60000));
        QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
    }
}

// Issue 19: the T4A pane's Generate (T4ABatch::startFiling) reads the year a page at a time on a
// connection of its own, as finance: the return the command files, every page read audited as that
// login, the left-out slips named. A profile edited between the check and the XML stops the batch,
// naming the slip, with nothing written. A page holds 1 to 10,000 slips; only finance reads one.
void TstT4ACommand::paneFilesFromPagesOfTheYear() {
    const ConnectionSettings fin = m_db.login(m_fin);
    const qint64 lastAudit =
        m_db.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM desk.audit_log")).toLongLong();
    QTemporaryDir dir;
    QFuture<T4ABatch::Outcome> f = T4ABatch::startFiling(fin, 2025, dir.filePath(QStringLiteral("pane")), 1);
    f.waitForFinished();
    const T4ABatch::Outcome o = f.result();
    QVERIFY2(o.ok(), qPrintable(o.error));
    QVERIFY(!o.nothingToFile);
    QCOMPARE(o.slipFilesWritten, 1);
    QCOMPARE(o.slipIds, QList<qint64>{slipOf(m_clean)});
    QList<qint64> leftOut;
    for (const T4AIssue &i : o.leftOut)
        leftOut << i.slipId;
    std::sort(leftOut.begin(), leftOut.end());
    QList<qint64> expected{slipOf(m_badSin), slipOf(m_draft)};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(leftOut, expected);
    QVERIFY(CraSchemaValidator::validateSubmissionFile(o.xmlPath).ok);
    QFile xmlFile(o.xmlPath);
    QVERIFY(xmlFile.open(QIODevice::ReadOnly));
    const QByteArray xml = xmlFile.readAll();
    QVERIFY(xml.contains("<sin>046454286</sin>"));
    QCOMPARE(element(xml, QStringLiteral("slp_cnt")), QStringLiteral("1"));
    QVERIFY(QFileInfo::exists(o.summaryPath));
    // Three passes (check, XML, PDFs), each page audited as the finance login, with its bounds.
    const auto reads =
        m_db.run(QStringLiteral("SELECT count(*), count(DISTINCT actor), min(actor), "
                                "min((detail->>'limit')::int), max((detail->>'limit')::int) "
                                "FROM desk.audit_log WHERE action = 't4a_return_read' AND id > ?"),
                 {lastAudit});
    ADESK_VERIFY_SQL(reads);
    QVERIFY2(reads.rows[0][0].toInt() >= 3, qPrintable(reads.rows[0][0].toString()));
    QCOMPARE(reads.rows[0][1].toInt(), 1);
    QCOMPARE(reads.rows[0][2].toString(), m_fin);
    QCOMPARE(reads.rows[0][3].toInt(), T4ABatch::kPageSize);
    QCOMPARE(reads.rows[0][4].toInt(), T4ABatch::kPageSize);

    // One slip a page, and the profile edited after the check.
    {
        QSqlDatabase db = TestDatabase::openConnection(fin, QStringLiteral("fin-pages"));
        QVERIFY(db.isOpen());
        const T4ASlipPages pages = [&db](qint64 after, int limit) {
            return TaxRepository::returnPage(db, 2025, after, limit);
        };
        T4AReturnData header;
        header.taxYear = 2025;
        header.payer = TaxRepository::payer(db).value();
        const T4ABatch::FilingPlan plan = T4ABatch::plan(header, pages, 1);
        QVERIFY2(plan.error.isEmpty(), qPrintable(plan.error));
        QCOMPARE(plan.returns.size(), 1);
        QCOMPARE(plan.leftOut.size(), 2);
        QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.payee_tax_profiles SET address_line1 = '14 Garage Rd' "
                                         "WHERE mechanic_id = ?"),
                          {m_clean}));
        const T4ABatch::Outcome changed =
            T4ABatch::file(plan.returns[0], pages, dir.filePath(QStringLiteral("changed")), 1, nullptr, 1);
        QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.payee_tax_profiles SET address_line1 = '12 Garage Rd' "
                                         "WHERE mechanic_id = ?"),
                          {m_clean}));
        QVERIFY(!changed.ok());
        QVERIFY2(changed.error.contains(QString::number(slipOf(m_clean))), qPrintable(changed.error));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("changed"))));
        // Page bounds, and the callers a page refuses (with nothing about the rows).
        for (const char *limit : {"0", "10001", "-1"})
            QCOMPARE(TestDatabase::run(db, QStringLiteral("SELECT count(*) FROM desk.t4a_return_page(2025, "
                                                          "'{final}', 0, %1)")
                                               .arg(QLatin1StringView(limit)))
                         .sqlState(),
                     QStringLiteral("22023"));
        const auto all = TaxRepository::returnPage(db, 2025, 0, 0);
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
    }
    TestDatabase::closeConnection(QStringLiteral("fin-pages"));
    const QString admin = m_db.roleName(QStringLiteral("adm"));
    QVERIFY(m_db.createLogin(admin, QStringLiteral("adesk_platform_admin"), QStringLiteral("Admin")));
    {
        QSqlDatabase other = TestDatabase::openConnection(m_db.login(admin), admin);
        const auto refused = TestDatabase::run(
            other, QStringLiteral("SELECT count(*) FROM desk.t4a_return_page(2025, '{final,draft}', 0, 10)"));
        QCOMPARE(refused.sqlState(), QStringLiteral("42501"));
        QVERIFY2(!refused.describe().contains(QStringLiteral("046454286")), qPrintable(refused.describe()));
    }
    TestDatabase::closeConnection(admin);
}

// The T4A pane's Generate as finance uses it: the return written (the clean slip), the two slips
// left out listed under it with their reason, the message saying what was written where.
void TstT4ACommand::generateInThePane() {
    QString problem;
    std::unique_ptr<Session> session(signedInSession(m_db.login(m_fin), &problem));
    QVERIFY2(session, qPrintable(problem));
    std::unique_ptr<QWidget> pane(TaxController::createPane(session.get(), nullptr));
    auto *controller = pane->findChild<TaxController *>();
    QVERIFY(controller);
    pane->resize(1366, 700);
    pane->show();
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("pane"));
    QSignalSpy generated(controller, &TaxController::generated);
    emit static_cast<T4APane *>(pane.get())->generateRequested(2025, out);
    QVERIFY(generated.wait(120000));
    const T4ABatch::Outcome &o = controller->lastOutcome();
    QVERIFY2(o.ok(), qPrintable(o.error));
    QCOMPARE(o.slipFilesWritten, 1);
    QCOMPARE(o.directory, out);
    QVERIFY(QFileInfo::exists(o.xmlPath) && QFileInfo::exists(o.summaryPath));
    auto *message = pane->findChild<QLabel *>(QStringLiteral("t4aMessage"));
    QVERIFY(message);
    QVERIFY2(message->text().contains(QFileInfo(o.xmlPath).fileName()) && message->text().contains(out) &&
                 message->text().contains(QStringLiteral("left out")),
             qPrintable(message->text()));
    auto *issues = pane->findChild<QAbstractItemView *>(QStringLiteral("schemaIssues"));
    QVERIFY(issues && issues->model());
    QCOMPARE(issues->model()->rowCount(), 2);
    QStringList shown;
    for (int r = 0; r < 2; ++r)
        for (int c = 0; c < issues->model()->columnCount(); ++c)
            shown << issues->model()->index(r, c).data().toString();
    QVERIFY2(shown.join(u' ').contains(QStringLiteral("Typo")) &&
                 shown.join(u' ').contains(QStringLiteral("Later")),
             qPrintable(shown.join(u'|')));
}

void TstT4ACommand::yearNotOverNeedsForce() {
    const QString year = QString::number(QDate::currentDate().year());
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("out"));
    const Run refused = t4a({QStringLiteral("--year"), year, QStringLiteral("--out"), out});
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(QStringLiteral("is not over")) &&
                 refused.err.contains(QStringLiteral("--force")),
             qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(out));
    const Run forced =
        t4a({QStringLiteral("--year"), year, QStringLiteral("--out"), out, QStringLiteral("--force")});
    QVERIFY2(forced.code == 0, qPrintable(forced.out + forced.err));
    QVERIFY(forced.err.contains(QStringLiteral("is not over")));
    QVERIFY2(forced.out.contains(QStringLiteral("no T4A slip to file")), qPrintable(forced.out));
}

void TstT4ACommand::cancelledSlipGoesInAReturnOfItsOwn() {
    // File the clean slip's original return, then cancel it: the next run files the cancellation
    // alone, as an amended return.
    const qint64 slip = slipOf(m_clean);
    QVERIFY(m_db.exec(
        QStringLiteral("SELECT desk.record_t4a_filing(2025, 'ORIG0001', ARRAY[?]::bigint[], NULL)"), {slip}));
    const int version =
        m_db.scalar(QStringLiteral("SELECT version FROM desk.t4a_slips WHERE id = ?"), {slip}).toInt();
    const qint64 cancel =
        m_db.scalar(QStringLiteral("SELECT desk.amend_t4a_slip(?, ?, true, NULL, 'paid to the wrong payee')"),
                    {slip, version})
            .toLongLong();
    QVERIFY(cancel > 0);
    QVERIFY(m_db.exec(QStringLiteral("SELECT desk.finalize_t4a_slips(2025, ARRAY[?]::bigint[])"), {cancel}));
    QTemporaryDir dir;
    const Run r =
        t4a({QStringLiteral("--year"), QStringLiteral("2025"), QStringLiteral("--out"), dir.path()});
    QCOMPARE(r.code, 1); // the draft and the bad SIN are still left out
    const QStringList files = xmlFiles(dir.path());
    QCOMPARE(files.size(), 1);
    QFile f(files.first());
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray xml = f.readAll();
    QCOMPARE(xml.count("<T4ASlip>"), 1);
    const QByteArray slipPart = xml.left(xml.indexOf("<T4ASummary>"));
    const QByteArray summary = xml.mid(xml.indexOf("<T4ASummary>"));
    QCOMPARE(element(slipPart, QStringLiteral("rpt_tcd")), QStringLiteral("C"));
    QVERIFY(!xml.contains("<rpt_tcd>O</rpt_tcd>"));
    QCOMPARE(element(summary, QStringLiteral("rpt_tcd")), QStringLiteral("A"));
    QCOMPARE(element(summary, QStringLiteral("slp_cnt")), QStringLiteral("1"));
    QCOMPARE(element(summary, QStringLiteral("rpt_tot_fee_srvc_amt")), QStringLiteral("1200.00"));
    QVERIFY(CraSchemaValidator::validateSubmission(xml).ok);
}

QTEST_MAIN(TstT4ACommand)
#include "tst_t4acommand.moc"
