#include "OrderStatus.h"

#include <QCoreApplication>

#include <array>

namespace saypro {

namespace {
struct StatusName
{
    OrderStatus status;
    const char* key;
    const char* label;
};

constexpr std::array kNames = {
    StatusName{OrderStatus::New, "new", QT_TRANSLATE_NOOP("OrderStatus", "New")},
    StatusName{OrderStatus::Verified, "verified", QT_TRANSLATE_NOOP("OrderStatus", "Verified")},
    StatusName{OrderStatus::OnHold, "on_hold", QT_TRANSLATE_NOOP("OrderStatus", "On hold")},
    StatusName{OrderStatus::Ready, "ready", QT_TRANSLATE_NOOP("OrderStatus", "Ready to pick")},
    StatusName{OrderStatus::Picking, "picking", QT_TRANSLATE_NOOP("OrderStatus", "Picking")},
    StatusName{OrderStatus::Picked, "picked", QT_TRANSLATE_NOOP("OrderStatus", "Picked")},
    StatusName{OrderStatus::Packing, "packing", QT_TRANSLATE_NOOP("OrderStatus", "Packing")},
    StatusName{OrderStatus::Packed, "packed", QT_TRANSLATE_NOOP("OrderStatus", "Packed")},
    StatusName{OrderStatus::Labelled, "labelled", QT_TRANSLATE_NOOP("OrderStatus", "Labelled")},
    StatusName{OrderStatus::Shipped, "shipped", QT_TRANSLATE_NOOP("OrderStatus", "Shipped")},
    StatusName{OrderStatus::InTransit, "in_transit", QT_TRANSLATE_NOOP("OrderStatus", "In transit")},
    StatusName{OrderStatus::OutForDelivery, "out_for_delivery", QT_TRANSLATE_NOOP("OrderStatus", "Out for delivery")},
    StatusName{OrderStatus::Delivered, "delivered", QT_TRANSLATE_NOOP("OrderStatus", "Delivered")},
    StatusName{OrderStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("OrderStatus", "Cancelled")},
    StatusName{OrderStatus::ReturnRequested, "return_requested", QT_TRANSLATE_NOOP("OrderStatus", "Return requested")},
    StatusName{OrderStatus::ReturnReceived, "return_received", QT_TRANSLATE_NOOP("OrderStatus", "Return received")},
    StatusName{OrderStatus::Inspected, "inspected", QT_TRANSLATE_NOOP("OrderStatus", "Return inspected")},
    StatusName{OrderStatus::Closed, "closed", QT_TRANSLATE_NOOP("OrderStatus", "Closed")},
};
} // namespace

const QList<OrderStatus>& OrderStatuses::all()
{
    static const QList<OrderStatus> list = [] {
        QList<OrderStatus> l;
        for (const auto& n : kNames)
            l.append(n.status);
        return l;
    }();
    return list;
}

QString OrderStatuses::key(OrderStatus status)
{
    for (const auto& n : kNames)
        if (n.status == status)
            return QString::fromLatin1(n.key);
    return {};
}

std::optional<OrderStatus> OrderStatuses::fromKey(const QString& key)
{
    for (const auto& n : kNames)
        if (key == QLatin1String(n.key))
            return n.status;
    return std::nullopt;
}

QString OrderStatuses::displayName(OrderStatus status)
{
    for (const auto& n : kNames)
        if (n.status == status)
            return QCoreApplication::translate("OrderStatus", n.label);
    return {};
}

bool OrderStatuses::hasShipped(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Shipped:
    case OrderStatus::InTransit:
    case OrderStatus::OutForDelivery:
    case OrderStatus::Delivered:
    case OrderStatus::ReturnRequested:
    case OrderStatus::ReturnReceived:
    case OrderStatus::Inspected:
    case OrderStatus::Closed:
        return true;
    default:
        return false;
    }
}

} // namespace saypro
