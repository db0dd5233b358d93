// `saypro-stationctl sync` as an administrator runs it: wrong command lines exit 2 and write nothing,
// an unreachable marketplace exits 1 with a clear message, a run against a real TLS server on loopback
// (trusted with --ca/--ca-only and pinned) exits 0 with a JSON summary, and a wrong pin exits 1.

#include "../TestSupport.h"
#include "sync/MarketplaceClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace saypro;
using namespace saypro::test;

namespace {
QString certPath()
{
    return QStringLiteral(STATION_SOURCE_DIR "/resources/sandbox/training-cert.pem");
}

/// Answers every request with an empty page of every resource.
class EmptyMarketplace final : public QObject
{
public:
    EmptyMarketplace()
    {
        QFile certFile(certPath());
        QFile keyFile(QStringLiteral(STATION_SOURCE_DIR "/resources/sandbox/training-key.pem"));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return;
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        config.setPrivateKey(QSslKey(&keyFile, QSsl::Ec, QSsl::Pem));
        m_server.setSslConfiguration(config);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    while (m_buffer[socket].contains("\r\n\r\n")) {
                        const qsizetype end = m_buffer[socket].indexOf("\r\n\r\n") + 4;
                        const QByteArray head = m_buffer[socket].left(end);
                        m_buffer[socket].remove(0, end);
                        if (head.contains("Authorization: Bearer good-token") ||
                            head.contains("authorization: Bearer good-token"))
                            ++authorized;
                        const QByteArray body =
                            QJsonDocument(QJsonObject{{QStringLiteral("products"), QJsonArray()},
                                                      {QStringLiteral("orders"), QJsonArray()},
                                                      {QStringLiteral("items"), QJsonArray()},
                                                      {QStringLiteral("events"), QJsonArray()},
                                                      {QStringLiteral("returns"), QJsonArray()},
                                                      {QStringLiteral("feedback"), QJsonArray()},
                                                      {QStringLiteral("next_cursor"), QJsonValue::Null}})
                                .toJson(QJsonDocument::Compact);
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " +
                                      QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    }
                });
            }
        });
        listening = m_server.listen(QHostAddress::LocalHost, 0);
    }
    QString url() const { return QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()); }

    bool listening = false;
    int authorized = 0;

private:
    QSslServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffer;
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs the CLI while this thread's event loop keeps serving (the server above lives here).
Run stationctl(const QStringList& args)
{
    QProcess p;
    p.setProgram(QStringLiteral(STATIONCTL_PATH));
    p.setArguments(args);
    QSignalSpy done(&p, &QProcess::finished);
    p.start();
    Run r;
    if (!done.wait(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

class TestSyncCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wrongCommandLinesExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addRow("no server") << QStringList{QStringLiteral("--token"), QStringLiteral("t")};
        QTest::addRow("no token") << QStringList{QStringLiteral("--server"), QStringLiteral("https://localhost")};
        QTest::addRow("plain http") << QStringList{QStringLiteral("--server"), QStringLiteral("http://localhost"),
                                                   QStringLiteral("--token"), QStringLiteral("t")};
        QTest::addRow("once and watch") << QStringList{QStringLiteral("--server"), QStringLiteral("https://localhost"),
                                                       QStringLiteral("--token"),  QStringLiteral("t"),
                                                       QStringLiteral("--once"),   QStringLiteral("--watch")};
        QTest::addRow("missing ca file") << QStringList{QStringLiteral("--server"), QStringLiteral("https://localhost"),
                                                        QStringLiteral("--token"),  QStringLiteral("t"),
                                                        QStringLiteral("--ca"),     QStringLiteral("/nonexistent.pem")};
        QTest::addRow("bad pin") << QStringList{QStringLiteral("--server"), QStringLiteral("https://localhost"),
                                                QStringLiteral("--token"),  QStringLiteral("t"),
                                                QStringLiteral("--pin"),    QStringLiteral("sha256/abc")};
        QTest::addRow("bad page size") << QStringList{
            QStringLiteral("--server"), QStringLiteral("https://localhost"), QStringLiteral("--token"),
            QStringLiteral("t"),        QStringLiteral("--page-size"),       QStringLiteral("0")};
    }
    void wrongCommandLinesExit2()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("station.db"));
        const Run r = stationctl(QStringList{QStringLiteral("sync"), QStringLiteral("--db"), db} + args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("error:"));
        QVERIFY(!QFile::exists(db));
    }

    void unreachableMarketplaceExits1WithAClearMessage()
    {
        QTcpServer closed; // a port nobody answers on
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        QTemporaryDir dir;
        const Run r = stationctl({QStringLiteral("sync"), QStringLiteral("--db"), dir.filePath(QStringLiteral("s.db")),
                                  QStringLiteral("--server"), QStringLiteral("https://127.0.0.1:%1").arg(port),
                                  QStringLiteral("--token"), QStringLiteral("t"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot be reached"), r.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("completed")).toBool(true), false);
        QCOMPARE(summary.value(QStringLiteral("offline")).toBool(), true);
    }

    void completedRunOverTlsExits0WithASummary()
    {
        EmptyMarketplace server;
        QVERIFY(server.listening);
        QFile f(certPath());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString pin = MarketplaceClient::pinFor(QSslCertificate(&f, QSsl::Pem));
        QTemporaryDir dir;
        const Run r =
            stationctl({QStringLiteral("sync"), QStringLiteral("--db"), dir.filePath(QStringLiteral("s.db")),
                        QStringLiteral("--server"), server.url(), QStringLiteral("--token"),
                        QStringLiteral("good-token"), QStringLiteral("--ca"), certPath(), QStringLiteral("--ca-only"),
                        QStringLiteral("--pin"), pin, QStringLiteral("--station"), QStringLiteral("PACK-03"),
                        QStringLiteral("--once"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(summary.value(QStringLiteral("completed")).toBool(), true);
        QCOMPARE(summary.value(QStringLiteral("station")).toString(), QStringLiteral("PACK-03"));
        QCOMPARE(summary.value(QStringLiteral("orders_inserted")).toInt(-1), 0);
        QCOMPARE(summary.value(QStringLiteral("resources")).toObject().size(), 6);
        QCOMPARE(summary.value(QStringLiteral("events")).toObject().value(QStringLiteral("pending")).toInt(-1), 0);
        QVERIFY(!summary.value(QStringLiteral("last_success")).toString().isEmpty());
        QCOMPARE(server.authorized, 6); // one page request per resource
    }

    void wrongPinExits1()
    {
        EmptyMarketplace server;
        QVERIFY(server.listening);
        QTemporaryDir dir;
        const Run r =
            stationctl({QStringLiteral("sync"), QStringLiteral("--db"), dir.filePath(QStringLiteral("s.db")),
                        QStringLiteral("--server"), server.url(), QStringLiteral("--token"),
                        QStringLiteral("good-token"), QStringLiteral("--ca"), certPath(), QStringLiteral("--pin"),
                        QStringLiteral("sha256/") + QString::fromLatin1(QByteArray(32, 'x').toBase64())});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("different certificate"), r.err.constData());
        QCOMPARE(server.authorized, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "TestSyncCli.moc"
