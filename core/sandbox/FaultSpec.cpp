#include "FaultSpec.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace saypro {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("FaultSpec", text);
}

const QStringList& keys()
{
    static const QStringList k = {QStringLiteral("latency"),    QStringLiteral("5xx"),      QStringLiteral("429"),
                                  QStringLiteral("drop"),       QStringLiteral("truncate"), QStringLiteral("malformed"),
                                  QStringLiteral("retry-after")};
    return k;
}

std::unexpected<Error> bad(const QString& part, const QString& why)
{
    return fail(Error::Code::InvalidArgument, tr("The fault specification is not valid: %1").arg(why),
                QStringLiteral("fault spec near '%1'").arg(part));
}

/// "0.1" or "10%" -> 0.1; nothing for anything else or outside [0, 1].
std::optional<double> probability(const QString& text)
{
    bool ok = false;
    double p = 0;
    if (text.endsWith(u'%'))
        p = text.chopped(1).toDouble(&ok) / 100.0;
    else
        p = text.toDouble(&ok);
    if (!ok || p < 0 || p > 1)
        return std::nullopt;
    return p;
}

/// "250ms", "2s", "0" -> milliseconds.
std::optional<int> duration(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*(ms|s)?$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const double value = m.captured(1).toDouble() * (m.captured(2) == QLatin1String("s") ? 1000.0 : 1.0);
    if (value > 600000.0)
        return std::nullopt;
    return int(value);
}

/// "200ms" or "100-400ms" (the unit applies to both ends) -> [min, max] milliseconds.
std::optional<std::pair<int, int>> latencyRange(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?)\\s*-\\s*(\\d+(?:\\.\\d+)?)\\s*(ms|s)?$"));
    if (const auto m = re.match(text); m.hasMatch()) {
        const QString unit = m.captured(3);
        const auto lo = duration(m.captured(1) + unit);
        const auto hi = duration(m.captured(2) + unit);
        if (!lo || !hi || *lo > *hi)
            return std::nullopt;
        return std::pair{*lo, *hi};
    }
    const auto d = duration(text);
    if (!d)
        return std::nullopt;
    return std::pair{*d, *d};
}

/// The canonical text of a value, or nothing when it is not valid for the key.
std::optional<QString> canonical(const QString& key, const QString& value)
{
    if (key == QLatin1String("latency")) {
        const auto r = latencyRange(value);
        if (!r)
            return std::nullopt;
        return r->first == r->second ? QStringLiteral("%1ms").arg(r->first)
                                     : QStringLiteral("%1-%2ms").arg(r->first).arg(r->second);
    }
    if (key == QLatin1String("retry-after")) {
        const auto d = duration(value.endsWith(u's') ? value : value + u's');
        if (!d || *d % 1000 != 0 || *d > 3600000)
            return std::nullopt;
        return QStringLiteral("%1s").arg(*d / 1000);
    }
    const auto p = probability(value);
    if (!p)
        return std::nullopt;
    return QString::number(*p, 'g', 6);
}
} // namespace

const QStringList& FaultSpec::endpoints()
{
    static const QStringList e = {
        QStringLiteral("orders"),    QStringLiteral("order"),     QStringLiteral("claim"),
        QStringLiteral("release"),   QStringLiteral("events"),    QStringLiteral("notifications"),
        QStringLiteral("shipments"), QStringLiteral("inventory"), QStringLiteral("adjustments"),
        QStringLiteral("tracking"),  QStringLiteral("returns"),   QStringLiteral("inspection"),
        QStringLiteral("feedback"),  QStringLiteral("products")};
    return e;
}

Result<FaultSpec> FaultSpec::parse(const QString& text)
{
    FaultSpec spec;
    const QStringList sections = text.split(u';', Qt::SkipEmptyParts);
    for (const QString& rawSection : sections) {
        QString section = rawSection.trimmed();
        if (section.isEmpty())
            continue;
        Settings* target = &spec.m_global;
        const qsizetype colon = section.indexOf(u':');
        if (colon >= 0 && (section.indexOf(u'=') < 0 || colon < section.indexOf(u'='))) {
            const QString endpoint = section.left(colon).trimmed().toLower();
            if (!endpoints().contains(endpoint))
                return bad(section, tr("'%1' is not an endpoint; use one of %2.")
                                        .arg(endpoint, endpoints().join(QStringLiteral(", "))));
            target = &spec.m_perEndpoint[endpoint];
            section = section.mid(colon + 1).trimmed();
        }
        const QStringList items = section.split(u',', Qt::SkipEmptyParts);
        if (items.isEmpty())
            return bad(rawSection, tr("a section names no faults."));
        for (const QString& rawItem : items) {
            const QString item = rawItem.trimmed();
            const qsizetype eq = item.indexOf(u'=');
            if (eq <= 0)
                return bad(item, tr("'%1' is not of the form key=value.").arg(item));
            const QString key = item.left(eq).trimmed().toLower().replace(u'_', u'-');
            const QString value = item.mid(eq + 1).trimmed().toLower();
            if (!keys().contains(key))
                return bad(item, tr("'%1' is not a fault; use one of %2.").arg(key, keys().join(QStringLiteral(", "))));
            const auto c = canonical(key, value);
            if (!c) {
                if (key == QLatin1String("latency"))
                    return bad(item, tr("latency must be a duration such as 200ms, 1s or 100-400ms."));
                if (key == QLatin1String("retry-after"))
                    return bad(item, tr("retry-after must be whole seconds from 0 to 3600, such as 2s."));
                return bad(item, tr("%1 must be a probability from 0 to 1, such as 0.05 or 5%.").arg(key));
            }
            target->insert(key, *c);
        }
    }
    // Every rule must be usable: the exclusive faults of one endpoint cannot add up to more than certainty.
    auto global = apply(spec.m_global, Rule());
    if (!global)
        return std::unexpected(global.error());
    for (auto it = spec.m_perEndpoint.cbegin(); it != spec.m_perEndpoint.cend(); ++it)
        if (auto r = apply(it.value(), *global); !r)
            return std::unexpected(Error::make(r.error().code, r.error().message,
                                               QStringLiteral("endpoint %1: %2").arg(it.key(), r.error().detail)));
    return spec;
}

Result<FaultSpec::Rule> FaultSpec::apply(const Settings& settings, Rule rule)
{
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        const QString& key = it.key();
        const QString& value = it.value();
        if (key == QLatin1String("latency")) {
            const auto r = latencyRange(value);
            rule.latencyMinMs = r ? r->first : 0;
            rule.latencyMaxMs = r ? r->second : 0;
        } else if (key == QLatin1String("retry-after")) {
            rule.retryAfterSecs = value.chopped(1).toInt();
        } else {
            const double p = probability(value).value_or(0);
            if (key == QLatin1String("5xx"))
                rule.serverError = p;
            else if (key == QLatin1String("429"))
                rule.rateLimit = p;
            else if (key == QLatin1String("drop"))
                rule.drop = p;
            else if (key == QLatin1String("truncate"))
                rule.truncate = p;
            else if (key == QLatin1String("malformed"))
                rule.malformed = p;
        }
    }
    if (rule.total() > 1.0 + 1e-9)
        return fail(Error::Code::InvalidArgument,
                    tr("The fault specification is not valid: the fault probabilities of one endpoint add up to more "
                       "than 1."),
                    QStringLiteral("sum %1").arg(rule.total()));
    return rule;
}

FaultSpec::Rule FaultSpec::ruleFor(const QString& endpoint) const
{
    auto global = apply(m_global, Rule());
    if (!global)
        return Rule();
    const auto it = m_perEndpoint.constFind(endpoint);
    if (it == m_perEndpoint.cend())
        return *global;
    return apply(it.value(), *global).value_or(*global);
}

bool FaultSpec::isEmpty() const
{
    return m_global.isEmpty() && m_perEndpoint.isEmpty();
}

QString FaultSpec::toString() const
{
    auto section = [](const Settings& s) {
        QStringList items;
        for (const QString& key : keys())
            if (s.contains(key))
                items << key + u'=' + s.value(key);
        return items.join(u',');
    };
    QStringList sections;
    if (!m_global.isEmpty())
        sections << section(m_global);
    QStringList names = m_perEndpoint.keys();
    std::sort(names.begin(), names.end());
    for (const QString& name : names)
        sections << name + u':' + section(m_perEndpoint.value(name));
    return sections.join(u';');
}

} // namespace saypro
