#pragma once
// domain: one line of an order: what, how many, at what price.

#include "domain/Money.h"

#include <QString>

namespace saypro {

struct OrderLine
{
    qint64 id = 0;  ///< local row id
    QString lineId; ///< the marketplace's line id
    QString sku;
    QString gtin;
    QString name;
    int quantity = 0;
    qint64 unitPriceMinor = 0;
    qint64 discountMinor = 0; ///< for the whole line
    bool serialTracked = false;
    bool fragile = false;
    int weightGrams = 0;   ///< per unit
    int shortQuantity = 0; ///< units split off at a short pick: they do not ship with this order (station-local)

    /// Units that ship with this order: quantity less what was split off.
    int quantityToShip() const { return quantity > shortQuantity ? quantity - shortQuantity : 0; }

    /// quantity x unit price - discount, in minor units.
    qint64 totalMinor() const { return qint64(quantity) * unitPriceMinor - discountMinor; }

    friend bool operator==(const OrderLine&, const OrderLine&) = default;
};

} // namespace saypro
