#include "OrderStore.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/Gtin.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("OrderStore", text);
}

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString lastNameOf(const QString& fullName)
{
    const QStringList parts = fullName.simplified().split(u' ', Qt::SkipEmptyParts);
    return parts.size() > 1 ? parts.last() : QString();
}

const QString kOrderColumns = QStringLiteral(
    "marketplace_id, number, version, status, placed_at, confirmed_at, ship_by, shipped_at, delivered_at, "
    "updated_at, service_level, payment_status, currency, shipping_minor, tax_minor, discount_minor, total_minor, "
    "customer_name, customer_last_name, customer_email, customer_phone, customer_locale, notify_email, notify_sms, "
    "notify_push, ship_name, ship_line1, ship_line2, ship_suburb, ship_city, ship_region, ship_postal_code, "
    "ship_country, gift_wrap, gift_message, fragile, delivery_window, customisation, instructions_note, warehouse");
constexpr int kOrderColumnCount = 40;

const QString kLineColumns = QStringLiteral("order_id, line_id, sku, gtin, name, quantity, unit_price_minor, "
                                            "discount_minor, serial_tracked, fragile, weight_g");

QString placeholders(int n)
{
    QStringList p;
    for (int i = 0; i < n; ++i)
        p << QStringLiteral("?");
    return p.join(u',');
}

/// Builds the WHERE clause and its bound values for a filter.
struct FilterSql
{
    QString where;
    QVariantList values;
};

FilterSql filterSql(const OrderFilter& filter)
{
    QStringList conditions;
    FilterSql out;
    if (filter.status) {
        conditions << QStringLiteral("status = ?");
        out.values << OrderStatuses::key(*filter.status);
    }
    const QString text = filter.search.simplified();
    if (!text.isEmpty()) {
        const QString upper = text.toUpper();
        QStringList any;
        // Order number prefix (numbers are upper case), and "12345" as shorthand for SP-00012345.
        any << QStringLiteral("SELECT id FROM orders WHERE number >= ? AND number < ?");
        out.values << upper << QString(upper + QChar(0xFFFF));
        static const QRegularExpression digitsOnly(QStringLiteral("^\\d{1,8}$"));
        if (digitsOnly.match(text).hasMatch()) {
            any << QStringLiteral("SELECT id FROM orders WHERE number = ?");
            out.values << QString(QStringLiteral("SP-") + text.rightJustified(8, u'0'));
        }
        any << QStringLiteral("SELECT id FROM orders WHERE marketplace_id = ?");
        out.values << text;
        // Customer: first name or last name prefix, case-insensitive (the columns are NOCASE).
        any << QStringLiteral("SELECT id FROM orders WHERE customer_name >= ? AND customer_name < ?");
        out.values << text << QString(text + QChar(0xFFFF));
        any << QStringLiteral("SELECT id FROM orders WHERE customer_last_name >= ? AND customer_last_name < ?");
        out.values << text << QString(text + QChar(0xFFFF));
        any << QStringLiteral("SELECT order_id FROM order_lines WHERE sku = ?");
        out.values << upper;
        if (Gtin::isValid(text)) {
            // One item, many spellings: a UPC-A (GTIN-12) is often scanned as EAN-13 with a leading zero, and
            // GS1 element strings carry GTIN-14. Match the line whichever length it was stored in.
            const QString g14 = Gtin::toGtin14(text);
            QStringList forms;
            for (int length : {14, 13, 12, 8})
                if (g14.left(14 - length).count(u'0') == 14 - length)
                    forms << g14.right(length);
            any << QStringLiteral("SELECT order_id FROM order_lines WHERE gtin IN (%1)")
                       .arg(placeholders(int(forms.size())));
            for (const QString& form : forms)
                out.values << form;
        }
        any << QStringLiteral("SELECT order_id FROM parcels WHERE tracking_number = ?");
        out.values << upper;
        conditions << QStringLiteral("id IN (") + any.join(QStringLiteral(" UNION ")) + u')';
    }
    out.where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return out;
}
} // namespace

OrderStore::OrderStore(Database& db, const Clock& clock, QString station)
    : m_db(db), m_clock(clock), m_station(std::move(station))
{}

namespace {
/// Binds as QSqlQuery did before: text never NULL (Database::text),
/// invalid times and a missing warehouse NULL, booleans 0/1.
struct RawBinder
{
    sqlite3_stmt* s;
    int i = 1;
    void null() { sqlite3_bind_null(s, i++); }
    void integer(qint64 v) { sqlite3_bind_int64(s, i++, v); }
    void text(const QString& v)
    {
        const void* p = v.isNull() ? static_cast<const void*>(u"") : static_cast<const void*>(v.utf16());
        sqlite3_bind_text16(s, i++, p, int(v.size() * 2), SQLITE_TRANSIENT);
    }
    void ms(const QDateTime& t) { t.isValid() ? integer(t.toMSecsSinceEpoch()) : null(); }
};

/// Steps and resets an INSERT; on failure the error names `what`, as Database::exec() does.
Status stepInsert(sqlite3* db, sqlite3_stmt* s, const QString& what, int* extendedCode = nullptr)
{
    const int rc = sqlite3_step(s);
    if (rc == SQLITE_DONE) {
        sqlite3_reset(s);
        return {};
    }
    const QString message = QString::fromUtf8(sqlite3_errmsg(db));
    if (extendedCode)
        *extendedCode = sqlite3_extended_errcode(db);
    sqlite3_reset(s);
    const QString detail = QStringLiteral("%1: %2").arg(what, message);
    qCWarning(lcStorage).noquote() << detail;
    return fail(Error::Code::Storage, tr("A database operation failed."), detail);
}
} // namespace

struct OrderStore::BulkWriter::Statements
{
    sqlite3* db = nullptr;
    sqlite3_stmt* order = nullptr;
    sqlite3_stmt* line = nullptr;
    ~Statements()
    {
        sqlite3_finalize(order);
        sqlite3_finalize(line);
    }
};

OrderStore::BulkWriter::BulkWriter(Database& db) : m_s(std::make_unique<Statements>())
{
    const QVariant handle = db.connection().driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_s->db = *static_cast<sqlite3* const*>(handle.constData());
    if (!m_s->db) {
        m_error = fail(Error::Code::Storage, tr("Orders could not be saved."),
                       QStringLiteral("BulkWriter: the connection has no SQLite handle"));
        return;
    }
    const QByteArray orderSql = QStringLiteral("INSERT INTO orders(%1, marketplace_status, claimed_by) VALUES(%2)")
                                    .arg(kOrderColumns, placeholders(kOrderColumnCount + 2))
                                    .toUtf8();
    const QByteArray lineSql =
        QStringLiteral("INSERT INTO order_lines(%1) VALUES(%2)").arg(kLineColumns, placeholders(11)).toUtf8();
    if (sqlite3_prepare_v2(m_s->db, orderSql.constData(), int(orderSql.size()), &m_s->order, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v2(m_s->db, lineSql.constData(), int(lineSql.size()), &m_s->line, nullptr) != SQLITE_OK)
        m_error =
            fail(Error::Code::Storage, tr("Orders could not be saved."), QString::fromUtf8(sqlite3_errmsg(m_s->db)));
}

OrderStore::BulkWriter::~BulkWriter() = default;

Status OrderStore::BulkWriter::insert(Order& order)
{
    return insert(order, QString(), QString());
}

Status OrderStore::BulkWriter::insert(Order& order, const QString& marketplaceStatus, const QString& claimedBy)
{
    if (!m_error)
        return m_error;
    // Order numbers are printed and scanned in upper case; store them that way so lookups find them.
    order.number = order.number.trimmed().toUpper();
    const Order& o = order;
    RawBinder b{m_s->order};
    b.text(o.marketplaceId);
    b.text(o.number);
    b.integer(o.version);
    b.text(OrderStatuses::key(o.status));
    b.ms(o.placedAt);
    b.ms(o.confirmedAt);
    b.ms(o.shipBy);
    b.ms(o.shippedAt);
    b.ms(o.deliveredAt);
    b.integer(o.updatedAt.toMSecsSinceEpoch());
    b.text(ServiceLevels::key(o.serviceLevel));
    b.text(PaymentStatuses::key(o.paymentStatus));
    b.text(o.currency);
    b.integer(o.shippingMinor);
    b.integer(o.taxMinor);
    b.integer(o.discountMinor);
    b.integer(o.totalMinor);
    b.text(o.customer.name);
    b.text(lastNameOf(o.customer.name));
    b.text(o.customer.email);
    b.text(o.customer.phone);
    b.text(o.customer.locale);
    b.integer(o.customer.notifyEmail ? 1 : 0);
    b.integer(o.customer.notifySms ? 1 : 0);
    b.integer(o.customer.notifyPush ? 1 : 0);
    b.text(o.shipTo.name);
    b.text(o.shipTo.line1);
    b.text(o.shipTo.line2);
    b.text(o.shipTo.suburb);
    b.text(o.shipTo.city);
    b.text(o.shipTo.region);
    b.text(o.shipTo.postalCode);
    b.text(o.shipTo.country);
    b.integer(o.instructions.giftWrap ? 1 : 0);
    b.text(o.instructions.giftMessage);
    b.integer(o.instructions.fragile ? 1 : 0);
    b.text(o.instructions.deliveryWindow);
    b.text(o.instructions.customisation);
    b.text(o.instructions.note);
    if (o.warehouse.isEmpty())
        b.null();
    else
        b.text(o.warehouse);
    Q_ASSERT(b.i == kOrderColumnCount + 1);
    b.text(marketplaceStatus);
    b.text(claimedBy);
    int code = 0;
    if (auto r = stepInsert(m_s->db, m_s->order, QStringLiteral("insert order %1").arg(order.number), &code); !r) {
        if (code == SQLITE_CONSTRAINT_UNIQUE || r.error().detail.contains(QLatin1String("UNIQUE")))
            return fail(Error::Code::Conflict, tr("Order %1 is already in the station's cache.").arg(order.number),
                        r.error().detail);
        return r;
    }
    order.id = sqlite3_last_insert_rowid(m_s->db);
    for (OrderLine& line : order.lines) {
        RawBinder l{m_s->line};
        l.integer(order.id);
        l.text(line.lineId);
        l.text(line.sku);
        l.text(line.gtin);
        l.text(line.name);
        l.integer(line.quantity);
        l.integer(line.unitPriceMinor);
        l.integer(line.discountMinor);
        l.integer(line.serialTracked ? 1 : 0);
        l.integer(line.fragile ? 1 : 0);
        l.integer(line.weightGrams);
        if (auto r =
                stepInsert(m_s->db, m_s->line, QStringLiteral("insert line %1 of %2").arg(line.lineId, order.number));
            !r)
            return r;
        line.id = sqlite3_last_insert_rowid(m_s->db);
    }
    return {};
}

Result<qint64> OrderStore::insert(Order& order, const QString& actor)
{
    if (order.number.trimmed().isEmpty() || order.marketplaceId.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, tr("An order needs a number and a marketplace id."),
                    QStringLiteral("insert: number '%1', marketplace id '%2'").arg(order.number, order.marketplaceId));
    if (!order.updatedAt.isValid())
        order.updatedAt = m_clock.now();
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    BulkWriter writer(m_db);
    if (auto r = writer.insert(order); !r)
        return std::unexpected(r.error());
    AuditEntry audit;
    audit.at = m_clock.now();
    audit.actor = actor;
    audit.station = m_station;
    audit.entity = QStringLiteral("order");
    audit.entityId = order.number;
    audit.action = QStringLiteral("created");
    audit.afterJson =
        QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("status"), OrderStatuses::key(order.status)}})
                              .toJson(QJsonDocument::Compact));
    if (auto r = AuditLog(m_db).append(audit); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return order.id;
}

Result<Order> OrderStore::findByNumber(const QString& number) const
{
    return load(QStringLiteral("number"), number.trimmed().toUpper());
}

Result<Order> OrderStore::findById(qint64 id) const
{
    return load(QStringLiteral("id"), id);
}

Result<Order> OrderStore::load(const QString& whereColumn, const QVariant& value) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT id, %1 FROM orders WHERE %2 = ?").arg(kOrderColumns, whereColumn));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(value);
    if (auto r = Database::exec(*q, QStringLiteral("load order by %1").arg(whereColumn)); !r)
        return std::unexpected(r.error());
    if (!q->next())
        return fail(Error::Code::NotFound, tr("There is no order %1 in this station.").arg(value.toString()),
                    QStringLiteral("no order with %1 = %2").arg(whereColumn, value.toString()));
    Order o;
    int i = 0;
    auto v = [&]() { return q->value(i++); };
    o.id = v().toLongLong();
    o.marketplaceId = v().toString();
    o.number = v().toString();
    o.version = v().toLongLong();
    const QString statusKey = v().toString();
    o.status = OrderStatuses::fromKey(statusKey).value_or(OrderStatus::New);
    o.placedAt = fromMs(v());
    o.confirmedAt = fromMs(v());
    o.shipBy = fromMs(v());
    o.shippedAt = fromMs(v());
    o.deliveredAt = fromMs(v());
    o.updatedAt = fromMs(v());
    o.serviceLevel = ServiceLevels::fromKey(v().toString()).value_or(ServiceLevel::Standard);
    o.paymentStatus = PaymentStatuses::fromKey(v().toString()).value_or(PaymentStatus::Pending);
    o.currency = v().toString();
    o.shippingMinor = v().toLongLong();
    o.taxMinor = v().toLongLong();
    o.discountMinor = v().toLongLong();
    o.totalMinor = v().toLongLong();
    o.customer.name = v().toString();
    ++i; // customer_last_name is derived
    o.customer.email = v().toString();
    o.customer.phone = v().toString();
    o.customer.locale = v().toString();
    o.customer.notifyEmail = v().toBool();
    o.customer.notifySms = v().toBool();
    o.customer.notifyPush = v().toBool();
    o.shipTo.name = v().toString();
    o.shipTo.line1 = v().toString();
    o.shipTo.line2 = v().toString();
    o.shipTo.suburb = v().toString();
    o.shipTo.city = v().toString();
    o.shipTo.region = v().toString();
    o.shipTo.postalCode = v().toString();
    o.shipTo.country = v().toString();
    o.instructions.giftWrap = v().toBool();
    o.instructions.giftMessage = v().toString();
    o.instructions.fragile = v().toBool();
    o.instructions.deliveryWindow = v().toString();
    o.instructions.customisation = v().toString();
    o.instructions.note = v().toString();
    o.warehouse = v().toString();
    if (!OrderStatuses::fromKey(statusKey))
        qCWarning(lcStorage) << "order" << o.number << "has an unknown status" << statusKey;

    auto lines = m_db.prepare(
        QStringLiteral("SELECT id, line_id, sku, gtin, name, quantity, unit_price_minor, "
                       "discount_minor, serial_tracked, fragile, weight_g, short_quantity FROM order_lines "
                       "WHERE order_id = ? ORDER BY id"));
    if (!lines)
        return std::unexpected(lines.error());
    lines->addBindValue(o.id);
    if (auto r = Database::exec(*lines, QStringLiteral("load lines of %1").arg(o.number)); !r)
        return std::unexpected(r.error());
    while (lines->next()) {
        OrderLine l;
        l.id = lines->value(0).toLongLong();
        l.lineId = lines->value(1).toString();
        l.sku = lines->value(2).toString();
        l.gtin = lines->value(3).toString();
        l.name = lines->value(4).toString();
        l.quantity = lines->value(5).toInt();
        l.unitPriceMinor = lines->value(6).toLongLong();
        l.discountMinor = lines->value(7).toLongLong();
        l.serialTracked = lines->value(8).toBool();
        l.fragile = lines->value(9).toBool();
        l.weightGrams = lines->value(10).toInt();
        l.shortQuantity = lines->value(11).toInt();
        o.lines.append(l);
    }
    return o;
}

Result<QList<OrderSummary>> OrderStore::page(const OrderFilter& filter, std::optional<qint64> beforeId, int limit) const
{
    FilterSql f = filterSql(filter);
    QString where = f.where;
    if (beforeId) {
        where += (where.isEmpty() ? QStringLiteral(" WHERE ") : QStringLiteral(" AND ")) + QStringLiteral("id < ?");
        f.values << *beforeId;
    }
    return summaries(where, f.values, QStringLiteral("id DESC"), limit);
}

Result<QList<OrderSummary>> OrderStore::summaries(const QString& where, const QVariantList& values,
                                                  const QString& orderBy, int limit) const
{
    auto q = m_db.prepare(
        QStringLiteral("SELECT id, number, status, customer_name, ship_city, ship_country, confirmed_at, ship_by, "
                       "shipped_at, service_level, warehouse, total_minor, currency, "
                       "(SELECT coalesce(sum(quantity), 0) FROM order_lines WHERE order_id = orders.id) "
                       "FROM orders%1 ORDER BY %2 LIMIT ?")
            .arg(where, orderBy));
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant& v : values)
        q->addBindValue(v);
    q->addBindValue(qBound(1, limit, 10000));
    if (auto r = Database::exec(*q, QStringLiteral("order summaries")); !r)
        return std::unexpected(r.error());
    QList<OrderSummary> out;
    while (q->next()) {
        OrderSummary s;
        s.id = q->value(0).toLongLong();
        s.number = q->value(1).toString();
        s.status = OrderStatuses::fromKey(q->value(2).toString()).value_or(OrderStatus::New);
        s.customerName = q->value(3).toString();
        s.shipCity = q->value(4).toString();
        s.shipCountry = q->value(5).toString();
        s.confirmedAt = fromMs(q->value(6));
        s.shipBy = fromMs(q->value(7));
        s.shippedAt = fromMs(q->value(8));
        s.serviceLevel = ServiceLevels::fromKey(q->value(9).toString()).value_or(ServiceLevel::Standard);
        s.warehouse = q->value(10).toString();
        s.totalMinor = q->value(11).toLongLong();
        s.currency = q->value(12).toString();
        s.units = q->value(13).toInt();
        out.append(s);
    }
    return out;
}

Result<qint64> OrderStore::count(const OrderFilter& filter) const
{
    const FilterSql f = filterSql(filter);
    auto q = m_db.prepare(QStringLiteral("SELECT count(*) FROM orders") + f.where);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant& v : f.values)
        q->addBindValue(v);
    if (auto r = Database::exec(*q, QStringLiteral("order count")); !r)
        return std::unexpected(r.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<StatusChange>> OrderStore::history(const QString& orderNumber) const
{
    auto entries = AuditLog(m_db).forEntity(QStringLiteral("order"), orderNumber.trimmed().toUpper());
    if (!entries)
        return std::unexpected(entries.error());
    QList<StatusChange> out;
    for (const AuditEntry& e : *entries) {
        StatusChange c;
        c.auditId = e.id;
        c.at = e.at;
        c.actor = e.actor;
        c.station = e.station;
        c.action = e.action;
        const QJsonObject before = QJsonDocument::fromJson(e.beforeJson.toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(e.afterJson.toUtf8()).object();
        c.from = before.value(QLatin1String("status")).toString();
        c.to = after.value(QLatin1String("status")).toString();
        c.reason = after.value(QLatin1String("reason")).toString();
        if (c.reason.isEmpty()) {
            // Intake and inventory entries (holds, allocation, reservations) say why in their own fields.
            QStringList parts;
            for (const QJsonValue& r : after.value(QLatin1String("reasons")).toArray())
                parts << r.toObject().value(QLatin1String("message")).toString();
            c.reason = parts.isEmpty() ? after.value(QLatin1String("released_because")).toString()
                                       : parts.join(QStringLiteral("; "));
        }
        out.append(c);
    }
    return out;
}

Result<Transition> OrderStore::transition(qint64 orderId, OrderStatus to, const QString& actor, const QString& reason)
{
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return std::unexpected(r.error());
    auto q = m_db.prepare(QStringLiteral("SELECT number, status, marketplace_id FROM orders WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(orderId);
    if (auto r = Database::exec(*q, QStringLiteral("read status of order %1").arg(orderId)); !r)
        return std::unexpected(r.error());
    if (!q->next())
        return fail(Error::Code::NotFound, tr("That order is not in this station any more."),
                    QStringLiteral("transition: no order with id %1").arg(orderId));
    const QString number = q->value(0).toString();
    const QString fromKey = q->value(1).toString();
    const QString marketplaceId = q->value(2).toString();
    const auto from = OrderStatuses::fromKey(fromKey);
    if (!from)
        return fail(Error::Code::Corrupt, tr("Order %1 has a status this station does not know.").arg(number),
                    QStringLiteral("order %1 status '%2'").arg(number, fromKey));
    auto allowed = FulfilmentStateMachine::validate(*from, to);
    if (!allowed)
        return std::unexpected(allowed.error());

    const QDateTime now = m_clock.now();
    auto update = m_db.prepare(
        QStringLiteral("UPDATE orders SET status = ?, updated_at = ?, "
                       "shipped_at = CASE WHEN ? THEN coalesce(shipped_at, ?) ELSE shipped_at END, "
                       "delivered_at = CASE WHEN ? THEN ? ELSE delivered_at END WHERE id = ? AND status = ?"));
    if (!update)
        return std::unexpected(update.error());
    update->addBindValue(OrderStatuses::key(to));
    update->addBindValue(now.toMSecsSinceEpoch());
    update->addBindValue(to == OrderStatus::Shipped);
    update->addBindValue(now.toMSecsSinceEpoch());
    update->addBindValue(to == OrderStatus::Delivered);
    update->addBindValue(now.toMSecsSinceEpoch());
    update->addBindValue(orderId);
    update->addBindValue(fromKey);
    if (auto r = Database::exec(*update, QStringLiteral("set status of %1").arg(number)); !r)
        return std::unexpected(r.error());
    if (update->numRowsAffected() != 1)
        return fail(Error::Code::Conflict, tr("Order %1 was changed at the same time; try again.").arg(number),
                    QStringLiteral("order %1 no longer in status %2").arg(number, fromKey));

    QJsonObject after{{QStringLiteral("status"), OrderStatuses::key(to)}};
    if (!reason.isEmpty())
        after.insert(QStringLiteral("reason"), reason);
    AuditEntry audit;
    audit.at = now;
    audit.actor = actor;
    audit.station = m_station;
    audit.entity = QStringLiteral("order");
    audit.entityId = number;
    audit.action = QStringLiteral("status_changed");
    audit.beforeJson = QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("status"), fromKey}}).toJson(QJsonDocument::Compact));
    audit.afterJson = QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact));
    if (auto r = AuditLog(m_db).append(audit); !r)
        return std::unexpected(r.error());

    QJsonObject event{{QStringLiteral("type"), QStringLiteral("status_changed")},
                      {QStringLiteral("status"), OrderStatuses::key(to)},
                      {QStringLiteral("occurred_at"), now.toString(Qt::ISODateWithMs)}};
    if (!reason.isEmpty())
        event.insert(QStringLiteral("reason"), reason);
    if (auto r = Outbox(m_db, m_clock)
                     .enqueue(orderId, QStringLiteral("order_event"),
                              QStringLiteral("/v1/orders/%1/events").arg(marketplaceId), event);
        !r)
        return std::unexpected(r.error());

    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    qCInfo(lcStorage).noquote() << "order" << number << fromKey << "->" << OrderStatuses::key(to) << "by" << actor;
    return *allowed;
}

} // namespace saypro
