#include "LowStockModel.h"

#include "UiLogging.h"
#include "inventory/InventoryStore.h"

#include <QLocale>

namespace saypro {

LowStockModel::LowStockModel(QObject* parent) : QAbstractTableModel(parent) {}

void LowStockModel::setStore(const InventoryStore* store)
{
    m_store = store;
    reload();
}

void LowStockModel::reload()
{
    QList<LowStockItem> rows;
    bool truncated = false;
    if (m_store) {
        Result<QList<LowStockItem>> read = m_store->lowStock(kLimit + 1);
        if (read) {
            rows = std::move(*read);
            truncated = rows.size() > kLimit;
            if (truncated)
                rows.resize(kLimit);
        } else {
            qCWarning(lcUi).noquote() << "reading the low-stock list failed:" << read.error().toString();
            Q_EMIT loadFailed(read.error().message);
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    m_truncated = truncated;
    endResetModel();
}

int LowStockModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LowStockModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LowStockModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LowStockItem& item = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case SkuColumn:
            return item.sku;
        case NameColumn:
            return item.name;
        case AvailableColumn:
            // Out of stock is written out, not only shown as a number.
            return item.available <= 0 ? tr("0 — out of stock") : locale.toString(item.available);
        case ReorderPointColumn:
            return locale.toString(item.reorderPoint);
        case OnHandColumn:
            return locale.toString(item.onHand);
        case ReservedColumn:
            return locale.toString(item.reserved);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return item.name;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= AvailableColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case SkuRole:
        return item.sku;
    default:
        return {};
    }
}

QVariant LowStockModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((section >= AvailableColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Product");
    case AvailableColumn:
        return tr("Available");
    case ReorderPointColumn:
        return tr("Reorder point");
    case OnHandColumn:
        return tr("On hand");
    case ReservedColumn:
        return tr("Reserved");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags LowStockModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace saypro
