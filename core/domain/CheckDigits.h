#pragma once
// domain: carrier and GS1 check-digit algorithms (REFERENCE "Tracking numbers and check digits").

#include <QString>

#include <optional>

namespace saypro {

class CheckDigits final
{
public:
    /// UPS 1Z: over the 15 characters after "1Z"; digits as themselves, letters (ASCII-3) mod 10, odd positions x2.
    static std::optional<int> ups(const QString& fifteenChars);
    /// DHL Express 10-digit: the first 9 digits as a number mod 7.
    static std::optional<int> dhlExpress(const QString& nineDigits);
    /// UPU S10: 8 digits weighted 8,6,4,2,3,5,9,7; 11 - sum mod 11, with 10 -> 0 and 11 -> 5.
    static std::optional<int> upuS10(const QString& eightDigits);
    /// FedEx Express 12-digit: weights 3,1,7 repeating over 11 digits; sum mod 11 mod 10.
    static std::optional<int> fedexExpress(const QString& elevenDigits);
};

} // namespace saypro
