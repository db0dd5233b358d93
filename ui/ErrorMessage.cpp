#include "ErrorMessage.h"

#include <QMessageBox>

namespace saypro {

void ErrorMessage::show(QWidget* parent, const QString& title, const QString& context, const Error& error)
{
    QMessageBox box(QMessageBox::Warning, title, context, QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("errorMessage"));
    box.setInformativeText(error.message);
    if (!error.detail.isEmpty())
        box.setDetailedText(error.detail);
    box.setAccessibleName(title);
    box.setAccessibleDescription(context + u' ' + error.message);
    box.exec();
}

} // namespace saypro
