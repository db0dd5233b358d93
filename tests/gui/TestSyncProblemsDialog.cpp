// The supervisor's list of sync problems over a station database: what it shows of each problem,
// the detail of the selected one, and "Mark resolved" taking it off the list for good.

#include "DemoDatabase.h"
#include "SyncProblemModel.h"
#include "SyncProblemsDialog.h"
#include "storage/Outbox.h"
#include "storage/SyncStore.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace saypro;

class TestSyncProblemsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsEachOpenProblem();
    void selectedProblemShowsItsDetail();
    void markResolvedTakesItOffTheList();
    void emptyListSaysSo();
    void everyControlHasAnAccessibleName();

private:
    /// Queues an event for order `number` and records the marketplace's refusal of it.
    void refuse(const QString& number, int httpStatus, const QString& message, const QString& detail);
    QTableView* table() const { return m_dialog->findChild<QTableView*>(QStringLiteral("syncProblemTable")); }
    QString summary() const { return m_dialog->findChild<QLabel*>(QStringLiteral("syncProblemsSummary"))->text(); }

    std::unique_ptr<DemoDatabase> m_demo;
    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<SyncStore> m_store;
    std::unique_ptr<SyncProblemsDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSyncProblemsDialog::init()
{
    m_demo = std::make_unique<DemoDatabase>(20);
    QVERIFY2(m_demo->isValid(), qPrintable(m_demo->error()));
    m_clock = std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(11, 0), Qt::UTC));
    m_store = std::make_unique<SyncStore>(m_demo->database(), *m_clock, DemoDatabase::kStation);
    refuse(QStringLiteral("SP-00000003"), 422, QStringLiteral("The request is not valid."),
           QStringLiteral("status: 'teleported' is not one of the allowed values"));
    m_clock->advanceSecs(60);
    refuse(QStringLiteral("SP-00000007"), 409, QStringLiteral("The order was cancelled on the marketplace."),
           QStringLiteral("order ord_7 is cancelled"));
    m_dialog = std::make_unique<SyncProblemsDialog>(m_store.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(m_dialog->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestSyncProblemsDialog::cleanup()
{
    m_tester.reset();
    m_dialog.reset();
    m_store.reset();
    m_clock.reset();
    m_demo.reset();
}

void TestSyncProblemsDialog::refuse(const QString& number, int httpStatus, const QString& message,
                                    const QString& detail)
{
    const qint64 orderId =
        m_demo->scalar(QStringLiteral("SELECT id FROM orders WHERE number = '%1'").arg(number)).toLongLong();
    QVERIFY(orderId > 0);
    {
        Transaction tx(m_demo->database());
        QVERIFY(tx.begin());
        QVERIFY(Outbox(m_demo->database(), *m_clock)
                    .enqueue(orderId, QStringLiteral("order_event"), QStringLiteral("/v1/orders/x/events"),
                             QJsonObject{{QStringLiteral("type"), QStringLiteral("teleported")}}));
        QVERIFY(tx.commit());
    }
    const auto rows = m_store->sendable(10, {});
    QVERIFY(rows);
    const auto row = std::ranges::find_if(*rows, [orderId](const OutboxRow& r) { return r.orderId == orderId; });
    QVERIFY(row != rows->end());
    QVERIFY(m_store->markRejected(*row, httpStatus, QByteArray("{}"), message, detail));
}

void TestSyncProblemsDialog::listsEachOpenProblem()
{
    SyncProblemModel* model = m_dialog->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(summary(), QStringLiteral("2 open problems"));
    QCOMPARE(model->index(0, SyncProblemModel::OrderColumn).data().toString(), QStringLiteral("SP-00000003"));
    QCOMPARE(model->index(0, SyncProblemModel::HttpStatusColumn).data().toString(), QStringLiteral("422"));
    QCOMPARE(model->index(0, SyncProblemModel::MessageColumn).data().toString(),
             QStringLiteral("The request is not valid."));
    QVERIFY(!model->index(0, SyncProblemModel::TimeColumn).data().toString().isEmpty());
    QCOMPARE(model->index(1, SyncProblemModel::OrderColumn).data().toString(), QStringLiteral("SP-00000007"));
    QCOMPARE(model->index(1, SyncProblemModel::HttpStatusColumn).data(Qt::AccessibleTextRole).toString(),
             QStringLiteral("HTTP status 409"));
    QCOMPARE(model->headerData(SyncProblemModel::HttpStatusColumn, Qt::Horizontal).toString(),
             QStringLiteral("HTTP status"));
}

void TestSyncProblemsDialog::selectedProblemShowsItsDetail()
{
    const auto* detail = m_dialog->findChild<QPlainTextEdit*>(QStringLiteral("syncProblemDetail"));
    QCOMPARE(table()->currentIndex().row(), 0);
    QVERIFY(detail->toPlainText().contains(QStringLiteral("'teleported' is not one of the allowed values")));
    QVERIFY(detail->toPlainText().contains(QStringLiteral("Rejected by the marketplace")));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Down);
    QVERIFY(detail->toPlainText().contains(QStringLiteral("order ord_7 is cancelled")));
    QVERIFY(detail->toPlainText().contains(QStringLiteral("HTTP status: 409")));
}

void TestSyncProblemsDialog::markResolvedTakesItOffTheList()
{
    QSignalSpy changed(m_dialog.get(), &SyncProblemsDialog::openProblemsChanged);
    auto* resolve = m_dialog->findChild<QPushButton*>(QStringLiteral("markResolvedButton"));
    QVERIFY(resolve->isEnabled());
    QTest::mouseClick(resolve, Qt::LeftButton);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toInt(), 1);
    QCOMPARE(m_dialog->model()->rowCount(), 1);
    QCOMPARE(m_dialog->model()->index(0, SyncProblemModel::OrderColumn).data().toString(),
             QStringLiteral("SP-00000007"));
    QCOMPARE(summary(), QStringLiteral("1 open problem"));
    // For good: read again from the database, it is not there.
    m_dialog->reload();
    QCOMPARE(m_dialog->model()->rowCount(), 1);
    QCOMPARE(*m_store->openProblemCount(), 1);
}

void TestSyncProblemsDialog::emptyListSaysSo()
{
    QVERIFY(m_dialog->resolveSelected());
    QVERIFY(m_dialog->resolveSelected());
    QCOMPARE(m_dialog->model()->rowCount(), 0);
    QCOMPARE(summary(), QStringLiteral("There are no open sync problems."));
    QVERIFY(!m_dialog->findChild<QPushButton*>(QStringLiteral("markResolvedButton"))->isEnabled());
    QVERIFY(!m_dialog->resolveSelected());
}

void TestSyncProblemsDialog::everyControlHasAnAccessibleName()
{
    for (QWidget* widget : m_dialog->findChildren<QWidget*>())
        if (widget->focusPolicy() != Qt::NoFocus && widget->isVisible())
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName()));
}

QTEST_MAIN(TestSyncProblemsDialog)
#include "TestSyncProblemsDialog.moc"
