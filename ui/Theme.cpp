#include "Theme.h"

#include <QApplication>
#include <QColor>
#include <QFont>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace saypro {

void Theme::apply(QApplication& app)
{
    if (QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        app.setStyle(fusion);

    QPalette palette = app.style()->standardPalette();
    const QColor accent(0x1F, 0x5F, 0xAE);
    for (QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::Highlight, accent);
        palette.setColor(group, QPalette::HighlightedText, Qt::white);
        palette.setColor(group, QPalette::Link, accent);
    }
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x9A, 0xA8, 0xB8));
    app.setPalette(palette);

    QFont font = app.font();
    if (font.pointSizeF() < kMinimumPointSize) { // also when the platform gave a pixel size (-1 points)
        font.setPointSizeF(kMinimumPointSize);
        app.setFont(font);
    }
}

} // namespace saypro
