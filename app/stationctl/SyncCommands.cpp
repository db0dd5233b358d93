// stationctl: `sync` — mirror the marketplace into the station database and deliver the outbox.

#include "Cli.h"

#include "common/Clock.h"
#include "sync/MarketplaceClient.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSysInfo>
#include <QTimer>
#include <QUrl>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("stationctl", text);
}

/// The options of `sync`, made on first use (after the translations are installed).
struct SyncOptions
{
    const QCommandLineOption kServer{QStringLiteral("server"), tr("The marketplace's https:// address."),
                                     QStringLiteral("URL")};
    const QCommandLineOption kToken{QStringLiteral("token"),
                                    tr("The station's bearer token (default: the SAYPRO_MARKETPLACE_TOKEN variable)."),
                                    QStringLiteral("T")};
    const QCommandLineOption kCa{QStringLiteral("ca"),
                                 tr("A PEM file of certificates to trust besides the system's (e.g. the training "
                                    "marketplace's certificate). May be given more than once."),
                                 QStringLiteral("FILE")};
    const QCommandLineOption kCaOnly{QStringLiteral("ca-only"),
                                     tr("Trust only the certificates given with --ca, not the system's authorities.")};
    const QCommandLineOption kPin{QStringLiteral("pin"),
                                  tr("Require this SHA-256 public-key pin of the server certificate (sha256/BASE64)."),
                                  QStringLiteral("PIN")};
    const QCommandLineOption kStation{QStringLiteral("station"),
                                      tr("This station's id, sent as X-Station-Id (default: the host name)."),
                                      QStringLiteral("ID")};
    const QCommandLineOption kOnce{QStringLiteral("once"), tr("Run one sync and exit (the default).")};
    const QCommandLineOption kWatch{QStringLiteral("watch"), tr("Keep syncing until interrupted (Ctrl+C).")};
    const QCommandLineOption kInterval{QStringLiteral("interval"),
                                       tr("Seconds between the runs of --watch (default 30)."), QStringLiteral("S"),
                                       QStringLiteral("30")};
    const QCommandLineOption kTimeout{QStringLiteral("timeout"),
                                      tr("Seconds without data before a request is abandoned (default 30)."),
                                      QStringLiteral("S"), QStringLiteral("30")};
    const QCommandLineOption kPageSize{QStringLiteral("page-size"),
                                       tr("Items per page asked for (1-1000, default 200)."), QStringLiteral("N"),
                                       QStringLiteral("200")};
};

const SyncOptions& opts()
{
    static const SyncOptions o;
    return o;
}

#ifdef Q_OS_UNIX
int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &c, 1);
}
#endif

QJsonObject countsJson(const ResourceReport& r)
{
    return QJsonObject{
        {QStringLiteral("received"), r.counts.received},
        {QStringLiteral("inserted"), r.counts.inserted},
        {QStringLiteral("updated"), r.counts.updated},
        {QStringLiteral("unchanged"), r.counts.unchanged},
        {QStringLiteral("cancelled"), r.counts.cancelled},
        {QStringLiteral("status_changes"), r.counts.statusChanges},
        {QStringLiteral("tasks"), r.counts.tasks},
        {QStringLiteral("quarantined"), r.counts.quarantined},
        {QStringLiteral("pages"), r.counts.pages},
        {QStringLiteral("complete"), r.complete},
        {QStringLiteral("cursor"), r.cursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.cursor)}};
}

QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonObject reportJson(const SyncReport& r, const ConnectionSettings& s, const QString& database)
{
    QJsonObject resources;
    for (const ResourceReport& rr : r.resources)
        resources.insert(rr.resource, countsJson(rr));
    const IngestCounts total = r.total();
    QJsonObject o{{QStringLiteral("completed"), r.completed},
                  {QStringLiteral("server"), s.baseUrl.toString()},
                  {QStringLiteral("station"), s.stationId},
                  {QStringLiteral("database"), database},
                  {QStringLiteral("first_sync"), r.firstSync},
                  {QStringLiteral("started_at"), timeJson(r.startedAt)},
                  {QStringLiteral("finished_at"), timeJson(r.finishedAt)},
                  {QStringLiteral("last_success"), timeJson(r.lastSuccess)},
                  {QStringLiteral("orders_inserted"),
                   resources.value(QStringLiteral("orders")).toObject().value(QStringLiteral("inserted")).toInt()},
                  {QStringLiteral("orders_updated"),
                   resources.value(QStringLiteral("orders")).toObject().value(QStringLiteral("updated")).toInt()},
                  {QStringLiteral("items_received"), total.received},
                  {QStringLiteral("resources"), resources},
                  {QStringLiteral("events"), QJsonObject{{QStringLiteral("delivered"), r.eventsDelivered},
                                                         {QStringLiteral("rejected"), r.eventsRejected},
                                                         {QStringLiteral("retried"), r.eventsRetried},
                                                         {QStringLiteral("pending"), r.pendingEvents}}},
                  {QStringLiteral("problems_open"), r.openProblems},
                  {QStringLiteral("tasks_open"), r.openTasks},
                  {QStringLiteral("offline"), r.offline},
                  {QStringLiteral("unauthorized"), r.unauthorized}};
    if (r.intakeRan)
        o.insert(QStringLiteral("intake"),
                 QJsonObject{{QStringLiteral("examined"), r.intake.examined},
                             {QStringLiteral("ready"), r.intake.ready},
                             {QStringLiteral("held"), r.intake.held},
                             {QStringLiteral("backordered"), r.intake.backordered},
                             {QStringLiteral("released"), r.intake.released},
                             {QStringLiteral("still_held"), r.intake.stillHeld},
                             {QStringLiteral("skipped"), r.intake.skipped},
                             {QStringLiteral("notifications_queued"), r.intake.notificationsQueued}});
    if (r.hasError)
        o.insert(QStringLiteral("error"),
                 QJsonObject{{QStringLiteral("message"), r.error.message}, {QStringLiteral("detail"), r.error.detail}});
    return o;
}

void printText(CommandContext& ctx, const SyncReport& r)
{
    QTextStream& out = ctx.out();
    out << (r.completed ? tr("Sync completed.") : tr("Sync did not complete.")) << "\n";
    for (const ResourceReport& rr : r.resources) {
        out << "  " << rr.resource.leftJustified(16)
            << tr("%1 received, %2 new, %3 updated, %4 unchanged%5")
                   .arg(rr.counts.received)
                   .arg(rr.counts.inserted)
                   .arg(rr.counts.updated)
                   .arg(rr.counts.unchanged)
                   .arg(rr.complete ? QString() : tr(" (not finished)"))
            << "\n";
        if (rr.counts.cancelled || rr.counts.tasks || rr.counts.quarantined)
            out << "  " << QString().leftJustified(16)
                << tr("%1 cancelled, %2 task(s) for supervisors, %3 unreadable item(s) kept aside")
                       .arg(rr.counts.cancelled)
                       .arg(rr.counts.tasks)
                       .arg(rr.counts.quarantined)
                << "\n";
    }
    if (r.intakeRan)
        out << tr("  intake          %1 examined: %2 ready, %3 on hold, %4 waiting for stock, %5 released")
                   .arg(r.intake.examined)
                   .arg(r.intake.ready)
                   .arg(r.intake.held)
                   .arg(r.intake.backordered)
                   .arg(r.intake.released)
            << "\n";
    out << tr("  events          %1 delivered, %2 rejected, %3 still waiting")
               .arg(r.eventsDelivered)
               .arg(r.eventsRejected)
               .arg(r.pendingEvents)
        << "\n"
        << tr("  open problems   %1; open tasks %2").arg(r.openProblems).arg(r.openTasks) << "\n"
        << tr("  last success    %1")
               .arg(r.lastSuccess.isValid() ? r.lastSuccess.toLocalTime().toString(Qt::ISODate) : tr("never"))
        << Qt::endl;
}

int sync(CommandContext& ctx)
{
    QCommandLineParser& args = ctx.args();
    if (!args.positionalArguments().isEmpty())
        return ctx.usageError(tr("'sync' takes no arguments: %1").arg(args.positionalArguments().join(u' ')));
    if (!args.isSet(opts().kServer))
        return ctx.usageError(tr("--server URL is required."));
    ConnectionSettings settings;
    settings.baseUrl = QUrl(args.value(opts().kServer), QUrl::StrictMode);
    if (!settings.baseUrl.isValid() || settings.baseUrl.scheme() != QLatin1String("https") ||
        settings.baseUrl.host().isEmpty())
        return ctx.usageError(tr("--server must be an https:// address: %1").arg(args.value(opts().kServer)));
    settings.token =
        args.isSet(opts().kToken) ? args.value(opts().kToken) : qEnvironmentVariable("SAYPRO_MARKETPLACE_TOKEN");
    if (settings.token.isEmpty())
        return ctx.usageError(tr("--token T is required (or set SAYPRO_MARKETPLACE_TOKEN)."));
    if (args.isSet(opts().kOnce) && args.isSet(opts().kWatch))
        return ctx.usageError(tr("--once and --watch cannot be used together."));
    for (const QString& file : args.values(opts().kCa)) {
        if (!QFileInfo(file).isFile())
            return ctx.usageError(tr("The certificate file does not exist: %1").arg(file));
        const QList<QSslCertificate> certs =
            QSslCertificate::fromPath(file, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
        if (certs.isEmpty())
            return ctx.usageError(tr("No PEM certificate could be read from %1").arg(file));
        settings.caCertificates += certs;
    }
    if (args.isSet(opts().kCaOnly) && settings.caCertificates.isEmpty())
        return ctx.usageError(tr("--ca-only needs at least one --ca FILE."));
    settings.trustSystemCertificates = !args.isSet(opts().kCaOnly);
    if (args.isSet(opts().kPin)) {
        if (auto pin = MarketplaceClient::parsePin(args.value(opts().kPin)); !pin)
            return ctx.usageError(pin.error().message);
        settings.publicKeyPin = args.value(opts().kPin);
    }
    settings.stationId = args.isSet(opts().kStation) ? args.value(opts().kStation) : QSysInfo::machineHostName();
    bool ok = false;
    const int interval = args.value(opts().kInterval).toInt(&ok);
    if (!ok || interval < 1)
        return ctx.usageError(tr("--interval must be a whole number of seconds, at least 1."));
    const int timeout = args.value(opts().kTimeout).toInt(&ok);
    if (!ok || timeout < 1)
        return ctx.usageError(tr("--timeout must be a whole number of seconds, at least 1."));
    settings.requestTimeoutMs = timeout * 1000;
    SyncEngineOptions options;
    options.pageSize = args.value(opts().kPageSize).toInt(&ok);
    if (!ok || options.pageSize < 1 || options.pageSize > 1000)
        return ctx.usageError(tr("--page-size must be from 1 to 1000."));
    const bool watch = args.isSet(opts().kWatch);

    SystemClock clock;
    const QString database = QFileInfo(ctx.databasePath()).absoluteFilePath();
    SyncEngine engine(database, settings, options, clock);
    Error openError;
    bool opened = false;
    QObject::connect(&engine, &SyncEngine::opened, &engine, [&](bool okOpen, const Error& e) {
        opened = okOpen;
        openError = e;
    });
    engine.open();
    if (!opened)
        return ctx.failWith(openError);

    QObject::connect(&engine, &SyncEngine::progress, &engine, [&ctx](qint64 done, qint64 total) {
        if (total > 0)
            ctx.err() << tr("pulled %1 of about %2 items").arg(done).arg(total) << Qt::endl;
        else
            ctx.err() << tr("pulled %1 items").arg(done) << Qt::endl;
    });
    QObject::connect(&engine, &SyncEngine::started, &engine, [&ctx, &settings](bool firstSync) {
        ctx.err() << (firstSync ? tr("first sync with %1 …") : tr("syncing with %1 …")).arg(settings.baseUrl.toString())
                  << Qt::endl;
    });

    QEventLoop loop;
    bool interrupted = false;
#ifdef Q_OS_UNIX
    std::unique_ptr<QSocketNotifier> notifier;
    if (watch && ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &engine, [&] {
            char c = 0;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &c, 1);
            interrupted = true;
            ctx.err() << tr("interrupted: finishing") << Qt::endl;
            engine.cancel();
            loop.quit();
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
#endif

    SyncReport last;
    bool haveReport = false;
    QTimer next;
    next.setSingleShot(true);
    QObject::connect(&next, &QTimer::timeout, &engine, &SyncEngine::syncOnce);
    QObject::connect(&engine, &SyncEngine::finished, &engine, [&](const SyncReport& r) {
        if (interrupted && haveReport)
            return; // the cancelled run: keep the last complete summary
        last = r;
        haveReport = true;
        if (r.hasError)
            ctx.err() << tr("error: ") << r.error.message << Qt::endl << tr("detail: ") << r.error.detail << Qt::endl;
        if (watch) {
            if (ctx.json()) {
                ctx.out() << QString::fromUtf8(QJsonDocument(reportJson(r, engine.settings(), database))
                                                   .toJson(QJsonDocument::Compact))
                          << Qt::endl;
            } else {
                printText(ctx, r);
            }
            if (!interrupted)
                next.start(interval * 1000);
            return;
        }
        loop.quit();
    });
    QTimer::singleShot(0, &engine, &SyncEngine::syncOnce);
    loop.exec();
#ifdef Q_OS_UNIX
    if (notifier) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        notifier.reset();
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
    }
#endif
    if (!haveReport)
        return ExitFailure;
    if (!watch) {
        if (ctx.json())
            ctx.printJson(reportJson(last, engine.settings(), database));
        else
            printText(ctx, last);
    }
    return last.completed ? ExitOk : ExitFailure;
}
} // namespace

void registerSyncCommands(Cli& cli)
{
    cli.add({{QStringLiteral("sync")},
             tr("Mirror the marketplace into the station database and deliver the events waiting."),
             QString(),
             tr("Pulls orders, inventory, tracking events, returns and feedback page by page (each page and its\n"
                "cursor in one transaction) and delivers the outbox in order, each event with its own\n"
                "Idempotency-Key. Progress goes to standard error, the summary to standard output.\n"
                "Certificates are always verified: trust a private or training marketplace with --ca FILE\n"
                "(and --ca-only), and pin its key with --pin.\n"
                "Exit status: 0 when the sync completed (every page pulled, no event waiting except rejected\n"
                "ones), 1 otherwise (for example the marketplace is unreachable), 2 for a wrong command line.\n"
                "With --watch it runs every --interval seconds until Ctrl+C, printing a summary per run."),
             {opts().kServer, opts().kToken, opts().kCa, opts().kCaOnly, opts().kPin, opts().kStation, opts().kOnce,
              opts().kWatch, opts().kInterval, opts().kTimeout, opts().kPageSize},
             sync});
}

} // namespace saypro
