#pragma once

#include "models/bays/bayschedule.h"
#include "models/compliance/verification.h"
#include "models/core/inflight.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace adesk {

class BayCalendarPane;
class BookingModel;
class DbExecutor;
class NotificationListener;
class PendingBookingModel;
class UtilizationModel;
class WorkshopSetupController;

/// Turns the bay calendar's intents into BookingRepository calls on the executor's workers.
///
/// Creating, moving and status changes go through the database's functions; a refusal (overlap
/// naming the clashing booking, opening hours, closure, eligibility, a version conflict) snaps the
/// grid back and shows the database's reason in plain words. Successful changes are pushed on the
/// pane's undo stack (undo of a create cancels it; of a move moves it back; of a status change
/// restores the previous status). NOTIFY desk_bookings keeps the models live; a reconnect reloads.
/// The pane's intents are connected to the named slots below; results go back through the pane's
/// public slots.
class BayController : public QObject {
    Q_OBJECT
public:
    BayController(DbExecutor *executor, NotificationListener *listener, const Identity &who,
                  BayCalendarPane *pane, QObject *parent = nullptr);

    BookingModel *bookings() const { return m_bookings; }
    PendingBookingModel *pending() const { return m_pending; }
    UtilizationModel *utilization() const { return m_utilization; }
    WorkshopSetupController *setup() const { return m_setup; }

    void create(const NewBooking &booking, bool undoable = true);
    void move(qint64 id, int version, qint64 bayId, const QDateTime &start, const QDateTime &end,
              bool undoable = true);
    void setStatus(qint64 id, int version, BookingStatus status, const QString &reason, bool undoable = true);

public slots:
    /// Loads the workshops and the first range (the pane calls it when first shown).
    void start();
    /// Loads the bookings of the pane's workshop and range.
    void loadRange();
    // The pane's intents.
    void onRangeChanged();
    void onCreateRequested(const adesk::NewBooking &booking);
    void onMoveRequested(qint64 id, int version, qint64 bayId, const QDateTime &start, const QDateTime &end);
    void onStatusRequested(qint64 id, int version, adesk::BookingStatus status, const QString &reason);
    void exportIcs(const QString &path, qint64 bayId, qint64 mechanicId, const QDateTime &from,
                   const QDateTime &to);
    void loadUtilization(QDate from, QDate to);
    /// Re-reads booking @p id into the calendar and the pending list (a pending row picked by the
    /// user may have been cancelled or confirmed since the list loaded).
    void refreshBooking(qint64 id);
    /// Asks the database why the workshop may not host physical work today and shows it on the pane.
    void checkPhysicalWork();

signals:
    /// For tests and the status bar: an operation finished (ok false: refused, message shown).
    void operationFinished(bool ok, const QString &message);
    void workshopsLoaded();
    void exported(const QString &path, int events);

private:
    void reloadBooking(qint64 id);
    int versionOf(qint64 id) const;

    QPointer<DbExecutor> m_executor;
    Identity m_who;
    BayCalendarPane *m_pane;
    BookingModel *m_bookings;
    PendingBookingModel *m_pending;
    UtilizationModel *m_utilization;
    WorkshopSetupController *m_setup;
    bool m_started = false;
    QTimer m_pendingRefresh;
    InFlight m_inflight;
};

} // namespace adesk
