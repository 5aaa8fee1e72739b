#include "models/core/notificationlistener.h"

#include "models/core/dbexecutor.h"
#include "models/core/sqlquery.h"

#include <QLoggingCategory>
#include <QSemaphore>
#include <QSqlDriver>
#include <QTimer>

#include <libpq-fe.h>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcListen, "adesk.listener")

namespace adesk {

class NotificationListener::Worker : public QObject {
public:
    Worker(NotificationListener *owner, ConnectionSettings settings, QStringList channels, int pingMs)
        : m_owner(owner)
        , m_settings(std::move(settings))
        , m_channels(std::move(channels))
        , m_pingMs(pingMs) {
        static QAtomicInt serial;
        m_name = QStringLiteral("adesk-listener-%1").arg(serial.fetchAndAddRelaxed(1));
    }

    void begin() {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
            m_refused = m_settings.applyTo(db);
        }
        m_ping = new QTimer(this);
        m_ping->setInterval(m_pingMs);
        QObject::connect(m_ping, &QTimer::timeout, this, [this] { ping(); });
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        QObject::connect(m_retry, &QTimer::timeout, this, [this] { connectNow(); });
        connectNow();
    }

    void end() {
        m_ping->stop();
        m_retry->stop();
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen()) {
                // After an interruption the socket is gone: UNLISTEN would only fail.
                for (const QString &c : m_channels) {
                    if (m_owner->m_interrupted.loadRelaxed())
                        break;
                    db.driver()->unsubscribeFromNotification(c);
                }
                m_owner->setLive(nullptr);
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_name);
    }

private:
    void setConnected(bool on) {
        if (m_owner->m_connected.loadAcquire() == int(on))
            return;
        m_owner->m_connected.storeRelease(on);
        emit m_owner->connectionStateChanged(on);
    }

    void connectNow() {
        if (m_owner->m_interrupted.loadRelaxed())
            return;
        if (!m_refused.isEmpty()) {
            // Settings the app refuses (ConnectionSettings::problem) are never tried.
            qCWarning(lcListen) << "listener not started:" << m_refused;
            setConnected(false);
            return;
        }
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        m_owner->setLive(nullptr);
        db.close();
        const DbError e = DbExecutor::openConnection(db);
        m_owner->setLive(e.isError() ? nullptr : nativeHandle(db));
        if (e.isError()) {
            setConnected(false);
            m_backoffMs = m_backoffMs == 0 ? 500 : std::min(m_backoffMs * 2, 15000);
            qCInfo(lcListen) << "listener cannot connect, retrying in" << m_backoffMs
                             << "ms:" << e.serverMessage;
            m_retry->start(m_backoffMs);
            return;
        }
        // A reopened connection keeps its driver object: connect once per driver.
        if (m_connectedDriver != db.driver()) {
            m_connectedDriver = db.driver();
            QObject::connect(
                db.driver(), &QSqlDriver::notification, this,
                [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                    emit m_owner->notified(name, payload.toString());
                });
        }
        for (const QString &c : m_channels) {
            if (!db.driver()->subscribeToNotification(c))
                qCWarning(lcListen) << "LISTEN failed on" << c;
        }
        const bool wasLost = m_everConnected;
        m_everConnected = true;
        m_backoffMs = 0;
        setConnected(true);
        m_ping->start();
        if (wasLost)
            emit m_owner->reconnected();
        emit m_owner->listening();
    }

    void ping() {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        SqlQuery q(db, QStringLiteral("SELECT 1"));
        if (q.exec())
            return;
        qCInfo(lcListen) << "listener lost its connection:" << q.error().serverMessage;
        m_ping->stop();
        setConnected(false);
        m_backoffMs = 0;
        connectNow();
    }

    NotificationListener *m_owner;
    ConnectionSettings m_settings;
    QStringList m_channels;
    QString m_name;
    QString m_refused; ///< why applyTo refused the settings; then nothing connects
    QTimer *m_ping = nullptr;
    QSqlDriver *m_connectedDriver = nullptr;
    QTimer *m_retry = nullptr;
    int m_pingMs;
    int m_backoffMs = 0;
    bool m_everConnected = false;
};

NotificationListener::NotificationListener(ConnectionSettings settings, QStringList channels, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_channels(std::move(channels)) {
    m_thread.setObjectName(QStringLiteral("db-listener"));
}

NotificationListener::~NotificationListener() {
    stop();
}

void NotificationListener::start() {
    if (m_worker)
        return;
    m_worker = new Worker(this, m_settings, m_channels, m_pingMs);
    m_worker->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->begin(); }, Qt::QueuedConnection);
}

void NotificationListener::setLive(pg_conn *conn) {
    QMutexLocker lock(&m_liveMutex);
    m_live = conn;
}

void NotificationListener::stop() {
    if (!m_worker)
        return;
    QSemaphore ended;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, &ended] {
            w->end();
            delete w;
            ended.release();
        },
        Qt::QueuedConnection);
    if (!ended.tryAcquire(1, DbExecutor::kStopWaitMs)) {
        // A ping the server does not answer: shut the socket down so that it returns.
        qCWarning(lcListen) << "the database did not answer within" << DbExecutor::kStopWaitMs
                            << "ms: interrupting the listener";
        m_interrupted.storeRelaxed(1);
        {
            QMutexLocker lock(&m_liveMutex);
            if (const int socket = m_live ? PQsocket(m_live) : -1; socket >= 0)
                ::shutdown(socket, SHUT_RDWR);
        }
        ended.acquire();
    }
    m_interrupted.storeRelaxed(0);
    m_worker = nullptr;
    m_thread.quit();
    m_thread.wait();
}

} // namespace adesk
