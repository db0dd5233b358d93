// The painted shipping label: exact 4x6 / 4x8 inch images at 203 and 300 dpi whose barcodes a scanner reads back
// (Code 128 tracking number, QR tracking link, USPS GS1-128 (420) routing code), a one-page PDF of exactly 4x6 inch,
// and a label without a tracking number refused. Painting needs fonts, hence a QGuiApplication (offscreen).

#include "scanning/ImageDecoder.h"
#include "shipping/LabelPainter.h"

#include <QPainter>
#include <QRegularExpression>
#include <QTest>

#include "ShippingTestData.h"

Q_DECLARE_METATYPE(saypro::LabelSize)

using namespace saypro;

namespace {

ShippingLabelData uspsSample()
{
    ShippingLabelData d = test::sampleLabel();
    d.shipTo = Address{QStringLiteral("Jordan Ellis"),
                       QStringLiteral("1600 Pennsylvania Avenue NW"),
                       QStringLiteral("Apartment 12B, Building West Wing Annex"),
                       QString(),
                       QStringLiteral("Washington"),
                       QStringLiteral("DC"),
                       QStringLiteral("20500"),
                       QStringLiteral("US")};
    d.carrierName = QStringLiteral("USPS");
    d.serviceName = QStringLiteral("USPS Priority Mail");
    d.trackingNumber = QStringLiteral("9400111899223197428490");
    d.trackingLink = QStringLiteral("https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223197428490");
    d.uspsRoutingZip = QStringLiteral("20500");
    return d;
}

/// Every barcode ImageDecoder::decodeImage finds on the whole label, as a photo or a scan of it would be read.
QList<DecodedBarcode> decodeAll(const QImage& image)
{
    const auto decoded = ImageDecoder::decodeImage(image);
    return decoded ? *decoded : QList<DecodedBarcode>{};
}

/// text by format, as the decoder reports it
QMultiMap<QString, QString> decode(const QImage& image)
{
    QMultiMap<QString, QString> out;
    for (const DecodedBarcode& b : decodeAll(image))
        out.insert(b.format, b.text);
    return out;
}

/// Number of page objects ("/Type /Page", not "/Type /Pages") in a PDF.
int pageObjects(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

class TestLabelPainter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pageInches();
    void imageSizeAndBarcodes_data();
    void imageSizeAndBarcodes();
    void uspsRoutingBarcode_data();
    void uspsRoutingBarcode();
    void barcodesHaveWholePixelModules();
    void pdfIsOneExactPage_data();
    void pdfIsOneExactPage();
    void pdfPainterPathRendersTheSameLabel();
    void missingTrackingNumberRefused();
    void longTextStaysInsideTheLabel();
};

void TestLabelPainter::pageInches()
{
    QCOMPARE(LabelPainter::pageInches(LabelSize::FourBySix), QSizeF(4, 6));
    QCOMPARE(LabelPainter::pageInches(LabelSize::FourByEight), QSizeF(4, 8));
}

void TestLabelPainter::imageSizeAndBarcodes_data()
{
    QTest::addColumn<LabelSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QSize>("pixels");
    QTest::addRow("4x6 203") << LabelSize::FourBySix << 203 << QSize(812, 1218);
    QTest::addRow("4x6 300") << LabelSize::FourBySix << 300 << QSize(1200, 1800);
    QTest::addRow("4x8 203") << LabelSize::FourByEight << 203 << QSize(812, 1624);
    QTest::addRow("4x8 300") << LabelSize::FourByEight << 300 << QSize(1200, 2400);
}

void TestLabelPainter::imageSizeAndBarcodes()
{
    QFETCH(LabelSize, size);
    QFETCH(int, dpi);
    QFETCH(QSize, pixels);
    const ShippingLabelData label = test::sampleLabel();
    const auto image = LabelPainter::toImage(label, size, dpi);
    QVERIFY2(image.has_value(), qPrintable(image ? QString() : image.error().toString()));
    QCOMPARE(image->size(), pixels);
    QCOMPARE(image->format(), QImage::Format_Grayscale8);
    QCOMPARE(image->pixelColor(0, 0), QColor(Qt::white)); // a white label
    QCOMPARE(image->pixelColor(image->width() - 1, image->height() - 1), QColor(Qt::white));

    const auto found = decode(*image);
    QCOMPARE(found.values(QStringLiteral("Code128")), QStringList{label.trackingNumber});
    QCOMPARE(found.values(QStringLiteral("QRCode")), QStringList{label.trackingLink});
}

void TestLabelPainter::uspsRoutingBarcode_data()
{
    QTest::addColumn<int>("dpi");
    QTest::addColumn<QString>("zip");
    QTest::addRow("203 zip5") << 203 << QStringLiteral("20500");
    QTest::addRow("300 zip5") << 300 << QStringLiteral("20500");
    QTest::addRow("203 zip9") << 203 << QStringLiteral("205000003");
}

void TestLabelPainter::uspsRoutingBarcode()
{
    QFETCH(int, dpi);
    QFETCH(QString, zip);
    ShippingLabelData label = uspsSample();
    label.uspsRoutingZip = zip;
    const auto image = LabelPainter::toImage(label, LabelSize::FourBySix, dpi);
    QVERIFY2(image.has_value(), qPrintable(image ? QString() : image.error().toString()));
    QStringList code128;
    QString routingAim;
    for (const DecodedBarcode& b : decodeAll(*image)) {
        if (b.format == QLatin1String("Code128")) {
            code128 << b.text;
            if (b.text.startsWith(QLatin1String("420")))
                routingAim = b.symbologyId;
        }
    }
    code128.sort();
    QStringList expected{QStringLiteral("420") + zip, label.trackingNumber};
    expected.sort();
    QCOMPARE(code128, expected);
    QCOMPARE(routingAim, QStringLiteral("]C1")); // GS1-128: FNC1 in first position

    // Without a routing ZIP there is only the tracking barcode.
    label.uspsRoutingZip.clear();
    const auto plain = LabelPainter::toImage(label, LabelSize::FourBySix, dpi);
    QVERIFY(plain.has_value());
    QCOMPARE(decode(*plain).values(QStringLiteral("Code128")), QStringList{label.trackingNumber});
}

void TestLabelPainter::barcodesHaveWholePixelModules()
{
    // No smoothing: the barcode rows are pure black and white, and every bar and space is a multiple of the module.
    const auto image = LabelPainter::toImage(test::sampleLabel(), LabelSize::FourBySix, 203);
    QVERIFY(image.has_value());
    // Find the widest row of pure black/white transitions: a scan line through the tracking barcode.
    int bestRow = -1;
    int bestTransitions = 0;
    for (int y = 0; y < image->height(); ++y) {
        const uchar* line = image->constScanLine(y);
        int transitions = 0;
        bool binary = true;
        for (int x = 1; x < image->width() && binary; ++x) {
            binary = (line[x] == 0 || line[x] == 255);
            transitions += line[x] != line[x - 1];
        }
        if (binary && transitions > bestTransitions) {
            bestTransitions = transitions;
            bestRow = y;
        }
    }
    QVERIFY(bestRow >= 0);
    QVERIFY2(bestTransitions > 60, qPrintable(QString::number(bestTransitions)));
    const uchar* line = image->constScanLine(bestRow);
    QList<int> runs;
    int run = 1;
    int first = -1;
    int last = -1;
    for (int x = 1; x < image->width(); ++x) {
        if (line[x] == 0) {
            if (first < 0)
                first = x;
            last = x;
        }
    }
    for (int x = first + 1; x <= last + 1; ++x) {
        if (x <= last && line[x] == line[x - 1]) {
            ++run;
        } else {
            runs << run;
            run = 1;
        }
    }
    const int module = *std::min_element(runs.cbegin(), runs.cend());
    QCOMPARE(module, 3); // 203 dpi: 3 dots per module, as the ZPL label's ^BY3
    for (int r : runs)
        QCOMPARE(r % module, 0);
    // Quiet zones of at least 10 modules on both sides.
    QVERIFY(first >= 10 * module);
    QVERIFY(image->width() - 1 - last >= 10 * module);
}

void TestLabelPainter::pdfIsOneExactPage_data()
{
    QTest::addColumn<LabelSize>("size");
    QTest::addColumn<QList<double>>("mediaBox");
    QTest::addRow("4x6") << LabelSize::FourBySix << QList<double>{0, 0, 288, 432};
    QTest::addRow("4x8") << LabelSize::FourByEight << QList<double>{0, 0, 288, 576};
}

void TestLabelPainter::pdfIsOneExactPage()
{
    QFETCH(LabelSize, size);
    QFETCH(QList<double>, mediaBox);
    const auto pdf = LabelPainter::toPdf(uspsSample(), size);
    QVERIFY2(pdf.has_value(), qPrintable(pdf ? QString() : pdf.error().toString()));
    QVERIFY(pdf->startsWith("%PDF-"));
    QCOMPARE(test::mediaBoxes(*pdf), QList<QList<double>>{mediaBox});
    QCOMPARE(pageObjects(*pdf), 1);
    QVERIFY(pdf->trimmed().endsWith("%%EOF"));
}

void TestLabelPainter::pdfPainterPathRendersTheSameLabel()
{
    // toPdf paints at 300 dpi into a 1200 x 1800 device rect; the same call into an image of that size must scan.
    const ShippingLabelData label = uspsSample();
    QImage image(1200, 1800, QImage::Format_RGB32);
    image.fill(Qt::gray);
    QPainter painter(&image);
    const Status painted = LabelPainter::paint(painter, QRectF(0, 0, 1200, 1800), label, 300);
    painter.end();
    QVERIFY2(painted.has_value(), qPrintable(painted ? QString() : painted.error().toString()));
    QCOMPARE(image.pixelColor(5, 5), QColor(Qt::white)); // the page is filled white
    const auto found = decode(image);
    QVERIFY(found.values(QStringLiteral("Code128")).contains(label.trackingNumber));
    QVERIFY(found.values(QStringLiteral("Code128")).contains(QStringLiteral("42020500")));
    QCOMPARE(found.values(QStringLiteral("QRCode")), QStringList{label.trackingLink});

    // Painting into part of a larger device (a preview with a border) stays inside the given rectangle.
    QImage sheet(1000, 1400, QImage::Format_Grayscale8);
    sheet.fill(128);
    QPainter sheetPainter(&sheet);
    const QRect page(50, 60, 812, 1218);
    QVERIFY(LabelPainter::paint(sheetPainter, page, label, 203).has_value());
    sheetPainter.end();
    QCOMPARE(sheet.pixelColor(49, 59), QColor(128, 128, 128));
    QCOMPARE(sheet.pixelColor(50 + 812, 60 + 1218), QColor(128, 128, 128));
    QCOMPARE(sheet.pixelColor(51, 61), QColor(Qt::white));
    QVERIFY(decode(sheet.copy(page)).values(QStringLiteral("Code128")).contains(label.trackingNumber));
}

void TestLabelPainter::missingTrackingNumberRefused()
{
    ShippingLabelData label = test::sampleLabel();
    label.trackingNumber.clear();
    const auto image = LabelPainter::toImage(label);
    QVERIFY(!image.has_value());
    QCOMPARE(image.error().code, Error::Code::InvalidArgument);
    QVERIFY(!image.error().message.isEmpty());

    const auto pdf = LabelPainter::toPdf(label);
    QVERIFY(!pdf.has_value());
    QCOMPARE(pdf.error().code, Error::Code::InvalidArgument);

    QImage device(812, 1218, QImage::Format_Grayscale8);
    QPainter painter(&device);
    label.trackingNumber = QStringLiteral(" - ");
    const Status painted = LabelPainter::paint(painter, QRectF(device.rect()), label, 203);
    QVERIFY(!painted.has_value());
    QCOMPARE(painted.error().code, Error::Code::InvalidArgument);
}

void TestLabelPainter::longTextStaysInsideTheLabel()
{
    ShippingLabelData label = uspsSample();
    const QString longText = QStringLiteral("Extraordinarily Long Recipient Name That Goes On And On Forever");
    label.shipTo.name = longText;
    label.shipTo.line1 = longText;
    label.shipTo.line2 = longText;
    label.shipTo.suburb = longText;
    label.shipFrom.name = longText;
    label.shipFrom.line2 = longText;
    label.shipFrom.suburb = longText;
    label.serviceName = longText;
    label.orderNumber = longText;
    const auto image = LabelPainter::toImage(label, LabelSize::FourBySix, 203);
    QVERIFY2(image.has_value(), qPrintable(image ? QString() : image.error().toString()));
    // Nothing is drawn in the outermost millimetre (8 dots) on either side: no text ran off the label.
    for (int y = 0; y < image->height(); ++y) {
        const uchar* line = image->constScanLine(y);
        for (int x : {0, 1, 2, 3, 4, 5, 6, 7, image->width() - 8, image->width() - 4, image->width() - 1})
            QVERIFY2(line[x] == 255, qPrintable(QStringLiteral("ink at %1,%2").arg(x).arg(y)));
    }
    // And the barcodes still scan.
    const auto found = decode(*image);
    QVERIFY(found.values(QStringLiteral("Code128")).contains(label.trackingNumber));
    QVERIFY(found.values(QStringLiteral("Code128")).contains(QStringLiteral("42020500")));
    QCOMPARE(found.values(QStringLiteral("QRCode")), QStringList{label.trackingLink});
}

QTEST_MAIN(TestLabelPainter)
#include "TestLabelPainter.moc"
