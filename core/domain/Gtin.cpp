#include "Gtin.h"

namespace saypro {

std::optional<int> Gtin::checkDigit(const QString& digits)
{
    if (digits.isEmpty())
        return std::nullopt;
    int sum = 0;
    int weight = 3;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        const QChar c = digits.at(i);
        if (c < u'0' || c > u'9')
            return std::nullopt;
        sum += (c.unicode() - u'0') * weight;
        weight = weight == 3 ? 1 : 3;
    }
    return (10 - sum % 10) % 10;
}

bool Gtin::isValid(const QString& gtin)
{
    const qsizetype n = gtin.size();
    if (n != 8 && n != 12 && n != 13 && n != 14)
        return false;
    const auto check = checkDigit(gtin.left(n - 1));
    return check && gtin.back() == QChar(u'0' + *check);
}

QString Gtin::withCheckDigit(const QString& digits)
{
    const auto check = checkDigit(digits);
    return check ? digits + QChar(u'0' + *check) : QString();
}

QString Gtin::toGtin14(const QString& gtin)
{
    return isValid(gtin) ? gtin.rightJustified(14, u'0') : QString();
}

QStringList Gtin::catalogueForms(const QString& gtin14)
{
    QStringList forms;
    if (gtin14.size() != 14)
        return forms;
    for (int length : {14, 13, 12, 8})
        if (gtin14.first(14 - length).count(u'0') == 14 - length)
            forms << gtin14.right(length);
    return forms;
}

} // namespace saypro
