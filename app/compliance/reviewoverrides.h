#pragma once

#include "models/core/inflight.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace adesk {

class ReviewPane;
class Session;

/// The review pane's part of issue 15 ("Re-uploads", "Overrides"), beside ReviewController: for the
/// open verification, loads the requirement's history and whether an approved override exists
/// (OverrideRepository) into the history panel and the decision panel (Approve becomes "Request
/// second approval…" on a flagged document); flags a document "potentially edited", requests the
/// second approval, opens an earlier submission's document in the viewer. Admins only.
class ReviewOverrides : public QObject {
    Q_OBJECT
public:
    ReviewOverrides(Session *session, ReviewPane *pane, QObject *parent = nullptr);

public slots:
    void load(qint64 verificationId);
    void flag(qint64 verificationId, const QString &reason);
    void requestSecondApproval(qint64 verificationId);
    void openDocument(qint64 documentId);

private:
    QPointer<Session> m_session;
    QPointer<ReviewPane> m_pane;
    qint64 m_current = 0;
    quint64 m_generation = 0;
    QTimer m_refresh;
    InFlight m_inflight;
};

} // namespace adesk
