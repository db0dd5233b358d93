#pragma once
// ui: small helpers the screens share for read-only tables and scaled type.

#include "storage/OrderSummary.h"

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>

class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace saypro {

/// `base` scaled by `factor`, bold or not (large counts and bin codes on scanning screens).
QFont scaledFont(const QFont& base, double factor, bool bold);

/// A read-only table the way every screen shows one: whole rows selected one at a time, no editing, no row
/// numbers, no word wrap, alternating rows, Tab leaves the table; named for screen readers.
QTableWidget* readOnlyTable(QWidget* parent, const QString& objectName, const QStringList& headers,
                            const QString& accessibleName, const QString& description = QString());

/// The id kept (Qt::UserRole) in `column` of the current row; 0 when there is no current row.
qint64 currentRowId(const QTableWidget* table, int column);
/// Makes the row whose `column` keeps `id` current (the first row when none does): a table refilled after a
/// sync keeps the cursor on the same record.
void setCurrentRowById(QTableWidget* table, int column, qint64 id);

/// Fills a queue of orders: from `firstColumn` on, the order number (its id kept as Qt::UserRole), status, customer,
/// ship-by and units; one row per order, columns sized to their contents.
void fillOrderQueue(QTableWidget* table, const QList<OrderSummary>& orders, int firstColumn = 0);

/// A selectable, non-editable table cell showing `text` (also as its tooltip, for cut-off text).
QTableWidgetItem* readOnlyItem(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);

} // namespace saypro
