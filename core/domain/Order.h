#pragma once
// domain: an order as the station caches it (DESIGN §3).

#include "domain/Address.h"
#include "domain/Customer.h"
#include "domain/OrderLine.h"
#include "domain/OrderStatus.h"
#include "domain/ServiceLevel.h"
#include "domain/SpecialInstructions.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace saypro {

struct Order
{
    qint64 id = 0;         ///< local row id
    QString marketplaceId; ///< the marketplace's id
    QString number;        ///< human order number, e.g. SP-00012345
    qint64 version = 1;    ///< the marketplace's version; newer wins
    OrderStatus status = OrderStatus::New;
    QDateTime placedAt;
    QDateTime confirmedAt;
    QDateTime shipBy; ///< deadline; invalid until computed
    QDateTime shippedAt;
    QDateTime deliveredAt;
    QDateTime updatedAt;
    ServiceLevel serviceLevel = ServiceLevel::Standard;
    PaymentStatus paymentStatus = PaymentStatus::Captured;
    QString currency = QStringLiteral("ZAR");
    qint64 shippingMinor = 0;
    qint64 taxMinor = 0;
    qint64 discountMinor = 0; ///< order-level discount
    qint64 totalMinor = 0;    ///< as the marketplace charged it
    Customer customer;
    Address shipTo;
    SpecialInstructions instructions;
    QString warehouse; ///< code of the warehouse it is allocated to; empty until allocated
    QList<OrderLine> lines;

    qint64 itemsSubtotalMinor() const
    {
        qint64 sum = 0;
        for (const OrderLine& l : lines)
            sum += l.totalMinor();
        return sum;
    }
    int totalUnits() const
    {
        int n = 0;
        for (const OrderLine& l : lines)
            n += l.quantity;
        return n;
    }
    Money total() const { return Money(totalMinor, currency); }
};

} // namespace saypro
