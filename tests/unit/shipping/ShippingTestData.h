#pragma once
// Shared data and checks for the shipping label and document tests: one sample label and the page boxes of a PDF.

#include "shipping/ShippingLabel.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>

namespace saypro::test {

/// A UPS label, parcel 1 of 2, from Midrand to Soweto.
inline ShippingLabelData sampleLabel()
{
    ShippingLabelData d;
    d.shipFrom = Address{QStringLiteral("SayPro Midrand DC"),
                         QStringLiteral("14 Le Roux Avenue"),
                         QString(),
                         QString(),
                         QStringLiteral("Midrand"),
                         QStringLiteral("GP"),
                         QStringLiteral("1685"),
                         QStringLiteral("ZA")};
    d.shipTo = Address{QStringLiteral("Lerato Mokoena"),
                       QStringLiteral("12 Vilakazi Street"),
                       QString(),
                       QStringLiteral("Orlando West"),
                       QStringLiteral("Soweto"),
                       QStringLiteral("GP"),
                       QStringLiteral("1804"),
                       QStringLiteral("ZA")};
    d.carrierName = QStringLiteral("UPS");
    d.serviceName = QStringLiteral("UPS Ground");
    d.trackingNumber = QStringLiteral("1Z5R89390357567127");
    d.trackingLink = QStringLiteral("https://www.ups.com/track?tracknum=1Z5R89390357567127");
    d.orderNumber = QStringLiteral("SP-00012345");
    d.parcel = 1;
    d.parcels = 2;
    d.weightGrams = 1250;
    d.shipDate = QDate(2026, 11, 23);
    return d;
}

/// The numbers of every /MediaBox in a PDF (QPdfWriter writes them uncompressed, e.g. "[0 0 288.000000 432.000000]").
inline QList<QList<double>> mediaBoxes(const QByteArray& pdf)
{
    static const QRegularExpression box(QStringLiteral("/MediaBox\\s*\\[([^\\]]*)\\]"));
    QList<QList<double>> out;
    auto it = box.globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        QList<double> numbers;
        for (const QString& n : it.next().captured(1).split(u' ', Qt::SkipEmptyParts))
            numbers << n.toDouble();
        out << numbers;
    }
    return out;
}

} // namespace saypro::test
