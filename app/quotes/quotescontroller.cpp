#include "app/quotes/quotescontroller.h"

#include "app/shell/panejob.h"
#include "app/shell/session.h"
#include "models/core/dbexecutor.h"
#include "models/core/notificationlistener.h"
#include "models/quotes/leadmodel.h"
#include "models/quotes/quotemodel.h"
#include "models/quotes/quoterepository.h"
#include "views/quotes/quotespane.h"

namespace adesk {

namespace {
struct Loaded {
    QList<LeadRow> leads;
    QList<QuoteRow> quotes;
};
} // namespace

QuotesController::QuotesController(DbExecutor *executor, NotificationListener *listener, const Identity &who,
                                   QObject *parent)
    : QObject(parent)
    , m_executor(executor)
    , m_who(who)
    , m_leads(new LeadModel(this))
    , m_quotes(new QuoteModel(this)) {
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(300);
    connect(&m_refresh, &QTimer::timeout, this, &QuotesController::reload);
    if (listener) {
        connect(listener, &NotificationListener::notified, this,
                [this](const QString &channel, const QString &) {
                    if (m_started && channel == u"desk_quotes")
                        m_refresh.start();
                });
        connect(listener, &NotificationListener::listening, this, [this] {
            if (m_started)
                reload();
        });
    }
}

void QuotesController::attach(QuotesPane *pane) {
    m_pane = pane;
    connect(pane, &QuotesPane::firstShown, this, &QuotesController::start);
    connect(pane, &QuotesPane::leadStatusRequested, this, &QuotesController::setLeadStatus);
    connect(pane, &QuotesPane::decideRequested, this, &QuotesController::decide);
}

QuotesPane *QuotesController::createPane(Session *session, QWidget *parent) {
    auto *controller = new QuotesController(session->executor(), session->listener(), session->identity());
    auto *pane =
        new QuotesPane(controller->leads(), controller->quotes(), !session->identity().isOwner(), parent);
    controller->setParent(pane);
    controller->attach(pane);
    return pane;
}

void QuotesController::start() {
    if (m_started || !m_executor)
        return;
    m_started = true;
    reload();
}

void QuotesController::reload() {
    if (!m_executor || !m_pane)
        return;
    runForPane<Loaded>(
        m_inflight, m_executor, this, m_pane,
        [](QSqlDatabase &db) -> Result<Loaded> {
            auto leads = QuoteRepository::leads(db);
            if (!leads)
                return leads.error();
            auto quotes = QuoteRepository::pendingQuotes(db);
            if (!quotes)
                return quotes.error();
            return Loaded{leads.value(), quotes.value()};
        },
        [this](const Loaded &loaded) {
            m_leads->setRows(loaded.leads);
            m_quotes->setRows(loaded.quotes);
            emit reloaded();
        });
}

void QuotesController::setLeadStatus(qint64 leadId, LeadStatus status, const QString &reason) {
    if (!m_executor)
        return;
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<LeadStatus>([=](QSqlDatabase &db) {
            return QuoteRepository::setLeadStatus(db, key, leadId, status, reason);
        }))
        .then(this, [this](const Result<LeadStatus> &r) {
            if (!m_pane)
                return;
            if (!r)
                m_pane->showMessage(r.error().userMessage(), true);
            else
                m_pane->showMessage(r.value() == LeadStatus::Lost ? tr("Lead marked lost.")
                                                                  : tr("Lead marked contacted."),
                                    false);
            reload();
        });
}

void QuotesController::decide(qint64 quoteId, bool approve, const QString &reason) {
    if (!m_executor)
        return;
    const RequestKey key = RequestKey::create();
    m_inflight
        .add(m_executor->run<QuoteStatus>(
            [=](QSqlDatabase &db) { return QuoteRepository::decide(db, key, quoteId, approve, reason); }))
        .then(this, [this](const Result<QuoteStatus> &r) {
            if (!m_pane)
                return;
            if (!r)
                m_pane->showMessage(r.error().userMessage(), true);
            else
                m_pane->showMessage(r.value() == QuoteStatus::Sent
                                        ? tr("Quote approved: sent to the customer.")
                                        : tr("Quote rejected."),
                                    false);
            reload();
        });
}

} // namespace adesk
