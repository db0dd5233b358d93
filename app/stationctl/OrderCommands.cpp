// stationctl: `orders list`, `orders show`, `orders verify`, `orders scans`.

#include "Cli.h"
#include "OrderJson.h"

#include "common/Clock.h"
#include "domain/Money.h"
#include "intake/IntakeService.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "storage/ScanLog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSysInfo>

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

const QCommandLineOption kScanLimit(QStringLiteral("limit"), tr("The last N scans (default 500)."), QStringLiteral("N"),
                                    QStringLiteral("500"));

const QCommandLineOption kAll(QStringLiteral("all"),
                              tr("Every order due: new, changed by the marketplace, or on an intake hold."));
const QCommandLineOption kStation(QStringLiteral("station"),
                                  tr("Station name written in the audit log "
                                     "(default: this computer's host name)."),
                                  QStringLiteral("NAME"));

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
    for (const StatusChange& c : *history) {
        const QString what =
            c.to.isEmpty() ? c.action
                           : QStringLiteral("%1 -> %2").arg(c.from.isEmpty() ? QStringLiteral("*") : c.from, c.to);
        out << QStringLiteral("    %1  %2  (%3 @ %4)%5\n")
                   .arg(localTime(c.at), what, c.actor, c.station,
                        c.reason.isEmpty() ? QString() : QStringLiteral(": ") + c.reason);
    }
    out.flush();
    return ExitOk;
}

QJsonObject outcomeJson(const IntakeOutcome& o, const IntakeService& intake)
{
    QJsonObject json{{QStringLiteral("number"), o.orderNumber},
                     {QStringLiteral("outcome"), IntakeOutcome::kindKey(o.kind)},
                     {QStringLiteral("released"), o.released}};
    QJsonArray checks;
    if (auto stored = intake.checks(o.orderId))
        for (const StoredCheck& c : *stored)
            checks.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("passed"), c.passed},
                                      {QStringLiteral("message"), c.message},
                                      {QStringLiteral("detail"), c.detail}});
    json.insert(QStringLiteral("checks"), checks);
    json.insert(QStringLiteral("failed_checks"), QJsonArray::fromStringList(o.failedChecks));
    std::optional<Hold> open;
    if (auto holds = intake.holds(o.orderId))
        for (const Hold& h : std::as_const(*holds))
            if (h.isOpen() && !open)
                open = h;
    if (open) {
        const Hold& h = *open;
        QJsonArray reasons;
        for (const HoldReason& r : h.reasons)
            reasons.append(QJsonObject{{QStringLiteral("check"), r.check},
                                       {QStringLiteral("message"), r.message},
                                       {QStringLiteral("detail"), r.detail}});
        json.insert(QStringLiteral("hold"),
                    QJsonObject{{QStringLiteral("kind"), h.kind},
                                {QStringLiteral("placed_at"), h.placedAt.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("reasons"), reasons}});
    }
    if (auto a = intake.allocation(o.orderId); a && *a)
        json.insert(QStringLiteral("allocation"),
                    QJsonObject{{QStringLiteral("outcome"), (*a)->outcome},
                                {QStringLiteral("warehouses"), QJsonArray::fromStringList((*a)->warehouses)},
                                {QStringLiteral("destination"), (*a)->destinationKey},
                                {QStringLiteral("message"), (*a)->message}});
    return json;
}

QString outcomeText(const IntakeOutcome& o)
{
    switch (o.kind) {
    case IntakeOutcome::Kind::Ready:
        return o.released ? tr("released and ready to pick") : tr("ready to pick");
    case IntakeOutcome::Kind::Held:
        return tr("on hold");
    case IntakeOutcome::Kind::Backordered:
        return tr("on hold: waiting for stock");
    case IntakeOutcome::Kind::StillHeld:
        return tr("still on hold");
    case IntakeOutcome::Kind::Skipped:
        return tr("past intake; nothing to do");
    }
    return {};
}

int ordersVerify(CommandContext& ctx)
{
    const QStringList positional = ctx.args().positionalArguments();
    const bool all = ctx.args().isSet(kAll);
    if (all == (positional.size() == 1) || positional.size() > 1)
        return ctx.usageError(tr("Give one order number, or --all for every order due."));
    auto db = ctx.openDatabase(int(Database::OpenMode::OpenExisting));
    if (!db)
        return ExitFailure;
    SystemClock clock;
    const QString station = ctx.args().isSet(kStation) ? ctx.args().value(kStation) : QSysInfo::machineHostName();
    IntakeService intake(*db, clock, station);
    QList<IntakeOutcome> outcomes;
    IntakeReport report;
    if (all) {
        auto run = intake.run();
        if (!run)
            return ctx.failWith(run.error());
        report = *run;
        outcomes = run->outcomes;
    } else {
        auto order = OrderStore(*db, clock, station).findByNumber(positional.first());
        if (!order)
            return ctx.failWith(order.error());
        auto one = intake.process(order->id);
        if (!one)
            return ctx.failWith(one.error());
        outcomes << *one;
    }
    if (ctx.json()) {
        QJsonArray array;
        for (const IntakeOutcome& o : std::as_const(outcomes))
            array.append(outcomeJson(o, intake));
        if (all)
            ctx.printJson(QJsonObject{{QStringLiteral("examined"), report.examined},
                                      {QStringLiteral("ready"), report.ready},
                                      {QStringLiteral("held"), report.held},
                                      {QStringLiteral("backordered"), report.backordered},
                                      {QStringLiteral("released"), report.released},
                                      {QStringLiteral("still_held"), report.stillHeld},
                                      {QStringLiteral("skipped"), report.skipped},
                                      {QStringLiteral("reservations_released"), report.reservationsReleased},
                                      {QStringLiteral("notifications_queued"), report.notificationsQueued},
                                      {QStringLiteral("orders"), array}});
        else
            ctx.printJson(array.first());
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    for (const IntakeOutcome& o : std::as_const(outcomes)) {
        if (all && o.kind == IntakeOutcome::Kind::Skipped)
            continue;
        out << QStringLiteral("%1  %2").arg(o.orderNumber.leftJustified(12), outcomeText(o)) << "\n";
        if (auto stored = intake.checks(o.orderId))
            for (const StoredCheck& c : *stored)
                if (!c.passed || !all)
                    out << QStringLiteral("    %1 %2  %3\n")
                               .arg(c.passed ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), c.id.leftJustified(14),
                                    c.message);
        if (o.kind == IntakeOutcome::Kind::Backordered || o.kind == IntakeOutcome::Kind::StillHeld ||
            o.kind == IntakeOutcome::Kind::Ready)
            if (auto a = intake.allocation(o.orderId); a && *a)
                out << QStringLiteral("    %1\n").arg((*a)->message);
    }
    if (all)
        out << tr("%1 examined: %2 ready, %3 on hold, %4 waiting for stock, %5 released, %6 still on hold.")
                   .arg(report.examined)
                   .arg(report.ready)
                   .arg(report.held)
                   .arg(report.backordered)
                   .arg(report.released)
                   .arg(report.stillHeld)
            << "\n";
    out.flush();
    return ExitOk;
}
int ordersScans(CommandContext& ctx)
{
    const QStringList positional = ctx.args().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(tr("Give exactly one order number, e.g. 'orders scans SP-00012345'."));
    bool ok = false;
    const int limit = ctx.args().value(kScanLimit).toInt(&ok);
    if (!ok || limit < 1 || limit > 100000)
        return ctx.usageError(
            tr("--limit must be a whole number from 1 to 100000, not '%1'.").arg(ctx.args().value(kScanLimit)));
    auto db = ctx.openDatabase(int(Database::OpenMode::OpenExisting));
    if (!db)
        return ExitFailure;
    SystemClock clock;
    auto order = OrderStore(*db, clock, QString()).findByNumber(positional.first());
    if (!order)
        return ctx.failWith(order.error());
    auto scans = ScanLog(*db).forOrder(order->id, limit);
    if (!scans)
        return ctx.failWith(scans.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const ScanRecord& s : *scans)
            array.append(QJsonObject{{QStringLiteral("at"), s.at.toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("station"), s.station},
                                     {QStringLiteral("actor"), s.actor},
                                     {QStringLiteral("context"), s.context},
                                     {QStringLiteral("code"), s.code},
                                     {QStringLiteral("accepted"), s.accepted},
                                     {QStringLiteral("reason"), s.reason},
                                     {QStringLiteral("line_id"), s.lineId},
                                     {QStringLiteral("quantity"), s.quantity},
                                     {QStringLiteral("parcel"), s.parcel},
                                     {QStringLiteral("detail"), s.detail}});
        ctx.printJson(QJsonObject{{QStringLiteral("order"), order->number}, {QStringLiteral("scans"), array}});
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    for (const ScanRecord& s : *scans)
        out << QStringLiteral("%1  %2 %3 %4  %5  %6  %7\n")
                   .arg(s.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), s.context.leftJustified(4),
                        s.accepted ? QStringLiteral("ok  ") : QStringLiteral("FAIL"), s.reason.leftJustified(16),
                        s.code.leftJustified(24), s.actor, s.detail);
    out << QCoreApplication::translate("stationctl", "%n scan(s) of %1.", nullptr, int(scans->size()))
               .arg(order->number)
        << Qt::endl;
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
    cli.add({{QStringLiteral("orders"), QStringLiteral("verify")},
             tr("Take orders through intake: verify, allocate a warehouse, reserve stock, hold or release."),
             QStringLiteral("[NUMBER]"),
             tr("NUMBER: one order, whatever its state. --all: every order due (new, changed by the\n"
                "marketplace, or on an intake hold), as the sync does after each pull.\n"
                "Outcomes: ready, held, backordered, still_held, skipped (past intake or a supervisor's hold).\n"
                "With --json: the outcome, every check with its message, the open hold and the allocation."),
             {kAll, kStation},
             ordersVerify});
    cli.add({{QStringLiteral("orders"), QStringLiteral("scans")},
             tr("Show every scan of an order at the pick face and the pack bench, accepted or refused."),
             QStringLiteral("NUMBER"),
             tr("Oldest first: when, pick or pack, ok or FAIL with the result (picked, wrong_bin, accepted,\n"
                "wrong_item, over_count, ...), the code as scanned, who, and the precise reason.\n"
                "With --json: {\"order\": NUMBER, \"scans\": [{at, station, actor, context, code, accepted,\n"
                "reason, line_id, quantity, parcel, detail}]}."),
             {kScanLimit},
             ordersScans});
}

} // namespace saypro
