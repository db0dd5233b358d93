#include "SandboxLife.h"

#include "demo/DemoGenerator.h"
#include "domain/Location.h"
#include "domain/OrderStatus.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/SandboxRandom.h"
#include "sync/ApiJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>
#include <array>
#include <functional>
#include <limits>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxLife", text);
}

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
/// Arrivals missed while nobody was looking are made up for at most this far back.
constexpr qint64 kArrivalCatchUpMs = kHour;
/// Events carried out by one catch-up; the rest follow on the next.
constexpr int kCatchUpBatch = 20000;
/// A bin emptied by the life of the marketplace is refilled this much later (scaled).
constexpr qint64 kRestockMs = 4 * kHour;

/// The questions asked of SandboxRandom; each has its own salt so answers are independent.
enum Salt : quint64 {
    SaltPayment = 1,
    SaltCancelledAtStart,
    SaltCancelledAfter,
    SaltCancelLater,
    SaltCancelDelay,
    SaltCaptureDelay,
    SaltStockEmpty,
    SaltStockLevel,
    SaltTrackingJitter,
    SaltTrackingException,
    SaltReturn,
    SaltReturnDelay,
    SaltReturnLine,
    SaltReturnQuantity,
    SaltReturnReason,
    SaltReturnAll,
    SaltReturnResolution,
    SaltFeedback,
    SaltFeedbackDelay,
    SaltRating,
    SaltComment,
    SaltRestock,
    SaltOutOfStockSku,
    SaltOutOfStockOrder,
    SaltOutOfStockLine,
    SaltOutOfStockPick,
    SaltGuaranteedOutOfStock,
    SaltGuaranteedPending,
};

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Result<QSqlQuery> run(Database& db, const QString& sql, const QVariantList& values, const QString& what)
{
    auto q = db.prepare(sql);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant& v : values)
        q->addBindValue(v);
    if (auto r = Database::exec(*q, what); !r)
        return std::unexpected(r.error());
    return q;
}

Status runStatus(Database& db, const QString& sql, const QVariantList& values, const QString& what)
{
    auto q = run(db, sql, values, what);
    if (!q)
        return std::unexpected(q.error());
    return {};
}

/// How far along the carrier's part an order is: 0 before, 1 in transit, 2 out for delivery, 3 delivered;
/// -1 for orders the carrier no longer moves (cancelled, returned, closed).
int carrierRank(const QString& status)
{
    const auto s = OrderStatuses::fromKey(status).value_or(OrderStatus::New);
    switch (s) {
    case OrderStatus::InTransit:
        return 1;
    case OrderStatus::OutForDelivery:
        return 2;
    case OrderStatus::Delivered:
        return 3;
    case OrderStatus::Cancelled:
    case OrderStatus::ReturnRequested:
    case OrderStatus::ReturnReceived:
    case OrderStatus::Inspected:
    case OrderStatus::Closed:
        return -1;
    default:
        return 0;
    }
}

int parcelRank(const QString& trackingStatus)
{
    if (trackingStatus == QLatin1String("delivered"))
        return 3;
    if (trackingStatus == QLatin1String("out_for_delivery"))
        return 2;
    if (trackingStatus == QLatin1String("in_transit"))
        return 1;
    return 0;
}

QString trackingDescription(const QString& status)
{
    if (status == QLatin1String("in_transit"))
        return tr("Collected by the carrier and on its way to the delivery depot");
    if (status == QLatin1String("out_for_delivery"))
        return tr("Out for delivery with the driver");
    if (status == QLatin1String("delivered"))
        return tr("Delivered and signed for");
    return tr("Delayed at the depot: the carrier is checking the address");
}

/// Typical carrier times from hand-over, per service level: in transit, out for delivery, delivered.
std::array<qint64, 3> carrierTimes(const QString& serviceLevel)
{
    if (serviceLevel == QLatin1String("same_day"))
        return {30 * kMinute, 3 * kHour, 5 * kHour};
    if (serviceLevel == QLatin1String("expedited"))
        return {2 * kHour, 18 * kHour, 21 * kHour};
    if (serviceLevel == QLatin1String("international"))
        return {6 * kHour, 4 * kDay, 4 * kDay + 4 * kHour};
    return {4 * kHour, 26 * kHour, 30 * kHour};
}

// What customers write; sample data in the customers' words, not text of this program.
const QStringList& comments(int rating)
{
    static const QList<QStringList> byRating = {
        {QStringLiteral("Parcel arrived damaged and nobody answered my email."), QStringLiteral("Wrong size sent.")},
        {QStringLiteral("Took much longer than promised."), QStringLiteral("Box was crushed, item fine.")},
        {QStringLiteral("Okay, but the tracking did not update for two days."), QString()},
        {QStringLiteral("Good service, arrived on time."), QStringLiteral("Well packed."), QString()},
        {QStringLiteral("Excellent! Lovely gift wrapping."), QStringLiteral("Super fast delivery, dankie!"),
         QStringLiteral("Ngiyabonga, everything perfect."), QString()},
    };
    return byRating.at(std::clamp(rating, 1, 5) - 1);
}

const QStringList& returnReasons()
{
    static const QStringList r = {QStringLiteral("damaged"),          QStringLiteral("wrong_item"),
                                  QStringLiteral("not_as_described"), QStringLiteral("changed_mind"),
                                  QStringLiteral("wrong_size"),       QStringLiteral("defective")};
    return r;
}
} // namespace

SandboxLife::SandboxLife(SandboxStore& store, SandboxClock& clock, const SandboxOptions& options)
    : m_store(store), m_clock(clock), m_options(options)
{}

qint64 SandboxLife::arrivalIntervalMs() const
{
    if (!(m_options.arrivalRatePerMinute > 0))
        return 0;
    return std::max<qint64>(1, qint64(60000.0 / m_options.arrivalRatePerMinute));
}

Result<qint64> SandboxLife::metaInt(const QString& key, qint64 fallback)
{
    auto v = m_store.meta(key);
    if (!v)
        return std::unexpected(v.error());
    bool ok = false;
    const qint64 n = v->toLongLong(&ok);
    return ok ? n : fallback;
}

Result<QString> SandboxLife::nextId(const QString& table, const QString& prefix, int width)
{
    auto n = lastRow(table);
    if (!n)
        return std::unexpected(n.error());
    return prefix + QString::number(*n + 1).rightJustified(width, u'0');
}

Result<qint64> SandboxLife::lastRow(const QString& table)
{
    // Rows are never deleted from these tables, so the largest rowid is also the number of rows.
    auto q = run(m_store.database(), QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(table), {},
                 QStringLiteral("last row of %1").arg(table));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<SandboxStore::OrderRow> SandboxLife::makeOrder(qint64 index, qint64 total, qint64 confirmedMs,
                                                      qint64 generatorNowMs, bool initial, Twist twist)
{
    const quint64 seed = m_options.seed;
    const DemoGenerator generator(seed, fromMs(generatorNowMs));
    Order o = generator.makeOrder(index, total).order;
    const qint64 placedGap = std::clamp<qint64>(o.placedAt.msecsTo(o.confirmedAt), 0, 15 * kMinute);
    if (initial) {
        // The generator spreads orders over weeks; a marketplace's open orders are from the last two days.
        const double spanDays = std::clamp(double(total) / 2000.0, 14.0, 365.0);
        const qint64 age = std::max<qint64>(0, o.confirmedAt.msecsTo(fromMs(generatorNowMs)));
        confirmedMs = generatorNowMs - std::max<qint64>(kMinute, qint64(double(age) * 2.0 / spanDays));
    }
    // What a station would have done is undone: the marketplace's order is new, with no history.
    o.confirmedAt = fromMs(confirmedMs);
    o.placedAt = fromMs(confirmedMs - placedGap);
    o.status = OrderStatus::New;
    o.shippedAt = {};
    o.deliveredAt = {};
    o.version = 1;
    const double payment = SandboxRandom::unit(seed, quint64(index), SaltPayment);
    o.paymentStatus = payment < m_options.pendingPaymentShare || twist.pendingPayment ? PaymentStatus::Pending
                      : payment < m_options.pendingPaymentShare + m_options.failedPaymentShare
                          ? PaymentStatus::Failed
                          : PaymentStatus::Captured;
    if (initial && !m_outOfStock.isEmpty() &&
        (twist.outOfStock ||
         SandboxRandom::chance(seed, quint64(index), SaltOutOfStockOrder, m_options.outOfStockOrderShare)))
        addOutOfStockLine(o, index);
    qint64 updatedMs = confirmedMs;
    if (initial && SandboxRandom::chance(seed, quint64(index), SaltCancelledAtStart, m_options.cancelShare)) {
        o.status = OrderStatus::Cancelled;
        const qint64 after = SandboxRandom::between(seed, quint64(index), SaltCancelledAfter, 5, 90) * kMinute;
        updatedMs = std::min(confirmedMs + after, generatorNowMs);
    }
    o.updatedAt = fromMs(updatedMs);

    SandboxStore::OrderRow row;
    row.id = o.marketplaceId;
    row.index = index;
    row.number = o.number;
    row.version = 1;
    row.updatedMs = updatedMs;
    row.status = OrderStatuses::key(o.status);
    row.paymentStatus = PaymentStatuses::key(o.paymentStatus);
    row.body = ApiJson::orderToJson(o);
    return row;
}

QStringList SandboxLife::outOfStockSkus() const
{
    const QList<Product> catalogue = DemoGenerator::catalogue();
    QList<std::pair<double, qsizetype>> drawn;
    for (qsizetype i = 0; i < catalogue.size(); ++i)
        drawn.append({SandboxRandom::unit(m_options.seed, quint64(i), SaltOutOfStockSku), i});
    std::sort(drawn.begin(), drawn.end());
    QStringList skus;
    const qsizetype count = std::clamp<qsizetype>(m_options.outOfStockSkus, 0, catalogue.size());
    for (qsizetype i = 0; i < count; ++i)
        skus.append(catalogue.at(drawn.at(i).second).sku);
    return skus;
}

void SandboxLife::addOutOfStockLine(Order& o, qint64 index) const
{
    if (o.lines.isEmpty())
        return;
    for (const OrderLine& l : std::as_const(o.lines))
        if (m_outOfStock.contains(l.sku))
            return;
    const quint64 seed = m_options.seed;
    const QString sku = m_outOfStock.at(
        qsizetype(SandboxRandom::between(seed, quint64(index), SaltOutOfStockPick, 0, m_outOfStock.size() - 1)));
    static const QList<Product> catalogue = DemoGenerator::catalogue();
    const auto product =
        std::find_if(catalogue.cbegin(), catalogue.cend(), [&sku](const Product& p) { return p.sku == sku; });
    if (product == catalogue.cend())
        return;
    // The line keeps its id and quantity; everything else is the catalogue's, priced as DemoGenerator
    // prices it (US orders in dollars at 18 rand), and the totals follow.
    const bool usd = o.currency == QLatin1String("USD");
    OrderLine& line =
        o.lines[qsizetype(SandboxRandom::between(seed, quint64(index), SaltOutOfStockLine, 0, o.lines.size() - 1))];
    line.sku = product->sku;
    line.gtin = product->gtin;
    line.name = product->name;
    line.unitPriceMinor = usd ? (product->unitPriceMinor + 9) / 18 : product->unitPriceMinor;
    line.discountMinor = 0;
    line.serialTracked = product->serialTracked;
    line.fragile = product->fragile;
    line.weightGrams = product->weightGrams;
    const qint64 subtotal = o.itemsSubtotalMinor();
    if (o.discountMinor > 0)
        o.discountMinor = subtotal / 10;
    if (o.serviceLevel == ServiceLevel::Standard)
        o.shippingMinor = subtotal >= 50000 ? 0 : 6500;
    o.taxMinor = usd ? 0 : (subtotal - o.discountMinor + o.shippingMinor) * 15 / 100;
    o.totalMinor = subtotal - o.discountMinor + o.shippingMinor + o.taxMinor;
    o.instructions.fragile =
        std::any_of(o.lines.cbegin(), o.lines.cend(), [](const OrderLine& l) { return l.fragile; });
}

Status SandboxLife::seedCatalogue(qint64 atMs)
{
    auto existing = m_store.count(QStringLiteral("products"));
    if (!existing)
        return std::unexpected(existing.error());
    if (*existing > 0)
        return {};
    int n = 0;
    for (const Product& p : DemoGenerator::catalogue()) {
        const QString id = QStringLiteral("prd_") + QString::number(++n).rightJustified(6, u'0');
        auto stamp = m_store.stamp(SandboxStore::Feed::Products, id, atMs);
        if (!stamp)
            return std::unexpected(stamp.error());
        if (auto r =
                runStatus(m_store.database(),
                          QStringLiteral("INSERT INTO products (id, sku, gtin, name, weight_g, unit_price, currency,"
                                         " serial_tracked, fragile, version, updated_ms, seq)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
                          {id, p.sku, p.gtin.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(p.gtin),
                           p.name, p.weightGrams, p.unitPriceMinor, p.currency, p.serialTracked ? 1 : 0,
                           p.fragile ? 1 : 0, stamp->updatedMs, stamp->sequence},
                          QStringLiteral("insert product"));
            !r)
            return r;
    }
    qCInfo(lcSandbox) << "catalogue feed filled with" << n << "products";
    return {};
}

Status SandboxLife::scheduleOrderLife(const SandboxStore::OrderRow& order, qint64 fromMs, bool initial)
{
    if (order.status == QLatin1String("cancelled"))
        return {};
    const quint64 seed = m_options.seed;
    const quint64 index = quint64(order.index);
    if (order.paymentStatus != QLatin1String("captured")) {
        // Pending payments clear within the hour or two; failed ones succeed on the customer's retry.
        const bool failed = order.paymentStatus == QLatin1String("failed");
        const qint64 delay = SandboxRandom::between(seed, index, SaltCaptureDelay, failed ? 45 : 10, failed ? 240 : 90);
        if (auto r = m_store.schedule(fromMs + m_clock.scaled(delay * kMinute), QStringLiteral("capture"), order.id);
            !r)
            return r;
    }
    if (SandboxRandom::chance(seed, index, initial ? SaltCancelLater : SaltCancelledAtStart, m_options.cancelShare)) {
        const qint64 delay = SandboxRandom::between(seed, index, SaltCancelDelay, 20, 240);
        if (auto r = m_store.schedule(fromMs + m_clock.scaled(delay * kMinute), QStringLiteral("cancel"), order.id); !r)
            return r;
    }
    return {};
}

Status SandboxLife::populate()
{
    auto created = m_store.meta(QStringLiteral("created_ms"));
    if (!created)
        return std::unexpected(created.error());
    const qint64 now = m_clock.nowMs();
    if (!created->isEmpty()) {
        // A file from before the catalogue feed gets it now; anything else stays as it was.
        Transaction tx(m_store.database());
        if (auto b = tx.begin(); !b)
            return b;
        if (auto r = seedCatalogue(now); !r)
            return r;
        return tx.commit();
    }
    const qint64 total = std::max<qint64>(0, m_options.initialOrders);
    Transaction tx(m_store.database());
    if (auto b = tx.begin(); !b)
        return b;
    if (auto r = seedCatalogue(now); !r)
        return r;
    m_outOfStock = outOfStockSkus();
    const qint64 outOfStockRestockMs = qint64(std::max(0.0, m_options.outOfStockRestockHours) * double(kHour));

    // Stock: every catalogue item in its bin in each warehouse (same layout everywhere); a few SKUs are
    // out of stock everywhere until their restock.
    int item = 0;
    const QList<Warehouse> warehouses = DemoGenerator::warehouses();
    for (const Product& p : DemoGenerator::catalogue()) {
        for (const Warehouse& w : warehouses) {
            ++item;
            const Location bin(w.code, p.location.zone(), p.location.aisle(), p.location.bay(), p.location.level(),
                               p.location.bin());
            const bool outOfStock = m_outOfStock.contains(p.sku);
            const bool empty = outOfStock || SandboxRandom::chance(m_options.seed, quint64(item), SaltStockEmpty, 0.06);
            const qint64 onHand =
                empty ? 0 : SandboxRandom::between(m_options.seed, quint64(item), SaltStockLevel, 4, 160);
            const QString id = QStringLiteral("inv_") + QString::number(item).rightJustified(6, u'0');
            auto stamp = m_store.stamp(SandboxStore::Feed::Inventory, id, now);
            if (!stamp)
                return std::unexpected(stamp.error());
            if (auto r = runStatus(m_store.database(),
                                   QStringLiteral("INSERT INTO inventory (id, sku, location, on_hand, version,"
                                                  " updated_ms, seq) VALUES (?, ?, ?, ?, 1, ?, ?)"),
                                   {id, p.sku, bin.code(), onHand, stamp->updatedMs, stamp->sequence},
                                   QStringLiteral("insert stock"));
                !r)
                return r;
            if (empty)
                if (auto r = m_store.schedule(now + m_clock.scaled(outOfStock ? outOfStockRestockMs : kRestockMs),
                                              QStringLiteral("restock"), id);
                    !r)
                    return r;
        }
    }

    // Orders, stamped in (updated_at, id) order so the feed starts out in that order.
    QList<SandboxStore::OrderRow> rows;
    rows.reserve(total);
    for (qint64 i = 0; i < total; ++i) {
        auto row = makeOrder(i, total, now, now, true, Twist());
        if (!row)
            return std::unexpected(row.error());
        rows.append(std::move(*row));
    }
    // Whatever the draws said, training gets at least one open order with a line that cannot be filled
    // and one with its payment pending: each made again from a seed-chosen index with that twist.
    QHash<qint64, Twist> twists;
    auto guarantee = [&](Salt salt, const std::function<bool(const SandboxStore::OrderRow&)>& has,
                         bool Twist::*field) -> Status {
        auto open = [](const SandboxStore::OrderRow& r) { return r.status != QLatin1String("cancelled"); };
        if (rows.isEmpty() || std::any_of(rows.cbegin(), rows.cend(), [&](const auto& r) { return open(r) && has(r); }))
            return {};
        const qint64 first = SandboxRandom::between(m_options.seed, 0, salt, 0, total - 1);
        for (qint64 k = 0; k < total; ++k) {
            const qint64 i = (first + k) % total;
            if (!open(rows.at(i)))
                continue;
            Twist& twist = twists[i];
            twist.*field = true;
            auto row = makeOrder(i, total, now, now, true, twist);
            if (!row)
                return std::unexpected(row.error());
            rows[i] = std::move(*row);
            return {};
        }
        return {};
    };
    const auto hasOutOfStockLine = [this](const SandboxStore::OrderRow& r) {
        const QJsonArray lines = r.body.value(QLatin1String("lines")).toArray();
        return std::any_of(lines.cbegin(), lines.cend(), [this](const QJsonValue& l) {
            return m_outOfStock.contains(l.toObject().value(QLatin1String("sku")).toString());
        });
    };
    if (!m_outOfStock.isEmpty())
        if (auto r = guarantee(SaltGuaranteedOutOfStock, hasOutOfStockLine, &Twist::outOfStock); !r)
            return r;
    if (m_options.pendingPaymentShare > 0)
        if (auto r = guarantee(
                SaltGuaranteedPending,
                [](const SandboxStore::OrderRow& r) { return r.paymentStatus == QLatin1String("pending"); },
                &Twist::pendingPayment);
            !r)
            return r;
    std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
        return a.updatedMs != b.updatedMs ? a.updatedMs < b.updatedMs : a.id < b.id;
    });
    for (SandboxStore::OrderRow& row : rows) {
        auto stamp = m_store.stamp(SandboxStore::Feed::Orders, row.id, row.updatedMs);
        if (!stamp)
            return std::unexpected(stamp.error());
        row.updatedMs = stamp->updatedMs;
        row.sequence = stamp->sequence;
        if (auto r = m_store.insertOrder(row); !r)
            return r;
        if (auto r = scheduleOrderLife(row, now, true); !r)
            return r;
    }
    for (const auto& [key, value] : {std::pair{QStringLiteral("created_ms"), QString::number(now)},
                                     std::pair{QStringLiteral("seed"), QString::number(m_options.seed)},
                                     std::pair{QStringLiteral("next_index"), QString::number(total)},
                                     std::pair{QStringLiteral("out_of_stock_skus"), m_outOfStock.join(u',')}})
        if (auto r = m_store.setMeta(key, value); !r)
            return r;
    if (auto c = tx.commit(); !c)
        return c;
    qCInfo(lcSandbox) << "training marketplace created with" << total << "orders and" << item << "stock bins;"
                      << "out of stock everywhere:" << m_outOfStock;
    m_outOfStock.clear();
    return {};
}

Status SandboxLife::arrive(qint64 atMs, QStringList* ids)
{
    auto index = metaInt(QStringLiteral("next_index"), 0);
    if (!index)
        return std::unexpected(index.error());
    auto row = makeOrder(*index, *index + 1, atMs, atMs, false, Twist());
    if (!row)
        return std::unexpected(row.error());
    auto stamp = m_store.stamp(SandboxStore::Feed::Orders, row->id, atMs);
    if (!stamp)
        return std::unexpected(stamp.error());
    row->updatedMs = stamp->updatedMs;
    row->sequence = stamp->sequence;
    if (auto r = m_store.insertOrder(*row); !r)
        return r;
    if (auto r = scheduleOrderLife(*row, atMs, false); !r)
        return r;
    if (ids)
        ids->append(row->id);
    return m_store.setMeta(QStringLiteral("next_index"), QString::number(*index + 1));
}

Status SandboxLife::catchUp()
{
    const qint64 now = m_clock.nowMs();
    const qint64 interval = arrivalIntervalMs();
    if (interval > 0 && m_nextArrivalMs < 0) {
        auto stored = metaInt(QStringLiteral("next_arrival_ms"), -1);
        if (!stored)
            return std::unexpected(stored.error());
        m_nextArrivalMs = *stored >= 0 ? *stored : now + interval;
        m_arrivalsChanged = *stored < 0;
    }
    qint64 nextArrival =
        interval > 0 ? std::max(m_nextArrivalMs, now - kArrivalCatchUpMs) : std::numeric_limits<qint64>::max();
    // Idempotency records are kept for 48 hours of simulated time (the contract asks for at least 24).
    const bool purge = now - m_lastPurgeMs >= kHour;
    // Most ticks find nothing to do: look before taking the write lock.
    auto first = m_store.nextScheduled(now);
    if (!first)
        return std::unexpected(first.error());
    if (!*first && nextArrival > now && !purge && !m_arrivalsChanged)
        return {};

    Transaction tx(m_store.database());
    if (auto b = tx.begin(); !b)
        return b;
    for (int done = 0; done < kCatchUpBatch; ++done) {
        auto next = m_store.nextScheduled(now);
        if (!next)
            return std::unexpected(next.error());
        const bool arrivalDue = nextArrival <= now;
        if (!*next && !arrivalDue)
            break;
        if (arrivalDue && (!*next || nextArrival <= (*next)->dueMs)) {
            if (auto r = arrive(nextArrival); !r)
                return r;
            nextArrival += interval;
            m_arrivalsChanged = true;
            continue;
        }
        if (auto r = m_store.unschedule((*next)->id); !r)
            return r;
        if (auto r = process(**next); !r)
            return r;
    }
    if (m_arrivalsChanged)
        if (auto r = m_store.setMeta(QStringLiteral("next_arrival_ms"), QString::number(nextArrival)); !r)
            return r;
    if (purge)
        if (auto r = m_store.forgetResponsesBefore(now - 2 * kDay); !r)
            return r;
    if (auto c = tx.commit(); !c)
        return c;
    if (interval > 0)
        m_nextArrivalMs = nextArrival;
    m_arrivalsChanged = false;
    if (purge)
        m_lastPurgeMs = now;
    return {};
}

Result<int> SandboxLife::drain()
{
    int ran = 0;
    for (;;) {
        auto next = m_store.nextScheduled(std::numeric_limits<qint64>::max());
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        const qint64 now = m_clock.nowMs();
        if ((*next)->dueMs > now)
            m_clock.advance((*next)->dueMs - now);
        Transaction tx(m_store.database());
        if (auto b = tx.begin(); !b)
            return std::unexpected(b.error());
        auto due = m_store.nextScheduled(m_clock.nowMs());
        if (!due)
            return std::unexpected(due.error());
        if (*due) {
            if (auto r = m_store.unschedule((*due)->id); !r)
                return std::unexpected(r.error());
            if (auto r = process(**due); !r)
                return std::unexpected(r.error());
            ++ran;
        }
        if (auto c = tx.commit(); !c)
            return std::unexpected(c.error());
    }
    // Orders did not arrive while time was skipped; they resume from now.
    if (const qint64 interval = arrivalIntervalMs(); interval > 0) {
        m_nextArrivalMs = m_clock.nowMs() + interval;
        if (auto r = m_store.setMeta(QStringLiteral("next_arrival_ms"), QString::number(m_nextArrivalMs)); !r)
            return std::unexpected(r.error());
    }
    return ran;
}

Status SandboxLife::process(const SandboxStore::Scheduled& item)
{
    const qint64 at = item.dueMs;
    if (item.kind == QLatin1String("cancel"))
        return cancel(item.ref, at, false);
    if (item.kind == QLatin1String("capture"))
        return capture(item.ref, at);
    if (item.kind == QLatin1String("claim-expiry"))
        return expireClaim(item.ref, item.detail.toLongLong(), at);
    if (item.kind == QLatin1String("tracking"))
        return trackingStep(item.ref.toLongLong(), item.detail, at);
    if (item.kind == QLatin1String("return"))
        return requestReturn(item.ref, at);
    if (item.kind == QLatin1String("resolve-return"))
        return resolveReturn(item.ref, item.detail, at);
    if (item.kind == QLatin1String("feedback"))
        return leaveFeedback(item.ref, at);
    if (item.kind == QLatin1String("restock"))
        return restock(item.ref, at);
    qCWarning(lcSandbox) << "unknown scheduled event" << item.kind << "ignored";
    return {};
}

Status SandboxLife::bump(SandboxStore::OrderRow& order, qint64 atMs)
{
    auto stamp = m_store.stamp(SandboxStore::Feed::Orders, order.id, atMs);
    if (!stamp)
        return std::unexpected(stamp.error());
    ++order.version;
    order.updatedMs = stamp->updatedMs;
    order.sequence = stamp->sequence;
    return m_store.saveOrder(order);
}

Status SandboxLife::cancel(const QString& orderId, qint64 atMs, bool strict)
{
    auto order = m_store.order(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (!*order)
        return strict
                   ? fail(Error::Code::NotFound, tr("There is no order %1 in the training marketplace.").arg(orderId),
                          QStringLiteral("cancel: no order %1").arg(orderId))
                   : Status();
    SandboxStore::OrderRow& o = **order;
    if (o.status == QLatin1String("cancelled"))
        return {};
    const auto status = OrderStatuses::fromKey(o.status).value_or(OrderStatus::New);
    if (o.shipped || OrderStatuses::hasShipped(status) || carrierRank(o.status) < 0) {
        if (!strict)
            return {};
        return fail(Error::Code::Conflict,
                    tr("Order %1 has already shipped and can no longer be cancelled.").arg(orderId),
                    QStringLiteral("cancel: order %1 is %2").arg(orderId, o.status));
    }
    o.status = QStringLiteral("cancelled");
    qCInfo(lcSandbox) << "marketplace cancelled" << orderId;
    return bump(o, atMs);
}

Status SandboxLife::capture(const QString& orderId, qint64 atMs)
{
    auto order = m_store.order(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (!*order || (*order)->paymentStatus == QLatin1String("captured"))
        return {};
    (*order)->paymentStatus = QStringLiteral("captured");
    return bump(**order, atMs);
}

Status SandboxLife::expireClaim(const QString& orderId, qint64 expiresMs, qint64 atMs)
{
    auto order = m_store.order(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (!*order || (*order)->claimedBy.isEmpty() || (*order)->claimExpiresMs != expiresMs)
        return {}; // released, or renewed since
    (*order)->claimedBy.clear();
    (*order)->claimExpiresMs = 0;
    return bump(**order, atMs);
}

Status SandboxLife::scheduleClaimExpiry(const QString& orderId, qint64 expiresMs)
{
    return m_store.schedule(expiresMs, QStringLiteral("claim-expiry"), orderId, QString::number(expiresMs));
}

Status SandboxLife::startTracking(qint64 shipmentId, const SandboxStore::OrderRow& order, qint64 atMs)
{
    const quint64 seed = m_options.seed;
    const auto id = quint64(shipmentId);
    const QString level = order.body.value(QLatin1String("service_level")).toString();
    auto times = carrierTimes(level);
    // Each parcel is a little faster or slower than typical; a few are held at the depot for a day.
    const double jitter = 0.8 + 0.4 * SandboxRandom::unit(seed, id, SaltTrackingJitter);
    for (qint64& t : times)
        t = qint64(double(t) * jitter);
    const bool exception = SandboxRandom::chance(seed, id, SaltTrackingException, 0.03);
    if (exception) {
        times[1] += kDay;
        times[2] += kDay;
    }
    const QString ref = QString::number(shipmentId);
    const QStringList steps = {QStringLiteral("in_transit"), QStringLiteral("out_for_delivery"),
                               QStringLiteral("delivered")};
    for (int i = 0; i < 3; ++i)
        if (auto r =
                m_store.schedule(atMs + m_clock.scaled(times[size_t(i)]), QStringLiteral("tracking"), ref, steps.at(i));
            !r)
            return r;
    if (exception)
        if (auto r = m_store.schedule(atMs + m_clock.scaled((times[0] + times[1] - kDay) / 2),
                                      QStringLiteral("tracking"), ref, QStringLiteral("exception"));
            !r)
            return r;
    return {};
}

Status SandboxLife::trackingStep(qint64 shipmentId, const QString& status, qint64 atMs)
{
    Database& db = m_store.database();
    auto q = run(db, QStringLiteral("SELECT order_id, tracking_number FROM shipments WHERE id = ?"), {shipmentId},
                 QStringLiteral("read shipment"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return {};
    const QString orderId = q->value(0).toString();
    const QString trackingNumber = q->value(1).toString();
    auto id = nextId(QStringLiteral("tracking_events"), QStringLiteral("trk_"), 7);
    if (!id)
        return std::unexpected(id.error());
    auto stamp = m_store.stamp(SandboxStore::Feed::Tracking, *id, atMs);
    if (!stamp)
        return std::unexpected(stamp.error());
    if (auto r = runStatus(db,
                           QStringLiteral("INSERT INTO tracking_events (id, order_id, shipment_id, tracking_number,"
                                          " status, description, occurred_ms, version, updated_ms, seq)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"),
                           {*id, orderId, shipmentId, trackingNumber, status, trackingDescription(status), atMs,
                            stamp->updatedMs, stamp->sequence},
                           QStringLiteral("insert tracking event"));
        !r)
        return r;
    if (status == QLatin1String("exception"))
        return {};
    if (auto r = runStatus(db, QStringLiteral("UPDATE shipments SET tracking_status = ? WHERE id = ?"),
                           {status, shipmentId}, QStringLiteral("update shipment tracking"));
        !r)
        return r;
    return followTracking(orderId, atMs);
}

Status SandboxLife::followTracking(const QString& orderId, qint64 atMs)
{
    auto q = run(m_store.database(), QStringLiteral("SELECT tracking_status FROM shipments WHERE order_id = ?"),
                 {orderId}, QStringLiteral("read parcels"));
    if (!q)
        return std::unexpected(q.error());
    // The order is as far along as its slowest parcel.
    int rank = std::numeric_limits<int>::max();
    while (q->next())
        rank = std::min(rank, parcelRank(q->value(0).toString()));
    if (rank == std::numeric_limits<int>::max() || rank == 0)
        return {};
    auto order = m_store.order(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (!*order)
        return {};
    SandboxStore::OrderRow& o = **order;
    const int current = carrierRank(o.status);
    if (current < 0 || rank <= current)
        return {};
    static const QStringList statuses = {QString(), QStringLiteral("in_transit"), QStringLiteral("out_for_delivery"),
                                         QStringLiteral("delivered")};
    o.status = statuses.at(rank);
    if (auto r = bump(o, atMs); !r)
        return r;
    if (rank < 3)
        return {};
    // Delivered: some customers send something back, some leave a rating.
    const quint64 seed = m_options.seed;
    const auto index = quint64(o.index);
    if (SandboxRandom::chance(seed, index, SaltReturn, m_options.returnShare)) {
        const qint64 delay = SandboxRandom::between(seed, index, SaltReturnDelay, 2 * 24, 6 * 24) * kHour;
        if (auto r = m_store.schedule(atMs + m_clock.scaled(delay), QStringLiteral("return"), o.id); !r)
            return r;
    }
    if (SandboxRandom::chance(seed, index, SaltFeedback, m_options.feedbackShare)) {
        const qint64 delay = SandboxRandom::between(seed, index, SaltFeedbackDelay, 6, 72) * kHour;
        if (auto r = m_store.schedule(atMs + m_clock.scaled(delay), QStringLiteral("feedback"), o.id); !r)
            return r;
    }
    return {};
}

Status SandboxLife::requestReturn(const QString& orderId, qint64 atMs)
{
    auto order = m_store.order(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (!*order || (*order)->status != QLatin1String("delivered"))
        return {};
    SandboxStore::OrderRow& o = **order;
    const quint64 seed = m_options.seed;
    const auto index = quint64(o.index);
    const QJsonArray orderLines = o.body.value(QLatin1String("lines")).toArray();
    if (orderLines.isEmpty())
        return {};
    QJsonArray lines;
    const QString reason =
        returnReasons().at(int(SandboxRandom::between(seed, index, SaltReturnReason, 0, returnReasons().size() - 1)));
    auto lineJson = [&reason](const QJsonObject& l, qint64 quantity) {
        return QJsonObject{{QStringLiteral("line_id"), l.value(QLatin1String("line_id"))},
                           {QStringLiteral("sku"), l.value(QLatin1String("sku"))},
                           {QStringLiteral("quantity"), quantity},
                           {QStringLiteral("reason"), reason}};
    };
    if (SandboxRandom::chance(seed, index, SaltReturnAll, 0.2)) {
        for (const QJsonValue& v : orderLines)
            lines.append(lineJson(v.toObject(), v.toObject().value(QLatin1String("quantity")).toInteger()));
    } else {
        const QJsonObject l =
            orderLines.at(qsizetype(SandboxRandom::between(seed, index, SaltReturnLine, 0, orderLines.size() - 1)))
                .toObject();
        lines.append(lineJson(l, SandboxRandom::between(seed, index, SaltReturnQuantity, 1,
                                                        l.value(QLatin1String("quantity")).toInteger())));
    }
    auto n = lastRow(QStringLiteral("returns"));
    if (!n)
        return std::unexpected(n.error());
    const QString number = QString::number(*n + 1).rightJustified(6, u'0');
    const QString id = QStringLiteral("ret_") + number;
    const QString rma = QStringLiteral("RMA-%1-%2").arg(fromMs(atMs).date().year()).arg(number);
    auto stamp = m_store.stamp(SandboxStore::Feed::Returns, id, atMs);
    if (!stamp)
        return std::unexpected(stamp.error());
    if (auto r = runStatus(m_store.database(),
                           QStringLiteral("INSERT INTO returns (id, rma, order_id, status, requested_ms, version,"
                                          " updated_ms, seq, lines) VALUES (?, ?, ?, 'requested', ?, 1, ?, ?, ?)"),
                           {id, rma, o.id, atMs, stamp->updatedMs, stamp->sequence,
                            QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact))},
                           QStringLiteral("insert return"));
        !r)
        return r;
    o.status = QStringLiteral("return_requested");
    qCInfo(lcSandbox) << "return" << rma << "requested for" << o.id;
    return bump(o, atMs);
}

Status SandboxLife::resolveReturn(const QString& returnId, const QString& status, qint64 atMs)
{
    auto q = run(m_store.database(), QStringLiteral("SELECT order_id, status FROM returns WHERE id = ?"), {returnId},
                 QStringLiteral("read return"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next() || q->value(1).toString() != QLatin1String("inspected"))
        return {};
    const QString orderId = q->value(0).toString();
    auto stamp = m_store.stamp(SandboxStore::Feed::Returns, returnId, atMs);
    if (!stamp)
        return std::unexpected(stamp.error());
    if (auto r =
            runStatus(m_store.database(),
                      QStringLiteral("UPDATE returns SET status = ?, version = version + 1, updated_ms = ?, seq = ?"
                                     " WHERE id = ?"),
                      {status, stamp->updatedMs, stamp->sequence, returnId}, QStringLiteral("resolve return"));
        !r)
        return r;
    auto order = m_store.order(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (!*order || (*order)->status != QLatin1String("inspected"))
        return {};
    (*order)->status = QStringLiteral("closed");
    return bump(**order, atMs);
}

Status SandboxLife::leaveFeedback(const QString& orderId, qint64 atMs)
{
    auto order = m_store.order(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (!*order)
        return {};
    const quint64 seed = m_options.seed;
    const auto index = quint64((*order)->index);
    // Mostly happy customers, as on real marketplaces.
    const double u = SandboxRandom::unit(seed, index, SaltRating);
    const int rating = u < 0.04 ? 1 : u < 0.08 ? 2 : u < 0.18 ? 3 : u < 0.48 ? 4 : 5;
    const QStringList& options = comments(rating);
    const QString comment = options.at(int(SandboxRandom::between(seed, index, SaltComment, 0, options.size() - 1)));
    auto id = nextId(QStringLiteral("feedback"), QStringLiteral("fb_"));
    if (!id)
        return std::unexpected(id.error());
    auto stamp = m_store.stamp(SandboxStore::Feed::Feedback, *id, atMs);
    if (!stamp)
        return std::unexpected(stamp.error());
    return runStatus(m_store.database(),
                     QStringLiteral("INSERT INTO feedback (id, order_id, rating, comment, created_ms, version,"
                                    " updated_ms, seq) VALUES (?, ?, ?, ?, ?, 1, ?, ?)"),
                     {*id, orderId, rating, Database::text(comment), atMs, stamp->updatedMs, stamp->sequence},
                     QStringLiteral("insert feedback"));
}

Result<SandboxLife::StockChange> SandboxLife::adjustStock(const QString& sku, const QString& location, qint64 delta,
                                                          qint64 atMs)
{
    Database& db = m_store.database();
    auto q = run(db, QStringLiteral("SELECT id, on_hand, version FROM inventory WHERE sku = ? AND location = ?"),
                 {sku, location}, QStringLiteral("read stock"));
    if (!q)
        return std::unexpected(q.error());
    StockChange change;
    qint64 onHand = 0;
    const bool exists = q->next();
    if (exists) {
        change.inventoryId = q->value(0).toString();
        onHand = q->value(1).toLongLong();
        change.version = q->value(2).toLongLong() + 1;
    } else {
        auto next = nextId(QStringLiteral("inventory"), QStringLiteral("inv_"));
        if (!next)
            return std::unexpected(next.error());
        change.inventoryId = *next;
        change.version = 1;
    }
    change.onHand = onHand + delta;
    const QString& id = change.inventoryId;
    auto stamp = m_store.stamp(SandboxStore::Feed::Inventory, id, atMs);
    if (!stamp)
        return std::unexpected(stamp.error());
    const Status written =
        exists ? runStatus(db,
                           QStringLiteral("UPDATE inventory SET on_hand = ?, version = ?, updated_ms = ?, seq = ?"
                                          " WHERE id = ?"),
                           {change.onHand, change.version, stamp->updatedMs, stamp->sequence, id},
                           QStringLiteral("update stock"))
               : runStatus(db,
                           QStringLiteral("INSERT INTO inventory (id, sku, location, on_hand, version, updated_ms, seq)"
                                          " VALUES (?, ?, ?, ?, 1, ?, ?)"),
                           {id, sku, location, change.onHand, stamp->updatedMs, stamp->sequence},
                           QStringLiteral("insert stock"));
    if (!written)
        return std::unexpected(written.error());
    // An empty bin is refilled by the warehouse a few hours later.
    if (onHand > 0 && change.onHand <= 0)
        if (auto r = m_store.schedule(atMs + m_clock.scaled(kRestockMs), QStringLiteral("restock"), id); !r)
            return std::unexpected(r.error());
    return change;
}

Status SandboxLife::restock(const QString& inventoryId, qint64 atMs)
{
    auto q = run(m_store.database(), QStringLiteral("SELECT sku, location, on_hand FROM inventory WHERE id = ?"),
                 {inventoryId}, QStringLiteral("read stock"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next() || q->value(2).toLongLong() > 0)
        return {};
    const qint64 amount = SandboxRandom::between(m_options.seed, quint64(atMs), SaltRestock, 20, 100);
    auto r = adjustStock(q->value(0).toString(), q->value(1).toString(), amount, atMs);
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Status SandboxLife::cancelOrder(const QString& orderId)
{
    Transaction tx(m_store.database());
    if (auto b = tx.begin(); !b)
        return b;
    if (auto r = cancel(orderId, m_clock.nowMs(), true); !r)
        return r;
    return tx.commit();
}

Status SandboxLife::capturePayment(const QString& orderId)
{
    Transaction tx(m_store.database());
    if (auto b = tx.begin(); !b)
        return b;
    auto order = m_store.order(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (!*order)
        return fail(Error::Code::NotFound, tr("There is no order %1 in the training marketplace.").arg(orderId),
                    QStringLiteral("capture: no order %1").arg(orderId));
    if (auto r = capture(orderId, m_clock.nowMs()); !r)
        return r;
    return tx.commit();
}

Result<QStringList> SandboxLife::createOrders(int count)
{
    if (count < 0 || count > 100000)
        return fail(Error::Code::InvalidArgument, tr("The number of new orders must be between 0 and 100,000."),
                    QStringLiteral("createOrders(%1)").arg(count));
    Transaction tx(m_store.database());
    if (auto b = tx.begin(); !b)
        return std::unexpected(b.error());
    QStringList ids;
    const qint64 now = m_clock.nowMs();
    for (int i = 0; i < count; ++i)
        if (auto r = arrive(now, &ids); !r)
            return std::unexpected(r.error());
    if (auto c = tx.commit(); !c)
        return std::unexpected(c.error());
    return ids;
}

} // namespace saypro
