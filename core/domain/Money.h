#pragma once
// domain: money as integer minor units and an ISO 4217 currency. Never floating point.

#include <QLocale>
#include <QString>

#include <optional>

namespace saypro {

class Money final
{
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency) : m_minor(minorUnits), m_currency(std::move(currency)) {}

    qint64 minorUnits() const { return m_minor; }
    const QString& currency() const { return m_currency; }
    bool isValid() const { return m_currency.size() == 3; }

    /// Sum of two amounts; std::nullopt when the currencies differ or the sum would overflow.
    std::optional<Money> plus(const Money& other) const;
    /// Amount times a quantity; std::nullopt on overflow.
    std::optional<Money> times(qint64 factor) const;

    /// "R 1 234,50" / "$1,234.50" as the locale writes it; exact (built from integers).
    QString format(const QLocale& locale = QLocale()) const;
    /// Canonical "1234.50 ZAR", locale independent; used in logs and JSON-adjacent text.
    QString toCanonicalString() const;
    /// Parses "1234.50" (dot decimal, optional sign) into minor units of `currency`.
    static std::optional<Money> parse(const QString& text, const QString& currency);

    /// Number of minor-unit digits for an ISO currency (2 for most, 0 for JPY/KRW, 3 for BHD/KWD...).
    static int minorDigits(const QString& currency);

    friend bool operator==(const Money&, const Money&) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace saypro
