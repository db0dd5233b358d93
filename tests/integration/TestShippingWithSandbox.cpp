// Labelling end to end against the training marketplace over real HTTPS: a packed order is labelled at the
// station, the sync delivers its shipment to the marketplace exactly once (a second sync sends nothing again),
// the end-of-day manifest ships it, and the carrier's tracking, pulled back by the next syncs, moves the order
// from shipped towards delivered.

#include "SandboxStation.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "sandbox/SandboxServer.h"
#include "shipping/ShipmentStore.h"
#include "shipping/TrackingAllocator.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "storage/StatusChange.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace saypro;
using namespace std::chrono_literals;

namespace {

const QString kToken = QStringLiteral("shipping-token");
const QString kStation = QStringLiteral("shipping-station");

using Station = test::SandboxStation;

QVariant scalar(Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

bool exec(Database& db, const QString& sql, const QVariantList& values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (q.exec())
        return true;
    qWarning() << sql << q.lastError().text();
    return false;
}

} // namespace

class TestShippingWithSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void labelReachesTheMarketplaceOnce();
    void manifestShipsAndTrackingFollows();

private:
    QTemporaryDir m_dir;
    std::shared_ptr<ManualClock> m_marketClock;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Station> m_station;
    qint64 m_orderId = 0;
    QString m_marketplaceId;
    QString m_carrier;
};

void TestShippingWithSandbox::initTestCase()
{
    QVERIFY(m_dir.isValid());
    SandboxOptions options;
    options.databasePath = m_dir.filePath(QStringLiteral("marketplace.db"));
    options.token = kToken;
    options.seed = 3;
    options.initialOrders = 60;
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
    const SyncReport first = m_station->sync();
    QVERIFY2(first.completed, qPrintable(first.error.detail));
}

void TestShippingWithSandbox::cleanupTestCase()
{
    m_station.reset();
    if (m_server)
        m_server->stop();
}

void TestShippingWithSandbox::labelReachesTheMarketplaceOnce()
{
    Database& db = m_station->db();
    // A ready order of the marketplace, taken through picking and packing at the station.
    m_orderId = scalar(db, QStringLiteral("SELECT id FROM orders WHERE status = 'ready' AND warehouse <> '' "
                                          "ORDER BY id LIMIT 1"))
                    .toLongLong();
    QVERIFY2(m_orderId > 0, "the marketplace has no ready order");
    m_marketplaceId =
        scalar(db, QStringLiteral("SELECT marketplace_id FROM orders WHERE id = ?"), {m_orderId}).toString();
    OrderStore orders(db, m_station->clock, kStation);
    for (OrderStatus s : {OrderStatus::Picking, OrderStatus::Picked, OrderStatus::Packing, OrderStatus::Packed})
        QVERIFY(orders.transition(m_orderId, s, QStringLiteral("sam")));
    QVERIFY(exec(db,
                 QStringLiteral("INSERT INTO shipments (order_id, carrier, service, status, created_at) VALUES (?, '', "
                                "'standard', 'packed', 0)"),
                 {m_orderId}));
    const qint64 shipment = scalar(db, QStringLiteral("SELECT max(id) FROM shipments")).toLongLong();
    QVERIFY(exec(db,
                 QStringLiteral("INSERT INTO parcels (shipment_id, order_id, sequence, weight_g) SELECT ?, ?, 1, "
                                "150 + sum(quantity * weight_g) FROM order_lines WHERE order_id = ?"),
                 {shipment, m_orderId, m_orderId}));
    const qint64 parcel = scalar(db, QStringLiteral("SELECT max(id) FROM parcels")).toLongLong();
    QVERIFY(exec(db,
                 QStringLiteral("INSERT INTO parcel_items (parcel_id, order_line_id, quantity) SELECT ?, id, quantity "
                                "FROM order_lines WHERE order_id = ?"),
                 {parcel, m_orderId}));

    CatalogueStore catalogue(db);
    for (const Warehouse& w : DemoGenerator::warehouses())
        QVERIFY(catalogue.upsertWarehouse(w));
    QVERIFY(TrackingAllocator(db, m_station->clock, kStation).addDefaultRanges(QStringLiteral("admin")));
    ShipmentStore store(db, m_station->clock, kStation, ShippingMethods::builtIn());
    auto labelled = store.label(m_orderId, {}, QStringLiteral("sam"));
    QVERIFY2(labelled, labelled ? "" : qPrintable(labelled.error().toString()));
    m_carrier = labelled->carrier;
    const QString number = labelled->parcels.first().trackingNumber;

    auto before = m_server->countsForOrder(m_marketplaceId);
    QVERIFY(before);
    QCOMPARE(before->shipments, qint64(0));
    SyncReport report = m_station->sync();
    QVERIFY2(report.completed, qPrintable(report.error.detail));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE order_id = ? AND delivered_at IS NULL"),
                    {m_orderId})
                 .toLongLong(),
             qint64(0));
    auto after = m_server->countsForOrder(m_marketplaceId);
    QVERIFY(after);
    QCOMPARE(after->shipments, qint64(1));
    auto market = m_server->order(m_marketplaceId);
    QVERIFY(market);
    auto events = m_server->statusEvents(m_marketplaceId);
    QVERIFY(events);
    QVERIFY2(events->contains(QStringLiteral("labelled")), qPrintable(events->join(QLatin1Char(','))));

    // Nothing is sent twice.
    report = m_station->sync();
    QVERIFY2(report.completed, qPrintable(report.error.detail));
    auto again = m_server->countsForOrder(m_marketplaceId);
    QVERIFY(again);
    QCOMPARE(again->shipments, qint64(1));
    QVERIFY(!number.isEmpty());
}

void TestShippingWithSandbox::manifestShipsAndTrackingFollows()
{
    QVERIFY(m_orderId > 0);
    Database& db = m_station->db();
    ShipmentStore store(db, m_station->clock, kStation, ShippingMethods::builtIn());
    auto manifest = store.closeManifest(m_carrier, QStringLiteral("sam"));
    QVERIFY2(manifest, manifest ? "" : qPrintable(manifest.error().toString()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT status FROM orders WHERE id = ?"), {m_orderId}).toString(),
             QStringLiteral("shipped"));
    SyncReport report = m_station->sync();
    QVERIFY2(report.completed, qPrintable(report.error.detail));

    // Days pass at the carrier; the station follows the parcel from its tracking events.
    QVERIFY(m_server->advanceTime(std::chrono::hours(24 * 6)));
    QVERIFY(m_server->drain());
    report = m_station->sync();
    QVERIFY2(report.completed, qPrintable(report.error.detail));
    // The carrier's steps, each one a status change of the order (the customer may even have asked to return it
    // by now).
    const QString number = scalar(db, QStringLiteral("SELECT number FROM orders WHERE id = ?"), {m_orderId}).toString();
    auto history = OrderStore(db, m_station->clock, kStation).history(number);
    QVERIFY(history);
    QStringList reached;
    for (const StatusChange& c : *history)
        reached << c.to;
    QVERIFY2(reached.contains(QStringLiteral("in_transit")), qPrintable(reached.join(QLatin1Char(','))));
    QVERIFY2(reached.indexOf(QStringLiteral("shipped")) < reached.indexOf(QStringLiteral("in_transit")),
             qPrintable(reached.join(QLatin1Char(','))));
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM tracking_events WHERE order_id = ?"), {m_orderId})
                .toLongLong() > 0);
}

QTEST_MAIN(TestShippingWithSandbox)
#include "TestShippingWithSandbox.moc"
