#pragma once

#include "models/compliance/verification.h"
#include "models/core/inflight.h"
#include "models/quotes/quotetypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace adesk {

class DbExecutor;
class LeadModel;
class NotificationListener;
class QuoteModel;
class QuotesPane;
class Session;

/// Turns the "Leads & quotes" pane's intents into QuoteRepository calls on the executor's workers
/// and keeps its two models current (desk_quotes notifications, reload after a reconnect). Owners
/// work their workshops' leads and quotes; admins read every workshop's.
class QuotesController : public QObject {
    Q_OBJECT
public:
    QuotesController(DbExecutor *executor, NotificationListener *listener, const Identity &who,
                     QObject *parent = nullptr);
    void attach(QuotesPane *pane);

    /// The pane with its models and a controller it owns.
    static QuotesPane *createPane(Session *session, QWidget *parent);

    LeadModel *leads() const { return m_leads; }
    QuoteModel *quotes() const { return m_quotes; }

public slots:
    void start();
    void reload();
    void setLeadStatus(qint64 leadId, adesk::LeadStatus status, const QString &reason);
    void decide(qint64 quoteId, bool approve, const QString &reason);

signals:
    void reloaded();

private:
    QPointer<DbExecutor> m_executor;
    Identity m_who;
    QPointer<QuotesPane> m_pane;
    LeadModel *m_leads;
    QuoteModel *m_quotes;
    bool m_started = false;
    QTimer m_refresh;
    InFlight m_inflight;
};

} // namespace adesk
