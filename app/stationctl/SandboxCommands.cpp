// stationctl: `sandbox serve`, the training marketplace on loopback until SIGINT or SIGTERM.

#include "Cli.h"

#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>
#else
#include <QTimer>
#endif

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("stationctl", text);
}

const QCommandLineOption kPort(QStringLiteral("port"),
                               tr("Loopback port to listen on; 0 picks a free one (default 8443)."),
                               QStringLiteral("P"), QStringLiteral("8443"));
const QCommandLineOption kOrders(QStringLiteral("orders"),
                                 tr("Orders the marketplace starts with when its database is new (default 200)."),
                                 QStringLiteral("N"), QStringLiteral("200"));
const QCommandLineOption kSeed(QStringLiteral("seed"),
                               tr("Seed of everything generated and of the faults; the same seed, the same life "
                                  "(default 1)."),
                               QStringLiteral("S"), QStringLiteral("1"));
const QCommandLineOption kToken(QStringLiteral("token"), tr("Bearer token stations must present (required)."),
                                QStringLiteral("T"));
const QCommandLineOption kArrivalRate(QStringLiteral("arrival-rate"),
                                      tr("New orders per minute; 0 means none (default 0)."), QStringLiteral("R"),
                                      QStringLiteral("0"));
const QCommandLineOption kCertOut(QStringLiteral("cert-out"),
                                  tr("Write the server's certificate (PEM) to FILE for clients to trust."),
                                  QStringLiteral("FILE"));
const QCommandLineOption
    kFaults(QStringLiteral("faults"),
            tr("Faults to inject, e.g. \"latency=200ms,5xx=0.1,429=0.05,drop=0.02,"
               "truncate=0.02,malformed=0.02\" or per endpoint \"orders:5xx=0.3;events:429=0.5\"."),
            QStringLiteral("SPEC"));
const QCommandLineOption kTimeScale(QStringLiteral("time-scale"),
                                    tr("Run the marketplace's life X times faster: payments, cancellations, carrier "
                                       "tracking, returns, ratings (default 1; 60 turns days into minutes)."),
                                    QStringLiteral("X"), QStringLiteral("1"));

#ifdef Q_OS_UNIX
/// SIGINT and SIGTERM end the event loop: the handler only writes a byte to a socket pair, and a
/// notifier on the other end quits the application on the main thread.
int gSignalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(gSignalFds[0], &byte, 1);
}
#else
/// Without socket pairs the handler only sets a flag, and a timer on the main thread looks at it.
volatile std::sig_atomic_t gSignalled = 0;

void onSignal(int)
{
    gSignalled = 1;
}
#endif

int sandboxServe(CommandContext& ctx)
{
    QCommandLineParser& args = ctx.args();
    bool ok = false;
    SandboxOptions options;
    const uint port = args.value(kPort).toUInt(&ok);
    if (!ok || port > 65535)
        return ctx.usageError(tr("--port must be a port number from 0 to 65535, not '%1'.").arg(args.value(kPort)));
    options.port = quint16(port);
    options.initialOrders = args.value(kOrders).toLongLong(&ok);
    if (!ok || options.initialOrders < 0 || options.initialOrders > 1'000'000)
        return ctx.usageError(
            tr("--orders must be a whole number from 0 to 1,000,000, not '%1'.").arg(args.value(kOrders)));
    options.seed = args.value(kSeed).toULongLong(&ok);
    if (!ok)
        return ctx.usageError(tr("--seed must be a whole number, not '%1'.").arg(args.value(kSeed)));
    options.faultSeed = options.seed;
    options.token = args.value(kToken).trimmed();
    if (options.token.isEmpty())
        return ctx.usageError(tr("--token is required: the bearer token stations must present."));
    options.arrivalRatePerMinute = args.value(kArrivalRate).toDouble(&ok);
    if (!ok || options.arrivalRatePerMinute < 0 || options.arrivalRatePerMinute > 60000)
        return ctx.usageError(tr("--arrival-rate must be a number of orders a minute from 0 to 60000, not '%1'.")
                                  .arg(args.value(kArrivalRate)));
    options.timeScale = args.value(kTimeScale).toDouble(&ok);
    if (!ok || !(options.timeScale > 0) || options.timeScale > 1'000'000)
        return ctx.usageError(tr("--time-scale must be a number above 0, not '%1'.").arg(args.value(kTimeScale)));
    options.faults = args.value(kFaults);
    if (auto spec = FaultSpec::parse(options.faults); !spec)
        return ctx.usageError(spec.error().message + QStringLiteral(" (") + spec.error().detail + u')');
    if (args.isSet(QStringLiteral("db")))
        options.databasePath = args.value(QStringLiteral("db"));

#ifdef Q_OS_UNIX
    // The handlers are installed before the server starts, so a signal during start-up is not lost.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, gSignalFds) != 0)
        return ctx.failWith(Error::make(Error::Code::Io, tr("The signal handler cannot be set up."),
                                        QString::fromLocal8Bit(strerror(errno))));
    QSocketNotifier notifier(gSignalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, QCoreApplication::instance(), [&notifier] {
        notifier.setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto got = ::read(gSignalFds[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
#else
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, QCoreApplication::instance(), [] {
        if (gSignalled)
            QCoreApplication::quit();
    });
    watch.start(100);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
#endif

    auto server = SandboxServer::start(options);
    if (!server)
        return ctx.failWith(server.error());

    if (args.isSet(kCertOut)) {
        QFile out(args.value(kCertOut));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write((*server)->certificate().toPem()) < 0 ||
            !out.flush())
            return ctx.failWith(Error::make(Error::Code::Io,
                                            tr("The certificate cannot be written to %1.").arg(args.value(kCertOut)),
                                            out.errorString()));
    }

    const QString url = (*server)->url().toString();
    if (ctx.json()) {
        ctx.printJson(
            QJsonObject{{QStringLiteral("url"), url},
                        {QStringLiteral("port"), (*server)->port()},
                        {QStringLiteral("certificate"),
                         args.isSet(kCertOut) ? QJsonValue(args.value(kCertOut)) : QJsonValue(QJsonValue::Null)}});
    } else {
        ctx.out() << url << Qt::endl;
    }
    const QString cert = args.isSet(kCertOut) ? args.value(kCertOut) : QStringLiteral("CERT.pem");
    ctx.err()
        << tr("Training marketplace serving %1 (training certificate; clients must trust it explicitly).").arg(url)
        << Qt::endl
        << tr("Try: curl --cacert %1 -H \"Authorization: Bearer %2\" \"%3/v1/orders?limit=5\"")
               .arg(cert, options.token, url)
        << Qt::endl;
    if (!args.isSet(kCertOut))
        ctx.err() << tr("(write the certificate with --cert-out FILE)") << Qt::endl;
    ctx.err() << tr("Stop with Ctrl+C.") << Qt::endl;

    QCoreApplication::exec();

    (*server)->stop();
    ctx.err() << tr("Training marketplace stopped.") << Qt::endl;
    return ExitOk;
}
} // namespace

void registerSandboxCommands(Cli& cli)
{
    cli.add({{QStringLiteral("sandbox"), QStringLiteral("serve")},
             tr("Run the training marketplace (Marketplace API v1 over HTTPS on loopback) until stopped."),
             QString(),
             tr("Serves docs/marketplace-api-v1.yaml on https://127.0.0.1:PORT with the training certificate, from\n"
                "its own database: --db PATH keeps the marketplace in that file between runs (never a station\n"
                "database); without --db it lives in a temporary file. Prints the URL on standard output and runs\n"
                "until SIGINT or SIGTERM, then exits 0.\n"
                "\n"
                "Fault specification (--faults): comma-separated key=value items; sections separated by ';' may\n"
                "start with an endpoint name and ':' to apply to that endpoint only (over the global items).\n"
                "  latency=200ms | 1s | 100-400ms   delay before answering\n"
                "  5xx=P        500, 502 or 503 (with Retry-After), before the request has any effect\n"
                "  429=P        429 with Retry-After, before the request has any effect\n"
                "  drop=P       connection aborted without an answer, after the request took effect\n"
                "  truncate=P   full Content-Length, half the body, connection closed; after effect\n"
                "  malformed=P  the real status with a body that is not JSON; after effect\n"
                "  retry-after=2s   the Retry-After of 429 and 503 (default 1s)\n"
                "P is a probability (0.05 or 5%). Endpoints: orders, order, claim, release, events, notifications,\n"
                "shipments, inventory, adjustments, tracking, returns, inspection, feedback.\n"
                "Example: --faults \"latency=50ms,5xx=0.05;orders:429=0.2;events:drop=0.1\""),
             {kPort, kOrders, kSeed, kToken, kArrivalRate, kCertOut, kFaults, kTimeScale},
             sandboxServe});
}

} // namespace saypro
