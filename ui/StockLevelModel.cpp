#include "StockLevelModel.h"

#include "DisplayFormat.h"

#include <QLocale>

namespace saypro {

StockLevelModel::StockLevelModel(QObject* parent) : QAbstractTableModel(parent) {}

void StockLevelModel::setRows(const QList<StockLevel>& rows, const QHash<QString, QString>& names)
{
    beginResetModel();
    m_rows = rows;
    m_names = names;
    endResetModel();
}

void StockLevelModel::clear()
{
    setRows({}, {});
}

int StockLevelModel::rowOf(const QString& sku, const QString& location) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).sku == sku && m_rows.at(row).location == location)
            return row;
    return -1;
}

int StockLevelModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StockLevelModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockLevelModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockLevel& level = m_rows.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case SkuColumn:
            return level.sku;
        case NameColumn:
            return m_names.value(level.sku);
        case LocationColumn:
            return level.location;
        case OnHandColumn:
            return locale.toString(level.onHand);
        case ReservedColumn:
            return locale.toString(level.reserved);
        case AvailableColumn:
            return locale.toString(level.available());
        case MarketColumn:
            return locale.toString(level.marketOnHand);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MarketColumn) {
            const QString when = DisplayFormat::dateTime(level.updatedAt);
            return when.isEmpty() ? tr("The marketplace reported %1 units").arg(locale.toString(level.marketOnHand))
                                  : tr("The marketplace reported %1 units (version %2, %3)")
                                        .arg(locale.toString(level.marketOnHand), locale.toString(level.version), when);
        }
        if (index.column() == NameColumn)
            return m_names.value(level.sku);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= OnHandColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case SkuRole:
        return level.sku;
    case LocationRole:
        return level.location;
    default:
        return {};
    }
}

QVariant StockLevelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((section >= OnHandColumn ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case ReservedColumn:
            return tr("Units held for verified orders");
        case AvailableColumn:
            return tr("On hand minus reserved: what new orders can have");
        case MarketColumn:
            return tr("What the marketplace last reported; it differs from on hand while this station's changes "
                      "are on their way");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case SkuColumn:
        return tr("SKU");
    case NameColumn:
        return tr("Product");
    case LocationColumn:
        return tr("Bin");
    case OnHandColumn:
        return tr("On hand");
    case ReservedColumn:
        return tr("Reserved");
    case AvailableColumn:
        return tr("Available");
    case MarketColumn:
        return tr("Marketplace");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags StockLevelModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace saypro
