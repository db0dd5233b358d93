#pragma once
// storage: owns the station's SQLite file: opening it safely, the pragmas (WAL, synchronous=FULL,
// foreign keys), the versioned forward-only migrations and write transactions.

#include "common/Error.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace saypro {

class Database final
{
public:
    enum class OpenMode {
        CreateIfMissing, ///< create the file and schema when absent; migrate an older schema
        OpenExisting,    ///< the file must exist; migrate an older schema
        ReadOnly,        ///< the file must exist; nothing is ever written (checks, reports)
    };

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (and migrates, unless read-only) the database at `path`. A missing file, a file that is not
    /// a SQLite database, or a schema newer than this program is an error, and the file is left untouched.
    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode = OpenMode::CreateIfMissing);
    /// Opens without migrating; for migration tests. `targetVersion` 0 leaves the schema as found.
    static Result<std::unique_ptr<Database>> openAtVersion(const QString& path, int targetVersion);

    /// The schema version this program writes.
    static int latestSchemaVersion();
    /// PRAGMA user_version of the open file.
    int schemaVersion() const;
    /// Applies every migration after the current version up to `targetVersion`, each in its own transaction.
    Status migrateTo(int targetVersion);

    QSqlDatabase connection() const { return QSqlDatabase::database(m_connectionName, false); }
    const QString& path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }

    /// Qt binds a null QString as SQL NULL; text columns are NOT NULL, so bind empty text as ''.
    static QVariant text(const QString& value)
    {
        return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
    }

    /// Runs one statement with no bound values (pragmas, DDL); error carries the SQL and SQLite's text.
    Status execute(const QString& sql);
    /// Runs a prepared query, turning a failure into an Error whose detail names `what`.
    static Status exec(QSqlQuery& query, const QString& what);
    /// Prepares `sql` on this connection; the query is ready for binding.
    Result<QSqlQuery> prepare(const QString& sql) const;
    /// Prepares `sql`, binds `values` in order and runs it; the error's detail names `what`.
    Result<QSqlQuery> query(const QString& sql, const QVariantList& values, const QString& what) const;

    /// BEGIN IMMEDIATE: takes the write lock up front, so two writers never deadlock on an upgrade.
    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_inTransaction; }

private:
    Database(QString path, QString connectionName, bool readOnly);
    static Result<std::unique_ptr<Database>> connect(const QString& path, OpenMode mode);
    Status applyPragmas();

    QString m_path;
    QString m_connectionName;
    bool m_readOnly = false;
    bool m_inTransaction = false;
};

/// Rolls back on scope exit unless committed: every multi-statement write goes through one.
class Transaction final
{
public:
    explicit Transaction(Database& db) : m_db(db) {}
    ~Transaction()
    {
        if (m_active && !m_committed)
            m_db.rollback();
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin()
    {
        auto r = m_db.begin();
        m_active = r.has_value();
        return r;
    }
    /// Begins a transaction, or takes part in the one the caller already has open: then commit() does
    /// nothing and the caller's transaction decides. A caller whose step failed must give up its whole
    /// transaction (its own Transaction rolls back on scope exit), never commit what came before.
    Status beginOrJoin()
    {
        if (m_db.inTransaction()) {
            m_joined = true;
            return {};
        }
        return begin();
    }
    Status commit()
    {
        if (m_joined)
            return {};
        auto r = m_db.commit();
        m_committed = r.has_value();
        return r;
    }

private:
    Database& m_db;
    bool m_active = false;
    bool m_committed = false;
    bool m_joined = false;
};

} // namespace saypro
