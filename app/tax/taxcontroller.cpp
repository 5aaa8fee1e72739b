#include "app/tax/taxcontroller.h"

#include "app/shell/session.h"
#include "models/core/dbexecutor.h"
#include "models/core/notificationlistener.h"
#include "models/core/replicastatus.h"
#include "models/tax/t4amodel.h"
#include "models/tax/t4arules.h"
#include "models/tax/taxrepository.h"
#include "views/tax/t4apane.h"
#include "views/tax/taxprofileeditor.h"

#include <QDate>
#include <QFileInfo>
#include <QTimer>

namespace adesk {

TaxController::TaxController(Session *session, T4APane *pane, T4AModel *model, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_pane(pane)
    , m_model(model) {
    connect(pane, &T4APane::firstShown, this, &TaxController::start);
    connect(pane, &T4APane::yearChanged, this, &TaxController::setYear);
    connect(pane, &T4APane::payeeSelected, this, &TaxController::loadProfile);
    connect(pane, &T4APane::profileSaveRequested, this, &TaxController::saveProfile);
    connect(pane, &T4APane::revealRequested, this, &TaxController::reveal);
    connect(pane, &T4APane::createDraftsRequested, this, &TaxController::createDrafts);
    connect(pane, &T4APane::finalizeRequested, this, &TaxController::finalize);
    connect(pane, &T4APane::generateRequested, this, &TaxController::generate);
    connect(pane, &T4APane::markFiledRequested, this, &TaxController::markFiled);
    connect(pane, &T4APane::amendRequested, this, &TaxController::amend);
    connect(pane, &T4APane::cancelWorkRequested, this, &TaxController::cancelWork);
    connect(&m_batch, &QFutureWatcher<T4ABatch::Outcome>::progressValueChanged, this,
            [this](int v) { m_pane->setProgress(v, m_batch.progressMaximum()); });
    connect(&m_batch, &QFutureWatcher<T4ABatch::Outcome>::finished, this, [this] {
        m_pane->setBusy(false);
        if (m_batch.isCanceled() && m_batch.future().resultCount() == 0) {
            m_pane->showMessage(tr("Generation stopped."));
            return;
        }
        const T4ABatch::Outcome o = m_batch.result();
        m_leftOut = o.leftOut;
        QList<T4AIssueView> views;
        for (const T4AIssue &i : o.issues)
            views << T4AIssueView{i.slipId, i.payeeKey, i.payee, i.line, i.message};
        for (const T4AIssue &i : m_leftOut)
            views << T4AIssueView{i.slipId, i.payeeKey, i.payee, 0, i.message};
        m_pane->showIssues(views);
        if (o.nothingToFile) {
            m_pane->showMessage(m_leftOut.isEmpty()
                                    ? tr("No slip to file: create draft slips and finalize them first.")
                                    : tr("No slip can be filed: %n slip(s) left out, listed with the reason.",
                                         nullptr, int(m_leftOut.size())));
        } else if (o.cancelled)
            m_pane->showMessage(tr("Generation stopped; some files may have been written."));
        else if (!o.issues.isEmpty())
            m_pane->showMessage(
                tr("The return does not validate against the CRA schema: %n error(s), shown against "
                   "their slips. Nothing was saved.",
                   nullptr, int(o.issues.size())),
                true);
        else if (!o.error.isEmpty())
            m_pane->showMessage(o.error, true);
        else {
            m_last = o;
            m_pane->showMessage(
                tr("%n slip PDF(s), the T4A Summary and %1 written to %2 (validated against the CRA "
                   "schema).%3",
                   nullptr, o.slipFilesWritten)
                    .arg(QFileInfo(o.xmlPath).fileName(), o.directory)
                    .arg(m_leftOut.isEmpty()
                             ? QString()
                             : tr(" %n slip(s) left out of the return, listed with the reason.", nullptr,
                                  int(m_leftOut.size()))));
        }
        emit generated(o);
    });
    if (session && session->listener()) {
        connect(session->listener(), &NotificationListener::notified, this,
                [this](const QString &channel, const QString &) {
                    if ((channel == u"desk_tax" || channel == u"desk_earnings") && m_started &&
                        !m_reloadPending) {
                        m_reloadPending = true;
                        QTimer::singleShot(500, this, [this] {
                            m_reloadPending = false;
                            reload();
                        });
                    }
                });
        connect(session->listener(), &NotificationListener::listening, this, [this] {
            if (m_started)
                reload();
        });
    }
}

void TaxController::setYear(int year) {
    m_year = year;
    reload();
}

void TaxController::saveProfile(const TaxProfile &p) {
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_session->executor()->run<int>(
            [p, key](QSqlDatabase &db) { return TaxRepository::saveProfile(db, key, p); }))
        .then(this, [this, p](const Result<int> &r) {
            if (!r.ok())
                return report(tr("Saving the tax profile"), r.error().userMessage());
            m_pane->showMessage(tr("Tax profile of %1 saved.").arg(p.payeeName));
            loadProfile(p.payeeParty, p.payeeId);
            reload(true); // this window's own write: read it back from the primary
        });
}

void TaxController::reveal(qint64 id, const QString &reason) {
    m_inflight
        .add(m_session->executor()->run<QStringList>(
            [id, reason](QSqlDatabase &db) { return TaxRepository::reveal(db, id, reason); }))
        .then(this, [this](const Result<QStringList> &r) {
            if (!r.ok())
                return report(tr("Revealing the SIN / BN"), r.error().userMessage());
            m_pane->showRevealed(r->value(0), r->value(1));
            m_pane->showMessage(tr("Shown in clear; the reveal was recorded in the audit log."));
        });
}

void TaxController::createDrafts(int year) {
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_session->executor()->run<int>(
            [year, key](QSqlDatabase &db) { return TaxRepository::generateSlips(db, key, year); }))
        .then(this, [this](const Result<int> &r) {
            if (!r.ok())
                return report(tr("Creating draft slips"), r.error().userMessage());
            m_pane->showMessage(tr("%n draft slip(s).", nullptr, r.value()));
            reload(true);
        });
}

void TaxController::finalize(int year) {
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_session->executor()->run<int>(
            [year, key](QSqlDatabase &db) { return TaxRepository::finalizeSlips(db, key, year); }))
        .then(this, [this](const Result<int> &r) {
            if (!r.ok()) {
                // The slips' problems by payee name and label, never the database's codes.
                const QString problems =
                    T4ARules::problemsMessage(r.error().serverMessage, [this](const QString &key) {
                        for (const T4AOverviewRow &row : m_model->rows())
                            if (row.key() == key)
                                return row.payeeName;
                        return QString();
                    });
                return report(tr("Finalizing slips"),
                              problems.isEmpty() ? r.error().userMessage() : problems);
            }
            m_pane->showMessage(tr("%n slip(s) finalized.", nullptr, r.value()));
            reload(true);
        });
}

void TaxController::amend(qint64 slipId, int version, bool cancel) {
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_session->executor()->run<qint64>(
            [=](QSqlDatabase &db) { return TaxRepository::amendSlip(db, key, slipId, version, cancel); }))
        .then(this, [this, cancel](const Result<qint64> &r) {
            if (!r.ok())
                return report(cancel ? tr("Cancelling the slip") : tr("Amending the slip"),
                              r.error().userMessage());
            m_pane->showMessage(
                cancel ? tr("Cancelled slip %1 drafted: finalize it and generate the amended return.")
                             .arg(r.value())
                       : tr("Amended slip %1 drafted: finalize it and generate the amended return.")
                             .arg(r.value()));
            reload(true);
        });
}

void TaxController::cancelWork() {
    m_batch.cancel();
}

QWidget *TaxController::createPane(Session *session, QWidget *parent) {
    auto *model = new T4AModel;
    auto *pane = new T4APane(model, parent);
    model->setParent(pane);
    new TaxController(session, pane, model, pane);
    return pane;
}

void TaxController::start() {
    if (m_started)
        return;
    m_started = true;
    loadYears();
}

void TaxController::loadYears() {
    m_inflight
        .add(
            m_session->executor()->run<QList<int>>([](QSqlDatabase &db) { return TaxRepository::years(db); }))
        .then(this, [this](const Result<QList<int>> &r) {
            if (!r.ok())
                return report(tr("Loading tax years"), r.error().userMessage());
            // Default: the last completed year (the one being prepared each winter).
            const int last = QDate::currentDate().year() - 1;
            m_year = r->contains(last) ? last : (r->isEmpty() ? last : r->first());
            m_pane->setYears(r.value(), m_year);
            reload();
        });
}

namespace {
/// The overview and, on a reports connection, how current it is (read first, same connection).
struct OverviewRead {
    QList<T4AOverviewRow> rows;
    ReplicaStatus status;
};
} // namespace

void TaxController::reload(bool primary) {
    if (!m_year)
        return;
    const int year = m_year;
    if (const QString key = m_pane->selectedKey(); !key.isEmpty())
        m_selectedKey = key;
    const bool reports = !primary && m_session->hasReports();
    DbExecutor *exec = reports ? m_session->reportsExecutor() : m_session->executor();
    m_inflight
        .add(exec->run<OverviewRead>([year, reports](QSqlDatabase &db) -> Result<OverviewRead> {
            OverviewRead out;
            if (reports) {
                Result<ReplicaStatus> status = ReplicaStatus::read(db);
                if (!status.ok())
                    return status.error();
                out.status = status.value();
            }
            Result<QList<T4AOverviewRow>> rows = TaxRepository::overview(db, year);
            if (!rows.ok())
                return rows.error();
            out.rows = rows.value();
            return out;
        }))
        .then(this, [this, year, reports](const Result<OverviewRead> &r) {
            if (!r.ok())
                return report(tr("Loading the T4A payees"), r.error().userMessage());
            if (year != m_year)
                return;
            m_pane->setDataAsOf(reports ? r->status.describe() : QString());
            if (reports && r->status.inRecovery && !r->status.caughtUp && !m_catchUpPending) {
                m_catchUpPending = true;
                QTimer::singleShot(2000, this, [this] {
                    m_catchUpPending = false;
                    reload();
                });
            }
            m_model->setRows(year, r->rows);
            if (!m_selectedKey.isEmpty())
                m_pane->selectKey(m_selectedKey);
            emit reloaded(year);
        });
}

void TaxController::loadProfile(Party party, qint64 id) {
    m_inflight
        .add(m_session->executor()->run<TaxProfile>(
            [party, id](QSqlDatabase &db) { return TaxRepository::profile(db, party, id); }))
        .then(this, [this](const Result<TaxProfile> &r) {
            if (!r.ok())
                return report(tr("Loading the tax profile"), r.error().userMessage());
            m_pane->showProfile(r.value());
        });
}

void TaxController::generate(int year, const QString &directory) {
    if (m_batch.isRunning())
        return;
    m_pane->setBusy(true, tr("Generating"));
    m_pane->showIssues({});
    // The batch reads the year's slips a page at a time on a connection of its own, made with the
    // settings of the session's workers (issue 19: memory flat in the number of payees).
    m_leftOut.clear();
    m_lastYear = year;
    m_batch.setFuture(T4ABatch::startFiling(m_session->executor()->settings(), year, directory));
}

void TaxController::markFiled(int year) {
    if (m_last.xmlPath.isEmpty() || m_lastYear != year) {
        report(tr("Mark filed"), tr("Generate the return for %1 first.").arg(year));
        return;
    }
    const T4ABatch::Outcome o = m_last;
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_session->executor()->run<qint64>([year, o, key](QSqlDatabase &db) {
            return TaxRepository::recordFiling(db, key, year, o.submissionRef, o.slipIds, o.xmlSha256);
        }))
        .then(this, [this](const Result<qint64> &r) {
            if (!r.ok())
                return report(tr("Mark filed"), r.error().userMessage());
            m_last = {};
            m_pane->showMessage(tr("Filing recorded (submission %1).").arg(r.value()));
            reload(true);
        });
}

void TaxController::report(const QString &what, const QString &message) {
    m_pane->showMessage(tr("%1: %2").arg(what, message), true);
}

} // namespace adesk
