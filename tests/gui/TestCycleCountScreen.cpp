// The Cycle count screen driven with the keyboard alone, the way a scanner and a person type: a bin
// label, item barcodes, a SKU with a quantity, an unknown barcode; the review of the differences; Enter
// never confirming; the confirmation booking the adjustments; blind counts; screen-reader announcements.

#include "CycleCountScreen.h"
#include "DemoDatabase.h"
#include "FeedbackBanner.h"
#include "Theme.h"
#include "inventory/InventoryStore.h"
#include "storage/CatalogueStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace saypro;

class TestCycleCountScreen final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void countingByKeyboardAloneBooksTheDifferences();
    void enterNeverConfirms();
    void scanningDuringTheReviewGoesBackToCounting();
    void unknownBarcodeIsRefusedWithACross();
    void aProductIsNotABin();
    void blindCountHidesTheBookAndAnOpenCountShowsIt();
    void undoTakesBackTheLastItem();
    void cancelBooksNothing();
    void anotherDatabaseDiscardsTheCountAndSaysSo();
    void theBinAndCountsAreLarge();
    void everyFocusableWidgetHasAnAccessibleName();

private:
    static constexpr auto kBin = "JHB1-A-01-01-1-01";

    void putStock(const QString& sku, const QString& bin, int onHand);
    int onHandInDb(const QString& sku) const;
    int cycleCountMovements() const;
    template <typename T> T* find(const char* name) const { return m_screen->findChild<T*>(QString::fromLatin1(name)); }
    void type(const char* field, const QString& text);
    void pressEnter(const char* field);
    void scanBin(const QString& code);
    void scanItem(const QString& code);
    /// The text of the review table's cell for `sku` in `column`.
    QString reviewCell(const QString& sku, int column) const;
    /// Everything announced to screen readers so far.
    QStringList announced() const
    {
        QStringList texts;
        for (const QList<QVariant>& args : *m_announcements)
            texts << args.at(0).toString();
        return texts;
    }

    std::unique_ptr<DemoDatabase> m_demo;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<InventoryStore> m_inventory;
    std::unique_ptr<CatalogueStore> m_catalogue;
    std::unique_ptr<CycleCountScreen> m_screen;
    std::unique_ptr<QSignalSpy> m_announcements;
    Product m_mug;   // book 4
    Product m_plate; // book 2, none found
    Product m_extra; // not in the book, 5 found
};

void TestCycleCountScreen::initTestCase()
{
    Theme::apply(*qApp);
    const QList<Product> catalogue = DemoGenerator::catalogue();
    QVERIFY(catalogue.size() >= 3);
    m_mug = catalogue.at(0);
    m_plate = catalogue.at(1);
    m_extra = catalogue.at(2);
}

void TestCycleCountScreen::init()
{
    m_demo = std::make_unique<DemoDatabase>(5);
    QVERIFY2(m_demo->isValid(), qPrintable(m_demo->error()));
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC));
    m_inventory = std::make_unique<InventoryStore>(m_demo->database(), *m_clock, DemoDatabase::kStation);
    m_catalogue = std::make_unique<CatalogueStore>(m_demo->database());
    // Only the stock each test puts there (the demo data brings its own).
    QVERIFY(QSqlQuery(m_demo->database().connection()).exec(QStringLiteral("DELETE FROM stock")));
    putStock(m_mug.sku, QString::fromLatin1(kBin), 4);
    putStock(m_plate.sku, QString::fromLatin1(kBin), 2);
    putStock(m_extra.sku, QStringLiteral("JHB1-A-01-01-1-02"), 9); // elsewhere: not in this bin's book

    m_screen = std::make_unique<CycleCountScreen>();
    m_screen->setServices(m_inventory.get(), m_catalogue.get());
    m_screen->resize(1400, 900);
    m_screen->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_screen.get()));
    QApplication::setActiveWindow(m_screen.get());
    QVERIFY(QTest::qWaitForWindowActive(m_screen.get()));
    m_screen->focusInput();
    // What screen readers are told: the status label's value change (the offscreen platform has no
    // accessibility bridge to receive it, so the banner's announced() signal stands in for it).
    m_announcements = std::make_unique<QSignalSpy>(m_screen->feedback(), &FeedbackBanner::announced);
}

void TestCycleCountScreen::cleanup()
{
    m_announcements.reset();
    m_screen.reset();
    m_catalogue.reset();
    m_inventory.reset();
    m_clock.reset();
    m_demo.reset();
}

void TestCycleCountScreen::putStock(const QString& sku, const QString& bin, int onHand)
{
    QSqlQuery q(m_demo->database().connection());
    q.prepare(QStringLiteral("INSERT INTO stock(sku, location, on_hand, reserved, market_on_hand, version, updated_at) "
                             "VALUES(?, ?, ?, 0, ?, 3, ?)"));
    q.addBindValue(sku);
    q.addBindValue(bin);
    q.addBindValue(onHand);
    q.addBindValue(onHand);
    q.addBindValue(m_clock->nowMs());
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

int TestCycleCountScreen::onHandInDb(const QString& sku) const
{
    const QVariant v = m_demo->scalar(
        QStringLiteral("SELECT on_hand FROM stock WHERE sku = '%1' AND location = '%2'").arg(sku, QLatin1String(kBin)));
    return v.isValid() ? v.toInt() : -1;
}

int TestCycleCountScreen::cycleCountMovements() const
{
    return m_demo->scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'cycle_count'")).toInt();
}

void TestCycleCountScreen::type(const char* field, const QString& text)
{
    QTest::keyClicks(find<QWidget>(field), text);
}

void TestCycleCountScreen::pressEnter(const char* field)
{
    QTest::keyClick(find<QWidget>(field), Qt::Key_Return);
}

void TestCycleCountScreen::scanBin(const QString& code)
{
    type("countBinField", code);
    pressEnter("countBinField");
}

void TestCycleCountScreen::scanItem(const QString& code)
{
    // The item field has the focus after each item: the next scan goes straight in.
    QVERIFY(find<QLineEdit>("countItemField")->hasFocus());
    type("countItemField", code);
    pressEnter("countItemField");
}

QString TestCycleCountScreen::reviewCell(const QString& sku, int column) const
{
    const auto* table = find<QTableWidget>("countReviewTable");
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == sku)
            return table->item(row, column)->text();
    return QStringLiteral("<no row for %1>").arg(sku);
}

void TestCycleCountScreen::countingByKeyboardAloneBooksTheDifferences()
{
    QVERIFY(find<QLineEdit>("countBinField")->hasFocus());
    scanBin(QString::fromLatin1(kBin).toLower());
    QCOMPARE(m_screen->stage(), CycleCountScreen::Stage::Counting);
    QCOMPARE(m_screen->bin(), QString::fromLatin1(kBin));
    QCOMPARE(find<QLabel>("countBinHeading")->text(), QString::fromLatin1(kBin));
    QTRY_VERIFY(find<QLineEdit>("countItemField")->hasFocus());

    // Three scans of the mug's barcode: one each.
    for (int i = 1; i <= 3; ++i) {
        scanItem(m_mug.gtin);
        QCOMPARE(m_screen->feedback()->kind(), FeedbackBanner::Kind::Success);
        QCOMPARE(m_screen->feedback()->shownText(), QStringLiteral("✓ %1: %2 counted").arg(m_mug.name).arg(i));
    }
    // Five of another product at once: SKU typed, Tab to the quantity, 5, Enter.
    type("countItemField", m_extra.sku);
    QTest::keyClick(find<QWidget>("countItemField"), Qt::Key_Tab);
    QTRY_VERIFY(find<QSpinBox>("countQuantity")->hasFocus());
    QTest::keyClick(find<QWidget>("countQuantity"), Qt::Key_A, Qt::ControlModifier);
    type("countQuantity", QStringLiteral("5"));
    pressEnter("countQuantity");
    QCOMPARE(m_screen->feedback()->message(), QStringLiteral("%1: +5, 5 counted").arg(m_extra.name));
    QCOMPARE(find<QSpinBox>("countQuantity")->value(), 1); // back to one for the next scan
    QTRY_VERIFY(find<QLineEdit>("countItemField")->hasFocus());

    const QList<CountedItem> counted = m_screen->counted();
    QCOMPARE(counted.size(), 2);
    QCOMPARE(counted.at(0).sku, m_mug.sku);
    QCOMPARE(counted.at(0).counted, 3);
    QCOMPARE(counted.at(1).sku, m_extra.sku);
    QCOMPARE(counted.at(1).counted, 5);
    // Each result was told to screen readers.
    QVERIFY2(announced().contains(QStringLiteral("Done: %1: 3 counted").arg(m_mug.name)),
             qPrintable(announced().join(u'|')));
    // The status label's accessible name is what a screen reader reads out.
    QCOMPARE(find<QLabel>("feedbackText")->accessibleName(),
             QStringLiteral("Done: %1: +5, 5 counted").arg(m_extra.name));

    // Alt+R: the review.
    QTest::keyClick(m_screen.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(m_screen->stage(), CycleCountScreen::Stage::Review);
    QCOMPARE(m_screen->differences().size(), 3);
    QCOMPARE(reviewCell(m_mug.sku, 2), QStringLiteral("4"));
    QCOMPARE(reviewCell(m_mug.sku, 3), QStringLiteral("3"));
    QVERIFY(reviewCell(m_mug.sku, 4).startsWith(QStringLiteral("−1")));
    QCOMPARE(reviewCell(m_plate.sku, 2), QStringLiteral("2"));
    QCOMPARE(reviewCell(m_plate.sku, 3), QStringLiteral("0"));
    QVERIFY(reviewCell(m_plate.sku, 4).startsWith(QStringLiteral("−2")));
    QCOMPARE(reviewCell(m_extra.sku, 2), QStringLiteral("0"));
    QVERIFY(reviewCell(m_extra.sku, 4).startsWith(QStringLiteral("+5")));
    QCOMPARE(cycleCountMovements(), 0); // nothing booked by the review

    // Alt+C: the second, explicit key books them.
    QTest::keyClick(m_screen.get(), Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(m_screen->stage(), CycleCountScreen::Stage::Bin);
    QCOMPARE(onHandInDb(m_mug.sku), 3);
    QCOMPARE(onHandInDb(m_plate.sku), 0);
    QCOMPARE(onHandInDb(m_extra.sku), 5);
    QCOMPARE(cycleCountMovements(), 3);
    QCOMPARE(m_screen->feedback()->kind(), FeedbackBanner::Kind::Success);
    QVERIFY2(m_screen->feedback()->message().contains(QStringLiteral("3 adjustments booked")),
             qPrintable(m_screen->feedback()->message()));
    // Ready for the next bin.
    QTRY_VERIFY(find<QLineEdit>("countBinField")->hasFocus());
    QVERIFY(find<QLineEdit>("countBinField")->text().isEmpty());
}

void TestCycleCountScreen::enterNeverConfirms()
{
    scanBin(QString::fromLatin1(kBin));
    scanItem(m_mug.gtin);
    QTest::keyClick(m_screen.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(m_screen->stage(), CycleCountScreen::Stage::Review);
    auto* confirm = find<QPushButton>("confirmCountButton");
    QVERIFY(confirm->isEnabled());
    // Enter where the focus lands, and even on the Confirm button itself, books nothing.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    confirm->setFocus();
    QTRY_VERIFY(confirm->hasFocus());
    QTest::keyClick(confirm, Qt::Key_Return);
    QTest::keyClick(confirm, Qt::Key_Enter);
    QCOMPARE(m_screen->stage(), CycleCountScreen::Stage::Review);
    QCOMPARE(cycleCountMovements(), 0);
    QCOMPARE(onHandInDb(m_mug.sku), 4);
}

void TestCycleCountScreen::scanningDuringTheReviewGoesBackToCounting()
{
    scanBin(QString::fromLatin1(kBin));
    scanItem(m_mug.gtin);
    QTest::keyClick(m_screen.get(), Qt::Key_R, Qt::AltModifier);
    QTRY_COMPARE(m_screen->stage(), CycleCountScreen::Stage::Review);
    // A scan while reviewing counts on: what was reviewed is no longer the count.
    QTest::keyClicks(find<QWidget>("countItemField"), m_mug.gtin);
    pressEnter("countItemField");
    QCOMPARE(m_screen->stage(), CycleCountScreen::Stage::Counting);
    QVERIFY(!find<QPushButton>("confirmCountButton")->isEnabled());
    QVERIFY(m_screen->differences().isEmpty());
    QCOMPARE(m_screen->counted().first().counted, 2);
}

void TestCycleCountScreen::unknownBarcodeIsRefusedWithACross()
{
    scanBin(QString::fromLatin1(kBin));
    scanItem(QStringLiteral("123"));
    QCOMPARE(m_screen->feedback()->kind(), FeedbackBanner::Kind::Problem);
    QCOMPARE(m_screen->feedback()->shownText(), QStringLiteral("✗ Unknown barcode 123: not in the catalogue"));
    QCOMPARE(announced().last(), QStringLiteral("Problem: Unknown barcode 123: not in the catalogue"));
    QCOMPARE(find<QLabel>("feedbackText")->accessibleName(), announced().last());
    QVERIFY(m_screen->counted().isEmpty());
    // The code is selected: the next scan replaces it.
    QCOMPARE(find<QLineEdit>("countItemField")->selectedText(), QStringLiteral("123"));
    QCOMPARE(m_screen->stage(), CycleCountScreen::Stage::Counting);
}

void TestCycleCountScreen::aProductIsNotABin()
{
    scanBin(m_mug.gtin);
    QCOMPARE(m_screen->stage(), CycleCountScreen::Stage::Bin);
    QCOMPARE(m_screen->feedback()->kind(), FeedbackBanner::Kind::Problem);
    QVERIFY(m_screen->feedback()->message().contains(QStringLiteral("not a bin")));
    find<QLineEdit>("countBinField")->clear();
    scanBin(QStringLiteral("XYZ9-A-01-01-1-01"));
    QCOMPARE(m_screen->stage(), CycleCountScreen::Stage::Bin);
    QVERIFY(m_screen->feedback()->message().contains(QStringLiteral("XYZ9")));
}

void TestCycleCountScreen::blindCountHidesTheBookAndAnOpenCountShowsIt()
{
    auto* blind = find<QCheckBox>("blindCount");
    QVERIFY(blind->isChecked()); // counters should not see the book unless someone decides otherwise
    scanBin(QString::fromLatin1(kBin));
    QVERIFY(!find<QTableWidget>("countBookTable")->isVisible());
    QVERIFY(find<QLabel>("bookHidden")->isVisible());
    QVERIFY(!blind->isEnabled()); // fixed for the count in progress
    QTest::mouseClick(find<QPushButton>("cancelCountButton"), Qt::LeftButton);

    blind->setFocus();
    QTest::keyClick(blind, Qt::Key_Space);
    QVERIFY(!blind->isChecked());
    find<QLineEdit>("countBinField")->setFocus();
    scanBin(QString::fromLatin1(kBin));
    auto* book = find<QTableWidget>("countBookTable");
    QVERIFY(book->isVisible());
    QCOMPARE(book->rowCount(), 2);
    QCOMPARE(book->item(0, 0)->text(), std::min(m_mug.sku, m_plate.sku));
}

void TestCycleCountScreen::undoTakesBackTheLastItem()
{
    scanBin(QString::fromLatin1(kBin));
    scanItem(m_mug.gtin);
    scanItem(m_plate.gtin);
    QTest::keyClick(m_screen.get(), Qt::Key_U, Qt::AltModifier);
    QTRY_COMPARE(m_screen->counted().size(), 1);
    QCOMPARE(m_screen->counted().first().sku, m_mug.sku);
    QVERIFY(m_screen->feedback()->message().contains(m_plate.name));
}

void TestCycleCountScreen::cancelBooksNothing()
{
    scanBin(QString::fromLatin1(kBin));
    scanItem(m_mug.gtin);
    // Escape does not throw a count away; only the Cancel count button (Alt+N) does.
    QTest::keyClick(find<QWidget>("countItemField"), Qt::Key_Escape);
    QCOMPARE(m_screen->stage(), CycleCountScreen::Stage::Counting);
    QTest::keyClick(m_screen.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_screen->stage(), CycleCountScreen::Stage::Bin);
    QVERIFY(m_screen->counted().isEmpty());
    QCOMPARE(cycleCountMovements(), 0);
    QVERIFY(m_screen->feedback()->message().contains(QStringLiteral("nothing booked")));
}

void TestCycleCountScreen::anotherDatabaseDiscardsTheCountAndSaysSo()
{
    scanBin(QString::fromLatin1(kBin));
    scanItem(m_mug.gtin);
    InventoryStore other(m_demo->database(), *m_clock, QStringLiteral("ST-02"));
    m_screen->setServices(&other, m_catalogue.get());
    QCOMPARE(m_screen->stage(), CycleCountScreen::Stage::Bin);
    QVERIFY(m_screen->counted().isEmpty());
    QCOMPARE(m_screen->feedback()->kind(), FeedbackBanner::Kind::Problem);
    QVERIFY(m_screen->feedback()->message().contains(QStringLiteral("was not booked")));
    QCOMPARE(cycleCountMovements(), 0);
    m_screen->setServices(nullptr, nullptr); // before `other` goes
    QVERIFY(!find<QLineEdit>("countBinField")->isEnabled());
}

void TestCycleCountScreen::theBinAndCountsAreLarge()
{
    scanBin(QString::fromLatin1(kBin));
    scanItem(m_mug.gtin);
    QVERIFY(QApplication::font().pointSizeF() >= Theme::kMinimumPointSize);
    QVERIFY(find<QLabel>("countBinHeading")->font().pointSizeF() >= 2 * Theme::kMinimumPointSize);
    QVERIFY(find<QLabel>("feedbackText")->font().pointSizeF() >= 1.4 * Theme::kMinimumPointSize);
    const auto* counted = find<QTableWidget>("countedTable");
    QVERIFY(counted->item(0, 2)->font().pointSizeF() >= 1.5 * Theme::kMinimumPointSize);
}

void TestCycleCountScreen::everyFocusableWidgetHasAnAccessibleName()
{
    scanBin(QString::fromLatin1(kBin));
    scanItem(m_mug.gtin);
    QStringList unnamed;
    int focusable = 0;
    for (QWidget* widget : m_screen->findChildren<QWidget*>()) {
        if (widget->focusPolicy() == Qt::NoFocus)
            continue;
        ++focusable;
        if (widget->accessibleName().trimmed().isEmpty())
            unnamed << QStringLiteral("%1 \"%2\"")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    QVERIFY(focusable >= 10);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestCycleCountScreen)
#include "TestCycleCountScreen.moc"
