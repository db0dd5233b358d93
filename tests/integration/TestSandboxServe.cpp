// `saypro-stationctl sandbox serve` as an administrator runs it: the real binary prints its URL,
// writes its certificate for clients to trust, answers with the token and refuses without it, and
// ends with exit 0 on SIGTERM or SIGINT; wrong command lines exit 2 without starting anything.

#include "SandboxTestClient.h"

#include "sandbox/SandboxServer.h"

#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace saypro;

namespace {
const QString kToken = QStringLiteral("serve-token");

/// A running `sandbox serve`; stops it with `signal` and reports how it ended.
class Serve final
{
public:
    explicit Serve(const QStringList& extra)
    {
        m_process.setProgram(QStringLiteral(STATIONCTL_PATH));
        m_process.setArguments(QStringList{QStringLiteral("sandbox"), QStringLiteral("serve")} + extra);
        m_process.start();
        m_process.waitForStarted(10000);
    }
    ~Serve()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(10000);
        }
    }
    QProcess& process() { return m_process; }
    /// The first line of standard output: the URL, once it is listening.
    QString url()
    {
        for (int i = 0; i < 300 && !m_process.canReadLine() && m_process.state() == QProcess::Running; ++i)
            m_process.waitForReadyRead(100);
        return QString::fromUtf8(m_process.readLine()).trimmed();
    }
    /// Sends `signal` and waits; the exit code, or -1 when it did not end normally.
    int stop(int signal)
    {
        ::kill(pid_t(m_process.processId()), signal);
        if (!m_process.waitForFinished(30000))
            return -1;
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }

private:
    QProcess m_process;
};

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run stationctl(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(STATIONCTL_PATH), args);
    Run r;
    if (!p.waitForFinished(60000)) {
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

class TestSandboxServe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void servesWithTheTokenUntilTerminated()
    {
        QTemporaryDir dir;
        const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
        Serve serve({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--orders"), QStringLiteral("20"),
                     QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--token"), kToken,
                     QStringLiteral("--cert-out"), certPath, QStringLiteral("--db"),
                     dir.filePath(QStringLiteral("m.db"))});
        const QUrl url(serve.url());
        QCOMPARE(url.scheme(), QStringLiteral("https"));
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(url.port() > 0);
        const QList<QSslCertificate> written = QSslCertificate::fromPath(certPath);
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.first(), SandboxServer::trainingCertificate());

        SandboxTestClient client(url, written.first(), kToken);
        const HttpResult orders = client.get(QStringLiteral("/v1/orders?limit=5"));
        QCOMPARE(orders.status, 200);
        QCOMPARE(orders.json().value(QLatin1String("orders")).toArray().size(), 5);
        SandboxTestClient anonymous(url, written.first(), QString());
        QCOMPARE(anonymous.get(QStringLiteral("/v1/orders?limit=5")).status, 401);

        QCOMPARE(serve.stop(SIGTERM), 0);
        const QString err = QString::fromUtf8(serve.process().readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("curl --cacert ") + certPath), qPrintable(err));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("m.db"))));
    }

    void interruptEndsItToo()
    {
        Serve serve({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--orders"), QStringLiteral("3"),
                     QStringLiteral("--token"), kToken, QStringLiteral("--json")});
        QByteArray json;
        for (int i = 0; i < 300 && !json.contains('}') && serve.process().state() == QProcess::Running; ++i) {
            serve.process().waitForReadyRead(100);
            json += serve.process().readAllStandardOutput();
        }
        const QJsonObject info = QJsonDocument::fromJson(json).object();
        QVERIFY2(info.value(QLatin1String("url")).toString().startsWith(QLatin1String("https://127.0.0.1:")),
                 json.constData());
        QVERIFY(info.value(QLatin1String("port")).toInt() > 0);
        QCOMPARE(serve.stop(SIGINT), 0);
    }

    void wrongCommandLinesExit2_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QStringList base = {QStringLiteral("sandbox"), QStringLiteral("serve"), QStringLiteral("--port"),
                                  QStringLiteral("0")};
        QTest::addRow("no token") << base << QStringLiteral("--token");
        QTest::addRow("port not a number")
            << QStringList{QStringLiteral("sandbox"), QStringLiteral("serve"),   QStringLiteral("--port"),
                           QStringLiteral("https"),   QStringLiteral("--token"), kToken}
            << QStringLiteral("--port");
        QTest::addRow("negative orders") << base + QStringList{QStringLiteral("--token"), kToken,
                                                               QStringLiteral("--orders"), QStringLiteral("-4")}
                                         << QStringLiteral("--orders");
        QTest::addRow("bad faults") << base + QStringList{QStringLiteral("--token"), kToken, QStringLiteral("--faults"),
                                                          QStringLiteral("5xx=0.5,429=0.7")}
                                    << QStringLiteral("fault");
        QTest::addRow("bad arrival rate")
            << base + QStringList{QStringLiteral("--token"), kToken, QStringLiteral("--arrival-rate"),
                                  QStringLiteral("fast")}
            << QStringLiteral("--arrival-rate");
        QTest::addRow("zero time scale") << base + QStringList{QStringLiteral("--token"), kToken,
                                                               QStringLiteral("--time-scale"), QStringLiteral("0")}
                                         << QStringLiteral("--time-scale");
        QTest::addRow("unknown option") << base + QStringList{QStringLiteral("--token"), kToken,
                                                              QStringLiteral("--tls-off")}
                                        << QStringLiteral("tls-off");
    }
    void wrongCommandLinesExit2()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r = stationctl(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(mentions), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void helpDescribesTheFaultSyntax()
    {
        const Run r = stationctl({QStringLiteral("sandbox"), QStringLiteral("serve"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        const QString help = QString::fromUtf8(r.out);
        for (const char* text : {"--faults", "latency=", "5xx=P", "429=P", "drop=P", "truncate=P", "malformed=P",
                                 "retry-after", "--time-scale", "--arrival-rate", "--cert-out"})
            QVERIFY2(help.contains(QLatin1String(text)), text);
    }
};

QTEST_GUILESS_MAIN(TestSandboxServe)
#include "TestSandboxServe.moc"
