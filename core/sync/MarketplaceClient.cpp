#include "MarketplaceClient.h"

#include "common/Clock.h"
#include "sync/SyncLogging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QSslKey>
#include <QTimer>
#include <QUuid>

#include <limits>

namespace saypro {

namespace {
QString trimmedBody(const QByteArray& body)
{
    return QString::fromUtf8(body.left(300)).simplified();
}
} // namespace

struct MarketplaceClient::Pending
{
    quint64 id = 0;
    ApiRequest request;
    QPointer<QObject> context;
    bool hasContext = false;
    Callback callback;
    int attempts = 0;
    QPointer<QNetworkReply> reply;
    QTimer* idleTimer = nullptr; ///< no data moving for the request timeout: abandon the attempt
    QTimer* retryTimer = nullptr;
    bool timedOut = false;
    bool pinMismatch = false;
    bool cancelled = false;
};

MarketplaceClient::MarketplaceClient(QNetworkAccessManager* network, ConnectionSettings settings, const Clock& clock,
                                     QObject* parent)
    : QObject(parent), m_network(network), m_settings(std::move(settings)), m_clock(clock)
{
    m_settings.maxConcurrentRequests = std::max(1, m_settings.maxConcurrentRequests);
    m_settings.requestTimeoutMs = std::max(100, m_settings.requestTimeoutMs);

    m_ssl = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> cas = m_settings.trustSystemCertificates ? m_ssl.caCertificates() : QList<QSslCertificate>();
    cas += m_settings.caCertificates;
    m_ssl.setCaCertificates(cas);
    m_ssl.setProtocol(QSsl::TlsV1_2OrLater);

    const QUrl& url = m_settings.baseUrl;
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()) {
        m_configOk = false;
        m_configError =
            Error::make(Error::Code::InvalidArgument, tr("The marketplace address must be an https:// address."),
                        QStringLiteral("base URL '%1' is not an https URL").arg(url.toString()));
    }
    if (!m_settings.publicKeyPin.isEmpty()) {
        auto pin = parsePin(m_settings.publicKeyPin);
        if (pin) {
            m_pin = *pin;
        } else {
            m_configOk = false;
            m_configError = pin.error();
        }
    }
}

MarketplaceClient::~MarketplaceClient()
{
    // Replies belong to the network manager: detach them so nothing calls back into a dead client.
    for (const auto& p : std::as_const(m_pending)) {
        if (p->reply) {
            p->reply->disconnect(this);
            p->reply->abort();
            p->reply->deleteLater();
        }
    }
}

QString MarketplaceClient::newIdempotencyKey()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<QByteArray> MarketplaceClient::parsePin(const QString& pin)
{
    QString text = pin.trimmed();
    if (text.startsWith(QLatin1String("sha256/"), Qt::CaseInsensitive))
        text = text.mid(7);
    QByteArray raw;
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (hex.match(text).hasMatch()) {
        raw = QByteArray::fromHex(text.toLatin1());
    } else {
        auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            raw = *decoded;
    }
    if (raw.size() != 32)
        return fail(Error::Code::InvalidArgument,
                    tr("The certificate pin is not a SHA-256 value (expected sha256/ followed by base64)."),
                    QStringLiteral("pin '%1' does not decode to 32 bytes").arg(pin));
    return raw;
}

QByteArray MarketplaceClient::publicKeyHash(const QSslCertificate& certificate)
{
    if (certificate.isNull())
        return {};
    const QByteArray spki = certificate.publicKey().toDer();
    if (spki.isEmpty())
        return {};
    return QCryptographicHash::hash(spki, QCryptographicHash::Sha256);
}

QString MarketplaceClient::pinFor(const QSslCertificate& certificate)
{
    return QStringLiteral("sha256/") + QString::fromLatin1(publicKeyHash(certificate).toBase64());
}

quint64 MarketplaceClient::send(const ApiRequest& request, QObject* context, Callback callback)
{
    auto p = std::make_shared<Pending>();
    p->id = m_nextId++;
    p->request = request;
    p->request.maxAttempts = std::max(1, request.maxAttempts);
    p->context = context;
    p->hasContext = context != nullptr;
    p->callback = std::move(callback);
    m_pending.insert(p->id, p);
    if (!m_configOk) {
        // Answer on the next turn of the event loop, as for any other request.
        QTimer::singleShot(0, this, [this, p] {
            ApiResponse r = failure(ApiResponse::Kind::Rejected, 0, m_configError.message, m_configError.detail);
            complete(p, r);
        });
        return p->id;
    }
    m_queue.push_back(p);
    pump();
    return p->id;
}

void MarketplaceClient::cancel(quint64 id)
{
    auto p = m_pending.value(id);
    if (!p || p->cancelled)
        return;
    p->cancelled = true;
    if (p->reply) {
        p->reply->abort(); // finished() follows and completes it as cancelled
        return;
    }
    std::erase(m_queue, p);
    if (p->retryTimer)
        p->retryTimer->stop();
    QTimer::singleShot(0, this, [this, p] {
        complete(
            p, failure(ApiResponse::Kind::Cancelled, 0, tr("The request was cancelled."), QStringLiteral("cancelled")));
    });
}

void MarketplaceClient::cancelAll()
{
    // Mark everything first: an abort finishes its reply at once, and nothing queued may start then.
    const auto all = m_pending.values();
    for (const auto& p : all)
        p->cancelled = true;
    m_queue.clear();
    for (const auto& p : all) {
        if (p->reply) {
            p->reply->abort();
            continue;
        }
        if (p->retryTimer)
            p->retryTimer->stop();
        QTimer::singleShot(0, this, [this, p] {
            complete(p, failure(ApiResponse::Kind::Cancelled, 0, tr("The request was cancelled."),
                                QStringLiteral("cancelled")));
        });
    }
}

void MarketplaceClient::pump()
{
    while (m_inFlight < m_settings.maxConcurrentRequests && !m_queue.empty()) {
        auto p = m_queue.front();
        m_queue.pop_front();
        if (!p->cancelled)
            start(p);
    }
}

void MarketplaceClient::start(const std::shared_ptr<Pending>& p)
{
    if (!m_network) {
        QTimer::singleShot(0, this, [this, p] {
            complete(p, failure(ApiResponse::Kind::Network, 0, tr("The station has no network access."),
                                QStringLiteral("no QNetworkAccessManager")));
        });
        return;
    }
    ++p->attempts;
    ++m_inFlight;
    p->timedOut = false;
    p->pinMismatch = false;

    QUrl url = m_settings.baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(u'/'))
        basePath.chop(1);
    url.setPath(basePath + p->request.path);
    if (!p->request.query.isEmpty())
        url.setQuery(p->request.query);

    QNetworkRequest req(url);
    req.setSslConfiguration(m_ssl);
    req.setTransferTimeout(m_settings.requestTimeoutMs);
    // Never follow a redirect: it would carry the bearer token somewhere nobody configured.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    req.setRawHeader("Authorization", QByteArray("Bearer " + m_settings.token.toUtf8()));
    req.setRawHeader("X-Station-Id", m_settings.stationId.toUtf8());
    req.setRawHeader("Accept", "application/json, application/problem+json");

    QNetworkReply* reply = nullptr;
    if (p->request.method == "POST") {
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        req.setRawHeader("Idempotency-Key", p->request.idempotencyKey.toUtf8());
        reply = m_network->post(req, p->request.body);
    } else {
        reply = m_network->get(req);
    }
    p->reply = reply;

    // Qt's transfer timeout covers the real network; this one also covers a reply that never starts.
    if (!p->idleTimer) {
        p->idleTimer = new QTimer(this);
        p->idleTimer->setSingleShot(true);
    }
    p->idleTimer->disconnect(this);
    connect(p->idleTimer, &QTimer::timeout, this, [p] {
        if (p->reply && p->reply->isRunning()) {
            p->timedOut = true;
            p->reply->abort();
        }
    });
    p->idleTimer->start(m_settings.requestTimeoutMs);
    auto moving = [p](qint64, qint64) {
        if (p->idleTimer && p->idleTimer->isActive())
            p->idleTimer->start();
    };
    connect(reply, &QNetworkReply::downloadProgress, this, moving);
    connect(reply, &QNetworkReply::uploadProgress, this, moving);
    connect(reply, &QNetworkReply::encrypted, this, [this, p] { onEncrypted(p); });
    connect(reply, &QNetworkReply::finished, this, [this, p] { onFinished(p); });
    qCDebug(lcSync).noquote() << p->request.method << url.toString() << "attempt" << p->attempts;
}

void MarketplaceClient::onEncrypted(const std::shared_ptr<Pending>& p)
{
    if (m_pin.isEmpty() || !p->reply)
        return;
    const QByteArray presented = publicKeyHash(p->reply->sslConfiguration().peerCertificate());
    if (presented != m_pin) {
        qCWarning(lcSync).noquote() << "public key pin mismatch for" << p->reply->url().host() << "- presented"
                                    << QString::fromLatin1(presented.toBase64()) << "expected"
                                    << QString::fromLatin1(m_pin.toBase64());
        p->pinMismatch = true;
        p->reply->abort();
    }
}

ApiResponse MarketplaceClient::failure(ApiResponse::Kind kind, int httpStatus, const QString& message,
                                       const QString& detail) const
{
    ApiResponse r;
    r.kind = kind;
    r.httpStatus = httpStatus;
    Error::Code code = Error::Code::Io;
    switch (kind) {
    case ApiResponse::Kind::Conflict:
        code = Error::Code::Conflict;
        break;
    case ApiResponse::Kind::Rejected:
        code = httpStatus == 404 ? Error::Code::NotFound : Error::Code::InvalidArgument;
        break;
    case ApiResponse::Kind::Unauthorized:
    case ApiResponse::Kind::Tls:
        code = Error::Code::Unsupported;
        break;
    default:
        break;
    }
    r.error = Error::make(code, message, detail);
    return r;
}

ApiResponse MarketplaceClient::classify(const std::shared_ptr<Pending>& p, QNetworkReply* reply) const
{
    using K = ApiResponse::Kind;
    const QString what = QString::fromLatin1(p->request.method) + u' ' + p->request.path;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    QHash<QByteArray, QByteArray> headers;
    for (const auto& [name, value] : reply->rawHeaderPairs())
        headers.insert(name.toLower(), value);

    ApiResponse r;
    if (p->cancelled) {
        r = failure(K::Cancelled, 0, tr("The request was cancelled."), QStringLiteral("%1: cancelled").arg(what));
    } else if (p->pinMismatch) {
        r = failure(K::Tls, 0,
                    tr("The marketplace presented a different certificate than the one this station is set to "
                       "trust, so the station did not connect."),
                    QStringLiteral("%1: server public key does not match the configured pin").arg(what));
    } else if (p->timedOut || error == QNetworkReply::TimeoutError ||
               (error == QNetworkReply::OperationCanceledError && status == 0)) {
        r = failure(K::Timeout, 0, tr("The marketplace did not answer in time; the station will try again."),
                    QStringLiteral("%1: no data for %2 ms").arg(what).arg(m_settings.requestTimeoutMs));
    } else if (status == 0) {
        if (error == QNetworkReply::SslHandshakeFailedError)
            r = failure(K::Tls, 0, tr("The marketplace's certificate is not trusted, so the station did not connect."),
                        QStringLiteral("%1: %2").arg(what, reply->errorString()));
        else
            r = failure(K::Network, 0,
                        tr("The marketplace cannot be reached. The station keeps working offline and sends its "
                           "changes later."),
                        QStringLiteral("%1: %2 (%3)").arg(what, reply->errorString()).arg(int(error)));
    } else if (status >= 200 && status < 300) {
        r.kind = K::Success;
        r.httpStatus = status;
        bool lengthOk = true;
        const QByteArray declared = headers.value("content-length");
        if (!declared.isEmpty()) {
            bool ok = false;
            const qint64 length = declared.toLongLong(&ok);
            lengthOk = !ok || length == body.size();
        }
        if (error != QNetworkReply::NoError || !lengthOk) {
            r = failure(K::BadResponse, status, tr("The marketplace's answer was cut off; the station will try again."),
                        QStringLiteral("%1: HTTP %2 with %3 of %4 body bytes (%5)")
                            .arg(what)
                            .arg(status)
                            .arg(body.size())
                            .arg(QString::fromLatin1(declared), reply->errorString()));
        } else if (!body.trimmed().isEmpty()) {
            QJsonParseError parseError;
            r.json = QJsonDocument::fromJson(body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                r = failure(K::BadResponse, status,
                            tr("The marketplace sent an answer the station could not read; it will try again."),
                            QStringLiteral("%1: HTTP %2 body is not JSON: %3 at offset %4")
                                .arg(what)
                                .arg(status)
                                .arg(parseError.errorString())
                                .arg(parseError.offset));
            }
        }
    } else if (status == 304) {
        r.kind = K::Success;
        r.httpStatus = status;
    } else {
        const QJsonObject problem = QJsonDocument::fromJson(body).object();
        const QString title = problem.value(QLatin1String("title")).toString();
        const QString detailText = problem.value(QLatin1String("detail")).toString();
        const QString said = !detailText.isEmpty() ? detailText : !title.isEmpty() ? title : trimmedBody(body);
        const QString detail = QStringLiteral("%1: HTTP %2 %3").arg(what).arg(status).arg(said);
        if (status == 401 || status == 403) {
            r = failure(K::Unauthorized, status,
                        tr("The marketplace refused this station's access token. Ask an administrator to check the "
                           "connection settings."),
                        detail);
        } else if (status == 429 || status == 503) {
            r = failure(K::Throttled, status, tr("The marketplace is busy; the station will try again shortly."),
                        detail);
        } else if (status >= 500 || status == 408) {
            r = failure(K::ServerError, status,
                        tr("The marketplace had a problem (HTTP %1); the station will try again.").arg(status), detail);
        } else if (status == 409) {
            r = failure(K::Conflict, status,
                        tr("The marketplace refused the change: %1")
                            .arg(said.isEmpty() ? tr("it conflicts with the marketplace's data") : said),
                        detail);
        } else {
            r = failure(K::Rejected, status,
                        tr("The marketplace rejected the request (HTTP %1): %2")
                            .arg(status)
                            .arg(said.isEmpty() ? tr("no reason given") : said),
                        detail);
        }
    }
    r.httpStatus = status;
    r.headers = std::move(headers);
    r.body = body;
    if (r.kind == K::Throttled || r.kind == K::ServerError)
        r.retryAfterMs = Backoff::parseRetryAfter(r.headers.value("retry-after"), m_clock.now());
    return r;
}

void MarketplaceClient::onFinished(const std::shared_ptr<Pending>& p)
{
    QNetworkReply* reply = p->reply;
    if (!reply)
        return;
    --m_inFlight;
    if (p->idleTimer)
        p->idleTimer->stop();
    ApiResponse r = classify(p, reply);
    p->reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    if (r.retryable() && !p->cancelled && p->attempts < p->request.maxAttempts) {
        const qint64 delay = m_backoff.delayMs(p->attempts - 1, r.retryAfterMs);
        qCInfo(lcSync).noquote() << r.error.detail << "- retry" << p->attempts << "in" << delay << "ms";
        if (!p->retryTimer) {
            p->retryTimer = new QTimer(this);
            p->retryTimer->setSingleShot(true);
            // A coarse timer may fire up to 5 % early; a marketplace's Retry-After must not be undercut.
            p->retryTimer->setTimerType(Qt::PreciseTimer);
            connect(p->retryTimer, &QTimer::timeout, this, [this, p] {
                if (p->cancelled)
                    return;
                m_queue.push_back(p);
                pump();
            });
        }
        p->retryTimer->start(int(std::min<qint64>(delay, std::numeric_limits<int>::max())));
        pump();
        return;
    }
    complete(p, std::move(r));
    pump();
}

void MarketplaceClient::complete(const std::shared_ptr<Pending>& p, ApiResponse response)
{
    if (!m_pending.remove(p->id))
        return;
    // Either timer may be the one whose signal led here: let it finish before it goes.
    if (p->idleTimer)
        p->idleTimer->deleteLater();
    p->idleTimer = nullptr;
    if (p->retryTimer)
        p->retryTimer->deleteLater();
    p->retryTimer = nullptr;
    response.attempts = p->attempts;
    if (!response.ok() && response.kind != ApiResponse::Kind::Cancelled)
        qCInfo(lcSync).noquote() << "request failed:" << response.error.detail;
    if (p->hasContext && !p->context)
        return; // the caller is gone
    if (p->callback)
        p->callback(response);
}

} // namespace saypro
