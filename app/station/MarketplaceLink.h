#pragma once
// station: the station's link to its marketplace. Owns the SyncService over the open database, set up
// from the typed Settings and the token in SecretStore, or from the training marketplace; replaced when
// the connection or the database changes and stopped before the program ends.

#include "sync/ConnectionSettings.h"

#include <QString>

#include <memory>

namespace saypro {

class SandboxServer;
class SecretStore;
class Settings;
class SyncService;

class MarketplaceLink final
{
public:
    enum class Outcome {
        Ready,         ///< a service is set up (not started yet: start() it once the window follows it)
        NotConfigured, ///< no marketplace address: the station works from its cache
        Failed,        ///< an address is set but the connection cannot be used (no token, bad certificate file)
    };

    MarketplaceLink();
    ~MarketplaceLink();
    MarketplaceLink(const MarketplaceLink&) = delete;
    MarketplaceLink& operator=(const MarketplaceLink&) = delete;

    /// Stops any service and sets one up for `databasePath` from `settings` and the token in `secrets`.
    Outcome setUp(const Settings& settings, SecretStore& secrets, const QString& databasePath);
    /// Stops any service and sets one up for `databasePath` against the practice marketplace `server`.
    void setUpTraining(const SandboxServer& server, const QString& stationId, const QString& databasePath,
                       int intervalSeconds);
    /// Starts the service set up last (its first sync begins at once).
    void start();
    /// Stops and removes the service (waits for its thread to end).
    void stop();

    SyncService* service() const { return m_service.get(); }
    /// Why setUp() did not give a service (translated); empty after Ready.
    QString reason() const { return m_reason; }

private:
    void create(const ConnectionSettings& connection, const QString& databasePath, int intervalSeconds);

    std::unique_ptr<SyncService> m_service;
    QString m_reason;
};

} // namespace saypro
