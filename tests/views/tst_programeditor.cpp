// The program editor offscreen: validation as you type (shares after the platform fee, prices,
// membership hours), undo/redo of every edit through its QUndoStack, the live preview's worked
// example, the save intent; the list models under QAbstractItemModelTester; CSV import of parts.

#include "models/partnerships/agreementlistmodel.h"
#include "models/partnerships/partscsv.h"
#include "models/partnerships/programlistmodel.h"
#include "views/partnerships/partnershipspanel.h"
#include "views/partnerships/programeditor.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>
#include <QUndoStack>

using namespace adesk;

class TstProgramEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada)); }
    void validationAsYouType();
    void typeSpecificForms();
    void undoAndRedo();
    void previewShowsWorkedExample();
    void saveEmitsIntentAndPublishedNeedsDate();
    void readOnlyForAdmins();
    void modelsUnderTester();
    void csvImport();

private:
    static ProgramDetail draft() {
        ProgramDetail d;
        d.workshopId = 7;
        d.workshopName = QStringLiteral("Garage Alpha");
        d.terms.name = QStringLiteral("Shares");
        d.terms.type = ProgramTerms::Type::RevenueShare;
        d.terms.platformFeeBp = 2000;
        d.terms.workshopShareBp = 2400;
        d.terms.mechanicShareBp = 5600;
        return d;
    }
    static QString issuesText(ProgramEditor &e) {
        return e.findChild<QLabel *>(QStringLiteral("issues"))->text();
    }
};

void TstProgramEditor::validationAsYouType() {
    ProgramEditor e;
    e.setProgram(draft());
    e.show();
    QVERIFY(e.issues().isEmpty());
    auto *mech = qobject_cast<QDoubleSpinBox *>(e.field(QStringLiteral("mechanic_share_bp")));
    QVERIFY(mech);
    mech->setValue(60.0); // 20 + 24 + 60 = 104 %
    QCOMPARE(e.terms().mechanicShareBp, 6000);
    QVERIFY(!e.issues().isEmpty());
    QVERIFY(issuesText(e).contains(QStringLiteral("must add up to")));
    QVERIFY(!e.findChild<QPushButton *>(QStringLiteral("save"))->isEnabled());
    QVERIFY(!mech->styleSheet().isEmpty()); // the offending field is marked
    mech->setValue(56.0);
    QVERIFY(e.issues().isEmpty());
    QVERIFY(e.findChild<QPushButton *>(QStringLiteral("save"))->isEnabled());

    auto *name = qobject_cast<QLineEdit *>(e.field(QStringLiteral("name")));
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QCOMPARE(e.terms().name, QString());
    QVERIFY(issuesText(e).contains(QStringLiteral("name")));
    QTest::keyClicks(name, QStringLiteral("Brakes"));
    QCOMPARE(e.terms().name, QStringLiteral("Brakes"));
    QVERIFY(e.issues().isEmpty());
}

void TstProgramEditor::typeSpecificForms() {
    ProgramEditor e;
    e.setProgram(draft());
    e.show();
    auto *type = qobject_cast<QComboBox *>(e.field(QStringLiteral("program_type")));
    type->setCurrentIndex(type->findData(int(ProgramTerms::Type::BayRental)));
    emit type->activated(type->currentIndex());
    QCOMPARE(e.terms().type, ProgramTerms::Type::BayRental);
    // Switching to bay rental leaves the job revenue with the mechanic.
    QCOMPARE(e.terms().workshopShareBp, 0);
    QCOMPARE(e.terms().mechanicShareBp, 8000);
    QVERIFY(issuesText(e).contains(QStringLiteral("bay price")));
    auto *hour = qobject_cast<QLineEdit *>(e.field(QStringLiteral("bay_rate_hour_cents")));
    QTest::keyClicks(hour, QStringLiteral("4x"));
    QVERIFY(issuesText(e).contains(QStringLiteral("not an amount")));
    hour->clear();
    QTest::keyClicks(hour, QStringLiteral("45.50"));
    QCOMPARE(e.terms().bayRateHourCents, 4550);
    QVERIFY2(e.issues().isEmpty(), qPrintable(issuesText(e)));

    type->setCurrentIndex(type->findData(int(ProgramTerms::Type::Membership)));
    emit type->activated(type->currentIndex());
    QVERIFY(issuesText(e).contains(QStringLiteral("monthly membership fee")));
    QTest::keyClicks(qobject_cast<QLineEdit *>(e.field(QStringLiteral("membership_fee_cents"))),
                     QStringLiteral("399"));
    QTest::keyClicks(qobject_cast<QLineEdit *>(e.field(QStringLiteral("overage_rate_hour_cents"))),
                     QStringLiteral("35"));
    qobject_cast<QSpinBox *>(e.field(QStringLiteral("included_bay_hours")))->setValue(20);
    QCOMPARE(e.terms().membershipFeeCents, 39900);
    QCOMPARE(e.terms().includedBayHours, 20);
    QVERIFY2(e.issues().isEmpty(), qPrintable(issuesText(e)));
}

void TstProgramEditor::undoAndRedo() {
    ProgramEditor e;
    e.setProgram(draft());
    e.show();
    QUndoStack *undo = e.undoStack();
    QCOMPARE(undo->count(), 0);
    auto *name = qobject_cast<QLineEdit *>(e.field(QStringLiteral("name")));
    name->end(false);
    QTest::keyClicks(name, QStringLiteral(" plus"));
    QCOMPARE(e.terms().name, QStringLiteral("Shares plus"));
    QCOMPARE(undo->count(), 1); // typing merges into one step
    auto *ws = qobject_cast<QDoubleSpinBox *>(e.field(QStringLiteral("workshop_share_bp")));
    ws->setValue(30.0);
    QCOMPARE(undo->count(), 2);
    auto *terms = qobject_cast<QTextEdit *>(e.field(QStringLiteral("terms_html")));
    terms->setFocus();
    QTest::keyClicks(terms, QStringLiteral("Bring tools"));
    QVERIFY(e.terms().termsHtml.contains(QStringLiteral("Bring tools")));
    QCOMPARE(undo->count(), 3);

    undo->undo();
    QVERIFY(!e.terms().termsHtml.contains(QStringLiteral("Bring tools")));
    QVERIFY(terms->toPlainText().isEmpty());
    undo->undo();
    QCOMPARE(e.terms().workshopShareBp, 2400);
    QCOMPARE(ws->value(), 24.0);
    undo->undo();
    QCOMPARE(e.terms().name, QStringLiteral("Shares"));
    QCOMPARE(name->text(), QStringLiteral("Shares"));
    QVERIFY(e.terms() == draft().terms); // every edit undone: the program as it was loaded
    QVERIFY(undo->isClean());
    undo->redo();
    undo->redo();
    QCOMPARE(e.terms().name, QStringLiteral("Shares plus"));
    QCOMPARE(e.terms().workshopShareBp, 3000);
    QVERIFY(!e.issues().isEmpty()); // 20 + 30 + 56: redo brings the invalid state back too
    undo->redo();
    QVERIFY(terms->toPlainText().contains(QStringLiteral("Bring tools")));

    // A saved program (a draft is always unsaved) is clean again once its edits are undone.
    ProgramDetail saved = draft();
    saved.id = 12;
    e.setProgram(saved);
    QVERIFY(!e.isDirty());
    ws->setValue(30.0);
    QVERIFY(e.isDirty());
    undo->undo();
    QVERIFY(!e.isDirty());
}

void TstProgramEditor::previewShowsWorkedExample() {
    ProgramEditor e;
    e.setProgram(draft());
    const QString html = e.previewHtml();
    QVERIFY(html.contains(QStringLiteral("$500.00")));
    QVERIFY(html.contains(QStringLiteral("$280.00"))); // mechanic 56 %
    QVERIFY(html.contains(QStringLiteral("$120.00"))); // workshop 24 %
    QVERIFY(html.contains(QStringLiteral("$100.00"))); // platform 20 %
    QVERIFY(e.findChild<QTextBrowser *>(QStringLiteral("preview"))
                ->toPlainText()
                .contains(QStringLiteral("You earn")));
    // Odd shares still add up to the job, to the cent.
    ProgramTerms t = draft().terms;
    t.workshopShareBp = 3333;
    t.mechanicShareBp = 4667;
    const auto w = t.workedExample(Money::fromCents(50001));
    QCOMPARE(w.platform.cents() + w.workshop.cents() + w.mechanic.cents(), 50001);
}

void TstProgramEditor::saveEmitsIntentAndPublishedNeedsDate() {
    ProgramEditor e;
    ProgramDetail d = draft();
    d.id = 12;
    d.rowVersion = 3;
    d.status = ProgramTerms::Status::Published;
    d.versionNo = 1;
    d.versions = {{100, 1, QDate::currentDate().addDays(-10), true}};
    e.setProgram(d);
    e.show();
    QSignalSpy save(&e, &ProgramEditor::saveRequested);
    auto *button = e.findChild<QPushButton *>(QStringLiteral("save"));
    QVERIFY(!button->isEnabled()); // nothing changed
    qobject_cast<QDoubleSpinBox *>(e.field(QStringLiteral("workshop_share_bp")))->setValue(20.0);
    qobject_cast<QDoubleSpinBox *>(e.field(QStringLiteral("mechanic_share_bp")))->setValue(60.0);
    QVERIFY(button->isEnabled());
    QVERIFY(button->text().contains(QStringLiteral("new version")));
    button->click();
    QCOMPARE(save.count(), 1);
    QCOMPARE(save.at(0).at(0).toLongLong(), 12);
    QCOMPARE(save.at(0).at(1).toInt(), 3);
    QVERIFY(save.at(0).at(3).toDate() > QDate::currentDate()); // a published program: from a date
    const ProgramTerms sent = save.at(0).at(2).value<ProgramTerms>();
    QCOMPARE(sent.workshopShareBp, 2000);
}

void TstProgramEditor::readOnlyForAdmins() {
    ProgramEditor e;
    e.setProgram(draft());
    e.setReadOnly(true);
    e.show();
    QVERIFY(!e.field(QStringLiteral("name"))->isEnabled());
    QVERIFY(!e.findChild<QPushButton *>(QStringLiteral("save"))->isEnabled());
    qobject_cast<QTextEdit *>(e.field(QStringLiteral("terms_html")))->insertPlainText(QStringLiteral("x"));
    QCOMPARE(e.undoStack()->count(), 0);
}

void TstProgramEditor::modelsUnderTester() {
    ProgramListModel programs(nullptr);
    QAbstractItemModelTester t1(&programs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProgramRow a;
    a.id = 1;
    a.name = QStringLiteral("A");
    a.status = ProgramTerms::Status::Published;
    a.versionNo = 2;
    a.activePartners = 3;
    a.maxPartners = 3;
    a.pendingApplications = 5;
    ProgramRow b = a;
    b.id = 2;
    b.name = QStringLiteral("B");
    b.maxPartners = 0;
    programs.setRows({a, b});
    QCOMPARE(programs.rowCount(), 2);
    QCOMPARE(programs.index(0, ProgramListModel::Partners).data().toString(), QStringLiteral("3 / 3"));
    QCOMPARE(programs.index(0, 0).data(ProgramListModel::FullRole).toBool(), true);
    QCOMPARE(programs.index(1, ProgramListModel::Version).data().toString(), QStringLiteral("v2"));
    a.pendingApplications = 4;
    programs.setRows({a, b}); // same ids: in place
    QCOMPARE(programs.index(0, ProgramListModel::Pending).data().toInt(), 4);
    programs.setRows({b});
    QCOMPARE(programs.rowCount(), 1);

    AgreementListModel agreements;
    QAbstractItemModelTester t2(&agreements, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AgreementRow g;
    g.id = 9;
    g.programName = QStringLiteral("A");
    g.mechanicName = QStringLiteral("Denise");
    g.language = QStringLiteral("fr");
    g.status = PartnershipStatus::Active;
    agreements.setRows({g});
    QCOMPARE(agreements.index(0, AgreementListModel::StatusColumn).data().toString(),
             QStringLiteral("Document to generate"));

    PartnershipListModel partnerships;
    QAbstractItemModelTester t3(&partnerships, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PartnershipRow p;
    p.id = 4;
    p.status = PartnershipStatus::Active;
    p.canCreateQuotes = true;
    p.quoteApprovalRequired = true;
    p.commissionBp = 1500;
    p.paymentTerms = PaymentTerm::Net60;
    partnerships.setRows({p});
    QCOMPARE(partnerships.index(0, PartnershipListModel::Quotes).data().toString(),
             QStringLiteral("Quotes, with approval"));
    QCOMPARE(partnerships.index(0, PartnershipListModel::PaymentTerms).data().toString(),
             QStringLiteral("Net 60"));
}

void TstProgramEditor::csvImport() {
    const auto good = PartsCsv::parseParts(
        QStringLiteral("Part Number,Part Name,Category,Wholesale,Retail,Lead Time Days,Valid From\n"
                       "BP-1,\"Pads, front\",brakes,42.00,89.95,2,2026-01-01\n"
                       "OF-7,Oil filter,engine,6.50,\"1,234.56\",0,\n"));
    QVERIFY2(good.errors.isEmpty(), qPrintable(good.errors.join(u'\n')));
    QCOMPARE(good.rows.size(), 2);
    QCOMPARE(good.rows.at(0).partName, QStringLiteral("Pads, front"));
    QCOMPARE(good.rows.at(0).retailCents, 8995);
    QCOMPARE(good.rows.at(1).retailCents, 123456);
    const auto bad =
        PartsCsv::parseParts(QStringLiteral("part_number,part_name,wholesale,retail\nX,Y,10,5\nZ,W,abc,5\n"));
    QCOMPARE(bad.errors.size(), 2);
    QVERIFY(bad.errors.at(0).startsWith(QStringLiteral("Line 2")));
    const auto missing = PartsCsv::parseParts(QStringLiteral("part_number,part_name\nX,Y\n"));
    QVERIFY(missing.errors.at(0).contains(QStringLiteral("wholesale")));
    const auto rates = PartsCsv::parseLabourRates(
        QStringLiteral("service_category;rate_per_hour;mechanic_commission_percent\nbrakes;125,00 $;15,5\n"));
    QVERIFY2(rates.errors.isEmpty(), qPrintable(rates.errors.join(u'\n')));
    QCOMPARE(rates.rows.at(0).ratePerHourCents, 12500);
    QCOMPARE(rates.rows.at(0).mechanicCommissionBp, 1550);

    PartnershipListModel model;
    PartnershipRow p;
    p.id = 4;
    p.status = PartnershipStatus::Active;
    model.setRows({p});
    PartnershipsPanel panel(&model);
    panel.view()->setCurrentIndex(model.index(0, 0));
    panel.setCatalog(4,
                     {{55,
                       QStringLiteral("BP-1"),
                       QStringLiteral("Old pads"),
                       QStringLiteral("brakes"),
                       4000,
                       8000,
                       1,
                       QDate(2026, 1, 1),
                       {}}},
                     {{56, QStringLiteral("Brakes"), 11000, 0, -1, QDate(2026, 1, 1), {}}});
    QSignalSpy save(&panel, &PartnershipsPanel::partsSaveRequested);
    QVERIFY(panel
                .importPartsCsv(QStringLiteral("part_number,part_name,wholesale,retail,valid_from\n"
                                               "BP-1,New pads,41,88,2026-01-01\nNEW-2,Wiper,5,12,\n"))
                .isEmpty());
    const QList<PartRow> rows = panel.parts();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).id, 55); // replaced in place: the database updates that row
    QCOMPARE(rows.at(0).partName, QStringLiteral("New pads"));
    QCOMPARE(rows.at(1).id, 0);
    // A file with an error changes nothing.
    QVERIFY(
        !panel.importPartsCsv(QStringLiteral("part_number,part_name,wholesale,retail\nQ,R,x,1\n")).isEmpty());
    QCOMPARE(panel.parts().size(), 2);
    QCOMPARE(panel.parts().at(0).partName, QStringLiteral("New pads"));
    QCOMPARE(panel.parts().at(1).partNumber, QStringLiteral("NEW-2"));
    // Labour rates merge the same way, by service category; a row without a valid-from
    // date keeps the replaced row's.
    QVERIFY(panel.importLabourCsv(QStringLiteral("service_category,rate_per_hour\nbrakes,130\ntires,90\n"))
                .isEmpty());
    const QList<LabourRateRow> rateRows = panel.labourRates();
    QCOMPARE(rateRows.size(), 2);
    QCOMPARE(rateRows.at(0).id, 56);
    QCOMPARE(rateRows.at(0).serviceCategory, QStringLiteral("brakes"));
    QCOMPARE(rateRows.at(0).ratePerHourCents, 13000);
    QCOMPARE(rateRows.at(0).validFrom, QDate(2026, 1, 1));
    QCOMPARE(rateRows.at(1).id, 0);
    QCOMPARE(rateRows.at(1).serviceCategory, QStringLiteral("tires"));
    // Importing only fills the table: the owner reviews the rows and saves.
    QCOMPARE(save.count(), 0);
}

QTEST_MAIN(TstProgramEditor)
#include "tst_programeditor.moc"
