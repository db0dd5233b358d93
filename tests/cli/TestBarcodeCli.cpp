// `saypro-stationctl barcode parse` and `barcode decode` run as a child process: the JSON a script reads, the
// GS stand-ins on a command line, exit codes 0 (valid), 1 (not valid, result still printed) and 2 (usage).

#include "StationCtlRun.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using saypro::test::fileHash;
using saypro::test::Run;
using saypro::test::stationctl;

namespace {

Run parseJson(const QString& code)
{
    return stationctl({QStringLiteral("barcode"), QStringLiteral("parse"), code, QStringLiteral("--json")});
}

QJsonObject objectOf(const Run& r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), r.out.constData());
    return doc.object();
}

QString barcodesDir()
{
    return QStringLiteral(STATION_TEST_DATA_DIR "/barcodes");
}

} // namespace

class TestBarcodeCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpDocumentsGsStandIns();
    void parseGtinJson();
    void parseGs1WithGsStandIns_data();
    void parseGs1WithGsStandIns();
    void parseTrackingJson();
    void parseDigitalLinkJson();
    void parseInvalidExitsOneWithError();
    void parseText();
    void usageErrors_data();
    void usageErrors();
    void decodeImages_data();
    void decodeImages();
    void decodeMissingFile();
};

void TestBarcodeCli::helpDocumentsGsStandIns()
{
    const Run r = stationctl({QStringLiteral("barcode"), QStringLiteral("parse"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("<GS>"));
    QVERIFY(r.out.contains("\\x1d"));
    const Run overview = stationctl({QStringLiteral("--help")});
    QVERIFY(overview.out.contains("barcode parse"));
    QVERIFY(overview.out.contains("barcode decode"));
}

void TestBarcodeCli::parseGtinJson()
{
    const Run r = parseJson(QStringLiteral("]E04006381333931"));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = objectOf(r);
    QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("gtin"));
    QCOMPARE(o.value(QLatin1String("valid")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("gtin")).toString(), QStringLiteral("04006381333931"));
    QCOMPARE(o.value(QLatin1String("symbology")).toString(), QStringLiteral("]E0"));
    QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("ean13"));
    QVERIFY(!o.contains(QLatin1String("error")));
    QVERIFY(!o.contains(QLatin1String("ais")));
    QVERIFY(!o.contains(QLatin1String("carrier")));
}

void TestBarcodeCli::parseGs1WithGsStandIns_data()
{
    QTest::addColumn<QString>("code");
    QTest::addRow("<GS>") << "]d201095060001343521725120010LOT7<GS>21SN-0042";
    QTest::addRow("<gs>") << "]d201095060001343521725120010LOT7<gs>21SN-0042";
    QTest::addRow("\\x1d") << "]d201095060001343521725120010LOT7\\x1d21SN-0042";
    QTest::addRow("\\x1D") << "]d201095060001343521725120010LOT7\\x1D21SN-0042";
    QTest::addRow("real GS") << QString(QStringLiteral("]d201095060001343521725120010LOT7") + QChar(0x1D) +
                                        QStringLiteral("21SN-0042"));
}

void TestBarcodeCli::parseGs1WithGsStandIns()
{
    QFETCH(QString, code);
    const Run r = parseJson(code);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = objectOf(r);
    QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("gs1"));
    QCOMPARE(o.value(QLatin1String("valid")).toBool(), true);
    QCOMPARE(o.value(QLatin1String("symbology")).toString(), QStringLiteral("]d2"));
    QCOMPARE(o.value(QLatin1String("gtin")).toString(), QStringLiteral("09506000134352"));
    const QJsonObject ais = o.value(QLatin1String("ais")).toObject();
    QCOMPARE(ais.value(QLatin1String("01")).toString(), QStringLiteral("09506000134352"));
    QCOMPARE(ais.value(QLatin1String("17")).toString(), QStringLiteral("251200"));
    QCOMPARE(ais.value(QLatin1String("10")).toString(), QStringLiteral("LOT7"));
    QCOMPARE(ais.value(QLatin1String("21")).toString(), QStringLiteral("SN-0042"));
    QCOMPARE(ais.size(), 4);
    // Day 00 is the last day of the month.
    QCOMPARE(o.value(QLatin1String("dates")).toObject().value(QLatin1String("17")).toString(),
             QStringLiteral("2025-12-31"));
}

void TestBarcodeCli::parseTrackingJson()
{
    const Run ups = parseJson(QStringLiteral("1Z5R89390357567127"));
    QCOMPARE(ups.exitCode, 0);
    QJsonObject o = objectOf(ups);
    QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("tracking"));
    QCOMPARE(o.value(QLatin1String("carrier")).toString(), QStringLiteral("ups"));
    QCOMPARE(o.value(QLatin1String("code")).toString(), QStringLiteral("1Z5R89390357567127"));
    QVERIFY(!o.contains(QLatin1String("gtin")));

    const Run s10 = parseJson(QStringLiteral("RR123456785ZA"));
    QCOMPARE(s10.exitCode, 0);
    QCOMPARE(objectOf(s10).value(QLatin1String("carrier")).toString(), QStringLiteral("upu"));

    const Run usps = parseJson(QStringLiteral("]C142002134<GS>9400111206206406260787"));
    QCOMPARE(usps.exitCode, 0);
    o = objectOf(usps);
    QCOMPARE(o.value(QLatin1String("carrier")).toString(), QStringLiteral("usps"));
    QCOMPARE(o.value(QLatin1String("code")).toString(), QStringLiteral("9400111206206406260787"));
    QCOMPARE(o.value(QLatin1String("ais")).toObject().value(QLatin1String("420")).toString(), QStringLiteral("02134"));
}

void TestBarcodeCli::parseDigitalLinkJson()
{
    const Run r = parseJson(QStringLiteral("https://id.gs1.org/01/09521234543213/10/ABC123?17=261231"));
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = objectOf(r);
    QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("gs1"));
    QCOMPARE(o.value(QLatin1String("format")).toString(), QStringLiteral("digital_link"));
    QCOMPARE(o.value(QLatin1String("ais")).toObject(),
             (QJsonObject{{QStringLiteral("01"), QStringLiteral("09521234543213")},
                          {QStringLiteral("10"), QStringLiteral("ABC123")},
                          {QStringLiteral("17"), QStringLiteral("261231")}}));
}

void TestBarcodeCli::parseInvalidExitsOneWithError()
{
    const Run r = parseJson(QStringLiteral("4006381333932"));
    QCOMPARE(r.exitCode, 1);
    const QJsonObject o = objectOf(r);
    QCOMPARE(o.value(QLatin1String("kind")).toString(), QStringLiteral("gtin"));
    QCOMPARE(o.value(QLatin1String("valid")).toBool(true), false);
    QVERIFY(!o.value(QLatin1String("error")).toString().isEmpty());
    QVERIFY(o.value(QLatin1String("detail")).toString().contains(QLatin1String("check digit 2, expected 1")));
    QVERIFY(!o.contains(QLatin1String("gtin")));

    const Run gs1 = parseJson(QStringLiteral("]C1010952123454321323X"));
    QCOMPARE(gs1.exitCode, 1);
    QCOMPARE(objectOf(gs1).value(QLatin1String("kind")).toString(), QStringLiteral("gs1"));

    const Run unknown = parseJson(QStringLiteral("hello"));
    QCOMPARE(unknown.exitCode, 1);
    QCOMPARE(objectOf(unknown).value(QLatin1String("kind")).toString(), QStringLiteral("unknown"));
}

void TestBarcodeCli::parseText()
{
    const Run r = stationctl({QStringLiteral("barcode"), QStringLiteral("parse"), QStringLiteral("SP-00012345")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("order"));
    QVERIFY(r.out.contains("SP-00012345"));
    const Run bad = stationctl({QStringLiteral("barcode"), QStringLiteral("parse"), QStringLiteral("SP-123")});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(bad.out.contains("SP-00012345")); // the message shows what an order number looks like
}

void TestBarcodeCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("parse without a code") << QStringList{QStringLiteral("barcode"), QStringLiteral("parse")};
    QTest::addRow("parse with two codes") << QStringList{QStringLiteral("barcode"), QStringLiteral("parse"),
                                                         QStringLiteral("4006381333931"), QStringLiteral("x")};
    QTest::addRow("unknown option") << QStringList{QStringLiteral("barcode"), QStringLiteral("parse"),
                                                   QStringLiteral("4006381333931"), QStringLiteral("--frobnicate")};
    QTest::addRow("decode without a file") << QStringList{QStringLiteral("barcode"), QStringLiteral("decode")};
}

void TestBarcodeCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = stationctl(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("error"));
}

void TestBarcodeCli::decodeImages_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("symbology");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    // The zint-made images in the shared test data (their README lists the decoded text).
    QTest::addRow("ean13") << "ean13-4006381333931.png"
                           << "]E0"
                           << "gtin" << 0 << "gtin"
                           << "04006381333931" << true;
    QTest::addRow("upca") << "upca-036000291452.png"
                          << "]E0"
                          << "gtin" << 0 << "gtin"
                          << "00036000291452" << true;
    QTest::addRow("gs1-128") << "gs1-128-01-17-10.png"
                             << "]C1"
                             << "gs1" << 0 << "gtin"
                             << "09521234543213" << true;
    QTest::addRow("gs1 datamatrix") << "gs1-datamatrix-01-17-10-21.png"
                                    << "]d2"
                                    << "gs1" << 0 << "gtin"
                                    << "09506000134352" << true;
    QTest::addRow("qr digital link") << "qr-digital-link.png"
                                     << "]Q1"
                                     << "gs1" << 0 << "gtin"
                                     << "09521234543213" << true;
    QTest::addRow("ups") << "code128-ups-1Z5R89390357567127.png"
                         << "]C0"
                         << "tracking" << 0 << "carrier"
                         << "ups" << true;
    QTest::addRow("order") << "code128-order-SP-00012345.png"
                           << "]C0"
                           << "order" << 0 << "code"
                           << "SP-00012345" << true;
    QTest::addRow("rma") << "qr-rma.png"
                         << "]Q1"
                         << "rma" << 0 << "code"
                         << "RMA-2026-000321" << true;
    // Laid out as a USPS IMpb (420 ZIP, then 92...) but its check digit is wrong: decoded (exit 0), and
    // the parse result says it is not a valid tracking number.
    QTest::addRow("usps impb with a wrong check digit") << "gs1-128-usps-impb.png"
                                                        << "]C1"
                                                        << "tracking" << 0 << "carrier"
                                                        << "usps" << false;
}

void TestBarcodeCli::decodeImages()
{
    QFETCH(QString, file);
    QFETCH(QString, symbology);
    QFETCH(QString, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const QString path = barcodesDir() + u'/' + file;
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    const Run r = stationctl({QStringLiteral("barcode"), QStringLiteral("decode"), path, QStringLiteral("--json")});
    QVERIFY2(r.exitCode == exitCode, r.err.constData());
    const QJsonObject o = objectOf(r);
    QCOMPARE(o.value(QLatin1String("file")).toString(), path);
    const QJsonArray barcodes = o.value(QLatin1String("barcodes")).toArray();
    QCOMPARE(barcodes.size(), 1);
    const QJsonObject decoded = barcodes.first().toObject();
    QCOMPARE(decoded.value(QLatin1String("symbology")).toString(), symbology);
    const QJsonObject parsed = decoded.value(QLatin1String("parse")).toObject();
    QCOMPARE(parsed.value(QLatin1String("kind")).toString(), kind);
    QCOMPARE(parsed.value(QLatin1String("valid")).toBool(), valid);
    QCOMPARE(parsed.value(QLatin1String("symbology")).toString(), symbology);
    QCOMPARE(parsed.value(field).toString(), value);

    // The text form names the ZXing format and the parse result.
    const Run text = stationctl({QStringLiteral("barcode"), QStringLiteral("decode"), path});
    QCOMPARE(text.exitCode, exitCode);
    QVERIFY(text.out.contains(decoded.value(QLatin1String("format")).toString().toUtf8()));
    QVERIFY(text.out.contains(kind.toUtf8()));
}

void TestBarcodeCli::decodeMissingFile()
{
    const Run r =
        stationctl({QStringLiteral("barcode"), QStringLiteral("decode"),
                    QDir::temp().filePath(QStringLiteral("no-such-barcode-image.png")), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("error"));
}

QTEST_GUILESS_MAIN(TestBarcodeCli)
#include "TestBarcodeCli.moc"
