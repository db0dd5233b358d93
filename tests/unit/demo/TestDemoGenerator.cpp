// DemoGenerator: the same seed always gives the same orders and the same database; what it writes is a
// healthy database in which every order is internally consistent (GTINs, totals, a legal status history,
// tracking numbers with their carrier's check digit), with a realistic spread of statuses and countries.

#include "../TestSupport.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "domain/CheckDigits.h"
#include "domain/FulfilmentStateMachine.h"
#include "domain/Gtin.h"
#include "storage/AuditLog.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/OrderStore.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace saypro;
using namespace saypro::test;

namespace {

const QString kStation = QStringLiteral("DEMO-01");
constexpr qint64 kOrders = 500;
constexpr quint64 kSeed = 20260302;

QDateTime demoNow()
{
    return utc(2026, 3, 2, 10, 0, 0, 0);
}

/// True when `tracking` carries the right check digit for `carrier` (as the demo writes them).
bool trackingChecks(const QString& carrier, const QString& tracking, QString* why)
{
    auto digit = [](QChar c) { return c.isDigit() ? c.unicode() - u'0' : -1; };
    std::optional<int> expected;
    int actual = -1;
    if (carrier == QLatin1String("ups")) {
        if (tracking.size() != 18 || !tracking.startsWith(QLatin1String("1Z")))
            return *why = QStringLiteral("not a 1Z number"), false;
        expected = CheckDigits::ups(tracking.mid(2, 15));
        actual = digit(tracking.at(17));
    } else if (carrier == QLatin1String("dhl")) {
        if (tracking.size() != 10)
            return *why = QStringLiteral("not 10 digits"), false;
        expected = CheckDigits::dhlExpress(tracking.left(9));
        actual = digit(tracking.at(9));
    } else if (carrier == QLatin1String("s10")) {
        if (tracking.size() != 13 || !tracking.at(0).isUpper() || !tracking.at(1).isUpper() ||
            !tracking.at(11).isUpper() || !tracking.at(12).isUpper())
            return *why = QStringLiteral("not an S10 number"), false;
        expected = CheckDigits::upuS10(tracking.mid(2, 8));
        actual = digit(tracking.at(10));
    } else if (carrier == QLatin1String("fedex")) {
        if (tracking.size() != 12)
            return *why = QStringLiteral("not 12 digits"), false;
        expected = CheckDigits::fedexExpress(tracking.left(11));
        actual = digit(tracking.at(11));
    } else {
        return *why = QStringLiteral("unknown carrier %1").arg(carrier), false;
    }
    if (!expected || *expected != actual)
        return *why = QStringLiteral("check digit %1, expected %2").arg(actual).arg(expected.value_or(-1)), false;
    return true;
}

/// Every table's rows, in a stable order, with each value's SQLite type: equal digests, equal databases.
QByteArray contentDigest(Database& db, QStringList* perTable = nullptr)
{
    QCryptographicHash all(QCryptographicHash::Sha256);
    const QStringList tables = {
        QStringLiteral("meta"),         QStringLiteral("warehouses"), QStringLiteral("locations"),
        QStringLiteral("products"),     QStringLiteral("orders"),     QStringLiteral("order_lines"),
        QStringLiteral("audit_log"),    QStringLiteral("shipments"),  QStringLiteral("parcels"),
        QStringLiteral("parcel_items"), QStringLiteral("outbox"),     QStringLiteral("scan_log")};
    for (const QString& table : tables) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        QSqlQuery q(db.connection());
        q.setForwardOnly(true);
        // Every table has a primary key; ordering by all columns keeps WITHOUT ROWID tables stable too.
        QSqlQuery cols(db.connection());
        QStringList names;
        if (cols.exec(QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table)))
            while (cols.next())
                names << cols.value(0).toString();
        QStringList typed;
        for (const QString& n : names)
            typed << n << QStringLiteral("typeof(%1)").arg(n);
        if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3").arg(typed.join(u','), table, names.join(u','))))
            return QByteArray("query failed: ") + q.lastError().text().toUtf8();
        qint64 rows = 0;
        while (q.next()) {
            ++rows;
            for (int i = 0; i < typed.size(); ++i) {
                const QVariant v = q.value(i);
                h.addData(v.typeId() == QMetaType::QByteArray ? v.toByteArray().toHex() : v.toString().toUtf8());
                h.addData(QByteArrayView("\x1f", 1));
            }
            h.addData(QByteArrayView("\x1e", 1));
        }
        const QByteArray tableHash = h.result();
        if (perTable)
            *perTable
                << QStringLiteral("%1:%2:%3").arg(table).arg(rows).arg(QString::fromLatin1(tableHash.toHex().left(12)));
        all.addData(table.toUtf8());
        all.addData(tableHash);
    }
    return all.result();
}

QString describe(const Order& o)
{
    return o.number + u' ' + OrderStatuses::key(o.status);
}

} // namespace

class TestDemoGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void catalogueIsValid();
    void sameSeedSameOrders_data();
    void sameSeedSameOrders();
    void differentSeedsDiffer();
    void sameSeedSameDatabase();
    void differentSeedDifferentDatabase();
    void generatedDatabaseIsHealthy();
    void everyStoredOrderIsConsistent();
    void historiesAreLegalAndInThePast_data();
    void historiesAreLegalAndInThePast();
    void spreadOfStatusesAndCountries();
    void secondRunAppends();
    void refusesImpossibleCounts();

private:
    /// Generates `count` orders with `seed` into a new file in m_dir; the clock is the fixed demo time.
    std::unique_ptr<Database> generateInto(const QString& name, qint64 count, quint64 seed,
                                           DemoSummary* summary = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db; ///< kOrders orders from kSeed, shared by the read-only tests
    DemoSummary m_summary;
};

std::unique_ptr<Database> TestDemoGenerator::generateInto(const QString& name, qint64 count, quint64 seed,
                                                          DemoSummary* summary)
{
    auto db = Database::open(m_dir->filePath(name));
    if (!db) {
        qWarning() << db.error().toString();
        return {};
    }
    ManualClock clock(demoNow());
    QList<QPair<qint64, qint64>> progress;
    auto generated = DemoGenerator::generate(**db, clock, count, seed, kStation,
                                             [&](qint64 done, qint64 total) { progress << qMakePair(done, total); });
    if (!generated) {
        qWarning() << generated.error().toString();
        return {};
    }
    if (count > 0 && (progress.isEmpty() || progress.last() != qMakePair(count, count))) {
        qWarning() << "progress did not end at" << count << progress;
        return {};
    }
    if (summary)
        *summary = *generated;
    return std::move(*db);
}

void TestDemoGenerator::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(demoNow());
    m_db = generateInto(QStringLiteral("demo.db"), kOrders, kSeed, &m_summary);
    QVERIFY(m_db);
}

void TestDemoGenerator::cleanupTestCase()
{
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestDemoGenerator::catalogueIsValid()
{
    const QList<Product> products = DemoGenerator::catalogue();
    QVERIFY(products.size() >= 20);
    QSet<QString> skus;
    QSet<QString> gtins;
    QSet<QString> warehouses;
    for (const Warehouse& w : DemoGenerator::warehouses())
        warehouses.insert(w.code);
    for (const Product& p : products) {
        QVERIFY2(Gtin::isValid(p.gtin), qPrintable(p.sku + u' ' + p.gtin));
        QVERIFY2(p.gtin.startsWith(QLatin1String("600")), qPrintable(p.gtin)); // GS1 South Africa
        QVERIFY2(!skus.contains(p.sku), qPrintable(p.sku));
        QVERIFY2(!gtins.contains(p.gtin), qPrintable(p.gtin));
        skus.insert(p.sku);
        gtins.insert(p.gtin);
        for (QChar c : p.sku)
            QVERIFY2(c.unicode() < 128 && (c.isUpper() || c.isDigit() || c == u'-'), qPrintable(p.sku));
        QVERIFY(p.unitPriceMinor > 0);
        QVERIFY(p.weightGrams > 0);
        QVERIFY(p.location.isValid());
        QVERIFY(warehouses.contains(p.location.warehouse()));
        const auto parsed = Location::parse(p.location.code());
        QVERIFY2(parsed && *parsed == p.location, qPrintable(p.location.code()));
    }
    // Stored: one row per catalogue entry (no SKU silently overwriting another), each findable.
    CatalogueStore store(*m_db);
    QCOMPARE(*store.productCount(), qint64(products.size()));
    QCOMPARE(m_summary.products, qint64(products.size()));
    for (const Product& p : products) {
        auto bySku = store.productBySku(p.sku);
        STATION_VERIFY_OK(bySku);
        QVERIFY(*bySku == p);
        auto byGtin = store.productByGtin(p.gtin);
        STATION_VERIFY_OK(byGtin);
        QCOMPARE(byGtin->sku, p.sku);
    }
}

void TestDemoGenerator::sameSeedSameOrders_data()
{
    QTest::addColumn<qint64>("index");
    QTest::addColumn<qint64>("total");
    for (qint64 index : {0, 1, 2, 17, 250, 498, 499})
        QTest::addRow("%lld of 500", static_cast<long long>(index)) << index << qint64(500);
    for (qint64 index : {0, 123456, 999999})
        QTest::addRow("%lld of a million", static_cast<long long>(index)) << index << qint64(1'000'000);
}

void TestDemoGenerator::sameSeedSameOrders()
{
    QFETCH(qint64, index);
    QFETCH(qint64, total);
    const DemoGenerator a(kSeed, demoNow());
    const DemoGenerator b(kSeed, demoNow().toTimeZone(QTimeZone(2 * 3600))); // the same instant, other zone
    // Made in a different order, so nothing depends on what was generated before.
    const DemoOrder other = b.makeOrder(index + 1, total);
    Q_UNUSED(other);
    const DemoOrder x = a.makeOrder(index, total);
    const DemoOrder y = b.makeOrder(index, total);
    compareOrders(x.order, y.order);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(x.order.number, QStringLiteral("SP-%1").arg(index + 1, 8, 10, QLatin1Char('0')));
    QCOMPARE(x.history.size(), y.history.size());
    for (qsizetype i = 0; i < x.history.size(); ++i) {
        QCOMPARE(x.history.at(i).to, y.history.at(i).to);
        QCOMPARE(x.history.at(i).at, y.history.at(i).at);
        QCOMPARE(x.history.at(i).actor, y.history.at(i).actor);
    }
    QCOMPARE(x.shipment.has_value(), y.shipment.has_value());
    if (x.shipment) {
        QCOMPARE(x.shipment->carrier, y.shipment->carrier);
        QCOMPARE(x.shipment->service, y.shipment->service);
        QCOMPARE(x.shipment->trackingNumber, y.shipment->trackingNumber);
        QCOMPARE(x.shipment->weightGrams, y.shipment->weightGrams);
    }
}

void TestDemoGenerator::differentSeedsDiffer()
{
    const DemoGenerator a(kSeed, demoNow());
    const DemoGenerator b(kSeed + 1, demoNow());
    int differing = 0;
    for (qint64 i = 0; i < 50; ++i) {
        const Order x = a.makeOrder(i, 500).order;
        const Order y = b.makeOrder(i, 500).order;
        QCOMPARE(x.number, y.number); // numbering is by index, not by seed
        if (x.customer.name != y.customer.name || x.lines != y.lines || x.confirmedAt != y.confirmedAt)
            ++differing;
    }
    QVERIFY2(differing >= 45, qPrintable(QString::number(differing)));
}

void TestDemoGenerator::sameSeedSameDatabase()
{
    DemoSummary summary;
    auto again = generateInto(QStringLiteral("again.db"), kOrders, kSeed, &summary);
    QVERIFY(again);
    QCOMPARE(summary.orders, m_summary.orders);
    QCOMPARE(summary.products, m_summary.products);
    QCOMPARE(summary.auditRows, m_summary.auditRows);
    QCOMPARE(summary.shipments, m_summary.shipments);
    QStringList first;
    QStringList second;
    const QByteArray a = contentDigest(*m_db, &first);
    const QByteArray b = contentDigest(*again, &second);
    QCOMPARE(second, first); // per table: name, rows, digest
    QCOMPARE(b, a);
}

void TestDemoGenerator::differentSeedDifferentDatabase()
{
    auto other = generateInto(QStringLiteral("other.db"), kOrders, kSeed + 1);
    QVERIFY(other);
    QStringList first;
    QStringList second;
    QVERIFY(contentDigest(*m_db, &first) != contentDigest(*other, &second));
    // Same catalogue, different orders.
    QCOMPARE(second.at(3), first.at(3));
    QVERIFY(second.at(4) != first.at(4));
}

void TestDemoGenerator::generatedDatabaseIsHealthy()
{
    QCOMPARE(m_summary.orders, kOrders);
    auto report = DatabaseCheck::run(*m_db);
    STATION_VERIFY_OK(report);
    QVERIFY2(report->integrityOk, qPrintable(report->integrityMessages.join(u';')));
    QCOMPARE(report->schemaVersion, report->expectedSchemaVersion);
    QCOMPARE(report->foreignKeyViolations, qint64(0));
    QVERIFY2(report->auditOk, qPrintable(report->auditProblem));
    QVERIFY(report->ok());
    QCOMPARE(report->auditRowsChecked, m_summary.auditRows);
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), m_summary.auditRows);
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM orders")), kOrders);
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM shipments")), m_summary.shipments);
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM parcels")), m_summary.shipments);
    // Demo data is history: nothing waits in the outbox to be pushed to a real marketplace.
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM outbox")), qint64(0));
    OrderStore store(*m_db, *m_clock, kStation);
    QCOMPARE(*store.count(OrderFilter{}), kOrders);
}

void TestDemoGenerator::everyStoredOrderIsConsistent()
{
    OrderStore store(*m_db, *m_clock, kStation);
    QSet<QString> warehouses;
    for (const Warehouse& w : DemoGenerator::warehouses())
        warehouses.insert(w.code);
    QSqlQuery parcels(m_db->connection());
    QVERIFY(parcels.prepare(
        QStringLiteral("SELECT s.carrier, p.tracking_number, p.weight_g, "
                       "(SELECT coalesce(sum(quantity), 0) FROM parcel_items WHERE parcel_id = p.id) "
                       "FROM parcels p JOIN shipments s ON s.id = p.shipment_id WHERE p.order_id = ?")));
    for (qint64 id = 1; id <= kOrders; ++id) {
        auto loaded = store.findById(id);
        STATION_VERIFY_OK(loaded);
        const Order& o = *loaded;
        const QString what = describe(o);

        // Lines: valid GTINs from the catalogue, sensible quantities.
        QVERIFY2(!o.lines.isEmpty(), qPrintable(what));
        for (const OrderLine& l : o.lines) {
            QVERIFY2(Gtin::isValid(l.gtin), qPrintable(what + u' ' + l.gtin));
            QVERIFY2(l.quantity > 0 && l.unitPriceMinor > 0, qPrintable(what));
            QVERIFY2(l.totalMinor() > 0, qPrintable(what));
        }
        // Totals add up: lines - discount + shipping + tax.
        QCOMPARE(o.itemsSubtotalMinor() - o.discountMinor + o.shippingMinor + o.taxMinor, o.totalMinor);
        QVERIFY2(o.discountMinor >= 0 && o.shippingMinor >= 0 && o.taxMinor >= 0, qPrintable(what));
        // Where and in what currency.
        QVERIFY2(o.shipTo.country == QLatin1String("ZA") || o.shipTo.country == QLatin1String("US"), qPrintable(what));
        QCOMPARE(o.currency, o.shipTo.country == QLatin1String("ZA") ? QStringLiteral("ZAR") : QStringLiteral("USD"));
        if (o.shipTo.country == QLatin1String("ZA"))
            QCOMPARE(o.taxMinor, (o.itemsSubtotalMinor() - o.discountMinor + o.shippingMinor) * 15 / 100);
        else
            QCOMPARE(o.taxMinor, qint64(0));
        QVERIFY2(warehouses.contains(o.warehouse), qPrintable(what + u' ' + o.warehouse));
        // Times in order, none in the future.
        QVERIFY2(o.placedAt <= o.confirmedAt, qPrintable(what));
        QVERIFY2(o.confirmedAt <= demoNow(), qPrintable(what));
        QVERIFY2(o.updatedAt <= demoNow(), qPrintable(what + u' ' + o.updatedAt.toString(Qt::ISODateWithMs)));
        QVERIFY2(o.shipBy > o.confirmedAt, qPrintable(what));

        // The history is a legal walk from new to the order's status.
        auto history = store.history(o.number);
        STATION_VERIFY_OK(history);
        QVERIFY2(!history->isEmpty(), qPrintable(what));
        QCOMPARE(history->first().action, QStringLiteral("created"));
        QCOMPARE(history->first().to, QStringLiteral("new"));
        QString previous = QStringLiteral("new");
        QDateTime previousAt = history->first().at;
        bool reachedShipped = false;
        bool reachedDelivered = false;
        for (qsizetype i = 1; i < history->size(); ++i) {
            const StatusChange& c = history->at(i);
            QCOMPARE(c.action, QStringLiteral("status_changed"));
            QCOMPARE(c.from, previous);
            const auto from = OrderStatuses::fromKey(c.from);
            const auto to = OrderStatuses::fromKey(c.to);
            QVERIFY2(from && to, qPrintable(what + u' ' + c.to));
            QVERIFY2(FulfilmentStateMachine::isAllowed(*from, *to),
                     qPrintable(what + QStringLiteral(": ") + c.from + QStringLiteral(" -> ") + c.to));
            QVERIFY2(c.at >= previousAt, qPrintable(what + QStringLiteral(": time goes back at ") + c.to));
            QVERIFY2(c.at <= demoNow(), qPrintable(what + QStringLiteral(": ") + c.to + QStringLiteral(" at ") +
                                                   c.at.toString(Qt::ISODateWithMs)));
            QCOMPARE(c.station, kStation);
            QVERIFY(!c.actor.isEmpty());
            reachedShipped = reachedShipped || *to == OrderStatus::Shipped;
            reachedDelivered = reachedDelivered || *to == OrderStatus::Delivered;
            previous = c.to;
            previousAt = c.at;
        }
        QCOMPARE(previous, OrderStatuses::key(o.status));
        QCOMPARE(o.updatedAt, previousAt);
        QCOMPARE(reachedShipped, OrderStatuses::hasShipped(o.status));
        QCOMPARE(o.shippedAt.isValid(), reachedShipped);
        QCOMPARE(o.deliveredAt.isValid(), reachedDelivered);
        if (o.shippedAt.isValid() && o.deliveredAt.isValid())
            QVERIFY2(o.shippedAt < o.deliveredAt, qPrintable(what));

        // Shipped and labelled orders have one parcel with a tracking number that passes its carrier's check
        // digit; a packed order has its parcel and no number yet.
        parcels.addBindValue(o.id);
        QVERIFY(parcels.exec());
        int parcelCount = 0;
        const bool packedOnly = o.status == OrderStatus::Packed;
        while (parcels.next()) {
            ++parcelCount;
            const QString carrier = parcels.value(0).toString();
            const QString tracking = parcels.value(1).toString();
            if (packedOnly) {
                QVERIFY2(carrier.isEmpty() && parcels.value(1).isNull(), qPrintable(what + u' ' + tracking));
            } else {
                QString why;
                QVERIFY2(trackingChecks(carrier, tracking, &why),
                         qPrintable(what + u' ' + carrier + u' ' + tracking + QStringLiteral(": ") + why));
            }
            QVERIFY(parcels.value(2).toInt() > 0);
            QCOMPARE(parcels.value(3).toInt(), o.totalUnits());
            if (o.serviceLevel == ServiceLevel::International && !packedOnly)
                QCOMPARE(carrier, QStringLiteral("ups"));
        }
        const bool atLabelBench = o.status == OrderStatus::Packed || o.status == OrderStatus::Labelled;
        QCOMPARE(parcelCount, OrderStatuses::hasShipped(o.status) || atLabelBench ? 1 : 0);
        if (QTest::currentTestFailed())
            return;
    }
}

void TestDemoGenerator::historiesAreLegalAndInThePast_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<quint64>("seed");
    // Large totals spread orders over a year, so the old statuses (returns, closed) appear too.
    QTest::addRow("500 orders") << qint64(500) << kSeed;
    QTest::addRow("50 000 orders") << qint64(50'000) << quint64(7);
    QTest::addRow("a million orders") << qint64(1'000'000) << quint64(42);
}

void TestDemoGenerator::historiesAreLegalAndInThePast()
{
    QFETCH(qint64, total);
    QFETCH(quint64, seed);
    const DemoGenerator generator(seed, demoNow());
    QSet<OrderStatus> statuses;
    const qint64 samples = 3000;
    for (qint64 k = 0; k < samples; ++k) {
        const qint64 index = total <= samples ? k % total : k * (total / samples);
        const DemoOrder d = generator.makeOrder(index, total);
        const Order& o = d.order;
        const QString what = describe(o);
        statuses.insert(o.status);
        OrderStatus previous = OrderStatus::New;
        QDateTime previousAt = o.confirmedAt;
        for (const DemoStep& step : d.history) {
            QVERIFY2(FulfilmentStateMachine::isAllowed(previous, step.to),
                     qPrintable(what + QStringLiteral(": ") + OrderStatuses::key(previous) + QStringLiteral(" -> ") +
                                OrderStatuses::key(step.to)));
            QVERIFY2(step.at >= previousAt, qPrintable(what + QStringLiteral(": time goes back")));
            QVERIFY2(step.at <= demoNow(), qPrintable(what + QStringLiteral(": ") + OrderStatuses::key(step.to) +
                                                      QStringLiteral(" at ") + step.at.toString(Qt::ISODateWithMs)));
            previous = step.to;
            previousAt = step.at;
        }
        QCOMPARE(previous, o.status);
        QCOMPARE(o.itemsSubtotalMinor() - o.discountMinor + o.shippingMinor + o.taxMinor, o.totalMinor);
        for (const OrderLine& l : o.lines)
            QVERIFY(Gtin::isValid(l.gtin));
        // Shipped orders, and those at the label bench (packed: a parcel without a label yet; labelled).
        const bool atLabelBench = o.status == OrderStatus::Packed || o.status == OrderStatus::Labelled;
        QCOMPARE(d.shipment.has_value(), OrderStatuses::hasShipped(o.status) || atLabelBench);
        if (d.shipment && o.status == OrderStatus::Packed) {
            QCOMPARE(d.shipment->status, QStringLiteral("packed"));
            QVERIFY(d.shipment->trackingNumber.isEmpty());
        } else if (d.shipment) {
            QString why;
            QVERIFY2(trackingChecks(d.shipment->carrier, d.shipment->trackingNumber, &why),
                     qPrintable(what + u' ' + d.shipment->trackingNumber + QStringLiteral(": ") + why));
        }
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY2(statuses.size() >= 8, qPrintable(QString::number(statuses.size())));
}

void TestDemoGenerator::spreadOfStatusesAndCountries()
{
    QHash<QString, qint64> byStatus;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT status, count(*) FROM orders GROUP BY status")));
    while (q.next())
        byStatus.insert(q.value(0).toString(), q.value(1).toLongLong());
    QVERIFY2(byStatus.size() >= 6, qPrintable(QStringList(byStatus.keys()).join(u',')));
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
        QVERIFY2(OrderStatuses::fromKey(it.key()).has_value(), qPrintable(it.key()));
        QVERIFY2(it.value() < kOrders * 3 / 4, qPrintable(it.key())); // no status swamps the rest
    }
    // Work for the packers: some orders are still to be picked or packed.
    qint64 open = 0;
    for (const char* k : {"new", "verified", "ready", "picking", "picked", "packing", "packed", "labelled"})
        open += byStatus.value(QString::fromLatin1(k));
    QVERIFY(open > 0);
    QVERIFY(byStatus.value(QStringLiteral("delivered")) + byStatus.value(QStringLiteral("in_transit")) > 0);

    const qint64 za = scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM orders WHERE ship_country = 'ZA'"));
    const qint64 us = scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM orders WHERE ship_country = 'US'"));
    QVERIFY(za > 0);
    QVERIFY(us > 0);
    QCOMPARE(za + us, kOrders);
    QVERIFY(za > us); // a South African marketplace with some exports
    // More than one warehouse and service level in use.
    QVERIFY(scalarInt(*m_db, QStringLiteral("SELECT count(DISTINCT warehouse) FROM orders")) >= 2);
    QVERIFY(scalarInt(*m_db, QStringLiteral("SELECT count(DISTINCT service_level) FROM orders")) >= 3);
}

void TestDemoGenerator::secondRunAppends()
{
    DemoSummary first;
    auto db = generateInto(QStringLiteral("twice.db"), 120, 5, &first);
    QVERIFY(db);
    ManualClock clock(demoNow().addDays(1));
    auto second = DemoGenerator::generate(*db, clock, 80, 6, kStation);
    STATION_VERIFY_OK(second);
    QCOMPARE(second->orders, qint64(80));
    QCOMPARE(scalarInt(*db, QStringLiteral("SELECT count(*) FROM orders")), qint64(200));
    QCOMPARE(scalarInt(*db, QStringLiteral("SELECT count(DISTINCT number) FROM orders")), qint64(200));
    QCOMPARE(scalarInt(*db, QStringLiteral("SELECT count(*) FROM products")), first.products);
    auto report = DatabaseCheck::run(*db);
    STATION_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->auditProblem + report->integrityMessages.join(u';')));
    QCOMPARE(report->auditRowsChecked, first.auditRows + second->auditRows);
    OrderStore store(*db, clock, kStation);
    STATION_VERIFY_OK(store.findByNumber(QStringLiteral("SP-00000200")));
}

void TestDemoGenerator::refusesImpossibleCounts()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("refuse.db")));
    STATION_VERIFY_OK(db);
    ManualClock clock(demoNow());
    for (qint64 count : {qint64(-1), qint64(50'000'001)}) {
        auto r = DemoGenerator::generate(**db, clock, count, kSeed, kStation);
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, Error::Code::InvalidArgument);
    }
    QCOMPARE(scalarInt(**db, QStringLiteral("SELECT count(*) FROM orders")), qint64(0));
    auto none = DemoGenerator::generate(**db, clock, 0, kSeed, kStation);
    STATION_VERIFY_OK(none);
    QCOMPARE(none->orders, qint64(0));
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
