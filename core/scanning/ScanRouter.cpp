#include "ScanRouter.h"

#include "domain/Gtin.h"

#include "domain/OrderStatus.h"
#include "scanning/BarcodeParser.h"
#include "storage/Database.h"

#include <QStringList>
#include <QVariant>

namespace saypro {

namespace {

using Target = ScanRoute::Target;

ScanRoute nowhere(QString message, QString detail)
{
    ScanRoute r;
    r.target = Target::None;
    r.message = std::move(message);
    r.detail = std::move(detail);
    return r;
}

/// Formats BarcodeParser gives tracking numbers (ParsedBarcode::format).
bool isTrackingFormat(const QString& format)
{
    static const QStringList formats = {QStringLiteral("ups_1z"),          QStringLiteral("fedex_express"),
                                        QStringLiteral("fedex_ground_96"), QStringLiteral("usps_impb"),
                                        QStringLiteral("dhl_express"),     QStringLiteral("upu_s10")};
    return formats.contains(format);
}

} // namespace

QString ScanRoute::targetKey(Target target)
{
    switch (target) {
    case Target::Pick:
        return QStringLiteral("pick");
    case Target::Pack:
        return QStringLiteral("pack");
    case Target::Label:
        return QStringLiteral("label");
    case Target::Order:
        return QStringLiteral("order");
    case Target::Return:
        return QStringLiteral("return");
    case Target::Inventory:
        return QStringLiteral("inventory");
    case Target::None:
        break;
    }
    return QStringLiteral("none");
}

ScanRouter::ScanRouter(Database& db) : m_db(db) {}

ScanRoute ScanRouter::route(QStringView raw) const
{
    return route(BarcodeParser::parse(raw));
}

ScanRoute ScanRouter::route(const ParsedBarcode& code) const
{
    if (!code.valid) {
        const QString error = code.error.isEmpty() ? tr("This code cannot be read.") : code.error;
        return nowhere(error, u"invalid " % code.kindKey() % u" code '" % code.text % u"': " % code.detail);
    }

    switch (code.kind) {
    case ParsedBarcode::Kind::Order:
        return routeOrder(code.code);
    case ParsedBarcode::Kind::Tracking:
        return routeTracking(code.code);
    case ParsedBarcode::Kind::Rma:
        return routeReturn(code.code);
    case ParsedBarcode::Kind::Bin: {
        ScanRoute r;
        r.target = Target::Inventory;
        r.location = code.code;
        r.message = tr("Bin %1").arg(code.code);
        r.detail = u"bin " % code.code % u" -> inventory";
        return r;
    }
    case ParsedBarcode::Kind::Gtin:
        return routeProduct(code);
    case ParsedBarcode::Kind::Gs1:
        if (!code.gtin.isEmpty())
            return routeProduct(code);
        return nowhere(tr("This GS1 code carries no product number (GTIN), so there is nothing to open."),
                       u"GS1 " % code.format % u" '" % code.text % u"' has no AI (01)");
    case ParsedBarcode::Kind::Sscc:
        return nowhere(
            tr("%1 is a pallet or carton label (SSCC): scan an order, parcel, return, bin or product.").arg(code.code),
            u"SSCC " % code.code % u" is not routed");
    case ParsedBarcode::Kind::Badge:
        return nowhere(tr("%1 is a user badge: scan it when signing in.").arg(code.code),
                       u"badge " % code.code % u" is not routed");
    case ParsedBarcode::Kind::Unknown:
        break;
    }
    return nowhere(tr("This station does not know what %1 is.").arg(code.text),
                   u"unrecognised code '" % code.text % u"' (format '" % code.format % u"')");
}

ScanRoute ScanRouter::routeOrder(const QString& number) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT id, status FROM orders WHERE number = ?"));
    if (!q)
        return nowhere(tr("Order %1 could not be looked up: %2").arg(number, q.error().message), q.error().detail);
    q->addBindValue(number);
    if (auto r = Database::exec(*q, u"find order " % number); !r)
        return nowhere(tr("Order %1 could not be looked up: %2").arg(number, r.error().message), r.error().detail);
    if (!q->next())
        return nowhere(tr("Order %1 is not in this station's cache").arg(number), u"no order with number " % number);

    ScanRoute route;
    route.orderId = q->value(0).toLongLong();
    route.orderNumber = number;
    const QString key = q->value(1).toString();
    const std::optional<OrderStatus> status = OrderStatuses::fromKey(key);
    const QString shown = status ? OrderStatuses::displayName(*status) : key;
    switch (status.value_or(OrderStatus::New)) {
    case OrderStatus::Ready:
    case OrderStatus::Picking:
        route.target = Target::Pick;
        route.message = tr("Order %1 (%2): pick it").arg(number, shown);
        break;
    case OrderStatus::Picked:
    case OrderStatus::Packing:
        route.target = Target::Pack;
        route.message = tr("Order %1 (%2): pack it").arg(number, shown);
        break;
    case OrderStatus::Packed:
    case OrderStatus::Labelled:
        route.target = Target::Label;
        route.message = tr("Order %1 (%2): label it").arg(number, shown);
        break;
    default:
        route.target = Target::Order;
        route.message = tr("Order %1 (%2)").arg(number, shown);
        break;
    }
    route.detail = u"order " % number % u" status " % key % u" -> " % ScanRoute::targetKey(route.target);
    return route;
}

ScanRoute ScanRouter::routeTracking(const QString& number) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT p.order_id, o.number FROM parcels p JOIN orders o ON o.id = "
                                         "p.order_id WHERE p.tracking_number = ?"));
    if (!q)
        return nowhere(tr("Tracking number %1 could not be looked up: %2").arg(number, q.error().message),
                       q.error().detail);
    q->addBindValue(number);
    if (auto r = Database::exec(*q, u"find parcel " % number); !r)
        return nowhere(tr("Tracking number %1 could not be looked up: %2").arg(number, r.error().message),
                       r.error().detail);
    if (!q->next())
        return nowhere(tr("Tracking number %1 is on no parcel in this station's cache").arg(number),
                       u"no parcel with tracking number " % number);
    ScanRoute route;
    route.target = Target::Order;
    route.orderId = q->value(0).toLongLong();
    route.orderNumber = q->value(1).toString();
    route.message = tr("Parcel %1 of order %2").arg(number, route.orderNumber);
    route.detail = u"tracking " % number % u" -> order " % route.orderNumber;
    return route;
}

ScanRoute ScanRouter::routeReturn(const QString& rma) const
{
    auto q = m_db.prepare(QStringLiteral(
        "SELECT r.order_id, o.number FROM returns r JOIN orders o ON o.id = r.order_id WHERE r.rma = ?"));
    if (!q)
        return nowhere(tr("Return %1 could not be looked up: %2").arg(rma, q.error().message), q.error().detail);
    q->addBindValue(rma);
    if (auto r = Database::exec(*q, u"find return " % rma); !r)
        return nowhere(tr("Return %1 could not be looked up: %2").arg(rma, r.error().message), r.error().detail);
    if (!q->next())
        return nowhere(tr("Return %1 is not in this station's cache").arg(rma), u"no return with RMA " % rma);
    ScanRoute route;
    route.target = Target::Return;
    route.rma = rma;
    route.orderId = q->value(0).toLongLong();
    route.orderNumber = q->value(1).toString();
    route.message = tr("Return %1 for order %2").arg(rma, route.orderNumber);
    route.detail = u"rma " % rma % u" -> return of order " % route.orderNumber;
    return route;
}

ScanRoute ScanRouter::routeProduct(const ParsedBarcode& code) const
{
    // The catalogue keeps each GTIN as the marketplace sent it (8, 12, 13 or 14 digits); the parser gives 14.
    // Every shorter form the 14 digits can stand for goes into one IN list, still one search of the unique index.
    const QString& gtin14 = code.gtin;
    const QStringList forms = Gtin::catalogueForms(gtin14);
    QStringList marks;
    for (qsizetype i = 0; i < forms.size(); ++i)
        marks << QStringLiteral("?");
    auto q =
        m_db.prepare(QStringLiteral("SELECT sku, name FROM products WHERE gtin IN (%1) LIMIT 1").arg(marks.join(u',')));
    if (!q)
        return nowhere(tr("Product %1 could not be looked up: %2").arg(gtin14, q.error().message), q.error().detail);
    for (const QString& form : forms)
        q->addBindValue(form);
    if (auto r = Database::exec(*q, u"find product with GTIN " % gtin14); !r)
        return nowhere(tr("Product %1 could not be looked up: %2").arg(gtin14, r.error().message), r.error().detail);
    if (q->next()) {
        ScanRoute route;
        route.target = Target::Inventory;
        route.sku = q->value(0).toString();
        const QString name = q->value(1).toString();
        route.message = name.isEmpty() ? tr("Product %1").arg(route.sku) : tr("%1 (%2)").arg(name, route.sku);
        route.detail = u"GTIN " % gtin14 % u" -> sku " % route.sku;
        return route;
    }
    // The same digits may also be a carrier's tracking number (a 12-digit FedEx number reads as UPC-A).
    for (const QString& format : code.alsoValidAs)
        if (isTrackingFormat(format)) {
            ScanRoute parcel = routeTracking(code.text);
            if (parcel.target != Target::None) {
                parcel.detail = u"GTIN " % gtin14 % u" not in the catalogue; as " % format % u": " % parcel.detail;
                return parcel;
            }
            break;
        }
    return nowhere(tr("Product %1 is not in this station's catalogue").arg(code.text),
                   u"no product with GTIN " % gtin14 % u" (looked for " % forms.join(u", ") % u")");
}

} // namespace saypro
