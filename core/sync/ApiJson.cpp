#include "ApiJson.h"

#include "domain/Gtin.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ApiJson", text);
}

std::unexpected<Error> badField(const QString& field, const QString& why)
{
    return fail(Error::Code::InvalidArgument, tr("The marketplace sent an order this station cannot read."),
                QStringLiteral("order JSON: %1 %2").arg(field, why));
}

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

bool isInteger(const QJsonValue& v)
{
    return v.isDouble() && double(v.toInteger()) == v.toDouble();
}

std::unexpected<Error> badRecord(const char* what, const QString& field, const QString& why)
{
    return fail(Error::Code::InvalidArgument, tr("The marketplace sent a record this station cannot read."),
                QStringLiteral("%1 JSON: %2 %3").arg(QLatin1String(what), field, why));
}

/// Reads the fields every incremental list item has: id, version and updated_at.
template <typename Record>
std::optional<std::unexpected<Error>> readListItem(const char* what, const QJsonObject& j, Record& r)
{
    const QJsonValue id = j.value(QLatin1String("id"));
    if (!id.isString() || id.toString().isEmpty())
        return badRecord(what, QStringLiteral("id"), QStringLiteral("is missing or not text"));
    r.id = id.toString();
    const QJsonValue version = j.value(QLatin1String("version"));
    if (!isInteger(version) || version.toInteger() < 0)
        return badRecord(what, QStringLiteral("version"), QStringLiteral("is missing or not a whole number"));
    r.version = version.toInteger();
    r.updatedAt = ApiJson::parseTime(j.value(QLatin1String("updated_at")));
    if (!r.updatedAt.isValid())
        return badRecord(what, QStringLiteral("updated_at"), QStringLiteral("is missing or not an RFC 3339 time"));
    return std::nullopt;
}

/// A required non-empty text field.
bool requiredText(const QJsonObject& j, const char* key, QString& out)
{
    const QJsonValue v = j.value(QLatin1String(key));
    if (!v.isString() || v.toString().isEmpty())
        return false;
    out = v.toString();
    return true;
}

/// An optional text field: absent or null is empty; anything but text is an error.
bool optionalText(const QJsonObject& j, const char* key, QString& out)
{
    const QJsonValue v = j.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return false;
    out = v.toString();
    return true;
}
} // namespace

QJsonValue ApiJson::time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QDateTime ApiJson::parseTime(const QJsonValue& v)
{
    if (!v.isString())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject ApiJson::orderToJson(const Order& o, const QString& claimedBy)
{
    QJsonArray lines;
    for (const OrderLine& l : o.lines)
        lines.append(QJsonObject{{QStringLiteral("line_id"), l.lineId},
                                 {QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("gtin"), l.gtin},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unit_price"), l.unitPriceMinor},
                                 {QStringLiteral("discount"), l.discountMinor},
                                 {QStringLiteral("serial_tracked"), l.serialTracked},
                                 {QStringLiteral("fragile"), l.fragile},
                                 {QStringLiteral("weight_g"), l.weightGrams}});
    const auto& c = o.customer;
    const auto& a = o.shipTo;
    const auto& i = o.instructions;
    return QJsonObject{
        {QStringLiteral("id"), o.marketplaceId},
        {QStringLiteral("number"), o.number},
        {QStringLiteral("version"), o.version},
        {QStringLiteral("placed_at"), time(o.placedAt)},
        {QStringLiteral("confirmed_at"), time(o.confirmedAt)},
        {QStringLiteral("updated_at"), time(o.updatedAt)},
        {QStringLiteral("status"), OrderStatuses::key(o.status)},
        {QStringLiteral("payment_status"), PaymentStatuses::key(o.paymentStatus)},
        {QStringLiteral("service_level"), ServiceLevels::key(o.serviceLevel)},
        {QStringLiteral("currency"), o.currency},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("items"), o.itemsSubtotalMinor()},
                                               {QStringLiteral("discount"), o.discountMinor},
                                               {QStringLiteral("shipping"), o.shippingMinor},
                                               {QStringLiteral("tax"), o.taxMinor},
                                               {QStringLiteral("total"), o.totalMinor}}},
        {QStringLiteral("customer"),
         QJsonObject{{QStringLiteral("name"), c.name},
                     {QStringLiteral("email"), c.email},
                     {QStringLiteral("phone"), c.phone},
                     {QStringLiteral("locale"), c.locale},
                     {QStringLiteral("notify"), QJsonObject{{QStringLiteral("email"), c.notifyEmail},
                                                            {QStringLiteral("sms"), c.notifySms},
                                                            {QStringLiteral("push"), c.notifyPush}}}}},
        {QStringLiteral("ship_to"), QJsonObject{{QStringLiteral("name"), a.name},
                                                {QStringLiteral("line1"), a.line1},
                                                {QStringLiteral("line2"), a.line2},
                                                {QStringLiteral("suburb"), a.suburb},
                                                {QStringLiteral("city"), a.city},
                                                {QStringLiteral("region"), a.region},
                                                {QStringLiteral("postal_code"), a.postalCode},
                                                {QStringLiteral("country"), a.country}}},
        {QStringLiteral("special_instructions"), QJsonObject{{QStringLiteral("gift_wrap"), i.giftWrap},
                                                             {QStringLiteral("gift_message"), i.giftMessage},
                                                             {QStringLiteral("fragile"), i.fragile},
                                                             {QStringLiteral("delivery_window"), i.deliveryWindow},
                                                             {QStringLiteral("customisation"), i.customisation},
                                                             {QStringLiteral("note"), i.note}}},
        {QStringLiteral("warehouse"), textOrNull(o.warehouse)},
        {QStringLiteral("claimed_by"), textOrNull(claimedBy)},
        {QStringLiteral("lines"), lines},
    };
}

Result<Order> ApiJson::orderFromJson(const QJsonObject& j)
{
    Order o;
    auto text = [&](const QJsonObject& obj, const char* key, QString& out, bool required) -> bool {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isString()) {
            out = v.toString();
            return !required || !out.isEmpty();
        }
        return !required && (v.isUndefined() || v.isNull());
    };
    if (!text(j, "id", o.marketplaceId, true))
        return badField(QStringLiteral("id"), QStringLiteral("is missing or not text"));
    if (!text(j, "number", o.number, true))
        return badField(QStringLiteral("number"), QStringLiteral("is missing or not text"));
    if (!isInteger(j.value(QLatin1String("version"))) || j.value(QLatin1String("version")).toInteger() < 1)
        return badField(QStringLiteral("version"), QStringLiteral("is missing or not a positive integer"));
    o.version = j.value(QLatin1String("version")).toInteger();
    o.updatedAt = parseTime(j.value(QLatin1String("updated_at")));
    if (!o.updatedAt.isValid())
        return badField(QStringLiteral("updated_at"), QStringLiteral("is missing or not an RFC 3339 time"));
    o.placedAt = parseTime(j.value(QLatin1String("placed_at")));
    o.confirmedAt = parseTime(j.value(QLatin1String("confirmed_at")));
    const auto status = OrderStatuses::fromKey(j.value(QLatin1String("status")).toString());
    if (!status)
        return badField(QStringLiteral("status"),
                        QStringLiteral("'%1' is unknown").arg(j.value(QLatin1String("status")).toString()));
    o.status = *status;
    const auto payment = PaymentStatuses::fromKey(j.value(QLatin1String("payment_status")).toString());
    if (!payment)
        return badField(QStringLiteral("payment_status"), QStringLiteral("is missing or unknown"));
    o.paymentStatus = *payment;
    const auto level = ServiceLevels::fromKey(j.value(QLatin1String("service_level")).toString());
    if (!level)
        return badField(QStringLiteral("service_level"), QStringLiteral("is missing or unknown"));
    o.serviceLevel = *level;
    if (!text(j, "currency", o.currency, true) || o.currency.size() != 3)
        return badField(QStringLiteral("currency"), QStringLiteral("is missing or not an ISO 4217 code"));

    const QJsonObject totals = j.value(QLatin1String("totals")).toObject();
    for (const char* key : {"discount", "shipping", "tax", "total"})
        if (!isInteger(totals.value(QLatin1String(key))))
            return badField(QStringLiteral("totals.%1").arg(QLatin1String(key)),
                            QStringLiteral("is missing or not an integer"));
    o.discountMinor = totals.value(QLatin1String("discount")).toInteger();
    o.shippingMinor = totals.value(QLatin1String("shipping")).toInteger();
    o.taxMinor = totals.value(QLatin1String("tax")).toInteger();
    o.totalMinor = totals.value(QLatin1String("total")).toInteger();

    const QJsonObject customer = j.value(QLatin1String("customer")).toObject();
    if (!text(customer, "name", o.customer.name, false) || !text(customer, "email", o.customer.email, false) ||
        !text(customer, "phone", o.customer.phone, false) || !text(customer, "locale", o.customer.locale, false))
        return badField(QStringLiteral("customer"), QStringLiteral("has a field that is not text"));
    const QJsonObject notify = customer.value(QLatin1String("notify")).toObject();
    o.customer.notifyEmail = notify.value(QLatin1String("email")).toBool(true);
    o.customer.notifySms = notify.value(QLatin1String("sms")).toBool(false);
    o.customer.notifyPush = notify.value(QLatin1String("push")).toBool(false);

    const QJsonObject a = j.value(QLatin1String("ship_to")).toObject();
    if (!text(a, "name", o.shipTo.name, false) || !text(a, "line1", o.shipTo.line1, false) ||
        !text(a, "line2", o.shipTo.line2, false) || !text(a, "suburb", o.shipTo.suburb, false) ||
        !text(a, "city", o.shipTo.city, false) || !text(a, "region", o.shipTo.region, false) ||
        !text(a, "postal_code", o.shipTo.postalCode, false) || !text(a, "country", o.shipTo.country, false))
        return badField(QStringLiteral("ship_to"), QStringLiteral("has a field that is not text"));

    const QJsonObject si = j.value(QLatin1String("special_instructions")).toObject();
    o.instructions.giftWrap = si.value(QLatin1String("gift_wrap")).toBool();
    o.instructions.fragile = si.value(QLatin1String("fragile")).toBool();
    if (!text(si, "gift_message", o.instructions.giftMessage, false) ||
        !text(si, "delivery_window", o.instructions.deliveryWindow, false) ||
        !text(si, "customisation", o.instructions.customisation, false) ||
        !text(si, "note", o.instructions.note, false))
        return badField(QStringLiteral("special_instructions"), QStringLiteral("has a field that is not text"));
    if (!text(j, "warehouse", o.warehouse, false))
        return badField(QStringLiteral("warehouse"), QStringLiteral("is not text"));

    const QJsonValue linesValue = j.value(QLatin1String("lines"));
    if (!linesValue.isArray() || linesValue.toArray().isEmpty())
        return badField(QStringLiteral("lines"), QStringLiteral("is missing or empty"));
    int index = 0;
    for (const QJsonValue& lv : linesValue.toArray()) {
        const QJsonObject l = lv.toObject();
        OrderLine line;
        const QString where = QStringLiteral("lines[%1]").arg(index++);
        if (!text(l, "line_id", line.lineId, true) || !text(l, "sku", line.sku, true))
            return badField(where, QStringLiteral("has no line_id or sku"));
        if (!text(l, "gtin", line.gtin, false) || !text(l, "name", line.name, false))
            return badField(where, QStringLiteral("has a gtin or name that is not text"));
        if (!isInteger(l.value(QLatin1String("quantity"))) || l.value(QLatin1String("quantity")).toInteger() < 1 ||
            l.value(QLatin1String("quantity")).toInteger() > 100000)
            return badField(where, QStringLiteral("quantity must be a whole number from 1 to 100000"));
        if (!isInteger(l.value(QLatin1String("unit_price"))))
            return badField(where, QStringLiteral("unit_price is missing or not an integer"));
        line.quantity = int(l.value(QLatin1String("quantity")).toInteger());
        line.unitPriceMinor = l.value(QLatin1String("unit_price")).toInteger();
        line.discountMinor = l.value(QLatin1String("discount")).toInteger(0);
        line.serialTracked = l.value(QLatin1String("serial_tracked")).toBool();
        line.fragile = l.value(QLatin1String("fragile")).toBool();
        line.weightGrams = int(l.value(QLatin1String("weight_g")).toInteger(0));
        o.lines.append(line);
    }
    return o;
}

QJsonObject ApiJson::productToJson(const ProductRecord& p)
{
    return QJsonObject{{QStringLiteral("id"), p.id},
                       {QStringLiteral("sku"), p.sku},
                       {QStringLiteral("gtin"), textOrNull(p.gtin)},
                       {QStringLiteral("name"), p.name},
                       {QStringLiteral("weight_g"), p.weightGrams},
                       {QStringLiteral("unit_price"), p.unitPriceMinor},
                       {QStringLiteral("currency"), p.currency},
                       {QStringLiteral("serial_tracked"), p.serialTracked},
                       {QStringLiteral("fragile"), p.fragile},
                       {QStringLiteral("version"), p.version},
                       {QStringLiteral("updated_at"), time(p.updatedAt)}};
}

Result<ProductRecord> ApiJson::productFromJson(const QJsonObject& j)
{
    ProductRecord r;
    if (auto bad = readListItem("product", j, r))
        return *bad;
    if (!requiredText(j, "sku", r.sku))
        return badRecord("product", QStringLiteral("sku"), QStringLiteral("is missing or not text"));
    if (!optionalText(j, "gtin", r.gtin))
        return badRecord("product", QStringLiteral("gtin"), QStringLiteral("is not text"));
    if (!r.gtin.isEmpty() && !Gtin::isValid(r.gtin))
        return badRecord("product", QStringLiteral("gtin"),
                         QStringLiteral("'%1' is not a GTIN-8/12/13/14 with a valid check digit").arg(r.gtin));
    if (!requiredText(j, "name", r.name))
        return badRecord("product", QStringLiteral("name"), QStringLiteral("is missing or not text"));
    const QJsonValue weight = j.value(QLatin1String("weight_g"));
    if (!isInteger(weight) || weight.toInteger() < 0 || weight.toInteger() > 10000000)
        return badRecord("product", QStringLiteral("weight_g"),
                         QStringLiteral("is missing or not a whole number from 0 to 10000000"));
    r.weightGrams = int(weight.toInteger());
    const QJsonValue price = j.value(QLatin1String("unit_price"));
    if (!isInteger(price) || price.toInteger() < 0)
        return badRecord("product", QStringLiteral("unit_price"),
                         QStringLiteral("is missing or not a whole number of minor units (0 or more)"));
    r.unitPriceMinor = price.toInteger();
    if (!requiredText(j, "currency", r.currency) || r.currency.size() != 3)
        return badRecord("product", QStringLiteral("currency"), QStringLiteral("is missing or not an ISO 4217 code"));
    for (auto [key, out] : {std::pair{"serial_tracked", &r.serialTracked}, std::pair{"fragile", &r.fragile}}) {
        const QJsonValue v = j.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isBool())
            return badRecord("product", QString::fromLatin1(key), QStringLiteral("is not true or false"));
        *out = v.toBool(false);
    }
    return r;
}

Result<StockRecord> ApiJson::stockFromJson(const QJsonObject& j)
{
    StockRecord r;
    if (auto bad = readListItem("inventory", j, r))
        return *bad;
    if (!requiredText(j, "sku", r.sku))
        return badRecord("inventory", QStringLiteral("sku"), QStringLiteral("is missing or not text"));
    if (!requiredText(j, "location", r.location))
        return badRecord("inventory", QStringLiteral("location"), QStringLiteral("is missing or not text"));
    const QJsonValue onHand = j.value(QLatin1String("on_hand"));
    if (!isInteger(onHand) || qAbs(onHand.toInteger()) > 100000000)
        return badRecord("inventory", QStringLiteral("on_hand"), QStringLiteral("is missing or not a whole number"));
    r.onHand = int(onHand.toInteger());
    return r;
}

Result<TrackingRecord> ApiJson::trackingEventFromJson(const QJsonObject& j)
{
    TrackingRecord r;
    if (auto bad = readListItem("tracking event", j, r))
        return *bad;
    if (!requiredText(j, "order_id", r.orderMarketplaceId))
        return badRecord("tracking event", QStringLiteral("order_id"), QStringLiteral("is missing or not text"));
    if (!requiredText(j, "tracking_number", r.trackingNumber))
        return badRecord("tracking event", QStringLiteral("tracking_number"), QStringLiteral("is missing or not text"));
    static const QStringList statuses = {QStringLiteral("in_transit"), QStringLiteral("out_for_delivery"),
                                         QStringLiteral("delivered"), QStringLiteral("exception")};
    if (!requiredText(j, "status", r.status) || !statuses.contains(r.status))
        return badRecord("tracking event", QStringLiteral("status"), QStringLiteral("is missing or unknown"));
    if (!optionalText(j, "description", r.description))
        return badRecord("tracking event", QStringLiteral("description"), QStringLiteral("is not text"));
    r.occurredAt = parseTime(j.value(QLatin1String("occurred_at")));
    if (!r.occurredAt.isValid())
        return badRecord("tracking event", QStringLiteral("occurred_at"),
                         QStringLiteral("is missing or not an RFC 3339 time"));
    return r;
}

Result<ReturnRecord> ApiJson::returnFromJson(const QJsonObject& j)
{
    ReturnRecord r;
    if (auto bad = readListItem("return", j, r))
        return *bad;
    if (!requiredText(j, "rma", r.rma))
        return badRecord("return", QStringLiteral("rma"), QStringLiteral("is missing or not text"));
    if (!requiredText(j, "order_id", r.orderMarketplaceId))
        return badRecord("return", QStringLiteral("order_id"), QStringLiteral("is missing or not text"));
    static const QStringList statuses = {QStringLiteral("requested"), QStringLiteral("received"),
                                         QStringLiteral("inspected"), QStringLiteral("refunded"),
                                         QStringLiteral("exchanged"), QStringLiteral("closed")};
    if (!requiredText(j, "status", r.status) || !statuses.contains(r.status))
        return badRecord("return", QStringLiteral("status"), QStringLiteral("is missing or unknown"));
    r.requestedAt = parseTime(j.value(QLatin1String("requested_at")));
    if (!r.requestedAt.isValid())
        r.requestedAt = r.updatedAt;
    const QJsonValue lines = j.value(QLatin1String("lines"));
    if (!lines.isArray())
        return badRecord("return", QStringLiteral("lines"), QStringLiteral("is missing or not a list"));
    int index = 0;
    for (const QJsonValue& lv : lines.toArray()) {
        const QJsonObject l = lv.toObject();
        const QString where = QStringLiteral("lines[%1]").arg(index++);
        ReturnRecordLine line;
        if (!requiredText(l, "sku", line.sku))
            return badRecord("return", where, QStringLiteral("has no sku"));
        if (!optionalText(l, "line_id", line.lineId) || !optionalText(l, "reason", line.reason))
            return badRecord("return", where, QStringLiteral("has a line_id or reason that is not text"));
        const QJsonValue quantity = l.value(QLatin1String("quantity"));
        if (!isInteger(quantity) || quantity.toInteger() < 1 || quantity.toInteger() > 100000)
            return badRecord("return", where, QStringLiteral("quantity must be a whole number from 1 to 100000"));
        line.quantity = int(quantity.toInteger());
        r.lines.append(line);
    }
    return r;
}

Result<FeedbackRecord> ApiJson::feedbackFromJson(const QJsonObject& j)
{
    FeedbackRecord r;
    if (auto bad = readListItem("feedback", j, r))
        return *bad;
    if (!requiredText(j, "order_id", r.orderMarketplaceId))
        return badRecord("feedback", QStringLiteral("order_id"), QStringLiteral("is missing or not text"));
    const QJsonValue rating = j.value(QLatin1String("rating"));
    if (!isInteger(rating) || rating.toInteger() < 1 || rating.toInteger() > 5)
        return badRecord("feedback", QStringLiteral("rating"), QStringLiteral("must be a whole number from 1 to 5"));
    r.rating = int(rating.toInteger());
    if (!optionalText(j, "comment", r.comment))
        return badRecord("feedback", QStringLiteral("comment"), QStringLiteral("is not text"));
    r.createdAt = parseTime(j.value(QLatin1String("created_at")));
    if (!r.createdAt.isValid())
        r.createdAt = r.updatedAt;
    return r;
}

QByteArray ApiJson::problem(int status, const QString& type, const QString& title, const QString& detail,
                            const QJsonObject& extra)
{
    QJsonObject p = extra;
    p.insert(QStringLiteral("type"), QString(QStringLiteral("https://saypro.example/problems/") + type));
    p.insert(QStringLiteral("title"), title);
    p.insert(QStringLiteral("status"), status);
    if (!detail.isEmpty())
        p.insert(QStringLiteral("detail"), detail);
    return QJsonDocument(p).toJson(QJsonDocument::Compact);
}

} // namespace saypro
