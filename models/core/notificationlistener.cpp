#include "models/core/notificationlistener.h"

#include "models/core/abandonedthreads.h"
#include "models/core/dbexecutor.h"
#include "models/core/sqlquery.h"

#include <QLoggingCategory>
#include <QSemaphore>
#include <QSqlDriver>
#include <QTimer>

#include <libpq-fe.h>
#include <sys/socket.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcListen, "adesk.listener")

namespace adesk {

struct NotificationListener::Link {
    QMutex mutex;
    NotificationListener *owner = nullptr; ///< nullptr once stop() returned (under mutex)
    pg_conn *live = nullptr;               ///< the worker's open connection (under mutex)
    QAtomicInt interrupted;                ///< stop() gave up waiting: no UNLISTEN, no reconnect

    /// Runs @p f with the listener, if it still exists, under the mutex (stop() cannot return
    /// meanwhile). For emitting its signals, which are queued to its receivers.
    template <typename F> void withOwner(F f) {
        QMutexLocker lock(&mutex);
        if (owner)
            f(owner);
    }
    void setLive(pg_conn *conn) {
        QMutexLocker lock(&mutex);
        live = conn;
    }
};

namespace {
/// The threads of workers stop() could not wait for; never freed.
AbandonedThreads &abandoned = *new AbandonedThreads;
} // namespace

class NotificationListener::Worker : public QObject {
public:
    Worker(std::shared_ptr<Link> link, ConnectionSettings settings, QStringList channels, int pingMs)
        : m_link(std::move(link))
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
                    if (m_link->interrupted.loadRelaxed())
                        break;
                    db.driver()->unsubscribeFromNotification(c);
                }
                m_link->setLive(nullptr);
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(m_name);
    }

private:
    void setConnected(bool on) {
        m_link->withOwner([on](NotificationListener *o) {
            if (o->m_connected.loadAcquire() == int(on))
                return;
            o->m_connected.storeRelease(on);
            emit o->connectionStateChanged(on);
        });
    }

    void connectNow() {
        if (m_link->interrupted.loadRelaxed())
            return;
        if (!m_refused.isEmpty()) {
            // Settings the app refuses (ConnectionSettings::problem) are never tried.
            qCWarning(lcListen) << "listener not started:" << m_refused;
            setConnected(false);
            return;
        }
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        m_link->setLive(nullptr);
        db.close();
        const DbError e = DbExecutor::openConnection(db);
        m_link->setLive(e.isError() ? nullptr : nativeHandle(db));
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
                    m_link->withOwner(
                        [&](NotificationListener *o) { emit o->notified(name, payload.toString()); });
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
        m_link->withOwner([wasLost](NotificationListener *o) {
            if (wasLost)
                emit o->reconnected();
            emit o->listening();
        });
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

    std::shared_ptr<Link> m_link;
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
    , m_channels(std::move(channels)) {}

NotificationListener::~NotificationListener() {
    stop();
}

int NotificationListener::abandonedWorkers() {
    return abandoned.running();
}

void NotificationListener::start() {
    if (m_worker)
        return;
    m_link = std::make_shared<Link>();
    m_link->owner = this;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("db-listener"));
    m_worker = new Worker(m_link, m_settings, m_channels, m_pingMs);
    m_worker->moveToThread(m_thread);
    m_thread->start();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->begin(); }, Qt::QueuedConnection);
}

void NotificationListener::stop() {
    if (!m_worker)
        return;
    auto ended = std::make_shared<QSemaphore>();
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, ended] {
            w->end();
            delete w;
            QThread::currentThread()->quit();
            ended->release();
        },
        Qt::QueuedConnection);
    bool done = ended->tryAcquire(1, DbExecutor::kStopWaitMs);
    if (!done) {
        // A ping the server does not answer: shut the socket down so that it returns.
        qCWarning(lcListen) << "the database did not answer within" << DbExecutor::kStopWaitMs
                            << "ms: interrupting the listener";
        m_link->interrupted.storeRelaxed(1);
        {
            QMutexLocker lock(&m_link->mutex);
            if (const int socket = m_link->live ? PQsocket(m_link->live) : -1; socket >= 0)
                ::shutdown(socket, SHUT_RDWR);
        }
        done = ended->tryAcquire(1, DbExecutor::kStopWaitMs);
    }
    {
        QMutexLocker lock(&m_link->mutex);
        m_link->owner = nullptr;
    }
    if (done) {
        m_thread->wait();
        delete m_thread;
    } else {
        // Still opening its connection: it ends when libpq returns (connect_timeout bounds the
        // handshake; a server that stops answering QPSQL's first statements holds it longer).
        qCWarning(lcListen) << "the listener is still waiting for the server after"
                            << 2 * DbExecutor::kStopWaitMs << "ms: leaving it to finish on its own";
        abandoned.keep(m_thread);
    }
    m_thread = nullptr;
    m_worker = nullptr;
    m_link.reset();
}

} // namespace adesk
