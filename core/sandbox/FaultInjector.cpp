#include "FaultInjector.h"

namespace saypro {

FaultInjector::FaultInjector(quint64 seed) : m_generator(seed) {}

void FaultInjector::reset(FaultSpec spec, quint64 seed)
{
    m_spec = std::move(spec);
    m_generator.seed(seed);
    m_source = {};
    m_counts = {};
}

void FaultInjector::reset(FaultSpec spec, RandomSource source)
{
    m_spec = std::move(spec);
    m_source = std::move(source);
    m_counts = {};
}

double FaultInjector::draw()
{
    return m_source ? m_source() : m_generator.generateDouble();
}

FaultInjector::Decision FaultInjector::decide(const QString& endpoint)
{
    Decision d;
    const FaultSpec::Rule rule = m_spec.ruleFor(endpoint);
    if (rule.isQuiet())
        return d;
    if (rule.latencyMaxMs > 0) {
        d.latencyMs = rule.latencyMinMs == rule.latencyMaxMs
                          ? rule.latencyMaxMs
                          : rule.latencyMinMs + int(draw() * double(rule.latencyMaxMs - rule.latencyMinMs + 1));
        ++m_counts.delayed;
    }
    if (rule.total() <= 0)
        return d;
    double u = draw();
    auto take = [&u](double p) {
        if (u < p)
            return true;
        u -= p;
        return false;
    };
    if (take(rule.serverError)) {
        d.kind = Kind::ServerError;
        // Half of the server errors are 503 (with Retry-After), the rest 500 or 502.
        const double which = draw();
        d.status = which < 0.5 ? 503 : which < 0.75 ? 500 : 502;
        d.retryAfterSecs = d.status == 503 ? rule.retryAfterSecs : 0;
        ++m_counts.serverErrors;
    } else if (take(rule.rateLimit)) {
        d.kind = Kind::RateLimit;
        d.status = 429;
        d.retryAfterSecs = rule.retryAfterSecs;
        ++m_counts.rateLimited;
    } else if (take(rule.drop)) {
        d.kind = Kind::Drop;
        ++m_counts.dropped;
    } else if (take(rule.truncate)) {
        d.kind = Kind::Truncate;
        ++m_counts.truncated;
    } else if (take(rule.malformed)) {
        d.kind = Kind::Malformed;
        ++m_counts.malformed;
    }
    return d;
}

} // namespace saypro
