#include "PackStore.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "domain/Gtin.h"
#include "storage/AuditLog.h"
#include "storage/CatalogueStore.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace saypro {

namespace {

constexpr QLatin1String kScan{"scan"};
constexpr QLatin1String kUndo{"undo"};
constexpr QLatin1String kNewParcel{"new_parcel"};
constexpr QLatin1String kAcknowledged{"acknowledged"};
constexpr QLatin1String kWeight{"weight"};
constexpr QLatin1String kOverride{"weight_override"};
constexpr QLatin1String kClosed{"closed"};

QString compact(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<PackInstruction::Kind> instructionFromKey(const QString& key)
{
    for (auto k : {PackInstruction::Kind::GiftWrap, PackInstruction::Kind::GiftMessage, PackInstruction::Kind::Fragile,
                   PackInstruction::Kind::Customisation})
        if (PackInstruction::kindKey(k) == key)
            return k;
    return std::nullopt;
}

} // namespace

PackStore::PackStore(Database& db, const Clock& clock, QString station)
    : m_db(db), m_clock(clock), m_station(std::move(station))
{}

Result<QList<OrderSummary>> PackStore::queue(int limit) const
{
    // idx_orders_status_ship_by serves each status; few orders wait at the pack bench at any time.
    return OrderStore(m_db, m_clock, m_station)
        .summaries(QStringLiteral(" WHERE status IN ('picked', 'packing')"), {},
                   QStringLiteral("status = 'packing' DESC, ship_by IS NULL, ship_by, confirmed_at, id"), limit);
}

Result<qint64> PackStore::orderIdByNumber(const QString& number) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT id FROM orders WHERE number = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(number);
    if (auto r = Database::exec(*q, QStringLiteral("order id of %1").arg(number)); !r)
        return std::unexpected(r.error());
    if (!q->next())
        return fail(Error::Code::NotFound, tr("Order %1 is not in this station's cache.").arg(number),
                    QStringLiteral("no order numbered '%1'").arg(number));
    return q->value(0).toLongLong();
}

Result<int> PackStore::currentPack(qint64 orderId) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT count(*) FROM pack_events WHERE order_id = ? AND kind = 'closed'"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(orderId);
    if (auto r = Database::exec(*q, QStringLiteral("count closed packs of order %1").arg(orderId)); !r)
        return std::unexpected(r.error());
    q->next();
    return q->value(0).toInt() + 1;
}

Status PackStore::appendEvent(qint64 orderId, const QString& kind, const QJsonObject& data, const QString& actor)
{
    auto pack = currentPack(orderId);
    if (!pack)
        return std::unexpected(pack.error());
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO pack_events (order_id, pack, at, actor, station, kind, data) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant& v : QVariantList{orderId, *pack, m_clock.nowMs(), Database::text(actor),
                                          Database::text(m_station), kind, compact(data)})
        q->addBindValue(v);
    return Database::exec(*q, QStringLiteral("pack step %1 of order %2").arg(kind).arg(orderId));
}

Status PackStore::insertScanLog(const ScanOutcome& outcome, qint64 orderId, const QString& context,
                                const QString& actor)
{
    auto q = m_db.prepare(QStringLiteral(
        "INSERT INTO scan_log (at, station, actor, order_id, code, symbology, accepted, reason, context, "
        "line_id, quantity, parcel, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return std::unexpected(q.error());
    for (const QVariant& v : QVariantList{
             m_clock.nowMs(), Database::text(m_station), Database::text(actor),
             orderId > 0 ? QVariant(orderId) : QVariant(QMetaType(QMetaType::LongLong)), Database::text(outcome.raw),
             Database::text(outcome.symbology), outcome.accepted ? 1 : 0, outcome.key(), context,
             Database::text(outcome.lineId), outcome.quantity, outcome.parcel, Database::text(outcome.detail)})
        q->addBindValue(v);
    return Database::exec(*q, QStringLiteral("scan_log row"));
}

Status PackStore::logScan(const ScanOutcome& outcome, const QString& context, const QString& actor, qint64 orderId)
{
    return insertScanLog(outcome, orderId, context, actor);
}

Status PackStore::recordScan(qint64 orderId, const ScanOutcome& outcome, QDate today, const QString& actor)
{
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return r;
    if (auto r = insertScanLog(outcome, orderId, QStringLiteral("pack"), actor); !r)
        return r;
    if (outcome.accepted) {
        const QJsonObject data{{QStringLiteral("raw"), outcome.raw},
                               {QStringLiteral("today"), today.toString(Qt::ISODate)},
                               {QStringLiteral("line_id"), outcome.lineId},
                               {QStringLiteral("quantity"), outcome.quantity},
                               {QStringLiteral("parcel"), outcome.parcel}};
        if (auto r = appendEvent(orderId, kScan, data, actor); !r)
            return r;
    }
    return tx.commit();
}

Status PackStore::recordUndo(qint64 orderId, const PackUndo& undo, const QString& actor)
{
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return r;
    const QJsonObject data{{QStringLiteral("line_id"), undo.lineId},
                           {QStringLiteral("quantity"), undo.quantity},
                           {QStringLiteral("parcel"), undo.parcel},
                           {QStringLiteral("serial"), undo.serial}};
    if (auto r = appendEvent(orderId, kUndo, data, actor); !r)
        return r;
    auto order = OrderStore(m_db, m_clock, m_station).findById(orderId);
    if (!order)
        return std::unexpected(order.error());
    AuditEntry audit;
    audit.at = m_clock.now();
    audit.actor = actor;
    audit.station = m_station;
    audit.entity = QStringLiteral("order");
    audit.entityId = order->number;
    audit.action = QStringLiteral("scan_undone");
    audit.beforeJson = compact(
        {{QStringLiteral("line_id"), undo.lineId}, {QStringLiteral("packed"), undo.packedAfter + undo.quantity}});
    audit.afterJson = compact({{QStringLiteral("line_id"), undo.lineId},
                               {QStringLiteral("packed"), undo.packedAfter},
                               {QStringLiteral("parcel"), undo.parcel},
                               {QStringLiteral("serial"), undo.serial}});
    if (auto r = AuditLog(m_db).append(audit); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return r;
    qCInfo(lcStorage).noquote() << "pack of" << order->number << "by" << actor << undo.detail;
    return {};
}

Status PackStore::recordNewParcel(qint64 orderId, int parcel, const QString& actor)
{
    return appendEvent(orderId, kNewParcel, {{QStringLiteral("parcel"), parcel}}, actor);
}

Status PackStore::recordAcknowledged(qint64 orderId, const PackInstruction& instruction, const QString& actor)
{
    return appendEvent(orderId, kAcknowledged, {{QStringLiteral("instruction"), instruction.key()}}, actor);
}

Status PackStore::recordWeight(qint64 orderId, const WeightCheck& check, const QString& actor)
{
    return appendEvent(orderId, kWeight,
                       {{QStringLiteral("parcel"), check.parcel},
                        {QStringLiteral("grams"), check.measuredGrams},
                        {QStringLiteral("expected"), check.expectedGrams},
                        {QStringLiteral("verdict"), WeightCheck::verdictKey(check.verdict)}},
                       actor);
}

Status PackStore::recordOverride(qint64 orderId, const WeightOverride& override, const QString& actor)
{
    Transaction tx(m_db);
    if (auto r = tx.beginOrJoin(); !r)
        return r;
    const QJsonObject data{{QStringLiteral("parcel"), override.parcel},
                           {QStringLiteral("supervisor"), override.supervisor},
                           {QStringLiteral("reason"), override.reason},
                           {QStringLiteral("measured"), override.measuredGrams},
                           {QStringLiteral("expected"), override.expectedGrams}};
    if (auto r = appendEvent(orderId, kOverride, data, actor); !r)
        return r;
    auto order = OrderStore(m_db, m_clock, m_station).findById(orderId);
    if (!order)
        return std::unexpected(order.error());
    AuditEntry audit;
    audit.at = m_clock.now();
    audit.actor = override.supervisor;
    audit.station = m_station;
    audit.entity = QStringLiteral("order");
    audit.entityId = order->number;
    audit.action = QStringLiteral("weight_override");
    audit.beforeJson = compact({{QStringLiteral("parcel"), override.parcel},
                                {QStringLiteral("measured_g"), override.measuredGrams},
                                {QStringLiteral("expected_g"), override.expectedGrams}});
    audit.afterJson = compact({{QStringLiteral("accepted_by"), override.supervisor},
                               {QStringLiteral("reason"), override.reason},
                               {QStringLiteral("packer"), actor}});
    if (auto r = AuditLog(m_db).append(audit); !r)
        return std::unexpected(r.error());
    return tx.commit();
}

Result<QSet<QString>> PackStore::shippedSerials(const QStringList& skus) const
{
    QSet<QString> serials;
    if (skus.isEmpty())
        return serials;
    auto q = m_db.prepare(QStringLiteral("SELECT serial FROM parcel_units WHERE sku = ? AND serial <> ''"));
    if (!q)
        return std::unexpected(q.error());
    for (const QString& sku : skus) {
        q->addBindValue(sku);
        if (auto r = Database::exec(*q, QStringLiteral("shipped serials of %1").arg(sku)); !r)
            return std::unexpected(r.error());
        while (q->next())
            serials.insert(PackSession::shippedSerialKey(sku, q->value(0).toString()));
        q->finish();
    }
    return serials;
}

Status PackStore::replay(PackSession& session, qint64 orderId, int pack) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT id, kind, data FROM pack_events WHERE order_id = ? AND pack = ? "
                                         "ORDER BY id"));
    if (!q)
        return std::unexpected(q.error());
    q->addBindValue(orderId);
    q->addBindValue(pack);
    if (auto r = Database::exec(*q, QStringLiteral("pack steps of order %1").arg(orderId)); !r)
        return r;
    int steps = 0;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        const QString kind = q->value(1).toString();
        const QJsonObject data = QJsonDocument::fromJson(q->value(2).toString().toUtf8()).object();
        // A step that does not replay as it was recorded is logged and skipped: the packer sees the pack as
        // it stands and scans again what is missing; nothing stored is changed.
        auto skipped = [&](const QString& why) {
            qCWarning(lcStorage).noquote()
                << "pack of order" << orderId << "step" << id << kind << "did not replay:" << why;
        };
        if (kind == kScan) {
            const QDate today = QDate::fromString(data.value(QLatin1String("today")).toString(), Qt::ISODate);
            const ScanOutcome out = session.scan(data.value(QLatin1String("raw")).toString(), today);
            if (!out.accepted)
                skipped(out.detail);
        } else if (kind == kUndo) {
            if (auto r = session.undoLast(); !r)
                skipped(r.error().detail);
        } else if (kind == kNewParcel) {
            if (auto r = session.openNewParcel(); !r)
                skipped(r.error().detail);
        } else if (kind == kAcknowledged) {
            const auto k = instructionFromKey(data.value(QLatin1String("instruction")).toString());
            if (!k)
                skipped(QStringLiteral("unknown instruction"));
            else if (auto r = session.acknowledge(*k); !r)
                skipped(r.error().detail);
        } else if (kind == kWeight) {
            if (auto r = session.checkWeight(data.value(QLatin1String("grams")).toInt(),
                                             data.value(QLatin1String("parcel")).toInt());
                !r)
                skipped(r.error().detail);
        } else if (kind == kOverride) {
            if (auto r = session.overrideWeight(data.value(QLatin1String("supervisor")).toString(),
                                                data.value(QLatin1String("reason")).toString(),
                                                data.value(QLatin1String("parcel")).toInt());
                !r)
                skipped(r.error().detail);
        } else {
            skipped(QStringLiteral("unknown step kind"));
        }
        ++steps;
    }
    if (steps > 0)
        qCInfo(lcStorage).noquote() << "pack of order" << orderId << "resumed from" << steps << "steps";
    return {};
}

Result<std::unique_ptr<PackSession>> PackStore::open(qint64 orderId, const QString& actor, const PackSettings& settings)
{
    OrderStore orders(m_db, m_clock, m_station);
    auto order = orders.findById(orderId);
    if (!order)
        return std::unexpected(order.error());
    if (order->status == OrderStatus::Picked) {
        if (auto t = orders.transition(orderId, OrderStatus::Packing, actor); !t)
            return std::unexpected(t.error());
        order->status = OrderStatus::Packing;
    } else if (order->status != OrderStatus::Packing) {
        return fail(Error::Code::InvalidTransition,
                    tr("Order %1 is “%2”: only picked orders can be packed.")
                        .arg(order->number, OrderStatuses::displayName(order->status)),
                    QStringLiteral("open pack: order %1 is %2").arg(order->number, OrderStatuses::key(order->status)));
    }

    // Units split off at a short pick do not ship with this order.
    Order packed = *order;
    packed.lines.clear();
    QStringList serialSkus;
    CatalogueStore catalogue(m_db);
    for (OrderLine line : order->lines) {
        // A line without a valid GTIN of its own is scanned by its product's GTIN from the catalogue.
        if (!Gtin::isValid(line.gtin))
            if (auto product = catalogue.productBySku(line.sku); product && Gtin::isValid(product->gtin))
                line.gtin = product->gtin;
        line.quantity = line.quantityToShip();
        line.shortQuantity = 0;
        if (line.quantity <= 0)
            continue;
        if (line.serialTracked)
            serialSkus.append(line.sku);
        packed.lines.append(line);
    }

    auto session = std::make_unique<PackSession>(packed, settings);
    auto serials = shippedSerials(serialSkus);
    if (!serials)
        return std::unexpected(serials.error());
    session->setShippedSerials(std::move(*serials));

    session->setProductNameLookup(CatalogueStore(m_db).nameLookup());

    auto pack = currentPack(orderId);
    if (!pack)
        return std::unexpected(pack.error());
    if (auto r = replay(*session, orderId, *pack); !r)
        return std::unexpected(r.error());
    return session;
}

Result<PackClosed> PackStore::close(const PackSession& session, const QString& actor)
{
    const Order& order = session.order();
    const QList<CloseBlocker> blockers = session.canClose();
    if (!blockers.isEmpty()) {
        QStringList messages;
        QStringList details;
        for (const CloseBlocker& b : blockers) {
            messages << b.message;
            details << b.detail;
        }
        return fail(Error::Code::InvalidTransition,
                    tr("The pack of %1 cannot close yet: %2").arg(order.number, messages.join(QStringLiteral("; "))),
                    QStringLiteral("close pack %1: %2").arg(order.number, details.join(QStringLiteral("; "))));
    }

    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    const QDateTime now = m_clock.now();

    QHash<QString, qint64> lineRowId;
    QHash<QString, QString> lineSku;
    for (const OrderLine& l : order.lines) {
        lineRowId.insert(l.lineId, l.id);
        lineSku.insert(l.lineId, l.sku);
    }

    auto shipment = m_db.prepare(QStringLiteral(
        "INSERT INTO shipments (order_id, carrier, service, status, created_at) VALUES (?, '', ?, 'packed', ?)"));
    if (!shipment)
        return std::unexpected(shipment.error());
    shipment->addBindValue(order.id);
    shipment->addBindValue(ServiceLevels::key(order.serviceLevel));
    shipment->addBindValue(now.toMSecsSinceEpoch());
    if (auto r = Database::exec(*shipment, QStringLiteral("shipment of %1").arg(order.number)); !r)
        return std::unexpected(r.error());
    PackClosed closed;
    closed.orderId = order.id;
    closed.orderNumber = order.number;
    closed.shipmentId = shipment->lastInsertId().toLongLong();

    auto parcelInsert = m_db.prepare(
        QStringLiteral("INSERT INTO parcels (shipment_id, order_id, sequence, weight_g, expected_weight_g, "
                       "weight_override_by, weight_override_reason) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    auto itemInsert =
        m_db.prepare(QStringLiteral("INSERT INTO parcel_items (parcel_id, order_line_id, quantity) VALUES (?, ?, ?)"));
    auto unitInsert = m_db.prepare(QStringLiteral(
        "INSERT INTO parcel_units (parcel_id, order_line_id, sku, serial, batch, expiry) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!parcelInsert || !itemInsert || !unitInsert)
        return std::unexpected(!parcelInsert ? parcelInsert.error()
                                             : (!itemInsert ? itemInsert.error() : unitInsert.error()));

    QJsonArray parcelsJson;
    for (const PackParcel& p : session.parcels()) {
        for (const QVariant& v :
             QVariantList{closed.shipmentId, order.id, p.number, p.weight ? p.weight->measuredGrams : 0,
                          p.expectedGrams, Database::text(p.weightOverride ? p.weightOverride->supervisor : QString()),
                          Database::text(p.weightOverride ? p.weightOverride->reason : QString())})
            parcelInsert->addBindValue(v);
        if (auto r = Database::exec(*parcelInsert, QStringLiteral("parcel %1 of %2").arg(p.number).arg(order.number));
            !r)
            return std::unexpected(r.error());
        const qint64 parcelId = parcelInsert->lastInsertId().toLongLong();
        parcelInsert->finish();
        closed.parcelIds.append(parcelId);
        QJsonObject contents;
        for (auto it = p.quantities.cbegin(); it != p.quantities.cend(); ++it) {
            if (it.value() <= 0)
                continue;
            itemInsert->addBindValue(parcelId);
            itemInsert->addBindValue(lineRowId.value(it.key()));
            itemInsert->addBindValue(it.value());
            if (auto r = Database::exec(*itemInsert, QStringLiteral("contents of parcel %1").arg(parcelId)); !r)
                return std::unexpected(r.error());
            itemInsert->finish();
            contents.insert(it.key(), it.value());
            closed.units += it.value();
        }
        parcelsJson.append(QJsonObject{{QStringLiteral("parcel"), p.number},
                                       {QStringLiteral("weight_g"), p.weight ? p.weight->measuredGrams : 0},
                                       {QStringLiteral("expected_g"), p.expectedGrams},
                                       {QStringLiteral("lines"), contents}});
    }

    for (const PackedUnit& u : session.counted()) {
        if (u.serial.isEmpty() && u.batch.isEmpty() && !u.expiry.isValid())
            continue;
        const qint64 parcelId = closed.parcelIds.value(u.parcel - 1);
        const QString sku = lineSku.value(u.lineId);
        for (int i = 0; i < (u.serial.isEmpty() ? u.quantity : 1); ++i) {
            for (const QVariant& v :
                 QVariantList{parcelId, lineRowId.value(u.lineId), Database::text(sku), Database::text(u.serial),
                              Database::text(u.batch), Database::text(u.expiry.toString(Qt::ISODate))})
                unitInsert->addBindValue(v);
            if (!unitInsert->exec()) {
                const QString dbError = unitInsert->lastError().text();
                if (!u.serial.isEmpty() && dbError.contains(QLatin1String("UNIQUE")))
                    return fail(Error::Code::Conflict,
                                tr("Serial %1 of %2 has already been shipped; take that unit out and scan another.")
                                    .arg(u.serial, sku),
                                QStringLiteral("close pack %1: serial %2 of %3 already in parcel_units")
                                    .arg(order.number, u.serial, sku));
                return fail(Error::Code::Storage, tr("The pack could not be saved."),
                            QStringLiteral("close pack %1: parcel unit: %2").arg(order.number, dbError));
            }
            unitInsert->finish();
        }
    }

    if (auto t = OrderStore(m_db, m_clock, m_station).transition(order.id, OrderStatus::Packed, actor); !t)
        return std::unexpected(t.error());

    AuditEntry audit;
    audit.at = now;
    audit.actor = actor;
    audit.station = m_station;
    audit.entity = QStringLiteral("order");
    audit.entityId = order.number;
    audit.action = QStringLiteral("pack_closed");
    audit.afterJson = compact({{QStringLiteral("shipment"), closed.shipmentId},
                               {QStringLiteral("parcels"), parcelsJson},
                               {QStringLiteral("units"), closed.units}});
    if (auto r = AuditLog(m_db).append(audit); !r)
        return std::unexpected(r.error());
    if (auto r = appendEvent(order.id, kClosed, {{QStringLiteral("shipment"), closed.shipmentId}}, actor); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());

    closed.message = tr("Order %1 packed: %n parcel(s), %2 item(s).", nullptr, int(closed.parcelIds.size()))
                         .arg(order.number)
                         .arg(closed.units);
    qCInfo(lcStorage).noquote() << "pack of" << order.number << "closed by" << actor << "shipment" << closed.shipmentId
                                << "parcels" << closed.parcelIds.size() << "units" << closed.units;
    return closed;
}

} // namespace saypro
