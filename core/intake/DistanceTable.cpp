#include "DistanceTable.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>
#include <QtDebug>

#include <algorithm>
#include <cmath>

namespace saypro {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DistanceTable", text);
}

Error tableError(const QString& detail)
{
    return Error::make(Error::Code::InvalidArgument, tr("The warehouse distance table is not valid."), detail);
}

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("the number %1").arg(value.toDouble());
    case QJsonValue::String:
        return QStringLiteral("the string \"%1\"").arg(value.toString());
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

} // namespace

int DistanceTable::Lookup::distance(const QString& warehouse) const
{
    for (const WarehouseDistance& w : warehouses)
        if (w.warehouse == warehouse)
            return w.km;
    return Unlisted;
}

QString DistanceTable::builtInPath()
{
    return QStringLiteral(":/intake/distances.json");
}

DistanceTable DistanceTable::builtIn()
{
    Result<DistanceTable> table = fromFile(builtInPath());
    if (!table) {
        // Only a broken build gets here; the unit tests load the resource.
        qWarning("built-in distance table unusable: %s", qPrintable(table.error().toString()));
        return DistanceTable();
    }
    return std::move(*table);
}

Result<DistanceTable> DistanceTable::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(tableError(
            QStringLiteral("JSON parse error at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())));
    if (!doc.isObject())
        return std::unexpected(tableError(QStringLiteral("the top level must be an object")));
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != u"distances")
            return std::unexpected(tableError(QStringLiteral("unknown top-level key \"%1\"").arg(it.key())));
    if (!root.contains(u"distances"))
        return std::unexpected(tableError(QStringLiteral("missing \"distances\"")));
    if (!root.value(u"distances").isObject())
        return std::unexpected(
            tableError(QStringLiteral("\"distances\" must be an object keyed by destination (\"*\", \"CC\" or "
                                      "\"CC-REGION\")")));

    DistanceTable table;
    const QJsonObject rows = root.value(u"distances").toObject();
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        const QString key = it.key();
        if (!isValidKey(key))
            return std::unexpected(tableError(
                QStringLiteral("destination \"%1\" is not \"*\", a country code (\"ZA\") or a country and region "
                               "code (\"ZA-GP\") in upper case")
                    .arg(key)));
        if (!it.value().isObject())
            return std::unexpected(
                tableError(QStringLiteral("distances.%1: expected an object of warehouse code to kilometres, got %2")
                               .arg(key, jsonTypeName(it.value()))));
        const QJsonObject entries = it.value().toObject();
        QHash<QString, int> distances;
        for (auto entry = entries.begin(); entry != entries.end(); ++entry) {
            const QString warehouse = entry.key();
            if (warehouse.trimmed().isEmpty())
                return std::unexpected(tableError(QStringLiteral("distances.%1: empty warehouse code").arg(key)));
            if (warehouse != warehouse.trimmed())
                return std::unexpected(tableError(
                    QStringLiteral("distances.%1: warehouse code \"%2\" has spaces around it").arg(key, warehouse)));
            const QJsonValue value = entry.value();
            const double km = value.toDouble(std::nan(""));
            if (!value.isDouble() || !std::isfinite(km) || km != std::floor(km))
                return std::unexpected(tableError(QStringLiteral("distances.%1.%2: expected a whole number of "
                                                                 "kilometres, got %3")
                                                      .arg(key, warehouse, jsonTypeName(value))));
            if (km < 0)
                return std::unexpected(
                    tableError(QStringLiteral("distances.%1.%2: negative distance %3").arg(key, warehouse).arg(km)));
            if (km > MaxKm)
                return std::unexpected(tableError(QStringLiteral("distances.%1.%2: distance %3 is above the maximum %4")
                                                      .arg(key, warehouse)
                                                      .arg(km, 0, 'f', 0)
                                                      .arg(MaxKm)));
            distances.insert(warehouse, static_cast<int>(km));
        }
        table.setRow(key, std::move(distances));
    }
    return table;
}

Result<DistanceTable> DistanceTable::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, tr("The warehouse distance table file could not be read."),
                    QStringLiteral("%1: %2").arg(path, file.errorString()));
    Result<DistanceTable> table = fromJson(file.readAll());
    if (!table)
        table.error().detail = path + QStringLiteral(": ") + table.error().detail;
    return table;
}

QStringList DistanceTable::candidateKeys(const Address& address)
{
    const QString country = address.country.trimmed().toUpper();
    const QString region = address.region.trimmed().toUpper();
    QStringList keys;
    if (!country.isEmpty()) {
        if (!region.isEmpty())
            keys << country + u'-' + region;
        keys << country;
    }
    keys << QStringLiteral("*");
    return keys;
}

bool DistanceTable::isValidKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\*|[A-Z]{2}|[A-Z]{2}-[A-Z0-9]{1,3})$"));
    return pattern.match(key).hasMatch();
}

void DistanceTable::setRow(const QString& key, QHash<QString, int> distances)
{
    m_rows.insert(key, std::move(distances));
}

bool DistanceTable::hasRow(const QString& key) const
{
    return m_rows.contains(key);
}

QHash<QString, int> DistanceTable::row(const QString& key) const
{
    return m_rows.value(key);
}

QStringList DistanceTable::keys() const
{
    QStringList out = m_rows.keys();
    std::sort(out.begin(), out.end());
    return out;
}

QStringList DistanceTable::warehouses() const
{
    QSet<QString> codes;
    for (const QHash<QString, int>& distances : m_rows)
        for (auto it = distances.begin(); it != distances.end(); ++it)
            codes.insert(it.key());
    QStringList out(codes.begin(), codes.end());
    std::sort(out.begin(), out.end());
    return out;
}

QString DistanceTable::keyFor(const Address& address) const
{
    for (const QString& key : candidateKeys(address))
        if (m_rows.contains(key))
            return key;
    return {};
}

DistanceTable::Lookup DistanceTable::lookup(const Address& address, const QStringList& alsoConsider) const
{
    Lookup result;
    result.key = keyFor(address);
    const QHash<QString, int> distances = m_rows.value(result.key);

    QStringList codes = warehouses();
    for (const QString& code : alsoConsider)
        if (!code.isEmpty() && !codes.contains(code))
            codes << code;
    for (const QString& code : std::as_const(codes))
        result.warehouses << WarehouseDistance{code, distances.value(code, Unlisted)};
    std::sort(result.warehouses.begin(), result.warehouses.end(),
              [](const WarehouseDistance& a, const WarehouseDistance& b) {
                  return a.km != b.km ? a.km < b.km : a.warehouse < b.warehouse;
              });
    return result;
}

} // namespace saypro
