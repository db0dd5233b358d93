#pragma once
// sync: what one marketplace request came to: the HTTP answer, or the failure sorted into the
// kinds the sync engine acts on (retry later, stop and tell someone, or record a definitive refusal).

#include "common/Error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <optional>

namespace saypro {

/// One request to the marketplace API.
struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET"); ///< GET or POST
    QString path;                                 ///< e.g. /v1/orders
    QUrlQuery query;
    QByteArray body;        ///< the JSON body of a POST, sent byte for byte
    QString idempotencyKey; ///< required for POST: the same key on every retry of the same change
    int maxAttempts = 1;    ///< the client retries retryable failures until this many attempts were made
};

struct ApiResponse
{
    enum class Kind {
        Success,      ///< 2xx (or 304)
        Network,      ///< no answer: refused, reset, DNS, ... (retryable)
        Timeout,      ///< no data for the request timeout (retryable)
        Throttled,    ///< 429 or 503, usually with Retry-After (retryable)
        ServerError,  ///< another 5xx (retryable)
        BadResponse,  ///< a 2xx whose body is truncated or not JSON (retryable)
        Unauthorized, ///< 401/403: the token is wrong; not retried, shown to people
        Conflict,     ///< 409: claimed elsewhere, cancelled, or the same key still in flight (definitive)
        Rejected,     ///< 422 and every other 4xx, or an unexpected redirect (definitive)
        Tls,          ///< certificate not trusted or not the pinned key: nothing was sent (not retried)
        Cancelled,    ///< the caller cancelled it
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;                    ///< 0 when no HTTP answer arrived
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QByteArray body;
    QJsonDocument json;                 ///< parsed body of a success (null when empty)
    std::optional<qint64> retryAfterMs; ///< from Retry-After
    int attempts = 0;                   ///< attempts made, retries included
    Error error;                        ///< meaningful unless ok()

    bool ok() const { return kind == Kind::Success; }
    /// True for the kinds that may succeed later without anyone changing anything.
    bool retryable() const
    {
        return kind == Kind::Network || kind == Kind::Timeout || kind == Kind::Throttled || kind == Kind::ServerError ||
               kind == Kind::BadResponse;
    }
    /// True for a definitive refusal of this request (409, 422, other 4xx).
    bool definitive() const { return kind == Kind::Conflict || kind == Kind::Rejected; }
    QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
    /// The problem+json body of an error answer (empty when there is none).
    QJsonObject problem() const { return QJsonDocument::fromJson(body).object(); }
};

} // namespace saypro
