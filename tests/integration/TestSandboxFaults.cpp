// Fault injection in the training marketplace, over real HTTPS on loopback: the specification syntax,
// each fault as a client sees it (5xx and 429 with Retry-After before any effect; dropped connections,
// truncated bodies and malformed JSON after the effect), latency and a repeat while in flight, per-
// endpoint rules, and the same faults again for the same seed.

#include "SandboxTestClient.h"

#include "common/Clock.h"
#include "sandbox/FaultSpec.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

using namespace saypro;

namespace {
const QString kToken = QStringLiteral("fault-token");

QJsonObject statusBody(const QString& status)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("status_changed")},
                       {QStringLiteral("status"), status},
                       {QStringLiteral("occurred_at"), QStringLiteral("2026-11-23T08:00:00.000Z")}};
}

/// What a client makes of one answer: the status, or how the answer was broken.
QString outcome(const HttpResult& r)
{
    if (r.status == 0)
        return QStringLiteral("no answer");
    if (r.announcedLength >= 0 && r.body.size() < r.announcedLength)
        return QStringLiteral("truncated");
    if (r.status == 200 && !r.isJson())
        return QStringLiteral("malformed");
    return QString::number(r.status);
}
} // namespace

class TestSandboxFaults final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_client;
    QStringList m_orders;

    QString orderPath(int i, const QString& action = {}) const
    {
        return QStringLiteral("/v1/orders/") + m_orders.at(i) + (action.isEmpty() ? QString() : u'/' + action);
    }
    /// A client with no connections yet. Qt may hand a request to a kept-alive connection the server has
    /// just closed (a dropped or truncated answer), which fails without reaching the server; a fresh
    /// client after such a fault keeps the sequence of requests the server sees exact.
    void freshClient()
    {
        m_client = std::make_unique<SandboxTestClient>(m_server->url(), m_server->certificate(), kToken);
    }
    QStringList outcomes(int requests)
    {
        QStringList seen;
        for (int i = 0; i < requests; ++i) {
            freshClient();
            seen << outcome(m_client->get(QStringLiteral("/v1/orders?limit=2")));
        }
        return seen;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.initialOrders = 30;
        options.seed = 5;
        options.token = kToken;
        options.cancelShare = 0; // every order stays open for events
        options.clock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
        auto server = SandboxServer::start(options);
        QVERIFY2(server, server ? "" : qPrintable(server.error().toString()));
        m_server = std::move(*server);
        m_client = std::make_unique<SandboxTestClient>(m_server->url(), m_server->certificate(), kToken);
        for (const QJsonObject& o : m_server->orders().value_or(QList<QJsonObject>()))
            m_orders << o.value(QLatin1String("id")).toString();
        QCOMPARE(m_orders.size(), 30);
    }
    void init()
    {
        QVERIFY(m_server->clearFaults());
        freshClient();
    }
    void cleanupTestCase()
    {
        m_client.reset();
        m_server.reset();
    }

    void specificationSyntax_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("canonical");
        QTest::addRow("nothing") << QString() << QString();
        QTest::addRow("every fault")
            << QStringLiteral("latency=200ms,5xx=0.1,429=0.05,drop=0.02,truncate=0.02,malformed=0.02")
            << QStringLiteral("latency=200ms,5xx=0.1,429=0.05,drop=0.02,truncate=0.02,malformed=0.02");
        QTest::addRow("per endpoint") << QStringLiteral("orders:5xx=0.3;events:429=0.5")
                                      << QStringLiteral("events:429=0.5;orders:5xx=0.3");
        QTest::addRow("spaces, case, percent, seconds")
            << QStringLiteral(" Latency = 1s , 5XX = 10% ") << QStringLiteral("latency=1000ms,5xx=0.1");
        QTest::addRow("range and retry-after") << QStringLiteral("latency=100-400ms;claim:retry_after=3")
                                               << QStringLiteral("latency=100-400ms;claim:retry-after=3s");
    }
    void specificationSyntax()
    {
        QFETCH(QString, spec);
        QFETCH(QString, canonical);
        const auto parsed = FaultSpec::parse(spec);
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().toString()));
        QCOMPARE(parsed->toString(), canonical);
        QCOMPARE(*FaultSpec::parse(parsed->toString()), *parsed);
    }

    void badSpecificationsAreRefused_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addRow("probability above 1") << QStringLiteral("5xx=2");
        QTest::addRow("more than certain") << QStringLiteral("5xx=0.6,429=0.6");
        QTest::addRow("unknown fault") << QStringLiteral("teleport=0.1");
        QTest::addRow("unknown endpoint") << QStringLiteral("shipping:5xx=0.1");
        QTest::addRow("latency words") << QStringLiteral("latency=fast");
        QTest::addRow("no value") << QStringLiteral("5xx");
        QTest::addRow("empty section") << QStringLiteral("orders:");
        QTest::addRow("range backwards") << QStringLiteral("latency=400-100ms");
        QTest::addRow("fractional retry-after") << QStringLiteral("retry-after=1.5s");
    }
    void badSpecificationsAreRefused()
    {
        QFETCH(QString, spec);
        const auto parsed = FaultSpec::parse(spec);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, Error::Code::InvalidArgument);
        QVERIFY(!parsed.error().message.isEmpty());
        QVERIFY(!m_server->setFaults(spec));
    }

    void endpointRulesOverTheGlobalOnes()
    {
        const auto spec = FaultSpec::parse(QStringLiteral("latency=50ms,5xx=0.1;orders:5xx=0.5,drop=0.1"));
        QVERIFY(spec);
        const FaultSpec::Rule orders = spec->ruleFor(QStringLiteral("orders"));
        QCOMPARE(orders.latencyMaxMs, 50);
        QCOMPARE(orders.serverError, 0.5);
        QCOMPARE(orders.drop, 0.1);
        const FaultSpec::Rule events = spec->ruleFor(QStringLiteral("events"));
        QCOMPARE(events.serverError, 0.1);
        QCOMPARE(events.drop, 0.0);

        QVERIFY(m_server->setFaults(QStringLiteral("orders:5xx=1")));
        QVERIFY(m_client->get(QStringLiteral("/v1/orders")).status >= 500);
        QCOMPARE(m_client->get(orderPath(0)).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("/v1/inventory?limit=1")).status, 200);
    }

    void serverErrorsComeBeforeTheEffect()
    {
        QVERIFY(m_server->setFaults(QStringLiteral("events:5xx=1"), 3));
        QSet<int> statuses;
        QString firstKey;
        for (int i = 0; i < 8; ++i) {
            const QString key = newKey();
            if (firstKey.isEmpty())
                firstKey = key;
            const HttpResult r =
                m_client->post(orderPath(i, QStringLiteral("events")), statusBody(QStringLiteral("ready")), key);
            QVERIFY2(r.status == 500 || r.status == 502 || r.status == 503, qPrintable(QString::number(r.status)));
            QCOMPARE(r.header("content-type"), QByteArray("application/problem+json"));
            if (r.status == 503)
                QCOMPARE(r.header("retry-after"), QByteArray("1"));
            statuses.insert(r.status);
            QCOMPARE(m_server->countsForKey(key)->total(), 0);
        }
        QVERIFY(statuses.contains(503));
        QVERIFY(statuses.size() >= 2);
        // The retry with the same key is the first to take effect: not a replay.
        QVERIFY(m_server->clearFaults());
        const HttpResult retry =
            m_client->post(orderPath(0, QStringLiteral("events")), statusBody(QStringLiteral("ready")), firstKey);
        QCOMPARE(retry.status, 201);
        QVERIFY(retry.header("idempotent-replayed").isEmpty());
        QCOMPARE(m_server->countsForKey(firstKey)->events, 1);
        QCOMPARE(m_server->faultCounts()->total(), 0);
    }

    void rateLimitsCarryRetryAfter()
    {
        QVERIFY(m_server->setFaults(QStringLiteral("429=1,retry-after=7s")));
        const HttpResult list = m_client->get(QStringLiteral("/v1/orders"));
        QCOMPARE(list.status, 429);
        QCOMPARE(list.header("retry-after"), QByteArray("7"));
        QCOMPARE(list.problemType(), QStringLiteral("rate-limited"));
        const QString key = newKey();
        QCOMPARE(m_client->post(orderPath(1, QStringLiteral("claim")), {}, key).status, 429);
        QCOMPARE(m_server->countsForKey(key)->total(), 0);
        QCOMPARE(m_server->faultCounts()->rateLimited, 2);
    }

    void droppedConnectionsComeAfterTheEffect()
    {
        QVERIFY(m_server->setFaults(QStringLiteral("events:drop=1")));
        const QString key = newKey();
        const HttpResult lost =
            m_client->post(orderPath(2, QStringLiteral("events")), statusBody(QStringLiteral("picking")), key);
        QCOMPARE(lost.status, 0);
        QVERIFY(lost.error != QNetworkReply::NoError);
        // The marketplace applied it once, however often the request came (Qt resends a request up to
        // three times when the connection closes without an answer).
        QCOMPARE(m_server->countsForKey(key)->events, 1);
        QVERIFY(*m_server->requestsWithKey(key) >= 1);
        QCOMPARE(m_server->order(m_orders.at(2))->value(QLatin1String("status")).toString(), QStringLiteral("picking"));
        // The client's retry gets the answer it missed.
        QVERIFY(m_server->clearFaults());
        freshClient();
        const HttpResult retry =
            m_client->post(orderPath(2, QStringLiteral("events")), statusBody(QStringLiteral("picking")), key);
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.header("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(m_server->countsForKey(key)->events, 1);

        QVERIFY(m_server->setFaults(QStringLiteral("orders:drop=1")));
        const HttpResult list = m_client->get(QStringLiteral("/v1/orders"));
        QCOMPARE(list.status, 0);
        QCOMPARE(list.error, QNetworkReply::RemoteHostClosedError);
        QVERIFY(m_server->faultCounts()->dropped >= 1);
    }

    void truncatedBodiesAnnounceTheFullLength()
    {
        QVERIFY(m_server->setFaults(QStringLiteral("orders:truncate=1")));
        const HttpResult list = m_client->get(QStringLiteral("/v1/orders"));
        QCOMPARE(list.status, 200);
        QVERIFY(list.error != QNetworkReply::NoError);
        QVERIFY(list.announcedLength > 0);
        QVERIFY2(list.body.size() < list.announcedLength,
                 qPrintable(QStringLiteral("%1 of %2").arg(list.body.size()).arg(list.announcedLength)));
        QVERIFY(!list.isJson());

        QVERIFY(m_server->setFaults(QStringLiteral("events:truncate=1")));
        freshClient();
        const QString key = newKey();
        const HttpResult cut =
            m_client->post(orderPath(3, QStringLiteral("events")), statusBody(QStringLiteral("ready")), key);
        QVERIFY(cut.error != QNetworkReply::NoError);
        QCOMPARE(m_server->countsForKey(key)->events, 1);
        QCOMPARE(m_server->faultCounts()->truncated, 1);
    }

    void malformedJsonIsAnOtherwiseNormalAnswer()
    {
        QVERIFY(m_server->setFaults(QStringLiteral("orders:malformed=1")));
        const HttpResult list = m_client->get(QStringLiteral("/v1/orders"));
        QCOMPARE(list.status, 200);
        QCOMPARE(list.error, QNetworkReply::NoError);
        QCOMPARE(list.header("content-type"), QByteArray("application/json"));
        QCOMPARE(list.body.size(), list.announcedLength);
        QVERIFY(!list.body.isEmpty());
        QVERIFY(!list.isJson());

        QVERIFY(m_server->setFaults(QStringLiteral("events:malformed=1")));
        const QString key = newKey();
        const HttpResult created =
            m_client->post(orderPath(4, QStringLiteral("events")), statusBody(QStringLiteral("ready")), key);
        QCOMPARE(created.status, 201);
        QVERIFY(!created.isJson());
        QCOMPARE(m_server->countsForKey(key)->events, 1);
    }

    void latencyDelaysTheAnswer()
    {
        QVERIFY(m_server->setFaults(QStringLiteral("order:latency=300ms")));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_client->get(orderPath(5)).status, 200);
        QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(m_server->faultCounts()->delayed, 1);
    }

    void aRepeatWhileInFlightIs409()
    {
        QVERIFY(m_server->setFaults(QStringLiteral("events:latency=800ms")));
        const QString key = newKey();
        const QByteArray body = QJsonDocument(statusBody(QStringLiteral("verified"))).toJson(QJsonDocument::Compact);
        QNetworkReply* first = m_client->startPost(orderPath(6, QStringLiteral("events")), body, key);
        QTRY_COMPARE(m_server->inFlightCount().value_or(-1), 1);
        const HttpResult second = m_client->postRaw(orderPath(6, QStringLiteral("events")), body, key);
        QCOMPARE(second.status, 409);
        QCOMPARE(second.problemType(), QStringLiteral("request-in-progress"));
        const HttpResult done = SandboxTestClient::finish(first);
        QCOMPARE(done.status, 201);
        QCOMPARE(*m_server->inFlightCount(), 0);
        QCOMPARE(m_server->countsForKey(key)->events, 1);
        QVERIFY(m_server->clearFaults());
        const HttpResult third = m_client->postRaw(orderPath(6, QStringLiteral("events")), body, key);
        QCOMPARE(third.status, 201);
        QCOMPARE(third.body, done.body);
    }

    void theSameSeedGivesTheSameFaults()
    {
        const QString spec = QStringLiteral("5xx=0.2,429=0.2,truncate=0.1,malformed=0.2");
        QVERIFY(m_server->setFaults(spec, 42));
        const QStringList first = outcomes(25);
        const auto counts = m_server->faultCounts();
        QVERIFY(m_server->setFaults(spec, 42));
        const QStringList again = outcomes(25);
        QCOMPARE(again, first);
        QVERIFY(m_server->setFaults(spec, 43));
        QVERIFY(outcomes(25) != first);

        // Every kind occurs, and what the client saw is what the marketplace counted.
        for (const char* kind : {"truncated", "malformed", "429"})
            QVERIFY2(first.contains(QLatin1String(kind)), kind);
        QCOMPARE(first.count(QStringLiteral("truncated")), counts->truncated);
        QCOMPARE(first.count(QStringLiteral("malformed")), counts->malformed);
        QCOMPARE(first.count(QStringLiteral("429")), counts->rateLimited);
        QCOMPARE(first.count(QStringLiteral("500")) + first.count(QStringLiteral("502")) +
                     first.count(QStringLiteral("503")),
                 counts->serverErrors);
        QCOMPARE(first.count(QStringLiteral("200")), 25 - counts->total());
    }

    void anInjectedRandomSourceDecides()
    {
        // Draw by draw: fault kind, then (for 5xx) which server error.
        QList<double> draws = {0.1, 0.1, 0.7, 0.2, 0.6, 0.3, 0.9, 0.99};
        auto source = [draws, i = 0]() mutable { return draws.at(i++ % draws.size()); };
        QVERIFY(m_server->setFaults(QStringLiteral("5xx=0.5,429=0.4"), source));
        QCOMPARE(outcomes(5), (QStringList{QStringLiteral("503"), QStringLiteral("429"), QStringLiteral("500"),
                                           QStringLiteral("502"), QStringLiteral("200")}));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "TestSandboxFaults.moc"
