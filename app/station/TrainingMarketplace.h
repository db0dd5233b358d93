#pragma once
// station: training mode's practice marketplace. Owns where its files live (<data folder>/training:
// the marketplace's database and a station database of its own), the options the sandbox starts
// with (a fresh random token, orders arriving, simulated time running fast) and how the station
// reaches it: TLS trusting exactly the sandbox's certificate, nothing else.

#include "common/Error.h"
#include "sandbox/SandboxOptions.h"
#include "sync/ConnectionSettings.h"

#include <QString>

#include <memory>

namespace saypro {

class SandboxServer;

class TrainingMarketplace final
{
public:
    /// Orders the practice marketplace starts with.
    static constexpr qint64 kInitialOrders = 300;
    /// New orders per minute while the station runs.
    static constexpr double kArrivalRatePerMinute = 2.0;
    /// Life on the marketplace (payments, tracking, returns) runs this much faster than the clock.
    static constexpr double kTimeScale = 60.0;
    /// Hours of the marketplace's life before its out-of-stock SKUs are restocked.
    static constexpr double kOutOfStockRestockHours = 48.0;
    /// Seconds between two syncs in training: new orders show up soon after they arrive.
    static constexpr int kSyncIntervalSeconds = 10;

    /// `dataFolder`/training, holding marketplace.db and station.db.
    explicit TrainingMarketplace(const QString& dataFolder);

    QString folder() const { return m_folder; }
    QString marketplaceDatabasePath() const;
    QString stationDatabasePath() const;

    /// What the sandbox starts with: its database in the training folder, seed 1, a fresh random token.
    SandboxOptions options(qint64 initialOrders = kInitialOrders) const;
    /// Creates the training folder and starts the practice marketplace with `options` (see options()).
    Result<std::unique_ptr<SandboxServer>> start(const SandboxOptions& options) const;

    /// How a station reaches `server`: its URL and token, trusting exactly its certificate (not the system's
    /// authorities), with certificate verification as strict as for any marketplace.
    static ConnectionSettings connection(const SandboxServer& server, const QString& stationId);
    /// 32 random bytes from the system's generator, base64url: a token nobody else knows.
    static QString randomToken();

private:
    QString m_folder;
};

} // namespace saypro
