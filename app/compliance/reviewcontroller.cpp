#include "app/compliance/reviewcontroller.h"
#include "app/compliance/reviewoverrides.h"

#include "app/compliance/checklistcontroller.h"
#include "app/shell/session.h"
#include "models/compliance/verificationqueuemodel.h"
#include "views/compliance/decisionpanel.h"
#include "views/compliance/queuefilterbar.h"
#include "views/compliance/reviewpane.h"
#include "views/documents/documentview.h"

#include <QLocale>
#include <QSettings>
#include <QStandardPaths>

namespace adesk {

using Decision = VerificationRepository::Decision;
using Kind = DecisionPanel::MessageKind;

ReviewController::ReviewController(Session *session, ReviewPane *pane, VerificationQueueModel *model,
                                   QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_pane(pane)
    , m_model(model) {
    m_fetcher = new DocumentFetcher(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                                        QStringLiteral("/documents"),
                                    64 * 1024 * 1024, this);
    m_renew.setInterval(kLeaseSeconds * 1000 / 3);
    connect(&m_renew, &QTimer::timeout, this, &ReviewController::renewClaim);

    connect(pane, &ReviewPane::currentVerificationChanged, this, &ReviewController::open);
    if (session->identity().isAdmin()) // re-uploads' history and overrides (issue 15)
        new ReviewOverrides(session, pane, this);
    connect(pane, &ReviewPane::filterChanged, this, &ReviewController::applyFilter);
    connect(pane, &ReviewPane::refreshRequested, m_model, &VerificationQueueModel::refresh);

    DecisionPanel *panel = pane->decisionPanel();
    connect(panel, &DecisionPanel::approveRequested, this, &ReviewController::approve);
    connect(panel, &DecisionPanel::rejectRequested, this, &ReviewController::reject);
    connect(panel, &DecisionPanel::requestInfoRequested, this, &ReviewController::requestInfo);
    ChecklistController::attach(session, pane, this); // the entity's requirements (issue 15)

    NotificationListener *listener = session->listener();
    connect(listener, &NotificationListener::notified, this,
            [this](const QString &channel, const QString &payload) {
                if (channel == u"desk_verifications") {
                    m_model->applyNotification(payload);
                    // The open item changed elsewhere (another admin, a sweep): refresh its detail.
                    if (payload == u"*" || payload.toLongLong() == m_currentId)
                        loadDetail(m_currentId, true);
                }
            });
    connect(listener, &NotificationListener::listening, this, [this] {
        if (!m_model->isActive())
            return; // nothing loaded yet: the first load sees everything
        m_model->refresh();
        if (m_currentId)
            loadDetail(m_currentId, true);
        retryPending();
    });
}

void ReviewController::applyFilter(const QueueFilter &f) {
    m_model->setFilter(f);
    QSettings s;
    s.setValue(QStringLiteral("review/status"), f.status);
    s.setValue(QStringLiteral("review/type"), f.verificationType);
    s.setValue(QStringLiteral("review/entity"), f.entityType);
    s.setValue(QStringLiteral("review/province"), f.province);
    s.setValue(QStringLiteral("review/expiringDays"), f.expiringWithinDays);
}

void ReviewController::approve(qint64 id, int version, const QString &note, const VerificationFields &f) {
    submit({id, version, Decision::Approve, QString(), note, f});
}

void ReviewController::reject(qint64 id, int version, const QString &reason, const QString &note,
                              const VerificationFields &f) {
    submit({id, version, Decision::Reject, reason, note, f});
}

void ReviewController::requestInfo(qint64 id, int version, const QString &note) {
    submit({id, version, Decision::RequestInfo, QString(), note, std::nullopt});
}

ReviewController::~ReviewController() {
    shutdown();
}

void ReviewController::start() {
    Session *s = m_session;
    if (!s)
        return;
    const QString lang =
        QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    m_inflight
        .add(s->executor()->run<QList<RejectionReason>>(
            [lang](QSqlDatabase &db) { return VerificationRepository::rejectionReasons(db, lang); }))
        .then(this, [this](const Result<QList<RejectionReason>> &r) {
            if (r.ok())
                m_pane->decisionPanel()->setReasons(r.value());
        });

    QSettings settings;
    QueueFilter f;
    f.status = settings.value(QStringLiteral("review/status"), QStringLiteral("pending")).toString();
    f.verificationType = settings.value(QStringLiteral("review/type")).toString();
    f.entityType = settings.value(QStringLiteral("review/entity")).toString();
    f.province = settings.value(QStringLiteral("review/province")).toString();
    f.expiringWithinDays = settings.value(QStringLiteral("review/expiringDays"), -1).toInt();
    m_pane->filterBar()->setFilter(f);

    if (s->identity().isAdmin()) {
        // The app runs the expiry sweep when an admin signs in, then loads the queue.
        m_inflight
            .add(s->executor()->run<int>(
                [](QSqlDatabase &db) { return VerificationRepository::expireSweep(db); }))
            .then(this, [this, f](const Result<int> &r) {
                if (r.ok()) {
                    if (r.value() > 0)
                        emit statusMessage(
                            tr("Expiry sweep: %n verification(s) expired.", nullptr, r.value()));
                    emit sweepFinished(r.value());
                }
                m_model->setFilter(f);
            });
    } else {
        m_model->setFilter(f);
    }
}

void ReviewController::shutdown() {
    m_renew.stop();
    if (m_claimedId && m_session) {
        const qint64 id = m_claimedId;
        m_claimedId = 0;
        // Queued, not awaited: a server that stops answering must not hang the closing pane. The
        // session's executor runs it before it stops (within its bound); else the lease expires.
        const RequestKey key = RequestKey::create();
        m_session->executor()->run<Done>(
            [id, key](QSqlDatabase &db) { return VerificationRepository::release(db, key, id); });
    }
}

void ReviewController::open(qint64 id) {
    Session *s = m_session;
    if (!s)
        return;
    DecisionPanel *panel = m_pane->decisionPanel();
    // Release the previous lease: the item is free for others as soon as we move on.
    if (m_claimedId && m_claimedId != id) {
        const qint64 old = m_claimedId;
        m_claimedId = 0;
        const RequestKey key = RequestKey::create();
        s->executor()->run<Done>(
            [old, key](QSqlDatabase &db) { return VerificationRepository::release(db, key, old); });
    }
    m_renew.stop();
    m_currentId = id;
    const quint64 generation = ++m_openGeneration;
    if (!id) {
        panel->clear();
        m_pane->documentView()->clear();
        return;
    }
    // Nothing of the previous item stays on screen (its fields, its rejection reason, its enabled
    // buttons) while this one loads: a keystroke now must not decide anything.
    if (panel->currentId() != id)
        panel->clear(tr("Loading…"));
    const bool claim = s->identity().isAdmin() && !m_pane->isReadOnly();
    struct Opened {
        VerificationDetail detail;
        std::optional<VerificationRepository::Claim> claim;
        DbError claimError;
        std::optional<DocumentBytes> document;
        DbError documentError;
    };
    const RequestKey claimKey = RequestKey::create();
    m_inflight
        .add(s->executor()->run<Opened>([id, claim, claimKey](QSqlDatabase &db) -> Result<Opened> {
            Opened o;
            if (claim) {
                auto c = VerificationRepository::claim(db, claimKey, id, kLeaseSeconds);
                if (c.ok() && !c->claimedBy.isEmpty())
                    o.claim = c.value();
                else if (c.error().kind == DbError::Kind::ConnectionLost)
                    return c.error();
                else
                    o.claimError = c.error();
            }
            auto d = VerificationRepository::loadDetail(db, id);
            if (!d.ok())
                return d.error();
            o.detail = d.value();
            if (o.detail.documentId && o.detail.storageUrl.isEmpty()) {
                auto doc = VerificationRepository::loadDocument(db, o.detail.documentId);
                if (doc.ok())
                    o.document = doc.value();
                else
                    o.documentError = doc.error();
            }
            return o;
        }))
        .then(this, [this, id, generation](const Result<Opened> &r) {
            if (generation != m_openGeneration)
                return; // the admin already moved on
            DecisionPanel *panel = m_pane->decisionPanel();
            DocumentView *viewer = m_pane->documentView();
            if (!r.ok()) {
                panel->clear(tr("Could not open this item"));
                panel->showMessage(r.error().userMessage(), Kind::Error);
                viewer->showMissing(r.error().userMessage());
                return;
            }
            const Opened &o = r.value();
            panel->setDetail(o.detail);
            const bool pending = o.detail.status == verification::Status::Pending;
            if (m_pane->isReadOnly()) {
                panel->setDecisionsEnabled(false, tr("Read-only: decisions are made by platform admins."));
            } else if (o.claim && !o.claim->claimedBy.isEmpty()) {
                m_claimedId = id;
                m_renew.start();
                panel->setDecisionsEnabled(true);
                panel->setClaimText(pending
                                        ? tr("You are reviewing this item (held for you until %1).")
                                              .arg(QLocale().toString(o.claim->expiresAt.toLocalTime().time(),
                                                                      QLocale::ShortFormat))
                                        : QString());
            } else if (o.claimError.kind == DbError::Kind::Claimed) {
                panel->setDecisionsEnabled(false, o.claimError.userMessage());
            } else if (o.claimError.isError()) {
                panel->setDecisionsEnabled(false, o.claimError.userMessage());
            } else {
                panel->setDecisionsEnabled(true); // already decided or expired: nothing to claim
                panel->setClaimText(QString());
            }
            if (!o.detail.documentId) {
                viewer->showMissing(tr("No document was uploaded for this verification."));
            } else if (!o.detail.storageUrl.isEmpty()) {
                // Object storage: download (cached), check the sha256, then show.
                viewer->showMissing(tr("Downloading the document…"));
                const quint64 gen = m_openGeneration;
                const VerificationDetail detail = o.detail;
                m_inflight.add(m_fetcher->fetch(QUrl(detail.storageUrl), detail.sha256))
                    .then(this, [this, gen, detail](const Result<QByteArray> &bytes) {
                        if (gen != m_openGeneration)
                            return;
                        DocumentView *v = m_pane->documentView();
                        m_pane->decisionPanel()->setDocumentIntegrity(bytes.ok());
                        if (bytes.ok())
                            v->setDocument(bytes.value(), detail.mimeType, detail.fileName);
                        else
                            v->showMissing(bytes.error().serverText());
                    });
            } else if (o.document) {
                panel->setDocumentIntegrity(o.document->sha256Matches);
                viewer->setDocument(o.document->bytes, o.document->mimeType, o.document->fileName);
            } else {
                viewer->showMissing(o.documentError.userMessage());
            }
            emit itemShown(id);
        });
}

void ReviewController::loadDetail(qint64 id, bool keepEdits) {
    Session *s = m_session;
    if (!s || !id)
        return;
    const quint64 generation = m_openGeneration;
    m_inflight
        .add(s->executor()->run<VerificationDetail>(
            [id](QSqlDatabase &db) { return VerificationRepository::loadDetail(db, id); }))
        .then(this, [this, id, generation, keepEdits](const Result<VerificationDetail> &r) {
            if (generation != m_openGeneration || id != m_currentId || !r.ok())
                return;
            DecisionPanel *panel = m_pane->decisionPanel();
            const bool wasPending = panel->detail().status == verification::Status::Pending;
            panel->setDetail(r.value(), keepEdits);
            if (wasPending && r->status != verification::Status::Pending && !m_pending)
                panel->showMessage(tr("This item was just decided elsewhere: %1 by %2.")
                                       .arg(verification::statusLabel(r->status), r->verifiedByName),
                                   Kind::Warning);
        });
}

void ReviewController::renewClaim() {
    Session *s = m_session;
    if (!s || !m_claimedId)
        return;
    const qint64 id = m_claimedId;
    const RequestKey key = RequestKey::create();
    s->executor()->run<VerificationRepository::Claim>(
        [id, key](QSqlDatabase &db) { return VerificationRepository::claim(db, key, id, kLeaseSeconds); });
}

void ReviewController::submit(PendingDecision d) {
    Session *s = m_session;
    if (!s)
        return;
    DecisionPanel *panel = m_pane->decisionPanel();
    panel->setBusy(true);
    panel->showMessage(tr("Saving…"), Kind::Info);
    m_inflight
        .add(s->executor()->run<int>([d](QSqlDatabase &db) {
            return VerificationRepository::decide(db, d.key, d.id, d.version, d.decision, d.reasonCode,
                                                  d.note, d.fields);
        }))
        .then(this, [this, d](const Result<int> &r) { onDecided(d, r); });
}

void ReviewController::onDecided(const PendingDecision &d, const Result<int> &r) {
    DecisionPanel *panel = m_pane->decisionPanel();
    const bool visible = d.id == m_currentId;
    if (visible)
        panel->setBusy(false);
    if (r.ok()) {
        m_pending.reset();
        if (m_claimedId == d.id)
            m_claimedId = 0; // deciding releases the lease
        panel->forgetDraft(d.id);
        const QString what = d.decision == Decision::Approve ? tr("Approved.")
                             : d.decision == Decision::Reject
                                 ? tr("Rejected.")
                                 : tr("Information requested from the applicant.");
        emit statusMessage(what);
        emit decisionFinished(d.id, true);
        if (visible) {
            panel->showMessage(what, Kind::Success);
            if (m_pane->model()->filter().status == u"pending" && d.decision != Decision::RequestInfo)
                m_pane->selectNext();
            else
                loadDetail(d.id, false);
        }
        return;
    }
    const DbError &e = r.error();
    if (e.kind == DbError::Kind::ConnectionLost) {
        // The executor already retried once on a fresh connection. Keep the decision and retry when
        // the listener sees the server again; the retry carries the decision's request key, so if an
        // earlier attempt did commit the server answers with that attempt's result.
        m_pending = d;
        if (visible)
            panel->showMessage(tr("Not saved yet: the connection to the database is down. Your decision "
                                  "will be sent again as soon as it is back."),
                               Kind::Warning);
        emit decisionFinished(d.id, false);
        return;
    }
    m_pending.reset();
    if (visible) {
        panel->showMessage(e.userMessage(), e.kind == DbError::Kind::Invalid ? Kind::Warning : Kind::Error);
        if (e.kind == DbError::Kind::Conflict || e.kind == DbError::Kind::NotPending ||
            e.kind == DbError::Kind::Claimed)
            loadDetail(d.id, true);
    }
    emit decisionFinished(d.id, false);
}

void ReviewController::retryPending() {
    if (!m_pending)
        return;
    PendingDecision d = *m_pending;
    m_pending.reset();
    submit(d);
}

} // namespace adesk
