#pragma once
// sync: the station's HTTPS client for Marketplace API v1. Owns authentication headers, TLS trust
// (extra CAs, optional public-key pin; verification is never weakened), the request timeout, the
// bounded queue of concurrent requests, retries with full-jitter backoff and Retry-After, and the
// sorting of every outcome into an ApiResponse::Kind. It uses the QNetworkAccessManager it is given.

#include "common/Error.h"
#include "sync/ApiResponse.h"
#include "sync/Backoff.h"
#include "sync/ConnectionSettings.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <deque>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace saypro {

class Clock;

class MarketplaceClient final : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const ApiResponse&)>;

    /// `network` must outlive the client and live on the client's thread; `clock` reads Retry-After dates.
    MarketplaceClient(QNetworkAccessManager* network, ConnectionSettings settings, const Clock& clock,
                      QObject* parent = nullptr);
    ~MarketplaceClient() override;

    const ConnectionSettings& settings() const { return m_settings; }
    /// Replaces the retry timing (base, cap and the source of randomness).
    void setBackoff(Backoff backoff) { m_backoff = std::move(backoff); }
    const Backoff& backoff() const { return m_backoff; }

    /// Queues `request`. `callback` runs exactly once on this thread with the final outcome (after any
    /// retries), unless `context` is destroyed first. Returns an id for cancel().
    quint64 send(const ApiRequest& request, QObject* context, Callback callback);
    /// Cancels one request: its callback gets Kind::Cancelled.
    void cancel(quint64 id);
    /// Cancels everything queued, waiting to retry or in flight.
    void cancelAll();

    int inFlight() const { return m_inFlight; }
    int queued() const { return int(m_queue.size()); }

    /// Checks a pin's spelling; the 32 raw SHA-256 bytes, or an InvalidArgument error.
    static Result<QByteArray> parsePin(const QString& pin);
    /// SHA-256 over the DER SubjectPublicKeyInfo of `certificate`'s public key (the HPKP "pin-sha256").
    static QByteArray publicKeyHash(const QSslCertificate& certificate);
    /// "sha256/<base64>" for `certificate`: what an administrator writes as the pin.
    static QString pinFor(const QSslCertificate& certificate);
    /// A new Idempotency-Key (a UUID).
    static QString newIdempotencyKey();

private:
    struct Pending;

    void pump();
    void start(const std::shared_ptr<Pending>& p);
    void onEncrypted(const std::shared_ptr<Pending>& p);
    void onFinished(const std::shared_ptr<Pending>& p);
    ApiResponse classify(const std::shared_ptr<Pending>& p, QNetworkReply* reply) const;
    void complete(const std::shared_ptr<Pending>& p, ApiResponse response);
    ApiResponse failure(ApiResponse::Kind kind, int httpStatus, const QString& message, const QString& detail) const;

    QPointer<QNetworkAccessManager> m_network;
    ConnectionSettings m_settings;
    const Clock& m_clock;
    Backoff m_backoff;
    QSslConfiguration m_ssl;
    QByteArray m_pin;    ///< raw SHA-256, empty when no pin is set
    Error m_configError; ///< set when the settings cannot work (bad URL or pin): every request fails with it
    bool m_configOk = true;
    quint64 m_nextId = 1;
    int m_inFlight = 0;
    std::deque<std::shared_ptr<Pending>> m_queue;
    QHash<quint64, std::shared_ptr<Pending>> m_pending; ///< every request not yet completed
};

} // namespace saypro
