#include "ScanLog.h"

#include "storage/Database.h"

#include <QSqlQuery>

#include <algorithm>

namespace saypro {

ScanLog::ScanLog(Database& db) : m_db(db) {}

Result<QList<ScanRecord>> ScanLog::forOrder(qint64 orderId, int limit) const
{
    // idx_scan_log_order finds the order's rows; the newest `limit` are read and returned oldest first.
    auto q = m_db.prepare(QStringLiteral(
        "SELECT id, at, station, actor, context, code, symbology, accepted, reason, line_id, quantity, parcel, detail "
        "FROM scan_log WHERE order_id = ? ORDER BY id DESC LIMIT ?"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(orderId);
    q->addBindValue(std::clamp(limit, 1, 100000));
    if (auto r = Database::exec(*q, QStringLiteral("scans of order %1").arg(orderId)); !r)
        return std::unexpected(r.error());
    QList<ScanRecord> rows;
    while (q->next()) {
        ScanRecord s;
        s.id = q->value(0).toLongLong();
        s.at = QDateTime::fromMSecsSinceEpoch(q->value(1).toLongLong(), Qt::UTC);
        s.station = q->value(2).toString();
        s.actor = q->value(3).toString();
        s.context = q->value(4).toString();
        s.code = q->value(5).toString();
        s.symbology = q->value(6).toString();
        s.accepted = q->value(7).toInt() != 0;
        s.reason = q->value(8).toString();
        s.lineId = q->value(9).toString();
        s.quantity = q->value(10).toInt();
        s.parcel = q->value(11).toInt();
        s.detail = q->value(12).toString();
        rows.append(s);
    }
    std::reverse(rows.begin(), rows.end());
    return rows;
}

} // namespace saypro
