#pragma once
// ui: the Inventory screen: find stock by SKU, GTIN or bin code (typed or scanned), see where a SKU is,
// what is reserved of it and how it moved, adjust it by hand, and the supervisor's low-stock list.
// Every query is bounded (a limit or a page) and runs on the GUI thread.

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QVBoxLayout;

namespace saypro {

class CatalogueStore;
class FeedbackBanner;
class InventoryStore;
class LowStockModel;
class StockAdjustDialog;
class StockLevelModel;
class StockMovementModel;
struct StockLevel;
struct StockMovement;

class InventoryScreen final : public QWidget
{
    Q_OBJECT

public:
    /// How long typing pauses before the search runs.
    static constexpr int kSearchDelayMs = 250;
    /// The most stock rows a search shows; more means the code typed is too short.
    static constexpr int kSearchLimit = 200;

    explicit InventoryScreen(QWidget* parent = nullptr);
    ~InventoryScreen() override;

    /// Reads and changes stock through `inventory`, names products from `catalogue`; both must outlive the
    /// screen or be replaced first. Null for either: the screen says stock is not available.
    void setServices(InventoryStore* inventory, const CatalogueStore* catalogue);
    /// Puts the cursor in the search field with its text selected, ready for a scan.
    void focusSearch();
    /// Reads the current search, the selected SKU and the low-stock list again, keeping the selection.
    void refresh();
    /// Searches for `text` at once, as a scan does.
    void search(const QString& text);
    /// Opens Adjust… for the selected SKU and bin (window-modal; returns at once); null when nothing is selected.
    StockAdjustDialog* adjustSelected();

    QString selectedSku() const { return m_shownSku; }
    QString selectedBin() const;
    StockLevelModel* results() const { return m_results; }
    StockLevelModel* bins() const { return m_bins; }
    StockMovementModel* movements() const { return m_movements; }
    LowStockModel* lowStock() const { return m_lowStock; }
    FeedbackBanner* feedback() const { return m_feedback; }

Q_SIGNALS:
    /// Something could not be read; `message` is translated.
    void problem(const QString& message);

private:
    void buildSearchBar(QVBoxLayout* layout);
    QWidget* buildStockTab();
    QWidget* buildLowStockTab();
    QTableView* makeTable(const QString& objectName, const QString& accessibleName, const QString& description);
    void runSearch(bool announce);
    void showSelected(bool force);
    void showNothingSelected(const QString& message);
    /// Says how many rows the search found; returns the text.
    QString updateResultLabel(int rows, bool truncated);
    void fillReservations(const QString& sku);
    void updateLowStockLabel();
    void showLowStockItem();
    void onAdjusted(const StockMovement& movement);
    void clearSearch();
    QHash<QString, QString> namesFor(const QList<StockLevel>& rows);
    bool eventFilter(QObject* watched, QEvent* event) override;

    InventoryStore* m_inventory = nullptr;
    const CatalogueStore* m_catalogue = nullptr;
    QHash<QString, QString> m_names;
    QString m_lastSearch;
    QString m_shownSku;
    QTimer m_searchDelay;

    QLineEdit* m_search = nullptr;
    QPushButton* m_searchButton = nullptr;
    QLabel* m_resultLabel = nullptr;
    FeedbackBanner* m_feedback = nullptr;
    QTabWidget* m_tabs = nullptr;

    StockLevelModel* m_results = nullptr;
    QTableView* m_resultTable = nullptr;
    QLabel* m_skuHeading = nullptr;
    QLabel* m_productName = nullptr;
    QLabel* m_totals = nullptr;
    QPushButton* m_adjust = nullptr;
    StockLevelModel* m_bins = nullptr;
    QTableView* m_binTable = nullptr;
    QTableWidget* m_reservations = nullptr;
    QLabel* m_reservationsLabel = nullptr;
    StockMovementModel* m_movements = nullptr;
    QTableView* m_movementTable = nullptr;
    QPushButton* m_loadMore = nullptr;

    LowStockModel* m_lowStock = nullptr;
    QTableView* m_lowStockTable = nullptr;
    QLabel* m_lowStockLabel = nullptr;
    QPushButton* m_showStock = nullptr;
    QPushButton* m_refreshLowStock = nullptr;

    QPointer<StockAdjustDialog> m_dialog;
};

} // namespace saypro
