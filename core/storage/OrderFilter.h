#pragma once
// storage: what the order browser and the CLI ask for: a search text and an optional status.

#include "domain/OrderStatus.h"

#include <QString>

#include <optional>

namespace saypro {

struct OrderFilter
{
    /// Order number (or its digits), marketplace id, customer first or last name (prefix), SKU, GTIN,
    /// or tracking number. Empty matches every order.
    QString search;
    std::optional<OrderStatus> status;

    friend bool operator==(const OrderFilter&, const OrderFilter&) = default;
};

} // namespace saypro
