#include "CheckDigits.h"

namespace saypro {

namespace {
bool allDigits(const QString& s)
{
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return !s.isEmpty();
}
} // namespace

std::optional<int> CheckDigits::ups(const QString& s)
{
    if (s.size() != 15)
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 15; ++i) {
        const QChar c = s.at(i).toUpper();
        int value = 0;
        if (c >= u'0' && c <= u'9')
            value = c.unicode() - u'0';
        else if (c >= u'A' && c <= u'Z')
            value = (c.unicode() - 3) % 10;
        else
            return std::nullopt;
        sum += (i % 2 == 1) ? 2 * value : value;
    }
    return (10 - sum % 10) % 10;
}

std::optional<int> CheckDigits::dhlExpress(const QString& s)
{
    if (s.size() != 9 || !allDigits(s))
        return std::nullopt;
    return int(s.toLongLong() % 7);
}

std::optional<int> CheckDigits::upuS10(const QString& s)
{
    static const int weights[8] = {8, 6, 4, 2, 3, 5, 9, 7};
    if (s.size() != 8 || !allDigits(s))
        return std::nullopt;
    int sum = 0;
    for (int i = 0; i < 8; ++i)
        sum += (s.at(i).unicode() - u'0') * weights[i];
    const int r = sum % 11;
    if (r == 0)
        return 5;
    if (r == 1)
        return 0;
    return 11 - r;
}

std::optional<int> CheckDigits::fedexExpress(const QString& s)
{
    static const int weights[3] = {3, 1, 7};
    if (s.size() != 11 || !allDigits(s))
        return std::nullopt;
    int sum = 0;
    // Weights 3, 1, 7 repeat from the first digit.
    for (int i = 0; i < 11; ++i)
        sum += (s.at(i).unicode() - u'0') * weights[i % 3];
    return sum % 11 % 10;
}

} // namespace saypro
