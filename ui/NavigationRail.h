#pragma once
// ui: the main window's left navigation rail: one entry per screen, with icon, text and shortcut.

#include <QKeySequence>
#include <QListWidget>

namespace saypro {

class NavigationRail final : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationRail(QWidget* parent = nullptr);

    /// Adds an entry and returns its row; `shortcut` is shown in the tooltip and the accessible description.
    int addEntry(const QIcon& icon, const QString& text, const QString& description, const QKeySequence& shortcut);

private:
    void updateItemSize();
};

} // namespace saypro
