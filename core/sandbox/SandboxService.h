#pragma once
// sandbox: owns a running training marketplace on its server thread: listener, tokens, keys, faults, store.

#include "common/Error.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/SandboxCounts.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxResponse.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSslCertificate>
#include <QSslKey>
#include <QStringList>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QSslServer;
class QTcpSocket;
class QTimer;

namespace saypro {

class SandboxApi;
class SandboxClock;
class SandboxLife;
class SandboxStore;

/// The HTTPS listener (QHttpServer on a QSslServer), bearer-token checks, Idempotency-Keys, fault
/// injection, the timer that moves the marketplace's life on, and the store, life and API it answers from.
/// SandboxServer is its face on the owner's thread; every method here runs on the server thread.
class SandboxService final : public QObject
{
    Q_OBJECT

public:
    SandboxService(SandboxOptions options, QSslCertificate certificate, QSslKey key);
    ~SandboxService() override;

    /// Opens the store, creates the marketplace if new, and listens on loopback; returns the port.
    Result<quint16> open();
    /// Stops listening, drops every connection and closes the store.
    void close();

    Status setFaults(const QString& spec, quint64 seed);
    Status setFaults(const QString& spec, FaultInjector::RandomSource source);
    FaultInjector::Counts faultCounts() const { return m_faults.counts(); }

    Result<QDateTime> advanceTime(qint64 ms);
    Result<int> drain();
    QDateTime now() const;
    Status cancelOrder(const QString& orderId);
    Status capturePayment(const QString& orderId);
    Result<QStringList> createOrders(int count);
    Result<QJsonObject> order(const QString& orderId);
    Result<QList<QJsonObject>> orders();
    Result<SandboxCounts> countsForOrder(const QString& orderId);
    Result<SandboxCounts> countsForKey(const QString& key);
    int requestsWithKey(const QString& key) const { return m_requestsByKey.value(key); }
    int inFlightCount() const { return int(m_inFlight.size()); }
    Result<QList<QJsonObject>> inventory();
    Result<QStringList> outOfStockSkus();
    Result<QList<QJsonObject>> notifications(const QString& orderId);
    Result<QStringList> statusEvents(const QString& orderId);

    Status goDown();
    Status comeBack();
    bool isDown() const { return m_down; }

private:
    struct Call;

    void handle(const QHttpServerRequest& request, QHttpServerResponder&& responder);
    void execute(const std::shared_ptr<Call>& call);
    void deliver(const std::shared_ptr<Call>& call, const SandboxResponse& response);
    void send(Call& call, SandboxResponse response);
    bool authorised(const QByteArray& header) const;
    Result<SandboxCounts> counts(const QString& column, const QString& value);
    Status listen();
    /// Closes the listener and aborts every open connection.
    void dropConnections();
    void tick();

    SandboxOptions m_options;
    QSslCertificate m_certificate;
    QSslKey m_key;
    std::unique_ptr<SandboxClock> m_clock;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<SandboxLife> m_life;
    std::unique_ptr<SandboxApi> m_api;
    FaultInjector m_faults;
    QHttpServer* m_http = nullptr;
    QSslServer* m_listener = nullptr;
    QTimer* m_tick = nullptr;
    QList<QPointer<QTcpSocket>> m_connections;
    QSet<QString> m_inFlight;
    QHash<QString, int> m_requestsByKey;
    quint16 m_port = 0;
    bool m_down = false;
};

} // namespace saypro
