// stationctl: `demo generate`.

#include "Cli.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("stationctl", text);
}

const QCommandLineOption kOrders(QStringLiteral("orders"), tr("How many orders to generate (default 1000)."),
                                 QStringLiteral("N"), QStringLiteral("1000"));
const QCommandLineOption kSeed(QStringLiteral("seed"), tr("Seed; the same seed gives the same data (default 1)."),
                               QStringLiteral("S"), QStringLiteral("1"));
const QCommandLineOption kStation(QStringLiteral("station"),
                                  tr("Station id recorded in the audit log (default ST-01)."), QStringLiteral("ID"),
                                  QStringLiteral("ST-01"));

int demoGenerate(CommandContext& ctx)
{
    bool ok = false;
    const qint64 orders = ctx.args().value(kOrders).toLongLong(&ok);
    if (!ok || orders < 0)
        return ctx.usageError(
            tr("--orders must be a whole number of 0 or more, not '%1'.").arg(ctx.args().value(kOrders)));
    const quint64 seed = ctx.args().value(kSeed).toULongLong(&ok);
    if (!ok)
        return ctx.usageError(tr("--seed must be a whole number, not '%1'.").arg(ctx.args().value(kSeed)));
    const QString station = ctx.args().value(kStation).trimmed();
    if (station.isEmpty())
        return ctx.usageError(tr("--station must not be empty."));

    auto db = ctx.openDatabase(int(Database::OpenMode::CreateIfMissing));
    if (!db)
        return ExitFailure;
    SystemClock clock;
    int lastPercent = -1;
    auto summary = DemoGenerator::generate(*db, clock, orders, seed, station, [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (percent != lastPercent) {
            lastPercent = percent;
            ctx.err() << "\r" << tr("generating demo orders: %1 of %2 (%3%)").arg(done).arg(total).arg(percent);
            ctx.err().flush();
        }
    });
    if (lastPercent >= 0)
        ctx.err() << Qt::endl;
    if (!summary)
        return ctx.failWith(summary.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("path"), db->path()},
                                  {QStringLiteral("orders"), summary->orders},
                                  {QStringLiteral("products"), summary->products},
                                  {QStringLiteral("audit_rows"), summary->auditRows},
                                  {QStringLiteral("shipments"), summary->shipments},
                                  {QStringLiteral("seed"), QString::number(seed)},
                                  {QStringLiteral("elapsed_ms"), summary->elapsedMs}});
    } else {
        ctx.out() << tr("Generated %1 orders (%2 audit rows, %3 shipments) in %4 s into %5.")
                         .arg(summary->orders)
                         .arg(summary->auditRows)
                         .arg(summary->shipments)
                         .arg(double(summary->elapsedMs) / 1000.0, 0, 'f', 1)
                         .arg(db->path())
                  << Qt::endl;
    }
    return ExitOk;
}
} // namespace

void registerDemoCommands(Cli& cli)
{
    cli.add({{QStringLiteral("demo"), QStringLiteral("generate")},
             tr("Fill the database with realistic demo orders (deterministic by seed)."),
             QString(),
             tr("Adds a catalogue of products with valid GTIN-13s and bin locations, and orders from South African\n"
                "and US customers in a realistic spread of statuses, each with its history in the audit log.\n"
                "Orders are numbered after those already in the database."),
             {kOrders, kSeed, kStation},
             demoGenerate});
}

} // namespace saypro
