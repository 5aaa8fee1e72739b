// Setting up the workshop from the bay calendar (issue 14), offscreen against a real database: the
// owner opens the setup dialog from the toolbar, adds a bay with equipment and a buffer, gives Monday
// a split shift from today and closes the new bay for an inspection (migration 0014's functions,
// through WorkshopSetupController); the time grid shows the new lane at once, a drag books it, a drag
// inside the closure or the midday gap is refused with the database's message. Then: cutting the
// hours under a booking lists it and cancels it with the owner's reason, "keep them" changes
// nothing, undo takes the closure away, a version moved elsewhere reloads, and the calendar's banner
// says why a workshop may not host physical work.

#include "app/bays/baycontroller.h"
#include "app/bays/workshopsetupcontroller.h"
#include "models/bays/bookingmodel.h"
#include "models/bays/workshopsetupmodels.h"
#include "models/core/dbexecutor.h"
#include "tests/support/testdatabase.h"
#include "views/bays/baycalendarpane.h"
#include "views/bays/timegridwidget.h"
#include "views/bays/workshopsetupdialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace adesk;

namespace {
const QDate kMonday(2030, 1, 7); // a week without DST changes
} // namespace

class TstWorkshopSetup : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void addBayFromTheDialog();
    void splitShiftHours();
    void closureOnTheNewBay();
    void bookTheNewBayByDragging();
    void bookingsInTheWayAreListed();
    void conflictReloads();
    void physicalWorkBanner();

private:
    template <typename T> T *child(QObject *parent, const char *name) {
        T *w = parent->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }
    bool finished(QSignalSpy &spy, bool expectOk, QString *message = nullptr) {
        if (spy.isEmpty() && !spy.wait(10000))
            return false;
        const QList<QVariant> args = spy.takeFirst();
        if (message)
            *message = args.at(1).toString();
        if (args.at(0).toBool() != expectOk)
            qWarning("finished with %s", qPrintable(args.at(1).toString()));
        return args.at(0).toBool() == expectOk;
    }
    void drag(QWidget *w, QPoint from, QPoint to) {
        QTest::mousePress(w, Qt::LeftButton, {}, from);
        for (int i = 1; i <= 6; ++i)
            QTest::mouseMove(w, from + (to - from) * i / 6, 10);
        QTest::mouseRelease(w, Qt::LeftButton, {}, to);
    }
    int laneOf(qint64 bay) const { return int(m_pane->grid()->laneIds().indexOf(bay)); }
    QString today() {
        return m_db.scalar(QStringLiteral("SELECT ((now() AT TIME ZONE 'America/Toronto')::date)::text"))
            .toString();
    }

    TestDatabase m_db;
    qint64 m_shop = 0;
    qint64 m_oldBay = 0;
    qint64 m_bay = 0;
    qint64 m_mech = 0;
    qint64 m_booking = 0;
    std::unique_ptr<DbExecutor> m_exec;
    std::unique_ptr<BayCalendarPane> m_pane;
    BayController *m_controller = nullptr;
    WorkshopSetupController *m_setup = nullptr;
    WorkshopSetupDialog *m_dialog = nullptr;
};

void TstWorkshopSetup::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shop = m_db.insertWorkshop(QStringLiteral("Setup Garage"), QStringLiteral("ON"));
    m_mech = m_db.insertMechanic(QStringLiteral("Sam Setup"), m_shop);
    QVERIFY(m_shop && m_mech);
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE desk.mechanics SET service_tier = 'workshop_affiliated', workshop_verified = "
                       "true, can_perform_physical_work = true, compliance_status = 'approved' WHERE id = ?"),
        {m_mech}));
    // One bay from before, open 08:00–18:00 Monday to Saturday.
    m_oldBay = m_db.scalar(QStringLiteral("INSERT INTO desk.bays (workshop_id, name, sort_order) VALUES (?, "
                                          "'Old Lift', 1) RETURNING id"),
                           {m_shop})
                   .toLongLong();
    QVERIFY(m_oldBay);
    QVERIFY(m_db.exec(
        QStringLiteral("INSERT INTO desk.workshop_hours (workshop_id, weekday, opens_at, closes_at) "
                       "SELECT ?, d, '08:00', '18:00' FROM generate_series(1, 6) d"),
        {m_shop}));
    const QString owner = m_db.roleName(QStringLiteral("setup_owner"));
    QVERIFY(m_db.createLogin(owner, QStringLiteral("adesk_workshop_owner"), QStringLiteral("Setup Owner"),
                             {m_shop}));
    m_exec = std::make_unique<DbExecutor>(m_db.login(owner), 2);
    Identity who;
    who.deskRole = QStringLiteral("workshop_owner");
    who.workshopIds = {m_shop};
    m_pane = std::make_unique<BayCalendarPane>();
    m_controller = new BayController(m_exec.get(), nullptr, who, m_pane.get(), m_pane.get());
    m_setup = m_controller->setup();
    m_pane->resize(1366, 768);
    m_pane->setAnchorDate(kMonday);
    m_pane->setViewMode(BayCalendarPane::ViewMode::Day);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->bookings()->calendar().workshopId == m_shop &&
                                 m_controller->bookings()->rangeStart() == m_pane->rangeStart() &&
                                 !m_controller->bookings()->isLoading(),
                             10000);
    QCOMPARE(m_pane->grid()->laneIds(), (QList<qint64>{m_oldBay}));

    // The toolbar opens the dialog on the pane's workshop.
    QSignalSpy loaded(m_setup, &WorkshopSetupController::setupLoaded);
    auto *open = child<QToolButton>(m_pane.get(), "setupWorkshopButton");
    QVERIFY(open);
    open->click();
    QVERIFY(loaded.wait(10000));
    m_dialog = m_setup->dialog();
    QVERIFY(m_dialog && m_dialog->isVisible());
    QCOMPARE(m_dialog->setup().workshopId, m_shop);
    QCOMPARE(m_dialog->baysModel()->rowCount(), 1);
}

void TstWorkshopSetup::cleanupTestCase() {
    m_pane.reset();
    m_exec.reset();
}

void TstWorkshopSetup::addBayFromTheDialog() {
    QAbstractItemModelTester tester(m_dialog->baysModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy done(m_setup, &WorkshopSetupController::operationFinished);
    child<QPushButton>(m_dialog, "newBayButton")->click();
    QTest::keyClicks(child<QLineEdit>(m_dialog, "bayName"), QStringLiteral("Bay Nine"));
    auto *caps = child<QListWidget>(m_dialog, "bayCapabilities");
    caps->item(int(BayCapability::Lift))->setCheckState(Qt::Checked);
    caps->item(int(BayCapability::EvCharging))->setCheckState(Qt::Checked);
    child<QSpinBox>(m_dialog, "bayBuffer")->setValue(30);
    child<QLineEdit>(m_dialog, "bayRate")->setText(QStringLiteral("75.00"));
    child<QSpinBox>(m_dialog, "baySortOrder")->setValue(2);
    child<QPushButton>(m_dialog, "saveBayButton")->click();
    QVERIFY2(finished(done, true), qPrintable(m_dialog->lastMessage()));
    const auto row =
        m_db.run(QStringLiteral("SELECT id, capabilities @> '{lift,ev_charging}' AND "
                                "cardinality(capabilities) = 2, buffer_minutes, hourly_rate_cents, "
                                "sort_order, active FROM desk.bays WHERE name = 'Bay Nine'"));
    ADESK_VERIFY_SQL(row);
    QCOMPARE(row.rows.size(), 1);
    m_bay = row.rows[0][0].toLongLong();
    QVERIFY(row.rows[0][1].toBool());
    QCOMPARE(row.rows[0][2].toInt(), 30);
    QCOMPARE(row.rows[0][3].toLongLong(), 7500);
    QCOMPARE(row.rows[0][4].toInt(), 2);
    QVERIFY(row.rows[0][5].toBool());
    // The dialog's table and the calendar's lanes show it at once.
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->baysModel()->rowCount(), 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_pane->grid()->laneIds(), (QList<qint64>{m_oldBay, m_bay}), 5000);
    const int r = m_dialog->baysModel()->rowOf(m_bay);
    QCOMPARE(m_dialog->baysModel()->index(r, BaySetupModel::CapabilitiesColumn).data().toString(),
             QStringLiteral("Lift, EV charging"));
    // Rename it; undo renames it back.
    m_dialog->selectBay(m_bay);
    QLineEdit *name = child<QLineEdit>(m_dialog, "bayName");
    name->setText(QStringLiteral("Bay 9"));
    child<QPushButton>(m_dialog, "saveBayButton")->click();
    QVERIFY2(finished(done, true), qPrintable(m_dialog->lastMessage()));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT name FROM desk.bays WHERE id = ?"), {m_bay}).toString(),
             QStringLiteral("Bay 9"));
    QTRY_COMPARE_WITH_TIMEOUT(m_setup->setup().bay(m_bay)->name, QStringLiteral("Bay 9"), 5000);
    m_pane->undoStack()->undo();
    QVERIFY2(finished(done, true), qPrintable(m_dialog->lastMessage()));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT name FROM desk.bays WHERE id = ?"), {m_bay}).toString(),
             QStringLiteral("Bay Nine"));
    QTRY_COMPARE_WITH_TIMEOUT(m_setup->setup().bay(m_bay)->name, QStringLiteral("Bay Nine"), 5000);
}

void TstWorkshopSetup::splitShiftHours() {
    QAbstractItemModelTester tester(m_dialog->hoursModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy done(m_setup, &WorkshopSetupController::operationFinished);
    m_dialog->showTab(WorkshopSetupDialog::HoursTab);
    m_dialog->selectWeekday(1);
    QCOMPARE(child<QLineEdit>(m_dialog, "hoursShifts")->text(), QStringLiteral("08:00–18:00"));
    QCOMPARE(child<QDateEdit>(m_dialog, "hoursFrom")->date().toString(Qt::ISODate), today());
    child<QLineEdit>(m_dialog, "hoursShifts")->setText(QStringLiteral("08:00-12:00, 13:00-17:00"));
    child<QPushButton>(m_dialog, "setHoursButton")->click();
    QVERIFY2(finished(done, true), qPrintable(m_dialog->lastMessage()));
    const auto rows =
        m_db.run(QStringLiteral("SELECT opens_at::text, closes_at::text FROM desk.opening_hours_on(?, "
                                "'2030-01-07') ORDER BY 1"),
                 {m_shop});
    ADESK_VERIFY_SQL(rows);
    QCOMPARE(rows.rows.size(), 2);
    QCOMPARE(rows.rows[0][0].toString(), QStringLiteral("08:00:00"));
    QCOMPARE(rows.rows[0][1].toString(), QStringLiteral("12:00:00"));
    QCOMPARE(rows.rows[1][0].toString(), QStringLiteral("13:00:00"));
    // The dialog shows Monday's split shift; the calendar has both shifts for the Monday.
    QTRY_COMPARE_WITH_TIMEOUT(
        m_dialog->hoursModel()->index(0, 0).data(OpeningHoursModel::ShiftsTextRole).toString(),
        QStringLiteral("08:00–12:00, 13:00–17:00"), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->bookings()->calendar().shiftsOn(kMonday).size(), 2, 5000);
    // A malformed text is refused before the database sees it.
    child<QLineEdit>(m_dialog, "hoursShifts")->setText(QStringLiteral("08:00-12:00, 11:00-15:00"));
    child<QPushButton>(m_dialog, "setHoursButton")->click();
    QVERIFY(m_dialog->lastMessage().contains(u"overlaps"));
    QVERIFY(done.isEmpty());
}

void TstWorkshopSetup::closureOnTheNewBay() {
    QAbstractItemModelTester tester(m_dialog->closuresModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy done(m_setup, &WorkshopSetupController::operationFinished);
    m_dialog->showTab(WorkshopSetupDialog::ClosuresTab);
    m_dialog->prepareClosure(m_bay, QDateTime(kMonday, QTime(14, 0)));
    child<QDateTimeEdit>(m_dialog, "closureEnd")->setDateTime(QDateTime(kMonday, QTime(16, 0)));
    child<QLineEdit>(m_dialog, "closureReason")->setText(QStringLiteral("Hoist inspection"));
    QCOMPARE(child<QComboBox>(m_dialog, "closureKind")->currentIndex(), int(ClosureKind::Maintenance));
    child<QPushButton>(m_dialog, "addClosureButton")->click();
    QVERIFY2(finished(done, true), qPrintable(m_dialog->lastMessage()));
    const auto row = m_db.run(QStringLiteral("SELECT bay_id, kind, lower(span) = '2030-01-07 "
                                             "14:00'::timestamp AT TIME ZONE 'America/Toronto', "
                                             "upper(span) = '2030-01-07 16:00'::timestamp AT TIME ZONE "
                                             "'America/Toronto', reason FROM desk.bay_closures "
                                             "WHERE workshop_id = ?"),
                              {m_shop});
    ADESK_VERIFY_SQL(row);
    QCOMPARE(row.rows.size(), 1);
    QCOMPARE(row.rows[0][0].toLongLong(), m_bay);
    QCOMPARE(row.rows[0][1].toString(), QStringLiteral("maintenance"));
    QVERIFY(row.rows[0][2].toBool());
    QVERIFY(row.rows[0][3].toBool());
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->closuresModel()->rowCount(), 1, 5000);
    QCOMPARE(m_dialog->closuresModel()->index(0, ClosureSetupModel::WhereColumn).data().toString(),
             QStringLiteral("Bay Nine"));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->bookings()->calendar().closures.size(), 1, 5000);
    // Undo removes it (the dialog and the grid at once), redo adds it again.
    QUndoStack *undo = m_pane->undoStack();
    QVERIFY2(undo->undoText().startsWith(u"Closure"), qPrintable(undo->undoText()));
    undo->undo();
    QVERIFY2(finished(done, true), qPrintable(m_dialog->lastMessage()));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.bay_closures WHERE workshop_id = ?"), {m_shop})
            .toInt(),
        0);
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->closuresModel()->rowCount(), 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->bookings()->calendar().closures.size(), 0, 5000);
    undo->redo();
    QVERIFY2(finished(done, true), qPrintable(m_dialog->lastMessage()));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.bay_closures WHERE workshop_id = ?"), {m_shop})
            .toInt(),
        1);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->bookings()->calendar().closures.size(), 1, 5000);
}

void TstWorkshopSetup::bookTheNewBayByDragging() {
    TimeGridWidget *grid = m_pane->grid();
    QSignalSpy done(m_controller, &BayController::operationFinished);
    const int lane = laneOf(m_bay);
    QVERIFY(lane >= 0);
    QCOMPARE(m_pane->bookForId(), m_mech);
    // Monday 09:00–10:00 on the new bay: inside the morning shift.
    drag(grid, grid->pointAt(0, lane, QTime(9, 0)), grid->pointAt(0, lane, QTime(10, 0)));
    QVERIFY2(finished(done, true), qPrintable(m_pane->lastMessage()));
    const auto row = m_db.run(
        QStringLiteral(
            "SELECT id, buffer_minutes, mechanic_id FROM desk.bay_bookings WHERE bay_id = ? AND lower(span) "
            "= "
            "'2030-01-07 09:00'::timestamp AT TIME ZONE 'America/Toronto' AND status <> 'cancelled'"),
        {m_bay});
    ADESK_VERIFY_SQL(row);
    QCOMPARE(row.rows.size(), 1);
    m_booking = row.rows[0][0].toLongLong();
    QCOMPARE(row.rows[0][1].toInt(), 30); // raised to the bay's buffer
    QCOMPARE(row.rows[0][2].toLongLong(), m_mech);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->bookings()->booking(m_booking) != nullptr, 5000);
    // Inside the closure: refused with the database's message.
    QString message;
    drag(grid, grid->pointAt(0, lane, QTime(14, 30)), grid->pointAt(0, lane, QTime(15, 30)));
    QVERIFY(finished(done, false, &message));
    QVERIFY2(message.contains(u"Hoist inspection") || message.contains(u"clos"), qPrintable(message));
    QCOMPARE(message, m_pane->lastMessage());
    // In the midday gap of the split shift: refused too.
    drag(grid, grid->pointAt(0, lane, QTime(12, 0)), grid->pointAt(0, lane, QTime(13, 0)));
    QVERIFY(finished(done, false, &message));
    QVERIFY2(message.contains(u"opening hours"), qPrintable(message));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.bay_bookings WHERE bay_id = ?"), {m_bay})
                 .toInt(),
             1);
}

void TstWorkshopSetup::bookingsInTheWayAreListed() {
    QSignalSpy done(m_setup, &WorkshopSetupController::operationFinished);
    m_dialog->showTab(WorkshopSetupDialog::HoursTab);
    m_dialog->selectWeekday(1);
    // Mondays afternoon only: the 09:00 booking is in the way. First keep it: nothing changes.
    child<QLineEdit>(m_dialog, "hoursShifts")->setText(QStringLiteral("13:00-17:00"));
    const int hoursVersion =
        m_db.scalar(QStringLiteral("SELECT hours_version FROM desk.organizations WHERE id = ?"), {m_shop})
            .toInt();
    child<QPushButton>(m_dialog, "setHoursButton")->click();
    QDialog *ask = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (ask = m_dialog->findChild<QDialog *>(QStringLiteral("bookingsInTheWayDialog"))) && ask->isVisible(),
        10000);
    auto *view = ask->findChild<QAbstractItemView *>(QStringLiteral("bookingsInTheWayView"));
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("Bay Nine"));
    QCOMPARE(view->model()->index(0, 2).data().toString(), QStringLiteral("Sam Setup"));
    QCOMPARE(view->model()->index(0, 0).data(Qt::UserRole).toLongLong(), m_booking);
    QVERIFY(!child<QPushButton>(ask, "cancelBookingsButton")->isEnabled()); // needs a reason
    child<QPushButton>(ask, "keepBookingsButton")->click();
    QVERIFY(finished(done, false));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT hours_version FROM desk.organizations WHERE id = ?"), {m_shop})
            .toInt(),
        hoursVersion);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT status FROM desk.bay_bookings WHERE id = ?"), {m_booking})
                 .toString(),
             QStringLiteral("confirmed"));
    // Again, cancelling it with a reason: hours and cancellation in one go.
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->findChild<QDialog *>(QStringLiteral("bookingsInTheWayDialog")), 5000);
    child<QPushButton>(m_dialog, "setHoursButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        (ask = m_dialog->findChild<QDialog *>(QStringLiteral("bookingsInTheWayDialog"))) && ask->isVisible(),
        10000);
    QTest::keyClicks(child<QLineEdit>(ask, "cancelReason"), QStringLiteral("Mornings closed from now on"));
    child<QPushButton>(ask, "cancelBookingsButton")->click();
    QVERIFY2(finished(done, true), qPrintable(m_dialog->lastMessage()));
    const auto row = m_db.run(
        QStringLiteral("SELECT status, status_reason FROM desk.bay_bookings WHERE id = ?"), {m_booking});
    ADESK_VERIFY_SQL(row);
    QCOMPARE(row.rows[0][0].toString(), QStringLiteral("cancelled"));
    QVERIFY2(row.rows[0][1].toString().contains(u"Mornings closed"), qPrintable(row.rows[0][1].toString()));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.opening_hours_on(?, '2030-01-07')"), {m_shop})
            .toInt(),
        1);
    QVERIFY(m_dialog->lastMessage().contains(u"1 booking"));
    // The grid shows the booking cancelled at once.
    QTRY_COMPARE_WITH_TIMEOUT(int(m_controller->bookings()->booking(m_booking)->status),
                              int(BookingStatus::Cancelled), 5000);
    // Undo sets the previous shifts back (no booking in the way now).
    m_pane->undoStack()->undo();
    QVERIFY2(finished(done, true), qPrintable(m_dialog->lastMessage()));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT count(*) FROM desk.opening_hours_on(?, '2030-01-07')"), {m_shop})
            .toInt(),
        2);
}

void TstWorkshopSetup::conflictReloads() {
    QSignalSpy done(m_setup, &WorkshopSetupController::operationFinished);
    QSignalSpy loaded(m_setup, &WorkshopSetupController::setupLoaded);
    m_dialog->showTab(WorkshopSetupDialog::BaysTab);
    m_dialog->selectBay(m_bay);
    // Someone else renames the bay meanwhile (its version moves).
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE desk.bays SET name = 'Bay Nine (Ann)', version = version + 1 WHERE id = ?"),
        {m_bay}));
    child<QLineEdit>(m_dialog, "bayName")->setText(QStringLiteral("Bay Nine (mine)"));
    child<QPushButton>(m_dialog, "saveBayButton")->click();
    QString message;
    QVERIFY(finished(done, false, &message));
    QVERIFY2(message.contains(u"Someone else"), qPrintable(message));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(m_setup->setup().bay(m_bay)->name, QStringLiteral("Bay Nine (Ann)"));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT name FROM desk.bays WHERE id = ?"), {m_bay}).toString(),
             QStringLiteral("Bay Nine (Ann)"));
}

void TstWorkshopSetup::physicalWorkBanner() {
    auto *banner = child<QLabel>(m_pane.get(), "physicalWorkBanner");
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.organizations SET liability_insurance_expiry = "
                                     "current_date - 10 WHERE id = ?"),
                      {m_shop}));
    m_controller->checkPhysicalWork();
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 5000);
    QVERIFY2(banner->text().contains(u"liability insurance has expired"), qPrintable(banner->text()));
    QVERIFY(
        m_db.exec(QStringLiteral("UPDATE desk.organizations SET liability_insurance_expiry = '2099-12-31' "
                                 "WHERE id = ?"),
                  {m_shop}));
    m_controller->checkPhysicalWork();
    QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 5000);
}

QTEST_MAIN(TstWorkshopSetup)
#include "tst_workshopsetup.moc"
