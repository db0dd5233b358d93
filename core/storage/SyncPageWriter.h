#pragma once
// storage: stores one page of an incremental pull from the marketplace in one transaction together
// with the cursor that follows it. Owns the rules for applying marketplace data to the cache: newer
// versions only, marketplace-owned fields only, cancellations through the state machine (with a
// supervisor task when items may be out of their bins), carrier events advancing the status, the
// catalogue following the marketplace, stock figures plus this station's movements the marketplace has
// not counted yet, and unreadable items kept raw with a visible sync problem.

#include "common/Error.h"
#include "domain/Order.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "storage/SyncRecords.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <functional>
#include <optional>

namespace saypro {

class Clock;

/// What the pages of one resource did to the cache.
struct IngestCounts
{
    int received = 0;      ///< items read from the marketplace (counted by the caller)
    int inserted = 0;      ///< new to this station
    int updated = 0;       ///< a newer version replaced the stored one
    int unchanged = 0;     ///< the same or an older version: nothing applied (overlap, repeats)
    int cancelled = 0;     ///< orders cancelled because the marketplace cancelled them
    int statusChanges = 0; ///< other status changes caused by marketplace data (carrier events, returns)
    int tasks = 0;         ///< supervisor tasks created
    int quarantined = 0;   ///< unreadable or unstorable items kept aside with a sync problem
    int pages = 0;

    IngestCounts& operator+=(const IngestCounts& o);
};

class SyncPageWriter final
{
public:
    /// `resource` is the API list: "products", "orders", "inventory", "tracking-events", "returns" or "feedback".
    SyncPageWriter(Database& db, const Clock& clock, QString station, QString resource);

    /// BEGIN IMMEDIATE and prepare the statements.
    Status begin();

    // Each apply runs in its own savepoint: an error of kind InvalidArgument, NotFound or Conflict is a
    // problem with that item (nothing of it stays; quarantine it and go on), a Storage error is a problem
    // with the page (roll everything back).
    Status applyOrder(Order& order, const QString& claimedBy);
    /// Inserts or updates the product by SKU. The products table keeps no version: the marketplace's
    /// version is the one in the product's last marketplace audit row; without one (a product the
    /// station had before it synced its catalogue) the fields are compared. A GTIN another SKU holds is
    /// a Conflict (the item is quarantined).
    Status applyProduct(const ProductRecord& product);
    /// A newer figure sets market_on_hand, version and updated_at, and on_hand = the figure plus this
    /// station's movements the figure does not count yet (see recountStock()). New rows have reserved 0.
    Status applyStock(const StockRecord& stock);
    Status applyTrackingEvent(const TrackingRecord& event);
    Status applyReturn(const ReturnRecord& ret);
    Status applyFeedback(const FeedbackRecord& feedback);
    /// Keeps an item that could not be read or stored, raw, with a sync problem (once per distinct body).
    Status quarantine(const QString& itemId, std::optional<qint64> version, const QByteArray& rawJson,
                      const Error& why);

    /// Stores `nextCursor` (unless empty) and its position mark, then commits the page.
    Status commit(const QString& nextCursor);
    /// Throws the page away.
    void rollback();

    /// Sets on_hand of one bin to its last marketplace figure (market_on_hand, of stock.version) plus the
    /// deltas of this station's movements that figure does not count: those whose outbox event is still
    /// pending, or was delivered and answered with an inventory version above the figure's. Refused
    /// (rejected) events and delivered ones whose answer names no version count as seen. One statement;
    /// runs inside the caller's transaction when one is open. Nothing happens when the bin has no row.
    static Status recountStock(Database& db, const QString& sku, const QString& location);

    const IngestCounts& counts() const { return m_counts; }
    /// True for errors that concern a single item rather than the page.
    static bool isItemError(const Error& error) { return error.code != Error::Code::Storage; }

private:
    struct Lookup
    {
        qint64 id = 0;
        qint64 version = 0;
        QString status;
        QString number;
    };

    Status inItem(const std::function<Status()>& body);
    Result<std::optional<Lookup>> findOrder(const QString& marketplaceId);
    Status ensureWarehouse(const QString& code);
    Status updateOrder(const Lookup& stored, const Order& order, const QString& claimedBy);
    Status replaceLines(qint64 orderId, const QList<OrderLine>& lines);
    Result<bool> linesDiffer(qint64 orderId, const QList<OrderLine>& lines);
    /// Moves an order to `to` when the state machine allows it, with an audit row; no outbox event
    /// (the change came from the marketplace). Returns false when the table forbids it.
    Result<bool> changeStatus(qint64 orderId, const QString& number, const QString& from, OrderStatus to,
                              const QString& reason, const QDateTime& at);
    Status addTask(const QString& kind, qint64 orderId, const QString& title, const QString& detail);
    Status resolveQuarantine(const QString& itemId, qint64 version);
    void audit(const QString& entity, const QString& entityId, const QString& action, const QJsonObject& before,
               const QJsonObject& after);
    /// A statement prepared once per page and reused for every item.
    Result<QSqlQuery*> statement(const QString& sql);
    Status run(const QString& sql, const QVariantList& values, const QString& what, QSqlQuery** out = nullptr);

    Database& m_db;
    const Clock& m_clock;
    QString m_station;
    QString m_resource;
    Transaction m_tx;
    bool m_begun = false;
    std::optional<OrderStore::BulkWriter> m_orders;
    std::optional<AuditLog::BulkAppender> m_audit;
    QList<AuditEntry> m_itemAudit; ///< audit rows of the item being applied, appended when it succeeds
    QSet<QString> m_warehouses;
    bool m_openQuarantine = false;
    IngestCounts m_counts;

    QHash<QString, QSqlQuery> m_statements;
};

} // namespace saypro
