#include "TableItems.h"

#include "DisplayFormat.h"

#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QTableWidgetItem>

namespace saypro {

QFont scaledFont(const QFont& base, double factor, bool bold)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

QTableWidget* readOnlyTable(QWidget* parent, const QString& objectName, const QStringList& headers,
                            const QString& accessibleName, const QString& description)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    if (!description.isEmpty())
        table->setAccessibleDescription(description);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return table;
}

qint64 currentRowId(const QTableWidget* table, int column)
{
    const QTableWidgetItem* item = table->currentRow() >= 0 ? table->item(table->currentRow(), column) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void setCurrentRowById(QTableWidget* table, int column, qint64 id)
{
    if (table->rowCount() == 0)
        return;
    int row = 0;
    for (int r = 0; r < table->rowCount(); ++r)
        if (const QTableWidgetItem* item = table->item(r, column); item && item->data(Qt::UserRole).toLongLong() == id)
            row = r;
    table->setCurrentCell(row, column);
}

QTableWidgetItem* readOnlyItem(const QString& text, Qt::Alignment alignment)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment);
    item->setToolTip(text);
    return item;
}

void fillOrderQueue(QTableWidget* table, const QList<OrderSummary>& orders, int firstColumn)
{
    table->setRowCount(int(orders.size()));
    for (int row = 0; row < orders.size(); ++row) {
        const OrderSummary& o = orders.at(row);
        auto* number = readOnlyItem(o.number);
        number->setData(Qt::UserRole, o.id);
        table->setItem(row, firstColumn, number);
        table->setItem(row, firstColumn + 1, readOnlyItem(OrderStatuses::displayName(o.status)));
        table->setItem(row, firstColumn + 2, readOnlyItem(o.customerName));
        table->setItem(row, firstColumn + 3, readOnlyItem(DisplayFormat::dateTime(o.shipBy)));
        table->setItem(row, firstColumn + 4,
                       readOnlyItem(QLocale().toString(o.units), Qt::AlignRight | Qt::AlignVCenter));
    }
    table->resizeColumnsToContents();
}

} // namespace saypro
