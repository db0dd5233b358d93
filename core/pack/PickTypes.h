#pragma once
// pack: the value types of picking — settings, the stops of a pick list in walk order, what each scan at a
// bin came to, and the three ways out of a short pick.

#include <QList>
#include <QString>

#include <optional>

namespace saypro {

/// How a pick is confirmed (DESIGN §7): scan the bin label, then the item; or the item alone.
enum class PickConfirmation {
    BinThenItem,
    ItemOnly,
};

struct PickSettings
{
    PickConfirmation confirmation = PickConfirmation::BinThenItem;
};

/// One visit of the walk: units of one order line to take from one bin.
struct PickStop
{
    qint64 orderId = 0;
    QString orderNumber;
    int tote = 1; ///< the order's tote in a batch walk, 1-based (the order's position in the batch)
    qint64 orderLineId = 0;
    QString lineId; ///< the marketplace's line id
    QString sku;
    QString gtin14; ///< empty when the line has no valid GTIN (then only the SKU typed identifies it)
    QString name;
    QString location; ///< canonical bin code ("JHB1-A-03-12-2-04")
    int quantity = 0; ///< units to take from this bin for this line (picked + still reserved)
    int picked = 0;   ///< units already taken
    bool serialTracked = false;

    int remaining() const { return quantity > picked ? quantity - picked : 0; }
    bool isDone() const { return picked >= quantity; }
};

/// What a scan at the pick face came to. Everything but BinConfirmed and Picked is refused: nothing is taken.
enum class PickScanKind {
    BinConfirmed, ///< a bin of the walk with units still to take; items are now expected from it
    Picked,       ///< an item of the confirmed bin's stop (or of the next stop, item-only): counts as taken
    InvalidCode,  ///< the parser could not read it
    UnknownCode,  ///< valid but neither a bin nor a product (an order number, a badge, ...)
    WrongBin,     ///< a bin with nothing left to take on this walk
    BinRequired,  ///< an item scanned before its bin (bin-then-item)
    WrongItem,    ///< a product that is not to be taken from the confirmed bin
    OverPick,     ///< every unit of this item at this bin is already taken
};

inline QString pickScanKindKey(PickScanKind kind)
{
    switch (kind) {
    case PickScanKind::BinConfirmed:
        return QStringLiteral("bin_confirmed");
    case PickScanKind::Picked:
        return QStringLiteral("picked");
    case PickScanKind::InvalidCode:
        return QStringLiteral("invalid_code");
    case PickScanKind::UnknownCode:
        return QStringLiteral("unknown_code");
    case PickScanKind::WrongBin:
        return QStringLiteral("wrong_bin");
    case PickScanKind::BinRequired:
        return QStringLiteral("bin_required");
    case PickScanKind::WrongItem:
        return QStringLiteral("wrong_item");
    case PickScanKind::OverPick:
        return QStringLiteral("over_pick");
    }
    return QStringLiteral("unknown_code");
}

/// The result of one pick scan: what the banner shows and what a scan_log row needs.
struct PickOutcome
{
    bool accepted = false; ///< BinConfirmed or Picked
    PickScanKind kind = PickScanKind::InvalidCode;
    QString message; ///< translated ("Blue Mug ×1 — 2 of 3 from A-03-12-2-04, tote 2")
    QString detail;  ///< untranslated, precise

    QString raw;
    QString symbology;
    QString codeKind; ///< ParsedBarcode::kindKey()
    QString code;     ///< GTIN-14 for products, the canonical bin code for bins, else the normalised code

    int stopIndex = -1; ///< the stop the scan concerned (-1 when none)
    int quantity = 0;   ///< units taken by this scan (Picked only)
    int pickedAfter = 0;
    int stopQuantity = 0;

    QString key() const { return pickScanKindKey(kind); }
};

/// What the picker chose when a bin holds fewer units than the list says.
enum class ShortPickResolution {
    Wait,      ///< leave the line open; a replenishment task is opened, the order stays in picking
    Split,     ///< ship what was found; the missing units are split off (the marketplace is told)
    Backorder, ///< the whole order waits: picked units go back to their bins, a backorder hold, the customer told
};

inline QString shortPickResolutionKey(ShortPickResolution r)
{
    switch (r) {
    case ShortPickResolution::Wait:
        return QStringLiteral("wait");
    case ShortPickResolution::Split:
        return QStringLiteral("split");
    case ShortPickResolution::Backorder:
        return QStringLiteral("backorder");
    }
    return QStringLiteral("wait");
}

inline std::optional<ShortPickResolution> shortPickResolutionFromKey(const QString& key)
{
    for (ShortPickResolution r :
         {ShortPickResolution::Wait, ShortPickResolution::Split, ShortPickResolution::Backorder})
        if (shortPickResolutionKey(r) == key)
            return r;
    return std::nullopt;
}

/// What a short pick did. The missing units are also taken off the bin's book (reason correction).
struct ShortPickResult
{
    ShortPickResolution resolution = ShortPickResolution::Wait;
    qint64 orderId = 0;
    QString orderNumber;
    QString sku;
    QString location;
    int missing = 0;     ///< units the bin did not have
    qint64 taskId = 0;   ///< the replenishment / count task opened (0 when none)
    int putBack = 0;     ///< units returned to their bins (backorder)
    int bookedOut = 0;   ///< units taken off the bin's book (they were not there; the count task checks)
    bool onHold = false; ///< the order went on a backorder hold
    QString message;     ///< translated, for the picker
};

} // namespace saypro
