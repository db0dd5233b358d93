#include "LabelScreen.h"

#include "DisplayFormat.h"
#include "DocumentPreviewDialog.h"
#include "FeedbackBanner.h"
#include "StationUser.h"
#include "TableItems.h"
#include "TypedCodeField.h"
#include "UiLogging.h"
#include "domain/Money.h"
#include "shipping/LabelPainter.h"
#include "shipping/PrintJobs.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>

#include <functional>

namespace saypro {

namespace {

constexpr int kQueueLimit = 200;
enum QueueColumn { QueueNumber, QueueStatus, QueueCustomer, QueueShipBy, QueueUnits, QueueColumns };

QString price(qint64 minor)
{
    return Money(minor, QStringLiteral("ZAR")).format(QLocale());
}

/// Two lines of text asked of the person (e.g. supervisor and reason); std::nullopt when cancelled.
std::optional<std::pair<QString, QString>> askTwo(QWidget* parent, const QString& title, const QString& intro,
                                                  const QString& firstLabel, const QString& secondLabel,
                                                  const QString& okText, bool needFirst)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setAccessibleName(title);
    auto* form = new QFormLayout(&dialog);
    auto* text = new QLabel(intro, &dialog);
    text->setWordWrap(true);
    form->addRow(text);
    QLineEdit* first = nullptr;
    if (needFirst) {
        first = new QLineEdit(&dialog);
        first->setAccessibleName(firstLabel);
        first->setProperty("saypro_typedEntry", true);
        form->addRow(firstLabel + QLatin1Char(':'), first);
    }
    auto* second = new QLineEdit(&dialog);
    second->setAccessibleName(secondLabel);
    second->setProperty("saypro_typedEntry", true);
    form->addRow(secondLabel + QLatin1Char(':'), second);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return std::pair<QString, QString>{first ? first->text().trimmed() : QString(), second->text().trimmed()};
}

} // namespace

LabelScreen::LabelScreen(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("labelScreen"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Label"));
    buildLayout();
    updateActions();
}

LabelScreen::~LabelScreen() = default;

void LabelScreen::buildLayout()
{
    auto* outer = new QHBoxLayout(this);

    // Left: the label bench and the manifests.
    auto* left = new QVBoxLayout;
    outer->addLayout(left, 2);
    auto* heading = new QLabel(tr("Orders to label"), this);
    heading->setFont(scaledFont(font(), 1.6, true));
    left->addWidget(heading);
    m_queue =
        readOnlyTable(this, QStringLiteral("labelQueue"),
                      {tr("Order"), tr("Status"), tr("Customer"), tr("Ship by"), tr("Items")}, tr("Orders to label"),
                      tr("Packed orders first, then labelled orders waiting for the manifest. Enter shows one."));
    m_queue->horizontalHeader()->setStretchLastSection(true);
    m_queue->setFont(scaledFont(font(), 1.1, false));
    left->addWidget(m_queue, 1);
    connect(m_queue, &QTableWidget::cellActivated, this,
            [this](int, int) { selectOrder(currentRowId(m_queue, QueueNumber)); });
    connect(m_queue, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous, int) {
        if (row >= 0 && row != previous)
            selectOrder(currentRowId(m_queue, QueueNumber));
    });

    auto* manifestBox = new QGroupBox(tr("End-of-day manifest"), this);
    auto* manifestRow = new QHBoxLayout(manifestBox);
    m_manifestCarrier = new QComboBox(manifestBox);
    m_manifestCarrier->setObjectName(QStringLiteral("labelManifestCarrier"));
    m_manifestCarrier->setAccessibleName(tr("Carrier whose manifest to close"));
    m_closeManifest = new QPushButton(tr("Close &manifest…"), manifestBox);
    m_closeManifest->setObjectName(QStringLiteral("labelCloseManifest"));
    m_closeManifest->setAccessibleName(tr("Close the manifest of the chosen carrier"));
    m_closeManifest->setAccessibleDescription(
        tr("The carrier's labelled parcels are handed over: the orders become shipped and their labels can no longer "
           "be voided. A PDF for the driver to sign and a CSV are saved."));
    manifestRow->addWidget(m_manifestCarrier, 1);
    manifestRow->addWidget(m_closeManifest);
    left->addWidget(manifestBox);
    connect(m_closeManifest, &QPushButton::clicked, this, &LabelScreen::askManifest);

    // Middle: the shipment and the actions.
    auto* middle = new QVBoxLayout;
    outer->addLayout(middle, 2);
    m_feedback = new FeedbackBanner(this);
    m_feedback->setObjectName(QStringLiteral("labelFeedback"));
    middle->addWidget(m_feedback);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("labelOrderHeading"));
    m_heading->setFont(scaledFont(font(), 1.8, true));
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    middle->addWidget(m_heading);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    middle->addWidget(m_detail);

    auto* serviceBox = new QGroupBox(tr("Carrier service"), this);
    auto* serviceForm = new QFormLayout(serviceBox);
    m_reason = new QLabel(serviceBox);
    m_reason->setObjectName(QStringLiteral("labelChoiceReason"));
    m_reason->setWordWrap(true);
    m_reason->setAccessibleName(tr("Why this service"));
    serviceForm->addRow(m_reason);
    m_service = new QComboBox(serviceBox);
    m_service->setObjectName(QStringLiteral("labelService"));
    m_service->setAccessibleName(tr("Carrier service"));
    m_service->setAccessibleDescription(tr("The proposed service is first; another allowed one needs a reason."));
    auto* serviceLabel = new QLabel(tr("&Service:"), serviceBox);
    serviceLabel->setBuddy(m_service);
    serviceForm->addRow(serviceLabel, m_service);
    m_overrideReason = new QLineEdit(serviceBox);
    m_overrideReason->setObjectName(QStringLiteral("labelOverrideReason"));
    m_overrideReason->setAccessibleName(tr("Reason for another service"));
    m_overrideReason->setPlaceholderText(tr("Why another service (recorded)"));
    m_overrideReason->setProperty("saypro_typedEntry", true);
    auto* reasonLabel = new QLabel(tr("Rea&son:"), serviceBox);
    reasonLabel->setBuddy(m_overrideReason);
    serviceForm->addRow(reasonLabel, m_overrideReason);
    middle->addWidget(serviceBox);
    connect(m_service, &QComboBox::currentIndexChanged, this, [this] { updateActions(); });

    m_create = new QPushButton(tr("&Create label (Ctrl+L)"), this);
    m_create->setObjectName(QStringLiteral("labelCreate"));
    m_create->setAccessibleName(tr("Create the label"));
    m_create->setFont(scaledFont(font(), 1.3, true));
    m_print = new QPushButton(tr("&Print label (Ctrl+P)"), this);
    m_print->setObjectName(QStringLiteral("labelPrint"));
    m_print->setAccessibleName(tr("Print the label"));
    m_printAgain = new QPushButton(tr("Print &again"), this);
    m_printAgain->setObjectName(QStringLiteral("labelPrintAgain"));
    m_printAgain->setAccessibleName(tr("Send the label that did not print again"));
    m_reprint = new QPushButton(tr("&Reprint…"), this);
    m_reprint->setAccessibleName(tr("Reprint the label, with a reason"));
    m_savePdf = new QPushButton(tr("Save as P&DF…"), this);
    m_savePdf->setAccessibleName(tr("Save the label as a PDF file"));
    m_void = new QPushButton(tr("&Void label…"), this);
    m_void->setObjectName(QStringLiteral("labelVoid"));
    m_void->setAccessibleName(tr("Void the label (supervisor)"));
    m_documents = new QPushButton(tr("Packing slip, &invoice…"), this);
    m_documents->setObjectName(QStringLiteral("labelDocuments"));
    m_documents->setAccessibleName(tr("Show and print the packing slip, invoice or return instructions"));
    auto* actions = new QGridLayout;
    actions->addWidget(m_create, 0, 0, 1, 2);
    actions->addWidget(m_print, 1, 0);
    actions->addWidget(m_printAgain, 1, 1);
    actions->addWidget(m_reprint, 2, 0);
    actions->addWidget(m_savePdf, 2, 1);
    actions->addWidget(m_void, 3, 0);
    actions->addWidget(m_documents, 3, 1);
    for (QPushButton* b : {m_create, m_print, m_printAgain, m_reprint, m_savePdf, m_void, m_documents}) {
        b->setMinimumHeight(44);
        b->setAutoDefault(false);
    }
    middle->addLayout(actions);
    connect(m_create, &QPushButton::clicked, this, &LabelScreen::createLabel);
    connect(m_print, &QPushButton::clicked, this, [this] { printLabels(); });
    connect(m_printAgain, &QPushButton::clicked, this, &LabelScreen::printAgain);
    connect(m_reprint, &QPushButton::clicked, this, &LabelScreen::askReprint);
    connect(m_savePdf, &QPushButton::clicked, this, &LabelScreen::askSavePdf);
    connect(m_void, &QPushButton::clicked, this, &LabelScreen::askVoid);
    connect(m_documents, &QPushButton::clicked, this, &LabelScreen::showDocuments);

    m_typed = addTypedCodeField(this, middle, QStringLiteral("labelTypedCode"),
                                tr("Scan or type an order number and press Enter to show its shipment."),
                                [this](const QString& code) { handleScan(code); });
    middle->addStretch(1);

    // Right: the label preview.
    auto* right = new QVBoxLayout;
    outer->addLayout(right, 2);
    m_previewCaption = new QLabel(this);
    m_previewCaption->setObjectName(QStringLiteral("labelPreviewCaption"));
    m_previewCaption->setFont(scaledFont(font(), 1.1, true));
    right->addWidget(m_previewCaption);
    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("labelPreview"));
    m_previewLabel->setAccessibleName(tr("Label preview"));
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setMinimumSize(300, 450);
    m_previewLabel->setFrameShape(QFrame::Box);
    right->addWidget(m_previewLabel, 1);
    auto* parcelRow = new QHBoxLayout;
    m_previousParcel = new QPushButton(tr("◀ Previous parcel"), this);
    m_previousParcel->setAccessibleName(tr("Show the previous parcel's label"));
    m_nextParcel = new QPushButton(tr("Next parcel ▶"), this);
    m_nextParcel->setAccessibleName(tr("Show the next parcel's label"));
    parcelRow->addWidget(m_previousParcel);
    parcelRow->addWidget(m_nextParcel);
    right->addLayout(parcelRow);
    connect(m_previousParcel, &QPushButton::clicked, this, [this] {
        m_parcelShown = std::max(0, m_parcelShown - 1);
        showPreview();
    });
    connect(m_nextParcel, &QPushButton::clicked, this, [this] {
        m_parcelShown = std::min(int(m_labels.size()) - 1, m_parcelShown + 1);
        showPreview();
    });

    auto shortcut = [this](const QKeySequence& keys, const std::function<void()>& action) {
        auto* s = new QShortcut(keys, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, action);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_L), [this] { createLabel(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_P), [this] { printLabels(); });
}

void LabelScreen::setServices(ShipmentStore* store, PrintJobs* jobs)
{
    m_store = store;
    m_jobs = jobs;
    m_view.reset();
    m_labels.clear();
    m_orderId = 0;
    refresh();
    showShipment();
}

void LabelScreen::setPrinter(const QString& printer, int dpi, LabelSize size)
{
    m_printer = printer.trimmed();
    m_dpi = dpi >= 300 ? 300 : 203;
    m_size = size;
    showPreview();
}

void LabelScreen::refresh()
{
    fillQueue();
    fillManifests();
    if (m_orderId > 0)
        selectOrder(m_orderId);
}

void LabelScreen::fillQueue()
{
    const qint64 current = m_orderId > 0 ? m_orderId : currentRowId(m_queue, QueueNumber);
    const QSignalBlocker blocker(m_queue);
    m_queue->setRowCount(0);
    if (!m_store)
        return;
    auto queue = m_store->queue(kQueueLimit);
    if (!queue) {
        reportError(queue.error().message, queue.error().detail);
        return;
    }
    fillOrderQueue(m_queue, *queue, QueueNumber);
    setCurrentRowById(m_queue, QueueNumber, current);
}

void LabelScreen::fillManifests()
{
    const QString current = m_manifestCarrier->currentData().toString();
    m_manifestCarrier->clear();
    if (!m_store)
        return;
    auto waiting = m_store->awaitingManifest();
    if (!waiting) {
        reportError(waiting.error().message, waiting.error().detail);
        return;
    }
    for (const auto& [carrier, parcels] : std::as_const(*waiting))
        m_manifestCarrier->addItem(
            tr("%1: %n parcel(s) labelled", nullptr, parcels).arg(m_store->methods().carrier(carrier).name), carrier);
    if (m_manifestCarrier->count() == 0)
        m_manifestCarrier->addItem(tr("No labelled parcels wait for a manifest"));
    const int index = m_manifestCarrier->findData(current);
    if (index >= 0)
        m_manifestCarrier->setCurrentIndex(index);
    m_closeManifest->setEnabled(!waiting->isEmpty());
}

bool LabelScreen::selectOrder(qint64 orderId)
{
    if (!m_store || orderId <= 0)
        return false;
    auto view = m_store->view(orderId);
    if (!view) {
        m_orderId = 0;
        m_view.reset();
        m_labels.clear();
        showShipment();
        reportError(view.error().message, view.error().detail);
        return false;
    }
    const bool sameOrder = m_orderId == orderId;
    m_orderId = orderId;
    m_view = std::move(*view);
    m_labels.clear();
    if (m_view->isLabelled()) {
        auto labels = m_store->labels(*m_view);
        if (labels)
            m_labels = *labels;
        else
            reportError(labels.error().message, labels.error().detail);
    }
    if (!sameOrder) {
        m_parcelShown = 0;
        m_lastJob = 0;
        m_lastPayload.clear();
        m_overrideReason->clear();
    }
    m_parcelShown = std::clamp(m_parcelShown, 0, std::max(0, int(m_labels.size()) - 1));
    {
        const QSignalBlocker blocker(m_queue);
        setCurrentRowById(m_queue, QueueNumber, orderId);
    }
    showShipment();
    if (!sameOrder) {
        if (m_view->isLabelled())
            m_feedback->showNeutral(
                tr("Order %1 is labelled: print its label or reprint it.").arg(m_view->order.number));
        else if (m_view->choice.chosen)
            m_feedback->showNeutral(
                tr("Order %1 is packed: check the service and create the label (Ctrl+L).").arg(m_view->order.number));
        else
            m_feedback->showProblem(m_view->choice.reason);
    }
    return true;
}

void LabelScreen::handleScan(const QString& code)
{
    if (!m_store)
        return;
    auto id = m_store->orderIdByNumber(code.trimmed());
    if (!id) {
        reportError(id.error().message, id.error().detail);
        return;
    }
    selectOrder(*id);
}

void LabelScreen::focusInput()
{
    m_typed->setFocus(Qt::OtherFocusReason);
}

void LabelScreen::showShipment()
{
    const QSignalBlocker blocker(m_service);
    m_service->clear();
    if (!m_view) {
        m_heading->setText(tr("No order selected"));
        m_detail->setText(tr("Choose an order on the left, or scan its order number."));
        m_reason->clear();
        showPreview();
        updateActions();
        return;
    }
    const ShipmentView& v = *m_view;
    m_heading->setText(tr("%1 · %2").arg(v.order.number, OrderStatuses::displayName(v.order.status)));
    m_detail->setText(tr("%1 · %2 · %n parcel(s), %3 kg · %4 · zone %5", nullptr, int(v.parcels.size()))
                          .arg(v.order.shipTo.name.isEmpty() ? v.order.customer.name : v.order.shipTo.name,
                               QStringList{v.order.shipTo.city, v.order.shipTo.postalCode, v.order.shipTo.country}.join(
                                   QLatin1Char(' ')),
                               QLocale().toString(v.totalWeightGrams() / 1000.0, 'f', 2),
                               ServiceLevels::displayName(v.order.serviceLevel), v.request.zone));
    if (v.isLabelled()) {
        const auto service = m_store->methods().service(v.serviceKey);
        m_service->addItem(tr("%1 (%2)").arg(service ? service->name : v.serviceKey, price(v.priceMinor)),
                           v.serviceKey);
        QStringList numbers;
        for (const ShipmentParcel& p : v.parcels)
            numbers << p.trackingNumber;
        m_reason->setText(tr("%1\nTracking: %2").arg(v.reason, numbers.join(QStringLiteral(", "))));
    } else {
        m_reason->setText(v.choice.reason);
        for (const ShippingOption& o : v.choice.options) {
            const bool proposed = v.choice.chosen && v.choice.chosen->service.key == o.service.key;
            const QString text =
                tr("%1 · %2 · %n business day(s)", nullptr, o.transitDays).arg(o.service.name, price(o.priceMinor)) +
                (proposed ? tr(" · proposed") : QString()) + (o.meetsDate ? QString() : tr(" · arrives late"));
            if (proposed)
                m_service->insertItem(0, text, o.service.key);
            else
                m_service->addItem(text, o.service.key);
        }
        m_service->setCurrentIndex(0);
    }
    showPreview();
    updateActions();
}

void LabelScreen::showPreview()
{
    m_previewImage = QImage();
    if (m_labels.isEmpty()) {
        m_previewLabel->setPixmap(QPixmap());
        m_previewLabel->setText(m_view && !m_view->isLabelled() ? tr("The label appears here once it is created.")
                                                                : QString());
        m_previewCaption->setText(tr("Label preview"));
        m_previousParcel->setEnabled(false);
        m_nextParcel->setEnabled(false);
        return;
    }
    const ShippingLabelData& label = m_labels.at(m_parcelShown);
    auto image = LabelPainter::toImage(label, m_size, m_dpi);
    if (!image) {
        reportError(image.error().message, image.error().detail);
        return;
    }
    m_previewImage = *image;
    const QSize room = m_previewLabel->size() - QSize(8, 8);
    m_previewLabel->setPixmap(QPixmap::fromImage(
        m_previewImage.scaled(room.isValid() ? room : QSize(300, 450), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_previewCaption->setText(
        tr("Parcel %1 of %2 · %3").arg(label.parcel).arg(label.parcels).arg(label.trackingNumber));
    m_previewLabel->setAccessibleDescription(
        tr("Label of parcel %1 of %2: %3, %4, tracking number %5")
            .arg(label.parcel)
            .arg(label.parcels)
            .arg(label.serviceName, label.shipTo.lines().join(QStringLiteral(", ")), label.trackingNumber));
    m_previousParcel->setEnabled(m_parcelShown > 0);
    m_nextParcel->setEnabled(m_parcelShown + 1 < m_labels.size());
}

void LabelScreen::updateActions()
{
    const bool packed = m_view && !m_view->isLabelled() && m_view->order.status == OrderStatus::Packed;
    const bool labelled = m_view && m_view->isLabelled();
    const bool manifested = m_view && m_view->status == QLatin1String("manifested");
    const bool proposedChosen = m_service->currentIndex() <= 0;
    m_service->setEnabled(packed && m_service->count() > 0);
    m_overrideReason->setEnabled(packed && !proposedChosen);
    m_create->setEnabled(packed && m_service->count() > 0);
    m_print->setEnabled(labelled && m_sending == nullptr);
    m_printAgain->setEnabled(labelled && m_lastJob > 0 && !m_lastPayload.isEmpty() && m_sending == nullptr);
    m_reprint->setEnabled(labelled && m_sending == nullptr);
    m_savePdf->setEnabled(labelled);
    m_void->setEnabled(labelled && !manifested);
    m_documents->setEnabled(m_view.has_value());
}

void LabelScreen::reportError(const QString& message, const QString& detail)
{
    m_feedback->showProblem(message);
    if (!detail.isEmpty())
        qCWarning(lcUi).noquote() << "label:" << detail;
}

bool LabelScreen::createLabel()
{
    if (!m_store || !m_view || m_view->isLabelled())
        return false;
    LabelRequest request;
    request.serviceKey = m_service->currentData().toString();
    request.overrideReason = m_overrideReason->text();
    if (m_service->currentIndex() > 0 && request.overrideReason.trimmed().isEmpty()) {
        m_feedback->showProblem(tr("Say why another service than the proposed one is used."));
        m_overrideReason->setFocus(Qt::OtherFocusReason);
        return false;
    }
    QStringList warnings;
    auto done = m_store->label(m_orderId, request, StationUser::actor(), &warnings);
    if (!done) {
        reportError(done.error().message, done.error().detail);
        return false;
    }
    const QString number = done->order.number;
    selectOrder(m_orderId);
    fillQueue();
    fillManifests();
    QStringList numbers;
    for (const ShipmentParcel& p : done->parcels)
        numbers << p.trackingNumber;
    QString message = tr("Order %1 labelled: %2.").arg(number, numbers.join(QStringLiteral(", ")));
    if (!warnings.isEmpty())
        message += QLatin1Char('\n') + warnings.join(QLatin1Char('\n'));
    m_feedback->showSuccess(message);
    Q_EMIT labelled(m_orderId, number);
    if (!m_printer.isEmpty())
        printLabels();
    return true;
}

bool LabelScreen::printLabels(const QString& reprintReason)
{
    if (m_sending || !m_view || !m_jobs)
        return false;
    // What is printed is what is stored now: a void made elsewhere must not print old numbers.
    selectOrder(m_orderId);
    if (!m_view || !m_view->isLabelled() || m_labels.isEmpty()) {
        m_feedback->showProblem(tr("This order has no label to print."));
        return false;
    }
    if (reprintReason.isEmpty()) {
        auto printed = m_jobs->printedCount(m_orderId, QStringLiteral("label"));
        if (!printed) {
            reportError(printed.error().message, printed.error().detail);
            return false;
        }
        if (*printed > 0) {
            askReprint(); // printed before: another copy is a reprint, with its reason
            return false;
        }
    }
    if (m_printer.isEmpty()) {
        m_feedback->showProblem(tr("No label printer is set up at this station: save the label as a PDF, or set the "
                                   "label printer in the settings."));
        return false;
    }
    const bool cups = m_printer.startsWith(QLatin1String("cups:"));
    std::optional<std::pair<QString, quint16>> address;
    if (!cups) {
        address = RawTcpPrinter::parseAddress(m_printer);
        if (!address) {
            m_feedback->showProblem(
                tr("The label printer “%1” is not a printer address (host or host:port).").arg(m_printer));
            return false;
        }
    }
    if (!reprintReason.isEmpty())
        if (auto r = m_store->recordReprint(m_orderId, StationUser::actor(), reprintReason); !r) {
            reportError(r.error().message, r.error().detail);
            return false;
        }
    PrintJob job;
    job.actor = StationUser::actor();
    job.document = QStringLiteral("label");
    job.orderId = m_orderId;
    job.reprint = !reprintReason.isEmpty();
    job.reason = reprintReason;
    if (cups) {
        job.format = QStringLiteral("pdf");
        job.printer = m_printer;
        auto pdf = LabelPainter::toPdf(m_labels, m_size);
        if (!pdf) {
            reportError(pdf.error().message, pdf.error().detail);
            return false;
        }
        job.payload = *pdf;
        auto id = m_jobs->add(job);
        if (!id) {
            reportError(id.error().message, id.error().detail);
            return false;
        }
        m_lastJob = *id;
        QPrinter printer(QPrinter::HighResolution);
        const bool queueExists = QPrinterInfo::availablePrinterNames().contains(m_printer.mid(5));
        printer.setPrinterName(m_printer.mid(5));
        printer.setPageSize(
            QPageSize(LabelPainter::pageInches(m_size), QPageSize::Inch, QString(), QPageSize::ExactMatch));
        printer.setPageMargins(QMarginsF(0, 0, 0, 0));
        printer.setFullPage(true);
        QPainter painter;
        if (!queueExists || !printer.isValid() || !painter.begin(&printer)) {
            const QString error = tr("The print queue %1 is not available; the label is kept and can be printed again.")
                                      .arg(m_printer.mid(5));
            m_jobs->markFailed(*id, QStringLiteral("QPrinter: queue '%1' not valid").arg(m_printer.mid(5)));
            m_lastPayload = job.payload;
            m_feedback->showProblem(error);
            updateActions();
            Q_EMIT printFinished(*id, error);
            return false;
        }
        for (qsizetype i = 0; i < m_labels.size(); ++i) {
            if (i > 0)
                printer.newPage();
            LabelPainter::paint(painter, QRectF(painter.viewport()), m_labels.at(i), printer.resolution());
        }
        painter.end();
        m_jobs->markPrinted(*id);
        m_lastPayload.clear();
        m_feedback->showSuccess(tr("Label of %1 sent to %2.").arg(m_view->order.number, m_printer.mid(5)));
        updateActions();
        Q_EMIT printFinished(*id, QString());
        return true;
    }
    QByteArray zpl;
    for (const ShippingLabelData& l : std::as_const(m_labels))
        zpl += ZplLabel::render(l, m_size, m_dpi);
    job.format = QStringLiteral("zpl");
    job.printer = QStringLiteral("tcp://%1:%2").arg(address->first).arg(address->second);
    job.payload = zpl;
    auto id = m_jobs->add(job);
    if (!id) {
        reportError(id.error().message, id.error().detail);
        return false;
    }
    m_lastJob = *id;
    m_lastPayload = zpl;
    sendJob(*id, zpl);
    return true;
}

bool LabelScreen::printAgain()
{
    if (m_lastJob <= 0 || m_lastPayload.isEmpty() || m_sending || !m_jobs)
        return false;
    selectOrder(m_orderId);
    if (!m_view || !m_view->isLabelled()) {
        m_feedback->showProblem(tr("This order has no label to print any more."));
        return false;
    }
    auto job = m_jobs->job(m_lastJob);
    if (!job) {
        reportError(job.error().message, job.error().detail);
        return false;
    }
    if (job->format != QLatin1String("zpl")) {
        return printLabels();
    }
    sendJob(job->id, job->payload);
    return true;
}

void LabelScreen::sendJob(qint64 jobId, const QByteArray& zpl)
{
    const auto address = RawTcpPrinter::parseAddress(m_printer);
    if (!address)
        return;
    if (m_sending)
        return;
    auto* sender = new RawTcpPrinter(this);
    m_sending = sender;
    m_feedback->showNeutral(tr("Sending the label to %1…").arg(m_printer));
    updateActions();
    connect(sender, &RawTcpPrinter::finished, this, [this, sender, jobId](const QString& error) {
        sender->deleteLater();
        if (m_sending == sender)
            m_sending = nullptr;
        if (error.isEmpty()) {
            if (auto r = m_jobs->markPrinted(jobId); !r)
                qCWarning(lcUi).noquote() << "print job" << jobId << r.error().detail;
            m_lastPayload.clear();
            m_feedback->showSuccess(tr("Label printed on %1 (print job %2).").arg(m_printer).arg(jobId));
        } else {
            if (auto r = m_jobs->markFailed(jobId, error); !r)
                qCWarning(lcUi).noquote() << "print job" << jobId << r.error().detail;
            m_feedback->showProblem(error);
        }
        updateActions();
        Q_EMIT printFinished(jobId, error);
    });
    sender->send(address->first, address->second, zpl);
}

bool LabelScreen::saveLabelsPdf(const QString& path)
{
    if (m_labels.isEmpty())
        return false;
    auto pdf = LabelPainter::toPdf(m_labels, m_size);
    if (!pdf) {
        reportError(pdf.error().message, pdf.error().detail);
        return false;
    }
    const QByteArray& bytes = *pdf;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        reportError(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)), file.errorString());
        return false;
    }
    m_feedback->showSuccess(tr("Label saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool LabelScreen::voidLabels(const QString& supervisor, const QString& reason)
{
    if (!m_store || !m_view)
        return false;
    const QString number = m_view->order.number;
    if (auto r = m_store->voidLabels(m_orderId, supervisor, reason); !r) {
        reportError(r.error().message, r.error().detail);
        return false;
    }
    selectOrder(m_orderId);
    fillQueue();
    fillManifests();
    m_feedback->showSuccess(
        tr("The labels of %1 are void; the order is packed again and can be labelled anew.").arg(number));
    return true;
}

bool LabelScreen::closeManifest(const QString& carrier, const QString& folder)
{
    if (!m_store)
        return false;
    auto manifest = m_store->closeManifest(carrier, StationUser::actor());
    if (!manifest) {
        reportError(manifest.error().message, manifest.error().detail);
        return false;
    }
    const QString base =
        QDir(folder).filePath(QStringLiteral("manifest-%1-%2").arg(manifest->carrier).arg(manifest->id));
    QString saved;
    if (auto pdf = ShipmentStore::manifestPdf(*manifest); pdf) {
        QSaveFile file(base + QStringLiteral(".pdf"));
        if (file.open(QIODevice::WriteOnly) && file.write(*pdf) == pdf->size() && file.commit())
            saved = QDir::toNativeSeparators(base + QStringLiteral(".pdf"));
    }
    QSaveFile csv(base + QStringLiteral(".csv"));
    const QByteArray csvBytes = ShipmentStore::manifestCsv(*manifest);
    const bool csvSaved = csv.open(QIODevice::WriteOnly) && csv.write(csvBytes) == csvBytes.size() && csv.commit();
    refresh();
    const QString closed = tr("Manifest %1 closed: %n parcel(s) handed to %2.", nullptr, int(manifest->rows.size()))
                               .arg(manifest->id)
                               .arg(manifest->carrierName);
    if (saved.isEmpty() || !csvSaved) {
        m_feedback->showProblem(closed + QLatin1Char('\n') +
                                tr("Its PDF or CSV could not be saved in %1; print it again with 'saypro-stationctl "
                                   "manifest show %2'.")
                                    .arg(QDir::toNativeSeparators(folder))
                                    .arg(manifest->id));
        return true;
    }
    m_feedback->showSuccess(closed + QLatin1Char('\n') + tr("Saved: %1 and the CSV beside it.").arg(saved));
    return true;
}

void LabelScreen::askReprint()
{
    const auto answer =
        askTwo(this, tr("Reprint label"), tr("Every reprint is recorded. Why is the label printed again?"), QString(),
               tr("Reason"), tr("Reprint"), false);
    if (!answer)
        return;
    if (answer->second.isEmpty()) {
        m_feedback->showProblem(tr("Say why the label is printed again."));
        return;
    }
    printLabels(answer->second);
}

void LabelScreen::askVoid()
{
    if (!m_view)
        return;
    const auto answer =
        askTwo(this, tr("Void label"),
               tr("Voiding gives up the tracking numbers of %1 for good; the order goes back to packed. A supervisor "
                  "must allow it.")
                   .arg(m_view->order.number),
               tr("Supervisor"), tr("Reason"), tr("Void label"), true);
    if (answer)
        voidLabels(answer->first, answer->second);
}

void LabelScreen::askManifest()
{
    const QString carrier = m_manifestCarrier->currentData().toString();
    if (carrier.isEmpty())
        return;
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Where should the manifest's PDF and CSV be saved?"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    closeManifest(carrier, folder);
}

void LabelScreen::showDocuments()
{
    if (!m_view || !m_store)
        return;
    DocumentPreviewDialog dialog(m_store->documentContext(*m_view), m_documentPrinter, m_jobs, this);
    dialog.exec();
}

void LabelScreen::askSavePdf()
{
    if (!m_view)
        return;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save label as PDF"),
                                     QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                         .filePath(QStringLiteral("label-%1.pdf").arg(m_view->order.number)),
                                     tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveLabelsPdf(path);
}

} // namespace saypro
