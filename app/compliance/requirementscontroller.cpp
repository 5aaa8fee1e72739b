#include "app/compliance/requirementscontroller.h"

#include "app/shell/session.h"
#include "models/compliance/requirementrepository.h"
#include "models/compliance/requirementrulesmodel.h"
#include "models/core/dbexecutor.h"
#include "views/compliance/requirementspane.h"

#include <QLocale>

namespace adesk {

namespace {
struct Loaded {
    QList<RequirementRule> rules;
    QDate floor;
};
} // namespace

RequirementsController::RequirementsController(DbExecutor *executor, QObject *parent)
    : QObject(parent)
    , m_executor(executor)
    , m_model(new RequirementRulesModel(this)) {}

void RequirementsController::attach(RequirementsPane *pane) {
    m_pane = pane;
    connect(pane, &RequirementsPane::firstShown, this, &RequirementsController::reload);
    connect(pane, &RequirementsPane::dateChanged, this, &RequirementsController::reload);
    connect(pane, &RequirementsPane::addRequested, this, &RequirementsController::add);
    connect(pane, &RequirementsPane::endRequested, this, &RequirementsController::end);
}

RequirementsPane *RequirementsController::createPane(Session *session, QWidget *parent) {
    auto *controller = new RequirementsController(session->executor());
    auto *pane = new RequirementsPane(controller->model(), parent);
    controller->setParent(pane);
    controller->attach(pane);
    return pane;
}

void RequirementsController::reload() {
    if (!m_executor || !m_pane)
        return;
    const QDate on = m_pane->shownDate();
    const quint64 generation = ++m_generation;
    m_inflight
        .add(m_executor->run<Loaded>([on](QSqlDatabase &db) -> Result<Loaded> {
            Loaded l;
            const auto rules = RequirementRepository::rules(db, on);
            if (!rules)
                return rules.error();
            const auto floor = RequirementRepository::editFloor(db);
            if (!floor)
                return floor.error();
            l.rules = *rules;
            l.floor = *floor;
            return l;
        }))
        .then(this, [this, generation](const Result<Loaded> &r) {
            if (!m_pane || generation != m_generation)
                return;
            if (!r) {
                m_pane->showMessage(r.error().userMessage(), true);
                return;
            }
            m_model->setRules(r->rules, r->floor);
            m_pane->setEditFloor(r->floor);
            emit reloaded();
        });
}

void RequirementsController::add(const QString &province, RequirementPath path, verification::Type type,
                                 const QDate &from) {
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<qint64>([=](QSqlDatabase &db) {
            return RequirementRepository::addRule(db, key, province, path, type, from);
        }))
        .then(this, [this, path, type, from](const Result<qint64> &r) {
            if (!m_pane)
                return;
            m_pane->showMessage(r ? tr("%1 is required of: %2, from %3.")
                                        .arg(verification::typeLabel(type), labelOf(path),
                                             QLocale().toString(from, QLocale::LongFormat))
                                  : r.error().userMessage(),
                                !r);
            reload();
        });
}

void RequirementsController::end(qint64 ruleId, const QDate &to) {
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<bool>(
            [=](QSqlDatabase &db) { return RequirementRepository::endRule(db, key, ruleId, to); }))
        .then(this, [this, to](const Result<bool> &r) {
            if (!m_pane)
                return;
            if (!r)
                m_pane->showMessage(r.error().userMessage(), true);
            else
                m_pane->showMessage(*r ? tr("The rule ends: it no longer applies from %1.")
                                             .arg(QLocale().toString(to, QLocale::LongFormat))
                                       : tr("The rule had not begun: it is withdrawn."),
                                    false);
            reload();
        });
}

} // namespace adesk
