// What the order details show of intake, over orders taken through the real IntakeService: each
// verification check with ✓/✗, its title and message; the open hold with its kind and reasons; the hold
// history; and the allocation with its outcome, warehouses and message.

#include "DemoDatabase.h"
#include "MainWindow.h"
#include "OrderDetailView.h"
#include "Theme.h"
#include "intake/IntakeService.h"
#include "inventory/InventoryStore.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace saypro;

class TestOrderDetailIntake final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void failedPaymentShowsACrossItsMessageAndTheHold();
    void backorderShowsTheAllocationAndTheStockReasons();
    void allocatedOrderShowsWhereItShipsFromAndTheReleasedHold();
    void withoutIntakeTheSectionsAreHidden();
    void theOrdersScreenShowsIntakeThroughTheWindow();
    void everyFocusableWidgetHasAnAccessibleName();

private:
    /// An order of the demo cache still in intake (new ones first), its payment status set to `payment`.
    qint64 newOrder(int skip, const QString& payment);
    Order load(qint64 id) const;
    void show(qint64 id);
    QString cell(const char* table, int row, int column) const;
    int rowOf(const char* table, int column, const QString& text) const;
    template <typename T> T* find(const char* name) const { return m_view->findChild<T*>(QString::fromLatin1(name)); }

    std::unique_ptr<DemoDatabase> m_demo;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<IntakeService> m_intake;
    std::unique_ptr<OrderDetailView> m_view;
};

void TestOrderDetailIntake::initTestCase()
{
    Theme::apply(*qApp);
}

void TestOrderDetailIntake::init()
{
    m_demo = std::make_unique<DemoDatabase>(300);
    QVERIFY2(m_demo->isValid(), qPrintable(m_demo->error()));
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC));
    m_intake = std::make_unique<IntakeService>(m_demo->database(), *m_clock, DemoDatabase::kStation);
    // No stock but what a test puts there (the demo data brings its own).
    QVERIFY(QSqlQuery(m_demo->database().connection()).exec(QStringLiteral("DELETE FROM stock")));
    m_view = std::make_unique<OrderDetailView>();
    m_view->setIntakeService(m_intake.get());
    m_view->resize(1300, 1000);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestOrderDetailIntake::cleanup()
{
    m_view.reset();
    m_intake.reset();
    m_clock.reset();
    m_demo.reset();
}

qint64 TestOrderDetailIntake::newOrder(int skip, const QString& payment)
{
    const qint64 id = m_demo
                          ->scalar(QStringLiteral("SELECT id FROM orders WHERE status IN ('new', 'verified', 'ready') "
                                                  "ORDER BY status <> 'new', id LIMIT 1 OFFSET %1")
                                       .arg(skip))
                          .toLongLong();
    if (id <= 0)
        return 0;
    QSqlQuery q(m_demo->database().connection());
    q.prepare(QStringLiteral("UPDATE orders SET payment_status = ? WHERE id = ?"));
    q.addBindValue(payment);
    q.addBindValue(id);
    if (!q.exec())
        return 0;
    return id;
}

Order TestOrderDetailIntake::load(qint64 id) const
{
    auto order = m_demo->store().findById(id);
    return order ? *order : Order();
}

void TestOrderDetailIntake::show(qint64 id)
{
    m_view->showOrder(load(id), {});
}

QString TestOrderDetailIntake::cell(const char* table, int row, int column) const
{
    const auto* widget = find<QTableWidget>(table);
    const QTableWidgetItem* item = widget ? widget->item(row, column) : nullptr;
    return item ? item->text() : QString();
}

int TestOrderDetailIntake::rowOf(const char* table, int column, const QString& text) const
{
    const auto* widget = find<QTableWidget>(table);
    for (int row = 0; widget && row < widget->rowCount(); ++row)
        if (widget->item(row, column) && widget->item(row, column)->text() == text)
            return row;
    return -1;
}

void TestOrderDetailIntake::failedPaymentShowsACrossItsMessageAndTheHold()
{
    const qint64 id = newOrder(0, QStringLiteral("pending"));
    QVERIFY(id > 0);
    auto outcome = m_intake->process(id);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
    QCOMPARE(outcome->kind, IntakeOutcome::Kind::Held);
    QVERIFY(outcome->failedChecks.contains(QStringLiteral("payment")));
    auto checks = m_intake->checks(id);
    QVERIFY(checks);
    QString paymentMessage;
    for (const StoredCheck& check : *checks)
        if (check.id == QLatin1String("payment"))
            paymentMessage = check.message;
    QVERIFY(!paymentMessage.isEmpty());

    show(id);
    // Every check, each with a symbol and a word, its title and its message; the failed one first.
    QCOMPARE(find<QTableWidget>("detailChecks")->rowCount(), int(checks->size()));
    const int row = rowOf("detailChecks", 1, QStringLiteral("Payment captured"));
    QCOMPARE(row, 0);
    QCOMPARE(cell("detailChecks", row, 0), QStringLiteral("✗ Failed"));
    QCOMPARE(cell("detailChecks", row, 2), paymentMessage);
    const int nameRow = rowOf("detailChecks", 1, QStringLiteral("Customer name"));
    QVERIFY(nameRow >= 0);
    QCOMPARE(cell("detailChecks", nameRow, 0), QStringLiteral("✓ Passed"));
    QCOMPARE(cell("detailChecks", 1, 1), QStringLiteral("Products known")); // then the verifier's order
    QVERIFY(find<QGroupBox>("detailVerification")->title().contains(QStringLiteral("failed")));

    // The open hold: its kind and its reasons, at the top.
    QVERIFY(find<QFrame>("holdPanel")->isVisible());
    QCOMPARE(find<QLabel>("detailHoldTitle")->text(), QStringLiteral("On hold: Failed verification"));
    const QString reasons = find<QLabel>("detailHoldReasons")->accessibleName();
    QVERIFY2(reasons.contains(QStringLiteral("Payment captured: ") + paymentMessage), qPrintable(reasons));
    // The history lists it as still open.
    QVERIFY(find<QGroupBox>("detailHoldHistory")->isVisible());
    QCOMPARE(find<QTableWidget>("detailHolds")->rowCount(), 1);
    QCOMPARE(cell("detailHolds", 0, 1), QStringLiteral("Failed verification"));
    QCOMPARE(cell("detailHolds", 0, 3), QStringLiteral("Still on hold"));
    // A held order has no allocation.
    QCOMPARE(find<QLabel>("detailAllocationOutcome")->text(), QStringLiteral("Not allocated yet"));
}

void TestOrderDetailIntake::backorderShowsTheAllocationAndTheStockReasons()
{
    const qint64 id = newOrder(1, QStringLiteral("captured"));
    QVERIFY(id > 0);
    auto outcome = m_intake->process(id); // no stock at all
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
    QCOMPARE(outcome->kind, IntakeOutcome::Kind::Backordered);
    auto allocation = m_intake->allocation(id);
    QVERIFY(allocation && allocation->has_value());

    show(id);
    QCOMPARE(find<QLabel>("detailAllocationOutcome")->text(), QStringLiteral("Backorder: not enough stock"));
    QCOMPARE(find<QLabel>("detailAllocationMessage")->text(), (*allocation)->message);
    QVERIFY(!(*allocation)->message.isEmpty());
    QVERIFY(find<QGroupBox>("detailVerification")->title().contains(QStringLiteral("passed")));
    QCOMPARE(find<QLabel>("detailHoldTitle")->text(), QStringLiteral("On hold: Waiting for stock"));
    const Order order = load(id);
    const QString reasons = find<QLabel>("detailHoldReasons")->accessibleName();
    QVERIFY2(reasons.contains(QStringLiteral("Stock: ")) && reasons.contains(order.lines.first().sku),
             qPrintable(reasons));
}

void TestOrderDetailIntake::allocatedOrderShowsWhereItShipsFromAndTheReleasedHold()
{
    const qint64 id = newOrder(2, QStringLiteral("pending"));
    QVERIFY(id > 0);
    QVERIFY(m_intake->process(id)); // held: payment
    // The payment arrives and the stock is there: intake releases the hold and allocates.
    const Order order = load(id);
    InventoryStore inventory(m_demo->database(), *m_clock, DemoDatabase::kStation);
    for (const OrderLine& line : order.lines)
        QVERIFY(inventory.restock(line.sku, QStringLiteral("CPT1-A-01-01-1-01"), line.quantity + 2,
                                  StockReason::Restock, QStringLiteral("test")));
    QSqlQuery q(m_demo->database().connection());
    QVERIFY(q.exec(
        QStringLiteral("UPDATE orders SET payment_status = 'captured', version = version + 1 WHERE id = %1").arg(id)));
    m_clock->advanceSecs(600);
    auto outcome = m_intake->process(id);
    QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().toString()));
    QCOMPARE(outcome->kind, IntakeOutcome::Kind::Ready);

    show(id);
    QCOMPARE(find<QLabel>("detailAllocationOutcome")->text(), QStringLiteral("Whole order from one warehouse"));
    QCOMPARE(find<QLabel>("detailAllocationWarehouses")->text(), QStringLiteral("CPT1"));
    QVERIFY(!find<QFrame>("holdPanel")->isVisible()); // no open hold
    QCOMPARE(find<QTableWidget>("detailHolds")->rowCount(), 1);
    QVERIFY(cell("detailHolds", 0, 3) != QStringLiteral("Still on hold"));
    QVERIFY(!cell("detailHolds", 0, 4).isEmpty()); // why it was released
    const int row = rowOf("detailChecks", 1, QStringLiteral("Payment captured"));
    QCOMPARE(cell("detailChecks", row, 0), QStringLiteral("✓ Passed"));
}

void TestOrderDetailIntake::withoutIntakeTheSectionsAreHidden()
{
    const qint64 id = newOrder(0, QStringLiteral("pending"));
    QVERIFY(m_intake->process(id));
    m_view->setIntakeService(nullptr);
    show(id);
    for (const char* name : {"detailVerification", "detailAllocation", "detailHoldHistory"})
        QVERIFY2(!find<QGroupBox>(name)->isVisible(), name);
    QVERIFY(!find<QFrame>("holdPanel")->isVisible());

    // An order intake has not seen yet says so.
    m_view->setIntakeService(m_intake.get());
    const qint64 unseen = newOrder(3, QStringLiteral("captured"));
    show(unseen);
    QVERIFY(find<QLabel>("detailChecksMessage")->text().contains(QStringLiteral("Not verified yet")));
    QCOMPARE(find<QLabel>("detailAllocationOutcome")->text(), QStringLiteral("Not allocated yet"));
    QVERIFY(!find<QGroupBox>("detailHoldHistory")->isVisible());
}

void TestOrderDetailIntake::theOrdersScreenShowsIntakeThroughTheWindow()
{
    const qint64 id = newOrder(0, QStringLiteral("failed"));
    QVERIFY(m_intake->process(id));
    const QString number = load(id).number;
    MainWindow window(m_demo->store(), DemoDatabase::kStation, m_demo->path());
    window.setIntakeService(m_intake.get());
    window.resize(1500, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showOrder(number));
    auto* title = window.findChild<QLabel*>(QStringLiteral("detailHoldTitle"));
    QVERIFY(title->isVisible());
    QCOMPARE(title->text(), QStringLiteral("On hold: Failed verification"));
    window.setIntakeService(nullptr);
    QVERIFY(!title->isVisible());
}

void TestOrderDetailIntake::everyFocusableWidgetHasAnAccessibleName()
{
    const qint64 id = newOrder(0, QStringLiteral("pending"));
    QVERIFY(m_intake->process(id));
    show(id);
    QStringList unnamed;
    for (QWidget* widget : m_view->findChildren<QWidget*>()) {
        if (widget->focusPolicy() == Qt::NoFocus)
            continue;
        if (widget->accessibleName().trimmed().isEmpty())
            unnamed << QStringLiteral("%1 \"%2\"")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
}

QTEST_MAIN(TestOrderDetailIntake)
#include "TestOrderDetailIntake.moc"
