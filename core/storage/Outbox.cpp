#include "Outbox.h"

#include "common/Clock.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace saypro {

Outbox::Outbox(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

Result<QString> Outbox::enqueue(qint64 orderId, const QString& kind, const QString& path, const QJsonObject& payload)
{
    return enqueueWithKey(orderId, kind, path, payload, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

Result<QString> Outbox::enqueueWithKey(qint64 orderId, const QString& kind, const QString& path,
                                       const QJsonObject& payload, const QString& key)
{
    if (!m_db.inTransaction())
        return fail(Error::Code::Storage, QCoreApplication::translate("Outbox", "An event could not be queued."),
                    QStringLiteral("Outbox::enqueue outside a transaction"));
    if (key.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument,
                    QCoreApplication::translate("Outbox", "An event could not be queued."),
                    QStringLiteral("Outbox::enqueue with an empty idempotency key"));
    auto q = m_db.prepare(QStringLiteral("INSERT INTO outbox(idempotency_key, order_id, kind, method, path, payload, "
                                         "created_at, next_attempt_at) VALUES(?, ?, ?, 'POST', ?, ?, ?, ?)"));
    if (!q)
        return std::unexpected(q.error());
    const qint64 now = m_clock.nowMs();
    q->addBindValue(key);
    q->addBindValue(orderId > 0 ? QVariant(orderId) : QVariant(QMetaType(QMetaType::LongLong)));
    q->addBindValue(kind);
    q->addBindValue(path);
    q->addBindValue(QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    q->addBindValue(now);
    q->addBindValue(now);
    if (auto r = Database::exec(*q, QStringLiteral("enqueue %1 to %2").arg(kind, path)); !r)
        return std::unexpected(r.error());
    return key;
}

Result<qint64> Outbox::pendingCount() const
{
    auto q = m_db.prepare(QStringLiteral("SELECT count(*) FROM outbox WHERE delivered_at IS NULL"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = Database::exec(*q, QStringLiteral("count outbox")); !r)
        return std::unexpected(r.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

Result<QList<OutboxRow>> Outbox::due(int limit) const
{
    auto q = m_db.prepare(QStringLiteral(
        "SELECT id, idempotency_key, order_id, kind, method, path, payload, created_at, attempts, next_attempt_at, "
        "last_error FROM outbox WHERE delivered_at IS NULL AND next_attempt_at <= ? ORDER BY id LIMIT ?"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(m_clock.nowMs());
    q->addBindValue(limit);
    if (auto r = Database::exec(*q, QStringLiteral("read due outbox rows")); !r)
        return std::unexpected(r.error());
    QList<OutboxRow> rows;
    while (q->next()) {
        OutboxRow row;
        row.id = q->value(0).toLongLong();
        row.idempotencyKey = q->value(1).toString();
        row.orderId = q->value(2).toLongLong();
        row.kind = q->value(3).toString();
        row.method = q->value(4).toString();
        row.path = q->value(5).toString();
        row.payload = QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object();
        row.createdAt = QDateTime::fromMSecsSinceEpoch(q->value(7).toLongLong(), Qt::UTC);
        row.attempts = q->value(8).toInt();
        row.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(q->value(9).toLongLong(), Qt::UTC);
        row.lastError = q->value(10).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace saypro
