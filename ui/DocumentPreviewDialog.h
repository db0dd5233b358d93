#pragma once
// ui: the preview of an order's packing slip, invoice or return instructions, page by page as they print, with
// Print (the station's document printer) and Save as PDF. Printing never goes through a browser: the pages are
// drawn at the printer's own resolution on its exact paper size.

#include "shipping/ShippingDocuments.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QVBoxLayout;

namespace saypro {

class PrintJobs;

class DocumentPreviewDialog final : public QDialog
{
    Q_OBJECT

public:
    /// Every print is recorded in `jobs` (null: not recorded).
    DocumentPreviewDialog(DocumentContext context, QString printerName, PrintJobs* jobs, QWidget* parent = nullptr);

    DocumentKind kind() const;
    void setKind(DocumentKind kind);
    /// The pages shown (images at preview resolution).
    int pageCount() const { return m_pages; }
    /// Writes the document shown as a PDF; false (with the reason shown) when it cannot.
    bool savePdf(const QString& path);

private:
    void render();
    void print();
    void askSave();

    DocumentContext m_context;
    QString m_printerName;
    PrintJobs* m_jobs = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_paper = nullptr;
    QLabel* m_status = nullptr;
    QVBoxLayout* m_pagesLayout = nullptr;
    int m_pages = 0;
};

} // namespace saypro
