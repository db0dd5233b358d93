#pragma once
// sandbox: owns the per-request fault decision: a FaultSpec and a (seeded or injected) random source.

#include "sandbox/FaultSpec.h"

#include <QHash>
#include <QRandomGenerator64>

#include <functional>

namespace saypro {

/// The same seed and the same sequence of requests give the same faults.
class FaultInjector final
{
public:
    /// Numbers in [0, 1); tests may hand in their own sequence.
    using RandomSource = std::function<double()>;

    enum class Kind { None, ServerError, RateLimit, Drop, Truncate, Malformed };

    struct Decision
    {
        Kind kind = Kind::None;
        int latencyMs = 0;
        int status = 0;         ///< for ServerError and RateLimit: the status to answer with
        int retryAfterSecs = 0; ///< for 429 and 503
        /// True when the fault answers before the request has any effect (5xx, 429).
        bool before() const { return kind == Kind::ServerError || kind == Kind::RateLimit; }
    };

    /// How many of each fault were injected since the last reset.
    struct Counts
    {
        int delayed = 0;
        int serverErrors = 0;
        int rateLimited = 0;
        int dropped = 0;
        int truncated = 0;
        int malformed = 0;
        int total() const { return serverErrors + rateLimited + dropped + truncated + malformed; }
    };

    explicit FaultInjector(quint64 seed = 1);

    /// Replaces the specification and restarts the random sequence from `seed`.
    void reset(FaultSpec spec, quint64 seed);
    /// Replaces the specification and draws from `source` from now on.
    void reset(FaultSpec spec, RandomSource source);
    const FaultSpec& spec() const { return m_spec; }

    /// The fault for the next request to `endpoint`. Requests to an endpoint whose rule is quiet draw
    /// nothing from the random source.
    Decision decide(const QString& endpoint);
    const Counts& counts() const { return m_counts; }

private:
    double draw();

    FaultSpec m_spec;
    QRandomGenerator64 m_generator;
    RandomSource m_source;
    Counts m_counts;
};

} // namespace saypro
