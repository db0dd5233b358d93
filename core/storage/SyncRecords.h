#pragma once
// storage: the marketplace records the sync engine stores besides orders (catalogue products, stock,
// carrier tracking events, returns, feedback), as read from Marketplace API v1.

#include <QDateTime>
#include <QList>
#include <QString>

namespace saypro {

/// One catalogue item (GET /v1/products).
struct ProductRecord
{
    QString id;
    QString sku;
    QString gtin; ///< empty when the product has none (null in the API)
    QString name;
    int weightGrams = 0;
    qint64 unitPriceMinor = 0;
    QString currency;
    bool serialTracked = false;
    bool fragile = false;
    qint64 version = 0;
    QDateTime updatedAt;
};

/// One stock figure per SKU and bin (GET /v1/inventory).
struct StockRecord
{
    QString id;
    QString sku;
    QString location;
    int onHand = 0;
    qint64 version = 0;
    QDateTime updatedAt;
};

/// One carrier event (GET /v1/tracking-events).
struct TrackingRecord
{
    QString id;
    QString orderMarketplaceId;
    QString trackingNumber;
    QString status; ///< in_transit, out_for_delivery, delivered, exception
    QString description;
    QDateTime occurredAt;
    qint64 version = 0;
    QDateTime updatedAt;
};

/// One line of a return request.
struct ReturnRecordLine
{
    QString lineId;
    QString sku;
    int quantity = 0;
    QString reason;
};

/// A return request (GET /v1/returns).
struct ReturnRecord
{
    QString id;
    QString rma;
    QString orderMarketplaceId;
    QString status; ///< requested, received, inspected, refunded, exchanged, closed
    QDateTime requestedAt;
    qint64 version = 0;
    QDateTime updatedAt;
    QList<ReturnRecordLine> lines;
};

/// A customer rating (GET /v1/feedback).
struct FeedbackRecord
{
    QString id;
    QString orderMarketplaceId;
    int rating = 0;
    QString comment;
    QDateTime createdAt;
    qint64 version = 0;
    QDateTime updatedAt;
};

} // namespace saypro
