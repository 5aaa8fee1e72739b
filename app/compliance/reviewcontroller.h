#pragma once

#include "models/compliance/verification.h"
#include "models/compliance/verificationrepository.h"
#include "models/core/inflight.h"
#include "models/documents/documentfetcher.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace adesk {

class ReviewPane;
class Session;
class VerificationQueueModel;

/// Turns the review pane's intents into repository calls on the session's worker threads.
///
/// Opening an item claims it for kLeaseSeconds (renewed while it stays open, released when the
/// admin moves on), loads its detail and its document bytes (sha256 checked) and hands them to
/// the pane. Decisions go through desk.decide_verification with the version the admin saw:
/// a conflict reloads the item and keeps the note; a dropped connection is retried once by the
/// executor, then kept as a pending decision and retried when the listener reconnects — or
/// reported — never silently lost. The pane's intents are connected to the named slots below; results
/// go back through the panes' public slots.
class ReviewController : public QObject {
    Q_OBJECT
public:
    static constexpr int kLeaseSeconds = 900;

    ReviewController(Session *session, ReviewPane *pane, VerificationQueueModel *model,
                     QObject *parent = nullptr);
    ~ReviewController() override;

    /// Stops renewing and queues the release of the current claim, without waiting for the database
    /// (call before the window closes).
    void shutdown();

    qint64 currentId() const { return m_currentId; }
    bool hasPendingDecision() const { return m_pending.has_value(); }

public slots:
    /// Loads reference data, runs the expiry sweep (admins), applies the saved filter.
    void start();
    // The pane's intents.
    void open(qint64 id);
    void applyFilter(const adesk::QueueFilter &filter);
    void approve(qint64 id, int version, const QString &note, const adesk::VerificationFields &fields);
    void reject(qint64 id, int version, const QString &reasonCode, const QString &note,
                const adesk::VerificationFields &fields);
    void requestInfo(qint64 id, int version, const QString &note);

signals:
    /// For the status bar and tests.
    void statusMessage(const QString &text);
    /// The current item's detail and document were shown.
    void itemShown(qint64 id);
    /// A decision finished (ok false: reported to the user).
    void decisionFinished(qint64 id, bool ok);
    void sweepFinished(int expired);

private:
    struct PendingDecision {
        qint64 id;
        int version;
        VerificationRepository::Decision decision;
        QString reasonCode;
        QString note;
        std::optional<VerificationFields> fields;
        /// One key per decision the admin makes: every re-submission of it (the executor's retry,
        /// retryPending()) sends the same key, so a decision that did land is answered with its result.
        RequestKey key = RequestKey::create();
    };

    void loadDetail(qint64 id, bool keepEdits);
    void renewClaim();
    void submit(PendingDecision d);
    void onDecided(const PendingDecision &d, const Result<int> &r);
    void retryPending();

    QPointer<Session> m_session;
    ReviewPane *m_pane;
    VerificationQueueModel *m_model;
    qint64 m_currentId = 0;
    qint64 m_claimedId = 0;
    quint64 m_openGeneration = 0;
    QTimer m_renew;
    DocumentFetcher *m_fetcher;
    std::optional<PendingDecision> m_pending;
    InFlight m_inflight; ///< jobs whose continuations are bound to this controller
};

} // namespace adesk
