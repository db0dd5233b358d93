#pragma once
// storage: the health check behind `saypro-stationctl db check`: SQLite's integrity check, the schema
// version, foreign keys, and the audit chain.

#include "common/Error.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace saypro {

class Database;

struct DatabaseCheckReport
{
    bool integrityOk = false;
    QStringList integrityMessages; ///< what integrity_check said when not "ok"
    int schemaVersion = 0;
    int expectedSchemaVersion = 0;
    qint64 foreignKeyViolations = 0;
    bool auditOk = false;
    qint64 auditRowsChecked = 0;
    std::optional<qint64> auditFirstBadRow;
    QString auditProblem;

    bool ok() const
    {
        return integrityOk && schemaVersion == expectedSchemaVersion && foreignKeyViolations == 0 && auditOk;
    }
};

class DatabaseCheck final
{
public:
    /// Runs every check; read-only. `progress` receives short untranslated notes for long steps.
    static Result<DatabaseCheckReport> run(Database& db, const std::function<void(const QString&)>& progress = {});
};

} // namespace saypro
