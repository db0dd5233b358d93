#pragma once
// domain: a postal address (ship-to, ship-from, warehouse).

#include <QString>
#include <QStringList>

namespace saypro {

struct Address
{
    QString name; ///< recipient or company
    QString line1;
    QString line2;
    QString suburb; ///< ZA suburb; empty elsewhere
    QString city;
    QString region; ///< province (ZA) or state code (US)
    QString postalCode;
    QString country; ///< ISO 3166-1 alpha-2

    /// Lines as printed on a label, empty parts left out.
    QStringList lines() const
    {
        QStringList out;
        for (const QString& part : {name, line1, line2, suburb})
            if (!part.isEmpty())
                out << part;
        QString cityLine = city;
        if (!region.isEmpty())
            cityLine += (cityLine.isEmpty() ? QString() : QStringLiteral(", ")) + region;
        if (!postalCode.isEmpty())
            cityLine += (cityLine.isEmpty() ? QString() : QStringLiteral(" ")) + postalCode;
        if (!cityLine.isEmpty())
            out << cityLine;
        if (!country.isEmpty())
            out << country;
        return out;
    }

    friend bool operator==(const Address&, const Address&) = default;
};

} // namespace saypro
