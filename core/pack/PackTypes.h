#pragma once
// pack: the value types PackSession takes and returns — settings, scan outcomes (one per scan_log row), undo
// records, parcels, the instruction checklist, weight checks and overrides, and the reasons a pack cannot close.

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace saypro {

/// How a pack is verified. Defaults as DESIGN §7 and issue [pack] describe them.
struct PackSettings
{
    double weightTolerancePercent = 5.0; ///< of the expected parcel weight
    int weightToleranceMinGrams = 50;    ///< the tolerance is never smaller than this
    int packagingGrams = 150;            ///< box and filling, added once per parcel
};

/// What became of one scan. Everything except Accepted and OrderConfirmed is a rejection: nothing was counted.
enum class ScanKind {
    Accepted,        ///< counted on a line, into the current parcel
    OrderConfirmed,  ///< this order's own number: confirms the order, counts nothing
    InvalidCode,     ///< the parser could not read it (its reason is in message/detail)
    UnknownCode,     ///< valid, but not a product or an order (a bin, badge, tracking number, SSCC, ...)
    WrongItem,       ///< a GTIN that is not on this order
    OverCount,       ///< the line is already complete, or the scanned quantity does not fit
    ExpiredBatch,    ///< (17) expiry before today
    WrongBatch,      ///< (10) batch differs from the line's expected batch (or is missing)
    OtherOrder,      ///< another order's number
    SerialRequired,  ///< a serial-tracked line scanned without (21), or several units under one serial
    DuplicateSerial, ///< the serial was already scanned in this session or has already shipped
};

/// Stable, untranslated keys for ScanKind (scan_log.reason); never change them.
inline QString scanKindKey(ScanKind kind)
{
    switch (kind) {
    case ScanKind::Accepted:
        return QStringLiteral("accepted");
    case ScanKind::OrderConfirmed:
        return QStringLiteral("order_confirmed");
    case ScanKind::InvalidCode:
        return QStringLiteral("invalid_code");
    case ScanKind::UnknownCode:
        return QStringLiteral("unknown_code");
    case ScanKind::WrongItem:
        return QStringLiteral("wrong_item");
    case ScanKind::OverCount:
        return QStringLiteral("over_count");
    case ScanKind::ExpiredBatch:
        return QStringLiteral("expired_batch");
    case ScanKind::WrongBatch:
        return QStringLiteral("wrong_batch");
    case ScanKind::OtherOrder:
        return QStringLiteral("other_order");
    case ScanKind::SerialRequired:
        return QStringLiteral("serial_required");
    case ScanKind::DuplicateSerial:
        return QStringLiteral("duplicate_serial");
    }
    return QStringLiteral("unknown_code");
}

/// The ScanKind for a stored key; nothing for a key this version does not know.
inline std::optional<ScanKind> scanKindFromKey(QStringView key)
{
    for (int i = int(ScanKind::Accepted); i <= int(ScanKind::DuplicateSerial); ++i)
        if (scanKindKey(ScanKind(i)) == key)
            return ScanKind(i);
    return std::nullopt;
}

/// The result of one scan: what the banner shows and everything a scan_log row needs.
struct ScanOutcome
{
    bool accepted = false; ///< true for Accepted and OrderConfirmed
    ScanKind kind = ScanKind::InvalidCode;
    QString message; ///< translated, what the banner shows ("Blue Mug ×1 — 2 of 3")
    QString detail;  ///< untranslated, precise, for the log

    QString raw;       ///< the scanned input exactly as given
    QString symbology; ///< AIM identifier ("]C1"), empty when none
    QString codeKind;  ///< ParsedBarcode::kindKey(): "gtin", "gs1", "order", ...
    QString code;      ///< the GTIN-14 for products, the normalised code otherwise

    QString lineId;      ///< the matched line's marketplace line id (empty when no line matched)
    int lineIndex = -1;  ///< index into Order::lines, -1 when no line matched
    int quantity = 0;    ///< units counted (0 when rejected or OrderConfirmed)
    int packedAfter = 0; ///< the line's packed units after this scan (unchanged when rejected)
    int expected = 0;    ///< the line's ordered units
    int parcel = 0;      ///< parcel number (1-based) the units went into; the current parcel when rejected
    QString serial;      ///< (21), empty when none
    QString batch;       ///< (10), empty when none
    QDate expiry;        ///< (17), invalid when none

    QString key() const { return scanKindKey(kind); }
};

/// What undoLast() took back.
struct PackUndo
{
    QString lineId;
    int lineIndex = -1;
    int quantity = 0;    ///< units removed
    int packedAfter = 0; ///< the line's packed units after the undo
    int parcel = 0;      ///< the parcel they were removed from
    QString serial;
    QString batch;
    QString message; ///< translated ("Undone: Blue Mug ×1 — 1 of 3")
    QString detail;  ///< untranslated
};

/// A typed weighing of one parcel compared with its expected weight.
struct WeightCheck
{
    enum class Verdict { Within, Outside };
    Verdict verdict = Verdict::Outside;
    int parcel = 0;          ///< parcel number, 1-based
    int measuredGrams = 0;   ///< as typed
    int expectedGrams = 0;   ///< unit weights of the parcel's items + packaging
    int differenceGrams = 0; ///< measured - expected
    int toleranceGrams = 0;  ///< max(percent of expected, minimum grams)
    QString message;         ///< translated
    QString detail;          ///< untranslated

    bool isWithin() const { return verdict == Verdict::Within; }
    static QString verdictKey(Verdict v)
    {
        return v == Verdict::Within ? QStringLiteral("within") : QStringLiteral("outside");
    }
};

/// A supervisor's acceptance of a parcel weight outside tolerance (the permission check comes with [security]).
struct WeightOverride
{
    int parcel = 0;
    QString supervisor;
    QString reason;
    int measuredGrams = 0;
    int expectedGrams = 0;
};

/// One parcel of the pack and what is in it.
struct PackParcel
{
    int number = 0;                               ///< 1-based
    QMap<QString, int> quantities;                ///< line id -> units in this parcel
    QStringList serials;                          ///< serials scanned into this parcel, in scan order
    int expectedGrams = 0;                        ///< unit weights of its items + packaging
    std::optional<WeightCheck> weight;            ///< the last weighing; cleared when the contents change
    std::optional<WeightOverride> weightOverride; ///< cleared with the weighing

    bool isEmpty() const { return quantities.isEmpty(); }
};

/// One accepted count of the pack, in scan order (what close() stores per unit: serial, batch, expiry).
struct PackedUnit
{
    QString lineId;
    int lineIndex = -1;
    int quantity = 0;
    int parcel = 0; ///< 1-based
    QString serial;
    QString batch;
    QDate expiry;
};

/// A special instruction the packer must acknowledge before the pack can close.
struct PackInstruction
{
    enum class Kind { GiftWrap, GiftMessage, Fragile, Customisation };
    Kind kind = Kind::GiftWrap;
    QString title; ///< translated ("Gift wrap")
    QString text;  ///< the gift message or customisation text; for fragile, which items
    bool acknowledged = false;

    static QString kindKey(Kind k)
    {
        switch (k) {
        case Kind::GiftWrap:
            return QStringLiteral("gift_wrap");
        case Kind::GiftMessage:
            return QStringLiteral("gift_message");
        case Kind::Fragile:
            return QStringLiteral("fragile");
        case Kind::Customisation:
            return QStringLiteral("customisation");
        }
        return QStringLiteral("gift_wrap");
    }
    QString key() const { return kindKey(kind); }
};

/// One reason the pack cannot close yet.
struct CloseBlocker
{
    enum class Kind { LineIncomplete, InstructionPending, ParcelEmpty, WeightNotChecked, WeightOutsideTolerance };
    Kind kind = Kind::LineIncomplete;
    QString message;                                  ///< translated
    QString detail;                                   ///< untranslated
    QString lineId;                                   ///< for LineIncomplete
    int parcel = 0;                                   ///< for the parcel and weight blockers
    std::optional<PackInstruction::Kind> instruction; ///< for InstructionPending

    static QString kindKey(Kind k)
    {
        switch (k) {
        case Kind::LineIncomplete:
            return QStringLiteral("line_incomplete");
        case Kind::InstructionPending:
            return QStringLiteral("instruction_pending");
        case Kind::ParcelEmpty:
            return QStringLiteral("parcel_empty");
        case Kind::WeightNotChecked:
            return QStringLiteral("weight_not_checked");
        case Kind::WeightOutsideTolerance:
            return QStringLiteral("weight_outside_tolerance");
        }
        return QStringLiteral("line_incomplete");
    }
    QString key() const { return kindKey(kind); }
};

/// The state of one order line during the pack.
struct PackLineState
{
    QString lineId;
    QString name;
    QString gtin14; ///< empty when the line has no valid GTIN (it can then never be scanned)
    int expected = 0;
    int packed = 0;
    bool serialTracked = false;
    QString expectedBatch;
    int weightGrams = 0; ///< per unit

    bool isComplete() const { return packed >= expected; }
};

} // namespace saypro
