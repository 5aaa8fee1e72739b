#include "app/bays/baycontroller.h"

#include "app/bays/icsexport.h"
#include "app/bays/workshopsetupcontroller.h"
#include "models/bays/bookingmodel.h"
#include "models/bays/bookingrepository.h"
#include "models/bays/pendingbookingmodel.h"
#include "models/bays/utilizationmodel.h"
#include "models/bays/workshopsetuprepository.h"
#include "models/core/dbexecutor.h"
#include "models/core/notificationlistener.h"
#include "views/bays/baycalendarpane.h"
#include "views/bays/bookingcommand.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>

namespace adesk {

BayController::BayController(DbExecutor *executor, NotificationListener *listener, const Identity &who,
                             BayCalendarPane *pane, QObject *parent)
    : QObject(parent)
    , m_executor(executor)
    , m_who(who)
    , m_pane(pane)
    , m_bookings(new BookingModel(executor, this))
    , m_pending(new PendingBookingModel(executor, this))
    , m_utilization(new UtilizationModel(this))
    , m_setup(new WorkshopSetupController(
          executor, pane,
          [this] {
              m_bookings->reload();
              m_pendingRefresh.start();
              checkPhysicalWork();
          },
          this)) {
    pane->setModels(m_bookings, m_pending, m_utilization);
    connect(pane, &BayCalendarPane::firstShown, this, &BayController::start);
    connect(pane, &BayCalendarPane::workshopChanged, this, &BayController::loadRange);
    connect(pane, &BayCalendarPane::rangeChanged, this, &BayController::onRangeChanged);
    connect(pane, &BayCalendarPane::createRequested, this, &BayController::onCreateRequested);
    connect(pane, &BayCalendarPane::moveRequested, this, &BayController::onMoveRequested);
    connect(pane, &BayCalendarPane::statusRequested, this, &BayController::onStatusRequested);
    connect(pane, &BayCalendarPane::exportRequested, this, &BayController::exportIcs);
    connect(pane, &BayCalendarPane::utilizationRequested, this, &BayController::loadUtilization);
    connect(pane, &BayCalendarPane::bookingInspected, this, &BayController::refreshBooking);
    connect(
        pane, &BayCalendarPane::setupRequested, this,
        [this](TimeGridWidget::SetupAction action, qint64 bayId, const QDateTime &localStart, int weekday) {
            m_setup->open(WorkshopSetupController::Action(int(action)), bayId, localStart, weekday);
        });
    connect(m_bookings, &BookingModel::loaded, this,
            [this] { m_pending->setCalendar(m_bookings->calendar()); });
    // The calendar's copy of a booking is often newer than the pending list's (a live update).
    connect(m_bookings, &BookingModel::bookingsChanged, this, [this] {
        QList<Booking> newer;
        for (int r = 0; r < m_pending->count(); ++r) {
            const Booking *b = m_bookings->booking(m_pending->bookingAt(r)->id);
            if (b && b->version > m_pending->bookingAt(r)->version)
                newer.append(*b);
        }
        m_pending->applyBookings(newer);
    });

    // Live: a booking id re-reads that booking; '*' (bays, hours, closures, bulk) reloads the frame.
    m_pendingRefresh.setSingleShot(true);
    m_pendingRefresh.setInterval(150);
    connect(&m_pendingRefresh, &QTimer::timeout, m_pending, &PendingBookingModel::reload);
    if (listener) {
        connect(listener, &NotificationListener::notified, this,
                [this](const QString &channel, const QString &payload) {
                    if (channel != u"desk_bookings" || !m_started)
                        return;
                    m_bookings->applyNotification(payload);
                    m_pendingRefresh.start();
                });
        connect(listener, &NotificationListener::listening, this, [this] {
            if (m_started)
                loadRange();
        });
    }
}

void BayController::start() {
    if (m_started || !m_executor)
        return;
    m_started = true;
    m_inflight
        .add(m_executor->run<QList<WorkshopRef>>(
            [](QSqlDatabase &db) { return BookingRepository::workshops(db); }))
        .then(this, [this](const Result<QList<WorkshopRef>> &r) {
            if (!r) {
                m_pane->showMessage(r.error().userMessage(), true);
                return;
            }
            QList<WorkshopRef> list = r.value();
            if (m_who.isOwner()) {
                // An owner manages the workshops mapped to their login (RLS shows only those anyway).
                QList<WorkshopRef> mine;
                for (const WorkshopRef &w : list) {
                    if (m_who.workshopIds.isEmpty() || m_who.workshopIds.contains(w.id))
                        mine.append(w);
                }
                list = mine;
            }
            if (list.isEmpty()) {
                m_pane->showMessage(tr("No workshop to show: your login manages none."), true);
                return;
            }
            m_pane->setWorkshops(list, list.first().id);
            // Day boundaries are the workshop's: the zone is known after the first load, so load a
            // frame wide enough around the week, then the exact range.
            emit workshopsLoaded();
            loadRange();
        });
}

void BayController::loadRange() {
    const qint64 workshop = m_pane->currentWorkshop();
    if (!workshop)
        return;
    QDateTime from = m_pane->rangeStart();
    QDateTime to = m_pane->rangeEnd();
    if (m_bookings->calendar().workshopId != workshop) {
        // Zone not known yet: widen by a day on both sides (the next load narrows it).
        from = from.addDays(-1);
        to = to.addDays(1);
        connect(
            m_bookings, &BookingModel::loaded, this,
            [this, workshop] {
                if (m_bookings->calendar().workshopId == workshop &&
                    m_bookings->rangeStart() != m_pane->rangeStart())
                    m_bookings->load(workshop, m_pane->rangeStart(), m_pane->rangeEnd());
            },
            Qt::SingleShotConnection);
    }
    m_bookings->load(workshop, from, to);
    m_pending->load(workshop);
    checkPhysicalWork();
}

void BayController::checkPhysicalWork() {
    const qint64 workshop = m_pane->currentWorkshop();
    if (!m_executor || !workshop)
        return;
    m_inflight
        .add(m_executor->run<QStringList>([workshop](QSqlDatabase &db) {
            return WorkshopSetupRepository::physicalWorkProblems(db, workshop, QDate());
        }))
        .then(this, [this, workshop](const Result<QStringList> &r) {
            if (workshop != m_pane->currentWorkshop())
                return;
            QStringList reasons;
            if (r) {
                for (const QString &code : r.value()) {
                    const auto problem = fromCode<PhysicalWorkProblem>(code);
                    reasons << (problem ? labelOf(*problem) : tr("a compliance requirement is not met"));
                }
            }
            m_pane->setPhysicalWorkProblems(reasons);
        });
}

void BayController::onRangeChanged() {
    if (m_started)
        loadRange();
}

void BayController::onCreateRequested(const NewBooking &booking) {
    create(booking);
}

void BayController::onMoveRequested(qint64 id, int version, qint64 bayId, const QDateTime &start,
                                    const QDateTime &end) {
    move(id, version, bayId, start, end);
}

void BayController::onStatusRequested(qint64 id, int version, BookingStatus status, const QString &reason) {
    setStatus(id, version, status, reason);
}

void BayController::loadUtilization(QDate from, QDate to) {
    const qint64 workshop = m_pane->currentWorkshop();
    if (!m_executor || !workshop)
        return;
    m_inflight
        .add(m_executor->run<QList<BayUtilization>>([workshop, from, to](QSqlDatabase &db) {
            return BookingRepository::utilization(db, workshop, from, to);
        }))
        .then(this, [this](const Result<QList<BayUtilization>> &r) {
            if (!r) {
                m_pane->showMessage(r.error().userMessage(), true);
                return;
            }
            m_utilization->setRows(r.value());
        });
}

int BayController::versionOf(qint64 id) const {
    const Booking *b = m_bookings->booking(id);
    return b ? b->version : -1;
}

void BayController::reloadBooking(qint64 id) {
    m_bookings->applyNotification(QString::number(id));
    m_pendingRefresh.start();
}

void BayController::refreshBooking(qint64 id) {
    if (!m_executor || !id)
        return;
    m_inflight
        .add(m_executor->run<QList<Booking>>(
            [id](QSqlDatabase &db) { return BookingRepository::fetchBookingsById(db, {id}); }))
        .then(this, [this](const Result<QList<Booking>> &r) {
            if (!r)
                return;
            m_pending->applyBookings(r.value());
            QList<Booking> inCalendar;
            for (const Booking &b : r.value()) {
                if (m_bookings->booking(b.id))
                    inCalendar.append(b);
            }
            if (!inCalendar.isEmpty())
                m_bookings->applyBookings(inCalendar);
        });
}

void BayController::create(const NewBooking &booking, bool undoable) {
    if (!m_executor)
        return;
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<qint64>(
            [booking, key](QSqlDatabase &db) { return BookingRepository::create(db, key, booking); }))
        .then(this, [this, booking, undoable](const Result<qint64> &r) {
            if (!r) {
                const QString msg = r.error().userMessage();
                m_pane->showMessage(msg, true);
                emit operationFinished(false, msg);
                return;
            }
            const qint64 id = r.value();
            reloadBooking(id);
            if (undoable) {
                m_pane->pushUndo(new BookingCommand(
                    tr("Create booking"),
                    [this, id] {
                        setStatus(id, versionOf(id), BookingStatus::Cancelled, tr("undone"), false);
                    },
                    [this, id, booking] { setStatus(id, versionOf(id), booking.status, {}, false); }));
            }
            const QString msg = tr("Booking %1 created.").arg(id);
            m_pane->showMessage(msg, false);
            emit operationFinished(true, msg);
        });
}

void BayController::move(qint64 id, int version, qint64 bayId, const QDateTime &start, const QDateTime &end,
                         bool undoable) {
    if (!m_executor)
        return;
    const Booking *before = m_bookings->booking(id);
    const Booking old = before ? *before : Booking();
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<int>([=](QSqlDatabase &db) {
            return BookingRepository::move(db, key, id, version, bayId, start, end);
        }))
        .then(this, [this, id, bayId, start, end, old, undoable](const Result<int> &r) {
            if (!r) {
                const QString msg = r.error().userMessage();
                m_pane->rejectChange(id, msg);
                m_pane->showMessage(msg, true);
                if (r.error().kind == DbError::Kind::Conflict)
                    reloadBooking(id);
                emit operationFinished(false, msg);
                return;
            }
            // Show the new place at once; the notification (or this re-read) confirms it.
            if (const Booking *b = m_bookings->booking(id)) {
                Booking moved = *b;
                moved.bayId = bayId;
                moved.start = start;
                moved.end = end;
                moved.version = r.value();
                m_bookings->applyBookings({moved});
            }
            m_pane->acceptChange(id);
            reloadBooking(id);
            if (undoable && old.id) {
                m_pane->pushUndo(new BookingCommand(
                    tr("Move booking"),
                    [this, id, old] { move(id, versionOf(id), old.bayId, old.start, old.end, false); },
                    [this, id, bayId, start, end] { move(id, versionOf(id), bayId, start, end, false); }));
            }
            const QString msg = tr("Booking %1 moved.").arg(id);
            m_pane->showMessage(msg, false);
            emit operationFinished(true, msg);
        });
}

void BayController::setStatus(qint64 id, int version, BookingStatus status, const QString &reason,
                              bool undoable) {
    if (!m_executor)
        return;
    const Booking *before = m_bookings->booking(id);
    BookingStatus from = before ? before->status : BookingStatus::Requested;
    if (!before) {
        for (int r = 0; r < m_pending->count(); ++r) {
            if (m_pending->bookingAt(r)->id == id)
                from = BookingStatus::Requested;
        }
    }
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<int>([=](QSqlDatabase &db) {
            return BookingRepository::setStatus(db, key, id, version, status, reason);
        }))
        .then(this, [this, id, status, from, reason, undoable](const Result<int> &r) {
            if (!r) {
                const QString msg = r.error().userMessage();
                m_pane->showMessage(msg, true);
                reloadBooking(id);
                emit operationFinished(false, msg);
                return;
            }
            reloadBooking(id);
            if (undoable && bookingstatus::canChange(status, from)) {
                m_pane->pushUndo(new BookingCommand(
                    tr("%1 booking").arg(bookingstatus::label(status)),
                    [this, id, from] { setStatus(id, versionOf(id), from, {}, false); },
                    [this, id, status, reason] { setStatus(id, versionOf(id), status, reason, false); }));
            }
            const QString msg = tr("Booking %1: %2.").arg(id).arg(bookingstatus::label(status));
            m_pane->showMessage(msg, false);
            emit operationFinished(true, msg);
        });
}

void BayController::exportIcs(const QString &path, qint64 bayId, qint64 mechanicId, const QDateTime &from,
                              const QDateTime &to) {
    const qint64 workshop = m_pane->currentWorkshop();
    const WorkshopCalendar calendar = m_bookings->calendar();
    m_inflight
        .add(m_executor->run<QList<Booking>>([=](QSqlDatabase &db) {
            return BookingRepository::fetchForExport(db, workshop, bayId, mechanicId, from, to);
        }))
        .then(this, [this, path, calendar](const Result<QList<Booking>> &r) {
            if (!r) {
                m_pane->showMessage(r.error().userMessage(), true);
                return;
            }
            QString error;
            if (!IcsExport::writeFile(path, calendar, r.value(), &error)) {
                m_pane->showMessage(error, true);
                return;
            }
            m_pane->showMessage(tr("Exported %n booking(s) to %1.", nullptr, int(r->size())).arg(path),
                                false);
            emit exported(path, int(r->size()));
        });
}

} // namespace adesk
