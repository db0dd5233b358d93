#pragma once
// ui: the Cycle count screen, made for a scanner and the keyboard alone: scan a bin label, then every
// item in the bin (each barcode adds one; a SKU or GTIN typed with a quantity adds many), review the
// differences against the book, and confirm them with a second, explicit key. The book stays hidden in a
// blind count. Each scan's result is shown in large type with ✓ or ✗ and announced to screen readers.

#include "inventory/Stock.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <expected>
#include <optional>

class QBoxLayout;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace saypro {

class CatalogueStore;
class FeedbackBanner;
class InventoryStore;

class CycleCountScreen final : public QWidget
{
    Q_OBJECT

public:
    enum class Stage {
        Bin,      ///< waiting for a bin label
        Counting, ///< scanning the bin's items
        Review,   ///< the differences are shown; Confirm adjustments books them
    };

    explicit CycleCountScreen(QWidget* parent = nullptr);

    /// Counts through `inventory`, names products from `catalogue`; both must outlive the screen or be
    /// replaced first. A count in progress is discarded. Null for either: counting is not available.
    void setServices(InventoryStore* inventory, const CatalogueStore* catalogue);
    /// Puts the cursor where the next scan goes: the bin field, or the item field while counting.
    void focusInput();

    Stage stage() const { return m_stage; }
    /// The bin being counted (its canonical code), or empty.
    QString bin() const { return m_bin; }
    /// What was counted so far, in the order first scanned.
    const QList<CountedItem>& counted() const { return m_counted; }
    /// The differences shown for review (empty outside the review).
    const QList<CountDifference>& differences() const { return m_differences; }
    FeedbackBanner* feedback() const { return m_feedback; }

Q_SIGNALS:
    /// A count of `bin` was confirmed; `movements` are the adjustments booked (empty when it matched the book).
    void countConfirmed(const QString& bin, const QList<StockMovement>& movements);

private:
    struct Item
    {
        QString sku;
        QString name;
    };

    void buildBinRow(QBoxLayout* layout);
    void buildItemRow(QBoxLayout* layout);
    QWidget* buildCountingPage();
    QWidget* buildReviewPage();
    QTableWidget* makeTable(const QString& objectName, const QStringList& headers, const QString& accessibleName,
                            const QString& description, double fontFactor);

    void startBin();
    void addItem();
    void undoLast();
    void review();
    void confirm();
    void cancelCount();
    void backToCounting();
    void resetCount();
    void setStage(Stage stage);
    void fillBook();
    void fillCounted(const QString& highlightSku);
    void fillReview();
    void leaveReview();
    std::expected<Item, QString> resolve(const QString& code) const;
    QString nameOf(const QString& sku) const;
    int countOf(const QString& sku) const;
    void updateInstructions();
    bool eventFilter(QObject* watched, QEvent* event) override;

    InventoryStore* m_inventory = nullptr;
    const CatalogueStore* m_catalogue = nullptr;
    Stage m_stage = Stage::Bin;
    QString m_bin;
    bool m_blind = true;
    QList<StockLevel> m_book;
    QList<CountedItem> m_counted;
    QList<CountedItem> m_undo;                    ///< each addition, newest last
    mutable QHash<QString, QString> m_names;      ///< product names by SKU, looked up once
    std::optional<QList<CountedItem>> m_reviewed; ///< the count the differences were worked out for
    QList<CountDifference> m_differences;

    QLineEdit* m_binField = nullptr;
    QPushButton* m_start = nullptr;
    QCheckBox* m_blindBox = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_binHeading = nullptr;
    QLabel* m_instructions = nullptr;
    FeedbackBanner* m_feedback = nullptr;
    QLineEdit* m_itemField = nullptr;
    QSpinBox* m_quantity = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_undoButton = nullptr;
    QStackedWidget* m_pages = nullptr;
    QGroupBox* m_bookBox = nullptr;
    QTableWidget* m_bookTable = nullptr;
    QLabel* m_bookHidden = nullptr;
    QGroupBox* m_countedBox = nullptr;
    QTableWidget* m_countedTable = nullptr;
    QPushButton* m_review = nullptr;
    QTableWidget* m_reviewTable = nullptr;
    QLabel* m_reviewSummary = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_confirm = nullptr;
};

} // namespace saypro
