// Allocation on hand-built cases: whole from the nearest warehouse, a farther one when the nearest is short, the
// fewest split, lines split across warehouses, backorder, the same SKU on two lines, bin choice, determinism.

#include "../TestSupport.h"

#include "intake/Allocator.h"

#include <QTest>

#include <algorithm>

using namespace saypro;

namespace saypro {

/// Lets QCOMPARE print outcomes by their stored keys.
inline char* toString(const AllocationDecision::Outcome& outcome)
{
    return qstrdup(AllocationDecision::outcomeKey(outcome).toUtf8().constData());
}

} // namespace saypro

namespace {

using Outcome = AllocationDecision::Outcome;
using Stock = QHash<QString, QList<BinStock>>;

const QString Mug = QStringLiteral("SP-MUG-BLU");
const QString Tee = QStringLiteral("SP-TEE-M");
const QString Cap = QStringLiteral("SP-CAP-RED");
const QString Jhb = QStringLiteral("JHB1");
const QString Dbn = QStringLiteral("DBN1");
const QString Cpt = QStringLiteral("CPT1");

Address shipTo(const QString& country, const QString& region)
{
    return Address{QStringLiteral("Sipho Khumalo"),
                   QStringLiteral("12 Vilakazi Street"),
                   QString(),
                   QStringLiteral("Orlando West"),
                   QStringLiteral("Soweto"),
                   region,
                   QStringLiteral("1804"),
                   country};
}

Address gauteng()
{
    return shipTo(QStringLiteral("ZA"), QStringLiteral("GP"));
}

AllocationLine line(qint64 id, const QString& sku, int quantity)
{
    return AllocationLine{id, sku, quantity};
}

/// A bin in `warehouse`; `bin` is the rest of the code ("A-01-01-1-01").
BinStock bin(const QString& warehouse, const char* binCode, int available)
{
    return BinStock{warehouse, warehouse + u'-' + QLatin1String(binCode), available};
}

/// One string per pick: "JHB1 L1 SP-MUG-BLU JHB1-A-01-01-1-01 x2".
QStringList describe(const QList<AllocationPick>& picks)
{
    QStringList out;
    for (const AllocationPick& p : picks)
        out << QStringLiteral("%1 L%2 %3 %4 x%5")
                   .arg(p.warehouse, QString::number(p.lineId), p.sku, p.location, QString::number(p.quantity));
    return out;
}

QStringList codes(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items)
        out << QLatin1String(item);
    return out;
}

/// A table of four warehouses W1..W4 at 10, 20, 25 and 100 km from anywhere.
DistanceTable fourWarehouses()
{
    Result<DistanceTable> t =
        DistanceTable::fromJson(R"({"distances": {"*": {"W1": 10, "W2": 20, "W3": 25, "W4": 100}}})");
    return t ? *t : DistanceTable();
}

} // namespace

class TestAllocator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeFromNearest();
    void wholeFromNearestForDestination_data();
    void wholeFromNearestForDestination();
    void fartherWhenNearestShort();
    void fartherWhenTwoNearerShort();
    void splitIntoFewest();
    void splitPrefersShortestTotalDistance();
    void splitKeepsLineWholeInFartherWarehouse();
    void lineSplitAcrossWarehouses();
    void backorderListsEveryShortfall();
    void backorderWhenAllTogetherShort();
    void sameSkuOnTwoLines();
    void sameSkuOnTwoLinesSplit();
    void binChoice();
    void binsSharedBetweenLines();
    void unusableStockIgnored();
    void warehouseNotInTable();
    void unknownDestination();
    void nothingToAllocate();
    void manyWarehousesGreedy();
    void deterministic();
    void outcomeKeys();
};

void TestAllocator::wholeFromNearest()
{
    const Stock stock{{Mug, {bin(Jhb, "A-01-02-1-01", 5), bin(Dbn, "A-01-01-1-01", 9), bin(Cpt, "A-01-01-1-01", 9)}},
                      {Tee, {bin(Cpt, "B-02-01-1-01", 9), bin(Jhb, "B-04-01-2-03", 1), bin(Dbn, "B-01-01-1-01", 9)}}};
    const AllocationDecision d = Allocator().allocate(gauteng(), {line(11, Mug, 2), line(12, Tee, 1)}, stock);
    QCOMPARE(d.outcome, Outcome::Whole);
    QCOMPARE(d.warehouses, QStringList{Jhb});
    QCOMPARE(describe(d.picks), codes({"JHB1 L11 SP-MUG-BLU JHB1-A-01-02-1-01 x2", //
                                       "JHB1 L12 SP-TEE-M JHB1-B-04-01-2-03 x1"}));
    QVERIFY(d.shortfalls.isEmpty());
    QCOMPARE(d.destinationKey, QStringLiteral("ZA-GP"));
    QCOMPARE(d.message, QStringLiteral("Whole order from JHB1, the nearest warehouse (30 km)."));
    QVERIFY2(d.detail.startsWith(QStringLiteral("whole: JHB1 (30 km), rank 1; row ZA-GP")), qPrintable(d.detail));
}

void TestAllocator::wholeFromNearestForDestination_data()
{
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("warehouse");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("message");
    QTest::addRow("Durban") << "ZA"
                            << "KZN"
                            << "DBN1"
                            << "ZA-KZN"
                            << "Whole order from DBN1, the nearest warehouse (30 km).";
    QTest::addRow("Cape Town") << "ZA"
                               << "WC"
                               << "CPT1"
                               << "ZA-WC"
                               << "Whole order from CPT1, the nearest warehouse (25 km).";
    QTest::addRow("Gqeberha") << "ZA"
                              << "EC"
                              << "DBN1"
                              << "ZA-EC"
                              << "Whole order from DBN1, the nearest warehouse (800 km).";
    QTest::addRow("Gaborone") << "BW"
                              << ""
                              << "JHB1"
                              << "BW"
                              << "Whole order from JHB1, the nearest warehouse (370 km).";
    QTest::addRow("New York") << "US"
                              << "NY"
                              << "CPT1"
                              << "US"
                              << "Whole order from CPT1, the nearest warehouse (12550 km).";
}

void TestAllocator::wholeFromNearestForDestination()
{
    QFETCH(QString, country);
    QFETCH(QString, region);
    QFETCH(QString, warehouse);
    QFETCH(QString, key);
    QFETCH(QString, message);
    const Stock stock{{Mug, {bin(Jhb, "A-01-01-1-01", 3), bin(Dbn, "A-01-01-1-01", 3), bin(Cpt, "A-01-01-1-01", 3)}}};
    const AllocationDecision d = Allocator().allocate(shipTo(country, region), {line(1, Mug, 3)}, stock);
    QCOMPARE(d.outcome, Outcome::Whole);
    QCOMPARE(d.warehouses, QStringList{warehouse});
    QCOMPARE(describe(d.picks), QStringList{QStringLiteral("%1 L1 SP-MUG-BLU %1-A-01-01-1-01 x3").arg(warehouse)});
    QCOMPARE(d.destinationKey, key);
    QCOMPARE(d.message, message);
}

void TestAllocator::fartherWhenNearestShort()
{
    // JHB1 has one mug of the three; DBN1 (570 km) has enough of both, CPT1 (1400 km) too.
    const Stock stock{{Mug, {bin(Jhb, "A-01-01-1-01", 1), bin(Dbn, "A-02-01-1-01", 5), bin(Cpt, "A-01-01-1-01", 10)}},
                      {Tee, {bin(Jhb, "B-01-01-1-01", 4), bin(Dbn, "B-01-01-1-01", 4), bin(Cpt, "B-01-01-1-01", 4)}}};
    const AllocationDecision d = Allocator().allocate(gauteng(), {line(1, Mug, 3), line(2, Tee, 2)}, stock);
    QCOMPARE(d.outcome, Outcome::Whole);
    QCOMPARE(d.warehouses, QStringList{Dbn});
    QCOMPARE(describe(d.picks), codes({"DBN1 L1 SP-MUG-BLU DBN1-A-02-01-1-01 x3", //
                                       "DBN1 L2 SP-TEE-M DBN1-B-01-01-1-01 x2"}));
    QCOMPARE(d.message, QStringLiteral("JHB1 (30 km) is short of SP-MUG-BLU; whole order from DBN1 (570 km)."));
    QVERIFY2(d.detail.contains(QStringLiteral("whole: DBN1 (570 km), rank 2")), qPrintable(d.detail));
    QVERIFY2(d.detail.contains(QStringLiteral("nearer warehouses short (held/needed): JHB1 (30 km) SP-MUG-BLU 1/3")),
             qPrintable(d.detail));
}

void TestAllocator::fartherWhenTwoNearerShort()
{
    // JHB1 has no tee and too few mugs, DBN1 no mugs: the whole order ships from CPT1; the message names the
    // nearest warehouse and everything it lacked, the detail every nearer warehouse.
    const Stock stock{{Mug, {bin(Jhb, "A-01-01-1-01", 1), bin(Cpt, "A-01-01-1-01", 5)}},
                      {Tee, {bin(Dbn, "B-01-01-1-01", 4), bin(Cpt, "B-01-01-1-01", 4)}}};
    const AllocationDecision d = Allocator().allocate(gauteng(), {line(1, Mug, 2), line(2, Tee, 1)}, stock);
    QCOMPARE(d.outcome, Outcome::Whole);
    QCOMPARE(d.warehouses, QStringList{Cpt});
    QCOMPARE(describe(d.picks), codes({"CPT1 L1 SP-MUG-BLU CPT1-A-01-01-1-01 x2", //
                                       "CPT1 L2 SP-TEE-M CPT1-B-01-01-1-01 x1"}));
    QCOMPARE(d.message,
             QStringLiteral("JHB1 (30 km) is short of SP-MUG-BLU and SP-TEE-M; whole order from CPT1 (1400 km)."));
    QVERIFY2(d.detail.endsWith(QStringLiteral("nearer warehouses short (held/needed): JHB1 (30 km) SP-MUG-BLU 1/2, "
                                              "SP-TEE-M 0/1; DBN1 (570 km) SP-MUG-BLU 0/2")),
             qPrintable(d.detail));
}

void TestAllocator::splitIntoFewest()
{
    // Taking warehouses nearest first would need all three (JHB1 for mugs, DBN1 for tees, CPT1 for caps);
    // JHB1 and CPT1 together have everything.
    const Stock stock{{Mug, {bin(Jhb, "A-01-01-1-01", 2)}},
                      {Tee, {bin(Dbn, "B-01-01-1-01", 5), bin(Cpt, "B-03-01-1-01", 5)}},
                      {Cap, {bin(Cpt, "C-01-01-1-01", 5)}}};
    const AllocationDecision d =
        Allocator().allocate(gauteng(), {line(1, Mug, 2), line(2, Tee, 1), line(3, Cap, 1)}, stock);
    QCOMPARE(d.outcome, Outcome::Split);
    QCOMPARE(d.warehouses, (QStringList{Jhb, Cpt}));
    QCOMPARE(describe(d.picks), codes({"JHB1 L1 SP-MUG-BLU JHB1-A-01-01-1-01 x2", //
                                       "CPT1 L2 SP-TEE-M CPT1-B-03-01-1-01 x1",   //
                                       "CPT1 L3 SP-CAP-RED CPT1-C-01-01-1-01 x1"}));
    QVERIFY(d.shortfalls.isEmpty());
    QCOMPARE(d.message,
             QStringLiteral("No single warehouse has every item: split into 2 shipments, from JHB1 and CPT1."));
    QVERIFY2(d.detail.startsWith(QStringLiteral("split: 2 shipments JHB1 (30 km), CPT1 (1400 km), total 1430 km; row "
                                                "ZA-GP; 0 line(s) split across warehouses; exhaustive search")),
             qPrintable(d.detail));
}

void TestAllocator::splitPrefersShortestTotalDistance()
{
    // W1 (10 km): mug, tee; W2 (20): mug, cap; W3 (25): tee, cup; W4 (100): cap, cup.
    // Pairs that cover all four SKUs: W1+W4 (110 km, and it holds the nearest) and W2+W3 (45 km). Nearest first
    // would take W1, W2, W3.
    const QString cup = QStringLiteral("SP-CUP-WHT");
    const QString w1 = QStringLiteral("W1"), w2 = QStringLiteral("W2"), w3 = QStringLiteral("W3"),
                  w4 = QStringLiteral("W4");
    const Stock stock{{Mug, {bin(w1, "A-01-01-1-01", 1), bin(w2, "A-01-01-1-01", 1)}},
                      {Tee, {bin(w1, "A-01-01-1-02", 1), bin(w3, "A-01-01-1-02", 1)}},
                      {Cap, {bin(w2, "A-01-01-1-03", 1), bin(w4, "A-01-01-1-03", 1)}},
                      {cup, {bin(w3, "A-01-01-1-04", 1), bin(w4, "A-01-01-1-04", 1)}}};
    const QList<AllocationLine> lines{line(1, Mug, 1), line(2, Tee, 1), line(3, Cap, 1), line(4, cup, 1)};
    const AllocationDecision d = Allocator(fourWarehouses()).allocate(gauteng(), lines, stock);
    QCOMPARE(d.outcome, Outcome::Split);
    QCOMPARE(d.destinationKey, QStringLiteral("*"));
    QCOMPARE(d.warehouses, (QStringList{w2, w3}));
    QCOMPARE(describe(d.picks), codes({"W2 L1 SP-MUG-BLU W2-A-01-01-1-01 x1", //
                                       "W2 L3 SP-CAP-RED W2-A-01-01-1-03 x1", //
                                       "W3 L2 SP-TEE-M W3-A-01-01-1-02 x1",   //
                                       "W3 L4 SP-CUP-WHT W3-A-01-01-1-04 x1"}));
    QVERIFY2(d.detail.contains(QStringLiteral("total 45 km")), qPrintable(d.detail));

    // Equal totals: the set whose members come first nearest first (W1+W4 = W2+W3 = 40 km here).
    Result<DistanceTable> tied =
        DistanceTable::fromJson(R"({"distances": {"*": {"W1": 10, "W2": 15, "W3": 25, "W4": 30}}})");
    STATION_VERIFY_OK(tied);
    const AllocationDecision t = Allocator(*tied).allocate(gauteng(), lines, stock);
    QCOMPARE(t.warehouses, (QStringList{w1, w4}));
}

void TestAllocator::splitKeepsLineWholeInFartherWarehouse()
{
    // No warehouse has both SKUs. In the split, the tee line (4) goes whole to DBN1 rather than 1 from JHB1 and
    // 3 from DBN1.
    const Stock stock{{Mug, {bin(Jhb, "A-01-01-1-01", 2)}},
                      {Tee, {bin(Jhb, "B-01-01-1-01", 1), bin(Dbn, "B-01-01-1-01", 4)}}};
    const AllocationDecision d = Allocator().allocate(gauteng(), {line(1, Mug, 2), line(2, Tee, 4)}, stock);
    QCOMPARE(d.outcome, Outcome::Split);
    QCOMPARE(d.warehouses, (QStringList{Jhb, Dbn}));
    QCOMPARE(describe(d.picks), codes({"JHB1 L1 SP-MUG-BLU JHB1-A-01-01-1-01 x2", //
                                       "DBN1 L2 SP-TEE-M DBN1-B-01-01-1-01 x4"}));
    QCOMPARE(d.message,
             QStringLiteral("No single warehouse has every item: split into 2 shipments, from JHB1 and DBN1."));
    QVERIFY2(d.detail.contains(QStringLiteral("0 line(s) split across warehouses")), qPrintable(d.detail));
}

void TestAllocator::lineSplitAcrossWarehouses()
{
    // Five mugs: JHB1 has 3, DBN1 4, CPT1 4; no warehouse alone has five. The fewest is two; JHB1+DBN1 is the
    // shortest pair; the line takes what JHB1 has and the rest from DBN1.
    const Stock stock{{Mug,
                       {bin(Jhb, "A-01-01-1-01", 2), bin(Jhb, "A-01-01-1-02", 1), bin(Dbn, "A-01-01-1-01", 4),
                        bin(Cpt, "A-01-01-1-01", 4)}}};
    const AllocationDecision d = Allocator().allocate(gauteng(), {line(7, Mug, 5)}, stock);
    QCOMPARE(d.outcome, Outcome::Split);
    QCOMPARE(d.warehouses, (QStringList{Jhb, Dbn}));
    QCOMPARE(describe(d.picks), codes({"JHB1 L7 SP-MUG-BLU JHB1-A-01-01-1-01 x2", //
                                       "JHB1 L7 SP-MUG-BLU JHB1-A-01-01-1-02 x1", //
                                       "DBN1 L7 SP-MUG-BLU DBN1-A-01-01-1-01 x2"}));
    QVERIFY2(d.detail.contains(QStringLiteral("1 line(s) split across warehouses")), qPrintable(d.detail));

    // Three warehouses when two are not enough: 10 mugs from 3 + 4 + 4.
    const AllocationDecision three = Allocator().allocate(gauteng(), {line(7, Mug, 10)}, stock);
    QCOMPARE(three.outcome, Outcome::Split);
    QCOMPARE(three.warehouses, (QStringList{Jhb, Dbn, Cpt}));
    QCOMPARE(describe(three.picks), codes({"JHB1 L7 SP-MUG-BLU JHB1-A-01-01-1-01 x2", //
                                           "JHB1 L7 SP-MUG-BLU JHB1-A-01-01-1-02 x1", //
                                           "DBN1 L7 SP-MUG-BLU DBN1-A-01-01-1-01 x4", //
                                           "CPT1 L7 SP-MUG-BLU CPT1-A-01-01-1-01 x3"}));
    QCOMPARE(three.message,
             QStringLiteral("No single warehouse has every item: split into 3 shipments, from JHB1, DBN1 and CPT1."));
}

void TestAllocator::backorderListsEveryShortfall()
{
    // Mugs: 1 of 3 anywhere; tees: plenty at DBN1; caps: none at all.
    const Stock stock{{Mug, {bin(Jhb, "A-01-01-1-01", 1)}}, {Tee, {bin(Dbn, "B-01-01-1-01", 5)}}};
    const AllocationDecision d =
        Allocator().allocate(gauteng(), {line(1, Mug, 3), line(2, Tee, 2), line(3, Cap, 1)}, stock);
    QCOMPARE(d.outcome, Outcome::Backorder);
    QVERIFY(d.warehouses.isEmpty());
    QVERIFY(d.picks.isEmpty());
    QCOMPARE(d.shortfalls, (QList<Shortfall>{Shortfall{Mug, 3, 1}, Shortfall{Cap, 1, 0}}));
    QCOMPARE(d.destinationKey, QStringLiteral("ZA-GP"));
    QCOMPARE(d.message,
             QStringLiteral("Waiting for stock: SP-MUG-BLU needs 3, 1 available; SP-CAP-RED needs 1, 0 available."));
    QCOMPARE(d.detail, QStringLiteral("backorder: row ZA-GP; short (available/needed): SP-MUG-BLU 1/3 (JHB1 1); "
                                      "SP-CAP-RED 0/1 (none anywhere)"));
}

void TestAllocator::backorderWhenAllTogetherShort()
{
    // Every warehouse has some, none enough, and all together four of five.
    const Stock stock{{Mug, {bin(Jhb, "A-01-01-1-01", 2), bin(Dbn, "A-01-01-1-01", 1), bin(Cpt, "A-01-01-1-01", 1)}}};
    const AllocationDecision d = Allocator().allocate(gauteng(), {line(1, Mug, 2), line(2, Mug, 3)}, stock);
    QCOMPARE(d.outcome, Outcome::Backorder);
    QVERIFY(d.picks.isEmpty());
    QCOMPARE(d.shortfalls, QList<Shortfall>{(Shortfall{Mug, 5, 4})});
    QCOMPARE(d.message, QStringLiteral("Waiting for stock: SP-MUG-BLU needs 5, 4 available."));
    QVERIFY2(d.detail.endsWith(QStringLiteral("SP-MUG-BLU 4/5 (JHB1 2, DBN1 1, CPT1 1)")), qPrintable(d.detail));
}

void TestAllocator::sameSkuOnTwoLines()
{
    // Two mug lines (2 + 3): JHB1 has 4, enough for each line but not for both; DBN1 has 5.
    const Stock stock{{Mug, {bin(Jhb, "A-01-01-1-01", 4), bin(Dbn, "A-01-01-1-01", 5)}}};
    const AllocationDecision d = Allocator().allocate(gauteng(), {line(1, Mug, 2), line(2, Mug, 3)}, stock);
    QCOMPARE(d.outcome, Outcome::Whole);
    QCOMPARE(d.warehouses, QStringList{Dbn});
    QCOMPARE(describe(d.picks), codes({"DBN1 L1 SP-MUG-BLU DBN1-A-01-01-1-01 x2", //
                                       "DBN1 L2 SP-MUG-BLU DBN1-A-01-01-1-01 x3"}));
    QCOMPARE(d.message, QStringLiteral("JHB1 (30 km) is short of SP-MUG-BLU; whole order from DBN1 (570 km)."));
    QVERIFY2(d.detail.contains(QStringLiteral("JHB1 (30 km) SP-MUG-BLU 4/5")), qPrintable(d.detail));
}

void TestAllocator::sameSkuOnTwoLinesSplit()
{
    // Two mug lines (2 + 3): JHB1 has 3, DBN1 has 2. Placing the larger line first keeps both lines whole.
    const Stock stock{{Mug, {bin(Jhb, "A-01-01-1-01", 3), bin(Dbn, "A-01-01-1-01", 2)}}};
    const AllocationDecision d = Allocator().allocate(gauteng(), {line(1, Mug, 2), line(2, Mug, 3)}, stock);
    QCOMPARE(d.outcome, Outcome::Split);
    QCOMPARE(d.warehouses, (QStringList{Jhb, Dbn}));
    QCOMPARE(describe(d.picks), codes({"JHB1 L2 SP-MUG-BLU JHB1-A-01-01-1-01 x3", //
                                       "DBN1 L1 SP-MUG-BLU DBN1-A-01-01-1-01 x2"}));
    QVERIFY2(d.detail.contains(QStringLiteral("0 line(s) split across warehouses")), qPrintable(d.detail));
}

void TestAllocator::binChoice()
{
    // Seven mugs from JHB1: the fullest bin first (A-03 and A-02 both hold 5: by code), then the next fullest.
    const Stock stock{{Mug,
                       {bin(Jhb, "A-01-01-1-01", 2), bin(Jhb, "A-03-01-1-01", 5), bin(Jhb, "A-02-01-1-01", 5),
                        bin(Jhb, "A-04-01-1-01", 4)}}};
    const AllocationDecision d = Allocator().allocate(gauteng(), {line(1, Mug, 7)}, stock);
    QCOMPARE(d.outcome, Outcome::Whole);
    QCOMPARE(describe(d.picks), codes({"JHB1 L1 SP-MUG-BLU JHB1-A-02-01-1-01 x5", //
                                       "JHB1 L1 SP-MUG-BLU JHB1-A-03-01-1-01 x2"}));

    // One bin enough: one bin visited, the fullest.
    const AllocationDecision one = Allocator().allocate(gauteng(), {line(1, Mug, 3)}, stock);
    QCOMPARE(describe(one.picks), codes({"JHB1 L1 SP-MUG-BLU JHB1-A-02-01-1-01 x3"}));

    // Everything: every bin, fullest first.
    const AllocationDecision all = Allocator().allocate(gauteng(), {line(1, Mug, 16)}, stock);
    QCOMPARE(describe(all.picks), codes({"JHB1 L1 SP-MUG-BLU JHB1-A-02-01-1-01 x5", //
                                         "JHB1 L1 SP-MUG-BLU JHB1-A-03-01-1-01 x5", //
                                         "JHB1 L1 SP-MUG-BLU JHB1-A-04-01-1-01 x4", //
                                         "JHB1 L1 SP-MUG-BLU JHB1-A-01-01-1-01 x2"}));
}

void TestAllocator::binsSharedBetweenLines()
{
    // Two lines of the same SKU draw on the same bins: what the first (larger) takes is gone for the second,
    // and the second again starts at the bin with the most left.
    const Stock stock{{Mug, {bin(Jhb, "A-01-01-1-01", 6), bin(Jhb, "A-02-01-1-01", 4)}}};
    const AllocationDecision d = Allocator().allocate(gauteng(), {line(1, Mug, 3), line(2, Mug, 4)}, stock);
    QCOMPARE(d.outcome, Outcome::Whole);
    // Line 2 (4) first: A-01 (6 -> 2). Line 1 (3): A-02 has 4 left, the most: all 3 from there.
    QCOMPARE(describe(d.picks), codes({"JHB1 L1 SP-MUG-BLU JHB1-A-02-01-1-01 x3", //
                                       "JHB1 L2 SP-MUG-BLU JHB1-A-01-01-1-01 x4"}));
}

void TestAllocator::unusableStockIgnored()
{
    // Empty and negative bins, bins with no warehouse and stock of SKUs not ordered count for nothing; a bin
    // listed twice counts once with both amounts.
    const Stock stock{{Mug,
                       {bin(Jhb, "A-01-01-1-01", 0), bin(Jhb, "A-02-01-1-01", -3),
                        BinStock{QString(), QStringLiteral("X-A-01-01-1-01"), 50}, bin(Dbn, "A-01-01-1-01", 1),
                        bin(Dbn, "A-01-01-1-01", 2)}},
                      {Cap, {bin(Jhb, "C-01-01-1-01", 9)}}};
    const AllocationDecision d = Allocator().allocate(gauteng(), {line(1, Mug, 3)}, stock);
    QCOMPARE(d.outcome, Outcome::Whole);
    QCOMPARE(d.warehouses, QStringList{Dbn});
    QCOMPARE(describe(d.picks), codes({"DBN1 L1 SP-MUG-BLU DBN1-A-01-01-1-01 x3"}));

    // Lines with quantity 0 or less are ignored, even for SKUs nobody has.
    const AllocationDecision ignored =
        Allocator().allocate(gauteng(), {line(1, Mug, 3), line(2, Tee, 0), line(3, Cap, -1)}, stock);
    QCOMPARE(ignored.outcome, Outcome::Whole);
    QCOMPARE(describe(ignored.picks), codes({"DBN1 L1 SP-MUG-BLU DBN1-A-01-01-1-01 x3"}));
}

void TestAllocator::warehouseNotInTable()
{
    // PLZ1 is in no row of the table: it ranks after every listed warehouse but still ships.
    const QString plz = QStringLiteral("PLZ1");
    const Stock stock{{Mug, {bin(plz, "A-01-01-1-01", 3)}}};
    const AllocationDecision d = Allocator().allocate(gauteng(), {line(1, Mug, 3)}, stock);
    QCOMPARE(d.outcome, Outcome::Whole);
    QCOMPARE(d.warehouses, QStringList{plz});
    QCOMPARE(describe(d.picks), codes({"PLZ1 L1 SP-MUG-BLU PLZ1-A-01-01-1-01 x3"}));
    QCOMPARE(d.message, QStringLiteral("JHB1 (30 km) is short of SP-MUG-BLU; whole order from PLZ1 (distance not in "
                                       "the table)."));

    // In a split it comes after the listed ones.
    const Stock split{{Mug, {bin(plz, "A-01-01-1-01", 3)}}, {Tee, {bin(Cpt, "B-01-01-1-01", 1)}}};
    const AllocationDecision s = Allocator().allocate(gauteng(), {line(1, Mug, 3), line(2, Tee, 1)}, split);
    QCOMPARE(s.outcome, Outcome::Split);
    QCOMPARE(s.warehouses, (QStringList{Cpt, plz}));
    QVERIFY2(s.detail.contains(QStringLiteral("CPT1 (1400 km), PLZ1 (unlisted), total includes unlisted")),
             qPrintable(s.detail));
}

void TestAllocator::unknownDestination()
{
    const Stock stock{{Mug, {bin(Jhb, "A-01-01-1-01", 3), bin(Cpt, "A-01-01-1-01", 3)}}};
    const AllocationDecision d = Allocator().allocate(Address(), {line(1, Mug, 1)}, stock);
    QCOMPARE(d.outcome, Outcome::Whole);
    QCOMPARE(d.destinationKey, QStringLiteral("*"));
    QCOMPARE(d.warehouses, QStringList{Jhb});
    QCOMPARE(d.message, QStringLiteral("Whole order from JHB1, the nearest warehouse (10000 km)."));
}

void TestAllocator::nothingToAllocate()
{
    const AllocationDecision d = Allocator().allocate(gauteng(), {line(1, Mug, 0)}, {});
    QCOMPARE(d.outcome, Outcome::Whole);
    QCOMPARE(d.warehouses, QStringList{Jhb});
    QVERIFY(d.picks.isEmpty());
    QVERIFY(d.shortfalls.isEmpty());
    QCOMPARE(d.message, QStringLiteral("Nothing to allocate: the order has no units to ship."));
}

void TestAllocator::manyWarehousesGreedy()
{
    // Twenty warehouses outside the table, each with one mug, and one with eight: twelve mugs need the big one
    // and four small ones (by code: S01..S04).
    Stock stock;
    for (int i = 1; i <= 20; ++i)
        stock[Mug] << BinStock{QStringLiteral("S%1").arg(i, 2, 10, QLatin1Char('0')),
                               QStringLiteral("S%1-A-01-01-1-01").arg(i, 2, 10, QLatin1Char('0')), 1};
    stock[Mug] << BinStock{QStringLiteral("ZZ9"), QStringLiteral("ZZ9-A-01-01-1-01"), 8};
    const AllocationDecision d = Allocator(DistanceTable()).allocate(gauteng(), {line(1, Mug, 12)}, stock);
    QCOMPARE(d.outcome, Outcome::Split);
    QCOMPARE(d.destinationKey, QString());
    QCOMPARE(d.warehouses, codes({"S01", "S02", "S03", "S04", "ZZ9"}));
    int total = 0;
    for (const AllocationPick& p : d.picks)
        total += p.quantity;
    QCOMPARE(total, 12);
    QCOMPARE(d.picks.last().quantity, 8);
    QVERIFY2(d.detail.contains(QStringLiteral("greedy search")), qPrintable(d.detail));
}

void TestAllocator::deterministic()
{
    // The same order and stock, bins listed in another order and the map filled in another order: the same
    // decision, field for field.
    const QList<AllocationLine> lines{line(1, Mug, 4), line(2, Tee, 3), line(3, Cap, 2), line(4, Mug, 1)};
    const QList<BinStock> mugs{bin(Jhb, "A-01-01-1-01", 2), bin(Jhb, "A-01-01-1-02", 2), bin(Dbn, "A-01-01-1-01", 3),
                               bin(Cpt, "A-01-01-1-01", 3)};
    const QList<BinStock> tees{bin(Dbn, "B-01-01-1-01", 2), bin(Dbn, "B-01-01-1-02", 2), bin(Cpt, "B-01-01-1-01", 2)};
    const QList<BinStock> caps{bin(Jhb, "C-01-01-1-01", 1), bin(Cpt, "C-01-01-1-01", 1), bin(Cpt, "C-01-01-1-02", 1)};
    Stock forward;
    forward.insert(Mug, mugs);
    forward.insert(Tee, tees);
    forward.insert(Cap, caps);
    Stock backward;
    const auto reversed = [](QList<BinStock> list) {
        std::reverse(list.begin(), list.end());
        return list;
    };
    backward.insert(Cap, reversed(caps));
    backward.insert(Tee, reversed(tees));
    backward.insert(Mug, reversed(mugs));

    const Allocator allocator;
    const AllocationDecision first = allocator.allocate(gauteng(), lines, forward);
    QCOMPARE(first.outcome, Outcome::Split);
    // No single warehouse and no pair with JHB1 covers (JHB1 has no tees, one cap); DBN1 and CPT1 together do.
    QCOMPARE(first.warehouses, (QStringList{Dbn, Cpt}));
    QCOMPARE(describe(first.picks), codes({"DBN1 L1 SP-MUG-BLU DBN1-A-01-01-1-01 x3", //
                                           "DBN1 L2 SP-TEE-M DBN1-B-01-01-1-01 x2",   //
                                           "DBN1 L2 SP-TEE-M DBN1-B-01-01-1-02 x1",   //
                                           "CPT1 L1 SP-MUG-BLU CPT1-A-01-01-1-01 x1", //
                                           "CPT1 L3 SP-CAP-RED CPT1-C-01-01-1-01 x1", //
                                           "CPT1 L3 SP-CAP-RED CPT1-C-01-01-1-02 x1", //
                                           "CPT1 L4 SP-MUG-BLU CPT1-A-01-01-1-01 x1"}));
    for (int i = 0; i < 5; ++i) {
        QVERIFY(allocator.allocate(gauteng(), lines, forward) == first);
        const AllocationDecision again = allocator.allocate(gauteng(), lines, backward);
        QCOMPARE(describe(again.picks), describe(first.picks));
        QCOMPARE(again.detail, first.detail);
        QVERIFY(again == first);
    }
}

void TestAllocator::outcomeKeys()
{
    for (const Outcome o : {Outcome::Whole, Outcome::Split, Outcome::Backorder})
        QCOMPARE(AllocationDecision::outcomeFromKey(AllocationDecision::outcomeKey(o)), std::optional<Outcome>(o));
    QCOMPARE(AllocationDecision::outcomeKey(Outcome::Whole), QStringLiteral("whole"));
    QCOMPARE(AllocationDecision::outcomeKey(Outcome::Split), QStringLiteral("split"));
    QCOMPARE(AllocationDecision::outcomeKey(Outcome::Backorder), QStringLiteral("backorder"));
    QVERIFY(!AllocationDecision::outcomeFromKey(QStringLiteral("Whole")).has_value());
    QCOMPARE(AllocationDecision().outcome, Outcome::Backorder);
}

QTEST_GUILESS_MAIN(TestAllocator)
#include "TestAllocator.moc"
