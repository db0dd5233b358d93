#include "DocumentPreviewDialog.h"

#include "StationUser.h"
#include "UiLogging.h"
#include "shipping/PrintJobs.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QStandardPaths>

namespace saypro {

DocumentPreviewDialog::DocumentPreviewDialog(DocumentContext context, QString printerName, PrintJobs* jobs,
                                             QWidget* parent)
    : QDialog(parent), m_context(std::move(context)), m_printerName(std::move(printerName)), m_jobs(jobs)
{
    setWindowTitle(tr("Documents of %1").arg(m_context.order.number));
    setAccessibleName(windowTitle());
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("documentKind"));
    m_kind->setAccessibleName(tr("Document"));
    m_kind->addItem(tr("Packing slip"), int(DocumentKind::PackingSlip));
    m_kind->addItem(tr("Invoice"), int(DocumentKind::Invoice));
    m_kind->addItem(tr("Return instructions"), int(DocumentKind::ReturnInstructions));
    auto* kindLabel = new QLabel(tr("&Document:"), this);
    kindLabel->setBuddy(m_kind);
    m_paper = new QComboBox(this);
    m_paper->setAccessibleName(tr("Paper size"));
    m_paper->addItem(tr("A4"), int(PaperSize::A4));
    m_paper->addItem(tr("Letter"), int(PaperSize::Letter));
    auto* paperLabel = new QLabel(tr("&Paper:"), this);
    paperLabel->setBuddy(m_paper);
    row->addWidget(kindLabel);
    row->addWidget(m_kind, 1);
    row->addWidget(paperLabel);
    row->addWidget(m_paper);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Document status"));
    layout->addWidget(m_status);

    auto* scroll = new QScrollArea(this);
    scroll->setAccessibleName(tr("Pages"));
    scroll->setWidgetResizable(true);
    auto* pages = new QWidget(scroll);
    m_pagesLayout = new QVBoxLayout(pages);
    scroll->setWidget(pages);
    layout->addWidget(scroll, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* printButton = buttons->addButton(tr("&Print"), QDialogButtonBox::ActionRole);
    printButton->setAccessibleName(tr("Print on the document printer"));
    auto* saveButton = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    saveButton->setAccessibleName(tr("Save the document as a PDF file"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(printButton, &QPushButton::clicked, this, &DocumentPreviewDialog::print);
    connect(saveButton, &QPushButton::clicked, this, &DocumentPreviewDialog::askSave);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DocumentPreviewDialog::render);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &DocumentPreviewDialog::render);
    resize(880, 960); // an A4 page at 96 dpi (794 px) without a horizontal scroll bar
    render();
}

DocumentKind DocumentPreviewDialog::kind() const
{
    return DocumentKind(m_kind->currentData().toInt());
}

void DocumentPreviewDialog::setKind(DocumentKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void DocumentPreviewDialog::render()
{
    while (QLayoutItem* item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_pages = 0;
    auto images = ShippingDocuments::toImages(kind(), m_context, PaperSize(m_paper->currentData().toInt()), 96);
    if (!images) {
        m_status->setText(QStringLiteral("✗ ") + images.error().message);
        qCWarning(lcUi).noquote() << "document preview:" << images.error().detail;
        return;
    }
    m_pages = int(images->size());
    for (int i = 0; i < images->size(); ++i) {
        auto* page = new QLabel(this);
        page->setPixmap(QPixmap::fromImage(images->at(i)));
        page->setFrameShape(QFrame::Box);
        page->setAccessibleName(tr("Page %1 of %2").arg(i + 1).arg(images->size()));
        m_pagesLayout->addWidget(page, 0, Qt::AlignHCenter);
    }
    m_status->setText(tr("%1 · %n page(s)", nullptr, m_pages).arg(m_kind->currentText()));
}

bool DocumentPreviewDialog::savePdf(const QString& path)
{
    auto pdf = ShippingDocuments::toPdf(kind(), m_context, PaperSize(m_paper->currentData().toInt()));
    if (!pdf) {
        m_status->setText(QStringLiteral("✗ ") + pdf.error().message);
        qCWarning(lcUi).noquote() << "document pdf:" << pdf.error().detail;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit()) {
        m_status->setText(QStringLiteral("✗ ") + tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)));
        qCWarning(lcUi).noquote() << "document pdf:" << path << file.errorString();
        return false;
    }
    m_status->setText(QStringLiteral("✓ ") + tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void DocumentPreviewDialog::askSave()
{
    const QString name =
        QStringLiteral("%1-%2.pdf")
            .arg(m_context.order.number, kind() == DocumentKind::Invoice
                                             ? QStringLiteral("invoice")
                                             : (kind() == DocumentKind::PackingSlip ? QStringLiteral("packing-slip")
                                                                                    : QStringLiteral("returns")));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name),
        tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void DocumentPreviewDialog::print()
{
    const PaperSize paper = PaperSize(m_paper->currentData().toInt());
    const QString document = kind() == DocumentKind::Invoice
                                 ? QStringLiteral("invoice")
                                 : (kind() == DocumentKind::PackingSlip ? QStringLiteral("packing_slip")
                                                                        : QStringLiteral("return_instructions"));
    auto pdf = ShippingDocuments::toPdf(kind(), m_context, paper);
    auto images = ShippingDocuments::toImages(kind(), m_context, paper, 300);
    if (!pdf || !images) {
        const Error& e = !pdf ? pdf.error() : images.error();
        m_status->setText(QStringLiteral("✗ ") + e.message);
        qCWarning(lcUi).noquote() << "document print:" << e.detail;
        return;
    }
    qint64 jobId = 0;
    if (m_jobs) {
        PrintJob job;
        job.actor = StationUser::actor();
        job.document = document;
        job.orderId = m_context.order.id;
        job.format = QStringLiteral("pdf");
        job.printer = QStringLiteral("cups:") + (m_printerName.isEmpty() ? QStringLiteral("(default)") : m_printerName);
        job.payload = *pdf;
        auto id = m_jobs->add(job);
        if (!id) {
            m_status->setText(QStringLiteral("✗ ") + id.error().message);
            qCWarning(lcUi).noquote() << "document print job:" << id.error().detail;
            return;
        }
        jobId = *id;
    }
    QPrinter printer(QPrinter::HighResolution);
    const bool known = m_printerName.isEmpty() || QPrinterInfo::availablePrinterNames().contains(m_printerName);
    if (!m_printerName.isEmpty())
        printer.setPrinterName(m_printerName);
    printer.setPageSize(ShippingDocuments::pageSize(paper));
    printer.setFullPage(true);
    printer.setDocName(windowTitle());
    QPainter painter;
    if (!known || !printer.isValid() || !painter.begin(&printer)) {
        const QString error = tr("The document printer %1 is not available; the document is kept and can be saved as "
                                 "a PDF instead.")
                                  .arg(m_printerName.isEmpty() ? tr("(the default)") : m_printerName);
        m_status->setText(QStringLiteral("✗ ") + error);
        if (m_jobs && jobId > 0)
            m_jobs->markFailed(jobId, QStringLiteral("printer '%1' not available").arg(m_printerName));
        return;
    }
    for (int i = 0; i < images->size(); ++i) {
        if (i > 0)
            printer.newPage();
        painter.drawImage(QRectF(painter.viewport()), images->at(i));
    }
    if (!painter.end()) {
        m_status->setText(QStringLiteral("✗ ") + tr("The printer stopped taking the document."));
        if (m_jobs && jobId > 0)
            m_jobs->markFailed(jobId, QStringLiteral("QPainter::end failed"));
        return;
    }
    if (m_jobs && jobId > 0)
        m_jobs->markPrinted(jobId);
    m_status->setText(QStringLiteral("✓ ") + tr("Sent to the printer."));
}

} // namespace saypro
