#pragma once
// storage: one row of the hash-chained audit log.

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace saypro {

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor; ///< user name, or "marketplace" / "system" / "demo"
    QString station;
    QString entity; ///< "order", "return", "user", ...
    QString entityId;
    QString action; ///< "status_changed", "created", ...
    QString beforeJson;
    QString afterJson;
    QByteArray hash; ///< SHA-256, 32 bytes
};

} // namespace saypro
