// Pick then pack one order on the main window with the keyboard and a wedge scanner alone: F2 opens Pick, the
// order number scanned starts its walk (bins in walk order: aisle 2 before aisle 10), a wrong bin and an item
// scanned before its bin are refused, every unit is picked; F3 opens Pack, the order is scanned, its items
// scanned (a wrong item refused), the weight typed, Ctrl+Enter closes the pack; F4 opens Label, Ctrl+L labels the
// order and its label goes to a local listener standing in for the Zebra printer, byte for byte, and again after
// a printer that did not answer. Also: a batch walk with totes,
// a short pick that backorders the order, and screen-reader names on the Pick screen.

#include "DemoDatabase.h"
#include "FeedbackBanner.h"
#include "LabelScreen.h"
#include "MainWindow.h"
#include "PackScreen.h"
#include "PickScreen.h"
#include "ScanSounds.h"
#include "Theme.h"
#include "common/Settings.h"
#include "domain/Gtin.h"
#include "intake/IntakeService.h"
#include "inventory/InventoryStore.h"
#include "pack/PackStore.h"
#include "pack/PickStore.h"
#include "scanning/ScanRouter.h"
#include "shipping/PrintJobs.h"
#include "shipping/ShipmentStore.h"
#include "shipping/TrackingAllocator.h"
#include "storage/CatalogueStore.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace saypro;

namespace {

const QString kMug = Gtin::withCheckDigit(QStringLiteral("600987602001"));
const QString kPlate = Gtin::withCheckDigit(QStringLiteral("600987602002"));
const QString kBinNear = QStringLiteral("JHB1-A-02-01-1-01");
const QString kBinFar = QStringLiteral("JHB1-A-10-01-1-01");
const QString kBinElsewhere = QStringLiteral("JHB1-B-01-01-1-01");

/// The focusable, visible widgets under `root` that a screen reader would announce without a name.
QStringList unnamedFocusable(QWidget* root)
{
    QStringList unnamed;
    for (QWidget* w : root->findChildren<QWidget*>()) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus)
            continue;
        if (qobject_cast<QAbstractScrollArea*>(w->parentWidget()))
            continue; // viewports
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        if (!iface || iface->text(QAccessible::Name).trimmed().isEmpty())
            unnamed
                << QStringLiteral("%1 \"%2\"").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
    }
    return unnamed;
}

} // namespace

class TestPickPackFlow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void pickThenPackWithKeyboardAlone();
    void batchWalkUsesATotePerOrder();
    void shortPickBackordersTheOrder();
    void everyFocusableWidgetHasAnAccessibleName();

private:
    /// A ready order claimed by this station: `mugs` mugs from the far bin... and one plate from the near bin.
    qint64 readyOrder(const QString& number, int mugs);
    void sql(const QString& statement, const QVariantList& values = {});
    void putStock(const QString& sku, const QString& bin, int onHand);
    /// Types `code` as a wedge scanner: characters back to back, then Enter, into the focused widget.
    void scan(const QString& code);
    QString status(const QString& number) const
    {
        return m_demo->scalar(QStringLiteral("SELECT status FROM orders WHERE number = '%1'").arg(number)).toString();
    }

    std::unique_ptr<DemoDatabase> m_demo;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<CatalogueStore> m_catalogue;
    std::unique_ptr<InventoryStore> m_inventory;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<PickStore> m_pickStore;
    std::unique_ptr<PackStore> m_packStore;
    std::unique_ptr<ScanRouter> m_router;
    std::unique_ptr<ShipmentStore> m_shipments;
    std::unique_ptr<PrintJobs> m_printJobs;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ScanSounds> m_sounds;
    std::unique_ptr<MainWindow> m_window;
};

void TestPickPackFlow::initTestCase()
{
    Theme::apply(*qApp);
}

void TestPickPackFlow::init()
{
    m_demo = std::make_unique<DemoDatabase>(3);
    QVERIFY2(m_demo->isValid(), qPrintable(m_demo->error()));
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC));
    Database& db = m_demo->database();
    m_catalogue = std::make_unique<CatalogueStore>(db);
    m_inventory = std::make_unique<InventoryStore>(db, *m_clock, DemoDatabase::kStation);
    m_intake = std::make_unique<IntakeService>(db, *m_clock, DemoDatabase::kStation);
    m_pickStore = std::make_unique<PickStore>(db, *m_clock, DemoDatabase::kStation, *m_inventory, *m_intake);
    m_packStore = std::make_unique<PackStore>(db, *m_clock, DemoDatabase::kStation);
    m_router = std::make_unique<ScanRouter>(db);
    m_shipments = std::make_unique<ShipmentStore>(db, *m_clock, DemoDatabase::kStation, ShippingMethods::builtIn());
    m_printJobs = std::make_unique<PrintJobs>(db, *m_clock, DemoDatabase::kStation);
    QVERIFY(TrackingAllocator(db, *m_clock, DemoDatabase::kStation).addDefaultRanges(QStringLiteral("admin")));
    m_settings = std::make_unique<Settings>(m_demo->path() + QStringLiteral(".ini"));
    m_sounds = std::make_unique<ScanSounds>(*m_settings);

    sql(QStringLiteral("DELETE FROM stock"));
    sql(QStringLiteral("INSERT INTO products (sku, gtin, name, weight_g, currency) VALUES ('FLOW-MUG', ?, 'Flow Mug', "
                       "350, 'ZAR'), ('FLOW-PLATE', ?, 'Flow Plate', 500, 'ZAR')"),
        {kMug, kPlate});
    putStock(QStringLiteral("FLOW-MUG"), kBinFar, 10);
    putStock(QStringLiteral("FLOW-PLATE"), kBinNear, 10);

    m_window = std::make_unique<MainWindow>(m_demo->store(), DemoDatabase::kStation, m_demo->path());
    m_window->setScanSounds(m_sounds.get());
    m_window->setPackServices(m_pickStore.get(), m_packStore.get(), m_router.get());
    m_window->setStockServices(m_inventory.get(), m_catalogue.get());
    m_window->setShippingServices(m_shipments.get(), m_printJobs.get());
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestPickPackFlow::cleanup()
{
    m_window.reset();
    m_sounds.reset();
    m_settings.reset();
    m_printJobs.reset();
    m_shipments.reset();
    m_router.reset();
    m_packStore.reset();
    m_pickStore.reset();
    m_intake.reset();
    m_inventory.reset();
    m_catalogue.reset();
    m_clock.reset();
    m_demo.reset();
}

void TestPickPackFlow::sql(const QString& statement, const QVariantList& values)
{
    QSqlQuery q(m_demo->database().connection());
    QVERIFY2(q.prepare(statement), qPrintable(q.lastError().text()));
    for (const QVariant& v : values)
        q.addBindValue(v);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
}

void TestPickPackFlow::putStock(const QString& sku, const QString& bin, int onHand)
{
    sql(QStringLiteral("INSERT INTO stock(sku, location, on_hand, reserved, market_on_hand, version, updated_at) "
                       "VALUES(?, ?, ?, 0, ?, 3, ?)"),
        {sku, bin, onHand, onHand, m_clock->nowMs()});
}

qint64 TestPickPackFlow::readyOrder(const QString& number, int mugs)
{
    Order o;
    o.number = number;
    o.marketplaceId = QStringLiteral("ord_flow_") + number;
    o.status = OrderStatus::Ready;
    o.confirmedAt = m_clock->now().addSecs(-3600);
    o.updatedAt = o.confirmedAt;
    o.shipBy = m_clock->now().addDays(2);
    o.currency = QStringLiteral("ZAR");
    o.customer.name = QStringLiteral("Ayanda Dlamini");
    o.shipTo = Address{o.customer.name,
                       QStringLiteral("8 Jan Smuts Avenue"),
                       QString(),
                       QStringLiteral("Parktown"),
                       QStringLiteral("Johannesburg"),
                       QStringLiteral("GP"),
                       QStringLiteral("2193"),
                       QStringLiteral("ZA")};
    o.warehouse = QStringLiteral("JHB1");
    OrderLine mug;
    mug.lineId = QStringLiteral("L1");
    mug.sku = QStringLiteral("FLOW-MUG");
    mug.gtin = kMug;
    mug.name = QStringLiteral("Flow Mug");
    mug.quantity = mugs;
    mug.weightGrams = 350;
    OrderLine plate;
    plate.lineId = QStringLiteral("L2");
    plate.sku = QStringLiteral("FLOW-PLATE");
    plate.gtin = kPlate;
    plate.name = QStringLiteral("Flow Plate");
    plate.quantity = 1;
    plate.weightGrams = 500;
    o.lines = {mug, plate};
    auto id = m_demo->store().insert(o, QStringLiteral("test"));
    if (!id) {
        qWarning() << id.error().toString();
        return 0;
    }
    // Claimed here, and seen by intake at its current version (as intake leaves a ready order).
    sql(QStringLiteral("UPDATE orders SET claimed_by = ?, verified_version = version WHERE id = ?"),
        {DemoDatabase::kStation, *id});
    auto loaded = m_demo->store().findById(*id);
    if (!loaded || !m_inventory->reserve(*id, loaded->lines.at(0).id, kBinFar, mugs) ||
        !m_inventory->reserve(*id, loaded->lines.at(1).id, kBinNear, 1))
        return 0;
    return *id;
}

void TestPickPackFlow::scan(const QString& code)
{
    QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get();
    // Back to back, as a fast scanner sends them: a pause here (a busy machine) would read as typing.
    for (QChar c : code)
        QTest::keyClick(target, c.toLatin1());
    QTest::keyClick(target, Qt::Key_Return);
    QTest::qWait(1);
}

void TestPickPackFlow::pickThenPackWithKeyboardAlone()
{
    const QString number = QStringLiteral("SP-91000001");
    QVERIFY(readyOrder(number, 2) > 0);

    // F2: the Pick screen, the order in its queue.
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    PickScreen* pick = m_window->pickScreen();
    QVERIFY(pick->isVisible());
    auto* queue = pick->findChild<QTableWidget*>(QStringLiteral("pickQueue"));
    QVERIFY(!queue->findItems(number, Qt::MatchExactly).isEmpty());

    scan(number);
    QVERIFY(pick->session());
    QCOMPARE(status(number), QStringLiteral("picking"));
    // The near bin (aisle 2) comes before the far one (aisle 10).
    auto* nextBin = pick->findChild<QLabel*>(QStringLiteral("pickNextBin"));
    QCOMPARE(nextBin->text(), kBinNear);

    scan(kPlate); // before its bin
    QCOMPARE(pick->lastOutcome().kind, PickScanKind::BinRequired);
    QCOMPARE(pick->feedback()->kind(), FeedbackBanner::Kind::Problem);
    scan(kBinElsewhere);
    QCOMPARE(pick->lastOutcome().kind, PickScanKind::WrongBin);
    QVERIFY(pick->feedback()->shownText().startsWith(QStringLiteral("✗")));

    scan(kBinNear);
    QCOMPARE(pick->lastOutcome().kind, PickScanKind::BinConfirmed);
    scan(kPlate);
    QCOMPARE(pick->lastOutcome().kind, PickScanKind::Picked);
    QCOMPARE(nextBin->text(), kBinFar);
    scan(kBinFar);
    scan(kMug);
    QTest::qWait(450); // past the duplicate-read window: the same label scanned again on purpose
    scan(kMug);
    QCOMPARE(pick->lastOutcome().kind, PickScanKind::Picked);
    QVERIFY(pick->session()->isDone());
    QCOMPARE(status(number), QStringLiteral("picked"));
    QCOMPARE(m_demo->scalar(QStringLiteral("SELECT count(*) FROM stock_movements WHERE reason = 'pick'")).toInt(), 3);
    QCOMPARE(m_demo->scalar(QStringLiteral("SELECT count(*) FROM scan_log WHERE context = 'pick'")).toInt(), 7);

    // Esc leaves the finished walk; F3: the Pack screen.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!pick->session());
    QTest::keyClick(m_window.get(), Qt::Key_F3);
    PackScreen* pack = m_window->packScreen();
    QVERIFY(pack->isVisible());
    scan(number);
    QVERIFY(pack->session());
    QCOMPARE(status(number), QStringLiteral("packing"));
    scan(kMug);
    scan(kPlate);
    scan(Gtin::withCheckDigit(QStringLiteral("600987602003"))); // not on the order
    QCOMPARE(pack->lastOutcome().kind, ScanKind::WrongItem);
    QTest::qWait(450);
    scan(kMug);
    QVERIFY(pack->session()->isComplete());

    // The weight, typed at a person's pace, then Enter; Ctrl+Enter closes.
    auto* weight = pack->findChild<QSpinBox*>(QStringLiteral("packWeight"));
    weight->setFocus();
    weight->selectAll();
    QTest::keyClicks(weight, QString::number(pack->session()->expectedWeightGrams()), Qt::NoModifier, 80);
    QTest::qWait(80);
    QTest::keyClick(weight, Qt::Key_Return);
    QVERIFY(pack->session()->canClose().isEmpty());
    QTest::keyClick(weight, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(status(number), QStringLiteral("packed"));
    QVERIFY(!pack->session());

    // F4: the Label screen. A local listener stands in for the Zebra printer on raw TCP.
    QTcpServer zebra;
    QVERIFY(zebra.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    connect(&zebra, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket* socket = zebra.nextPendingConnection())
            connect(socket, &QTcpSocket::readyRead, this, [&received, socket] { received += socket->readAll(); });
    });
    m_window->setLabelPrinter(QStringLiteral("127.0.0.1:%1").arg(zebra.serverPort()), 203, QStringLiteral("4x6"));
    QTest::keyClick(m_window.get(), Qt::Key_F4);
    LabelScreen* label = m_window->labelScreen();
    QVERIFY(label && label->isVisible());
    scan(number);
    QVERIFY(label->shipment());
    QCOMPARE(label->shipment()->order.number, number);
    QVERIFY(label->shipment()->choice.chosen);
    QVERIFY(label->preview().isNull());

    // Ctrl+L labels the order, shows the label and sends it to the printer.
    QSignalSpy printed(label, &LabelScreen::printFinished);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(status(number), QStringLiteral("labelled"));
    QCOMPARE(label->preview().size(), QSize(812, 1218));
    QVERIFY(printed.wait(10000));
    QCOMPARE(printed.first().at(1).toString(), QString());
    QCOMPARE(label->feedback()->kind(), FeedbackBanner::Kind::Success);
    auto labels = m_shipments->labels(*label->shipment());
    QVERIFY(labels);
    QByteArray zpl;
    for (const ShippingLabelData& l : *labels)
        zpl += ZplLabel::render(l);
    QTRY_COMPARE(received, zpl);
    QCOMPARE(m_demo->scalar(QStringLiteral("SELECT status FROM print_jobs WHERE id = %1").arg(label->lastPrintJob()))
                 .toString(),
             QStringLiteral("printed"));

    // A printer that does not answer: the problem in words, the job kept and printed again once it answers.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 deadPort = probe.serverPort();
    probe.close();
    m_window->setLabelPrinter(QStringLiteral("127.0.0.1:%1").arg(deadPort), 203, QStringLiteral("4x6"));
    printed.clear();
    received.clear();
    // Printed once already: another copy is a reprint, with its reason (recorded).
    QVERIFY(label->printLabels(QStringLiteral("label torn")));
    QVERIFY(printed.wait(10000));
    QCOMPARE(m_demo->scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'label_reprinted'")).toInt(),
             1);
    QVERIFY(!printed.first().at(1).toString().isEmpty());
    QCOMPARE(label->feedback()->kind(), FeedbackBanner::Kind::Problem);
    const qint64 failedJob = label->lastPrintJob();
    QCOMPARE(m_demo->scalar(QStringLiteral("SELECT status FROM print_jobs WHERE id = %1").arg(failedJob)).toString(),
             QStringLiteral("failed"));
    auto* again = label->findChild<QPushButton*>(QStringLiteral("labelPrintAgain"));
    QVERIFY(again->isEnabled());
    m_window->setLabelPrinter(QStringLiteral("127.0.0.1:%1").arg(zebra.serverPort()), 203, QStringLiteral("4x6"));
    printed.clear();
    QTest::mouseClick(again, Qt::LeftButton);
    QVERIFY(printed.wait(10000));
    QCOMPARE(printed.first().at(1).toString(), QString());
    QTRY_COMPARE(received, zpl);
    QCOMPARE(m_demo->scalar(QStringLiteral("SELECT status FROM print_jobs WHERE id = %1").arg(failedJob)).toString(),
             QStringLiteral("printed"));
    QCOMPARE(status(number), QStringLiteral("labelled"));
}

void TestPickPackFlow::batchWalkUsesATotePerOrder()
{
    const QString first = QStringLiteral("SP-91000011");
    const QString second = QStringLiteral("SP-91000012");
    QVERIFY(readyOrder(first, 1) > 0);
    QVERIFY(readyOrder(second, 2) > 0);
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    PickScreen* pick = m_window->pickScreen();
    auto* queue = pick->findChild<QTableWidget*>(QStringLiteral("pickQueue"));
    queue->setFocus();
    // Mark both with Space, then Enter.
    for (const QString& number : {first, second}) {
        const auto items = queue->findItems(number, Qt::MatchExactly);
        QVERIFY(!items.isEmpty());
        queue->setCurrentItem(items.first());
        QTest::keyClick(queue, Qt::Key_Space);
        QTRY_COMPARE(queue->item(items.first()->row(), 0)->checkState(), Qt::Checked);
    }
    QTest::keyClick(queue, Qt::Key_Return);
    QTRY_VERIFY(pick->session());
    QCOMPARE(pick->walkOrders().size(), 2);
    QCOMPARE(status(first), QStringLiteral("picking"));
    QCOMPARE(status(second), QStringLiteral("picking"));
    // Both plates come from the near bin, one per tote.
    scan(kBinNear);
    scan(kPlate);
    QVERIFY(pick->lastOutcome().message.contains(QStringLiteral("tote 1")));
    QTest::qWait(450);
    scan(kPlate);
    QVERIFY(pick->lastOutcome().message.contains(QStringLiteral("tote 2")));
    scan(kBinFar);
    for (int i = 0; i < 3; ++i) {
        QTest::qWait(450);
        scan(kMug);
        QCOMPARE(pick->lastOutcome().kind, PickScanKind::Picked);
    }
    QVERIFY(pick->session()->isDone());
    QCOMPARE(status(first), QStringLiteral("picked"));
    QCOMPARE(status(second), QStringLiteral("picked"));
}

void TestPickPackFlow::shortPickBackordersTheOrder()
{
    const QString number = QStringLiteral("SP-91000021");
    QVERIFY(readyOrder(number, 2) > 0);
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    PickScreen* pick = m_window->pickScreen();
    scan(number);
    scan(kBinNear);
    scan(kPlate);
    QCOMPARE(pick->findChild<QLabel*>(QStringLiteral("pickNextBin"))->text(), kBinFar);
    // The far bin is empty: backorder. The plate goes back, the order waits for stock, the customer is told.
    QVERIFY(pick->shortPick(ShortPickResolution::Backorder));
    QVERIFY(!pick->session());
    QCOMPARE(status(number), QStringLiteral("on_hold"));
    QCOMPARE(pick->feedback()->kind(), FeedbackBanner::Kind::Success);
    QVERIFY(pick->feedback()->message().contains(number));
    QCOMPARE(m_demo->scalar(QStringLiteral("SELECT on_hand FROM stock WHERE sku = 'FLOW-PLATE'")).toInt(), 10);
    QCOMPARE(m_demo->scalar(QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'notification'")).toInt(), 1);
}

void TestPickPackFlow::everyFocusableWidgetHasAnAccessibleName()
{
    QVERIFY(readyOrder(QStringLiteral("SP-91000031"), 1) > 0);
    QTest::keyClick(m_window.get(), Qt::Key_F2);
    PickScreen* pick = m_window->pickScreen();
    for (bool walking : {false, true}) {
        if (walking) {
            scan(QStringLiteral("SP-91000031"));
            QVERIFY(pick->session());
        }
        const QStringList unnamed = unnamedFocusable(pick);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
    // The Label screen, empty and with an order shown.
    QTest::keyClick(m_window.get(), Qt::Key_F4);
    LabelScreen* label = m_window->labelScreen();
    QVERIFY(label && label->isVisible());
    for (bool shown : {false, true}) {
        if (shown)
            label->selectOrder(
                m_demo->scalar(QStringLiteral("SELECT id FROM orders ORDER BY id LIMIT 1")).toLongLong());
        const QStringList unnamed = unnamedFocusable(label);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }
}

QTEST_MAIN(TestPickPackFlow)
#include "TestPickPackFlow.moc"
