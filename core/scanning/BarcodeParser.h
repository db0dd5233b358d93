#pragma once
// scanning: reads one scanned code into a typed ParsedBarcode — GTINs, GS1 element strings and Digital Link
// URLs, SSCCs, the station's own codes (order, RMA, bin, badge) and carrier tracking numbers.

#include "scanning/ParsedBarcode.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace saypro {

/// Parses scanned codes. Pure and cheap (no allocation-heavy work, no regular expression built per call): it
/// runs on every scan. Never throws and never guesses: anything it cannot read with certainty comes back with
/// valid == false, a translated `error` and an untranslated `detail`.
///
/// What it reads (leading/trailing whitespace and a trailing CR/LF are ignored first):
/// - an optional AIM symbology identifier `]` + letter + modifier (`]C1`, `]e0`, `]d2`, `]Q3`, `]E0`...),
///   kept in `symbology`. After a GS1 identifier (]C1 GS1-128, ]e0 DataBar, ]d2 GS1 DataMatrix, ]Q3 GS1 QR,
///   ]J1 GS1 DotCode) the data must be a GS1 element string. ]E0 with 8 digits is UPC-E, ]E4 is EAN-8.
/// - GTINs: 8 digits (EAN-8, else UPC-E expanded to UPC-A), 12 (UPC-A), 13 (EAN-13), 14 (GTIN-14), check
///   digit verified; `gtin` holds 14 digits. A 12-digit code valid both as UPC-A and as FedEx Express reads
///   as the GTIN with "fedex_express" in `alsoValidAs` (unless an AIM identifier says which it is).
/// - GS1 element strings: AIs 00 01 02 10 11 12 13 15 16 17 20 21 22 30 37 240 241 250 251 254 310n 320n 330n
///   400 401 402 403 410-415 420 421 422 90-99. Fixed-length AIs chain without a separator; a variable-length
///   value ends at GS (0x1D) or the end. Also the human-readable form "(01)09521234543213(10)ABC123". Dates
///   are YYMMDD; day 00 means the month's last day; the century follows GS1's sliding window around `today`
///   (without `today`, YY is 20YY). Check digits of (00), (01), (02), (402), (410)-(415) are verified.
///   Without an AIM identifier, text is read as an element string when it contains GS or begins with
///   (00), (01) or (02) and is longer than a GTIN.
/// - GS1 Digital Link URLs (http or https, any host, any path prefix): the primary key (01, 00, 414, 401, 402)
///   and its qualifiers in the path, further AIs in the query (non-numeric query keys are ignored).
/// - SSCC: an element string whose first AI is (00); kind Sscc, `code` = the 18 digits.
/// - Order numbers "SP-" + 8 digits; RMAs "RMA-" + 4-digit year + "-" + 6 digits (as the marketplace issues
///   them, e.g. RMA-2026-000321); user badges "USR-" + 4 to 8 letters or digits; bin labels as
///   Location::parse reads them (JHB1-A-03-12-2-04). Letters may be scanned in lower case; `code` is upper.
/// - Tracking numbers, each with its check digit (REFERENCE "Tracking numbers and check digits"): UPS "1Z" + 16
///   (18 characters), FedEx Express 12 digits, FedEx Ground "96" + 20 digits, USPS IMpb (92-95 + 18 to 24
///   digits, optionally after a 420 ZIP routing code, as digits or as a GS1-128 element string), DHL Express
///   10 digits, UPU S10 (2 letters, 9 digits, 2-letter country: RR123456785ZA).
class BarcodeParser final
{
public:
    /// The GS (group separator, FNC1 in GS1 data) character.
    static constexpr char16_t GroupSeparator = 0x1D;

    /// Parses one scanned code. `today` picks the century of YYMMDD dates (GS1 General Specifications 7.12).
    static ParsedBarcode parse(QStringView code, QDate today = {});
};

} // namespace saypro
