#include "OrderBrowser.h"

#include "DisplayFormat.h"
#include "OrderCounter.h"
#include "OrderDetailView.h"
#include "OrderTableModel.h"
#include "UiLogging.h"
#include "domain/OrderStatus.h"
#include "domain/ServiceLevel.h"
#include "storage/OrderStore.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace saypro {

OrderBrowser::OrderBrowser(const OrderStore& store, const QString& databasePath, QWidget* parent)
    : QWidget(parent), m_store(&store)
{
    setObjectName(QStringLiteral("orderBrowser"));
    setAccessibleName(tr("Orders"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("orderSearch"));
    m_search->setPlaceholderText(tr("Search: order number, customer name, SKU or GTIN, tracking number"));
    m_search->setAccessibleName(tr("Search orders"));
    m_search->setAccessibleDescription(
        tr("Type or scan an order number, a customer's first or last name, a SKU or GTIN, or a tracking number. "
           "Results update as you type; Enter searches at once, Escape clears the search."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(360);
    m_search->installEventFilter(this);

    auto* statusCaption = new QLabel(tr("&Status:"), this);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->setAccessibleName(tr("Status filter"));
    m_statusFilter->setAccessibleDescription(tr("Show only orders in the chosen status"));
    m_statusFilter->addItem(tr("All statuses"));
    for (OrderStatus status : OrderStatuses::all())
        m_statusFilter->addItem(OrderStatuses::displayName(status), OrderStatuses::key(status));
    m_statusFilter->setMaxVisibleItems(int(OrderStatuses::all().size()) + 1);
    m_statusFilter->view()->setAccessibleName(tr("Statuses to filter by"));
    m_statusFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    statusCaption->setBuddy(m_statusFilter);

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("resultCount"));
    m_resultLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* filterBar = new QHBoxLayout;
    filterBar->setSpacing(10);
    filterBar->addWidget(m_search, 3);
    filterBar->addSpacing(8);
    filterBar->addWidget(statusCaption);
    filterBar->addWidget(m_statusFilter);
    filterBar->addStretch(1);
    filterBar->addWidget(m_resultLabel);

    m_model = new OrderTableModel(store, this);
    useCounterFor(databasePath);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("orderTable"));
    m_table->setAccessibleName(tr("Orders"));
    m_table->setAccessibleDescription(
        tr("Orders matching the search, newest first. Use the arrow keys to move; the details follow the selection."));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(false);
    m_table->setCornerButtonEnabled(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    QHeaderView* header = m_table->horizontalHeader();
    header->setHighlightSections(false);
    header->setSectionsMovable(false);
    header->setStretchLastSection(false);
    header->setTextElideMode(Qt::ElideRight);
    // Widths from the text they hold, so nothing is cut off at any font size; the customer column takes the rest.
    const QFontMetrics metrics = m_table->fontMetrics();
    auto widthFor = [&](const QString& sample) { return metrics.horizontalAdvance(sample) + 12; };
    header->resizeSection(OrderTableModel::NumberColumn, widthFor(QStringLiteral("SP-00000000")));
    int statusWidth = widthFor(tr("Status"));
    for (OrderStatus status : OrderStatuses::all())
        statusWidth = qMax(statusWidth, widthFor(OrderStatuses::displayName(status)));
    // and room for the status dot in front of the name
    header->resizeSection(OrderTableModel::StatusColumn,
                          statusWidth + m_table->style()->pixelMetric(QStyle::PM_SmallIconSize) + 6);
    m_minimumCustomerWidth = widthFor(QStringLiteral("Rethabile Govender"));
    header->resizeSection(OrderTableModel::CustomerColumn, m_minimumCustomerWidth);
    header->resizeSection(OrderTableModel::ShipToColumn, widthFor(QStringLiteral("Johannesburg, ZA")));
    int serviceWidth = widthFor(tr("Service"));
    for (ServiceLevel level : ServiceLevels::all())
        serviceWidth = qMax(serviceWidth, widthFor(ServiceLevels::displayName(level)));
    header->resizeSection(OrderTableModel::ServiceColumn, serviceWidth);
    int dateWidth = 0;
    for (int month = 1; month <= 12; ++month)
        dateWidth =
            qMax(dateWidth, widthFor(DisplayFormat::dateTime(QDateTime(QDate(2026, month, 28), QTime(23, 59)))));
    header->resizeSection(OrderTableModel::ConfirmedColumn, dateWidth);
    header->resizeSection(OrderTableModel::ShipByColumn, dateWidth);
    header->resizeSection(OrderTableModel::ShippedColumn, dateWidth);
    header->resizeSection(OrderTableModel::WarehouseColumn, widthFor(tr("Warehouse")));
    header->resizeSection(OrderTableModel::UnitsColumn, widthFor(tr("Units")));
    header->resizeSection(OrderTableModel::TotalColumn, widthFor(QStringLiteral("R 99 999,99")));

    m_table->viewport()->installEventFilter(this);

    m_detail = new OrderDetailView(this);

    // The table gets the full width for its columns; the details read below it, like a reading pane.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("orderSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 2);
    m_table->setMinimumHeight(m_table->verticalHeader()->defaultSectionSize() * 5);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(10);
    layout->addLayout(filterBar);
    layout->addWidget(m_splitter, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, &OrderBrowser::applyFilter);
    connect(m_search, &QLineEdit::textEdited, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &OrderBrowser::applyFilter);
    // The clear button and programmatic changes do not emit textEdited; an emptied field shows everything at once.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty() && m_model->filter().search.simplified() != QString())
            applyFilter();
    });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &OrderBrowser::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OrderBrowser::showCurrentOrder);
    connect(m_model, &OrderTableModel::matchingCountChanged, this, &OrderBrowser::updateResultLabel);
    connect(m_model, &OrderTableModel::loadFailed, this, &OrderBrowser::problem);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { m_detail->showMessage(tr("Select an order to see its details.")); });

    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this, this, &OrderBrowser::clearSearch,
                                 Qt::WidgetWithChildrenShortcut);
    Q_UNUSED(escape);

    countCache();
    updateResultLabel();
    selectFirstOrder();
}

OrderBrowser::~OrderBrowser()
{
    m_model->setCounter(nullptr);
}

void OrderBrowser::useCounterFor(const QString& databasePath)
{
    m_model->setCounter(nullptr);
    m_counter.reset();
    if (databasePath.isEmpty())
        return;
    m_counter = std::make_unique<OrderCounter>(databasePath);
    m_model->setCounter(m_counter.get());
}

void OrderBrowser::setStore(const OrderStore& store, const QString& databasePath)
{
    m_store = &store;
    m_searchDelay.stop();
    useCounterFor(databasePath);
    m_model->setStore(store);
    countCache();
    updateResultLabel();
    selectFirstOrder();
}

void OrderBrowser::refresh()
{
    m_searchDelay.stop();
    reloadKeepingPlace();
}

void OrderBrowser::cacheChanged()
{
    if (m_searchDelay.isActive()) {
        // The search about to run reads the new orders; only the cache size changes now.
        countCache();
        updateResultLabel();
        return;
    }
    reloadKeepingPlace();
}

void OrderBrowser::reloadKeepingPlace()
{
    // Rows read again at most, to put back a list scrolled far down; beyond that the list starts at the top.
    constexpr int kMaxRowsKept = 10 * OrderTableModel::kPageSize;
    const QString current = m_detail->orderNumber();
    const QScrollBar* scroll = m_table->verticalScrollBar();
    const bool atTop = scroll->value() == scroll->minimum();
    const int topRow = m_table->rowAt(0);
    const QString topNumber =
        topRow >= 0 ? m_model->data(m_model->index(topRow, 0), OrderTableModel::OrderNumberRole).toString() : QString();
    const int loaded = std::min(m_model->rowCount(), kMaxRowsKept);
    const int detailScroll = m_detail->verticalScrollBar()->value();

    countCache();
    m_model->reload();
    while (m_model->rowCount() < loaded && m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    updateResultLabel();
    if (!current.isEmpty()) {
        const int row = m_model->rowOfNumber(current);
        if (row >= 0) {
            m_table->setCurrentIndex(m_model->index(row, OrderTableModel::NumberColumn));
            m_detail->verticalScrollBar()->setValue(detailScroll);
        }
    }
    selectFirstOrder();
    const int newTop = topNumber.isEmpty() ? -1 : m_model->rowOfNumber(topNumber);
    if (atTop || newTop < 0)
        m_table->scrollToTop();
    else
        m_table->scrollTo(m_model->index(newTop, OrderTableModel::NumberColumn), QAbstractItemView::PositionAtTop);
}

void OrderBrowser::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool OrderBrowser::showOrder(const QString& number)
{
    const QString wanted = number.trimmed().toUpper();
    if (wanted.isEmpty())
        return false;
    m_search->setText(wanted);
    applyFilter();
    const int row = m_model->rowOfNumber(wanted);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, OrderTableModel::NumberColumn));
    m_table->scrollTo(m_table->currentIndex());
    return true;
}

qint64 OrderBrowser::matchingCount() const
{
    return m_model->matchingCount();
}

bool OrderBrowser::isFiltered() const
{
    return !m_model->filter().search.simplified().isEmpty() || m_model->filter().status.has_value();
}

void OrderBrowser::applyFilter()
{
    m_searchDelay.stop();
    OrderFilter filter;
    filter.search = m_search->text().simplified();
    const QString statusKey = m_statusFilter->currentData().toString();
    if (!statusKey.isEmpty())
        filter.status = OrderStatuses::fromKey(statusKey);
    if (filter == m_model->filter())
        return;
    m_model->setFilter(filter);
    selectFirstOrder();
}

void OrderBrowser::selectFirstOrder()
{
    // Like a reading pane: the newest match is shown at once, so a scanned or typed number needs no extra key.
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, OrderTableModel::NumberColumn));
}

void OrderBrowser::countCache()
{
    const Result<qint64> all = m_store->count(OrderFilter{});
    if (all) {
        m_cachedCount = *all;
    } else {
        m_cachedCount = -1;
        qCWarning(lcUi).noquote() << "counting the cache failed:" << all.error().toString();
        Q_EMIT problem(all.error().message);
    }
}

void OrderBrowser::updateResultLabel()
{
    const QLocale locale;
    const qint64 matching = m_model->matchingCount();
    QString text;
    if (matching < 0)
        text = m_model->isCounting() ? tr("Counting orders…") : tr("Orders could not be counted");
    else if (matching == 0)
        text = isFiltered() ? tr("No orders match") : tr("No orders in this station yet");
    else if (matching == 1)
        text = tr("1 order");
    else
        text = tr("%1 orders").arg(locale.toString(matching));
    m_resultLabel->setText(text);
    m_resultLabel->setAccessibleName(text);
    Q_EMIT countsChanged(m_cachedCount, matching, isFiltered());
}

void OrderBrowser::showCurrentOrder()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->showMessage(tr("Select an order to see its details."));
        return;
    }
    const qint64 id = m_model->data(current, OrderTableModel::OrderIdRole).toLongLong();
    const Result<Order> order = m_store->findById(id);
    if (!order) {
        qCWarning(lcUi).noquote() << "reading order" << id << "failed:" << order.error().toString();
        m_detail->showMessage(tr("This order could not be read.\n%1").arg(order.error().message));
        return;
    }
    Result<QList<StatusChange>> history = m_store->history(order->number);
    if (!history) {
        qCWarning(lcUi).noquote() << "reading the history of" << order->number
                                  << "failed:" << history.error().toString();
        Q_EMIT problem(history.error().message);
        history = QList<StatusChange>();
    }
    m_detail->showOrder(*order, *history);
}

void OrderBrowser::clearSearch()
{
    m_search->clear();
    m_search->setFocus(Qt::ShortcutFocusReason);
    applyFilter();
}

void OrderBrowser::fitCustomerColumn()
{
    // The customer column takes the width the others leave, so the table fills the screen without
    // a horizontal scroll bar when there is room, and never gets narrower than a typical name.
    QHeaderView* header = m_table->horizontalHeader();
    int others = 0;
    for (int column = 0; column < OrderTableModel::ColumnCount; ++column)
        if (column != OrderTableModel::CustomerColumn)
            others += header->sectionSize(column);
    const int available = m_table->viewport()->width() - others;
    header->resizeSection(OrderTableModel::CustomerColumn, qMax(m_minimumCustomerWidth, available));
}

bool OrderBrowser::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport, not the table: it also narrows when the vertical scroll bar appears.
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitCustomerColumn();
    // Down arrow in the search field goes to the results, so the keyboard alone can search and browse.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier && m_model->rowCount() > 0) {
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid())
                m_table->setCurrentIndex(m_model->index(0, OrderTableModel::NumberColumn));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace saypro
