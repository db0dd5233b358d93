// OrderStore::transition: a refused change leaves no trace; an allowed one writes the status, exactly one
// audit row and exactly one outbox event in one transaction, and stamps shipped_at / delivered_at.

#include "../TestSupport.h"

#include "common/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "storage/Outbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace saypro;
using namespace saypro::test;

namespace {
using S = OrderStatus;

/// The statuses from new to `target` along the forward flow (or a short detour where the flow does not reach it).
QList<OrderStatus> pathTo(OrderStatus target)
{
    const QList<S> forward = {S::Verified, S::Ready,   S::Picking,   S::Picked,         S::Packing,  S::Packed,
                              S::Labelled, S::Shipped, S::InTransit, S::OutForDelivery, S::Delivered};
    QList<S> path;
    switch (target) {
    case S::New:
        return path;
    case S::OnHold:
        return {S::OnHold};
    case S::Cancelled:
        return {S::Cancelled};
    case S::ReturnRequested:
    case S::ReturnReceived:
    case S::Inspected:
    case S::Closed:
        path = forward;
        for (S s : {S::ReturnRequested, S::ReturnReceived, S::Inspected, S::Closed}) {
            path << s;
            if (s == target)
                break;
        }
        return path;
    default:
        for (S s : forward) {
            path << s;
            if (s == target)
                break;
        }
        return path;
    }
}

struct Snapshot
{
    QString status;
    qint64 updatedAt = 0;
    QVariant shippedAt;
    QVariant deliveredAt;
    qint64 auditRows = 0;
    qint64 outboxRows = 0;
    QString auditHead;
};

Snapshot snapshot(Database& db, qint64 orderId)
{
    Snapshot s;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT status, updated_at, shipped_at, delivered_at FROM orders WHERE id = ?"));
    q.addBindValue(orderId);
    if (q.exec() && q.next()) {
        s.status = q.value(0).toString();
        s.updatedAt = q.value(1).toLongLong();
        s.shippedAt = q.value(2);
        s.deliveredAt = q.value(3);
    }
    s.auditRows = scalarInt(db, QStringLiteral("SELECT count(*) FROM audit_log"));
    s.outboxRows = scalarInt(db, QStringLiteral("SELECT count(*) FROM outbox"));
    QSqlQuery h(db.connection());
    if (h.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'")) && h.next())
        s.auditHead = h.value(0).toString();
    return s;
}
} // namespace

class TestOrderTransitions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void refusedTransitionChangesNothing_data();
    void refusedTransitionChangesNothing();
    void allowedTransitionWritesOneAuditAndOneOutboxRow_data();
    void allowedTransitionWritesOneAuditAndOneOutboxRow();
    void shippedAndDeliveredTimes();
    void reasonIsRecorded();
    void historyFollowsTheTransitions();
    void unknownOrderIsNotFound();
    void unknownStoredStatusIsCorrupt();
    void storeIsUsableAfterARefusal();

private:
    /// A new order (number sampleOrder(n) for the returned n) moved along pathTo(target).
    Result<qint64> insertAt(OrderStatus target, int* n = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderStore> m_store;
    int m_next = 1;
};

void TestOrderTransitions::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(utc(2026, 3, 2, 8, 0, 0, 123));
    auto db = Database::open(m_dir->filePath(QStringLiteral("station.db")));
    STATION_VERIFY_OK(db);
    m_db = std::move(*db);
    m_store = std::make_unique<OrderStore>(*m_db, *m_clock, QStringLiteral("JHB1-PACK-01"));
}

void TestOrderTransitions::cleanupTestCase()
{
    m_store.reset();
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

Result<qint64> TestOrderTransitions::insertAt(OrderStatus target, int* n)
{
    const int number = m_next++;
    if (n)
        *n = number;
    Order o = sampleOrder(number);
    auto id = m_store->insert(o, QStringLiteral("marketplace"));
    if (!id)
        return id;
    for (S s : pathTo(target)) {
        m_clock->advanceSecs(60);
        if (auto r = m_store->transition(*id, s, QStringLiteral("thandi.m")); !r)
            return std::unexpected(r.error());
    }
    return id;
}

void TestOrderTransitions::refusedTransitionChangesNothing_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<OrderStatus>("to");
    // Every refused pair (each `from` is reached along pathTo()).
    for (S from : OrderStatuses::all())
        for (S to : OrderStatuses::all())
            if (!FulfilmentStateMachine::isAllowed(from, to))
                QTest::addRow("%s->%s", qPrintable(OrderStatuses::key(from)), qPrintable(OrderStatuses::key(to)))
                    << from << to;
}

void TestOrderTransitions::refusedTransitionChangesNothing()
{
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);
    auto id = insertAt(from);
    STATION_VERIFY_OK(id);
    const Snapshot before = snapshot(*m_db, *id);
    QCOMPARE(before.status, OrderStatuses::key(from));

    m_clock->advanceSecs(3600);
    const auto r = m_store->transition(*id, to, QStringLiteral("thandi.m"), QStringLiteral("should not stick"));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, Error::Code::InvalidTransition);
    QVERIFY(r.error().message.contains(OrderStatuses::displayName(from)));
    QVERIFY(r.error().message.contains(OrderStatuses::displayName(to)));
    QVERIFY(!m_db->inTransaction());

    const Snapshot after = snapshot(*m_db, *id);
    QCOMPARE(after.status, before.status);
    QCOMPARE(after.updatedAt, before.updatedAt);
    QCOMPARE(after.shippedAt, before.shippedAt);
    QCOMPARE(after.deliveredAt, before.deliveredAt);
    QCOMPARE(after.auditRows, before.auditRows);
    QCOMPARE(after.outboxRows, before.outboxRows);
    QCOMPARE(after.auditHead, before.auditHead);
    auto loaded = m_store->findById(*id);
    STATION_VERIFY_OK(loaded);
    QCOMPARE(loaded->status, from);
}

void TestOrderTransitions::allowedTransitionWritesOneAuditAndOneOutboxRow_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<OrderStatus>("to");
    for (const Transition& t : FulfilmentStateMachine::transitions())
        QTest::addRow("%s->%s", qPrintable(OrderStatuses::key(t.from)), qPrintable(OrderStatuses::key(t.to)))
            << t.from << t.to;
}

void TestOrderTransitions::allowedTransitionWritesOneAuditAndOneOutboxRow()
{
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);
    int n = 0;
    auto id = insertAt(from, &n);
    STATION_VERIFY_OK(id);
    const Snapshot before = snapshot(*m_db, *id);
    const qint64 maxAudit = scalarInt(*m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
    const qint64 maxOutbox = scalarInt(*m_db, QStringLiteral("SELECT coalesce(max(id), 0) FROM outbox"));

    m_clock->advanceSecs(3600);
    const QDateTime now = m_clock->now();
    const auto r = m_store->transition(*id, to, QStringLiteral("sipho.n"));
    STATION_VERIFY_OK(r);
    QCOMPARE(r->from, from);
    QCOMPARE(r->to, to);

    const Snapshot after = snapshot(*m_db, *id);
    QCOMPARE(after.status, OrderStatuses::key(to));
    QCOMPARE(after.updatedAt, now.toMSecsSinceEpoch());
    QCOMPARE(after.auditRows, before.auditRows + 1);
    QCOMPARE(after.outboxRows, before.outboxRows + 1);
    QVERIFY(after.auditHead != before.auditHead);

    // The audit row: who, where, when, what, before and after.
    QSqlQuery a(m_db->connection());
    QVERIFY(a.exec(QStringLiteral("SELECT id, at, actor, station, entity, entity_id, action, before_json, after_json "
                                  "FROM audit_log WHERE id > %1")
                       .arg(maxAudit)));
    QVERIFY(a.next());
    QCOMPARE(a.value(0).toLongLong(), maxAudit + 1);
    QCOMPARE(a.value(1).toLongLong(), now.toMSecsSinceEpoch());
    QCOMPARE(a.value(2).toString(), QStringLiteral("sipho.n"));
    QCOMPARE(a.value(3).toString(), QStringLiteral("JHB1-PACK-01"));
    QCOMPARE(a.value(4).toString(), QStringLiteral("order"));
    QCOMPARE(a.value(5).toString(), sampleOrder(n).number);
    QCOMPARE(a.value(6).toString(), QStringLiteral("status_changed"));
    QCOMPARE(QJsonDocument::fromJson(a.value(7).toString().toUtf8()).object().value(QLatin1String("status")).toString(),
             OrderStatuses::key(from));
    QCOMPARE(QJsonDocument::fromJson(a.value(8).toString().toUtf8()).object().value(QLatin1String("status")).toString(),
             OrderStatuses::key(to));
    QVERIFY(!a.next());

    // The outbox event, due now, addressed to the order on the marketplace.
    QSqlQuery o(m_db->connection());
    QVERIFY(o.exec(QStringLiteral("SELECT id, order_id, kind, method, path, payload, created_at, next_attempt_at, "
                                  "attempts, delivered_at, idempotency_key FROM outbox WHERE id > %1")
                       .arg(maxOutbox)));
    QVERIFY(o.next());
    QCOMPARE(o.value(1).toLongLong(), *id);
    QCOMPARE(o.value(2).toString(), QStringLiteral("order_event"));
    QCOMPARE(o.value(3).toString(), QStringLiteral("POST"));
    QCOMPARE(o.value(4).toString(), QStringLiteral("/v1/orders/%1/events").arg(sampleOrder(n).marketplaceId));
    QJsonParseError parseError;
    const QJsonDocument payload = QJsonDocument::fromJson(o.value(5).toString().toUtf8(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    const QJsonObject event = payload.object();
    QCOMPARE(event.value(QLatin1String("type")).toString(), QStringLiteral("status_changed"));
    QCOMPARE(event.value(QLatin1String("status")).toString(), OrderStatuses::key(to));
    const QString occurredAt = event.value(QLatin1String("occurred_at")).toString();
    QCOMPARE(occurredAt, now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + u'Z'); // UTC, milliseconds
    QCOMPARE(QDateTime::fromString(occurredAt, Qt::ISODateWithMs), now);
    QVERIFY(!event.contains(QLatin1String("reason")));
    QCOMPARE(o.value(6).toLongLong(), now.toMSecsSinceEpoch());
    QCOMPARE(o.value(7).toLongLong(), now.toMSecsSinceEpoch());
    QCOMPARE(o.value(8).toInt(), 0);
    QVERIFY(o.value(9).isNull());
    QVERIFY(!o.value(10).toString().isEmpty());
    QVERIFY(!o.next());

    // shipped_at is stamped once, on shipped; delivered_at on delivered; neither otherwise.
    if (to == S::Shipped)
        QCOMPARE(after.shippedAt.toLongLong(), now.toMSecsSinceEpoch());
    else
        QCOMPARE(after.shippedAt, before.shippedAt);
    if (to == S::Delivered)
        QCOMPARE(after.deliveredAt.toLongLong(), now.toMSecsSinceEpoch());
    else
        QCOMPARE(after.deliveredAt, before.deliveredAt);

    auto verified = AuditLog(*m_db).verify();
    STATION_VERIFY_OK(verified);
    QVERIFY2(verified->ok, qPrintable(verified->problem));
}

void TestOrderTransitions::shippedAndDeliveredTimes()
{
    auto id = insertAt(S::Labelled);
    STATION_VERIFY_OK(id);
    auto o = m_store->findById(*id);
    STATION_VERIFY_OK(o);
    QVERIFY(!o->shippedAt.isValid());
    QVERIFY(!o->deliveredAt.isValid());

    m_clock->set(utc(2026, 3, 3, 14, 30, 0, 5));
    const QDateTime shippedAt = m_clock->now();
    STATION_VERIFY_OK(m_store->transition(*id, S::Shipped, QStringLiteral("johan.v")));
    m_clock->advanceSecs(6 * 3600);
    STATION_VERIFY_OK(m_store->transition(*id, S::InTransit, QStringLiteral("carrier")));
    o = m_store->findById(*id);
    STATION_VERIFY_OK(o);
    QCOMPARE(o->shippedAt, shippedAt); // not moved by later carrier events
    QVERIFY(!o->deliveredAt.isValid());

    m_clock->advanceSecs(20 * 3600);
    const QDateTime deliveredAt = m_clock->now();
    STATION_VERIFY_OK(m_store->transition(*id, S::Delivered, QStringLiteral("carrier")));
    o = m_store->findById(*id);
    STATION_VERIFY_OK(o);
    QCOMPARE(o->status, S::Delivered);
    QCOMPARE(o->shippedAt, shippedAt);
    QCOMPARE(o->deliveredAt, deliveredAt);
    QCOMPARE(o->updatedAt, deliveredAt);
    QCOMPARE(o->shippedAt.timeSpec(), Qt::UTC);

    // A return keeps both stamps.
    m_clock->advanceSecs(3 * 86400);
    STATION_VERIFY_OK(m_store->transition(*id, S::ReturnRequested, QStringLiteral("marketplace")));
    o = m_store->findById(*id);
    STATION_VERIFY_OK(o);
    QCOMPARE(o->shippedAt, shippedAt);
    QCOMPARE(o->deliveredAt, deliveredAt);
}

void TestOrderTransitions::reasonIsRecorded()
{
    int n = 0;
    auto id = insertAt(S::Verified, &n);
    STATION_VERIFY_OK(id);
    const QString reason = QStringLiteral("Betaling het misluk — payment failed");
    STATION_VERIFY_OK(m_store->transition(*id, S::OnHold, QStringLiteral("marketplace"), reason));
    auto history = m_store->history(sampleOrder(n).number);
    STATION_VERIFY_OK(history);
    QCOMPARE(history->last().to, QStringLiteral("on_hold"));
    QCOMPARE(history->last().reason, reason);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT payload FROM outbox ORDER BY id DESC LIMIT 1")));
    QVERIFY(q.next());
    QCOMPARE(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object().value(QLatin1String("reason")).toString(),
             reason);
}

void TestOrderTransitions::historyFollowsTheTransitions()
{
    int n = 0;
    auto id = insertAt(S::Packed, &n);
    STATION_VERIFY_OK(id);
    STATION_VERIFY_OK(m_store->transition(*id, S::Cancelled, QStringLiteral("marketplace")));
    // Looked up trimmed and upper-cased.
    auto history = m_store->history(u' ' + sampleOrder(n).number.toLower() + u' ');
    STATION_VERIFY_OK(history);
    const QList<S> path = pathTo(S::Packed) << S::Cancelled;
    QCOMPARE(history->size(), path.size() + 1);
    QCOMPARE(history->first().action, QStringLiteral("created"));
    QCOMPARE(history->first().to, QStringLiteral("new"));
    QCOMPARE(history->first().actor, QStringLiteral("marketplace"));
    QString previous = QStringLiteral("new");
    for (int i = 0; i < path.size(); ++i) {
        const StatusChange& c = history->at(i + 1);
        QCOMPARE(c.action, QStringLiteral("status_changed"));
        QCOMPARE(c.from, previous);
        QCOMPARE(c.to, OrderStatuses::key(path.at(i)));
        QCOMPARE(c.station, QStringLiteral("JHB1-PACK-01"));
        QVERIFY(c.at >= history->at(i).at);
        QVERIFY(c.auditId > history->at(i).auditId);
        previous = c.to;
    }
}

void TestOrderTransitions::unknownOrderIsNotFound()
{
    const qint64 outbox = scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM outbox"));
    const auto r = m_store->transition(4242, S::Verified, QStringLiteral("thandi.m"));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, Error::Code::NotFound);
    QVERIFY(!m_db->inTransaction());
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM outbox")), outbox);
}

void TestOrderTransitions::unknownStoredStatusIsCorrupt()
{
    auto id = insertAt(S::Ready);
    STATION_VERIFY_OK(id);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE orders SET status = 'teleported' WHERE id = %1").arg(*id)));
    const qint64 audit = scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
    const auto r = m_store->transition(*id, S::Picking, QStringLiteral("thandi.m"));
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, Error::Code::Corrupt);
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), audit);
}

void TestOrderTransitions::storeIsUsableAfterARefusal()
{
    auto id = insertAt(S::New);
    STATION_VERIFY_OK(id);
    QVERIFY(!m_store->transition(*id, S::Shipped, QStringLiteral("thandi.m")).has_value());
    // The refused attempt must not leave a transaction open: the next change and an insert still work.
    STATION_VERIFY_OK(m_store->transition(*id, S::Verified, QStringLiteral("marketplace")));
    Order other = sampleOrder(m_next++);
    STATION_VERIFY_OK(m_store->insert(other, QStringLiteral("marketplace")));
    auto o = m_store->findById(*id);
    STATION_VERIFY_OK(o);
    QCOMPARE(o->status, S::Verified);
}

QTEST_GUILESS_MAIN(TestOrderTransitions)
#include "TestOrderTransitions.moc"
