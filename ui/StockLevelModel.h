#pragma once
// ui: a list of stock rows (one SKU in one bin) with the product's name, for the Inventory screen's
// search results and the selected SKU's bins. Holds only the bounded list it is given.

#include "inventory/Stock.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace saypro {

class StockLevelModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        SkuColumn,
        NameColumn,
        LocationColumn,
        OnHandColumn,
        ReservedColumn,
        AvailableColumn,
        MarketColumn,
        ColumnCount
    };
    enum Role {
        SkuRole = Qt::UserRole + 1, ///< the row's SKU
        LocationRole,               ///< the row's bin code
    };

    explicit StockLevelModel(QObject* parent = nullptr);

    /// Shows `rows`; `names` maps SKUs to product names (a SKU missing from it shows without a name).
    void setRows(const QList<StockLevel>& rows, const QHash<QString, QString>& names);
    void clear();
    const QList<StockLevel>& rows() const { return m_rows; }
    /// The row showing `sku` in `location`, or -1.
    int rowOf(const QString& sku, const QString& location) const;
    QString nameOf(const QString& sku) const { return m_names.value(sku); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<StockLevel> m_rows;
    QHash<QString, QString> m_names;
};

} // namespace saypro
