#pragma once
// intake: the value types of warehouse allocation: what an order needs, what the bins hold, what was decided.

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace saypro {

/// One order line to allocate.
struct AllocationLine
{
    qint64 lineId = 0; ///< the stored order line's id; picks refer to it
    QString sku;
    int quantity = 0; ///< lines with quantity <= 0 are ignored

    friend bool operator==(const AllocationLine&, const AllocationLine&) = default;
};

/// What one bin holds of one SKU (the SKU is the key of the stock map handed to the Allocator).
struct BinStock
{
    QString warehouse; ///< warehouse code, e.g. "JHB1"
    QString location;  ///< bin code, e.g. "JHB1-A-03-12-2-04"
    int available = 0; ///< units free to reserve; <= 0 is treated as none

    friend bool operator==(const BinStock&, const BinStock&) = default;
};

/// Units of one line to reserve from one bin.
struct AllocationPick
{
    qint64 lineId = 0;
    QString sku;
    QString warehouse;
    QString location;
    int quantity = 0;

    friend bool operator==(const AllocationPick&, const AllocationPick&) = default;
};

/// A SKU that all warehouses together cannot cover.
struct Shortfall
{
    QString sku;
    int needed = 0;    ///< the order's total demand for the SKU
    int available = 0; ///< the total available in every warehouse

    friend bool operator==(const Shortfall&, const Shortfall&) = default;
};

/// Where an order ships from, and why.
struct AllocationDecision
{
    enum class Outcome {
        Whole,     ///< one warehouse ships every line
        Split,     ///< several warehouses, the fewest that together cover every line
        Backorder, ///< some SKU is short even across all warehouses; nothing reserved
    };

    Outcome outcome = Outcome::Backorder;
    QStringList warehouses;      ///< shipments in order, nearest first; empty for backorder
    QList<AllocationPick> picks; ///< what to reserve, grouped by warehouse in the order of `warehouses`, then in
                                 ///< line order, then bin by bin; empty for backorder
    QList<Shortfall> shortfalls; ///< backorder only: every SKU that cannot be covered, in line order
    QString destinationKey;      ///< the distance-table row used, e.g. "ZA-KZN"; empty when no row matched
    QString message;             ///< translated, one or two sentences for a packer or supervisor
    QString detail;              ///< untranslated, precise, for the log

    /// "whole", "split", "backorder": the stored form of an outcome.
    static QString outcomeKey(Outcome outcome)
    {
        switch (outcome) {
        case Outcome::Whole:
            return QStringLiteral("whole");
        case Outcome::Split:
            return QStringLiteral("split");
        case Outcome::Backorder:
            break;
        }
        return QStringLiteral("backorder");
    }
    /// The outcome stored as `key`; std::nullopt for anything else.
    static std::optional<Outcome> outcomeFromKey(const QString& key)
    {
        for (const Outcome o : {Outcome::Whole, Outcome::Split, Outcome::Backorder})
            if (outcomeKey(o) == key)
                return o;
        return std::nullopt;
    }

    friend bool operator==(const AllocationDecision&, const AllocationDecision&) = default;
};

} // namespace saypro
