#pragma once
// domain: GS1 mod-10 check digits for GTIN-8/12/13/14 and SSCC.

#include <QString>
#include <QStringList>

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
    /// The spellings a GTIN-14 may have where GTINs are kept as received: itself and, where its leading digits
    /// are zeros, the GTIN-13, UPC-A (12) and EAN-8 it stands for. Empty for anything but 14 digits.
    static QStringList catalogueForms(const QString& gtin14);
};

} // namespace saypro
