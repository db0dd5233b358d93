#pragma once
// sandbox: owns the training marketplace's own SQLite file: schema, change feeds, orders, schedule, idempotency.

#include "common/Error.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace saypro {

/// Never a station database: its own migrations, user_version range and application_id. Every change gets
/// a stamp (updated_at, sequence) that grows with the sequence, so no change is ever missed.
class SandboxStore final
{
public:
    /// The incremental lists of the API; each item carries the stamp of its last change.
    enum class Feed { Orders, Inventory, Tracking, Returns, Feedback, Products };

    /// Where a change sits in its feed: (updatedMs, id) and sequence both increase strictly with every change.
    struct Stamp
    {
        qint64 updatedMs = 0;
        qint64 sequence = 0;
    };

    /// An order as the marketplace keeps it: the order JSON it was created with and the fields that change.
    struct OrderRow
    {
        QString id;
        qint64 index = 0; ///< the DemoGenerator index it was made from
        QString number;
        qint64 version = 1;
        qint64 updatedMs = 0;
        qint64 sequence = 0;
        QString status;
        QString paymentStatus;
        QString claimedBy; ///< empty when no station holds it
        qint64 claimExpiresMs = 0;
        bool shipped = false; ///< a parcel was handed to a carrier
        QJsonObject body;

        /// The order as the API serves it (docs/marketplace-api-v1.yaml, Order).
        QJsonObject toJson() const;
    };

    /// A future event of the marketplace's life.
    struct Scheduled
    {
        qint64 id = 0;
        qint64 dueMs = 0;
        QString kind;
        QString ref;
        QString detail;
    };

    /// The first response to an Idempotency-Key.
    struct StoredResponse
    {
        QByteArray requestHash;
        int status = 0;
        QByteArray contentType;
        QByteArray body;
        qint64 createdMs = 0;
    };

    /// Opens (creating and migrating as needed) the sandbox file at `path`. A station database or any
    /// other SQLite file is refused untouched.
    static Result<std::unique_ptr<SandboxStore>> open(const QString& path);
    /// PRAGMA user_version of the current sandbox schema; sandbox versions start at 1001 so that a
    /// station never mistakes the file for one of its own (it refuses a newer version).
    static int schemaVersion();

    Database& database() { return *m_db; }

    Result<QString> meta(const QString& key) const;
    Status setMeta(const QString& key, const QString& value);

    /// The stamp for a change of item `id` in `feed` at `nowMs`: the clock's time, or just after the
    /// previous change when the clock has not moved on (never earlier, so no change is ever missed).
    Result<Stamp> stamp(Feed feed, const QString& id, qint64 nowMs);
    static QString feedName(Feed feed);
    static QString feedTable(Feed feed);

    Status insertOrder(const OrderRow& order);
    Result<std::optional<OrderRow>> order(const QString& id) const;
    Status saveOrder(const OrderRow& order);
    /// Orders whose last change comes after `sequence`, oldest change first.
    Result<QList<OrderRow>> ordersAfter(qint64 sequence, int limit) const;
    Result<QList<OrderRow>> allOrders() const;
    /// Rows in `table` (one of this schema's tables).
    Result<qint64> count(const QString& table) const;

    Status schedule(qint64 dueMs, const QString& kind, const QString& ref, const QString& detail = {});
    /// The earliest event due at or before `untilMs`.
    Result<std::optional<Scheduled>> nextScheduled(qint64 untilMs) const;
    Status unschedule(qint64 id);

    Result<std::optional<StoredResponse>> storedResponse(const QString& key) const;
    Status storeResponse(const QString& key, const StoredResponse& response);
    /// Forgets idempotency records created before `ms`.
    Status forgetResponsesBefore(qint64 ms);

private:
    explicit SandboxStore(std::unique_ptr<Database> db);
    Status migrate();
    static OrderRow readOrder(const QSqlQuery& q);
    Result<QList<OrderRow>> readOrders(QSqlQuery& q, const QString& what) const;

    struct LastChange
    {
        qint64 updatedMs = 0;
        QString id;
        qint64 sequence = 0;
    };

    std::unique_ptr<Database> m_db;
    QHash<int, LastChange> m_last; ///< per feed, loaded on first use
};

} // namespace saypro
