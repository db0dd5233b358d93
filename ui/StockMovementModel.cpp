#include "StockMovementModel.h"

#include "DisplayFormat.h"
#include "UiLogging.h"
#include "inventory/InventoryStore.h"

#include <QLocale>

#include <cstdlib>

namespace saypro {

StockMovementModel::StockMovementModel(QObject* parent) : QAbstractTableModel(parent) {}

void StockMovementModel::setStore(const InventoryStore* store)
{
    m_store = store;
    reload();
}

void StockMovementModel::setItem(const QString& sku, const QString& location)
{
    m_sku = sku;
    m_location = location;
    reload();
}

void StockMovementModel::reload()
{
    // Nothing to fetch while the reset is signalled: views react to it by asking for more.
    beginResetModel();
    m_rows.clear();
    m_atEnd = true;
    endResetModel();
    m_atEnd = m_store == nullptr || m_sku.isEmpty();
    if (!m_atEnd)
        fetchMore();
    else
        Q_EMIT pageLoaded(false);
}

bool StockMovementModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void StockMovementModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_fetching || !m_store)
        return;
    m_fetching = true;
    const std::optional<qint64> before = m_rows.isEmpty() ? std::nullopt : std::optional<qint64>(m_rows.last().id);
    // One more than a page tells whether older movements remain without counting them.
    Result<QList<StockMovement>> page = m_store->movements(m_sku, m_location, before, kPageSize + 1);
    if (!page) {
        m_fetching = false;
        m_atEnd = true;
        qCWarning(lcUi).noquote() << "reading the movements of" << m_sku << "failed:" << page.error().toString();
        Q_EMIT loadFailed(page.error().message);
        Q_EMIT pageLoaded(false);
        return;
    }
    m_atEnd = page->size() <= kPageSize;
    if (!m_atEnd)
        page->removeLast();
    if (!page->isEmpty()) {
        // Still fetching while the rows go in: views asked about them must not start the next page inside.
        const int first = int(m_rows.size());
        beginInsertRows(QModelIndex(), first, first + int(page->size()) - 1);
        m_rows.append(*page);
        endInsertRows();
    }
    m_fetching = false;
    Q_EMIT pageLoaded(!m_atEnd);
}

int StockMovementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StockMovementModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StockMovementModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StockMovement& m = m_rows.at(index.row());
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case TimeColumn:
            return role == Qt::ToolTipRole ? DisplayFormat::longDateTime(m.at) : DisplayFormat::dateTime(m.at);
        case LocationColumn:
            return m.location;
        case ChangeColumn:
            // The sign is always written: "+3", "−2".
            return QString((m.delta > 0 ? QStringLiteral("+") : QStringLiteral("−")) +
                           locale.toString(std::abs(m.delta)));
        case ReasonColumn:
            return StockReasons::displayName(m.reason);
        case OnHandAfterColumn:
            return locale.toString(m.onHandAfter);
        case OrderColumn:
            return m.orderNumber;
        case ActorColumn:
            return m.station.isEmpty() ? m.actor : tr("%1 at %2").arg(m.actor, m.station);
        case NoteColumn:
            return m.note;
        case SentColumn:
            if (role == Qt::ToolTipRole)
                return m.sent ? tr("The marketplace has counted this change")
                              : tr("Waiting to be sent to, or counted by, the marketplace");
            return m.sent ? tr("Sent") : tr("Waiting");
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == ChangeColumn || index.column() == OnHandAfterColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    }
    return {};
}

QVariant StockMovementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(
            Qt::Alignment((section == ChangeColumn || section == OnHandAfterColumn ? Qt::AlignRight : Qt::AlignLeft) |
                          Qt::AlignVCenter));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case LocationColumn:
        return tr("Bin");
    case ChangeColumn:
        return tr("Change");
    case ReasonColumn:
        return tr("Reason");
    case OnHandAfterColumn:
        return tr("On hand after");
    case OrderColumn:
        return tr("Order");
    case ActorColumn:
        return tr("By");
    case NoteColumn:
        return tr("Note");
    case SentColumn:
        return tr("Marketplace");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags StockMovementModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace saypro
