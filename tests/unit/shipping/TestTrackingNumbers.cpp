// Tracking numbers: the carriers' check digits on REFERENCE's worked examples and on wrong digits, numbers
// composed from every built-in range reading back as valid numbers of the right carrier, malformed ranges, and
// the offline allocator (in order, committed, never twice, not after a void, warning at 90 %, refusal at the end).

#include "../TestSupport.h"
#include "common/Clock.h"
#include "shipping/TrackingAllocator.h"
#include "shipping/TrackingNumbers.h"
#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(saypro::TrackingRange)

using namespace saypro;
using saypro::test::scalarInt;

class TestTrackingNumbers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void composeReadsBack_data();
    void composeReadsBack();
    void malformedRangesAreRefused();
    void allocatorIssuesInOrderAndNeverTwice();
    void nearlyExhaustedWarnsAndExhaustedRefuses();
    void rangesThatOverlapAreRefused();
    void defaultRangesCoverEveryCarrier();
};

void TestTrackingNumbers::check_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("carrier");
    // REFERENCE's worked examples.
    QTest::addRow("ups") << "1Z5R89390357567127" << true << "ups";
    QTest::addRow("usps impb") << "9400111206206406260787" << true << "usps";
    QTest::addRow("fedex express") << "986578788855" << true << "fedex";
    QTest::addRow("fedex ground 96") << "9611020987654312345672" << true << "fedex";
    QTest::addRow("dhl express") << "3318810025" << true << "dhl";
    QTest::addRow("upu s10") << "RR123456785ZA" << true << "s10";
    QTest::addRow("local courier") << "SPX00000000017" << true << "local";
    QTest::addRow("spaces and case") << " 1z5r 8939 0357 5671 27 " << true << "ups";
    // One digit off.
    QTest::addRow("ups wrong check") << "1Z5R89390357567128" << false << "ups";
    QTest::addRow("dhl wrong check") << "3318810026" << false << "dhl";
    QTest::addRow("s10 wrong check") << "RR123456786ZA" << false << "s10";
    QTest::addRow("local wrong check") << "SPX00000000018" << false << "local";
    QTest::addRow("fedex ground wrong check") << "9611020987654312345673" << false << "fedex";
    // Not tracking numbers at all.
    QTest::addRow("gtin") << "4006381333931" << false << "";
    QTest::addRow("order number") << "SP-00012345" << false << "";
    QTest::addRow("empty") << "" << false << "";
    QTest::addRow("local letters") << "SPXABC" << false << "local";
}

void TestTrackingNumbers::check()
{
    QFETCH(QString, number);
    QFETCH(bool, valid);
    QFETCH(QString, carrier);
    const TrackingCheck c = TrackingNumbers::check(number);
    QCOMPARE(c.valid, valid);
    QCOMPARE(c.carrier, carrier);
    QCOMPARE(c.error.isEmpty(), valid);
    if (!valid)
        QVERIFY(!c.detail.isEmpty());
}

void TestTrackingNumbers::composeReadsBack_data()
{
    QTest::addColumn<TrackingRange>("range");
    auto range = [](const char* carrier, const char* prefix, int digits, qint64 first, qint64 last,
                    const char* suffix = "") {
        TrackingRange r;
        r.carrier = QString::fromLatin1(carrier);
        r.name = r.carrier;
        r.prefix = QString::fromLatin1(prefix);
        r.suffix = QString::fromLatin1(suffix);
        r.serialDigits = digits;
        r.firstSerial = first;
        r.lastSerial = last;
        r.nextSerial = first;
        return r;
    };
    QTest::addRow("ups") << range("ups", "5R893903", 7, 0, 9999999);
    QTest::addRow("usps") << range("usps", "94001112062", 10, 0, 9999999999);
    QTest::addRow("fedex") << range("fedex", "78", 9, 0, 999999999);
    QTest::addRow("fedex ground") << range("fedex_ground", "961102098765", 9, 0, 999999999);
    QTest::addRow("dhl") << range("dhl", "33", 7, 0, 9999999);
    QTest::addRow("s10") << range("s10", "RR", 8, 0, 99999999, "ZA");
    QTest::addRow("local") << range("local", "SPX", 10, 0, 9999999999);
}

void TestTrackingNumbers::composeReadsBack()
{
    QFETCH(TrackingRange, range);
    // Many serials, each digit position exercised: every one reads back valid, of the range's carrier.
    for (qint64 serial = range.firstSerial; serial <= range.lastSerial; serial = serial * 7 + 13) {
        auto number = TrackingNumbers::compose(range, serial);
        STATION_VERIFY_OK(number);
        const TrackingCheck c = TrackingNumbers::check(*number);
        QVERIFY2(c.valid, qPrintable(*number + QStringLiteral(": ") + c.detail));
        QCOMPARE(c.carrier, TrackingNumbers::carrierOf(range.carrier));
    }
    // Outside the range: refused.
    QVERIFY(!TrackingNumbers::compose(range, range.lastSerial + 1));
}

void TestTrackingNumbers::malformedRangesAreRefused()
{
    TrackingRange r;
    r.carrier = QStringLiteral("ups");
    r.name = QStringLiteral("bad");
    r.prefix = QStringLiteral("5R89"); // too short: account 6 + service 2
    r.serialDigits = 7;
    r.lastSerial = 10;
    auto n = TrackingNumbers::compose(r, 1);
    QVERIFY(!n);
    QCOMPARE(n.error().code, Error::Code::InvalidArgument);
    r.carrier = QStringLiteral("pigeon");
    QVERIFY(!TrackingNumbers::compose(r, 1));
    r.carrier = QStringLiteral("dhl");
    r.prefix = QStringLiteral("3");
    r.serialDigits = 7; // 8 digits, not 9
    QVERIFY(!TrackingNumbers::compose(r, 1));
}

namespace {
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    ManualClock clock{test::utc(2026, 3, 3, 9, 0)};
    std::unique_ptr<TrackingAllocator> allocator;

    bool open()
    {
        auto opened = Database::open(dir.filePath(QStringLiteral("t.db")));
        if (!opened)
            return false;
        db = std::move(*opened);
        allocator = std::make_unique<TrackingAllocator>(*db, clock, QStringLiteral("ST-01"));
        return true;
    }
    TrackingRange dhl(qint64 first, qint64 last) const
    {
        TrackingRange r;
        r.carrier = QStringLiteral("dhl");
        r.name = QStringLiteral("DHL test");
        r.prefix = QStringLiteral("33");
        r.serialDigits = 7;
        r.firstSerial = first;
        r.lastSerial = last;
        return r;
    }
};
} // namespace

void TestTrackingNumbers::allocatorIssuesInOrderAndNeverTwice()
{
    Fixture f;
    QVERIFY(f.open());
    STATION_VERIFY_OK(f.allocator->addRange(f.dhl(100, 199), QStringLiteral("admin")));
    QStringList numbers;
    for (int i = 0; i < 5; ++i) {
        auto issued = f.allocator->allocate(QStringLiteral("dhl"));
        STATION_VERIFY_OK(issued);
        QCOMPARE(issued->serial, 100 + i);
        QVERIFY(TrackingNumbers::check(issued->number).valid);
        numbers << issued->number;
    }
    QCOMPARE(QSet<QString>(numbers.cbegin(), numbers.cend()).size(), 5);
    // Committed: a second connection (another process) sees them.
    test::RawConnection raw(f.db->path());
    QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM tracking_numbers")).toInt(), 5);
    QCOMPARE(raw.scalar(QStringLiteral("SELECT next_serial FROM tracking_ranges")).toInt(), 105);

    // A void keeps the number; the next one is new.
    STATION_VERIFY_OK(f.allocator->voidNumber(numbers.last(), QStringLiteral("supervisor"), QStringLiteral("damaged")));
    auto next = f.allocator->allocate(QStringLiteral("dhl"));
    STATION_VERIFY_OK(next);
    QVERIFY(!numbers.contains(next->number));
    QCOMPARE(next->serial, 105);
    QVERIFY(!f.allocator->voidNumber(numbers.last(), QStringLiteral("supervisor"), QStringLiteral("again")));
    QCOMPARE(scalarInt(*f.db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'voided'")), 1);

    // A restart (a new allocator over the file) goes on from where the range stands.
    f.allocator = std::make_unique<TrackingAllocator>(*f.db, f.clock, QStringLiteral("ST-01"));
    auto after = f.allocator->allocate(QStringLiteral("dhl"));
    STATION_VERIFY_OK(after);
    QCOMPARE(after->serial, 106);

    auto unknown = f.allocator->allocate(QStringLiteral("pigeon"));
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, Error::Code::InvalidArgument);
}

void TestTrackingNumbers::nearlyExhaustedWarnsAndExhaustedRefuses()
{
    Fixture f;
    QVERIFY(f.open());
    STATION_VERIFY_OK(f.allocator->addRange(f.dhl(1, 10), QStringLiteral("admin")));
    for (int i = 1; i <= 10; ++i) {
        auto issued = f.allocator->allocate(QStringLiteral("dhl"));
        STATION_VERIFY_OK(issued);
        QCOMPARE(issued->left, qint64(10 - i));
        QCOMPARE(issued->nearlyExhausted, i >= 9); // 9 of 10 issued = 90 %
        QCOMPARE(issued->warning.isEmpty(), i < 9);
    }
    auto refused = f.allocator->allocate(QStringLiteral("dhl"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY(refused.error().message.contains(QStringLiteral("add-range")));
    QCOMPARE(scalarInt(*f.db, QStringLiteral("SELECT count(*) FROM tracking_numbers")), 10);

    // A new range carries on.
    STATION_VERIFY_OK(f.allocator->addRange(f.dhl(11, 20), QStringLiteral("admin")));
    auto more = f.allocator->allocate(QStringLiteral("dhl"));
    STATION_VERIFY_OK(more);
    QCOMPARE(more->serial, 11);
}

void TestTrackingNumbers::rangesThatOverlapAreRefused()
{
    Fixture f;
    QVERIFY(f.open());
    STATION_VERIFY_OK(f.allocator->addRange(f.dhl(100, 199), QStringLiteral("admin")));
    auto overlapping = f.allocator->addRange(f.dhl(150, 250), QStringLiteral("admin"));
    QVERIFY(!overlapping);
    QCOMPARE(overlapping.error().code, Error::Code::Conflict);
    TrackingRange bad = f.dhl(1, 99999999); // 8 digits do not fit in 7
    QVERIFY(!f.allocator->addRange(bad, QStringLiteral("admin")));
    QCOMPARE(scalarInt(*f.db, QStringLiteral("SELECT count(*) FROM tracking_ranges")), 1);
}

void TestTrackingNumbers::defaultRangesCoverEveryCarrier()
{
    Fixture f;
    QVERIFY(f.open());
    auto added = f.allocator->addDefaultRanges(QStringLiteral("admin"));
    STATION_VERIFY_OK(added);
    QCOMPARE(*added, int(TrackingNumbers::carrierKeys().size()));
    for (const QString& carrier : TrackingNumbers::carrierKeys()) {
        auto issued = f.allocator->allocate(carrier);
        STATION_VERIFY_OK(issued);
        const TrackingCheck c = TrackingNumbers::check(issued->number);
        QVERIFY2(c.valid, qPrintable(issued->number + QStringLiteral(" ") + c.detail));
        QCOMPARE(c.carrier, TrackingNumbers::carrierOf(carrier));
    }
    // Again: nothing added for carriers that have ranges.
    auto again = f.allocator->addDefaultRanges(QStringLiteral("admin"));
    STATION_VERIFY_OK(again);
    QCOMPARE(*again, 0);
}

QTEST_GUILESS_MAIN(TestTrackingNumbers)
#include "TestTrackingNumbers.moc"
