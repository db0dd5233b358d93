#pragma once
// sandbox: owns the training marketplace's thread and its C++ control API (DESIGN §5, docs/sandbox.md).

#include "common/Error.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxCounts.h"
#include "sandbox/SandboxOptions.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <memory>

class QTemporaryDir;
class QThread;

namespace saypro {

class SandboxService;

/// A real HTTPS server on loopback serving Marketplace API v1 from its own SQLite file, with simulated life
/// and fault injection. The control API (faults, simulated time, cancellations, counts, going down) is for
/// tests and training tools in C++; none of it is reachable over HTTP.
class SandboxServer final
{
public:
    /// Starts the marketplace and returns once it is listening: creates or opens its database (with the
    /// initial orders and stock), then listens on 127.0.0.1 with TLS. Errors: a bad option, a database
    /// that cannot be opened, a port in use.
    static Result<std::unique_ptr<SandboxServer>> start(const SandboxOptions& options);
    ~SandboxServer();
    SandboxServer(const SandboxServer&) = delete;
    SandboxServer& operator=(const SandboxServer&) = delete;

    /// Stops listening, drops the connections and closes the database; safe to call twice.
    void stop();
    bool isRunning() const { return m_service != nullptr; }

    /// https://127.0.0.1:PORT
    QUrl url() const;
    quint16 port() const { return m_port; }
    /// The certificate the server presents; a client trusts exactly this one (setCaCertificates).
    QSslCertificate certificate() const { return m_certificate; }
    QString token() const { return m_token; }
    /// The training certificate and key shipped in the resources (:/sandbox).
    static QSslCertificate trainingCertificate();
    static QSslKey trainingKey();

    // Faults.
    /// Replaces the fault specification (docs/sandbox.md) and restarts the fault sequence from `seed`.
    Status setFaults(const QString& spec, quint64 seed = 1);
    /// Replaces the fault specification and draws from `source` (numbers in [0, 1)).
    Status setFaults(const QString& spec, FaultInjector::RandomSource source);
    Status clearFaults() { return setFaults(QString()); }
    /// Faults injected since the specification was last set.
    Result<FaultInjector::Counts> faultCounts() const;

    // Simulated time.
    /// The marketplace's time now.
    Result<QDateTime> now() const;
    /// Moves simulated time forward (a ManualClock is advanced on the server's thread) and carries out
    /// everything that became due; returns the new time.
    Result<QDateTime> advanceTime(std::chrono::milliseconds by);
    /// Moves simulated time to each scheduled event in turn until none is left; returns how many ran.
    Result<int> drain();

    // The marketplace's own actions.
    /// Cancels an order as the marketplace does (a Conflict once it has shipped).
    Status cancelOrder(const QString& orderId);
    /// Captures a pending or failed payment.
    Status capturePayment(const QString& orderId);
    /// Makes `count` new orders arrive now; returns their ids.
    Result<QStringList> createOrders(int count);

    // What the marketplace holds and received.
    /// One order as GET /v1/orders/{id} serves it.
    Result<QJsonObject> order(const QString& orderId) const;
    /// Every order as served, in order of creation.
    Result<QList<QJsonObject>> orders() const;
    /// Writes applied for an order, or under an Idempotency-Key (a replay adds nothing).
    Result<SandboxCounts> countsForOrder(const QString& orderId) const;
    Result<SandboxCounts> countsForKey(const QString& idempotencyKey) const;
    /// Requests that carried this Idempotency-Key, whatever their outcome (replays and rejections too).
    Result<int> requestsWithKey(const QString& idempotencyKey) const;
    /// Writes received and not yet answered (their Idempotency-Key is in flight).
    Result<int> inFlightCount() const;
    /// Every stock figure as GET /v1/inventory serves it (id, sku, location, on_hand, version, updated_at),
    /// in order of the inventory id.
    Result<QList<QJsonObject>> inventory() const;
    /// The SKUs that were out of stock in every warehouse when the database was created (empty for a file
    /// created before out-of-stock SKUs existed).
    Result<QStringList> outOfStockSkus() const;
    /// Customer messages accepted for an order, as sent, oldest first.
    Result<QList<QJsonObject>> notifications(const QString& orderId) const;
    /// The statuses reported for an order in status_changed events, in the order received.
    Result<QStringList> statusEvents(const QString& orderId) const;

    // Connectivity.
    /// Stops accepting connections and drops the open ones: clients get "connection refused".
    Status goDown();
    /// Listens again on the same port.
    Status comeBack();

private:
    SandboxServer() = default;
    template <typename F> auto onServerThread(F&& function) const;

    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<QTemporaryDir> m_temporaryDir;
    SandboxService* m_service = nullptr; ///< lives on m_thread; deleted when the thread finishes
    QSslCertificate m_certificate;
    QString m_token;
    quint16 m_port = 0;
};

} // namespace saypro
