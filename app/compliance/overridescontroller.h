#pragma once

#include "models/compliance/overridetypes.h"
#include "models/compliance/verification.h"
#include "models/core/inflight.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace adesk {

class DbExecutor;
class NotificationListener;
class OverrideModel;
class OverridesPane;
class Session;

/// Turns the overrides pane's intents into OverrideRepository calls on the executor's workers and
/// keeps its two models (pending, decided) current (desk_overrides notifications, reload after a
/// reconnect). Admins only.
class OverridesController : public QObject {
    Q_OBJECT
public:
    OverridesController(DbExecutor *executor, NotificationListener *listener, const Identity &who,
                        QObject *parent = nullptr);
    void attach(OverridesPane *pane);

    /// The pane with its models and a controller it owns.
    static OverridesPane *createPane(Session *session, QWidget *parent);

    OverrideModel *pending() const { return m_pending; }
    OverrideModel *decided() const { return m_decided; }

public slots:
    void start();
    void reload();
    void decide(qint64 overrideId, bool approve, const QString &note);
    void prepareTierChange();
    void requestTierChange(qint64 mechanicId, adesk::MechanicServiceTier tier, const QString &reason);

signals:
    void reloaded();

private:
    QPointer<DbExecutor> m_executor;
    Identity m_who;
    QPointer<OverridesPane> m_pane;
    OverrideModel *m_pending;
    OverrideModel *m_decided;
    bool m_started = false;
    QTimer m_refresh;
    InFlight m_inflight;
};

} // namespace adesk
