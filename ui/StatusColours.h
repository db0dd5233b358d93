#pragma once
// ui: the colours that go with a fulfilment status (a badge and a dot beside the status name). They
// only support the written status name, never replace it.

#include "domain/OrderStatus.h"

#include <QColor>
#include <QIcon>

namespace saypro {

class StatusColours final
{
public:
    /// The strong colour of the status's group: waiting, in the warehouse, on its way, held, cancelled, returns.
    static QColor accent(OrderStatus status);
    /// A pale tint of the accent, for a badge's background behind dark text.
    static QColor tint(OrderStatus status);
    /// A small filled circle in the accent colour, for table cells.
    static QIcon dot(OrderStatus status);
    /// Style sheet for a QLabel with `objectName` shown as a badge in the status's colours.
    static QString badgeStyleSheet(OrderStatus status, const QString& objectName);
};

} // namespace saypro
