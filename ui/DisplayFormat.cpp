#include "DisplayFormat.h"

#include "domain/OrderStatus.h"

#include <QRegularExpression>

namespace saypro {

namespace {
/// The locale's short time format without seconds: a packer needs the minute, not the second.
QString timeWithoutSeconds(const QTime& time, const QLocale& locale)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return locale.toString(time, format);
}
} // namespace

QString DisplayFormat::dateTime(const QDateTime& utc, const QLocale& locale)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return locale.toString(local.date(), QLocale::NarrowFormat) + u' ' + timeWithoutSeconds(local.time(), locale);
}

QString DisplayFormat::longDateTime(const QDateTime& utc, const QLocale& locale)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    return locale.toString(local.date(), QStringLiteral("ddd ")) + locale.toString(local.date(), QLocale::ShortFormat) +
           u' ' + timeWithoutSeconds(local.time(), locale);
}

QString DisplayFormat::statusName(const QString& statusKey)
{
    if (const auto status = OrderStatuses::fromKey(statusKey))
        return OrderStatuses::displayName(*status);
    return statusKey;
}

} // namespace saypro
