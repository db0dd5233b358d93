#pragma once
// storage: the append-only, hash-chained audit log. Each row stores SHA-256 over the previous row's
// hash and its own content; the chain head (last id and hash) is kept in `meta`, so an edited,
// inserted, reordered or deleted row -- including the last one -- is found by verify().

#include "common/Error.h"
#include "storage/AuditEntry.h"

#include <QSqlQuery>

#include <functional>
#include <optional>

namespace saypro {

class Database;

class AuditLog final
{
public:
    explicit AuditLog(Database& db);

    /// Appends one entry. Must run inside the caller's transaction, so the change it records and the
    /// audit row commit together. Fills in id and hash.
    Result<qint64> append(AuditEntry& entry);

    /// Entries about one entity, oldest first.
    Result<QList<AuditEntry>> forEntity(const QString& entity, const QString& entityId) const;

    struct Verification
    {
        qint64 rowsChecked = 0;
        bool ok = true;
        std::optional<qint64> firstBadRow; ///< the id of the first row that does not verify
        QString problem;                   ///< untranslated description for logs and the CLI
    };
    /// Walks the whole chain. `progress` (if given) is called now and then with rows checked so far.
    Result<Verification> verify(const std::function<void(qint64)>& progress = {}) const;

    /// The hash a row must carry, given the previous row's hash (empty for the first row).
    static QByteArray computeHash(const QByteArray& previousHash, const AuditEntry& entry);

    /// Fast path for writing many rows in one transaction (demo data, imports): keeps the head in
    /// memory and writes it to `meta` once, in finish().
    class BulkAppender final
    {
    public:
        explicit BulkAppender(Database& db);
        Status append(AuditEntry& entry);
        Status finish();

    private:
        Database& m_db;
        QSqlQuery m_insert;
        qint64 m_lastId = 0;
        QByteArray m_lastHash;
        bool m_loaded = false;
        Status m_error;
    };

private:
    Database& m_db;
};

} // namespace saypro
