#pragma once
// domain: GS1 mod-10 check digits for GTIN-8/12/13/14 and SSCC.

#include <QString>

#include <optional>

namespace saypro {

class Gtin final
{
public:
    /// The check digit for `digitsWithoutCheck` (weights 3,1,3,... from the right); nothing if a non-digit.
    static std::optional<int> checkDigit(const QString& digitsWithoutCheck);
    /// True for 8, 12, 13 or 14 digits whose last digit is the right check digit.
    static bool isValid(const QString& gtin);
    /// `digitsWithoutCheck` with its check digit appended.
    static QString withCheckDigit(const QString& digitsWithoutCheck);
    /// Any valid GTIN as 14 digits (left-padded with zeros).
    static QString toGtin14(const QString& gtin);
};

} // namespace saypro
