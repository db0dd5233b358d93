// Training mode end to end, in-process: the practice marketplace over real HTTPS on loopback, a
// SyncService trusting exactly its certificate, and the main window showing what arrives: the orders,
// the sync status, new orders without losing the selection, a refused event as a sync problem a
// supervisor marks resolved, and going offline and back.

#include "MainWindow.h"
#include "OrderBrowser.h"
#include "OrderDetailView.h"
#include "OrderTableModel.h"
#include "StatusStrip.h"
#include "SyncProblemModel.h"
#include "SyncProblemsDialog.h"
#include "SyncStatusWidget.h"
#include "Theme.h"
#include "TrainingMarketplace.h"
#include "common/Clock.h"
#include "sandbox/SandboxServer.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "storage/Outbox.h"
#include "storage/SyncStore.h"
#include "sync/SyncService.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace saypro;

class TestTrainingMode final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void connectionTrustsExactlyTheSandboxCertificate();
    void syncedOrdersAppearInTheOrdersScreen();
    void windowAndStripSayTrainingMode();
    void newOrdersAppearAndTheSelectionStays();
    void refusedEventBecomesASyncProblemToResolve();
    void offlineAndBackAgain();

private:
    QString statusText() const { return m_window->syncStatus()->text(); }
    int rows() const { return m_window->orderBrowser()->model()->rowCount(); }
    QString labelText(const char* name) const
    {
        const auto* label = m_window->findChild<QLabel*>(QString::fromLatin1(name));
        return label ? label->text() : QString();
    }

    static constexpr qint64 kOrders = 50;
    static constexpr int kTimeoutMs = 60000;
    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<TrainingMarketplace> m_training;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OrderStore> m_orders;
    std::unique_ptr<SyncStore> m_syncStore;
    std::unique_ptr<SyncService> m_sync;
    std::unique_ptr<MainWindow> m_window;
};

void TestTrainingMode::initTestCase()
{
    Theme::apply(*qApp);
    QVERIFY(m_dir.isValid());
    m_training = std::make_unique<TrainingMarketplace>(m_dir.path());
    SandboxOptions options = m_training->options(kOrders);
    options.arrivalRatePerMinute = 0; // the test makes orders arrive when it wants them
    auto started = m_training->start(options);
    QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    m_server = std::move(*started);
    QVERIFY(QFileInfo::exists(m_training->marketplaceDatabasePath()));

    // The station's own training database, empty: its orders come from the marketplace by sync.
    auto opened = Database::open(m_training->stationDatabasePath(), Database::OpenMode::CreateIfMissing);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_db = std::move(*opened);
    m_orders = std::make_unique<OrderStore>(*m_db, m_clock, QStringLiteral("ST-01"));
    m_syncStore = std::make_unique<SyncStore>(*m_db, m_clock, QStringLiteral("ST-01"));

    SyncServiceConfig config;
    config.databasePath = m_db->path();
    config.connection = TrainingMarketplace::connection(*m_server, QStringLiteral("ST-01"));
    config.intervalMs = 0; // runs only when the test (or Sync now) asks
    config.engine.backoffBaseMs = 20;
    config.engine.backoffCapMs = 200;
    config.engine.pullAttempts = 2;
    m_sync = std::make_unique<SyncService>(std::move(config));

    m_window = std::make_unique<MainWindow>(*m_orders, QStringLiteral("ST-01"), m_db->path());
    m_window->setTrainingMode(true);
    m_window->setSyncStore(m_syncStore.get());
    m_window->setSyncService(m_sync.get());
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(rows(), 0);
    QCOMPARE(statusText(), QStringLiteral("Connecting to the marketplace…"));
    m_sync->start();
}

void TestTrainingMode::cleanupTestCase()
{
    // As the program quits: the window lets go of the service, sync stops, then the marketplace.
    if (m_window)
        m_window->setNotConnected();
    if (m_sync)
        m_sync->stop();
    m_sync.reset();
    m_window.reset();
    if (m_server)
        m_server->stop();
    QVERIFY(!m_server || !m_server->isRunning());
}

void TestTrainingMode::connectionTrustsExactlyTheSandboxCertificate()
{
    const ConnectionSettings c = TrainingMarketplace::connection(*m_server, QStringLiteral("ST-01"));
    QCOMPARE(c.baseUrl.scheme(), QStringLiteral("https"));
    QCOMPARE(c.baseUrl.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(c.caCertificates, QList<QSslCertificate>{m_server->certificate()});
    QVERIFY(!c.trustSystemCertificates);
    QCOMPARE(c.token, m_server->token());

    // Every start has a token nobody could guess; the marketplace lives in the training folder.
    const SandboxOptions a = m_training->options();
    const SandboxOptions b = m_training->options();
    QVERIFY(a.token.size() >= 40);
    QVERIFY(a.token != b.token);
    QCOMPARE(a.port, quint16(0));
    QCOMPARE(a.seed, quint64(1));
    QCOMPARE(a.databasePath, m_training->marketplaceDatabasePath());
    QVERIFY(a.arrivalRatePerMinute > 0);
    QVERIFY(a.timeScale > 1);
    QVERIFY(m_training->stationDatabasePath() != m_training->marketplaceDatabasePath());
}

void TestTrainingMode::syncedOrdersAppearInTheOrdersScreen()
{
    QTRY_COMPARE_WITH_TIMEOUT(rows(), int(kOrders), kTimeoutMs);
    QTRY_VERIFY2_WITH_TIMEOUT(statusText().startsWith(QStringLiteral("Online · synced ")), qPrintable(statusText()),
                              kTimeoutMs);
    QTRY_COMPARE(labelText("orderCountLabel"), QStringLiteral("Orders in cache: 50"));
    QCOMPARE(m_window->orderBrowser()->cachedCount(), kOrders);
    // The newest order is shown in the detail pane, as on any start.
    QVERIFY(!m_window->findChild<OrderDetailView*>(QStringLiteral("orderDetail"))->orderNumber().isEmpty());
}

void TestTrainingMode::windowAndStripSayTrainingMode()
{
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Training mode — practice marketplace")));
    const auto* notice = m_window->findChild<QLabel*>(QStringLiteral("trainingModeLabel"));
    QVERIFY(notice && notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("Training mode — practice marketplace"));
    // A real marketplace cannot be set up, nor another database opened, while practising.
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("connectAction"))->isEnabled());
    QVERIFY(!m_window->findChild<QAction*>(QStringLiteral("openDatabaseAction"))->isEnabled());
    QVERIFY(m_window->findChild<QAction*>(QStringLiteral("syncNowAction"))->isEnabled());
    QCOMPARE(m_window->findChild<QAction*>(QStringLiteral("syncNowAction"))->shortcut(), QKeySequence(Qt::Key_F9));
}

void TestTrainingMode::newOrdersAppearAndTheSelectionStays()
{
    QTRY_COMPARE_WITH_TIMEOUT(rows(), int(kOrders), kTimeoutMs);
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("orderTable"));
    table->setCurrentIndex(table->model()->index(3, OrderTableModel::NumberColumn));
    const QString selected = table->currentIndex().data(OrderTableModel::OrderNumberRole).toString();
    QVERIFY(!selected.isEmpty());
    const auto* detail = m_window->findChild<OrderDetailView*>(QStringLiteral("orderDetail"));
    QCOMPARE(detail->orderNumber(), selected);

    auto created = m_server->createOrders(3);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    // Sync now, as the person presses F9.
    m_window->findChild<QAction*>(QStringLiteral("syncNowAction"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(rows(), int(kOrders) + 3, kTimeoutMs);
    QTRY_COMPARE(labelText("orderCountLabel"), QStringLiteral("Orders in cache: 53"));
    QCOMPARE(table->currentIndex().data(OrderTableModel::OrderNumberRole).toString(), selected);
    QCOMPARE(detail->orderNumber(), selected);
    // The list was at the top, so it stays there and the new orders are in view.
    QCOMPARE(table->rowAt(0), 0);
}

void TestTrainingMode::refusedEventBecomesASyncProblemToResolve()
{
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QStringLiteral("Online")), kTimeoutMs);
    // An event the marketplace will refuse (422: no such event type), queued as a station action would be.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id, marketplace_id FROM orders ORDER BY id LIMIT 1")) && q.next());
    const qint64 orderId = q.value(0).toLongLong();
    const QString marketplaceId = q.value(1).toString();
    q.finish();
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begin());
        const auto queued = Outbox(*m_db, m_clock)
                                .enqueue(orderId, QStringLiteral("order_event"),
                                         QStringLiteral("/v1/orders/%1/events").arg(marketplaceId),
                                         QJsonObject{{QStringLiteral("type"), QStringLiteral("teleported")}});
        QVERIFY(queued);
        QVERIFY(tx.commit());
    }
    m_sync->syncNow();
    auto* link = m_window->findChild<QToolButton*>(QStringLiteral("syncProblemsButton"));
    QTRY_VERIFY_WITH_TIMEOUT(link->isVisible(), kTimeoutMs);
    QCOMPARE(link->text(), QStringLiteral("1 sync problem"));

    // The supervisor opens the list from the strip, reads the problem and marks it resolved.
    QTest::mouseClick(link, Qt::LeftButton);
    auto* dialog = m_window->findChild<SyncProblemsDialog*>(QStringLiteral("syncProblemsDialog"));
    QVERIFY(dialog && dialog->isVisible());
    SyncProblemModel* model = dialog->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex status = model->index(0, SyncProblemModel::HttpStatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("422"));
    QVERIFY(!model->index(0, SyncProblemModel::OrderColumn).data().toString().isEmpty());
    QVERIFY(!model->index(0, SyncProblemModel::MessageColumn).data().toString().isEmpty());
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("markResolvedButton")), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(link->isHidden());
    QCOMPARE(*m_syncStore->openProblemCount(), 0);
    dialog->close();
}

void TestTrainingMode::offlineAndBackAgain()
{
    QTRY_VERIFY_WITH_TIMEOUT(statusText().startsWith(QStringLiteral("Online")), kTimeoutMs);
    QVERIFY(m_server->goDown());
    m_sync->syncNow();
    QTRY_VERIFY2_WITH_TIMEOUT(statusText().startsWith(QStringLiteral("Offline since ")), qPrintable(statusText()),
                              kTimeoutMs);
    QVERIFY(statusText().endsWith(QStringLiteral("working from the cache")));
    // The orders stay: the station works from its cache.
    QVERIFY(rows() >= int(kOrders));

    QVERIFY(m_server->comeBack());
    m_window->syncStatus()->findChild<QToolButton*>(QStringLiteral("syncNowButton"))->click();
    QTRY_VERIFY2_WITH_TIMEOUT(statusText().startsWith(QStringLiteral("Online · synced ")), qPrintable(statusText()),
                              kTimeoutMs);
}

QTEST_MAIN(TestTrainingMode)
#include "TestTrainingMode.moc"
