// Order verification rules: valid ZA and US orders pass; each check fails alone and several fail together.

#include "../TestSupport.h"

#include "domain/Gtin.h"
#include "intake/OrderVerifier.h"

#include <QHash>
#include <QTest>

#include <limits>

using namespace saypro;

namespace {

/// The catalogue the tests verify against: SKU -> GTIN (empty when the product has none).
const QHash<QString, QString>& catalogue()
{
    static const QHash<QString, QString> c = {
        {QStringLiteral("SP-MUG-BLU"), QStringLiteral("6009876000019")},
        {QStringLiteral("SP-TEE-L"), QStringLiteral("036000291452")},
        {QStringLiteral("SP-CARD"), QString()},
    };
    return c;
}

bool knownProduct(const QString& sku, const QString& gtin)
{
    const auto it = catalogue().constFind(sku);
    if (it == catalogue().constEnd())
        return false;
    return gtin.isEmpty() || (!it->isEmpty() && Gtin::toGtin14(*it) == Gtin::toGtin14(gtin));
}

OrderLine line(const QString& id, const QString& sku, const QString& gtin, int quantity, qint64 unitPrice,
               qint64 discount = 0)
{
    OrderLine l;
    l.lineId = id;
    l.sku = sku;
    l.gtin = gtin;
    l.name = sku;
    l.quantity = quantity;
    l.unitPriceMinor = unitPrice;
    l.discountMinor = discount;
    return l;
}

/// Sets the total to exactly lines - discount + shipping + tax.
void balance(Order& o)
{
    o.totalMinor = o.itemsSubtotalMinor() - o.discountMinor + o.shippingMinor + o.taxMinor;
}

Order zaOrder()
{
    Order o = test::sampleOrder(1);
    o.lines.clear();
    o.lines << line(QStringLiteral("L1"), QStringLiteral("SP-MUG-BLU"), QStringLiteral("6009876000019"), 2, 12900)
            << line(QStringLiteral("L2"), QStringLiteral("SP-CARD"), QString(), 1, 2500, 500);
    o.discountMinor = 1000;
    o.shippingMinor = 6500;
    o.taxMinor = 5310;
    balance(o);
    return o;
}

Order usOrder()
{
    Order o = test::sampleOrder(2, QStringLiteral("Jane Doe"));
    o.currency = QStringLiteral("USD");
    o.customer.email = QStringLiteral("jane.doe@example.com");
    o.customer.phone = QStringLiteral("+12025550143");
    o.customer.locale = QStringLiteral("en-US");
    o.shipTo = Address{QStringLiteral("Jane Doe"),   QStringLiteral("350 Fifth Avenue"),
                       QStringLiteral("Floor 3"),    QString(),
                       QStringLiteral("New York"),   QStringLiteral("NY"),
                       QStringLiteral("10118-0110"), QStringLiteral("US")};
    o.lines.clear();
    // The catalogue holds this GTIN-12; the marketplace sends it as a GTIN-14.
    o.lines << line(QStringLiteral("A"), QStringLiteral("SP-TEE-L"), QStringLiteral("00036000291452"), 3, 1999);
    o.discountMinor = 0;
    o.shippingMinor = 799;
    o.taxMinor = 548;
    balance(o);
    return o;
}

VerificationReport verify(const Order& o)
{
    return OrderVerifier().verify(o, &knownProduct);
}

} // namespace

class TestOrderVerifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validOrdersPassEveryCheck_data();
    void validOrdersPassEveryCheck();
    void eachCheckFailsAlone_data();
    void eachCheckFailsAlone();
    void severalFailTogether_data();
    void severalFailTogether();
    void totalsReportTheDifference();
    void totalsOverflowFails();
    void maxQuantityIsConfigurable();
    void lookupSeesSkuAndGtin();
    void missingLookupFailsLines();
    void paymentNamesTheState_data();
    void paymentNamesTheState();
    void phoneOptionalWhenConfigured();
    void email_data();
    void email();
    void phone_data();
    void phone();
    void reportHelpers();
};

void TestOrderVerifier::validOrdersPassEveryCheck_data()
{
    QTest::addColumn<Order>("order");
    QTest::addRow("ZA with line and order discounts") << zaOrder();
    QTest::addRow("US with ZIP+4 and GTIN-14") << usOrder();
    Order o = zaOrder();
    o.lines[0].quantity = 999;
    balance(o);
    QTest::addRow("ZA at the quantity limit") << o;
    o = usOrder();
    o.shipTo.postalCode = QStringLiteral("10118");
    o.shippingMinor = 0;
    o.taxMinor = 0;
    balance(o);
    QTest::addRow("US plain ZIP, free shipping, no tax") << o;
}

void TestOrderVerifier::validOrdersPassEveryCheck()
{
    QFETCH(Order, order);
    const VerificationReport report = verify(order);
    QCOMPARE(report.failedIds(), QStringList());
    QVERIFY(report.passed());
    QStringList ids;
    for (const VerificationCheck& c : report.checks) {
        ids << c.id;
        QVERIFY2(!c.message.isEmpty(), qPrintable(c.id));
    }
    QCOMPARE(ids, VerificationCheck::allIds());
}

void TestOrderVerifier::eachCheckFailsAlone_data()
{
    QTest::addColumn<Order>("order");
    QTest::addColumn<QString>("failedId");

    // line_known
    Order o = zaOrder();
    o.lines[1].sku = QStringLiteral("SP-NOPE");
    QTest::addRow("unknown SKU") << o << QStringLiteral("line_known");
    o = zaOrder();
    o.lines[0].gtin = QStringLiteral("6009876000026"); // valid check digit, another product
    QTest::addRow("GTIN of another product") << o << QStringLiteral("line_known");
    o = zaOrder();
    o.lines[0].gtin = QStringLiteral("6009876000018");
    QTest::addRow("GTIN with a wrong check digit") << o << QStringLiteral("line_known");
    o = zaOrder();
    o.lines[1].gtin = QStringLiteral("036000291452");
    QTest::addRow("GTIN given for a product without one") << o << QStringLiteral("line_known");
    o = zaOrder();
    o.lines[0].sku = QStringLiteral("  ");
    QTest::addRow("blank SKU") << o << QStringLiteral("line_known");
    o = zaOrder();
    o.lines.clear();
    o.discountMinor = 0;
    balance(o);
    QTest::addRow("no lines") << o << QStringLiteral("line_known");

    // quantities
    o = zaOrder();
    o.lines[1].quantity = 0;
    o.lines[1].discountMinor = 0;
    balance(o);
    QTest::addRow("zero quantity") << o << QStringLiteral("quantities");
    o = zaOrder();
    o.lines[0].quantity = -2;
    o.lines[0].unitPriceMinor = 0;
    balance(o);
    QTest::addRow("negative quantity") << o << QStringLiteral("quantities");
    o = zaOrder();
    o.lines[0].quantity = 1000;
    balance(o);
    QTest::addRow("quantity 1000") << o << QStringLiteral("quantities");

    // totals
    o = zaOrder();
    o.totalMinor += 1;
    QTest::addRow("total one cent high") << o << QStringLiteral("totals");
    o = zaOrder();
    o.totalMinor -= o.discountMinor;
    QTest::addRow("order discount taken twice") << o << QStringLiteral("totals");
    o = zaOrder();
    o.taxMinor = 0;
    QTest::addRow("tax left out of the parts") << o << QStringLiteral("totals");
    o = zaOrder();
    o.shippingMinor = -6500;
    o.discountMinor = 0;
    balance(o);
    QTest::addRow("negative shipping that balances") << o << QStringLiteral("totals");
    o = zaOrder();
    o.currency = QStringLiteral("R");
    QTest::addRow("invalid currency") << o << QStringLiteral("totals");

    // customer_name
    o = zaOrder();
    o.customer.name.clear();
    QTest::addRow("no customer name") << o << QStringLiteral("customer_name");
    o = zaOrder();
    o.customer.name = QStringLiteral(" \t ");
    QTest::addRow("blank customer name") << o << QStringLiteral("customer_name");

    // address
    o = zaOrder();
    o.shipTo.postalCode = QStringLiteral("180");
    QTest::addRow("ZA short postal code") << o << QStringLiteral("address");
    o = zaOrder();
    o.shipTo.region = QStringLiteral("NY");
    QTest::addRow("ZA with a US state") << o << QStringLiteral("address");
    o = zaOrder();
    o.shipTo.line1.clear();
    QTest::addRow("ZA no street") << o << QStringLiteral("address");
    o = usOrder();
    o.shipTo.region.clear();
    QTest::addRow("US no state") << o << QStringLiteral("address");
    o = usOrder();
    o.shipTo.postalCode = QStringLiteral("1011");
    QTest::addRow("US short ZIP") << o << QStringLiteral("address");
    o = usOrder();
    o.shipTo.country.clear();
    QTest::addRow("no country") << o << QStringLiteral("address");

    // email
    o = zaOrder();
    o.customer.email.clear();
    QTest::addRow("no email") << o << QStringLiteral("email");
    o = zaOrder();
    o.customer.email = QStringLiteral("sipho@localhost");
    QTest::addRow("email without a dotted domain") << o << QStringLiteral("email");
    o = usOrder();
    o.customer.email = QStringLiteral("jane doe@example.com");
    QTest::addRow("email with a space") << o << QStringLiteral("email");

    // phone
    o = zaOrder();
    o.customer.phone = QStringLiteral("0821234567");
    QTest::addRow("local ZA phone") << o << QStringLiteral("phone");
    o = usOrder();
    o.customer.phone = QStringLiteral("+1 202 555 0143");
    QTest::addRow("US phone with spaces") << o << QStringLiteral("phone");
    o = zaOrder();
    o.customer.phone.clear();
    QTest::addRow("no phone") << o << QStringLiteral("phone");

    // payment
    o = zaOrder();
    o.paymentStatus = PaymentStatus::Pending;
    QTest::addRow("payment pending") << o << QStringLiteral("payment");
    o = usOrder();
    o.paymentStatus = PaymentStatus::Failed;
    QTest::addRow("payment failed") << o << QStringLiteral("payment");
}

void TestOrderVerifier::eachCheckFailsAlone()
{
    QFETCH(Order, order);
    QFETCH(QString, failedId);
    const VerificationReport report = verify(order);
    QCOMPARE(report.failedIds(), QStringList{failedId});
    QVERIFY(!report.passed());
    const std::optional<VerificationCheck> check = report.check(failedId);
    QVERIFY(check.has_value());
    QVERIFY(!check->message.isEmpty());
    QVERIFY(!check->detail.isEmpty());
    QCOMPARE(report.failureMessages(), QStringList{check->message});
}

void TestOrderVerifier::severalFailTogether_data()
{
    QTest::addColumn<Order>("order");
    QTest::addColumn<QStringList>("failedIds");

    Order o = zaOrder();
    o.paymentStatus = PaymentStatus::Pending;
    o.customer.email = QStringLiteral("no-at-sign");
    QTest::addRow("email and payment") << o << QStringList{QStringLiteral("email"), QStringLiteral("payment")};

    o = usOrder();
    o.lines[0].sku = QStringLiteral("SP-GONE");
    o.lines[0].quantity = 5000;
    QTest::addRow("unknown SKU, silly quantity, total no longer adds up")
        << o << QStringList{QStringLiteral("line_known"), QStringLiteral("quantities"), QStringLiteral("totals")};

    o = usOrder();
    o.customer = Customer();
    o.shipTo = Address();
    QTest::addRow("no customer, no address") << o
                                             << QStringList{QStringLiteral("customer_name"), QStringLiteral("address"),
                                                            QStringLiteral("email"), QStringLiteral("phone")};

    o = zaOrder();
    o.lines[0].sku = QStringLiteral("X");
    o.lines[1].quantity = 0;
    o.totalMinor = 0;
    o.customer.name.clear();
    o.shipTo.postalCode = QStringLiteral("ABCD");
    o.customer.email = QStringLiteral("a@b");
    o.customer.phone = QStringLiteral("+0");
    o.paymentStatus = PaymentStatus::Failed;
    QTest::addRow("everything") << o << VerificationCheck::allIds();
}

void TestOrderVerifier::severalFailTogether()
{
    QFETCH(Order, order);
    QFETCH(QStringList, failedIds);
    const VerificationReport report = verify(order);
    QCOMPARE(report.failedIds(), failedIds);
    QCOMPARE(report.failureMessages().size(), failedIds.size());
    QCOMPARE(report.checks.size(), VerificationCheck::allIds().size());
}

void TestOrderVerifier::totalsReportTheDifference()
{
    Order o = zaOrder();
    const qint64 expected = o.totalMinor;
    o.totalMinor = expected + 1;
    std::optional<VerificationCheck> check = verify(o).check(VerificationCheck::Totals);
    QVERIFY(check.has_value());
    QVERIFY(!check->passed);
    QVERIFY2(check->detail.contains(QStringLiteral("difference 0.01 ZAR")), qPrintable(check->detail));
    QVERIFY2(check->message.contains(Money(1, o.currency).format()), qPrintable(check->message));
    QVERIFY(check->message.contains(Money(expected, o.currency).format()));

    o.totalMinor = expected - 250000;
    check = verify(o).check(VerificationCheck::Totals);
    QVERIFY(check.has_value());
    QVERIFY2(check->detail.contains(QStringLiteral("difference -2500.00 ZAR")), qPrintable(check->detail));

    // Zero-decimal currencies are reported in whole units.
    o = zaOrder();
    o.currency = QStringLiteral("JPY");
    o.totalMinor += 3;
    check = verify(o).check(VerificationCheck::Totals);
    QVERIFY(check.has_value());
    QVERIFY2(check->detail.contains(QStringLiteral("difference 3 JPY")), qPrintable(check->detail));
}

void TestOrderVerifier::totalsOverflowFails()
{
    Order o = zaOrder();
    o.lines[0].quantity = 999;
    o.lines[0].unitPriceMinor = std::numeric_limits<qint64>::max() / 10;
    const VerificationReport report = verify(o);
    QCOMPARE(report.failedIds(), QStringList{QStringLiteral("totals")});
    QVERIFY(report.check(VerificationCheck::Totals)->detail.contains(QStringLiteral("overflow")));
}

void TestOrderVerifier::maxQuantityIsConfigurable()
{
    Order o = zaOrder();
    o.lines[0].quantity = 25;
    balance(o);
    OrderVerifier verifier;
    QCOMPARE(verifier.maxQuantityPerLine(), 999);
    QVERIFY(verifier.verify(o, &knownProduct).passed());
    verifier.setMaxQuantityPerLine(24);
    QCOMPARE(verifier.verify(o, &knownProduct).failedIds(), QStringList{QStringLiteral("quantities")});
    verifier.setMaxQuantityPerLine(25);
    QVERIFY(verifier.verify(o, &knownProduct).passed());
    verifier.setMaxQuantityPerLine(0); // clamped: a line may always hold one unit
    QCOMPARE(verifier.maxQuantityPerLine(), 1);
}

void TestOrderVerifier::lookupSeesSkuAndGtin()
{
    QList<QPair<QString, QString>> asked;
    const auto lookup = [&asked](const QString& sku, const QString& gtin) {
        asked.append({sku, gtin});
        return true;
    };
    Order o = zaOrder();
    o.lines[1].gtin = QStringLiteral("123"); // invalid: rejected before the catalogue is asked
    const VerificationReport report = OrderVerifier().verify(o, lookup);
    QCOMPARE(report.failedIds(), QStringList{QStringLiteral("line_known")});
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first().first, QStringLiteral("SP-MUG-BLU"));
    QCOMPARE(asked.first().second, QStringLiteral("6009876000019"));
    QVERIFY(report.check(VerificationCheck::LineKnown)->message.contains(QStringLiteral("L2")));
}

void TestOrderVerifier::missingLookupFailsLines()
{
    const VerificationReport report = OrderVerifier().verify(zaOrder(), OrderVerifier::ProductLookup());
    QCOMPARE(report.failedIds(), QStringList{QStringLiteral("line_known")});
}

void TestOrderVerifier::paymentNamesTheState_data()
{
    QTest::addColumn<PaymentStatus>("status");
    QTest::addColumn<bool>("passed");
    QTest::addRow("captured") << PaymentStatus::Captured << true;
    QTest::addRow("pending") << PaymentStatus::Pending << false;
    QTest::addRow("failed") << PaymentStatus::Failed << false;
}

void TestOrderVerifier::paymentNamesTheState()
{
    QFETCH(PaymentStatus, status);
    QFETCH(bool, passed);
    Order o = zaOrder();
    o.paymentStatus = status;
    const std::optional<VerificationCheck> check = verify(o).check(VerificationCheck::Payment);
    QVERIFY(check.has_value());
    QCOMPARE(check->passed, passed);
    QCOMPARE(check->detail, QString(QStringLiteral("payment_status=") + PaymentStatuses::key(status)));
    if (!passed)
        QVERIFY2(check->message.contains(PaymentStatuses::displayName(status)), qPrintable(check->message));
}

void TestOrderVerifier::phoneOptionalWhenConfigured()
{
    Order o = zaOrder();
    o.customer.phone.clear();
    OrderVerifier verifier;
    QCOMPARE(verifier.verify(o, &knownProduct).failedIds(), QStringList{QStringLiteral("phone")});
    verifier.setPhoneRequired(false);
    QVERIFY(verifier.verify(o, &knownProduct).passed());
    o.customer.phone = QStringLiteral("082 123 4567");
    QCOMPARE(verifier.verify(o, &knownProduct).failedIds(), QStringList{QStringLiteral("phone")});
}

void TestOrderVerifier::email_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("valid");
    QTest::addRow("plain") << "sipho@example.co.za" << true;
    QTest::addRow("plus tag") << "jane+orders@example.com" << true;
    QTest::addRow("dots in local part") << "a.b.c@mail.example.org" << true;
    QTest::addRow("empty") << "" << false;
    QTest::addRow("no at") << "example.com" << false;
    QTest::addRow("two ats") << "a@b@example.com" << false;
    QTest::addRow("no local part") << "@example.com" << false;
    QTest::addRow("undotted domain") << "a@localhost" << false;
    QTest::addRow("empty label") << "a@example..com" << false;
    QTest::addRow("trailing dot") << "a@example.com." << false;
    QTest::addRow("leading dot in domain") << "a@.example.com" << false;
    QTest::addRow("space inside") << "a b@example.com" << false;
    QTest::addRow("trailing space") << "a@example.com " << false;
    QTest::addRow("tab") << "a@exa\tmple.com" << false;
}

void TestOrderVerifier::email()
{
    QFETCH(QString, email);
    QFETCH(bool, valid);
    QCOMPARE(OrderVerifier::isWellFormedEmail(email), valid);
}

void TestOrderVerifier::phone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<bool>("valid");
    QTest::addRow("ZA mobile") << "+27821234567" << true;
    QTest::addRow("US") << "+12025550143" << true;
    QTest::addRow("8 digits") << "+12345678" << true;
    QTest::addRow("15 digits") << "+123456789012345" << true;
    QTest::addRow("7 digits") << "+1234567" << false;
    QTest::addRow("16 digits") << "+1234567890123456" << false;
    QTest::addRow("no plus") << "27821234567" << false;
    QTest::addRow("leading zero after plus") << "+0821234567" << false;
    QTest::addRow("spaces") << "+27 82 123 4567" << false;
    QTest::addRow("hyphens") << "+1-202-555-0143" << false;
    QTest::addRow("letters") << "+2782123456A" << false;
    QTest::addRow("two plus signs") << "++27821234567" << false;
    QTest::addRow("empty") << "" << false;
}

void TestOrderVerifier::phone()
{
    QFETCH(QString, phone);
    QFETCH(bool, valid);
    QCOMPARE(OrderVerifier::isE164(phone), valid);
}

void TestOrderVerifier::reportHelpers()
{
    VerificationReport empty;
    QVERIFY(!empty.passed()); // nothing checked is not a pass
    QCOMPARE(empty.failedIds(), QStringList());
    QVERIFY(!empty.check(VerificationCheck::Payment).has_value());
}

QTEST_GUILESS_MAIN(TestOrderVerifier)
#include "TestOrderVerifier.moc"
