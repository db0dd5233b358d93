#pragma once
// ui: the Orders screen: a search field and a status filter over the paged order table, and the
// selected order's details below it.

#include <QTimer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QTableView;

namespace saypro {

class OrderCounter;
class OrderDetailView;
class OrderStore;
class OrderTableModel;

class OrderBrowser final : public QWidget
{
    Q_OBJECT

public:
    /// How long typing pauses before the search runs.
    static constexpr int kSearchDelayMs = 250;

    /// Reads orders through `store`. With the path of its database file, large counts run on a worker
    /// thread with their own read-only connection; without it, everything runs on the GUI thread.
    explicit OrderBrowser(const OrderStore& store, const QString& databasePath = QString(), QWidget* parent = nullptr);
    ~OrderBrowser() override;

    /// Reads from another store (another database was opened): counts again and shows the first page.
    void setStore(const OrderStore& store, const QString& databasePath = QString());
    /// Reads the cache again with the current search and filter, keeping the selected order selected and the
    /// list where it was scrolled to (at the top it stays at the top, so new orders come into view).
    void refresh();
    /// The cache changed underneath (a sync stored orders): like refresh(), but a search being typed is left
    /// to run when the typing pauses.
    void cacheChanged();
    /// Puts the cursor in the search field with its text selected, ready for a new search or scan.
    void focusSearch();
    /// Searches for order `number` and selects it; false when the cache has no such order.
    bool showOrder(const QString& number);

    OrderTableModel* model() const { return m_model; }
    /// Orders in the whole cache, and those matching the search and filter (-1 while counting or unknown).
    qint64 cachedCount() const { return m_cachedCount; }
    qint64 matchingCount() const;
    bool isFiltered() const;

Q_SIGNALS:
    /// The cache size or the number matching the search and filter changed.
    void countsChanged(qint64 cached, qint64 matching, bool filtered);
    /// Something could not be read; `message` is translated.
    void problem(const QString& message);

private:
    void useCounterFor(const QString& databasePath);
    void applyFilter();
    void reloadKeepingPlace();
    void countCache();
    void showCurrentOrder();
    void updateResultLabel();
    void clearSearch();
    void selectFirstOrder();
    void fitCustomerColumn();
    bool eventFilter(QObject* watched, QEvent* event) override;

    const OrderStore* m_store;
    OrderTableModel* m_model = nullptr;
    std::unique_ptr<OrderCounter> m_counter;
    QLineEdit* m_search = nullptr;
    QComboBox* m_statusFilter = nullptr;
    QLabel* m_resultLabel = nullptr;
    QTableView* m_table = nullptr;
    OrderDetailView* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    QTimer m_searchDelay;
    qint64 m_cachedCount = -1;
    int m_minimumCustomerWidth = 0;
};

} // namespace saypro
