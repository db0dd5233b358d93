#pragma once
// storage: one step of an order's status timeline, read back from the audit log.

#include <QDateTime>
#include <QString>

namespace saypro {

struct StatusChange
{
    qint64 auditId = 0;
    QDateTime at;
    QString actor;
    QString station;
    QString action; ///< "created" or "status_changed" (more kinds as modules add them)
    QString from;   ///< status key before; empty for "created"
    QString to;     ///< status key after
    QString reason;
};

} // namespace saypro
