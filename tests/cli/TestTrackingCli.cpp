// `saypro-stationctl tracking check`, `tracking ranges` and `tracking add-range` run as a child process: the
// JSON a script reads, exit codes 0 / 1 / 2, and that a refused range changes nothing.

#include "StationCtlRun.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using saypro::test::fileHash;
using saypro::test::Run;
using saypro::test::stationctl;

class TestTrackingCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void check_data();
    void check();
    void checkUsage();
    void rangesAddAndList();
};

void TestTrackingCli::check_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("carrier");
    QTest::addRow("ups") << "1Z5R89390357567127" << 0 << "ups";
    QTest::addRow("usps") << "9400111206206406260787" << 0 << "usps";
    QTest::addRow("fedex express") << "986578788855" << 0 << "fedex";
    QTest::addRow("fedex ground") << "9611020987654312345672" << 0 << "fedex";
    QTest::addRow("dhl") << "3318810025" << 0 << "dhl";
    QTest::addRow("s10") << "RR123456785ZA" << 0 << "s10";
    QTest::addRow("s10 wrong check") << "RR123456786ZA" << 1 << "s10";
    QTest::addRow("not a tracking number") << "hello" << 1 << "";
}

void TestTrackingCli::check()
{
    QFETCH(QString, number);
    QFETCH(int, exitCode);
    QFETCH(QString, carrier);
    const Run r = stationctl({QStringLiteral("tracking"), QStringLiteral("check"), number, QStringLiteral("--json")});
    QCOMPARE(r.exitCode, exitCode);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QLatin1String("valid")).toBool(), exitCode == 0);
    QCOMPARE(o.value(QLatin1String("carrier")).toString(), carrier);
    QCOMPARE(o.contains(QLatin1String("error")), exitCode != 0);
}

void TestTrackingCli::checkUsage()
{
    QCOMPARE(stationctl({QStringLiteral("tracking"), QStringLiteral("check")}).exitCode, 2);
    const Run text = stationctl({QStringLiteral("tracking"), QStringLiteral("check"), QStringLiteral("3318810025")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("dhl"), text.out.constData());
}

void TestTrackingCli::rangesAddAndList()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("station.db"));
    QCOMPARE(stationctl({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"), db}).exitCode, 0);
    Run list = stationctl(
        {QStringLiteral("tracking"), QStringLiteral("ranges"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out).array().size(), 0);

    const Run added = stationctl(
        {QStringLiteral("tracking"), QStringLiteral("add-range"), QStringLiteral("--carrier"), QStringLiteral("dhl"),
         QStringLiteral("--name"), QStringLiteral("DHL test"), QStringLiteral("--prefix"), QStringLiteral("33"),
         QStringLiteral("--digits"), QStringLiteral("7"), QStringLiteral("--first"), QStringLiteral("100"),
         QStringLiteral("--last"), QStringLiteral("199"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(QJsonDocument::fromJson(added.out).object().value(QLatin1String("id")).toInteger() > 0);

    // Overlapping, or malformed (8 digits do not fit in 7): refused, the file unchanged.
    const QByteArray before = fileHash(db);
    const Run overlap =
        stationctl({QStringLiteral("tracking"), QStringLiteral("add-range"), QStringLiteral("--carrier"),
                    QStringLiteral("dhl"), QStringLiteral("--prefix"), QStringLiteral("33"), QStringLiteral("--digits"),
                    QStringLiteral("7"), QStringLiteral("--first"), QStringLiteral("150"), QStringLiteral("--last"),
                    QStringLiteral("250"), QStringLiteral("--db"), db});
    QCOMPARE(overlap.exitCode, 1);
    QVERIFY(!overlap.err.isEmpty());
    const Run unknown =
        stationctl({QStringLiteral("tracking"), QStringLiteral("add-range"), QStringLiteral("--carrier"),
                    QStringLiteral("pigeon"), QStringLiteral("--prefix"), QStringLiteral("33"),
                    QStringLiteral("--digits"), QStringLiteral("7"), QStringLiteral("--first"), QStringLiteral("1"),
                    QStringLiteral("--last"), QStringLiteral("2"), QStringLiteral("--db"), db});
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(stationctl({QStringLiteral("tracking"), QStringLiteral("add-range"), QStringLiteral("--carrier"),
                         QStringLiteral("dhl"), QStringLiteral("--db"), db})
                 .exitCode,
             2);
    QCOMPARE(fileHash(db), before);

    // The built-in ranges for every other carrier.
    const Run defaults = stationctl({QStringLiteral("tracking"), QStringLiteral("add-range"),
                                     QStringLiteral("--defaults"), QStringLiteral("--db"), db});
    QCOMPARE(defaults.exitCode, 0);
    QVERIFY2(defaults.out.contains("6 range"), defaults.out.constData());
    list = stationctl(
        {QStringLiteral("tracking"), QStringLiteral("ranges"), QStringLiteral("--db"), db, QStringLiteral("--json")});
    const QJsonArray ranges = QJsonDocument::fromJson(list.out).array();
    QCOMPARE(ranges.size(), 7);
    for (const QJsonValue& v : ranges) {
        const QJsonObject r = v.toObject();
        QCOMPARE(r.value(QLatin1String("used")).toInteger(), 0);
        QVERIFY(!r.value(QLatin1String("exhausted")).toBool());
    }
}

QTEST_GUILESS_MAIN(TestTrackingCli)
#include "TestTrackingCli.moc"
