#pragma once
// ui: the station's main window: the navigation rail and the screens it switches between (Orders, and
// Inventory and Cycle count once stock services are handed in), the menus, the About box and the permanent
// status strip; it follows the sync service (status, Sync now, orders arriving, sync problems) and opens
// the marketplace connection settings.

#include "pack/PackTypes.h"
#include "pack/PickTypes.h"

#include <QKeySequence>
#include <QMainWindow>
#include <QPointer>

class QAction;
class QMenu;
class QStackedWidget;

namespace saypro {

class CatalogueStore;
class CycleCountScreen;
class IntakeService;
class InventoryScreen;
class InventoryStore;
class NavigationRail;
class OrderBrowser;
class OrderStore;
class PackScreen;
class LabelScreen;
class PrintJobs;
class ShipmentStore;
class PackStore;
class PickScreen;
class PickStore;
class ScanInput;
class ScanRouter;
class ScanSounds;
class SecretStore;
class Settings;
class StatusStrip;
class SyncProblemsDialog;
class SyncService;
class SyncStatusWidget;
class SyncStore;
struct SyncReport;
struct SyncState;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const OrderStore& store, const QString& station, const QString& databasePath, QWidget* parent = nullptr);

    /// Shows another database (after File > Open database… succeeded); `store` reads from it.
    void setDatabase(const OrderStore& store, const QString& databasePath);
    /// The station's id changed (in the connection settings): the title and the status strip follow.
    void setStation(const QString& station);
    /// Where the Inventory and Cycle count screens read and change stock; both must outlive the window or be
    /// replaced first. The first call with services adds those screens to the rail (F6, F7); null for either
    /// leaves them saying stock is not available.
    void setStockServices(InventoryStore* inventory, const CatalogueStore* catalogue);
    /// Where the Pick (F2) and Pack (F3) screens work and where a scan on the Orders screen is looked up to open
    /// the right screen; all must outlive the window or be replaced first. The first call with stores adds the
    /// Pick and Pack screens to the rail. Null router: scans outside the scanning screens are not routed.
    void setPackServices(PickStore* pick, PackStore* pack, const ScanRouter* router);
    /// Where the Label screen (F4) labels orders, closes manifests and records print jobs; both must outlive the
    /// window or be replaced first. The first call with both adds the screen to the rail.
    void setShippingServices(ShipmentStore* shipments, PrintJobs* jobs);
    /// The label printer ("host[:port]", "cups:QUEUE" or empty), its dpi, and the label size ("4x6" or "4x8").
    void setLabelPrinter(const QString& printer, int dpi, const QString& size);
    /// The system print queue for packing slips, invoices and manifests (empty: the default printer).
    void setDocumentPrinter(const QString& queue);
    /// How the Pick and Pack screens check (bin then item or item alone; weight tolerance and packaging).
    void setScanningSettings(const PickSettings& pick, const PackSettings& pack);
    /// The accepted / refused sounds the scanning screens play; must outlive the window. Null: silent.
    void setScanSounds(ScanSounds* sounds);
    /// Routes one scan as if it arrived while the Orders screen was in front: opens the screen for the code
    /// (pack, order details, inventory), or says why nothing opened. Returns whether a screen was opened.
    bool routeScan(const QString& code, const QString& symbology = QString());
    /// The scanner input the window listens to (installed on the application while a screen that takes scans
    /// anywhere is in front: Orders, Pick and Pack).
    ScanInput* scanInput() const { return m_scanInput; }

    /// Where the order details read verification checks, holds and allocation; must outlive the window or be
    /// replaced first; null hides those sections.
    void setIntakeService(const IntakeService* intake);

    /// Adds a screen: an entry in the rail, a page in the window and an action in the View menu.
    /// Returns the screen's index.
    int addScreen(QWidget* screen, const QIcon& icon, const QString& title, const QString& description,
                  const QKeySequence& shortcut);
    /// Brings the screen at `index` to the front.
    void showScreen(int index);
    int currentScreen() const;

    /// Brings the screen called `key` ("orders", "inventory", "cycle-count"; see screenKeys()) to the front;
    /// false when there is no such screen.
    bool showScreenNamed(const QString& key);
    /// The names showScreenNamed() accepts, for --screen.
    static QStringList screenKeys();

    OrderBrowser* orderBrowser() const { return m_orders; }
    /// Null until setStockServices() was given services.
    InventoryScreen* inventoryScreen() const { return m_inventory; }
    CycleCountScreen* cycleCountScreen() const { return m_cycleCount; }
    /// Null until setPackServices() was given stores.
    PackScreen* packScreen() const { return m_pack; }
    PickScreen* pickScreen() const { return m_pick; }
    /// Null until setShippingServices() was given services.
    LabelScreen* labelScreen() const { return m_label; }
    /// Opens the Orders screen on order `number`; false when the cache has no such order.
    bool showOrder(const QString& number);

    /// The About box's text: name, version, the Qt it was built with and runs on.
    static QString aboutText();

    /// Training mode: the window title and the status strip say the station works against the practice
    /// marketplace; the connection settings and opening another database are not offered.
    void setTrainingMode(bool training);
    bool isTrainingMode() const { return m_training; }

    /// Follows `service`: its state in the status strip, Sync now, the orders a run stored. The service must
    /// outlive the window or be replaced first; null means not connected.
    void setSyncService(SyncService* service);
    /// No marketplace: the station works from its cache; `reason` (translated) says why, in the status
    /// sentence itself when it is a `problem` (an address is set but cannot be used).
    void setNotConnected(const QString& reason = QString(), bool problem = false);
    /// Where the sync problems are read and resolved (over the open database); null when there is none.
    void setSyncStore(SyncStore* store);
    /// Where File > Connect to marketplace… reads and saves the connection; both must outlive the window.
    void setConnectionStores(Settings* settings, SecretStore* secrets);
    /// The token-storage warning (SecretStore::warning()): in the status strip, and once as a notice.
    void setSecretWarning(const QString& warning);

    StatusStrip* statusStrip() const { return m_statusStrip; }
    SyncStatusWidget* syncStatus() const;
    /// Opens (or raises) the list of sync problems.
    void showSyncProblems();
    /// Opens the marketplace connection settings (window-modal; returns at once).
    void showConnectionDialog();

Q_SIGNALS:
    /// The person chose another database file; the composition root opens it and calls setDatabase.
    void openDatabaseRequested(const QString& path);
    /// The marketplace connection was saved; the composition root restarts sync with it.
    void connectionSaved();

private:
    void createMenus();
    void chooseDatabase();
    void showAbout();
    void findOrder();
    void updateTitle();
    void updateSyncActions();
    void syncNow();
    void onSyncState(const SyncState& state);
    void onSyncFinished(const SyncReport& report);
    void showSecretNotice();
    void refreshCurrentScreen();
    void onScanned(const QString& code, const QString& symbology);
    void updateScanInput();

    QString m_station;
    QString m_databasePath;
    NavigationRail* m_rail = nullptr;
    QStackedWidget* m_screens = nullptr;
    StatusStrip* m_statusStrip = nullptr;
    OrderBrowser* m_orders = nullptr;
    int m_ordersIndex = -1;
    InventoryScreen* m_inventory = nullptr;
    int m_inventoryIndex = -1;
    CycleCountScreen* m_cycleCount = nullptr;
    int m_cycleCountIndex = -1;
    PickScreen* m_pick = nullptr;
    int m_pickIndex = -1;
    PackScreen* m_pack = nullptr;
    int m_packIndex = -1;
    LabelScreen* m_label = nullptr;
    int m_labelIndex = -1;
    QString m_labelPrinter;
    int m_labelDpi = 203;
    QString m_labelSize = QStringLiteral("4x6");
    QString m_documentPrinter;
    const ScanRouter* m_router = nullptr;
    ScanSounds* m_sounds = nullptr;
    PickSettings m_pickSettings;
    PackSettings m_packSettings;
    ScanInput* m_scanInput = nullptr;
    QMenu* m_viewMenu = nullptr;
    QAction* m_screensEnd = nullptr;
    QAction* m_openDatabaseAction = nullptr;
    QAction* m_connectAction = nullptr;
    QAction* m_syncNowAction = nullptr;
    QAction* m_syncProblemsAction = nullptr;
    bool m_training = false;
    QPointer<SyncService> m_sync;
    SyncStore* m_syncStore = nullptr;
    Settings* m_settings = nullptr;
    SecretStore* m_secrets = nullptr;
    QPointer<SyncProblemsDialog> m_problemsDialog;
    QString m_secretWarning;
    bool m_secretNoticeShown = false;
};

} // namespace saypro
