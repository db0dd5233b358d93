// The fulfilment state machine against an independent, explicit list of allowed transitions taken from
// DESIGN §3 plus the documented extras, checked over every (from, to) pair.

#include "../TestSupport.h"

#include "domain/FulfilmentStateMachine.h"
#include "domain/OrderStatus.h"

#include <QSet>
#include <QTest>

using namespace saypro;

namespace {

using S = OrderStatus;

struct Expected
{
    S from;
    S to;
    bool needsRestock;
};

/// Written out by hand from DESIGN §3, not derived from the table under test.
const QList<Expected>& expectedTransitions()
{
    static const QList<Expected> list = {
        // new -> verified -> ready -> picking -> picked -> packing -> packed -> labelled -> shipped
        //     -> in_transit -> out_for_delivery -> delivered
        {S::New, S::Verified, false},
        {S::Verified, S::Ready, false},
        {S::Ready, S::Picking, false},
        {S::Picking, S::Picked, false},
        {S::Picked, S::Packing, false},
        {S::Packing, S::Packed, false},
        {S::Packed, S::Labelled, false},
        {S::Labelled, S::Shipped, false},
        {S::Shipped, S::InTransit, false},
        {S::InTransit, S::OutForDelivery, false},
        {S::OutForDelivery, S::Delivered, false},
        // new/verified -> on_hold; on_hold -> verified
        {S::New, S::OnHold, false},
        {S::Verified, S::OnHold, false},
        {S::OnHold, S::Verified, false},
        // any state before shipped -> cancelled; a restock task once items left their bins
        {S::New, S::Cancelled, false},
        {S::Verified, S::Cancelled, false},
        {S::OnHold, S::Cancelled, false},
        {S::Ready, S::Cancelled, false},
        {S::Picking, S::Cancelled, true},
        {S::Picked, S::Cancelled, true},
        {S::Packing, S::Cancelled, true},
        {S::Packed, S::Cancelled, true},
        {S::Labelled, S::Cancelled, true},
        // delivered/shipped -> return_requested -> return_received -> inspected -> closed
        {S::Delivered, S::ReturnRequested, false},
        {S::Shipped, S::ReturnRequested, false},
        {S::ReturnRequested, S::ReturnReceived, false},
        {S::ReturnReceived, S::Inspected, false},
        {S::Inspected, S::Closed, false},
        // Extras the table documents:
        // carriers do not always report "out for delivery" before "delivered"
        {S::InTransit, S::Delivered, false},
        // a voided label sends the parcel back to packed
        {S::Labelled, S::Packed, false},
        // stock found short after verification / while picking
        {S::Ready, S::OnHold, false},
        {S::Picking, S::OnHold, false},
        // a return (refusal, recall) asked for while the parcel is still with the carrier
        {S::InTransit, S::ReturnRequested, false},
        {S::OutForDelivery, S::ReturnRequested, false},
    };
    return list;
}

std::optional<Expected> expectedFor(S from, S to)
{
    for (const Expected& e : expectedTransitions())
        if (e.from == from && e.to == to)
            return e;
    return std::nullopt;
}

} // namespace

class TestStateMachine final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPair_data();
    void everyPair();
    void tableHasNoDuplicatesAndOnlyExpectedRows();
    void nextStatusesMatchesTable_data();
    void nextStatusesMatchesTable();
    void everyStatusReachableFromNew();
    void terminalStatuses();
    void cancelNeedsRestockOnlyOnceItemsLeftBins_data();
    void cancelNeedsRestockOnlyOnceItemsLeftBins();
};

void TestStateMachine::everyPair_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<OrderStatus>("to");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<bool>("needsRestock");
    for (S from : OrderStatuses::all())
        for (S to : OrderStatuses::all()) {
            const auto e = expectedFor(from, to);
            QTest::addRow("%s->%s", qPrintable(OrderStatuses::key(from)), qPrintable(OrderStatuses::key(to)))
                << from << to << e.has_value() << (e ? e->needsRestock : false);
        }
}

void TestStateMachine::everyPair()
{
    QFETCH(OrderStatus, from);
    QFETCH(OrderStatus, to);
    QFETCH(bool, allowed);
    QFETCH(bool, needsRestock);

    QCOMPARE(FulfilmentStateMachine::isAllowed(from, to), allowed);
    const Result<Transition> r = FulfilmentStateMachine::validate(from, to);
    QCOMPARE(r.has_value(), allowed);
    if (allowed) {
        QCOMPARE(r->from, from);
        QCOMPARE(r->to, to);
        QCOMPARE(r->needsRestock, needsRestock);
        QVERIFY(FulfilmentStateMachine::nextStatuses(from).contains(to));
        return;
    }
    QCOMPARE(r.error().code, Error::Code::InvalidTransition);
    // The packer's message names both statuses as a person reads them ...
    QVERIFY2(r.error().message.contains(OrderStatuses::displayName(from)), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(OrderStatuses::displayName(to)), qPrintable(r.error().message));
    // ... and the detail names both by key, in order, for the log.
    const QString detail = r.error().detail;
    const qsizetype fromAt = detail.indexOf(OrderStatuses::key(from) + QStringLiteral(" -> "));
    QVERIFY2(fromAt >= 0, qPrintable(detail));
    QVERIFY2(detail.indexOf(QStringLiteral(" -> ") + OrderStatuses::key(to), fromAt) >= 0, qPrintable(detail));
    QVERIFY(!FulfilmentStateMachine::nextStatuses(from).contains(to));
}

void TestStateMachine::tableHasNoDuplicatesAndOnlyExpectedRows()
{
    QSet<QPair<int, int>> seen;
    for (const Transition& t : FulfilmentStateMachine::transitions()) {
        const QPair<int, int> key(int(t.from), int(t.to));
        QVERIFY2(
            !seen.contains(key),
            qPrintable(
                QStringLiteral("duplicate row %1 -> %2").arg(OrderStatuses::key(t.from), OrderStatuses::key(t.to))));
        seen.insert(key);
        QVERIFY2(
            expectedFor(t.from, t.to).has_value(),
            qPrintable(
                QStringLiteral("unexpected row %1 -> %2").arg(OrderStatuses::key(t.from), OrderStatuses::key(t.to))));
        QVERIFY2(t.from != t.to, "a status never transitions to itself");
    }
    QCOMPARE(FulfilmentStateMachine::transitions().size(), expectedTransitions().size());
}

void TestStateMachine::nextStatusesMatchesTable_data()
{
    QTest::addColumn<OrderStatus>("from");
    for (S s : OrderStatuses::all())
        QTest::addRow("%s", qPrintable(OrderStatuses::key(s))) << s;
}

void TestStateMachine::nextStatusesMatchesTable()
{
    QFETCH(OrderStatus, from);
    QSet<OrderStatus> expected;
    for (const Expected& e : expectedTransitions())
        if (e.from == from)
            expected.insert(e.to);
    const QList<OrderStatus> next = FulfilmentStateMachine::nextStatuses(from);
    QCOMPARE(QSet<OrderStatus>(next.cbegin(), next.cend()), expected);
    QCOMPARE(next.size(), expected.size());
}

void TestStateMachine::everyStatusReachableFromNew()
{
    QSet<OrderStatus> reached{S::New};
    QList<OrderStatus> queue{S::New};
    while (!queue.isEmpty()) {
        const S s = queue.takeFirst();
        for (S next : FulfilmentStateMachine::nextStatuses(s))
            if (!reached.contains(next)) {
                reached.insert(next);
                queue.append(next);
            }
    }
    for (S s : OrderStatuses::all())
        QVERIFY2(reached.contains(s), qPrintable(OrderStatuses::key(s)));
}

void TestStateMachine::terminalStatuses()
{
    // Cancelled and closed end an order's life; everything else has somewhere to go.
    for (S s : OrderStatuses::all()) {
        const bool terminal = s == S::Cancelled || s == S::Closed;
        QCOMPARE(FulfilmentStateMachine::nextStatuses(s).isEmpty(), terminal);
    }
    // Nothing may be cancelled once it has left the building.
    for (S s : OrderStatuses::all())
        if (OrderStatuses::hasShipped(s))
            QVERIFY2(!FulfilmentStateMachine::isAllowed(s, S::Cancelled), qPrintable(OrderStatuses::key(s)));
}

void TestStateMachine::cancelNeedsRestockOnlyOnceItemsLeftBins_data()
{
    QTest::addColumn<OrderStatus>("from");
    QTest::addColumn<bool>("needsRestock");
    QTest::addRow("new") << S::New << false;
    QTest::addRow("verified") << S::Verified << false;
    QTest::addRow("on_hold") << S::OnHold << false;
    QTest::addRow("ready") << S::Ready << false;
    QTest::addRow("picking") << S::Picking << true;
    QTest::addRow("picked") << S::Picked << true;
    QTest::addRow("packing") << S::Packing << true;
    QTest::addRow("packed") << S::Packed << true;
    QTest::addRow("labelled") << S::Labelled << true;
}

void TestStateMachine::cancelNeedsRestockOnlyOnceItemsLeftBins()
{
    QFETCH(OrderStatus, from);
    QFETCH(bool, needsRestock);
    const auto r = FulfilmentStateMachine::validate(from, S::Cancelled);
    STATION_VERIFY_OK(r);
    QCOMPARE(r->needsRestock, needsRestock);
    // No other transition asks for a restock.
    for (const Transition& t : FulfilmentStateMachine::transitions())
        if (t.to != S::Cancelled)
            QVERIFY(!t.needsRestock);
}

QTEST_GUILESS_MAIN(TestStateMachine)
#include "TestStateMachine.moc"
