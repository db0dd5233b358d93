#pragma once
// storage: the transactional outbox. A station action and the event that tells the marketplace about
// it commit in one transaction; the sync engine delivers rows later, in order, each with its own
// Idempotency-Key, so nothing done offline is lost or applied twice.

#include "common/Error.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace saypro {

class Clock;
class Database;

struct OutboxRow
{
    qint64 id = 0;
    QString idempotencyKey;
    qint64 orderId = 0;
    QString kind;
    QString method;
    QString path;
    QJsonObject payload;
    QDateTime createdAt;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime deliveredAt;
};

class Outbox final
{
public:
    Outbox(Database& db, const Clock& clock);

    /// Queues a POST of `payload` to `path`; must run inside the caller's transaction. Returns the key.
    Result<QString> enqueue(qint64 orderId, const QString& kind, const QString& path, const QJsonObject& payload);
    /// As enqueue(), with a key chosen by the caller: a request first tried online and then queued keeps
    /// its key, so the marketplace sees one change however often it arrives.
    Result<QString> enqueueWithKey(qint64 orderId, const QString& kind, const QString& path, const QJsonObject& payload,
                                   const QString& idempotencyKey);
    /// Events not yet delivered.
    Result<qint64> pendingCount() const;
    /// Undelivered rows due now, oldest first.
    Result<QList<OutboxRow>> due(int limit) const;

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace saypro
