#include "TypedCodeField.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>

namespace saypro {

QLineEdit* addTypedCodeField(QWidget* owner, QBoxLayout* layout, const QString& objectName, const QString& description,
                             std::function<void(const QString&)> onCode)
{
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(QCoreApplication::translate("TypedCodeField", "&Type a code:"), owner);
    auto* field = new QLineEdit(owner);
    field->setObjectName(objectName);
    field->setAccessibleName(QCoreApplication::translate("TypedCodeField", "Type a code"));
    field->setAccessibleDescription(description);
    field->setProperty("saypro_typedEntry", true);
    field->setClearButtonEnabled(true);
    label->setBuddy(field);
    row->addWidget(label);
    row->addWidget(field, 1);
    layout->addLayout(row);
    QObject::connect(field, &QLineEdit::returnPressed, owner, [field, onCode = std::move(onCode)] {
        const QString text = field->text().trimmed();
        field->clear();
        if (!text.isEmpty())
            onCode(text);
    });
    return field;
}

} // namespace saypro
