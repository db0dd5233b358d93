#pragma once
// domain: the delivery promise the customer bought, and the payment state of an order.

#include <QList>
#include <QString>

#include <optional>

namespace saypro {

enum class ServiceLevel { Standard, Expedited, International, SameDay };
enum class PaymentStatus { Captured, Pending, Failed };

namespace ServiceLevels {
const QList<ServiceLevel>& all();
QString key(ServiceLevel level); ///< "same_day"
std::optional<ServiceLevel> fromKey(const QString& key);
QString displayName(ServiceLevel level); ///< translated
} // namespace ServiceLevels

namespace PaymentStatuses {
QString key(PaymentStatus status); ///< "captured"
std::optional<PaymentStatus> fromKey(const QString& key);
QString displayName(PaymentStatus status); ///< translated
} // namespace PaymentStatuses

} // namespace saypro
