// stationctl: `tracking check` (is this a valid tracking number, of which carrier), `tracking ranges` (the number
// ranges configured and how far they are used) and `tracking add-range` (a range a carrier assigned).

#include "Cli.h"

#include "common/Clock.h"
#include "shipping/TrackingAllocator.h"
#include "shipping/TrackingNumbers.h"
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

const QCommandLineOption kCarrier(QStringLiteral("carrier"), tr("ups, usps, fedex, fedex_ground, dhl, s10 or local."),
                                  QStringLiteral("C"));
const QCommandLineOption kName(QStringLiteral("name"), tr("What people see, e.g. \"UPS account 5R8939, Ground\"."),
                               QStringLiteral("TEXT"));
const QCommandLineOption kPrefix(QStringLiteral("prefix"), tr("The fixed part before the serial."),
                                 QStringLiteral("P"));
const QCommandLineOption kSuffix(QStringLiteral("suffix"), tr("After the check digit (S10: the country)."),
                                 QStringLiteral("S"));
const QCommandLineOption kDigits(QStringLiteral("digits"), tr("How many digits the serial has."), QStringLiteral("N"));
const QCommandLineOption kFirst(QStringLiteral("first"), tr("First serial of the range."), QStringLiteral("N"));
const QCommandLineOption kLast(QStringLiteral("last"), tr("Last serial of the range."), QStringLiteral("N"));
const QCommandLineOption kDefaults(QStringLiteral("defaults"),
                                   tr("Add the built-in ranges for every carrier that has none."));
const QCommandLineOption kActor(QStringLiteral("actor"),
                                tr("Who made the change, for the audit log (default: the operating system user)."),
                                QStringLiteral("NAME"));

QString actorOf(CommandContext& ctx)
{
    QString given = ctx.args().value(kActor).trimmed();
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"})
        if (given.isEmpty())
            given = qEnvironmentVariable(variable).trimmed();
    return given.isEmpty() ? QStringLiteral("stationctl") : given;
}

QJsonObject rangeJson(const TrackingRange& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("carrier"), r.carrier},
                       {QStringLiteral("name"), r.name},
                       {QStringLiteral("prefix"), r.prefix},
                       {QStringLiteral("suffix"), r.suffix},
                       {QStringLiteral("serial_digits"), r.serialDigits},
                       {QStringLiteral("first"), r.firstSerial},
                       {QStringLiteral("last"), r.lastSerial},
                       {QStringLiteral("next"), r.nextSerial},
                       {QStringLiteral("used"), r.used()},
                       {QStringLiteral("left"), r.left()},
                       {QStringLiteral("nearly_exhausted"), r.isNearlyExhausted()},
                       {QStringLiteral("exhausted"), r.isExhausted()}};
}

int trackingCheck(CommandContext& ctx)
{
    const QStringList positional = ctx.args().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(tr("Give exactly one tracking number, e.g. 'tracking check 1Z5R89390357567127'."));
    const TrackingCheck c = TrackingNumbers::check(positional.first());
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("valid"), c.valid}, {QStringLiteral("number"), c.number}};
        if (!c.carrier.isEmpty())
            o.insert(QStringLiteral("carrier"), c.carrier);
        if (!c.format.isEmpty())
            o.insert(QStringLiteral("format"), c.format);
        if (!c.valid) {
            o.insert(QStringLiteral("error"), c.error);
            o.insert(QStringLiteral("detail"), c.detail);
        }
        ctx.printJson(o);
    } else if (c.valid) {
        ctx.out() << tr("%1: a valid %2 tracking number (%3).").arg(c.number, c.carrier, c.format) << Qt::endl;
    } else {
        ctx.err() << c.error << Qt::endl;
    }
    return c.valid ? ExitOk : ExitFailure;
}

int trackingRanges(CommandContext& ctx)
{
    if (!ctx.args().positionalArguments().isEmpty())
        return ctx.usageError(tr("Unexpected argument '%1'.").arg(ctx.args().positionalArguments().first()));
    auto db = ctx.openDatabase(int(Database::OpenMode::OpenExisting));
    if (!db)
        return ExitFailure;
    SystemClock clock;
    auto ranges = TrackingAllocator(*db, clock, QSysInfo::machineHostName()).ranges();
    if (!ranges)
        return ctx.failWith(ranges.error());
    if (ctx.json()) {
        QJsonArray array;
        for (const TrackingRange& r : *ranges)
            array.append(rangeJson(r));
        ctx.printJson(array);
        return ExitOk;
    }
    if (ranges->isEmpty()) {
        ctx.out() << tr("No tracking number ranges are configured. Add the built-in ones with 'tracking add-range "
                        "--defaults', or a carrier's with 'tracking add-range --carrier …'.")
                  << Qt::endl;
        return ExitOk;
    }
    for (const TrackingRange& r : *ranges) {
        const QString state = r.isExhausted()         ? tr("used up")
                              : r.isNearlyExhausted() ? tr("nearly used up")
                                                      : tr("%1 left").arg(r.left());
        ctx.out() << QStringLiteral("%1  %2  %3  %4-%5  %6  %7\n")
                         .arg(QString::number(r.id).rightJustified(3), r.carrier.leftJustified(12),
                              r.prefix.leftJustified(14))
                         .arg(r.firstSerial)
                         .arg(r.lastSerial)
                         .arg(state, r.name);
    }
    ctx.out().flush();
    return ExitOk;
}

int trackingAddRange(CommandContext& ctx)
{
    auto db = ctx.openDatabase(int(Database::OpenMode::OpenExisting));
    if (!db)
        return ExitFailure;
    SystemClock clock;
    TrackingAllocator allocator(*db, clock, QSysInfo::machineHostName());
    if (ctx.args().isSet(kDefaults)) {
        auto added = allocator.addDefaultRanges(actorOf(ctx));
        if (!added)
            return ctx.failWith(added.error());
        ctx.out() << QCoreApplication::translate("stationctl", "%n range(s) added.", nullptr, *added) << Qt::endl;
        return ExitOk;
    }
    for (const QCommandLineOption& needed : {kCarrier, kPrefix, kDigits, kFirst, kLast})
        if (!ctx.args().isSet(needed))
            return ctx.usageError(tr("--%1 is needed (or --defaults).").arg(needed.names().constFirst()));
    TrackingRange range;
    range.carrier = ctx.args().value(kCarrier).trimmed().toLower();
    range.name = ctx.args().isSet(kName) ? ctx.args().value(kName).trimmed() : range.carrier;
    range.prefix = ctx.args().value(kPrefix).trimmed().toUpper();
    range.suffix = ctx.args().value(kSuffix).trimmed().toUpper();
    bool okDigits = false;
    bool okFirst = false;
    bool okLast = false;
    range.serialDigits = ctx.args().value(kDigits).toInt(&okDigits);
    range.firstSerial = ctx.args().value(kFirst).toLongLong(&okFirst);
    range.lastSerial = ctx.args().value(kLast).toLongLong(&okLast);
    if (!okDigits || !okFirst || !okLast || range.firstSerial < 0 || range.lastSerial < range.firstSerial)
        return ctx.usageError(tr("--digits, --first and --last must be whole numbers, with --first not above --last."));
    auto id = allocator.addRange(range, actorOf(ctx));
    if (!id)
        return ctx.failWith(id.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("id"), *id}});
    else
        ctx.out() << tr("Range %1 added.").arg(*id) << Qt::endl;
    return ExitOk;
}
} // namespace

void registerTrackingCommands(Cli& cli)
{
    cli.add({{QStringLiteral("tracking"), QStringLiteral("check")},
             tr("Say whether a tracking number is valid, and of which carrier (format and check digit)."),
             QStringLiteral("NUMBER"),
             tr("Exit 0 when valid, 1 when not. With --json: {\"valid\", \"number\", \"carrier\": ups|usps|fedex|\n"
                "dhl|s10|local, \"format\", \"error\" and \"detail\" when not valid}."),
             {},
             trackingCheck});
    cli.add({{QStringLiteral("tracking"), QStringLiteral("ranges")},
             tr("List the tracking number ranges configured and how far each is used."),
             QString(),
             tr("A range at 90 % is nearly used up: ask the carrier for the next one."),
             {},
             trackingRanges});
    cli.add({{QStringLiteral("tracking"), QStringLiteral("add-range")},
             tr("Add a tracking number range a carrier assigned (audited), or the built-in ones."),
             QString(),
             tr("The range is checked by composing its first and last number; an overlapping range is refused.\n"
                "Example: tracking add-range --carrier dhl --name \"DHL Express\" --prefix 33 --digits 7 "
                "--first 1000000 --last 1999999"),
             {kCarrier, kName, kPrefix, kSuffix, kDigits, kFirst, kLast, kDefaults, kActor},
             trackingAddRange});
}

} // namespace saypro
