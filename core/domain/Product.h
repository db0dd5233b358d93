#pragma once
// domain: a catalogue item: internal SKU, GTIN, where it lives.

#include "domain/Location.h"

#include <QString>

namespace saypro {

struct Product
{
    QString sku;  ///< internal stock-keeping unit, e.g. SP-MUG-BLU-350
    QString gtin; ///< GTIN-8/12/13/14 with a valid check digit
    QString name;
    int weightGrams = 0;
    qint64 unitPriceMinor = 0;
    QString currency = QStringLiteral("ZAR");
    bool serialTracked = false;
    bool fragile = false;
    Location location; ///< primary pick bin

    friend bool operator==(const Product&, const Product&) = default;
};

} // namespace saypro
