// ImageDecoder: encode then decode for every format the station prints (GS1 with GS and the AIM id), the zint
// images in the shared test data, images without a code, rotated images, non-images and a 2-megapixel photo.

#include "../TestSupport.h"

#include "scanning/ImageDecoder.h"

#include <QElapsedTimer>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTransform>

using namespace saypro;

namespace {

const QChar Gs(0x1D);

QImage onCanvas(const QImage& code, QSize canvas, QPoint at, quint32 noiseSeed)
{
    QImage image(canvas, QImage::Format_Grayscale8);
    // a mid-grey, lightly noisy background like a photographed parcel
    QRandomGenerator noise(noiseSeed);
    for (int y = 0; y < image.height(); ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x)
            line[x] = uchar(150 + noise.bounded(40));
    }
    QPainter painter(&image);
    painter.drawImage(at, code);
    painter.end();
    return image;
}

QImage rotated(const QImage& image, qreal degrees)
{
    QImage turned = image.transformed(QTransform().rotate(degrees), Qt::SmoothTransformation);
    // transformed() fills the new corners with black: paint the result onto white
    QImage out(turned.size() + QSize(40, 40), QImage::Format_Grayscale8);
    out.fill(255);
    QImage mask = image.convertToFormat(QImage::Format_ARGB32)
                      .transformed(QTransform().rotate(degrees), Qt::SmoothTransformation);
    QPainter painter(&out);
    painter.drawImage(QPoint(20, 20), mask);
    painter.end();
    return out;
}

} // namespace

class TestImageDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void gs1DataMatrixSizes_data();
    void gs1DataMatrixSizes();
    void zintImages_data();
    void zintImages();
    void imageWithoutCodeGivesEmptyList();
    void severalCodesInOneImage();
    void rotatedImagesStillDecode_data();
    void rotatedImagesStillDecode();
    void nonImageFileIsIoError();
    void missingFileIsIoError();
    void encodeRejectsWhatTheFormatCannotHold_data();
    void encodeRejectsWhatTheFormatCannotHold();
    void twoMegapixelPhotoDecodesWellUnderASecond();
    void largeLinearCodesDecodeOnce_data();
    void largeLinearCodesDecodeOnce();
};

void TestImageDecoder::roundTrip_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("symbologyId");

    const QString gs1_128 =
        QStringLiteral("0109521234543213") + QStringLiteral("10ABC123") + Gs + QStringLiteral("17261231");
    const QString gs1Dm = QStringLiteral("01095060001343521725120010LOT7") + Gs + QStringLiteral("21SN-0042");

    QTest::addRow("EAN-13") << "4006381333931"
                            << "EAN-13"
                            << "4006381333931"
                            << "]E0";
    QTest::addRow("EAN-8") << "96385074"
                           << "EAN-8"
                           << "96385074"
                           << "]E4";
    QTest::addRow("Code128 order") << "SP-00012345"
                                   << "Code128"
                                   << "SP-00012345"
                                   << "]C0";
    QTest::addRow("GS1-128 leading GS") << (Gs + gs1_128) << "Code128" << gs1_128 << "]C1";
    QTest::addRow("GS1-128 AIM id") << (QStringLiteral("]C1") + gs1_128) << "Code128" << gs1_128 << "]C1";
    QTest::addRow("GS1 DataMatrix AIM id") << (QStringLiteral("]d2") + gs1Dm) << "DataMatrix" << gs1Dm << "]d2";
    QTest::addRow("GS1 DataMatrix leading GS") << (Gs + gs1Dm) << "DataMatrix" << gs1Dm << "]d2";
    QTest::addRow("DataMatrix plain") << "BIN-A-01-02"
                                      << "DataMatrix"
                                      << "BIN-A-01-02"
                                      << "]d1";
    QTest::addRow("QR RMA") << "RMA-2026-000321"
                            << "QRCode"
                            << "RMA-2026-000321"
                            << "]Q1";
    QTest::addRow("QR Digital Link") << "https://id.gs1.org/01/09521234543213/10/ABC123?17=261231"
                                     << "QRCode"
                                     << "https://id.gs1.org/01/09521234543213/10/ABC123?17=261231"
                                     << "]Q1";
}

void TestImageDecoder::roundTrip()
{
    QFETCH(QString, input);
    QFETCH(QString, format);
    QFETCH(QString, text);
    QFETCH(QString, symbologyId);

    const auto image = ImageDecoder::encode(input, format, 600, 300);
    QVERIFY2(image.has_value(), qPrintable(image ? QString() : image.error().toString()));
    QVERIFY(image->width() >= 600);
    QVERIFY(image->height() >= 300);

    const auto decoded = ImageDecoder::decodeImage(*image);
    QVERIFY2(decoded.has_value(), qPrintable(decoded ? QString() : decoded.error().toString()));
    QCOMPARE(decoded->size(), 1);
    QCOMPARE(decoded->first().text, text);
    QCOMPARE(decoded->first().format, format);
    QCOMPARE(decoded->first().symbologyId, symbologyId);
}

void TestImageDecoder::gs1DataMatrixSizes_data()
{
    // Our own ECC 200 encoder: every symbol size from 10x10 (one region) to 48x48 (four regions).
    QTest::addColumn<QString>("content");
    QTest::addRow("10x10") << "0112";
    QTest::addRow("14x14") << "01095060001343";
    QTest::addRow("18x18 odd digits and letters") << "01095060001343521725120010A";
    QTest::addRow("26x26 lowercase") << QStringLiteral("0109506000134352172512001011abcdefghij") + Gs +
                                            QStringLiteral("21xyz");
    QTest::addRow("32x32 four regions") << QStringLiteral(
        "01095060001343521725120010LOT-abcdefghijklmnopqrstuvwxyz0123456789");
    QString big = QStringLiteral("01095060001343521725120010");
    while (big.size() < 150)
        big += QStringLiteral("Ab");
    QTest::addRow("44x44 long") << big;
}

void TestImageDecoder::gs1DataMatrixSizes()
{
    QFETCH(QString, content);
    const auto image = ImageDecoder::encode(Gs + content, QStringLiteral("DataMatrix"), 400, 400);
    QVERIFY2(image.has_value(), qPrintable(image ? QString() : image.error().toString()));
    const auto decoded = ImageDecoder::decodeImage(*image);
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->size(), 1);
    QCOMPARE(decoded->first().text, content);
    QCOMPARE(decoded->first().symbologyId, QStringLiteral("]d2"));
}

void TestImageDecoder::zintImages_data()
{
    // Made with zint, an encoder independent of ZXing (tests/data/barcodes/README.md).
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("symbologyId");
    QTest::addRow("EAN-13") << "ean13-4006381333931.png"
                            << "4006381333931"
                            << "]E0";
    QTest::addRow("UPC-A") << "upca-036000291452.png"
                           << "036000291452"
                           << "]E0";
    QTest::addRow("GS1-128") << "gs1-128-01-17-10.png"
                             << "01095212345432131726123110ABC123"
                             << "]C1";
    QTest::addRow("GS1-128 IMpb") << "gs1-128-usps-impb.png"
                                  << QStringLiteral("42002134") + Gs + QStringLiteral("92612903123456789012345")
                                  << "]C1";
    QTest::addRow("GS1 DataMatrix") << "gs1-datamatrix-01-17-10-21.png"
                                    << QStringLiteral("01095060001343521725120010LOT7") + Gs +
                                           QStringLiteral("21SN-0042")
                                    << "]d2";
    QTest::addRow("QR Digital Link") << "qr-digital-link.png"
                                     << "https://id.gs1.org/01/09521234543213/10/ABC123?17=261231"
                                     << "]Q1";
    QTest::addRow("UPS tracking") << "code128-ups-1Z5R89390357567127.png"
                                  << "1Z5R89390357567127"
                                  << "]C0";
    QTest::addRow("order") << "code128-order-SP-00012345.png"
                           << "SP-00012345"
                           << "]C0";
    QTest::addRow("RMA") << "qr-rma.png"
                         << "RMA-2026-000321"
                         << "]Q1";
}

void TestImageDecoder::zintImages()
{
    QFETCH(QString, file);
    QFETCH(QString, text);
    QFETCH(QString, symbologyId);
    const QString path = QStringLiteral(STATION_TEST_DATA_DIR "/barcodes/") + file;
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const auto decoded = ImageDecoder::decodeFile(path);
    QVERIFY2(decoded.has_value(), qPrintable(decoded ? QString() : decoded.error().toString()));
    QCOMPARE(decoded->size(), 1);
    QCOMPARE(decoded->first().text, text);
    QCOMPARE(decoded->first().symbologyId, symbologyId);
}

void TestImageDecoder::imageWithoutCodeGivesEmptyList()
{
    QImage white(640, 480, QImage::Format_RGB32);
    white.fill(Qt::white);
    auto decoded = ImageDecoder::decodeImage(white);
    QVERIFY(decoded.has_value());
    QVERIFY(decoded->isEmpty());

    const QImage noisy = onCanvas(QImage(), QSize(800, 600), QPoint(), 7);
    decoded = ImageDecoder::decodeImage(noisy);
    QVERIFY(decoded.has_value());
    QVERIFY(decoded->isEmpty());

    decoded = ImageDecoder::decodeImage(QImage());
    QVERIFY(!decoded.has_value());
    QCOMPARE(decoded.error().code, Error::Code::InvalidArgument);
}

void TestImageDecoder::severalCodesInOneImage()
{
    const auto ean = ImageDecoder::encode(QStringLiteral("4006381333931"), QStringLiteral("EAN-13"), 400, 200);
    const auto qr = ImageDecoder::encode(QStringLiteral("RMA-2026-000321"), QStringLiteral("QRCode"), 300, 300);
    QVERIFY(ean && qr);
    QImage sheet(900, 400, QImage::Format_Grayscale8);
    sheet.fill(255);
    QPainter painter(&sheet);
    painter.drawImage(QPoint(20, 50), *ean);
    painter.drawImage(QPoint(560, 50), *qr);
    painter.end();

    const auto decoded = ImageDecoder::decodeImage(sheet);
    QVERIFY(decoded.has_value());
    QStringList texts;
    for (const DecodedBarcode& b : *decoded)
        texts << b.text;
    texts.sort();
    QCOMPARE(texts, (QStringList{QStringLiteral("4006381333931"), QStringLiteral("RMA-2026-000321")}));
}

void TestImageDecoder::rotatedImagesStillDecode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("format");
    QTest::addColumn<qreal>("degrees");
    QTest::addColumn<QString>("text");
    const QString gs1Dm = QStringLiteral("01095060001343521725120010LOT7") + Gs + QStringLiteral("21SN-0042");
    QTest::addRow("Code128 90") << "1Z5R89390357567127"
                                << "Code128" << qreal(90) << "1Z5R89390357567127";
    QTest::addRow("EAN-13 180") << "4006381333931"
                                << "EAN-13" << qreal(180) << "4006381333931";
    QTest::addRow("Code128 270") << "SP-00012345"
                                 << "Code128" << qreal(270) << "SP-00012345";
    QTest::addRow("GS1 DataMatrix 30") << (Gs + gs1Dm) << "DataMatrix" << qreal(30) << gs1Dm;
    QTest::addRow("QR 45") << "RMA-2026-000321"
                           << "QRCode" << qreal(45) << "RMA-2026-000321";
}

void TestImageDecoder::rotatedImagesStillDecode()
{
    QFETCH(QString, input);
    QFETCH(QString, format);
    QFETCH(qreal, degrees);
    QFETCH(QString, text);
    const auto image = ImageDecoder::encode(input, format, 500, 250);
    QVERIFY(image.has_value());
    const auto decoded = ImageDecoder::decodeImage(rotated(*image, degrees));
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->size(), 1);
    QCOMPARE(decoded->first().text, text);
}

void TestImageDecoder::nonImageFileIsIoError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("label.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a PNG, it is a packing note\n");
    file.close();

    const auto decoded = ImageDecoder::decodeFile(path);
    QVERIFY(!decoded.has_value());
    QCOMPARE(decoded.error().code, Error::Code::Io);
    QVERIFY(!decoded.error().message.isEmpty());
    QVERIFY(decoded.error().detail.contains(path));
}

void TestImageDecoder::missingFileIsIoError()
{
    const auto decoded = ImageDecoder::decodeFile(QStringLiteral("/nonexistent/saypro/label.png"));
    QVERIFY(!decoded.has_value());
    QCOMPARE(decoded.error().code, Error::Code::Io);
}

void TestImageDecoder::encodeRejectsWhatTheFormatCannotHold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("format");
    QTest::addRow("unknown format") << "123"
                                    << "Barcode9000";
    QTest::addRow("EAN-13 letters") << "40063813339AB"
                                    << "EAN-13";
    QTest::addRow("EAN-13 wrong check digit") << "4006381333932"
                                              << "EAN-13";
    QTest::addRow("GS1 QR not supported") << (Gs + QStringLiteral("0109521234543213")) << "QRCode";
    QTest::addRow("empty") << ""
                           << "Code128";
    QTest::addRow("GS1 DataMatrix too long") << (Gs + QString(400, u'A')) << "DataMatrix";
}

void TestImageDecoder::encodeRejectsWhatTheFormatCannotHold()
{
    QFETCH(QString, text);
    QFETCH(QString, format);
    const auto image = ImageDecoder::encode(text, format, 300, 200);
    QVERIFY(!image.has_value());
    QCOMPARE(image.error().code, Error::Code::InvalidArgument);
    QVERIFY(!image.error().detail.isEmpty());
}

void TestImageDecoder::twoMegapixelPhotoDecodesWellUnderASecond()
{
    const QString gs1 = QStringLiteral("01095060001343521725120010LOT7") + Gs + QStringLiteral("21SN-0042");
    const auto label = ImageDecoder::encode(QStringLiteral("]C1") + gs1, QStringLiteral("Code128"), 700, 200);
    QVERIFY(label.has_value());
    const QImage photo = onCanvas(*label, QSize(1920, 1080), QPoint(700, 600), 42);

    QElapsedTimer timer;
    timer.start();
    const auto decoded = ImageDecoder::decodeImage(photo);
    const qint64 withCode = timer.restart();
    QVERIFY(decoded.has_value());
    QCOMPARE(decoded->size(), 1);
    QCOMPARE(decoded->first().text, gs1);

    // the slow case: nothing to find, every strategy tried
    const auto nothing = ImageDecoder::decodeImage(onCanvas(QImage(), QSize(1920, 1080), QPoint(), 43));
    const qint64 withoutCode = timer.elapsed();
    QVERIFY(nothing.has_value() && nothing->isEmpty());
    qInfo("2 MP photo: %lld ms with a code, %lld ms without", withCode, withoutCode);
    QVERIFY2(withCode < 700, qPrintable(QString::number(withCode)));
    QVERIFY2(withoutCode < 700, qPrintable(QString::number(withoutCode)));
}

void TestImageDecoder::largeLinearCodesDecodeOnce_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addRow("600 x 600") << QSize(600, 600);
    QTest::addRow("812 x 300") << QSize(812, 300);
    QTest::addRow("1200 x 1800") << QSize(1200, 1800);
}

void TestImageDecoder::largeLinearCodesDecodeOnce()
{
    // A Code 128 filling a label-sized image: found once (ZXing's own downscale pass found it twice and aborted).
    QFETCH(QSize, size);
    const QString text = QStringLiteral("1Z5R89390350000009");
    auto image = ImageDecoder::encode(text, QStringLiteral("Code128"), size.width(), size.height());
    QVERIFY(image);
    auto decoded = ImageDecoder::decodeImage(*image);
    QVERIFY(decoded);
    QCOMPARE(decoded->size(), 1);
    QCOMPARE(decoded->first().text, text);
    QCOMPARE(decoded->first().format, QStringLiteral("Code128"));
}

QTEST_GUILESS_MAIN(TestImageDecoder)
#include "TestImageDecoder.moc"
