#pragma once
// intake: the customer's "pending" message when an order is held, handed to the marketplace (which owns
// contact details and consent) as POST /v1/orders/{id}/notifications.

#include "domain/Order.h"

#include <QJsonObject>
#include <QStringList>

namespace saypro {

struct PendingNotice
{
    /// The notification body for `order` held for `checks` (VerificationCheck ids, or "stock" for a
    /// shortfall): event "pending", the customer's preferred channel (email, else SMS, else push) and
    /// locale, `sequence` (the order version the notice is about), a subject and a plain text that tell the
    /// customer, in words meant for them, what the order is waiting for — never the station's internal
    /// reasons — with their name and the order number.
    static QJsonObject compose(const Order& order, const QStringList& checks, int sequence);
    /// The Idempotency-Key of the notice: a name-based UUID (version 5) of the order's marketplace id, its
    /// version and the kind of cause (checks, stock), the same at every station.
    static QString idempotencyKey(const QString& marketplaceOrderId, qint64 version, const QStringList& checks);
    /// The sentences for the customer, one per distinct cause, in a stable order.
    static QStringList customerReasons(const QStringList& checks);
};

} // namespace saypro
