// InventoryStore: reservations, picks, restocks and adjustments change the stock arithmetic exactly, and
// every movement writes one movement row, one audit row and one outbox event together; bad input is refused
// with the right error and leaves the database as it was; rebalancing, the low-stock list, search, cycle
// counts and the reconciliation report.

#include "InventoryFixture.h"

#include "storage/AuditLog.h"

#include <QJsonArray>
#include <QTest>

using namespace saypro;
using namespace saypro::test;

namespace {
using F = InventoryFixture;
} // namespace

class TestInventoryStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void reasonKeysAndNames();
    void reserveHoldsUnitsWithoutMovement();
    void reserveRefusedWhenTooFewAvailable();
    void reserveRejectsBadInput_data();
    void reserveRejectsBadInput();
    void releaseLineAndOrder();
    void pickConsumesTheLinesReservationFirst();
    void pickRefusedWhenItWouldTakeOthersReservedStock();
    void restockIntoANewBinAndReturnForAnOrder();
    void restockRejectsBadInput_data();
    void restockRejectsBadInput();
    void adjustArithmeticAndRows();
    void adjustRejectsBadInput_data();
    void adjustRejectsBadInput();
    void adjustBelowReservedReleasesNewestFirst();
    void rebalanceAfterAMarketplaceFigure();
    void lowStockList();
    void searchByGtinSkuAndBin();
    void compareAndConfirmCount();
    void countRejectsBadInput_data();
    void countRejectsBadInput();
    void reconcileFindsAPlantedDiscrepancy();
    void movementsNewestFirstWithSentFlag();
    void joinsTheCallersTransaction();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<InventoryFixture> m_f;
    int m_nextDb = 0;
};

void TestInventoryStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestInventoryStore::init()
{
    auto f = InventoryFixture::create(m_dir, QStringLiteral("inv-%1.db").arg(++m_nextDb));
    STATION_VERIFY_OK(f);
    m_f = std::move(*f);
}

void TestInventoryStore::cleanup()
{
    if (m_f && !QTest::currentTestFailed()) {
        QVERIFY(!m_f->db().inTransaction());
        auto verified = AuditLog(m_f->db()).verify();
        STATION_VERIFY_OK(verified);
        QVERIFY2(verified->ok, qPrintable(verified->problem));
    }
    m_f.reset();
}

void TestInventoryStore::reasonKeysAndNames()
{
    const QStringList keys = {QStringLiteral("pick"),      QStringLiteral("restock"), QStringLiteral("cycle_count"),
                              QStringLiteral("damage"),    QStringLiteral("found"),   QStringLiteral("return"),
                              QStringLiteral("correction")};
    QCOMPARE(StockReasons::all().size(), keys.size());
    for (int i = 0; i < keys.size(); ++i) {
        const StockReason r = StockReasons::all().at(i);
        QCOMPARE(StockReasons::key(r), keys.at(i));
        QVERIFY(StockReasons::fromKey(keys.at(i)) == std::optional<StockReason>(r));
        QVERIFY(!StockReasons::displayName(r).isEmpty());
    }
    QCOMPARE(StockReasons::displayName(StockReason::CycleCount), QStringLiteral("Cycle count"));
    QVERIFY(!StockReasons::fromKey(QStringLiteral("stolen")));
    QVERIFY(!StockReasons::adjustmentReasons().contains(StockReason::Pick));
    QCOMPARE(StockReasons::adjustmentReasons().size(), keys.size() - 1);
}

void TestInventoryStore::reserveHoldsUnitsWithoutMovement()
{
    QVERIFY(m_f->setStock(F::mugBlue(), F::binA(), 10));
    auto order = m_f->createOrder({{F::mugBlue(), 3}});
    STATION_VERIFY_OK(order);
    const qint64 outbox = m_f->count(QStringLiteral("outbox"));
    const qint64 audit = m_f->count(QStringLiteral("audit_log"));

    // A bin code in lower case with short numbers is stored in its printed form.
    auto r = m_f->store().reserve(order->id, order->lineIds.first(), QStringLiteral("jhb1-a-1-2-1-3"), 3);
    STATION_VERIFY_OK(r);
    QVERIFY(r->id > 0);
    QCOMPARE(r->orderId, order->id);
    QCOMPARE(r->orderNumber, order->number);
    QCOMPARE(r->orderLineId, order->lineIds.first());
    QCOMPARE(r->sku, F::mugBlue());
    QCOMPARE(r->location, F::binA());
    QCOMPARE(r->quantity, 3);
    QCOMPARE(r->createdAt, m_f->clock().now());

    auto level = m_f->store().level(F::mugBlue(), F::binA());
    STATION_VERIFY_OK(level);
    QCOMPARE(level->onHand, 10);
    QCOMPARE(level->reserved, 3);
    QCOMPARE(level->available(), 7);
    QCOMPARE(level->marketOnHand, 10);
    QCOMPARE(level->version, qint64(7));
    // Reservations are local: no movement, no event, no audit row.
    QCOMPARE(m_f->count(QStringLiteral("stock_movements")), 0);
    QCOMPARE(m_f->count(QStringLiteral("outbox")), outbox);
    QCOMPARE(m_f->count(QStringLiteral("audit_log")), audit);

    auto forOrder = m_f->store().reservationsForOrder(order->id);
    STATION_VERIFY_OK(forOrder);
    QCOMPARE(forOrder->size(), 1);
    QCOMPARE(forOrder->first().id, r->id);
    auto forSku = m_f->store().reservationsForSku(F::mugBlue());
    STATION_VERIFY_OK(forSku);
    QCOMPARE(forSku->size(), 1);

    auto free = m_f->store().availableFor({F::mugBlue(), F::mugBlue(), F::kettle()});
    STATION_VERIFY_OK(free);
    QCOMPARE(free->value(F::mugBlue()).size(), 1);
    QCOMPARE(free->value(F::mugBlue()).first().available(), 7);
    QVERIFY(!free->contains(F::kettle()));
}

void TestInventoryStore::reserveRefusedWhenTooFewAvailable()
{
    QVERIFY(m_f->setStock(F::mugBlue(), F::binA(), 10));
    auto first = m_f->createOrder({{F::mugBlue(), 3}});
    auto second = m_f->createOrder({{F::mugBlue(), 8}});
    STATION_VERIFY_OK(first);
    STATION_VERIFY_OK(second);
    STATION_VERIFY_OK(m_f->store().reserve(first->id, first->lineIds.first(), F::binA(), 3));
    const QString before = m_f->snapshot();

    auto r = m_f->store().reserve(second->id, second->lineIds.first(), F::binA(), 8);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Conflict);
    QVERIFY2(r.error().message.contains(F::mugBlue()), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(F::binA()), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("Only 7")), qPrintable(r.error().message));
    QVERIFY(!r.error().detail.isEmpty());
    QCOMPARE(m_f->snapshot(), before);

    // Exactly what is available may be taken.
    STATION_VERIFY_OK(m_f->store().reserve(second->id, second->lineIds.first(), F::binA(), 7));
    QCOMPARE(m_f->reserved(F::mugBlue(), F::binA()), 10);
}

void TestInventoryStore::reserveRejectsBadInput_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<Error::Code>("code");
    QTest::addRow("line of another order") << QStringLiteral("other-line") << Error::Code::InvalidArgument;
    QTest::addRow("unknown order") << QStringLiteral("unknown-order") << Error::Code::NotFound;
    QTest::addRow("zero quantity") << QStringLiteral("zero") << Error::Code::InvalidArgument;
    QTest::addRow("negative quantity") << QStringLiteral("negative") << Error::Code::InvalidArgument;
    QTest::addRow("malformed bin") << QStringLiteral("bad-bin") << Error::Code::InvalidArgument;
    QTest::addRow("no stock in the bin") << QStringLiteral("empty-bin") << Error::Code::Conflict;
}

void TestInventoryStore::reserveRejectsBadInput()
{
    QFETCH(QString, which);
    QFETCH(Error::Code, code);
    QVERIFY(m_f->setStock(F::mugBlue(), F::binA(), 10));
    auto order = m_f->createOrder({{F::mugBlue(), 2}});
    auto other = m_f->createOrder({{F::mugBlue(), 2}});
    STATION_VERIFY_OK(order);
    STATION_VERIFY_OK(other);
    const QString before = m_f->snapshot();
    qint64 orderId = order->id;
    qint64 lineId = order->lineIds.first();
    QString bin = F::binA();
    int quantity = 2;
    if (which == QLatin1String("other-line"))
        lineId = other->lineIds.first();
    else if (which == QLatin1String("unknown-order"))
        orderId = 9999;
    else if (which == QLatin1String("zero"))
        quantity = 0;
    else if (which == QLatin1String("negative"))
        quantity = -2;
    else if (which == QLatin1String("bad-bin"))
        bin = QStringLiteral("shelf 4");
    else if (which == QLatin1String("empty-bin"))
        bin = F::binB();
    auto r = m_f->store().reserve(orderId, lineId, bin, quantity);
    QVERIFY(!r);
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().message.isEmpty());
    QVERIFY(!r.error().detail.isEmpty());
    QCOMPARE(m_f->snapshot(), before);
}

void TestInventoryStore::releaseLineAndOrder()
{
    QVERIFY(m_f->setStock(F::mugBlue(), F::binA(), 10));
    QVERIFY(m_f->setStock(F::mugBlue(), F::binB(), 10));
    QVERIFY(m_f->setStock(F::kettle(), F::binC(), 4));
    auto order = m_f->createOrder({{F::mugBlue(), 5}, {F::kettle(), 1}});
    STATION_VERIFY_OK(order);
    const qint64 mugLine = order->lineIds.at(0);
    const qint64 kettleLine = order->lineIds.at(1);
    STATION_VERIFY_OK(m_f->store().reserve(order->id, mugLine, F::binA(), 3));
    STATION_VERIFY_OK(m_f->store().reserve(order->id, mugLine, F::binB(), 2));
    STATION_VERIFY_OK(m_f->store().reserve(order->id, kettleLine, F::binC(), 1));

    // The mug line is shorted at pick: its 5 units go back, the kettle stays reserved.
    const qint64 audit = m_f->count(QStringLiteral("audit_log"));
    auto released =
        m_f->store().releaseLine(order->id, mugLine, QStringLiteral("thandi.m"), QStringLiteral("shorted at pick"));
    STATION_VERIFY_OK(released);
    QCOMPARE(*released, 5);
    QCOMPARE(m_f->reserved(F::mugBlue(), F::binA()), 0);
    QCOMPARE(m_f->reserved(F::mugBlue(), F::binB()), 0);
    QCOMPARE(m_f->reserved(F::kettle(), F::binC()), 1);
    QCOMPARE(m_f->count(QStringLiteral("reservations")), 1);
    QCOMPARE(m_f->count(QStringLiteral("audit_log")), audit + 1);
    QCOMPARE(m_f->count(QStringLiteral("stock_movements")), 0);

    auto entries = AuditLog(m_f->db()).forEntity(QStringLiteral("order"), order->number);
    STATION_VERIFY_OK(entries);
    const AuditEntry& e = entries->last();
    QCOMPARE(e.action, QStringLiteral("reservation_released"));
    QCOMPARE(e.actor, QStringLiteral("thandi.m"));
    QCOMPARE(e.station, F::station());
    const QJsonObject before = F::json(e.beforeJson);
    const QJsonObject after = F::json(e.afterJson);
    QCOMPARE(before.value(QLatin1String("units")).toInt(), 6);
    QCOMPARE(before.value(QLatin1String("bins")).toArray().size(), 3);
    QCOMPARE(after.value(QLatin1String("units")).toInt(), 1);
    QCOMPARE(after.value(QLatin1String("released")).toInt(), 5);
    QCOMPARE(after.value(QLatin1String("line")).toInteger(), mugLine);
    QCOMPARE(after.value(QLatin1String("reason")).toString(), QStringLiteral("shorted at pick"));
    const QJsonObject left = after.value(QLatin1String("bins")).toArray().first().toObject();
    QCOMPARE(left.value(QLatin1String("sku")).toString(), F::kettle());
    QCOMPARE(left.value(QLatin1String("location")).toString(), F::binC());
    QCOMPARE(left.value(QLatin1String("quantity")).toInt(), 1);

    // The order is cancelled: the rest goes back.
    released = m_f->store().releaseOrder(order->id, QStringLiteral("marketplace"), QStringLiteral("cancelled"));
    STATION_VERIFY_OK(released);
    QCOMPARE(*released, 1);
    QCOMPARE(m_f->reserved(F::kettle(), F::binC()), 0);
    QCOMPARE(m_f->count(QStringLiteral("reservations")), 0);
    QCOMPARE(m_f->count(QStringLiteral("audit_log")), audit + 2);

    // Nothing left to release: 0, and no audit row.
    released = m_f->store().releaseOrder(order->id, QStringLiteral("marketplace"), QStringLiteral("cancelled"));
    STATION_VERIFY_OK(released);
    QCOMPARE(*released, 0);
    QCOMPARE(m_f->count(QStringLiteral("audit_log")), audit + 2);

    // Bad input.
    auto other = m_f->createOrder({{F::kettle(), 1}});
    STATION_VERIFY_OK(other);
    const QString snapshot = m_f->snapshot();
    auto wrongLine = m_f->store().releaseLine(order->id, other->lineIds.first(), QStringLiteral("x"), QString());
    QVERIFY(!wrongLine);
    QCOMPARE(wrongLine.error().code, Error::Code::InvalidArgument);
    auto unknown = m_f->store().releaseOrder(4242, QStringLiteral("x"), QString());
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, Error::Code::NotFound);
    QCOMPARE(m_f->snapshot(), snapshot);
}

void TestInventoryStore::pickConsumesTheLinesReservationFirst()
{
    QVERIFY(m_f->setStock(F::mugBlue(), F::binA(), 10));
    auto order = m_f->createOrder({{F::mugBlue(), 6}}, QStringLiteral("picking"));
    STATION_VERIFY_OK(order);
    const qint64 line = order->lineIds.first();
    STATION_VERIFY_OK(m_f->store().reserve(order->id, line, F::binA(), 2));
    m_f->clock().advanceSecs(60);
    STATION_VERIFY_OK(m_f->store().reserve(order->id, line, F::binA(), 2));
    const qint64 maxAudit = scalarInt(m_f->db(), QStringLiteral("SELECT max(id) FROM audit_log"));

    m_f->clock().advanceSecs(600);
    const QDateTime now = m_f->clock().now();
    auto m = m_f->store().pick(order->id, line, F::binA(), 3, QStringLiteral("sipho.n"));
    STATION_VERIFY_OK(m);
    QCOMPARE(m->delta, -3);
    QCOMPARE(m->reason, StockReason::Pick);
    QCOMPARE(m->orderId, order->id);
    QCOMPARE(m->orderNumber, order->number);
    QCOMPARE(m->onHandAfter, 7);
    QCOMPARE(m->actor, QStringLiteral("sipho.n"));
    QCOMPARE(m->station, F::station());
    QCOMPARE(m->at, now);
    QVERIFY(!m->sent);
    // 3 of the line's 4 reserved units consumed: the older row went, the newer shrank to 1.
    QCOMPARE(m_f->onHand(F::mugBlue(), F::binA()), 7);
    QCOMPARE(m_f->reserved(F::mugBlue(), F::binA()), 1);
    QCOMPARE(m_f->rows(QStringLiteral("SELECT quantity FROM reservations")), QStringLiteral("1"));

    // The movement row, its outbox event and the audit row.
    QCOMPARE(m_f->rows(QStringLiteral("SELECT at, sku, location, delta, reason, order_id, actor, station, note, "
                                      "on_hand_after FROM stock_movements WHERE id = ?"),
                       {m->id}),
             QStringLiteral("%1|%2|%3|-3|pick|%4|sipho.n|%5||7")
                 .arg(now.toMSecsSinceEpoch())
                 .arg(F::mugBlue(), F::binA())
                 .arg(order->id)
                 .arg(F::station()));
    const qint64 outboxId =
        scalarInt(m_f->db(), QStringLiteral("SELECT outbox_id FROM stock_movements WHERE id = ?"), {m->id});
    QCOMPARE(m_f->rows(QStringLiteral("SELECT order_id, kind, method, path FROM outbox WHERE id = ?"), {outboxId}),
             QStringLiteral("%1|stock_adjustment|POST|/v1/inventory/adjustments").arg(order->id));
    const QJsonObject payload =
        F::json(m_f->rows(QStringLiteral("SELECT payload FROM outbox WHERE id = ?"), {outboxId}));
    QCOMPARE(payload, (QJsonObject{{QStringLiteral("sku"), F::mugBlue()},
                                   {QStringLiteral("location"), F::binA()},
                                   {QStringLiteral("delta"), -3},
                                   {QStringLiteral("reason"), QStringLiteral("pick")},
                                   {QStringLiteral("order_id"), order->marketplaceId}}));
    QCOMPARE(m_f->rows(QStringLiteral("SELECT actor, station, entity, entity_id, action FROM audit_log WHERE id > ?"),
                       {maxAudit}),
             QStringLiteral("sipho.n|%1|stock|%2@%3|stock_moved").arg(F::station(), F::mugBlue(), F::binA()));
    const QJsonObject before =
        F::json(m_f->rows(QStringLiteral("SELECT before_json FROM audit_log WHERE id > ?"), {maxAudit}));
    const QJsonObject after =
        F::json(m_f->rows(QStringLiteral("SELECT after_json FROM audit_log WHERE id > ?"), {maxAudit}));
    QCOMPARE(before, (QJsonObject{{QStringLiteral("on_hand"), 10}, {QStringLiteral("reserved"), 4}}));
    QCOMPARE(after, (QJsonObject{{QStringLiteral("on_hand"), 7},
                                 {QStringLiteral("reserved"), 1},
                                 {QStringLiteral("delta"), -3},
                                 {QStringLiteral("reason"), QStringLiteral("pick")}}));

    // Picking beyond the reservation takes free stock: 1 reserved + 2 free.
    auto more = m_f->store().pick(order->id, line, F::binA(), 3, QStringLiteral("sipho.n"));
    STATION_VERIFY_OK(more);
    QCOMPARE(m_f->onHand(F::mugBlue(), F::binA()), 4);
    QCOMPARE(m_f->reserved(F::mugBlue(), F::binA()), 0);
    QCOMPARE(m_f->count(QStringLiteral("reservations")), 0);
    QCOMPARE(m_f->count(QStringLiteral("stock_movements")), 2);
    // market_on_hand is the marketplace's figure: local movements never touch it.
    auto level = m_f->store().level(F::mugBlue(), F::binA());
    STATION_VERIFY_OK(level);
    QCOMPARE(level->marketOnHand, 10);
    QCOMPARE(level->updatedAt, m_f->clock().now());
}

void TestInventoryStore::pickRefusedWhenItWouldTakeOthersReservedStock()
{
    QVERIFY(m_f->setStock(F::mugBlue(), F::binA(), 5));
    auto holder = m_f->createOrder({{F::mugBlue(), 4}});
    auto picker = m_f->createOrder({{F::mugBlue(), 2}}, QStringLiteral("picking"));
    STATION_VERIFY_OK(holder);
    STATION_VERIFY_OK(picker);
    STATION_VERIFY_OK(m_f->store().reserve(holder->id, holder->lineIds.first(), F::binA(), 4));
    const QString before = m_f->snapshot();

    // Only 1 unit is free; the other 4 belong to another order.
    auto r = m_f->store().pick(picker->id, picker->lineIds.first(), F::binA(), 2, QStringLiteral("sipho.n"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Conflict);
    QVERIFY2(r.error().message.contains(QStringLiteral("Only 1")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(F::binA()), qPrintable(r.error().message));
    QCOMPARE(m_f->snapshot(), before);

    // More than the bin holds.
    r = m_f->store().pick(holder->id, holder->lineIds.first(), F::binA(), 6, QStringLiteral("sipho.n"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::Code::Conflict);
    QVERIFY2(r.error().message.contains(QStringLiteral("only 5")), qPrintable(r.error().message));
    // A bin without a row, a malformed bin, a foreign line, a zero quantity.
    r = m_f->store().pick(holder->id, holder->lineIds.first(), F::binB(), 1, QStringLiteral("sipho.n"));
    QCOMPARE(r.error().code, Error::Code::Conflict);
    r = m_f->store().pick(holder->id, holder->lineIds.first(), QStringLiteral("JHB1-A"), 1, QStringLiteral("x"));
    QCOMPARE(r.error().code, Error::Code::InvalidArgument);
    r = m_f->store().pick(holder->id, picker->lineIds.first(), F::binA(), 1, QStringLiteral("x"));
    QCOMPARE(r.error().code, Error::Code::InvalidArgument);
    r = m_f->store().pick(holder->id, holder->lineIds.first(), F::binA(), 0, QStringLiteral("x"));
    QCOMPARE(r.error().code, Error::Code::InvalidArgument);
    QCOMPARE(m_f->snapshot(), before);

    // The free unit may be picked; the holder may pick all of its own.
    STATION_VERIFY_OK(m_f->store().pick(picker->id, picker->lineIds.first(), F::binA(), 1, QStringLiteral("x")));
    STATION_VERIFY_OK(m_f->store().pick(holder->id, holder->lineIds.first(), F::binA(), 4, QStringLiteral("x")));
    QCOMPARE(m_f->onHand(F::mugBlue(), F::binA()), 0);
    QCOMPARE(m_f->reserved(F::mugBlue(), F::binA()), 0);
}

void TestInventoryStore::restockIntoANewBinAndReturnForAnOrder()
{
    const qint64 maxOutbox = scalarInt(m_f->db(), QStringLiteral("SELECT coalesce(max(id), 0) FROM outbox"));
    auto m = m_f->store().restock(F::kettle(), QStringLiteral("jhb1-b-7-11-3-1"), 12, StockReason::Restock,
                                  QStringLiteral("johan.v"), QStringLiteral("delivery DN-4471"));
    STATION_VERIFY_OK(m);
    QCOMPARE(m->location, F::binC());
    QCOMPARE(m->delta, 12);
    QCOMPARE(m->onHandAfter, 12);
    QCOMPARE(m->orderId, qint64(0));
    QVERIFY(m->orderNumber.isEmpty());
    QCOMPARE(m_f->rows(QStringLiteral("SELECT on_hand, reserved, market_on_hand, version FROM stock WHERE sku = ?"),
                       {F::kettle()}),
             QStringLiteral("12|0|0|0"));
    QCOMPARE(m_f->rows(QStringLiteral("SELECT reason, order_id, note FROM stock_movements WHERE id = ?"), {m->id}),
             QStringLiteral("restock|NULL|delivery DN-4471"));
    // Not for an order: outbox.order_id is NULL (it references orders) and the payload has no order_id.
    QCOMPARE(m_f->rows(QStringLiteral("SELECT order_id, kind FROM outbox WHERE id > ?"), {maxOutbox}),
             QStringLiteral("NULL|stock_adjustment"));
    const QJsonObject payload =
        F::json(m_f->rows(QStringLiteral("SELECT payload FROM outbox WHERE id > ?"), {maxOutbox}));
    QVERIFY(!payload.contains(QLatin1String("order_id")));
    QCOMPARE(payload.value(QLatin1String("reason")).toString(), QStringLiteral("restock"));
    QCOMPARE(payload.value(QLatin1String("delta")).toInt(), 12);
    QCOMPARE(scalarInt(m_f->db(), QStringLiteral("SELECT outbox_id FROM stock_movements WHERE id = ?"), {m->id}),
             maxOutbox + 1);

    // A customer return for an order names the order.
    auto order = m_f->createOrder({{F::kettle(), 1}}, QStringLiteral("return_received"));
    STATION_VERIFY_OK(order);
    auto back = m_f->store().restock(F::kettle(), F::binC(), 1, StockReason::Return, QStringLiteral("lerato.d"),
                                     QStringLiteral("RMA-0001"), order->id);
    STATION_VERIFY_OK(back);
    QCOMPARE(back->onHandAfter, 13);
    QCOMPARE(back->orderNumber, order->number);
    QCOMPARE(m_f->rows(QStringLiteral("SELECT order_id, reason FROM stock_movements WHERE id = ?"), {back->id}),
             QStringLiteral("%1|return").arg(order->id));
    const qint64 outboxId =
        scalarInt(m_f->db(), QStringLiteral("SELECT outbox_id FROM stock_movements WHERE id = ?"), {back->id});
    QCOMPARE(scalarInt(m_f->db(), QStringLiteral("SELECT order_id FROM outbox WHERE id = ?"), {outboxId}), order->id);
    QCOMPARE(F::json(m_f->rows(QStringLiteral("SELECT payload FROM outbox WHERE id = ?"), {outboxId}))
                 .value(QLatin1String("order_id"))
                 .toString(),
             order->marketplaceId);
}

void TestInventoryStore::restockRejectsBadInput_data()
{
    QTest::addColumn<QString>("sku");
    QTest::addColumn<QString>("bin");
    QTest::addColumn<int>("quantity");
    QTest::addColumn<int>("reason");
    QTest::addColumn<qint64>("orderId");
    QTest::addColumn<Error::Code>("code");
    const int restock = int(StockReason::Restock);
    QTest::addRow("damage is not a restock")
        << F::mugBlue() << F::binA() << 1 << int(StockReason::Damage) << qint64(0) << Error::Code::InvalidArgument;
    QTest::addRow("pick is not a restock")
        << F::mugBlue() << F::binA() << 1 << int(StockReason::Pick) << qint64(0) << Error::Code::InvalidArgument;
    QTest::addRow("zero") << F::mugBlue() << F::binA() << 0 << restock << qint64(0) << Error::Code::InvalidArgument;
    QTest::addRow("negative") << F::mugBlue() << F::binA() << -1 << restock << qint64(0)
                              << Error::Code::InvalidArgument;
    QTest::addRow("unknown SKU") << QStringLiteral("SP-NOPE") << F::binA() << 1 << restock << qint64(0)
                                 << Error::Code::NotFound;
    QTest::addRow("malformed bin") << F::mugBlue() << QStringLiteral("A-03") << 1 << restock << qint64(0)
                                   << Error::Code::InvalidArgument;
    QTest::addRow("unknown warehouse") << F::mugBlue() << QStringLiteral("DBN9-A-01-01-1-01") << 1 << restock
                                       << qint64(0) << Error::Code::NotFound;
    QTest::addRow("unknown order") << F::mugBlue() << F::binA() << 1 << int(StockReason::Return) << qint64(777)
                                   << Error::Code::NotFound;
}

void TestInventoryStore::restockRejectsBadInput()
{
    QFETCH(QString, sku);
    QFETCH(QString, bin);
    QFETCH(int, quantity);
    QFETCH(int, reason);
    QFETCH(qint64, orderId);
    QFETCH(Error::Code, code);
    QVERIFY(m_f->setStock(F::mugBlue(), F::binA(), 3));
    const QString before = m_f->snapshot();
    auto r = m_f->store().restock(sku, bin, quantity, StockReason(reason), QStringLiteral("x"), QString(), orderId);
    QVERIFY(!r);
    QCOMPARE(r.error().code, code);
    QVERIFY(!r.error().detail.isEmpty());
    QCOMPARE(m_f->snapshot(), before);
}

void TestInventoryStore::adjustArithmeticAndRows()
{
    QVERIFY(m_f->setStock(F::mugRed(), F::binB(), 4));
    auto found = m_f->store().adjust(QStringLiteral(" sp-mug-red "), F::binB(), 5, StockReason::Found,
                                     QStringLiteral("thandi.m"), QStringLiteral("behind the shelf"));
    STATION_VERIFY_OK(found);
    QCOMPARE(found->sku, F::mugRed()); // stored as the catalogue spells it
    QCOMPARE(found->onHandAfter, 9);
    m_f->clock().advanceSecs(30);
    auto damaged = m_f->store().adjust(F::mugRed(), F::binB(), -2, StockReason::Damage, QStringLiteral("thandi.m"));
    STATION_VERIFY_OK(damaged);
    QCOMPARE(damaged->onHandAfter, 7);
    QCOMPARE(m_f->onHand(F::mugRed(), F::binB()), 7);
    QCOMPARE(m_f->rows(QStringLiteral("SELECT delta, reason, note, on_hand_after, order_id FROM stock_movements "
                                      "ORDER BY id")),
             QStringLiteral("5|found|behind the shelf|9|NULL\n-2|damage||7|NULL"));
    QCOMPARE(m_f->rows(QStringLiteral("SELECT count(*), count(DISTINCT outbox_id) FROM stock_movements")),
             QStringLiteral("2|2"));
    QCOMPARE(m_f->rows(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'stock' AND entity_id = ?"),
                       {QString(F::mugRed() + u'@' + F::binB())}),
             QStringLiteral("2"));
    // Taking everything out leaves a row at 0.
    STATION_VERIFY_OK(
        m_f->store().adjust(F::mugRed(), F::binB(), -7, StockReason::Correction, QStringLiteral("thandi.m")));
    QCOMPARE(m_f->onHand(F::mugRed(), F::binB()), 0);
    // A SKU the catalogue does not know but the stock table has (sync brought it) may be adjusted.
    QVERIFY(m_f->setStock(QStringLiteral("SP-LEGACY-01"), F::binA(), 2));
    STATION_VERIFY_OK(m_f->store().adjust(QStringLiteral("SP-LEGACY-01"), F::binA(), 1, StockReason::Found,
                                          QStringLiteral("thandi.m")));
}

void TestInventoryStore::adjustRejectsBadInput_data()
{
    QTest::addColumn<QString>("sku");
    QTest::addColumn<QString>("bin");
    QTest::addColumn<int>("delta");
    QTest::addColumn<int>("reason");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("mentions");
    const int found = int(StockReason::Found);
    QTest::addRow("zero delta") << F::mugBlue() << F::binA() << 0 << found << Error::Code::InvalidArgument
                                << QStringLiteral("at least one unit");
    QTest::addRow("pick reason") << F::mugBlue() << F::binA() << -1 << int(StockReason::Pick)
                                 << Error::Code::InvalidArgument << QStringLiteral("Pick");
    QTest::addRow("unknown SKU") << QStringLiteral("SP-UNICORN") << F::binA() << 1 << found << Error::Code::NotFound
                                 << QStringLiteral("SP-UNICORN");
    QTest::addRow("empty SKU") << QString() << F::binA() << 1 << found << Error::Code::InvalidArgument
                               << QStringLiteral("SKU");
    QTest::addRow("malformed bin") << F::mugBlue() << QStringLiteral("AISLE-3") << 1 << found
                                   << Error::Code::InvalidArgument
                                   << QStringLiteral(
                                          "AISLE-3 is not a bin code; bin codes look like JHB1-A-03-12-2-04");
    QTest::addRow("unknown warehouse") << F::mugBlue() << QStringLiteral("PTA1-A-01-01-1-01") << 1 << found
                                       << Error::Code::NotFound << QStringLiteral("PTA1");
    QTest::addRow("below zero") << F::mugBlue() << F::binA() << -4 << int(StockReason::Damage)
                                << Error::Code::InvalidArgument << QStringLiteral("only 3 in the bin");
    QTest::addRow("below zero in a new bin") << F::mugBlue() << F::binB() << -1 << int(StockReason::Correction)
                                             << Error::Code::InvalidArgument << QStringLiteral("only 0 in the bin");
}

void TestInventoryStore::adjustRejectsBadInput()
{
    QFETCH(QString, sku);
    QFETCH(QString, bin);
    QFETCH(int, delta);
    QFETCH(int, reason);
    QFETCH(Error::Code, code);
    QFETCH(QString, mentions);
    QVERIFY(m_f->setStock(F::mugBlue(), F::binA(), 3));
    const QString before = m_f->snapshot();
    auto r = m_f->store().adjust(sku, bin, delta, StockReason(reason), QStringLiteral("x"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, code);
    QVERIFY2(r.error().message.contains(mentions), qPrintable(r.error().message));
    QVERIFY(!r.error().detail.isEmpty());
    QCOMPARE(m_f->snapshot(), before);
}

void TestInventoryStore::adjustBelowReservedReleasesNewestFirst()
{
    QVERIFY(m_f->setStock(F::mugBlue(), F::binA(), 10));
    struct Held
    {
        QString status;
        int quantity;
        CreatedOrder order;
    };
    QList<Held> held = {{QStringLiteral("ready"), 3, {}},
                        {QStringLiteral("verified"), 3, {}},
                        {QStringLiteral("picking"), 3, {}},
                        {QStringLiteral("ready"), 1, {}}};
    for (Held& h : held) {
        auto o = m_f->createOrder({{F::mugBlue(), h.quantity}}, h.status);
        STATION_VERIFY_OK(o);
        h.order = *o;
        m_f->clock().advanceSecs(60);
        STATION_VERIFY_OK(m_f->store().reserve(o->id, o->lineIds.first(), F::binA(), h.quantity));
    }
    QCOMPARE(m_f->reserved(F::mugBlue(), F::binA()), 10);
    const qint64 audit = m_f->count(QStringLiteral("audit_log"));

    // 4 units are found broken: on hand 6 < reserved 10. The newest reservations of orders not being picked
    // go: the last ready order (1) and the verified one (3); the picking order keeps its units.
    auto m = m_f->store().adjust(F::mugBlue(), F::binA(), -4, StockReason::Damage, QStringLiteral("thandi.m"));
    STATION_VERIFY_OK(m);
    QCOMPARE(m_f->onHand(F::mugBlue(), F::binA()), 6);
    QCOMPARE(m_f->reserved(F::mugBlue(), F::binA()), 6);
    QCOMPARE(m_f->rows(QStringLiteral("SELECT order_id, quantity FROM reservations ORDER BY id")),
             QStringLiteral("%1|3\n%2|3").arg(held[0].order.id).arg(held[2].order.id));
    // Those two orders are due for intake again; the others are not.
    QCOMPARE(m_f->rows(QStringLiteral("SELECT id FROM orders WHERE verified_version IS NULL ORDER BY id")),
             QStringLiteral("%1\n%2").arg(held[1].order.id).arg(held[3].order.id));
    // One movement audit row and one release audit row per affected order.
    QCOMPARE(m_f->count(QStringLiteral("audit_log")), audit + 3);
    for (int i : {1, 3}) {
        auto entries = AuditLog(m_f->db()).forEntity(QStringLiteral("order"), held[i].order.number);
        STATION_VERIFY_OK(entries);
        const AuditEntry& e = entries->last();
        QCOMPARE(e.action, QStringLiteral("reservation_released"));
        QCOMPARE(e.actor, QStringLiteral("thandi.m"));
        QCOMPARE(F::json(e.afterJson).value(QLatin1String("reason")).toString(),
                 QStringLiteral("stock fell below reserved"));
        QCOMPARE(F::json(e.afterJson).value(QLatin1String("units")).toInt(), 0);
        QCOMPARE(F::json(e.beforeJson).value(QLatin1String("units")).toInt(), held[i].quantity);
    }

    // One more unit gone: the newest releasable reservation (the first ready order's) shrinks by one.
    STATION_VERIFY_OK(m_f->store().adjust(F::mugBlue(), F::binA(), -1, StockReason::Damage, QStringLiteral("x")));
    QCOMPARE(m_f->rows(QStringLiteral("SELECT order_id, quantity FROM reservations ORDER BY id")),
             QStringLiteral("%1|2\n%2|3").arg(held[0].order.id).arg(held[2].order.id));
    QCOMPARE(m_f->reserved(F::mugBlue(), F::binA()), 5);
    QCOMPARE(m_f->onHand(F::mugBlue(), F::binA()), 5);
}

void TestInventoryStore::rebalanceAfterAMarketplaceFigure()
{
    QVERIFY(m_f->setStock(F::kettle(), F::binC(), 6));
    QVERIFY(m_f->setStock(F::mugBlue(), F::binA(), 6));
    auto a = m_f->createOrder({{F::kettle(), 2}, {F::mugBlue(), 2}});
    m_f->clock().advanceSecs(5);
    auto b = m_f->createOrder({{F::kettle(), 4}}, QStringLiteral("verified"));
    STATION_VERIFY_OK(a);
    STATION_VERIFY_OK(b);
    STATION_VERIFY_OK(m_f->store().reserve(a->id, a->lineIds.at(0), F::binC(), 2));
    STATION_VERIFY_OK(m_f->store().reserve(a->id, a->lineIds.at(1), F::binA(), 2));
    m_f->clock().advanceSecs(5);
    STATION_VERIFY_OK(m_f->store().reserve(b->id, b->lineIds.at(0), F::binC(), 4));

    // Nothing short: nothing to do.
    auto none = m_f->store().rebalance();
    STATION_VERIFY_OK(none);
    QVERIFY(none->isEmpty());

    // The sync stores a lower marketplace figure for the kettle bin: 3 on hand, 6 reserved.
    QVERIFY(m_f->setStock(F::kettle(), F::binC(), 3));
    const qint64 movements = m_f->count(QStringLiteral("stock_movements"));
    auto affected = m_f->store().rebalance();
    STATION_VERIFY_OK(affected);
    QCOMPARE(*affected, QList<qint64>{b->id});
    QCOMPARE(m_f->reserved(F::kettle(), F::binC()), 3);
    QCOMPARE(m_f->reserved(F::mugBlue(), F::binA()), 2);
    // b's 4 shrank to 1; a keeps its 2 kettles and its mugs.
    QCOMPARE(m_f->rows(QStringLiteral("SELECT order_id, quantity FROM reservations WHERE sku = ? ORDER BY id"),
                       {F::kettle()}),
             QStringLiteral("%1|2\n%2|1").arg(a->id).arg(b->id));
    QCOMPARE(m_f->count(QStringLiteral("stock_movements")), movements);
    auto entries = AuditLog(m_f->db()).forEntity(QStringLiteral("order"), b->number);
    STATION_VERIFY_OK(entries);
    QCOMPARE(entries->last().actor, InventoryStore::rebalanceActor());
    QCOMPARE(F::json(entries->last().afterJson).value(QLatin1String("released")).toInt(), 3);
    QVERIFY(scalarInt(m_f->db(), QStringLiteral("SELECT verified_version IS NULL FROM orders WHERE id = ?"), {b->id}));
}

void TestInventoryStore::lowStockList()
{
    // Blue: 2 + 4 on hand, 3 reserved -> 3 available (reorder point 5): low.
    // Red: 20 available: fine. Kettle: no stock at all: 0 available: low. Reorder point 0 for red would still
    // not list it.
    QVERIFY(m_f->setStock(F::mugBlue(), F::binA(), 2));
    QVERIFY(m_f->setStock(F::mugBlue(), F::binCpt(), 4));
    QVERIFY(m_f->setStock(F::mugRed(), F::binB(), 20));
    auto order = m_f->createOrder({{F::mugBlue(), 3}});
    STATION_VERIFY_OK(order);
    STATION_VERIFY_OK(m_f->store().reserve(order->id, order->lineIds.first(), F::binCpt(), 3));

    auto low = m_f->store().lowStock(10);
    STATION_VERIFY_OK(low);
    QCOMPARE(low->size(), 2);
    QCOMPARE(low->at(0).sku, F::kettle());
    QCOMPARE(low->at(0).available, 0);
    QCOMPARE(low->at(0).onHand, 0);
    QCOMPARE(low->at(0).name, QStringLiteral("Kettle 1.7 l, Steel"));
    QCOMPARE(low->at(1).sku, F::mugBlue());
    QCOMPARE(low->at(1).onHand, 6);
    QCOMPARE(low->at(1).reserved, 3);
    QCOMPARE(low->at(1).available, 3);
    QCOMPARE(low->at(1).reorderPoint, 5);

    // Reorder points move SKUs on and off the list.
    STATION_VERIFY_OK(m_f->store().setReorderPoint(F::mugBlue(), 2));
    STATION_VERIFY_OK(m_f->store().setReorderPoint(F::mugRed(), 20));
    low = m_f->store().lowStock(10);
    STATION_VERIFY_OK(low);
    QCOMPARE(low->size(), 2);
    QCOMPARE(low->at(0).sku, F::kettle());
    QCOMPARE(low->at(1).sku, F::mugRed());
    auto point = m_f->store().reorderPoint(F::mugRed());
    STATION_VERIFY_OK(point);
    QCOMPARE(*point, 20);
    low = m_f->store().lowStock(1);
    STATION_VERIFY_OK(low);
    QCOMPARE(low->size(), 1);

    auto negative = m_f->store().setReorderPoint(F::mugRed(), -1);
    QVERIFY(!negative);
    QCOMPARE(negative.error().code, Error::Code::InvalidArgument);
    auto unknown = m_f->store().setReorderPoint(QStringLiteral("SP-NOPE"), 3);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, Error::Code::NotFound);
    QCOMPARE(m_f->store().reorderPoint(QStringLiteral("SP-NOPE")).error().code, Error::Code::NotFound);
}

void TestInventoryStore::searchByGtinSkuAndBin()
{
    QVERIFY(m_f->setStock(F::mugBlue(), F::binA(), 1));
    QVERIFY(m_f->setStock(F::mugBlue(), F::binCpt(), 2));
    QVERIFY(m_f->setStock(F::mugRed(), F::binB(), 3));
    QVERIFY(m_f->setStock(F::kettle(), F::binC(), 4));
    auto keys = [](const QList<StockLevel>& rows) {
        QStringList out;
        for (const StockLevel& s : rows)
            out << QString(s.sku + u'@' + s.location);
        return out;
    };

    // The GTIN of the blue mug (product serial 1), also as GTIN-14 with a leading zero.
    auto byGtin = m_f->store().search(F::gtinOf(1), 50);
    STATION_VERIFY_OK(byGtin);
    QCOMPARE(keys(*byGtin), (QStringList{F::mugBlue() + u'@' + F::binCpt(), F::mugBlue() + u'@' + F::binA()}));
    byGtin = m_f->store().search(u'0' + F::gtinOf(1), 50);
    STATION_VERIFY_OK(byGtin);
    QCOMPARE(byGtin->size(), 2);

    auto bySku = m_f->store().search(QStringLiteral("sp-mug"), 50);
    STATION_VERIFY_OK(bySku);
    QCOMPARE(keys(*bySku), (QStringList{F::mugBlue() + u'@' + F::binCpt(), F::mugBlue() + u'@' + F::binA(),
                                        F::mugRed() + u'@' + F::binB()}));
    auto byBin = m_f->store().search(QStringLiteral("jhb1-a-01"), 50);
    STATION_VERIFY_OK(byBin);
    QCOMPARE(keys(*byBin), (QStringList{F::mugBlue() + u'@' + F::binA(), F::mugRed() + u'@' + F::binB()}));
    auto limited = m_f->store().search(QStringLiteral("SP-"), 2);
    STATION_VERIFY_OK(limited);
    QCOMPARE(limited->size(), 2);
    auto everything = m_f->store().search(QString(), 50);
    STATION_VERIFY_OK(everything);
    QCOMPARE(everything->size(), 4);
    auto nothing = m_f->store().search(QStringLiteral("XYZ"), 50);
    STATION_VERIFY_OK(nothing);
    QVERIFY(nothing->isEmpty());

    // Walk order per SKU: CPT1 before JHB1, then zone, aisle...
    auto forSku = m_f->store().stockForSku(F::mugBlue());
    STATION_VERIFY_OK(forSku);
    QCOMPARE(keys(*forSku), (QStringList{F::mugBlue() + u'@' + F::binCpt(), F::mugBlue() + u'@' + F::binA()}));
    auto atBin = m_f->store().stockAtLocation(QStringLiteral("jhb1-b-07-11-3-01"));
    STATION_VERIFY_OK(atBin);
    QCOMPARE(keys(*atBin), QStringList{F::kettle() + u'@' + F::binC()});
    QCOMPARE(m_f->store().level(F::kettle(), F::binA()).error().code, Error::Code::NotFound);
}

void TestInventoryStore::compareAndConfirmCount()
{
    QVERIFY(m_f->setStock(F::mugBlue(), F::binA(), 10));
    QVERIFY(m_f->setStock(F::mugRed(), F::binA(), 4));
    QVERIFY(m_f->setStock(F::mugBlue(), F::binB(), 5));
    // Blue counted in two places (7 + 1), red not named (counted 0), 3 kettles the book never had in the bin.
    const QList<CountedItem> counted = {{F::mugBlue(), 7}, {F::kettle(), 3}, {QStringLiteral("sp-mug-blu"), 1}};
    const QString before = m_f->snapshot();
    auto diffs = m_f->store().compareCount(F::binA(), counted);
    STATION_VERIFY_OK(diffs);
    QCOMPARE(m_f->snapshot(), before);
    QCOMPARE(diffs->size(), 3);
    QCOMPARE(diffs->at(0).sku, F::kettle());
    QCOMPARE(diffs->at(0).book, 0);
    QCOMPARE(diffs->at(0).counted, 3);
    QCOMPARE(diffs->at(1).sku, F::mugBlue());
    QCOMPARE(diffs->at(1).book, 10);
    QCOMPARE(diffs->at(1).counted, 8);
    QCOMPARE(diffs->at(1).delta(), -2);
    QCOMPARE(diffs->at(2).sku, F::mugRed());
    QCOMPARE(diffs->at(2).book, 4);
    QCOMPARE(diffs->at(2).counted, 0);

    auto movements = m_f->store().confirmCount(QStringLiteral("jhb1-a-1-2-1-3"), counted, QStringLiteral("lerato.d"));
    STATION_VERIFY_OK(movements);
    QCOMPARE(movements->size(), 3);
    QCOMPARE(m_f->rows(QStringLiteral("SELECT sku, location, delta, reason, on_hand_after, actor FROM stock_movements "
                                      "ORDER BY id")),
             QStringLiteral("SP-KET-STL|%1|3|cycle_count|3|lerato.d\nSP-MUG-BLU|%1|-2|cycle_count|8|lerato.d\n"
                            "SP-MUG-RED|%1|-4|cycle_count|0|lerato.d")
                 .arg(F::binA()));
    QCOMPARE(
        m_f->rows(QStringLiteral("SELECT on_hand, market_on_hand, version FROM stock WHERE sku = ?"), {F::kettle()}),
        QStringLiteral("3|0|0"));
    QCOMPARE(m_f->onHand(F::mugBlue(), F::binB()), 5); // another bin: untouched
    QCOMPARE(m_f->count(QStringLiteral("outbox")), 3);

    // Counting again matches the book: nothing booked.
    auto again = m_f->store().confirmCount(F::binA(), {{F::mugBlue(), 8}, {F::kettle(), 3}}, QStringLiteral("x"));
    STATION_VERIFY_OK(again);
    QVERIFY(again->isEmpty());
    QCOMPARE(m_f->count(QStringLiteral("stock_movements")), 3);

    // Reviewed, then the book moved (a unit found by someone else) before the confirmation: refused.
    const QList<CountedItem> recount = {{F::mugBlue(), 6}, {F::kettle(), 3}};
    auto reviewed = m_f->store().compareCount(F::binA(), recount);
    STATION_VERIFY_OK(reviewed);
    STATION_VERIFY_OK(m_f->store().adjust(F::mugBlue(), F::binA(), 1, StockReason::Found, QStringLiteral("sipho")));
    const QString beforeConfirm = m_f->snapshot();
    auto stale = m_f->store().confirmCount(F::binA(), recount, QStringLiteral("x"), *reviewed);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QVERIFY(stale.error().message.contains(F::mugBlue()));
    QCOMPARE(m_f->snapshot(), beforeConfirm);
    // Reviewed again: booked.
    auto fresh = m_f->store().compareCount(F::binA(), recount);
    STATION_VERIFY_OK(fresh);
    auto booked = m_f->store().confirmCount(F::binA(), recount, QStringLiteral("x"), *fresh);
    STATION_VERIFY_OK(booked);
    QCOMPARE(booked->size(), 1);
    QCOMPARE(booked->first().delta, -3);
}

void TestInventoryStore::countRejectsBadInput_data()
{
    QTest::addColumn<QString>("bin");
    QTest::addColumn<QString>("badSku");
    QTest::addColumn<int>("badCount");
    QTest::addColumn<Error::Code>("code");
    QTest::addRow("negative count") << F::binA() << F::mugRed() << -1 << Error::Code::InvalidArgument;
    QTest::addRow("unknown SKU") << F::binA() << QStringLiteral("SP-NOPE") << 2 << Error::Code::NotFound;
    QTest::addRow("malformed bin") << QStringLiteral("bin 7") << F::mugRed() << 2 << Error::Code::InvalidArgument;
    QTest::addRow("unknown warehouse") << QStringLiteral("XYZ1-A-01-01-1-01") << F::mugRed() << 2
                                       << Error::Code::NotFound;
}

void TestInventoryStore::countRejectsBadInput()
{
    QFETCH(QString, bin);
    QFETCH(QString, badSku);
    QFETCH(int, badCount);
    QFETCH(Error::Code, code);
    QVERIFY(m_f->setStock(F::mugBlue(), F::binA(), 10));
    // The bad item comes last: the good difference before it must not be booked either.
    const QList<CountedItem> counted = {{F::mugBlue(), 4}, {badSku, badCount}};
    const QString before = m_f->snapshot();
    auto compared = m_f->store().compareCount(bin, counted);
    QVERIFY(!compared);
    QCOMPARE(compared.error().code, code);
    auto confirmed = m_f->store().confirmCount(bin, counted, QStringLiteral("x"));
    QVERIFY(!confirmed);
    QCOMPARE(confirmed.error().code, code);
    QVERIFY(!confirmed.error().detail.isEmpty());
    QCOMPARE(m_f->snapshot(), before);
}

void TestInventoryStore::reconcileFindsAPlantedDiscrepancy()
{
    const QDateTime from = utc(2026, 3, 2);
    const QDateTime to = utc(2026, 3, 3);
    QVERIFY(m_f->setStock(F::mugBlue(), F::binA(), 50));
    QVERIFY(m_f->setStock(F::kettle(), F::binC(), 50));
    m_f->clock().set(from.addSecs(3600));

    // Planted: an order for 4 blue mugs picked 5 and shipped (with 4).
    auto overPicked = m_f->createOrder({{F::mugBlue(), 4}}, QStringLiteral("picking"));
    // Balanced: 2 kettles picked, 2 shipped.
    auto balanced = m_f->createOrder({{F::kettle(), 2}}, QStringLiteral("picking"));
    // In progress: 1 kettle picked, not shipped by the end of the period.
    auto inProgress = m_f->createOrder({{F::kettle(), 1}}, QStringLiteral("picking"));
    // Shipped the day before the period with 1 blue mug: picked in the period? No: picked and shipped before.
    auto earlier = m_f->createOrder({{F::mugBlue(), 1}}, QStringLiteral("picking"));
    STATION_VERIFY_OK(overPicked);
    STATION_VERIFY_OK(balanced);
    STATION_VERIFY_OK(inProgress);
    STATION_VERIFY_OK(earlier);
    m_f->clock().set(from.addSecs(-7200));
    STATION_VERIFY_OK(m_f->store().pick(earlier->id, earlier->lineIds.first(), F::binA(), 1, QStringLiteral("x")));
    QVERIFY(m_f->setStatus(earlier->id, QStringLiteral("shipped"), from.addSecs(-3600).toMSecsSinceEpoch()));
    // The balanced order was picked just before the period and ships in it: its picks still count.
    STATION_VERIFY_OK(m_f->store().pick(balanced->id, balanced->lineIds.first(), F::binC(), 2, QStringLiteral("x")));
    m_f->clock().set(from.addSecs(3600));
    STATION_VERIFY_OK(
        m_f->store().pick(overPicked->id, overPicked->lineIds.first(), F::binA(), 3, QStringLiteral("x")));
    STATION_VERIFY_OK(
        m_f->store().pick(overPicked->id, overPicked->lineIds.first(), F::binA(), 2, QStringLiteral("x")));
    STATION_VERIFY_OK(
        m_f->store().pick(inProgress->id, inProgress->lineIds.first(), F::binC(), 1, QStringLiteral("x")));
    QVERIFY(m_f->setStatus(overPicked->id, QStringLiteral("shipped"), from.addSecs(5 * 3600).toMSecsSinceEpoch()));
    QVERIFY(m_f->setStatus(balanced->id, QStringLiteral("shipped"), from.addSecs(6 * 3600).toMSecsSinceEpoch()));
    QVERIFY(m_f->setStatus(inProgress->id, QStringLiteral("packed")));
    // Shipped without any pick booked here (picked at another station): not compared.
    auto elsewhere = m_f->createOrder({{F::kettle(), 7}, {F::mugBlue(), 9}}, QStringLiteral("picking"));
    STATION_VERIFY_OK(elsewhere);
    QVERIFY(m_f->setStatus(elsewhere->id, QStringLiteral("shipped"), from.addSecs(7 * 3600).toMSecsSinceEpoch()));
    // Picked here but one SKU of it never picked: that SKU is a discrepancy, the picked one balances.
    QVERIFY(m_f->setStock(F::mugRed(), F::binB(), 5));
    auto partly = m_f->createOrder({{F::kettle(), 1}, {F::mugRed(), 2}}, QStringLiteral("picking"));
    STATION_VERIFY_OK(partly);
    STATION_VERIFY_OK(m_f->store().pick(partly->id, partly->lineIds.first(), F::binC(), 1, QStringLiteral("x")));
    QVERIFY(m_f->setStatus(partly->id, QStringLiteral("shipped"), from.addSecs(7 * 3600).toMSecsSinceEpoch()));
    // Adjustments count as adjusted, not as picks.
    STATION_VERIFY_OK(m_f->store().adjust(F::kettle(), F::binC(), -1, StockReason::Damage, QStringLiteral("x")));
    STATION_VERIFY_OK(m_f->store().adjust(F::kettle(), F::binC(), 3, StockReason::Found, QStringLiteral("x")));

    auto lines = m_f->store().reconcile(from, to);
    STATION_VERIFY_OK(lines);
    QCOMPARE(lines->size(), 3);
    const ReconciliationLine& kettle = lines->at(0);
    const ReconciliationLine& mug = lines->at(1);
    const ReconciliationLine& red = lines->at(2);
    QCOMPARE(kettle.sku, F::kettle());
    QCOMPARE(kettle.picked, 2); // in progress and partly; the balanced order's picks were before the period
    QCOMPARE(kettle.shipped, 2 + 7 + 1);
    QCOMPARE(kettle.adjusted, 2);
    QVERIFY2(kettle.discrepancies.isEmpty(), qPrintable(kettle.discrepancies.join(u'\n')));
    QCOMPARE(mug.sku, F::mugBlue());
    QCOMPARE(mug.picked, 5);
    QCOMPARE(mug.shipped, 4 + 9);
    QCOMPARE(mug.discrepancies.size(), 1);
    QVERIFY2(mug.discrepancies.first().contains(QStringLiteral("Picked 5 but shipped 4")),
             qPrintable(mug.discrepancies.first()));
    QCOMPARE(red.sku, F::mugRed());
    QCOMPARE(red.picked, 0);
    QCOMPARE(red.discrepancies.size(), 1);
    QVERIFY2(red.discrepancies.first().contains(QStringLiteral("Picked 0 but shipped 2")),
             qPrintable(red.discrepancies.first()));

    // Returns: 2 kettles received in the period, 3 restocked as returns: one too many.
    QSqlQuery q(m_f->db().connection());
    QVERIFY(q.exec(QStringLiteral("INSERT INTO returns(rma, order_id, status, requested_at, received_at) "
                                  "VALUES('RMA-1', %1, 'received', %2, %3)")
                       .arg(balanced->id)
                       .arg(from.toMSecsSinceEpoch())
                       .arg(from.addSecs(8 * 3600).toMSecsSinceEpoch())));
    const qint64 returnId = q.lastInsertId().toLongLong();
    QVERIFY(q.exec(QStringLiteral("INSERT INTO return_lines(return_id, sku, quantity_requested, quantity_received) "
                                  "VALUES(%1, '%2', 2, 2)")
                       .arg(returnId)
                       .arg(F::kettle())));
    m_f->clock().set(from.addSecs(9 * 3600));
    STATION_VERIFY_OK(m_f->store().restock(F::kettle(), F::binC(), 2, StockReason::Return, QStringLiteral("x"),
                                           QString(), balanced->id));
    lines = m_f->store().reconcile(from, to);
    STATION_VERIFY_OK(lines);
    QCOMPARE(lines->at(0).returned, 2);
    QCOMPARE(lines->at(0).restocked, 2);
    QVERIFY(lines->at(0).discrepancies.isEmpty());
    STATION_VERIFY_OK(m_f->store().restock(F::kettle(), F::binC(), 1, StockReason::Return, QStringLiteral("x")));
    lines = m_f->store().reconcile(from, to);
    STATION_VERIFY_OK(lines);
    QCOMPARE(lines->at(0).discrepancies.size(), 1);
    QVERIFY2(
        lines->at(0).discrepancies.first().contains(QStringLiteral("Restocked 3 from returns but only 2 received")),
        qPrintable(lines->at(0).discrepancies.first()));

    // The day before: the earlier order balances (1 picked, 1 shipped); nothing else.
    auto dayBefore = m_f->store().reconcile(from.addDays(-1), from);
    STATION_VERIFY_OK(dayBefore);
    QCOMPARE(dayBefore->size(), 2);
    for (const ReconciliationLine& l : *dayBefore)
        QVERIFY2(l.discrepancies.isEmpty(), qPrintable(l.sku + u' ' + l.discrepancies.join(u'\n')));

    auto backwards = m_f->store().reconcile(to, from);
    QVERIFY(!backwards);
    QCOMPARE(backwards.error().code, Error::Code::InvalidArgument);
}

void TestInventoryStore::movementsNewestFirstWithSentFlag()
{
    auto order = m_f->createOrder({{F::mugBlue(), 1}}, QStringLiteral("picking"));
    STATION_VERIFY_OK(order);
    QList<qint64> ids;
    for (int i = 1; i <= 5; ++i) {
        auto m = m_f->store().restock(F::mugBlue(), i % 2 ? F::binA() : F::binB(), i, StockReason::Restock,
                                      QStringLiteral("x"));
        STATION_VERIFY_OK(m);
        ids << m->id;
    }
    auto picked = m_f->store().pick(order->id, order->lineIds.first(), F::binA(), 1, QStringLiteral("x"));
    STATION_VERIFY_OK(picked);
    ids << picked->id;
    QSqlQuery q(m_f->db().connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE outbox SET delivered_at = 1 WHERE id = (SELECT outbox_id FROM "
                                  "stock_movements WHERE id = %1)")
                       .arg(ids.first())));

    auto page = m_f->store().movements(F::mugBlue(), QString(), std::nullopt, 4);
    STATION_VERIFY_OK(page);
    QCOMPARE(page->size(), 4);
    QCOMPARE(page->at(0).id, ids.at(5));
    QCOMPARE(page->at(0).orderNumber, order->number);
    QCOMPARE(page->at(0).reason, StockReason::Pick);
    QCOMPARE(page->at(3).id, ids.at(2));
    auto next = m_f->store().movements(F::mugBlue(), QString(), page->last().id, 4);
    STATION_VERIFY_OK(next);
    QCOMPARE(next->size(), 2);
    QCOMPARE(next->at(1).id, ids.at(0));
    QVERIFY(next->at(1).sent);
    QVERIFY(!next->at(0).sent);
    auto inB = m_f->store().movements(F::mugBlue(), F::binB(), std::nullopt, 10);
    STATION_VERIFY_OK(inB);
    QCOMPARE(inB->size(), 2);
    QCOMPARE(m_f->store().movements(F::mugBlue(), QString(), std::nullopt, 0).error().code,
             Error::Code::InvalidArgument);
}

void TestInventoryStore::joinsTheCallersTransaction()
{
    QVERIFY(m_f->setStock(F::mugBlue(), F::binA(), 5));
    auto order = m_f->createOrder({{F::mugBlue(), 2}});
    STATION_VERIFY_OK(order);
    const QString before = m_f->snapshot();
    {
        Transaction tx(m_f->db());
        STATION_VERIFY_OK(tx.begin());
        STATION_VERIFY_OK(m_f->store().reserve(order->id, order->lineIds.first(), F::binA(), 2));
        STATION_VERIFY_OK(m_f->store().adjust(F::mugBlue(), F::binA(), 3, StockReason::Found, QStringLiteral("x")));
        STATION_VERIFY_OK(m_f->store().confirmCount(F::binA(), {{F::mugBlue(), 1}}, QStringLiteral("x")));
        QVERIFY(m_f->db().inTransaction()); // the store did not commit the caller's transaction
        QCOMPARE(m_f->onHand(F::mugBlue(), F::binA()), 1);
        // on hand 1 < reserved 2: the count released the ready order's reservation down to 1.
        QCOMPARE(m_f->reserved(F::mugBlue(), F::binA()), 1);
        // Scope exit rolls everything back.
    }
    QCOMPARE(m_f->snapshot(), before);
}

QTEST_GUILESS_MAIN(TestInventoryStore)
#include "TestInventoryStore.moc"
