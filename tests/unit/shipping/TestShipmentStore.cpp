// ShipmentStore: labelling a packed order (the proposed service, or the packer's choice with a reason, audited),
// one tracking number per parcel committed with the shipment, the marketplace's shipment per parcel in the outbox,
// packed -> labelled; what is refused changes nothing (not packed, used-up range, unknown or disallowed service);
// a void never gives a number out again; the manifest ships the carrier's parcels and then refuses a void.

#include "../TestSupport.h"
#include "common/Clock.h"
#include "shipping/ShipmentStore.h"
#include "shipping/TrackingAllocator.h"
#include "shipping/TrackingNumbers.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace saypro;
using saypro::test::scalarInt;

namespace {

const QString kStation = QStringLiteral("LABEL-01");
const QString kPacker = QStringLiteral("thandi");

} // namespace

class TestShipmentStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void cheapestServiceThatArrivesInTime();
    void labelCommitsNumbersShipmentAndOutbox();
    void everyParcelGetsItsOwnNumber();
    void refusedLabelsChangeNothing();
    void anotherServiceNeedsAReasonAndIsAudited();
    void usedUpRangeRefusesAndChangesNothing();
    void voidNeverGivesANumberOutAgain();
    void manifestShipsAndThenRefusesVoid();
    void cancelledOrderLeavesTheManifestAndCanBeVoided();
    void labelsCarryLinkAndUspsRouting();

private:
    /// A packed order `n` (two blue mugs, 910 g in one parcel, or split over `parcels`) shipping to Soweto from JHB1.
    qint64 packedOrder(int n, int parcels = 1, const QString& country = QStringLiteral("ZA"));
    QString orderStatus(qint64 id) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock{test::utc(2026, 3, 3, 9, 0)};
    std::unique_ptr<ShipmentStore> m_store;
};

void TestShipmentStore::init()
{
    QVERIFY(m_dir.isValid());
    auto db = Database::open(
        m_dir.filePath(QStringLiteral("ship-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    STATION_VERIFY_OK(db);
    m_db = std::move(*db);
    Warehouse jhb{QStringLiteral("JHB1"), QStringLiteral("SayPro Midrand DC"),
                  Address{QStringLiteral("SayPro Midrand DC"), QStringLiteral("1 Allandale Road"), QString(), QString(),
                          QStringLiteral("Midrand"), QStringLiteral("GP"), QStringLiteral("1685"),
                          QStringLiteral("ZA")},
                  QStringLiteral("Africa/Johannesburg")};
    STATION_VERIFY_OK(CatalogueStore(*m_db).upsertWarehouse(jhb));
    m_store = std::make_unique<ShipmentStore>(*m_db, m_clock, kStation, ShippingMethods::builtIn());
}

void TestShipmentStore::cleanup()
{
    m_store.reset();
    m_db.reset();
}

qint64 TestShipmentStore::packedOrder(int n, int parcels, const QString& country)
{
    Order o = test::sampleOrder(n);
    o.status = OrderStatus::Packed;
    o.warehouse = QStringLiteral("JHB1");
    if (country == QLatin1String("US")) {
        o.serviceLevel = ServiceLevel::International;
        o.shipTo = Address{QStringLiteral("Jane Doe"),
                           QStringLiteral("1600 Pennsylvania Ave NW"),
                           QString(),
                           QString(),
                           QStringLiteral("Washington"),
                           QStringLiteral("DC"),
                           QStringLiteral("20500-0003"),
                           QStringLiteral("US")};
    }
    auto id = OrderStore(*m_db, m_clock, kStation).insert(o, QStringLiteral("test"));
    if (!id) {
        qWarning() << id.error().toString();
        return 0;
    }
    const qint64 lineId = scalarInt(*m_db, QStringLiteral("SELECT id FROM order_lines WHERE order_id = %1").arg(*id));
    test::execOrFail(*m_db, QStringLiteral("INSERT INTO shipments (order_id, carrier, service, status, created_at) "
                                           "VALUES (%1, '', 'standard', 'packed', 0)")
                                .arg(*id));
    const qint64 shipment = scalarInt(*m_db, QStringLiteral("SELECT max(id) FROM shipments"));
    for (int p = 1; p <= parcels; ++p) {
        test::execOrFail(*m_db, QStringLiteral("INSERT INTO parcels (shipment_id, order_id, sequence, weight_g) "
                                               "VALUES (%1, %2, %3, %4)")
                                    .arg(shipment)
                                    .arg(*id)
                                    .arg(p)
                                    .arg(910 / parcels));
        const qint64 parcel = scalarInt(*m_db, QStringLiteral("SELECT max(id) FROM parcels"));
        test::execOrFail(*m_db, QStringLiteral("INSERT INTO parcel_items (parcel_id, order_line_id, quantity) "
                                               "VALUES (%1, %2, %3)")
                                    .arg(parcel)
                                    .arg(lineId)
                                    .arg(parcels == 1 ? 2 : 1));
    }
    return *id;
}

QString TestShipmentStore::orderStatus(qint64 id) const
{
    QSqlQuery q(m_db->connection());
    q.exec(QStringLiteral("SELECT status FROM orders WHERE id = %1").arg(id));
    return q.next() ? q.value(0).toString() : QString();
}

void TestShipmentStore::cheapestServiceThatArrivesInTime()
{
    const qint64 id = packedOrder(1);
    auto view = m_store->view(id);
    STATION_VERIFY_OK(view);
    // Soweto is some 40 km from Midrand: local. Tuesday 09:00, ship by Thursday: 2 business days to go, plus the
    // standard promise of 3 after the ship-by date.
    QCOMPARE(view->request.zone, QStringLiteral("local"));
    QCOMPARE(view->request.daysAvailable, 5);
    QCOMPARE(view->request.weightGrams, 910);
    QVERIFY(view->choice.chosen);
    QCOMPARE(view->choice.chosen->service.key, QStringLiteral("post_registered"));
    QVERIFY(view->choice.meetsDate);
    QVERIFY2(view->reason.contains(QStringLiteral("Post Office registered")), qPrintable(view->reason));
    QCOMPARE(view->status, QStringLiteral("packed"));
    QVERIFY(!view->isLabelled());
    QCOMPARE(view->shipFrom.city, QStringLiteral("Midrand"));
}

void TestShipmentStore::labelCommitsNumbersShipmentAndOutbox()
{
    STATION_VERIFY_OK(TrackingAllocator(*m_db, m_clock, kStation).addDefaultRanges(QStringLiteral("admin")));
    const qint64 id = packedOrder(1);
    const qint64 outboxBefore = scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM outbox"));
    auto labelled = m_store->label(id, {}, kPacker);
    STATION_VERIFY_OK(labelled);
    QCOMPARE(labelled->status, QStringLiteral("labelled"));
    QCOMPARE(labelled->carrier, QStringLiteral("s10"));
    QCOMPARE(labelled->parcels.size(), 1);
    const QString number = labelled->parcels.first().trackingNumber;
    const TrackingCheck check = TrackingNumbers::check(number);
    QVERIFY2(check.valid, qPrintable(number));
    QCOMPARE(check.carrier, QStringLiteral("s10"));
    QCOMPARE(orderStatus(id), QStringLiteral("labelled"));
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM tracking_numbers WHERE number = '%1' AND "
                                             "order_id = %2")
                                  .arg(number)
                                  .arg(id)),
             qint64(1));
    // One shipment for the marketplace, plus the status event.
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM outbox")) - outboxBefore, qint64(2));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT path, payload FROM outbox WHERE kind = 'shipment'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("/v1/shipments"));
    const QJsonObject payload = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
    QCOMPARE(payload.value(QLatin1String("tracking_number")).toString(), number);
    QCOMPARE(payload.value(QLatin1String("order_id")).toString(), QStringLiteral("ord_0000000001"));
    QCOMPARE(payload.value(QLatin1String("service")).toString(), QStringLiteral("post_registered"));
    QCOMPARE(payload.value(QLatin1String("parcel_count")).toInt(), 1);
    QCOMPARE(
        payload.value(QLatin1String("lines")).toArray().first().toObject().value(QLatin1String("quantity")).toInt(), 2);
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'labelled'")), qint64(1));
    // The view of a labelled order keeps what was stored.
    auto again = m_store->view(id);
    STATION_VERIFY_OK(again);
    QCOMPARE(again->serviceKey, QStringLiteral("post_registered"));
    QCOMPARE(again->parcels.first().trackingNumber, number);
    QVERIFY(again->labelledAt.isValid());
}

void TestShipmentStore::everyParcelGetsItsOwnNumber()
{
    STATION_VERIFY_OK(TrackingAllocator(*m_db, m_clock, kStation).addDefaultRanges(QStringLiteral("admin")));
    const qint64 id = packedOrder(2, 2);
    auto labelled = m_store->label(id, {}, kPacker);
    STATION_VERIFY_OK(labelled);
    QCOMPARE(labelled->parcels.size(), 2);
    QVERIFY(labelled->parcels.at(0).trackingNumber != labelled->parcels.at(1).trackingNumber);
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'shipment'")), qint64(2));
    auto labels = m_store->labels(*labelled);
    STATION_VERIFY_OK(labels);
    QCOMPARE(labels->size(), 2);
    QCOMPARE(labels->at(1).parcel, 2);
    QCOMPARE(labels->at(1).parcels, 2);
    QCOMPARE(labels->at(1).trackingNumber, labelled->parcels.at(1).trackingNumber);
}

void TestShipmentStore::refusedLabelsChangeNothing()
{
    STATION_VERIFY_OK(TrackingAllocator(*m_db, m_clock, kStation).addDefaultRanges(QStringLiteral("admin")));
    // Not packed yet: no shipment.
    Order picked = test::sampleOrder(7);
    picked.status = OrderStatus::Picked;
    picked.warehouse = QStringLiteral("JHB1");
    auto pickedId = OrderStore(*m_db, m_clock, kStation).insert(picked, QStringLiteral("test"));
    STATION_VERIFY_OK(pickedId);
    const QByteArray before = test::tableFingerprint(
        *m_db, {QStringLiteral("tracking_ranges"), QStringLiteral("outbox"), QStringLiteral("shipments")});
    auto refused = m_store->label(*pickedId, {}, kPacker);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidTransition);
    QVERIFY2(refused.error().message.contains(picked.number), qPrintable(refused.error().message));
    // Labelled already.
    const qint64 id = packedOrder(8);
    STATION_VERIFY_OK(m_store->label(id, {}, kPacker));
    const QByteArray labelled = test::tableFingerprint(
        *m_db, {QStringLiteral("tracking_ranges"), QStringLiteral("outbox"), QStringLiteral("shipments")});
    QVERIFY(before != labelled);
    auto twice = m_store->label(id, {}, kPacker);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, Error::Code::InvalidTransition);
    QCOMPARE(test::tableFingerprint(
                 *m_db, {QStringLiteral("tracking_ranges"), QStringLiteral("outbox"), QStringLiteral("shipments")}),
             labelled);
}

void TestShipmentStore::anotherServiceNeedsAReasonAndIsAudited()
{
    STATION_VERIFY_OK(TrackingAllocator(*m_db, m_clock, kStation).addDefaultRanges(QStringLiteral("admin")));
    const qint64 id = packedOrder(3);
    auto noReason = m_store->label(id, {QStringLiteral("ups_ground"), QString()}, kPacker);
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().code, Error::Code::InvalidArgument);
    auto unknown = m_store->label(id, {QStringLiteral("pigeon_post"), QStringLiteral("faster")}, kPacker);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, Error::Code::InvalidArgument);
    // FedEx International Priority does not serve a local standard order.
    auto notAllowed = m_store->label(id, {QStringLiteral("fedex_express"), QStringLiteral("faster")}, kPacker);
    QVERIFY(!notAllowed);
    QCOMPARE(notAllowed.error().code, Error::Code::InvalidArgument);
    QCOMPARE(orderStatus(id), QStringLiteral("packed"));
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM tracking_numbers")), qint64(0));

    auto chosen = m_store->label(id, {QStringLiteral("ups_ground"), QStringLiteral("customer asked for UPS")}, kPacker);
    STATION_VERIFY_OK(chosen);
    QCOMPARE(chosen->carrier, QStringLiteral("ups"));
    QCOMPARE(chosen->overrideReason, QStringLiteral("customer asked for UPS"));
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT actor, after_json FROM audit_log WHERE action = 'labelled'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), kPacker);
    const QJsonObject after = QJsonDocument::fromJson(q.value(1).toByteArray()).object();
    QCOMPARE(after.value(QLatin1String("proposed")).toString(), QStringLiteral("post_registered"));
    QCOMPARE(after.value(QLatin1String("service")).toString(), QStringLiteral("ups_ground"));
    QCOMPARE(after.value(QLatin1String("override_reason")).toString(), QStringLiteral("customer asked for UPS"));
}

void TestShipmentStore::usedUpRangeRefusesAndChangesNothing()
{
    TrackingRange one;
    one.carrier = QStringLiteral("s10");
    one.name = QStringLiteral("one number");
    one.prefix = QStringLiteral("RR");
    one.suffix = QStringLiteral("ZA");
    one.serialDigits = 8;
    one.firstSerial = 12345678;
    one.lastSerial = 12345678;
    STATION_VERIFY_OK(TrackingAllocator(*m_db, m_clock, kStation).addRange(one, QStringLiteral("admin")));
    const qint64 first = packedOrder(4);
    const qint64 second = packedOrder(5);
    STATION_VERIFY_OK(m_store->label(first, {}, kPacker));
    const QByteArray before = test::tableFingerprint(
        *m_db, {QStringLiteral("tracking_ranges"), QStringLiteral("tracking_numbers"), QStringLiteral("outbox"),
                QStringLiteral("shipments"), QStringLiteral("parcels"), QStringLiteral("orders")});
    auto refused = m_store->label(second, {}, kPacker);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("s10")), qPrintable(refused.error().message));
    QCOMPARE(test::tableFingerprint(*m_db, {QStringLiteral("tracking_ranges"), QStringLiteral("tracking_numbers"),
                                            QStringLiteral("outbox"), QStringLiteral("shipments"),
                                            QStringLiteral("parcels"), QStringLiteral("orders")}),
             before);
    QCOMPARE(orderStatus(second), QStringLiteral("packed"));
}

void TestShipmentStore::voidNeverGivesANumberOutAgain()
{
    STATION_VERIFY_OK(TrackingAllocator(*m_db, m_clock, kStation).addDefaultRanges(QStringLiteral("admin")));
    const qint64 id = packedOrder(6);
    auto first = m_store->label(id, {}, kPacker);
    STATION_VERIFY_OK(first);
    const QString number = first->parcels.first().trackingNumber;
    auto noReason = m_store->voidLabels(id, QStringLiteral("lerato"), QString());
    QVERIFY(!noReason);
    QCOMPARE(orderStatus(id), QStringLiteral("labelled"));
    STATION_VERIFY_OK(m_store->voidLabels(id, QStringLiteral("lerato"), QStringLiteral("box crushed")));
    QCOMPARE(orderStatus(id), QStringLiteral("packed"));
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM tracking_numbers WHERE number = '%1' AND "
                                             "voided_at IS NOT NULL")
                                  .arg(number)),
             qint64(1));
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'label_voided' AND "
                                             "actor = 'lerato'")),
             qint64(1));
    // The voided number's shipment had not reached the marketplace: it is withdrawn.
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM outbox WHERE kind = 'shipment' AND payload LIKE "
                                             "'%%1%'")
                                  .arg(number)),
             qint64(0));
    auto second = m_store->label(id, {}, kPacker);
    STATION_VERIFY_OK(second);
    QVERIFY(second->parcels.first().trackingNumber != number);
    QCOMPARE(orderStatus(id), QStringLiteral("labelled"));
}

void TestShipmentStore::manifestShipsAndThenRefusesVoid()
{
    STATION_VERIFY_OK(TrackingAllocator(*m_db, m_clock, kStation).addDefaultRanges(QStringLiteral("admin")));
    const qint64 a = packedOrder(10);
    const qint64 b = packedOrder(11, 2);
    STATION_VERIFY_OK(m_store->label(a, {}, kPacker));
    STATION_VERIFY_OK(m_store->label(b, {}, kPacker));
    auto waiting = m_store->awaitingManifest();
    STATION_VERIFY_OK(waiting);
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().first, QStringLiteral("s10"));
    QCOMPARE(waiting->first().second, 3);

    auto unknown = m_store->closeManifest(QStringLiteral("pigeon"), kPacker);
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, Error::Code::InvalidArgument);
    auto none = m_store->closeManifest(QStringLiteral("ups"), kPacker);
    QVERIFY(!none);
    QCOMPARE(none.error().code, Error::Code::NotFound);

    auto manifest = m_store->closeManifest(QStringLiteral("s10"), kPacker);
    STATION_VERIFY_OK(manifest);
    QCOMPARE(manifest->rows.size(), 3);
    QCOMPARE(manifest->weightGrams, 910 + 910);
    QCOMPARE(orderStatus(a), QStringLiteral("shipped"));
    QCOMPARE(orderStatus(b), QStringLiteral("shipped"));
    auto refused = m_store->voidLabels(a, QStringLiteral("lerato"), QStringLiteral("too late"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(orderStatus(a), QStringLiteral("shipped"));
    auto again = m_store->closeManifest(QStringLiteral("s10"), kPacker);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::NotFound);

    const QList<QByteArray> csv = ShipmentStore::manifestCsv(*manifest).split('\n');
    QVERIFY(csv.first().startsWith("manifest,carrier,closed_at,order_number,tracking_number"));
    QCOMPARE(csv.size(), 1 + 3 + 1); // header, three parcels, the empty tail after the last CRLF
    auto pdf = ShipmentStore::manifestPdf(*manifest);
    STATION_VERIFY_OK(pdf);
    QVERIFY(pdf->startsWith("%PDF"));
    auto reread = m_store->manifest(manifest->id);
    STATION_VERIFY_OK(reread);
    QCOMPARE(reread->rows.size(), 3);
    auto list = m_store->manifests(10);
    STATION_VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().rows.size(), 3);
}

void TestShipmentStore::cancelledOrderLeavesTheManifestAndCanBeVoided()
{
    STATION_VERIFY_OK(TrackingAllocator(*m_db, m_clock, kStation).addDefaultRanges(QStringLiteral("admin")));
    const qint64 kept = packedOrder(20);
    const qint64 cancelled = packedOrder(21);
    STATION_VERIFY_OK(m_store->label(kept, {}, kPacker));
    STATION_VERIFY_OK(m_store->label(cancelled, {}, kPacker));
    // The marketplace cancels one while its parcel waits for the manifest.
    STATION_VERIFY_OK(OrderStore(*m_db, m_clock, kStation)
                          .transition(cancelled, OrderStatus::Cancelled, QStringLiteral("marketplace")));
    auto waiting = m_store->awaitingManifest();
    STATION_VERIFY_OK(waiting);
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().second, 1);
    auto manifest = m_store->closeManifest(QStringLiteral("s10"), kPacker);
    STATION_VERIFY_OK(manifest);
    QCOMPARE(manifest->rows.size(), 1);
    QCOMPARE(orderStatus(kept), QStringLiteral("shipped"));
    QCOMPARE(orderStatus(cancelled), QStringLiteral("cancelled"));
    // Its label is voided; the order stays cancelled.
    STATION_VERIFY_OK(m_store->voidLabels(cancelled, QStringLiteral("lerato"), QStringLiteral("order cancelled")));
    QCOMPARE(orderStatus(cancelled), QStringLiteral("cancelled"));
    QCOMPARE(scalarInt(*m_db, QStringLiteral("SELECT count(*) FROM tracking_numbers WHERE order_id = %1 AND "
                                             "voided_at IS NOT NULL")
                                  .arg(cancelled)),
             qint64(1));
}

void TestShipmentStore::labelsCarryLinkAndUspsRouting()
{
    STATION_VERIFY_OK(TrackingAllocator(*m_db, m_clock, kStation).addDefaultRanges(QStringLiteral("admin")));
    const qint64 id = packedOrder(12, 1, QStringLiteral("US"));
    auto view = m_store->view(id);
    STATION_VERIFY_OK(view);
    QCOMPARE(view->request.zone, QStringLiteral("international"));
    auto labelled = m_store->label(id, {QStringLiteral("usps_priority"), QStringLiteral("customer's choice")}, kPacker);
    STATION_VERIFY_OK(labelled);
    auto labels = m_store->labels(*labelled);
    STATION_VERIFY_OK(labels);
    const ShippingLabelData& l = labels->first();
    QCOMPARE(l.carrierName, QStringLiteral("USPS"));
    QCOMPARE(l.uspsRoutingZip, QStringLiteral("205000003"));
    QVERIFY2(l.trackingLink.startsWith(QLatin1String("https://tools.usps.com/")), qPrintable(l.trackingLink));
    QVERIFY(l.trackingLink.endsWith(l.trackingNumber));
    QCOMPARE(l.shipFrom.city, QStringLiteral("Midrand"));
    QCOMPARE(l.shipTo.city, QStringLiteral("Washington"));
}

QTEST_MAIN(TestShipmentStore)
#include "TestShipmentStore.moc"
