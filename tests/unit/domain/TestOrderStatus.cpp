// Status, service level and payment keys: the stored names round-trip and never collide.

#include "../TestSupport.h"

#include "domain/OrderStatus.h"
#include "domain/ServiceLevel.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace saypro;

class TestOrderStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyRoundTrip_data();
    void keyRoundTrip();
    void allIsCompleteAndDistinct();
    void storedKeys();
    void unknownKeys_data();
    void unknownKeys();
    void hasShipped_data();
    void hasShipped();
    void serviceLevelRoundTrip();
    void paymentStatusRoundTrip();
};

void TestOrderStatus::keyRoundTrip_data()
{
    QTest::addColumn<OrderStatus>("status");
    for (OrderStatus s : OrderStatuses::all())
        QTest::addRow("%s", qPrintable(OrderStatuses::key(s))) << s;
}

void TestOrderStatus::keyRoundTrip()
{
    QFETCH(OrderStatus, status);
    const QString key = OrderStatuses::key(status);
    QVERIFY(!key.isEmpty());
    static const QRegularExpression snake(QStringLiteral("^[a-z]+(_[a-z]+)*$"));
    QVERIFY2(snake.match(key).hasMatch(), qPrintable(key));
    const auto back = OrderStatuses::fromKey(key);
    QVERIFY(back.has_value());
    QCOMPARE(*back, status);
    QVERIFY(!OrderStatuses::displayName(status).isEmpty());
}

void TestOrderStatus::allIsCompleteAndDistinct()
{
    const QList<OrderStatus>& all = OrderStatuses::all();
    QCOMPARE(all.size(), int(OrderStatus::Closed) + 1);
    QSet<QString> keys;
    QSet<QString> names;
    for (int i = 0; i < all.size(); ++i) {
        QCOMPARE(int(all.at(i)), i); // every enumerator, in the order of the flow
        keys.insert(OrderStatuses::key(all.at(i)));
        names.insert(OrderStatuses::displayName(all.at(i)));
    }
    QCOMPARE(keys.size(), all.size());
    QCOMPARE(names.size(), all.size());
}

void TestOrderStatus::storedKeys()
{
    // These strings are in databases and the marketplace API: they never change.
    QCOMPARE(OrderStatuses::key(OrderStatus::New), QStringLiteral("new"));
    QCOMPARE(OrderStatuses::key(OrderStatus::OnHold), QStringLiteral("on_hold"));
    QCOMPARE(OrderStatuses::key(OrderStatus::InTransit), QStringLiteral("in_transit"));
    QCOMPARE(OrderStatuses::key(OrderStatus::OutForDelivery), QStringLiteral("out_for_delivery"));
    QCOMPARE(OrderStatuses::key(OrderStatus::ReturnRequested), QStringLiteral("return_requested"));
    QCOMPARE(OrderStatuses::key(OrderStatus::ReturnReceived), QStringLiteral("return_received"));
    QCOMPARE(OrderStatuses::key(OrderStatus::Inspected), QStringLiteral("inspected"));
    QCOMPARE(OrderStatuses::key(OrderStatus::Closed), QStringLiteral("closed"));
}

void TestOrderStatus::unknownKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addRow("empty") << "";
    QTest::addRow("upper case") << "NEW";
    QTest::addRow("display name") << "Out for delivery";
    QTest::addRow("hyphen") << "in-transit";
    QTest::addRow("padded") << " new";
    QTest::addRow("delayed is not a status") << "delayed";
}

void TestOrderStatus::unknownKeys()
{
    QFETCH(QString, key);
    QVERIFY(!OrderStatuses::fromKey(key).has_value());
}

void TestOrderStatus::hasShipped_data()
{
    QTest::addColumn<OrderStatus>("status");
    QTest::addColumn<bool>("shipped");
    using S = OrderStatus;
    for (S s : {S::New, S::Verified, S::OnHold, S::Ready, S::Picking, S::Picked, S::Packing, S::Packed, S::Labelled,
                S::Cancelled})
        QTest::addRow("%s", qPrintable(OrderStatuses::key(s))) << s << false;
    for (S s : {S::Shipped, S::InTransit, S::OutForDelivery, S::Delivered, S::ReturnRequested, S::ReturnReceived,
                S::Inspected, S::Closed})
        QTest::addRow("%s", qPrintable(OrderStatuses::key(s))) << s << true;
}

void TestOrderStatus::hasShipped()
{
    QFETCH(OrderStatus, status);
    QFETCH(bool, shipped);
    QCOMPARE(OrderStatuses::hasShipped(status), shipped);
}

void TestOrderStatus::serviceLevelRoundTrip()
{
    QSet<QString> keys;
    for (ServiceLevel l : ServiceLevels::all()) {
        const QString key = ServiceLevels::key(l);
        QVERIFY(!key.isEmpty());
        keys.insert(key);
        QCOMPARE(ServiceLevels::fromKey(key), std::optional<ServiceLevel>(l));
        QVERIFY(!ServiceLevels::displayName(l).isEmpty());
    }
    QCOMPARE(keys.size(), 4);
    QCOMPARE(ServiceLevels::key(ServiceLevel::SameDay), QStringLiteral("same_day"));
    QVERIFY(!ServiceLevels::fromKey(QStringLiteral("overnight")).has_value());
}

void TestOrderStatus::paymentStatusRoundTrip()
{
    for (PaymentStatus s : {PaymentStatus::Captured, PaymentStatus::Pending, PaymentStatus::Failed}) {
        const QString key = PaymentStatuses::key(s);
        QVERIFY(!key.isEmpty());
        QCOMPARE(PaymentStatuses::fromKey(key), std::optional<PaymentStatus>(s));
        QVERIFY(!PaymentStatuses::displayName(s).isEmpty());
    }
    QVERIFY(!PaymentStatuses::fromKey(QStringLiteral("refunded")).has_value());
}

QTEST_GUILESS_MAIN(TestOrderStatus)
#include "TestOrderStatus.moc"
