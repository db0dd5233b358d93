// PickStore on a real SQLite file: the pick queue and its order, the pick list from reservations and picks
// already booked, starting only under this station's claim (or a queued one), each booking (movement, line
// progress, scan_log row) committed together and nothing at all on an error, the three short-pick resolutions
// (tasks, reservations, split-off units, stock put back, backorder hold, the customer's notice, the
// marketplace's short_pick event), the backorder round trip back to ready through intake, and finishing.

#include "../inventory/InventoryFixture.h"

#include "intake/IntakeService.h"
#include "pack/PickSession.h"
#include "pack/PickStore.h"
#include "storage/SyncStore.h"

#include <QJsonArray>
#include <QTest>

using namespace saypro;
using namespace saypro::test;

namespace {

const QString kActor = QStringLiteral("thandi");
const QString kOther = QStringLiteral("JHB1-PACK-02");

} // namespace

class TestPickStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void queueListsWhatThisStationMayPick();
    void stopsComeFromReservationsAndPicks();
    void stopsRefuseBadBatches();
    void startNeedsThisStationsClaim();
    void queuedClaimLetsThePickStart();
    void startRefusedWhileUnitsHaveNoBin();
    void recordBooksPickLineAndScanTogether();
    void recordOfARefusedScanWritesOnlyTheScanLog();
    void recordErrorWritesNothing();
    void shortPickWaitOpensTasks();
    void shortPickSplitReleasesOnlyThatBin();
    void shortPickSplitRefusedWhenNothingWouldShip();
    void shortPickBackorderPutsEverythingBack();
    void backorderRoundTripBackToReady();
    void splitUnitsAreNotAllocatedAgain();
    void finishIfComplete();

private:
    /// An order with `lines` in `status`, claimed by `claimedBy`; each line carries its product's GTIN and name.
    CreatedOrder makeOrder(const QList<LineSpec>& lines, const QString& status = QStringLiteral("ready"),
                           const QString& claimedBy = InventoryFixture::station());
    void reserve(const CreatedOrder& o, int line, const QString& bin, int quantity);
    void sql(const QString& statement, const QVariantList& values = {});
    qint64 scalar(const QString& query, const QVariantList& values = {});
    QString status(qint64 orderId);
    /// Scans `code` in `session` and records the outcome; returns the outcome.
    PickOutcome scanAndRecord(PickSession& session, const QString& code);
    /// The order's stop at `bin` for its line number `line` (0-based), read fresh from the store.
    PickStop stopAt(const CreatedOrder& o, int line, const QString& bin);
    PickSession session(const CreatedOrder& o);
    /// Everything picking may write, to compare before and after a refused call.
    QString everything();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<InventoryFixture> m_f;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<PickStore> m_store;
};

void TestPickStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto f = InventoryFixture::create(*m_dir, QStringLiteral("station.db"));
    QVERIFY2(f, f ? "" : qPrintable(f.error().toString()));
    m_f = std::move(*f);
    m_intake = std::make_unique<IntakeService>(m_f->db(), m_f->clock(), InventoryFixture::station());
    m_store =
        std::make_unique<PickStore>(m_f->db(), m_f->clock(), InventoryFixture::station(), m_f->store(), *m_intake);
}

void TestPickStore::cleanup()
{
    m_store.reset();
    m_intake.reset();
    m_f.reset();
    m_dir.reset();
}

void TestPickStore::sql(const QString& statement, const QVariantList& values)
{
    QSqlQuery q(m_f->db().connection());
    if (!q.prepare(statement))
        qFatal("prepare failed: %s", qPrintable(q.lastError().text()));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        qFatal("exec failed: %s", qPrintable(q.lastError().text()));
}

qint64 TestPickStore::scalar(const QString& query, const QVariantList& values)
{
    return scalarInt(m_f->db(), query, values);
}

QString TestPickStore::status(qint64 orderId)
{
    return m_f->rows(QStringLiteral("SELECT status FROM orders WHERE id = ?"), {orderId});
}

CreatedOrder TestPickStore::makeOrder(const QList<LineSpec>& lines, const QString& orderStatus,
                                      const QString& claimedBy)
{
    auto created = m_f->createOrder(lines, orderStatus);
    if (!created)
        qFatal("createOrder failed: %s", qPrintable(created.error().toString()));
    sql(QStringLiteral("UPDATE order_lines SET gtin = (SELECT gtin FROM products p WHERE p.sku = order_lines.sku), "
                       "name = (SELECT name FROM products p WHERE p.sku = order_lines.sku) WHERE order_id = ?"),
        {created->id});
    sql(QStringLiteral("UPDATE orders SET claimed_by = ? WHERE id = ?"), {Database::text(claimedBy), created->id});
    // The total the lines add up to, so intake's totals check passes when it verifies the order again.
    sql(QStringLiteral("UPDATE orders SET total_minor = (SELECT sum(quantity * unit_price_minor - discount_minor) "
                       "FROM order_lines WHERE order_id = orders.id) - discount_minor + shipping_minor + tax_minor "
                       "WHERE id = ?"),
        {created->id});
    return *created;
}

void TestPickStore::reserve(const CreatedOrder& o, int line, const QString& bin, int quantity)
{
    auto r = m_f->store().reserve(o.id, o.lineIds.at(line), bin, quantity);
    if (!r)
        qFatal("reserve failed: %s", qPrintable(r.error().toString()));
}

PickSession TestPickStore::session(const CreatedOrder& o)
{
    auto stops = m_store->stops({o.id});
    if (!stops)
        qFatal("stops failed: %s", qPrintable(stops.error().toString()));
    return PickSession(*stops);
}

PickOutcome TestPickStore::scanAndRecord(PickSession& s, const QString& code)
{
    const PickOutcome out = s.scan(code);
    const PickStop* stop = out.stopIndex >= 0 ? &s.stops().at(out.stopIndex) : nullptr;
    auto r = m_store->record(out, stop, kActor);
    if (!r)
        qFatal("record of %s failed: %s", qPrintable(code), qPrintable(r.error().toString()));
    return out;
}

PickStop TestPickStore::stopAt(const CreatedOrder& o, int line, const QString& bin)
{
    auto stops = m_store->stops({o.id});
    if (stops)
        for (const PickStop& s : *stops)
            if (s.orderLineId == o.lineIds.at(line) && s.location == bin)
                return s;
    qFatal("no stop of line %d at %s", line, qPrintable(bin));
    return {};
}

QString TestPickStore::everything()
{
    return m_f->snapshot() + u'#' + m_f->rows(QStringLiteral("SELECT id, status, claimed_by FROM orders ORDER BY id")) +
           u'#' + m_f->rows(QStringLiteral("SELECT id, picked_quantity, short_quantity FROM order_lines ORDER BY id")) +
           u'#' + QString::number(m_f->count(QStringLiteral("scan_log"))) + u'#' +
           QString::number(m_f->count(QStringLiteral("tasks"))) + u'#' +
           QString::number(m_f->count(QStringLiteral("holds")));
}

// ---- The queue ------------------------------------------------------------------------------------------

void TestPickStore::queueListsWhatThisStationMayPick()
{
    const QString mug = InventoryFixture::mugBlue();
    const CreatedOrder a = makeOrder({{mug, 1}}, QStringLiteral("ready"), QString());
    const CreatedOrder b = makeOrder({{mug, 2}, {InventoryFixture::kettle(), 1}}, QStringLiteral("ready"));
    const CreatedOrder c = makeOrder({{mug, 1}}, QStringLiteral("ready"), kOther);
    const CreatedOrder d = makeOrder({{mug, 1}}, QStringLiteral("picking"));
    const CreatedOrder e = makeOrder({{mug, 1}}, QStringLiteral("picking"), kOther);
    const CreatedOrder g = makeOrder({{mug, 1}}, QStringLiteral("on_hold"), QString());
    const CreatedOrder h = makeOrder({{mug, 1}}, QStringLiteral("ready"), QString());
    const CreatedOrder i = makeOrder({{mug, 1}}, QStringLiteral("ready"), QString());
    const CreatedOrder p = makeOrder({{mug, 1}}, QStringLiteral("picking"), QString());
    const qint64 t0 = utc(2026, 3, 3, 12).toMSecsSinceEpoch();
    const qint64 hour = 3600 * 1000;
    auto shipBy = [&](const CreatedOrder& o, const QVariant& at) {
        sql(QStringLiteral("UPDATE orders SET ship_by = ? WHERE id = ?"), {at, o.id});
    };
    shipBy(b, t0);
    shipBy(d, t0 + hour);
    shipBy(a, t0 + 5 * hour);
    shipBy(i, t0 + 5 * hour); // as urgent as a, but confirmed earlier
    sql(QStringLiteral("UPDATE orders SET confirmed_at = ? WHERE id = ?"), {t0 - 48 * hour, i.id});
    shipBy(p, t0 + 6 * hour);
    shipBy(h, QVariant(QMetaType(QMetaType::LongLong))); // no deadline: last
    for (const CreatedOrder& o : {c, e, g})
        shipBy(o, t0 - hour); // most urgent, but not this station's to pick

    auto queue = m_store->queue(50);
    STATION_VERIFY_OK(queue);
    QStringList numbers;
    for (const OrderSummary& s : *queue)
        numbers << s.number;
    QCOMPARE(numbers, (QStringList{b.number, d.number, i.number, a.number, p.number, h.number}));
    QCOMPARE(queue->at(0).units, 3);
    QCOMPARE(queue->at(0).status, OrderStatus::Ready);
    QCOMPARE(queue->at(1).status, OrderStatus::Picking);
    QCOMPARE(queue->at(0).shipBy, QDateTime::fromMSecsSinceEpoch(t0, Qt::UTC));
    QVERIFY(!queue->at(5).shipBy.isValid());

    auto page = m_store->queue(2);
    STATION_VERIFY_OK(page);
    QCOMPARE(page->size(), 2);
    QCOMPARE(page->at(1).number, d.number);
    auto none = m_store->queue(0);
    QVERIFY(!none);
    QCOMPARE(none.error().code, Error::Code::InvalidArgument);
}

// ---- The pick list --------------------------------------------------------------------------------------

void TestPickStore::stopsComeFromReservationsAndPicks()
{
    const QString blue = InventoryFixture::mugBlue();
    const QString binA = InventoryFixture::binA();
    const QString binB = InventoryFixture::binB();
    const QString binC = InventoryFixture::binC();
    QVERIFY(m_f->setStock(blue, binA, 5));
    QVERIFY(m_f->setStock(blue, binB, 5));
    QVERIFY(m_f->setStock(InventoryFixture::mugRed(), binC, 3));
    QVERIFY(m_f->setStock(InventoryFixture::kettle(), binA, 2));
    const CreatedOrder o1 = makeOrder({{blue, 4}, {InventoryFixture::mugRed(), 1}});
    reserve(o1, 0, binB, 2);
    reserve(o1, 0, binA, 2);
    reserve(o1, 1, binC, 1);
    const CreatedOrder o2 = makeOrder({{InventoryFixture::kettle(), 1}, {blue, 1}});
    reserve(o2, 0, binA, 1); // the blue mug of o2 has nothing reserved: missing
    sql(QStringLiteral("UPDATE order_lines SET serial_tracked = 1 WHERE id = ?"), {o2.lineIds.at(0)});
    STATION_VERIFY_OK(m_store->start(o1.id, kActor));

    PickSession first = session(o1);
    scanAndRecord(first, binA);
    QCOMPARE(scanAndRecord(first, InventoryFixture::gtinOf(1)).kind, PickScanKind::Picked);

    auto stops = m_store->stops({o1.id, o2.id});
    STATION_VERIFY_OK(stops);
    QCOMPARE(stops->size(), 4);
    // Along the walk: bin A (tote 1 before tote 2), bin B, then zone B.
    const PickStop& s0 = stops->at(0);
    QCOMPARE(s0.orderId, o1.id);
    QCOMPARE(s0.orderNumber, o1.number);
    QCOMPARE(s0.tote, 1);
    QCOMPARE(s0.orderLineId, o1.lineIds.at(0));
    QCOMPARE(s0.lineId, QStringLiteral("L1"));
    QCOMPARE(s0.sku, blue);
    QCOMPARE(s0.gtin14, Gtin::toGtin14(InventoryFixture::gtinOf(1)));
    QCOMPARE(s0.gtin14.size(), 14);
    QCOMPARE(s0.name, QStringLiteral("Ceramic mug 350 ml, Blue"));
    QCOMPARE(s0.location, binA);
    QCOMPARE(s0.quantity, 2);
    QCOMPARE(s0.picked, 1);
    QVERIFY(!s0.serialTracked);
    const PickStop& s1 = stops->at(1);
    QCOMPARE(s1.orderId, o2.id);
    QCOMPARE(s1.tote, 2);
    QCOMPARE(s1.sku, InventoryFixture::kettle());
    QCOMPARE(s1.location, binA);
    QCOMPARE(s1.quantity, 1);
    QCOMPARE(s1.picked, 0);
    QVERIFY(s1.serialTracked);
    QCOMPARE(stops->at(2).location, binB);
    QCOMPARE(stops->at(2).quantity, 2);
    QCOMPARE(stops->at(2).picked, 0);
    QCOMPARE(stops->at(3).location, binC);
    QCOMPARE(stops->at(3).lineId, QStringLiteral("L2"));

    auto missing1 = m_store->missingUnits(o1.id);
    STATION_VERIFY_OK(missing1);
    QCOMPARE(*missing1, 0);
    auto missing2 = m_store->missingUnits(o2.id);
    STATION_VERIFY_OK(missing2);
    QCOMPARE(*missing2, 1);

    // The second mug of bin A: the reservation there is used up, the stop stays (done) from the movements.
    QCOMPARE(scanAndRecord(first, InventoryFixture::gtinOf(1)).pickedAfter, 2);
    const PickStop done = stopAt(o1, 0, binA);
    QCOMPARE(done.quantity, 2);
    QCOMPARE(done.picked, 2);
    QVERIFY(done.isDone());
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM reservations WHERE order_line_id = ? AND location = ?"),
                    {o1.lineIds.at(0), binA}),
             qint64(0));
    QCOMPARE(m_store->missingUnits(o1.id).value_or(-1), 0);
}

void TestPickStore::stopsRefuseBadBatches()
{
    const CreatedOrder o = makeOrder({{InventoryFixture::mugBlue(), 1}});
    auto twice = m_store->stops({o.id, o.id});
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, Error::Code::InvalidArgument);
    auto unknown = m_store->stops({o.id, 987654});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, Error::Code::NotFound);
    auto empty = m_store->stops({});
    STATION_VERIFY_OK(empty);
    QVERIFY(empty->isEmpty());
    // Nothing reserved, nothing picked: no stop; the line is missing.
    auto none = m_store->stops({o.id});
    STATION_VERIFY_OK(none);
    QVERIFY(none->isEmpty());
    QCOMPARE(m_store->missingUnits(o.id).value_or(-1), 1);
    QCOMPARE(m_store->missingUnits(987654).error().code, Error::Code::NotFound);
}

// ---- Starting -------------------------------------------------------------------------------------------

void TestPickStore::queuedClaimLetsThePickStart()
{
    QVERIFY(m_f->setStock(InventoryFixture::mugBlue(), InventoryFixture::binA(), 5));
    const CreatedOrder o = makeOrder({{InventoryFixture::mugBlue(), 1}}, QStringLiteral("ready"), QString());
    reserve(o, 0, InventoryFixture::binA(), 1);
    auto needed = m_store->claimNeeded(o.id);
    STATION_VERIFY_OK(needed);
    QVERIFY(*needed);
    auto row = m_store->queueClaim(o.id, 1800);
    STATION_VERIFY_OK(row);
    QCOMPARE(m_f->rows(QStringLiteral("SELECT kind, path, payload FROM outbox WHERE id = ? AND delivered_at IS NULL"),
                       {*row}),
             QStringLiteral("claim|/v1/orders/%1/claim|{\"lease_seconds\":1800}").arg(o.marketplaceId));
    // Queued: no second claim is needed.
    QVERIFY(!*m_store->claimNeeded(o.id));
    STATION_VERIFY_OK(m_store->start(o.id, kActor));
    QCOMPARE(status(o.id), QStringLiteral("picking"));
    QVERIFY(!*m_store->claimNeeded(o.id));

    const CreatedOrder other = makeOrder({{InventoryFixture::mugBlue(), 1}}, QStringLiteral("ready"), kOther);
    const qint64 outbox = m_f->count(QStringLiteral("outbox"));
    auto refused = m_store->queueClaim(other.id);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY(refused.error().message.contains(kOther));
    QCOMPARE(m_f->count(QStringLiteral("outbox")), outbox);
}

void TestPickStore::startRefusedWhileUnitsHaveNoBin()
{
    // A rebalance took one of the two mugs' reservation back; intake has not run yet.
    QVERIFY(m_f->setStock(InventoryFixture::mugBlue(), InventoryFixture::binA(), 5));
    const CreatedOrder o = makeOrder({{InventoryFixture::mugBlue(), 2}});
    reserve(o, 0, InventoryFixture::binA(), 1);
    const QString before = everything();
    auto refused = m_store->start(o.id, kActor);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY(refused.error().message.contains(o.number));
    QCOMPARE(everything(), before);
    QCOMPARE(status(o.id), QStringLiteral("ready"));
    // Nor is it offered while intake has not seen its current version.
    sql(QStringLiteral("UPDATE orders SET verified_version = NULL WHERE id = ?"), {o.id});
    auto queue = m_store->queue(10);
    STATION_VERIFY_OK(queue);
    for (const OrderSummary& s : *queue)
        QVERIFY(s.id != o.id);
}

void TestPickStore::startNeedsThisStationsClaim()
{
    QVERIFY(m_f->setStock(InventoryFixture::mugBlue(), InventoryFixture::binA(), 5));
    const CreatedOrder o = makeOrder({{InventoryFixture::mugBlue(), 1}}, QStringLiteral("ready"), QString());
    reserve(o, 0, InventoryFixture::binA(), 1);
    const QString before = everything();
    auto unclaimed = m_store->start(o.id, kActor);
    QVERIFY(!unclaimed);
    QCOMPARE(unclaimed.error().code, Error::Code::InvalidTransition);
    QVERIFY(unclaimed.error().message.contains(o.number));
    QCOMPARE(everything(), before);

    sql(QStringLiteral("UPDATE orders SET claimed_by = ? WHERE id = ?"), {kOther, o.id});
    auto elsewhere = m_store->start(o.id, kActor);
    QVERIFY(!elsewhere);
    QCOMPARE(elsewhere.error().code, Error::Code::Conflict);
    QVERIFY(elsewhere.error().message.contains(kOther));
    QCOMPARE(status(o.id), QStringLiteral("ready"));

    // Offline: the claim is queued in the outbox, not yet answered. That is enough.
    sql(QStringLiteral("UPDATE orders SET claimed_by = '' WHERE id = ?"), {o.id});
    SyncStore sync(m_f->db(), m_f->clock(), InventoryFixture::station());
    STATION_VERIFY_OK(
        sync.enqueueClaim(o.id, o.marketplaceId, 3600, QUuid::createUuid().toString(QUuid::WithoutBraces)));
    const qint64 audits = m_f->count(QStringLiteral("audit_log"));
    STATION_VERIFY_OK(m_store->start(o.id, kActor));
    QCOMPARE(status(o.id), QStringLiteral("picking"));
    QCOMPARE(m_f->count(QStringLiteral("audit_log")), audits + 1);
    QCOMPARE(m_f->rows(QStringLiteral("SELECT actor, action FROM audit_log ORDER BY id DESC LIMIT 1")),
             QString(kActor + QStringLiteral("|status_changed")));
    const QJsonObject event = InventoryFixture::json(
        m_f->rows(QStringLiteral("SELECT payload FROM outbox WHERE order_id = ? AND kind = 'order_event'"), {o.id}));
    QCOMPARE(event.value(QLatin1String("status")).toString(), QStringLiteral("picking"));
    // Already picking here: nothing to do, nothing written.
    const QString picking = everything();
    STATION_VERIFY_OK(m_store->start(o.id, kActor));
    QCOMPARE(everything(), picking);

    // Claimed by this station: allowed. A claim already answered (delivered) is not a queued claim.
    const CreatedOrder mine = makeOrder({{InventoryFixture::mugBlue(), 1}});
    reserve(mine, 0, InventoryFixture::binA(), 1);
    STATION_VERIFY_OK(m_store->start(mine.id, kActor));
    QCOMPARE(status(mine.id), QStringLiteral("picking"));
    const CreatedOrder answered = makeOrder({{InventoryFixture::mugBlue(), 1}}, QStringLiteral("ready"), QString());
    auto row = sync.enqueueClaim(answered.id, answered.marketplaceId, 3600,
                                 QUuid::createUuid().toString(QUuid::WithoutBraces));
    STATION_VERIFY_OK(row);
    sql(QStringLiteral("UPDATE outbox SET delivered_at = 1, outcome = 'rejected' WHERE id = ?"), {*row});
    QCOMPARE(m_store->start(answered.id, kActor).error().code, Error::Code::InvalidTransition);
    // Only a ready order starts.
    const CreatedOrder held = makeOrder({{InventoryFixture::mugBlue(), 1}}, QStringLiteral("on_hold"));
    QCOMPARE(m_store->start(held.id, kActor).error().code, Error::Code::InvalidTransition);
    QCOMPARE(status(held.id), QStringLiteral("on_hold"));
    QCOMPARE(m_store->start(987654, kActor).error().code, Error::Code::NotFound);
}

// ---- Booking --------------------------------------------------------------------------------------------

void TestPickStore::recordBooksPickLineAndScanTogether()
{
    const QString blue = InventoryFixture::mugBlue();
    const QString binA = InventoryFixture::binA();
    QVERIFY(m_f->setStock(blue, binA, 5));
    const CreatedOrder o = makeOrder({{blue, 2}});
    reserve(o, 0, binA, 2);
    STATION_VERIFY_OK(m_store->start(o.id, kActor));
    PickSession s = session(o);

    const qint64 movements = m_f->count(QStringLiteral("stock_movements"));
    QCOMPARE(scanAndRecord(s, binA).kind, PickScanKind::BinConfirmed);
    QCOMPARE(m_f->count(QStringLiteral("stock_movements")), movements);
    QCOMPARE(m_f->rows(QStringLiteral("SELECT code, accepted, reason, context, line_id, quantity, order_id "
                                      "FROM scan_log ORDER BY id DESC LIMIT 1")),
             QStringLiteral("%1|1|bin_confirmed|pick|L1|0|%2").arg(binA).arg(o.id));

    m_f->clock().advanceSecs(5);
    const QString raw = QString(u"]E0" % InventoryFixture::gtinOf(1));
    const PickOutcome picked = scanAndRecord(s, raw);
    QCOMPARE(picked.kind, PickScanKind::Picked);
    QCOMPARE(m_f->onHand(blue, binA), 4);
    QCOMPARE(m_f->reserved(blue, binA), 1);
    QCOMPARE(m_f->rows(QStringLiteral("SELECT sku, location, delta, reason, order_id, actor FROM stock_movements")),
             QStringLiteral("%1|%2|-1|pick|%3|%4").arg(blue, binA).arg(o.id).arg(kActor));
    QCOMPARE(scalar(QStringLiteral("SELECT picked_quantity FROM order_lines WHERE id = ?"), {o.lineIds.at(0)}),
             qint64(1));
    QCOMPARE(m_f->rows(QStringLiteral("SELECT at, station, actor, order_id, code, symbology, accepted, reason, "
                                      "context, line_id, quantity, parcel FROM scan_log ORDER BY id DESC LIMIT 1")),
             QStringLiteral("%1|%2|%3|%4|%5|]E0|1|picked|pick|L1|1|0")
                 .arg(m_f->clock().nowMs())
                 .arg(InventoryFixture::station(), kActor)
                 .arg(o.id)
                 .arg(raw));
    const QString detail = m_f->rows(QStringLiteral("SELECT detail FROM scan_log ORDER BY id DESC LIMIT 1"));
    QCOMPARE(detail, picked.detail);
    QVERIFY(detail.contains(binA));
    // The marketplace hears of the stock change with the order.
    const QJsonObject adjustment =
        InventoryFixture::json(m_f->rows(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'stock_adjustment'")));
    QCOMPARE(adjustment.value(QLatin1String("delta")).toInt(), -1);
    QCOMPARE(adjustment.value(QLatin1String("order_id")).toString(), o.marketplaceId);
}

void TestPickStore::recordOfARefusedScanWritesOnlyTheScanLog()
{
    const QString binA = InventoryFixture::binA();
    QVERIFY(m_f->setStock(InventoryFixture::mugBlue(), binA, 5));
    const CreatedOrder o = makeOrder({{InventoryFixture::mugBlue(), 2}});
    reserve(o, 0, binA, 2);
    STATION_VERIFY_OK(m_store->start(o.id, kActor));
    PickSession s = session(o);
    const QString before = m_f->snapshot();
    const qint64 scans = m_f->count(QStringLiteral("scan_log"));

    const PickOutcome early = scanAndRecord(s, InventoryFixture::gtinOf(1)); // item before its bin
    QCOMPARE(early.kind, PickScanKind::BinRequired);
    QCOMPARE(m_f->rows(QStringLiteral("SELECT accepted, reason, context, line_id, quantity, order_id "
                                      "FROM scan_log ORDER BY id DESC LIMIT 1")),
             QStringLiteral("0|bin_required|pick|L1|0|%1").arg(o.id));
    const PickOutcome wrong = scanAndRecord(s, InventoryFixture::binCpt()); // no stop: no order
    QCOMPARE(wrong.kind, PickScanKind::WrongBin);
    QCOMPARE(m_f->rows(QStringLiteral("SELECT code, accepted, reason, line_id, order_id, detail <> '' "
                                      "FROM scan_log ORDER BY id DESC LIMIT 1")),
             QStringLiteral("%1|0|wrong_bin||NULL|1").arg(InventoryFixture::binCpt()));
    QCOMPARE(m_f->count(QStringLiteral("scan_log")), scans + 2);
    QCOMPARE(m_f->snapshot(), before); // no stock, reservation, movement, outbox or audit change
    QCOMPARE(scalar(QStringLiteral("SELECT picked_quantity FROM order_lines WHERE id = ?"), {o.lineIds.at(0)}),
             qint64(0));
}

void TestPickStore::recordErrorWritesNothing()
{
    const QString blue = InventoryFixture::mugBlue();
    const QString binA = InventoryFixture::binA();
    QVERIFY(m_f->setStock(blue, binA, 2));
    const CreatedOrder o = makeOrder({{blue, 2}});
    reserve(o, 0, binA, 2);
    STATION_VERIFY_OK(m_store->start(o.id, kActor));
    PickSession s = session(o);
    scanAndRecord(s, binA);

    // The book says the bin is empty now (the marketplace's figure landed): the pick cannot be booked.
    sql(QStringLiteral("UPDATE stock SET on_hand = 0 WHERE sku = ? AND location = ?"), {blue, binA});
    const QString before = everything();
    const PickOutcome out = s.scan(InventoryFixture::gtinOf(1));
    QCOMPARE(out.kind, PickScanKind::Picked);
    auto refused = m_store->record(out, &s.stops().at(out.stopIndex), kActor);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY(!refused.error().message.isEmpty());
    QCOMPARE(everything(), before); // not even the scan_log row, nor the line's picked quantity

    // The order was cancelled underneath: refused, nothing written.
    sql(QStringLiteral("UPDATE stock SET on_hand = 2 WHERE sku = ? AND location = ?"), {blue, binA});
    sql(QStringLiteral("UPDATE orders SET status = 'cancelled' WHERE id = ?"), {o.id});
    const QString cancelled = everything();
    auto late = m_store->record(out, &s.stops().at(out.stopIndex), kActor);
    QVERIFY(!late);
    QCOMPARE(late.error().code, Error::Code::Conflict);
    QCOMPARE(everything(), cancelled);

    // Another session already picked the line in full: no double booking.
    sql(QStringLiteral("UPDATE orders SET status = 'picking' WHERE id = ?"), {o.id});
    sql(QStringLiteral("UPDATE order_lines SET picked_quantity = 2 WHERE id = ?"), {o.lineIds.at(0)});
    const QString full = everything();
    auto twice = m_store->record(out, &s.stops().at(out.stopIndex), kActor);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, Error::Code::Conflict);
    QCOMPARE(everything(), full);

    // A pick without its stop is a programming error.
    auto noStop = m_store->record(out, nullptr, kActor);
    QVERIFY(!noStop);
    QCOMPARE(noStop.error().code, Error::Code::InvalidArgument);
    QCOMPARE(everything(), full);
}

// ---- Short picks ----------------------------------------------------------------------------------------

void TestPickStore::shortPickWaitOpensTasks()
{
    const QString blue = InventoryFixture::mugBlue();
    const QString binA = InventoryFixture::binA();
    QVERIFY(m_f->setStock(blue, binA, 3));
    const CreatedOrder o = makeOrder({{blue, 3}});
    reserve(o, 0, binA, 3);
    STATION_VERIFY_OK(m_store->start(o.id, kActor));
    PickSession s = session(o);
    scanAndRecord(s, binA);
    scanAndRecord(s, InventoryFixture::gtinOf(1));
    const qint64 events = scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'order_event'"));

    auto result = m_store->shortPick(stopAt(o, 0, binA), ShortPickResolution::Wait, kActor);
    STATION_VERIFY_OK(result);
    QCOMPARE(result->resolution, ShortPickResolution::Wait);
    QCOMPARE(result->orderId, o.id);
    QCOMPARE(result->orderNumber, o.number);
    QCOMPARE(result->sku, blue);
    QCOMPARE(result->location, binA);
    QCOMPARE(result->missing, 2);
    QCOMPARE(result->putBack, 0);
    QVERIFY(!result->onHold);
    QVERIFY(result->message.contains(o.number));
    QCOMPARE(m_f->rows(QStringLiteral("SELECT kind, order_id, title, status FROM tasks ORDER BY id")),
             QStringLiteral("count_bin|%1|Count bin %2: 2 short of %3|open\nreplenish|%1|Replenish %3 in bin %2 for "
                            "order %4|open")
                 .arg(o.id)
                 .arg(binA, blue, o.number));
    QCOMPARE(result->taskId, scalar(QStringLiteral("SELECT id FROM tasks WHERE kind = 'replenish'")));
    QVERIFY(!m_f->rows(QStringLiteral("SELECT detail FROM tasks WHERE kind = 'count_bin'")).isEmpty());
    // A wait keeps the reservation and books nothing off the bin (it would be booked again on every wait).
    QCOMPARE(result->bookedOut, 0);
    QCOMPARE(m_f->onHand(blue, binA), 2);
    auto again = m_store->shortPick(stopAt(o, 0, binA), ShortPickResolution::Wait, kActor);
    STATION_VERIFY_OK(again);
    QCOMPARE(m_f->onHand(blue, binA), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'correction'")), qint64(0));
    sql(QStringLiteral("DELETE FROM tasks WHERE id > ?"), {result->taskId});
    // The line stays open: its reservation and the order's status are as they were.
    QCOMPARE(m_f->reserved(blue, binA), 2);
    QCOMPARE(status(o.id), QStringLiteral("picking"));
    QCOMPARE(scalar(QStringLiteral("SELECT short_quantity FROM order_lines WHERE id = ?"), {o.lineIds.at(0)}),
             qint64(0));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'order_event'")), events);
    QCOMPARE(m_f->rows(QStringLiteral("SELECT actor, action FROM audit_log ORDER BY id DESC LIMIT 1")),
             QString(kActor + QStringLiteral("|short_pick")));
}

void TestPickStore::shortPickSplitReleasesOnlyThatBin()
{
    const QString blue = InventoryFixture::mugBlue();
    const QString red = InventoryFixture::mugRed();
    const QString binA = InventoryFixture::binA();
    const QString binB = InventoryFixture::binB();
    const QString binC = InventoryFixture::binC();
    QVERIFY(m_f->setStock(blue, binA, 2));
    QVERIFY(m_f->setStock(blue, binB, 2));
    QVERIFY(m_f->setStock(red, binC, 1));
    const CreatedOrder o = makeOrder({{blue, 4}, {red, 1}});
    reserve(o, 0, binA, 2);
    reserve(o, 0, binB, 2);
    reserve(o, 1, binC, 1);
    STATION_VERIFY_OK(m_store->start(o.id, kActor));
    PickSession s = session(o);
    scanAndRecord(s, binA);
    scanAndRecord(s, InventoryFixture::gtinOf(1)); // one of bin A's two so far

    m_f->clock().advanceSecs(30);
    auto result = m_store->shortPick(stopAt(o, 0, binB), ShortPickResolution::Split, kActor);
    STATION_VERIFY_OK(result);
    QCOMPARE(result->missing, 2);
    QVERIFY(!result->onHold);
    QCOMPARE(result->bookedOut, 2);
    QCOMPARE(m_f->onHand(blue, binB), 0);
    QCOMPARE(result->taskId, scalar(QStringLiteral("SELECT id FROM tasks WHERE kind = 'count_bin'")));
    QCOMPARE(m_f->count(QStringLiteral("tasks")), qint64(1));
    // Only bin B's reservation of the line went; the line's in bin A and the red mug's stay.
    QCOMPARE(m_f->reserved(blue, binB), 0);
    QCOMPARE(m_f->reserved(blue, binA), 1);
    QCOMPARE(m_f->reserved(red, binC), 1);
    QCOMPARE(m_f->rows(QStringLiteral(
                           "SELECT order_line_id, location, quantity FROM reservations WHERE order_id = ? ORDER BY id"),
                       {o.id}),
             QStringLiteral("%1|%2|1\n%3|%4|1").arg(o.lineIds.at(0)).arg(binA).arg(o.lineIds.at(1)).arg(binC));
    QCOMPARE(m_f->rows(QStringLiteral("SELECT picked_quantity, short_quantity FROM order_lines WHERE order_id = ? "
                                      "ORDER BY id"),
                       {o.id}),
             QStringLiteral("1|2\n0|0"));
    QCOMPARE(status(o.id), QStringLiteral("picking"));
    QCOMPARE(m_store->missingUnits(o.id).value_or(-1), 0);

    // The marketplace is told which units will not ship.
    const QString path =
        m_f->rows(QStringLiteral("SELECT path FROM outbox WHERE kind = 'order_event' ORDER BY id DESC LIMIT 1"));
    QCOMPARE(path, QStringLiteral("/v1/orders/%1/events").arg(o.marketplaceId));
    const QJsonObject event = InventoryFixture::json(
        m_f->rows(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'order_event' ORDER BY id DESC LIMIT 1")));
    QCOMPARE(event.value(QLatin1String("type")).toString(), QStringLiteral("short_pick"));
    QCOMPARE(event.value(QLatin1String("resolution")).toString(), QStringLiteral("split"));
    QCOMPARE(event.value(QLatin1String("actor")).toString(), kActor);
    QCOMPARE(event.value(QLatin1String("occurred_at")).toString(), QStringLiteral("2026-03-02T08:00:30.000Z"));
    const QJsonArray lines = event.value(QLatin1String("lines")).toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).toObject().value(QLatin1String("line_id")).toString(), QStringLiteral("L1"));
    QCOMPARE(lines.at(0).toObject().value(QLatin1String("quantity")).toInt(), 2);
    const QJsonObject audit = InventoryFixture::json(m_f->rows(
        QStringLiteral("SELECT after_json FROM audit_log WHERE action = 'short_pick' AND entity_id = ?"), {o.number}));
    QCOMPARE(audit.value(QLatin1String("resolution")).toString(), QStringLiteral("split"));
    QCOMPARE(audit.value(QLatin1String("missing")).toInt(), 2);

    // The rest ships: once bin A's second mug and the red mug are picked, the pick is complete.
    auto early = m_store->finishIfComplete(o.id, kActor);
    STATION_VERIFY_OK(early);
    QVERIFY(!*early);
    PickSession rest = session(o);
    QCOMPARE(rest.stops().size(), 2); // bin A open; bin B gone with its reservation; bin C open
    scanAndRecord(rest, binA);
    scanAndRecord(rest, InventoryFixture::gtinOf(1));
    QCOMPARE(m_store->finishIfComplete(o.id, kActor).value_or(true), false);
    scanAndRecord(rest, binC);
    scanAndRecord(rest, InventoryFixture::gtinOf(2));
    auto finished = m_store->finishIfComplete(o.id, kActor);
    STATION_VERIFY_OK(finished);
    QVERIFY(*finished);
    QCOMPARE(status(o.id), QStringLiteral("picked"));
    // Nothing left to split: a second short pick of the same stop is refused.
    QCOMPARE(m_store->shortPick(stopAt(o, 0, binA), ShortPickResolution::Split, kActor).error().code,
             Error::Code::InvalidTransition);
}

void TestPickStore::shortPickSplitRefusedWhenNothingWouldShip()
{
    const QString binA = InventoryFixture::binA();
    QVERIFY(m_f->setStock(InventoryFixture::mugBlue(), binA, 2));
    const CreatedOrder o = makeOrder({{InventoryFixture::mugBlue(), 2}});
    reserve(o, 0, binA, 2);
    STATION_VERIFY_OK(m_store->start(o.id, kActor));
    const QString before = everything();
    auto refused = m_store->shortPick(stopAt(o, 0, binA), ShortPickResolution::Split, kActor);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidArgument);
    QVERIFY(refused.error().message.contains(o.number));
    QCOMPARE(everything(), before); // no task, no release, nothing split
    // A stop with nothing left is refused too.
    PickStop stale = stopAt(o, 0, binA);
    stale.location = InventoryFixture::binB();
    QCOMPARE(m_store->shortPick(stale, ShortPickResolution::Wait, kActor).error().code, Error::Code::InvalidArgument);
    QCOMPARE(everything(), before);
}

void TestPickStore::shortPickBackorderPutsEverythingBack()
{
    const QString blue = InventoryFixture::mugBlue();
    const QString red = InventoryFixture::mugRed();
    const QString binA = InventoryFixture::binA();
    const QString binB = InventoryFixture::binB();
    const QString binC = InventoryFixture::binC();
    QVERIFY(m_f->setStock(blue, binA, 5));
    QVERIFY(m_f->setStock(blue, binB, 1));
    QVERIFY(m_f->setStock(red, binC, 3));
    const CreatedOrder o = makeOrder({{blue, 3}, {red, 1}});
    reserve(o, 0, binA, 2);
    reserve(o, 0, binB, 1);
    reserve(o, 1, binC, 1);
    STATION_VERIFY_OK(m_store->start(o.id, kActor));
    PickSession s = session(o);
    for (const QString& code :
         {binA, InventoryFixture::gtinOf(1), InventoryFixture::gtinOf(1), binC, InventoryFixture::gtinOf(2)})
        QVERIFY(scanAndRecord(s, code).accepted);
    QCOMPARE(m_f->onHand(blue, binA), 3);
    QCOMPARE(m_f->onHand(red, binC), 2);
    const qint64 notices = scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'notification'"));
    QCOMPARE(notices, qint64(0));

    auto result = m_store->shortPick(stopAt(o, 0, binB), ShortPickResolution::Backorder, kActor);
    STATION_VERIFY_OK(result);
    QCOMPARE(result->missing, 1);
    QCOMPARE(result->putBack, 3);
    QVERIFY(result->onHold);
    QVERIFY(result->taskId > 0);

    // Picked units back in their bins, nothing reserved, the lines start again from nothing.
    QCOMPARE(m_f->onHand(blue, binA), 5);
    QCOMPARE(m_f->onHand(red, binC), 3);
    // The short bin's missing unit is taken off its book (the count task will check), so intake cannot
    // allocate it again.
    QCOMPARE(result->bookedOut, 1);
    QCOMPARE(m_f->onHand(blue, binB), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'correction' AND sku = ? "
                                   "AND location = ? AND delta = -1"),
                    {blue, binB}),
             qint64(1));
    QCOMPARE(m_f->reserved(blue, binA), 0);
    QCOMPARE(m_f->reserved(blue, binB), 0);
    QCOMPARE(m_f->reserved(red, binC), 0);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM reservations WHERE order_id = ?"), {o.id}), qint64(0));
    QCOMPARE(m_f->rows(QStringLiteral("SELECT sku, location, delta, order_id, actor FROM stock_movements "
                                      "WHERE reason = 'restock' ORDER BY location")),
             QStringLiteral("%1|%2|2|%3|%4\n%5|%6|1|%3|%4").arg(blue, binA).arg(o.id).arg(kActor).arg(red, binC));
    QCOMPARE(
        m_f->rows(QStringLiteral("SELECT picked_quantity, short_quantity FROM order_lines WHERE order_id = ?"), {o.id}),
        QStringLiteral("0|0\n0|0"));

    // On a backorder hold placed by the picker; the customer told once; the marketplace told twice.
    QCOMPARE(status(o.id), QStringLiteral("on_hold"));
    auto holds = m_intake->holds(o.id);
    STATION_VERIFY_OK(holds);
    QCOMPARE(holds->size(), 1);
    QCOMPARE(holds->first().kind, QString(Hold::Backorder));
    QVERIFY(holds->first().isOpen());
    QCOMPARE(holds->first().placedBy, kActor);
    QCOMPARE(holds->first().reasons.first().check, QStringLiteral("stock"));
    QVERIFY(holds->first().reasons.first().detail.contains(binB));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'notification' AND order_id = ?"), {o.id}),
             qint64(1));
    const QStringList events =
        m_f->rows(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'order_event' AND order_id = ? ORDER BY id"),
                  {o.id})
            .split(u'\n');
    QCOMPARE(events.size(), 3); // picking, short_pick, on_hold
    const QJsonObject shortPick = InventoryFixture::json(events.at(1));
    QCOMPARE(shortPick.value(QLatin1String("type")).toString(), QStringLiteral("short_pick"));
    QCOMPARE(shortPick.value(QLatin1String("resolution")).toString(), QStringLiteral("backorder"));
    QCOMPARE(
        shortPick.value(QLatin1String("lines")).toArray().at(0).toObject().value(QLatin1String("quantity")).toInt(), 1);
    const QJsonObject onHold = InventoryFixture::json(events.at(2));
    QCOMPARE(onHold.value(QLatin1String("type")).toString(), QStringLiteral("status_changed"));
    QCOMPARE(onHold.value(QLatin1String("status")).toString(), QStringLiteral("on_hold"));
    QCOMPARE(m_f->rows(QStringLiteral("SELECT kind FROM tasks WHERE order_id = ?"), {o.id}),
             QStringLiteral("count_bin"));
    // Nothing to pick now; every unit is missing until intake allocates again.
    auto stops = m_store->stops({o.id});
    STATION_VERIFY_OK(stops);
    QVERIFY(stops->isEmpty());
    QCOMPARE(m_store->missingUnits(o.id).value_or(-1), 4);
}

void TestPickStore::backorderRoundTripBackToReady()
{
    const QString blue = InventoryFixture::mugBlue();
    const QString binA = InventoryFixture::binA();
    QVERIFY(m_f->setStock(blue, binA, 2));
    const CreatedOrder o = makeOrder({{blue, 2}});
    reserve(o, 0, binA, 2);
    STATION_VERIFY_OK(m_store->start(o.id, kActor));
    PickSession s = session(o);
    scanAndRecord(s, binA);
    scanAndRecord(s, InventoryFixture::gtinOf(1));
    // The bin held one mug, not two.
    auto result = m_store->shortPick(stopAt(o, 0, binA), ShortPickResolution::Backorder, kActor);
    STATION_VERIFY_OK(result);
    QCOMPARE(result->putBack, 1);
    QCOMPARE(status(o.id), QStringLiteral("on_hold"));

    // The count task: the bin really holds the one mug that went back.
    STATION_VERIFY_OK(m_f->store().confirmCount(binA, {CountedItem{blue, 1}}, QStringLiteral("counter")));
    m_f->clock().advanceSecs(60);
    auto stillShort = m_intake->run();
    STATION_VERIFY_OK(stillShort);
    QCOMPARE(stillShort->backordered, 1);
    QCOMPARE(stillShort->released, 0);
    QCOMPARE(status(o.id), QStringLiteral("on_hold"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM reservations")), qint64(0));

    // Stock arrives: intake releases the hold and allocates the order again.
    STATION_VERIFY_OK(m_f->store().restock(blue, binA, 4, StockReason::Restock, QStringLiteral("receiving")));
    m_f->clock().advanceSecs(60);
    auto released = m_intake->run();
    STATION_VERIFY_OK(released);
    QCOMPARE(released->released, 1);
    QCOMPARE(released->ready, 1);
    QCOMPARE(status(o.id), QStringLiteral("ready"));
    auto holds = m_intake->holds(o.id);
    STATION_VERIFY_OK(holds);
    QCOMPARE(holds->size(), 1);
    QVERIFY(!holds->first().isOpen());
    QCOMPARE(holds->first().releaseReason, QString(Hold::ReleasedStockAvailable));
    QCOMPARE(m_f->rows(QStringLiteral("SELECT order_line_id, location, quantity FROM reservations")),
             QStringLiteral("%1|%2|2").arg(o.lineIds.at(0)).arg(binA));
    QCOMPARE(m_f->reserved(blue, binA), 2);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'notification'")), qint64(1));

    // Picked afresh: the earlier pick (put back) does not count.
    STATION_VERIFY_OK(m_store->start(o.id, kActor));
    auto stops = m_store->stops({o.id});
    STATION_VERIFY_OK(stops);
    QCOMPARE(stops->size(), 1);
    QCOMPARE(stops->first().quantity, 2);
    QCOMPARE(stops->first().picked, 0);

    // Short again after one mug: only that mug goes back (the first pick was put back already).
    PickSession second(*stops);
    scanAndRecord(second, binA);
    scanAndRecord(second, InventoryFixture::gtinOf(1));
    QCOMPARE(m_f->onHand(blue, binA), 4);
    auto twice = m_store->shortPick(stopAt(o, 0, binA), ShortPickResolution::Backorder, kActor);
    STATION_VERIFY_OK(twice);
    QCOMPARE(twice->putBack, 1);
    // The mug comes back to bin A, and the unit the picker did not find there goes off its book.
    QCOMPARE(twice->bookedOut, 1);
    QCOMPARE(m_f->onHand(blue, binA), 4);
    QCOMPARE(status(o.id), QStringLiteral("on_hold"));
    // The same order version held for the same cause: the customer is not told again.
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'notification'")), qint64(1));
    m_f->clock().advanceSecs(60);
    auto thirdPass = m_intake->run();
    STATION_VERIFY_OK(thirdPass);
    QCOMPARE(thirdPass->released, 1);
    QCOMPARE(status(o.id), QStringLiteral("ready"));

    STATION_VERIFY_OK(m_store->start(o.id, kActor));
    PickSession again = session(o);
    QCOMPARE(again.stops().size(), 1);
    QCOMPARE(again.stops().first().picked, 0);
    scanAndRecord(again, binA);
    scanAndRecord(again, InventoryFixture::gtinOf(1));
    scanAndRecord(again, InventoryFixture::gtinOf(1));
    QVERIFY(again.isDone());
    auto finished = m_store->finishIfComplete(o.id, kActor);
    STATION_VERIFY_OK(finished);
    QVERIFY(*finished);
    QCOMPARE(m_f->onHand(blue, binA), 2);
}

void TestPickStore::splitUnitsAreNotAllocatedAgain()
{
    const QString blue = InventoryFixture::mugBlue();
    const QString red = InventoryFixture::mugRed();
    const QString binA = InventoryFixture::binA();
    const QString binB = InventoryFixture::binB();
    const QString binC = InventoryFixture::binC();
    QVERIFY(m_f->setStock(blue, binA, 1));
    QVERIFY(m_f->setStock(blue, binB, 1));
    QVERIFY(m_f->setStock(red, binC, 1));
    const CreatedOrder o = makeOrder({{blue, 2}, {red, 1}});
    reserve(o, 0, binA, 1);
    reserve(o, 0, binB, 1);
    reserve(o, 1, binC, 1);
    STATION_VERIFY_OK(m_store->start(o.id, kActor));
    PickSession s = session(o);
    QVERIFY(scanAndRecord(s, binA).accepted);
    QVERIFY(scanAndRecord(s, InventoryFixture::gtinOf(1)).accepted);
    // Bin B's mug is missing: split it off. Then the red mug is missing too: backorder the order.
    STATION_VERIFY_OK(m_store->shortPick(stopAt(o, 0, binB), ShortPickResolution::Split, kActor));
    STATION_VERIFY_OK(m_store->shortPick(stopAt(o, 1, binC), ShortPickResolution::Backorder, kActor));
    QCOMPARE(status(o.id), QStringLiteral("on_hold"));

    // Red arrives. Intake wants one blue mug (two ordered, one split off) and the red one: both are there.
    STATION_VERIFY_OK(m_f->store().restock(red, binC, 1, StockReason::Restock, QStringLiteral("receiving")));
    m_f->clock().advanceSecs(60);
    auto pass = m_intake->run();
    STATION_VERIFY_OK(pass);
    QVERIFY2(status(o.id) == QStringLiteral("ready"),
             qPrintable(m_f->rows(QStringLiteral("SELECT sku, location, on_hand, reserved FROM stock")) +
                        m_f->rows(QStringLiteral("SELECT reasons FROM holds WHERE order_id = ?"), {o.id})));
    QCOMPARE(scalar(QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM reservations WHERE order_line_id = ?"),
                    {o.lineIds.at(0)}),
             qint64(1));
    STATION_VERIFY_OK(m_store->start(o.id, kActor));
    PickSession again = session(o);
    QCOMPARE(again.unitsTotal(), 2);
    for (const PickStop& stop : again.stops()) {
        QVERIFY(scanAndRecord(again, stop.location).accepted);
        QVERIFY(scanAndRecord(again, stop.gtin14).accepted);
    }
    QVERIFY(again.isDone());
    auto finished = m_store->finishIfComplete(o.id, kActor);
    STATION_VERIFY_OK(finished);
    QVERIFY(*finished);
}

// ---- Finishing ------------------------------------------------------------------------------------------

void TestPickStore::finishIfComplete()
{
    const QString binA = InventoryFixture::binA();
    QVERIFY(m_f->setStock(InventoryFixture::mugBlue(), binA, 2));
    const CreatedOrder o = makeOrder({{InventoryFixture::mugBlue(), 2}});
    reserve(o, 0, binA, 2);
    auto notStarted = m_store->finishIfComplete(o.id, kActor);
    STATION_VERIFY_OK(notStarted);
    QVERIFY(!*notStarted);
    STATION_VERIFY_OK(m_store->start(o.id, kActor));
    PickSession s = session(o);
    scanAndRecord(s, binA);
    scanAndRecord(s, InventoryFixture::gtinOf(1));
    const QString before = everything();
    auto half = m_store->finishIfComplete(o.id, kActor);
    STATION_VERIFY_OK(half);
    QVERIFY(!*half);
    QCOMPARE(everything(), before);
    QCOMPARE(status(o.id), QStringLiteral("picking"));

    scanAndRecord(s, InventoryFixture::gtinOf(1));
    auto done = m_store->finishIfComplete(o.id, kActor);
    STATION_VERIFY_OK(done);
    QVERIFY(*done);
    QCOMPARE(status(o.id), QStringLiteral("picked"));
    const QJsonObject event = InventoryFixture::json(
        m_f->rows(QStringLiteral("SELECT payload FROM outbox WHERE kind = 'order_event' ORDER BY id DESC LIMIT 1")));
    QCOMPARE(event.value(QLatin1String("status")).toString(), QStringLiteral("picked"));
    QCOMPARE(m_f->rows(QStringLiteral("SELECT actor FROM audit_log WHERE action = 'status_changed' "
                                      "ORDER BY id DESC LIMIT 1")),
             kActor);
    auto again = m_store->finishIfComplete(o.id, kActor);
    STATION_VERIFY_OK(again);
    QVERIFY(!*again);
    QCOMPARE(m_store->finishIfComplete(987654, kActor).error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestPickStore)
#include "TestPickStore.moc"
