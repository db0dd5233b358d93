#include "StockAdjustDialog.h"

#include "UiLogging.h"
#include "domain/Location.h"
#include "inventory/InventoryStore.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace saypro {

namespace {

constexpr int kMaximumDelta = 100000;

QFont scaled(const QFont& base, double factor, bool bold)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setBold(bold);
    return f;
}

} // namespace

StockAdjustDialog::StockAdjustDialog(InventoryStore& inventory, const QString& sku, const QString& productName,
                                     const QList<StockLevel>& bins, const QString& bin, const QString& actor,
                                     QWidget* parent)
    : QDialog(parent), m_inventory(inventory), m_sku(sku), m_actor(actor)
{
    setObjectName(QStringLiteral("stockAdjustDialog"));
    setWindowTitle(tr("Adjust stock of %1").arg(sku));
    setAccessibleName(windowTitle());
    setAccessibleDescription(tr("Change the units of one product in one bin, with the reason"));

    auto* heading = new QLabel(productName.isEmpty() ? sku : tr("%1 — %2").arg(sku, productName), this);
    heading->setObjectName(QStringLiteral("adjustHeading"));
    heading->setFont(scaled(font(), 1.4, true));
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);
    heading->setAccessibleName(heading->text());

    m_bin = new QComboBox(this);
    m_bin->setObjectName(QStringLiteral("adjustBin"));
    m_bin->setEditable(true);
    m_bin->setInsertPolicy(QComboBox::NoInsert);
    m_bin->setAccessibleName(tr("Bin"));
    m_bin->setAccessibleDescription(tr("The bin whose stock changes. Choose one, or scan or type another bin code."));
    m_bin->setFont(scaled(font(), 1.2, true));
    for (const StockLevel& level : bins)
        m_bin->addItem(level.location, level.location);
    m_bin->setMinimumContentsLength(22);
    const int chosen = m_bin->findData(bin);
    if (chosen >= 0)
        m_bin->setCurrentIndex(chosen);
    else
        m_bin->setEditText(bin);

    m_delta = new QSpinBox(this);
    m_delta->setObjectName(QStringLiteral("adjustDelta"));
    m_delta->setRange(-kMaximumDelta, kMaximumDelta);
    m_delta->setValue(0);
    m_delta->setAccessibleName(tr("Change in units"));
    m_delta->setAccessibleDescription(tr("How many units to add (a positive number) or take out (a negative number, "
                                         "for example -2)"));
    m_delta->setFont(scaled(font(), 1.2, true));
    m_delta->setMinimumWidth(m_delta->fontMetrics().horizontalAdvance(QStringLiteral("-100 000")) + 48);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("adjustReason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setAccessibleDescription(tr("Why the stock changes; it is sent to the marketplace with the change"));
    for (StockReason reason : StockReasons::adjustmentReasons())
        m_reason->addItem(StockReasons::displayName(reason), int(reason));
    const int correction = m_reason->findData(int(StockReason::Correction));
    if (correction >= 0)
        m_reason->setCurrentIndex(correction);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("adjustNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setAccessibleDescription(tr("Optional: what happened, for whoever reads the history later"));
    m_note->setPlaceholderText(tr("Optional: what happened"));
    m_note->setMaxLength(500);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("adjustPreview"));
    m_preview->setFont(scaled(font(), 1.3, true));
    m_preview->setWordWrap(true);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setMinimumHeight(2 * m_preview->fontMetrics().lineSpacing());

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("adjustError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    // Dark red on pale red, with a ✗ and the words: never the colour alone.
    m_error->setStyleSheet(QStringLiteral("QLabel#adjustError { color: #5C0F09; background: #FBE4E2; "
                                          "border: 2px solid #B42318; border-radius: 4px; padding: 6px; }"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto addRow = [this, form](const QString& caption, QWidget* field) {
        auto* label = new QLabel(caption, this);
        label->setBuddy(field);
        form->addRow(label, field);
    };
    addRow(tr("&Bin:"), m_bin);
    addRow(tr("&Change (units):"), m_delta);
    addRow(tr("&Reason:"), m_reason);
    addRow(tr("&Note:"), m_note);

    auto* buttons = new QDialogButtonBox(this);
    // ActionRole: the button box would make an AcceptRole button the dialog's default, pressed by any Enter.
    m_confirm = buttons->addButton(tr("&Adjust stock"), QDialogButtonBox::ActionRole);
    m_confirm->setObjectName(QStringLiteral("adjustConfirm"));
    m_confirm->setAccessibleName(tr("Adjust stock"));
    m_confirm->setAccessibleDescription(tr("Books the change shown above (Ctrl+Enter)"));
    m_confirm->setToolTip(m_confirm->accessibleDescription());
    // No default button: Enter in a field moves to the next field (a scanned bin code ends with Enter); only
    // Enter or Space on the button itself, Alt+A or Ctrl+Enter books the change (keyPressEvent).
    m_confirm->setAutoDefault(false);
    m_confirm->setDefault(false);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("adjustCancel"));
    cancel->setAccessibleName(tr("Cancel"));
    cancel->setAutoDefault(false);
    connect(m_confirm, &QPushButton::clicked, this, &StockAdjustDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);

    // The parts that take the focus inside the combo and spin boxes carry names too.
    m_bin->lineEdit()->setAccessibleName(m_bin->accessibleName());
    m_bin->view()->setAccessibleName(tr("Bins holding this product"));
    m_reason->view()->setAccessibleName(tr("Reasons"));
    if (auto* edit = m_delta->findChild<QLineEdit*>())
        edit->setAccessibleName(m_delta->accessibleName());

    connect(m_bin, &QComboBox::currentTextChanged, this, &StockAdjustDialog::updatePreview);
    connect(m_delta, &QSpinBox::valueChanged, this, &StockAdjustDialog::updatePreview);
    setTabOrder(m_bin, m_delta);
    setTabOrder(m_delta, m_reason);
    setTabOrder(m_reason, m_note);
    setTabOrder(m_note, m_confirm);
    setTabOrder(m_confirm, cancel);
    // The bin is usually right already: start on the number.
    m_delta->setFocus(Qt::OtherFocusReason);
    m_delta->selectAll();
    updatePreview();
}

QString StockAdjustDialog::currentBin() const
{
    return m_bin->currentText().trimmed().toUpper();
}

QString StockAdjustDialog::problem() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void StockAdjustDialog::updatePreview()
{
    const QLocale locale;
    const QString bin = currentBin();
    const int delta = m_delta->value();
    QString text;
    if (bin.isEmpty()) {
        text = tr("Choose or scan the bin.");
    } else if (!Location::parse(bin)) {
        text = tr("%1 is not a bin code (for example JHB1-A-03-12-2-04).").arg(bin);
    } else {
        int onHand = 0;
        int reserved = 0;
        bool known = true;
        if (Result<StockLevel> level = m_inventory.level(m_sku, bin); level) {
            onHand = level->onHand;
            reserved = level->reserved;
        } else if (level.error().code == Error::Code::NotFound) {
            known = false;
        } else {
            qCWarning(lcUi).noquote() << "reading the stock of" << m_sku << "in" << bin
                                      << "failed:" << level.error().toString();
            known = false;
        }
        if (delta == 0) {
            text = known ? tr("On hand in %1: %2. Type how many units to add, or a negative number to take out.")
                               .arg(bin, locale.toString(onHand))
                         : tr("%1 holds none of this product yet. Type how many units to add.").arg(bin);
        } else {
            const int after = onHand + delta;
            text = tr("On hand in %1: %2 → %3").arg(bin, locale.toString(onHand), locale.toString(after));
            if (after < 0)
                text +=
                    u'\n' +
                    tr("✗ There are only %1 in the bin: this change cannot be booked.").arg(locale.toString(onHand));
            else if (after < reserved)
                text += u'\n' + tr("%1 of them are reserved for orders: the newest reservations will be given back "
                                   "and those orders allocated again.")
                                    .arg(locale.toString(reserved));
        }
    }
    m_preview->setText(text);
    m_preview->setAccessibleName(text);
}

void StockAdjustDialog::showProblem(const QString& message)
{
    if (message.isEmpty()) {
        m_error->hide();
        m_error->clear();
        return;
    }
    m_error->setText(tr("✗ Not adjusted: %1").arg(message));
    m_error->setAccessibleName(m_error->text());
    m_error->show();
    QAccessibleValueChangeEvent event(m_error, m_error->text());
    QAccessible::updateAccessibility(&event);
}

bool StockAdjustDialog::confirm()
{
    const auto reason = StockReason(m_reason->currentData().toInt());
    Result<StockMovement> booked =
        m_inventory.adjust(m_sku, currentBin(), m_delta->value(), reason, m_actor, m_note->text().trimmed());
    if (!booked) {
        qCInfo(lcUi).noquote() << "adjustment of" << m_sku << "refused:" << booked.error().toString();
        showProblem(booked.error().message);
        updatePreview();
        m_delta->setFocus(Qt::OtherFocusReason);
        return false;
    }
    showProblem(QString());
    m_movement = *booked;
    Q_EMIT adjusted(*booked);
    accept();
    return true;
}

void StockAdjustDialog::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        confirm();
        return;
    }
    if (enter && event->modifiers() == Qt::NoModifier) {
        // On a button, Enter presses it; in a field, it goes on to the next field.
        if (auto* button = qobject_cast<QPushButton*>(focusWidget())) {
            button->click();
            return;
        }
        focusNextChild();
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace saypro
