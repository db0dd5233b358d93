// Stock figures that include this station's own movements: a newer marketplace figure becomes
// market_on_hand, and on_hand adds the movements the figure does not count yet (event pending, or
// delivered with an answer naming a later inventory version); movements already counted, refused
// ones and delivered ones whose answer names no version are not added; an older figure changes
// nothing; new bins start with nothing reserved; a refused movement leaves the bin at once; and
// pulling before and after the push counts each movement exactly once.

#include "SyncHarness.h"

#include "storage/Outbox.h"
#include "storage/SyncPageWriter.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace saypro;
using namespace saypro::test;

namespace {
const QString kSku = QStringLiteral("SP-MUG-BLU");
const QString kBin = QStringLiteral("JHB1-A-01-02-3-04");
const QString kOtherBin = QStringLiteral("CPT1-A-01-02-3-04");

QDateTime at(int minute)
{
    return utc(2026, 11, 23, 7, minute, 0);
}

/// An outbox event in a given state and its movement, written with SQL as the inventory code leaves them.
void addMovement(Database& db, const QString& location, int delta, const QString& state, const QString& answer)
{
    static int n = 0;
    ++n;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO outbox(idempotency_key, kind, path, payload, created_at, next_attempt_at, "
                             "delivered_at, outcome, response_status, response_body) VALUES(?, 'stock_adjustment', "
                             "'/v1/inventory/adjustments', ?, 0, 0, ?, ?, ?, ?)"));
    const bool ended = state != QLatin1String("pending");
    q.addBindValue(QStringLiteral("key-%1").arg(n));
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("sku"), kSku},
                                                               {QStringLiteral("location"), location},
                                                               {QStringLiteral("delta"), delta},
                                                               {QStringLiteral("reason"), QStringLiteral("pick")}})
                                         .toJson(QJsonDocument::Compact)));
    q.addBindValue(ended ? QVariant(qint64(1000)) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(ended ? state : QString(QStringLiteral("")));
    q.addBindValue(ended ? QVariant(state == QLatin1String("delivered") ? 201 : 422)
                         : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(answer.isNull() ? QString(QStringLiteral("")) : answer);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    const qint64 outboxId = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO stock_movements(at, sku, location, delta, reason, actor, station, "
                             "on_hand_after, outbox_id) VALUES(0, ?, ?, ?, 'pick', 'packer', 'station-1', 0, ?)"));
    q.addBindValue(kSku);
    q.addBindValue(location);
    q.addBindValue(delta);
    q.addBindValue(outboxId);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

/// A movement made at the station now, the way the inventory code makes it: the bin, the outbox event
/// (POST /v1/inventory/adjustments) and the movement row in one transaction.
void stationMovement(Database& db, const Clock& clock, int delta, const QString& reason)
{
    Transaction tx(db);
    QVERIFY(tx.begin().has_value());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE stock SET on_hand = on_hand + ? WHERE sku = ? AND location = ?"));
    q.addBindValue(delta);
    q.addBindValue(kSku);
    q.addBindValue(kBin);
    QVERIFY(q.exec());
    auto key =
        Outbox(db, clock).enqueue(0, QStringLiteral("stock_adjustment"), QStringLiteral("/v1/inventory/adjustments"),
                                  QJsonObject{{QStringLiteral("sku"), kSku},
                                              {QStringLiteral("location"), kBin},
                                              {QStringLiteral("delta"), delta},
                                              {QStringLiteral("reason"), reason}});
    QVERIFY(key);
    q.prepare(QStringLiteral("INSERT INTO stock_movements(at, sku, location, delta, reason, actor, station, "
                             "on_hand_after, outbox_id) VALUES(?, ?, ?, ?, ?, 'packer', 'station-1', "
                             "(SELECT on_hand FROM stock WHERE sku = ? AND location = ?), "
                             "(SELECT id FROM outbox WHERE idempotency_key = ?))"));
    for (const QVariant& v : {QVariant(clock.nowMs()), QVariant(kSku), QVariant(kBin), QVariant(delta),
                              QVariant(reason), QVariant(kSku), QVariant(kBin), QVariant(*key)})
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    QVERIFY(tx.commit().has_value());
}

StockRecord figure(int onHand, qint64 version, const QString& location = kBin)
{
    StockRecord s;
    s.id = QStringLiteral("inv_1");
    s.sku = kSku;
    s.location = location;
    s.onHand = onHand;
    s.version = version;
    s.updatedAt = at(int(version));
    return s;
}

/// Applies one figure as a pulled page would.
bool applyFigure(SyncHarness& h, const StockRecord& s)
{
    SyncPageWriter writer(h.db(), h.clock, QStringLiteral("station-1"), QStringLiteral("inventory"));
    return writer.begin() && writer.applyStock(s) && writer.commit(QString());
}

QJsonObject stockJson(const StockRecord& s)
{
    return QJsonObject{{QStringLiteral("id"), s.id},
                       {QStringLiteral("sku"), s.sku},
                       {QStringLiteral("location"), s.location},
                       {QStringLiteral("on_hand"), s.onHand},
                       {QStringLiteral("version"), s.version},
                       {QStringLiteral("updated_at"), ApiJson::time(s.updatedAt)}};
}
} // namespace

class TestSyncStock final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<saypro::SyncReport>(); }

    void figurePlusUncountedMovements_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<QString>("answer");
        QTest::addColumn<bool>("sameBin");
        QTest::addColumn<int>("onHand");
        // The figure is version 5 with 40 on hand; the movement is -3.
        const QString v4 = QStringLiteral(R"({"id":"adj_000001","inventory_id":"inv_1","version":4,"on_hand":37})");
        const QString v5 = QStringLiteral(R"({"id":"adj_000001","inventory_id":"inv_1","version":5,"on_hand":40})");
        const QString v6 = QStringLiteral(R"({"id":"adj_000001","inventory_id":"inv_1","version":6,"on_hand":37})");
        QTest::addRow("pending") << QStringLiteral("pending") << QString() << true << 37;
        QTest::addRow("pending in another bin") << QStringLiteral("pending") << QString() << false << 40;
        QTest::addRow("delivered, counted by an older version") << QStringLiteral("delivered") << v4 << true << 40;
        QTest::addRow("delivered, counted by this version") << QStringLiteral("delivered") << v5 << true << 40;
        QTest::addRow("delivered, not counted yet") << QStringLiteral("delivered") << v6 << true << 37;
        QTest::addRow("rejected") << QStringLiteral("rejected")
                                  << QStringLiteral(R"({"type":"x","title":"no","status":422})") << true << 40;
        QTest::addRow("delivered, answer without a version")
            << QStringLiteral("delivered") << QStringLiteral(R"({"id":"adj_000001"})") << true << 40;
        QTest::addRow("delivered, answer not JSON")
            << QStringLiteral("delivered") << QStringLiteral("ok") << true << 40;
        QTest::addRow("delivered, version as text")
            << QStringLiteral("delivered") << QStringLiteral(R"({"version":"6"})") << true << 40;
    }
    void figurePlusUncountedMovements()
    {
        QFETCH(QString, state);
        QFETCH(QString, answer);
        QFETCH(bool, sameBin);
        QFETCH(int, onHand);
        SyncHarness h;
        QVERIFY(applyFigure(h, figure(45, 3)));
        QVERIFY(h.db().execute(QStringLiteral("UPDATE stock SET reserved = 4 WHERE sku = 'SP-MUG-BLU'")).has_value());
        addMovement(h.db(), sameBin ? kBin : kOtherBin, -3, state, answer);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(applyFigure(h, figure(40, 5)));
        QCOMPARE(h.scalar(QStringLiteral("SELECT on_hand FROM stock WHERE location = ?"), {kBin}), qint64(onHand));
        QCOMPARE(h.scalar(QStringLiteral("SELECT market_on_hand FROM stock WHERE location = ?"), {kBin}), qint64(40));
        QCOMPARE(h.scalar(QStringLiteral("SELECT version FROM stock WHERE location = ?"), {kBin}), qint64(5));
        QCOMPARE(h.scalar(QStringLiteral("SELECT reserved FROM stock WHERE location = ?"), {kBin}), qint64(4));
        QCOMPARE(h.scalar(QStringLiteral("SELECT updated_at FROM stock WHERE location = ?"), {kBin}),
                 at(5).toMSecsSinceEpoch());
    }

    void everyKindTogether()
    {
        SyncHarness h;
        const QString answer = QStringLiteral(R"({"version":%1})");
        addMovement(h.db(), kBin, -2, QStringLiteral("pending"), QString());
        addMovement(h.db(), kBin, -3, QStringLiteral("delivered"), answer.arg(4));
        addMovement(h.db(), kBin, 10, QStringLiteral("delivered"), answer.arg(7));
        addMovement(h.db(), kBin, -100, QStringLiteral("rejected"), QString());
        addMovement(h.db(), kOtherBin, -50, QStringLiteral("pending"), QString());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(applyFigure(h, figure(40, 5)));
        // A bin new to the station: the figure, the pending -2 and the +10 the figure does not count yet.
        QCOMPARE(h.scalar(QStringLiteral("SELECT on_hand FROM stock WHERE location = ?"), {kBin}), qint64(48));
        QCOMPARE(h.scalar(QStringLiteral("SELECT reserved FROM stock WHERE location = ?"), {kBin}), qint64(0));
        // The marketplace counts the +10 from version 7 on.
        QVERIFY(applyFigure(h, figure(50, 7)));
        QCOMPARE(h.scalar(QStringLiteral("SELECT on_hand FROM stock WHERE location = ?"), {kBin}), qint64(48));
    }

    void anOlderFigureChangesNothing()
    {
        SyncHarness h;
        QVERIFY(applyFigure(h, figure(40, 5)));
        addMovement(h.db(), kBin, -2, QStringLiteral("pending"), QString());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(h.db().execute(QStringLiteral("UPDATE stock SET on_hand = on_hand - 2")).has_value());
        SyncPageWriter writer(h.db(), h.clock, QStringLiteral("station-1"), QStringLiteral("inventory"));
        QVERIFY(writer.begin());
        QVERIFY(writer.applyStock(figure(99, 4)));
        QVERIFY(writer.applyStock(figure(99, 5)));
        QVERIFY(writer.commit(QString()));
        QCOMPARE(writer.counts().unchanged, 2);
        QCOMPARE(h.scalar(QStringLiteral("SELECT on_hand FROM stock")), qint64(38));
        QCOMPARE(h.scalar(QStringLiteral("SELECT market_on_hand FROM stock")), qint64(40));
    }

    void pullBeforeAndAfterThePushCountsEachMovementOnce()
    {
        SyncHarness h;
        StockRecord market = figure(40, 1);
        h.market.put(QStringLiteral("inventory"), stockJson(market));
        // The marketplace applies an adjustment and answers with the bin's version and figure after it.
        h.network->on("POST", QStringLiteral("/v1/inventory/adjustments"), [&](const FakeRequest& req) {
            market.onHand += int(req.json().value(QLatin1String("delta")).toInteger());
            ++market.version;
            market.updatedAt = market.updatedAt.addSecs(60);
            h.market.put(QStringLiteral("inventory"), stockJson(market));
            return FakeResponse::json(201, QJsonObject{{QStringLiteral("id"), QStringLiteral("adj_000001")},
                                                       {QStringLiteral("inventory_id"), market.id},
                                                       {QStringLiteral("version"), market.version},
                                                       {QStringLiteral("on_hand"), market.onHand}});
        });
        QVERIFY(h.run().completed);
        QCOMPARE(h.scalar(QStringLiteral("SELECT on_hand FROM stock")), qint64(40));

        stationMovement(h.db(), h.engineClock(), -3, QStringLiteral("pick"));
        if (QTest::currentTestFailed())
            return;
        // Meanwhile someone else restocks the bin at the marketplace.
        market.onHand += 5;
        market.version = 2;
        market.updatedAt = at(30);
        h.market.put(QStringLiteral("inventory"), stockJson(market));

        // Run 1 pulls version 2 (45, without the -3), then pushes the -3 (version 3, 42).
        SyncReport r = h.run();
        QVERIFY2(r.completed, qPrintable(r.error.toString()));
        QCOMPARE(r.eventsDelivered, 1);
        QCOMPARE(market.onHand, 42);
        QCOMPARE(h.scalar(QStringLiteral("SELECT market_on_hand FROM stock")), qint64(45));
        QCOMPARE(h.scalar(QStringLiteral("SELECT on_hand FROM stock")), qint64(42));
        // Run 2 pulls version 3, which counts the -3.
        r = h.run();
        QVERIFY(r.completed);
        QCOMPARE(h.scalar(QStringLiteral("SELECT market_on_hand FROM stock")), qint64(42));
        QCOMPARE(h.scalar(QStringLiteral("SELECT on_hand FROM stock")), qint64(42));
    }

    void aRefusedMovementLeavesTheBinAtOnce()
    {
        SyncHarness h;
        h.market.put(QStringLiteral("inventory"), stockJson(figure(40, 1)));
        h.network->on("POST", QStringLiteral("/v1/inventory/adjustments"), [](const FakeRequest&) {
            return FakeResponse::problem(422, QStringLiteral("reason must be one of ..."));
        });
        QVERIFY(h.run().completed);
        stationMovement(h.db(), h.engineClock(), -7, QStringLiteral("lost"));
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(h.scalar(QStringLiteral("SELECT on_hand FROM stock")), qint64(33));
        const SyncReport r = h.run();
        QCOMPARE(r.eventsRejected, 1);
        QCOMPARE(h.scalar(QStringLiteral("SELECT on_hand FROM stock")), qint64(40));
        QCOMPARE(h.scalar(QStringLiteral("SELECT count(*) FROM sync_problems WHERE kind = 'rejected'")), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestSyncStock)
#include "TestSyncStock.moc"
