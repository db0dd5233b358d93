#pragma once
// shipping: the contents of a parcel's shipping label (one model for every rendering) and its ZPL II rendering
// for thermal printers: 4x6 or 4x8 inch at 203 or 300 dpi, with the printer's own Code 128, QR and (USPS) GS1-128
// routing barcode.

#include "domain/Address.h"

#include <QDate>
#include <QString>

namespace saypro {

/// Everything a shipping label shows.
struct ShippingLabelData
{
    Address shipFrom;
    Address shipTo;
    QString carrierName; ///< "UPS"
    QString serviceName; ///< "UPS Ground"
    QString trackingNumber;
    QString trackingLink; ///< the carrier's tracking page for the number (in the QR code)
    QString orderNumber;
    int parcel = 1; ///< n of `parcels`
    int parcels = 1;
    int weightGrams = 0;
    QDate shipDate;
    QString uspsRoutingZip; ///< USPS only: the ZIP (5 or 9 digits) for the GS1-128 (420) routing barcode
};

enum class LabelSize {
    FourBySix,   ///< 4 x 6 inch
    FourByEight, ///< 4 x 8 inch
};

class ZplLabel final
{
public:
    /// Width and length of the label in printer dots.
    static int widthDots(int dpi) { return dpi >= 300 ? 1218 : 812; }
    static int lengthDots(LabelSize size, int dpi);

    /// The label as one ZPL II format (`^XA` ... `^XZ`), UTF-8 text (`^CI28`); `dpi` is 203 or 300 (anything
    /// from 300 up is rendered at 300). Field data is hex-escaped (`^FH`) so no text can break the format.
    static QByteArray render(const ShippingLabelData& label, LabelSize size = LabelSize::FourBySix, int dpi = 203);

    /// `text` escaped for a `^FH\` field: `^`, `~` and `\` as `\5E`, `\7E`, `\5C`.
    static QString escape(const QString& text);
};

} // namespace saypro
