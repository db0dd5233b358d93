#pragma once
// domain: a return merchandise authorisation (RMA) for an order.

#include "domain/ReturnLine.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace saypro {

struct Return
{
    enum class Status { Requested, Received, Inspected, Closed };

    qint64 id = 0;
    QString rma; ///< e.g. RMA-2026-000321
    qint64 orderId = 0;
    Status status = Status::Requested;
    QDateTime requestedAt;
    QDateTime receivedAt;
    QList<ReturnLine> lines;
};

} // namespace saypro
