#include "CycleCountScreen.h"

#include "FeedbackBanner.h"
#include "StationUser.h"
#include "TableItems.h"
#include "UiLogging.h"
#include "domain/Location.h"
#include "inventory/InventoryStore.h"
#include "storage/CatalogueStore.h"

#include <QApplication>
#include <QBoxLayout>
#include <QCheckBox>
#include <QColor>
#include <QEvent>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyle>
#include <QTableWidget>

#include <algorithm>

namespace saypro {

namespace {

constexpr int kMaximumQuantity = 99999;

enum BookColumn { BookSku, BookName, BookOnHand, BookReserved, BookColumns };
enum CountedColumn { CountedSku, CountedName, CountedUnits, CountedColumns };
enum ReviewColumn { ReviewSku, ReviewName, ReviewBook, ReviewCounted, ReviewDifference, ReviewColumns };

/// "1 product", "3 products".
QString productCount(int count)
{
    return count == 1 ? CycleCountScreen::tr("1 product")
                      : CycleCountScreen::tr("%1 products").arg(QLocale().toString(count));
}

/// Fixed widths from sample texts, so columns do not jump while items are scanned and nothing is cut off.
void setColumnWidths(QTableWidget* table, const QList<std::pair<int, QString>>& samples, const QFont& valueFont)
{
    QHeaderView* header = table->horizontalHeader();
    const QFontMetrics headerMetrics(header->font());
    const QFontMetrics valueMetrics(valueFont);
    for (const auto& [column, sample] : samples) {
        const QTableWidgetItem* title = table->horizontalHeaderItem(column);
        const int width = std::max(title ? headerMetrics.horizontalAdvance(title->text()) : 0,
                                   valueMetrics.horizontalAdvance(sample)) +
                          28;
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, width);
        if (column > 1 && title) // numbers: the heading over them on the right, like them
            table->horizontalHeaderItem(column)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
}

/// The font of the counts in the Counted table: the number a counter checks at arm's length.
QFont countFont(const QFont& tableFont)
{
    return scaledFont(tableFont, 1.4, true);
}

bool allDigits(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

} // namespace

CycleCountScreen::CycleCountScreen(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("cycleCountScreen"));
    setAccessibleName(tr("Cycle count"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 10);
    layout->setSpacing(10);
    buildBinRow(layout);

    m_binHeading = new QLabel(this);
    m_binHeading->setObjectName(QStringLiteral("countBinHeading"));
    m_binHeading->setFont(scaledFont(font(), 2.4, true));
    m_binHeading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_instructions = new QLabel(this);
    m_instructions->setObjectName(QStringLiteral("countInstructions"));
    m_instructions->setFont(scaledFont(font(), 1.2, false));
    m_instructions->setWordWrap(true);
    m_instructions->setTextFormat(Qt::PlainText);
    auto* headingRow = new QHBoxLayout;
    headingRow->setSpacing(20);
    headingRow->addWidget(m_binHeading, 0, Qt::AlignVCenter);
    headingRow->addWidget(m_instructions, 1, Qt::AlignVCenter);
    layout->addLayout(headingRow);

    m_feedback = new FeedbackBanner(this);
    m_feedback->setObjectName(QStringLiteral("countFeedback"));
    layout->addWidget(m_feedback);

    buildItemRow(layout);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("countPages"));
    m_pages->addWidget(buildCountingPage());
    m_pages->addWidget(buildReviewPage());
    layout->addWidget(m_pages, 1);

    setTabOrder(m_binField, m_start);
    setTabOrder(m_start, m_blindBox);
    setTabOrder(m_blindBox, m_itemField);
    setTabOrder(m_itemField, m_quantity);
    setTabOrder(m_quantity, m_add);
    setTabOrder(m_add, m_undoButton);
    setTabOrder(m_undoButton, m_countedTable);
    setTabOrder(m_countedTable, m_bookTable);
    setTabOrder(m_bookTable, m_review);
    setTabOrder(m_review, m_reviewTable);
    setTabOrder(m_reviewTable, m_confirm);
    setTabOrder(m_confirm, m_back);
    setTabOrder(m_back, m_cancel);

    setServices(nullptr, nullptr);
}

void CycleCountScreen::buildBinRow(QBoxLayout* layout)
{
    auto* caption = new QLabel(tr("&Bin:"), this);
    caption->setFont(scaledFont(font(), 1.3, true));
    m_binField = new QLineEdit(this);
    m_binField->setObjectName(QStringLiteral("countBinField"));
    m_binField->setPlaceholderText(tr("Scan the bin label"));
    m_binField->setAccessibleName(tr("Bin to count"));
    m_binField->setAccessibleDescription(
        tr("Scan the bin's label or type its code, for example JHB1-A-03-12-2-04, and press Enter"));
    m_binField->setFont(scaledFont(font(), 1.6, true));
    m_binField->setMinimumWidth(m_binField->fontMetrics().horizontalAdvance(QStringLiteral("JHB1-A-03-12-2-04")) + 40);
    caption->setBuddy(m_binField);

    m_start = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Start count"), this);
    m_start->setObjectName(QStringLiteral("startCountButton"));
    m_start->setAccessibleName(tr("Start count"));
    m_start->setAccessibleDescription(tr("Start counting the bin in the bin field"));
    m_start->setAutoDefault(true); // Enter on the focused button presses it

    m_blindBox = new QCheckBox(tr("B&lind count: keep the book hidden"), this);
    m_blindBox->setObjectName(QStringLiteral("blindCount"));
    m_blindBox->setChecked(true);
    m_blindBox->setAccessibleName(tr("Blind count"));
    m_blindBox->setAccessibleDescription(
        tr("When checked, what the book says is in the bin stays hidden until the differences are reviewed, so the "
           "count is not influenced by it. Set before the count starts."));

    m_cancel = new QPushButton(style()->standardIcon(QStyle::SP_DialogCancelButton), tr("Ca&ncel count"), this);
    m_cancel->setObjectName(QStringLiteral("cancelCountButton"));
    m_cancel->setAccessibleName(tr("Cancel count"));
    m_cancel->setAccessibleDescription(tr("Throw away this bin's count without booking anything"));

    auto* row = new QHBoxLayout;
    row->setSpacing(10);
    row->addWidget(caption);
    row->addWidget(m_binField, 2);
    row->addWidget(m_start);
    row->addSpacing(12);
    row->addWidget(m_blindBox);
    row->addStretch(1);
    row->addWidget(m_cancel);
    layout->addLayout(row);

    connect(m_binField, &QLineEdit::returnPressed, this, &CycleCountScreen::startBin);
    connect(m_start, &QPushButton::clicked, this, &CycleCountScreen::startBin);
    connect(m_cancel, &QPushButton::clicked, this, &CycleCountScreen::cancelCount);
    connect(m_blindBox, &QCheckBox::toggled, this, [this](bool on) { m_blind = on; });
}

void CycleCountScreen::buildItemRow(QBoxLayout* layout)
{
    auto* caption = new QLabel(tr("&Item:"), this);
    caption->setFont(scaledFont(font(), 1.3, true));
    m_itemField = new QLineEdit(this);
    m_itemField->setObjectName(QStringLiteral("countItemField"));
    m_itemField->setPlaceholderText(tr("Scan a product, or type its SKU or GTIN"));
    m_itemField->setAccessibleName(tr("Item"));
    m_itemField->setAccessibleDescription(
        tr("Each scan of a product's barcode counts one. To count many at once, type the SKU or GTIN, set the "
           "quantity and press Enter."));
    m_itemField->setFont(scaledFont(font(), 1.4, false));
    caption->setBuddy(m_itemField);

    auto* quantityCaption = new QLabel(tr("&Quantity:"), this);
    quantityCaption->setFont(scaledFont(font(), 1.3, true));
    m_quantity = new QSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("countQuantity"));
    m_quantity->setRange(1, kMaximumQuantity);
    m_quantity->setValue(1);
    m_quantity->setAccessibleName(tr("Quantity"));
    m_quantity->setAccessibleDescription(
        tr("How many units the next item adds; it goes back to 1 after each item. Enter adds the item."));
    m_quantity->setFont(scaledFont(font(), 1.4, true));
    m_quantity->setMinimumWidth(m_quantity->fontMetrics().horizontalAdvance(QStringLiteral("99999")) + 48);
    m_quantity->installEventFilter(this);
    if (auto* edit = m_quantity->findChild<QLineEdit*>())
        edit->setAccessibleName(m_quantity->accessibleName());
    quantityCaption->setBuddy(m_quantity);

    m_add = new QPushButton(style()->standardIcon(QStyle::SP_ArrowUp), tr("A&dd"), this);
    m_add->setObjectName(QStringLiteral("addCountButton"));
    m_add->setAccessibleName(tr("Add to the count"));
    m_add->setAutoDefault(true);
    m_undoButton = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("&Undo last"), this);
    m_undoButton->setObjectName(QStringLiteral("undoCountButton"));
    m_undoButton->setAccessibleName(tr("Undo last"));
    m_undoButton->setAccessibleDescription(tr("Take back the last item added to the count"));
    m_undoButton->setAutoDefault(true);

    auto* row = new QHBoxLayout;
    row->setSpacing(10);
    row->addWidget(caption);
    row->addWidget(m_itemField, 3);
    row->addSpacing(8);
    row->addWidget(quantityCaption);
    row->addWidget(m_quantity);
    row->addWidget(m_add);
    row->addWidget(m_undoButton);
    layout->addLayout(row);

    connect(m_itemField, &QLineEdit::returnPressed, this, &CycleCountScreen::addItem);
    connect(m_add, &QPushButton::clicked, this, &CycleCountScreen::addItem);
    connect(m_undoButton, &QPushButton::clicked, this, &CycleCountScreen::undoLast);
}

QTableWidget* CycleCountScreen::makeTable(const QString& objectName, const QStringList& headers,
                                          const QString& accessibleName, const QString& description, double fontFactor)
{
    auto* table = readOnlyTable(this, objectName, headers, accessibleName, description);
    table->setFont(scaledFont(font(), fontFactor, false));
    table->horizontalHeader()->setFont(scaledFont(font(), 1.1, true));
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 14);
    return table;
}

QWidget* CycleCountScreen::buildCountingPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("countingPage"));

    m_countedBox = new QGroupBox(tr("Counted"), page);
    m_countedBox->setObjectName(QStringLiteral("countedBox"));
    auto* countedLayout = new QVBoxLayout(m_countedBox);
    m_countedTable = makeTable(QStringLiteral("countedTable"), {tr("SKU"), tr("Product"), tr("Counted")},
                               tr("Counted so far"), tr("Every product counted in this bin and how many"), 1.3);
    m_countedTable->horizontalHeader()->setSectionResizeMode(CountedName, QHeaderView::Stretch);
    const QString skuSample = QStringLiteral("SP-MUGS-BLUE-00");
    setColumnWidths(m_countedTable, {{CountedSku, skuSample}}, m_countedTable->font());
    setColumnWidths(m_countedTable, {{CountedUnits, QStringLiteral("99 999")}}, countFont(m_countedTable->font()));
    m_countedTable->verticalHeader()->setDefaultSectionSize(QFontMetrics(countFont(m_countedTable->font())).height() +
                                                            12);
    countedLayout->addWidget(m_countedTable);

    m_bookBox = new QGroupBox(tr("In the book"), page);
    m_bookBox->setObjectName(QStringLiteral("bookBox"));
    auto* bookLayout = new QVBoxLayout(m_bookBox);
    m_bookHidden =
        new QLabel(tr("Blind count: what the book says stays hidden until you review the differences."), m_bookBox);
    m_bookHidden->setObjectName(QStringLiteral("bookHidden"));
    m_bookHidden->setWordWrap(true);
    m_bookHidden->setFont(scaledFont(font(), 1.2, false));
    m_bookHidden->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_bookTable = makeTable(QStringLiteral("countBookTable"), {tr("SKU"), tr("Product"), tr("On hand"), tr("Reserved")},
                            tr("What the book says is in the bin"),
                            tr("Every product the station's book has in this bin, with on hand and reserved"), 1.15);
    m_bookTable->horizontalHeader()->setSectionResizeMode(BookName, QHeaderView::Stretch);
    setColumnWidths(m_bookTable,
                    {{BookSku, QStringLiteral("SP-MUGS-BLUE-00")},
                     {BookOnHand, QStringLiteral("99 999")},
                     {BookReserved, QStringLiteral("99 999")}},
                    m_bookTable->font());
    bookLayout->addWidget(m_bookHidden);
    bookLayout->addWidget(m_bookTable, 1);

    m_review =
        new QPushButton(style()->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Review differences"), page);
    m_review->setObjectName(QStringLiteral("reviewCountButton"));
    m_review->setAccessibleName(tr("Review differences"));
    m_review->setAccessibleDescription(
        tr("Compare the count with the book (Alt+R). Nothing is booked until you confirm."));
    m_review->setToolTip(m_review->accessibleDescription());
    m_review->setFont(scaledFont(font(), 1.2, true));
    m_review->setMinimumSize(m_review->sizeHint() + QSize(24, 12));
    m_review->setAutoDefault(true);
    connect(m_review, &QPushButton::clicked, this, &CycleCountScreen::review);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(12);
    columns->addWidget(m_countedBox, 3);
    columns->addWidget(m_bookBox, 2);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_review);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);
    return page;
}

QWidget* CycleCountScreen::buildReviewPage()
{
    auto* page = new QWidget(this);
    page->setObjectName(QStringLiteral("reviewPage"));
    auto* box = new QGroupBox(tr("Differences against the book"), page);
    box->setObjectName(QStringLiteral("reviewBox"));
    auto* boxLayout = new QVBoxLayout(box);
    m_reviewSummary = new QLabel(box);
    m_reviewSummary->setObjectName(QStringLiteral("countReviewSummary"));
    m_reviewSummary->setWordWrap(true);
    m_reviewSummary->setFont(scaledFont(font(), 1.2, true));
    m_reviewSummary->setTextFormat(Qt::PlainText);
    m_reviewTable =
        makeTable(QStringLiteral("countReviewTable"),
                  {tr("SKU"), tr("Product"), tr("Book"), tr("Counted"), tr("Difference")}, tr("Differences"),
                  tr("For every product in the book or the count: the book, the count and the difference"), 1.3);
    m_reviewTable->horizontalHeader()->setSectionResizeMode(ReviewName, QHeaderView::Stretch);
    setColumnWidths(m_reviewTable,
                    {{ReviewSku, QStringLiteral("SP-MUGS-BLUE-00")}, {ReviewBook, QStringLiteral("99 999")}},
                    m_reviewTable->font());
    setColumnWidths(m_reviewTable, {{ReviewCounted, QStringLiteral("99 999")}}, countFont(m_reviewTable->font()));
    m_reviewTable->verticalHeader()->setDefaultSectionSize(QFontMetrics(countFont(m_reviewTable->font())).height() +
                                                           12);
    setColumnWidths(m_reviewTable, {{ReviewDifference, tr("+%1 — more than the book").arg(QStringLiteral("9 999"))}},
                    scaledFont(m_reviewTable->font(), 1.0, true));
    boxLayout->addWidget(m_reviewSummary);
    boxLayout->addWidget(m_reviewTable, 1);

    m_back = new QPushButton(style()->standardIcon(QStyle::SP_ArrowBack), tr("Bac&k to counting"), page);
    m_back->setObjectName(QStringLiteral("backToCountingButton"));
    m_back->setAccessibleName(tr("Back to counting"));
    m_back->setAccessibleDescription(tr("Go on counting this bin; nothing is booked"));
    m_back->setAutoDefault(true);
    m_confirm = new QPushButton(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("&Confirm adjustments"), page);
    m_confirm->setObjectName(QStringLiteral("confirmCountButton"));
    m_confirm->setAccessibleName(tr("Confirm adjustments"));
    m_confirm->setAccessibleDescription(
        tr("Book the differences shown as cycle-count adjustments (Alt+C). Enter alone never confirms."));
    m_confirm->setToolTip(m_confirm->accessibleDescription());
    m_confirm->setFont(scaledFont(font(), 1.2, true));
    m_confirm->setMinimumSize(m_confirm->sizeHint() + QSize(24, 12));
    // Never pressed by Enter, not even with the focus on it: a scan ends with Enter.
    m_confirm->setAutoDefault(false);
    connect(m_back, &QPushButton::clicked, this, &CycleCountScreen::backToCounting);
    connect(m_confirm, &QPushButton::clicked, this, &CycleCountScreen::confirm);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_back);
    buttons->addStretch(1);
    buttons->addWidget(m_confirm);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(box, 1);
    layout->addLayout(buttons);
    return page;
}

void CycleCountScreen::setServices(InventoryStore* inventory, const CatalogueStore* catalogue)
{
    const bool wasCounting = m_stage != Stage::Bin;
    const QString bin = m_bin;
    m_inventory = catalogue ? inventory : nullptr;
    m_catalogue = inventory ? catalogue : nullptr;
    m_names.clear();
    resetCount();
    const bool available = m_inventory != nullptr;
    for (QWidget* w : std::initializer_list<QWidget*>{m_binField, m_start, m_blindBox})
        w->setEnabled(available);
    if (wasCounting)
        m_feedback->showProblem(tr("The count of %1 was not booked: the station changed to another database or "
                                   "station id. Count the bin again.")
                                    .arg(bin));
    else if (!available)
        m_feedback->showNeutral(tr("Counting is not available: no station database is open."));
    else
        m_feedback->showNeutral(tr("Scan the label of the bin to count."));
}

void CycleCountScreen::focusInput()
{
    QLineEdit* field = m_stage == Stage::Bin ? m_binField : m_itemField;
    field->setFocus(Qt::ShortcutFocusReason);
    field->selectAll();
}

void CycleCountScreen::resetCount()
{
    m_bin.clear();
    m_book.clear();
    m_counted.clear();
    m_undo.clear();
    m_reviewed.reset();
    m_differences.clear();
    m_binField->clear();
    m_itemField->clear();
    m_quantity->setValue(1);
    m_bookTable->setRowCount(0);
    m_countedTable->setRowCount(0);
    m_reviewTable->setRowCount(0);
    setStage(Stage::Bin);
}

void CycleCountScreen::setStage(Stage stage)
{
    m_stage = stage;
    const bool available = m_inventory != nullptr;
    const bool counting = stage != Stage::Bin;
    m_binField->setReadOnly(counting);
    m_binField->setEnabled(available && !counting);
    m_start->setEnabled(available && !counting);
    m_blindBox->setEnabled(available && !counting);
    m_cancel->setEnabled(counting);
    m_itemField->setEnabled(counting);
    m_quantity->setEnabled(counting);
    m_add->setEnabled(counting);
    m_undoButton->setEnabled(counting && !m_undo.isEmpty());
    m_review->setEnabled(stage == Stage::Counting);
    m_confirm->setEnabled(stage == Stage::Review && m_reviewed.has_value());
    m_back->setEnabled(stage == Stage::Review);
    m_pages->setCurrentIndex(stage == Stage::Review ? 1 : 0);

    const bool showBook = counting && !m_blind;
    m_bookTable->setVisible(showBook);
    m_bookHidden->setVisible(!showBook);
    if (!counting)
        m_bookHidden->setText(m_blind ? tr("Blind count: what the book says stays hidden until you review the "
                                           "differences.")
                                      : tr("The book of the bin shows here once the count starts."));
    else if (m_blind)
        m_bookHidden->setText(tr("Blind count: what the book says stays hidden until you review the differences."));

    if (counting) {
        m_binHeading->setText(m_bin);
        m_binHeading->setAccessibleName(tr("Counting bin %1").arg(m_bin));
    } else {
        m_binHeading->setText(tr("No bin"));
        m_binHeading->setAccessibleName(tr("No bin is being counted"));
    }
    updateInstructions();
}

void CycleCountScreen::updateInstructions()
{
    QString text;
    switch (m_stage) {
    case Stage::Bin:
        text = tr("1. Scan the bin label (or type the bin code and press Enter).");
        break;
    case Stage::Counting:
        text = tr("2. Scan every item in the bin. Many of one product: type its SKU or GTIN, set the quantity, press "
                  "Enter. When done: Review differences (Alt+R).");
        break;
    case Stage::Review:
        text = tr("3. Check the differences. Confirm adjustments (Alt+C) books them; scanning goes on counting.");
        break;
    }
    m_instructions->setText(text);
    m_instructions->setAccessibleName(text);
}

void CycleCountScreen::startBin()
{
    if (!m_inventory || m_stage != Stage::Bin)
        return;
    const QString code = m_binField->text().trimmed().toUpper();
    if (code.isEmpty()) {
        m_feedback->showNeutral(tr("Scan the label of the bin to count."));
        m_binField->setFocus(Qt::OtherFocusReason);
        return;
    }
    const std::optional<Location> location = Location::parse(code);
    if (!location) {
        const auto product = resolve(code);
        m_feedback->showProblem(product ? tr("%1 is a product, not a bin: scan the bin label first.").arg(code)
                                        : tr("%1 is not a bin code: scan the label on the bin (for example "
                                             "JHB1-A-03-12-2-04).")
                                              .arg(code));
        QApplication::beep();
        m_binField->selectAll();
        return;
    }
    if (Result<QList<Warehouse>> warehouses = m_catalogue->warehouses(); warehouses) {
        const bool known = std::any_of(warehouses->cbegin(), warehouses->cend(),
                                       [&](const Warehouse& w) { return w.code == location->warehouse(); });
        if (!known) {
            m_feedback->showProblem(
                tr("Bin %1 is in warehouse %2, which this station does not know.").arg(code, location->warehouse()));
            QApplication::beep();
            m_binField->selectAll();
            return;
        }
    }
    const QString bin = location->code();
    Result<QList<StockLevel>> book = m_inventory->stockAtLocation(bin);
    if (!book) {
        qCWarning(lcUi).noquote() << "reading the book of bin" << bin << "failed:" << book.error().toString();
        m_feedback->showProblem(book.error().message);
        m_binField->selectAll();
        return;
    }
    m_bin = bin;
    m_binField->setText(bin);
    m_book = *book;
    for (const StockLevel& level : m_book)
        nameOf(level.sku); // into the cache: one lookup per SKU in the bin
    m_counted.clear();
    m_undo.clear();
    m_reviewed.reset();
    m_differences.clear();
    fillBook();
    fillCounted(QString());
    setStage(Stage::Counting);
    if (m_blind)
        m_feedback->showSuccess(tr("Counting bin %1: scan every item in it.").arg(bin));
    else if (m_book.isEmpty())
        m_feedback->showSuccess(tr("Counting bin %1: the book says it is empty. Scan whatever is in it.").arg(bin));
    else
        m_feedback->showSuccess(
            (m_book.size() == 1
                 ? tr("Counting bin %1: the book has 1 product.").arg(bin)
                 : tr("Counting bin %1: the book has %2 products.").arg(bin, QLocale().toString(m_book.size()))) +
            u' ' + tr("Scan every item in it."));
    m_itemField->setFocus(Qt::OtherFocusReason);
}

QString CycleCountScreen::nameOf(const QString& sku) const
{
    auto found = m_names.constFind(sku);
    if (found != m_names.constEnd())
        return *found;
    QString name;
    if (m_catalogue)
        if (Result<Product> product = m_catalogue->productBySku(sku); product)
            name = product->name;
    m_names.insert(sku, name);
    return name;
}

int CycleCountScreen::countOf(const QString& sku) const
{
    for (const CountedItem& item : m_counted)
        if (item.sku == sku)
            return item.counted;
    return 0;
}

std::expected<CycleCountScreen::Item, QString> CycleCountScreen::resolve(const QString& code) const
{
    if (!m_catalogue)
        return std::unexpected(QString());
    QString problem;
    auto found = [&](const Result<Product>& product) -> bool {
        if (!product && product.error().code != Error::Code::NotFound && problem.isEmpty())
            problem = product.error().message;
        return product.has_value();
    };
    if (allDigits(code)) {
        // As scanned, and the same number as GTIN-13 when the scanner sent 12 (UPC-A) or 14 digits.
        QStringList candidates{code};
        if (code.size() == 14 && code.startsWith(u'0'))
            candidates << code.mid(1);
        if (code.size() == 12)
            candidates << QStringLiteral("0") + code;
        for (const QString& gtin : candidates) {
            Result<Product> product = m_catalogue->productByGtin(gtin);
            if (found(product)) {
                m_names.insert(product->sku, product->name);
                return Item{product->sku, product->name};
            }
        }
    }
    Result<Product> product = m_catalogue->productBySku(code);
    if (found(product)) {
        m_names.insert(product->sku, product->name);
        return Item{product->sku, product->name};
    }
    // A SKU the book has though the catalogue does not (yet).
    for (const StockLevel& level : m_book)
        if (level.sku.compare(code, Qt::CaseInsensitive) == 0)
            return Item{level.sku, QString()};
    if (!problem.isEmpty())
        return std::unexpected(problem);
    if (Location::parse(code.toUpper()))
        return std::unexpected(tr("%1 is a bin code, not a product. To count another bin, first Review and Confirm "
                                  "this one, or Cancel count.")
                                   .arg(code));
    if (allDigits(code))
        return std::unexpected(tr("Unknown barcode %1: not in the catalogue").arg(code));
    return std::unexpected(tr("Unknown SKU %1: not in the catalogue").arg(code));
}

void CycleCountScreen::addItem()
{
    if (m_stage == Stage::Bin)
        return;
    const QString code = m_itemField->text().trimmed();
    if (code.isEmpty()) {
        m_feedback->showNeutral(tr("Scan a product, or type its SKU or GTIN."));
        m_itemField->setFocus(Qt::OtherFocusReason);
        return;
    }
    const int quantity = m_quantity->value();
    const std::expected<Item, QString> item = resolve(code);
    if (!item) {
        m_feedback->showProblem(item.error());
        QApplication::beep();
        m_itemField->selectAll();
        m_itemField->setFocus(Qt::OtherFocusReason);
        return;
    }
    const bool reviewing = m_stage == Stage::Review;
    if (reviewing)
        leaveReview();

    auto existing = std::find_if(m_counted.begin(), m_counted.end(),
                                 [&](const CountedItem& counted) { return counted.sku == item->sku; });
    if (existing == m_counted.end())
        existing = m_counted.insert(m_counted.end(), CountedItem{item->sku, 0});
    existing->counted += quantity;
    const int total = existing->counted;
    m_undo.append(CountedItem{item->sku, quantity});
    fillCounted(item->sku);

    const QLocale locale;
    const QString what = item->name.isEmpty() ? item->sku : item->name;
    QString text = quantity == 1
                       ? tr("%1: %2 counted").arg(what, locale.toString(total))
                       : tr("%1: +%2, %3 counted").arg(what, locale.toString(quantity), locale.toString(total));
    if (reviewing)
        text += u' ' + tr("(the count changed: review the differences again)");
    m_feedback->showSuccess(text);

    m_itemField->clear();
    m_quantity->setValue(1);
    m_undoButton->setEnabled(true);
    m_itemField->setFocus(Qt::OtherFocusReason);
}

void CycleCountScreen::undoLast()
{
    if (m_stage == Stage::Bin || m_undo.isEmpty())
        return;
    if (m_stage == Stage::Review)
        leaveReview();
    const CountedItem last = m_undo.takeLast();
    auto existing = std::find_if(m_counted.begin(), m_counted.end(),
                                 [&](const CountedItem& counted) { return counted.sku == last.sku; });
    int left = 0;
    if (existing != m_counted.end()) {
        existing->counted -= last.counted;
        left = existing->counted;
        if (left <= 0)
            m_counted.erase(existing);
    }
    fillCounted(last.sku);
    const QString name = nameOf(last.sku);
    m_feedback->showNeutral(tr("Taken back: %1, %2 counted now")
                                .arg(name.isEmpty() ? last.sku : name, QLocale().toString(std::max(0, left))));
    m_undoButton->setEnabled(!m_undo.isEmpty());
    m_itemField->setFocus(Qt::OtherFocusReason);
}

void CycleCountScreen::fillBook()
{
    const QLocale locale;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    m_bookTable->setRowCount(int(m_book.size()));
    for (int row = 0; row < m_book.size(); ++row) {
        const StockLevel& level = m_book.at(row);
        m_bookTable->setItem(row, BookSku, readOnlyItem(level.sku));
        m_bookTable->setItem(row, BookName, readOnlyItem(nameOf(level.sku)));
        m_bookTable->setItem(row, BookOnHand, readOnlyItem(locale.toString(level.onHand), right));
        m_bookTable->setItem(row, BookReserved, readOnlyItem(locale.toString(level.reserved), right));
    }
    m_bookBox->setTitle(m_blind ? tr("In the book") : tr("In the book (%1)").arg(productCount(int(m_book.size()))));
}

void CycleCountScreen::fillCounted(const QString& highlightSku)
{
    const QLocale locale;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    const QFont large = countFont(m_countedTable->font());
    m_countedTable->setRowCount(int(m_counted.size()));
    int units = 0;
    int highlight = -1;
    for (int row = 0; row < m_counted.size(); ++row) {
        const CountedItem& item = m_counted.at(row);
        units += item.counted;
        if (item.sku == highlightSku)
            highlight = row;
        m_countedTable->setItem(row, CountedSku, readOnlyItem(item.sku));
        m_countedTable->setItem(row, CountedName, readOnlyItem(nameOf(item.sku)));
        auto* count = readOnlyItem(locale.toString(item.counted), right);
        count->setFont(large);
        m_countedTable->setItem(row, CountedUnits, count);
    }
    if (highlight >= 0) {
        m_countedTable->setCurrentCell(highlight, CountedUnits);
        m_countedTable->scrollToItem(m_countedTable->item(highlight, CountedUnits));
    }
    const QString title = m_counted.isEmpty()
                              ? tr("Counted: nothing yet")
                              : tr("Counted: %1 · %2")
                                    .arg(units == 1 ? tr("1 unit") : tr("%1 units").arg(locale.toString(units)),
                                         productCount(int(m_counted.size())));
    m_countedBox->setTitle(title);
    m_countedTable->setAccessibleDescription(title);
}

void CycleCountScreen::review()
{
    if (m_stage != Stage::Counting || !m_inventory)
        return;
    Result<QList<CountDifference>> differences = m_inventory->compareCount(m_bin, m_counted);
    if (!differences) {
        qCInfo(lcUi).noquote() << "comparing the count of" << m_bin << "failed:" << differences.error().toString();
        m_feedback->showProblem(differences.error().message);
        return;
    }
    m_reviewed = m_counted;
    m_differences = *differences;
    fillReview();
    setStage(Stage::Review);
    m_reviewTable->setFocus(Qt::OtherFocusReason);
    if (!m_reviewTable->currentIndex().isValid() && m_reviewTable->rowCount() > 0)
        m_reviewTable->setCurrentCell(0, ReviewDifference);
}

void CycleCountScreen::fillReview()
{
    const QLocale locale;
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    const QFont strong = scaledFont(m_reviewTable->font(), 1.0, true);
    const QFont large = countFont(m_reviewTable->font());
    m_reviewTable->setRowCount(int(m_differences.size()));
    int differing = 0;
    int matching = 0;
    for (int row = 0; row < m_differences.size(); ++row) {
        const CountDifference& d = m_differences.at(row);
        const int delta = d.delta();
        m_reviewTable->setItem(row, ReviewSku, readOnlyItem(d.sku));
        m_reviewTable->setItem(row, ReviewName, readOnlyItem(nameOf(d.sku)));
        m_reviewTable->setItem(row, ReviewBook, readOnlyItem(locale.toString(d.book), right));
        auto* counted = readOnlyItem(locale.toString(d.counted), right);
        counted->setFont(large);
        m_reviewTable->setItem(row, ReviewCounted, counted);
        // The difference in words as well as the number: never the colour alone.
        QString text;
        if (delta == 0) {
            text = tr("0 — matches");
            ++matching;
        } else if (delta > 0) {
            text = tr("+%1 — more than the book").arg(locale.toString(delta));
            ++differing;
        } else {
            text = tr("−%1 — fewer than the book").arg(locale.toString(-delta));
            ++differing;
        }
        auto* item = readOnlyItem(text, right);
        if (delta != 0) {
            item->setFont(strong);
            item->setBackground(QColor(delta > 0 ? 0xE3F4E4 : 0xFBE4E2));
            item->setForeground(QColor(0x111111));
        }
        m_reviewTable->setItem(row, ReviewDifference, item);
    }
    QString summary;
    if (differing == 0)
        summary =
            tr("The count of %1 matches the book. Confirm adjustments finishes the bin; nothing changes.").arg(m_bin);
    else
        summary = (differing == 1 ? tr("1 product differs from the book; %1 match.").arg(locale.toString(matching))
                                  : tr("%1 products differ from the book; %2 match.")
                                        .arg(locale.toString(differing), locale.toString(matching))) +
                  u' ' + tr("Confirm adjustments (Alt+C) books the differences as cycle-count adjustments.");
    m_reviewSummary->setText(summary);
    m_reviewSummary->setAccessibleName(summary);
    m_feedback->showNeutral(
        differing == 0
            ? tr("Bin %1 matches the book.").arg(m_bin)
            : (differing == 1 ? tr("Bin %1: 1 difference to confirm.").arg(m_bin)
                              : tr("Bin %1: %2 differences to confirm.").arg(m_bin, locale.toString(differing))));
}

void CycleCountScreen::leaveReview()
{
    m_reviewed.reset();
    m_differences.clear();
    m_reviewTable->setRowCount(0);
    setStage(Stage::Counting);
}

void CycleCountScreen::backToCounting()
{
    if (m_stage != Stage::Review)
        return;
    leaveReview();
    m_feedback->showNeutral(tr("Counting %1 again: scan the next item.").arg(m_bin));
    m_itemField->setFocus(Qt::OtherFocusReason);
}

void CycleCountScreen::confirm()
{
    if (m_stage != Stage::Review || !m_reviewed || !m_inventory)
        return;
    Result<QList<StockMovement>> booked =
        m_inventory->confirmCount(m_bin, *m_reviewed, StationUser::actor(), m_differences);
    if (!booked) {
        qCWarning(lcUi).noquote() << "confirming the count of" << m_bin << "failed:" << booked.error().toString();
        m_feedback->showProblem(tr("Not booked: %1").arg(booked.error().message));
        return;
    }
    const QString bin = m_bin;
    const QList<StockMovement> movements = *booked;
    resetCount();
    m_feedback->showSuccess(
        movements.isEmpty() ? tr("Bin %1 counted: it matches the book, nothing changed.").arg(bin)
        : movements.size() == 1
            ? tr("Bin %1 counted: 1 adjustment booked.").arg(bin)
            : tr("Bin %1 counted: %2 adjustments booked.").arg(bin, QLocale().toString(movements.size())));
    m_binField->setFocus(Qt::OtherFocusReason);
    Q_EMIT countConfirmed(bin, movements);
}

void CycleCountScreen::cancelCount()
{
    if (m_stage == Stage::Bin)
        return;
    const QString bin = m_bin;
    resetCount();
    m_feedback->showNeutral(tr("Count of %1 cancelled: nothing booked. Scan the next bin.").arg(bin));
    m_binField->setFocus(Qt::OtherFocusReason);
}

bool CycleCountScreen::eventFilter(QObject* watched, QEvent* event)
{
    // Enter in the quantity adds the item typed, as Enter in the item field does.
    if (watched == m_quantity && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier) {
            m_quantity->interpretText();
            addItem();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace saypro
