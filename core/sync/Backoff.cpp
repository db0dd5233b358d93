#include "Backoff.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>

namespace saypro {

Backoff::Backoff(qint64 baseMs, qint64 capMs, RandomSource random)
    : m_baseMs(std::max<qint64>(0, baseMs)), m_capMs(std::max<qint64>(0, capMs)), m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

qint64 Backoff::ceilingMs(int attempt) const
{
    attempt = std::max(0, attempt);
    // base * 2^attempt without overflow: once it passes the cap, the cap is the answer.
    qint64 ceiling = m_baseMs;
    for (int i = 0; i < attempt && ceiling < m_capMs; ++i)
        ceiling *= 2;
    return std::min(m_capMs, ceiling);
}

qint64 Backoff::delayMs(int attempt) const
{
    const qint64 ceiling = ceilingMs(attempt);
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return std::clamp<qint64>(qint64(r * double(ceiling + 1)), 0, ceiling);
}

qint64 Backoff::delayMs(int attempt, std::optional<qint64> retryAfterMs) const
{
    return retryAfterMs ? *retryAfterMs : delayMs(attempt);
}

std::optional<qint64> Backoff::parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = v.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(std::min<qint64>(seconds, 86400) * 1000);
    // IMF-fixdate, e.g. "Wed, 21 Oct 2026 07:28:00 GMT".
    QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(v), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    return std::clamp<qint64>(now.msecsTo(at), 0, 86400 * 1000);
}

} // namespace saypro
