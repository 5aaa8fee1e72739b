// The T4A slip and Summary PDFs read back with Poppler, word by word with their positions: each CRA
// box number is printed with its value beside it (061 payer's account, 012 SIN, 013 recipient's
// account, 048 fees for services, the Summary's lines 088 and 048); a recipient's page holds two
// slips (one in each half of the Letter page) and leaves box 061 empty, as CRA asks; the payer's
// copy shows 061, the SIN and the BN in full; "Protected B when completed / Protégé B une fois
// rempli"; the Summary's due date moved past the weekend (tax year 2025: Monday March 2, 2026) and
// its certification, in the payer's language first.

#include "models/tax/t4arules.h"
#include "views/paper/t4arenderer.h"

#include <QTest>

#include <memory>
#include <poppler-qt6.h>

using namespace adesk;

namespace {

T4APayer payer(const QString &language = QStringLiteral("E")) {
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
    p.language = language;
    return p;
}

T4ASlipData individual(const QString &surname, const QString &given, qint64 cents, bool french) {
    T4ASlipData s;
    s.payeeParty = Party::Mechanic;
    s.payeeId = 7;
    s.payeeName = given + u' ' + surname;
    s.recipientKind = RecipientKind::Individual;
    s.surname = surname;
    s.givenName = given;
    s.initial = QStringLiteral("J");
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

T4ASlipData business(const QString &name, qint64 cents) {
    T4ASlipData s = individual(QString(), QString(), cents, false);
    s.payeeParty = Party::Workshop;
    s.payeeId = 3;
    s.payeeName = name;
    s.recipientKind = RecipientKind::Business;
    s.initial.clear();
    s.sin.clear();
    s.businessName = name;
    s.bn = QStringLiteral("123456789RT0001");
    return s;
}

struct Word {
    QString text;
    QRectF box;
};

struct Page {
    QList<Word> words;
    QString text; ///< the page's text, whitespace simplified
    QSizeF size;
};

QList<Page> readBack(const QByteArray &pdf) {
    QList<Page> out;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked())
        return out;
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        Page p;
        p.size = page->pageSizeF();
        for (const auto &t : page->textList())
            p.words << Word{t->text(), t->boundingBox()};
        p.text = page->text(QRectF()).simplified();
        out << p;
    }
    return out;
}

/// Spaces of any kind (the French group separator is a no-break space) as plain spaces.
QString plain(QString s) {
    s.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
    return s.simplified();
}

/// The words @p number printed as a box number: alone in their cell, not inside a sentence ("Box
/// 048 excludes GST/HST"), from top to bottom.
QList<Word> boxNumbers(const Page &page, const QString &number) {
    QList<Word> numbers;
    for (const Word &w : page.words) {
        if (w.text != number)
            continue;
        bool inSentence = false;
        for (const Word &o : page.words)
            inSentence = inSentence || (qAbs(o.box.center().y() - w.box.center().y()) < 3 &&
                                        o.box.right() <= w.box.left() && o.box.right() > w.box.left() - 5);
        if (!inSentence)
            numbers << w;
    }
    std::sort(numbers.begin(), numbers.end(), [](const Word &a, const Word &b) {
        return a.box.top() != b.box.top() ? a.box.top() < b.box.top() : a.box.left() < b.box.left();
    });
    return numbers;
}

/// The words printed on the same line right of the @p occurrence-th word @p number, up to @p span
/// points beyond it (the box's entry field), joined with spaces. Null when @p number is missing.
QString beside(const Page &page, const QString &number, qreal span, int occurrence = 0) {
    const QList<Word> numbers = boxNumbers(page, number);
    if (occurrence >= numbers.size())
        return QString();
    const QRectF n = numbers[occurrence].box;
    QList<Word> line;
    for (const Word &w : page.words)
        if (qAbs(w.box.center().y() - n.center().y()) < 4 && w.box.left() > n.right() &&
            w.box.left() < n.right() + span)
            line << w;
    std::sort(line.begin(), line.end(),
              [](const Word &a, const Word &b) { return a.box.left() < b.box.left(); });
    QStringList parts;
    for (const Word &w : line)
        parts << w.text;
    return plain(parts.join(u' ')).isNull() ? QStringLiteral("") : plain(parts.join(u' '));
}

int countBoxes(const Page &page, const QString &number) {
    return int(boxNumbers(page, number).size());
}

int count(const Page &page, const QString &word) {
    int n = 0;
    for (const Word &w : page.words)
        n += w.text == word ? 1 : 0;
    return n;
}

QList<qreal> tops(const Page &page, const QString &number) {
    QList<qreal> out;
    for (const Word &w : boxNumbers(page, number))
        out << w.box.top();
    return out;
}

constexpr qreal kAmountSpan = 110;  ///< the entry of an amount or a SIN box
constexpr qreal kAccountSpan = 230; ///< the entry of box 061
constexpr qreal kSummarySpan = 95;  ///< the entry of a Summary line

} // namespace

class TstT4APdf : public QObject {
    Q_OBJECT
private slots:
    void slipAmounts() {
        QCOMPARE(plain(T4ARenderer::slipAmount(123456, QStringLiteral("fr"))), QStringLiteral("1 234,56"));
        QCOMPARE(T4ARenderer::slipAmount(123456, QStringLiteral("en")), QStringLiteral("1,234.56"));
        QCOMPARE(T4ARenderer::slipAmount(50, QStringLiteral("en")), QStringLiteral("0.50"));
        QCOMPARE(T4ARenderer::slipAmount(100000000, QStringLiteral("en")), QStringLiteral("1,000,000.00"));
    }

    void recipientCopyHoldsTwoSlips() {
        const T4ASlipData s = individual(QStringLiteral("Tremblay"), QStringLiteral("Marie"), 123456, true);
        const QList<Page> pages = readBack(T4ARenderer::renderSlip(s, payer(), 2025));
        QCOMPARE(pages.size(), 1);
        const Page &p = pages[0];
        QVERIFY2(qAbs(p.size.width() - 612) < 1 && qAbs(p.size.height() - 792) < 1, "Letter, as CRA's form");
        // Two slips: one in each half of the page, each with its title, box numbers and amount.
        QCOMPARE(count(p, QStringLiteral("T4A")), 2);
        const QList<qreal> at048 = tops(p, QStringLiteral("048"));
        QCOMPARE(at048.size(), 2);
        QVERIFY(at048[0] < 396 && at048[1] > 396);
        for (int copy = 0; copy < 2; ++copy) {
            QCOMPARE(beside(p, QStringLiteral("048"), kAmountSpan, copy), QStringLiteral("1 234,56"));
            QCOMPARE(beside(p, QStringLiteral("012"), kAmountSpan, copy), QStringLiteral("*** *** 286"));
            // CRA: "do not print your account number (box 061) on these copies".
            QVERIFY(!beside(p, QStringLiteral("061"), kAccountSpan, copy).isNull());
            QCOMPARE(beside(p, QStringLiteral("061"), kAccountSpan, copy), QString());
            QCOMPARE(beside(p, QStringLiteral("013"), kAmountSpan, copy), QString());
            QCOMPARE(beside(p, QStringLiteral("016"), kAmountSpan, copy), QString()); // unused: blank
        }
        QVERIFY(!p.text.contains(QStringLiteral("794512368")));
        QVERIFY(!p.text.contains(QStringLiteral("046454286")) &&
                !p.text.contains(QStringLiteral("046 454 286")));
        // The recipient's language first, CRA's bilingual title and Protected B line.
        QVERIFY2(p.text.contains(QStringLiteral("Protégé B une fois rempli / Protected B when completed")),
                 qPrintable(p.text));
        // (the title wraps in its column; Poppler's reading order puts the payer's address between)
        QVERIFY2(p.text.contains(QStringLiteral("État du revenu de pension, de retraite, de rente ou")),
                 qPrintable(p.text));
        QVERIFY(p.text.contains(QStringLiteral("d'autres sources")));
        QVERIFY(
            p.text.contains(QStringLiteral("Statement of Pension, Retirement, Annuity, and Other Income")));
        QVERIFY(p.text.contains(QStringLiteral("Honoraires ou autres sommes pour services rendus")));
        QCOMPARE(count(p, QStringLiteral("Tremblay")), 2);
        QCOMPARE(count(p, QStringLiteral("Marie")), 2);
        QVERIFY(p.text.contains(QStringLiteral("The Auto Doctor Inc.")));
        QVERIFY(p.text.contains(QStringLiteral("100 King St W")));
        QVERIFY(p.text.contains(QStringLiteral("H2X 1Y4")));
        QVERIFY(!p.text.contains(u'$'));
    }

    void payerCopyShowsTheAccountNumbers() {
        const T4ASlipData s = individual(QStringLiteral("Smith"), QStringLiteral("John"), 50001, false);
        const QList<Page> pages = readBack(T4ARenderer::renderSlip(s, payer(), 2025, T4ASlipCopy::Payer));
        QCOMPARE(pages.size(), 1);
        const Page &p = pages[0];
        QCOMPARE(countBoxes(p, QStringLiteral("048")), 1);
        QCOMPARE(beside(p, QStringLiteral("061"), kAccountSpan), QStringLiteral("794512368RP0001"));
        QCOMPARE(beside(p, QStringLiteral("012"), kAmountSpan), QStringLiteral("046 454 286"));
        QCOMPARE(beside(p, QStringLiteral("048"), kAmountSpan), QStringLiteral("500.01"));
        QVERIFY2(p.text.contains(QStringLiteral("Protected B when completed / Protégé B une fois rempli")),
                 qPrintable(p.text));
        QVERIFY(p.text.contains(QStringLiteral("Fees for services")));
        QVERIFY(p.text.contains(QStringLiteral("Payer's copy")));
    }

    void businessRecipient() {
        const T4ASlipData s = business(QStringLiteral("Garage Lavoie Inc."), 987654);
        const Page recipient = readBack(T4ARenderer::renderSlip(s, payer(), 2025)).value(0);
        for (int copy = 0; copy < 2; ++copy) {
            QCOMPARE(beside(recipient, QStringLiteral("013"), kAmountSpan, copy),
                     QStringLiteral("********* 001"));
            QCOMPARE(beside(recipient, QStringLiteral("012"), kAmountSpan, copy), QString());
            QCOMPARE(beside(recipient, QStringLiteral("048"), kAmountSpan, copy), QStringLiteral("9,876.54"));
        }
        QVERIFY(recipient.text.contains(QStringLiteral("Business name Garage Lavoie Inc.")));
        const Page payerCopy =
            readBack(T4ARenderer::renderSlip(s, payer(), 2025, T4ASlipCopy::Payer)).value(0);
        QCOMPARE(beside(payerCopy, QStringLiteral("013"), kAmountSpan), QStringLiteral("123456789RT0001"));
    }

    void amendedAndCancelledStamps() {
        T4ASlipData s = individual(QStringLiteral("Smith"), QStringLiteral("John"), 50001, false);
        s.reportType = ReportType::Amended;
        QCOMPARE(
            count(readBack(T4ARenderer::renderSlip(s, payer(), 2025)).value(0), QStringLiteral("AMENDED")),
            2);
        s.reportType = ReportType::Cancelled;
        s.language = QStringLiteral("fr");
        QCOMPARE(
            count(readBack(T4ARenderer::renderSlip(s, payer(), 2025)).value(0), QStringLiteral("ANNULÉ")), 2);
    }

    void summaryEnglish() {
        T4AReturnData d;
        d.taxYear = 2025;
        d.submissionRef = QStringLiteral("T4A25001");
        d.payer = payer();
        d.slips << individual(QStringLiteral("Tremblay"), QStringLiteral("Marie"), 123456, true)
                << individual(QStringLiteral("Smith"), QStringLiteral("John"), 50001, false)
                << business(QStringLiteral("Garage Lavoie Inc."), 987654)
                << individual(QStringLiteral("O'Brien"), QStringLiteral("Pat"), 75000, false);
        const QList<Page> pages = readBack(T4ARenderer::renderSummary(d));
        QCOMPARE(pages.size(), 1);
        const Page &p = pages[0];
        QVERIFY2(p.text.contains(QStringLiteral("T4A Summary")), qPrintable(p.text));
        QVERIFY(p.text.contains(QStringLiteral("Protected B when completed / Protégé B une fois rempli")));
        QCOMPARE(beside(p, QStringLiteral("088"), kSummarySpan), QStringLiteral("4"));
        QCOMPARE(beside(p, QStringLiteral("048"), kSummarySpan), QStringLiteral("$12,361.11"));
        for (const char *blank : {"016", "018", "020", "024", "101", "022", "082", "084", "086"})
            QCOMPARE(beside(p, QString::fromLatin1(blank), kSummarySpan), QString());
        QVERIFY(p.text.contains(QStringLiteral("794512368RP0001")));
        // Due the last day of February 2026, a Saturday: moved to Monday March 2, 2026.
        QCOMPARE(T4ARules::filingDueDate(2025), QDate(2026, 3, 2));
        QVERIFY2(p.text.contains(QStringLiteral("Monday, March 2, 2026")), qPrintable(p.text));
        QVERIFY(!p.text.contains(QStringLiteral("February 28")));
        QVERIFY(
            p.text.contains(QStringLiteral("I certify that the information given in this T4A return is, to "
                                           "the best of my knowledge, correct and complete.")));
        QVERIFY(
            p.text.contains(QStringLiteral("J'atteste que les renseignements fournis dans cette déclaration "
                                           "T4A sont, à ma connaissance, exacts et complets.")));
        for (const char *label : {"Name of authorized person", "Signature of authorized person",
                                  "Position or office", "Telephone", "Person to contact about this return",
                                  "Finance Desk", "(416) 555-0142", "100 King St W", "Toronto ON M5X 1C9"})
            QVERIFY2(p.text.contains(QString::fromUtf8(label)), qPrintable(p.text));
        const QStringList lines = {QStringLiteral("076"), QStringLiteral("078")};
        for (const QString &n : lines)
            QCOMPARE(countBoxes(p, n), 1);
    }

    void summaryFrench() {
        T4AReturnData d;
        d.taxYear = 2026; // due Sunday February 28, 2027: moved to Monday March 1
        d.payer = payer(QStringLiteral("F"));
        d.slips << individual(QStringLiteral("Tremblay"), QStringLiteral("Marie"), 123456, true);
        const Page p = readBack(T4ARenderer::renderSummary(d)).value(0);
        QVERIFY2(p.text.contains(QStringLiteral("Sommaire T4A")), qPrintable(p.text));
        QVERIFY(p.text.contains(QStringLiteral("Protégé B une fois rempli / Protected B when completed")));
        QVERIFY2(p.text.contains(QStringLiteral("lundi 1 mars 2027")), qPrintable(p.text));
        QCOMPARE(beside(p, QStringLiteral("048"), kSummarySpan), QStringLiteral("1 234,56 $"));
        QVERIFY(
            p.text.contains(QStringLiteral("J'atteste que les renseignements fournis dans cette déclaration "
                                           "T4A sont, à ma connaissance, exacts et complets.")));
        QVERIFY(p.text.indexOf(QStringLiteral("J'atteste")) < p.text.indexOf(QStringLiteral("I certify")));
        QVERIFY(p.text.contains(QStringLiteral("Nom de la personne autorisée")));
    }
};

QTEST_MAIN(TstT4APdf)
#include "tst_t4apdf.moc"
