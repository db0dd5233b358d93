#pragma once
// intake: the verification rules an order must pass before it is processed (pure; no storage, no UI).

#include "domain/Order.h"
#include "intake/AddressRules.h"
#include "intake/VerificationReport.h"

#include <QString>

#include <functional>

namespace saypro {

/// Runs every check on an order and reports each one (see VerificationCheck for the ids): every line's
/// product is known; quantities are within 1..maxQuantityPerLine(); line totals - order discount + shipping +
/// tax equal the total in integer minor units; the customer's name is present; the ship-to address is
/// complete and plausible under AddressRules; the email is well formed; the phone is E.164; the payment is
/// captured. Nothing here reads a clock, a database or the network.
class OrderVerifier final
{
public:
    /// True when the catalogue knows `sku` and, when `gtin` is not empty, that SKU's GTIN is `gtin`.
    using ProductLookup = std::function<bool(const QString& sku, const QString& gtin)>;

    static constexpr int DefaultMaxQuantityPerLine = 999;

    explicit OrderVerifier(AddressRules addressRules = AddressRules::builtIn());

    /// Highest quantity a single line may have (at least 1).
    int maxQuantityPerLine() const { return m_maxQuantityPerLine; }
    void setMaxQuantityPerLine(int max);
    /// Whether a blank phone number fails the phone check (default true: couriers need one).
    bool phoneRequired() const { return m_phoneRequired; }
    void setPhoneRequired(bool required) { m_phoneRequired = required; }
    const AddressRules& addressRules() const { return m_addressRules; }

    /// Every check, in the order of VerificationCheck::allIds(). A null `isKnownProduct` fails line_known.
    VerificationReport verify(const Order& order, const ProductLookup& isKnownProduct) const;

    /// One @, a non-empty local part, a domain of at least two non-empty dot-separated labels, no spaces.
    static bool isWellFormedEmail(const QString& email);
    /// "+" then 8 to 15 digits, the first not 0.
    static bool isE164(const QString& phone);

private:
    VerificationCheck checkLines(const Order& order, const ProductLookup& isKnownProduct) const;
    VerificationCheck checkQuantities(const Order& order) const;
    VerificationCheck checkTotals(const Order& order) const;
    VerificationCheck checkCustomerName(const Order& order) const;
    VerificationCheck checkAddress(const Order& order) const;
    VerificationCheck checkEmail(const Order& order) const;
    VerificationCheck checkPhone(const Order& order) const;
    VerificationCheck checkPayment(const Order& order) const;

    AddressRules m_addressRules;
    int m_maxQuantityPerLine = DefaultMaxQuantityPerLine;
    bool m_phoneRequired = true;
};

} // namespace saypro
