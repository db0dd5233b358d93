// stationctl: `orders list`, `orders show`.

#include "Cli.h"
#include "OrderJson.h"

#include "common/Clock.h"
#include "domain/Money.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("stationctl", text);
}

const QCommandLineOption kStatus(QStringLiteral("status"), tr("Only orders in this status (e.g. packed, on_hold)."),
                                 QStringLiteral("S"));
const QCommandLineOption kLimit(QStringLiteral("limit"), tr("At most N orders, newest first (default 50)."),
                                QStringLiteral("N"), QStringLiteral("50"));
const QCommandLineOption kSearch(QStringLiteral("search"),
                                 tr("Order number, customer name, SKU, GTIN or tracking number."),
                                 QStringLiteral("TEXT"));

QString localTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

int ordersList(CommandContext& ctx)
{
    OrderFilter filter;
    if (ctx.args().isSet(kStatus)) {
        const QString key = ctx.args().value(kStatus).trimmed().toLower();
        const auto status = OrderStatuses::fromKey(key);
        if (!status) {
            QStringList keys;
            for (OrderStatus s : OrderStatuses::all())
                keys << OrderStatuses::key(s);
            return ctx.usageError(tr("Unknown status '%1'. Use one of: %2.").arg(key, keys.join(QStringLiteral(", "))));
        }
        filter.status = status;
    }
    filter.search = ctx.args().value(kSearch);
    bool ok = false;
    const int limit = ctx.args().value(kLimit).toInt(&ok);
    if (!ok || limit < 1 || limit > 100000)
        return ctx.usageError(
            tr("--limit must be a whole number from 1 to 100000, not '%1'.").arg(ctx.args().value(kLimit)));
    if (!ctx.args().positionalArguments().isEmpty())
        return ctx.usageError(tr("Unexpected argument '%1'.").arg(ctx.args().positionalArguments().first()));

    auto db = ctx.openDatabase(int(Database::OpenMode::OpenExisting));
    if (!db)
        return ExitFailure;
    SystemClock clock;
    OrderStore store(*db, clock, QString());
    QList<OrderSummary> rows;
    std::optional<qint64> before;
    while (rows.size() < limit) {
        auto page = store.page(filter, before, std::min(1000, limit - int(rows.size())));
        if (!page)
            return ctx.failWith(page.error());
        if (page->isEmpty())
            break;
        before = page->last().id;
        rows += *page;
    }
    if (ctx.json()) {
        QJsonArray array;
        for (const OrderSummary& s : rows)
            array.append(OrderJson::summary(s));
        ctx.printJson(array);
        return ExitOk;
    }
    ctx.out() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(tr("Number").leftJustified(12), tr("Status").leftJustified(17),
                          tr("Customer").leftJustified(26), tr("Confirmed").leftJustified(17),
                          tr("Ship by").leftJustified(17), tr("Total"))
              << "\n";
    for (const OrderSummary& s : rows)
        ctx.out() << QStringLiteral("%1 %2 %3 %4 %5 %6")
                         .arg(s.number.leftJustified(12), OrderStatuses::key(s.status).leftJustified(17),
                              s.customerName.left(25).leftJustified(26), localTime(s.confirmedAt).leftJustified(17),
                              localTime(s.shipBy).leftJustified(17),
                              Money(s.totalMinor, s.currency).toCanonicalString())
                  << "\n";
    ctx.out() << QCoreApplication::translate("stationctl", "%n order(s) shown.", nullptr, int(rows.size())) << Qt::endl;
    return ExitOk;
}

int ordersShow(CommandContext& ctx)
{
    const QStringList positional = ctx.args().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(tr("Give exactly one order number, e.g. 'orders show SP-00012345'."));
    auto db = ctx.openDatabase(int(Database::OpenMode::OpenExisting));
    if (!db)
        return ExitFailure;
    SystemClock clock;
    OrderStore store(*db, clock, QString());
    auto order = store.findByNumber(positional.first());
    if (!order)
        return ctx.failWith(order.error());
    auto history = store.history(order->number);
    if (!history)
        return ctx.failWith(history.error());
    if (ctx.json()) {
        ctx.printJson(OrderJson::full(*order, *history));
        return ExitOk;
    }
    const Order& o = *order;
    QTextStream& out = ctx.out();
    out << tr("Order %1  [%2]").arg(o.number, OrderStatuses::displayName(o.status)) << "\n"
        << tr("  Service:   %1    Payment: %2    Warehouse: %3")
               .arg(ServiceLevels::displayName(o.serviceLevel), PaymentStatuses::displayName(o.paymentStatus),
                    o.warehouse.isEmpty() ? QStringLiteral("-") : o.warehouse)
        << "\n"
        << tr("  Confirmed: %1    Ship by: %2    Shipped: %3")
               .arg(localTime(o.confirmedAt), localTime(o.shipBy), localTime(o.shippedAt))
        << "\n"
        << tr("  Customer:  %1 <%2> %3 (%4)")
               .arg(o.customer.name, o.customer.email, o.customer.phone, o.customer.locale)
        << "\n"
        << tr("  Ship to:   %1").arg(o.shipTo.lines().join(QStringLiteral(", "))) << "\n";
    if (!o.instructions.isEmpty()) {
        QStringList notes;
        if (o.instructions.giftWrap)
            notes << tr("gift wrap");
        if (!o.instructions.giftMessage.isEmpty())
            notes << tr("gift message: “%1”").arg(o.instructions.giftMessage);
        if (o.instructions.fragile)
            notes << tr("fragile");
        if (!o.instructions.deliveryWindow.isEmpty())
            notes << tr("delivery window: %1").arg(o.instructions.deliveryWindow);
        if (!o.instructions.customisation.isEmpty())
            notes << tr("customisation: %1").arg(o.instructions.customisation);
        if (!o.instructions.note.isEmpty())
            notes << tr("note: %1").arg(o.instructions.note);
        out << tr("  Special:   %1").arg(notes.join(QStringLiteral("; "))) << "\n";
    }
    out << "\n" << tr("  Lines:") << "\n";
    for (const OrderLine& l : o.lines)
        out << QStringLiteral("    %1 x%2  %3  %4  %5\n")
                   .arg(l.sku.leftJustified(16))
                   .arg(l.quantity)
                   .arg(l.gtin, l.name, Money(l.totalMinor(), o.currency).toCanonicalString());
    out << tr("  Total: %1 (items %2, discount %3, shipping %4, tax %5)")
               .arg(Money(o.totalMinor, o.currency).toCanonicalString(),
                    Money(o.itemsSubtotalMinor(), o.currency).toCanonicalString(),
                    Money(o.discountMinor, o.currency).toCanonicalString(),
                    Money(o.shippingMinor, o.currency).toCanonicalString(),
                    Money(o.taxMinor, o.currency).toCanonicalString())
        << "\n\n"
        << tr("  History:") << "\n";
    for (const StatusChange& c : *history)
        out << QStringLiteral("    %1  %2 -> %3  (%4 @ %5)%6\n")
                   .arg(localTime(c.at), c.from.isEmpty() ? QStringLiteral("*") : c.from, c.to, c.actor, c.station,
                        c.reason.isEmpty() ? QString() : QStringLiteral(": ") + c.reason);
    out.flush();
    return ExitOk;
}
} // namespace

void registerOrderCommands(Cli& cli)
{
    cli.add({{QStringLiteral("orders"), QStringLiteral("list")},
             tr("List orders, newest first, optionally by status or search text."),
             QString(),
             tr("With --json: an array of objects with number, status, confirmed_at, ship_by, shipped_at,\n"
                "service_level, warehouse, customer, total (times ISO 8601 UTC; money as minor units and text)."),
             {kStatus, kLimit, kSearch},
             ordersList});
    cli.add({{QStringLiteral("orders"), QStringLiteral("show")},
             tr("Show one order with its lines, addresses, instructions and status history."),
             QStringLiteral("NUMBER"),
             QString(),
             {},
             ordersShow});
}

} // namespace saypro
