#pragma once
// domain: the fulfilment statuses of an order (DESIGN §3) and their names.

#include <QList>
#include <QString>

#include <optional>

namespace saypro {

enum class OrderStatus {
    New,
    Verified,
    OnHold,
    Ready,
    Picking,
    Picked,
    Packing,
    Packed,
    Labelled,
    Shipped,
    InTransit,
    OutForDelivery,
    Delivered,
    Cancelled,
    ReturnRequested,
    ReturnReceived,
    Inspected,
    Closed,
};

namespace OrderStatuses {
/// Every status, in the order of the flow.
const QList<OrderStatus>& all();
/// Stable machine name stored in the database and used by the API ("out_for_delivery").
QString key(OrderStatus status);
/// The status for a machine name, or nothing for an unknown name.
std::optional<OrderStatus> fromKey(const QString& key);
/// The name a person reads, translated ("Out for delivery").
QString displayName(OrderStatus status);
/// True once the parcel has left the building (shipped and every later carrier or return state).
bool hasShipped(OrderStatus status);
} // namespace OrderStatuses

} // namespace saypro
