#include "OrderJson.h"

#include "domain/Money.h"

#include <QJsonArray>

namespace saypro {

namespace {
QString amount(qint64 minor, const QString& currency)
{
    // "1234.50 ZAR" -> "1234.50"
    return Money(minor, currency).toCanonicalString().section(u' ', 0, 0);
}
} // namespace

QJsonValue OrderJson::time(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonObject OrderJson::summary(const OrderSummary& s)
{
    return QJsonObject{
        {QStringLiteral("number"), s.number},
        {QStringLiteral("status"), OrderStatuses::key(s.status)},
        {QStringLiteral("customer"), s.customerName},
        {QStringLiteral("ship_city"), s.shipCity},
        {QStringLiteral("ship_country"), s.shipCountry},
        {QStringLiteral("confirmed_at"), time(s.confirmedAt)},
        {QStringLiteral("ship_by"), time(s.shipBy)},
        {QStringLiteral("shipped_at"), time(s.shippedAt)},
        {QStringLiteral("service_level"), ServiceLevels::key(s.serviceLevel)},
        {QStringLiteral("warehouse"), s.warehouse.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s.warehouse)},
        {QStringLiteral("units"), s.units},
        {QStringLiteral("currency"), s.currency},
        {QStringLiteral("total_minor"), s.totalMinor},
        {QStringLiteral("total"), amount(s.totalMinor, s.currency)},
    };
}

QJsonObject OrderJson::full(const Order& o, const QList<StatusChange>& history)
{
    QJsonArray lines;
    for (const OrderLine& l : o.lines)
        lines.append(QJsonObject{
            {QStringLiteral("line_id"), l.lineId},
            {QStringLiteral("sku"), l.sku},
            {QStringLiteral("gtin"), l.gtin},
            {QStringLiteral("name"), l.name},
            {QStringLiteral("quantity"), l.quantity},
            {QStringLiteral("unit_price_minor"), l.unitPriceMinor},
            {QStringLiteral("discount_minor"), l.discountMinor},
            {QStringLiteral("line_total_minor"), l.totalMinor()},
            {QStringLiteral("serial_tracked"), l.serialTracked},
            {QStringLiteral("fragile"), l.fragile},
            {QStringLiteral("weight_g"), l.weightGrams},
        });
    QJsonArray timeline;
    for (const StatusChange& c : history) {
        QJsonObject step{{QStringLiteral("at"), time(c.at)},
                         {QStringLiteral("action"), c.action},
                         {QStringLiteral("from"), c.from.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(c.from)},
                         {QStringLiteral("to"), c.to},
                         {QStringLiteral("actor"), c.actor},
                         {QStringLiteral("station"), c.station},
                         {QStringLiteral("audit_id"), c.auditId}};
        if (!c.reason.isEmpty())
            step.insert(QStringLiteral("reason"), c.reason);
        timeline.append(step);
    }
    const auto& ins = o.instructions;
    return QJsonObject{
        {QStringLiteral("number"), o.number},
        {QStringLiteral("marketplace_id"), o.marketplaceId},
        {QStringLiteral("version"), o.version},
        {QStringLiteral("status"), OrderStatuses::key(o.status)},
        {QStringLiteral("placed_at"), time(o.placedAt)},
        {QStringLiteral("confirmed_at"), time(o.confirmedAt)},
        {QStringLiteral("ship_by"), time(o.shipBy)},
        {QStringLiteral("shipped_at"), time(o.shippedAt)},
        {QStringLiteral("delivered_at"), time(o.deliveredAt)},
        {QStringLiteral("updated_at"), time(o.updatedAt)},
        {QStringLiteral("service_level"), ServiceLevels::key(o.serviceLevel)},
        {QStringLiteral("payment_status"), PaymentStatuses::key(o.paymentStatus)},
        {QStringLiteral("warehouse"), o.warehouse.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(o.warehouse)},
        {QStringLiteral("currency"), o.currency},
        {QStringLiteral("totals"), QJsonObject{{QStringLiteral("items_minor"), o.itemsSubtotalMinor()},
                                               {QStringLiteral("discount_minor"), o.discountMinor},
                                               {QStringLiteral("shipping_minor"), o.shippingMinor},
                                               {QStringLiteral("tax_minor"), o.taxMinor},
                                               {QStringLiteral("total_minor"), o.totalMinor},
                                               {QStringLiteral("total"), amount(o.totalMinor, o.currency)}}},
        {QStringLiteral("customer"), QJsonObject{{QStringLiteral("name"), o.customer.name},
                                                 {QStringLiteral("email"), o.customer.email},
                                                 {QStringLiteral("phone"), o.customer.phone},
                                                 {QStringLiteral("locale"), o.customer.locale},
                                                 {QStringLiteral("notify_email"), o.customer.notifyEmail},
                                                 {QStringLiteral("notify_sms"), o.customer.notifySms},
                                                 {QStringLiteral("notify_push"), o.customer.notifyPush}}},
        {QStringLiteral("ship_to"), QJsonObject{{QStringLiteral("name"), o.shipTo.name},
                                                {QStringLiteral("line1"), o.shipTo.line1},
                                                {QStringLiteral("line2"), o.shipTo.line2},
                                                {QStringLiteral("suburb"), o.shipTo.suburb},
                                                {QStringLiteral("city"), o.shipTo.city},
                                                {QStringLiteral("region"), o.shipTo.region},
                                                {QStringLiteral("postal_code"), o.shipTo.postalCode},
                                                {QStringLiteral("country"), o.shipTo.country}}},
        {QStringLiteral("special_instructions"), QJsonObject{{QStringLiteral("gift_wrap"), ins.giftWrap},
                                                             {QStringLiteral("gift_message"), ins.giftMessage},
                                                             {QStringLiteral("fragile"), ins.fragile},
                                                             {QStringLiteral("delivery_window"), ins.deliveryWindow},
                                                             {QStringLiteral("customisation"), ins.customisation},
                                                             {QStringLiteral("note"), ins.note}}},
        {QStringLiteral("lines"), lines},
        {QStringLiteral("history"), timeline},
    };
}

} // namespace saypro
