#include "PendingNotice.h"

#include "intake/VerificationCheck.h"

#include <QUuid>

#include <algorithm>

namespace saypro {

// Customer messages are written in the customer's terms. Per-locale templates for every event come with
// the notification templates; this text is the English default the marketplace can show or forward.

QStringList PendingNotice::customerReasons(const QStringList& checks)
{
    QStringList sentences;
    auto add = [&](const QString& sentence) {
        if (!sentences.contains(sentence))
            sentences << sentence;
    };
    for (const QString& check : checks) {
        if (check == VerificationCheck::Payment)
            add(QStringLiteral("We are waiting for your payment to be confirmed."));
        else if (check == VerificationCheck::AddressComplete)
            add(QStringLiteral("We need to confirm your delivery address before we can send your order."));
        else if (check == VerificationCheck::Email || check == VerificationCheck::Phone ||
                 check == VerificationCheck::CustomerName)
            add(QStringLiteral("We need to confirm your contact details so the courier can reach you."));
        else if (check == QLatin1String("stock"))
            add(QStringLiteral("An item in your order is temporarily out of stock; we will send it as soon as it "
                               "arrives."));
        else
            add(QStringLiteral("We are checking a detail of your order."));
    }
    return sentences;
}

QString PendingNotice::idempotencyKey(const QString& marketplaceOrderId, qint64 version, const QStringList& checks)
{
    static const QUuid kNamespace(QStringLiteral("{6f1c2a4e-9b1d-4c53-8e0a-5a7e3f2d9c11}"));
    const bool stock = checks.contains(QStringLiteral("stock"));
    const bool other =
        std::any_of(checks.cbegin(), checks.cend(), [](const QString& c) { return c != QLatin1String("stock"); });
    const QString cause = stock && other ? QStringLiteral("checks+stock")
                          : stock        ? QStringLiteral("stock")
                                         : QStringLiteral("checks");
    return QUuid::createUuidV5(kNamespace,
                               QStringLiteral("pending:%1:%2:%3").arg(marketplaceOrderId).arg(version).arg(cause))
        .toString(QUuid::WithoutBraces);
}

QJsonObject PendingNotice::compose(const Order& order, const QStringList& checks, int sequence)
{
    const Customer& c = order.customer;
    const QString channel = c.notifyEmail  ? QStringLiteral("email")
                            : c.notifySms  ? QStringLiteral("sms")
                            : c.notifyPush ? QStringLiteral("push")
                                           : QStringLiteral("email");
    const QString firstName = c.name.section(QLatin1Char(' '), 0, 0).trimmed();
    const QString greeting =
        firstName.isEmpty() ? QStringLiteral("Hello,") : QStringLiteral("Hello %1,").arg(firstName);
    const QString reasons = customerReasons(checks).join(QLatin1Char(' '));
    const QString subject = QStringLiteral("Your order %1 is pending").arg(order.number);
    const QString text =
        channel == QLatin1String("email")
            ? QStringLiteral("%1\n\nYour order %2 is pending. %3\n\nWe will let you know as soon as it is on its "
                             "way. If you have questions, reply to this message and quote your order number.\n\n"
                             "SayPro")
                  .arg(greeting, order.number, reasons)
            : QStringLiteral("SayPro: order %1 is pending. %2").arg(order.number, reasons);
    QJsonObject payload{{QStringLiteral("event"), QStringLiteral("pending")},
                        {QStringLiteral("channel"), channel},
                        {QStringLiteral("locale"), c.locale.isEmpty() ? QStringLiteral("en-ZA") : c.locale},
                        {QStringLiteral("sequence"), sequence},
                        {QStringLiteral("text"), text}};
    if (channel == QLatin1String("email"))
        payload.insert(QStringLiteral("subject"), subject);
    return payload;
}

} // namespace saypro
