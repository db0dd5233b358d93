// PackStore: opening a pack (picked -> packing), every scan in scan_log before it is shown, the steps that
// resume a pack after a restart, undo and weight overrides in the audit log, closing (shipment, parcels,
// contents, serials, packed + marketplace event in one transaction), serials that already shipped, and lines
// split off at a short pick.

#include "../TestSupport.h"
#include "common/Clock.h"
#include "domain/Gtin.h"
#include "pack/PackStore.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace saypro;
using saypro::test::scalarInt;

namespace {

const QDate kToday(2026, 3, 3);
const QString kStation = QStringLiteral("PACK-01");
const QString kPacker = QStringLiteral("thandi");
const QString kMug = QStringLiteral("6009876000019");
const QString kPhone = Gtin::withCheckDigit(QStringLiteral("600987600002"));
const QString kRedMug = Gtin::withCheckDigit(QStringLiteral("600987600003"));

/// Order n: 2 blue mugs (fragile, 380 g) and 1 serial-tracked phone (200 g), gift wrapped.
Order packOrder(int n, OrderStatus status = OrderStatus::Picked)
{
    Order o = test::sampleOrder(n);
    o.status = status;
    o.instructions.giftWrap = true;
    OrderLine phone;
    phone.lineId = QStringLiteral("L2");
    phone.sku = QStringLiteral("SP-PHONE-X1");
    phone.gtin = kPhone;
    phone.name = QStringLiteral("Phone X1");
    phone.quantity = 1;
    phone.unitPriceMinor = 499900;
    phone.weightGrams = 200;
    phone.serialTracked = true;
    o.lines << phone;
    return o;
}

QString phoneWithSerial(const QString& serial)
{
    return u"(01)" % Gtin::toGtin14(kPhone) % u"(21)" % serial;
}

} // namespace

class TestPackStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void openMovesPickedToPacking();
    void openRefusesOrdersNotPicked();
    void queueListsPickedAndPacking();
    void scansGoToScanLog();
    void resumeRebuildsThePack();
    void undoAndOverrideAreAudited();
    void closeRefusedWhileBlocked();
    void closeStoresEverythingAtOnce();
    void shippedSerialIsRefused();
    void serialRaceLeavesSecondPackUntouched();
    void splitLinesPackOnlyWhatShips();
    void wrongItemIsNamedFromCatalogue();
    void lineWithoutGtinScansByCatalogueGtin();

private:
    /// Scans both mugs and the phone, acknowledges the gift wrap and weighs the parcel within tolerance.
    void packFully(PackSession& s, qint64 orderId, const QString& serial);
    qint64 insert(const Order& o);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{test::utc(2026, 3, 3, 9, 0)};
    std::unique_ptr<PackStore> m_store;
};

void TestPackStore::init()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(
        m_dir.filePath(QStringLiteral("pack-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    STATION_VERIFY_OK(db);
    m_db = std::move(*db);
    m_store = std::make_unique<PackStore>(*m_db, m_clock, kStation);
}

void TestPackStore::cleanup()
{
    m_store.reset();
    m_db.reset();
}

qint64 TestPackStore::insert(const Order& o)
{
    Order copy = o;
    auto id = OrderStore(*m_db, m_clock, kStation).insert(copy, QStringLiteral("test"));
    if (!id)
        qWarning() << id.error().toString();
    return id ? *id : 0;
}

void TestPackStore::packFully(PackSession& s, qint64 orderId, const QString& serial)
{
    for (const QString& raw : {kMug, kMug, phoneWithSerial(serial)}) {
        const ScanOutcome out = s.scan(raw, kToday);
        QVERIFY2(out.accepted, qPrintable(out.detail));
        STATION_VERIFY_OK(m_store->recordScan(orderId, out, kToday, kPacker));
    }
    STATION_VERIFY_OK(s.acknowledge(PackInstruction::Kind::GiftWrap));
    STATION_VERIFY_OK(m_store->recordAcknowledged(orderId, s.instructions().constFirst(), kPacker));
    STATION_VERIFY_OK(s.acknowledge(PackInstruction::Kind::Fragile));
    STATION_VERIFY_OK(m_store->recordAcknowledged(orderId, s.instructions().constLast(), kPacker));
    auto weight = s.checkWeight(s.expectedWeightGrams() + 10);
    STATION_VERIFY_OK(weight);
    QVERIFY(weight->isWithin());
    STATION_VERIFY_OK(m_store->recordWeight(orderId, *weight, kPacker));
}

void TestPackStore::openMovesPickedToPacking()
{
    const qint64 id = insert(packOrder(1));
    QVERIFY(id > 0);
    auto s = m_store->open(id, kPacker);
    STATION_VERIFY_OK(s);
    QCOMPARE((*s)->lines().size(), 2);
    QCOMPARE(OrderStore(*m_db, m_clock, kStation).findById(id)->status, OrderStatus::Packing);
    QCOMPARE(scalarInt(*m_db,
                       QStringLiteral("SELECT count(*) FROM outbox WHERE order_id = ? AND payload LIKE "
                                      "'%\"status\":\"packing\"%'"),
                       {id}),
             1);
    // Opening again resumes: no second transition.
    auto again = m_store->open(id, kPacker);
    STATION_VERIFY_OK(again);
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM outbox WHERE order_id = ?"), {id}), 1);
}

void TestPackStore::openRefusesOrdersNotPicked()
{
    for (OrderStatus st : {OrderStatus::Ready, OrderStatus::Picking, OrderStatus::Packed, OrderStatus::Shipped}) {
        const qint64 id = insert(packOrder(10 + int(st), st));
        auto s = m_store->open(id, kPacker);
        QVERIFY(!s);
        QCOMPARE(s.error().code, Error::Code::InvalidTransition);
        QVERIFY(!s.error().message.isEmpty());
        QCOMPARE(OrderStore(*m_db, m_clock, kStation).findById(id)->status, st);
    }
}

void TestPackStore::queueListsPickedAndPacking()
{
    Order late = packOrder(1);
    late.shipBy = test::utc(2026, 3, 4, 12, 0);
    Order early = packOrder(2);
    early.shipBy = test::utc(2026, 3, 3, 12, 0);
    Order packing = packOrder(3, OrderStatus::Packing);
    packing.shipBy = test::utc(2026, 3, 9, 12, 0);
    insert(late);
    insert(early);
    insert(packing);
    insert(packOrder(4, OrderStatus::Ready));
    insert(packOrder(5, OrderStatus::Packed));
    auto q = m_store->queue(10);
    STATION_VERIFY_OK(q);
    QStringList numbers;
    for (const OrderSummary& o : *q)
        numbers << o.number;
    // A pack in progress first, then the most urgent ship-by.
    QCOMPARE(numbers, (QStringList{packing.number, early.number, late.number}));
    QCOMPARE(m_store->queue(1)->size(), 1);
}

void TestPackStore::scansGoToScanLog()
{
    const qint64 id = insert(packOrder(1));
    auto s = m_store->open(id, kPacker);
    STATION_VERIFY_OK(s);
    const ScanOutcome good = (*s)->scan(kMug, kToday);
    QVERIFY(good.accepted);
    STATION_VERIFY_OK(m_store->recordScan(id, good, kToday, kPacker));
    const ScanOutcome wrong = (*s)->scan(kRedMug, kToday);
    QCOMPARE(wrong.kind, ScanKind::WrongItem);
    STATION_VERIFY_OK(m_store->recordScan(id, wrong, kToday, kPacker));

    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM scan_log WHERE order_id = ?"), {id}), 2);
    QCOMPARE(scalarInt(*m_db,
                       QStringLiteral("SELECT count(*) FROM scan_log WHERE order_id = ? AND accepted = 1 AND "
                                      "reason = 'accepted' AND line_id = 'L1' AND quantity = 1 AND parcel = 1 "
                                      "AND context = 'pack' AND actor = ? AND station = ?"),
                       {id, kPacker, kStation}),
             1);
    QCOMPARE(scalarInt(*m_db,
                       QStringLiteral("SELECT count(*) FROM scan_log WHERE order_id = ? AND accepted = 0 AND "
                                      "reason = 'wrong_item' AND quantity = 0 AND code = ? AND detail <> ''"),
                       {id, kRedMug}),
             1);
    // Only the accepted scan is a step of the pack.
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM pack_events WHERE order_id = ?"), {id}), 1);

    ScanOutcome stray = good;
    stray.accepted = false;
    stray.kind = ScanKind::UnknownCode;
    STATION_VERIFY_OK(m_store->logScan(stray, QStringLiteral("route"), kPacker));
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM scan_log WHERE order_id IS NULL AND "
                                             "context = 'route' AND reason = 'unknown_code'")),
             1);
}

void TestPackStore::resumeRebuildsThePack()
{
    const qint64 id = insert(packOrder(1));
    {
        auto s = m_store->open(id, kPacker);
        STATION_VERIFY_OK(s);
        PackSession& p = **s;
        for (const QString& raw : {kMug, kMug}) {
            const ScanOutcome out = p.scan(raw, kToday);
            STATION_VERIFY_OK(m_store->recordScan(id, out, kToday, kPacker));
        }
        auto undo = p.undoLast();
        STATION_VERIFY_OK(undo);
        STATION_VERIFY_OK(m_store->recordUndo(id, *undo, kPacker));
        auto parcel = p.openNewParcel();
        STATION_VERIFY_OK(parcel);
        STATION_VERIFY_OK(m_store->recordNewParcel(id, *parcel, kPacker));
        const ScanOutcome phone = p.scan(phoneWithSerial(QStringLiteral("SN-1")), kToday);
        QVERIFY(phone.accepted);
        STATION_VERIFY_OK(m_store->recordScan(id, phone, kToday, kPacker));
        STATION_VERIFY_OK(p.acknowledge(PackInstruction::Kind::GiftWrap));
        STATION_VERIFY_OK(m_store->recordAcknowledged(id, p.instructions().constFirst(), kPacker));
        auto w = p.checkWeight(900);
        STATION_VERIFY_OK(w);
        STATION_VERIFY_OK(m_store->recordWeight(id, *w, kPacker));
    }
    // The station restarts: a new store over the same file.
    m_store = std::make_unique<PackStore>(*m_db, m_clock, kStation);
    auto s = m_store->open(id, kPacker);
    STATION_VERIFY_OK(s);
    const PackSession& p = **s;
    QCOMPARE(p.lines().at(0).packed, 1);
    QCOMPARE(p.lines().at(1).packed, 1);
    QCOMPARE(p.parcels().size(), 2);
    QCOMPARE(p.parcels().at(0).quantities.value(QStringLiteral("L1")), 1);
    QCOMPARE(p.parcels().at(1).quantities.value(QStringLiteral("L2")), 1);
    QCOMPARE(p.parcels().at(1).serials, QStringList{QStringLiteral("SN-1")});
    QVERIFY(p.parcels().at(1).weight.has_value());
    QCOMPARE(p.parcels().at(1).weight->measuredGrams, 900);
    QCOMPARE(p.pendingInstructions().size(), 1); // fragile still to acknowledge
    QCOMPARE(p.currentParcel(), 2);
    // The undo survives too: the same serial is refused, a new mug counts as the second.
    QCOMPARE((*s)->scan(phoneWithSerial(QStringLiteral("SN-1")), kToday).kind, ScanKind::OverCount);
}

void TestPackStore::undoAndOverrideAreAudited()
{
    const qint64 id = insert(packOrder(1));
    auto s = m_store->open(id, kPacker);
    STATION_VERIFY_OK(s);
    PackSession& p = **s;
    STATION_VERIFY_OK(m_store->recordScan(id, p.scan(kMug, kToday), kToday, kPacker));
    auto undo = p.undoLast();
    STATION_VERIFY_OK(undo);
    STATION_VERIFY_OK(m_store->recordUndo(id, *undo, kPacker));
    STATION_VERIFY_OK(m_store->recordScan(id, p.scan(kMug, kToday), kToday, kPacker));
    auto w = p.checkWeight(5000);
    STATION_VERIFY_OK(w);
    QVERIFY(!w->isWithin());
    STATION_VERIFY_OK(m_store->recordWeight(id, *w, kPacker));
    auto o = p.overrideWeight(QStringLiteral("supervisor.naidoo"), QStringLiteral("Customer asked for extra padding"));
    STATION_VERIFY_OK(o);
    STATION_VERIFY_OK(m_store->recordOverride(id, *o, kPacker));

    auto audit = AuditLog(*m_db).forEntity(QStringLiteral("order"), packOrder(1).number);
    STATION_VERIFY_OK(audit);
    QStringList actions;
    for (const AuditEntry& e : *audit)
        actions << e.action;
    QVERIFY(actions.contains(QStringLiteral("scan_undone")));
    QVERIFY(actions.contains(QStringLiteral("weight_override")));
    for (const AuditEntry& e : *audit) {
        if (e.action == QLatin1String("scan_undone")) {
            QCOMPARE(e.actor, kPacker);
            QVERIFY(e.afterJson.contains(QLatin1String("\"packed\":0")));
        }
        if (e.action == QLatin1String("weight_override")) {
            QCOMPARE(e.actor, QStringLiteral("supervisor.naidoo"));
            QVERIFY(e.afterJson.contains(QLatin1String("extra padding")));
        }
    }
    auto chain = AuditLog(*m_db).verify();
    STATION_VERIFY_OK(chain);
}

void TestPackStore::closeRefusedWhileBlocked()
{
    const qint64 id = insert(packOrder(1));
    auto s = m_store->open(id, kPacker);
    STATION_VERIFY_OK(s);
    STATION_VERIFY_OK(m_store->recordScan(id, (*s)->scan(kMug, kToday), kToday, kPacker));
    auto closed = m_store->close(**s, kPacker);
    QVERIFY(!closed);
    QCOMPARE(closed.error().code, Error::Code::InvalidTransition);
    QVERIFY(closed.error().message.contains(QLatin1String("Gift wrap")) ||
            closed.error().message.contains(QLatin1String("Phone X1")));
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM shipments")), 0);
    QCOMPARE(OrderStore(*m_db, m_clock, kStation).findById(id)->status, OrderStatus::Packing);
}

void TestPackStore::closeStoresEverythingAtOnce()
{
    const qint64 id = insert(packOrder(1));
    auto s = m_store->open(id, kPacker);
    STATION_VERIFY_OK(s);
    packFully(**s, id, QStringLiteral("SN-100"));
    if (QTest::currentTestFailed())
        return;
    QVERIFY((*s)->canClose().isEmpty());
    auto closed = m_store->close(**s, kPacker);
    STATION_VERIFY_OK(closed);
    QCOMPARE(closed->units, 3);
    QCOMPARE(closed->parcelIds.size(), 1);
    QVERIFY(closed->message.contains(packOrder(1).number));

    QCOMPARE(OrderStore(*m_db, m_clock, kStation).findById(id)->status, OrderStatus::Packed);
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM shipments WHERE order_id = ? AND status = 'packed'"),
                       {id}),
             1);
    const qint64 expected = (*s)->parcels().constFirst().expectedGrams;
    QCOMPARE(scalarInt(*m_db,
                       QStringLiteral("SELECT count(*) FROM parcels WHERE order_id = ? AND sequence = 1 AND "
                                      "weight_g = ? AND expected_weight_g = ?"),
                       {id, expected + 10, expected}),
             1);
    QCOMPARE(scalarInt(*m_db,
                       QStringLiteral("SELECT sum(quantity) FROM parcel_items pi JOIN parcels p ON "
                                      "p.id = pi.parcel_id WHERE p.order_id = ?"),
                       {id}),
             3);
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM parcel_units WHERE sku = 'SP-PHONE-X1' AND "
                                             "serial = 'SN-100'")),
             1);
    QCOMPARE(scalarInt(*m_db,
                       QStringLiteral("SELECT count(*) FROM outbox WHERE order_id = ? AND payload LIKE "
                                      "'%\"status\":\"packed\"%'"),
                       {id}),
             1);
    QCOMPARE(scalarInt(*m_db,
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'pack_closed' AND "
                                      "entity_id = ?"),
                       {packOrder(1).number}),
             1);
    // Closed: it cannot be closed or opened again.
    QVERIFY(!m_store->close(**s, kPacker));
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM shipments")), 1);
    QVERIFY(!m_store->open(id, kPacker));
}

void TestPackStore::shippedSerialIsRefused()
{
    const qint64 first = insert(packOrder(1));
    auto s = m_store->open(first, kPacker);
    STATION_VERIFY_OK(s);
    packFully(**s, first, QStringLiteral("SN-7"));
    STATION_VERIFY_OK(m_store->close(**s, kPacker));

    const qint64 second = insert(packOrder(2));
    auto t = m_store->open(second, kPacker);
    STATION_VERIFY_OK(t);
    const ScanOutcome dup = (*t)->scan(phoneWithSerial(QStringLiteral("SN-7")), kToday);
    QCOMPARE(dup.kind, ScanKind::DuplicateSerial);
    QCOMPARE((*t)->lines().at(1).packed, 0);
    QVERIFY((*t)->scan(phoneWithSerial(QStringLiteral("SN-8")), kToday).accepted);
}

void TestPackStore::serialRaceLeavesSecondPackUntouched()
{
    // Two packs open at once both scan serial SN-9 (neither has shipped yet); the second close must fail
    // and store nothing.
    const qint64 a = insert(packOrder(1));
    const qint64 b = insert(packOrder(2));
    auto sa = m_store->open(a, kPacker);
    auto sb = m_store->open(b, kPacker);
    STATION_VERIFY_OK(sa);
    STATION_VERIFY_OK(sb);
    packFully(**sa, a, QStringLiteral("SN-9"));
    packFully(**sb, b, QStringLiteral("SN-9"));
    STATION_VERIFY_OK(m_store->close(**sa, kPacker));
    auto second = m_store->close(**sb, kPacker);
    QVERIFY(!second);
    QCOMPARE(second.error().code, Error::Code::Conflict);
    QVERIFY(second.error().message.contains(QLatin1String("SN-9")));
    QCOMPARE(OrderStore(*m_db, m_clock, kStation).findById(b)->status, OrderStatus::Packing);
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM shipments WHERE order_id = ?"), {b}), 0);
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM parcels WHERE order_id = ?"), {b}), 0);
    // Reopened, the pack knows SN-9 has shipped and drops that step: the packer scans another unit.
    auto again = m_store->open(b, kPacker);
    STATION_VERIFY_OK(again);
    QCOMPARE((*again)->lines().at(1).packed, 0);
    QCOMPARE((*again)->lines().at(0).packed, 2);
}

void TestPackStore::splitLinesPackOnlyWhatShips()
{
    Order o = packOrder(1);
    o.lines[0].quantity = 3;
    const qint64 id = insert(o);
    QVERIFY(m_db->connection()
                .exec(QStringLiteral("UPDATE order_lines SET short_quantity = 1 WHERE line_id = 'L1'"))
                .lastError()
                .type() == QSqlError::NoError);
    QVERIFY(m_db->connection()
                .exec(QStringLiteral("UPDATE order_lines SET short_quantity = 1 WHERE line_id = 'L2'"))
                .lastError()
                .type() == QSqlError::NoError);
    auto s = m_store->open(id, kPacker);
    STATION_VERIFY_OK(s);
    // The phone was split off entirely; two of the three mugs ship.
    QCOMPARE((*s)->lines().size(), 1);
    QCOMPARE((*s)->lines().constFirst().expected, 2);
    QCOMPARE((*s)->scan(phoneWithSerial(QStringLiteral("SN-1")), kToday).kind, ScanKind::WrongItem);
}

void TestPackStore::wrongItemIsNamedFromCatalogue()
{
    QVERIFY(m_db->connection()
                .exec(QStringLiteral("INSERT INTO products (sku, gtin, name, currency) VALUES ('SP-MUG-RED', '%1', "
                                     "'Ceramic mug 350 ml, Red', 'ZAR')")
                          .arg(kRedMug))
                .lastError()
                .type() == QSqlError::NoError);
    const qint64 id = insert(packOrder(1));
    auto s = m_store->open(id, kPacker);
    STATION_VERIFY_OK(s);
    const ScanOutcome wrong = (*s)->scan(kRedMug, kToday);
    QCOMPARE(wrong.kind, ScanKind::WrongItem);
    QVERIFY2(wrong.message.contains(QLatin1String("Ceramic mug 350 ml, Red")), qPrintable(wrong.message));
}

void TestPackStore::lineWithoutGtinScansByCatalogueGtin()
{
    Order o = packOrder(1);
    o.lines[0].gtin.clear(); // the marketplace sent no GTIN for the mugs; the catalogue knows it
    QVERIFY(m_db->connection()
                .exec(QStringLiteral("INSERT INTO products (sku, gtin, name, currency) VALUES ('%1', '%2', 'Blue mug', "
                                     "'ZAR')")
                          .arg(o.lines[0].sku, kMug))
                .lastError()
                .type() == QSqlError::NoError);
    const qint64 id = insert(o);
    auto s = m_store->open(id, kPacker);
    STATION_VERIFY_OK(s);
    const ScanOutcome out = (*s)->scan(kMug, kToday);
    QVERIFY2(out.accepted, qPrintable(out.detail));
    QCOMPARE(out.lineId, QStringLiteral("L1"));
}

QTEST_GUILESS_MAIN(TestPackStore)
#include "TestPackStore.moc"
