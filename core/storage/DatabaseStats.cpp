#include "DatabaseStats.h"

#include "domain/OrderStatus.h"
#include "storage/Database.h"

#include <QFileInfo>
#include <QHash>

namespace saypro {

namespace {
Result<qint64> scalar(Database& db, const QString& sql)
{
    auto q = db.prepare(sql);
    if (!q)
        return std::unexpected(q.error());
    if (auto r = Database::exec(*q, sql); !r)
        return std::unexpected(r.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}
} // namespace

Result<DatabaseStatsReport> DatabaseStats::collect(Database& db)
{
    DatabaseStatsReport r;
    r.schemaVersion = db.schemaVersion();
    const std::pair<qint64*, QString> counts[] = {
        {&r.orders, QStringLiteral("SELECT count(*) FROM orders")},
        {&r.orderLines, QStringLiteral("SELECT count(*) FROM order_lines")},
        {&r.products, QStringLiteral("SELECT count(*) FROM products")},
        // Rows are numbered 1..N without gaps (the chain checks that), so max(id) is the count.
        {&r.auditRows, QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")},
        {&r.outboxPending, QStringLiteral("SELECT count(*) FROM outbox WHERE delivered_at IS NULL")},
    };
    for (const auto& [target, sql] : counts) {
        auto v = scalar(db, sql);
        if (!v)
            return std::unexpected(v.error());
        *target = *v;
    }
    auto q = db.prepare(QStringLiteral("SELECT status, count(*) FROM orders GROUP BY status"));
    if (!q)
        return std::unexpected(q.error());
    if (auto e = Database::exec(*q, QStringLiteral("orders by status")); !e)
        return std::unexpected(e.error());
    QHash<QString, qint64> byStatus;
    while (q->next())
        byStatus.insert(q->value(0).toString(), q->value(1).toLongLong());
    for (OrderStatus s : OrderStatuses::all()) {
        const QString key = OrderStatuses::key(s);
        if (byStatus.contains(key))
            r.ordersByStatus.append({key, byStatus.take(key)});
    }
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        r.ordersByStatus.append({it.key(), it.value()});
    r.fileBytes = QFileInfo(db.path()).size() + QFileInfo(db.path() + QStringLiteral("-wal")).size();
    return r;
}

} // namespace saypro
