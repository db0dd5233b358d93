#include "StatusColours.h"

#include <QHash>
#include <QPainter>
#include <QPen>
#include <QPixmap>

namespace saypro {

namespace {
enum class Group { Waiting, Warehouse, OnItsWay, Held, Cancelled, Returns };

Group groupOf(OrderStatus status)
{
    switch (status) {
    case OrderStatus::New:
    case OrderStatus::Verified:
    case OrderStatus::Ready:
        return Group::Waiting;
    case OrderStatus::Picking:
    case OrderStatus::Picked:
    case OrderStatus::Packing:
    case OrderStatus::Packed:
    case OrderStatus::Labelled:
        return Group::Warehouse;
    case OrderStatus::Shipped:
    case OrderStatus::InTransit:
    case OrderStatus::OutForDelivery:
    case OrderStatus::Delivered:
        return Group::OnItsWay;
    case OrderStatus::OnHold:
        return Group::Held;
    case OrderStatus::Cancelled:
        return Group::Cancelled;
    case OrderStatus::ReturnRequested:
    case OrderStatus::ReturnReceived:
    case OrderStatus::Inspected:
    case OrderStatus::Closed:
        return Group::Returns;
    }
    return Group::Waiting;
}
} // namespace

QColor StatusColours::accent(OrderStatus status)
{
    switch (groupOf(status)) {
    case Group::Waiting:
        return QColor(0x1F, 0x5F, 0xAE);
    case Group::Warehouse:
        return QColor(0x0F, 0x76, 0x6E);
    case Group::OnItsWay:
        return QColor(0x2E, 0x7D, 0x32);
    case Group::Held:
        return QColor(0xB7, 0x79, 0x1F);
    case Group::Cancelled:
        return QColor(0xB4, 0x23, 0x18);
    case Group::Returns:
        return QColor(0x6B, 0x4F, 0xA0);
    }
    return Qt::darkGray;
}

QColor StatusColours::tint(OrderStatus status)
{
    const QColor strong = accent(status);
    // 14% of the accent over white.
    auto mix = [](int c) { return 255 - (255 - c) * 14 / 100; };
    return QColor(mix(strong.red()), mix(strong.green()), mix(strong.blue()));
}

QIcon StatusColours::dot(OrderStatus status)
{
    static QHash<int, QIcon> cache;
    const auto found = cache.constFind(int(status));
    if (found != cache.constEnd())
        return *found;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    {
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        // A white rim keeps the dot visible on a selected (highlighted) row.
        painter.setPen(QPen(Qt::white, 1.2));
        painter.setBrush(accent(status));
        painter.drawEllipse(QRectF(0.8, 0.8, 10.4, 10.4));
    }
    const QIcon icon(pixmap);
    cache.insert(int(status), icon);
    return icon;
}

QString StatusColours::badgeStyleSheet(OrderStatus status, const QString& objectName)
{
    return QStringLiteral("QLabel#%1 { background: %2; color: #111111; border: 2px solid %3; border-radius: 6px; "
                          "padding: 2px 12px; }")
        .arg(objectName, tint(status).name(), accent(status).name());
}

} // namespace saypro
