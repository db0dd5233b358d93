// The order table model: pages instead of loading everything, keeps to the model contract while
// fetching and filtering, and counts what the filter matches.

#include "DemoDatabase.h"
#include "OrderCounter.h"
#include "OrderTableModel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace saypro;

class TestOrderTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsOnePageAtATime();
    void pagesAreNewestFirstWithoutGapsOrRepeats();
    void countsTheFilterNotTheRows();
    void setFilterResetsTheModel();
    void countsInTheBackgroundWithACounter();
    void onlyTheLatestBackgroundCountIsReported();
    void keepsTheModelContractWhileFetchingAndFiltering();
    void viewFetchesMoreWhenScrolledToTheEnd();

private:
    static void fetchAll(OrderTableModel& model);
    std::unique_ptr<DemoDatabase> m_demo;
    static constexpr qint64 kOrders = 450; // more than two pages
};

void TestOrderTableModel::initTestCase()
{
    m_demo = std::make_unique<DemoDatabase>(kOrders);
    QVERIFY2(m_demo->isValid(), qPrintable(m_demo->error()));
}

void TestOrderTableModel::fetchAll(OrderTableModel& model)
{
    while (model.canFetchMore(QModelIndex()))
        model.fetchMore(QModelIndex());
}

void TestOrderTableModel::loadsOnePageAtATime()
{
    OrderTableModel model(m_demo->store());
    QCOMPARE(model.rowCount(), OrderTableModel::kPageSize);
    QVERIFY(model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), 2 * OrderTableModel::kPageSize);
    model.fetchMore(QModelIndex());
    QCOMPARE(model.rowCount(), int(kOrders));
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.fetchMore(QModelIndex()); // at the end: nothing more, nothing breaks
    QCOMPARE(model.rowCount(), int(kOrders));
}

void TestOrderTableModel::pagesAreNewestFirstWithoutGapsOrRepeats()
{
    OrderTableModel model(m_demo->store());
    fetchAll(model);
    QCOMPARE(model.rowCount(), int(kOrders));
    for (int row = 0; row < model.rowCount(); ++row) {
        // Demo order numbers follow insertion, so newest first means SP-00000450 down to SP-00000001.
        const QString expected = QStringLiteral("SP-%1").arg(kOrders - row, 8, 10, QLatin1Char('0'));
        QCOMPARE(model.data(model.index(row, OrderTableModel::NumberColumn)).toString(), expected);
        if (row > 0)
            QVERIFY(model.data(model.index(row, 0), OrderTableModel::OrderIdRole).toLongLong() <
                    model.data(model.index(row - 1, 0), OrderTableModel::OrderIdRole).toLongLong());
    }
}

void TestOrderTableModel::countsTheFilterNotTheRows()
{
    OrderTableModel model(m_demo->store());
    QCOMPARE(model.matchingCount(), kOrders);
    QCOMPARE(model.rowCount(), OrderTableModel::kPageSize);

    QSignalSpy counted(&model, &OrderTableModel::matchingCountChanged);
    OrderFilter shipped;
    shipped.status = OrderStatus::Delivered;
    model.setFilter(shipped);
    QCOMPARE(counted.count(), 1);
    const qint64 expected = *m_demo->store().count(shipped);
    QVERIFY(expected > 0);
    QCOMPARE(model.matchingCount(), expected);
    QCOMPARE(counted.first().first().toLongLong(), expected);
    fetchAll(model);
    QCOMPARE(model.rowCount(), int(expected));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.data(model.index(row, 0), OrderTableModel::StatusKeyRole).toString(),
                 QStringLiteral("delivered"));
}

void TestOrderTableModel::setFilterResetsTheModel()
{
    OrderTableModel model(m_demo->store());
    fetchAll(model);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    OrderFilter one;
    one.search = QStringLiteral("SP-00000042");
    model.setFilter(one);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.data(model.index(0, OrderTableModel::NumberColumn)).toString(), QStringLiteral("SP-00000042"));
    QCOMPARE(model.rowOfNumber(QStringLiteral("sp-00000042")), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));

    model.setFilter(OrderFilter{});
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), OrderTableModel::kPageSize);
}

void TestOrderTableModel::countsInTheBackgroundWithACounter()
{
    OrderTableModel model(m_demo->store());
    OrderCounter counter(m_demo->path());
    model.setCounter(&counter);
    OrderFilter delivered;
    delivered.status = OrderStatus::Delivered;
    const qint64 expected = *m_demo->store().count(delivered);
    QVERIFY(expected > OrderTableModel::kPageSize); // more than a page, so it has to be counted

    QSignalSpy counted(&model, &OrderTableModel::matchingCountChanged);
    model.setFilter(delivered);
    QCOMPARE(model.rowCount(), OrderTableModel::kPageSize); // the rows do not wait for the count
    QCOMPARE(model.matchingCount(), -1);
    QVERIFY(model.isCounting());
    QTRY_COMPARE(model.matchingCount(), expected);
    QVERIFY(!model.isCounting());
    QCOMPARE(counted.last().first().toLongLong(), expected);

    // What fits on the first page is counted by the page itself, at once.
    OrderFilter few;
    few.search = QStringLiteral("SP-0000001");
    model.setFilter(few);
    QCOMPARE(model.matchingCount(), 10);
    QVERIFY(!model.isCounting());
}

void TestOrderTableModel::onlyTheLatestBackgroundCountIsReported()
{
    OrderTableModel model(m_demo->store());
    OrderCounter counter(m_demo->path());
    model.setCounter(&counter);
    QSignalSpy counted(&model, &OrderTableModel::matchingCountChanged);
    OrderFilter delivered;
    delivered.status = OrderStatus::Delivered;
    model.setFilter(delivered);
    model.setFilter(OrderFilter{}); // changed before the first count came back
    QTRY_COMPARE(model.matchingCount(), kOrders);
    QList<qint64> reported;
    for (const QList<QVariant>& signal : counted)
        reported << signal.first().toLongLong();
    QCOMPARE(reported, QList<qint64>({-1, -1, kOrders}));
}

void TestOrderTableModel::keepsTheModelContractWhileFetchingAndFiltering()
{
    OrderTableModel model(m_demo->store());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTableView view;
    view.setModel(&model);
    view.resize(800, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.scrollToBottom();
    fetchAll(model);
    view.scrollToBottom();
    for (OrderStatus status : OrderStatuses::all()) {
        OrderFilter filter;
        filter.status = status;
        model.setFilter(filter);
        view.scrollToBottom();
        QCoreApplication::processEvents();
        fetchAll(model);
    }
    OrderFilter search;
    search.search = QStringLiteral("SP-000001"); // a prefix: SP-00000100 .. SP-00000199
    model.setFilter(search);
    QCOMPARE(model.rowCount(), 100);
    search.search = QStringLiteral("no such order anywhere");
    model.setFilter(search);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore(QModelIndex()));
    model.setFilter(OrderFilter{});
    model.fetchMore(QModelIndex());
    model.reload();
    QCOMPARE(model.rowCount(), OrderTableModel::kPageSize);
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestOrderTableModel::viewFetchesMoreWhenScrolledToTheEnd()
{
    // No tester here: it calls fetchMore after every change and would load everything itself.
    OrderTableModel model(m_demo->store());
    QTableView view;
    view.setModel(&model);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(model.rowCount(), OrderTableModel::kPageSize);
    view.scrollToBottom();
    QTRY_COMPARE(model.rowCount(), 2 * OrderTableModel::kPageSize);
    view.scrollToBottom();
    QTRY_COMPARE(model.rowCount(), int(kOrders));
    QVERIFY(!model.canFetchMore(QModelIndex()));
}

QTEST_MAIN(TestOrderTableModel)
#include "TestOrderTableModel.moc"
