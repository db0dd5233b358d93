#include "OrderTableModel.h"

#include "DisplayFormat.h"
#include "OrderCounter.h"
#include "StatusColours.h"
#include "UiLogging.h"
#include "domain/Money.h"
#include "domain/OrderStatus.h"
#include "domain/ServiceLevel.h"
#include "storage/OrderStore.h"

#include <QScopedValueRollback>

namespace saypro {

OrderTableModel::OrderTableModel(const OrderStore& store, QObject* parent)
    : QAbstractTableModel(parent), m_store(&store)
{
    resetRows();
}

void OrderTableModel::setStore(const OrderStore& store)
{
    m_store = &store;
    resetRows();
}

void OrderTableModel::setCounter(OrderCounter* counter)
{
    if (m_counter)
        disconnect(m_counter, nullptr, this, nullptr);
    m_counter = counter;
    if (m_counter) {
        connect(m_counter, &OrderCounter::counted, this, [this](qint64 count) {
            m_matchingCount = count;
            Q_EMIT matchingCountChanged(count);
        });
        connect(m_counter, &OrderCounter::failed, this, &OrderTableModel::loadFailed);
    }
}

bool OrderTableModel::isCounting() const
{
    return m_counter && m_counter->isCounting();
}

void OrderTableModel::countMatching()
{
    if (m_counter) {
        m_matchingCount = -1;
        Q_EMIT matchingCountChanged(m_matchingCount);
        m_counter->count(m_filter);
        return;
    }
    const Result<qint64> counted = m_store->count(m_filter);
    if (counted) {
        m_matchingCount = *counted;
    } else {
        m_matchingCount = -1;
        qCWarning(lcUi).noquote() << "counting orders failed:" << counted.error().toString();
    }
    Q_EMIT matchingCountChanged(m_matchingCount);
    if (!counted)
        Q_EMIT loadFailed(counted.error().message);
}

void OrderTableModel::setFilter(const OrderFilter& filter)
{
    m_filter = filter;
    resetRows();
}

void OrderTableModel::reload()
{
    resetRows();
}

void OrderTableModel::resetRows()
{
    beginResetModel();
    m_rows.clear();
    // Nothing to fetch while the reset is being announced: views and testers that react to modelReset
    // by calling fetchMore would otherwise insert rows before every listener has seen the reset.
    m_atEnd = true;
    endResetModel();
    m_atEnd = false;
    m_loadFailed = false;
    // The first page straight away, so a search shows its result without waiting for the view.
    fetchMore(QModelIndex());
    if (m_atEnd && !m_loadFailed) {
        // Everything that matches fits on the first page: that is the count, no need to ask for it.
        if (m_counter)
            m_counter->cancel();
        m_matchingCount = m_rows.size();
        Q_EMIT matchingCountChanged(m_matchingCount);
        return;
    }
    countMatching();
}

bool OrderTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void OrderTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // Listeners of rowsAboutToBeInserted may ask for more again; one page at a time.
    const QScopedValueRollback fetching(m_fetching, true);
    const std::optional<qint64> beforeId = m_rows.isEmpty() ? std::nullopt : std::optional(m_rows.constLast().id);
    Result<QList<OrderSummary>> page = m_store->page(m_filter, beforeId, kPageSize);
    if (!page) {
        // Stop fetching: the view would otherwise ask again on every scroll and fail the same way.
        m_atEnd = true;
        m_loadFailed = true;
        qCWarning(lcUi).noquote() << "reading a page of orders failed:" << page.error().toString();
        Q_EMIT loadFailed(page.error().message);
        return;
    }
    if (page->size() < kPageSize)
        m_atEnd = true;
    if (page->isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(page->size()) - 1);
    m_rows.append(*page);
    endInsertRows();
}

std::optional<OrderSummary> OrderTableModel::summaryAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row);
}

int OrderTableModel::rowOfNumber(const QString& number) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).number.compare(number, Qt::CaseInsensitive) == 0)
            return row;
    return -1;
}

int OrderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OrderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrderTableModel::displayText(const OrderSummary& order, int column) const
{
    switch (column) {
    case NumberColumn:
        return order.number;
    case StatusColumn:
        return OrderStatuses::displayName(order.status);
    case CustomerColumn:
        return order.customerName;
    case ShipToColumn:
        if (order.shipCity.isEmpty() || order.shipCountry.isEmpty())
            return order.shipCity + order.shipCountry;
        return order.shipCity + QStringLiteral(", ") + order.shipCountry;
    case ServiceColumn:
        return ServiceLevels::displayName(order.serviceLevel);
    case ConfirmedColumn:
        return DisplayFormat::dateTime(order.confirmedAt);
    case ShipByColumn:
        return DisplayFormat::dateTime(order.shipBy);
    case ShippedColumn:
        return DisplayFormat::dateTime(order.shippedAt);
    case WarehouseColumn:
        return order.warehouse;
    case UnitsColumn:
        return QLocale().toString(order.units);
    case TotalColumn:
        return Money(order.totalMinor, order.currency).format(QLocale());
    default:
        return {};
    }
}

QVariant OrderTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderSummary& order = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(order, index.column());
    case Qt::DecorationRole:
        if (index.column() == StatusColumn)
            return StatusColours::dot(order.status);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn)
            return tr("Status: %1").arg(OrderStatuses::displayName(order.status));
        if (index.column() == ShipByColumn && order.shipBy.isValid())
            return tr("Must leave the warehouse by %1").arg(DisplayFormat::longDateTime(order.shipBy));
        return displayText(order, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == UnitsColumn || index.column() == TotalColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case OrderIdRole:
        return order.id;
    case OrderNumberRole:
        return order.number;
    case StatusKeyRole:
        return OrderStatuses::key(order.status);
    default:
        return {};
    }
}

QVariant OrderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows.size())
            return section + 1;
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section == UnitsColumn || section == TotalColumn ? Qt::AlignRight : Qt::AlignLeft) |
                                   Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case NumberColumn:
        return role == Qt::ToolTipRole ? tr("Order number; the newest orders are at the top") : tr("Order");
    case StatusColumn:
        return tr("Status");
    case CustomerColumn:
        return tr("Customer");
    case ShipToColumn:
        return role == Qt::ToolTipRole ? tr("Delivery city and country") : tr("Ship to");
    case ServiceColumn:
        return role == Qt::ToolTipRole ? tr("Service level the customer paid for") : tr("Service");
    case ConfirmedColumn:
        return tr("Confirmed");
    case ShipByColumn:
        return role == Qt::ToolTipRole ? tr("Deadline for the parcel to leave the warehouse") : tr("Ship by");
    case ShippedColumn:
        return tr("Shipped");
    case WarehouseColumn:
        return tr("Warehouse");
    case UnitsColumn:
        return role == Qt::ToolTipRole ? tr("Number of items in the order") : tr("Units");
    case TotalColumn:
        return role == Qt::ToolTipRole ? tr("Order total as charged, including shipping and tax") : tr("Total");
    default:
        return {};
    }
}

Qt::ItemFlags OrderTableModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

} // namespace saypro
