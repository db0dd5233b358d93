#pragma once
// storage: the sync engine's bookkeeping outside a page: where each pull starts (cursor plus overlap),
// which outbox rows may go now (one per order, in id order), how a delivery ended (delivered,
// rejected with a sync problem, or retried later), claims, the open problem count and the time of
// the last complete sync.

#include "common/Error.h"
#include "storage/Outbox.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace saypro {

class Clock;
class Database;

/// A problem a supervisor must see (a rejected event, an unreadable item).
struct SyncProblem
{
    qint64 id = 0;
    QDateTime at;
    QString kind; ///< "rejected" (an outbox row the marketplace refused), "unreadable_item"
    qint64 orderId = 0;
    QString orderNumber;
    qint64 outboxId = 0;
    int httpStatus = 0;
    QString message; ///< translated when it was recorded
    QString detail;
};

class SyncStore final
{
public:
    SyncStore(Database& db, const Clock& clock, QString station);

    /// The cursor after the last stored page of `resource`; empty before the first page.
    Result<QString> cursor(const QString& resource) const;
    /// Where a pull of `resource` starts: the newest position stored at least `overlapMs` ago (so the
    /// changes after it are read again), or the latest cursor when none is that old. Older positions are
    /// pruned. Empty means "from the beginning".
    Result<QString> startCursor(const QString& resource, qint64 overlapMs);
    /// True when no page of any resource was ever stored (the first sync).
    Result<bool> neverSynced() const;

    /// Outbox rows that may be sent now: for each order (rows without an order form one sequence) only
    /// its oldest row still pending, and only when it is due; oldest first. `exclude` are rows in flight.
    Result<QList<OutboxRow>> sendable(int limit, const QSet<qint64>& exclude) const;
    /// When the earliest waiting head-of-sequence row (not in `exclude`) is due; nothing when none waits.
    Result<std::optional<QDateTime>> nextAttemptAt(const QSet<qint64>& exclude) const;

    /// A 2xx: the row is finished and the answer kept.
    Status markDelivered(qint64 outboxId, int httpStatus, const QByteArray& body);
    /// A definitive refusal: the row is finished as 'rejected' and a sync problem says why. For a
    /// claim refused with 409, a supervisor task too.
    Status markRejected(const OutboxRow& row, int httpStatus, const QByteArray& body, const QString& message,
                        const QString& detail);
    /// A failure that may pass: attempts + 1, next attempt after `delayMs`, the error kept.
    Status markRetry(qint64 outboxId, qint64 delayMs, const QString& error);
    /// Keeps an error on the row without counting an attempt (e.g. the token was refused).
    Status noteError(qint64 outboxId, const QString& error);

    /// Queues a claim of the order with the given key (after an online attempt that got no answer).
    Result<qint64> enqueueClaim(qint64 orderId, const QString& marketplaceId, int leaseSeconds,
                                const QString& idempotencyKey);
    /// Records who holds the order's claim, as the marketplace said.
    Status recordClaim(qint64 orderId, const QString& heldBy, const QDateTime& expiresAt);

    Result<qint64> pendingEvents() const;
    Result<int> openProblemCount() const;
    Result<QList<SyncProblem>> openProblems(int limit = 500) const;
    /// Marks a problem as dealt with.
    Status resolveProblem(qint64 problemId);
    Result<int> openTaskCount() const;

    Result<QDateTime> lastSuccess() const;
    Status setLastSuccess(const QDateTime& at);

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_station;
};

} // namespace saypro
