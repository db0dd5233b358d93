#pragma once
// ui: the "Type a code" field of the scanning screens, for a label that does not scan. Marked as typed entry, so
// ScanInput leaves its keys alone; Enter hands the trimmed text on and clears the field.

#include <QString>

#include <functional>

class QBoxLayout;
class QLineEdit;
class QWidget;

namespace saypro {

/// Adds a labelled "Type a code" field to `layout` (owned by `owner`); `description` tells screen readers what
/// may be typed there. `onCode` gets each non-empty entry.
QLineEdit* addTypedCodeField(QWidget* owner, QBoxLayout* layout, const QString& objectName, const QString& description,
                             std::function<void(const QString&)> onCode);

} // namespace saypro
