#pragma once
// sandbox: owns the fault specification: which faults to inject on which endpoint (docs/sandbox.md).

#include "common/Error.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace saypro {

/// Parsed from text like "latency=200ms,5xx=0.1;orders:429=0.5": latency, 5xx, 429, dropped connection,
/// truncated body and malformed JSON, globally or per endpoint.
class FaultSpec final
{
public:
    /// What to do to requests of one endpoint. Probabilities are per request and exclusive: at most one
    /// of 5xx, 429, drop, truncate and malformed happens to a request; latency comes on top.
    struct Rule
    {
        int latencyMinMs = 0;
        int latencyMaxMs = 0;
        double serverError = 0; ///< 5xx: 500, 502 or 503 (503 with Retry-After), before the request has any effect
        double rateLimit = 0;   ///< 429 with Retry-After, before the request has any effect
        double drop = 0;        ///< connection aborted without an answer, after the request took effect
        double truncate = 0;    ///< full Content-Length, half the body, then the connection closes; after effect
        double malformed = 0;   ///< the real status with a body that is not JSON; after effect
        int retryAfterSecs = 1; ///< Retry-After on 429 and 503

        bool isQuiet() const
        {
            return latencyMaxMs == 0 && serverError == 0 && rateLimit == 0 && drop == 0 && truncate == 0 &&
                   malformed == 0;
        }
        double total() const { return serverError + rateLimit + drop + truncate + malformed; }
        friend bool operator==(const Rule&, const Rule&) = default;
    };

    FaultSpec() = default;

    /// Parses a specification; an empty text means no faults. Errors name the part that is wrong.
    static Result<FaultSpec> parse(const QString& text);
    /// The endpoint names a section may be prefixed with ("orders", "events", ...).
    static const QStringList& endpoints();

    /// The rule for an endpoint: the global settings with that endpoint's own settings over them.
    Rule ruleFor(const QString& endpoint) const;
    bool isEmpty() const;
    /// The specification as text, in a canonical form that parse() reads back to the same rules.
    QString toString() const;

    friend bool operator==(const FaultSpec&, const FaultSpec&) = default;

private:
    /// Per-key settings as given, so an endpoint overrides only the keys it names.
    using Settings = QHash<QString, QString>;
    static Result<Rule> apply(const Settings& settings, Rule rule);

    Settings m_global;
    QHash<QString, Settings> m_perEndpoint;
};

} // namespace saypro
