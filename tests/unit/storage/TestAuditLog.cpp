// The hash-chained audit log: an honest chain verifies; a row edited, deleted (middle or last), re-hashed,
// retimed or forged through a separate connection is reported at the exact row, by verify() and by
// DatabaseCheck.

#include "../TestSupport.h"

#include "common/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/OrderStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace saypro;
using namespace saypro::test;

namespace {
const QString kStation = QStringLiteral("JHB1-PACK-01");

enum class Tamper {
    UpdateActor,
    UpdateAfterJson,
    UpdateEntityId,
    DeleteMiddle,
    DeleteFirst,
    DeleteLast,
    ChangeHash,
    ChangeLastHash,
    TimeAsText,
    SwapRows,
    AppendForged,
    HeadRemoved,
};
} // namespace

Q_DECLARE_METATYPE(Tamper)

class TestAuditLog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void honestChainVerifies();
    void computeHashChains();
    void appendNeedsATransaction();
    void tamperIsReportedAtTheRow_data();
    void tamperIsReportedAtTheRow();
    void bulkAppenderContinuesTheChain();
    void forEntity();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<Database> m_db;
    qint64 m_rows = 0;
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>(utc(2026, 3, 2, 8, 0, 0, 7));
    auto db = Database::open(m_dir->filePath(QStringLiteral("station.db")));
    STATION_VERIFY_OK(db);
    m_db = std::move(*db);
    // Three orders and a handful of transitions: 3 "created" + 9 "status_changed" = 12 rows.
    OrderStore store(*m_db, *m_clock, kStation);
    QList<qint64> ids;
    const QStringList names = {QStringLiteral("Zoë Ndlovu-Müller"), QStringLiteral("Nomvula Dlamini"),
                               QStringLiteral("Anél Botha")};
    for (int i = 1; i <= 3; ++i) {
        Order o = sampleOrder(i, names.at(i - 1));
        auto id = store.insert(o, QStringLiteral("marketplace"));
        STATION_VERIFY_OK(id);
        ids << *id;
        m_clock->advanceSecs(17);
    }
    using S = OrderStatus;
    const QList<QPair<int, S>> steps = {{0, S::Verified}, {1, S::Verified},  {0, S::Ready},
                                        {2, S::OnHold},   {0, S::Picking},   {1, S::OnHold},
                                        {0, S::Picked},   {2, S::Cancelled}, {0, S::Packing}};
    for (const auto& [which, to] : steps) {
        m_clock->advanceMs(61'003);
        STATION_VERIFY_OK(store.transition(ids.at(which), to, QStringLiteral("thandi.m")));
    }
    m_rows = scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM audit_log"));
    QCOMPARE(m_rows, qint64(12));
}

void TestAuditLog::cleanup()
{
    m_db.reset();
    m_clock.reset();
    m_dir.reset();
}

void TestAuditLog::honestChainVerifies()
{
    int progressCalls = 0;
    auto v = AuditLog(*m_db).verify([&](qint64) { ++progressCalls; });
    STATION_VERIFY_OK(v);
    QVERIFY2(v->ok, qPrintable(v->problem));
    QCOMPARE(v->rowsChecked, m_rows);
    QVERIFY(!v->firstBadRow.has_value());
    QVERIFY(v->problem.isEmpty());

    auto report = DatabaseCheck::run(*m_db);
    STATION_VERIFY_OK(report);
    QVERIFY(report->ok());
    QVERIFY(report->integrityOk);
    QCOMPARE(report->foreignKeyViolations, qint64(0));
    QCOMPARE(report->auditRowsChecked, m_rows);
    QVERIFY(!report->auditFirstBadRow.has_value());

    // The chain head in meta names the last row and its hash.
    RawConnection raw(m_db->path());
    const QString head = raw.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'")).toString();
    const QByteArray lastHash =
        raw.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {m_rows}).toByteArray();
    QCOMPARE(lastHash.size(), 32);
    QCOMPARE(head, QString(QString::number(m_rows) + u':' + QString::fromLatin1(lastHash.toHex())));
}

void TestAuditLog::computeHashChains()
{
    AuditEntry e;
    e.id = 1;
    e.at = utc(2026, 3, 2, 8, 0);
    e.actor = QStringLiteral("marketplace");
    e.station = kStation;
    e.entity = QStringLiteral("order");
    e.entityId = QStringLiteral("SP-00000001");
    e.action = QStringLiteral("created");
    e.afterJson = QStringLiteral("{\"status\":\"new\"}");
    const QByteArray h1 = AuditLog::computeHash({}, e);
    QCOMPARE(h1.size(), 32);
    QCOMPARE(AuditLog::computeHash({}, e), h1);                   // deterministic
    QVERIFY(AuditLog::computeHash(QByteArray(32, 'x'), e) != h1); // depends on the previous hash
    // Every field is covered.
    auto differs = [&](const std::function<void(AuditEntry&)>& change) {
        AuditEntry c = e;
        change(c);
        return AuditLog::computeHash({}, c) != h1;
    };
    QVERIFY(differs([](AuditEntry& c) { c.id = 2; }));
    QVERIFY(differs([](AuditEntry& c) { c.at = c.at.addMSecs(1); }));
    QVERIFY(differs([](AuditEntry& c) { c.actor = QStringLiteral("Marketplace"); }));
    QVERIFY(differs([](AuditEntry& c) { c.station = QStringLiteral("JHB1-PACK-02"); }));
    QVERIFY(differs([](AuditEntry& c) { c.entity = QStringLiteral("return"); }));
    QVERIFY(differs([](AuditEntry& c) { c.entityId = QStringLiteral("SP-00000002"); }));
    QVERIFY(differs([](AuditEntry& c) { c.action = QStringLiteral("deleted"); }));
    QVERIFY(differs([](AuditEntry& c) { c.beforeJson = QStringLiteral("{}"); }));
    QVERIFY(differs([](AuditEntry& c) { c.afterJson = QStringLiteral("{\"status\":\"closed\"}"); }));
    // Moving text between adjacent fields changes the hash (fields are separated, not just concatenated).
    QVERIFY(differs([](AuditEntry& c) {
        c.actor = QStringLiteral("marketplaceJHB1");
        c.station = QStringLiteral("-PACK-01");
    }));
}

void TestAuditLog::appendNeedsATransaction()
{
    AuditEntry e;
    e.at = m_clock->now();
    e.actor = QStringLiteral("thandi.m");
    e.station = kStation;
    e.entity = QStringLiteral("order");
    e.entityId = QStringLiteral("SP-00000001");
    e.action = QStringLiteral("note");
    const auto r = AuditLog(*m_db).append(e);
    QVERIFY(!r.has_value());
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM audit_log")), m_rows);

    Transaction tx(*m_db);
    STATION_VERIFY_OK(tx.begin());
    auto id = AuditLog(*m_db).append(e);
    STATION_VERIFY_OK(id);
    QCOMPARE(*id, m_rows + 1);
    QCOMPARE(e.id, m_rows + 1);
    QCOMPARE(e.hash.size(), 32);
    STATION_VERIFY_OK(tx.commit());
    auto v = AuditLog(*m_db).verify();
    STATION_VERIFY_OK(v);
    QVERIFY(v->ok);
    QCOMPARE(v->rowsChecked, m_rows + 1);
}

void TestAuditLog::tamperIsReportedAtTheRow_data()
{
    QTest::addColumn<Tamper>("tamper");
    QTest::addColumn<qint64>("row");         // the row tampered with (0: relative to the end, see below)
    QTest::addColumn<qint64>("expectedBad"); // the row verify() must name; <= 0 means m_rows + value
    QTest::addRow("update actor, middle row") << Tamper::UpdateActor << qint64(6) << qint64(6);
    QTest::addRow("update actor, first row") << Tamper::UpdateActor << qint64(1) << qint64(1);
    QTest::addRow("update actor, last row") << Tamper::UpdateActor << qint64(0) << qint64(0);
    QTest::addRow("update after_json, middle row") << Tamper::UpdateAfterJson << qint64(7) << qint64(7);
    QTest::addRow("update entity_id, middle row") << Tamper::UpdateEntityId << qint64(4) << qint64(4);
    QTest::addRow("delete middle row") << Tamper::DeleteMiddle << qint64(6) << qint64(6);
    QTest::addRow("delete first row") << Tamper::DeleteFirst << qint64(1) << qint64(1);
    QTest::addRow("delete last row") << Tamper::DeleteLast << qint64(0) << qint64(0);
    QTest::addRow("change hash, middle row") << Tamper::ChangeHash << qint64(5) << qint64(5);
    QTest::addRow("change hash, last row") << Tamper::ChangeLastHash << qint64(0) << qint64(0);
    QTest::addRow("time nudged by a fraction") << Tamper::TimeAsText << qint64(8) << qint64(8);
    QTest::addRow("actor copied from the next row") << Tamper::SwapRows << qint64(3) << qint64(3);
    QTest::addRow("row appended outside the station") << Tamper::AppendForged << qint64(1) << qint64(1);
    QTest::addRow("chain head removed") << Tamper::HeadRemoved << qint64(0) << qint64(0);
}

void TestAuditLog::tamperIsReportedAtTheRow()
{
    QFETCH(Tamper, tamper);
    QFETCH(qint64, row);
    QFETCH(qint64, expectedBad);
    if (row <= 0)
        row += m_rows;
    if (expectedBad <= 0 || tamper == Tamper::AppendForged)
        expectedBad += m_rows;
    {
        // A separate connection, as someone with the file and the sqlite3 tool would do it.
        RawConnection raw(m_db->path());
        QVERIFY(raw.isOpen());
        bool ok = false;
        switch (tamper) {
        case Tamper::UpdateActor:
            ok = raw.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone.else' WHERE id = ?"), {row});
            break;
        case Tamper::UpdateAfterJson:
            ok = raw.exec(QStringLiteral("UPDATE audit_log SET after_json = '{\"status\":\"cancelled\"}' WHERE id = ?"),
                          {row});
            break;
        case Tamper::UpdateEntityId:
            ok = raw.exec(QStringLiteral("UPDATE audit_log SET entity_id = 'SP-00000099' WHERE id = ?"), {row});
            break;
        case Tamper::DeleteMiddle:
        case Tamper::DeleteFirst:
        case Tamper::DeleteLast:
            ok = raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {row});
            break;
        case Tamper::ChangeHash:
        case Tamper::ChangeLastHash:
            ok = raw.exec(QStringLiteral("UPDATE audit_log SET hash = zeroblob(32) WHERE id = ?"), {row});
            break;
        case Tamper::TimeAsText:
            // A fraction of a millisecond: the value reads back as the same integer, but the station never
            // writes anything but integers there.
            ok = raw.exec(QStringLiteral("UPDATE audit_log SET at = at + 0.25 WHERE id = ?"), {row});
            break;
        case Tamper::SwapRows:
            ok = raw.exec(QStringLiteral("UPDATE audit_log SET actor = (SELECT actor FROM audit_log WHERE id = ?), "
                                         "station = 'X' WHERE id = ?"),
                          {row + 1, row});
            break;
        case Tamper::AppendForged: {
            // A row that chains correctly from the last one: only the head in meta betrays it.
            AuditEntry forged;
            forged.id = m_rows + 1;
            forged.at = m_clock->now().addSecs(60);
            forged.actor = QStringLiteral("thandi.m");
            forged.station = kStation;
            forged.entity = QStringLiteral("order");
            forged.entityId = QStringLiteral("SP-00000001");
            forged.action = QStringLiteral("status_changed");
            forged.beforeJson = QStringLiteral("{\"status\":\"packing\"}");
            forged.afterJson = QStringLiteral("{\"status\":\"cancelled\"}");
            const QByteArray previous =
                raw.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {m_rows}).toByteArray();
            forged.hash = AuditLog::computeHash(previous, forged);
            ok = raw.exec(QStringLiteral("INSERT INTO audit_log(id, at, actor, station, entity, entity_id, action, "
                                         "before_json, after_json, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                          {forged.id, forged.at.toMSecsSinceEpoch(), forged.actor, forged.station, forged.entity,
                           forged.entityId, forged.action, forged.beforeJson, forged.afterJson, forged.hash});
            break;
        }
        case Tamper::HeadRemoved:
            ok = raw.exec(QStringLiteral("DELETE FROM meta WHERE key = 'audit_head'"));
            break;
        }
        QVERIFY2(ok, qPrintable(raw.lastError()));
    }

    // Seen through the station's own, still open, connection ...
    auto v = AuditLog(*m_db).verify();
    STATION_VERIFY_OK(v);
    QVERIFY(!v->ok);
    QVERIFY(v->firstBadRow.has_value());
    QCOMPARE(*v->firstBadRow, expectedBad);
    QVERIFY(!v->problem.isEmpty());
    QVERIFY2(v->problem.contains(QString::number(expectedBad)), qPrintable(v->problem));

    auto report = DatabaseCheck::run(*m_db);
    STATION_VERIFY_OK(report);
    QVERIFY(!report->ok());
    QVERIFY(!report->auditOk);
    QVERIFY(report->integrityOk); // SQLite itself sees nothing wrong: only the chain does
    QCOMPARE(report->auditFirstBadRow, std::optional<qint64>(expectedBad));
    QCOMPARE(report->auditProblem, v->problem);

    // ... and after reopening the file read-only, as `db check` does.
    m_db.reset();
    auto ro = Database::open(m_dir->filePath(QStringLiteral("station.db")), Database::OpenMode::ReadOnly);
    STATION_VERIFY_OK(ro);
    auto again = DatabaseCheck::run(**ro);
    STATION_VERIFY_OK(again);
    QVERIFY(!again->ok());
    QCOMPARE(again->auditFirstBadRow, std::optional<qint64>(expectedBad));
}

void TestAuditLog::bulkAppenderContinuesTheChain()
{
    Transaction tx(*m_db);
    STATION_VERIFY_OK(tx.begin());
    AuditLog::BulkAppender bulk(*m_db);
    for (int i = 0; i < 50; ++i) {
        AuditEntry e;
        e.at = m_clock->now().addSecs(i);
        e.actor = QStringLiteral("demo");
        e.station = kStation;
        e.entity = QStringLiteral("order");
        e.entityId = QStringLiteral("SP-%1").arg(100 + i, 8, 10, QLatin1Char('0'));
        e.action = QStringLiteral("created");
        e.afterJson = QStringLiteral("{\"status\":\"new\"}");
        STATION_VERIFY_OK(bulk.append(e));
        QCOMPARE(e.id, m_rows + 1 + i);
    }
    STATION_VERIFY_OK(bulk.finish());
    STATION_VERIFY_OK(tx.commit());
    auto v = AuditLog(*m_db).verify();
    STATION_VERIFY_OK(v);
    QVERIFY2(v->ok, qPrintable(v->problem));
    QCOMPARE(v->rowsChecked, m_rows + 50);
    // And the ordinary appender carries on from the bulk one's head.
    OrderStore store(*m_db, *m_clock, kStation);
    STATION_VERIFY_OK(store.transition(1, OrderStatus::Packed, QStringLiteral("thandi.m")));
    v = AuditLog(*m_db).verify();
    STATION_VERIFY_OK(v);
    QVERIFY2(v->ok, qPrintable(v->problem));
    QCOMPARE(v->rowsChecked, m_rows + 51);
}

void TestAuditLog::forEntity()
{
    auto entries = AuditLog(*m_db).forEntity(QStringLiteral("order"), QStringLiteral("SP-00000001"));
    STATION_VERIFY_OK(entries);
    QCOMPARE(entries->size(), 6); // created + verified, ready, picking, picked, packing
    qint64 previousId = 0;
    for (const AuditEntry& e : *entries) {
        QCOMPARE(e.entityId, QStringLiteral("SP-00000001"));
        QVERIFY(e.id > previousId);
        QCOMPARE(e.hash.size(), 32);
        previousId = e.id;
    }
    QCOMPARE(entries->first().action, QStringLiteral("created"));
    QCOMPARE(entries->last().afterJson, QStringLiteral("{\"status\":\"packing\"}"));
    auto none = AuditLog(*m_db).forEntity(QStringLiteral("order"), QStringLiteral("SP-99999999"));
    STATION_VERIFY_OK(none);
    QVERIFY(none->isEmpty());
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
