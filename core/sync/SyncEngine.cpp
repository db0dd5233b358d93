#include "SyncEngine.h"

#include "common/Clock.h"
#include "intake/IntakeService.h"
#include "storage/Database.h"
#include "storage/SyncPageWriter.h"
#include "sync/ApiJson.h"
#include "sync/MarketplaceClient.h"
#include "sync/SyncLogging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QSysInfo>

namespace saypro {

namespace {
/// The array that holds a page's items, per resource (docs/marketplace-api-v1.yaml).
QString itemsKey(const QString& resource)
{
    if (resource == QLatin1String("inventory"))
        return QStringLiteral("items");
    if (resource == QLatin1String("tracking-events"))
        return QStringLiteral("events");
    return resource; // products, orders, returns, feedback
}

QByteArray rawJson(const QJsonValue& v)
{
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    return QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
}
} // namespace

SyncEngine::SyncEngine(QString databasePath, ConnectionSettings settings, SyncEngineOptions options, const Clock& clock,
                       NetworkFactory networkFactory, QObject* parent)
    : QObject(parent), m_path(std::move(databasePath)), m_settings(std::move(settings)), m_options(std::move(options)),
      m_clock(clock), m_networkFactory(std::move(networkFactory)), m_waitTimer(this)
{
    if (m_settings.stationId.isEmpty())
        m_settings.stationId = QSysInfo::machineHostName();
    m_options.pageSize = std::clamp(m_options.pageSize, 1, 1000);
    m_options.pullAttempts = std::max(1, m_options.pullAttempts);
    m_options.pushAttemptsPerRun = std::max(1, m_options.pushAttemptsPerRun);
    m_backoff = Backoff(m_options.backoffBaseMs, m_options.backoffCapMs);
    m_waitTimer.setSingleShot(true);
    connect(&m_waitTimer, &QTimer::timeout, this, &SyncEngine::pump);
}

SyncEngine::~SyncEngine()
{
    close();
}

void SyncEngine::setRandomSource(Backoff::RandomSource random)
{
    m_random = std::move(random);
    m_backoff = Backoff(m_options.backoffBaseMs, m_options.backoffCapMs, m_random);
    if (m_client)
        m_client->setBackoff(m_backoff);
}

void SyncEngine::open()
{
    if (m_db) {
        Q_EMIT opened(true, Error());
        return;
    }
    auto db = Database::open(m_path, Database::OpenMode::CreateIfMissing);
    if (!db) {
        qCWarning(lcSync).noquote() << "sync: cannot open" << m_path << db.error().toString();
        Q_EMIT opened(false, db.error());
        return;
    }
    m_db = std::move(*db);
    m_store = std::make_unique<SyncStore>(*m_db, m_clock, m_settings.stationId);
    m_network = m_networkFactory ? m_networkFactory() : new QNetworkAccessManager();
    m_network->setParent(this);
    m_client = new MarketplaceClient(m_network, m_settings, m_clock, this);
    m_client->setBackoff(m_backoff);
    qCInfo(lcSync).noquote() << "sync: station" << m_settings.stationId << "database" << m_path << "marketplace"
                             << m_settings.baseUrl.toString();
    Q_EMIT opened(true, Error());
    emitCounts();
}

void SyncEngine::close()
{
    cancel();
    delete m_client;
    m_client = nullptr;
    delete m_network;
    m_network = nullptr;
    m_store.reset();
    m_db.reset();
}

void SyncEngine::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_again = false;
    m_waitTimer.stop();
    if (m_client)
        m_client->cancelAll();
    // Callbacks of cancelled requests arrive later and find the run over.
    failRun(Error::make(Error::Code::Io, tr("Sync was stopped."), QStringLiteral("cancelled")));
}

void SyncEngine::emitCounts()
{
    if (!m_store)
        return;
    const qint64 pending = m_store->pendingEvents().value_or(0);
    const int problems = m_store->openProblemCount().value_or(0);
    Q_EMIT countsChanged(pending, problems, m_store->lastSuccess().value_or(QDateTime()));
}

void SyncEngine::syncOnce()
{
    if (!m_db)
        open();
    if (!m_db) {
        SyncReport r;
        r.startedAt = r.finishedAt = m_clock.now();
        r.hasError = true;
        r.error = Error::make(Error::Code::Storage, tr("The station database cannot be opened."), m_path);
        Q_EMIT finished(r);
        return;
    }
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    m_cancelled = false;
    m_failed = false;
    m_report = SyncReport();
    m_report.startedAt = m_clock.now();
    m_report.firstSync = m_store->neverSynced().value_or(false);
    m_resourceIndex = 0;
    m_itemsDone = 0;
    m_itemsBeforeOrders = 0;
    m_ordersDone = 0;
    m_firstItemTime = QDateTime();
    m_lastItemTime = QDateTime();
    m_pushing = false;
    m_stopPush = false;
    m_inFlight.clear();
    m_runAttempts.clear();
    m_exhausted.clear();
    m_pausedUntil = QDateTime();
    qCInfo(lcSync) << "sync: run started" << (m_report.firstSync ? "(first sync)" : "");
    Q_EMIT started(m_report.firstSync);
    startResource();
}

void SyncEngine::startResource()
{
    if (!m_running)
        return;
    if (m_resourceIndex >= m_options.resources.size()) {
        runIntake();
        startPush();
        return;
    }
    const QString resource = m_options.resources.at(m_resourceIndex);
    ResourceReport rr;
    rr.resource = resource;
    m_report.resources.append(rr);
    auto start = m_store->startCursor(resource, m_options.overlapMs);
    if (!start) {
        failRun(start.error());
        return;
    }
    fetchPage(*start);
}

void SyncEngine::fetchPage(const QString& cursor)
{
    const QString resource = m_options.resources.at(m_resourceIndex);
    m_pageCursor = cursor;
    ApiRequest request;
    request.path = QStringLiteral("/v1/") + resource;
    request.query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.pageSize));
    if (!cursor.isEmpty())
        request.query.addQueryItem(QStringLiteral("updated_after"),
                                   QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
    request.maxAttempts = m_options.pullAttempts;
    const quint64 generation = ++m_pullGeneration;
    m_pullRequest = m_client->send(request, this, [this, generation](const ApiResponse& r) {
        if (generation != m_pullGeneration)
            return; // a prefetched page whose run failed or was stopped before it was needed
        m_pullRequest = 0;
        onPage(r);
    });
}

void SyncEngine::onPage(const ApiResponse& response)
{
    if (!m_running || m_cancelled)
        return;
    const QString resource = m_options.resources.at(m_resourceIndex);
    if (!response.ok()) {
        failRun(response.error, &response);
        return;
    }
    const QJsonObject page = response.json.object();
    const QJsonValue itemsValue = page.value(itemsKey(resource));
    const QJsonValue next = page.value(QLatin1String("next_cursor"));
    if (!response.json.isObject() || !itemsValue.isArray() || !(next.isString() || next.isNull())) {
        ApiResponse bad = response;
        bad.kind = ApiResponse::Kind::BadResponse;
        failRun(Error::make(Error::Code::Io,
                            tr("The marketplace sent an answer the station could not read; it will try again."),
                            QStringLiteral("GET /v1/%1: the page has no '%2' list or next_cursor")
                                .arg(resource, itemsKey(resource))),
                &bad);
        return;
    }
    const QJsonArray items = itemsValue.toArray();
    if (items.isEmpty()) {
        resourceDone(true);
        return;
    }
    const QString nextCursor = next.toString();
    if (nextCursor.isEmpty())
        qCWarning(lcSync).noquote() << "sync: a non-empty page of" << resource
                                    << "came without next_cursor; it will be read again next time";
    // Pipelining: the next page downloads while this one is stored. Its answer is handled only after this
    // page is committed (same thread), so cursors are still stored in order, each with its own page; if
    // this page fails, the request is dropped and the run fails exactly as before.
    const bool more = items.size() >= m_options.pageSize && !nextCursor.isEmpty();
    if (more)
        fetchPage(nextCursor);

    SyncPageWriter writer(*m_db, m_clock, m_settings.stationId, resource);
    if (auto r = writer.begin(); !r) {
        failRun(r.error());
        return;
    }
    for (const QJsonValue& item : items) {
        if (auto r = ingestItem(writer, resource, item); !r) {
            writer.rollback();
            qCWarning(lcSync).noquote() << "sync: page of" << resource << "not stored:" << r.error().toString();
            failRun(r.error());
            return;
        }
    }
    if (auto r = writer.commit(nextCursor); !r) {
        writer.rollback();
        failRun(r.error());
        return;
    }
    ResourceReport& rr = m_report.resources.last();
    IngestCounts counts = writer.counts();
    counts.received = int(items.size());
    rr.counts += counts;
    if (!nextCursor.isEmpty())
        rr.cursor = nextCursor;
    m_itemsDone += items.size();
    if (resource == QLatin1String("orders"))
        m_ordersDone += items.size();
    else if (!m_firstItemTime.isValid())
        m_itemsBeforeOrders = m_itemsDone;
    qCDebug(lcSync).noquote() << "sync:" << resource << "page of" << items.size() << "stored";
    reportProgress();
    if (!more)
        resourceDone(true);
}

Status SyncEngine::ingestItem(SyncPageWriter& writer, const QString& resource, const QJsonValue& item)
{
    const QJsonObject o = item.toObject();
    Status applied;
    if (!item.isObject()) {
        applied = fail(Error::Code::InvalidArgument, tr("The marketplace sent a record this station cannot read."),
                       QStringLiteral("%1 item is not a JSON object").arg(resource));
    } else if (resource == QLatin1String("orders")) {
        auto order = ApiJson::orderFromJson(o);
        if (order) {
            if (!m_firstItemTime.isValid())
                m_firstItemTime = order->updatedAt;
            m_lastItemTime = order->updatedAt;
            applied = writer.applyOrder(*order, o.value(QLatin1String("claimed_by")).toString());
        } else {
            applied = std::unexpected(order.error());
        }
    } else if (resource == QLatin1String("products")) {
        auto r = ApiJson::productFromJson(o);
        applied = r ? writer.applyProduct(*r) : Status(std::unexpected(r.error()));
    } else if (resource == QLatin1String("inventory")) {
        auto r = ApiJson::stockFromJson(o);
        applied = r ? writer.applyStock(*r) : Status(std::unexpected(r.error()));
    } else if (resource == QLatin1String("tracking-events")) {
        auto r = ApiJson::trackingEventFromJson(o);
        applied = r ? writer.applyTrackingEvent(*r) : Status(std::unexpected(r.error()));
    } else if (resource == QLatin1String("returns")) {
        auto r = ApiJson::returnFromJson(o);
        applied = r ? writer.applyReturn(*r) : Status(std::unexpected(r.error()));
    } else if (resource == QLatin1String("feedback")) {
        auto r = ApiJson::feedbackFromJson(o);
        applied = r ? writer.applyFeedback(*r) : Status(std::unexpected(r.error()));
    } else {
        return fail(Error::Code::InvalidArgument, tr("Unknown sync resource."), resource);
    }
    if (applied || !SyncPageWriter::isItemError(applied.error()))
        return applied;
    // The item cannot be read or stored: keep it, raw, with a visible problem, and go on with the page.
    const QJsonValue version = o.value(QLatin1String("version"));
    return writer.quarantine(o.value(QLatin1String("id")).toString(),
                             version.isDouble() ? std::optional<qint64>(version.toInteger()) : std::nullopt,
                             rawJson(item), applied.error());
}

void SyncEngine::reportProgress()
{
    // The API gives no totals. Orders come oldest change first, so the share of the time between the
    // first order and now that the pages have covered estimates how far the pull of orders has come;
    // the items pulled before the orders (the catalogue) are counted as they are.
    qint64 total = 0;
    if (m_firstItemTime.isValid() && m_lastItemTime.isValid()) {
        const qint64 span = m_firstItemTime.msecsTo(m_clock.now());
        const qint64 covered = m_firstItemTime.msecsTo(m_lastItemTime);
        if (span > 0 && covered > 0)
            total = std::max<qint64>(m_itemsDone, m_itemsBeforeOrders +
                                                      qint64(double(m_ordersDone) * double(span) / double(covered)));
    }
    Q_EMIT progress(m_itemsDone, total);
}

void SyncEngine::resourceDone(bool complete)
{
    ResourceReport& rr = m_report.resources.last();
    rr.complete = complete;
    if (rr.cursor.isEmpty())
        rr.cursor = m_store->cursor(rr.resource).value_or(QString());
    if (rr.resource == QLatin1String("orders"))
        m_lastItemTime = m_clock.now(); // the estimate is now exact for orders
    ++m_resourceIndex;
    startResource();
}

void SyncEngine::runIntake()
{
    if (!m_options.runIntake || !m_running)
        return;
    auto report = IntakeService(*m_db, m_clock, m_settings.stationId).run();
    if (!report) {
        // Intake is the station's own business: a failure here is logged and shown, and the events
        // already queued still go out.
        qCWarning(lcSync).noquote() << "sync: intake pass failed:" << report.error().toString();
        if (!m_report.hasError) {
            m_report.hasError = true;
            m_report.error = report.error();
        }
        return;
    }
    report->outcomes.clear();
    m_report.intake = *report;
    m_report.intakeRan = true;
}

void SyncEngine::startPush()
{
    m_pushing = true;
    pump();
}

void SyncEngine::pump()
{
    if (!m_running || !m_pushing)
        return;
    const QDateTime now = m_clock.now();
    const bool paused = m_pausedUntil.isValid() && now < m_pausedUntil;
    if (!m_stopPush && !paused) {
        const int free = std::max(1, m_settings.maxConcurrentRequests) - int(m_inFlight.size());
        if (free > 0) {
            QSet<qint64> exclude = m_exhausted;
            for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it)
                exclude.insert(it.key());
            auto rows = m_store->sendable(free, exclude);
            if (!rows) {
                m_stopPush = true;
                failRun(rows.error());
                return;
            }
            for (const OutboxRow& row : std::as_const(*rows)) {
                ApiRequest request;
                request.method = row.method.toLatin1();
                request.path = row.path;
                request.body = QJsonDocument(row.payload).toJson(QJsonDocument::Compact);
                request.idempotencyKey = row.idempotencyKey;
                request.maxAttempts = 1; // retries are the outbox's: durable, with the row's own backoff
                m_inFlight.insert(row.id, row);
                m_client->send(request, this, [this, row](const ApiResponse& r) { onPushed(row, r); });
            }
        }
    }
    if (!m_inFlight.isEmpty())
        return;
    if (m_stopPush) {
        finishRun();
        return;
    }
    auto next = m_store->nextAttemptAt(m_exhausted);
    if (!next) {
        failRun(next.error());
        return;
    }
    if (!*next) {
        finishRun(); // nothing left to send
        return;
    }
    QDateTime due = **next;
    if (paused && m_pausedUntil > due)
        due = m_pausedUntil;
    const qint64 wait = now.msecsTo(due);
    if (wait > m_options.maxWaitInRunMs) {
        qCInfo(lcSync) << "sync: next outbox attempt in" << wait << "ms; the run ends and a later one sends it";
        finishRun();
        return;
    }
    qCDebug(lcSync) << "sync: waiting" << wait << "ms for the next outbox attempt";
    m_waitTimer.start(int(std::max<qint64>(0, wait)));
}

void SyncEngine::onPushed(const OutboxRow& row, const ApiResponse& r)
{
    if (!m_inFlight.remove(row.id) || !m_running)
        return;
    Status stored;
    if (r.ok()) {
        stored = m_store->markDelivered(row.id, r.httpStatus, r.body);
        ++m_report.eventsDelivered;
        if (stored && row.kind == QLatin1String("claim")) {
            const QJsonObject claim = r.json.object();
            stored = m_store->recordClaim(row.orderId,
                                          claim.value(QLatin1String("station_id")).toString(m_settings.stationId),
                                          ApiJson::parseTime(claim.value(QLatin1String("expires_at"))));
        }
        if (stored && row.kind == QLatin1String("stock_adjustment")) {
            // The answer names the inventory version that includes the movement. A figure pulled while
            // the answer was lost may already count it: recounting now keeps it from being counted twice.
            stored = SyncPageWriter::recountStock(*m_db, row.payload.value(QLatin1String("sku")).toString(),
                                                  row.payload.value(QLatin1String("location")).toString());
        }
        qCDebug(lcSync).noquote() << "sync: outbox row" << row.id << row.kind << "delivered";
    } else if (r.definitive()) {
        stored = m_store->markRejected(row, r.httpStatus, r.body, r.error.message, r.error.detail);
        ++m_report.eventsRejected;
        if (stored && row.kind == QLatin1String("stock_adjustment")) {
            // The marketplace refused the movement: the bin no longer counts it.
            stored = SyncPageWriter::recountStock(*m_db, row.payload.value(QLatin1String("sku")).toString(),
                                                  row.payload.value(QLatin1String("location")).toString());
        }
    } else if (r.retryable()) {
        const qint64 delay = m_backoff.delayMs(row.attempts, r.retryAfterMs);
        stored = m_store->markRetry(row.id, delay, r.error.detail);
        ++m_report.eventsRetried;
        if (++m_runAttempts[row.id] >= m_options.pushAttemptsPerRun)
            m_exhausted.insert(row.id);
        if (r.kind == ApiResponse::Kind::Network || r.kind == ApiResponse::Kind::Timeout ||
            r.kind == ApiResponse::Kind::Throttled) {
            // The marketplace as a whole is unreachable or asked for a pause: start nothing new until then.
            const QDateTime until = m_clock.now().addMSecs(delay);
            if (!m_pausedUntil.isValid() || until > m_pausedUntil)
                m_pausedUntil = until;
        }
        if (r.kind == ApiResponse::Kind::Network || r.kind == ApiResponse::Kind::Timeout)
            m_report.offline = true;
        if (!m_report.hasError) {
            m_report.hasError = true;
            m_report.error = r.error;
        }
    } else if (r.kind == ApiResponse::Kind::Cancelled) {
        // The run is being stopped.
    } else {
        // Token refused or certificate not trusted: nothing will pass until someone fixes the settings.
        stored = m_store->noteError(row.id, r.error.detail);
        m_stopPush = true;
        m_failed = true;
        m_report.unauthorized = r.kind == ApiResponse::Kind::Unauthorized;
        m_report.hasError = true;
        m_report.error = r.error;
    }
    if (!stored) {
        m_stopPush = true;
        m_failed = true;
        m_report.hasError = true;
        m_report.error = stored.error();
    }
    pump();
}

void SyncEngine::dropPrefetch()
{
    if (!m_pullRequest)
        return;
    const quint64 id = std::exchange(m_pullRequest, 0);
    ++m_pullGeneration; // its answer (the cancellation included) is ignored
    if (m_client)
        m_client->cancel(id);
}

void SyncEngine::failRun(const Error& error, const ApiResponse* response)
{
    if (!m_running)
        return;
    dropPrefetch();
    m_failed = true;
    m_report.hasError = true;
    m_report.error = error;
    if (response) {
        m_report.offline = response->kind == ApiResponse::Kind::Network || response->kind == ApiResponse::Kind::Timeout;
        m_report.unauthorized = response->kind == ApiResponse::Kind::Unauthorized;
    }
    if (!m_inFlight.isEmpty()) {
        // Let the rows in flight finish and record their outcome; nothing new starts.
        m_stopPush = true;
        m_pushing = true;
        return;
    }
    finishRun();
}

void SyncEngine::finishRun()
{
    if (!m_running)
        return;
    m_waitTimer.stop();
    m_report.finishedAt = m_clock.now();
    for (ResourceReport& rr : m_report.resources)
        if (rr.cursor.isEmpty())
            rr.cursor = m_store->cursor(rr.resource).value_or(QString());
    m_report.pendingEvents = m_store->pendingEvents().value_or(-1);
    m_report.openProblems = m_store->openProblemCount().value_or(-1);
    m_report.openTasks = m_store->openTaskCount().value_or(-1);
    bool allPulled = m_report.resources.size() == m_options.resources.size();
    for (const ResourceReport& rr : std::as_const(m_report.resources))
        allPulled = allPulled && rr.complete;
    m_report.completed = !m_cancelled && !m_failed && allPulled && m_report.pendingEvents == 0;
    if (m_report.completed) {
        // Retries that ended in delivery are not a failure of the run.
        m_report.hasError = false;
        m_report.error = Error();
        m_report.offline = false;
        if (auto r = m_store->setLastSuccess(m_report.finishedAt); !r)
            qCWarning(lcSync).noquote() << "sync: last sync time not stored:" << r.error().toString();
    } else if (!m_report.hasError) {
        m_report.hasError = true;
        m_report.error =
            Error::make(Error::Code::Io,
                        tr("%n event(s) could not be sent yet; the station will keep trying.", nullptr,
                           int(m_report.pendingEvents)),
                        QStringLiteral("%1 outbox rows pending after the run").arg(m_report.pendingEvents));
    }
    m_report.lastSuccess = m_store->lastSuccess().value_or(QDateTime());
    m_running = false;
    m_pushing = false;
    const IngestCounts total = m_report.total();
    qCInfo(lcSync).noquote() << "sync: run" << (m_report.completed ? "completed" : "incomplete") << "- received"
                             << total.received << "inserted" << total.inserted << "updated" << total.updated << "pushed"
                             << m_report.eventsDelivered << "rejected" << m_report.eventsRejected << "pending"
                             << m_report.pendingEvents << (m_report.hasError ? m_report.error.toString() : QString());
    Q_EMIT finished(m_report);
    emitCounts();
    if (m_again && !m_cancelled) {
        m_again = false;
        QTimer::singleShot(0, this, &SyncEngine::syncOnce);
    }
}

void SyncEngine::claimOrder(qint64 orderId)
{
    ClaimResult result;
    result.orderId = orderId;
    if (!m_db)
        open();
    if (!m_db) {
        result.message = tr("The station database cannot be opened.");
        Q_EMIT claimFinished(result);
        return;
    }
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT marketplace_id, number FROM orders WHERE id = ?"));
    q.addBindValue(orderId);
    if (!q.exec() || !q.next()) {
        result.message = tr("That order is not in this station.");
        Q_EMIT claimFinished(result);
        return;
    }
    const QString marketplaceId = q.value(0).toString();
    result.orderNumber = q.value(1).toString();
    q.finish();

    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.path = QStringLiteral("/v1/orders/%1/claim").arg(marketplaceId);
    request.body = QJsonDocument(QJsonObject{{QStringLiteral("lease_seconds"), m_options.claimLeaseSeconds}})
                       .toJson(QJsonDocument::Compact);
    request.idempotencyKey = MarketplaceClient::newIdempotencyKey();
    m_client->send(request, this, [this, result, marketplaceId, request](const ApiResponse& r) mutable {
        if (r.ok()) {
            const QJsonObject claim = r.json.object();
            result.outcome = ClaimResult::Outcome::Claimed;
            result.heldBy = claim.value(QLatin1String("station_id")).toString(m_settings.stationId);
            result.expiresAt = ApiJson::parseTime(claim.value(QLatin1String("expires_at")));
            result.message = tr("Order %1 is yours to pack.").arg(result.orderNumber);
            if (auto s = m_store->recordClaim(result.orderId, result.heldBy, result.expiresAt); !s)
                qCWarning(lcSync).noquote() << "sync: claim not recorded:" << s.error().toString();
        } else if (r.kind == ApiResponse::Kind::Conflict) {
            result.outcome = ClaimResult::Outcome::ClaimedElsewhere;
            result.heldBy = r.problem().value(QLatin1String("held_by")).toString();
            result.message = result.heldBy.isEmpty()
                                 ? tr("Order %1 is claimed by another station.").arg(result.orderNumber)
                                 : tr("Order %1 is claimed by station %2.").arg(result.orderNumber, result.heldBy);
            if (!result.heldBy.isEmpty())
                if (auto s = m_store->recordClaim(result.orderId, result.heldBy, QDateTime()); !s)
                    qCWarning(lcSync).noquote() << "sync: claim holder not recorded:" << s.error().toString();
        } else if (r.retryable()) {
            // No answer: queue the very same request (same key), so the marketplace sees one claim.
            auto queued = m_store->enqueueClaim(result.orderId, marketplaceId, m_options.claimLeaseSeconds,
                                                request.idempotencyKey);
            if (queued) {
                result.outcome = ClaimResult::Outcome::Queued;
                result.message = tr("The marketplace cannot be reached. The claim of order %1 was queued and is "
                                    "sent when the station is back online.")
                                     .arg(result.orderNumber);
            } else {
                result.message = queued.error().message;
            }
        } else {
            result.outcome = ClaimResult::Outcome::Failed;
            result.message = r.error.message;
        }
        Q_EMIT claimFinished(result);
        emitCounts();
    });
}

} // namespace saypro
