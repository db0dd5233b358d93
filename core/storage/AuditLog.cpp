#include "AuditLog.h"

#include "common/Logging.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSqlError>

namespace saypro {

namespace {
const QString kHeadKey = QStringLiteral("audit_head");

QString tr(const char* text)
{
    return QCoreApplication::translate("AuditLog", text);
}

struct Head
{
    qint64 id = 0;
    QByteArray hash;
};

Result<std::optional<Head>> readHead(Database& db)
{
    auto q = db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(kHeadKey);
    if (auto r = Database::exec(*q, QStringLiteral("read audit head")); !r)
        return std::unexpected(r.error());
    if (!q->next())
        return std::optional<Head>();
    const QString value = q->value(0).toString();
    const qsizetype colon = value.indexOf(u':');
    bool ok = false;
    Head h;
    h.id = value.left(colon).toLongLong(&ok);
    h.hash = QByteArray::fromHex(value.mid(colon + 1).toLatin1());
    if (colon < 0 || !ok || h.hash.size() != 32)
        return fail(Error::Code::Corrupt, tr("The audit log is damaged."),
                    QStringLiteral("meta.audit_head is malformed: %1").arg(value));
    return std::optional<Head>(h);
}

Status writeHead(Database& db, qint64 id, const QByteArray& hash)
{
    auto q = db.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(kHeadKey);
    q->addBindValue(QString(QString::number(id) + u':' + QString::fromLatin1(hash.toHex())));
    return Database::exec(*q, QStringLiteral("write audit head"));
}

const QString kInsert = QStringLiteral("INSERT INTO audit_log(id, at, actor, station, entity, entity_id, action, "
                                       "before_json, after_json, hash) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

void bindEntry(QSqlQuery& q, const AuditEntry& e)
{
    q.bindValue(0, e.id);
    q.bindValue(1, e.at.toMSecsSinceEpoch());
    q.bindValue(2, Database::text(e.actor));
    q.bindValue(3, Database::text(e.station));
    q.bindValue(4, Database::text(e.entity));
    q.bindValue(5, Database::text(e.entityId));
    q.bindValue(6, Database::text(e.action));
    q.bindValue(7, Database::text(e.beforeJson));
    q.bindValue(8, Database::text(e.afterJson));
    q.bindValue(9, e.hash);
}
} // namespace

AuditLog::AuditLog(Database& db) : m_db(db) {}

QByteArray AuditLog::computeHash(const QByteArray& previousHash, const AuditEntry& e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(previousHash);
    const char sep = '\x1f';
    const QByteArray content = QByteArray::number(e.id) + sep + QByteArray::number(e.at.toMSecsSinceEpoch()) + sep +
                               e.actor.toUtf8() + sep + e.station.toUtf8() + sep + e.entity.toUtf8() + sep +
                               e.entityId.toUtf8() + sep + e.action.toUtf8() + sep + e.beforeJson.toUtf8() + sep +
                               e.afterJson.toUtf8();
    h.addData(content);
    return h.result();
}

Result<qint64> AuditLog::append(AuditEntry& entry)
{
    if (!m_db.inTransaction())
        return fail(Error::Code::Storage, tr("The audit log could not be written."),
                    QStringLiteral("AuditLog::append outside a transaction"));
    auto head = readHead(m_db);
    if (!head)
        return std::unexpected(head.error());
    const Head previous = head->value_or(Head{});
    entry.id = previous.id + 1;
    entry.hash = computeHash(previous.hash, entry);
    auto q = m_db.prepare(kInsert);
    if (!q)
        return std::unexpected(q.error());
    bindEntry(*q, entry);
    if (auto r = Database::exec(*q, QStringLiteral("append audit row")); !r)
        return std::unexpected(r.error());
    if (auto r = writeHead(m_db, entry.id, entry.hash); !r)
        return std::unexpected(r.error());
    return entry.id;
}

Result<QList<AuditEntry>> AuditLog::forEntity(const QString& entity, const QString& entityId) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT id, at, actor, station, action, before_json, after_json, hash "
                                         "FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(entity);
    q->addBindValue(entityId);
    if (auto r = Database::exec(*q, QStringLiteral("read audit for %1 %2").arg(entity, entityId)); !r)
        return std::unexpected(r.error());
    QList<AuditEntry> out;
    while (q->next()) {
        AuditEntry e;
        e.id = q->value(0).toLongLong();
        e.at = QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC);
        e.actor = q->value(2).toString();
        e.station = q->value(3).toString();
        e.entity = entity;
        e.entityId = entityId;
        e.action = q->value(4).toString();
        e.beforeJson = q->value(5).toString();
        e.afterJson = q->value(6).toString();
        e.hash = q->value(7).toByteArray();
        out.append(e);
    }
    return out;
}

Result<AuditLog::Verification> AuditLog::verify(const std::function<void(qint64)>& progress) const
{
    Verification v;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, at, actor, station, entity, entity_id, action, before_json, after_json, "
                               "hash, typeof(at) FROM audit_log ORDER BY id")))
        return fail(Error::Code::Storage, tr("The audit log could not be read."), q.lastError().text());
    QByteArray previousHash;
    qint64 expectedId = 1;
    auto bad = [&v](qint64 row, QString problem) {
        v.ok = false;
        v.firstBadRow = row;
        v.problem = std::move(problem);
    };
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        if (e.id != expectedId) {
            bad(expectedId, e.id > expectedId
                                ? QStringLiteral("audit_log row %1 is missing (deleted); the next row is %2")
                                      .arg(expectedId)
                                      .arg(e.id)
                                : QStringLiteral("audit_log row %1 is out of sequence").arg(e.id));
            return v;
        }
        if (q.value(10).toString() != QLatin1String("integer")) {
            bad(e.id, QStringLiteral("audit_log row %1 has a changed time value").arg(e.id));
            return v;
        }
        e.at = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
        e.actor = q.value(2).toString();
        e.station = q.value(3).toString();
        e.entity = q.value(4).toString();
        e.entityId = q.value(5).toString();
        e.action = q.value(6).toString();
        e.beforeJson = q.value(7).toString();
        e.afterJson = q.value(8).toString();
        const QByteArray stored = q.value(9).toByteArray();
        const QByteArray expected = computeHash(previousHash, e);
        if (stored != expected) {
            bad(e.id, QStringLiteral("audit_log row %1 does not match its hash: it was changed, or an earlier row was")
                          .arg(e.id));
            return v;
        }
        previousHash = stored;
        ++v.rowsChecked;
        ++expectedId;
        if (progress && v.rowsChecked % 250000 == 0)
            progress(v.rowsChecked);
    }
    auto head = readHead(m_db);
    if (!head) {
        bad(v.rowsChecked, head.error().detail);
        return v;
    }
    const qint64 lastId = expectedId - 1;
    if (!head->has_value()) {
        if (lastId > 0)
            bad(lastId,
                QStringLiteral("the audit chain head is missing from meta while audit_log has %1 rows").arg(lastId));
        return v;
    }
    if ((*head)->id > lastId) {
        bad(lastId + 1, QStringLiteral("audit_log rows %1 to %2 are missing (deleted from the end)")
                            .arg(lastId + 1)
                            .arg((*head)->id));
    } else if ((*head)->id < lastId) {
        bad((*head)->id + 1, QStringLiteral("audit_log row %1 was added outside the station").arg((*head)->id + 1));
    } else if ((*head)->hash != previousHash) {
        bad(lastId, QStringLiteral("audit_log row %1 does not match the recorded chain head").arg(lastId));
    }
    return v;
}

AuditLog::BulkAppender::BulkAppender(Database& db) : m_db(db), m_insert(db.connection())
{
    if (!m_insert.prepare(kInsert))
        m_error = fail(Error::Code::Storage, tr("The audit log could not be written."), m_insert.lastError().text());
}

Status AuditLog::BulkAppender::append(AuditEntry& entry)
{
    if (!m_error)
        return m_error;
    if (!m_loaded) {
        auto head = readHead(m_db);
        if (!head)
            return std::unexpected(head.error());
        const Head h = head->value_or(Head{});
        m_lastId = h.id;
        m_lastHash = h.hash;
        m_loaded = true;
    }
    entry.id = m_lastId + 1;
    entry.hash = computeHash(m_lastHash, entry);
    bindEntry(m_insert, entry);
    if (auto r = Database::exec(m_insert, QStringLiteral("append audit row")); !r)
        return r;
    m_lastId = entry.id;
    m_lastHash = entry.hash;
    return {};
}

Status AuditLog::BulkAppender::finish()
{
    if (!m_loaded)
        return {};
    return writeHead(m_db, m_lastId, m_lastHash);
}

} // namespace saypro
