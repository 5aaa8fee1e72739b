// Monthly statements read back with Poppler: the totals printed equal the ledger's (a real
// PostgreSQL ledger posted by desk.record_session_earnings), French for a Quebec payee, page breaks with the
// table header repeated for a long month, fonts embedded, the batch writes one PDF per payee and a
// combined one, and cancels. Each event says where its numbers come from (the fee rule, the
// agreement, the monthly charge), in the payee's language. Quebec payees: QST (9.975 %) beside GST
// on each platform fee, TPS and TVQ lines with the platform's registration numbers, French only.

#include "app/earnings/statementsbatch.h"
#include "models/earnings/earningsrepository.h"
#include "tests/support/postings.h"
#include "tests/support/testdatabase.h"
#include "views/paper/statementrenderer.h"

#include <poppler-qt6.h>

#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace adesk;

class TstStatements : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void totalsEqualTheLedger();
    void frenchForAQuebecPayee();
    void pageBreaksForALongMonth();
    void batchWritesOnePdfPerPayeeAndACombinedOne();
    void batchCancels();
    void eachEventSaysWhereItsNumbersComeFrom();
    void quebecFeesBearGstAndQst();
    void ontarioFeesBearHstOnly();
    void quebecStatementShowsTpsAndTvq();
    void frenchStatementHasNoEnglishWords();
    void englishQuebecStatementSaysGstAndQst();
    void reversalCopiesQst();
    void taxTablesAreReadOnly();

private:
    static QString allText(const QByteArray &pdf, int *pages = nullptr, bool *embedded = nullptr) {
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
        if (!doc)
            return {};
        if (pages)
            *pages = doc->numPages();
        if (embedded) {
            const QList<Poppler::FontInfo> fonts = doc->fonts();
            *embedded = !fonts.isEmpty();
            for (const Poppler::FontInfo &f : fonts)
                *embedded = *embedded && f.isEmbedded();
        }
        QString text;
        for (int i = 0; i < doc->numPages(); ++i)
            text += doc->page(i)->text(QRectF()) + u'\n';
        return text;
    }
    StatementData load(Party party, qint64 id) {
        const auto r = EarningsRepository::loadStatements(m_fin, QDate(2025, 6, 1), Payee{party, id, {}});
        if (!r.ok() || r.value().isEmpty())
            return {};
        return r.value().first();
    }

    TestDatabase m_db;
    QSqlDatabase m_fin;
    qint64 m_on = 0, m_qc = 0, m_busy = 0;
};

void TstStatements::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_on = m_db.insertWorkshop(QStringLiteral("Danforth Test Garage"), QStringLiteral("ON"));
    m_qc =
        m_db.insertWorkshop(QStringLiteral("Garage Québec Test"), QStringLiteral("QC"), QStringLiteral("fr"));
    const qint64 mOn = m_db.insertPhysicalMechanic(QStringLiteral("Ontario Mechanic"), m_on,
                                                   QStringLiteral("workshop_affiliated"));
    const qint64 mQc = m_db.insertPhysicalMechanic(QStringLiteral("Mécanicienne Québec"), m_qc,
                                                   QStringLiteral("workshop_affiliated"));
    m_busy = m_db.insertMechanic(QStringLiteral("Busy Virtual Mechanic"));
    QVERIFY(
        mOn && mQc &&
        m_db.exec(QStringLiteral("UPDATE desk.mechanics SET preferred_language = 'fr' WHERE id = ?"), {mQc}));
    QVERIFY(m_db.exec(
        QStringLiteral(
            "INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, workshop_id, completed_at) "
            "SELECT 'workshop_visit', 9000 + g * 113, ?, ?, '2025-06-01 10:00 America/Toronto'::timestamptz "
            "+ g * interval '1 day' "
            "FROM generate_series(0, 11) g"),
        {mQc, m_qc}));
    QVERIFY(m_db.exec(
        QStringLiteral(
            "INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, workshop_id, completed_at) "
            "SELECT 'workshop_visit', 15000 + g * 7, ?, ?, '2025-05-20 10:00 America/Toronto'::timestamptz + "
            "g * interval '1 day' "
            "FROM generate_series(0, 20) g"),
        {mOn, m_on}));
    QVERIFY(m_db.exec(
        QStringLiteral("INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, completed_at) "
                       "SELECT 'chat', 2000 + g, ?, '2025-06-01 08:00 America/Toronto'::timestamptz + g * "
                       "interval '5 hours' "
                       "FROM generate_series(0, 99) g"),
        {m_busy}));
    const QString fin = m_db.roleName(QStringLiteral("fin"));
    QVERIFY(m_db.createLogin(fin, QStringLiteral("adesk_finance"), QStringLiteral("Fin")));
    m_fin = TestDatabase::openConnection(m_db.login(fin), QStringLiteral("fin"));
    QVERIFY(m_fin.isOpen());
    int rows = 0;
    const QString refused = testing::postAll(m_db, m_fin, &rows);
    QVERIFY2(refused.isEmpty(), qPrintable(refused));
    QCOMPARE(rows, (12 + 21 + 100) * 2);
    // May's payouts are paid: June opens with May's balance paid out.
    QVERIFY(TestDatabase::run(m_fin, QStringLiteral("SELECT desk.schedule_payouts('2025-05-01')")).ok);
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.payouts SET status = 'paid', reference = 'EFT-MAY', "
                                     "paid_at = '2025-06-05 12:00 America/Toronto'")));
}

void TstStatements::totalsEqualTheLedger() {
    const StatementData s = load(Party::Workshop, m_on);
    QCOMPARE(s.payeeName, QStringLiteral("Danforth Test Garage"));
    const qint64 net =
        m_db.scalar(QStringLiteral(
                        "SELECT sum(CASE WHEN party = 'platform' THEN -gst_hst_cents ELSE amount_cents END) "
                        "FROM desk.earnings_ledger WHERE workshop_id = ? AND period = '2025-06-01'"),
                    {m_on})
            .toLongLong();
    const qint64 fees =
        m_db.scalar(QStringLiteral("SELECT sum(amount_cents) FROM desk.earnings_ledger WHERE workshop_id = ? "
                                   "AND party = 'platform' AND period = '2025-06-01'"),
                    {m_on})
            .toLongLong();
    const qint64 mayNet =
        m_db.scalar(QStringLiteral(
                        "SELECT sum(CASE WHEN party = 'platform' THEN -gst_hst_cents ELSE amount_cents END) "
                        "FROM desk.earnings_ledger WHERE workshop_id = ? AND period = '2025-05-01'"),
                    {m_on})
            .toLongLong();
    QCOMPARE(s.monthTotals.net.cents(), net);
    QCOMPARE(s.monthTotals.platformFee.cents(), fees);
    QCOMPARE(s.monthTotals.paid.cents(), mayNet); // May's payout, paid on June 5
    QCOMPARE(s.openingBalance.cents(), mayNet);
    QCOMPARE(s.closingBalance.cents(), net);
    const QByteArray pdf = StatementRenderer::render(s);
    bool embedded = false;
    const QString text = allText(pdf, nullptr, &embedded);
    QVERIFY(embedded);
    const QLocale en(QLocale::English, QLocale::Canada);
    QVERIFY2(text.contains(Money::fromCents(net).toString(en)), qPrintable(text.left(2000)));
    QVERIFY(text.contains(Money::fromCents(fees).toString(en)));
    QVERIFY(text.contains(QStringLiteral("Monthly statement")));
    QVERIFY(text.contains(QStringLiteral("Year to date")));
    QVERIFY(text.contains(QStringLiteral("EFT-MAY")));
}

void TstStatements::frenchForAQuebecPayee() {
    const StatementData s = load(Party::Workshop, m_qc);
    QVERIFY(s.french());
    const QString text = allText(StatementRenderer::render(s));
    QVERIFY2(text.contains(QStringLiteral("Relevé mensuel")), qPrintable(text.left(1000)));
    QVERIFY(text.contains(QStringLiteral("Solde de clôture")));
    // A Quebec payee: TPS and TVQ, each with the platform's registration number (not "TPS/TVH").
    QVERIFY2(text.contains(QStringLiteral("TPS nº 794512368 RT0001")), qPrintable(text.left(1500)));
    QVERIFY(text.contains(QStringLiteral("TVQ nº 1234567890 TQ0001")));
    QVERIFY(!text.contains(QStringLiteral("TPS/TVH")));
    QVERIFY(text.contains(QStringLiteral("juin")));
    const QLocale fr(QLocale::French, QLocale::Canada);
    const QString net = Money::fromCents(s.monthTotals.net.cents()).toString(fr);
    QVERIFY(net.endsWith(QStringLiteral("$")));
    // Poppler may extract the narrow no-break group separator as a plain space.
    QString flat = text;
    flat.replace(QChar(0x202f), u' ').replace(QChar(0xa0), u' ');
    QString want = net;
    want.replace(QChar(0x202f), u' ').replace(QChar(0xa0), u' ');
    QVERIFY2(flat.contains(want), qPrintable(want));
    QVERIFY(!text.contains(QStringLiteral("Monthly statement")));
}

void TstStatements::pageBreaksForALongMonth() {
    const StatementData s = load(Party::Mechanic, m_busy);
    QCOMPARE(s.events.size(), 100);
    int pages = 0;
    const QByteArray pdf = StatementRenderer::render(s);
    if (const QString dump = qEnvironmentVariable("ADESK_STATEMENT_DUMP"); !dump.isEmpty()) { // to look at it
        QFile out(QDir(dump).filePath(QStringLiteral("long-month.pdf")));
        if (out.open(QIODevice::WriteOnly))
            out.write(pdf);
        QFile fr(QDir(dump).filePath(QStringLiteral("quebec.pdf")));
        if (fr.open(QIODevice::WriteOnly))
            fr.write(StatementRenderer::render(load(Party::Workshop, m_qc)));
    }
    const QString text = allText(pdf, &pages);
    QCOMPARE(pages, StatementRenderer::pageCount(s));
    QVERIFY(pages >= 3);
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Events (continued)")));
    QVERIFY(text.count(QStringLiteral("Rent/memb.")) >=
            pages - 1); // table header repeated on each page of events
    QVERIFY(text.contains(
        Money::fromCents(s.monthTotals.net.cents()).toString(QLocale(QLocale::English, QLocale::Canada))));
}

void TstStatements::batchWritesOnePdfPerPayeeAndACombinedOne() {
    const auto all = EarningsRepository::loadStatements(m_fin, QDate(2025, 6, 1));
    QVERIFY(all.ok());
    QCOMPARE(all.value().size(),
             3); // both workshops and the busy mechanic (workshop mechanics are paid by their workshop)
    QTemporaryDir dir;
    QFuture<StatementsBatch::Outcome> f = StatementsBatch::start(all.value(), dir.path(), 2);
    f.waitForFinished();
    const StatementsBatch::Outcome o = f.result();
    QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
    QCOMPARE(o.written, 3);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.pdf")}).size(), 4);
    QFile combined(o.combined);
    QVERIFY(combined.open(QIODevice::ReadOnly));
    int pages = 0;
    allText(combined.readAll(), &pages);
    int expected = 0;
    for (const StatementData &s : all.value())
        expected += StatementRenderer::pageCount(s);
    QCOMPARE(pages, expected);
}

void TstStatements::batchCancels() {
    const auto all = EarningsRepository::loadStatements(m_fin, QDate(2025, 6, 1));
    QList<StatementData> many;
    for (int i = 0; i < 150; ++i)
        for (StatementData s : all.value()) {
            s.payeeId += i * 1000;
            many << s;
        }
    QTemporaryDir dir;
    QFuture<StatementsBatch::Outcome> f = StatementsBatch::start(many, dir.path(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(f.progressValue() >= 2, 20000);
    f.cancel();
    f.waitForFinished();
    QVERIFY(f.resultCount() == 0 || f.result().cancelled);
    QVERIFY(QDir(dir.path()).entryList({QStringLiteral("*.pdf")}).size() < many.size());
}

void TstStatements::eachEventSaysWhereItsNumbersComeFrom() {
    auto flat = [](QString t) { return t.replace(QChar(0x202f), u' ').replace(QChar(0xa0), u' '); };
    // By fee rule: the workshop is charged the workshop session fee; its share is what remains.
    const StatementData on = load(Party::Workshop, m_on);
    QVERIFY(!on.events.isEmpty());
    for (const StatementData::Event &e : on.events) {
        QCOMPARE(e.feeSource.basis, SplitBasis::Rule);
        QCOMPARE(e.feeSource.ruleName, QStringLiteral("Workshop session platform fee"));
        QCOMPARE(e.shareSource.basis, SplitBasis::Rest);
    }
    const QString onText = flat(allText(StatementRenderer::render(on)));
    const QString ruleLine =
        QStringLiteral("Fee: rule “Workshop session platform fee” · Share: remainder of the gross");
    QCOMPARE(StatementRenderer::sourceText(on.events.first(), QStringLiteral("en")), ruleLine);
    QVERIFY2(onText.count(ruleLine) == on.events.size(), qPrintable(onText.left(3000)));
    // In the payee's language.
    const StatementData qc = load(Party::Workshop, m_qc);
    const QString qcText = flat(allText(StatementRenderer::render(qc)));
    QVERIFY2(qcText.contains(QStringLiteral(
                 "Frais : règle « Frais de plateforme des séances en atelier » · Part : reste du "
                 "montant brut")),
             qPrintable(qcText.left(3000)));
    // A virtual mechanic pays the virtual consultation fee.
    QVERIFY(allText(StatementRenderer::render(load(Party::Mechanic, m_busy)))
                .contains(QStringLiteral("Fee: rule “Virtual Consultation Fee”")));

    // By agreement: a revenue-share partner's job in July, and a member's monthly charge.
    const qint64 sharer =
        m_db.insertPhysicalMechanic(QStringLiteral("Sharing Partner"), 0, QStringLiteral("licensed_mobile"));
    const qint64 member =
        m_db.insertPhysicalMechanic(QStringLiteral("Member Partner"), 0, QStringLiteral("licensed_mobile"));
    const qint64 share = m_db.insertPartnership(m_on, sharer, QStringLiteral("revenue_share"), 1000);
    const qint64 membership = m_db.insertPartnership(m_on, member, QStringLiteral("membership"), 0);
    QVERIFY(sharer && member && share && membership);
    const qint64 job =
        m_db.scalar(QStringLiteral("INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, "
                                   "workshop_id, partnership_id, program_type, completed_at) VALUES "
                                   "('workshop_visit', 40000, ?, ?, ?, 'revenue_share', "
                                   "'2025-07-08 12:00 America/Toronto') RETURNING id"),
                    {sharer, m_on, share})
            .toLongLong();
    QVERIFY(m_db.exec(QStringLiteral("SELECT desk.record_session_earnings(?)"), {job}));
    QVERIFY(m_db.exec(QStringLiteral("SELECT count(*) FROM desk.run_partnership_charges('2025-07-01')")));
    auto agreementOf = [&](qint64 partnership) {
        return m_db
            .scalar(QStringLiteral("SELECT agreement_id FROM desk.partnerships WHERE id = ?"), {partnership})
            .toLongLong();
    };
    auto july = [&](Party party, qint64 id) {
        const auto r = EarningsRepository::loadStatements(m_fin, QDate(2025, 7, 1), Payee{party, id, {}});
        return r.ok() && !r.value().isEmpty() ? r.value().first() : StatementData{};
    };
    const StatementData partner = july(Party::Mechanic, sharer);
    QCOMPARE(partner.events.size(), 1);
    QCOMPARE(partner.events.first().feeSource.basis, SplitBasis::Agreement);
    QCOMPARE(partner.events.first().shareSource.agreementId, agreementOf(share));
    const QString both = QStringLiteral("Fee and share: Agreement #%1").arg(agreementOf(share));
    QVERIFY2(allText(StatementRenderer::render(partner)).contains(both), qPrintable(both));
    const StatementData charged = july(Party::Mechanic, member);
    QCOMPARE(charged.events.size(), 1);
    QCOMPARE(charged.events.first().shareSource.basis, SplitBasis::Charge);
    const QString charge =
        QStringLiteral("Charge: monthly charge, Agreement #%1").arg(agreementOf(membership));
    QVERIFY2(allText(StatementRenderer::render(charged)).contains(charge), qPrintable(charge));
    // The workshop's July: its share of the job by the agreement, the member's fee as a charge.
    const StatementData workshop = july(Party::Workshop, m_on);
    const QString workshopText = allText(StatementRenderer::render(workshop));
    QVERIFY(workshopText.contains(QStringLiteral("Share: Agreement #%1").arg(agreementOf(share))));
    QVERIFY(workshopText.contains(charge));
}

// QST's rounding, as GST/HST's (0011): half up on whole cents.
static qint64 qstOf(qint64 feeCents) {
    return (feeCents * 99750 + 500000) / 1000000;
}

void TstStatements::quebecFeesBearGstAndQst() {
    // Every platform fee charged to the Quebec workshop: GST 5 % and QST 9.975 %, each rounded half up.
    const TestDatabase::SqlResult r = m_db.run(
        QStringLiteral("SELECT amount_cents, gst_hst_bp, gst_hst_cents, qst_ppm, qst_cents, tax_province "
                       "FROM desk.earnings_ledger WHERE workshop_id = ? AND entry_type = 'platform_fee' "
                       "ORDER BY id"),
        {m_qc});
    QVERIFY(r.ok);
    QCOMPARE(r.rows.size(), 12);
    for (const QVariantList &row : r.rows) {
        const qint64 fee = row.at(0).toLongLong();
        QCOMPARE(row.at(1).toInt(), 500);
        QCOMPARE(row.at(2).toLongLong(), (fee * 5 + 50) / 100);
        QCOMPARE(row.at(3).toInt(), 99750);
        QCOMPARE(row.at(4).toLongLong(), qstOf(fee));
        QCOMPARE(row.at(5).toString(), QStringLiteral("QC"));
    }
    // The first session, $90.00: fee $18.00, GST $0.90, QST $1.7955 -> $1.80.
    QCOMPARE(r.rows.first().at(0).toLongLong(), 1800);
    QCOMPARE(r.rows.first().at(2).toLongLong(), 90);
    QCOMPARE(r.rows.first().at(4).toLongLong(), 180);
}

void TstStatements::ontarioFeesBearHstOnly() {
    const TestDatabase::SqlResult r = m_db.run(
        QStringLiteral("SELECT amount_cents, gst_hst_bp, gst_hst_cents, qst_ppm, qst_cents "
                       "FROM desk.earnings_ledger WHERE workshop_id = ? AND entry_type = 'platform_fee' "
                       "ORDER BY id"),
        {m_on});
    QVERIFY(r.ok);
    QCOMPARE(r.rows.size(), 21);
    for (const QVariantList &row : r.rows) {
        QCOMPARE(row.at(1).toInt(), 1300);
        QCOMPARE(row.at(2).toLongLong(), (row.at(0).toLongLong() * 13 + 50) / 100);
        QVERIFY(row.at(3).isNull());
        QCOMPARE(row.at(4).toLongLong(), 0);
    }
    // $150.00: fee $30.00, HST $3.90.
    QCOMPARE(r.rows.first().at(0).toLongLong(), 3000);
    QCOMPARE(r.rows.first().at(2).toLongLong(), 390);
    const StatementData s = load(Party::Workshop, m_on);
    QCOMPARE(s.monthTotals.qst.cents(), 0);
    const QString text = allText(StatementRenderer::render(s));
    QVERIFY2(text.contains(QStringLiteral("GST/HST No. 794512368 RT0001")), qPrintable(text.left(1500)));
    QVERIFY(!text.contains(QStringLiteral("QST")));
    QVERIFY(!text.contains(QStringLiteral("1234567890 TQ0001")));
}

void TstStatements::quebecStatementShowsTpsAndTvq() {
    const StatementData s = load(Party::Workshop, m_qc);
    QVERIFY(s.quebec() && s.french());
    QCOMPARE(s.gstHstRegistration, QStringLiteral("794512368 RT0001"));
    QCOMPARE(s.qstRegistration, QStringLiteral("1234567890 TQ0001"));
    const qint64 qst = m_db.scalar(QStringLiteral("SELECT sum(qst_cents) FROM desk.earnings_ledger "
                                                  "WHERE workshop_id = ? AND period = '2025-06-01'"),
                                   {m_qc})
                           .toLongLong();
    const qint64 gst = m_db.scalar(QStringLiteral("SELECT sum(gst_hst_cents) FROM desk.earnings_ledger "
                                                  "WHERE workshop_id = ? AND period = '2025-06-01'"),
                                   {m_qc})
                           .toLongLong();
    const qint64 net =
        m_db.scalar(QStringLiteral("SELECT sum(CASE WHEN party = 'platform' THEN -gst_hst_cents - qst_cents "
                                   "ELSE amount_cents END) FROM desk.earnings_ledger WHERE workshop_id = ? "
                                   "AND period = '2025-06-01'"),
                    {m_qc})
            .toLongLong();
    QVERIFY(qst > 0 && gst > 0);
    QCOMPARE(s.monthTotals.qst.cents(), qst);
    QCOMPARE(s.monthTotals.gstHst.cents(), gst);
    QCOMPARE(s.monthTotals.net.cents(), net); // net = share + charges - GST - QST
    QCOMPARE(s.yearToDate.qst.cents(), qst);
    const QByteArray pdf = StatementRenderer::render(s);
    if (const QString dump = qEnvironmentVariable("ADESK_STATEMENT_DUMP"); !dump.isEmpty()) { // to look at it
        QFile out(QDir(dump).filePath(QStringLiteral("quebec-fr.pdf")));
        if (out.open(QIODevice::WriteOnly))
            out.write(pdf);
    }
    QString text = allText(pdf);
    text = text.replace(QChar(0x202f), u' ').replace(QChar(0xa0), u' ').simplified();
    const QLocale fr(QLocale::French, QLocale::Canada);
    auto amount = [&](qint64 cents) {
        return Money::fromCents(cents).toString(fr).replace(QChar(0x202f), u' ').replace(QChar(0xa0), u' ');
    };
    // Each tax line: its name, the platform's registration number, the month's amount.
    QVERIFY2(text.contains(QStringLiteral("TPS nº 794512368 RT0001 ") + amount(gst)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("TVQ nº 1234567890 TQ0001 ") + amount(qst)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("TPS+TVQ")));
    QVERIFY(text.contains(QStringLiteral("La TPS et la TVQ")));
}

void TstStatements::frenchStatementHasNoEnglishWords() {
    // Words only English uses (case-sensitive, whole words): none may appear in a French statement,
    // neither in a Quebec one (TPS/TVQ) nor in another province's (TPS/TVH).
    const char *const english[] = {
        "GST",      "HST",      "QST",      "Platform fee", "Session",   "Gross",        "Share",
        "Payout",   "Payouts",  "Balance",  "Monthly",      "Statement", "Period",       "Payee",
        "Workshop", "Mechanic", "Fee",      "rule",         "of the",    "Year to date", "Scheduled",
        "Paid",     "Amounts",  "Account",  "Events",       "Rental",    "Charge",       "remainder",
        "No.",      "Custom",   "platform", "session",      "Virtual",   "Consultation"};
    StatementData other = load(Party::Workshop, m_on);
    other.language = QStringLiteral("fr"); // an Ontario payee who reads French
    for (const StatementData &s : {load(Party::Workshop, m_qc), other}) {
        QVERIFY(s.french() && !s.events.isEmpty());
        const QString text = allText(StatementRenderer::render(s));
        QVERIFY(text.contains(QStringLiteral("Relevé mensuel")));
        QVERIFY(text.contains(s.quebec() ? QStringLiteral("TVQ")
                                         : QStringLiteral("TPS/TVH nº 794512368 RT0001")));
        for (const char *word : english) {
            const QString w = QString::fromLatin1(word);
            const QRegularExpression re(
                QStringLiteral("(^|[^\\p{L}])%1($|[^\\p{L}])").arg(QRegularExpression::escape(w)));
            const QRegularExpressionMatch m = re.match(text);
            QVERIFY2(!m.hasMatch(),
                     qPrintable(QStringLiteral("\"%1\" in: %2")
                                    .arg(w, text.mid(qMax<qsizetype>(0, m.capturedStart() - 80), 160))));
        }
    }
}

void TstStatements::englishQuebecStatementSaysGstAndQst() {
    StatementData s = load(Party::Workshop, m_qc);
    s.language = QStringLiteral("en");
    const QString text = allText(StatementRenderer::render(s));
    QVERIFY2(text.contains(QStringLiteral("GST No. 794512368 RT0001")), qPrintable(text.left(1500)));
    QVERIFY(text.contains(QStringLiteral("QST No. 1234567890 TQ0001")));
    QVERIFY(!text.contains(QStringLiteral("GST/HST")));
}

void TstStatements::reversalCopiesQst() {
    const qint64 session =
        m_db.scalar(QStringLiteral("SELECT min(event_id) FROM desk.earnings_ledger WHERE workshop_id = ? "
                                   "AND event_type = 'session'"),
                    {m_qc})
            .toLongLong();
    QVERIFY(TestDatabase::run(
                m_fin, QStringLiteral("SELECT desk.reverse_ledger_event('session', ?, 'refund')"), {session})
                .ok);
    const TestDatabase::SqlResult r = m_db.run(
        QStringLiteral("SELECT o.qst_cents, r.qst_cents, r.qst_ppm FROM desk.earnings_ledger r "
                       "JOIN desk.earnings_ledger o ON o.id = r.reverses_id "
                       "WHERE r.event_type = 'session' AND r.event_id = ? AND o.entry_type = 'platform_fee'"),
        {session});
    QVERIFY(r.ok);
    QCOMPARE(r.rows.size(), 1);
    QVERIFY(r.rows.first().at(0).toLongLong() > 0);
    QCOMPARE(r.rows.first().at(1).toLongLong(), -r.rows.first().at(0).toLongLong());
    QCOMPARE(r.rows.first().at(2).toInt(), 99750);
}

void TstStatements::taxTablesAreReadOnly() {
    // Reference data: every app role reads it (RLS forced, a read policy), none writes it.
    for (const char *table : {"qst_rates", "sales_tax_registrations"}) {
        const QString t = QString::fromLatin1(table);
        const TestDatabase::SqlResult read =
            TestDatabase::run(m_fin, QStringLiteral("SELECT count(*) FROM desk.%1").arg(t));
        QVERIFY(read.ok);
        QVERIFY(read.scalar().toInt() >= 1);
        QCOMPARE(TestDatabase::run(m_fin, QStringLiteral("DELETE FROM desk.%1").arg(t)).sqlState(),
                 QStringLiteral("42501"));
    }
    QCOMPARE(m_db.scalar(QStringLiteral(
                             "SELECT bool_and(c.relrowsecurity AND c.relforcerowsecurity) FROM pg_class c "
                             "WHERE c.oid IN ('desk.qst_rates'::regclass, "
                             "'desk.sales_tax_registrations'::regclass)"))
                 .toBool(),
             true);
}

QTEST_MAIN(TstStatements)
#include "tst_statements.moc"
