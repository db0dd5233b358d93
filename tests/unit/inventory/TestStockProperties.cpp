// Properties of the stock book that must hold whatever happens: many orders competing for the same units
// never oversell a bin, and after every step of long random sequences of reservations, releases, picks,
// restocks, adjustments, cycle counts and lower marketplace figures (including refused operations):
//   - on_hand >= 0, reserved >= 0 and on_hand >= reserved for every row (every order here is verified or
//     ready, so a shortfall is always released by the rebalance);
//   - reserved == the sum of the row's reservation rows, each reservation for its line's SKU;
//   - on_hand == the row's starting figure + the sum of its movements (the book balances), every movement
//     has its own outbox event;
//   - an operation is refused exactly when the arithmetic says so, and a refused one changes nothing.

#include "InventoryFixture.h"

#include "storage/AuditLog.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace saypro;
using namespace saypro::test;

namespace {
using F = InventoryFixture;

QString rowKey(const QString& sku, const QString& location)
{
    return QString(sku + u'@' + location);
}
} // namespace

class TestStockProperties final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void competingOrdersNeverOversell();
    void randomSequencesKeepTheBook_data();
    void randomSequencesKeepTheBook();

private:
    /// Empty when every invariant holds, else what is wrong.
    QString checkInvariants(InventoryFixture& f, const QHash<QString, int>& base);

    QTemporaryDir m_dir;
    int m_nextDb = 0;
};

void TestStockProperties::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestStockProperties::checkInvariants(InventoryFixture& f, const QHash<QString, int>& base)
{
    Database& db = f.db();
    if (const qint64 bad = scalarInt(db, QStringLiteral("SELECT count(*) FROM stock WHERE on_hand < 0 OR reserved < 0 "
                                                        "OR on_hand < reserved"));
        bad != 0)
        return QStringLiteral("%1 rows with negative or over-reserved stock:\n%2")
            .arg(bad)
            .arg(f.rows(QStringLiteral("SELECT sku, location, on_hand, reserved FROM stock WHERE on_hand < reserved "
                                       "OR on_hand < 0 OR reserved < 0")));
    if (const qint64 bad = scalarInt(
            db, QStringLiteral("SELECT count(*) FROM stock s WHERE s.reserved <> (SELECT coalesce(sum(r.quantity), 0) "
                               "FROM reservations r WHERE r.sku = s.sku AND r.location = s.location)"));
        bad != 0)
        return QStringLiteral("%1 rows whose reserved is not the sum of their reservations").arg(bad);
    if (const qint64 bad =
            scalarInt(db, QStringLiteral("SELECT count(*) FROM reservations r WHERE NOT EXISTS (SELECT 1 "
                                         "FROM stock s WHERE s.sku = r.sku AND s.location = r.location)"));
        bad != 0)
        return QStringLiteral("%1 reservations without a stock row").arg(bad);
    if (const qint64 bad = scalarInt(db, QStringLiteral("SELECT count(*) FROM reservations r JOIN order_lines l ON "
                                                        "l.id = r.order_line_id WHERE l.sku <> r.sku OR "
                                                        "l.order_id <> r.order_id"));
        bad != 0)
        return QStringLiteral("%1 reservations for the wrong SKU or order").arg(bad);
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT s.sku, s.location, s.on_hand, (SELECT coalesce(sum(m.delta), 0) FROM "
                               "stock_movements m WHERE m.sku = s.sku AND m.location = s.location) FROM stock s")))
        return q.lastError().text();
    while (q.next()) {
        const QString key = rowKey(q.value(0).toString(), q.value(1).toString());
        const int onHand = q.value(2).toInt();
        const int moved = q.value(3).toInt();
        if (onHand != base.value(key) + moved)
            return QStringLiteral("%1: on hand %2 but start %3 + movements %4")
                .arg(key)
                .arg(onHand)
                .arg(base.value(key))
                .arg(moved);
    }
    const qint64 movements = f.count(QStringLiteral("stock_movements"));
    if (scalarInt(db, QStringLiteral("SELECT count(DISTINCT outbox_id) FROM stock_movements")) != movements ||
        f.count(QStringLiteral("outbox")) != movements)
        return QStringLiteral("movements and outbox events do not pair up");
    return {};
}

void TestStockProperties::competingOrdersNeverOversell()
{
    auto created = InventoryFixture::create(m_dir, QStringLiteral("compete.db"));
    STATION_VERIFY_OK(created);
    InventoryFixture& f = **created;
    const QList<QString> bins = {F::binA(), F::binB()};
    QHash<QString, int> available{{F::binA(), 10}, {F::binB(), 3}};
    QHash<QString, int> base;
    for (const QString& bin : bins) {
        QVERIFY(f.setStock(F::mugBlue(), bin, available.value(bin)));
        base.insert(rowKey(F::mugBlue(), bin), available.value(bin));
    }

    QRandomGenerator rng(7);
    struct Holder
    {
        CreatedOrder order;
        int quantity = 0;
        QString bin;
    };
    QList<Holder> holders;
    QList<Holder> refused;
    for (int i = 0; i < 25; ++i) {
        const int quantity = 1 + int(rng.bounded(3));
        auto order = f.createOrder({{F::mugBlue(), quantity}});
        STATION_VERIFY_OK(order);
        f.clock().advanceSecs(1);
        // Each order tries the big bin, then the small one; the model says which must succeed.
        QString got;
        for (const QString& bin : bins) {
            auto r = f.store().reserve(order->id, order->lineIds.first(), bin, quantity);
            const bool expected = available.value(bin) >= quantity;
            QCOMPARE(r.has_value(), expected);
            if (r) {
                available[bin] -= quantity;
                got = bin;
                break;
            }
            QCOMPARE(r.error().code, Error::Code::Conflict);
        }
        (got.isEmpty() ? refused : holders).append(Holder{*order, quantity, got});
        const QString problem = checkInvariants(f, base);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    QVERIFY(!refused.isEmpty());
    QCOMPARE(f.reserved(F::mugBlue(), F::binA()) + f.reserved(F::mugBlue(), F::binB()),
             13 - available.value(F::binA()) - available.value(F::binB()));

    // An order without a reservation cannot pick units held for others.
    auto walkIn = f.createOrder({{F::mugBlue(), 2}}, QStringLiteral("picking"));
    STATION_VERIFY_OK(walkIn);
    for (const QString& bin : bins) {
        auto r = f.store().pick(walkIn->id, walkIn->lineIds.first(), bin, 2, QStringLiteral("x"));
        QCOMPARE(r.has_value(), available.value(bin) >= 2);
        if (r)
            available[bin] -= 2;
    }

    // One holder is cancelled: a refused order that fits in the freed units now gets them.
    const Holder cancelled = holders.takeFirst();
    auto released =
        f.store().releaseOrder(cancelled.order.id, QStringLiteral("marketplace"), QStringLiteral("cancelled"));
    STATION_VERIFY_OK(released);
    QCOMPARE(*released, cancelled.quantity);
    available[cancelled.bin] += cancelled.quantity;
    for (const Holder& r : std::as_const(refused)) {
        if (r.quantity > available.value(cancelled.bin))
            continue;
        STATION_VERIFY_OK(f.store().reserve(r.order.id, r.order.lineIds.first(), cancelled.bin, r.quantity));
        available[cancelled.bin] -= r.quantity;
        holders.append(Holder{r.order, r.quantity, cancelled.bin});
        break;
    }

    // Every holder picks what it holds: all succeed, nothing stays reserved, on hand is exactly what was free.
    for (const Holder& h : std::as_const(holders))
        STATION_VERIFY_OK(f.store().pick(h.order.id, h.order.lineIds.first(), h.bin, h.quantity, QStringLiteral("x")));
    QCOMPARE(f.count(QStringLiteral("reservations")), 0);
    for (const QString& bin : bins) {
        QCOMPARE(f.reserved(F::mugBlue(), bin), 0);
        QCOMPARE(f.onHand(F::mugBlue(), bin), available.value(bin));
    }
    const QString problem = checkInvariants(f, base);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestStockProperties::randomSequencesKeepTheBook_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<int>("steps");
    for (quint32 seed : {1u, 2u, 3u, 20260302u})
        QTest::addRow("seed %u", seed) << seed << 2000;
}

void TestStockProperties::randomSequencesKeepTheBook()
{
    QFETCH(quint32, seed);
    QFETCH(int, steps);
    auto created = InventoryFixture::create(m_dir, QStringLiteral("random-%1.db").arg(++m_nextDb));
    STATION_VERIFY_OK(created);
    InventoryFixture& f = **created;
    // Durability is not what is tested: let the thousands of small transactions run at memory speed.
    STATION_VERIFY_OK(f.db().execute(QStringLiteral("PRAGMA synchronous = OFF")));
    QRandomGenerator rng(seed);
    auto pick = [&rng](const auto& list) { return list.at(int(rng.bounded(int(list.size())))); };

    const QList<QString> skus = {F::mugBlue(), F::mugRed(), F::kettle()};
    const QList<QString> bins = {F::binA(), F::binB(), F::binC(), F::binCpt()};
    QHash<QString, int> base; // each row's figure before this station's movements (changed by "marketplace")
    for (const QString& sku : skus)
        for (const QString& bin : bins)
            if (rng.bounded(4) != 0) {
                const int n = int(rng.bounded(16));
                QVERIFY(f.setStock(sku, bin, n));
                base.insert(rowKey(sku, bin), n);
            }
    QList<CreatedOrder> orders;
    QHash<qint64, QString> lineSku;
    for (int i = 0; i < 40; ++i) {
        QList<LineSpec> lines;
        const int lineCount = 1 + int(rng.bounded(3));
        for (int l = 0; l < lineCount; ++l)
            lines << LineSpec{pick(skus), 1 + int(rng.bounded(5))};
        auto order = f.createOrder(lines, rng.bounded(2) ? QStringLiteral("ready") : QStringLiteral("verified"));
        STATION_VERIFY_OK(order);
        for (int l = 0; l < lineCount; ++l)
            lineSku.insert(order->lineIds.at(l), lines.at(l).sku);
        orders << *order;
    }
    const QList<StockReason> adjustmentReasons = StockReasons::adjustmentReasons();

    auto levelOf = [&f](const QString& sku, const QString& bin) {
        const int onHand = int(scalarInt(f.db(),
                                         QStringLiteral("SELECT coalesce(max(on_hand), 0) FROM stock WHERE "
                                                        "sku = ? AND location = ?"),
                                         {sku, bin}));
        const int reserved = int(scalarInt(f.db(),
                                           QStringLiteral("SELECT coalesce(max(reserved), 0) FROM stock WHERE "
                                                          "sku = ? AND location = ?"),
                                           {sku, bin}));
        return std::pair<int, int>(onHand, reserved);
    };
    auto held = [&f](const QString& where, const QVariantList& values) {
        return int(scalarInt(
            f.db(), QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM reservations WHERE ") + where, values));
    };

    QHash<QString, int> outcomes;
    QElapsedTimer timer;
    timer.start();
    for (int step = 0; step < steps; ++step) {
        f.clock().advanceMs(1 + rng.bounded(5000));
        const CreatedOrder& order = pick(orders);
        const int lineIndex = int(rng.bounded(int(order.lineIds.size())));
        const qint64 line = order.lineIds.at(lineIndex);
        const QString bin = pick(bins);
        const QString before = f.snapshot();
        QString op;
        bool expectedOk = true;
        std::optional<Error::Code> expectedCode;
        std::optional<int> expectedUnits;
        bool ok = false;
        std::optional<Error::Code> code;
        std::optional<int> units;
        auto take = [&](const auto& result) {
            ok = result.has_value();
            if (!ok)
                code = result.error().code;
        };

        switch (rng.bounded(20)) {
        case 0:
        case 1:
        case 2:
        case 3:
        case 4: { // reserve, sometimes for a line of another order
            const int q = 1 + int(rng.bounded(5));
            const bool foreign = rng.bounded(20) == 0;
            const CreatedOrder& other = pick(orders);
            const qint64 useLine = foreign && other.id != order.id ? other.lineIds.first() : line;
            op = QStringLiteral("reserve %1 of line %2 in %3").arg(q).arg(useLine).arg(bin);
            const auto [onHand, reserved] = levelOf(lineSku.value(line), bin);
            if (useLine != line) {
                expectedOk = false;
                expectedCode = Error::Code::InvalidArgument;
            } else if (std::max(0, onHand - reserved) < q) {
                expectedOk = false;
                expectedCode = Error::Code::Conflict;
            }
            take(f.store().reserve(order.id, useLine, bin, q));
            break;
        }
        case 5: {
            op = QStringLiteral("release order %1").arg(order.number);
            expectedUnits = held(QStringLiteral("order_id = ?"), {order.id});
            auto r = f.store().releaseOrder(order.id, QStringLiteral("x"), QStringLiteral("random"));
            take(r);
            if (r)
                units = *r;
            break;
        }
        case 6: {
            op = QStringLiteral("release line %1").arg(line);
            expectedUnits = held(QStringLiteral("order_line_id = ?"), {line});
            auto r = f.store().releaseLine(order.id, line, QStringLiteral("x"), QStringLiteral("random"));
            take(r);
            if (r)
                units = *r;
            break;
        }
        case 7:
        case 8:
        case 9:
        case 10: { // pick
            const int q = 1 + int(rng.bounded(4));
            const QString sku = lineSku.value(line);
            op = QStringLiteral("pick %1 of line %2 (%3) in %4").arg(q).arg(line).arg(sku, bin);
            const auto [onHand, reserved] = levelOf(sku, bin);
            const int mine = held(QStringLiteral("order_line_id = ? AND location = ?"), {line, bin});
            if (onHand < q || std::max(0, onHand - reserved) + mine < q) {
                expectedOk = false;
                expectedCode = Error::Code::Conflict;
            }
            take(f.store().pick(order.id, line, bin, q, QStringLiteral("x")));
            break;
        }
        case 11:
        case 12: { // restock or return, now and then a zero quantity
            const int q = rng.bounded(10) == 0 ? 0 : 1 + int(rng.bounded(6));
            const StockReason reason = rng.bounded(2) ? StockReason::Restock : StockReason::Return;
            const QString sku = pick(skus);
            op = QStringLiteral("restock %1 of %2 in %3").arg(q).arg(sku, bin);
            if (q == 0) {
                expectedOk = false;
                expectedCode = Error::Code::InvalidArgument;
            }
            take(f.store().restock(sku, bin, q, reason, QStringLiteral("x")));
            break;
        }
        case 13:
        case 14:
        case 15:
        case 16: { // adjust, now and then with a malformed bin
            int delta = int(rng.bounded(17)) - 8;
            if (delta == 0)
                delta = -1;
            const QString sku = pick(skus);
            const bool malformed = rng.bounded(15) == 0;
            const QString where = malformed ? QStringLiteral("JHB1-A-1") : bin;
            op = QStringLiteral("adjust %1 in %2 by %3").arg(sku, where).arg(delta);
            const auto [onHand, reserved] = levelOf(sku, bin);
            Q_UNUSED(reserved);
            if (malformed || onHand + delta < 0) {
                expectedOk = false;
                expectedCode = Error::Code::InvalidArgument;
            }
            take(f.store().adjust(sku, where, delta, pick(adjustmentReasons), QStringLiteral("x")));
            break;
        }
        case 17: { // a cycle count of one bin naming one or two SKUs (the others counted 0)
            QList<CountedItem> counted;
            for (int i = 0, n = 1 + int(rng.bounded(2)); i < n; ++i)
                counted << CountedItem{pick(skus), int(rng.bounded(12))};
            op = QStringLiteral("count %1").arg(bin);
            take(f.store().confirmCount(bin, counted, QStringLiteral("x")));
            break;
        }
        default: { // the marketplace reports a lower figure for a row; the sync then rebalances
            const QString sku = pick(skus);
            const auto [onHand, reserved] = levelOf(sku, bin);
            Q_UNUSED(reserved);
            const int figure = onHand == 0 ? 0 : int(rng.bounded(onHand + 1));
            op = QStringLiteral("marketplace sets %1 in %2 to %3").arg(sku, bin).arg(figure);
            if (scalarInt(f.db(), QStringLiteral("SELECT count(*) FROM stock WHERE sku = ? AND location = ?"),
                          {sku, bin}) == 1) {
                QVERIFY(f.setStock(sku, bin, figure));
                base[rowKey(sku, bin)] += figure - onHand;
            }
            take(f.store().rebalance());
            break;
        }
        }

        const QString where = QStringLiteral("seed %1 step %2: %3").arg(seed).arg(step).arg(op);
        QVERIFY2(ok == expectedOk, qPrintable(where + (ok ? QStringLiteral(": succeeded, expected a refusal")
                                                          : QStringLiteral(": refused unexpectedly"))));
        if (!ok) {
            QVERIFY2(code == expectedCode, qPrintable(where + QStringLiteral(": wrong error code")));
            QVERIFY2(f.snapshot() == before, qPrintable(where + QStringLiteral(": a refusal changed the database")));
        }
        if (expectedUnits)
            QVERIFY2(units == expectedUnits, qPrintable(where + QStringLiteral(": wrong number of units released")));
        QVERIFY2(!f.db().inTransaction(), qPrintable(where));
        const QString problem = checkInvariants(f, base);
        QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral(": ") + problem));
        ++outcomes[op.section(u' ', 0, 0) + (ok ? QStringLiteral(" ok") : QStringLiteral(" refused"))];
    }
    // The sequence exercised both sides of each operation.
    for (const char* kind : {"reserve ok", "reserve refused", "pick ok", "pick refused", "adjust ok", "adjust refused",
                             "release ok", "restock ok", "count ok", "marketplace ok"})
        QVERIFY2(outcomes.value(QLatin1String(kind)) > 0, kind);
    auto verified = AuditLog(f.db()).verify();
    STATION_VERIFY_OK(verified);
    QVERIFY2(verified->ok, qPrintable(verified->problem));
    qDebug().noquote() << "seed" << seed << steps << "steps in" << timer.elapsed() << "ms" << outcomes;
}

QTEST_GUILESS_MAIN(TestStockProperties)
#include "TestStockProperties.moc"
