// PickSession: the walk order of a pick list (zone, aisle, bay, level, bin numerically; ties by tote, then line),
// every refusal at the pick face and that it takes nothing, bin-then-item and item-only confirmation, GS1 (37)
// counts, batch walks with totes, typed confirmations, closing a short stop and the progress counters.

#include "domain/Gtin.h"
#include "pack/PickSession.h"
#include "scanning/BarcodeParser.h"

#include <QTest>

using namespace saypro;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(saypro::PickScanKind)
Q_DECLARE_METATYPE(saypro::PickConfirmation)

namespace {

const QString kBlueMug = QStringLiteral("4006381333931"); // GTIN-13 on the labels
const QString kRedMug = QStringLiteral("6001234000013");
const QString kKettle = QStringLiteral("6001234000020");
const QString kStranger = QStringLiteral("6001234000037"); // on no stop

const QString kBin1 = QStringLiteral("JHB1-A-02-01-1-01");
const QString kBin2 = QStringLiteral("JHB1-A-10-01-1-01");
const QString kBin3 = QStringLiteral("JHB1-B-01-01-1-01");
const QString kElsewhere = QStringLiteral("JHB1-C-09-09-9-09"); // a bin of the warehouse, on no stop

QString g14(const QString& gtin)
{
    return gtin.rightJustified(14, u'0');
}

PickStop stop(const QString& location, const QString& name, const QString& gtin, int quantity, int tote = 1,
              const QString& lineId = QStringLiteral("L1"), int picked = 0)
{
    PickStop s;
    s.orderId = tote;
    s.orderNumber = QStringLiteral("SP-%1").arg(tote, 8, 10, QLatin1Char('0'));
    s.tote = tote;
    s.orderLineId = lineId.mid(1).toLongLong() + 100 * tote;
    s.lineId = lineId;
    s.sku = QString(u"SKU-" % name.toUpper().replace(u' ', u'-'));
    s.gtin14 = gtin.isEmpty() ? QString() : g14(gtin);
    s.name = name;
    s.location = location;
    s.quantity = quantity;
    s.picked = picked;
    return s;
}

/// One order: Blue Mug ×3 in bin 1, Red Mug ×1 in bin 2 (aisle 10), Kettle ×2 in bin 3 (zone B). Given out of
/// walk order on purpose.
QList<PickStop> oneOrder()
{
    return {stop(kBin3, QStringLiteral("Kettle"), kKettle, 2, 1, QStringLiteral("L3")),
            stop(kBin2, QStringLiteral("Red Mug"), kRedMug, 1, 1, QStringLiteral("L2")),
            stop(kBin1, QStringLiteral("Blue Mug"), kBlueMug, 3, 1, QStringLiteral("L1"))};
}

/// Human-readable GS1 with a (37) count.
QString gs1Count(const QString& gtin, int count)
{
    return QString(u"(01)" % g14(gtin) % u"(37)" % QString::number(count));
}

QStringList labels(const PickSession& s)
{
    QStringList out;
    for (const PickStop& st : s.stops())
        out << QString(st.lineId % u"/t" % QString::number(st.tote));
    return out;
}

} // namespace

class TestPickSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip();
    void wrongItemIsNamedFromTheCatalogue();
    void walkOrder_data();
    void walkOrder();
    void refusals_data();
    void refusals();
    void binThenItemWalk();
    void gs1CountTakesSeveralUnits();
    void itemOnlyMode();
    void batchWalkWithTotes();
    void confirmTyped();
    void closeShort();
    void progressCounters();
};

void TestPickSession::keysRoundTrip()
{
    QCOMPARE(pickScanKindKey(PickScanKind::BinConfirmed), QStringLiteral("bin_confirmed"));
    QCOMPARE(pickScanKindKey(PickScanKind::OverPick), QStringLiteral("over_pick"));
    for (ShortPickResolution r :
         {ShortPickResolution::Wait, ShortPickResolution::Split, ShortPickResolution::Backorder})
        QCOMPARE(shortPickResolutionFromKey(shortPickResolutionKey(r)), std::optional<ShortPickResolution>(r));
    QVERIFY(!shortPickResolutionFromKey(QStringLiteral("later")));
}

void TestPickSession::walkOrder_data()
{
    // Each stop: "location|tote|line"; the expected walk as "line/t<tote>".
    QTest::addColumn<QStringList>("stops");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("aisle 2 before aisle 10")
        << QStringList{u"JHB1-A-10-01-1-01|1|L1"_s, u"JHB1-A-02-01-1-01|1|L2"_s} << QStringList{u"L2/t1"_s, u"L1/t1"_s};
    QTest::addRow("zone before aisle") << QStringList{u"JHB1-B-01-01-1-01|1|L1"_s, u"JHB1-A-40-01-1-01|1|L2"_s}
                                       << QStringList{u"L2/t1"_s, u"L1/t1"_s};
    QTest::addRow("bay 3 before bay 12") << QStringList{u"JHB1-A-01-12-1-01|1|L1"_s, u"JHB1-A-01-3-1-01|1|L2"_s}
                                         << QStringList{u"L2/t1"_s, u"L1/t1"_s};
    QTest::addRow("level 1 before level 3")
        << QStringList{u"JHB1-A-01-01-3-01|1|L1"_s, u"JHB1-A-01-01-1-09|1|L2"_s} << QStringList{u"L2/t1"_s, u"L1/t1"_s};
    QTest::addRow("bin 9 before bin 10") << QStringList{u"JHB1-A-01-01-1-10|1|L1"_s, u"JHB1-A-01-01-1-9|1|L2"_s}
                                         << QStringList{u"L2/t1"_s, u"L1/t1"_s};
    QTest::addRow("same bin: tote, then line")
        << QStringList{u"JHB1-A-01-01-1-01|2|L1"_s, u"JHB1-A-01-01-1-01|1|L3"_s, u"JHB1-A-01-01-1-01|1|L2"_s}
        << QStringList{u"L2/t1"_s, u"L3/t1"_s, u"L1/t2"_s};
    QTest::addRow("lower case codes are the same bin")
        << QStringList{u"jhb1-a-1-1-1-1|2|L1"_s, u"JHB1-A-01-01-1-01|1|L9"_s, u"JHB1-A-01-01-1-02|1|L1"_s}
        << QStringList{u"L9/t1"_s, u"L1/t2"_s, u"L1/t1"_s};
    QTest::addRow("unreadable codes last")
        << QStringList{u"NOT-A-BIN|1|L1"_s, u"JHB1-C-99-99-9-99|1|L2"_s} << QStringList{u"L2/t1"_s, u"L1/t1"_s};
}

void TestPickSession::walkOrder()
{
    QFETCH(QStringList, stops);
    QFETCH(QStringList, expected);
    QList<PickStop> list;
    for (const QString& spec : std::as_const(stops)) {
        const QStringList parts = spec.split(u'|');
        list << stop(parts.at(0), QStringLiteral("Blue Mug"), kBlueMug, 1, parts.at(1).toInt(), parts.at(2));
    }
    const PickSession session(list);
    QCOMPARE(labels(session), expected);
    for (const PickStop& s : session.stops())
        if (!s.location.startsWith(u"NOT"))
            QCOMPARE(s.location, s.location.toUpper());
}

void TestPickSession::refusals_data()
{
    QTest::addColumn<PickConfirmation>("mode");
    QTest::addColumn<QStringList>("before"); ///< scans that go first (all accepted)
    QTest::addColumn<QString>("scan");
    QTest::addColumn<PickScanKind>("kind");
    QTest::addColumn<QString>("message");

    const auto bti = PickConfirmation::BinThenItem;
    QTest::addRow("unreadable") << bti << QStringList() << QStringLiteral("4006381333932") << PickScanKind::InvalidCode
                                << QStringLiteral("Unreadable code");
    QTest::addRow("order number") << bti << QStringList() << QStringLiteral("SP-00012345") << PickScanKind::UnknownCode
                                  << QStringLiteral("Not a bin or an item of this pick: SP-00012345");
    QTest::addRow("item before its bin") << bti << QStringList() << kRedMug << PickScanKind::BinRequired
                                         << QString(u"Scan the bin label first: " % kBin2);
    QTest::addRow("bin of no stop") << bti << QStringList() << kElsewhere << PickScanKind::WrongBin
                                    << QString(u"Wrong bin: " % kElsewhere % u" has nothing left to pick on this walk");
    QTest::addRow("bin already picked") << bti << QStringList{kBin2, kRedMug} << kBin2 << PickScanKind::WrongBin
                                        << QString(u"Wrong bin: " % kBin2 % u" has nothing left to pick on this walk");
    QTest::addRow("item of another bin") << bti << QStringList{kBin1} << kRedMug << PickScanKind::WrongItem
                                         << QStringLiteral("Wrong item: Red Mug is not picked from this bin");
    QTest::addRow("item on no stop") << bti << QStringList{kBin1} << kStranger << PickScanKind::WrongItem
                                     << QString(u"Wrong item: " % g14(kStranger) % u" is not picked from this bin");
    QTest::addRow("over-pick") << bti << QStringList{kBin2, kRedMug} << kRedMug << PickScanKind::OverPick
                               << QStringLiteral("Red Mug: everything is already picked from this bin");
    QTest::addRow("(37) more than left") << bti << QStringList{kBin1, kBlueMug} << gs1Count(kBlueMug, 3)
                                         << PickScanKind::OverPick
                                         << QStringLiteral("Blue Mug: 3 scanned but only 2 left to pick here");
    QTest::addRow("(37) zero") << bti << QStringList{kBin1} << gs1Count(kBlueMug, 0) << PickScanKind::InvalidCode
                               << QStringLiteral("Unreadable code: the quantity is 0");
    QTest::addRow("item-only: item on no stop")
        << PickConfirmation::ItemOnly << QStringList() << kStranger << PickScanKind::WrongItem
        << QString(u"Wrong item: " % g14(kStranger) % u" is not on this pick list");
    QTest::addRow("item-only: over-pick")
        << PickConfirmation::ItemOnly << QStringList{kRedMug} << kRedMug << PickScanKind::OverPick
        << QStringLiteral("Red Mug: everything is already picked");
    QTest::addRow("item-only: bin of no stop")
        << PickConfirmation::ItemOnly << QStringList() << kElsewhere << PickScanKind::WrongBin
        << QString(u"Wrong bin: " % kElsewhere % u" has nothing left to pick on this walk");
}

void TestPickSession::refusals()
{
    QFETCH(PickConfirmation, mode);
    QFETCH(QStringList, before);
    QFETCH(QString, scan);
    QFETCH(PickScanKind, kind);
    QFETCH(QString, message);

    PickSession session(oneOrder(), PickSettings{mode});
    for (const QString& s : std::as_const(before)) {
        const PickOutcome ok = session.scan(s);
        QVERIFY2(ok.accepted, qPrintable(s + QStringLiteral(": ") + ok.message));
    }
    const QList<PickStop> stopsBefore = session.stops();
    const QString binBefore = session.confirmedBin();

    const PickOutcome out = session.scan(scan);
    QCOMPARE(out.kind, kind);
    QVERIFY(!out.accepted);
    QVERIFY2(out.message.startsWith(message), qPrintable(out.message));
    QVERIFY(!out.detail.isEmpty());
    QCOMPARE(out.quantity, 0);
    QCOMPARE(out.raw, scan);
    // Nothing taken, the confirmed bin unchanged.
    for (qsizetype i = 0; i < stopsBefore.size(); ++i)
        QCOMPARE(session.stops().at(i).picked, stopsBefore.at(i).picked);
    QCOMPARE(session.confirmedBin(), binBefore);
}

void TestPickSession::binThenItemWalk()
{
    PickSession session(oneOrder());
    QCOMPARE(session.settings().confirmation, PickConfirmation::BinThenItem);
    QCOMPARE(session.nextStop(), 0);
    QCOMPARE(session.stops().at(0).location, kBin1);
    QVERIFY(session.confirmedBin().isEmpty());

    // The bin label, scanned in lower case with the short numbers: the canonical code.
    PickOutcome bin = session.scan(u"jhb1-a-2-1-1-1");
    QCOMPARE(bin.kind, PickScanKind::BinConfirmed);
    QVERIFY(bin.accepted);
    QCOMPARE(bin.code, kBin1);
    QCOMPARE(bin.codeKind, QStringLiteral("bin"));
    QCOMPARE(bin.stopIndex, 0);
    QCOMPARE(bin.stopQuantity, 3);
    QCOMPARE(bin.message, QString(u"Bin " % kBin1 % u": take Blue Mug \u00d73"));
    QCOMPARE(session.confirmedBin(), kBin1);

    PickOutcome first = session.scan(QString(u"]E0" % kBlueMug));
    QCOMPARE(first.kind, PickScanKind::Picked);
    QVERIFY(first.accepted);
    QCOMPARE(first.symbology, QStringLiteral("]E0"));
    QCOMPARE(first.codeKind, QStringLiteral("gtin"));
    QCOMPARE(first.code, g14(kBlueMug));
    QCOMPARE(first.stopIndex, 0);
    QCOMPARE(first.quantity, 1);
    QCOMPARE(first.pickedAfter, 1);
    QCOMPARE(first.stopQuantity, 3);
    QCOMPARE(first.message, QStringLiteral("Blue Mug \u00d71 \u2014 1 of 3"));
    QVERIFY(first.detail.contains(kBin1));

    QCOMPARE(session.scan(kBlueMug).pickedAfter, 2);
    QCOMPARE(session.scan(kBlueMug).message, QStringLiteral("Blue Mug \u00d71 \u2014 3 of 3"));
    QVERIFY(session.stops().at(0).isDone());
    QCOMPARE(session.nextStop(), 1);

    // The next bin along the walk: aisle 10 after aisle 2, zone B last.
    QCOMPARE(session.scan(kBin2).stopIndex, 1);
    QCOMPARE(session.scan(kRedMug).kind, PickScanKind::Picked);
    QCOMPARE(session.scan(kBin3).kind, PickScanKind::BinConfirmed);
    QCOMPARE(session.scan(kKettle).kind, PickScanKind::Picked);
    QVERIFY(!session.isDone());
    const PickOutcome last = session.scan(kKettle);
    QCOMPARE(last.message, QStringLiteral("Kettle \u00d71 \u2014 2 of 2"));
    QVERIFY(session.isDone());
    QCOMPARE(session.nextStop(), -1);
    QCOMPARE(session.unitsPicked(), 6);
    QCOMPARE(session.scan(kBin1).kind, PickScanKind::WrongBin);
}

void TestPickSession::gs1CountTakesSeveralUnits()
{
    PickSession session(oneOrder());
    QVERIFY(session.scan(kBin1).accepted);
    const PickOutcome two = session.scan(gs1Count(kBlueMug, 2));
    QCOMPARE(two.kind, PickScanKind::Picked);
    QCOMPARE(two.codeKind, QStringLiteral("gs1"));
    QCOMPARE(two.quantity, 2);
    QCOMPARE(two.pickedAfter, 2);
    QCOMPARE(two.message, QStringLiteral("Blue Mug \u00d72 \u2014 2 of 3"));
    const PickOutcome tooMany = session.scan(gs1Count(kBlueMug, 2));
    QCOMPARE(tooMany.kind, PickScanKind::OverPick);
    QCOMPARE(tooMany.pickedAfter, 2);
    QCOMPARE(session.stops().at(0).picked, 2);
    QCOMPARE(session.scan(gs1Count(kBlueMug, 1)).pickedAfter, 3);
}

void TestPickSession::itemOnlyMode()
{
    // The Blue Mug is in two bins: 2 in bin 1, 2 in bin 2.
    QList<PickStop> stops = oneOrder();
    stops << stop(kBin2, QStringLiteral("Blue Mug"), kBlueMug, 2, 1, QStringLiteral("L4"));
    stops[2].quantity = 2;
    PickSession session(stops, PickSettings{PickConfirmation::ItemOnly});

    // No bin needed: the first stop along the walk with that item and units left.
    PickOutcome first = session.scan(kBlueMug);
    QCOMPARE(first.kind, PickScanKind::Picked);
    QCOMPARE(session.stops().at(first.stopIndex).location, kBin1);
    QCOMPARE(session.confirmedBin(), kBin1);

    // A bin scan is accepted (not required) and the picker stands there now: the mug comes from bin 2.
    const PickOutcome bin = session.scan(kBin2);
    QCOMPARE(bin.kind, PickScanKind::BinConfirmed);
    QVERIFY(bin.accepted);
    QCOMPARE(bin.message, QString(u"Bin " % kBin2 % u": take Red Mug \u00d71, then 1 more lines"));
    const PickOutcome fromBin2 = session.scan(kBlueMug);
    QCOMPARE(session.stops().at(fromBin2.stopIndex).location, kBin2);
    QCOMPARE(session.stops().at(fromBin2.stopIndex).lineId, QStringLiteral("L4"));

    // Items of other bins are taken too, from their own bin.
    const PickOutcome kettle = session.scan(kKettle);
    QCOMPARE(kettle.kind, PickScanKind::Picked);
    QCOMPARE(session.stops().at(kettle.stopIndex).location, kBin3);
    QCOMPARE(session.confirmedBin(), kBin3);
    // Bin 3 has no Blue Mug: the first with units left along the walk (bin 1) takes it.
    const PickOutcome back = session.scan(kBlueMug);
    QCOMPARE(session.stops().at(back.stopIndex).location, kBin1);
    QCOMPARE(back.pickedAfter, 2);
}

void TestPickSession::batchWalkWithTotes()
{
    // Two orders want the Blue Mug from the same bin: tote 1 first, then tote 2.
    QList<PickStop> stops{stop(kBin1, QStringLiteral("Blue Mug"), kBlueMug, 1, 2, QStringLiteral("L1")),
                          stop(kBin1, QStringLiteral("Blue Mug"), kBlueMug, 2, 1, QStringLiteral("L1")),
                          stop(kBin2, QStringLiteral("Red Mug"), kRedMug, 1, 2, QStringLiteral("L2"))};
    PickSession session(stops);
    QCOMPARE(labels(session), (QStringList{u"L1/t1"_s, u"L1/t2"_s, u"L2/t2"_s}));

    const PickOutcome bin = session.scan(kBin1);
    QCOMPARE(bin.message, QString(u"Bin " % kBin1 % u": take Blue Mug \u00d72 (tote 1), then 1 more lines"));
    QCOMPARE(session.scan(kBlueMug).message, QStringLiteral("Blue Mug \u00d71 \u2014 1 of 2 (tote 1)"));
    QCOMPARE(session.scan(kBlueMug).message, QStringLiteral("Blue Mug \u00d71 \u2014 2 of 2 (tote 1)"));
    const PickOutcome third = session.scan(kBlueMug);
    QCOMPARE(third.message, QStringLiteral("Blue Mug \u00d71 \u2014 1 of 1 (tote 2)"));
    QCOMPARE(session.stops().at(third.stopIndex).orderNumber, QStringLiteral("SP-00000002"));
    QCOMPARE(session.scan(kBlueMug).kind, PickScanKind::OverPick);
    // A (37) count is checked against the one stop that takes it, never spread over totes.
    PickSession fresh(stops);
    QVERIFY(fresh.scan(kBin1).accepted);
    QCOMPARE(fresh.scan(gs1Count(kBlueMug, 3)).kind, PickScanKind::OverPick);
    QCOMPARE(fresh.unitsPicked(), 0);
}

void TestPickSession::confirmTyped()
{
    QList<PickStop> stops = oneOrder();
    stops[1].gtin14.clear(); // the Red Mug's label has no GTIN: only the SKU identifies it
    PickSession session(stops);
    QCOMPARE(session.stops().at(1).gtin14, QString());

    const PickOutcome noBin = session.confirmTyped(1, 1);
    QCOMPARE(noBin.kind, PickScanKind::BinRequired);
    QCOMPARE(noBin.message, QString(u"Scan the bin label first: " % kBin2));
    QCOMPARE(session.stops().at(1).picked, 0);

    QVERIFY(session.scan(kBin2).accepted);
    QCOMPARE(session.confirmTyped(1, 0).kind, PickScanKind::InvalidCode);
    QCOMPARE(session.confirmTyped(1, 2).kind, PickScanKind::OverPick);
    QCOMPARE(session.confirmTyped(7, 1).kind, PickScanKind::UnknownCode);
    QCOMPARE(session.confirmTyped(-1, 1).kind, PickScanKind::UnknownCode);
    QCOMPARE(session.confirmTyped(0, 1).kind, PickScanKind::BinRequired); // bin 1 is not the confirmed bin

    const PickOutcome typed = session.confirmTyped(1, 1);
    QCOMPARE(typed.kind, PickScanKind::Picked);
    QVERIFY(typed.accepted);
    QCOMPARE(typed.code, QStringLiteral("SKU-RED-MUG"));
    QCOMPARE(typed.codeKind, QStringLiteral("typed"));
    QVERIFY(typed.raw.isEmpty());
    QCOMPARE(typed.quantity, 1);
    QCOMPARE(typed.message, QStringLiteral("Red Mug \u00d71 \u2014 1 of 1"));
    QVERIFY(typed.detail.endsWith(QStringLiteral("(typed)")));
    QCOMPARE(session.confirmTyped(1, 1).kind, PickScanKind::OverPick);

    // Item-only: no bin needed.
    PickSession itemOnly(oneOrder(), PickSettings{PickConfirmation::ItemOnly});
    const PickOutcome three = itemOnly.confirmTyped(0, 3);
    QCOMPARE(three.kind, PickScanKind::Picked);
    QCOMPARE(three.code, g14(kBlueMug));
    QCOMPARE(itemOnly.stops().at(0).picked, 3);
}

void TestPickSession::closeShort()
{
    PickSession session(oneOrder());
    QVERIFY(session.scan(kBin1).accepted);
    QVERIFY(session.scan(kBlueMug).accepted);
    QCOMPARE(session.unitsTotal(), 6);
    session.closeShort(0); // 2 Blue Mugs missing: split off or backordered
    QCOMPARE(session.stops().at(0).quantity, 1);
    QCOMPARE(session.stops().at(0).picked, 1);
    QVERIFY(session.stops().at(0).isDone());
    QCOMPARE(session.unitsTotal(), 4);
    QCOMPARE(session.stopsDone(), 1);
    QCOMPARE(session.nextStop(), 1);
    QCOMPARE(session.scan(kBlueMug).kind, PickScanKind::OverPick);
    QCOMPARE(session.scan(kBin1).kind, PickScanKind::WrongBin);
    session.closeShort(-1);
    session.closeShort(99);
    QCOMPARE(session.unitsTotal(), 4);
    // A stop closed before anything was taken is done with nothing.
    session.closeShort(2);
    QCOMPARE(session.stops().at(2).quantity, 0);
    QCOMPARE(session.stopsDone(), 2);
}

void TestPickSession::progressCounters()
{
    QList<PickStop> stops = oneOrder();
    stops[0].picked = 2; // the Kettle was picked before a restart: stays done
    PickSession session(stops);
    QCOMPARE(session.stops().size(), 3);
    QCOMPARE(session.stopsDone(), 1);
    QCOMPARE(session.unitsPicked(), 2);
    QCOMPARE(session.unitsTotal(), 6);
    QVERIFY(session.stops().at(2).isDone());
    QCOMPARE(session.stops().at(2).remaining(), 0);

    QVERIFY(session.scan(kBin2).accepted);
    QVERIFY(session.scan(kRedMug).accepted);
    QCOMPARE(session.stopsDone(), 2);
    QCOMPARE(session.unitsPicked(), 3);
    QCOMPARE(session.nextStop(), 0);
    QVERIFY(session.scan(kBin1).accepted);
    QVERIFY(session.scan(gs1Count(kBlueMug, 3)).accepted);
    QCOMPARE(session.stopsDone(), 3);
    QCOMPARE(session.unitsPicked(), session.unitsTotal());
    QVERIFY(session.isDone());
}

void TestPickSession::wrongItemIsNamedFromTheCatalogue()
{
    const QString stranger = Gtin::withCheckDigit(QStringLiteral("600123499999"));
    PickSession s(oneOrder());
    QVERIFY(s.scan(kBin1).accepted);
    // Without a catalogue the wrong item is named by its GTIN; with one, by its name.
    PickOutcome out = s.scan(stranger);
    QCOMPARE(out.kind, PickScanKind::WrongItem);
    QVERIFY2(out.message.contains(g14(stranger)), qPrintable(out.message));
    QStringList asked;
    s.setProductNameLookup([&asked](const QString& gtin14) {
        asked << gtin14;
        return QStringLiteral("Copper Kettle");
    });
    out = s.scan(stranger);
    QCOMPARE(out.kind, PickScanKind::WrongItem);
    QVERIFY2(out.message.contains(QStringLiteral("Copper Kettle")), qPrintable(out.message));
    QCOMPARE(asked, QStringList{g14(stranger)});
    // An item of the walk is named from its stop: no lookup.
    QCOMPARE(s.scan(kKettle).kind, PickScanKind::WrongItem);
    QCOMPARE(asked.size(), 1);
}

QTEST_GUILESS_MAIN(TestPickSession)
#include "TestPickSession.moc"
