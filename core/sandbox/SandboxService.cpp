#include "SandboxService.h"

#include "sandbox/SandboxApi.h"
#include "sandbox/SandboxClock.h"
#include "sandbox/SandboxLife.h"
#include "sandbox/SandboxLogging.h"
#include "sandbox/SandboxStore.h"
#include "sync/ApiJson.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxService", text);
}

/// How often the marketplace's life catches up with the clock between requests.
constexpr int kTickMs = 250;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    default:
        return QByteArrayLiteral("OTHER");
    }
}

/// Two requests are the same when method, path and body are; JSON bodies are compared as data, not bytes.
QByteArray requestHash(const QByteArray& method, const QString& path, const QByteArray& body)
{
    QByteArray canonical = body;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        canonical = doc.toJson(QJsonDocument::Compact); // object keys come out sorted
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method);
    hash.addData(QByteArrayView(" "));
    hash.addData(path.toUtf8());
    hash.addData(QByteArrayView("\n"));
    hash.addData(canonical);
    return hash.result();
}

SandboxResponse faultResponse(const FaultInjector::Decision& d)
{
    const QString detail = QStringLiteral("fault injected by the training marketplace");
    SandboxResponse r;
    switch (d.status) {
    case 429:
        r = SandboxResponse::problem(429, QStringLiteral("rate-limited"), tr("Too many requests; try again shortly."),
                                     detail);
        break;
    case 503:
        r = SandboxResponse::problem(503, QStringLiteral("unavailable"),
                                     tr("The marketplace is temporarily unavailable."), detail);
        break;
    case 502:
        r = SandboxResponse::problem(502, QStringLiteral("bad-gateway"), tr("The marketplace's gateway failed."),
                                     detail);
        break;
    default:
        r = SandboxResponse::problem(500, QStringLiteral("server-error"), tr("The marketplace had an internal error."),
                                     detail);
        break;
    }
    if (d.retryAfterSecs > 0 || d.status == 429 || d.status == 503)
        r.withHeader("Retry-After", QByteArray::number(d.retryAfterSecs));
    return r;
}

SandboxResponse serverError(const Error& e)
{
    qCWarning(lcSandbox).noquote() << "request failed:" << e.toString();
    return SandboxResponse::problem(500, QStringLiteral("server-error"),
                                    tr("The training marketplace could not complete the request."), e.detail);
}
} // namespace

/// One request on its way through the server: what it asked, which fault it gets, where to answer.
struct SandboxService::Call
{
    std::unique_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    SandboxApi::Request request;
    FaultInjector::Decision fault;
    QByteArray requestHash;
    bool holdsKey = false;
};

SandboxService::SandboxService(SandboxOptions options, QSslCertificate certificate, QSslKey key)
    : m_options(std::move(options)), m_certificate(std::move(certificate)), m_key(std::move(key)),
      m_clock(std::make_unique<SandboxClock>(m_options.clock, m_options.timeScale)), m_faults(m_options.faultSeed)
{}

SandboxService::~SandboxService()
{
    close();
}

Result<quint16> SandboxService::open()
{
    auto store = SandboxStore::open(m_options.databasePath);
    if (!store)
        return std::unexpected(store.error());
    m_store = std::move(*store);
    m_life = std::make_unique<SandboxLife>(*m_store, *m_clock, m_options);
    if (auto r = m_life->populate(); !r)
        return std::unexpected(r.error());
    if (auto r = m_life->catchUp(); !r)
        return std::unexpected(r.error());
    m_api = std::make_unique<SandboxApi>(*m_store, *m_life, *m_clock);
    const Status faults = m_options.faultRandom ? setFaults(m_options.faults, m_options.faultRandom)
                                                : setFaults(m_options.faults, m_options.faultSeed);
    if (!faults)
        return std::unexpected(faults.error());

    m_http = new QHttpServer(this);
    m_http->setMissingHandler([this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
        handle(request, std::move(responder));
    });
    m_listener = new QSslServer(m_http);
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setLocalCertificate(m_certificate);
    ssl.setPrivateKey(m_key);
    m_listener->setSslConfiguration(ssl);
    connect(m_listener, &QSslServer::errorOccurred, this, [](QSslSocket*, QAbstractSocket::SocketError error) {
        qCDebug(lcSandbox) << "connection failed before a request:" << error;
    });
    m_port = m_options.port;
    if (auto r = listen(); !r)
        return std::unexpected(r.error());
    m_http->bind(m_listener);

    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, this, &SandboxService::tick);
    m_tick->start();
    qCInfo(lcSandbox) << "training marketplace listening on https://127.0.0.1:" << m_port;
    return m_port;
}

Status SandboxService::listen()
{
    if (!m_listener->listen(QHostAddress::LocalHost, m_port))
        return fail(Error::Code::Io, tr("The training marketplace cannot listen on port %1.").arg(m_port),
                    QStringLiteral("listen 127.0.0.1:%1: %2").arg(m_port).arg(m_listener->errorString()));
    m_port = m_listener->serverPort();
    return {};
}

void SandboxService::close()
{
    if (m_tick) {
        m_tick->stop();
        delete m_tick;
        m_tick = nullptr;
    }
    if (m_http) {
        dropConnections();
        delete m_http; // and the listener with it
        m_http = nullptr;
        m_listener = nullptr;
    }
    m_api.reset();
    m_life.reset();
    m_store.reset();
}

void SandboxService::tick()
{
    if (!m_life)
        return;
    if (auto r = m_life->catchUp(); !r)
        qCWarning(lcSandbox).noquote() << "the marketplace's life could not move on:" << r.error().toString();
}

bool SandboxService::authorised(const QByteArray& header) const
{
    const QByteArray expected = "bearer " + m_options.token.toUtf8();
    if (header.size() != expected.size() || (!header.startsWith("Bearer ") && !header.startsWith("bearer ")))
        return false;
    // Compare every byte whatever the first difference, so timing says nothing about the token.
    int difference = 0;
    for (qsizetype i = 7; i < expected.size(); ++i)
        difference |= header.at(i) ^ expected.at(i);
    return difference == 0;
}

void SandboxService::handle(const QHttpServerRequest& request, QHttpServerResponder&& responder)
{
    auto call = std::make_shared<Call>();
    call->socket = responder.socket();
    call->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    m_connections.removeAll(QPointer<QTcpSocket>());
    if (!m_connections.contains(call->socket))
        m_connections.append(call->socket);

    const QByteArray method = methodName(request.method());
    const QString path = request.url().path(QUrl::FullyEncoded);
    bool methodAllowed = false;
    if (!SandboxApi::route(method, path, call->request, &methodAllowed)) {
        send(*call, SandboxResponse::problem(404, QStringLiteral("not-found"), tr("There is no such resource."),
                                             QStringLiteral("%1 %2").arg(QString::fromLatin1(method), path)));
        return;
    }
    const bool write = SandboxApi::isWrite(call->request.endpoint);
    if (!methodAllowed) {
        send(*call, SandboxResponse::problem(405, QStringLiteral("method-not-allowed"),
                                             tr("This resource does not answer that method."),
                                             QStringLiteral("%1 %2").arg(QString::fromLatin1(method), path))
                        .withHeader("Allow", write ? "POST" : "GET"));
        return;
    }
    SandboxApi::Request& r = call->request;
    r.query = request.query();
    r.body = request.body();
    r.stationId = QString::fromUtf8(request.value("X-Station-Id")).trimmed();
    r.idempotencyKey = QString::fromUtf8(request.value("Idempotency-Key")).trimmed();
    r.ifNoneMatch = request.value("If-None-Match");

    // A gateway's faults come first: the request never reaches the marketplace.
    call->fault = m_faults.decide(SandboxApi::endpointName(r.endpoint));
    if (call->fault.before()) {
        deliver(call, faultResponse(call->fault));
        return;
    }
    if (!authorised(request.value("Authorization"))) {
        deliver(call,
                SandboxResponse::problem(401, QStringLiteral("unauthorized"), tr("A valid bearer token is required."),
                                         QStringLiteral("missing or wrong Authorization: Bearer header"))
                    .withHeader("WWW-Authenticate", "Bearer realm=\"SayPro training marketplace\""));
        return;
    }
    if (write) {
        const QString& key = r.idempotencyKey;
        if (!key.isEmpty())
            ++m_requestsByKey[key];
        if (key.isEmpty() || QUuid::fromString(key).isNull()) {
            deliver(call,
                    SandboxResponse::problem(400, QStringLiteral("bad-request"), tr("The request is malformed."),
                                             QStringLiteral("every POST needs an Idempotency-Key header (a UUID)")));
            return;
        }
        if (m_inFlight.contains(key)) {
            deliver(call, SandboxResponse::problem(409, QStringLiteral("request-in-progress"),
                                                   tr("A request with this Idempotency-Key is still being processed."),
                                                   QStringLiteral("Idempotency-Key %1 is in flight").arg(key)));
            return;
        }
        call->requestHash = requestHash(method, path, r.body);
        auto stored = m_store->storedResponse(key);
        if (!stored) {
            deliver(call, serverError(stored.error()));
            return;
        }
        if (*stored) {
            if ((*stored)->requestHash != call->requestHash) {
                deliver(call, SandboxResponse::problem(422, QStringLiteral("idempotency-key-reused"),
                                                       tr("This Idempotency-Key was already used for another request."),
                                                       QStringLiteral("Idempotency-Key %1 was used with a different "
                                                                      "method, path or body")
                                                           .arg(key)));
                return;
            }
            SandboxResponse replay{(*stored)->status, (*stored)->contentType, (*stored)->body, {}};
            deliver(call, replay.withHeader("Idempotent-Replayed", "true"));
            return;
        }
        m_inFlight.insert(key);
        call->holdsKey = true;
    }
    if (call->fault.latencyMs > 0)
        QTimer::singleShot(call->fault.latencyMs, this, [this, call] { execute(call); });
    else
        execute(call);
}

void SandboxService::execute(const std::shared_ptr<Call>& call)
{
    if (!m_api)
        return; // closed meanwhile
    const QString key = call->request.idempotencyKey;
    SandboxResponse response;
    if (auto r = m_life->catchUp(); !r) {
        response = serverError(r.error());
    } else if (!SandboxApi::isWrite(call->request.endpoint)) {
        response = m_api->handle(call->request);
    } else {
        // The effect and the record of its answer commit together: a retry finds one or neither.
        Transaction tx(m_store->database());
        if (auto b = tx.begin(); !b) {
            response = serverError(b.error());
        } else {
            response = m_api->handle(call->request);
            if (response.status < 500 && call->holdsKey) {
                const SandboxStore::StoredResponse record{call->requestHash, response.status, response.contentType,
                                                          response.body, m_clock->nowMs()};
                if (auto s = m_store->storeResponse(key, record); !s)
                    response = serverError(s.error());
            }
            if (response.status < 500)
                if (auto c = tx.commit(); !c)
                    response = serverError(c.error());
        }
    }
    if (call->holdsKey)
        m_inFlight.remove(key);
    send(*call, std::move(response));
}

void SandboxService::deliver(const std::shared_ptr<Call>& call, const SandboxResponse& response)
{
    if (call->fault.latencyMs > 0)
        QTimer::singleShot(call->fault.latencyMs, this, [this, call, response] { send(*call, response); });
    else
        send(*call, response);
}

void SandboxService::send(Call& call, SandboxResponse response)
{
    QTcpSocket* socket = call.socket.data();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return; // the client went away (or the server went down) while the request ran
    using Kind = FaultInjector::Kind;
    QHttpServerResponder& out = *call.responder;
    const qsizetype fullLength = response.body.size();
    switch (call.fault.kind) {
    case Kind::Drop:
        socket->abort();
        return;
    case Kind::Truncate:
        if (response.body.isEmpty()) {
            socket->abort();
            return;
        }
        response.body.truncate(fullLength / 2);
        break;
    case Kind::Malformed:
        // A strict prefix of a JSON object is never valid JSON.
        if (!response.body.isEmpty())
            response.body.truncate(std::max<qsizetype>(1, fullLength / 2));
        break;
    default:
        break;
    }
    out.writeStatusLine(QHttpServerResponder::StatusCode(response.status));
    if (!response.contentType.isEmpty())
        out.writeHeader("Content-Type", response.contentType);
    for (const auto& [name, value] : response.headers)
        out.writeHeader(name, value);
    if (response.status != 304) {
        const qsizetype announced = call.fault.kind == Kind::Truncate ? fullLength : response.body.size();
        out.writeHeader("Content-Length", QByteArray::number(announced));
    }
    out.writeBody(response.body);
    if (call.fault.kind == Kind::Truncate)
        socket->disconnectFromHost(); // after the half body is flushed
}

Status SandboxService::setFaults(const QString& spec, quint64 seed)
{
    auto parsed = FaultSpec::parse(spec);
    if (!parsed)
        return std::unexpected(parsed.error());
    m_faults.reset(std::move(*parsed), seed);
    return {};
}

Status SandboxService::setFaults(const QString& spec, FaultInjector::RandomSource source)
{
    auto parsed = FaultSpec::parse(spec);
    if (!parsed)
        return std::unexpected(parsed.error());
    m_faults.reset(std::move(*parsed), std::move(source));
    return {};
}

QDateTime SandboxService::now() const
{
    return m_clock->now();
}

Result<QDateTime> SandboxService::advanceTime(qint64 ms)
{
    if (ms < 0)
        return fail(Error::Code::InvalidArgument, tr("Simulated time only moves forward."),
                    QStringLiteral("advanceTime(%1)").arg(ms));
    m_clock->advance(ms);
    if (auto r = m_life->catchUp(); !r)
        return std::unexpected(r.error());
    return m_clock->now();
}

Result<int> SandboxService::drain()
{
    if (auto r = m_life->catchUp(); !r)
        return std::unexpected(r.error());
    return m_life->drain();
}

Status SandboxService::cancelOrder(const QString& orderId)
{
    return m_life->cancelOrder(orderId);
}

Status SandboxService::capturePayment(const QString& orderId)
{
    return m_life->capturePayment(orderId);
}

Result<QStringList> SandboxService::createOrders(int count)
{
    return m_life->createOrders(count);
}

Result<QJsonObject> SandboxService::order(const QString& orderId)
{
    auto row = m_store->order(orderId);
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(Error::Code::NotFound, tr("There is no order %1 in the training marketplace.").arg(orderId),
                    QStringLiteral("no order %1").arg(orderId));
    return (*row)->toJson();
}

Result<QList<QJsonObject>> SandboxService::orders()
{
    auto rows = m_store->allOrders();
    if (!rows)
        return std::unexpected(rows.error());
    QList<QJsonObject> list;
    list.reserve(rows->size());
    for (const auto& row : *rows)
        list.append(row.toJson());
    return list;
}

Result<SandboxCounts> SandboxService::counts(const QString& column, const QString& value)
{
    auto one = [&](const QString& table, const QString& extra) -> Result<qint64> {
        auto q = m_store->database().prepare(
            QStringLiteral("SELECT count(*) FROM %1 WHERE %2 = ?%3").arg(table, column, extra));
        if (!q)
            return std::unexpected(q.error());
        q->addBindValue(value);
        if (auto r = Database::exec(*q, QStringLiteral("count %1").arg(table)); !r)
            return std::unexpected(r.error());
        return q->next() ? q->value(0).toLongLong() : 0;
    };
    SandboxCounts c;
    const std::pair<qint64*, std::pair<QString, QString>> parts[] = {
        {&c.events, {QStringLiteral("order_events"), QString()}},
        {&c.shipments, {QStringLiteral("shipments"), QString()}},
        {&c.notifications, {QStringLiteral("notifications"), QString()}},
        {&c.claims, {QStringLiteral("claims"), QStringLiteral(" AND action IN ('claim', 'renew')")}},
        {&c.releases, {QStringLiteral("claims"), QStringLiteral(" AND action = 'release'")}},
        {&c.adjustments, {QStringLiteral("adjustments"), QString()}},
        {&c.inspections, {QStringLiteral("inspections"), QString()}},
    };
    for (const auto& [target, source] : parts) {
        auto n = one(source.first, source.second);
        if (!n)
            return std::unexpected(n.error());
        *target = *n;
    }
    return c;
}

Result<SandboxCounts> SandboxService::countsForOrder(const QString& orderId)
{
    return counts(QStringLiteral("order_id"), orderId);
}

Result<SandboxCounts> SandboxService::countsForKey(const QString& key)
{
    return counts(QStringLiteral("idempotency_key"), key);
}

Result<QList<QJsonObject>> SandboxService::inventory()
{
    auto q = m_store->database().prepare(
        QStringLiteral("SELECT id, sku, location, on_hand, version, updated_ms FROM inventory ORDER BY id"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = Database::exec(*q, QStringLiteral("read inventory")); !r)
        return std::unexpected(r.error());
    QList<QJsonObject> list;
    while (q->next())
        list.append(QJsonObject{{QStringLiteral("id"), q->value(0).toString()},
                                {QStringLiteral("sku"), q->value(1).toString()},
                                {QStringLiteral("location"), q->value(2).toString()},
                                {QStringLiteral("on_hand"), q->value(3).toLongLong()},
                                {QStringLiteral("version"), q->value(4).toLongLong()},
                                {QStringLiteral("updated_at"),
                                 ApiJson::time(QDateTime::fromMSecsSinceEpoch(q->value(5).toLongLong(), Qt::UTC))}});
    return list;
}

Result<QStringList> SandboxService::outOfStockSkus()
{
    auto value = m_store->meta(QStringLiteral("out_of_stock_skus"));
    if (!value)
        return std::unexpected(value.error());
    return value->split(u',', Qt::SkipEmptyParts);
}

Result<QList<QJsonObject>> SandboxService::notifications(const QString& orderId)
{
    auto q =
        m_store->database().prepare(QStringLiteral("SELECT body FROM notifications WHERE order_id = ? ORDER BY id"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(orderId);
    if (auto r = Database::exec(*q, QStringLiteral("read notifications")); !r)
        return std::unexpected(r.error());
    QList<QJsonObject> list;
    while (q->next())
        list.append(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
    return list;
}

Result<QStringList> SandboxService::statusEvents(const QString& orderId)
{
    auto q =
        m_store->database().prepare(QStringLiteral("SELECT status FROM order_events WHERE order_id = ? ORDER BY id"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(orderId);
    if (auto r = Database::exec(*q, QStringLiteral("read status events")); !r)
        return std::unexpected(r.error());
    QStringList list;
    while (q->next())
        list.append(q->value(0).toString());
    return list;
}

void SandboxService::dropConnections()
{
    m_listener->close();
    QList<QPointer<QTcpSocket>> sockets = m_connections;
    for (QTcpSocket* s : m_listener->findChildren<QTcpSocket*>())
        sockets.append(s);
    for (const QPointer<QTcpSocket>& s : sockets)
        if (s)
            s->abort();
    m_connections.clear();
}

Status SandboxService::goDown()
{
    if (!m_listener || m_down)
        return {};
    dropConnections();
    m_down = true;
    qCInfo(lcSandbox) << "training marketplace down: port" << m_port << "refuses connections";
    return {};
}

Status SandboxService::comeBack()
{
    if (!m_listener || !m_down)
        return {};
    if (auto r = listen(); !r)
        return r;
    m_down = false;
    qCInfo(lcSandbox) << "training marketplace back on port" << m_port;
    return {};
}

} // namespace saypro
