#include "SandboxStore.h"

#include "sandbox/SandboxLogging.h"
#include "sync/ApiJson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SandboxStore", text);
}

/// PRAGMA application_id of a sandbox file: "SPSX".
constexpr int kApplicationId = 0x53505358;
/// Sandbox schema versions live above every station schema version.
constexpr int kFirstVersion = 1001;

/// Each entry is one migration: from version kFirstVersion - 1 + i to kFirstVersion + i.
const QList<QStringList>& migrations()
{
    static const QList<QStringList> m = {
        {
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
            QStringLiteral(
                "CREATE TABLE orders (id TEXT PRIMARY KEY, idx INTEGER NOT NULL UNIQUE, number TEXT NOT NULL,"
                " version INTEGER NOT NULL, updated_ms INTEGER NOT NULL, seq INTEGER NOT NULL UNIQUE,"
                " status TEXT NOT NULL, payment_status TEXT NOT NULL, claimed_by TEXT NOT NULL DEFAULT '',"
                " claim_expires_ms INTEGER NOT NULL DEFAULT 0, shipped INTEGER NOT NULL DEFAULT 0,"
                " body TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE order_events (id INTEGER PRIMARY KEY, order_id TEXT NOT NULL,"
                           " station_id TEXT NOT NULL, status TEXT NOT NULL, occurred_ms INTEGER NOT NULL,"
                           " received_ms INTEGER NOT NULL, reason TEXT NOT NULL, actor TEXT NOT NULL,"
                           " idempotency_key TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX order_events_order ON order_events(order_id, id)"),
            QStringLiteral("CREATE INDEX order_events_key ON order_events(idempotency_key)"),
            QStringLiteral(
                "CREATE TABLE claims (id INTEGER PRIMARY KEY, order_id TEXT NOT NULL, station_id TEXT NOT NULL,"
                " action TEXT NOT NULL, expires_ms INTEGER NOT NULL, received_ms INTEGER NOT NULL,"
                " idempotency_key TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX claims_order ON claims(order_id, id)"),
            QStringLiteral("CREATE INDEX claims_key ON claims(idempotency_key)"),
            QStringLiteral("CREATE TABLE shipments (id INTEGER PRIMARY KEY, order_id TEXT NOT NULL,"
                           " station_id TEXT NOT NULL, carrier TEXT NOT NULL, service TEXT NOT NULL,"
                           " tracking_number TEXT NOT NULL UNIQUE, parcel_sequence INTEGER NOT NULL,"
                           " parcel_count INTEGER NOT NULL, weight_g INTEGER NOT NULL, lines TEXT NOT NULL,"
                           " tracking_status TEXT NOT NULL DEFAULT '', created_ms INTEGER NOT NULL,"
                           " idempotency_key TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX shipments_order ON shipments(order_id)"),
            QStringLiteral("CREATE INDEX shipments_key ON shipments(idempotency_key)"),
            QStringLiteral("CREATE TABLE tracking_events (id TEXT PRIMARY KEY, order_id TEXT NOT NULL,"
                           " shipment_id INTEGER NOT NULL, tracking_number TEXT NOT NULL, status TEXT NOT NULL,"
                           " description TEXT NOT NULL, occurred_ms INTEGER NOT NULL, version INTEGER NOT NULL,"
                           " updated_ms INTEGER NOT NULL, seq INTEGER NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE notifications (id INTEGER PRIMARY KEY, order_id TEXT NOT NULL,"
                           " body TEXT NOT NULL, received_ms INTEGER NOT NULL, idempotency_key TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX notifications_order ON notifications(order_id, id)"),
            QStringLiteral("CREATE INDEX notifications_key ON notifications(idempotency_key)"),
            QStringLiteral("CREATE TABLE inventory (id TEXT PRIMARY KEY, sku TEXT NOT NULL, location TEXT NOT NULL,"
                           " on_hand INTEGER NOT NULL, version INTEGER NOT NULL, updated_ms INTEGER NOT NULL,"
                           " seq INTEGER NOT NULL UNIQUE, UNIQUE (sku, location))"),
            QStringLiteral(
                "CREATE TABLE adjustments (id INTEGER PRIMARY KEY, sku TEXT NOT NULL, location TEXT NOT NULL,"
                " delta INTEGER NOT NULL, reason TEXT NOT NULL, order_id TEXT NOT NULL,"
                " received_ms INTEGER NOT NULL, idempotency_key TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX adjustments_key ON adjustments(idempotency_key)"),
            QStringLiteral(
                "CREATE TABLE returns (id TEXT PRIMARY KEY, rma TEXT NOT NULL UNIQUE, order_id TEXT NOT NULL,"
                " status TEXT NOT NULL, requested_ms INTEGER NOT NULL, version INTEGER NOT NULL,"
                " updated_ms INTEGER NOT NULL, seq INTEGER NOT NULL UNIQUE, lines TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE inspections (id INTEGER PRIMARY KEY, return_id TEXT NOT NULL,"
                           " order_id TEXT NOT NULL, body TEXT NOT NULL, received_ms INTEGER NOT NULL,"
                           " idempotency_key TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX inspections_key ON inspections(idempotency_key)"),
            QStringLiteral(
                "CREATE TABLE feedback (id TEXT PRIMARY KEY, order_id TEXT NOT NULL, rating INTEGER NOT NULL,"
                " comment TEXT NOT NULL, created_ms INTEGER NOT NULL, version INTEGER NOT NULL,"
                " updated_ms INTEGER NOT NULL, seq INTEGER NOT NULL UNIQUE)"),
            QStringLiteral("CREATE TABLE schedule (id INTEGER PRIMARY KEY, due_ms INTEGER NOT NULL, kind TEXT NOT NULL,"
                           " ref TEXT NOT NULL, detail TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX schedule_due ON schedule(due_ms, id)"),
            QStringLiteral("CREATE TABLE idempotency (key TEXT PRIMARY KEY, request_hash BLOB NOT NULL,"
                           " status INTEGER NOT NULL, content_type TEXT NOT NULL, body BLOB NOT NULL,"
                           " created_ms INTEGER NOT NULL) WITHOUT ROWID"),
            QStringLiteral("CREATE INDEX idempotency_age ON idempotency(created_ms)"),
        },
        {
            // 1002: the catalogue feed (GET /v1/products). SandboxLife fills it when it is empty, so a file
            // created before this version gets its catalogue on the next start.
            QStringLiteral("CREATE TABLE products (id TEXT PRIMARY KEY, sku TEXT NOT NULL UNIQUE, gtin TEXT,"
                           " name TEXT NOT NULL, weight_g INTEGER NOT NULL, unit_price INTEGER NOT NULL,"
                           " currency TEXT NOT NULL, serial_tracked INTEGER NOT NULL, fragile INTEGER NOT NULL,"
                           " version INTEGER NOT NULL, updated_ms INTEGER NOT NULL, seq INTEGER NOT NULL UNIQUE)"),
        },
    };
    return m;
}

Result<int> pragmaInt(Database& db, const QString& pragma)
{
    auto q = db.prepare(QStringLiteral("PRAGMA ") + pragma);
    if (!q)
        return std::unexpected(q.error());
    if (auto r = Database::exec(*q, pragma); !r)
        return std::unexpected(r.error());
    return q->next() ? q->value(0).toInt() : 0;
}
} // namespace

SandboxStore::SandboxStore(std::unique_ptr<Database> db) : m_db(std::move(db)) {}

int SandboxStore::schemaVersion()
{
    return kFirstVersion - 1 + int(migrations().size());
}

namespace {
struct FileIdentity
{
    int applicationId = 0;
    int userVersion = 0;
    qint64 objects = 0;
};

/// Reads what kind of SQLite file `path` is without writing to it (no journal mode change either).
Result<FileIdentity> identify(const QString& path)
{
    FileIdentity id;
    const QFileInfo info(path);
    if (!info.exists() || info.size() == 0)
        return id;
    const QString name = QStringLiteral("saypro-sandbox-probe-%1").arg(quintptr(&id));
    {
        QSqlDatabase probe = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        probe.setDatabaseName(info.absoluteFilePath());
        probe.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        bool ok = probe.open();
        if (ok) {
            QSqlQuery q(probe);
            ok = q.exec(QStringLiteral("PRAGMA application_id")) && q.next();
            id.applicationId = ok ? q.value(0).toInt() : 0;
            ok = ok && q.exec(QStringLiteral("PRAGMA user_version")) && q.next();
            id.userVersion = ok ? q.value(0).toInt() : 0;
            ok = ok && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && q.next();
            id.objects = ok ? q.value(0).toLongLong() : 0;
        }
        probe.close();
        if (!ok) {
            QSqlDatabase::removeDatabase(name);
            return fail(Error::Code::Corrupt,
                        tr("The file is not a training marketplace database, or it is damaged: %1").arg(path),
                        QStringLiteral("%1: not readable as SQLite").arg(path));
        }
    }
    QSqlDatabase::removeDatabase(name);
    return id;
}
} // namespace

Result<std::unique_ptr<SandboxStore>> SandboxStore::open(const QString& path)
{
    if (path.isEmpty())
        return fail(Error::Code::InvalidArgument, tr("No file was given for the training marketplace."),
                    QStringLiteral("empty path"));
    const auto identity = identify(path);
    if (!identity)
        return std::unexpected(identity.error());
    if ((identity->userVersion != 0 || identity->objects != 0) && identity->applicationId != kApplicationId)
        return fail(Error::Code::Unsupported,
                    tr("This file is not a training marketplace database; it is left untouched: %1").arg(path),
                    QStringLiteral("%1: application_id %2, user_version %3")
                        .arg(path)
                        .arg(identity->applicationId)
                        .arg(identity->userVersion));
    if (identity->userVersion > schemaVersion())
        return fail(Error::Code::Unsupported,
                    tr("This training marketplace database was written by a newer version and cannot be opened."),
                    QStringLiteral("%1: sandbox schema %2, this program knows up to %3")
                        .arg(path)
                        .arg(identity->userVersion)
                        .arg(schemaVersion()));
    // Opened without the station's migrations: this file has its own.
    auto db = Database::openAtVersion(path, 0);
    if (!db)
        return std::unexpected(db.error());
    std::unique_ptr<SandboxStore> store(new SandboxStore(std::move(*db)));
    // The marketplace is for training: speed over durability of the last transaction.
    for (const char* pragma : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"})
        if (auto r = store->database().execute(QString::fromLatin1(pragma)); !r)
            return std::unexpected(r.error());
    if (auto m = store->migrate(); !m)
        return std::unexpected(m.error());
    return store;
}

Status SandboxStore::migrate()
{
    auto current = pragmaInt(*m_db, QStringLiteral("user_version"));
    if (!current)
        return std::unexpected(current.error());
    const int from = std::max(*current, kFirstVersion - 1);
    for (int version = from + 1; version <= schemaVersion(); ++version) {
        Transaction tx(*m_db);
        if (auto b = tx.begin(); !b)
            return b;
        if (version == kFirstVersion)
            if (auto r = m_db->execute(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)); !r)
                return r;
        for (const QString& sql : migrations().at(version - kFirstVersion))
            if (auto r = m_db->execute(sql); !r)
                return fail(Error::Code::Storage,
                            tr("The training marketplace database could not be upgraded to version %1.").arg(version),
                            r.error().detail);
        if (auto r = m_db->execute(QStringLiteral("PRAGMA user_version = %1").arg(version)); !r)
            return r;
        if (auto c = tx.commit(); !c)
            return c;
        qCInfo(lcSandbox) << m_db->path() << "sandbox schema now at version" << version;
    }
    return {};
}

Result<QString> SandboxStore::meta(const QString& key) const
{
    auto q = m_db->prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(key);
    if (auto r = Database::exec(*q, QStringLiteral("read meta")); !r)
        return std::unexpected(r.error());
    return q->next() ? q->value(0).toString() : QString();
}

Status SandboxStore::setMeta(const QString& key, const QString& value)
{
    auto q = m_db->prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                                          " ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(key);
    q->addBindValue(Database::text(value));
    return Database::exec(*q, QStringLiteral("write meta"));
}

QString SandboxStore::feedName(Feed feed)
{
    switch (feed) {
    case Feed::Orders:
        return QStringLiteral("orders");
    case Feed::Inventory:
        return QStringLiteral("inventory");
    case Feed::Tracking:
        return QStringLiteral("tracking");
    case Feed::Returns:
        return QStringLiteral("returns");
    case Feed::Feedback:
        return QStringLiteral("feedback");
    case Feed::Products:
        return QStringLiteral("products");
    }
    return {};
}

QString SandboxStore::feedTable(Feed feed)
{
    return feed == Feed::Tracking ? QStringLiteral("tracking_events") : feedName(feed);
}

Result<SandboxStore::Stamp> SandboxStore::stamp(Feed feed, const QString& id, qint64 nowMs)
{
    auto it = m_last.find(int(feed));
    if (it == m_last.end()) {
        auto q = m_db->prepare(
            QStringLiteral("SELECT updated_ms, id, seq FROM %1 ORDER BY seq DESC LIMIT 1").arg(feedTable(feed)));
        if (!q)
            return std::unexpected(q.error());
        if (auto r = Database::exec(*q, QStringLiteral("read last change")); !r)
            return std::unexpected(r.error());
        LastChange last;
        if (q->next())
            last = {q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toLongLong()};
        it = m_last.insert(int(feed), last);
    }
    LastChange& last = it.value();
    // (updated_ms, id) must grow with the sequence, so that ordering by (updated_at, id) and by change
    // sequence agree and a cursor never skips a change made in the same millisecond.
    qint64 ms = nowMs;
    if (ms < last.updatedMs || (ms == last.updatedMs && id <= last.id))
        ms = id > last.id ? last.updatedMs : last.updatedMs + 1;
    last = {ms, id, last.sequence + 1};
    return Stamp{ms, last.sequence};
}

QJsonObject SandboxStore::OrderRow::toJson() const
{
    QJsonObject j = body;
    j.insert(QStringLiteral("version"), version);
    j.insert(QStringLiteral("updated_at"), ApiJson::time(QDateTime::fromMSecsSinceEpoch(updatedMs, Qt::UTC)));
    j.insert(QStringLiteral("status"), status);
    j.insert(QStringLiteral("payment_status"), paymentStatus);
    j.insert(QStringLiteral("claimed_by"), claimedBy.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(claimedBy));
    return j;
}

Status SandboxStore::insertOrder(const OrderRow& o)
{
    auto q = m_db->prepare(QStringLiteral(
        "INSERT INTO orders (id, idx, number, version, updated_ms, seq, status, payment_status, claimed_by,"
        " claim_expires_ms, shipped, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(o.id);
    q->addBindValue(o.index);
    q->addBindValue(o.number);
    q->addBindValue(o.version);
    q->addBindValue(o.updatedMs);
    q->addBindValue(o.sequence);
    q->addBindValue(o.status);
    q->addBindValue(o.paymentStatus);
    q->addBindValue(Database::text(o.claimedBy));
    q->addBindValue(o.claimExpiresMs);
    q->addBindValue(o.shipped ? 1 : 0);
    q->addBindValue(QString::fromUtf8(QJsonDocument(o.body).toJson(QJsonDocument::Compact)));
    return Database::exec(*q, QStringLiteral("insert order %1").arg(o.id));
}

Status SandboxStore::saveOrder(const OrderRow& o)
{
    auto q = m_db->prepare(QStringLiteral("UPDATE orders SET version = ?, updated_ms = ?, seq = ?, status = ?,"
                                          " payment_status = ?, claimed_by = ?, claim_expires_ms = ?, shipped = ?"
                                          " WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(o.version);
    q->addBindValue(o.updatedMs);
    q->addBindValue(o.sequence);
    q->addBindValue(o.status);
    q->addBindValue(o.paymentStatus);
    q->addBindValue(Database::text(o.claimedBy));
    q->addBindValue(o.claimExpiresMs);
    q->addBindValue(o.shipped ? 1 : 0);
    q->addBindValue(o.id);
    return Database::exec(*q, QStringLiteral("update order %1").arg(o.id));
}

SandboxStore::OrderRow SandboxStore::readOrder(const QSqlQuery& q)
{
    OrderRow o;
    o.id = q.value(0).toString();
    o.index = q.value(1).toLongLong();
    o.number = q.value(2).toString();
    o.version = q.value(3).toLongLong();
    o.updatedMs = q.value(4).toLongLong();
    o.sequence = q.value(5).toLongLong();
    o.status = q.value(6).toString();
    o.paymentStatus = q.value(7).toString();
    o.claimedBy = q.value(8).toString();
    o.claimExpiresMs = q.value(9).toLongLong();
    o.shipped = q.value(10).toInt() != 0;
    o.body = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
    return o;
}

namespace {
const QString kOrderColumns = QStringLiteral("id, idx, number, version, updated_ms, seq, status, payment_status,"
                                             " claimed_by, claim_expires_ms, shipped, body");
}

Result<QList<SandboxStore::OrderRow>> SandboxStore::readOrders(QSqlQuery& q, const QString& what) const
{
    if (auto r = Database::exec(q, what); !r)
        return std::unexpected(r.error());
    QList<OrderRow> rows;
    while (q.next())
        rows.append(readOrder(q));
    return rows;
}

Result<std::optional<SandboxStore::OrderRow>> SandboxStore::order(const QString& id) const
{
    auto q = m_db->prepare(QStringLiteral("SELECT %1 FROM orders WHERE id = ?").arg(kOrderColumns));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(id);
    auto rows = readOrders(*q, QStringLiteral("read order %1").arg(id));
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->isEmpty())
        return std::optional<OrderRow>();
    return std::optional<OrderRow>(rows->first());
}

Result<QList<SandboxStore::OrderRow>> SandboxStore::ordersAfter(qint64 sequence, int limit) const
{
    auto q =
        m_db->prepare(QStringLiteral("SELECT %1 FROM orders WHERE seq > ? ORDER BY seq LIMIT ?").arg(kOrderColumns));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(sequence);
    q->addBindValue(limit);
    return readOrders(*q, QStringLiteral("read orders page"));
}

Result<QList<SandboxStore::OrderRow>> SandboxStore::allOrders() const
{
    auto q = m_db->prepare(QStringLiteral("SELECT %1 FROM orders ORDER BY idx").arg(kOrderColumns));
    if (!q)
        return std::unexpected(q.error());
    return readOrders(*q, QStringLiteral("read all orders"));
}

Result<qint64> SandboxStore::count(const QString& table) const
{
    auto q = m_db->prepare(QStringLiteral("SELECT count(*) FROM %1").arg(table));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = Database::exec(*q, QStringLiteral("count %1").arg(table)); !r)
        return std::unexpected(r.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Status SandboxStore::schedule(qint64 dueMs, const QString& kind, const QString& ref, const QString& detail)
{
    auto q = m_db->prepare(QStringLiteral("INSERT INTO schedule (due_ms, kind, ref, detail) VALUES (?, ?, ?, ?)"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(dueMs);
    q->addBindValue(kind);
    q->addBindValue(ref);
    q->addBindValue(Database::text(detail));
    return Database::exec(*q, QStringLiteral("schedule %1 %2").arg(kind, ref));
}

Result<std::optional<SandboxStore::Scheduled>> SandboxStore::nextScheduled(qint64 untilMs) const
{
    auto q = m_db->prepare(QStringLiteral(
        "SELECT id, due_ms, kind, ref, detail FROM schedule WHERE due_ms <= ? ORDER BY due_ms, id LIMIT 1"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(untilMs);
    if (auto r = Database::exec(*q, QStringLiteral("read schedule")); !r)
        return std::unexpected(r.error());
    if (!q->next())
        return std::optional<Scheduled>();
    return std::optional<Scheduled>(Scheduled{q->value(0).toLongLong(), q->value(1).toLongLong(),
                                              q->value(2).toString(), q->value(3).toString(), q->value(4).toString()});
}

Status SandboxStore::unschedule(qint64 id)
{
    auto q = m_db->prepare(QStringLiteral("DELETE FROM schedule WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(id);
    return Database::exec(*q, QStringLiteral("unschedule"));
}

Result<std::optional<SandboxStore::StoredResponse>> SandboxStore::storedResponse(const QString& key) const
{
    auto q = m_db->prepare(
        QStringLiteral("SELECT request_hash, status, content_type, body, created_ms FROM idempotency WHERE key = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(key);
    if (auto r = Database::exec(*q, QStringLiteral("read idempotency record")); !r)
        return std::unexpected(r.error());
    if (!q->next())
        return std::optional<StoredResponse>();
    return std::optional<StoredResponse>(StoredResponse{q->value(0).toByteArray(), q->value(1).toInt(),
                                                        q->value(2).toString().toLatin1(), q->value(3).toByteArray(),
                                                        q->value(4).toLongLong()});
}

Status SandboxStore::storeResponse(const QString& key, const StoredResponse& r)
{
    auto q = m_db->prepare(QStringLiteral("INSERT INTO idempotency (key, request_hash, status, content_type, body,"
                                          " created_ms) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(key);
    q->addBindValue(r.requestHash);
    q->addBindValue(r.status);
    q->addBindValue(QString::fromLatin1(r.contentType));
    q->addBindValue(r.body.isNull() ? QByteArray("") : r.body);
    q->addBindValue(r.createdMs);
    return Database::exec(*q, QStringLiteral("store idempotency record"));
}

Status SandboxStore::forgetResponsesBefore(qint64 ms)
{
    auto q = m_db->prepare(QStringLiteral("DELETE FROM idempotency WHERE created_ms < ?"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(ms);
    return Database::exec(*q, QStringLiteral("forget idempotency records"));
}

} // namespace saypro
