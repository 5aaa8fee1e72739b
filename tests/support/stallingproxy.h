#pragma once

// A TCP proxy to the test cluster that can make the server stop answering, for the tests of what the
// app does then (closing a window, stopping a listener or an executor must not wait for it).

#include <QAtomicInt>
#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QtEndian>

#include <memory>

namespace adesk {

/// Relays TCP connections to the test cluster, in a thread of its own. To its clients the server
/// stops answering, as when it hangs or the network drops without a reset (the bytes wait in the
/// sockets):
/// - stall(): every connection, from now on;
/// - stallAfterHandshake(): each connection made from now on, once the server's first
///   ReadyForQuery has reached the client: libpq has returned the connection, and QPSQL's open()
///   sends its first statement (SELECT version()) to a server that will not answer. The messages
///   are read in clear: the client must connect with sslmode=disable gssencmode=disable.
/// As a safety net it resumes by itself kWatchdogMs after the first stall and says so
/// (resumedByWatchdog()), so that code waiting for the server fails the test instead of hanging it.
/// Destroying the proxy closes every connection it relays.
class StallingProxy {
public:
    static constexpr int kWatchdogMs = 60000;

    StallingProxy(const QString &upstreamHost, quint16 upstreamPort)
        : m_relay(new Relay(upstreamHost, upstreamPort)) {
        m_thread.start();
        m_relay->moveToThread(&m_thread);
        QMetaObject::invokeMethod(
            m_relay, [r = m_relay] { r->start(); }, Qt::BlockingQueuedConnection);
    }
    ~StallingProxy() {
        QMetaObject::invokeMethod(
            m_relay, [r = m_relay] { delete r; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    StallingProxy(const StallingProxy &) = delete;
    StallingProxy &operator=(const StallingProxy &) = delete;

    quint16 port() const { return quint16(m_relay->port.loadRelaxed()); }
    void stall() {
        QMetaObject::invokeMethod(
            m_relay, [r = m_relay] { r->stallAll(); }, Qt::BlockingQueuedConnection);
    }
    void stallAfterHandshake() {
        QMetaObject::invokeMethod(
            m_relay, [r = m_relay] { r->afterHandshake = true; }, Qt::BlockingQueuedConnection);
    }
    /// Connections stalled so far by stallAfterHandshake() (each once its handshake is through).
    int stalledAfterHandshake() const { return m_relay->stalledAfterHandshake.loadRelaxed(); }
    bool resumedByWatchdog() const { return m_relay->watchdogFired.loadRelaxed(); }

private:
    class Relay : public QObject {
    public:
        Relay(const QString &host, quint16 port)
            : m_host(host)
            , m_port(port) {}
        void start() {
            auto *server = new QTcpServer(this);
            connect(server, &QTcpServer::newConnection, this, [this, server] {
                while (QTcpSocket *client = server->nextPendingConnection())
                    relay(client);
            });
            if (server->listen(QHostAddress::LocalHost, 0))
                port.storeRelaxed(server->serverPort());
            m_watchdog.setSingleShot(true);
            connect(&m_watchdog, &QTimer::timeout, this, [this] {
                watchdogFired.storeRelaxed(1);
                m_resumed = true;
                for (const std::shared_ptr<Pair> &p : std::as_const(m_pairs)) {
                    p->stalled = false;
                    p->watchHandshake = false;
                    pump(*p, true);
                    pump(*p, false);
                }
            });
        }
        void stallAll() {
            for (const std::shared_ptr<Pair> &p : std::as_const(m_pairs))
                p->stalled = true;
            m_stallNew = true;
            startWatchdog();
        }
        QAtomicInt port;
        QAtomicInt watchdogFired;
        QAtomicInt stalledAfterHandshake;
        bool afterHandshake = false; ///< stallAfterHandshake() (the relay's thread only)

    private:
        struct Pair {
            QTcpSocket *client = nullptr;
            QTcpSocket *server = nullptr;
            bool stalled = false;
            bool watchHandshake = false; ///< stall once the server's first ReadyForQuery went through
            QByteArray fromServer;       ///< the server's bytes not relayed yet
            qsizetype scanned = 0;       ///< how far fromServer was read as whole messages
        };

        void startWatchdog() {
            if (!m_watchdog.isActive() && !m_resumed)
                m_watchdog.start(kWatchdogMs);
        }
        void relay(QTcpSocket *client) {
            auto p = std::make_shared<Pair>();
            p->client = client;
            p->server = new QTcpSocket(this);
            p->stalled = m_stallNew && !m_resumed;
            p->watchHandshake = afterHandshake && !m_resumed;
            client->setParent(this);
            Pair *raw = p.get();
            connect(client, &QTcpSocket::readyRead, this, [this, raw] { pump(*raw, true); });
            connect(p->server, &QTcpSocket::connected, this, [this, raw] { pump(*raw, true); });
            connect(p->server, &QTcpSocket::readyRead, this, [this, raw] { pump(*raw, false); });
            connect(client, &QTcpSocket::disconnected, p->server, &QTcpSocket::disconnectFromHost);
            connect(p->server, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            m_pairs.append(p);
            p->server->connectToHost(m_host, m_port);
        }
        /// Forwards what waits in one direction, unless the pair is stalled.
        void pump(Pair &p, bool fromClient) {
            if (p.stalled)
                return;
            if (fromClient) {
                if (p.server->state() == QAbstractSocket::ConnectedState)
                    p.server->write(p.client->readAll());
                return;
            }
            p.fromServer += p.server->readAll();
            qsizetype upTo = p.fromServer.size();
            bool ready = false;
            if (p.watchHandshake) {
                // Backend messages: a type byte, then a length that counts itself (4 bytes). Only
                // whole messages go through, up to the first ReadyForQuery ('Z').
                while (!ready && p.fromServer.size() - p.scanned >= 5) {
                    const char type = p.fromServer.at(p.scanned);
                    const qsizetype end =
                        p.scanned + 1 + qFromBigEndian<quint32>(p.fromServer.constData() + p.scanned + 1);
                    if (end > p.fromServer.size())
                        break;
                    p.scanned = end;
                    ready = type == 'Z';
                }
                upTo = p.scanned;
            }
            p.client->write(p.fromServer.left(upTo));
            p.fromServer.remove(0, upTo);
            p.scanned -= upTo;
            if (ready) {
                p.watchHandshake = false;
                p.stalled = true;
                stalledAfterHandshake.fetchAndAddRelaxed(1);
                startWatchdog();
            }
        }
        QString m_host;
        quint16 m_port;
        bool m_stallNew = false;
        bool m_resumed = false;
        QTimer m_watchdog{this};
        QList<std::shared_ptr<Pair>> m_pairs;
    };

    QThread m_thread;
    Relay *m_relay;
};

} // namespace adesk
