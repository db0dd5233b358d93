#pragma once
// shipping: tracking numbers without the carrier on the line. A number range is what a carrier assigns to an
// account (a fixed part, a serial of fixed width, sometimes a suffix); TrackingNumbers composes the number of
// one serial with the carrier's check digit, and checks any number a person or scanner gives.

#include "common/Error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace saypro {

/// One range of numbers a carrier assigned, and how far it is used.
struct TrackingRange
{
    qint64 id = 0;
    QString carrier; ///< TrackingNumbers::carrierKeys(): ups, usps, fedex, fedex_ground, dhl, s10, local
    QString name;    ///< for people ("UPS account 5R8939, Ground")
    QString prefix;  ///< the fixed part before the serial (see TrackingNumbers::compose)
    QString suffix;  ///< after the check digit (S10: the country, "ZA")
    int serialDigits = 0;
    qint64 firstSerial = 0;
    qint64 lastSerial = 0;
    qint64 nextSerial = 0; ///< the next serial to issue; lastSerial + 1 when exhausted

    qint64 size() const { return lastSerial - firstSerial + 1; }
    qint64 used() const { return nextSerial - firstSerial; }
    qint64 left() const { return size() - used(); }
    bool isExhausted() const { return nextSerial > lastSerial; }
    /// At least 90 % issued: time to ask the carrier for the next range.
    bool isNearlyExhausted() const { return used() * 10 >= size() * 9; }
};

/// What a tracking number is.
struct TrackingCheck
{
    bool valid = false;
    QString number;  ///< normalised (upper case, no spaces)
    QString carrier; ///< ups, usps, fedex, dhl, s10, local; empty when unrecognised
    QString format;  ///< ups_1z, usps_impb, fedex_express, fedex_ground_96, dhl_express, upu_s10, local
    QString error;   ///< translated, when not valid
    QString detail;  ///< untranslated
};

class TrackingNumbers final
{
    Q_DECLARE_TR_FUNCTIONS(TrackingNumbers)

public:
    /// The carriers numbers can be composed for.
    static QStringList carrierKeys();
    /// The carrier a number of this range kind belongs to for people and the marketplace (fedex_ground -> fedex).
    static QString carrierOf(const QString& rangeCarrier);

    /// The number of `serial` in `range`:
    /// - ups: "1Z" + prefix (account 6 + service 2) + serial (7) + check over the 15 after "1Z";
    /// - usps: prefix (92-95, service type 3, mailer id 6 or 9) + serial, 21 digits, + GS1 mod-10 check;
    /// - fedex: prefix + serial, 11 digits, + FedEx Express check (weights 3,1,7);
    /// - fedex_ground: prefix ("96"...) + serial, 21 digits, + GS1 mod 10 over the last 14;
    /// - dhl: prefix + serial, 9 digits, + mod 7;
    /// - s10: prefix (2 letters) + serial (8) + UPU check + suffix (country, 2 letters);
    /// - local: prefix (letters) + serial + GS1 mod-10 check over the serial.
    /// Fails for a serial outside the range, a malformed range, or an unknown carrier.
    static Result<QString> compose(const TrackingRange& range, qint64 serial);

    /// Recognises `number` by format and check digit (any carrier above; the local courier's numbers are
    /// `localPrefix` + digits + check).
    static TrackingCheck check(QStringView number, const QString& localPrefix = QStringLiteral("SPX"));
};

} // namespace saypro
