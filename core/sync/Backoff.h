#pragma once
// sync: when to try again. Owns the full-jitter exponential backoff (sleep = random(0, min(cap,
// base * 2^attempt))) and the reading of Retry-After, with an injectable source of randomness.

#include <QByteArray>
#include <QDateTime>

#include <functional>
#include <optional>

namespace saypro {

class Backoff final
{
public:
    /// Returns a number uniformly distributed in [0, 1).
    using RandomSource = std::function<double()>;

    /// `random` defaults to QRandomGenerator::global().
    explicit Backoff(qint64 baseMs = 500, qint64 capMs = 60000, RandomSource random = {});

    qint64 baseMs() const { return m_baseMs; }
    qint64 capMs() const { return m_capMs; }

    /// min(cap, base * 2^attempt): the most a retry after `attempt` earlier retries may wait (attempt >= 0).
    qint64 ceilingMs(int attempt) const;
    /// A full-jitter delay for `attempt`: uniformly random in [0, ceilingMs(attempt)].
    qint64 delayMs(int attempt) const;
    /// The delay to wait: what the server asked for with Retry-After when it did, otherwise delayMs(attempt).
    qint64 delayMs(int attempt, std::optional<qint64> retryAfterMs) const;

    /// Reads a Retry-After header value: delay-seconds ("120") or an HTTP-date (relative to `now`).
    /// Nothing for an absent or unreadable value; never negative.
    static std::optional<qint64> parseRetryAfter(const QByteArray& value, const QDateTime& now);

private:
    qint64 m_baseMs;
    qint64 m_capMs;
    RandomSource m_random;
};

} // namespace saypro
