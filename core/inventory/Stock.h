#pragma once
// inventory: value types for stock per SKU and bin, reservations, movements and the low-stock list.

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <optional>

namespace saypro {

/// Why stock moved. The keys are the marketplace's (POST /v1/inventory/adjustments "reason").
enum class StockReason {
    Pick,       ///< taken from the bin for an order
    Restock,    ///< put into the bin (delivery, move back)
    CycleCount, ///< a counted bin differed from the book
    Damage,     ///< found damaged and taken out
    Found,      ///< units turned up
    Return,     ///< a customer return put back
    Correction, ///< a booking error put right
};

struct StockReasons
{
    static QString key(StockReason reason);
    static std::optional<StockReason> fromKey(const QString& key);
    /// Translated, for people ("Cycle count").
    static QString displayName(StockReason reason);
    /// Every reason, in the order above.
    static QList<StockReason> all();
    /// Reasons a person may choose for a manual adjustment (not Pick, which only picking makes).
    static QList<StockReason> adjustmentReasons();
};

/// One SKU in one bin.
struct StockLevel
{
    QString sku;
    QString location;     ///< bin code, e.g. JHB1-A-03-12-2-04
    int onHand = 0;       ///< what the station believes is in the bin now
    int reserved = 0;     ///< held for verified orders
    int marketOnHand = 0; ///< what the marketplace last reported
    qint64 version = 0;   ///< the marketplace's version of that report
    QDateTime updatedAt;

    /// on hand − reserved, never below zero.
    int available() const { return std::max(0, onHand - reserved); }
    QString warehouse() const { return location.section(QLatin1Char('-'), 0, 0); }
};

/// Units held for one order line in one bin.
struct Reservation
{
    qint64 id = 0;
    qint64 orderId = 0;
    QString orderNumber;
    qint64 orderLineId = 0;
    QString sku;
    QString location;
    int quantity = 0;
    QDateTime createdAt;
};

/// One local change of stock (append-only history).
struct StockMovement
{
    qint64 id = 0;
    QDateTime at;
    QString sku;
    QString location;
    int delta = 0;
    StockReason reason = StockReason::Correction;
    qint64 orderId = 0; ///< 0 when not for an order
    QString orderNumber;
    QString actor;
    QString station;
    QString note;
    int onHandAfter = 0;
    bool sent = false; ///< the marketplace has acknowledged it
};

/// A SKU whose available stock (all bins, all warehouses) is at or below its reorder point.
struct LowStockItem
{
    QString sku;
    QString name;
    int onHand = 0;
    int reserved = 0;
    int available = 0;
    int reorderPoint = 0;
};

/// One counted SKU in a cycle count of a bin.
struct CountedItem
{
    QString sku;
    int counted = 0;
};

/// What confirming a cycle count would change in one bin.
struct CountDifference
{
    QString sku;
    int book = 0;    ///< on hand in the station's book
    int counted = 0; ///< what the person counted
    int delta() const { return counted - book; }
};

/// One line of the reconciliation report: a SKU's movements over a period against what was shipped and
/// returned in that period.
struct ReconciliationLine
{
    QString sku;
    int picked = 0;            ///< units taken out by picks (positive number)
    int shipped = 0;           ///< units on orders shipped in the period
    int returned = 0;          ///< units on returns received in the period
    int restocked = 0;         ///< units put back by return movements
    int adjusted = 0;          ///< net of cycle counts, damage, found and corrections
    QStringList discrepancies; ///< translated, one per mismatch; empty when the SKU balances
};

} // namespace saypro
