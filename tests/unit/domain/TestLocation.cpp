// Bin locations: parsing the printed code, printing it back, and sorting along the pick walk.

#include "../TestSupport.h"

#include "domain/Location.h"

#include <QTest>

#include <algorithm>

using namespace saypro;

class TestLocation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseRefuses_data();
    void parseRefuses();
    void codeRoundTrip_data();
    void codeRoundTrip();
    void walkOrder();
    void walkOrderIsStrictWeak();
    void defaultIsInvalid();
};

void TestLocation::parse_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("warehouse");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("aisle");
    QTest::addColumn<int>("bay");
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("bin");
    QTest::addColumn<QString>("canonical");
    QTest::addRow("printed label") << "JHB1-A-03-12-2-04"
                                   << "JHB1"
                                   << "A" << 3 << 12 << 2 << 4 << "JHB1-A-03-12-2-04";
    QTest::addRow("unpadded") << "CPT1-B-3-7-1-2"
                              << "CPT1"
                              << "B" << 3 << 7 << 1 << 2 << "CPT1-B-03-07-1-02";
    QTest::addRow("lower case, spaces") << "  dbn1-ab-10-1-3-8 "
                                        << "DBN1"
                                        << "AB" << 10 << 1 << 3 << 8 << "DBN1-AB-10-01-3-08";
    QTest::addRow("three digit aisle and bin") << "JHB1-ZZZ-120-999-12-100"
                                               << "JHB1"
                                               << "ZZZ" << 120 << 999 << 12 << 100 << "JHB1-ZZZ-120-999-12-100";
    QTest::addRow("long warehouse code") << "WAREHS01-C-01-01-1-01"
                                         << "WAREHS01"
                                         << "C" << 1 << 1 << 1 << 1 << "WAREHS01-C-01-01-1-01";
}

void TestLocation::parse()
{
    QFETCH(QString, code);
    QFETCH(QString, warehouse);
    QFETCH(QString, zone);
    QFETCH(int, aisle);
    QFETCH(int, bay);
    QFETCH(int, level);
    QFETCH(int, bin);
    QFETCH(QString, canonical);
    const auto l = Location::parse(code);
    QVERIFY(l.has_value());
    QVERIFY(l->isValid());
    QCOMPARE(l->warehouse(), warehouse);
    QCOMPARE(l->zone(), zone);
    QCOMPARE(l->aisle(), aisle);
    QCOMPARE(l->bay(), bay);
    QCOMPARE(l->level(), level);
    QCOMPARE(l->bin(), bin);
    QCOMPARE(l->code(), canonical);
    // The printed code parses back to the same location.
    const auto again = Location::parse(l->code());
    QVERIFY(again.has_value());
    QVERIFY(*again == *l);
}

void TestLocation::parseRefuses_data()
{
    QTest::addColumn<QString>("code");
    QTest::addRow("empty") << "";
    QTest::addRow("five parts") << "JHB1-A-03-12-2";
    QTest::addRow("seven parts") << "JHB1-A-03-12-2-04-1";
    QTest::addRow("numeric zone") << "JHB1-1-03-12-2-04";
    QTest::addRow("zone too long") << "JHB1-ABCD-03-12-2-04";
    QTest::addRow("warehouse too short") << "J-A-03-12-2-04";
    QTest::addRow("warehouse too long") << "WAREHOUSE1-A-03-12-2-04";
    QTest::addRow("letter in aisle") << "JHB1-A-0A-12-2-04";
    QTest::addRow("aisle four digits") << "JHB1-A-1234-12-2-04";
    QTest::addRow("level three digits") << "JHB1-A-03-12-100-04";
    QTest::addRow("negative") << "JHB1-A--3-12-2-04";
    QTest::addRow("slashes") << "JHB1/A/03/12/2/04";
    QTest::addRow("spaces inside") << "JHB1 - A - 03 - 12 - 2 - 04";
    QTest::addRow("non-ASCII digits") << QStringLiteral("JHB1-A-\u0660\u0663-12-2-04");
}

void TestLocation::parseRefuses()
{
    QFETCH(QString, code);
    QVERIFY(!Location::parse(code).has_value());
}

void TestLocation::codeRoundTrip_data()
{
    QTest::addColumn<QString>("warehouse");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<int>("aisle");
    QTest::addColumn<int>("bay");
    QTest::addColumn<int>("level");
    QTest::addColumn<int>("bin");
    QTest::addRow("small") << "JHB1"
                           << "A" << 1 << 1 << 1 << 1;
    QTest::addRow("two digits") << "CPT1"
                                << "BC" << 12 << 20 << 4 << 8;
    QTest::addRow("three digits") << "DBN1"
                                  << "XYZ" << 999 << 999 << 99 << 999;
    QTest::addRow("zeros") << "JHB1"
                           << "A" << 0 << 0 << 0 << 0;
}

void TestLocation::codeRoundTrip()
{
    QFETCH(QString, warehouse);
    QFETCH(QString, zone);
    QFETCH(int, aisle);
    QFETCH(int, bay);
    QFETCH(int, level);
    QFETCH(int, bin);
    const Location l(warehouse, zone, aisle, bay, level, bin);
    const auto parsed = Location::parse(l.code());
    QVERIFY2(parsed.has_value(), qPrintable(l.code()));
    QVERIFY(*parsed == l);
    QCOMPARE(parsed->code(), l.code());
}

void TestLocation::walkOrder()
{
    // Shuffled on purpose: the walk sorts numerically, so aisle 2 comes before aisle 10 and bay 9 before bay 11.
    const QStringList codes = {
        QStringLiteral("JHB1-B-01-01-1-01"), QStringLiteral("JHB1-A-10-01-1-01"), QStringLiteral("JHB1-A-02-01-1-01"),
        QStringLiteral("JHB1-A-02-11-1-01"), QStringLiteral("JHB1-A-02-09-1-01"), QStringLiteral("JHB1-A-02-09-2-01"),
        QStringLiteral("JHB1-A-02-09-1-10"), QStringLiteral("JHB1-A-02-09-1-02"), QStringLiteral("JHB1-A-100-01-1-01"),
        QStringLiteral("JHB1-A-20-01-1-01"),
    };
    QList<Location> locations;
    for (const QString& c : codes)
        locations << *Location::parse(c);
    std::sort(locations.begin(), locations.end());
    QStringList walked;
    for (const Location& l : locations)
        walked << l.code();
    const QStringList expected = {
        QStringLiteral("JHB1-A-02-01-1-01"), QStringLiteral("JHB1-A-02-09-1-01"), QStringLiteral("JHB1-A-02-09-1-02"),
        QStringLiteral("JHB1-A-02-09-1-10"), QStringLiteral("JHB1-A-02-09-2-01"), QStringLiteral("JHB1-A-02-11-1-01"),
        QStringLiteral("JHB1-A-10-01-1-01"), QStringLiteral("JHB1-A-20-01-1-01"), QStringLiteral("JHB1-A-100-01-1-01"),
        QStringLiteral("JHB1-B-01-01-1-01"),
    };
    QCOMPARE(walked, expected);
    // The point of numeric order: sorting the printed codes as text puts aisle 100 before aisle 20.
    QStringList asText = codes;
    asText.sort();
    QVERIFY(asText != expected);
}

void TestLocation::walkOrderIsStrictWeak()
{
    const Location a(QStringLiteral("JHB1"), QStringLiteral("A"), 2, 1, 1, 1);
    const Location b(QStringLiteral("JHB1"), QStringLiteral("A"), 10, 1, 1, 1);
    QVERIFY(a < b);
    QVERIFY(!(b < a));
    QVERIFY(!(a < a));
    QVERIFY(a == Location(QStringLiteral("JHB1"), QStringLiteral("A"), 2, 1, 1, 1));
    QVERIFY(!(a == b));
}

void TestLocation::defaultIsInvalid()
{
    QVERIFY(!Location().isValid());
    QVERIFY(Location(QStringLiteral("JHB1"), QStringLiteral("A"), 1, 1, 1, 1).isValid());
}

QTEST_GUILESS_MAIN(TestLocation)
#include "TestLocation.moc"
