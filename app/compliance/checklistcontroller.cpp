#include "app/compliance/checklistcontroller.h"

#include "app/compliance/reviewcontroller.h"
#include "app/shell/session.h"
#include "models/compliance/requirementrepository.h"
#include "models/core/dbexecutor.h"
#include "models/core/notificationlistener.h"
#include "views/compliance/checklistpanel.h"
#include "views/compliance/reviewpane.h"

namespace adesk {

void ChecklistController::attach(Session *session, ReviewPane *pane, ReviewController *review) {
    ChecklistPanel *panel = pane->checklistPanel();
    if (!session->identity().isAdmin()) {
        panel->hide();
        return;
    }
    auto *c = new ChecklistController(session, panel, review);
    connect(pane, &ReviewPane::currentVerificationChanged, c, [c, panel](qint64 id) {
        if (!id)
            panel->clear();
        else
            panel->setLoading(id);
    });
    connect(review, &ReviewController::itemShown, c, &ChecklistController::load);
    connect(review, &ReviewController::decisionFinished, c, [c](qint64, bool) { c->reload(); });
}

ChecklistController::ChecklistController(Session *session, ChecklistPanel *panel, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_panel(panel) {
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(300);
    connect(&m_refresh, &QTimer::timeout, this, &ChecklistController::reload);
    if (NotificationListener *listener = session->listener())
        connect(listener, &NotificationListener::notified, this,
                [this](const QString &channel, const QString &) {
                    if (m_id && channel == u"desk_verifications")
                        m_refresh.start();
                });
}

void ChecklistController::load(qint64 verificationId) {
    m_id = verificationId;
    reload();
}

void ChecklistController::reload() {
    if (!m_session || !m_panel || !m_id)
        return;
    const qint64 id = m_id;
    const quint64 generation = ++m_generation;
    m_inflight
        .add(m_session->executor()->run<Checklist>(
            [id](QSqlDatabase &db) { return RequirementRepository::checklist(db, id); }))
        .then(this, [this, id, generation](const Result<Checklist> &r) {
            if (!m_panel || generation != m_generation || id != m_id)
                return;
            if (!r) {
                if (r.error().kind != DbError::Kind::Cancelled)
                    m_panel->showError(r.error().userMessage());
                return;
            }
            m_panel->setChecklist(r.value());
        });
}

} // namespace adesk
