#pragma once
// intake: choosing the warehouse(s) an order ships from: whole from the nearest able one, else the fewest split.

#include "domain/Address.h"
#include "intake/Allocation.h"
#include "intake/DistanceTable.h"

#include <QHash>
#include <QList>
#include <QString>

namespace saypro {

/// Decides where a verified order ships from. Pure: the caller hands in the ship-to address, the lines and
/// the available stock per bin; nothing here reads a database, a clock or the network, and the same input
/// always gives the same decision.
///
/// - Whole: the nearest warehouse (by DistanceTable::lookup) whose stock covers every line.
/// - Split: when no warehouse can, the fewest warehouses that together cover every SKU; among sets of that
///   size the smallest total distance, then the set whose members come first in nearest-first order. Each
///   line goes to the nearest chosen warehouse that can ship all of it (larger lines of a SKU are placed
///   first); a line is split across warehouses only when no chosen warehouse can ship it alone.
/// - Backorder: some SKU is short even with every warehouse together; every such SKU is listed, nothing is
///   reserved.
///
/// Inside a warehouse units come from the bin with the most left first (fewest bins to visit), equal bins by
/// location code. Lines with the same SKU share the stock; their demand is summed. Lines with quantity <= 0
/// are ignored; an order with nothing left to ship is "whole" from the nearest warehouse with no picks.
/// Warehouses that hold stock but are not in the distance table rank after every listed one.
class Allocator final
{
public:
    /// Above this many warehouses holding stock for an order, the split search is greedy (largest cover
    /// first) instead of exhaustive.
    static constexpr int MaxExactSearchWarehouses = 16;

    explicit Allocator(DistanceTable table = DistanceTable::builtIn());

    const DistanceTable& distanceTable() const { return m_table; }

    /// The decision for shipping `lines` to `shipTo`, given `stock`: SKU -> bins holding it (bins of any
    /// warehouse; entries for SKUs the order does not need are ignored; the same bin listed twice is summed).
    AllocationDecision allocate(const Address& shipTo, const QList<AllocationLine>& lines,
                                const QHash<QString, QList<BinStock>>& stock) const;

private:
    DistanceTable m_table;
};

} // namespace saypro
