// stationctl: `db init`, `db check`, `db stats`.

#include "Cli.h"

#include "storage/Database.h"
#include "storage/DatabaseCheck.h"
#include "storage/DatabaseStats.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("stationctl", text);
}

int dbInit(CommandContext& ctx)
{
    const bool existed = QFileInfo::exists(ctx.databasePath());
    auto db = ctx.openDatabase(int(Database::OpenMode::CreateIfMissing));
    if (!db)
        return ExitFailure;
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("path"), db->path()},
                                  {QStringLiteral("created"), !existed},
                                  {QStringLiteral("schema_version"), db->schemaVersion()}});
    } else {
        ctx.out() << (existed ? tr("Database %1 is ready (schema version %2).")
                              : tr("Created database %1 (schema version %2)."))
                         .arg(db->path())
                         .arg(db->schemaVersion())
                  << Qt::endl;
    }
    return ExitOk;
}

int dbCheck(CommandContext& ctx)
{
    auto db = ctx.openDatabase(int(Database::OpenMode::ReadOnly));
    if (!db)
        return ExitFailure;
    auto report = DatabaseCheck::run(*db, [&ctx](const QString& step) {
        if (!ctx.json())
            ctx.err() << tr("checking: %1").arg(step) << Qt::endl;
    });
    if (!report)
        return ctx.failWith(report.error());
    const DatabaseCheckReport& r = *report;
    if (ctx.json()) {
        QJsonObject o{{QStringLiteral("ok"), r.ok()},
                      {QStringLiteral("path"), db->path()},
                      {QStringLiteral("integrity_ok"), r.integrityOk},
                      {QStringLiteral("integrity_messages"), QJsonArray::fromStringList(r.integrityMessages)},
                      {QStringLiteral("schema_version"), r.schemaVersion},
                      {QStringLiteral("expected_schema_version"), r.expectedSchemaVersion},
                      {QStringLiteral("foreign_key_violations"), r.foreignKeyViolations},
                      {QStringLiteral("audit_ok"), r.auditOk},
                      {QStringLiteral("audit_rows_checked"), r.auditRowsChecked}};
        if (r.auditFirstBadRow)
            o.insert(QStringLiteral("audit_first_bad_row"), *r.auditFirstBadRow);
        if (!r.auditProblem.isEmpty())
            o.insert(QStringLiteral("audit_problem"), r.auditProblem);
        ctx.printJson(o);
    } else {
        auto line = [&ctx](bool ok, const QString& text) {
            ctx.out() << (ok ? tr("[ok]   ") : tr("[FAIL] ")) << text << Qt::endl;
        };
        line(r.integrityOk, r.integrityOk
                                ? tr("SQLite integrity check")
                                : tr("SQLite integrity check: %1").arg(r.integrityMessages.join(QStringLiteral("; "))));
        line(r.schemaVersion == r.expectedSchemaVersion,
             tr("schema version %1 (this program writes %2)").arg(r.schemaVersion).arg(r.expectedSchemaVersion));
        line(r.foreignKeyViolations == 0, tr("foreign keys: %1 violation(s)").arg(r.foreignKeyViolations));
        if (r.auditOk)
            line(true, tr("audit chain: %1 row(s) verified").arg(r.auditRowsChecked));
        else
            line(false, tr("audit chain broken at row %1: %2")
                            .arg(r.auditFirstBadRow ? QString::number(*r.auditFirstBadRow) : QStringLiteral("?"),
                                 r.auditProblem));
        ctx.out() << (r.ok() ? tr("Database is healthy.") : tr("Database has problems: see [FAIL] above.")) << Qt::endl;
    }
    return r.ok() ? ExitOk : ExitFailure;
}

int dbStats(CommandContext& ctx)
{
    auto db = ctx.openDatabase(int(Database::OpenMode::OpenExisting));
    if (!db)
        return ExitFailure;
    auto stats = DatabaseStats::collect(*db);
    if (!stats)
        return ctx.failWith(stats.error());
    const DatabaseStatsReport& s = *stats;
    if (ctx.json()) {
        QJsonObject byStatus;
        for (const auto& [status, n] : s.ordersByStatus)
            byStatus.insert(status, n);
        ctx.printJson(QJsonObject{{QStringLiteral("path"), db->path()},
                                  {QStringLiteral("orders"), s.orders},
                                  {QStringLiteral("schema_version"), s.schemaVersion},
                                  {QStringLiteral("orders_by_status"), byStatus},
                                  {QStringLiteral("order_lines"), s.orderLines},
                                  {QStringLiteral("products"), s.products},
                                  {QStringLiteral("audit_rows"), s.auditRows},
                                  {QStringLiteral("outbox_pending"), s.outboxPending},
                                  {QStringLiteral("file_bytes"), s.fileBytes}});
        return ExitOk;
    }
    QLocale locale;
    ctx.out() << tr("Database:        %1").arg(db->path()) << "\n"
              << tr("Schema version:  %1").arg(s.schemaVersion) << "\n"
              << tr("Orders:          %1").arg(locale.toString(s.orders)) << "\n";
    for (const auto& [status, n] : s.ordersByStatus)
        ctx.out() << "  " << status.leftJustified(18) << locale.toString(n) << "\n";
    ctx.out() << tr("Order lines:     %1").arg(locale.toString(s.orderLines)) << "\n"
              << tr("Products:        %1").arg(locale.toString(s.products)) << "\n"
              << tr("Audit rows:      %1").arg(locale.toString(s.auditRows)) << "\n"
              << tr("Events waiting:  %1").arg(locale.toString(s.outboxPending)) << "\n"
              << tr("Size on disk:    %1").arg(locale.formattedDataSize(s.fileBytes)) << Qt::endl;
    return ExitOk;
}
} // namespace

void registerDbCommands(Cli& cli)
{
    cli.add({{QStringLiteral("db"), QStringLiteral("init")},
             tr("Create the station database (or upgrade it to this version's schema)."),
             QString(),
             tr("Creates the file and its folder when missing. An existing database is upgraded in place with\n"
                "forward-only migrations; a file that is not a station database is refused and left untouched."),
             {},
             dbInit});
    cli.add({{QStringLiteral("db"), QStringLiteral("check")},
             tr("Verify the database: SQLite integrity, schema version, foreign keys and the audit chain."),
             QString(),
             tr("Read-only. Exits 1 and names the first bad audit row when anything does not verify."),
             {},
             dbCheck});
    cli.add({{QStringLiteral("db"), QStringLiteral("stats")},
             tr("Show counts: orders (per status), lines, products, audit rows, events waiting."),
             QString(),
             QString(),
             {},
             dbStats});
}

} // namespace saypro
