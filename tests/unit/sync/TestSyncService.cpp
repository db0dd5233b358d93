// SyncService: the engine runs on its own thread with its own database connection; the GUI thread
// sees Syncing then Online (or Offline / Error) through stateChanged, progress during the first sync,
// events waiting and open problems, periodic runs, and a clean stop.

#include "FakeMarketplace.h"
#include "FakeNetwork.h"

#include "../TestSupport.h"
#include "common/Clock.h"
#include "storage/OrderStore.h"
#include "sync/SyncService.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace saypro;
using namespace saypro::test;

namespace {
SyncServiceConfig config(const QString& path, SyncEngine::NetworkFactory factory)
{
    SyncServiceConfig c;
    c.databasePath = path;
    c.connection.baseUrl = QUrl(QStringLiteral("https://marketplace.test"));
    c.connection.token = QStringLiteral("token");
    c.connection.stationId = QStringLiteral("station-1");
    c.connection.requestTimeoutMs = 2000;
    c.engine.pageSize = 2;
    c.engine.overlapMs = 0;
    c.engine.pullAttempts = 1;
    c.engine.backoffBaseMs = 5;
    c.engine.backoffCapMs = 10;
    c.engine.runIntake = false; // the sync's own counts; intake is tested on its own
    c.intervalMs = 0;
    c.networkFactory = std::move(factory);
    c.random = [] { return 0.5; };
    return c;
}

QList<SyncState::Status> statuses(const QSignalSpy& spy)
{
    QList<SyncState::Status> out;
    for (const auto& args : spy)
        out << args.at(0).value<SyncState>().status;
    return out;
}
} // namespace

class TestSyncService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<saypro::SyncState>();
        qRegisterMetaType<saypro::SyncReport>();
    }

    void syncsOnAWorkerThreadAndReportsOnline()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("station.db"));
        FakeMarketplace market;
        for (int n = 1; n <= 5; ++n)
            market.putOrder(marketplaceOrder(n, 1, utc(2026, 11, 23, 7, n)));
        std::atomic<QThread*> networkThread = nullptr;
        SyncService service(config(path, [&market, &networkThread] {
            networkThread = QThread::currentThread();
            auto* network = new FakeNetwork;
            market.serve(*network);
            return network;
        }));
        QSignalSpy states(&service, &SyncService::stateChanged);
        QSignalSpy progress(&service, &SyncService::progress);
        QSignalSpy finished(&service, &SyncService::syncFinished);
        QCOMPARE(service.state().status, SyncState::Status::Offline);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(networkThread.load() != nullptr);
        QVERIFY(networkThread.load() != QThread::currentThread());
        const SyncState s = service.state();
        QCOMPARE(s.status, SyncState::Status::Online);
        QVERIFY(s.lastSuccess.isValid());
        QCOMPARE(s.pendingEvents, qint64(0));
        QCOMPARE(s.openProblems, 0);
        QVERIFY(s.lastError.isEmpty());
        QCOMPARE(s.firstSyncProgress, -1);
        QVERIFY(statuses(states).contains(SyncState::Status::Syncing));
        QCOMPARE(statuses(states).last(), SyncState::Status::Online);
        bool sawFirstSyncProgress = false;
        for (const auto& args : std::as_const(states))
            sawFirstSyncProgress = sawFirstSyncProgress || args.at(0).value<SyncState>().firstSyncProgress >= 0;
        QVERIFY(sawFirstSyncProgress);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), qint64(5));
        QVERIFY(finished.first().at(0).value<SyncReport>().completed);

        // A second run on request.
        service.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 20000);
        QCOMPARE(finished.last().at(0).value<SyncReport>().total().inserted, 0);

        service.stop();
        QVERIFY(!service.isStarted());
        QCOMPARE(service.state().status, SyncState::Status::Offline);
        // The GUI thread's own connection sees what the worker stored.
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        QVERIFY(db.has_value());
        QCOMPARE(scalarInt(**db, QStringLiteral("SELECT count(*) FROM orders")), qint64(5));
    }

    void unreachableMarketplaceIsOfflineWithEventsWaiting()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("station.db"));
        {
            auto db = Database::open(path);
            QVERIFY(db.has_value());
            SystemClock clock;
            OrderStore store(**db, clock, QStringLiteral("station-1"));
            Order o = sampleOrder(1);
            QVERIFY(store.insert(o, QStringLiteral("marketplace")).has_value());
            QVERIFY(store.transition(o.id, OrderStatus::Verified, QStringLiteral("packer")).has_value());
        }
        SyncService service(config(path, [] {
            auto* network = new FakeNetwork;
            network->on("GET", QStringLiteral("/v1/.*"),
                        [](const FakeRequest&) { return FakeResponse::networkError(); });
            return network;
        }));
        QSignalSpy finished(&service, &SyncService::syncFinished);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const SyncState s = service.state();
        QCOMPARE(s.status, SyncState::Status::Offline);
        QCOMPARE(s.pendingEvents, qint64(1));
        QVERIFY(!s.lastError.isEmpty());
        QVERIFY(!s.lastSuccess.isValid());
        service.stop();
    }

    void refusedTokenIsAnError()
    {
        QTemporaryDir dir;
        SyncService service(config(dir.filePath(QStringLiteral("station.db")), [] {
            auto* network = new FakeNetwork;
            network->on("GET", QStringLiteral("/v1/.*"),
                        [](const FakeRequest&) { return FakeResponse::problem(401, QStringLiteral("bad token")); });
            return network;
        }));
        QSignalSpy finished(&service, &SyncService::syncFinished);
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(service.state().status, SyncState::Status::Error);
        QVERIFY(service.state().lastError.contains(QStringLiteral("token")));
        QVERIFY(finished.first().at(0).value<SyncReport>().unauthorized);
    }

    void runsPeriodically()
    {
        QTemporaryDir dir;
        std::atomic<int> gets = 0;
        SyncServiceConfig c = config(dir.filePath(QStringLiteral("station.db")), [&gets] {
            auto* network = new FakeNetwork;
            network->on("GET", QStringLiteral("/v1/.*"), [&gets](const FakeRequest& r) {
                ++gets;
                return FakeResponse::json(200, QJsonObject{{FakeMarketplace::itemsKey(r.path.mid(4)), QJsonArray()},
                                                           {QStringLiteral("next_cursor"), QJsonValue::Null}});
            });
            return network;
        });
        c.intervalMs = 50;
        SyncService service(c);
        QSignalSpy finished(&service, &SyncService::syncFinished);
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 3, 20000);
        service.stop();
        // Every completed run asked for each of the five resources once.
        QVERIFY(gets.load() >= 15);
        QCOMPARE(service.state().status, SyncState::Status::Offline);
    }

    void claimWithoutAStartedServiceSaysSo()
    {
        QTemporaryDir dir;
        SyncService service(config(dir.filePath(QStringLiteral("station.db")), {}));
        QSignalSpy claims(&service, &SyncService::claimFinished);
        service.claimOrder(1);
        QCOMPARE(claims.size(), 1);
        const auto r = claims.first().at(0).value<ClaimResult>();
        QCOMPARE(r.outcome, ClaimResult::Outcome::Failed);
        QVERIFY(!r.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSyncService)
#include "TestSyncService.moc"
