#include "MarketplaceLink.h"

#include "CertificateFile.h"
#include "ConnectionDialog.h"
#include "TrainingMarketplace.h"
#include "UiLogging.h"
#include "auth/SecretStore.h"
#include "common/Settings.h"
#include "sandbox/SandboxServer.h"
#include "sync/SyncService.h"

#include <QCoreApplication>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("MarketplaceLink", text);
}
} // namespace

MarketplaceLink::MarketplaceLink() = default;

MarketplaceLink::~MarketplaceLink()
{
    stop();
}

void MarketplaceLink::stop()
{
    if (m_service) {
        m_service->stop();
        m_service.reset();
    }
}

void MarketplaceLink::create(const ConnectionSettings& connection, const QString& databasePath, int intervalSeconds)
{
    SyncServiceConfig config;
    config.databasePath = databasePath;
    config.connection = connection;
    config.intervalMs = intervalSeconds * 1000;
    m_service = std::make_unique<SyncService>(std::move(config));
    m_reason.clear();
}

MarketplaceLink::Outcome MarketplaceLink::setUp(const Settings& settings, SecretStore& secrets,
                                                const QString& databasePath)
{
    stop();
    const QUrl url = settings.marketplaceUrl();
    if (url.isEmpty()) {
        m_reason = tr("No marketplace is set up. The station works from its own cache; use File > Connect to "
                      "marketplace… to connect.");
        return Outcome::NotConfigured;
    }
    if (const QString problem = ConnectionDialog::urlProblem(url.toString()); !problem.isEmpty()) {
        m_reason = problem;
        return Outcome::Failed;
    }
    const Result<QString> token = secrets.load(ConnectionDialog::tokenKey());
    if (!token) {
        qCWarning(lcUi).noquote() << "no usable marketplace token:" << token.error().detail;
        m_reason = token.error().code == Error::Code::NotFound
                       ? tr("No marketplace token is stored on this station. Enter it with File > Connect to "
                            "marketplace….")
                       : token.error().message;
        return Outcome::Failed;
    }
    if (token->trimmed().isEmpty()) {
        m_reason = tr("The stored marketplace token is empty. Enter it again with File > Connect to marketplace….");
        return Outcome::Failed;
    }
    ConnectionSettings connection;
    connection.baseUrl = url;
    connection.token = token->trimmed();
    connection.stationId = settings.stationId();
    connection.publicKeyPin = settings.pinnedKeySha256();
    connection.trustSystemCertificates = true;
    if (const QString caFile = settings.caCertificateFile(); !caFile.isEmpty()) {
        const auto certificates = CertificateFile::load(caFile);
        if (!certificates) {
            qCWarning(lcUi).noquote() << "the marketplace certificate file is unusable:" << certificates.error().detail;
            m_reason = certificates.error().message;
            return Outcome::Failed;
        }
        connection.caCertificates = *certificates;
    }
    create(connection, databasePath, settings.syncIntervalSeconds());
    qCInfo(lcUi).noquote() << "syncing with" << url.toString() << "as" << connection.stationId;
    return Outcome::Ready;
}

void MarketplaceLink::setUpTraining(const SandboxServer& server, const QString& stationId, const QString& databasePath,
                                    int intervalSeconds)
{
    stop();
    create(TrainingMarketplace::connection(server, stationId), databasePath, intervalSeconds);
    qCInfo(lcUi).noquote() << "training mode: syncing with the practice marketplace at" << server.url().toString();
}

void MarketplaceLink::start()
{
    if (m_service)
        m_service->start();
}

} // namespace saypro
