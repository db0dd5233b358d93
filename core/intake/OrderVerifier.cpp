#include "OrderVerifier.h"

#include "domain/Gtin.h"
#include "domain/Money.h"
#include "domain/ServiceLevel.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace saypro {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("OrderVerifier", text, nullptr, n);
}

VerificationCheck pass(QLatin1String id, QString message, QString detail = {})
{
    return VerificationCheck{id, true, std::move(message), std::move(detail)};
}

VerificationCheck failure(QLatin1String id, QString message, QString detail)
{
    return VerificationCheck{id, false, std::move(message), std::move(detail)};
}

/// How a line is named to people: its marketplace line id, else its 1-based position.
QString lineLabel(const OrderLine& line, qsizetype index)
{
    return line.lineId.isEmpty() ? QString::number(index + 1) : line.lineId;
}

} // namespace

OrderVerifier::OrderVerifier(AddressRules addressRules) : m_addressRules(std::move(addressRules)) {}

void OrderVerifier::setMaxQuantityPerLine(int max)
{
    m_maxQuantityPerLine = std::max(1, max);
}

VerificationReport OrderVerifier::verify(const Order& order, const ProductLookup& isKnownProduct) const
{
    VerificationReport report;
    report.checks << checkLines(order, isKnownProduct) << checkQuantities(order) << checkTotals(order)
                  << checkCustomerName(order) << checkAddress(order) << checkEmail(order) << checkPhone(order)
                  << checkPayment(order);
    return report;
}

bool OrderVerifier::isWellFormedEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+$"));
    return pattern.match(email).hasMatch();
}

bool OrderVerifier::isE164(const QString& phone)
{
    static const QRegularExpression pattern(QStringLiteral("^\\+[1-9][0-9]{7,14}$"));
    return pattern.match(phone).hasMatch();
}

VerificationCheck OrderVerifier::checkLines(const Order& order, const ProductLookup& isKnownProduct) const
{
    const QLatin1String id = VerificationCheck::LineKnown;
    if (order.lines.isEmpty())
        return failure(id, tr("The order has no lines."), QStringLiteral("order %1 has no lines").arg(order.number));
    if (!isKnownProduct)
        return failure(id, tr("The product catalogue is not available to check the lines."),
                       QStringLiteral("no product lookup was given"));

    QStringList problems;
    QStringList details;
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const OrderLine& line = order.lines.at(i);
        const QString label = lineLabel(line, i);
        if (line.sku.trimmed().isEmpty()) {
            problems << tr("line %1 has no SKU").arg(label);
            details << QStringLiteral("line %1: blank sku").arg(label);
        } else if (!line.gtin.isEmpty() && !Gtin::isValid(line.gtin)) {
            problems << tr("line %1 (%2) has an invalid GTIN %3").arg(label, line.sku, line.gtin);
            details << QStringLiteral("line %1: sku %2 gtin %3 fails the GS1 check").arg(label, line.sku, line.gtin);
        } else if (!isKnownProduct(line.sku, line.gtin)) {
            if (line.gtin.isEmpty()) {
                problems << tr("line %1: SKU %2 is not in the catalogue").arg(label, line.sku);
                details << QStringLiteral("line %1: sku %2 unknown").arg(label, line.sku);
            } else {
                problems << tr("line %1: SKU %2 with GTIN %3 is not in the catalogue").arg(label, line.sku, line.gtin);
                details << QStringLiteral("line %1: sku %2 gtin %3 unknown or not matching")
                               .arg(label, line.sku, line.gtin);
            }
        }
    }
    if (!problems.isEmpty())
        return failure(id,
                       QString(tr("Some lines refer to products the station does not know: ") +
                               problems.join(QStringLiteral("; ")) + u'.'),
                       details.join(QStringLiteral("; ")));
    return pass(id, tr("Every line refers to a known product."),
                QStringLiteral("%1 lines known").arg(order.lines.size()));
}

VerificationCheck OrderVerifier::checkQuantities(const Order& order) const
{
    const QLatin1String id = VerificationCheck::Quantities;
    QStringList problems;
    for (qsizetype i = 0; i < order.lines.size(); ++i) {
        const OrderLine& line = order.lines.at(i);
        if (line.quantity < 1 || line.quantity > m_maxQuantityPerLine)
            problems << QStringLiteral("%1 x%2").arg(lineLabel(line, i)).arg(line.quantity);
    }
    if (!problems.isEmpty())
        return failure(id,
                       tr("Quantities must be between 1 and %1 per line: %2.")
                           .arg(m_maxQuantityPerLine)
                           .arg(problems.join(QStringLiteral(", "))),
                       QStringLiteral("quantity out of 1..%1 on line(s) %2")
                           .arg(m_maxQuantityPerLine)
                           .arg(problems.join(QStringLiteral(", "))));
    return pass(id, tr("Every quantity is between 1 and %1.").arg(m_maxQuantityPerLine));
}

VerificationCheck OrderVerifier::checkTotals(const Order& order) const
{
    const QLatin1String id = VerificationCheck::Totals;
    if (!Money(0, order.currency).isValid())
        return failure(id, tr("The order's currency \"%1\" is not a valid currency code.").arg(order.currency),
                       QStringLiteral("currency \"%1\" is not 3 letters").arg(order.currency));
    if (order.shippingMinor < 0 || order.taxMinor < 0 || order.discountMinor < 0)
        return failure(id, tr("Shipping, tax and discount must not be negative."),
                       QStringLiteral("shipping=%1 tax=%2 discount=%3 (minor units)")
                           .arg(order.shippingMinor)
                           .arg(order.taxMinor)
                           .arg(order.discountMinor));

    // Each step checked for overflow: a corrupt or hostile order must fail here, not wrap around.
    qint64 expected = 0;
    bool overflow = false;
    for (const OrderLine& line : order.lines) {
        qint64 gross = 0;
        qint64 lineTotal = 0;
        overflow = overflow || __builtin_mul_overflow(qint64(line.quantity), line.unitPriceMinor, &gross) ||
                   __builtin_sub_overflow(gross, line.discountMinor, &lineTotal) ||
                   __builtin_add_overflow(expected, lineTotal, &expected);
    }
    overflow = overflow || __builtin_sub_overflow(expected, order.discountMinor, &expected) ||
               __builtin_add_overflow(expected, order.shippingMinor, &expected) ||
               __builtin_add_overflow(expected, order.taxMinor, &expected);
    if (overflow)
        return failure(id, tr("The order's amounts are too large to add up."),
                       QStringLiteral("64-bit overflow adding lines, discount, shipping and tax"));

    const Money total(order.totalMinor, order.currency);
    const Money parts(expected, order.currency);
    if (expected != order.totalMinor) {
        qint64 difference = 0;
        if (__builtin_sub_overflow(order.totalMinor, expected, &difference))
            return failure(id, tr("The order's amounts are too large to add up."),
                           QStringLiteral("64-bit overflow comparing the total with its parts"));
        const Money diff(difference, order.currency);
        return failure(id,
                       tr("The order total %1 does not match its lines, discount, shipping and tax (%2): off by %3.")
                           .arg(total.format(), parts.format(), diff.format()),
                       QStringLiteral("total %1 != lines %2 - discount %3 + shipping %4 + tax %5 = %6; difference %7")
                           .arg(total.toCanonicalString(),
                                Money(order.itemsSubtotalMinor(), order.currency).toCanonicalString(),
                                Money(order.discountMinor, order.currency).toCanonicalString(),
                                Money(order.shippingMinor, order.currency).toCanonicalString(),
                                Money(order.taxMinor, order.currency).toCanonicalString(), parts.toCanonicalString(),
                                diff.toCanonicalString()));
    }
    return pass(id, tr("The total %1 matches its lines, discount, shipping and tax.").arg(total.format()),
                QStringLiteral("total %1").arg(total.toCanonicalString()));
}

VerificationCheck OrderVerifier::checkCustomerName(const Order& order) const
{
    const QLatin1String id = VerificationCheck::CustomerName;
    if (order.customer.name.trimmed().isEmpty())
        return failure(id, tr("The customer's name is missing."), QStringLiteral("customer.name is blank"));
    return pass(id, tr("The customer's name is present."));
}

VerificationCheck OrderVerifier::checkAddress(const Order& order) const
{
    const QLatin1String id = VerificationCheck::AddressComplete;
    const QList<AddressRules::Issue> issues = m_addressRules.check(order.shipTo);
    if (!issues.isEmpty()) {
        QStringList messages;
        QStringList details;
        for (const AddressRules::Issue& issue : issues) {
            messages << issue.message;
            details << issue.detail;
        }
        return failure(
            id, QString(tr("The delivery address is incomplete or not valid: ") + messages.join(QStringLiteral(" "))),
            QStringLiteral("ship_to (%1): %2")
                .arg(order.shipTo.country.trimmed().toUpper(), details.join(QStringLiteral("; "))));
    }
    return pass(id, tr("The delivery address is complete."));
}

VerificationCheck OrderVerifier::checkEmail(const Order& order) const
{
    const QLatin1String id = VerificationCheck::Email;
    const QString& email = order.customer.email;
    if (email.isEmpty())
        return failure(id, tr("The customer's email address is missing."), QStringLiteral("customer.email is blank"));
    if (!isWellFormedEmail(email))
        return failure(id, tr("The customer's email address \"%1\" is not well formed.").arg(email),
                       QStringLiteral("customer.email \"%1\" is malformed").arg(email));
    return pass(id, tr("The customer's email address is well formed."));
}

VerificationCheck OrderVerifier::checkPhone(const Order& order) const
{
    const QLatin1String id = VerificationCheck::Phone;
    const QString& phone = order.customer.phone;
    if (phone.isEmpty()) {
        if (m_phoneRequired)
            return failure(id, tr("The customer's phone number is missing."),
                           QStringLiteral("customer.phone is blank"));
        return pass(id, tr("No phone number was given (not required)."));
    }
    if (!isE164(phone))
        return failure(
            id,
            tr("The customer's phone number \"%1\" is not in international form (+ and 8 to 15 digits).").arg(phone),
            QStringLiteral("customer.phone \"%1\" is not E.164").arg(phone));
    return pass(id, tr("The customer's phone number is well formed."));
}

VerificationCheck OrderVerifier::checkPayment(const Order& order) const
{
    const QLatin1String id = VerificationCheck::Payment;
    const QString detail = QStringLiteral("payment_status=%1").arg(PaymentStatuses::key(order.paymentStatus));
    switch (order.paymentStatus) {
    case PaymentStatus::Captured:
        return pass(id, tr("The payment is captured."), detail);
    case PaymentStatus::Pending:
    case PaymentStatus::Failed:
        break;
    }
    return failure(
        id, tr("The payment is not captured (state: %1).").arg(PaymentStatuses::displayName(order.paymentStatus)),
        detail);
}

} // namespace saypro
