// The T4A XML return and paper: the whole generated submission (CRA's 2026 T619 + the Return)
// validates against the embedded schema (libxml2, and xmllint on an extracted copy); planted bad
// data is refused and named by slip, by the schema or before it (prepareFiling); characters XML
// forbids never reach the file; amended and cancelled slips go in returns of their own whose
// slp_cnt and totals match the slips; slip PDFs (English and
// French) and the summary read back with Poppler; the batch writes nothing when validation fails;
// the T4A model under QAbstractItemModelTester; the pane offscreen.

#include "app/tax/t4abatch.h"
#include "models/tax/businessnumber.h"
#include "models/tax/craschemavalidator.h"
#include "models/tax/sin.h"
#include "models/tax/t4amodel.h"
#include "models/tax/t4arules.h"
#include "models/tax/t4axmlwriter.h"
#include "views/paper/t4arenderer.h"
#include "views/tax/t4apane.h"
#include "views/tax/taxprofileeditor.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <poppler-qt6.h>

#include <functional>

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

/// A valid SIN of its own for each id ("0" + 7 digits from the id + the Luhn check digit).
QString sinFor(qint64 id) {
    const QString body = QStringLiteral("0") + QString::number(4645428 + id * 7919).right(7);
    return body + QString::number(Sin::expectedCheckDigit(body));
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
    s.sin = id == 1 ? QStringLiteral("046454286") : sinFor(id);
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
    s.bn = QStringLiteral("123456782RT0001");
    return s;
}

T4AReturnData sample() {
    T4AReturnData d;
    d.taxYear = 2025;
    d.submissionRef = QStringLiteral("T4A25X01");
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

QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
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
        const CraSchemaValidator::Result v = CraSchemaValidator::validateSubmission(out.xml);
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
        // CRA's 2026 T619 (2026V4).
        const QByteArray t619 =
            out.xml.mid(out.xml.indexOf("<T619>"), out.xml.indexOf("</T619>") - out.xml.indexOf("<T619>"));
        QVERIFY(t619.contains("<TransmitterAccountNumber>"));
        QVERIFY(t619.contains("<bn15>794512368RP0001</bn15>"));
        QCOMPARE(element(t619 + "</T619>", QStringLiteral("sbmt_ref_id")), QStringLiteral("T4A25X01"));
        QCOMPARE(element(t619 + "</T619>", QStringLiteral("TransmitterCountryCode")), QStringLiteral("CAN"));
        QCOMPARE(element(t619 + "</T619>", QStringLiteral("lang_cd")), QStringLiteral("E"));
        QVERIFY(t619.contains("<TransmitterName>"));
        QVERIFY(!t619.contains("TRNMTR_NM"));
        QVERIFY(!t619.contains("trnmtr_nbr"));
        QVERIFY(!t619.contains("TRNMTR_ADDR"));
        QVERIFY(!t619.contains("rpt_tcd"));
        QCOMPARE(element(out.xml, QStringLiteral("tx_yr")), QStringLiteral("2025"));
        // Business: zeros for the SIN, the BN; individual: zeros BN.
        QVERIFY(out.xml.contains("<rcpnt_bn>123456782RT0001</rcpnt_bn>"));
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
        QVERIFY(xml.contains("<RepID>AB12CD3</RepID>"));
        QVERIFY(!xml.contains("TransmitterAccountNumber"));
        QVERIFY(CraSchemaValidator::validateSubmission(xml).ok);
        // The RepID's child is what the schema wants: a bare RepID text fails.
        QByteArray bare = xml;
        bare.replace(QByteArray("<RepID>AB12CD3</RepID>"), QByteArray("AB12CD3"));
        QVERIFY(!CraSchemaValidator::validateSubmission(bare).ok);
        // nr4: 3 letters + 6 digits.
        d.payer.transmitterKind = QStringLiteral("nr4");
        d.payer.transmitterNumber = QStringLiteral("NRA123456");
        QVERIFY(CraSchemaValidator::validateSubmission(T4AXmlWriter::write(d).xml).ok);
        d.payer.transmitterNumber = QStringLiteral("NR1234567");
        QVERIFY(!CraSchemaValidator::validateSubmission(T4AXmlWriter::write(d).xml).ok);
    }

    // The whole submission is validated, the T619 included: what CRA's 2026 page refuses is refused.
    void transmittalValidated() {
        T4AReturnData d = sample();
        for (const char *bad : {"T4A-2501", "T4A 2501", "T4A25001X", "É4A25001"}) {
            d.submissionRef = QString::fromUtf8(bad);
            const T4AXmlWriter::Output out = T4AXmlWriter::write(d);
            const CraSchemaValidator::Result v = CraSchemaValidator::validateSubmission(out.xml);
            QVERIFY2(!v.ok, bad);
            const QList<T4AIssue> issues = T4ABatch::attribute(d, out.layout, v.issues);
            QCOMPARE(issues.size(), 1);
            QCOMPARE(issues[0].slipIndex, -1);
            QVERIFY(issues[0].message.contains(QStringLiteral("sbmt_ref_id")));
        }
        d = sample();
        QByteArray xml = T4AXmlWriter::write(d).xml;
        QVERIFY(CraSchemaValidator::validateSubmission(xml).ok);
        QByteArray noCountry = xml;
        noCountry.replace(QByteArray("<TransmitterCountryCode>CAN</TransmitterCountryCode>"), QByteArray());
        QVERIFY(!CraSchemaValidator::validateSubmission(noCountry).ok);
        QByteArray noLanguage = xml;
        noLanguage.replace(QByteArray("<lang_cd>E</lang_cd>"), QByteArray());
        QVERIFY(!CraSchemaValidator::validateSubmission(noLanguage).ok);
        QByteArray oldName = xml;
        oldName.replace(QByteArray("TransmitterName>"), QByteArray("TRNMTR_NM>"));
        QVERIFY(!CraSchemaValidator::validateSubmission(oldName).ok);
        // Fresh references: 8 letters or digits, and they differ.
        QSet<QString> refs;
        static const QRegularExpression alnum(QStringLiteral("^[A-Z0-9]{8}$"));
        for (int i = 0; i < 1000; ++i) {
            const QString r = T4AReturnData::newSubmissionRef();
            QVERIFY2(alnum.match(r).hasMatch(), qPrintable(r));
            refs.insert(r);
        }
        QCOMPARE(refs.size(), 1000);
    }

    // Text with characters XML 1.0 forbids (C0 controls, U+FFFE, a lone surrogate) or line breaks:
    // the file stays well-formed and valid, those characters are gone, the rest kept.
    void forbiddenCharactersNeverReachTheFile() {
        T4AReturnData d = sample();
        QString name =
            QStringLiteral("Tr") + QChar(0x01) + QStringLiteral("emb") + QChar(0x0B) + QStringLiteral("lay");
        name += QChar(0xFFFE);
        name += QChar(0xD800); // lone high surrogate
        d.slips[0].surname = name;
        d.slips[0].addressLine1 = QStringLiteral("12 Garage Rd\nUnit 4");
        d.slips[2].businessName = QStringLiteral("Garage <Lavoie> & \"Fils\"");
        const T4AXmlWriter::Output out = T4AXmlWriter::write(d);
        QXmlStreamReader r(out.xml);
        while (!r.atEnd())
            r.readNext();
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        const CraSchemaValidator::Result v = CraSchemaValidator::validateSubmission(out.xml);
        QVERIFY2(v.ok, qPrintable(v.issues.isEmpty() ? v.fatal : v.issues.first().message));
        QCOMPARE(element(out.xml, QStringLiteral("snm")), QStringLiteral("Tremblay"));
        QCOMPARE(element(out.xml, QStringLiteral("addr_l1_txt")), QStringLiteral("12 Garage Rd Unit 4"));
        QVERIFY(out.xml.contains("Garage &lt;Lavoie&gt; &amp; \"Fils\"") ||
                out.xml.contains("Garage &lt;Lavoie&gt; &amp; &quot;Fils&quot;"));
    }

    void plantedBadDataNamesTheSlip() {
        T4AReturnData d = sample();
        d.slips[1].surname = QStringLiteral("Smith-Worthington-Fairfax"); // 25 > 20
        d.slips[2].bn = QStringLiteral("12345678RT0001");                 // 8-digit root
        d.slips[3].province = QStringLiteral("XX");                       // not a province
        const T4AXmlWriter::Output out = T4AXmlWriter::write(d);
        const CraSchemaValidator::Result v = CraSchemaValidator::validateSubmission(out.xml);
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
        // The payer's contact is in the T619 and the Summary: a bad area code is named in both.
        d = sample();
        d.payer.contactAreaCode = QStringLiteral("41");
        const T4AXmlWriter::Output o2 = T4AXmlWriter::write(d);
        const auto issues2 =
            T4ABatch::attribute(d, o2.layout, CraSchemaValidator::validateSubmission(o2.xml).issues);
        QCOMPARE(issues2.size(), 2);
        QCOMPARE(issues2[0].slipIndex, -1);
        QCOMPARE(issues2[0].payee, QStringLiteral("T619 transmittal"));
        QCOMPARE(issues2[1].slipIndex, -1);
        QCOMPARE(issues2[1].payee, QStringLiteral("T4A Summary"));
    }

    // CRA's amendment rules: an amended return holds only amended or cancelled slips, never an
    // original; originals not yet filed go in an original return of their own; each Summary's
    // slp_cnt and totals are those of the slips it holds.
    void amendedAndCancelled() {
        T4AReturnData all = sample();
        all.slips[0].status = SlipStatus::Filed;
        all.slips[1].reportType = ReportType::Amended;
        all.slips[1].box048Cents = 60000;
        all.slips[3].reportType = ReportType::Cancelled;
        const T4ABatch::Filing f = T4ABatch::prepareFiling(all);
        QVERIFY(f.leftOut.isEmpty());
        QCOMPARE(f.returns.size(), 3); // the original not filed yet, the amended, the cancelled
        QCOMPARE(f.returns[0].slips.size(), 1);
        QCOMPARE(f.returns[0].slips[0].reportType, ReportType::Original);
        QCOMPARE(f.returns[0].summaryReportType(), ReportType::Original);
        QCOMPARE(f.returns[1].slips.size(), 1);
        QCOMPARE(f.returns[1].slips[0].reportType, ReportType::Amended);
        QCOMPARE(f.returns[2].slips.size(), 1);
        QCOMPARE(f.returns[2].slips[0].reportType, ReportType::Cancelled);
        QVERIFY(f.returns[0].submissionRef != f.returns[1].submissionRef);
        QVERIFY(f.returns[1].submissionRef != f.returns[2].submissionRef);
        QCOMPARE(T4ABatch::selectForFiling(all).slips.first().slipId, all.slips[2].slipId);

        struct Case {
            int index;
            const char *slipCode;
            const char *total;
        };
        for (const Case &c : {Case{1, "A", "600.00"}, Case{2, "C", "750.00"}}) {
            const T4AReturnData &d = f.returns[c.index];
            QCOMPARE(d.summaryReportType(), ReportType::Amended);
            const T4AXmlWriter::Output out = T4AXmlWriter::write(d);
            const auto v = CraSchemaValidator::validateSubmission(out.xml);
            QVERIFY2(v.ok, qPrintable(v.issues.isEmpty() ? v.fatal : v.issues.first().message));
            QVERIFY(!out.xml.contains("<rpt_tcd>O</rpt_tcd>"));
            const QByteArray slips = out.xml.left(out.xml.indexOf("<T4ASummary>"));
            QCOMPARE(slips.count(QByteArray("<rpt_tcd>") + c.slipCode + "</rpt_tcd>"), 1);
            const QByteArray summary = out.xml.mid(out.xml.indexOf("<T4ASummary>"));
            QVERIFY(summary.contains("<rpt_tcd>A</rpt_tcd>"));
            QVERIFY(summary.contains("<fileramendmentnote>"));
            QCOMPARE(element(summary, QStringLiteral("slp_cnt")), QStringLiteral("1"));
            QCOMPARE(out.xml.count("<T4ASlip>"), 1);
            QCOMPARE(element(summary, QStringLiteral("rpt_tot_fee_srvc_amt")), QString::fromLatin1(c.total));
            // The schema refuses a cancelled summary (otherDataType has no C).
            QByteArray bad = out.xml;
            const qsizetype at = bad.indexOf("<rpt_tcd>A</rpt_tcd>", bad.indexOf("<T4ASummary>"));
            bad.replace(at, 20, "<rpt_tcd>C</rpt_tcd>");
            QVERIFY(!CraSchemaValidator::validateSubmission(bad).ok);
        }
        // Without amendments: one original return of the originals not yet filed.
        T4AReturnData originals = sample();
        originals.slips[0].status = SlipStatus::Filed;
        const T4ABatch::Filing o = T4ABatch::prepareFiling(originals);
        QCOMPARE(o.returns.size(), 1);
        QCOMPARE(o.returns[0].slips.size(), 3);
        QCOMPARE(o.returns[0].summaryReportType(), ReportType::Original);
    }

    // Only final slips that pass every check are filed; every other current slip is listed with
    // its reason, by slip.
    void plantedProblemsAreLeftOutByName() {
        T4AReturnData all = sample();
        struct Plant {
            const char *what;
            std::function<void(T4ASlipData &)> plant;
            QString reason;
        };
        const QList<Plant> plants = {
            {"draft", [](T4ASlipData &s) { s.status = SlipStatus::Draft; }, QStringLiteral("draft")},
            {"bad check digit", [](T4ASlipData &s) { s.sin = QStringLiteral("046454287"); },
             T4ARules::problemLabel(QStringLiteral("invalid_sin"))},
            {"business number as SIN", [](T4ASlipData &s) { s.sin = QStringLiteral("845123454"); },
             T4ARules::problemLabel(QStringLiteral("invalid_sin"))},
            {"neither SIN nor BN", [](T4ASlipData &s) { s.sin.clear(); },
             T4ARules::problemLabel(QStringLiteral("missing_tin"))},
            {"postal code of another province",
             [](T4ASlipData &s) { s.postalCode = QStringLiteral("V6B 1A1"); },
             T4ARules::problemLabel(QStringLiteral("postal_province"))},
            {"X code of the other territory",
             [](T4ASlipData &s) {
                 s.province = QStringLiteral("NT");
                 s.postalCode = QStringLiteral("X0A 0H0");
             },
             T4ARules::problemLabel(QStringLiteral("postal_province"))},
            {"missing street", [](T4ASlipData &s) { s.addressLine1.clear(); },
             T4ARules::problemLabel(QStringLiteral("missing_address"))},
            {"database problem", [](T4ASlipData &s) { s.problems = {QStringLiteral("no_profile")}; },
             T4ARules::problemLabel(QStringLiteral("no_profile"))},
        };
        for (const Plant &p : plants) {
            T4AReturnData d = sample();
            p.plant(d.slips[1]);
            const T4ABatch::Filing f = T4ABatch::prepareFiling(d);
            QVERIFY2(f.leftOut.size() == 1, p.what);
            QCOMPARE(f.leftOut[0].slipId, d.slips[1].slipId);
            QCOMPARE(f.leftOut[0].payeeKey, QStringLiteral("M2"));
            QVERIFY2(f.leftOut[0].message.contains(p.reason), qPrintable(f.leftOut[0].message));
            QCOMPARE(f.returns.size(), 1);
            QCOMPARE(f.returns[0].slips.size(), 3);
            for (const T4ASlipData &s : f.returns[0].slips)
                QVERIFY(s.slipId != d.slips[1].slipId);
        }
        // A business whose BN fails its check digit.
        T4AReturnData d = sample();
        d.slips[2].bn = QStringLiteral("123456789RT0001");
        T4ABatch::Filing f = T4ABatch::prepareFiling(d);
        QCOMPARE(f.leftOut.size(), 1);
        QCOMPARE(f.leftOut[0].payeeKey, QStringLiteral("W3"));
        QVERIFY(f.leftOut[0].message.contains(T4ARules::problemLabel(QStringLiteral("invalid_bn"))));
        // The same SIN on two slips: neither is filed.
        d = sample();
        d.slips[3].sin = d.slips[1].sin;
        f = T4ABatch::prepareFiling(d);
        QCOMPARE(f.leftOut.size(), 2);
        for (const T4AIssue &i : f.leftOut)
            QVERIFY(i.message.contains(T4ARules::problemLabel(QStringLiteral("duplicate_sin"))));
        QCOMPARE(f.returns[0].slips.size(), 2);
        // The payer's account number must pass its check digit: nothing can be filed.
        d = sample();
        d.payer.payerAccount = QStringLiteral("794512367RP0001");
        QVERIFY(!T4ABatch::prepareFiling(d).payerProblem.isEmpty());
        d = sample();
        d.payer.transmitterKind = QStringLiteral("nr4");
        d.payer.transmitterNumber = QStringLiteral("NR1234567");
        QVERIFY(!T4ABatch::prepareFiling(d).payerProblem.isEmpty());
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
        QCOMPARE(o.slipFilesWritten, 4);
        const QFileInfoList pdfs = QDir(dir.path()).entryInfoList({QStringLiteral("*.pdf")}, QDir::Files);
        QCOMPARE(pdfs.size(), 5); // four slips, the Summary
        for (const QFileInfo &p : pdfs)
            QVERIFY(p.size() > 1000);
        QVERIFY(QFileInfo::exists(o.summaryPath));
        QVERIFY(QFileInfo::exists(o.xmlPath));
        QVERIFY(CraSchemaValidator::validateSubmissionFile(o.xmlPath).ok);
        // Cross-check the whole file with xmllint against an extracted copy of the same schema.
        if (!QStandardPaths::findExecutable(QStringLiteral("xmllint")).isEmpty()) {
            const QString xsd = CraSchemaValidator::extractBundle(dir.filePath(QStringLiteral("xsd")));
            QProcess lint;
            lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--schema"), xsd,
                                                   QStringLiteral("--nonet"), o.xmlPath});
            QVERIFY(lint.waitForFinished(60000));
            QVERIFY2(lint.exitCode() == 0, lint.readAllStandardError().constData());
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

    // Issue 19: the batch writes the XML to a scratch file as it is made and validates the file;
    // the bytes, their SHA-256, the issues and their slips are those of the document made in memory;
    // a disk that refuses the writes is a clear error; the scratch file does not outlive the batch.
    void batchStreamsTheXmlThroughAFile() {
        QTemporaryDir tmp;
        T4AReturnData d = sample();
        QByteArray xml;
        const T4ABatch::Outcome inMemory = T4ABatch::check(d, &xml);
        QVERIFY2(inMemory.ok(), qPrintable(inMemory.error));
        QFile file(tmp.filePath(QStringLiteral("checked.xml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const T4ABatch::Outcome streamed = T4ABatch::checkFile(d, &file);
        file.close();
        QVERIFY2(streamed.ok(), qPrintable(streamed.error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        file.close();
        QCOMPARE(written, xml);
        QCOMPARE(streamed.xmlSha256, QCryptographicHash::hash(xml, QCryptographicHash::Sha256));
        QCOMPARE(streamed.xmlSha256, inMemory.xmlSha256);
        QCOMPARE(streamed.slipIds, inMemory.slipIds);
        QCOMPARE(streamed.totalBox048Cents, inMemory.totalBox048Cents);

        // A schema error found in the file is attributed to its slip, as in memory.
        T4AReturnData bad = d;
        bad.slips[3].givenName = QStringLiteral("Marie-Christine-Ange"); // 20 > 12
        const T4ABatch::Outcome badInMemory = T4ABatch::check(bad);
        QFile badFile(tmp.filePath(QStringLiteral("bad.xml")));
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        const T4ABatch::Outcome badStreamed = T4ABatch::checkFile(bad, &badFile);
        QCOMPARE(badStreamed.issues.size(), 1);
        QCOMPARE(badStreamed.issues[0].slipId, bad.slips[3].slipId);
        QCOMPARE(badStreamed.issues[0].line, badInMemory.issues.value(0).line);
        QVERIFY(badStreamed.error.isEmpty());

        // A full disk: an error that says so, naming the file; no issues, no hash.
        if (QFileInfo::exists(QStringLiteral("/dev/full"))) {
            QFile full(QStringLiteral("/dev/full"));
            QVERIFY(full.open(QIODevice::WriteOnly));
            const T4ABatch::Outcome o = T4ABatch::checkFile(d, &full);
            QVERIFY(!o.ok());
            QVERIFY2(o.error.contains(QStringLiteral("/dev/full")) ||
                         o.error.contains(QStringLiteral("space")),
                     qPrintable(o.error));
            QVERIFY(o.issues.isEmpty());
            QVERIFY(o.xmlSha256.isEmpty());
        }

        // The batch's files: the same XML; its scratch file is gone when it ends, valid or not.
        const QByteArray oldTmp = qgetenv("TMPDIR");
        const QString scratchDir = tmp.filePath(QStringLiteral("scratch"));
        QVERIFY(QDir().mkpath(scratchDir));
        qputenv("TMPDIR", QFile::encodeName(scratchDir));
        auto f = T4ABatch::start(d, tmp.filePath(QStringLiteral("out")), 2);
        f.waitForFinished();
        auto g = T4ABatch::start(bad, tmp.filePath(QStringLiteral("bad-out")), 2);
        g.waitForFinished();
        if (oldTmp.isNull())
            qunsetenv("TMPDIR");
        else
            qputenv("TMPDIR", oldTmp);
        const T4ABatch::Outcome o = f.result();
        QVERIFY2(o.ok(), qPrintable(o.error));
        QFile out(o.xmlPath);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), xml);
        QCOMPARE(o.xmlSha256, inMemory.xmlSha256);
        QVERIFY(!g.result().ok());
        QCOMPARE(g.result().issues.size(), 1);
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("bad-out"))));
        QCOMPARE(QDir(scratchDir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());
    }

    // Issue 19: a filing planned and written from pages of any size is, byte for byte, the return
    // prepareFiling makes from the whole year held in memory; a slip that changes between the check
    // and a later pass stops the batch with the slip's id, and no XML is written.
    void filingStreamsPagesOfTheYear() {
        T4AReturnData all = sample();
        T4ASlipData filed = mechanic(5, QStringLiteral("Filed"), QStringLiteral("Fay"), 60000);
        filed.status = SlipStatus::Filed;
        T4ASlipData draft = mechanic(6, QStringLiteral("Draft"), QStringLiteral("Dan"), 70000);
        draft.status = SlipStatus::Draft;
        T4ASlipData amended = mechanic(7, QStringLiteral("Amended"), QStringLiteral("Ann"), 80000);
        amended.reportType = ReportType::Amended;
        T4ASlipData cancelled = mechanic(8, QStringLiteral("Cancel"), QStringLiteral("Cy"), 0);
        cancelled.reportType = ReportType::Cancelled;
        T4ASlipData twin = mechanic(9, QStringLiteral("Twin"), QStringLiteral("Tom"), 90000);
        T4ASlipData twin2 = mechanic(10, QStringLiteral("Twin"), QStringLiteral("Tim"), 91000);
        twin2.sin = twin.sin;
        all.slips << cancelled << filed << draft << amended << twin2 << twin; // not in slip id order
        const T4ABatch::Filing whole = T4ABatch::prepareFiling(all);
        QCOMPARE(whole.returns.size(), 3);
        QCOMPARE(whole.leftOut.size(), 3); // the draft and both slips with the same SIN
        QVERIFY(whole.leftOut[1].message.contains(T4ARules::problemLabel(QStringLiteral("duplicate_sin"))));
        QTemporaryDir tmp;
        const T4ASlipPages memory = T4ABatch::pagesOf(all.slips);
        for (int pageSize : {1, 2, 3, 7, 1000}) {
            int reads = 0;
            const T4ASlipPages pages = [&](qint64 after, int limit) {
                ++reads;
                return memory(after, limit);
            };
            const T4ABatch::FilingPlan plan = T4ABatch::plan(all, pages, pageSize);
            QVERIFY2(plan.error.isEmpty() && !plan.cancelled, qPrintable(plan.error));
            QVERIFY2(reads >= int(all.slips.size()) / pageSize, qPrintable(QString::number(reads)));
            QCOMPARE(plan.leftOut.size(), whole.leftOut.size());
            for (int i = 0; i < plan.leftOut.size(); ++i) {
                QCOMPARE(plan.leftOut[i].slipId, whole.leftOut[i].slipId);
                QCOMPARE(plan.leftOut[i].message, whole.leftOut[i].message);
            }
            QCOMPARE(plan.returns.size(), whole.returns.size());
            for (int r = 0; r < plan.returns.size(); ++r) {
                const T4AReturnData &held = whole.returns[r];
                T4ABatch::ReturnPlan streamed = plan.returns[r];
                QCOMPARE(streamed.slipCount(), int(held.slips.size()));
                QCOMPARE(streamed.kind, held.slips.first().reportType);
                QCOMPARE(streamed.totalBox048Cents, held.totalBox048Cents());
                streamed.header.submissionRef = held.submissionRef;
                QByteArray xml;
                const T4ABatch::Outcome inMemory = T4ABatch::check(held, &xml);
                QVERIFY2(inMemory.ok(), qPrintable(inMemory.error));
                QFile file(tmp.filePath(QStringLiteral("%1-%2.xml").arg(pageSize).arg(r)));
                QVERIFY(file.open(QIODevice::WriteOnly));
                const T4ABatch::Outcome o = T4ABatch::checkFile(streamed, pages, &file, pageSize);
                file.close();
                QVERIFY2(o.ok(), qPrintable(o.error));
                QVERIFY(file.open(QIODevice::ReadOnly));
                QCOMPARE(file.readAll(), xml);
                QCOMPARE(o.xmlSha256, inMemory.xmlSha256);
                QCOMPARE(o.slipIds, inMemory.slipIds);
                QCOMPARE(o.reportType, inMemory.reportType);
                QCOMPARE(o.totalBox048Cents, inMemory.totalBox048Cents);
            }
        }

        // A slip that changed after the check (an address, as a profile edited meanwhile would).
        const T4ABatch::FilingPlan plan = T4ABatch::plan(all, memory, 2);
        const T4ABatch::ReturnPlan &originals = plan.returns[0];
        QVERIFY(originals.slipIds.contains(1002));
        T4AReturnData changed = all;
        changed.slips[1].addressLine1 = QStringLiteral("99 Other St");
        QFile file(tmp.filePath(QStringLiteral("changed.xml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        const T4ABatch::Outcome o =
            T4ABatch::checkFile(originals, T4ABatch::pagesOf(changed.slips), &file, 2);
        QVERIFY(!o.ok());
        QVERIFY2(o.error.contains(QStringLiteral("1002")), qPrintable(o.error));
        QVERIFY(o.issues.isEmpty() && o.xmlSha256.isEmpty());
        const T4ABatch::Outcome b = T4ABatch::file(originals, T4ABatch::pagesOf(changed.slips),
                                                   tmp.filePath(QStringLiteral("changed")), 2);
        QVERIFY2(!b.ok() && b.error.contains(QStringLiteral("1002")), qPrintable(b.error));
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("changed"))));
        // A slip that is no longer a current slip of the year (filed or amended meanwhile).
        T4AReturnData gone = all;
        gone.slips.removeAt(3); // slip 1004
        const T4ABatch::Outcome g =
            T4ABatch::file(originals, T4ABatch::pagesOf(gone.slips), tmp.filePath(QStringLiteral("gone")), 2);
        QVERIFY2(!g.ok() && g.error.contains(QStringLiteral("1004")), qPrintable(g.error));
        QVERIFY(!QFileInfo::exists(tmp.filePath(QStringLiteral("gone"))));
        // A change between the XML and the PDFs: no XML in the directory, so nothing can be filed.
        const T4ASlipPages later = T4ABatch::pagesOf(changed.slips);
        int calls = 0;
        const T4ASlipPages switching = [&](qint64 after, int limit) {
            return ++calls == 1 ? memory(after, limit) : later(after, limit);
        };
        const T4ABatch::Outcome late =
            T4ABatch::file(originals, switching, tmp.filePath(QStringLiteral("late")), 2, nullptr, 1000);
        QVERIFY2(!late.ok() && late.error.contains(QStringLiteral("1002")), qPrintable(late.error));
        QVERIFY(late.xmlPath.isEmpty());
        QCOMPARE(QDir(tmp.filePath(QStringLiteral("late"))).entryList({QStringLiteral("*.xml")}, QDir::Files),
                 QStringList());
        // The whole batch from pages: the same files as from memory.
        const T4ABatch::Outcome ok =
            T4ABatch::file(originals, memory, tmp.filePath(QStringLiteral("ok")), 2, nullptr, 2);
        QVERIFY2(ok.ok(), qPrintable(ok.error));
        QCOMPARE(ok.slipFilesWritten, originals.slipCount());
        QVERIFY(CraSchemaValidator::validateSubmissionFile(ok.xmlPath).ok);
        QVERIFY(pdfText(readAll(ok.summaryPath)).contains(QStringLiteral("T4A Summary")));
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
        // The table starts in the overview's order (the server's: slips due first), not sorted by the
        // header's default indicator; a header click sorts as a plain proxy over the same rows does.
        auto *table = pane.findChild<QTableView *>(QStringLiteral("t4aTable"));
        QVERIFY(table);
        QCOMPARE(table->horizontalHeader()->sortIndicatorSection(), -1);
        const auto names = [](const QAbstractItemModel *m) {
            QStringList out;
            for (int r = 0; r < m->rowCount(); ++r)
                out << m->index(r, T4AModel::PayeeColumn).data().toString();
            return out;
        };
        QCOMPARE(names(table->model()),
                 (QStringList{QStringLiteral("Marie Tremblay"), QStringLiteral("John Smith"),
                              QStringLiteral("Garage Lavoie")}));
        T4AModel reference; // the same rows in the overview's order
        reference.setRows(2025, model.rows());
        QSortFilterProxyModel plain;
        plain.setSourceModel(&reference);
        for (const int column : {int(T4AModel::PayeeColumn), int(T4AModel::FeesColumn),
                                 int(T4AModel::SlipAmountColumn), int(T4AModel::DifferenceColumn)}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                table->sortByColumn(column, order);
                plain.setSortRole(column == T4AModel::PayeeColumn ? int(Qt::DisplayRole)
                                                                  : int(T4AModel::CentsRole));
                plain.sort(-1); // ties in the overview's order, whatever was sorted before
                plain.sort(column, order);
                QCOMPARE(names(table->model()), names(&plain));
            }
        }
        table->sortByColumn(T4AModel::PayeeColumn, Qt::AscendingOrder);
        QCOMPARE(names(table->model()),
                 (QStringList{QStringLiteral("Garage Lavoie"), QStringLiteral("John Smith"),
                              QStringLiteral("Marie Tremblay")}));
        table->sortByColumn(-1, Qt::AscendingOrder);
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
        // The summary's counts take their plural forms, through the catalogue the app installs for
        // each language: 3 payees, 2 slips due, 1 slip with problems.
        for (const auto &[catalogue, expected] :
             {std::pair{QStringLiteral("en"),
                        QStringList{QStringLiteral("3 payees"), QStringLiteral("2 slips due"),
                                    QStringLiteral("1 slip with problems")}},
              std::pair{QStringLiteral("fr_CA"),
                        QStringList{QStringLiteral("3 bénéficiaires"), QStringLiteral("2 feuillets requis"),
                                    QStringLiteral("1 feuillet avec problèmes")}}}) {
            QTranslator translator;
            QVERIFY(translator.load(QStringLiteral(":/i18n/autodoctor-desk_%1.qm").arg(catalogue)));
            QCoreApplication::installTranslator(&translator);
            pane.refreshSummary();
            const QString summary = pane.findChild<QLabel *>(QStringLiteral("t4aSummary"))->text();
            QCoreApplication::removeTranslator(&translator);
            const QStringList parts = summary.split(QStringLiteral(" · "));
            QCOMPARE(parts.size(), 4);
            for (const QString &part : expected)
                QVERIFY2(parts.contains(part), qPrintable(summary));
        }
        pane.refreshSummary();
        // What the pane looks like at 1366x768, in English and in a French pane over the same rows:
        // ADESK_GRAB_DIR=/tmp/x writes t4a_pane_en.png and t4a_pane_fr.png.
        if (const QString dir = qEnvironmentVariable("ADESK_GRAB_DIR"); !dir.isEmpty()) {
            pane.resize(1366, 768);
            QApplication::processEvents();
            QVERIFY(pane.grab().save(QDir(dir).filePath(QStringLiteral("t4a_pane_en.png"))));
            QTranslator french;
            QVERIFY(french.load(QStringLiteral(":/i18n/autodoctor-desk_fr_CA.qm")));
            QCoreApplication::installTranslator(&french);
            const QLocale locale; // as app/shell/translator.cpp sets it for a French session
            QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
            T4APane fr(&model);
            fr.resize(1366, 768);
            fr.setYears({2025, 2024}, 2025);
            fr.refreshSummary();
            fr.showProfile(p);
            fr.showIssues({T4AIssueView{1001, QStringLiteral("M1"), QStringLiteral("Tremblay, Marie"), 42,
                                        QStringLiteral("Element 'snm': [facet 'maxLength'] …")}});
            QList<T4AOverviewRow> rows; // the rows again, as when the overview arrives
            for (int r = 0; r < model.rowCount(); ++r)
                rows << *model.rowAt(r);
            model.setRows(model.year(), rows);
            fr.show();
            QVERIFY(QTest::qWaitForWindowExposed(&fr));
            const bool saved = fr.grab().save(QDir(dir).filePath(QStringLiteral("t4a_pane_fr.png")));
            QCoreApplication::removeTranslator(&french);
            QLocale::setDefault(locale);
            QVERIFY(saved);
        }
    }

    // The header clicks the pane's filter hands to T4AModel::sort (payee and amount columns) give the
    // order of a plain proxy sorting the rows in the overview's order, ties included (in the
    // overview's order, whatever was sorted before), both ways; the current row follows its payee;
    // the other columns, the filter modes and a reload work on top.
    void sortMatchesAPlainProxy() {
        QList<T4AOverviewRow> rows;
        const QStringList names = {QStringLiteral("Émile Roy"),  QStringLiteral("zoé Gagnon"),
                                   QStringLiteral("Zoé Gagnon"), QStringLiteral("Marc Roy"),
                                   QStringLiteral("Marc Roy"),   QStringLiteral("Anne Côté")};
        for (int i = 0; i < 240; ++i) {
            T4AOverviewRow r;
            r.payeeParty = i % 3 ? Party::Mechanic : Party::Workshop;
            r.payeeId = 1000 + i;
            r.payeeName = names[(i * 7) % names.size()];
            r.feesCents = (i * 37 % 11) * 25000; // 11 values: many ties
            r.statementCents = (i * 13 % 5) * 30000;
            r.slipBox048Cents = i % 4 ? (i * 5 % 3) * 40000 : -1; // no slip yet: -1
            r.slipDue = r.feesCents > 50000;
            r.problems = i % 5 ? QStringList() : QStringList{QStringLiteral("invalid_sin")};
            rows << r;
        }
        const auto keys = [](const QAbstractItemModel *m) {
            QStringList out;
            for (int r = 0; r < m->rowCount(); ++r)
                out << m->index(r, 0).data(T4AModel::KeyRole).toString();
            return out;
        };
        T4AModel reference; // the rows in the overview's order, under a plain proxy
        reference.setRows(2025, rows);
        QSortFilterProxyModel plain;
        plain.setSourceModel(&reference);
        T4AModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        T4AFilterModel filter;
        QAbstractItemModelTester tester2(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        model.setRows(2025, rows);
        QTableView view;
        view.setModel(&filter);
        view.setSortingEnabled(true);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        const QList<int> columns = {T4AModel::PayeeColumn,      T4AModel::FeesColumn,
                                    T4AModel::SlipAmountColumn, T4AModel::StatementsColumn,
                                    T4AModel::DifferenceColumn, T4AModel::KindColumn,
                                    T4AModel::DueColumn,        T4AModel::PayeeColumn};
        for (const int column : columns) {
            for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                // The payee on the current row before the click; the same payee after it.
                view.setCurrentIndex(filter.index(17, 0));
                const QString current = view.currentIndex().data(T4AModel::KeyRole).toString();
                view.sortByColumn(column, order);
                plain.setSortRole(T4AModel::sortsFromRows(column) && column != T4AModel::PayeeColumn
                                      ? int(T4AModel::CentsRole)
                                      : int(Qt::DisplayRole));
                plain.sort(-1); // ties in the overview's order, whatever was sorted before
                plain.sort(column, order);
                QCOMPARE(keys(&filter), keys(&plain));
                QCOMPARE(view.currentIndex().data(T4AModel::KeyRole).toString(), current);
                // Sorted in the model itself for the payee and amounts, in the proxy for the rest.
                QCOMPARE(keys(&model), T4AModel::sortsFromRows(column) ? keys(&plain) : keys(&reference));
            }
        }
        // New rows arrive (a reload): they come in the same sort.
        rows.removeAt(3);
        rows.move(10, 200);
        reference.setRows(2025, rows);
        model.setRows(2025, rows);
        QCOMPARE(keys(&filter), keys(&plain));
        // A filter mode on top of a sort from the rows, then the overview's order again.
        view.sortByColumn(T4AModel::FeesColumn, Qt::DescendingOrder);
        plain.setSortRole(T4AModel::CentsRole);
        plain.sort(-1);
        plain.sort(T4AModel::FeesColumn, Qt::DescendingOrder);
        filter.setMode(T4AFilterModel::Mode::SlipDue);
        QStringList due;
        for (int r = 0; r < plain.rowCount(); ++r)
            if (plain.index(r, T4AModel::DueColumn).data().toString() == T4AModel::tr("Yes"))
                due << plain.index(r, 0).data(T4AModel::KeyRole).toString();
        QVERIFY(!due.isEmpty());
        QCOMPARE(keys(&filter), due);
        filter.setMode(T4AFilterModel::Mode::All);
        view.sortByColumn(-1, Qt::AscendingOrder);
        plain.sort(-1);
        QCOMPARE(keys(&filter), keys(&plain));
        QStringList overview;
        for (const T4AOverviewRow &r : rows)
            overview << r.key();
        QCOMPARE(keys(&filter), overview);
        QCOMPARE(model.indexOfKey(rows.at(5).key()), 5);
    }
};

QTEST_MAIN(TstT4AXml)
#include "tst_t4axml.moc"
