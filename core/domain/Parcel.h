#pragma once
// domain: one box of a shipment: what is in it, what it weighs, how it is tracked.

#include <QList>
#include <QString>

namespace saypro {

struct ParcelItem
{
    qint64 orderLineId = 0;
    int quantity = 0;
    friend bool operator==(const ParcelItem&, const ParcelItem&) = default;
};

struct Parcel
{
    qint64 id = 0;
    int sequence = 1; ///< parcel n of m
    QString trackingNumber;
    int weightGrams = 0;
    int lengthMm = 0;
    int widthMm = 0;
    int heightMm = 0;
    QList<ParcelItem> items;
    friend bool operator==(const Parcel&, const Parcel&) = default;
};

} // namespace saypro
