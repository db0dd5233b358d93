#include "MainWindow.h"

#include "ConnectionDialog.h"
#include "CycleCountScreen.h"
#include "InventoryScreen.h"
#include "LabelScreen.h"
#include "NavigationRail.h"
#include "OrderBrowser.h"
#include "OrderDetailView.h"
#include "PackScreen.h"
#include "PickScreen.h"
#include "ScanSounds.h"
#include "StatusStrip.h"
#include "SyncProblemsDialog.h"
#include "SyncStatusWidget.h"
#include "auth/SecretStore.h"
#include "scanning/ScanInput.h"
#include "scanning/ScanRouter.h"
#include "sync/SyncService.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>

namespace saypro {

MainWindow::MainWindow(const OrderStore& store, const QString& station, const QString& databasePath, QWidget* parent)
    : QMainWindow(parent), m_station(station), m_databasePath(databasePath)
{
    setObjectName(QStringLiteral("mainWindow"));
    updateTitle();
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
    SyncStatusWidget* sync = m_statusStrip->syncStatus();
    connect(sync, &SyncStatusWidget::syncNowRequested, this, &MainWindow::syncNow);
    connect(sync, &SyncStatusWidget::problemsRequested, this, &MainWindow::showSyncProblems);
    connect(sync, &SyncStatusWidget::secretWarningRequested, this, &MainWindow::showSecretNotice);

    createMenus();

    m_orders = new OrderBrowser(store, databasePath, this);
    m_ordersIndex =
        addScreen(m_orders, style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Orders"),
                  tr("Find any order in the station's cache and see its details"), QKeySequence(Qt::ALT | Qt::Key_O));
    connect(m_orders, &OrderBrowser::countsChanged, m_statusStrip, &StatusStrip::setOrderCounts);
    connect(m_orders, &OrderBrowser::problem, m_statusStrip,
            [this](const QString& message) { m_statusStrip->showMessage(message, 15000); });
    m_statusStrip->setOrderCounts(m_orders->cachedCount(), m_orders->matchingCount(), m_orders->isFiltered());

    // The scanner: a burst of keys ending in Enter is a scan wherever the focus is, on the screens that take one.
    m_scanInput = new ScanInput(this);
    connect(m_scanInput, &ScanInput::scanned, this, &MainWindow::onScanned);

    connect(m_rail, &QListWidget::currentRowChanged, this, &MainWindow::showScreen);
    showScreen(m_ordersIndex);
    setNotConnected();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    m_openDatabaseAction = file->addAction(tr("&Open database…"), this, &MainWindow::chooseDatabase);
    m_openDatabaseAction->setObjectName(QStringLiteral("openDatabaseAction"));
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    m_openDatabaseAction->setStatusTip(tr("Open another station database file"));
    m_connectAction = file->addAction(tr("&Connect to marketplace…"), this, &MainWindow::showConnectionDialog);
    m_connectAction->setObjectName(QStringLiteral("connectAction"));
    m_connectAction->setStatusTip(tr("Set the marketplace address, this station's token and how often to sync"));
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
    QAction* refresh = m_viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refreshCurrentScreen);
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setStatusTip(tr("Read what the current screen shows from the cache again"));
    m_viewMenu->addSeparator();
    m_syncNowAction = m_viewMenu->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Sync now"), this,
                                            &MainWindow::syncNow);
    m_syncNowAction->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNowAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_syncNowAction->setStatusTip(tr("Exchange orders and events with the marketplace now"));
    addAction(m_syncNowAction); // F9 works with the menu bar hidden (full screen) too
    m_syncProblemsAction = m_viewMenu->addAction(tr("Sync &problems…"), this, &MainWindow::showSyncProblems);
    m_syncProblemsAction->setObjectName(QStringLiteral("syncProblemsAction"));
    m_syncProblemsAction->setStatusTip(tr("Events the marketplace refused and data that could not be stored"));
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
    if (index == m_ordersIndex) {
        m_orders->focusSearch();
    } else if (index == m_inventoryIndex) {
        m_inventory->refresh(); // stock may have moved while another screen was in front
        m_inventory->focusSearch();
    } else if (index == m_cycleCountIndex) {
        m_cycleCount->focusInput();
    } else if (index == m_packIndex) {
        m_pack->refresh();
        m_pack->focusInput();
    } else if (index == m_pickIndex) {
        m_pick->refresh();
        m_pick->focusInput();
    } else if (index == m_labelIndex) {
        m_label->refresh();
        m_label->focusInput();
    }
    updateScanInput();
}

void MainWindow::updateScanInput()
{
    // Inventory and Cycle count read the scanner as typing into their own fields.
    const int index = currentScreen();
    const bool takesScans = index == m_ordersIndex ||
                            (index >= 0 && (index == m_packIndex || index == m_pickIndex || index == m_labelIndex));
    if (takesScans)
        m_scanInput->install(qApp);
    else
        m_scanInput->uninstall();
}

void MainWindow::onScanned(const QString& code, const QString& symbology)
{
    if (m_pack && currentScreen() == m_packIndex) {
        m_pack->handleScan(code, symbology);
        return;
    }
    if (m_pick && currentScreen() == m_pickIndex) {
        m_pick->handleScan(code, symbology);
        return;
    }
    if (m_label && currentScreen() == m_labelIndex) {
        const ScanRoute route = m_router ? m_router->route(QString(symbology + code)) : ScanRoute{};
        if (route.orderId > 0)
            m_label->selectOrder(route.orderId);
        else
            m_label->handleScan(code);
        return;
    }
    routeScan(code, symbology);
}

bool MainWindow::routeScan(const QString& code, const QString& symbology)
{
    if (!m_router) {
        m_statusStrip->showMessage(tr("Scanned %1; scans open screens once the station has its database.").arg(code),
                                   15000);
        return false;
    }
    const ScanRoute route = m_router->route(QString(symbology + code));
    bool opened = false;
    switch (route.target) {
    case ScanRoute::Target::Pack:
        if (m_pack) {
            showScreen(m_packIndex);
            opened = m_pack->openOrder(route.orderId);
        }
        break;
    case ScanRoute::Target::Label:
        if (m_label) {
            showScreen(m_labelIndex);
            opened = m_label->selectOrder(route.orderId);
        } else {
            opened = showOrder(route.orderNumber);
        }
        break;
    case ScanRoute::Target::Pick:
        if (m_pick) {
            showScreen(m_pickIndex);
            m_pick->startWalk({route.orderId});
            opened = true;
        }
        break;
    case ScanRoute::Target::Order:
    case ScanRoute::Target::Return:
        opened = showOrder(route.orderNumber);
        break;
    case ScanRoute::Target::Inventory:
        if (m_inventory) {
            showScreen(m_inventoryIndex);
            m_inventory->search(!route.sku.isEmpty() ? route.sku : route.location);
            opened = true;
        }
        break;
    case ScanRoute::Target::None:
        break;
    }
    if (!route.message.isEmpty())
        m_statusStrip->showMessage(route.message, 15000);
    if (m_sounds)
        m_sounds->play(opened ? ScanSounds::Cue::Accepted : ScanSounds::Cue::Refused);
    return opened;
}

void MainWindow::setPackServices(PickStore* pick, PackStore* pack, const ScanRouter* router)
{
    m_router = router;
    if (!m_pack) {
        if (!pick || !pack)
            return;
        m_pick = new PickScreen(this);
        m_pickIndex =
            addScreen(m_pick, style()->standardIcon(QStyle::SP_ArrowRight), tr("Pick"),
                      tr("Walk the bins and take each order's items, one tote per order"), QKeySequence(Qt::Key_F2));
        connect(m_pick, &PickScreen::orderPicked, this, [this](qint64, const QString& number) {
            m_statusStrip->showMessage(tr("Order %1 picked: it waits at packing.").arg(number), 15000);
        });
        m_pick->setSyncService(m_sync);
        m_pack = new PackScreen(this);
        m_packIndex =
            addScreen(m_pack, style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Pack"),
                      tr("Scan each item into the parcel, weigh it and close the pack"), QKeySequence(Qt::Key_F3));
        connect(m_pack, &PackScreen::packClosed, this, [this](qint64, const QString& number) {
            m_statusStrip->showMessage(tr("Order %1 packed.").arg(number), 15000);
        });
    }
    m_pick->setPickSettings(m_pickSettings);
    m_pack->setPackSettings(m_packSettings);
    m_pick->setServices(pick, m_sounds);
    m_pack->setServices(pack, m_sounds);
}

void MainWindow::setShippingServices(ShipmentStore* shipments, PrintJobs* jobs)
{
    if (!m_label) {
        if (!shipments || !jobs)
            return;
        m_label = new LabelScreen(this);
        m_labelIndex = addScreen(m_label, style()->standardIcon(QStyle::SP_FileDialogDetailedView), tr("Label"),
                                 tr("Choose the carrier service, print the shipping label and close the manifest"),
                                 QKeySequence(Qt::Key_F4));
        connect(m_label, &LabelScreen::labelled, this, [this](qint64, const QString& number) {
            m_statusStrip->showMessage(tr("Order %1 labelled.").arg(number), 15000);
        });
    }
    m_label->setPrinter(m_labelPrinter, m_labelDpi,
                        m_labelSize == QLatin1String("4x8") ? LabelSize::FourByEight : LabelSize::FourBySix);
    m_label->setDocumentPrinter(m_documentPrinter);
    m_label->setServices(shipments, jobs);
}

void MainWindow::setDocumentPrinter(const QString& queue)
{
    m_documentPrinter = queue;
    if (m_label)
        m_label->setDocumentPrinter(queue);
}

void MainWindow::setLabelPrinter(const QString& printer, int dpi, const QString& size)
{
    m_labelPrinter = printer;
    m_labelDpi = dpi;
    m_labelSize = size;
    if (m_label)
        m_label->setPrinter(printer, dpi, size == QLatin1String("4x8") ? LabelSize::FourByEight : LabelSize::FourBySix);
}

void MainWindow::setScanningSettings(const PickSettings& pick, const PackSettings& pack)
{
    m_pickSettings = pick;
    m_packSettings = pack;
    if (m_pick)
        m_pick->setPickSettings(pick);
    if (m_pack)
        m_pack->setPackSettings(pack);
}

void MainWindow::setScanSounds(ScanSounds* sounds)
{
    m_sounds = sounds;
    if (m_pack)
        m_pack->setSounds(sounds);
    if (m_pick)
        m_pick->setSounds(sounds);
}

bool MainWindow::showScreenNamed(const QString& key)
{
    int index = -1;
    if (key == QLatin1String("orders"))
        index = m_ordersIndex;
    else if (key == QLatin1String("pick"))
        index = m_pickIndex;
    else if (key == QLatin1String("pack"))
        index = m_packIndex;
    else if (key == QLatin1String("label"))
        index = m_labelIndex;
    else if (key == QLatin1String("inventory"))
        index = m_inventoryIndex;
    else if (key == QLatin1String("cycle-count"))
        index = m_cycleCountIndex;
    if (index < 0)
        return false;
    showScreen(index);
    return true;
}

QStringList MainWindow::screenKeys()
{
    return {QStringLiteral("orders"), QStringLiteral("pick"),      QStringLiteral("pack"),
            QStringLiteral("label"),  QStringLiteral("inventory"), QStringLiteral("cycle-count")};
}

void MainWindow::refreshCurrentScreen()
{
    const int index = currentScreen();
    if (index == m_inventoryIndex)
        m_inventory->refresh();
    else if (index == m_ordersIndex)
        m_orders->refresh();
    else if (index >= 0 && index == m_pickIndex)
        m_pick->refresh(); // a walk in progress is left as it is
    else if (index >= 0 && index == m_packIndex)
        m_pack->refresh(); // an open pack is left as it is
    else if (index >= 0 && index == m_labelIndex)
        m_label->refresh();
}

void MainWindow::setStockServices(InventoryStore* inventory, const CatalogueStore* catalogue)
{
    if (!m_inventory) {
        if (!inventory || !catalogue)
            return; // the screens appear once there is stock to show
        m_inventory = new InventoryScreen(this);
        m_inventoryIndex = addScreen(m_inventory, style()->standardIcon(QStyle::SP_DirIcon), tr("Inventory"),
                                     tr("Find stock by SKU, barcode or bin, adjust it, and see what runs low"),
                                     QKeySequence(Qt::Key_F6));
        connect(m_inventory, &InventoryScreen::problem, m_statusStrip,
                [this](const QString& message) { m_statusStrip->showMessage(message, 15000); });
        m_cycleCount = new CycleCountScreen(this);
        m_cycleCountIndex =
            addScreen(m_cycleCount, style()->standardIcon(QStyle::SP_BrowserReload), tr("Cycle count"),
                      tr("Count a bin with the scanner and book the differences"), QKeySequence(Qt::Key_F7));
    }
    m_inventory->setServices(inventory, catalogue);
    m_cycleCount->setServices(inventory, catalogue);
}

void MainWindow::setIntakeService(const IntakeService* intake)
{
    auto* detail = m_orders->findChild<OrderDetailView*>();
    if (!detail)
        return;
    detail->setIntakeService(intake);
    if (!detail->orderNumber().isEmpty())
        m_orders->refresh(); // the order shown gets its checks, holds and allocation
}

int MainWindow::currentScreen() const
{
    return m_screens->currentIndex();
}

void MainWindow::setDatabase(const OrderStore& store, const QString& databasePath)
{
    const bool anotherFile = databasePath != m_databasePath;
    m_databasePath = databasePath;
    m_statusStrip->setDatabasePath(databasePath);
    m_orders->setStore(store, databasePath);
    if (anotherFile)
        m_statusStrip->showMessage(tr("Opened %1").arg(QFileInfo(databasePath).fileName()), 10000);
}

void MainWindow::setStation(const QString& station)
{
    m_station = station;
    m_statusStrip->setStation(station);
    updateTitle();
}

void MainWindow::updateTitle()
{
    if (m_training)
        setWindowTitle(tr("SayPro Station — %1 — Training mode — practice marketplace").arg(m_station));
    else
        setWindowTitle(tr("SayPro Station — %1").arg(m_station));
}

void MainWindow::setTrainingMode(bool training)
{
    m_training = training;
    m_statusStrip->setTrainingMode(training);
    updateTitle();
    updateSyncActions();
}

SyncStatusWidget* MainWindow::syncStatus() const
{
    return m_statusStrip->syncStatus();
}

void MainWindow::setSyncService(SyncService* service)
{
    if (m_sync) {
        disconnect(m_sync, nullptr, this, nullptr);
        disconnect(m_sync, nullptr, syncStatus(), nullptr);
    }
    m_sync = service;
    if (m_pick)
        m_pick->setSyncService(service);
    if (!service) {
        setNotConnected();
        return;
    }
    connect(service, &SyncService::stateChanged, this, &MainWindow::onSyncState);
    connect(service, &SyncService::progress, syncStatus(), &SyncStatusWidget::setProgress);
    connect(service, &SyncService::syncFinished, this, &MainWindow::onSyncFinished);
    syncStatus()->showConnecting();
    updateSyncActions();
}

void MainWindow::setNotConnected(const QString& reason, bool problem)
{
    if (m_sync) {
        disconnect(m_sync, nullptr, this, nullptr);
        disconnect(m_sync, nullptr, syncStatus(), nullptr);
        m_sync = nullptr;
    }
    if (m_pick)
        m_pick->setSyncService(nullptr);
    syncStatus()->showNotConnected(reason, problem);
    updateSyncActions();
}

void MainWindow::setSyncStore(SyncStore* store)
{
    m_syncStore = store;
    if (m_problemsDialog)
        m_problemsDialog->setStore(store);
    updateSyncActions();
}

void MainWindow::setConnectionStores(Settings* settings, SecretStore* secrets)
{
    m_settings = settings;
    m_secrets = secrets;
    updateSyncActions();
}

void MainWindow::updateSyncActions()
{
    m_syncNowAction->setEnabled(m_sync != nullptr);
    m_syncProblemsAction->setEnabled(m_sync != nullptr && m_syncStore != nullptr);
    m_connectAction->setEnabled(!m_training && m_settings && m_secrets);
    m_connectAction->setStatusTip(
        m_training ? tr("Training mode uses its own practice marketplace; start the station without --training to "
                        "connect to a real one")
                   : tr("Set the marketplace address, this station's token and how often to sync"));
    m_openDatabaseAction->setEnabled(!m_training);
}

void MainWindow::syncNow()
{
    if (m_sync)
        m_sync->syncNow();
}

void MainWindow::onSyncState(const SyncState& state)
{
    const int problemsBefore = syncStatus()->openProblems();
    syncStatus()->setState(state);
    if (m_problemsDialog && m_problemsDialog->isVisible() && state.openProblems != problemsBefore)
        m_problemsDialog->reload();
}

void MainWindow::onSyncFinished(const SyncReport& report)
{
    const IngestCounts counts = report.total();
    const bool ordersChanged = counts.inserted + counts.updated + counts.cancelled + counts.statusChanges > 0;
    if (ordersChanged)
        m_orders->cacheChanged();
    // Stock and newly verified orders arrive with the same run; the screen in front shows them (another one reads
    // them when shown). A walk or a pack in progress is left as it is.
    const bool intakeMoved = report.intakeRan && report.intake.examined > 0;
    const int index = currentScreen();
    if (ordersChanged && m_inventory && index == m_inventoryIndex)
        m_inventory->refresh();
    else if ((ordersChanged || intakeMoved) && m_pick && index == m_pickIndex)
        m_pick->refresh();
    else if (ordersChanged && m_pack && index == m_packIndex)
        m_pack->refresh();
    else if (ordersChanged && m_label && index == m_labelIndex)
        m_label->refresh();
}

void MainWindow::showSyncProblems()
{
    if (!m_syncStore || !m_sync)
        return;
    if (!m_problemsDialog) {
        m_problemsDialog = new SyncProblemsDialog(m_syncStore, this);
        connect(m_problemsDialog, &SyncProblemsDialog::openProblemsChanged, syncStatus(),
                &SyncStatusWidget::setOpenProblems);
    } else {
        m_problemsDialog->reload();
    }
    m_problemsDialog->show();
    m_problemsDialog->raise();
    m_problemsDialog->activateWindow();
}

void MainWindow::showConnectionDialog()
{
    if (m_training || !m_settings || !m_secrets)
        return;
    auto* dialog = new ConnectionDialog(*m_settings, *m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionDialog::saved, this, [this] {
        setSecretWarning(m_secrets->warning());
        Q_EMIT connectionSaved();
    });
    dialog->open();
}

void MainWindow::setSecretWarning(const QString& warning)
{
    m_secretWarning = warning;
    syncStatus()->setSecretWarning(warning);
    if (!warning.isEmpty() && !m_secretNoticeShown) {
        m_secretNoticeShown = true;
        // After the window is on screen, so the notice appears over it rather than before it.
        QTimer::singleShot(0, this, &MainWindow::showSecretNotice);
    }
}

void MainWindow::showSecretNotice()
{
    if (m_secretWarning.isEmpty())
        return;
    // Not modal: the station goes on working while the notice is read.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Where the marketplace token is kept"), m_secretWarning,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("secretWarningNotice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    box->setAccessibleName(box->windowTitle());
    box->setAccessibleDescription(m_secretWarning);
    box->show();
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
