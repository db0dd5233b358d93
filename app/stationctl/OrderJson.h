#pragma once
// stationctl: JSON shapes of orders for `orders list/show --json`. Times are ISO 8601 in UTC,
// money is integer minor units plus a decimal string.

#include "domain/Order.h"
#include "storage/OrderSummary.h"
#include "storage/StatusChange.h"

#include <QJsonObject>

namespace saypro {

class OrderJson final
{
public:
    static QJsonValue time(const QDateTime& t);
    static QJsonObject summary(const OrderSummary& s);
    static QJsonObject full(const Order& o, const QList<StatusChange>& history);
};

} // namespace saypro
