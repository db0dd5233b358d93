// Shipping method selection over the built-in services: zones, dimensional weight, the cheapest service that
// arrives in time, the fastest when none does, no service at all, an override the packer may choose, and
// carrier files that are not valid.

#include "shipping/ShippingMethods.h"

#include <QTest>

Q_DECLARE_METATYPE(saypro::ShippingRequest)

using namespace saypro;

namespace {
ShippingRequest request(ServiceLevel level, const char* zone, int grams, int days)
{
    ShippingRequest r;
    r.level = level;
    r.zone = QString::fromLatin1(zone);
    r.weightGrams = grams;
    r.lengthMm = 300;
    r.widthMm = 200;
    r.heightMm = 100;
    r.daysAvailable = days;
    return r;
}
} // namespace

class TestShippingMethods final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zonesAndDimensionalWeight();
    void choice_data();
    void choice();
    void bulkyParcelsPayForTheirSize();
    void noServiceAtAll();
    void overrideMustBeAllowed();
    void invalidFilesAreRefused();
};

void TestShippingMethods::zonesAndDimensionalWeight()
{
    const ShippingMethods m = ShippingMethods::builtIn();
    QVERIFY(m.services().size() >= 6);
    QCOMPARE(m.zoneFor(30, true), QStringLiteral("local"));
    QCOMPARE(m.zoneFor(570, true), QStringLiteral("regional"));
    QCOMPARE(m.zoneFor(1400, true), QStringLiteral("national"));
    QCOMPARE(m.zoneFor(30, false), QStringLiteral("international"));
    // 40 x 30 x 20 cm = 24,000 cm³; at 5,000 cm³ per kg that is 4.8 kg.
    QCOMPARE(ShippingMethods::dimensionalGrams(400, 300, 200, 5000), 4800);
    QCOMPARE(ShippingMethods::dimensionalGrams(400, 300, 0, 5000), 0);
}

void TestShippingMethods::choice_data()
{
    QTest::addColumn<ShippingRequest>("req");
    QTest::addColumn<QString>("service");
    QTest::addColumn<bool>("meetsDate");
    // Standard, national, 2 kg: UPS Ground (3 days) is the cheapest that arrives in 3; the post (5 days) and
    // FedEx Ground (4) are cheaper but late.
    QTest::addRow("cheapest in time") << request(ServiceLevel::Standard, "national", 2000, 3) << "ups_ground" << true;
    // With ten days, the post office is the cheapest of all.
    QTest::addRow("time to spare") << request(ServiceLevel::Standard, "national", 2000, 10) << "post_registered"
                                   << true;
    // Nothing arrives today: the fastest (DHL, 1 day), flagged.
    QTest::addRow("none in time") << request(ServiceLevel::Standard, "national", 2000, 0) << "dhl_express" << false;
    // International, 1 kg, 5 days: DHL (3 days) is cheaper than FedEx (2); USPS and the post are too slow.
    QTest::addRow("international") << request(ServiceLevel::International, "international", 1000, 5) << "dhl_express"
                                   << true;
    // Same day in town: only the SayPro courier.
    QTest::addRow("same day") << request(ServiceLevel::SameDay, "local", 1500, 0) << "local_same_day" << true;
}

void TestShippingMethods::choice()
{
    QFETCH(ShippingRequest, req);
    QFETCH(QString, service);
    QFETCH(bool, meetsDate);
    const ShippingChoice c = ShippingMethods::builtIn().choose(req);
    QVERIFY(c.chosen.has_value());
    QCOMPARE(c.chosen->service.key, service);
    QCOMPARE(c.meetsDate, meetsDate);
    QVERIFY(c.reason.contains(c.chosen->service.name));
    // Options come cheapest first.
    for (qsizetype i = 1; i < c.options.size(); ++i)
        QVERIFY(c.options.at(i - 1).priceMinor <= c.options.at(i).priceMinor);
}

void TestShippingMethods::bulkyParcelsPayForTheirSize()
{
    const ShippingMethods m = ShippingMethods::builtIn();
    ShippingRequest small = request(ServiceLevel::Standard, "national", 2000, 10);
    ShippingRequest bulky = small;
    bulky.lengthMm = 600;
    bulky.widthMm = 400;
    bulky.heightMm = 400; // 96,000 cm³ = 19.2 kg at 5,000
    const auto a = m.option(small, QStringLiteral("ups_ground"));
    const auto b = m.option(bulky, QStringLiteral("ups_ground"));
    QVERIFY(a && b);
    QCOMPARE(b->billableGrams, 19200);
    QVERIFY(b->priceMinor > a->priceMinor);
    // The post office takes 2 kg at most: the bulky parcel is not offered to it.
    QVERIFY(!m.option(bulky, QStringLiteral("post_registered")));
    QCOMPARE(m.choose(bulky).chosen->service.key, QStringLiteral("fedex_ground"));
}

void TestShippingMethods::noServiceAtAll()
{
    const ShippingChoice c = ShippingMethods::builtIn().choose(request(ServiceLevel::SameDay, "national", 1000, 0));
    QVERIFY(!c.chosen);
    QVERIFY(c.options.isEmpty());
    QVERIFY(!c.reason.isEmpty());
    // Too heavy for every service.
    QVERIFY(!ShippingMethods::builtIn().choose(request(ServiceLevel::Standard, "national", 90000, 5)).chosen);
}

void TestShippingMethods::overrideMustBeAllowed()
{
    const ShippingMethods m = ShippingMethods::builtIn();
    const ShippingRequest r = request(ServiceLevel::Standard, "national", 2000, 3);
    const auto dhl = m.option(r, QStringLiteral("dhl_express"));
    QVERIFY(dhl);
    QVERIFY(dhl->meetsDate);
    QVERIFY(!m.option(r, QStringLiteral("local_same_day"))); // not for a national parcel
    QVERIFY(!m.option(r, QStringLiteral("no_such_service")));
}

void TestShippingMethods::invalidFilesAreRefused()
{
    QVERIFY(!ShippingMethods::fromJson("not json"));
    QVERIFY(!ShippingMethods::fromJson(R"({"services": []})"));
    const auto badLevel = ShippingMethods::fromJson(
        R"({"services": [{"key": "x", "carrier": "ups", "name": "X", "levels": ["overnight"], "zones": []}]})");
    QVERIFY(!badLevel);
    QVERIFY(badLevel.error().detail.contains(QStringLiteral("overnight")));
    const auto noRates = ShippingMethods::fromJson(
        R"({"services": [{"key": "x", "carrier": "ups", "name": "X", "levels": ["standard"], "zones": ["local"],
            "transit_days": {"local": 1}}]})");
    QVERIFY(!noRates);
    QVERIFY(noRates.error().detail.contains(QStringLiteral("local")));
}

QTEST_GUILESS_MAIN(TestShippingMethods)
#include "TestShippingMethods.moc"
