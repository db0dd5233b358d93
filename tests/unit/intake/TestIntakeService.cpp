// The intake pass on a real SQLite file: verification results stored, holds placed with their reasons and
// the customer's "pending" notice queued once, automatic release when the cause clears (payment captured,
// stock arrives), allocation and reservations, cancelled orders giving their stock back, and nothing
// written again while nothing changes.

#include "../TestSupport.h"

#include "common/Clock.h"
#include "intake/IntakeService.h"
#include "intake/PendingNotice.h"
#include "inventory/InventoryStore.h"
#include "storage/CatalogueStore.h"
#include "storage/OrderStore.h"
#include "storage/SyncPageWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace saypro;

namespace {

const QString kStation = QStringLiteral("test-station");

Warehouse warehouse(const char* code, const char* region)
{
    Warehouse w;
    w.code = QString::fromLatin1(code);
    w.name = w.code;
    w.address.region = QString::fromLatin1(region);
    w.address.country = QStringLiteral("ZA");
    w.timeZone = QStringLiteral("Africa/Johannesburg");
    return w;
}

Product product(const QString& sku, const QString& gtin)
{
    Product p;
    p.sku = sku;
    p.gtin = gtin;
    p.name = sku;
    p.currency = QStringLiteral("ZAR");
    return p;
}

} // namespace

class TestIntakeService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void validOrderBecomesReadyWithReservations();
    void unpaidOrderIsHeldAndReleasedWhenPaymentIsCaptured();
    void severalFailuresMakeOneHoldWithEveryReason();
    void shortStockBackordersUntilStockArrives();
    void nothingIsWrittenWhileNothingChanges();
    void cancelledOrderGivesItsStockBack();
    void supervisorHoldAndLaterStatusesAreLeftAlone();
    void changedAddressReplacesTheReasons();
    void unknownProductIsHeld();
    void stockFallingBelowReservedBackordersTheNewestOrder();
    void onHoldWithoutAnIntakeHoldIsLeftAlone();
    void cancelledOrderEndsItsIntakeHold();
    void changedSkuIsReallocated();
    void removedReservedLineIsGivenBack();
    void orderClaimedByAnotherStationIsLeftToIt();
    void noticeKeyIsTheSameAtEveryStation();

private:
    Order insertOrder(int n, const std::function<void(Order&)>& edit = {});
    void setStock(const QString& sku, const QString& location, int onHand);
    qint64 count(const QString& sql, const QVariantList& values = {});
    QString orderStatus(qint64 id);
    void bumpVersion(qint64 id, const QString& setSql, const QVariantList& values = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
};

void TestIntakeService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = Database::open(m_dir->filePath(QStringLiteral("station.db")));
    QVERIFY2(db, db ? "" : qPrintable(db.error().toString()));
    m_db = std::move(*db);
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
    CatalogueStore catalogue(*m_db);
    QVERIFY(catalogue.upsertWarehouse(warehouse("JHB1", "GP")));
    QVERIFY(catalogue.upsertWarehouse(warehouse("CPT1", "WC")));
    QVERIFY(catalogue.upsertWarehouse(warehouse("DBN1", "KZN")));
    QVERIFY(catalogue.upsertProduct(product(QStringLiteral("SP-MUG-BLU"), QStringLiteral("6009876000019"))));
    QVERIFY(catalogue.upsertProduct(product(QStringLiteral("SP-CARD"), QString())));
}

void TestIntakeService::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Order TestIntakeService::insertOrder(int n, const std::function<void(Order&)>& edit)
{
    Order o = test::sampleOrder(n);
    if (edit)
        edit(o);
    OrderStore store(*m_db, *m_clock, kStation);
    auto id = store.insert(o, QStringLiteral("marketplace"));
    if (!id)
        qFatal("insert failed: %s", qPrintable(id.error().toString()));
    return o;
}

void TestIntakeService::setStock(const QString& sku, const QString& location, int onHand)
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO stock(sku, location, on_hand, market_on_hand, version, updated_at) "
                                     "VALUES(?, ?, ?, ?, 1, 0) ON CONFLICT(sku, location) DO UPDATE SET "
                                     "on_hand = excluded.on_hand, market_on_hand = excluded.market_on_hand, "
                                     "version = version + 1")));
    q.addBindValue(sku);
    q.addBindValue(location);
    q.addBindValue(onHand);
    q.addBindValue(onHand);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

qint64 TestIntakeService::count(const QString& sql, const QVariantList& values)
{
    QSqlQuery q(m_db->connection());
    if (!q.prepare(sql))
        qFatal("prepare failed: %s", qPrintable(q.lastError().text()));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("query failed: %s", qPrintable(q.lastError().text()));
    return q.value(0).toLongLong();
}

QString TestIntakeService::orderStatus(qint64 id)
{
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT status FROM orders WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

void TestIntakeService::bumpVersion(qint64 id, const QString& setSql, const QVariantList& values)
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(QStringLiteral("UPDATE orders SET %1, version = version + 1 WHERE id = ?").arg(setSql)));
    for (const QVariant& v : values)
        q.addBindValue(v);
    q.addBindValue(id);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestIntakeService::validOrderBecomesReadyWithReservations()
{
    setStock(QStringLiteral("SP-MUG-BLU"), QStringLiteral("DBN1-A-01-01-1-01"), 10);
    setStock(QStringLiteral("SP-MUG-BLU"), QStringLiteral("JHB1-A-01-01-1-01"), 5);
    const Order o = insertOrder(1); // Soweto, GP: JHB1 is nearest

    IntakeService intake(*m_db, *m_clock, kStation);
    auto report = intake.run();
    QVERIFY2(report, report ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->examined, 1);
    QCOMPARE(report->ready, 1);
    QCOMPARE(report->outcomes.first().kind, IntakeOutcome::Kind::Ready);
    QCOMPARE(orderStatus(o.id), QStringLiteral("ready"));

    auto checks = intake.checks(o.id);
    QVERIFY(checks);
    QCOMPARE(checks->size(), VerificationCheck::allIds().size());
    for (const StoredCheck& c : *checks)
        QVERIFY2(c.passed, qPrintable(c.id + QStringLiteral(": ") + c.detail));

    auto allocation = intake.allocation(o.id);
    QVERIFY(allocation && *allocation);
    QCOMPARE((*allocation)->outcome, QStringLiteral("whole"));
    QCOMPARE((*allocation)->warehouses, QStringList{QStringLiteral("JHB1")});
    QVERIFY(!(*allocation)->message.isEmpty());

    auto reservations = InventoryStore(*m_db, *m_clock, kStation).reservationsForOrder(o.id);
    QVERIFY(reservations);
    QCOMPARE(reservations->size(), 1);
    QCOMPARE(reservations->first().location, QStringLiteral("JHB1-A-01-01-1-01"));
    QCOMPARE(reservations->first().quantity, 2);
    QCOMPARE(count(QStringLiteral("SELECT reserved FROM stock WHERE location = 'JHB1-A-01-01-1-01'")), qint64(2));
    QCOMPARE(count(QStringLiteral("SELECT warehouse = 'JHB1' FROM orders WHERE id = ?"), {o.id}), qint64(1));
    // new -> verified -> ready, each told to the marketplace; no customer notice.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE order_id = ? AND kind = 'order_event'"), {o.id}),
             qint64(2));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'notification'")), qint64(0));
    QCOMPARE(count(QStringLiteral("SELECT verified_version = version FROM orders WHERE id = ?"), {o.id}), qint64(1));
}

void TestIntakeService::unpaidOrderIsHeldAndReleasedWhenPaymentIsCaptured()
{
    setStock(QStringLiteral("SP-MUG-BLU"), QStringLiteral("JHB1-A-01-01-1-01"), 10);
    const Order o = insertOrder(2, [](Order& o) { o.paymentStatus = PaymentStatus::Pending; });

    IntakeService intake(*m_db, *m_clock, kStation);
    auto first = intake.run();
    QVERIFY(first);
    QCOMPARE(first->held, 1);
    QCOMPARE(first->notificationsQueued, 1);
    QCOMPARE(orderStatus(o.id), QStringLiteral("on_hold"));
    auto holds = intake.holds(o.id);
    QVERIFY(holds);
    QCOMPARE(holds->size(), 1);
    QCOMPARE(holds->first().kind, QString(Hold::Verification));
    QVERIFY(holds->first().isOpen());
    QCOMPARE(holds->first().reasons.size(), 1);
    QCOMPARE(holds->first().reasons.first().check, QString(VerificationCheck::Payment));
    QVERIFY(!holds->first().reasons.first().message.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reservations")), qint64(0));

    // The customer is told "pending" once, in words for them, with their name and the order number.
    QSqlQuery notice(m_db->connection());
    QVERIFY(notice.exec(QStringLiteral("SELECT path, payload FROM outbox WHERE kind = 'notification'")));
    QVERIFY(notice.next());
    QCOMPARE(notice.value(0).toString(), QStringLiteral("/v1/orders/%1/notifications").arg(o.marketplaceId));
    const QJsonObject payload = QJsonDocument::fromJson(notice.value(1).toString().toUtf8()).object();
    QCOMPARE(payload.value(QLatin1String("event")).toString(), QStringLiteral("pending"));
    QCOMPARE(payload.value(QLatin1String("channel")).toString(), QStringLiteral("email"));
    QCOMPARE(payload.value(QLatin1String("locale")).toString(), QStringLiteral("en-ZA"));
    QCOMPARE(payload.value(QLatin1String("sequence")).toInt(), 1);
    const QString text = payload.value(QLatin1String("text")).toString();
    QVERIFY2(text.contains(o.number), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Sipho")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("payment")), qPrintable(text));
    QVERIFY(!notice.next());
    notice.finish();

    // Still unpaid: held, nothing new queued.
    auto second = intake.run();
    QVERIFY(second);
    QCOMPARE(second->stillHeld, 1);
    QCOMPARE(second->notificationsQueued, 0);

    // The marketplace reports the payment captured (a newer version of the order).
    bumpVersion(o.id, QStringLiteral("payment_status = 'captured'"));
    m_clock->advanceSecs(600);
    auto third = intake.run();
    QVERIFY(third);
    QCOMPARE(third->released, 1);
    QCOMPARE(third->ready, 1);
    QCOMPARE(orderStatus(o.id), QStringLiteral("ready"));
    holds = intake.holds(o.id);
    QVERIFY(holds);
    QVERIFY(!holds->first().isOpen());
    QCOMPARE(holds->first().releasedBy, IntakeService::actor());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = 'hold_released'"),
                   {o.number}),
             qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'notification'")), qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT sum(quantity) FROM reservations WHERE order_id = ?"), {o.id}), qint64(2));
}

void TestIntakeService::severalFailuresMakeOneHoldWithEveryReason()
{
    setStock(QStringLiteral("SP-MUG-BLU"), QStringLiteral("JHB1-A-01-01-1-01"), 10);
    const Order o = insertOrder(3, [](Order& o) {
        o.paymentStatus = PaymentStatus::Failed;
        o.customer.email = QStringLiteral("not-an-email");
        o.shipTo.postalCode = QStringLiteral("12");
    });
    IntakeService intake(*m_db, *m_clock, kStation);
    auto report = intake.run();
    QVERIFY(report);
    QCOMPARE(report->held, 1);
    QCOMPARE(report->outcomes.first().failedChecks,
             (QStringList{QString(VerificationCheck::AddressComplete), QString(VerificationCheck::Email),
                          QString(VerificationCheck::Payment)}));
    auto holds = intake.holds(o.id);
    QVERIFY(holds);
    QCOMPARE(holds->size(), 1);
    QCOMPARE(holds->first().reasons.size(), 3);
    auto checks = intake.checks(o.id);
    QVERIFY(checks);
    int failed = 0;
    for (const StoredCheck& c : *checks)
        failed += c.passed ? 0 : 1;
    QCOMPARE(failed, 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'notification'")), qint64(1));
}

void TestIntakeService::shortStockBackordersUntilStockArrives()
{
    setStock(QStringLiteral("SP-MUG-BLU"), QStringLiteral("JHB1-A-01-01-1-01"), 1);
    const Order o = insertOrder(4);
    IntakeService intake(*m_db, *m_clock, kStation);
    auto first = intake.run();
    QVERIFY(first);
    QCOMPARE(first->backordered, 1);
    QCOMPARE(first->notificationsQueued, 1);
    QCOMPARE(orderStatus(o.id), QStringLiteral("on_hold"));
    auto holds = intake.holds(o.id);
    QVERIFY(holds);
    QCOMPARE(holds->first().kind, QString(Hold::Backorder));
    QCOMPARE(holds->first().reasons.first().check, QStringLiteral("stock"));
    QCOMPARE(holds->first().reasons.first().detail, QStringLiteral("SP-MUG-BLU needed 2 available 1"));
    auto allocation = intake.allocation(o.id);
    QVERIFY(allocation && *allocation);
    QCOMPARE((*allocation)->outcome, QStringLiteral("backorder"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reservations")), qint64(0));

    // The customer's notice speaks of stock, not of internal reasons.
    QSqlQuery notice(m_db->connection());
    QVERIFY(notice.exec(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'notification'")));
    QVERIFY(notice.next());
    QVERIFY(QJsonDocument::fromJson(notice.value(0).toString().toUtf8())
                .object()
                .value(QLatin1String("text"))
                .toString()
                .contains(QStringLiteral("out of stock")));
    notice.finish();

    // Stock arrives in Cape Town (farther, but it has all of it): released automatically.
    setStock(QStringLiteral("SP-MUG-BLU"), QStringLiteral("CPT1-A-01-01-1-01"), 6);
    auto second = intake.run();
    QVERIFY(second);
    QCOMPARE(second->released, 1);
    QCOMPARE(second->ready, 1);
    QCOMPARE(orderStatus(o.id), QStringLiteral("ready"));
    allocation = intake.allocation(o.id);
    QVERIFY(allocation && *allocation);
    QCOMPARE((*allocation)->warehouses, QStringList{QStringLiteral("CPT1")});
    QCOMPARE(count(QStringLiteral("SELECT reserved FROM stock WHERE location = 'CPT1-A-01-01-1-01'")), qint64(2));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'notification'")), qint64(1));
}

void TestIntakeService::nothingIsWrittenWhileNothingChanges()
{
    setStock(QStringLiteral("SP-MUG-BLU"), QStringLiteral("JHB1-A-01-01-1-01"), 1);
    insertOrder(5);                                                             // backordered
    insertOrder(6, [](Order& o) { o.paymentStatus = PaymentStatus::Pending; }); // held
    IntakeService intake(*m_db, *m_clock, kStation);
    QVERIFY(intake.run());
    const qint64 audit = count(QStringLiteral("SELECT count(*) FROM audit_log"));
    const qint64 outbox = count(QStringLiteral("SELECT count(*) FROM outbox"));
    const qint64 checksAt = count(QStringLiteral("SELECT max(checked_at) FROM order_checks"));
    m_clock->advanceSecs(60);
    for (int i = 0; i < 3; ++i) {
        auto again = intake.run();
        QVERIFY(again);
        QCOMPARE(again->stillHeld, 2);
    }
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox")), outbox);
    QCOMPARE(count(QStringLiteral("SELECT max(checked_at) FROM order_checks")), checksAt);
}

void TestIntakeService::cancelledOrderGivesItsStockBack()
{
    setStock(QStringLiteral("SP-MUG-BLU"), QStringLiteral("JHB1-A-01-01-1-01"), 3);
    const Order o = insertOrder(7);
    IntakeService intake(*m_db, *m_clock, kStation);
    QVERIFY(intake.run());
    QCOMPARE(count(QStringLiteral("SELECT reserved FROM stock")), qint64(2));
    // The marketplace cancels it.
    QVERIFY(
        OrderStore(*m_db, *m_clock, kStation).transition(o.id, OrderStatus::Cancelled, QStringLiteral("marketplace")));
    auto report = intake.run();
    QVERIFY(report);
    QCOMPARE(report->reservationsReleased, 2);
    QCOMPARE(count(QStringLiteral("SELECT reserved FROM stock")), qint64(0));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reservations")), qint64(0));
    // A second order can now have the stock.
    const Order other = insertOrder(8);
    QVERIFY(intake.run());
    QCOMPARE(orderStatus(other.id), QStringLiteral("ready"));
}

void TestIntakeService::supervisorHoldAndLaterStatusesAreLeftAlone()
{
    setStock(QStringLiteral("SP-MUG-BLU"), QStringLiteral("JHB1-A-01-01-1-01"), 10);
    const Order held = insertOrder(9, [](Order& o) { o.status = OrderStatus::OnHold; });
    QSqlQuery q(m_db->connection());
    QVERIFY(q.prepare(QStringLiteral("INSERT INTO holds(order_id, kind, reasons, placed_at, placed_by) "
                                     "VALUES(?, 'supervisor', '[]', 0, 'thandi')")));
    q.addBindValue(held.id);
    QVERIFY(q.exec());
    const Order picking = insertOrder(10, [](Order& o) { o.status = OrderStatus::Picking; });
    IntakeService intake(*m_db, *m_clock, kStation);
    auto report = intake.run();
    QVERIFY(report);
    QCOMPARE(report->skipped, 2);
    QCOMPARE(orderStatus(held.id), QStringLiteral("on_hold"));
    QCOMPARE(orderStatus(picking.id), QStringLiteral("picking"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reservations")), qint64(0));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM orders WHERE verified_version IS NOT version")), qint64(0));
}

void TestIntakeService::changedAddressReplacesTheReasons()
{
    setStock(QStringLiteral("SP-MUG-BLU"), QStringLiteral("JHB1-A-01-01-1-01"), 10);
    const Order o = insertOrder(11, [](Order& o) {
        o.paymentStatus = PaymentStatus::Pending;
        o.shipTo.postalCode = QStringLiteral("ABC");
    });
    IntakeService intake(*m_db, *m_clock, kStation);
    QVERIFY(intake.run());
    // The marketplace corrects the address; payment is still pending.
    bumpVersion(o.id, QStringLiteral("ship_postal_code = '1804'"));
    auto report = intake.run();
    QVERIFY(report);
    QCOMPARE(report->outcomes.first().failedChecks, QStringList{QString(VerificationCheck::Payment)});
    auto holds = intake.holds(o.id);
    QVERIFY(holds);
    QCOMPARE(holds->size(), 1);
    QCOMPARE(holds->first().reasons.size(), 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity_id = ? AND action = "
                                  "'hold_reasons_changed'"),
                   {o.number}),
             qint64(1));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'notification'")), qint64(1));
}

void TestIntakeService::unknownProductIsHeld()
{
    setStock(QStringLiteral("SP-MUG-BLU"), QStringLiteral("JHB1-A-01-01-1-01"), 10);
    const Order o = insertOrder(12, [](Order& o) { o.lines.first().gtin = QStringLiteral("4006381333931"); });
    IntakeService intake(*m_db, *m_clock, kStation);
    auto one = intake.process(o.id);
    QVERIFY(one);
    QCOMPARE(one->kind, IntakeOutcome::Kind::Held);
    QCOMPARE(one->failedChecks, QStringList{QString(VerificationCheck::LineKnown)});
}

void TestIntakeService::stockFallingBelowReservedBackordersTheNewestOrder()
{
    setStock(QStringLiteral("SP-MUG-BLU"), QStringLiteral("JHB1-A-01-01-1-01"), 4);
    const Order older = insertOrder(13);
    m_clock->advanceSecs(60);
    IntakeService intake(*m_db, *m_clock, kStation);
    QVERIFY(intake.run());
    const Order newer = insertOrder(14);
    m_clock->advanceSecs(60);
    QVERIFY(intake.run());
    QCOMPARE(orderStatus(older.id), QStringLiteral("ready"));
    QCOMPARE(orderStatus(newer.id), QStringLiteral("ready"));
    // Two units turn out to be damaged.
    auto adjusted = InventoryStore(*m_db, *m_clock, kStation)
                        .adjust(QStringLiteral("SP-MUG-BLU"), QStringLiteral("JHB1-A-01-01-1-01"), -2,
                                StockReason::Damage, QStringLiteral("thandi"));
    QVERIFY2(adjusted, adjusted ? "" : qPrintable(adjusted.error().toString()));
    auto report = intake.run();
    QVERIFY(report);
    QCOMPARE(orderStatus(older.id), QStringLiteral("ready"));
    QCOMPARE(orderStatus(newer.id), QStringLiteral("on_hold"));
    QCOMPARE(count(QStringLiteral("SELECT on_hand - reserved FROM stock")), qint64(0));
}

void TestIntakeService::onHoldWithoutAnIntakeHoldIsLeftAlone()
{
    // Held by someone before intake kept reasons (or by a person): only a person releases it.
    setStock(QStringLiteral("SP-MUG-BLU"), QStringLiteral("JHB1-A-01-01-1-01"), 10);
    const Order o = insertOrder(15, [](Order& o) { o.status = OrderStatus::OnHold; });
    IntakeService intake(*m_db, *m_clock, kStation);
    auto report = intake.run();
    QVERIFY(report);
    QCOMPARE(report->skipped, 1);
    QCOMPARE(report->released, 0);
    QCOMPARE(orderStatus(o.id), QStringLiteral("on_hold"));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM reservations")), qint64(0));
}

void TestIntakeService::cancelledOrderEndsItsIntakeHold()
{
    const Order o = insertOrder(16, [](Order& o) { o.paymentStatus = PaymentStatus::Pending; });
    IntakeService intake(*m_db, *m_clock, kStation);
    QVERIFY(intake.run());
    QVERIFY(
        OrderStore(*m_db, *m_clock, kStation).transition(o.id, OrderStatus::Cancelled, QStringLiteral("marketplace")));
    auto report = intake.run();
    QVERIFY(report);
    QCOMPARE(report->skipped, 1);
    auto holds = intake.holds(o.id);
    QVERIFY(holds);
    QVERIFY(!holds->first().isOpen());
    QCOMPARE(holds->first().releaseReason, QString(Hold::ReleasedLeftIntake));
    // Not looked at again.
    auto again = intake.run();
    QVERIFY(again);
    QCOMPARE(again->examined, 0);
}

void TestIntakeService::changedSkuIsReallocated()
{
    CatalogueStore(*m_db).upsertProduct(product(QStringLiteral("SP-MUG-RED"), QStringLiteral("6009876000026")));
    setStock(QStringLiteral("SP-MUG-BLU"), QStringLiteral("JHB1-A-01-01-1-01"), 10);
    setStock(QStringLiteral("SP-MUG-RED"), QStringLiteral("JHB1-A-01-01-1-02"), 10);
    const Order o = insertOrder(17);
    IntakeService intake(*m_db, *m_clock, kStation);
    QVERIFY(intake.run());
    QCOMPARE(count(QStringLiteral("SELECT reserved FROM stock WHERE sku = 'SP-MUG-BLU'")), qint64(2));
    // The marketplace swaps the colour on the same line.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE order_lines SET sku = 'SP-MUG-RED', gtin = '6009876000026'")));
    bumpVersion(o.id, QStringLiteral("updated_at = updated_at"));
    QVERIFY(intake.run());
    QCOMPARE(orderStatus(o.id), QStringLiteral("ready"));
    QCOMPARE(count(QStringLiteral("SELECT reserved FROM stock WHERE sku = 'SP-MUG-BLU'")), qint64(0));
    QCOMPARE(count(QStringLiteral("SELECT reserved FROM stock WHERE sku = 'SP-MUG-RED'")), qint64(2));
}

void TestIntakeService::removedReservedLineIsGivenBack()
{
    setStock(QStringLiteral("SP-MUG-BLU"), QStringLiteral("JHB1-A-01-01-1-01"), 10);
    setStock(QStringLiteral("SP-CARD"), QStringLiteral("JHB1-A-01-01-1-03"), 10);
    Order o = insertOrder(18, [](Order& o) {
        OrderLine card;
        card.lineId = QStringLiteral("L2");
        card.sku = QStringLiteral("SP-CARD");
        card.name = QStringLiteral("Gift card");
        card.quantity = 1;
        card.unitPriceMinor = 2500;
        o.lines << card;
        o.taxMinor = (o.itemsSubtotalMinor() + o.shippingMinor) * 15 / 100;
        o.totalMinor = o.itemsSubtotalMinor() + o.shippingMinor + o.taxMinor;
    });
    IntakeService intake(*m_db, *m_clock, kStation);
    QVERIFY(intake.run());
    QCOMPARE(count(QStringLiteral("SELECT reserved FROM stock WHERE sku = 'SP-CARD'")), qint64(1));

    // The marketplace drops the card from the order: the page stores, the unit goes back.
    Order changed = o;
    changed.lines.removeLast();
    changed.version = o.version + 1;
    changed.taxMinor = (changed.itemsSubtotalMinor() + changed.shippingMinor) * 15 / 100;
    changed.totalMinor = changed.itemsSubtotalMinor() + changed.shippingMinor + changed.taxMinor;
    SyncPageWriter writer(*m_db, *m_clock, kStation, QStringLiteral("orders"));
    QVERIFY(writer.begin());
    auto applied = writer.applyOrder(changed, QString());
    QVERIFY2(applied, applied ? "" : qPrintable(applied.error().toString()));
    QVERIFY(writer.commit(QString()));
    QCOMPARE(count(QStringLiteral("SELECT reserved FROM stock WHERE sku = 'SP-CARD'")), qint64(0));
    QVERIFY(intake.run());
    QCOMPARE(orderStatus(o.id), QStringLiteral("ready"));
    QCOMPARE(count(QStringLiteral("SELECT sum(quantity) FROM reservations WHERE order_id = ?"), {o.id}), qint64(2));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM stock WHERE reserved <> (SELECT coalesce(sum(quantity), 0) "
                                  "FROM reservations r WHERE r.sku = stock.sku AND r.location = stock.location)")),
             qint64(0));
}

void TestIntakeService::orderClaimedByAnotherStationIsLeftToIt()
{
    setStock(QStringLiteral("SP-MUG-BLU"), QStringLiteral("JHB1-A-01-01-1-01"), 10);
    const Order o = insertOrder(19);
    IntakeService intake(*m_db, *m_clock, kStation);
    QVERIFY(intake.run());
    QCOMPARE(count(QStringLiteral("SELECT reserved FROM stock")), qint64(2));
    bumpVersion(o.id, QStringLiteral("claimed_by = 'ST-OTHER'"));
    auto report = intake.run();
    QVERIFY(report);
    QCOMPARE(report->reservationsReleased, 2);
    QCOMPARE(report->skipped, 1);
    QCOMPARE(count(QStringLiteral("SELECT reserved FROM stock")), qint64(0));
}

void TestIntakeService::noticeKeyIsTheSameAtEveryStation()
{
    // Two stations with their own databases hold the same order version for the same cause: both queue
    // the notice under one key, so the marketplace tells the customer once.
    const Order o = insertOrder(20, [](Order& o) { o.paymentStatus = PaymentStatus::Pending; });
    IntakeService(*m_db, *m_clock, kStation).run();
    QTemporaryDir other;
    auto db2 = Database::open(other.filePath(QStringLiteral("other.db")));
    QVERIFY(db2);
    CatalogueStore(**db2).upsertProduct(product(QStringLiteral("SP-MUG-BLU"), QStringLiteral("6009876000019")));
    Order copy = test::sampleOrder(20);
    copy.paymentStatus = PaymentStatus::Pending;
    QVERIFY(OrderStore(**db2, *m_clock, QStringLiteral("ST-2")).insert(copy, QStringLiteral("marketplace")));
    QVERIFY(IntakeService(**db2, *m_clock, QStringLiteral("ST-2")).run());
    const auto key = [](Database& db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT idempotency_key FROM outbox WHERE kind = 'notification'"));
        return q.next() ? q.value(0).toString() : QString();
    };
    QVERIFY(!QUuid::fromString(key(*m_db)).isNull()); // the marketplace wants a UUID
    QCOMPARE(key(*m_db), PendingNotice::idempotencyKey(o.marketplaceId, o.version, {QStringLiteral("payment")}));
    QCOMPARE(key(**db2), key(*m_db));
    // Same body too, or the marketplace would refuse the second as a reused key.
    const auto body = [](Database& db) {
        QSqlQuery q(db.connection());
        q.exec(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'notification'"));
        return q.next() ? q.value(0).toString() : QString();
    };
    QCOMPARE(body(**db2), body(*m_db));
    QVERIFY(PendingNotice::idempotencyKey(o.marketplaceId, o.version + 1, {QStringLiteral("payment")}) != key(*m_db));
    QVERIFY(PendingNotice::idempotencyKey(o.marketplaceId, o.version, {QStringLiteral("stock")}) != key(*m_db));
}

QTEST_GUILESS_MAIN(TestIntakeService)
#include "TestIntakeService.moc"
