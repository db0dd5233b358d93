#include "Database.h"

#include "common/Logging.h"
#include "storage/Migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("saypro-db-%1").arg(counter.fetchAndAddRelaxed(1));
}

/// SQLite would happily "open" any file and only fail on first read; look at the header first so a
/// wrong file is reported clearly and never written to.
bool looksLikeSqlite(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    if (f.size() == 0)
        return true; // an empty file is an empty database to SQLite
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}
} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)), m_readOnly(readOnly)
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_inTransaction)
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::latestSchemaVersion()
{
    return Migrations::count();
}

Result<std::unique_ptr<Database>> Database::connect(const QString& path, OpenMode mode)
{
    if (path.isEmpty())
        return fail(Error::Code::InvalidArgument, tr("No database file was given."), QStringLiteral("empty path"));
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return fail(Error::Code::Io, tr("The database path is a folder, not a file: %1").arg(path),
                    QStringLiteral("%1 is not a regular file").arg(path));
    if (!info.exists()) {
        if (mode != OpenMode::CreateIfMissing)
            return fail(Error::Code::NotFound, tr("The database file does not exist: %1").arg(path),
                        QStringLiteral("%1: no such file").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return fail(Error::Code::Io,
                        tr("The folder for the database cannot be created: %1").arg(info.absolutePath()),
                        QStringLiteral("mkpath %1 failed").arg(info.absolutePath()));
    } else if (info.size() == 0 && mode != OpenMode::CreateIfMissing) {
        return fail(Error::Code::Corrupt, tr("The database file is empty: %1").arg(path),
                    QStringLiteral("%1: zero bytes; run 'db init' to create a database").arg(path));
    } else if (!looksLikeSqlite(path)) {
        return fail(Error::Code::Corrupt,
                    tr("The file is not a SayPro Station database, or it is damaged: %1").arg(path),
                    QStringLiteral("%1: missing or wrong SQLite header").arg(path));
    }

    const bool readOnly = mode == OpenMode::ReadOnly;
    const QString name = nextConnectionName();
    std::unique_ptr<Database> db(new Database(info.absoluteFilePath(), name, readOnly));
    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        conn.setDatabaseName(info.absoluteFilePath());
        conn.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000")
                                        : QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!conn.open())
            return fail(Error::Code::Storage, tr("The database cannot be opened: %1").arg(path),
                        QStringLiteral("%1: %2").arg(path, conn.lastError().text()));
    }
    if (auto p = db->applyPragmas(); !p)
        return std::unexpected(p.error());
    return db;
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    auto opened = connect(path, mode);
    if (!opened)
        return opened;
    auto& db = *opened;
    const int version = db->schemaVersion();
    if (version < 0)
        return fail(Error::Code::Corrupt,
                    tr("The file is not a SayPro Station database, or it is damaged: %1").arg(path),
                    QStringLiteral("%1: user_version cannot be read").arg(path));
    if (version > latestSchemaVersion())
        return fail(Error::Code::Unsupported,
                    tr("This database was written by a newer version of SayPro Station and cannot be opened."),
                    QStringLiteral("%1: schema version %2, this program knows up to %3")
                        .arg(path)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    if (mode == OpenMode::ReadOnly)
        return opened;
    if (auto m = db->migrateTo(latestSchemaVersion()); !m)
        return std::unexpected(m.error());
    return opened;
}

Result<std::unique_ptr<Database>> Database::openAtVersion(const QString& path, int targetVersion)
{
    auto opened = connect(path, OpenMode::CreateIfMissing);
    if (!opened)
        return opened;
    if (auto m = (*opened)->migrateTo(targetVersion); !m)
        return std::unexpected(m.error());
    return opened;
}

Status Database::applyPragmas()
{
    QSqlQuery q(connection());
    // The header check passed, but a damaged file still fails on its first real read: find out now.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")))
        return fail(Error::Code::Corrupt,
                    tr("The file is not a SayPro Station database, or it is damaged: %1").arg(m_path),
                    QStringLiteral("%1: %2").arg(m_path, q.lastError().text()));
    q.finish(); // a statement left open would hold a read transaction and block the journal mode change
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON")};
    // Switching to WAL rewrites the file header (and creates -wal/-shm files): never do it to a file that
    // open() is about to refuse because a newer program wrote it.
    if (!m_readOnly && schemaVersion() <= latestSchemaVersion()) {
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const QString& p : pragmas)
        if (auto r = execute(p); !r)
            return r;
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status Database::migrateTo(int targetVersion)
{
    const int current = schemaVersion();
    if (current < 0)
        return fail(Error::Code::Corrupt, tr("The database schema version cannot be read."),
                    QStringLiteral("%1: PRAGMA user_version failed").arg(m_path));
    if (targetVersion > latestSchemaVersion())
        return fail(Error::Code::InvalidArgument, tr("Unknown schema version %1.").arg(targetVersion),
                    QStringLiteral("target %1 > latest %2").arg(targetVersion).arg(latestSchemaVersion()));
    if (m_readOnly && targetVersion > current)
        return fail(Error::Code::Unsupported, tr("A read-only database cannot be upgraded."),
                    QStringLiteral("%1: read-only at version %2").arg(m_path).arg(current));
    for (int version = current + 1; version <= targetVersion; ++version) {
        Transaction tx(*this);
        if (auto b = tx.begin(); !b)
            return b;
        for (const QString& sql : Migrations::statements(version))
            if (auto r = execute(sql); !r)
                return fail(Error::Code::Storage, tr("The database could not be upgraded to version %1.").arg(version),
                            r.error().detail);
        if (auto r = execute(QStringLiteral("PRAGMA user_version = %1").arg(version)); !r)
            return r;
        if (auto c = tx.commit(); !c)
            return c;
        qCInfo(lcStorage) << m_path << "migrated to schema version" << version;
    }
    return {};
}

Status Database::execute(const QString& sql)
{
    QSqlQuery q(connection());
    if (!q.exec(sql))
        return fail(Error::Code::Storage, tr("A database operation failed."),
                    QStringLiteral("%1 -- %2").arg(sql.simplified().left(200), q.lastError().text()));
    return {};
}

Status Database::exec(QSqlQuery& query, const QString& what)
{
    if (!query.exec()) {
        const QString detail = QStringLiteral("%1: %2").arg(what, query.lastError().text());
        qCWarning(lcStorage).noquote() << detail;
        return fail(Error::Code::Storage, tr("A database operation failed."), detail);
    }
    return {};
}

Result<QSqlQuery> Database::prepare(const QString& sql) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return fail(Error::Code::Storage, tr("A database operation failed."),
                    QStringLiteral("prepare %1 -- %2").arg(sql.simplified().left(200), q.lastError().text()));
    return q;
}

Result<QSqlQuery> Database::query(const QString& sql, const QVariantList& values, const QString& what) const
{
    auto q = prepare(sql);
    if (!q)
        return q;
    for (const QVariant& v : values)
        q->addBindValue(v);
    if (auto r = exec(*q, what); !r)
        return std::unexpected(r.error());
    return q;
}

Status Database::begin()
{
    if (m_inTransaction)
        return fail(Error::Code::Storage, tr("A database operation failed."),
                    QStringLiteral("nested transaction on %1").arg(m_path));
    if (auto r = execute(QStringLiteral("BEGIN IMMEDIATE")); !r)
        return r;
    m_inTransaction = true;
    return {};
}

Status Database::commit()
{
    if (!m_inTransaction)
        return fail(Error::Code::Storage, tr("A database operation failed."),
                    QStringLiteral("commit without a transaction on %1").arg(m_path));
    auto r = execute(QStringLiteral("COMMIT"));
    if (!r) {
        rollback();
        return r;
    }
    m_inTransaction = false;
    return {};
}

void Database::rollback()
{
    if (!m_inTransaction)
        return;
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("ROLLBACK")))
        qCWarning(lcStorage) << "rollback failed:" << q.lastError().text();
    m_inTransaction = false;
}

} // namespace saypro
