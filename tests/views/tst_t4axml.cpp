// The T4A XML return and paper: the generated submission validates against the CRA schema's Return
// part (libxml2, schema embedded in the app); planted bad data fails with the right slip named;
// amended and cancelled report types; slp_cnt and totals match the slips; slip PDFs (English and
// French) and the summary read back with Poppler; the batch writes nothing when validation fails;
// the T4A model under QAbstractItemModelTester; the pane offscreen.

#include "app/tax/t4abatch.h"
#include "models/tax/craschemavalidator.h"
#include "models/tax/t4amodel.h"
#include "models/tax/t4arules.h"
#include "models/tax/t4axmlwriter.h"
#include "views/paper/t4arenderer.h"
#include "views/tax/t4apane.h"
#include "views/tax/taxprofileeditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <poppler-qt6.h>

using namespace adesk;

namespace {

T4APayer payer() {
    T4APayer p;
    p.nameLine1 = QStringLiteral("The Auto Doctor Inc.");
    p.addressLine1 = QStringLiteral("100 King St W");
    p.city = QStringLiteral("Toronto");
    p.province = QStringLiteral("ON");
    p.postalCode = QStringLiteral("M5X 1C9");
    p.payerAccount = QStringLiteral("794512368RP0001");
    p.contactName = QStringLiteral("Finance Desk");
    p.contactAreaCode = QStringLiteral("416");
    p.contactPhone = QStringLiteral("555-0142");
    p.contactEmail = QStringLiteral("payouts@theautodoctor.ca");
    p.transmitterKind = QStringLiteral("bn15");
    p.transmitterNumber = QStringLiteral("794512368RP0001");
    return p;
}

T4ASlipData mechanic(qint64 id, const QString &surname, const QString &given, qint64 cents,
                     bool french = false) {
    T4ASlipData s;
    s.slipId = 1000 + id;
    s.payeeParty = Party::Mechanic;
    s.payeeId = id;
    s.payeeName = given + u' ' + surname;
    s.recipientKind = RecipientKind::Individual;
    s.surname = surname;
    s.givenName = given;
    s.sin = QStringLiteral("046454286");
    s.addressLine1 = QStringLiteral("12 Garage Rd");
    s.city = french ? QStringLiteral("Montréal") : QStringLiteral("Toronto");
    s.province = french ? QStringLiteral("QC") : QStringLiteral("ON");
    s.postalCode = french ? QStringLiteral("H2X 1Y4") : QStringLiteral("M5V 3L9");
    s.language = french ? QStringLiteral("fr") : QStringLiteral("en");
    s.box048Cents = cents;
    s.status = SlipStatus::Final;
    return s;
}

T4ASlipData workshop(qint64 id, const QString &name, qint64 cents) {
    T4ASlipData s = mechanic(id, QString(), QString(), cents);
    s.payeeParty = Party::Workshop;
    s.payeeName = name;
    s.recipientKind = RecipientKind::Business;
    s.surname.clear();
    s.givenName.clear();
    s.sin.clear();
    s.businessName = name;
    s.bn = QStringLiteral("123456789RT0001");
    return s;
}

T4AReturnData sample() {
    T4AReturnData d;
    d.taxYear = 2025;
    d.submissionRef = QStringLiteral("T4A25001");
    d.payer = payer();
    d.slips << mechanic(1, QStringLiteral("Tremblay"), QStringLiteral("Marie"), 123456, true)
            << mechanic(2, QStringLiteral("Smith"), QStringLiteral("John"), 50001)
            << workshop(3, QStringLiteral("Garage Lavoie Inc."), 987654)
            << mechanic(4, QStringLiteral("O'Brien & Sons"), QStringLiteral("Pat"), 75000);
    return d;
}

QString pdfText(const QByteArray &pdf, int *pages = nullptr) {
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked())
        return {};
    if (pages)
        *pages = doc->numPages();
    QString out;
    for (int i = 0; i < doc->numPages(); ++i)
        out += doc->page(i)->text(QRectF()) + u'\n';
    return out.simplified();
}

QString element(const QByteArray &xml, const QString &name) {
    QXmlStreamReader r(xml);
    while (!r.atEnd())
        if (r.readNext() == QXmlStreamReader::StartElement && r.name() == name)
            return r.readElementText();
    return {};
}

} // namespace

class TstT4AXml : public QObject {
    Q_OBJECT
private slots:
    void schemaLoadsFromResources() {
        QString error;
        QVERIFY2(CraSchemaValidator::schemaAvailable(&error), qPrintable(error));
    }

    void generatedReturnValidates() {
        const T4AReturnData d = sample();
        const T4AXmlWriter::Output out = T4AXmlWriter::write(d);
        const CraSchemaValidator::Result v = CraSchemaValidator::validateReturn(out.xml);
        QStringList issues;
        for (const SchemaIssue &i : v.issues)
            issues << QStringLiteral("%1: %2").arg(i.line).arg(i.message);
        QVERIFY2(v.ok,
                 qPrintable(v.fatal + issues.join(u'\n') + u'\n' + QString::fromUtf8(out.xml.left(3000))));
        // slp_cnt and totals match the slips; CRA amount format.
        QCOMPARE(element(out.xml, QStringLiteral("slp_cnt")), QStringLiteral("4"));
        QCOMPARE(element(out.xml, QStringLiteral("rpt_tot_fee_srvc_amt")),
                 T4ARules::craAmount(123456 + 50001 + 987654 + 75000));
        QCOMPARE(element(out.xml, QStringLiteral("fee_or_oth_srvc_amt")), QStringLiteral("1234.56"));
        QCOMPARE(out.xml.count("<T4ASlip>"), 4);
        QCOMPARE(out.xml.count("<fee_or_oth_srvc_amt>"), 4);
        QVERIFY(!out.xml.contains("<pens_spran_amt>")); // other boxes empty unless used
        QVERIFY(out.xml.contains("O&apos;Brien") || out.xml.contains("O'Brien &amp; Sons"));
        // 2025 T619.
        QVERIFY(out.xml.contains("<TransmitterAccountNumber>"));
        QVERIFY(out.xml.contains("<bn15>794512368RP0001</bn15>"));
        QVERIFY(!out.xml.contains("trnmtr_nbr"));
        QVERIFY(!out.xml.contains("TRNMTR_ADDR"));
        const QByteArray t619 =
            out.xml.mid(out.xml.indexOf("<T619>"), out.xml.indexOf("</T619>") - out.xml.indexOf("<T619>"));
        QVERIFY(!t619.contains("rpt_tcd"));
        QCOMPARE(element(out.xml, QStringLiteral("tx_yr")), QStringLiteral("2025"));
        // Business: zeros for the SIN, the BN; individual: zeros BN.
        QVERIFY(out.xml.contains("<rcpnt_bn>123456789RT0001</rcpnt_bn>"));
        QVERIFY(out.xml.contains("<sin>000000000</sin>"));
        // The layout maps lines to slips.
        QCOMPARE(out.layout.slips.size(), 4);
        const QList<QByteArray> lines = out.xml.split('\n');
        for (const T4AXmlLayout::Span &s : out.layout.slips) {
            QVERIFY(lines.at(s.firstLine - 1).trimmed() == "<T4ASlip>");
            QVERIFY(lines.at(s.lastLine - 1).trimmed() == "</T4ASlip>");
            QCOMPARE(out.layout.slipAtLine(s.firstLine + 1), s.index);
        }
        QVERIFY(lines.at(out.layout.summary.firstLine - 1).trimmed() == "<T4ASummary>");
        QCOMPARE(out.layout.slipAtLine(out.layout.summary.firstLine), -1);
    }

    void repIdTransmitter() {
        T4AReturnData d = sample();
        d.payer.transmitterKind = QStringLiteral("repid");
        d.payer.transmitterNumber = QStringLiteral("AB12CD3");
        const QByteArray xml = T4AXmlWriter::write(d).xml;
        QVERIFY(xml.contains("<TransmitterRepID>AB12CD3</TransmitterRepID>"));
        QVERIFY(!xml.contains("TransmitterAccountNumber"));
        QVERIFY(CraSchemaValidator::validateReturn(xml).ok);
    }

    void plantedBadDataNamesTheSlip() {
        T4AReturnData d = sample();
        d.slips[1].surname = QStringLiteral("Smith-Worthington-Fairfax"); // 25 > 20
        d.slips[2].bn = QStringLiteral("12345678RT0001");                 // 8-digit root
        d.slips[3].province = QStringLiteral("XX");                       // not a province
        const T4AXmlWriter::Output out = T4AXmlWriter::write(d);
        const CraSchemaValidator::Result v = CraSchemaValidator::validateReturn(out.xml);
        QVERIFY(!v.ok);
        QVERIFY(v.fatal.isEmpty());
        const QList<T4AIssue> issues = T4ABatch::attribute(d, out.layout, v.issues);
        QSet<qint64> slips;
        for (const T4AIssue &i : issues) {
            QVERIFY2(i.slipIndex >= 0, qPrintable(i.describe()));
            slips.insert(i.slipId);
        }
        QCOMPARE(slips, (QSet<qint64>{d.slips[1].slipId, d.slips[2].slipId, d.slips[3].slipId}));
        bool surname = false;
        for (const T4AIssue &i : issues)
            if (i.slipId == d.slips[1].slipId) {
                surname = i.message.contains(QStringLiteral("snm"));
                QCOMPARE(i.payeeKey, QStringLiteral("M2"));
                QVERIFY(i.describe().contains(QStringLiteral("Smith-Worthington")));
            }
        QVERIFY(surname);
        // The summary: a bad payer account is attributed to slips (bn) and the summary.
        d = sample();
        d.payer.contactAreaCode = QStringLiteral("41");
        const T4AXmlWriter::Output o2 = T4AXmlWriter::write(d);
        const auto issues2 =
            T4ABatch::attribute(d, o2.layout, CraSchemaValidator::validateReturn(o2.xml).issues);
        QCOMPARE(issues2.size(), 1);
        QCOMPARE(issues2[0].slipIndex, -1);
        QCOMPARE(issues2[0].payee, QStringLiteral("T4A Summary"));
    }

    void amendedAndCancelled() {
        T4AReturnData all = sample();
        all.slips[0].status = SlipStatus::Filed;
        all.slips[1].reportType = ReportType::Amended;
        all.slips[1].box048Cents = 60000;
        all.slips[3].reportType = ReportType::Cancelled;
        const T4AReturnData d = T4ABatch::selectForFiling(all);
        QCOMPARE(d.slips.size(), 2); // only the amended and the cancelled one
        QCOMPARE(d.summaryReportType(), ReportType::Amended);
        const T4AXmlWriter::Output out = T4AXmlWriter::write(d);
        const auto v = CraSchemaValidator::validateReturn(out.xml);
        QVERIFY2(v.ok, qPrintable(v.issues.isEmpty() ? v.fatal : v.issues.first().message));
        QVERIFY(out.xml.contains("<rpt_tcd>A</rpt_tcd>"));
        QVERIFY(out.xml.contains("<rpt_tcd>C</rpt_tcd>"));
        const QByteArray summary = out.xml.mid(out.xml.indexOf("<T4ASummary>"));
        QVERIFY(summary.contains("<rpt_tcd>A</rpt_tcd>"));
        QVERIFY(summary.contains("<fileramendmentnote>"));
        QCOMPARE(element(out.xml, QStringLiteral("slp_cnt")), QStringLiteral("2"));
        QCOMPARE(element(out.xml, QStringLiteral("rpt_tot_fee_srvc_amt")),
                 QStringLiteral("600.00")); // C not counted
        // The schema refuses a cancelled summary (otherDataType has no C).
        QByteArray bad = out.xml;
        const qsizetype at = bad.indexOf("<rpt_tcd>A</rpt_tcd>", bad.indexOf("<T4ASummary>"));
        bad.replace(at, 20, "<rpt_tcd>C</rpt_tcd>");
        QVERIFY(!CraSchemaValidator::validateReturn(bad).ok);
        // Without amendments, the original slips not yet filed.
        T4AReturnData originals = sample();
        originals.slips[0].status = SlipStatus::Filed;
        QCOMPARE(T4ABatch::selectForFiling(originals).slips.size(), 3);
    }

    void slipPdfsReadBack() {
        const T4AReturnData d = sample();
        int pages = 0;
        const QString fr = pdfText(T4ARenderer::renderSlip(d.slips[0], d.payer, 2025), &pages);
        QCOMPARE(pages, 1);
        QVERIFY2(fr.contains(QStringLiteral("Honoraires")), qPrintable(fr));
        QVERIFY(fr.contains(QStringLiteral("1 234,56")));
        QVERIFY(fr.contains(QStringLiteral("Tremblay")));
        QVERIFY(fr.contains(QStringLiteral("*** *** 286")));
        QVERIFY(!fr.contains(QStringLiteral("046454286")) && !fr.contains(QStringLiteral("046 454 286")));
        const QString en = pdfText(T4ARenderer::renderSlip(d.slips[1], d.payer, 2025));
        QVERIFY2(en.contains(QStringLiteral("Fees for services")), qPrintable(en)); // box numbers: tst_t4apdf
        QVERIFY(en.contains(QStringLiteral("500.01")) &&
                !en.contains(QStringLiteral("$500.01")));         // CRA: no $
        QVERIFY(!en.contains(QStringLiteral("794512368RP0001"))); // CRA: no box 061 on recipients' copies
        QVERIFY(en.contains(QStringLiteral("2025")));
        T4ASlipData amended = d.slips[1];
        amended.reportType = ReportType::Amended;
        QVERIFY(pdfText(T4ARenderer::renderSlip(amended, d.payer, 2025)).contains(QStringLiteral("AMENDED")));
        const QString summary = pdfText(T4ARenderer::renderSummary(d));
        QVERIFY2(summary.contains(QStringLiteral("T4A Summary")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("$12,361.11")));
        QDir().mkpath(QStringLiteral("/tmp/t4a-look"));
        QFile f(QStringLiteral("/tmp/t4a-look/slip-fr.pdf"));
        if (f.open(QIODevice::WriteOnly))
            f.write(T4ARenderer::renderSlip(d.slips[0], d.payer, 2025));
        QFile s(QStringLiteral("/tmp/t4a-look/summary.pdf"));
        if (s.open(QIODevice::WriteOnly))
            s.write(T4ARenderer::renderSummary(d));
    }

    void batchWritesFilesOrNothing() {
        QTemporaryDir dir;
        T4AReturnData d = sample();
        auto f = T4ABatch::start(d, dir.path(), 2);
        f.waitForFinished();
        const T4ABatch::Outcome o = f.result();
        QVERIFY2(o.ok(), qPrintable(o.error));
        QCOMPARE(o.slipFiles.size(), 4);
        for (const QString &p : o.slipFiles)
            QVERIFY(QFileInfo(p).size() > 1000);
        QVERIFY(QFileInfo::exists(o.summaryPath));
        QVERIFY(QFileInfo::exists(o.xmlPath));
        QVERIFY(CraSchemaValidator::validateReturnFile(o.xmlPath).ok);
        // Cross-check with xmllint on the same Return part.
        if (!QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty()) {
            const QString xsd = CraSchemaValidator::extractBundle(dir.filePath(QStringLiteral("xsd")));
            QFile in(o.xmlPath);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray xml = in.readAll();
            const QByteArray ret =
                xml.mid(xml.indexOf("<Return>"), xml.indexOf("</Return>") + 9 - xml.indexOf("<Return>"));
            QFile out(dir.filePath(QStringLiteral("return.xml")));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + ret);
            out.close();
            QProcess lint;
            lint.start(QStringLiteral("xmllint"),
                       {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd, out.fileName()});
            QVERIFY(lint.waitForFinished(60000));
            QCOMPARE(lint.exitCode(), 0);
        }
        // Invalid data: nothing written, issues named.
        QTemporaryDir bad;
        d.slips[0].givenName = QStringLiteral("Marie-Christine-Ange"); // 20 > 12
        auto g = T4ABatch::start(d, bad.filePath(QStringLiteral("out")), 2);
        g.waitForFinished();
        const T4ABatch::Outcome b = g.result();
        QVERIFY(!b.ok());
        QCOMPARE(b.issues.size(), 1);
        QCOMPARE(b.issues[0].slipId, d.slips[0].slipId);
        QVERIFY(!QFileInfo::exists(bad.filePath(QStringLiteral("out"))));
    }

    void modelAndPane() {
        T4AModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        T4AOverviewRow a;
        a.payeeParty = Party::Mechanic;
        a.payeeId = 1;
        a.payeeName = QStringLiteral("Marie Tremblay");
        a.feesCents = 70000;
        a.statementCents = 50000;
        a.unpaidCents = 40000;
        a.priorPaidCents = 60000;
        a.slipDue = true;
        a.recipientKind = RecipientKind::Individual;
        a.problems = {QStringLiteral("invalid_sin")};
        a.sinMasked = QStringLiteral("*** *** 287");
        T4AOverviewRow b = a;
        b.payeeId = 2;
        b.payeeName = QStringLiteral("John Smith");
        b.feesCents = b.statementCents = 40000;
        b.unpaidCents = b.priorPaidCents = 0;
        b.slipDue = false;
        b.problems = {QStringLiteral("postal_province")};
        T4AOverviewRow c = a;
        c.payeeId = 3;
        c.payeeName = QStringLiteral("Garage Lavoie");
        c.payeeParty = Party::Workshop;
        c.problems.clear();
        c.slipId = 9;
        c.slipStatus = SlipStatus::Filed;
        model.setRows(2025, {a, b, c});
        QCOMPARE(model.slipsDue(), 2);
        QCOMPARE(model.data(model.index(0, T4AModel::DifferenceColumn), T4AModel::CentsRole).toLongLong(),
                 qint64(-20000));
        QVERIFY(model.data(model.index(0, T4AModel::DifferenceColumn), T4AModel::ExplanationRole)
                    .toString()
                    .contains(QStringLiteral("2025")));
        QVERIFY(a.differenceExplained());

        T4AFilterModel filter;
        QAbstractItemModelTester tester2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 3);
        filter.setMode(T4AFilterModel::Mode::AnyProblem);
        QCOMPARE(filter.rowCount(), 1); // B has a problem but no slip due
        filter.setMode(T4AFilterModel::Mode::Problem, QStringLiteral("postal_province"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setMode(T4AFilterModel::Mode::Difference);
        QCOMPARE(filter.rowCount(), 2);
        filter.setMode(T4AFilterModel::Mode::All);
        filter.setSearch(QStringLiteral("garage"));
        QCOMPARE(filter.rowCount(), 1);

        qRegisterMetaType<adesk::TaxProfile>();
        T4APane pane(&model);
        pane.resize(1400, 800);
        pane.setYears({2025, 2024}, 2025);
        pane.refreshSummary();
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        // Validation as you type.
        TaxProfile p;
        p.id = 5;
        p.payeeParty = Party::Mechanic;
        p.payeeId = 1;
        p.payeeName = QStringLiteral("Marie Tremblay");
        p.surname = QStringLiteral("Tremblay");
        p.province = QStringLiteral("QC");
        p.postalCode = QStringLiteral("H2X 1Y4");
        p.sinMasked = QStringLiteral("*** *** 287");
        p.version = 1;
        pane.showProfile(p);
        TaxProfileEditor *e = pane.editor();
        auto *sin = e->findChild<QLineEdit *>(QStringLiteral("sin"));
        QVERIFY(sin);
        sin->setText(QStringLiteral("046 454 287"));
        QVERIFY(e->messageLabel(QStringLiteral("sin"))->text().contains(QStringLiteral("expected 6")));
        QVERIFY(!e->problems().isEmpty());
        sin->setText(QStringLiteral("046 454 286"));
        QVERIFY(e->messageLabel(QStringLiteral("sin"))->text().isEmpty());
        auto *postal = e->findChild<QLineEdit *>(QStringLiteral("postalCode"));
        postal->setText(QStringLiteral("M5V 3L9"));
        QVERIFY(e->messageLabel(QStringLiteral("postalCode"))->text().contains(QStringLiteral("M5V")));
        postal->setText(QStringLiteral("h2x1y4"));
        QVERIFY(e->messageLabel(QStringLiteral("postalCode"))->text().isEmpty());
        auto *surname = e->findChild<QLineEdit *>(QStringLiteral("surname"));
        surname->setText(QStringLiteral("Tremblay-Desrochers-Lavoie"));
        QVERIFY(e->messageLabel(QStringLiteral("surname"))->text().contains(QStringLiteral("20")));
        surname->setText(QStringLiteral("Tremblay"));
        auto *bn = e->findChild<QLineEdit *>(QStringLiteral("bn"));
        bn->setText(QStringLiteral("12345"));
        QVERIFY(!e->messageLabel(QStringLiteral("bn"))->text().isEmpty());
        bn->clear();
        QVERIFY(e->problems().isEmpty());
        QSignalSpy save(e, &TaxProfileEditor::saveRequested);
        QTest::keyClick(e, Qt::Key_S, Qt::ControlModifier);
        if (save.isEmpty())
            QMetaObject::invokeMethod(e->findChild<QPushButton *>(QStringLiteral("saveProfileButton")),
                                      "click");
        QCOMPARE(save.size(), 1);
        const TaxProfile saved = save.first().first().value<TaxProfile>();
        QCOMPARE(saved.sin, QStringLiteral("046454286"));
        QCOMPARE(saved.postalCode, QStringLiteral("H2X 1Y4"));
        QVERIFY(saved.bn.isNull()); // untouched: keep the stored value
        pane.showIssues({T4AIssueView{1001, QStringLiteral("M1"), QStringLiteral("Tremblay, Marie"), 42,
                                      QStringLiteral("Element 'snm': [facet 'maxLength'] …")}});
        QApplication::processEvents();
        pane.grab().save(QStringLiteral("/tmp/t4a-look/pane.png"));
    }
};

QTEST_MAIN(TstT4AXml)
#include "tst_t4axml.moc"
