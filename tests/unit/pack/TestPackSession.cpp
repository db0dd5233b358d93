// PackSession: verifying scans against an order's lines — every rejection reason (and that nothing is counted),
// counting, AI 30/37 quantities, serials, expiry and batches, order numbers, undo, parcels, the instruction
// checklist, weight tolerance and overrides, and the reasons a pack cannot close.

#include "pack/PackSession.h"
#include "scanning/BarcodeParser.h"

#include <QTest>

using namespace saypro;

Q_DECLARE_METATYPE(saypro::ScanKind)

namespace {

const QDate kToday(2026, 3, 15);
const QString kMug = QStringLiteral("4006381333931");      // GTIN-13 on the order
const QString kPhone = QStringLiteral("6001234000013");    // serial-tracked
const QString kVitamins = QStringLiteral("6001234000020"); // expected batch B42
const QString kRedMug = QStringLiteral("6001234000037");   // not on the order, in the catalogue
const QString kStranger = QStringLiteral("6001234000099"); // not on the order, not in the catalogue

OrderLine line(const char* id, const char* name, const QString& gtin, int qty, int grams, bool serial = false)
{
    OrderLine l;
    l.lineId = QString::fromLatin1(id);
    l.sku = QStringLiteral("SKU-") + l.lineId;
    l.name = QString::fromUtf8(name);
    l.gtin = gtin;
    l.quantity = qty;
    l.weightGrams = grams;
    l.serialTracked = serial;
    return l;
}

Order sampleOrder()
{
    Order o;
    o.number = QStringLiteral("SP-00012345");
    o.lines = {line("L1", "Blue Mug", kMug, 3, 350), line("L2", "Phone", kPhone, 2, 200, true),
               line("L3", "Vitamins", kVitamins, 10, 100)};
    return o;
}

PackSession sampleSession()
{
    return PackSession(sampleOrder(), PackSettings{},
                       QHash<QString, QString>{{QStringLiteral("L3"), QStringLiteral("B42")}});
}

/// Human-readable GS1: "(01)" + GTIN-14, then further AIs as given.
QString gs1(const QString& gtin, const QString& rest = {})
{
    return u"(01)" % gtin.rightJustified(14, u'0') % rest;
}

int totalPacked(const PackSession& s)
{
    int n = 0;
    for (const PackLineState& l : s.lines())
        n += l.packed;
    return n;
}

QStringList blockerKeys(const QList<CloseBlocker>& blockers)
{
    QStringList keys;
    for (const CloseBlocker& b : blockers)
        keys << b.key();
    return keys;
}

} // namespace

class TestPackSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindKeysRoundTrip();
    void rejections_data();
    void rejections();
    void countsToCompletionThenOverCount();
    void wrongItemNamesProduct();
    void aiQuantity_data();
    void aiQuantity();
    void serials();
    void expiry_data();
    void expiry();
    void wrongBatch();
    void orderNumbers();
    void gtin13MatchedByGtin14_data();
    void gtin13MatchedByGtin14();
    void outcomeCarriesLogFields();
    void undo();
    void parcels();
    void instructionsChecklist();
    void weight_data();
    void weight();
    void weightOverride();
    void contentChangeClearsWeighing();
    void canCloseReasons();
};

void TestPackSession::kindKeysRoundTrip()
{
    QSet<QString> seen;
    for (int i = int(ScanKind::Accepted); i <= int(ScanKind::DuplicateSerial); ++i) {
        const QString key = scanKindKey(ScanKind(i));
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        QCOMPARE(scanKindFromKey(key), std::optional<ScanKind>(ScanKind(i)));
    }
    QCOMPARE(scanKindFromKey(u"no_such_key"), std::nullopt);
}

void TestPackSession::rejections_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<ScanKind>("kind");
    QTest::addColumn<QString>("lineId");

    QTest::addRow("wrong check digit") << "4006381333932" << ScanKind::InvalidCode << "";
    QTest::addRow("garbage") << "hello world" << ScanKind::InvalidCode << "";
    QTest::addRow("bad GS1 date") << gs1(kVitamins, QStringLiteral("(17)261340(10)B42")) << ScanKind::InvalidCode << "";
    QTest::addRow("quantity zero") << gs1(kVitamins, QStringLiteral("(30)0(10)B42")) << ScanKind::InvalidCode << "L3";
    QTest::addRow("bin label") << "JHB1-A-03-12-2-04" << ScanKind::UnknownCode << "";
    QTest::addRow("badge") << "USR-0042" << ScanKind::UnknownCode << "";
    QTest::addRow("rma") << "RMA-2026-000321" << ScanKind::UnknownCode << "";
    QTest::addRow("GS1 without a GTIN") << "]C110ABC123" << ScanKind::UnknownCode << "";
    QTest::addRow("wrong item") << kRedMug << ScanKind::WrongItem << "";
    QTest::addRow("wrong item in GS1") << gs1(kStranger, QStringLiteral("(10)X1")) << ScanKind::WrongItem << "";
    QTest::addRow("another order") << "SP-00099999" << ScanKind::OtherOrder << "";
    QTest::addRow("serial missing") << kPhone << ScanKind::SerialRequired << "L2";
    QTest::addRow("serial missing in GS1") << gs1(kPhone) << ScanKind::SerialRequired << "L2";
    QTest::addRow("several units under one serial")
        << gs1(kPhone, QStringLiteral("(30)2(21)SN1")) << ScanKind::SerialRequired << "L2";
    QTest::addRow("expired yesterday") << gs1(kVitamins, QStringLiteral("(17)260314(10)B42")) << ScanKind::ExpiredBatch
                                       << "L3";
    QTest::addRow("expired day 00 of last month")
        << gs1(kVitamins, QStringLiteral("(17)260200(10)B42")) << ScanKind::ExpiredBatch << "L3";
    QTest::addRow("wrong batch") << gs1(kVitamins, QStringLiteral("(10)B41")) << ScanKind::WrongBatch << "L3";
    QTest::addRow("batch missing") << kVitamins << ScanKind::WrongBatch << "L3";
    QTest::addRow("quantity does not fit")
        << gs1(kVitamins, QStringLiteral("(30)11(10)B42")) << ScanKind::OverCount << "L3";
}

void TestPackSession::rejections()
{
    QFETCH(QString, raw);
    QFETCH(ScanKind, kind);
    QFETCH(QString, lineId);

    PackSession s = sampleSession();
    const ScanOutcome out = s.scan(raw, kToday);
    QVERIFY2(!out.accepted, qPrintable(out.detail));
    QCOMPARE(out.key(), scanKindKey(kind));
    QCOMPARE(out.kind, kind);
    QCOMPARE(out.lineId, lineId);
    QCOMPARE(out.quantity, 0);
    QCOMPARE(out.raw, raw);
    QCOMPARE(out.parcel, 1);
    QVERIFY(!out.message.isEmpty());
    QVERIFY(!out.detail.isEmpty());
    // Nothing counted, nothing to undo.
    QCOMPARE(totalPacked(s), 0);
    QVERIFY(s.parcels().constFirst().isEmpty());
    QVERIFY(!s.undoLast().has_value());
}

void TestPackSession::countsToCompletionThenOverCount()
{
    PackSession s = sampleSession();
    for (int i = 1; i <= 3; ++i) {
        const ScanOutcome out = s.scan(kMug, kToday);
        QVERIFY2(out.accepted, qPrintable(out.detail));
        QCOMPARE(out.kind, ScanKind::Accepted);
        QCOMPARE(out.quantity, 1);
        QCOMPARE(out.packedAfter, i);
        QCOMPARE(out.expected, 3);
        QCOMPARE(out.message, QStringLiteral("Blue Mug \u00d71 \u2014 %1 of 3").arg(i));
    }
    QVERIFY(s.lines().at(0).isComplete());
    const ScanOutcome over = s.scan(kMug, kToday);
    QVERIFY(!over.accepted);
    QCOMPARE(over.kind, ScanKind::OverCount);
    QCOMPARE(over.message, QStringLiteral("Blue Mug: all 3 already packed"));
    QCOMPARE(over.packedAfter, 3);
    QCOMPARE(s.lines().at(0).packed, 3);
    QCOMPARE(totalPacked(s), 3);
    QVERIFY(!s.isComplete());
}

void TestPackSession::wrongItemNamesProduct()
{
    PackSession s = sampleSession();
    QCOMPARE(s.scan(kRedMug, kToday).message, u"Wrong item: 0" % kRedMug % u" is not in this order");
    s.setProductNameLookup(
        [](const QString& gtin14) { return gtin14 == u'0' + kRedMug ? QStringLiteral("Red Mug") : QString(); });
    const ScanOutcome out = s.scan(kRedMug, kToday);
    QCOMPARE(out.kind, ScanKind::WrongItem);
    QCOMPARE(out.message, QStringLiteral("Wrong item: Red Mug is not in this order"));
    QVERIFY(out.detail.contains(u'0' + kRedMug));
    // Not in the catalogue either: named by GTIN.
    QVERIFY(s.scan(kStranger, kToday).message.contains(kStranger));
    QCOMPARE(totalPacked(s), 0);
}

void TestPackSession::aiQuantity_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<int>("quantity");
    QTest::addRow("(30) 4") << gs1(kVitamins, QStringLiteral("(30)4(10)B42")) << 4;
    QTest::addRow("(37) 6") << gs1(kVitamins, QStringLiteral("(37)6(10)B42")) << 6;
    QTest::addRow("(30) exactly what is open") << gs1(kVitamins, QStringLiteral("(30)10(10)B42")) << 10;
    QTest::addRow("no quantity") << gs1(kVitamins, QStringLiteral("(10)B42")) << 1;
}

void TestPackSession::aiQuantity()
{
    QFETCH(QString, raw);
    QFETCH(int, quantity);
    PackSession s = sampleSession();
    const ScanOutcome out = s.scan(raw, kToday);
    QVERIFY2(out.accepted, qPrintable(out.detail));
    QCOMPARE(out.quantity, quantity);
    QCOMPARE(out.packedAfter, quantity);
    QCOMPARE(s.lines().at(2).packed, quantity);
    QCOMPARE(s.parcels().constFirst().quantities.value(QStringLiteral("L3")), quantity);
    QCOMPARE(out.message, QStringLiteral("Vitamins \u00d7%1 \u2014 %1 of 10").arg(quantity));
}

void TestPackSession::serials()
{
    PackSession s = sampleSession();
    // SN-OLD shipped as a phone (line L2's SKU); SN-9 shipped, but as another product: a phone may carry it.
    s.setShippedSerials({PackSession::shippedSerialKey(QStringLiteral("SKU-L2"), QStringLiteral("SN-OLD")),
                         PackSession::shippedSerialKey(QStringLiteral("SKU-OTHER"), QStringLiteral("SN-9"))});

    const ScanOutcome first = s.scan(gs1(kPhone, QStringLiteral("(21)SN-1")), kToday);
    QVERIFY2(first.accepted, qPrintable(first.detail));
    QCOMPARE(first.serial, QStringLiteral("SN-1"));

    const ScanOutcome again = s.scan(gs1(kPhone, QStringLiteral("(21)SN-1")), kToday);
    QCOMPARE(again.kind, ScanKind::DuplicateSerial);
    QCOMPARE(again.serial, QStringLiteral("SN-1"));
    QVERIFY(again.detail.contains(u"already scanned"));

    const ScanOutcome shipped = s.scan(gs1(kPhone, QStringLiteral("(21)SN-OLD")), kToday);
    QCOMPARE(shipped.kind, ScanKind::DuplicateSerial);
    QVERIFY(shipped.detail.contains(u"shipped"));

    QCOMPARE(s.scan(kPhone, kToday).kind, ScanKind::SerialRequired);
    QCOMPARE(s.lines().at(1).packed, 1);

    const ScanOutcome second = s.scan(gs1(kPhone, QStringLiteral("(21)SN-9")), kToday);
    QVERIFY2(second.accepted, qPrintable(second.detail));
    QCOMPARE(s.parcels().constFirst().serials, (QStringList{QStringLiteral("SN-1"), QStringLiteral("SN-9")}));
    QVERIFY(s.lines().at(1).isComplete());

    // Undo frees the serial: the same unit can be scanned again.
    QVERIFY(s.undoLast().has_value());
    QCOMPARE(s.parcels().constFirst().serials, QStringList{QStringLiteral("SN-1")});
    QVERIFY(s.scan(gs1(kPhone, QStringLiteral("(21)SN-2")), kToday).accepted);
}

void TestPackSession::expiry_data()
{
    QTest::addColumn<QString>("expiry");
    QTest::addColumn<bool>("accepted");
    QTest::addRow("yesterday") << "260314" << false;
    QTest::addRow("today") << "260315" << true;
    QTest::addRow("tomorrow") << "260316" << true;
    QTest::addRow("day 00 of this month (31 March)") << "260300" << true;
    QTest::addRow("day 00 of last month (28 February)") << "260200" << false;
    QTest::addRow("last year") << "251231" << false;
}

void TestPackSession::expiry()
{
    QFETCH(QString, expiry);
    QFETCH(bool, accepted);
    PackSession s = sampleSession();
    const ScanOutcome out = s.scan(gs1(kVitamins, u"(17)" % expiry % u"(10)B42"), kToday);
    QCOMPARE(out.accepted, accepted);
    QCOMPARE(out.kind, accepted ? ScanKind::Accepted : ScanKind::ExpiredBatch);
    QCOMPARE(s.lines().at(2).packed, accepted ? 1 : 0);
    QVERIFY(out.expiry.isValid());
    if (expiry.endsWith(u"00"))
        QCOMPARE(out.expiry.day(), out.expiry.daysInMonth());

    // Without a date for today an expiry cannot be checked: refused, never waved through.
    PackSession noDate = sampleSession();
    QCOMPARE(noDate.scan(gs1(kVitamins, u"(17)" % expiry % u"(10)B42"), QDate()).kind, ScanKind::ExpiredBatch);
}

void TestPackSession::wrongBatch()
{
    PackSession s = sampleSession();
    const ScanOutcome wrong = s.scan(gs1(kVitamins, QStringLiteral("(10)B41")), kToday);
    QCOMPARE(wrong.kind, ScanKind::WrongBatch);
    QCOMPARE(wrong.batch, QStringLiteral("B41"));
    QCOMPARE(wrong.message, QStringLiteral("Wrong batch: Vitamins must be batch B42, not B41"));
    const ScanOutcome right = s.scan(gs1(kVitamins, QStringLiteral("(10)B42")), kToday);
    QVERIFY(right.accepted);
    QCOMPARE(right.batch, QStringLiteral("B42"));
    // A line without an expected batch takes any batch.
    QVERIFY(s.scan(gs1(kMug, QStringLiteral("(10)ANY")), kToday).accepted);
}

void TestPackSession::orderNumbers()
{
    PackSession s = sampleSession();
    QVERIFY(!s.isOrderConfirmed());
    const ScanOutcome other = s.scan(u"SP-00099999", kToday);
    QCOMPARE(other.kind, ScanKind::OtherOrder);
    QCOMPARE(other.code, QStringLiteral("SP-00099999"));
    QVERIFY(other.message.contains(u"SP-00099999"));
    QVERIFY(!s.isOrderConfirmed());

    const ScanOutcome own = s.scan(u"sp-00012345", kToday); // scanners may send lower case
    QVERIFY(own.accepted);
    QCOMPARE(own.kind, ScanKind::OrderConfirmed);
    QCOMPARE(own.quantity, 0);
    QCOMPARE(own.codeKind, QStringLiteral("order"));
    QVERIFY(s.isOrderConfirmed());
    QCOMPARE(totalPacked(s), 0);
    QVERIFY(!s.undoLast().has_value()); // confirming is not a count
}

void TestPackSession::gtin13MatchedByGtin14_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addRow("GTIN-13 as on the order") << kMug;
    QTest::addRow("GTIN-14 with leading zero") << u'0' + kMug;
    QTest::addRow("GS1 (01)") << gs1(kMug);
    QTest::addRow("GS1-128 with AIM id") << u"]C1010" % kMug;
    QTest::addRow("EAN-13 with AIM id") << u"]E0" % kMug;
}

void TestPackSession::gtin13MatchedByGtin14()
{
    QFETCH(QString, raw);
    PackSession s = sampleSession();
    const ScanOutcome out = s.scan(raw, kToday);
    QVERIFY2(out.accepted, qPrintable(out.detail));
    QCOMPARE(out.lineId, QStringLiteral("L1"));
    QCOMPARE(out.lineIndex, 0);
    QCOMPARE(out.code, u'0' + kMug);
}

void TestPackSession::outcomeCarriesLogFields()
{
    PackSession s = sampleSession();
    const QString raw = u"]C1010" % kVitamins % u"17260331" % u"10B42" % QChar(BarcodeParser::GroupSeparator) % u"3002";
    const ScanOutcome out = s.scan(raw, kToday);
    QVERIFY2(out.accepted, qPrintable(out.detail));
    QCOMPARE(out.raw, raw);
    QCOMPARE(out.symbology, QStringLiteral("]C1"));
    QCOMPARE(out.codeKind, QStringLiteral("gs1"));
    QCOMPARE(out.code, u'0' + kVitamins);
    QCOMPARE(out.lineId, QStringLiteral("L3"));
    QCOMPARE(out.lineIndex, 2);
    QCOMPARE(out.quantity, 2);
    QCOMPARE(out.parcel, 1);
    QCOMPARE(out.batch, QStringLiteral("B42"));
    QCOMPARE(out.expiry, QDate(2026, 3, 31));
    QCOMPARE(out.key(), QStringLiteral("accepted"));

    // The parsed overload gives the same outcome.
    PackSession t = sampleSession();
    const ScanOutcome parsed = t.scan(BarcodeParser::parse(raw, kToday), kToday);
    QCOMPARE(parsed.message, out.message);
    QCOMPARE(parsed.detail, out.detail);
}

void TestPackSession::undo()
{
    PackSession s = sampleSession();
    const Result<PackUndo> nothing = s.undoLast();
    QVERIFY(!nothing.has_value());
    QCOMPARE(nothing.error().code, Error::Code::InvalidTransition);
    QVERIFY(!nothing.error().message.isEmpty());

    QVERIFY(s.scan(kMug, kToday).accepted);
    QVERIFY(s.scan(gs1(kVitamins, QStringLiteral("(30)3(10)B42")), kToday).accepted);
    QCOMPARE(s.scan(kRedMug, kToday).kind, ScanKind::WrongItem); // rejections are not undone

    const Result<PackUndo> u = s.undoLast();
    QVERIFY(u.has_value());
    QCOMPARE(u->lineId, QStringLiteral("L3"));
    QCOMPARE(u->lineIndex, 2);
    QCOMPARE(u->quantity, 3);
    QCOMPARE(u->packedAfter, 0);
    QCOMPARE(u->parcel, 1);
    QCOMPARE(u->batch, QStringLiteral("B42"));
    QCOMPARE(u->message, QStringLiteral("Undone: Vitamins \u00d73 \u2014 0 of 10"));
    QCOMPARE(s.lines().at(2).packed, 0);
    QCOMPARE(s.lines().at(0).packed, 1);

    QCOMPARE(s.undoLast()->lineId, QStringLiteral("L1"));
    QCOMPARE(totalPacked(s), 0);
    QVERIFY(!s.undoLast().has_value());
}

void TestPackSession::parcels()
{
    PackSession s = sampleSession();
    QCOMPARE(s.currentParcel(), 1);
    const Result<int> refused = s.openNewParcel();
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().code, Error::Code::InvalidTransition);
    QCOMPARE(s.parcels().size(), 1);

    QCOMPARE(s.scan(kMug, kToday).parcel, 1);
    QCOMPARE(s.scan(kMug, kToday).parcel, 1);
    QCOMPARE(s.openNewParcel().value_or(-1), 2);
    QVERIFY(!s.openNewParcel().has_value()); // the new parcel is empty
    QCOMPARE(s.scan(kMug, kToday).parcel, 2);
    QCOMPARE(s.scan(gs1(kPhone, QStringLiteral("(21)SN-9")), kToday).parcel, 2);
    QCOMPARE(s.scan(kRedMug, kToday).parcel, 2); // a rejection names the current parcel

    const QList<PackParcel> ps = s.parcels();
    QCOMPARE(ps.size(), 2);
    QCOMPARE(ps.at(0).number, 1);
    QCOMPARE(ps.at(0).quantities, (QMap<QString, int>{{QStringLiteral("L1"), 2}}));
    QVERIFY(ps.at(0).serials.isEmpty());
    QCOMPARE(ps.at(0).expectedGrams, 2 * 350 + 150);
    QCOMPARE(ps.at(1).number, 2);
    QCOMPARE(ps.at(1).quantities, (QMap<QString, int>{{QStringLiteral("L1"), 1}, {QStringLiteral("L2"), 1}}));
    QCOMPARE(ps.at(1).serials, QStringList{QStringLiteral("SN-9")});
    QCOMPARE(ps.at(1).expectedGrams, 350 + 200 + 150);
    QCOMPARE(s.lines().at(0).packed, 3);

    // Undo takes from the parcel the units went into.
    QCOMPARE(s.undoLast()->parcel, 2);
    QCOMPARE(s.undoLast()->parcel, 2);
    QVERIFY(s.parcels().at(1).isEmpty());
    QVERIFY(blockerKeys(s.canClose()).contains(QStringLiteral("parcel_empty")));
}

void TestPackSession::instructionsChecklist()
{
    Order o = sampleOrder();
    o.instructions.giftWrap = true;
    o.instructions.giftMessage = QStringLiteral("Happy birthday, Thandi!");
    o.instructions.customisation = QStringLiteral("Engrave: T.M.");
    o.instructions.note = QStringLiteral("Leave at the gate"); // not a packing instruction
    o.lines[0].fragile = true;                                 // a fragile line makes the pack fragile
    PackSession s(o);

    const QList<PackInstruction> all = s.instructions();
    QStringList keys;
    for (const PackInstruction& i : all)
        keys << i.key();
    QCOMPARE(keys, (QStringList{QStringLiteral("gift_wrap"), QStringLiteral("gift_message"), QStringLiteral("fragile"),
                                QStringLiteral("customisation")}));
    QCOMPARE(all.at(1).text, QStringLiteral("Happy birthday, Thandi!"));
    QCOMPARE(all.at(2).text, QStringLiteral("Blue Mug"));
    QCOMPARE(all.at(3).text, QStringLiteral("Engrave: T.M."));
    QCOMPARE(s.pendingInstructions().size(), 4);
    QCOMPARE(blockerKeys(s.canClose()).count(QStringLiteral("instruction_pending")), 4);

    QVERIFY(s.acknowledge(PackInstruction::Kind::GiftWrap).has_value());
    QVERIFY(s.acknowledge(PackInstruction::Kind::GiftWrap).has_value()); // twice is harmless
    QVERIFY(s.acknowledge(PackInstruction::Kind::Fragile).has_value());
    QCOMPARE(s.pendingInstructions().size(), 2);
    QCOMPARE(s.pendingInstructions().at(0).kind, PackInstruction::Kind::GiftMessage);
    QVERIFY(s.acknowledge(PackInstruction::Kind::GiftMessage).has_value());
    QVERIFY(s.acknowledge(PackInstruction::Kind::Customisation).has_value());
    QVERIFY(s.pendingInstructions().isEmpty());
    QVERIFY(!blockerKeys(s.canClose()).contains(QStringLiteral("instruction_pending")));

    // An order without instructions has an empty checklist; acknowledging something absent fails.
    PackSession plain(Order{});
    QVERIFY(plain.instructions().isEmpty());
    const Status absent = plain.acknowledge(PackInstruction::Kind::GiftWrap);
    QVERIFY(!absent.has_value());
    QCOMPARE(absent.error().code, Error::Code::NotFound);
}

void TestPackSession::weight_data()
{
    QTest::addColumn<int>("mugs");
    QTest::addColumn<int>("grams");
    QTest::addColumn<int>("expected");
    QTest::addColumn<int>("tolerance");
    QTest::addColumn<bool>("within");
    // 1 mug: 350 + 150 = 500 g; 5 % = 25 g, so the 50 g minimum applies.
    QTest::addRow("exact") << 1 << 500 << 500 << 50 << true;
    QTest::addRow("minimum tolerance, upper edge") << 1 << 550 << 500 << 50 << true;
    QTest::addRow("minimum tolerance, lower edge") << 1 << 450 << 500 << 50 << true;
    QTest::addRow("just over") << 1 << 551 << 500 << 50 << false;
    QTest::addRow("just under") << 1 << 449 << 500 << 50 << false;
    QTest::addRow("packaging forgotten") << 1 << 350 << 500 << 50 << false;
    // 3 mugs: 1050 + 150 = 1200 g; 5 % = 60 g.
    QTest::addRow("percent tolerance, within") << 3 << 1260 << 1200 << 60 << true;
    QTest::addRow("percent tolerance, outside") << 3 << 1261 << 1200 << 60 << false;
    QTest::addRow("one mug missing") << 3 << 850 << 1200 << 60 << false;
}

void TestPackSession::weight()
{
    QFETCH(int, mugs);
    QFETCH(int, grams);
    QFETCH(int, expected);
    QFETCH(int, tolerance);
    QFETCH(bool, within);

    PackSession s = sampleSession();
    for (int i = 0; i < mugs; ++i)
        QVERIFY(s.scan(kMug, kToday).accepted);
    QCOMPARE(s.expectedWeightGrams(), expected);
    const Result<WeightCheck> w = s.checkWeight(grams);
    QVERIFY(w.has_value());
    QCOMPARE(w->isWithin(), within);
    QCOMPARE(w->parcel, 1);
    QCOMPARE(w->measuredGrams, grams);
    QCOMPARE(w->expectedGrams, expected);
    QCOMPARE(w->differenceGrams, grams - expected);
    QCOMPARE(w->toleranceGrams, tolerance);
    QVERIFY(!w->message.isEmpty());
    QVERIFY(w->detail.contains(WeightCheck::verdictKey(w->verdict)));
    QCOMPARE(s.parcels().constFirst().weight->measuredGrams, grams);
    QCOMPARE(blockerKeys(s.canClose()).contains(QStringLiteral("weight_outside_tolerance")), !within);
    QVERIFY(!blockerKeys(s.canClose()).contains(QStringLiteral("weight_not_checked")));
}

void TestPackSession::weightOverride()
{
    PackSession s(sampleOrder(), PackSettings{10.0, 20, 100});
    QVERIFY(!s.checkWeight(500).has_value()); // nothing in the parcel yet
    QVERIFY(s.scan(kMug, kToday).accepted);
    QCOMPARE(s.expectedWeightGrams(), 450);
    QCOMPARE(s.toleranceGrams(450), 45);
    QCOMPARE(s.checkWeight(0).error().code, Error::Code::InvalidArgument);
    QCOMPARE(s.checkWeight(500, 2).error().code, Error::Code::NotFound);

    const Result<WeightOverride> early = s.overrideWeight(QStringLiteral("USR-0001"), QStringLiteral("scale"));
    QVERIFY(!early.has_value()); // not weighed yet

    QVERIFY(s.checkWeight(480)->isWithin());
    QVERIFY(!s.overrideWeight(QStringLiteral("USR-0001"), QStringLiteral("scale")).has_value()); // not needed

    const Result<WeightCheck> heavy = s.checkWeight(600);
    QVERIFY(!heavy->isWithin());
    QCOMPARE(heavy->differenceGrams, 150);
    QVERIFY(blockerKeys(s.canClose()).contains(QStringLiteral("weight_outside_tolerance")));
    QCOMPARE(s.overrideWeight(QString(), QStringLiteral("reason")).error().code, Error::Code::InvalidArgument);
    QCOMPARE(s.overrideWeight(QStringLiteral("USR-0001"), QStringLiteral(" ")).error().code,
             Error::Code::InvalidArgument);

    const Result<WeightOverride> o =
        s.overrideWeight(QStringLiteral("USR-0001"), QStringLiteral("mug in a heavier gift box"));
    QVERIFY(o.has_value());
    QCOMPARE(o->parcel, 1);
    QCOMPARE(o->supervisor, QStringLiteral("USR-0001"));
    QCOMPARE(o->reason, QStringLiteral("mug in a heavier gift box"));
    QCOMPARE(o->measuredGrams, 600);
    QCOMPARE(o->expectedGrams, 450);
    QCOMPARE(s.parcels().constFirst().weightOverride->supervisor, QStringLiteral("USR-0001"));
    QVERIFY(!blockerKeys(s.canClose()).contains(QStringLiteral("weight_outside_tolerance")));

    // A new weighing replaces the override.
    QVERIFY(!s.checkWeight(700)->isWithin());
    QVERIFY(!s.parcels().constFirst().weightOverride.has_value());
    QVERIFY(blockerKeys(s.canClose()).contains(QStringLiteral("weight_outside_tolerance")));
}

void TestPackSession::contentChangeClearsWeighing()
{
    PackSession s = sampleSession();
    QVERIFY(s.scan(kMug, kToday).accepted);
    QVERIFY(s.checkWeight(500)->isWithin());
    QVERIFY(s.scan(kMug, kToday).accepted);
    QVERIFY(!s.parcels().constFirst().weight.has_value());
    QVERIFY(blockerKeys(s.canClose()).contains(QStringLiteral("weight_not_checked")));
    QVERIFY(s.checkWeight(850)->isWithin());
    QVERIFY(s.undoLast().has_value());
    QVERIFY(!s.parcels().constFirst().weight.has_value());

    // Weighing an earlier parcel by number after opening a new one.
    QVERIFY(s.openNewParcel().has_value());
    QVERIFY(s.scan(kMug, kToday).accepted);
    QCOMPARE(s.checkWeight(500, 1)->parcel, 1);
    QCOMPARE(s.checkWeight(500)->parcel, 2);
    QVERIFY(!blockerKeys(s.canClose()).contains(QStringLiteral("weight_not_checked")));
}

void TestPackSession::canCloseReasons()
{
    Order o = sampleOrder();
    o.instructions.giftWrap = true;
    PackSession s(o, PackSettings{}, QHash<QString, QString>{{QStringLiteral("L3"), QStringLiteral("B42")}});

    const QList<CloseBlocker> start = s.canClose();
    QCOMPARE(blockerKeys(start), (QStringList{QStringLiteral("line_incomplete"), QStringLiteral("line_incomplete"),
                                              QStringLiteral("line_incomplete"), QStringLiteral("instruction_pending"),
                                              QStringLiteral("parcel_empty")}));
    QCOMPARE(start.at(0).lineId, QStringLiteral("L1"));
    QCOMPARE(start.at(0).message, QStringLiteral("Blue Mug: 0 of 3 packed"));
    QVERIFY(!start.at(0).detail.isEmpty());
    QCOMPARE(start.at(3).instruction, std::optional(PackInstruction::Kind::GiftWrap));
    QCOMPARE(start.at(4).parcel, 1);
    QVERIFY(!s.isComplete());

    QVERIFY(s.scan(gs1(kMug, QStringLiteral("(30)3")), kToday).accepted);
    QVERIFY(s.scan(gs1(kPhone, QStringLiteral("(21)A")), kToday).accepted);
    QVERIFY(s.scan(gs1(kPhone, QStringLiteral("(21)B")), kToday).accepted);
    QVERIFY(s.openNewParcel().has_value());
    QVERIFY(s.scan(gs1(kVitamins, QStringLiteral("(30)10(10)B42")), kToday).accepted);
    QVERIFY(s.isComplete());
    QCOMPARE(blockerKeys(s.canClose()),
             (QStringList{QStringLiteral("instruction_pending"), QStringLiteral("weight_not_checked"),
                          QStringLiteral("weight_not_checked")}));

    QVERIFY(s.acknowledge(PackInstruction::Kind::GiftWrap).has_value());
    QVERIFY(s.checkWeight(1050 + 400 + 150, 1)->isWithin());
    QVERIFY(!s.checkWeight(2000, 2)->isWithin()); // expected 1000 + 150
    const QList<CloseBlocker> heavy = s.canClose();
    QCOMPARE(blockerKeys(heavy), QStringList{QStringLiteral("weight_outside_tolerance")});
    QCOMPARE(heavy.at(0).parcel, 2);

    QVERIFY(s.overrideWeight(QStringLiteral("USR-0001"), QStringLiteral("scale drift"), 2).has_value());
    QVERIFY(s.canClose().isEmpty());
}

QTEST_GUILESS_MAIN(TestPackSession)
#include "TestPackSession.moc"
