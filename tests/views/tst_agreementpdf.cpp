// The agreement PDF read back with Poppler: both parties, the program, the split and its worked
// example, the dates, acceptance; French for a Quebec mechanic and English on request. The split's
// numbers are the database's (desk.calculate_revenue_split of the agreement's frozen terms, the core
// the ledger posts the agreement's jobs with): an owner approves an application through the
// controller, and the stored PDF states exactly the fee and shares the database returns for that
// agreement's terms, each with the clause it comes from.

#include "app/partnerships/partnershipcontroller.h"
#include "models/common/basispoints.h"
#include "models/core/dbexecutor.h"
#include "models/partnerships/agreementlistmodel.h"
#include "models/partnerships/applicationqueuemodel.h"
#include "models/partnerships/partnershiprepository.h"
#include "models/partnerships/programlistmodel.h"
#include "tests/support/testdatabase.h"
#include "views/paper/agreementrenderer.h"
#include "views/partnerships/applicationspanel.h"
#include "views/partnerships/partnershippane.h"

#include <poppler-qt6.h>

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QTest>
#include <QTimeZone>

using namespace adesk;

class TstAgreementPdf : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void approvalStatesTheDatabasesSplit();
    void frenchForAQuebecMechanic();
    void englishOnRequestAndBayRental();
    void longTermsPaginate();
    void frenchAgreementHasNoEnglishWords();

private:
    static AgreementRow agreement();
    static QString text(const QByteArray &pdf, int *pages = nullptr);
    /// The database's worked example of @p a (as the owner, as the controller fetches it).
    SplitExample example(const AgreementRow &a) {
        const Result<SplitExample> r =
            PartnershipRepository::agreementExample(m_own, a, PartnershipRepository::kExampleGrossCents);
        if (!r.ok())
            qWarning() << r.error().serverMessage;
        return r.ok() ? r.value() : SplitExample{};
    }

    TestDatabase m_db;
    QSqlDatabase m_own;
    QString m_owner;
    qint64 m_workshop = 0;
};

void TstAgreementPdf::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_workshop = m_db.insertWorkshop(u"Garage Lakeshore"_qs, u"ON"_qs);
    QVERIFY(m_workshop > 0);
    // A custom fee (a rule from today): the agreement must state it, not the 20 % default.
    QVERIFY(m_db.exec(u"UPDATE desk.organizations SET platform_fee_bp = 1750 WHERE id = ?"_qs, {m_workshop}));
    m_owner = m_db.roleName(u"owner"_qs);
    QVERIFY(m_db.createLogin(m_owner, u"adesk_workshop_owner"_qs, u"Olivia Owner"_qs, {m_workshop}));
    m_own = TestDatabase::openConnection(m_db.login(m_owner), u"agreementpdf_owner"_qs);
    QVERIFY2(m_own.isOpen(), qPrintable(m_own.lastError().text()));
}

void TstAgreementPdf::cleanupTestCase() {
    m_own = QSqlDatabase();
    TestDatabase::closeConnection(u"agreementpdf_owner"_qs);
}

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

void TstAgreementPdf::approvalStatesTheDatabasesSplit() {
    // The owner's program (17.5 % fee today: the database freezes it into the version), a mechanic
    // applies, the owner approves through the controller, which renders and stores the PDF.
    ProgramTerms t;
    t.name = u"Lakeshore revenue share"_qs;
    t.type = ProgramTerms::Type::RevenueShare;
    t.workshopShareBp = 2000;
    t.mechanicShareBp = 6250;
    const auto saved = PartnershipRepository::saveProgram(m_own, RequestKey::create(), 0, 0, m_workshop, t);
    QVERIFY2(saved.ok(), qPrintable(saved.error().serverMessage));
    const auto published = PartnershipRepository::setProgramStatus(m_own, RequestKey::create(), saved->id,
                                                                   saved->rowVersion, ProgramAction::Publish);
    QVERIFY2(published.ok(), qPrintable(published.error().serverMessage));
    const qint64 mechanic = m_db.insertPhysicalMechanic(u"Priya Partner"_qs, 0, u"licensed_mobile"_qs);
    QVERIFY(mechanic > 0);
    const qint64 application =
        m_db.scalar(u"INSERT INTO desk.partnership_applications (program_id, mechanic_id, message) "
                    "VALUES (?, ?, 'Hello') RETURNING id"_qs,
                    {saved->id, mechanic})
            .toLongLong();
    QVERIFY(application > 0);
    const int version =
        m_db.scalar(u"SELECT version FROM desk.partnership_applications WHERE id = ?"_qs, {application})
            .toInt();

    Identity who;
    who.loginRole = m_owner;
    who.deskRole = u"workshop_owner"_qs;
    who.workshopIds = {m_workshop};
    DbExecutor exec(m_db.login(m_owner), 2);
    PartnershipController controller(&exec, nullptr, who);
    PartnershipPane pane(controller.programs(), controller.agreements(), controller.partnerships());
    ApplicationsPanel apps(controller.programs(), controller.applications());
    controller.attach(&pane, &apps);
    QSignalSpy decided(&controller, &PartnershipController::decisionFinished);
    emit apps.decisionRequested(application, version, true, QString(), QDate::currentDate(), QDate());
    QVERIFY(decided.wait(20000));
    QCOMPARE(decided.first().at(1).toBool(), true);

    const TestDatabase::SqlResult stored =
        m_db.run(u"SELECT g.id, g.terms::text, d.content, g.terms ->> 'version_effective_from' "
                 "FROM desk.partnership_agreements g JOIN desk.documents d ON d.id = g.document_id "
                 "WHERE g.application_id = ?"_qs,
                 {application});
    QVERIFY2(stored.ok && stored.rows.size() == 1, qPrintable(stored.describe()));
    const qint64 agreementId = stored.rows.first().at(0).toLongLong();
    const QByteArray pdf = stored.rows.first().at(2).toByteArray();
    const QString versionDate = stored.rows.first().at(3).toString();
    QVERIFY(!versionDate.isEmpty());
    if (const QString dir = qEnvironmentVariable("ADESK_GRAB_DIR"); !dir.isEmpty()) {
        QFile out(dir + QStringLiteral("/agreement-en.pdf"));
        if (out.open(QIODevice::WriteOnly))
            out.write(pdf);
    }

    // What the database says the agreement's terms pay on a $500 job.
    const TestDatabase::SqlResult split =
        m_db.run(u"SELECT s.party, s.share_bp, s.amount_cents FROM desk.calculate_revenue_split("
                 "(SELECT terms FROM desk.partnership_agreements WHERE id = ?), 50000) s"_qs,
                 {agreementId});
    QVERIFY2(split.ok && split.rows.size() == 3, qPrintable(split.describe()));
    QHash<QString, QPair<int, qint64>> db;
    qint64 sum = 0;
    for (const QVariantList &r : split.rows) {
        db.insert(r.at(0).toString(), {r.at(1).toInt(), r.at(2).toLongLong()});
        sum += r.at(2).toLongLong();
    }
    QCOMPARE(sum, 50000);
    QCOMPARE(db.value(u"platform"_qs).first, 1750); // the workshop's fee on the version's date
    QCOMPARE(db.value(u"workshop"_qs).first, 2000);
    QCOMPARE(db.value(u"mechanic"_qs).first, 6250);

    const QLocale en(QLocale::English, QLocale::Canada);
    auto pct = [&](int bp) { return BasisPoints(bp).toString(en).replace(QChar(0x00a0), u' '); };
    auto money = [&](qint64 c) { return Money::fromCents(c).toString(en).replace(QChar(0x00a0), u' '); };
    const QString t1 = text(pdf);
    // Each share with the clause it comes from, as the database computes it.
    QVERIFY2(t1.contains(
                 u"Platform fee %1 of each job's gross (the workshop's platform fee in force on %2)"_qs.arg(
                     pct(db.value(u"platform"_qs).first), versionDate)),
             qPrintable(t1));
    QVERIFY(t1.contains(u"Workshop share %1 of each job's gross (program terms, version 1)"_qs.arg(
        pct(db.value(u"workshop"_qs).first))));
    QVERIFY(t1.contains(u"Mechanic share %1 of each job's gross (program terms, version 1)"_qs.arg(
        pct(db.value(u"mechanic"_qs).first))));
    // The worked example: the database's amounts, each with the clause (the Terms row) it follows.
    QVERIFY(t1.contains(u"On a repair job billed $500.00:"_qs));
    QVERIFY2(t1.contains(u"The Auto Doctor Platform fee: %1 %2"_qs.arg(
                 pct(db.value(u"platform"_qs).first), money(db.value(u"platform"_qs).second))),
             qPrintable(t1));
    QVERIFY(t1.contains(u"The workshop receives Workshop share: %1 %2"_qs.arg(
        pct(db.value(u"workshop"_qs).first), money(db.value(u"workshop"_qs).second))));
    QVERIFY(t1.contains(u"The mechanic receives Mechanic share: %1 %2"_qs.arg(
        pct(db.value(u"mechanic"_qs).first), money(db.value(u"mechanic"_qs).second))));
    QVERIFY(t1.contains(u"$87.50"_qs) && t1.contains(u"$312.50"_qs)); // 17.5 % and 62.5 % of $500
    QVERIFY(!t1.contains(u"Platform fee 20 %"_qs));                   // not the default fee

    // The same numbers in French (the print preview's other language), from the same example.
    const Result<AgreementRow> row = PartnershipRepository::loadAgreement(m_own, agreementId);
    QVERIFY(row.ok());
    const QString t2 = text(AgreementRenderer::render(*row, example(*row), u"fr"_qs));
    QVERIFY2(t2.contains(u"17,5 % du montant brut de chaque travail (frais de plateforme de l'atelier en "
                         "vigueur le %1)"_qs.arg(versionDate)),
             qPrintable(t2));
    QVERIFY(t2.contains(u"87,50 $"_qs));
    QVERIFY(t2.contains(u"312,50 $"_qs));
}

void TstAgreementPdf::frenchForAQuebecMechanic() {
    const AgreementRow a = agreement();
    const SplitExample ex = example(a);
    QCOMPARE(ex.lines.size(), 3);
    const QByteArray pdf = AgreementRenderer::render(a, ex);
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
    QVERIFY2(t.contains(u"60 % du montant brut de chaque travail (conditions du programme, version 2)"_qs),
             qPrintable(t));
    QVERIFY(t.contains(u"20 % du montant brut de chaque travail (frais de plateforme de l'atelier en vigueur "
                       "le 2026-02-15)"_qs));
    // $500 job: 100 / 100 / 300, in fr_CA format.
    QVERIFY2(t.contains(u"500,00 $"_qs), qPrintable(t));
    QVERIFY(t.contains(u"Le mécanicien reçoit Part du mécanicien : 60 % 300,00 $"_qs));
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
    const SplitExample ex = example(a);
    QCOMPARE(ex.cents(Party::Mechanic), 40000);
    const QString t = text(AgreementRenderer::render(a, ex, u"en"_qs));
    QVERIFY2(t.contains(u"Partnership agreement"_qs), qPrintable(t.left(300)));
    QVERIFY(t.contains(u"Bay rental per hour"_qs));
    QVERIFY(t.contains(u"$45.00"_qs));
    QVERIFY(t.contains(u"$295.00"_qs));
    QVERIFY2(t.contains(u"The mechanic receives Mechanic share: 80 % $400.00"_qs), qPrintable(t));
    QVERIFY(t.contains(u"The mechanic pays Bay rental for a 4-hour job $180.00"_qs)); // 4 hours of bay
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
    const QString t = text(AgreementRenderer::render(a, example(a)), &pages);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QVERIFY(t.contains(u"Article 120."_qs));
    QVERIFY(t.contains(u"Acceptation"_qs)); // the acceptance block after the long terms
}

void TstAgreementPdf::frenchAgreementHasNoEnglishWords() {
    // An Ontario workshop's program, written in English with its French texts, signed by a French-speaking
    // mechanic: the French agreement takes the French name, description and terms, and no English word.
    AgreementRow a = agreement();
    a.terms[u"program_name"_qs] = u"Weekend bay rental"_qs;
    a.terms[u"program_description"_qs] = u"Two lifts available Saturdays and Sundays, tools included."_qs;
    a.terms[u"terms_html"_qs] =
        u"<p><b>Bays:</b> lifts 3 and 4.</p><ul><li>Bring your own scanner.</li></ul>"_qs;
    a.terms[u"program_name_fr"_qs] = u"Location de baie le samedi"_qs;
    a.terms[u"program_description_fr"_qs] =
        u"Deux ponts élévateurs les samedis et dimanches, outils inclus."_qs;
    a.terms[u"terms_html_fr"_qs] =
        u"<p><b>Baies :</b> ponts 3 et 4.</p><ul><li>Apportez votre lecteur.</li></ul>"_qs;
    const QString fr = text(AgreementRenderer::render(a, example(a), u"fr"_qs));
    QVERIFY2(fr.contains(u"Location de baie le samedi"_qs), qPrintable(fr));
    QVERIFY(fr.contains(u"Deux ponts élévateurs"_qs));
    QVERIFY(fr.contains(u"Apportez votre lecteur"_qs));
    // Words only English uses (whole words, case-sensitive). "The Auto Doctor" is the platform's name.
    const char *const english[] = {"Weekend",      "Bays",      "Bring",   "lifts",      "tools",
                                   "included",     "Agreement", "Program", "Workshop",   "Mechanic",
                                   "Platform fee", "Share",     "Terms",   "Effective",  "End date",
                                   "Acceptance",   "receives",  "pays",    "Amounts",    "GST",
                                   "HST",          "of each",   "job",     "version of", "not yet"};
    for (const char *word : english) {
        const QRegularExpression re(QStringLiteral("(^|[^\\p{L}])%1($|[^\\p{L}])")
                                        .arg(QRegularExpression::escape(QString::fromLatin1(word))));
        const QRegularExpressionMatch m = re.match(fr);
        QVERIFY2(!m.hasMatch(),
                 qPrintable(QStringLiteral("\"%1\" in: %2")
                                .arg(QString::fromLatin1(word),
                                     fr.mid(qMax<qsizetype>(0, m.capturedStart() - 80), 160))));
    }
    // The English agreement keeps the English texts.
    const QString en = text(AgreementRenderer::render(a, example(a), u"en"_qs));
    QVERIFY(en.contains(u"Weekend bay rental"_qs));
    QVERIFY(en.contains(u"Bring your own scanner"_qs));
    QVERIFY(!en.contains(u"Apportez"_qs));
}

QTEST_MAIN(TstAgreementPdf)
#include "tst_agreementpdf.moc"
