#include "app/bays/workshopsetupcontroller.h"

#include "models/bays/bookingrepository.h"
#include "models/bays/workshopsetuprepository.h"
#include "models/core/dbexecutor.h"
#include "views/bays/baycalendarpane.h"
#include "views/bays/bookingcommand.h"
#include "views/bays/workshopsetupdialog.h"
#include "views/common/statekeeper.h"
#include "views/common/tablecopy.h"

#include <QLocale>

#include <memory>

namespace adesk {

WorkshopSetupController::WorkshopSetupController(DbExecutor *executor, BayCalendarPane *pane,
                                                 std::function<void()> reloadCalendar, QObject *parent)
    : QObject(parent)
    , m_executor(executor)
    , m_pane(pane)
    , m_reloadCalendar(std::move(reloadCalendar)) {
    // The dialog follows the calendar's workshop.
    connect(pane, &BayCalendarPane::workshopChanged, this, [this] {
        if (m_dialog)
            reload();
    });
}

WorkshopSetupDialog *WorkshopSetupController::dialog() const {
    return m_dialog;
}

void WorkshopSetupController::open(Action action, qint64 bayId, const QDateTime &localStart, int weekday) {
    const qint64 workshop = m_pane->currentWorkshop();
    if (!workshop || !m_executor)
        return;
    const bool fresh = !m_dialog;
    if (fresh) {
        m_dialog = new WorkshopSetupDialog(m_pane);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Its tables' columns remembered, Copy on each (desktop conventions, issue 17).
        StateKeeper::watch(m_dialog, QStringLiteral("workshop-setup"));
        TableCopy::installAll(m_dialog);
        connect(m_dialog, &WorkshopSetupDialog::saveBayRequested, this,
                [this](const BaySetup &b) { saveBay(b); });
        connect(m_dialog, &WorkshopSetupDialog::outOfServiceRequested, this,
                [this](qint64 id, int, QDate from) { setOutOfService(id, from); });
        connect(
            m_dialog, &WorkshopSetupDialog::hoursRequested, this,
            [this](int weekday, QDate from, const QList<Shift> &shifts) { setHours(weekday, from, shifts); });
        connect(m_dialog, &WorkshopSetupDialog::addClosureRequested, this,
                [this](const ClosureSetup &c) { addClosure(c); });
        connect(m_dialog, &WorkshopSetupDialog::removeClosureRequested, this,
                [this](qint64 id, int) { removeClosure(id); });
        connect(m_dialog, &WorkshopSetupDialog::reloadRequested, this, &WorkshopSetupController::reload);
    }
    m_pendingAction = [this, action, bayId, localStart, weekday] {
        if (!m_dialog)
            return;
        switch (action) {
        case Action::Open:
            break;
        case Action::EditBay:
            m_dialog->showTab(WorkshopSetupDialog::BaysTab);
            m_dialog->selectBay(bayId);
            break;
        case Action::TakeBayOutOfService:
            m_dialog->showTab(WorkshopSetupDialog::BaysTab);
            m_dialog->selectBay(bayId);
            break;
        case Action::AddClosure:
            m_dialog->showTab(WorkshopSetupDialog::ClosuresTab);
            m_dialog->prepareClosure(bayId, localStart);
            break;
        case Action::OpeningHours:
            m_dialog->showTab(WorkshopSetupDialog::HoursTab);
            if (weekday)
                m_dialog->selectWeekday(weekday);
            break;
        }
    };
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    // A dialog already showing this workshop acts at once; a new one once the setup is loaded.
    if (!fresh && m_setup.workshopId == workshop)
        applyPending();
    reload();
}

void WorkshopSetupController::applyPending() {
    if (m_pendingAction) {
        const auto action = std::move(m_pendingAction);
        m_pendingAction = {};
        action();
    }
}

void WorkshopSetupController::reload() {
    const qint64 workshop = m_pane->currentWorkshop();
    if (!workshop || !m_executor)
        return;
    m_workshopId = workshop;
    m_inflight
        .add(m_executor->run<WorkshopSetup>(
            [workshop](QSqlDatabase &db) { return WorkshopSetupRepository::load(db, workshop); }))
        .then(this, [this, workshop](const Result<WorkshopSetup> &r) {
            if (workshop != m_workshopId)
                return;
            if (!r) {
                say(r.error().userMessage(), true);
                return;
            }
            m_setup = r.value();
            if (m_dialog) {
                m_dialog->setSetup(m_setup);
                applyPending();
            }
            emit setupLoaded();
        });
}

void WorkshopSetupController::say(const QString &text, bool isError) {
    if (m_dialog)
        m_dialog->showMessage(text, isError);
    m_pane->showMessage(text, isError);
}

void WorkshopSetupController::succeeded(const QString &message) {
    say(message, false);
    reload();
    if (m_reloadCalendar)
        m_reloadCalendar();
    emit operationFinished(true, message);
}

void WorkshopSetupController::write(const QString &what, const Write &call, const Done &done,
                                    const QList<qint64> &cancelIds, const QString &reason) {
    if (!m_executor)
        return;
    const RequestKey key = RequestKey::create();
    const bool cancelling = !cancelIds.isEmpty();
    m_inflight
        .add(m_executor->run<SetupWriteResult>(
            [call, key, cancelIds, reason](QSqlDatabase &db) { return call(db, key, cancelIds, reason); }))
        .then(this, [this, what, call, done, cancelling](const Result<SetupWriteResult> &r) {
            if (!r) {
                refused(what, r.error(), call, done, cancelling);
                return;
            }
            if (done)
                done(r.value());
            QString message = tr("%1: done.").arg(what);
            if (!r->cancelled.isEmpty())
                message += u' ' + tr("%n booking(s) cancelled.", nullptr, int(r->cancelled.size()));
            succeeded(message);
        });
}

void WorkshopSetupController::refused(const QString &what, const DbError &error, const Write &call,
                                      const Done &done, bool alreadyCancelling) {
    const QList<qint64> ids = workshopsetup::bookingsInTheWay(error);
    if (!ids.isEmpty() && !alreadyCancelling && m_dialog) {
        m_inflight
            .add(m_executor->run<QList<Booking>>(
                [ids](QSqlDatabase &db) { return BookingRepository::fetchBookingsById(db, ids); }))
            .then(this, [this, what, call, done, ids, error](const Result<QList<Booking>> &r) {
                if (!m_dialog)
                    return;
                QList<Booking> bookings = r ? r.value() : QList<Booking>();
                if (bookings.isEmpty()) {
                    say(error.userMessage(), true);
                    emit operationFinished(false, error.userMessage());
                    return;
                }
                m_dialog->askBookingsInTheWay(
                    what, bookings, [this, what, call, done, ids](bool cancel, const QString &reason) {
                        if (cancel) {
                            write(what, call, done, ids, reason);
                            return;
                        }
                        const QString msg = tr("Nothing was changed: move those "
                                               "bookings first, then try again.");
                        say(msg, false);
                        emit operationFinished(false, msg);
                    });
            });
        return;
    }
    QString msg;
    if (error.kind == DbError::Kind::Conflict) {
        msg = tr("Someone else changed the workshop's setup meanwhile: it has been reloaded. Check it and "
                 "try again.");
        reload();
    } else {
        msg = error.userMessage();
    }
    say(msg, true);
    emit operationFinished(false, msg);
}

// ---- Bays ------------------------------------------------------------------------------------

void WorkshopSetupController::saveBay(const BaySetup &bay, bool undoable) {
    const qint64 workshop = m_setup.workshopId;
    BaySetup toSave = bay;
    const BaySetup *current = bay.id ? m_setup.bay(bay.id) : nullptr;
    const BaySetup old = current ? *current : BaySetup();
    if (current)
        toSave.version = current->version;
    const QString what = bay.id ? tr("Edit bay %1").arg(bay.name) : tr("Add bay %1").arg(bay.name);
    write(
        what,
        [workshop, toSave](QSqlDatabase &db, const RequestKey &key, const QList<qint64> &, const QString &) {
            return WorkshopSetupRepository::saveBay(db, key, workshop, toSave);
        },
        [this, toSave, old, undoable, what](const SetupWriteResult &r) {
            for (BaySetup &b : m_setup.bays) {
                if (b.id == r.id)
                    b.version = r.version;
            }
            if (!undoable)
                return;
            const qint64 id = r.id;
            if (!toSave.id) {
                // Undo of adding a bay: out of service from today (its id stays, bookings keep it).
                m_pane->pushUndo(new BookingCommand(
                    what, [this, id] { setOutOfService(id, m_setup.today, false); },
                    [this, id] { setOutOfService(id, QDate(), false); }));
                return;
            }
            BaySetup redo = toSave;
            m_pane->pushUndo(new BookingCommand(
                what, [this, old] { saveBay(old, false); }, [this, redo] { saveBay(redo, false); }));
        });
}

void WorkshopSetupController::setOutOfService(qint64 bayId, QDate from, bool undoable) {
    const BaySetup *bay = m_setup.bay(bayId);
    if (!bay)
        return;
    const int version = bay->version;
    const QDate before = bay->outOfServiceFrom;
    const QString what = from.isValid() ? tr("Take %1 out of service from %2")
                                              .arg(bay->name, QLocale().toString(from, QLocale::ShortFormat))
                                        : tr("Put %1 back in service").arg(bay->name);
    write(
        what,
        [bayId, version, from](QSqlDatabase &db, const RequestKey &key, const QList<qint64> &ids,
                               const QString &reason) {
            return WorkshopSetupRepository::setBayOutOfService(db, key, bayId, version, from, ids, reason);
        },
        [this, bayId, from, before, undoable, what](const SetupWriteResult &r) {
            for (BaySetup &b : m_setup.bays) {
                if (b.id == bayId) {
                    b.version = r.version;
                    b.outOfServiceFrom = from;
                }
            }
            if (undoable)
                m_pane->pushUndo(new BookingCommand(
                    what, [this, bayId, before] { setOutOfService(bayId, before, false); },
                    [this, bayId, from] { setOutOfService(bayId, from, false); }));
        });
}

// ---- Hours -----------------------------------------------------------------------------------

void WorkshopSetupController::setHours(int weekday, QDate from, const QList<Shift> &shifts, bool undoable) {
    const qint64 workshop = m_setup.workshopId;
    const int version = m_setup.hoursVersion;
    const QList<Shift> before = m_setup.shiftsOn(weekday, from);
    const QString what = tr("Hours of %1 from %2")
                             .arg(QLocale().standaloneDayName(weekday, QLocale::LongFormat),
                                  QLocale().toString(from, QLocale::ShortFormat));
    write(
        what,
        [workshop, version, weekday, from, shifts](QSqlDatabase &db, const RequestKey &key,
                                                   const QList<qint64> &ids, const QString &reason) {
            return WorkshopSetupRepository::setOpeningHours(db, key, workshop, version, weekday, from, shifts,
                                                            ids, reason);
        },
        [this, weekday, from, shifts, before, undoable, what](const SetupWriteResult &r) {
            m_setup.hoursVersion = r.version;
            if (undoable)
                m_pane->pushUndo(new BookingCommand(
                    what, [this, weekday, from, before] { setHours(weekday, from, before, false); },
                    [this, weekday, from, shifts] { setHours(weekday, from, shifts, false); }));
        });
}

// ---- Closures --------------------------------------------------------------------------------

void WorkshopSetupController::addClosureThen(const ClosureSetup &closure,
                                             const std::function<void(qint64)> &then) {
    const qint64 workshop = m_setup.workshopId;
    const QString what = tr("Closure %1").arg(labelOf(closure.kind));
    write(
        what,
        [workshop, closure](QSqlDatabase &db, const RequestKey &key, const QList<qint64> &ids,
                            const QString &reason) {
            return WorkshopSetupRepository::addClosure(db, key, workshop, closure, ids, reason);
        },
        [then](const SetupWriteResult &r) {
            if (then)
                then(r.id);
        });
}

void WorkshopSetupController::removeClosureThen(qint64 id, const std::function<void()> &then) {
    int version = 1; // a closure just added and not reloaded yet
    for (const ClosureSetup &c : m_setup.closures) {
        if (c.id == id)
            version = c.version;
    }
    write(
        tr("Remove closure"),
        [id, version](QSqlDatabase &db, const RequestKey &key, const QList<qint64> &, const QString &) {
            return WorkshopSetupRepository::removeClosure(db, key, id, version);
        },
        [then](const SetupWriteResult &) {
            if (then)
                then();
        });
}

void WorkshopSetupController::addClosure(const ClosureSetup &closure, bool undoable) {
    addClosureThen(closure, [this, closure, undoable](qint64 newId) {
        if (!undoable)
            return;
        auto id = std::make_shared<qint64>(newId);
        m_pane->pushUndo(new BookingCommand(
            tr("Closure %1").arg(labelOf(closure.kind)), [this, id] { removeClosureThen(*id, {}); },
            [this, id, closure] { addClosureThen(closure, [id](qint64 n) { *id = n; }); }));
    });
}

void WorkshopSetupController::removeClosure(qint64 id, bool undoable) {
    ClosureSetup old;
    for (const ClosureSetup &c : m_setup.closures) {
        if (c.id == id)
            old = c;
    }
    removeClosureThen(id, [this, id, old, undoable] {
        if (!undoable || !old.id)
            return;
        auto current = std::make_shared<qint64>(id);
        m_pane->pushUndo(new BookingCommand(
            tr("Remove closure"),
            [this, current, old] { addClosureThen(old, [current](qint64 n) { *current = n; }); },
            [this, current] { removeClosureThen(*current, {}); }));
    });
}

} // namespace adesk
