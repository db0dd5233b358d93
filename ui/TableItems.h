#pragma once
// ui: small helpers the screens share for read-only tables and scaled type.

#include <QFont>
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

/// A selectable, non-editable table cell showing `text` (also as its tooltip, for cut-off text).
QTableWidgetItem* readOnlyItem(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);

} // namespace saypro
