// The Inventory screen over a real station database: searching stock by SKU, GTIN and bin code the way
// a scanner types them, adjusting through the dialog (and a refused adjustment that keeps what was typed),
// the paged movement history, the low-stock list, the rail entry and accessible names.

#include "CycleCountScreen.h"
#include "DemoDatabase.h"
#include "FeedbackBanner.h"
#include "InventoryScreen.h"
#include "LowStockModel.h"
#include "MainWindow.h"
#include "NavigationRail.h"
#include "StockAdjustDialog.h"
#include "StockLevelModel.h"
#include "StockMovementModel.h"
#include "Theme.h"
#include "inventory/InventoryStore.h"
#include "storage/CatalogueStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlError>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace saypro;

class TestInventoryScreen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void searchBySkuShowsItsBins();
    void searchByGtinShowsItsSku();
    void searchByBinShowsWhatItHolds();
    void searchForNothingSaysSo();
    void adjustingChangesOnHandAndAddsAMovement();
    void enterInTheBinFieldDoesNotBookAnything();
    void aRefusedAdjustmentShowsWhyAndChangesNothing();
    void movementsArePagedNewestFirst();
    void lowStockListsSkusAtOrBelowTheirReorderPoint();
    void everyFocusableWidgetHasAnAccessibleName();
    void theRailOffersInventoryOnF6();

private:
    static constexpr auto kBinA = "JHB1-A-01-01-1-01";
    static constexpr auto kBinB = "JHB1-A-01-01-1-02";
    static constexpr auto kBinC = "CPT1-B-02-03-1-01";

    void putStock(const QString& sku, const QString& bin, int onHand);
    int onHandInDb(const QString& sku, const QString& bin) const;
    int movementsInDb(const QString& sku) const;
    void scan(const QString& code);
    QLineEdit* searchField() const { return m_screen->findChild<QLineEdit*>(QStringLiteral("inventorySearch")); }
    StockAdjustDialog* openAdjust(const QString& bin);
    static QStringList unnamedFocusable(const QWidget* root);

    std::unique_ptr<DemoDatabase> m_demo;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<InventoryStore> m_inventory;
    std::unique_ptr<CatalogueStore> m_catalogue;
    std::unique_ptr<InventoryScreen> m_screen;
    QList<std::shared_ptr<QAbstractItemModelTester>> m_testers;
    Product m_mug;   // two bins
    Product m_other; // shares bin A
    Product m_low;   // one unit, below its reorder point
};

void TestInventoryScreen::initTestCase()
{
    Theme::apply(*qApp);
    const QList<Product> catalogue = DemoGenerator::catalogue();
    QVERIFY(catalogue.size() >= 3);
    m_mug = catalogue.at(0);
    m_other = catalogue.at(1);
    m_low = catalogue.at(2);
}

void TestInventoryScreen::init()
{
    m_demo = std::make_unique<DemoDatabase>(10);
    QVERIFY2(m_demo->isValid(), qPrintable(m_demo->error()));
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC));
    m_inventory = std::make_unique<InventoryStore>(m_demo->database(), *m_clock, DemoDatabase::kStation);
    m_catalogue = std::make_unique<CatalogueStore>(m_demo->database());
    // Only the stock each test puts there (the demo data brings its own).
    QVERIFY(QSqlQuery(m_demo->database().connection()).exec(QStringLiteral("DELETE FROM stock")));
    // What a sync would have stored: the marketplace's figures, no local movements yet.
    putStock(m_mug.sku, QString::fromLatin1(kBinA), 12);
    putStock(m_mug.sku, QString::fromLatin1(kBinB), 3);
    putStock(m_other.sku, QString::fromLatin1(kBinA), 20);
    putStock(m_low.sku, QString::fromLatin1(kBinC), 1);

    m_screen = std::make_unique<InventoryScreen>();
    m_screen->setServices(m_inventory.get(), m_catalogue.get());
    for (QAbstractItemModel* model : std::initializer_list<QAbstractItemModel*>{
             m_screen->results(), m_screen->bins(), m_screen->movements(), m_screen->lowStock()})
        m_testers << std::make_shared<QAbstractItemModelTester>(model,
                                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_screen->resize(1400, 900);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
}

void TestInventoryScreen::cleanup()
{
    m_testers.clear();
    m_screen.reset();
    m_catalogue.reset();
    m_inventory.reset();
    m_clock.reset();
    m_demo.reset();
}

void TestInventoryScreen::putStock(const QString& sku, const QString& bin, int onHand)
{
    QSqlQuery q(m_demo->database().connection());
    q.prepare(QStringLiteral("INSERT INTO stock(sku, location, on_hand, reserved, market_on_hand, version, updated_at) "
                             "VALUES(?, ?, ?, 0, ?, 7, ?)"));
    q.addBindValue(sku);
    q.addBindValue(bin);
    q.addBindValue(onHand);
    q.addBindValue(onHand);
    q.addBindValue(m_clock->nowMs());
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

int TestInventoryScreen::onHandInDb(const QString& sku, const QString& bin) const
{
    return m_demo
        ->scalar(QStringLiteral("SELECT on_hand FROM stock WHERE sku = '%1' AND location = '%2'").arg(sku, bin))
        .toInt();
}

int TestInventoryScreen::movementsInDb(const QString& sku) const
{
    return m_demo->scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE sku = '%1'").arg(sku)).toInt();
}

void TestInventoryScreen::scan(const QString& code)
{
    // A wedge scanner types the code and presses Enter.
    QLineEdit* field = searchField();
    field->selectAll();
    QTest::keyClicks(field, code);
    QTest::keyClick(field, Qt::Key_Return);
}

StockAdjustDialog* TestInventoryScreen::openAdjust(const QString& bin)
{
    scan(m_mug.sku);
    auto* table = m_screen->findChild<QTableView*>(QStringLiteral("stockTable"));
    const int row = m_screen->results()->rowOf(m_mug.sku, bin);
    if (row < 0)
        return nullptr;
    table->setCurrentIndex(m_screen->results()->index(row, 0));
    QTest::mouseClick(m_screen->findChild<QPushButton*>(QStringLiteral("adjustButton")), Qt::LeftButton);
    auto* dialog = m_screen->findChild<StockAdjustDialog*>(QStringLiteral("stockAdjustDialog"));
    if (dialog && !QTest::qWaitForWindowExposed(dialog))
        return nullptr;
    return dialog;
}

void TestInventoryScreen::searchBySkuShowsItsBins()
{
    scan(m_mug.sku);
    const StockLevelModel* results = m_screen->results();
    QCOMPARE(results->rowCount(), 2);
    for (const StockLevel& level : results->rows())
        QCOMPARE(level.sku, m_mug.sku);
    QCOMPARE(results->data(results->index(0, StockLevelModel::NameColumn)).toString(), m_mug.name);
    QCOMPARE(results->data(results->index(0, StockLevelModel::OnHandColumn)).toString(), QStringLiteral("12"));
    QCOMPARE(results->data(results->index(0, StockLevelModel::MarketColumn)).toString(), QStringLiteral("12"));
    QCOMPARE(m_screen->selectedSku(), m_mug.sku);
    QCOMPARE(m_screen->bins()->rowCount(), 2);
    const auto* totals = m_screen->findChild<QLabel*>(QStringLiteral("skuTotals"));
    QVERIFY2(totals->text().contains(QStringLiteral("On hand 15")), qPrintable(totals->text()));
    QCOMPARE(m_screen->feedback()->kind(), FeedbackBanner::Kind::Success);
    QVERIFY(m_screen->feedback()->shownText().startsWith(QStringLiteral("✓")));
    QVERIFY(m_screen->feedback()->message().contains(m_mug.sku));
    // Ready for the next scan: the code is selected, so it is replaced.
    QCOMPARE(searchField()->selectedText(), m_mug.sku);
}

void TestInventoryScreen::searchByGtinShowsItsSku()
{
    scan(m_other.gtin);
    const StockLevelModel* results = m_screen->results();
    QCOMPARE(results->rowCount(), 1);
    QCOMPARE(results->rows().first().sku, m_other.sku);
    QCOMPARE(results->rows().first().location, QString::fromLatin1(kBinA));
    QCOMPARE(m_screen->findChild<QLabel*>(QStringLiteral("skuProductName"))->text(), m_other.name);
}

void TestInventoryScreen::searchByBinShowsWhatItHolds()
{
    scan(QString::fromLatin1(kBinA).toLower());
    const StockLevelModel* results = m_screen->results();
    QCOMPARE(results->rowCount(), 2);
    QStringList skus;
    for (const StockLevel& level : results->rows()) {
        QCOMPARE(level.location, QString::fromLatin1(kBinA));
        skus << level.sku;
    }
    skus.sort();
    QStringList expected{m_mug.sku, m_other.sku};
    expected.sort();
    QCOMPARE(skus, expected);
}

void TestInventoryScreen::searchForNothingSaysSo()
{
    scan(QStringLiteral("NO-SUCH-THING"));
    QCOMPARE(m_screen->results()->rowCount(), 0);
    QCOMPARE(m_screen->feedback()->kind(), FeedbackBanner::Kind::Problem);
    QVERIFY(m_screen->feedback()->shownText().startsWith(QStringLiteral("✗")));
    QVERIFY(m_screen->feedback()->message().contains(QStringLiteral("NO-SUCH-THING")));
    QVERIFY(!m_screen->findChild<QPushButton*>(QStringLiteral("adjustButton"))->isEnabled());
    QVERIFY(!m_screen->adjustSelected());
}

void TestInventoryScreen::adjustingChangesOnHandAndAddsAMovement()
{
    StockAdjustDialog* dialog = openAdjust(QString::fromLatin1(kBinA));
    QVERIFY(dialog);
    auto* bin = dialog->findChild<QComboBox*>(QStringLiteral("adjustBin"));
    QCOMPARE(bin->currentText(), QString::fromLatin1(kBinA));
    auto* delta = dialog->findChild<QSpinBox*>(QStringLiteral("adjustDelta"));
    // The cursor starts on the number, its text selected: typing replaces it.
    QTest::keyClicks(delta, QStringLiteral("-2"));
    QCOMPARE(delta->value(), -2);
    auto* reason = dialog->findChild<QComboBox*>(QStringLiteral("adjustReason"));
    const int damage = reason->findText(StockReasons::displayName(StockReason::Damage));
    QVERIFY(damage >= 0);
    reason->setCurrentIndex(damage);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("adjustNote")), QStringLiteral("dropped"));
    // What on hand will be, before anything is booked.
    const QString preview = dialog->findChild<QLabel*>(QStringLiteral("adjustPreview"))->text();
    QVERIFY2(preview.contains(QStringLiteral("12 → 10")), qPrintable(preview));
    QCOMPARE(onHandInDb(m_mug.sku, QString::fromLatin1(kBinA)), 12);

    QPointer<StockAdjustDialog> guard(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("adjustConfirm")), Qt::LeftButton);
    QTRY_VERIFY(!guard); // closed and deleted

    QCOMPARE(onHandInDb(m_mug.sku, QString::fromLatin1(kBinA)), 10);
    QCOMPARE(movementsInDb(m_mug.sku), 1);
    const StockLevelModel* results = m_screen->results();
    const int row = results->rowOf(m_mug.sku, QString::fromLatin1(kBinA));
    QVERIFY(row >= 0);
    QCOMPARE(results->data(results->index(row, StockLevelModel::OnHandColumn)).toString(), QStringLiteral("10"));
    // The marketplace's figure stays until it counts the change.
    QCOMPARE(results->data(results->index(row, StockLevelModel::MarketColumn)).toString(), QStringLiteral("12"));
    const StockMovementModel* movements = m_screen->movements();
    QCOMPARE(movements->rowCount(), 1);
    QCOMPARE(movements->data(movements->index(0, StockMovementModel::ChangeColumn)).toString(), QStringLiteral("−2"));
    QCOMPARE(movements->data(movements->index(0, StockMovementModel::ReasonColumn)).toString(),
             StockReasons::displayName(StockReason::Damage));
    QCOMPARE(movements->data(movements->index(0, StockMovementModel::NoteColumn)).toString(),
             QStringLiteral("dropped"));
    QCOMPARE(movements->movementAt(0).onHandAfter, 10);
    QCOMPARE(m_screen->feedback()->kind(), FeedbackBanner::Kind::Success);
    QVERIFY(m_screen->feedback()->message().contains(QStringLiteral("10 on hand")));
}

void TestInventoryScreen::enterInTheBinFieldDoesNotBookAnything()
{
    StockAdjustDialog* dialog = openAdjust(QString::fromLatin1(kBinA));
    QVERIFY(dialog);
    auto* delta = dialog->findChild<QSpinBox*>(QStringLiteral("adjustDelta"));
    QTest::keyClicks(delta, QStringLiteral("4"));
    // A bin label scanned into the bin field ends with Enter: it moves on, it does not book.
    auto* bin = dialog->findChild<QComboBox*>(QStringLiteral("adjustBin"));
    bin->lineEdit()->selectAll();
    QTest::keyClicks(bin->lineEdit(), QString::fromLatin1(kBinB));
    QTest::keyClick(bin->lineEdit(), Qt::Key_Return);
    QTest::keyClick(delta, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(movementsInDb(m_mug.sku), 0);
    const QString preview = dialog->findChild<QLabel*>(QStringLiteral("adjustPreview"))->text();
    QVERIFY2(preview.contains(QStringLiteral("3 → 7")), qPrintable(preview));
    // Ctrl+Enter books it.
    QPointer<StockAdjustDialog> guard(dialog);
    QTest::keyClick(delta, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!guard);
    QCOMPARE(onHandInDb(m_mug.sku, QString::fromLatin1(kBinB)), 7);
}

void TestInventoryScreen::aRefusedAdjustmentShowsWhyAndChangesNothing()
{
    StockAdjustDialog* dialog = openAdjust(QString::fromLatin1(kBinB));
    QVERIFY(dialog);
    auto* delta = dialog->findChild<QSpinBox*>(QStringLiteral("adjustDelta"));
    QTest::keyClicks(delta, QStringLiteral("-5"));
    auto* note = dialog->findChild<QLineEdit*>(QStringLiteral("adjustNote"));
    QTest::keyClicks(note, QStringLiteral("shelf empty"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("adjustConfirm")), Qt::LeftButton);

    // Still open, with the core's translated message, and everything typed kept.
    QVERIFY(dialog->isVisible());
    auto* error = dialog->findChild<QLabel*>(QStringLiteral("adjustError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().startsWith(QStringLiteral("✗")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("only 3 in the bin")), qPrintable(error->text()));
    QCOMPARE(dialog->problem(), error->text());
    QCOMPARE(delta->value(), -5);
    QCOMPARE(note->text(), QStringLiteral("shelf empty"));
    QCOMPARE(dialog->findChild<QComboBox*>(QStringLiteral("adjustBin"))->currentText(), QString::fromLatin1(kBinB));
    QVERIFY(!dialog->movement());
    QCOMPARE(onHandInDb(m_mug.sku, QString::fromLatin1(kBinB)), 3);
    QCOMPARE(movementsInDb(m_mug.sku), 0);

    // Corrected in place, it goes through: Enter on the focused button books it.
    delta->selectAll();
    QTest::keyClicks(delta, QStringLiteral("-3"));
    QPointer<StockAdjustDialog> guard(dialog);
    auto* confirm = dialog->findChild<QPushButton*>(QStringLiteral("adjustConfirm"));
    confirm->setFocus();
    QTest::keyClick(confirm, Qt::Key_Return);
    QTRY_VERIFY(!guard);
    QCOMPARE(onHandInDb(m_mug.sku, QString::fromLatin1(kBinB)), 0);
}

void TestInventoryScreen::movementsArePagedNewestFirst()
{
    m_testers.clear(); // a model tester fetches more on its own; here the pages are counted
    const int count = StockMovementModel::kPageSize + 10;
    for (int i = 0; i < count; ++i) {
        m_clock->advanceSecs(60);
        QVERIFY(m_inventory->adjust(m_low.sku, QString::fromLatin1(kBinC), 1, StockReason::Found, QStringLiteral("t")));
    }
    scan(m_low.sku);
    QCOMPARE(m_screen->selectedSku(), m_low.sku);
    StockMovementModel* movements = m_screen->movements();
    QCOMPARE(movements->rowCount(), StockMovementModel::kPageSize);
    QCOMPARE(movements->movementAt(0).onHandAfter, 1 + count); // newest first
    auto* loadMore = m_screen->findChild<QPushButton*>(QStringLiteral("loadMoreMovements"));
    QVERIFY(loadMore->isEnabled());
    QTest::mouseClick(loadMore, Qt::LeftButton);
    QCOMPARE(movements->rowCount(), count);
    QCOMPARE(movements->movementAt(count - 1).onHandAfter, 2); // the oldest
    QVERIFY(!loadMore->isEnabled());
    QVERIFY(!movements->canFetchMore(QModelIndex()));
}

void TestInventoryScreen::lowStockListsSkusAtOrBelowTheirReorderPoint()
{
    auto* tabs = m_screen->findChild<QTabWidget*>(QStringLiteral("inventoryTabs"));
    tabs->setCurrentIndex(1);
    const LowStockModel* low = m_screen->lowStock();
    int lowRow = -1;
    for (int row = 0; row < low->rowCount(); ++row) {
        const QString sku = low->data(low->index(row, LowStockModel::SkuColumn), LowStockModel::SkuRole).toString();
        QVERIFY2(sku != m_mug.sku && sku != m_other.sku, qPrintable(sku)); // 15 and 20 available
        if (sku == m_low.sku)
            lowRow = row;
    }
    QVERIFY(lowRow >= 0);
    QCOMPARE(low->data(low->index(lowRow, LowStockModel::NameColumn)).toString(), m_low.name);
    QCOMPARE(low->data(low->index(lowRow, LowStockModel::AvailableColumn)).toString(), QStringLiteral("1"));
    QCOMPARE(low->data(low->index(lowRow, LowStockModel::ReorderPointColumn)).toString(), QStringLiteral("5"));
    QVERIFY(tabs->tabText(1).contains(QString::number(low->rowCount())));

    // Enter on a row shows that SKU's stock.
    auto* table = m_screen->findChild<QTableView*>(QStringLiteral("lowStockTable"));
    table->setCurrentIndex(low->index(lowRow, 0));
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(tabs->currentIndex(), 0);
    QCOMPARE(m_screen->selectedSku(), m_low.sku);
    QCOMPARE(searchField()->text(), m_low.sku);
}

QStringList TestInventoryScreen::unnamedFocusable(const QWidget* root)
{
    QStringList unnamed;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (widget->accessibleName().trimmed().isEmpty())
            unnamed << QStringLiteral("%1 \"%2\"")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    return unnamed;
}

void TestInventoryScreen::everyFocusableWidgetHasAnAccessibleName()
{
    scan(m_mug.sku);
    QStringList unnamed = unnamedFocusable(m_screen.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    StockAdjustDialog* dialog = openAdjust(QString::fromLatin1(kBinA));
    QVERIFY(dialog);
    unnamed = unnamedFocusable(dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    dialog->reject();
}

void TestInventoryScreen::theRailOffersInventoryOnF6()
{
    m_screen.reset();
    m_testers.clear();
    MainWindow window(m_demo->store(), DemoDatabase::kStation, m_demo->path());
    window.setStockServices(m_inventory.get(), m_catalogue.get());
    window.resize(1500, 950);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const auto* rail = window.findChild<NavigationRail*>(QStringLiteral("navigationRail"));
    QStringList entries;
    for (int row = 0; row < rail->count(); ++row)
        entries << rail->item(row)->text();
    QCOMPARE(entries,
             QStringList({QStringLiteral("Orders"), QStringLiteral("Inventory"), QStringLiteral("Cycle count")}));
    QVERIFY(rail->item(1)->toolTip().contains(QStringLiteral("F6")));

    QTest::keyClick(&window, Qt::Key_F6);
    QTRY_VERIFY(window.inventoryScreen()->isVisible());
    auto* search = window.inventoryScreen()->findChild<QLineEdit*>(QStringLiteral("inventorySearch"));
    QTRY_VERIFY(search->hasFocus());
    QVERIFY(window.showScreenNamed(QStringLiteral("cycle-count")));
    QVERIFY(window.cycleCountScreen()->isVisible());
    QVERIFY(!window.showScreenNamed(QStringLiteral("nowhere")));

    // Every focusable widget of the whole window, the new screens included, has a name.
    const QStringList unnamed = unnamedFocusable(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    window.setStockServices(nullptr, nullptr);
}

QTEST_MAIN(TestInventoryScreen)
#include "TestInventoryScreen.moc"
