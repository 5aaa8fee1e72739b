// Documents in object storage: fetched over HTTP from a real local server (python3 -m http.server
// on 127.0.0.1), checked against their sha256, with clear errors for a wrong checksum, a missing
// file, an oversized body and an unreachable server.

#include "models/documents/documentfetcher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace adesk;

class TstDocumentFetcher : public QObject {
    Q_OBJECT

    QProcess m_server;
    int m_port = 0;
    QByteArray m_pdf;
    QByteArray m_sha;

    static int freePort() {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        return s.serverPort();
    }
    Result<QByteArray> fetch(DocumentFetcher &f, const QString &path, const QByteArray &sha, int port = 0) {
        auto future =
            f.fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(port ? port : m_port).arg(path)), sha);
        for (int i = 0; i < 300 && !future.isFinished(); ++i)
            QTest::qWait(50);
        if (!future.isFinished())
            return DbError::other(QStringLiteral("fetch did not finish"));
        return future.result();
    }

private slots:
    void initTestCase() {
        QFile f(QStringLiteral(ADESK_TEST_DATA "/documents/t4a-15e.pdf"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_pdf = f.readAll();
        m_sha = QCryptographicHash::hash(m_pdf, QCryptographicHash::Sha256);
        m_port = freePort();
        m_server.start(QStringLiteral("python3"),
                       {QStringLiteral("-m"), QStringLiteral("http.server"), QString::number(m_port),
                        QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--directory"),
                        QStringLiteral(ADESK_TEST_DATA "/documents")});
        QVERIFY2(m_server.waitForStarted(5000), "python3 is needed for the local HTTP server");
        // Wait until it accepts connections.
        bool up = false;
        for (int i = 0; i < 100 && !up; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, quint16(m_port));
            up = probe.waitForConnected(100);
            if (!up)
                QTest::qWait(50);
        }
        QVERIFY(up);
    }
    void cleanupTestCase() {
        m_server.kill();
        m_server.waitForFinished(3000);
    }

    void fetchesAndChecksTheSha256() {
        QTemporaryDir cache;
        DocumentFetcher f(cache.path());
        const auto r = fetch(f, QStringLiteral("t4a-15e.pdf"), m_sha);
        QVERIFY2(r.ok(), qPrintable(r.error().serverMessage));
        QCOMPARE(r.value(), m_pdf);
    }

    void refusesBytesThatDoNotMatch() {
        DocumentFetcher f;
        QByteArray wrong = m_sha;
        wrong[0] = char(wrong[0] ^ 0x55);
        const auto r = fetch(f, QStringLiteral("t4a-15e.pdf"), wrong);
        QVERIFY(!r.ok());
        QVERIFY(r.error().serverMessage.contains(QStringLiteral("SHA-256")));
    }

    void reportsMissingFile() {
        DocumentFetcher f;
        const auto r = fetch(f, QStringLiteral("no-such-file.pdf"), m_sha);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().serverMessage.contains(QStringLiteral("404")),
                 qPrintable(r.error().serverMessage));
    }

    void refusesOversizedBodies() {
        DocumentFetcher f(QString(), 1024);
        const auto r = fetch(f, QStringLiteral("t4a-15e.pdf"), m_sha);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().serverMessage.contains(QStringLiteral("larger")),
                 qPrintable(r.error().serverMessage));
    }

    void reportsUnreachableStorage() {
        DocumentFetcher f;
        const auto r = fetch(f, QStringLiteral("t4a-15e.pdf"), m_sha, freePort());
        QVERIFY(!r.ok());
        QVERIFY2(r.error().serverMessage.contains(QStringLiteral("could not be reached")),
                 qPrintable(r.error().serverMessage));
    }

    void refusesNonHttpAddresses() {
        DocumentFetcher f;
        auto future = f.fetch(QUrl(QStringLiteral("file:///etc/passwd")), m_sha);
        QVERIFY(future.isFinished());
        QVERIFY(!future.result().ok());
    }
};

QTEST_GUILESS_MAIN(TstDocumentFetcher)
#include "tst_documentfetcher.moc"
