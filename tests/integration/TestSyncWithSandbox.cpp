// The station's sync against the training marketplace over real HTTPS on loopback: the first pull
// mirrors the marketplace, later pulls bring only changes, an interrupted sync resumes without gaps
// or duplicates, every fault type converges with each effect applied once, two stations never hold
// one order, a server with another certificate is refused before anything is written, events
// queued while the marketplace is down arrive in order once it is back, the catalogue arrives before
// the orders, and the station's stock equals the marketplace's after its own movements are pushed,
// whether a pull comes before or after the push.

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "sandbox/SandboxServer.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "storage/Outbox.h"
#include "sync/SyncEngine.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>

using namespace saypro;
using namespace std::chrono_literals;

namespace {

const QString kToken = QStringLiteral("integration-token");

std::unique_ptr<SandboxServer> startSandbox(const QTemporaryDir& dir, qint64 orders,
                                            const QString& name = QStringLiteral("marketplace"))
{
    SandboxOptions options;
    options.databasePath = dir.filePath(name + QStringLiteral(".db"));
    options.initialOrders = orders;
    options.seed = 11;
    options.token = kToken;
    options.clock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC));
    auto server = SandboxServer::start(options);
    if (!server) {
        qWarning() << server.error().toString();
        return nullptr;
    }
    return std::move(*server);
}

ConnectionSettings connectionTo(const SandboxServer& server, const QString& station)
{
    ConnectionSettings s;
    s.baseUrl = server.url();
    s.token = kToken;
    s.stationId = station;
    s.caCertificates = {server.certificate()};
    s.trustSystemCertificates = false;
    s.requestTimeoutMs = 10000;
    return s;
}

SyncEngineOptions fastOptions()
{
    SyncEngineOptions o;
    o.pageSize = 500;
    o.backoffBaseMs = 5;
    o.backoffCapMs = 50;
    o.maxWaitInRunMs = 2000;
    o.pushAttemptsPerRun = 50;
    o.pullAttempts = 50;
    // Mirroring, resuming and fault convergence of the sync itself, compared version for version with
    // the marketplace; intake's status events would move those versions (intake against the sandbox is
    // integration_intake_with_sandbox).
    o.runIntake = false;
    return o;
}

/// A station: its database file and an engine on the test's thread.
struct Station
{
    Station(const QString& path, ConnectionSettings settings, SyncEngineOptions options = fastOptions())
        : engine(path, std::move(settings), options, clock)
    {
        QSignalSpy opened(&engine, &SyncEngine::opened);
        engine.open();
        if (opened.isEmpty())
            opened.wait(10000);
        ok = !opened.isEmpty() && opened.first().first().toBool();
    }
    /// One run to its end.
    SyncReport sync()
    {
        QSignalSpy finished(&engine, &SyncEngine::finished);
        engine.syncOnce();
        if (finished.isEmpty() && !finished.wait(120000))
            return {};
        return finished.first().first().value<SyncReport>();
    }
    /// Runs until a run completes, at most `runs` times.
    SyncReport syncUntilComplete(int runs = 30)
    {
        SyncReport r;
        for (int i = 0; i < runs; ++i) {
            r = sync();
            if (r.completed)
                break;
        }
        return r;
    }
    Database& db() { return *engine.database(); }

    SystemClock clock;
    SyncEngine engine;
    bool ok = false;
};

/// marketplace id -> version, as the station holds them.
QHash<QString, qint64> stationOrders(Database& db)
{
    QHash<QString, qint64> out;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT marketplace_id, version FROM orders"));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

QHash<QString, qint64> marketplaceOrders(const SandboxServer& server)
{
    QHash<QString, qint64> out;
    const auto all = server.orders();
    if (!all)
        return out;
    for (const QJsonObject& o : *all)
        out.insert(o.value(QLatin1String("id")).toString(), o.value(QLatin1String("version")).toInteger());
    return out;
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

/// Moves up to `count` orders that are still `new` on to verified -> ready, queuing their events.
QList<qint64> queueEvents(Database& db, int count)
{
    SystemClock clock;
    OrderStore store(db, clock, QStringLiteral("ST-IT"));
    QList<qint64> ids;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT id FROM orders WHERE status = 'new' ORDER BY id LIMIT %1").arg(count));
    while (q.next())
        ids << q.value(0).toLongLong();
    q.finish();
    for (qint64 id : ids) {
        if (!store.transition(id, OrderStatus::Verified, QStringLiteral("tester")) ||
            !store.transition(id, OrderStatus::Ready, QStringLiteral("tester")))
            return {};
    }
    return ids;
}

/// A stock movement made at the station, the way the inventory code makes it: the bin's on_hand, the
/// outbox event (kind stock_adjustment, POST /v1/inventory/adjustments) and the movement row, in one
/// transaction.
bool stationMovement(Database& db, const QString& sku, const QString& location, int delta, const QString& reason)
{
    SystemClock clock;
    Transaction tx(db);
    if (!tx.begin())
        return false;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE stock SET on_hand = on_hand + ? WHERE sku = ? AND location = ?"));
    q.addBindValue(delta);
    q.addBindValue(sku);
    q.addBindValue(location);
    if (!q.exec() || q.numRowsAffected() != 1)
        return false;
    auto key =
        Outbox(db, clock).enqueue(0, QStringLiteral("stock_adjustment"), QStringLiteral("/v1/inventory/adjustments"),
                                  QJsonObject{{QStringLiteral("sku"), sku},
                                              {QStringLiteral("location"), location},
                                              {QStringLiteral("delta"), delta},
                                              {QStringLiteral("reason"), reason}});
    if (!key)
        return false;
    q.prepare(QStringLiteral("INSERT INTO stock_movements(at, sku, location, delta, reason, actor, station, "
                             "on_hand_after, outbox_id) VALUES(?, ?, ?, ?, ?, 'tester', 'ST-IT', "
                             "(SELECT on_hand FROM stock WHERE sku = ? AND location = ?), "
                             "(SELECT id FROM outbox WHERE idempotency_key = ?))"));
    for (const QVariant& v : {QVariant(clock.nowMs()), QVariant(sku), QVariant(location), QVariant(delta),
                              QVariant(reason), QVariant(sku), QVariant(location), QVariant(*key)})
        q.addBindValue(v);
    return q.exec() && tx.commit();
}

/// The marketplace's figure for one bin (-1 when it has none).
qint64 marketplaceOnHand(const SandboxServer& server, const QString& sku, const QString& location)
{
    const auto figures = server.inventory();
    if (!figures)
        return -1;
    for (const QJsonObject& f : *figures)
        if (f.value(QLatin1String("sku")).toString() == sku &&
            f.value(QLatin1String("location")).toString() == location)
            return f.value(QLatin1String("on_hand")).toInteger();
    return -1;
}

qint64 stationOnHand(Database& db, const QString& sku, const QString& location, const char* column = "on_hand")
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM stock WHERE sku = ? AND location = ?").arg(QLatin1String(column)));
    q.addBindValue(sku);
    q.addBindValue(location);
    return q.exec() && q.next() ? q.value(0).toLongLong() : -1;
}

QString marketplaceIdOf(Database& db, qint64 id)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT marketplace_id FROM orders WHERE id = %1").arg(id));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestSyncWithSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstPullMirrorsTheMarketplace();
    void interruptedSyncResumesWithoutGapsOrDuplicates();
    void faultsConverge_data();
    void faultsConverge();
    void twoStationsClaimOneOrder();
    void anotherCertificateIsRefused();
    void eventsQueuedOfflineArriveInOrder();
    void stockCountsTheStationsMovementsOnce();
};

void TestSyncWithSandbox::firstPullMirrorsTheMarketplace()
{
    QTemporaryDir dir;
    auto server = startSandbox(dir, 10000);
    QVERIFY(server);
    Station station(dir.filePath(QStringLiteral("station.db")), connectionTo(*server, QStringLiteral("ST-A")));
    QVERIFY(station.ok);

    const SyncReport first = station.sync();
    QVERIFY2(first.completed, qPrintable(first.error.toString()));
    QVERIFY(first.firstSync);
    const QHash<QString, qint64> expected = marketplaceOrders(*server);
    QCOMPARE(expected.size(), 10000);
    QCOMPARE(stationOrders(station.db()), expected);
    // The catalogue came first, whole; then one "created" audit row per order.
    QCOMPARE(first.resources.first().resource, QStringLiteral("products"));
    QCOMPARE(first.resources.first().counts.inserted, int(DemoGenerator::catalogue().size()));
    QCOMPARE(scalar(station.db(), QStringLiteral("SELECT count(*) FROM products")),
             qint64(DemoGenerator::catalogue().size()));
    QCOMPARE(scalar(station.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'created' AND "
                                                 "entity = 'order'")),
             10000);

    // A second run changes nothing.
    const SyncReport second = station.sync();
    QVERIFY(second.completed);
    QCOMPARE(second.total().inserted, 0);
    QCOMPARE(second.total().updated, 0);
    QCOMPARE(stationOrders(station.db()), expected);

    // Changes on the marketplace: only they come in.
    const auto created = server->createOrders(7);
    QVERIFY(created);
    const qint64 newOrder = scalar(station.db(), QStringLiteral("SELECT min(id) FROM orders WHERE status = 'new'"));
    QVERIFY(newOrder > 0);
    const QString cancelled = marketplaceIdOf(station.db(), newOrder);
    QVERIFY(server->cancelOrder(cancelled).has_value());
    const SyncReport third = station.sync();
    QVERIFY(third.completed);
    QCOMPARE(third.total().inserted, 7);
    QCOMPARE(third.total().cancelled, 1);
    QCOMPARE(stationOrders(station.db()), marketplaceOrders(*server));
    QSqlQuery q(station.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT status FROM orders WHERE id = %1").arg(newOrder)) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("cancelled"));
}

void TestSyncWithSandbox::interruptedSyncResumesWithoutGapsOrDuplicates()
{
    QTemporaryDir dir;
    auto server = startSandbox(dir, 3000);
    QVERIFY(server);
    const QString path = dir.filePath(QStringLiteral("station.db"));
    SyncEngineOptions small = fastOptions();
    small.pageSize = 100;
    {
        Station station(path, connectionTo(*server, QStringLiteral("ST-A")), small);
        QVERIFY(station.ok);
        QSignalSpy progress(&station.engine, &SyncEngine::progress);
        QSignalSpy finished(&station.engine, &SyncEngine::finished);
        station.engine.syncOnce();
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().first().toLongLong() >= 500, 60000);
        station.engine.cancel(); // as if the station were closed mid-way
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000);
        QVERIFY(!finished.first().first().value<SyncReport>().completed);
        const qint64 partial = scalar(station.db(), QStringLiteral("SELECT count(*) FROM orders"));
        QVERIFY(partial >= 500 && partial < 3000);
    }
    // A new engine (a restarted station) carries on from the stored cursor.
    Station again(path, connectionTo(*server, QStringLiteral("ST-A")), small);
    QVERIFY(again.ok);
    const SyncReport r = again.sync();
    QVERIFY(r.completed);
    QCOMPARE(stationOrders(again.db()), marketplaceOrders(*server));
    QCOMPARE(scalar(again.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'created' AND entity = "
                                               "'order'")),
             3000);
}

void TestSyncWithSandbox::faultsConverge_data()
{
    QTest::addColumn<QString>("faults");
    QTest::addRow("latency") << QStringLiteral("latency=30ms");
    QTest::addRow("server errors") << QStringLiteral("5xx=0.3");
    QTest::addRow("throttling") << QStringLiteral("429=0.3");
    QTest::addRow("dropped connections") << QStringLiteral("drop=0.2");
    QTest::addRow("truncated bodies") << QStringLiteral("truncate=0.2");
    QTest::addRow("malformed json") << QStringLiteral("malformed=0.2");
    QTest::addRow("everything") << QStringLiteral("latency=5ms,5xx=0.1,429=0.1,drop=0.1,truncate=0.1,malformed=0.1");
}

void TestSyncWithSandbox::faultsConverge()
{
    QFETCH(QString, faults);
    QTemporaryDir dir;
    auto server = startSandbox(dir, 400);
    QVERIFY(server);
    Station station(dir.filePath(QStringLiteral("station.db")), connectionTo(*server, QStringLiteral("ST-A")));
    QVERIFY(station.ok);
    // A clean first pull, then station work queued as events, then a sync through the faults.
    QVERIFY(station.syncUntilComplete().completed);
    const QList<qint64> worked = queueEvents(station.db(), 40);
    QCOMPARE(worked.size(), 40);
    QVERIFY(server->createOrders(25).has_value());
    QVERIFY(server->setFaults(faults, 99).has_value());
    station.syncUntilComplete(60);
    QVERIFY(server->clearFaults().has_value());
    const SyncReport last = station.syncUntilComplete();
    QVERIFY2(last.completed, qPrintable(last.error.toString()));

    QCOMPARE(stationOrders(station.db()), marketplaceOrders(*server));
    QCOMPARE(scalar(station.db(), QStringLiteral("SELECT count(*) FROM outbox WHERE outcome <> 'delivered'")), 0);
    // Every event had exactly one effect, in the order the station made them.
    for (qint64 id : worked) {
        const auto events = server->statusEvents(marketplaceIdOf(station.db(), id));
        QVERIFY(events);
        QCOMPARE(*events, (QStringList{QStringLiteral("verified"), QStringLiteral("ready")}));
    }
}

void TestSyncWithSandbox::twoStationsClaimOneOrder()
{
    QTemporaryDir dir;
    auto server = startSandbox(dir, 50);
    QVERIFY(server);
    Station a(dir.filePath(QStringLiteral("a.db")), connectionTo(*server, QStringLiteral("ST-A")));
    Station b(dir.filePath(QStringLiteral("b.db")), connectionTo(*server, QStringLiteral("ST-B")));
    QVERIFY(a.ok && b.ok);
    QVERIFY(a.sync().completed);
    QVERIFY(b.sync().completed);
    const qint64 idA = scalar(a.db(), QStringLiteral("SELECT min(id) FROM orders WHERE status = 'new'"));
    const QString marketplaceId = marketplaceIdOf(a.db(), idA);
    QSqlQuery q(b.db().connection());
    q.exec(QStringLiteral("SELECT id FROM orders WHERE marketplace_id = '%1'").arg(marketplaceId));
    QVERIFY(q.next());
    const qint64 idB = q.value(0).toLongLong();
    q.finish();

    QSignalSpy claimA(&a.engine, &SyncEngine::claimFinished);
    a.engine.claimOrder(idA);
    QTRY_VERIFY_WITH_TIMEOUT(!claimA.isEmpty(), 20000);
    QCOMPARE(claimA.first().first().value<ClaimResult>().outcome, ClaimResult::Outcome::Claimed);

    QSignalSpy claimB(&b.engine, &SyncEngine::claimFinished);
    b.engine.claimOrder(idB);
    QTRY_VERIFY_WITH_TIMEOUT(!claimB.isEmpty(), 20000);
    const ClaimResult refused = claimB.first().first().value<ClaimResult>();
    QCOMPARE(refused.outcome, ClaimResult::Outcome::ClaimedElsewhere);
    QCOMPARE(refused.heldBy, QStringLiteral("ST-A"));
    QVERIFY(!refused.message.isEmpty());
}

void TestSyncWithSandbox::anotherCertificateIsRefused()
{
    QTemporaryDir dir;
    auto server = startSandbox(dir, 20);
    QVERIFY(server);
    // A certificate for the same names, but not the one the server presents.
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                   QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("other.key")), QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("other.pem")), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=localhost"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    const auto other = QSslCertificate::fromPath(dir.filePath(QStringLiteral("other.pem")));
    QCOMPARE(other.size(), 1);

    ConnectionSettings settings = connectionTo(*server, QStringLiteral("ST-A"));
    settings.caCertificates = other;
    Station station(dir.filePath(QStringLiteral("station.db")), settings);
    QVERIFY(station.ok);
    const SyncReport r = station.sync();
    QVERIFY(!r.completed);
    QVERIFY(r.hasError || r.offline);
    QCOMPARE(scalar(station.db(), QStringLiteral("SELECT count(*) FROM orders")), 0);
    QCOMPARE(scalar(station.db(), QStringLiteral("SELECT count(*) FROM sync_cursors")), 0);
}

void TestSyncWithSandbox::eventsQueuedOfflineArriveInOrder()
{
    QTemporaryDir dir;
    auto server = startSandbox(dir, 600);
    QVERIFY(server);
    Station station(dir.filePath(QStringLiteral("station.db")), connectionTo(*server, QStringLiteral("ST-A")));
    QVERIFY(station.ok);
    QVERIFY(station.syncUntilComplete().completed);

    QVERIFY(server->goDown().has_value());
    const QList<qint64> worked = queueEvents(station.db(), 500); // 1,000 events
    QCOMPARE(worked.size(), 500);
    QCOMPARE(scalar(station.db(), QStringLiteral("SELECT count(*) FROM outbox WHERE delivered_at IS NULL")), 1000);
    const SyncReport offline = station.sync();
    QVERIFY(!offline.completed);
    QVERIFY(offline.offline);
    QCOMPARE(offline.pendingEvents, 1000);

    QVERIFY(server->comeBack().has_value());
    const SyncReport back = station.syncUntilComplete();
    QVERIFY2(back.completed, qPrintable(back.error.toString()));
    QCOMPARE(back.pendingEvents, 0);
    for (qint64 id : worked) {
        const auto events = server->statusEvents(marketplaceIdOf(station.db(), id));
        QVERIFY(events);
        QCOMPARE(*events, (QStringList{QStringLiteral("verified"), QStringLiteral("ready")}));
    }
}

void TestSyncWithSandbox::stockCountsTheStationsMovementsOnce()
{
    QTemporaryDir dir;
    auto server = startSandbox(dir, 50);
    QVERIFY(server);
    Station a(dir.filePath(QStringLiteral("a.db")), connectionTo(*server, QStringLiteral("ST-A")));
    Station b(dir.filePath(QStringLiteral("b.db")), connectionTo(*server, QStringLiteral("ST-B")));
    QVERIFY(a.ok && b.ok);
    QVERIFY(a.sync().completed);
    QVERIFY(b.sync().completed);
    QSqlQuery q(a.db().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT sku, location, on_hand FROM stock WHERE on_hand > 10 ORDER BY sku, "
                                  "location LIMIT 1")) &&
            q.next());
    const QString sku = q.value(0).toString();
    const QString bin = q.value(1).toString();
    const qint64 start = q.value(2).toLongLong();
    q.finish();
    QCOMPARE(marketplaceOnHand(*server, sku, bin), start);
    QCOMPARE(stationOnHand(b.db(), sku, bin), start);

    // Another station restocks the bin (+5): the marketplace has it, station A does not know yet.
    QVERIFY(stationMovement(b.db(), sku, bin, 5, QStringLiteral("restock")));
    QVERIFY(b.sync().completed);
    QCOMPARE(marketplaceOnHand(*server, sku, bin), start + 5);
    // Station A picks 3 meanwhile. Its next run pulls the +5 before it pushes the -3.
    QVERIFY(stationMovement(a.db(), sku, bin, -3, QStringLiteral("pick")));
    QCOMPARE(stationOnHand(a.db(), sku, bin), start - 3);
    SyncReport r = a.sync();
    QVERIFY2(r.completed, qPrintable(r.error.toString()));
    QCOMPARE(r.eventsDelivered, 1);
    QCOMPARE(marketplaceOnHand(*server, sku, bin), start + 2);
    QCOMPARE(stationOnHand(a.db(), sku, bin, "market_on_hand"), start + 5);
    QCOMPARE(stationOnHand(a.db(), sku, bin), start + 2);
    // The marketplace's answer names the version that counts the movement.
    QVERIFY(q.exec(QStringLiteral("SELECT response_body FROM outbox WHERE kind = 'stock_adjustment'")) && q.next());
    const QJsonObject answer = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
    q.finish();
    QCOMPARE(answer.value(QLatin1String("on_hand")).toInteger(), start + 2);
    QCOMPARE(answer.value(QLatin1String("version")).toInteger(), stationOnHand(a.db(), sku, bin, "version") + 1);
    // The next run pulls the figure that counts the -3: nothing is counted twice.
    QVERIFY(a.sync().completed);
    QCOMPARE(stationOnHand(a.db(), sku, bin, "market_on_hand"), start + 2);
    QCOMPARE(stationOnHand(a.db(), sku, bin), start + 2);

    // A pick with nothing else going on: pushed after a pull that brings nothing for the bin, then pulled.
    QVERIFY(stationMovement(a.db(), sku, bin, -1, QStringLiteral("pick")));
    QVERIFY(a.sync().completed);
    QCOMPARE(marketplaceOnHand(*server, sku, bin), start + 1);
    QCOMPARE(stationOnHand(a.db(), sku, bin), start + 1);
    QVERIFY(a.sync().completed);
    QCOMPARE(stationOnHand(a.db(), sku, bin, "market_on_hand"), start + 1);
    QCOMPARE(stationOnHand(a.db(), sku, bin), start + 1);

    // Station B catches up with everything and agrees.
    QVERIFY(b.sync().completed);
    QCOMPARE(stationOnHand(b.db(), sku, bin), start + 1);
}

QTEST_GUILESS_MAIN(TestSyncWithSandbox)
#include "TestSyncWithSandbox.moc"
