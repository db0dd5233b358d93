// The training marketplace's connection and lifetime: TLS is trusted only for its certificate (a client
// trusting another one, or only the system's authorities, fails the handshake), going down refuses
// connections and coming back listens on the same port, the database outlives a restart, and a
// station database or bad options are refused.

#include "SandboxTestClient.h"

#include "common/Clock.h"
#include "sandbox/SandboxServer.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace saypro;

namespace {
const QString kToken = QStringLiteral("connection-token");

QJsonObject statusBody(const QString& status)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("status_changed")},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("occurred_at"), QStringLiteral("2026-11-23T08:00:00.000Z")}};
}

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

SandboxOptions options(qint64 orders, const QString& databasePath = {})
{
    SandboxOptions o;
    o.initialOrders = orders;
    o.seed = 21;
    o.token = kToken;
    o.databasePath = databasePath;
    o.cancelShare = 0;
    o.clock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
    return o;
}

QString lastCursor(SandboxTestClient& client)
{
    return client.get(QStringLiteral("/v1/orders?limit=1000")).json().value(QLatin1String("next_cursor")).toString();
}
} // namespace

class TestSandboxConnection final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSslCertificate m_otherCertificate;
    QSslKey m_otherKey;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A certificate for the same names that is not the training one.
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                       QStringLiteral("-nodes"), QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("other.key")),
                       QStringLiteral("-out"), m_dir.filePath(QStringLiteral("other.pem")), QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);
        const auto certificates = QSslCertificate::fromPath(m_dir.filePath(QStringLiteral("other.pem")));
        QCOMPARE(certificates.size(), 1);
        m_otherCertificate = certificates.first();
        QFile key(m_dir.filePath(QStringLiteral("other.key")));
        QVERIFY(key.open(QIODevice::ReadOnly));
        m_otherKey = QSslKey(&key, QSsl::Ec, QSsl::Pem);
        QVERIFY(!m_otherKey.isNull());
        QVERIFY(m_otherCertificate != SandboxServer::trainingCertificate());
    }

    void onlyItsCertificateIsTrusted()
    {
        auto server = SandboxServer::start(options(10));
        QVERIFY(server);
        QCOMPARE((*server)->certificate(), SandboxServer::trainingCertificate());
        // The one embedded in the program is the one shipped in resources/sandbox.
        const QList<QSslCertificate> pem =
            QSslCertificate::fromPath(QStringLiteral(SANDBOX_RESOURCE_DIR "/training-cert.pem"));
        QCOMPARE(pem.value(0), (*server)->certificate());

        SandboxTestClient trusting((*server)->url(), (*server)->certificate(), kToken);
        QCOMPARE(trusting.get(QStringLiteral("/v1/orders?limit=1")).status, 200);

        SandboxTestClient other((*server)->url(), m_otherCertificate, kToken);
        const HttpResult refused = other.get(QStringLiteral("/v1/orders?limit=1"));
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(refused.status, 0);
        // Nothing reached the marketplace: a write through the failed handshake has no effect.
        const QString key = newKey();
        QCOMPARE(
            other.post(QStringLiteral("/v1/orders/ord_0000000001/events"), statusBody(QStringLiteral("ready")), key)
                .error,
            QNetworkReply::SslHandshakeFailedError);
        QCOMPARE((*server)->countsForKey(key)->total(), 0);

        // Only the system's authorities: the self-signed training certificate is not among them.
        QNetworkAccessManager nam;
        QNetworkRequest plain(QUrl((*server)->url().toString() + QStringLiteral("/v1/orders?limit=1")));
        plain.setRawHeader("Authorization", "Bearer " + kToken.toUtf8());
        const HttpResult system = SandboxTestClient::finish(nam.get(plain));
        QCOMPARE(system.error, QNetworkReply::SslHandshakeFailedError);
    }

    void aServerWithAnotherCertificateIsRefused()
    {
        SandboxOptions o = options(5);
        o.certificate = m_otherCertificate;
        o.privateKey = m_otherKey;
        auto server = SandboxServer::start(o);
        QVERIFY2(server, server ? "" : qPrintable(server.error().toString()));
        QCOMPARE((*server)->certificate(), m_otherCertificate);
        SandboxTestClient training((*server)->url(), SandboxServer::trainingCertificate(), kToken);
        QCOMPARE(training.get(QStringLiteral("/v1/orders")).error, QNetworkReply::SslHandshakeFailedError);
        SandboxTestClient matching((*server)->url(), m_otherCertificate, kToken);
        QCOMPARE(matching.get(QStringLiteral("/v1/orders")).status, 200);
    }

    void goesDownAndComesBackOnTheSamePort()
    {
        auto server = SandboxServer::start(options(10));
        QVERIFY(server);
        SandboxServer& s = **server;
        SandboxTestClient client(s.url(), s.certificate(), kToken);
        QCOMPARE(client.get(QStringLiteral("/v1/orders?limit=1")).status, 200); // leaves a kept-alive connection
        const quint16 port = s.port();

        QVERIFY(s.goDown());
        const HttpResult down = client.get(QStringLiteral("/v1/orders?limit=1"));
        QCOMPARE(down.error, QNetworkReply::ConnectionRefusedError);
        const QString key = newKey();
        const QString path = QStringLiteral("/v1/orders/ord_0000000002/events");
        QCOMPARE(client.post(path, statusBody(QStringLiteral("verified")), key).error,
                 QNetworkReply::ConnectionRefusedError);
        QCOMPARE(s.countsForKey(key)->total(), 0);
        QVERIFY(s.goDown()); // already down: nothing more to do

        QVERIFY(s.comeBack());
        QCOMPARE(s.port(), port);
        QCOMPARE(s.url().port(), int(port));
        QCOMPARE(client.get(QStringLiteral("/v1/orders?limit=1")).status, 200);
        const HttpResult sent = client.post(path, statusBody(QStringLiteral("verified")), key);
        QCOMPARE(sent.status, 201);
        QVERIFY(sent.header("idempotent-replayed").isEmpty());
        QCOMPARE(s.countsForKey(key)->events, 1);
    }

    void theDatabaseOutlivesARestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("kept.db"));
        QString cursor;
        {
            auto server = SandboxServer::start(options(30, path));
            QVERIFY(server);
            SandboxTestClient client((*server)->url(), (*server)->certificate(), kToken);
            QCOMPARE(
                client.post(QStringLiteral("/v1/orders/ord_0000000007/events"), statusBody(QStringLiteral("ready")))
                    .status,
                201);
            cursor = lastCursor(client);
            QVERIFY(!cursor.isEmpty());
        }
        // Another seed and order count change nothing in an existing marketplace.
        SandboxOptions again = options(500, path);
        again.seed = 99;
        auto server = SandboxServer::start(again);
        QVERIFY(server);
        SandboxTestClient client((*server)->url(), (*server)->certificate(), kToken);
        QCOMPARE((*server)->orders()->size(), 30);
        QCOMPARE((*server)->order(QStringLiteral("ord_0000000007"))->value(QLatin1String("status")).toString(),
                 QStringLiteral("ready"));
        // The old cursor still holds: nothing new after it, then exactly the next change.
        QCOMPARE(client.get(QStringLiteral("/v1/orders?updated_after=") + cursor)
                     .json()
                     .value(QLatin1String("orders"))
                     .toArray()
                     .size(),
                 0);
        QCOMPARE(
            client.post(QStringLiteral("/v1/orders/ord_0000000001/events"), statusBody(QStringLiteral("ready"))).status,
            201);
        const QJsonArray changed = client.get(QStringLiteral("/v1/orders?updated_after=") + cursor)
                                       .json()
                                       .value(QLatin1String("orders"))
                                       .toArray();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().toObject().value(QLatin1String("id")).toString(), QStringLiteral("ord_0000000001"));
    }

    void aStationDatabaseIsLeftAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("station.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db);
        }
        const QByteArray before = fileHash(path);
        auto server = SandboxServer::start(options(5, path));
        QVERIFY(!server);
        QCOMPARE(server.error().code, Error::Code::Unsupported);
        QCOMPARE(fileHash(path), before);
    }

    void badOptionsAreRefused_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addRow("no token") << QStringLiteral("token");
        QTest::addRow("bad faults") << QStringLiteral("faults");
        QTest::addRow("negative orders") << QStringLiteral("orders");
        QTest::addRow("zero time scale") << QStringLiteral("scale");
        QTest::addRow("share above 1") << QStringLiteral("share");
        QTest::addRow("certificate without key") << QStringLiteral("certificate");
    }
    void badOptionsAreRefused()
    {
        QFETCH(QString, what);
        SandboxOptions o = options(5);
        if (what == QLatin1String("token"))
            o.token = QStringLiteral("  ");
        else if (what == QLatin1String("faults"))
            o.faults = QStringLiteral("5xx=lots");
        else if (what == QLatin1String("orders"))
            o.initialOrders = -1;
        else if (what == QLatin1String("scale"))
            o.timeScale = 0;
        else if (what == QLatin1String("share"))
            o.returnShare = 1.5;
        else
            o.certificate = m_otherCertificate;
        const auto server = SandboxServer::start(o);
        QVERIFY(!server);
        QCOMPARE(server.error().code, Error::Code::InvalidArgument);
        QVERIFY(!server.error().message.isEmpty());
    }

    void aPortInUseIsAnError()
    {
        auto first = SandboxServer::start(options(1));
        QVERIFY(first);
        SandboxOptions o = options(1);
        o.port = (*first)->port();
        const auto second = SandboxServer::start(o);
        QVERIFY(!second);
        QCOMPARE(second.error().code, Error::Code::Io);
        QVERIFY(second.error().detail.contains(QString::number(o.port)));
        // A stopped server answers its control API with an error, not a hang.
        (*first)->stop();
        QVERIFY(!(*first)->isRunning());
        QVERIFY(!(*first)->orders());
        (*first)->stop();
    }
};

QTEST_GUILESS_MAIN(TestSandboxConnection)
#include "TestSandboxConnection.moc"
