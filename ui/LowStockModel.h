#pragma once
// ui: the supervisor's low-stock list: SKUs whose available stock over every bin is at or below their
// reorder point, lowest first, at most kLimit of them.

#include "inventory/Stock.h"

#include <QAbstractTableModel>
#include <QList>

namespace saypro {

class InventoryStore;

class LowStockModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SkuColumn,
        NameColumn,
        AvailableColumn,
        ReorderPointColumn,
        OnHandColumn,
        ReservedColumn,
        ColumnCount
    };
    enum Role { SkuRole = Qt::UserRole + 1 };
    /// The most SKUs listed; the lowest come first, so these are the ones to act on.
    static constexpr int kLimit = 500;

    explicit LowStockModel(QObject* parent = nullptr);

    /// Reads from `store` (null: shows nothing) and loads the list.
    void setStore(const InventoryStore* store);
    /// Reads the list again.
    void reload();
    /// True when the list was cut at kLimit.
    bool isTruncated() const { return m_truncated; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void loadFailed(const QString& message);

private:
    const InventoryStore* m_store = nullptr;
    QList<LowStockItem> m_rows;
    bool m_truncated = false;
};

} // namespace saypro
