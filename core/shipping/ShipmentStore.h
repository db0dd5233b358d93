#pragma once
// shipping: from a packed order to a parcel the carrier takes away, in the station's cache. Labelling chooses the
// service (or takes the packer's audited choice), issues one tracking number per parcel (committed before any
// label exists), stores the shipment, queues one POST /v1/shipments per parcel for the marketplace and moves the
// order packed -> labelled, all in one transaction. A void (supervisor) gives the numbers up for good and moves
// the order back to packed; the end-of-day manifest of a carrier closes its labelled parcels, moves their orders
// to shipped, and from then on refuses a void.

#include "common/Error.h"
#include "domain/Order.h"
#include "shipping/ShippingDocuments.h"
#include "shipping/ShippingLabel.h"
#include "shipping/ShippingMethods.h"
#include "storage/OrderSummary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace saypro {

class Clock;
class Database;

/// One parcel of a shipment.
struct ShipmentParcel
{
    qint64 id = 0;
    int sequence = 1;
    QString trackingNumber; ///< empty until labelled
    int weightGrams = 0;
    int lengthMm = 0, widthMm = 0, heightMm = 0;
};

/// An order's shipment as the Label screen and the CLI show it.
struct ShipmentView
{
    Order order;
    qint64 shipmentId = 0;
    QString status;     ///< "packed" (no label yet), "labelled", "manifested"
    Address shipFrom;   ///< the warehouse
    QString serviceKey; ///< labelled: the service used
    QString carrier;    ///< labelled: its carrier key
    qint64 priceMinor = 0;
    QString reason;         ///< why this service (translated when proposed; as stored once labelled)
    QString overrideReason; ///< the packer's reason for another service than the proposal
    QDateTime labelledAt;
    qint64 manifestId = 0;
    QList<ShipmentParcel> parcels;
    ShippingRequest request; ///< what the choice was made from
    ShippingChoice choice;   ///< packed: the proposal and every allowed option

    bool isLabelled() const { return status == QLatin1String("labelled") || status == QLatin1String("manifested"); }
    int totalWeightGrams() const;
};

/// What the packer asks for when labelling.
struct LabelRequest
{
    QString serviceKey;     ///< empty: the proposed service
    QString overrideReason; ///< required when serviceKey is not the proposal
};

/// A closed manifest and its parcels.
struct Manifest
{
    struct Row
    {
        QString orderNumber;
        QString trackingNumber;
        QString service;
        int parcel = 1;
        int parcels = 1;
        int weightGrams = 0;
        QString shipToName;
        QString shipToCity;
        QString shipToPostalCode;
        QString shipToCountry;
    };
    qint64 id = 0;
    QString carrier;
    QString carrierName;
    QDateTime closedAt;
    QString closedBy;
    QString station;
    int weightGrams = 0;
    QList<Row> rows;
};

class ShipmentStore final
{
    Q_DECLARE_TR_FUNCTIONS(ShipmentStore)

public:
    ShipmentStore(Database& db, const Clock& clock, QString station, ShippingMethods methods);

    const ShippingMethods& methods() const { return m_methods; }

    /// Orders at the label bench, most urgent first: packed ones, then those labelled and not yet manifested.
    Result<QList<OrderSummary>> queue(int limit) const;
    /// The shipment of an order that is packed, labelled or shipped: its parcels and, when not labelled yet,
    /// the proposed service with every allowed option. InvalidTransition for an order that is not packed yet.
    Result<ShipmentView> view(qint64 orderId) const;

    /// Labels a packed order: the proposed service, or `request.serviceKey` when it is allowed (a reason is then
    /// required, and audited). One tracking number per parcel, the shipment, one marketplace shipment per parcel
    /// and packed -> labelled commit together. Refused, changing nothing: an order that is not packed, no
    /// allowed service, a range used up, an unknown service. `warnings` receives a range's near-exhaustion.
    Result<ShipmentView> label(qint64 orderId, const LabelRequest& request, const QString& actor,
                               QStringList* warnings = nullptr);

    /// The labels of a labelled (or manifested) order, one per parcel, as every renderer draws them.
    Result<QList<ShippingLabelData>> labels(const ShipmentView& view) const;

    /// What the packing slip, invoice and return instructions of the order print (today's date, the station's
    /// locale, the sender from the warehouse and the carrier file's company).
    DocumentContext documentContext(const ShipmentView& view) const;

    /// Audits a reprint of the labels of a labelled order (the reason is required).
    Status recordReprint(qint64 orderId, const QString& actor, const QString& reason);

    /// Voids the labels of a labelled order (a supervisor; the reason is required): its tracking numbers are
    /// void for good, the shipment and the order go back to packed. Refused once the parcels are in a manifest.
    Status voidLabels(qint64 orderId, const QString& supervisor, const QString& reason);

    /// Labelled parcels waiting for a manifest, per carrier key.
    Result<QList<std::pair<QString, int>>> awaitingManifest() const;
    /// Closes the manifest of `carrier`: every labelled parcel of the carrier, the orders labelled -> shipped.
    /// NotFound when nothing waits; InvalidArgument for a carrier the station does not know.
    Result<Manifest> closeManifest(const QString& carrier, const QString& actor);
    /// A closed manifest.
    Result<Manifest> manifest(qint64 id) const;
    /// The latest manifests, newest first (without rows).
    Result<QList<Manifest>> manifests(int limit) const;
    /// A manifest as CSV (RFC 4180, a header row, UTF-8).
    static QByteArray manifestCsv(const Manifest& manifest);
    /// A manifest as a PDF (A4, one row per parcel, totals, a signature line for the driver).
    static Result<QByteArray> manifestPdf(const Manifest& manifest);

    /// The local id of order `number`; NotFound with a message for the person.
    Result<qint64> orderIdByNumber(const QString& number) const;

private:
    Result<Address> warehouseAddress(const QString& code) const;
    ShippingRequest requestFor(const Order& order, const QList<ShipmentParcel>& parcels,
                               const QString& fromCountry) const;

    Database& m_db;
    const Clock& m_clock;
    QString m_station;
    ShippingMethods m_methods;
};

} // namespace saypro
