#pragma once

#include "models/compliance/expirytypes.h"
#include "models/core/inflight.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace adesk {

class DbExecutor;
class ExpiryBoardModel;
class ExpiryPane;
class LaggardModel;
class NotificationListener;
class Session;

/// Loads the expiry board and the transitions for ExpiryPane on the executor's workers (never the
/// GUI thread), creates transition periods, and reloads on desk_verifications / desk_mechanics
/// notifications and after a reconnect.
class ExpiryController : public QObject {
    Q_OBJECT
public:
    ExpiryController(DbExecutor *executor, NotificationListener *listener, QObject *parent = nullptr);
    void attach(ExpiryPane *pane);
    /// The pane with its models and a controller it owns.
    static ExpiryPane *createPane(Session *session, QWidget *parent);

    ExpiryBoardModel *board() const { return m_board; }
    LaggardModel *laggards() const { return m_laggards; }

public slots:
    void start();
    void reload();
    void loadLaggards(qint64 transitionId);
    void createTransition(const QString &name, const QDate &startsOn, const QDate &tierChoiceDeadline,
                          const QDate &documentsDeadline);

signals:
    void reloaded();
    void laggardsLoaded();

private:
    void loadTransitions(qint64 select);

    QPointer<DbExecutor> m_executor;
    QPointer<ExpiryPane> m_pane;
    ExpiryBoardModel *m_board;
    LaggardModel *m_laggards;
    bool m_started = false;
    QTimer m_refresh;
    InFlight m_inflight;
};

} // namespace adesk
