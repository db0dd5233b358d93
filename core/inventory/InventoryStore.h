#pragma once
// inventory: stock per SKU and bin in the station's cache — reading it, and changing it by
// reservations, picks, restocks and adjustments. Every change of on-hand stock is a movement row, an
// audit row and an outbox event (POST /v1/inventory/adjustments) committed together; reservations are
// local to the station.
//
// The stock a station shows is the marketplace's last figure plus this station's movements the
// marketplace has not yet counted: a movement counts as seen once its event was delivered and the
// marketplace's answer names an inventory version at or below the figure's version.

#include "common/Error.h"
#include "inventory/Stock.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariantList>

#include <optional>
#include <utility>

namespace saypro {

class Clock;
class Database;

class InventoryStore final
{
public:
    InventoryStore(Database& db, const Clock& clock, QString station);

    // ---- Reading -------------------------------------------------------------------------------------

    /// Every bin holding (or having held) `sku`, in walk order of the bin codes.
    Result<QList<StockLevel>> stockForSku(const QString& sku) const;
    /// Every SKU in the bin `location`.
    Result<QList<StockLevel>> stockAtLocation(const QString& location) const;
    /// Stock rows matching `text`: an exact GTIN (its SKU), a SKU or bin code prefix (case-insensitive),
    /// at most `limit` rows, ordered by SKU then bin. Empty text lists everything (up to `limit`).
    /// A GTIN matches in any of its 8/12/13/14-digit spellings. The prefix is compared upper-cased, as SKUs
    /// and bin codes are stored; `limit` < 1 is InvalidArgument (as for movements() and lowStock()).
    Result<QList<StockLevel>> search(const QString& text, int limit) const;
    /// One SKU in one bin; NotFound when the station has no row for it.
    Result<StockLevel> level(const QString& sku, const QString& location) const;
    /// Bins with available stock of each SKU in `skus` (for allocation), each bin once.
    Result<QHash<QString, QList<StockLevel>>> availableFor(const QStringList& skus) const;

    Result<QList<Reservation>> reservationsForOrder(qint64 orderId) const;
    Result<QList<Reservation>> reservationsForSku(const QString& sku) const;
    /// Movements of `sku` (in `location` when not empty), newest first, older than `beforeId` when given.
    Result<QList<StockMovement>> movements(const QString& sku, const QString& location, std::optional<qint64> beforeId,
                                           int limit) const;
    /// SKUs whose available stock over every bin is at or below their reorder point, lowest first.
    /// Only SKUs in the catalogue (products) are listed: the reorder point lives there. Available is the sum
    /// of each bin's available(), so a bin reserved beyond its stock does not hide another bin's shortage.
    Result<QList<LowStockItem>> lowStock(int limit) const;
    /// The reorder point of a SKU in the catalogue; NotFound when the catalogue does not know the SKU.
    Result<int> reorderPoint(const QString& sku) const;

    // ---- Changing ------------------------------------------------------------------------------------
    // Each runs in its own transaction, or inside the caller's when one is open (Transaction::beginOrJoin);
    // on any error nothing of it is kept. Bad input (unknown SKU, malformed or unknown bin code, zero or
    // impossible quantities, a count that would make on hand negative) is an InvalidArgument or NotFound
    // error with a translated message, and changes nothing.
    // Input is checked before anything is written, so a refusal inside a caller's transaction leaves that
    // transaction as it was. Bin codes are stored in their printed form (Location::parse()->code()); a SKU
    // given to restock/adjust/count is looked up as typed, then upper-cased. An order line of another
    // order is InvalidArgument, an unknown order NotFound. Every movement is one stock_movements row, one
    // audit row (entity "stock", id "SKU@BIN", action "stock_moved") and one outbox event ("stock_adjustment",
    // POST /v1/inventory/adjustments; outbox.order_id NULL unless the movement is for an order).

    /// Holds `quantity` units of `sku` in `location` for an order line. Refused (Conflict) when fewer are
    /// available. Not pushed to the marketplace.
    Result<Reservation> reserve(qint64 orderId, qint64 orderLineId, const QString& location, int quantity);
    /// Gives back every reservation of the order (cancelled, held). Returns the units released.
    Result<int> releaseOrder(qint64 orderId, const QString& actor, const QString& why);
    /// Gives back what is still reserved for one line (shorted at pick). Returns the units released.
    Result<int> releaseLine(qint64 orderId, qint64 orderLineId, const QString& actor, const QString& why);
    /// Gives back what is still reserved for one line in one bin (that bin came up short at pick; the line's
    /// reservations in other bins stay). Returns the units released (0 when nothing was held there).
    Result<int> releaseLineAt(qint64 orderId, qint64 orderLineId, const QString& location, const QString& actor,
                              const QString& why);

    /// Takes `quantity` units of the line's SKU out of `location` for the order: consumes the line's
    /// reservation there first, then free stock; refused when the bin does not have them.
    Result<StockMovement> pick(qint64 orderId, qint64 orderLineId, const QString& location, int quantity,
                               const QString& actor);
    /// Puts units into a bin (reason Restock or Return; `orderId` 0 when not for an order).
    Result<StockMovement> restock(const QString& sku, const QString& location, int quantity, StockReason reason,
                                  const QString& actor, const QString& note = {}, qint64 orderId = 0);
    /// A manual adjustment by `delta` (not 0) with a reason from StockReasons::adjustmentReasons().
    /// The SKU must be in the catalogue or the stock table; the bin code must parse and its warehouse be known.
    /// When on hand drops below what is reserved, the newest reservations of orders not yet being picked
    /// are released and those orders marked due for intake (see rebalance()).
    Result<StockMovement> adjust(const QString& sku, const QString& location, int delta, StockReason reason,
                                 const QString& actor, const QString& note = {});

    /// For one bin, the differences between the book and a count (every SKU in the book or the count;
    /// SKUs counted that the bin never held are included with book 0). Unknown SKUs and negative counts
    /// are errors. A count covers the whole bin: a SKU the book has there but the count does not name is
    /// counted 0; a SKU named twice is added up. Ordered by SKU; differences of 0 are included.
    Result<QList<CountDifference>> compareCount(const QString& location, const QList<CountedItem>& counted) const;
    /// Books the differences of a count as CycleCount adjustments, all or nothing. With `reviewed` (the
    /// differences the person saw), refused (Conflict, nothing booked) when the book has changed since:
    /// a pick or a marketplace figure landed between review and confirmation. Returns the movements.
    /// A bin counted below what is reserved is rebalanced as after adjust().
    Result<QList<StockMovement>> confirmCount(const QString& location, const QList<CountedItem>& counted,
                                              const QString& actor,
                                              const std::optional<QList<CountDifference>>& reviewed = std::nullopt);

    /// Releases reservations wherever on hand has fallen below reserved (after a marketplace figure or an
    /// adjustment): newest reservations of orders in status verified or ready first. The orders affected
    /// are marked due for intake (orders.verified_version = NULL) so the intake pass re-allocates or holds
    /// them. Returns the ids of those orders.
    ///
    /// Only as much is released as the bin is short (the last reservation released may shrink rather than
    /// go). Reservations of orders already being picked (or further) are never released, so a bin whose
    /// shortfall is only held by such orders keeps on_hand < reserved until those picks settle it. Each
    /// affected order gets one audit row (entity "order", action "reservation_released", actor "inventory",
    /// or the adjusting person when an adjustment caused it).
    Result<QList<qint64>> rebalance();

    /// Sets the reorder point of a SKU in the catalogue (>= 0), with an audit row naming `actor`.
    Status setReorderPoint(const QString& sku, int reorderPoint, const QString& actor = QString());

    /// Movements against shipped and returned quantities per SKU over [from, to), every SKU with activity;
    /// `discrepancies` filled where they disagree.
    ///
    /// The rules, per SKU:
    /// - picked = units taken by pick movements made in the period; shipped = units on the lines of orders
    ///   whose shipped_at is in the period. A discrepancy is reported when, over the orders shipped in the
    ///   period that have at least one pick movement at this station, the units picked for them (whenever
    ///   those picks were made, joined by order id) differ from their shipped quantities. So picks of orders
    ///   not shipped by the end of the period (still picking, packed, cancelled) are never a discrepancy,
    ///   and neither are orders picked at another station or before stock was tracked (no pick here); an
    ///   order picked here that ships a SKU it never picked is one.
    /// - restocked = units put back by return movements in the period; returned = quantity_received of
    ///   return lines whose return was received in the period. A discrepancy when restocked > returned.
    /// - adjusted = net of cycle count, damage, found and correction movements in the period (no rule).
    /// An activity is any movement in the period, a shipped line or a received return line.
    Result<QList<ReconciliationLine>> reconcile(const QDateTime& from, const QDateTime& to) const;

    /// The actor written in the audit log for rebalance() when no person caused it.
    static QString rebalanceActor() { return QStringLiteral("inventory"); }

private:
    /// What the marketplace needs to hear about one order a movement is for.
    struct OrderRef
    {
        qint64 id = 0;
        QString number;
        QString marketplaceId;
    };

    /// Books one movement of on hand (and, for picks, the reserved units consumed) inside the open
    /// transaction: stock row (inserted when new), outbox event, movement row and audit row.
    Result<StockMovement> book(const QString& sku, const QString& location, int delta, StockReason reason,
                               const OrderRef& order, const QString& actor, const QString& note, int reservedDelta);
    /// rebalance() for every row (empty sku) or one row, inside the open transaction.
    Result<QList<qint64>> rebalanceRows(const QString& sku, const QString& location, const QString& actor);
    /// releaseOrder() / releaseLine() / releaseLineAt() (lineId 0: every line; `bin` empty: every bin).
    Result<int> release(qint64 orderId, qint64 lineId, const QString& actor, const QString& why,
                        const QString& bin = QString());
    /// One audit row about the reservations of an order changing from `before` to `after`.
    Status auditReservations(const OrderRef& order, const QList<Reservation>& before, const QList<Reservation>& after,
                             const QString& actor, const QString& why, qint64 lineId);
    /// The order and the SKU of one of its lines; NotFound for an unknown order, InvalidArgument for a line
    /// of another order.
    Result<std::pair<OrderRef, QString>> orderLine(qint64 orderId, qint64 orderLineId, const char* operation) const;
    Result<OrderRef> orderRef(qint64 orderId, const char* operation) const;
    /// The SKU as stored (catalogue or stock), or NotFound.
    Result<QString> knownSku(const QString& sku, const char* operation) const;
    /// The bin code in its printed form when it parses and its warehouse is known.
    Result<QString> knownBin(const QString& location, const char* operation) const;
    Result<std::optional<StockLevel>> readLevel(const QString& sku, const QString& location) const;
    Result<QList<StockLevel>> readLevels(const QString& where, const QVariantList& values, const QString& what) const;
    Result<QList<Reservation>> readReservations(const QString& where, const QVariantList& values,
                                                const QString& what) const;
    /// compareCount() after its input was checked: `location` canonical, `counted` summed per SKU.
    Result<QList<CountDifference>> differences(const QString& location, const QMap<QString, int>& counted) const;
    Result<QMap<QString, int>> checkCount(const QString& location, const QList<CountedItem>& counted) const;

    Database& m_db;
    const Clock& m_clock;
    QString m_station;
};

} // namespace saypro
