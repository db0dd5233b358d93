#pragma once
// sync: the JSON shapes of Marketplace API v1 (docs/marketplace-api-v1.yaml) for orders, products, the
// other incremental lists and problems, shared by the station's client and the training marketplace so both speak
// exactly one contract.

#include "common/Error.h"
#include "domain/Order.h"
#include "storage/SyncRecords.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>

namespace saypro {

class ApiJson final
{
public:
    /// RFC 3339 UTC with milliseconds: 2026-11-23T08:15:00.000Z; null for an invalid time.
    static QJsonValue time(const QDateTime& t);
    /// Parses RFC 3339 (any offset); an invalid QDateTime when absent, null or malformed.
    static QDateTime parseTime(const QJsonValue& v);

    /// An order as the marketplace serves it. `status` is the marketplace's view of the order.
    static QJsonObject orderToJson(const Order& order, const QString& claimedBy = {});
    /// Reads an order; a missing or malformed required field is an InvalidArgument error naming it.
    /// Local ids (order.id, line.id) are left 0.
    static Result<Order> orderFromJson(const QJsonObject& json);

    /// A catalogue product as the marketplace serves it (GET /v1/products); an empty gtin is null.
    static QJsonObject productToJson(const ProductRecord& product);
    /// Reads a product; errors name the missing or malformed field (a GTIN must pass the GS1 check).
    static Result<ProductRecord> productFromJson(const QJsonObject& json);

    /// A stock figure (GET /v1/inventory); errors name the missing or malformed field.
    static Result<StockRecord> stockFromJson(const QJsonObject& json);
    /// A carrier tracking event (GET /v1/tracking-events).
    static Result<TrackingRecord> trackingEventFromJson(const QJsonObject& json);
    /// A return request (GET /v1/returns).
    static Result<ReturnRecord> returnFromJson(const QJsonObject& json);
    /// A customer rating (GET /v1/feedback).
    static Result<FeedbackRecord> feedbackFromJson(const QJsonObject& json);

    /// An application/problem+json body.
    static QByteArray problem(int status, const QString& type, const QString& title, const QString& detail = {},
                              const QJsonObject& extra = {});
};

} // namespace saypro
