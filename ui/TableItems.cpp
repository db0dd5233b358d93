#include "TableItems.h"

#include <QTableWidgetItem>

namespace saypro {

QFont scaledFont(const QFont& base, double factor, bool bold)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

QTableWidgetItem* readOnlyItem(const QString& text, Qt::Alignment alignment)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment);
    item->setToolTip(text);
    return item;
}

} // namespace saypro
