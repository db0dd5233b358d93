#pragma once
// A fake QNetworkAccessManager for the sync tests (the Nextcloud FakeQNAM pattern): per-route handlers,
// HTTP answers with any status, headers and body, network errors, delayed and hanging replies,
// truncated bodies; it records every request and how many were in flight at once.

#include <QBuffer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

namespace saypro::test {

struct FakeRequest
{
    QByteArray method;
    QUrl url;
    QString path;
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;

    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    QString queryValue(const QString& key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError; ///< set: no HTTP answer, this error instead
    int delayMs = 0;
    bool hang = false;      ///< never answers (until aborted)
    bool truncate = false;  ///< declares a longer body than it sends, then the connection closes
    bool encrypted = false; ///< emits encrypted() first (a fake has no certificate: any pin fails)

    static FakeResponse json(int status, const QJsonObject& body)
    {
        FakeResponse r;
        r.status = status;
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
        return r;
    }
    static FakeResponse problem(int status, const QString& title, const QJsonObject& extra = {})
    {
        QJsonObject p = extra;
        p.insert(QStringLiteral("type"), QStringLiteral("https://saypro.example/problems/test"));
        p.insert(QStringLiteral("title"), title);
        p.insert(QStringLiteral("status"), status);
        FakeResponse r = json(status, p);
        r.headers[0].second = QByteArrayLiteral("application/problem+json");
        return r;
    }
    static FakeResponse networkError(QNetworkReply::NetworkError e = QNetworkReply::ConnectionRefusedError)
    {
        FakeResponse r;
        r.status = 0;
        r.error = e;
        return r;
    }
    static FakeResponse hanging()
    {
        FakeResponse r;
        r.hang = true;
        return r;
    }
    FakeResponse& withHeader(const QByteArray& name, const QByteArray& value)
    {
        headers.append({name, value});
        return *this;
    }
    FakeResponse& after(int ms)
    {
        delayMs = ms;
        return *this;
    }
};

using FakeHandler = std::function<FakeResponse(const FakeRequest&)>;

class FakeNetwork;

class FakeReply final : public QNetworkReply
{
    Q_OBJECT

public:
    FakeReply(FakeNetwork* network, const FakeRequest& request, FakeResponse response,
              QNetworkAccessManager::Operation op, const QNetworkRequest& qreq);

    void abort() override
    {
        if (isFinished())
            return;
        m_timer.stop();
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        Q_EMIT errorOccurred(OperationCanceledError);
        finish();
    }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min<qint64>(maxSize, m_data.size() - m_offset);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        std::memcpy(data, m_data.constData() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }

private:
    void respond();
    void finish();

    QPointer<FakeNetwork> m_network;
    FakeRequest m_request;
    FakeResponse m_response;
    QByteArray m_data;
    qint64 m_offset = 0;
    QTimer m_timer;
};

class FakeNetwork final : public QNetworkAccessManager
{
    Q_OBJECT

public:
    explicit FakeNetwork(QObject* parent = nullptr) : QNetworkAccessManager(parent) {}

    /// Routes `method` requests whose path matches `pathPattern` (a whole-path regular expression) to
    /// `handler`. A later route wins over an earlier one.
    void on(const QByteArray& method, const QString& pathPattern, FakeHandler handler)
    {
        m_routes.prepend(
            {method, QRegularExpression(QRegularExpression::anchoredPattern(pathPattern)), std::move(handler)});
    }
    void clearRoutes() { m_routes.clear(); }

    QList<FakeRequest> requests;
    int active = 0;
    int maxActive = 0;

    QList<FakeRequest> requestsTo(const QByteArray& method, const QString& pathPattern) const
    {
        const QRegularExpression re(QRegularExpression::anchoredPattern(pathPattern));
        QList<FakeRequest> out;
        for (const FakeRequest& r : requests)
            if (r.method == method && re.match(r.path).hasMatch())
                out.append(r);
        return out;
    }

    /// Called when a reply finishes, with its request (to see what was in flight when).
    std::function<void(const FakeRequest&)> onReplyFinished;

    void replyFinished(const FakeRequest& request)
    {
        --active;
        if (onReplyFinished)
            onReplyFinished(request);
    }

protected:
    QNetworkReply* createRequest(Operation op, const QNetworkRequest& qreq, QIODevice* outgoingData) override
    {
        FakeRequest r;
        r.method = op == GetOperation    ? QByteArrayLiteral("GET")
                   : op == PostOperation ? QByteArrayLiteral("POST")
                   : op == PutOperation  ? QByteArrayLiteral("PUT")
                                         : QByteArrayLiteral("OTHER");
        r.url = qreq.url();
        r.path = r.url.path();
        r.query = QUrlQuery(r.url);
        for (const QByteArray& name : qreq.rawHeaderList())
            r.headers.insert(name.toLower(), qreq.rawHeader(name));
        if (outgoingData)
            r.body = outgoingData->readAll();
        requests.append(r);
        FakeResponse response = FakeResponse::problem(404, QStringLiteral("no route in the fake"));
        for (const Route& route : std::as_const(m_routes)) {
            if (route.method == r.method && route.path.match(r.path).hasMatch()) {
                response = route.handler(r);
                break;
            }
        }
        ++active;
        maxActive = std::max(maxActive, active);
        return new FakeReply(this, r, response, op, qreq);
    }

private:
    struct Route
    {
        QByteArray method;
        QRegularExpression path;
        FakeHandler handler;
    };
    QList<Route> m_routes;
};

inline FakeReply::FakeReply(FakeNetwork* network, const FakeRequest& request, FakeResponse response,
                            QNetworkAccessManager::Operation op, const QNetworkRequest& qreq)
    : QNetworkReply(network), m_network(network), m_request(request), m_response(std::move(response))
{
    setRequest(qreq);
    setUrl(request.url);
    setOperation(op);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FakeReply::respond);
    if (!m_response.hang)
        m_timer.start(m_response.delayMs);
}

inline void FakeReply::respond()
{
    if (m_response.encrypted) {
        Q_EMIT encrypted();
        if (isFinished())
            return; // aborted by a slot connected to encrypted()
    }
    if (m_response.error != NoError) {
        setError(m_response.error, QStringLiteral("fake network error %1").arg(int(m_response.error)));
        Q_EMIT errorOccurred(m_response.error);
        finish();
        return;
    }
    setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_response.status);
    for (const auto& [name, value] : std::as_const(m_response.headers))
        setRawHeader(name, value);
    m_data = m_response.body;
    setRawHeader("Content-Length", QByteArray::number(m_response.truncate ? m_data.size() * 2 + 10 : m_data.size()));
    Q_EMIT metaDataChanged();
    Q_EMIT downloadProgress(m_data.size(), m_data.size());
    Q_EMIT readyRead();
    if (m_response.truncate) {
        setError(RemoteHostClosedError, QStringLiteral("Connection closed"));
        Q_EMIT errorOccurred(RemoteHostClosedError);
    } else if (m_response.status >= 400) {
        const NetworkError e = m_response.status == 401   ? AuthenticationRequiredError
                               : m_response.status == 404 ? ContentNotFoundError
                               : m_response.status == 409 ? ContentConflictError
                               : m_response.status >= 500 ? InternalServerError
                                                          : ProtocolInvalidOperationError;
        setError(e, QStringLiteral("HTTP %1").arg(m_response.status));
        Q_EMIT errorOccurred(e);
    }
    finish();
}

inline void FakeReply::finish()
{
    setFinished(true);
    if (m_network)
        m_network->replyFinished(m_request);
    Q_EMIT finished();
}

} // namespace saypro::test
