// The earnings pane driven as finance uses it (issue 12), offscreen against a real PostgreSQL:
// reconciliation lists last month's completed events missing from the ledger; "Post all missing"
// posts them through the database's split with progress and goes on past a refused one, whose
// reason lands in its difference's Detail; "Post selected" tries the selected one again; on the
// ledger, "Void charge…" is offered on a bay-rental row only, asks for a reason and posts the
// reversal. An owner's pane has none of these actions.

#include "app/earnings/earningscontroller.h"
#include "app/shell/session.h"
#include "app/shell/signin.h"
#include "models/earnings/ledgermodel.h"
#include "tests/support/testdatabase.h"
#include "views/earnings/earningspane.h"

#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace adesk;

class TstEarningsPane : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void postAllMissingGoesOnPastARefusal();
    void postSelectedTriesAgain();
    void voidChargeOnABayRentalRow();
    void ownerHasNoPostingOrVoid();
    void failedPayoutIsNeverNoDifferences();
    void totalsAreNeverCut();

private:
    qint64 scalar(const QString &sql, const QVariantList &binds = {}) {
        return m_db.scalar(sql, binds).toLongLong();
    }
    QPushButton *button(const QString &text) {
        for (QPushButton *b : m_pane->findChildren<QPushButton *>())
            if (b->text() == text)
                return b;
        return nullptr;
    }
    /// Chooses @p month in the filter bar's month box.
    bool chooseMonth(QDate month) {
        for (QComboBox *c : m_pane->findChildren<QComboBox *>()) {
            const int i = c->findData(month);
            if (i >= 0) {
                c->setCurrentIndex(i);
                return true;
            }
        }
        return false;
    }
    QString detailOf(qint64 sessionId) {
        QAbstractItemModel *m = m_pane->differencesView()->model();
        for (int r = 0; r < m->rowCount(); ++r)
            if (m->index(r, 1).data().toString().endsWith(QStringLiteral("#%1").arg(sessionId)))
                return m->index(r, 5).data().toString();
        return QStringLiteral("(no row)");
    }

    TestDatabase m_db;
    QHash<QString, QString> m_roles;
    std::unique_ptr<Session> m_session;
    QWidget *m_widget = nullptr;
    EarningsPane *m_pane = nullptr;
    qint64 m_workshop = 0, m_chat = 0, m_visit = 0, m_refused = 0, m_charge = 0;
    QDate m_month;
};

void TstEarningsPane::initTestCase() {
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    ADESK_START_TEST_DATABASE(m_db);
    m_workshop = m_db.insertWorkshop(QStringLiteral("Garage Rapprochement"), QStringLiteral("ON"));
    const qint64 employee = m_db.insertPhysicalMechanic(QStringLiteral("Emma Employee"), m_workshop,
                                                        QStringLiteral("workshop_affiliated"));
    const qint64 remote = m_db.insertMechanic(QStringLiteral("Vic Virtual"));
    const qint64 renter =
        m_db.insertPhysicalMechanic(QStringLiteral("Rita Renter"), 0, QStringLiteral("licensed_mobile"));
    QVERIFY(m_workshop && employee && remote && renter);
    // Last month (the pane lists the last 24 months): a chat and a visit to post, and a visit by a
    // mechanic not allowed physical work (refused, AD003).
    m_month = m_db.scalar(QStringLiteral("SELECT (date_trunc('month', now() AT TIME ZONE 'America/Toronto') "
                                         "- interval '1 month')::date"))
                  .toDate();
    const QString at =
        QStringLiteral("(date_trunc('month', now() AT TIME ZONE 'America/Toronto') - interval "
                       "'1 month' + interval '9 days 12 hours') AT TIME ZONE 'America/Toronto'");
    auto session = [&](const QString &type, qint64 mechanic, qint64 workshop) {
        return scalar(
            QStringLiteral("INSERT INTO desk.sessions (session_type, price_cents, mechanic_id, "
                           "workshop_id, completed_at) VALUES (?, 5000, ?, ?, %1) RETURNING id")
                .arg(at),
            {type, mechanic, workshop ? QVariant(workshop) : QVariant(QMetaType::fromType<qlonglong>())});
    };
    m_chat = session(QStringLiteral("chat"), remote, 0);
    m_refused = session(QStringLiteral("workshop_visit"), remote, m_workshop);
    m_visit = session(QStringLiteral("workshop_visit"), employee, m_workshop);
    QVERIFY(m_chat && m_refused && m_visit);
    // A bay-rental partner's booking last month, billed by the month's charge run.
    const qint64 rent = m_db.insertPartnership(m_workshop, renter, QStringLiteral("bay_rental"), 0);
    const qint64 bay = m_db.insertBay(m_workshop, QStringLiteral("Lift"));
    QVERIFY(rent && bay);
    const QString start = m_db.scalar(QStringLiteral("SELECT to_char(?::date + 3, 'YYYY-MM-DD') || ' 09:00 "
                                                     "America/Toronto'"),
                                      {m_month})
                              .toString();
    QVERIFY(m_db.insertPastBooking(bay, renter, start, 120));

    m_roles = m_db.createRoleLogins(QStringLiteral("pane_"), m_workshop);
    QVERIFY(!m_roles.isEmpty());
    ADESK_VERIFY_SQL(
        TestDatabase::run(TestDatabase::openConnection(m_db.login(m_roles.value(QStringLiteral("finance"))),
                                                       QStringLiteral("charge_run")),
                          QStringLiteral("SELECT count(*) FROM desk.run_partnership_charges(?)"), {m_month}));
    TestDatabase::closeConnection(QStringLiteral("charge_run"));
    m_charge =
        scalar(QStringLiteral("SELECT id FROM desk.bay_rental_charges WHERE partnership_id = ?"), {rent});
    QVERIFY(m_charge);

    m_session = std::make_unique<Session>(m_db.login(m_roles.value(QStringLiteral("finance"))));
    const Result<Identity> identity = signInWaiting(m_session.get());
    QVERIFY2(identity.ok(), qPrintable(identity.error().serverMessage));
    m_session->setIdentity(identity.value());
    m_widget = EarningsController::createPane(m_session.get(), nullptr);
    m_pane = qobject_cast<EarningsPane *>(m_widget);
    QVERIFY(m_pane);
    m_pane->resize(1366, 700);
    m_pane->show();
    QTRY_VERIFY_WITH_TIMEOUT(chooseMonth(m_month), 10000);
}

void TstEarningsPane::cleanupTestCase() {
    delete m_widget;
    m_session.reset();
}

void TstEarningsPane::postAllMissingGoesOnPastARefusal() {
    for (int i = 0; i < m_pane->tabs()->count(); ++i)
        if (m_pane->tabs()->tabText(i) == u"Reconciliation")
            m_pane->tabs()->setCurrentIndex(i);
    QCOMPARE(m_pane->tabs()->tabText(m_pane->tabs()->currentIndex()), QStringLiteral("Reconciliation"));
    QPushButton *reconcile = button(QStringLiteral("Reconcile month"));
    QVERIFY(reconcile && m_pane->postAllButton() && m_pane->postSelectedButton());
    reconcile->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->differencesView()->model()->rowCount(), 3, 10000);

    m_pane->postAllButton()->click();
    // Done: the buttons come back, two events are in the ledger, the refused one is listed with why.
    QTRY_VERIFY_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT count(DISTINCT event_id) FROM desk.earnings_ledger "
                              "WHERE event_type = 'session'")) == 2,
        10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->postAllButton()->isEnabled(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->differencesView()->model()->rowCount(), 1, 10000);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE event_type = 'session' "
                                   "AND event_id IN (?, ?)"),
                    {m_chat, m_visit}),
             4);
    const QString why = detailOf(m_refused);
    QVERIFY2(why.contains(QStringLiteral("compliance rule")) && why.contains(QStringLiteral("physical work")),
             qPrintable(why));
    const QList<QLabel *> labels = m_pane->findChildren<QLabel *>();
    bool said = false;
    for (const QLabel *l : labels)
        said = said || (l->isVisible() && l->text().startsWith(QStringLiteral("2 event")) &&
                        l->text().contains(QStringLiteral("posted to the ledger")) &&
                        l->text().contains(QStringLiteral("1 refused")));
    QVERIFY2(said, "the summary of the posting is shown");
}

void TstEarningsPane::postSelectedTriesAgain() {
    // Nothing selected: a message, nothing posted.
    m_pane->differencesView()->clearSelection();
    m_pane->postSelectedButton()->click();
    QVERIFY(m_pane->postSelectedButton()->isEnabled());
    // The refused visit selected: tried again, refused again, still listed with why.
    m_pane->differencesView()->selectRow(0);
    m_pane->postSelectedButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->postSelectedButton()->isEnabled(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->differencesView()->model()->rowCount(), 1, 10000);
    QVERIFY(detailOf(m_refused).contains(QStringLiteral("physical work")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE event_id = ? AND "
                                   "event_type = 'session'"),
                    {m_refused}),
             0);
}

void TstEarningsPane::voidChargeOnABayRentalRow() {
    m_pane->tabs()->setCurrentIndex(0); // Ledger
    QPushButton *voidCharge = m_pane->voidChargeButton();
    QVERIFY(voidCharge);
    QTableView *ledger = m_pane->ledgerView();
    auto rowOf = [&](EventType type) {
        for (int r = 0; r < ledger->model()->rowCount(); ++r)
            if (ledger->model()->index(r, 0).data(LedgerModel::EventTypeRole).toInt() == int(type))
                return r;
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(EventType::BayRental) >= 0 && rowOf(EventType::Session) >= 0, 10000);
    ledger->setCurrentIndex(ledger->model()->index(rowOf(EventType::Session), 0));
    QVERIFY(!voidCharge->isEnabled());
    ledger->setCurrentIndex(ledger->model()->index(rowOf(EventType::BayRental), 0));
    QVERIFY(voidCharge->isEnabled());

    // Without a reason: refused in the pane, nothing sent.
    QTimer::singleShot(100, [] {
        if (auto *d = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            d->setTextValue(QStringLiteral("   "));
            d->accept();
        }
    });
    voidCharge->click();
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE entry_type = 'reversal'")), 0);
    // With a reason: two reversal rows, the charge untouched.
    QTimer::singleShot(100, [] {
        if (auto *d = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            d->setTextValue(QStringLiteral("Lift out of service that day"));
            d->accept();
        }
    });
    voidCharge->click();
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT count(*) FROM desk.earnings_ledger WHERE event_type = "
                              "'bay_rental' AND event_id = ? AND entry_type = 'reversal'"),
               {m_charge}),
        2, 10000);
    QCOMPARE(
        scalar(QStringLiteral("SELECT detail->>'reason' = 'Lift out of service that day' FROM desk.audit_log "
                              "WHERE action = 'ledger_event_reversed' AND row_id = ?"),
               {m_charge}),
        1);
    // The charge's split is shown again with its reversal: four rows adding up to nothing. (The
    // reversal is dated today, so the ledger filtered on last month still lists the charge alone.)
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->splitView()->model()->rowCount(), 4, 10000);
    QCOMPARE(ledger->model()->rowCount(), 2 + 2 + 2); // chat, visit, charge
}

void TstEarningsPane::ownerHasNoPostingOrVoid() {
    Session owner(m_db.login(m_roles.value(QStringLiteral("owner"))));
    const Result<Identity> identity = signInWaiting(&owner);
    QVERIFY2(identity.ok(), qPrintable(identity.error().serverMessage));
    owner.setIdentity(identity.value());
    std::unique_ptr<QWidget> widget(EarningsController::createPane(&owner, nullptr));
    auto *pane = qobject_cast<EarningsPane *>(widget.get());
    QVERIFY(pane);
    QVERIFY(!pane->postAllButton());
    QVERIFY(!pane->postSelectedButton());
    QVERIFY(!pane->voidChargeButton());
}

void TstEarningsPane::failedPayoutIsNeverNoDifferences() {
    // A failed payout whose rows went into a later batch is no difference, but it is listed under the
    // differences: the summary names it instead of saying "No differences" over it.
    auto *summary = m_pane->findChild<QLabel *>(QStringLiteral("differencesSummary"));
    QVERIFY(summary);
    PayoutRow failed;
    failed.id = 41;
    failed.payeeName = QStringLiteral("Busy Virtual Mechanic");
    failed.amountCents = 12345;
    failed.status = PayoutStatus::Failed;
    failed.failureReason = QStringLiteral("account closed");
    PayoutRow paid = failed;
    paid.id = 42;
    paid.status = PayoutStatus::Paid;
    m_pane->setDifferences({});
    m_pane->setPayouts({paid, failed});
    QVERIFY2(!summary->text().startsWith(QStringLiteral("No differences:")), qPrintable(summary->text()));
    QVERIFY2(summary->text().contains(QStringLiteral("1 failed payout")), qPrintable(summary->text()));
    // The other order (payouts first) says the same.
    m_pane->setPayouts({failed});
    m_pane->setDifferences({});
    QVERIFY2(summary->text().contains(QStringLiteral("1 failed payout")), qPrintable(summary->text()));
    // Nothing failed, nothing to resolve: no differences.
    m_pane->setPayouts({paid});
    QVERIFY2(summary->text().startsWith(QStringLiteral("No differences:")), qPrintable(summary->text()));
    // A difference: counted.
    Difference d;
    d.cause = DifferenceCause::PayoutFailed;
    d.payoutId = failed.id;
    m_pane->setPayouts({failed});
    m_pane->setDifferences({d});
    QVERIFY2(summary->text().startsWith(QStringLiteral("1 difference")), qPrintable(summary->text()));
}

void TstEarningsPane::totalsAreNeverCut() {
    // The totals beside the ledger keep their columns whole however narrow the pane: the view is
    // as wide as its columns, each as wide as its widest amount ("1 721 6" was cut in French).
    m_pane->tabs()->setCurrentIndex(0);
    m_pane->resize(900, 700);
    QTableView *totals = m_pane->totalsView();
    QTRY_VERIFY_WITH_TIMEOUT(totals->model()->rowCount() > 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(totals->viewport()->width() >= totals->horizontalHeader()->length(), 5000);
    const QFontMetrics fm(totals->font());
    for (int r = 0; r < totals->model()->rowCount(); ++r)
        for (int c = 0; c < totals->model()->columnCount(); ++c) {
            const QString text = totals->model()->index(r, c).data().toString();
            QVERIFY2(fm.horizontalAdvance(text) <= totals->columnWidth(c), qPrintable(text));
        }
    m_pane->resize(1366, 700);
}

QTEST_MAIN(TstEarningsPane)
#include "tst_earningspane.moc"
