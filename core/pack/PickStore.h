#pragma once
// pack: picking in the station's cache: the orders waiting to be picked, the pick list built from their
// reservations, starting a pick (only under this station's claim, or with the claim queued offline), booking
// each unit taken (stock movement, line progress and scan_log row in one transaction), short picks (wait,
// split, backorder) and finishing (picking -> picked).

#include "common/Error.h"
#include "pack/PickTypes.h"
#include "storage/OrderSummary.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace saypro {

class Clock;
class Database;
class IntakeService;
class InventoryStore;
class OrderStore;

class PickStore final
{
    Q_DECLARE_TR_FUNCTIONS(PickStore)

public:
    /// `inventory` books the picks and releases reservations; `intake` places the backorder hold (and queues
    /// the customer's "pending" notice). All must outlive the store and use the same database.
    PickStore(Database& db, const Clock& clock, QString station, InventoryStore& inventory, IntakeService& intake);

    /// Orders to pick, most urgent first (ship-by, then confirmation): `ready` ones no other station holds and
    /// intake has seen at their current version, and `picking` ones of this station. At most `limit`.
    Result<QList<OrderSummary>> queue(int limit) const;

    /// The stops of one order or a batch (tote n = the order at position n-1 of `orderIds`): for every line,
    /// each bin with units reserved or already picked for it. Lines with nothing reserved and nothing picked
    /// are absent (the caller sees them as missing, see missingUnits()). Sorted by PickSession.
    Result<QList<PickStop>> stops(const QList<qint64>& orderIds) const;
    /// Units of the order's lines that neither are reserved, picked nor split off (a pick cannot finish
    /// while any are missing).
    Result<int> missingUnits(qint64 orderId) const;

    /// Whether the order must be claimed before start(): it is ready, nobody holds it, and no claim of it is
    /// queued. False for anything else (start() then says why it cannot start, or starts).
    Result<bool> claimNeeded(qint64 orderId) const;

    /// Queues a claim of the order in the outbox (a station working without a marketplace connection, or offline):
    /// it is sent when the station connects, and a refusal then becomes a supervisor task. Returns the outbox row.
    /// Refused (Conflict) when another station holds the order.
    Result<qint64> queueClaim(qint64 orderId, int leaseSeconds = 3600);

    /// Starts picking the order: ready -> picking (audited, the marketplace told). Refused unless this station
    /// holds the order's claim or has a claim of it queued in the outbox (InvalidTransition: claim it first),
    /// when another station holds it (Conflict), and when units of it have no bin reserved (Conflict: intake
    /// must allocate them first). Already picking here: nothing to do.
    Status start(qint64 orderId, const QString& actor);

    /// Writes the scan_log row of a pick scan (context "pick"); for a Picked outcome, in the same transaction,
    /// books the pick of `stop` (InventoryStore::pick) and raises the line's picked quantity. On error
    /// nothing is written. `stop` null when the scan concerned no stop (then order_id is NULL). A pick is
    /// refused (Conflict) when the order is no longer in picking or the line would be picked beyond its
    /// quantity less what was split off.
    Status record(const PickOutcome& outcome, const PickStop* stop, const QString& actor);

    /// The bin of `stop` holds fewer units than it still lists. Every resolution opens a count task for the
    /// bin. Wait: a replenishment task; the order stays in picking. Split: the stop's remaining units are
    /// split off the line (its reservation in that bin released, the marketplace told with a "short_pick"
    /// event); refused when nothing at all would ship. Backorder: units picked for the order go back to their
    /// bins, its reservations are released, the order goes on a backorder hold (picking -> on_hold) and the
    /// customer's "pending" notice is queued. One transaction each. The units missing are what is still
    /// reserved for the stop's line in its bin, read in the transaction (the stop's remaining units).
    /// ShortPickResult::taskId is the replenishment task for Wait, else the count task.
    Result<ShortPickResult> shortPick(const PickStop& stop, ShortPickResolution resolution, const QString& actor);

    /// Names products by GTIN-14 from the catalogue, for PickSession::setProductNameLookup().
    std::function<QString(const QString& gtin14)> productNameLookup() const;

    /// picking -> picked when every line is picked in full (less what was split off); any reservation left
    /// is released. Returns whether it moved (false, and nothing written, for an order not in picking).
    Result<bool> finishIfComplete(qint64 orderId, const QString& actor);

private:
    Database& m_db;
    const Clock& m_clock;
    QString m_station;
    InventoryStore& m_inventory;
    IntakeService& m_intake;
};

} // namespace saypro
