#include "InventoryScreen.h"

#include "DisplayFormat.h"
#include "FeedbackBanner.h"
#include "LowStockModel.h"
#include "StationUser.h"
#include "StockAdjustDialog.h"
#include "StockLevelModel.h"
#include "StockMovementModel.h"
#include "TableItems.h"
#include "UiLogging.h"
#include "inventory/InventoryStore.h"
#include "storage/CatalogueStore.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace saypro {

namespace {

enum ReservationColumn { ReservationOrder, ReservationBin, ReservationUnits, ReservationSince, ReservationColumns };

} // namespace

InventoryScreen::InventoryScreen(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("inventoryScreen"));
    setAccessibleName(tr("Inventory"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 8);
    layout->setSpacing(10);
    buildSearchBar(layout);

    m_feedback = new FeedbackBanner(this);
    m_feedback->setObjectName(QStringLiteral("inventoryFeedback"));
    layout->addWidget(m_feedback);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("inventoryTabs"));
    m_tabs->setAccessibleName(tr("Inventory views"));
    m_tabs->tabBar()->setAccessibleName(tr("Inventory views"));
    m_tabs->tabBar()->setAccessibleDescription(tr("Stock by location, or the low-stock list"));
    m_tabs->addTab(buildStockTab(), tr("&Stock by location"));
    m_tabs->addTab(buildLowStockTab(), tr("&Low stock"));
    layout->addWidget(m_tabs, 1);

    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(kSearchDelayMs);
    connect(&m_searchDelay, &QTimer::timeout, this, [this] { runSearch(false); });
    connect(m_search, &QLineEdit::textEdited, &m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        runSearch(true);
        // The next scan replaces the code.
        m_search->selectAll();
    });
    connect(m_searchButton, &QPushButton::clicked, this, [this] { runSearch(true); });
    connect(m_resultTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showSelected(false); });
    connect(m_adjust, &QPushButton::clicked, this, &InventoryScreen::adjustSelected);
    connect(m_loadMore, &QPushButton::clicked, this, [this] { m_movements->fetchMore(); });
    connect(m_movements, &StockMovementModel::pageLoaded, this, [this](bool more) {
        m_loadMore->setEnabled(more);
        m_loadMore->setText(more ? tr("Load &more") : tr("No older movements"));
        m_loadMore->setAccessibleName(m_loadMore->text().remove(u'&'));
    });
    connect(m_movements, &StockMovementModel::loadFailed, this, &InventoryScreen::problem);
    connect(m_lowStock, &LowStockModel::loadFailed, this, &InventoryScreen::problem);
    connect(m_lowStock, &QAbstractItemModel::modelReset, this, &InventoryScreen::updateLowStockLabel);
    connect(m_lowStockTable, &QTableView::activated, this, &InventoryScreen::showLowStockItem);
    connect(m_showStock, &QPushButton::clicked, this, &InventoryScreen::showLowStockItem);
    connect(m_refreshLowStock, &QPushButton::clicked, m_lowStock, &LowStockModel::reload);

    auto* escape = new QShortcut(
        QKeySequence(Qt::Key_Escape), m_search, m_search, [this] { clearSearch(); }, Qt::WidgetShortcut);
    Q_UNUSED(escape);

    setTabOrder(m_search, m_searchButton);
    setTabOrder(m_searchButton, m_tabs);
    setTabOrder(m_tabs, m_resultTable);
    setTabOrder(m_resultTable, m_adjust);
    setTabOrder(m_adjust, m_binTable);
    setTabOrder(m_binTable, m_reservations);
    setTabOrder(m_reservations, m_movementTable);
    setTabOrder(m_movementTable, m_loadMore);
    setTabOrder(m_lowStockTable, m_showStock);
    setTabOrder(m_showStock, m_refreshLowStock);

    setServices(nullptr, nullptr);
}

InventoryScreen::~InventoryScreen() = default;

void InventoryScreen::buildSearchBar(QVBoxLayout* layout)
{
    auto* caption = new QLabel(tr("S&can or type:"), this);
    caption->setFont(scaledFont(font(), 1.1, true));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("inventorySearch"));
    m_search->setPlaceholderText(tr("SKU, GTIN (barcode) or bin code"));
    m_search->setAccessibleName(tr("Search stock"));
    m_search->setAccessibleDescription(
        tr("Scan or type a SKU, a product's barcode (GTIN) or a bin code; the start of a SKU or bin code is enough. "
           "Enter searches at once, Escape clears the search, Down goes to the results."));
    m_search->setClearButtonEnabled(true);
    m_search->setFont(scaledFont(font(), 1.3, false));
    m_search->setMinimumWidth(m_search->fontMetrics().averageCharWidth() * 36);
    m_search->installEventFilter(this);
    caption->setBuddy(m_search);

    m_searchButton = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Search"), this);
    m_searchButton->setObjectName(QStringLiteral("inventorySearchButton"));
    m_searchButton->setAccessibleName(tr("Search"));
    m_searchButton->setAccessibleDescription(tr("Search stock for what is in the search field"));

    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("inventoryResultCount"));
    m_resultLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(10);
    bar->addWidget(caption);
    bar->addWidget(m_search, 3);
    bar->addWidget(m_searchButton);
    bar->addStretch(1);
    bar->addWidget(m_resultLabel);
    layout->addLayout(bar);
}

QTableView* InventoryScreen::makeTable(const QString& objectName, const QString& accessibleName,
                                       const QString& description)
{
    auto* table = new QTableView(this);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setAccessibleDescription(description);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->setCornerButtonEnabled(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 12);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setSectionsMovable(false);
    table->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    return table;
}

QWidget* InventoryScreen::buildStockTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("stockTab"));

    m_results = new StockLevelModel(this);
    m_resultTable = makeTable(QStringLiteral("stockTable"), tr("Stock by location"),
                              tr("Stock rows matching the search: SKU, product, bin, on hand, reserved, available and "
                                 "the marketplace's figure. The selected SKU's details are below."));
    m_resultTable->setModel(m_results);
    QHeaderView* header = m_resultTable->horizontalHeader();
    const QFontMetrics metrics = m_resultTable->fontMetrics();
    auto widthFor = [&](const QString& sample) { return metrics.horizontalAdvance(sample) + 24; };
    header->resizeSection(StockLevelModel::SkuColumn, widthFor(QStringLiteral("SP-MUGS-BLUE-00")));
    header->resizeSection(StockLevelModel::NameColumn, widthFor(QStringLiteral("Enamel camping mug, Forest green")));
    header->resizeSection(StockLevelModel::LocationColumn, widthFor(QStringLiteral("JHB1-A-03-12-2-04")));
    for (int column : {int(StockLevelModel::OnHandColumn), int(StockLevelModel::ReservedColumn),
                       int(StockLevelModel::AvailableColumn), int(StockLevelModel::MarketColumn)})
        header->resizeSection(column, std::max(widthFor(m_results->headerData(column, Qt::Horizontal).toString()),
                                               widthFor(QStringLiteral("99 999"))));
    header->setSectionResizeMode(StockLevelModel::NameColumn, QHeaderView::Stretch);
    m_resultTable->setMinimumHeight(m_resultTable->verticalHeader()->defaultSectionSize() * 4);

    // The selected SKU: large heading, its totals and Adjust…; then bins, reservations and movements.
    auto* detail = new QWidget(page);
    detail->setObjectName(QStringLiteral("skuDetail"));
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->setSpacing(8);

    auto* headingRow = new QHBoxLayout;
    headingRow->setSpacing(16);
    m_skuHeading = new QLabel(detail);
    m_skuHeading->setObjectName(QStringLiteral("skuHeading"));
    m_skuHeading->setFont(scaledFont(font(), 1.9, true));
    m_skuHeading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_productName = new QLabel(detail);
    m_productName->setObjectName(QStringLiteral("skuProductName"));
    m_productName->setFont(scaledFont(font(), 1.3, false));
    m_productName->setTextFormat(Qt::PlainText);
    m_totals = new QLabel(detail);
    m_totals->setObjectName(QStringLiteral("skuTotals"));
    m_totals->setFont(scaledFont(font(), 1.3, true));
    m_totals->setTextFormat(Qt::PlainText);
    m_adjust = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&Adjust…"), detail);
    m_adjust->setObjectName(QStringLiteral("adjustButton"));
    m_adjust->setAccessibleName(tr("Adjust stock"));
    m_adjust->setAccessibleDescription(tr("Change the units of the selected SKU in a bin, with a reason (Alt+A)"));
    m_adjust->setToolTip(m_adjust->accessibleDescription());
    m_adjust->setFont(scaledFont(font(), 1.15, true));
    m_adjust->setMinimumSize(m_adjust->sizeHint() + QSize(24, 8));
    auto* names = new QVBoxLayout;
    names->setSpacing(2);
    names->addWidget(m_productName);
    names->addWidget(m_totals);
    headingRow->addWidget(m_skuHeading, 0, Qt::AlignVCenter);
    headingRow->addLayout(names, 1);
    headingRow->addWidget(m_adjust, 0, Qt::AlignVCenter);
    detailLayout->addLayout(headingRow);

    auto* binsBox = new QGroupBox(tr("Bins"), detail);
    binsBox->setObjectName(QStringLiteral("binsBox"));
    auto* binsLayout = new QVBoxLayout(binsBox);
    m_bins = new StockLevelModel(this);
    m_binTable = makeTable(QStringLiteral("binTable"), tr("Bins of the selected SKU"),
                           tr("Every bin holding the selected SKU, in walk order, with on hand, reserved, available "
                              "and the marketplace's figure"));
    m_binTable->setModel(m_bins);
    m_binTable->hideColumn(StockLevelModel::SkuColumn);
    m_binTable->hideColumn(StockLevelModel::NameColumn);
    for (int column = 0; column < StockLevelModel::ColumnCount; ++column)
        m_binTable->horizontalHeader()->resizeSection(column, header->sectionSize(column));
    m_binTable->horizontalHeader()->setSectionResizeMode(StockLevelModel::LocationColumn, QHeaderView::Stretch);
    binsLayout->addWidget(m_binTable);

    auto* reservationsBox = new QGroupBox(tr("Reservations"), detail);
    reservationsBox->setObjectName(QStringLiteral("reservationsBox"));
    auto* reservationsLayout = new QVBoxLayout(reservationsBox);
    m_reservationsLabel = new QLabel(reservationsBox);
    m_reservationsLabel->setObjectName(QStringLiteral("reservationsSummary"));
    reservationsLayout->addWidget(m_reservationsLabel);
    m_reservations = new QTableWidget(0, ReservationColumns, reservationsBox);
    m_reservations->setObjectName(QStringLiteral("reservationTable"));
    m_reservations->setAccessibleName(tr("Reservations of the selected SKU"));
    m_reservations->setAccessibleDescription(tr("Units held for orders: order number, bin, units and since when"));
    m_reservations->setHorizontalHeaderLabels({tr("Order"), tr("Bin"), tr("Units"), tr("Since")});
    m_reservations->verticalHeader()->hide();
    m_reservations->verticalHeader()->setDefaultSectionSize(m_reservations->fontMetrics().height() + 12);
    m_reservations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reservations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_reservations->setSelectionMode(QAbstractItemView::SingleSelection);
    m_reservations->setAlternatingRowColors(true);
    m_reservations->setTabKeyNavigation(false);
    m_reservations->setWordWrap(false);
    m_reservations->horizontalHeader()->setHighlightSections(false);
    m_reservations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_reservations->horizontalHeader()->setStretchLastSection(true);
    reservationsLayout->addWidget(m_reservations);

    auto* movementsBox = new QGroupBox(tr("Movements (newest first)"), detail);
    movementsBox->setObjectName(QStringLiteral("movementsBox"));
    auto* movementsLayout = new QVBoxLayout(movementsBox);
    m_movements = new StockMovementModel(this);
    m_movementTable = makeTable(QStringLiteral("movementTable"), tr("Stock movements of the selected SKU"),
                                tr("Every change of the selected SKU's stock, newest first: time, bin, change, reason, "
                                   "on hand after, order, who, note and whether the marketplace has it"));
    m_movementTable->setModel(m_movements);
    QHeaderView* movementHeader = m_movementTable->horizontalHeader();
    movementHeader->resizeSection(StockMovementModel::TimeColumn,
                                  widthFor(DisplayFormat::dateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59)))));
    movementHeader->resizeSection(StockMovementModel::LocationColumn, widthFor(QStringLiteral("JHB1-A-03-12-2-04")));
    movementHeader->resizeSection(StockMovementModel::ChangeColumn, widthFor(QStringLiteral("−9 999")));
    int reasonWidth = widthFor(tr("Reason"));
    for (StockReason reason : StockReasons::all())
        reasonWidth = std::max(reasonWidth, widthFor(StockReasons::displayName(reason)));
    movementHeader->resizeSection(StockMovementModel::ReasonColumn, reasonWidth);
    movementHeader->resizeSection(StockMovementModel::OnHandAfterColumn, widthFor(tr("On hand after")));
    movementHeader->resizeSection(StockMovementModel::OrderColumn, widthFor(QStringLiteral("SP-00000000")));
    movementHeader->resizeSection(StockMovementModel::ActorColumn, widthFor(QStringLiteral("thandi at ST-01")));
    movementHeader->resizeSection(StockMovementModel::NoteColumn, widthFor(QStringLiteral("Dropped while shelving")));
    movementHeader->setStretchLastSection(true);
    movementsLayout->addWidget(m_movementTable, 1);
    m_loadMore = new QPushButton(style()->standardIcon(QStyle::SP_ArrowDown), tr("Load &more"), movementsBox);
    m_loadMore->setObjectName(QStringLiteral("loadMoreMovements"));
    m_loadMore->setAccessibleName(tr("Load more"));
    m_loadMore->setAccessibleDescription(tr("Show older movements of the selected SKU"));
    movementsLayout->addWidget(m_loadMore, 0, Qt::AlignLeft);

    // Where it is and what is promised side by side; the history below at full width, for its many columns.
    auto* columns = new QHBoxLayout;
    columns->setSpacing(12);
    columns->addWidget(binsBox, 3);
    columns->addWidget(reservationsBox, 2);
    detailLayout->addLayout(columns, 2);
    detailLayout->addWidget(movementsBox, 3);

    auto* splitter = new QSplitter(Qt::Vertical, page);
    splitter->setObjectName(QStringLiteral("inventorySplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_resultTable);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(splitter);
    return page;
}

QWidget* InventoryScreen::buildLowStockTab()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("lowStockTab"));
    m_lowStockLabel = new QLabel(page);
    m_lowStockLabel->setObjectName(QStringLiteral("lowStockSummary"));
    m_lowStockLabel->setWordWrap(true);
    m_lowStockLabel->setFont(scaledFont(font(), 1.1, false));

    m_lowStock = new LowStockModel(this);
    m_lowStockTable = makeTable(QStringLiteral("lowStockTable"), tr("Low stock"),
                                tr("SKUs whose available stock over all bins is at or below their reorder point, "
                                   "lowest first. Enter shows the SKU's stock."));
    m_lowStockTable->setModel(m_lowStock);
    QHeaderView* header = m_lowStockTable->horizontalHeader();
    const QFontMetrics metrics = m_lowStockTable->fontMetrics();
    auto widthFor = [&](const QString& sample) { return metrics.horizontalAdvance(sample) + 24; };
    header->resizeSection(LowStockModel::SkuColumn, widthFor(QStringLiteral("SP-MUGS-BLUE-00")));
    header->resizeSection(LowStockModel::NameColumn, widthFor(QStringLiteral("Enamel camping mug, Forest green")));
    header->resizeSection(LowStockModel::AvailableColumn, widthFor(tr("0 — out of stock")));
    header->resizeSection(LowStockModel::ReorderPointColumn, widthFor(tr("Reorder point")));
    header->resizeSection(LowStockModel::OnHandColumn, widthFor(tr("On hand")));
    header->resizeSection(LowStockModel::ReservedColumn, widthFor(tr("Reserved")));
    header->setSectionResizeMode(LowStockModel::NameColumn, QHeaderView::Stretch);

    m_showStock = new QPushButton(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("Show s&tock"), page);
    m_showStock->setObjectName(QStringLiteral("showLowStockItem"));
    m_showStock->setAccessibleName(tr("Show stock"));
    m_showStock->setAccessibleDescription(tr("Show the bins, reservations and movements of the selected SKU"));
    m_refreshLowStock = new QPushButton(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh list"), page);
    m_refreshLowStock->setObjectName(QStringLiteral("refreshLowStock"));
    m_refreshLowStock->setAccessibleName(tr("Refresh the low-stock list"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_showStock);
    buttons->addWidget(m_refreshLowStock);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    layout->addWidget(m_lowStockLabel);
    layout->addWidget(m_lowStockTable, 1);
    layout->addLayout(buttons);
    return page;
}

void InventoryScreen::setServices(InventoryStore* inventory, const CatalogueStore* catalogue)
{
    if (m_dialog)
        m_dialog->reject(); // it adjusts through the store being replaced
    m_searchDelay.stop();
    m_inventory = catalogue ? inventory : nullptr;
    m_catalogue = inventory ? catalogue : nullptr;
    m_names.clear();
    m_shownSku.clear();
    m_movements->setStore(m_inventory);
    m_lowStock->setStore(m_inventory);
    const bool available = m_inventory != nullptr;
    for (QWidget* w : std::initializer_list<QWidget*>{m_search, m_searchButton, m_tabs})
        w->setEnabled(available);
    if (!available) {
        m_results->clear();
        m_resultLabel->clear();
        showNothingSelected(tr("Stock is not available: no station database is open."));
        m_feedback->showNeutral(tr("Stock is not available: no station database is open."));
        return;
    }
    m_feedback->showNeutral(tr("Scan or type a SKU, a barcode or a bin code."));
    m_lastSearch = m_search->text().simplified();
    runSearch(false);
}

void InventoryScreen::focusSearch()
{
    m_tabs->setCurrentIndex(0);
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InventoryScreen::search(const QString& text)
{
    m_search->setText(text);
    runSearch(true);
}

QString InventoryScreen::selectedBin() const
{
    const QModelIndex current = m_resultTable->currentIndex();
    if (!current.isValid())
        return {};
    return m_results->data(current, StockLevelModel::LocationRole).toString();
}

QHash<QString, QString> InventoryScreen::namesFor(const QList<StockLevel>& rows)
{
    // One indexed lookup per SKU not seen before; the rows are bounded by the search limit.
    QHash<QString, QString> names;
    for (const StockLevel& level : rows) {
        if (names.contains(level.sku))
            continue;
        auto cached = m_names.constFind(level.sku);
        if (cached == m_names.constEnd()) {
            Result<Product> product = m_catalogue->productBySku(level.sku);
            cached = m_names.insert(level.sku, product ? product->name : QString());
        }
        names.insert(level.sku, *cached);
    }
    return names;
}

void InventoryScreen::runSearch(bool announce)
{
    m_searchDelay.stop();
    if (!m_inventory)
        return;
    const QString text = m_search->text().simplified();
    const QString keepSku = text == m_lastSearch ? m_shownSku : QString();
    const QString keepBin = text == m_lastSearch ? selectedBin() : QString();
    m_lastSearch = text;
    // One more than the limit says whether there are more without counting them.
    Result<QList<StockLevel>> found = m_inventory->search(text, kSearchLimit + 1);
    if (!found) {
        qCWarning(lcUi).noquote() << "searching stock for" << text << "failed:" << found.error().toString();
        m_results->clear();
        m_resultLabel->setText(tr("Stock could not be read"));
        m_feedback->showProblem(found.error().message);
        showNothingSelected(found.error().message);
        Q_EMIT problem(found.error().message);
        return;
    }
    const bool truncated = found->size() > kSearchLimit;
    if (truncated)
        found->resize(kSearchLimit);
    m_results->setRows(*found, namesFor(*found));

    const QString count = updateResultLabel(int(found->size()), truncated);

    int row = keepSku.isEmpty() ? -1 : m_results->rowOf(keepSku, keepBin);
    if (row < 0 && !keepSku.isEmpty())
        for (int r = 0; r < m_results->rowCount() && row < 0; ++r)
            if (m_results->rows().at(r).sku == keepSku)
                row = r;
    if (row < 0 && m_results->rowCount() > 0)
        row = 0;
    m_shownSku.clear(); // the rows were read again: so is the selected SKU
    if (row >= 0) {
        m_resultTable->setCurrentIndex(m_results->index(row, StockLevelModel::SkuColumn));
        m_resultTable->scrollTo(m_resultTable->currentIndex());
        if (m_shownSku.isEmpty()) // the same row as before the reset: no change was signalled
            showSelected(true);
    } else {
        showNothingSelected(text.isEmpty() ? tr("There is no stock in this station yet.")
                                           : tr("Nothing in stock matches %1.").arg(text));
    }
    if (!announce || text.isEmpty())
        return;
    if (found->isEmpty()) {
        m_feedback->showProblem(tr("Nothing in stock matches %1: check the code, or scan the bin label.").arg(text));
        return;
    }
    QSet<QString> skus;
    for (const StockLevel& level : *found)
        skus.insert(level.sku);
    if (skus.size() == 1) {
        const StockLevel& first = found->first();
        const QString name = m_results->nameOf(first.sku);
        const QString what = name.isEmpty() ? first.sku : first.sku + QStringLiteral(" — ") + name;
        m_feedback->showSuccess(found->size() == 1 ? tr("%1: in 1 bin").arg(what)
                                                   : tr("%1: in %2 bins").arg(what, QLocale().toString(found->size())));
    } else {
        m_feedback->showSuccess(tr("%1: %2").arg(text, count));
    }
}

QString InventoryScreen::updateResultLabel(int rows, bool truncated)
{
    const QLocale locale;
    QString count;
    if (rows == 0)
        count = m_lastSearch.isEmpty() ? tr("No stock in this station yet") : tr("Nothing matches");
    else if (truncated)
        count = tr("First %1 rows: type more of the code to narrow it").arg(locale.toString(kSearchLimit));
    else
        count = rows == 1 ? tr("1 row") : tr("%1 rows").arg(locale.toString(rows));
    m_resultLabel->setText(count);
    m_resultLabel->setAccessibleName(count);
    return count;
}

void InventoryScreen::showNothingSelected(const QString& message)
{
    m_shownSku.clear();
    m_skuHeading->setText(tr("No SKU selected"));
    m_skuHeading->setAccessibleName(m_skuHeading->text());
    m_productName->setText(message);
    m_productName->setAccessibleName(message);
    m_totals->clear();
    m_totals->setAccessibleName(QString());
    m_adjust->setEnabled(false);
    m_bins->clear();
    m_reservations->setRowCount(0);
    m_reservationsLabel->clear();
    m_movements->setItem(QString());
}

void InventoryScreen::showSelected(bool force)
{
    const QModelIndex current = m_resultTable->currentIndex();
    if (!current.isValid() || !m_inventory) {
        showNothingSelected(tr("Select a row to see its SKU's bins, reservations and movements."));
        return;
    }
    const QString sku = m_results->data(current, StockLevelModel::SkuRole).toString();
    if (sku == m_shownSku && !force)
        return; // another bin of the same SKU: the details are the SKU's already
    m_shownSku = sku;
    const QString name = m_results->nameOf(sku);
    m_skuHeading->setText(sku);
    m_skuHeading->setAccessibleName(tr("SKU: %1").arg(sku));
    m_productName->setText(name.isEmpty() ? tr("Not in the catalogue") : name);
    m_productName->setAccessibleName(tr("Product: %1").arg(m_productName->text()));
    m_adjust->setEnabled(true);

    const QLocale locale;
    Result<QList<StockLevel>> bins = m_inventory->stockForSku(sku);
    if (!bins) {
        qCWarning(lcUi).noquote() << "reading the bins of" << sku << "failed:" << bins.error().toString();
        Q_EMIT problem(bins.error().message);
        bins = QList<StockLevel>();
    }
    m_bins->setRows(*bins, {{sku, name}});
    int onHand = 0;
    int reserved = 0;
    int available = 0;
    for (const StockLevel& level : *bins) {
        onHand += level.onHand;
        reserved += level.reserved;
        available += level.available();
    }
    const QString inBins = bins->size() == 1 ? tr("in 1 bin") : tr("in %1 bins").arg(locale.toString(bins->size()));
    const QString totals =
        tr("On hand %1 · Reserved %2 · Available %3 · %4")
            .arg(locale.toString(onHand), locale.toString(reserved), locale.toString(available), inBins);
    m_totals->setText(totals);
    m_totals->setAccessibleName(totals);

    fillReservations(sku);
    m_movements->setItem(sku);
}

void InventoryScreen::fillReservations(const QString& sku)
{
    Result<QList<Reservation>> reservations = m_inventory->reservationsForSku(sku);
    if (!reservations) {
        qCWarning(lcUi).noquote() << "reading the reservations of" << sku
                                  << "failed:" << reservations.error().toString();
        Q_EMIT problem(reservations.error().message);
        reservations = QList<Reservation>();
    }
    const QLocale locale;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    m_reservations->setRowCount(int(reservations->size()));
    int units = 0;
    for (int row = 0; row < reservations->size(); ++row) {
        const Reservation& r = reservations->at(row);
        units += r.quantity;
        m_reservations->setItem(row, ReservationOrder, readOnlyItem(r.orderNumber));
        m_reservations->setItem(row, ReservationBin, readOnlyItem(r.location));
        m_reservations->setItem(row, ReservationUnits, readOnlyItem(locale.toString(r.quantity), right));
        m_reservations->setItem(row, ReservationSince, readOnlyItem(DisplayFormat::dateTime(r.createdAt)));
    }
    const QString summary =
        reservations->isEmpty()
            ? tr("Nothing reserved for orders.")
            : (reservations->size() == 1 ? tr("%1 units reserved for 1 order line.").arg(locale.toString(units))
                                         : tr("%1 units reserved for %2 order lines.")
                                               .arg(locale.toString(units), locale.toString(reservations->size())));
    m_reservationsLabel->setText(summary);
    m_reservationsLabel->setAccessibleName(summary);
}

StockAdjustDialog* InventoryScreen::adjustSelected()
{
    if (!m_inventory || m_shownSku.isEmpty())
        return nullptr;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    QString bin = selectedBin();
    if (m_results->data(m_resultTable->currentIndex(), StockLevelModel::SkuRole).toString() != m_shownSku)
        bin.clear();
    if (bin.isEmpty() && !m_bins->rows().isEmpty())
        bin = m_bins->rows().first().location;
    auto* dialog = new StockAdjustDialog(*m_inventory, m_shownSku, m_results->nameOf(m_shownSku), m_bins->rows(), bin,
                                         StationUser::actor(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StockAdjustDialog::adjusted, this, &InventoryScreen::onAdjusted);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void InventoryScreen::onAdjusted(const StockMovement& movement)
{
    const QLocale locale;
    const QString change = movement.delta > 0 ? QStringLiteral("+") + locale.toString(movement.delta)
                                              : QStringLiteral("−") + locale.toString(-movement.delta);
    m_feedback->showSuccess(tr("Adjusted %1 in %2 by %3 (%4): %5 on hand now")
                                .arg(movement.sku, movement.location, change,
                                     StockReasons::displayName(movement.reason),
                                     locale.toString(movement.onHandAfter)));
    refresh();
}

void InventoryScreen::refresh()
{
    if (!m_inventory)
        return;
    if (m_searchDelay.isActive()) {
        // A search is about to run on what is being typed: it reads the new figures.
        m_lowStock->reload();
        return;
    }
    const QString sku = m_shownSku;
    const QString bin = selectedBin();
    Result<QList<StockLevel>> found = m_inventory->search(m_lastSearch, kSearchLimit + 1);
    if (found) {
        if (found->size() > kSearchLimit)
            found->resize(kSearchLimit);
        m_results->setRows(*found, namesFor(*found));
    }
    int row = m_results->rowOf(sku, bin);
    if (row < 0)
        for (int r = 0; r < m_results->rowCount() && row < 0; ++r)
            if (m_results->rows().at(r).sku == sku)
                row = r;
    if (row < 0 && m_results->rowCount() > 0)
        row = 0;
    m_shownSku.clear();
    if (row >= 0) {
        m_resultTable->setCurrentIndex(m_results->index(row, StockLevelModel::SkuColumn));
        if (m_shownSku.isEmpty())
            showSelected(true);
    } else {
        showNothingSelected(m_lastSearch.isEmpty() ? tr("There is no stock in this station yet.")
                                                   : tr("Nothing in stock matches %1.").arg(m_lastSearch));
    }
    updateResultLabel(int(found ? found->size() : 0), found && found->size() >= kSearchLimit);
    m_lowStock->reload();
}

void InventoryScreen::updateLowStockLabel()
{
    const QLocale locale;
    const int rows = m_lowStock->rowCount();
    QString text;
    if (!m_inventory)
        text = tr("Stock is not available.");
    else if (rows == 0)
        text = tr("No SKU is at or below its reorder point.");
    else if (m_lowStock->isTruncated())
        text = tr("The %1 SKUs with the least available stock at or below their reorder point, lowest first.")
                   .arg(locale.toString(rows));
    else
        text = (rows == 1 ? tr("1 SKU at or below its reorder point.")
                          : tr("%1 SKUs at or below their reorder point, lowest first.").arg(locale.toString(rows))) +
               u' ' + tr("Enter on a row shows its stock.");
    m_lowStockLabel->setText(text);
    m_lowStockLabel->setAccessibleName(text);
    m_tabs->setTabText(1, rows == 0 ? tr("&Low stock") : tr("&Low stock (%1)").arg(locale.toString(rows)));
    m_showStock->setEnabled(rows > 0);
}

void InventoryScreen::showLowStockItem()
{
    const QModelIndex current = m_lowStockTable->currentIndex();
    if (!current.isValid())
        return;
    const QString sku = m_lowStock->data(current, LowStockModel::SkuRole).toString();
    m_tabs->setCurrentIndex(0);
    search(sku);
    m_resultTable->setFocus(Qt::OtherFocusReason);
}

void InventoryScreen::clearSearch()
{
    m_search->clear();
    runSearch(false);
    m_search->setFocus(Qt::ShortcutFocusReason);
}

bool InventoryScreen::eventFilter(QObject* watched, QEvent* event)
{
    // Down arrow in the search field goes to the results, so the keyboard alone can search and browse.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down && key->modifiers() == Qt::NoModifier && m_results->rowCount() > 0) {
            if (m_searchDelay.isActive())
                runSearch(false);
            m_resultTable->setFocus(Qt::TabFocusReason);
            if (!m_resultTable->currentIndex().isValid())
                m_resultTable->setCurrentIndex(m_results->index(0, StockLevelModel::SkuColumn));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace saypro
