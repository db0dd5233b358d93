#pragma once
// sync: the sync engine. Owns one run of pulling marketplace changes into the station's cache (per
// resource, page by page, each page and its cursor in one transaction, with overlap and version
// de-duplication) and pushing the outbox (in order per order, one row in flight per order, each with
// its own Idempotency-Key), and claims. It opens its own database connection and network manager on
// the thread it lives on, so SyncService can run it on a worker thread.

#include "common/Error.h"
#include "storage/SyncStore.h"
#include "sync/ApiResponse.h"
#include "sync/Backoff.h"
#include "sync/ConnectionSettings.h"
#include "sync/SyncReport.h"

#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace saypro {

class Clock;
class Database;
class MarketplaceClient;
class SyncPageWriter;

struct SyncEngineOptions
{
    int pageSize = 200;         ///< items per page asked for (1-1000)
    qint64 overlapMs = 120000;  ///< a pull re-reads what changed since a position stored this long ago
    int pullAttempts = 5;       ///< attempts per page request before the run gives up
    qint64 backoffBaseMs = 500; ///< full-jitter backoff: random(0, min(cap, base * 2^attempt))
    qint64 backoffCapMs = 60000;
    int pushAttemptsPerRun = 5;    ///< attempts per outbox row within one run (rows keep trying in later runs)
    qint64 maxWaitInRunMs = 30000; ///< a run waits for a retry due within this time, and ends otherwise
    int claimLeaseSeconds = 3600;
    /// The resources pulled, in this order: the catalogue first (orders are verified against it), then
    /// orders (the rest refer to them).
    /// After the pull and before the push, take new and changed orders through intake (verification,
    /// allocation, reservations, holds and releases), so what intake queues goes out in the same run.
    bool runIntake = true;
    QStringList resources = {QStringLiteral("products"),        QStringLiteral("orders"),  QStringLiteral("inventory"),
                             QStringLiteral("tracking-events"), QStringLiteral("returns"), QStringLiteral("feedback")};
};

class SyncEngine final : public QObject
{
    Q_OBJECT

public:
    /// Makes the network manager on the engine's thread (tests hand in a fake). The engine owns the result.
    using NetworkFactory = std::function<QNetworkAccessManager*()>;

    /// Nothing is opened until open(), which must run on the thread the engine lives on. `clock` must be
    /// safe to read from that thread and outlive the engine.
    SyncEngine(QString databasePath, ConnectionSettings settings, SyncEngineOptions options, const Clock& clock,
               NetworkFactory networkFactory = {}, QObject* parent = nullptr);
    ~SyncEngine() override;

    /// Replaces the randomness of the backoff (tests make it predictable). Call before open().
    void setRandomSource(Backoff::RandomSource random);

    bool isOpen() const { return m_db != nullptr; }
    bool isRunning() const { return m_running; }
    const ConnectionSettings& settings() const { return m_settings; }
    /// The engine's connection (for tests and the CLI on the same thread); null before open().
    Database* database() const { return m_db.get(); }
    MarketplaceClient* client() const { return m_client; }

public Q_SLOTS:
    /// Opens the database (creating or upgrading it) and the network manager. Emits opened().
    void open();
    /// One run: pull every resource to its end, then push the outbox. A call during a run makes one more
    /// run follow it. Emits started(), progress() and finished().
    void syncOnce();
    /// Asks the marketplace for the order now (online); without an answer the claim is queued in the
    /// outbox. Emits claimFinished().
    void claimOrder(qint64 orderId);
    /// Stops the run under way (requests in flight are cancelled; what was committed stays).
    void cancel();
    /// Cancels and closes the database and network manager (before the engine's thread ends).
    void close();

Q_SIGNALS:
    void opened(bool ok, const saypro::Error& error);
    void started(bool firstSync);
    /// Items stored so far in this run and an estimate of the total (0 while unknown).
    void progress(qint64 done, qint64 total);
    void finished(const saypro::SyncReport& report);
    void claimFinished(const saypro::ClaimResult& result);
    /// Outbox rows waiting, open sync problems and the last completed sync, after anything changed them.
    void countsChanged(qint64 pendingEvents, int openProblems, const QDateTime& lastSuccess);

private:
    void startResource();
    void fetchPage(const QString& cursor);
    void onPage(const ApiResponse& response);
    Status ingestItem(SyncPageWriter& writer, const QString& resource, const QJsonValue& item);
    void resourceDone(bool complete);
    void runIntake();
    void startPush();
    void pump();
    void onPushed(const OutboxRow& row, const ApiResponse& response);
    /// Cancels a page request made ahead of need and ignores its answer.
    void dropPrefetch();
    void failRun(const Error& error, const ApiResponse* response = nullptr);
    void finishRun();
    void emitCounts();
    void reportProgress();

    QString m_path;
    ConnectionSettings m_settings;
    SyncEngineOptions m_options;
    const Clock& m_clock;
    NetworkFactory m_networkFactory;
    Backoff::RandomSource m_random;
    Backoff m_backoff;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<SyncStore> m_store;
    QNetworkAccessManager* m_network = nullptr;
    MarketplaceClient* m_client = nullptr;

    // The run under way.
    bool m_running = false;
    bool m_again = false;
    bool m_cancelled = false;
    bool m_failed = false; ///< something other than a retryable delivery failure stopped the run
    SyncReport m_report;
    int m_resourceIndex = 0;
    QString m_pageCursor;
    quint64 m_pullRequest = 0;    ///< the page request in flight (0: none)
    quint64 m_pullGeneration = 0; ///< answers to any earlier page request are ignored
    QDateTime m_firstItemTime;    ///< updated_at of the first order of this run, for the progress estimate
    QDateTime m_lastItemTime;
    qint64 m_itemsDone = 0;
    qint64 m_itemsBeforeOrders = 0; ///< items of the resources pulled before orders in this run
    qint64 m_ordersDone = 0;
    bool m_pushing = false;
    bool m_stopPush = false;
    QHash<qint64, OutboxRow> m_inFlight;
    QHash<qint64, int> m_runAttempts;
    QSet<qint64> m_exhausted; ///< rows that used up their attempts for this run
    QDateTime m_pausedUntil;  ///< after a network failure or throttling no new row starts before this
    QTimer m_waitTimer;
};

} // namespace saypro
