#pragma once
// storage: orders and their lines in the station's cache: insert, load, search in pages, and status
// changes through the fulfilment state machine, each stored with its audit row and outbox event in
// one transaction.

#include "common/Error.h"
#include "domain/FulfilmentStateMachine.h"
#include "domain/Order.h"
#include "storage/OrderFilter.h"
#include "storage/OrderSummary.h"
#include "storage/StatusChange.h"

#include <QSqlQuery>

#include <memory>
#include <optional>

namespace saypro {

class Clock;
class Database;

class OrderStore final
{
public:
    OrderStore(Database& db, const Clock& clock, QString station);

    /// Stores a new order (and its lines) with a "created" audit row. Fills in ids.
    Result<qint64> insert(Order& order, const QString& actor);

    Result<Order> findByNumber(const QString& number) const;
    Result<Order> findById(qint64 id) const;

    /// Up to `limit` orders matching `filter`, newest first, strictly older than `beforeId` when given
    /// (keyset paging: the cost of a page does not grow with how far one has scrolled).
    Result<QList<OrderSummary>> page(const OrderFilter& filter, std::optional<qint64> beforeId, int limit) const;
    /// Up to `limit` summaries of the orders matching `where` (" WHERE …" with ? placeholders bound to `values`,
    /// or empty), sorted by `orderBy` (an ORDER BY list over orders' columns). For work queues that know
    /// their own, indexed, conditions.
    Result<QList<OrderSummary>> summaries(const QString& where, const QVariantList& values, const QString& orderBy,
                                          int limit) const;
    /// How many orders match `filter`.
    Result<qint64> count(const OrderFilter& filter) const;

    /// The order's status timeline, oldest first.
    Result<QList<StatusChange>> history(const QString& orderNumber) const;

    /// Moves an order to `to` if the state machine allows it. The status, its audit row and the
    /// "status_changed" outbox event commit together; on any error nothing changes.
    Result<Transition> transition(qint64 orderId, OrderStatus to, const QString& actor, const QString& reason = {});

    /// Writes many orders inside the caller's transaction with statements prepared once (demo data,
    /// sync ingest). Audit rows are the caller's business (see AuditLog::BulkAppender).
    class BulkWriter final
    {
    public:
        explicit BulkWriter(Database& db);
        ~BulkWriter();
        BulkWriter(const BulkWriter&) = delete;
        BulkWriter& operator=(const BulkWriter&) = delete;
        Status insert(Order& order);
        /// Also stores what the marketplace last said about the order and who holds its claim.
        Status insert(Order& order, const QString& marketplaceStatus, const QString& claimedBy);

    private:
        struct Statements; ///< prepared on the connection's own SQLite handle
        std::unique_ptr<Statements> m_s;
        Status m_error;
    };

private:
    Result<Order> load(const QString& whereColumn, const QVariant& value) const;

    Database& m_db;
    const Clock& m_clock;
    QString m_station;
};

} // namespace saypro
