#pragma once
// scanning: the typed result of parsing one scanned code (what BarcodeParser returns): its kind, whether it
// is valid and why not, the GTIN, the GS1 application identifiers in scan order, and the carrier.

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace saypro {

/// One GS1 element: application identifier and value, in the order they were scanned.
struct Gs1Element
{
    QString ai;    ///< "01", "10", "3103", ...
    QString value; ///< the data after the AI, without separators (percent-decoded for Digital Link)
    QDate date;    ///< for date AIs (11, 12, 13, 15, 16, 17): the date, day 00 read as the month's last day

    friend bool operator==(const Gs1Element&, const Gs1Element&) = default;
};

struct ParsedBarcode
{
    enum class Kind {
        Unknown,  ///< not a format this station knows
        Gtin,     ///< EAN-8, EAN-13, UPC-A, UPC-E or GTIN-14 on its own
        Gs1,      ///< a GS1 element string or GS1 Digital Link URL (see `ais`)
        Sscc,     ///< a GS1 element string whose first AI is (00), a logistic unit
        Order,    ///< an order number, SP- and 8 digits (SP-00012345)
        Rma,      ///< a return authorisation, RMA-YYYY-NNNNNN (RMA-2026-000321)
        Bin,      ///< a bin label, e.g. JHB1-A-03-12-2-04 (Location::parse)
        Badge,    ///< a user badge, USR- and 4 to 8 letters or digits (USR-0042)
        Tracking, ///< a carrier tracking number (see `carrier`)
    };

    Kind kind = Kind::Unknown;
    bool valid = false;
    QString error;  ///< why it is not valid, translated, for the person at the station; empty when valid
    QString detail; ///< why it is not valid, untranslated and precise, for the log; empty when valid
    QString raw;    ///< the input exactly as given
    QString text;   ///< the data: whitespace, a trailing CR/LF and the AIM identifier removed

    /// The AIM symbology identifier that prefixed the data ("]C1", "]E0", "]d2", "]Q3"...); empty when none.
    QString symbology;
    /// Stable, untranslated name of the format read: "ean13", "ean8", "upca", "upce", "gtin14",
    /// "element_string", "digital_link", "order", "rma", "bin", "badge", "ups_1z", "fedex_express",
    /// "fedex_ground_96", "usps_impb", "dhl_express", "upu_s10". Also set for invalid codes whose format
    /// was recognised (a UPS number with a wrong check digit has format "ups_1z" and valid false).
    QString format;
    /// The normalised code: order number, RMA, bin code, badge (upper case), tracking number, SSCC (18 digits).
    QString code;
    /// The GTIN as 14 digits: for kind Gtin, and for Gs1 when AI (01) is present.
    QString gtin;
    /// GS1 elements in scan order (kind Gs1, Sscc, and USPS IMpb tracking read from a GS1-128 label).
    QList<Gs1Element> ais;
    /// For kind Tracking: "ups", "fedex", "usps", "dhl" or "upu" (UPU S10 international post).
    QString carrier;
    /// Other formats the same text is also valid as when no AIM identifier told them apart, e.g. a 12-digit
    /// code valid both as UPC-A and as a FedEx Express number ("fedex_express"). Usually empty.
    QStringList alsoValidAs;

    bool isValid() const { return valid; }

    const Gs1Element* element(QStringView ai) const
    {
        for (const Gs1Element& e : ais)
            if (e.ai == ai)
                return &e;
        return nullptr;
    }
    bool hasAi(QStringView ai) const { return element(ai) != nullptr; }
    /// The value of `ai`, or an empty string when it is absent.
    QString ai(QStringView ai) const
    {
        const Gs1Element* e = element(ai);
        return e ? e->value : QString();
    }

    /// (10) batch or lot number.
    QString batch() const { return ai(u"10"); }
    /// (17) expiry date; day 00 is the month's last day. Invalid QDate when absent.
    QDate expiry() const
    {
        const Gs1Element* e = element(u"17");
        return e ? e->date : QDate();
    }
    /// (15) best-before date; day 00 is the month's last day. Invalid QDate when absent.
    QDate bestBefore() const
    {
        const Gs1Element* e = element(u"15");
        return e ? e->date : QDate();
    }
    /// (21) serial number.
    QString serial() const { return ai(u"21"); }
    /// (00) SSCC, 18 digits.
    QString sscc() const { return ai(u"00"); }
    /// (30) variable count of items, else (37) count of trade items contained; nothing when neither is present.
    std::optional<qint64> quantity() const
    {
        for (const char16_t* id : {u"30", u"37"}) {
            if (const Gs1Element* e = element(id)) {
                bool ok = false;
                const qint64 n = e->value.toLongLong(&ok);
                if (ok)
                    return n;
            }
        }
        return std::nullopt;
    }

    /// The stable, untranslated name of a kind: "gtin", "gs1", "sscc", "order", "rma", "bin", "badge",
    /// "tracking", "unknown".
    static QString kindKey(Kind kind)
    {
        switch (kind) {
        case Kind::Gtin:
            return QStringLiteral("gtin");
        case Kind::Gs1:
            return QStringLiteral("gs1");
        case Kind::Sscc:
            return QStringLiteral("sscc");
        case Kind::Order:
            return QStringLiteral("order");
        case Kind::Rma:
            return QStringLiteral("rma");
        case Kind::Bin:
            return QStringLiteral("bin");
        case Kind::Badge:
            return QStringLiteral("badge");
        case Kind::Tracking:
            return QStringLiteral("tracking");
        case Kind::Unknown:
            break;
        }
        return QStringLiteral("unknown");
    }
    QString kindKey() const { return kindKey(kind); }
};

} // namespace saypro
