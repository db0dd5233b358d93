// Backoff: the full-jitter formula random(0, min(cap, base * 2^attempt)) with a predictable random
// source, no overflow at large attempts, and Retry-After read as seconds or as an HTTP date.

#include "sync/Backoff.h"

#include "../TestSupport.h"

#include <QTest>

using namespace saypro;
using namespace saypro::test;

class TestBackoff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ceilingDoublesUpToTheCap_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("ceiling");
        QTest::addRow("0") << 0 << qint64(100);
        QTest::addRow("1") << 1 << qint64(200);
        QTest::addRow("2") << 2 << qint64(400);
        QTest::addRow("5") << 5 << qint64(3200);
        QTest::addRow("6 capped") << 6 << qint64(5000);
        QTest::addRow("62 capped, no overflow") << 62 << qint64(5000);
        QTest::addRow("100000 capped, no overflow") << 100000 << qint64(5000);
        QTest::addRow("negative as 0") << -3 << qint64(100);
    }
    void ceilingDoublesUpToTheCap()
    {
        QFETCH(int, attempt);
        QFETCH(qint64, ceiling);
        const Backoff b(100, 5000, [] { return 0.0; });
        QCOMPARE(b.ceilingMs(attempt), ceiling);
    }

    void delayIsFullJitterBetweenZeroAndTheCeiling()
    {
        double r = 0.0;
        const Backoff b(100, 5000, [&r] { return r; });
        r = 0.0;
        QCOMPARE(b.delayMs(3), qint64(0));
        r = 0.5;
        QCOMPARE(b.delayMs(3), qint64(400)); // 0.5 * 801, truncated
        r = 0.999999;
        QCOMPARE(b.delayMs(3), qint64(800));
        r = 1.0; // a source that breaks its contract still stays within the ceiling
        QCOMPARE(b.delayMs(3), qint64(800));
        r = 0.25;
        QCOMPARE(b.delayMs(10), qint64(1250));
    }

    void defaultRandomStaysInRange()
    {
        const Backoff b(50, 1000);
        for (int attempt = 0; attempt < 12; ++attempt) {
            for (int i = 0; i < 200; ++i) {
                const qint64 d = b.delayMs(attempt);
                QVERIFY(d >= 0);
                QVERIFY(d <= b.ceilingMs(attempt));
            }
        }
    }

    void retryAfterWinsOverTheJitter()
    {
        const Backoff b(100, 5000, [] { return 0.9; });
        QCOMPARE(b.delayMs(2, std::optional<qint64>(7000)), qint64(7000));
        QCOMPARE(b.delayMs(2, std::optional<qint64>(0)), qint64(0));
        QCOMPARE(b.delayMs(2, std::nullopt), b.delayMs(2));
    }

    void parsesRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: nothing
        QTest::addRow("seconds") << QByteArray("3") << qint64(3000);
        QTest::addRow("zero") << QByteArray("0") << qint64(0);
        QTest::addRow("spaces") << QByteArray(" 12 ") << qint64(12000);
        QTest::addRow("huge is capped at a day") << QByteArray("999999999") << qint64(86400000);
        QTest::addRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::addRow("empty") << QByteArray() << qint64(-1);
        QTest::addRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::addRow("http date 90 s ahead") << QByteArray("Mon, 23 Nov 2026 08:01:30 GMT") << qint64(90000);
        QTest::addRow("http date in the past") << QByteArray("Mon, 23 Nov 2026 07:00:00 GMT") << qint64(0);
    }
    void parsesRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const auto parsed = Backoff::parseRetryAfter(value, utc(2026, 11, 23, 8, 0, 0));
        if (expectedMs < 0) {
            QVERIFY(!parsed.has_value());
        } else {
            QVERIFY(parsed.has_value());
            QCOMPARE(*parsed, expectedMs);
        }
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "TestBackoff.moc"
