#include "DatabaseCheck.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace saypro {

Result<DatabaseCheckReport> DatabaseCheck::run(Database& db, const std::function<void(const QString&)>& progress)
{
    auto note = [&](const QString& text) {
        if (progress)
            progress(text);
    };
    DatabaseCheckReport report;
    report.expectedSchemaVersion = Database::latestSchemaVersion();
    report.schemaVersion = db.schemaVersion();

    note(QStringLiteral("integrity_check"));
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return fail(Error::Code::Corrupt,
                    QCoreApplication::translate("DatabaseCheck", "The database could not be checked: it is damaged."),
                    q.lastError().text());
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line == QLatin1String("ok"))
            report.integrityOk = true;
        else
            report.integrityMessages << line;
    }
    if (!report.integrityMessages.isEmpty())
        report.integrityOk = false;

    note(QStringLiteral("foreign_key_check"));
    if (q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        while (q.next())
            ++report.foreignKeyViolations;

    note(QStringLiteral("audit chain"));
    auto audit = AuditLog(db).verify([&](qint64 rows) { note(QStringLiteral("audit chain: %1 rows").arg(rows)); });
    if (!audit)
        return std::unexpected(audit.error());
    report.auditOk = audit->ok;
    report.auditRowsChecked = audit->rowsChecked;
    report.auditFirstBadRow = audit->firstBadRow;
    report.auditProblem = audit->problem;
    return report;
}

} // namespace saypro
