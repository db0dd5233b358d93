#include "OrderDetailView.h"

#include "DisplayFormat.h"
#include "IntakeText.h"
#include "StatusColours.h"
#include "TableItems.h"
#include "UiLogging.h"
#include "domain/Money.h"
#include "domain/OrderStatus.h"
#include "domain/ServiceLevel.h"
#include "intake/IntakeService.h"
#include "intake/VerificationCheck.h"

#include <QBoxLayout>
#include <QColor>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollBar>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace saypro {

namespace {

enum LineColumn { LineSku, LineGtin, LineName, LineQuantity, LineUnitPrice, LineTotal, LineColumnCount };
enum TimelineColumn { TimeColumn, ChangeColumn, ActorColumn, StationColumn, ReasonColumn, TimelineColumnCount };
enum CheckColumn { CheckResult, CheckTitle, CheckMessage, CheckColumnCount };
enum HoldColumn { HoldPlaced, HoldKind, HoldReasons, HoldReleased, HoldReleaseReason, HoldColumnCount };

QString localeDescription(const QString& bcp47)
{
    if (bcp47.isEmpty())
        return {};
    const QLocale locale(bcp47);
    if (locale.language() == QLocale::C)
        return bcp47;
    return QStringLiteral("%1 (%2, %3)")
        .arg(bcp47, QLocale::languageToString(locale.language()), QLocale::territoryToString(locale.territory()));
}

QString countryName(const QString& isoCode)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(isoCode);
    if (territory == QLocale::AnyTerritory)
        return isoCode;
    return QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(territory), isoCode);
}

} // namespace

OrderDetailView::OrderDetailView(QWidget* parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("orderDetail"));
    setAccessibleName(tr("Order details"));
    setAccessibleDescription(tr("Everything about the selected order: customer, address, special instructions, "
                                "items, totals, status history, verification, holds and allocation"));
    setWidgetResizable(true);
    setFrameShape(QFrame::StyledPanel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* page = new QWidget;
    page->setObjectName(QStringLiteral("orderDetailPage"));
    auto* pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(16, 12, 16, 16);

    m_message = new QLabel(page);
    m_message->setObjectName(QStringLiteral("detailMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setFont(scaledFont(font(), 1.2, false));
    m_message->setMinimumHeight(120);
    pageLayout->addWidget(m_message);

    m_content = new QWidget(page);
    auto* layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    buildHeader(layout);

    // Two columns side by side when there is room (who and what to watch out for | what and when),
    // one below the other when the pane is narrow.
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->setSpacing(14);
    auto* left = new QVBoxLayout;
    left->setSpacing(12);
    buildHold(left);
    buildInstructions(left);
    buildPeople(left);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->setSpacing(12);
    buildLines(right);
    buildVerification(right);
    buildAllocation(right);
    buildHoldHistory(right);
    buildTimeline(right);
    right->addStretch(1);
    m_columns->addLayout(left, 2);
    m_columns->addLayout(right, 3);
    layout->addLayout(m_columns);

    pageLayout->addWidget(m_content);
    pageLayout->addStretch(1);
    setWidget(page);

    showMessage(tr("Select an order to see its details."));
}

OrderDetailView::Field OrderDetailView::addField(QGridLayout* grid, int row, int pair, const QString& caption)
{
    QWidget* host = grid->parentWidget();
    auto* value = new QLabel(host);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    value->setAccessibleName(caption);
    value->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* captionLabel = new QLabel(caption, host);
    captionLabel->setBuddy(value);
    captionLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    QPalette muted = captionLabel->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText).darker(130));
    captionLabel->setPalette(muted);
    grid->addWidget(captionLabel, row, 2 * pair);
    grid->addWidget(value, row, 2 * pair + 1);
    grid->setColumnStretch(2 * pair + 1, 1);
    return Field{caption, value};
}

void OrderDetailView::setFieldShown(const Field& field, bool shown)
{
    field.value->setVisible(shown);
    // The caption is the label whose buddy is the value.
    for (QLabel* label : field.value->parentWidget()->findChildren<QLabel*>(Qt::FindDirectChildrenOnly))
        if (label->buddy() == field.value)
            label->setVisible(shown);
}

void OrderDetailView::setField(const Field& field, const QString& text)
{
    field.value->setText(text);
    // A screen reader reads the name of a label, so the name carries the caption and the value.
    field.value->setAccessibleName(text.isEmpty() ? field.caption : field.caption + QStringLiteral(": ") + text);
}

QTableWidget* OrderDetailView::makeTable(const QString& objectName, const QStringList& headers,
                                         const QString& accessibleName, const QString& description)
{
    auto* table = readOnlyTable(this, objectName, headers, accessibleName, description);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Neither scrolls: one column stretches and elides (full text in its tooltip), the pane scrolls as a whole.
    table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return table;
}

void OrderDetailView::fitTableHeight(QTableWidget* table)
{
    // The pane scrolls as a whole: a table shows all its rows and never scrolls up and down on its own.
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < table->rowCount(); ++row)
        height += table->rowHeight(row);
    table->setFixedHeight(height);
}

void OrderDetailView::fitTables()
{
    fitTableHeight(m_lines);
    fitTableHeight(m_timeline);
    fitTableHeight(m_checks);
    fitTableHeight(m_holdHistory);
}

void OrderDetailView::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    const int wide = 2 * fontMetrics().averageCharWidth() * 55;
    m_columns->setDirection(viewport()->width() >= wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    fitTables();
}

void OrderDetailView::buildHeader(QVBoxLayout* layout)
{
    auto* top = new QHBoxLayout;
    top->setSpacing(16);
    m_number = new QLabel(m_content);
    m_number->setObjectName(QStringLiteral("detailNumber"));
    m_number->setFont(scaledFont(font(), 2.0, true));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_number->setAccessibleName(tr("Order number"));
    top->addWidget(m_number);

    m_status = new QLabel(m_content);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_status->setFont(scaledFont(font(), 1.6, true));
    m_status->setAccessibleName(tr("Status"));
    m_status->setAlignment(Qt::AlignCenter);
    top->addWidget(m_status, 0, Qt::AlignVCenter);
    top->addStretch(1);
    layout->addLayout(top);

    auto* factsHost = new QWidget(m_content);
    factsHost->setObjectName(QStringLiteral("detailFacts"));
    auto* facts = new QGridLayout(factsHost);
    facts->setContentsMargins(0, 0, 0, 0);
    facts->setHorizontalSpacing(12);
    facts->setVerticalSpacing(4);
    m_service = addField(facts, 0, 0, tr("Service"));
    m_payment = addField(facts, 1, 0, tr("Payment"));
    m_warehouse = addField(facts, 2, 0, tr("Warehouse"));
    m_placed = addField(facts, 0, 1, tr("Placed"));
    m_confirmed = addField(facts, 1, 1, tr("Confirmed"));
    m_shipBy = addField(facts, 2, 1, tr("Ship by"));
    m_shipped = addField(facts, 0, 2, tr("Shipped"));
    m_delivered = addField(facts, 1, 2, tr("Delivered"));
    m_marketplaceId = addField(facts, 2, 2, tr("Marketplace id"));
    layout->addWidget(factsHost);
}

void OrderDetailView::buildPeople(QVBoxLayout* layout)
{
    auto* customerBox = new QGroupBox(tr("Customer"), m_content);
    customerBox->setObjectName(QStringLiteral("detailCustomer"));
    auto* customer = new QGridLayout(customerBox);
    customer->setVerticalSpacing(4);
    m_customerName = addField(customer, 0, 0, tr("Name"));
    m_email = addField(customer, 1, 0, tr("Email"));
    m_phone = addField(customer, 2, 0, tr("Phone"));
    m_locale = addField(customer, 3, 0, tr("Language"));
    m_notifications = addField(customer, 4, 0, tr("Notify by"));
    layout->addWidget(customerBox);

    auto* addressBox = new QGroupBox(tr("Ship to"), m_content);
    addressBox->setObjectName(QStringLiteral("detailShipTo"));
    auto* addressLayout = new QVBoxLayout(addressBox);
    m_address = new QLabel(addressBox);
    m_address->setObjectName(QStringLiteral("detailAddress"));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_address->setWordWrap(true);
    m_address->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_address->setAccessibleName(tr("Ship-to address"));
    addressLayout->addWidget(m_address);
    layout->addWidget(addressBox);
}

void OrderDetailView::buildInstructions(QVBoxLayout* layout)
{
    m_instructionsBox = new QGroupBox(tr("Special instructions"), m_content);
    m_instructionsBox->setObjectName(QStringLiteral("detailInstructions"));
    auto* boxLayout = new QVBoxLayout(m_instructionsBox);

    m_instructionsPanel = new QFrame(m_instructionsBox);
    m_instructionsPanel->setObjectName(QStringLiteral("instructionsPanel"));
    auto* panelLayout = new QHBoxLayout(m_instructionsPanel);
    panelLayout->setContentsMargins(10, 8, 10, 8);
    panelLayout->setSpacing(10);
    m_instructionsIcon = new QLabel(m_instructionsPanel);
    m_instructionsIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(32, 32));
    m_instructionsIcon->setAccessibleName(tr("Attention"));
    panelLayout->addWidget(m_instructionsIcon, 0, Qt::AlignTop);
    m_instructions = new QLabel(m_instructionsPanel);
    m_instructions->setObjectName(QStringLiteral("detailInstructionsText"));
    m_instructions->setTextFormat(Qt::RichText);
    m_instructions->setWordWrap(true);
    m_instructions->setTextInteractionFlags(Qt::TextSelectableByMouse);
    panelLayout->addWidget(m_instructions, 1);
    boxLayout->addWidget(m_instructionsPanel);
    layout->addWidget(m_instructionsBox);
}

void OrderDetailView::buildLines(QVBoxLayout* layout)
{
    m_linesBox = new QGroupBox(tr("Items"), m_content);
    m_linesBox->setObjectName(QStringLiteral("detailItems"));
    auto* boxLayout = new QVBoxLayout(m_linesBox);
    m_lines = makeTable(QStringLiteral("detailLines"),
                        {tr("SKU"), tr("GTIN"), tr("Item"), tr("Qty"), tr("Unit price"), tr("Line total")},
                        tr("Order lines"), tr("The items in the order with quantities and prices"));
    QHeaderView* header = m_lines->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LineName, QHeaderView::Stretch);
    boxLayout->addWidget(m_lines);

    auto* totalsHost = new QWidget(m_linesBox);
    totalsHost->setObjectName(QStringLiteral("detailTotals"));
    auto* totals = new QGridLayout(totalsHost);
    totals->setContentsMargins(0, 4, 0, 0);
    totals->setVerticalSpacing(2);
    m_itemsTotal = addField(totals, 0, 0, tr("Items"));
    m_discount = addField(totals, 1, 0, tr("Discount"));
    m_shipping = addField(totals, 2, 0, tr("Shipping"));
    m_tax = addField(totals, 3, 0, tr("Tax"));
    m_total = addField(totals, 4, 0, tr("Total"));
    for (const Field* f : {&m_itemsTotal, &m_discount, &m_shipping, &m_tax, &m_total})
        f->value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_total.value->setFont(scaledFont(font(), 1.15, true));
    if (auto* caption = qobject_cast<QLabel*>(totals->itemAtPosition(4, 0)->widget()))
        caption->setFont(scaledFont(font(), 1.15, true));
    boxLayout->addWidget(totalsHost, 0, Qt::AlignRight);
    layout->addWidget(m_linesBox);
}

void OrderDetailView::buildTimeline(QVBoxLayout* layout)
{
    auto* box = new QGroupBox(tr("Status timeline"), m_content);
    box->setObjectName(QStringLiteral("detailHistory"));
    auto* boxLayout = new QVBoxLayout(box);
    m_timeline = makeTable(QStringLiteral("detailTimeline"),
                           {tr("Time"), tr("Change"), tr("By"), tr("Station"), tr("Reason")}, tr("Status timeline"),
                           tr("Every status change of the order, oldest first, with who made it and where"));
    QHeaderView* header = m_timeline->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    boxLayout->addWidget(m_timeline);
    layout->addWidget(box);
}

void OrderDetailView::showMessage(const QString& text)
{
    m_shownNumber.clear();
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_message->show();
    m_content->hide();
}

void OrderDetailView::showOrder(const Order& order, const QList<StatusChange>& history)
{
    m_shownNumber = order.number;

    m_number->setText(order.number);
    m_number->setAccessibleName(tr("Order number: %1").arg(order.number));
    const QString status = OrderStatuses::displayName(order.status);
    m_status->setText(status);
    m_status->setStyleSheet(StatusColours::badgeStyleSheet(order.status, m_status->objectName()));
    m_status->setAccessibleName(tr("Status: %1").arg(status));
    m_status->setToolTip(tr("Status: %1").arg(status));

    const QString notYet = tr("Not yet");
    setField(m_service, ServiceLevels::displayName(order.serviceLevel));
    setField(m_payment, PaymentStatuses::displayName(order.paymentStatus));
    setField(m_warehouse, order.warehouse.isEmpty() ? tr("Not allocated") : order.warehouse);
    setField(m_marketplaceId, order.marketplaceId);
    setField(m_placed, order.placedAt.isValid() ? DisplayFormat::longDateTime(order.placedAt) : tr("Unknown"));
    setField(m_confirmed, order.confirmedAt.isValid() ? DisplayFormat::longDateTime(order.confirmedAt) : notYet);
    setField(m_shipBy, order.shipBy.isValid() ? DisplayFormat::longDateTime(order.shipBy) : tr("Not computed"));
    setField(m_shipped, order.shippedAt.isValid() ? DisplayFormat::longDateTime(order.shippedAt) : notYet);
    setField(m_delivered, order.deliveredAt.isValid() ? DisplayFormat::longDateTime(order.deliveredAt) : notYet);

    setField(m_customerName, order.customer.name);
    setField(m_email, order.customer.email);
    setField(m_phone, order.customer.phone);
    setField(m_locale, localeDescription(order.customer.locale));
    QStringList channels;
    if (order.customer.notifyEmail)
        channels << tr("Email");
    if (order.customer.notifySms)
        channels << tr("SMS");
    if (order.customer.notifyPush)
        channels << tr("App");
    setField(m_notifications, channels.isEmpty() ? tr("Nothing") : channels.join(QStringLiteral(", ")));

    QStringList addressLines = order.shipTo.lines();
    if (!order.shipTo.country.isEmpty() && !addressLines.isEmpty())
        addressLines.last() = countryName(order.shipTo.country);
    m_address->setText(addressLines.join(u'\n'));
    m_address->setAccessibleName(tr("Ship-to address: %1").arg(addressLines.join(QStringLiteral(", "))));

    fillInstructions(order.instructions);
    fillLines(order);
    fillTimeline(history);
    fillIntake(order.id);

    m_message->hide();
    m_content->show();
    verticalScrollBar()->setValue(0);
    fitTables();
}

void OrderDetailView::fillInstructions(const SpecialInstructions& instructions)
{
    if (instructions.isEmpty()) {
        m_instructionsPanel->setStyleSheet(QString());
        m_instructionsPanel->setFrameShape(QFrame::NoFrame);
        m_instructionsIcon->hide();
        m_instructions->setText(tr("None"));
        m_instructions->setAccessibleName(tr("Special instructions: none"));
        m_instructionsBox->setTitle(tr("Special instructions"));
        return;
    }
    QStringList items;
    QStringList plain;
    auto add = [&](const QString& caption, const QString& text) {
        const QString shown = text.isEmpty() ? caption : caption + QStringLiteral(": ") + text;
        plain << shown;
        items << (text.isEmpty() ? QStringLiteral("<b>%1</b>").arg(caption.toHtmlEscaped())
                                 : QStringLiteral("<b>%1:</b> %2").arg(caption.toHtmlEscaped(), text.toHtmlEscaped()));
    };
    if (instructions.fragile)
        add(tr("Fragile"), tr("handle with care and pack with padding"));
    if (instructions.giftWrap)
        add(tr("Gift wrap"), QString());
    if (!instructions.giftMessage.isEmpty())
        add(tr("Gift message"), QStringLiteral("“%1”").arg(instructions.giftMessage));
    if (!instructions.deliveryWindow.isEmpty())
        add(tr("Delivery window"), instructions.deliveryWindow);
    if (!instructions.customisation.isEmpty())
        add(tr("Customisation"), instructions.customisation);
    if (!instructions.note.isEmpty())
        add(tr("Note from the customer"), instructions.note);

    m_instructionsBox->setTitle(tr("Special instructions (%n)", nullptr, int(plain.size())));
    m_instructionsPanel->setFrameShape(QFrame::StyledPanel);
    // Amber panel, dark text and a warning icon: the instructions stand out without relying on colour.
    m_instructionsPanel->setStyleSheet(QStringLiteral(
        "QFrame#instructionsPanel { background: #FFF4CE; border: 2px solid #B7791F; border-radius: 6px; }"
        "QFrame#instructionsPanel QLabel { color: #3D2B00; background: transparent; }"));
    m_instructionsIcon->show();
    m_instructions->setText(items.join(QStringLiteral("<br>")));
    m_instructions->setAccessibleName(tr("Special instructions: %1").arg(plain.join(QStringLiteral("; "))));
}

void OrderDetailView::fillLines(const Order& order)
{
    const QLocale locale;
    m_linesBox->setTitle(tr("Items (lines: %1, units: %2)")
                             .arg(locale.toString(order.lines.size()), locale.toString(order.totalUnits())));
    m_lines->setRowCount(int(order.lines.size()));
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < order.lines.size(); ++row) {
        const OrderLine& line = order.lines.at(row);
        QStringList marks;
        if (line.fragile)
            marks << tr("fragile");
        if (line.serialTracked)
            marks << tr("serial number required");
        const QString name =
            marks.isEmpty() ? line.name : QStringLiteral("%1 (%2)").arg(line.name, marks.join(QStringLiteral(", ")));
        m_lines->setItem(row, LineSku, readOnlyItem(line.sku));
        m_lines->setItem(row, LineGtin, readOnlyItem(line.gtin));
        m_lines->setItem(row, LineName, readOnlyItem(name));
        m_lines->setItem(row, LineQuantity, readOnlyItem(locale.toString(line.quantity), right));
        m_lines->setItem(row, LineUnitPrice,
                         readOnlyItem(Money(line.unitPriceMinor, order.currency).format(locale), right));
        auto* total = readOnlyItem(Money(line.totalMinor(), order.currency).format(locale), right);
        if (line.discountMinor != 0)
            total->setToolTip(tr("%1 after a discount of %2")
                                  .arg(Money(line.totalMinor(), order.currency).format(locale),
                                       Money(line.discountMinor, order.currency).format(locale)));
        m_lines->setItem(row, LineTotal, total);
    }
    if (auto* item = m_lines->horizontalHeaderItem(LineQuantity))
        item->setTextAlignment(right);
    if (auto* item = m_lines->horizontalHeaderItem(LineUnitPrice))
        item->setTextAlignment(right);
    if (auto* item = m_lines->horizontalHeaderItem(LineTotal))
        item->setTextAlignment(right);

    setField(m_itemsTotal, Money(order.itemsSubtotalMinor(), order.currency).format(locale));
    setField(m_discount, order.discountMinor == 0 ? Money(0, order.currency).format(locale)
                                                  : Money(-order.discountMinor, order.currency).format(locale));
    setField(m_shipping, Money(order.shippingMinor, order.currency).format(locale));
    setField(m_tax, Money(order.taxMinor, order.currency).format(locale));
    setField(m_total, Money(order.totalMinor, order.currency).format(locale));
}

QString OrderDetailView::actionName(const QString& action)
{
    // Audit entries about an order that are not status changes (intake, stock).
    if (action == QLatin1String("hold_placed"))
        return tr("Put on hold");
    if (action == QLatin1String("hold_released"))
        return tr("Hold released");
    if (action == QLatin1String("hold_reasons_changed"))
        return tr("Hold reasons changed");
    if (action == QLatin1String("allocated"))
        return tr("Warehouse chosen");
    if (action == QLatin1String("reservation_released"))
        return tr("Reserved stock given back");
    return action;
}

void OrderDetailView::fillTimeline(const QList<StatusChange>& history)
{
    m_timeline->setRowCount(int(history.size()));
    for (int row = 0; row < history.size(); ++row) {
        const StatusChange& change = history.at(row);
        QString what;
        if (change.from.isEmpty())
            what = change.to.isEmpty() ? actionName(change.action)
                                       : tr("Created as %1").arg(DisplayFormat::statusName(change.to));
        else
            what = tr("%1 → %2").arg(DisplayFormat::statusName(change.from), DisplayFormat::statusName(change.to));
        m_timeline->setItem(row, TimeColumn, readOnlyItem(DisplayFormat::longDateTime(change.at)));
        m_timeline->setItem(row, ChangeColumn, readOnlyItem(what));
        m_timeline->setItem(row, ActorColumn, readOnlyItem(change.actor));
        m_timeline->setItem(row, StationColumn, readOnlyItem(change.station));
        m_timeline->setItem(row, ReasonColumn, readOnlyItem(change.reason));
    }
}

void OrderDetailView::buildHold(QVBoxLayout* layout)
{
    // The open hold first of all: it says why the order cannot be picked and what to put right.
    m_holdPanel = new QFrame(m_content);
    m_holdPanel->setObjectName(QStringLiteral("holdPanel"));
    m_holdPanel->setFrameShape(QFrame::StyledPanel);
    // Pale red, dark text, a stop icon and the words "On hold": never the colour alone.
    m_holdPanel->setStyleSheet(
        QStringLiteral("QFrame#holdPanel { background: #FBE4E2; border: 2px solid #B42318; border-radius: 6px; }"
                       "QFrame#holdPanel QLabel { color: #3B0A05; background: transparent; }"));
    auto* panelLayout = new QHBoxLayout(m_holdPanel);
    panelLayout->setContentsMargins(10, 8, 10, 8);
    panelLayout->setSpacing(10);
    auto* icon = new QLabel(m_holdPanel);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(32, 32));
    icon->setAccessibleName(tr("On hold"));
    panelLayout->addWidget(icon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    texts->setSpacing(4);
    m_holdTitle = new QLabel(m_holdPanel);
    m_holdTitle->setObjectName(QStringLiteral("detailHoldTitle"));
    m_holdTitle->setFont(scaledFont(font(), 1.25, true));
    m_holdTitle->setWordWrap(true);
    m_holdTitle->setTextFormat(Qt::PlainText);
    m_holdReasons = new QLabel(m_holdPanel);
    m_holdReasons->setObjectName(QStringLiteral("detailHoldReasons"));
    m_holdReasons->setWordWrap(true);
    m_holdReasons->setTextFormat(Qt::RichText);
    m_holdReasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_holdReasons->setAccessibleName(tr("Why the order is held"));
    texts->addWidget(m_holdTitle);
    texts->addWidget(m_holdReasons);
    panelLayout->addLayout(texts, 1);
    m_holdPanel->hide();
    layout->addWidget(m_holdPanel);
}

void OrderDetailView::buildVerification(QVBoxLayout* layout)
{
    m_checksBox = new QGroupBox(tr("Verification"), m_content);
    m_checksBox->setObjectName(QStringLiteral("detailVerification"));
    auto* boxLayout = new QVBoxLayout(m_checksBox);
    m_checksMessage = new QLabel(m_checksBox);
    m_checksMessage->setObjectName(QStringLiteral("detailChecksMessage"));
    m_checksMessage->setWordWrap(true);
    boxLayout->addWidget(m_checksMessage);
    m_checks =
        makeTable(QStringLiteral("detailChecks"), {tr("Result"), tr("Check"), tr("Message")}, tr("Verification checks"),
                  tr("Each check intake made on the order: passed or failed, what was checked and what it found"));
    QHeaderView* header = m_checks->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    boxLayout->addWidget(m_checks);
    m_checksBox->hide();
    layout->addWidget(m_checksBox);
}

void OrderDetailView::buildAllocation(QVBoxLayout* layout)
{
    m_allocationBox = new QGroupBox(tr("Allocation"), m_content);
    m_allocationBox->setObjectName(QStringLiteral("detailAllocation"));
    auto* grid = new QGridLayout(m_allocationBox);
    grid->setVerticalSpacing(4);
    m_allocationOutcome = addField(grid, 0, 0, tr("Outcome"));
    m_allocationWarehouses = addField(grid, 1, 0, tr("Ships from"));
    m_allocationMessage = addField(grid, 2, 0, tr("Why"));
    m_allocationDecided = addField(grid, 3, 0, tr("Decided"));
    m_allocationOutcome.value->setObjectName(QStringLiteral("detailAllocationOutcome"));
    m_allocationWarehouses.value->setObjectName(QStringLiteral("detailAllocationWarehouses"));
    m_allocationMessage.value->setObjectName(QStringLiteral("detailAllocationMessage"));
    m_allocationOutcome.value->setFont(scaledFont(font(), 1.1, true));
    m_allocationBox->hide();
    layout->addWidget(m_allocationBox);
}

void OrderDetailView::buildHoldHistory(QVBoxLayout* layout)
{
    m_holdHistoryBox = new QGroupBox(tr("Holds"), m_content);
    m_holdHistoryBox->setObjectName(QStringLiteral("detailHoldHistory"));
    auto* boxLayout = new QVBoxLayout(m_holdHistoryBox);
    m_holdHistory =
        makeTable(QStringLiteral("detailHolds"),
                  {tr("Placed"), tr("Kind"), tr("Reasons"), tr("Released"), tr("Release reason")}, tr("Hold history"),
                  tr("Every hold of the order, newest first: when and why it was placed, and when and why released"));
    QHeaderView* header = m_holdHistory->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HoldReasons, QHeaderView::Stretch);
    boxLayout->addWidget(m_holdHistory);
    m_holdHistoryBox->hide();
    layout->addWidget(m_holdHistoryBox);
}

void OrderDetailView::setIntakeService(const IntakeService* intake)
{
    m_intake = intake;
    if (!m_intake) {
        m_holdPanel->hide();
        m_checksBox->hide();
        m_allocationBox->hide();
        m_holdHistoryBox->hide();
    }
}

void OrderDetailView::fillIntake(qint64 orderId)
{
    if (!m_intake) {
        m_holdPanel->hide();
        m_checksBox->hide();
        m_allocationBox->hide();
        m_holdHistoryBox->hide();
        return;
    }
    fillHolds(orderId);
    fillChecks(orderId);
    fillAllocation(orderId);
}

void OrderDetailView::fillChecks(qint64 orderId)
{
    m_checksBox->show();
    Result<QList<StoredCheck>> read = m_intake->checks(orderId);
    if (!read) {
        qCWarning(lcUi).noquote() << "reading the checks of order" << orderId << "failed:" << read.error().toString();
        m_checksBox->setTitle(tr("Verification"));
        m_checksMessage->setText(tr("The verification results could not be read: %1").arg(read.error().message));
        m_checksMessage->setAccessibleName(m_checksMessage->text());
        m_checksMessage->show();
        m_checks->setRowCount(0);
        m_checks->hide();
        return;
    }
    // Failures first (what to put right), then the rest; each in the order the verifier runs them, ids this
    // program does not know at the end.
    QList<StoredCheck> checks = *read;
    const QStringList order = VerificationCheck::allIds();
    std::stable_sort(checks.begin(), checks.end(), [&](const StoredCheck& a, const StoredCheck& b) {
        const auto rank = [&](const StoredCheck& c) {
            const qsizetype i = order.indexOf(c.id);
            return std::pair(c.passed, i < 0 ? order.size() : i);
        };
        return rank(a) < rank(b);
    });
    if (checks.isEmpty()) {
        m_checksBox->setTitle(tr("Verification"));
        m_checksMessage->setText(tr("Not verified yet: intake has not looked at this order."));
        m_checksMessage->setAccessibleName(m_checksMessage->text());
        m_checksMessage->show();
        m_checks->setRowCount(0);
        m_checks->hide();
        return;
    }
    int failed = 0;
    m_checks->setRowCount(int(checks.size()));
    QFont bold = m_checks->font();
    bold.setBold(true);
    for (int row = 0; row < checks.size(); ++row) {
        const StoredCheck& check = checks.at(row);
        // A symbol and a word: never the colour alone.
        auto* result = readOnlyItem(check.passed ? tr("✓ Passed") : tr("✗ Failed"));
        auto* title = readOnlyItem(IntakeText::checkTitle(check.id));
        auto* message = readOnlyItem(check.message);
        QString tip = check.message;
        if (!check.detail.isEmpty())
            tip += u'\n' + check.detail;
        if (check.checkedAt.isValid())
            tip += u'\n' + tr("Checked %1").arg(DisplayFormat::longDateTime(check.checkedAt));
        message->setToolTip(tip);
        if (!check.passed) {
            ++failed;
            for (QTableWidgetItem* item : {result, title, message}) {
                item->setFont(bold);
                item->setBackground(QColor(0xFB, 0xE4, 0xE2));
                item->setForeground(QColor(0x3B, 0x0A, 0x05));
            }
        }
        m_checks->setItem(row, CheckResult, result);
        m_checks->setItem(row, CheckTitle, title);
        m_checks->setItem(row, CheckMessage, message);
    }
    m_checks->show();
    const QLocale locale;
    if (failed == 0)
        m_checksBox->setTitle(tr("Verification: all %1 checks passed").arg(locale.toString(checks.size())));
    else if (failed == 1)
        m_checksBox->setTitle(tr("Verification: 1 check failed"));
    else
        m_checksBox->setTitle(tr("Verification: %1 checks failed").arg(locale.toString(failed)));
    m_checksMessage->hide();
}

void OrderDetailView::fillHolds(qint64 orderId)
{
    Result<QList<Hold>> read = m_intake->holds(orderId);
    if (!read) {
        qCWarning(lcUi).noquote() << "reading the holds of order" << orderId << "failed:" << read.error().toString();
        m_holdPanel->hide();
        m_holdHistoryBox->setTitle(tr("Holds"));
        m_holdHistory->setRowCount(0);
        m_holdHistoryBox->setVisible(true);
        m_holdHistory->setAccessibleDescription(tr("The holds could not be read: %1").arg(read.error().message));
        return;
    }
    const QList<Hold>& holds = *read;

    // The open hold (the newest, should there be several) in the panel at the top.
    const Hold* open = nullptr;
    for (const Hold& hold : holds)
        if (hold.isOpen()) {
            open = &hold;
            break;
        }
    if (open) {
        const QString kind = IntakeText::holdKindName(open->kind);
        m_holdTitle->setText(tr("On hold: %1").arg(kind));
        QStringList items;
        QStringList plain;
        for (const HoldReason& reason : open->reasons) {
            const QString title = IntakeText::reasonTitle(reason.check);
            items << QStringLiteral("• <b>%1:</b> %2").arg(title.toHtmlEscaped(), reason.message.toHtmlEscaped());
            plain << title + QStringLiteral(": ") + reason.message;
        }
        const QString placed =
            open->placedBy.isEmpty()
                ? tr("Placed %1").arg(DisplayFormat::longDateTime(open->placedAt))
                : tr("Placed %1 by %2").arg(DisplayFormat::longDateTime(open->placedAt), open->placedBy);
        items << QStringLiteral("<i>%1</i>").arg(placed.toHtmlEscaped());
        m_holdReasons->setText(items.join(QStringLiteral("<br>")));
        m_holdTitle->setAccessibleName(m_holdTitle->text());
        m_holdReasons->setAccessibleName(tr("Why it is held: %1. %2").arg(plain.join(QStringLiteral("; ")), placed));
        m_holdPanel->show();
    } else {
        m_holdPanel->hide();
    }

    m_holdHistoryBox->setVisible(!holds.isEmpty());
    m_holdHistoryBox->setTitle(tr("Holds (%1)").arg(QLocale().toString(holds.size())));
    m_holdHistory->setRowCount(int(holds.size()));
    for (int row = 0; row < holds.size(); ++row) {
        const Hold& hold = holds.at(row);
        QStringList reasons;
        for (const HoldReason& reason : hold.reasons)
            reasons << IntakeText::reasonTitle(reason.check) + QStringLiteral(": ") + reason.message;
        const QString placed = hold.placedBy.isEmpty()
                                   ? DisplayFormat::longDateTime(hold.placedAt)
                                   : tr("%1 by %2").arg(DisplayFormat::longDateTime(hold.placedAt), hold.placedBy);
        QString released;
        if (hold.isOpen())
            released = tr("Still on hold");
        else if (hold.releasedBy.isEmpty())
            released = DisplayFormat::longDateTime(hold.releasedAt);
        else
            released = tr("%1 by %2").arg(DisplayFormat::longDateTime(hold.releasedAt), hold.releasedBy);
        m_holdHistory->setItem(row, HoldPlaced, readOnlyItem(placed));
        m_holdHistory->setItem(row, HoldKind, readOnlyItem(IntakeText::holdKindName(hold.kind)));
        m_holdHistory->setItem(row, HoldReasons, readOnlyItem(reasons.join(QStringLiteral("; "))));
        m_holdHistory->setItem(row, HoldReleased, readOnlyItem(released));
        m_holdHistory->setItem(row, HoldReleaseReason, readOnlyItem(IntakeText::releaseReason(hold.releaseReason)));
    }
}

void OrderDetailView::fillAllocation(qint64 orderId)
{
    m_allocationBox->show();
    Result<std::optional<StoredAllocation>> read = m_intake->allocation(orderId);
    if (!read) {
        qCWarning(lcUi).noquote() << "reading the allocation of order" << orderId
                                  << "failed:" << read.error().toString();
        setField(m_allocationOutcome, tr("Could not be read"));
        setField(m_allocationWarehouses, QString());
        setField(m_allocationMessage, read.error().message);
        setField(m_allocationDecided, QString());
        return;
    }
    if (!read->has_value()) {
        setField(m_allocationOutcome, tr("Not allocated yet"));
        setField(m_allocationWarehouses, QString());
        setField(m_allocationMessage, tr("Intake allocates the order once it passes verification."));
        setField(m_allocationDecided, QString());
        setFieldShown(m_allocationWarehouses, false);
        setFieldShown(m_allocationDecided, false);
        return;
    }
    setFieldShown(m_allocationWarehouses, true);
    setFieldShown(m_allocationDecided, true);
    const StoredAllocation& allocation = **read;
    setField(m_allocationOutcome, IntakeText::allocationOutcomeName(allocation.outcome));
    setField(m_allocationWarehouses, allocation.warehouses.isEmpty()
                                         ? tr("None yet")
                                         : allocation.warehouses.join(tr(", then ", "between warehouses")));
    setField(m_allocationMessage, allocation.message);
    m_allocationMessage.value->setToolTip(allocation.detail);
    setField(m_allocationDecided,
             allocation.decidedAt.isValid() ? DisplayFormat::longDateTime(allocation.decidedAt) : QString());
}

} // namespace saypro
