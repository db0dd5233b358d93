#pragma once
// domain: what leaves the warehouse for one order: carrier, service, parcels.

#include "domain/Parcel.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace saypro {

struct Shipment
{
    enum class Status { Open, Labelled, Manifested, Voided };

    qint64 id = 0;
    qint64 orderId = 0;
    QString carrier; ///< "ups", "usps", "fedex", "dhl", "s10", "courier"
    QString service; ///< carrier's service code
    Status status = Status::Open;
    QDateTime createdAt;
    QList<Parcel> parcels;
};

} // namespace saypro
