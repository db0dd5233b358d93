#pragma once
// common: the station's typed settings with their defaults. Widgets and commands never touch
// QSettings directly; tests hand in a temporary file.

#include <QObject>
#include <QSettings>
#include <QString>
#include <QUrl>

#include <memory>

namespace saypro {

class Settings final : public QObject
{
    Q_OBJECT

public:
    /// Settings stored in `iniPath`; empty means the user's standard settings file for the station.
    explicit Settings(const QString& iniPath = {}, QObject* parent = nullptr);

    QString stationId() const; ///< default "ST-01"
    void setStationId(const QString& id);
    QUrl marketplaceUrl() const; ///< empty until connected
    void setMarketplaceUrl(const QUrl& url);
    QString caCertificateFile() const; ///< extra CA (or the server's own certificate) to trust; empty = system CAs
    void setCaCertificateFile(const QString& path);
    QString pinnedKeySha256() const; ///< base64 SHA-256 of the server's public key; empty = no pin
    void setPinnedKeySha256(const QString& pin);
    int syncIntervalSeconds() const; ///< default 30, at least 5
    void setSyncIntervalSeconds(int seconds);

    /// Pick: confirm a pick with the item alone instead of the bin label then the item (default false).
    bool pickItemOnly() const;
    void setPickItemOnly(bool itemOnly);
    /// Pack weight check: tolerance in percent of the expected weight (default 5, 0-50), never less than
    /// packWeightToleranceMinGrams() (default 50, 0-5000); packaging added per parcel (default 150 g, 0-5000).
    /// A stored value out of range reads as the default (and is logged).
    double packWeightTolerancePercent() const;
    void setPackWeightTolerancePercent(double percent);
    int packWeightToleranceMinGrams() const;
    void setPackWeightToleranceMinGrams(int grams);
    int packPackagingGrams() const;
    void setPackPackagingGrams(int grams);

    /// Shipping: an administrator's carrier services file (format of the built-in carriers.json); empty = built in.
    QString shippingCarriersFile() const;
    void setShippingCarriersFile(const QString& path);
    /// The label printer: "host[:port]" of a thermal printer taking raw ZPL on TCP (port 9100 by default),
    /// "cups:QUEUE" for a system print queue (PDF through the print dialog's driver), or empty for none (labels
    /// are previewed and saved).
    QString labelPrinter() const;
    void setLabelPrinter(const QString& printer);
    /// Label printer resolution: 203 or 300 dpi (default 203); label size "4x6" (default) or "4x8".
    int labelDpi() const;
    void setLabelDpi(int dpi);
    QString labelSize() const;
    void setLabelSize(const QString& size);
    /// The document printer (packing slips, invoices, manifests): a system print queue name; empty = the default.
    QString documentPrinter() const;
    void setDocumentPrinter(const QString& queue);

    QString fileName() const { return m_settings->fileName(); }

Q_SIGNALS:
    void changed(const QString& key);

private:
    QVariant value(const QString& key, const QVariant& fallback) const;
    void set(const QString& key, const QVariant& value);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace saypro
