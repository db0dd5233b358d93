#pragma once
// domain: the buyer as the marketplace shares them with the station.

#include <QString>

namespace saypro {

struct Customer
{
    QString name;
    QString email;
    QString phone;  ///< E.164, e.g. +27821234567
    QString locale; ///< BCP 47: en-ZA, af-ZA, zu-ZA, en-US
    bool notifyEmail = true;
    bool notifySms = false;
    bool notifyPush = false;

    friend bool operator==(const Customer&, const Customer&) = default;
};

} // namespace saypro
