#pragma once

#include "models/compliance/requirementtypes.h"
#include "models/core/inflight.h"

#include <QObject>
#include <QPointer>

namespace adesk {

class DbExecutor;
class RequirementRulesModel;
class RequirementsPane;
class Session;

/// Turns the Requirements pane's intents into RequirementRepository calls on the executor's
/// workers: loads the rules in effect on the chosen date (or every rule), adds and ends rules (the
/// server's refusal shown as is), then reloads. Admins only (featurepanes.cpp).
class RequirementsController : public QObject {
    Q_OBJECT
public:
    RequirementsController(DbExecutor *executor, QObject *parent = nullptr);
    void attach(RequirementsPane *pane);
    RequirementRulesModel *model() const { return m_model; }

    /// The pane with its model and a controller it owns.
    static RequirementsPane *createPane(Session *session, QWidget *parent);

public slots:
    void reload();
    void add(const QString &province, adesk::RequirementPath path, adesk::verification::Type type,
             const QDate &from);
    void end(qint64 ruleId, const QDate &to);

signals:
    void reloaded();

private:
    QPointer<DbExecutor> m_executor;
    QPointer<RequirementsPane> m_pane;
    RequirementRulesModel *m_model;
    quint64 m_generation = 0;
    InFlight m_inflight;
};

} // namespace adesk
