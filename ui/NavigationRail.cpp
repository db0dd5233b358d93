#include "NavigationRail.h"

#include <QFont>

namespace saypro {

NavigationRail::NavigationRail(QWidget* parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("navigationRail"));
    setAccessibleName(tr("Screens"));
    setAccessibleDescription(tr("Choose the screen to work on"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A narrow column of large targets, icon above its name, easy to hit standing at arm's length.
    setViewMode(QListView::IconMode);
    setFlow(QListView::TopToBottom);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    setWordWrap(true);
    setIconSize(QSize(32, 32));
    setSpacing(4);
    setFrameShape(QFrame::NoFrame);
    QFont f = font();
    f.setBold(true);
    setFont(f);
    setStyleSheet(QStringLiteral("QListWidget#navigationRail { background: palette(window); "
                                 "border-right: 1px solid palette(mid); }"
                                 "QListWidget#navigationRail::item { padding: 6px 4px; border-radius: 6px; "
                                 "color: palette(window-text); }"
                                 "QListWidget#navigationRail::item:hover { background: palette(midlight); }"
                                 "QListWidget#navigationRail::item:selected { background: palette(highlight); "
                                 "color: palette(highlighted-text); }"));
    updateItemSize();
}

int NavigationRail::addEntry(const QIcon& icon, const QString& text, const QString& description,
                             const QKeySequence& shortcut)
{
    auto* item = new QListWidgetItem(icon, text, this);
    const QString keys = shortcut.toString(QKeySequence::NativeText);
    const QString help = keys.isEmpty() ? description : tr("%1 (%2)").arg(description, keys);
    item->setToolTip(help);
    item->setStatusTip(description);
    item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
    item->setData(Qt::AccessibleDescriptionRole, help);
    updateItemSize();
    return row(item);
}

void NavigationRail::updateItemSize()
{
    // Wide enough for the longest single word of any entry ("Inventory"), two lines of text under the icon.
    int widest = fontMetrics().horizontalAdvance(tr("Inventory"));
    for (int i = 0; i < count(); ++i)
        for (const QString& word : item(i)->text().split(u' '))
            widest = qMax(widest, fontMetrics().horizontalAdvance(word));
    const int width = widest + 24;
    const int height = iconSize().height() + 2 * fontMetrics().lineSpacing() + 24;
    for (int i = 0; i < count(); ++i)
        item(i)->setSizeHint(QSize(width, height));
    setGridSize(QSize(width + spacing(), height + spacing()));
    setFixedWidth(width + 2 * spacing() + 2 * frameWidth() + 1);
}

} // namespace saypro
