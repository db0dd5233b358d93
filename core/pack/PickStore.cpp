#include "PickStore.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/FulfilmentStateMachine.h"
#include "domain/Gtin.h"
#include "domain/Location.h"
#include "domain/OrderStatus.h"
#include "intake/IntakeRecords.h"
#include "intake/IntakeService.h"
#include "inventory/InventoryStore.h"
#include "pack/PickSession.h"
#include "storage/AuditLog.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "storage/Outbox.h"
#include "storage/SyncStore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace saypro {

namespace {

QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Status bindAndExec(QSqlQuery& q, const QVariantList& values, const QString& what)
{
    for (const QVariant& v : values)
        q.addBindValue(v);
    return Database::exec(q, what);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

/// What picking needs to know about an order row.
struct OrderRow
{
    qint64 id = 0;
    QString number;
    QString status;
    QString claimedBy;
    QString marketplaceId;
};

Result<OrderRow> readOrder(Database& db, qint64 orderId, const char* operation)
{
    auto q = db.prepare(QStringLiteral("SELECT number, status, claimed_by, marketplace_id FROM orders WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r =
            bindAndExec(*q, {orderId}, QStringLiteral("%1: read order %2").arg(QLatin1String(operation)).arg(orderId));
        !r)
        return std::unexpected(r.error());
    if (!q->next())
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("PickStore", "That order is not in this station."),
                    QStringLiteral("%1: no order with id %2").arg(QLatin1String(operation)).arg(orderId));
    return OrderRow{orderId, q->value(0).toString(), q->value(1).toString(), q->value(2).toString(),
                    q->value(3).toString()};
}

/// The status in words, for messages.
QString statusText(const QString& key)
{
    const auto status = OrderStatuses::fromKey(key);
    return status ? OrderStatuses::displayName(*status) : key;
}

/// Units picked for an order and not put back, per SKU and bin (pick movements less the restocks booked for it).
Result<QList<std::pair<std::pair<QString, QString>, int>>> netPicks(Database& db, qint64 orderId)
{
    auto q = db.prepare(QStringLiteral("SELECT sku, location, -sum(delta) FROM stock_movements WHERE order_id = ? "
                                       "AND reason IN ('pick', 'restock') GROUP BY sku, location "
                                       "HAVING -sum(delta) > 0 ORDER BY location, sku"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = bindAndExec(*q, {orderId}, QStringLiteral("read picks of order %1").arg(orderId)); !r)
        return std::unexpected(r.error());
    QList<std::pair<std::pair<QString, QString>, int>> out;
    while (q->next())
        out.append({{q->value(0).toString(), q->value(1).toString()}, q->value(2).toInt()});
    return out;
}

} // namespace

PickStore::PickStore(Database& db, const Clock& clock, QString station, InventoryStore& inventory,
                     IntakeService& intake)
    : m_db(db), m_clock(clock), m_station(std::move(station)), m_inventory(inventory), m_intake(intake)
{}

// ---- Reading ----------------------------------------------------------------------------------------------

Result<QList<OrderSummary>> PickStore::queue(int limit) const
{
    if (limit < 1)
        return fail(Error::Code::InvalidArgument, tr("The number of rows to show must be at least 1."),
                    QStringLiteral("pick queue: limit %1").arg(limit));
    // Both statuses take orders nobody holds or this station holds; idx_orders_status_ship_by finds them.
    return OrderStore(m_db, m_clock, m_station)
        .summaries(QStringLiteral(" WHERE status IN ('ready', 'picking') AND claimed_by IN ('', ?) AND "
                                  "(status = 'picking' OR verified_version IS version)"),
                   {Database::text(m_station)},
                   QStringLiteral("ship_by IS NULL, ship_by, confirmed_at IS NULL, confirmed_at, id"), limit);
}

Result<QList<PickStop>> PickStore::stops(const QList<qint64>& orderIds) const
{
    QSet<qint64> seen;
    for (qint64 id : orderIds) {
        if (seen.contains(id))
            return fail(Error::Code::InvalidArgument, tr("An order can be in a batch only once."),
                        QStringLiteral("stops: order %1 given twice").arg(id));
        seen.insert(id);
    }
    // A line without a valid GTIN of its own is scanned by its product's GTIN from the catalogue.
    auto lines = m_db.prepare(QStringLiteral("SELECT id, line_id, sku, gtin, name, serial_tracked, picked_quantity, "
                                             "(SELECT p.gtin FROM products p WHERE p.sku = order_lines.sku) FROM "
                                             "order_lines WHERE order_id = ? ORDER BY id"));
    auto reserved = m_db.prepare(QStringLiteral("SELECT order_line_id, location, sum(quantity) FROM reservations "
                                                "WHERE order_id = ? GROUP BY order_line_id, location"));
    for (auto* q : {&lines, &reserved})
        if (!*q)
            return std::unexpected(q->error());

    QList<PickStop> out;
    for (qsizetype position = 0; position < orderIds.size(); ++position) {
        const qint64 orderId = orderIds.at(position);
        auto order = readOrder(m_db, orderId, "stops");
        if (!order)
            return std::unexpected(order.error());

        struct Line
        {
            qint64 id = 0;
            QString lineId;
            QString sku;
            QString gtin14;
            QString name;
            bool serialTracked = false;
            int pickedQuantity = 0;
        };
        QList<Line> orderLines;
        if (auto r = bindAndExec(*lines, {orderId}, QStringLiteral("stops: lines of %1").arg(order->number)); !r)
            return std::unexpected(r.error());
        while (lines->next()) {
            QString gtin = lines->value(3).toString();
            if (!Gtin::isValid(gtin))
                gtin = lines->value(7).toString();
            orderLines.append(Line{lines->value(0).toLongLong(), lines->value(1).toString(), lines->value(2).toString(),
                                   Gtin::isValid(gtin) ? Gtin::toGtin14(gtin) : QString(), lines->value(4).toString(),
                                   lines->value(5).toInt() != 0, lines->value(6).toInt()});
        }
        lines->finish();

        // Units still reserved and units already taken, per (line, bin).
        QMap<std::pair<qint64, QString>, std::pair<int, int>> perBin; // reserved, picked
        if (auto r = bindAndExec(*reserved, {orderId}, QStringLiteral("stops: reservations of %1").arg(order->number));
            !r)
            return std::unexpected(r.error());
        while (reserved->next())
            perBin[{reserved->value(0).toLongLong(), reserved->value(1).toString()}].first +=
                reserved->value(2).toInt();
        reserved->finish();

        // Movements know the SKU, not the line: the units picked of a SKU in a bin go to the order's lines of
        // that SKU in line order, each up to its picked quantity (which a backorder resets).
        auto picks = netPicks(m_db, orderId);
        if (!picks)
            return std::unexpected(picks.error());
        QHash<qint64, int> capacity;
        for (const Line& l : std::as_const(orderLines))
            capacity.insert(l.id, l.pickedQuantity);
        for (const auto& [key, total] : std::as_const(*picks)) {
            int units = total;
            for (const Line& l : std::as_const(orderLines)) {
                if (units == 0)
                    break;
                if (l.sku != key.first)
                    continue;
                const int take = std::min(units, capacity.value(l.id));
                if (take <= 0)
                    continue;
                perBin[{l.id, key.second}].second += take;
                capacity[l.id] -= take;
                units -= take;
            }
        }

        for (const Line& l : std::as_const(orderLines)) {
            for (auto it = perBin.constBegin(); it != perBin.constEnd(); ++it) {
                if (it.key().first != l.id)
                    continue;
                const auto [held, taken] = it.value();
                if (held + taken <= 0)
                    continue;
                PickStop s;
                s.orderId = orderId;
                s.orderNumber = order->number;
                s.tote = int(position) + 1;
                s.orderLineId = l.id;
                s.lineId = l.lineId;
                s.sku = l.sku;
                s.gtin14 = l.gtin14;
                s.name = l.name;
                s.location = it.key().second;
                s.quantity = held + taken;
                s.picked = taken;
                s.serialTracked = l.serialTracked;
                out.append(s);
            }
        }
    }
    return PickSession(std::move(out)).stops();
}

Result<int> PickStore::missingUnits(qint64 orderId) const
{
    auto order = readOrder(m_db, orderId, "missingUnits");
    if (!order)
        return std::unexpected(order.error());
    auto q = m_db.prepare(QStringLiteral(
        "SELECT coalesce(sum(max(ol.quantity - ol.short_quantity - ol.picked_quantity - coalesce(r.units, 0), 0)), 0) "
        "FROM order_lines ol LEFT JOIN (SELECT order_line_id, sum(quantity) AS units FROM reservations "
        "WHERE order_id = ? GROUP BY order_line_id) r ON r.order_line_id = ol.id WHERE ol.order_id = ?"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = bindAndExec(*q, {orderId, orderId}, QStringLiteral("missing units of %1").arg(order->number)); !r)
        return std::unexpected(r.error());
    return q->next() ? q->value(0).toInt() : 0;
}

// ---- Starting ---------------------------------------------------------------------------------------------

Result<bool> PickStore::claimNeeded(qint64 orderId) const
{
    auto order = readOrder(m_db, orderId, "claim needed");
    if (!order)
        return std::unexpected(order.error());
    if (order->status != OrderStatuses::key(OrderStatus::Ready) || !order->claimedBy.isEmpty())
        return false; // not claimable, already ours, or another station's: start() says which
    auto q = m_db.prepare(
        QStringLiteral("SELECT 1 FROM outbox WHERE order_id = ? AND kind = 'claim' AND delivered_at IS NULL LIMIT 1"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = bindAndExec(*q, {orderId}, QStringLiteral("find queued claim of %1").arg(order->number)); !r)
        return std::unexpected(r.error());
    return !q->next();
}

std::function<QString(const QString& gtin14)> PickStore::productNameLookup() const
{
    return CatalogueStore(m_db).nameLookup();
}

Result<qint64> PickStore::queueClaim(qint64 orderId, int leaseSeconds)
{
    auto order = readOrder(m_db, orderId, "queue claim");
    if (!order)
        return std::unexpected(order.error());
    if (!order->claimedBy.isEmpty() && order->claimedBy != m_station)
        return fail(
            Error::Code::Conflict,
            tr("Order %1 is held by station %2; it cannot be picked here.").arg(order->number, order->claimedBy),
            QStringLiteral("queue claim of %1 at %2: claimed by %3").arg(order->number, m_station, order->claimedBy));
    auto row = SyncStore(m_db, m_clock, m_station)
                   .enqueueClaim(orderId, order->marketplaceId, leaseSeconds,
                                 QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (!row)
        return std::unexpected(row.error());
    qCInfo(lcPick).noquote() << "claim of" << order->number << "queued at" << m_station << "(outbox row" << *row << ")";
    return *row;
}

Status PickStore::start(qint64 orderId, const QString& actor)
{
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return r;
    auto order = readOrder(m_db, orderId, "start pick");
    if (!order)
        return std::unexpected(order.error());
    if (!order->claimedBy.isEmpty() && order->claimedBy != m_station)
        return fail(
            Error::Code::Conflict,
            tr("Order %1 is held by station %2; it cannot be picked here.").arg(order->number, order->claimedBy),
            QStringLiteral("start pick of %1 at %2: claimed by %3").arg(order->number, m_station, order->claimedBy));
    bool claimed = order->claimedBy == m_station;
    if (!claimed) {
        auto q = m_db.prepare(QStringLiteral(
            "SELECT 1 FROM outbox WHERE order_id = ? AND kind = 'claim' AND delivered_at IS NULL LIMIT 1"));
        if (!q)
            return std::unexpected(q.error());
        if (auto r = bindAndExec(*q, {orderId}, QStringLiteral("find queued claim of %1").arg(order->number)); !r)
            return r;
        claimed = q->next();
    }
    if (!claimed)
        return fail(
            Error::Code::InvalidTransition,
            tr("Order %1 must be claimed by this station before it is picked.").arg(order->number),
            QStringLiteral("start pick of %1 at %2: no claim held and none queued").arg(order->number, m_station));
    if (order->status == OrderStatuses::key(OrderStatus::Picking))
        return {}; // already being picked here
    if (const auto from = OrderStatuses::fromKey(order->status); !from)
        return fail(Error::Code::InvalidTransition, tr("Order %1 cannot be picked.").arg(order->number),
                    QStringLiteral("start pick of %1: unknown status '%2'").arg(order->number, order->status));
    else if (auto allowed = FulfilmentStateMachine::validate(*from, OrderStatus::Picking); !allowed)
        return std::unexpected(allowed.error());
    // Units with no bin reserved (stock taken back by a rebalance, intake not yet run) could never be picked:
    // the order would sit in picking, out of intake's reach.
    auto missing = missingUnits(orderId);
    if (!missing)
        return std::unexpected(missing.error());
    if (*missing > 0)
        return fail(Error::Code::Conflict,
                    tr("Order %1 waits for stock to be allocated again (%n unit(s) have no bin); it cannot be picked "
                       "yet.",
                       nullptr, *missing)
                        .arg(order->number),
                    QStringLiteral("start pick of %1: %2 unit(s) neither reserved, picked nor split off")
                        .arg(order->number)
                        .arg(*missing));
    auto moved = OrderStore(m_db, m_clock, m_station).transition(orderId, OrderStatus::Picking, actor);
    if (!moved)
        return std::unexpected(moved.error());
    if (auto r = tx.commit(); !r)
        return r;
    qCInfo(lcPick).noquote() << "pick of" << order->number << "started at" << m_station << "by" << actor
                             << (order->claimedBy == m_station ? "(claim held)" : "(claim queued)");
    return {};
}

// ---- Booking ----------------------------------------------------------------------------------------------

Status PickStore::record(const PickOutcome& outcome, const PickStop* stop, const QString& actor)
{
    const bool picked = outcome.kind == PickScanKind::Picked;
    if (picked && (!stop || outcome.quantity < 1))
        return fail(Error::Code::InvalidArgument, tr("The pick could not be booked."),
                    QStringLiteral("record pick: %1, quantity %2")
                        .arg(stop ? QLatin1String("with a stop") : QLatin1String("without a stop"))
                        .arg(outcome.quantity));
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return r;

    QString number;
    if (picked) {
        auto order = readOrder(m_db, stop->orderId, "record pick");
        if (!order)
            return std::unexpected(order.error());
        number = order->number;
        if (order->status != OrderStatuses::key(OrderStatus::Picking))
            return fail(Error::Code::Conflict,
                        tr("Order %1 is no longer being picked (it is “%2”); nothing was booked.")
                            .arg(order->number, statusText(order->status)),
                        QStringLiteral("record pick of %1 line %2: order status %3")
                            .arg(order->number, stop->lineId, order->status));
        auto line = m_db.prepare(
            QStringLiteral("UPDATE order_lines SET picked_quantity = picked_quantity + ? WHERE id = ? AND order_id = ? "
                           "AND picked_quantity + ? <= quantity - short_quantity"));
        if (!line)
            return std::unexpected(line.error());
        if (auto r = bindAndExec(*line, {outcome.quantity, stop->orderLineId, stop->orderId, outcome.quantity},
                                 QStringLiteral("raise picked quantity of %1 line %2").arg(number, stop->lineId));
            !r)
            return r;
        if (line->numRowsAffected() != 1)
            return fail(Error::Code::Conflict,
                        tr("%1 of order %2 is already picked in full; nothing was booked.")
                            .arg(stop->name.isEmpty() ? stop->sku : stop->name, number),
                        QStringLiteral("record pick of %1 line %2 (+%3): line unknown or picked_quantity would exceed "
                                       "quantity - short_quantity")
                            .arg(number, stop->lineId)
                            .arg(outcome.quantity));
        auto movement = m_inventory.pick(stop->orderId, stop->orderLineId, stop->location, outcome.quantity, actor);
        if (!movement)
            return std::unexpected(movement.error());
    }

    auto log = m_db.prepare(QStringLiteral(
        "INSERT INTO scan_log(at, station, actor, order_id, code, symbology, accepted, reason, context, line_id, "
        "quantity, parcel, detail) VALUES(?, ?, ?, ?, ?, ?, ?, ?, 'pick', ?, ?, 0, ?)"));
    if (!log)
        return std::unexpected(log.error());
    const QString code = !outcome.raw.isEmpty() ? outcome.raw : outcome.code;
    if (auto r =
            bindAndExec(*log,
                        {m_clock.nowMs(), Database::text(m_station), Database::text(actor),
                         nullableId(stop ? stop->orderId : 0), Database::text(code), Database::text(outcome.symbology),
                         outcome.accepted ? 1 : 0, outcome.key(), Database::text(stop ? stop->lineId : QString()),
                         picked ? outcome.quantity : 0, Database::text(outcome.detail)},
                        QStringLiteral("log pick scan %1 (%2)").arg(code, outcome.key()));
        !r)
        return r;
    if (auto r = tx.commit(); !r)
        return r;
    if (picked)
        qCInfo(lcPick).noquote() << "picked" << outcome.quantity << "of" << stop->sku << "from" << stop->location
                                 << "for" << number << "line" << stop->lineId << "tote" << stop->tote << "by" << actor
                                 << ":" << outcome.detail;
    else
        qCDebug(lcPick).noquote() << "pick scan" << outcome.key() << code << "by" << actor << ":" << outcome.detail;
    return {};
}

// ---- Short picks ------------------------------------------------------------------------------------------

Result<ShortPickResult> PickStore::shortPick(const PickStop& stop, ShortPickResolution resolution, const QString& actor)
{
    const QString key = shortPickResolutionKey(resolution);
    const auto parsed = Location::parse(stop.location);
    if (!parsed)
        return fail(Error::Code::InvalidArgument,
                    tr("%1 is not a bin code; bin codes look like JHB1-A-03-12-2-04.").arg(stop.location.trimmed()),
                    QStringLiteral("short pick: '%1' does not parse as a bin code").arg(stop.location));
    const QString bin = parsed->code();

    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return std::unexpected(r.error());
    auto order = readOrder(m_db, stop.orderId, "short pick");
    if (!order)
        return std::unexpected(order.error());
    if (order->status != OrderStatuses::key(OrderStatus::Picking))
        return fail(Error::Code::InvalidTransition,
                    tr("Order %1 is not being picked (it is “%2”).").arg(order->number, statusText(order->status)),
                    QStringLiteral("short pick of %1: status %2").arg(order->number, order->status));

    auto line = m_db.prepare(QStringLiteral("SELECT line_id, sku, quantity, short_quantity, picked_quantity, name "
                                            "FROM order_lines WHERE id = ? AND order_id = ?"));
    if (!line)
        return std::unexpected(line.error());
    if (auto r = bindAndExec(*line, {stop.orderLineId, stop.orderId},
                             QStringLiteral("short pick: line %1 of %2").arg(stop.orderLineId).arg(order->number));
        !r)
        return std::unexpected(r.error());
    if (!line->next())
        return fail(
            Error::Code::InvalidArgument, tr("That line is not part of order %1.").arg(order->number),
            QStringLiteral("short pick: order line %1 does not belong to %2").arg(stop.orderLineId).arg(order->number));
    const QString lineId = line->value(0).toString();
    const QString sku = line->value(1).toString();
    const int lineQuantity = line->value(2).toInt();
    const int shortBefore = line->value(3).toInt();
    const int pickedBefore = line->value(4).toInt();
    const QString name = line->value(5).toString().isEmpty() ? sku : line->value(5).toString();
    line->finish();

    // What the bin still owes the line: its reservation there (the stop's remaining units when it was read).
    auto held = m_db.prepare(
        QStringLiteral("SELECT coalesce(sum(quantity), 0) FROM reservations WHERE order_line_id = ? AND location = ?"));
    if (!held)
        return std::unexpected(held.error());
    if (auto r =
            bindAndExec(*held, {stop.orderLineId, bin},
                        QStringLiteral("short pick: reservation of %1 line %2 in %3").arg(order->number, lineId, bin));
        !r)
        return std::unexpected(r.error());
    const int missing = held->next() ? held->value(0).toInt() : 0;
    held->finish();
    if (missing < 1)
        return fail(Error::Code::InvalidArgument,
                    tr("Nothing is left to pick of %1 in bin %2 for order %3.").arg(name, bin, order->number),
                    QStringLiteral("short pick of %1 line %2 in %3: no units reserved there (stop said %4 left)")
                        .arg(order->number, lineId, bin)
                        .arg(stop.remaining()));

    const QString detail = QStringLiteral("short pick of %1 line %2 (%3): %4 missing in %5; line quantity %6, "
                                          "picked %7, split off %8; resolution %9 by %10")
                               .arg(order->number, lineId, sku)
                               .arg(missing)
                               .arg(bin)
                               .arg(lineQuantity)
                               .arg(pickedBefore)
                               .arg(shortBefore)
                               .arg(key, actor);

    if (resolution == ShortPickResolution::Split) {
        auto toShip = m_db.prepare(
            QStringLiteral("SELECT coalesce(sum(quantity - short_quantity), 0) FROM order_lines WHERE order_id = ?"));
        if (!toShip)
            return std::unexpected(toShip.error());
        if (auto r = bindAndExec(*toShip, {stop.orderId}, QStringLiteral("short pick: units of %1").arg(order->number));
            !r)
            return std::unexpected(r.error());
        const int units = toShip->next() ? toShip->value(0).toInt() : 0;
        toShip->finish();
        if (units - missing < 1)
            return fail(
                Error::Code::InvalidArgument,
                tr("Nothing of order %1 would ship if %2 \u00d7%3 were split off: let it wait or backorder it.")
                    .arg(order->number, name)
                    .arg(missing),
                QStringLiteral("%1: split refused, %2 units to ship before, none after").arg(detail).arg(units));
        if (shortBefore + missing > lineQuantity - pickedBefore)
            return fail(Error::Code::InvalidArgument, tr("More units would be split off than are left on the line."),
                        QStringLiteral("%1: split refused, short %2 + %3 > quantity %4 - picked %5")
                            .arg(detail)
                            .arg(shortBefore)
                            .arg(missing)
                            .arg(lineQuantity)
                            .arg(pickedBefore));
    }

    auto addTask = [&](const QString& kind, const QString& title) -> Result<qint64> {
        auto q = m_db.prepare(QStringLiteral("INSERT INTO tasks(kind, order_id, created_at, title, detail, status, "
                                             "owner) VALUES(?, ?, ?, ?, ?, 'open', '')"));
        if (!q)
            return std::unexpected(q.error());
        if (auto r = bindAndExec(*q, {kind, stop.orderId, m_clock.nowMs(), title, detail},
                                 QStringLiteral("open %1 task for %2").arg(kind, order->number));
            !r)
            return std::unexpected(r.error());
        return q->lastInsertId().toLongLong();
    };

    ShortPickResult result;
    result.resolution = resolution;
    result.orderId = stop.orderId;
    result.orderNumber = order->number;
    result.sku = sku;
    result.location = bin;
    result.missing = missing;

    auto countTask =
        addTask(QStringLiteral("count_bin"), tr("Count bin %1: %2 short of %3").arg(bin).arg(missing).arg(sku));
    if (!countTask)
        return std::unexpected(countTask.error());
    result.taskId = *countTask;

    auto enqueueEvent = [&]() -> Status {
        const QJsonObject event{
            {QStringLiteral("type"), QStringLiteral("short_pick")},
            {QStringLiteral("resolution"), key},
            {QStringLiteral("lines"),
             QJsonArray{QJsonObject{{QStringLiteral("line_id"), lineId}, {QStringLiteral("quantity"), missing}}}},
            {QStringLiteral("occurred_at"), m_clock.now().toString(Qt::ISODateWithMs)},
            {QStringLiteral("actor"), actor}};
        auto queued = Outbox(m_db, m_clock)
                          .enqueue(stop.orderId, QStringLiteral("order_event"),
                                   QStringLiteral("/v1/orders/%1/events").arg(order->marketplaceId), event);
        if (!queued)
            return std::unexpected(queued.error());
        return {};
    };

    switch (resolution) {
    case ShortPickResolution::Wait: {
        auto replenish = addTask(QStringLiteral("replenish"),
                                 tr("Replenish %1 in bin %2 for order %3").arg(sku, bin, order->number));
        if (!replenish)
            return std::unexpected(replenish.error());
        result.taskId = *replenish;
        result.message = tr("Order %1 waits for %2 \u00d7%3 from bin %4: a replenishment task is open.")
                             .arg(order->number, name)
                             .arg(missing)
                             .arg(bin);
        break;
    }
    case ShortPickResolution::Split: {
        auto released =
            m_inventory.releaseLineAt(stop.orderId, stop.orderLineId, bin, actor,
                                      QStringLiteral("short pick: %1 split off in %2").arg(missing).arg(bin));
        if (!released)
            return std::unexpected(released.error());
        auto q =
            m_db.prepare(QStringLiteral("UPDATE order_lines SET short_quantity = short_quantity + ? WHERE id = ?"));
        if (!q)
            return std::unexpected(q.error());
        if (auto r = bindAndExec(*q, {missing, stop.orderLineId},
                                 QStringLiteral("split %1 off %2 line %3").arg(missing).arg(order->number, lineId));
            !r)
            return std::unexpected(r.error());
        if (auto r = enqueueEvent(); !r)
            return std::unexpected(r.error());
        result.message =
            tr("%1 \u00d7%2 split off order %3; the rest ships.").arg(name).arg(missing).arg(order->number);
        break;
    }
    case ShortPickResolution::Backorder: {
        auto picks = netPicks(m_db, stop.orderId);
        if (!picks)
            return std::unexpected(picks.error());
        for (const auto& [item, units] : std::as_const(*picks)) {
            auto back = m_inventory.restock(
                item.first, item.second, units, StockReason::Restock, actor,
                QStringLiteral("short pick of %1: back to its bin (backorder)").arg(order->number), stop.orderId);
            if (!back)
                return std::unexpected(back.error());
            result.putBack += units;
        }
        auto reset = m_db.prepare(QStringLiteral("UPDATE order_lines SET picked_quantity = 0 WHERE order_id = ?"));
        if (!reset)
            return std::unexpected(reset.error());
        if (auto r =
                bindAndExec(*reset, {stop.orderId}, QStringLiteral("reset picked quantities of %1").arg(order->number));
            !r)
            return std::unexpected(r.error());
        auto released = m_inventory.releaseOrder(
            stop.orderId, actor, QStringLiteral("short pick: backordered (%1 missing in %2)").arg(missing).arg(bin));
        if (!released)
            return std::unexpected(released.error());
        if (auto r = enqueueEvent(); !r)
            return std::unexpected(r.error());
        const HoldReason reason{QStringLiteral("stock"),
                                tr("%1: %2 missing in bin %3 at the pick.").arg(sku).arg(missing).arg(bin),
                                QStringLiteral("%1 short %2 in %3 at pick").arg(sku).arg(missing).arg(bin)};
        if (auto r = m_intake.holdForBackorder(stop.orderId, {reason}, actor); !r)
            return std::unexpected(r.error());
        result.onHold = true;
        result.message = tr("Order %1 waits for stock: %2 units back to their bins, the customer is told.")
                             .arg(order->number)
                             .arg(result.putBack);
        break;
    }
    }

    // The bin did not hold what the book says: when its reservation goes (split, backorder), take the missing
    // units off its book now, so intake does not allocate them again before the count task is done (a count
    // that finds them books them back). A wait keeps the reservation, so nobody else can take those units,
    // and its stop comes back on a later walk: it books nothing, and the shortfall is booked out once, when
    // the order finally splits or backorders.
    int correction = 0;
    if (resolution != ShortPickResolution::Wait) {
        auto level = m_inventory.level(sku, bin);
        if (!level && level.error().code != Error::Code::NotFound)
            return std::unexpected(level.error());
        correction = level ? std::min(missing, level->onHand) : 0;
    }
    if (correction > 0) {
        auto booked = m_inventory.adjust(sku, bin, -correction, StockReason::Correction, actor,
                                         QStringLiteral("short pick of %1: %2 not in the bin; count task %3")
                                             .arg(order->number)
                                             .arg(correction)
                                             .arg(*countTask));
        if (!booked)
            return std::unexpected(booked.error());
        result.bookedOut = correction;
    }

    AuditEntry audit;
    audit.at = m_clock.now();
    audit.actor = actor;
    audit.station = m_station;
    audit.entity = QStringLiteral("order");
    audit.entityId = order->number;
    audit.action = QStringLiteral("short_pick");
    audit.beforeJson = compactJson(QJsonObject{{QStringLiteral("line"), lineId},
                                               {QStringLiteral("picked_quantity"), pickedBefore},
                                               {QStringLiteral("short_quantity"), shortBefore}});
    audit.afterJson = compactJson(QJsonObject{{QStringLiteral("resolution"), key},
                                              {QStringLiteral("line"), lineId},
                                              {QStringLiteral("sku"), sku},
                                              {QStringLiteral("location"), bin},
                                              {QStringLiteral("missing"), missing},
                                              {QStringLiteral("put_back"), result.putBack},
                                              {QStringLiteral("booked_out"), result.bookedOut},
                                              {QStringLiteral("task"), result.taskId},
                                              {QStringLiteral("reason"), detail}});
    if (auto r = AuditLog(m_db).append(audit); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    qCInfo(lcPick).noquote() << detail << "; task" << result.taskId << "; put back" << result.putBack;
    return result;
}

// ---- Finishing --------------------------------------------------------------------------------------------

Result<bool> PickStore::finishIfComplete(qint64 orderId, const QString& actor)
{
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return std::unexpected(r.error());
    auto order = readOrder(m_db, orderId, "finish pick");
    if (!order)
        return std::unexpected(order.error());
    if (order->status != OrderStatuses::key(OrderStatus::Picking))
        return false;
    auto open = m_db.prepare(QStringLiteral(
        "SELECT count(*) FROM order_lines WHERE order_id = ? AND picked_quantity < quantity - short_quantity"));
    if (!open)
        return std::unexpected(open.error());
    if (auto r = bindAndExec(*open, {orderId}, QStringLiteral("open lines of %1").arg(order->number)); !r)
        return std::unexpected(r.error());
    const int openLines = open->next() ? open->value(0).toInt() : 0;
    open->finish();
    if (openLines > 0)
        return false;
    // Anything still held for the order (nothing, after a normal walk) is not needed any more.
    auto released = m_inventory.releaseOrder(orderId, actor, QStringLiteral("pick complete"));
    if (!released)
        return std::unexpected(released.error());
    auto moved = OrderStore(m_db, m_clock, m_station).transition(orderId, OrderStatus::Picked, actor);
    if (!moved)
        return std::unexpected(moved.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    qCInfo(lcPick).noquote() << "pick of" << order->number << "complete by" << actor
                             << (*released > 0 ? QStringLiteral("; %1 reserved units released").arg(*released)
                                               : QString());
    return true;
}

} // namespace saypro
