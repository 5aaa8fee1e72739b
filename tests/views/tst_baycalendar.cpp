// The bay calendar pane against a real database, offscreen: the models under
// QAbstractItemModelTester, drag to create and to move with QTest mouse events (through the
// controller and desk.create_booking / desk.move_booking), a clash that snaps back with the
// database's reason, undo, live updates from another connection, the .ics export parsed back with
// libical, and the day sheet rendered to PDF.

#include "app/bays/baycontroller.h"
#include "app/bays/icsexport.h"
#include "models/bays/bookingmodel.h"
#include "models/bays/pendingbookingmodel.h"
#include "models/bays/utilizationmodel.h"
#include "models/core/dbexecutor.h"
#include "models/core/notificationlistener.h"
#include "tests/support/testdatabase.h"
#include "views/bays/baycalendarpane.h"
#include "views/bays/monthoverviewwidget.h"
#include "views/paper/daysheetrenderer.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <poppler-qt6.h>

#include <libical/ical.h>

#include <memory>

using namespace adesk;

namespace {
const QDate kMonday(2030, 1, 7); // a week without DST changes; 2030-01-07 is a Monday
const char *kZone = "America/Toronto";
} // namespace

class TstBayCalendar : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void modelsUnderTester();
    void dragToCreate();
    void dragToMove();
    void clashSnapsBackWithTheReason();
    void undoMovesBack();
    void liveUpdateFromElsewhere();
    void pendingRowFollowsTheBooking();
    void checkInWaitsForTheStart();
    void monthAndMechanicLanes();
    void icsRoundTrip();
    void icsInTheWorkshopsZoneAcrossDaylightSaving();
    void daySheetPdf();
    void grabForTheEye();
    void arrowsWalkTheBookings();
    void keyboardMovesABooking();
    void accessibleBookings();
    void laneNamesShortenBeforeEliding();

private:
    qint64 bookingAt(qint64 bay, const QString &localStart) {
        return m_db
            .scalar(QStringLiteral("SELECT id FROM desk.bay_bookings WHERE bay_id = ? AND lower(span) = "
                                   "?::timestamp AT TIME ZONE 'America/Toronto' AND status <> 'cancelled'"),
                    {bay, localStart})
            .toLongLong();
    }
    bool waitFinished(QSignalSpy &spy, bool expectOk) {
        if (spy.isEmpty() && !spy.wait(10000))
            return false;
        const bool ok = spy.takeFirst().at(0).toBool();
        return ok == expectOk;
    }
    void drag(QWidget *w, QPoint from, QPoint to) {
        QTest::mousePress(w, Qt::LeftButton, {}, from);
        const int steps = 6;
        for (int i = 1; i <= steps; ++i)
            QTest::mouseMove(w, from + (to - from) * i / steps, 10);
        QTest::mouseRelease(w, Qt::LeftButton, {}, to);
    }

    TestDatabase m_db;
    qint64 m_shop = 0;
    qint64 m_bay1 = 0;
    qint64 m_bay2 = 0;
    qint64 m_mech = 0;
    qint64 m_existing = 0;
    std::unique_ptr<DbExecutor> m_exec;
    std::unique_ptr<NotificationListener> m_listener;
    std::unique_ptr<BayCalendarPane> m_pane;
    BayController *m_controller = nullptr;
};

void TstBayCalendar::initTestCase() {
    ADESK_START_TEST_DATABASE(m_db);
    m_shop = m_db.insertWorkshop(QStringLiteral("Calendar Garage"), QStringLiteral("ON"));
    m_mech = m_db.insertMechanic(QStringLiteral("Carla Drag"), m_shop);
    QVERIFY(m_shop && m_mech);
    QVERIFY(m_db.exec(
        QStringLiteral("UPDATE desk.mechanics SET service_tier = 'workshop_affiliated', workshop_verified = "
                       "true, can_perform_physical_work = true, compliance_status = 'approved' WHERE id = ?"),
        {m_mech}));
    m_bay1 =
        m_db.scalar(QStringLiteral("INSERT INTO desk.bays (workshop_id, name, hourly_rate_cents, sort_order) "
                                   "VALUES (?, 'Lift A', 6000, 1) RETURNING id"),
                    {m_shop})
            .toLongLong();
    m_bay2 =
        m_db.scalar(QStringLiteral("INSERT INTO desk.bays (workshop_id, name, hourly_rate_cents, sort_order) "
                                   "VALUES (?, 'Lift B', 5000, 2) RETURNING id"),
                    {m_shop})
            .toLongLong();
    QVERIFY(m_db.exec(QStringLiteral("INSERT INTO desk.workshop_hours SELECT ?, d, '08:00', '18:00' "
                                     "FROM generate_series(1, 6) d"),
                      {m_shop}));
    const QString owner = m_db.roleName(QStringLiteral("cal_owner"));
    QVERIFY(m_db.createLogin(owner, QStringLiteral("adesk_workshop_owner"), QStringLiteral("Cal Owner"),
                             {m_shop}));
    // A few bookings in the week: one confirmed on Lift B Tuesday 13:00–15:00, one requested.
    m_existing =
        m_db.scalar(QStringLiteral(
                        "INSERT INTO desk.bay_bookings (workshop_id, bay_id, mechanic_id, span, status) "
                        "VALUES (?, ?, ?, tstzrange('2030-01-08 13:00'::timestamp AT TIME ZONE '%1', "
                        "'2030-01-08 15:00'::timestamp AT TIME ZONE '%1'), 'confirmed') RETURNING id")
                        .arg(QLatin1String(kZone)),
                    {m_shop, m_bay2, m_mech})
            .toLongLong();
    QVERIFY(m_existing);
    QVERIFY(
        m_db.exec(QStringLiteral(
                      "INSERT INTO desk.bay_bookings (workshop_id, bay_id, mechanic_id, span, status, notes) "
                      "VALUES (?, ?, ?, tstzrange('2030-01-10 10:00'::timestamp AT TIME ZONE '%1', "
                      "'2030-01-10 11:30'::timestamp AT TIME ZONE '%1'), 'requested', 'Brakes')")
                      .arg(QLatin1String(kZone)),
                  {m_shop, m_bay1, m_mech}));

    m_exec = std::make_unique<DbExecutor>(m_db.login(owner), 2);
    m_listener = std::make_unique<NotificationListener>(m_db.login(owner),
                                                        QStringList{QStringLiteral("desk_bookings")});
    m_listener->start();
    Identity who;
    who.deskRole = QStringLiteral("workshop_owner");
    who.workshopIds = {m_shop};
    m_pane = std::make_unique<BayCalendarPane>();
    m_controller = new BayController(m_exec.get(), m_listener.get(), who, m_pane.get(), m_pane.get());
    m_pane->resize(1400, 800);
    m_pane->setAnchorDate(kMonday);
    m_pane->grid()->setNow(QDateTime(kMonday.addDays(1), QTime(16, 0), QTimeZone(kZone)).toUTC());
    QSignalSpy loaded(m_controller->bookings(), &BookingModel::loaded);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->bookings()->calendar().workshopId == m_shop &&
                                 m_controller->bookings()->rangeStart() == m_pane->rangeStart() &&
                                 !m_controller->bookings()->isLoading(),
                             10000);
    QCOMPARE(m_pane->rangeStart(), QDateTime(kMonday, QTime(0, 0), QTimeZone(kZone)).toUTC());
    QCOMPARE(m_controller->bookings()->rowCount(), 2);
    QCOMPARE(m_pane->grid()->laneIds(), (QList<qint64>{m_bay1, m_bay2}));
    QTRY_COMPARE_WITH_TIMEOUT(m_listener->isConnected(), true, 10000);
}

void TstBayCalendar::cleanupTestCase() {
    m_pane.reset();
    if (m_listener)
        m_listener->stop();
    m_listener.reset();
    m_exec.reset();
}

void TstBayCalendar::modelsUnderTester() {
    QAbstractItemModelTester t1(m_controller->bookings(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(m_controller->pending(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(m_controller->utilization(),
                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Reload under the tester, and load the pending list (dated 2030: from today on).
    QSignalSpy loaded(m_controller->bookings(), &BookingModel::loaded);
    m_controller->bookings()->reload();
    QVERIFY(loaded.wait(10000));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->pending()->count(), 1, 10000);
    QCOMPARE(m_controller->pending()->index(0, PendingBookingModel::MechanicColumn).data().toString(),
             QStringLiteral("Carla Drag"));
    QCOMPARE(m_controller->pending()->countsByDate().value(QDate(2030, 1, 10)), 1);
    const QModelIndex first = m_controller->bookings()->index(0, BookingModel::BayColumn);
    QCOMPARE(first.data().toString(), QStringLiteral("Lift B"));
    QCOMPARE(first.data(BookingModel::IdRole).toLongLong(), m_existing);
    QCOMPARE(m_controller->bookings()->index(0, BookingModel::StatusColumn).data().toString(),
             QStringLiteral("Confirmed"));
    // Utilization for the week: 6 × 10 h open per bay; Lift B has 2 h confirmed (requested ones don't count).
    QSignalSpy reset(m_controller->utilization(), &QAbstractItemModel::modelReset);
    emit m_pane->utilizationRequested(kMonday, kMonday.addDays(7));
    QVERIFY(reset.wait(10000));
    UtilizationModel *u = m_controller->utilization();
    QCOMPARE(u->rowCount(), 2);
    QCOMPARE(u->weekCount(), 1);
    QCOMPARE(u->index(1, 0).data(UtilizationModel::OpenMinutesRole).toLongLong(), 3600);
    QCOMPARE(u->index(1, 0).data(UtilizationModel::BookedMinutesRole).toLongLong(), 120);
    QCOMPARE(u->index(1, u->revenueColumn()).data(UtilizationModel::RevenueCentsRole).toLongLong(), 10000);
    QCOMPARE(u->totalRevenueCents(), 10000);
    // Hours are numbers of the interface's locale: "2,0 h" in French, never "2.0 h".
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::French, QLocale::Canada));
    const QString tip = u->index(1, 0).data(Qt::ToolTipRole).toString();
    QLocale::setDefault(before);
    QVERIFY2(tip.contains(QStringLiteral("2,0")) && tip.contains(QStringLiteral("60,0")), qPrintable(tip));
}

void TstBayCalendar::dragToCreate() {
    TimeGridWidget *grid = m_pane->grid();
    m_pane->showMessage({}, false);
    QSignalSpy done(m_controller, &BayController::operationFinished);
    QSignalSpy create(grid, &TimeGridWidget::createRequested);
    // Monday, Lift A, 09:00 → 10:00.
    drag(grid, grid->pointAt(0, 0, QTime(9, 0)), grid->pointAt(0, 0, QTime(10, 0)));
    QCOMPARE(create.size(), 1);
    QCOMPARE(create.first().at(0).toLongLong(), m_bay1);
    QCOMPARE(create.first().at(1).toDateTime(), QDateTime(kMonday, QTime(9, 0), QTimeZone(kZone)).toUTC());
    QCOMPARE(create.first().at(2).toDateTime(), QDateTime(kMonday, QTime(10, 0), QTimeZone(kZone)).toUTC());
    QVERIFY2(waitFinished(done, true), qPrintable(m_pane->lastMessage()));
    const qint64 id = bookingAt(m_bay1, QStringLiteral("2030-01-07 09:00"));
    QVERIFY(id);
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT mechanic_id FROM desk.bay_bookings WHERE id = ?"), {id})
                 .toLongLong(),
             m_mech);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->bookings()->booking(id) != nullptr, 5000);
    QVERIFY(grid->bookingRect(id).contains(grid->pointAt(0, 0, QTime(9, 30))));
    // Creating outside opening hours is refused with the database's reason.
    drag(grid, grid->pointAt(0, 0, QTime(7, 0)), grid->pointAt(0, 0, QTime(8, 30)));
    QVERIFY(waitFinished(done, false));
    // The catalogue's sentence (servererrors) with the hours and the asked times the server gave.
    QVERIFY2(m_pane->lastMessage().contains(u"outside opening hours", Qt::CaseInsensitive) &&
                 m_pane->lastMessage().contains(u"07:00"),
             qPrintable(m_pane->lastMessage()));
}

void TstBayCalendar::dragToMove() {
    TimeGridWidget *grid = m_pane->grid();
    const qint64 id = bookingAt(m_bay1, QStringLiteral("2030-01-07 09:00"));
    QVERIFY(id);
    QSignalSpy done(m_controller, &BayController::operationFinished);
    // Grab it at 09:30 and drop on Wednesday, Lift B, 11:30 → 11:00–12:00 on Lift B.
    drag(grid, grid->pointAt(0, 0, QTime(9, 30)), grid->pointAt(2, 1, QTime(11, 30)));
    QVERIFY2(waitFinished(done, true), qPrintable(m_pane->lastMessage()));
    const auto row =
        m_db.run(QStringLiteral("SELECT bay_id, lower(span) = '2030-01-09 11:00'::timestamp AT TIME ZONE "
                                "'America/Toronto', upper(span) = '2030-01-09 12:00'::timestamp AT TIME ZONE "
                                "'America/Toronto', version FROM desk.bay_bookings WHERE id = ?"),
                 {id});
    ADESK_VERIFY_SQL(row);
    QCOMPARE(row.rows[0][0].toLongLong(), m_bay2);
    QVERIFY(row.rows[0][1].toBool());
    QVERIFY(row.rows[0][2].toBool());
    QCOMPARE(row.rows[0][3].toInt(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->bookings()->booking(id)->bayId, m_bay2, 5000);
    QVERIFY(!grid->hasPendingChange(id));
    QVERIFY(grid->bookingRect(id).contains(grid->pointAt(2, 1, QTime(11, 30))));
}

void TstBayCalendar::clashSnapsBackWithTheReason() {
    TimeGridWidget *grid = m_pane->grid();
    const qint64 id = bookingAt(m_bay2, QStringLiteral("2030-01-09 11:00"));
    QVERIFY(id);
    const QRect before = grid->bookingRect(id);
    QSignalSpy done(m_controller, &BayController::operationFinished);
    // Onto Tuesday Lift B 13:30: the confirmed 13:00–15:00 booking is there.
    drag(grid, grid->pointAt(2, 1, QTime(11, 30)), grid->pointAt(1, 1, QTime(14, 0)));
    QVERIFY(grid->hasPendingChange(id)); // drawn at the asked place while the database decides
    QVERIFY(waitFinished(done, false));
    QVERIFY(!grid->hasPendingChange(id));
    QCOMPARE(grid->bookingRect(id), before); // snapped back
    QVERIFY2(m_pane->lastMessage().contains(QStringLiteral("booking %1").arg(m_existing)) &&
                 m_pane->lastMessage().contains(u"Carla Drag"),
             qPrintable(m_pane->lastMessage()));
    QCOMPARE(m_db.scalar(QStringLiteral("SELECT version FROM desk.bay_bookings WHERE id = ?"), {id}).toInt(),
             2);
}

void TstBayCalendar::undoMovesBack() {
    const qint64 id = bookingAt(m_bay2, QStringLiteral("2030-01-09 11:00"));
    QVERIFY(id);
    QUndoStack *undo = m_pane->undoStack();
    QVERIFY(undo->canUndo());
    QCOMPARE(undo->undoText(), QStringLiteral("Move booking"));
    QSignalSpy done(m_controller, &BayController::operationFinished);
    undo->undo();
    QVERIFY(waitFinished(done, true));
    QCOMPARE(bookingAt(m_bay1, QStringLiteral("2030-01-07 09:00")), id);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->bookings()->booking(id)->bayId, m_bay1, 5000);
    undo->redo();
    QVERIFY(waitFinished(done, true));
    QCOMPARE(bookingAt(m_bay2, QStringLiteral("2030-01-09 11:00")), id);
    // Status change with undo: confirm the request, then undo back to requested.
    const qint64 req =
        m_db.scalar(QStringLiteral("SELECT id FROM desk.bay_bookings WHERE status = 'requested'"))
            .toLongLong();
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->bookings()->booking(req), 5000);
    m_pane->selectBooking(req);
    emit m_pane->statusRequested(req, m_controller->bookings()->booking(req)->version,
                                 BookingStatus::Confirmed, {});
    QVERIFY(waitFinished(done, true));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT status FROM desk.bay_bookings WHERE id = ?"), {req}).toString(),
        QStringLiteral("confirmed"));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->pending()->count(), 0, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(int(m_controller->bookings()->booking(req)->status),
                              int(BookingStatus::Confirmed), 5000);
    undo->undo();
    QVERIFY(waitFinished(done, true));
    QCOMPARE(
        m_db.scalar(QStringLiteral("SELECT status FROM desk.bay_bookings WHERE id = ?"), {req}).toString(),
        QStringLiteral("requested"));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->pending()->count(), 1, 5000);
}

void TstBayCalendar::liveUpdateFromElsewhere() {
    // Another session (the web platform, say) books Friday; the calendar shows it (how fast:
    // bench_baycalendar's baycal_live_update_ms).
    const qint64 id =
        m_db.scalar(QStringLiteral("INSERT INTO desk.bay_bookings (workshop_id, bay_id, mechanic_id, span) "
                                   "VALUES (?, ?, ?, tstzrange('2030-01-11 08:00'::timestamp AT TIME ZONE "
                                   "'America/Toronto', '2030-01-11 09:00'::timestamp AT TIME ZONE "
                                   "'America/Toronto')) RETURNING id"),
                    {m_shop, m_bay1, m_mech})
            .toLongLong();
    QVERIFY(id);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->bookings()->booking(id) != nullptr, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->pending()->count(), 2, 3000);
    m_db.exec(QStringLiteral(
                  "UPDATE desk.bay_bookings SET status = 'cancelled', version = version + 1 WHERE id = ?"),
              {id});
    QTRY_COMPARE_WITH_TIMEOUT(int(m_controller->bookings()->booking(id)->status),
                              int(BookingStatus::Cancelled), 3000);
}

void TstBayCalendar::pendingRowFollowsTheBooking() {
    // A request on Friday shows in the pending list.
    const qint64 id =
        m_db.scalar(QStringLiteral("INSERT INTO desk.bay_bookings (workshop_id, bay_id, mechanic_id, span) "
                                   "VALUES (?, ?, ?, tstzrange('2030-01-11 10:00'::timestamp AT TIME ZONE "
                                   "'America/Toronto', '2030-01-11 11:00'::timestamp AT TIME ZONE "
                                   "'America/Toronto')) RETURNING id"),
                    {m_shop, m_bay2, m_mech})
            .toLongLong();
    PendingBookingModel *pending = m_controller->pending();
    QTRY_VERIFY_WITH_TIMEOUT(pending->booking(id) != nullptr, 5000);
    QList<Booking> stale;
    for (int r = 0; r < pending->count(); ++r)
        stale.append(*pending->bookingAt(r));
    // The mechanic cancels it; the list loaded before (its notification lost, say) still says requested.
    QVERIFY(m_db.exec(QStringLiteral("UPDATE desk.bay_bookings SET status = 'cancelled', "
                                     "status_reason = 'changed my mind', version = version + 1 WHERE id = ?"),
                      {id}));
    QTRY_VERIFY_WITH_TIMEOUT(pending->booking(id) == nullptr, 5000);
    QTest::qWait(300); // let the list's refresh timer settle before putting the stale rows back
    pending->resetContents(stale);
    QCOMPARE(pending->requestedCount(), int(stale.size()));
    int row = -1;
    for (int r = 0; r < pending->count(); ++r) {
        if (pending->bookingAt(r)->id == id)
            row = r;
    }
    QVERIFY(row >= 0);
    auto *view = m_pane->findChild<QTableView *>(QStringLiteral("pendingView"));
    auto *confirm = m_pane->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    auto *decline = m_pane->findChild<QPushButton *>(QStringLiteral("declineButton"));
    QVERIFY(view && confirm && decline);
    const QRect cell = view->visualRect(pending->index(row, PendingBookingModel::WhenColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_pane->currentBooking(), id);
    // Picking the row re-reads it: it is cancelled now, so neither Confirm nor Decline is offered.
    auto statusOf = [pending](qint64 b) {
        return pending->booking(b) ? int(pending->booking(b)->status) : -1;
    };
    QTRY_COMPARE_WITH_TIMEOUT(statusOf(id), int(BookingStatus::Cancelled), 5000);
    QVERIFY(!confirm->isEnabled());
    QVERIFY(!decline->isEnabled());
    QVERIFY(!(pending->flags(pending->index(row, 0)) & Qt::ItemIsEnabled));
    QVERIFY(pending->index(row, PendingBookingModel::NotesColumn).data().toString().contains(u"Cancelled"));
    QCOMPARE(pending->requestedCount(), int(stale.size()) - 1);
    // A request still requested offers both.
    const qint64 other = m_db.scalar(QStringLiteral("SELECT id FROM desk.bay_bookings WHERE status = "
                                                    "'requested' AND workshop_id = ? ORDER BY id LIMIT 1"),
                                     {m_shop})
                             .toLongLong();
    QVERIFY(other);
    m_pane->selectBooking(other);
    QVERIFY(confirm->isEnabled());
    QVERIFY(decline->isEnabled());
    pending->reload();
    QTRY_VERIFY_WITH_TIMEOUT(pending->booking(id) == nullptr, 5000);
    m_pane->selectBooking(0);
}

void TstBayCalendar::checkInWaitsForTheStart() {
    // m_existing: confirmed, Tuesday 13:00–15:00. At Tuesday 16:00 (the test's now) it has started.
    auto *checkIn = m_pane->findChild<QPushButton *>(QStringLiteral("checkInButton"));
    auto *noShow = m_pane->findChild<QPushButton *>(QStringLiteral("noShowButton"));
    auto *cancel = m_pane->findChild<QPushButton *>(QStringLiteral("cancelBookingButton"));
    auto *confirm = m_pane->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    QVERIFY(checkIn && noShow && cancel && confirm);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->bookings()->booking(m_existing), 5000);
    const Booking b = *m_controller->bookings()->booking(m_existing);
    QCOMPARE(int(b.status), int(BookingStatus::Confirmed));
    m_pane->selectBooking(m_existing);
    QVERIFY(checkIn->isEnabled());
    QVERIFY(noShow->isEnabled());
    QVERIFY(!confirm->isEnabled());
    // The day before, it has not started: no check-in, no no-show; cancelling is still offered.
    const QDateTime saved = m_pane->grid()->now();
    m_pane->grid()->setNow(QDateTime(kMonday, QTime(16, 0), QTimeZone(kZone)).toUTC());
    m_pane->selectBooking(m_existing);
    QVERIFY(!checkIn->isEnabled());
    QVERIFY(!noShow->isEnabled());
    QVERIFY(cancel->isEnabled());
    QVERIFY(!TimeGridWidget::offersStatus(b, BookingStatus::CheckedIn, m_pane->grid()->now()));
    QVERIFY(TimeGridWidget::offersStatus(b, BookingStatus::CheckedIn, saved));
    QVERIFY(TimeGridWidget::offersStatus(b, BookingStatus::Cancelled, m_pane->grid()->now()));
    // The database agrees (its clock is 2026's: the 2030 booking has not started).
    QSignalSpy done(m_controller, &BayController::operationFinished);
    emit m_pane->statusRequested(m_existing, b.version, BookingStatus::CheckedIn, {});
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().at(0).toBool(), false);
    QVERIFY2(done.first().at(1).toString().contains(u"cannot be checked in"),
             qPrintable(done.first().at(1).toString()));
    m_pane->grid()->setNow(saved);
    m_pane->selectBooking(0);
}

void TstBayCalendar::monthAndMechanicLanes() {
    m_pane->setViewMode(BayCalendarPane::ViewMode::Month);
    QCOMPARE(m_pane->firstVisibleDate(), QDate(2029, 12, 31));
    QCOMPARE(m_pane->visibleDays(), 42);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->bookings()->rangeStart(), m_pane->rangeStart(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->bookings()->isLoading(), 5000);
    QSignalSpy day(m_pane->monthView(), &MonthOverviewWidget::dayActivated);
    // Row 1, column 0 of the grid that starts on Monday 31 December: Monday 7 January.
    const int cellHeight = (m_pane->monthView()->height() - 24) / 6;
    QTest::mouseClick(m_pane->monthView(), Qt::LeftButton, {}, QPoint(10, 24 + cellHeight + 10));
    QCOMPARE(day.size(), 1);
    QCOMPARE(day.first().at(0).toDate(), kMonday);
    QCOMPARE(m_pane->viewMode(), BayCalendarPane::ViewMode::Day);
    m_pane->setAnchorDate(kMonday);
    m_pane->setViewMode(BayCalendarPane::ViewMode::Week);
    m_pane->grid()->setLaneMode(TimeGridWidget::LaneMode::Mechanics);
    QCOMPARE(m_pane->grid()->laneIds(), QList<qint64>{m_mech});
    m_pane->grid()->setLaneMode(TimeGridWidget::LaneMode::Bays);
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->bookings()->isLoading(), 5000);
}

void TstBayCalendar::icsRoundTrip() {
    BookingModel *model = m_controller->bookings();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 3, 5000);
    const QByteArray ics = IcsExport::toIcs(model->calendar(), model->bookings());
    icalcomponent *cal = icalparser_parse_string(ics.constData());
    QVERIFY(cal);
    QCOMPARE(icalcomponent_isa(cal), ICAL_VCALENDAR_COMPONENT);
    int events = 0;
    for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        const QString uid = QString::fromUtf8(icalcomponent_get_uid(ev));
        const qint64 id = uid.section(u'@', 0, 0).section(u'-', 1).toLongLong();
        const Booking *b = model->booking(id);
        QVERIFY2(b, qPrintable(uid));
        const icaltimetype start = icalcomponent_get_dtstart(ev);
        QVERIFY(start.zone);
        QCOMPARE(QByteArray(icaltimezone_get_tzid(const_cast<icaltimezone *>(start.zone))),
                 QByteArray(kZone));
        QCOMPARE(qint64(icaltime_as_timet_with_zone(start, start.zone)), b->start.toSecsSinceEpoch());
        const icaltimetype end = icalcomponent_get_dtend(ev);
        QCOMPARE(qint64(icaltime_as_timet_with_zone(end, end.zone)), b->end.toSecsSinceEpoch());
        const QString summary = QString::fromUtf8(icalcomponent_get_summary(ev));
        QVERIFY2(summary.contains(b->mechanicName), qPrintable(summary));
        const icalproperty_status st = icalcomponent_get_status(ev);
        QCOMPARE(st, b->status == BookingStatus::Requested ? ICAL_STATUS_TENTATIVE
                     : bookingstatus::isLive(b->status)    ? ICAL_STATUS_CONFIRMED
                                                           : ICAL_STATUS_CANCELLED);
        ++events;
    }
    QCOMPARE(events, model->rowCount());
    // Valid per libical's restriction checks (required properties present once).
    QCOMPARE(icalcomponent_count_errors(cal), 0);
    icalcomponent_free(cal);

    // Through the controller to a file, only one bay.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bay.ics"));
    QSignalSpy exported(m_controller, &BayController::exported);
    emit m_pane->exportRequested(path, m_bay2, 0, m_pane->rangeStart(), m_pane->rangeEnd());
    QVERIFY(exported.wait(10000));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QCOMPARE(text.count("BEGIN:VEVENT"), exported.first().at(1).toInt());
    QVERIFY(text.contains("Lift B"));
    QVERIFY(!text.contains("SUMMARY:Lift A"));
}

// DTSTART/DTEND carry TZID=<the workshop's zone> and the calendar its VTIMEZONE: read back by
// libical, a booking on each side of the spring and the autumn change is the same instant.
void TstBayCalendar::icsInTheWorkshopsZoneAcrossDaylightSaving() {
    WorkshopCalendar calendar;
    calendar.workshopId = 1;
    calendar.workshopName = QStringLiteral("Garage Alpha");
    calendar.zone = QTimeZone(kZone);
    const QTimeZone utc = QTimeZone::utc();
    // 2026: EDT from 8 March 02:00, EST again from 1 November 02:00 (Toronto).
    const QList<QDateTime> starts = {
        QDateTime(QDate(2026, 3, 7), QTime(15, 0), utc),   // 10:00 EST
        QDateTime(QDate(2026, 3, 9), QTime(13, 30), utc),  // 09:30 EDT
        QDateTime(QDate(2026, 10, 31), QTime(14, 0), utc), // 10:00 EDT
        QDateTime(QDate(2026, 11, 2), QTime(15, 0), utc),  // 10:00 EST
    };
    const QStringList localStarts = {QStringLiteral("20260307T100000"), QStringLiteral("20260309T093000"),
                                     QStringLiteral("20261031T100000"), QStringLiteral("20261102T100000")};
    QList<Booking> bookings;
    for (int i = 0; i < starts.size(); ++i) {
        Booking b;
        b.id = 100 + i;
        b.bayId = 1;
        b.mechanicName = QStringLiteral("Mechanic %1").arg(i);
        b.start = starts.at(i);
        b.end = starts.at(i).addSecs(90 * 60);
        b.status = BookingStatus::Confirmed;
        b.version = 1;
        bookings << b;
    }
    const QByteArray ics = IcsExport::toIcs(calendar, bookings);
    QVERIFY(!ics.contains("X-WR-TIMEZONE"));
    QVERIFY(!ics.contains("freeassociation"));
    icalcomponent *cal = icalparser_parse_string(ics.constData());
    QVERIFY(cal);
    const std::unique_ptr<icalcomponent, void (*)(icalcomponent *)> guard(cal, icalcomponent_free);
    QCOMPARE(icalcomponent_count_errors(cal), 0);
    icalcomponent *vtz = icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT);
    QVERIFY(vtz);
    QCOMPARE(QByteArray(icalproperty_get_tzid(icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY))),
             QByteArray(kZone));
    QVERIFY(icalcomponent_get_first_component(vtz, ICAL_XDAYLIGHT_COMPONENT));
    QVERIFY(icalcomponent_get_first_component(vtz, ICAL_XSTANDARD_COMPONENT));
    icaltimezone *zone = icalcomponent_get_timezone(cal, kZone);
    QVERIFY(zone);
    int i = 0;
    for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT), ++i) {
        QVERIFY(i < starts.size());
        icalproperty *dtstart = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
        icalparameter *tzid = icalproperty_get_first_parameter(dtstart, ICAL_TZID_PARAMETER);
        QVERIFY(tzid);
        QCOMPARE(QByteArray(icalparameter_get_tzid(tzid)), QByteArray(kZone));
        const icaltimetype start = icalcomponent_get_dtstart(ev);
        QVERIFY(!icaltime_is_utc(start));
        QCOMPARE(QString::fromLatin1(icaltime_as_ical_string(start)), localStarts.at(i)); // wall clock
        QCOMPARE(start.zone, zone); // resolved through the file's own VTIMEZONE
        const icaltimetype inUtc = icaltime_convert_to_zone(start, icaltimezone_get_utc_timezone());
        QCOMPARE(qint64(icaltime_as_timet(inUtc)), starts.at(i).toSecsSinceEpoch());
        const icaltimetype end = icalcomponent_get_dtend(ev);
        QCOMPARE(qint64(icaltime_as_timet_with_zone(end, end.zone)), bookings.at(i).end.toSecsSinceEpoch());
    }
    QCOMPARE(i, starts.size());
}

void TstBayCalendar::daySheetPdf() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("daysheet.pdf"));
    DaySheetRenderer::Input in;
    in.calendar = m_controller->bookings()->calendar();
    in.bookings = m_controller->bookings()->bookings();
    in.date = QDate(2030, 1, 8);
    int pages = 0;
    {
        QPdfWriter pdf(path);
        pdf.setResolution(150);
        pages = DaySheetRenderer::render(&pdf, in);
    }
    QCOMPARE(pages, 2); // one per bay in service
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(path);
    QVERIFY(doc);
    QCOMPARE(doc->numPages(), 2);
    const QString first = doc->page(0)->text(QRectF());
    const QString second = doc->page(1)->text(QRectF());
    QVERIFY2(first.contains(u"Lift A") && second.contains(u"Lift B"), qPrintable(first + u'|' + second));
    QVERIFY2(second.contains(u"Carla Drag") && second.contains(u"America/Toronto"), qPrintable(second));
    QVERIFY2(first.contains(u"No bookings"), qPrintable(first));
}

void TstBayCalendar::grabForTheEye() {
    const QString out = qEnvironmentVariable("ADESK_GRAB_DIR");
    if (out.isEmpty())
        QSKIP("set ADESK_GRAB_DIR to write the pane's PNGs");
    QTest::qWait(300);
    QVERIFY(m_pane->grab().save(out + QStringLiteral("/bays-week.png")));
    m_pane->setViewMode(BayCalendarPane::ViewMode::Month);
    QTest::qWait(800);
    QVERIFY(m_pane->grab().save(out + QStringLiteral("/bays-month.png")));
    m_pane->setViewMode(BayCalendarPane::ViewMode::Week);
}

void TstBayCalendar::arrowsWalkTheBookings() {
    TimeGridWidget *grid = m_pane->grid();
    grid->setFocus();
    const QList<qint64> ids = grid->visibleBookings();
    QVERIFY(ids.size() >= 3);
    grid->selectBooking(0);
    // Nothing selected: an arrow selects the first booking in reading order (day, lane, start).
    QTest::keyClick(grid, Qt::Key_Down);
    QCOMPARE(grid->selectedBooking(), ids.first());
    // Right: a booking of a later column; Left comes back to the first column.
    QTest::keyClick(grid, Qt::Key_Right);
    const qint64 right = grid->selectedBooking();
    QVERIFY(right != ids.first());
    QVERIFY(ids.indexOf(right) > 0);
    QVERIFY(grid->bookingRect(right).left() > grid->bookingRect(ids.first()).left());
    QTest::keyClick(grid, Qt::Key_Left);
    QCOMPARE(grid->bookingRect(grid->selectedBooking()).left(), grid->bookingRect(ids.first()).left());
    // Enter with nothing selected selects; the walk never leaves the grid's bookings.
    grid->selectBooking(0);
    QTest::keyClick(grid, Qt::Key_Return);
    QCOMPARE(grid->selectedBooking(), ids.first());
    for (int i = 0; i < ids.size() + 2; ++i) {
        QTest::keyClick(grid, Qt::Key_Right);
        QVERIFY(ids.contains(grid->selectedBooking()));
    }
}

void TstBayCalendar::keyboardMovesABooking() {
    // Ctrl+Down: a slot later; Ctrl+Left: the bay to the left; the same intent (moveRequested) and
    // the same path to the database as a drag. Then back with Ctrl+Right and Ctrl+Up.
    TimeGridWidget *grid = m_pane->grid();
    grid->setFocus();
    grid->selectBooking(m_existing);
    QSignalSpy done(m_controller, &BayController::operationFinished);
    QSignalSpy move(grid, &TimeGridWidget::moveRequested);
    auto at = [&](const QString &local, qint64 bay) {
        return m_db
            .scalar(QStringLiteral("SELECT bay_id = ? AND lower(span) = ?::timestamp AT TIME ZONE "
                                   "'America/Toronto' FROM desk.bay_bookings WHERE id = ?"),
                    {bay, local, m_existing})
            .toBool();
    };
    QVERIFY(at(QStringLiteral("2030-01-08 13:00"), m_bay2));
    QTest::keyClick(grid, Qt::Key_Down, Qt::ControlModifier);
    QCOMPARE(move.size(), 1);
    QVERIFY(grid->hasPendingChange(m_existing));
    QVERIFY2(waitFinished(done, true), qPrintable(m_pane->lastMessage()));
    QVERIFY(at(QStringLiteral("2030-01-08 13:15"), m_bay2));
    QCOMPARE(move.first().at(4).toDateTime(),
             QDateTime(kMonday.addDays(1), QTime(15, 15), QTimeZone(kZone)).toUTC());
    QTRY_VERIFY_WITH_TIMEOUT(!grid->hasPendingChange(m_existing), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->bookings()->booking(m_existing)->start,
                              QDateTime(kMonday.addDays(1), QTime(13, 15), QTimeZone(kZone)).toUTC(), 5000);
    QTest::keyClick(grid, Qt::Key_Left, Qt::ControlModifier);
    QVERIFY2(waitFinished(done, true), qPrintable(m_pane->lastMessage()));
    QVERIFY(at(QStringLiteral("2030-01-08 13:15"), m_bay1));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->bookings()->booking(m_existing)->bayId, m_bay1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!grid->hasPendingChange(m_existing), 5000);
    // Lift A is the first lane: Ctrl+Left asks nothing.
    QTest::keyClick(grid, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(move.size(), 2);
    QTest::keyClick(grid, Qt::Key_Right, Qt::ControlModifier);
    QVERIFY2(waitFinished(done, true), qPrintable(m_pane->lastMessage()));
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->bookings()->booking(m_existing)->bayId, m_bay2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!grid->hasPendingChange(m_existing), 5000);
    QTest::keyClick(grid, Qt::Key_Up, Qt::ControlModifier);
    QVERIFY2(waitFinished(done, true), qPrintable(m_pane->lastMessage()));
    QVERIFY(at(QStringLiteral("2030-01-08 13:00"), m_bay2));
    QCOMPARE(grid->selectedBooking(), m_existing);
    // The database has it back at 13:00; the pane's model follows when its reload lands (later on a
    // busy machine): the next test reads the model.
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->bookings()->booking(m_existing)->start,
                              QDateTime(kMonday.addDays(1), QTime(13, 0), QTimeZone(kZone)).toUTC(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!grid->hasPendingChange(m_existing), 5000);
}

void TstBayCalendar::accessibleBookings() {
    // The grid's accessibility interface: one child per booking drawn, named after its bay, times,
    // mechanic and status; childAt finds the booking under a point.
    TimeGridWidget *grid = m_pane->grid();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(grid);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::List);
    // The booking as the previous test left it in the database (Lift B, 13:00), once the model has it.
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->bookings()->booking(m_existing)->bayId, m_bay2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->bookings()->booking(m_existing)->start,
                              QDateTime(kMonday.addDays(1), QTime(13, 0), QTimeZone(kZone)).toUTC(), 5000);
    const QList<qint64> ids = grid->visibleBookings();
    QVERIFY(!ids.isEmpty());
    QCOMPARE(iface->childCount(), int(ids.size()));
    const int index = int(ids.indexOf(m_existing));
    QVERIFY(index >= 0);
    QAccessibleInterface *child = iface->child(index);
    QVERIFY(child && child->isValid());
    QCOMPARE(child->role(), QAccessible::ListItem);
    const QLocale locale;
    QVERIFY(grid->dayCount() > 1);
    const QString expected =
        QStringLiteral("Lift B, %1, %2–%3, Carla Drag, %4")
            .arg(locale.toString(kMonday.addDays(1), QStringLiteral("ddd d MMM")),
                 LocalTime::shortTime(locale, QTime(13, 0)), LocalTime::shortTime(locale, QTime(15, 0)),
                 bookingstatus::label(BookingStatus::Confirmed));
    QCOMPARE(child->text(QAccessible::Name), expected);
    QCOMPARE(iface->indexOfChild(child), index);
    QCOMPARE(child->parent(), iface);
    const QRect r = grid->bookingRect(m_existing);
    QCOMPARE(child->rect(), QRect(grid->mapToGlobal(r.topLeft()), r.size()));
    QCOMPARE(iface->childAt(child->rect().center().x(), child->rect().center().y()), child);
    grid->selectBooking(m_existing);
    QVERIFY(child->state().selected);
    // Every child has a name of its own.
    QSet<QString> names;
    for (int i = 0; i < iface->childCount(); ++i)
        names.insert(iface->child(i)->text(QAccessible::Name));
    QCOMPARE(names.size(), iface->childCount());
}

void TstBayCalendar::laneNamesShortenBeforeEliding() {
    // A narrow lane header says "Nadia H." rather than "Nadia Hadda…", "3" rather than "Ba…".
    const QFontMetrics fm(m_pane->grid()->font());
    const QString nadia = QStringLiteral("Nadia Haddad");
    QCOMPARE(TimeGridWidget::fittedLaneName(nadia, fm, fm.horizontalAdvance(nadia)), nadia);
    QCOMPARE(TimeGridWidget::fittedLaneName(nadia, fm, fm.horizontalAdvance(nadia) - 1),
             QStringLiteral("Nadia H."));
    QCOMPARE(TimeGridWidget::fittedLaneName(nadia, fm, fm.horizontalAdvance(QStringLiteral("Nadia"))),
             QStringLiteral("Nadia"));
    const QString bay = QStringLiteral("Bay 3 — Alignment");
    QCOMPARE(TimeGridWidget::fittedLaneName(bay, fm, fm.horizontalAdvance(QStringLiteral("Bay 3"))),
             QStringLiteral("Bay 3"));
    QCOMPARE(TimeGridWidget::fittedLaneName(bay, fm, fm.horizontalAdvance(QStringLiteral("Bay 3")) - 1),
             QStringLiteral("3"));
    // Nothing fits: elided, never wider than asked.
    QVERIFY(fm.horizontalAdvance(TimeGridWidget::fittedLaneName(nadia, fm, 12)) <= 12);
}

QTEST_MAIN(TstBayCalendar)
#include "tst_baycalendar.moc"
