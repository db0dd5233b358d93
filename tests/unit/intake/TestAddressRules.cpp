// Address rules: built-in ZA and US postal codes, regions and required fields; loading a JSON rule table.

#include "../TestSupport.h"

#include "intake/AddressRules.h"

#include <QTest>

using namespace saypro;

namespace {

Address za()
{
    return Address{QStringLiteral("Sipho Khumalo"),
                   QStringLiteral("12 Vilakazi Street"),
                   QString(),
                   QStringLiteral("Orlando West"),
                   QStringLiteral("Soweto"),
                   QStringLiteral("GP"),
                   QStringLiteral("1804"),
                   QStringLiteral("ZA")};
}

Address us()
{
    return Address{QStringLiteral("Jane Doe"),
                   QStringLiteral("1600 Pennsylvania Ave NW"),
                   QString(),
                   QString(),
                   QStringLiteral("Washington"),
                   QStringLiteral("DC"),
                   QStringLiteral("20500"),
                   QStringLiteral("US")};
}

QStringList issueFields(const QList<AddressRules::Issue>& issues)
{
    QStringList fields;
    for (const AddressRules::Issue& i : issues)
        fields << i.field;
    return fields;
}

} // namespace

class TestAddressRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postalCodesAndRegions_data();
    void postalCodesAndRegions();
    void requiredFields_data();
    void requiredFields();
    void everyUsStateAndDcIsAccepted();
    void issuesCarryMessageAndDetail();
    void jsonTable();
    void jsonOverridesBuiltIn();
    void jsonErrors_data();
    void jsonErrors();
};

void TestAddressRules::postalCodesAndRegions_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("postalCode");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QStringList>("expectedIssues");
    const QStringList none;
    const QStringList postal{QStringLiteral("postal_code")};
    const QStringList region{QStringLiteral("region")};
    // ZA: four digits; province codes.
    QTest::addRow("ZA 1804 GP") << "ZA"
                                << "1804"
                                << "GP" << none;
    QTest::addRow("ZA 0001 leading zero") << "ZA"
                                          << "0001"
                                          << "GP" << none;
    QTest::addRow("ZA 8001 WC") << "ZA"
                                << "8001"
                                << "WC" << none;
    QTest::addRow("ZA KZN three letters") << "ZA"
                                          << "4001"
                                          << "KZN" << none;
    QTest::addRow("ZA region lower case") << "ZA"
                                          << "4001"
                                          << "kzn" << none;
    QTest::addRow("ZA region blank is allowed") << "ZA"
                                                << "9300"
                                                << "" << none;
    QTest::addRow("ZA postal code with spaces around") << "ZA"
                                                       << " 2196 "
                                                       << "GP" << none;
    QTest::addRow("ZA 3 digits") << "ZA"
                                 << "180"
                                 << "GP" << postal;
    QTest::addRow("ZA 5 digits") << "ZA"
                                 << "18040"
                                 << "GP" << postal;
    QTest::addRow("ZA letter") << "ZA"
                               << "18O4"
                               << "GP" << postal;
    QTest::addRow("ZA inner space") << "ZA"
                                    << "18 04"
                                    << "GP" << postal;
    QTest::addRow("ZA province name not code") << "ZA"
                                               << "1804"
                                               << "Gauteng" << region;
    QTest::addRow("ZA old province TVL") << "ZA"
                                         << "1804"
                                         << "TVL" << region;
    QTest::addRow("ZA US state") << "ZA"
                                 << "1804"
                                 << "CA" << region;
    QTest::addRow("ZA both wrong") << "ZA"
                                   << "ABCD"
                                   << "XX" << QStringList{QStringLiteral("postal_code"), QStringLiteral("region")};
    // US: ZIP or ZIP+4; the 50 states and DC.
    QTest::addRow("US ZIP") << "US"
                            << "20500"
                            << "DC" << none;
    QTest::addRow("US ZIP+4") << "US"
                              << "20500-0003"
                              << "DC" << none;
    QTest::addRow("US leading zero ZIP") << "US"
                                         << "02134"
                                         << "MA" << none;
    QTest::addRow("US lower-case state") << "US"
                                         << "94105"
                                         << "ca" << none;
    QTest::addRow("US 4 digits") << "US"
                                 << "2050"
                                 << "DC" << postal;
    QTest::addRow("US 6 digits") << "US"
                                 << "205001"
                                 << "DC" << postal;
    QTest::addRow("US ZIP+3") << "US"
                              << "20500-000"
                              << "DC" << postal;
    QTest::addRow("US ZIP+4 without hyphen") << "US"
                                             << "205000003"
                                             << "DC" << postal;
    QTest::addRow("US ZIP+4 with space") << "US"
                                         << "20500 0003"
                                         << "DC" << postal;
    QTest::addRow("US Puerto Rico not a state") << "US"
                                                << "00901"
                                                << "PR" << region;
    QTest::addRow("US full state name") << "US"
                                        << "94105"
                                        << "California" << region;
    QTest::addRow("US ZA province") << "US"
                                    << "94105"
                                    << "GP" << region;
    // Country code case does not matter.
    QTest::addRow("za lower-case country") << "za"
                                           << "1804"
                                           << "GP" << none;
    // Unknown countries: no format checks.
    QTest::addRow("GB any postal code") << "GB"
                                        << "SW1A 1AA"
                                        << "" << none;
    QTest::addRow("DE any region") << "DE"
                                   << "10115"
                                   << "Berlin" << none;
}

void TestAddressRules::postalCodesAndRegions()
{
    QFETCH(QString, country);
    QFETCH(QString, postalCode);
    QFETCH(QString, region);
    QFETCH(QStringList, expectedIssues);
    Address a = za();
    a.country = country;
    a.postalCode = postalCode;
    a.region = region;
    QCOMPARE(issueFields(AddressRules::builtIn().check(a)), expectedIssues);
}

void TestAddressRules::requiredFields_data()
{
    QTest::addColumn<Address>("address");
    QTest::addColumn<QStringList>("expectedIssues");

    QTest::addRow("ZA complete") << za() << QStringList();
    Address a = za();
    a.line1.clear();
    QTest::addRow("ZA no line1") << a << QStringList{QStringLiteral("line1")};
    a = za();
    a.city = QStringLiteral("   ");
    QTest::addRow("ZA blank city") << a << QStringList{QStringLiteral("city")};
    a = za();
    a.postalCode.clear();
    QTest::addRow("ZA no postal code") << a << QStringList{QStringLiteral("postal_code")};
    a = za();
    a.region.clear();
    a.suburb.clear();
    a.name.clear();
    QTest::addRow("ZA region, suburb and name optional") << a << QStringList();

    QTest::addRow("US complete") << us() << QStringList();
    a = us();
    a.region.clear();
    QTest::addRow("US no state") << a << QStringList{QStringLiteral("region")};
    a = us();
    a.postalCode.clear();
    QTest::addRow("US no ZIP") << a << QStringList{QStringLiteral("postal_code")};
    a = us();
    a.line1.clear();
    a.city.clear();
    QTest::addRow("US no line1, no city") << a << QStringList{QStringLiteral("line1"), QStringLiteral("city")};

    Address other{QStringLiteral("Hans Muster"),
                  QStringLiteral("Hauptstrasse 1"),
                  QString(),
                  QString(),
                  QStringLiteral("Bern"),
                  QString(),
                  QString(),
                  QStringLiteral("CH")};
    QTest::addRow("unknown country: line1, city, country enough") << other << QStringList();
    a = other;
    a.city.clear();
    QTest::addRow("unknown country no city") << a << QStringList{QStringLiteral("city")};
    a = other;
    a.country.clear();
    QTest::addRow("no country") << a << QStringList{QStringLiteral("country")};
    QTest::addRow("empty address") << Address()
                                   << QStringList{QStringLiteral("line1"), QStringLiteral("city"),
                                                  QStringLiteral("country")};
}

void TestAddressRules::requiredFields()
{
    QFETCH(Address, address);
    QFETCH(QStringList, expectedIssues);
    QCOMPARE(issueFields(AddressRules::builtIn().check(address)), expectedIssues);
}

void TestAddressRules::everyUsStateAndDcIsAccepted()
{
    const AddressRules rules = AddressRules::builtIn();
    const QStringList regions = rules.rule(QStringLiteral("US")).regionCodes;
    QCOMPARE(regions.size(), 51);
    QVERIFY(regions.contains(QStringLiteral("DC")));
    QVERIFY(!regions.contains(QStringLiteral("PR")));
    for (const QString& state : regions) {
        Address a = us();
        a.region = state;
        QVERIFY2(rules.check(a).isEmpty(), qPrintable(state));
    }
    QCOMPARE(rules.rule(QStringLiteral("ZA")).regionCodes.size(), 9);
    QCOMPARE(rules.countries(), (QStringList{QStringLiteral("US"), QStringLiteral("ZA")}));
}

void TestAddressRules::issuesCarryMessageAndDetail()
{
    Address a = us();
    a.postalCode = QStringLiteral("123");
    const QList<AddressRules::Issue> issues = AddressRules::builtIn().check(a);
    QCOMPARE(issues.size(), 1);
    QVERIFY(issues.first().message.contains(QStringLiteral("123")));
    QVERIFY(issues.first().detail.contains(QStringLiteral("postal_code \"123\"")));
}

void TestAddressRules::jsonTable()
{
    const QByteArray json = R"({"countries": {
        "GB": {"required": ["line1", "city", "postal_code"],
               "postal_code": "[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}"},
        "NA": {"regions": ["khomas", "Erongo"]},
        "BW": {}
    }})";
    const Result<AddressRules> rules = AddressRules::fromJson(json);
    STATION_VERIFY_OK(rules);
    QCOMPARE(rules->countries(), (QStringList{QStringLiteral("BW"), QStringLiteral("GB"), QStringLiteral("NA"),
                                              QStringLiteral("US"), QStringLiteral("ZA")}));

    Address gb{QStringLiteral("Ann"),
               QStringLiteral("10 Downing St"),
               QString(),
               QString(),
               QStringLiteral("London"),
               QString(),
               QStringLiteral("SW1A 2AA"),
               QStringLiteral("GB")};
    QCOMPARE(issueFields(rules->check(gb)), QStringList());
    gb.postalCode = QStringLiteral("12345");
    QCOMPARE(issueFields(rules->check(gb)), QStringList{QStringLiteral("postal_code")});
    gb.postalCode = QStringLiteral("XSW1A 2AA"); // the pattern is anchored: no partial matches
    QCOMPARE(issueFields(rules->check(gb)), QStringList{QStringLiteral("postal_code")});
    gb.postalCode.clear();
    QCOMPARE(issueFields(rules->check(gb)), QStringList{QStringLiteral("postal_code")});

    Address na{QString(),
               QStringLiteral("1 Independence Ave"),
               QString(),
               QString(),
               QStringLiteral("Windhoek"),
               QStringLiteral("Khomas"),
               QString(),
               QStringLiteral("NA")};
    QCOMPARE(issueFields(rules->check(na)), QStringList());
    na.region = QStringLiteral("Gauteng");
    QCOMPARE(issueFields(rules->check(na)), QStringList{QStringLiteral("region")});

    // "required" left out: line1, city, country.
    Address bw{QString(), QString(), QString(),           QString(), QStringLiteral("Gaborone"),
               QString(), QString(), QStringLiteral("BW")};
    QCOMPARE(issueFields(rules->check(bw)), QStringList{QStringLiteral("line1")});

    // Built-ins still apply.
    Address z = za();
    z.postalCode = QStringLiteral("12");
    QCOMPARE(issueFields(rules->check(z)), QStringList{QStringLiteral("postal_code")});
}

void TestAddressRules::jsonOverridesBuiltIn()
{
    const Result<AddressRules> rules =
        AddressRules::fromJson(R"({"countries": {"ZA": {"required": ["line1", "city", "postal_code", "suburb"],
                                                         "postal_code": "[0-9]{4}", "regions": []}}})");
    STATION_VERIFY_OK(rules);
    Address a = za();
    a.region = QStringLiteral("Gauteng"); // no region list any more
    QCOMPARE(issueFields(rules->check(a)), QStringList());
    a.suburb.clear();
    QCOMPARE(issueFields(rules->check(a)), QStringList{QStringLiteral("suburb")});
}

void TestAddressRules::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("detailContains");
    QTest::addRow("not JSON") << QByteArray("{countries") << "JSON parse error at offset";
    QTest::addRow("empty input") << QByteArray() << "JSON parse error";
    QTest::addRow("top level array") << QByteArray("[]") << "top level must be an object";
    QTest::addRow("no countries") << QByteArray("{}") << "missing \"countries\"";
    QTest::addRow("unknown top-level key")
        << QByteArray(R"({"countries": {}, "version": 2})") << "unknown top-level key \"version\"";
    QTest::addRow("countries is an array") << QByteArray(R"({"countries": []})") << "\"countries\" must be an object";
    QTest::addRow("lower-case country code") << QByteArray(R"({"countries": {"gb": {}}})") << "country code \"gb\"";
    QTest::addRow("three-letter country code") << QByteArray(R"({"countries": {"GBR": {}}})") << "country code \"GBR\"";
    QTest::addRow("entry not an object") << QByteArray(R"({"countries": {"GB": "line1"}})")
                                         << "countries.GB: expected an object";
    QTest::addRow("unknown entry key") << QByteArray(R"({"countries": {"GB": {"postcode": "[0-9]+"}}})")
                                       << "countries.GB: unknown key \"postcode\"";
    QTest::addRow("required not an array") << QByteArray(R"({"countries": {"GB": {"required": "line1"}}})")
                                           << "countries.GB.required: expected an array of strings";
    QTest::addRow("required holds a number") << QByteArray(R"({"countries": {"GB": {"required": ["line1", 2]}}})")
                                             << "countries.GB.required[1]: expected a string";
    QTest::addRow("required unknown field")
        << QByteArray(R"({"countries": {"GB": {"required": ["street"]}}})") << "unknown field \"street\"";
    QTest::addRow("postal_code not a string") << QByteArray(R"({"countries": {"GB": {"postal_code": 5}}})")
                                              << "countries.GB.postal_code: expected a pattern string";
    QTest::addRow("postal_code invalid pattern") << QByteArray(R"({"countries": {"GB": {"postal_code": "[0-9"}}})")
                                                 << "countries.GB.postal_code: invalid pattern";
    QTest::addRow("regions not an array") << QByteArray(R"({"countries": {"NA": {"regions": {"KH": 1}}}})")
                                          << "countries.NA.regions: expected an array of strings";
}

void TestAddressRules::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, detailContains);
    const Result<AddressRules> rules = AddressRules::fromJson(json);
    QVERIFY(!rules.has_value());
    QCOMPARE(rules.error().code, Error::Code::InvalidArgument);
    QVERIFY(!rules.error().message.isEmpty());
    QVERIFY2(rules.error().detail.contains(detailContains), qPrintable(rules.error().detail));
}

QTEST_GUILESS_MAIN(TestAddressRules)
#include "TestAddressRules.moc"
