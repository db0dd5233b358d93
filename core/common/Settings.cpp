#include "Settings.h"

#include "common/Logging.h"

#include <algorithm>

namespace saypro {

namespace {
const QString kStationId = QStringLiteral("station/id");
const QString kMarketplaceUrl = QStringLiteral("marketplace/url");
const QString kCaFile = QStringLiteral("marketplace/caCertificateFile");
const QString kPin = QStringLiteral("marketplace/pinnedKeySha256");
const QString kSyncInterval = QStringLiteral("sync/intervalSeconds");
} // namespace

Settings::Settings(const QString& iniPath, QObject* parent)
    : QObject(parent), m_settings(iniPath.isEmpty() ? std::make_unique<QSettings>()
                                                    : std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

QVariant Settings::value(const QString& key, const QVariant& fallback) const
{
    return m_settings->value(key, fallback);
}

void Settings::set(const QString& key, const QVariant& v)
{
    if (m_settings->value(key) == v)
        return;
    m_settings->setValue(key, v);
    m_settings->sync();
    Q_EMIT changed(key);
}

QString Settings::stationId() const
{
    const QString id = value(kStationId, QStringLiteral("ST-01")).toString().trimmed();
    return id.isEmpty() ? QStringLiteral("ST-01") : id;
}

void Settings::setStationId(const QString& id)
{
    set(kStationId, id.trimmed());
}

QUrl Settings::marketplaceUrl() const
{
    return QUrl(value(kMarketplaceUrl, QString()).toString());
}

void Settings::setMarketplaceUrl(const QUrl& url)
{
    set(kMarketplaceUrl, url.toString());
}

QString Settings::caCertificateFile() const
{
    return value(kCaFile, QString()).toString();
}

void Settings::setCaCertificateFile(const QString& path)
{
    set(kCaFile, path);
}

QString Settings::pinnedKeySha256() const
{
    return value(kPin, QString()).toString();
}

void Settings::setPinnedKeySha256(const QString& pin)
{
    set(kPin, pin.trimmed());
}

int Settings::syncIntervalSeconds() const
{
    return std::max(5, value(kSyncInterval, 30).toInt());
}

void Settings::setSyncIntervalSeconds(int seconds)
{
    set(kSyncInterval, std::max(5, seconds));
}

namespace {
const QString kPickItemOnly = QStringLiteral("pick/itemOnly");
const QString kPackTolerancePercent = QStringLiteral("pack/weightTolerancePercent");
const QString kPackToleranceMinGrams = QStringLiteral("pack/weightToleranceMinGrams");
const QString kPackPackagingGrams = QStringLiteral("pack/packagingGrams");
} // namespace

bool Settings::pickItemOnly() const
{
    return value(kPickItemOnly, false).toBool();
}

void Settings::setPickItemOnly(bool itemOnly)
{
    set(kPickItemOnly, itemOnly);
}

namespace {
/// A number from the settings file within [low, high], or `fallback` (logged) when it is not one.
double ranged(const QVariant& stored, double fallback, double low, double high, const QString& key)
{
    bool ok = false;
    const double v = stored.toDouble(&ok);
    if (ok && v >= low && v <= high)
        return v;
    qCWarning(lcDomain).noquote() << "setting" << key << "=" << stored.toString() << "is not a number from" << low
                                  << "to" << high << "; using" << fallback;
    return fallback;
}
} // namespace

double Settings::packWeightTolerancePercent() const
{
    return ranged(value(kPackTolerancePercent, 5.0), 5.0, 0.0, 50.0, kPackTolerancePercent);
}

void Settings::setPackWeightTolerancePercent(double percent)
{
    set(kPackTolerancePercent, std::clamp(percent, 0.0, 50.0));
}

int Settings::packWeightToleranceMinGrams() const
{
    return int(ranged(value(kPackToleranceMinGrams, 50), 50, 0, 5000, kPackToleranceMinGrams));
}

void Settings::setPackWeightToleranceMinGrams(int grams)
{
    set(kPackToleranceMinGrams, std::clamp(grams, 0, 5000));
}

int Settings::packPackagingGrams() const
{
    return int(ranged(value(kPackPackagingGrams, 150), 150, 0, 5000, kPackPackagingGrams));
}

void Settings::setPackPackagingGrams(int grams)
{
    set(kPackPackagingGrams, std::clamp(grams, 0, 5000));
}

QString Settings::shippingCarriersFile() const
{
    return value(QStringLiteral("shipping/carriersFile"), QString()).toString();
}

void Settings::setShippingCarriersFile(const QString& path)
{
    set(QStringLiteral("shipping/carriersFile"), path.trimmed());
}

QString Settings::labelPrinter() const
{
    return value(QStringLiteral("shipping/labelPrinter"), QString()).toString().trimmed();
}

void Settings::setLabelPrinter(const QString& printer)
{
    set(QStringLiteral("shipping/labelPrinter"), printer.trimmed());
}

int Settings::labelDpi() const
{
    return value(QStringLiteral("shipping/labelDpi"), 203).toInt() >= 300 ? 300 : 203;
}

void Settings::setLabelDpi(int dpi)
{
    set(QStringLiteral("shipping/labelDpi"), dpi >= 300 ? 300 : 203);
}

QString Settings::labelSize() const
{
    return value(QStringLiteral("shipping/labelSize"), QStringLiteral("4x6")).toString() == QLatin1String("4x8")
               ? QStringLiteral("4x8")
               : QStringLiteral("4x6");
}

void Settings::setLabelSize(const QString& size)
{
    set(QStringLiteral("shipping/labelSize"), size == QLatin1String("4x8") ? size : QStringLiteral("4x6"));
}

QString Settings::documentPrinter() const
{
    return value(QStringLiteral("shipping/documentPrinter"), QString()).toString().trimmed();
}

void Settings::setDocumentPrinter(const QString& queue)
{
    set(QStringLiteral("shipping/documentPrinter"), queue.trimmed());
}

} // namespace saypro
