// OrderStore: every field survives a round trip (Unicode, large money values), keyset paging returns each
// order once, newest first, counting and every kind of search, and a duplicate order writes nothing.

#include "../TestSupport.h"

#include "common/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <limits>

using namespace saypro;
using namespace saypro::test;

namespace {

const QString kStation = QStringLiteral("JHB1-PACK-01");

OrderLine line(const QString& id, const QString& sku, const QString& gtin, const QString& name, int quantity,
               qint64 unitPrice, qint64 discount = 0)
{
    OrderLine l;
    l.lineId = id;
    l.sku = sku;
    l.gtin = gtin;
    l.name = name;
    l.quantity = quantity;
    l.unitPriceMinor = unitPrice;
    l.discountMinor = discount;
    l.weightGrams = 250;
    return l;
}

/// An order that uses every field, with text in the scripts and languages customers write in.
Order richOrder()
{
    Order o;
    o.marketplaceId = QStringLiteral("ord_9f3c2a7e-ü");
    o.number = QStringLiteral("SP-00424242");
    o.version = 7;
    o.status = OrderStatus::Verified;
    o.placedAt = utc(2026, 2, 27, 21, 58, 13, 481);
    o.confirmedAt = utc(2026, 2, 27, 22, 0, 1, 2);
    o.shipBy = utc(2026, 3, 3, 21, 59, 59);
    o.shippedAt = utc(2026, 3, 1, 9, 0, 0, 999);
    o.deliveredAt = utc(2026, 3, 2, 15, 45, 0, 1);
    o.updatedAt = utc(2026, 3, 2, 15, 45, 0, 1);
    o.serviceLevel = ServiceLevel::SameDay;
    o.paymentStatus = PaymentStatus::Pending;
    o.currency = QStringLiteral("ZAR");
    o.shippingMinor = 19900;
    o.taxMinor = 4'000'000'000'000'000'000;
    o.discountMinor = 123'456'789'012;
    o.totalMinor = std::numeric_limits<qint64>::max();
    o.customer.name = QStringLiteral("Zoë Ndlovu-Müller");
    o.customer.email = QStringLiteral("zoë.ndlovu@example.co.za");
    o.customer.phone = QStringLiteral("+27821234567");
    o.customer.locale = QStringLiteral("zu-ZA");
    o.customer.notifyEmail = false;
    o.customer.notifySms = true;
    o.customer.notifyPush = true;
    o.shipTo.name = QStringLiteral("Nomvula Dlamini c/o Zoë Ndlovu-Müller");
    o.shipTo.line1 = QStringLiteral("17 Beyers Naudé Drive");
    o.shipTo.line2 = QStringLiteral("Eenheid 4, Kwa-Zulu Gardens");
    o.shipTo.suburb = QStringLiteral("Sonheuwel");
    o.shipTo.city = QStringLiteral("eThekwini");
    o.shipTo.region = QStringLiteral("KZN");
    o.shipTo.postalCode = QStringLiteral("4001");
    o.shipTo.country = QStringLiteral("ZA");
    o.instructions.giftWrap = true;
    o.instructions.giftMessage = QStringLiteral("Siyakuthanda, Gogo! Veels geluk met jou verjaarsdag 🎂🎉");
    o.instructions.fragile = true;
    o.instructions.deliveryWindow = QStringLiteral("Weekdays 08:00–12:00");
    o.instructions.customisation = QStringLiteral("Engrave: “Ngiyabonga — T & S 2026”");
    o.instructions.note =
        QStringLiteral("Sicela ushiye nonogada esangweni.\nLaat asseblief by die hek.\t'quotes' \"too\"");
    o.warehouse = QString(); // not allocated yet
    o.lines = {
        line(QStringLiteral("L1"), QStringLiteral("SP-MUG-BLU"), QStringLiteral("6009876000019"),
             QStringLiteral("Beker — blou, 350 ml"), 2, 12900, 500),
        line(QStringLiteral("L2"), QStringLiteral("SP-BILT-CHI"), QStringLiteral("036000291452"),
             QStringLiteral("Biltong, chilli 🌶️"), 1, 9'000'000'000'000'000),
        line(QStringLiteral("L3"), QStringLiteral("SP-HPH-BLA"), QString(), QStringLiteral("Headphones"), 3, 0),
    };
    o.lines[2].serialTracked = true;
    o.lines[0].fragile = true;
    o.lines[1].weightGrams = 0;
    return o;
}

} // namespace

class TestOrderStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cleanupTestCase();

    void roundTripEveryField();
    void roundTripWithWarehouseAndEmptyOptionals();
    void findByNumberNormalises();
    void findUnknownIsNotFound();
    void insertCreatesAuditRow();
    void insertRefusesMissingKeys();
    void duplicateIsConflictAndWritesNothing_data();
    void duplicateIsConflictAndWritesNothing();
    void pagingReturnsEveryOrderOnceNewestFirst_data();
    void pagingReturnsEveryOrderOnceNewestFirst();
    void pageSummaryFields();
    void countWithAndWithoutFilters();
    void search_data();
    void search();
    void searchCombinedWithStatus();

private:
    /// 30 orders with varied customers, lines and statuses; tracking number on SP-00000012.
    static void seedSearchData(Database& db, OrderStore& store, ManualClock& clock);
    /// A store holding seedSearchData(), made once and shared by the read-only search tests.
    OrderStore* searchStore();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderStore> m_store;

    std::unique_ptr<QTemporaryDir> m_searchDir;
    std::unique_ptr<ManualClock> m_searchClock;
    std::unique_ptr<Database> m_searchDb;
    std::unique_ptr<OrderStore> m_searchStore;
};

void TestOrderStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(utc(2026, 3, 2, 8, 0));
    auto db = Database::open(m_dir->filePath(QStringLiteral("station.db")));
    STATION_VERIFY_OK(db);
    m_db = std::move(*db);
    m_store = std::make_unique<OrderStore>(*m_db, *m_clock, kStation);
}

void TestOrderStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestOrderStore::cleanupTestCase()
{
    m_searchStore.reset();
    m_searchDb.reset();
    m_searchClock.reset();
    m_searchDir.reset();
}

void TestOrderStore::roundTripEveryField()
{
    Order o = richOrder();
    auto id = m_store->insert(o, QStringLiteral("marketplace"));
    STATION_VERIFY_OK(id);
    QCOMPARE(o.id, *id);
    QVERIFY(o.id > 0);
    for (const OrderLine& l : o.lines)
        QVERIFY(l.id > 0);

    auto loaded = m_store->findByNumber(o.number);
    STATION_VERIFY_OK(loaded);
    compareOrders(*loaded, o);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(loaded->placedAt.timeSpec(), Qt::UTC);
    QCOMPARE(loaded->itemsSubtotalMinor(), o.itemsSubtotalMinor());
    QCOMPARE(loaded->totalUnits(), 6);

    // The same order through another path and after reopening the file.
    auto byId = m_store->findById(*id);
    STATION_VERIFY_OK(byId);
    compareOrders(*byId, o);
    if (QTest::currentTestFailed())
        return;
    m_store.reset();
    m_db.reset();
    auto db = Database::open(m_dir->filePath(QStringLiteral("station.db")), Database::OpenMode::ReadOnly);
    STATION_VERIFY_OK(db);
    OrderStore readOnly(**db, *m_clock, kStation);
    auto reread = readOnly.findByNumber(o.number);
    STATION_VERIFY_OK(reread);
    compareOrders(*reread, o);
}

void TestOrderStore::roundTripWithWarehouseAndEmptyOptionals()
{
    {
        RawConnection raw(m_db->path());
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO warehouses(code, name, country, time_zone) "
                                        "VALUES('DBN1', 'SayPro Durban DC', 'ZA', 'Africa/Johannesburg')")));
    }
    Order o = sampleOrder(5, QStringLiteral("Nomvula"));
    o.warehouse = QStringLiteral("DBN1");
    o.placedAt = QDateTime();
    o.shipBy = QDateTime();
    o.currency = QStringLiteral("USD");
    o.serviceLevel = ServiceLevel::International;
    o.paymentStatus = PaymentStatus::Failed;
    o.shipTo.suburb.clear();
    o.lines.append(line(QStringLiteral("L2"), QStringLiteral("SP-TEE-XL"), QString(), QString(), 1, 19900));
    STATION_VERIFY_OK(m_store->insert(o, QStringLiteral("marketplace")));
    auto loaded = m_store->findByNumber(o.number);
    STATION_VERIFY_OK(loaded);
    compareOrders(*loaded, o);
    QVERIFY(!loaded->placedAt.isValid());
    QVERIFY(!loaded->shippedAt.isValid());
}

void TestOrderStore::findByNumberNormalises()
{
    Order o = sampleOrder(77);
    STATION_VERIFY_OK(m_store->insert(o, QStringLiteral("marketplace")));
    for (const QString& asked :
         {QStringLiteral("SP-00000077"), QStringLiteral("sp-00000077"), QStringLiteral("  SP-00000077\t")}) {
        auto r = m_store->findByNumber(asked);
        STATION_VERIFY_OK(r);
        QCOMPARE(r->id, o.id);
    }
}

void TestOrderStore::findUnknownIsNotFound()
{
    auto r = m_store->findByNumber(QStringLiteral("SP-99999999"));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, Error::Code::NotFound);
    QVERIFY(r.error().message.contains(QStringLiteral("SP-99999999")));
    QCOMPARE(m_store->findById(12345).error().code, Error::Code::NotFound);
}

void TestOrderStore::insertCreatesAuditRow()
{
    Order o = sampleOrder(3);
    m_clock->set(utc(2026, 3, 2, 9, 30, 0, 42));
    STATION_VERIFY_OK(m_store->insert(o, QStringLiteral("marketplace")));
    auto history = m_store->history(o.number);
    STATION_VERIFY_OK(history);
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().action, QStringLiteral("created"));
    QCOMPARE(history->first().to, QStringLiteral("new"));
    QCOMPARE(history->first().actor, QStringLiteral("marketplace"));
    QCOMPARE(history->first().station, kStation);
    QCOMPARE(history->first().at, m_clock->now());
    auto v = AuditLog(*m_db).verify();
    STATION_VERIFY_OK(v);
    QVERIFY(v->ok);
    QCOMPARE(v->rowsChecked, qint64(1));
    // An insert is not an event for the marketplace: it came from there.
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM outbox")), qint64(0));
}

void TestOrderStore::insertRefusesMissingKeys()
{
    Order noNumber = sampleOrder(1);
    noNumber.number = QStringLiteral("  ");
    QCOMPARE(m_store->insert(noNumber, QStringLiteral("marketplace")).error().code, Error::Code::InvalidArgument);
    Order noId = sampleOrder(2);
    noId.marketplaceId.clear();
    QCOMPARE(m_store->insert(noId, QStringLiteral("marketplace")).error().code, Error::Code::InvalidArgument);
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM orders")), qint64(0));
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), qint64(0));
}

void TestOrderStore::duplicateIsConflictAndWritesNothing_data()
{
    QTest::addColumn<bool>("sameNumber");
    QTest::addColumn<bool>("sameMarketplaceId");
    QTest::addRow("same order number") << true << false;
    QTest::addRow("same marketplace id") << false << true;
    QTest::addRow("both") << true << true;
}

void TestOrderStore::duplicateIsConflictAndWritesNothing()
{
    QFETCH(bool, sameNumber);
    QFETCH(bool, sameMarketplaceId);
    Order first = sampleOrder(10, QStringLiteral("Sipho Khumalo"));
    STATION_VERIFY_OK(m_store->insert(first, QStringLiteral("marketplace")));
    const qint64 orders = scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM orders"));
    const qint64 lines = scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM order_lines"));
    const qint64 audit = scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));

    Order second = sampleOrder(11, QStringLiteral("Lerato Mokoena"));
    if (sameNumber)
        second.number = first.number;
    if (sameMarketplaceId)
        second.marketplaceId = first.marketplaceId;
    second.lines.append(
        line(QStringLiteral("L2"), QStringLiteral("SP-TEE-M"), QString(), QStringLiteral("T-shirt"), 1, 19900));
    auto r = m_store->insert(second, QStringLiteral("marketplace"));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, Error::Code::Conflict);
    QVERIFY(!m_db->inTransaction());

    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM orders")), orders);
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM order_lines")), lines);
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
    auto kept = m_store->findByNumber(first.number);
    STATION_VERIFY_OK(kept);
    compareOrders(*kept, first);
    auto v = AuditLog(*m_db).verify();
    STATION_VERIFY_OK(v);
    QVERIFY(v->ok);

    // The store is still usable: a genuinely new order goes in.
    Order third = sampleOrder(12);
    STATION_VERIFY_OK(m_store->insert(third, QStringLiteral("marketplace")));
}

void TestOrderStore::pagingReturnsEveryOrderOnceNewestFirst_data()
{
    QTest::addColumn<int>("orders");
    QTest::addColumn<int>("pageSize");
    QTest::addRow("exact pages") << 30 << 10;
    QTest::addRow("ragged last page") << 31 << 7;
    QTest::addRow("page of one") << 5 << 1;
    QTest::addRow("one big page") << 12 << 100;
    QTest::addRow("empty") << 0 << 10;
}

void TestOrderStore::pagingReturnsEveryOrderOnceNewestFirst()
{
    QFETCH(int, orders);
    QFETCH(int, pageSize);
    QList<qint64> insertedIds;
    for (int i = 1; i <= orders; ++i) {
        Order o = sampleOrder(i);
        m_clock->advanceSecs(30);
        STATION_VERIFY_OK(m_store->insert(o, QStringLiteral("marketplace")));
        insertedIds.prepend(o.id); // newest first
    }
    QList<qint64> seen;
    std::optional<qint64> before;
    int pages = 0;
    for (;;) {
        auto page = m_store->page(OrderFilter{}, before, pageSize);
        STATION_VERIFY_OK(page);
        if (page->isEmpty())
            break;
        QVERIFY(page->size() <= pageSize);
        ++pages;
        for (const OrderSummary& s : *page)
            seen << s.id;
        before = page->last().id;
        QVERIFY(pages <= orders + 1);
    }
    QCOMPARE(seen, insertedIds);
    QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), orders);
    QCOMPARE(pages, (orders + pageSize - 1) / pageSize);
}

void TestOrderStore::pageSummaryFields()
{
    Order o = richOrder();
    STATION_VERIFY_OK(m_store->insert(o, QStringLiteral("marketplace")));
    auto page = m_store->page(OrderFilter{}, std::nullopt, 10);
    STATION_VERIFY_OK(page);
    QCOMPARE(page->size(), 1);
    const OrderSummary& s = page->first();
    QCOMPARE(s.id, o.id);
    QCOMPARE(s.number, o.number);
    QCOMPARE(s.status, o.status);
    QCOMPARE(s.customerName, o.customer.name);
    QCOMPARE(s.shipCity, o.shipTo.city);
    QCOMPARE(s.shipCountry, o.shipTo.country);
    QCOMPARE(s.confirmedAt, o.confirmedAt);
    QCOMPARE(s.shipBy, o.shipBy);
    QCOMPARE(s.shippedAt, o.shippedAt);
    QCOMPARE(s.serviceLevel, o.serviceLevel);
    QCOMPARE(s.warehouse, o.warehouse);
    QCOMPARE(s.totalMinor, o.totalMinor);
    QCOMPARE(s.currency, o.currency);
    QCOMPARE(s.units, o.totalUnits());
}

OrderStore* TestOrderStore::searchStore()
{
    if (m_searchStore)
        return m_searchStore.get();
    m_searchDir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_searchDir->filePath(QStringLiteral("search.db")));
    if (!db)
        return nullptr;
    m_searchDb = std::move(*db);
    m_searchClock = std::make_unique<ManualClock>(utc(2026, 3, 2, 8, 0));
    auto store = std::make_unique<OrderStore>(*m_searchDb, *m_searchClock, kStation);
    seedSearchData(*m_searchDb, *store, *m_searchClock);
    if (QTest::currentTestFailed())
        return nullptr;
    m_searchStore = std::move(store);
    return m_searchStore.get();
}

void TestOrderStore::seedSearchData(Database& db, OrderStore& store, ManualClock& clock)
{
    const QStringList names = {QStringLiteral("Nomvula Dlamini"),     QStringLiteral("Zoë Ndlovu-Müller"),
                               QStringLiteral("Johan van der Merwe"), QStringLiteral("Sipho Ndlovu"),
                               QStringLiteral("Anél Botha"),          QStringLiteral("Thandiwe Dlamini-Zuma")};
    for (int i = 1; i <= 30; ++i) {
        Order o = sampleOrder(i, names.at(i % names.size()));
        if (i % 3 == 0)
            o.status = OrderStatus::OnHold;
        if (i == 7)
            o.lines.append(line(QStringLiteral("L2"), QStringLiteral("SP-BILT-CHI"), QStringLiteral("4006381333931"),
                                QStringLiteral("Biltong"), 1, 11900));
        if (i == 8 || i == 9)
            o.lines.append(line(QStringLiteral("L2"), QStringLiteral("US-SODA-12"), QStringLiteral("036000291452"),
                                QStringLiteral("Soda (UPC-A)"), 1, 199));
        if (i == 21)
            o.lines.append(line(QStringLiteral("L2"), QStringLiteral("US-GUM-8"), QStringLiteral("96385074"),
                                QStringLiteral("Gum (EAN-8)"), 1, 99));
        clock.advanceSecs(10);
        STATION_VERIFY_OK(store.insert(o, QStringLiteral("marketplace")));
    }
    // A shipment for SP-00000012, as the shipping module would write it.
    RawConnection raw(db.path());
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO shipments(id, order_id, carrier, service, status, created_at) "
                                    "SELECT 1, id, 'ups', 'worldwide_express', 'labelled', 0 FROM orders "
                                    "WHERE number = 'SP-00000012'")));
    QVERIFY(raw.exec(QStringLiteral("INSERT INTO parcels(shipment_id, order_id, tracking_number, weight_g) "
                                    "SELECT 1, order_id, '1Z5R89390357567127', 900 FROM shipments WHERE id = 1")));
}

void TestOrderStore::countWithAndWithoutFilters()
{
    QCOMPARE(*m_store->count(OrderFilter{}), qint64(0));
    seedSearchData(*m_db, *m_store, *m_clock);
    if (QTest::currentTestFailed())
        return;
    auto all = m_store->count(OrderFilter{});
    STATION_VERIFY_OK(all);
    QCOMPARE(*all, qint64(30));
    QCOMPARE(*m_store->count(OrderFilter{QString(), OrderStatus::OnHold}), qint64(10));
    QCOMPARE(*m_store->count(OrderFilter{QString(), OrderStatus::New}), qint64(20));
    QCOMPARE(*m_store->count(OrderFilter{QString(), OrderStatus::Shipped}), qint64(0));
    QCOMPARE(*m_store->count(OrderFilter{QStringLiteral("Dlamini"), std::nullopt}), qint64(10));
    QCOMPARE(*m_store->count(OrderFilter{QStringLiteral("Dlamini"), OrderStatus::OnHold}), qint64(5));
    QCOMPARE(*m_store->count(OrderFilter{QStringLiteral("   "), std::nullopt}), qint64(30)); // blank = everything
    // count() and page() agree.
    auto page = m_store->page(OrderFilter{QStringLiteral("Dlamini"), OrderStatus::OnHold}, std::nullopt, 100);
    STATION_VERIFY_OK(page);
    QCOMPARE(page->size(), 5);
}

void TestOrderStore::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // order numbers, newest first
    auto numbers = [](std::initializer_list<int> ns) {
        QStringList out;
        for (int n : ns)
            out << QStringLiteral("SP-%1").arg(n, 8, 10, QLatin1Char('0'));
        return out;
    };
    // names.at(i % 6): 0 Nomvula Dlamini, 1 Zoë Ndlovu-Müller, 2 Johan van der Merwe, 3 Sipho Ndlovu,
    // 4 Anél Botha, 5 Thandiwe Dlamini-Zuma.
    QTest::addRow("full order number") << "SP-00000017" << numbers({17});
    QTest::addRow("order number prefix") << "SP-0000002" << numbers({29, 28, 27, 26, 25, 24, 23, 22, 21, 20});
    QTest::addRow("order number prefix, lower case") << "sp-0000003" << numbers({30});
    QTest::addRow("bare digits") << "7" << numbers({7});
    QTest::addRow("bare digits with zeros") << "00012" << numbers({12});
    QTest::addRow("marketplace id") << "ord_0000000019" << numbers({19});
    QTest::addRow("last name, also the start of a double-barrelled one")
        << "Dlamini" << numbers({30, 29, 24, 23, 18, 17, 12, 11, 6, 5});
    QTest::addRow("last name prefix, lower case") << "ndlo" << numbers({27, 25, 21, 19, 15, 13, 9, 7, 3, 1});
    QTest::addRow("last name prefix, upper case") << "NDLOVU-M" << numbers({25, 19, 13, 7, 1});
    QTest::addRow("hyphenated last name with umlaut") << "Ndlovu-Müller" << numbers({25, 19, 13, 7, 1});
    QTest::addRow("first name prefix") << "thand" << numbers({29, 23, 17, 11, 5});
    QTest::addRow("first name with accent") << "Anél" << numbers({28, 22, 16, 10, 4});
    QTest::addRow("full name prefix") << "Sipho Ndl" << numbers({27, 21, 15, 9, 3});
    QTest::addRow("SKU") << "SP-BILT-CHI" << numbers({7});
    QTest::addRow("SKU lower case") << "us-soda-12" << numbers({9, 8});
    QTest::addRow("GTIN-13") << "4006381333931" << numbers({7});
    QTest::addRow("GTIN-12 as stored") << "036000291452" << numbers({9, 8});
    QTest::addRow("GTIN-12 scanned as EAN-13") << "0036000291452" << numbers({9, 8});
    QTest::addRow("GTIN-12 as GTIN-14") << "00036000291452" << numbers({9, 8});
    QTest::addRow("GTIN-13 as GTIN-14") << "04006381333931" << numbers({7});
    QTest::addRow("GTIN-8 as GTIN-14") << "00000096385074" << numbers({21});
    QTest::addRow("GTIN-8 as stored") << "96385074" << numbers({21});
    QTest::addRow("tracking number") << "1Z5R89390357567127" << numbers({12});
    QTest::addRow("tracking number, lower case") << "1z5r89390357567127" << numbers({12});
    QTest::addRow("padded with spaces") << "  Anél  " << numbers({28, 22, 16, 10, 4});
    QTest::addRow("nothing") << "Pretorius" << QStringList();
    QTest::addRow("wrong check digit GTIN") << "4006381333932" << QStringList();
    QTest::addRow("SQL wildcard is literal") << "%" << QStringList();
    QTest::addRow("quote is literal") << "O'Brien" << QStringList();
}

void TestOrderStore::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    OrderStore* store = searchStore();
    QVERIFY(store);
    auto page = store->page(OrderFilter{text, std::nullopt}, std::nullopt, 100);
    STATION_VERIFY_OK(page);
    QStringList found;
    for (const OrderSummary& s : *page)
        found << s.number;
    QCOMPARE(found, expected);
    auto count = store->count(OrderFilter{text, std::nullopt});
    STATION_VERIFY_OK(count);
    QCOMPARE(*count, qint64(expected.size()));
}

void TestOrderStore::searchCombinedWithStatus()
{
    OrderStore* store = searchStore();
    QVERIFY(store);
    // Paging through a filtered result also returns each match once.
    QStringList found;
    std::optional<qint64> before;
    for (int guard = 0; guard < 20; ++guard) {
        auto page = store->page(OrderFilter{QStringLiteral("ndlovu"), OrderStatus::OnHold}, before, 2);
        STATION_VERIFY_OK(page);
        if (page->isEmpty())
            break;
        for (const OrderSummary& s : *page) {
            QCOMPARE(s.status, OrderStatus::OnHold);
            found << s.number;
        }
        before = page->last().id;
    }
    QCOMPARE(found,
             (QStringList{QStringLiteral("SP-00000027"), QStringLiteral("SP-00000021"), QStringLiteral("SP-00000015"),
                          QStringLiteral("SP-00000009"), QStringLiteral("SP-00000003")}));
}

QTEST_GUILESS_MAIN(TestOrderStore)
#include "TestOrderStore.moc"
