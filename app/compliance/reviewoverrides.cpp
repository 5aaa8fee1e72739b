#include "app/compliance/reviewoverrides.h"

#include "app/shell/session.h"
#include "models/compliance/overriderepository.h"
#include "models/compliance/verificationrepository.h"
#include "models/core/dbexecutor.h"
#include "models/core/notificationlistener.h"
#include "views/compliance/decisionpanel.h"
#include "views/compliance/historypanel.h"
#include "views/compliance/reviewpane.h"
#include "views/documents/documentview.h"

#include <QInputDialog>

namespace adesk {

ReviewOverrides::ReviewOverrides(Session *session, ReviewPane *pane, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_pane(pane) {
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(400);
    connect(&m_refresh, &QTimer::timeout, this, [this] { load(m_current); });
    connect(pane, &ReviewPane::currentVerificationChanged, this, &ReviewOverrides::load);
    connect(pane->historyPanel(), &HistoryPanel::flagRequested, this, &ReviewOverrides::flag);
    connect(pane->historyPanel(), &HistoryPanel::openDocumentRequested, this, &ReviewOverrides::openDocument);
    connect(pane->decisionPanel(), &DecisionPanel::secondApprovalRequested, this,
            &ReviewOverrides::requestSecondApproval);
    if (session->listener())
        connect(session->listener(), &NotificationListener::notified, this,
                [this](const QString &channel, const QString &) {
                    if (m_current && (channel == u"desk_overrides" || channel == u"desk_verifications"))
                        m_refresh.start();
                });
}

void ReviewOverrides::load(qint64 verificationId) {
    if (!m_session || !m_pane)
        return;
    const quint64 generation = ++m_generation;
    m_current = verificationId;
    if (verificationId <= 0) {
        m_pane->historyPanel()->clear();
        return;
    }
    struct Loaded {
        QList<HistoryEntry> history;
        bool overrideApproved = false;
    };
    m_inflight
        .add(m_session->executor()->run<Loaded>([verificationId](QSqlDatabase &db) -> Result<Loaded> {
            Loaded l;
            auto h = OverrideRepository::history(db, verificationId);
            if (!h)
                return h.error();
            auto o = OverrideRepository::hasApprovedOverride(db, verificationId);
            if (!o)
                return o.error();
            l.history = h.value();
            l.overrideApproved = o.value();
            return l;
        }))
        .then(this, [this, verificationId, generation](const Result<Loaded> &r) {
            if (!m_pane || generation != m_generation)
                return;
            if (!r) {
                m_pane->historyPanel()->clear();
                return;
            }
            m_pane->historyPanel()->setHistory(verificationId, r->history, r->overrideApproved);
            bool flagged = false;
            for (const HistoryEntry &e : r->history)
                if (e.id == verificationId)
                    flagged = e.editFlaggedAt.isValid() && e.status == u"pending";
            m_pane->decisionPanel()->setApprovalNeedsOverride(verificationId,
                                                              flagged && !r->overrideApproved);
        });
}

void ReviewOverrides::flag(qint64 verificationId, const QString &reason) {
    if (!m_session)
        return;
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_session->executor()->run<int>([=](QSqlDatabase &db) {
            return OverrideRepository::flagEdited(db, key, verificationId, reason);
        }))
        .then(this, [this](const Result<int> &r) {
            if (!m_pane)
                return;
            m_pane->decisionPanel()->showMessage(
                r ? tr("Flagged as potentially edited: approving it now needs a second admin.")
                  : r.error().userMessage(),
                r ? DecisionPanel::MessageKind::Warning : DecisionPanel::MessageKind::Error);
            emit m_pane->refreshRequested();
            load(m_current);
        });
}

void ReviewOverrides::requestSecondApproval(qint64 verificationId) {
    if (!m_session || !m_pane)
        return;
    bool ok = false;
    const QString reason =
        QInputDialog::getText(m_pane, tr("Request second approval"),
                              tr("This document is flagged as potentially edited. Why should it be approved? "
                                 "Another admin decides in Overrides."),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (!ok || reason.isEmpty())
        return;
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_session->executor()->run<qint64>([=](QSqlDatabase &db) {
            return OverrideRepository::requestFlaggedApproval(db, key, verificationId, reason);
        }))
        .then(this, [this](const Result<qint64> &r) {
            if (!m_pane)
                return;
            m_pane->decisionPanel()->showMessage(
                r ? tr("Second approval requested: another admin decides in Overrides.")
                  : r.error().userMessage(),
                r ? DecisionPanel::MessageKind::Info : DecisionPanel::MessageKind::Error);
        });
}

void ReviewOverrides::openDocument(qint64 documentId) {
    if (!m_session)
        return;
    m_inflight
        .add(m_session->executor()->run<DocumentBytes>(
            [documentId](QSqlDatabase &db) { return VerificationRepository::loadDocument(db, documentId); }))
        .then(this, [this](const Result<DocumentBytes> &r) {
            if (!m_pane)
                return;
            if (!r) {
                m_pane->documentView()->showMissing(r.error().userMessage());
                return;
            }
            m_pane->documentView()->setDocument(r->bytes, r->mimeType, r->fileName);
        });
}

} // namespace adesk
