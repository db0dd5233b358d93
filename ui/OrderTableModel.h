#pragma once
// ui: the order browser's table model. Reads orders from OrderStore in keyset pages as the view
// scrolls (canFetchMore/fetchMore), so a cache of a million orders is never loaded at once.

#include "storage/OrderFilter.h"
#include "storage/OrderSummary.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace saypro {

class OrderCounter;
class OrderStore;

class OrderTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        StatusColumn,
        CustomerColumn,
        ShipToColumn,
        ServiceColumn,
        ConfirmedColumn,
        ShipByColumn,
        ShippedColumn,
        WarehouseColumn,
        UnitsColumn,
        TotalColumn,
        ColumnCount
    };
    enum Role {
        OrderIdRole = Qt::UserRole + 1, ///< qint64 local id
        OrderNumberRole,                ///< "SP-00012345"
        StatusKeyRole,                  ///< "out_for_delivery"
    };
    /// Rows read per fetch.
    static constexpr int kPageSize = 200;

    explicit OrderTableModel(const OrderStore& store, QObject* parent = nullptr);

    /// Reads from another store (another database was opened); resets the model with the current filter.
    void setStore(const OrderStore& store);
    /// Counts matching orders with `counter` (in the background) from the next reset on, instead of
    /// through the store on the GUI thread; nullptr goes back to that. The model does not own the counter.
    void setCounter(OrderCounter* counter);
    const OrderFilter& filter() const { return m_filter; }
    /// Resets the model to the first page of the orders matching `filter` and counts them.
    void setFilter(const OrderFilter& filter);
    /// Reads the current filter again from the first page (the cache changed).
    void reload();

    /// How many orders match the filter (OrderStore::count), or -1 while counting or when counting failed.
    qint64 matchingCount() const { return m_matchingCount; }
    /// True while a background count for the current filter is running.
    bool isCounting() const;
    /// The summary shown in `row`, if the row is loaded.
    std::optional<OrderSummary> summaryAt(int row) const;
    /// The loaded row showing order `number`, or -1.
    int rowOfNumber(const QString& number) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    /// The number of orders matching the filter changed (after setFilter or reload); -1 while unknown.
    void matchingCountChanged(qint64 count);
    /// Reading from the cache failed; `message` is translated, the detail went to the log.
    void loadFailed(const QString& message);

private:
    void resetRows();
    void countMatching();
    QString displayText(const OrderSummary& order, int column) const;

    const OrderStore* m_store;
    OrderCounter* m_counter = nullptr;
    OrderFilter m_filter;
    QList<OrderSummary> m_rows;
    qint64 m_matchingCount = -1;
    bool m_atEnd = false;
    bool m_fetching = false;
    bool m_loadFailed = false;
};

} // namespace saypro
