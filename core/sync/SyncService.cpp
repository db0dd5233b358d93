#include "SyncService.h"

#include "common/Clock.h"
#include "sync/SyncLogging.h"

#include <QCoreApplication>
#include <QThread>

namespace saypro {

namespace {
const Clock& systemClock()
{
    static const SystemClock clock;
    return clock;
}
} // namespace

SyncService::SyncService(SyncServiceConfig config, QObject* parent)
    : QObject(parent), m_config(std::move(config)), m_timer(this)
{
    qRegisterMetaType<saypro::SyncState>();
    qRegisterMetaType<saypro::SyncReport>();
    qRegisterMetaType<saypro::ClaimResult>();
    qRegisterMetaType<saypro::Error>();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncService::syncNow);
}

SyncService::~SyncService()
{
    stop();
}

void SyncService::setInterval(int ms)
{
    m_config.intervalMs = std::max(0, ms);
    if (m_thread && !m_running) {
        if (m_config.intervalMs > 0)
            m_timer.start(m_config.intervalMs);
        else
            m_timer.stop();
    }
}

void SyncService::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("saypro-sync"));
    auto* engine = new SyncEngine(m_config.databasePath, m_config.connection, m_config.engine,
                                  m_config.clock ? *m_config.clock : systemClock(), m_config.networkFactory);
    if (m_config.random)
        engine->setRandomSource(m_config.random);
    engine->moveToThread(m_thread);
    m_engine = engine;
    connect(m_thread, &QThread::finished, engine, &QObject::deleteLater);
    connect(engine, &SyncEngine::opened, this, &SyncService::onOpened);
    connect(engine, &SyncEngine::started, this, &SyncService::onStarted);
    connect(engine, &SyncEngine::progress, this, &SyncService::onProgress);
    connect(engine, &SyncEngine::finished, this, &SyncService::onFinished);
    connect(engine, &SyncEngine::claimFinished, this, &SyncService::claimFinished);
    connect(engine, &SyncEngine::countsChanged, this, &SyncService::onCounts);
    m_thread->start();
    QMetaObject::invokeMethod(engine, &SyncEngine::open, Qt::QueuedConnection);
    qCInfo(lcSync) << "sync service started";
    syncNow();
}

void SyncService::stop()
{
    if (!m_thread)
        return;
    m_timer.stop();
    if (m_engine)
        QMetaObject::invokeMethod(m_engine.data(), &SyncEngine::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_running = false;
    SyncState s = m_state;
    s.status = SyncState::Status::Offline;
    s.firstSyncProgress = -1;
    setState(s);
    qCInfo(lcSync) << "sync service stopped";
}

void SyncService::syncNow()
{
    if (!m_engine)
        return;
    m_timer.stop();
    QMetaObject::invokeMethod(m_engine.data(), &SyncEngine::syncOnce, Qt::QueuedConnection);
}

void SyncService::claimOrder(qint64 orderId)
{
    if (!m_engine) {
        ClaimResult r;
        r.orderId = orderId;
        r.message = tr("Sync is not running, so the order cannot be claimed.");
        Q_EMIT claimFinished(r);
        return;
    }
    QMetaObject::invokeMethod(
        m_engine.data(),
        [engine = m_engine, orderId] {
            if (engine)
                engine->claimOrder(orderId);
        },
        Qt::QueuedConnection);
}

void SyncService::setState(const SyncState& state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(m_state);
}

void SyncService::onOpened(bool ok, const Error& error)
{
    if (ok)
        return;
    SyncState s = m_state;
    s.status = SyncState::Status::Error;
    s.lastError = error.message;
    setState(s);
}

void SyncService::onStarted(bool firstSync)
{
    if (!m_thread)
        return; // a late signal of a run that stop() cancelled
    m_running = true;
    m_firstSync = firstSync;
    SyncState s = m_state;
    s.status = SyncState::Status::Syncing;
    s.firstSyncProgress = firstSync ? 0 : -1;
    setState(s);
}

void SyncService::onProgress(qint64 done, qint64 total)
{
    if (!m_thread)
        return; // a late signal of a run that stop() cancelled
    Q_EMIT progress(done, total);
    if (!m_firstSync || total <= 0)
        return;
    SyncState s = m_state;
    // Never show 100% before the run has ended.
    s.firstSyncProgress = int(std::clamp<qint64>(done * 100 / total, 0, 99));
    setState(s);
}

void SyncService::onFinished(const SyncReport& report)
{
    if (!m_thread)
        return; // a late signal of a run that stop() cancelled
    m_running = false;
    m_firstSync = false;
    SyncState s = m_state;
    s.firstSyncProgress = -1;
    s.pendingEvents = report.pendingEvents;
    s.openProblems = report.openProblems;
    s.lastSuccess = report.lastSuccess;
    if (report.completed) {
        s.status = SyncState::Status::Online;
        s.lastError.clear();
    } else {
        s.status = report.offline ? SyncState::Status::Offline : SyncState::Status::Error;
        if (!report.offline && report.hasError && report.error.code == Error::Code::Io && !report.unauthorized &&
            report.eventsRetried > 0)
            s.status = SyncState::Status::Online; // reachable, some events wait for their next attempt
        s.lastError = report.hasError ? report.error.message : QString();
    }
    setState(s);
    Q_EMIT syncFinished(report);
    if (m_thread && m_config.intervalMs > 0)
        m_timer.start(m_config.intervalMs);
}

void SyncService::onCounts(qint64 pendingEvents, int openProblems, const QDateTime& lastSuccess)
{
    if (!m_thread)
        return; // a late signal of a run that stop() cancelled
    SyncState s = m_state;
    s.pendingEvents = pendingEvents;
    s.openProblems = openProblems;
    s.lastSuccess = lastSuccess;
    setState(s);
}

} // namespace saypro
