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
#include "views/earnings/earningspane.h"
#include "views/paper/statementrenderer.h"

#include <poppler-qt6.h>

#include <QApplication>
#include <QGraphicsView>
#include <QPrintPreviewWidget>
#include <QPrinter>
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
    void moneyColumnsAddUp();
    void amountsNeverRunTogether_data();
    void amountsNeverRunTogether();
    void eventsSayWhatTheyWere();
    void mechanicStatementHasTheirAddress();
    void failedPayoutShowsReferenceAndReason();
    void decemberReconcilesWithT4aBox048();
    void frenchDecemberStatementHasNoEnglishWords();
    void previewDrawsWhatThePdfHolds();
    void previewWidgetShowsThePdfPage();
    void cairoPdfLooksLikeQtPdf();
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

    /// One line of a page as Poppler reads it: words closer than a space apart merged into cells.
    struct Cell {
        QRectF box;
        QString text;
    };
    static QList<QList<Cell>> lines(Poppler::Page *page) {
        QList<Cell> words;
        for (const std::unique_ptr<Poppler::TextBox> &b : page->textList())
            words << Cell{b->boundingBox(), b->text()};
        std::sort(words.begin(), words.end(), [](const Cell &a, const Cell &b) {
            if (qAbs(a.box.top() - b.box.top()) > 2)
                return a.box.top() < b.box.top();
            return a.box.left() < b.box.left();
        });
        QList<QList<Cell>> out;
        for (const Cell &w : words) {
            if (out.isEmpty() || qAbs(out.last().first().box.top() - w.box.top()) > 2)
                out.append(QList<Cell>{});
            QList<Cell> &line = out.last();
            if (!line.isEmpty() && w.box.left() - line.last().box.right() < 3.5) {
                line.last().box = line.last().box.united(w.box);
                line.last().text += u' ' + w.text;
            } else {
                line << w;
            }
        }
        return out;
    }
    static bool isMoney(const QString &t) { return t.contains(u'$'); }
    static qint64 centsOf(QString t) {
        t = t.trimmed();
        const bool negative = t.startsWith(u'-') || t.startsWith(QChar(0x2212));
        t.remove(QRegularExpression(QStringLiteral("[^0-9]")));
        return (negative ? -1 : 1) * t.toLongLong();
    }
    /// Reads the events table of a statement PDF back: the sums of each money column's lines and
    /// the "Total of the month" line, by column (the header's six money titles give the columns'
    /// right edges). Also the smallest gap between two cells of the totals line.
    struct Table {
        qint64 sums[6] = {};
        qint64 totals[6] = {};
        int lines = 0;
        bool totalFound = false;
        qreal smallestTotalsGap = 1e9;
        QString problem;
    };
    static Table readTable(const QByteArray &pdf) {
        Table t;
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
        if (!doc) {
            t.problem = QStringLiteral("not a PDF");
            return t;
        }
        const QRegularExpression date(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        qreal edges[6] = {};
        bool inTable = false;
        auto column = [&](const Cell &c) {
            for (int i = 0; i < 6; ++i)
                if (qAbs(c.box.right() - edges[i]) < 1.5)
                    return i;
            return -1;
        };
        for (int p = 0; p < doc->numPages(); ++p) {
            std::unique_ptr<Poppler::Page> page = doc->page(p);
            for (const QList<Cell> &line : lines(page.get())) {
                const QString first = line.first().text;
                if ((first == u"Date") && line.size() >= 8) {
                    for (int i = 0; i < 6; ++i)
                        edges[i] = line[line.size() - 6 + i].box.right();
                    inTable = true;
                } else if (inTable && date.match(first).hasMatch()) {
                    ++t.lines;
                    for (const Cell &c : line) {
                        if (!isMoney(c.text))
                            continue;
                        const int col = column(c);
                        if (col < 0)
                            t.problem += QStringLiteral("cell %1 in no column; ").arg(c.text);
                        else
                            t.sums[col] += centsOf(c.text);
                    }
                } else if (inTable && (first.startsWith(QStringLiteral("Total of the month")) ||
                                       first.startsWith(QStringLiteral("Total du mois")))) {
                    t.totalFound = true;
                    inTable = false;
                    for (int i = 0; i < line.size(); ++i) {
                        if (i > 0)
                            t.smallestTotalsGap =
                                qMin(t.smallestTotalsGap, line[i].box.left() - line[i - 1].box.right());
                        if (!isMoney(line[i].text))
                            continue;
                        const int col = column(line[i]);
                        if (col < 0)
                            t.problem += QStringLiteral("total %1 in no column; ").arg(line[i].text);
                        else
                            t.totals[col] += centsOf(line[i].text);
                    }
                }
            }
        }
        return t;
    }
    static QString compareTable(const Table &t) {
        if (!t.problem.isEmpty())
            return t.problem;
        if (!t.totalFound)
            return QStringLiteral("no totals line");
        QStringList diffs;
        for (int i = 0; i < 6; ++i)
            if (t.sums[i] != t.totals[i])
                diffs
                    << QStringLiteral("column %1: lines %2, total %3").arg(i).arg(t.sums[i]).arg(t.totals[i]);
        return diffs.join(QStringLiteral("; "));
    }
    /// The month the ledger posts to now (events and payouts made by the tests today).
    QDate currentPeriod() { return m_db.scalar(QStringLiteral("SELECT desk.ledger_period(now())")).toDate(); }
    StatementData loadOne(Party party, qint64 id, QDate month) {
        const auto r = EarningsRepository::loadStatements(m_fin, month, Payee{party, id, {}});
        return r.ok() && !r.value().isEmpty() ? r.value().first() : StatementData{};
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

void TstStatements::moneyColumnsAddUp() {
    // A same-month reversal (its lines and the original's), a charge month (July) and the June
    // statements: every money column of the events table adds up to its total, read back from the PDF.
    const QDate now = currentPeriod();
    const qint64 garage = m_db.insertWorkshop(QStringLiteral("Reversal Test Garage"), QStringLiteral("ON"));
    const qint64 fixer = m_db.insertPhysicalMechanic(QStringLiteral("Reversal Test Mechanic"), garage,
                                                     QStringLiteral("workshop_affiliated"));
    QVERIFY(garage && fixer);
    const qint64 job =
        m_db.scalar(QStringLiteral("INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, "
                                   "workshop_id, completed_at) VALUES ('workshop_visit', 12345, ?, ?, "
                                   "now() - interval '1 minute') RETURNING id"),
                    {fixer, garage})
            .toLongLong();
    QVERIFY(job > 0);
    QVERIFY(testing::postAll(m_db, m_fin).isEmpty());
    ADESK_VERIFY_SQL(TestDatabase::run(
        m_fin, QStringLiteral("SELECT desk.reverse_ledger_event('session', ?, 'refunded')"), {job}));
    QList<StatementData> all;
    for (const QDate month : {QDate(2025, 6, 1), QDate(2025, 7, 1), now}) {
        const auto r = EarningsRepository::loadStatements(m_fin, month);
        QVERIFY(r.ok());
        all << r.value();
    }
    const StatementData reversed = loadOne(Party::Workshop, garage, now);
    int reversals = 0;
    for (const StatementData::Event &e : reversed.events)
        reversals += e.reversal && e.eventId == job;
    QCOMPARE(reversals, 1);
    int checked = 0, withCharges = 0;
    for (const StatementData &s : all) {
        const Table t = readTable(StatementRenderer::render(s));
        const QString problem = compareTable(t);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(s.payeeName + u' ' + s.month.toString() + QStringLiteral(": ") + problem));
        QCOMPARE(t.lines, qMax<int>(s.events.size(), 0));
        QCOMPARE(t.totals[0], s.monthTotals.gross.cents());
        QCOMPARE(t.totals[5], s.monthTotals.net.cents());
        withCharges += s.monthTotals.charges.cents() != 0;
        ++checked;
    }
    QVERIFY(checked >= 6);
    QVERIFY(withCharges >= 1);
}

void TstStatements::amountsNeverRunTogether_data() {
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("cents");
    for (const char *lang : {"en", "fr"})
        for (const qint64 cents :
             {qint64(7), qint64(4292), qint64(199000), qint64(123456789), qint64(9876543210)})
            QTest::addRow("%s %lld", lang, static_cast<long long>(cents))
                << QString::fromLatin1(lang) << cents;
}

void TstStatements::amountsNeverRunTogether() {
    QFETCH(QString, language);
    QFETCH(qint64, cents);
    // Every column at the same width, the totals wider still: cells keep a gap between them.
    StatementData s;
    s.payeeName = QStringLiteral("Wide Amounts Garage");
    s.language = language;
    s.month = QDate(2025, 6, 1);
    for (int i = 0; i < 3; ++i) {
        StatementData::Event e;
        e.date = QDate(2025, 6, 2 + i);
        e.eventId = 100 + i;
        e.gross = Money::fromCents(cents);
        e.platformFee = Money::fromCents(cents);
        e.gstHst = Money::fromCents(cents);
        e.share = Money::fromCents(cents);
        e.charges = Money::fromCents(-cents);
        s.events << e;
        s.monthTotals.gross += e.gross;
        s.monthTotals.platformFee += e.platformFee;
        s.monthTotals.gstHst += e.gstHst;
        s.monthTotals.share += e.share;
        s.monthTotals.charges += e.charges;
        s.monthTotals.net += e.net();
    }
    const Table t = readTable(StatementRenderer::render(s));
    QVERIFY2(compareTable(t).isEmpty(), qPrintable(compareTable(t)));
    QVERIFY2(t.smallestTotalsGap >= 5, qPrintable(QString::number(t.smallestTotalsGap)));
}

void TstStatements::eventsSayWhatTheyWere() {
    // A workshop's statement names the mechanic and what the session was; the mechanic's names the workshop.
    const StatementData on = load(Party::Workshop, m_on);
    QVERIFY(!on.events.isEmpty());
    const StatementData::Event &e = on.events.first();
    QCOMPARE(e.kind, QStringLiteral("workshop_visit"));
    QCOMPARE(StatementRenderer::describe(e, Party::Workshop, QStringLiteral("en")),
             QStringLiteral("Workshop visit — Ontario Mechanic"));
    QCOMPARE(StatementRenderer::describe(e, Party::Mechanic, QStringLiteral("fr")),
             QStringLiteral("Visite à l'atelier — Danforth Test Garage"));
    const QString text = allText(StatementRenderer::render(on));
    QVERIFY2(text.contains(QStringLiteral("Workshop visit — Ontario Mechanic")), qPrintable(text.left(2000)));
    QVERIFY(text.contains(QStringLiteral("#%1").arg(e.eventId)));
    QVERIFY(allText(StatementRenderer::render(load(Party::Mechanic, m_busy)))
                .contains(QStringLiteral("Chat consultation")));
}

void TstStatements::mechanicStatementHasTheirAddress() {
    // The tax profile's address (the T4A's), printed as a workshop's is.
    QVERIFY(m_db.exec(
        QStringLiteral(
            "INSERT INTO desk.payee_tax_profiles (payee_party, mechanic_id, recipient_kind, surname, "
            "given_name, address_line1, address_line2, city, province, postal_code) VALUES "
            "('mechanic', ?, 'individual', 'Virtual', 'Busy', '77 Lakeshore Blvd', 'Unit 4', "
            "'Mississauga', 'ON', 'L5G 1E1')"),
        {m_busy}));
    const StatementData s = load(Party::Mechanic, m_busy);
    QCOMPARE(s.addressLine, QStringLiteral("77 Lakeshore Blvd, Unit 4"));
    QCOMPARE(s.city, QStringLiteral("Mississauga"));
    const QString text = allText(StatementRenderer::render(s));
    QVERIFY2(text.contains(QStringLiteral("77 Lakeshore Blvd, Unit 4")), qPrintable(text.left(800)));
    QVERIFY(text.contains(QStringLiteral("Mississauga ON L5G 1E1")));
}

void TstStatements::failedPayoutShowsReferenceAndReason() {
    const QDate now = currentPeriod();
    const qint64 mechanic = m_db.insertMechanic(QStringLiteral("Failed Payout Mechanic"));
    QVERIFY(mechanic);
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, "
                                     "completed_at) VALUES ('video', 8000, ?, now() - interval '2 minutes')"),
                      {mechanic}));
    QVERIFY(testing::postAll(m_db, m_fin).isEmpty());
    ADESK_VERIFY_SQL(
        TestDatabase::run(m_fin, QStringLiteral("SELECT desk.schedule_payouts(?::date)"), {now}));
    const qint64 payout =
        m_db.scalar(QStringLiteral("SELECT id FROM desk.payouts WHERE mechanic_id = ?"), {mechanic})
            .toLongLong();
    QVERIFY(payout > 0);
    ADESK_VERIFY_SQL(TestDatabase::run(
        m_fin,
        QStringLiteral("SELECT desk.mark_payout_failed(gen_random_uuid(), ?, 1, 'Bank account closed')"),
        {payout}));
    const StatementData s = loadOne(Party::Mechanic, mechanic, now);
    QCOMPARE(s.payouts.size(), 1);
    QCOMPARE(s.payouts.first().status, PayoutStatus::Failed);
    QCOMPARE(s.payouts.first().failureReason, QStringLiteral("Bank account closed"));
    const QString text = allText(StatementRenderer::render(s));
    QVERIFY2(text.contains(QStringLiteral("Payout #%1").arg(payout)), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Reason: Bank account closed")));
    QVERIFY(text.contains(QStringLiteral("Failed — will be paid again")));
}

void TstStatements::decemberReconcilesWithT4aBox048() {
    // A mechanic earns in November and December 2025: November is paid on December 5, December on
    // January 6. Box 048 for 2025 is November's; the December statement says so and explains the rest.
    const qint64 mechanic = m_db.insertMechanic(QStringLiteral("Year End Mechanic"));
    QVERIFY(mechanic);
    QVERIFY(
        m_db.exec(QStringLiteral("INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, "
                                 "completed_at) SELECT 'video', 30000 + g * 101, ?, "
                                 "'2025-11-03 10:00 America/Toronto'::timestamptz + g * interval '3 days' "
                                 "FROM generate_series(0, 19) g"),
                  {mechanic}));
    QVERIFY(testing::postAll(m_db, m_fin).isEmpty());
    auto payMonth = [&](const QString &period, const QString &paidAt) {
        const TestDatabase::SqlResult batch =
            TestDatabase::run(m_fin, QStringLiteral("SELECT desk.schedule_payouts(?::date)"), {period});
        if (!batch.ok)
            return false;
        const qint64 id = m_db.scalar(QStringLiteral("SELECT id FROM desk.payouts WHERE mechanic_id = ? AND "
                                                     "status = 'scheduled'"),
                                      {mechanic})
                              .toLongLong();
        const TestDatabase::SqlResult paid = TestDatabase::run(
            m_fin, QStringLiteral("SELECT desk.mark_payout_paid(gen_random_uuid(), ?, 1, 'EFT-' || ?)"),
            {id, id});
        return paid.ok &&
               m_db.exec(QStringLiteral("UPDATE desk.payouts SET paid_at = ?::timestamptz WHERE id = ?"),
                         {paidAt, id});
    };
    QVERIFY(payMonth(QStringLiteral("2025-11-01"), QStringLiteral("2025-12-05 12:00 America/Toronto")));
    QVERIFY(payMonth(QStringLiteral("2025-12-01"), QStringLiteral("2026-01-06 12:00 America/Toronto")));

    const StatementData s = loadOne(Party::Mechanic, mechanic, QDate(2025, 12, 1));
    QVERIFY(s.taxYear.loaded);
    const qint64 box048 =
        m_db.scalar(QStringLiteral("SELECT fees_cents FROM desk.t4a_year_payees(2025) WHERE "
                                   "payee_party = 'mechanic' AND payee_id = ?"),
                    {mechanic})
            .toLongLong();
    const qint64 payments =
        m_db.scalar(QStringLiteral(
                        "SELECT sum(amount_cents) FROM desk.t4a_payments WHERE payee_party = 'mechanic' "
                        "AND payee_id = ? AND paid_at >= desk.tax_year_start(2025) "
                        "AND paid_at < desk.tax_year_start(2026)"),
                    {mechanic})
            .toLongLong();
    const qint64 novemberShares =
        m_db.scalar(QStringLiteral("SELECT sum(amount_cents) FROM desk.earnings_ledger WHERE mechanic_id = ? "
                                   "AND party = 'mechanic' AND period = '2025-11-01'"),
                    {mechanic})
            .toLongLong();
    QVERIFY(box048 > 50000);
    QCOMPARE(payments, box048);
    QCOMPARE(s.taxYear.paid.cents(), box048);
    QCOMPARE(box048, novemberShares);
    QCOMPARE(s.taxYear.earned.cents(), s.yearToDate.share.cents());
    QVERIFY(s.taxYear.paidNextJanuary.cents() > 0);
    QCOMPARE(s.taxYear.earned.cents() - s.taxYear.paidNextJanuary.cents() - s.taxYear.failed.cents() -
                 s.taxYear.unpaid.cents() + s.taxYear.priorPaid.cents(),
             s.taxYear.paid.cents());
    const QLocale en(QLocale::English, QLocale::Canada);
    const QString text = allText(StatementRenderer::render(s));
    const QString sentence =
        QStringLiteral("Box 048 of your 2025 T4A slip will show %1: fees paid to you in 2025.")
            .arg(Money::fromCents(box048).toString(en));
    QVERIFY2(text.contains(sentence), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("Less: earned in 2025, paid in January 2026")));
    QVERIFY(text.contains(Money::fromCents(-s.taxYear.paidNextJanuary.cents()).toString(en)));
    int pages = 0;
    allText(StatementRenderer::render(s), &pages);
    QCOMPARE(pages, StatementRenderer::pageCount(s));
    // November's statement has no such block.
    QVERIFY(!loadOne(Party::Mechanic, mechanic, QDate(2025, 11, 1)).taxYear.loaded);
}

void TstStatements::frenchDecemberStatementHasNoEnglishWords() {
    // The Quebec workshop's June statement and a French December statement with a failed payout and
    // the T4A block. Data (names, rule names, the failure reason typed by finance, the platform's
    // letterhead) is taken out first; what is left must hold none of these English words.
    // With the QST work merged, the registration lines and the tax column are French too (TPS/TVH,
    // TPS/TVQ): GST, HST and QST are on the list.
    // Words both languages spell alike (Date, Page, dollars, Total, Plus, Net) are not English here.
    StatementData qc = load(Party::Workshop, m_qc);
    QVERIFY(qc.french());
    StatementData december = qc;
    december.month = QDate(2025, 12, 1);
    december.taxYear = {true,
                        Money::fromCents(120000),
                        Money::fromCents(90000),
                        Money::fromCents(20000),
                        Money::fromCents(5000),
                        Money::fromCents(8000),
                        Money::fromCents(3000),
                        true};
    december.payouts = {
        {QDate(2025, 12, 5), QString(), PayoutStatus::Failed, Money::fromCents(5000),
         QStringLiteral("Compte fermé"), 77},
        {QDate(2025, 12, 5), QStringLiteral("EFT-1"), PayoutStatus::Paid, Money::fromCents(90000), {}, 78}};
    for (StatementData::Event &e : december.events)
        e.reversal = true;
    const StatementPlatform platform;
    const QStringList english = {
        "GST",      "HST",        "QST",       "Monthly",   "statement", "Period",    "Payee",   "Workshop",
        "Mechanic", "Account",    "Opening",   "balance",   "Closing",   "earnings",  "Payouts", "Payout",
        "Events",   "Event",      "continued", "Gross",     "Platform",  "Fee",       "Share",   "Rent",
        "month",    "Reference",  "Status",    "Amount",    "Paid",      "Failed",    "will",    "paid",
        "again",    "Scheduled",  "Year",      "of",        "Session",   "Escalated", "repair",  "Bay",
        "rental",   "Membership", "Charge",    "Agreement", "rule",      "remainder", "monthly", "charge",
        "Reason",   "Your",       "slip",      "earned",    "Less",      "Fees",      "Box",     "show",
        "to",       "you",        "in",        "not",       "yet",       "January",   "visit",   "Reversal",
        "the",      "and",        "is",        "on",        "Amounts",   "Canadian",  "No",      "events",
        "payouts"};
    for (const StatementData &s : {qc, december}) {
        QString text = allText(StatementRenderer::render(s, platform));
        text.replace(QChar(0x202f), u' ').replace(QChar(0xa0), u' ');
        for (const QString &data : {s.payeeName, platform.name, platform.address, platform.gstHstNumber,
                                    platform.email, QStringLiteral("Mécanicienne Québec")})
            text.remove(data);
        text.remove(QRegularExpression(QStringLiteral("«[^»]*»"))); // rule names: data
        QStringList found;
        for (const QString &word : english)
            if (text.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(word))))
                found << word;
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral(", ")) + QStringLiteral("\n") + text));
        QVERIFY(text.contains(QStringLiteral("Événements")));
    }
    QVERIFY(allText(StatementRenderer::render(december, platform)).contains(QStringLiteral("case 048")));
}

void TstStatements::previewDrawsWhatThePdfHolds() {
    // The long month (three pages or more), painted as the print preview paints it (a 1200 dpi
    // printer, here printing to a PDF file) and as Qt's PDF writer writes it (QPdfWriter at 72 dpi):
    // same pages, same words at the same places, and the pages look the same. (The saved statements
    // are cairo's: cairoPdfLooksLikeQtPdf compares those with Qt's.)
    const StatementData s = load(Party::Mechanic, m_busy);
    const QByteArray saved = StatementRenderer::render(s, {}, StatementRenderer::Writer::Qt);
    QTemporaryDir dir;
    const QString printed = dir.filePath(QStringLiteral("preview.pdf"));
    {
        QPrinter printer(QPrinter::HighResolution);
        EarningsPane::setUpStatementPrinter(printer, QStringLiteral("preview"));
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(printed);
        QVERIFY(printer.resolution() > 300);
        EarningsPane::paintStatementPreview(&printer, s);
    }
    QFile file(printed);
    QVERIFY(file.open(QIODevice::ReadOnly));
    std::unique_ptr<Poppler::Document> a = Poppler::Document::loadFromData(saved);
    std::unique_ptr<Poppler::Document> b = Poppler::Document::loadFromData(file.readAll());
    QVERIFY(a && b);
    QVERIFY(a->numPages() >= 3);
    QCOMPARE(b->numPages(), a->numPages());
    for (int i = 0; i < a->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> pa = a->page(i), pb = b->page(i);
        QCOMPARE(pb->pageSizeF(), pa->pageSizeF());
        const auto wa = pa->textList(), wb = pb->textList();
        QCOMPARE(wb.size(), wa.size());
        for (size_t w = 0; w < wa.size(); ++w) {
            QCOMPARE(wb[w]->text(), wa[w]->text());
            const QRectF ra = wa[w]->boundingBox(), rb = wb[w]->boundingBox();
            QVERIFY2(qAbs(ra.left() - rb.left()) < 1.5 && qAbs(ra.top() - rb.top()) < 1.5 &&
                         qAbs(ra.height() - rb.height()) < 1.5 && qAbs(ra.width() - rb.width()) < 3,
                     qPrintable(QStringLiteral("page %1, %2: %3,%4 %5x%6 against %7,%8 %9x%10")
                                    .arg(i + 1)
                                    .arg(wa[w]->text())
                                    .arg(ra.left())
                                    .arg(ra.top())
                                    .arg(ra.width())
                                    .arg(ra.height())
                                    .arg(rb.left())
                                    .arg(rb.top())
                                    .arg(rb.width())
                                    .arg(rb.height())));
        }
        // The pages as images (50 dpi, grey): nearly every pixel the same.
        const QImage ia = pa->renderToImage(50, 50).convertToFormat(QImage::Format_Grayscale8);
        const QImage ib = pb->renderToImage(50, 50).convertToFormat(QImage::Format_Grayscale8);
        QCOMPARE(ib.size(), ia.size());
        qint64 differing = 0, inked = 0;
        for (int y = 0; y < ia.height(); ++y) {
            const uchar *la = ia.constScanLine(y), *lb = ib.constScanLine(y);
            for (int x = 0; x < ia.width(); ++x) {
                inked += la[x] < 200;
                differing += qAbs(int(la[x]) - int(lb[x])) > 64;
            }
        }
        QVERIFY(inked > 1000);
        QVERIFY2(differing * 50 < inked, qPrintable(QStringLiteral("page %1: %2 of %3 inked pixels differ")
                                                        .arg(i + 1)
                                                        .arg(differing)
                                                        .arg(inked)));
    }
}

void TstStatements::previewWidgetShowsThePdfPage() {
    // What the print preview dialog shows (QPrintPreviewWidget: the printer in preview mode records
    // each page into a picture and draws it scaled): the first page, grabbed from the screen, against
    // the saved PDF's first page rendered at the same size. Giant glyphs ink most of the page and
    // push the text's rows apart; the preview must ink about as much as the PDF, row by row.
    const StatementData s = load(Party::Mechanic, m_busy);
    const QByteArray saved = StatementRenderer::render(s);
    QPrinter printer(QPrinter::HighResolution);
    EarningsPane::setUpStatementPrinter(printer, QStringLiteral("preview"));
    QPrintPreviewWidget preview(&printer);
    connect(&preview, &QPrintPreviewWidget::paintRequested, &preview,
            [&s](QPrinter *p) { EarningsPane::paintStatementPreview(p, s); });
    preview.resize(900, 1300);
    preview.setViewMode(QPrintPreviewWidget::SinglePageView);
    preview.setZoomMode(QPrintPreviewWidget::CustomZoom);
    preview.setZoomFactor(1.0);
    preview.show();
    preview.updatePreview();
    QVERIFY(preview.pageCount() >= 3);
    auto *view = preview.findChild<QGraphicsView *>();
    QVERIFY(view);
    QCoreApplication::processEvents();
    const QImage shot = view->viewport()->grab().toImage().convertToFormat(QImage::Format_Grayscale8);
    if (qEnvironmentVariableIsSet("ADESK_KEEP_PREVIEW"))
        shot.save(QStringLiteral("/tmp/preview-shot.png"));
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(saved);
    QVERIFY(doc);
    // Zoom 1.0 shows a page at the screen's logical dpi.
    const qreal dpi = view->logicalDpiX();
    const QImage page = doc->page(0)->renderToImage(dpi, dpi).convertToFormat(QImage::Format_Grayscale8);
    if (qEnvironmentVariableIsSet("ADESK_KEEP_PREVIEW"))
        page.save(QStringLiteral("/tmp/preview-pdf.png"));
    // The page in the shot: the white rectangle (the view's background is grey).
    QRect white;
    for (int y = 0; y < shot.height(); ++y)
        for (int x = 0; x < shot.width(); ++x)
            if (shot.constScanLine(y)[x] == 255)
                white |= QRect(x, y, 1, 1);
    QVERIFY(!white.isEmpty());
    QVERIFY2(qAbs(white.width() - page.width()) <= 3,
             qPrintable(QStringLiteral("%1 against %2").arg(white.width()).arg(page.width())));
    // Ink per row band of 20 pixels, over what both show of the page.
    const int rows = qMin(white.height(), page.height());
    auto inkOf = [](const QImage &img, const QRect &r) {
        qint64 n = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x)
                n += img.constScanLine(y)[x] < 160;
        return n;
    };
    const qint64 inkShot = inkOf(shot, QRect(white.left(), white.top(), white.width(), rows));
    const qint64 inkPage = inkOf(page, QRect(0, 0, page.width(), rows));
    QVERIFY(inkPage > 1000);
    QVERIFY2(inkShot < inkPage * 3 / 2 && inkShot * 3 / 2 > inkPage,
             qPrintable(QStringLiteral("preview inks %1 pixels, the PDF %2").arg(inkShot).arg(inkPage)));
    // Text rows at the same heights: the rows with ink in one have ink in the other.
    int mismatched = 0, inkedRows = 0;
    for (int y = 0; y < rows; ++y) {
        const bool a = inkOf(shot, QRect(white.left(), white.top() + y, white.width(), 1)) > 0;
        const bool b = inkOf(page, QRect(0, y, page.width(), 1)) > 0;
        inkedRows += b;
        mismatched += a != b;
    }
    QVERIFY2(mismatched * 10 < inkedRows,
             qPrintable(QStringLiteral("%1 of %2 inked rows differ").arg(mismatched).arg(inkedRows)));
}

void TstStatements::cairoPdfLooksLikeQtPdf() {
    // Issue 19: the statements are written by cairo (CairoPdfDocument), the print preview by Qt's
    // PDF engine, from one layout. The long month (English, four pages), a French Quebec workshop
    // and an Ontario workshop through both writers: the same pages, the same words in the same
    // order, every word's edges within 1 pt of Qt's as Poppler reads them, the fonts embedded, and
    // the pages rasterized by Poppler (100 dpi, anti-aliased, grey) the same but for the
    // anti-aliasing of glyph edges: fewer than 15 % of the inked pixels differ by more than 64 grey
    // levels (a glyph moved by a tenth of a point changes the grey of its edges' pixels). Why not exactly: Qt
    // places each glyph at its laid-out position (advances rounded to 1/64 pt); cairo writes runs of glyphs
    // that advance by the font's /Widths (whole thousandths of an em) and corrects the position only once it
    // is 3/1000 em off, so glyphs drift a little along a long line. Measured: words within 0.32 pt on the
    // pages of events, 0.64 pt at the end of the 7 pt note's long lines; 0.7-3.2 % of the inked pixels beyond
    // 64 levels in English, 10.2 % on the French page (its amounts' narrow no-break spaces are in a second
    // font subset, and each switch of subset within a line repositions the run). Glyph advances 2 % off move
    // words by more than 1 pt and fail this test.
    const QList<StatementData> statements = {load(Party::Mechanic, m_busy), load(Party::Workshop, m_qc),
                                             load(Party::Workshop, m_on)};
    QVERIFY(statements[1].french());
    for (const StatementData &s : statements) {
        const QByteArray qtPdf = StatementRenderer::render(s, {}, StatementRenderer::Writer::Qt);
        const QByteArray cairoPdf = StatementRenderer::render(s, {}, StatementRenderer::Writer::Cairo);
        if (const QString dump = qEnvironmentVariable("ADESK_STATEMENT_DUMP"); !dump.isEmpty()) {
            for (const auto &[name, bytes] :
                 {std::pair{QStringLiteral("qt"), qtPdf}, {QStringLiteral("cairo"), cairoPdf}}) {
                QFile out(QDir(dump).filePath(QStringLiteral("%1-%2.pdf").arg(s.payeeId).arg(name)));
                if (out.open(QIODevice::WriteOnly))
                    out.write(bytes);
            }
        }
        std::unique_ptr<Poppler::Document> a = Poppler::Document::loadFromData(qtPdf);
        std::unique_ptr<Poppler::Document> b = Poppler::Document::loadFromData(cairoPdf);
        QVERIFY(a && b);
        QCOMPARE(b->numPages(), a->numPages());
        QCOMPARE(b->numPages(), StatementRenderer::pageCount(s));
        // Fonts: DejaVu Sans and its bold, embedded (a subset each).
        const QList<Poppler::FontInfo> fonts = b->fonts();
        QStringList names;
        for (const Poppler::FontInfo &f : fonts) {
            QVERIFY2(f.isEmbedded() && f.isSubset(), qPrintable(f.name()));
            names << f.name().section(u'+', 1);
        }
        // A French statement has characters outside WinAnsi (the narrow no-break space of its amounts):
        // cairo embeds a second subset of each font for them.
        names.sort();
        names.removeDuplicates();
        QCOMPARE(names, (QStringList{QStringLiteral("DejaVuSans"), QStringLiteral("DejaVuSans-Bold")}));
        for (Poppler::Document *doc : {a.get(), b.get()}) {
            doc->setRenderHint(Poppler::Document::Antialiasing);
            doc->setRenderHint(Poppler::Document::TextAntialiasing);
        }
        for (int i = 0; i < a->numPages(); ++i) {
            const QString where = QStringLiteral("%1, page %2").arg(s.payeeName).arg(i + 1);
            std::unique_ptr<Poppler::Page> pa = a->page(i), pb = b->page(i);
            QCOMPARE(pb->pageSizeF(), pa->pageSizeF());
            // The text in reading order (the spaces Poppler infers from the gaps may differ by one).
            QCOMPARE(pb->text(QRectF()).simplified(), pa->text(QRectF()).simplified());
            const auto wa = pa->textList(), wb = pb->textList();
            QCOMPARE(wb.size(), wa.size());
            qreal furthest = 0;
            for (size_t w = 0; w < wa.size(); ++w) {
                QCOMPARE(wb[w]->text(), wa[w]->text());
                const QRectF ra = wa[w]->boundingBox(), rb = wb[w]->boundingBox();
                furthest = std::max({furthest, qAbs(ra.left() - rb.left()), qAbs(ra.right() - rb.right()),
                                     qAbs(ra.top() - rb.top()), qAbs(ra.bottom() - rb.bottom())});
                QVERIFY2(qAbs(ra.left() - rb.left()) < 1.0 && qAbs(ra.right() - rb.right()) < 1.0 &&
                             qAbs(ra.top() - rb.top()) < 1.0 && qAbs(ra.bottom() - rb.bottom()) < 1.0,
                         qPrintable(QStringLiteral("%1, %2: %3,%4 %5x%6 against %7,%8 %9x%10")
                                        .arg(where, wa[w]->text())
                                        .arg(ra.left())
                                        .arg(ra.top())
                                        .arg(ra.width())
                                        .arg(ra.height())
                                        .arg(rb.left())
                                        .arg(rb.top())
                                        .arg(rb.width())
                                        .arg(rb.height())));
            }
            const QImage ia = pa->renderToImage(100, 100).convertToFormat(QImage::Format_Grayscale8);
            const QImage ib = pb->renderToImage(100, 100).convertToFormat(QImage::Format_Grayscale8);
            QCOMPARE(ib.size(), ia.size());
            qint64 differing = 0, inked = 0;
            int largest = 0;
            for (int y = 0; y < ia.height(); ++y) {
                const uchar *la = ia.constScanLine(y), *lb = ib.constScanLine(y);
                for (int x = 0; x < ia.width(); ++x) {
                    const int d = qAbs(int(la[x]) - int(lb[x]));
                    inked += la[x] < 200;
                    differing += d > 64;
                    largest = qMax(largest, d);
                }
            }
            qInfo("%s: words' edges within %.3f pt; %lld of %lld inked pixels differ by more than 64 grey "
                  "levels (at most %d)",
                  qPrintable(where), furthest, differing, inked, largest);
            QVERIFY(inked > 1000);
            QVERIFY2(
                differing * 100 < inked * 15,
                qPrintable(
                    QStringLiteral("%1: %2 of %3 inked pixels differ").arg(where).arg(differing).arg(inked)));
        }
    }
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
        QString text = allText(StatementRenderer::render(s));
        // The names of the payee and of the other party to each event are data, not program text.
        text.remove(s.payeeName);
        for (const StatementData::Event &e : s.events)
            text.remove(e.mechanicName).remove(e.workshopName);
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
