#pragma once
// sandbox: owns what each Marketplace API v1 endpoint does in the training marketplace: validation, effect, answer.

#include "sandbox/SandboxResponse.h"
#include "sandbox/SandboxStore.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace saypro {

class SandboxClock;
class SandboxLife;

/// Transport, bearer tokens, idempotency, faults and the transaction around each write are SandboxService's.
class SandboxApi final
{
public:
    enum class Endpoint {
        ListOrders,
        GetOrder,
        Claim,
        Release,
        Events,
        Notifications,
        Shipments,
        ListInventory,
        Adjustments,
        ListTracking,
        ListReturns,
        Inspection,
        ListFeedback,
        ListProducts,
    };

    /// One request, as the transport read it.
    struct Request
    {
        Endpoint endpoint = Endpoint::ListOrders;
        QString pathId; ///< {id} or {rma}
        QUrlQuery query;
        QByteArray body;
        QString stationId;
        QString idempotencyKey;
        QByteArray ifNoneMatch;
    };

    SandboxApi(SandboxStore& store, SandboxLife& life, SandboxClock& clock);

    /// Matches a method and path ("/v1/orders/ord_1/claim"); false when no endpoint has that path.
    /// `methodAllowed` tells whether the path exists with another method.
    static bool route(const QByteArray& method, const QString& path, Request& request, bool* methodAllowed);
    /// The endpoint's name in fault specifications ("orders", "claim", ...).
    static QString endpointName(Endpoint endpoint);
    static bool isWrite(Endpoint endpoint);

    /// Answers a request. Writes happen inside the caller's transaction; an answer of 500 or more
    /// means the caller must roll back.
    SandboxResponse handle(const Request& request);

private:
    SandboxResponse listOrders(const Request& r);
    SandboxResponse getOrder(const Request& r);
    SandboxResponse claim(const Request& r);
    SandboxResponse release(const Request& r);
    SandboxResponse postEvent(const Request& r);
    SandboxResponse postNotification(const Request& r);
    SandboxResponse postShipment(const Request& r);
    SandboxResponse listFeed(const Request& r, SandboxStore::Feed feed);
    SandboxResponse postAdjustment(const Request& r);
    SandboxResponse postInspection(const Request& r);

    SandboxStore& m_store;
    SandboxLife& m_life;
    SandboxClock& m_clock;
};

} // namespace saypro
