#include "TrainingMarketplace.h"

#include "sandbox/SandboxServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>

#include <array>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("TrainingMarketplace", text);
}
} // namespace

TrainingMarketplace::TrainingMarketplace(const QString& dataFolder)
    : m_folder(QDir(dataFolder).filePath(QStringLiteral("training")))
{}

QString TrainingMarketplace::marketplaceDatabasePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("marketplace.db"));
}

QString TrainingMarketplace::stationDatabasePath() const
{
    return QDir(m_folder).filePath(QStringLiteral("station.db"));
}

SandboxOptions TrainingMarketplace::options(qint64 initialOrders) const
{
    SandboxOptions o;
    o.databasePath = marketplaceDatabasePath();
    o.port = 0;
    o.initialOrders = initialOrders;
    o.seed = 1;
    o.token = randomToken();
    o.arrivalRatePerMinute = kArrivalRatePerMinute;
    o.timeScale = kTimeScale;
    // Out-of-stock SKUs stay out for two days of the marketplace's life (48 minutes at 60×), long enough
    // to find the backordered orders and watch them released when the stock arrives.
    o.outOfStockRestockHours = kOutOfStockRestockHours;
    return o;
}

Result<std::unique_ptr<SandboxServer>> TrainingMarketplace::start(const SandboxOptions& options) const
{
    if (!QDir().mkpath(m_folder))
        return fail(Error::Code::Io,
                    tr("The folder for training mode could not be created: %1").arg(QDir::toNativeSeparators(m_folder)),
                    QStringLiteral("mkpath %1 failed").arg(m_folder));
    return SandboxServer::start(options);
}

ConnectionSettings TrainingMarketplace::connection(const SandboxServer& server, const QString& stationId)
{
    ConnectionSettings c;
    c.baseUrl = server.url();
    c.token = server.token();
    c.stationId = stationId;
    c.caCertificates = {server.certificate()};
    c.trustSystemCertificates = false;
    return c;
}

QString TrainingMarketplace::randomToken()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray bytes(reinterpret_cast<const char*>(words.data()), qsizetype(sizeof(words)));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace saypro
