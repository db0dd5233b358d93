// stationctl: `stock show`, `stock adjust`, `stock low`, `stock count`, `stock reconcile`.

#include "Cli.h"
#include "OrderJson.h"

#include "common/Clock.h"
#include "domain/Location.h"
#include "inventory/InventoryStore.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"

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

const QCommandLineOption kLocation(QStringLiteral("location"), tr("The bin, e.g. JHB1-A-03-12-2-04."),
                                   QStringLiteral("L"));
const QCommandLineOption kDelta(QStringLiteral("delta"),
                                tr("Units to add (positive) or take out (negative); write negative numbers as "
                                   "--delta=-3."),
                                QStringLiteral("N"));
const QCommandLineOption kReason(QStringLiteral("reason"),
                                 tr("Why: cycle_count, damage, found, correction, restock or return."),
                                 QStringLiteral("R"));
const QCommandLineOption kNote(QStringLiteral("note"), tr("A note kept with the movement."), QStringLiteral("TEXT"));
const QCommandLineOption kActor(QStringLiteral("actor"),
                                tr("Who made the change, for the audit log (default: the operating system user)."),
                                QStringLiteral("NAME"));
const QCommandLineOption kStation(QStringLiteral("station"),
                                  tr("Station name written in the audit log (default: this computer's host name)."),
                                  QStringLiteral("NAME"));
const QCommandLineOption kLimit(QStringLiteral("limit"), tr("At most N SKUs, lowest available first (default 50)."),
                                QStringLiteral("N"), QStringLiteral("50"));
const QCommandLineOption kConfirm(QStringLiteral("confirm"),
                                  tr("Book the differences as cycle-count adjustments (without it, only show them)."));
const QCommandLineOption kFrom(QStringLiteral("from"), tr("First day of the period, YYYY-MM-DD (local time)."),
                               QStringLiteral("DATE"));
const QCommandLineOption kTo(QStringLiteral("to"), tr("Last day of the period, YYYY-MM-DD (local time, inclusive)."),
                             QStringLiteral("DATE"));

constexpr int kShowMovements = 20;

QString defaultActor()
{
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("stationctl");
}

QString actorOf(CommandContext& ctx)
{
    const QString given = ctx.args().value(kActor).trimmed();
    return given.isEmpty() ? defaultActor() : given;
}

QString station(CommandContext& ctx)
{
    const QString given = ctx.args().isSet(kStation) ? ctx.args().value(kStation).trimmed() : QString();
    return given.isEmpty() ? QSysInfo::machineHostName() : given;
}

QString localTime(const QDateTime& t)
{
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QString signedNumber(int n)
{
    return n > 0 ? QString(u'+' + QString::number(n)) : QString::number(n);
}

QJsonObject levelJson(const StockLevel& s)
{
    return QJsonObject{{QStringLiteral("location"), s.location},
                       {QStringLiteral("on_hand"), s.onHand},
                       {QStringLiteral("reserved"), s.reserved},
                       {QStringLiteral("available"), s.available()},
                       {QStringLiteral("market_on_hand"), s.marketOnHand},
                       {QStringLiteral("version"), s.version},
                       {QStringLiteral("updated_at"), OrderJson::time(s.updatedAt)}};
}

QJsonObject reservationJson(const Reservation& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("order_number"), r.orderNumber},
                       {QStringLiteral("order_line_id"), r.orderLineId},
                       {QStringLiteral("location"), r.location},
                       {QStringLiteral("quantity"), r.quantity},
                       {QStringLiteral("created_at"), OrderJson::time(r.createdAt)}};
}

QJsonObject movementJson(const StockMovement& m)
{
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("at"), OrderJson::time(m.at)},
        {QStringLiteral("sku"), m.sku},
        {QStringLiteral("location"), m.location},
        {QStringLiteral("delta"), m.delta},
        {QStringLiteral("reason"), StockReasons::key(m.reason)},
        {QStringLiteral("order_number"),
         m.orderNumber.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m.orderNumber)},
        {QStringLiteral("actor"), m.actor},
        {QStringLiteral("station"), m.station},
        {QStringLiteral("note"), m.note},
        {QStringLiteral("on_hand_after"), m.onHandAfter},
        {QStringLiteral("sent"), m.sent},
    };
}

QString movementLine(const StockMovement& m)
{
    return QStringLiteral("    %1  %2  %3  %4  %5  %6  %7%8\n")
        .arg(localTime(m.at), m.location.leftJustified(20), signedNumber(m.delta).rightJustified(6),
             StockReasons::displayName(m.reason).leftJustified(15),
             tr("on hand %1").arg(m.onHandAfter).leftJustified(14),
             (m.orderNumber.isEmpty() ? QStringLiteral("-") : m.orderNumber).leftJustified(12),
             (m.sent ? tr("sent") : tr("pending")) + u' ' + m.actor,
             m.note.isEmpty() ? QString() : QString(QStringLiteral("  ") + m.note));
}

int stockShow(CommandContext& ctx)
{
    const QStringList positional = ctx.args().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(tr("Give exactly one SKU, e.g. 'stock show SP-MUG-BLU'."));
    auto db = ctx.openDatabase(int(Database::OpenMode::OpenExisting));
    if (!db)
        return ExitFailure;
    SystemClock clock;
    InventoryStore store(*db, clock, QString()); // reads only
    // As typed, else upper case (SKUs are printed and stored upper case).
    QString sku;
    Result<QList<StockLevel>> bins;
    Result<Product> product = fail(Error::Code::NotFound, QString());
    for (const QString& candidate : {positional.first().trimmed(), positional.first().trimmed().toUpper()}) {
        product = CatalogueStore(*db).productBySku(candidate);
        if (!product && product.error().code != Error::Code::NotFound)
            return ctx.failWith(product.error());
        sku = product ? product->sku : candidate;
        bins = store.stockForSku(sku);
        if (!bins)
            return ctx.failWith(bins.error());
        if (product || !bins->isEmpty())
            break;
    }
    if (!product && bins->isEmpty())
        return ctx.failWith(Error::make(
            Error::Code::NotFound,
            tr("SKU %1 is not in the catalogue and has no stock at this station.").arg(positional.first().trimmed()),
            QStringLiteral("stock show: no product and no stock rows for '%1'").arg(positional.first().trimmed())));
    std::optional<int> reorderPoint;
    if (product) {
        auto point = store.reorderPoint(sku);
        if (!point)
            return ctx.failWith(point.error());
        reorderPoint = *point;
    }
    auto reservations = store.reservationsForSku(sku);
    if (!reservations)
        return ctx.failWith(reservations.error());
    auto movements = store.movements(sku, QString(), std::nullopt, kShowMovements);
    if (!movements)
        return ctx.failWith(movements.error());
    int onHand = 0;
    int reserved = 0;
    int available = 0;
    for (const StockLevel& s : *bins) {
        onHand += s.onHand;
        reserved += s.reserved;
        available += s.available();
    }
    const QString name = product ? product->name : QString();

    if (ctx.json()) {
        QJsonArray binArray;
        for (const StockLevel& s : *bins)
            binArray.append(levelJson(s));
        QJsonArray reservationArray;
        for (const Reservation& r : *reservations)
            reservationArray.append(reservationJson(r));
        QJsonArray movementArray;
        for (const StockMovement& m : *movements)
            movementArray.append(movementJson(m));
        ctx.printJson(QJsonObject{
            {QStringLiteral("sku"), sku},
            {QStringLiteral("name"), name},
            {QStringLiteral("on_hand"), onHand},
            {QStringLiteral("reserved"), reserved},
            {QStringLiteral("available"), available},
            {QStringLiteral("reorder_point"), reorderPoint ? QJsonValue(*reorderPoint) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("bins"), binArray},
            {QStringLiteral("reservations"), reservationArray},
            {QStringLiteral("movements"), movementArray},
        });
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    out << QStringLiteral("%1  %2").arg(sku, name) << "\n"
        << tr("  On hand %1   Reserved %2   Available %3   Reorder point %4")
               .arg(onHand)
               .arg(reserved)
               .arg(available)
               .arg(reorderPoint ? QString::number(*reorderPoint) : QStringLiteral("-"))
        << "\n\n";
    if (bins->isEmpty()) {
        out << tr("  No stock in any bin.") << "\n";
    } else {
        out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                   .arg(tr("Bin").leftJustified(20), tr("On hand").rightJustified(8), tr("Reserved").rightJustified(9),
                        tr("Available").rightJustified(10), tr("Marketplace").rightJustified(12));
        for (const StockLevel& s : *bins)
            out << QStringLiteral("  %1 %2 %3 %4 %5\n")
                       .arg(s.location.leftJustified(20))
                       .arg(s.onHand, 8)
                       .arg(s.reserved, 9)
                       .arg(s.available(), 10)
                       .arg(s.marketOnHand, 12);
    }
    out << "\n" << tr("  Reservations:") << "\n";
    if (reservations->isEmpty())
        out << tr("    none") << "\n";
    for (const Reservation& r : *reservations)
        out << QStringLiteral("    %1  %2  %3  %4\n")
                   .arg(r.orderNumber.leftJustified(12), r.location.leftJustified(20))
                   .arg(r.quantity, 5)
                   .arg(localTime(r.createdAt));
    out << "\n" << tr("  Last movements:") << "\n";
    if (movements->isEmpty())
        out << tr("    none") << "\n";
    for (const StockMovement& m : *movements)
        out << movementLine(m);
    out.flush();
    return ExitOk;
}

int stockAdjust(CommandContext& ctx)
{
    const QStringList positional = ctx.args().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(tr("Give exactly one SKU, e.g. 'stock adjust SP-MUG-BLU --location JHB1-A-03-12-2-04 "
                                 "--delta=-2 --reason damage'."));
    if (!ctx.args().isSet(kLocation))
        return ctx.usageError(tr("--location is required: the bin the units are in."));
    if (!ctx.args().isSet(kDelta))
        return ctx.usageError(tr("--delta is required: the units to add (positive) or take out (negative)."));
    if (!ctx.args().isSet(kReason))
        return ctx.usageError(tr("--reason is required."));
    bool ok = false;
    const int delta = ctx.args().value(kDelta).trimmed().toInt(&ok);
    if (!ok)
        return ctx.usageError(
            tr("--delta must be a whole number such as 5 or -3, not '%1'.").arg(ctx.args().value(kDelta)));
    const QString reasonKey = ctx.args().value(kReason).trimmed().toLower();
    const auto reason = StockReasons::fromKey(reasonKey);
    QStringList allowed;
    for (StockReason r : StockReasons::adjustmentReasons())
        allowed << StockReasons::key(r);
    if (!reason || !StockReasons::adjustmentReasons().contains(*reason))
        return ctx.usageError(
            tr("Unknown reason '%1'. Use one of: %2.").arg(reasonKey, allowed.join(QStringLiteral(", "))));

    auto db = ctx.openDatabase(int(Database::OpenMode::OpenExisting));
    if (!db)
        return ExitFailure;
    SystemClock clock;
    InventoryStore store(*db, clock, station(ctx));
    const QString actor = actorOf(ctx);
    const QString note = ctx.args().value(kNote);
    auto movement = store.adjust(positional.first(), ctx.args().value(kLocation), delta, *reason, actor, note);
    if (!movement)
        return ctx.failWith(movement.error());
    auto level = store.level(movement->sku, movement->location);
    if (!level)
        return ctx.failWith(level.error());
    if (ctx.json()) {
        QJsonObject o = movementJson(*movement);
        o.insert(QStringLiteral("on_hand"), level->onHand);
        o.insert(QStringLiteral("reserved"), level->reserved);
        o.insert(QStringLiteral("available"), level->available());
        ctx.printJson(o);
        return ExitOk;
    }
    ctx.out() << tr("%1 in %2: %3 (%4). On hand now %5, reserved %6, available %7.")
                     .arg(movement->sku, movement->location, signedNumber(movement->delta),
                          StockReasons::displayName(movement->reason))
                     .arg(level->onHand)
                     .arg(level->reserved)
                     .arg(level->available())
              << Qt::endl;
    return ExitOk;
}

int stockLow(CommandContext& ctx)
{
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
    InventoryStore store(*db, clock, QString()); // reads only
    auto items = store.lowStock(limit);
    if (!items)
        return ctx.failWith(items.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const LowStockItem& i : *items)
            array.append(QJsonObject{{QStringLiteral("sku"), i.sku},
                                     {QStringLiteral("name"), i.name},
                                     {QStringLiteral("on_hand"), i.onHand},
                                     {QStringLiteral("reserved"), i.reserved},
                                     {QStringLiteral("available"), i.available},
                                     {QStringLiteral("reorder_point"), i.reorderPoint}});
        ctx.printJson(array);
        return ExitOk;
    }
    ctx.out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(tr("SKU").leftJustified(18), tr("Available").rightJustified(9),
                          tr("On hand").rightJustified(8), tr("Reserved").rightJustified(9),
                          tr("Reorder at").rightJustified(10), tr("Name"));
    for (const LowStockItem& i : *items)
        ctx.out() << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                         .arg(i.sku.leftJustified(18))
                         .arg(i.available, 9)
                         .arg(i.onHand, 8)
                         .arg(i.reserved, 9)
                         .arg(i.reorderPoint, 10)
                         .arg(i.name);
    ctx.out() << QCoreApplication::translate("stationctl", "%n SKU(s) at or below their reorder point.", nullptr,
                                             int(items->size()))
              << Qt::endl;
    return ExitOk;
}

int stockCount(CommandContext& ctx)
{
    const QStringList positional = ctx.args().positionalArguments();
    if (positional.size() < 2)
        return ctx.usageError(tr("Give the bin and at least one count, e.g. 'stock count JHB1-A-03-12-2-04 "
                                 "SP-MUG-BLU=12 SP-MUG-RED=0'."));
    QList<CountedItem> counted;
    for (const QString& item : positional.mid(1)) {
        const qsizetype eq = item.lastIndexOf(u'=');
        bool ok = false;
        const int n = eq > 0 ? item.mid(eq + 1).trimmed().toInt(&ok) : 0;
        if (eq <= 0 || !ok)
            return ctx.usageError(tr("'%1' is not a count; write SKU=N, e.g. SP-MUG-BLU=12.").arg(item));
        counted.append(CountedItem{item.left(eq).trimmed(), n});
    }
    const bool confirm = ctx.args().isSet(kConfirm);
    auto db = ctx.openDatabase(int(Database::OpenMode::OpenExisting));
    if (!db)
        return ExitFailure;
    SystemClock clock;
    InventoryStore store(*db, clock, station(ctx));
    auto differences = store.compareCount(positional.first(), counted);
    if (!differences)
        return ctx.failWith(differences.error());
    QList<StockMovement> booked;
    if (confirm) {
        auto movements = store.confirmCount(positional.first(), counted, actorOf(ctx));
        if (!movements)
            return ctx.failWith(movements.error());
        booked = *movements;
    }
    if (ctx.json()) {
        QJsonArray diffs;
        for (const CountDifference& d : *differences)
            diffs.append(QJsonObject{{QStringLiteral("sku"), d.sku},
                                     {QStringLiteral("book"), d.book},
                                     {QStringLiteral("counted"), d.counted},
                                     {QStringLiteral("delta"), d.delta()}});
        QJsonArray moves;
        for (const StockMovement& m : booked)
            moves.append(movementJson(m));
        ctx.printJson(QJsonObject{{QStringLiteral("location"), Location::parse(positional.first())->code()},
                                  {QStringLiteral("confirmed"), confirm},
                                  {QStringLiteral("differences"), diffs},
                                  {QStringLiteral("movements"), moves}});
        return ExitOk;
    }
    QTextStream& out = ctx.out();
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(tr("SKU").leftJustified(18), tr("Book").rightJustified(6), tr("Counted").rightJustified(8),
                    tr("Difference").rightJustified(11));
    int differing = 0;
    for (const CountDifference& d : *differences) {
        if (d.delta() != 0)
            ++differing;
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(d.sku.leftJustified(18))
                   .arg(d.book, 6)
                   .arg(d.counted, 8)
                   .arg(signedNumber(d.delta()).rightJustified(11));
    }
    if (confirm)
        out << QCoreApplication::translate("stationctl", "%n cycle-count adjustment(s) booked.", nullptr,
                                           int(booked.size()))
            << Qt::endl;
    else if (differing > 0)
        out << QCoreApplication::translate(
                   "stationctl", "%n difference(s) found; run again with --confirm to book them.", nullptr, differing)
            << Qt::endl;
    else
        out << tr("The count matches the book.") << Qt::endl;
    return ExitOk;
}

int stockReconcile(CommandContext& ctx)
{
    if (!ctx.args().isSet(kFrom) || !ctx.args().isSet(kTo))
        return ctx.usageError(tr("--from and --to are required, e.g. --from 2026-03-01 --to 2026-03-31."));
    const QDate fromDate = QDate::fromString(ctx.args().value(kFrom).trimmed(), Qt::ISODate);
    const QDate toDate = QDate::fromString(ctx.args().value(kTo).trimmed(), Qt::ISODate);
    if (!fromDate.isValid())
        return ctx.usageError(tr("--from must be a date written YYYY-MM-DD, not '%1'.").arg(ctx.args().value(kFrom)));
    if (!toDate.isValid())
        return ctx.usageError(tr("--to must be a date written YYYY-MM-DD, not '%1'.").arg(ctx.args().value(kTo)));
    if (toDate < fromDate)
        return ctx.usageError(tr("--to must not be before --from."));
    if (!ctx.args().positionalArguments().isEmpty())
        return ctx.usageError(tr("Unexpected argument '%1'.").arg(ctx.args().positionalArguments().first()));
    // [start of --from, start of the day after --to), both in local time.
    const QDateTime from = QDateTime(fromDate, QTime(0, 0), Qt::LocalTime);
    const QDateTime to = QDateTime(toDate.addDays(1), QTime(0, 0), Qt::LocalTime);
    auto db = ctx.openDatabase(int(Database::OpenMode::OpenExisting));
    if (!db)
        return ExitFailure;
    SystemClock clock;
    InventoryStore store(*db, clock, QString()); // reads only
    auto lines = store.reconcile(from, to);
    if (!lines)
        return ctx.failWith(lines.error());
    int problems = 0;
    for (const ReconciliationLine& l : *lines)
        problems += int(l.discrepancies.size());
    if (ctx.json()) {
        QJsonArray array;
        for (const ReconciliationLine& l : *lines)
            array.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                     {QStringLiteral("picked"), l.picked},
                                     {QStringLiteral("shipped"), l.shipped},
                                     {QStringLiteral("returned"), l.returned},
                                     {QStringLiteral("restocked"), l.restocked},
                                     {QStringLiteral("adjusted"), l.adjusted},
                                     {QStringLiteral("discrepancies"), QJsonArray::fromStringList(l.discrepancies)}});
        ctx.printJson(QJsonObject{{QStringLiteral("from"), OrderJson::time(from)},
                                  {QStringLiteral("to"), OrderJson::time(to)},
                                  {QStringLiteral("ok"), problems == 0},
                                  {QStringLiteral("lines"), array}});
        return problems == 0 ? ExitOk : ExitFailure;
    }
    QTextStream& out = ctx.out();
    out << tr("Reconciliation from %1 to %2 (local time)").arg(localTime(from), localTime(to)) << "\n\n"
        << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(tr("SKU").leftJustified(18), tr("Picked").rightJustified(7), tr("Shipped").rightJustified(8),
                    tr("Returned").rightJustified(9), tr("Restocked").rightJustified(10),
                    tr("Adjusted").rightJustified(9));
    for (const ReconciliationLine& l : *lines) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(l.sku.leftJustified(18))
                   .arg(l.picked, 7)
                   .arg(l.shipped, 8)
                   .arg(l.returned, 9)
                   .arg(l.restocked, 10)
                   .arg(signedNumber(l.adjusted).rightJustified(9));
        for (const QString& d : l.discrepancies)
            out << QStringLiteral("    ! ") << d << "\n";
    }
    if (problems == 0)
        out << "\n" << tr("Every SKU balances.") << Qt::endl;
    else
        out << "\n"
            << QCoreApplication::translate("stationctl", "%n discrepancy(ies) found.", nullptr, problems) << Qt::endl;
    return problems == 0 ? ExitOk : ExitFailure;
}
int stockReorderPoint(CommandContext& ctx)
{
    const QStringList positional = ctx.args().positionalArguments();
    if (positional.size() != 2)
        return ctx.usageError(tr("Give a SKU and a number, e.g. 'stock reorder-point SP-MUG-BLU 12'."));
    bool ok = false;
    const int point = positional.at(1).trimmed().toInt(&ok);
    if (!ok || point < 0 || point > 1000000)
        return ctx.usageError(
            tr("The reorder point must be a whole number from 0 to 1000000, not '%1'.").arg(positional.at(1)));
    auto db = ctx.openDatabase(int(Database::OpenMode::OpenExisting));
    if (!db)
        return ExitFailure;
    SystemClock clock;
    InventoryStore store(*db, clock, station(ctx));
    if (auto r = store.setReorderPoint(positional.first(), point, actorOf(ctx)); !r)
        return ctx.failWith(r.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("sku"), positional.first().trimmed().toUpper()},
                                  {QStringLiteral("reorder_point"), point}});
        return ExitOk;
    }
    ctx.out() << tr("Reorder point of %1 set to %2.").arg(positional.first().trimmed().toUpper()).arg(point)
              << Qt::endl;
    return ExitOk;
}

} // namespace

void registerStockCommands(Cli& cli)
{
    cli.add({{QStringLiteral("stock"), QStringLiteral("show")},
             tr("Show a SKU's stock per bin, its reservations and its last movements."),
             QStringLiteral("SKU"),
             tr("With --json: an object with sku, name, on_hand, reserved, available, reorder_point, bins (location,\n"
                "on_hand, reserved, available, market_on_hand, version), reservations and the last 20 movements."),
             {},
             stockShow});
    cli.add({{QStringLiteral("stock"), QStringLiteral("adjust")},
             tr("Book a stock movement in one bin (audited and sent to the marketplace)."),
             QStringLiteral("SKU"),
             tr("Reasons: cycle_count, damage, found, correction, restock, return. The SKU must be in the catalogue\n"
                "or in stock, the bin code must be valid and its warehouse known, and on hand may not go below 0.\n"
                "When on hand falls below what is reserved, the newest reservations of orders not yet being picked\n"
                "are released and those orders go back to intake.\n"
                "Exit status: 0 booked, 1 refused (nothing changed), 2 wrong command line (nothing changed)."),
             {kLocation, kDelta, kReason, kNote, kActor, kStation},
             stockAdjust});
    cli.add({{QStringLiteral("stock"), QStringLiteral("low")},
             tr("List SKUs whose available stock is at or below their reorder point."),
             QString(),
             tr("With --json: an array of objects with sku, name, on_hand, reserved, available, reorder_point."),
             {kLimit},
             stockLow});
    cli.add({{QStringLiteral("stock"), QStringLiteral("reorder-point")},
             tr("Set the reorder point of a SKU: at or below it, the SKU is on the low-stock list."),
             QStringLiteral("SKU N"),
             tr("The change is audited with the actor."),
             {kActor, kStation},
             stockReorderPoint});
    cli.add({{QStringLiteral("stock"), QStringLiteral("count")},
             tr("Compare a count of one bin with the book; with --confirm, book the differences."),
             QStringLiteral("LOCATION SKU=N [SKU=N ...]"),
             tr("A SKU may be named more than once (the counts are added). SKUs the book has in the bin but the\n"
                "count does not name are taken as counted 0. --confirm books every difference as a cycle_count\n"
                "movement, all or nothing."),
             {kConfirm, kActor, kStation},
             stockCount});
    cli.add({{QStringLiteral("stock"), QStringLiteral("reconcile")},
             tr("Compare stock movements with shipped and returned quantities over a period."),
             QString(),
             tr("The period runs from 00:00 on --from to 24:00 on --to (the start of the next day, excluded), in\n"
                "local time. For the orders this station picked and that shipped in the period, the units picked\n"
                "must equal the units shipped; units restocked as returns must not exceed the units received on\n"
                "returns. Orders not yet shipped, and orders with no pick booked here, are left out of the\n"
                "comparison.\n"
                "Exit status: 0 everything balances, 1 discrepancies found (or an error), 2 wrong command line."),
             {kFrom, kTo},
             stockReconcile});
}

} // namespace saypro
