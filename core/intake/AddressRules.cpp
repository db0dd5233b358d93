#include "AddressRules.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>

namespace saypro {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AddressRules", text);
}

QString fieldValue(const Address& a, const QString& field)
{
    if (field == u"name")
        return a.name;
    if (field == u"line1")
        return a.line1;
    if (field == u"line2")
        return a.line2;
    if (field == u"suburb")
        return a.suburb;
    if (field == u"city")
        return a.city;
    if (field == u"region")
        return a.region;
    if (field == u"postal_code")
        return a.postalCode;
    if (field == u"country")
        return a.country;
    return {};
}

QString missingMessage(const QString& field)
{
    if (field == u"name")
        return tr("The recipient's name is missing.");
    if (field == u"line1")
        return tr("The street address is missing.");
    if (field == u"line2")
        return tr("The second address line is missing.");
    if (field == u"suburb")
        return tr("The suburb is missing.");
    if (field == u"city")
        return tr("The city is missing.");
    if (field == u"region")
        return tr("The province or state is missing.");
    if (field == u"postal_code")
        return tr("The postal code is missing.");
    return tr("The country is missing.");
}

QRegularExpression anchored(const QString& pattern)
{
    if (pattern.isEmpty())
        return QRegularExpression();
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

AddressRules::Country defaultRule()
{
    return AddressRules::Country{
        {QStringLiteral("line1"), QStringLiteral("city"), QStringLiteral("country")}, QRegularExpression(), {}};
}

Error jsonError(const QString& detail)
{
    return Error::make(Error::Code::InvalidArgument, tr("The address rule table is not valid."), detail);
}

/// Reads a JSON array of strings; false (with `error` set) when it is not one.
bool readStringArray(const QJsonValue& value, const QString& where, QStringList* out, QString* error)
{
    if (!value.isArray()) {
        *error = QStringLiteral("%1: expected an array of strings").arg(where);
        return false;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            *error = QStringLiteral("%1[%2]: expected a string").arg(where).arg(i);
            return false;
        }
        out->append(array.at(i).toString());
    }
    return true;
}

} // namespace

const QStringList& AddressRules::fieldNames()
{
    static const QStringList names = {QStringLiteral("name"),        QStringLiteral("line1"),  QStringLiteral("line2"),
                                      QStringLiteral("suburb"),      QStringLiteral("city"),   QStringLiteral("region"),
                                      QStringLiteral("postal_code"), QStringLiteral("country")};
    return names;
}

AddressRules AddressRules::builtIn()
{
    AddressRules rules;
    rules.setCountry(QStringLiteral("ZA"),
                     Country{{QStringLiteral("line1"), QStringLiteral("city"), QStringLiteral("postal_code")},
                             anchored(QStringLiteral("[0-9]{4}")),
                             {QStringLiteral("GP"), QStringLiteral("WC"), QStringLiteral("KZN"), QStringLiteral("EC"),
                              QStringLiteral("FS"), QStringLiteral("LP"), QStringLiteral("MP"), QStringLiteral("NW"),
                              QStringLiteral("NC")}});
    const QStringList states = QStringLiteral("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS "
                                              "MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA "
                                              "WV WI WY DC")
                                   .split(u' ', Qt::SkipEmptyParts);
    rules.setCountry(QStringLiteral("US"), Country{{QStringLiteral("line1"), QStringLiteral("city"),
                                                    QStringLiteral("region"), QStringLiteral("postal_code")},
                                                   anchored(QStringLiteral("[0-9]{5}(-[0-9]{4})?")),
                                                   states});
    return rules;
}

Result<AddressRules> AddressRules::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(jsonError(
            QStringLiteral("JSON parse error at offset %1: %2").arg(parseError.offset).arg(parseError.errorString())));
    if (!doc.isObject())
        return std::unexpected(jsonError(QStringLiteral("the top level must be an object")));
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != u"countries")
            return std::unexpected(jsonError(QStringLiteral("unknown top-level key \"%1\"").arg(it.key())));
    if (!root.contains(u"countries"))
        return std::unexpected(jsonError(QStringLiteral("missing \"countries\"")));
    if (!root.value(u"countries").isObject())
        return std::unexpected(jsonError(QStringLiteral("\"countries\" must be an object keyed by country code")));

    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    AddressRules rules = builtIn();
    const QJsonObject countries = root.value(u"countries").toObject();
    for (auto it = countries.begin(); it != countries.end(); ++it) {
        const QString code = it.key();
        if (!countryCode.match(code).hasMatch())
            return std::unexpected(jsonError(
                QStringLiteral("country code \"%1\" is not an ISO 3166-1 alpha-2 code in upper case").arg(code)));
        if (!it.value().isObject())
            return std::unexpected(jsonError(QStringLiteral("countries.%1: expected an object").arg(code)));
        const QJsonObject entry = it.value().toObject();
        for (auto key = entry.begin(); key != entry.end(); ++key)
            if (key.key() != u"required" && key.key() != u"postal_code" && key.key() != u"regions")
                return std::unexpected(
                    jsonError(QStringLiteral("countries.%1: unknown key \"%2\"").arg(code, key.key())));

        Country rule = defaultRule();
        QString error;
        if (entry.contains(u"required")) {
            rule.requiredFields.clear();
            const QString where = QStringLiteral("countries.%1.required").arg(code);
            if (!readStringArray(entry.value(u"required"), where, &rule.requiredFields, &error))
                return std::unexpected(jsonError(error));
            for (const QString& field : std::as_const(rule.requiredFields))
                if (!fieldNames().contains(field))
                    return std::unexpected(jsonError(QStringLiteral("%1: unknown field \"%2\" (known: %3)")
                                                         .arg(where, field, fieldNames().join(QStringLiteral(", ")))));
        }
        if (entry.contains(u"postal_code")) {
            const QJsonValue pattern = entry.value(u"postal_code");
            if (!pattern.isString())
                return std::unexpected(
                    jsonError(QStringLiteral("countries.%1.postal_code: expected a pattern string").arg(code)));
            rule.postalCode = anchored(pattern.toString());
            if (!rule.postalCode.isValid())
                return std::unexpected(jsonError(QStringLiteral("countries.%1.postal_code: invalid pattern: %2")
                                                     .arg(code, rule.postalCode.errorString())));
        }
        if (entry.contains(u"regions")) {
            QStringList regions;
            if (!readStringArray(entry.value(u"regions"), QStringLiteral("countries.%1.regions").arg(code), &regions,
                                 &error))
                return std::unexpected(jsonError(error));
            for (const QString& r : std::as_const(regions))
                rule.regionCodes << r.trimmed().toUpper();
        }
        rules.setCountry(code, std::move(rule));
    }
    return rules;
}

void AddressRules::setCountry(const QString& countryCode, Country rule)
{
    m_countries.insert(countryCode.trimmed().toUpper(), std::move(rule));
}

bool AddressRules::hasCountry(const QString& countryCode) const
{
    return m_countries.contains(countryCode.trimmed().toUpper());
}

AddressRules::Country AddressRules::rule(const QString& countryCode) const
{
    const auto it = m_countries.constFind(countryCode.trimmed().toUpper());
    return it == m_countries.constEnd() ? defaultRule() : it.value();
}

QStringList AddressRules::countries() const
{
    QStringList codes = m_countries.keys();
    std::sort(codes.begin(), codes.end());
    return codes;
}

QList<AddressRules::Issue> AddressRules::check(const Address& address) const
{
    QList<Issue> issues;
    const QString country = address.country.trimmed().toUpper();
    const Country r = rule(country);
    QStringList required = r.requiredFields;
    if (!required.contains(u"country"))
        required.prepend(QStringLiteral("country"));
    for (const QString& field : std::as_const(required))
        if (fieldValue(address, field).trimmed().isEmpty())
            issues << Issue{field, missingMessage(field), QStringLiteral("%1 is blank").arg(field)};

    const QString postal = address.postalCode.trimmed();
    if (!postal.isEmpty() && !r.postalCode.pattern().isEmpty() && !r.postalCode.match(postal).hasMatch())
        issues << Issue{
            QStringLiteral("postal_code"), tr("The postal code \"%1\" is not valid for %2.").arg(postal, country),
            QStringLiteral("postal_code \"%1\" does not match %2 for %3").arg(postal, r.postalCode.pattern(), country)};

    const QString region = address.region.trimmed().toUpper();
    if (!region.isEmpty() && !r.regionCodes.isEmpty() && !r.regionCodes.contains(region))
        issues << Issue{QStringLiteral("region"),
                        tr("\"%1\" is not a province or state code of %2.").arg(address.region.trimmed(), country),
                        QStringLiteral("region \"%1\" not in the %2 region list").arg(region, country)};
    return issues;
}

} // namespace saypro
