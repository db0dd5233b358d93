#include "ServiceLevel.h"

#include <QCoreApplication>

namespace saypro {

const QList<ServiceLevel>& ServiceLevels::all()
{
    static const QList<ServiceLevel> l = {ServiceLevel::Standard, ServiceLevel::Expedited, ServiceLevel::International,
                                          ServiceLevel::SameDay};
    return l;
}

QString ServiceLevels::key(ServiceLevel level)
{
    switch (level) {
    case ServiceLevel::Standard:
        return QStringLiteral("standard");
    case ServiceLevel::Expedited:
        return QStringLiteral("expedited");
    case ServiceLevel::International:
        return QStringLiteral("international");
    case ServiceLevel::SameDay:
        return QStringLiteral("same_day");
    }
    return {};
}

std::optional<ServiceLevel> ServiceLevels::fromKey(const QString& key)
{
    for (ServiceLevel l : all())
        if (ServiceLevels::key(l) == key)
            return l;
    return std::nullopt;
}

QString ServiceLevels::displayName(ServiceLevel level)
{
    switch (level) {
    case ServiceLevel::Standard:
        return QCoreApplication::translate("ServiceLevel", "Standard");
    case ServiceLevel::Expedited:
        return QCoreApplication::translate("ServiceLevel", "Expedited");
    case ServiceLevel::International:
        return QCoreApplication::translate("ServiceLevel", "International");
    case ServiceLevel::SameDay:
        return QCoreApplication::translate("ServiceLevel", "Same day");
    }
    return {};
}

QString PaymentStatuses::key(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Captured:
        return QStringLiteral("captured");
    case PaymentStatus::Pending:
        return QStringLiteral("pending");
    case PaymentStatus::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

std::optional<PaymentStatus> PaymentStatuses::fromKey(const QString& key)
{
    for (PaymentStatus s : {PaymentStatus::Captured, PaymentStatus::Pending, PaymentStatus::Failed})
        if (PaymentStatuses::key(s) == key)
            return s;
    return std::nullopt;
}

QString PaymentStatuses::displayName(PaymentStatus status)
{
    switch (status) {
    case PaymentStatus::Captured:
        return QCoreApplication::translate("PaymentStatus", "Captured");
    case PaymentStatus::Pending:
        return QCoreApplication::translate("PaymentStatus", "Pending");
    case PaymentStatus::Failed:
        return QCoreApplication::translate("PaymentStatus", "Failed");
    }
    return {};
}

} // namespace saypro
