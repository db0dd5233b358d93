#pragma once
// intake: the outcome of one verification check on an order (stable id, pass/fail, message, detail).

#include <QLatin1String>
#include <QString>
#include <QStringList>

namespace saypro {

/// One check's result. `id` is stable (stored, used in logs and the CLI); `message` is translated for the
/// person at the station; `detail` is untranslated and precise, for the log.
struct VerificationCheck
{
    static constexpr QLatin1String LineKnown{"line_known"};
    static constexpr QLatin1String Quantities{"quantities"};
    static constexpr QLatin1String Totals{"totals"};
    static constexpr QLatin1String CustomerName{"customer_name"};
    static constexpr QLatin1String AddressComplete{"address"};
    static constexpr QLatin1String Email{"email"};
    static constexpr QLatin1String Phone{"phone"};
    static constexpr QLatin1String Payment{"payment"};

    QString id;
    bool passed = false;
    QString message; ///< translated, for people
    QString detail;  ///< untranslated, for logs

    /// Every check id in the order OrderVerifier runs them.
    static QStringList allIds()
    {
        return {LineKnown, Quantities, Totals, CustomerName, AddressComplete, Email, Phone, Payment};
    }

    friend bool operator==(const VerificationCheck&, const VerificationCheck&) = default;
};

} // namespace saypro
