#include "Money.h"

#include <limits>

namespace saypro {

std::optional<Money> Money::plus(const Money& other) const
{
    if (m_currency != other.m_currency)
        return std::nullopt;
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return std::nullopt;
    return Money(sum, m_currency);
}

std::optional<Money> Money::times(qint64 factor) const
{
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, factor, &product))
        return std::nullopt;
    return Money(product, m_currency);
}

int Money::minorDigits(const QString& currency)
{
    static const QStringList zero = {QStringLiteral("JPY"), QStringLiteral("KRW"), QStringLiteral("VND"),
                                     QStringLiteral("CLP"), QStringLiteral("ISK"), QStringLiteral("UGX")};
    static const QStringList three = {QStringLiteral("BHD"), QStringLiteral("KWD"), QStringLiteral("OMR"),
                                      QStringLiteral("JOD"), QStringLiteral("TND"), QStringLiteral("LYD")};
    if (zero.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

static qint64 pow10(int digits)
{
    qint64 p = 1;
    for (int i = 0; i < digits; ++i)
        p *= 10;
    return p;
}

QString Money::toCanonicalString() const
{
    const int digits = minorDigits(m_currency);
    const qint64 scale = pow10(digits);
    const bool negative = m_minor < 0;
    // Work in unsigned to survive INT64_MIN.
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    QString text = QString::number(magnitude / quint64(scale));
    if (digits > 0)
        text += u'.' + QString::number(magnitude % quint64(scale)).rightJustified(digits, u'0');
    return (negative ? QStringLiteral("-") : QString()) + text + u' ' + m_currency;
}

QString Money::format(const QLocale& locale) const
{
    const int digits = minorDigits(m_currency);
    const qint64 scale = pow10(digits);
    const bool negative = m_minor < 0;
    const quint64 magnitude = negative ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    // Integer part through the locale (grouping), fraction appended exactly.
    QString number = locale.toString(qulonglong(magnitude / quint64(scale)));
    if (digits > 0)
        number += locale.decimalPoint() + QString::number(magnitude % quint64(scale)).rightJustified(digits, u'0');
    QString symbol = m_currency;
    if (m_currency == QLatin1String("ZAR"))
        symbol = QStringLiteral("R");
    else if (m_currency == QLatin1String("USD"))
        symbol = QStringLiteral("$");
    else if (m_currency == QLatin1String("EUR"))
        symbol = QStringLiteral("€");
    else if (m_currency == QLatin1String("GBP"))
        symbol = QStringLiteral("£");
    const QString sign = negative ? locale.negativeSign() : QString();
    if (symbol == m_currency)
        return sign + number + u' ' + symbol;
    return sign + symbol + (symbol == QLatin1String("R") ? QStringLiteral("\u00a0") : QString()) + number;
}

std::optional<Money> Money::parse(const QString& text, const QString& currency)
{
    if (currency.size() != 3)
        return std::nullopt;
    QString t = text.trimmed();
    bool negative = false;
    if (t.startsWith(u'-')) {
        negative = true;
        t.remove(0, 1);
    } else if (t.startsWith(u'+')) {
        t.remove(0, 1);
    }
    const int digits = minorDigits(currency);
    const qsizetype dot = t.indexOf(u'.');
    QString whole = dot < 0 ? t : t.left(dot);
    QString frac = dot < 0 ? QString() : t.mid(dot + 1);
    if (whole.isEmpty() || frac.size() > digits || (dot >= 0 && frac.isEmpty()))
        return std::nullopt;
    for (QChar c : QString(whole + frac))
        if (!c.isDigit() || c.unicode() > 127)
            return std::nullopt;
    bool ok = false;
    const qint64 w = whole.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const qint64 f = frac.isEmpty() ? 0 : frac.leftJustified(digits, u'0').toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    qint64 minor = 0;
    if (__builtin_mul_overflow(w, pow10(digits), &minor) || __builtin_add_overflow(minor, f, &minor))
        return std::nullopt;
    return Money(negative ? -minor : minor, currency);
}

} // namespace saypro
