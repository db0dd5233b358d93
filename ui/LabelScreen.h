#pragma once
// ui: the Label screen (F4). Left: the orders at the label bench (packed ones first, then labelled ones waiting for
// the end-of-day manifest) and the manifest of each carrier. Right: the selected order's shipment: the proposed
// service and why, the other allowed services (choosing one needs a reason), Create label, a preview of each
// parcel's label, and printing. A label printer that does not answer never loses the label: the print job stays
// ready to print again. Reprint asks for a reason; void needs a supervisor and is refused after the manifest.

#include "common/Error.h"
#include "shipping/ShipmentStore.h"

#include <QImage>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace saypro {

class FeedbackBanner;
class PrintJobs;
class RawTcpPrinter;

class LabelScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit LabelScreen(QWidget* parent = nullptr);
    ~LabelScreen() override;

    /// Labels through `store` and records print jobs in `jobs`; both must outlive the screen or be replaced first.
    void setServices(ShipmentStore* store, PrintJobs* jobs);
    /// The label printer ("host[:port]" raw ZPL, "cups:QUEUE", or empty: none), its dpi and the label size.
    void setPrinter(const QString& printer, int dpi, LabelSize size);
    /// The system print queue for packing slips and invoices (empty: the default printer).
    void setDocumentPrinter(const QString& queue) { m_documentPrinter = queue; }

    /// Re-reads the queue and the manifests waiting.
    void refresh();
    /// Shows the shipment of an order; false (the reason in the banner) when it has none.
    bool selectOrder(qint64 orderId);
    /// An order number scanned or typed selects that order.
    void handleScan(const QString& code);
    void focusInput();

    /// Labels the selected packed order with the chosen service (a reason is needed when it is not the proposal).
    bool createLabel();
    /// Sends the selected order's labels to the label printer (records the job); false when it could not start.
    bool printLabels(const QString& reprintReason = QString());
    /// Sends a failed or pending print job again.
    bool printAgain();
    /// Writes the selected order's labels as a PDF.
    bool saveLabelsPdf(const QString& path);
    /// Voids the selected order's labels (supervisor and reason).
    bool voidLabels(const QString& supervisor, const QString& reason);
    /// Closes the manifest of the carrier chosen in the manifest box; writes its PDF and CSV into `folder`.
    bool closeManifest(const QString& carrier, const QString& folder);

    qint64 orderId() const { return m_orderId; }
    const std::optional<ShipmentView>& shipment() const { return m_view; }
    FeedbackBanner* feedback() const { return m_feedback; }
    /// The preview image of the parcel shown (null when the order has no label yet).
    const QImage& preview() const { return m_previewImage; }
    /// The last print job (0: none) and whether it is waiting to print again.
    qint64 lastPrintJob() const { return m_lastJob; }

Q_SIGNALS:
    void labelled(qint64 orderId, const QString& orderNumber);
    /// A print job finished; `error` is empty when the printer took every byte.
    void printFinished(qint64 jobId, const QString& error);

private:
    void buildLayout();
    void fillQueue();
    void fillManifests();
    void showShipment();
    void showPreview();
    void updateActions();
    void reportError(const QString& message, const QString& detail = QString());
    void askReprint();
    void askVoid();
    void askManifest();
    void askSavePdf();
    void showDocuments();
    void sendJob(qint64 jobId, const QByteArray& zpl);

    ShipmentStore* m_store = nullptr;
    PrintJobs* m_jobs = nullptr;
    QString m_printer;
    QString m_documentPrinter;
    int m_dpi = 203;
    LabelSize m_size = LabelSize::FourBySix;

    qint64 m_orderId = 0;
    std::optional<ShipmentView> m_view;
    QList<ShippingLabelData> m_labels;
    int m_parcelShown = 0;
    QImage m_previewImage;
    qint64 m_lastJob = 0;
    QByteArray m_lastPayload;
    RawTcpPrinter* m_sending = nullptr;

    QTableWidget* m_queue = nullptr;
    QComboBox* m_manifestCarrier = nullptr;
    QPushButton* m_closeManifest = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_detail = nullptr;
    QLabel* m_reason = nullptr;
    QComboBox* m_service = nullptr;
    QLineEdit* m_overrideReason = nullptr;
    QPushButton* m_create = nullptr;
    QLabel* m_previewLabel = nullptr;
    QLabel* m_previewCaption = nullptr;
    QPushButton* m_previousParcel = nullptr;
    QPushButton* m_nextParcel = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_printAgain = nullptr;
    QPushButton* m_reprint = nullptr;
    QPushButton* m_savePdf = nullptr;
    QPushButton* m_void = nullptr;
    QPushButton* m_documents = nullptr;
    FeedbackBanner* m_feedback = nullptr;
    QLineEdit* m_typed = nullptr;
};

} // namespace saypro
