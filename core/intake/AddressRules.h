#pragma once
// intake: per-country address rules (required fields, postal-code format, region codes) and checking against them.

#include "common/Error.h"
#include "domain/Address.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace saypro {

/// A table of address rules keyed by ISO 3166-1 alpha-2 country code. Built in: ZA (4-digit postal code,
/// the nine province codes; line1, city and postal code required) and US (ZIP or ZIP+4, the 50 state codes
/// and DC; line1, city, state and ZIP required). Other countries come from a JSON table; a country with no
/// rule needs line1, city and country only.
///
/// Field names used in rules and issues: name, line1, line2, suburb, city, region, postal_code, country.
class AddressRules final
{
public:
    /// The rule for one country.
    struct Country
    {
        QStringList requiredFields;    ///< field names that must not be blank
        QRegularExpression postalCode; ///< whole-value pattern; an empty pattern accepts any postal code
        QStringList regionCodes;       ///< accepted region codes (upper case); empty accepts any region
    };

    /// One thing wrong with an address.
    struct Issue
    {
        QString field;   ///< one of the field names above
        QString message; ///< translated, for people
        QString detail;  ///< untranslated, for logs
    };

    /// The built-in ZA and US rules.
    static AddressRules builtIn();
    /// The built-in rules plus (or overridden by) the countries in `json`:
    /// {"countries": {"GB": {"required": ["line1", "city", "postal_code"],
    ///                       "postal_code": "[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}", "regions": []}}}
    /// "required" defaults to line1, city and country; "postal_code" and "regions" may be left out.
    /// Unknown keys, unknown field names, bad country codes and invalid patterns are errors.
    static Result<AddressRules> fromJson(const QByteArray& json);

    /// Field names a rule may require.
    static const QStringList& fieldNames();

    /// Adds or replaces the rule for `countryCode` (upper-cased).
    void setCountry(const QString& countryCode, Country rule);
    /// True when a rule exists for `countryCode`.
    bool hasCountry(const QString& countryCode) const;
    /// The rule for `countryCode`, or the default rule (line1, city, country) when there is none.
    Country rule(const QString& countryCode) const;
    /// Codes of the countries with a rule, sorted.
    QStringList countries() const;

    /// Everything wrong with `address` under its country's rule; empty when it is complete and plausible.
    QList<Issue> check(const Address& address) const;

private:
    QHash<QString, Country> m_countries;
};

} // namespace saypro
