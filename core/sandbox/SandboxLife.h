#pragma once
// sandbox: owns the training marketplace's life over simulated time, every decision following from the seed.

#include "common/Error.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxStore.h"

#include <QStringList>

#include <limits>

namespace saypro {

class SandboxClock;
struct Order;

/// The catalogue, the initial orders and stock (some SKUs out of stock everywhere), new orders arriving, payments
/// captured late, orders the marketplace cancels before shipping, claims expiring, carrier tracking after a shipment
/// (in transit -> out for delivery -> delivered), return requests and ratings for delivered orders, restocks.
class SandboxLife final
{
public:
    SandboxLife(SandboxStore& store, SandboxClock& clock, const SandboxOptions& options);

    /// Creates the catalogue, the stock and the initial orders when the store is new; resumes an existing
    /// store (filling in the catalogue feed when the file predates it).
    Status populate();
    /// Carries out everything due up to now (arrivals and scheduled events, oldest first), in one transaction.
    Status catchUp();
    /// Moves simulated time to each scheduled event in turn until none is left (no orders arrive
    /// meanwhile); returns how many events ran.
    Result<int> drain();

    // Control actions, each in its own transaction.
    /// Cancels an order as the marketplace does; a Conflict once a parcel has shipped.
    Status cancelOrder(const QString& orderId);
    /// Captures a pending or failed payment.
    Status capturePayment(const QString& orderId);
    /// New orders arriving now.
    Result<QStringList> createOrders(int count);

    // Helpers for the API, inside the caller's transaction.
    /// A change to an order: version + 1 and a new stamp in the orders feed.
    Status bump(SandboxStore::OrderRow& order, qint64 atMs);
    /// Schedules the carrier's events for a parcel just handed over.
    Status startTracking(qint64 shipmentId, const SandboxStore::OrderRow& order, qint64 atMs);
    /// Schedules the end of a claim; an expiry superseded by a renewal does nothing.
    Status scheduleClaimExpiry(const QString& orderId, qint64 expiresMs);
    /// A bin right after a change.
    struct StockChange
    {
        QString inventoryId;
        qint64 version = 0;
        qint64 onHand = 0;
    };
    /// Changes the stock of a bin (creating it), with a new stamp in the inventory feed.
    Result<StockChange> adjustStock(const QString& sku, const QString& location, qint64 delta, qint64 atMs);
    /// The SKUs out of stock in every warehouse at creation under these options (deterministic from the seed).
    QStringList outOfStockSkus() const;
    /// The next id for `table`: prefix and the row number to come, zero-padded.
    Result<QString> nextId(const QString& table, const QString& prefix, int width = 6);

private:
    /// What an initial order is made to have whatever the draws say (so training always has both).
    struct Twist
    {
        bool outOfStock = false; ///< a line of an out-of-stock SKU
        bool pendingPayment = false;
    };
    Result<SandboxStore::OrderRow> makeOrder(qint64 index, qint64 total, qint64 confirmedMs, qint64 generatorNowMs,
                                             bool initial, Twist twist);
    /// Replaces one line of an initial order by an out-of-stock SKU (totals recomputed) unless it has one.
    void addOutOfStockLine(Order& order, qint64 index) const;
    /// Writes the catalogue feed (version 1 of every DemoGenerator product) when it is empty.
    Status seedCatalogue(qint64 atMs);
    Status scheduleOrderLife(const SandboxStore::OrderRow& order, qint64 fromMs, bool initial);
    Status arrive(qint64 atMs, QStringList* ids = nullptr);
    Status process(const SandboxStore::Scheduled& item);
    Status cancel(const QString& orderId, qint64 atMs, bool strict);
    Status capture(const QString& orderId, qint64 atMs);
    Status expireClaim(const QString& orderId, qint64 expiresMs, qint64 atMs);
    Status trackingStep(qint64 shipmentId, const QString& status, qint64 atMs);
    Status followTracking(const QString& orderId, qint64 atMs);
    Status requestReturn(const QString& orderId, qint64 atMs);
    Status resolveReturn(const QString& returnId, const QString& status, qint64 atMs);
    Status leaveFeedback(const QString& orderId, qint64 atMs);
    Status restock(const QString& inventoryId, qint64 atMs);
    Result<qint64> metaInt(const QString& key, qint64 fallback);
    Result<qint64> lastRow(const QString& table);
    qint64 arrivalIntervalMs() const;

    SandboxStore& m_store;
    SandboxClock& m_clock;
    const SandboxOptions& m_options;
    qint64 m_nextArrivalMs = -1;    ///< when the next order arrives; -1 until read from the store
    bool m_arrivalsChanged = false; ///< m_nextArrivalMs differs from the store's
    qint64 m_lastPurgeMs = std::numeric_limits<qint64>::min() / 2;
    QStringList m_outOfStock; ///< while populating: the SKUs out of stock at creation
};

} // namespace saypro
