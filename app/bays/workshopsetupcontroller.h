#pragma once

#include "models/bays/workshopsetup.h"
#include "models/core/inflight.h"
#include "models/core/requestkey.h"
#include "models/core/result.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QSqlDatabase;

namespace adesk {

class BayCalendarPane;
class DbExecutor;
class WorkshopSetupDialog;

/// Runs the workshop setup dialog's intents (issue 14) on the executor's workers through
/// WorkshopSetupRepository: each edit with the row's version; a 40001 reloads and says someone else
/// changed it; bookings in the way are fetched and listed, then cancelled with the owner's reason
/// (the same call again with their ids) or kept (nothing changes); any other refusal shows the
/// database's reason. Each edit that worked goes on the calendar's undo stack and reloads the time
/// grid at once (through @p reloadCalendar).
class WorkshopSetupController : public QObject {
    Q_OBJECT
public:
    enum class Action { Open, EditBay, TakeBayOutOfService, AddClosure, OpeningHours };

    WorkshopSetupController(DbExecutor *executor, BayCalendarPane *pane, std::function<void()> reloadCalendar,
                            QObject *parent = nullptr);

    WorkshopSetupDialog *dialog() const;
    const WorkshopSetup &setup() const { return m_setup; }

    // The edits (the dialog's intents; undo and redo call them with undoable = false).
    void saveBay(const BaySetup &bay, bool undoable = true);
    void setOutOfService(qint64 bayId, QDate from, bool undoable = true);
    void setHours(int weekday, QDate from, const QList<Shift> &shifts, bool undoable = true);
    void addClosure(const ClosureSetup &closure, bool undoable = true);
    void removeClosure(qint64 id, bool undoable = true);

public slots:
    /// Opens (or raises) the dialog on the pane's workshop, at what the calendar's menu asked for.
    void open(adesk::WorkshopSetupController::Action action = Action::Open, qint64 bayId = 0,
              const QDateTime &localStart = {}, int weekday = 0);
    void reload();

signals:
    /// An edit finished (ok false: refused or kept, message shown) — for tests and the status bar.
    void operationFinished(bool ok, const QString &message);
    void setupLoaded();

private:
    using Write = std::function<Result<SetupWriteResult>(
        QSqlDatabase &, const RequestKey &, const QList<qint64> &cancelIds, const QString &reason)>;
    using Done = std::function<void(const SetupWriteResult &)>;
    void addClosureThen(const ClosureSetup &closure, const std::function<void(qint64 id)> &then);
    void removeClosureThen(qint64 id, const std::function<void()> &then);
    void write(const QString &what, const Write &call, const Done &done, const QList<qint64> &cancelIds = {},
               const QString &reason = {});
    void refused(const QString &what, const DbError &error, const Write &call, const Done &done,
                 bool alreadyCancelling);
    void applyPending();
    void succeeded(const QString &message);
    void say(const QString &text, bool isError);

    QPointer<DbExecutor> m_executor;
    BayCalendarPane *m_pane;
    std::function<void()> m_reloadCalendar;
    QPointer<WorkshopSetupDialog> m_dialog;
    WorkshopSetup m_setup;
    qint64 m_workshopId = 0;
    std::function<void()> m_pendingAction;
    InFlight m_inflight;
};

} // namespace adesk
