// Fee rules and per-partnership earnings in the earnings pane (issue 12, "What people see"), against a
// real PostgreSQL, offscreen, through the pane, its dialogs and the controller as a person uses them:
//  - finance writes a new version of a fee rule through "New version…" (desk.set_fee_rule with a
//    request key) and reads it back in the table and the database (the old version ends the day
//    before, the change is audited); a workshop's custom fee through "Custom fee for a workshop…",
//    then a second one that replaces it;
//  - a past date is refused: the dialog cannot pick one, and the database's refusal (22023) of a
//    change sent anyway is shown plainly, with nothing written; an owner's attempt (42501) too;
//  - an owner sees the fee on their own sessions and only their workshops' partnerships, with a
//    totals row that adds up and stays last when sorted.
// The item models run under QAbstractItemModelTester.

#include "app/earnings/earningscontroller.h"
#include "app/shell/session.h"
#include "app/shell/signin.h"
#include "app/shell/translator.h"
#include "models/earnings/feerulemodel.h"
#include "models/earnings/partnershipearningsmodel.h"
#include "tests/support/testdatabase.h"
#include "views/earnings/earningspane.h"
#include "views/earnings/feeruledialog.h"
#include "views/earnings/feerulespanel.h"
#include "views/earnings/partnershipearningspanel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace adesk;

namespace {
const QVariant kNullId(QMetaType::fromType<qlonglong>());
QVariant idOrNull(qint64 id) {
    return id ? QVariant(id) : kNullId;
}
} // namespace

class TstFeeRules : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void financeWritesANewVersionThroughTheDialog();
    void customFeeForAWorkshopThenItsNextVersion();
    void pastDateIsRefused();
    void historyFilterAndSorting();
    void ownerSeesTheirFeeAndTheirPartnershipsOnly();
    void ownerReadsTheFeeRuleNamedInFrench();
    void ownerCannotChangeFees();
    void financeSeesEveryPartnership();
    void grabDialogsForTheEye();

private:
    /// The earnings pane of @p who (signed in), shown and started; owned by the caller.
    struct Opened {
        std::unique_ptr<Session> session;
        std::unique_ptr<QWidget> widget;
        EarningsPane *pane = nullptr;
    };
    Opened open(const QString &who);
    /// A completed workshop visit under @p partnership, posted as finance; returns its id.
    qint64 job(qint64 partnership, qint64 workshop, qint64 mechanic, qint64 cents);
    qint64 ruleCount() {
        return m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.platform_fee_rules")).toLongLong();
    }
    QDate today() { return m_db.scalar(QStringLiteral("SELECT desk.toronto_today()")).toDate(); }
    /// Clicks OK in @p dialog once it may be clicked.
    static bool accept(FeeRuleDialog *dialog) {
        if (!dialog || !dialog->okButton()->isEnabled())
            return false;
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        return true;
    }

    TestDatabase m_db;
    QHash<QString, QString> m_roles; ///< finance, owner -> login
    qint64 m_a = 0, m_b = 0;
    qint64 m_renterA = 0, m_sharerA = 0, m_sharerB = 0;
    qint64 m_rentA = 0, m_shareA = 0, m_shareB = 0;
    qint64 m_jobCentsA = 0; ///< gross of A's partnership jobs
};

qint64 TstFeeRules::job(qint64 partnership, qint64 workshop, qint64 mechanic, qint64 cents) {
    const QString type = m_db.scalar(QStringLiteral("SELECT v.program_type FROM desk.partnerships p JOIN "
                                                    "desk.partnership_program_versions v ON v.id = "
                                                    "p.program_version_id WHERE p.id = ?"),
                                     {partnership})
                             .toString();
    // Completed now: in the current month, which the Partnerships tab's default range includes.
    const qint64 id =
        m_db.scalar(QStringLiteral(
                        "INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, workshop_id, "
                        "partnership_id, program_type, status, completed_at) VALUES ('workshop_visit', "
                        "?, ?, ?, ?, ?, 'completed', now()) RETURNING id"),
                    {cents, mechanic, idOrNull(workshop), partnership, type})
            .toLongLong();
    const auto posted =
        TestDatabase::run(QSqlDatabase::database(QStringLiteral("finance"), false),
                          QStringLiteral("SELECT desk.record_session_earnings(?)::text"), {id});
    if (!posted.ok)
        qWarning("%s", qPrintable(posted.describe()));
    return posted.ok ? id : 0;
}

void TstFeeRules::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    ADESK_START_TEST_DATABASE(m_db);
    m_a = m_db.insertWorkshop(QStringLiteral("Atelier Alpha"), QStringLiteral("ON"));
    m_b = m_db.insertWorkshop(QStringLiteral("Garage Bêta"), QStringLiteral("QC"), QStringLiteral("fr"));
    m_renterA =
        m_db.insertPhysicalMechanic(QStringLiteral("Renée Renter"), 0, QStringLiteral("licensed_mobile"));
    m_sharerA =
        m_db.insertPhysicalMechanic(QStringLiteral("Sam Sharer"), 0, QStringLiteral("licensed_mobile"));
    m_sharerB = m_db.insertPhysicalMechanic(QStringLiteral("Béatrice Partenaire"), 0,
                                            QStringLiteral("licensed_mobile"));
    QVERIFY(m_a && m_b && m_renterA && m_sharerA && m_sharerB);
    m_rentA = m_db.insertPartnership(m_a, m_renterA, QStringLiteral("bay_rental"), 0);
    m_shareA = m_db.insertPartnership(m_a, m_sharerA, QStringLiteral("revenue_share"), 2500);
    m_shareB = m_db.insertPartnership(m_b, m_sharerB, QStringLiteral("revenue_share"), 1000);
    QVERIFY(m_rentA && m_shareA && m_shareB);

    const QList<std::pair<QString, QString>> groups = {
        {QStringLiteral("finance"), QStringLiteral("adesk_finance")},
        {QStringLiteral("owner"), QStringLiteral("adesk_workshop_owner")}};
    for (const auto &[who, group] : groups) {
        m_roles[who] = m_db.roleName(QStringLiteral("fee_") + who);
        QVERIFY(m_db.createLogin(m_roles[who], group, QStringLiteral("Fee ") + who, {m_a}));
    }
    QVERIFY(TestDatabase::openConnection(m_db.login(m_roles.value(QStringLiteral("finance"))),
                                         QStringLiteral("finance"))
                .isOpen());
    // Partnership jobs posted through the money path (by the signed agreement's terms).
    QVERIFY(job(m_rentA, m_a, m_renterA, 40000));
    QVERIFY(job(m_shareA, m_a, m_sharerA, 40000));
    QVERIFY(job(m_shareA, m_a, m_sharerA, 12345));
    QVERIFY(job(m_shareB, m_b, m_sharerB, 99900));
    m_jobCentsA = 40000 + 40000 + 12345;
}

void TstFeeRules::cleanupTestCase() {
    TestDatabase::closeConnection(QStringLiteral("finance"));
}

TstFeeRules::Opened TstFeeRules::open(const QString &who) {
    Opened o;
    o.session = std::make_unique<Session>(m_db.login(m_roles.value(who)));
    const Result<Identity> identity = signInWaiting(o.session.get());
    if (!identity.ok()) {
        qWarning("sign-in: %s", qPrintable(identity.error().serverMessage));
        return o;
    }
    o.session->setIdentity(identity.value());
    o.widget.reset(EarningsController::createPane(o.session.get(), nullptr));
    o.pane = qobject_cast<EarningsPane *>(o.widget.get());
    o.widget->resize(1300, 700);
    o.widget->show();
    return o;
}

void TstFeeRules::financeWritesANewVersionThroughTheDialog() {
    Opened o = open(QStringLiteral("finance"));
    QVERIFY(o.pane && o.pane->feeRules());
    FeeRulesPanel *panel = o.pane->feeRules();
    o.pane->tabs()->setCurrentWidget(panel);
    QAbstractItemModelTester t1(panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(panel->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 rules = ruleCount();
    QTRY_COMPARE_WITH_TIMEOUT(qint64(panel->model()->rowCount()), rules, 10000);

    // The general workshop-session rule (20 %, seeds).
    const qint64 old = m_db.scalar(QStringLiteral("SELECT id FROM desk.platform_fee_rules WHERE applies_to = "
                                                  "'workshop' AND workshop_id IS NULL AND active AND "
                                                  "effective_to IS NULL"))
                           .toLongLong();
    QVERIFY(old);
    const int oldBp =
        m_db.scalar(QStringLiteral("SELECT fee_bp FROM desk.platform_fee_rules WHERE id = ?"), {old}).toInt();
    panel->selectRule(old);
    QVERIFY(panel->selectedRule());
    QCOMPARE(panel->selectedRule()->id, old);
    QVERIFY(panel->newVersionButton()->isEnabled());
    QTest::mouseClick(panel->newVersionButton(), Qt::LeftButton);
    FeeRuleDialog *dialog = panel->openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // Tomorrow by default, today at the earliest (the platform's calendar, as the database's).
    const QDate day = today();
    QCOMPARE(dialog->dateEdit()->minimumDate(), day);
    QCOMPARE(dialog->dateEdit()->date(), day.addDays(1));
    QCOMPARE(qRound(dialog->feeEdit()->value() * 100), oldBp); // starts from the current fee
    dialog->feeEdit()->setValue(22.5);
    QVERIFY2(!dialog->okButton()->isEnabled(), "a change needs a reason");
    dialog->reasonEdit()->setText(QStringLiteral("Board decision 2025-14"));
    QVERIFY(dialog->effectLabel()->text().contains(FeeRuleModel::percent(2250)));
    QVERIFY(accept(dialog));

    // Read back: the new version in the table (selected) and in the database.
    QTRY_COMPARE_WITH_TIMEOUT(qint64(panel->model()->rowCount()), rules + 1, 10000);
    const auto made = m_db.run(QStringLiteral("SELECT id, fee_bp, effective_from, effective_to, applies_to, "
                                              "workshop_id, change_reason FROM desk.platform_fee_rules WHERE "
                                              "replaces_id = ?"),
                               {old});
    ADESK_VERIFY_SQL(made);
    QCOMPARE(made.rows.size(), 1);
    const qint64 fresh = made.rows[0][0].toLongLong();
    QCOMPARE(made.rows[0][1].toInt(), 2250);
    QCOMPARE(made.rows[0][2].toDate(), day.addDays(1));
    QVERIFY(made.rows[0][3].isNull());
    QCOMPARE(made.rows[0][4].toString(), QStringLiteral("workshop"));
    QVERIFY(made.rows[0][5].isNull());
    QCOMPARE(made.rows[0][6].toString(), QStringLiteral("Board decision 2025-14"));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT effective_to FROM desk.platform_fee_rules WHERE id = ?"), {old})
            .toDate(),
        day.addDays(1));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT detail->>'reason' FROM desk.audit_log WHERE action = "
                                        "'fee_rule_version' AND row_id = ?"),
                         {fresh})
                 .toString(),
             QStringLiteral("Board decision 2025-14"));
    QTRY_VERIFY_WITH_TIMEOUT(panel->selectedRule() && panel->selectedRule()->id == fresh, 5000);
    const FeeRuleModel *m = panel->model();
    const int row = m->indexOfId(fresh);
    QVERIFY(row >= 0);
    QCOMPARE(m->index(row, FeeRuleModel::FeeColumn).data().toString(), FeeRuleModel::percent(2250));
    QCOMPARE(m->index(row, FeeRuleModel::WorkshopColumn).data().toString(), QStringLiteral("All workshops"));
    QCOMPARE(m->index(row, FeeRuleModel::KindColumn).data().toString(), labelOf(FeeKind::Workshop));
    QCOMPARE(m->index(row, FeeRuleModel::FromColumn).data(FeeRuleModel::SortRole).toDate(), day.addDays(1));
    // The replaced version now ends today (its last day) and can no longer get a new version.
    const int oldRow = m->indexOfId(old);
    QCOMPARE(m->index(oldRow, FeeRuleModel::UntilColumn).data(FeeRuleModel::SortRole).toDate(), day);
    panel->selectRule(old);
    QVERIFY(!panel->newVersionButton()->isEnabled());
    const QString message = o.pane->messageLabel()->text();
    QVERIFY2(message.contains(QString::number(fresh)), qPrintable(message));
}

void TstFeeRules::customFeeForAWorkshopThenItsNextVersion() {
    Opened o = open(QStringLiteral("finance"));
    QVERIFY(o.pane && o.pane->feeRules());
    FeeRulesPanel *panel = o.pane->feeRules();
    o.pane->tabs()->setCurrentWidget(panel);
    QTRY_COMPARE_WITH_TIMEOUT(qint64(panel->model()->rowCount()), ruleCount(), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(panel->customFeeButton()->isEnabled(), 10000); // the workshops are known
    const auto openCustom = [&]() -> qint64 {
        const QString sql =
            QStringLiteral("SELECT id FROM desk.platform_fee_rules WHERE applies_to = 'workshop' "
                           "AND workshop_id = ? AND active AND effective_to IS NULL");
        return m_db.scalar(sql, {m_b}).toLongLong();
    };
    const qint64 before =
        openCustom(); // B may have a custom fee already (migration 0011 from platform_fee_bp)
    const QDate day = today();

    for (const auto &[bp, from, reason] :
         {std::tuple{1800, day.addDays(3), QStringLiteral("Volume agreement")},
          std::tuple{1650, day.addDays(10), QStringLiteral("Renewed agreement")}}) {
        const qint64 replaced = openCustom();
        const qint64 count = ruleCount();
        QTest::mouseClick(panel->customFeeButton(), Qt::LeftButton);
        FeeRuleDialog *dialog = panel->openDialog();
        QVERIFY(dialog);
        const int i = dialog->workshopCombo()->findData(m_b);
        QVERIFY(i >= 0);
        dialog->workshopCombo()->setCurrentIndex(i);
        QCOMPARE(dialog->change().replacesRuleId, replaced);
        // After the start of the version it replaces (scheduled in the future), never before today.
        const QDate replacedFrom =
            replaced ? m_db.scalar(QStringLiteral(
                                       "SELECT effective_from FROM desk.platform_fee_rules WHERE id = ?"),
                                   {replaced})
                           .toDate()
                     : QDate();
        QCOMPARE(dialog->dateEdit()->minimumDate(), replacedFrom > day ? replacedFrom.addDays(1) : day);
        dialog->feeEdit()->setValue(bp / 100.0);
        dialog->dateEdit()->setDate(from);
        dialog->reasonEdit()->setText(reason);
        const FeeRuleChange c = dialog->change();
        QCOMPARE(c.kind, FeeKind::Workshop);
        QCOMPARE(c.workshopId, m_b);
        QCOMPARE(c.feeBp, bp);
        QVERIFY(accept(dialog));
        QTRY_COMPARE_WITH_TIMEOUT(qint64(panel->model()->rowCount()), count + 1, 10000);
        const auto made = m_db.run(QStringLiteral("SELECT fee_bp, effective_from, coalesce(replaces_id, 0), "
                                                  "applies_to FROM desk.platform_fee_rules WHERE id = ?"),
                                   {openCustom()});
        ADESK_VERIFY_SQL(made);
        QCOMPARE(made.rows[0][0].toInt(), bp);
        QCOMPARE(made.rows[0][1].toDate(), from);
        QCOMPARE(made.rows[0][2].toLongLong(), replaced);
        QCOMPARE(made.rows[0][3].toString(), QStringLiteral("workshop"));
        QVERIFY(openCustom() != before);
        // The table shows it under B's name, and the dialog would now replace it.
        const FeeRuleRow *custom = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((custom = panel->model()->openCustomFee(m_b)) && custom->id == openCustom(),
                                 5000);
        QCOMPARE(custom->workshopName, QStringLiteral("Garage Bêta"));
    }
    // The fee on B's sessions: the first custom version from its date, the second from its own.
    const auto feeOn = [&](QDate d) {
        return m_db.scalar(QStringLiteral("SELECT fee_bp FROM desk.fee_rule_at('workshop', ?, ?)"), {d, m_b})
            .toInt();
    };
    QCOMPARE(feeOn(day.addDays(3)), 1800);
    QCOMPARE(feeOn(day.addDays(10)), 1650);
}

void TstFeeRules::pastDateIsRefused() {
    Opened o = open(QStringLiteral("finance"));
    QVERIFY(o.pane && o.pane->feeRules());
    FeeRulesPanel *panel = o.pane->feeRules();
    o.pane->tabs()->setCurrentWidget(panel);
    QTRY_COMPARE_WITH_TIMEOUT(qint64(panel->model()->rowCount()), ruleCount(), 10000);
    const qint64 virtualRule =
        m_db.scalar(QStringLiteral("SELECT id FROM desk.platform_fee_rules WHERE applies_to "
                                   "= 'virtual' AND workshop_id IS NULL AND active AND "
                                   "effective_to IS NULL"))
            .toLongLong();
    panel->selectRule(virtualRule);
    QVERIFY(panel->newVersionButton()->isEnabled());
    QTest::mouseClick(panel->newVersionButton(), Qt::LeftButton);
    FeeRuleDialog *dialog = panel->openDialog();
    QVERIFY(dialog);
    // The dialog cannot pick a day before today: typing yesterday leaves today.
    const QDate day = today();
    dialog->dateEdit()->setDate(day.addDays(-1));
    QCOMPARE(dialog->dateEdit()->date(), day);
    dialog->reject();

    // Sent anyway (an old client, a clock that is wrong): the database refuses and the pane says why.
    const qint64 count = ruleCount();
    FeeRuleChange c;
    c.replacesRuleId = virtualRule;
    c.kind = FeeKind::Virtual;
    c.feeBp = 1200;
    c.effectiveFrom = day.addDays(-1);
    c.reason = QStringLiteral("Backdated");
    emit o.pane->setFeeRuleRequested(c);
    QLabel *message = o.pane->messageLabel();
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && message->text().contains(u"today or later"), 10000);
    QVERIFY2(message->text().contains(QStringLiteral("The fee was not changed")),
             qPrintable(message->text()));
    QVERIFY2(!message->text().contains(QStringLiteral("22023")), "a SQLSTATE is not a message");
    QCOMPARE(ruleCount(), count);
    QVERIFY(
        m_db.scalar(QStringLiteral("SELECT effective_to IS NULL FROM desk.platform_fee_rules WHERE id = ?"),
                    {virtualRule})
            .toBool());
}

void TstFeeRules::historyFilterAndSorting() {
    Opened o = open(QStringLiteral("finance"));
    QVERIFY(o.pane && o.pane->feeRules());
    FeeRulesPanel *panel = o.pane->feeRules();
    o.pane->tabs()->setCurrentWidget(panel);
    QTRY_COMPARE_WITH_TIMEOUT(qint64(panel->model()->rowCount()), ruleCount(), 10000);
    // Plant an ended version (a version whose successor started in the past).
    const qint64 ended =
        m_db.scalar(QStringLiteral("INSERT INTO desk.platform_fee_rules (name, applies_to, fee_bp, "
                                   "priority, effective_from, effective_to, source) VALUES "
                                   "('Old escalation fee', 'escalation_referral', 400, 50, "
                                   "'2021-01-01', '2022-01-01', 'test') RETURNING id"))
            .toLongLong();
    QVERIFY(ended);
    o.widget->findChild<EarningsController *>()->loadFeeRules(); // as after a write
    QTRY_COMPARE_WITH_TIMEOUT(qint64(panel->model()->rowCount()), ruleCount(), 10000);
    FeeRuleFilterModel *f = panel->filterModel();
    const QDate day = today();
    const int current = int(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.platform_fee_rules WHERE "
                                                       "effective_to IS NULL OR effective_to > ?"),
                                        {day})
                                .toLongLong());
    panel->historyCombo()->setCurrentIndex(0);
    QCOMPARE(f->rowCount(), current);
    panel->historyCombo()->setCurrentIndex(1);
    QCOMPARE(f->rowCount(), panel->model()->rowCount());
    panel->historyCombo()->setCurrentIndex(0);
    // Selecting an ended version shows the history.
    panel->selectRule(ended);
    QCOMPARE(panel->historyCombo()->currentIndex(), 1);
    QCOMPARE(panel->selectedRule()->id, ended);
    QVERIFY(!panel->newVersionButton()->isEnabled());
    // Sorted by fee, descending: the first row has the highest fee.
    panel->view()->sortByColumn(FeeRuleModel::FeeColumn, Qt::DescendingOrder);
    const int top = m_db.scalar(QStringLiteral("SELECT max(fee_bp) FROM desk.platform_fee_rules")).toInt();
    QCOMPARE(f->index(0, FeeRuleModel::FeeColumn).data(FeeRuleModel::SortRole).toInt(), top);
    const int last = f->rowCount() - 1;
    QCOMPARE(f->index(last, FeeRuleModel::FeeColumn).data(FeeRuleModel::SortRole).toInt(),
             m_db.scalar(QStringLiteral("SELECT min(fee_bp) FROM desk.platform_fee_rules")).toInt());
}

void TstFeeRules::ownerSeesTheirFeeAndTheirPartnershipsOnly() {
    Opened o = open(QStringLiteral("owner"));
    QVERIFY(o.pane);
    QVERIFY2(!o.pane->feeRules(), "the fee rules editor is finance's");
    // The fee on A's sessions, as the database computes it today.
    const auto fee = m_db.run(QStringLiteral("SELECT fee_bp, rule_name, effective_from FROM "
                                             "desk.fee_rule_at('workshop', desk.toronto_today(), ?)"),
                              {m_a});
    ADESK_VERIFY_SQL(fee);
    const QString expected =
        QStringLiteral("Platform fee on your sessions: %1 (rule “%2”, since %3)")
            .arg(FeeRuleModel::percent(fee.rows[0][0].toInt()), fee.rows[0][1].toString(),
                 QLocale().toString(fee.rows[0][2].toDate(), QLocale::ShortFormat));
    QLabel *line = o.pane->platformFeeLabel();
    QTRY_VERIFY_WITH_TIMEOUT(line->isVisible(), 10000);
    QVERIFY2(line->text().startsWith(expected), qPrintable(line->text() + QStringLiteral(" / ") + expected));
    QVERIFY(!line->text().contains(QStringLiteral("Garage Bêta")));

    // Partnerships: A's two, not B's; totals add up; sorted, the totals row stays last.
    PartnershipEarningsPanel *p = o.pane->partnerships();
    PartnershipEarningsModel *m = p->model();
    QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(m->rows().size(), qsizetype(2), 10000);
    QSet<qint64> ids;
    qint64 gross = 0, balance = 0;
    for (const PartnershipEarningsRow &r : m->rows()) {
        QCOMPARE(r.workshopId, m_a);
        ids.insert(r.partnershipId);
        gross += r.grossCents;
        balance += r.balanceCents;
        QCOMPARE(r.balanceCents, r.workshopShareCents + r.chargesCents);
        QCOMPARE(r.platformFeeCents + r.workshopShareCents + r.mechanicShareCents, r.grossCents);
    }
    QCOMPARE(ids, (QSet<qint64>{m_rentA, m_shareA}));
    QVERIFY(p->view()->isColumnHidden(PartnershipEarningsModel::WorkshopColumn)); // one workshop
    QCOMPARE(gross, m_jobCentsA);
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(m->totals().grossCents, gross);
    QCOMPARE(m->totals().balanceCents, balance);
    QCOMPARE(m->totals().jobs, qint64(3));
    const QModelIndex totalGross = m->index(2, PartnershipEarningsModel::GrossColumn);
    QVERIFY(totalGross.data(PartnershipEarningsModel::TotalRole).toBool());
    QCOMPARE(totalGross.data().toString(), Money::fromCents(m_jobCentsA).toString(QLocale()));
    // The revenue-share row: 25 % of 523.45 $ to the workshop by the agreement.
    for (int row = 0; row < 2; ++row)
        if (m->index(row, 0).data(PartnershipEarningsModel::PartnershipIdRole).toLongLong() == m_shareA)
            QCOMPARE(m->index(row, PartnershipEarningsModel::MechanicColumn).data().toString(),
                     QStringLiteral("Sam Sharer"));
    PartnershipEarningsSortModel *sorted = p->sortModel();
    QAbstractItemModelTester sortTester(sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        p->view()->sortByColumn(PartnershipEarningsModel::GrossColumn, order);
        QVERIFY(sorted->index(2, 0).data(PartnershipEarningsModel::TotalRole).toBool());
        const qint64 first = sorted->index(0, PartnershipEarningsModel::GrossColumn)
                                 .data(PartnershipEarningsModel::SortRole)
                                 .toLongLong();
        const qint64 second = sorted->index(1, PartnershipEarningsModel::GrossColumn)
                                  .data(PartnershipEarningsModel::SortRole)
                                  .toLongLong();
        QVERIFY(order == Qt::AscendingOrder ? first <= second : first >= second);
    }
    // A range without jobs: the rows stay (the partnerships exist) with nothing earned.
    const int oldest = p->fromCombo()->count() - 1;
    p->toCombo()->setCurrentIndex(oldest);
    p->fromCombo()->setCurrentIndex(oldest);
    QTRY_COMPARE_WITH_TIMEOUT(m->totals().grossCents, qint64(0), 10000);
}

void TstFeeRules::ownerCannotChangeFees() {
    Opened o = open(QStringLiteral("owner"));
    QVERIFY(o.pane);
    const qint64 count = ruleCount();
    FeeRuleChange c;
    c.kind = FeeKind::Workshop;
    c.workshopId = m_a;
    c.feeBp = 100;
    c.effectiveFrom = today().addDays(1);
    c.reason = QStringLiteral("Mine");
    emit o.pane->setFeeRuleRequested(c);
    QLabel *message = o.pane->messageLabel();
    QTRY_VERIFY_WITH_TIMEOUT(message->isVisible() && !message->text().isEmpty(), 10000);
    QVERIFY2(message->text().contains(QStringLiteral("Only finance may change platform fees")),
             qPrintable(message->text()));
    QCOMPARE(ruleCount(), count);
}

void TstFeeRules::financeSeesEveryPartnership() {
    Opened o = open(QStringLiteral("finance"));
    QVERIFY(o.pane);
    PartnershipEarningsModel *m = o.pane->partnerships()->model();
    QTRY_COMPARE_WITH_TIMEOUT(m->rows().size(), qsizetype(3), 10000);
    QCOMPARE(m->totals().grossCents, m_jobCentsA + 99900);
    // Two workshops' partnerships: the workshop column shows, with their names.
    QTRY_VERIFY_WITH_TIMEOUT(
        !o.pane->partnerships()->view()->isColumnHidden(PartnershipEarningsModel::WorkshopColumn), 5000);
    const auto names = [m] {
        QSet<QString> out;
        for (int row = 0; row < 3; ++row)
            out.insert(m->index(row, PartnershipEarningsModel::WorkshopColumn).data().toString());
        return out;
    };
    QTRY_COMPARE_WITH_TIMEOUT(
        names(), (QSet<QString>{QStringLiteral("Atelier Alpha"), QStringLiteral("Garage Bêta")}), 5000);
    QVERIFY(!o.pane->platformFeeLabel()->isVisible()); // finance has no "your sessions"
}

void TstFeeRules::ownerReadsTheFeeRuleNamedInFrench() {
    // The rule that sets the fee on A's sessions today: its French name, not its English one.
    const auto rule = m_db.run(QStringLiteral("SELECT r.name, r.name_fr FROM desk.fee_rule_at('workshop', "
                                              "desk.toronto_today(), ?) f JOIN desk.platform_fee_rules r "
                                              "ON r.id = f.rule_id"),
                               {m_a});
    ADESK_VERIFY_SQL(rule);
    QCOMPARE(rule.rows.size(), qsizetype(1));
    const QString english = rule.rows[0][0].toString(), french = rule.rows[0][1].toString();
    QVERIFY2(!french.isEmpty() && french != english, qPrintable(english + QStringLiteral(" / ") + french));
    Translator translator;
    translator.install(QStringLiteral("fr"));
    Opened o = open(QStringLiteral("owner"));
    QVERIFY(o.pane);
    QLabel *line = o.pane->platformFeeLabel();
    QTRY_VERIFY_WITH_TIMEOUT(line->isVisible() && !line->text().isEmpty(), 10000);
    QVERIFY2(line->text().contains(french), qPrintable(line->text()));
    QVERIFY2(!line->text().contains(english), qPrintable(line->text()));
    translator.uninstall();
}

void TstFeeRules::grabDialogsForTheEye() {
    const QString out = qEnvironmentVariable("ADESK_GRAB_DIR");
    if (out.isEmpty())
        QSKIP("set ADESK_GRAB_DIR to write the dialogs' PNGs");
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
        Translator translator;
        translator.install(language);
        Opened o = open(QStringLiteral("finance"));
        QVERIFY(o.pane && o.pane->feeRules());
        FeeRulesPanel *panel = o.pane->feeRules();
        o.pane->tabs()->setCurrentWidget(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->model()->rowCount() > 0 && panel->customFeeButton()->isEnabled(),
                                 10000);
        QVERIFY(panel->newVersionButton()->isEnabled()); // a row is selected at once
        panel->newVersion();
        FeeRuleDialog *dialog = panel->openDialog();
        QVERIFY(dialog);
        dialog->reasonEdit()->setText(QStringLiteral("Board decision"));
        QTest::qWait(300);
        QVERIFY(dialog->grab().save(out + QStringLiteral("/fee-version-%1.png").arg(language)));
        dialog->reject();
        panel->customFee();
        dialog = panel->openDialog();
        QVERIFY(dialog);
        dialog->workshopCombo()->setCurrentIndex(dialog->workshopCombo()->findData(m_b));
        QTest::qWait(300);
        QVERIFY(dialog->grab().save(out + QStringLiteral("/fee-custom-%1.png").arg(language)));
        dialog->reject();
        QVERIFY(o.widget->grab().save(out + QStringLiteral("/fee-rules-%1.png").arg(language)));
        translator.uninstall();
    }
}

QTEST_MAIN(TstFeeRules)
#include "tst_feerules.moc"
