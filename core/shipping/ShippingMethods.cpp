#include "ShippingMethods.h"

#include "common/Logging.h"
#include "domain/Money.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace saypro {

namespace {

Error invalid(const QString& detail)
{
    return Error{Error::Code::InvalidArgument, ShippingMethods::tr("The carrier services file is not valid."), detail};
}

QString price(qint64 minor)
{
    return Money(minor, QStringLiteral("ZAR")).format(QLocale());
}

} // namespace

ShippingMethods ShippingMethods::builtIn()
{
    QFile file(QStringLiteral(":/shipping/carriers.json"));
    if (file.open(QIODevice::ReadOnly))
        if (auto methods = fromJson(file.readAll()))
            return *methods;
    qCCritical(lcDomain) << "the built-in carrier services could not be read";
    return {};
}

Result<ShippingMethods> ShippingMethods::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return std::unexpected(invalid(QStringLiteral("not a JSON object: %1").arg(parseError.errorString())));
    const QJsonObject root = doc.object();
    ShippingMethods m;
    const QJsonObject zones = root.value(QLatin1String("zones")).toObject();
    m.m_localKm = zones.value(QLatin1String("local_km")).toInt(100);
    m.m_regionalKm = zones.value(QLatin1String("regional_km")).toInt(700);
    const QJsonObject carriers = root.value(QLatin1String("carriers")).toObject();
    for (auto it = carriers.constBegin(); it != carriers.constEnd(); ++it) {
        const QJsonObject o = it.value().toObject();
        CarrierInfo c{it.key(), o.value(QLatin1String("name")).toString(it.key()),
                      o.value(QLatin1String("tracking_link")).toString()};
        if (!c.trackingLink.isEmpty() && (!c.trackingLink.startsWith(QLatin1String("https://")) ||
                                          !c.trackingLink.contains(QLatin1String("{number}"))))
            return std::unexpected(invalid(
                QStringLiteral("carrier %1: tracking_link must be an https:// address with {number}").arg(it.key())));
        m.m_carriers.insert(c.key, c);
    }
    const QJsonObject company = root.value(QLatin1String("company")).toObject();
    m.m_company.name = company.value(QLatin1String("name")).toString(m.m_company.name);
    m.m_company.support = company.value(QLatin1String("support")).toString();
    m.m_company.returnLink = company.value(QLatin1String("return_link")).toString();
    if (!m.m_company.returnLink.isEmpty() && !m.m_company.returnLink.startsWith(QLatin1String("https://")))
        return std::unexpected(invalid(QStringLiteral("company: return_link must be an https:// address")));
    const QJsonObject promise = root.value(QLatin1String("promise_days")).toObject();
    for (auto it = promise.constBegin(); it != promise.constEnd(); ++it) {
        const auto level = ServiceLevels::fromKey(it.key());
        if (!level || !it.value().isDouble() || it.value().toInt() < 0)
            return std::unexpected(
                invalid(QStringLiteral("promise_days: '%1' is not a service level with whole days").arg(it.key())));
        m.m_promiseDays.insert(ServiceLevels::key(*level), it.value().toInt());
    }
    for (const QJsonValue& v : root.value(QLatin1String("services")).toArray()) {
        const QJsonObject o = v.toObject();
        ShippingService s;
        s.key = o.value(QLatin1String("key")).toString();
        s.carrier = o.value(QLatin1String("carrier")).toString();
        s.name = o.value(QLatin1String("name")).toString();
        if (s.key.isEmpty() || s.carrier.isEmpty() || s.name.isEmpty())
            return std::unexpected(invalid(QStringLiteral("a service without key, carrier or name")));
        for (const QJsonValue& level : o.value(QLatin1String("levels")).toArray()) {
            const auto l = ServiceLevels::fromKey(level.toString());
            if (!l)
                return std::unexpected(
                    invalid(QStringLiteral("service %1: unknown level '%2'").arg(s.key, level.toString())));
            s.levels.append(*l);
        }
        for (const QJsonValue& zone : o.value(QLatin1String("zones")).toArray())
            s.zones.append(zone.toString());
        const QJsonObject transit = o.value(QLatin1String("transit_days")).toObject();
        const QJsonObject rates = o.value(QLatin1String("rates")).toObject();
        for (const QString& zone : std::as_const(s.zones)) {
            if (!transit.contains(zone) || !rates.contains(zone))
                return std::unexpected(
                    invalid(QStringLiteral("service %1: zone %2 has no transit days or rates").arg(s.key, zone)));
            s.transitDays.insert(zone, transit.value(zone).toInt());
            QList<std::pair<int, qint64>> bands;
            for (const QJsonValue& band : rates.value(zone).toArray()) {
                const QJsonArray pair = band.toArray();
                bands.append({pair.at(0).toInt(), qint64(pair.at(1).toDouble())});
            }
            if (bands.isEmpty() || !std::is_sorted(bands.cbegin(), bands.cend()))
                return std::unexpected(invalid(
                    QStringLiteral("service %1: zone %2 needs weight bands in ascending order").arg(s.key, zone)));
            s.rates.insert(zone, bands);
        }
        s.dimDivisor = std::max(1, o.value(QLatin1String("dim_divisor")).toInt(5000));
        s.maxWeightGrams = o.value(QLatin1String("max_weight_g")).toInt();
        m.m_services.append(s);
    }
    if (m.m_services.isEmpty())
        return std::unexpected(invalid(QStringLiteral("no services")));
    return m;
}

Result<ShippingMethods> ShippingMethods::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(Error{Error::Code::Io, tr("The carrier services file %1 cannot be read.").arg(path),
                                     QStringLiteral("open %1: %2").arg(path, file.errorString())});
    return fromJson(file.readAll());
}

ShippingMethods ShippingMethods::load(const QString& path, QString* warning)
{
    if (path.isEmpty())
        return builtIn();
    auto methods = fromFile(path);
    if (methods)
        return *methods;
    qCWarning(lcDomain).noquote() << "carrier services file" << path << "not used:" << methods.error().detail;
    if (warning)
        *warning = tr("The carrier services file %1 is not used (%2); the built-in services apply.")
                       .arg(path, methods.error().message);
    return builtIn();
}

CarrierInfo ShippingMethods::carrier(const QString& key) const
{
    return m_carriers.value(key, CarrierInfo{key, key.toUpper(), QString()});
}

QString ShippingMethods::trackingLink(const QString& carrierKey, const QString& number) const
{
    const QString pattern = m_carriers.value(carrierKey).trackingLink;
    if (pattern.isEmpty() || number.isEmpty())
        return {};
    QString link = pattern;
    return link.replace(QLatin1String("{number}"), QString::fromLatin1(QUrl::toPercentEncoding(number)));
}

QString ShippingMethods::returnLink(const QString& number) const
{
    if (m_company.returnLink.isEmpty())
        return {};
    QString link = m_company.returnLink;
    return link.replace(QLatin1String("{order}"), QString::fromLatin1(QUrl::toPercentEncoding(number)));
}

int ShippingMethods::promiseDays(ServiceLevel level) const
{
    if (const auto it = m_promiseDays.constFind(ServiceLevels::key(level)); it != m_promiseDays.constEnd())
        return it.value();
    switch (level) {
    case ServiceLevel::SameDay:
        return 0;
    case ServiceLevel::Expedited:
        return 1;
    case ServiceLevel::International:
        return 10;
    case ServiceLevel::Standard:
        break;
    }
    return 3;
}

std::optional<ShippingService> ShippingMethods::service(const QString& key) const
{
    for (const ShippingService& s : m_services)
        if (s.key == key)
            return s;
    return std::nullopt;
}

QString ShippingMethods::zoneFor(int km, bool sameCountry) const
{
    if (!sameCountry)
        return QStringLiteral("international");
    if (km <= m_localKm)
        return QStringLiteral("local");
    if (km <= m_regionalKm)
        return QStringLiteral("regional");
    return QStringLiteral("national");
}

int ShippingMethods::dimensionalGrams(int lengthMm, int widthMm, int heightMm, int divisor)
{
    if (lengthMm <= 0 || widthMm <= 0 || heightMm <= 0 || divisor <= 0)
        return 0;
    // kg = cm³ / divisor, so grams = cm³ * 1000 / divisor = mm³ / divisor; rounded up.
    const qint64 cubicMm = qint64(lengthMm) * widthMm * heightMm;
    return int((cubicMm + divisor - 1) / divisor);
}

QList<ShippingOption> ShippingMethods::options(const ShippingRequest& request) const
{
    QList<ShippingOption> out;
    for (const ShippingService& s : m_services) {
        if (!s.levels.contains(request.level) || !s.zones.contains(request.zone))
            continue;
        const int billable = std::max(
            request.weightGrams, dimensionalGrams(request.lengthMm, request.widthMm, request.heightMm, s.dimDivisor));
        if (s.maxWeightGrams > 0 && billable > s.maxWeightGrams)
            continue;
        const auto& bands = s.rates.value(request.zone);
        const auto band =
            std::find_if(bands.cbegin(), bands.cend(), [billable](const auto& b) { return billable <= b.first; });
        if (band == bands.cend())
            continue;
        ShippingOption o;
        o.service = s;
        o.billableGrams = billable;
        o.priceMinor = band->second;
        o.transitDays = s.transitDays.value(request.zone);
        o.meetsDate = o.transitDays <= request.daysAvailable;
        out.append(o);
    }
    std::stable_sort(out.begin(), out.end(), [](const ShippingOption& a, const ShippingOption& b) {
        return a.priceMinor != b.priceMinor ? a.priceMinor < b.priceMinor : a.transitDays < b.transitDays;
    });
    return out;
}

ShippingChoice ShippingMethods::choose(const ShippingRequest& request) const
{
    ShippingChoice c;
    c.options = options(request);
    if (c.options.isEmpty()) {
        c.reason = tr("No carrier service takes a %1 parcel of %2 g to this destination (%3).")
                       .arg(ServiceLevels::displayName(request.level))
                       .arg(request.weightGrams)
                       .arg(request.zone);
        return c;
    }
    for (const ShippingOption& o : std::as_const(c.options)) {
        if (o.meetsDate) {
            c.chosen = o;
            c.meetsDate = true;
            c.reason =
                tr("%1: the cheapest service that arrives in time (%n business day(s), %2).", nullptr, o.transitDays)
                    .arg(o.service.name, price(o.priceMinor));
            return c;
        }
    }
    const auto fastest =
        std::min_element(c.options.cbegin(), c.options.cend(), [](const ShippingOption& a, const ShippingOption& b) {
            return a.transitDays != b.transitDays ? a.transitDays < b.transitDays : a.priceMinor < b.priceMinor;
        });
    c.chosen = *fastest;
    c.reason = tr("No service arrives by the promised date; %1 is the fastest (%n business day(s), %2). The customer "
                  "should be told of the delay.",
                  nullptr, fastest->transitDays)
                   .arg(fastest->service.name, price(fastest->priceMinor));
    return c;
}

std::optional<ShippingOption> ShippingMethods::option(const ShippingRequest& request, const QString& serviceKey) const
{
    for (const ShippingOption& o : options(request))
        if (o.service.key == serviceKey)
            return o;
    return std::nullopt;
}

} // namespace saypro
