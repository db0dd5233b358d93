// Packing slip, invoice and return instructions: what each prints (gift slips without prices, invoice totals that add
// up, the return steps with the RMA), valid PDFs of exactly A4 or Letter, pagination of a long order with "Page n of
// m", and return instructions refused without an RMA or link. Painting needs fonts: QGuiApplication (offscreen).

#include "scanning/ImageDecoder.h"
#include "shipping/ShippingDocuments.h"

#include <QRegularExpression>
#include <QTest>

#include "ShippingTestData.h"

Q_DECLARE_METATYPE(saypro::DocumentKind)

using namespace saypro;

namespace {

OrderLine line(const QString& sku, const QString& name, int quantity, qint64 unitPrice, qint64 discount = 0)
{
    OrderLine l;
    l.sku = sku;
    l.name = name;
    l.quantity = quantity;
    l.unitPriceMinor = unitPrice;
    l.discountMinor = discount;
    return l;
}

DocumentContext context()
{
    DocumentContext c;
    c.locale = QLocale(QLocale::English, QLocale::SouthAfrica);
    c.companyName = QStringLiteral("SayPro");
    c.shipFrom = Address{QStringLiteral("SayPro Midrand DC"),
                         QStringLiteral("14 Le Roux Avenue"),
                         QString(),
                         QString(),
                         QStringLiteral("Midrand"),
                         QStringLiteral("GP"),
                         QStringLiteral("1685"),
                         QStringLiteral("ZA")};
    c.supportContact = QStringLiteral("support@saypro.example / 011 555 0100");
    c.date = QDate(2026, 11, 23);
    Order& o = c.order;
    o.number = QStringLiteral("SP-00012345");
    o.currency = QStringLiteral("ZAR");
    o.placedAt = QDateTime(QDate(2026, 11, 21), QTime(10, 15));
    o.customer.name = QStringLiteral("Lerato Mokoena");
    o.customer.email = QStringLiteral("lerato@example.com");
    o.shipTo = Address{QStringLiteral("Lerato Mokoena"),
                       QStringLiteral("12 Vilakazi Street"),
                       QString(),
                       QStringLiteral("Orlando West"),
                       QStringLiteral("Soweto"),
                       QStringLiteral("GP"),
                       QStringLiteral("1804"),
                       QStringLiteral("ZA")};
    o.lines = {line(QStringLiteral("MUG-CER-350"), QStringLiteral("Ceramic mug 350 ml, speckled blue"), 2, 14999),
               line(QStringLiteral("TEA-RB-100"), QStringLiteral("Rooibos tea, 100 bags"), 3, 5950, 1500),
               line(QStringLiteral("CST-OAK-4"), QStringLiteral("Oak coasters, set of 4"), 1, 22000)};
    o.discountMinor = 2500;
    o.shippingMinor = 6500;
    o.taxMinor = 9375;
    o.totalMinor = 29998 + 16350 + 22000 - 2500 + 6500 + 9375;
    o.paymentStatus = PaymentStatus::Captured;
    return c;
}

DocumentContext giftContext()
{
    DocumentContext c = context();
    c.order.instructions.giftWrap = true;
    c.order.instructions.giftMessage = QStringLiteral("Happy birthday, Thabo! Love, Lerato");
    return c;
}

/// Every money amount the order's lines and totals could print, as formatted for the context's locale.
QStringList priceTexts(const DocumentContext& c)
{
    QStringList out;
    for (const OrderLine& l : c.order.lines) {
        out << Money(l.unitPriceMinor, c.order.currency).format(c.locale);
        out << Money(l.totalMinor(), c.order.currency).format(c.locale);
    }
    out << Money(c.order.totalMinor, c.order.currency).format(c.locale);
    return out;
}

int pageObjects(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    return int(QString::fromLatin1(pdf).count(page));
}

QString errorText(const Error& e)
{
    return e.toString();
}

} // namespace

class TestShippingDocuments final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalPackingSlip();
    void giftPackingSlipHasTheMessageAndNoPrices();
    void shortPickedUnitsFollow();
    void invoiceRows();
    void invoiceTotalsAddUp();
    void invoiceOverflowRefused();
    void returnInstructions();
    void returnInstructionsNeedRmaOrLink();
    void pdfsAreValidWithExactPages_data();
    void pdfsAreValidWithExactPages();
    void longOrderPaginates();
    void returnQrCodeScans();
};

void TestShippingDocuments::normalPackingSlip()
{
    const DocumentContext c = context();
    QVERIFY(!ShippingDocuments::isGift(c.order));
    QCOMPARE(ShippingDocuments::packingSlipHeaders(c),
             (QStringList{QStringLiteral("SKU"), QStringLiteral("Item"), QStringLiteral("Qty"),
                          QStringLiteral("Unit price")}));
    const QList<QStringList> rows = ShippingDocuments::packingSlipRows(c);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).mid(0, 3),
             (QStringList{QStringLiteral("MUG-CER-350"), QStringLiteral("Ceramic mug 350 ml, speckled blue"),
                          QStringLiteral("2")}));
    QCOMPARE(rows.at(0).at(3), Money(14999, QStringLiteral("ZAR")).format(c.locale));
    QCOMPARE(rows.at(1).at(2), QStringLiteral("3"));
    QVERIFY(ShippingDocuments::packingSlipNotes(c).isEmpty());
    const QStringList text = ShippingDocuments::documentText(DocumentKind::PackingSlip, c);
    QVERIFY(text.contains(QStringLiteral("SP-00012345")));
    QVERIFY(text.contains(QStringLiteral("12 Vilakazi Street")));
}

void TestShippingDocuments::giftPackingSlipHasTheMessageAndNoPrices()
{
    DocumentContext c = giftContext();
    c.order.instructions.fragile = true;
    QVERIFY(ShippingDocuments::isGift(c.order));
    QCOMPARE(ShippingDocuments::packingSlipHeaders(c),
             (QStringList{QStringLiteral("SKU"), QStringLiteral("Item"), QStringLiteral("Qty")}));
    for (const QStringList& row : ShippingDocuments::packingSlipRows(c))
        QCOMPARE(row.size(), 3);
    const QStringList notes = ShippingDocuments::packingSlipNotes(c);
    QVERIFY(notes.join(u'\n').contains(c.order.instructions.giftMessage));
    QVERIFY(notes.join(u'\n').contains(QStringLiteral("Fragile")));

    // No price anywhere in what the slip prints: no amount, no currency symbol.
    const QStringList text = ShippingDocuments::documentText(DocumentKind::PackingSlip, c);
    const QString all = text.join(u'\n');
    QVERIFY(all.contains(c.order.instructions.giftMessage));
    for (const QString& price : priceTexts(c))
        QVERIFY2(!all.contains(price), qPrintable(price));
    QVERIFY(!all.contains(QStringLiteral("R\u00a0")));
    QVERIFY(!all.contains(QStringLiteral("149")));
    QVERIFY(!all.contains(QStringLiteral("Unit price")));

    // A gift message alone (no wrap) makes it a gift too; the same order without either shows prices.
    c.order.instructions.giftWrap = false;
    QVERIFY(ShippingDocuments::isGift(c.order));
    c.order.instructions.giftMessage = QStringLiteral("   ");
    QVERIFY(!ShippingDocuments::isGift(c.order));

    const auto pdf = ShippingDocuments::packingSlipPdf(giftContext());
    QVERIFY2(pdf.has_value(), qPrintable(pdf ? QString() : errorText(pdf.error())));
    QVERIFY(pdf->startsWith("%PDF-"));
}

void TestShippingDocuments::shortPickedUnitsFollow()
{
    DocumentContext c = context();
    c.order.lines[0].shortQuantity = 1;
    c.order.lines[2].shortQuantity = 1; // nothing of this line ships
    const QList<QStringList> rows = ShippingDocuments::packingSlipRows(c);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).at(2), QStringLiteral("1"));
    const QString notes = ShippingDocuments::packingSlipNotes(c).join(u'\n');
    QVERIFY(notes.contains(QStringLiteral("CST-OAK-4")));
    QVERIFY(notes.contains(QStringLiteral("MUG-CER-350")));
}

void TestShippingDocuments::invoiceRows()
{
    const DocumentContext c = context();
    QCOMPARE(ShippingDocuments::invoiceHeaders().size(), 6);
    const QList<QStringList> rows = ShippingDocuments::invoiceRows(c);
    QCOMPARE(rows.size(), 3);
    const QString zar = QStringLiteral("ZAR");
    QCOMPARE(rows.at(1), (QStringList{QStringLiteral("TEA-RB-100"), QStringLiteral("Rooibos tea, 100 bags"),
                                      QStringLiteral("3"), Money(5950, zar).format(c.locale),
                                      Money(-1500, zar).format(c.locale), Money(16350, zar).format(c.locale)}));
    QCOMPARE(rows.at(0).at(4), QString()); // no discount on this line
    QCOMPARE(rows.at(0).at(5), Money(29998, zar).format(c.locale));
}

void TestShippingDocuments::invoiceTotalsAddUp()
{
    const DocumentContext c = context();
    const auto amounts = ShippingDocuments::invoiceAmounts(c.order);
    QVERIFY(amounts.has_value());
    QCOMPARE(amounts->linesTotal.minorUnits(), 29998 + 16350 + 22000);
    QCOMPARE(amounts->lineDiscounts.minorUnits(), 1500);
    QCOMPARE(amounts->linesTotal.minorUnits() - amounts->discount.minorUnits() + amounts->shipping.minorUnits() +
                 amounts->tax.minorUnits(),
             amounts->total.minorUnits());
    QCOMPARE(amounts->total.minorUnits(), c.order.totalMinor);

    const QList<QStringList> totals = ShippingDocuments::invoiceTotals(c);
    QStringList labels;
    for (const QStringList& row : totals) {
        QCOMPARE(row.size(), 2);
        labels << row.at(0);
    }
    QCOMPARE(labels, (QStringList{QStringLiteral("Subtotal"), QStringLiteral("Discount"), QStringLiteral("Shipping"),
                                  QStringLiteral("Tax"), QStringLiteral("Total"), QStringLiteral("Payment")}));
    const QString zar = QStringLiteral("ZAR");
    QCOMPARE(totals.at(0).at(1), Money(68348, zar).format(c.locale));
    QCOMPARE(totals.at(1).at(1), Money(-2500, zar).format(c.locale));
    QCOMPARE(totals.at(2).at(1), Money(6500, zar).format(c.locale));
    QCOMPARE(totals.at(3).at(1), Money(9375, zar).format(c.locale));
    QCOMPARE(totals.at(4).at(1), Money(81723, zar).format(c.locale));
    QCOMPARE(totals.at(5).at(1), QStringLiteral("Captured"));
    QVERIFY(totals.at(4).at(1).startsWith(QStringLiteral("R\u00a0"))); // the locale's way of writing rand
    QVERIFY(totals.at(4).at(1).contains(QStringLiteral("817")));

    // No order discount: no discount row. Another locale: the same amounts written its way.
    DocumentContext us = context();
    us.order.discountMinor = 0;
    us.order.currency = QStringLiteral("USD");
    us.locale = QLocale(QLocale::English, QLocale::UnitedStates);
    const QList<QStringList> usTotals = ShippingDocuments::invoiceTotals(us);
    QCOMPARE(usTotals.size(), 5);
    QCOMPARE(usTotals.at(3).at(1), QStringLiteral("$842.23"));

    const auto pdf = ShippingDocuments::invoicePdf(c);
    QVERIFY2(pdf.has_value(), qPrintable(pdf ? QString() : errorText(pdf.error())));
    QCOMPARE(pageObjects(*pdf), 1);
}

void TestShippingDocuments::invoiceOverflowRefused()
{
    DocumentContext c = context();
    c.order.lines[0].unitPriceMinor = std::numeric_limits<qint64>::max() / 2;
    const auto amounts = ShippingDocuments::invoiceAmounts(c.order);
    QVERIFY(!amounts.has_value());
    QCOMPARE(amounts.error().code, Error::Code::InvalidArgument);
    QVERIFY(ShippingDocuments::invoiceTotals(c).isEmpty());
    QVERIFY(!ShippingDocuments::invoicePdf(c).has_value());
}

void TestShippingDocuments::returnInstructions()
{
    DocumentContext c = context();
    c.returnRma = QStringLiteral("RMA-2026-000321");
    c.returnLink = QStringLiteral("https://saypro.example/returns/RMA-2026-000321");
    const QStringList steps = ShippingDocuments::returnSteps(c);
    QVERIFY(steps.size() >= 4);
    const QString all = steps.join(u'\n');
    QVERIFY(all.contains(c.returnRma));
    QVERIFY(all.contains(c.returnLink));
    QVERIFY(all.contains(c.supportContact));
    QCOMPARE(ShippingDocuments::returnQrText(c), c.returnLink);
    QCOMPARE(ShippingDocuments::returnRows(c).size(), 3);
    const QStringList text = ShippingDocuments::documentText(DocumentKind::ReturnInstructions, c);
    QVERIFY(text.contains(c.returnRma));
    QVERIFY(text.contains(QStringLiteral("14 Le Roux Avenue"))); // the return address

    c.returnLink.clear();
    QCOMPARE(ShippingDocuments::returnQrText(c), c.returnRma);
}

void TestShippingDocuments::returnInstructionsNeedRmaOrLink()
{
    const DocumentContext c = context();
    const auto pdf = ShippingDocuments::returnInstructionsPdf(c);
    QVERIFY(!pdf.has_value());
    QCOMPARE(pdf.error().code, Error::Code::InvalidArgument);
    QVERIFY(!pdf.error().message.isEmpty());
}

void TestShippingDocuments::pdfsAreValidWithExactPages_data()
{
    QTest::addColumn<DocumentKind>("kind");
    QTest::addColumn<bool>("letter");
    QTest::addColumn<QList<double>>("mediaBox");
    const QList<double> a4{0, 0, 595, 842};
    const QList<double> letter{0, 0, 612, 792};
    QTest::addRow("slip A4") << DocumentKind::PackingSlip << false << a4;
    QTest::addRow("invoice A4") << DocumentKind::Invoice << false << a4;
    QTest::addRow("returns A4") << DocumentKind::ReturnInstructions << false << a4;
    QTest::addRow("returns Letter") << DocumentKind::ReturnInstructions << true << letter;
    QTest::addRow("invoice Letter") << DocumentKind::Invoice << true << letter;
}

void TestShippingDocuments::pdfsAreValidWithExactPages()
{
    QFETCH(DocumentKind, kind);
    QFETCH(bool, letter);
    QFETCH(QList<double>, mediaBox);
    DocumentContext c = context();
    c.returnRma = QStringLiteral("RMA-2026-000321");
    c.returnLink = QStringLiteral("https://saypro.example/returns/RMA-2026-000321");
    const auto pdf = ShippingDocuments::toPdf(kind, c, letter ? PaperSize::Letter : PaperSize::A4);
    QVERIFY2(pdf.has_value(), qPrintable(pdf ? QString() : errorText(pdf.error())));
    QVERIFY(pdf->startsWith("%PDF-"));
    QVERIFY(pdf->trimmed().endsWith("%%EOF"));
    QCOMPARE(test::mediaBoxes(*pdf), QList<QList<double>>{mediaBox});
    QCOMPARE(pageObjects(*pdf), 1);
}

void TestShippingDocuments::longOrderPaginates()
{
    DocumentContext c = context();
    c.order.lines.clear();
    for (int i = 1; i <= 60; ++i)
        c.order.lines << line(QStringLiteral("SKU-%1").arg(i, 4, 10, QLatin1Char('0')),
                              QStringLiteral("Item number %1 with a reasonably descriptive name").arg(i), i % 5 + 1,
                              1000 + i);
    QCOMPARE(ShippingDocuments::packingSlipRows(c).size(), 60);

    const auto pdf = ShippingDocuments::packingSlipPdf(c);
    QVERIFY2(pdf.has_value(), qPrintable(pdf ? QString() : errorText(pdf.error())));
    const int pages = pageObjects(*pdf);
    QVERIFY2(pages > 1, qPrintable(QString::number(pages)));
    QCOMPARE(test::mediaBoxes(*pdf), QList<QList<double>>(pages, QList<double>{0, 0, 595, 842}));

    // The preview images paginate the same way, and the invoice does too.
    const auto images = ShippingDocuments::toImages(DocumentKind::PackingSlip, c, PaperSize::A4, 100);
    QVERIFY(images.has_value());
    QCOMPARE(int(images->size()), pages);
    QCOMPARE(images->first().size(), QSize(826, 1169)); // A4 at 100 dpi
    const auto invoice = ShippingDocuments::invoicePdf(c);
    QVERIFY(invoice.has_value());
    QVERIFY(pageObjects(*invoice) > 1);

    // A short order stays on one page.
    const auto one = ShippingDocuments::toImages(DocumentKind::PackingSlip, context(), PaperSize::Letter, 72);
    QVERIFY(one.has_value());
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->first().size(), QSize(612, 792));
}

void TestShippingDocuments::returnQrCodeScans()
{
    DocumentContext c = context();
    c.returnRma = QStringLiteral("RMA-2026-000321");
    c.returnLink = QStringLiteral("https://saypro.example/returns/RMA-2026-000321");
    const auto images = ShippingDocuments::toImages(DocumentKind::ReturnInstructions, c, PaperSize::A4, 150);
    QVERIFY(images.has_value());
    QCOMPARE(images->size(), 1);
    const auto decoded = ImageDecoder::decodeImage(images->first());
    QVERIFY(decoded.has_value());
    QStringList qr;
    for (const DecodedBarcode& b : *decoded)
        if (b.format == QLatin1String("QRCode"))
            qr << b.text;
    QCOMPARE(qr, QStringList{c.returnLink});

    // Without a link the QR code carries the RMA number.
    c.returnLink.clear();
    const auto rmaOnly = ShippingDocuments::toImages(DocumentKind::ReturnInstructions, c, PaperSize::A4, 150);
    QVERIFY(rmaOnly.has_value());
    const auto decodedRma = ImageDecoder::decodeImage(rmaOnly->first());
    QVERIFY(decodedRma.has_value());
    QVERIFY(!decodedRma->isEmpty());
    QCOMPARE(decodedRma->first().text, c.returnRma);
}

QTEST_MAIN(TestShippingDocuments)
#include "TestShippingDocuments.moc"
