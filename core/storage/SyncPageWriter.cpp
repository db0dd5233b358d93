#include "SyncPageWriter.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/FulfilmentStateMachine.h"
#include "storage/CatalogueStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SyncPageWriter", text);
}

QVariant msOrNull(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QString lastNameOf(const QString& fullName)
{
    const QStringList parts = fullName.simplified().split(u' ', Qt::SkipEmptyParts);
    return parts.size() > 1 ? parts.last() : QString();
}

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const QString kMarketplace = QStringLiteral("marketplace");

/// on_hand of one bin (sku = ?, location = ?) = the marketplace's figure + this station's movements that
/// figure does not count: their outbox event is still pending (not refused), or was delivered and the
/// marketplace answered with an inventory version above the figure's (POST /v1/inventory/adjustments
/// answers {"version"}). A refused event never counts; a delivered one whose answer has no version is
/// taken as counted. The CASEs keep json_* away from answers that are not JSON.
const QString kRecountStock = QStringLiteral(
    "UPDATE stock SET on_hand = market_on_hand + (SELECT coalesce(sum(m.delta), 0) FROM stock_movements m "
    "JOIN outbox o ON o.id = m.outbox_id WHERE m.sku = stock.sku AND m.location = stock.location AND "
    "((o.delivered_at IS NULL AND o.outcome <> 'rejected') OR (o.outcome = 'delivered' AND "
    "CASE WHEN json_valid(o.response_body) THEN CASE json_type(o.response_body, '$.version') "
    "WHEN 'integer' THEN json_extract(o.response_body, '$.version') END END > stock.version))) "
    "WHERE sku = ? AND location = ?");

/// Local return statuses in the order they happen; the marketplace's refunded/exchanged end it too.
int returnRank(const QString& status)
{
    static const QStringList order = {QStringLiteral("requested"), QStringLiteral("received"),
                                      QStringLiteral("inspected"), QStringLiteral("closed")};
    return int(order.indexOf(status));
}

QString localReturnStatus(const QString& marketplaceStatus)
{
    if (marketplaceStatus == QLatin1String("refunded") || marketplaceStatus == QLatin1String("exchanged"))
        return QStringLiteral("closed");
    return marketplaceStatus;
}
} // namespace

IngestCounts& IngestCounts::operator+=(const IngestCounts& o)
{
    received += o.received;
    inserted += o.inserted;
    updated += o.updated;
    unchanged += o.unchanged;
    cancelled += o.cancelled;
    statusChanges += o.statusChanges;
    tasks += o.tasks;
    quarantined += o.quarantined;
    pages += o.pages;
    return *this;
}

SyncPageWriter::SyncPageWriter(Database& db, const Clock& clock, QString station, QString resource)
    : m_db(db), m_clock(clock), m_station(std::move(station)), m_resource(std::move(resource)), m_tx(db)
{}

Status SyncPageWriter::begin()
{
    if (auto r = m_tx.begin(); !r)
        return r;
    m_begun = true;
    m_orders.emplace(m_db);
    m_audit.emplace(m_db);
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT code FROM warehouses")))
        return fail(Error::Code::Storage, tr("The marketplace's data could not be saved."), q.lastError().text());
    while (q.next())
        m_warehouses.insert(q.value(0).toString());
    QSqlQuery* open = nullptr;
    if (auto r = run(QStringLiteral("SELECT count(*) FROM sync_quarantine WHERE resource = ? AND resolved_at IS NULL"),
                     {m_resource}, QStringLiteral("count quarantined items"), &open);
        !r)
        return r;
    m_openQuarantine = open->next() && open->value(0).toLongLong() > 0;
    open->finish();
    ++m_counts.pages;
    return {};
}

Result<QSqlQuery*> SyncPageWriter::statement(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            return fail(Error::Code::Storage, tr("The marketplace's data could not be saved."),
                        QStringLiteral("prepare %1 -- %2").arg(sql.simplified().left(200), q.lastError().text()));
        it = m_statements.insert(sql, q);
    }
    return &it.value();
}

Status SyncPageWriter::run(const QString& sql, const QVariantList& values, const QString& what, QSqlQuery** out)
{
    auto q = statement(sql);
    if (!q)
        return std::unexpected(q.error());
    QSqlQuery* query = *q;
    for (int i = 0; i < values.size(); ++i)
        query->bindValue(i, values.at(i).typeId() == QMetaType::QString && !values.at(i).isNull()
                                ? Database::text(values.at(i).toString())
                                : values.at(i));
    if (auto r = Database::exec(*query, what); !r)
        return r;
    if (out)
        *out = query;
    return {};
}

Status SyncPageWriter::inItem(const std::function<Status()>& body)
{
    if (!m_begun)
        return fail(Error::Code::Storage, tr("The marketplace's data could not be saved."),
                    QStringLiteral("SyncPageWriter used before begin()"));
    m_itemAudit.clear();
    if (auto r = run(QStringLiteral("SAVEPOINT sync_item"), {}, QStringLiteral("savepoint")); !r)
        return r;
    Status result = body();
    if (result) {
        for (AuditEntry& e : m_itemAudit)
            if (auto r = m_audit->append(e); !r)
                return r;
    } else if (isItemError(result.error())) {
        // Undo whatever part of this item was written; the page goes on without it.
        if (auto r = run(QStringLiteral("ROLLBACK TO sync_item"), {}, QStringLiteral("rollback to savepoint")); !r)
            return r;
    } else {
        return result; // the page is rolled back by the caller
    }
    m_itemAudit.clear();
    if (auto r = run(QStringLiteral("RELEASE sync_item"), {}, QStringLiteral("release savepoint")); !r)
        return r;
    return result;
}

void SyncPageWriter::audit(const QString& entity, const QString& entityId, const QString& action,
                           const QJsonObject& before, const QJsonObject& after)
{
    AuditEntry e;
    e.at = m_clock.now();
    e.actor = kMarketplace;
    e.station = m_station;
    e.entity = entity;
    e.entityId = entityId;
    e.action = action;
    e.beforeJson = before.isEmpty() ? QString() : compact(before);
    e.afterJson = after.isEmpty() ? QString() : compact(after);
    m_itemAudit.append(e);
}

Result<std::optional<SyncPageWriter::Lookup>> SyncPageWriter::findOrder(const QString& marketplaceId)
{
    QSqlQuery* q = nullptr;
    if (auto r = run(QStringLiteral("SELECT id, version, status, number FROM orders WHERE marketplace_id = ?"),
                     {marketplaceId}, QStringLiteral("find order %1").arg(marketplaceId), &q);
        !r)
        return std::unexpected(r.error());
    std::optional<Lookup> found;
    if (q->next())
        found =
            Lookup{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString()};
    q->finish();
    return found;
}

Status SyncPageWriter::ensureWarehouse(const QString& code)
{
    if (code.isEmpty() || m_warehouses.contains(code))
        return {};
    // The marketplace routes orders to warehouses this station may not have been told about yet: record
    // the code so the order can refer to it; an administrator's warehouse settings fill in the rest.
    if (auto r = CatalogueStore(m_db).recordWarehouseCode(code); !r)
        return r;
    m_warehouses.insert(code);
    qCInfo(lcStorage) << "sync: recorded warehouse" << code << "from marketplace data";
    return {};
}

Status SyncPageWriter::applyOrder(Order& order, const QString& claimedBy)
{
    return inItem([&]() -> Status {
        auto stored = findOrder(order.marketplaceId);
        if (!stored)
            return std::unexpected(stored.error());
        if (auto r = ensureWarehouse(order.warehouse); !r)
            return r;
        const QString marketplaceStatus = OrderStatuses::key(order.status);
        if (!*stored) {
            order.id = 0;
            if (auto r = m_orders->insert(order, marketplaceStatus, claimedBy); !r)
                return r;
            audit(
                QStringLiteral("order"), order.number, QStringLiteral("created"), {},
                QJsonObject{{QStringLiteral("status"), marketplaceStatus}, {QStringLiteral("version"), order.version}});
            ++m_counts.inserted;
            return resolveQuarantine(order.marketplaceId, order.version);
        }
        const Lookup& s = **stored;
        order.id = s.id;
        order.number = s.number;
        if (order.version <= s.version) {
            ++m_counts.unchanged;
            return {};
        }
        if (auto r = updateOrder(s, order, claimedBy); !r)
            return r;
        ++m_counts.updated;
        return resolveQuarantine(order.marketplaceId, order.version);
    });
}

Status SyncPageWriter::updateOrder(const Lookup& s, const Order& o, const QString& claimedBy)
{
    const auto local = OrderStatuses::fromKey(s.status);
    if (!local)
        return fail(Error::Code::Conflict, tr("Order %1 has a status this station does not know.").arg(s.number),
                    QStringLiteral("order %1 local status '%2'").arg(s.number, s.status));
    // Marketplace-owned fields: customer, address, payment, instructions, totals, routing. The local
    // fulfilment status, ship-by deadline and timestamps belong to the station.
    const QVariantList values = {
        o.version,
        o.updatedAt.toMSecsSinceEpoch(),
        msOrNull(o.placedAt),
        msOrNull(o.confirmedAt),
        ServiceLevels::key(o.serviceLevel),
        PaymentStatuses::key(o.paymentStatus),
        o.currency,
        o.shippingMinor,
        o.taxMinor,
        o.discountMinor,
        o.totalMinor,
        o.customer.name,
        lastNameOf(o.customer.name),
        o.customer.email,
        o.customer.phone,
        o.customer.locale,
        o.customer.notifyEmail,
        o.customer.notifySms,
        o.customer.notifyPush,
        o.shipTo.name,
        o.shipTo.line1,
        o.shipTo.line2,
        o.shipTo.suburb,
        o.shipTo.city,
        o.shipTo.region,
        o.shipTo.postalCode,
        o.shipTo.country,
        o.instructions.giftWrap,
        o.instructions.giftMessage,
        o.instructions.fragile,
        o.instructions.deliveryWindow,
        o.instructions.customisation,
        o.instructions.note,
        o.warehouse.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(o.warehouse),
        OrderStatuses::key(o.status),
        claimedBy,
        s.id,
    };
    if (auto r = run(
            QStringLiteral("UPDATE orders SET version = ?, updated_at = ?, placed_at = ?, confirmed_at = ?, "
                           "service_level = ?, payment_status = ?, currency = ?, shipping_minor = ?, tax_minor = ?, "
                           "discount_minor = ?, total_minor = ?, customer_name = ?, customer_last_name = ?, "
                           "customer_email = ?, customer_phone = ?, customer_locale = ?, notify_email = ?, "
                           "notify_sms = ?, notify_push = ?, ship_name = ?, ship_line1 = ?, ship_line2 = ?, "
                           "ship_suburb = ?, ship_city = ?, ship_region = ?, ship_postal_code = ?, ship_country = ?, "
                           "gift_wrap = ?, gift_message = ?, fragile = ?, delivery_window = ?, customisation = ?, "
                           "instructions_note = ?, warehouse = ?, marketplace_status = ?, claimed_by = ? WHERE id = ?"),
            values, QStringLiteral("update order %1").arg(s.number));
        !r)
        return r;
    audit(QStringLiteral("order"), s.number, QStringLiteral("updated"),
          QJsonObject{{QStringLiteral("version"), s.version}}, QJsonObject{{QStringLiteral("version"), o.version}});

    using S = OrderStatus;
    const bool linesEditable = *local == S::New || *local == S::Verified || *local == S::OnHold || *local == S::Ready;
    if (linesEditable) {
        if (auto r = replaceLines(s.id, o.lines); !r)
            return r;
    } else {
        auto differ = linesDiffer(s.id, o.lines);
        if (!differ)
            return std::unexpected(differ.error());
        if (*differ) {
            // Items may already be in the tote or the parcel: people decide, the sync never overwrites.
            if (auto r = addTask(QStringLiteral("lines_changed_after_pick"), s.id,
                                 tr("Order %1 was changed on the marketplace after picking started").arg(s.number),
                                 tr("The marketplace's version %1 has different lines. The station kept the lines "
                                    "being picked; check the order with the customer service team.")
                                     .arg(o.version));
                !r)
                return r;
        }
    }

    if (o.status == S::Cancelled && *local != S::Cancelled) {
        auto allowed = FulfilmentStateMachine::validate(*local, S::Cancelled);
        if (allowed) {
            auto changed = changeStatus(s.id, s.number, s.status, S::Cancelled,
                                        QStringLiteral("cancelled on the marketplace"), m_clock.now());
            if (!changed)
                return std::unexpected(changed.error());
            ++m_counts.cancelled;
            if (allowed->needsRestock) {
                if (auto r = addTask(QStringLiteral("cancelled_while_packing"), s.id,
                                     tr("Order %1 was cancelled while it was being picked or packed").arg(s.number),
                                     tr("The marketplace cancelled the order when it was “%1”. Stop packing it and "
                                        "return its items to their bins.")
                                         .arg(OrderStatuses::displayName(*local)));
                    !r)
                    return r;
            }
        } else {
            if (auto r =
                    addTask(QStringLiteral("cancelled_after_shipping"), s.id,
                            tr("Order %1 was cancelled on the marketplace after it left the station").arg(s.number),
                            tr("The order is “%1” here, so the station did not cancel it. Arrange a recall "
                               "or a return with the carrier and customer service.")
                                .arg(OrderStatuses::displayName(*local)));
                !r)
                return r;
        }
    } else if (o.status != S::Cancelled && *local == S::Cancelled) {
        qCInfo(lcStorage).noquote() << "sync: order" << s.number << "is cancelled here but"
                                    << OrderStatuses::key(o.status) << "on the marketplace; kept cancelled";
    }
    return {};
}

Status SyncPageWriter::replaceLines(qint64 orderId, const QList<OrderLine>& lines)
{
    QSqlQuery* q = nullptr;
    if (auto r = run(QStringLiteral("SELECT id, line_id FROM order_lines WHERE order_id = ?"), {orderId},
                     QStringLiteral("read lines of order %1").arg(orderId), &q);
        !r)
        return r;
    QHash<QString, qint64> existing;
    while (q->next())
        existing.insert(q->value(1).toString(), q->value(0).toLongLong());
    q->finish();
    for (const OrderLine& l : lines) {
        const QVariantList fields = {l.sku,           l.gtin,          l.name,    l.quantity,   l.unitPriceMinor,
                                     l.discountMinor, l.serialTracked, l.fragile, l.weightGrams};
        if (const auto it = existing.constFind(l.lineId); it != existing.constEnd()) {
            if (auto r = run(QStringLiteral("UPDATE order_lines SET sku = ?, gtin = ?, name = ?, quantity = ?, "
                                            "unit_price_minor = ?, discount_minor = ?, serial_tracked = ?, "
                                            "fragile = ?, weight_g = ? WHERE id = ?"),
                             fields + QVariantList{it.value()}, QStringLiteral("update line %1").arg(l.lineId));
                !r)
                return r;
            existing.erase(it);
        } else if (auto r = run(QStringLiteral("INSERT INTO order_lines(sku, gtin, name, quantity, unit_price_minor, "
                                               "discount_minor, serial_tracked, fragile, weight_g, order_id, line_id) "
                                               "VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                fields + QVariantList{orderId, l.lineId}, QStringLiteral("add line %1").arg(l.lineId));
                   !r) {
            return r;
        }
    }
    for (qint64 id : std::as_const(existing)) {
        // Units reserved for a line the marketplace removed go back to the bin; the order's new version
        // makes it due for intake, which allocates what is left.
        if (auto r = run(QStringLiteral("UPDATE stock SET reserved = max(0, reserved - coalesce((SELECT "
                                        "sum(r.quantity) FROM reservations r WHERE r.order_line_id = ? AND "
                                        "r.sku = stock.sku AND r.location = stock.location), 0)) WHERE "
                                        "(sku, location) IN (SELECT sku, location FROM reservations WHERE "
                                        "order_line_id = ?)"),
                         {id, id}, QStringLiteral("give back reservations of line %1").arg(id));
            !r)
            return r;
        if (auto r = run(QStringLiteral("DELETE FROM reservations WHERE order_line_id = ?"), {id},
                         QStringLiteral("remove reservations of line %1").arg(id));
            !r)
            return r;
        if (auto r = run(QStringLiteral("DELETE FROM order_lines WHERE id = ?"), {id},
                         QStringLiteral("remove line %1").arg(id));
            !r)
            // Something (a parcel, a return) still refers to the line: the item, not the page, is the problem.
            return fail(Error::Code::Conflict, tr("A line the marketplace removed is still in use at the station."),
                        r.error().detail);
    }
    return {};
}

Result<bool> SyncPageWriter::linesDiffer(qint64 orderId, const QList<OrderLine>& lines)
{
    QSqlQuery* q = nullptr;
    if (auto r = run(QStringLiteral("SELECT line_id, sku, gtin, quantity, unit_price_minor, discount_minor "
                                    "FROM order_lines WHERE order_id = ?"),
                     {orderId}, QStringLiteral("read lines of order %1").arg(orderId), &q);
        !r)
        return std::unexpected(r.error());
    QHash<QString, QVariantList> stored;
    while (q->next())
        stored.insert(q->value(0).toString(), {q->value(1).toString(), q->value(2).toString(), q->value(3).toInt(),
                                               q->value(4).toLongLong(), q->value(5).toLongLong()});
    q->finish();
    if (stored.size() != lines.size())
        return true;
    for (const OrderLine& l : lines) {
        const QVariantList expected = {l.sku, l.gtin, l.quantity, l.unitPriceMinor, l.discountMinor};
        if (stored.value(l.lineId) != expected)
            return true;
    }
    return false;
}

Result<bool> SyncPageWriter::changeStatus(qint64 orderId, const QString& number, const QString& from, OrderStatus to,
                                          const QString& reason, const QDateTime& at)
{
    const auto fromStatus = OrderStatuses::fromKey(from);
    if (!fromStatus || !FulfilmentStateMachine::isAllowed(*fromStatus, to))
        return false;
    const qint64 now = m_clock.nowMs();
    QSqlQuery* q = nullptr;
    if (auto r = run(QStringLiteral("UPDATE orders SET status = ?, updated_at = ?, "
                                    "shipped_at = CASE WHEN ? THEN coalesce(shipped_at, ?) ELSE shipped_at END, "
                                    "delivered_at = CASE WHEN ? THEN ? ELSE delivered_at END "
                                    "WHERE id = ? AND status = ?"),
                     {OrderStatuses::key(to), now, to == OrderStatus::Shipped, at.toMSecsSinceEpoch(),
                      to == OrderStatus::Delivered, at.toMSecsSinceEpoch(), orderId, from},
                     QStringLiteral("set status of %1").arg(number), &q);
        !r)
        return std::unexpected(r.error());
    if (q->numRowsAffected() != 1)
        return false;
    audit(QStringLiteral("order"), number, QStringLiteral("status_changed"),
          QJsonObject{{QStringLiteral("status"), from}},
          QJsonObject{{QStringLiteral("status"), OrderStatuses::key(to)}, {QStringLiteral("reason"), reason}});
    qCInfo(lcStorage).noquote() << "sync: order" << number << from << "->" << OrderStatuses::key(to) << "(" << reason
                                << ")";
    return true;
}

Status SyncPageWriter::addTask(const QString& kind, qint64 orderId, const QString& title, const QString& detail)
{
    // One open task of a kind per order: a re-read page must not pile up the same task.
    QSqlQuery* q = nullptr;
    if (auto r = run(QStringLiteral("SELECT count(*) FROM tasks WHERE kind = ? AND order_id IS ? AND status = 'open'"),
                     {kind, idOrNull(orderId)}, QStringLiteral("find task"), &q);
        !r)
        return r;
    const bool exists = q->next() && q->value(0).toLongLong() > 0;
    q->finish();
    if (exists)
        return {};
    if (auto r =
            run(QStringLiteral("INSERT INTO tasks(kind, order_id, created_at, title, detail) VALUES(?, ?, ?, ?, ?)"),
                {kind, idOrNull(orderId), m_clock.nowMs(), title, detail}, QStringLiteral("add task %1").arg(kind));
        !r)
        return r;
    ++m_counts.tasks;
    qCInfo(lcStorage).noquote() << "sync: task" << kind << "-" << title;
    return {};
}

Status SyncPageWriter::applyStock(const StockRecord& s)
{
    return inItem([&]() -> Status {
        QSqlQuery* q = nullptr;
        if (auto r = run(QStringLiteral("SELECT version FROM stock WHERE sku = ? AND location = ?"),
                         {s.sku, s.location}, QStringLiteral("find stock %1 %2").arg(s.sku, s.location), &q);
            !r)
            return r;
        const std::optional<qint64> stored = q->next() ? std::optional<qint64>(q->value(0).toLongLong()) : std::nullopt;
        q->finish();
        if (stored && s.version <= *stored) {
            ++m_counts.unchanged;
            return {};
        }
        // The figure first; on_hand is then the figure plus what this station did that it does not count.
        if (auto r = run(QStringLiteral("INSERT INTO stock(sku, location, on_hand, market_on_hand, reserved, version, "
                                        "updated_at) VALUES(?, ?, ?, ?, 0, ?, ?) ON CONFLICT(sku, location) DO UPDATE "
                                        "SET market_on_hand = excluded.market_on_hand, version = excluded.version, "
                                        "updated_at = excluded.updated_at"),
                         {s.sku, s.location, s.onHand, s.onHand, s.version, s.updatedAt.toMSecsSinceEpoch()},
                         QStringLiteral("store stock %1 %2").arg(s.sku, s.location));
            !r)
            return r;
        if (auto r =
                run(kRecountStock, {s.sku, s.location}, QStringLiteral("recount stock %1 %2").arg(s.sku, s.location));
            !r)
            return r;
        ++(stored ? m_counts.updated : m_counts.inserted);
        return resolveQuarantine(s.id, s.version);
    });
}

Status SyncPageWriter::recountStock(Database& db, const QString& sku, const QString& location)
{
    auto q = db.prepare(kRecountStock);
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(sku);
    q->addBindValue(location);
    return Database::exec(*q, QStringLiteral("recount stock %1 %2").arg(sku, location));
}

Status SyncPageWriter::applyProduct(const ProductRecord& p)
{
    return inItem([&]() -> Status {
        // The products table has no version column: the version is the one the last marketplace audit
        // row of the product recorded.
        QSqlQuery* q = nullptr;
        if (auto r = run(QStringLiteral("SELECT gtin, name, weight_g, unit_price_minor, currency, serial_tracked, "
                                        "fragile, (SELECT max(CASE WHEN json_valid(a.after_json) THEN "
                                        "json_extract(a.after_json, '$.version') END) FROM audit_log a WHERE "
                                        "a.entity = 'product' AND a.entity_id = products.sku AND a.actor = ?) "
                                        "FROM products WHERE sku = ?"),
                         {kMarketplace, p.sku}, QStringLiteral("find product %1").arg(p.sku), &q);
            !r)
            return r;
        const QJsonObject incoming{{QStringLiteral("gtin"), p.gtin},
                                   {QStringLiteral("name"), p.name},
                                   {QStringLiteral("weight_g"), p.weightGrams},
                                   {QStringLiteral("unit_price"), p.unitPriceMinor},
                                   {QStringLiteral("currency"), p.currency},
                                   {QStringLiteral("serial_tracked"), p.serialTracked},
                                   {QStringLiteral("fragile"), p.fragile}};
        std::optional<QJsonObject> stored;
        std::optional<qint64> knownVersion;
        if (q->next()) {
            stored = QJsonObject{{QStringLiteral("gtin"), q->value(0).toString()},
                                 {QStringLiteral("name"), q->value(1).toString()},
                                 {QStringLiteral("weight_g"), q->value(2).toInt()},
                                 {QStringLiteral("unit_price"), q->value(3).toLongLong()},
                                 {QStringLiteral("currency"), q->value(4).toString()},
                                 {QStringLiteral("serial_tracked"), q->value(5).toBool()},
                                 {QStringLiteral("fragile"), q->value(6).toBool()}};
            if (!q->value(7).isNull())
                knownVersion = q->value(7).toLongLong();
        }
        q->finish();
        if (knownVersion && p.version <= *knownVersion) {
            ++m_counts.unchanged;
            return {};
        }
        QJsonObject before;
        QJsonObject after;
        for (auto it = incoming.constBegin(); it != incoming.constEnd(); ++it) {
            if (stored && stored->value(it.key()) == it.value())
                continue;
            if (stored)
                before.insert(it.key(), stored->value(it.key()));
            after.insert(it.key(), it.value());
        }
        if (stored && after.isEmpty()) {
            // Nothing this station keeps differs (a product it already had, or a change to something else).
            ++m_counts.unchanged;
            return resolveQuarantine(p.id, p.version);
        }
        if (!p.gtin.isEmpty() && (!stored || stored->value(QLatin1String("gtin")).toString() != p.gtin)) {
            // products.gtin is unique: a GTIN moving between SKUs waits until the SKU holding it lets it go.
            QSqlQuery* holder = nullptr;
            if (auto r = run(QStringLiteral("SELECT sku FROM products WHERE gtin = ? AND sku <> ?"), {p.gtin, p.sku},
                             QStringLiteral("find holder of gtin %1").arg(p.gtin), &holder);
                !r)
                return r;
            const QString other = holder->next() ? holder->value(0).toString() : QString();
            holder->finish();
            if (!other.isEmpty())
                return fail(Error::Code::Conflict,
                            tr("GTIN %1 of product %2 already belongs to product %3 in this station.")
                                .arg(p.gtin, p.sku, other),
                            QStringLiteral("product %1 (%2) version %3: gtin %4 is held by sku %5")
                                .arg(p.sku, p.id)
                                .arg(p.version)
                                .arg(p.gtin, other));
        }
        const QVariant gtin = p.gtin.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(p.gtin);
        const Status written =
            stored ? run(QStringLiteral("UPDATE products SET gtin = ?, name = ?, weight_g = ?, unit_price_minor = ?, "
                                        "currency = ?, serial_tracked = ?, fragile = ? WHERE sku = ?"),
                         {gtin, p.name, p.weightGrams, p.unitPriceMinor, p.currency, p.serialTracked, p.fragile, p.sku},
                         QStringLiteral("update product %1").arg(p.sku))
                   : run(QStringLiteral("INSERT INTO products(sku, gtin, name, weight_g, unit_price_minor, currency, "
                                        "serial_tracked, fragile) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                         {p.sku, gtin, p.name, p.weightGrams, p.unitPriceMinor, p.currency, p.serialTracked, p.fragile},
                         QStringLiteral("add product %1").arg(p.sku));
        if (!written) {
            if (written.error().detail.contains(QLatin1String("UNIQUE")))
                return fail(Error::Code::Conflict,
                            tr("Product %1 clashes with another product in this station.").arg(p.sku),
                            written.error().detail);
            return written;
        }
        after.insert(QStringLiteral("id"), p.id);
        after.insert(QStringLiteral("version"), p.version);
        audit(QStringLiteral("product"), p.sku, stored ? QStringLiteral("updated") : QStringLiteral("created"), before,
              after);
        ++(stored ? m_counts.updated : m_counts.inserted);
        return resolveQuarantine(p.id, p.version);
    });
}

Status SyncPageWriter::applyTrackingEvent(const TrackingRecord& e)
{
    return inItem([&]() -> Status {
        QSqlQuery* q = nullptr;
        if (auto r = run(QStringLiteral("SELECT version FROM tracking_events WHERE id = ?"), {e.id},
                         QStringLiteral("find tracking event %1").arg(e.id), &q);
            !r)
            return r;
        const std::optional<qint64> stored = q->next() ? std::optional<qint64>(q->value(0).toLongLong()) : std::nullopt;
        q->finish();
        if (stored && e.version <= *stored) {
            ++m_counts.unchanged;
            return {};
        }
        auto order = findOrder(e.orderMarketplaceId);
        if (!order)
            return std::unexpected(order.error());
        const qint64 orderId = *order ? (*order)->id : 0;
        if (auto r =
                run(QStringLiteral("INSERT INTO tracking_events(id, order_id, tracking_number, status, description, "
                                   "occurred_at, version) VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                                   "order_id = excluded.order_id, tracking_number = excluded.tracking_number, "
                                   "status = excluded.status, description = excluded.description, "
                                   "occurred_at = excluded.occurred_at, version = excluded.version"),
                    {e.id, idOrNull(orderId), e.trackingNumber, e.status, e.description,
                     e.occurredAt.toMSecsSinceEpoch(), e.version},
                    QStringLiteral("store tracking event %1").arg(e.id));
            !r)
            return r;
        ++(stored ? m_counts.updated : m_counts.inserted);
        if (!*order) {
            qCInfo(lcStorage).noquote() << "sync: tracking event" << e.id << "for order" << e.orderMarketplaceId
                                        << "which is not in this station";
            return resolveQuarantine(e.id, e.version);
        }
        // Advance along shipped -> in transit -> out for delivery -> delivered, one allowed step at a time.
        const auto target = OrderStatuses::fromKey(e.status);
        if (target) {
            static const QList<OrderStatus> chain = {OrderStatus::Shipped, OrderStatus::InTransit,
                                                     OrderStatus::OutForDelivery, OrderStatus::Delivered};
            QString current = (*order)->status;
            const auto currentStatus = OrderStatuses::fromKey(current);
            const qsizetype from = currentStatus ? chain.indexOf(*currentStatus) : -1;
            const qsizetype to = chain.indexOf(*target);
            if (from < 0 || to <= from) {
                qCInfo(lcStorage).noquote() << "sync: tracking event" << e.id << e.status << "does not move order"
                                            << (*order)->number << "from" << current << "; skipped";
            } else {
                for (qsizetype step = from + 1; step <= to; ++step) {
                    const OrderStatus next = chain.at(step);
                    if (step < to &&
                        FulfilmentStateMachine::isAllowed(OrderStatuses::fromKey(current).value(), *target))
                        continue; // a direct move to the target is allowed: skip the intermediate state
                    auto changed = changeStatus((*order)->id, (*order)->number, current, next,
                                                QStringLiteral("carrier: %1").arg(e.status), e.occurredAt);
                    if (!changed)
                        return std::unexpected(changed.error());
                    if (!*changed) {
                        qCInfo(lcStorage).noquote() << "sync: order" << (*order)->number << "cannot go from" << current
                                                    << "to" << OrderStatuses::key(next) << "; skipped";
                        break;
                    }
                    ++m_counts.statusChanges;
                    current = OrderStatuses::key(next);
                }
            }
        }
        return resolveQuarantine(e.id, e.version);
    });
}

Status SyncPageWriter::applyReturn(const ReturnRecord& ret)
{
    return inItem([&]() -> Status {
        QSqlQuery* q = nullptr;
        if (auto r = run(QStringLiteral("SELECT id, version, status FROM returns WHERE marketplace_id = ?"), {ret.id},
                         QStringLiteral("find return %1").arg(ret.id), &q);
            !r)
            return r;
        std::optional<std::tuple<qint64, qint64, QString>> stored;
        if (q->next())
            stored = std::make_tuple(q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString());
        q->finish();
        if (stored && ret.version <= std::get<1>(*stored)) {
            ++m_counts.unchanged;
            return {};
        }
        auto order = findOrder(ret.orderMarketplaceId);
        if (!order)
            return std::unexpected(order.error());
        if (!*order)
            return fail(
                Error::Code::NotFound, tr("A return refers to an order this station does not have."),
                QStringLiteral("return %1 (%2) for unknown order %3").arg(ret.id, ret.rma, ret.orderMarketplaceId));
        const qint64 orderId = (*order)->id;
        const QString incoming = localReturnStatus(ret.status);
        qint64 returnId = 0;
        bool replaceLines = true;
        if (!stored) {
            QSqlQuery* ins = nullptr;
            if (auto r = run(QStringLiteral("INSERT INTO returns(rma, order_id, status, requested_at, marketplace_id, "
                                            "version) VALUES(?, ?, ?, ?, ?, ?)"),
                             {ret.rma, orderId, incoming, ret.requestedAt.toMSecsSinceEpoch(), ret.id, ret.version},
                             QStringLiteral("add return %1").arg(ret.rma), &ins);
                !r) {
                if (r.error().detail.contains(QLatin1String("UNIQUE")))
                    return fail(Error::Code::Conflict, tr("A return number is already used by another return."),
                                r.error().detail);
                return r;
            }
            returnId = ins->lastInsertId().toLongLong();
            audit(QStringLiteral("return"), ret.rma, QStringLiteral("created"), {},
                  QJsonObject{{QStringLiteral("status"), incoming}, {QStringLiteral("order"), (*order)->number}});
            ++m_counts.inserted;
            // The order's own status follows a new return request when the state machine allows it.
            auto changed = changeStatus(orderId, (*order)->number, (*order)->status, OrderStatus::ReturnRequested,
                                        QStringLiteral("return %1 requested").arg(ret.rma), ret.requestedAt);
            if (!changed)
                return std::unexpected(changed.error());
            if (*changed)
                ++m_counts.statusChanges;
        } else {
            returnId = std::get<0>(*stored);
            const QString local = std::get<2>(*stored);
            // Receiving and inspecting happen here; the marketplace may only move a return further on.
            const QString status = returnRank(incoming) > returnRank(local) ? incoming : local;
            replaceLines = local == QLatin1String("requested");
            if (auto r =
                    run(QStringLiteral("UPDATE returns SET status = ?, requested_at = ?, version = ? WHERE id = ?"),
                        {status, ret.requestedAt.toMSecsSinceEpoch(), ret.version, returnId},
                        QStringLiteral("update return %1").arg(ret.rma));
                !r)
                return r;
            if (status != local)
                audit(QStringLiteral("return"), ret.rma, QStringLiteral("status_changed"),
                      QJsonObject{{QStringLiteral("status"), local}}, QJsonObject{{QStringLiteral("status"), status}});
            ++m_counts.updated;
        }
        if (replaceLines) {
            if (auto r = run(QStringLiteral("DELETE FROM return_lines WHERE return_id = ?"), {returnId},
                             QStringLiteral("clear lines of return %1").arg(ret.rma));
                !r)
                return r;
            for (const ReturnRecordLine& l : ret.lines) {
                if (auto r = run(QStringLiteral("INSERT INTO return_lines(return_id, order_line_id, sku, reason, "
                                                "quantity_requested, marketplace_line_id) VALUES(?, (SELECT id FROM "
                                                "order_lines WHERE order_id = ? AND line_id = ?), ?, ?, ?, ?)"),
                                 {returnId, orderId, l.lineId, l.sku, l.reason, l.quantity, l.lineId},
                                 QStringLiteral("add line %1 of return %2").arg(l.lineId, ret.rma));
                    !r)
                    return r;
            }
        }
        return resolveQuarantine(ret.id, ret.version);
    });
}

Status SyncPageWriter::applyFeedback(const FeedbackRecord& f)
{
    return inItem([&]() -> Status {
        QSqlQuery* q = nullptr;
        if (auto r = run(QStringLiteral("SELECT version FROM feedback WHERE id = ?"), {f.id},
                         QStringLiteral("find feedback %1").arg(f.id), &q);
            !r)
            return r;
        const std::optional<qint64> stored = q->next() ? std::optional<qint64>(q->value(0).toLongLong()) : std::nullopt;
        q->finish();
        if (stored && f.version <= *stored) {
            ++m_counts.unchanged;
            return {};
        }
        auto order = findOrder(f.orderMarketplaceId);
        if (!order)
            return std::unexpected(order.error());
        if (auto r = run(QStringLiteral("INSERT INTO feedback(id, order_id, rating, comment, created_at, version) "
                                        "VALUES(?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET order_id = "
                                        "excluded.order_id, rating = excluded.rating, comment = excluded.comment, "
                                        "created_at = excluded.created_at, version = excluded.version"),
                         {f.id, idOrNull(*order ? (*order)->id : 0), f.rating, f.comment,
                          f.createdAt.toMSecsSinceEpoch(), f.version},
                         QStringLiteral("store feedback %1").arg(f.id));
            !r)
            return r;
        ++(stored ? m_counts.updated : m_counts.inserted);
        return resolveQuarantine(f.id, f.version);
    });
}

Status SyncPageWriter::resolveQuarantine(const QString& itemId, qint64 version)
{
    if (!m_openQuarantine || itemId.isEmpty())
        return {};
    const qint64 now = m_clock.nowMs();
    if (auto r = run(QStringLiteral("UPDATE sync_problems SET resolved_at = ? WHERE resolved_at IS NULL AND id IN "
                                    "(SELECT problem_id FROM sync_quarantine WHERE resource = ? AND item_id = ? AND "
                                    "resolved_at IS NULL AND (version IS NULL OR version <= ?))"),
                     {now, m_resource, itemId, version}, QStringLiteral("resolve problems of %1").arg(itemId));
        !r)
        return r;
    return run(QStringLiteral("UPDATE sync_quarantine SET resolved_at = ? WHERE resource = ? AND item_id = ? AND "
                              "resolved_at IS NULL AND (version IS NULL OR version <= ?)"),
               {now, m_resource, itemId, version}, QStringLiteral("resolve quarantined %1").arg(itemId));
}

Status SyncPageWriter::quarantine(const QString& itemId, std::optional<qint64> version, const QByteArray& rawJson,
                                  const Error& why)
{
    if (!m_begun)
        return fail(Error::Code::Storage, tr("The marketplace's data could not be saved."),
                    QStringLiteral("SyncPageWriter used before begin()"));
    const QString fingerprint =
        QString::fromLatin1(QCryptographicHash::hash(rawJson, QCryptographicHash::Sha256).toHex());
    const qint64 now = m_clock.nowMs();
    QSqlQuery* q = nullptr;
    if (auto r = run(QStringLiteral("INSERT INTO sync_quarantine(resource, item_id, version, fingerprint, body, error, "
                                    "received_at) VALUES(?, ?, ?, ?, ?, ?, ?) "
                                    "ON CONFLICT(resource, fingerprint) DO NOTHING"),
                     {m_resource, itemId, version ? QVariant(*version) : QVariant(QMetaType(QMetaType::LongLong)),
                      fingerprint, QString::fromUtf8(rawJson), why.detail.isEmpty() ? why.message : why.detail, now},
                     QStringLiteral("quarantine %1 item %2").arg(m_resource, itemId), &q);
        !r)
        return r;
    if (q->numRowsAffected() != 1) {
        ++m_counts.unchanged; // the same unreadable body again (overlap): its problem is already open
        return {};
    }
    const qint64 quarantineId = q->lastInsertId().toLongLong();
    qint64 orderId = 0;
    if (m_resource == QLatin1String("orders") && !itemId.isEmpty()) {
        auto order = findOrder(itemId);
        if (!order)
            return std::unexpected(order.error());
        orderId = *order ? (*order)->id : 0;
    }
    const QString item = itemId.isEmpty() ? tr("an item without an id") : itemId;
    QSqlQuery* problem = nullptr;
    if (auto r = run(QStringLiteral("INSERT INTO sync_problems(at, kind, order_id, message, detail) "
                                    "VALUES(?, 'unreadable_item', ?, ?, ?)"),
                     {now, idOrNull(orderId),
                      tr("The marketplace sent %1 (%2) that this station could not store: %3")
                          .arg(item, m_resource, why.message),
                      why.detail},
                     QStringLiteral("record problem for %1").arg(item), &problem);
        !r)
        return r;
    const qint64 problemId = problem->lastInsertId().toLongLong();
    if (auto r = run(QStringLiteral("UPDATE sync_quarantine SET problem_id = ? WHERE id = ?"),
                     {problemId, quarantineId}, QStringLiteral("link problem %1").arg(problemId));
        !r)
        return r;
    m_openQuarantine = true;
    ++m_counts.quarantined;
    qCWarning(lcStorage).noquote() << "sync:" << m_resource << "item" << item << "quarantined:" << why.toString();
    return {};
}

Status SyncPageWriter::commit(const QString& nextCursor)
{
    if (!m_begun)
        return fail(Error::Code::Storage, tr("The marketplace's data could not be saved."),
                    QStringLiteral("SyncPageWriter::commit before begin()"));
    const qint64 now = m_clock.nowMs();
    if (!nextCursor.isEmpty()) {
        if (auto r = run(QStringLiteral("INSERT INTO sync_cursors(resource, cursor, updated_at) VALUES(?, ?, ?) "
                                        "ON CONFLICT(resource) DO UPDATE SET cursor = excluded.cursor, "
                                        "updated_at = excluded.updated_at"),
                         {m_resource, nextCursor, now}, QStringLiteral("store cursor of %1").arg(m_resource));
            !r)
            return r;
        if (auto r = run(QStringLiteral("INSERT INTO sync_cursor_marks(resource, cursor, stored_at) VALUES(?, ?, ?)"),
                         {m_resource, nextCursor, now}, QStringLiteral("mark cursor of %1").arg(m_resource));
            !r)
            return r;
    }
    if (auto r = m_audit->finish(); !r)
        return r;
    for (auto& q : m_statements)
        q.finish();
    if (auto r = m_tx.commit(); !r)
        return r;
    m_begun = false;
    return {};
}

void SyncPageWriter::rollback()
{
    for (auto& q : m_statements)
        q.finish();
    if (m_begun)
        m_db.rollback();
    m_begun = false;
}

} // namespace saypro
