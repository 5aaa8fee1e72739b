// The agreement PDF read back with Poppler: both parties, the program, the split and its worked
// example, the dates, acceptance; French for a Quebec mechanic and English on request.

#include "views/paper/agreementrenderer.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QGuiApplication>
#include <QTest>
#include <QTimeZone>

using namespace adesk;

class TstAgreementPdf : public QObject {
    Q_OBJECT

private slots:
    void frenchForAQuebecMechanic();
    void englishOnRequestAndBayRental();
    void longTermsPaginate();

private:
    static AgreementRow agreement();
    static QString text(const QByteArray &pdf, int *pages = nullptr);
};

AgreementRow TstAgreementPdf::agreement() {
    AgreementRow a;
    a.id = 42;
    a.language = QStringLiteral("fr");
    a.status = PartnershipStatus::Active;
    a.effectiveDate = QDate(2026, 3, 1);
    a.endDate = QDate(2027, 2, 28);
    a.workshopAcceptedBy = QStringLiteral("Isabelle Gagnon");
    a.workshopAcceptedAt = QDateTime(QDate(2026, 2, 26), QTime(15, 0), Qt::UTC);
    QJsonObject w{{u"name"_qs, u"Garage Saint-Denis inc."_qs},
                  {u"address"_qs, u"4520 rue Saint-Denis"_qs},
                  {u"city"_qs, u"Montréal"_qs},
                  {u"province"_qs, u"QC"_qs},
                  {u"postal_code"_qs, u"H2J 2L3"_qs}};
    QJsonObject m{
        {u"name"_qs, u"Marc-André Tremblay"_qs}, {u"city"_qs, u"Montréal"_qs}, {u"province"_qs, u"QC"_qs}};
    a.terms = QJsonObject{{u"program_name"_qs, u"Partage des revenus — mécanique générale"_qs},
                          {u"program_type"_qs, u"revenue_share"_qs},
                          {u"version_no"_qs, 2},
                          {u"version_effective_from"_qs, u"2026-02-15"_qs},
                          {u"platform_fee_bp"_qs, 2000},
                          {u"workshop_share_bp"_qs, 2000},
                          {u"mechanic_share_bp"_qs, 6000},
                          {u"terms_html"_qs, u"<p>L'atelier fournit les <b>pièces</b>.</p>"_qs},
                          {u"workshop"_qs, w},
                          {u"mechanic"_qs, m}};
    return a;
}

QString TstAgreementPdf::text(const QByteArray &pdf, int *pages) {
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        return {};
    QString out;
    for (int i = 0; i < doc->numPages(); ++i)
        out += doc->page(i)->text(QRectF()) + u'\n';
    if (pages)
        *pages = doc->numPages();
    // Poppler may break lines anywhere and uses NBSP in amounts: normalise the whitespace.
    out.replace(QChar(0x00a0), u' ').replace(QChar(0x202f), u' ');
    return out.simplified();
}

void TstAgreementPdf::frenchForAQuebecMechanic() {
    const AgreementRow a = agreement();
    const QByteArray pdf = AgreementRenderer::render(a);
    QVERIFY(pdf.startsWith("%PDF"));
    if (const QString dir = qEnvironmentVariable("ADESK_GRAB_DIR"); !dir.isEmpty()) {
        QFile out(dir + QStringLiteral("/agreement-fr.pdf"));
        if (out.open(QIODevice::WriteOnly))
            out.write(pdf);
    }
    const QString t = text(pdf);
    QVERIFY2(t.contains(u"Entente de partenariat"_qs), qPrintable(t.left(400)));
    QVERIFY(t.contains(u"Garage Saint-Denis inc."_qs));
    QVERIFY(t.contains(u"Marc-André Tremblay"_qs));
    QVERIFY(t.contains(u"Partage des revenus"_qs));
    QVERIFY(t.contains(u"Part du mécanicien"_qs));
    QVERIFY2(t.contains(u"60 %"_qs), qPrintable(t));
    // $500 job: 100 / 100 / 300, in fr_CA format.
    QVERIFY2(t.contains(u"500,00 $"_qs), qPrintable(t));
    QVERIFY(t.contains(u"300,00 $"_qs));
    QVERIFY(t.contains(u"100,00 $"_qs));
    QVERIFY(t.contains(u"2026-03-01"_qs));
    QVERIFY(t.contains(u"2027-02-28"_qs));
    QVERIFY(t.contains(u"Isabelle Gagnon"_qs));
    QVERIFY(t.contains(u"pas encore acceptée"_qs)); // the mechanic has not accepted yet
    QVERIFY(t.contains(u"pièces"_qs));              // the owner's rich-text terms
    QVERIFY(!t.contains(u"Partnership agreement"_qs));
    QCOMPARE(AgreementRenderer::fileName(a), u"entente-partenariat-42-fr.pdf"_qs);
}

void TstAgreementPdf::englishOnRequestAndBayRental() {
    AgreementRow a = agreement();
    a.terms[u"program_type"] = u"bay_rental"_qs;
    a.terms[u"program_name"] = u"Weekend bay rental"_qs;
    a.terms[u"workshop_share_bp"] = 0;
    a.terms[u"mechanic_share_bp"] = 8000;
    a.terms[u"bay_rate_hour_cents"] = 4500;
    a.terms[u"bay_rate_day_cents"] = 29500;
    const QString t = text(AgreementRenderer::render(a, u"en"_qs));
    QVERIFY2(t.contains(u"Partnership agreement"_qs), qPrintable(t.left(300)));
    QVERIFY(t.contains(u"Bay rental per hour"_qs));
    QVERIFY(t.contains(u"$45.00"_qs));
    QVERIFY(t.contains(u"$295.00"_qs));
    QVERIFY(t.contains(u"$400.00"_qs)); // mechanic keeps 80 % of $500
    QVERIFY(t.contains(u"$180.00"_qs)); // 4 hours of bay
    QVERIFY(t.contains(u"Marc-André Tremblay"_qs));
    QVERIFY(!t.contains(u"Entente de partenariat"_qs));
}

void TstAgreementPdf::longTermsPaginate() {
    AgreementRow a = agreement();
    QString html;
    for (int i = 1; i <= 120; ++i)
        html += QStringLiteral("<p>Article %1. Le mécanicien respecte les normes de l'atelier.</p>").arg(i);
    a.terms[u"terms_html"] = html;
    int pages = 0;
    const QString t = text(AgreementRenderer::render(a), &pages);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QVERIFY(t.contains(u"Article 120."_qs));
    QVERIFY(t.contains(u"Acceptation"_qs)); // the acceptance block after the long terms
}

QTEST_MAIN(TstAgreementPdf)
#include "tst_agreementpdf.moc"
