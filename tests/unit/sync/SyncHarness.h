#pragma once
// A SyncEngine on the test's thread with a temporary database, a manual clock and a FakeNetwork that
// serves a FakeMarketplace; run() does one sync and returns its report.

#include "FakeMarketplace.h"
#include "FakeNetwork.h"

#include "../TestSupport.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "sync/SyncEngine.h"

#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace saypro::test {

class SyncHarness final
{
public:
    /// `realTime`: the engine reads the system clock (needed when a test waits for retries to fall due);
    /// otherwise the manual `clock`, which only moves when the test moves it.
    explicit SyncHarness(SyncEngineOptions options = fastOptions(), bool realTime = false)
        : clock(utc(2026, 11, 23, 8, 0, 0)), m_realTime(realTime), m_options(std::move(options))
    {
        dbPath = dir.filePath(QStringLiteral("station.db"));
        restart();
    }

    /// Quick retries, no overlap, small pages: what most tests want.
    static SyncEngineOptions fastOptions()
    {
        SyncEngineOptions o;
        o.pageSize = 3;
        o.overlapMs = 0;
        o.pullAttempts = 2;
        o.backoffBaseMs = 5;
        o.backoffCapMs = 20;
        o.pushAttemptsPerRun = 3;
        o.maxWaitInRunMs = 2000;
        // These tests count pulls, pushes and audit rows of the sync itself; what the intake pass after the
        // pull does is tested in tests/unit/intake and end to end in integration_intake_with_sandbox.
        o.runIntake = false;
        return o;
    }

    static ConnectionSettings settings()
    {
        ConnectionSettings s;
        s.baseUrl = QUrl(QStringLiteral("https://marketplace.test"));
        s.token = QStringLiteral("token-1");
        s.stationId = QStringLiteral("station-1");
        s.maxConcurrentRequests = 2;
        s.requestTimeoutMs = 2000;
        return s;
    }

    /// A new engine on the same database, as after a restart of the program.
    void restart(SyncEngineOptions options)
    {
        m_options = std::move(options);
        restart();
    }
    void restart()
    {
        engine.reset();
        network = nullptr;
        engine = std::make_unique<SyncEngine>(dbPath, settings(), m_options, engineClock(), [this] {
            network = new FakeNetwork;
            market.serve(*network);
            network->on("POST", QStringLiteral("/v1/orders/[^/]+/events"), [](const FakeRequest&) {
                return FakeResponse::json(201, QJsonObject{{QStringLiteral("id"), QStringLiteral("evt")}});
            });
            if (setupNetwork)
                setupNetwork(*network);
            return network;
        });
        engine->setRandomSource([] { return 1.0; });
        engine->open();
    }

    SyncReport run()
    {
        QSignalSpy spy(engine.get(), &SyncEngine::finished);
        engine->syncOnce();
        if (!spy.wait(20000) && spy.isEmpty())
            return {};
        return spy.takeFirst().at(0).value<SyncReport>();
    }

    const Clock& engineClock() const { return m_realTime ? static_cast<const Clock&>(m_system) : clock; }
    Database& db() { return *engine->database(); }
    qint64 scalar(const QString& sql, const QVariantList& values = {}) { return scalarInt(db(), sql, values); }
    QString text(const QString& sql, const QVariantList& values = {})
    {
        QSqlQuery q(db().connection());
        q.prepare(sql);
        for (const QVariant& v : values)
            q.addBindValue(v);
        return q.exec() && q.next() ? q.value(0).toString() : QString();
    }
    Order order(const QString& number)
    {
        OrderStore store(db(), engineClock(), QStringLiteral("station-1"));
        auto o = store.findByNumber(number);
        return o ? *o : Order();
    }
    /// Moves a stored order along the forward flow to `target` as a packer would (queues outbox rows).
    bool advance(const QString& number, const QList<OrderStatus>& steps)
    {
        OrderStore store(db(), engineClock(), QStringLiteral("station-1"));
        const Order o = order(number);
        for (OrderStatus s : steps)
            if (!store.transition(o.id, s, QStringLiteral("packer")))
                return false;
        return true;
    }

    QTemporaryDir dir;
    QString dbPath;
    ManualClock clock;
    FakeMarketplace market;
    FakeNetwork* network = nullptr;                 ///< owned by the engine
    std::function<void(FakeNetwork&)> setupNetwork; ///< extra routes, applied at every restart
    std::unique_ptr<SyncEngine> engine;

private:
    bool m_realTime = false;
    SystemClock m_system;
    SyncEngineOptions m_options;
};

inline QList<OrderStatus> stepsTo(OrderStatus target)
{
    using S = OrderStatus;
    const QList<S> forward = {S::Verified, S::Ready,   S::Picking,   S::Picked,         S::Packing,  S::Packed,
                              S::Labelled, S::Shipped, S::InTransit, S::OutForDelivery, S::Delivered};
    QList<S> out;
    for (S s : forward) {
        out << s;
        if (s == target)
            break;
    }
    return out;
}

} // namespace saypro::test
