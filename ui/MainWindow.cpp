#include "MainWindow.h"

#include "NavigationRail.h"
#include "OrderBrowser.h"
#include "StatusStrip.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStyle>

namespace saypro {

MainWindow::MainWindow(const OrderStore& store, const QString& station, const QString& databasePath, QWidget* parent)
    : QMainWindow(parent), m_station(station), m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SayPro Station — %1").arg(station));
    setAccessibleName(tr("SayPro Station"));

    m_rail = new NavigationRail(this);
    m_screens = new QStackedWidget(this);
    m_screens->setObjectName(QStringLiteral("screens"));
    m_screens->setAccessibleName(tr("Screen"));

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_rail);
    layout->addWidget(m_screens, 1);
    setCentralWidget(central);

    m_statusStrip = new StatusStrip(this);
    setStatusBar(m_statusStrip);
    m_statusStrip->setStation(station);
    m_statusStrip->setDatabasePath(databasePath);

    createMenus();

    m_orders = new OrderBrowser(store, databasePath, this);
    m_ordersIndex =
        addScreen(m_orders, style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Orders"),
                  tr("Find any order in the station's cache and see its details"), QKeySequence(Qt::ALT | Qt::Key_O));
    connect(m_orders, &OrderBrowser::countsChanged, m_statusStrip, &StatusStrip::setOrderCounts);
    connect(m_orders, &OrderBrowser::problem, m_statusStrip,
            [this](const QString& message) { m_statusStrip->showMessage(message, 15000); });
    m_statusStrip->setOrderCounts(m_orders->cachedCount(), m_orders->matchingCount(), m_orders->isFiltered());

    connect(m_rail, &QListWidget::currentRowChanged, this, &MainWindow::showScreen);
    showScreen(m_ordersIndex);
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open database…"), this, &MainWindow::chooseDatabase);
    open->setObjectName(QStringLiteral("openDatabaseAction"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open another station database file"));
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_screensEnd = m_viewMenu->addSeparator();
    QAction* find = m_viewMenu->addAction(tr("&Find order"), this, &MainWindow::findOrder);
    find->setObjectName(QStringLiteral("findOrderAction"));
    find->setShortcut(QKeySequence::Find);
    find->setStatusTip(tr("Go to the search field of the Orders screen"));
    QAction* refresh = m_viewMenu->addAction(tr("&Refresh"), this, [this] { m_orders->refresh(); });
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setStatusTip(tr("Read the orders from the cache again"));
    m_viewMenu->addSeparator();
    QAction* fullScreen = m_viewMenu->addAction(tr("F&ull screen"));
    fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence(Qt::Key_F11)); // the platform's FullScreen key is empty on X11
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        if (on)
            showFullScreen();
        else
            showNormal();
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About SayPro Station"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

int MainWindow::addScreen(QWidget* screen, const QIcon& icon, const QString& title, const QString& description,
                          const QKeySequence& shortcut)
{
    const int index = m_screens->addWidget(screen);
    const int row = m_rail->addEntry(icon, title, description, shortcut);
    Q_ASSERT(row == index);
    auto* action = new QAction(icon, title, this);
    action->setObjectName(screen->objectName() + QStringLiteral("ScreenAction"));
    action->setShortcut(shortcut);
    action->setStatusTip(description);
    connect(action, &QAction::triggered, this, [this, index] { showScreen(index); });
    m_viewMenu->insertAction(m_screensEnd, action);
    // The shortcut works wherever the focus is, menu bar hidden or not.
    addAction(action);
    return index;
}

void MainWindow::showScreen(int index)
{
    if (index < 0 || index >= m_screens->count())
        return;
    m_screens->setCurrentIndex(index);
    if (m_rail->currentRow() != index)
        m_rail->setCurrentRow(index);
    if (index == m_ordersIndex)
        m_orders->focusSearch();
}

int MainWindow::currentScreen() const
{
    return m_screens->currentIndex();
}

void MainWindow::setDatabase(const OrderStore& store, const QString& databasePath)
{
    m_databasePath = databasePath;
    m_statusStrip->setDatabasePath(databasePath);
    m_orders->setStore(store, databasePath);
    m_statusStrip->showMessage(tr("Opened %1").arg(QFileInfo(databasePath).fileName()), 10000);
}

bool MainWindow::showOrder(const QString& number)
{
    showScreen(m_ordersIndex);
    return m_orders->showOrder(number);
}

void MainWindow::findOrder()
{
    showScreen(m_ordersIndex);
    m_orders->focusSearch();
}

void MainWindow::chooseDatabase()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open station database"), QFileInfo(m_databasePath).absolutePath(),
                                     tr("Station databases (*.db);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openDatabaseRequested(path);
}

QString MainWindow::aboutText()
{
    return tr("<h2>SayPro Station %1</h2>"
              "<p>Packing-station software for the SayPro marketplace.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>")
        .arg(QStringLiteral(STATION_VERSION), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SayPro Station"), aboutText());
}

} // namespace saypro
