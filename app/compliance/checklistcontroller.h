#pragma once

#include "models/core/inflight.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace adesk {

class ChecklistPanel;
class ReviewController;
class ReviewPane;
class Session;

/// Loads the entity's checklist and the approval effect of the item the review pane shows
/// (RequirementRepository on the session's workers) into its ChecklistPanel: when an item is
/// shown, after a decision, and when verifications change elsewhere (desk_verifications). Admins
/// only: for others the panel stays hidden.
class ChecklistController : public QObject {
    Q_OBJECT
public:
    /// Attaches to @p pane's checklist panel and @p review's signals; owned by @p review.
    static void attach(Session *session, ReviewPane *pane, ReviewController *review);

    ChecklistController(Session *session, ChecklistPanel *panel, QObject *parent);

public slots:
    void load(qint64 verificationId);
    void reload();

private:
    QPointer<Session> m_session;
    QPointer<ChecklistPanel> m_panel;
    qint64 m_id = 0;
    quint64 m_generation = 0;
    QTimer m_refresh;
    InFlight m_inflight;
};

} // namespace adesk
