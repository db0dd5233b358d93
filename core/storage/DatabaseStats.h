#pragma once
// storage: counts that describe a station database (orders, per status, audit rows, outbox, size).

#include "common/Error.h"

#include <QList>
#include <QPair>
#include <QString>

namespace saypro {

class Database;

struct DatabaseStatsReport
{
    qint64 orders = 0;
    int schemaVersion = 0;
    QList<QPair<QString, qint64>> ordersByStatus; ///< status key -> count, in flow order
    qint64 orderLines = 0;
    qint64 products = 0;
    qint64 auditRows = 0;
    qint64 outboxPending = 0;
    qint64 fileBytes = 0;
};

class DatabaseStats final
{
public:
    static Result<DatabaseStatsReport> collect(Database& db);
};

} // namespace saypro
