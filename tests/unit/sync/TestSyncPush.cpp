// SyncEngine pushes the outbox against a fake marketplace: rows go in id order and strictly one at a
// time per order (different orders in parallel up to the limit), each with its own unchanged
// Idempotency-Key; a 2xx is delivered with the answer kept, a definitive 4xx is rejected with a
// visible sync problem, retryable failures are retried with backoff, a refused token stops the push
// and is reported; claims online, claimed elsewhere, queued offline and later refused.

#include "SyncHarness.h"

#include <QTest>

using namespace saypro;
using namespace saypro::test;

namespace {
using S = OrderStatus;

/// Orders stored locally (as after an earlier pull) and pushed only: no pulls in these tests.
SyncEngineOptions pushOnly()
{
    SyncEngineOptions o = SyncHarness::fastOptions();
    o.resources.clear();
    return o;
}

QList<qint64> insertOrders(SyncHarness& h, int count)
{
    OrderStore store(h.db(), h.engineClock(), QStringLiteral("station-1"));
    QList<qint64> ids;
    for (int n = 1; n <= count; ++n) {
        Order o = sampleOrder(n);
        auto id = store.insert(o, QStringLiteral("marketplace"));
        ids << (id ? *id : 0);
    }
    return ids;
}

QString marketplaceIdOf(const FakeRequest& r)
{
    return r.path.section(u'/', 3, 3);
}

FakeResponse created()
{
    return FakeResponse::json(201, QJsonObject{{QStringLiteral("id"), QStringLiteral("evt_1")}});
}
} // namespace

class TestSyncPush final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<saypro::SyncReport>();
        qRegisterMetaType<saypro::ClaimResult>();
    }

    void deliversInOrderPerOrderWithinTheConcurrencyLimit()
    {
        SyncHarness h(pushOnly(), true);
        insertOrders(h, 3);
        for (int n = 1; n <= 3; ++n)
            QVERIFY(h.advance(sampleOrder(n).number, {S::Verified, S::Ready, S::Picking}));
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE delivered_at IS NULL")), qint64(9));

        QHash<QString, QStringList> arrived;
        QHash<QString, int> inFlightPerOrder;
        int overlapWithinOrder = 0;
        h.network->on("POST", QStringLiteral("/v1/orders/[^/]+/events"), [&](const FakeRequest& r) {
            const QString order = marketplaceIdOf(r);
            if (inFlightPerOrder.value(order) > 0)
                ++overlapWithinOrder;
            ++inFlightPerOrder[order];
            arrived[order] << r.json().value(QStringLiteral("status")).toString();
            // The first order answers slowly: the others must not wait for it, nor overtake within it.
            return created().after(order.endsWith(u'1') ? 30 : 5);
        });
        h.network->onReplyFinished = [&](const FakeRequest& r) { --inFlightPerOrder[marketplaceIdOf(r)]; };

        const SyncReport r = h.run();
        QVERIFY2(r.completed, qPrintable(r.error.toString()));
        QCOMPARE(r.eventsDelivered, 9);
        QCOMPARE(r.pendingEvents, qint64(0));
        QCOMPARE(overlapWithinOrder, 0);
        QVERIFY(h.network->maxActive <= 2);
        QCOMPARE(h.network->maxActive, 2);
        for (int n = 1; n <= 3; ++n)
            QCOMPARE(arrived.value(sampleOrder(n).marketplaceId),
                     QStringList({QStringLiteral("verified"), QStringLiteral("ready"), QStringLiteral("picking")}));
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE outcome = 'delivered' AND "
                                         "response_status = 201 AND response_body LIKE '%evt_1%' AND delivered_at "
                                         "IS NOT NULL")),
                 qint64(9));
        // Each row went with its own key.
        QSet<QByteArray> keys;
        for (const FakeRequest& req : std::as_const(h.network->requests))
            keys.insert(req.header("Idempotency-Key"));
        QCOMPARE(keys.size(), 9);
    }

    void definitiveRefusalIsRejectedVisiblyAndTheNextRowStillGoes()
    {
        SyncHarness h(pushOnly(), true);
        insertOrders(h, 1);
        QVERIFY(h.advance(sampleOrder(1).number, {S::Verified, S::Ready, S::Picking}));
        h.network->on("POST", QStringLiteral("/v1/orders/[^/]+/events"), [](const FakeRequest& r) {
            if (r.json().value(QStringLiteral("status")).toString() == QLatin1String("ready"))
                return FakeResponse::problem(422, QStringLiteral("status ready is not accepted"));
            return created();
        });
        const SyncReport r = h.run();
        QVERIFY2(r.completed, qPrintable(r.error.toString())); // only a rejected row is left
        QCOMPARE(r.eventsDelivered, 2);
        QCOMPARE(r.eventsRejected, 1);
        QCOMPARE(r.openProblems, 1);
        QCOMPARE(h.network->requests.size(), 3); // a 422 is never retried
        const qint64 rejected = h.scalar(QStringLiteral("SELECT id FROM outbox WHERE outcome = 'rejected'"));
        QVERIFY(rejected > 0);
        QCOMPARE(h.scalar(QStringLiteral("SELECT response_status FROM outbox WHERE id = ?"), {rejected}), qint64(422));
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM sync_problems WHERE kind = 'rejected' AND outbox_id = ? "
                                         "AND http_status = 422 AND order_id IS NOT NULL AND resolved_at IS NULL"),
                          {rejected}),
                 qint64(1));
        QVERIFY(h.text(QStringLiteral("SELECT message FROM sync_problems")).contains(QStringLiteral("ready")));
    }

    void refusalForAnOrderCancelledMeanwhileNeedsNobody()
    {
        // The marketplace cancelled the order before the station's event arrived: kept, but not an open
        // problem (the cancellation comes with the next pull).
        SyncHarness h(pushOnly(), true);
        insertOrders(h, 1);
        QVERIFY(h.advance(sampleOrder(1).number, {S::Verified}));
        h.network->on("POST", QStringLiteral("/v1/orders/[^/]+/events"), [](const FakeRequest&) {
            FakeResponse r = FakeResponse::json(
                409,
                QJsonObject{{QStringLiteral("type"), QStringLiteral("https://saypro.example/problems/order-cancelled")},
                            {QStringLiteral("title"), QStringLiteral("The marketplace cancelled this order.")},
                            {QStringLiteral("status"), 409}});
            r.headers[0].second = QByteArrayLiteral("application/problem+json");
            return r;
        });
        const SyncReport r = h.run();
        QCOMPARE(r.eventsRejected, 1);
        QCOMPARE(r.openProblems, 0);
        QCOMPARE(
            h.scalar(QStringLiteral("SELECT count(*) FROM sync_problems WHERE http_status = 409 AND resolved_at IS "
                                    "NOT NULL")),
            qint64(1));
    }

    void retryableFailuresAreRetriedWithTheSameKey_data()
    {
        QTest::addColumn<QString>("failure");
        QTest::addRow("503 with Retry-After") << QStringLiteral("503");
        QTest::addRow("500") << QStringLiteral("500");
        QTest::addRow("429") << QStringLiteral("429");
        QTest::addRow("network") << QStringLiteral("network");
        QTest::addRow("timeout") << QStringLiteral("timeout");
        QTest::addRow("truncated") << QStringLiteral("truncated");
        QTest::addRow("malformed") << QStringLiteral("malformed");
    }
    void retryableFailuresAreRetriedWithTheSameKey()
    {
        QFETCH(QString, failure);
        SyncHarness h(pushOnly(), true);
        insertOrders(h, 1);
        QVERIFY(h.advance(sampleOrder(1).number, {S::Verified}));
        int calls = 0;
        h.network->on("POST", QStringLiteral("/v1/orders/[^/]+/events"), [&](const FakeRequest&) {
            if (++calls == 1) {
                if (failure == QLatin1String("network"))
                    return FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
                if (failure == QLatin1String("timeout"))
                    return FakeResponse::hanging();
                if (failure == QLatin1String("truncated")) {
                    FakeResponse t = created();
                    t.truncate = true;
                    return t;
                }
                if (failure == QLatin1String("malformed")) {
                    FakeResponse m = created();
                    m.body = "<html>proxy error</html>";
                    return m;
                }
                return FakeResponse::problem(failure.toInt(), QStringLiteral("busy")).withHeader("Retry-After", "0");
            }
            return created();
        });
        const SyncReport r = h.run();
        QVERIFY2(r.completed, qPrintable(r.error.toString()));
        QCOMPARE(r.eventsRetried, 1);
        QCOMPARE(r.eventsDelivered, 1);
        QCOMPARE(h.network->requests.size(), 2);
        QCOMPARE(h.network->requests.at(0).header("Idempotency-Key"),
                 h.network->requests.at(1).header("Idempotency-Key"));
        QCOMPARE(h.network->requests.at(0).body, h.network->requests.at(1).body);
        QCOMPARE(h.text(QStringLiteral("SELECT idempotency_key FROM outbox")).toUtf8(),
                 h.network->requests.at(0).header("Idempotency-Key"));
        QCOMPARE(h.scalar(QStringLiteral("SELECT attempts FROM outbox")), qint64(2));
        QCOMPARE(h.text(QStringLiteral("SELECT outcome FROM outbox")), QStringLiteral("delivered"));
    }

    void offlineRowsKeepTheirPlaceWithBackoffAndAreSentLater()
    {
        SyncEngineOptions options = pushOnly();
        options.pushAttemptsPerRun = 2;
        SyncHarness h(options, true);
        insertOrders(h, 1);
        QVERIFY(h.advance(sampleOrder(1).number, {S::Verified, S::Ready, S::Picking}));
        bool down = true;
        QStringList delivered;
        h.network->on("POST", QStringLiteral("/v1/orders/[^/]+/events"), [&](const FakeRequest& r) {
            if (down)
                return FakeResponse::networkError();
            delivered << r.json().value(QStringLiteral("status")).toString();
            return created();
        });
        SyncReport r = h.run();
        QVERIFY(!r.completed);
        QVERIFY(r.offline);
        QCOMPARE(r.pendingEvents, qint64(3));
        QCOMPARE(r.eventsRetried, 2);
        const qint64 first = h.scalar(QStringLiteral("SELECT min(id) FROM outbox"));
        QCOMPARE(h.scalar(QStringLiteral("SELECT attempts FROM outbox WHERE id = ?"), {first}), qint64(2));
        QVERIFY(h.scalar(QStringLiteral("SELECT next_attempt_at FROM outbox WHERE id = ?"), {first}) >
                h.scalar(QStringLiteral("SELECT created_at FROM outbox WHERE id = ?"), {first}));
        QVERIFY(!h.text(QStringLiteral("SELECT last_error FROM outbox WHERE id = ?"), {first}).isEmpty());
        // The later rows of the same order waited behind it.
        QCOMPARE(h.scalar(QStringLiteral("SELECT sum(attempts) FROM outbox WHERE id <> ?"), {first}), qint64(0));

        down = false;
        h.restart(options); // even after a restart
        h.network->on("POST", QStringLiteral("/v1/orders/[^/]+/events"), [&](const FakeRequest& req) {
            delivered << req.json().value(QStringLiteral("status")).toString();
            return created();
        });
        r = h.run();
        QVERIFY2(r.completed, qPrintable(r.error.toString()));
        QCOMPARE(delivered,
                 QStringList({QStringLiteral("verified"), QStringLiteral("ready"), QStringLiteral("picking")}));
        QCOMPARE(r.pendingEvents, qint64(0));
    }

    void refusedTokenStopsThePushAndIsReported()
    {
        SyncHarness h(pushOnly(), true);
        insertOrders(h, 2);
        QVERIFY(h.advance(sampleOrder(1).number, {S::Verified}));
        QVERIFY(h.advance(sampleOrder(2).number, {S::Verified}));
        h.network->on("POST", QStringLiteral("/v1/orders/[^/]+/events"),
                      [](const FakeRequest&) { return FakeResponse::problem(401, QStringLiteral("invalid token")); });
        const SyncReport r = h.run();
        QVERIFY(!r.completed);
        QVERIFY(r.unauthorized);
        QVERIFY(!r.offline);
        QVERIFY(r.error.message.contains(QStringLiteral("token")));
        QCOMPARE(r.pendingEvents, qint64(2));
        QVERIFY(h.network->requests.size() <= 2); // never retried
        QCOMPARE(h.scalar(QStringLiteral("SELECT sum(attempts) FROM outbox")), qint64(0));
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE last_error LIKE '%401%'")),
                 qint64(h.network->requests.size()));
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM sync_problems")), qint64(0)); // not the events' fault
    }

    void claimOnlineClaimedElsewhereAndQueuedOffline()
    {
        SyncHarness h(pushOnly(), true);
        const QList<qint64> ids = insertOrders(h, 3);
        h.network->on("POST", QStringLiteral("/v1/orders/[^/]+/claim"), [](const FakeRequest& r) {
            const QString order = r.path.section(u'/', 3, 3);
            if (order.endsWith(u'1'))
                return FakeResponse::json(
                    200, QJsonObject{{QStringLiteral("order_id"), order},
                                     {QStringLiteral("station_id"), QStringLiteral("station-1")},
                                     {QStringLiteral("expires_at"), QStringLiteral("2026-11-23T09:00:00.000Z")}});
            if (order.endsWith(u'2'))
                return FakeResponse::problem(409, QStringLiteral("claimed elsewhere"),
                                             QJsonObject{{QStringLiteral("held_by"), QStringLiteral("station-9")}});
            return FakeResponse::networkError();
        });
        QSignalSpy claims(h.engine.get(), &SyncEngine::claimFinished);
        for (qint64 id : ids)
            h.engine->claimOrder(id);
        QTRY_COMPARE(claims.size(), 3);
        QHash<qint64, ClaimResult> results;
        for (const auto& args : std::as_const(claims)) {
            const auto c = args.at(0).value<ClaimResult>();
            results.insert(c.orderId, c);
        }
        QCOMPARE(results.value(ids[0]).outcome, ClaimResult::Outcome::Claimed);
        QCOMPARE(results.value(ids[0]).expiresAt, utc(2026, 11, 23, 9, 0, 0));
        QCOMPARE(h.text(QStringLiteral("SELECT claimed_by FROM orders WHERE id = ?"), {ids[0]}),
                 QStringLiteral("station-1"));
        QCOMPARE(results.value(ids[1]).outcome, ClaimResult::Outcome::ClaimedElsewhere);
        QCOMPARE(results.value(ids[1]).heldBy, QStringLiteral("station-9"));
        QVERIFY(results.value(ids[1]).message.contains(QStringLiteral("station-9")));
        QCOMPARE(results.value(ids[2]).outcome, ClaimResult::Outcome::Queued);
        QVERIFY(!results.value(ids[2]).message.isEmpty());

        // The queued claim keeps the key of the attempt that got no answer.
        const QByteArray onlineKey = h.network->requestsTo("POST", QStringLiteral("/v1/orders/ord_0000000003/claim"))
                                         .first()
                                         .header("Idempotency-Key");
        QCOMPARE(h.text(QStringLiteral("SELECT idempotency_key FROM outbox WHERE kind = 'claim'")).toUtf8(), onlineKey);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM outbox")), qint64(1));

        // Back online, the marketplace says another station got it meanwhile: a supervisor task.
        h.network->on("POST", QStringLiteral("/v1/orders/ord_0000000003/claim"), [](const FakeRequest&) {
            return FakeResponse::problem(409, QStringLiteral("claimed elsewhere"),
                                         QJsonObject{{QStringLiteral("held_by"), QStringLiteral("station-4")}});
        });
        const SyncReport r = h.run();
        QVERIFY(r.completed);
        QCOMPARE(r.eventsRejected, 1);
        QCOMPARE(h.network->requestsTo("POST", QStringLiteral("/v1/orders/ord_0000000003/claim"))
                     .last()
                     .header("Idempotency-Key"),
                 onlineKey);
        QCOMPARE(h.text(QStringLiteral("SELECT kind FROM tasks WHERE order_id = ?"), {ids[2]}),
                 QStringLiteral("claim_lost"));
        QVERIFY(h.text(QStringLiteral("SELECT title FROM tasks")).contains(QStringLiteral("station-4")));
        QCOMPARE(h.text(QStringLiteral("SELECT claimed_by FROM orders WHERE id = ?"), {ids[2]}),
                 QStringLiteral("station-4"));
        QCOMPARE(r.openProblems, 1);
    }

    void queuedClaimDeliveredRecordsTheClaim()
    {
        SyncHarness h(pushOnly(), true);
        const QList<qint64> ids = insertOrders(h, 1);
        bool online = false;
        h.network->on("POST", QStringLiteral("/v1/orders/[^/]+/claim"), [&](const FakeRequest&) {
            if (!online)
                return FakeResponse::hanging();
            return FakeResponse::json(
                200, QJsonObject{{QStringLiteral("station_id"), QStringLiteral("station-1")},
                                 {QStringLiteral("expires_at"), QStringLiteral("2026-11-23T10:00:00.000Z")}});
        });
        QSignalSpy claims(h.engine.get(), &SyncEngine::claimFinished);
        h.engine->claimOrder(ids[0]);
        QTRY_COMPARE_WITH_TIMEOUT(claims.size(), 1, 10000); // the request timeout of 2 s
        QCOMPARE(claims.first().at(0).value<ClaimResult>().outcome, ClaimResult::Outcome::Queued);
        online = true;
        const SyncReport r = h.run();
        QVERIFY2(r.completed, qPrintable(r.error.toString()));
        QCOMPARE(h.text(QStringLiteral("SELECT claimed_by FROM orders")), QStringLiteral("station-1"));
        QCOMPARE(h.scalar(QStringLiteral("SELECT claim_expires_at FROM orders")),
                 utc(2026, 11, 23, 10, 0, 0).toMSecsSinceEpoch());
    }
};

QTEST_GUILESS_MAIN(TestSyncPush)
#include "TestSyncPush.moc"
