// The ZPL II shipping label: one format (^XA ... ^XZ), width and length for 4x6 and 4x8 at 203 and 300 dpi, the
// tracking number in the ^BC field, the tracking link in the QR code, the USPS (420) routing barcode only for
// USPS, and text that could break the format escaped.

#include "shipping/ShippingLabel.h"

#include <QRegularExpression>
#include <QTest>

#include "ShippingTestData.h"

Q_DECLARE_METATYPE(saypro::LabelSize)

using namespace saypro;

namespace {} // namespace

class TestZplLabel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizes_data();
    void sizes();
    void contents();
    void uspsRoutingBarcode();
    void textCannotBreakTheFormat();
};

void TestZplLabel::sizes_data()
{
    QTest::addColumn<LabelSize>("size");
    QTest::addColumn<int>("dpi");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("length");
    QTest::addRow("4x6 203") << LabelSize::FourBySix << 203 << 812 << 1218;
    QTest::addRow("4x6 300") << LabelSize::FourBySix << 300 << 1218 << 1827;
    QTest::addRow("4x8 203") << LabelSize::FourByEight << 203 << 812 << 1624;
    QTest::addRow("4x8 300") << LabelSize::FourByEight << 300 << 1218 << 2436;
}

void TestZplLabel::sizes()
{
    QFETCH(LabelSize, size);
    QFETCH(int, dpi);
    QFETCH(int, width);
    QFETCH(int, length);
    const QString zpl = QString::fromUtf8(ZplLabel::render(test::sampleLabel(), size, dpi));
    QVERIFY(zpl.startsWith(QStringLiteral("^XA")));
    QVERIFY(zpl.trimmed().endsWith(QStringLiteral("^XZ")));
    QCOMPARE(zpl.count(QStringLiteral("^XA")), 1);
    QCOMPARE(zpl.count(QStringLiteral("^XZ")), 1);
    QVERIFY(zpl.contains(QStringLiteral("^PW%1").arg(width)));
    QVERIFY(zpl.contains(QStringLiteral("^LL%1").arg(length)));
    QVERIFY(zpl.contains(QStringLiteral("^CI28")));
    // Every field origin lies on the label.
    const QRegularExpression origin(QStringLiteral("\\^FO(\\d+),(\\d+)"));
    for (auto it = origin.globalMatch(zpl); it.hasNext();) {
        const auto m = it.next();
        QVERIFY2(m.captured(1).toInt() < width && m.captured(2).toInt() < length, qPrintable(m.captured(0)));
    }
}

void TestZplLabel::contents()
{
    const QString zpl = QString::fromUtf8(ZplLabel::render(test::sampleLabel()));
    // The tracking number is the Code 128 field's data.
    const QRegularExpression bc(QStringLiteral("\\^BCN,[^\\^]*\\^FD([^\\^]*)\\^FS"));
    const auto m = bc.match(zpl);
    QVERIFY(m.hasMatch());
    QCOMPARE(m.captured(1), QStringLiteral("1Z5R89390357567127"));
    // The QR code carries the tracking link.
    QVERIFY(zpl.contains(QStringLiteral("^FDQA,https://www.ups.com/track?tracknum=1Z5R89390357567127^FS")));
    for (const char* text : {"Lerato Mokoena", "12 Vilakazi Street", "Soweto, GP 1804", "SayPro Midrand DC",
                             "UPS Ground", "ORDER SP-00012345", "PARCEL 1 OF 2", "WEIGHT 1.25 KG", "DATE 2026-11-23"})
        QVERIFY2(zpl.contains(QString::fromUtf8(text)), text);
    QVERIFY(!zpl.contains(QStringLiteral(">8420"))); // no USPS routing barcode on a UPS label
}

void TestZplLabel::uspsRoutingBarcode()
{
    ShippingLabelData d = test::sampleLabel();
    d.carrierName = QStringLiteral("USPS");
    d.trackingNumber = QStringLiteral("9400111206206406260787");
    d.uspsRoutingZip = QStringLiteral("10001");
    const QString zpl = QString::fromUtf8(ZplLabel::render(d));
    // GS1-128: subset C, FNC1, AI 420 and the ZIP.
    QVERIFY(zpl.contains(QStringLiteral("^FD>;>842010001^FS")));
    QVERIFY(zpl.contains(QStringLiteral("^FD9400111206206406260787^FS")));
}

void TestZplLabel::textCannotBreakTheFormat()
{
    ShippingLabelData d = test::sampleLabel();
    d.shipTo.name = QStringLiteral("Evil ^XZ~JA Name \\ Ltd");
    d.shipTo.line2 = QStringLiteral("Unit 4\nBlock B");
    const QString zpl = QString::fromUtf8(ZplLabel::render(d));
    QCOMPARE(zpl.count(QStringLiteral("^XZ")), 1);
    QVERIFY(!zpl.contains(QStringLiteral("~JA")));
    QVERIFY(zpl.contains(QStringLiteral("Evil \\5EXZ\\7EJA Name \\5C Ltd")));
    QVERIFY(zpl.contains(QStringLiteral("Unit 4 Block B")));
    // Non-ASCII names go through as UTF-8 (^CI28).
    d.shipTo.name = QStringLiteral("Zoë Müller");
    QVERIFY(ZplLabel::render(d).contains(QStringLiteral("Zoë Müller").toUtf8()));
}

QTEST_GUILESS_MAIN(TestZplLabel)
#include "TestZplLabel.moc"
