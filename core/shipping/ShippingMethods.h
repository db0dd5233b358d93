#pragma once
// shipping: the carriers' services (from resources: carriers.json, or an administrator's file) with their rate
// tables by zone and weight band, dimensional weight and transit days, and the choice of a service for a parcel:
// the cheapest one allowed for the order's service level whose transit meets the promised date, with a reason a
// packer can read.

#include "common/Error.h"
#include "domain/ServiceLevel.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace saypro {

/// A carrier as labels and customers see it.
struct CarrierInfo
{
    QString key;          ///< ups, usps, fedex, fedex_ground, dhl, s10, local
    QString name;         ///< "UPS"
    QString trackingLink; ///< the public tracking page, "{number}" standing for the tracking number
};

/// Who sends the documents in the parcel.
struct CompanyInfo
{
    QString name = QStringLiteral("SayPro");
    QString support;    ///< contact for the customer
    QString returnLink; ///< the customer's return page, "{order}" standing for the order number
};

/// One carrier service.
struct ShippingService
{
    QString key;     ///< "ups_ground"
    QString carrier; ///< the tracking range carrier key (ups, usps, fedex, fedex_ground, dhl, s10, local)
    QString name;    ///< "UPS Ground"
    QList<ServiceLevel> levels;
    QStringList zones;
    QHash<QString, int> transitDays; ///< zone -> business days
    int dimDivisor = 5000;           ///< cm³ per kg
    int maxWeightGrams = 0;
    QHash<QString, QList<std::pair<int, qint64>>> rates; ///< zone -> (up to billable grams, price in cents), ascending
};

/// What is known about the parcel and the promise when choosing.
struct ShippingRequest
{
    ServiceLevel level = ServiceLevel::Standard;
    QString zone; ///< ShippingMethods::zoneFor()
    int weightGrams = 0;
    int lengthMm = 0, widthMm = 0, heightMm = 0;
    int daysAvailable = 0; ///< business days from the ship date to the promised delivery date
};

/// One service priced for a request.
struct ShippingOption
{
    ShippingService service;
    int billableGrams = 0; ///< the greater of actual and dimensional weight
    qint64 priceMinor = 0; ///< cents
    int transitDays = 0;
    bool meetsDate = false;
};

/// The choice and how it came about.
struct ShippingChoice
{
    std::optional<ShippingOption> chosen;
    QList<ShippingOption> options; ///< every allowed option, cheapest first
    bool meetsDate = false;        ///< false: none meets the date and the fastest was chosen
    QString reason;                ///< translated, for the packer
};

class ShippingMethods final
{
    Q_DECLARE_TR_FUNCTIONS(ShippingMethods)

public:
    /// The built-in services (resources: carriers.json).
    static ShippingMethods builtIn();
    /// Services from JSON in the format of carriers.json; the error's detail names what is wrong.
    static Result<ShippingMethods> fromJson(const QByteArray& json);
    /// Services from an administrator's file (the format of carriers.json); Io error when it cannot be read.
    static Result<ShippingMethods> fromFile(const QString& path);
    /// The administrator's file when `path` is not empty (an invalid file is logged and the built-in services are
    /// used, with `warning` saying so), else the built-in services.
    static ShippingMethods load(const QString& path, QString* warning = nullptr);

    const QList<ShippingService>& services() const { return m_services; }

    /// The zone of a destination `km` away from the warehouse: local, regional, national (in the warehouse's
    /// country) or international.
    QString zoneFor(int km, bool sameCountry) const;

    /// The carrier `key` (its key as name and no link when the file does not describe it).
    CarrierInfo carrier(const QString& key) const;
    /// The carrier's tracking page for `number`; empty when the carrier has no link pattern.
    QString trackingLink(const QString& carrierKey, const QString& number) const;
    /// Business days of transit the customer was promised after the ship-by date for `level`.
    int promiseDays(ServiceLevel level) const;
    /// The sender of packing slips, invoices and return instructions.
    const CompanyInfo& company() const { return m_company; }
    /// The return page of order `number` (empty when no return link is configured).
    QString returnLink(const QString& number) const;
    /// Every service by key (empty when unknown).
    std::optional<ShippingService> service(const QString& key) const;
    /// Dimensional weight in grams of a parcel (mm) for `divisor` cm³ per kg; 0 when a side is unknown.
    static int dimensionalGrams(int lengthMm, int widthMm, int heightMm, int divisor);

    /// Every service allowed for the request's level and zone and able to carry its weight, priced, cheapest
    /// first (equal prices: faster first).
    QList<ShippingOption> options(const ShippingRequest& request) const;
    /// The cheapest option whose transit meets `daysAvailable`; when none does, the fastest (cheapest among
    /// equally fast), flagged. No option at all: nothing chosen, the reason says why.
    ShippingChoice choose(const ShippingRequest& request) const;
    /// Whether the packer may use `serviceKey` instead (allowed for the request's level, zone and weight).
    std::optional<ShippingOption> option(const ShippingRequest& request, const QString& serviceKey) const;

private:
    QList<ShippingService> m_services;
    int m_localKm = 100;
    int m_regionalKm = 700;
    QHash<QString, CarrierInfo> m_carriers;
    CompanyInfo m_company;
    QHash<QString, int> m_promiseDays; ///< service level key -> days
};

} // namespace saypro
