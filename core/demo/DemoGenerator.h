#pragma once
// demo: deterministic demo data by seed: a catalogue with valid GTIN-13s and bin locations, and
// orders from South African and US customers in a realistic spread of statuses, each with its
// history of transitions in the audit log and, once shipped, a parcel with a tracking number.
// The same (seed, index) always gives the same order, so any order can be made on its own.

#include "common/Error.h"
#include "domain/Order.h"
#include "domain/Product.h"
#include "storage/CatalogueStore.h"

#include <QDateTime>
#include <QList>

#include <functional>

namespace saypro {

class Clock;
class Database;

struct DemoStep
{
    OrderStatus to;
    QDateTime at;
    QString actor;
};

struct DemoShipment
{
    QString carrier;
    QString service;
    QString trackingNumber; ///< empty while only packed
    int weightGrams = 0;
    QString status = QStringLiteral("manifested"); ///< shipments row status: packed, labelled or manifested
};

struct DemoOrder
{
    Order order;
    QList<DemoStep> history; ///< transitions after "created", oldest first; order.status is the last one
    std::optional<DemoShipment> shipment;
};

struct DemoSummary
{
    qint64 orders = 0;
    qint64 products = 0;
    qint64 auditRows = 0;
    qint64 shipments = 0;
    qint64 elapsedMs = 0;
};

class DemoGenerator final
{
public:
    DemoGenerator(quint64 seed, QDateTime now);

    /// The warehouses the demo catalogue is stored in.
    static QList<Warehouse> warehouses();
    /// The catalogue; the same for every seed so stock and orders always agree.
    static QList<Product> catalogue();
    /// Order number `index` (0-based) of `total`; newer orders have higher indexes.
    DemoOrder makeOrder(qint64 index, qint64 total) const;

    /// Writes the catalogue and `count` orders (numbered after those already there) into `db`, in
    /// transactions of a few thousand orders. `progress(done, total)` is called after each batch.
    static Result<DemoSummary> generate(Database& db, const Clock& clock, qint64 count, quint64 seed,
                                        const QString& station,
                                        const std::function<void(qint64, qint64)>& progress = {});

private:
    quint64 m_seed;
    QDateTime m_now;
};

} // namespace saypro
