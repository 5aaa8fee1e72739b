#include "app/earnings/earningscontroller.h"

#include "app/earnings/statementsbatch.h"
#include "app/shell/session.h"
#include "models/common/basispoints.h"
#include "models/core/replicastatus.h"
#include "models/earnings/earningsrepository.h"
#include "models/earnings/ledgermodel.h"
#include "models/earnings/ledgertotalsmodel.h"
#include "views/earnings/earningspane.h"
#include "views/earnings/partnershipearningspanel.h"

#include <QTimer>

namespace adesk {

EarningsController::EarningsController(Session *session, EarningsPane *pane, LedgerModel *ledger,
                                       LedgerTotalsModel *totals, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_pane(pane)
    , m_ledger(ledger)
    , m_totals(totals) {
    connect(pane, &EarningsPane::firstShown, this, &EarningsController::start);
    connect(pane, &EarningsPane::filterChanged, this, &EarningsController::applyFilter);
    connect(pane, &EarningsPane::eventSelected, this, &EarningsController::showSplit);
    connect(pane, &EarningsPane::payeeChartRequested, this, &EarningsController::loadPayeeChart);
    connect(pane, &EarningsPane::reconcileRequested, this, &EarningsController::reconcile);
    connect(pane, &EarningsPane::schedulePayoutsRequested, this, &EarningsController::schedulePayouts);
    connect(pane, &EarningsPane::markPaidRequested, this, &EarningsController::markPaid);
    connect(pane, &EarningsPane::markFailedRequested, this, &EarningsController::markFailed);
    connect(pane, &EarningsPane::postEventsRequested, this, &EarningsController::postEvents);
    connect(pane, &EarningsPane::postAllMissingRequested, this, &EarningsController::postAllMissing);
    connect(pane, &EarningsPane::cancelPostRequested, this, &EarningsController::cancelPost);
    connect(pane, &EarningsPane::voidChargeRequested, this, &EarningsController::voidCharge);
    connect(pane, &EarningsPane::exportRequested, this, &EarningsController::exportCsv);
    connect(pane, &EarningsPane::statementPreviewRequested, this, &EarningsController::preview);
    connect(pane, &EarningsPane::statementsBatchRequested, this, &EarningsController::runBatch);
    connect(pane, &EarningsPane::cancelBatchRequested, this, &EarningsController::cancelBatch);
    connect(pane, &EarningsPane::setFeeRuleRequested, this, &EarningsController::setFeeRule);
    connect(pane, &EarningsPane::partnershipEarningsRequested, this,
            &EarningsController::loadPartnershipEarnings);

    connect(session->listener(), &NotificationListener::notified, this,
            [this](const QString &channel, const QString &payload) {
                if (channel == u"desk_earnings" && m_started) {
                    m_ledger->applyNotification(payload);
                    m_totals->setFilter(m_ledger->filter());
                    refreshDataAsOf();
                }
            });
    connect(session->listener(), &NotificationListener::listening, this, [this] {
        if (m_started) {
            m_ledger->refresh();
            m_totals->setFilter(m_ledger->filter());
            refreshDataAsOf();
        }
    });
    connect(m_ledger, &LedgerModel::loadFailed, this, [this](const QString &m) { report(tr("Ledger"), m); });
    connect(m_totals, &LedgerTotalsModel::loadFailed, this,
            [this](const QString &m) { report(tr("Totals"), m); });
}

QWidget *EarningsController::createPane(Session *session, QWidget *parent) {
    // The heavy reads (issue 19): on the reports connection when the session has one.
    auto *ledger = new LedgerModel(session->reportsExecutor());
    auto *totals = new LedgerTotalsModel(session->reportsExecutor());
    auto *pane = new EarningsPane(ledger, totals, session->identity().isFinance(), parent);
    ledger->setParent(pane);
    totals->setParent(pane);
    new EarningsController(session, pane, ledger, totals, pane);
    return pane;
}

void EarningsController::start() {
    if (m_started)
        return;
    m_started = true;
    DbExecutor *exec = m_session->executor();
    m_inflight
        .add(exec->run<QList<QDate>>([](QSqlDatabase &db) { return EarningsRepository::recentMonths(db); }))
        .then(this, [this](const Result<QList<QDate>> &r) {
            if (r.ok())
                m_pane->setMonths(r.value());
            loadCharts();
            const PartnershipEarningsPanel *p = m_pane->partnerships();
            if (p->from().isValid())
                loadPartnershipEarnings(p->from(), p->to());
        });
    m_inflight.add(exec->run<QList<Payee>>([](QSqlDatabase &db) { return EarningsRepository::payees(db); }))
        .then(this, [this](const Result<QList<Payee>> &r) {
            if (r.ok())
                m_pane->setPayees(r.value());
        });
    applyFilter(m_pane->filter());
    if (m_session->identity().isFinance())
        loadFeeRules();
    if (m_session->identity().isOwner())
        loadWorkshopFees();
}

void EarningsController::showSplit(EventType type, qint64 id) {
    m_inflight
        .add(m_session->executor()->run<QList<LedgerRow>>(
            [type, id](QSqlDatabase &db) { return EarningsRepository::eventRows(db, type, id); }))
        .then(this, [this](const Result<QList<LedgerRow>> &r) {
            if (r.ok())
                m_pane->setSplit(r.value());
            else
                report(tr("Split"), r.error().userMessage());
        });
}

void EarningsController::loadPayeeChart(const Payee &payee) {
    const QDate last = m_pane->selectedMonth();
    m_inflight
        .add(m_session->reportsExecutor()->run<QList<QPair<QDate, qint64>>>([payee, last](QSqlDatabase &db) {
            return EarningsRepository::payeeMonths(db, payee.party, payee.id, last);
        }))
        .then(this, [this](const Result<QList<QPair<QDate, qint64>>> &r) {
            if (r.ok())
                m_pane->setPayeeMonths(m_pane->filter().workshopId ? tr("Workshop") : tr("Mechanic"),
                                       r.value());
        });
}

void EarningsController::schedulePayouts(const QDate &month) {
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_session->executor()->run<qint64>(
            [month, key](QSqlDatabase &db) { return EarningsRepository::schedulePayouts(db, key, month); }))
        .then(this, [this, month](const Result<qint64> &r) {
            if (!r.ok())
                return report(tr("Payouts"), r.error().userMessage());
            m_pane->showMessage(tr("Payout batch #%1 scheduled.").arg(r.value()));
            reconcile(month);
        });
}

void EarningsController::afterPayoutWrite(const Result<int> &r) {
    if (!r.ok())
        return report(tr("Payouts"), r.error().userMessage());
    reconcile(m_pane->selectedMonth());
}

void EarningsController::markPaid(qint64 id, int version, const QString &ref) {
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_session->executor()->run<int>([id, version, ref, key](QSqlDatabase &db) {
            return EarningsRepository::markPayoutPaid(db, key, id, version, ref);
        }))
        .then(this, [this](const Result<int> &r) { afterPayoutWrite(r); });
}

void EarningsController::markFailed(qint64 id, int version, const QString &why) {
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_session->executor()->run<int>([id, version, why, key](QSqlDatabase &db) {
            return EarningsRepository::markPayoutFailed(db, key, id, version, why);
        }))
        .then(this, [this](const Result<int> &r) { afterPayoutWrite(r); });
}

void EarningsController::postAllMissing(const QDate &month) {
    if (m_post.running)
        return;
    m_inflight
        .add(m_session->executor()->run<QList<EventRef>>(
            [month](QSqlDatabase &db) { return EarningsRepository::missingEvents(db, month); }))
        .then(this, [this](const Result<QList<EventRef>> &r) {
            if (!r.ok())
                return report(tr("Posting"), r.error().userMessage());
            if (r.value().isEmpty())
                return m_pane->showMessage(
                    tr("No completed event of this month is missing from the ledger."));
            postEvents(r.value());
        });
}

void EarningsController::postEvents(const QList<EventRef> &events) {
    if (m_post.running || events.isEmpty())
        return;
    m_post = PostRun{};
    m_post.running = true;
    m_post.queue = events;
    m_post.total = int(events.size());
    m_pane->setPostProgress(0, m_post.total);
    postNext();
}

void EarningsController::cancelPost() {
    m_post.cancelled = true;
}

void EarningsController::postNext() {
    if (m_post.queue.isEmpty() || m_post.cancelled)
        return finishPosting();
    // A few events per job: progress stays live, and each event is still its own transaction.
    constexpr int kChunk = 10;
    const QList<EventRef> chunk = m_post.queue.mid(0, kChunk);
    m_post.queue.remove(0, chunk.size());
    m_inflight
        .add(m_session->executor()->run<QList<PostOutcome>>([chunk](QSqlDatabase &db) {
            return Result<QList<PostOutcome>>(EarningsRepository::recordEach(db, chunk));
        }))
        .then(this, [this, chunk](const Result<QList<PostOutcome>> &r) {
            if (!r.ok()) { // the job never reached the database (settings, connection)
                for (const EventRef &e : chunk)
                    m_post.refused.append({e, r.error().userMessage()});
                m_post.done += int(chunk.size());
                m_pane->setPostProgress(m_post.done, m_post.total);
                return postNext();
            }
            for (const PostOutcome &o : r.value()) {
                ++m_post.done;
                if (o.ok())
                    ++(o.posting->already ? m_post.already : m_post.posted);
                else
                    m_post.refused.append({o.event, o.error.userMessage()});
            }
            m_pane->setPostProgress(m_post.done, m_post.total);
            postNext();
        });
}

void EarningsController::finishPosting() {
    const PostRun run = m_post;
    m_post = PostRun{};
    QStringList parts;
    parts << tr("%n event(s) posted to the ledger", nullptr, run.posted);
    if (run.already)
        parts << tr("%n already posted", nullptr, run.already);
    if (!run.refused.isEmpty())
        parts << tr("%n refused (the reason is in the Detail column)", nullptr, int(run.refused.size()));
    if (run.cancelled && run.done < run.total)
        parts << tr("stopped with %n not tried", nullptr, run.total - run.done);
    m_pane->setPostFinished(parts.join(QStringLiteral("; ")) + u'.', run.refused);
    m_ledger->refresh();
    m_totals->setFilter(m_ledger->filter());
    reconcile(m_pane->selectedMonth());
}

void EarningsController::voidCharge(EventType kind, qint64 chargeId, const QString &reason) {
    m_inflight
        .add(m_session->executor()->run<int>([kind, chargeId, reason](QSqlDatabase &db) {
            return EarningsRepository::voidPartnershipCharge(db, kind, chargeId, reason);
        }))
        .then(this, [this, kind, chargeId](const Result<int> &r) {
            if (!r.ok())
                return report(tr("Void charge"), r.error().userMessage());
            m_pane->showMessage(
                r.value() == 0
                    ? tr("%1 #%2 was voided before; nothing changed.").arg(labelOf(kind)).arg(chargeId)
                    : tr("%1 #%2 voided: %n reversal row(s) posted.", nullptr, r.value())
                          .arg(labelOf(kind))
                          .arg(chargeId));
            m_ledger->refresh();
            m_totals->setFilter(m_ledger->filter());
            showSplit(kind, chargeId);
        });
}

void EarningsController::exportCsv(const LedgerFilter &f, const QString &path) {
    m_inflight
        .add(m_session->executor()->run<qint64>(
            [f, path](QSqlDatabase &db) { return EarningsRepository::exportCsv(db, f, path); }))
        .then(this, [this, path](const Result<qint64> &r) {
            if (!r.ok())
                return report(tr("Export"), r.error().userMessage());
            m_pane->showMessage(tr("%n row(s) exported to %1.", nullptr, int(r.value())).arg(path));
        });
}

void EarningsController::cancelBatch() {
    m_batch.cancel();
}

void EarningsController::applyFilter(const LedgerFilter &filter) {
    m_ledger->setFilter(filter);
    m_totals->setFilter(filter);
    refreshDataAsOf();
}

void EarningsController::refreshDataAsOf() {
    if (!m_session || !m_session->hasReports())
        return;
    m_inflight
        .add(m_session->reportsExecutor()->run<ReplicaStatus>(
            [](QSqlDatabase &db) { return ReplicaStatus::read(db); }))
        .then(this, [this](const Result<ReplicaStatus> &r) {
            if (!r.ok()) {
                m_pane->setDataAsOf(QString());
                return;
            }
            m_pane->setDataAsOf(r->describe());
            if (r->inRecovery && !r->caughtUp && !m_catchUpPending) {
                m_catchUpPending = true;
                QTimer::singleShot(2000, this, [this] {
                    m_catchUpPending = false;
                    m_ledger->refresh();
                    m_totals->setFilter(m_ledger->filter());
                    refreshDataAsOf();
                });
            }
        });
}

void EarningsController::loadCharts() {
    const QDate last = m_pane->selectedMonth();
    const QDate first = last.addMonths(-23);
    m_inflight
        .add(m_session->reportsExecutor()->run<QList<MonthlyRevenue>>(
            [first, last](QSqlDatabase &db) { return EarningsRepository::platformRevenue(db, first, last); }))
        .then(this, [this](const Result<QList<MonthlyRevenue>> &r) {
            if (r.ok())
                m_pane->setPlatformRevenue(r.value());
        });
}

void EarningsController::reconcile(const QDate &month) {
    m_inflight
        .add(m_session->executor()->run<QList<Difference>>(
            [month](QSqlDatabase &db) { return EarningsRepository::differences(db, month); }))
        .then(this, [this](const Result<QList<Difference>> &r) {
            if (r.ok())
                m_pane->setDifferences(r.value());
            else
                report(tr("Reconciliation"), r.error().userMessage());
        });
    m_inflight
        .add(m_session->executor()->run<QList<PayoutRow>>(
            [month](QSqlDatabase &db) { return EarningsRepository::payouts(db, month); }))
        .then(this, [this](const Result<QList<PayoutRow>> &r) {
            if (r.ok())
                m_pane->setPayouts(r.value());
        });
}

void EarningsController::preview(const QDate &month, const Payee &payee) {
    m_inflight
        .add(m_session->reportsExecutor()->run<QList<StatementData>>([month, payee](QSqlDatabase &db) {
            return EarningsRepository::loadStatements(db, month, payee);
        }))
        .then(this, [this, payee](const Result<QList<StatementData>> &r) {
            if (!r.ok())
                return report(tr("Statement"), r.error().userMessage());
            if (r.value().isEmpty())
                return m_pane->showMessage(tr("%1 has no statement for this month.").arg(payee.name));
            const StatementData &s = r.value().first();
            m_pane->showStatementPreview(s, StatementsBatch::fileName(s));
        });
}

void EarningsController::runBatch(const QDate &month, const QString &directory) {
    m_pane->setBatchProgress(0, 1);
    m_inflight
        .add(m_session->reportsExecutor()->run<QList<StatementData>>(
            [month](QSqlDatabase &db) { return EarningsRepository::loadStatements(db, month); }))
        .then(this, [this, directory](const Result<QList<StatementData>> &r) {
            if (!r.ok()) {
                m_pane->setBatchFinished(QString());
                return report(tr("Statements"), r.error().userMessage());
            }
            QFuture<StatementsBatch::Outcome> f = StatementsBatch::start(r.value(), directory);
            auto *watcher = new QFutureWatcher<StatementsBatch::Outcome>(this);
            connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
                    [this, watcher](int v) { m_pane->setBatchProgress(v, watcher->progressMaximum()); });
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
                const QFuture<StatementsBatch::Outcome> done = watcher->future();
                watcher->deleteLater();
                if (done.isCanceled() || done.resultCount() == 0) {
                    m_pane->setBatchFinished(tr("Statements cancelled."));
                    return;
                }
                const StatementsBatch::Outcome o = done.result();
                m_pane->setBatchFinished(
                    !o.error.isEmpty() ? o.error
                    : o.cancelled      ? tr("Statements cancelled after %n file(s).", nullptr, o.written)
                                  : tr("%n statement(s) saved, and the combined PDF %1.", nullptr, o.written)
                                        .arg(o.combined));
            });
            watcher->setFuture(f);
            m_batch = QFuture<void>(f);
        });
}

void EarningsController::loadFeeRules(qint64 selectId) {
    m_inflight
        .add(m_session->executor()->run<QList<FeeRuleRow>>(
            [](QSqlDatabase &db) { return EarningsRepository::feeRules(db); }))
        .then(this, [this, selectId](const Result<QList<FeeRuleRow>> &r) {
            if (!r.ok())
                return report(tr("Fee rules"), r.error().userMessage());
            m_pane->setFeeRules(r.value(), selectId);
        });
}

QString EarningsController::feeError(const DbError &e) {
    switch (e.kind) {
    case DbError::Kind::Forbidden:
        return tr("Only finance may change platform fees. Nothing was changed.");
    case DbError::Kind::Invalid:
        return tr("The fee was not changed: %1").arg(e.serverText());
    case DbError::Kind::NotFound:
        return tr("The fee rule being replaced no longer exists. Nothing was changed; the list has been "
                  "reloaded.");
    case DbError::Kind::Conflict:
        return tr("Someone else changed this fee rule first. Nothing was changed; the list has been "
                  "reloaded: check it and try again.");
    default:
        return e.userMessage();
    }
}

void EarningsController::setFeeRule(const FeeRuleChange &change) {
    const RequestKey key = RequestKey::create(); // one per intent: a retry re-sends it
    m_inflight
        .add(m_session->executor()->run<qint64>(
            [key, change](QSqlDatabase &db) { return EarningsRepository::setFeeRule(db, key, change); }))
        .then(this, [this, change](const Result<qint64> &r) {
            if (!r.ok()) {
                report(tr("Fee rules"), feeError(r.error()));
                if (r.error().kind == DbError::Kind::NotFound || r.error().kind == DbError::Kind::Conflict)
                    loadFeeRules();
                return;
            }
            const QLocale locale;
            m_pane->showMessage(tr("New fee version #%1 saved: %2 from %3.")
                                    .arg(r.value())
                                    .arg(BasisPoints(change.feeBp).toString(locale),
                                         locale.toString(change.effectiveFrom, QLocale::ShortFormat)));
            loadFeeRules(r.value());
        });
}

void EarningsController::loadWorkshopFees() {
    const QList<qint64> ids = m_session->identity().workshopIds;
    m_inflight
        .add(m_session->executor()->run<QList<WorkshopFee>>(
            [ids](QSqlDatabase &db) { return EarningsRepository::workshopFees(db, ids); }))
        .then(this, [this](const Result<QList<WorkshopFee>> &r) {
            if (!r.ok())
                return report(tr("Platform fee"), r.error().userMessage());
            m_pane->setWorkshopFees(r.value());
        });
}

void EarningsController::loadPartnershipEarnings(const QDate &from, const QDate &to) {
    ++m_partnershipGeneration;
    const quint64 generation = m_partnershipGeneration;
    m_inflight
        .add(m_session->executor()->run<QList<PartnershipEarningsRow>>(
            [from, to](QSqlDatabase &db) { return EarningsRepository::partnershipEarnings(db, from, to); }))
        .then(this, [this, generation](const Result<QList<PartnershipEarningsRow>> &r) {
            if (generation != m_partnershipGeneration)
                return; // a later range was asked for
            if (!r.ok())
                return report(tr("Partnerships"), r.error().userMessage());
            m_pane->setPartnershipEarnings(r.value());
        });
}

void EarningsController::report(const QString &what, const QString &message) {
    m_pane->showMessage(what + QStringLiteral(": ") + message, true);
}

} // namespace adesk
