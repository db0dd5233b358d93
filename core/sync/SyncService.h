#pragma once
// sync: the GUI's handle on synchronisation. Owns the worker thread and the SyncEngine on it, the
// periodic timer, and the SyncState the status bar shows; lives on the caller's (GUI) thread and
// talks to the engine only through queued calls and signals.

#include "sync/ConnectionSettings.h"
#include "sync/SyncEngine.h"
#include "sync/SyncReport.h"
#include "sync/SyncState.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QThread;

namespace saypro {

class Clock;

struct SyncServiceConfig
{
    QString databasePath;
    ConnectionSettings connection;
    SyncEngineOptions engine;
    int intervalMs = 60000;       ///< time between the end of one run and the start of the next; 0 = only on request
    const Clock* clock = nullptr; ///< defaults to the system clock; must be safe to read from the worker
    SyncEngine::NetworkFactory networkFactory; ///< runs on the worker thread; defaults to a real manager
    Backoff::RandomSource random;              ///< runs on the worker thread; defaults to QRandomGenerator
};

class SyncService final : public QObject
{
    Q_OBJECT

public:
    explicit SyncService(SyncServiceConfig config, QObject* parent = nullptr);
    ~SyncService() override;

    const SyncState& state() const { return m_state; }
    bool isStarted() const { return m_thread != nullptr; }
    int interval() const { return m_config.intervalMs; }
    void setInterval(int ms);

public Q_SLOTS:
    /// Starts the worker thread and a first run; then a run every interval.
    void start();
    /// Cancels the run under way and ends the worker thread (blocks until it has ended).
    void stop();
    /// A run now (or right after the one under way).
    void syncNow();
    /// Asks the marketplace whether this station may pack the order; the answer comes as claimFinished().
    void claimOrder(qint64 orderId);

Q_SIGNALS:
    void stateChanged(const saypro::SyncState& state);
    /// Items stored in this run and an estimate of the total (0 while unknown).
    void progress(qint64 done, qint64 total);
    void syncFinished(const saypro::SyncReport& report);
    void claimFinished(const saypro::ClaimResult& result);

private:
    void setState(const SyncState& state);
    void onOpened(bool ok, const Error& error);
    void onStarted(bool firstSync);
    void onProgress(qint64 done, qint64 total);
    void onFinished(const SyncReport& report);
    void onCounts(qint64 pendingEvents, int openProblems, const QDateTime& lastSuccess);

    SyncServiceConfig m_config;
    SyncState m_state;
    QThread* m_thread = nullptr;
    QPointer<SyncEngine> m_engine;
    QTimer m_timer;
    bool m_running = false;
    bool m_firstSync = false;
};

} // namespace saypro
