#include "InventoryStore.h"

#include "common/Clock.h"
#include "domain/Gtin.h"
#include "domain/Location.h"
#include "inventory/InventoryLogging.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("InventoryStore", text);
}

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString compactJson(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// The printed form of a bin code when it parses ("jhb1-a-3-12-2-4" -> "JHB1-A-03-12-2-04"), else the
/// text trimmed and upper-cased (it will simply not be found).
QString canonicalBin(const QString& text)
{
    const auto parsed = Location::parse(text);
    return parsed ? parsed->code() : text.trimmed().toUpper();
}

/// Sorts stock rows along the walk: bins that parse in Location order, then the rest by code; SKU last.
void sortByWalk(QList<StockLevel>& rows)
{
    struct Keyed
    {
        std::optional<Location> location;
        StockLevel level;
    };
    QList<Keyed> keyed;
    keyed.reserve(rows.size());
    for (StockLevel& row : rows)
        keyed.append(Keyed{Location::parse(row.location), std::move(row)});
    std::stable_sort(keyed.begin(), keyed.end(), [](const Keyed& a, const Keyed& b) {
        if (a.location.has_value() != b.location.has_value())
            return a.location.has_value();
        if (a.location && b.location) {
            if (*a.location < *b.location)
                return true;
            if (*b.location < *a.location)
                return false;
        } else if (a.level.location != b.level.location) {
            return a.level.location < b.level.location;
        }
        return a.level.sku < b.level.sku;
    });
    rows.clear();
    for (Keyed& k : keyed)
        rows.append(std::move(k.level));
}

int unitsOf(const QList<Reservation>& reservations)
{
    int units = 0;
    for (const Reservation& r : reservations)
        units += r.quantity;
    return units;
}

/// {"units": n, "bins": [{"sku", "location", "quantity"}]}, one entry per SKU and bin.
QJsonObject reservationJson(const QList<Reservation>& reservations)
{
    QMap<std::pair<QString, QString>, int> perBin;
    for (const Reservation& r : reservations)
        perBin[{r.sku, r.location}] += r.quantity;
    QJsonArray bins;
    for (auto it = perBin.cbegin(); it != perBin.cend(); ++it)
        bins.append(QJsonObject{{QStringLiteral("sku"), it.key().first},
                                {QStringLiteral("location"), it.key().second},
                                {QStringLiteral("quantity"), it.value()}});
    return QJsonObject{{QStringLiteral("units"), unitsOf(reservations)}, {QStringLiteral("bins"), bins}};
}

Status bindAndExec(QSqlQuery& q, const QVariantList& values, const QString& what)
{
    for (const QVariant& v : values)
        q.addBindValue(v);
    return Database::exec(q, what);
}

Error invalid(QString message, QString detail)
{
    return Error::make(Error::Code::InvalidArgument, std::move(message), std::move(detail));
}

const QString kLevelColumns = QStringLiteral("sku, location, on_hand, reserved, market_on_hand, version, updated_at");
const QString kReservationSelect =
    QStringLiteral("SELECT r.id, r.order_id, o.number, r.order_line_id, r.sku, r.location, r.quantity, r.created_at "
                   "FROM reservations r JOIN orders o ON o.id = r.order_id ");

StockLevel levelFrom(const QSqlQuery& q)
{
    StockLevel s;
    s.sku = q.value(0).toString();
    s.location = q.value(1).toString();
    s.onHand = q.value(2).toInt();
    s.reserved = q.value(3).toInt();
    s.marketOnHand = q.value(4).toInt();
    s.version = q.value(5).toLongLong();
    s.updatedAt = fromMs(q.value(6));
    return s;
}

/// Reasons that count as "adjusted" in the reconciliation.
bool isAdjustment(const QString& reasonKey)
{
    const auto reason = StockReasons::fromKey(reasonKey);
    return reason && (*reason == StockReason::CycleCount || *reason == StockReason::Damage ||
                      *reason == StockReason::Found || *reason == StockReason::Correction);
}
} // namespace

InventoryStore::InventoryStore(Database& db, const Clock& clock, QString station)
    : m_db(db), m_clock(clock), m_station(std::move(station))
{}

// ---- Reading ----------------------------------------------------------------------------------------------

Result<QList<StockLevel>> InventoryStore::readLevels(const QString& where, const QVariantList& values,
                                                     const QString& what) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM stock %2").arg(kLevelColumns, where));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = bindAndExec(*q, values, what); !r)
        return std::unexpected(r.error());
    QList<StockLevel> rows;
    while (q->next())
        rows.append(levelFrom(*q));
    return rows;
}

Result<std::optional<StockLevel>> InventoryStore::readLevel(const QString& sku, const QString& location) const
{
    auto rows = readLevels(QStringLiteral("WHERE sku = ? AND location = ?"), {sku, location},
                           QStringLiteral("read stock of %1 in %2").arg(sku, location));
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<StockLevel>();
    return std::optional<StockLevel>(rows->first());
}

Result<QList<StockLevel>> InventoryStore::stockForSku(const QString& sku) const
{
    auto rows = readLevels(QStringLiteral("WHERE sku = ?"), {sku.trimmed()},
                           QStringLiteral("read stock of %1").arg(sku.trimmed()));
    if (rows)
        sortByWalk(*rows);
    return rows;
}

Result<QList<StockLevel>> InventoryStore::stockAtLocation(const QString& location) const
{
    const QString bin = canonicalBin(location);
    return readLevels(QStringLiteral("WHERE location = ? ORDER BY sku"), {bin},
                      QStringLiteral("read stock in %1").arg(bin));
}

Result<QList<StockLevel>> InventoryStore::search(const QString& text, int limit) const
{
    if (limit < 1)
        return fail(Error::Code::InvalidArgument, tr("The number of rows to show must be at least 1."),
                    QStringLiteral("search: limit %1").arg(limit));
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return readLevels(QStringLiteral("ORDER BY sku, location LIMIT ?"), {limit}, QStringLiteral("list stock"));

    // An exact GTIN of the catalogue means that product's SKU, whichever length it was scanned in.
    if (Gtin::isValid(trimmed)) {
        const QString g14 = Gtin::toGtin14(trimmed);
        QVariantList forms;
        QStringList marks;
        for (const QString& form : Gtin::catalogueForms(g14)) {
            forms << form;
            marks << QStringLiteral("?");
        }
        auto q =
            m_db.prepare(QStringLiteral("SELECT sku FROM products WHERE gtin IN (%1) LIMIT 1").arg(marks.join(u',')));
        if (!q)
            return std::unexpected(q.error());
        if (auto r = bindAndExec(*q, forms, QStringLiteral("find GTIN %1").arg(trimmed)); !r)
            return std::unexpected(r.error());
        if (q->next()) {
            const QString sku = q->value(0).toString();
            return readLevels(QStringLiteral("WHERE sku = ? ORDER BY location LIMIT ?"), {sku, limit},
                              QStringLiteral("read stock of %1 (GTIN %2)").arg(sku, trimmed));
        }
    }
    // SKUs and bin codes are stored upper case: a range on the upper-cased prefix uses the primary key
    // (sku) and idx_stock_location.
    const QString upper = trimmed.toUpper();
    const QString end = QString(upper + QChar(0xFFFF));
    return readLevels(QStringLiteral("WHERE (sku >= ? AND sku < ?) OR (location >= ? AND location < ?) "
                                     "ORDER BY sku, location LIMIT ?"),
                      {upper, end, upper, end, limit}, QStringLiteral("search stock for '%1'").arg(trimmed));
}

Result<StockLevel> InventoryStore::level(const QString& sku, const QString& location) const
{
    const QString bin = canonicalBin(location);
    auto row = readLevel(sku.trimmed(), bin);
    if (!row)
        return std::unexpected(row.error());
    if (!row->has_value())
        return fail(Error::Code::NotFound, tr("There is no stock of %1 in bin %2.").arg(sku.trimmed(), bin),
                    QStringLiteral("no stock row (%1, %2)").arg(sku.trimmed(), bin));
    return **row;
}

Result<QHash<QString, QList<StockLevel>>> InventoryStore::availableFor(const QStringList& skus) const
{
    QHash<QString, QList<StockLevel>> out;
    QStringList unique;
    for (const QString& sku : skus)
        if (!sku.trimmed().isEmpty() && !unique.contains(sku.trimmed()))
            unique << sku.trimmed();
    constexpr qsizetype kChunk = 400;
    for (qsizetype start = 0; start < unique.size(); start += kChunk) {
        const QStringList chunk = unique.mid(start, kChunk);
        QStringList marks;
        QVariantList values;
        for (const QString& sku : chunk) {
            marks << QStringLiteral("?");
            values << sku;
        }
        auto rows = readLevels(QStringLiteral("WHERE sku IN (%1) AND on_hand > reserved").arg(marks.join(u',')), values,
                               QStringLiteral("read available stock of %1 SKUs").arg(chunk.size()));
        if (!rows)
            return std::unexpected(rows.error());
        for (StockLevel& row : *rows)
            out[row.sku].append(std::move(row));
    }
    for (auto it = out.begin(); it != out.end(); ++it)
        sortByWalk(it.value());
    return out;
}

Result<QList<Reservation>> InventoryStore::readReservations(const QString& where, const QVariantList& values,
                                                            const QString& what) const
{
    auto q = m_db.prepare(kReservationSelect + where);
    if (!q)
        return std::unexpected(q.error());
    if (auto r = bindAndExec(*q, values, what); !r)
        return std::unexpected(r.error());
    QList<Reservation> out;
    while (q->next()) {
        Reservation r;
        r.id = q->value(0).toLongLong();
        r.orderId = q->value(1).toLongLong();
        r.orderNumber = q->value(2).toString();
        r.orderLineId = q->value(3).toLongLong();
        r.sku = q->value(4).toString();
        r.location = q->value(5).toString();
        r.quantity = q->value(6).toInt();
        r.createdAt = fromMs(q->value(7));
        out.append(r);
    }
    return out;
}

Result<QList<Reservation>> InventoryStore::reservationsForOrder(qint64 orderId) const
{
    return readReservations(QStringLiteral("WHERE r.order_id = ? ORDER BY r.id"), {orderId},
                            QStringLiteral("read reservations of order %1").arg(orderId));
}

Result<QList<Reservation>> InventoryStore::reservationsForSku(const QString& sku) const
{
    return readReservations(QStringLiteral("WHERE r.sku = ? ORDER BY r.created_at, r.id"), {sku.trimmed()},
                            QStringLiteral("read reservations of %1").arg(sku.trimmed()));
}

Result<QList<StockMovement>> InventoryStore::movements(const QString& sku, const QString& location,
                                                       std::optional<qint64> beforeId, int limit) const
{
    if (limit < 1)
        return fail(Error::Code::InvalidArgument, tr("The number of rows to show must be at least 1."),
                    QStringLiteral("movements: limit %1").arg(limit));
    QString sql = QStringLiteral(
        "SELECT m.id, m.at, m.sku, m.location, m.delta, m.reason, m.order_id, o.number, m.actor, m.station, m.note, "
        "m.on_hand_after, ob.delivered_at FROM stock_movements m LEFT JOIN orders o ON o.id = m.order_id "
        "LEFT JOIN outbox ob ON ob.id = m.outbox_id WHERE m.sku = ?");
    QVariantList values{sku.trimmed()};
    if (!location.trimmed().isEmpty()) {
        sql += QStringLiteral(" AND m.location = ?");
        values << canonicalBin(location);
    }
    if (beforeId) {
        sql += QStringLiteral(" AND m.id < ?");
        values << *beforeId;
    }
    sql += QStringLiteral(" ORDER BY m.id DESC LIMIT ?");
    values << limit;
    auto q = m_db.prepare(sql);
    if (!q)
        return std::unexpected(q.error());
    if (auto r = bindAndExec(*q, values, QStringLiteral("read movements of %1").arg(sku.trimmed())); !r)
        return std::unexpected(r.error());
    QList<StockMovement> out;
    while (q->next()) {
        StockMovement m;
        m.id = q->value(0).toLongLong();
        m.at = fromMs(q->value(1));
        m.sku = q->value(2).toString();
        m.location = q->value(3).toString();
        m.delta = q->value(4).toInt();
        m.reason = StockReasons::fromKey(q->value(5).toString()).value_or(StockReason::Correction);
        m.orderId = q->value(6).isNull() ? 0 : q->value(6).toLongLong();
        m.orderNumber = q->value(7).toString();
        m.actor = q->value(8).toString();
        m.station = q->value(9).toString();
        m.note = q->value(10).toString();
        m.onHandAfter = q->value(11).toInt();
        m.sent = !q->value(12).isNull();
        out.append(m);
    }
    return out;
}

Result<QList<LowStockItem>> InventoryStore::lowStock(int limit) const
{
    if (limit < 1)
        return fail(Error::Code::InvalidArgument, tr("The number of rows to show must be at least 1."),
                    QStringLiteral("lowStock: limit %1").arg(limit));
    auto q = m_db.prepare(QStringLiteral(
        "SELECT p.sku, p.name, coalesce(s.on_hand, 0), coalesce(s.reserved, 0), coalesce(s.available, 0) AS avail, "
        "p.reorder_point FROM products p LEFT JOIN (SELECT sku, sum(on_hand) AS on_hand, sum(reserved) AS reserved, "
        "sum(max(on_hand - reserved, 0)) AS available FROM stock GROUP BY sku) s ON s.sku = p.sku "
        "WHERE coalesce(s.available, 0) <= p.reorder_point ORDER BY avail, p.sku LIMIT ?"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = bindAndExec(*q, {limit}, QStringLiteral("read low stock")); !r)
        return std::unexpected(r.error());
    QList<LowStockItem> out;
    while (q->next()) {
        LowStockItem item;
        item.sku = q->value(0).toString();
        item.name = q->value(1).toString();
        item.onHand = q->value(2).toInt();
        item.reserved = q->value(3).toInt();
        item.available = q->value(4).toInt();
        item.reorderPoint = q->value(5).toInt();
        out.append(item);
    }
    return out;
}

Result<int> InventoryStore::reorderPoint(const QString& sku) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT reorder_point FROM products WHERE sku = ?"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = bindAndExec(*q, {sku.trimmed()}, QStringLiteral("read reorder point of %1").arg(sku.trimmed())); !r)
        return std::unexpected(r.error());
    if (!q->next())
        return fail(Error::Code::NotFound, tr("SKU %1 is not in the catalogue.").arg(sku.trimmed()),
                    QStringLiteral("reorderPoint: no product '%1'").arg(sku.trimmed()));
    return q->value(0).toInt();
}

// ---- Checking input ---------------------------------------------------------------------------------------

Result<InventoryStore::OrderRef> InventoryStore::orderRef(qint64 orderId, const char* operation) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT number, marketplace_id FROM orders WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r =
            bindAndExec(*q, {orderId}, QStringLiteral("%1: read order %2").arg(QLatin1String(operation)).arg(orderId));
        !r)
        return std::unexpected(r.error());
    if (!q->next())
        return fail(Error::Code::NotFound, tr("That order is not in this station."),
                    QStringLiteral("%1: no order with id %2").arg(QLatin1String(operation)).arg(orderId));
    return OrderRef{orderId, q->value(0).toString(), q->value(1).toString()};
}

Result<std::pair<InventoryStore::OrderRef, QString>> InventoryStore::orderLine(qint64 orderId, qint64 orderLineId,
                                                                               const char* operation) const
{
    auto order = orderRef(orderId, operation);
    if (!order)
        return std::unexpected(order.error());
    auto q = m_db.prepare(QStringLiteral("SELECT sku, order_id FROM order_lines WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = bindAndExec(
            *q, {orderLineId},
            QStringLiteral("%1: read line %2 of order %3").arg(QLatin1String(operation)).arg(orderLineId).arg(orderId));
        !r)
        return std::unexpected(r.error());
    if (!q->next() || q->value(1).toLongLong() != orderId)
        return std::unexpected(invalid(tr("That line is not part of order %1.").arg(order->number),
                                       QStringLiteral("%1: order line %2 does not belong to order %3 (%4)")
                                           .arg(QLatin1String(operation))
                                           .arg(orderLineId)
                                           .arg(orderId)
                                           .arg(order->number)));
    return std::pair<OrderRef, QString>(*order, q->value(0).toString());
}

Result<QString> InventoryStore::knownSku(const QString& sku, const char* operation) const
{
    const QString trimmed = sku.trimmed();
    if (trimmed.isEmpty())
        return std::unexpected(
            invalid(tr("A SKU is needed."), QStringLiteral("%1: empty SKU").arg(QLatin1String(operation))));
    QStringList candidates{trimmed};
    if (trimmed.toUpper() != trimmed)
        candidates << trimmed.toUpper();
    for (const QString& candidate : candidates) {
        auto q = m_db.prepare(QStringLiteral("SELECT sku FROM products WHERE sku = ? "
                                             "UNION ALL SELECT sku FROM stock WHERE sku = ? LIMIT 1"));
        if (!q)
            return std::unexpected(q.error());
        if (auto r = bindAndExec(*q, {candidate, candidate},
                                 QStringLiteral("%1: find SKU %2").arg(QLatin1String(operation), candidate));
            !r)
            return std::unexpected(r.error());
        if (q->next())
            return q->value(0).toString();
    }
    return fail(Error::Code::NotFound,
                tr("SKU %1 is not in the catalogue and has never been in stock at this station.").arg(trimmed),
                QStringLiteral("%1: SKU '%2' is in neither products nor stock").arg(QLatin1String(operation), trimmed));
}

Result<QString> InventoryStore::knownBin(const QString& location, const char* operation) const
{
    const auto parsed = Location::parse(location);
    if (!parsed)
        return std::unexpected(
            invalid(tr("%1 is not a bin code; bin codes look like JHB1-A-03-12-2-04.").arg(location.trimmed()),
                    QStringLiteral("%1: '%2' does not parse as WAREHOUSE-ZONE-AA-BB-L-CC")
                        .arg(QLatin1String(operation), location)));
    auto q = m_db.prepare(QStringLiteral("SELECT 1 FROM warehouses WHERE code = ?"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r =
            bindAndExec(*q, {parsed->warehouse()},
                        QStringLiteral("%1: find warehouse %2").arg(QLatin1String(operation), parsed->warehouse()));
        !r)
        return std::unexpected(r.error());
    if (!q->next())
        return fail(
            Error::Code::NotFound,
            tr("Bin %1 is in warehouse %2, which this station does not know.").arg(parsed->code(), parsed->warehouse()),
            QStringLiteral("%1: no warehouse '%2' for bin %3")
                .arg(QLatin1String(operation), parsed->warehouse(), parsed->code()));
    return parsed->code();
}

// ---- Booking ----------------------------------------------------------------------------------------------

Result<StockMovement> InventoryStore::book(const QString& sku, const QString& location, int delta, StockReason reason,
                                           const OrderRef& order, const QString& actor, const QString& note,
                                           int reservedDelta)
{
    if (!m_db.inTransaction())
        return fail(Error::Code::Storage, tr("The stock change could not be saved."),
                    QStringLiteral("InventoryStore::book outside a transaction"));
    auto current = readLevel(sku, location);
    if (!current)
        return std::unexpected(current.error());
    const int onHandBefore = current->has_value() ? (*current)->onHand : 0;
    const int reservedBefore = current->has_value() ? (*current)->reserved : 0;
    const int onHandAfter = onHandBefore + delta;
    const int reservedAfter = reservedBefore + reservedDelta;
    if (delta == 0 || onHandAfter < 0 || reservedAfter < 0)
        return std::unexpected(invalid(tr("The stock change could not be saved."),
                                       QStringLiteral("book %1@%2: delta %3 reserved %4 on on_hand %5 reserved %6")
                                           .arg(sku, location)
                                           .arg(delta)
                                           .arg(reservedDelta)
                                           .arg(onHandBefore)
                                           .arg(reservedBefore)));
    const QDateTime now = m_clock.now();
    const QString what = QStringLiteral("book %1 of %2 in %3").arg(StockReasons::key(reason), sku, location);

    auto write = m_db.prepare(current->has_value()
                                  ? QStringLiteral("UPDATE stock SET on_hand = ?, reserved = ?, updated_at = ? "
                                                   "WHERE sku = ? AND location = ?")
                                  : QStringLiteral("INSERT INTO stock(on_hand, reserved, updated_at, sku, location, "
                                                   "market_on_hand, version) VALUES(?, ?, ?, ?, ?, 0, 0)"));
    if (!write)
        return std::unexpected(write.error());
    if (auto r = bindAndExec(*write, {onHandAfter, reservedAfter, now.toMSecsSinceEpoch(), sku, location}, what); !r)
        return std::unexpected(r.error());

    // The event for the marketplace; outbox.order_id stays NULL when the movement is for no order.
    QJsonObject payload{{QStringLiteral("sku"), sku},
                        {QStringLiteral("location"), location},
                        {QStringLiteral("delta"), delta},
                        {QStringLiteral("reason"), StockReasons::key(reason)}};
    if (order.id > 0)
        payload.insert(QStringLiteral("order_id"), order.marketplaceId);
    auto key = Outbox(m_db, m_clock)
                   .enqueue(order.id, QStringLiteral("stock_adjustment"), QStringLiteral("/v1/inventory/adjustments"),
                            payload);
    if (!key)
        return std::unexpected(key.error());
    auto outboxId = m_db.prepare(QStringLiteral("SELECT id FROM outbox WHERE idempotency_key = ?"));
    if (!outboxId)
        return std::unexpected(outboxId.error());
    if (auto r = bindAndExec(*outboxId, {*key}, QStringLiteral("find outbox row %1").arg(*key)); !r)
        return std::unexpected(r.error());
    if (!outboxId->next())
        return fail(Error::Code::Storage, tr("The stock change could not be saved."),
                    QStringLiteral("%1: outbox row %2 not found after enqueue").arg(what, *key));
    const qint64 outboxRowId = outboxId->value(0).toLongLong();

    StockMovement m;
    m.at = now;
    m.sku = sku;
    m.location = location;
    m.delta = delta;
    m.reason = reason;
    m.orderId = order.id > 0 ? order.id : 0;
    m.orderNumber = order.number;
    m.actor = actor;
    m.station = m_station;
    m.note = note;
    m.onHandAfter = onHandAfter;
    m.sent = false;
    auto insert = m_db.prepare(QStringLiteral(
        "INSERT INTO stock_movements(at, sku, location, delta, reason, order_id, actor, station, note, on_hand_after, "
        "outbox_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    if (auto r = bindAndExec(*insert,
                             {now.toMSecsSinceEpoch(), sku, location, delta, StockReasons::key(reason),
                              m.orderId > 0 ? QVariant(m.orderId) : QVariant(QMetaType(QMetaType::LongLong)),
                              Database::text(actor), Database::text(m_station), Database::text(note), onHandAfter,
                              outboxRowId},
                             what);
        !r)
        return std::unexpected(r.error());
    m.id = insert->lastInsertId().toLongLong();

    AuditEntry audit;
    audit.at = now;
    audit.actor = actor;
    audit.station = m_station;
    audit.entity = QStringLiteral("stock");
    audit.entityId = QString(sku + u'@' + location);
    audit.action = QStringLiteral("stock_moved");
    audit.beforeJson = compactJson(
        QJsonObject{{QStringLiteral("on_hand"), onHandBefore}, {QStringLiteral("reserved"), reservedBefore}});
    audit.afterJson = compactJson(QJsonObject{{QStringLiteral("on_hand"), onHandAfter},
                                              {QStringLiteral("reserved"), reservedAfter},
                                              {QStringLiteral("delta"), delta},
                                              {QStringLiteral("reason"), StockReasons::key(reason)}});
    if (auto r = AuditLog(m_db).append(audit); !r)
        return std::unexpected(r.error());
    qCInfo(lcInventory).noquote() << what << "delta" << delta << "on hand" << onHandAfter << "by" << actor;
    return m;
}

Status InventoryStore::auditReservations(const OrderRef& order, const QList<Reservation>& before,
                                         const QList<Reservation>& after, const QString& actor, const QString& why,
                                         qint64 lineId)
{
    QJsonObject afterJson = reservationJson(after);
    afterJson.insert(QStringLiteral("released"), unitsOf(before) - unitsOf(after));
    if (lineId > 0)
        afterJson.insert(QStringLiteral("line"), lineId);
    if (!why.isEmpty())
        afterJson.insert(QStringLiteral("reason"), why);
    AuditEntry audit;
    audit.at = m_clock.now();
    audit.actor = actor;
    audit.station = m_station;
    audit.entity = QStringLiteral("order");
    audit.entityId = order.number;
    audit.action = QStringLiteral("reservation_released");
    audit.beforeJson = compactJson(reservationJson(before));
    audit.afterJson = compactJson(afterJson);
    if (auto r = AuditLog(m_db).append(audit); !r)
        return std::unexpected(r.error());
    return {};
}

// ---- Reservations -----------------------------------------------------------------------------------------

Result<Reservation> InventoryStore::reserve(qint64 orderId, qint64 orderLineId, const QString& location, int quantity)
{
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return std::unexpected(r.error());
    auto line = orderLine(orderId, orderLineId, "reserve");
    if (!line)
        return std::unexpected(line.error());
    const auto& [order, sku] = *line;
    if (quantity < 1)
        return std::unexpected(invalid(tr("At least one unit must be reserved."),
                                       QStringLiteral("reserve: quantity %1 for order %2 line %3")
                                           .arg(quantity)
                                           .arg(order.number)
                                           .arg(orderLineId)));
    const auto parsed = Location::parse(location);
    if (!parsed)
        return std::unexpected(
            invalid(tr("%1 is not a bin code; bin codes look like JHB1-A-03-12-2-04.").arg(location.trimmed()),
                    QStringLiteral("reserve: '%1' does not parse as WAREHOUSE-ZONE-AA-BB-L-CC").arg(location)));
    const QString bin = parsed->code();
    auto current = readLevel(sku, bin);
    if (!current)
        return std::unexpected(current.error());
    const int onHand = current->has_value() ? (*current)->onHand : 0;
    const int reserved = current->has_value() ? (*current)->reserved : 0;
    const int available = std::max(0, onHand - reserved);
    if (available < quantity)
        return fail(Error::Code::Conflict,
                    tr("Only %1 of %2 available in bin %3; %4 cannot be reserved for order %5.")
                        .arg(available)
                        .arg(sku, bin)
                        .arg(quantity)
                        .arg(order.number),
                    QStringLiteral("reserve %1 of %2@%3 for %4 line %5: on_hand %6, reserved %7")
                        .arg(quantity)
                        .arg(sku, bin, order.number)
                        .arg(orderLineId)
                        .arg(onHand)
                        .arg(reserved));

    const QDateTime now = m_clock.now();
    auto insert = m_db.prepare(QStringLiteral("INSERT INTO reservations(order_id, order_line_id, sku, location, "
                                              "quantity, created_at) VALUES(?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return std::unexpected(insert.error());
    const QString what = QStringLiteral("reserve %1 of %2@%3 for %4").arg(quantity).arg(sku, bin, order.number);
    if (auto r = bindAndExec(*insert, {orderId, orderLineId, sku, bin, quantity, now.toMSecsSinceEpoch()}, what); !r)
        return std::unexpected(r.error());
    Reservation reservation;
    reservation.id = insert->lastInsertId().toLongLong();
    reservation.orderId = orderId;
    reservation.orderNumber = order.number;
    reservation.orderLineId = orderLineId;
    reservation.sku = sku;
    reservation.location = bin;
    reservation.quantity = quantity;
    reservation.createdAt = now;
    auto update =
        m_db.prepare(QStringLiteral("UPDATE stock SET reserved = reserved + ? WHERE sku = ? AND location = ?"));
    if (!update)
        return std::unexpected(update.error());
    if (auto r = bindAndExec(*update, {quantity, sku, bin}, what); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return reservation;
}

Result<int> InventoryStore::release(qint64 orderId, qint64 lineId, const QString& actor, const QString& why,
                                    const QString& bin)
{
    const char* operation = !bin.isEmpty() ? "releaseLineAt" : lineId > 0 ? "releaseLine" : "releaseOrder";
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return std::unexpected(r.error());
    OrderRef order;
    if (lineId > 0) {
        auto line = orderLine(orderId, lineId, operation);
        if (!line)
            return std::unexpected(line.error());
        order = line->first;
    } else {
        auto ref = orderRef(orderId, operation);
        if (!ref)
            return std::unexpected(ref.error());
        order = *ref;
    }
    auto before = reservationsForOrder(orderId);
    if (!before)
        return std::unexpected(before.error());
    QList<Reservation> released;
    QList<Reservation> kept;
    for (const Reservation& r : *before)
        ((lineId <= 0 || r.orderLineId == lineId) && (bin.isEmpty() || r.location == bin) ? released : kept).append(r);
    if (released.isEmpty())
        return 0; // nothing held: no change, no audit row (a joined caller's transaction is untouched)

    auto update =
        m_db.prepare(QStringLiteral("UPDATE stock SET reserved = reserved - ? WHERE sku = ? AND location = ?"));
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM reservations WHERE id = ?"));
    if (!update)
        return std::unexpected(update.error());
    if (!remove)
        return std::unexpected(remove.error());
    for (const Reservation& r : released) {
        const QString what = QStringLiteral("%1: release reservation %2 of %3")
                                 .arg(QLatin1String(operation))
                                 .arg(r.id)
                                 .arg(order.number);
        if (auto e = bindAndExec(*update, {r.quantity, r.sku, r.location}, what); !e)
            return std::unexpected(e.error());
        if (auto e = bindAndExec(*remove, {r.id}, what); !e)
            return std::unexpected(e.error());
    }
    if (auto r = auditReservations(order, *before, kept, actor, why, lineId); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    const int units = unitsOf(released);
    qCInfo(lcInventory).noquote() << operation << order.number << (bin.isEmpty() ? QString() : QString(u"in " % bin))
                                  << "released" << units << "by" << actor << ":" << why;
    return units;
}

Result<int> InventoryStore::releaseOrder(qint64 orderId, const QString& actor, const QString& why)
{
    return release(orderId, 0, actor, why);
}

Result<int> InventoryStore::releaseLine(qint64 orderId, qint64 orderLineId, const QString& actor, const QString& why)
{
    if (orderLineId <= 0)
        return std::unexpected(invalid(tr("That line is not part of the order."),
                                       QStringLiteral("releaseLine: order line id %1").arg(orderLineId)));
    return release(orderId, orderLineId, actor, why);
}

Result<int> InventoryStore::releaseLineAt(qint64 orderId, qint64 orderLineId, const QString& location,
                                          const QString& actor, const QString& why)
{
    if (orderLineId <= 0)
        return std::unexpected(invalid(tr("That line is not part of the order."),
                                       QStringLiteral("releaseLineAt: order line id %1").arg(orderLineId)));
    const auto parsed = Location::parse(location);
    if (!parsed)
        return std::unexpected(
            invalid(tr("%1 is not a bin code; bin codes look like JHB1-A-03-12-2-04.").arg(location.trimmed()),
                    QStringLiteral("releaseLineAt: '%1' does not parse as WAREHOUSE-ZONE-AA-BB-L-CC").arg(location)));
    return release(orderId, orderLineId, actor, why, parsed->code());
}

// ---- Movements --------------------------------------------------------------------------------------------

Result<StockMovement> InventoryStore::pick(qint64 orderId, qint64 orderLineId, const QString& location, int quantity,
                                           const QString& actor)
{
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return std::unexpected(r.error());
    auto line = orderLine(orderId, orderLineId, "pick");
    if (!line)
        return std::unexpected(line.error());
    const auto& [order, sku] = *line;
    if (quantity < 1)
        return std::unexpected(invalid(
            tr("At least one unit must be picked."),
            QStringLiteral("pick: quantity %1 for order %2 line %3").arg(quantity).arg(order.number).arg(orderLineId)));
    const auto parsed = Location::parse(location);
    if (!parsed)
        return std::unexpected(
            invalid(tr("%1 is not a bin code; bin codes look like JHB1-A-03-12-2-04.").arg(location.trimmed()),
                    QStringLiteral("pick: '%1' does not parse as WAREHOUSE-ZONE-AA-BB-L-CC").arg(location)));
    const QString bin = parsed->code();
    auto current = readLevel(sku, bin);
    if (!current)
        return std::unexpected(current.error());
    const int onHand = current->has_value() ? (*current)->onHand : 0;
    const int reserved = current->has_value() ? (*current)->reserved : 0;
    auto mine = readReservations(QStringLiteral("WHERE r.order_line_id = ? AND r.sku = ? AND r.location = ? "
                                                "ORDER BY r.id"),
                                 {orderLineId, sku, bin},
                                 QStringLiteral("pick: reservations of line %1 in %2").arg(orderLineId).arg(bin));
    if (!mine)
        return std::unexpected(mine.error());
    const int held = unitsOf(*mine);
    const QString detail = QStringLiteral("pick %1 of %2@%3 for %4 line %5: on_hand %6, reserved %7, this line %8")
                               .arg(quantity)
                               .arg(sku, bin, order.number)
                               .arg(orderLineId)
                               .arg(onHand)
                               .arg(reserved)
                               .arg(held);
    if (onHand < quantity)
        return fail(Error::Code::Conflict,
                    tr("Bin %1 holds only %2 of %3; %4 cannot be picked.").arg(bin).arg(onHand).arg(sku).arg(quantity),
                    detail);
    const int free = std::max(0, onHand - reserved) + held;
    if (free < quantity)
        return fail(Error::Code::Conflict,
                    tr("Only %1 of %2 in bin %3 may be picked for order %4; the rest is reserved for other orders.")
                        .arg(free)
                        .arg(sku, bin, order.number),
                    detail);

    // The line's own reservation in this bin goes first, oldest row first.
    int toConsume = std::min(quantity, held);
    const int consumed = toConsume;
    auto remove = m_db.prepare(QStringLiteral("DELETE FROM reservations WHERE id = ?"));
    auto shrink = m_db.prepare(QStringLiteral("UPDATE reservations SET quantity = quantity - ? WHERE id = ?"));
    if (!remove)
        return std::unexpected(remove.error());
    if (!shrink)
        return std::unexpected(shrink.error());
    for (const Reservation& r : *mine) {
        if (toConsume == 0)
            break;
        const int take = std::min(toConsume, r.quantity);
        const QString what = QStringLiteral("pick: consume reservation %1 of %2").arg(r.id).arg(order.number);
        if (take == r.quantity) {
            if (auto e = bindAndExec(*remove, {r.id}, what); !e)
                return std::unexpected(e.error());
        } else if (auto e = bindAndExec(*shrink, {take, r.id}, what); !e) {
            return std::unexpected(e.error());
        }
        toConsume -= take;
    }
    auto movement = book(sku, bin, -quantity, StockReason::Pick, order, actor, QString(), -consumed);
    if (!movement)
        return movement;
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return movement;
}

Result<StockMovement> InventoryStore::restock(const QString& sku, const QString& location, int quantity,
                                              StockReason reason, const QString& actor, const QString& note,
                                              qint64 orderId)
{
    if (reason != StockReason::Restock && reason != StockReason::Return)
        return std::unexpected(invalid(tr("Stock can only be put back as a restock or a customer return."),
                                       QStringLiteral("restock: reason %1").arg(StockReasons::key(reason))));
    if (quantity < 1)
        return std::unexpected(
            invalid(tr("At least one unit must be put back."),
                    QStringLiteral("restock: quantity %1 of %2 into %3").arg(quantity).arg(sku, location)));
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return std::unexpected(r.error());
    auto known = knownSku(sku, "restock");
    if (!known)
        return std::unexpected(known.error());
    auto bin = knownBin(location, "restock");
    if (!bin)
        return std::unexpected(bin.error());
    OrderRef order;
    if (orderId > 0) {
        auto ref = orderRef(orderId, "restock");
        if (!ref)
            return std::unexpected(ref.error());
        order = *ref;
    }
    auto movement = book(*known, *bin, quantity, reason, order, actor, note, 0);
    if (!movement)
        return movement;
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return movement;
}

Result<StockMovement> InventoryStore::adjust(const QString& sku, const QString& location, int delta, StockReason reason,
                                             const QString& actor, const QString& note)
{
    if (delta == 0)
        return std::unexpected(invalid(tr("An adjustment must change the stock by at least one unit."),
                                       QStringLiteral("adjust: delta 0 for %1 in %2").arg(sku, location)));
    if (!StockReasons::adjustmentReasons().contains(reason))
        return std::unexpected(
            invalid(tr("“%1” is not a reason for a manual adjustment.").arg(StockReasons::displayName(reason)),
                    QStringLiteral("adjust: reason %1 is not an adjustment reason").arg(StockReasons::key(reason))));
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return std::unexpected(r.error());
    auto known = knownSku(sku, "adjust");
    if (!known)
        return std::unexpected(known.error());
    auto bin = knownBin(location, "adjust");
    if (!bin)
        return std::unexpected(bin.error());
    auto current = readLevel(*known, *bin);
    if (!current)
        return std::unexpected(current.error());
    const int onHand = current->has_value() ? (*current)->onHand : 0;
    if (onHand + delta < 0)
        return std::unexpected(invalid(
            tr("Cannot take %1 of %2 out of bin %3: only %4 in the bin.").arg(-delta).arg(*known, *bin).arg(onHand),
            QStringLiteral("adjust %1@%2 by %3: on_hand %4 would become %5")
                .arg(*known, *bin)
                .arg(delta)
                .arg(onHand)
                .arg(onHand + delta)));
    auto movement = book(*known, *bin, delta, reason, OrderRef{}, actor, note, 0);
    if (!movement)
        return movement;
    if (auto r = rebalanceRows(*known, *bin, actor); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return movement;
}

// ---- Cycle counts -----------------------------------------------------------------------------------------

Result<QMap<QString, int>> InventoryStore::checkCount(const QString& location, const QList<CountedItem>& counted) const
{
    QMap<QString, int> sums;
    for (const CountedItem& item : counted) {
        if (item.counted < 0)
            return std::unexpected(
                invalid(tr("The count of %1 cannot be negative.").arg(item.sku.trimmed()),
                        QStringLiteral("count of %1 in %2: %3").arg(item.sku.trimmed(), location).arg(item.counted)));
        auto sku = knownSku(item.sku, "count");
        if (!sku)
            return std::unexpected(sku.error());
        sums[*sku] += item.counted;
    }
    return sums;
}

Result<QList<CountDifference>> InventoryStore::differences(const QString& location,
                                                           const QMap<QString, int>& counted) const
{
    auto book = readLevels(QStringLiteral("WHERE location = ?"), {location},
                           QStringLiteral("count: read stock in %1").arg(location));
    if (!book)
        return std::unexpected(book.error());
    QMap<QString, CountDifference> bySku;
    for (const StockLevel& row : *book)
        bySku.insert(row.sku, CountDifference{row.sku, row.onHand, 0});
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        CountDifference& d = bySku[it.key()];
        d.sku = it.key();
        d.counted = it.value();
    }
    return bySku.values();
}

Result<QList<CountDifference>> InventoryStore::compareCount(const QString& location,
                                                            const QList<CountedItem>& counted) const
{
    auto bin = knownBin(location, "compareCount");
    if (!bin)
        return std::unexpected(bin.error());
    auto sums = checkCount(*bin, counted);
    if (!sums)
        return std::unexpected(sums.error());
    return differences(*bin, *sums);
}

Result<QList<StockMovement>> InventoryStore::confirmCount(const QString& location, const QList<CountedItem>& counted,
                                                          const QString& actor,
                                                          const std::optional<QList<CountDifference>>& reviewed)
{
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return std::unexpected(r.error());
    auto bin = knownBin(location, "confirmCount");
    if (!bin)
        return std::unexpected(bin.error());
    auto sums = checkCount(*bin, counted);
    if (!sums)
        return std::unexpected(sums.error());
    auto diffs = differences(*bin, *sums);
    if (!diffs)
        return std::unexpected(diffs.error());
    if (reviewed) {
        QHash<QString, int> seen;
        for (const CountDifference& d : *reviewed)
            seen.insert(d.sku, d.book);
        for (const CountDifference& d : std::as_const(*diffs)) {
            if (seen.value(d.sku, 0) != d.book)
                return fail(Error::Code::Conflict,
                            QCoreApplication::translate(
                                "InventoryStore",
                                "The book for %1 in %2 changed while you reviewed the count (%3 then, %4 now). "
                                "Review the differences again.")
                                .arg(d.sku, *bin)
                                .arg(seen.value(d.sku, 0))
                                .arg(d.book),
                            QStringLiteral("confirmCount %1: book of %2 was %3 at review, %4 now")
                                .arg(*bin, d.sku)
                                .arg(seen.value(d.sku, 0))
                                .arg(d.book));
        }
    }
    QList<StockMovement> booked;
    for (const CountDifference& d : *diffs) {
        if (d.delta() == 0)
            continue;
        auto movement = book(d.sku, *bin, d.delta(), StockReason::CycleCount, OrderRef{}, actor,
                             QStringLiteral("counted %1, book %2").arg(d.counted).arg(d.book), 0);
        if (!movement)
            return std::unexpected(movement.error());
        booked.append(*movement);
        if (auto r = rebalanceRows(d.sku, *bin, actor); !r)
            return std::unexpected(r.error());
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return booked;
}

// ---- Rebalancing ------------------------------------------------------------------------------------------

Result<QList<qint64>> InventoryStore::rebalance()
{
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return std::unexpected(r.error());
    auto affected = rebalanceRows(QString(), QString(), rebalanceActor());
    if (!affected)
        return affected;
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return affected;
}

Result<QList<qint64>> InventoryStore::rebalanceRows(const QString& sku, const QString& location, const QString& actor)
{
    const QString why = QStringLiteral("stock fell below reserved");
    auto rows = sku.isEmpty() ? readLevels(QStringLiteral("WHERE reserved > on_hand"), {},
                                           QStringLiteral("rebalance: find short bins"))
                              : readLevels(QStringLiteral("WHERE sku = ? AND location = ? AND reserved > on_hand"),
                                           {sku, location}, QStringLiteral("rebalance %1@%2").arg(sku, location));
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return QList<qint64>();

    // Plan every cut first (reads only), newest reservation of a not-yet-picking order first.
    struct Cut
    {
        Reservation reservation;
        int take = 0;
    };
    QList<Cut> cuts;
    QList<std::pair<StockLevel, int>> rowReleases; // the row and the units released from it
    for (const StockLevel& row : *rows) {
        auto candidates = readReservations(
            QStringLiteral("WHERE r.sku = ? AND r.location = ? AND o.status IN ('verified', 'ready') "
                           "ORDER BY r.created_at DESC, r.id DESC"),
            {row.sku, row.location}, QStringLiteral("rebalance: reservations of %1@%2").arg(row.sku, row.location));
        if (!candidates)
            return std::unexpected(candidates.error());
        int excess = row.reserved - row.onHand;
        int released = 0;
        for (const Reservation& r : *candidates) {
            if (excess <= 0)
                break;
            const int take = std::min(excess, r.quantity);
            cuts.append(Cut{r, take});
            excess -= take;
            released += take;
        }
        if (released > 0)
            rowReleases.append({row, released});
        if (excess > 0)
            qCWarning(lcInventory).noquote() << "rebalance:" << row.sku << "in" << row.location << "stays" << excess
                                             << "units over-reserved: the rest is held by orders already being picked";
    }
    if (cuts.isEmpty())
        return QList<qint64>();

    QList<qint64> orderIds;
    for (const Cut& c : cuts)
        if (!orderIds.contains(c.reservation.orderId))
            orderIds.append(c.reservation.orderId);
    std::sort(orderIds.begin(), orderIds.end());
    QHash<qint64, QList<Reservation>> before;
    for (qint64 id : orderIds) {
        auto held = reservationsForOrder(id);
        if (!held)
            return std::unexpected(held.error());
        before.insert(id, *held);
    }

    auto remove = m_db.prepare(QStringLiteral("DELETE FROM reservations WHERE id = ?"));
    auto shrink = m_db.prepare(QStringLiteral("UPDATE reservations SET quantity = quantity - ? WHERE id = ?"));
    auto unreserve =
        m_db.prepare(QStringLiteral("UPDATE stock SET reserved = reserved - ? WHERE sku = ? AND location = ?"));
    auto due = m_db.prepare(QStringLiteral("UPDATE orders SET verified_version = NULL WHERE id = ?"));
    for (auto* q : {&remove, &shrink, &unreserve, &due})
        if (!*q)
            return std::unexpected(q->error());
    for (const Cut& c : cuts) {
        const QString what = QStringLiteral("rebalance: release %1 of reservation %2 (%3)")
                                 .arg(c.take)
                                 .arg(c.reservation.id)
                                 .arg(c.reservation.orderNumber);
        if (c.take == c.reservation.quantity) {
            if (auto e = bindAndExec(*remove, {c.reservation.id}, what); !e)
                return std::unexpected(e.error());
        } else if (auto e = bindAndExec(*shrink, {c.take, c.reservation.id}, what); !e) {
            return std::unexpected(e.error());
        }
    }
    for (const auto& [row, released] : rowReleases)
        if (auto e = bindAndExec(
                *unreserve, {released, row.sku, row.location},
                QStringLiteral("rebalance: unreserve %1 of %2@%3").arg(released).arg(row.sku, row.location));
            !e)
            return std::unexpected(e.error());
    for (qint64 id : orderIds) {
        auto after = reservationsForOrder(id);
        if (!after)
            return std::unexpected(after.error());
        auto ref = orderRef(id, "rebalance");
        if (!ref)
            return std::unexpected(ref.error());
        if (auto e = bindAndExec(*due, {id}, QStringLiteral("rebalance: mark %1 due for intake").arg(ref->number)); !e)
            return std::unexpected(e.error());
        if (auto e = auditReservations(*ref, before.value(id), *after, actor, why, 0); !e)
            return std::unexpected(e.error());
        qCInfo(lcInventory).noquote() << "rebalance: released" << unitsOf(before.value(id)) - unitsOf(*after)
                                      << "units of" << ref->number << "; due for intake";
    }
    return orderIds;
}

Status InventoryStore::setReorderPoint(const QString& sku, int reorderPoint, const QString& actor)
{
    if (reorderPoint < 0)
        return std::unexpected(invalid(tr("The reorder point cannot be negative."),
                                       QStringLiteral("setReorderPoint %1: %2").arg(sku.trimmed()).arg(reorderPoint)));
    const QString key = sku.trimmed().toUpper();
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return r;
    auto before = this->reorderPoint(key);
    if (!before)
        return std::unexpected(before.error());
    auto q = m_db.prepare(QStringLiteral("UPDATE products SET reorder_point = ? WHERE sku = ?"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = bindAndExec(*q, {reorderPoint, key}, QStringLiteral("set reorder point of %1").arg(key)); !r)
        return r;
    if (q->numRowsAffected() != 1)
        return fail(Error::Code::NotFound, tr("SKU %1 is not in the catalogue.").arg(key),
                    QStringLiteral("setReorderPoint: no product '%1'").arg(key));
    AuditEntry audit;
    audit.at = m_clock.now();
    audit.actor = actor.isEmpty() ? QStringLiteral("system") : actor;
    audit.station = m_station;
    audit.entity = QStringLiteral("product");
    audit.entityId = key;
    audit.action = QStringLiteral("reorder_point_changed");
    audit.beforeJson = QStringLiteral("{\"reorder_point\":%1}").arg(*before);
    audit.afterJson = QStringLiteral("{\"reorder_point\":%1}").arg(reorderPoint);
    if (auto r = AuditLog(m_db).append(audit); !r)
        return std::unexpected(r.error());
    return tx.commit();
}

// ---- Reconciliation ---------------------------------------------------------------------------------------

Result<QList<ReconciliationLine>> InventoryStore::reconcile(const QDateTime& from, const QDateTime& to) const
{
    if (!from.isValid() || !to.isValid() || from >= to)
        return std::unexpected(invalid(tr("The period to reconcile must start before it ends."),
                                       QStringLiteral("reconcile: [%1, %2)")
                                           .arg(from.toString(Qt::ISODateWithMs), to.toString(Qt::ISODateWithMs))));
    const qint64 fromMs = from.toMSecsSinceEpoch();
    const qint64 toMs = to.toMSecsSinceEpoch();
    QMap<QString, ReconciliationLine> lines;
    auto line = [&lines](const QString& sku) -> ReconciliationLine& {
        auto it = lines.find(sku);
        if (it == lines.end()) {
            it = lines.insert(sku, ReconciliationLine{});
            it->sku = sku;
        }
        return *it;
    };
    auto run = [this](const QString& sql, const QVariantList& values, const QString& what,
                      const std::function<void(const QSqlQuery&)>& each) -> Status {
        auto q = m_db.prepare(sql);
        if (!q)
            return std::unexpected(q.error());
        if (auto r = bindAndExec(*q, values, what); !r)
            return r;
        while (q->next())
            each(*q);
        return {};
    };

    // Movements made in the period, by reason.
    if (auto r = run(QStringLiteral("SELECT sku, reason, sum(delta) FROM stock_movements WHERE at >= ? AND at < ? "
                                    "GROUP BY sku, reason"),
                     {fromMs, toMs}, QStringLiteral("reconcile: movements"),
                     [&](const QSqlQuery& q) {
                         ReconciliationLine& l = line(q.value(0).toString());
                         const QString reason = q.value(1).toString();
                         const int sum = q.value(2).toInt();
                         if (reason == StockReasons::key(StockReason::Pick))
                             l.picked += -sum;
                         else if (reason == StockReasons::key(StockReason::Return))
                             l.restocked += sum;
                         else if (isAdjustment(reason))
                             l.adjusted += sum;
                     });
        !r)
        return std::unexpected(r.error());

    // Units on the orders shipped in the period.
    if (auto r = run(QStringLiteral("SELECT ol.sku, sum(ol.quantity) FROM order_lines ol WHERE ol.order_id IN "
                                    "(SELECT id FROM orders WHERE shipped_at >= ? AND shipped_at < ?) GROUP BY ol.sku"),
                     {fromMs, toMs}, QStringLiteral("reconcile: shipped lines"),
                     [&](const QSqlQuery& q) { line(q.value(0).toString()).shipped += q.value(1).toInt(); });
        !r)
        return std::unexpected(r.error());

    // Of the orders shipped in the period, those this station booked picks for: their picks (whenever they
    // were made) and their shipped units per SKU. Orders picked elsewhere or before stock was tracked here
    // have no pick movement and are left out of the comparison.
    const QString pickedShipped = QStringLiteral(
        "WITH shipped AS (SELECT id FROM orders WHERE shipped_at >= ? AND shipped_at < ?), "
        "picked AS (SELECT DISTINCT order_id AS id FROM stock_movements WHERE reason = 'pick' AND order_id IN "
        "(SELECT id FROM shipped)) ");
    QHash<QString, int> pickedForShipped;
    QHash<QString, int> shippedPicked;
    if (auto r =
            run(pickedShipped + QStringLiteral("SELECT sku, -sum(delta) FROM stock_movements WHERE reason = 'pick' "
                                               "AND order_id IN (SELECT id FROM picked) GROUP BY sku"),
                {fromMs, toMs}, QStringLiteral("reconcile: picks of shipped orders"),
                [&](const QSqlQuery& q) {
                    const QString sku = q.value(0).toString();
                    pickedForShipped[sku] += q.value(1).toInt();
                    line(sku);
                });
        !r)
        return std::unexpected(r.error());
    if (auto r = run(pickedShipped + QStringLiteral("SELECT sku, sum(quantity) FROM order_lines WHERE order_id IN "
                                                    "(SELECT id FROM picked) GROUP BY sku"),
                     {fromMs, toMs}, QStringLiteral("reconcile: shipped lines of picked orders"),
                     [&](const QSqlQuery& q) { shippedPicked[q.value(0).toString()] += q.value(1).toInt(); });
        !r)
        return std::unexpected(r.error());

    // Units received on returns in the period.
    if (auto r = run(QStringLiteral("SELECT rl.sku, sum(rl.quantity_received) FROM return_lines rl JOIN returns rt ON "
                                    "rt.id = rl.return_id WHERE rt.received_at >= ? AND rt.received_at < ? "
                                    "GROUP BY rl.sku"),
                     {fromMs, toMs}, QStringLiteral("reconcile: returns received"),
                     [&](const QSqlQuery& q) { line(q.value(0).toString()).returned += q.value(1).toInt(); });
        !r)
        return std::unexpected(r.error());

    QList<ReconciliationLine> out;
    for (ReconciliationLine& l : lines) {
        const int picked = pickedForShipped.value(l.sku);
        const int shipped = shippedPicked.value(l.sku);
        if (picked != shipped)
            l.discrepancies << tr("Picked %1 but shipped %2 on the orders picked here and shipped in this period.")
                                   .arg(picked)
                                   .arg(shipped);
        if (l.restocked > l.returned)
            l.discrepancies << tr("Restocked %1 from returns but only %2 received in this period.")
                                   .arg(l.restocked)
                                   .arg(l.returned);
        out.append(l);
    }
    return out;
}

} // namespace saypro
