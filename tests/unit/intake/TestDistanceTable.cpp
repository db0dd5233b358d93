// Distance table: the built-in rows, lookup by region, country and "*", ranking, and reading a JSON table.

#include "../TestSupport.h"

#include "intake/DistanceTable.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace saypro;

namespace {

Address to(const QString& country, const QString& region = {})
{
    Address a;
    a.line1 = QStringLiteral("1 Main Road");
    a.city = QStringLiteral("Somewhere");
    a.country = country;
    a.region = region;
    return a;
}

/// "JHB1 30, DBN1 570, CPT1 1400"; unlisted warehouses as "NEW1 -".
QString describe(const DistanceTable::Lookup& lookup)
{
    QStringList parts;
    for (const DistanceTable::WarehouseDistance& w : lookup.warehouses)
        parts << w.warehouse + u' ' + (w.isListed() ? QString::number(w.km) : QStringLiteral("-"));
    return parts.join(QStringLiteral(", "));
}

DistanceTable table(const QByteArray& json)
{
    Result<DistanceTable> t = DistanceTable::fromJson(json);
    if (!t) {
        qWarning("%s", qPrintable(t.error().toString()));
        return {};
    }
    return *t;
}

} // namespace

class TestDistanceTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInRows();
    void builtInLookup_data();
    void builtInLookup();
    void candidateKeys_data();
    void candidateKeys();
    void equalDistancesRankByCode();
    void missingWarehouseRanksLast();
    void noMatchingRow();
    void validKeys_data();
    void validKeys();
    void jsonTable();
    void jsonErrors_data();
    void jsonErrors();
    void fromFile();
};

void TestDistanceTable::builtInRows()
{
    const DistanceTable t = DistanceTable::builtIn();
    QCOMPARE(t.warehouses(), (QStringList{QStringLiteral("CPT1"), QStringLiteral("DBN1"), QStringLiteral("JHB1")}));
    const QStringList expected = QStringLiteral("* BW GB LS MZ NA SZ US ZA ZA-EC ZA-FS ZA-GP ZA-KZN ZA-LP ZA-MP ZA-NC "
                                                "ZA-NW ZA-WC ZW")
                                     .split(u' ');
    QCOMPARE(t.keys(), expected);
    for (const QString& key : expected) {
        const QHash<QString, int> row = t.row(key);
        QCOMPARE(row.size(), 3);
        for (auto it = row.begin(); it != row.end(); ++it)
            QVERIFY2(it.value() > 0 && it.value() < 20000, qPrintable(key + u' ' + it.key()));
    }
    QCOMPARE(t.row(QStringLiteral("ZA-GP")).value(QStringLiteral("JHB1")), 30);
    QCOMPARE(t.row(QStringLiteral("ZA-GP")).value(QStringLiteral("DBN1")), 570);
    QCOMPARE(t.row(QStringLiteral("ZA-GP")).value(QStringLiteral("CPT1")), 1400);
    // The resource is where builtIn() says it is.
    STATION_VERIFY_OK(DistanceTable::fromFile(DistanceTable::builtInPath()));
}

void TestDistanceTable::builtInLookup_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("ranking");

    QTest::addRow("Gauteng") << "ZA"
                             << "GP"
                             << "ZA-GP"
                             << "JHB1 30, DBN1 570, CPT1 1400";
    QTest::addRow("Western Cape") << "ZA"
                                  << "WC"
                                  << "ZA-WC"
                                  << "CPT1 25, JHB1 1420, DBN1 1640";
    QTest::addRow("KwaZulu-Natal") << "ZA"
                                   << "KZN"
                                   << "ZA-KZN"
                                   << "DBN1 30, JHB1 560, CPT1 1640";
    QTest::addRow("Eastern Cape") << "ZA"
                                  << "EC"
                                  << "ZA-EC"
                                  << "DBN1 800, CPT1 870, JHB1 1010";
    QTest::addRow("Limpopo") << "ZA"
                             << "LP"
                             << "ZA-LP"
                             << "JHB1 290, DBN1 850, CPT1 1720";
    QTest::addRow("Northern Cape") << "ZA"
                                   << "NC"
                                   << "ZA-NC"
                                   << "JHB1 500, DBN1 830, CPT1 960";
    QTest::addRow("lower case and spaces") << " za "
                                           << " kzn"
                                           << "ZA-KZN"
                                           << "DBN1 30, JHB1 560, CPT1 1640";
    QTest::addRow("ZA without region: country row") << "ZA"
                                                    << ""
                                                    << "ZA"
                                                    << "JHB1 400, DBN1 650, CPT1 1000";
    QTest::addRow("ZA unknown region: country row") << "ZA"
                                                    << "XX"
                                                    << "ZA"
                                                    << "JHB1 400, DBN1 650, CPT1 1000";
    QTest::addRow("US state: US row") << "US"
                                      << "CA"
                                      << "US"
                                      << "CPT1 12550, JHB1 12840, DBN1 13300";
    QTest::addRow("Namibia") << "NA"
                             << ""
                             << "NA"
                             << "JHB1 1450, CPT1 1500, DBN1 2020";
    QTest::addRow("Mozambique") << "MZ"
                                << ""
                                << "MZ"
                                << "JHB1 560, DBN1 600, CPT1 1960";
    QTest::addRow("France: anywhere else") << "FR"
                                           << "IDF"
                                           << "*"
                                           << "JHB1 10000, CPT1 10500, DBN1 10600";
    QTest::addRow("no country: anywhere else") << ""
                                               << "GP"
                                               << "*"
                                               << "JHB1 10000, CPT1 10500, DBN1 10600";
}

void TestDistanceTable::builtInLookup()
{
    QFETCH(QString, country);
    QFETCH(QString, region);
    QFETCH(QString, key);
    QFETCH(QString, ranking);
    const DistanceTable t = DistanceTable::builtIn();
    QCOMPARE(t.keyFor(to(country, region)), key);
    const DistanceTable::Lookup lookup = t.lookup(to(country, region));
    QCOMPARE(lookup.key, key);
    QCOMPARE(describe(lookup), ranking);
}

void TestDistanceTable::candidateKeys_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QStringList>("keys");
    QTest::addRow("region") << "ZA"
                            << "GP" << QStringList{QStringLiteral("ZA-GP"), QStringLiteral("ZA"), QStringLiteral("*")};
    QTest::addRow("normalised") << "us "
                                << "ny"
                                << QStringList{QStringLiteral("US-NY"), QStringLiteral("US"), QStringLiteral("*")};
    QTest::addRow("no region") << "BW"
                               << "" << QStringList{QStringLiteral("BW"), QStringLiteral("*")};
    QTest::addRow("no country") << ""
                                << "" << QStringList{QStringLiteral("*")};
    QTest::addRow("region without country") << "  "
                                            << "GP" << QStringList{QStringLiteral("*")};
}

void TestDistanceTable::candidateKeys()
{
    QFETCH(QString, country);
    QFETCH(QString, region);
    QFETCH(QStringList, keys);
    QCOMPARE(DistanceTable::candidateKeys(to(country, region)), keys);
}

void TestDistanceTable::equalDistancesRankByCode()
{
    const DistanceTable t = table(R"({"distances": {"ZA": {"PLZ1": 100, "BFN1": 100, "JHB1": 50, "CPT1": 0}}})");
    QCOMPARE(describe(t.lookup(to(QStringLiteral("ZA")))), QStringLiteral("CPT1 0, JHB1 50, BFN1 100, PLZ1 100"));
}

void TestDistanceTable::missingWarehouseRanksLast()
{
    // NEW1 appears only in the ZA row: for Gauteng it is unlisted, so it ranks after every listed warehouse, and
    // PLZ1 (holding stock, in no row) ranks with it by code. Neither is dropped.
    const DistanceTable t = table(R"({"distances": {
        "ZA-GP": {"JHB1": 30, "DBN1": 570},
        "ZA": {"JHB1": 400, "NEW1": 200},
        "*": {"JHB1": 10000}
    }})");
    QCOMPARE(t.warehouses(), (QStringList{QStringLiteral("DBN1"), QStringLiteral("JHB1"), QStringLiteral("NEW1")}));

    const DistanceTable::Lookup gp = t.lookup(to(QStringLiteral("ZA"), QStringLiteral("GP")), {QStringLiteral("PLZ1")});
    QCOMPARE(gp.key, QStringLiteral("ZA-GP"));
    QCOMPARE(describe(gp), QStringLiteral("JHB1 30, DBN1 570, NEW1 -, PLZ1 -"));
    QCOMPARE(gp.distance(QStringLiteral("NEW1")), DistanceTable::Unlisted);
    QCOMPARE(gp.distance(QStringLiteral("DBN1")), 570);
    QVERIFY(!gp.warehouses.at(2).isListed());

    // The country row lists NEW1 nearer than JHB1.
    const DistanceTable::Lookup fs = t.lookup(to(QStringLiteral("ZA"), QStringLiteral("FS")));
    QCOMPARE(fs.key, QStringLiteral("ZA"));
    QCOMPARE(describe(fs), QStringLiteral("NEW1 200, JHB1 400, DBN1 -"));

    // Warehouses asked about twice, or empty codes, are listed once / not at all.
    const DistanceTable::Lookup dup =
        t.lookup(to(QStringLiteral("FR")), {QStringLiteral("JHB1"), QString(), QStringLiteral("PLZ1")});
    QCOMPARE(describe(dup), QStringLiteral("JHB1 10000, DBN1 -, NEW1 -, PLZ1 -"));
}

void TestDistanceTable::noMatchingRow()
{
    const DistanceTable t = table(R"({"distances": {"ZA-GP": {"JHB1": 30, "DBN1": 570}}})");
    const DistanceTable::Lookup lookup = t.lookup(to(QStringLiteral("GB")));
    QCOMPARE(lookup.key, QString());
    QCOMPARE(describe(lookup), QStringLiteral("DBN1 -, JHB1 -"));
    QCOMPARE(t.keyFor(to(QStringLiteral("ZA"), QStringLiteral("WC"))), QString());

    const DistanceTable empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(describe(empty.lookup(to(QStringLiteral("ZA")), {QStringLiteral("JHB1")})), QStringLiteral("JHB1 -"));
}

void TestDistanceTable::validKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::addRow("*") << "*" << true;
    QTest::addRow("country") << "ZA" << true;
    QTest::addRow("two-letter region") << "ZA-GP" << true;
    QTest::addRow("three-letter region") << "ZA-KZN" << true;
    QTest::addRow("digits in region") << "FR-75" << true;
    QTest::addRow("lower case") << "za-gp" << false;
    QTest::addRow("three-letter country") << "ZAF" << false;
    QTest::addRow("four-letter region") << "ZA-GAUT" << false;
    QTest::addRow("trailing dash") << "ZA-" << false;
    QTest::addRow("underscore") << "ZA_GP" << false;
    QTest::addRow("two stars") << "**" << false;
    QTest::addRow("star region") << "ZA-*" << false;
    QTest::addRow("empty") << "" << false;
    QTest::addRow("spaces") << " ZA" << false;
}

void TestDistanceTable::validKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(DistanceTable::isValidKey(key), valid);
}

void TestDistanceTable::jsonTable()
{
    const Result<DistanceTable> t = DistanceTable::fromJson(R"({"distances": {
        "ZA-EC": {"PLZ1": 0, "JHB1": 1010},
        "ZA": {},
        "*": {"JHB1": 1000000}
    }})");
    STATION_VERIFY_OK(t);
    QCOMPARE(t->keys(), (QStringList{QStringLiteral("*"), QStringLiteral("ZA"), QStringLiteral("ZA-EC")}));
    QCOMPARE(t->warehouses(), (QStringList{QStringLiteral("JHB1"), QStringLiteral("PLZ1")}));
    QCOMPARE(t->row(QStringLiteral("ZA-EC")).value(QStringLiteral("PLZ1"), -1), 0);
    QCOMPARE(t->row(QStringLiteral("*")).value(QStringLiteral("JHB1")), DistanceTable::MaxKm);
    QVERIFY(t->hasRow(QStringLiteral("ZA")));
    QVERIFY(!t->hasRow(QStringLiteral("ZA-GP")));
    // Nothing of the built-in table is merged in.
    QCOMPARE(describe(t->lookup(to(QStringLiteral("ZA"), QStringLiteral("GP")))), QStringLiteral("JHB1 -, PLZ1 -"));
    QCOMPARE(describe(t->lookup(to(QStringLiteral("ZA"), QStringLiteral("EC")))), QStringLiteral("PLZ1 0, JHB1 1010"));
    // A number written with a fraction part that is zero is still whole.
    STATION_VERIFY_OK(DistanceTable::fromJson(R"({"distances": {"ZA": {"JHB1": 30.0}}})"));
}

void TestDistanceTable::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("detailContains");
    QTest::addRow("not JSON") << QByteArray("{distances") << "JSON parse error at offset";
    QTest::addRow("empty input") << QByteArray() << "JSON parse error";
    QTest::addRow("top level array") << QByteArray("[]") << "top level must be an object";
    QTest::addRow("no distances") << QByteArray("{}") << "missing \"distances\"";
    QTest::addRow("unknown top-level key")
        << QByteArray(R"({"distances": {}, "version": 1})") << "unknown top-level key \"version\"";
    QTest::addRow("distances is an array") << QByteArray(R"({"distances": []})") << "\"distances\" must be an object";
    QTest::addRow("lower-case key") << QByteArray(R"({"distances": {"za-gp": {"JHB1": 30}}})")
                                    << "destination \"za-gp\" is not";
    QTest::addRow("three-letter country")
        << QByteArray(R"({"distances": {"ZAF": {"JHB1": 30}}})") << "destination \"ZAF\" is not";
    QTest::addRow("province name") << QByteArray(R"({"distances": {"ZA-GAUTENG": {"JHB1": 30}}})")
                                   << "destination \"ZA-GAUTENG\" is not";
    QTest::addRow("empty key") << QByteArray(R"({"distances": {"": {"JHB1": 30}}})") << "destination \"\" is not";
    QTest::addRow("row not an object") << QByteArray(R"({"distances": {"ZA": [30, 570]}})")
                                       << "distances.ZA: expected an object of warehouse code to kilometres, got an "
                                          "array";
    QTest::addRow("empty warehouse code")
        << QByteArray(R"({"distances": {"ZA": {"": 30}}})") << "distances.ZA: empty warehouse code";
    QTest::addRow("blank warehouse code")
        << QByteArray(R"({"distances": {"ZA": {"  ": 30}}})") << "distances.ZA: empty warehouse code";
    QTest::addRow("warehouse code with spaces") << QByteArray(R"({"distances": {"ZA": {"JHB1 ": 30}}})")
                                                << "distances.ZA: warehouse code \"JHB1 \" has spaces around it";
    QTest::addRow("distance as string") << QByteArray(R"({"distances": {"ZA-GP": {"JHB1": "30"}}})")
                                        << "distances.ZA-GP.JHB1: expected a whole number of kilometres, got the "
                                           "string \"30\"";
    QTest::addRow("fractional distance") << QByteArray(R"({"distances": {"ZA": {"JHB1": 30.5}}})")
                                         << "distances.ZA.JHB1: expected a whole number of kilometres, got the number "
                                            "30.5";
    QTest::addRow("boolean distance") << QByteArray(R"({"distances": {"ZA": {"JHB1": true}}})")
                                      << "distances.ZA.JHB1: expected a whole number of kilometres, got a boolean";
    QTest::addRow("null distance") << QByteArray(R"({"distances": {"*": {"JHB1": null}}})")
                                   << "distances.*.JHB1: expected a whole number of kilometres, got null";
    QTest::addRow("negative distance") << QByteArray(R"({"distances": {"ZA": {"CPT1": -5}}})")
                                       << "distances.ZA.CPT1: negative distance -5";
    QTest::addRow("distance too large") << QByteArray(R"({"distances": {"ZA": {"CPT1": 1000001}}})")
                                        << "distances.ZA.CPT1: distance 1000001 is above the maximum 1000000";
}

void TestDistanceTable::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, detailContains);
    const Result<DistanceTable> t = DistanceTable::fromJson(json);
    QVERIFY(!t.has_value());
    QCOMPARE(t.error().code, Error::Code::InvalidArgument);
    QCOMPARE(t.error().message, QStringLiteral("The warehouse distance table is not valid."));
    QVERIFY2(t.error().detail.contains(detailContains), qPrintable(t.error().detail));
}

void TestDistanceTable::fromFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("distances.json"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"distances": {"ZA": {"PLZ1": 10, "JHB1": 20}}})");
    }
    const Result<DistanceTable> t = DistanceTable::fromFile(good);
    STATION_VERIFY_OK(t);
    QCOMPARE(describe(t->lookup(to(QStringLiteral("ZA")))), QStringLiteral("PLZ1 10, JHB1 20"));

    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"distances": {"ZA": {"PLZ1": -1}}})");
    }
    const Result<DistanceTable> invalid = DistanceTable::fromFile(bad);
    QVERIFY(!invalid.has_value());
    QCOMPARE(invalid.error().code, Error::Code::InvalidArgument);
    QVERIFY2(invalid.error().detail.startsWith(bad + QStringLiteral(": distances.ZA.PLZ1: negative distance")),
             qPrintable(invalid.error().detail));

    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    const Result<DistanceTable> absent = DistanceTable::fromFile(missing);
    QVERIFY(!absent.has_value());
    QCOMPARE(absent.error().code, Error::Code::Io);
    QCOMPARE(absent.error().message, QStringLiteral("The warehouse distance table file could not be read."));
    QVERIFY2(absent.error().detail.startsWith(missing + QStringLiteral(": ")), qPrintable(absent.error().detail));
}

QTEST_GUILESS_MAIN(TestDistanceTable)
#include "TestDistanceTable.moc"
