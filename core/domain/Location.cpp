#include "Location.h"

#include <QRegularExpression>

#include <tuple>

namespace saypro {

Location::Location(QString warehouse, QString zone, int aisle, int bay, int level, int bin)
    : m_warehouse(std::move(warehouse)), m_zone(std::move(zone)), m_aisle(aisle), m_bay(bay), m_level(level), m_bin(bin)
{}

QString Location::code() const
{
    return QStringLiteral("%1-%2-%3-%4-%5-%6")
        .arg(m_warehouse, m_zone)
        .arg(m_aisle, 2, 10, QLatin1Char('0'))
        .arg(m_bay, 2, 10, QLatin1Char('0'))
        .arg(m_level)
        .arg(m_bin, 2, 10, QLatin1Char('0'));
}

std::optional<Location> Location::parse(const QString& code)
{
    static const QRegularExpression re(
        QStringLiteral("^([A-Z0-9]{2,8})-([A-Z]{1,3})-(\\d{1,3})-(\\d{1,3})-(\\d{1,2})-(\\d{1,3})$"));
    const auto m = re.match(code.trimmed().toUpper());
    if (!m.hasMatch())
        return std::nullopt;
    return Location(m.captured(1), m.captured(2), m.captured(3).toInt(), m.captured(4).toInt(), m.captured(5).toInt(),
                    m.captured(6).toInt());
}

bool operator<(const Location& a, const Location& b)
{
    return std::tie(a.m_warehouse, a.m_zone, a.m_aisle, a.m_bay, a.m_level, a.m_bin) <
           std::tie(b.m_warehouse, b.m_zone, b.m_aisle, b.m_bay, b.m_level, b.m_bin);
}

} // namespace saypro
