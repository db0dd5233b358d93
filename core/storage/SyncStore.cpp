#include "SyncStore.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SyncStore", text);
}

const QString kLastSuccessKey = QStringLiteral("sync_last_success");

const QString kOutboxColumns =
    QStringLiteral("o.id, o.idempotency_key, o.order_id, o.kind, o.method, o.path, o.payload, o.created_at, "
                   "o.attempts, o.next_attempt_at, o.last_error");

/// Only the oldest pending row of each order may go: a later row waits until it is finished.
const QString kHeadOfSequence =
    QStringLiteral("o.delivered_at IS NULL AND o.id = (SELECT min(p.id) FROM outbox p WHERE p.delivered_at IS NULL "
                   "AND p.order_id IS o.order_id)");

OutboxRow readRow(const QSqlQuery& q)
{
    OutboxRow row;
    row.id = q.value(0).toLongLong();
    row.idempotencyKey = q.value(1).toString();
    row.orderId = q.value(2).toLongLong();
    row.kind = q.value(3).toString();
    row.method = q.value(4).toString();
    row.path = q.value(5).toString();
    row.payload = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    row.createdAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    row.attempts = q.value(8).toInt();
    row.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(q.value(9).toLongLong(), Qt::UTC);
    row.lastError = q.value(10).toString();
    return row;
}

Result<QSqlQuery> query(const Database& db, const QString& sql, const QVariantList& values, const QString& what)
{
    auto q = db.prepare(sql);
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant& v : values)
        q->addBindValue(v.typeId() == QMetaType::QString && !v.isNull() ? Database::text(v.toString()) : v);
    if (auto r = Database::exec(*q, what); !r)
        return std::unexpected(r.error());
    return q;
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}
} // namespace

SyncStore::SyncStore(Database& db, const Clock& clock, QString station)
    : m_db(db), m_clock(clock), m_station(std::move(station))
{}

Result<QString> SyncStore::cursor(const QString& resource) const
{
    auto q = query(m_db, QStringLiteral("SELECT cursor FROM sync_cursors WHERE resource = ?"), {resource},
                   QStringLiteral("read cursor of %1").arg(resource));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toString() : QString();
}

Result<QString> SyncStore::startCursor(const QString& resource, qint64 overlapMs)
{
    auto head = cursor(resource);
    if (!head || overlapMs <= 0)
        return head;
    auto q = query(m_db,
                   QStringLiteral("SELECT id, cursor FROM sync_cursor_marks WHERE resource = ? AND stored_at <= ? "
                                  "ORDER BY stored_at DESC, id DESC LIMIT 1"),
                   {resource, m_clock.nowMs() - overlapMs}, QStringLiteral("read cursor marks of %1").arg(resource));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return head; // nothing stored that long ago: a later run will go back far enough
    const qint64 markId = q->value(0).toLongLong();
    const QString start = q->value(1).toString();
    q->finish();
    // Positions older than the chosen one will never be chosen again.
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    if (auto r = query(m_db,
                       QStringLiteral("DELETE FROM sync_cursor_marks WHERE resource = ? AND stored_at <= "
                                      "(SELECT stored_at FROM sync_cursor_marks WHERE id = ?) AND id <> ?"),
                       {resource, markId, markId}, QStringLiteral("prune cursor marks of %1").arg(resource));
        !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return start;
}

Result<bool> SyncStore::neverSynced() const
{
    auto q = query(m_db, QStringLiteral("SELECT count(*) FROM sync_cursors"), {}, QStringLiteral("count cursors"));
    if (!q)
        return std::unexpected(q.error());
    return !q->next() || q->value(0).toLongLong() == 0;
}

Result<QList<OutboxRow>> SyncStore::sendable(int limit, const QSet<qint64>& exclude) const
{
    auto q = query(m_db,
                   QStringLiteral("SELECT %1 FROM outbox o WHERE %2 AND o.next_attempt_at <= ? ORDER BY o.id LIMIT ?")
                       .arg(kOutboxColumns, kHeadOfSequence),
                   {m_clock.nowMs(), limit + int(exclude.size())}, QStringLiteral("read sendable outbox rows"));
    if (!q)
        return std::unexpected(q.error());
    QList<OutboxRow> rows;
    while (q->next() && rows.size() < limit) {
        OutboxRow row = readRow(*q);
        if (!exclude.contains(row.id))
            rows.append(row);
    }
    return rows;
}

Result<std::optional<QDateTime>> SyncStore::nextAttemptAt(const QSet<qint64>& exclude) const
{
    auto q =
        query(m_db,
              QStringLiteral("SELECT o.id, o.next_attempt_at FROM outbox o WHERE %1 ORDER BY o.next_attempt_at, o.id "
                             "LIMIT ?")
                  .arg(kHeadOfSequence),
              {int(exclude.size()) + 1}, QStringLiteral("read next outbox attempt"));
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        if (!exclude.contains(q->value(0).toLongLong()))
            return std::optional<QDateTime>(QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC));
    }
    return std::optional<QDateTime>();
}

Status SyncStore::markDelivered(qint64 outboxId, int httpStatus, const QByteArray& body)
{
    auto q = query(m_db,
                   QStringLiteral("UPDATE outbox SET delivered_at = ?, outcome = 'delivered', response_status = ?, "
                                  "response_body = ?, attempts = attempts + 1, last_error = '' "
                                  "WHERE id = ? AND delivered_at IS NULL"),
                   {m_clock.nowMs(), httpStatus, QString::fromUtf8(body.left(65536)), outboxId},
                   QStringLiteral("mark outbox row %1 delivered").arg(outboxId));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Status SyncStore::markRejected(const OutboxRow& row, int httpStatus, const QByteArray& body, const QString& message,
                               const QString& detail)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    const qint64 now = m_clock.nowMs();
    auto q = query(m_db,
                   QStringLiteral("UPDATE outbox SET delivered_at = ?, outcome = 'rejected', response_status = ?, "
                                  "response_body = ?, attempts = attempts + 1, last_error = ? "
                                  "WHERE id = ? AND delivered_at IS NULL"),
                   {now, httpStatus, QString::fromUtf8(body.left(65536)), detail, row.id},
                   QStringLiteral("mark outbox row %1 rejected").arg(row.id));
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return tx.commit(); // already finished
    // An event about an order the marketplace has cancelled in the meantime (the station had not pulled
    // the cancellation yet) needs nobody: the cancellation arrives with the next pull, and with it the
    // supervisor's task when items were already out of their bins. It is kept, resolved, for the record.
    const QString problemType = QJsonDocument::fromJson(body).object().value(QLatin1String("type")).toString();
    const bool overtakenByCancellation = httpStatus == 409 && problemType.endsWith(QLatin1String("/order-cancelled")) &&
                                         row.kind != QLatin1String("claim");
    if (auto r = query(m_db,
                       QStringLiteral("INSERT INTO sync_problems(at, kind, order_id, outbox_id, http_status, message, "
                                      "detail, resolved_at) VALUES(?, 'rejected', ?, ?, ?, ?, ?, ?)"),
                       {now, idOrNull(row.orderId), row.id, httpStatus, message, detail,
                        overtakenByCancellation ? QVariant(now) : QVariant(QMetaType::fromType<qint64>())},
                       QStringLiteral("record rejection of outbox row %1").arg(row.id));
        !r)
        return std::unexpected(r.error());
    if (overtakenByCancellation)
        qCInfo(lcStorage).noquote() << "sync: outbox row" << row.id << row.kind
                                    << "refused because the marketplace cancelled the order; nothing to do";
    if (row.kind == QLatin1String("claim") && httpStatus == 409) {
        const QJsonObject problem = QJsonDocument::fromJson(body).object();
        const QString heldBy = problem.value(QLatin1String("held_by")).toString();
        QString number;
        if (auto n = query(m_db, QStringLiteral("SELECT number FROM orders WHERE id = ?"), {row.orderId},
                           QStringLiteral("read order number"));
            n && n->next())
            number = n->value(0).toString();
        if (!heldBy.isEmpty())
            if (auto r = query(m_db, QStringLiteral("UPDATE orders SET claimed_by = ? WHERE id = ?"),
                               {heldBy, row.orderId}, QStringLiteral("record claim holder"));
                !r)
                return std::unexpected(r.error());
        const QString title = heldBy.isEmpty() ? tr("Order %1 is claimed by another station").arg(number)
                                               : tr("Order %1 is claimed by station %2").arg(number, heldBy);
        if (auto r = query(m_db,
                           QStringLiteral("INSERT INTO tasks(kind, order_id, created_at, title, detail) "
                                          "VALUES('claim_lost', ?, ?, ?, ?)"),
                           {idOrNull(row.orderId), now, title,
                            tr("This station started on the order while offline, but the marketplace had given it "
                               "to another station. Decide which station packs it; the other returns the items.")},
                           QStringLiteral("add claim task"));
            !r)
            return std::unexpected(r.error());
    }
    qCWarning(lcStorage).noquote() << "sync: outbox row" << row.id << row.kind << row.path << "rejected:" << detail;
    return tx.commit();
}

Status SyncStore::markRetry(qint64 outboxId, qint64 delayMs, const QString& error)
{
    auto q = query(m_db,
                   QStringLiteral("UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? "
                                  "WHERE id = ? AND delivered_at IS NULL"),
                   {m_clock.nowMs() + std::max<qint64>(0, delayMs), error, outboxId},
                   QStringLiteral("schedule retry of outbox row %1").arg(outboxId));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Status SyncStore::noteError(qint64 outboxId, const QString& error)
{
    auto q = query(m_db, QStringLiteral("UPDATE outbox SET last_error = ? WHERE id = ? AND delivered_at IS NULL"),
                   {error, outboxId}, QStringLiteral("note error on outbox row %1").arg(outboxId));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<qint64> SyncStore::enqueueClaim(qint64 orderId, const QString& marketplaceId, int leaseSeconds,
                                       const QString& idempotencyKey)
{
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto key =
        Outbox(m_db, m_clock)
            .enqueueWithKey(orderId, QStringLiteral("claim"), QStringLiteral("/v1/orders/%1/claim").arg(marketplaceId),
                            QJsonObject{{QStringLiteral("lease_seconds"), leaseSeconds}}, idempotencyKey);
    if (!key)
        return std::unexpected(key.error());
    auto id = query(m_db, QStringLiteral("SELECT id FROM outbox WHERE idempotency_key = ?"), {*key},
                    QStringLiteral("read claim row"));
    if (!id)
        return std::unexpected(id.error());
    const qint64 rowId = id->next() ? id->value(0).toLongLong() : 0;
    id->finish();
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return rowId;
}

Status SyncStore::recordClaim(qint64 orderId, const QString& heldBy, const QDateTime& expiresAt)
{
    auto q =
        query(m_db, QStringLiteral("UPDATE orders SET claimed_by = ?, claim_expires_at = ? WHERE id = ?"),
              {heldBy,
               expiresAt.isValid() ? QVariant(expiresAt.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong)),
               orderId},
              QStringLiteral("record claim of order %1").arg(orderId));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

Result<qint64> SyncStore::pendingEvents() const
{
    return Outbox(m_db, m_clock).pendingCount();
}

Result<int> SyncStore::openProblemCount() const
{
    auto q = query(m_db, QStringLiteral("SELECT count(*) FROM sync_problems WHERE resolved_at IS NULL"), {},
                   QStringLiteral("count open sync problems"));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QList<SyncProblem>> SyncStore::openProblems(int limit) const
{
    auto q = query(m_db,
                   QStringLiteral("SELECT p.id, p.at, p.kind, p.order_id, o.number, p.outbox_id, p.http_status, "
                                  "p.message, p.detail FROM sync_problems p LEFT JOIN orders o ON o.id = p.order_id "
                                  "WHERE p.resolved_at IS NULL ORDER BY p.id LIMIT ?"),
                   {limit}, QStringLiteral("read open sync problems"));
    if (!q)
        return std::unexpected(q.error());
    QList<SyncProblem> out;
    while (q->next()) {
        SyncProblem p;
        p.id = q->value(0).toLongLong();
        p.at = QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC);
        p.kind = q->value(2).toString();
        p.orderId = q->value(3).toLongLong();
        p.orderNumber = q->value(4).toString();
        p.outboxId = q->value(5).toLongLong();
        p.httpStatus = q->value(6).toInt();
        p.message = q->value(7).toString();
        p.detail = q->value(8).toString();
        out.append(p);
    }
    return out;
}

Status SyncStore::resolveProblem(qint64 problemId)
{
    auto q =
        query(m_db, QStringLiteral("UPDATE sync_problems SET resolved_at = ? WHERE id = ? AND resolved_at IS NULL"),
              {m_clock.nowMs(), problemId}, QStringLiteral("resolve sync problem %1").arg(problemId));
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return fail(Error::Code::NotFound, tr("There is no open sync problem %1.").arg(problemId),
                    QStringLiteral("sync problem %1 not open").arg(problemId));
    return {};
}

Result<int> SyncStore::openTaskCount() const
{
    auto q = query(m_db, QStringLiteral("SELECT count(*) FROM tasks WHERE status = 'open'"), {},
                   QStringLiteral("count open tasks"));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toInt() : 0;
}

Result<QDateTime> SyncStore::lastSuccess() const
{
    auto q = query(m_db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kLastSuccessKey},
                   QStringLiteral("read last sync time"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return QDateTime();
    bool ok = false;
    const qint64 ms = q->value(0).toString().toLongLong(&ok);
    return ok ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC) : QDateTime();
}

Status SyncStore::setLastSuccess(const QDateTime& at)
{
    auto q = query(m_db,
                   QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = "
                                  "excluded.value"),
                   {kLastSuccessKey, QString::number(at.toMSecsSinceEpoch())}, QStringLiteral("write last sync time"));
    if (!q)
        return std::unexpected(q.error());
    return {};
}

} // namespace saypro
