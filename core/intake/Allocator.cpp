#include "Allocator.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <numeric>

namespace saypro {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("Allocator", text, nullptr, n);
}

/// "30 km" for people.
QString kmText(int km)
{
    if (km == DistanceTable::Unlisted)
        return tr("distance not in the table");
    return tr("%1 km").arg(km);
}

/// "30 km" / "unlisted" for the log.
QString kmDetail(int km)
{
    return km == DistanceTable::Unlisted ? QStringLiteral("unlisted") : QStringLiteral("%1 km").arg(km);
}

QString totalKmDetail(qint64 km)
{
    return QStringLiteral("%1 km").arg(km);
}

/// "A", "A and B", "A, B and C".
QString joinForPeople(const QStringList& items)
{
    if (items.size() <= 1)
        return items.value(0);
    return tr("%1 and %2").arg(items.mid(0, items.size() - 1).join(QStringLiteral(", ")), items.last());
}

struct Bin
{
    QString location;
    int left = 0;
};

/// One piece of a line's allocation: units from one bin.
struct Piece
{
    qsizetype line = 0; ///< index into the order's lines
    QString warehouse;
    QString location;
    int quantity = 0;
};

/// The order's demand and the stock that can serve it, indexed for the search.
struct Problem
{
    QList<AllocationLine> lines;                     ///< quantity > 0 only, in order
    QStringList skus;                                ///< in first-appearance order
    QHash<QString, int> demand;                      ///< SKU -> units
    QHash<QString, QHash<QString, QList<Bin>>> bins; ///< warehouse -> SKU -> bins (available > 0)
    QHash<QString, QHash<QString, int>> held;        ///< warehouse -> SKU -> units available
    QList<DistanceTable::WarehouseDistance> ranked;  ///< every warehouse, nearest first
    QString key;                                     ///< distance-table row used

    int heldBy(const QString& warehouse, const QString& sku) const { return held.value(warehouse).value(sku); }

    /// SKUs `warehouse` cannot cover alone, in line order.
    QStringList shortSkus(const QString& warehouse) const
    {
        QStringList out;
        for (const QString& sku : skus)
            if (heldBy(warehouse, sku) < demand.value(sku))
                out << sku;
        return out;
    }

    /// "SP-MUG-BLU 1/3, SP-CUP 0/2" (held/needed) for the SKUs `warehouse` is short of.
    QString shortDetail(const QString& warehouse) const
    {
        QStringList parts;
        for (const QString& sku : shortSkus(warehouse))
            parts << QStringLiteral("%1 %2/%3")
                         .arg(sku, QString::number(heldBy(warehouse, sku)), QString::number(demand.value(sku)));
        return parts.join(QStringLiteral(", "));
    }

    int total(const QString& sku) const
    {
        int sum = 0;
        for (auto it = held.begin(); it != held.end(); ++it)
            sum += it.value().value(sku);
        return sum;
    }
};

Problem buildProblem(const DistanceTable& table, const Address& shipTo, const QList<AllocationLine>& lines,
                     const QHash<QString, QList<BinStock>>& stock)
{
    Problem p;
    for (const AllocationLine& line : lines) {
        if (line.quantity <= 0)
            continue;
        p.lines << line;
        if (!p.demand.contains(line.sku))
            p.skus << line.sku;
        p.demand[line.sku] += line.quantity;
    }

    QStringList stockWarehouses;
    for (const QString& sku : std::as_const(p.skus)) {
        // warehouse -> location -> units: sums a bin listed twice and orders bins by code.
        QMap<QString, QMap<QString, int>> perWarehouse;
        for (const BinStock& b : stock.value(sku))
            if (!b.warehouse.isEmpty() && b.available > 0)
                perWarehouse[b.warehouse][b.location] += b.available;
        for (auto w = perWarehouse.cbegin(); w != perWarehouse.cend(); ++w) {
            QList<Bin>& bins = p.bins[w.key()][sku];
            int sum = 0;
            for (auto l = w.value().cbegin(); l != w.value().cend(); ++l) {
                bins << Bin{l.key(), l.value()};
                sum += l.value();
            }
            p.held[w.key()][sku] = sum;
            if (!stockWarehouses.contains(w.key()))
                stockWarehouses << w.key();
        }
    }
    std::sort(stockWarehouses.begin(), stockWarehouses.end());

    const DistanceTable::Lookup lookup = table.lookup(shipTo, stockWarehouses);
    p.ranked = lookup.warehouses;
    p.key = lookup.key;
    return p;
}

/// Takes `quantity` units of `sku` from `warehouse`'s bins, the bin with the most left first (equal: by code).
QList<Piece> takeFromBins(Problem& p, qsizetype line, const QString& warehouse, const QString& sku, int quantity)
{
    QList<Piece> pieces;
    QList<Bin>& bins = p.bins[warehouse][sku];
    while (quantity > 0) {
        auto best = bins.end();
        for (auto it = bins.begin(); it != bins.end(); ++it)
            if (it->left > 0 && (best == bins.end() || it->left > best->left ||
                                 (it->left == best->left && it->location < best->location)))
                best = it;
        if (best == bins.end())
            break; // cannot happen: callers only take what `held` says is there
        const int n = std::min(quantity, best->left);
        best->left -= n;
        quantity -= n;
        p.held[warehouse][sku] -= n;
        pieces << Piece{line, warehouse, best->location, n};
    }
    return pieces;
}

/// Assigns every line to `chosen` (nearest first), which together must cover every SKU. Consumes `p`'s stock.
/// Returns the pieces and how many lines had to be split across warehouses.
QList<Piece> assignLines(Problem& p, const QStringList& chosen, int* splitLines)
{
    QList<Piece> pieces;
    *splitLines = 0;
    for (const QString& sku : std::as_const(p.skus)) {
        // Larger lines first, so that smaller ones fill what is left without being split; equal: line order.
        QList<qsizetype> order;
        for (qsizetype i = 0; i < p.lines.size(); ++i)
            if (p.lines.at(i).sku == sku)
                order << i;
        std::stable_sort(order.begin(), order.end(),
                         [&p](qsizetype a, qsizetype b) { return p.lines.at(a).quantity > p.lines.at(b).quantity; });
        for (const qsizetype i : std::as_const(order)) {
            const int quantity = p.lines.at(i).quantity;
            const auto whole = std::find_if(chosen.cbegin(), chosen.cend(),
                                            [&](const QString& w) { return p.heldBy(w, sku) >= quantity; });
            if (whole != chosen.cend()) {
                pieces << takeFromBins(p, i, *whole, sku, quantity);
                continue;
            }
            ++*splitLines;
            int remaining = quantity;
            for (const QString& w : chosen) {
                const int n = std::min(remaining, p.heldBy(w, sku));
                if (n <= 0)
                    continue;
                pieces << takeFromBins(p, i, w, sku, n);
                remaining -= n;
                if (remaining == 0)
                    break;
            }
        }
    }
    return pieces;
}

/// Picks grouped by warehouse in the order of `warehouses`, then line order, then the order bins were taken.
QList<AllocationPick> toPicks(const Problem& p, const QStringList& warehouses, const QList<Piece>& pieces)
{
    QList<AllocationPick> picks;
    for (const QString& w : warehouses)
        for (qsizetype line = 0; line < p.lines.size(); ++line)
            for (const Piece& piece : pieces)
                if (piece.warehouse == w && piece.line == line)
                    picks << AllocationPick{p.lines.at(line).lineId, p.lines.at(line).sku, w, piece.location,
                                            piece.quantity};
    return picks;
}

/// The fewest of `candidates` (indices into p.ranked, nearest first) that together cover every SKU: exhaustive
/// by size, then total distance, then nearest-first order; greedy above Allocator::MaxExactSearchWarehouses.
QList<qsizetype> fewestCovering(const Problem& p, const QList<qsizetype>& candidates)
{
    const qsizetype n = candidates.size();
    const qsizetype skuCount = p.skus.size();
    // held[i * skuCount + s]: units of SKU s at candidate i.
    QList<qint64> held(n * skuCount);
    QList<qint64> need(skuCount);
    QList<qint64> km(n);
    for (qsizetype s = 0; s < skuCount; ++s)
        need[s] = p.demand.value(p.skus.at(s));
    for (qsizetype i = 0; i < n; ++i) {
        const DistanceTable::WarehouseDistance& w = p.ranked.at(candidates.at(i));
        km[i] = w.km;
        for (qsizetype s = 0; s < skuCount; ++s)
            held[i * skuCount + s] = p.heldBy(w.warehouse, p.skus.at(s));
    }

    if (n > Allocator::MaxExactSearchWarehouses) {
        // Greedy set cover: the candidate covering the most outstanding units, equal: the nearer.
        QList<qsizetype> chosen;
        QList<bool> used(n, false);
        QList<qint64> outstanding = need;
        while (std::any_of(outstanding.cbegin(), outstanding.cend(), [](qint64 v) { return v > 0; })) {
            qsizetype best = -1;
            qint64 bestCover = 0;
            for (qsizetype i = 0; i < n; ++i) {
                if (used[i])
                    continue;
                qint64 cover = 0;
                for (qsizetype s = 0; s < skuCount; ++s)
                    cover += std::min(outstanding[s], held[i * skuCount + s]);
                if (cover > bestCover) {
                    best = i;
                    bestCover = cover;
                }
            }
            if (best < 0)
                return {}; // cannot happen: the caller checked that all together cover
            used[best] = true;
            chosen << best;
            for (qsizetype s = 0; s < skuCount; ++s)
                outstanding[s] -= std::min(outstanding[s], held[best * skuCount + s]);
        }
        std::sort(chosen.begin(), chosen.end());
        QList<qsizetype> out;
        for (const qsizetype i : std::as_const(chosen))
            out << candidates.at(i);
        return out;
    }

    for (qsizetype k = 1; k <= n; ++k) {
        // Combinations of k indices in lexicographic order; the first best one wins ties.
        QList<qsizetype> idx(k);
        std::iota(idx.begin(), idx.end(), qsizetype(0));
        QList<qsizetype> best;
        qint64 bestKm = 0;
        while (true) {
            bool covers = true;
            for (qsizetype s = 0; s < skuCount && covers; ++s) {
                qint64 sum = 0;
                for (const qsizetype i : idx)
                    sum += held[i * skuCount + s];
                covers = sum >= need[s];
            }
            if (covers) {
                qint64 total = 0;
                for (const qsizetype i : idx)
                    total += km[i];
                if (best.isEmpty() || total < bestKm) {
                    best = idx;
                    bestKm = total;
                }
            }
            // Next combination.
            qsizetype pos = k - 1;
            while (pos >= 0 && idx[pos] == n - k + pos)
                --pos;
            if (pos < 0)
                break;
            ++idx[pos];
            for (qsizetype j = pos + 1; j < k; ++j)
                idx[j] = idx[j - 1] + 1;
        }
        if (!best.isEmpty()) {
            QList<qsizetype> out;
            for (const qsizetype i : best)
                out << candidates.at(i);
            return out;
        }
    }
    return {};
}

QString rankedDetail(const Problem& p, const QStringList& warehouses, qint64* totalKm)
{
    QStringList parts;
    *totalKm = 0;
    for (const QString& w : warehouses) {
        const int km =
            std::find_if(p.ranked.cbegin(), p.ranked.cend(), [&w](const auto& r) { return r.warehouse == w; })->km;
        *totalKm += km;
        parts << QStringLiteral("%1 (%2)").arg(w, kmDetail(km));
    }
    return parts.join(QStringLiteral(", "));
}

QString rowDetail(const Problem& p)
{
    return p.key.isEmpty() ? QStringLiteral("no distance row matched") : QStringLiteral("row %1").arg(p.key);
}

} // namespace

Allocator::Allocator(DistanceTable table) : m_table(std::move(table)) {}

AllocationDecision Allocator::allocate(const Address& shipTo, const QList<AllocationLine>& lines,
                                       const QHash<QString, QList<BinStock>>& stock) const
{
    Problem p = buildProblem(m_table, shipTo, lines, stock);
    AllocationDecision d;
    d.destinationKey = p.key;

    if (p.lines.isEmpty()) {
        d.outcome = AllocationDecision::Outcome::Whole;
        if (!p.ranked.isEmpty())
            d.warehouses << p.ranked.first().warehouse;
        d.message = tr("Nothing to allocate: the order has no units to ship.");
        d.detail = QStringLiteral("whole: no lines with a quantity above 0; %1").arg(rowDetail(p));
        return d;
    }

    // Backorder: some SKU is short even with every warehouse together.
    QStringList shortParts;
    QStringList shortDetails;
    for (const QString& sku : std::as_const(p.skus)) {
        const int total = p.total(sku);
        const int needed = p.demand.value(sku);
        if (total >= needed)
            continue;
        d.shortfalls << Shortfall{sku, needed, total};
        shortParts << tr("%1 needs %2, %3 available").arg(sku, QString::number(needed), QString::number(total));
        QStringList where;
        for (const DistanceTable::WarehouseDistance& w : std::as_const(p.ranked))
            if (p.heldBy(w.warehouse, sku) > 0)
                where << QStringLiteral("%1 %2").arg(w.warehouse, QString::number(p.heldBy(w.warehouse, sku)));
        shortDetails << QStringLiteral("%1 %2/%3 (%4)")
                            .arg(sku, QString::number(total), QString::number(needed),
                                 where.isEmpty() ? QStringLiteral("none anywhere") : where.join(QStringLiteral(", ")));
    }
    if (!d.shortfalls.isEmpty()) {
        d.outcome = AllocationDecision::Outcome::Backorder;
        d.message = tr("Waiting for stock: %1.").arg(shortParts.join(QStringLiteral("; ")));
        d.detail = QStringLiteral("backorder: %1; short (available/needed): %2")
                       .arg(rowDetail(p), shortDetails.join(QStringLiteral("; ")));
        return d;
    }

    // Whole: the nearest warehouse that covers every SKU.
    for (qsizetype i = 0; i < p.ranked.size(); ++i) {
        const DistanceTable::WarehouseDistance w = p.ranked.at(i);
        if (!p.shortSkus(w.warehouse).isEmpty())
            continue;
        QStringList nearerShort;
        for (qsizetype j = 0; j < i; ++j)
            nearerShort << QStringLiteral("%1 (%2) %3")
                               .arg(p.ranked.at(j).warehouse, kmDetail(p.ranked.at(j).km),
                                    p.shortDetail(p.ranked.at(j).warehouse));
        const DistanceTable::WarehouseDistance nearest = p.ranked.first();
        const QStringList nearestShort = p.shortSkus(nearest.warehouse);

        int splitLines = 0;
        const QList<Piece> pieces = assignLines(p, {w.warehouse}, &splitLines);
        d.outcome = AllocationDecision::Outcome::Whole;
        d.warehouses = QStringList{w.warehouse};
        d.picks = toPicks(p, d.warehouses, pieces);
        if (i == 0)
            d.message = tr("Whole order from %1, the nearest warehouse (%2).").arg(w.warehouse, kmText(w.km));
        else
            d.message =
                tr("%1 (%2) is short of %3; whole order from %4 (%5).")
                    .arg(nearest.warehouse, kmText(nearest.km), joinForPeople(nearestShort), w.warehouse, kmText(w.km));
        d.detail = QStringLiteral("whole: %1 (%2), rank %3; %4; %5 SKU(s), %6 pick(s)")
                       .arg(w.warehouse, kmDetail(w.km), QString::number(i + 1), rowDetail(p),
                            QString::number(p.skus.size()), QString::number(d.picks.size()));
        if (!nearerShort.isEmpty())
            d.detail +=
                QStringLiteral("; nearer warehouses short (held/needed): ") + nearerShort.join(QStringLiteral("; "));
        return d;
    }

    // Split: the fewest warehouses that together cover every SKU.
    QList<qsizetype> candidates;
    for (qsizetype i = 0; i < p.ranked.size(); ++i)
        if (p.held.contains(p.ranked.at(i).warehouse))
            candidates << i;
    const QList<qsizetype> chosenIndices = fewestCovering(p, candidates);
    QStringList chosen;
    for (const qsizetype i : chosenIndices)
        chosen << p.ranked.at(i).warehouse;

    int splitLines = 0;
    const QList<Piece> pieces = assignLines(p, chosen, &splitLines);
    for (const QString& w : std::as_const(chosen))
        if (std::any_of(pieces.cbegin(), pieces.cend(), [&w](const Piece& piece) { return piece.warehouse == w; }))
            d.warehouses << w;
    d.outcome = AllocationDecision::Outcome::Split;
    d.picks = toPicks(p, d.warehouses, pieces);
    const int shipments = int(d.warehouses.size());
    d.message = tr("No single warehouse has every item: split into %n shipments, from %1.", shipments)
                    .arg(joinForPeople(d.warehouses));
    qint64 totalKm = 0;
    const QString shipmentsDetail = rankedDetail(p, d.warehouses, &totalKm);
    d.detail =
        QStringLiteral("split: %1 shipments %2, total %3; %4; %5 line(s) split across warehouses; %6; "
                       "%7 pick(s)")
            .arg(QString::number(shipments), shipmentsDetail,
                 totalKm >= DistanceTable::Unlisted ? QStringLiteral("includes unlisted") : totalKmDetail(totalKm),
                 rowDetail(p), QString::number(splitLines),
                 candidates.size() > MaxExactSearchWarehouses ? QStringLiteral("greedy search")
                                                              : QStringLiteral("exhaustive search"),
                 QString::number(d.picks.size()));
    return d;
}

} // namespace saypro
