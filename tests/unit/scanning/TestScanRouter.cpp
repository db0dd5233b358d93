// ScanRouter: every kind of scanned code leads to the right screen (or to none, with a reason) over a real
// SQLite cache: orders by status, parcels by tracking number, returns by RMA, bins, and products by GTIN in
// whichever length the catalogue stores them.

#include "../TestSupport.h"

#include "common/Clock.h"
#include "domain/Product.h"
#include "scanning/BarcodeParser.h"
#include "scanning/ScanRouter.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"

#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace saypro;
using namespace saypro::test;

namespace {

/// The fixture holds one order per status, in the order of OrderStatuses::all(): SP-00000001 is new, ...
QString numberOf(OrderStatus status)
{
    return QStringLiteral("SP-%1").arg(OrderStatuses::all().indexOf(status) + 1, 8, 10, QLatin1Char('0'));
}

QString gs(const QString& text)
{
    QString out = text;
    out.replace(QLatin1String("<GS>"), QString(QChar(BarcodeParser::GroupSeparator)));
    return out;
}

} // namespace

class TestScanRouter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void routesEveryKindOfCode_data();
    void routesEveryKindOfCode();
    void orderStatusDecidesTheScreen_data();
    void orderStatusDecidesTheScreen();
    void parsedAndRawScansRouteAlike();
    void storageFailureIsANoneRouteThatSaysSo();

private:
    void seed();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ManualClock> m_clock;
    QHash<QString, qint64> m_ids; ///< order number -> id
};

void TestScanRouter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(m_dir.filePath(QStringLiteral("station.db")));
    STATION_VERIFY_OK(db);
    m_db = std::move(*db);
    QCOMPARE(m_db->schemaVersion(), Database::latestSchemaVersion());
    m_clock = std::make_unique<ManualClock>(utc(2026, 3, 2, 8, 0));
    seed();
}

void TestScanRouter::seed()
{
    OrderStore orders(*m_db, *m_clock, QStringLiteral("ST-01"));
    const QList<OrderStatus>& statuses = OrderStatuses::all();
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        Order o = sampleOrder(int(i) + 1);
        o.status = statuses.at(i);
        auto id = orders.insert(o, QStringLiteral("marketplace"));
        STATION_VERIFY_OK(id);
        m_ids.insert(o.number, *id);
    }

    // Parcels: a UPS parcel of the shipped order, a FedEx number that also reads as a UPC-A on the labelled
    // order, and a USPS IMpb on the order in transit.
    const struct
    {
        OrderStatus status;
        const char* tracking;
    } parcels[] = {{OrderStatus::Shipped, "1Z999AA10123456784"},
                   {OrderStatus::Labelled, "100000000014"},
                   {OrderStatus::InTransit, "9400111206206406260787"}};
    for (const auto& p : parcels) {
        const qint64 orderId = m_ids.value(numberOf(p.status));
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO shipments(order_id, carrier, service, status, created_at) "
                                         "VALUES(?, 'ups', 'standard', 'labelled', 0)")));
        q.addBindValue(orderId);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const qint64 shipmentId = q.lastInsertId().toLongLong();
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO parcels(shipment_id, order_id, tracking_number, weight_g) VALUES(?, ?, ?, 900)")));
        q.addBindValue(shipmentId);
        q.addBindValue(orderId);
        q.addBindValue(QString::fromLatin1(p.tracking));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    // A return for the delivered order.
    QSqlQuery r(m_db->connection());
    QVERIFY(r.prepare(QStringLiteral("INSERT INTO returns(rma, order_id, status, requested_at, marketplace_id) "
                                     "VALUES('RMA-2026-000321', ?, 'requested', 0, 'ret_0001')")));
    r.addBindValue(m_ids.value(numberOf(OrderStatus::Delivered)));
    QVERIFY2(r.exec(), qPrintable(r.lastError().text()));

    // The catalogue stores GTINs as the marketplace sent them: 13, 12, 8 and 14 digits.
    CatalogueStore catalogue(*m_db);
    const struct
    {
        const char* sku;
        const char* gtin;
        const char* name;
    } products[] = {{"SP-MUG-BLU", "6009876000019", "Ceramic mug 350 ml, Blue"},
                    {"US-CEREAL", "036000291452", "Breakfast cereal"},
                    {"US-GUM-8", "96385074", "Gum"},
                    {"SP-CASE-12", "10952123454321", ""}};
    for (const auto& p : products) {
        Product product;
        product.sku = QString::fromLatin1(p.sku);
        product.gtin = QString::fromLatin1(p.gtin);
        product.name = QString::fromUtf8(p.name);
        STATION_VERIFY_OK(catalogue.upsertProduct(product));
    }
}

void TestScanRouter::routesEveryKindOfCode_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("orderNumber");
    QTest::addColumn<QString>("sku");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("rma");
    QTest::addColumn<QString>("message"); ///< a part of the translated message
    QTest::addColumn<QString>("detail");  ///< a part of the untranslated detail

    const QString ready = numberOf(OrderStatus::Ready);
    const QString packing = numberOf(OrderStatus::Packing);
    const QString shipped = numberOf(OrderStatus::Shipped);
    const QString labelled = numberOf(OrderStatus::Labelled);
    const QString inTransit = numberOf(OrderStatus::InTransit);
    const QString delivered = numberOf(OrderStatus::Delivered);
    const auto row = [](const char* name, const QString& raw, const char* target, const QString& order, const char* sku,
                        const char* location, const char* rma, const QString& message, const char* detail) {
        QTest::addRow("%s", name) << raw << QString::fromLatin1(target) << order << QString::fromLatin1(sku)
                                  << QString::fromLatin1(location) << QString::fromLatin1(rma) << message
                                  << QString::fromLatin1(detail);
    };

    // Orders.
    row("order ready", ready, "pick", ready, "", "", "", ready, "status ready -> pick");
    row("order packing, lower case", packing.toLower(), "pack", packing, "", "", "", packing, "status packing -> pack");
    row("order shipped", shipped, "order", shipped, "", "", "", shipped, "status shipped -> order");
    row("order not cached", QStringLiteral("SP-00099999"), "none", {}, "", "", "",
        QStringLiteral("Order SP-00099999 is not in this station's cache"), "no order with number SP-00099999");
    // Tracking numbers.
    row("ups parcel", QStringLiteral("1Z999AA10123456784"), "order", shipped, "", "", "", shipped,
        "tracking 1Z999AA10123456784 -> order");
    row("ups parcel lower case", QStringLiteral("1z999aa10123456784"), "order", shipped, "", "", "", shipped,
        "tracking 1Z999AA10123456784");
    row("usps parcel behind a ZIP routing code", QStringLiteral("420021349400111206206406260787"), "order", inTransit,
        "", "", "", inTransit, "tracking 9400111206206406260787");
    row("fedex number that also reads as UPC-A", QStringLiteral("100000000014"), "order", labelled, "", "", "",
        labelled, "as fedex_express: tracking 100000000014");
    row("tracking not cached", QStringLiteral("1Z5R89390357567127"), "none", {}, "", "", "",
        QStringLiteral("1Z5R89390357567127 is on no parcel"), "no parcel with tracking number 1Z5R89390357567127");
    // Returns.
    row("return", QStringLiteral("RMA-2026-000321"), "return", delivered, "", "", "RMA-2026-000321",
        QStringLiteral("RMA-2026-000321"), "rma RMA-2026-000321 -> return of order");
    row("return lower case", QStringLiteral("rma-2026-000321"), "return", delivered, "", "", "RMA-2026-000321",
        delivered, "rma RMA-2026-000321");
    row("return not cached", QStringLiteral("RMA-2026-000999"), "none", {}, "", "", "",
        QStringLiteral("Return RMA-2026-000999 is not in this station's cache"), "no return with RMA RMA-2026-000999");
    // Bins: the canonical code, without a lookup.
    row("bin", QStringLiteral("JHB1-A-03-12-2-04"), "inventory", {}, "", "JHB1-A-03-12-2-04", "",
        QStringLiteral("JHB1-A-03-12-2-04"), "bin JHB1-A-03-12-2-04 -> inventory");
    row("bin lower case, short numbers", QStringLiteral("jhb1-b-3-7-1-2"), "inventory", {}, "", "JHB1-B-03-07-1-02", "",
        QStringLiteral("JHB1-B-03-07-1-02"), "bin JHB1-B-03-07-1-02");
    // Products, whichever length the catalogue stores their GTIN in.
    row("ean13 stored as 13", QStringLiteral("6009876000019"), "inventory", {}, "SP-MUG-BLU", "", "",
        QStringLiteral("Ceramic mug 350 ml, Blue (SP-MUG-BLU)"), "GTIN 06009876000019 -> sku SP-MUG-BLU");
    row("upca stored as 12", QStringLiteral("036000291452"), "inventory", {}, "US-CEREAL", "", "",
        QStringLiteral("US-CEREAL"), "sku US-CEREAL");
    row("upca scanned as ean13", QStringLiteral("0036000291452"), "inventory", {}, "US-CEREAL", "", "",
        QStringLiteral("US-CEREAL"), "sku US-CEREAL");
    row("ean8 stored as 8", QStringLiteral("96385074"), "inventory", {}, "US-GUM-8", "", "", QStringLiteral("Gum"),
        "sku US-GUM-8");
    row("gtin14 stored as 14, no name", QStringLiteral("10952123454321"), "inventory", {}, "SP-CASE-12", "", "",
        QStringLiteral("Product SP-CASE-12"), "sku SP-CASE-12");
    row("gs1 with (01), batch and expiry", QStringLiteral("]C101060098760000191726123110LOT7"), "inventory", {},
        "SP-MUG-BLU", "", "", QStringLiteral("SP-MUG-BLU"), "GTIN 06009876000019");
    row("gs1 digital link", QStringLiteral("https://id.gs1.org/01/10952123454321/10/ABC"), "inventory", {},
        "SP-CASE-12", "", "", QStringLiteral("SP-CASE-12"), "sku SP-CASE-12");
    row("gtin not in the catalogue", QStringLiteral("4006381333931"), "none", {}, "", "", "",
        QStringLiteral("Product 4006381333931 is not in this station's catalogue"),
        "no product with GTIN 04006381333931");
    row("gs1 gtin not in the catalogue", QStringLiteral("(01)09521234543213(10)ABC"), "none", {}, "", "", "",
        QStringLiteral("not in this station's catalogue"), "no product with GTIN 09521234543213");
    // Codes that open nothing.
    row("gs1 without (01)", gs(QStringLiteral("]C1400PO-778<GS>4201804")), "none", {}, "", "", "",
        QStringLiteral("no product number"), "has no AI (01)");
    row("sscc", QStringLiteral("00340123451234567895"), "none", {}, "", "", "", QStringLiteral("SSCC"),
        "SSCC 340123451234567895 is not routed");
    row("badge", QStringLiteral("USR-0042"), "none", {}, "", "", "", QStringLiteral("USR-0042 is a user badge"),
        "badge USR-0042 is not routed");
    // Invalid codes: the parser's reason.
    row("order number too short", QStringLiteral("SP-0001234"), "none", {}, "", "", "",
        BarcodeParser::parse(u"SP-0001234").error, "expected SP- and 8 digits");
    row("gtin wrong check digit", QStringLiteral("4006381333932"), "none", {}, "", "", "",
        BarcodeParser::parse(u"4006381333932").error, "check digit 2, expected 1");
    row("unknown text", QStringLiteral("hello world"), "none", {}, "", "", "",
        BarcodeParser::parse(u"hello world").error, "no format matches 'hello world'");
    row("empty", QString(), "none", {}, "", "", "", BarcodeParser::parse(u"").error, "empty input");
}

void TestScanRouter::routesEveryKindOfCode()
{
    QFETCH(QString, raw);
    QFETCH(QString, target);
    QFETCH(QString, orderNumber);
    QFETCH(QString, sku);
    QFETCH(QString, location);
    QFETCH(QString, rma);
    QFETCH(QString, message);
    QFETCH(QString, detail);

    const ScanRoute route = ScanRouter(*m_db).route(raw);
    QCOMPARE(ScanRoute::targetKey(route.target), target);
    QCOMPARE(route.orderNumber, orderNumber);
    QCOMPARE(route.orderId, orderNumber.isEmpty() ? qint64(0) : m_ids.value(orderNumber));
    QCOMPARE(route.sku, sku);
    QCOMPARE(route.location, location);
    QCOMPARE(route.rma, rma);
    QVERIFY(!route.message.isEmpty());
    QVERIFY2(route.message.contains(message), qPrintable(route.message));
    QVERIFY2(route.detail.contains(detail), qPrintable(route.detail));
}

void TestScanRouter::orderStatusDecidesTheScreen_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<ScanRoute::Target>("target");

    using S = OrderStatus;
    using T = ScanRoute::Target;
    const QList<std::pair<S, T>> expected = {
        {S::New, T::Order},
        {S::Verified, T::Order},
        {S::OnHold, T::Order},
        {S::Ready, T::Pick},
        {S::Picking, T::Pick},
        {S::Picked, T::Pack},
        {S::Packing, T::Pack},
        {S::Packed, T::Label},
        {S::Labelled, T::Label},
        {S::Shipped, T::Order},
        {S::InTransit, T::Order},
        {S::OutForDelivery, T::Order},
        {S::Delivered, T::Order},
        {S::Cancelled, T::Order},
        {S::ReturnRequested, T::Order},
        {S::ReturnReceived, T::Order},
        {S::Inspected, T::Order},
        {S::Closed, T::Order},
    };
    QCOMPARE(expected.size(), OrderStatuses::all().size());
    for (const auto& [status, target] : expected)
        QTest::addRow("%s", qPrintable(OrderStatuses::key(status))) << status << target;
}

void TestScanRouter::orderStatusDecidesTheScreen()
{
    QFETCH(OrderStatus, status);
    QFETCH(ScanRoute::Target, target);

    const QString number = numberOf(status);
    const ScanRoute route = ScanRouter(*m_db).route(number);
    QCOMPARE(ScanRoute::targetKey(route.target), ScanRoute::targetKey(target));
    QCOMPARE(route.orderNumber, number);
    QCOMPARE(route.orderId, m_ids.value(number));
    // The message names the order and its status in words.
    QVERIFY2(route.message.contains(number), qPrintable(route.message));
    QVERIFY2(route.message.contains(OrderStatuses::displayName(status)), qPrintable(route.message));
    QVERIFY2(route.detail.contains(u"status " + OrderStatuses::key(status)), qPrintable(route.detail));
}

void TestScanRouter::parsedAndRawScansRouteAlike()
{
    const ScanRouter router(*m_db);
    for (const QString& raw : {QStringLiteral("1Z999AA10123456784"), QStringLiteral("]C10110952123454321"),
                               QStringLiteral("RMA-2026-000321"), numberOf(OrderStatus::Picked)}) {
        const ScanRoute fromRaw = router.route(raw);
        const ScanRoute fromParsed = router.route(BarcodeParser::parse(raw));
        QCOMPARE(fromParsed.target, fromRaw.target);
        QCOMPARE(fromParsed.orderId, fromRaw.orderId);
        QCOMPARE(fromParsed.sku, fromRaw.sku);
        QCOMPARE(fromParsed.message, fromRaw.message);
        QCOMPARE(fromParsed.detail, fromRaw.detail);
    }
}

void TestScanRouter::storageFailureIsANoneRouteThatSaysSo()
{
    // A database whose parcels table has gone (a damaged cache): the lookup fails and the route says so.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto db = Database::open(dir.filePath(QStringLiteral("broken.db")));
    STATION_VERIFY_OK(db);
    STATION_VERIFY_OK((*db)->execute(QStringLiteral("ALTER TABLE parcels RENAME TO parcels_gone")));

    const ScanRoute route = ScanRouter(**db).route(u"1Z999AA10123456784");
    QCOMPARE(route.target, ScanRoute::Target::None);
    QVERIFY2(route.message.contains(QStringLiteral("could not be looked up")), qPrintable(route.message));
    QVERIFY2(route.detail.contains(QStringLiteral("parcels")), qPrintable(route.detail));

    // The other lookups still work on the same cache.
    QCOMPARE(ScanRouter(**db).route(u"JHB1-A-03-12-2-04").target, ScanRoute::Target::Inventory);
}

QTEST_GUILESS_MAIN(TestScanRouter)
#include "TestScanRouter.moc"
