// Intake end to end against the training marketplace over real HTTPS: after a sync, an unpaid order and
// an order for an SKU out of stock everywhere are on hold with their reasons and the customer has been
// told "pending"; capturing the payment in the marketplace releases the first on the next sync, and the
// restock releases the second. The station's stock matches the marketplace's after every sync and moves
// with every pick and restock made at the station, counted once.

#include "SandboxStation.h"
#include "common/Clock.h"
#include "intake/IntakeService.h"
#include "inventory/InventoryStore.h"
#include "sandbox/SandboxServer.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "sync/SyncEngine.h"

#include <QHash>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace saypro;
using namespace std::chrono_literals;

namespace {

const QString kToken = QStringLiteral("intake-token");
const QString kStation = QStringLiteral("intake-station");

using Station = test::SandboxStation;

QString scalar(Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

/// bin code + SKU -> on hand, as the marketplace holds them.
QHash<QString, int> marketplaceStock(const SandboxServer& server)
{
    QHash<QString, int> out;
    auto items = server.inventory();
    if (!items)
        return out;
    for (const QJsonObject& o : *items)
        out.insert(o.value(QLatin1String("sku")).toString() + QLatin1Char('@') +
                       o.value(QLatin1String("location")).toString(),
                   o.value(QLatin1String("on_hand")).toInt());
    return out;
}

QHash<QString, int> stationStock(Database& db)
{
    QHash<QString, int> out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT sku, location, on_hand FROM stock"));
    while (q.next())
        out.insert(q.value(0).toString() + QLatin1Char('@') + q.value(1).toString(), q.value(2).toInt());
    return out;
}

} // namespace

class TestIntakeWithSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void heldOrdersAndTheirReasonsAfterSync();
    void capturingThePaymentReleasesTheOrder();
    void stockMatchesAndMovesWithPicksAndRestocks();
    void restockReleasesTheBackorder();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_marketClock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Station> m_station;
    QString m_unpaid;     ///< marketplace id of an order with payment pending
    QString m_outOfStock; ///< marketplace id of an order with an SKU out of stock everywhere
};

void TestIntakeWithSandbox::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxOptions options;
    options.databasePath = m_dir.filePath(QStringLiteral("marketplace.db"));
    options.token = kToken;
    options.seed = 1;
    options.initialOrders = 200;
    m_marketClock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
    options.clock = m_marketClock;
    auto server = SandboxServer::start(options);
    QVERIFY2(server, server ? "" : qPrintable(server.error().toString()));
    m_server = std::move(*server);

    ConnectionSettings s;
    s.baseUrl = m_server->url();
    s.token = kToken;
    s.stationId = kStation;
    s.caCertificates = {m_server->certificate()};
    s.trustSystemCertificates = false;
    s.requestTimeoutMs = 10000;
    SyncEngineOptions o;
    o.pageSize = 500;
    o.backoffBaseMs = 5;
    o.backoffCapMs = 50;
    o.maxWaitInRunMs = 2000;
    m_station = std::make_unique<Station>(m_dir.filePath(QStringLiteral("station.db")), s, o);
    QVERIFY(m_station->ok);
}

void TestIntakeWithSandbox::cleanupTestCase()
{
    m_station.reset();
    if (m_server)
        m_server->stop();
}

void TestIntakeWithSandbox::heldOrdersAndTheirReasonsAfterSync()
{
    const SyncReport report = m_station->sync();
    QVERIFY2(report.completed, qPrintable(report.error.detail));
    QVERIFY(report.intakeRan);
    QVERIFY(report.intake.examined > 0);
    QVERIFY(report.intake.held > 0);
    QVERIFY(report.intake.backordered > 0);

    Database& db = m_station->db();
    IntakeService intake(db, m_station->clock, kStation);
    auto held = intake.openHolds(QString(), 1000);
    QVERIFY(held);
    const auto marketplaceId = [&](qint64 orderId) {
        return scalar(db, QStringLiteral("SELECT marketplace_id FROM orders WHERE id = ?"), {orderId});
    };
    auto outOfStock = m_server->outOfStockSkus();
    QVERIFY(outOfStock && !outOfStock->isEmpty());
    for (const Hold& h : *held) {
        for (const HoldReason& r : h.reasons) {
            if (h.kind == Hold::Verification && r.check == VerificationCheck::Payment && m_unpaid.isEmpty() &&
                scalar(db, QStringLiteral("SELECT payment_status FROM orders WHERE id = ?"), {h.orderId}) ==
                    QLatin1String("pending") &&
                h.reasons.size() == 1)
                m_unpaid = marketplaceId(h.orderId);
            if (h.kind == Hold::Backorder && r.check == QLatin1String("stock") && m_outOfStock.isEmpty())
                for (const QString& sku : *outOfStock)
                    if (r.detail.startsWith(sku + QLatin1Char(' ')))
                        m_outOfStock = marketplaceId(h.orderId);
        }
    }
    QVERIFY2(!m_unpaid.isEmpty(), "no order held for its pending payment alone");
    QVERIFY2(!m_outOfStock.isEmpty(), "no order held for an out-of-stock SKU");

    for (const QString& id : {m_unpaid, m_outOfStock}) {
        QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM orders WHERE marketplace_id = ?"), {id}),
                 QStringLiteral("on_hold"));
        // The marketplace has the hold as a status event and the customer's "pending" message.
        auto events = m_server->statusEvents(id);
        QVERIFY(events);
        QVERIFY2(events->contains(QStringLiteral("on_hold")), qPrintable(events->join(QLatin1Char(','))));
        auto notices = m_server->notifications(id);
        QVERIFY(notices);
        QCOMPARE(notices->size(), 1);
        QCOMPARE(notices->first().value(QLatin1String("event")).toString(), QStringLiteral("pending"));
    }
}

void TestIntakeWithSandbox::capturingThePaymentReleasesTheOrder()
{
    QVERIFY(!m_unpaid.isEmpty());
    Database& db = m_station->db();
    const qint64 orderId =
        scalar(db, QStringLiteral("SELECT id FROM orders WHERE marketplace_id = ?"), {m_unpaid}).toLongLong();
    QVERIFY(m_server->capturePayment(m_unpaid));
    const SyncReport report = m_station->sync();
    QVERIFY2(report.completed, qPrintable(report.error.detail));
    QVERIFY(report.intake.released >= 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM orders WHERE id = ?"), {orderId}), QStringLiteral("ready"));
    IntakeService intake(db, m_station->clock, kStation);
    auto holds = intake.holds(orderId);
    QVERIFY(holds && !holds->isEmpty());
    QVERIFY(!holds->first().isOpen());
    QCOMPARE(holds->first().releasedBy, IntakeService::actor());
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM reservations WHERE order_id = ?"), {orderId}).toInt() > 0);
    auto events = m_server->statusEvents(m_unpaid);
    QVERIFY(events);
    QCOMPARE(events->last(), QStringLiteral("ready"));
    // Released without a second customer message.
    auto notices = m_server->notifications(m_unpaid);
    QVERIFY(notices);
    QCOMPARE(notices->size(), 1);
}

void TestIntakeWithSandbox::stockMatchesAndMovesWithPicksAndRestocks()
{
    Database& db = m_station->db();
    QCOMPARE(stationStock(db), marketplaceStock(*m_server));

    // Pick the first reserved line of a ready order, and put two units back into another bin.
    QSqlQuery r(db.connection());
    QVERIFY(r.exec(QStringLiteral("SELECT order_id, order_line_id, sku, location, quantity FROM reservations "
                                  "ORDER BY id LIMIT 1")));
    QVERIFY(r.next());
    const qint64 orderId = r.value(0).toLongLong();
    const qint64 lineId = r.value(1).toLongLong();
    const QString sku = r.value(2).toString();
    const QString bin = r.value(3).toString();
    const int quantity = r.value(4).toInt();
    r.finish();
    const QString pickKey = sku + QLatin1Char('@') + bin;
    const int before = marketplaceStock(*m_server).value(pickKey);

    QVERIFY(
        OrderStore(db, m_station->clock, kStation).transition(orderId, OrderStatus::Picking, QStringLiteral("sam")));
    InventoryStore inventory(db, m_station->clock, kStation);
    auto picked = inventory.pick(orderId, lineId, bin, quantity, QStringLiteral("sam"));
    QVERIFY2(picked, picked ? "" : qPrintable(picked.error().toString()));
    QCOMPARE(stationStock(db).value(pickKey), before - quantity);

    const QString restockKey = QStringLiteral("SP-MUG-BLU@JHB1-Z-99-01-1-01");
    auto restocked = inventory.restock(QStringLiteral("SP-MUG-BLU"), QStringLiteral("JHB1-Z-99-01-1-01"), 2,
                                       StockReason::Restock, QStringLiteral("sam"));
    QVERIFY2(restocked, restocked ? "" : qPrintable(restocked.error().toString()));

    // Two syncs: whichever side of the push the next figure falls, every movement is counted once.
    for (int i = 0; i < 2; ++i) {
        const SyncReport report = m_station->sync();
        QVERIFY2(report.completed, qPrintable(report.error.detail));
        const QHash<QString, int> market = marketplaceStock(*m_server);
        QCOMPARE(market.value(pickKey), before - quantity);
        QCOMPARE(market.value(restockKey), 2);
        QCOMPARE(stationStock(db), market);
    }
}

void TestIntakeWithSandbox::restockReleasesTheBackorder()
{
    QVERIFY(!m_outOfStock.isEmpty());
    // The marketplace restocks the out-of-stock SKUs six hours later.
    QVERIFY(m_server->advanceTime(7h));
    QVERIFY(m_server->drain());
    const SyncReport report = m_station->sync();
    QVERIFY2(report.completed, qPrintable(report.error.detail));
    Database& db = m_station->db();
    QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM orders WHERE marketplace_id = ?"), {m_outOfStock}),
             QStringLiteral("ready"));
    QCOMPARE(stationStock(db), marketplaceStock(*m_server));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM stock WHERE reserved > on_hand")), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestIntakeWithSandbox)
#include "TestIntakeWithSandbox.moc"
