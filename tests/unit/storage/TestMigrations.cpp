// Opening and migrating the station database: from empty and from every earlier schema version with data
// kept; refusing newer, foreign and missing files without touching them; the pragmas in effect.

#include "../TestSupport.h"

#include "common/Clock.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/Migrations.h"
#include "storage/OrderStore.h"
#include "storage/Outbox.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace saypro;
using namespace saypro::test;

Q_DECLARE_METATYPE(saypro::Database::OpenMode)

namespace {

const QString kStation = QStringLiteral("JHB1-PACK-01");

QStringList tableNames(Database& db)
{
    QStringList names;
    QSqlQuery q(db.connection());
    if (q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")))
        while (q.next())
            names << q.value(0).toString();
    return names;
}

QString pragma(Database& db, const QString& name)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("PRAGMA ") + name) || !q.next())
        return QStringLiteral("<failed>");
    return q.value(0).toString();
}

/// Data a station could hold at schema `version`, written with plain SQL as that version's schema allows.
/// Add a block here whenever a migration is added.
bool insertRepresentativeData(Database& db, int version, const QDateTime& now)
{
    RawConnection raw(db.path());
    if (!raw.isOpen())
        return false;
    bool ok = true;
    if (version >= 1) {
        ok = ok &&
             raw.exec(QStringLiteral("INSERT INTO warehouses(code, name, line1, city, region, postal_code, country, "
                                     "time_zone) VALUES('JHB1', 'SayPro Midrand DC', '14 Le Roux Avenue', "
                                     "'Midrand', 'GP', '1685', 'ZA', 'Africa/Johannesburg')"));
        ok = ok && raw.exec(QStringLiteral("INSERT INTO locations(id, warehouse, zone, aisle, bay, level, bin, code) "
                                           "VALUES(1, 'JHB1', 'A', 3, 12, 2, 4, 'JHB1-A-03-12-2-04')"));
        ok = ok &&
             raw.exec(QStringLiteral("INSERT INTO products(sku, gtin, name, weight_g, unit_price_minor, currency, "
                                     "location_id) VALUES('SP-MUG-BLU', '6009876000019', ?, 380, 12900, 'ZAR', 1)"),
                      {QStringLiteral("Beker, blou — ceramic mug")});
        ok = ok &&
             raw.exec(QStringLiteral("INSERT INTO orders(id, marketplace_id, number, status, placed_at, confirmed_at, "
                                     "updated_at, service_level, payment_status, currency, shipping_minor, tax_minor, "
                                     "total_minor, customer_name, customer_last_name, ship_name, ship_city, "
                                     "ship_country, gift_message, warehouse) VALUES(1, 'ord_0000000001', "
                                     "'SP-00000001', 'packed', ?, ?, ?, 'standard', 'captured', 'ZAR', 6500, 4845, "
                                     "37145, ?, ?, ?, 'Soweto', 'ZA', ?, 'JHB1')"),
                      {now.toMSecsSinceEpoch() - 7200000, now.toMSecsSinceEpoch() - 7100000, now.toMSecsSinceEpoch(),
                       QStringLiteral("Zoë Ndlovu-Müller"), QStringLiteral("Ndlovu-Müller"),
                       QStringLiteral("Zoë Ndlovu-Müller"), QStringLiteral("Veels geluk! 🎉")});
        ok = ok && raw.exec(QStringLiteral("INSERT INTO order_lines(id, order_id, line_id, sku, gtin, name, quantity, "
                                           "unit_price_minor) VALUES(1, 1, 'L1', 'SP-MUG-BLU', '6009876000019', "
                                           "'Ceramic mug', 2, 12900)"));
        // A valid one-row audit chain, written the way the station writes it.
        AuditEntry e;
        e.id = 1;
        e.at = now;
        e.actor = QStringLiteral("marketplace");
        e.station = kStation;
        e.entity = QStringLiteral("order");
        e.entityId = QStringLiteral("SP-00000001");
        e.action = QStringLiteral("created");
        e.afterJson = QStringLiteral("{\"status\":\"packed\"}");
        e.hash = AuditLog::computeHash({}, e);
        ok = ok && raw.exec(QStringLiteral("INSERT INTO audit_log(id, at, actor, station, entity, entity_id, action, "
                                           "before_json, after_json, hash) VALUES(?, ?, ?, ?, ?, ?, ?, '', ?, ?)"),
                            {e.id, e.at.toMSecsSinceEpoch(), e.actor, e.station, e.entity, e.entityId, e.action,
                             e.afterJson, e.hash});
        ok = ok && raw.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('audit_head', ?)"),
                            {QString(QStringLiteral("1:") + QString::fromLatin1(e.hash.toHex()))});
        ok = ok && raw.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES('station_id', ?)"), {kStation});
    }
    if (version >= 2) {
        ok = ok && raw.exec(QStringLiteral("INSERT INTO shipments(id, order_id, carrier, service, status, created_at) "
                                           "VALUES(1, 1, 'ups', 'worldwide_express', 'labelled', ?)"),
                            {now.toMSecsSinceEpoch()});
        ok = ok && raw.exec(QStringLiteral("INSERT INTO parcels(id, shipment_id, order_id, tracking_number, weight_g) "
                                           "VALUES(1, 1, 1, '1Z5R89390357567127', 910)"));
        ok = ok &&
             raw.exec(QStringLiteral("INSERT INTO parcel_items(parcel_id, order_line_id, quantity) VALUES(1, 1, 2)"));
        ok = ok && raw.exec(QStringLiteral("INSERT INTO outbox(idempotency_key, order_id, kind, path, payload, "
                                           "created_at, next_attempt_at) VALUES('k-1', 1, 'order_event', "
                                           "'/v1/orders/ord_0000000001/events', '{}', ?, ?)"),
                            {now.toMSecsSinceEpoch(), now.toMSecsSinceEpoch()});
        ok = ok && raw.exec(QStringLiteral("INSERT INTO scan_log(at, station, actor, order_id, code, accepted) "
                                           "VALUES(?, 'JHB1-PACK-01', 'thandi.m', 1, '6009876000019', 1)"),
                            {now.toMSecsSinceEpoch()});
    }
    if (!ok)
        qWarning() << "representative data for version" << version << "failed:" << raw.lastError();
    return ok;
}

/// A SQLite file in the default rollback-journal mode with the given user_version, made without Database.
bool makeForeignSqliteFile(const QString& path, int userVersion)
{
    RawConnection raw(path);
    return raw.isOpen() && raw.exec(QStringLiteral("CREATE TABLE future_things (id INTEGER PRIMARY KEY, what TEXT)")) &&
           raw.exec(QStringLiteral("INSERT INTO future_things(what) VALUES('from a newer station')")) &&
           raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(userVersion));
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestMigrations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void latestIsTheNumberOfSteps();
    void emptyDatabaseToLatest();
    void fromEachEarlierVersion_data();
    void fromEachEarlierVersion();
    void reopeningDoesNotMigrateAgain();
    void newerSchemaIsRefusedAndUntouched_data();
    void newerSchemaIsRefusedAndUntouched();
    void notADatabaseIsRefusedAndUntouched_data();
    void notADatabaseIsRefusedAndUntouched();
    void missingFileIsNotCreated_data();
    void missingFileIsNotCreated();
    void emptyFileNeedsCreateMode();
    void folderIsRefused();
    void pragmasInEffect_data();
    void pragmasInEffect();
    void readOnlyNeverWrites();
    void migrateToUnknownVersionIsRefused();
};

void TestMigrations::latestIsTheNumberOfSteps()
{
    QVERIFY(Database::latestSchemaVersion() >= 2);
    QCOMPARE(Database::latestSchemaVersion(), Migrations::count());
    for (int v = 1; v <= Migrations::count(); ++v)
        QVERIFY2(!Migrations::statements(v).isEmpty(), qPrintable(QString::number(v)));
    QVERIFY(Migrations::statements(0).isEmpty());
    QVERIFY(Migrations::statements(Migrations::count() + 1).isEmpty());
}

void TestMigrations::emptyDatabaseToLatest()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("sub/folder/station.db"));
    auto db = Database::open(path);
    STATION_VERIFY_OK(db);
    QVERIFY(QFile::exists(path));
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    const QStringList tables = tableNames(**db);
    for (const char* t : {"meta", "warehouses", "locations", "products", "orders", "order_lines", "audit_log",
                          "shipments", "parcels", "parcel_items", "returns", "return_lines", "outbox", "scan_log"})
        QVERIFY2(tables.contains(QString::fromLatin1(t)), t);
    auto report = DatabaseCheck::run(**db);
    STATION_VERIFY_OK(report);
    QVERIFY(report->ok());
    QCOMPARE(report->auditRowsChecked, qint64(0));
    // The raw file agrees, read by another connection.
    db->reset();
    RawConnection raw(path);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion());
}

void TestMigrations::fromEachEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < Database::latestSchemaVersion(); ++v)
        QTest::addRow("v%d", v) << v;
}

void TestMigrations::fromEachEarlierVersion()
{
    QFETCH(int, version);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("station.db"));
    const QDateTime now = utc(2026, 3, 2, 10, 0, 0, 0);
    {
        auto old = Database::openAtVersion(path, version);
        STATION_VERIFY_OK(old);
        QCOMPARE((*old)->schemaVersion(), version);
        const QStringList tables = tableNames(**old);
        QCOMPARE(tables.contains(QStringLiteral("outbox")), version >= 2);
        QVERIFY(insertRepresentativeData(**old, version, now));
    }
    RawConnection before(path);
    const qint64 auditBefore = before.scalar(QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    QCOMPARE(auditBefore, qint64(1));

    auto db = Database::open(path, Database::OpenMode::OpenExisting);
    STATION_VERIFY_OK(db);
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(before.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion());

    // What was there is still there, byte for byte where it matters.
    ManualClock clock(now.addSecs(60));
    OrderStore store(**db, clock, kStation);
    auto order = store.findByNumber(QStringLiteral("SP-00000001"));
    STATION_VERIFY_OK(order);
    QCOMPARE(order->status, OrderStatus::Packed);
    QCOMPARE(order->customer.name, QStringLiteral("Zoë Ndlovu-Müller"));
    QCOMPARE(order->instructions.giftMessage, QStringLiteral("Veels geluk! 🎉"));
    QCOMPARE(order->totalMinor, qint64(37145));
    QCOMPARE(order->updatedAt, now);
    QCOMPARE(order->warehouse, QStringLiteral("JHB1"));
    QCOMPARE(order->lines.size(), 1);
    QCOMPARE(order->lines.first().gtin, QStringLiteral("6009876000019"));
    QCOMPARE(scalarInt(**db, QStringLiteral("SELECT count(*) FROM products")), qint64(1));
    QCOMPARE(scalarInt(**db, QStringLiteral("SELECT count(*) FROM locations")), qint64(1));
    QCOMPARE(scalarInt(**db, QStringLiteral("SELECT count(*) FROM audit_log")), auditBefore);
    QCOMPARE(before.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'station_id'")).toString(), kStation);

    // The database is whole, and what the new schema adds works on the old data.
    auto report = DatabaseCheck::run(**db);
    STATION_VERIFY_OK(report);
    QVERIFY2(report->ok(), qPrintable(report->auditProblem + report->integrityMessages.join(u';')));
    QCOMPARE(report->auditRowsChecked, auditBefore);
    const qint64 outboxBefore = scalarInt(**db, QStringLiteral("SELECT count(*) FROM outbox"));
    STATION_VERIFY_OK(store.transition(order->id, OrderStatus::Labelled, QStringLiteral("thandi.m")));
    QCOMPARE(scalarInt(**db, QStringLiteral("SELECT count(*) FROM outbox")), outboxBefore + 1);
    auto verified = AuditLog(**db).verify();
    STATION_VERIFY_OK(verified);
    QVERIFY2(verified->ok, qPrintable(verified->problem));
    QCOMPARE(verified->rowsChecked, auditBefore + 1);
}

void TestMigrations::reopeningDoesNotMigrateAgain()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("station.db"));
    const QDateTime now = utc(2026, 3, 2, 10, 0, 0, 0);
    {
        auto db = Database::open(path);
        STATION_VERIFY_OK(db);
        QVERIFY(insertRepresentativeData(**db, Database::latestSchemaVersion(), now));
    }
    for (int i = 0; i < 2; ++i) {
        auto db = Database::open(path, Database::OpenMode::OpenExisting);
        STATION_VERIFY_OK(db);
        QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalarInt(**db, QStringLiteral("SELECT count(*) FROM orders")), qint64(1));
        QCOMPARE(scalarInt(**db, QStringLiteral("SELECT count(*) FROM parcels")), qint64(1));
    }
}

void TestMigrations::newerSchemaIsRefusedAndUntouched_data()
{
    QTest::addColumn<Database::OpenMode>("mode");
    QTest::addRow("create-if-missing") << Database::OpenMode::CreateIfMissing;
    QTest::addRow("open-existing") << Database::OpenMode::OpenExisting;
    QTest::addRow("read-only") << Database::OpenMode::ReadOnly;
}

void TestMigrations::newerSchemaIsRefusedAndUntouched()
{
    QFETCH(Database::OpenMode, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("station.db"));
    QVERIFY(makeForeignSqliteFile(path, Database::latestSchemaVersion() + 1));
    const QByteArray hashBefore = fileHash(path);
    const QStringList filesBefore = folderEntries(dir.path());
    QVERIFY(!hashBefore.isEmpty());

    auto db = Database::open(path, mode);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, Error::Code::Unsupported);
    QVERIFY(!db.error().message.isEmpty());
    QVERIFY2(db.error().detail.contains(QString::number(Database::latestSchemaVersion() + 1)),
             qPrintable(db.error().detail));

    QCOMPARE(fileHash(path), hashBefore);
    QCOMPARE(folderEntries(dir.path()), filesBefore); // no -wal, -shm or -journal left behind
    RawConnection raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("delete"));
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA user_version")).toInt(), Database::latestSchemaVersion() + 1);
}

void TestMigrations::notADatabaseIsRefusedAndUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<Database::OpenMode>("mode");
    QByteArray random(8192, '\0');
    QRandomGenerator rng(20260302);
    for (char& c : random)
        c = char(rng.bounded(256));
    const QByteArray text = QStringLiteral("order,customer\nSP-00000001,Zoë Ndlovu-Müller\n").toUtf8();
    // A real header on a damaged body: SQLite "opens" it and fails on the first read.
    QByteArray damaged = QByteArray("SQLite format 3\0", 16) + random.left(4096 - 16);
    const struct
    {
        const char* name;
        QByteArray bytes;
    } files[] = {{"random bytes", random}, {"text file", text}, {"damaged after header", damaged}};
    for (const auto& f : files) {
        QTest::addRow("%s, create-if-missing", f.name) << f.bytes << Database::OpenMode::CreateIfMissing;
        QTest::addRow("%s, open-existing", f.name) << f.bytes << Database::OpenMode::OpenExisting;
        QTest::addRow("%s, read-only", f.name) << f.bytes << Database::OpenMode::ReadOnly;
    }
}

void TestMigrations::notADatabaseIsRefusedAndUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(Database::OpenMode, mode);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("station.db"));
    QVERIFY(writeFile(path, content));
    const QStringList filesBefore = folderEntries(dir.path());

    auto db = Database::open(path, mode);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, Error::Code::Corrupt);
    QVERIFY(!db.error().message.isEmpty());

    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), content);
    QCOMPARE(folderEntries(dir.path()), filesBefore);
}

void TestMigrations::missingFileIsNotCreated_data()
{
    QTest::addColumn<Database::OpenMode>("mode");
    QTest::addColumn<QString>("relativePath");
    QTest::addRow("open-existing") << Database::OpenMode::OpenExisting << "station.db";
    QTest::addRow("read-only") << Database::OpenMode::ReadOnly << "station.db";
    QTest::addRow("open-existing, missing folder") << Database::OpenMode::OpenExisting << "no/such/folder/station.db";
    QTest::addRow("read-only, missing folder") << Database::OpenMode::ReadOnly << "no/such/folder/station.db";
}

void TestMigrations::missingFileIsNotCreated()
{
    QFETCH(Database::OpenMode, mode);
    QFETCH(QString, relativePath);
    QTemporaryDir dir;
    const QString path = dir.filePath(relativePath);
    auto db = Database::open(path, mode);
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, Error::Code::NotFound);
    QVERIFY(!QFile::exists(path));
    QVERIFY(folderEntries(dir.path()).isEmpty()); // not even the folders
}

void TestMigrations::emptyFileNeedsCreateMode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("station.db"));
    QVERIFY(writeFile(path, {}));
    for (auto mode : {Database::OpenMode::OpenExisting, Database::OpenMode::ReadOnly}) {
        auto db = Database::open(path, mode);
        QVERIFY(!db.has_value());
        QCOMPARE(db.error().code, Error::Code::Corrupt);
        QCOMPARE(QFileInfo(path).size(), qint64(0));
    }
    // An empty file is an empty database to SQLite: "create" builds the schema in it.
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    STATION_VERIFY_OK(db);
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
}

void TestMigrations::folderIsRefused()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.path());
    QVERIFY(!db.has_value());
    QCOMPARE(db.error().code, Error::Code::Io);
    auto empty = Database::open(QString());
    QVERIFY(!empty.has_value());
    QCOMPARE(empty.error().code, Error::Code::InvalidArgument);
}

void TestMigrations::pragmasInEffect_data()
{
    QTest::addColumn<bool>("reopen");
    QTest::addRow("new file") << false;
    QTest::addRow("reopened file") << true;
}

void TestMigrations::pragmasInEffect()
{
    QFETCH(bool, reopen);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("station.db"));
    auto db = Database::open(path);
    STATION_VERIFY_OK(db);
    if (reopen) {
        db->reset();
        db = Database::open(path, Database::OpenMode::OpenExisting);
        STATION_VERIFY_OK(db);
    }
    QCOMPARE(pragma(**db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    QCOMPARE(pragma(**db, QStringLiteral("synchronous")), QStringLiteral("2")); // FULL
    QCOMPARE(pragma(**db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    // Foreign keys are enforced, not just switched on.
    QSqlQuery q((*db)->connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO order_lines(order_id, line_id, sku, name, quantity) "
                                   "VALUES(999, 'L1', 'SKU', 'orphan', 1)")));
    QCOMPARE(scalarInt(**db, QStringLiteral("SELECT count(*) FROM order_lines")), qint64(0));
    // The journal mode is stored in the file: another connection sees WAL too.
    RawConnection raw(path);
    QCOMPARE(raw.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
}

void TestMigrations::readOnlyNeverWrites()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("station.db"));
    {
        auto old = Database::openAtVersion(path, 1);
        STATION_VERIFY_OK(old);
        QVERIFY(insertRepresentativeData(**old, 1, utc(2026, 3, 2, 10, 0)));
    }
    auto ro = Database::open(path, Database::OpenMode::ReadOnly);
    STATION_VERIFY_OK(ro);
    QVERIFY((*ro)->isReadOnly());
    QCOMPARE((*ro)->schemaVersion(), 1); // read-only does not migrate
    QVERIFY(!(*ro)->migrateTo(Database::latestSchemaVersion()).has_value());
    QSqlQuery q((*ro)->connection());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM orders")));
    QCOMPARE(scalarInt(**ro, QStringLiteral("SELECT count(*) FROM orders")), qint64(1));
}

void TestMigrations::migrateToUnknownVersionIsRefused()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("station.db")));
    STATION_VERIFY_OK(db);
    const auto r = (*db)->migrateTo(Database::latestSchemaVersion() + 1);
    QVERIFY(!r.has_value());
    QCOMPARE(r.error().code, Error::Code::InvalidArgument);
    QCOMPARE((*db)->schemaVersion(), Database::latestSchemaVersion());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
