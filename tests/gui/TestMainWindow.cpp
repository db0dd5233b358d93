// The main window as a whole: what the rail, menus and status strip offer, the keyboard shortcuts,
// accessible names on everything that takes focus, and switching to another database.

#include "ConnectionDialog.h"
#include "DemoDatabase.h"
#include "MainWindow.h"
#include "NavigationRail.h"
#include "OrderBrowser.h"
#include "OrderDetailView.h"
#include "SyncStatusWidget.h"
#include "Theme.h"
#include "auth/SecretStore.h"
#include "common/Settings.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace saypro;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyFocusableWidgetHasAnAccessibleName();
    void railListsOnlyScreensThatExist();
    void menusOfferOpenQuitAndAbout();
    void statusStripShowsStationDatabaseAndCounts();
    void ctrlFAndAltOGoToTheSearchField();
    void showOrderSelectsIt();
    void aboutNamesTheVersionAndQt();
    void themeKeepsTextLargeEnough();
    void anotherDatabaseReplacesTheOrders();
    void withoutAMarketplaceTheStripSaysNotConnected();
    void connectToMarketplaceSavesAndAsksForARestart();

private:
    QString labelText(const char* objectName) const;

    std::unique_ptr<DemoDatabase> m_demo;
    std::unique_ptr<MainWindow> m_window;
    static constexpr qint64 kOrders = 250;
};

void TestMainWindow::initTestCase()
{
    Theme::apply(*qApp);
    m_demo = std::make_unique<DemoDatabase>(kOrders);
    QVERIFY2(m_demo->isValid(), qPrintable(m_demo->error()));
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>(m_demo->store(), DemoDatabase::kStation, m_demo->path());
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

QString TestMainWindow::labelText(const char* objectName) const
{
    const auto* label = m_window->findChild<QLabel*>(QString::fromLatin1(objectName));
    return label ? label->text() : QString();
}

void TestMainWindow::everyFocusableWidgetHasAnAccessibleName()
{
    // With an order shown, so the detail pane's widgets are there too.
    QVERIFY(m_window->showOrder(QStringLiteral("SP-00000017")));
    QStringList unnamed;
    int focusable = 0;
    for (QWidget* widget : m_window->findChildren<QWidget*>()) {
        if (widget->focusPolicy() == Qt::NoFocus)
            continue;
        ++focusable;
        if (widget->accessibleName().trimmed().isEmpty())
            unnamed << QStringLiteral("%1 \"%2\"")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    QVERIFY(focusable >= 6); // rail, search, status filter, table, detail pane, its tables...
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

void TestMainWindow::railListsOnlyScreensThatExist()
{
    const auto* rail = m_window->findChild<NavigationRail*>(QStringLiteral("navigationRail"));
    QVERIFY(rail);
    QCOMPARE(rail->count(), 1);
    QCOMPARE(rail->item(0)->text(), QStringLiteral("Orders"));
    QCOMPARE(rail->currentRow(), 0);
    QCOMPARE(m_window->currentScreen(), 0);
    QVERIFY(m_window->orderBrowser()->isVisible());
}

void TestMainWindow::menusOfferOpenQuitAndAbout()
{
    QStringList titles;
    for (QAction* menu : m_window->menuBar()->actions())
        titles << menu->text();
    QCOMPARE(titles, QStringList({QStringLiteral("&File"), QStringLiteral("&View"), QStringLiteral("&Help")}));
    for (const char* name : {"openDatabaseAction", "quitAction", "aboutAction", "findOrderAction", "refreshAction"})
        QVERIFY2(m_window->findChild<QAction*>(QString::fromLatin1(name)), name);
    QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("quitAction"))->shortcut(), QKeySequence(QKeySequence::Quit));
}

void TestMainWindow::statusStripShowsStationDatabaseAndCounts()
{
    QVERIFY(labelText("stationLabel").contains(DemoDatabase::kStation));
    QVERIFY(labelText("databaseLabel").contains(QStringLiteral("station.db")));
    QVERIFY(labelText("orderCountLabel").contains(QStringLiteral("250")));
    QVERIFY(!labelText("orderCountLabel").contains(QStringLiteral("filter")));

    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("orderSearch"));
    search->setText(QStringLiteral("SP-000001"));
    QTest::keyClick(search, Qt::Key_Return);
    const QString counts = labelText("orderCountLabel");
    QVERIFY2(counts.contains(QStringLiteral("250")) && counts.contains(QStringLiteral("100")), qPrintable(counts));

    // A count over more than one page arrives from the background.
    search->setText(QStringLiteral("SP-0000"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_VERIFY2(labelText("orderCountLabel").contains(QStringLiteral("matching the filter: 250")),
                 qPrintable(labelText("orderCountLabel")));
}

void TestMainWindow::ctrlFAndAltOGoToTheSearchField()
{
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("orderTable"));
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto* search = m_window->findChild<QLineEdit*>(QStringLiteral("orderSearch"));
    QTRY_VERIFY(search->hasFocus());

    // The rail entry's shortcut opens the screen ready to search.
    table->setFocus();
    QTRY_VERIFY(table->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::AltModifier);
    QTRY_VERIFY(search->hasFocus());
    QCOMPARE(m_window->currentScreen(), 0);
}

void TestMainWindow::showOrderSelectsIt()
{
    QVERIFY(m_window->showOrder(QStringLiteral("sp-00000099")));
    const auto* detail = m_window->findChild<OrderDetailView*>(QStringLiteral("orderDetail"));
    QCOMPARE(detail->orderNumber(), QStringLiteral("SP-00000099"));
    QVERIFY(!m_window->showOrder(QStringLiteral("SP-99999999")));
}

void TestMainWindow::aboutNamesTheVersionAndQt()
{
    const QString about = MainWindow::aboutText();
    QVERIFY(about.contains(QStringLiteral(STATION_VERSION)));
    QVERIFY(about.contains(QString::fromLatin1(qVersion())));
}

void TestMainWindow::themeKeepsTextLargeEnough()
{
    QVERIFY(QApplication::font().pointSizeF() >= Theme::kMinimumPointSize);
    QVERIFY(m_window->showOrder(QStringLiteral("SP-00000005")));
    const auto* number = m_window->findChild<QLabel*>(QStringLiteral("detailNumber"));
    const auto* status = m_window->findChild<QLabel*>(QStringLiteral("detailStatus"));
    QVERIFY(number->font().pointSizeF() >= 1.5 * Theme::kMinimumPointSize);
    QVERIFY(status->font().pointSizeF() >= 1.5 * Theme::kMinimumPointSize);
    QVERIFY(!status->text().isEmpty()); // the status is written out, not only coloured
}

void TestMainWindow::anotherDatabaseReplacesTheOrders()
{
    DemoDatabase other(30, QStringLiteral("other.db"));
    QVERIFY2(other.isValid(), qPrintable(other.error()));
    m_window->setDatabase(other.store(), other.path());
    QVERIFY(labelText("databaseLabel").contains(QStringLiteral("other.db")));
    QVERIFY(labelText("orderCountLabel").contains(QStringLiteral("30")));
    QCOMPARE(m_window->findChild<QTableView*>(QStringLiteral("orderTable"))->model()->rowCount(), 30);
    QCOMPARE(m_window->orderBrowser()->matchingCount(), 30);
    m_window->setDatabase(m_demo->store(), m_demo->path()); // before `other` goes away
}

void TestMainWindow::withoutAMarketplaceTheStripSaysNotConnected()
{
    QCOMPARE(m_window->syncStatus()->text(), QStringLiteral("Not connected to a marketplace"));
    for (const char* name : {"syncNowAction", "syncProblemsAction", "connectAction"})
        QVERIFY2(!m_window->findChild<QAction*>(QString::fromLatin1(name))->isEnabled(), name);
    QVERIFY(!m_window->windowTitle().contains(QStringLiteral("Training")));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("trainingModeLabel"))->isHidden());
}

void TestMainWindow::connectToMarketplaceSavesAndAsksForARestart()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("station.ini")));
    SecretStore secrets(QStringLiteral("saypro-gui-test"), dir.filePath(QStringLiteral("secrets")), false);
    m_window->setConnectionStores(&settings, &secrets);
    auto* connect = m_window->findChild<QAction*>(QStringLiteral("connectAction"));
    QVERIFY(connect->isEnabled());
    QSignalSpy saved(m_window.get(), &MainWindow::connectionSaved);
    connect->trigger();
    auto* dialog = m_window->findChild<ConnectionDialog*>(QStringLiteral("connectionDialog"));
    QVERIFY(dialog && dialog->isVisible());
    dialog->findChild<QLineEdit*>(QStringLiteral("marketplaceUrl"))->setText(QStringLiteral("https://m.example.com"));
    dialog->findChild<QLineEdit*>(QStringLiteral("marketplaceToken"))->setText(QStringLiteral("tok_1"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveButton")), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(settings.marketplaceUrl(), QUrl(QStringLiteral("https://m.example.com")));
    // The token went to a file (no keychain here): the strip says so, and a notice says it once.
    QVERIFY(m_window->findChild<QWidget*>(QStringLiteral("secretWarningButton"))->isVisible());
    QTRY_VERIFY(m_window->findChild<QMessageBox*>(QStringLiteral("secretWarningNotice")));
    m_window->setConnectionStores(nullptr, nullptr);
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
