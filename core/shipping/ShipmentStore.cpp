#include "ShipmentStore.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "intake/DistanceTable.h"
#include "shipping/TrackingAllocator.h"
#include "storage/AuditLog.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "storage/Outbox.h"

#include <QBuffer>
#include <QFont>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSqlQuery>

namespace saypro {

namespace {

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QDateTime fromMs(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

/// Whole working days (Monday to Friday) after `from` up to and including `to`; 0 when `to` is not later.
int weekdaysBetween(QDate from, QDate to)
{
    int days = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            ++days;
    return days;
}

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')) &&
        !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QString(QLatin1Char('"') + quoted + QLatin1Char('"'));
}

/// The manifest of the current row of a query selecting id, carrier, closed_at, closed_by, station, weight_g.
Manifest manifestHeader(const QSqlQuery& q, const ShippingMethods& methods)
{
    Manifest m;
    m.id = q.value(0).toLongLong();
    m.carrier = q.value(1).toString();
    m.carrierName = methods.carrier(m.carrier).name;
    m.closedAt = fromMs(q.value(2));
    m.closedBy = q.value(3).toString();
    m.station = q.value(4).toString();
    m.weightGrams = q.value(5).toInt();
    return m;
}

} // namespace

int ShipmentView::totalWeightGrams() const
{
    int sum = 0;
    for (const ShipmentParcel& p : parcels)
        sum += p.weightGrams;
    return sum;
}

ShipmentStore::ShipmentStore(Database& db, const Clock& clock, QString station, ShippingMethods methods)
    : m_db(db), m_clock(clock), m_station(std::move(station)), m_methods(std::move(methods))
{}

Result<QList<OrderSummary>> ShipmentStore::queue(int limit) const
{
    return OrderStore(m_db, m_clock, m_station)
        .summaries(QStringLiteral(" WHERE status IN ('packed', 'labelled')"), {},
                   QStringLiteral("status = 'labelled', ship_by IS NULL, ship_by, confirmed_at, id"), limit);
}

Result<qint64> ShipmentStore::orderIdByNumber(const QString& number) const
{
    auto q = m_db.query(QStringLiteral("SELECT id FROM orders WHERE number = ?"), {number},
                        QStringLiteral("order id of %1").arg(number));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, tr("Order %1 is not in this station's cache.").arg(number),
                    QStringLiteral("no order numbered '%1'").arg(number));
    return q->value(0).toLongLong();
}

Result<Address> ShipmentStore::warehouseAddress(const QString& code) const
{
    auto warehouses = CatalogueStore(m_db).warehouses();
    if (!warehouses)
        return std::unexpected(warehouses.error());
    for (const Warehouse& w : *warehouses) {
        if (w.code != code)
            continue;
        Address a = w.address;
        a.name = w.name;
        if (a.line1.isEmpty() || a.city.isEmpty() || a.country.isEmpty())
            return fail(Error::Code::NotFound,
                        tr("Warehouse %1 has no full address, and a label needs the sender's address. An administrator "
                           "sets it with 'saypro-stationctl warehouse set %1 …'.")
                            .arg(code),
                        QStringLiteral("ship-from: warehouse '%1' has line1 '%2', city '%3', country '%4'")
                            .arg(code, a.line1, a.city, a.country));
        return a;
    }
    return fail(Error::Code::NotFound, tr("Warehouse %1 is not set up at this station.").arg(code),
                QStringLiteral("ship-from: no warehouse '%1'").arg(code));
}

ShippingRequest ShipmentStore::requestFor(const Order& order, const QList<ShipmentParcel>& parcels,
                                          const QString& fromCountry) const
{
    ShippingRequest r;
    r.level = order.serviceLevel;
    // The heaviest parcel decides: every parcel of an order travels with the same service.
    for (const ShipmentParcel& p : parcels) {
        if (p.weightGrams >= r.weightGrams) {
            r.weightGrams = p.weightGrams;
            r.lengthMm = p.lengthMm;
            r.widthMm = p.widthMm;
            r.heightMm = p.heightMm;
        }
    }
    const bool sameCountry =
        order.shipTo.country.isEmpty() || order.shipTo.country.compare(fromCountry, Qt::CaseInsensitive) == 0;
    const int km = DistanceTable::builtIn().lookup(order.shipTo, {order.warehouse}).distance(order.warehouse);
    r.zone = m_methods.zoneFor(km, sameCountry);
    // Promised delivery: the ship-by date plus the service level's promised transit. The business days left
    // from today to that date are what a service's transit must fit in.
    const QDate today = m_clock.now().toLocalTime().date();
    const QDate shipBy = order.shipBy.isValid() ? order.shipBy.toLocalTime().date() : today;
    r.daysAvailable = m_methods.promiseDays(order.serviceLevel) + weekdaysBetween(today, shipBy);
    return r;
}

Result<ShipmentView> ShipmentStore::view(qint64 orderId) const
{
    OrderStore orders(m_db, m_clock, m_station);
    auto order = orders.findById(orderId);
    if (!order)
        return std::unexpected(order.error());
    ShipmentView v;
    v.order = std::move(*order);
    auto s =
        m_db.query(QStringLiteral("SELECT id, carrier, service, status, price_minor, choice_reason, override_reason, "
                                  "labelled_at, manifest_id FROM shipments WHERE order_id = ? AND status <> 'voided' "
                                  "ORDER BY id DESC LIMIT 1"),
                   {orderId}, QStringLiteral("shipment of %1").arg(v.order.number));
    if (!s)
        return std::unexpected(s.error());
    if (!s->next())
        return fail(
            Error::Code::InvalidTransition,
            tr("Order %1 is not packed yet (it is %2); pack it before labelling.")
                .arg(v.order.number, OrderStatuses::displayName(v.order.status)),
            QStringLiteral("label %1: no shipment, status %2").arg(v.order.number, OrderStatuses::key(v.order.status)));
    v.shipmentId = s->value(0).toLongLong();
    v.carrier = s->value(1).toString();
    v.serviceKey = s->value(2).toString();
    v.status = s->value(3).toString();
    v.priceMinor = s->value(4).toLongLong();
    v.reason = s->value(5).toString();
    v.overrideReason = s->value(6).toString();
    v.labelledAt = fromMs(s->value(7));
    v.manifestId = s->value(8).toLongLong();
    s->finish();

    auto p = m_db.query(QStringLiteral("SELECT id, sequence, tracking_number, weight_g, length_mm, width_mm, height_mm "
                                       "FROM parcels WHERE shipment_id = ? ORDER BY sequence"),
                        {v.shipmentId}, QStringLiteral("parcels of %1").arg(v.order.number));
    if (!p)
        return std::unexpected(p.error());
    while (p->next())
        v.parcels.append(ShipmentParcel{p->value(0).toLongLong(), p->value(1).toInt(), p->value(2).toString(),
                                        p->value(3).toInt(), p->value(4).toInt(), p->value(5).toInt(),
                                        p->value(6).toInt()});
    auto from = warehouseAddress(v.order.warehouse);
    if (!from)
        return std::unexpected(from.error());
    v.shipFrom = *from;
    v.request = requestFor(v.order, v.parcels, v.shipFrom.country);
    if (!v.isLabelled()) {
        v.choice = m_methods.choose(v.request);
        v.reason = v.choice.reason;
        if (v.choice.chosen) {
            v.serviceKey = v.choice.chosen->service.key;
            v.carrier = v.choice.chosen->service.carrier;
            v.priceMinor = v.choice.chosen->priceMinor;
        } else {
            v.serviceKey.clear();
            v.carrier.clear();
        }
    }
    return v;
}

Result<ShipmentView> ShipmentStore::label(qint64 orderId, const LabelRequest& request, const QString& actor,
                                          QStringList* warnings)
{
    auto current = view(orderId);
    if (!current)
        return current;
    ShipmentView& v = *current;
    if (v.isLabelled() || v.order.status != OrderStatus::Packed)
        return fail(Error::Code::InvalidTransition,
                    v.isLabelled() ? tr("Order %1 is labelled already; reprint its label instead.").arg(v.order.number)
                                   : tr("Order %1 is %2, not packed; it cannot be labelled.")
                                         .arg(v.order.number, OrderStatuses::displayName(v.order.status)),
                    QStringLiteral("label %1: shipment %2, order %3")
                        .arg(v.order.number, v.status, OrderStatuses::key(v.order.status)));
    std::optional<ShippingOption> option = v.choice.chosen;
    QString reason = v.choice.reason;
    QString overrideReason;
    const bool overriding = !request.serviceKey.isEmpty() && (!option || option->service.key != request.serviceKey);
    if (overriding) {
        if (!m_methods.service(request.serviceKey))
            return fail(Error::Code::InvalidArgument,
                        tr("“%1” is not a carrier service of this station.").arg(request.serviceKey),
                        QStringLiteral("label %1: unknown service '%2'").arg(v.order.number, request.serviceKey));
        option = m_methods.option(v.request, request.serviceKey);
        if (!option)
            return fail(
                Error::Code::InvalidArgument,
                tr("%1 cannot take this parcel (service level, destination or weight); choose another service.")
                    .arg(m_methods.service(request.serviceKey)->name),
                QStringLiteral("label %1: service %2 not allowed for level %3 zone %4 weight %5 g")
                    .arg(v.order.number, request.serviceKey, ServiceLevels::key(v.request.level), v.request.zone)
                    .arg(v.request.weightGrams));
        overrideReason = request.overrideReason.trimmed();
        if (overrideReason.isEmpty())
            return fail(
                Error::Code::InvalidArgument,
                tr("Say why %1 is used instead of the proposed service.").arg(option->service.name),
                QStringLiteral("label %1: override to %2 without a reason").arg(v.order.number, request.serviceKey));
        reason = tr("%1 chosen by %2 instead of %3: %4")
                     .arg(option->service.name, actor,
                          v.choice.chosen ? v.choice.chosen->service.name : tr("no proposal"), overrideReason);
    }
    if (!option)
        return fail(Error::Code::InvalidArgument, v.choice.reason,
                    QStringLiteral("label %1: no service for level %2 zone %3 weight %4 g")
                        .arg(v.order.number, ServiceLevels::key(v.request.level), v.request.zone)
                        .arg(v.request.weightGrams));
    if (v.parcels.isEmpty())
        return fail(Error::Code::InvalidTransition, tr("Order %1 has no parcels to label.").arg(v.order.number),
                    QStringLiteral("label %1: shipment %2 has no parcels").arg(v.order.number).arg(v.shipmentId));

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    const QDateTime now = m_clock.now();
    TrackingAllocator allocator(m_db, m_clock, m_station);
    Outbox outbox(m_db, m_clock);
    QJsonArray numbers;
    for (ShipmentParcel& parcel : v.parcels) {
        auto issued = allocator.allocate(option->service.carrier, v.order.id);
        if (!issued)
            return std::unexpected(issued.error());
        if (issued->nearlyExhausted && warnings)
            warnings->append(issued->warning);
        parcel.trackingNumber = issued->number;
        numbers.append(issued->number);
        if (auto r = m_db.query(QStringLiteral("UPDATE parcels SET tracking_number = ? WHERE id = ?"),
                                {parcel.trackingNumber, parcel.id},
                                QStringLiteral("tracking number of parcel %1").arg(parcel.id));
            !r)
            return std::unexpected(r.error());
        auto items = m_db.query(QStringLiteral("SELECT l.line_id, i.quantity FROM parcel_items i JOIN order_lines l ON "
                                               "l.id = i.order_line_id WHERE i.parcel_id = ? ORDER BY l.id"),
                                {parcel.id}, QStringLiteral("contents of parcel %1").arg(parcel.id));
        if (!items)
            return std::unexpected(items.error());
        QJsonArray lines;
        while (items->next())
            lines.append(QJsonObject{{QStringLiteral("line_id"), items->value(0).toString()},
                                     {QStringLiteral("quantity"), items->value(1).toInt()}});
        const QJsonObject shipment{{QStringLiteral("order_id"), v.order.marketplaceId},
                                   {QStringLiteral("parcel_sequence"), parcel.sequence},
                                   {QStringLiteral("parcel_count"), int(v.parcels.size())},
                                   {QStringLiteral("carrier"), option->service.carrier},
                                   {QStringLiteral("service"), option->service.key},
                                   {QStringLiteral("tracking_number"), parcel.trackingNumber},
                                   {QStringLiteral("weight_g"), parcel.weightGrams},
                                   {QStringLiteral("lines"), lines}};
        if (auto r = outbox.enqueue(v.order.id, QStringLiteral("shipment"), QStringLiteral("/v1/shipments"), shipment);
            !r)
            return std::unexpected(r.error());
    }
    if (auto r = m_db.query(QStringLiteral("UPDATE shipments SET carrier = ?, service = ?, status = 'labelled', "
                                           "labelled_at = ?, price_minor = ?, choice_reason = ?, override_reason = ? "
                                           "WHERE id = ? AND status = 'packed'"),
                            {option->service.carrier, option->service.key, now.toMSecsSinceEpoch(), option->priceMinor,
                             Database::text(reason), Database::text(overrideReason), v.shipmentId},
                            QStringLiteral("label shipment %1").arg(v.shipmentId));
        !r)
        return std::unexpected(r.error());
    if (auto t = OrderStore(m_db, m_clock, m_station).transition(v.order.id, OrderStatus::Labelled, actor); !t)
        return std::unexpected(t.error());

    AuditEntry audit;
    audit.at = now;
    audit.actor = actor;
    audit.station = m_station;
    audit.entity = QStringLiteral("order");
    audit.entityId = v.order.number;
    audit.action = QStringLiteral("labelled");
    QJsonObject after{{QStringLiteral("service"), option->service.key},
                      {QStringLiteral("carrier"), option->service.carrier},
                      {QStringLiteral("tracking_numbers"), numbers},
                      {QStringLiteral("price_minor"), option->priceMinor},
                      {QStringLiteral("zone"), v.request.zone}};
    if (overriding) {
        after.insert(QStringLiteral("proposed"), v.choice.chosen ? v.choice.chosen->service.key : QString());
        after.insert(QStringLiteral("override_reason"), overrideReason);
    }
    audit.afterJson = compact(after);
    if (auto r = AuditLog(m_db).append(audit); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());

    qCInfo(lcStorage).noquote() << "order" << v.order.number << "labelled by" << actor << "service"
                                << option->service.key << "numbers"
                                << QJsonDocument(numbers).toJson(QJsonDocument::Compact)
                                << (overriding ? QStringLiteral("(override)") : QString());
    return view(orderId);
}

Result<QList<ShippingLabelData>> ShipmentStore::labels(const ShipmentView& v) const
{
    if (!v.isLabelled())
        return fail(
            Error::Code::InvalidTransition, tr("Order %1 has no label yet.").arg(v.order.number),
            QStringLiteral("labels of %1: shipment %2 is %3").arg(v.order.number).arg(v.shipmentId).arg(v.status));
    const CarrierInfo carrier = m_methods.carrier(v.carrier);
    const auto service = m_methods.service(v.serviceKey);
    QList<ShippingLabelData> out;
    for (const ShipmentParcel& p : v.parcels) {
        ShippingLabelData l;
        l.shipFrom = v.shipFrom;
        l.shipTo = v.order.shipTo;
        if (l.shipTo.name.isEmpty())
            l.shipTo.name = v.order.customer.name;
        l.carrierName = carrier.name;
        l.serviceName = service ? service->name : v.serviceKey;
        l.trackingNumber = p.trackingNumber;
        l.trackingLink = m_methods.trackingLink(v.carrier, p.trackingNumber);
        l.orderNumber = v.order.number;
        l.parcel = p.sequence;
        l.parcels = int(v.parcels.size());
        l.weightGrams = p.weightGrams;
        l.shipDate = (v.labelledAt.isValid() ? v.labelledAt : m_clock.now()).toLocalTime().date();
        if (v.carrier == QLatin1String("usps") &&
            v.order.shipTo.country.compare(QLatin1String("US"), Qt::CaseInsensitive) == 0) {
            QString zip = v.order.shipTo.postalCode;
            zip.remove(QLatin1Char('-'));
            if ((zip.size() == 5 || zip.size() == 9) &&
                std::all_of(zip.cbegin(), zip.cend(), [](QChar c) { return c.isDigit(); }))
                l.uspsRoutingZip = zip;
        }
        out.append(l);
    }
    return out;
}

DocumentContext ShipmentStore::documentContext(const ShipmentView& v) const
{
    DocumentContext c;
    c.order = v.order;
    c.shipFrom = v.shipFrom;
    c.companyName = m_methods.company().name;
    c.supportContact = m_methods.company().support;
    c.returnLink = m_methods.returnLink(v.order.number);
    c.date = m_clock.now().toLocalTime().date();
    c.locale = QLocale();
    return c;
}

Status ShipmentStore::recordReprint(qint64 orderId, const QString& actor, const QString& reason)
{
    auto v = view(orderId);
    if (!v)
        return std::unexpected(v.error());
    if (!v->isLabelled())
        return fail(Error::Code::InvalidTransition, tr("Order %1 has no label to reprint.").arg(v->order.number),
                    QStringLiteral("reprint %1: shipment is %2").arg(v->order.number, v->status));
    if (reason.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, tr("Say why the label is printed again."),
                    QStringLiteral("reprint %1 without a reason").arg(v->order.number));
    AuditEntry audit;
    audit.at = m_clock.now();
    audit.actor = actor;
    audit.station = m_station;
    audit.entity = QStringLiteral("order");
    audit.entityId = v->order.number;
    audit.action = QStringLiteral("label_reprinted");
    QJsonArray numbers;
    for (const ShipmentParcel& p : v->parcels)
        numbers.append(p.trackingNumber);
    audit.afterJson =
        compact({{QStringLiteral("reason"), reason.trimmed()}, {QStringLiteral("tracking_numbers"), numbers}});
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return r;
    if (auto r = AuditLog(m_db).append(audit); !r)
        return std::unexpected(r.error());
    return tx.commit();
}

Status ShipmentStore::voidLabels(qint64 orderId, const QString& supervisor, const QString& reason)
{
    auto current = view(orderId);
    if (!current)
        return std::unexpected(current.error());
    const ShipmentView& v = *current;
    if (v.status == QLatin1String("manifested"))
        return fail(Error::Code::Conflict,
                    tr("The labels of order %1 cannot be voided: its parcels are in manifest %2, which is closed and "
                       "handed to the carrier.")
                        .arg(v.order.number)
                        .arg(v.manifestId),
                    QStringLiteral("void %1: shipment %2 in manifest %3")
                        .arg(v.order.number)
                        .arg(v.shipmentId)
                        .arg(v.manifestId));
    // A labelled order the marketplace cancelled keeps its labels until they are voided (without moving the order).
    const bool cancelled = v.order.status == OrderStatus::Cancelled;
    if (!v.isLabelled() || (v.order.status != OrderStatus::Labelled && !cancelled))
        return fail(Error::Code::InvalidTransition, tr("Order %1 has no label to void.").arg(v.order.number),
                    QStringLiteral("void %1: shipment %2, order %3")
                        .arg(v.order.number, v.status, OrderStatuses::key(v.order.status)));
    if (supervisor.trimmed().isEmpty() || reason.trimmed().isEmpty())
        return fail(Error::Code::InvalidArgument, tr("A void needs the supervisor's name and a reason."),
                    QStringLiteral("void %1: supervisor '%2' reason '%3'").arg(v.order.number, supervisor, reason));

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    TrackingAllocator allocator(m_db, m_clock, m_station);
    QJsonArray numbers;
    for (const ShipmentParcel& p : v.parcels) {
        // A number this station issued is void for good; one issued elsewhere (the marketplace, an earlier
        // system) is only taken off the parcel: no range of ours can issue it again.
        auto issuedHere = m_db.query(QStringLiteral("SELECT 1 FROM tracking_numbers WHERE number = ?"),
                                     {p.trackingNumber}, QStringLiteral("find %1").arg(p.trackingNumber));
        if (!issuedHere)
            return std::unexpected(issuedHere.error());
        const bool ours = issuedHere->next();
        issuedHere->finish();
        if (ours)
            if (auto r = allocator.voidNumber(p.trackingNumber, supervisor, reason.trimmed()); !r)
                return r;
        numbers.append(p.trackingNumber);
    }
    if (auto r = m_db.query(QStringLiteral("UPDATE parcels SET tracking_number = NULL WHERE shipment_id = ?"),
                            {v.shipmentId}, QStringLiteral("clear tracking numbers of shipment %1").arg(v.shipmentId));
        !r)
        return std::unexpected(r.error());
    if (auto r =
            m_db.query(QStringLiteral("UPDATE shipments SET carrier = '', service = ?, status = 'packed', "
                                      "labelled_at = NULL, price_minor = 0, choice_reason = '', override_reason = '' "
                                      "WHERE id = ?"),
                       {ServiceLevels::key(v.order.serviceLevel), v.shipmentId},
                       QStringLiteral("void shipment %1").arg(v.shipmentId));
        !r)
        return std::unexpected(r.error());
    if (!cancelled)
        if (auto t = OrderStore(m_db, m_clock, m_station)
                         .transition(v.order.id, OrderStatus::Packed, supervisor,
                                     QStringLiteral("label voided: %1").arg(reason.trimmed()));
            !t)
            return std::unexpected(t.error());
    // The marketplace must not get a shipment for a voided number: what has not gone out yet is withdrawn.
    auto pending =
        m_db.query(QStringLiteral("SELECT id, payload FROM outbox WHERE order_id = ? AND kind = 'shipment' AND "
                                  "delivered_at IS NULL"),
                   {v.order.id}, QStringLiteral("undelivered shipments of %1").arg(v.order.number));
    if (!pending)
        return std::unexpected(pending.error());
    QList<qint64> withdraw;
    while (pending->next()) {
        const QString number = QJsonDocument::fromJson(pending->value(1).toString().toUtf8())
                                   .object()
                                   .value(QLatin1String("tracking_number"))
                                   .toString();
        if (numbers.contains(number))
            withdraw << pending->value(0).toLongLong();
    }
    pending->finish();
    for (qint64 id : std::as_const(withdraw))
        if (auto r = m_db.query(QStringLiteral("DELETE FROM outbox WHERE id = ? AND delivered_at IS NULL"), {id},
                                QStringLiteral("withdraw shipment event %1").arg(id));
            !r)
            return std::unexpected(r.error());
    const int delivered = int(v.parcels.size()) - int(withdraw.size());
    if (delivered > 0)
        qCWarning(lcStorage).noquote() << "void of" << v.order.number << ":" << delivered
                                       << "shipment(s) already at the marketplace keep the voided numbers";
    AuditEntry audit;
    audit.at = m_clock.now();
    audit.actor = supervisor;
    audit.station = m_station;
    audit.entity = QStringLiteral("order");
    audit.entityId = v.order.number;
    audit.action = QStringLiteral("label_voided");
    audit.beforeJson =
        compact({{QStringLiteral("service"), v.serviceKey}, {QStringLiteral("tracking_numbers"), numbers}});
    audit.afterJson = compact({{QStringLiteral("reason"), reason.trimmed()},
                               {QStringLiteral("withdrawn_from_outbox"), int(withdraw.size())}});
    if (auto r = AuditLog(m_db).append(audit); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return r;
    qCInfo(lcStorage).noquote() << "labels of" << v.order.number << "voided by" << supervisor
                                << numbers.toVariantList();
    return {};
}

Result<QList<std::pair<QString, int>>> ShipmentStore::awaitingManifest() const
{
    auto q = m_db.query(
        QStringLiteral("SELECT s.carrier, count(p.id) FROM shipments s JOIN parcels p ON p.shipment_id = s.id "
                       "JOIN orders o ON o.id = s.order_id WHERE s.status = 'labelled' AND o.status = 'labelled' "
                       "GROUP BY s.carrier ORDER BY s.carrier"),
        {}, QStringLiteral("parcels awaiting a manifest"));
    if (!q)
        return std::unexpected(q.error());
    QList<std::pair<QString, int>> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toInt()});
    return out;
}

Result<Manifest> ShipmentStore::closeManifest(const QString& carrier, const QString& actor)
{
    if (!TrackingNumbers::carrierKeys().contains(carrier))
        return fail(Error::Code::InvalidArgument,
                    tr("“%1” is not a carrier this station knows; use one of %2.")
                        .arg(carrier, TrackingNumbers::carrierKeys().join(QStringLiteral(", "))),
                    QStringLiteral("manifest: unknown carrier '%1'").arg(carrier));
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto q =
        m_db.query(QStringLiteral("SELECT s.id, s.order_id, coalesce(sum(p.weight_g), 0), count(p.id) FROM shipments s "
                                  "JOIN parcels p ON p.shipment_id = s.id JOIN orders o ON o.id = s.order_id "
                                  "WHERE s.status = 'labelled' AND o.status = 'labelled' AND s.carrier = ? "
                                  "GROUP BY s.id ORDER BY s.id"),
                   {carrier}, QStringLiteral("labelled %1 shipments").arg(carrier));
    if (!q)
        return std::unexpected(q.error());
    QList<std::pair<qint64, qint64>> shipments;
    int weight = 0;
    int parcels = 0;
    while (q->next()) {
        shipments.append({q->value(0).toLongLong(), q->value(1).toLongLong()});
        weight += q->value(2).toInt();
        parcels += q->value(3).toInt();
    }
    q->finish();
    if (shipments.isEmpty())
        return fail(Error::Code::NotFound,
                    tr("No labelled %1 parcels are waiting for a manifest.").arg(m_methods.carrier(carrier).name),
                    QStringLiteral("manifest %1: nothing labelled").arg(carrier));
    const QDateTime now = m_clock.now();
    auto inserted = m_db.query(
        QStringLiteral("INSERT INTO manifests (carrier, closed_at, station, closed_by, parcels, "
                       "weight_g) VALUES (?, ?, ?, ?, ?, ?)"),
        {carrier, now.toMSecsSinceEpoch(), Database::text(m_station), Database::text(actor), parcels, weight},
        QStringLiteral("close the %1 manifest").arg(carrier));
    if (!inserted)
        return std::unexpected(inserted.error());
    const qint64 manifestId = inserted->lastInsertId().toLongLong();
    OrderStore orders(m_db, m_clock, m_station);
    for (const auto& [shipmentId, orderId] : std::as_const(shipments)) {
        if (auto r =
                m_db.query(QStringLiteral("UPDATE shipments SET status = 'manifested', manifest_id = ? WHERE id = ?"),
                           {manifestId, shipmentId}, QStringLiteral("manifest shipment %1").arg(shipmentId));
            !r)
            return std::unexpected(r.error());
        if (auto t = orders.transition(orderId, OrderStatus::Shipped, actor,
                                       QStringLiteral("handed to the carrier with manifest %1").arg(manifestId));
            !t)
            return std::unexpected(t.error());
    }
    AuditEntry audit;
    audit.at = now;
    audit.actor = actor;
    audit.station = m_station;
    audit.entity = QStringLiteral("manifest");
    audit.entityId = QString::number(manifestId);
    audit.action = QStringLiteral("closed");
    audit.afterJson = compact({{QStringLiteral("carrier"), carrier},
                               {QStringLiteral("shipments"), int(shipments.size())},
                               {QStringLiteral("parcels"), parcels},
                               {QStringLiteral("weight_g"), weight}});
    if (auto r = AuditLog(m_db).append(audit); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    qCInfo(lcStorage).noquote() << "manifest" << manifestId << carrier << "closed by" << actor << "parcels" << parcels;
    return manifest(manifestId);
}

Result<Manifest> ShipmentStore::manifest(qint64 id) const
{
    auto q = m_db.query(
        QStringLiteral("SELECT id, carrier, closed_at, closed_by, station, weight_g FROM manifests WHERE id = ?"), {id},
        QStringLiteral("manifest %1").arg(id));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, tr("There is no manifest %1.").arg(id),
                    QStringLiteral("no manifest %1").arg(id));
    Manifest m = manifestHeader(*q, m_methods);
    q->finish();
    auto rows = m_db.query(QStringLiteral("SELECT o.number, p.tracking_number, s.service, p.sequence, "
                                          "(SELECT count(*) FROM parcels x WHERE x.shipment_id = s.id), p.weight_g, "
                                          "o.ship_name, o.ship_city, o.ship_postal_code, o.ship_country "
                                          "FROM shipments s JOIN parcels p ON p.shipment_id = s.id JOIN orders o ON "
                                          "o.id = s.order_id WHERE s.manifest_id = ? ORDER BY o.number, p.sequence"),
                           {id}, QStringLiteral("parcels of manifest %1").arg(id));
    if (!rows)
        return std::unexpected(rows.error());
    while (rows->next()) {
        Manifest::Row r;
        r.orderNumber = rows->value(0).toString();
        r.trackingNumber = rows->value(1).toString();
        const auto service = m_methods.service(rows->value(2).toString());
        r.service = service ? service->name : rows->value(2).toString();
        r.parcel = rows->value(3).toInt();
        r.parcels = rows->value(4).toInt();
        r.weightGrams = rows->value(5).toInt();
        r.shipToName = rows->value(6).toString();
        r.shipToCity = rows->value(7).toString();
        r.shipToPostalCode = rows->value(8).toString();
        r.shipToCountry = rows->value(9).toString();
        m.rows.append(r);
    }
    return m;
}

Result<QList<Manifest>> ShipmentStore::manifests(int limit) const
{
    auto q =
        m_db.query(QStringLiteral("SELECT id, carrier, closed_at, closed_by, station, weight_g, parcels FROM manifests "
                                  "ORDER BY id DESC LIMIT ?"),
                   {limit}, QStringLiteral("latest manifests"));
    if (!q)
        return std::unexpected(q.error());
    QList<Manifest> out;
    while (q->next()) {
        Manifest m = manifestHeader(*q, m_methods);
        m.rows.resize(q->value(6).toInt()); // the count only: rows come with manifest(id)
        out.append(m);
    }
    return out;
}

QByteArray ShipmentStore::manifestCsv(const Manifest& m)
{
    QStringList lines;
    lines << QStringLiteral("manifest,carrier,closed_at,order_number,tracking_number,service,parcel,parcels,weight_g,"
                            "ship_to_name,ship_to_city,ship_to_postal_code,ship_to_country");
    for (const Manifest::Row& r : m.rows)
        lines << QStringList{QString::number(m.id),
                             csvField(m.carrier),
                             m.closedAt.toUTC().toString(Qt::ISODate),
                             csvField(r.orderNumber),
                             csvField(r.trackingNumber),
                             csvField(r.service),
                             QString::number(r.parcel),
                             QString::number(r.parcels),
                             QString::number(r.weightGrams),
                             csvField(r.shipToName),
                             csvField(r.shipToCity),
                             csvField(r.shipToPostalCode),
                             csvField(r.shipToCountry)}
                     .join(QLatin1Char(','));
    return QString(lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

Result<QByteArray> ShipmentStore::manifestPdf(const Manifest& m)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, tr("The manifest could not be drawn."), QStringLiteral("manifest pdf: buffer"));
    QPdfWriter pdf(&buffer);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    pdf.setResolution(300);
    pdf.setTitle(tr("Manifest %1").arg(m.id));
    pdf.setCreator(QStringLiteral("SayPro Station"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return fail(Error::Code::Io, tr("The manifest could not be drawn."), QStringLiteral("manifest pdf: painter"));
    const QRect page = painter.viewport();
    const QLocale locale;
    const int dpi = pdf.resolution();
    auto pt = [dpi](double points) { return int(points * dpi / 72.0); };
    QFont title(QStringLiteral("DejaVu Sans"));
    title.setPixelSize(pt(16));
    title.setBold(true);
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPixelSize(pt(8.5));
    QFont bold = body;
    bold.setBold(true);
    const int lineHeight = pt(13);
    // Columns: order, tracking, service, parcel, weight, destination.
    const QList<double> share = {0.15, 0.24, 0.22, 0.07, 0.09, 0.23};
    QList<int> x;
    int at = page.left();
    for (double s : share) {
        x << at;
        at += int(page.width() * s);
    }
    const QStringList headers = {tr("Order"),  tr("Tracking number"), tr("Service"),
                                 tr("Parcel"), tr("Weight"),          tr("Destination")};
    int pageNumber = 1;
    const int rowsPerPage = std::max(1, (page.height() - pt(150)) / lineHeight);
    const int pages = std::max(1, int((m.rows.size() + rowsPerPage - 1) / rowsPerPage));
    int y = 0;
    auto header = [&]() {
        painter.setFont(title);
        y = page.top() + pt(18);
        painter.drawText(page.left(), y, tr("%1 end-of-day manifest %2").arg(m.carrierName).arg(m.id));
        painter.setFont(body);
        y += pt(18);
        painter.drawText(page.left(), y,
                         tr("Closed %1 by %2 at station %3 · %n parcel(s) · %4 kg", nullptr, int(m.rows.size()))
                             .arg(locale.toString(m.closedAt.toLocalTime(), QLocale::ShortFormat), m.closedBy,
                                  m.station, locale.toString(m.weightGrams / 1000.0, 'f', 2)));
        y += pt(20);
        painter.setFont(bold);
        for (int c = 0; c < headers.size(); ++c)
            painter.drawText(x[c], y, headers[c]);
        y += pt(4);
        painter.drawLine(page.left(), y, page.right(), y);
        y += lineHeight;
        painter.setFont(body);
    };
    auto footer = [&]() {
        painter.drawText(QRect(page.left(), page.bottom() - pt(12), page.width(), pt(12)), Qt::AlignRight,
                         tr("Page %1 of %2").arg(pageNumber).arg(pages));
    };
    header();
    int onPage = 0;
    for (const Manifest::Row& r : m.rows) {
        if (onPage == rowsPerPage) {
            footer();
            pdf.newPage();
            ++pageNumber;
            header();
            onPage = 0;
        }
        const QStringList cells = {
            r.orderNumber,
            r.trackingNumber,
            r.service,
            tr("%1 of %2").arg(r.parcel).arg(r.parcels),
            tr("%1 kg").arg(locale.toString(r.weightGrams / 1000.0, 'f', 2)),
            QStringList{r.shipToCity, r.shipToPostalCode, r.shipToCountry}.join(QLatin1Char(' '))};
        const QFontMetrics metrics(body, &pdf);
        for (int c = 0; c < cells.size(); ++c) {
            const int width = (c + 1 < x.size() ? x[c + 1] : page.right()) - x[c] - pt(4);
            painter.drawText(x[c], y, metrics.elidedText(cells[c], Qt::ElideRight, width));
        }
        y += lineHeight;
        ++onPage;
    }
    y += pt(24);
    painter.drawText(page.left(), y, tr("Received by the driver (name, signature, time):"));
    y += pt(28);
    painter.drawLine(page.left(), y, page.left() + page.width() * 2 / 3, y);
    footer();
    painter.end();
    return bytes;
}

} // namespace saypro
