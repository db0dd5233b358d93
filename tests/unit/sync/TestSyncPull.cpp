// SyncEngine pulls against a fake marketplace: first pull and cursors, nothing changes on a second
// run, newer versions update marketplace-owned fields and older ones are ignored, a page and its
// cursor are stored together or not at all, unreadable items are kept aside with a visible problem
// without stopping the page, overlap re-reads catch late changes, cancellations and carrier events
// go through the state machine, and a run resumes after a restart where the last one stopped.

#include "SyncHarness.h"

#include "storage/AuditLog.h"

#include <QJsonArray>
#include <QTest>

using namespace saypro;
using namespace saypro::test;

namespace {
using S = OrderStatus;

QDateTime at(int minute)
{
    return utc(2026, 11, 23, 7, minute, 0);
}

const ResourceReport* resource(const SyncReport& r, const QString& name)
{
    for (const ResourceReport& rr : r.resources)
        if (rr.resource == name)
            return &rr;
    return nullptr;
}
} // namespace

class TestSyncPull final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<saypro::SyncReport>(); }

    void firstPullStoresEveryOrderWithAuditAndCursor()
    {
        SyncHarness h;
        for (int n = 1; n <= 7; ++n)
            h.market.putOrder(marketplaceOrder(n, 1, at(n)));
        const SyncReport r = h.run();
        QVERIFY2(r.completed, qPrintable(r.error.toString()));
        QVERIFY(r.firstSync);
        const ResourceReport* orders = resource(r, QStringLiteral("orders"));
        QVERIFY(orders);
        QCOMPARE(orders->counts.received, 7);
        QCOMPARE(orders->counts.inserted, 7);
        QCOMPARE(orders->counts.pages, 3); // 3 + 3 + 1 with page size 3
        QVERIFY(orders->complete);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM orders")), qint64(7));
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'created' AND actor = "
                                         "'marketplace'")),
                 qint64(7));
        QCOMPARE(h.text(QStringLiteral("SELECT cursor FROM sync_cursors WHERE resource = 'orders'")),
                 FakeMarketplace::cursorFor(ApiJson::orderToJson(marketplaceOrder(7, 1, at(7)))));
        QCOMPARE(orders->cursor, h.text(QStringLiteral("SELECT cursor FROM sync_cursors WHERE resource = 'orders'")));
        // Every field as the marketplace sent it.
        Order expected = marketplaceOrder(4, 1, at(4));
        const Order stored = h.order(expected.number);
        compareOrders(stored, expected, false);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(h.text(QStringLiteral("SELECT marketplace_status FROM orders WHERE number = ?"), {expected.number}),
                 QStringLiteral("new"));
        QVERIFY(r.lastSuccess.isValid());
        auto verify = AuditLog(h.db()).verify();
        QVERIFY(verify && verify->ok);
    }

    void secondRunChangesNothing()
    {
        SyncHarness h;
        for (int n = 1; n <= 5; ++n)
            h.market.putOrder(marketplaceOrder(n, 1, at(n)));
        QVERIFY(h.run().completed);
        const qint64 audit = h.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
        h.network->requests.clear();
        const SyncReport r = h.run();
        QVERIFY(r.completed);
        QVERIFY(!r.firstSync);
        QCOMPARE(r.total().inserted, 0);
        QCOMPARE(r.total().updated, 0);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
        // The run asked only for what changed after the stored cursor.
        const auto gets = h.network->requestsTo("GET", QStringLiteral("/v1/orders"));
        QCOMPARE(gets.size(), 1);
        QCOMPARE(gets.first().queryValue(QStringLiteral("updated_after")),
                 FakeMarketplace::cursorFor(ApiJson::orderToJson(marketplaceOrder(5, 1, at(5)))));
    }

    void newerVersionUpdatesMarketplaceFieldsAndOlderIsIgnored()
    {
        SyncHarness h;
        h.market.putOrder(marketplaceOrder(1, 3, at(1)));
        QVERIFY(h.run().completed);

        // An older version (a delayed replica) must never overwrite the newer one.
        Order older = marketplaceOrder(1, 2, at(2));
        older.customer.name = QStringLiteral("Old Name");
        h.market.putOrder(older);
        SyncReport r = h.run();
        QVERIFY(r.completed);
        QCOMPARE(resource(r, QStringLiteral("orders"))->counts.unchanged, 1);
        QCOMPARE(h.order(older.number).customer.name, QStringLiteral("Sipho Khumalo"));
        QCOMPARE(h.order(older.number).version, qint64(3));

        Order newer = marketplaceOrder(1, 4, at(3));
        newer.customer.name = QStringLiteral("Thandi Nkosi");
        newer.shipTo.line1 = QStringLiteral("7 Long Street");
        newer.paymentStatus = PaymentStatus::Pending;
        newer.instructions.giftWrap = true;
        newer.instructions.giftMessage = QStringLiteral("Veels geluk!");
        newer.lines.first().quantity = 5;
        h.market.putOrder(newer);
        r = h.run();
        QVERIFY(r.completed);
        QCOMPARE(resource(r, QStringLiteral("orders"))->counts.updated, 1);
        const Order stored = h.order(newer.number);
        QCOMPARE(stored.version, qint64(4));
        QCOMPARE(stored.customer.name, QStringLiteral("Thandi Nkosi"));
        QCOMPARE(stored.shipTo.line1, QStringLiteral("7 Long Street"));
        QCOMPARE(stored.paymentStatus, PaymentStatus::Pending);
        QVERIFY(stored.instructions.giftWrap);
        QCOMPARE(stored.instructions.giftMessage, QStringLiteral("Veels geluk!"));
        QCOMPARE(stored.lines.first().quantity, 5); // not picked yet: lines follow the marketplace
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'updated'")), qint64(1));
    }

    void pageAndCursorAreStoredTogetherOrNotAtAll()
    {
        SyncHarness h;
        for (int n = 1; n <= 6; ++n)
            h.market.putOrder(marketplaceOrder(n, 1, at(n)));
        // A storage failure in the middle of the second page (o4, o5, o6).
        QVERIFY(h.db()
                    .execute(QStringLiteral("CREATE TRIGGER fail_mid AFTER INSERT ON orders WHEN NEW.number = "
                                            "'SP-00000005' BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END"))
                    .has_value());
        SyncReport r = h.run();
        QVERIFY(!r.completed);
        QVERIFY(r.hasError);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM orders")), qint64(3));
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE number = 'SP-00000004'")), qint64(0));
        const QString afterPage1 = FakeMarketplace::cursorFor(ApiJson::orderToJson(marketplaceOrder(3, 1, at(3))));
        QCOMPARE(h.text(QStringLiteral("SELECT cursor FROM sync_cursors WHERE resource = 'orders'")), afterPage1);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM audit_log")), qint64(3));
        QVERIFY(r.lastSuccess.isNull());

        QVERIFY(h.db().execute(QStringLiteral("DROP TRIGGER fail_mid")).has_value());
        h.network->requests.clear();
        r = h.run();
        QVERIFY2(r.completed, qPrintable(r.error.toString()));
        QCOMPARE(h.network->requestsTo("GET", QStringLiteral("/v1/orders"))
                     .first()
                     .queryValue(QStringLiteral("updated_after")),
                 afterPage1);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM orders")), qint64(6));
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM audit_log")), qint64(6));
        auto verify = AuditLog(h.db()).verify();
        QVERIFY(verify && verify->ok);
    }

    void unreadableItemsAreKeptAsideWithoutStoppingThePage()
    {
        SyncHarness h;
        h.market.putOrder(marketplaceOrder(1, 1, at(1)));
        QJsonObject bad = ApiJson::orderToJson(marketplaceOrder(2, 1, at(2)));
        bad.remove(QStringLiteral("number"));
        h.market.put(QStringLiteral("orders"), bad);
        h.market.putOrder(marketplaceOrder(3, 1, at(3)));
        SyncReport r = h.run();
        QVERIFY2(r.completed, qPrintable(r.error.toString()));
        const ResourceReport* orders = resource(r, QStringLiteral("orders"));
        QCOMPARE(orders->counts.inserted, 2);
        QCOMPARE(orders->counts.quarantined, 1);
        QCOMPARE(r.openProblems, 1);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM sync_problems WHERE kind = 'unreadable_item' AND "
                                         "resolved_at IS NULL")),
                 qint64(1));
        QCOMPARE(h.text(QStringLiteral("SELECT item_id FROM sync_quarantine")), QStringLiteral("ord_0000000002"));
        QVERIFY(h.text(QStringLiteral("SELECT error FROM sync_quarantine")).contains(QStringLiteral("number")));
        // The cursor moved past the unreadable item: it is stored, raw, not lost.
        QCOMPARE(h.text(QStringLiteral("SELECT cursor FROM sync_cursors WHERE resource = 'orders'")),
                 FakeMarketplace::cursorFor(ApiJson::orderToJson(marketplaceOrder(3, 1, at(3)))));

        // Reading the same page again does not raise the same problem twice.
        QVERIFY(h.db().execute(QStringLiteral("DELETE FROM sync_cursors")).has_value());
        r = h.run();
        QVERIFY(r.completed);
        QCOMPARE(r.openProblems, 1);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM sync_quarantine")), qint64(1));

        // The marketplace fixes it: the newer version is stored and the problem resolves itself.
        h.market.putOrder(marketplaceOrder(2, 2, at(10)));
        r = h.run();
        QVERIFY(r.completed);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM orders")), qint64(3));
        QCOMPARE(r.openProblems, 0);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM sync_quarantine WHERE resolved_at IS NULL")), qint64(0));
    }

    void itemThatIsNotAnObjectIsKeptAside()
    {
        SyncHarness h;
        h.network->on("GET", QStringLiteral("/v1/orders"), [](const FakeRequest& req) {
            if (!req.queryValue(QStringLiteral("updated_after")).isEmpty())
                return FakeResponse::json(200, QJsonObject{{QStringLiteral("orders"), QJsonArray()},
                                                           {QStringLiteral("next_cursor"), QJsonValue::Null}});
            QJsonArray items{42, ApiJson::orderToJson(marketplaceOrder(1, 1, at(1)))};
            return FakeResponse::json(200, QJsonObject{{QStringLiteral("orders"), items},
                                                       {QStringLiteral("next_cursor"), QStringLiteral("c1")}});
        });
        const SyncReport r = h.run();
        QVERIFY2(r.completed, qPrintable(r.error.toString()));
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM orders")), qint64(1));
        QCOMPARE(h.text(QStringLiteral("SELECT body FROM sync_quarantine")), QStringLiteral("[42]"));
        QCOMPARE(r.openProblems, 1);
    }

    void brokenPageShapeFailsTheRunWithoutStoringAnything()
    {
        SyncHarness h;
        h.network->on("GET", QStringLiteral("/v1/orders"), [](const FakeRequest&) {
            return FakeResponse::json(200, QJsonObject{{QStringLiteral("data"), QJsonArray()}});
        });
        const SyncReport r = h.run();
        QVERIFY(!r.completed);
        QVERIFY(r.hasError);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM sync_cursors")), qint64(0));
    }

    void overlapReadsLateChangesAgain_data()
    {
        QTest::addColumn<qint64>("overlapMs");
        QTest::addColumn<bool>("lateOrderFound");
        QTest::addRow("with overlap") << qint64(120000) << true;
        QTest::addRow("without overlap") << qint64(0) << false;
    }
    void overlapReadsLateChangesAgain()
    {
        QFETCH(qint64, overlapMs);
        QFETCH(bool, lateOrderFound);
        SyncEngineOptions options = SyncHarness::fastOptions();
        options.pageSize = 2;
        options.overlapMs = overlapMs;
        SyncHarness h(options);
        h.market.putOrder(marketplaceOrder(1, 1, at(1)));
        h.market.putOrder(marketplaceOrder(2, 1, at(2)));
        QVERIFY(h.run().completed); // t0: reads o1, o2
        h.clock.advanceSecs(60);
        h.market.putOrder(marketplaceOrder(4, 1, at(4)));
        QVERIFY(h.run().completed); // t0+60: reads o4
        // o3 changed at 07:03 but became visible only now (replication lag on the marketplace).
        h.market.putOrder(marketplaceOrder(3, 1, at(3)));
        h.clock.advanceSecs(100);
        // t0+160: the newest position stored at least 120 s ago is the one of t0, before o3 and o4.
        const SyncReport r = h.run();
        QVERIFY(r.completed);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM orders WHERE number = 'SP-00000003'")),
                 qint64(lateOrderFound ? 1 : 0));
        if (lateOrderFound) {
            QCOMPARE(resource(r, QStringLiteral("orders"))->counts.unchanged, 1); // o4 again, de-duplicated
            QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'created'")), qint64(4));
        }
    }

    void cancellationFollowsTheStateMachine_data()
    {
        QTest::addColumn<int>("localStatus");
        QTest::addColumn<int>("expectedStatus");
        QTest::addColumn<QString>("task");
        QTest::addRow("new") << int(S::New) << int(S::Cancelled) << QString();
        QTest::addRow("ready") << int(S::Ready) << int(S::Cancelled) << QString();
        QTest::addRow("picking") << int(S::Picking) << int(S::Cancelled) << QStringLiteral("cancelled_while_packing");
        QTest::addRow("packed") << int(S::Packed) << int(S::Cancelled) << QStringLiteral("cancelled_while_packing");
        QTest::addRow("labelled") << int(S::Labelled) << int(S::Cancelled) << QStringLiteral("cancelled_while_packing");
        QTest::addRow("shipped") << int(S::Shipped) << int(S::Shipped) << QStringLiteral("cancelled_after_shipping");
    }
    void cancellationFollowsTheStateMachine()
    {
        QFETCH(int, localStatus);
        QFETCH(int, expectedStatus);
        QFETCH(QString, task);
        SyncHarness h;
        Order o = marketplaceOrder(1, 1, at(1));
        h.market.putOrder(o);
        QVERIFY(h.run().completed);
        if (S(localStatus) != S::New)
            QVERIFY(h.advance(o.number, stepsTo(S(localStatus))));
        const qint64 pushedBefore = h.scalar(QStringLiteral("SELECT count(*) FROM outbox"));

        Order cancelled = marketplaceOrder(1, 2, at(5));
        cancelled.status = S::Cancelled;
        h.market.putOrder(cancelled);
        const SyncReport r = h.run();
        QVERIFY2(r.completed, qPrintable(r.error.toString()));
        QCOMPARE(int(h.order(o.number).status), expectedStatus);
        QCOMPARE(h.text(QStringLiteral("SELECT marketplace_status FROM orders")), QStringLiteral("cancelled"));
        QCOMPARE(h.text(QStringLiteral("SELECT group_concat(kind) FROM tasks WHERE status = 'open'")), task);
        QCOMPARE(r.openTasks, task.isEmpty() ? 0 : 1);
        if (S(expectedStatus) == S::Cancelled) {
            QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'marketplace' AND action = "
                                             "'status_changed' AND after_json LIKE '%cancelled%'")),
                     qint64(1));
            QCOMPARE(resource(r, QStringLiteral("orders"))->counts.cancelled, 1);
        }
        // The marketplace's own cancellation is not sent back to it.
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM outbox")), pushedBefore);
        // Re-reading the same version changes nothing and adds no second task.
        QVERIFY(h.db().execute(QStringLiteral("DELETE FROM sync_cursors")).has_value());
        QVERIFY(h.run().completed);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM tasks")), qint64(task.isEmpty() ? 0 : 1));
    }

    void linesChangedAfterPickingAreKeptAndRaiseATask()
    {
        SyncHarness h;
        Order o = marketplaceOrder(1, 1, at(1));
        h.market.putOrder(o);
        QVERIFY(h.run().completed);
        QVERIFY(h.advance(o.number, stepsTo(S::Picking)));
        Order changed = marketplaceOrder(1, 2, at(5));
        changed.lines.first().quantity = 9;
        changed.customer.phone = QStringLiteral("+27830000000");
        h.market.putOrder(changed);
        QVERIFY(h.run().completed);
        const Order stored = h.order(o.number);
        QCOMPARE(stored.lines.first().quantity, 2);
        QCOMPARE(stored.customer.phone, QStringLiteral("+27830000000"));
        QCOMPARE(stored.status, S::Picking);
        QCOMPARE(h.text(QStringLiteral("SELECT kind FROM tasks")), QStringLiteral("lines_changed_after_pick"));
    }

    void trackingEventsAdvanceTheStatus()
    {
        SyncHarness h;
        Order o = marketplaceOrder(1, 1, at(1));
        Order waiting = marketplaceOrder(2, 1, at(2));
        h.market.putOrder(o);
        h.market.putOrder(waiting);
        QVERIFY(h.run().completed);
        QVERIFY(h.advance(o.number, stepsTo(S::Shipped)));
        auto event = [](const QString& id, const QString& order, const QString& status, int minute, qint64 version) {
            return QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("order_id"), order},
                               {QStringLiteral("tracking_number"), QStringLiteral("1Z5R89390357567127")},
                               {QStringLiteral("status"), status},
                               {QStringLiteral("occurred_at"), ApiJson::time(at(minute))},
                               {QStringLiteral("version"), version},
                               {QStringLiteral("updated_at"), ApiJson::time(at(minute))}};
        };
        h.market.put(QStringLiteral("tracking-events"),
                     event(QStringLiteral("te1"), o.marketplaceId, QStringLiteral("in_transit"), 10, 1));
        // An event for an order still waiting in the warehouse cannot move it: skipped.
        h.market.put(QStringLiteral("tracking-events"),
                     event(QStringLiteral("te2"), waiting.marketplaceId, QStringLiteral("delivered"), 11, 1));
        SyncReport r = h.run();
        QVERIFY(r.completed);
        QCOMPARE(h.order(o.number).status, S::InTransit);
        QCOMPARE(h.order(waiting.number).status, S::New);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM tracking_events")), qint64(2));

        h.market.put(QStringLiteral("tracking-events"),
                     event(QStringLiteral("te3"), o.marketplaceId, QStringLiteral("delivered"), 20, 1));
        r = h.run();
        QVERIFY(r.completed);
        const Order delivered = h.order(o.number);
        QCOMPARE(delivered.status, S::Delivered);
        QCOMPARE(delivered.deliveredAt, at(20));
        QCOMPARE(resource(r, QStringLiteral("tracking-events"))->counts.statusChanges, 1);

        // A late "out for delivery" for a delivered order is stored but does not move it back.
        h.market.put(QStringLiteral("tracking-events"),
                     event(QStringLiteral("te4"), o.marketplaceId, QStringLiteral("out_for_delivery"), 25, 1));
        QVERIFY(h.run().completed);
        QCOMPARE(h.order(o.number).status, S::Delivered);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM tracking_events")), qint64(4));
    }

    void inventoryReturnsAndFeedbackAreStoredByVersion()
    {
        SyncHarness h;
        Order o = marketplaceOrder(1, 1, at(1));
        h.market.putOrder(o);
        QVERIFY(h.run().completed);
        QVERIFY(h.advance(o.number, stepsTo(S::Delivered)));

        auto stock = [](qint64 version, int onHand, int minute) {
            return QJsonObject{{QStringLiteral("id"), QStringLiteral("inv1")},
                               {QStringLiteral("sku"), QStringLiteral("SP-MUG-BLU")},
                               {QStringLiteral("location"), QStringLiteral("JHB-A-01-02-03-04")},
                               {QStringLiteral("on_hand"), onHand},
                               {QStringLiteral("version"), version},
                               {QStringLiteral("updated_at"), ApiJson::time(at(minute))}};
        };
        h.market.put(QStringLiteral("inventory"), stock(2, 40, 3));
        h.market.put(QStringLiteral("returns"),
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("ret1")},
                                 {QStringLiteral("rma"), QStringLiteral("RMA-2026-000321")},
                                 {QStringLiteral("order_id"), o.marketplaceId},
                                 {QStringLiteral("status"), QStringLiteral("requested")},
                                 {QStringLiteral("requested_at"), ApiJson::time(at(30))},
                                 {QStringLiteral("version"), 1},
                                 {QStringLiteral("updated_at"), ApiJson::time(at(30))},
                                 {QStringLiteral("lines"),
                                  QJsonArray{QJsonObject{{QStringLiteral("line_id"), QStringLiteral("L1")},
                                                         {QStringLiteral("sku"), QStringLiteral("SP-MUG-BLU")},
                                                         {QStringLiteral("quantity"), 1},
                                                         {QStringLiteral("reason"), QStringLiteral("damaged")}}}}});
        h.market.put(QStringLiteral("returns"), QJsonObject{{QStringLiteral("id"), QStringLiteral("ret2")},
                                                            {QStringLiteral("rma"), QStringLiteral("RMA-2026-000322")},
                                                            {QStringLiteral("order_id"), QStringLiteral("ord_unknown")},
                                                            {QStringLiteral("status"), QStringLiteral("requested")},
                                                            {QStringLiteral("version"), 1},
                                                            {QStringLiteral("updated_at"), ApiJson::time(at(31))},
                                                            {QStringLiteral("lines"), QJsonArray()}});
        h.market.put(QStringLiteral("feedback"), QJsonObject{{QStringLiteral("id"), QStringLiteral("fb1")},
                                                             {QStringLiteral("order_id"), o.marketplaceId},
                                                             {QStringLiteral("rating"), 5},
                                                             {QStringLiteral("comment"), QStringLiteral("Ngiyabonga!")},
                                                             {QStringLiteral("version"), 1},
                                                             {QStringLiteral("updated_at"), ApiJson::time(at(40))}});
        SyncReport r = h.run();
        QVERIFY2(r.completed, qPrintable(r.error.toString()));
        QCOMPARE(h.scalar(QStringLiteral("SELECT on_hand FROM stock")), qint64(40));
        QCOMPARE(h.text(QStringLiteral("SELECT status FROM returns WHERE rma = 'RMA-2026-000321'")),
                 QStringLiteral("requested"));
        QCOMPARE(h.scalar(QStringLiteral("SELECT quantity_requested FROM return_lines")), qint64(1));
        QVERIFY(h.scalar(QStringLiteral("SELECT order_line_id FROM return_lines")) > 0);
        QCOMPARE(h.order(o.number).status, S::ReturnRequested);
        QCOMPARE(h.text(QStringLiteral("SELECT comment FROM feedback")), QStringLiteral("Ngiyabonga!"));
        // The return for an order this station does not have is kept aside, visibly.
        QCOMPARE(h.text(QStringLiteral("SELECT item_id FROM sync_quarantine")), QStringLiteral("ret2"));
        QCOMPARE(r.openProblems, 1);

        // Stock: an older figure never replaces a newer one; a newer one does.
        h.market.put(QStringLiteral("inventory"), stock(1, 7, 4));
        QVERIFY(h.run().completed);
        QCOMPARE(h.scalar(QStringLiteral("SELECT on_hand FROM stock")), qint64(40));
        h.market.put(QStringLiteral("inventory"), stock(3, 38, 5));
        QVERIFY(h.run().completed);
        QCOMPARE(h.scalar(QStringLiteral("SELECT on_hand FROM stock")), qint64(38));
    }

    void resumesWhereTheLastRunStoppedAfterARestart()
    {
        SyncHarness h;
        for (int n = 1; n <= 6; ++n)
            h.market.putOrder(marketplaceOrder(n, 1, at(n)));
        // The marketplace fails every request after the first page.
        const QString afterPage1 = FakeMarketplace::cursorFor(ApiJson::orderToJson(marketplaceOrder(3, 1, at(3))));
        h.network->on("GET", QStringLiteral("/v1/orders"), [&](const FakeRequest& req) {
            if (req.queryValue(QStringLiteral("updated_after")) == afterPage1)
                return FakeResponse::problem(500, QStringLiteral("down"));
            return h.market.page(QStringLiteral("orders"), req.queryValue(QStringLiteral("updated_after")), 3);
        });
        SyncReport r = h.run();
        QVERIFY(!r.completed);
        QVERIFY(!r.offline);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM orders")), qint64(3));
        QCOMPARE(h.network->requestsTo("GET", QStringLiteral("/v1/orders")).size(), 3); // page 1, then 2 attempts

        h.restart(); // a new program: everything it needs is in the database
        r = h.run();
        QVERIFY2(r.completed, qPrintable(r.error.toString()));
        QCOMPARE(h.network->requestsTo("GET", QStringLiteral("/v1/orders"))
                     .first()
                     .queryValue(QStringLiteral("updated_after")),
                 afterPage1);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM orders")), qint64(6));
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'created'")), qint64(6));
    }

    void offlineRunReportsOfflineAndStoresNothing()
    {
        SyncHarness h;
        h.market.putOrder(marketplaceOrder(1, 1, at(1)));
        h.network->on("GET", QStringLiteral("/v1/.*"), [](const FakeRequest&) { return FakeResponse::networkError(); });
        const SyncReport r = h.run();
        QVERIFY(!r.completed);
        QVERIFY(r.offline);
        QVERIFY(!r.error.message.isEmpty());
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM orders")), qint64(0));
    }

    void progressEstimatesTheFirstSync()
    {
        SyncHarness h;
        h.clock.set(at(0).addSecs(30 * 60)); // 07:30
        for (int n = 1; n <= 6; ++n)
            h.market.putOrder(marketplaceOrder(n, 1, at(n * 5 - 4))); // 07:01 ... 07:26
        QSignalSpy progress(h.engine.get(), &SyncEngine::progress);
        QVERIFY(h.run().completed);
        QVERIFY(progress.size() >= 2);
        // After the first page (07:01..07:11 of 07:01..07:30) about a third is done.
        const qint64 done = progress.first().at(0).toLongLong();
        const qint64 total = progress.first().at(1).toLongLong();
        QCOMPARE(done, qint64(3));
        QVERIFY2(total >= 6 && total <= 12, qPrintable(QString::number(total)));
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(6));
    }
};

QTEST_GUILESS_MAIN(TestSyncPull)
#include "TestSyncPull.moc"
