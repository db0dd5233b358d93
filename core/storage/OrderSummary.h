#pragma once
// storage: one row of the order browser: enough to list and sort, not the whole order.

#include "domain/OrderStatus.h"
#include "domain/ServiceLevel.h"

#include <QDateTime>
#include <QString>

namespace saypro {

struct OrderSummary
{
    qint64 id = 0;
    QString number;
    OrderStatus status = OrderStatus::New;
    QString customerName;
    QString shipCity;
    QString shipCountry;
    QDateTime confirmedAt;
    QDateTime shipBy;
    QDateTime shippedAt;
    ServiceLevel serviceLevel = ServiceLevel::Standard;
    QString warehouse;
    qint64 totalMinor = 0;
    QString currency;
    int units = 0;
};

} // namespace saypro
