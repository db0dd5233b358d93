// MarketplaceClient against a fake network: the headers every request carries, how each answer is
// sorted (retryable, definitive, unauthorized), retries with Retry-After and an unchanged
// Idempotency-Key, the concurrency bound, timeouts of hanging replies, unreadable bodies; and against
// a real TLS server on loopback: a trusted certificate with the right pin works, a wrong pin aborts
// before any request is sent.

#include "FakeNetwork.h"

#include "../TestSupport.h"
#include "common/Clock.h"
#include "sync/MarketplaceClient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace saypro;
using namespace saypro::test;

namespace {
using K = ApiResponse::Kind;

ConnectionSettings settings(int maxConcurrent = 4, int timeoutMs = 5000)
{
    ConnectionSettings s;
    s.baseUrl = QUrl(QStringLiteral("https://marketplace.test"));
    s.token = QStringLiteral("secret-token");
    s.stationId = QStringLiteral("station-7");
    s.maxConcurrentRequests = maxConcurrent;
    s.requestTimeoutMs = timeoutMs;
    return s;
}

/// Collects responses; `done` is how many arrived.
struct Collector
{
    QList<ApiResponse> responses;
    MarketplaceClient::Callback callback()
    {
        return [this](const ApiResponse& r) { responses.append(r); };
    }
};

QString resourcePath(const char* name)
{
    return QStringLiteral(STATION_SOURCE_DIR "/resources/sandbox/") + QLatin1String(name);
}

/// A TLS server on 127.0.0.1 with the training certificate that answers every request with `{}`.
class LoopbackTlsServer final : public QObject
{
public:
    LoopbackTlsServer()
    {
        QFile certFile(resourcePath("training-cert.pem"));
        QFile keyFile(resourcePath("training-key.pem"));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return;
        certificate = QSslCertificate(&certFile, QSsl::Pem);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(certificate);
        config.setPrivateKey(QSslKey(&keyFile, QSsl::Ec, QSsl::Pem));
        m_server.setSslConfiguration(config);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_buffer[socket] += socket->readAll();
                    if (!m_buffer[socket].contains("\r\n\r\n"))
                        return;
                    ++requestsServed;
                    m_buffer[socket].clear();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
                });
            }
        });
        listening = m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }

    QSslCertificate certificate;
    bool listening = false;
    int requestsServed = 0;

private:
    QSslServer m_server;
    QHash<QTcpSocket*, QByteArray> m_buffer;
};
} // namespace

class TestMarketplaceClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sendsAuthStationAcceptAndIdempotencyHeaders()
    {
        SystemClock clock;
        FakeNetwork network;
        network.on("GET", QStringLiteral("/v1/orders"), [](const FakeRequest&) {
            return FakeResponse::json(200, QJsonObject{{QStringLiteral("orders"), QJsonArray()}});
        });
        network.on("POST", QStringLiteral("/v1/orders/.*/events"), [](const FakeRequest&) {
            return FakeResponse::json(201, QJsonObject{{QStringLiteral("id"), QStringLiteral("evt_1")}});
        });
        MarketplaceClient client(&network, settings(), clock);
        Collector c;
        ApiRequest get;
        get.path = QStringLiteral("/v1/orders");
        get.query.addQueryItem(QStringLiteral("limit"), QStringLiteral("5"));
        client.send(get, this, c.callback());
        ApiRequest post;
        post.method = "POST";
        post.path = QStringLiteral("/v1/orders/ord_1/events");
        post.body = R"({"type":"status_changed"})";
        post.idempotencyKey = QStringLiteral("4a4f3c9e-0000-4000-8000-000000000001");
        client.send(post, this, c.callback());
        QTRY_COMPARE(c.responses.size(), 2);
        QVERIFY(c.responses.at(0).ok());
        QCOMPARE(c.responses.at(0).httpStatus, 200);
        QVERIFY(c.responses.at(0).json.object().contains(QStringLiteral("orders")));
        QVERIFY(c.responses.at(1).ok());
        QCOMPARE(c.responses.at(1).httpStatus, 201);

        QCOMPARE(network.requests.size(), 2);
        const FakeRequest& g = network.requests.at(0);
        QCOMPARE(g.url.toString(), QStringLiteral("https://marketplace.test/v1/orders?limit=5"));
        QCOMPARE(g.header("Authorization"), QByteArray("Bearer secret-token"));
        QCOMPARE(g.header("X-Station-Id"), QByteArray("station-7"));
        QVERIFY(g.header("Accept").contains("application/json"));
        QVERIFY(g.header("Idempotency-Key").isEmpty());
        const FakeRequest& p = network.requests.at(1);
        QCOMPARE(p.header("Idempotency-Key"), QByteArray("4a4f3c9e-0000-4000-8000-000000000001"));
        QCOMPARE(p.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(p.body, QByteArray(R"({"type":"status_changed"})"));
    }

    void sortsEveryAnswer_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("networkError");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::addRow("200") << 200 << 0 << int(K::Success) << false;
        QTest::addRow("204") << 204 << 0 << int(K::Success) << false;
        QTest::addRow("304") << 304 << 0 << int(K::Success) << false;
        QTest::addRow("301 never followed") << 301 << 0 << int(K::Rejected) << false;
        QTest::addRow("400") << 400 << 0 << int(K::Rejected) << false;
        QTest::addRow("401") << 401 << 0 << int(K::Unauthorized) << false;
        QTest::addRow("403") << 403 << 0 << int(K::Unauthorized) << false;
        QTest::addRow("404") << 404 << 0 << int(K::Rejected) << false;
        QTest::addRow("409") << 409 << 0 << int(K::Conflict) << false;
        QTest::addRow("422") << 422 << 0 << int(K::Rejected) << false;
        QTest::addRow("429") << 429 << 0 << int(K::Throttled) << true;
        QTest::addRow("500") << 500 << 0 << int(K::ServerError) << true;
        QTest::addRow("502") << 502 << 0 << int(K::ServerError) << true;
        QTest::addRow("503") << 503 << 0 << int(K::Throttled) << true;
        QTest::addRow("connection refused")
            << 0 << int(QNetworkReply::ConnectionRefusedError) << int(K::Network) << true;
        QTest::addRow("host not found") << 0 << int(QNetworkReply::HostNotFoundError) << int(K::Network) << true;
        QTest::addRow("reset") << 0 << int(QNetworkReply::RemoteHostClosedError) << int(K::Network) << true;
        QTest::addRow("certificate not trusted")
            << 0 << int(QNetworkReply::SslHandshakeFailedError) << int(K::Tls) << false;
    }
    void sortsEveryAnswer()
    {
        QFETCH(int, status);
        QFETCH(int, networkError);
        QFETCH(int, kind);
        QFETCH(bool, retryable);
        SystemClock clock;
        FakeNetwork network;
        network.on("GET", QStringLiteral("/v1/x"), [&](const FakeRequest&) {
            if (networkError)
                return FakeResponse::networkError(QNetworkReply::NetworkError(networkError));
            if (status == 200 || status == 204 || status == 304) {
                FakeResponse r = FakeResponse::json(status, {});
                if (status != 200)
                    r.body.clear();
                return r;
            }
            return FakeResponse::problem(status, QStringLiteral("nope"));
        });
        MarketplaceClient client(&network, settings(), clock);
        Collector c;
        ApiRequest get;
        get.path = QStringLiteral("/v1/x");
        get.maxAttempts = 1;
        client.send(get, this, c.callback());
        QTRY_COMPARE(c.responses.size(), 1);
        const ApiResponse& r = c.responses.first();
        QCOMPARE(int(r.kind), kind);
        QCOMPARE(r.retryable(), retryable);
        QCOMPARE(r.definitive(), kind == int(K::Conflict) || kind == int(K::Rejected));
        QCOMPARE(r.httpStatus, status);
        if (!r.ok()) {
            QVERIFY(!r.error.message.isEmpty());
            QVERIFY(!r.error.detail.isEmpty());
        }
    }

    void unauthorizedIsNeverRetried()
    {
        SystemClock clock;
        FakeNetwork network;
        network.on("GET", QStringLiteral("/v1/orders"),
                   [](const FakeRequest&) { return FakeResponse::problem(401, QStringLiteral("bad token")); });
        MarketplaceClient client(&network, settings(), clock);
        client.setBackoff(Backoff(1, 5));
        Collector c;
        ApiRequest get;
        get.path = QStringLiteral("/v1/orders");
        get.maxAttempts = 5;
        client.send(get, this, c.callback());
        QTRY_COMPARE(c.responses.size(), 1);
        QCOMPARE(c.responses.first().kind, K::Unauthorized);
        QCOMPARE(c.responses.first().attempts, 1);
        QCOMPARE(network.requests.size(), 1);
        QVERIFY(c.responses.first().error.message.contains(QStringLiteral("token")));
    }

    void retriesRetryableFailuresUntilSuccessWithTheSameKey_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addRow("500") << QStringLiteral("500");
        QTest::addRow("503") << QStringLiteral("503");
        QTest::addRow("429") << QStringLiteral("429");
        QTest::addRow("network") << QStringLiteral("network");
        QTest::addRow("timeout") << QStringLiteral("timeout");
        QTest::addRow("malformed json") << QStringLiteral("malformed");
        QTest::addRow("truncated body") << QStringLiteral("truncated");
    }
    void retriesRetryableFailuresUntilSuccessWithTheSameKey()
    {
        QFETCH(QString, failure);
        SystemClock clock;
        FakeNetwork network;
        int calls = 0;
        network.on("POST", QStringLiteral("/v1/shipments"), [&](const FakeRequest&) {
            if (++calls < 3) {
                if (failure == QLatin1String("network"))
                    return FakeResponse::networkError();
                if (failure == QLatin1String("timeout"))
                    return FakeResponse::hanging();
                if (failure == QLatin1String("malformed")) {
                    FakeResponse r = FakeResponse::json(201, {});
                    r.body = "{\"id\": \"shp_";
                    return r;
                }
                if (failure == QLatin1String("truncated")) {
                    FakeResponse r = FakeResponse::json(201, QJsonObject{{QStringLiteral("id"), QStringLiteral("x")}});
                    r.truncate = true;
                    return r;
                }
                return FakeResponse::problem(failure.toInt(), QStringLiteral("busy"));
            }
            return FakeResponse::json(201, QJsonObject{{QStringLiteral("id"), QStringLiteral("shp_1")}});
        });
        MarketplaceClient client(&network, settings(4, 300), clock);
        double r = 1.0;
        client.setBackoff(Backoff(10, 40, [&r] { return r; }));
        Collector c;
        ApiRequest post;
        post.method = "POST";
        post.path = QStringLiteral("/v1/shipments");
        post.body = R"({"order_id":"ord_1"})";
        post.idempotencyKey = MarketplaceClient::newIdempotencyKey();
        post.maxAttempts = 4;
        client.send(post, this, c.callback());
        QTRY_COMPARE_WITH_TIMEOUT(c.responses.size(), 1, 10000);
        QVERIFY2(c.responses.first().ok(), qPrintable(c.responses.first().error.toString()));
        QCOMPARE(c.responses.first().attempts, 3);
        QCOMPARE(c.responses.first().json.object().value(QStringLiteral("id")).toString(), QStringLiteral("shp_1"));
        QCOMPARE(network.requests.size(), 3);
        for (const FakeRequest& req : std::as_const(network.requests)) {
            QCOMPARE(req.header("Idempotency-Key"), post.idempotencyKey.toUtf8());
            QCOMPARE(req.body, post.body);
        }
    }

    void givesUpAfterMaxAttemptsWithTheLastFailure()
    {
        SystemClock clock;
        FakeNetwork network;
        network.on("GET", QStringLiteral("/v1/orders"),
                   [](const FakeRequest&) { return FakeResponse::problem(502, QStringLiteral("bad gateway")); });
        MarketplaceClient client(&network, settings(), clock);
        client.setBackoff(Backoff(1, 4, [] { return 0.5; }));
        Collector c;
        ApiRequest get;
        get.path = QStringLiteral("/v1/orders");
        get.maxAttempts = 3;
        client.send(get, this, c.callback());
        QTRY_COMPARE(c.responses.size(), 1);
        QCOMPARE(c.responses.first().kind, K::ServerError);
        QCOMPARE(c.responses.first().attempts, 3);
        QCOMPARE(network.requests.size(), 3);
    }

    void honoursRetryAfter()
    {
        SystemClock clock;
        FakeNetwork network;
        QElapsedTimer sinceFirst;
        qint64 secondAfterMs = -1;
        network.on("GET", QStringLiteral("/v1/orders"), [&](const FakeRequest&) {
            if (!sinceFirst.isValid()) {
                sinceFirst.start();
                return FakeResponse::problem(429, QStringLiteral("slow down")).withHeader("Retry-After", "1");
            }
            secondAfterMs = sinceFirst.elapsed();
            return FakeResponse::json(200, {});
        });
        MarketplaceClient client(&network, settings(), clock);
        client.setBackoff(Backoff(1, 2, [] { return 0.0; })); // the jitter alone would retry at once
        Collector c;
        ApiRequest get;
        get.path = QStringLiteral("/v1/orders");
        get.maxAttempts = 2;
        client.send(get, this, c.callback());
        QTRY_COMPARE_WITH_TIMEOUT(c.responses.size(), 1, 5000);
        QVERIFY(c.responses.first().ok());
        QVERIFY2(secondAfterMs >= 950, qPrintable(QString::number(secondAfterMs)));
    }

    void reportsRetryAfterOfTheLastAnswer()
    {
        SystemClock clock;
        FakeNetwork network;
        network.on("GET", QStringLiteral("/v1/orders"), [](const FakeRequest&) {
            return FakeResponse::problem(503, QStringLiteral("maintenance")).withHeader("Retry-After", "120");
        });
        MarketplaceClient client(&network, settings(), clock);
        Collector c;
        ApiRequest get;
        get.path = QStringLiteral("/v1/orders");
        client.send(get, this, c.callback());
        QTRY_COMPARE(c.responses.size(), 1);
        QCOMPARE(c.responses.first().kind, K::Throttled);
        QCOMPARE(c.responses.first().retryAfterMs, std::optional<qint64>(120000));
    }

    void hangingReplyTimesOut()
    {
        SystemClock clock;
        FakeNetwork network;
        network.on("GET", QStringLiteral("/v1/orders"), [](const FakeRequest&) { return FakeResponse::hanging(); });
        MarketplaceClient client(&network, settings(4, 150), clock);
        Collector c;
        ApiRequest get;
        get.path = QStringLiteral("/v1/orders");
        client.send(get, this, c.callback());
        QTRY_COMPARE_WITH_TIMEOUT(c.responses.size(), 1, 5000);
        QCOMPARE(c.responses.first().kind, K::Timeout);
        QVERIFY(c.responses.first().retryable());
        QCOMPARE(network.active, 0);
    }

    void concurrencyBoundIsRespected()
    {
        SystemClock clock;
        FakeNetwork network;
        network.on("GET", QStringLiteral("/v1/orders/.*"),
                   [](const FakeRequest&) { return FakeResponse::json(200, {}).after(15); });
        MarketplaceClient client(&network, settings(3), clock);
        Collector c;
        for (int i = 0; i < 20; ++i) {
            ApiRequest get;
            get.path = QStringLiteral("/v1/orders/ord_%1").arg(i);
            client.send(get, this, c.callback());
        }
        QCOMPARE(client.inFlight(), 3);
        QCOMPARE(client.queued(), 17);
        QTRY_COMPARE_WITH_TIMEOUT(c.responses.size(), 20, 10000);
        QCOMPARE(network.maxActive, 3);
        QCOMPARE(network.requests.size(), 20);
        // FIFO: the queue keeps the order requests were made in.
        for (int i = 0; i < 20; ++i)
            QCOMPARE(network.requests.at(i).path, QStringLiteral("/v1/orders/ord_%1").arg(i));
    }

    void callbackIsDroppedWhenTheContextIsGone()
    {
        SystemClock clock;
        FakeNetwork network;
        network.on("GET", QStringLiteral("/v1/orders"),
                   [](const FakeRequest&) { return FakeResponse::json(200, {}).after(20); });
        MarketplaceClient client(&network, settings(), clock);
        bool called = false;
        auto* context = new QObject;
        ApiRequest get;
        get.path = QStringLiteral("/v1/orders");
        client.send(get, context, [&called](const ApiResponse&) { called = true; });
        delete context;
        QTRY_COMPARE(network.active, 0);
        QCoreApplication::processEvents();
        QVERIFY(!called);
    }

    void cancelAllAnswersCancelled()
    {
        SystemClock clock;
        FakeNetwork network;
        network.on("GET", QStringLiteral("/v1/orders"), [](const FakeRequest&) { return FakeResponse::hanging(); });
        MarketplaceClient client(&network, settings(1), clock);
        Collector c;
        ApiRequest get;
        get.path = QStringLiteral("/v1/orders");
        client.send(get, this, c.callback());
        client.send(get, this, c.callback()); // queued behind the first
        client.cancelAll();
        QTRY_COMPARE(c.responses.size(), 2);
        QCOMPARE(c.responses.at(0).kind, K::Cancelled);
        QCOMPARE(c.responses.at(1).kind, K::Cancelled);
        QCOMPARE(network.requests.size(), 1);
    }

    void plainHttpAndBadPinsAreRefused()
    {
        SystemClock clock;
        FakeNetwork network;
        ConnectionSettings s = settings();
        s.baseUrl = QUrl(QStringLiteral("http://marketplace.test"));
        MarketplaceClient plain(&network, s, clock);
        Collector c;
        ApiRequest get;
        get.path = QStringLiteral("/v1/orders");
        plain.send(get, this, c.callback());
        QTRY_COMPARE(c.responses.size(), 1);
        QVERIFY(!c.responses.first().ok());
        QVERIFY(!c.responses.first().retryable());
        QVERIFY(network.requests.isEmpty());

        QVERIFY(!MarketplaceClient::parsePin(QStringLiteral("sha256/short")).has_value());
        QVERIFY(!MarketplaceClient::parsePin(QStringLiteral("not a pin at all")).has_value());
        QVERIFY(MarketplaceClient::parsePin(QStringLiteral("sha256/LZjqv/HKr41IEuqBhkNbwH3xtJfhH84teLZ65tFYpf8="))
                    .has_value());
        QVERIFY(MarketplaceClient::parsePin(QString(QStringLiteral("ab").repeated(32))).has_value());
    }

    void pinMismatchOnAFakeAbortsBeforeAnswer()
    {
        SystemClock clock;
        FakeNetwork network;
        network.on("GET", QStringLiteral("/v1/orders"), [](const FakeRequest&) {
            FakeResponse r = FakeResponse::json(200, {});
            r.encrypted = true;
            return r;
        });
        ConnectionSettings s = settings();
        s.publicKeyPin = QStringLiteral("sha256/LZjqv/HKr41IEuqBhkNbwH3xtJfhH84teLZ65tFYpf8=");
        MarketplaceClient client(&network, s, clock);
        Collector c;
        ApiRequest get;
        get.path = QStringLiteral("/v1/orders");
        get.maxAttempts = 3;
        client.send(get, this, c.callback());
        QTRY_COMPARE(c.responses.size(), 1);
        QCOMPARE(c.responses.first().kind, K::Tls);
        QCOMPARE(c.responses.first().attempts, 1); // never retried
        QVERIFY(c.responses.first().body.isEmpty());
    }

    void pinOfTheTrainingCertificateMatchesOpenssl()
    {
        QFile f(resourcePath("training-cert.pem"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QSslCertificate cert(&f, QSsl::Pem);
        QVERIFY(!cert.isNull());
        // openssl x509 -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary | base64
        QCOMPARE(MarketplaceClient::pinFor(cert),
                 QStringLiteral("sha256/LZjqv/HKr41IEuqBhkNbwH3xtJfhH84teLZ65tFYpf8="));
    }

    void realTlsWithTrustedCertificateAndMatchingPin()
    {
        LoopbackTlsServer server;
        QVERIFY(server.listening);
        SystemClock clock;
        QNetworkAccessManager network;
        ConnectionSettings s = settings();
        s.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
        s.caCertificates = {server.certificate};
        s.trustSystemCertificates = false;
        s.publicKeyPin = MarketplaceClient::pinFor(server.certificate);
        MarketplaceClient client(&network, s, clock);
        Collector c;
        ApiRequest get;
        get.path = QStringLiteral("/v1/orders");
        client.send(get, this, c.callback());
        QTRY_COMPARE_WITH_TIMEOUT(c.responses.size(), 1, 10000);
        QVERIFY2(c.responses.first().ok(), qPrintable(c.responses.first().error.toString()));
        QCOMPARE(server.requestsServed, 1);
    }

    void realTlsWithWrongPinIsAbortedBeforeTheRequest()
    {
        LoopbackTlsServer server;
        QVERIFY(server.listening);
        SystemClock clock;
        QNetworkAccessManager network;
        ConnectionSettings s = settings();
        s.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
        s.caCertificates = {server.certificate};
        s.publicKeyPin = QStringLiteral("sha256/") + QString::fromLatin1(QByteArray(32, 'x').toBase64());
        MarketplaceClient client(&network, s, clock);
        Collector c;
        ApiRequest get;
        get.path = QStringLiteral("/v1/orders");
        get.maxAttempts = 3;
        client.send(get, this, c.callback());
        QTRY_COMPARE_WITH_TIMEOUT(c.responses.size(), 1, 10000);
        QCOMPARE(c.responses.first().kind, K::Tls);
        QCOMPARE(c.responses.first().attempts, 1);
        QCOMPARE(server.requestsServed, 0);
    }

    void realTlsWithAnUntrustedCertificateFails()
    {
        LoopbackTlsServer server;
        QVERIFY(server.listening);
        SystemClock clock;
        QNetworkAccessManager network;
        ConnectionSettings s = settings();
        s.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(server.port()));
        // The training certificate is not added: the system's authorities do not know it.
        MarketplaceClient client(&network, s, clock);
        Collector c;
        ApiRequest get;
        get.path = QStringLiteral("/v1/orders");
        get.maxAttempts = 3;
        client.send(get, this, c.callback());
        QTRY_COMPARE_WITH_TIMEOUT(c.responses.size(), 1, 10000);
        QCOMPARE(c.responses.first().kind, K::Tls);
        QCOMPARE(c.responses.first().attempts, 1);
        QCOMPARE(server.requestsServed, 0);
    }
};

QTEST_GUILESS_MAIN(TestMarketplaceClient)
#include "TestMarketplaceClient.moc"
