#pragma once
// ui: small helpers the screens share for read-only tables and scaled type.

#include <QFont>
#include <QString>

class QTableWidgetItem;

namespace saypro {

/// `base` scaled by `factor`, bold or not (large counts and bin codes on scanning screens).
QFont scaledFont(const QFont& base, double factor, bool bold);

/// A selectable, non-editable table cell showing `text` (also as its tooltip, for cut-off text).
QTableWidgetItem* readOnlyItem(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);

} // namespace saypro
