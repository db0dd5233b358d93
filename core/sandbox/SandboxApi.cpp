#include "SandboxApi.h"

#include "domain/Location.h"
#include "domain/OrderStatus.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxCursor.h"
#include "sandbox/SandboxLife.h"
#include "sandbox/SandboxLogging.h"
#include "sync/ApiJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

#include <limits>
#include <variant>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxApi", text);
}

constexpr int kDefaultLimit = 200;
constexpr int kMaxLimit = 1000;

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

SandboxResponse invalid(const QString& detail)
{
    return SandboxResponse::problem(422, QStringLiteral("validation-failed"), tr("The request is not valid."), detail);
}

SandboxResponse badRequest(const QString& detail)
{
    return SandboxResponse::problem(400, QStringLiteral("bad-request"), tr("The request is malformed."), detail);
}

SandboxResponse orderNotFound(const QString& id)
{
    return SandboxResponse::problem(404, QStringLiteral("not-found"), tr("There is no such order."),
                                    QStringLiteral("no order '%1'").arg(id),
                                    QJsonObject{{QStringLiteral("order_id"), id}});
}

SandboxResponse orderCancelled(const QString& id)
{
    return SandboxResponse::problem(409, QStringLiteral("order-cancelled"), tr("The marketplace cancelled this order."),
                                    QStringLiteral("order '%1' is cancelled").arg(id),
                                    QJsonObject{{QStringLiteral("order_id"), id}});
}

SandboxResponse claimedElsewhere(const QString& id, const QString& holder)
{
    return SandboxResponse::problem(409, QStringLiteral("claimed-elsewhere"),
                                    tr("Another station is working on this order."),
                                    QStringLiteral("order '%1' is claimed by station '%2'").arg(id, holder),
                                    QJsonObject{{QStringLiteral("order_id"), id}, {QStringLiteral("held_by"), holder}});
}

SandboxResponse internalError(const Error& e)
{
    qCWarning(lcSandbox).noquote() << "request failed:" << e.toString();
    return SandboxResponse::problem(500, QStringLiteral("server-error"),
                                    tr("The training marketplace could not complete the request."), e.detail);
}

/// Reads the fields of a JSON body; the first problem found is kept for the 422 answer.
class Fields
{
public:
    explicit Fields(QJsonObject object, QString where = {}) : m_object(std::move(object)), m_where(std::move(where)) {}

    QString text(const char* key, bool required)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                complain(key, QStringLiteral("is required"));
            return {};
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            complain(key, QStringLiteral("must be non-empty text"));
            return {};
        }
        return v.toString();
    }
    std::optional<qint64> integer(const char* key, bool required, qint64 min, qint64 max)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                complain(key, QStringLiteral("is required"));
            return std::nullopt;
        }
        if (!v.isDouble() || double(v.toInteger()) != v.toDouble() || v.toInteger() < min || v.toInteger() > max) {
            complain(key, QStringLiteral("must be a whole number from %1 to %2").arg(min).arg(max));
            return std::nullopt;
        }
        return v.toInteger();
    }
    QString oneOf(const char* key, bool required, const QStringList& allowed)
    {
        const QString value = text(key, required);
        if (!value.isNull() && !allowed.contains(value))
            complain(key, QStringLiteral("must be one of %1").arg(allowed.join(QStringLiteral(", "))));
        return value;
    }
    QJsonArray array(const char* key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isArray() || v.toArray().isEmpty()) {
            complain(key, QStringLiteral("must be a non-empty list"));
            return {};
        }
        return v.toArray();
    }
    void complain(const char* key, const QString& why)
    {
        if (m_problem.isEmpty())
            m_problem = m_where + QLatin1String(key) + u' ' + why;
    }
    void complain(const QString& why)
    {
        if (m_problem.isEmpty())
            m_problem = why;
    }
    bool ok() const { return m_problem.isEmpty(); }
    const QString& problem() const { return m_problem; }

private:
    QJsonObject m_object;
    QString m_where;
    QString m_problem;
};

/// The body as a JSON object; nothing when it is not one. An empty body is an empty object when allowed.
std::optional<QJsonObject> objectBody(const QByteArray& body, bool emptyAllowed)
{
    if (body.trimmed().isEmpty())
        return emptyAllowed ? std::optional<QJsonObject>(QJsonObject()) : std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

SandboxResponse notAnObject()
{
    return invalid(QStringLiteral("the body must be a JSON object"));
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

QString paddedId(const QString& prefix, qint64 n, int width)
{
    return prefix + QString::number(n).rightJustified(width, u'0');
}

/// True when an order the carrier already moved on (or that is being returned) would go back to a
/// station status: the event is recorded, the marketplace's status stays.
bool wouldRegress(const QString& current, const QString& reported)
{
    const auto c = OrderStatuses::fromKey(current).value_or(OrderStatus::New);
    const auto r = OrderStatuses::fromKey(reported).value_or(OrderStatus::New);
    const bool carrierOrLater = c == OrderStatus::InTransit || c == OrderStatus::OutForDelivery ||
                                c == OrderStatus::Delivered || c == OrderStatus::ReturnRequested ||
                                c == OrderStatus::ReturnReceived || c == OrderStatus::Inspected ||
                                c == OrderStatus::Closed;
    const bool stationStatus = !OrderStatuses::hasShipped(r) || r == OrderStatus::Shipped;
    return carrierOrLater && stationStatus && r != OrderStatus::Cancelled;
}

/// The order a request names, or the answer that ends the request: 500 when the store fails, 404 when
/// there is no such order, 409 when it must still be open but was cancelled.
std::expected<SandboxStore::OrderRow, SandboxResponse> findOrder(const SandboxStore& store, const QString& id,
                                                                 bool mustBeOpen)
{
    auto order = store.order(id);
    if (!order)
        return std::unexpected(internalError(order.error()));
    if (!*order)
        return std::unexpected(orderNotFound(id));
    if (mustBeOpen && (*order)->status == QLatin1String("cancelled"))
        return std::unexpected(orderCancelled((*order)->id));
    return std::move(**order);
}

} // namespace

SandboxApi::SandboxApi(SandboxStore& store, SandboxLife& life, SandboxClock& clock)
    : m_store(store), m_life(life), m_clock(clock)
{}

QString SandboxApi::endpointName(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::ListOrders:
        return QStringLiteral("orders");
    case Endpoint::GetOrder:
        return QStringLiteral("order");
    case Endpoint::Claim:
        return QStringLiteral("claim");
    case Endpoint::Release:
        return QStringLiteral("release");
    case Endpoint::Events:
        return QStringLiteral("events");
    case Endpoint::Notifications:
        return QStringLiteral("notifications");
    case Endpoint::Shipments:
        return QStringLiteral("shipments");
    case Endpoint::ListInventory:
        return QStringLiteral("inventory");
    case Endpoint::Adjustments:
        return QStringLiteral("adjustments");
    case Endpoint::ListTracking:
        return QStringLiteral("tracking");
    case Endpoint::ListReturns:
        return QStringLiteral("returns");
    case Endpoint::Inspection:
        return QStringLiteral("inspection");
    case Endpoint::ListFeedback:
        return QStringLiteral("feedback");
    case Endpoint::ListProducts:
        return QStringLiteral("products");
    }
    return {};
}

bool SandboxApi::isWrite(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Claim:
    case Endpoint::Release:
    case Endpoint::Events:
    case Endpoint::Notifications:
    case Endpoint::Shipments:
    case Endpoint::Adjustments:
    case Endpoint::Inspection:
        return true;
    default:
        return false;
    }
}

bool SandboxApi::route(const QByteArray& method, const QString& path, Request& request, bool* methodAllowed)
{
    // Segments are split before percent-decoding, so an id may contain any character.
    QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    for (QString& s : segments)
        s = QUrl::fromPercentEncoding(s.toUtf8());
    if (methodAllowed)
        *methodAllowed = false;
    if (segments.size() < 2 || segments.first() != QLatin1String("v1"))
        return false;
    const bool get = method == "GET";
    const bool post = method == "POST";
    auto match = [&](bool wanted, Endpoint endpoint) {
        if (methodAllowed)
            *methodAllowed = wanted;
        request.endpoint = endpoint;
        return true;
    };
    const QString& resource = segments.at(1);
    const qsizetype n = segments.size();
    if (resource == QLatin1String("orders")) {
        if (n == 2)
            return match(get, Endpoint::ListOrders);
        request.pathId = segments.at(2);
        if (n == 3)
            return match(get, Endpoint::GetOrder);
        if (n == 4) {
            const QString& action = segments.at(3);
            if (action == QLatin1String("claim"))
                return match(post, Endpoint::Claim);
            if (action == QLatin1String("release"))
                return match(post, Endpoint::Release);
            if (action == QLatin1String("events"))
                return match(post, Endpoint::Events);
            if (action == QLatin1String("notifications"))
                return match(post, Endpoint::Notifications);
        }
        return false;
    }
    if (resource == QLatin1String("shipments") && n == 2)
        return match(post, Endpoint::Shipments);
    if (resource == QLatin1String("inventory")) {
        if (n == 2)
            return match(get, Endpoint::ListInventory);
        if (n == 3 && segments.at(2) == QLatin1String("adjustments"))
            return match(post, Endpoint::Adjustments);
        return false;
    }
    if (resource == QLatin1String("tracking-events") && n == 2)
        return match(get, Endpoint::ListTracking);
    if (resource == QLatin1String("returns")) {
        if (n == 2)
            return match(get, Endpoint::ListReturns);
        if (n == 4 && segments.at(3) == QLatin1String("inspection")) {
            request.pathId = segments.at(2);
            return match(post, Endpoint::Inspection);
        }
        return false;
    }
    if (resource == QLatin1String("feedback") && n == 2)
        return match(get, Endpoint::ListFeedback);
    if (resource == QLatin1String("products") && n == 2)
        return match(get, Endpoint::ListProducts);
    return false;
}

SandboxResponse SandboxApi::handle(const Request& r)
{
    switch (r.endpoint) {
    case Endpoint::ListOrders:
        return listOrders(r);
    case Endpoint::GetOrder:
        return getOrder(r);
    case Endpoint::Claim:
        return claim(r);
    case Endpoint::Release:
        return release(r);
    case Endpoint::Events:
        return postEvent(r);
    case Endpoint::Notifications:
        return postNotification(r);
    case Endpoint::Shipments:
        return postShipment(r);
    case Endpoint::ListInventory:
        return listFeed(r, SandboxStore::Feed::Inventory);
    case Endpoint::Adjustments:
        return postAdjustment(r);
    case Endpoint::ListTracking:
        return listFeed(r, SandboxStore::Feed::Tracking);
    case Endpoint::ListReturns:
        return listFeed(r, SandboxStore::Feed::Returns);
    case Endpoint::Inspection:
        return postInspection(r);
    case Endpoint::ListFeedback:
        return listFeed(r, SandboxStore::Feed::Feedback);
    case Endpoint::ListProducts:
        return listFeed(r, SandboxStore::Feed::Products);
    }
    return badRequest(QStringLiteral("unknown endpoint"));
}

namespace {
/// The page parameters of an incremental list: the position after the cursor and the page size.
struct Page
{
    qint64 afterSequence = 0;
    int limit = kDefaultLimit;
};

std::variant<Page, SandboxResponse> readPage(const QUrlQuery& query, const QString& feed)
{
    Page page;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        page.limit = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > kMaxLimit)
            return badRequest(QStringLiteral("limit must be a whole number from 1 to %1").arg(kMaxLimit));
    }
    const QString after = query.queryItemValue(QStringLiteral("updated_after"), QUrl::FullyDecoded);
    if (!after.isEmpty()) {
        const auto cursor = SandboxCursor::decode(feed, after);
        if (!cursor)
            return SandboxResponse::problem(400, QStringLiteral("bad-cursor"),
                                            tr("The list position is not one this marketplace gave out."),
                                            QStringLiteral("updated_after '%1' is not a %2 cursor").arg(after, feed));
        page.afterSequence = cursor->sequence();
    }
    return page;
}

SandboxResponse pageResponse(const QString& itemsKey, const QJsonArray& items, const QString& feed, qint64 lastMs,
                             qint64 lastSequence)
{
    return SandboxResponse::json(
        200, QJsonObject{{itemsKey, items},
                         {QStringLiteral("next_cursor"),
                          items.isEmpty() ? QJsonValue(QJsonValue::Null)
                                          : QJsonValue(SandboxCursor(feed, lastMs, lastSequence).encode())}});
}
} // namespace

SandboxResponse SandboxApi::listOrders(const Request& r)
{
    const QString feed = SandboxStore::feedName(SandboxStore::Feed::Orders);
    const auto page = readPage(r.query, feed);
    if (const auto* problem = std::get_if<SandboxResponse>(&page))
        return *problem;
    const Page& p = std::get<Page>(page);
    auto rows = m_store.ordersAfter(p.afterSequence, p.limit);
    if (!rows)
        return internalError(rows.error());
    QJsonArray orders;
    for (const auto& row : *rows)
        orders.append(row.toJson());
    return pageResponse(QStringLiteral("orders"), orders, feed, rows->isEmpty() ? 0 : rows->last().updatedMs,
                        rows->isEmpty() ? 0 : rows->last().sequence);
}

SandboxResponse SandboxApi::listFeed(const Request& r, SandboxStore::Feed feed)
{
    const QString name = SandboxStore::feedName(feed);
    const auto page = readPage(r.query, name);
    if (const auto* problem = std::get_if<SandboxResponse>(&page))
        return *problem;
    const Page& p = std::get<Page>(page);
    QString columns;
    QString itemsKey;
    switch (feed) {
    case SandboxStore::Feed::Inventory:
        columns = QStringLiteral("id, sku, location, on_hand");
        itemsKey = QStringLiteral("items");
        break;
    case SandboxStore::Feed::Tracking:
        columns = QStringLiteral("id, order_id, tracking_number, status, description, occurred_ms");
        itemsKey = QStringLiteral("events");
        break;
    case SandboxStore::Feed::Returns:
        columns = QStringLiteral("id, rma, order_id, status, requested_ms, lines");
        itemsKey = QStringLiteral("returns");
        break;
    case SandboxStore::Feed::Feedback:
        columns = QStringLiteral("id, order_id, rating, comment, created_ms");
        itemsKey = QStringLiteral("feedback");
        break;
    case SandboxStore::Feed::Products:
        columns = QStringLiteral("id, sku, gtin, name, weight_g, unit_price, currency, serial_tracked, fragile");
        itemsKey = QStringLiteral("products");
        break;
    case SandboxStore::Feed::Orders:
        return listOrders(r);
    }
    auto q = run(m_store.database(),
                 QStringLiteral("SELECT version, updated_ms, seq, %1 FROM %2 WHERE seq > ? ORDER BY seq LIMIT ?")
                     .arg(columns, SandboxStore::feedTable(feed)),
                 {p.afterSequence, p.limit}, QStringLiteral("read %1 page").arg(name));
    if (!q)
        return internalError(q.error());
    QJsonArray items;
    qint64 lastMs = 0;
    qint64 lastSequence = 0;
    while (q->next()) {
        lastMs = q->value(1).toLongLong();
        lastSequence = q->value(2).toLongLong();
        QJsonObject item{{QStringLiteral("version"), q->value(0).toLongLong()},
                         {QStringLiteral("updated_at"), ApiJson::time(fromMs(lastMs))},
                         {QStringLiteral("id"), q->value(3).toString()}};
        switch (feed) {
        case SandboxStore::Feed::Inventory:
            item.insert(QStringLiteral("sku"), q->value(4).toString());
            item.insert(QStringLiteral("location"), q->value(5).toString());
            item.insert(QStringLiteral("on_hand"), q->value(6).toLongLong());
            break;
        case SandboxStore::Feed::Tracking:
            item.insert(QStringLiteral("order_id"), q->value(4).toString());
            item.insert(QStringLiteral("tracking_number"), q->value(5).toString());
            item.insert(QStringLiteral("status"), q->value(6).toString());
            item.insert(QStringLiteral("description"), q->value(7).toString());
            item.insert(QStringLiteral("occurred_at"), ApiJson::time(fromMs(q->value(8).toLongLong())));
            break;
        case SandboxStore::Feed::Returns:
            item.insert(QStringLiteral("rma"), q->value(4).toString());
            item.insert(QStringLiteral("order_id"), q->value(5).toString());
            item.insert(QStringLiteral("status"), q->value(6).toString());
            item.insert(QStringLiteral("requested_at"), ApiJson::time(fromMs(q->value(7).toLongLong())));
            item.insert(QStringLiteral("lines"), QJsonDocument::fromJson(q->value(8).toString().toUtf8()).array());
            break;
        case SandboxStore::Feed::Feedback:
            item.insert(QStringLiteral("order_id"), q->value(4).toString());
            item.insert(QStringLiteral("rating"), q->value(5).toInt());
            item.insert(QStringLiteral("comment"), q->value(6).toString());
            item.insert(QStringLiteral("created_at"), ApiJson::time(fromMs(q->value(7).toLongLong())));
            break;
        case SandboxStore::Feed::Products: {
            ProductRecord p;
            p.id = q->value(3).toString();
            p.sku = q->value(4).toString();
            p.gtin = q->value(5).toString();
            p.name = q->value(6).toString();
            p.weightGrams = q->value(7).toInt();
            p.unitPriceMinor = q->value(8).toLongLong();
            p.currency = q->value(9).toString();
            p.serialTracked = q->value(10).toBool();
            p.fragile = q->value(11).toBool();
            p.version = q->value(0).toLongLong();
            p.updatedAt = fromMs(lastMs);
            item = ApiJson::productToJson(p);
            break;
        }
        case SandboxStore::Feed::Orders:
            break;
        }
        items.append(item);
    }
    return pageResponse(itemsKey, items, name, lastMs, lastSequence);
}

SandboxResponse SandboxApi::getOrder(const Request& r)
{
    auto order = findOrder(m_store, r.pathId, false);
    if (!order)
        return order.error();
    const QByteArray etag = "\"v" + QByteArray::number(order->version) + '"';
    for (QByteArray candidate : r.ifNoneMatch.split(',')) {
        candidate = candidate.trimmed();
        if (candidate.startsWith("W/"))
            candidate = candidate.mid(2);
        if (candidate == etag || candidate == "*") {
            SandboxResponse notModified{304, {}, {}, {}};
            return notModified.withHeader("ETag", etag);
        }
    }
    return SandboxResponse::json(200, order->toJson()).withHeader("ETag", etag);
}

SandboxResponse SandboxApi::claim(const Request& r)
{
    if (r.stationId.isEmpty())
        return badRequest(QStringLiteral("X-Station-Id is required to claim an order"));
    const auto body = objectBody(r.body, true);
    if (!body)
        return notAnObject();
    Fields fields(*body);
    const qint64 leaseSecs = fields.integer("lease_seconds", false, 60, 86400).value_or(3600);
    if (!fields.ok())
        return invalid(fields.problem());

    auto order = findOrder(m_store, r.pathId, true);
    if (!order)
        return order.error();
    SandboxStore::OrderRow& o = *order;
    const qint64 now = m_clock.nowMs();
    const QString holder = o.claimExpiresMs > now ? o.claimedBy : QString();
    if (!holder.isEmpty() && holder != r.stationId)
        return claimedElsewhere(o.id, holder);
    const qint64 expires = now + leaseSecs * 1000;
    o.claimedBy = r.stationId;
    o.claimExpiresMs = expires;
    // A renewal changes nothing a station sees in the order (only the lease's end), so no new version.
    const Status saved = holder == r.stationId ? m_store.saveOrder(o) : m_life.bump(o, now);
    if (!saved)
        return internalError(saved.error());
    if (auto s = m_life.scheduleClaimExpiry(o.id, expires); !s)
        return internalError(s.error());
    auto logged = run(m_store.database(),
                      QStringLiteral("INSERT INTO claims (order_id, station_id, action, expires_ms, received_ms,"
                                     " idempotency_key) VALUES (?, ?, ?, ?, ?, ?)"),
                      {o.id, r.stationId, holder.isEmpty() ? QStringLiteral("claim") : QStringLiteral("renew"), expires,
                       now, r.idempotencyKey},
                      QStringLiteral("log claim"));
    if (!logged)
        return internalError(logged.error());
    return SandboxResponse::json(200, QJsonObject{{QStringLiteral("order_id"), o.id},
                                                  {QStringLiteral("station_id"), r.stationId},
                                                  {QStringLiteral("expires_at"), ApiJson::time(fromMs(expires))}});
}

SandboxResponse SandboxApi::release(const Request& r)
{
    if (r.stationId.isEmpty())
        return badRequest(QStringLiteral("X-Station-Id is required to release an order"));
    auto order = findOrder(m_store, r.pathId, false);
    if (!order)
        return order.error();
    SandboxStore::OrderRow& o = *order;
    const qint64 now = m_clock.nowMs();
    const QString holder = o.claimExpiresMs > now ? o.claimedBy : QString();
    if (!holder.isEmpty() && holder != r.stationId)
        return claimedElsewhere(o.id, holder);
    const bool released = holder == r.stationId;
    if (released) {
        o.claimedBy.clear();
        o.claimExpiresMs = 0;
        if (auto s = m_life.bump(o, now); !s)
            return internalError(s.error());
        auto logged = run(m_store.database(),
                          QStringLiteral("INSERT INTO claims (order_id, station_id, action, expires_ms, received_ms,"
                                         " idempotency_key) VALUES (?, ?, 'release', 0, ?, ?)"),
                          {o.id, r.stationId, now, r.idempotencyKey}, QStringLiteral("log release"));
        if (!logged)
            return internalError(logged.error());
    }
    return SandboxResponse::json(200, QJsonObject{{QStringLiteral("order_id"), o.id},
                                                  {QStringLiteral("station_id"), r.stationId},
                                                  {QStringLiteral("released"), released}});
}

namespace {

/// A station found a bin short while picking: "wait" (the line stays open), "split" (the units listed will
/// not ship with this order) or "backorder" (the whole order waits). Recorded with the order's current status
/// and reason "short_pick:<resolution>"; the status is not changed (a backorder's on_hold arrives as its own
/// status_changed event).
SandboxResponse postShortPick(SandboxStore& store, const Clock& clock, const SandboxApi::Request& r,
                              const QJsonObject& body)
{
    Fields fields(body);
    const QString resolution = fields.oneOf(
        "resolution", true, {QStringLiteral("wait"), QStringLiteral("split"), QStringLiteral("backorder")});
    const QJsonArray lines = fields.array("lines");
    QList<std::pair<QString, qint64>> missing;
    for (qsizetype i = 0; fields.ok() && i < lines.size(); ++i) {
        if (!lines.at(i).isObject()) {
            fields.complain(QStringLiteral("lines[%1] must be an object").arg(i));
            break;
        }
        Fields line(lines.at(i).toObject(), QStringLiteral("lines[%1].").arg(i));
        const QString lineId = line.text("line_id", true);
        const qint64 quantity = line.integer("quantity", true, 1, 100000).value_or(0);
        if (!line.ok())
            fields.complain(line.problem());
        missing.append({lineId, quantity});
    }
    const QString occurredText = fields.text("occurred_at", true);
    const QDateTime occurred = ApiJson::parseTime(body.value(QLatin1String("occurred_at")));
    if (fields.ok() && !occurred.isValid())
        fields.complain("occurred_at", QStringLiteral("'%1' is not an RFC 3339 time").arg(occurredText));
    const QString actor = fields.text("actor", false);
    if (!fields.ok())
        return invalid(fields.problem());

    auto order = findOrder(store, r.pathId, true);
    if (!order)
        return order.error();
    const SandboxStore::OrderRow& o = *order;
    QHash<QString, qint64> ordered;
    for (const QJsonValue& v : o.body.value(QLatin1String("lines")).toArray())
        ordered.insert(v.toObject().value(QLatin1String("line_id")).toString(),
                       v.toObject().value(QLatin1String("quantity")).toInteger());
    for (const auto& [lineId, quantity] : std::as_const(missing)) {
        if (!ordered.contains(lineId))
            return invalid(QStringLiteral("line_id '%1' is not a line of order %2").arg(lineId, o.id));
        if (quantity > ordered.value(lineId))
            return invalid(QStringLiteral("line %1: %2 short but %3 ordered")
                               .arg(lineId)
                               .arg(quantity)
                               .arg(ordered.value(lineId)));
    }
    auto inserted = run(store.database(),
                        QStringLiteral("INSERT INTO order_events (order_id, station_id, status, occurred_ms,"
                                       " received_ms, reason, actor, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {o.id, Database::text(r.stationId), o.status, occurred.toMSecsSinceEpoch(), clock.nowMs(),
                         QString(u"short_pick:" % resolution), Database::text(actor), r.idempotencyKey},
                        QStringLiteral("insert short pick event"));
    if (!inserted)
        return internalError(inserted.error());
    return SandboxResponse::json(
        201, QJsonObject{
                 {QStringLiteral("id"), paddedId(QStringLiteral("evt_"), inserted->lastInsertId().toLongLong(), 7)}});
}

} // namespace

SandboxResponse SandboxApi::postEvent(const Request& r)
{
    const auto body = objectBody(r.body, false);
    if (!body)
        return notAnObject();
    Fields fields(*body);
    const QString type = fields.oneOf("type", true, {QStringLiteral("status_changed"), QStringLiteral("short_pick")});
    if (fields.ok() && type == QLatin1String("short_pick"))
        return postShortPick(m_store, m_clock, r, *body);
    const QString status = fields.text("status", true);
    if (fields.ok() && !OrderStatuses::fromKey(status))
        fields.complain("status", QStringLiteral("'%1' is not a status of the contract").arg(status));
    const QString occurredText = fields.text("occurred_at", true);
    const QDateTime occurred = ApiJson::parseTime(body->value(QLatin1String("occurred_at")));
    if (fields.ok() && !occurred.isValid())
        fields.complain("occurred_at", QStringLiteral("'%1' is not an RFC 3339 time").arg(occurredText));
    const QString reason = fields.text("reason", false);
    const QString actor = fields.text("actor", false);
    if (!fields.ok())
        return invalid(fields.problem());

    auto order = findOrder(m_store, r.pathId, true);
    if (!order)
        return order.error();
    SandboxStore::OrderRow& o = *order;
    const qint64 now = m_clock.nowMs();
    auto inserted = run(m_store.database(),
                        QStringLiteral("INSERT INTO order_events (order_id, station_id, status, occurred_ms,"
                                       " received_ms, reason, actor, idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                        {o.id, Database::text(r.stationId), status, occurred.toMSecsSinceEpoch(), now,
                         Database::text(reason), Database::text(actor), r.idempotencyKey},
                        QStringLiteral("insert order event"));
    if (!inserted)
        return internalError(inserted.error());
    const QString id = paddedId(QStringLiteral("evt_"), inserted->lastInsertId().toLongLong(), 7);
    if (status != o.status && !wouldRegress(o.status, status)) {
        o.status = status;
        if (auto s = m_life.bump(o, now); !s)
            return internalError(s.error());
    }
    return SandboxResponse::json(201, QJsonObject{{QStringLiteral("id"), id}});
}

SandboxResponse SandboxApi::postNotification(const Request& r)
{
    auto order = findOrder(m_store, r.pathId, false);
    if (!order)
        return order.error();
    const auto body = objectBody(r.body, false);
    if (!body)
        return notAnObject();
    Fields fields(*body);
    fields.text("event", true);
    fields.oneOf("channel", true, {QStringLiteral("email"), QStringLiteral("sms"), QStringLiteral("push")});
    fields.text("locale", true);
    fields.integer("sequence", false, 0, 1000000);
    fields.text("subject", false);
    fields.text("text", false);
    fields.text("html", false);
    if (!fields.ok())
        return invalid(fields.problem());
    auto inserted = run(m_store.database(),
                        QStringLiteral("INSERT INTO notifications (order_id, body, received_ms, idempotency_key)"
                                       " VALUES (?, ?, ?, ?)"),
                        {r.pathId, QString::fromUtf8(QJsonDocument(*body).toJson(QJsonDocument::Compact)),
                         m_clock.nowMs(), r.idempotencyKey},
                        QStringLiteral("insert notification"));
    if (!inserted)
        return internalError(inserted.error());
    return SandboxResponse::json(
        201, QJsonObject{
                 {QStringLiteral("id"), paddedId(QStringLiteral("ntf_"), inserted->lastInsertId().toLongLong(), 6)}});
}

SandboxResponse SandboxApi::postShipment(const Request& r)
{
    const auto body = objectBody(r.body, false);
    if (!body)
        return notAnObject();
    Fields fields(*body);
    const QString orderId = fields.text("order_id", true);
    const QString carrier = fields.text("carrier", true);
    const QString service = fields.text("service", true);
    const QString tracking = fields.text("tracking_number", true).trimmed();
    const qint64 sequence = fields.integer("parcel_sequence", false, 1, 999).value_or(1);
    const qint64 parcels = fields.integer("parcel_count", false, 1, 999).value_or(std::max<qint64>(1, sequence));
    const qint64 weight = fields.integer("weight_g", false, 0, 1000000).value_or(0);
    const QJsonArray lines = fields.array("lines");
    if (fields.ok() && sequence > parcels)
        fields.complain("parcel_sequence", QStringLiteral("is greater than parcel_count"));
    QList<std::pair<QString, qint64>> shipped;
    for (qsizetype i = 0; fields.ok() && i < lines.size(); ++i) {
        Fields line(lines.at(i).toObject(), QStringLiteral("lines[%1].").arg(i));
        const QString lineId = line.text("line_id", true);
        const qint64 quantity = line.integer("quantity", true, 1, 100000).value_or(0);
        if (!line.ok())
            fields.complain(line.problem());
        shipped.append({lineId, quantity});
    }
    if (!fields.ok())
        return invalid(fields.problem());

    auto order = m_store.order(orderId);
    if (!order)
        return internalError(order.error());
    if (!*order)
        return invalid(QStringLiteral("order_id '%1' is not an order of this marketplace").arg(orderId));
    SandboxStore::OrderRow& o = **order;
    if (o.status == QLatin1String("cancelled"))
        return orderCancelled(o.id);
    QHash<QString, qint64> ordered;
    for (const QJsonValue& v : o.body.value(QLatin1String("lines")).toArray())
        ordered.insert(v.toObject().value(QLatin1String("line_id")).toString(),
                       v.toObject().value(QLatin1String("quantity")).toInteger());
    for (const auto& [lineId, quantity] : shipped) {
        if (!ordered.contains(lineId))
            return invalid(QStringLiteral("line_id '%1' is not a line of order %2").arg(lineId, o.id));
        if (quantity > ordered.value(lineId))
            return invalid(QStringLiteral("line %1: %2 shipped but %3 ordered")
                               .arg(lineId)
                               .arg(quantity)
                               .arg(ordered.value(lineId)));
    }
    auto existing =
        run(m_store.database(), QStringLiteral("SELECT id, order_id FROM shipments WHERE tracking_number = ?"),
            {tracking}, QStringLiteral("find tracking number"));
    if (!existing)
        return internalError(existing.error());
    if (existing->next()) {
        // The tracking number identifies the parcel: the same parcel reported again is the same shipment.
        if (existing->value(1).toString() != o.id)
            return invalid(QStringLiteral("tracking_number '%1' belongs to another order").arg(tracking));
        return SandboxResponse::json(
            201,
            QJsonObject{{QStringLiteral("id"), paddedId(QStringLiteral("shp_"), existing->value(0).toLongLong(), 6)}});
    }
    const qint64 now = m_clock.nowMs();
    auto inserted = run(m_store.database(),
                        QStringLiteral("INSERT INTO shipments (order_id, station_id, carrier, service, tracking_number,"
                                       " parcel_sequence, parcel_count, weight_g, lines, created_ms, idempotency_key)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                        {o.id, Database::text(r.stationId), carrier, service, tracking, sequence, parcels, weight,
                         QString::fromUtf8(QJsonDocument(lines).toJson(QJsonDocument::Compact)), now, r.idempotencyKey},
                        QStringLiteral("insert shipment"));
    if (!inserted)
        return internalError(inserted.error());
    const qint64 shipmentId = inserted->lastInsertId().toLongLong();
    o.shipped = true;
    if (auto s = m_store.saveOrder(o); !s)
        return internalError(s.error());
    if (auto s = m_life.startTracking(shipmentId, o, now); !s)
        return internalError(s.error());
    return SandboxResponse::json(201,
                                 QJsonObject{{QStringLiteral("id"), paddedId(QStringLiteral("shp_"), shipmentId, 6)}});
}

SandboxResponse SandboxApi::postAdjustment(const Request& r)
{
    const auto body = objectBody(r.body, false);
    if (!body)
        return notAnObject();
    Fields fields(*body);
    const QString sku = fields.text("sku", true);
    const QString location = fields.text("location", true);
    const qint64 delta = fields.integer("delta", true, -1000000, 1000000).value_or(0);
    const QString reason = fields.oneOf(
        "reason", true,
        {QStringLiteral("pick"), QStringLiteral("restock"), QStringLiteral("cycle_count"), QStringLiteral("damage"),
         QStringLiteral("found"), QStringLiteral("return"), QStringLiteral("correction")});
    const QString orderId = fields.text("order_id", false);
    if (fields.ok() && delta == 0)
        fields.complain("delta", QStringLiteral("must not be 0"));
    if (fields.ok() && !Location::parse(location))
        fields.complain("location", QStringLiteral("'%1' is not a bin code").arg(location));
    if (!fields.ok())
        return invalid(fields.problem());

    auto known = run(m_store.database(), QStringLiteral("SELECT 1 FROM products WHERE sku = ?"), {sku},
                     QStringLiteral("find sku"));
    if (!known)
        return internalError(known.error());
    if (!known->next())
        return invalid(QStringLiteral("sku '%1' is not in the catalogue").arg(sku));
    if (!orderId.isEmpty()) {
        auto order = m_store.order(orderId);
        if (!order)
            return internalError(order.error());
        if (!*order)
            return invalid(QStringLiteral("order_id '%1' is not an order of this marketplace").arg(orderId));
    }
    const qint64 now = m_clock.nowMs();
    // Stock may go below zero: the marketplace records what the station counted and leaves the
    // discrepancy visible rather than refusing a movement that physically happened.
    auto changed = m_life.adjustStock(sku, location, delta, now);
    if (!changed)
        return internalError(changed.error());
    auto inserted = run(m_store.database(),
                        QStringLiteral("INSERT INTO adjustments (sku, location, delta, reason, order_id, received_ms,"
                                       " idempotency_key) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                        {sku, location, delta, reason, Database::text(orderId), now, r.idempotencyKey},
                        QStringLiteral("insert adjustment"));
    if (!inserted)
        return internalError(inserted.error());
    // The bin's version and figure right after this movement: a station knows that every figure of this
    // version or later counts it. A replay with the same key gets this very answer (stored with it).
    return SandboxResponse::json(
        201,
        QJsonObject{{QStringLiteral("id"), paddedId(QStringLiteral("adj_"), inserted->lastInsertId().toLongLong(), 6)},
                    {QStringLiteral("inventory_id"), changed->inventoryId},
                    {QStringLiteral("version"), changed->version},
                    {QStringLiteral("on_hand"), changed->onHand}});
}

SandboxResponse SandboxApi::postInspection(const Request& r)
{
    auto found =
        run(m_store.database(), QStringLiteral("SELECT id, order_id, status, lines FROM returns WHERE rma = ?"),
            {r.pathId}, QStringLiteral("find return"));
    if (!found)
        return internalError(found.error());
    if (!found->next())
        return SandboxResponse::problem(404, QStringLiteral("not-found"), tr("There is no such return."),
                                        QStringLiteral("no return '%1'").arg(r.pathId));
    const QString returnId = found->value(0).toString();
    const QString orderId = found->value(1).toString();
    const QString returnStatus = found->value(2).toString();
    QHash<QString, qint64> returned;
    for (const QJsonValue& v : QJsonDocument::fromJson(found->value(3).toString().toUtf8()).array())
        returned.insert(v.toObject().value(QLatin1String("line_id")).toString(),
                        v.toObject().value(QLatin1String("quantity")).toInteger());

    const auto body = objectBody(r.body, false);
    if (!body)
        return notAnObject();
    Fields fields(*body);
    const QJsonArray lines = fields.array("lines");
    for (qsizetype i = 0; fields.ok() && i < lines.size(); ++i) {
        Fields line(lines.at(i).toObject(), QStringLiteral("lines[%1].").arg(i));
        const QString lineId = line.text("line_id", true);
        const qint64 quantity = line.integer("quantity", true, 1, 100000).value_or(0);
        line.oneOf("grade", true,
                   {QStringLiteral("new"), QStringLiteral("like_new"), QStringLiteral("damaged"),
                    QStringLiteral("defective"), QStringLiteral("wrong_item"), QStringLiteral("missing")});
        line.oneOf("disposition", true,
                   {QStringLiteral("restock"), QStringLiteral("quality_control"), QStringLiteral("refurbish"),
                    QStringLiteral("dispose"), QStringLiteral("return_to_vendor")});
        line.text("notes", false);
        if (line.ok() && !returned.contains(lineId))
            line.complain(
                QStringLiteral("lines[%1].line_id '%2' is not a line of return %3").arg(i).arg(lineId, r.pathId));
        if (line.ok() && quantity > returned.value(lineId))
            line.complain(QStringLiteral("lines[%1].quantity %2 is more than the %3 returned")
                              .arg(i)
                              .arg(quantity)
                              .arg(returned.value(lineId)));
        if (!line.ok())
            fields.complain(line.problem());
    }
    const QString resolution = fields.oneOf("resolution", false,
                                            {QStringLiteral("refund"), QStringLiteral("partial_refund"),
                                             QStringLiteral("exchange"), QStringLiteral("none")});
    fields.integer("refund_amount", false, 0, std::numeric_limits<qint32>::max());
    if (!fields.ok())
        return invalid(fields.problem());
    if (returnStatus != QLatin1String("requested") && returnStatus != QLatin1String("received"))
        return SandboxResponse::problem(422, QStringLiteral("already-inspected"),
                                        tr("This return was already inspected."),
                                        QStringLiteral("return %1 is %2").arg(r.pathId, returnStatus));

    const qint64 now = m_clock.nowMs();
    auto inserted =
        run(m_store.database(),
            QStringLiteral("INSERT INTO inspections (return_id, order_id, body, received_ms, idempotency_key)"
                           " VALUES (?, ?, ?, ?, ?)"),
            {returnId, orderId, QString::fromUtf8(QJsonDocument(*body).toJson(QJsonDocument::Compact)), now,
             r.idempotencyKey},
            QStringLiteral("insert inspection"));
    if (!inserted)
        return internalError(inserted.error());
    auto stamp = m_store.stamp(SandboxStore::Feed::Returns, returnId, now);
    if (!stamp)
        return internalError(stamp.error());
    auto updated = run(m_store.database(),
                       QStringLiteral("UPDATE returns SET status = 'inspected', version = version + 1, updated_ms = ?,"
                                      " seq = ? WHERE id = ?"),
                       {stamp->updatedMs, stamp->sequence, returnId}, QStringLiteral("mark return inspected"));
    if (!updated)
        return internalError(updated.error());
    auto order = m_store.order(orderId);
    if (!order)
        return internalError(order.error());
    if (*order && (*order)->status != QLatin1String("inspected") && (*order)->status != QLatin1String("closed")) {
        (*order)->status = QStringLiteral("inspected");
        if (auto s = m_life.bump(**order, now); !s)
            return internalError(s.error());
    }
    // The marketplace settles with the customer an hour later.
    const QString outcome = resolution == QLatin1String("refund") || resolution == QLatin1String("partial_refund")
                                ? QStringLiteral("refunded")
                            : resolution == QLatin1String("exchange") ? QStringLiteral("exchanged")
                                                                      : QStringLiteral("closed");
    if (auto s =
            m_store.schedule(now + m_clock.scaled(60 * 60 * 1000), QStringLiteral("resolve-return"), returnId, outcome);
        !s)
        return internalError(s.error());
    return SandboxResponse::json(
        201, QJsonObject{
                 {QStringLiteral("id"), paddedId(QStringLiteral("insp_"), inserted->lastInsertId().toLongLong(), 6)}});
}

} // namespace saypro
