// The catalogue feed (GET /v1/products) against a fake marketplace: products are pulled before orders
// and stored by SKU with an audit row naming the marketplace's version; a newer version updates, an
// older or equal one is ignored; a product the station already had is compared field by field; a GTIN
// that moves to another SKU before the first lets it go is quarantined without failing the page and
// is stored once the overlap reads it again; malformed products are read strictly.

#include "SyncHarness.h"

#include "storage/CatalogueStore.h"

#include <QJsonArray>
#include <QTest>

using namespace saypro;
using namespace saypro::test;

namespace {
QDateTime at(int minute)
{
    return utc(2026, 11, 23, 7, minute, 0);
}

ProductRecord product(const QString& sku, const QString& gtin, qint64 version, int minute)
{
    ProductRecord p;
    p.id = QStringLiteral("prd_") + sku;
    p.sku = sku;
    p.gtin = gtin;
    p.name = QStringLiteral("Product ") + sku;
    p.weightGrams = 380;
    p.unitPriceMinor = 12900;
    p.currency = QStringLiteral("ZAR");
    p.fragile = true;
    p.version = version;
    p.updatedAt = at(minute);
    return p;
}

const ResourceReport* resource(const SyncReport& r, const QString& name)
{
    for (const ResourceReport& rr : r.resources)
        if (rr.resource == name)
            return &rr;
    return nullptr;
}

const QString kMugGtin = QStringLiteral("6009876000019"); // the GTIN of sampleOrder()'s line
const QString kTeeGtin = QStringLiteral("6009876000026");
const QString kCapGtin = QStringLiteral("6009876000033");
} // namespace

class TestSyncProducts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<saypro::SyncReport>(); }

    void productsArePulledFirstAndStored()
    {
        SyncHarness h;
        h.market.put(QStringLiteral("products"),
                     ApiJson::productToJson(product(QStringLiteral("SP-MUG-BLU"), kMugGtin, 1, 1)));
        ProductRecord tee = product(QStringLiteral("SP-TEE-M"), kTeeGtin, 4, 2);
        tee.fragile = false;
        tee.serialTracked = true;
        tee.weightGrams = 180;
        tee.unitPriceMinor = 19900;
        h.market.put(QStringLiteral("products"), ApiJson::productToJson(tee));
        h.market.put(QStringLiteral("products"),
                     ApiJson::productToJson(product(QStringLiteral("SP-NOGTIN"), QString(), 1, 3)));
        h.market.putOrder(marketplaceOrder(1, 1, at(5)));

        const SyncReport r = h.run();
        QVERIFY2(r.completed, qPrintable(r.error.toString()));
        QCOMPARE(r.resources.first().resource, QStringLiteral("products"));
        const ResourceReport* products = resource(r, QStringLiteral("products"));
        QVERIFY(products);
        QCOMPARE(products->counts.received, 3);
        QCOMPARE(products->counts.inserted, 3);
        QVERIFY(products->complete);
        QVERIFY(!products->cursor.isEmpty());
        // The catalogue is asked for before the orders.
        QList<QString> paths;
        for (const FakeRequest& req : std::as_const(h.network->requests))
            paths << req.path;
        QVERIFY(paths.indexOf(QStringLiteral("/v1/products")) >= 0);
        QVERIFY(paths.indexOf(QStringLiteral("/v1/products")) < paths.indexOf(QStringLiteral("/v1/orders")));

        CatalogueStore catalogue(h.db());
        auto stored = catalogue.productBySku(QStringLiteral("SP-TEE-M"));
        QVERIFY(stored);
        QCOMPARE(stored->gtin, kTeeGtin);
        QCOMPARE(stored->name, tee.name);
        QCOMPARE(stored->weightGrams, 180);
        QCOMPARE(stored->unitPriceMinor, qint64(19900));
        QCOMPARE(stored->currency, QStringLiteral("ZAR"));
        QVERIFY(stored->serialTracked);
        QVERIFY(!stored->fragile);
        auto byGtin = catalogue.productByGtin(kMugGtin);
        QVERIFY(byGtin);
        QCOMPARE(byGtin->sku, QStringLiteral("SP-MUG-BLU"));
        // No GTIN is NULL, not '' (the column is unique).
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM products WHERE sku = 'SP-NOGTIN' AND gtin IS NULL")),
                 qint64(1));
        QCOMPARE(h.text(QStringLiteral("SELECT json_extract(after_json, '$.version') FROM audit_log WHERE entity = "
                                       "'product' AND entity_id = 'SP-TEE-M' AND action = 'created' AND actor = "
                                       "'marketplace'")),
                 QStringLiteral("4"));
    }

    void newerVersionUpdatesAndOlderIsIgnored()
    {
        SyncHarness h;
        h.market.put(QStringLiteral("products"),
                     ApiJson::productToJson(product(QStringLiteral("SP-MUG-BLU"), kMugGtin, 2, 1)));
        QVERIFY(h.run().completed);

        ProductRecord newer = product(QStringLiteral("SP-MUG-BLU"), kCapGtin, 3, 2);
        newer.name = QStringLiteral("Ceramic mug 350 ml, Ocean blue");
        newer.unitPriceMinor = 13900;
        h.market.put(QStringLiteral("products"), ApiJson::productToJson(newer));
        SyncReport r = h.run();
        QVERIFY(r.completed);
        QCOMPARE(resource(r, QStringLiteral("products"))->counts.updated, 1);
        QCOMPARE(h.text(QStringLiteral("SELECT name FROM products WHERE sku = 'SP-MUG-BLU'")), newer.name);
        QCOMPARE(h.text(QStringLiteral("SELECT gtin FROM products WHERE sku = 'SP-MUG-BLU'")), kCapGtin);
        QCOMPARE(h.scalar(QStringLiteral("SELECT unit_price_minor FROM products WHERE sku = 'SP-MUG-BLU'")),
                 qint64(13900));
        // The audit row says what changed, from what, and which version brought it.
        const QString before = h.text(QStringLiteral("SELECT before_json FROM audit_log WHERE entity = 'product' AND "
                                                     "action = 'updated'"));
        const QString after = h.text(QStringLiteral("SELECT after_json FROM audit_log WHERE entity = 'product' AND "
                                                    "action = 'updated'"));
        QVERIFY2(before.contains(kMugGtin) && !before.contains(QLatin1String("weight_g")), qPrintable(before));
        QVERIFY2(after.contains(kCapGtin) && after.contains(QLatin1String("\"version\":3")), qPrintable(after));

        // A delayed copy of an older version never overwrites the newer one; the same version again is a no-op.
        ProductRecord older = product(QStringLiteral("SP-MUG-BLU"), kMugGtin, 2, 3);
        older.name = QStringLiteral("Old name");
        h.market.put(QStringLiteral("products"), ApiJson::productToJson(older));
        r = h.run();
        QVERIFY(r.completed);
        QCOMPARE(resource(r, QStringLiteral("products"))->counts.unchanged, 1);
        QCOMPARE(h.text(QStringLiteral("SELECT name FROM products WHERE sku = 'SP-MUG-BLU'")), newer.name);
        QVERIFY(h.db().execute(QStringLiteral("DELETE FROM sync_cursors")).has_value());
        h.market.put(QStringLiteral("products"), ApiJson::productToJson(newer));
        r = h.run();
        QCOMPARE(resource(r, QStringLiteral("products"))->counts.unchanged, 1);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'product'")), qint64(2));
    }

    void aProductTheStationHadIsComparedFieldByField()
    {
        SyncHarness h;
        Warehouse jhb;
        jhb.code = QStringLiteral("JHB1");
        jhb.name = QStringLiteral("SayPro Midrand DC");
        jhb.address.country = QStringLiteral("ZA");
        jhb.timeZone = QStringLiteral("Africa/Johannesburg");
        QVERIFY(CatalogueStore(h.db()).upsertWarehouse(jhb).has_value());
        Product local;
        local.sku = QStringLiteral("SP-MUG-BLU");
        local.gtin = kMugGtin;
        local.name = QStringLiteral("Product SP-MUG-BLU");
        local.weightGrams = 380;
        local.unitPriceMinor = 12900;
        local.fragile = true;
        local.location = Location(QStringLiteral("JHB1"), QStringLiteral("A"), 1, 2, 3, 4);
        QVERIFY(CatalogueStore(h.db()).upsertProduct(local).has_value());

        h.market.put(QStringLiteral("products"),
                     ApiJson::productToJson(product(QStringLiteral("SP-MUG-BLU"), kMugGtin, 5, 1)));
        SyncReport r = h.run();
        QVERIFY(r.completed);
        QCOMPARE(resource(r, QStringLiteral("products"))->counts.unchanged, 1);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'product'")), qint64(0));

        ProductRecord heavier = product(QStringLiteral("SP-MUG-BLU"), kMugGtin, 6, 2);
        heavier.weightGrams = 420;
        h.market.put(QStringLiteral("products"), ApiJson::productToJson(heavier));
        r = h.run();
        QCOMPARE(resource(r, QStringLiteral("products"))->counts.updated, 1);
        auto stored = CatalogueStore(h.db()).productBySku(QStringLiteral("SP-MUG-BLU"));
        QVERIFY(stored);
        QCOMPARE(stored->weightGrams, 420);
        // The station's own pick bin and reorder point are not the marketplace's.
        QCOMPARE(stored->location.code(), local.location.code());
    }

    void aGtinMovingToAnotherSkuIsQuarantinedUntilItIsFree()
    {
        SyncEngineOptions options = SyncHarness::fastOptions();
        options.overlapMs = 120000;
        SyncHarness h(options);
        h.market.put(QStringLiteral("products"),
                     ApiJson::productToJson(product(QStringLiteral("SP-MUG-BLU"), kMugGtin, 1, 1)));
        h.market.put(QStringLiteral("products"),
                     ApiJson::productToJson(product(QStringLiteral("SP-MUG-RED"), kTeeGtin, 1, 2)));
        QVERIFY(h.run().completed);

        // The marketplace gives the blue mug's GTIN to the red mug, then the blue mug a new one. The red
        // mug comes first in the feed, while the station still has the GTIN on the blue mug.
        h.clock.advanceSecs(30);
        h.market.put(QStringLiteral("products"),
                     ApiJson::productToJson(product(QStringLiteral("SP-MUG-RED"), kMugGtin, 2, 10)));
        h.market.put(QStringLiteral("products"),
                     ApiJson::productToJson(product(QStringLiteral("SP-MUG-BLU"), kCapGtin, 2, 11)));
        SyncReport r = h.run();
        QVERIFY2(r.completed, qPrintable(r.error.toString()));
        const ResourceReport* products = resource(r, QStringLiteral("products"));
        QCOMPARE(products->counts.quarantined, 1);
        QCOMPARE(products->counts.updated, 1);
        QCOMPARE(r.openProblems, 1);
        QCOMPARE(h.text(QStringLiteral("SELECT item_id FROM sync_quarantine WHERE resolved_at IS NULL")),
                 QStringLiteral("prd_SP-MUG-RED"));
        QVERIFY(h.text(QStringLiteral("SELECT message FROM sync_problems")).contains(kMugGtin));
        QCOMPARE(h.text(QStringLiteral("SELECT gtin FROM products WHERE sku = 'SP-MUG-RED'")), kTeeGtin);
        QCOMPARE(h.text(QStringLiteral("SELECT gtin FROM products WHERE sku = 'SP-MUG-BLU'")), kCapGtin);

        // A run two minutes after the first reads the overlap again (from the first run's position): the
        // GTIN is free now, the red mug is stored and the problem resolves itself.
        h.clock.advanceSecs(100);
        r = h.run();
        QVERIFY(r.completed);
        QCOMPARE(h.text(QStringLiteral("SELECT gtin FROM products WHERE sku = 'SP-MUG-RED'")), kMugGtin);
        QCOMPARE(r.openProblems, 0);
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM sync_quarantine WHERE resolved_at IS NULL")), qint64(0));
    }

    void productJsonIsReadStrictly_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<bool>("readable");
        QTest::addRow("gtin null") << QStringLiteral("gtin") << QJsonValue(QJsonValue::Null) << true;
        QTest::addRow("gtin absent") << QStringLiteral("gtin") << QJsonValue(QJsonValue::Undefined) << true;
        QTest::addRow("gtin bad check digit")
            << QStringLiteral("gtin") << QJsonValue(QStringLiteral("6009876000018")) << false;
        QTest::addRow("gtin a number") << QStringLiteral("gtin") << QJsonValue(6009876000019.0) << false;
        QTest::addRow("sku missing") << QStringLiteral("sku") << QJsonValue(QJsonValue::Undefined) << false;
        QTest::addRow("name empty") << QStringLiteral("name") << QJsonValue(QString()) << false;
        QTest::addRow("weight negative") << QStringLiteral("weight_g") << QJsonValue(-1) << false;
        QTest::addRow("weight fractional") << QStringLiteral("weight_g") << QJsonValue(1.5) << false;
        QTest::addRow("price text") << QStringLiteral("unit_price") << QJsonValue(QStringLiteral("129.00")) << false;
        QTest::addRow("currency long") << QStringLiteral("currency") << QJsonValue(QStringLiteral("RAND")) << false;
        QTest::addRow("fragile text") << QStringLiteral("fragile") << QJsonValue(QStringLiteral("yes")) << false;
        QTest::addRow("fragile absent") << QStringLiteral("fragile") << QJsonValue(QJsonValue::Undefined) << true;
        QTest::addRow("version missing") << QStringLiteral("version") << QJsonValue(QJsonValue::Undefined) << false;
        QTest::addRow("updated_at bad") << QStringLiteral("updated_at") << QJsonValue(QStringLiteral("yesterday"))
                                        << false;
    }
    void productJsonIsReadStrictly()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(bool, readable);
        const ProductRecord sent = product(QStringLiteral("SP-MUG-BLU"), kMugGtin, 7, 1);
        QJsonObject json = ApiJson::productToJson(sent);
        if (value.isUndefined())
            json.remove(field);
        else
            json.insert(field, value);
        const auto read = ApiJson::productFromJson(json);
        QCOMPARE(read.has_value(), readable);
        if (!readable) {
            QVERIFY2(read.error().detail.contains(field), qPrintable(read.error().detail));
            QVERIFY(!read.error().message.isEmpty());
            return;
        }
        QCOMPARE(read->sku, sent.sku);
        QCOMPARE(read->version, sent.version);
        QCOMPARE(read->updatedAt, sent.updatedAt);
        QCOMPARE(read->gtin, field == QLatin1String("gtin") ? QString() : sent.gtin);
        QCOMPARE(read->fragile, field == QLatin1String("fragile") ? false : sent.fragile);
    }

    void unreadableProductsAreKeptAside()
    {
        SyncHarness h;
        QJsonObject bad = ApiJson::productToJson(product(QStringLiteral("SP-MUG-BLU"), kMugGtin, 1, 1));
        bad.insert(QStringLiteral("gtin"), QStringLiteral("6009876000018"));
        h.market.put(QStringLiteral("products"), bad);
        h.market.put(QStringLiteral("products"),
                     ApiJson::productToJson(product(QStringLiteral("SP-TEE-M"), kTeeGtin, 1, 2)));
        const SyncReport r = h.run();
        QVERIFY2(r.completed, qPrintable(r.error.toString()));
        QCOMPARE(resource(r, QStringLiteral("products"))->counts.inserted, 1);
        QCOMPARE(resource(r, QStringLiteral("products"))->counts.quarantined, 1);
        QCOMPARE(h.text(QStringLiteral("SELECT resource FROM sync_quarantine")), QStringLiteral("products"));
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM products")), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestSyncProducts)
#include "TestSyncProducts.moc"
