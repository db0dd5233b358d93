#pragma once
// ui: the station's main window: the navigation rail and the screens it switches between, the
// menus, the About box and the permanent status strip.

#include <QKeySequence>
#include <QMainWindow>

class QAction;
class QMenu;
class QStackedWidget;

namespace saypro {

class NavigationRail;
class OrderBrowser;
class OrderStore;
class StatusStrip;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(const OrderStore& store, const QString& station, const QString& databasePath, QWidget* parent = nullptr);

    /// Shows another database (after File > Open database… succeeded); `store` reads from it.
    void setDatabase(const OrderStore& store, const QString& databasePath);

    /// Adds a screen: an entry in the rail, a page in the window and an action in the View menu.
    /// Returns the screen's index.
    int addScreen(QWidget* screen, const QIcon& icon, const QString& title, const QString& description,
                  const QKeySequence& shortcut);
    /// Brings the screen at `index` to the front.
    void showScreen(int index);
    int currentScreen() const;

    OrderBrowser* orderBrowser() const { return m_orders; }
    /// Opens the Orders screen on order `number`; false when the cache has no such order.
    bool showOrder(const QString& number);

    /// The About box's text: name, version, the Qt it was built with and runs on.
    static QString aboutText();

Q_SIGNALS:
    /// The person chose another database file; the composition root opens it and calls setDatabase.
    void openDatabaseRequested(const QString& path);

private:
    void createMenus();
    void chooseDatabase();
    void showAbout();
    void findOrder();

    QString m_station;
    QString m_databasePath;
    NavigationRail* m_rail = nullptr;
    QStackedWidget* m_screens = nullptr;
    StatusStrip* m_statusStrip = nullptr;
    OrderBrowser* m_orders = nullptr;
    int m_ordersIndex = -1;
    QMenu* m_viewMenu = nullptr;
    QAction* m_screensEnd = nullptr;
};

} // namespace saypro
