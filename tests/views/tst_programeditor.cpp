// The program editor offscreen: validation as you type (shares after the platform fee, prices,
// membership hours), undo/redo of every edit through its QUndoStack, the save intent; the list
// models under QAbstractItemModelTester; CSV import of parts. Against a real PostgreSQL, through
// the partnership controller: the live preview's worked example is the database's
// (desk.calculate_revenue_split of the unsaved terms, with the workshop's platform fee on the
// version's date), asked for once edits pause, each part with where it comes from; the fee follows
// the new version's date and the database keeps the same fee on save; admins see it too.

#include "app/partnerships/partnershipcontroller.h"
#include "models/common/basispoints.h"
#include "models/core/dbexecutor.h"
#include "models/partnerships/agreementlistmodel.h"
#include "models/partnerships/applicationqueuemodel.h"
#include "models/partnerships/partnershiprepository.h"
#include "models/partnerships/partscsv.h"
#include "models/partnerships/programlistmodel.h"
#include "tests/support/testdatabase.h"
#include "views/partnerships/applicationspanel.h"
#include "views/partnerships/partnershippane.h"
#include "views/partnerships/partnershipspanel.h"
#include "views/partnerships/programeditor.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
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

#include <memory>

using namespace adesk;

namespace {

/// An owner's (or admin's) partnership pane wired to its controller on a real database.
struct Stage {
    std::unique_ptr<DbExecutor> exec;
    std::unique_ptr<PartnershipController> controller;
    std::unique_ptr<PartnershipPane> pane;
    std::unique_ptr<ApplicationsPanel> apps;
    ProgramEditor *editor() const { return pane->editor(); }
};

} // namespace

class TstProgramEditor : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void validationAsYouType();
    void typeSpecificForms();
    void typePagesAsTallAsTheCurrentOne();
    void undoAndRedo();
    void workedExampleComesFromTheDatabase();
    void editsPauseBeforeTheDatabaseIsAsked();
    void feeFollowsTheNewVersionsDate();
    void adminsSeeTheWorkedExample();
    void saveEmitsIntentAndPublishedNeedsDate();
    void readOnlyForAdmins();
    void modelsUnderTester();
    void csvImport();
    void frenchTextsSaveAndReload();
    void longTextsShowTheirStart();

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
    /// A workshop of its own with an owner login.
    qint64 newWorkshop(const QString &name, QString *ownerRole) {
        const qint64 id = m_db.insertWorkshop(name);
        *ownerRole = m_db.roleName(u"own%1"_qs.arg(id));
        if (!id || !m_db.createLogin(*ownerRole, u"adesk_workshop_owner"_qs, name + u" owner"_qs, {id}))
            return 0;
        return id;
    }
    /// The pane of @p role (an owner of @p workshopId, or an admin when 0), shown and started.
    Stage stage(const QString &role, qint64 workshopId) {
        Stage st;
        Identity who;
        who.loginRole = role;
        who.deskRole = workshopId ? u"workshop_owner"_qs : u"platform_admin"_qs;
        if (workshopId)
            who.workshopIds = {workshopId};
        st.exec = std::make_unique<DbExecutor>(m_db.login(role), 2);
        st.controller = std::make_unique<PartnershipController>(st.exec.get(), nullptr, who);
        st.pane = std::make_unique<PartnershipPane>(st.controller->programs(), st.controller->agreements(),
                                                    st.controller->partnerships());
        st.apps =
            std::make_unique<ApplicationsPanel>(st.controller->programs(), st.controller->applications());
        st.controller->attach(st.pane.get(), st.apps.get());
        st.pane->resize(1366, 768);
        st.pane->show();
        st.controller->start();
        return st;
    }
    /// A published revenue-share program of @p workshopId (24 % / 56 % after a 20 % fee), as its owner.
    qint64 publishedProgram(const QString &ownerRole, qint64 workshopId) {
        const QString name = u"pub_"_qs + ownerRole;
        QSqlDatabase db = TestDatabase::openConnection(m_db.login(ownerRole), name);
        ProgramTerms t = draft().terms;
        const auto saved = PartnershipRepository::saveProgram(db, RequestKey::create(), 0, 0, workshopId, t);
        qint64 id = 0;
        if (saved.ok() && PartnershipRepository::setProgramStatus(db, RequestKey::create(), saved->id,
                                                                  saved->rowVersion, ProgramAction::Publish)
                              .ok())
            id = saved->id;
        else
            qWarning() << (saved.ok() ? QString() : saved.error().serverMessage);
        db = QSqlDatabase();
        TestDatabase::closeConnection(name);
        return id;
    }
    /// desk.calculate_revenue_split of revenue-share terms, by party: (share_bp, amount_cents).
    QHash<Party, QPair<int, qint64>> sqlSplit(int feeBp, int workshopBp, int mechanicBp,
                                              qint64 gross = 50000) {
        const TestDatabase::SqlResult r = m_db.run(
            u"SELECT party, share_bp, amount_cents FROM desk.calculate_revenue_split(jsonb_build_object("
            "'program_type', 'revenue_share', 'platform_fee_bp', ?::integer, 'workshop_share_bp', "
            "?::integer, "
            "'mechanic_share_bp', ?::integer), ?::bigint)"_qs,
            {feeBp, workshopBp, mechanicBp, gross});
        QHash<Party, QPair<int, qint64>> out;
        for (const QVariantList &row : r.rows)
            out.insert(fromCode(row.at(0).toString(), Party::Platform),
                       {row.at(1).toInt(), row.at(2).toLongLong()});
        return out;
    }
    QDate torontoToday() {
        return m_db.scalar(u"SELECT (now() AT TIME ZONE 'America/Toronto')::date"_qs).toDate();
    }

    TestDatabase m_db;
};

void TstProgramEditor::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Canada));
    ADESK_START_TEST_DATABASE(m_db);
}

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
    QVERIFY(mech->styleSheet().isEmpty()); // and unmarked once it is right

    auto *name = qobject_cast<QLineEdit *>(e.field(QStringLiteral("name")));
    auto *preview = e.findChild<QTextBrowser *>(QStringLiteral("preview"));
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Shares")));
    name->selectAll();
    QTest::keyClick(name, Qt::Key_Delete);
    QCOMPARE(e.terms().name, QString());
    QVERIFY(issuesText(e).contains(QStringLiteral("name")));
    QVERIFY(!name->styleSheet().isEmpty());
    QVERIFY(mech->styleSheet().isEmpty()); // only the field at fault
    QTest::keyClicks(name, QStringLiteral("Brakes"));
    QCOMPARE(e.terms().name, QStringLiteral("Brakes"));
    QVERIFY(e.issues().isEmpty());
    QVERIFY(name->styleSheet().isEmpty());
    // The preview follows every edit.
    QVERIFY(preview->toPlainText().contains(QStringLiteral("Brakes")));
    QVERIFY(!preview->toPlainText().contains(QStringLiteral("Shares")));
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

void TstProgramEditor::typePagesAsTallAsTheCurrentOne() {
    // The terms by program type are three pages of different heights (three price fields, one
    // sentence, three membership fields), one shown at a time: their box is as tall as the page
    // shown, so no empty band above and below the revenue share's sentence.
    ProgramEditor e;
    e.setProgram(draft());
    e.resize(1100, 700);
    e.show();
    QVERIFY(QTest::qWaitForWindowExposed(&e));
    auto *type = qobject_cast<QComboBox *>(e.field(QStringLiteral("program_type")));
    auto *pages = e.findChild<QWidget *>(QStringLiteral("typePages"));
    QVERIFY(pages);
    // The box's height for a program type, if its page is the only one shown and fills it; -1
    // otherwise.
    auto heightOf = [&](ProgramTerms::Type t, const QString &page) {
        type->setCurrentIndex(type->findData(int(t)));
        emit type->activated(type->currentIndex());
        QCoreApplication::sendPostedEvents(); // the layouts' requests
        const QList<QWidget *> shown = pages->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
        int visible = 0;
        QWidget *current = nullptr;
        for (QWidget *w : shown)
            if (w->isVisible()) {
                ++visible;
                current = w;
            }
        if (visible != 1 || current->objectName() != page)
            return -1;
        // The box holds the page alone, with no room around it.
        return pages->height() == current->height() ? current->height() : -1;
    };
    const int share = heightOf(ProgramTerms::Type::RevenueShare, u"sharePage"_qs);
    const int bay = heightOf(ProgramTerms::Type::BayRental, u"bayPage"_qs);
    const int member = heightOf(ProgramTerms::Type::Membership, u"memberPage"_qs);
    QVERIFY2(share > 0 && bay > 0 && member > 0,
             qPrintable(QStringLiteral("%1 %2 %3").arg(share).arg(bay).arg(member)));
    // The sentence's box is one line tall at this width (before: the tallest page's height, 120 px).
    auto *sentence = pages->findChild<QLabel *>(u"sharePage"_qs);
    QCOMPARE(share, sentence->heightForWidth(pages->width()));
    QVERIFY2(share * 2 < bay,
             qPrintable(QStringLiteral("sentence %1 px, bay prices %2 px").arg(share).arg(bay)));
    QCOMPARE(heightOf(ProgramTerms::Type::RevenueShare, u"sharePage"_qs), share);
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

void TstProgramEditor::workedExampleComesFromTheDatabase() {
    QString owner;
    const qint64 workshop = newWorkshop(u"Garage Example"_qs, &owner);
    QVERIFY(workshop > 0);
    Stage st = stage(owner, workshop);
    QTRY_VERIFY_WITH_TIMEOUT(st.controller->workshopId() == workshop, 10000);
    st.controller->newProgram();
    ProgramEditor &e = *st.editor();
    QCOMPARE(e.program().id, 0);
    QTRY_VERIFY_WITH_TIMEOUT(!e.isWorkedExamplePending(), 10000);
    QVERIFY2(e.workedExampleError().isEmpty(), qPrintable(e.workedExampleError()));
    // A draft is published from today: the workshop's fee today, and the rule it comes from.
    QCOMPARE(e.workedExample().on, torontoToday());
    QCOMPARE(e.workedExample().fee.feeBp, 2000);
    QCOMPARE(e.workedExample().fee.ruleName, u"Workshop session platform fee"_qs);

    QTest::keyClicks(qobject_cast<QLineEdit *>(e.field(u"name"_qs)), u"Shares"_qs);
    qobject_cast<QDoubleSpinBox *>(e.field(u"workshop_share_bp"_qs))->setValue(25.0);
    qobject_cast<QDoubleSpinBox *>(e.field(u"mechanic_share_bp"_qs))->setValue(55.0);
    QVERIFY(e.isWorkedExamplePending());
    QTRY_VERIFY_WITH_TIMEOUT(!e.isWorkedExamplePending(), 10000);
    QVERIFY(e.issues().isEmpty());
    // The card's numbers are the database's split of the unsaved terms, part for part.
    const QHash<Party, QPair<int, qint64>> want = sqlSplit(2000, 2500, 5500);
    const SplitExample &ex = e.workedExample().split;
    QCOMPARE(ex.grossCents, 50000);
    QCOMPARE(ex.lines.size(), 3);
    for (const SplitLine &l : ex.lines) {
        QCOMPARE(l.shareBp, want.value(l.party).first);
        QCOMPARE(l.amountCents, want.value(l.party).second);
        QCOMPARE(l.basis, SplitBasis::Agreement); // what each agreement will freeze
    }
    QCOMPARE(ex.cents(Party::Mechanic), 27500);
    QCOMPARE(ex.cents(Party::Workshop), 12500);
    QCOMPARE(ex.cents(Party::Platform), 10000);
    const QString card = e.findChild<QTextBrowser *>(u"preview"_qs)->toPlainText().replace(QChar(0xa0), u' ');
    QVERIFY2(card.contains(u"On a $500.00 job"_qs), qPrintable(card));
    QVERIFY(card.contains(u"You earn"_qs));
    QVERIFY(card.contains(u"$275.00"_qs) && card.contains(u"$125.00"_qs) && card.contains(u"$100.00"_qs));
    // Each part says where its number comes from.
    const QString today = torontoToday().toString(Qt::ISODate);
    QVERIFY2(
        card.contains(
            u"20 % — the workshop's platform fee in force on %1 (rule “Workshop session platform fee”)"_qs
                .arg(today)),
        qPrintable(card));
    QVERIFY(card.contains(u"55 % — program terms, frozen in each agreement"_qs));
    QVERIFY(card.contains(u"25 % — program terms, frozen in each agreement"_qs));
    const QString feeLabel = qobject_cast<QLabel *>(e.field(u"platform_fee"_qs))->text();
    QVERIFY2(feeLabel.contains(u"the workshop's platform fee in force on %1"_qs.arg(today)),
             qPrintable(feeLabel));

    // Odd shares still add up to the job, to the cent, as the database splits them.
    qobject_cast<QDoubleSpinBox *>(e.field(u"workshop_share_bp"_qs))->setValue(33.33);
    qobject_cast<QDoubleSpinBox *>(e.field(u"mechanic_share_bp"_qs))->setValue(46.67);
    QTRY_VERIFY_WITH_TIMEOUT(!e.isWorkedExamplePending(), 10000);
    const QHash<Party, QPair<int, qint64>> odd = sqlSplit(2000, 3333, 4667);
    QCOMPARE(e.workedExample().split.cents(Party::Workshop), odd.value(Party::Workshop).second);
    QCOMPARE(e.workedExample().split.cents(Party::Mechanic), odd.value(Party::Mechanic).second);
    QCOMPARE(e.workedExample().split.cents(Party::Platform) + e.workedExample().split.cents(Party::Workshop) +
                 e.workedExample().split.cents(Party::Mechanic),
             50000);
}

void TstProgramEditor::editsPauseBeforeTheDatabaseIsAsked() {
    QString owner;
    const qint64 workshop = newWorkshop(u"Garage Debounce"_qs, &owner);
    Stage st = stage(owner, workshop);
    QTRY_VERIFY_WITH_TIMEOUT(st.controller->workshopId() == workshop, 10000);
    st.controller->newProgram();
    ProgramEditor &e = *st.editor();
    QTRY_VERIFY_WITH_TIMEOUT(!e.isWorkedExamplePending(), 10000);
    QSignalSpy asked(&e, &ProgramEditor::workedExampleRequested);
    auto *ws = qobject_cast<QDoubleSpinBox *>(e.field(u"workshop_share_bp"_qs));
    auto *ms = qobject_cast<QDoubleSpinBox *>(e.field(u"mechanic_share_bp"_qs));
    // A burst of edits (as when typing): one question once they pause, about the last terms.
    for (int i = 1; i <= 5; ++i) {
        ws->setValue(20.0 + i);
        ms->setValue(60.0 - i);
    }
    QCOMPARE(asked.count(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!e.isWorkedExamplePending(), 10000);
    QCOMPARE(asked.count(), 1);
    const ProgramTerms sent = asked.first().at(3).value<ProgramTerms>();
    QCOMPARE(sent.workshopShareBp, 2500);
    QCOMPARE(sent.mechanicShareBp, 5500);
    QCOMPARE(e.workedExample().split.cents(Party::Workshop), 12500);
    // Edits that do not change the split (the name) ask nothing.
    auto *name = qobject_cast<QLineEdit *>(e.field(u"name"_qs));
    QTest::keyClicks(name, u"Tires"_qs);
    QTest::qWait(ProgramEditor::kExampleDelayMs * 3);
    QCOMPARE(asked.count(), 1);
}

void TstProgramEditor::feeFollowsTheNewVersionsDate() {
    QString owner;
    const qint64 workshop = newWorkshop(u"Garage Versions"_qs, &owner);
    const qint64 program = publishedProgram(owner, workshop);
    QVERIFY(program > 0);
    // From a date a month ahead, the workshop's custom fee is 15 % (a new fee version).
    const QDate from = torontoToday().addDays(30);
    QVERIFY(m_db.exec(
        u"INSERT INTO desk.platform_fee_rules (name, applies_to, fee_bp, priority, workshop_id, "
        "effective_from, source) VALUES ('Custom fee: Garage Versions', 'workshop', 1500, 500, ?, ?, "
        "'test')"_qs,
        {workshop, from}));
    Stage st = stage(owner, workshop);
    ProgramEditor &e = *st.editor();
    QTRY_COMPARE_WITH_TIMEOUT(e.program().id, program, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(!e.isWorkedExamplePending(), 10000);
    // The version shown is the published one: the fee on its date, the 20 % it froze.
    QCOMPARE(
        e.workedExample().on,
        m_db.scalar(u"SELECT effective_from FROM desk.partnership_program_versions WHERE program_id = ?"_qs,
                    {program})
            .toDate());
    QCOMPARE(e.terms().platformFeeBp, 2000);
    QVERIFY(!e.isDirty());

    // A new version from that date takes that date's fee: the shares no longer fit.
    qobject_cast<QDoubleSpinBox *>(e.field(u"workshop_share_bp"_qs))->setValue(25.0);
    qobject_cast<QDoubleSpinBox *>(e.field(u"mechanic_share_bp"_qs))->setValue(55.0);
    QTRY_VERIFY_WITH_TIMEOUT(!e.isWorkedExamplePending(), 10000);
    QCOMPARE(e.workedExample().on, e.exampleDate());
    QCOMPARE(e.terms().platformFeeBp, 2000); // tomorrow: still 20 %
    QVERIFY(e.issues().isEmpty());
    qobject_cast<QDateEdit *>(e.field(u"effective_from"_qs))->setDate(from);
    QTRY_VERIFY_WITH_TIMEOUT(!e.isWorkedExamplePending(), 10000);
    QCOMPARE(e.workedExample().on, from);
    QCOMPARE(e.workedExample().fee.feeBp, 1500);
    QCOMPARE(e.terms().platformFeeBp, 1500);
    QVERIFY(e.workedExample().split.isEmpty()); // 15 + 25 + 55 ≠ 100: no split to show
    QVERIFY2(issuesText(e).contains(u"must add up to 85"_qs), qPrintable(issuesText(e)));
    QVERIFY(!e.findChild<QPushButton *>(u"save"_qs)->isEnabled());
    const QString feeLabel = qobject_cast<QLabel *>(e.field(u"platform_fee"_qs))->text();
    QVERIFY2(feeLabel.contains(u"15"_qs) && feeLabel.contains(from.toString(Qt::ISODate)) &&
                 feeLabel.contains(u"Custom fee: Garage Versions"_qs),
             qPrintable(feeLabel));

    // Fitted to it, the example is the database's and the database saves the same fee.
    qobject_cast<QDoubleSpinBox *>(e.field(u"mechanic_share_bp"_qs))->setValue(60.0);
    QTRY_VERIFY_WITH_TIMEOUT(!e.isWorkedExamplePending(), 10000);
    QVERIFY(e.issues().isEmpty());
    const QHash<Party, QPair<int, qint64>> want = sqlSplit(1500, 2500, 6000);
    QCOMPARE(e.workedExample().split.cents(Party::Platform), want.value(Party::Platform).second);
    QCOMPARE(e.workedExample().split.cents(Party::Mechanic), want.value(Party::Mechanic).second);
    const int shownFee = e.workedExample().fee.feeBp;
    QSignalSpy saved(st.controller.get(), &PartnershipController::programSaved);
    auto *save = e.findChild<QPushButton *>(u"save"_qs);
    QVERIFY(save->isEnabled());
    save->click();
    QVERIFY(saved.wait(10000));
    const TestDatabase::SqlResult v = m_db.run(
        u"SELECT platform_fee_bp, workshop_share_bp, mechanic_share_bp, effective_from "
        "FROM desk.partnership_program_versions WHERE program_id = ? ORDER BY version_no DESC LIMIT 1"_qs,
        {program});
    QVERIFY2(v.ok && v.rows.size() == 1, qPrintable(v.describe()));
    QCOMPARE(v.rows.first().at(0).toInt(), shownFee); // what the editor showed is what was frozen
    QCOMPARE(v.rows.first().at(0).toInt(), 1500);
    QCOMPARE(v.rows.first().at(2).toInt(), 6000);
    QCOMPARE(v.rows.first().at(3).toDate(), from);
}

void TstProgramEditor::adminsSeeTheWorkedExample() {
    QString owner;
    const qint64 workshop = newWorkshop(u"Garage Admin View"_qs, &owner);
    QVERIFY(publishedProgram(owner, workshop) > 0);
    const QString admin = m_db.roleName(u"admin"_qs);
    QVERIFY(m_db.createLogin(admin, u"adesk_platform_admin"_qs, u"Ada Admin"_qs));
    Stage st = stage(admin, 0);
    ProgramEditor &e = *st.editor();
    QTRY_VERIFY_WITH_TIMEOUT(e.program().id != 0, 10000);
    QVERIFY(e.isReadOnly());
    QTRY_VERIFY_WITH_TIMEOUT(!e.isWorkedExamplePending(), 10000);
    QVERIFY2(e.workedExampleError().isEmpty(), qPrintable(e.workedExampleError()));
    QCOMPARE(e.workedExample().split.grossCents, 50000);
    QCOMPARE(e.workedExample().split.lines.size(), 3);
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

void TstProgramEditor::frenchTextsSaveAndReload() {
    // A Quebec workshop's owner: the French texts come first, are required to publish, and are saved
    // through desk.save_program and read back.
    const qint64 workshop = m_db.insertWorkshop(u"Garage Rivière"_qs, u"QC"_qs, u"fr"_qs);
    const QString owner = m_db.roleName(u"own%1"_qs.arg(workshop));
    QVERIFY(workshop && m_db.createLogin(owner, u"adesk_workshop_owner"_qs, u"Rivière owner"_qs, {workshop}));
    qint64 programId = 0;
    {
        Stage st = stage(owner, workshop);
        QTRY_VERIFY_WITH_TIMEOUT(st.controller->workshopId() == workshop, 10000);
        st.controller->newProgram();
        ProgramEditor &e = *st.editor();
        QVERIFY(e.isQuebec());
        auto *nameFr = qobject_cast<QLineEdit *>(e.field(u"name_fr"_qs));
        auto *name = qobject_cast<QLineEdit *>(e.field(u"name"_qs));
        QVERIFY(nameFr && name);
        // French first (once the layout has placed the boxes).
        QTRY_VERIFY_WITH_TIMEOUT(nameFr->mapTo(&e, QPoint()).y() < name->mapTo(&e, QPoint()).y(), 5000);
        QVERIFY(e.frenchMissing());
        name->clear();
        QTest::keyClicks(name, u"Brake jobs"_qs);
        QVERIFY2(issuesText(e).contains(u"French name and French terms"_qs), qPrintable(issuesText(e)));
        QTest::keyClicks(nameFr, u"Travaux de freins"_qs);
        QTest::keyClicks(qobject_cast<QLineEdit *>(e.field(u"description_fr"_qs)),
                         u"Clients de l'atelier"_qs);
        qobject_cast<QTextEdit *>(e.field(u"terms_html_fr"_qs))->setPlainText(u"Apportez vos outils."_qs);
        QCOMPARE(e.terms().nameFr, u"Travaux de freins"_qs);
        QVERIFY(!e.frenchMissing());
        QSignalSpy saved(st.controller.get(), &PartnershipController::programSaved);
        auto *save = e.findChild<QPushButton *>(u"save"_qs);
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
        save->click();
        QVERIFY(saved.wait(10000));
        programId = saved.first().first().toLongLong();
    }
    const TestDatabase::SqlResult r =
        m_db.run(u"SELECT p.name_fr, p.description_fr, v.terms_html_fr FROM desk.partnership_programs p "
                 "JOIN desk.partnership_program_versions v ON v.program_id = p.id WHERE p.id = ?"_qs,
                 {programId});
    QVERIFY2(r.ok && r.rows.size() == 1, qPrintable(r.describe()));
    QCOMPARE(r.rows.first().at(0).toString(), u"Travaux de freins"_qs);
    QCOMPARE(r.rows.first().at(1).toString(), u"Clients de l'atelier"_qs);
    QVERIFY(r.rows.first().at(2).toString().contains(u"Apportez vos outils."_qs));

    // A new pane opens the saved program with its French texts.
    Stage st = stage(owner, workshop);
    ProgramEditor &e = *st.editor();
    QTRY_COMPARE_WITH_TIMEOUT(e.program().id, programId, 10000);
    QCOMPARE(qobject_cast<QLineEdit *>(e.field(u"name_fr"_qs))->text(), u"Travaux de freins"_qs);
    QCOMPARE(qobject_cast<QLineEdit *>(e.field(u"description_fr"_qs))->text(), u"Clients de l'atelier"_qs);
    QCOMPARE(qobject_cast<QTextEdit *>(e.field(u"terms_html_fr"_qs))->toPlainText(),
             u"Apportez vos outils."_qs);
    QVERIFY(!e.isDirty());
    QVERIFY(e.findChild<QPushButton *>(u"publish"_qs)->isEnabled());
}

void TstProgramEditor::longTextsShowTheirStart() {
    // A program's description longer than its field shows its start when the program opens (it showed
    // its end, cut mid-word, in the French screenshots), and typing keeps the cursor where it types.
    ProgramEditor e;
    e.resize(1000, 700);
    e.show();
    QVERIFY(QTest::qWaitForWindowExposed(&e));
    ProgramDetail d = draft();
    d.id = 5;
    d.terms.description = u"High-voltage systems, certified mechanics only. "_qs.repeated(6).trimmed();
    e.setProgram(d);
    auto *description = qobject_cast<QLineEdit *>(e.field(u"description"_qs));
    QVERIFY(description->fontMetrics().horizontalAdvance(description->text()) > description->width());
    QCOMPARE(description->cursorPosition(), 0);
    description->setFocus();
    description->end(false);
    QTest::keyClicks(description, u" Bring tools."_qs);
    QCOMPARE(description->cursorPosition(), description->text().size());
    QVERIFY(description->text().endsWith(u"Bring tools."_qs));
    e.undoStack()->undo(); // focus still there: the cursor is the person's
    QCOMPARE(description->text(), d.terms.description);
    description->clearFocus();
    e.undoStack()->redo();
    QCOMPARE(description->cursorPosition(), 0);
}

QTEST_MAIN(TstProgramEditor)
#include "tst_programeditor.moc"
