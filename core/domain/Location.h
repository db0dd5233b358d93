#pragma once
// domain: a storage location: warehouse, zone, aisle, bay, level, bin; sorted along the walk.

#include <QString>

#include <optional>

namespace saypro {

class Location final
{
public:
    Location() = default;
    Location(QString warehouse, QString zone, int aisle, int bay, int level, int bin);

    const QString& warehouse() const { return m_warehouse; }
    const QString& zone() const { return m_zone; }
    int aisle() const { return m_aisle; }
    int bay() const { return m_bay; }
    int level() const { return m_level; }
    int bin() const { return m_bin; }
    bool isValid() const { return !m_warehouse.isEmpty() && !m_zone.isEmpty(); }

    /// "JHB1-A-03-12-2-04": warehouse, zone, aisle, bay, level, bin; the code printed on bin labels.
    QString code() const;
    /// Parses a bin code; std::nullopt when it is malformed.
    static std::optional<Location> parse(const QString& code);

    /// Walk order: zone, then aisle, bay, level and bin numerically (aisle 2 before aisle 10).
    friend bool operator<(const Location& a, const Location& b);
    friend bool operator==(const Location&, const Location&) = default;

private:
    QString m_warehouse;
    QString m_zone;
    int m_aisle = 0;
    int m_bay = 0;
    int m_level = 0;
    int m_bin = 0;
};

} // namespace saypro
