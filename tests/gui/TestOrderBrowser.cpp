// The Orders screen driven as a person drives it: typing and scanning into the search field,
// choosing a status, moving through the table with the keyboard and reading the detail pane.

#include "DemoDatabase.h"
#include "OrderBrowser.h"
#include "OrderDetailView.h"
#include "OrderTableModel.h"
#include "domain/ServiceLevel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace saypro;

class TestOrderBrowser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void typedOrderNumberShowsExactlyThatOrder();
    void typingWaitsForAPauseAndEnterSearchesAtOnce();
    void bareDigitsFindTheOrder();
    void statusFilterShowsOnlyThatStatus_data();
    void statusFilterShowsOnlyThatStatus();
    void selectedOrderShowsItsLinesTotalsAndTimeline();
    void arrowKeysMoveTheDetailPane();
    void specialInstructionsAreShownOrNone();
    void searchBySkuFindsEveryOrderWithIt();
    void searchByTrackingNumberFindsTheShippedOrder();
    void searchWithoutMatchesSaysSo();
    void escapeClearsTheSearch();

private:
    QLineEdit* search() const { return m_browser->findChild<QLineEdit*>(QStringLiteral("orderSearch")); }
    QComboBox* statusFilter() const { return m_browser->findChild<QComboBox*>(QStringLiteral("statusFilter")); }
    QTableView* table() const { return m_browser->findChild<QTableView*>(QStringLiteral("orderTable")); }
    OrderDetailView* detail() const { return m_browser->findChild<OrderDetailView*>(QStringLiteral("orderDetail")); }
    QString detailText(const char* objectName) const;
    QString numberAt(int row) const;
    void fetchAll() const;
    void typeSearch(const QString& text);

    std::unique_ptr<DemoDatabase> m_demo;
    std::unique_ptr<OrderBrowser> m_browser;
    static constexpr qint64 kOrders = 300;
};

void TestOrderBrowser::initTestCase()
{
    m_demo = std::make_unique<DemoDatabase>(kOrders);
    QVERIFY2(m_demo->isValid(), qPrintable(m_demo->error()));
}

void TestOrderBrowser::init()
{
    // With the database path, as the station runs it: large counts on the counter's worker thread.
    m_browser = std::make_unique<OrderBrowser>(m_demo->store(), m_demo->path());
    m_browser->resize(1400, 900);
    m_browser->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_browser.get()));
    QVERIFY(search());
    QVERIFY(statusFilter());
    QVERIFY(table());
    QVERIFY(detail());
}

void TestOrderBrowser::cleanup()
{
    m_browser.reset();
}

QString TestOrderBrowser::detailText(const char* objectName) const
{
    const auto* label = detail()->findChild<QLabel*>(QString::fromLatin1(objectName));
    return label ? label->text() : QString();
}

QString TestOrderBrowser::numberAt(int row) const
{
    return table()->model()->index(row, OrderTableModel::NumberColumn).data().toString();
}

void TestOrderBrowser::fetchAll() const
{
    QAbstractItemModel* model = table()->model();
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
}

void TestOrderBrowser::typeSearch(const QString& text)
{
    search()->setFocus();
    search()->selectAll();
    QTest::keyClicks(search(), text);
}

void TestOrderBrowser::typedOrderNumberShowsExactlyThatOrder()
{
    QCOMPARE(table()->model()->rowCount(), OrderTableModel::kPageSize);
    typeSearch(QStringLiteral("SP-00000123"));
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(numberAt(0), QStringLiteral("SP-00000123"));
    QCOMPARE(m_browser->matchingCount(), 1);
    // One match is shown at once, ready to read.
    QTRY_COMPARE(detail()->orderNumber(), QStringLiteral("SP-00000123"));
    QCOMPARE(detailText("detailNumber"), QStringLiteral("SP-00000123"));
}

void TestOrderBrowser::typingWaitsForAPauseAndEnterSearchesAtOnce()
{
    QSignalSpy reset(table()->model(), &QAbstractItemModel::modelReset);
    typeSearch(QStringLiteral("SP-0000020"));
    QCOMPARE(reset.count(), 0); // not on every keystroke
    QTRY_COMPARE(reset.count(), 1);
    QCOMPARE(table()->model()->rowCount(), 10); // SP-00000200 .. SP-00000209

    QTest::keyClicks(search(), QStringLiteral("7"));
    QCOMPARE(reset.count(), 1);
    QTest::keyClick(search(), Qt::Key_Return);
    QCOMPARE(reset.count(), 2); // Enter does not wait
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(numberAt(0), QStringLiteral("SP-00000207"));
}

void TestOrderBrowser::bareDigitsFindTheOrder()
{
    typeSearch(QStringLiteral("77"));
    QTest::keyClick(search(), Qt::Key_Return);
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(numberAt(0), QStringLiteral("SP-00000077"));
}

void TestOrderBrowser::statusFilterShowsOnlyThatStatus_data()
{
    QTest::addColumn<int>("status");
    for (OrderStatus status : OrderStatuses::all())
        QTest::addRow("%s", qPrintable(OrderStatuses::key(status))) << int(status);
}

void TestOrderBrowser::statusFilterShowsOnlyThatStatus()
{
    QFETCH(int, status);
    const auto wanted = OrderStatus(status);
    const int index = statusFilter()->findText(OrderStatuses::displayName(wanted));
    QVERIFY(index > 0);
    QSignalSpy counts(m_browser.get(), &OrderBrowser::countsChanged);
    statusFilter()->setCurrentIndex(index);

    OrderFilter filter;
    filter.status = wanted;
    const qint64 expected = *m_demo->store().count(filter);
    QTRY_COMPARE(m_browser->matchingCount(), expected);
    QVERIFY(!counts.isEmpty());
    QCOMPARE(counts.last().at(0).toLongLong(), kOrders);
    QCOMPARE(counts.last().at(1).toLongLong(), expected);
    QCOMPARE(counts.last().at(2).toBool(), true);

    fetchAll();
    QAbstractItemModel* model = table()->model();
    QCOMPARE(model->rowCount(), int(expected));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, OrderTableModel::StatusColumn).data().toString(),
                 OrderStatuses::displayName(wanted));

    statusFilter()->setCurrentIndex(0);
    QTRY_COMPARE(m_browser->matchingCount(), kOrders);
}

void TestOrderBrowser::selectedOrderShowsItsLinesTotalsAndTimeline()
{
    // A delivered order has the longest timeline.
    statusFilter()->setCurrentIndex(statusFilter()->findText(OrderStatuses::displayName(OrderStatus::Delivered)));
    QVERIFY(table()->model()->rowCount() > 2);
    table()->setCurrentIndex(table()->model()->index(2, OrderTableModel::CustomerColumn));
    const QString number = numberAt(2);
    QTRY_COMPARE(detail()->orderNumber(), number);

    const Order order = *m_demo->store().findByNumber(number);
    const QList<StatusChange> history = *m_demo->store().history(number);
    QCOMPARE(detailText("detailNumber"), number);
    QCOMPARE(detailText("detailStatus"), OrderStatuses::displayName(OrderStatus::Delivered));

    auto* lines = detail()->findChild<QTableWidget*>(QStringLiteral("detailLines"));
    QVERIFY(lines);
    QVERIFY(lines->isVisible());
    QCOMPARE(lines->rowCount(), int(order.lines.size()));
    for (int row = 0; row < order.lines.size(); ++row) {
        QCOMPARE(lines->item(row, 0)->text(), order.lines.at(row).sku);
        QCOMPARE(lines->item(row, 1)->text(), order.lines.at(row).gtin);
        QVERIFY(lines->item(row, 2)->text().startsWith(order.lines.at(row).name));
        QCOMPARE(lines->item(row, 3)->text(), QString::number(order.lines.at(row).quantity));
        QCOMPARE(lines->item(row, 5)->text(), Money(order.lines.at(row).totalMinor(), order.currency).format());
    }
    // Every line of the table is visible at once: the pane scrolls, the table does not.
    QVERIFY(lines->viewport()->height() >= lines->rowCount() * lines->rowHeight(0));

    const auto* totals = detail()->findChild<QWidget*>(QStringLiteral("detailTotals"));
    QVERIFY(totals);
    bool totalShown = false;
    for (const QLabel* label : totals->findChildren<QLabel*>())
        totalShown = totalShown || label->text() == Money(order.totalMinor, order.currency).format();
    QVERIFY(totalShown);

    auto* timeline = detail()->findChild<QTableWidget*>(QStringLiteral("detailTimeline"));
    QVERIFY(timeline);
    QVERIFY(history.size() >= 10); // created, verified ... delivered
    QCOMPARE(timeline->rowCount(), int(history.size()));
    QVERIFY(timeline->item(0, 1)->text().contains(OrderStatuses::displayName(OrderStatus::New)));
    const QString last = timeline->item(timeline->rowCount() - 1, 1)->text();
    QVERIFY2(last.contains(OrderStatuses::displayName(OrderStatus::OutForDelivery)) &&
                 last.contains(OrderStatuses::displayName(OrderStatus::Delivered)),
             qPrintable(last));
    QCOMPARE(timeline->item(1, 3)->text(), history.at(1).station);
    QCOMPARE(timeline->item(1, 2)->text(), history.at(1).actor);

    bool serviceShown = false;
    for (const QLabel* label : detail()->findChild<QWidget*>(QStringLiteral("detailFacts"))->findChildren<QLabel*>())
        serviceShown = serviceShown || label->text() == ServiceLevels::displayName(order.serviceLevel);
    QVERIFY(serviceShown);
    QVERIFY(detailText("detailAddress").contains(order.shipTo.line1));
}

void TestOrderBrowser::arrowKeysMoveTheDetailPane()
{
    table()->setFocus();
    QTRY_COMPARE(detail()->orderNumber(), numberAt(0)); // the newest order is shown first
    QTest::keyClick(table(), Qt::Key_Down);
    QCOMPARE(table()->currentIndex().row(), 1);
    QCOMPARE(detail()->orderNumber(), numberAt(1));
    QTest::keyClick(table(), Qt::Key_Down);
    QTest::keyClick(table(), Qt::Key_Down);
    QCOMPARE(detail()->orderNumber(), numberAt(3));
    QTest::keyClick(table(), Qt::Key_Up);
    QCOMPARE(detail()->orderNumber(), numberAt(2));

    // From the search field, Down goes to the results.
    typeSearch(QStringLiteral("SP-0000011"));
    QTest::keyClick(search(), Qt::Key_Return);
    QCOMPARE(table()->model()->rowCount(), 10);
    QTest::keyClick(search(), Qt::Key_Down);
    QTRY_VERIFY(table()->hasFocus());
    QTest::keyClick(table(), Qt::Key_Down);
    QCOMPARE(detail()->orderNumber(), QStringLiteral("SP-00000118"));
}

void TestOrderBrowser::specialInstructionsAreShownOrNone()
{
    QString withNumber;
    QString withoutNumber;
    for (qint64 i = kOrders; i >= 1 && (withNumber.isEmpty() || withoutNumber.isEmpty()); --i) {
        const QString number = QStringLiteral("SP-%1").arg(i, 8, 10, QLatin1Char('0'));
        const Order order = *m_demo->store().findByNumber(number);
        if (!order.instructions.giftMessage.isEmpty() && withNumber.isEmpty())
            withNumber = number;
        if (order.instructions.isEmpty() && withoutNumber.isEmpty())
            withoutNumber = number;
    }
    QVERIFY2(!withNumber.isEmpty(), "the demo data should have a gift message");
    QVERIFY(m_browser->showOrder(withNumber));
    const Order gift = *m_demo->store().findByNumber(withNumber);
    const QString shown = detailText("detailInstructionsText");
    QVERIFY2(shown.contains(QStringLiteral("Gift wrap")), qPrintable(shown));
    QVERIFY2(shown.contains(gift.instructions.giftMessage.toHtmlEscaped()), qPrintable(shown));

    QVERIFY(m_browser->showOrder(withoutNumber));
    QCOMPARE(detailText("detailInstructionsText"), QStringLiteral("None"));
}

void TestOrderBrowser::searchBySkuFindsEveryOrderWithIt()
{
    const Order sample = *m_demo->store().findByNumber(QStringLiteral("SP-00000150"));
    const QString sku = sample.lines.first().sku;
    typeSearch(sku);
    QTest::keyClick(search(), Qt::Key_Return);
    OrderFilter filter;
    filter.search = sku;
    const qint64 expected = *m_demo->store().count(filter);
    QVERIFY(expected >= 1);
    QTRY_COMPARE(m_browser->matchingCount(), expected);
    fetchAll();
    QAbstractItemModel* model = table()->model();
    QCOMPARE(model->rowCount(), int(expected));
    bool sampleFound = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Order order = *m_demo->store().findByNumber(numberAt(row));
        const bool hasSku =
            std::any_of(order.lines.cbegin(), order.lines.cend(), [&](const OrderLine& l) { return l.sku == sku; });
        QVERIFY2(hasSku, qPrintable(order.number));
        sampleFound = sampleFound || order.number == sample.number;
    }
    QVERIFY(sampleFound);

    // The GTIN of the same product finds the same orders.
    typeSearch(sample.lines.first().gtin);
    QTest::keyClick(search(), Qt::Key_Return);
    QTRY_COMPARE(m_browser->matchingCount(), expected);
}

void TestOrderBrowser::searchByTrackingNumberFindsTheShippedOrder()
{
    const QString tracking =
        m_demo->scalar(QStringLiteral("SELECT tracking_number FROM parcels ORDER BY id LIMIT 1 OFFSET 7")).toString();
    const QString number =
        m_demo
            ->scalar(QStringLiteral(
                "SELECT o.number FROM parcels p JOIN orders o ON o.id = p.order_id ORDER BY p.id LIMIT 1 OFFSET 7"))
            .toString();
    QVERIFY(!tracking.isEmpty());
    typeSearch(tracking);
    QTRY_COMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(numberAt(0), number);
    QTRY_COMPARE(detail()->orderNumber(), number);
    QVERIFY(OrderStatuses::hasShipped(m_demo->store().findByNumber(number)->status));
}

void TestOrderBrowser::searchWithoutMatchesSaysSo()
{
    typeSearch(QStringLiteral("Nobody-By-This-Name"));
    QTest::keyClick(search(), Qt::Key_Return);
    QCOMPARE(table()->model()->rowCount(), 0);
    QCOMPARE(m_browser->matchingCount(), 0);
    QCOMPARE(detail()->orderNumber(), QString());
    const auto* result = m_browser->findChild<QLabel*>(QStringLiteral("resultCount"));
    QVERIFY(result);
    QCOMPARE(result->text(), QStringLiteral("No orders match"));
}

void TestOrderBrowser::escapeClearsTheSearch()
{
    typeSearch(QStringLiteral("SP-00000042"));
    QTest::keyClick(search(), Qt::Key_Return);
    QCOMPARE(table()->model()->rowCount(), 1);
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Escape);
    QCOMPARE(search()->text(), QString());
    QCOMPARE(table()->model()->rowCount(), OrderTableModel::kPageSize);
    QTRY_COMPARE(m_browser->matchingCount(), kOrders);
    QVERIFY(search()->hasFocus());
}

QTEST_MAIN(TestOrderBrowser)
#include "TestOrderBrowser.moc"
