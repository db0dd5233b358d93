// stationctl: `label` (label a packed order, or export/reprint the label of a labelled one, as ZPL, PDF or PNG,
// optionally straight to a raw ZPL printer), `label void` (a supervisor gives the labels up), `manifest close`
// (the end-of-day manifest of a carrier, as PDF and CSV), `manifest list` and `manifest show` (reprint), and
// `print-jobs` (what was printed and what waits to print again).

#include "Cli.h"

#include "common/Clock.h"
#include "common/Settings.h"
#include "shipping/LabelPainter.h"
#include "shipping/PrintJobs.h"
#include "shipping/ShipmentStore.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>
#include <QTimeZone>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("stationctl", text);
}

const QCommandLineOption kFormat(QStringLiteral("format"), tr("zpl, pdf or png (default zpl)."), QStringLiteral("F"),
                                 QStringLiteral("zpl"));
const QCommandLineOption kOut(QStringLiteral("out"), tr("The file to write (PNG: one file per parcel, -2, -3… added)."),
                              QStringLiteral("FILE"));
const QCommandLineOption kDpi(QStringLiteral("dpi"), tr("203 or 300 (default 203)."), QStringLiteral("DPI"),
                              QStringLiteral("203"));
const QCommandLineOption kSize(QStringLiteral("size"), tr("4x6 or 4x8 inch (default 4x6)."), QStringLiteral("SIZE"),
                               QStringLiteral("4x6"));
const QCommandLineOption kService(QStringLiteral("service"),
                                  tr("Use this carrier service instead of the proposed one (needs --reason)."),
                                  QStringLiteral("KEY"));
const QCommandLineOption kReason(QStringLiteral("reason"), tr("Why (another service, a reprint, a void)."),
                                 QStringLiteral("TEXT"));
const QCommandLineOption kPrinter(QStringLiteral("printer"),
                                  tr("Send the ZPL to this label printer (host or host:port; port 9100 by default)."),
                                  QStringLiteral("HOST[:PORT]"));
const QCommandLineOption kSupervisor(QStringLiteral("supervisor"), tr("The supervisor who allows it."),
                                     QStringLiteral("NAME"));
const QCommandLineOption kCarrier(QStringLiteral("carrier"), tr("ups, usps, fedex, fedex_ground, dhl, s10 or local."),
                                  QStringLiteral("C"));
const QCommandLineOption kOutDir(QStringLiteral("out-dir"),
                                 tr("Where the manifest's PDF and CSV are written (default: the current folder)."),
                                 QStringLiteral("DIR"), QStringLiteral("."));
const QCommandLineOption kActor(QStringLiteral("actor"),
                                tr("Who does it, for the audit log (default: the operating system user)."),
                                QStringLiteral("NAME"));
const QCommandLineOption kLimit(QStringLiteral("limit"), tr("At most N rows (default 50)."), QStringLiteral("N"),
                                QStringLiteral("50"));

QString actorOf(CommandContext& ctx)
{
    QString given = ctx.args().value(kActor).trimmed();
    for (const char* variable : {"USER", "USERNAME", "LOGNAME"})
        if (given.isEmpty())
            given = qEnvironmentVariable(variable).trimmed();
    return given.isEmpty() ? QStringLiteral("stationctl") : given;
}

QString station()
{
    return QSysInfo::machineHostName();
}

ShipmentStore store(Database& db, const Clock& clock)
{
    QString warning;
    ShippingMethods methods = ShippingMethods::load(Settings().shippingCarriersFile(), &warning);
    if (!warning.isEmpty())
        QTextStream(stderr) << warning << Qt::endl;
    return ShipmentStore(db, clock, station(), std::move(methods));
}

Status writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(Error::Code::Io, tr("%1 cannot be written.").arg(path),
                    QStringLiteral("write %1: %2").arg(path, file.errorString()));
    return {};
}

QString numbered(const QString& path, int n)
{
    if (n == 1)
        return path;
    const QFileInfo info(path);
    const QString suffix = info.suffix().isEmpty() ? QString() : QString(QLatin1Char('.') + info.suffix());
    return QDir(info.path()).filePath(info.completeBaseName() + QStringLiteral("-%1").arg(n) + suffix);
}

/// The database, the shipment store and the shipment of the order named on the command line.
struct OrderAtBench
{
    std::unique_ptr<Database> db;
    SystemClock clock;
    std::unique_ptr<ShipmentStore> shipments;
    qint64 orderId = 0;
    Result<ShipmentView> view = std::unexpected(Error{});

    /// Null (with the reason printed and `exitCode` set) when the database, the order or its shipment is not there.
    static std::unique_ptr<OrderAtBench> open(CommandContext& ctx, Database::OpenMode mode, int* exitCode)
    {
        auto bench = std::make_unique<OrderAtBench>();
        bench->db = ctx.openDatabase(int(mode));
        if (!bench->db) {
            *exitCode = ExitFailure;
            return nullptr;
        }
        bench->shipments = std::make_unique<ShipmentStore>(store(*bench->db, bench->clock));
        auto id = bench->shipments->orderIdByNumber(ctx.args().positionalArguments().constFirst().trimmed());
        if (!id) {
            *exitCode = ctx.failWith(id.error());
            return nullptr;
        }
        bench->orderId = *id;
        bench->view = bench->shipments->view(*id);
        if (!bench->view) {
            *exitCode = ctx.failWith(bench->view.error());
            return nullptr;
        }
        return bench;
    }
};

int labelOrder(CommandContext& ctx)
{
    const QStringList positional = ctx.args().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(tr("Give exactly one order number, e.g. 'label SP-00012345 --format pdf --out l.pdf'."));
    const QString format = ctx.args().value(kFormat).trimmed().toLower();
    if (format != QLatin1String("zpl") && format != QLatin1String("pdf") && format != QLatin1String("png"))
        return ctx.usageError(tr("--format must be zpl, pdf or png."));
    const QString dpiText = ctx.args().value(kDpi);
    if (dpiText != QLatin1String("203") && dpiText != QLatin1String("300"))
        return ctx.usageError(tr("--dpi must be 203 or 300."));
    const int dpi = dpiText.toInt();
    const QString sizeText = ctx.args().value(kSize);
    if (sizeText != QLatin1String("4x6") && sizeText != QLatin1String("4x8"))
        return ctx.usageError(tr("--size must be 4x6 or 4x8."));
    const LabelSize size = sizeText == QLatin1String("4x8") ? LabelSize::FourByEight : LabelSize::FourBySix;
    const QString out = ctx.args().value(kOut);
    const QString printer = ctx.args().value(kPrinter);
    if (out.isEmpty() && printer.isEmpty())
        return ctx.usageError(tr("Say where the label goes: --out FILE, --printer HOST[:PORT], or both."));
    std::optional<std::pair<QString, quint16>> printerAddress;
    if (!printer.isEmpty()) {
        printerAddress = RawTcpPrinter::parseAddress(printer);
        if (!printerAddress)
            return ctx.usageError(tr("--printer must be a host name or address, with :PORT when not 9100."));
        if (format != QLatin1String("zpl"))
            return ctx.usageError(tr("A label printer takes ZPL: use --format zpl with --printer."));
    }

    if (!out.isEmpty()) {
        // Before anything is issued: a label that cannot be written must not label the order.
        const QFileInfo target(out);
        const QFileInfo folder(target.absolutePath());
        if (!folder.isDir() || !folder.isWritable() || (target.exists() && !target.isWritable()))
            return ctx.failWith(
                Error::make(Error::Code::Io, tr("%1 cannot be written; nothing was labelled.").arg(out),
                            QStringLiteral("label: --out %1 not writable").arg(target.absoluteFilePath())));
    }
    int exitCode = ExitOk;
    auto bench = OrderAtBench::open(ctx, Database::OpenMode::OpenExisting, &exitCode);
    if (!bench)
        return exitCode;
    SystemClock& clock = bench->clock;
    ShipmentStore& shipments = *bench->shipments;
    const qint64* orderId = &bench->orderId;
    auto& view = bench->view;
    auto& db = bench->db;
    const QString actor = actorOf(ctx);
    QStringList warnings;
    const bool reprint = view->isLabelled();
    if (!reprint) {
        LabelRequest request{ctx.args().value(kService).trimmed(), ctx.args().value(kReason)};
        view = shipments.label(*orderId, request, actor, &warnings);
        if (!view)
            return ctx.failWith(view.error());
    } else {
        if (ctx.args().isSet(kService))
            return ctx.failWith(
                Error::make(Error::Code::InvalidTransition,
                            tr("Order %1 is labelled already with %2; void its labels to change the "
                               "service.")
                                .arg(view->order.number, view->serviceKey),
                            QStringLiteral("label %1: --service on a labelled order").arg(view->order.number)));
        QString reason = ctx.args().value(kReason).trimmed();
        if (reason.isEmpty())
            reason = printer.isEmpty() ? tr("exported to %1").arg(out) : tr("reprinted on %1").arg(printer);
        if (auto r = shipments.recordReprint(*orderId, actor, reason); !r)
            return ctx.failWith(r.error());
    }
    auto labels = shipments.labels(*view);
    if (!labels)
        return ctx.failWith(labels.error());

    QByteArray zpl;
    for (const ShippingLabelData& l : std::as_const(*labels))
        zpl += ZplLabel::render(l, size, dpi);
    QStringList written;
    if (!out.isEmpty()) {
        if (format == QLatin1String("zpl")) {
            if (auto r = writeFile(out, zpl); !r)
                return ctx.failWith(r.error());
            written << out;
        } else if (format == QLatin1String("pdf")) {
            auto pdf = LabelPainter::toPdf(*labels, size);
            if (!pdf)
                return ctx.failWith(pdf.error());
            if (auto r = writeFile(out, *pdf); !r)
                return ctx.failWith(r.error());
            written << out;
        } else {
            for (qsizetype i = 0; i < labels->size(); ++i) {
                auto image = LabelPainter::toImage(labels->at(i), size, dpi);
                if (!image)
                    return ctx.failWith(image.error());
                const QString path = numbered(out, int(i + 1));
                QSaveFile file(path);
                if (!file.open(QIODevice::WriteOnly) || !image->save(&file, "PNG") || !file.commit())
                    return ctx.failWith(Error::make(Error::Code::Io, tr("%1 cannot be written.").arg(path),
                                                    QStringLiteral("write %1: %2").arg(path, file.errorString())));
                written << path;
            }
        }
    }
    QString printError;
    qint64 jobId = 0;
    if (printerAddress) {
        PrintJobs jobs(*db, clock, station());
        PrintJob job;
        job.actor = actor;
        job.document = QStringLiteral("label");
        job.orderId = *orderId;
        job.format = QStringLiteral("zpl");
        job.printer = QStringLiteral("tcp://%1:%2").arg(printerAddress->first).arg(printerAddress->second);
        job.reprint = reprint;
        job.reason = reprint ? tr("reprinted on %1").arg(printer) : QString();
        job.payload = zpl;
        auto id = jobs.add(job);
        if (!id)
            return ctx.failWith(id.error());
        jobId = *id;
        if (auto sent = RawTcpPrinter::sendBlocking(printerAddress->first, printerAddress->second, zpl); !sent) {
            printError = sent.error().message;
            if (auto r = jobs.markFailed(jobId, sent.error().detail); !r)
                return ctx.failWith(r.error());
        } else if (auto r = jobs.markPrinted(jobId); !r) {
            return ctx.failWith(r.error());
        }
    }

    QJsonArray numbers;
    for (const ShipmentParcel& p : view->parcels)
        numbers.append(p.trackingNumber);
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("order"), view->order.number},
                      {QStringLiteral("status"), OrderStatuses::key(view->order.status)},
                      {QStringLiteral("carrier"), view->carrier},
                      {QStringLiteral("service"), view->serviceKey},
                      {QStringLiteral("reason"), view->reason},
                      {QStringLiteral("tracking_numbers"), numbers},
                      {QStringLiteral("reprint"), reprint},
                      {QStringLiteral("files"), QJsonArray::fromStringList(written)},
                      {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}};
        if (printerAddress) {
            o.insert(QStringLiteral("print_job"), jobId);
            o.insert(QStringLiteral("printed"), printError.isEmpty());
            if (!printError.isEmpty())
                o.insert(QStringLiteral("print_error"), printError);
        }
        ctx.printJson(o);
    } else {
        ctx.out() << (reprint ? tr("Order %1: the labels again (%2).") : tr("Order %1 labelled: %2."))
                         .arg(view->order.number, view->reason)
                  << Qt::endl;
        for (const ShipmentParcel& p : view->parcels)
            ctx.out() << "  "
                      << tr("parcel %1 of %2: %3").arg(p.sequence).arg(view->parcels.size()).arg(p.trackingNumber)
                      << Qt::endl;
        for (const QString& w : std::as_const(warnings))
            ctx.err() << w << Qt::endl;
        for (const QString& path : std::as_const(written))
            ctx.out() << tr("Written: %1").arg(path) << Qt::endl;
        if (printerAddress && printError.isEmpty())
            ctx.out() << tr("Sent to the printer %1 (print job %2).").arg(printer).arg(jobId) << Qt::endl;
    }
    if (!printError.isEmpty()) {
        ctx.err() << printError << Qt::endl;
        return ExitFailure;
    }
    return ExitOk;
}

int labelVoid(CommandContext& ctx)
{
    const QStringList positional = ctx.args().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(tr("Give exactly one order number."));
    if (!ctx.args().isSet(kSupervisor) || !ctx.args().isSet(kReason))
        return ctx.usageError(tr("A void needs --supervisor NAME and --reason TEXT."));
    auto db = ctx.openDatabase(int(Database::OpenMode::OpenExisting));
    if (!db)
        return ExitFailure;
    SystemClock clock;
    ShipmentStore shipments = store(*db, clock);
    auto orderId = shipments.orderIdByNumber(positional.constFirst().trimmed());
    if (!orderId)
        return ctx.failWith(orderId.error());
    if (auto r = shipments.voidLabels(*orderId, ctx.args().value(kSupervisor), ctx.args().value(kReason)); !r)
        return ctx.failWith(r.error());
    if (ctx.json())
        ctx.printJson(
            QJsonObject{{QStringLiteral("order"), positional.constFirst()}, {QStringLiteral("voided"), true}});
    else
        ctx.out() << tr("The labels of %1 are void; the order is packed again.").arg(positional.constFirst())
                  << Qt::endl;
    return ExitOk;
}

QJsonObject manifestJson(const Manifest& m)
{
    QJsonArray rows;
    for (const Manifest::Row& r : m.rows)
        rows.append(QJsonObject{{QStringLiteral("order"), r.orderNumber},
                                {QStringLiteral("tracking_number"), r.trackingNumber},
                                {QStringLiteral("service"), r.service},
                                {QStringLiteral("parcel"), r.parcel},
                                {QStringLiteral("parcels"), r.parcels},
                                {QStringLiteral("weight_g"), r.weightGrams}});
    return QJsonObject{{QStringLiteral("id"), m.id},
                       {QStringLiteral("carrier"), m.carrier},
                       {QStringLiteral("closed_at"), m.closedAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("closed_by"), m.closedBy},
                       {QStringLiteral("weight_g"), m.weightGrams},
                       {QStringLiteral("parcels"), int(m.rows.size())},
                       {QStringLiteral("rows"), rows}};
}

int writeManifest(CommandContext& ctx, const Manifest& m)
{
    const QDir dir(ctx.args().value(kOutDir));
    if (!dir.exists())
        return ctx.failWith(Error::make(Error::Code::Io, tr("The folder %1 does not exist.").arg(dir.path()),
                                        QStringLiteral("manifest: no folder %1").arg(dir.absolutePath())));
    const QString base = dir.filePath(QStringLiteral("manifest-%1-%2").arg(m.carrier).arg(m.id));
    auto pdf = ShipmentStore::manifestPdf(m);
    if (!pdf)
        return ctx.failWith(pdf.error());
    if (auto r = writeFile(base + QStringLiteral(".pdf"), *pdf); !r)
        return ctx.failWith(r.error());
    if (auto r = writeFile(base + QStringLiteral(".csv"), ShipmentStore::manifestCsv(m)); !r)
        return ctx.failWith(r.error());
    if (ctx.json()) {
        QJsonObject o = manifestJson(m);
        o.insert(QStringLiteral("pdf"), QString(base + QStringLiteral(".pdf")));
        o.insert(QStringLiteral("csv"), QString(base + QStringLiteral(".csv")));
        ctx.printJson(o);
    } else {
        ctx.out() << QCoreApplication::translate("stationctl", "Manifest %1 (%2): %n parcel(s).", nullptr,
                                                 int(m.rows.size()))
                         .arg(m.id)
                         .arg(m.carrierName)
                  << Qt::endl
                  << tr("Written: %1.pdf and %1.csv").arg(base) << Qt::endl;
    }
    return ExitOk;
}

int manifestClose(CommandContext& ctx)
{
    if (!ctx.args().isSet(kCarrier))
        return ctx.usageError(tr("Say which carrier: --carrier ups (or usps, fedex, fedex_ground, dhl, s10, local)."));
    // The folder first: a closed manifest hands the parcels over, so its papers must be writable before.
    const QFileInfo folder(ctx.args().value(kOutDir));
    if (!folder.isDir() || !folder.isWritable())
        return ctx.failWith(Error::make(
            Error::Code::Io,
            tr("The folder %1 does not exist or cannot be written; nothing was closed.").arg(folder.filePath()),
            QStringLiteral("manifest close: out-dir %1").arg(folder.absoluteFilePath())));
    auto db = ctx.openDatabase(int(Database::OpenMode::OpenExisting));
    if (!db)
        return ExitFailure;
    SystemClock clock;
    ShipmentStore shipments = store(*db, clock);
    auto m = shipments.closeManifest(ctx.args().value(kCarrier).trimmed().toLower(), actorOf(ctx));
    if (!m)
        return ctx.failWith(m.error());
    return writeManifest(ctx, *m);
}

int manifestShow(CommandContext& ctx)
{
    const QStringList positional = ctx.args().positionalArguments();
    bool ok = false;
    const qint64 id = positional.size() == 1 ? positional.constFirst().toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return ctx.usageError(tr("Give the manifest's number, e.g. 'manifest show 12'."));
    auto db = ctx.openDatabase(int(Database::OpenMode::ReadOnly));
    if (!db)
        return ExitFailure;
    SystemClock clock;
    ShipmentStore shipments = store(*db, clock);
    auto m = shipments.manifest(id);
    if (!m)
        return ctx.failWith(m.error());
    return writeManifest(ctx, *m);
}

int manifestList(CommandContext& ctx)
{
    auto db = ctx.openDatabase(int(Database::OpenMode::ReadOnly));
    if (!db)
        return ExitFailure;
    SystemClock clock;
    ShipmentStore shipments = store(*db, clock);
    auto waiting = shipments.awaitingManifest();
    if (!waiting)
        return ctx.failWith(waiting.error());
    auto list = shipments.manifests(std::clamp(ctx.args().value(kLimit).toInt(), 1, 10000));
    if (!list)
        return ctx.failWith(list.error());
    if (ctx.json()) {
        QJsonObject open;
        for (const auto& [carrier, parcels] : std::as_const(*waiting))
            open.insert(carrier, parcels);
        QJsonArray closed;
        for (const Manifest& m : std::as_const(*list)) {
            QJsonObject o = manifestJson(m);
            o.remove(QStringLiteral("rows"));
            closed.append(o);
        }
        ctx.printJson(QJsonObject{{QStringLiteral("awaiting"), open}, {QStringLiteral("manifests"), closed}});
        return ExitOk;
    }
    if (waiting->isEmpty())
        ctx.out() << tr("No labelled parcels are waiting for a manifest.") << Qt::endl;
    for (const auto& [carrier, parcels] : std::as_const(*waiting))
        ctx.out() << QCoreApplication::translate("stationctl", "%1: %n parcel(s) waiting for the manifest.", nullptr,
                                                 parcels)
                         .arg(carrier)
                  << Qt::endl;
    for (const Manifest& m : std::as_const(*list))
        ctx.out() << QCoreApplication::translate("stationctl", "Manifest %1  %2  %3  %n parcel(s)  by %4", nullptr,
                                                 int(m.rows.size()))
                         .arg(m.id)
                         .arg(m.carrier, m.closedAt.toLocalTime().toString(Qt::ISODate), m.closedBy)
                  << Qt::endl;
    return ExitOk;
}

int printJobsList(CommandContext& ctx)
{
    auto db = ctx.openDatabase(int(Database::OpenMode::ReadOnly));
    if (!db)
        return ExitFailure;
    SystemClock clock;
    auto list = PrintJobs(*db, clock, station()).latest(std::clamp(ctx.args().value(kLimit).toInt(), 1, 10000));
    if (!list)
        return ctx.failWith(list.error());
    QJsonArray rows;
    for (const PrintJob& j : std::as_const(*list)) {
        if (ctx.json())
            rows.append(QJsonObject{{QStringLiteral("id"), j.id},
                                    {QStringLiteral("document"), j.document},
                                    {QStringLiteral("format"), j.format},
                                    {QStringLiteral("printer"), j.printer},
                                    {QStringLiteral("status"), j.status},
                                    {QStringLiteral("attempts"), j.attempts},
                                    {QStringLiteral("reprint"), j.reprint},
                                    {QStringLiteral("reason"), j.reason},
                                    {QStringLiteral("error"), j.lastError},
                                    {QStringLiteral("actor"), j.actor},
                                    {QStringLiteral("created_at"), j.createdAt.toString(Qt::ISODate)}});
        else
            ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6")
                             .arg(j.id)
                             .arg(j.createdAt.toLocalTime().toString(Qt::ISODate), j.document, j.printer, j.status,
                                  j.lastError)
                      << Qt::endl;
    }
    if (ctx.json())
        ctx.printJson(rows);
    return ExitOk;
}

const QCommandLineOption kWName(QStringLiteral("name"), tr("The warehouse's name, as the sender on labels."),
                                QStringLiteral("TEXT"));
const QCommandLineOption kLine1(QStringLiteral("line1"), tr("Street address."), QStringLiteral("TEXT"));
const QCommandLineOption kLine2(QStringLiteral("line2"), tr("Second address line."), QStringLiteral("TEXT"));
const QCommandLineOption kCity(QStringLiteral("city"), tr("City."), QStringLiteral("TEXT"));
const QCommandLineOption kRegion(QStringLiteral("region"), tr("Province or state code (GP, KZN, CA…)."),
                                 QStringLiteral("CODE"));
const QCommandLineOption kPostal(QStringLiteral("postal-code"), tr("Postal code."), QStringLiteral("CODE"));
const QCommandLineOption kCountry(QStringLiteral("country"), tr("ISO 3166-1 alpha-2 country code (ZA, US…)."),
                                  QStringLiteral("CC"));
const QCommandLineOption kTimeZone(QStringLiteral("time-zone"), tr("IANA time zone (default Africa/Johannesburg)."),
                                   QStringLiteral("ZONE"));

const QCommandLineOption kKind(QStringLiteral("kind"), tr("packing-slip (default), invoice or return-instructions."),
                               QStringLiteral("KIND"), QStringLiteral("packing-slip"));
const QCommandLineOption kPaper(QStringLiteral("paper"), tr("a4 (default) or letter."), QStringLiteral("PAPER"),
                                QStringLiteral("a4"));

int documentOrder(CommandContext& ctx)
{
    const QStringList positional = ctx.args().positionalArguments();
    if (positional.size() != 1)
        return ctx.usageError(tr("Give exactly one order number, e.g. 'document SP-00012345 --out slip.pdf'."));
    const QString kindText = ctx.args().value(kKind).trimmed().toLower();
    DocumentKind kind = DocumentKind::PackingSlip;
    if (kindText == QLatin1String("invoice"))
        kind = DocumentKind::Invoice;
    else if (kindText == QLatin1String("return-instructions"))
        kind = DocumentKind::ReturnInstructions;
    else if (kindText != QLatin1String("packing-slip"))
        return ctx.usageError(tr("--kind must be packing-slip, invoice or return-instructions."));
    const QString paperText = ctx.args().value(kPaper).trimmed().toLower();
    if (paperText != QLatin1String("a4") && paperText != QLatin1String("letter"))
        return ctx.usageError(tr("--paper must be a4 or letter."));
    const QString out = ctx.args().value(kOut);
    if (out.isEmpty())
        return ctx.usageError(tr("Say where the PDF goes: --out FILE."));
    int exitCode = ExitOk;
    auto bench = OrderAtBench::open(ctx, Database::OpenMode::ReadOnly, &exitCode);
    if (!bench)
        return exitCode;
    ShipmentStore& shipments = *bench->shipments;
    auto& view = bench->view;
    auto pdf = ShippingDocuments::toPdf(kind, shipments.documentContext(*view),
                                        paperText == QLatin1String("letter") ? PaperSize::Letter : PaperSize::A4);
    if (!pdf)
        return ctx.failWith(pdf.error());
    if (auto r = writeFile(out, *pdf); !r)
        return ctx.failWith(r.error());
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("order"), view->order.number},
                                  {QStringLiteral("kind"), kindText},
                                  {QStringLiteral("file"), out}});
    else
        ctx.out() << tr("Written: %1").arg(out) << Qt::endl;
    return ExitOk;
}

QJsonObject warehouseJson(const Warehouse& w)
{
    return QJsonObject{{QStringLiteral("code"), w.code},
                       {QStringLiteral("name"), w.name},
                       {QStringLiteral("line1"), w.address.line1},
                       {QStringLiteral("city"), w.address.city},
                       {QStringLiteral("region"), w.address.region},
                       {QStringLiteral("postal_code"), w.address.postalCode},
                       {QStringLiteral("country"), w.address.country},
                       {QStringLiteral("time_zone"), w.timeZone}};
}

int warehouseList(CommandContext& ctx)
{
    auto db = ctx.openDatabase(int(Database::OpenMode::ReadOnly));
    if (!db)
        return ExitFailure;
    auto list = CatalogueStore(*db).warehouses();
    if (!list)
        return ctx.failWith(list.error());
    QJsonArray rows;
    for (const Warehouse& w : std::as_const(*list)) {
        rows.append(warehouseJson(w));
        if (!ctx.json())
            ctx.out() << w.code << "  " << w.name << "  " << w.address.lines().join(QStringLiteral(", ")) << Qt::endl;
    }
    if (ctx.json())
        ctx.printJson(rows);
    return ExitOk;
}

int warehouseSet(CommandContext& ctx)
{
    const QStringList positional = ctx.args().positionalArguments();
    if (positional.size() != 1 || positional.constFirst().trimmed().isEmpty())
        return ctx.usageError(tr("Give the warehouse code, e.g. 'warehouse set JHB1 --name \"SayPro Midrand DC\" …'."));
    for (const QCommandLineOption& needed : {kWName, kLine1, kCity, kPostal, kCountry})
        if (ctx.args().value(needed).trimmed().isEmpty())
            return ctx.usageError(
                tr("--%1 is needed: a label shows the sender's full address.").arg(needed.names().constFirst()));
    const QString country = ctx.args().value(kCountry).trimmed().toUpper();
    if (country.size() != 2 || !country.at(0).isLetter() || !country.at(1).isLetter())
        return ctx.usageError(tr("--country must be a two-letter ISO code such as ZA or US."));
    const QString zone =
        ctx.args().isSet(kTimeZone) ? ctx.args().value(kTimeZone).trimmed() : QStringLiteral("Africa/Johannesburg");
    if (!QTimeZone(zone.toUtf8()).isValid())
        return ctx.usageError(tr("--time-zone \"%1\" is not an IANA time zone such as Africa/Johannesburg.").arg(zone));
    Warehouse w;
    w.code = positional.constFirst().trimmed().toUpper();
    w.name = ctx.args().value(kWName).trimmed();
    w.address = Address{w.name,
                        ctx.args().value(kLine1).trimmed(),
                        ctx.args().value(kLine2).trimmed(),
                        QString(),
                        ctx.args().value(kCity).trimmed(),
                        ctx.args().value(kRegion).trimmed().toUpper(),
                        ctx.args().value(kPostal).trimmed(),
                        country};
    w.timeZone = zone;
    auto db = ctx.openDatabase(int(Database::OpenMode::OpenExisting));
    if (!db)
        return ExitFailure;
    if (auto r = CatalogueStore(*db).upsertWarehouse(w); !r)
        return ctx.failWith(r.error());
    if (ctx.json())
        ctx.printJson(warehouseJson(w));
    else
        ctx.out() << tr("Warehouse %1 saved: %2").arg(w.code, w.address.lines().join(QStringLiteral(", "))) << Qt::endl;
    return ExitOk;
}

} // namespace

void registerShippingCommands(Cli& cli)
{
    cli.add({{QStringLiteral("document")},
             tr("Write an order's packing slip, invoice or return instructions as a PDF."),
             QStringLiteral("ORDER_NUMBER"),
             tr("For a packed, labelled or shipped order. A gift order's packing slip shows the gift message and no\n"
                "prices."),
             {kKind, kPaper, kOut},
             documentOrder});
    cli.add({{QStringLiteral("warehouse"), QStringLiteral("list")},
             tr("List the warehouses and their addresses (the sender on labels)."),
             QString(),
             QString(),
             {},
             warehouseList});
    cli.add({{QStringLiteral("warehouse"), QStringLiteral("set")},
             tr("Set a warehouse's name and address (the sender on its labels)."),
             QStringLiteral("CODE"),
             tr("Example: warehouse set JHB1 --name \"SayPro Midrand DC\" --line1 \"1 Allandale Road\" --city Midrand "
                "--region GP --postal-code 1685 --country ZA"),
             {kWName, kLine1, kLine2, kCity, kRegion, kPostal, kCountry, kTimeZone},
             warehouseSet});
    cli.add({{QStringLiteral("label")},
             tr("Label a packed order (service, tracking numbers, marketplace shipment) or export its label again."),
             QStringLiteral("ORDER_NUMBER"),
             tr("A packed order is labelled first: the cheapest service that arrives in time (or --service with\n"
                "--reason), one tracking number per parcel, packed -> labelled, the marketplace told. A labelled\n"
                "order's label is written again (a reprint, audited). Exit 1 when the order cannot be labelled or the\n"
                "printer does not take the label (the label is kept: 'print-jobs' lists it)."),
             {kFormat, kOut, kDpi, kSize, kService, kReason, kPrinter, kActor},
             labelOrder});
    cli.add({{QStringLiteral("label"), QStringLiteral("void")},
             tr("Void the labels of a labelled order (a supervisor; refused once manifested)."),
             QStringLiteral("ORDER_NUMBER"),
             tr("The tracking numbers are never issued again; the order goes back to packed."),
             {kSupervisor, kReason},
             labelVoid});
    cli.add({{QStringLiteral("manifest"), QStringLiteral("close")},
             tr("Close the end-of-day manifest of a carrier: its labelled parcels are shipped."),
             QString(),
             tr("Writes manifest-CARRIER-ID.pdf (for the driver to sign) and .csv into --out-dir."),
             {kCarrier, kOutDir, kActor},
             manifestClose});
    cli.add({{QStringLiteral("manifest"), QStringLiteral("list")},
             tr("List parcels waiting for a manifest and the latest manifests."),
             QString(),
             QString(),
             {kLimit},
             manifestList});
    cli.add({{QStringLiteral("manifest"), QStringLiteral("show")},
             tr("Write a closed manifest's PDF and CSV again (a reprint)."),
             QStringLiteral("ID"),
             QString(),
             {kOutDir},
             manifestShow});
    cli.add({{QStringLiteral("print-jobs")},
             tr("List the latest print jobs and whether they printed."),
             QString(),
             QString(),
             {kLimit},
             printJobsList});
}

} // namespace saypro
