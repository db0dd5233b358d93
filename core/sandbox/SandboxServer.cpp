#include "SandboxServer.h"

#include "sandbox/SandboxLogging.h"
#include "sandbox/SandboxService.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <optional>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxServer", text);
}

std::unexpected<Error> notRunning()
{
    return std::unexpected(Error::make(Error::Code::Unsupported, tr("The training marketplace is not running."),
                                       QStringLiteral("sandbox server stopped")));
}

Status validate(const SandboxOptions& o)
{
    auto bad = [](const QString& message, const QString& detail) {
        return fail(Error::Code::InvalidArgument, message, detail);
    };
    if (o.token.trimmed().isEmpty())
        return bad(tr("The training marketplace needs a bearer token."), QStringLiteral("empty token"));
    if (o.initialOrders < 0 || o.initialOrders > 1'000'000)
        return bad(tr("The number of orders must be between 0 and 1,000,000."),
                   QStringLiteral("initialOrders = %1").arg(o.initialOrders));
    if (!std::isfinite(o.arrivalRatePerMinute) || o.arrivalRatePerMinute < 0 || o.arrivalRatePerMinute > 60000)
        return bad(tr("The arrival rate must be between 0 and 60,000 orders a minute."),
                   QStringLiteral("arrivalRatePerMinute = %1").arg(o.arrivalRatePerMinute));
    if (!std::isfinite(o.timeScale) || o.timeScale <= 0 || o.timeScale > 1'000'000)
        return bad(tr("The time scale must be a number above 0 (1 is real time)."),
                   QStringLiteral("timeScale = %1").arg(o.timeScale));
    for (double share : {o.cancelShare, o.pendingPaymentShare, o.failedPaymentShare, o.returnShare, o.feedbackShare})
        if (!std::isfinite(share) || share < 0 || share > 1)
            return bad(tr("Shares of orders must be between 0 and 1."), QStringLiteral("share = %1").arg(share));
    if (o.pendingPaymentShare + o.failedPaymentShare > 1)
        return bad(tr("Shares of orders must be between 0 and 1."),
                   QStringLiteral("pending + failed payment share > 1"));
    if (auto spec = FaultSpec::parse(o.faults); !spec)
        return std::unexpected(spec.error());
    return {};
}

QByteArray readResource(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

QSslCertificate SandboxServer::trainingCertificate()
{
    return QSslCertificate(readResource(QStringLiteral(":/sandbox/training-cert.pem")), QSsl::Pem);
}

QSslKey SandboxServer::trainingKey()
{
    return QSslKey(readResource(QStringLiteral(":/sandbox/training-key.pem")), QSsl::Ec, QSsl::Pem);
}

template <typename F> auto SandboxServer::onServerThread(F&& function) const
{
    using R = std::invoke_result_t<F, SandboxService&>;
    if (!m_service)
        return R(notRunning());
    std::optional<R> result;
    SandboxService* service = m_service;
    QMetaObject::invokeMethod(
        service, [&] { result.emplace(function(*service)); }, Qt::BlockingQueuedConnection);
    return result ? std::move(*result) : R(notRunning());
}

Result<std::unique_ptr<SandboxServer>> SandboxServer::start(const SandboxOptions& given)
{
    if (auto v = validate(given); !v)
        return std::unexpected(v.error());
    SandboxOptions options = given;
    if (options.certificate.isNull() != options.privateKey.isNull())
        return fail(Error::Code::InvalidArgument, tr("A certificate needs its private key, and a key its certificate."),
                    QStringLiteral("certificate and privateKey must be given together"));
    if (options.certificate.isNull()) {
        options.certificate = trainingCertificate();
        options.privateKey = trainingKey();
        if (options.certificate.isNull() || options.privateKey.isNull())
            return fail(Error::Code::Io, tr("The training certificate is missing from this program."),
                        QStringLiteral(":/sandbox/training-cert.pem or training-key.pem not readable"));
    }

    std::unique_ptr<SandboxServer> server(new SandboxServer());
    server->m_certificate = options.certificate;
    server->m_token = options.token;
    if (options.databasePath.isEmpty()) {
        server->m_temporaryDir = std::make_unique<QTemporaryDir>();
        if (!server->m_temporaryDir->isValid())
            return fail(Error::Code::Io, tr("No temporary file can be made for the training marketplace."),
                        server->m_temporaryDir->errorString());
        options.databasePath = server->m_temporaryDir->filePath(QStringLiteral("sandbox.sqlite"));
    }

    server->m_thread = std::make_unique<QThread>();
    server->m_thread->setObjectName(QStringLiteral("saypro-sandbox"));
    auto* service = new SandboxService(options, options.certificate, options.privateKey);
    service->moveToThread(server->m_thread.get());
    QObject::connect(server->m_thread.get(), &QThread::finished, service, &QObject::deleteLater);
    server->m_service = service;
    server->m_thread->start();

    auto port = server->onServerThread([](SandboxService& s) { return s.open(); });
    if (!port) {
        server->stop();
        return std::unexpected(port.error());
    }
    server->m_port = *port;
    return server;
}

SandboxServer::~SandboxServer()
{
    stop();
}

void SandboxServer::stop()
{
    if (!m_thread)
        return;
    if (m_service) {
        SandboxService* service = m_service;
        QMetaObject::invokeMethod(
            service, [service] { service->close(); }, Qt::BlockingQueuedConnection);
        m_service = nullptr; // deleted on its thread as the thread finishes
    }
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    m_temporaryDir.reset();
    qCInfo(lcSandbox) << "training marketplace stopped";
}

QUrl SandboxServer::url() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
}

Status SandboxServer::setFaults(const QString& spec, quint64 seed)
{
    return onServerThread([&](SandboxService& s) { return s.setFaults(spec, seed); });
}

Status SandboxServer::setFaults(const QString& spec, FaultInjector::RandomSource source)
{
    return onServerThread([&](SandboxService& s) { return s.setFaults(spec, std::move(source)); });
}

Result<FaultInjector::Counts> SandboxServer::faultCounts() const
{
    return onServerThread([](SandboxService& s) { return Result<FaultInjector::Counts>(s.faultCounts()); });
}

Result<QDateTime> SandboxServer::now() const
{
    return onServerThread([](SandboxService& s) { return Result<QDateTime>(s.now()); });
}

Result<QDateTime> SandboxServer::advanceTime(std::chrono::milliseconds by)
{
    return onServerThread([by](SandboxService& s) { return s.advanceTime(by.count()); });
}

Result<int> SandboxServer::drain()
{
    return onServerThread([](SandboxService& s) { return s.drain(); });
}

Status SandboxServer::cancelOrder(const QString& orderId)
{
    return onServerThread([&](SandboxService& s) { return s.cancelOrder(orderId); });
}

Status SandboxServer::capturePayment(const QString& orderId)
{
    return onServerThread([&](SandboxService& s) { return s.capturePayment(orderId); });
}

Result<QStringList> SandboxServer::createOrders(int count)
{
    return onServerThread([count](SandboxService& s) { return s.createOrders(count); });
}

Result<QJsonObject> SandboxServer::order(const QString& orderId) const
{
    return onServerThread([&](SandboxService& s) { return s.order(orderId); });
}

Result<QList<QJsonObject>> SandboxServer::orders() const
{
    return onServerThread([](SandboxService& s) { return s.orders(); });
}

Result<SandboxCounts> SandboxServer::countsForOrder(const QString& orderId) const
{
    return onServerThread([&](SandboxService& s) { return s.countsForOrder(orderId); });
}

Result<SandboxCounts> SandboxServer::countsForKey(const QString& idempotencyKey) const
{
    return onServerThread([&](SandboxService& s) { return s.countsForKey(idempotencyKey); });
}

Result<int> SandboxServer::requestsWithKey(const QString& idempotencyKey) const
{
    return onServerThread([&](SandboxService& s) { return Result<int>(s.requestsWithKey(idempotencyKey)); });
}

Result<int> SandboxServer::inFlightCount() const
{
    return onServerThread([](SandboxService& s) { return Result<int>(s.inFlightCount()); });
}

Result<QList<QJsonObject>> SandboxServer::inventory() const
{
    return onServerThread([](SandboxService& s) { return s.inventory(); });
}

Result<QStringList> SandboxServer::outOfStockSkus() const
{
    return onServerThread([](SandboxService& s) { return s.outOfStockSkus(); });
}

Result<QList<QJsonObject>> SandboxServer::notifications(const QString& orderId) const
{
    return onServerThread([&](SandboxService& s) { return s.notifications(orderId); });
}

Result<QStringList> SandboxServer::statusEvents(const QString& orderId) const
{
    return onServerThread([&](SandboxService& s) { return s.statusEvents(orderId); });
}

Status SandboxServer::goDown()
{
    return onServerThread([](SandboxService& s) { return s.goDown(); });
}

Status SandboxServer::comeBack()
{
    return onServerThread([](SandboxService& s) { return s.comeBack(); });
}

} // namespace saypro
